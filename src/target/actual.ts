/**
 * `readActual` and `parseActual`: 实际完成值 as real 自评表 write them. A number, with or without
 * a unit and approximation marks, is a quantity; words are a qualitative result, with the tier
 * they state when they state one.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue, type Path } from '../errors/issue.js';
import { safely, type SafeResult } from '../errors/safe.js';
import { actualArgument, asFailure, numberText, pathArgument } from './args.js';
import { readDate } from './dates.js';
import { memo } from './memo.js';
import {
  failure,
  leadingOp,
  normalise,
  quantity,
  trailingOp,
  undecorate,
  whyNotQuantity,
  type Approx,
} from './read.js';
import type { ParsedActual, Read, Tier } from './types.js';

const TIERS: [Tier, RegExp][] = [
  [
    'unachieved',
    /^(未达成年度指标且效果较差|未达成年度指标|未达成|未达到|未完成|没有完成|否|不合规|不合格|不及时|效果较差|无效果)$/,
  ],
  [
    'partial',
    /^(部分达成年度指标并具有一定效果|部分达成年度指标|部分达成|部分完成|基本达成|基本完成|基本达到|基本实现|效果一般|一定效果)$/,
  ],
  [
    'achieved',
    /^(达成年度指标|达成预期指标|达成预期目标|达成预期|达成目标|达成|达到预期|达到|已达成|全部达成|完成|已完成|全部完成|按期完成|按时完成|如期完成|实现|已实现|是|符合|符合规定|合规|合格|及时|效果明显|效果显著|显著|良好|有效|已落实|落实到位)$/,
  ],
];

/**
 * Reads a 实际完成值 without throwing. A number is read as its exact value written out (`1e21` as
 * 1000000000000000000000). An argument of the wrong type (`null`, an object, `NaN`) is answered
 * with a failure too, never an exception.
 *
 * @param raw - the text as written, or a finite number
 * @returns the actual, or a failure
 * @example
 * ```ts
 * readActual('4.5万人次'); // { ok: true, value: { kind: 'quantitative', value: '4.5', unit: { text: '万人次', … } } }
 * readActual('达成预期指标'); // { ok: true, value: { kind: 'qualitative', tier: 'achieved', … } }
 * ```
 */
export function readActual(raw: string | number): Read<ParsedActual> {
  const wrong = actualArgument(raw, 'raw');
  if (wrong) return { ok: false, failure: asFailure(wrong) };
  return readActualMemo(raw);
}

/** Actuals already read (pure, recurring; a number and its text are distinct keys of a Map). */
const readActualMemo = memo((raw: string | number) =>
  readActualText(typeof raw === 'number' ? numberText(raw) : raw),
);

function readActualText(raw: string): Read<ParsedActual> {
  const original = raw.trim();
  const text = normalise(raw);
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
  const date = readDate(text, original);
  if (date) return { ok: true, value: date };
  // Decorations around the number: "已完成100%", "覆盖率100%".
  const plainer = undecorate(afterPre);
  const dq = plainer ? quantity(plainer[1]) : null;
  if (plainer && dq) {
    const bound = pre ?? plainer[0];
    const approx: Approx | null =
      bound === '>=' || bound === '>'
        ? 'more'
        : bound === '<=' || bound === '<'
          ? 'less'
          : dq.approx;
    return { ok: true, value: { kind: 'quantitative', ...dq, approx, text: original } };
  }
  // A comparator in front, or a leading digit, means a quantity was meant. Prose that merely
  // mentions a number ("满意率达95%以上") stays text: a quantitative target then rejects it.
  if (pre || /^[\d.,-]/.test(body)) {
    return { ok: false, failure: failure('actual', original, whyNotQuantity(body) ?? undefined) };
  }
  const tier = TIERS.find(([, re]) => re.test(text))?.[0] ?? null;
  return { ok: true, value: { kind: 'qualitative', tier, text: original } };
}

/**
 * Parses a 实际完成值 as real tables write it.
 *
 * @param text - e.g. `"47场次"`, `"2万余份"`, `"95%以上"`, `"达成年度指标"`, or a finite number
 * @param at - path of the cell, for the error
 * @returns the parsed actual
 * @throws {@link JixiaoError} `actual_unparseable` quoting the text; `invalid_input` for an argument
 * that is neither text nor a finite number, or a path that is not an array
 * @example
 * ```ts
 * parseActual('30多场次'); // { kind: 'quantitative', value: '30', approx: 'more', unit: { text: '场次', … }, … }
 * ```
 * @category Self-evaluation
 */
export function parseActual(text: string | number, at: Path = []): ParsedActual {
  const wrong = actualArgument(text, 'text');
  if (wrong) throw wrong;
  const path = pathArgument(at);
  const r = readActualMemo(text);
  if (r.ok) return r.value;
  throw new JixiaoError([makeIssue('actual_unparseable', path, r.failure)]);
}

/**
 * Parses a 实际完成值 without throwing: {@link parseActual}'s value, or the `JixiaoError` it would throw.
 *
 * @param text - the text as written, or a finite number
 * @param at - path of the cell, for the error
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeParseActual('2万余份');
 * if (r.success) r.data.kind; // "quantitative"
 * ```
 * @category Self-evaluation
 */
export function safeParseActual(text: string | number, at: Path = []): SafeResult<ParsedActual> {
  return safely(() => parseActual(text, at));
}
