import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import * as script from '../scripts/api-docs.mjs';

interface Declaration {
  name: string;
  entry: string;
  file: string;
  tags: string[];
  text: string;
  hasDoc: boolean;
  isValue: boolean;
}
const { apiDeclarations, CATEGORIES } = script as {
  apiDeclarations: () => Declaration[];
  CATEGORIES: string[];
};

// The reference typedoc builds: every export documented, each value and class with an @example, each
// in one of the categories the reference is grouped by.
describe('the API reference', () => {
  const all = apiDeclarations();
  const where = (d: Declaration) => `${d.entry} ${d.name}`;

  it('covers the three entry points', () => {
    expect(new Set(all.map((d) => d.entry))).toEqual(
      new Set(['src/index.ts', 'src/xlsx.ts', 'src/docx.ts']),
    );
    expect(all.length).toBeGreaterThan(150);
  });

  it('documents every export, with an @example on every value and class', () => {
    expect(all.filter((d) => !d.hasDoc).map(where)).toEqual([]);
    expect(all.filter((d) => d.isValue && !d.tags.includes('example')).map(where)).toEqual([]);
  });

  it('puts every export in one of the categories', () => {
    const bad = all.filter((d) => {
      const m = /@category\s+(\S+)/.exec(d.text);
      return !m || !CATEGORIES.includes(m[1] ?? '');
    });
    expect(bad.map(where)).toEqual([]);
  });

  it('keeps internals out of the main entry', () => {
    const main = new Set(all.filter((d) => d.entry === 'src/index.ts').map((d) => d.name));
    for (const internal of [
      'dec',
      'fmt',
      'round',
      'csvField',
      'escapeHtml',
      'auditHead',
      'auditSection',
      'auditFoot',
      'unreadableResult',
      'RuleFault',
      'ExprFault',
      'readTarget',
      'readActual',
    ])
      expect(main.has(internal), internal).toBe(false);
  });
}, 60_000);
