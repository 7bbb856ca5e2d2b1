/**
 * The text of `jixiao rank`: a head, a row a unit and a foot with the grade distribution and the
 * percentiles, in four formats. Pieces, so that the command writes 100,000 rows as they are made;
 * every label and grade comes from users' files and is made safe for where it lands.
 */
import type {
  GradeDistribution,
  PercentileSummary,
  RankOrder,
  TiePolicy,
} from '../methods/rank.js';
import { csvCell, inertJson, markdownText as md, terminalLine } from './escape.js';
import type { Locale } from './model.js';
import { displayWidth, pad } from './width.js';

/** The formats of `jixiao rank`. */
export type RankFormat = 'table' | 'markdown' | 'csv' | 'json';

/** One ranked unit as shown. */
export interface RankRow {
  readonly rank: number;
  readonly id: string;
  readonly value: string;
  readonly grade: string | null;
}

/** What the head says, and the widths of the text table's columns. */
export interface RankInfo {
  readonly by: string;
  readonly ties: TiePolicy;
  readonly order: RankOrder;
  readonly widths: { readonly rank: number; readonly id: number; readonly value: number };
}

/** What the foot says. */
export interface RankSummary {
  readonly count: number;
  readonly notRanked: number;
  readonly distribution: GradeDistribution | null;
  readonly percentiles: PercentileSummary | null;
}

const TIES: Record<TiePolicy, Record<Locale, string>> = {
  competition: { zh: '并列占位（1224）', en: 'ties share a rank and skip the next (1224)' },
  dense: { zh: '并列不占位（1223）', en: 'ties share a rank, none skipped (1223)' },
  ordinal: { zh: '并列按输入顺序（1234）', en: 'ties in input order (1234)' },
};

const METHOD: Record<PercentileSummary['method'], Record<Locale, string>> = {
  linear: { zh: '线性插值，Hyndman & Fan 第 7 类', en: 'linear, Hyndman & Fan type 7' },
  nearestRank: { zh: '最近秩', en: 'nearest rank' },
};

/** The column heads: rank, label, value, grade. */
function heads(by: string, locale: Locale): [string, string, string, string] {
  const value = by === 'total' ? (locale === 'zh' ? '总分' : 'Total') : by;
  return locale === 'zh' ? ['名次', '单位', value, '等级'] : ['Rank', 'Unit', value, 'Grade'];
}

/** The line under the title: what is ranked, which way, and how ties rank. */
function how(info: RankInfo, locale: Locale): string {
  return locale === 'zh'
    ? `按 ${info.by} ${info.order === 'desc' ? '从高到低' : '从低到高'}；${TIES[info.ties].zh}`
    : `By ${info.by}, ${info.order === 'desc' ? 'highest' : 'lowest'} first; ${TIES[info.ties].en}`;
}

/**
 * The widths of the text table's columns, from the rows.
 *
 * @param rows - the rows
 * @param by - the key path (its head may be the widest)
 * @param locale - the language of the heads
 * @returns the widths of rank, label and value
 * @example
 * ```ts
 * rankWidths([{ rank: 1, id: '甲', value: '97.94', grade: '优' }], 'total', 'zh'); // { rank: 4, id: 4, value: 5 }
 * ```
 */
export function rankWidths(
  rows: Iterable<RankRow>,
  by: string,
  locale: Locale,
): RankInfo['widths'] {
  const [r, i, v] = heads(terminalLine(by), locale);
  let rank = displayWidth(r);
  let id = displayWidth(i);
  let value = displayWidth(v);
  for (const row of rows) {
    rank = Math.max(rank, String(row.rank).length);
    id = Math.max(id, displayWidth(terminalLine(row.id)));
    value = Math.max(value, row.value.length);
  }
  return { rank, id: Math.min(id, 60), value };
}

/**
 * The head of the output.
 *
 * @param format - the format
 * @param locale - the language
 * @param info - what is ranked, and the table's widths
 * @returns the text
 * @example
 * ```ts
 * rankHead('csv', 'en', info); // "\uFEFFRank,Unit,Total,Grade\r\n"
 * ```
 */
export function rankHead(format: RankFormat, locale: Locale, info: RankInfo): string {
  const [r, i, v, g] = heads(info.by, locale);
  const title = locale === 'zh' ? '排名' : 'Ranking';
  switch (format) {
    case 'json':
      return '{"ranks":[';
    case 'csv':
      return `\uFEFF${[r, i, v, g].map(csvCell).join(',')}\r\n`;
    case 'markdown':
      return `# ${title}\n\n${md(how(info, locale))}\n\n| ${md(r)} | ${md(i)} | ${md(v)} | ${md(g)} |\n| ---: | --- | ---: | --- |\n`;
    case 'table': {
      const w = info.widths;
      const line = `${pad(r, w.rank, 'right')}  ${pad(i, w.id)}  ${pad(terminalLine(v), w.value, 'right')}  ${g}`;
      return `${title}${locale === 'zh' ? '：' : ': '}${terminalLine(how(info, locale))}\n\n${line}\n`;
    }
  }
}

/**
 * One unit's row.
 *
 * @param row - the unit
 * @param format - the format
 * @param info - the table's widths
 * @param first - whether it is the first row (JSON puts a comma before the others)
 * @returns the text
 * @example
 * ```ts
 * rankRow({ rank: 1, id: '=cmd', value: '97.94', grade: '优' }, 'csv', info, true); // "1,'=cmd,97.94,优\r\n"
 * ```
 */
export function rankRow(row: RankRow, format: RankFormat, info: RankInfo, first: boolean): string {
  switch (format) {
    case 'json':
      return `${first ? '\n' : ',\n'}${inertJson(JSON.stringify(row))}`;
    case 'csv':
      return `${[String(row.rank), row.id, row.value, row.grade ?? ''].map(csvCell).join(',')}\r\n`;
    case 'markdown':
      return `| ${row.rank} | ${md(row.id)} | ${md(row.value)} | ${md(row.grade ?? '')} |\n`;
    case 'table': {
      const w = info.widths;
      // No trailing blanks when a unit has no grade (or the grade column is empty).
      const line = `${pad(String(row.rank), w.rank, 'right')}  ${pad(terminalLine(row.id), w.id)}  ${pad(row.value, w.value, 'right')}  ${terminalLine(row.grade ?? '')}`;
      return `${line.trimEnd()}\n`;
    }
  }
}

/** The lines of the grade distribution and the percentiles, as label/value pairs. */
function stats(
  s: RankSummary,
  locale: Locale,
): { grades: string[][]; spread: string[][]; method: string } {
  const zh = locale === 'zh';
  const grades = (s.distribution?.grades ?? []).map((g) => [
    g.label,
    String(g.count),
    g.percent === null ? '' : `${g.percent}%`,
    g.fraction ?? '',
  ]);
  const p = s.percentiles;
  const spread = p
    ? [
        [zh ? '个数' : 'count', String(p.count)],
        [zh ? '最小值' : 'min', p.min],
        ...p.percentiles.map((q) => [`P${q.p}`, q.value]),
        [zh ? '中位数' : 'median', p.median],
        [zh ? '平均值' : 'mean', p.mean],
        [zh ? '最大值' : 'max', p.max],
      ]
    : [];
  return { grades, spread, method: p ? METHOD[p.method][locale] : '' };
}

/**
 * The foot: how many were ranked and not, the grade distribution and the percentiles (the JSON
 * document's remaining fields; nothing for CSV, which holds the rows only).
 *
 * @param s - the summary
 * @param format - the format
 * @param locale - the language
 * @param info - what was ranked
 * @returns the text
 * @example
 * ```ts
 * rankFoot(summary, 'markdown', 'zh', info); // "\n共 … 个单位参与排名…\n\n## 等级分布\n…"
 * ```
 */
export function rankFoot(
  s: RankSummary,
  format: RankFormat,
  locale: Locale,
  info: RankInfo,
): string {
  const zh = locale === 'zh';
  if (format === 'csv') return '';
  if (format === 'json') {
    const rest = {
      count: s.count,
      notRanked: s.notRanked,
      ties: info.ties,
      order: info.order,
      by: info.by,
      distribution: s.distribution,
      percentiles: s.percentiles,
    };
    return `\n],${inertJson(JSON.stringify(rest).slice(1))}\n`;
  }
  const counted = zh
    ? `共 ${s.count} 个单位参与排名${s.notRanked > 0 ? `；未参与排名 ${s.notRanked} 项（见标准错误）` : ''}`
    : `${s.count} unit${s.count === 1 ? '' : 's'} ranked${s.notRanked > 0 ? `; ${s.notRanked} not ranked (see standard error)` : ''}`;
  const { grades, spread, method } = stats(s, locale);
  const gradeTitle = zh ? '等级分布' : 'Grades';
  const spreadTitle = zh ? `分位数（${method}）` : `Percentiles (${method})`;
  if (format === 'markdown') {
    const table = (head: string[], align: string, rows: string[][]): string =>
      `| ${head.map(md).join(' | ')} |\n| ${align} |\n${rows.map((r) => `| ${r.map(md).join(' | ')} |\n`).join('')}`;
    const g = zh ? ['等级', '个数', '占比', '分数'] : ['Grade', 'Count', 'Share', 'Fraction'];
    return [
      `\n${md(counted)}\n`,
      grades.length > 0
        ? `\n## ${gradeTitle}\n\n${table(g, '--- | ---: | ---: | ---:', grades)}`
        : '',
      spread.length > 0
        ? `\n## ${md(spreadTitle)}\n\n${table(zh ? ['统计量', '值'] : ['Statistic', 'Value'], '--- | ---:', spread)}`
        : '',
    ].join('');
  }
  const column = (rows: string[][], k: number): number =>
    Math.max(0, ...rows.map((r) => displayWidth(terminalLine(r[k] ?? ''))));
  const lines = (rows: string[][]): string => {
    // Each column's width once, not once a cell: a batch may have thousands of distinct grades.
    const widths = (rows[0] ?? []).map((_, k) => column(rows, k));
    return rows
      .map(
        (r) =>
          `  ${r.map((c, k) => pad(terminalLine(c), widths[k] ?? 0, k === 0 ? 'left' : 'right')).join('  ')}\n`,
      )
      .join('');
  };
  const colon = zh ? '：' : ':';
  return [
    `\n${counted}\n`,
    grades.length > 0 ? `\n${gradeTitle}${colon}\n${lines(grades)}` : '',
    spread.length > 0 ? `\n${spreadTitle}${colon}\n${lines(spread)}` : '',
  ].join('');
}
