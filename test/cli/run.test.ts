import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, read } from './fake-io.js';

const linze = read('examples/linze-kexie-2023.json');
const langfang = read('examples/tables/langfang-2019.json');
const langfangCsv = read('examples/tables/langfang-2019.csv');

describe('jixiao', () => {
  it('prints help and the version; usage errors exit 2', async () => {
    let f = fakeIo();
    expect(await run(['--help'], f.io)).toBe(0);
    expect(f.out()).toContain('jixiao <command>');
    f = fakeIo();
    expect(await run(['score', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('--batch');
    f = fakeIo();
    expect(await run(['--version'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
    for (const argv of [
      [],
      ['bogus'],
      ['score', 'd.json'],
      ['self'],
      ['score', 'x', '-f', 'department2013', '--format', 'pdf'],
      ['self', 't.json', '--nope'],
      ['schema', 'x'],
      ['validate', 'a', 'b'],
      ['self', 'a.json', '--locale', 'fr'],
    ]) {
      f = fakeIo({ 'd.json': linze, x: linze });
      expect(await run(argv, f.io), argv.join(' ')).toBe(2);
    }
  });

  it('score: a unit against a built-in framework, in every format', async () => {
    let f = fakeIo({ 'd.json': linze });
    expect(await run(['score', 'd.json', '-f', 'department2013'], f.io)).toBe(0);
    expect(f.out()).toContain('总分 97.94 / 100.00，评价等级：优');
    f = fakeIo({ 'd.json': linze });
    await run(['score', 'd.json', '-f', 'department2013', '--format', 'json'], f.io);
    expect((JSON.parse(f.out()) as { total: string }).total).toBe('97.94');
    f = fakeIo({ 'd.json': linze });
    await run(
      ['score', 'd.json', '-f', 'department2013', '--format', 'markdown', '--locale', 'en'],
      f.io,
    );
    expect(f.out()).toContain('**Total 97.94 / 100.00, grade: Excellent**');
    f = fakeIo({ 'd.json': linze });
    await run(['score', 'd.json', '-f', 'department2013', '--format', 'csv'], f.io);
    expect(f.out().startsWith('\uFEFF层级,编号')).toBe(true);
    f = fakeIo({ 'd.json': linze });
    await run(
      ['score', 'd.json', '-f', 'department2013', '--format', 'html', '--out', 'r.html'],
      f.io,
    );
    expect(f.written['r.html']).toContain('<!doctype html>');
    expect(f.out()).toBe('');
    f = fakeIo({}, linze);
    await run(['score', '-', '-f', 'department2013', '--format', 'report'], f.io);
    expect(f.out()).toContain('最终评分结果为 97.94 分，评价等级为“优”。');
  });

  it('score: a framework from a file, with policy options', async () => {
    const fw = JSON.stringify({
      id: 'one',
      version: '1',
      name: '单项',
      indicators: [{ id: 'x', name: '评分', weight: 100, rule: { kind: 'manual' } }],
    });
    const f = fakeIo({ 'fw.json': fw, 'd.json': '{"answers":{}}', 'o.json': '{"missing":"zero"}' });
    expect(await run(['score', 'd.json', '-f', 'fw.json', '--options', 'o.json'], f.io)).toBe(0);
    expect(f.out()).toContain('总分 0.00 / 100.00，评价等级：差');
  });

  it('score: invalid data exits 1 with every issue and its path', async () => {
    const f = fakeIo({
      'd.json': JSON.stringify({ facts: { 'staff.actaul': 8 }, answers: { nope: {} } }),
    });
    expect(await run(['score', 'd.json', '-f', 'department2013'], f.io)).toBe(1);
    expect(f.err()).toContain('facts.staff.actaul  [unknown_fact]');
    expect(f.err()).toContain('answers.nope  [unknown_indicator]');
    const g = fakeIo({ 'd.json': '{not json' });
    expect(await run(['score', 'd.json', '-f', 'department2013'], g.io)).toBe(1);
    expect(g.err()).toContain('d.json 不是有效的 JSON');
    const h = fakeIo();
    expect(await run(['score', 'missing.json', '-f', 'department2013'], h.io)).toBe(1);
    expect(h.err()).toContain('ENOENT');
  });

  it('score --batch: one JSON line per unit, errors in line, a summary per grade', async () => {
    const bad = JSON.stringify({ facts: {} });
    const ndjson = [
      linze.replace(/\n\s*/g, ''),
      '',
      bad,
      '{oops',
      linze.replace(/\n\s*/g, ''),
    ].join('\n');
    const f = fakeIo({ 'u.ndjson': ndjson }, '', true);
    expect(await run(['score', '--batch', 'u.ndjson', '-f', 'department2013'], f.io)).toBe(1);
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; grade?: string; error?: { issues: unknown[] } });
    expect(lines.map((l) => [l.line, l.grade ?? 'error'])).toEqual([
      [1, '优'],
      [3, 'error'],
      [4, 'error'],
      [5, '优'],
    ]);
    expect(f.err()).toContain('共 4 份：已评分 2 份（优 2，良 0，中 0，差 0），无效 2 份');
    const g = fakeIo({ 'u.ndjson': linze.replace(/\n\s*/g, '') });
    expect(
      await run(
        [
          'score',
          '--batch',
          'u.ndjson',
          '-f',
          'department2013',
          '--out',
          'r.ndjson',
          '--locale',
          'en',
        ],
        g.io,
      ),
    ).toBe(0);
    expect(g.written['r.ndjson']?.split('\n')).toHaveLength(2);
    expect(g.err()).toBe('1 units: 1 scored (Excellent 1, Good 0, Fair 0, Poor 0), 0 invalid\n');
  });

  it('self: JSON and CSV tables', async () => {
    let f = fakeIo({ 't.json': langfang });
    expect(await run(['self', 't.json'], f.io)).toBe(0);
    expect(f.out()).toContain('总分 97.24 / 100.00，评价等级：优');
    expect(f.out()).toContain('预算执行率 86.20% 低于 90%，需说明原因');
    f = fakeIo({ 't.csv': langfangCsv });
    expect(await run(['self', 't.csv', '--format', 'report'], f.io)).toBe(0);
    expect(f.out()).toContain('最终评分结果为 97.24 分，评价等级为“优”');
    expect(f.out()).toContain('（三）预算执行情况：全年预算数 43.2 万元，全年执行数 37.24 万元');
    f = fakeIo({}, langfangCsv);
    expect(await run(['self', '-', '--format', 'json'], f.io)).toBe(0);
    expect((JSON.parse(f.out()) as { total: string }).total).toBe('97.24');
    f = fakeIo({ 't.csv': '一级指标,三级指标\n产出,a\n' });
    expect(await run(['self', 't.csv'], f.io)).toBe(1);
    expect(f.err()).toContain('没有认得的表头行');
  });

  it('validate: lists every problem of a broken framework with its path and exits 1', async () => {
    let f = fakeIo({ 'fw.json': read('src/frameworks/department2013.json') });
    expect(await run(['validate', 'fw.json'], f.io)).toBe(0);
    expect(f.out()).toContain('✓ fw.json：指标体系 department2013');
    const broken = JSON.stringify({
      id: 'b',
      version: '1',
      name: 'b',
      facts: { a: { name: 'a' } },
      indicators: [
        { id: 'x', name: 'x', weight: 60, rule: { kind: 'ratio', metric: 'a / b' } },
        {
          id: 'x',
          name: 'y',
          weight: 30,
          rule: {
            kind: 'stepDeduction',
            better: 'lower',
            threshold: 0,
            deduct: 40,
            partial: 'ceil',
          },
        },
      ],
    });
    f = fakeIo({ 'fw.json': broken });
    expect(await run(['validate', 'fw.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toContain('4 problem(s)');
    expect(f.err()).toContain('indicators[0].rule.metric  [unknown_reference]');
    expect(f.err()).toContain('indicators[1].id  [duplicate_id]');
    expect(f.err()).toContain('indicators[1].rule.deduct  [rule_incoherent]');
    expect(f.err()).toContain('indicators  [total_mismatch]');
  });

  it('frameworks and schema', async () => {
    let f = fakeIo();
    expect(await run(['frameworks'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^department2013\t1\.0\.0\t/);
    f = fakeIo();
    await run(['frameworks', '--format', 'json'], f.io);
    expect((JSON.parse(f.out()) as { id: string }[])[0]?.id).toBe('department2013');
    for (const [name, title] of [
      ['framework', 'jixiao framework'],
      ['self', 'jixiao self-evaluation table'],
      ['unit-data', 'jixiao unit data'],
    ] as const) {
      f = fakeIo();
      expect(await run(['schema', name], f.io)).toBe(0);
      expect((JSON.parse(f.out()) as { title: string }).title).toContain(title);
    }
  });
});
