/**
 * Real 自评表 typed cell by cell from public documents (test/fixtures/tables/*.json, each citing its
 * source and saying what the stored copy lacks), read as printed, and rebuilt by
 * scripts/build-fixtures.mjs as .xlsx, UTF-8 CSV and GBK CSV (test/fixtures/tables/generated/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  auditSelfEvaluation,
  decodeTableText,
  parseRange,
  safeReadSelfEvaluationCsv,
  safeReadSelfEvaluationGrid,
  safeScoreSelfEvaluation,
  type GridOptions,
  type GridTable,
  type SafeResult,
  type AuditTableInput,
} from '../../src/index.js';
import { withPublished } from '../../src/cli/tables.js';
import { readSelfEvaluationWorkbook } from '../../src/xlsx.js';

const DIR = new URL('../fixtures/tables/', import.meta.url);
const GEN = new URL('generated/', DIR);

interface Fixture {
  title: string;
  province: string;
  kind: 'project' | 'department';
  layout: string;
  source: string;
  url: string;
  lacks: string;
  sheet: string;
  cells: string[][];
  merges: string[];
}

const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (f: string): Fixture => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Fixture;
const grid = (f: Fixture) => ({
  name: f.sheet,
  cells: f.cells,
  merges: f.merges.map((m) => {
    const r = parseRange(m);
    if (!r) throw new Error(`bad merge ${m}`);
    return r;
  }),
});

/** The table under review, with what it printed: the command line's own merge. */
const underReview = (g: GridTable): AuditTableInput => withPublished(g, g.sheet) as AuditTableInput;

/**
 * What each table is, read from its document: the layout it is read in (or the layout it comes
 * nearest to, when a column the copy lost or garbled is missing), and what scoring and review say.
 */
const EXPECTED: Record<
  string,
  | {
      layout: string;
      total?: string;
      grade?: string;
      scoreIssue?: string;
      audit?: string[];
      /** Reader options the table needs, and the problem it is without them. */
      options?: GridOptions;
      without?: string;
    }
  | { unreadable: string }
> = {
  // Complete: 总分 100 | 100 printed; 一级指标 names lost in the copy, only "(50分)" "(30分)" survive.
  'anhui-tianchang-2022-shuihanzaihai': {
    layout: 'national2020',
    total: '100.00',
    grade: '优',
    audit: ['split_differs'],
  },
  // Copy stops before the 满意度 rows: the weights add up to 90.
  'anhui-xiaoxian-2023-tezhongyang': {
    layout: 'annualActual',
    scoreIssue: 'total_mismatch',
    audit: ['weights_not_100', 'split_differs'],
  },
  // OCR garbled the 全年完成值 header ("年成值全完值").
  'dept-chongqing-kexuecheng-2021': { unreadable: 'departmentColumns' },
  // Both 岳阳 sheets stop after the 过程 rows.
  'dept-hunan-yueyang-glj-undated': {
    layout: 'departmentScoring',
    scoreIssue: 'total_mismatch',
    audit: ['weights_not_100', 'group_points_differ', 'group_points_differ'],
  },
  // Its labels ("过程(40分)") show the truncation as well.
  'dept-hunan-yueyang-kejiju-undated': {
    layout: 'departmentScoring',
    scoreIssue: 'total_mismatch',
    audit: ['weights_not_100', 'group_points_differ', 'group_points_differ'],
  },
  // A published blank form: every 得分 is empty.
  'dept-sichuan-dazhou-nongyeju-undated': { layout: 'labelScoring', scoreIssue: 'missing_input' },
  // The copy stops inside 综合管理: its labels show it.
  'dept-sichuan-shengjibumen-2017': {
    layout: 'labelScoring',
    scoreIssue: 'total_mismatch',
    audit: ['weights_not_100', 'group_points_differ', 'group_points_differ'],
  },
  // The weights are all there (10 + 9 × 10); the budget's stepped 9 for 86.20% is within the half
  // point a whole-number print may round, the sum of the printed points (98) is not the rules' total.
  'hebei-langfang-2019-nuantonggaizao': {
    layout: 'national2020',
    total: '97.24',
    grade: '优',
    audit: ['explanation_missing', 'total_differs'],
  },
  // 湖北's form prints no 分值 per row, only 得分 and the goals' points ("年度绩效目标1(40分)"). Shared
  // equally (13.34 / 13.33 / 13.33 and 20 / 20), the rows score 100; the table printed 10, 10 and 19.6
  // under goal 1 (a split of 10 / 10 / 20, not an equal one) and 99.6 in all.
  'hubei-huanggang-2020-shuitubaochi': {
    layout: 'targetAB',
    options: { unprintedWeights: 'equal' },
    without: '没有分值：表中没有分值列，只有“年度绩效目标1(40分)”的总分',
    total: '100.00',
    grade: '优',
    audit: [
      'split_differs',
      'weights_shared',
      'weights_shared',
      'row_points_differ',
      'loss_unexplained',
      'row_points_differ',
      'loss_unexplained',
      'points_above_weight',
      'total_differs',
    ],
  },
  // The same 湖北 form two years on, still without 分值: 80 points over 8 rows is 10 each. The
  // 成本指标 row prints no comparator ("200万" against "195.5万元"): read as ≥, 97.75% of 10 is
  // 9.78, which a whole-number 10 may round from; the total printed (99.55) is not the rules' 99.33.
  'hubei-huangshi-2022-haimianchengshi': {
    layout: 'targetAB',
    options: { unprintedWeights: 'equal' },
    without: '没有分值：表中没有分值列，只有“年度绩效目标1 (80分)”的总分',
    total: '99.33',
    grade: '优',
    audit: ['split_differs', 'weights_shared', 'total_differs'],
  },
  // OCR garbled 分值 ("考值参分").
  'ningxia-yinchuan-2021-gongyongjingfei': { unreadable: 'annualActual' },
  // The copy ends at the indicator header: no rows.
  'shanghai-putuo-2022-yuandian': { layout: 'national2020', scoreIssue: 'invalid_input' },
  'shanghai-putuo-2022-yunyingjiesuan': {
    layout: 'national2020',
    total: '98.62',
    grade: '优',
    audit: ['explanation_missing'],
  },
  // No funds block in the copy.
  'sichuan-unnamed-undated-puhuijinrong': { layout: 'national2020', scoreIssue: 'invalid_input' },
  // Printed as is: 70 + 20 + 10 + 10 = 110, yet 总分 100.
  'sichuan-zhongjiang-2022-shuibiaochi': {
    layout: 'annualActual',
    scoreIssue: 'total_mismatch',
    audit: ['weights_not_100', 'split_differs', 'total_not_sum', 'total_differs'],
  },
  // 总分 96 printed; 资金到位及时率 100% scored 7, 政策知晓率 98% scored 9.
  'yunnan-yongde-2022-yingyanggaishan': {
    layout: 'columns101',
    total: '99.80',
    grade: '优',
    audit: [
      'split_differs',
      'row_points_differ',
      'loss_unexplained',
      'row_points_differ',
      'explanation_missing',
      'total_differs',
    ],
  },
};

describe('real 自评表 from public documents', () => {
  it('at least 12 tables from at least 6 provinces, both kinds, each citing its source', () => {
    const all = FILES.map(load);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((f) => f.province)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((f) => f.kind))).toEqual(new Set(['project', 'department']));
    for (const f of all) {
      expect(f.source.length, f.title).toBeGreaterThan(5);
      // A copy without an address says so in what it lacks.
      expect(f.url.length > 10 || /address|URL|unverified/i.test(f.lacks), f.title).toBe(true);
      expect(typeof f.lacks).toBe('string');
    }
    expect(Object.keys(EXPECTED).sort()).toEqual(FILES.map((f) => f.replace(/\.json$/, '')));
  });

  it.each(FILES.map((f) => [f.replace(/\.json$/, '')]))('%s', (id) => {
    const f = load(`${id}.json`);
    const want = EXPECTED[id];
    if (!want) throw new Error(`no expectation for ${id}`);
    const r = safeReadSelfEvaluationGrid(grid(f), 'options' in want ? want.options : {});
    if ('unreadable' in want) {
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0].message.zh).toContain(`（${want.unreadable}）`);
      return;
    }
    if (want.without) {
      const plain = safeReadSelfEvaluationGrid(grid(f));
      expect(plain.success).toBe(false);
      if (!plain.success) expect(plain.error.issues[0].message.zh).toContain(want.without);
    }
    if (!r.success) throw r.error;
    expect(r.data.layout).toBe(want.layout);
    expect(r.data.table.kind ?? 'project').toBe(f.kind);
    const s = safeScoreSelfEvaluation(r.data.table);
    if (want.scoreIssue) {
      expect(s.success).toBe(false);
      if (!s.success) expect(s.error.issues.map((i) => i.code)).toContain(want.scoreIssue);
    } else {
      expect(s.success).toBe(true);
      if (s.success) expect([s.data.total, s.data.grade]).toEqual([want.total, want.grade]);
    }
    if (want.audit) {
      const a = auditSelfEvaluation(underReview(r.data));
      expect(a.discrepancies.map((d) => d.code)).toEqual(want.audit);
    }
  });
});

describe('one table, four files: .xlsx, UTF-8 CSV, GBK CSV and JSON read alike', () => {
  it.each(FILES.map((f) => [f.replace(/\.json$/, '')]))('%s', (id) => {
    const f = load(`${id}.json`);
    const want = EXPECTED[id];
    const options = want && 'options' in want ? (want.options ?? {}) : {};
    const fromJson = safeReadSelfEvaluationGrid(grid(f), options);
    const book = readSelfEvaluationWorkbook(readFileSync(new URL(`${id}.xlsx`, GEN)), options);
    expect(book).toHaveLength(1);
    const sheet = book[0];
    if (!sheet) throw new Error('no sheet');
    const fromXlsx: SafeResult<GridTable> = sheet.success
      ? { success: true, data: sheet.data }
      : { success: false, error: sheet.error };
    const csvs = (['utf8', 'gbk'] as const).map((enc) => {
      const d = decodeTableText(readFileSync(new URL(`${id}.${enc}.csv`, GEN)));
      expect(d.encoding).toBe(enc === 'utf8' ? 'utf-8' : 'gb18030');
      return safeReadSelfEvaluationCsv(d.text, { ...options, name: f.sheet });
    });
    const show = (r: unknown) => JSON.stringify(r);
    /** A reading: the table read, or every issue. */
    const reading = (r: SafeResult<GridTable>) => show(r.success ? r.data : r.error.issues);
    // The reading, its score and its review are the same, byte for byte.
    for (const other of [fromXlsx, ...csvs]) {
      expect(other.success).toBe(fromJson.success);
      expect(reading(other)).toBe(reading(fromJson));
    }
    if (fromJson.success) {
      const review = show(auditSelfEvaluation(underReview(fromJson.data)));
      for (const other of [fromXlsx, ...csvs]) {
        if (!other.success) throw other.error;
        expect(show(auditSelfEvaluation(underReview(other.data)))).toBe(review);
      }
    }
  });
});
