import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { safeMessage } from '../../src/cli/problems.js';
import { fakeIo, read } from './fake-io.js';

// A stand-in for a bug of jixiao's (like the units named `toString`): these throw a plain error,
// never a JixiaoError, for input marked "boom"; everything else goes to the real functions.
const bug = () => new TypeError("Cannot read properties of undefined (reading 'toString')");
const isBoom = (x: unknown) =>
  typeof x === 'object' && x !== null && (x as { id?: unknown }).id === 'boom';

vi.mock('../../src/audit/audit.js', async (original) => {
  const real = await original<typeof import('../../src/audit/audit.js')>();
  return {
    ...real,
    auditSelfEvaluation: (...args: Parameters<typeof real.auditSelfEvaluation>) => {
      if (isBoom(args[0])) throw bug();
      return real.auditSelfEvaluation(...args);
    },
  };
});
vi.mock('../../src/engine/evaluate.js', async (original) => {
  const real = await original<typeof import('../../src/engine/evaluate.js')>();
  return {
    ...real,
    safeEvaluate: (...args: Parameters<typeof real.safeEvaluate>) => {
      if (isBoom(args[1])) throw bug();
      return real.safeEvaluate(...args);
    },
  };
});
vi.mock('../../src/self/score.js', async (original) => {
  const real = await original<typeof import('../../src/self/score.js')>();
  return {
    ...real,
    scoreSelfEvaluation: (...args: Parameters<typeof real.scoreSelfEvaluation>) => {
      if (isBoom(args[0])) throw bug();
      return real.scoreSelfEvaluation(...args);
    },
  };
});

const langfang = read('examples/audit/langfang-2019.json');
const linze = read('examples/linze-kexie-2023.json').replace(/\n\s*/g, '');
const boom = JSON.stringify({ id: 'boom', rows: [] });

describe('issue 8 defect 3: one failing item never stops a batch', () => {
  it('issue 8 defect 3: audit of a folder reports the table that trips a bug and reviews the rest', async () => {
    const f = fakeIo({
      'in/a.json': langfang,
      'in/b.json': boom,
      'in/c.ndjson': `${boom}\n${langfang.replace(/\n\s*/g, '')}\n`,
    });
    expect(await run(['audit', 'in/'], f.io)).toBe(1);
    const out = f.out();
    expect(out).toContain('✗ in/b.json');
    expect(out).toContain(
      "jixiao 内部错误（请连同输入一并报告）：TypeError: Cannot read properties of undefined (reading 'toString')",
    );
    expect(out).toContain('✗ in/c.ndjson:1');
    expect(out.match(/廊坊市食品工程学校|暖通改造经费/g)?.length).toBeGreaterThanOrEqual(2);
    expect(out).toContain('共读取 4 张表，其中无法读取 2 张');
  });

  it('issue 8 defect 3: the same in an array and in JSON output, in English', async () => {
    const f = fakeIo({ 'a.json': `[${langfang},${boom},${langfang}]` });
    expect(await run(['audit', 'a.json', '--format', 'json', '--locale', 'en'], f.io)).toBe(1);
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { table?: string; readable?: boolean; issues?: { code: string }[] },
      );
    expect(lines.map((l) => [l.table, l.readable])).toEqual([
      ['a.json[0]', true],
      ['a.json[1]', false],
      ['a.json[2]', true],
      [undefined, undefined],
    ]);
    expect(lines[1]?.issues?.[0]?.code).toBe('internal_error');
    expect(f.err()).toContain('3 tables read, 1 unreadable');
  });

  it('issue 8 defect 3: a file whose reading fails is reported; the next file is read', async () => {
    const f = fakeIo({ 'a.json': new Error('the disk is on fire'), 'b.json': langfang });
    expect(await run(['audit', 'a.json', 'b.json'], f.io)).toBe(1);
    expect(f.out()).toContain('✗ a.json');
    expect(f.out()).toContain('Error: the disk is on fire');
    expect(f.out()).toContain('共读取 2 张表，其中无法读取 1 张');
  });

  it('issue 8 defect 3: score --batch writes an error line for the unit that trips a bug', async () => {
    const f = fakeIo({ 'u.ndjson': [linze, boom, linze].join('\n') });
    expect(await run(['score', '--batch', 'u.ndjson', '-f', 'department2013'], f.io)).toBe(1);
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            line: number;
            grade?: string;
            error?: { name: string; issues: { code: string }[] };
          },
      );
    expect(lines.map((l) => [l.line, l.grade ?? l.error?.name])).toEqual([
      [1, '优'],
      [2, 'JixiaoInternalError'],
      [3, '优'],
    ]);
    expect(lines[1]?.error?.issues[0]?.code).toBe('internal_error');
    expect(f.err()).toContain('共 3 份：已评分 2 份');
  });

  it('issue 8 defect 3: a single command that trips a bug says so and exits 1, no stack trace', async () => {
    const f = fakeIo({ 't.json': boom });
    expect(await run(['self', 't.json', '--locale', 'en'], f.io)).toBe(1);
    expect(f.err()).toBe(
      "jixiao: jixiao internal error (please report it with the input): TypeError: Cannot read properties of undefined (reading 'toString')\n",
    );
  });

  it('issue 8 defect 3: even an error that cannot be printed is reported', () => {
    const nasty = {
      toString() {
        throw new Error('no');
      },
    };
    expect(safeMessage(nasty)).toBe('(an error that cannot be printed)');
    const getter = Object.defineProperty(new Error(), 'message', {
      get() {
        throw new Error('no');
      },
    });
    expect(safeMessage(getter)).toBe('(an error that cannot be printed)');
  });
});

describe('issue 8: what users wrote reaches a terminal without escape sequences', () => {
  const esc = '\u001b[2J\u001b]0;pwned\u0007';
  it('issue 8: table output, issues and usage errors are made terminal-safe', async () => {
    const table = JSON.stringify({ ...(JSON.parse(langfang) as object), id: `表${esc}一` });
    let f = fakeIo({ 'a.json': table });
    await run(['audit', 'a.json'], f.io);
    expect(f.out()).toContain('表一');
    expect(f.out()).not.toContain('\u001b');
    f = fakeIo({ [`a${esc}.json`]: '{"rows": [' });
    expect(await run(['self', `a${esc}.json`], f.io)).toBe(1);
    expect(f.err()).toContain('a.json 不是有效的 JSON');
    expect(f.err()).not.toContain('\u001b');
    expect(f.err()).not.toContain('\u0007');
    f = fakeIo();
    expect(await run(['self', 'a.json', `b${esc}`], f.io)).toBe(2);
    expect(f.err()).not.toContain('\u001b');
    // JSON output keeps the text exactly as written.
    f = fakeIo({ 'a.json': table });
    await run(['audit', 'a.json', '--format', 'json'], f.io);
    expect(f.out()).toContain('\\u001b[2J');
  });
});
