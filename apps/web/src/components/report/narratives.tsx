import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';

/** Sections 一, 五, 六 as text: headings (## …) become headings, the rest keeps its line breaks. */
export function Narrative({ text, lang, heading }: { text: string | null; lang: Lang; heading?: string }) {
  if (!text?.trim()) return <p className="muted">{t(lang).report.noNarrative}</p>;
  // The section's own heading is printed by the page already.
  const body = heading ? text.replace(/^\s*#{1,6}\s*[一二三四五六七八九十]、[^\n]*\n?/, (line) => (line.includes(heading) ? '' : line)) : text;
  const blocks = body.split(/\n(?=#{1,6}\s)/);
  return (
    <>
      {blocks.map((block, i) => {
        const m = /^#{1,6}\s+(.*)\n?([\s\S]*)$/.exec(block);
        return m ? (
          <div key={i}>
            <h4>{m[1]}</h4>
            {m[2]!.trim() ? <p className="narrative">{m[2]!.trim()}</p> : null}
          </div>
        ) : (
          <p key={i} className="narrative">
            {block.trim()}
          </p>
        );
      })}
    </>
  );
}
