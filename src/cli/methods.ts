/**
 * `jixiao ahp`, `jixiao entropy`, `jixiao fuzzy` and `jixiao topsis`: a method's input from a JSON
 * file (or standard input), its options from `--options`, the result as a table, Markdown, CSV or
 * JSON. `jixiao ahp --framework` also turns the leaf weights into the framework's points and, in
 * JSON, gives the reweighted framework document, ready for `jixiao validate` and `jixiao score`.
 */
import { withWeights } from '../framework/withWeights.js';
import { ahp, type AhpOptions } from '../methods/ahp.js';
import { entropyWeights } from '../methods/entropy.js';
import { fuzzyEvaluate } from '../methods/fuzzy.js';
import { topsis } from '../methods/topsis.js';
import { inertJson } from '../report/escape.js';
import { renderMethod, type MethodOutput } from '../report/methods.js';
import { UsageError, emit, type Common } from './output.js';
import { loadFramework } from './framework.js';
import { readJson } from './read.js';

/** The commands of this module. */
export type MethodCommand = 'ahp' | 'entropy' | 'fuzzy' | 'topsis';

const FORMATS = ['table', 'markdown', 'csv', 'json'];

/**
 * Runs one of the methods' commands.
 *
 * @param command - `ahp`, `entropy`, `fuzzy` or `topsis`
 * @param common - common options
 * @param positionals - the input file (or `-`)
 * @param values - `--options` and, for `ahp`, `--framework`
 * @returns the exit code: 0, or 1 when a judgement matrix fails the consistency check
 * @example
 * ```ts
 * await methodCommand('ahp', common, ['judgements.json'], { framework: 'department2013' });
 * ```
 */
export async function methodCommand(
  command: MethodCommand,
  common: Common,
  positionals: readonly string[],
  values: { options?: string | undefined; framework?: string | undefined },
): Promise<number> {
  if (!FORMATS.includes(common.format))
    throw new UsageError(`jixiao ${command} writes --format ${FORMATS.join(', ')}`);
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('missing the input file (or - for standard input)');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (values.framework !== undefined && command !== 'ahp')
    throw new UsageError('--framework is an option of ahp (and score, self)');
  if (values.options !== undefined && command === 'fuzzy')
    throw new UsageError('fuzzy takes its options inside the input (operator, places)');
  const input = await readJson(common.io, file);
  const options = values.options === undefined ? {} : await readJson(common.io, values.options);
  let output: MethodOutput;
  let extraJson: Record<string, unknown> = {};
  switch (command) {
    case 'ahp': {
      const framework =
        values.framework === undefined
          ? undefined
          : await loadFramework(common.io, values.framework);
      if (framework && typeof options === 'object' && options !== null && 'points' in options)
        throw new UsageError('give points in --options or --framework, not both');
      const o = (framework ? { ...(options as object), points: framework } : options) as AhpOptions;
      const result = ahp(input as never, o);
      output = { kind: 'ahp', result };
      // The reweighted framework, when every leaf keeps some points (a zero_points finding says
      // which do not; withWeights needs positive weights).
      if (
        common.format === 'json' &&
        framework &&
        result.points &&
        !result.findings.some((f) => f.code === 'zero_points')
      )
        extraJson = { framework: withWeights(framework, result.points) };
      break;
    }
    case 'entropy':
      output = { kind: 'entropy', result: entropyWeights(input as never, options as never) };
      break;
    case 'fuzzy':
      output = { kind: 'fuzzy', result: fuzzyEvaluate(input as never) };
      break;
    case 'topsis':
      output = { kind: 'topsis', result: topsis(input as never, options as never) };
      break;
  }
  const text =
    common.format === 'json'
      ? `${inertJson(JSON.stringify({ ...output.result, ...extraJson }, null, 2))}\n`
      : renderMethod(output, common.format as 'table' | 'markdown' | 'csv', common.locale);
  await emit(common, text);
  // A judgement matrix that fails the consistency check is a problem of the input.
  return output.kind === 'ahp' && !output.result.consistent ? 1 : 0;
}
