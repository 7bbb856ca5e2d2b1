/**
 * `jixiao score --batch` and `jixiao self --batch`: NDJSON in, one JSON line out per unit or table as
 * it goes, a count per grade on standard error. A line that cannot be scored — bad input, or a bug of
 * jixiao's — becomes an error line and the batch goes on. `--compact` keeps each line to its totals,
 * grade and findings; a terminal sees progress (count, percentage of the file, time left).
 */
import type { ScoreSummary } from '../engine/types.js';
import { safeEvaluate } from '../engine/evaluate.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import type { Framework } from '../framework/types.js';
import { MOF2020_SCALE } from '../grade/scale.js';
import { inertJson, terminalSafe } from '../report/escape.js';
import { safeScoreSelfEvaluation } from '../self/score.js';
import { parseJson } from './json.js';
import { openSink, type Common } from './output.js';
import { asJixiaoError, internalIssue } from './problems.js';
import { Progress } from './progress.js';
import { TextReader } from './source.js';

/** One line's output, and whether it scored (and with what grade). */
interface LineOut {
  readonly json: string;
  readonly grade: string | null;
}

/** What a batch scores each line with: the line's text and number in, a result or an error out. */
type Scorer = (text: string, n: number) => LineOut;

/** The fields of a `--compact` line, in this order (those a result has). */
const COMPACT = [
  'unit',
  'project',
  'year',
  'total',
  'max',
  'grade',
  'gradeLabel',
  'findings',
  'warnings',
] as const;

/**
 * A result as one line: the whole result, or with `compact` its summary fields only.
 *
 * @param n - the line number
 * @param result - an evaluation or a self-evaluation result
 * @param compact - keep the summary fields only
 * @returns the JSON text
 * @example
 * ```ts
 * resultLine(3, evaluation, true); // '{"line":3,"unit":…,"total":"97.94",…}'
 * ```
 */
export function resultLine(n: number, result: ScoreSummary, compact: boolean): string {
  if (!compact) return inertJson(JSON.stringify({ line: n, ...result }));
  const r = result as unknown as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = { line: n };
  for (const k of COMPACT) if (k in r) out[k] = r[k];
  return inertJson(JSON.stringify(out));
}

/** The line of an error (bad input, or a bug of jixiao's). */
function errorLine(n: number | null, e: unknown): string {
  const error =
    e instanceof JixiaoError
      ? e.toJSON()
      : { name: 'JixiaoInternalError', issues: [internalIssue(e)] };
  return inertJson(JSON.stringify({ line: n, error }));
}

/**
 * The scorer of `score --batch`: each line is one unit's data for the framework.
 *
 * @param framework - the framework
 * @param options - scoring policies
 * @param compact - `--compact`
 * @returns the scorer
 */
function evaluationScorer(framework: Framework, options: unknown, compact: boolean): Scorer {
  return (text, n) => {
    try {
      const r = safeEvaluate(framework, parseJson(text, `line ${n}`), options);
      if (r.success) return { json: resultLine(n, r.data, compact), grade: r.data.grade };
      return { json: errorLine(n, r.error), grade: null };
    } catch (e) {
      return { json: errorLine(n, e), grade: null };
    }
  };
}

/**
 * The scorer of `self --batch`: each line is one self-evaluation table (JSON).
 *
 * @param options - the options of scoreSelfEvaluation
 * @param compact - `--compact`
 * @returns the scorer
 */
function selfScorer(options: unknown, compact: boolean): Scorer {
  return (text, n) => {
    try {
      const r = safeScoreSelfEvaluation(parseJson(text, `line ${n}`), options);
      if (r.success) return { json: resultLine(n, r.data, compact), grade: r.data.grade };
      return { json: errorLine(n, r.error), grade: null };
    } catch (e) {
      return { json: errorLine(n, e), grade: null };
    }
  };
}

/**
 * Scores every line of an NDJSON file (or `-`) and writes one line a result.
 *
 * @param common - common options
 * @param file - the NDJSON file or `-`
 * @param score - the scorer
 * @param bands - the grade labels to count, in order (others seen are added after)
 * @param noun - what a line is, for the summary
 * @returns 0 when every line scored, 1 otherwise
 */
async function run(
  common: Common,
  file: string,
  score: Scorer,
  bands: readonly { readonly zh: string; readonly en: string }[],
  noun: { readonly zh: string; readonly en: string },
): Promise<number> {
  const { io, locale } = common;
  const quiet = common.quiet === true;
  const sink = await openSink(common);
  const counts = new Map<string, number>(bands.map((b) => [b.zh, 0]));
  let invalid = 0;
  let n = 0;
  const reader = TextReader.open(io, file);
  const size = io.errIsTTY && !quiet && io.size ? await io.size(file) : null;
  const progress = new Progress(io, locale, noun, quiet, common.out === undefined);
  let done = 0;
  const lines = reader.lines();
  try {
    for (;;) {
      let next: Awaited<ReturnType<typeof lines.next>>;
      try {
        next = await lines.next();
      } catch (e) {
        // The input broke off (a read error, bytes that do not decode): the rest cannot be read,
        // and where in it the break came is not known to the line.
        const error = asJixiaoError(e, file);
        if (n === 0) throw error;
        invalid++;
        await sink.write(`${errorLine(null, error)}\n`);
        break;
      }
      if (next.done === true) break;
      const line = next.value;
      n = line.n;
      let out: LineOut;
      if ('error' in line) out = { json: errorLine(n, line.error), grade: null };
      else if (line.text.trim() === '') continue;
      else out = score(line.text, n);
      if (out.grade === null) invalid++;
      else counts.set(out.grade, (counts.get(out.grade) ?? 0) + 1);
      await sink.write(`${out.json}\n`);
      done++;
      progress.tick(done, size ? reader.counted.bytes / size : null);
    }
  } finally {
    progress.end();
    await reader.close().catch(() => undefined);
  }
  await sink.close();
  if (quiet) return invalid > 0 ? 1 : 0;
  const scored = [...counts.values()].reduce((a, b) => a + b, 0);
  const label = (zh: string): string =>
    locale === 'zh' ? zh : (bands.find((b) => b.zh === zh)?.en ?? zh);
  const byGrade = [...counts]
    .map(([zh, k]) => `${label(zh)} ${k}`)
    .join(locale === 'zh' ? '，' : ', ');
  io.err(
    terminalSafe(
      locale === 'zh'
        ? `共 ${scored + invalid} ${noun.zh}：已评分 ${scored} ${noun.zh}（${byGrade}），无效 ${invalid} ${noun.zh}\n`
        : `${scored + invalid} ${noun.en}: ${scored} scored (${byGrade}), ${invalid} invalid\n`,
    ),
  );
  return invalid > 0 ? 1 : 0;
}

/**
 * `jixiao score --batch`: scores every line of an NDJSON file (or `-`) against a framework.
 *
 * @param common - common options
 * @param framework - the framework
 * @param file - the NDJSON file or `-`
 * @param options - scoring policies
 * @returns 0 when every line scored, 1 otherwise
 * @example
 * ```ts
 * await batch(common, builtinFramework('department2013'), 'units.ndjson', undefined);
 * ```
 */
export function batch(
  common: Common,
  framework: Framework,
  file: string,
  options: unknown,
): Promise<number> {
  const bands = framework.scale.bands.map((b) => b.label);
  return run(common, file, evaluationScorer(framework, options, common.compact === true), bands, {
    zh: '份',
    en: 'units',
  });
}

/**
 * `jixiao self --batch`: scores every line of an NDJSON file (or `-`), one self-evaluation table a line.
 *
 * @param common - common options
 * @param file - the NDJSON file or `-`
 * @param options - the options of scoreSelfEvaluation
 * @returns 0 when every table scored, 1 otherwise
 * @example
 * ```ts
 * await selfBatch(common, 'tables.ndjson', undefined);
 * ```
 */
export function selfBatch(common: Common, file: string, options: unknown): Promise<number> {
  const bands = MOF2020_SCALE.bands.map((b) =>
    typeof b.label === 'string'
      ? { zh: b.label, en: b.label }
      : { zh: b.label.zh, en: b.label.en ?? b.label.zh },
  );
  return run(common, file, selfScorer(options, common.compact === true), bands, {
    zh: '张',
    en: 'tables',
  });
}
