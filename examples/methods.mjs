// The evaluator's methods, end to end:
// 1. judgement matrices (层次分析法) → the department2013 framework reweighted, points adding up to 100;
// 2. survey counts (模糊综合评价) → a 满意度 score, and the same counts as the framework's survey answer;
// 3. the self-evaluation tables in tables/ → a ranking, the grade distribution and percentiles.
// Run with `npm run build && node examples/methods.mjs` (or `npm run examples`).
import { readFileSync, readdirSync } from 'node:fs';
import {
  ahp,
  auditSelfEvaluation,
  builtinFramework,
  defineFramework,
  evaluate,
  fuzzyEvaluate,
  gradeDistribution,
  percentiles,
  rankUnits,
  withWeights,
} from 'jixiao';

const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
let failed = false;
const check = (ok, what) => {
  if (!ok) {
    console.error(`not as expected: ${what}`);
    failed = true;
  }
};

// 1. AHP → framework weights.
const framework = builtinFramework('department2013');
const judgements = json('./methods/ahp-department2013.json');
const weighted = ahp(judgements, { points: framework });
console.log('1. 层次分析法 AHP');
for (const m of weighted.matrices.filter((x) => x.items.length > 1))
  console.log(
    `   ${(m.id || '(根)').padEnd(20)} λmax ${m.lambdaMax}  CR ${m.cr}${m.consistent ? '' : '  未通过'}`,
  );
console.log(
  `   层次总排序 CR ${weighted.hierarchy?.cr}；一致性 ${weighted.consistent ? '通过' : '未通过'}`,
);
const reweighted = defineFramework(withWeights(framework, weighted.points));
const top = reweighted.indicators.filter((i) => i.level === 1);
console.log(
  `   新分值：${top.map((i) => `${i.name.zh} ${i.weight}`).join('，')}；合计 ${reweighted.max}`,
);
check(weighted.consistent, 'the illustrative judgements are consistent');
check(
  Object.values(weighted.points).reduce((s, p) => s + Math.round(Number(p) * 100), 0) === 10000,
  'leaf points add up to 100.00',
);

// 2. Fuzzy evaluation of survey counts → 满意度, then as the framework's survey answer.
const survey = json('./methods/survey-linze-2023.json');
const fuzzy = fuzzyEvaluate(survey);
console.log('\n2. 模糊综合评价 fuzzy evaluation');
console.log(
  `   B = (${fuzzy.vector.join(', ')})，最大隶属度“${fuzzy.grade}”，满意度 ${fuzzy.score}`,
);
const data = json('./linze-kexie-2023.json');
const { weights, counts } = survey;
data.answers['outcome.benefits.satisfaction'] = { fuzzy: { weights, counts } };
const scored = evaluate(framework, data);
const leaf = scored.tree
  .flatMap(function all(n) {
    return [n, ...(n.children ?? []).flatMap(all)];
  })
  .find((n) => n.id === 'outcome.benefits.satisfaction');
console.log(
  `   作为满意度指标的答案：${leaf?.points} / ${leaf?.weight} 分；总分 ${scored.total}（${scored.grade}）`,
);
check(fuzzy.score === '88.40', `the survey score is 88.40 (got ${fuzzy.score})`);

// 3. Ranking the published tables in audit/ by the totals jixiao works out for them.
const audits = readdirSync(new URL('./audit/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, ...auditSelfEvaluation(json(`./audit/${f}`)) }));
const ranking = rankUnits(audits, { by: 'expected.total', id: 'file' });
console.log('\n3. 排名 ranking (jixiao 复核得出的总分 / totals as reviewed)');
for (const r of ranking.ranks) console.log(`   ${r.rank}. ${r.id.padEnd(28)} ${r.value}`);
const grades = gradeDistribution(audits, {
  by: 'expected.grade',
  labels: ['优', '良', '中', '差', '—'],
});
console.log(`   等级分布：${grades.grades.map((g) => `${g.label} ${g.count}`).join('，')}`);
const p = percentiles(audits, { by: 'expected.total', at: [25, 50, 75] });
console.log(
  `   分位数：${p.percentiles.map((x) => `P${x.p} ${x.value}`).join('，')}；平均 ${p.mean}`,
);
check(ranking.count === audits.length, 'every table is ranked');
check(ranking.ranks[0]?.id === 'langfang-2019.json', 'langfang-2019 ranks first');

if (failed) process.exitCode = 1;
