/**
 * The commands of `jixiao`: score (single and batch), self, validate, frameworks, schema.
 */
import { evaluate } from '../engine/evaluate.js';
import { defineFramework } from '../framework/defineFramework.js';
import type { Framework } from '../framework/types.js';
import {
  BUILTIN_FRAMEWORKS,
  builtinFramework,
  type BuiltinFrameworkId,
} from '../frameworks/index.js';
import { JSON_SCHEMAS, jsonSchema, type JsonSchemaName } from '../schema/jsonSchema.js';
import { inertJson, markdownText, terminalSafe } from '../report/escape.js';
import { scoreSelfEvaluation } from '../self/score.js';
import { fillSelfEvaluation, renderFilledCsv } from '../self/filled.js';
import { batch, selfBatch } from './batch.js';
import { UsageError, emit, emitDocx, render, type Common } from './output.js';
import { loadFramework } from './framework.js';
import { readJson, readTableList } from './read.js';
import { layoutOption } from './tables.js';

async function requiredFramework(common: Common, ref: string | undefined): Promise<Framework> {
  if (ref === undefined)
    throw new UsageError('--framework is required (a built-in id or a framework file)');
  return loadFramework(common.io, ref);
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
  const framework = await requiredFramework(common, values.framework);
  const options =
    values.options === undefined ? undefined : await readJson(common.io, values.options);
  if (values.batch !== undefined) {
    if (positionals.length > 0) throw new UsageError('--batch takes no data file argument');
    return batch(common, framework, values.batch, options);
  }
  const file = one(positionals, 'the unit data file (or - for standard input)');
  const result = evaluate(framework, (await readJson(common.io, file)) as never, options as never);
  if (common.format === 'docx') await emitDocx(common, result);
  else await emit(common, render(result, common.format, common.locale));
  return 0;
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
  values: {
    options?: string | undefined;
    layout?: string | undefined;
    'unprinted-weights'?: string | undefined;
    batch?: string | undefined;
  },
): Promise<number> {
  if (values.batch !== undefined) {
    // NDJSON, one table (JSON) a line: the readers of files and layouts have no part in it.
    if (positionals.length > 0) throw new UsageError('--batch takes no table file argument');
    if (values.layout !== undefined || values['unprinted-weights'] !== undefined)
      throw new UsageError(
        '--batch reads JSON tables: --layout and --unprinted-weights do not apply',
      );
    const options =
      values.options === undefined ? undefined : await readJson(common.io, values.options);
    return selfBatch(common, values.batch, options);
  }
  const file = one(
    positionals,
    'the table file (.xlsx, .xls, .csv or .json, or - for standard input)',
  );
  const reading = await layoutOption(common.io, values.layout, values['unprinted-weights']);
  const tables = await readTableList(common.io, file, reading);
  const options =
    values.options === undefined ? undefined : await readJson(common.io, values.options);
  // The filled 自评表: a workbook of every table, or the CSV of one.
  if (common.format === 'xlsx') {
    if (common.out === undefined)
      throw new UsageError('--format xlsx writes a workbook: give --out file.xlsx');
    const { writeFilledWorkbook } = await import('../io/write.js');
    await emit(
      common,
      // Validated when each is filled (a JSON file's table is as its user wrote it).
      writeFilledWorkbook(tables.map((t) => t.table) as never, options as never),
    );
    return 0;
  }
  if (common.format === 'docx') {
    // One report, with the table's form as scored (its title, funds lines and goal too).
    const [first, second] = tables;
    if (!first || second)
      throw new UsageError(
        `--format docx writes the report of one table; this file holds ${tables.length}`,
      );
    await emitDocx(common, fillSelfEvaluation(first.table as never, options as never));
    return 0;
  }
  if (common.format === 'csv') {
    // Several tables (a workbook's sheets): one after another, a blank record between, one BOM.
    const filled = tables.map((t, k) => {
      const csv = renderFilledCsv(fillSelfEvaluation(t.table as never, options as never));
      return k === 0 ? csv : csv.replace(/^\uFEFF/, '');
    });
    await emit(common, filled.join('\r\n'));
    return 0;
  }
  const results = tables.map((t) => ({
    name: t.name,
    result: scoreSelfEvaluation(t.table as never, options as never),
  }));
  const [only] = results;
  if (results.length === 1 && only) {
    await emit(common, render(only.result, common.format, common.locale));
    return 0;
  }
  // A workbook of several tables: each in turn (JSON: an array of { name, result }).
  const text =
    common.format === 'json'
      ? `${inertJson(
          JSON.stringify(
            results.map((r) => ({ name: r.name, ...r.result })),
            null,
            2,
          ),
        )}\n`
      : results
          .map((r) => {
            const body = render(r.result, common.format, common.locale);
            if (common.format === 'html' || common.format === 'tree-csv') return body;
            const title =
              common.format === 'markdown' ? `## ${markdownText(r.name)}` : `== ${r.name} ==`;
            return `${terminalSafe(title)}\n\n${body}`;
          })
          .join('\n');
  await emit(common, text);
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
  const fw = defineFramework((await readJson(common.io, file)) as never);
  const leaves = fw.indicators.filter((i) => i.rule !== null).length;
  const text =
    common.locale === 'zh'
      ? `✓ ${file}：指标体系 ${fw.id}（版本 ${fw.version}）有效，共 ${fw.indicators.length} 个指标（末级 ${leaves} 个），满分 ${fw.max}。\n`
      : `✓ ${file}: framework ${fw.id} (version ${fw.version}) is valid: ${fw.indicators.length} indicators (${leaves} leaves), maximum ${fw.max}.\n`;
  await emit(
    common,
    common.format === 'json'
      ? `${JSON.stringify({ valid: true, id: fw.id, version: fw.version })}\n`
      : terminalSafe(text),
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
    const fw = builtinFramework(id as BuiltinFrameworkId);
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
      : terminalSafe(
          list
            .map((f) => `${f.id}\t${f.version}\t${f.name[common.locale]}\t${f.leaves}\n`)
            .join(''),
        );
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
    throw new UsageError(`unknown schema "${which}" (framework, self, unit-data, layout)`);
  await emit(common, `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
  return 0;
}
