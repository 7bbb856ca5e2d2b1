/**
 * `--framework <id|file>`: a built-in framework by its id, or a framework file (validated by
 * `defineFramework`, which lists every problem). Shared by `score` and `ahp`.
 */
import { defineFramework } from '../framework/defineFramework.js';
import type { Framework } from '../framework/types.js';
import {
  BUILTIN_FRAMEWORKS,
  builtinFramework,
  type BuiltinFrameworkId,
} from '../frameworks/index.js';
import type { CliIo } from './io.js';
import { readJson } from './read.js';

/**
 * The framework `--framework` names.
 *
 * @param io - files and streams
 * @param ref - a built-in id (see `jixiao frameworks`) or a path (or `-`)
 * @returns the compiled framework
 * @throws JixiaoError when the file cannot be read or is not a valid framework
 * @example
 * ```ts
 * const fw = await loadFramework(common.io, 'department2013');
 * ```
 */
export async function loadFramework(io: CliIo, ref: string): Promise<Framework> {
  if (Object.hasOwn(BUILTIN_FRAMEWORKS, ref)) return builtinFramework(ref as BuiltinFrameworkId);
  return defineFramework((await readJson(io, ref)) as never); // validated by the callee
}
