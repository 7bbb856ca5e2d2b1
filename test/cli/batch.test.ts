import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, read } from './fake-io.js';

const table = JSON.stringify(JSON.parse(read('examples/tables/langfang-2019.json')));
const unit = JSON.stringify(JSON.parse(read('examples/linze-kexie-2023.json')));
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('self --batch', () => {
  it('scores one table a line, an error line for one that fails, and counts the grades', async () => {
    const ndjson = [table, '', JSON.stringify({ rows: [] }), '{oops', table].join('\n');
    const f = fakeIo({ 't.ndjson': ndjson });
    expect(await run(['self', '--batch', 't.ndjson'], f.io)).toBe(1);
    const out = lines(f.out());
    expect(out.map((l) => [l.line, l.total ?? 'error'])).toEqual([
      [1, '97.24'],
      [3, 'error'],
      [4, 'error'],
      [5, '97.24'],
    ]);
    // The whole result by default: rows, budget and the engine's evaluation.
    expect(Object.keys(out[0] ?? {})).toEqual(expect.arrayContaining(['rows', 'evaluation']));
    expect(f.err()).toBe('共 4 张：已评分 2 张（优 2，良 0，中 0，差 0），无效 2 张\n');
  });

  it('--compact keeps the summary of each table, a small part of the whole', async () => {
    const whole = fakeIo({ 't.ndjson': table });
    const compact = fakeIo({ 't.ndjson': table });
    expect(await run(['self', '--batch', 't.ndjson'], whole.io)).toBe(0);
    expect(await run(['self', '--batch', 't.ndjson', '--compact'], compact.io)).toBe(0);
    const [line] = lines(compact.out());
    expect(Object.keys(line ?? {})).toEqual([
      'line',
      'unit',
      'project',
      'year',
      'total',
      'max',
      'grade',
      'gradeLabel',
      'findings',
      'warnings',
    ]);
    expect(line?.total).toBe('97.24');
    expect(compact.out().length * 5).toBeLessThan(whole.out().length);
  });

  it('score --batch --compact: the same fields an evaluation has', async () => {
    const f = fakeIo({ 'u.ndjson': unit });
    expect(
      await run(['score', '--batch', 'u.ndjson', '-f', 'department2013', '--compact'], f.io),
    ).toBe(0);
    const [line] = lines(f.out());
    expect(Object.keys(line ?? {})).toEqual([
      'line',
      'unit',
      'total',
      'max',
      'grade',
      'gradeLabel',
      'findings',
      'warnings',
    ]);
  });

  it('--quiet: no summary and no progress, the lines unchanged', async () => {
    const f = fakeIo({ 't.ndjson': `${table}\n${table}` }, '', true);
    expect(await run(['self', '--batch', 't.ndjson', '--quiet', '--compact'], f.io)).toBe(0);
    expect(f.err()).toBe('');
    expect(lines(f.out())).toHaveLength(2);
  });

  it('a terminal sees the share of the file done and the time left', async () => {
    let t = 0;
    const many = Array.from({ length: 4 }, () => table).join('\n');
    const f = fakeIo({ 't.ndjson': many }, '', true, {
      chunkSize: table.length, // about a table a chunk, so the share grows line by line
      now: () => (t += 1000),
    });
    expect(await run(['self', '--batch', 't.ndjson', '--compact', '--locale', 'en'], f.io)).toBe(0);
    const shown = f
      .err()
      .split('\r')
      .filter((s) => s.includes('tables,'));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown[0]).toMatch(/^1 tables, \d+%, \d+s left/);
    expect(f.err()).toContain(
      '4 tables: 4 scored (Excellent 4, Good 0, Fair 0, Poor 0), 0 invalid\n',
    );
  });

  it('usage: --batch with a file argument, --compact without --batch, --batch on another command', async () => {
    const f = fakeIo({ 't.ndjson': table, 't.json': table });
    expect(await run(['self', 't.json', '--batch', 't.ndjson'], f.io)).toBe(2);
    expect(await run(['self', 't.json', '--compact'], f.io)).toBe(2);
    expect(await run(['audit', 't.json', '--batch', 't.ndjson'], f.io)).toBe(2);
    expect(await run(['self', '--batch', 't.ndjson', '--layout', 'national2020'], f.io)).toBe(2);
    expect(f.err()).toContain('--compact is an option of --batch');
  });
});
