/**
 * The renderers on valid results whose names are hostile (escape sequences, bidirectional controls,
 * line breaks, pipes, markup, formulas, lone surrogates): every format keeps its shape and stays
 * inert where it lands — a terminal, Markdown, HTML, a spreadsheet.
 */
import fc from 'fast-check';
import {
  defineFramework,
  evaluate,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderReport,
  renderTable,
  scoreSelfEvaluation,
  type Evaluation,
  type SelfEvaluationResult,
} from '../../../src/index.js';
import { hostileNamesFramework, hostileNamesTable } from '../arbitraries.js';
import {
  call,
  checkCsvText,
  checkHtmlText,
  checkMarkdownText,
  checkTerminalText,
  inputsOf,
  type Inputs,
} from '../checks.js';
import { property, type FuzzProperty } from '../settings.js';

/**
 * Renders a result in every format and language and checks each output.
 *
 * @param e - the evaluation (of a self-evaluation: with its warnings, as the command line does)
 * @param self - the self-evaluation result, if any (for the report)
 * @param inputs - what the caller gave
 */
export function renderAll(e: Evaluation, self: SelfEvaluationResult | null, inputs: Inputs): void {
  for (const locale of ['zh', 'en'] as const) {
    const o = { inputs };
    const table = call(`renderTable(${locale})`, () => renderTable(e, { locale }), o);
    if (table.ok) checkTerminalText(table.value.replace(/\t/g, ' '), `renderTable(${locale})`);
    const md = call(`renderMarkdown(${locale})`, () => renderMarkdown(e, { locale }), o);
    if (md.ok) checkMarkdownText(md.value, `renderMarkdown(${locale})`);
    const html = call(`renderHtml(${locale})`, () => renderHtml(e, { locale }), o);
    if (html.ok) checkHtmlText(html.value, `renderHtml(${locale})`);
    const csv = call(`renderCsv(${locale})`, () => renderCsv(e, { locale }), o);
    if (csv.ok) checkCsvText(csv.value, 11, `renderCsv(${locale})`);
    const report = call(`renderReport(${locale})`, () => renderReport(self ?? e, { locale }), o);
    if (report.ok) checkTerminalText(report.value.replace(/\t/g, ' '), `renderReport(${locale})`);
  }
}

export const renderProperties: FuzzProperty[] = [
  property({
    name: 'evaluations with hostile names, in every format',
    weight: 2,
    arb: hostileNamesFramework,
    check: (c) => {
      let e: Evaluation;
      try {
        e = evaluate(defineFramework(c.doc as never), c.data, c.options);
      } catch {
        return; // the evaluate suite checks refusals; here only results are rendered
      }
      renderAll(e, null, inputsOf(c.doc, c.data));
    },
  }),
  property({
    name: 'self-evaluation tables with hostile names, in every format',
    weight: 2,
    arb: hostileNamesTable,
    check: (c) => {
      let r: SelfEvaluationResult;
      try {
        r = scoreSelfEvaluation(c.table as never, c.options);
      } catch {
        return;
      }
      renderAll({ ...r.evaluation, warnings: r.warnings }, r, inputsOf(c.table));
    },
  }),
  property({
    name: 'renderers given a result with one field of the wrong type',
    weight: 1,
    arb: fc.tuple(
      hostileNamesTable,
      fc.nat(),
      fc.constantFrom<unknown>(null, undefined, 1, '', [], {}, NaN, 'NaN', '1e999', Symbol('s')),
    ),
    check: ([c, at, value]) => {
      let r: SelfEvaluationResult;
      try {
        r = scoreSelfEvaluation(c.table as never, c.options);
      } catch {
        return;
      }
      // Replace one field somewhere in the evaluation (JSON round trip: a result as a caller
      // may have stored and reloaded it).
      const e = JSON.parse(JSON.stringify(r.evaluation)) as Record<string, unknown>;
      const fields: [Record<string, unknown>, string][] = [];
      const walk = (o: unknown): void => {
        if (o === null || typeof o !== 'object') return;
        for (const [k, v] of Object.entries(o)) {
          fields.push([o as Record<string, unknown>, k]);
          walk(v);
        }
      };
      walk(e);
      const [holder, key] = fields[at % fields.length] ?? [e, 'total'];
      holder[key] = value;
      const inputs = inputsOf(c.table, e);
      for (const [name, render] of [
        ['renderTable', renderTable],
        ['renderMarkdown', renderMarkdown],
        ['renderHtml', renderHtml],
        ['renderCsv', renderCsv],
        ['renderReport', renderReport],
      ] as const) {
        call(name, () => render(e as never), { inputs });
      }
    },
  }),
];
