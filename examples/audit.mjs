// Reviews the real published tables in examples/audit/ and prints what a reviewer would find.
import { readFileSync, readdirSync } from 'node:fs';
import { auditMany } from 'jixiao';

const dir = new URL('./audit/', import.meta.url);
const tables = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
const { results, summary } = auditMany(tables, { layout: 'none' });
for (const r of results) {
  console.log(
    `${r.discrepancies.length === 0 ? '✓' : '✗'} ${r.id}：规则总分 ${r.expected.total}，印发 ${r.published.total ?? r.published.sumOfParts}`,
  );
  for (const d of r.discrepancies) console.log(`    [${d.severity}] ${d.code}: ${d.message.zh}`);
}
console.log(
  `共 ${summary.tables} 张，有问题 ${summary.withDiscrepancies} 张，等级会变化 ${summary.gradeChanges} 张`,
);
