/**
 * Units of 指标值 and 实际完成值: what each unit measures, and its factor to the base unit of its
 * family, so that "万元" compares with "元" and "万人次" with "人次". Units of different families
 * (人次 and 万元, 个 and 场次) never compare. Prefixes 十/百/千/万/亿 multiply any counting unit
 * ("2万余份" is 20000 份).
 */
import { Exact, ONE, type Dec } from '../decimal.js';
import { argumentError, stringArgument } from '../errors/arguments.js';
import { memo } from './memo.js';

/**
 * A recognised unit.
 *
 * @category Self-evaluation
 */
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
    // length, area, land, volume, mass
    米: ['length', '1'],
    m: ['length', '1'],
    毫米: ['length', '0.001'],
    mm: ['length', '0.001'],
    厘米: ['length', '0.01'],
    公分: ['length', '0.01'],
    cm: ['length', '0.01'],
    公里: ['length', '1000'],
    千米: ['length', '1000'],
    km: ['length', '1000'],
    延米: ['length', '1'],
    平方米: ['area', '1'],
    m2: ['area', '1'],
    'm²': ['area', '1'],
    平米: ['area', '1'],
    平方公里: ['area', '1000000'],
    km2: ['area', '1000000'],
    'km²': ['area', '1000000'],
    亩: ['land', '1'],
    公顷: ['land', '15'],
    立方米: ['volume', '1'],
    m3: ['volume', '1'],
    'm³': ['volume', '1'],
    方: ['volume', '1'],
    升: ['volume', '0.001'],
    l: ['volume', '0.001'],
    毫升: ['volume', '0.000001'],
    ml: ['volume', '0.000001'],
    吨: ['mass', '1'],
    t: ['mass', '1'],
    千克: ['mass', '0.001'],
    公斤: ['mass', '0.001'],
    kg: ['mass', '0.001'],
    斤: ['mass', '0.0005'],
    克: ['mass', '0.000001'],
    g: ['mass', '0.000001'],
    // data sizes (binary multiples, as storage is sold and configured)
    b: ['data', '1'],
    kb: ['data', '1024'],
    mb: ['data', '1048576'],
    gb: ['data', '1073741824'],
    tb: ['data', '1099511627776'],
    pb: ['data', '1125899906842624'],
    // power, apparent power and energy
    瓦: ['power', '0.001'],
    w: ['power', '0.001'],
    千瓦: ['power', '1'],
    kw: ['power', '1'],
    兆瓦: ['power', '1000'],
    mw: ['power', '1000'],
    kva: ['apparentPower', '1'],
    千伏安: ['apparentPower', '1'],
    千瓦时: ['energy', '1'],
    kwh: ['energy', '1'],
    'kw·h': ['energy', '1'],
    度: ['energy', '1'],
    // ratios
    倍: ['times', '1'],
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
const PREFIXABLE = new Set([
  'money',
  'people',
  'personTimes',
  'land',
  'mass',
  'area',
  'volume',
  'energy',
  'power',
]);

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
 * @category Self-evaluation
 */
export function unitOf(text: string): Unit | null {
  return readUnit(stringArgument(text, 'text').trim());
}

/** Units already read (a pure function of the text; the set of units in use is small). */
const readUnit = memo((written: string): Unit | null => {
  const t = spellUnit(written);
  const key = /^[A-Za-z0-9²³·]+$/.test(t) ? t.toLowerCase() : t;
  if (BASE.has(key) || COUNTS.has(key)) return build(t, '', key);
  const m = /^([十百千万亿]{1,2})(.+)$/.exec(t);
  const known = m?.[1] && m[2] ? build(t, m[1], m[2]) : null;
  return known ?? openUnit(t);
});

/**
 * A unit as spelled for comparison: full width → half width (NFKC), 萬 → 万, no spaces, and the
 * separators of compound units (`·`, `*`, `×`, `•`, `・`) as `·`.
 *
 * @param text - a unit as written
 * @returns the unit as compared
 * @example
 * ```ts
 * spellUnit('元／人＊月'); // "元/人·月"
 * ```
 * @category Self-evaluation
 */
export function spellUnit(text: string): string {
  return stringArgument(text, 'text')
    .normalize('NFKC')
    .replace(/萬/g, '万')
    .replace(/畝/g, '亩')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[*×•・∙⋅]/g, '·');
}

/** Words that end a number's unit and start prose: "3天内完成" is no unit "天内完成". */
const NOT_UNIT =
  /完成|竣工|验收|驗收|建成|开工|实施|编制|启动|运行|以|内|前|后|底|达|覆盖|提升|提高|降低|减少|增加|增长|下降|不|及|或|和|每|约|左右|超|满|[，,。；;：:、！!？?()（）【】[\]<>=≥≤"'“”‘’%‰]/;

/**
 * A unit jixiao does not know: any short word after a number (元/人·月, 人次/年, 株/亩). It is its own
 * family, so it compares only with the same spelling.
 */
function openUnit(t: string): Unit | null {
  if (t === '' || t.length > 10 || /\d/.test(t) || NOT_UNIT.test(t)) return null;
  // 万, 余 … after a number belong to the number ("2万余", "5百万"), never start a unit.
  if (/^[零〇一二两三四五六七八九十百千万亿多余来几]/.test(t)) return null;
  // Chinese words, and / · between them ("/株" keeps a leading slash); unknown Latin letters are
  // more often a typing slip ("12x") than a unit, so they stay unknown.
  if (!/^\/?\p{Script=Han}+(?:[/·]\p{Script=Han}+)*$/u.test(t)) return null;
  return { text: t, family: `unit:${t}`, base: t, factor: '1' };
}

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
    // "5元/人" ends with 人, but 人 is not its unit: a unit follows the number itself.
    if (!/[\d.零〇一二两三四五六七八九十百千万亿多余来]$/.test(rest)) continue;
    const prefix = /[十百千万亿]{1,2}$/.exec(rest)?.[0];
    // A prefix only counts when a number precedes it ("2万份"), not in a word ("十分").
    if (prefix && /[\d.]$/.test(rest.slice(0, -prefix.length)) && unitOf(prefix + u)) {
      return [rest.slice(0, -prefix.length), prefix + u];
    }
    return [rest, u];
  }
  // Any other word after the number is a unit of its own ("12元/人·月", "3株/亩").
  const m = /^(.*?[\d.][十百千万亿]{0,2}(?:多|余|来)?)([^\d.]+)$/u.exec(text);
  if (m?.[1] !== undefined && m[2] !== undefined && (openUnit(spellUnit(m[2])) || readUnit(m[2])))
    return [m[1], m[2]];
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
