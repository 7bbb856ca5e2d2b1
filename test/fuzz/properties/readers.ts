/**
 * The text readers: 指标值 and 实际完成值 (read* never throw, parse* throw only a JixiaoError and agree
 * with read*), units, printed figures, CSV (csvRecords, readSelfEvaluationCsv, and scoring what it
 * reads), and metric expressions — on real, random, odd and 100,000-character text and on values of
 * every wrong type.
 */
import fc from 'fast-check';
import {
  csvField,
  csvRecords,
  dec,
  pairProblem,
  parseActual,
  parseExpression,
  parseTarget,
  readActual,
  readPrinted,
  readSelfEvaluationCsv,
  readTarget,
  scoreSelfEvaluation,
  unitOf,
} from '../../../src/index.js';
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
import { call, checkSelfEvaluation, fail, inputsOf } from '../checks.js';
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

/** Runs a reader and its throwing twin on one input and checks they agree. */
function readBoth(
  name: 'Target' | 'Actual',
  raw: unknown,
  read: (x: never) => { ok: boolean; value?: unknown },
  parse: (x: never) => unknown,
): void {
  const inputs = inputsOf(raw);
  const again =
    typeof raw === 'string' ? (k: number) => read(`${raw}${' '.repeat(k)}` as never) : undefined;
  const r = call(`read${name}`, () => read(raw as never), {
    inputs,
    contract: 'never',
    ...(again ? { again } : {}),
  });
  const p = call(`parse${name}`, () => parse(raw as never), { inputs });
  if (!r.ok) return;
  if (r.value.ok !== p.ok || (p.ok && !same(p.value, r.value.value)))
    fail(
      `read${name} and parse${name} disagree: ${JSON.stringify(r.value).slice(0, 300)} / ${p.ok ? JSON.stringify(p.value).slice(0, 300) : 'JixiaoError'}`,
    );
}

export const readerProperties: FuzzProperty[] = [
  property({
    name: '指标值 and 实际完成值 text: read* never throws, parse* agrees',
    weight: 5,
    arb: cellText,
    check: (text) => {
      readBoth('Target', text, readTarget, parseTarget);
      readBoth('Actual', text, readActual, parseActual);
      call('unitOf', () => unitOf(text), { inputs: inputsOf(text), contract: 'never' });
      const t = readTarget(text);
      const a = readActual(text);
      if (t.ok && a.ok)
        call('pairProblem', () => pairProblem(t.value, a.value), { inputs: inputsOf(text) });
    },
  }),
  property({
    name: '实际完成值 as a number',
    weight: 1,
    arb: anyNumber,
    check: (n) => {
      readBoth('Actual', n, readActual, parseActual);
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
      readBoth('Target', columns, readTarget, parseTarget);
    },
  }),
  property({
    name: 'readers given values of every wrong type',
    weight: 2,
    arb: fc.tuple(hostile, hostile),
    check: ([x, at]) => {
      const inputs = inputsOf(x, at);
      call('readTarget', () => readTarget(x as never), { inputs, contract: 'never' });
      call('readActual', () => readActual(x as never), { inputs, contract: 'never' });
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
    name: 'CSV tables: readSelfEvaluationCsv never throws, and what it reads scores or is refused',
    weight: 3,
    arb: csvText,
    check: (text) => {
      const inputs = inputsOf(text);
      call('csvRecords', () => csvRecords(text), { inputs, contract: 'never' });
      const r = call('readSelfEvaluationCsv', () => readSelfEvaluationCsv(text), {
        inputs,
        contract: 'never',
      });
      if (!r.ok || !r.value.ok) return;
      const table = r.value.value.table;
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
    name: 'metric expressions: parseExpression never throws',
    weight: 1,
    arb: fc.oneof(expressionText, longString, hostile),
    check: (text) => {
      call('parseExpression', () => parseExpression(text as never), {
        inputs: inputsOf(text),
        contract: 'never',
      });
    },
  }),
];
