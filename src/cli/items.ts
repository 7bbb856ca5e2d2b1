/**
 * The tables of `jixiao audit`, one at a time, from a file or standard input. The format is read
 * from the extension and the content together: `.json` is JSON (an array is streamed element by
 * element; lines that are each a whole object are NDJSON), `.ndjson`/`.jsonl` is NDJSON, `.csv` is
 * CSV, and anything else is sniffed. Whatever fails becomes an item with its error, never a throw.
 */
import { JixiaoError } from '../errors/JixiaoError.js';
import { makeIssue } from '../errors/issue.js';
import { readCsvTable } from '../self/csv.js';
import type { GridOptions } from '../self/grid.js';
import { ArrayScanner, type Piece } from './json-array.js';
import { parseJson } from './json.js';
import type { CliIo } from './io.js';
import { asJixiaoError, emptyError, fileError } from './problems.js';
import { TextReader } from './source.js';
import { WORKBOOK, readBytes, readTables, withPublished } from './tables.js';

/** A table (or the reason it is not one) with its label. */
export interface Item {
  readonly name: string;
  readonly table?: unknown;
  readonly error?: JixiaoError;
}

type Kind = 'json' | 'ndjson' | 'csv' | 'workbook' | 'sniff';

const kindOf = (file: string): Kind =>
  /\.json$/i.test(file)
    ? 'json'
    : /\.(ndjson|jsonl)$/i.test(file)
      ? 'ndjson'
      : /\.(csv|txt)$/i.test(file)
        ? 'csv'
        : WORKBOOK.test(file)
          ? 'workbook'
          : 'sniff';

/** The tables of a workbook or CSV file (any encoding), each with the figures it published. */
async function* tableItems(
  io: CliIo,
  file: string,
  bytes: Uint8Array,
  options: GridOptions,
): AsyncGenerator<Item> {
  for (const t of await readTables(io, file, bytes, options)) {
    if (t.table) yield { name: t.name, table: withPublished(t.table, t.name) };
    else if (t.error) yield { name: t.name, error: t.error };
  }
}

/** Sniffed text that is not JSON: a CSV table (already decoded as UTF-8 or UTF-16). */
function* readTablesFromText(text: string, file: string, options: GridOptions): Generator<Item> {
  const r = readCsvTable(text, { ...options, name: file === '-' ? 'stdin' : file });
  if (r.ok) {
    yield { name: file, table: withPublished(r.value, file) };
    return;
  }
  const [first, ...rest] = r.issues;
  yield {
    name: file,
    error: first
      ? new JixiaoError([first, ...rest])
      : fileError(file, 'CSV 无法读取', 'unreadable CSV'),
  };
}

function jsonItem(text: string, name: string, origin?: { line: number; column: number }): Item {
  try {
    return { name, table: parseJson(text, name, origin) };
  } catch (e) {
    return { name, error: asJixiaoError(e, name) };
  }
}

/** Whether a line is a whole JSON object on its own (so the input is NDJSON). */
function isObjectLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** NDJSON: each line a table, named `file:line`; a lone table of a sniffed input keeps the file's name. */
async function* ndjsonItems(
  reader: TextReader,
  file: string,
  line: number,
  sniffed: boolean,
): AsyncGenerator<Item> {
  let held: Item | null = null;
  let items = 0;
  for await (const l of reader.lines(line)) {
    const name = `${file}:${l.n}`;
    if ('error' in l) {
      if (held) yield held;
      held = { name, error: l.error };
    } else if (l.text.trim() !== '') {
      // Each table is yielded when the next arrives, so that a lone one-line object can be renamed.
      if (held) yield held;
      held = jsonItem(l.text, name);
    } else continue;
    items++;
  }
  if (held) yield sniffed && items === 1 ? { ...held, name: file } : held;
}

function pieceItem(piece: Piece, file: string): Item {
  if (piece.kind === 'element') {
    const name = `${file}[${piece.index}]`;
    try {
      // The common case costs one JSON.parse; positions are worked out only for a broken element.
      return { name, table: JSON.parse(piece.text) as unknown };
    } catch {
      return jsonItem(piece.text, name, piece);
    }
  }
  const name = piece.index === null ? file : `${file}[${piece.index}${piece.rest ? '…' : ''}]`;
  return {
    name,
    error: new JixiaoError([
      makeIssue('invalid_input', [], {
        zh: `${name}：${piece.message.zh}`,
        en: `${name}: ${piece.message.en}`,
      }),
    ]),
  };
}

/** A top-level JSON array, element by element. */
async function* arrayItems(reader: TextReader, file: string, line: number): AsyncGenerator<Item> {
  const scanner = new ArrayScanner(reader.limit, line);
  for (let text = await reader.read(); text !== undefined; text = await reader.read()) {
    for (const piece of scanner.push(text)) yield pieceItem(piece, file);
  }
  for (const piece of scanner.end()) yield pieceItem(piece, file);
}

async function* readerItems(
  reader: TextReader,
  file: string,
  kind: Kind,
  options: GridOptions,
): AsyncGenerator<Item> {
  const { first, line } = await reader.start();
  if (first === '') {
    yield { name: file, error: emptyError(file) };
    return;
  }
  if (kind === 'ndjson') {
    yield* ndjsonItems(reader, file, line, false);
    return;
  }
  if (first === '[') {
    yield* arrayItems(reader, file, line);
    return;
  }
  if (first === '{') {
    // NDJSON under another name: the first line is a whole object (one pretty-printed is not).
    const head = await reader.firstLine();
    if (head !== null && isObjectLine(head)) {
      yield* ndjsonItems(reader, file, line, true);
      return;
    }
  }
  const text = await reader.rest();
  if (kind === 'sniff' && first !== '{') {
    const r = readTablesFromText(text, file, options);
    yield* r;
  } else yield jsonItem(text, file);
}

/**
 * The tables of one file (or `-`), each with its name; a failure to read becomes an item too.
 *
 * @param io - the io
 * @param file - a path or `-`
 * @yields each table, or why it could not be read
 * @example
 * ```ts
 * for await (const item of itemsOf(io, 'tables.json')) console.log(item.name);
 * ```
 */
export async function* itemsOf(
  io: CliIo,
  file: string,
  options: GridOptions = {},
): AsyncGenerator<Item> {
  const kind = kindOf(file);
  if (kind === 'csv' || kind === 'workbook') {
    // Bytes, not text: a CSV may be GBK, a workbook is binary.
    try {
      yield* tableItems(io, file, await readBytes(io, file), options);
    } catch (e) {
      yield { name: file, error: asJixiaoError(e, file) };
    }
    return;
  }
  const reader = TextReader.open(io, file);
  try {
    yield* readerItems(reader, file, kind, options);
  } catch (e) {
    // Whatever was read before stays reported; the failure ends this file, not the batch.
    yield { name: file, error: asJixiaoError(e, file) };
  } finally {
    // Closing only releases the file; a failure to do so changes nothing already reported.
    await reader.close().catch(() => undefined);
  }
}

/**
 * The JSON documents of one file (or `-`): NDJSON (a document a line), a JSON array (element by
 * element, of any size) or one JSON document; never read as CSV or a workbook. Each comes with its
 * name (`file:line`, `file[index]`); a failure to read becomes an item too. For `jixiao rank`, which
 * reads the results of `score --batch` and `self --batch`.
 *
 * @param io - the io
 * @param file - a path or `-`
 * @yields each document, or why it could not be read
 * @example
 * ```ts
 * for await (const item of jsonItemsOf(io, 'results.ndjson')) console.log(item.name);
 * ```
 */
export async function* jsonItemsOf(io: CliIo, file: string): AsyncGenerator<Item> {
  const reader = TextReader.open(io, file);
  try {
    yield* readerItems(reader, file, /\.(ndjson|jsonl)$/i.test(file) ? 'ndjson' : 'json', {});
  } catch (e) {
    yield { name: file, error: asJixiaoError(e, file) };
  } finally {
    await reader.close().catch(() => undefined);
  }
}
