import { describe, expect, it } from 'vitest';
import { ArrayScanner } from '../../src/cli/json-array.js';
import { run } from '../../src/cli/run.js';
import { fakeIo, read, type FakeFile } from './fake-io.js';

const langfang = read('examples/audit/langfang-2019.json');
const guichi = read('examples/audit/guichi-2022-weituo.json');

interface Line {
  table?: string;
  id?: string | null;
  readable?: boolean;
  issues?: { message: { en: string } }[];
  summary?: { tables: number; unreadable: number };
}

/** Runs `jixiao audit … --format json` and returns its lines. */
async function audit(
  files: Record<string, FakeFile>,
  args: string[],
  options: { chunkSize?: number; maxDocument?: number; stdin?: FakeFile } = {},
) {
  const f = fakeIo(files, options.stdin ?? '', false, options);
  const code = await run(['audit', ...args, '--format', 'json', '--locale', 'en'], f.io);
  const lines = f
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  const tables = lines.filter((l) => l.table !== undefined);
  return { code, tables, summary: lines.at(-1)?.summary, err: f.err() };
}

const message = (l: Line | undefined) => l?.issues?.map((i) => i.message.en).join('; ') ?? '';

describe('issue 8 defect 14: JSON arrays are streamed', () => {
  it('issue 8 defect 14: a broken element in the middle is reported, the others are reviewed', async () => {
    const text = `[\n${langfang},\n{"id": "broken", "rows": [1, 2,]},\n${guichi}\n]\n`;
    for (const chunkSize of [3, 64, 65536]) {
      const r = await audit({ 'a.json': text }, ['a.json'], { chunkSize });
      expect(r.tables.map((t) => t.table)).toEqual(['a.json[0]', 'a.json[1]', 'a.json[2]']);
      expect(r.tables.map((t) => t.readable)).toEqual([true, false, true]);
      const line = 2 + langfang.split('\n').length;
      expect(message(r.tables[1])).toBe(
        `a.json[1] is not valid JSON (line ${line}, column 32: unexpected character "]")`,
      );
      expect(r.summary).toMatchObject({ tables: 3, unreadable: 1 });
      expect(r.code).toBe(1);
    }
  });

  it('issue 8 defect 14: strings and escapes do not confuse the scanner; scalars are elements', () => {
    const s = new ArrayScanner(1000);
    const text = '[{"a":"]}\\"{["}, "x\\\\", 12.5e3 ,true,\n[[]],null]';
    // One character at a time: every boundary falls inside something.
    const pieces = Array.from({ length: text.length }, (_, i) => s.push(text.charAt(i)))
      .flat()
      .concat(s.end());
    expect(pieces.map((p) => (p.kind === 'element' ? p.text : p.message.en))).toEqual([
      '{"a":"]}\\"{["}',
      '"x\\\\"',
      '12.5e3',
      'true',
      '[[]]',
      'null',
    ]);
    expect(pieces[4]).toMatchObject({ line: 2, column: 1 });
  });

  it('issue 8 defect 14: brackets out of step lose the rest, which is reported as unreadable', async () => {
    const r = await audit({ 'a.json': `[${langfang}, {"a": [1}, ${guichi}]` }, ['a.json']);
    expect(r.tables.map((t) => t.table)).toEqual(['a.json[0]', 'a.json[1…]']);
    expect(message(r.tables[1])).toContain('brackets do not match (expected "]", got "}")');
    expect(message(r.tables[1])).toContain('the elements after it cannot be told apart');
  });

  it('issue 8 defect 14: a cut-off array, a trailing comma and text after the array are reported', async () => {
    let r = await audit({ 'a.json': `[${langfang}, ${guichi.slice(0, 200)}` }, ['a.json']);
    expect(r.tables.map((t) => [t.table, t.readable])).toEqual([
      ['a.json[0]', true],
      ['a.json[1]', false],
    ]);
    expect(message(r.tables[1])).toContain('the file ends inside this element (truncated?)');
    r = await audit({ 'a.json': `[${langfang},` }, ['a.json']);
    expect(message(r.tables[1])).toContain('the array does not end with "]"');
    r = await audit({ 'a.json': `[${langfang},]` }, ['a.json']);
    expect(message(r.tables[1])).toBe('a.json: a comma ends the array');
    r = await audit({ 'a.json': `[${langfang}] [` }, ['a.json']);
    expect(message(r.tables[1])).toBe('a.json: there is more after the array');
    r = await audit({ 'a.json': '[]' }, ['a.json']);
    expect(r.tables).toEqual([]);
  });

  it('issue 8 defect 14: 5,000 tables stream through with one element in memory at a time', async () => {
    const n = 5000;
    const text = `[${Array.from({ length: n }, (_, i) => JSON.stringify({ id: `t${i}`, rows: [] })).join(',\n')}]`;
    // The limit is far below the array's size: only a streamed read can get through it.
    expect(text.length).toBeGreaterThan(100_000);
    const r = await audit({ 'big.json': text }, ['big.json'], {
      chunkSize: 4096,
      maxDocument: 10_000,
    });
    expect(r.tables).toHaveLength(n);
    expect(r.tables.map((t) => t.id)).toEqual(Array.from({ length: n }, (_, i) => `t${i}`));
    expect(r.tables.at(-1)?.table).toBe(`big.json[${n - 1}]`);
    expect(r.summary?.tables).toBe(n);
  });

  it('issue 8 defect 14: standard input streams an array too', async () => {
    const r = await audit({}, ['-'], { stdin: `\n\n[${langfang},${guichi}]`, chunkSize: 100 });
    expect(r.tables.map((t) => [t.table, t.readable])).toEqual([
      ['-[0]', true],
      ['-[1]', true],
    ]);
  });
});

describe('issue 8 defect 14: whole documents have a size limit', () => {
  it('issue 8 defect 14: a JSON object over the limit is refused, pointing to NDJSON', async () => {
    const r = await audit({ 'a.json': langfang }, ['a.json'], { maxDocument: 1000 });
    expect(message(r.tables[0])).toBe(
      'a.json: the file is larger than the 1000 characters limit and was not read; for many tables use NDJSON (one table per line) or a JSON array (read one element at a time)',
    );
    const f = fakeIo({ 't.json': langfang }, '', false, { maxDocument: 1000 });
    expect(await run(['self', 't.json'], f.io)).toBe(1);
    expect(f.err()).toContain(
      't.json：文件超过 1000 个字符 的上限，未读取；大量表格请改用 NDJSON（一行一张表）',
    );
  });

  it('issue 8 defect 14: an element or a line over the limit is skipped, the others are read', async () => {
    const small = JSON.stringify({ id: 'small', rows: [] });
    const big = JSON.stringify({ id: 'big', rows: [], note: 'x'.repeat(2000) });
    let r = await audit({ 'a.json': `[${small},${big},${small}]` }, ['a.json'], {
      maxDocument: 1000,
      chunkSize: 300,
    });
    expect(r.tables.map((t) => t.table)).toEqual(['a.json[0]', 'a.json[1]', 'a.json[2]']);
    expect(message(r.tables[1])).toContain('larger than the limit of 1000 characters');
    expect(r.tables[2]?.id).toBe('small');
    r = await audit({ 'a.ndjson': `${small}\n${big}\n${small}\n` }, ['a.ndjson'], {
      maxDocument: 1000,
      chunkSize: 300,
    });
    expect(r.tables.map((t) => t.table)).toEqual(['a.ndjson:1', 'a.ndjson:2', 'a.ndjson:3']);
    expect(message(r.tables[1])).toContain('line 2 is larger than the 1000 characters limit');
  });

  it('issue 8 defect 14: NDJSON in a .json file is read line by line', async () => {
    const one = (id: string) => JSON.stringify({ id, rows: [] });
    const r = await audit({ 'a.json': `${one('a')}\n${one('b')}\n` }, ['a.json']);
    expect(r.tables.map((t) => [t.table, t.id])).toEqual([
      ['a.json:1', 'a'],
      ['a.json:2', 'b'],
    ]);
  });
});
