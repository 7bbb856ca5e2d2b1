import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  evaluate,
  scoreSelfEvaluation,
  type ScoreSummary,
} from '../../src/index.js';

const SHARED = ['total', 'max', 'grade', 'gradeLabel', 'findings', 'warnings'] as const;
const summary = (r: ScoreSummary) => Object.fromEntries(SHARED.map((k) => [k, r[k]]));

// The two scoring results carry the same summary fields, so that one piece of code shows either.
describe('ScoreSummary', () => {
  it('a self-evaluation result has every field of an evaluation summary, from its evaluation', () => {
    const table = JSON.parse(
      readFileSync(new URL('../../examples/tables/langfang-2019.json', import.meta.url), 'utf8'),
    ) as never;
    const r = scoreSelfEvaluation(table);
    for (const k of SHARED) expect(r).toHaveProperty(k);
    expect(r.max).toBe('100.00');
    expect(r.gradeLabel).toEqual({ zh: '优', en: 'Excellent' });
    const { warnings: _w, ...rest } = summary(r);
    const { warnings: _v, ...fromEngine } = summary(r.evaluation);
    expect(rest).toEqual(fromEngine);
  });

  it('an evaluation has them too', () => {
    const fw = defineFramework({
      id: 'x',
      version: '1',
      name: 'x',
      indicators: [{ id: 'a', name: 'A', weight: 100, rule: { kind: 'manual' } }],
    });
    const e = evaluate(fw, { answers: { a: { points: 85, justification: '…' } } });
    expect(summary(e)).toEqual({
      total: '85.00',
      max: '100.00',
      grade: '良',
      gradeLabel: { zh: '良', en: 'Good' },
      findings: e.findings,
      warnings: [],
    });
  });
});
