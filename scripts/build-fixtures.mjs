// Rebuilds the real-table fixtures from their typed grids: for every test/fixtures/tables/*.json
// (a table typed cell by cell from a public document, with its source), writes into
// test/fixtures/tables/generated/ the same table as an Excel workbook written by jixiao/xlsx's
// writeWorkbook (numbers stored as numbers with the format that displays them as printed, merged
// cells merged), as CSV in UTF-8 with a BOM (Excel's "CSV UTF-8"), and as CSV in GBK (Excel's "CSV"
// on Chinese Windows). Run after `npm run build`: node scripts/build-fixtures.mjs
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import * as XLSX from '@e965/xlsx';
import { writeWorkbook } from '../dist/xlsx.js';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';

const dir = new URL('../test/fixtures/tables/', import.meta.url);
const out = new URL('generated/', dir);
mkdirSync(out, { recursive: true });

const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
for (const f of files) {
  const grid = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
  const id = f.replace(/\.json$/, '');
  const width = Math.max(...grid.cells.map((r) => r.length));
  const rows = grid.cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));

  // The library's own writer (figures as numbers formatted as printed, merges merged, fixed date).
  const merges = grid.merges.map((m) => XLSX.utils.decode_range(m));
  const xlsx = writeWorkbook([{ name: grid.sheet, cells: rows, merges }]);
  writeFileSync(new URL(`${id}.xlsx`, out), xlsx);

  const csv = `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  writeFileSync(new URL(`${id}.utf8.csv`, out), `\uFEFF${csv}`);
  // A character GBK lacks (☑) becomes "?", as Excel and WPS write it when they save a CSV in the
  // Windows code page: the test then shows whether the table still reads the same.
  const inGbk = (ch) =>
    new TextDecoder('gbk').decode(Buffer.from(cptable.utils.encode(936, ch))) === ch;
  const lost = [...new Set(csv)].filter((ch) => !inGbk(ch));
  const gbkText =
    lost.length === 0 ? csv : [...csv].map((ch) => (lost.includes(ch) ? '?' : ch)).join('');
  if (lost.length > 0) console.log(`${id}: not in GBK, written as "?": ${lost.join('')}`);
  writeFileSync(new URL(`${id}.gbk.csv`, out), Buffer.from(cptable.utils.encode(936, gbkText)));
  console.log(`generated/${id}.{xlsx,utf8.csv,gbk.csv}`);
}
