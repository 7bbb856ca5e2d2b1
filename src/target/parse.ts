/**
 * `parseTarget` and `parseActual`: 指标值 and 实际完成值 as real 自评表 write them, read into plain
 * JSON. Text with an explicit comparator must read as a quantity or it is an error; text without
 * one and without a readable number is a qualitative standard (定性), kept as text.
 */
import { dec } from '../decimal.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue, type Path } from '../errors/issue.js';
import {
  failure,
  leadingOp,
  looksNumeric,
  normalise,
  quantity,
  trailingOp,
  type Approx,
  type Quantity,
  type ReadFailure,
  type TargetOp,
} from './read.js';
import { splitUnit, unitOf, type Unit } from './units.js';
import { memo } from './memo.js';

/** A 指标值, read. */
export type ParsedTarget =
  | {
      readonly kind: 'quantitative';
      readonly op: TargetOp;
      /** The number, in the unit written, as a decimal string. */
      readonly value: string;
      readonly unit: Unit | null;
      readonly approx: Approx | null;
      /** True when no comparator was written and `>=` (正向) was assumed. */
      readonly implicitOp: boolean;
      readonly text: string;
    }
  | {
      readonly kind: 'range';
      readonly min: string;
      readonly max: string;
      readonly unit: Unit | null;
      readonly text: string;
    }
  | { readonly kind: 'qualitative'; readonly standard: string; readonly text: string };

/** The three tiers of a qualitative result (财预〔2020〕10号). */
export type Tier = 'achieved' | 'partial' | 'unachieved';

/** A 实际完成值, read. */
export type ParsedActual =
  | ({ readonly kind: 'quantitative'; readonly text: string } & Quantity)
  | {
      readonly kind: 'qualitative';
      /** The tier the text states, or `null` when it names none. */
      readonly tier: Tier | null;
      readonly text: string;
    };

/** A 指标值 in the 101号 layout: comparator, value and unit in separate columns. */
export interface TargetColumns {
  /** 指标性质: "≥", "≤", "=", "定性" … */
  readonly op: string;
  /** 指标值: a number, or the standard's words for 定性. */
  readonly value?: number | string | undefined;
  /** 度量单位. */
  readonly unit?: string | undefined;
}

/** The outcome of reading a cell: the value, or why it cannot be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };

const RANGE = /^(.+?)(?:-|~|—|–|至|到)(.+)$/;

function readRange(text: string): Read<ParsedTarget> | null {
  const m = RANGE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const hi = quantity(m[2]);
  // "90-100%": the unit written once, after the upper bound, applies to both.
  const lo = quantity(m[1]) ?? (hi?.unit ? quantity(m[1] + hi.unit.text) : null);
  if (!lo || !hi) return null;
  const unit = hi.unit ?? lo.unit;
  if (lo.unit && hi.unit && lo.unit.text !== hi.unit.text) {
    return {
      ok: false,
      failure: { zh: '区间两端的单位不同', en: 'the two ends of the range have different units' },
    };
  }
  if (dec(lo.value).gt(hi.value)) {
    return {
      ok: false,
      failure: { zh: '区间下限大于上限', en: 'the lower end of the range is above the upper end' },
    };
  }
  return { ok: true, value: { kind: 'range', min: lo.value, max: hi.value, unit, text } };
}

/**
 * Reads a 指标值 without throwing (for callers that collect problems).
 *
 * @param raw - the text as written, or the 101号 columns
 * @returns the target, or a failure in both languages
 * @example
 * ```ts
 * readTarget('≥95%'); // { ok: true, value: { kind: 'quantitative', op: '>=', value: '95', … } }
 * ```
 */
export function readTarget(raw: string | TargetColumns): Read<ParsedTarget> {
  return typeof raw === 'string' ? readTargetMemo(raw) : readColumns(raw);
}

/** Targets already read: the same 指标值 texts recur across rows and tables, and reading is pure. */
const readTargetMemo = memo((raw: string) => readTargetText(raw));

function readTargetText(raw: string): Read<ParsedTarget> {
  const text = normalise(raw);
  const original = raw.trim();
  if (text === '')
    return { ok: false, failure: failure('target', raw, { zh: '为空', en: 'it is empty' }) };
  const qualitative = /^定性[:：]?(.*)$/.exec(text);
  if (qualitative) {
    return {
      ok: true,
      value: {
        kind: 'qualitative',
        standard: qualitative[1] === undefined || qualitative[1] === '' ? original : qualitative[1],
        text: original,
      },
    };
  }
  const [pre, afterPre] = leadingOp(text);
  const [post, body] = trailingOp(afterPre);
  if (pre && post && pre !== post) {
    return {
      ok: false,
      failure: failure('target', original, {
        zh: '前后比较符号矛盾',
        en: 'the comparators contradict each other',
      }),
    };
  }
  const op = pre ?? post;
  if (!op) {
    const range = readRange(body);
    if (range)
      return range.ok
        ? { ok: true, value: { ...range.value, text: original } }
        : { ok: false, failure: failure('target', original, range.failure) };
  }
  const q = quantity(body);
  if (q) {
    return {
      ok: true,
      value: {
        kind: 'quantitative',
        op: op ?? '>=',
        ...q,
        implicitOp: op === null,
        text: original,
      },
    };
  }
  // Dates and deadlines ("12月底前完成") are qualitative standards, not quantities.
  const deadline = /(\d{4}年|\d{1,2}月|月底|年底|季度末|日前|之前|前完成)/.test(body);
  // A comparator symbol anywhere ("足额保障率=100%") means a quantity was meant: it must read as one.
  const symbol = /[≥≤≧≦=<>]/.test(text);
  if (op || symbol || (!deadline && looksNumeric(body) && /^[\d.,]/.test(body))) {
    const [, unitText] = splitUnit(body);
    const why =
      unitText === '' && /\d[^\d.,%‰]+$/.test(body)
        ? {
            zh: `未知的计量单位「${body.replace(/^[\d.,]+/, '')}」`,
            en: `unknown unit "${body.replace(/^[\d.,]+/, '')}"`,
          }
        : {
            zh: '不是「比较符 数值 单位」的形式',
            en: 'it is not of the form "comparator number unit"',
          };
    return { ok: false, failure: failure('target', original, why) };
  }
  return { ok: true, value: { kind: 'qualitative', standard: original, text: original } };
}

function readColumns(c: TargetColumns): Read<ParsedTarget> {
  const opText = normalise(c.op);
  const valueText = c.value === undefined ? '' : normalise(String(c.value));
  const shown = `${c.op}${c.value ?? ''}${c.unit ?? ''}`;
  if (/^(定性|qualitative)$/i.test(opText)) {
    return {
      ok: true,
      value: { kind: 'qualitative', standard: String(c.value ?? ''), text: shown },
    };
  }
  const [op, rest] = leadingOp(opText);
  if (!op || rest !== '') {
    return {
      ok: false,
      failure: failure('target', shown, {
        zh: `未知的指标性质「${c.op}」`,
        en: `unknown comparator "${c.op}"`,
      }),
    };
  }
  const unitText = c.unit === undefined ? '' : normalise(c.unit);
  const unit = unitText === '' ? null : unitOf(unitText);
  if (unitText !== '' && !unit) {
    return {
      ok: false,
      failure: failure('target', shown, {
        zh: `未知的计量单位「${c.unit ?? ''}」`,
        en: `unknown unit "${c.unit ?? ''}"`,
      }),
    };
  }
  const q = quantity(valueText);
  if (!q || (q.unit && unit && q.unit.text !== unit.text)) {
    return {
      ok: false,
      failure: failure('target', shown, { zh: '指标值不是数值', en: 'the value is not a number' }),
    };
  }
  return {
    ok: true,
    value: {
      kind: 'quantitative',
      op,
      value: q.value,
      unit: unit ?? q.unit,
      approx: q.approx,
      implicitOp: false,
      text: shown,
    },
  };
}

const TIERS: [Tier, RegExp][] = [
  [
    'unachieved',
    /^(未达成年度指标且效果较差|未达成年度指标|未达成|未达到|未完成|没有完成|否|不合规|不及时|效果较差|无效果)$/,
  ],
  [
    'partial',
    /^(部分达成年度指标并具有一定效果|部分达成年度指标|部分达成|部分完成|基本达成|基本完成|基本达到|基本实现|效果一般|一定效果)$/,
  ],
  [
    'achieved',
    /^(达成年度指标|达成预期指标|达成预期目标|达成预期|达成目标|达成|达到预期|达到|已达成|全部达成|完成|已完成|全部完成|按期完成|按时完成|如期完成|实现|已实现|是|符合|符合规定|合规|及时|效果明显|效果显著|显著|良好|有效|已落实|落实到位)$/,
  ],
];

/**
 * Reads a 实际完成值 without throwing.
 *
 * @param raw - the text as written (a JSON number is read as written too)
 * @returns the actual, or a failure
 * @example
 * ```ts
 * readActual('4.5万人次'); // { ok: true, value: { kind: 'quantitative', value: '4.5', unit: { text: '万人次', … } } }
 * readActual('达成预期指标'); // { ok: true, value: { kind: 'qualitative', tier: 'achieved', … } }
 * ```
 */
export function readActual(raw: string | number): Read<ParsedActual> {
  return readActualMemo(raw);
}

/** Actuals already read (pure, recurring; a number and its text are distinct keys of a Map). */
const readActualMemo = memo((raw: string | number) => readActualText(raw));

function readActualText(raw: string | number): Read<ParsedActual> {
  const original = String(raw).trim();
  const text = normalise(String(raw));
  if (text === '')
    return { ok: false, failure: failure('actual', original, { zh: '为空', en: 'it is empty' }) };
  const [pre, afterPre] = leadingOp(text);
  const [post, body] = trailingOp(afterPre);
  const q = quantity(body);
  if (q) {
    const bound = pre ?? post;
    const approx: Approx | null =
      bound === '>=' || bound === '>'
        ? 'more'
        : bound === '<=' || bound === '<'
          ? 'less'
          : q.approx;
    return { ok: true, value: { kind: 'quantitative', ...q, approx, text: original } };
  }
  // A comparator in front, or a leading digit, means a quantity was meant. Prose that merely
  // mentions a number ("满意率达95%以上") stays text: a quantitative target then rejects it.
  if (pre || /^[\d.,-]/.test(body)) {
    return { ok: false, failure: failure('actual', original) };
  }
  const tier = TIERS.find(([, re]) => re.test(text))?.[0] ?? null;
  return { ok: true, value: { kind: 'qualitative', tier, text: original } };
}

/**
 * Parses a 指标值 (年度指标值) as real tables write it.
 *
 * @param text - e.g. `"≥95%"`, `"不少于30场次"`, `"90%-100%"`, `"定性：效果明显"`, or `{ op, value, unit }`
 * @param at - path of the cell, for the error
 * @returns the parsed target
 * @throws {@link JixiaoError} (`target_unparseable`) quoting the text
 * @example
 * ```ts
 * parseTarget('≤90万元'); // { kind: 'quantitative', op: '<=', value: '90', unit: { text: '万元', … }, … }
 * parseTarget('效果明显'); // { kind: 'qualitative', standard: '效果明显', text: '效果明显' }
 * ```
 */
export function parseTarget(text: string | TargetColumns, at: Path = []): ParsedTarget {
  const r = readTarget(text);
  if (r.ok) return r.value;
  throw new JixiaoError([makeIssue('target_unparseable', at, r.failure)]);
}

/**
 * Parses a 实际完成值 as real tables write it.
 *
 * @param text - e.g. `"47场次"`, `"2万余份"`, `"95%以上"`, `"达成年度指标"`
 * @param at - path of the cell, for the error
 * @returns the parsed actual
 * @throws {@link JixiaoError} (`actual_unparseable`) quoting the text
 * @example
 * ```ts
 * parseActual('30多场次'); // { kind: 'quantitative', value: '30', approx: 'more', unit: { text: '场次', … }, … }
 * ```
 */
export function parseActual(text: string | number, at: Path = []): ParsedActual {
  const r = readActual(text);
  if (r.ok) return r.value;
  throw new JixiaoError([makeIssue('actual_unparseable', at, r.failure)]);
}

/** Why an actual cannot be scored against a target, as an issue code with its parameters. */
export type PairProblem =
  | { readonly code: 'actual_unparseable'; readonly params: ReadFailure }
  | {
      readonly code: 'unit_mismatch';
      readonly params: { target: string; actual: string; targetUnit: string; actualUnit: string };
    };

/**
 * Checks that an actual can be scored against a target: a number for a quantitative target, in a
 * unit of the same family.
 *
 * @param target - the parsed target
 * @param actual - the parsed actual
 * @returns the problem, or `null` when they fit
 * @example
 * ```ts
 * pairProblem(parseTarget('≤30万元'), parseActual('完成'))?.code; // "actual_unparseable"
 * ```
 */
export function pairProblem(target: ParsedTarget, actual: ParsedActual): PairProblem | null {
  if (target.kind === 'qualitative') return null;
  if (actual.kind !== 'quantitative') {
    return {
      code: 'actual_unparseable',
      params: {
        zh: `实际完成值「${actual.text}」不是数值，无法与指标值「${target.text}」比较`,
        en: `the actual value "${actual.text}" is not a number and cannot be compared with the target "${target.text}"`,
      },
    };
  }
  if (target.unit && actual.unit && target.unit.family !== actual.unit.family) {
    return {
      code: 'unit_mismatch',
      params: {
        target: target.text,
        actual: actual.text,
        targetUnit: target.unit.text,
        actualUnit: actual.unit.text,
      },
    };
  }
  return null;
}
