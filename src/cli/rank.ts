/**
 * `jixiao rank`: ranks the results of `jixiao score --batch` or `jixiao self --batch` (NDJSON, a JSON
 * array or one JSON document), then gives the grade distribution and the percentiles. The input is
 * streamed: a result is read, its label, value and grade kept, and the rest dropped, so 100,000
 * units cost their three fields each. A line that is an error (`{"line":n,"error":…}`), cannot be
 * read or has no number to rank is reported on standard error, one line each, counted in the output
 * and left out of the ranking; the exit code is then 1.
 */
import { isRecord } from '../errors/arguments.js';
import { formatPath, type Issue } from '../errors/issue.js';
import {
  TIE_POLICIES,
  distribution,
  rankEntries,
  readNumber,
  readText,
  summarise,
  type RankEntry,
  type RankedUnit,
  type TiePolicy,
} from '../methods/rank.js';
import { MOF2020_SCALE } from '../grade/scale.js';
import { dec } from '../decimal.js';
import { terminalLine } from '../report/escape.js';
import type { Locale } from '../report/model.js';
import {
  rankFoot,
  rankHead,
  rankRow,
  rankWidths,
  type RankFormat,
  type RankInfo,
  type RankRow,
} from '../report/rank.js';
import { jsonItemsOf } from './items.js';
import { UsageError, openSink, type Common } from './output.js';
import { Progress } from './progress.js';

const FORMATS: readonly string[] = ['table', 'markdown', 'csv', 'json'];
const KEY_PATH = /^[^.]+(?:\.[^.]+)*$/;
/** Where a label is looked for when `--id` is not given: score results, then self results. */
const LABELS = ['unit.name', 'project', 'unit', 'name', 'id'];
/** The grades of 财预〔2020〕10号, reported in this order (with zero counts) when any is seen. */
const MOF_GRADES = MOF2020_SCALE.bands.map((b) =>
  typeof b.label === 'string' ? b.label : b.label.zh,
);

/** The options of `jixiao rank`. */
interface RankValues {
  readonly by?: string | undefined;
  readonly ties?: string | undefined;
  readonly id?: string | undefined;
  readonly order?: string | undefined;
}

function keyPath(value: string | undefined, name: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (!KEY_PATH.test(value) || value.length > 500)
    throw new UsageError(
      `--${name} must be field names joined by dots, such as total or unit.name`,
    );
  return value;
}

/** The label of a result: `--id`, else the first name it has, else its line or its place in the input. */
function labelOf(
  item: unknown,
  idKeys: readonly string[] | null,
  id: string,
  name: string,
  locale: Locale,
): string | Issue {
  if (idKeys) return readText(item, idKeys, id, [], true);
  for (const path of LABELS) {
    const r = readText(item, path.split('.'), path, [], true);
    if (typeof r === 'string') return r;
  }
  const line = isRecord(item) ? item.line : undefined;
  if (typeof line === 'number' && Number.isSafeInteger(line))
    return locale === 'zh' ? `第 ${line} 行` : `line ${line}`;
  return name;
}

/**
 * An error line of a batch, `{"line": n, "error": {"issues": […]}}`: its line in the batch's input,
 * and its first issue (with where it was); `null` for anything else.
 */
function batchError(item: unknown): Issue | null {
  if (!isRecord(item) || !Object.hasOwn(item, 'error') || item.error == null) return null;
  const n = item.line;
  const line = typeof n === 'number' && Number.isSafeInteger(n) ? n : null;
  const issues: readonly unknown[] =
    isRecord(item.error) && Array.isArray(item.error.issues) ? item.error.issues : [];
  const first = issues[0];
  const said = (lang: Locale): string => {
    if (!isRecord(first) || !isRecord(first.message)) return '';
    const text = first.message[lang];
    if (typeof text !== 'string' || text === '') return '';
    const at = Array.isArray(first.path) && first.path.length > 0 ? formatPath(first.path) : '';
    return `${at === '' ? '' : `${at}: `}${text}`;
  };
  const more = issues.length - 1;
  const zh = said('zh');
  const en = said('en');
  return {
    code: 'invalid_input',
    path: [],
    message: {
      zh: `${line === null ? '' : `第 ${line} 行`}评分出错${zh === '' ? '' : `：${zh}`}${more > 0 ? `（另有 ${more} 项问题）` : ''}`,
      en: `${line === null ? 'not scored' : `line ${line} not scored`}${en === '' ? '' : `: ${en}`}${more > 0 ? ` (and ${more} more)` : ''}`,
    },
  };
}

/**
 * `jixiao rank`: ranks the results in a file (or `-`).
 *
 * @param common - common options (format: table, markdown, csv or json)
 * @param positionals - the file, or `-` (standard input when none)
 * @param values - `--by`, `--ties`, `--id`, `--order`
 * @returns 0 when every result was ranked, 1 otherwise
 * @example
 * ```ts
 * await rankCommand(common, ['results.ndjson'], { ties: 'dense' });
 * ```
 */
export async function rankCommand(
  common: Common,
  positionals: readonly string[],
  values: RankValues,
): Promise<number> {
  if (!FORMATS.includes(common.format))
    throw new UsageError('rank writes table, markdown, csv or json');
  const format = common.format as RankFormat;
  if (positionals.length > 1) throw new UsageError('rank reads one file (or - for standard input)');
  const ties = values.ties ?? 'competition';
  if (!(TIE_POLICIES as readonly string[]).includes(ties))
    throw new UsageError(`--ties must be one of ${TIE_POLICIES.join(', ')}`);
  const order = values.order ?? 'desc';
  if (order !== 'asc' && order !== 'desc') throw new UsageError('--order must be asc or desc');
  const by = keyPath(values.by, 'by', 'total');
  const id = keyPath(values.id, 'id', '');
  const keys = by.split('.');
  const idKeys = id === '' ? null : id.split('.');
  const file = positionals[0] ?? '-';
  const { io, locale } = common;

  // Per unit only what is shown: its value, label and grade.
  const entries: RankEntry[] = [];
  const grades: (string | null)[] = [];
  const counts = new Map<string, number>();
  let notRanked = 0;
  const report = (name: string, issue: Issue): void => {
    notRanked++;
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    io.err(
      `${terminalLine(
        locale === 'zh'
          ? `jixiao: ${name}：未参与排名（${where}${issue.message.zh}）`
          : `jixiao: ${name}: not ranked (${where}${issue.message.en})`,
      )}\n`,
    );
  };
  const progress = new Progress(
    io,
    locale,
    { zh: '项', en: 'results' },
    common.quiet === true,
    common.out === undefined,
  );
  let read = 0;
  for await (const item of jsonItemsOf(io, file)) {
    progress.tick(++read);
    if (item.error) {
      report(item.name, item.error.issues[0]);
      continue;
    }
    const failed = batchError(item.table);
    if (failed) {
      report(item.name, failed);
      continue;
    }
    const value = readNumber(item.table, keys, by, []);
    const label = labelOf(item.table, idKeys, id, item.name, locale);
    if ('code' in value || typeof label !== 'string') {
      report(item.name, 'code' in value ? value : (label as Issue));
      continue;
    }
    const grade = readText(item.table, ['grade'], 'grade', [], false);
    entries.push({ index: entries.length, value: value.value, text: value.text, id: label });
    grades.push(typeof grade === 'string' ? grade : null);
    if (typeof grade === 'string') counts.set(grade, (counts.get(grade) ?? 0) + 1);
  }
  progress.end();

  const ranks = rankEntries(entries, ties as TiePolicy, order);
  const info: RankInfo = {
    by,
    ties: ties as TiePolicy,
    order: order,
    widths:
      format === 'table'
        ? rankWidths(rowsOf(ranks, grades), by, locale)
        : { rank: 0, id: 0, value: 0 },
  };
  const labels = [...counts.keys()].some((g) => MOF_GRADES.includes(g)) ? MOF_GRADES : [];
  const summary = {
    count: entries.length,
    notRanked,
    distribution: counts.size > 0 ? distribution(counts, labels, 2, 'grade') : null,
    percentiles:
      entries.length > 0
        ? summarise(
            entries.map((e) => e.value),
            [10, 25, 50, 75, 90].map((p) => dec(p)),
            'linear',
            2,
            by,
          )
        : null,
  };

  const sink = await openSink(common);
  // Written 64 KiB at a time: a system call per row was most of the time of a large ranking.
  let gathered = rankHead(format, locale, info);
  let first = true;
  for (const row of rowsOf(ranks, grades)) {
    gathered += rankRow(row, format, info, first);
    first = false;
    if (gathered.length >= 65_536) {
      await sink.write(gathered);
      gathered = '';
    }
  }
  gathered += rankFoot(summary, format, locale, info);
  await sink.write(gathered);
  await sink.close();
  if (
    (format === 'csv' || format === 'json' || common.out !== undefined) &&
    common.quiet !== true
  ) {
    io.err(
      locale === 'zh'
        ? `共 ${entries.length + notRanked} 项：参与排名 ${entries.length}，未参与排名 ${notRanked}\n`
        : `${entries.length + notRanked} result${entries.length + notRanked === 1 ? '' : 's'}: ${entries.length} ranked, ${notRanked} not ranked\n`,
    );
  }
  return notRanked > 0 ? 1 : 0;
}

/** The rows of ranked units with their grades. */
function* rowsOf(
  ranks: readonly RankedUnit[],
  grades: readonly (string | null)[],
): Generator<RankRow> {
  for (const r of ranks)
    yield { rank: r.rank, id: r.id ?? '', value: r.value, grade: grades[r.index] ?? null };
}
