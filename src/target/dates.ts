/**
 * Dates and deadlines (时效指标): targets such as "2023年12月底前完成", "9月前", "12月31日前",
 * "当年完成"; actuals such as "2023年12月31日", "2023年11月", "2023年底", "已于10月完成". A month
 * deadline ("9月前", "9月底前") allows the whole month: jixiao reads "9月前" as "by September", the
 * lenient reading, since tables use both senses and a point lost on a reading is worse than a flag.
 * A year not written is the table's (or the other cell's); see `compareDates`.
 */
import type { ParsedActual, ParsedTarget } from './types.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day of a month (February: 29 in a leap year or when the year is unknown).
 *
 * @param year - the year, or `null`
 * @param month - the month (1–12)
 * @returns the day
 * @example
 * ```ts
 * lastDay(2023, 2); // 28
 * ```
 */
export function lastDay(year: number | null, month: number): number {
  if (month === 2 && year !== null)
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS[month - 1] ?? 31;
}

const valid = (year: number | null, month: number, day: number | null): boolean =>
  month >= 1 &&
  month <= 12 &&
  (year === null || (year >= 1900 && year <= 2200)) &&
  (day === null || (day >= 1 && day <= lastDay(year, month)));

/** Words that say a thing was done, after its date: "完成", "编制完成", "竣工验收", "到账". */
const DONE =
  /[^\d年月日号底末前内.\-/]{0,4}?(?:完成|完工|竣工|办结|落实|到位|到账|拨付|发放|兑付|验收|交付|上线|投入使用)(?:任务|工作|建设)?$/;
/**
 * The text without the punctuation it ends with ("2023年底前。"). A loop from the end, not
 * /[。，…]+$/: that regex retries from every mark of a long run, quadratic in its length.
 */
function withoutEndPunctuation(t: string): string {
  let end = t.length;
  while (end > 0 && '。．.；;，,、!！'.includes(t.charAt(end - 1))) end -= 1;
  return t.slice(0, end);
}

/** A date in text: [year, month, day] (day `null` for a month), or `null`. */
function dateIn(t: string): [number | null, number, number | null] | null {
  let m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?$/.exec(t);
  if (m?.[2]) return [m[1] ? Number(m[1]) : null, Number(m[2]), m[3] ? Number(m[3]) : null];
  m = /^(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?$/.exec(t);
  if (m?.[1] && m[2]) return [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  m = /^(?:(\d{4})年)?(?:年底|年末|年终|当年|本年|年内|年度内|全年)$/.exec(t);
  if (m) return [m[1] ? Number(m[1]) : null, 12, 31];
  m = /^(\d{4})年(?:年底|年末|底|全年|内|度内|度)?$/.exec(t);
  if (m?.[1]) return [Number(m[1]), 12, 31];
  return null;
}

/** The end of a period ("2023.07-2024.01", "1-12月", "202001-202012"), or `null`. */
function periodEnd(t: string): [number | null, number, number | null] | null {
  const months = /^(\d{1,2})(?:--|-|~|～|—|–|至|到)(\d{1,2})月$/.exec(t);
  if (months?.[1] && months[2] && Number(months[1]) <= Number(months[2]))
    return [null, Number(months[2]), null];
  const compact = /^(\d{4})(\d{2})(?:--|-|~|～|—|–|至|到)(\d{4})(\d{2})$/.exec(t);
  if (compact?.[3] && compact[4]) return [Number(compact[3]), Number(compact[4]), null];
  const period = /^(.+?)(?:--|-|~|～|—|–|至|到)(.+)$/.exec(t);
  return period?.[1] && period[2] && dateIn(period[1]) ? dateIn(period[2]) : null;
}

/**
 * Reads a deadline target from normalised text.
 *
 * @param text - normalised text
 * @param original - the text as written
 * @returns the deadline (the last day allowed), or `null` when the text is not one
 * @example
 * ```ts
 * readDeadline('2023年12月底前完成', '2023年12月底前完成'); // { kind: 'deadline', year: 2023, month: 12, day: 31, … }
 * ```
 */
export function readDeadline(text: string, original: string): ParsedTarget | null {
  const body = withoutEndPunctuation(text)
    .replace(/^(?:完成时间|完工时间|时间)(?:为|是|:)?/, '')
    .replace(/^(?:在|于|须在|需在|应在|确保|计划)/, '')
    .replace(DONE, '')
    .replace(/(?:之前|以前|前)$/, '')
    .replace(/(?:底|末)$/, (s, off: number, all: string) =>
      all.slice(0, off).endsWith('月') ? '' : s,
    );
  // A period ("2023.07-2024.01", "2020年1月--2020年11月", "1-12月") ends by its last date.
  const d = dateIn(body) ?? periodEnd(body);
  if (!d) return null;
  const [year, month, day] = d;
  if (!valid(year, month, day)) return null;
  return { kind: 'deadline', year, month, day: day ?? lastDay(year, month), text: original };
}

/**
 * Reads a date actual from normalised text.
 *
 * @param text - normalised text
 * @param original - the text as written
 * @returns the date (`day: null` for a month), or `null` when the text is not one
 * @example
 * ```ts
 * readDate('已于10月完成', '已于10月完成'); // { kind: 'date', year: null, month: 10, day: null, … }
 * ```
 */
export function readDate(text: string, original: string): ParsedActual | null {
  const body = withoutEndPunctuation(text)
    .replace(/^(?:完成时间|完工时间|时间)(?:为|是|:)?/, '')
    .replace(/^(?:已经|已)?(?:于|在)?/, '')
    .replace(DONE, '')
    .replace(/(?:之前|以前|前)?(?:已)?$/, '')
    // "2021年6月底": done in June.
    .replace(/月(?:底|末)$/, '月');
  const d = dateIn(body);
  if (!d) return null;
  const [year, month, day] = d;
  if (!valid(year, month, day)) return null;
  // A year alone ("2023年") is done by its end, as precise as a month: the last day of December.
  return { kind: 'date', year, month, day: /^\d{4}年$/.test(body) ? null : day, text: original };
}

/**
 * A quantity that names a calendar year ("2023年", read as 2023 years), as the date it means when
 * it is compared with a deadline: done within that year.
 *
 * @param actual - an actual read as a quantity
 * @returns the date, or `null` when it is no year
 * @example
 * ```ts
 * yearAsDate(parseActual('2023年')); // { kind: 'date', year: 2023, month: 12, day: null, … }
 * ```
 */
export function yearAsDate(actual: ParsedActual): Extract<ParsedActual, { kind: 'date' }> | null {
  if (actual.kind !== 'quantitative' || actual.unit?.text !== '年' || actual.approx) return null;
  if (!/^\d{4}$/.test(actual.value)) return null;
  const year = Number(actual.value);
  if (year < 1900 || year > 2200) return null;
  return { kind: 'date', year, month: 12, day: null, text: actual.text };
}

/**
 * A quantity that names a month of the year ("7月", read as 7 months), as the date it means when it
 * is compared with a deadline: done in that month.
 *
 * @param actual - an actual read as a quantity
 * @returns the date, or `null` when it is no month
 * @example
 * ```ts
 * monthAsDate(parseActual('7月')); // { kind: 'date', year: null, month: 7, day: null, … }
 * ```
 */
export function monthAsDate(actual: ParsedActual): Extract<ParsedActual, { kind: 'date' }> | null {
  if (actual.kind !== 'quantitative' || actual.unit?.text !== '月' || actual.approx) return null;
  if (!/^(?:[1-9]|1[0-2])$/.test(actual.value)) return null;
  return { kind: 'date', year: null, month: Number(actual.value), day: null, text: actual.text };
}

/**
 * Compares a date actual with a deadline. A year written in neither is the table's year; when
 * that is unknown too, both are taken as the same year (flagged by the caller).
 *
 * @param deadline - the target
 * @param actual - the date done (a month counts as its last day: done some time in it)
 * @param tableYear - the table's year, or `null`
 * @returns whether met, the days late (0 when met), and whether a year was assumed
 * @example
 * ```ts
 * compareDates(deadline, done, 2023); // { met: true, daysLate: 0, yearAssumed: false }
 * ```
 */
export function compareDates(
  deadline: Extract<ParsedTarget, { kind: 'deadline' }>,
  actual: Extract<ParsedActual, { kind: 'date' }>,
  tableYear: number | null,
): { met: boolean; daysLate: number; yearAssumed: boolean } {
  const ty = deadline.year ?? tableYear ?? actual.year;
  const ay = actual.year ?? tableYear ?? deadline.year;
  const yearAssumed = ty === null || ay === null;
  const y0 = ty ?? ay ?? 2000;
  const y1 = ay ?? ty ?? 2000;
  const aDay = actual.day ?? lastDay(y1, actual.month);
  const t = Date.UTC(y0, deadline.month - 1, deadline.day);
  const a = Date.UTC(y1, actual.month - 1, aDay);
  const daysLate = Math.max(0, Math.round((a - t) / 86_400_000));
  return { met: daysLate === 0, daysLate, yearAssumed };
}
