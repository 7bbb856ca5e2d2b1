/**
 * `parseTarget` and `readTarget`: 指标值 as real 自评表 write them, read into plain JSON. Text with an
 * explicit comparator must read as a quantity or it is an error; text without one and without a
 * readable number is a qualitative standard (定性), kept as text. The readers of 实际完成值
 * (actual.ts) and the types are re-exported here, the one module the rest of jixiao imports.
 */
import { dec } from '../decimal.js';
import { argumentError } from '../errors/arguments.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue, type Path } from '../errors/issue.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { asFailure, pathArgument, targetArgument } from './args.js';
import { readColumns } from './columns.js';
import { monthAsDate, readDeadline, yearAsDate } from './dates.js';
import { memo } from './memo.js';
import {
  failure,
  leadingOp,
  looksNumeric,
  normalise,
  quantity,
  quote,
  trailingOp,
  undecorate,
  whyNotQuantity,
  type ReadFailure,
} from './read.js';
import type { ParsedActual, ParsedTarget, Read, TargetColumns } from './types.js';

export { parseActual, readActual, safeParseActual } from './actual.js';
export type { ParsedActual, ParsedTarget, Read, TargetColumns, Tier } from './types.js';

const RANGE_SEPARATORS = '-~—–至到';

/** Splits "a-b" at its first separator that has text on both sides. */
function splitRange(text: string): [string, string] | null {
  for (let i = 1; i < text.length - 1; i += 1)
    if (RANGE_SEPARATORS.includes(text.charAt(i))) return [text.slice(0, i), text.slice(i + 1)];
  return null;
}

function readRange(text: string): Read<ParsedTarget> | null {
  const ends = splitRange(text);
  if (!ends) return null;
  const [low, high] = ends;
  const hi = quantity(high);
  // "90-100%": the unit written once, after the upper bound, applies to both.
  const lo = quantity(low) ?? (hi?.unit ? quantity(low + hi.unit.text) : null);
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
 * Reads a 指标值 without throwing (for callers that collect problems). An argument of the wrong
 * type is answered with a failure too, never an exception: `null`, an array, columns whose `op` is
 * not text, and a bare number — write `"≥95"`, not `95`, since a number alone says neither "at
 * least" nor "at most" (the same as `TargetInputSchema`).
 *
 * @param raw - the text as written, or the 101号 columns
 * @returns the target, or a failure in both languages
 * @example
 * ```ts
 * readTarget('≥95%'); // { ok: true, value: { kind: 'quantitative', op: '>=', value: '95', … } }
 * readTarget(95).ok; // false: 'argument raw must be text such as "≥95" …'
 * ```
 */
export function readTarget(raw: string | TargetColumns): Read<ParsedTarget> {
  const wrong = targetArgument(raw, 'raw');
  if (wrong) return { ok: false, failure: asFailure(wrong) };
  return typeof raw === 'string' ? readTargetMemo(raw) : readColumns(raw);
}

/** Targets already read: the same 指标值 texts recur across rows and tables, and reading is pure. */
const readTargetMemo = memo((raw: string) => readTargetText(raw));

function readTargetText(raw: string): Read<ParsedTarget> {
  const text = normalise(raw);
  const original = raw.trim();
  if (text === '')
    return { ok: false, failure: failure('target', original, { zh: '为空', en: 'it is empty' }) };
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
  // "±3%", "±3%以内": a range around zero.
  if (!pre) {
    const plusMinus = /^±(.+)$/.exec(body);
    const pm = plusMinus?.[1] ? quantity(plusMinus[1]) : null;
    if (pm && !pm.value.startsWith('-')) {
      const neg = pm.value === '0' ? '0' : `-${pm.value}`;
      return {
        ok: true,
        value: { kind: 'range', min: neg, max: pm.value, unit: pm.unit, text: original },
      };
    }
  }
  if (!op) {
    // A period of dates ("2023.07-2024.01") is a deadline, not a numeric range.
    const period = readDeadline(text, original);
    if (period) return { ok: true, value: period };
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
  const dated = readDeadline(text, original);
  if (dated) return { ok: true, value: dated };
  // Decorations around the number: "100%覆盖", "覆盖率100%", "提升10%", "全年不少于4期".
  const plainer = undecorate(body);
  if (plainer) {
    const [inner, rest] = plainer;
    const dq = quantity(rest);
    if (dq && !(op && inner && op !== inner)) {
      return {
        ok: true,
        value: {
          kind: 'quantitative',
          op: op ?? inner ?? '>=',
          ...dq,
          implicitOp: (op ?? inner) === null,
          text: original,
        },
      };
    }
  }
  // An approximation mark with nothing to approximate ("约", "左右") is a number left out.
  if (/^(约|大约|近|将近|接近|不足|左右|多|余)$/.test(body)) {
    return {
      ok: false,
      failure: failure('target', original, {
        zh: '只有约数标记，缺少数值',
        en: 'it marks an approximate number but gives none',
      }),
    };
  }
  // Dates and deadlines ("12月底前完成") are qualitative standards, not quantities.
  const deadline = /(\d{4}年|\d{1,2}月|月底|年底|季度末|日前|之前|前完成)/.test(body);
  // A comparator symbol anywhere ("足额保障率=100%") means a quantity was meant: it must read as one.
  const symbol = /[≥≤≧≦⩾⩽═=<>]/.test(text);
  // A comparator word before no number at all ("控制在预算内") is a standard in words.
  if (
    pre &&
    !post &&
    !symbol &&
    !looksNumeric(body) &&
    !/[零〇一二两三四五六七八九十百千万]/.test(body)
  )
    return { ok: true, value: { kind: 'qualitative', standard: original, text: original } };
  if (op || symbol || (!deadline && looksNumeric(body) && /^[\d.,]/.test(body))) {
    const why = whyNotQuantity(body) ?? {
      zh: '不是「比较符 数值 单位」的形式',
      en: 'it is not of the form "comparator number unit"',
    };
    return { ok: false, failure: failure('target', original, why) };
  }
  return { ok: true, value: { kind: 'qualitative', standard: original, text: original } };
}

/**
 * Parses a 指标值 (年度指标值) as real tables write it.
 *
 * @param text - e.g. `"≥95%"`, `"不少于30场次"`, `"90%-100%"`, `"定性：效果明显"`, or `{ op, value, unit }`
 * @param at - path of the cell, for the error
 * @returns the parsed target
 * @throws {@link JixiaoError} `target_unparseable` quoting the text; `invalid_input` for an argument
 * that is neither text nor columns (a bare number included: write `"≥95"`), or a path that is not
 * an array
 * @example
 * ```ts
 * parseTarget('≤90万元'); // { kind: 'quantitative', op: '<=', value: '90', unit: { text: '万元', … }, … }
 * parseTarget('效果明显'); // { kind: 'qualitative', standard: '效果明显', text: '效果明显' }
 * ```
 * @category Self-evaluation
 */
export function parseTarget(text: string | TargetColumns, at: Path = []): ParsedTarget {
  const wrong = targetArgument(text, 'text');
  if (wrong) throw wrong;
  const path = pathArgument(at);
  const r = typeof text === 'string' ? readTargetMemo(text) : readColumns(text);
  if (r.ok) return r.value;
  throw new JixiaoError([makeIssue('target_unparseable', path, r.failure)]);
}

/**
 * Parses a 指标值 without throwing: {@link parseTarget}'s value, or the `JixiaoError` it would throw.
 *
 * @param text - the text as written, or the 101号 columns
 * @param at - path of the cell, for the error
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeParseTarget('不少于30场次');
 * if (r.success) r.data.kind; // "quantitative"
 * safeParseTarget('≥九五成').success; // false
 * ```
 * @category Self-evaluation
 */
export function safeParseTarget(
  text: string | TargetColumns,
  at: Path = [],
): SafeResult<ParsedTarget> {
  return safely(() => parseTarget(text, at));
}

/**
 * Why an actual cannot be scored against a target, as an issue code with its parameters.
 *
 * @category Self-evaluation
 */
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
 * @category Self-evaluation
 */
export function pairProblem(target: ParsedTarget, actual: ParsedActual): PairProblem | null {
  parsedArgument(target, 'target', ['quantitative', 'range', 'qualitative', 'deadline']);
  parsedArgument(actual, 'actual', ['quantitative', 'qualitative', 'date']);
  if (target.kind === 'qualitative') return null;
  if (target.kind === 'deadline') {
    // A deadline compares with a date ("2023年" too), or with words that state the tier ("按时完成").
    if (actual.kind !== 'quantitative' || yearAsDate(actual) || monthAsDate(actual)) return null;
    const [a, t] = [quote(actual.text), quote(target.text)];
    return {
      code: 'actual_unparseable',
      params: {
        zh: `实际完成值「${a}」不是日期，无法与时限「${t}」比较（如写“2023年11月20日”或“按时完成”）`,
        en: `the actual value "${a}" is not a date and cannot be compared with the deadline "${t}" (write e.g. "2023年11月20日" or "按时完成")`,
      },
    };
  }
  if (actual.kind !== 'quantitative') {
    const [a, t] = [quote(actual.text), quote(target.text)];
    return {
      code: 'actual_unparseable',
      params: {
        zh: `实际完成值「${a}」不是数值，无法与指标值「${t}」比较`,
        en: `the actual value "${a}" is not a number and cannot be compared with the target "${t}"`,
      },
    };
  }
  if (target.unit && actual.unit && target.unit.family !== actual.unit.family) {
    return {
      code: 'unit_mismatch',
      params: {
        target: quote(target.text),
        actual: quote(actual.text),
        targetUnit: target.unit.text,
        actualUnit: actual.unit.text,
      },
    };
  }
  return null;
}

/** Checks that a value is what parseTarget or parseActual returns (JavaScript callers). */
function parsedArgument(value: unknown, name: string, kinds: readonly string[]): void {
  const v = value as { kind?: unknown; text?: unknown; unit?: unknown } | null;
  const unit = v?.unit as { text?: unknown; family?: unknown } | null | undefined;
  if (
    typeof v !== 'object' ||
    v === null ||
    !kinds.includes(v.kind as string) ||
    typeof v.text !== 'string' ||
    !(unit == null || (typeof unit.text === 'string' && typeof unit.family === 'string'))
  ) {
    const what = name === 'target' ? 'parseTarget' : 'parseActual';
    throw argumentError(
      name,
      { zh: `由 ${what}() 得到的结果`, en: `a result of ${what}()` },
      value,
    );
  }
}
