/**
 * Inputs as text, chunk by chunk: decoded in one place (decode.ts), system errors naming their path,
 * and nothing held whole beyond a limit, so a huge input is refused rather than exhausting memory.
 */
import type { JixiaoError } from '../errors/JixiaoError.js';
import { Decoder } from './decode.js';
import { MAX_DOCUMENT, type CliIo } from './io.js';
import { fileError, fsError, isErrno } from './problems.js';

/**
 * The decoded text of a file or of standard input, as it arrives.
 *
 * @param io - the io
 * @param path - a path or `-`
 * @param counted - bytes read so far, counted here (for progress)
 * @yields text
 * @throws JixiaoError naming the path when it cannot be read or decoded
 * @example
 * ```ts
 * for await (const text of textOf(io, 'a.csv')) process(text);
 * ```
 */
export async function* textOf(
  io: CliIo,
  path: string,
  counted: { bytes: number } = { bytes: 0 },
): AsyncGenerator<string> {
  const decoder = new Decoder(path);
  try {
    for await (const bytes of io.chunks(path)) {
      counted.bytes += bytes.length;
      const text = decoder.push(bytes);
      if (text !== '') yield text;
    }
  } catch (e) {
    throw isErrno(e) ? fsError(e, path) : e;
  }
  const text = decoder.end();
  if (text !== '') yield text;
}

/**
 * The message for a document over the limit: many tables belong in NDJSON, one per line.
 *
 * @param file - the file
 * @param limit - the limit in characters
 * @param what - what is too large (the file, a line, an element)
 * @returns the error
 * @example
 * ```ts
 * tooLarge('big.json', 64 * 1024 * 1024);
 * ```
 */
export function tooLarge(
  file: string,
  limit: number,
  what = { zh: '文件', en: 'the file' },
): JixiaoError {
  const size =
    limit >= 1024 * 1024
      ? { zh: `${Math.round(limit / 1024 / 1024)} MB`, en: `${Math.round(limit / 1024 / 1024)} MB` }
      : { zh: `${limit} 个字符`, en: `${limit} characters` };
  return fileError(
    file,
    `${what.zh}超过 ${size.zh} 的上限，未读取；大量表格请改用 NDJSON（一行一张表），或 JSON 数组（逐个读取）`,
    `${what.en} is larger than the ${size.en} limit and was not read; for many tables use NDJSON (one table per line) or a JSON array (read one element at a time)`,
  );
}

/**
 * Text read chunk by chunk, with the chunks looked at ahead put back.
 *
 * @example
 * ```ts
 * const r = TextReader.open(io, 'a.json');
 * const { first } = await r.start();
 * ```
 */
export class TextReader {
  /** The file's name, for messages. */
  readonly file: string;
  /** The most characters held for one document, element or line. */
  readonly limit: number;
  private readonly source: AsyncGenerator<string>;
  private readonly held: string[] = [];
  /** Bytes read from the file so far (for progress). */
  readonly counted: { bytes: number };

  /**
   * @param source - the text
   * @param file - its name
   * @param limit - the most characters held at once
   * @param counted - the byte count the source keeps
   */
  constructor(
    source: AsyncGenerator<string>,
    file: string,
    limit: number,
    counted: { bytes: number } = { bytes: 0 },
  ) {
    this.counted = counted;
    this.source = source;
    this.file = file;
    this.limit = limit;
  }

  /**
   * A reader of a file or standard input.
   *
   * @param io - the io
   * @param path - a path or `-`
   * @returns the reader
   */
  static open(io: CliIo, path: string): TextReader {
    const counted = { bytes: 0 };
    return new TextReader(textOf(io, path, counted), path, io.maxDocument ?? MAX_DOCUMENT, counted);
  }

  /**
   * The next chunk of text.
   *
   * @returns it, or `undefined` at the end
   */
  async read(): Promise<string | undefined> {
    const held = this.held.pop();
    if (held !== undefined) return held;
    const r = await this.source.next();
    return r.done === true ? undefined : r.value;
  }

  /**
   * Puts text back, to be read again first.
   *
   * @param text - what was read last
   */
  unread(text: string): void {
    if (text !== '') this.held.push(text);
  }

  /** Stops reading (closes the file). */
  async close(): Promise<void> {
    await this.source.return(undefined);
  }

  /**
   * Finds where the content starts. Chunks of white space before it are dropped (their lines
   * counted); the chunk it is in is put back whole.
   *
   * @returns its first character (`''` when there is none) and the line of the first chunk kept
   */
  async start(): Promise<{ first: string; line: number }> {
    let line = 1;
    for (let text = await this.read(); text !== undefined; text = await this.read()) {
      const at = text.search(/[^ \t\r\n]/);
      if (at >= 0) {
        this.unread(text);
        return { first: text.charAt(at), line };
      }
      for (const c of text) if (c === '\n') line++;
    }
    return { first: '', line };
  }

  /**
   * The first line with content, put back to be read again.
   *
   * @returns it, or `null` when it is longer than the limit
   */
  async firstLine(): Promise<string | null> {
    const seen: string[] = [];
    let size = 0;
    let content = false;
    for (let text = await this.read(); text !== undefined; text = await this.read()) {
      seen.push(text);
      size += text.length;
      const at: number = content ? 0 : text.search(/[^ \t\r\n]/);
      content ||= at >= 0;
      if ((content && text.includes('\n', at)) || size > this.limit) break;
    }
    if (size > this.limit) {
      for (let i = seen.length - 1; i >= 0; i--) this.unread(seen[i] ?? '');
      return null;
    }
    // Put back as one piece: a stream of tiny chunks is then read chunk by chunk only once.
    const text = seen.join('');
    this.unread(text);
    return text.split('\n').find((l) => l.trim() !== '') ?? '';
  }

  /**
   * The rest of the text, refused when over the limit.
   *
   * @returns the text
   * @throws JixiaoError when it is larger than the limit
   */
  async rest(): Promise<string> {
    const parts: string[] = [];
    let size = 0;
    for (let text = await this.read(); text !== undefined; text = await this.read()) {
      size += text.length;
      if (size > this.limit) throw tooLarge(this.file, this.limit);
      parts.push(text);
    }
    return parts.join('');
  }

  /**
   * The rest of the text line by line (line feeds or CR LF), holding one line at a time.
   *
   * @param first - the number of the first line
   * @yields each line with its number, or an error for a line over the limit
   */
  async *lines(
    first = 1,
  ): AsyncGenerator<{ n: number; text: string } | { n: number; error: JixiaoError }> {
    let n = first;
    let parts: string[] = [];
    let size = 0;
    const add = (text: string): void => {
      size += text.length;
      if (size <= this.limit) parts.push(text);
      else parts = [];
    };
    const take = (): { n: number; text: string } | { n: number; error: JixiaoError } => {
      const line =
        size > this.limit
          ? {
              n,
              error: tooLarge(this.file, this.limit, { zh: `第 ${n} 行`, en: `line ${n}` }),
            }
          : { n, text: parts.join('').replace(/\r$/, '') };
      parts = [];
      size = 0;
      n++;
      return line;
    };
    for (let text = await this.read(); text !== undefined; text = await this.read()) {
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        add(text.slice(from, nl));
        from = nl + 1;
        yield take();
      }
      add(text.slice(from));
    }
    if (size > 0) yield take();
  }
}
