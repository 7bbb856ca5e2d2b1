/**
 * The checks every fuzzed call must pass, shared by the fuzz suites (and tested by checks.test.ts):
 *
 * - a call returns, or throws a JixiaoError (`isJixiaoError`) with well-formed issues; functions
 *   documented never to throw (readers, `safe*`, the audit) must not throw at all, and a `safe*`
 *   function returns `{ success: true, data }` or `{ success: false, error }` with such an error;
 * - no string in a result is `NaN`, `Infinity`, `-0` or a number in exponent form, and no number
 *   is NaN or infinite, unless the caller's input holds that text or number (an echo of what was
 *   given is not a computed number);
 * - scores: points in [0, weight], lost = weight − points, an inner node's points are the sum of its
 *   children's, the total is the sum of the top-level points, the grade is the band of the total;
 * - time: a call on inputs of up to 100,000 characters takes under 100 ms (a slow call is run
 *   three more times and fails only when the fastest of those is still slow; a call still ten
 *   times over the limit on its first rerun fails at once). A call's time is the smaller of its
 *   wall-clock time and the CPU time the process spent in it: time spent waiting for a core that
 *   other programs hold is not the library's, while a hang or a quadratic loop burns CPU either way.
 *
 * Failures are thrown as {@link FuzzFailure}; nothing here depends on vitest.
 */
/* eslint-disable no-control-regex -- control characters are what the output checks look for */
import {
  DISCREPANCY_CODES,
  ISSUE_CODES,
  MOF2020_SCALE,
  isJixiaoError,
  type AuditResult,
  type Dec,
  type Evaluation,
  type Issue,
  type JixiaoError,
  type ScoredNode,
  type SelfEvaluationResult,
} from '../../src/index.js';
import { dec } from '../../src/decimal.js';

/** A broken promise found by the fuzz. */
export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

/**
 * Fails the current input.
 *
 * @param message - what is wrong
 */
export function fail(message: string): never {
  throw new FuzzFailure(message);
}

/** When a call started, by the wall clock and by the CPU time of the process. */
interface Clock {
  readonly wall: number;
  readonly cpu: NodeJS.CpuUsage;
}

function startClock(): Clock {
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

/**
 * The time a call took: the smaller of the wall-clock time and the CPU time (user + system) the
 * process spent, so a loaded machine does not fail a fast call.
 *
 * @param c - when the call started
 * @returns milliseconds
 */
export function elapsedSince(c: Clock): number {
  const wall = performance.now() - c.wall;
  const used = process.cpuUsage(c.cpu);
  return Math.min(wall, (used.user + used.system) / 1000);
}

/** The most a call may take. */
export const TIME_LIMIT_MS = 100;
/** Inputs up to this many characters must be handled within {@link TIME_LIMIT_MS}. */
export const TIMED_SIZE = 100_000;

// ---------------------------------------------------------------------------------------------
// What the caller gave

/** The caller's input as text a result may echo, and its size. */
export interface Inputs {
  /** Every string, key and number of the inputs (also NFKC-normalised and without spaces). */
  readonly text: string;
  /** Characters in the inputs: string lengths, key lengths, one for any other value. */
  readonly size: number;
}

/**
 * Collects the text of a call's arguments (cycles and getters are safe: getters are not called).
 *
 * @param values - the arguments
 * @returns their text and size
 */
export function inputsOf(...values: unknown[]): Inputs {
  const parts: string[] = [];
  let size = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [...values];
  const addText = (s: string): void => {
    parts.push(s);
    size += s.length;
    const n = s.normalize('NFKC');
    const bare = n.replace(/[\s\u3000]+/g, '');
    if (n !== s) parts.push(n);
    if (bare !== n) parts.push(bare);
  };
  for (let budget = 1_000_000; stack.length > 0 && budget > 0; budget--) {
    const v = stack.pop();
    if (typeof v === 'string') addText(v);
    else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      parts.push(String(v));
      size += 1;
    } else if (typeof v === 'symbol') {
      parts.push(v.description ?? '');
      size += 1;
    } else if (v !== null && typeof v === 'object') {
      if (seen.has(v)) continue;
      seen.add(v);
      if (ArrayBuffer.isView(v)) {
        size += v.byteLength;
        // A typed array's text is its numbers joined (a Buffer's, its bytes).
        if (!(v instanceof DataView) && v.byteLength <= 100_000)
          parts.push((v as unknown as { join(s: string): string }).join(','));
        continue;
      }
      // A boxed primitive (new Number(1e-7)) is the primitive to a template string.
      if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt)
        stack.push(v.valueOf());
      for (const key of Reflect.ownKeys(v)) {
        if (typeof key === 'string') addText(key);
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (d && 'value' in d) stack.push(d.value);
      }
    } else size += 1;
  }
  return { text: parts.join('\u0000'), size };
}

// ---------------------------------------------------------------------------------------------
// Text in results

const EXPONENT = /^[-+]?\d+(?:\.\d+)?e[+-]?\d+$/i;
// Inside longer text only the form JavaScript prints (String(1e21) is "1e+21", String(1e-7) "1e-7"):
// an unsigned exponent there is a caller's text quoted with its neighbours ("≥1e999" + "00012").
const EXPONENT_IN_TEXT = /(?<![\w.])[-+]?\d+(?:\.\d+)?e[+-]\d+(?![\w.])/gi;
const NON_NUMBER = /^-?(?:NaN|Infinity)$/;
const NON_NUMBER_IN_TEXT = /(?<![A-Za-z])-?(?:NaN|Infinity)(?![A-Za-z])/g;
const NEGATIVE_ZERO = /^-0(?:\.0+)?$/;

function checkString(s: string, inputs: Inputs, at: string): void {
  // Echoed: the text, its core (a digit, the exponent's sign and first digit) or the text without
  // a sign is the caller's (their "<!--" before their "Infinity"; their path [123n, "1e999"]
  // written "123.1e999").
  const echoed = (t: string): boolean => {
    const core = /\de[+-]?\d/i.exec(t)?.[0];
    return (
      inputs.text.includes(t) ||
      (/^-?(?:NaN|Infinity)$/.test(t) && inputs.text.includes(t.replace(/^-/, ''))) ||
      (core !== undefined && inputs.text.includes(core))
    );
  };
  if ((EXPONENT.test(s) || NON_NUMBER.test(s) || NEGATIVE_ZERO.test(s)) && !echoed(s))
    fail(`${at} is ${JSON.stringify(s)}: not a plain number`);
  if (s.length < 3) return;
  for (const re of [EXPONENT_IN_TEXT, NON_NUMBER_IN_TEXT]) {
    for (const m of s.matchAll(re)) {
      if (!echoed(m[0])) {
        const from = Math.max(0, m.index - 40);
        fail(
          `${at} holds ${JSON.stringify(m[0])}, not a plain number: …${JSON.stringify(s.slice(from, m.index + m[0].length + 40))}…`,
        );
      }
    }
  }
}

/**
 * Checks every string (and number) in a value: no `NaN`, `Infinity`, `-0` or exponent form that
 * the caller did not give.
 *
 * @param value - a result, an error's issues, an output text
 * @param inputs - what the caller gave
 * @param at - the value's name, for the message
 */
export function checkText(value: unknown, inputs: Inputs, at = 'result'): void {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, at]];
  for (let budget = 2_000_000; stack.length > 0 && budget > 0; budget--) {
    const [v, where] = stack.pop() ?? [undefined, at];
    if (typeof v === 'string') checkString(v, inputs, where);
    else if (typeof v === 'number') {
      // A non-finite number the caller gave (a path of theirs echoed in an issue) is theirs.
      if (!Number.isFinite(v) && !inputs.text.includes(String(v)))
        fail(`${where} is the number ${String(v)}`);
    } else if (v !== null && typeof v === 'object') {
      if (seen.has(v) || ArrayBuffer.isView(v)) continue;
      seen.add(v);
      for (const key of Reflect.ownKeys(v)) {
        if (typeof key !== 'string') continue;
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (d && 'value' in d)
          stack.push([d.value, Array.isArray(v) ? `${where}[${key}]` : `${where}.${key}`]);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Calls

/** What a call is documented to do with bad input. */
export type Contract =
  /** Returns, or throws a JixiaoError. */
  | 'jixiao'
  /** Always returns (readers, `safe*`, the audit): any throw is a failure. */
  | 'never';

/** Options of {@link call}. */
export interface CallOptions {
  /** What the caller gave (for echoes and the input's size). */
  readonly inputs: Inputs;
  /** Default `jixiao`. */
  readonly contract?: Contract;
  /**
   * A fresh, equivalent call for timing reruns (default: the same call). Readers memoise their
   * answers, so a rerun of the same text would be answered from the cache.
   */
  readonly again?: (k: number) => unknown;
  /** A documented result that is not checked for non-numbers (`decimalPlaces()` of 1/3 is Infinity). */
  readonly documented?: (value: unknown) => boolean;
  /**
   * The most this call may take, in ms (default {@link TIME_LIMIT_MS}): a batch of many tables in one
   * call is many calls ({@link batchLimit}).
   */
  readonly limitMs?: number;
}

/** Time allowed for each table of a batch after the first: issue 11's 10,000 tables a second. */
export const PER_ITEM_MS = 0.1;

/**
 * The time limit of a call that reads a batch: {@link TIME_LIMIT_MS} for the first table and
 * {@link PER_ITEM_MS} for each further one. The limit still catches work that grows faster than the
 * batch (10,000 tables: 1.1 s, where work quadratic in the tables is 10⁸ steps).
 *
 * @param items - the tables (or unreadable items) in the batch
 * @returns milliseconds
 */
export function batchLimit(items: number): number {
  return TIME_LIMIT_MS + PER_ITEM_MS * Math.max(0, items - 1);
}

/** The outcome of a call that passed the checks. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: JixiaoError };

/**
 * Describes a thrown value with where it came from in jixiao.
 *
 * @param e - anything thrown
 * @returns its class, message and the first jixiao frames of its stack
 */
export function describeThrown(e: unknown): string {
  if (!(e instanceof Error)) return `a non-error ${typeof e}: ${String(e)}`;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => l.includes('/src/'))
    .slice(0, 4)
    .map((l) => `\n    ${l.trim().replace(/^.*\/src\//, 'at src/')}`)
    .join('');
  return `${e.name}: ${e.message.slice(0, 300)}${frames}`;
}

/**
 * Checks a thrown JixiaoError: at least one issue, each with a known code, a path and a message in
 * both languages, all free of non-numbers.
 *
 * @param e - the error
 * @param inputs - what the caller gave
 * @param label - the call, for messages
 */
export function checkJixiaoError(e: JixiaoError, inputs: Inputs, label: string): void {
  const issues: unknown = e.issues;
  if (!Array.isArray(issues) || issues.length === 0) fail(`${label}: a JixiaoError without issues`);
  (issues as unknown[]).forEach((raw, i) => {
    const issue = raw as Partial<Issue> | null;
    const at = `${label}: issues[${i}]`;
    if (!issue || typeof issue !== 'object') return fail(`${at} is not an object`);
    if (!(ISSUE_CODES as readonly unknown[]).includes(issue.code))
      fail(`${at}.code ${JSON.stringify(issue.code)} is not an issue code`);
    if (
      !Array.isArray(issue.path) ||
      !(issue.path as unknown[]).every((p) => typeof p === 'string' || typeof p === 'number')
    )
      fail(`${at}.path is not a list of keys and indexes`);
    const m = issue.message as Partial<Record<'zh' | 'en', unknown>> | undefined;
    if (typeof m?.zh !== 'string' || m.zh === '' || typeof m.en !== 'string' || m.en === '')
      fail(`${at}.message lacks zh or en text`);
  });
  checkText(issues, inputs, `${label}: issues`);
}

/**
 * Checks what a `safe…` function returned: `{ success: true, data }`, or `{ success: false, error }`
 * with a well-formed JixiaoError (see {@link checkJixiaoError}), and nothing else.
 *
 * @param value - the result
 * @param inputs - what the caller gave
 * @param label - the call, for messages
 */
export function checkSafeResult(value: unknown, inputs: Inputs, label: string): void {
  const r = value as Partial<Record<'success' | 'data' | 'error', unknown>> | null;
  if (r === null || typeof r !== 'object') return fail(`${label} returned no result object`);
  const keys = Object.keys(r).sort().join(',');
  if (r.success === true) {
    if (keys !== 'data,success') fail(`${label} succeeded with the keys ${keys}`);
    return;
  }
  if (r.success !== false || keys !== 'error,success')
    return fail(`${label} returned neither { success: true, data } nor { success: false, error }`);
  if (!isJixiaoError(r.error)) return fail(`${label} failed with ${describeThrown(r.error)}`);
  checkJixiaoError(r.error, inputs, label);
}

function checkOutcome(label: string, thrown: boolean, e: unknown, o: CallOptions): void {
  if (!thrown) return;
  if ((o.contract ?? 'jixiao') === 'never')
    fail(`${label} is documented never to throw, but threw ${describeThrown(e)}`);
  if (!isJixiaoError(e)) fail(`${label} threw ${describeThrown(e)}`);
  checkJixiaoError(e, o.inputs, label);
}

/**
 * Whether the reruns so far settle it: one was fast (it passes), or the first rerun was still ten
 * times over the limit (no accident of the collector; more reruns would only slow shrinking).
 */
function settledSlow(fastest: number, k: number, limit: number): boolean {
  return fastest < limit || (k === 2 && fastest >= 10 * limit);
}

function checkTime(
  label: string,
  first: number,
  fastest: number,
  size: number,
  limit: number,
): void {
  if (fastest >= limit) {
    fail(
      `${label} took ${first.toFixed(0)} ms, and at best ${fastest.toFixed(0)} ms when run again, on an input of ${size} characters (limit ${limit.toFixed(0)} ms)`,
    );
  }
}

/**
 * Calls `fn` and checks it: its contract on errors, the text of its result, and its time.
 *
 * @param label - the call, for messages
 * @param fn - the call
 * @param o - inputs, contract and the rerun for timing
 * @returns the value, or the JixiaoError it threw
 */
export function call<T>(label: string, fn: () => T, o: CallOptions): Settled<T> {
  let value: T | undefined;
  let error: unknown;
  let thrown = false;
  const t0 = startClock();
  try {
    value = fn();
  } catch (e) {
    thrown = true;
    error = e;
  }
  const ms = elapsedSince(t0);
  checkOutcome(label, thrown, error, o);
  const limit = o.limitMs ?? TIME_LIMIT_MS;
  if (ms >= limit && o.inputs.size <= TIMED_SIZE) {
    let fastest = Infinity;
    for (let k = 1; k <= 3 && !settledSlow(fastest, k, limit); k++) {
      const again = o.again ? () => o.again?.(k) : fn;
      const t = startClock();
      try {
        again();
      } catch {
        // the first call's outcome is what counts
      }
      fastest = Math.min(fastest, elapsedSince(t));
    }
    checkTime(label, ms, fastest, o.inputs.size, limit);
  }
  if (thrown) return { ok: false, error: error as JixiaoError };
  if (!o.documented?.(value)) checkText(value, o.inputs, label);
  return { ok: true, value: value as T };
}

/**
 * {@link call} for a call that returns a promise (the command line).
 *
 * @param label - the call, for messages
 * @param fn - the call
 * @param o - inputs, contract and the rerun for timing
 * @returns the value, or the JixiaoError it threw
 */
export async function callAsync<T>(
  label: string,
  fn: () => Promise<T>,
  o: CallOptions,
): Promise<Settled<T>> {
  let value: T | undefined;
  let error: unknown;
  let thrown = false;
  const t0 = startClock();
  try {
    value = await fn();
  } catch (e) {
    thrown = true;
    error = e;
  }
  const ms = elapsedSince(t0);
  checkOutcome(label, thrown, error, o);
  const limit = o.limitMs ?? TIME_LIMIT_MS;
  if (ms >= limit && o.inputs.size <= TIMED_SIZE) {
    let fastest = Infinity;
    for (let k = 1; k <= 3 && !settledSlow(fastest, k, limit); k++) {
      const t = startClock();
      try {
        await (o.again ? o.again(k) : fn());
      } catch {
        // the first call's outcome is what counts
      }
      fastest = Math.min(fastest, elapsedSince(t));
    }
    checkTime(label, ms, fastest, o.inputs.size, limit);
  }
  if (thrown) return { ok: false, error: error as JixiaoError };
  if (!o.documented?.(value)) checkText(value, o.inputs, label);
  return { ok: true, value: value as T };
}

// ---------------------------------------------------------------------------------------------
// Scores

/** A grade scale as results state it. */
export interface ScaleInfo {
  readonly bands: readonly {
    readonly label: { readonly zh: string };
    readonly min: string;
    readonly minInclusive: boolean;
  }[];
}

/**
 * The band a total falls in, computed here (not by jixiao): the first band from the top whose lower
 * bound is below the total, or equal to it and inclusive.
 *
 * @param scale - the scale
 * @param total - the total
 * @returns the band's Chinese label, or `null` when no band holds the total
 */
export function bandOf(scale: ScaleInfo, total: Dec): string | null {
  for (const b of scale.bands) {
    const c = total.cmp(b.min);
    if (c > 0 || (c === 0 && b.minInclusive)) return b.label.zh;
  }
  return null;
}

/**
 * A scale as written in an input (`"mof2020"`, a scale object, or nothing) in the form results use.
 *
 * @param input - the scale as written
 * @returns its bands
 */
export function scaleOf(input: unknown): ScaleInfo {
  const s = (input === undefined || input === 'mof2020' ? MOF2020_SCALE : input) as {
    bands: { label: string | { zh: string }; min: number | string; minInclusive?: boolean }[];
  };
  return {
    bands: s.bands.map((b) => ({
      label: { zh: typeof b.label === 'string' ? b.label : b.label.zh },
      min: String(b.min),
      minInclusive: b.minInclusive ?? true,
    })),
  };
}

const shapeOf = (places: number): RegExp =>
  places === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${places}}$`);

/** Half a unit in the fourth place: the most a shown rate may differ from points ÷ weight. */
const RATE_SLACK = dec('0.00005');

/**
 * Checks an evaluation: number formats, points in [0, weight], lost = weight − points, inner points
 * the sum of their children's, the total the sum of the top-level points and at most the maximum,
 * the grade the band of the total on the result's scale, findings matching their nodes.
 *
 * @param e - the evaluation
 * @param where - its name, for messages
 */
export function checkEvaluation(e: Evaluation, where = 'evaluation'): void {
  const places = e.policies.rounding.places;
  const shape = shapeOf(places);
  const num = (s: unknown, at: string): Dec => {
    if (typeof s !== 'string' || !shape.test(s))
      fail(`${where}.${at} is ${JSON.stringify(s)}, not a decimal with ${places} places`);
    return dec(s);
  };
  const total = num(e.total, 'total');
  const max = num(e.max, 'max');
  const nodes = new Map<string, ScoredNode>();
  const visit = (n: ScoredNode, at: string): Dec => {
    nodes.set(n.id, n);
    const w = num(n.weight, `${at}.weight`);
    const p = num(n.points, `${at}.points`);
    const lost = num(n.lost, `${at}.lost`);
    if (p.isNeg() || p.gt(w))
      fail(`${where}.${at} (${n.id}): points ${n.points} outside [0, ${n.weight}]`);
    if (!lost.eq(w.minus(p)))
      fail(`${where}.${at} (${n.id}): lost ${n.lost} ≠ weight ${n.weight} − points ${n.points}`);
    if (n.children.length > 0) {
      const sum = n.children.reduce((s, c, i) => s.plus(visit(c, `${at}.children[${i}]`)), dec(0));
      if (!sum.eq(p))
        fail(
          `${where}.${at} (${n.id}): points ${n.points} ≠ the sum of its children's, ${sum.toString()}`,
        );
    }
    if (w.isZero()) {
      if (n.rate !== null) fail(`${where}.${at} (${n.id}): rate ${n.rate} on a zero weight`);
    } else if (
      typeof n.rate !== 'string' ||
      !/^\d\.\d{4}$/.test(n.rate) ||
      dec(n.rate).minus(p.div(w)).abs().gt(RATE_SLACK)
    ) {
      fail(`${where}.${at} (${n.id}): rate ${String(n.rate)} is not points ÷ weight`);
    }
    return p;
  };
  const sum = e.tree.reduce((s, n, i) => s.plus(visit(n, `tree[${i}]`)), dec(0));
  if (!sum.eq(total))
    fail(`${where}.total ${e.total} ≠ the sum of the top-level points, ${sum.toString()}`);
  if (total.gt(max)) fail(`${where}.total ${e.total} is above the maximum ${e.max}`);
  const band = bandOf(e.policies.scale, total);
  if (band !== e.grade)
    fail(`${where}.grade is ${e.grade}, but the total ${e.total} is in band ${String(band)}`);
  if (e.gradeLabel.zh !== e.grade)
    fail(`${where}.gradeLabel.zh ${e.gradeLabel.zh} ≠ grade ${e.grade}`);
  e.findings.forEach((f, i) => {
    const n = nodes.get(f.indicatorId);
    if (!n) return fail(`${where}.findings[${i}] names an unknown indicator ${f.indicatorId}`);
    if (f.points !== n.points || f.lost !== n.lost || f.weight !== n.weight)
      fail(
        `${where}.findings[${i}] (${f.indicatorId}) shows ${f.points} / ${f.weight}, lost ${f.lost}; the tree ${n.points} / ${n.weight}, lost ${n.lost}`,
      );
  });
}

/**
 * Checks a self-evaluation result: the engine evaluation, and the budget block and rows as shown
 * agree with it; each row's points within its weight as written; the total is the budget's points
 * plus the rows' points; the grade is the band of the total.
 *
 * @param r - the result
 * @param where - its name, for messages
 */
export function checkSelfEvaluation(r: SelfEvaluationResult, where = 'self'): void {
  const e = r.evaluation;
  checkEvaluation(e, `${where}.evaluation`);
  if (r.total !== e.total) fail(`${where}.total ${r.total} ≠ evaluation.total ${e.total}`);
  if (r.grade !== e.grade) fail(`${where}.grade ${r.grade} ≠ evaluation.grade ${e.grade}`);
  const nodes = new Map<string, ScoredNode>();
  const index = (n: ScoredNode): void => {
    nodes.set(n.id, n);
    n.children.forEach(index);
  };
  e.tree.forEach(index);
  const budget = nodes.get('budget');
  // A department table has no budget block; the tree then has none either.
  if (!r.budget) {
    if (budget) fail(`${where}.budget is null, but the tree has a budget node`);
  } else {
    if (budget?.points !== r.budget.points || budget.weight !== r.budget.weight)
      fail(`${where}.budget shows ${r.budget.points} / ${r.budget.weight}, the tree does not`);
    const bpts = dec(r.budget.points);
    if (bpts.isNeg() || bpts.gt(r.budget.weight))
      fail(`${where}.budget.points ${r.budget.points} outside [0, ${r.budget.weight}]`);
    if (!/^\d+\.\d{4}$/.test(r.budget.rate) || !/^\d+\.\d{2}%$/.test(r.budget.ratePercent))
      fail(`${where}.budget.rate ${r.budget.rate} / ${r.budget.ratePercent} is not a plain rate`);
  }
  const bp = r.budget ? dec(r.budget.points) : dec(0);
  let sum = bp;
  r.rows.forEach((row, k) => {
    const n = nodes.get(`row-${k}`);
    if (n?.points !== row.points || n.lost !== row.lost)
      fail(`${where}.rows[${k}] shows ${row.points} (lost ${row.lost}), the tree does not`);
    const p = dec(row.points);
    if (p.isNeg() || p.gt(dec(row.weight)))
      fail(`${where}.rows[${k}].points ${row.points} outside [0, ${String(row.weight)}]`);
    sum = sum.plus(p);
  });
  if (!sum.eq(r.total))
    fail(`${where}.total ${r.total} ≠ budget + rows as shown, ${sum.toString()}`);
  const band = bandOf(e.policies.scale, dec(r.total));
  if (band !== r.grade)
    fail(`${where}.grade is ${r.grade}, but the total ${r.total} is in band ${String(band)}`);
}

const SEVERITIES = ['grade', 'points', 'info'];

/**
 * Checks an audit result: well-formed discrepancies; rule-based points within the weights; the
 * rule-based total the sum of the rule-based parts; the rule-based grade the band of that total on
 * the table's scale.
 *
 * @param r - the review
 * @param table - the table reviewed (its weights and scale)
 * @param options - the options given (their scale)
 * @param where - its name, for messages
 */
export function checkAudit(
  r: AuditResult,
  table: unknown,
  options: unknown,
  where = 'audit',
): void {
  r.discrepancies.forEach((d, i) => {
    if (!DISCREPANCY_CODES.includes(d.code) || !SEVERITIES.includes(d.severity))
      fail(`${where}.discrepancies[${i}]: code ${d.code}, severity ${d.severity}`);
    if (typeof d.message.zh !== 'string' || typeof d.message.en !== 'string')
      fail(`${where}.discrepancies[${i}] lacks a message`);
  });
  if (!r.readable) {
    if (r.expected.total !== null || r.expected.grade !== null)
      fail(`${where}: an unreadable table with an expected total or grade`);
    return;
  }
  const t = table as {
    budget: { weight?: number | string };
    rows: { weight: number | string }[];
    scale?: unknown;
  };
  const o = (options ?? {}) as { scale?: unknown };
  const part = (s: string | null, weight: number | string, at: string): Dec | null => {
    if (s === null) return null;
    if (!/^\d+(\.\d+)?$/.test(s)) fail(`${where}.${at} is ${JSON.stringify(s)}`);
    const p = dec(s);
    if (p.gt(dec(weight))) fail(`${where}.${at} ${s} is above the weight ${String(weight)}`);
    return p;
  };
  const budget = part(r.expected.budget, t.budget.weight ?? 10, 'expected.budget');
  const rows = r.expected.rows.map((s, k) =>
    part(s, t.rows[k]?.weight ?? 0, `expected.rows[${k}]`),
  );
  if (r.expected.total !== null) {
    if (budget === null || rows.some((x) => x === null))
      fail(`${where}.expected.total ${r.expected.total} without every part known`);
    const sum = rows.reduce<Dec>((s, x) => s.plus(x ?? 0), budget);
    // The total has the places its parts have (the rounding option; 2 by default).
    const places = (r.expected.budget ?? '').split('.')[1]?.length ?? 0;
    const shape = new RegExp(places === 0 ? '^\\d+$' : `^\\d+\\.\\d{${String(places)}}$`);
    if (!shape.test(r.expected.total) || !sum.eq(r.expected.total))
      fail(
        `${where}.expected.total ${r.expected.total} ≠ the sum of the expected parts, ${sum.toString()}`,
      );
    if (r.expected.grade !== null) {
      const band = bandOf(scaleOf(o.scale ?? t.scale), dec(r.expected.total));
      if (band !== r.expected.grade)
        fail(
          `${where}.expected.grade ${r.expected.grade}, but ${r.expected.total} is in band ${String(band)}`,
        );
    }
  } else if (r.expected.grade !== null) {
    fail(`${where}.expected.grade ${r.expected.grade} without an expected total`);
  }
}

// ---------------------------------------------------------------------------------------------
// Output text

/**
 * What must not reach a terminal (docs/errors.md, "output safety"): controls but tab and line feed,
 * DEL and C1 (so no escape sequence), the Arabic letter mark and the bidirectional controls.
 */

const TERMINAL_UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Checks text meant for a terminal: no escape sequences or control characters but tab and line feed.
 *
 * @param text - the text
 * @param where - its name, for messages
 */
export function checkTerminalText(text: string, where: string): void {
  const m = TERMINAL_UNSAFE.exec(text);
  if (m) {
    const code = `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    fail(
      `${where} holds the control character ${code}: …${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 30))}…`,
    );
  }
}

/**
 * Splits CSV text into records (RFC 4180), written here so the check does not trust jixiao's reader.
 *
 * @param text - CSV text
 * @returns the records
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\ufeff') ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text.charAt(i + 1) === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (quoted) fail('the CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

/**
 * Checks CSV output: CRLF records of `fields` fields each, and no cell a spreadsheet would run as a
 * formula (docs/errors.md: "CSV 单元格不会以公式开头").
 *
 * @param text - the CSV
 * @param fields - fields per record
 * @param where - its name, for messages
 */
export function checkCsvText(text: string, fields: number, where: string): void {
  parseCsv(text).forEach((r, i) => {
    if (r.length !== fields)
      fail(
        `${where}: record ${i + 1} has ${r.length} fields, not ${fields}: ${JSON.stringify(r).slice(0, 200)}`,
      );
    for (const f of r) {
      if (FORMULA.test(f) && !PLAIN_NUMBER.test(f))
        fail(
          `${where}: record ${i + 1} has a cell a spreadsheet runs as a formula: ${JSON.stringify(f.slice(0, 80))}`,
        );
    }
  });
}

/**
 * Checks Markdown output: no carriage return or other line break than LF, no raw HTML (`<`), and
 * every table row keeps its columns (unescaped pipes).
 *
 * @param text - the Markdown
 * @param where - its name, for messages
 */
export function checkMarkdownText(text: string, where: string): void {
  const bad = /[\r\u000b\u000c\u0085\u2028\u2029<]/.exec(text);
  if (bad)
    fail(
      `${where} holds ${JSON.stringify(bad[0])}: …${JSON.stringify(text.slice(Math.max(0, bad.index - 40), bad.index + 40))}…`,
    );
  checkTerminalText(text.replace(/\t/g, ' '), where);
  let columns: number | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      columns = null;
      continue;
    }
    // A pipe is a column border unless an odd number of backslashes escape it.
    const pipes = [...line.matchAll(/(?<!\\)(?:\\\\)*\|/g)].length;
    columns ??= pipes;
    if (pipes !== columns)
      fail(
        `${where}: a table row has ${pipes - 1} columns, the table ${columns - 1}: ${JSON.stringify(line.slice(0, 200))}`,
      );
  }
}

/** The elements jixiao's HTML pages use; any other tag came from a caller's text. */
const HTML_TAGS = new Set(
  'html head meta title style body h1 h2 div span small svg text rect table colgroup col thead tbody tr th td ol ul li b p code'.split(
    ' ',
  ),
);

/**
 * Checks HTML output: only jixiao's own elements, no comment or CDATA, no character HTML forbids.
 *
 * @param text - the HTML
 * @param where - its name, for messages
 */
export function checkHtmlText(text: string, where: string): void {
  for (const m of text.matchAll(/<(\/?)([^\s>/]*)/g)) {
    const tag = (m[2] ?? '').toLowerCase();
    if (tag === '!doctype' && m.index === 0) continue;
    if (!HTML_TAGS.has(tag))
      fail(
        `${where} holds the markup <${m[1] ?? ''}${m[2] ?? ''}: …${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 60))}…`,
      );
  }

  const bad =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
      text,
    );
  if (bad)
    fail(
      `${where} holds U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}, which HTML forbids`,
    );
}

/**
 * Checks JSON output: it parses, and holds no raw character a terminal acts on.
 *
 * @param text - one JSON document (or one NDJSON line)
 * @param where - its name, for messages
 * @returns the parsed value
 */
export function checkJsonText(text: string, where: string): unknown {
  const bad =
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.exec(
      text.replace(/\n/g, ''),
    );
  if (bad)
    fail(
      `${where} holds a raw U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return fail(`${where} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
