import { generateReportAsync } from './src/generator/generate.ts';
const g = await generateReportAsync({ seed: 12, layout: 'pipes', conventions: ['blank-zeros', 'blank-total', 'blank-group', 'bad-totals', 'crawler-header', 'split-tables', 'misprinted-date'] });
console.log(JSON.stringify(g.truth.applications.unableNotHeld), JSON.stringify(g.truth.applications.unableNeedsCreation));
console.log(g.blanked.filter((b) => b.path.includes('unable')));
