// The 10-row table of the self-evaluation and audit benchmarks: a 项目支出绩效自评表 of the usual
// shape (budget block, 产出 / 效益 / 满意度 rows, two qualitative rows with their points), as it is
// reviewed (with its published figures) and as it is scored (without them).
const row = (l1, l3, target, actual, weight, publishedPoints, note) => ({
  l1,
  l3,
  target,
  actual,
  weight,
  publishedPoints,
  ...(note ? { note } : {}),
});

/** The table under review (复核): published points, total and grade. */
export const auditTable = {
  id: '10-row table',
  budget: {
    initial: '120',
    adjusted: '118.5',
    executed: '112.34',
    publishedPoints: '9.48',
    publishedRate: '94.80%',
  },
  rows: [
    row('产出指标', '科普活动场次', '≥40场次', '47场次', 10, '10.00'),
    row('产出指标', '服务人次', '≥5万人次', '4.5万人次', 10, '9.00', '两期活动延期'),
    row('产出指标', '发放资料', '≥2万份', '2万余份', 5, '5.00'),
    row('产出指标', '培训合格率', '≥95%', '97%', 5, '5.00'),
    row('产出指标', '按时完成率', '=100%', '100%', 10, '10.00'),
    row('产出指标', '单场成本', '≤1.2万元', '1.1万元', 10, '10.00'),
    row('效益指标', '公众科学素质', '效果明显', '达成年度指标', 15, '14.00'),
    row('效益指标', '青少年参与率', '≥60%', '58%', 10, '9.67', '寒假活动减少'),
    row('效益指标', '长效机制', '持续改善', '达成年度指标', 5, '5.00'),
    row('满意度指标', '服务对象满意度', '≥95%', '95%以上', 10, '10.00'),
  ].map((r) =>
    r.target === '效果明显' || r.target === '持续改善' ? { ...r, points: r.publishedPoints } : r,
  ),
  publishedTotal: '97.15',
  publishedGrade: '优',
};

/** The same table as a unit scores it (no published figures). */
export const selfTable = {
  budget: {
    initial: auditTable.budget.initial,
    adjusted: auditTable.budget.adjusted,
    executed: auditTable.budget.executed,
  },
  rows: auditTable.rows.map(({ publishedPoints: _p, ...r }) => r),
};

/**
 * A variant of the table for run `i`: the first row's target and actual change, so that every
 * variant is a different framework (no cache can answer it) while the scores stay the same.
 *
 * @param table - the table
 * @param i - the run
 * @returns the variant
 */
export function variant(table, i) {
  const n = 40 + (i % 5000);
  const [first, ...rest] = table.rows;
  return { ...table, rows: [{ ...first, target: `≥${n}场次`, actual: `${n + 7}场次` }, ...rest] };
}
