/**
 * Bytes of a text table to text, the way Chinese offices save them: UTF-8 with or without a BOM,
 * UTF-16 with a BOM (Excel's "Unicode text"), and GBK / GB18030 (Excel's "CSV" on Chinese Windows,
 * and WPS). GB18030 is tried only when the bytes are not valid UTF-8, and only with a fatal decoder:
 * bytes that are neither are refused, never guessed at. Uses the standard `TextDecoder`, so it runs
 * in browsers as in Node.
 */
import { makeIssue, type Issue } from '../errors/issue.js';
import { orThrow, safely, type SafeResult } from '../errors/safe.js';

/**
 * The encodings {@link decodeTableText} recognises.
 *
 * @category Files
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Signatures of files people take for tables, with what to say about each. */
const MAGIC: readonly { bytes: readonly number[]; zh: string; en: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    zh: '是 ZIP 压缩文件（如 .xlsx、.docx），不是文本：.xlsx 请用 jixiao/xlsx 或命令行读取',
    en: 'is a ZIP archive (such as .xlsx or .docx), not text: read an .xlsx with jixiao/xlsx or the command line',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    zh: '是旧版 Office 文件（.xls / .et / .doc），不是文本：.xls 请用 jixiao/xlsx 或命令行读取',
    en: 'is an old Office file (.xls / .et / .doc), not text: read an .xls with jixiao/xlsx or the command line',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], zh: '是 PDF 文件，不是文本', en: 'is a PDF file, not text' },
];

/**
 * What a file is when its first bytes are the signature of a file that is no text (a ZIP such as
 * .xlsx, an old Office file, a PDF), in words for a message; `null` otherwise.
 *
 * @param bytes - the file's first bytes (four are enough)
 * @returns the words (after "the file …"), or `null`
 * @example
 * ```ts
 * notTextSignature(Uint8Array.from([0x25, 0x50, 0x44, 0x46]))?.en; // "is a PDF file, not text"
 * ```
 */
export function notTextSignature(bytes: Uint8Array): { zh: string; en: string } | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b))
      return { zh: m.zh, en: m.en };
  }
  return null;
}

const decodeWith = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * Decodes the bytes of a CSV (or other text) table (internal reading: the CLI collects its issues).
 *
 * @param bytes - the file's bytes
 * @returns the text and its encoding, or the problem
 * @example
 * ```ts
 * readTableText(new Uint8Array([0xd6, 0xd0])); // { ok: true, value: { text: "中", encoding: "gb18030" } }
 * ```
 */
export function readTableText(
  bytes: Uint8Array,
):
  | { ok: true; value: { text: string; encoding: TextEncodingName } }
  | { ok: false; issues: Issue[] } {
  const fail = (zh: string, en: string) => ({
    ok: false as const,
    issues: [makeIssue('invalid_input', ['file'], { zh: `文件${zh}`, en: `the file ${en}` })],
  });
  if (!(bytes instanceof Uint8Array)) {
    return fail('应为字节（Uint8Array / Buffer）', 'must be bytes (a Uint8Array or Buffer)');
  }
  const signature = notTextSignature(bytes);
  if (signature) return fail(signature.zh, signature.en);
  const ok = (text: string, encoding: TextEncodingName) => ({
    ok: true as const,
    value: { text, encoding },
  });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = decodeWith('utf-16le', bytes.subarray(2));
    return t === null || t.includes('\u0000')
      ? fail('不是有效的 UTF-16 文本', 'is not valid UTF-16 text')
      : ok(t, 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = decodeWith('utf-16be', bytes.subarray(2));
    return t === null || t.includes('\u0000')
      ? fail('不是有效的 UTF-16 文本', 'is not valid UTF-16 text')
      : ok(t, 'utf-16be');
  }
  if (bytes.includes(0)) {
    return fail(
      '含 NUL 字节，看起来是二进制文件（UTF-16 文本须带 BOM）',
      'holds NUL bytes: a binary file (UTF-16 text needs a byte-order mark)',
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = decodeWith('utf-8', bom ? bytes.subarray(3) : bytes);
  if (utf8 !== null) return ok(utf8, 'utf-8');
  if (!bom) {
    const gb = decodeWith('gb18030', bytes);
    if (gb !== null) return ok(gb, 'gb18030');
  }
  return fail(
    '既不是 UTF-8，也不是 GBK/GB18030 或带 BOM 的 UTF-16 文本',
    'is neither UTF-8 nor GBK/GB18030 nor UTF-16 with a BOM',
  );
}

/**
 * A decoded table text: the text without its BOM, and the encoding it was in.
 *
 * @category Files
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes the bytes of a CSV (or other text) table: UTF-8 (with or without a BOM), UTF-16 with a BOM,
 * else GBK / GB18030, told apart strictly (bytes that are neither are refused, never guessed at).
 *
 * @param bytes - the file's bytes
 * @returns the text (without a BOM) and the encoding found
 * @throws {@link JixiaoError} `invalid_input` at `["file"]`: not bytes, a binary file (a workbook, a
 * PDF …), or text in no encoding it knows
 * @example
 * ```ts
 * decodeTableText(new Uint8Array([0xd6, 0xd0])).encoding; // "gb18030" (GBK "中")
 * ```
 * @category Files
 */
export function decodeTableText(bytes: Uint8Array): DecodedText {
  return orThrow(readTableText(bytes));
}

/**
 * Decodes the bytes of a table without throwing.
 *
 * @param bytes - the file's bytes
 * @returns `{ success: true, data: { text, encoding } }` or `{ success: false, error }`
 * @example
 * ```ts
 * const r = safeDecodeTableText(readFileSync('自评表.csv'));
 * if (r.success) readSelfEvaluationCsv(r.data.text);
 * ```
 * @category Files
 */
export function safeDecodeTableText(bytes: Uint8Array): SafeResult<DecodedText> {
  return safely(() => decodeTableText(bytes));
}
