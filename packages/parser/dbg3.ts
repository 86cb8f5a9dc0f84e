import { generateReportAsync, TEXT_LAYOUTS } from './src/generator/generate.ts';
import { parseReport } from './src/parse.ts';
const flat = (o: any, p = '', out: any = {}) => { for (const [k, v] of Object.entries(o ?? {})) { const q = p ? `${p}.${k}` : k; if (v && typeof v === 'object') flat(v, q, out); else out[q] = v; } return out; };
for (const layout of TEXT_LAYOUTS) {
  let flagged = 0, notReport = 0, n = 0, wrong = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const g = await generateReportAsync({ seed, layout, truncate: true });
    const r = await parseReport(g.bytes, { fileName: g.fileName });
    n++;
    if (r.diagnostics.some((d) => d.code === 'NOT_A_REPORT')) notReport++;
    else if (r.diagnostics.some((d) => d.code === 'REPORT_INCOMPLETE')) flagged++;
    else console.log('  not flagged', layout, seed, new TextDecoder().decode(g.bytes).slice(-80).replace(/\n/g, '⏎'));
    const want = flat({ active: g.truth.active, applications: g.truth.applications, review: g.truth.review });
    const got = flat({ active: r.active, applications: r.applications, review: r.review });
    for (const [k, v] of Object.entries(got)) if (v !== null && v !== undefined && want[k] !== v) { wrong++; console.log('  WRONG', layout, seed, k, want[k], v); }
  }
  console.log(layout, { n, flagged, notReport, wrong });
}
