import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  csvRecords,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderReport,
  renderTable,
} from '../../src/index.js';
import { auditHead, auditSection } from '../../src/report/audit.js';
import {
  FORMULA_START,
  HTML_UNSAFE,
  PLAIN_NUMBER,
  TERMINAL_UNSAFE,
  gfmCells,
  gfmRows,
  hostileAudit,
  hostileEvaluation,
  hostileSelf,
} from './hostile.js';
import { runs } from '../setup/props.js';

// Pieces that mean something to a spreadsheet, a Markdown reader, an HTML parser or a terminal.
const PIECES = [
  // Single code units on purpose: every one of them is one character.
  ...Array.from('=+-@\t\r\n|\\<>[]()`*_~!#$&:./ 1a中＝＋－＠\u3000\u00a0'),
  '\u001b[31m',
  '\u001b]0;t\u0007',
  '\u009b2J',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u0000',
  '\u007f',
  'javascript:',
  'http://',
  'www.',
  '<script>',
  '-1.50',
  '97.94',
];
const name = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 16 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);
const locale = fc.constantFrom('zh' as const, 'en' as const);

const asText = (cell: string): string =>
  FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
const formulaCells = (csv: string): string[] =>
  csvRecords(csv)
    .flat()
    .filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c));

const plain = hostileEvaluation('x');
const linesOf = (text: string): number => text.split('\n').length;

describe('output safety for any name', () => {
  test.prop([name, locale], { numRuns: runs(200) })(
    'issue 8 defect 9: no CSV cell starts with a formula character, and each reads back',
    (n, l) => {
      const csv = renderCsv(hostileEvaluation(n), { locale: l });
      expect(formulaCells(csv)).toEqual([]);
      const leaf = csvRecords(csv).find((r) => r[1] === 'c');
      expect(leaf?.[4]).toBe(asText(n));
      const audit = auditHead('csv', l) + auditSection(hostileAudit(n), n, 'csv', l);
      expect(formulaCells(audit)).toEqual([]);
    },
  );

  test.prop([name, locale], { numRuns: runs(200) })(
    'issue 8 defect 10: Markdown tables keep their column count, and no HTML or link can form',
    (n, l) => {
      const md = renderMarkdown(hostileEvaluation(n), { locale: l });
      for (const row of gfmRows(md)) expect(gfmCells(row)).toHaveLength(6);
      expect(linesOf(md)).toBe(linesOf(renderMarkdown(plain, { locale: l })));
      expect(md).not.toContain('<');
      expect(md).not.toContain('](');
      const audit = auditSection(hostileAudit(n), n, 'markdown', l);
      expect(audit).not.toContain('<');
      expect(audit).not.toContain('](');
    },
  );

  test.prop([name, locale], { numRuns: runs(200) })(
    'issue 8 defect 10: terminal output holds no control character and no extra line',
    (n, l) => {
      const e = hostileEvaluation(n);
      const table = renderTable(e, { locale: l });
      expect(table).not.toMatch(TERMINAL_UNSAFE);
      expect(linesOf(table)).toBe(linesOf(renderTable(plain, { locale: l })));
      const report = renderReport(e, { locale: l });
      expect(report).not.toMatch(TERMINAL_UNSAFE);
      expect(linesOf(report)).toBe(linesOf(renderReport(plain, { locale: l })));
      expect(renderReport(hostileSelf(n), { locale: l })).not.toMatch(TERMINAL_UNSAFE);
      expect(auditSection(hostileAudit(n), n, 'table', l)).not.toMatch(TERMINAL_UNSAFE);
    },
  );

  test.prop([name, locale], { numRuns: runs(100) })(
    'issue 8 defect 10: HTML holds no forbidden character and no element of a name',
    (n, l) => {
      const html = renderHtml(hostileEvaluation(n), { locale: l });
      expect(html).not.toMatch(HTML_UNSAFE);
      expect(html).not.toContain('<script');
      const tags = (s: string) => s.match(/<[a-z]+/g)?.length;
      expect(tags(html)).toBe(tags(renderHtml(plain, { locale: l })));
    },
  );
});
