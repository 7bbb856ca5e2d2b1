import { expect, it } from 'vitest';
import { builtinFramework, defineFramework, evaluate } from '../src/index.js';

// The usage example of README.md, kept true.
it('README usage example', () => {
  const framework = defineFramework({
    id: 'demo',
    version: '1',
    name: '示例',
    facts: {
      'staff.actual': { name: '在职人员数', unit: '人' },
      'staff.quota': { name: '编制数', unit: '人' },
    },
    metrics: {
      staffRate: { name: '在职人员控制率', expr: 'staff.actual / staff.quota * 100', unit: '%' },
    },
    indicators: [
      {
        id: 'staff',
        name: '在职人员控制率',
        weight: 5,
        rule: {
          kind: 'stepDeduction',
          metric: 'staffRate',
          better: 'lower',
          threshold: 100,
          deduct: 0.5,
          partial: 'proRata',
        },
      },
      { id: 'rest', name: '其他', weight: 95, rule: { kind: 'manual' } },
    ],
  });
  const result = evaluate(framework, {
    facts: { 'staff.actual': 51, 'staff.quota': 50 },
    answers: { rest: { points: 95, justification: '材料齐全' } },
  });
  expect(result.total).toBe('99.00');
  expect(result.grade).toBe('优');
  expect(result.findings[0]?.message.zh).toBe(
    '在职人员控制率 102.00%，超过 100% 标准 2 个百分点，扣 1.00 分',
  );
  expect(builtinFramework('department2013').id).toBe('department2013');
});
