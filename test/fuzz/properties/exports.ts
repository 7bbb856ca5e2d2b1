/**
 * Every exported function of src/index.ts (and the functions its modules share that it no longer
 * exports), called with plausible arguments and, in any position, values of every wrong type: null,
 * undefined, numbers at the edges, bigints, symbols, functions, Buffers, null-prototype objects,
 * prototype keys, cycles, deep nesting, long and odd text. Each call returns or throws a JixiaoError
 * (the non-throwing ones never throw: each `safe…` function returns `{ success: true, data }` or
 * `{ success: false, error }`, and fails exactly when its throwing twin throws), its result holds no
 * non-numbers, and it is fast.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as J from '../../../src/index.js';
import { unreadableResult } from '../../../src/audit/audit.js';
import { readPrinted } from '../../../src/audit/printed.js';
import { auditOne } from '../../../src/audit/summary.js';
import { Exact, dec, fmt, round } from '../../../src/decimal.js';
import { ExprFault } from '../../../src/expression/compile.js';
import { auditFoot, auditHead, auditSection } from '../../../src/report/audit.js';
import { csvField } from '../../../src/report/csv.js';
import { escapeHtml } from '../../../src/report/html.js';
import { RuleFault } from '../../../src/rules/types.js';
import { headerKey } from '../../../src/self/table-layouts.js';
import { readActual, readTarget } from '../../../src/target/parse.js';
import {
  DECIMAL_TEXTS,
  choices,
  mutate,
  mutation,
  anyNumber,
  anyString,
  bigDecimalText,
  decimalText,
  hostile,
  oddString,
  plainDecimalText,
  scaleArb,
} from '../arbitraries.js';
import {
  call,
  checkEvaluation,
  checkSafeResult,
  checkSelfEvaluation,
  fail,
  inputsOf,
  type Contract,
} from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as unknown;

// Real results to hand to the functions that take one.
const department = J.builtinFramework('department2013');
const linze = example('examples/linze-kexie-2023.json') as J.UnitDataInput;
const evaluation = J.evaluate(department, linze);
const langfang = example('examples/tables/langfang-2019.json') as J.SelfEvaluationTableInput;
const selfResult = J.scoreSelfEvaluation(langfang);
const fixture = example('test/fixtures/tables/yunnan-yongde-2022-yingyanggaishan.json') as {
  sheet: string;
  cells: string[][];
  merges: string[];
};
/** A real sheet as a grid, merges and all. */
const sheetGrid = {
  name: fixture.sheet,
  cells: fixture.cells,
  merges: fixture.merges.map((m) => J.parseRange(m)),
};
const gridOptions = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.record({ layout: fc.constantFrom('columns101', 'national2020', 'nope') }),
  fc.constant({ layouts: [J.TABLE_LAYOUTS[0]] }),
);
const audit = J.auditSelfEvaluation({
  ...langfang,
  publishedTotal: '90',
  publishedGrade: '优',
});
const summary = J.auditMany([langfang, null]).summary;
const issue: J.Issue = {
  code: 'unknown_key',
  path: ['a', 0],
  message: { zh: '未知', en: 'unknown' },
};
checkEvaluation(evaluation);
checkSelfEvaluation(selfResult);

/** An exact value: plain, huge, tiny, a fraction. */
const exact: fc.Arbitrary<J.Dec> = fc
  .oneof(
    fc.constantFrom(...DECIMAL_TEXTS),
    plainDecimalText,
    bigDecimalText,
    fc.integer().map(String),
    fc.tuple(plainDecimalText, fc.integer({ min: 1, max: 1_000_000 })).map(([a, b]) => `${a}/${b}`),
  )
  .map((text) => {
    try {
      const [a = '0', b] = text.split('/');
      return b === undefined ? dec(a) : dec(a).div(b);
    } catch {
      return dec(0);
    }
  });

/**
 * A plausible value for an argument; or the same with one thing wrong (a copy with one value
 * replaced, removed or added anywhere: a scale without bands, a result without its tree); or a
 * hostile value.
 */
const or = <T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: plausible, weight: 4 },
    {
      arbitrary: fc.tuple(plausible, choices, mutation).map(([v, at, m]) => mutate(v, at, m)),
      weight: 1,
    },
    { arbitrary: hostile, weight: 2 },
  );

const places = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(100, 101, -1, 2.5, 1e9));
const mode = fc.constantFrom(...J.ROUNDING_MODES, 'HALFUP', 'toString');
const locale = fc.constantFrom('zh', 'en', undefined, 'fr', '__proto__');
const format = fc.constantFrom('table', 'markdown', 'html', 'csv', 'json', 'report', 'toString');
const options = fc.oneof(
  fc.constant(undefined),
  locale.map((l) => ({ locale: l })),
);
const path = fc.array(fc.oneof(fc.string(), fc.integer(), hostile), { maxLength: 4 });

/** One export: how to call it and what it promises. */
interface Entry {
  readonly args: fc.Arbitrary<unknown[]>;
  readonly call: (args: unknown[]) => unknown;
  readonly contract?: Contract;
  /** A documented result not checked for non-numbers. */
  readonly documented?: (value: unknown) => boolean;
  /** A `safe…` function: its throwing twin, called with the same arguments. */
  readonly twin?: (args: unknown[]) => unknown;
}

const fn = (f: unknown) => f as (...a: unknown[]) => unknown;
const entry = (
  f: unknown,
  args: fc.Arbitrary<unknown>[],
  contract: Contract = 'jixiao',
): Entry => ({
  args: fc.tuple(...args),
  call: (a) => fn(f)(...a),
  contract,
});

/** A `safe…` function: never throws, and fails exactly when `twin` throws. */
const safeEntry = (f: unknown, twin: unknown, args: fc.Arbitrary<unknown>[]): Entry => ({
  ...entry(f, args, 'never'),
  twin: (a) => fn(twin)(...a),
});

const EXACT_METHODS = [
  'plus',
  'minus',
  'times',
  'div',
  'neg',
  'abs',
  'cmp',
  'comparedTo',
  'eq',
  'gt',
  'gte',
  'lt',
  'lte',
  'isZero',
  'isNeg',
  'isInteger',
  'floor',
  'ceil',
  'round',
  'decimalPlaces',
  'toFixed',
  'toString',
  'toJSON',
] as const;

const SCHEMAS = [
  'GradeScaleSchema',
  'RuleSchema',
  'LevelSchema',
  'FrameworkSchema',
  'IndicatorSchema',
  'UnitDataSchema',
  'UnitInfoSchema',
  'EvaluateOptionsSchema',
  'LocalTextSchema',
  'TargetInputSchema',
  'TargetRuleSchema',
  'BudgetBlockSchema',
  'SelfEvaluationOptionsSchema',
  'SelfEvaluationRowSchema',
  'SelfEvaluationTableSchema',
  'AuditTableSchema',
  'TableLayoutSchema',
  'AhpInputSchema',
  'AhpOptionsSchema',
  'EntropyOptionsSchema',
  'FuzzyInputSchema',
  'TopsisOptionsSchema',
  'DataMatrixSchema',
  'DirectionSchema',
  'RankOptionsSchema',
  'GradeDistributionOptionsSchema',
  'PercentilesOptionsSchema',
] as const;

// Plausible inputs of the evaluator's methods.
const judgements = fc.constantFrom<unknown>(
  [
    [1, 3, 5],
    ['1/3', 1, 3],
    ['1/5', '1/3', 1],
  ],
  {
    matrix: [
      [1, null],
      [2, 1],
    ],
    items: ['a', 'b'],
  },
  example('examples/methods/ahp-department2013.json'),
);
const ahpOptions = fc.constantFrom<unknown>(
  {},
  { method: 'geometric', ri: 'chinese' },
  { points: { total: 100, places: 2 } },
  { points: department },
);
const dataMatrix = fc.constantFrom<unknown>(
  [
    [250, 16],
    [200, 16],
    [300, 32],
  ],
  { units: ['甲', '乙'], indicators: ['x'], values: [['1.5'], ['2']] },
);
const matrixOptions = fc.constantFrom<unknown>(
  {},
  { directions: ['negative', 'positive'] },
  { method: 'critic' },
  { weights: [1, 2], directions: [{ best: 20 }, { between: [10, 20] }] },
);
const survey = fc.constant<unknown>(example('examples/methods/survey-linze-2023.json'));
const results = fc.constant<unknown>([
  { total: '97.94', grade: '优', unit: { name: '甲' } },
  { total: 88.5, grade: '良', unit: { name: '乙' } },
]);
const rankOptions = fc.constantFrom<unknown>(
  {},
  { ties: 'dense', id: 'unit.name' },
  { by: 'total', at: [10, 90], method: 'nearestRank' },
  { labels: ['优', '良', '中', '差'] },
);

/** Every exported function of src/index.ts, by name. */
export const EXPORTS: Readonly<Record<string, Entry>> = {
  isJixiaoError: entry(J.isJixiaoError, [hostile], 'never'),
  JixiaoError: {
    args: fc.tuple(or(fc.constant([issue]))),
    call: ([issues]) => new J.JixiaoError(issues as never),
    contract: 'never',
  },
  JixiaoInternalError: {
    args: fc.tuple(or(anyString)),
    call: ([m]) => new J.JixiaoInternalError(m as never),
    contract: 'never',
  },
  formatPath: entry(J.formatPath, [or(path)], 'never'),
  parseExpression: entry(J.parseExpression, [or(anyString), fc.option(path, { nil: undefined })]),
  safeParseExpression: safeEntry(J.safeParseExpression, J.parseExpression, [
    or(anyString),
    fc.option(path, { nil: undefined }),
  ]),
  defineFramework: entry(J.defineFramework, [or(fc.constant(J.BUILTIN_FRAMEWORKS.department2013))]),
  safeDefineFramework: safeEntry(J.safeDefineFramework, J.defineFramework, [
    fc.oneof(or(fc.constant(J.BUILTIN_FRAMEWORKS.department2013)), hostile),
  ]),
  compileScale: entry(J.compileScale, [or(scaleArb(10_000))]),
  safeCompileScale: safeEntry(J.safeCompileScale, J.compileScale, [or(scaleArb(10_000))]),
  gradeOf: entry(J.gradeOf, [
    or(
      fc.constantFrom<unknown>(
        J.compileScale(J.MOF2020_SCALE),
        { bands: [] }, // a scale a JavaScript caller built by hand, with no band yet
      ),
    ),
    or(fc.oneof(exact, decimalText, anyNumber)),
  ]),
  evaluate: entry(J.evaluate, [
    or(fc.constant(department)),
    or(fc.constant(linze)),
    fc.option(hostile, { nil: undefined }),
  ]),
  safeEvaluate: safeEntry(J.safeEvaluate, J.evaluate, [
    or(fc.constant(department)),
    or(fc.constant(linze)),
    fc.option(hostile, { nil: undefined }),
  ]),
  withWeights: entry(J.withWeights, [
    or(fc.constant(department)),
    or(
      fc.dictionary(
        fc.constantFrom(
          ...J.PROJECT_2020_LEAVES,
          'input.allocation.staff',
          'toString',
          '__proto__',
        ),
        fc.oneof(decimalText, anyNumber),
      ),
    ),
  ]),
  builtinFramework: entry(J.builtinFramework, [
    or(fc.constantFrom('department2013', 'toString', '__proto__', 'constructor', '')),
  ]),
  renderTable: entry(J.renderTable, [or(fc.constant(evaluation)), or(options)]),
  renderMarkdown: entry(J.renderMarkdown, [or(fc.constant(evaluation)), or(options)]),
  renderCsv: entry(J.renderCsv, [or(fc.constant(evaluation)), or(options)]),
  renderHtml: entry(J.renderHtml, [or(fc.constant(evaluation)), or(options)]),
  renderReport: entry(J.renderReport, [or(fc.constantFrom(evaluation, selfResult)), or(options)]),
  pairProblem: entry(J.pairProblem, [
    or(fc.constant(J.parseTarget('≥95%'))),
    or(fc.constant(J.parseActual('90%'))),
  ]),
  parseActual: entry(J.parseActual, [or(anyString), fc.option(path, { nil: undefined })]),
  parseTarget: entry(J.parseTarget, [or(anyString), fc.option(path, { nil: undefined })]),
  safeParseActual: safeEntry(J.safeParseActual, J.parseActual, [
    or(anyString),
    fc.option(path, { nil: undefined }),
  ]),
  safeParseTarget: safeEntry(J.safeParseTarget, J.parseTarget, [
    or(anyString),
    fc.option(path, { nil: undefined }),
  ]),
  unitOf: entry(J.unitOf, [or(anyString)]),
  scoreSelfEvaluation: entry(J.scoreSelfEvaluation, [
    or(fc.constant(langfang)),
    fc.option(hostile, { nil: undefined }),
  ]),
  safeScoreSelfEvaluation: safeEntry(J.safeScoreSelfEvaluation, J.scoreSelfEvaluation, [
    or(fc.constant(langfang)),
    fc.option(hostile, { nil: undefined }),
  ]),
  project2020: entry(J.project2020, [
    or(
      fc
        .array(fc.oneof(decimalText, anyNumber, fc.constant(5)), {
          minLength: J.PROJECT_2020_LEAVES.length,
          maxLength: J.PROJECT_2020_LEAVES.length,
        })
        .map((w) => Object.fromEntries(J.PROJECT_2020_LEAVES.map((id, i) => [id, w[i]]))),
    ),
  ]),
  jsonSchema: entry(J.jsonSchema, [
    or(fc.constantFrom(...Object.keys(J.JSON_SCHEMAS), 'toString', '__proto__')),
  ]),
  csvRecords: entry(J.csvRecords, [or(anyString)]),
  readSelfEvaluationCsv: entry(J.readSelfEvaluationCsv, [
    or(anyString),
    fc.option(or(gridOptions), { nil: undefined }),
  ]),
  safeReadSelfEvaluationCsv: safeEntry(J.safeReadSelfEvaluationCsv, J.readSelfEvaluationCsv, [
    or(anyString),
    fc.option(or(gridOptions), { nil: undefined }),
  ]),
  csvRows: entry(J.csvRows, [or(anyString)]),
  readSelfEvaluationGrid: entry(J.readSelfEvaluationGrid, [
    or(fc.constant(sheetGrid)),
    fc.option(or(gridOptions), { nil: undefined }),
  ]),
  safeReadSelfEvaluationGrid: safeEntry(J.safeReadSelfEvaluationGrid, J.readSelfEvaluationGrid, [
    or(fc.constant(sheetGrid)),
    fc.option(or(gridOptions), { nil: undefined }),
  ]),
  filledCells: entry(J.filledCells, [or(fc.constant(sheetGrid))]),
  fillSelfEvaluation: entry(J.fillSelfEvaluation, [
    or(fc.constant(langfang)),
    fc.option(hostile, { nil: undefined }),
  ]),
  renderFilledCsv: entry(J.renderFilledCsv, [or(fc.constant(J.fillSelfEvaluation(langfang)))]),
  cellName: entry(J.cellName, [or(fc.nat(10_000)), or(fc.nat(1000))]),
  columnName: entry(J.columnName, [or(fc.nat(100_000))]),
  parseRange: entry(J.parseRange, [or(fc.constantFrom('A1:B2', 'AA10', 'B2:A1', ''))]),
  spellUnit: entry(J.spellUnit, [or(anyString)]),
  decodeTableText: entry(J.decodeTableText, [or(fc.uint8Array({ maxLength: 200 }))]),
  safeDecodeTableText: safeEntry(J.safeDecodeTableText, J.decodeTableText, [
    or(fc.uint8Array({ maxLength: 200 })),
  ]),
  auditSelfEvaluation: entry(
    J.auditSelfEvaluation,
    [or(fc.constant(langfang)), fc.option(hostile, { nil: undefined })],
    'never',
  ),
  AuditTally: {
    args: fc.tuple(or(fc.constant(audit))),
    call: ([r]) => {
      const t = new J.AuditTally();
      t.add(r as never);
      return t.summary();
    },
  },
  auditMany: entry(J.auditMany, [
    or(fc.array(fc.oneof(fc.constant(langfang), hostile), { maxLength: 3 })),
    fc.option(hostile, { nil: undefined }),
  ]),
  ahp: entry(J.ahp, [or(judgements), fc.option(or(ahpOptions), { nil: undefined })]),
  safeAhp: safeEntry(J.safeAhp, J.ahp, [
    or(judgements),
    fc.option(or(ahpOptions), { nil: undefined }),
  ]),
  entropyWeights: entry(J.entropyWeights, [
    or(dataMatrix),
    fc.option(or(matrixOptions), { nil: undefined }),
  ]),
  safeEntropyWeights: safeEntry(J.safeEntropyWeights, J.entropyWeights, [
    or(dataMatrix),
    fc.option(or(matrixOptions), { nil: undefined }),
  ]),
  topsis: entry(J.topsis, [or(dataMatrix), fc.option(or(matrixOptions), { nil: undefined })]),
  safeTopsis: safeEntry(J.safeTopsis, J.topsis, [
    or(dataMatrix),
    fc.option(or(matrixOptions), { nil: undefined }),
  ]),
  fuzzyEvaluate: entry(J.fuzzyEvaluate, [or(survey)]),
  safeFuzzyEvaluate: safeEntry(J.safeFuzzyEvaluate, J.fuzzyEvaluate, [or(survey)]),
  rankUnits: entry(J.rankUnits, [or(results), fc.option(or(rankOptions), { nil: undefined })]),
  safeRankUnits: safeEntry(J.safeRankUnits, J.rankUnits, [
    or(results),
    fc.option(or(rankOptions), { nil: undefined }),
  ]),
  gradeDistribution: entry(J.gradeDistribution, [
    or(results),
    fc.option(or(rankOptions), { nil: undefined }),
  ]),
  safeGradeDistribution: safeEntry(J.safeGradeDistribution, J.gradeDistribution, [
    or(results),
    fc.option(or(rankOptions), { nil: undefined }),
  ]),
  percentiles: entry(J.percentiles, [or(results), fc.option(or(rankOptions), { nil: undefined })]),
  safePercentiles: safeEntry(J.safePercentiles, J.percentiles, [
    or(results),
    fc.option(or(rankOptions), { nil: undefined }),
  ]),
  'schemas (safeParse)': {
    args: fc.tuple(fc.constantFrom(...SCHEMAS), hostile),
    call: ([name, value]) =>
      (J[name as (typeof SCHEMAS)[number]] as { safeParse: (v: unknown) => unknown }).safeParse(
        value,
      ),
    contract: 'never',
  },
};

/** The names above that are not exports themselves. */
export const NOT_EXPORTS = new Set(['schemas (safeParse)']);

/**
 * Functions the modules of src/ share that src/index.ts does not export (the decimal arithmetic,
 * the internal readers, the pieces of the audit and its reports): they are called with what a
 * caller sent, so they are fuzzed as the exports are.
 */
export const MODULE_FUNCTIONS: Readonly<Record<string, Entry>> = {
  dec: entry(dec, [fc.oneof(decimalText, anyNumber, fc.bigInt(), hostile)]),
  fmt: entry(fmt, [or(exact), or(places)]),
  round: entry(round, [or(exact), or(places), or(mode)]),
  Exact: {
    args: fc.tuple(or(fc.bigInt()), or(fc.bigInt())),
    call: ([n, d]) => new Exact(n as bigint, d as bigint),
  },
  'Exact methods': {
    args: fc.tuple(
      exact,
      fc.constantFrom(...EXACT_METHODS),
      or(fc.oneof(exact, decimalText, anyNumber)),
      or(places),
      or(mode),
    ),
    call: ([x, m, a, b, c]) =>
      fn((x as Record<string, unknown>)[m as string]).call(
        x,
        ...(m === 'round' || m === 'toFixed' ? [b, c] : [a]),
      ),
    // decimalPlaces() is documented to be Infinity when the expansion does not end (1/3).
    documented: (v) => v === Infinity,
  },
  RuleFault: {
    args: fc.tuple(
      or(fc.constantFrom(...J.ISSUE_CODES)),
      hostile,
      fc.option(path, { nil: undefined }),
    ),
    call: ([code, params, at]) => new RuleFault(code as never, params as never, at as never),
  },
  ExprFault: {
    args: fc.tuple(
      or(fc.constantFrom('division_by_zero', 'missing')),
      fc.option(or(fc.array(fc.string())), { nil: undefined }),
    ),
    call: ([code, names]) => new ExprFault(code as never, names as never),
  },
  csvField: entry(csvField, [or(anyString)]),
  escapeHtml: entry(escapeHtml, [or(anyString)]),
  readActual: entry(readActual, [or(anyString)], 'never'),
  readTarget: entry(readTarget, [or(anyString)], 'never'),
  headerKey: entry(headerKey, [or(anyString)]),
  auditOne: entry(
    auditOne,
    [or(fc.constant(langfang)), fc.option(hostile, { nil: undefined }), or(fc.nat())],
    'never',
  ),
  readPrinted: entry(readPrinted, [or(fc.oneof(decimalText, oddString, anyNumber))], 'never'),
  unreadableResult: entry(unreadableResult, [
    or(fc.option(fc.string(), { nil: null })),
    or(fc.constant([issue])),
    fc.option(hostile, { nil: undefined }),
  ]),
  auditFoot: entry(auditFoot, [or(fc.constant(summary)), or(format), or(locale)]),
  auditHead: entry(auditHead, [or(format), or(locale)]),
  auditSection: entry(auditSection, [
    or(fc.constant(audit)),
    or(anyString),
    or(format),
    or(locale),
  ]),
};

/** Calls an entry and checks it; a `safe…` function is checked against its throwing twin. */
function check(name: string, e: Entry, args: unknown[]): void {
  const inputs = inputsOf(...args);
  const r = call(name, () => e.call(args), {
    inputs,
    contract: e.contract ?? 'jixiao',
    ...(e.documented ? { documented: e.documented } : {}),
  });
  if (!e.twin || !r.ok) return;
  checkSafeResult(r.value, inputs, name);
  const { twin } = e;
  const thrown = call(`${name}'s twin`, () => twin(args), { inputs });
  const success = (r.value as { success: boolean }).success;
  if (success !== thrown.ok)
    fail(
      `${name} ${success ? 'succeeded' : 'failed'} where its throwing twin ${thrown.ok ? 'returned' : 'threw'}`,
    );
}

export const exportProperties: FuzzProperty[] = Object.entries({
  ...EXPORTS,
  ...MODULE_FUNCTIONS,
}).map(([name, e]) =>
  property({
    name: `${name} with plausible and wrong arguments`,
    weight: name === 'Exact methods' || name === 'dec' ? 4 : name === 'schemas (safeParse)' ? 2 : 1,
    arb: e.args,
    check: (args) => {
      check(name, e, args);
    },
  }),
);
