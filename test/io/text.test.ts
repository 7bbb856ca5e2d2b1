import { describe, expect, it } from 'vitest';
import { decodeTableText, safeDecodeTableText } from '../../src/index.js';
import { issuesOf } from '../helpers.js';

const gbk = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));

describe('decodeTableText', () => {
  const text = '一级指标,三级指标\r\n产出指标,培训人次\r\n';
  it('returns the text and its encoding, and throws invalid_input at ["file"] for what is no text', () => {
    expect(decodeTableText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46]);
    const r = safeDecodeTableText(pdf);
    expect(r.success ? [] : r.error.issues).toEqual(issuesOf(() => decodeTableText(pdf)));
    expect(issuesOf(() => decodeTableText(pdf)).map((i) => [i.code, i.path])).toEqual([
      ['invalid_input', ['file']],
    ]);
  });
  it('UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(safeDecodeTableText(bytes)).toEqual({
      success: true,
      data: { text, encoding: 'utf-8' },
    });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(safeDecodeTableText(bom)).toEqual({ success: true, data: { text, encoding: 'utf-8' } });
  });
  it('GBK (no valid UTF-8): decoded as GB18030', () => {
    // "中文" in GBK.
    expect(safeDecodeTableText(gbk('d6d0cec4'))).toEqual({
      success: true,
      data: { text: '中文', encoding: 'gb18030' },
    });
  });
  it('UTF-16 LE and BE with a BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(safeDecodeTableText(le)).toEqual({
      success: true,
      data: { text: '中文', encoding: 'utf-16le' },
    });
    const be = Uint8Array.from([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]);
    expect(safeDecodeTableText(be)).toEqual({
      success: true,
      data: { text: '中文', encoding: 'utf-16be' },
    });
  });
  it.each([
    ['an .xlsx (ZIP)', [0x50, 0x4b, 0x03, 0x04, 1, 2], 'jixiao/xlsx'],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 1, 2], '.xls'],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
    ['NUL bytes without a BOM', [0x61, 0, 0x62, 0], 'NUL'],
    ['bytes that are neither UTF-8 nor GB18030', [0x61, 0xff, 0xff], 'GBK'],
  ])('refuses %s by name', (_what, bytes, says) => {
    const r = safeDecodeTableText(Uint8Array.from(bytes));
    expect(r.success).toBe(false);
    if (!r.success)
      expect(`${r.error.issues[0].message.zh} ${r.error.issues[0].message.en}`).toContain(says);
  });
  it('refuses what is not bytes, for JavaScript callers', () => {
    expect(safeDecodeTableText('text' as unknown as Uint8Array).success).toBe(false);
  });
});

describe('decodeTableText: each refusal, exactly', () => {
  const refusal = (bytes: number[]) => issuesOf(() => decodeTableText(Uint8Array.from(bytes)));
  it('one issue at ["file"], its message naming what the file is', () => {
    expect(refusal([0x25, 0x50, 0x44, 0x46])).toEqual([
      {
        code: 'invalid_input',
        path: ['file'],
        message: { zh: '文件是 PDF 文件，不是文本', en: 'the file is a PDF file, not text' },
      },
    ]);
    expect(refusal([0x61, 0, 0x62])[0]?.message).toEqual({
      zh: '文件含 NUL 字节，看起来是二进制文件（UTF-16 文本须带 BOM）',
      en: 'the file holds NUL bytes: a binary file (UTF-16 text needs a byte-order mark)',
    });
    expect(refusal([0x61, 0xff, 0xff])[0]?.message).toEqual({
      zh: '文件既不是 UTF-8，也不是 GBK/GB18030 或带 BOM 的 UTF-16 文本',
      en: 'the file is neither UTF-8 nor GBK/GB18030 nor UTF-16 with a BOM',
    });
    const notBytes = safeDecodeTableText([1, 2] as unknown as Uint8Array);
    expect(!notBytes.success && notBytes.error.issues[0].message).toEqual({
      zh: '文件应为字节（Uint8Array / Buffer）',
      en: 'the file must be bytes (a Uint8Array or Buffer)',
    });
  });
  it('a signature must be whole and at the start', () => {
    // Three bytes of the PDF signature, or the signature shifted by one, are text.
    expect(safeDecodeTableText(Uint8Array.from([0x25, 0x50, 0x44]))).toMatchObject({
      success: true,
    });
    expect(safeDecodeTableText(Uint8Array.from([0x20, 0x25, 0x50, 0x44, 0x46]))).toMatchObject({
      success: true,
      data: { text: ' %PDF' },
    });
    // One byte of the signature differing: text.
    expect(safeDecodeTableText(Uint8Array.from([0x25, 0x50, 0x44, 0x47]))).toMatchObject({
      success: true,
    });
  });
  it('UTF-16 needs both bytes of its BOM, and no NUL character inside', () => {
    expect(refusal([0xff, 0xfe, 0x00, 0x00])[0]?.message).toEqual({
      zh: '文件不是有效的 UTF-16 文本',
      en: 'the file is not valid UTF-16 text',
    });
    expect(refusal([0xfe, 0xff, 0x00, 0x00])[0]?.message.en).toBe(
      'the file is not valid UTF-16 text',
    );
    // An odd number of bytes: not UTF-16.
    expect(refusal([0xff, 0xfe, 0x2d])[0]?.message.en).toBe('the file is not valid UTF-16 text');
    expect(refusal([0xfe, 0xff, 0x4e])[0]?.message.en).toBe('the file is not valid UTF-16 text');
    // 0xFF alone, or 0xFE alone, is no BOM (and not UTF-8 nor GB18030 either).
    expect(safeDecodeTableText(Uint8Array.from([0xff, 0x41, 0x42])).success).toBe(false);
    expect(safeDecodeTableText(Uint8Array.from([0x41, 0xfe]))).toMatchObject({ success: false });
  });
  it('a UTF-8 BOM needs all three bytes; after a BOM, no GB18030 fallback', () => {
    // EF BB without BF is not a BOM: the bytes are no UTF-8, and GB18030 reads them.
    expect(safeDecodeTableText(Uint8Array.from([0xef, 0xbb, 0x41]))).toMatchObject({
      success: true,
      data: { encoding: 'gb18030' },
    });
    expect(safeDecodeTableText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      success: true,
      data: { text: 'A', encoding: 'utf-8' },
    });
    // A BOM then GBK bytes: the BOM says UTF-8, so the file is refused, not guessed.
    expect(safeDecodeTableText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xd6, 0xd0])).success).toBe(
      false,
    );
    // A second BOM is kept as text (ignoreBOM): it is not the file's mark.
    expect(safeDecodeTableText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]))).toEqual({
      success: true,
      data: { text: '\uFEFF', encoding: 'utf-8' },
    });
  });
  it('UTF-8 that is invalid is not silently replaced (the decoder is fatal)', () => {
    // "中" then a lone continuation byte: GB18030 refuses it too.
    expect(safeDecodeTableText(Uint8Array.from([0xe4, 0xb8, 0xad, 0x80, 0xff])).success).toBe(
      false,
    );
  });
});

describe('decodeTableText: where each mark must be', () => {
  it('FF or FE with another second byte is no BOM', () => {
    const ff = safeDecodeTableText(Uint8Array.from([0xff, 0x41, 0x42]));
    expect(!ff.success && ff.error.issues[0].message.en).toBe(
      'the file is neither UTF-8 nor GBK/GB18030 nor UTF-16 with a BOM',
    );
    // FE 41 is a GBK pair: read as GB18030, not as UTF-16BE.
    expect(safeDecodeTableText(Uint8Array.from([0xfe, 0x41, 0x42, 0x43]))).toMatchObject({
      success: true,
      data: { encoding: 'gb18030' },
    });
  });
  it('UTF-16BE refusals say so in Chinese too', () => {
    const r = safeDecodeTableText(Uint8Array.from([0xfe, 0xff, 0x4e]));
    expect(!r.success && r.error.issues[0].message.zh).toBe('文件不是有效的 UTF-16 文本');
  });
  it('the UTF-8 BOM is EF BB BF at the start, all three', () => {
    expect(safeDecodeTableText(Uint8Array.from([0x41, 0x42, 0xbf])).success).toBe(false);
    // BB BF after a letter is a GBK pair, not the end of a BOM.
    expect(safeDecodeTableText(Uint8Array.from([0x41, 0xbb, 0xbf]))).toMatchObject({
      success: true,
      data: { encoding: 'gb18030' },
    });
    expect(safeDecodeTableText(Uint8Array.from([0xef, 0x42, 0xbf])).success).toBe(false);
    // After a BOM, bytes that are no UTF-8 are refused even when GB18030 would read them all.
    expect(safeDecodeTableText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xd6, 0xd0])).success).toBe(
      false,
    );
  });
});
