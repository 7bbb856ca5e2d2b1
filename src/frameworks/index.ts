/**
 * Built-in frameworks, shipped as JSON data. Each is compiled on first use and reused.
 */
import { registerCache } from '../caches.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { stringArgument } from '../errors/arguments.js';
import { makeIssue } from '../errors/issue.js';
import { defineFramework } from '../framework/defineFramework.js';
import type { Framework } from '../framework/types.js';
import type { FrameworkInput } from '../schema/framework.js';
import department2013 from './department2013.json' with { type: 'json' };

/**
 * The framework documents shipped with jixiao, by id:
 * - `department2013`: 部门整体支出 (财预〔2013〕53号 附件2) with jixiao's documented default weights.
 *
 * @example
 * ```ts
 * Object.keys(BUILTIN_FRAMEWORKS); // ["department2013"]
 * ```
 * @category Framework
 */
export const BUILTIN_FRAMEWORKS: Readonly<{ department2013: FrameworkInput }> = Object.freeze({
  department2013: department2013 as FrameworkInput,
});

/**
 * Ids of the built-in frameworks, a literal union, so that a misspelt id fails `tsc`.
 *
 * @example
 * ```ts
 * const id: BuiltinFrameworkId = 'department2013';
 * ```
 * @category Framework
 */
export type BuiltinFrameworkId = keyof typeof BUILTIN_FRAMEWORKS;

const compiled = new Map<string, Framework>();
registerCache(() => {
  compiled.clear();
});

/**
 * A built-in framework, compiled (once; later calls return the same frozen object).
 *
 * @param id - a built-in id, e.g. `"department2013"` (checked at run time too, for JS callers)
 * @returns the compiled framework
 * @throws {@link JixiaoError} (`invalid_input`) for an unknown id
 * @example
 * ```ts
 * const fw = builtinFramework('department2013');
 * fw.indicators.filter((i) => i.level === 1).map((i) => i.name.zh); // ["投入", "过程", "产出", "效果"]
 * ```
 * @category Framework
 */
export function builtinFramework(id: BuiltinFrameworkId): Framework {
  stringArgument(id, 'id');
  const hit = compiled.get(id);
  if (hit) return hit;
  const doc = Object.hasOwn(BUILTIN_FRAMEWORKS, id) ? BUILTIN_FRAMEWORKS[id] : undefined;
  if (!doc) {
    const known = Object.keys(BUILTIN_FRAMEWORKS).join(', ');
    throw new JixiaoError([
      makeIssue('invalid_input', ['framework'], {
        zh: `没有内置指标体系 "${id}"（可用：${known}）`,
        en: `no built-in framework "${id}" (available: ${known})`,
      }),
    ]);
  }
  const fw = defineFramework(doc);
  compiled.set(id, fw);
  return fw;
}
