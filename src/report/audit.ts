/**
 * Review reports (复核报告) in pieces — a head, one section per table, a summary at the foot — so a
 * review of any number of tables can be written as it goes, in text, Markdown, HTML, CSV or NDJSON.
 */
import type { AuditResult } from '../audit/audit.js';
import { AuditTally, type AuditSummary } from '../audit/summary.js';
import { JixiaoError } from '../errors/JixiaoError.js';
import { argumentError, stringArgument } from '../errors/arguments.js';
import { makeIssue } from '../errors/issue.js';
import { auditResultArgument, auditSummaryArgument, localeArgument } from './check.js';
import { csvCell, inertJson, markdownText as md, terminalLine } from './escape.js';
import { escapeHtml } from './html.js';
import type { Locale } from './model.js';

/** Formats of a review report. */
export type AuditFormat = 'table' | 'markdown' | 'html' | 'csv' | 'json';

const FORMATS: readonly unknown[] = ['table', 'markdown', 'html', 'csv', 'json'];

const SEVERITY = {
  zh: { grade: '影响等级', points: '影响分数', info: '提示' },
  en: { grade: 'changes the grade', points: 'changes points', info: 'information' },
} as const;

type Severity = keyof (typeof SEVERITY)['zh'];

// A severity from a JavaScript caller may be any string; only ours name a word or a class.
const known = (s: string): s is Severity => Object.hasOwn(SEVERITY.zh, s);
/**
 * A severity's name in a language (`grade` → 影响等级); a severity jixiao does not know stays as given.
 *
 * @param s - the severity
 * @param locale - zh or en
 * @returns its name
 * @example
 * ```ts
 * severityName('points', 'en'); // "changes points"
 * ```
 */
export const severityName = (s: string, locale: Locale): string =>
  known(s) ? SEVERITY[locale][s] : s;

// A code in backticks cannot be escaped inside them: only a plain code goes in a code span.
const mdCode = (code: string): string => (/^[a-z0-9_]+$/.test(code) ? `\`${code}\`` : md(code));

function formatArgument(value: unknown): AuditFormat {
  if (FORMATS.includes(value)) return value as AuditFormat;
  throw argumentError(
    'format',
    {
      zh: "'table'、'markdown'、'html'、'csv' 或 'json'",
      en: "'table', 'markdown', 'html', 'csv' or 'json'",
    },
    value,
  );
}

/** NDJSON: the same data, and nothing a terminal acts on; a value JSON cannot hold is an error. */
function jsonLine(value: unknown, name: string): string {
  try {
    return `${inertJson(JSON.stringify(value))}\n`;
  } catch {
    throw new JixiaoError([
      makeIssue('invalid_input', [name], {
        zh: `参数 ${name} 无法写成 JSON（含 BigInt 或循环引用）`,
        en: `argument ${name} cannot be written as JSON (a BigInt or a cycle)`,
      }),
    ]);
  }
}

/**
 * A discrepancy's path as people read it: `rows[3].publishedPoints`.
 *
 * @param p - the path
 * @returns the text
 * @example
 * ```ts
 * path(['rows', 3, 'publishedPoints']); // "rows[3].publishedPoints"
 * ```
 */
export const path = (p: readonly (string | number)[]): string =>
  p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i === 0 ? x : `.${x}`)).join('');

const label = (r: AuditResult, fallback: string): string => r.id ?? fallback;

/**
 * The head of a review report.
 *
 * @param format - the format
 * @param locale - the language
 * @returns text to write first
 * @throws JixiaoError when `format` or `locale` is not one of those allowed
 * @example
 * ```ts
 * out(auditHead('markdown', 'zh')); // "# 自评表复核\n\n"
 * ```
 */
export function auditHead(format: AuditFormat, locale: Locale): string {
  format = formatArgument(format);
  locale = localeArgument(locale, ['locale']);
  const title = locale === 'zh' ? '自评表复核' : 'Review of self-evaluation tables';
  switch (format) {
    case 'markdown':
      return `# ${title}\n\n`;
    case 'html':
      return `<!doctype html>\n<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${title}</title><style>body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;max-width:190mm;margin:auto;font-size:13px}h2{font-size:15px;margin-top:16px}.grade{color:#cf222e}.points{color:#9a6700}.info{color:#57606a}.ok{color:#1a7f37}table{border-collapse:collapse}td,th{border:1px solid #8c959f;padding:2px 6px}@page{size:A4;margin:15mm}</style></head><body><h1>${title}</h1>\n`;
    case 'csv': {
      const head =
        locale === 'zh'
          ? ['表', '位置', '代码', '严重程度', '规则值', '印发值', '差额', '说明']
          : [
              'Table',
              'Where',
              'Code',
              'Severity',
              'Expected',
              'Published',
              'Difference',
              'Message',
            ];
      return `\uFEFF${head.map(csvCell).join(',')}\r\n`;
    }
    default:
      return '';
  }
}

/**
 * One table's section of a review report. Every value is made safe for its format: a CSV cell is
 * neutralised against formulas, Markdown is escaped, HTML is escaped, and the text of the `table`
 * format loses escape sequences and control characters, each value kept to its line.
 *
 * @param result - the review of one table
 * @param name - its fallback label (file name, line)
 * @param format - the format
 * @param locale - the language
 * @returns the section
 * @throws JixiaoError when an argument is not what it should be
 * @example
 * ```ts
 * out(auditSection(auditSelfEvaluation(table), 'a.json', 'table', 'zh'));
 * ```
 */
export function auditSection(
  result: AuditResult,
  name: string,
  format: AuditFormat,
  locale: Locale,
): string {
  auditResultArgument(result, 'result');
  stringArgument(name, 'name');
  format = formatArgument(format);
  locale = localeArgument(locale, ['locale']);
  const id = label(result, name);
  const zh = locale === 'zh';
  const ds = result.discrepancies;
  const counts = (['grade', 'points', 'info'] as const).map(
    (s) => [s, ds.filter((d) => d.severity === s).length] as const,
  );
  const tally = counts
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY[locale][s]} ${n}`)
    .join(zh ? '，' : ', ');
  const totals = result.expected.total
    ? zh
      ? `规则总分 ${result.expected.total}${result.expected.grade ? `（${result.expected.grade}）` : ''}，印发 ${result.published.total ?? result.published.sumOfParts ?? '—'}${result.published.grade ? `（${result.published.grade}）` : ''}`
      : `rules ${result.expected.total}${result.expected.grade ? ` (${result.expected.grade})` : ''}, printed ${result.published.total ?? result.published.sumOfParts ?? '—'}${result.published.grade ? ` (${result.published.grade})` : ''}`
    : '';
  switch (format) {
    case 'json':
      return jsonLine({ table: name, ...result }, 'result');
    case 'csv':
      return ds
        .map((d) =>
          [
            id,
            path(d.path),
            d.code,
            d.severity,
            d.expected ?? '',
            d.published ?? '',
            d.difference ?? '',
            d.message[locale],
          ]
            .map(csvCell)
            .join(','),
        )
        .map((l) => `${l}\r\n`)
        .join('');
    case 'markdown': {
      const head = `## ${ds.length === 0 ? '✓' : '✗'} ${md(id)}\n\n${totals ? `${md(totals)}\n\n` : ''}`;
      if (ds.length === 0) return `${head}${zh ? '未发现问题。' : 'Nothing found.'}\n\n`;
      return `${head}${ds.map((d) => `- **${md(severityName(d.severity, locale))}** ${mdCode(d.code)}${d.path.length > 0 ? ` ${md(path(d.path))}` : ''}：${md(d.message[locale])}`).join('\n')}\n\n`;
    }
    case 'html': {
      const e = escapeHtml;
      const head = `<h2 class="${ds.length === 0 ? 'ok' : 'grade'}">${ds.length === 0 ? '✓' : '✗'} ${e(id)}</h2>${totals ? `<p>${e(totals)}</p>` : ''}`;
      if (ds.length === 0)
        return `${head}<p class="ok">${zh ? '未发现问题。' : 'Nothing found.'}</p>\n`;
      return `${head}<ul>${ds.map((d) => `<li class="${known(d.severity) ? d.severity : 'info'}"><b>${e(severityName(d.severity, locale))}</b> <code>${e(d.code)}</code>${d.path.length > 0 ? ` ${e(path(d.path))}` : ''}：${e(d.message[locale])}</li>`).join('')}</ul>\n`;
    }
    case 'table': {
      const t = terminalLine;
      if (ds.length === 0) return `✓ ${t(id)}${totals ? `  ${t(totals)}` : ''}\n`;
      const lines = ds.map((d) =>
        t(
          `    [${severityName(d.severity, locale)}] ${d.code}${d.path.length > 0 ? ` ${path(d.path)}` : ''}: ${d.message[locale]}`,
        ),
      );
      return `✗ ${t(id)}  ${zh ? `${ds.length} 处（${tally}）` : `${ds.length} found (${tally})`}${totals ? `  ${t(totals)}` : ''}\n${lines.join('\n')}\n`;
    }
  }
}

/**
 * The foot of a review report: the summary, made safe for its format as {@link auditSection} is.
 *
 * @param summary - the summary of the whole batch
 * @param format - the format
 * @param locale - the language
 * @returns text to write last
 * @throws JixiaoError when an argument is not what it should be
 * @example
 * ```ts
 * out(auditFoot(tally.summary(), 'table', 'zh'));
 * ```
 */
export function auditFoot(summary: AuditSummary, format: AuditFormat, locale: Locale): string {
  auditSummaryArgument(summary, 'summary');
  format = formatArgument(format);
  locale = localeArgument(locale, ['locale']);
  const zh = locale === 'zh';
  const codes = Object.entries(summary.byCode)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${n}`);
  const lines = zh
    ? [
        `共读取 ${summary.tables} 张表，其中无法读取 ${summary.unreadable} 张；有问题的 ${summary.withDiscrepancies} 张（影响分数或等级的 ${summary.withErrors} 张）；按规则等级会变化的 ${summary.gradeChanges} 张。`,
        `各类问题：${codes.length === 0 ? '无' : codes.join('，')}`,
        ...(summary.gradeChanged.length > 0
          ? [`等级会变化：${summary.gradeChanged.join('、')}`]
          : []),
      ]
    : [
        `${summary.tables} tables read, ${summary.unreadable} unreadable; ${summary.withDiscrepancies} with findings (${summary.withErrors} changing points or grades); ${summary.gradeChanges} whose grade would change.`,
        `By code: ${codes.length === 0 ? 'none' : codes.join(', ')}`,
        ...(summary.gradeChanged.length > 0
          ? [`Grade would change: ${summary.gradeChanged.join(', ')}`]
          : []),
      ];
  switch (format) {
    case 'json':
      return jsonLine({ summary }, 'summary');
    case 'csv':
      return '';
    case 'markdown':
      return `## ${zh ? '汇总' : 'Summary'}\n\n${lines.map((l) => `- ${md(l)}`).join('\n')}\n`;
    case 'html':
      return `<h2>${zh ? '汇总' : 'Summary'}</h2><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></body></html>\n`;
    case 'table':
      return `\n${lines.map(terminalLine).join('\n')}\n`;
  }
}

/**
 * One review as a whole document in a format (head, section, foot with its summary): what the
 * renderers (`renderHtml`, `renderMarkdown`, `renderCsv`, `renderTable`) write for a review.
 *
 * @param result - the review of one table
 * @param format - the format
 * @param locale - the language
 * @returns the document
 * @throws JixiaoError when an argument is not what it should be
 * @example
 * ```ts
 * renderHtml(auditSelfEvaluation(table)); // the review as an HTML page
 * ```
 */
export function auditDocument(result: AuditResult, format: AuditFormat, locale: Locale): string {
  const tally = new AuditTally();
  tally.add(result);
  return (
    auditHead(format, locale) +
    auditSection(result, result.id ?? (locale === 'zh' ? '自评表' : 'table'), format, locale) +
    auditFoot(tally.summary(), format, locale)
  );
}
