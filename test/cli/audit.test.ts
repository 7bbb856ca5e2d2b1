import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, read } from './fake-io.js';

const langfang = read('examples/audit/langfang-2019.json');
const guichi = read('examples/audit/guichi-2022-weituo.json');
const clean = JSON.stringify({
  id: 'clean',
  budget: { adjusted: '100', executed: '100', publishedPoints: '10.00', publishedRate: '100%' },
  rows: [
    {
      l1: '产出指标',
      l3: 'a',
      target: '≥10个',
      actual: '12个',
      weight: 50,
      publishedPoints: '50.00',
    },
    {
      l1: '效益指标',
      l3: 'b',
      target: '≥90%',
      actual: '95%',
      weight: 30,
      publishedPoints: '30.00',
    },
    {
      l1: '满意度指标',
      l3: 'c',
      target: '≥90%',
      actual: '96%',
      weight: 10,
      publishedPoints: '10.00',
    },
  ],
  publishedTotal: '100.00',
  publishedGrade: '优',
});

describe('jixiao audit', () => {
  it('reviews a folder of JSON, NDJSON and CSV tables, then summarises', async () => {
    const csv = `${read('examples/tables/langfang-2019.csv')}合计,,,,,100,97,\n评价等级,良\n`;
    const f = fakeIo({
      'in/a.json': langfang,
      'in/b.ndjson': `${clean}\n\n{oops\n`,
      'in/c.csv': csv,
      'in/d.txt': 'ignored',
    });
    expect(await run(['audit', 'in/'], f.io)).toBe(1);
    const out = f.out();
    expect(out).toContain('✗ 廊坊市食品工程学校 2019 暖通改造经费');
    expect(out).toContain('✓ clean');
    expect(out).toContain('✗ in/b.ndjson:3');
    expect(out).toContain('[影响等级] unreadable');
    expect(out).toContain(
      '[影响分数] total_not_sum publishedTotal: 印发的总分 97 不等于印发的各项得分之和 98',
    );
    expect(out).toContain(
      '[影响等级] grade_not_total publishedGrade: 印发的等级「良」与印发的总分 97 对应的等级「优」不符',
    );
    expect(out).toContain('共读取 4 张表，其中无法读取 1 张；有问题的 3 张');
  });

  it('exits 0 when nothing changes points or grades', async () => {
    const f = fakeIo({ 'c.json': clean });
    expect(await run(['audit', 'c.json'], f.io)).toBe(0);
    expect(f.out()).toContain('共读取 1 张表，其中无法读取 0 张；有问题的 0 张');
  });

  it('writes JSON lines with a final summary, and CSV with a BOM', async () => {
    let f = fakeIo({ 'a.json': `[${langfang},${guichi}]` });
    await run(['audit', 'a.json', '--format', 'json'], f.io);
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.table).toBe('a.json[0]');
    expect((lines[2]?.summary as { tables: number }).tables).toBe(2);
    expect(f.err()).toContain('共读取 2 张表');
    f = fakeIo({ 'a.json': langfang });
    await run(['audit', 'a.json', '--format', 'csv', '--locale', 'en', '--out', 'r.csv'], f.io);
    expect(f.written['r.csv']?.startsWith('\uFEFFTable,Where,Code,Severity')).toBe(true);
    expect(f.written['r.csv']).toContain('total_differs');
  });

  it('writes Markdown and HTML reports', async () => {
    let f = fakeIo({ 'a.json': langfang });
    await run(['audit', 'a.json', '--format', 'markdown'], f.io);
    expect(f.out()).toContain('# 自评表复核');
    expect(f.out()).toContain('## 汇总');
    f = fakeIo({ 'a.json': langfang });
    await run(['audit', 'a.json', '--format', 'html'], f.io);
    expect(f.out().startsWith('<!doctype html>')).toBe(true);
    expect(f.out()).toContain('</body></html>');
  });

  it('reads standard input as JSON or NDJSON', async () => {
    let f = fakeIo({}, clean);
    expect(await run(['audit', '-'], f.io)).toBe(0);
    f = fakeIo({}, `${clean}\n${clean}\n`);
    await run(['audit', '-', '--format', 'json'], f.io);
    expect(f.out().trim().split('\n')).toHaveLength(3);
  });

  it('names what it read from standard input, whatever its shape', async () => {
    const tables = async (stdin: string) => {
      const f = fakeIo({}, stdin);
      await run(['audit', '-', '--format', 'json'], f.io);
      const lines = f
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { table?: string; summary?: { unreadable: number } });
      return {
        names: lines.flatMap((l) => (l.table === undefined ? [] : [l.table])),
        unreadable: lines.at(-1)?.summary?.unreadable,
      };
    };
    // One table on one line, with a BOM and blank lines around it.
    expect(await tables(`\uFEFF\n${clean}\n\n`)).toEqual({ names: ['-'], unreadable: 0 });
    // Pretty-printed JSON: its first line is not a whole object, so it is one document.
    const pretty = JSON.stringify(JSON.parse(clean), null, 2);
    expect(await tables(pretty)).toEqual({ names: ['-'], unreadable: 0 });
    expect(await tables(`[${clean},${clean}]`)).toEqual({ names: ['-[0]', '-[1]'], unreadable: 0 });
    // NDJSON with a broken line: that line is reported, the others reviewed.
    expect(await tables(`${clean}\n{"id":\n${clean}\n`)).toEqual({
      names: ['-:1', '-:2', '-:3'],
      unreadable: 1,
    });
  });

  it('usage errors exit 2', async () => {
    for (const argv of [['audit'], ['audit', 'a.json', '--format', 'report']]) {
      expect(await run(argv, fakeIo({ 'a.json': clean }).io)).toBe(2);
    }
  });
});
