/**
 * `jixiao/xlsx`: 自评表 from and to Excel and WPS files. Separate from `jixiao` so that the core entry (and
 * a browser bundle of it) never loads a spreadsheet library.
 *
 * @packageDocumentation
 */
export {
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_WORKBOOK_BYTES,
  readSelfEvaluationWorkbook,
  readWorkbook,
  safeReadSelfEvaluationWorkbook,
  safeReadWorkbook,
  type SheetReading,
} from './io/workbook.js';
export { writeAuditWorkbook, type AuditWorkbookOptions } from './io/write-audit.js';
export type { CellRange, Grid } from './io/grid.js';
export type { SafeResult } from './errors/safe.js';
export type { GridOptions, GridTable } from './self/grid.js';
export {
  CELL_STYLES,
  writeFilledWorkbook,
  writeWorkbook,
  type CellNotes,
  type CellStyle,
  type CellStyles,
  type StyledGrid,
} from './io/write.js';
