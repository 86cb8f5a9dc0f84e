import type { Lang } from '../../i18n/messages';
import { formatNumber } from '../../lib/format';

// A ranking's distribution as bars, drawn on the server (no chart library for ten numbers): how many
// ranked agencies fall in each bin, the bin holding `mark` (an agency's own value) highlighted.

export function Distribution({
  bins,
  mark,
  unit,
  lang,
  title,
}: {
  bins: readonly { from: number; to: number; agencies: number }[];
  mark?: number | null;
  unit: string;
  lang: Lang;
  title: string;
}) {
  const most = Math.max(1, ...bins.map((b) => b.agencies));
  const fmt = (v: number) => `${formatNumber(v, lang, 1)}${unit === '%' ? '%' : ''}`;
  const holds = (b: { from: number; to: number }, i: number) => mark != null && mark >= b.from && (mark < b.to || (i === bins.length - 1 && mark <= b.to));
  return (
    <figure className="distribution" data-testid="distribution">
      <figcaption className="small muted">{title}</figcaption>
      <table className="distribution-table">
        <tbody>
          {bins.map((b, i) => (
            <tr key={i} data-mark={holds(b, i) ? 'true' : undefined}>
              <th scope="row" className="small nowrap">
                {fmt(b.from)} – {fmt(b.to)}
              </th>
              <td>
                <span className="distribution-bar" style={{ width: `${(100 * b.agencies) / most}%` }} />
              </td>
              <td className="num small">{formatNumber(b.agencies, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
