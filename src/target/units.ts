/**
 * Units of 指标值 and 实际完成值: what each unit measures, and its factor to the base unit of its
 * family, so that "万元" compares with "元" and "万人次" with "人次". Units of different families
 * (人次 and 万元, 个 and 场次) never compare. Prefixes 十/百/千/万/亿 multiply any counting unit
 * ("2万余份" is 20000 份).
 */
import { Exact, ONE, type Dec } from '../decimal.js';
import { argumentError, stringArgument } from '../errors/arguments.js';
import { memo } from './memo.js';

/** A recognised unit. */
export interface Unit {
  /** The unit as written, normalised (e.g. `"万元"`). */
  readonly text: string;
  /** The family it belongs to; only units of one family compare. */
  readonly family: string;
  /** The base unit of the family (e.g. `"元"`). */
  readonly base: string;
  /** Factor to the base unit, as a decimal string (万元 → `"10000"`). */
  readonly factor: string;
}

/**
 * Base units: text → [family, factor to the family's base]. Every table keyed by text a user wrote
 * is a Map: a plain object would answer "toString" or "__proto__" with what it inherits.
 */
const BASE = new Map<string, readonly [string, string]>(
  Object.entries({
    // money
    元: ['money', '1'],
    // percentages
    '%': ['percent', '1'],
    百分比: ['percent', '1'],
    '‰': ['percent', '0.1'],
    个百分点: ['percentPoint', '1'],
    百分点: ['percentPoint', '1'],
    // people and person-times are different things
    人: ['people', '1'],
    名: ['people', '1'],
    位: ['people', '1'],
    人次: ['personTimes', '1'],
    // length, area, land, mass
    米: ['length', '1'],
    m: ['length', '1'],
    公里: ['length', '1000'],
    千米: ['length', '1000'],
    km: ['length', '1000'],
    平方米: ['area', '1'],
    m2: ['area', '1'],
    'm²': ['area', '1'],
    平方公里: ['area', '1000000'],
    亩: ['land', '1'],
    公顷: ['land', '15'],
    吨: ['mass', '1'],
    千克: ['mass', '0.001'],
    公斤: ['mass', '0.001'],
    // time: months and years convert exactly; days, hours and minutes stand alone
    个月: ['month', '1'],
    月: ['month', '1'],
    季度: ['month', '3'],
    年: ['month', '12'],
    天: ['day', '1'],
    日: ['day', '1'],
    工作日: ['workday', '1'],
    个工作日: ['workday', '1'],
    小时: ['hour', '1'],
    个小时: ['hour', '1'],
    分钟: ['minute', '1'],
  } satisfies Record<string, readonly [string, string]>),
);

/** Counting units: each is its own family (个 and 场次 do not compare); synonyms share one. */
const COUNTS = new Map<string, string>(
  Object.entries({
    个: '个',
    场次: '场次',
    场: '场次',
    次: '次',
    份: '份',
    块: '块',
    户: '户',
    家: '家',
    处: '处',
    项: '项',
    台: '台',
    套: '套',
    件: '件',
    所: '所',
    条: '条',
    期: '期',
    篇: '篇',
    本: '册',
    册: '册',
    辆: '辆',
    座: '座',
    间: '间',
    株: '株',
    棵: '株',
    头: '头',
    只: '只',
    批: '批',
    张: '张',
    课时: '课时',
    节: '节',
    宗: '宗',
    起: '起',
    例: '例',
    支: '支',
    队: '队',
    篇次: '篇次',
    人天: '人天',
  } satisfies Record<string, string>),
);

const PREFIX = new Map([
  ['十', '10'],
  ['百', '100'],
  ['千', '1000'],
  ['万', '10000'],
  ['亿', '100000000'],
]);

/** Every unit text, longest first (for matching at the end of a string). */
const ALL = [...BASE.keys(), ...COUNTS.keys()].sort((a, b) => b.length - a.length);

/** The base unit of each family (the unit with factor 1). */
const ROOT = new Map<string, string>();
for (const [text, [family, factor]] of BASE)
  if (factor === '1' && !ROOT.has(family)) ROOT.set(family, text);
const PREFIXABLE = new Set(['money', 'people', 'personTimes', 'land', 'mass', 'area']);

function build(text: string, prefix: string, core: string): Unit | null {
  const mult = Array.from(prefix).reduce((m, p) => m.times(PREFIX.get(p) ?? '1'), ONE);
  const base = BASE.get(core);
  if (base) {
    // 万% or 千天 make no sense: prefixes apply to money, people, counts, land, mass and area only.
    if (prefix !== '' && !PREFIXABLE.has(base[0])) return null;
    return {
      text,
      family: base[0],
      base: ROOT.get(base[0]) ?? core,
      factor: mult.times(base[1]).toString(),
    };
  }
  const count = COUNTS.get(core);
  if (count) return { text, family: `count:${count}`, base: count, factor: mult.toString() };
  return null;
}

/**
 * Reads a unit, with an optional 十/百/千/万/亿 prefix.
 *
 * @param text - the unit as written (already NFKC-normalised), e.g. `"万元"`, `"万人次"`, `"%"`
 * @returns the unit, or `null` when it is not one jixiao knows
 * @example
 * ```ts
 * unitOf('万元'); // { text: '万元', family: 'money', base: '元', factor: '10000' }
 * unitOf('万人次')?.family; // "personTimes"
 * ```
 */
export function unitOf(text: string): Unit | null {
  return readUnit(stringArgument(text, 'text').trim());
}

/** Units already read (a pure function of the text; the set of units in use is small). */
const readUnit = memo((t: string): Unit | null => {
  if (BASE.has(t) || COUNTS.has(t)) return build(t, '', t);
  const m = /^([十百千万亿]{1,2})(.+)$/.exec(t);
  return m?.[1] && m[2] ? build(t, m[1], m[2]) : null;
});

/**
 * Splits a trailing unit off a string: `"47场次"` → `["47", "场次"]`.
 *
 * @param text - text ending in a unit, or not
 * @returns the rest and the unit text (`""` when none is recognised)
 * @example
 * ```ts
 * splitUnit('4.5万人次'); // ["4.5", "万人次"]
 * ```
 */
export function splitUnit(text: string): [string, string] {
  stringArgument(text, 'text');
  for (const u of ALL) {
    if (!text.endsWith(u)) continue;
    const rest = text.slice(0, -u.length);
    const prefix = /[十百千万亿]{1,2}$/.exec(rest)?.[0];
    // A prefix only counts when a number precedes it ("2万份"), not in a word ("十分").
    if (prefix && /[\d.]$/.test(rest.slice(0, -prefix.length)) && unitOf(prefix + u)) {
      return [rest.slice(0, -prefix.length), prefix + u];
    }
    return [rest, u];
  }
  return [text, ''];
}

/**
 * Converts a value from one unit to another of the same family.
 *
 * @param value - the value in `from`
 * @param from - its unit
 * @param to - the wanted unit
 * @returns the value in `to`
 * @example
 * ```ts
 * convert(dec('1.2'), unitOf('万元')!, unitOf('元')!).toString(); // "12000"
 * ```
 */
export function convert(value: Dec, from: Unit, to: Unit): Dec {
  if (!(value instanceof Exact))
    throw argumentError(
      'value',
      { zh: '由 dec() 得到的精确数值', en: 'an exact value made by dec()' },
      value,
    );
  unitArgument(from, 'from');
  unitArgument(to, 'to');
  if (from.factor === to.factor) return value;
  return value.times(from.factor).div(to.factor);
}

function unitArgument(unit: unknown, name: string): void {
  const factor = (unit as { factor?: unknown } | null)?.factor;
  // Factors are plain decimal strings made by build(); anything else did not come from unitOf.
  if (typeof factor !== 'string' || !/^\d+(?:\.\d+)?$/.test(factor))
    throw argumentError(
      name,
      { zh: '由 unitOf() 得到的单位', en: 'a unit made by unitOf()' },
      unit,
    );
}
