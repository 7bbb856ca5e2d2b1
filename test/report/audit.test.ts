import { describe, expect, it } from 'vitest';
import { AuditTally, csvRecords, type AuditResult, type AuditSummary } from '../../src/index.js';
import { auditFoot, auditHead, auditSection } from '../../src/report/audit.js';
import {
  FORMULA_START,
  HOSTILE,
  HTML_UNSAFE,
  PLAIN_NUMBER,
  TERMINAL_UNSAFE,
  hostileAudit,
} from './hostile.js';

const summaryOf = (...results: AuditResult[]): AuditSummary => {
  const tally = new AuditTally();
  for (const r of results) tally.add(r);
  return tally.summary();
};

/** A review as a JavaScript caller might build it: a code, a path and a severity of its own. */
const handMade = (text: string): AuditResult => ({
  ...hostileAudit(text),
  discrepancies: [
    {
      code: `${text}\`|` as never,
      path: ['rows', 0, text],
      expected: text,
      published: '-1.50',
      difference: text,
      severity: 'toString' as never,
      message: { zh: text, en: text },
    },
  ],
});

const report = (
  format: 'table' | 'markdown' | 'html' | 'csv' | 'json',
  results: AuditResult[],
  locale: 'zh' | 'en' = 'zh',
): string =>
  auditHead(format, locale) +
  results.map((r, i) => auditSection(r, `t${i}.json`, format, locale)).join('') +
  auditFoot(summaryOf(...results), format, locale);

describe('the review report', () => {
  it('issue 8 defect 9: the audit CSV writes no cell that starts with a formula character', () => {
    for (const text of [HOSTILE.formula, HOSTILE.hyperlink, '@SUM(A1)', '-cmd', '\t=1']) {
      for (const locale of ['zh', 'en'] as const) {
        const cells = csvRecords(
          report('csv', [hostileAudit(text), handMade(text)], locale),
        ).flat();
        expect(cells.filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c))).toEqual([]);
        expect(cells).toContain(`'${text}`);
      }
    }
  });

  it('issue 8 defect 9: figures in the audit CSV stay numbers', () => {
    const rows = csvRecords(report('csv', [hostileAudit(HOSTILE.formula)]));
    const total = rows.find((r) => r[2] === 'total_differs');
    expect(total?.slice(4, 7)).toEqual(['87.00', '99.50', '12.5']);
    expect(rows.find((r) => r[2] === 'row_points_differ')?.[0]).toBe("'=1+1");
  });

  it('issue 8 defect 10: the audit Markdown escapes ids, paths, codes and messages', () => {
    for (const text of [HOSTILE.pipe, HOSTILE.script, HOSTILE.link]) {
      const md = report('markdown', [hostileAudit(text), handMade(text)]);
      expect(md).not.toContain('<script');
      expect(md).not.toContain('](javascript:');
      expect(md).not.toMatch(/<[a-z/!]/i);
      // The hand-made code holds a backtick: it is escaped, never put in a code span.
      expect(md).toMatch(/\*\*toString\*\* \S+\\`\\\| /);
    }
  });

  it('issue 8 defect 10: the audit table text has no escape sequence, control or bidi override', () => {
    const texts = [HOSTILE.ansi, HOSTILE.osc, HOSTILE.csi8, HOSTILE.cr, HOSTILE.bidi];
    const results = texts.flatMap((t) => [hostileAudit(t), handMade(t)]);
    for (const locale of ['zh', 'en'] as const) {
      const text = report('table', results, locale);
      expect(text).not.toMatch(TERMINAL_UNSAFE);
      expect(text).not.toContain('[31m');
      expect(text).toContain('ared');
    }
  });

  it('issue 8 defect 10: the audit HTML escapes every value, class names included', () => {
    const html = report('html', [hostileAudit(HOSTILE.script), handMade(`"><b>${HOSTILE.bidi}`)]);
    expect(html).not.toContain('<script');
    expect(html).toContain('&quot;&gt;&lt;b&gt;ghi');
    expect(html).toContain('<li class="info"><b>toString</b>');
    expect(html).not.toMatch(HTML_UNSAFE);
  });

  it('issue 8 defect 10: NDJSON lines are inert on a terminal and parse back to the same data', () => {
    const result = hostileAudit(`${HOSTILE.csi8}${HOSTILE.bidi}\u2028`);
    const text = report('json', [result]);
    expect(text).not.toMatch(TERMINAL_UNSAFE);
    expect(text).not.toContain('\u2028');
    const [section, foot] = text.trim().split('\n');
    expect(JSON.parse(section ?? '')).toEqual({ table: 't0.json', ...result });
    expect(JSON.parse(foot ?? '')).toEqual({ summary: summaryOf(result) });
  });

  it('keeps the plain reports as they were', () => {
    const r = hostileAudit('培训场次');
    expect(auditSection(r, 'a.json', 'markdown', 'zh')).toContain(
      '- **影响等级** `row_points_differ` rows\\[0\\].publishedPoints：第 1 行「培训场次」得分 50',
    );
    expect(auditSection(r, 'a.json', 'table', 'zh')).toContain(
      '    [影响等级] row_points_differ rows[0].publishedPoints: 第 1 行「培训场次」得分 50',
    );
    expect(auditHead('csv', 'en')).toBe(
      '\uFEFFTable,Where,Code,Severity,Expected,Published,Difference,Message\r\n',
    );
  });
});
