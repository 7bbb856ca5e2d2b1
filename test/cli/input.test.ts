import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/decode.js';
import { nodeIo, type CliIo } from '../../src/cli/io.js';
import { syntaxErrorAt } from '../../src/cli/json.js';
import { run } from '../../src/cli/run.js';
import { fakeIo, read } from './fake-io.js';

const table = read('examples/tables/langfang-2019.json');
const csv = read('examples/tables/langfang-2019.csv');

const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return Uint8Array.from([0xfe, 0xff, ...be]);
};
const utf8bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]);

/** The real file system, with the standard streams captured. */
function realIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...nodeIo,
    out: (t) => {
      out.push(t);
    },
    err: (t) => {
      err.push(t);
    },
    errIsTTY: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('issue 8 defect 13: file-system errors name the path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'ok.json'), table);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('issue 8 defect 13: EISDIR, ENOENT and ENOTDIR name the path, in zh and en', async () => {
    let f = realIo();
    expect(await run(['self', join(dir, 'sub')], f.io)).toBe(1);
    expect(f.err()).toContain(`无法读取 ${join(dir, 'sub')}：这是一个目录，不是文件（EISDIR）`);
    f = realIo();
    expect(await run(['self', join(dir, 'sub'), '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain(`cannot read ${join(dir, 'sub')}: it is a directory, not a file`);
    f = realIo();
    expect(await run(['validate', join(dir, 'nope.json'), '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain(
      `cannot read ${join(dir, 'nope.json')}: no such file or directory (ENOENT)`,
    );
    f = realIo();
    expect(await run(['self', join(dir, 'ok.json', 'x.json')], f.io)).toBe(1);
    expect(f.err()).toContain(`无法读取 ${join(dir, 'ok.json', 'x.json')}：路径中有一级不是目录`);
  });

  it('issue 8 defect 13: audit reports a missing path and goes on; --out names a bad target', async () => {
    let f = realIo();
    const missing = join(dir, 'missing.json');
    const out = join(dir, 'review.ndjson');
    const args = ['audit', missing, join(dir, 'ok.json'), '--format', 'json', '--out', out];
    expect(await run(args, f.io)).toBe(1);
    expect(f.err()).toContain('共读取 2 张表，其中无法读取 1 张');
    expect(readFileSync(out, 'utf8')).toContain(`无法读取 ${missing}：文件或目录不存在（ENOENT）`);
    f = realIo();
    expect(await run(['self', join(dir, 'ok.json'), '--out', join(dir, 'sub')], f.io)).toBe(1);
    expect(f.err()).toContain(`无法写入 ${join(dir, 'sub')}：这是一个目录，不是文件（EISDIR）`);
    f = realIo();
    expect(await run(['audit', join(dir, 'ok.json'), '--out', join(dir, 'sub')], f.io)).toBe(1);
    expect(f.err()).toContain(`无法写入 ${join(dir, 'sub')}`);
  });

  it('issue 8 defect 13: the in-memory io names a directory too (Node does not)', async () => {
    const f = fakeIo({ 'tables/a.json': table });
    expect(await run(['self', 'tables', '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain('cannot read tables: it is a directory, not a file (EISDIR)');
  });
});

describe('issue 8 defect 13: encodings, and JSON told from CSV by extension and content', () => {
  it('issue 8 defect 13: an empty .json is said to be empty, not "no header row"', async () => {
    for (const empty of ['', '   \n', new Uint8Array([0xef, 0xbb, 0xbf]), utf16le('')]) {
      const f = fakeIo({ 'e.json': empty });
      expect(await run(['self', 'e.json'], f.io)).toBe(1);
      expect(f.err()).toContain('e.json：文件为空');
      expect(f.err()).not.toContain('三级指标');
    }
    const f = fakeIo({ 'e.json': '' });
    expect(await run(['audit', 'e.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.out()).toContain('e.json: file is empty');
  });

  it('issue 8 defect 13: a binary .json (NUL bytes) is refused as binary', async () => {
    let f = fakeIo({ 'b.json': Uint8Array.from([0x7b, 0x00, 0x01, 0xff, 0x00]) });
    expect(await run(['self', 'b.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain('b.json: looks like a binary file (it holds a NUL byte, at byte 1)');
    f = fakeIo({ 't.xlsx': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) });
    expect(await run(['self', 't.xlsx'], f.io)).toBe(1);
    // An .xlsx is read as a workbook now (issue 9): a broken one is refused by name.
    expect(f.err()).toContain('t.xlsx：不是可读取的 Excel/WPS 工作簿');
    // GBK CSV is decoded (issue 9): "你好,a" is read, and is no 自评表.
    f = fakeIo({ 'g.csv': Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0x61, 0x0a]) });
    expect(await run(['self', 'g.csv'], f.io)).toBe(1);
    expect(f.err()).toContain('第 1 行的表头为：你好 | a');
  });

  it('issue 8 defect 13: UTF-16LE, UTF-16BE and UTF-8 with a BOM score, whatever the chunks', async () => {
    for (const [name, bytes] of [
      ['utf16le', utf16le(table)],
      ['utf16be', utf16be(table)],
      ['utf8bom', utf8bom(table)],
    ] as const) {
      for (const chunkSize of [1, 7, 65536]) {
        const f = fakeIo({ 't.json': bytes }, '', false, { chunkSize });
        expect(await run(['self', 't.json', '--format', 'json'], f.io), name).toBe(0);
        expect((JSON.parse(f.out()) as { total: string }).total).toBe('97.24');
      }
    }
    const f = fakeIo({}, utf16le(csv), false, { chunkSize: 5 });
    expect(await run(['self', '-', '--format', 'json'], f.io)).toBe(0);
    expect((JSON.parse(f.out()) as { total: string }).total).toBe('97.24');
  });

  it('issue 8 defect 13: UTF-16 cut short, or with a NUL, is refused', async () => {
    let f = fakeIo({ 't.json': utf16be(table).subarray(0, 101) });
    expect(await run(['self', 't.json'], f.io)).toBe(1);
    expect(f.err()).toContain('t.json：不是有效的 UTF-16 文本');
    f = fakeIo({ 't.json': utf16le('{"a":\u0000}') });
    expect(await run(['self', 't.json'], f.io)).toBe(1);
    expect(f.err()).toContain('t.json：看起来是二进制文件');
    expect(() => decode(Uint8Array.from([0xff, 0xfe, 0x7b]), 'x')).toThrow(/UTF-16/);
  });

  it('issue 8 defect 13: a .json is JSON: CSV text in it is "not valid JSON", with the line and column', async () => {
    let f = fakeIo({ 't.json': csv });
    expect(await run(['self', 't.json'], f.io)).toBe(1);
    expect(f.err()).toMatch(/t\.json 不是有效的 JSON（第 1 行第 1 列：意外的字符 ".+"）/);
    f = fakeIo({ 't.json': '{\n  "rows": [1, 2,]\n}' });
    expect(await run(['self', 't.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain(
      't.json is not valid JSON (line 2, column 17: unexpected character "]")',
    );
    f = fakeIo({ 't.json': '{"rows": [' });
    expect(await run(['self', 't.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain('line 1, column 11: unexpected end (truncated?)');
    // A .csv is CSV even when it starts with a brace; no extension is sniffed.
    f = fakeIo({ 't.csv': '{"rows":[]}' });
    expect(await run(['self', 't.csv'], f.io)).toBe(1);
    expect(f.err()).toContain('三级指标');
    f = fakeIo({ table: csv, data: table });
    expect(await run(['self', 'table'], f.io)).toBe(0);
    expect(await run(['self', 'data'], f.io)).toBe(0);
  });

  it('issue 8 defect 13: the syntax scan agrees with JSON.parse', () => {
    for (const [text, at] of [
      ['{"a":1}', -1],
      ['[1, {"b": [true, null, "x\\"y"]}]', -1],
      ['{"a":1,}', 7],
      ['{"a" 1}', 5],
      ['[1 2]', 3],
      ['"a\\qb"', 3],
      ['{"a":"\u0001"}', 6],
      ['[01]', 2],
      ['{}x', 2],
      ['', 0],
      ['[[[', 3],
    ] as const) {
      expect(syntaxErrorAt(text), text).toBe(at);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(valid, text).toBe(at < 0);
    }
  });
});
