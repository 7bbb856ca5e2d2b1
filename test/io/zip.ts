/**
 * The parts of a ZIP package (.docx, .xlsx) by path, as text: the tests read what the writers put in
 * them with SheetJS's CFB reader (already a dependency), no zip library of their own.
 */
import * as XLSX from '@e965/xlsx';

/** What SheetJS's CFB reader gives for a ZIP file (its types say `any`). */
interface Zip {
  readonly FullPaths: readonly string[];
  readonly FileIndex: readonly { readonly type: number; readonly content: Uint8Array }[];
}
const CFB = XLSX.CFB as { read(data: Uint8Array, options: { type: 'array' }): Zip };

/** Every file of the package with content, by its path (SheetJS's own marker entry left out). */
export function zipParts(bytes: Uint8Array): Map<string, string> {
  const zip = CFB.read(bytes, { type: 'array' });
  const out = new Map<string, string>();
  zip.FileIndex.forEach((entry, i) => {
    const path = (zip.FullPaths[i] ?? '').replace(/^Root Entry\//, '');
    if (entry.type === 2 && entry.content.length > 0 && path !== '\u0001Sh33tJ5')
      out.set(path, new TextDecoder().decode(entry.content));
  });
  return out;
}
