/**
 * Runs the bad-input catalogue (issue 8): every entry must be answered with exactly its issues
 * (code and path, in order), each message in Chinese and English; and docs/bad-inputs.md must be
 * the page the catalogue renders (UPDATE_DOCS=1 rewrites it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  auditSelfEvaluation,
  defineFramework,
  evaluate,
  formatPath,
  isJixiaoError,
  project2020,
  readSelfEvaluationCsv,
  scoreSelfEvaluation,
  type LocalMessage,
  type Path,
} from '../../src/index.js';
import { CATALOGUE, KINDS, KNOWN_PROBLEMS, type BadInput } from './catalogue.js';
import { CSV_OK, FRAMEWORK, PROJECT_WEIGHTS, PUBLISHED, TABLE, UNIT_DATA } from './fixtures.js';
import { PAGE, formatPage, renderPage, unpadded } from './page.js';

/** An issue or a discrepancy: what jixiao reported. */
interface Reported {
  readonly code: string;
  readonly path: Path;
  readonly message: LocalMessage;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * What jixiao reports for an entry: the issues of the JixiaoError it throws, the issues of the
 * error of a `{ success: false }` answer, or an audit's discrepancies; nothing when it accepts the
 * input. Any other error (a TypeError from deep inside) is rethrown and fails the test.
 */
function run(entry: BadInput): readonly Reported[] {
  let result: unknown;
  try {
    result = entry.call(entry.input);
  } catch (e) {
    if (isJixiaoError(e)) return e.issues;
    throw e;
  }
  if (isRecord(result) && Array.isArray(result.discrepancies))
    return result.discrepancies as Reported[];
  if (isRecord(result) && result.success === false && isJixiaoError(result.error))
    return result.error.issues;
  return [];
}

/** Each entry runs once; its issues are checked by two tests. */
const runs = new Map<BadInput, { found: readonly Reported[] } | { error: unknown }>();
function reported(entry: BadInput): readonly Reported[] {
  let r = runs.get(entry);
  if (!r) {
    try {
      r = { found: run(entry) };
    } catch (error) {
      r = { error };
    }
    runs.set(entry, r);
  }
  if ('error' in r) throw r.error;
  return r.found;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** English outside the input it quotes ("≥95%以下", "很满意"). */
const unquoted = (en: string): string => en.replace(/"[^"]*"/g, '""');

/**
 * Codes whose English message still carries Chinese today, outside quoted input: untranslated
 * words (missing_input "rate 或 votes（满意度）", "分值 / weight"; level_unknown's list of levels
 * "achieved（达成年度指标）、…"; expression_limit "嵌套超过 32 层 / nested more than 32 levels"), or
 * names from the input shown unquoted (unit_mismatch's units, the audit's indicator names and its
 * term 偏差原因).
 */
const EN_WITH_CHINESE_TODAY: ReadonlySet<string> = new Set([
  'missing_input',
  'level_unknown',
  'expression_limit',
  'unit_mismatch',
  'row_points_differ',
  'explanation_missing',
]);

/** zod's own words, which say nothing about what was expected. */
const BARE = new Set([
  'Invalid input',
  '无效输入',
  'Invalid key in record',
  'record 中的键(key)无效',
]);

const byIssues = (known: boolean) =>
  CATALOGUE.filter((e) => (e.known?.issues !== undefined) === known);
const byMessages = (known: boolean) =>
  CATALOGUE.filter((e) => (e.known?.messages !== undefined) === known);

function checkIssues(entry: BadInput): void {
  const got = reported(entry).map((i) => [i.code, formatPath(i.path)]);
  expect(got).toEqual(entry.expect.map((e) => [e.code, e.path]));
}

function checkMessages(entry: BadInput): void {
  const found = reported(entry);
  // An input wrongly accepted today (a known problem of its issues) has no messages to check.
  if (entry.known?.issues === undefined) expect(found.length).toBeGreaterThan(0);
  for (const { code, message } of found) {
    expect(message.zh, code).not.toBe('');
    expect(CJK.test(message.zh), `${code}: zh "${message.zh}"`).toBe(true);
    expect(message.en, code).not.toBe('');
    if (!EN_WITH_CHINESE_TODAY.has(code))
      expect(CJK.test(unquoted(message.en)), `${code}: en "${message.en}"`).toBe(false);
    expect(BARE.has(message.zh) || BARE.has(message.en), `${code}: "${message.en}"`).toBe(false);
    for (const words of entry.avoid ?? []) {
      expect(message.zh, code).not.toContain(words);
      expect(message.en, code).not.toContain(words);
    }
  }
}

describe('the bad-input catalogue', () => {
  it('holds at least 100 entries with unique kebab-case names, each expecting something', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(100);
    const names = CATALOGUE.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of CATALOGUE) {
      expect(e.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.expect.length, e.name).toBeGreaterThan(0);
      expect(CJK.test(e.title.zh), e.name).toBe(true);
    }
  });

  it('lists every kind on the page, and every known problem is shown by an entry', () => {
    expect(new Set(CATALOGUE.map((e) => e.kind))).toEqual(new Set(KINDS.map((k) => k.kind)));
    const used = new Set(CATALOGUE.flatMap((e) => [e.known?.issues, e.known?.messages]));
    expect(Object.keys(KNOWN_PROBLEMS).filter((id) => !used.has(id as never))).toEqual([]);
  });

  it('starts from sound fixtures: each entry is wrong by its own change only', () => {
    const scored = scoreSelfEvaluation(TABLE);
    expect([scored.total, scored.grade, scored.warnings]).toEqual(['96.73', '优', []]);
    const review = auditSelfEvaluation(PUBLISHED);
    expect([review.readable, review.discrepancies]).toEqual([true, []]);
    const csv = readSelfEvaluationCsv(CSV_OK);
    expect(scoreSelfEvaluation(csv.table as never).total).toBe('96.73');
    expect(evaluate(defineFramework(FRAMEWORK), UNIT_DATA).grade).toBe('优');
    expect(defineFramework(project2020(PROJECT_WEIGHTS)).indicators.length).toBeGreaterThan(0);
  });
});

describe('each bad input is answered with exactly its issues (code and path, in order)', () => {
  it.each(byIssues(false).map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    checkIssues(entry);
  });
  // Known problems (see KNOWN_PROBLEMS): the right answer, expected to fail until fixed.
  it.fails.each(byIssues(true).map((e) => [e.name, e] as const))(
    '%s (known problem)',
    (_name, entry) => {
      checkIssues(entry);
    },
  );
});

describe('each message says what is wrong, in Chinese and in English', () => {
  it.each(byMessages(false).map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    checkMessages(entry);
  });
  it.fails.each(byMessages(true).map((e) => [e.name, e] as const))(
    '%s (known problem)',
    (_name, entry) => {
      checkMessages(entry);
    },
  );
});

describe('docs/bad-inputs.md', () => {
  it('is the page the catalogue renders (UPDATE_DOCS=1 rewrites it)', async () => {
    const page = renderPage();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(PAGE, await formatPage(page));
    expect(unpadded(readFileSync(PAGE, 'utf8'))).toBe(unpadded(page));
  });

  it('is linked from the guides index', () => {
    const index = readFileSync(new URL('../../docs/README.md', import.meta.url), 'utf8');
    expect(index).toContain('(bad-inputs.md)');
  });
});
