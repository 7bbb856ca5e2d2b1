/**
 * What makes a `.docx` the same bytes for the same report: docx writes the clock's time into the
 * core properties (`docProps/core.xml`) and into every entry of the ZIP file. The properties are
 * written here with a fixed date, and the ZIP entries' dates are set to it afterwards (a date field
 * is not compressed and not covered by any checksum, so nothing else changes).
 */

/** The date a document claims: fixed, as `writeWorkbook` fixes the workbook's. */
export const FIXED_DATE = '2000-01-01T00:00:00Z';

// 2000-01-01 00:00:00 in MS-DOS form: ((2000 - 1980) << 9) | (1 << 5) | 1, and midnight.
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const xml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** The core properties a report claims. */
export interface CoreProperties {
  readonly title: string;
  readonly creator: string;
}

/**
 * `docProps/core.xml` with fixed creation and modification dates.
 *
 * @param props - title and creator (text safe for XML: the caller has removed characters
 *   XML cannot carry)
 * @returns the part's XML
 * @example
 * ```ts
 * coreXml({ title: '自评报告', creator: 'jixiao' }).includes('2000-01-01T00:00:00Z'); // true
 * ```
 */
export function coreXml(props: CoreProperties): string {
  const date = (name: string): string =>
    `<dcterms:${name} xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(props.title)}</dc:title>` +
    `<dc:creator>${xml(props.creator)}</dc:creator><cp:lastModifiedBy>${xml(props.creator)}</cp:lastModifiedBy>` +
    `<cp:revision>1</cp:revision>${date('created')}${date('modified')}</cp:coreProperties>`
  );
}

/**
 * Sets the date and time of every entry of a ZIP file, in its local header and in the central
 * directory, to 2000-01-01 00:00. The bytes are changed in place.
 *
 * @param zip - a ZIP file without a comment or ZIP64 records (as docx writes it)
 * @returns the same array
 * @throws Error when the bytes are not such a ZIP file (a bug, not a user's mistake)
 * @example
 * ```ts
 * fixZipDates(new Uint8Array(await Packer.toArrayBuffer(doc)));
 * ```
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50)
    throw new Error('docx: not a ZIP file without a comment');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('docx: bad central directory');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('docx: bad local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return zip;
}
