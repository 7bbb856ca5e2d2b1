/**
 * Cell styles for the workbooks `jixiao/xlsx` writes. SheetJS Community Edition writes no styles
 * (fonts, fills, borders, alignment), but it does export the ZIP library it writes with (`XLSX.CFB`):
 * the package it wrote is opened, its `xl/styles.xml` replaced by a small stylesheet of our own that
 * keeps every number format, and each cell of each sheet given the style of its role. The same
 * workbook gives the same bytes: the ZIP entries carry no date, and number formats are numbered in
 * the order the cells use them, whatever SheetJS numbered them (it numbers a new format after every
 * format it has met in the process).
 */
import * as XLSX from '@e965/xlsx';
import { displayWidth } from '../report/width.js';
import type { CellRange } from './grid.js';

/**
 * What a cell is in a printed table, and so how it looks:
 * - `title`: large and bold, centred, no border (the table's title);
 * - `caption`: centred, no border (the line under the title, "（2019年度）");
 * - `header`: bold on a light fill, bordered, centred and wrapped (column headings);
 * - `cell`: bordered, wrapped, vertically centred (text);
 * - `center`: bordered, wrapped, centred both ways (figures, labels, merged group cells);
 * - `total`: bold, bordered, centred (the 总分 row);
 * - `highlight`: bordered, centred and wrapped on an amber fill (a cell still to be filled in,
 *   as a 偏差原因 that is due).
 * @category Files
 *
 * @example
 * ```ts
 * writeWorkbook([{ name: '表', cells: [['总分', '97.24']], styles: { A1: 'total', B1: 'total' } }]);
 * CELL_STYLES.includes('highlight'); // true
 * ```
 */
export const CELL_STYLES = [
  'title',
  'caption',
  'header',
  'cell',
  'center',
  'total',
  'highlight',
] as const;

/**
 * A cell's role in the printed table: see {@link CELL_STYLES}.
 *
 * @category Files
 */
export type CellStyle = (typeof CELL_STYLES)[number];

/**
 * Cell styles of a sheet, by cell ("H12").
 *
 * @category Files
 */
export type CellStyles = Readonly<Record<string, CellStyle>>;

/** Fonts: 0 the default (as SheetJS writes it), 1 bold, 2 bold and large (a title). */
const FONTS = [
  '<font><sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  '<font><b/><sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  '<font><b/><sz val="16"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
];

const solid = (rgb: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;

/** Fills: 0 none and 1 gray125 (both required by Excel), 2 the headers' light blue-grey, 3 the highlight. */
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  solid('FFDDEBF7'),
  solid('FFFFD966'),
];

const thin = (side: string): string => `<${side} style="thin"><color auto="1"/></${side}>`;

/** Borders: 0 none, 1 thin all round. */
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  `<border>${['left', 'right', 'top', 'bottom'].map(thin).join('')}<diagonal/></border>`,
];

/** How each role looks: font, fill and border (indexes above), and alignment. */
const LOOKS: Readonly<
  Record<
    CellStyle | 'plain',
    { font: number; fill: number; border: number; align?: { h?: string; wrap?: boolean } }
  >
> = {
  plain: { font: 0, fill: 0, border: 0 },
  title: { font: 2, fill: 0, border: 0, align: { h: 'center' } },
  caption: { font: 0, fill: 0, border: 0, align: { h: 'center' } },
  header: { font: 1, fill: 2, border: 1, align: { h: 'center', wrap: true } },
  cell: { font: 0, fill: 0, border: 1, align: { wrap: true } },
  center: { font: 0, fill: 0, border: 1, align: { h: 'center', wrap: true } },
  total: { font: 1, fill: 0, border: 1, align: { h: 'center', wrap: true } },
  highlight: { font: 0, fill: 3, border: 1, align: { h: 'center', wrap: true } },
};

/** The number formats Excel has built in, by their code: a cell using one refers to it by its id. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};

/** The first id of a format of the workbook's own (ids below are Excel's built-in formats). */
const FIRST_CUSTOM = 164;

/** The ZIP library SheetJS exports (untyped in its declarations): what is used of it. */
interface ZipEntry {
  content?: ArrayLike<number> | null;
  size: number;
  mt?: Date;
  ct?: Date;
}
interface Zip {
  FileIndex: ZipEntry[];
}
interface ZipLibrary {
  read(data: Uint8Array, options: { type: 'buffer' }): Zip;
  write(zip: Zip, options: { fileType: 'zip'; type: 'array'; compression: boolean }): Uint8Array;
  find(zip: Zip, path: string): ZipEntry | null;
}
const CFB = XLSX.CFB as ZipLibrary;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** An XML attribute of an element's attribute text, or undefined. */
function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** A number format: one of Excel's built-in formats by its id, or the code of a format of our own. */
type Format = number | string;

/** The stylesheet SheetJS wrote: the number format of each of its cell formats (by `s` index). */
function sheetJsFormats(styles: string): Format[] {
  const codes = new Map<string, string>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*)\/>/g)) {
    const id = attribute(m[1] ?? '', 'numFmtId');
    const code = attribute(m[1] ?? '', 'formatCode');
    if (id !== undefined && code !== undefined) codes.set(id, code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = attribute(m[1] ?? '', 'numFmtId') ?? '0';
    const code = codes.get(id);
    // A format SheetJS did not list is one of Excel's built-in formats, known by its id; one it
    // listed under an id of its own may still be built in ("0.00", once it has read a file using it).
    return code === undefined ? Number(id) : (BUILT_IN[code] ?? code);
  });
}

/** The cell formats of the new stylesheet, numbered in the order the cells ask for them. */
class Stylesheet {
  private readonly keys = new Map<string, number>([['plain\u00000', 0]]);
  private readonly xfs: { role: CellStyle | 'plain'; format: Format }[] = [
    { role: 'plain', format: 0 },
  ];
  private readonly formats = new Map<string, number>();

  /** The `s` index of a role with a number format. */
  index(role: CellStyle | 'plain', format: Format): number {
    const key = `${role}\u0000${typeof format === 'number' ? format : `"${format}`}`;
    let at = this.keys.get(key);
    if (at === undefined) {
      at = this.xfs.length;
      this.keys.set(key, at);
      this.xfs.push({ role, format });
    }
    return at;
  }

  private formatId(format: Format): number {
    if (typeof format === 'number') return format;
    let id = this.formats.get(format);
    if (id === undefined) {
      id = FIRST_CUSTOM + this.formats.size;
      this.formats.set(format, id);
    }
    return id;
  }

  xml(): string {
    const xfs = this.xfs.map(({ role, format }) => {
      const look = LOOKS[role];
      const numFmtId = this.formatId(format);
      const align = look.align
        ? `<alignment${look.align.h ? ` horizontal="${look.align.h}"` : ''} vertical="center"${
            look.align.wrap ? ' wrapText="1"' : ''
          }/>`
        : '';
      const applies = [
        numFmtId ? ' applyNumberFormat="1"' : '',
        look.font ? ' applyFont="1"' : '',
        look.fill ? ' applyFill="1"' : '',
        look.border ? ' applyBorder="1"' : '',
        align ? ' applyAlignment="1"' : '',
      ].join('');
      const head = `<xf numFmtId="${numFmtId}" fontId="${look.font}" fillId="${look.fill}" borderId="${look.border}" xfId="0"${applies}`;
      return align ? `${head}>${align}</xf>` : `${head}/>`;
    });
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`,
    );
    const list = (tag: string, items: readonly string[]): string =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      numFmts.length > 0 ? list('numFmts', numFmts) : '',
      list('fonts', FONTS),
      list('fills', FILLS),
      list('borders', BORDERS),
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      list('cellXfs', xfs),
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/>',
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleMedium4"/>',
      '</styleSheet>',
    ].join('');
  }
}

/** A cell's column and row (0-based) from its A1 name. */
function decode(ref: string): { r: number; c: number } {
  return XLSX.utils.decode_cell(ref);
}

/**
 * A sheet's XML with each cell's `s` the index of its role and number format, and a cell (empty,
 * styled) at every styled address SheetJS left out, so that a blank cell of the table has its borders.
 */
function styleSheet(
  xml: string,
  styles: CellStyles,
  formats: readonly Format[],
  sheet: Stylesheet,
): string {
  const data = /<sheetData\s*\/>|<sheetData>([\s\S]*)<\/sheetData>/.exec(xml);
  if (!data) throw new Error('jixiao: SheetJS wrote a sheet without <sheetData>');
  const rows = new Map<number, { attrs: string; cells: Map<number, string> }>();
  let count = 0;
  for (const m of (data[1] ?? '').matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const attrs = m[1] ?? '';
    const cells = new Map<number, string>();
    for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g)) {
      const cellAttrs = c[1] ?? '';
      const ref = attribute(cellAttrs, 'r') ?? '';
      const format = formats[Number(attribute(cellAttrs, 's') ?? '0')] ?? 0;
      const s = sheet.index(styles[ref] ?? 'plain', format);
      const rest = cellAttrs.replace(/\ss="[^"]*"/, '').replace(/\sr="[^"]*"/, '');
      cells.set(decode(ref).c, `<c r="${ref}"${s ? ` s="${s}"` : ''}${rest}${c[2] ?? '/>'}`);
      count++;
    }
    rows.set(Number(attribute(attrs, 'r')) - 1, { attrs, cells });
  }
  // Every cell SheetJS wrote was read, once: none would be lost.
  const written = (data[1] ?? '').match(/<c[\s/>]/g)?.length ?? 0;
  if (count !== written || [...rows.values()].reduce((n, r) => n + r.cells.size, 0) !== written)
    throw new Error('jixiao: a sheet SheetJS wrote could not be read back for styling');
  // Blank cells of the table: SheetJS writes no cell without a value.
  for (const [ref, role] of Object.entries(styles)) {
    const { r, c } = decode(ref);
    const row = rows.get(r) ?? { attrs: ` r="${r + 1}"`, cells: new Map<number, string>() };
    rows.set(r, row);
    if (!row.cells.has(c)) row.cells.set(c, `<c r="${ref}" s="${sheet.index(role, 0)}"/>`);
  }
  const body = [...rows]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => {
      const cells = [...row.cells].sort(([a], [b]) => a - b).map(([, x]) => x);
      return `<row${row.attrs}>${cells.join('')}</row>`;
    })
    .join('');
  return `${xml.slice(0, data.index)}<sheetData>${body}</sheetData>${xml.slice(data.index + data[0].length)}`;
}

/**
 * Styles a workbook SheetJS wrote: a stylesheet of our own (every number format kept), each cell's
 * style by its role, blank styled cells written, and no date in the ZIP entries.
 *
 * @param bytes - the `.xlsx` SheetJS wrote, its sheets `xl/worksheets/sheet1.xml`, … in order
 * @param styles - each sheet's cell styles, in the same order
 * @returns the styled workbook's bytes
 * @throws Error when the package is not one SheetJS wrote (no styles, a sheet missing)
 * @example
 * ```ts
 * const book = XLSX.utils.book_new();
 * XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['总分', 97.24]]), '自评表');
 * const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
 * styleWorkbook(new Uint8Array(bytes), [{ A1: 'total', B1: 'total' }]); // both cells bold, bordered
 * ```
 */
export function styleWorkbook(bytes: Uint8Array, styles: readonly CellStyles[]): Uint8Array {
  const zip = CFB.read(bytes, { type: 'buffer' });
  const text = (path: string): [ZipEntry, string] => {
    const entry = CFB.find(zip, path);
    if (!entry?.content) throw new Error(`jixiao: SheetJS wrote no ${path}`);
    return [entry, decoder.decode(Uint8Array.from(entry.content))];
  };
  const put = (entry: ZipEntry, xml: string): void => {
    const content = encoder.encode(xml);
    entry.content = content;
    entry.size = content.length;
  };
  const [stylesEntry, stylesXml] = text('/xl/styles.xml');
  const formats = sheetJsFormats(stylesXml);
  const sheet = new Stylesheet();
  styles.forEach((cells, k) => {
    const [entry, xml] = text(`/xl/worksheets/sheet${k + 1}.xml`);
    put(entry, styleSheet(xml, cells, formats, sheet));
  });
  put(stylesEntry, sheet.xml());
  // Reading a ZIP gives each entry the date it holds; SheetJS writes none (zero), and so do we.
  for (const entry of zip.FileIndex) {
    delete entry.mt;
    delete entry.ct;
  }
  return Uint8Array.from(CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }));
}

/** Points a line of text takes in a row (12-point text, and a 16-point title), and a row's padding. */
const LINE_POINTS = 16;
const TITLE_POINTS = 22;
const ROW_PADDING = 5;
/** Roles whose text wraps inside its cell. */
const WRAPS: ReadonlySet<CellStyle> = new Set(['header', 'cell', 'center', 'total', 'highlight']);

/**
 * Row heights (points) for the styled rows of a sheet: a little more than a line, and as many lines
 * as the wrapped text of the row needs, estimated from its length and its columns' widths (Excel,
 * WPS and LibreOffice do not make a row higher for the text it wraps when they open a file). A merged
 * cell across columns has their width; one over several rows is left out (its rows share its
 * height). A row with no styled cell keeps the default height (undefined).
 *
 * @param cells - the sheet's cells
 * @param merges - its merged ranges
 * @param widths - each column's width in characters
 * @param styles - its cell styles
 * @returns each row's height, or undefined
 * @example
 * ```ts
 * rowHeights([['说明', '很长的说明'.repeat(4)]], [], [6, 20], { A1: 'cell', B1: 'cell' }); // [53]: 3 lines
 * ```
 */
export function rowHeights(
  cells: readonly (readonly string[])[],
  merges: readonly CellRange[],
  widths: readonly number[],
  styles: CellStyles,
): (number | undefined)[] {
  const merged = new Map<string, CellRange>(merges.map((m) => [`${m.s.r},${m.s.c}`, m]));
  const styledRows = new Set(Object.keys(styles).map((at) => XLSX.utils.decode_cell(at).r));
  return cells.map((row, r) => {
    if (!styledRows.has(r)) return undefined;
    let points = LINE_POINTS;
    row.forEach((text, c) => {
      const role = styles[XLSX.utils.encode_cell({ r, c })];
      if (text === '' || role === undefined) return;
      if (role === 'title') points = Math.max(points, TITLE_POINTS);
      if (!WRAPS.has(role)) return;
      const m = merged.get(`${r},${c}`);
      if (m && m.e.r > m.s.r) return;
      let width = 0;
      for (let k = c; k <= (m?.e.c ?? c); k++) width += widths[k] ?? 8;
      // Less a character for the cell's margins.
      const room = Math.max(1, width - 1);
      const lines = text
        .split(/\r\n|[\n\r]/)
        .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
      points = Math.max(points, lines * LINE_POINTS);
    });
    return points + ROW_PADDING;
  });
}
