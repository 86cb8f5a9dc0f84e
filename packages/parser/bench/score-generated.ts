// Scores the parser on generated reports, by layout and convention: cells right, wrong (a different
// number: the worst case) and missing (null: the parser abstained). A development aid beside the
// property tests, which assert; this one counts, so a change can be compared before and after.
//
//   npx tsx bench/score-generated.ts [--n 20] [--layouts html,tabs] [--conventions blank-zeros,blank-total] [--seed 1] [--show 10]
import { generateReportAsync, LAYOUTS, CONVENTIONS } from '@gongkai/samples/generator';
import type { Convention, Layout } from '@gongkai/samples/generator';
import { parseReport } from '../src/parse.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const n = Number(opt('n', '20'));
const layouts = opt('layouts', LAYOUTS.join(',')).split(',') as Layout[];
const sets = opt('conventions', ['none', ...CONVENTIONS, 'all'].join(',')).split(',');
const firstSeed = Number(opt('seed', '1'));
const show = Number(opt('show', '5'));

type Flat = Record<string, unknown>;
const flatten = (o: unknown, prefix = '', out: Flat = {}): Flat => {
  for (const [k, v] of Object.entries((o as Record<string, unknown>) ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, p, out);
    else out[p] = v;
  }
  return out;
};

let shown = 0;
console.log(['layout', 'conventions', 'right', 'wrong', 'missing', 'meta wrong'].join('\t'));
for (const set of sets) {
  const conventions: Convention[] = set === 'none' ? [] : set === 'all' ? [...CONVENTIONS] : (set.split('+') as Convention[]);
  for (const layout of layouts) {
    let right = 0;
    let wrong = 0;
    let missing = 0;
    let meta = 0;
    for (let seed = firstSeed; seed < firstSeed + n; seed++) {
      const g = await generateReportAsync({ seed, layout, conventions });
      const r = await parseReport(g.bytes, { fileName: g.fileName });
      const want = flatten({ active: g.truth.active, applications: g.truth.applications, review: g.truth.review });
      const got = flatten({ active: r.active, applications: r.applications, review: r.review });
      for (const [path, v] of Object.entries(want)) {
        const h = got[path];
        if (h === null || h === undefined) missing++;
        else if (h === v) right++;
        else {
          wrong++;
          if (shown++ < show) console.log(`  WRONG seed ${seed} ${layout} ${set} ${path}: want ${v}, got ${h} (${r.provenance[path]?.state})`);
        }
      }
      const badMeta = [
        r.agency?.replace(/人民政府$/, '') !== g.truth.agency.replace(/人民政府$/, '') && `agency ${r.agency}`,
        r.year !== g.truth.year && `year ${r.year}`,
        r.publishedOn !== g.truth.publishedOn && `date ${r.publishedOn} want ${g.truth.publishedOn}`,
      ].filter(Boolean);
      if (badMeta.length > 0) {
        meta++;
        if (shown++ < show) console.log(`  META seed ${seed} ${layout} ${set}: ${badMeta.join(', ')}`);
      }
    }
    console.log([layout, set, right, wrong, missing, meta].join('\t'));
  }
}
