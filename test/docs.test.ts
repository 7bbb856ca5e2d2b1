import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  TableLayoutSchema,
  compileScale,
  defineFramework,
  scoreSelfEvaluation,
  type FrameworkInput,
  type GradeScaleInput,
  type SelfEvaluationTableInput,
} from '../src/index.js';

// Every complete framework and grade scale shown in the guides must be accepted as shown.
const dir = new URL('../docs/', import.meta.url);
const blocks = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) =>
    [...readFileSync(new URL(f, dir), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
      (m) => [f, m[1] ?? ''] as const,
    ),
  );

describe('JSON in the guides', () => {
  it('finds the examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });
  it.each(blocks.filter(([, text]) => text.includes('"indicators"')))(
    '%s: the framework is valid',
    (_file, text) => {
      expect(() => defineFramework(JSON.parse(text) as FrameworkInput)).not.toThrow();
    },
  );
  it.each(blocks.filter(([, text]) => text.includes('"columns"')))(
    '%s: the table layout is valid',
    (_file, text) => {
      expect(TableLayoutSchema.safeParse(JSON.parse(text)).success).toBe(true);
    },
  );
  it.each(blocks.filter(([, text]) => text.includes('"rows"')))(
    '%s: the self-evaluation table scores',
    (_file, text) => {
      expect(scoreSelfEvaluation(JSON.parse(text) as SelfEvaluationTableInput).total).toMatch(
        /^\d+\.\d{2}$/,
      );
    },
  );
  it.each(blocks.filter(([, text]) => text.includes('"bands"') && !text.includes('"indicators"')))(
    '%s: the grade scale is valid',
    (_file, text) => {
      expect(() => compileScale(JSON.parse(text) as GradeScaleInput)).not.toThrow();
    },
  );
});

// The README is also the npm page, where relative links do not resolve: every link is absolute, into
// the repository package.json names, and points at a file that exists.
describe('README links', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    repository: { url: string };
    homepage: string;
    bugs: { url: string };
  };
  const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  const links = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');

  it('package.json names the repository, its page and its issues', () => {
    expect(repo).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(pkg.homepage.startsWith(repo)).toBe(true);
    expect(pkg.bugs.url).toBe(`${repo}/issues`);
  });

  it('every link is absolute, and a link into the repository names a file that exists', () => {
    expect(links.length).toBeGreaterThan(3);
    const raw = repo.replace('https://github.com/', 'https://raw.githubusercontent.com/');
    for (const link of links) {
      expect(link, link).toMatch(/^(https?:|#)/);
      const file = link.startsWith(`${repo}/blob/main/`)
        ? link.slice(`${repo}/blob/main/`.length)
        : link.startsWith(`${raw}/main/`)
          ? link.slice(`${raw}/main/`.length)
          : undefined;
      if (file !== undefined)
        expect(() => readFileSync(new URL(`../${file}`, import.meta.url)), file).not.toThrow();
    }
  });
});
