/** Tables under review for the audit tests. */
import type { AuditTable } from '../../src/index.js';

/** A row of a table under review. */
export type Row = AuditTable['rows'][number];

/** A row (its 一级指标 from its name), with its published points when given. */
export const row = (
  l3: string,
  target: string,
  actual: string,
  weight: number,
  publishedPoints?: string,
  extra: Partial<Row> = {},
): Row => ({
  l1:
    weight === 10 && l3.includes('满意')
      ? '满意度指标'
      : l3.startsWith('效')
        ? '效益指标'
        : '产出指标',
  l3,
  target,
  actual,
  weight,
  ...(publishedPoints === undefined ? {} : { publishedPoints }),
  ...extra,
});

/** A clean 10 / 50 / 30 / 10 table, published exactly as the rules score it. */
export const clean = (): AuditTable => ({
  id: 'clean',
  budget: { adjusted: '100', executed: '95', publishedPoints: '9.50', publishedRate: '95.00%' },
  rows: [
    row('培训场次', '≥40场次', '47场次', 25, '25.00'),
    row('服务人次', '≥5万人次', '4.5万人次', 25, '22.50', { note: '疫情停办两期' }),
    row('效益：群众知晓率', '≥90%', '92%', 30, '30.00'),
    row('服务对象满意度', '≥95%', '96%', 10, '10.00'),
  ],
  publishedTotal: '97.00',
  publishedGrade: '优',
});
