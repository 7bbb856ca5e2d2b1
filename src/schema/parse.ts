/**
 * Runs a zod schema and turns its issues into jixiao issues (zh and en), without touching zod's
 * global configuration: Chinese text comes from a per-call locale.
 */
import * as z from 'zod/mini';
// Only the locales used, English and Chinese: `z.locales` would bring all of zod's ~48 into every bundle.
import { en as enLocale, zhCN as zhCNLocale } from 'zod/v4/locales';
import { formatPath, makeIssue, type Issue, type Path } from '../errors/issue.js';
import { structureIssues } from './depth.js';
import { fastCheck } from './fast.js';
import type { LocalMessage } from '../errors/messages.js';

/** Marker messages set on our own schemas; replaced by the texts below. */
const MARKERS: Record<string, LocalMessage> = {
  '$jixiao:num': {
    zh: '应为数值：有限数字或十进制数字符串（如 "97.94"）',
    en: 'expected a number: a finite number or a decimal string such as "97.94"',
  },
  '$jixiao:positive': { zh: '应为大于 0 的数值', en: 'expected a number greater than 0' },
  '$jixiao:aboveOne': {
    zh: '应为大于 1、不超过 10 的倍数（如 1.3 表示实际值达到指标值的 130%，不要写成 130）',
    en: 'expected a ratio above 1 and at most 10 (1.3 means the actual reaches 130% of the target; not 130)',
  },
  '$jixiao:nonneg': { zh: '应为不小于 0 的数值', en: 'expected a number of 0 or more' },
  '$jixiao:share': { zh: '应为 0 到 1 之间的比例', en: 'expected a share between 0 and 1' },
  '$jixiao:percent': {
    zh: '应为 0 到 100 之间的百分数',
    en: 'expected a percentage from 0 to 100',
  },
  '$jixiao:target': {
    zh: '应为指标值文本（如 "≥95%"、"不少于30场次"、"定性：效果明显"），或 101号 表的 { op, value, unit }',
    en: 'expected a target as text (such as "≥95%", "不少于30场次", "定性：效果明显") or the three columns { op, value, unit }',
  },
  '$jixiao:actual': {
    zh: '应为实际完成值的文本（如 "526人次"、"达成年度指标"）或数字',
    en: 'expected the actual value as text (such as "526人次" or "达成年度指标") or a number',
  },
  '$jixiao:scale': {
    zh: '应为 "mof2020"（优良中差四档）或自定义等级标准 { max, bands: [{ label, min }] }',
    en: 'expected "mof2020" (the four grades) or a custom scale { max, bands: [{ label, min }] }',
  },
  '$jixiao:evidence': {
    zh: '应为证明材料的文本，或文本数组',
    en: 'expected evidence as text, or an array of texts',
  },
  '$jixiao:text': {
    zh: '应为非空文本，或 {"zh": "…", "en": "…"} 对象',
    en: 'expected non-empty text, or an object {"zh": "…", "en": "…"}',
  },
  '$jixiao:name': {
    zh: '名称只能由英文字母、数字和下划线组成，可用点分隔（如 budget.executed）',
    en: 'names are ASCII words of letters, digits and "_", joined by dots (e.g. budget.executed)',
  },
  '$jixiao:keyPath': {
    zh: '应为字段路径：以点分隔的字段名（如 "total" 或 "unit.name"），不含空段',
    en: 'expected a key path: field names joined by dots (such as "total" or "unit.name"), none empty',
  },
  '$jixiao:tolerance': {
    zh: '收敛精度应在 1e-35 到 0.001 之间（可写作 "1e-20"）',
    en: 'expected a tolerance from 1e-35 to 0.001 (it may be written "1e-20")',
  },
  '$jixiao:framework': {
    zh: '应为 defineFramework 或 builtinFramework 得到的指标体系，或 { total, places }',
    en: 'expected a framework from defineFramework or builtinFramework, or { total, places }',
  },
  '$jixiao:id': {
    zh: '编号只能含字母、数字、下划线、连字符和点，且以字母或数字开头',
    en: 'ids may contain letters, digits, "_", "-" and ".", starting with a letter or digit',
  },
};

/** The zod locale used for Chinese messages (created once; zod locales are pure functions). */
const zhCN = zhCNLocale();

const zhError = { error: zhCN.localeError } as const;

/**
 * English messages, passed the same way: zod/mini (unlike zod's classic API) sets no locale of its
 * own, and jixiao never touches zod's global configuration.
 */
const enError = { error: enLocale().localeError } as const;

/** Outcome of {@link parseWith}. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

function describe(issue: z.core.$ZodIssue, zh: string): LocalMessage {
  const marker = Object.hasOwn(MARKERS, issue.message) ? MARKERS[issue.message] : undefined;
  if (marker) return marker;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options ?? [];
    const list = options.map((o) => JSON.stringify(o)).join(' | ');
    return {
      zh: `字段 "${issue.discriminator}" 的取值无效，应为 ${list}`,
      en: `invalid "${issue.discriminator}": expected ${list}`,
    };
  }
  return { zh, en: issue.message };
}

/**
 * Parses `input` with a zod schema; on failure returns every problem as a jixiao issue, each path
 * prefixed with `at`.
 *
 * @param schema - the zod schema
 * @param input - untrusted input
 * @param at - path of `input` inside the whole document
 * @returns the parsed value, or the issues
 * @example
 * ```ts
 * parseWith(z.strictObject({ a: z.number() }), { a: 1, b: 2 }, []);
 * // { ok: false, issues: [{ code: 'unknown_key', path: ['b'], … }] }
 * ```
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, at: Path): Parsed<T> {
  // The common case, valid input of the usual shape, without running zod (see ./fast.ts).
  if (fastCheck(schema)?.(input) === true) return { ok: true, value: input as T };
  const structure = structureIssues(input, at);
  // Too deep or cyclic: a recursive schema must not see it.
  if (structure.some((i) => i.code === 'invalid_input')) return { ok: false, issues: structure };
  const parsed = zodParse(schema, input, at);
  if (structure.length === 0) return parsed;
  // "__proto__" keys: zod drops them from records, and reports them on strict objects; say each once.
  const seen = new Set(structure.map((i) => formatPath(i.path)));
  const rest = parsed.ok
    ? []
    : parsed.issues.filter((i) => !(i.code === 'unknown_key' && seen.has(formatPath(i.path))));
  return { ok: false, issues: [...structure, ...rest] };
}

/**
 * Makes zod's issues as precise as they can be. A union that failed where one option matched the
 * value's type (an object given where "mof2020" or a scale object is allowed) reports that option's
 * own problems (`bands: expected array`), not "matches none of the options". A record key that fails
 * its schema reports the key schema's message. Applied alike to the English and the Chinese parse,
 * so the two lists stay aligned.
 */
function refine(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && !('discriminator' in issue && issue.discriminator)) {
      const typed = issue.errors.filter(
        (branch) =>
          !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0) &&
          !branch.some((b) => b.code === 'invalid_value' && b.path.length === 0),
      );
      const [only] = typed;
      if (typed.length === 1 && only && only.length > 0) {
        out.push(...refine(only.map((b) => ({ ...b, path: [...issue.path, ...b.path] }))));
        continue;
      }
    }
    if (issue.code === 'invalid_key') {
      const inner = issue.issues.find((b) => Object.hasOwn(MARKERS, b.message));
      if (inner) {
        out.push({ ...issue, message: inner.message });
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

function zodParse<T>(schema: z.ZodMiniType<T>, input: unknown, at: Path): Parsed<T> {
  const en = schema.safeParse(input, enError);
  if (en.success) return { ok: true, value: en.data };
  const zhIssues = refine(schema.safeParse(input, zhError).error?.issues ?? []);
  const issues: Issue[] = [];
  refine(en.error.issues).forEach((issue, i) => {
    const path = [...at, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push(makeIssue('unknown_key', [...path, key], { key }));
      return;
    }
    const zh = zhIssues[i]?.message ?? issue.message;
    issues.push(makeIssue('invalid_input', path, describe(issue, zh)));
  });
  return { ok: false, issues };
}
