import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AuditTally,
  JixiaoError,
  auditSelfEvaluation,
  builtinFramework,
  evaluate,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderReport,
  renderTable,
  scoreSelfEvaluation,
  type UnitDataInput,
  type SelfEvaluationTableInput,
} from '../../src/index.js';
import { auditFoot, auditHead, auditSection } from '../../src/report/audit.js';
import { csvField } from '../../src/report/csv.js';
import { escapeHtml } from '../../src/report/html.js';
import { jixiaoPaths } from './hostile.js';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const linze = (): UnitDataInput => read('examples/linze-kexie-2023.json') as UnitDataInput;
const langfang = (): SelfEvaluationTableInput =>
  read('examples/tables/langfang-2019.json') as SelfEvaluationTableInput;
const result = evaluate(builtinFramework('department2013'), linze());
const self = scoreSelfEvaluation(langfang());
const review = auditSelfEvaluation(langfang());
const tally = new AuditTally();
tally.add(review);
const summary = tally.summary();

const BAD: readonly unknown[] = [null, 42, [], {}, 'x', undefined, true];
type Call = (value: never) => unknown;

const renderers: [string, Call][] = [
  ['renderTable', (v) => renderTable(v)],
  ['renderMarkdown', (v) => renderMarkdown(v)],
  ['renderCsv', (v) => renderCsv(v)],
  ['renderHtml', (v) => renderHtml(v)],
  ['renderReport', (v) => renderReport(v)],
];
const rendererOptions: [string, Call][] = [
  ['renderTable', (o) => renderTable(result, o)],
  ['renderMarkdown', (o) => renderMarkdown(result, o)],
  ['renderCsv', (o) => renderCsv(result, o)],
  ['renderHtml', (o) => renderHtml(result, o)],
  ['renderReport', (o) => renderReport(self, o)],
];
const auditCalls: [string, Call][] = [
  ['auditHead(format)', (v) => auditHead(v, 'zh')],
  ['auditHead(locale)', (v) => auditHead('csv', v)],
  ['auditSection(result)', (v) => auditSection(v, 'a', 'table', 'zh')],
  ['auditSection(name)', (v) => auditSection(review, v, 'table', 'zh')],
  ['auditSection(format)', (v) => auditSection(review, 'a', v, 'zh')],
  ['auditSection(locale)', (v) => auditSection(review, 'a', 'table', v)],
  ['auditFoot(summary)', (v) => auditFoot(v, 'table', 'zh')],
  ['auditFoot(format)', (v) => auditFoot(summary, v, 'zh')],
  ['auditFoot(locale)', (v) => auditFoot(summary, 'table', v)],
];

describe('renderers check their arguments', () => {
  it.each(renderers)(
    'issue 8 defect 8: %s of null, 42, [], {}, "x" is a JixiaoError',
    (_n, call) => {
      for (const bad of BAD) expect(() => call(bad as never)).toThrow(JixiaoError);
      const name = _n === 'renderReport' ? 'input' : 'evaluation';
      expect(jixiaoPaths(() => call(null as never))).toEqual([[name]]);
    },
  );

  it.each(rendererOptions)(
    'issue 8 defect 8: %s with a wrong options is a JixiaoError',
    (_n, call) => {
      expect(jixiaoPaths(() => call({ locale: 'fr' } as never))).toEqual([['options', 'locale']]);
      for (const bad of [null, 42, [], 'x', true])
        expect(jixiaoPaths(() => call(bad as never))).toEqual([['options']]);
      for (const bad of [null, 42, 'EN', ['zh']])
        expect(jixiaoPaths(() => call({ locale: bad } as never))).toEqual([['options', 'locale']]);
      expect(call(undefined as never)).toBeTypeOf('string');
      expect(call({} as never)).toBeTypeOf('string');
      expect(call({ locale: 'en' } as never)).toBeTypeOf('string');
    },
  );

  it('issue 8 defect 8: csvField and escapeHtml of a non-string are JixiaoErrors', () => {
    for (const bad of [null, 42, [], {}, undefined, Symbol('s')]) {
      expect(jixiaoPaths(() => csvField(bad as never))).toEqual([['value']]);
      expect(jixiaoPaths(() => escapeHtml(bad as never))).toEqual([['text']]);
    }
  });

  it.each(auditCalls)(
    'issue 8 defect 8: %s of null, 42, [], {}, "x" is a JixiaoError',
    (name, call) => {
      // A name may be any string, so only its non-strings are wrong.
      const bad = name === 'auditSection(name)' ? BAD.filter((b) => typeof b !== 'string') : BAD;
      for (const b of bad) expect(() => call(b as never)).toThrow(JixiaoError);
      const arg = /\((\w+)\)/.exec(name)?.[1] ?? '';
      expect(jixiaoPaths(() => call(42 as never))[0]).toEqual([arg]);
    },
  );

  it('issue 8 defect 8: an evaluation missing fields names each of them', () => {
    const paths = jixiaoPaths(() =>
      renderTable({ ...result, total: 97.94, tree: [{}, null, null], findings: [null] } as never),
    );
    expect(paths).toContainEqual(['evaluation', 'total']);
    expect(paths).toContainEqual(['evaluation', 'tree', 0, 'name']);
    expect(paths).toContainEqual(['evaluation', 'tree', 0, 'children']);
    expect(paths).toContainEqual(['evaluation', 'tree', 2]);
    expect(paths.filter((p) => p[1] === 'tree' && p.length === 3)).toHaveLength(2);
    expect(paths).toContainEqual(['evaluation', 'findings', 0]);
    expect(jixiaoPaths(() => renderCsv({ ...result, tree: null } as never))).toEqual([
      ['evaluation', 'tree'],
    ]);
    const noScale = { ...result, policies: { ...result.policies, scale: undefined } };
    expect(jixiaoPaths(() => renderHtml(noScale as never))).toEqual([
      ['evaluation', 'policies', 'scale'],
    ]);
  });

  it('issue 8 defect 8: a tree with a cycle or a shared subtree is a JixiaoError, not a hang', () => {
    const [first, ...rest] = result.tree;
    const loop = { ...first!, children: [] as unknown[] };
    loop.children.push(loop);
    expect(
      jixiaoPaths(() => renderMarkdown({ ...result, tree: [loop, ...rest] } as never)),
    ).toEqual([['evaluation', 'tree', 0, 'children', 0]]);
    expect(() => renderMarkdown({ ...result, tree: [first, first] } as never)).toThrow(JixiaoError);
    let deep: unknown = { ...first!, children: [] };
    for (let i = 0; i < 10_000; i++) deep = { ...first!, children: [deep] };
    expect(() => renderTable({ ...result, tree: [deep] } as never)).toThrow(JixiaoError);
  });

  it('issue 8 defect 8: renderReport checks a self-evaluation result as one', () => {
    const paths = jixiaoPaths(() =>
      renderReport({ ...self, budget: 5, evaluation: { ...self.evaluation, tree: 1 } } as never),
    );
    expect(paths).toEqual([
      ['input', 'budget'],
      ['input', 'evaluation', 'tree'],
    ]);
    // A department table has no budget block: null is its shape, not a fault.
    expect(
      jixiaoPaths(() =>
        renderReport({
          ...self,
          budget: null,
          evaluation: { ...self.evaluation, tree: 1 },
        } as never),
      ),
    ).toEqual([['input', 'evaluation', 'tree']]);
    expect(jixiaoPaths(() => renderReport({ evaluation: null } as never))).toContainEqual([
      'input',
      'evaluation',
    ]);
  });

  it('issue 8 defect 8: a review or summary missing fields names them', () => {
    expect(
      jixiaoPaths(() =>
        auditSection({ ...review, discrepancies: [{ code: 1 }] } as never, 'a', 'csv', 'zh'),
      ),
    ).toContainEqual(['result', 'discrepancies', 0, 'code']);
    expect(
      jixiaoPaths(() => auditFoot({ ...summary, byCode: { x: 'many' } } as never, 'table', 'en')),
    ).toEqual([['summary', 'byCode', 'x']]);
    const big = { ...review, extra: 10n };
    expect(jixiaoPaths(() => auditSection(big as never, 'a', 'json', 'zh'))).toEqual([['result']]);
  });

  it('accepts what jixiao itself returns', () => {
    for (const [, call] of renderers) expect(call(result as never)).toBeTypeOf('string');
    expect(renderReport(self)).toContain('最终评分结果为 97.24 分');
    for (const format of ['table', 'markdown', 'html', 'csv', 'json'] as const) {
      expect(auditHead(format, 'en')).toBeTypeOf('string');
      expect(auditSection(review, 'a', format, 'en')).toBeTypeOf('string');
      expect(auditFoot(summary, format, 'en')).toBeTypeOf('string');
    }
  });
});
