// Renders the demo unit's evaluation in every format jixiao writes: Markdown, HTML (a printable
// A4 page), CSV (opens in Excel) and a report draft. Files go to examples/out/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  builtinFramework,
  evaluate,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderReport,
} from 'jixiao';

const data = JSON.parse(readFileSync(new URL('./linze-kexie-2023.json', import.meta.url), 'utf8'));
const result = evaluate(builtinFramework('department2013'), data);
const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('linze-2023.md', out), renderMarkdown(result));
writeFileSync(new URL('linze-2023.html', out), renderHtml(result));
writeFileSync(new URL('linze-2023.csv', out), renderCsv(result));
writeFileSync(new URL('linze-2023-report.txt', out), renderReport(result));
writeFileSync(new URL('linze-2023-en.html', out), renderHtml(result, { locale: 'en' }));
console.log('examples/out/: linze-2023.md, .html, .csv, -report.txt, -en.html');
