/**
 * `jixiao score --batch`: NDJSON in, one JSON line out per unit as it goes, a count per grade on
 * standard error. A line that cannot be scored — bad input, or a bug of jixiao's — becomes an error
 * line and the batch goes on.
 */
import { safeEvaluate } from '../engine/evaluate.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import type { Framework } from '../framework/types.js';
import { inertJson, terminalSafe } from '../report/escape.js';
import { parseJson } from './json.js';
import { openSink, type Common } from './output.js';
import { asJixiaoError, internalIssue } from './problems.js';
import { TextReader } from './source.js';

/** One line's output, and whether it scored (and with what grade). */
function scoreLine(
  framework: Framework,
  text: string,
  n: number,
  options: unknown,
): { json: string; grade: string | null } {
  try {
    const r = safeEvaluate(framework, parseJson(text, `line ${n}`), options);
    if (r.success)
      return { json: inertJson(JSON.stringify({ line: n, ...r.data })), grade: r.data.grade };
    return { json: inertJson(JSON.stringify({ line: n, error: r.error.toJSON() })), grade: null };
  } catch (e) {
    const error =
      e instanceof JixiaoError
        ? e.toJSON()
        : { name: 'JixiaoInternalError', issues: [internalIssue(e)] };
    return { json: inertJson(JSON.stringify({ line: n, error })), grade: null };
  }
}

/**
 * Scores every line of an NDJSON file (or `-`).
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
export async function batch(
  common: Common,
  framework: Framework,
  file: string,
  options: unknown,
): Promise<number> {
  const { io, locale } = common;
  const sink = await openSink(common);
  const counts = new Map<string, number>();
  let invalid = 0;
  let n = 0;
  const reader = TextReader.open(io, file);
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
        await sink.write(`${inertJson(JSON.stringify({ line: null, error: error.toJSON() }))}\n`);
        break;
      }
      if (next.done === true) break;
      const line = next.value;
      n = line.n;
      let out: { json: string; grade: string | null };
      if ('error' in line) {
        out = {
          json: inertJson(JSON.stringify({ line: n, error: line.error.toJSON() })),
          grade: null,
        };
      } else if (line.text.trim() === '') continue;
      else out = scoreLine(framework, line.text, n, options);
      if (out.grade === null) invalid++;
      else counts.set(out.grade, (counts.get(out.grade) ?? 0) + 1);
      await sink.write(`${out.json}\n`);
      if (io.errIsTTY && n % 50 === 0)
        io.err(locale === 'zh' ? `\r已处理 ${n} 行` : `\r${n} lines`);
    }
  } finally {
    await reader.close().catch(() => undefined);
  }
  await sink.close();
  if (io.errIsTTY) io.err('\r');
  const scored = [...counts.values()].reduce((a, b) => a + b, 0);
  const byGrade = framework.scale.bands
    .map((b) => `${b.label[locale]} ${counts.get(b.label.zh) ?? 0}`)
    .join(locale === 'zh' ? '，' : ', ');
  io.err(
    terminalSafe(
      locale === 'zh'
        ? `共 ${scored + invalid} 份：已评分 ${scored} 份（${byGrade}），无效 ${invalid} 份\n`
        : `${scored + invalid} units: ${scored} scored (${byGrade}), ${invalid} invalid\n`,
    ),
  );
  return invalid > 0 ? 1 : 0;
}
