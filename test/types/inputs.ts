// Type tests, checked by `npm run typecheck` (tsc over src and test): each `@ts-expect-error` line must be
// an error, so a typo that type-checks fails CI. The calls below are never run.
import {
  auditSelfEvaluation,
  builtinFramework,
  defineFramework,
  evaluate,
  fillSelfEvaluation,
  scoreSelfEvaluation,
  type AnswerInput,
  type FrameworkInput,
  type SelfEvaluationTableInput,
  type UnitDataInput,
} from '../../src/index.js';

export function typed(): void {
  const framework = defineFramework({
    id: 'demo',
    version: '1',
    name: '示例',
    indicators: [{ id: 'a', name: 'A', weight: 100, rule: { kind: 'manual' } }],
  });

  // A misspelt key of an indicator.
  defineFramework({
    id: 'x',
    version: '1',
    name: 'x',
    // @ts-expect-error -- "wieght" is not a field
    indicators: [{ id: 'a', name: 'A', wieght: 100 }],
  });

  defineFramework({
    id: 'x',
    version: '1',
    name: 'x',
    // @ts-expect-error -- "manul" is no rule kind
    indicators: [{ id: 'a', name: 'A', weight: 100, rule: { kind: 'manul' } }],
  });

  defineFramework({
    id: 'x',
    version: '1',
    name: 'x',
    // @ts-expect-error -- a ratio rule has no "deduct"
    indicators: [{ id: 'a', name: 'A', weight: 100, rule: { kind: 'ratio', deduct: 1 } }],
  });

  // A readonly (`as const`) document is accepted as it is.
  const frozen = {
    id: 'x',
    version: '1',
    name: { zh: '示例', en: 'Example' },
    indicators: [{ id: 'a', name: 'A', weight: '100', rule: { kind: 'manual' } }],
  } as const satisfies FrameworkInput;
  defineFramework(frozen);

  // @ts-expect-error -- "pionts" is no answer field
  evaluate(framework, { answers: { a: { pionts: 95 } } });
  // @ts-expect-error -- facts are numbers or decimal strings
  evaluate(framework, { facts: { x: true } });
  // @ts-expect-error -- no such policy value
  evaluate(framework, { answers: { a: { points: 95 } } }, { notApplicable: 'skip' });
  const answer: AnswerInput = { points: '95', justification: '材料齐全' };
  const data: UnitDataInput = { answers: { a: answer } };
  evaluate(framework, data);

  const table: SelfEvaluationTableInput = {
    budget: { initial: 90, adjusted: '89.974', executed: '89.974' },
    rows: [{ l1: '产出指标', l3: '培训人次', target: '≥500人次', actual: '526人次', weight: 90 }],
  };
  scoreSelfEvaluation(table);
  fillSelfEvaluation(table, { qualitative: 'tierTop' });
  scoreSelfEvaluation({
    // @ts-expect-error -- "taget" is no row field
    rows: [{ l1: '产出指标', l3: '培训人次', taget: '≥500人次', weight: 90 }],
  });
  // @ts-expect-error -- no such option value
  scoreSelfEvaluation(table, { qualitative: 'guess' });
  // @ts-expect-error -- "publishedTotl" is no field
  auditSelfEvaluation({ ...table, publishedTotl: '98' });

  // @ts-expect-error -- no built-in framework of that id
  builtinFramework('department2031');
  builtinFramework('department2013');
}
