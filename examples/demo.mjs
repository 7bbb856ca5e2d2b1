// The demo: scores the 2023 department-wide self-evaluation of 临泽县科学技术协会 with the built-in
// department2013 framework and prints the score table, total, grade and findings.
// Run with `npm run demo` (it builds the package first, then imports it by name like any user).
import { readFileSync } from 'node:fs';
import { builtinFramework, evaluate, renderTable } from 'jixiao';

const data = JSON.parse(readFileSync(new URL('./linze-kexie-2023.json', import.meta.url), 'utf8'));
const framework = builtinFramework('department2013');
const result = evaluate(framework, data);

console.log(
  `${data.unit.name} ${data.unit.year} 年度部门整体支出绩效自评（${framework.name.zh}）\n`,
);
console.log(renderTable(result));
console.log(
  `\n报告公布：最终评分 97.94 分，自评结果“优”。jixiao：${result.total} 分，“${result.grade}”。`,
);
if (result.total !== '97.94' || result.grade !== '优') {
  console.error('The demo no longer reproduces the published total and grade.');
  process.exitCode = 1;
}
