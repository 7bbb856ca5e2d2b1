import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  JixiaoError,
  auditSelfEvaluation,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderTable,
  scoreSelfEvaluation,
  type SelfEvaluationTableInput,
} from '../../src/index.js';

const table = JSON.parse(
  readFileSync(new URL('../../examples/tables/langfang-2019.json', import.meta.url), 'utf8'),
) as SelfEvaluationTableInput;

describe('the renderers take every result kind', () => {
  const self = scoreSelfEvaluation(table);
  const review = auditSelfEvaluation(table);

  it.each([
    ['renderHtml', renderHtml],
    ['renderMarkdown', renderMarkdown],
    ['renderCsv', renderCsv],
    ['renderTable', renderTable],
  ] as const)('%s: a self-evaluation result is its evaluation with its warnings', (_n, render) => {
    expect(render(self)).toBe(render({ ...self.evaluation, warnings: self.warnings }));
    expect(render(self)).toContain('97.24');
  });

  it('a review renders as a review document in each format', () => {
    expect(renderHtml(review)).toMatch(/^<!DOCTYPE html>/i);
    expect(renderHtml(review)).toContain('复核');
    expect(renderMarkdown(review, { locale: 'en' })).toMatch(/^# Review of self-evaluation tables/);
    expect(renderCsv(review).split('\r\n')[0]?.split(',').length).toBe(8);
    expect(renderTable(review)).toContain('规则总分');
  });

  it('anything else is a JixiaoError naming the argument, never a TypeError', () => {
    for (const render of [renderHtml, renderMarkdown, renderCsv, renderTable]) {
      for (const bad of [null, 1, 'x', {}, { evaluation: 1 }, { discrepancies: 'x' }]) {
        expect(() => render(bad as never)).toThrow(JixiaoError);
      }
    }
  });
});
