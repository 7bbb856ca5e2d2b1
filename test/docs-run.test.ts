import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import * as script from '../scripts/doc-blocks.mjs';

interface Block {
  file: string;
  line: number;
  code: string;
}
interface Ran {
  ok: boolean;
  output: string;
  claims: number;
  printed: number;
}
const { docBlocks, runBlock } = script as {
  docBlocks: () => Block[];
  runBlock: (b: Block, o: { target: 'src' }) => Promise<Ran>;
};
const blocks = docBlocks();
const run = runBlock;

// Every ts/js block of README.md and docs/ runs against src/ as written, and what its `// →` comments
// claim is what it does (CI runs the same blocks against the built package: scripts/doc-blocks.mjs).
describe('the blocks of the README and the guides', () => {
  it('finds them, with claims to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    expect(blocks.map((b) => b.file)).toContain('README.md');
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s runs as written',
    async (_where, block) => {
      const r = await run(block, { target: 'src' });
      expect(r.output, r.output).toBe(r.ok ? r.output : '');
      expect(r.ok).toBe(true);
      expect(r.claims + r.printed).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('the checker itself', () => {
  const block = (code: string): Block => ({ file: 'test.md', line: 1, code });

  it('fails a wrong value, a wrong printed line, a missing line and a throw', async () => {
    const wrong = await run(block(`const x = '1.00';\nx; // → "2.00"`), { target: 'src' });
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toContain('expected "2.00", got "1.00"');
    const printed = await run(block(`console.log('a b');\n// → a c`), { target: 'src' });
    expect(printed.ok).toBe(false);
    const missing = await run(block(`console.log('a');\n// → a\n// → b`), { target: 'src' });
    expect(missing.ok).toBe(false);
    const extra = await run(block(`console.log('a'); console.log('b');\n// → a`), {
      target: 'src',
    });
    expect(extra.ok).toBe(false);
    // A claim the checker cannot read, and one in a branch that never runs, fail rather than pass.
    const unread = await run(block(`const x = 1; // → 1`), { target: 'src' });
    expect(unread.ok).toBe(false);
    expect(unread.output).toContain('not checked');
    const skipped = await run(block(`if (Math.random() > 2) {\n  (1); // → 1\n}`), {
      target: 'src',
    });
    expect(skipped.ok).toBe(false);
    expect(skipped.output).toContain('did not run');
    const thrown = await run(block(`throw new Error('boom');`), { target: 'src' });
    expect(thrown.ok).toBe(false);
    expect(thrown.output).toContain('boom');
  }, 60_000);

  it('passes what holds, with … for anything and objects compared as JSON', async () => {
    const r = await run(
      block(
        [
          `import { MOF2020_SCALE, compileScale, gradeOf } from 'jixiao';`,
          `const o = { a: '1', b: [1, 2], c: { d: true } };`,
          `o; // → { a: "1", …, c: { d: true } }`,
          `gradeOf(compileScale(MOF2020_SCALE), '89.99').label.zh; // → "良"`,
          `console.log('总分 97.94，评价等级“优”');`,
          `// → 总分 …，评价等级“优”`,
        ].join('\n'),
      ),
      { target: 'src' },
    );
    expect(r.output).toBe('exit 0');
    expect(r.ok).toBe(true);
    expect(r.claims).toBe(2);
    expect(r.printed).toBe(1);
  }, 60_000);

  it('joins a block marked "(continued)" to the one before it', () => {
    const all = docBlocks();
    for (const b of all) expect(b.code.split('\n')[0]).not.toMatch(/\((?:continued|接上)\)/);
  });
});
