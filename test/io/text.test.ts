import { describe, expect, it } from 'vitest';
import { decodeTableText } from '../../src/index.js';

const gbk = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));

describe('decodeTableText', () => {
  const text = '一级指标,三级指标\r\n产出指标,培训人次\r\n';
  it('UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeTableText(bytes)).toEqual({ ok: true, value: { text, encoding: 'utf-8' } });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeTableText(bom)).toEqual({ ok: true, value: { text, encoding: 'utf-8' } });
  });
  it('GBK (no valid UTF-8): decoded as GB18030', () => {
    // "中文" in GBK.
    expect(decodeTableText(gbk('d6d0cec4'))).toEqual({
      ok: true,
      value: { text: '中文', encoding: 'gb18030' },
    });
  });
  it('UTF-16 LE and BE with a BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(decodeTableText(le)).toEqual({
      ok: true,
      value: { text: '中文', encoding: 'utf-16le' },
    });
    const be = Uint8Array.from([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]);
    expect(decodeTableText(be)).toEqual({
      ok: true,
      value: { text: '中文', encoding: 'utf-16be' },
    });
  });
  it.each([
    ['an .xlsx (ZIP)', [0x50, 0x4b, 0x03, 0x04, 1, 2], 'jixiao/xlsx'],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 1, 2], '.xls'],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF'],
    ['NUL bytes without a BOM', [0x61, 0, 0x62, 0], 'NUL'],
    ['bytes that are neither UTF-8 nor GB18030', [0x61, 0xff, 0xff], 'GBK'],
  ])('refuses %s by name', (_what, bytes, says) => {
    const r = decodeTableText(Uint8Array.from(bytes));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(`${r.issues[0]?.message.zh} ${r.issues[0]?.message.en}`).toContain(says);
  });
  it('refuses what is not bytes, for JavaScript callers', () => {
    expect(decodeTableText('text' as unknown as Uint8Array).ok).toBe(false);
  });
});
