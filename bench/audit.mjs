// Tables audited per second for a 10-row self-evaluation table on one core (`npm run bench`).
// With BENCH_STREAM=<n>, also streams n tables through `jixiao audit` and reports the peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { auditSelfEvaluation } from 'jixiao';

const row = (l1, l3, target, actual, weight, publishedPoints, note) => ({
  l1,
  l3,
  target,
  actual,
  weight,
  publishedPoints,
  ...(note ? { note } : {}),
});
const table = {
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
const check = auditSelfEvaluation(table);
console.log(
  `the bench table: ${check.discrepancies.length} discrepancies, rules ${check.expected.total}`,
);

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench.add('auditSelfEvaluation (10 rows)', () => auditSelfEvaluation(table));
await bench.run();
const r = bench.tasks[0].result;
console.log(
  `audit: ${Math.round(r.throughput.mean).toLocaleString('en-US')} tables/s on one core (${(r.latency.mean * 1000).toFixed(0)} µs each)`,
);

const n = Number(process.env.BENCH_STREAM ?? 0);
if (n > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-audit-'));
  const file = join(dir, 'tables.ndjson');
  const line = `${JSON.stringify(table)}\n`;
  writeFileSync(file, line.repeat(n));
  const t0 = Date.now();
  const p = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      new URL('../dist/cli.js', import.meta.url).pathname,
      'audit',
      file,
      '--format',
      'json',
      '--out',
      join(dir, 'out.ndjson'),
    ],
    { encoding: 'utf8' },
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(p.stderr)?.[1];
  console.log(
    `stream: ${n} tables through jixiao audit in ${((Date.now() - t0) / 1000).toFixed(1)} s, peak RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB`,
  );
}
