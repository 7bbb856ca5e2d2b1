/**
 * `renderHtml`: one standalone, printable page — inline CSS (A4 print styles), the score table, an
 * inline SVG chart of each 一级指标's scoring rate, the grade, findings and notes. No scripts, no
 * fonts or images fetched: the page works offline and prints as it shows.
 */
import { dec } from '../decimal.js';
import type { Evaluation } from '../engine/types.js';
import { stringArgument } from '../errors/arguments.js';
import { renderInput, renderLocale } from './check.js';
import { auditDocument } from './audit.js';
import type { AuditResult } from '../audit/audit.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { htmlChars } from './escape.js';
import { WORDS, gradeName, pathNames, scoreGroups, type Locale } from './model.js';
import type { RenderOptions } from './table.js';

/**
 * Escapes text for HTML content and quoted attributes: `& < > " '` become references, and
 * characters HTML forbids (C0 controls but tab, line feed and carriage return; DEL; C1 controls;
 * U+FFFE, U+FFFF) and bidirectional controls are removed, a lone surrogate becomes U+FFFD.
 *
 * @param text - any text
 * @returns the escaped text
 * @throws JixiaoError when `text` is not a string
 * @example
 * ```ts
 * escapeHtml('<b>&"'); // "&lt;b&gt;&amp;&quot;"
 * ```
 */
export function escapeHtml(text: string): string {
  return htmlChars(stringArgument(text, 'text')).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const CSS = `
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #1f2328; margin: 0 auto; max-width: 190mm; padding: 12px; font-size: 13px; line-height: 1.5; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 18px 0 6px; border-bottom: 1px solid #d0d7de; padding-bottom: 2px; }
.meta { color: #57606a; margin-bottom: 10px; }
.summary { display: flex; align-items: center; gap: 16px; margin: 10px 0 4px; }
.summary .total { font-size: 28px; font-weight: 700; }
.grade { font-size: 22px; font-weight: 700; color: #fff; background: #1a7f37; border-radius: 6px; padding: 2px 14px; }
.grade.g1 { background: #0969da; } .grade.g2 { background: #9a6700; } .grade.g3 { background: #cf222e; }
table { border-collapse: collapse; width: 100%; margin-top: 6px; table-layout: fixed; }
col.name1 { width: 9%; } col.name2 { width: 11%; } col.name3 { width: 22%; } col.num { width: 9%; }
th, td { border: 1px solid #8c959f; padding: 3px 6px; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.subtotal td { background: #f6f8fa; font-style: italic; }
tr.total td { font-weight: 700; background: #eaeef2; }
td.reason { color: #9a6700; font-size: 12px; }
tr { page-break-inside: avoid; }
ol, ul { margin: 4px 0; padding-left: 22px; }
svg text { font-family: inherit; }
@media print { body { padding: 0; max-width: none; } .summary, h2, svg { page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function chart(evaluation: Evaluation, locale: Locale): string {
  const e = escapeHtml;
  const groups = scoreGroups(evaluation, locale).filter((g) => !dec(g.node.weight).isZero());
  const bar = 26;
  const left = 120;
  const width = 640;
  const span = width - left - 70;
  const height = groups.length * (bar + 10) + 30;
  const title = locale === 'zh' ? '各一级指标得分率' : 'Scoring rate by level-1 indicator';
  const rows = groups.map((g, i) => {
    const rate = dec(g.node.points).div(g.node.weight);
    const y = 24 + i * (bar + 10);
    const w = rate.times(span).toFixed(1);
    const pctText = `${rate.times(100).toFixed(2)}%`;
    const color = rate.gte('0.9')
      ? '#1a7f37'
      : rate.gte('0.8')
        ? '#0969da'
        : rate.gte('0.6')
          ? '#9a6700'
          : '#cf222e';
    return [
      `<text x="${left - 8}" y="${y + bar / 2 + 4}" text-anchor="end" font-size="13">${e(g.name)}</text>`,
      `<rect x="${left}" y="${y}" width="${span}" height="${bar}" fill="#eaeef2"/>`,
      `<rect class="bar" data-rate="${e(rate.toFixed(4))}" x="${left}" y="${y}" width="${e(w)}" height="${bar}" fill="${color}"/>`,
      `<text x="${left + span + 6}" y="${y + bar / 2 + 4}" font-size="13">${e(pctText)}</text>`,
    ].join('');
  });
  return `<svg class="chart" role="img" aria-label="${e(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><text x="0" y="14" font-size="13" font-weight="600">${e(title)}</text>${rows.join('')}</svg>`;
}

/**
 * Renders an evaluation as a standalone, printable HTML page.
 *
 * @param input - the result of `evaluate`, of `scoreSelfEvaluation` (its evaluation, with its warnings), or of
 *   `auditSelfEvaluation` (the review as a whole document)
 * @param options - locale
 * @returns a complete HTML document (inline CSS and SVG, nothing fetched); every value escaped
 * @throws JixiaoError when `evaluation` or `options` is not what it should be
 * @example
 * ```ts
 * writeFileSync('report.html', renderHtml(result)); // open it, or print it to PDF on A4
 * ```
 * @category Report
 */
export function renderHtml(
  input: Evaluation | SelfEvaluationResult | AuditResult,
  options?: RenderOptions,
): string {
  const given = renderInput(input, 'evaluation');
  const locale = renderLocale(options);
  if (given.kind === 'audit') return auditDocument(given.result, 'html', locale);
  const evaluation = given.evaluation;
  const w = WORDS[locale];
  const e = escapeHtml;
  const title = `${evaluation.framework.name[locale]} ${w.scoreTable}`;
  const gradeIndex = evaluation.policies.scale.bands.findIndex(
    (b) => b.label.zh === evaluation.grade,
  );
  const rows: string[] = [];
  for (const group of scoreGroups(evaluation, locale)) {
    group.rows.forEach((r, i) => {
      const prev = group.rows[i - 1];
      const points = r.status === 'notApplicable' ? '—' : r.points;
      rows.push(
        `<tr data-id="${e(r.id)}"><td>${e(i === 0 ? r.l1 : '')}</td><td>${e(prev?.l2 === r.l2 ? '' : r.l2)}</td><td>${e(r.l3)}</td><td class="num">${e(r.weight)}</td><td class="num">${e(points)}</td><td class="reason">${e(r.reason)}</td></tr>`,
      );
    });
    rows.push(
      `<tr class="subtotal"><td></td><td></td><td>${e(group.name)} ${w.subtotal}</td><td class="num">${e(group.node.weight)}</td><td class="num">${e(group.node.points)}</td><td></td></tr>`,
    );
  }
  rows.push(
    `<tr class="total"><td colspan="3">${w.total}</td><td class="num">${e(evaluation.max)}</td><td class="num" id="total">${e(evaluation.total)}</td><td></td></tr>`,
  );
  const paths = pathNames(evaluation, locale);
  const findings =
    evaluation.findings.length === 0
      ? `<p>${w.none}</p>`
      : `<ol class="findings">${evaluation.findings
          .map(
            (f) =>
              `<li><b>${e((paths.get(f.indicatorId) ?? f.path).join(' › '))}</b>（−${e(f.lost)}）：${e(f.message[locale])}</li>`,
          )
          .join('')}</ol>`;
  const notes =
    evaluation.warnings.length === 0
      ? ''
      : `<h2>${w.warnings}</h2><ul class="warnings">${evaluation.warnings.map((x) => `<li>${e(x.message[locale])}</li>`).join('')}</ul>`;
  const unit = evaluation.unit
    ? `<div class="meta">${w.unit}：${e(evaluation.unit.name)}${evaluation.unit.year === undefined ? '' : `\u3000${w.year}：${e(String(evaluation.unit.year))}`}</div>`
    : '';
  return `<!doctype html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jixiao ${e(evaluation.library.version)}">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${e(title)}</h1>
${unit}
<div class="summary"><span class="total" data-total="${e(evaluation.total)}">${e(evaluation.total)}<small> / ${e(evaluation.max)}</small></span><span class="grade g${Math.max(0, gradeIndex)}" id="grade">${e(gradeName(evaluation, locale))}</span></div>
${chart(evaluation, locale)}
<h2>${w.scoreTable}</h2>
<table class="scores"><colgroup><col class="name1"><col class="name2"><col class="name3"><col class="num"><col class="num"><col></colgroup><thead><tr>${w.head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>
<h2>${w.findings}</h2>
${findings}
${notes}
</body>
</html>
`;
}
