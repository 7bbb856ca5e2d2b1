/**
 * The text readers: 指标值 and 实际完成值 (safeParse* never throw, parse* throw only a JixiaoError
 * and agree with safeParse*), units, printed figures, CSV (csvRecords, readSelfEvaluationCsv and its
 * safe twin, and scoring what it reads), and metric expressions — on real, random, odd and
 * 100,000-character text and on values of every wrong type.
 */
import fc from 'fast-check';
import {
  csvRecords,
  pairProblem,
  parseActual,
  parseExpression,
  parseTarget,
  readSelfEvaluationCsv,
  safeParseActual,
  safeParseExpression,
  safeParseTarget,
  safeReadSelfEvaluationCsv,
  scoreSelfEvaluation,
  unitOf,
  type SafeResult,
} from '../../../src/index.js';
import { readPrinted } from '../../../src/audit/printed.js';
import { dec } from '../../../src/decimal.js';
import { csvField } from '../../../src/report/csv.js';
import {
  REAL_ACTUALS,
  REAL_TARGETS,
  anyNumber,
  anyString,
  csvText,
  decimalText,
  expressionText,
  hostile,
  longString,
  oddString,
  rowCells,
} from '../arbitraries.js';
import { call, checkSafeResult, checkSelfEvaluation, fail, inputsOf } from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

/** Real and generated 指标值 / 实际完成值 texts, now and then with odd text around them. */
const cellText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL_TARGETS, ...REAL_ACTUALS), weight: 3 },
  {
    arbitrary: rowCells(1000).map((c) =>
      typeof c.target === 'string' ? c.target : `${c.target.op}${String(c.target.value)}`,
    ),
    weight: 3,
  },
  { arbitrary: rowCells(1000).map((c) => String(c.actual)), weight: 2 },
  {
    arbitrary: fc
      .tuple(oddString, fc.constantFrom(...REAL_TARGETS, ...REAL_ACTUALS), oddString)
      .map(([a, s, b]) => `${a}${s}${b}`),
    weight: 2,
  },
  { arbitrary: anyString, weight: 4 },
);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Runs a safe reader and its throwing twin on one input and checks they agree. */
function readBoth(
  name: 'Target' | 'Actual',
  raw: unknown,
  safe: (x: never) => SafeResult<unknown>,
  parse: (x: never) => unknown,
): void {
  const inputs = inputsOf(raw);
  const again =
    typeof raw === 'string' ? (k: number) => safe(`${raw}${' '.repeat(k)}` as never) : undefined;
  const r = call(`safeParse${name}`, () => safe(raw as never), {
    inputs,
    contract: 'never',
    ...(again ? { again } : {}),
  });
  const p = call(`parse${name}`, () => parse(raw as never), { inputs });
  if (!r.ok) return;
  checkSafeResult(r.value, inputs, `safeParse${name}`);
  if (
    r.value.success !== p.ok ||
    (p.ok && r.value.success && !same(p.value, r.value.data)) ||
    (!p.ok && !r.value.success && !same(p.error.issues, r.value.error.issues))
  )
    fail(
      `safeParse${name} and parse${name} disagree: ${JSON.stringify(r.value).slice(0, 300)} / ${p.ok ? JSON.stringify(p.value).slice(0, 300) : JSON.stringify(p.error.issues).slice(0, 300)}`,
    );
}

export const readerProperties: FuzzProperty[] = [
  property({
    name: '指标值 and 实际完成值 text: safeParse* never throws, parse* agrees',
    weight: 5,
    arb: cellText,
    check: (text) => {
      readBoth('Target', text, safeParseTarget, parseTarget);
      readBoth('Actual', text, safeParseActual, parseActual);
      call('unitOf', () => unitOf(text), { inputs: inputsOf(text), contract: 'never' });
      const t = safeParseTarget(text);
      const a = safeParseActual(text);
      if (t.success && a.success)
        call('pairProblem', () => pairProblem(t.data, a.data), { inputs: inputsOf(text) });
    },
  }),
  property({
    name: '实际完成值 as a number',
    weight: 1,
    arb: anyNumber,
    check: (n) => {
      readBoth('Actual', n, safeParseActual, parseActual);
    },
  }),
  property({
    name: '指标值 as the 101号 columns { op, value, unit }',
    weight: 1,
    arb: fc.record(
      {
        op: fc.oneof(
          fc.constantFrom('≥', '≤', '=', '>', '<', '定性', 'qualitative', '不少于', '≧', ''),
          oddString,
          hostile,
        ),
        value: fc.oneof(decimalText, anyNumber, oddString, hostile),
        unit: fc.oneof(
          fc.constantFrom('万元', '个', '%', '人次', '', '万人次', '千米'),
          oddString,
          hostile,
        ),
      },
      { requiredKeys: [] },
    ),
    check: (columns) => {
      readBoth('Target', columns, safeParseTarget, parseTarget);
    },
  }),
  property({
    name: 'readers given values of every wrong type',
    weight: 2,
    arb: fc.tuple(hostile, hostile),
    check: ([x, at]) => {
      const inputs = inputsOf(x, at);
      const safeReaders: [string, () => SafeResult<unknown>][] = [
        ['safeParseTarget', () => safeParseTarget(x as never, at as never)],
        ['safeParseActual', () => safeParseActual(x as never, at as never)],
      ];
      for (const [label, safe] of safeReaders) {
        const r = call(label, safe, { inputs, contract: 'never' });
        if (r.ok) checkSafeResult(r.value, inputs, label);
      }
      call('parseTarget', () => parseTarget(x as never, at as never), { inputs });
      call('parseActual', () => parseActual(x as never, at as never), { inputs });
      call('unitOf', () => unitOf(x as never), { inputs });
      call('pairProblem', () => pairProblem(x as never, at as never), { inputs });
      call('readPrinted', () => readPrinted(x as never), { inputs, contract: 'never' });
    },
  }),
  property({
    name: 'printed figures: text never throws, a finite number always reads as itself',
    weight: 1,
    arb: fc.oneof(anyNumber, cellText, decimalText),
    check: (raw) => {
      const r = call('readPrinted', () => readPrinted(raw), {
        inputs: inputsOf(raw),
        contract: 'never',
      });
      if (r.ok && typeof raw === 'number' && Number.isFinite(raw)) {
        const p = r.value;
        if (!p?.value.eq(dec(raw)))
          fail(
            `readPrinted(${String(raw)}) is ${p === undefined ? 'unreadable' : JSON.stringify(p)}, not the number given`,
          );
      }
    },
  }),
  property({
    name: 'CSV tables: safeReadSelfEvaluationCsv never throws, readSelfEvaluationCsv agrees, and what it reads scores or is refused',
    weight: 3,
    arb: csvText,
    check: (text) => {
      const inputs = inputsOf(text);
      call('csvRecords', () => csvRecords(text), { inputs, contract: 'never' });
      const r = call('safeReadSelfEvaluationCsv', () => safeReadSelfEvaluationCsv(text), {
        inputs,
        contract: 'never',
      });
      const thrown = call('readSelfEvaluationCsv', () => readSelfEvaluationCsv(text), { inputs });
      if (!r.ok) return;
      checkSafeResult(r.value, inputs, 'safeReadSelfEvaluationCsv');
      if (r.value.success !== thrown.ok)
        fail(
          `safeReadSelfEvaluationCsv is ${r.value.success ? 'a table' : 'an error'}, readSelfEvaluationCsv ${thrown.ok ? 'a table' : 'a throw'}`,
        );
      if (!r.value.success) return;
      const table = r.value.data.table;
      const s = call('scoreSelfEvaluation', () => scoreSelfEvaluation(table as never), {
        inputs,
      });
      if (s.ok) checkSelfEvaluation(s.value);
    },
  }),
  property({
    name: 'csvField and csvRecords: fields survive the round trip (formulas neutralised)',
    weight: 1,
    arb: fc.array(
      fc.array(fc.oneof(oddString, fc.string(), decimalText), { minLength: 1, maxLength: 6 }),
      { minLength: 1, maxLength: 6 },
    ),
    check: (records) => {
      // csvRecords drops a leading byte-order mark and records whose cells are all blank.
      const kept = records
        .map((r) => r.map((f, i) => (i === 0 ? f.replace(/^\ufeff+/, '') : f)))
        .filter((r) => r.some((c) => c.trim() !== ''));
      const inputs = inputsOf(kept);
      const text = kept
        .map((r) =>
          r
            .map((f) => call('csvField', () => csvField(f), { inputs, contract: 'never' }))
            .map((x) => (x.ok ? x.value : ''))
            .join(','),
        )
        .join('\r\n');
      const back = call('csvRecords', () => csvRecords(text), { inputs, contract: 'never' });
      if (!back.ok) return;
      // A field a spreadsheet would run as a formula comes back with the leading ' csvField adds.
      const ok =
        back.value.length === kept.length &&
        back.value.every(
          (r, i) =>
            r.length === kept[i]?.length &&
            r.every((f, j) => f === kept[i]?.[j] || f === `'${kept[i]?.[j] ?? ''}`),
        );
      if (!ok)
        fail(
          `csvRecords(csvField …) gives ${JSON.stringify(back.value).slice(0, 300)}, not ${JSON.stringify(kept).slice(0, 300)}`,
        );
    },
  }),
  property({
    name: 'metric expressions: safeParseExpression never throws, parseExpression agrees',
    weight: 1,
    arb: fc.oneof(expressionText, longString, hostile),
    check: (text) => {
      const inputs = inputsOf(text);
      const r = call('safeParseExpression', () => safeParseExpression(text as never), {
        inputs,
        contract: 'never',
      });
      const p = call('parseExpression', () => parseExpression(text as never), { inputs });
      if (!r.ok) return;
      checkSafeResult(r.value, inputs, 'safeParseExpression');
      if (r.value.success !== p.ok)
        fail(`safeParseExpression and parseExpression disagree on ${inputs.text.slice(0, 200)}`);
    },
  }),
];
