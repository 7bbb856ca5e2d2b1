/**
 * Renders docs/bad-inputs.md from the catalogue (catalogue.test.ts compares the page with it, and
 * rewrites it with UPDATE_DOCS=1), so the page cannot go stale.
 */
import { format, resolveConfig } from 'prettier';
import {
  CATALOGUE,
  KINDS,
  KNOWN_PROBLEMS,
  type BadInput,
  type KnownProblemId,
} from './catalogue.js';

/** Where the page lives. */
export const PAGE = new URL('../../docs/bad-inputs.md', import.meta.url);

const cell = (text: string): string =>
  text.replaceAll('|', '\\|').replaceAll('_', '\\_').replaceAll('\n', ' ');
const code = (text: string): string => `\`${text.replaceAll('|', '\\|')}\``;

function issues(entry: BadInput): string {
  const list = entry.expect.map((e) => `${code(e.code)} ${code(e.path)}`).join('<br>');
  const known = [...new Set([entry.known?.issues, entry.known?.messages])].filter(
    (k): k is KnownProblemId => k !== undefined,
  );
  if (known.length === 0) return list;
  return `${list}<br>⚠ ${known.map((k) => `[${k}](#${k})`).join(', ')}`;
}

function section(kind: (typeof KINDS)[number]): string {
  const entries = CATALOGUE.filter((e) => e.kind === kind.kind);
  const rows = entries.map(
    (e) => `| ${code(e.name)} | ${cell(e.title.zh)} | ${cell(e.title.en)} | ${issues(e)} |`,
  );
  return [
    `## ${kind.zh} / ${kind.en}`,
    '',
    `${entries.length} 项 / ${entries.length} entries.`,
    '',
    '| name | 填写错误 | What was sent | 问题（代码 路径）/ Issues (code path) |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The page as markdown, before prettier aligns its tables.
 *
 * @returns the text of docs/bad-inputs.md, unformatted
 */
export function renderPage(): string {
  const counts = KINDS.map(
    (k) => `| ${k.zh} | ${k.en} | ${CATALOGUE.filter((e) => e.kind === k.kind).length} |`,
  );
  const known = Object.entries(KNOWN_PROBLEMS).map(([id, p]) =>
    [
      `### ${id}`,
      '',
      `- Today: ${p.happens}`,
      `- Should: ${p.should}`,
      `- Entries: ${CATALOGUE.filter((e) => e.known?.issues === id || e.known?.messages === id)
        .map((e) => code(e.name))
        .join(', ')}`,
      '',
    ].join('\n'),
  );
  const text = [
    '# 坏输入目录 / Bad inputs',
    '',
    '<!-- Generated from test/bad-inputs/catalogue.ts: run `UPDATE_DOCS=1 npx vitest run test/bad-inputs` after changing it. -->',
    '',
    '## 中文',
    '',
    `人们实际提交的错误输入：数值单元格里的文字、写成“20%”的分值、不等于 100 的合计、空行、合并单元格留下的空白、重复的编号、循环引用的计算指标、指标值与实际完成值单位不同……共 ${CATALOGUE.length} 项。每一项都在 \`test/bad-inputs/catalogue.test.ts\` 中运行，断言 jixiao 报告的全部问题（代码与路径，按顺序），并检查每条说明都有中文和英文。复核（\`auditSelfEvaluation\`）不抛出错误，列出的是复核发现（discrepancy）的代码与路径。`,
    '',
    '路径按 `formatPath` 的写法给出（`rows[3].target`）。标有 ⚠ 的项目今天的回答与此不同，见文末“已知问题”：测试按正确的回答断言，并在问题修复前标为预期失败。',
    '',
    '## English',
    '',
    `The wrong inputs people really send — text in number cells, weights written "20%", totals that do not add up, empty rows, merged-cell gaps, duplicate ids, cyclic metrics, a different unit in target and actual … — ${CATALOGUE.length} of them. Each runs in \`test/bad-inputs/catalogue.test.ts\`, which asserts every issue jixiao reports (code and path, in order) and checks that every message reads in Chinese and in English. The audit (\`auditSelfEvaluation\`) does not throw: its entries list the codes and paths of its discrepancies.`,
    '',
    'Paths are written as `formatPath` writes them (`rows[3].target`). Entries marked ⚠ are answered differently today: see the known problems at the end. Their tests assert the right answer and are marked as expected to fail until the problem is fixed.',
    '',
    '| 类别 | Kind | 项数 / Entries |',
    '| --- | --- | --- |',
    ...counts,
    `| 合计 | Total | ${CATALOGUE.length} |`,
    '',
    ...KINDS.map(section),
    '## 已知问题 / Known problems',
    '',
    ...known,
  ].join('\n');
  return `${text}\n`;
}

/**
 * The page formatted as prettier formats it (what UPDATE_DOCS=1 writes).
 *
 * @param text - the page from {@link renderPage}
 * @returns the formatted page
 */
export async function formatPage(text: string): Promise<string> {
  const config = (await resolveConfig(PAGE)) ?? {};
  return format(text, { ...config, parser: 'markdown' });
}

/**
 * A page with its table padding removed, to compare the page on disk with the one rendered without
 * running prettier (which takes seconds on a page this size).
 *
 * @param text - markdown
 * @returns the text with runs of spaces around cell separators and of dashes collapsed
 */
export function unpadded(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .replace(/ {2,}\|/g, ' |')
            .replace(/\| {2,}/g, '| ')
            .replace(/-{3,}/g, '---')
        : line,
    )
    .join('\n')
    .trimEnd();
}
