/**
 * What the command line needs before it knows the command: the formats and the usage error. Kept apart
 * from the renderers so that `jixiao --help`, and a usage error, load no more than this.
 */

/** A usage error: exit code 2. */
export class UsageError extends Error {}

/** The output formats. */
export const FORMATS = [
  'table',
  'markdown',
  'html',
  'csv',
  'tree-csv',
  'xlsx',
  'json',
  'report',
  'docx',
] as const;
/** Output formats. */
export type Format = (typeof FORMATS)[number];
