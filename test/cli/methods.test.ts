/**
 * `jixiao ahp | entropy | fuzzy | topsis`: the example files end to end, every format, safe output
 * (CSV formulas, Markdown, terminal control characters), exit codes.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { dec } from '../../src/decimal.js';
import { defineFramework } from '../../src/index.js';
import { fakeIo, read } from './fake-io.js';

const judgements = read('examples/methods/ahp-department2013.json');
const survey = read('examples/methods/survey-linze-2023.json');

describe('jixiao ahp', () => {
  it('turns the example judgements into department2013 points; JSON carries the framework', async () => {
    let f = fakeIo({ 'j.json': judgements });
    expect(await run(['ahp', 'j.json', '-f', 'department2013'], f.io)).toBe(0);
    expect(f.out()).toContain('末级指标权重');
    expect(f.out()).toContain('层次总排序 CR = 0.001417');
    f = fakeIo({ 'j.json': judgements });
    expect(await run(['ahp', 'j.json', '-f', 'department2013', '--format', 'json'], f.io)).toBe(0);
    const doc = JSON.parse(f.out()) as { points: Record<string, string>; framework: unknown };
    const total = Object.values(doc.points).reduce((s, p) => s.plus(dec(p)), dec(0));
    expect(total.toString()).toBe('100');
    // The framework in the output is valid as it is.
    expect(defineFramework(doc.framework as never).max).toBe('100');
  });

  it('a leaf at 0 points: the result and its finding, no framework; points twice is a usage error', async () => {
    const doc = JSON.parse(judgements) as { matrix: (string | number | null)[][] };
    // 投入 made tiny against the other three (1/1000 on a scale of 1000).
    doc.matrix = [
      [1, '1/1000', '1/1000', '1/1000'],
      [null, 1, 1, 1],
      [null, null, 1, 1],
      [null, null, null, 1],
    ];
    let f = fakeIo({ 'j.json': JSON.stringify(doc), 'o.json': '{"maxJudgement": 1000}' });
    const argv = ['ahp', 'j.json', '-f', 'department2013', '--options', 'o.json'];
    expect(await run([...argv, '--format', 'json'], f.io)).toBe(0);
    const out = JSON.parse(f.out()) as { framework?: unknown; findings: { code: string }[] };
    expect(out.framework).toBeUndefined();
    expect(out.findings.map((x) => x.code)).toContain('zero_points');
    f = fakeIo({ 'j.json': judgements, 'o.json': '{"points": {"total": 100}}' });
    expect(await run(['ahp', 'j.json', '-f', 'department2013', '--options', 'o.json'], f.io)).toBe(
      2,
    );
  });

  it('an inconsistent matrix exits 1 and says which judgement', async () => {
    const f = fakeIo({
      'm.json': JSON.stringify([
        [1, 9, '1/9'],
        ['1/9', 1, 9],
        [9, '1/9', 1],
      ]),
    });
    expect(await run(['ahp', 'm.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.out()).toContain('NOT consistent');
    expect(f.out()).toContain('most inconsistent judgement');
  });

  it('options from --options; bad input exits 1 with every problem; usage errors exit 2', async () => {
    let f = fakeIo({
      'm.json': '[[1, 3], ["1/3", 1]]',
      'o.json': '{"method": "geometric", "places": 3}',
    });
    expect(await run(['ahp', 'm.json', '--options', 'o.json', '--format', 'json'], f.io)).toBe(0);
    expect(
      (JSON.parse(f.out()) as { matrices: { weights: string[] }[] }).matrices[0]?.weights,
    ).toEqual(['0.750', '0.250']);
    f = fakeIo({ 'm.json': '[[1, 3], [3, 1]]' });
    expect(await run(['ahp', 'm.json'], f.io)).toBe(1);
    expect(f.err()).toContain('不互反');
    for (const argv of [
      ['ahp'],
      ['ahp', 'm.json', 'n.json'],
      ['ahp', 'm.json', '--format', 'html'],
      ['entropy', 'm.json', '-f', 'department2013'],
      ['fuzzy', 'm.json', '--options', 'o.json'],
    ]) {
      f = fakeIo({ 'm.json': '[[1]]', 'o.json': '{}' });
      expect(await run(argv, f.io), argv.join(' ')).toBe(2);
    }
  });
});

describe('jixiao fuzzy, entropy, topsis', () => {
  it('fuzzy: the example survey in every format', async () => {
    let f = fakeIo({ 's.json': survey });
    expect(await run(['fuzzy', 's.json'], f.io)).toBe(0);
    expect(f.out()).toContain('综合得分：88.40');
    f = fakeIo({ 's.json': survey });
    expect(await run(['fuzzy', 's.json', '--format', 'json'], f.io)).toBe(0);
    expect((JSON.parse(f.out()) as { score: string }).score).toBe('88.40');
    f = fakeIo({ 's.json': survey });
    expect(await run(['fuzzy', 's.json', '--format', 'csv', '--locale', 'en'], f.io)).toBe(0);
    expect(f.out()).toContain('Score: 88.40');
    f = fakeIo({ '-': survey }, survey);
    expect(await run(['fuzzy', '-', '--format', 'markdown'], f.io)).toBe(0);
    expect(f.out()).toContain("| B' |");
  });

  it('entropy and topsis from standard input with options', async () => {
    const data = JSON.stringify({
      units: ['甲', '乙', '丙'],
      values: [
        [250, 16],
        [200, 16],
        [300, 32],
      ],
    });
    let f = fakeIo({ 'o.json': '{"directions": ["negative", "positive"]}' }, data);
    expect(await run(['topsis', '-', '--options', 'o.json'], f.io)).toBe(0);
    expect(f.out()).toMatch(/1\s+丙\s+0\.113961\s+0\.204124\s+0\.641729/);
    f = fakeIo({ 'o.json': '{"method": "critic"}' }, data);
    expect(await run(['entropy', '-', '--options', 'o.json', '--format', 'json'], f.io)).toBe(0);
    expect((JSON.parse(f.out()) as { method: string }).method).toBe('critic');
  });

  it('labels from files are safe where they land', async () => {
    const data = JSON.stringify({
      units: ['=HYPERLINK("http://x")', 'a|b*c', '\u001b[31mred'],
      values: [[1], [2], [3]],
    });
    let f = fakeIo({ 'd.json': data });
    expect(await run(['topsis', 'd.json', '--format', 'csv'], f.io)).toBe(0);
    expect(f.out()).toContain(`"'=HYPERLINK(""http://x"")"`);
    f = fakeIo({ 'd.json': data });
    expect(await run(['topsis', 'd.json', '--format', 'markdown'], f.io)).toBe(0);
    expect(f.out()).toContain('a\\|b\\*c');
    f = fakeIo({ 'd.json': data });
    expect(await run(['topsis', 'd.json'], f.io)).toBe(0);
    expect(f.out()).not.toContain('\u001b');
  });
});
