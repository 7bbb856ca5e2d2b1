/**
 * One regression test per defect of issue 8 ("Nothing a caller sends breaks jixiao") that lives in
 * the core (engine, rules, schemas, errors, self-evaluation, audit). Defects of the readers, the
 * renderers and the command line have theirs beside their own tests (test/target, test/report,
 * test/cli), named "issue 8 defect N: …".
 */
import { describe, expect, it } from 'vitest';
import {
  JixiaoError,
  JixiaoInternalError,
  RULE_KINDS,
  AuditTally,
  auditMany,
  auditSelfEvaluation,
  builtinFramework,
  compileScale,
  csvRecords,
  defineFramework,
  evaluate,
  formatPath,
  gradeOf,
  isJixiaoError,
  jsonSchema,
  parseExpression,
  project2020,
  readSelfEvaluationCsv,
  safeCompileScale,
  safeParseExpression,
  safeReadSelfEvaluationCsv,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderTable,
  scoreSelfEvaluation,
  withWeights,
  type Rule,
} from '../../src/index.js';
import { ExprFault } from '../../src/expression/compile.js';
import { RuleFault } from '../../src/rules/types.js';
import { dec, fmt } from '../../src/decimal.js';
import { readPrinted } from '../../src/audit/printed.js';
import { unreadableResult } from '../../src/audit/audit.js';
import { checkScale } from '../../src/grade/scale.js';
import { codesOf, fullRest, issuesOf, oneLeaf, scoreX } from '../helpers.js';

const budget = { adjusted: 100, executed: 100 };
const row = (over: Record<string, unknown> = {}) => ({
  l1: '产出指标',
  l3: '培训场次',
  target: '≥100',
  actual: '80',
  weight: 90,
  ...over,
});

describe('issue 8 defect 2: points never exceed the weight', () => {
  it('an over-completion threshold at or below 1 is a JixiaoError, not 112.50 points', () => {
    const issues = issuesOf(() =>
      scoreSelfEvaluation(
        { budget, rows: [row()] },
        { overCompletion: { threshold: 0.5, policy: 'proportional' }, layout: 'none' },
      ),
    );
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ['invalid_input', 'options.overCompletion.threshold'],
    ]);
    expect(issues[0]?.message.en).toMatch(/above 1/);
    expect(
      codesOf(() => oneLeaf({ kind: 'target', target: '≥100', overCompletion: { threshold: 1 } })),
    ).toEqual(['invalid_input']);
    const audit = auditSelfEvaluation(
      { budget, rows: [row()] },
      { overCompletion: { threshold: '0.5' } },
    );
    expect(audit.readable).toBe(false);
    expect(audit.issues[0]?.path).toEqual(['options', 'overCompletion', 'threshold']);
  });

  it('a threshold above 1 still cuts over-completed points in proportion, within the weight', () => {
    const r = scoreSelfEvaluation(
      { budget: { ...budget, weight: 10 }, rows: [row({ target: '≥100', actual: '200' })] },
      { overCompletion: { threshold: 1.3, policy: 'proportional' }, layout: 'none' },
    );
    expect(r.rows[0]?.points).toBe('45.00');
    expect(r.total).toBe('55.00');
  });

  it('the engine refuses to show points a rule computed outside [0, weight]', () => {
    const saved = RULE_KINDS.manual;
    const broken = {
      ...saved,
      prepare: (params: never, ctx: { weight: ReturnType<typeof dec> }) => {
        const scorer = saved.prepare(params, ctx as never);
        return scorer && (() => ({ rate: dec(2), points: ctx.weight.times(2), trace: [] }));
      },
    };
    (RULE_KINDS as Record<string, unknown>).manual = broken;
    try {
      const fw = oneLeaf({ kind: 'manual' });
      expect(() =>
        evaluate(fw, { answers: { ...fullRest(), x: { points: 5, justification: 'j' } } }),
      ).toThrow(JixiaoInternalError);
    } finally {
      (RULE_KINDS as Record<string, unknown>).manual = saved;
    }
  });
});

describe('issue 8 defect 3: user text never finds a prototype, and a batch goes on', () => {
  for (const unit of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty']) {
    it(`a unit spelled "${unit}" is an unknown unit, not a crash`, () => {
      const target = { op: '≥', value: 90, unit };
      const issues = issuesOf(() =>
        scoreSelfEvaluation({ budget, rows: [row({ target, weight: 90 })] }),
      );
      expect(issues.map((i) => i.code)).toContain('target_unparseable');
      expect(
        auditSelfEvaluation({ budget, rows: [row({ target })] }).discrepancies.map((d) => d.code),
      ).toContain('row_unreadable');
      expect(codesOf(() => oneLeaf({ kind: 'target', target: `≥90${unit}` }))).toEqual([
        'target_unparseable',
      ]);
    });
  }

  it('an element id such as "toString" must be answered like any other', () => {
    const rule: Rule = {
      kind: 'elements',
      items: [
        { id: 'toString', label: '真实', points: 5 },
        { id: 'valueOf', label: '完整', points: 5 },
      ],
    };
    const issues = issuesOf(() => scoreX(rule, { answer: { elements: { valueOf: true } } }));
    expect(issues.map((i) => i.code)).toEqual(['missing_input']);
    expect(scoreX(rule, { answer: { elements: { toString: false, valueOf: true } } }).points).toBe(
      '5.00',
    );
  });

  it('auditMany reports a table that breaks jixiao and reviews the rest', () => {
    let reads = 0;
    const hostile = {
      get budget() {
        if (++reads > 1) throw new Error('boom');
        return budget;
      },
      rows: [row()],
    };
    const { results, summary } = auditMany([
      { budget, rows: [row({ weight: 90 })] },
      hostile,
      { budget, rows: [row()] },
    ]);
    expect(results.map((r) => r.readable)).toEqual([true, false, true]);
    expect(results[1]?.issues[0]?.code).toBe('internal_error');
    expect(summary.tables).toBe(3);
  });
});

describe('issue 8 defect 4: "__proto__" keys are reported, never dropped', () => {
  const fw = oneLeaf({ kind: 'ratio', metric: 'v' });
  const data = (json: string) => JSON.parse(json) as unknown;

  it('in facts, answers and sources of unit data', () => {
    const answers = JSON.stringify(fullRest());
    for (const [json, path] of [
      [`{"facts":{"v":90,"__proto__":{"x":1}},"answers":${answers}}`, 'facts.__proto__'],
      [
        `{"facts":{"v":90},"answers":{"__proto__":{},"rest":{"points":90,"justification":"j"}}}`,
        'answers.__proto__',
      ],
      [`{"facts":{"v":90},"sources":{"__proto__":"x"},"answers":${answers}}`, 'sources.__proto__'],
      [`{"__proto__":{"facts":{}},"facts":{"v":90},"answers":${answers}}`, '__proto__'],
    ] as const) {
      const issues = issuesOf(() => evaluate(fw, data(json) as never));
      expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([['unknown_key', path]]);
    }
  });

  it("in a framework's facts and metrics", () => {
    const doc = (extra: string) =>
      data(
        `{"id":"p","version":"1","name":"p",${extra}"indicators":[{"id":"a","name":"a","weight":100,"rule":{"kind":"manual"}}]}`,
      );
    expect(
      issuesOf(() => defineFramework(doc('"facts":{"__proto__":{"name":"x"}},') as never)).map(
        (i) => formatPath(i.path),
      ),
    ).toEqual(['facts.__proto__']);
    expect(
      issuesOf(() =>
        defineFramework(doc('"metrics":{"__proto__":{"name":"x","expr":"1"}},') as never),
      ).map((i) => formatPath(i.path)),
    ).toEqual(['metrics.__proto__']);
  });

  it('in a self-evaluation table', () => {
    const table = data(
      `{"budget":{"adjusted":1,"executed":1,"__proto__":{}},"rows":[${JSON.stringify(row())}]}`,
    );
    expect(
      issuesOf(() => scoreSelfEvaluation(table as never)).map((i) => formatPath(i.path)),
    ).toEqual(['budget.__proto__']);
  });
});

describe('issue 8 defect 5: exact ties round from the exact value', () => {
  it('a 指标值 row: 7 of 30 on 3.75 points is exactly 0.875 → 0.88', () => {
    const r = scoreSelfEvaluation(
      {
        budget: { ...budget, weight: '6.25' },
        rows: [
          row({ target: '≥30个', actual: '7个', weight: '3.75' }),
          row({ l3: '其他', target: '≥1', actual: '1', weight: 90 }),
        ],
      },
      { layout: 'none' },
    );
    expect(r.rows[0]?.points).toBe('0.88');
  });

  it('the ratio rule: 5 of 24 on 3 points is exactly 0.625 → 0.63', () => {
    const x = scoreX(
      { kind: 'ratio', metric: 'a / b * 100' },
      { weight: 3, facts: { a: 5, b: 24 } },
    );
    expect(x.points).toBe('0.63');
  });

  it('the budget block: executed 5 of 24 on 3 points → 0.63', () => {
    const r = scoreSelfEvaluation(
      {
        budget: { adjusted: 24, executed: 5, weight: 3 },
        rows: [row({ target: '≥1', actual: '1', weight: 97 })],
      },
      { layout: 'none' },
    );
    expect(r.budget?.points).toBe('0.63');
  });
});

describe('issue 8 defect 8: every export checks its arguments', () => {
  const fw = builtinFramework('department2013');
  const cases: [string, () => unknown][] = [
    ['withWeights(fw, null)', () => withWeights(fw, null as never)],
    ['withWeights(null, {})', () => withWeights(null as never, {})],
    ['project2020(null)', () => project2020(null as never)],
    ['auditMany(null)', () => auditMany(null as never)],
    ['auditMany(42)', () => auditMany(42 as never)],
    ["jsonSchema('nope')", () => jsonSchema('nope' as never)],
    ["jsonSchema('toString')", () => jsonSchema('toString' as never)],
    ['builtinFramework(Symbol())', () => builtinFramework(Symbol() as never)],
    ["builtinFramework('toString')", () => builtinFramework('toString' as never)],
    ['csvRecords(Buffer)', () => csvRecords(Buffer.from('a,b') as never)],
    ['dec(null)', () => dec(null as never)],
    ['dec({})', () => dec({} as never)],
    ["fmt('x', 2)", () => fmt('x' as never, 2)],
    ['fmt(dec(1), 1e9)', () => fmt(dec(1), 1e9)],
    ['fmt(dec(1), -1)', () => fmt(dec(1), -1)],
    ["dec(1).toFixed(2, 'nope')", () => dec(1).toFixed(2, 'nope' as never)],
    ['gradeOf(null, dec(1))', () => gradeOf(null as never, dec(1))],
    [
      // A decimal string such as '90' is a total since gradeOf takes numbers and decimal strings.
      "gradeOf(scale, '90分')",
      () => gradeOf(compileScale({ bands: [{ label: 'x', min: 0 }] }), '90分'),
    ],
    ['parseExpression(null)', () => parseExpression(null as never)],
    ['readSelfEvaluationCsv(Buffer)', () => readSelfEvaluationCsv(Buffer.from('x') as never)],
    ['compileScale(null)', () => compileScale(null as never)],
    ['unreadableResult(null, null)', () => unreadableResult(null, null as never)],
    ['evaluate(null, {})', () => evaluate(null as never, {})],
    ["evaluate('x', {})", () => evaluate('x' as never, {})],
    ['defineFramework(Symbol())', () => defineFramework(Symbol() as never)],
  ];
  it.each(cases)('%s is a JixiaoError', (_name, call) => {
    expect(call).toThrow(JixiaoError);
  });

  it('non-throwing readers answer a wrong type with a failure', () => {
    expect(safeParseExpression(null as never).success).toBe(false);
    expect(safeReadSelfEvaluationCsv(Buffer.from('x') as never).success).toBe(false);
    expect(safeCompileScale(null as never).success).toBe(false);
    expect(readPrinted(Object.create(null) as never)).toBeUndefined();
    expect(readPrinted({} as never)).toBeUndefined();
  });

  it('a JixiaoError built wrongly by a JavaScript caller is still a JixiaoError', () => {
    const e = new JixiaoError(null as never);
    expect(e.issues[0].code).toBe('invalid_input');
    expect(formatPath(null as never)).toBe('(root)');
    expect(formatPath(['a', Symbol('s'), 1] as never)).toBe('a.(symbol)[1]');
  });
});

describe('issue 8 defect 11: no decimal string is ever in exponent form', () => {
  it('traces of huge and tiny values are plain', () => {
    const huge = scoreX({ kind: 'ratio', metric: 'v * 2' }, { facts: { v: 1e308 } });
    const tiny = scoreX({ kind: 'ratio', metric: 'v' }, { facts: { v: 5e-324 } });
    for (const t of [...huge.trace, ...tiny.trace]) expect(t.value).not.toMatch(/e/i);
    expect(huge.trace.find((t) => t.key === 'value')?.value).toBe(`2${'0'.repeat(308)}`);
    expect(tiny.points).toBe('0.00');
  });
});

describe('issue 8 defect 12: the ESM and CommonJS copies know each other', () => {
  it('a framework made by another copy evaluates here', () => {
    const mine = builtinFramework('department2013');
    // What the other copy hands over: the same plain, frozen description and its brand, but none
    // of this copy's internals.
    const theirs = Object.defineProperty({ ...mine }, Symbol.for('jixiao.Framework'), {
      value: '0.0.0',
    });
    const data = { answers: {} };
    const a = issuesOf(() => evaluate(mine, data));
    const b = issuesOf(() => evaluate(theirs, data));
    expect(b).toEqual(a);
    expect(() => evaluate({ ...mine }, data)).toThrow(/defineFramework/);
  });

  it('an error thrown by another copy is a JixiaoError here (instanceof and isJixiaoError)', () => {
    const theirs = Object.defineProperty(
      Object.assign(new Error('x'), {
        issues: [{ code: 'unknown_key', path: [], message: { zh: 'x', en: 'x' } }],
      }),
      Symbol.for('jixiao.JixiaoError'),
      { value: true },
    );
    expect(theirs instanceof JixiaoError).toBe(true);
    expect(isJixiaoError(theirs)).toBe(true);
    expect(isJixiaoError(new Error('x'))).toBe(false);
    expect(new Error('x') instanceof JixiaoError).toBe(false);
    expect(
      isJixiaoError(
        issuesOf(() => evaluate(null as never, {})).length &&
          new JixiaoError([{ code: 'unknown_key', path: [], message: { zh: 'x', en: 'x' } }]),
      ),
    ).toBe(true);
  });
});

describe('issue 8 defect 13: messages that say exactly what is allowed', () => {
  it('a tier whose upper bound is excluded is shown half-open', () => {
    const issues = issuesOf(() =>
      scoreSelfEvaluation({
        budget,
        rows: [
          row({ target: '定性：效果明显', actual: '部分达成', weight: 15, points: 12 }),
          row({ l3: '其他', target: '≥1', actual: '1', weight: 75 }),
        ],
      }),
    );
    expect(issues[0]?.code).toBe('points_out_of_range');
    expect(issues[0]?.message.zh).toContain('[9, 12)');
    expect(issues[0]?.message.en).toContain('[9, 12)');
  });

  it('a qualitative row without points says which points are allowed', () => {
    const issues = issuesOf(() =>
      scoreSelfEvaluation({
        budget,
        rows: [
          row({ target: '定性：效果明显', actual: '达成年度指标', weight: 15 }),
          row({ l3: '其他', target: '≥1', actual: '1', weight: 75 }),
        ],
      }),
    );
    expect(issues.map((i) => formatPath(i.path))).toEqual(['rows[0].points']);
    expect(issues[0]?.message.zh).toContain('[12, 15]');
    expect(issues[0]?.message.en).toContain('[12, 15]');
    // The row is named by its 三级指标 (issue 9), quoted; nothing else in Chinese.
    expect(issues[0]?.message.en).toContain('row 1 "培训场次"');
    expect(issues[0]?.message.en.replace(/"[^"]*"/g, '""')).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });

  it('an unknown fact does not hide the missing inputs behind it', () => {
    const fw = oneLeaf({ kind: 'ratio', metric: 'v' });
    const issues = issuesOf(() => evaluate(fw, { facts: { w: 1 }, answers: {} }));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([
      ['unknown_fact', 'facts.w'],
      ['missing_input', 'facts.v'],
      ['missing_input', 'answers.rest'],
    ]);
  });
});

describe('issue 8: what `npm run fuzz` found', () => {
  it('odd path elements, messages and fault arguments are JixiaoErrors or text, never TypeErrors', () => {
    expect(formatPath([Object.create(null)] as never)).toBe('(?)');
    const e = new JixiaoError([
      { code: 'unknown_key', path: [Object.create(null)], message: { zh: 'a', en: 'b' } },
    ] as never);
    expect(e.issues[0].code).toBe('invalid_input');
    expect(
      checkScale(JSON.parse('{"__proto__":null}') as never, [Object.create(null)] as never).ok,
    ).toBe(false);
    expect(safeCompileScale(JSON.parse('{"__proto__":null}') as never).success).toBe(false);
    expect(new JixiaoInternalError(Symbol('s') as never).message).toMatch(/Symbol\(s\)/);
    expect(new JixiaoInternalError(Object.create(null) as never).message).toMatch(/internal error/);
    expect(() => new RuleFault(Object.create(null) as never, {} as never)).toThrow(JixiaoError);
    expect(() => new ExprFault('missing', 1 as never)).toThrow(JixiaoError);
    expect(() => gradeOf({ bands: [] } as never, dec(1))).toThrow(JixiaoError);
    expect(() => {
      new AuditTally().add({ discrepancies: [null] } as never);
    }).toThrow(JixiaoError);
  });

  it('arrays with holes are checked at every index, holes included (found by the 1,000,000-input run)', () => {
    // `every` and `forEach` skip a hole; the code after them read it as undefined (a TypeError).
    const compiled = compileScale({
      max: 100,
      bands: [
        { label: { zh: '优', en: 'Excellent' }, min: 90, minInclusive: true },
        { label: { zh: '差', en: 'Poor' }, min: 0, minInclusive: true },
      ],
    });
    const mof2020 = compiled;
    expect(gradeOf(mof2020, dec(95)).label.zh).toBe('优');
    // eslint-disable-next-line no-sparse-arrays
    expect(() => gradeOf({ ...mof2020, bands: [,] } as never, dec(0))).toThrow(JixiaoError);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => gradeOf({ ...mof2020, bands: [, ...mof2020.bands] } as never, dec(0))).toThrow(
      JixiaoError,
    );
    const issue = { code: 'unknown_key', path: ['a'], message: { zh: 'a', en: 'b' } };
    // eslint-disable-next-line no-sparse-arrays
    expect(new JixiaoError([, issue] as never).issues[0].code).toBe('invalid_input');
    // eslint-disable-next-line no-sparse-arrays
    expect(new JixiaoError([{ ...issue, path: [, 'a'] }] as never).issues[0].code).toBe(
      'invalid_input',
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(() => new ExprFault('missing', [, 'x'] as never)).toThrow(JixiaoError);
    expect(() => {
      // eslint-disable-next-line no-sparse-arrays
      new AuditTally().add({ readable: true, discrepancies: [,] } as never);
    }).toThrow(JixiaoError);
    const ev = evaluate(oneLeaf({ kind: 'ratio', metric: 'v' }), {
      facts: { v: 50 },
      answers: fullRest(10),
    });
    expect(renderMarkdown(ev)).toContain('|');
    for (const render of [renderMarkdown, renderTable, renderHtml, renderCsv]) {
      // eslint-disable-next-line no-sparse-arrays
      expect(() => render({ ...ev, findings: [, ...ev.findings] } as never)).toThrow(JixiaoError);
      // eslint-disable-next-line no-sparse-arrays
      expect(() => render({ ...ev, tree: [...ev.tree, ,] } as never)).toThrow(JixiaoError);
    }
  });

  it('a published figure given as a JSON number reads as the decimal it prints', () => {
    expect(readPrinted(1e-7)?.text).toBe('0.0000001');
    expect(readPrinted(1e21)?.text).toBe('1000000000000000000000');
    expect(readPrinted(97.94)?.unit.toString()).toBe('0.01');
  });

  it('the audit shows its total with the places of its parts', () => {
    const r = auditSelfEvaluation(
      {
        budget: { adjusted: 3, executed: 1, weight: 10 },
        rows: [row({ target: '≥1', actual: '1' })],
      },
      { rounding: { places: 3 }, layout: 'none' },
    );
    expect(r.expected).toMatchObject({ total: '93.333', budget: '3.333', rows: ['90.000'] });
  });

  it('defect 8 (found by the audit mutation tests): a table whose fields throw when read is reviewed as unreadable, never a plain Error', () => {
    const hostile = {
      get id(): string {
        throw new Error('读取失败');
      },
      rows: [],
    };
    const r = auditSelfEvaluation(hostile);
    expect(r.readable).toBe(false);
    expect(r.id).toBeNull();
    expect(r.discrepancies.map((d) => d.code)).toEqual(['unreadable']);
    expect(r.issues.length).toBeGreaterThan(0);
  });
});
