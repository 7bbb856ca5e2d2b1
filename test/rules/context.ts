import { RULE_KINDS, type Rule } from '../../src/index.js';
import { dec } from '../../src/decimal.js';
import { type ExprEnv } from '../../src/expression/compile.js';
import { type PrepareContext, type RuleKind, type RuleOutcome } from '../../src/rules/types.js';

/**
 * Prepares a rule through the public {@link RuleKind} contract, the way a custom host (or a
 * wrapper of `RULE_KINDS`) calls it, with a context that records what the rule reports. Metric and
 * condition expressions are names of `env` values; with `expressions: 'invalid'` every expression
 * is reported as a problem and compiles to `null`, as an undeclared name does in a framework.
 */
export function prepare(
  rule: Rule,
  opts: { weight?: number | string; expressions?: 'valid' | 'invalid' } = {},
): {
  scorer: ((answer?: Record<string, unknown>, env?: Record<string, number>) => RuleOutcome) | null;
  reported: string[];
} {
  const reported: string[] = [];
  const invalid = opts.expressions === 'invalid';
  const ctx: PrepareContext = {
    id: 'x',
    name: { zh: '指标', en: 'Indicator' },
    weight: dec(opts.weight ?? 10),
    at: ['rule'],
    problem: (code) => {
      reported.push(code);
    },
    incoherent: (_at, zh) => {
      reported.push(`rule_incoherent: ${zh}`);
    },
    numberExpr: (src, _at, unit) => {
      if (invalid) {
        reported.push(`unknown_reference: ${src}`);
        return null;
      }
      return { src, fn: (env: ExprEnv) => env.value(src), unit: unit ?? '' };
    },
    conditionExpr: (src) => {
      if (invalid) {
        reported.push(`unknown_reference: ${src}`);
        return null;
      }
      return { src, fn: (env: ExprEnv) => !env.value(src).isZero(), unit: '' };
    },
  };
  const kind = RULE_KINDS[rule.kind] as RuleKind<Rule>;
  const scorer = kind.prepare(rule, ctx);
  return {
    scorer:
      scorer &&
      ((answer, env = {}) =>
        scorer({
          answer,
          env: {
            value: (name) => {
              const v = env[name];
              if (v === undefined) throw new Error(`no value for ${name}`);
              return dec(v);
            },
          },
        })),
    reported,
  };
}
