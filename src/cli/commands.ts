/**
 * The commands of `jixiao`: score (single and batch), self, validate, frameworks, schema.
 */
import { evaluate, safeEvaluate } from '../engine/evaluate.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue } from '../errors/issue.js';
import { defineFramework } from '../framework/defineFramework.js';
import type { Framework } from '../framework/types.js';
import { BUILTIN_FRAMEWORKS, builtinFramework } from '../frameworks/index.js';
import { JSON_SCHEMAS, jsonSchema, type JsonSchemaName } from '../schema/jsonSchema.js';
import { readSelfEvaluationCsv } from '../self/csv.js';
import { scoreSelfEvaluation } from '../self/score.js';
import { UsageError, emit, render, type Common } from './output.js';

/**
 * Parses JSON text, turning a syntax error into a JixiaoError naming the file.
 *
 * @param text - the text
 * @param file - its name, for the message
 * @returns the parsed value
 * @example
 * ```ts
 * parseJson('{"a":1}', 'a.json'); // { a: 1 }
 * ```
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new JixiaoError([
      makeIssue('invalid_input', [], {
        zh: `${file} 不是有效的 JSON：${why}`,
        en: `${file} is not valid JSON: ${why}`,
      }),
    ]);
  }
}

async function readJson(common: Common, file: string): Promise<unknown> {
  return parseJson(await common.io.readText(file), file);
}

async function loadFramework(common: Common, ref: string | undefined): Promise<Framework> {
  if (ref === undefined)
    throw new UsageError('--framework is required (a built-in id or a framework file)');
  if (Object.hasOwn(BUILTIN_FRAMEWORKS, ref)) return builtinFramework(ref);
  return defineFramework(await readJson(common, ref));
}

const one = (positionals: readonly string[], what: string): string => {
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError(`missing ${what}`);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return file;
};

/**
 * `jixiao score`: one unit, or a batch of NDJSON units.
 *
 * @param common - common options
 * @param positionals - the data file
 * @param values - framework, options, batch
 * @returns the exit code
 * @example
 * ```ts
 * await scoreCommand(common, ['data.json'], { framework: 'department2013' });
 * ```
 */
export async function scoreCommand(
  common: Common,
  positionals: readonly string[],
  values: {
    framework?: string | undefined;
    options?: string | undefined;
    batch?: string | undefined;
  },
): Promise<number> {
  const framework = await loadFramework(common, values.framework);
  const options = values.options === undefined ? undefined : await readJson(common, values.options);
  if (values.batch !== undefined) {
    if (positionals.length > 0) throw new UsageError('--batch takes no data file argument');
    return batch(common, framework, values.batch, options);
  }
  const file = one(positionals, 'the unit data file (or - for standard input)');
  const result = evaluate(framework, await readJson(common, file), options);
  await emit(common, render(result, common.format, common.locale));
  return 0;
}

async function batch(
  common: Common,
  framework: Framework,
  file: string,
  options: unknown,
): Promise<number> {
  const { io, locale } = common;
  const sink = await io.openOut(common.out ?? '-');
  const write = (text: string): Promise<void> => sink.write(text);
  const counts = new Map<string, number>();
  let invalid = 0;
  let n = 0;
  for await (const line of io.lines(file)) {
    n++;
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = parseJson(line, `line ${n}`);
    } catch (e) {
      invalid++;
      await write(`${JSON.stringify({ line: n, error: (e as JixiaoError).toJSON() })}\n`);
      continue;
    }
    const r = safeEvaluate(framework, data, options);
    if (r.success) {
      counts.set(r.data.grade, (counts.get(r.data.grade) ?? 0) + 1);
      await write(`${JSON.stringify({ line: n, ...r.data })}\n`);
    } else {
      invalid++;
      await write(`${JSON.stringify({ line: n, error: r.error.toJSON() })}\n`);
    }
    if (io.errIsTTY && n % 50 === 0) io.err(locale === 'zh' ? `\r已处理 ${n} 行` : `\r${n} lines`);
  }
  await sink.close();
  if (io.errIsTTY) io.err('\r');
  const scored = [...counts.values()].reduce((a, b) => a + b, 0);
  const byGrade = framework.scale.bands
    .map((b) => `${b.label[locale]} ${counts.get(b.label.zh) ?? 0}`)
    .join(locale === 'zh' ? '，' : ', ');
  io.err(
    locale === 'zh'
      ? `共 ${scored + invalid} 份：已评分 ${scored} 份（${byGrade}），无效 ${invalid} 份\n`
      : `${scored + invalid} units: ${scored} scored (${byGrade}), ${invalid} invalid\n`,
  );
  return invalid > 0 ? 1 : 0;
}

/**
 * `jixiao self`: a self-evaluation table from JSON or CSV.
 *
 * @param common - common options
 * @param positionals - the table file
 * @param values - options file
 * @returns the exit code
 * @example
 * ```ts
 * await selfCommand(common, ['table.csv'], {});
 * ```
 */
export async function selfCommand(
  common: Common,
  positionals: readonly string[],
  values: { options?: string | undefined },
): Promise<number> {
  const file = one(positionals, 'the table file (.json or .csv, or - for standard input)');
  const text = await common.io.readText(file);
  const isCsv = /\.csv$/i.test(file) || !/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
  let table: unknown;
  if (isCsv) {
    const r = readSelfEvaluationCsv(text);
    if (!r.ok)
      throw new JixiaoError([
        r.issues[0] ??
          makeIssue('invalid_input', ['csv'], { zh: 'CSV 无法读取', en: 'unreadable CSV' }),
        ...r.issues.slice(1),
      ]);
    table = r.value.table;
  } else table = parseJson(text, file);
  const options = values.options === undefined ? undefined : await readJson(common, values.options);
  const result = scoreSelfEvaluation(table, options);
  await emit(common, render(result, common.format, common.locale));
  return 0;
}

/**
 * `jixiao validate`: checks a framework file.
 *
 * @param common - common options
 * @param positionals - the framework file
 * @returns the exit code
 * @example
 * ```ts
 * await validateCommand(common, ['framework.json']);
 * ```
 */
export async function validateCommand(
  common: Common,
  positionals: readonly string[],
): Promise<number> {
  const file = one(positionals, 'the framework file');
  const fw = defineFramework(await readJson(common, file));
  const leaves = fw.indicators.filter((i) => i.rule !== null).length;
  const text =
    common.locale === 'zh'
      ? `✓ ${file}：指标体系 ${fw.id}（版本 ${fw.version}）有效，共 ${fw.indicators.length} 个指标（末级 ${leaves} 个），满分 ${fw.max}。\n`
      : `✓ ${file}: framework ${fw.id} (version ${fw.version}) is valid: ${fw.indicators.length} indicators (${leaves} leaves), maximum ${fw.max}.\n`;
  await emit(
    common,
    common.format === 'json'
      ? `${JSON.stringify({ valid: true, id: fw.id, version: fw.version })}\n`
      : text,
  );
  return 0;
}

/**
 * `jixiao frameworks`: lists the built-in frameworks.
 *
 * @param common - common options
 * @returns the exit code
 * @example
 * ```ts
 * await frameworksCommand(common);
 * ```
 */
export async function frameworksCommand(common: Common): Promise<number> {
  const list = Object.keys(BUILTIN_FRAMEWORKS).map((id) => {
    const fw = builtinFramework(id);
    return {
      id,
      version: fw.version,
      name: fw.name,
      indicators: fw.indicators.length,
      leaves: fw.indicators.filter((i) => i.rule).length,
    };
  });
  const text =
    common.format === 'json'
      ? `${JSON.stringify(list, null, 2)}\n`
      : list.map((f) => `${f.id}\t${f.version}\t${f.name[common.locale]}\t${f.leaves}\n`).join('');
  await emit(common, text);
  return 0;
}

/**
 * `jixiao schema`: prints a JSON Schema.
 *
 * @param common - common options
 * @param positionals - which schema
 * @returns the exit code
 * @example
 * ```ts
 * await schemaCommand(common, ['self']);
 * ```
 */
export async function schemaCommand(
  common: Common,
  positionals: readonly string[],
): Promise<number> {
  const [which = 'framework', extra] = positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const name = (which === 'self' ? 'self-evaluation' : which) as JsonSchemaName;
  if (!Object.hasOwn(JSON_SCHEMAS, name))
    throw new UsageError(`unknown schema "${which}" (framework, self, unit-data)`);
  await emit(common, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
  return 0;
}
