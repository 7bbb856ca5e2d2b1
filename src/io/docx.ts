/**
 * The 自评报告 as a Word document (behind `jixiao/docx`): the draft `renderReport` writes — title,
 * the five sections as Word headings, paragraphs, the findings as numbered lists, 【待补充】
 * placeholders highlighted — and, on a landscape page after it, the scored table: the filled 自评表
 * with its merged cells for a self-evaluation, the score table by indicator for an evaluation.
 * The same input gives the same bytes.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { renderLocale } from '../report/check.js';
import { htmlChars, terminalLine } from '../report/escape.js';
import type { Evaluation } from '../engine/types.js';
import type { Locale } from '../report/model.js';
import { reportModel, todo, type ReportModel } from '../report/report-model.js';
import type { RenderOptions } from '../report/table.js';
import { filledFromResult, type FilledTable } from '../self/filled.js';
import type { SelfEvaluationResult } from '../self/score.js';
import { docxInput } from './docx-check.js';
import { coreXml, fixZipDates } from './docx-package.js';
import { formGrid, gridTable, scoreGrid, type TableGrid } from './docx-table.js';

/**
 * Options of {@link writeReportDocx}.
 *
 * @category Files
 */
export type ReportDocxOptions = RenderOptions;

// A4 in twentieths of a point, with 2.5 cm margins (the landscape page: 2 cm).
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1418;
const LANDSCAPE_MARGIN = 1134;
const BODY = 24; // half-points: 12 pt (小四)
const LIST = 'jixiao-list';
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' } as const;
const HEI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' } as const;
const PLACEHOLDER = /(【待补充[^】]*】|\[To be completed: [^\]]*\])/;

/** One line of text Word can hold: one line, no control characters, nothing XML forbids. */
const clean = (text: string): string => htmlChars(terminalLine(text));

/** A paragraph's runs, the placeholders highlighted for the unit to find. */
const runs = (text: string): TextRun[] =>
  clean(text)
    .split(PLACEHOLDER)
    .filter((part) => part !== '')
    .map((part) =>
      PLACEHOLDER.test(part) ? new TextRun({ text: part, highlight: 'yellow' }) : new TextRun(part),
    );

function body(model: ReportModel): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: clean(model.note), size: 21, color: '595959' })],
    }),
  ];
  let lists = 0;
  for (const section of model.sections) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(section.heading) }));
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        out.push(
          new Paragraph({ indent: { firstLine: 2 * BODY * 10 }, children: runs(block.text) }),
        );
        continue;
      }
      // Each list numbered from 1: its own instance of the numbering.
      lists += 1;
      for (const item of block.items)
        out.push(
          new Paragraph({
            numbering: { reference: LIST, level: 0, instance: lists },
            children: runs(item),
          }),
        );
    }
  }
  return out;
}

/** The scored table, and the heading above it. */
function annex(
  input: { kind: 'evaluation'; evaluation: Evaluation } | { kind: 'form'; filled: FilledTable },
  locale: Locale,
): { heading: string; grid: TableGrid } {
  const zh = locale === 'zh';
  if (input.kind === 'evaluation')
    return {
      heading: zh ? '附表：评分表' : 'Annex: score table',
      grid: scoreGrid(input.evaluation, locale),
    };
  const { grid, needsExplanation } = input.filled;
  return {
    heading: zh ? '附表：自评表（评分结果）' : 'Annex: the 自评表 as scored',
    grid: formGrid(grid, needsExplanation, todo(zh ? '偏差原因' : '偏差原因 (reason)', locale)),
  };
}

/**
 * Writes the self-evaluation report draft as a `.docx` file: the text `renderReport` drafts (title,
 * 一、基本情况 … 五、下一步工作建议 as Word headings, the findings as numbered lists, every 【待补充】
 * placeholder highlighted), then on a landscape page the scored table — for a self-evaluation the
 * filled 自评表 of `fillSelfEvaluation` (its merged cells merged, the cells that need a 偏差原因 shaded),
 * for an evaluation the score table by indicator with subtotals, total and grade. The form is the
 * national form, in Chinese, whatever the locale. The document's dates are fixed, so the same input
 * gives the same bytes.
 *
 * @param input - the result of `evaluate`, of `scoreSelfEvaluation`, or of `fillSelfEvaluation` (which
 *   also prints the table's title, funds lines, 年度总体目标 and note on the form)
 * @param options - locale (`'zh'` by default)
 * @returns the document's bytes
 * @throws JixiaoError (the promise rejects) when `input` or `options` is not what it should be
 * @example
 * ```ts
 * import { fillSelfEvaluation } from 'jixiao';
 * import { writeReportDocx } from 'jixiao/docx';
 * writeFileSync('自评报告.docx', await writeReportDocx(fillSelfEvaluation(table)));
 * ```
 * @category Files
 */
export async function writeReportDocx(
  input: Evaluation | SelfEvaluationResult | FilledTable,
  options?: ReportDocxOptions,
): Promise<Uint8Array> {
  const given = docxInput(input, 'input');
  const locale = renderLocale(options);
  const result =
    given.kind === 'evaluation'
      ? given.evaluation
      : given.kind === 'self'
        ? given.result
        : given.filled.result;
  const model = reportModel(result, locale);
  const table = annex(
    given.kind === 'evaluation'
      ? given
      : {
          kind: 'form',
          filled: given.kind === 'filled' ? given.filled : filledFromResult(given.result),
        },
    locale,
  );
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
      }),
    ],
  });
  const margin = (m: number) => ({ top: m, bottom: m, left: m, right: m });
  const landscapeWidth = A4.height - 2 * LANDSCAPE_MARGIN;
  const annexChildren: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(table.heading) }),
    gridTable(table.grid, landscapeWidth, clean),
  ];
  const sections: ISectionOptions[] = [
    {
      properties: { page: { size: A4, margin: margin(MARGIN) } },
      footers: { default: footer },
      children: body(model),
    },
    {
      properties: {
        page: {
          size: { ...A4, orientation: PageOrientation.LANDSCAPE },
          margin: margin(LANDSCAPE_MARGIN),
        },
      },
      footers: { default: footer },
      children: annexChildren,
    },
  ];
  const doc = new Document({
    creator: 'jixiao',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360 } },
        },
        title: {
          run: { font: FONT, size: 36, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
        },
        heading1: {
          run: { font: HEI, size: 28, bold: false, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 2 * BODY * 10 + 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  const core = coreXml({ title: clean(model.title), creator: 'jixiao' });
  const bytes = await Packer.toArrayBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  return fixZipDates(new Uint8Array(bytes));
}
