/**
 * `jixiao/docx`: the self-evaluation report (自评报告) as a Word document. Separate from `jixiao` so
 * that the core entry (and a browser bundle of it) never loads the document library.
 *
 * @packageDocumentation
 */
export { writeReportDocx, type ReportDocxOptions } from './io/docx.js';
export type { FilledTable } from './self/filled.js';
