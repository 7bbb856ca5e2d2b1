// Scores a real 项目支出绩效自评表 (廊坊市食品工程学校 2019) and prints each row, the total and what
// needs attention. Run after `npm run build`: node examples/self-evaluation.mjs [table.json]
import { readFileSync } from 'node:fs';
import { scoreSelfEvaluation } from 'jixiao';

const file = process.argv[2] ?? new URL('./tables/langfang-2019.json', import.meta.url);
const table = JSON.parse(readFileSync(file, 'utf8'));
const r = scoreSelfEvaluation(table);

console.log(`${table.unit ?? ''} ${table.project ?? ''} ${table.year ?? ''}`.trim());
console.log(`预算执行率 ${r.budget.ratePercent}  得分 ${r.budget.points} / ${r.budget.weight}`);
for (const row of r.rows) {
  const flags = row.flags.map((f) => f.message.zh).join('；');
  console.log(
    `${row.l3}\t${typeof row.target === 'string' ? row.target : JSON.stringify(row.target)}\t${row.actual}\t${row.points} / ${row.weight}${flags ? `\t${flags}` : ''}`,
  );
}
console.log(`总分 ${r.total}，评价等级“${r.grade}”`);
for (const f of r.findings) console.log(`扣分：${f.message.zh}`);
for (const w of r.warnings) console.log(`提示：${w.message.zh}`);
