/**
 * Bytes to text for the command line's JSON inputs, streamed: UTF-8 with or without a BOM, and UTF-16
 * LE or BE with a BOM. Anything else — a binary file, a spreadsheet, GBK text — is refused by name
 * rather than guessed at. (Tables are read whole by cli/tables.ts, where GBK CSV is decoded by
 * `decodeTableText` and workbooks by `jixiao/xlsx`.)
 */
import { TextDecoder } from 'node:util';
import type { JixiaoError } from '../errors/JixiaoError.js';
import { notTextSignature } from '../io/text.js';
import { fileError } from './problems.js';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Decodes a file chunk by chunk (the encoding is read from its first bytes), refusing binary and
 * mis-encoded content with a message naming the file.
 *
 * @example
 * ```ts
 * const d = new Decoder('a.json');
 * const text = d.push(bytes) + d.end();
 * ```
 */
export class Decoder {
  private readonly file: string;
  // Bytes held until there are enough to recognise a byte-order mark or a binary signature.
  private head: Uint8Array = new Uint8Array(0);
  private decoder: TextDecoder | null = null;
  private encoding: Encoding = 'utf-8';
  // UTF-16BE is swapped into LE pair by pair; a chunk may end between the two bytes of a pair.
  private carry: number | null = null;
  private offset = 0;

  /**
   * @param file - the file's name, for messages
   */
  constructor(file: string) {
    this.file = file;
  }

  /**
   * Decodes the next chunk.
   *
   * @param bytes - the chunk
   * @returns the text it completes (possibly empty)
   */
  push(bytes: Uint8Array): string {
    if (this.decoder !== null) return this.feed(bytes, true);
    this.head = concat(this.head, bytes);
    return this.head.length < 4 ? '' : this.start(true);
  }

  /**
   * Ends the input.
   *
   * @returns the last of the text
   */
  end(): string {
    const text = this.decoder === null ? this.start(false) : '';
    if (this.carry !== null) throw this.badEncoding();
    return text + this.feed(new Uint8Array(0), false);
  }

  private start(stream: boolean): string {
    const head = this.head;
    this.head = new Uint8Array(0);
    // A ZIP (.xlsx), an old Office file or a PDF is named, not decoded (one list: io/text.ts).
    const signature = notTextSignature(head);
    if (signature) throw fileError(this.file, signature.zh, signature.en);
    let skip = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
    else if (head[0] === 0xff && head[1] === 0xfe) [this.encoding, skip] = ['utf-16le', 2];
    else if (head[0] === 0xfe && head[1] === 0xff) [this.encoding, skip] = ['utf-16be', 2];
    // The BOM is skipped here, so the decoder must not look for one (nor strip a second).
    this.decoder = new TextDecoder(this.encoding === 'utf-8' ? 'utf-8' : 'utf-16le', {
      fatal: true,
      ignoreBOM: true,
    });
    this.offset = skip;
    return this.feed(head.subarray(skip), stream);
  }

  private feed(input: Uint8Array, stream: boolean): string {
    let bytes = input;
    if (this.encoding === 'utf-8') {
      const nul = bytes.indexOf(0);
      if (nul >= 0) throw this.binary(` ${this.offset + nul}`);
    } else if (this.encoding === 'utf-16be') bytes = this.swap(bytes);
    let text: string;
    try {
      text = (this.decoder ?? new TextDecoder()).decode(bytes, { stream });
    } catch {
      throw this.badEncoding();
    }
    if (this.encoding !== 'utf-8' && text.includes('\u0000')) throw this.binary('');
    this.offset += input.length;
    return text;
  }

  private swap(input: Uint8Array): Uint8Array {
    const src = this.carry === null ? input : concat(Uint8Array.of(this.carry), input);
    const even = src.length - (src.length % 2);
    const out = new Uint8Array(even);
    for (let i = 0; i < even; i += 2) {
      out[i] = src[i + 1] ?? 0;
      out[i + 1] = src[i] ?? 0;
    }
    this.carry = even < src.length ? (src[even] ?? 0) : null;
    return out;
  }

  private binary(at: string): JixiaoError {
    return fileError(
      this.file,
      `看起来是二进制文件（含 NUL 字节${at ? `，第${at} 字节` : ''}），不是文本`,
      `looks like a binary file (it holds a NUL byte${at ? `, at byte${at}` : ''}), not text`,
    );
  }

  private badEncoding(): JixiaoError {
    return this.encoding === 'utf-8'
      ? fileError(
          this.file,
          '不是 UTF-8 编码的文本（有无法解码的字节：可能是二进制文件，或 GBK/GB18030 等编码——请另存为 UTF-8）',
          'is not UTF-8 encoded text (it holds bytes that do not decode: a binary file, or GBK/GB18030 or another encoding — save it as UTF-8)',
        )
      : fileError(
          this.file,
          '不是有效的 UTF-16 文本（有无法解码的字节，或字节数为奇数）',
          'is not valid UTF-16 text (undecodable bytes, or an odd number of bytes)',
        );
  }
}

/**
 * Decodes a whole file: UTF-8 (with or without a BOM) or UTF-16 with a BOM.
 *
 * @param bytes - the file's bytes
 * @param file - its name, for messages
 * @returns the text, without its BOM
 * @throws JixiaoError naming the file when it is binary or not in one of those encodings
 * @example
 * ```ts
 * decode(new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), 'a.json'); // "{}"
 * ```
 */
export function decode(bytes: Uint8Array, file: string): string {
  const d = new Decoder(file);
  return d.push(bytes) + d.end();
}
