/**
 * The audit (auditSelfEvaluation, auditOne, auditMany, AuditTally, the audit reports): a table
 * published exactly as scored audits clean; a published figure changed by a point is caught; a
 * table with one thing wrong, or anything at all, is reviewed, never thrown; the reports of every
 * format keep their shape.
 */
import fc from 'fast-check';
import {
  AuditTally,
  auditMany,
  auditSelfEvaluation,
  scoreSelfEvaluation,
  type AuditResult,
} from '../../../src/index.js';
import { auditFoot, auditHead, auditSection } from '../../../src/report/audit.js';
import { auditOne } from '../../../src/audit/summary.js';
import {
  anyNumber,
  decimalText,
  hostile,
  hostileNamesTable,
  oddString,
  tableFault,
  validTable,
  type TableCase,
} from '../arbitraries.js';
import {
  call,
  checkAudit,
  checkCsvText,
  checkHtmlText,
  checkJsonText,
  checkMarkdownText,
  checkTerminalText,
  fail,
  inputsOf,
  type Inputs,
} from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

/**
 * A table with what a unit would publish: every figure exactly as scoreSelfEvaluation scores it.
 *
 * @param c - a valid table and options
 * @returns the table under review, or `null` when it does not score
 */
export function publishedAsScored(c: TableCase): Record<string, unknown> | null {
  let r;
  try {
    r = scoreSelfEvaluation(c.table as never, c.options);
  } catch {
    return null;
  }
  const t = c.table as { budget: object; rows: object[] };
  return {
    ...c.table,
    budget: {
      ...t.budget,
      publishedPoints: r.budget?.points,
      publishedRate: r.budget?.ratePercent,
    },
    rows: t.rows.map((row, k) => ({ ...row, publishedPoints: r.rows[k]?.points })),
    publishedTotal: r.total,
    publishedGrade: r.grade,
  };
}

/**
 * Audits a table and checks the review.
 *
 * @param table - the table under review
 * @param options - scoring options
 * @returns the review
 */
export function auditAndCheck(table: unknown, options: unknown): AuditResult | null {
  const r = call(
    'auditSelfEvaluation',
    () => auditSelfEvaluation(table as never, options as never),
    {
      inputs: inputsOf(table, options),
      contract: 'never',
    },
  );
  if (!r.ok) return null;
  checkAudit(r.value, table, options);
  return r.value;
}

const FORMATS = ['table', 'markdown', 'html', 'csv', 'json'] as const;

/**
 * Writes reviews in every format and language and checks each report.
 *
 * @param results - the reviews
 * @param inputs - what the caller gave
 */
export function reportAll(results: readonly AuditResult[], inputs: Inputs): void {
  const tally = new AuditTally();
  for (const r of results) tally.add(r);
  const summary = tally.summary();
  for (const locale of ['zh', 'en'] as const) {
    for (const format of FORMATS) {
      const where = `audit report (${format}, ${locale})`;
      const parts = [
        call('auditHead', () => auditHead(format, locale), { inputs }),
        ...results.map((r, i) =>
          call('auditSection', () => auditSection(r, `表${i}`, format, locale), { inputs }),
        ),
        call('auditFoot', () => auditFoot(summary, format, locale), { inputs }),
      ];
      const text = parts.map((p) => (p.ok ? p.value : '')).join('');
      if (format === 'table') checkTerminalText(text.replace(/\t/g, ' '), where);
      else if (format === 'markdown') checkMarkdownText(text, where);
      else if (format === 'html') checkHtmlText(text, where);
      else if (format === 'csv') checkCsvText(text, 8, where);
      else
        for (const line of text.split('\n').filter((l) => l.trim() !== ''))
          checkJsonText(line, where);
    }
  }
}

/**
 * A table under review with one published figure replaced.
 *
 * @param published - the table
 * @param figure - which row (by index), which figure, and its new value
 * @returns the changed copy
 */
function withFigure(
  published: Record<string, unknown>,
  [k, where, value]: readonly [number, string, unknown],
): Record<string, unknown> {
  const rows = published.rows as Record<string, unknown>[];
  const b = published.budget as Record<string, unknown>;
  switch (where) {
    case 'row':
      return {
        ...published,
        rows: rows.map((r, j) => (j === k % rows.length ? { ...r, publishedPoints: value } : r)),
      };
    case 'budget':
      return { ...published, budget: { ...b, publishedPoints: value } };
    case 'rate':
      return { ...published, budget: { ...b, publishedRate: value } };
    case 'total':
      return { ...published, publishedTotal: value };
    case 'grade':
      return { ...published, publishedGrade: value };
    default:
      return { ...published, id: value };
  }
}

/** A published figure made wrong by a whole point (or more), which a review must catch. */
const pointOff = fc.tuple(
  fc.nat(),
  fc.constantFrom(-1, 1, 2, 5),
  fc.constantFrom('row', 'budget', 'total'),
);

export const auditProperties: FuzzProperty[] = [
  property({
    name: 'a table published exactly as scored audits clean',
    weight: 2,
    arb: validTable,
    check: (c) => {
      const published = publishedAsScored(c);
      if (!published) return;
      const r = auditAndCheck(published, c.options);
      if (!r) return;
      const serious = r.discrepancies.filter((d) => d.severity !== 'info');
      if (!r.readable || serious.length > 0 || r.gradeChanges)
        fail(
          `a table published as scored is not clean: ${serious.map((d) => `${d.code}: ${d.message.en}`).join('; ') || (r.readable ? 'gradeChanges' : 'unreadable')}`,
        );
      if (
        r.expected.total !== published.publishedTotal &&
        (c.options?.rounding as { places?: number } | undefined)?.places === undefined
      )
        fail(
          `the review's total ${String(r.expected.total)} is not the scored total ${String(published.publishedTotal)}`,
        );
    },
  }),
  property({
    name: 'a published figure off by a point is caught',
    weight: 2,
    arb: fc.tuple(validTable, pointOff),
    check: ([c, [k, delta, where]]) => {
      const published = publishedAsScored(c);
      if (!published) return;
      const shift = (p: unknown): string => {
        const v = Number(p) + delta;
        return (v < 0 ? Number(p) + 1 : v).toFixed(2);
      };
      const rows = published.rows as Record<string, unknown>[];
      const i = k % rows.length;
      const t =
        where === 'row'
          ? {
              ...published,
              rows: rows.map((r, j) =>
                j === i ? { ...r, publishedPoints: shift(r.publishedPoints) } : r,
              ),
            }
          : where === 'budget'
            ? {
                ...published,
                budget: {
                  ...(published.budget as Record<string, unknown>),
                  publishedPoints: shift(
                    (published.budget as Record<string, unknown>).publishedPoints,
                  ),
                },
              }
            : { ...published, publishedTotal: shift(published.publishedTotal) };
      const r = auditAndCheck(t, c.options);
      if (r && !r.discrepancies.some((d) => d.severity !== 'info'))
        fail(
          `a ${where} figure off by ${delta} went unnoticed: ${JSON.stringify(r.discrepancies.map((d) => d.code))}`,
        );
    },
  }),
  property({
    name: 'published figures and tables with one thing wrong are reviewed, never thrown',
    weight: 3,
    arb: fc.tuple(
      validTable,
      fc.oneof(
        tableFault.map((f) => ({ table: f })),
        fc
          .tuple(
            fc.nat(),
            fc.constantFrom('row', 'budget', 'rate', 'total', 'grade', 'id'),
            fc.oneof(
              decimalText,
              oddString,
              anyNumber,
              fc.constantFrom(
                '9分',
                '86%',
                '—',
                '/',
                '',
                ' ',
                '１００',
                '1e21',
                '优',
                '良好',
                '\u202e优',
              ),
            ),
          )
          .map(([k, where, value]) => ({ figure: [k, where, value] as const })),
      ),
    ),
    check: ([c, fault]) => {
      const published = publishedAsScored(c);
      if (!published) return;
      const t = 'table' in fault ? fault.table(published) : withFigure(published, fault.figure);
      auditAndCheck(t, c.options);
    },
  }),
  property({
    name: 'anything as a table or options, alone and in a batch',
    weight: 1,
    arb: fc.tuple(
      fc.array(hostile, { minLength: 1, maxLength: 4 }),
      fc.option(hostile, { nil: undefined }),
    ),
    check: ([tables, options]) => {
      const inputs = inputsOf(tables, options);
      for (const t of tables) auditAndCheck(t, options);
      tables.forEach((t, n) =>
        call('auditOne', () => auditOne(t, options, n), { inputs, contract: 'never' }),
      );
      const many = call('auditMany', () => auditMany(tables, options), { inputs });
      if (
        many.ok &&
        (many.value.results.length !== tables.length || many.value.summary.tables !== tables.length)
      )
        fail(
          `auditMany of ${tables.length} tables gives ${many.value.results.length} results, summary ${many.value.summary.tables}`,
        );
    },
  }),
  property({
    name: 'review reports in every format, with hostile names',
    weight: 1,
    arb: fc.array(fc.tuple(hostileNamesTable, fc.option(tableFault, { freq: 2, nil: undefined })), {
      minLength: 1,
      maxLength: 3,
    }),
    check: (cases) => {
      const tables = cases.map(([c, f]) => {
        const p = publishedAsScored(c) ?? c.table;
        return f ? f(p) : p;
      });
      const results = tables
        .map((t) => auditAndCheck(t, undefined))
        .filter((r): r is AuditResult => r !== null);
      reportAll(results, inputsOf(tables));
    },
  }),
];
