/**
 * Issue codes and their messages in Chinese and English. A message is a function of the issue's
 * parameters (after zod's locales), so every language says the same thing with the same numbers.
 */

/**
 * Text in both languages.
 *
 * @category Errors
 */
export interface LocalMessage {
  /** Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * The parameters each issue code carries into its message.
 *
 * @category Errors
 */
export interface IssueParams {
  /** Input does not match the schema (type, format, range); text comes from zod's locales. */
  invalid_input: { zh: string; en: string };
  /** An object has a key the schema does not know (strict objects: typos are never dropped). */
  unknown_key: { key: string };
  /** Two indicators share an id. */
  duplicate_id: {
    id: string;
    /** `metric`: a metric has the name of a declared fact. */
    what?: 'indicator' | 'metric';
  };
  /** An inner indicator's weight is not the exact sum of its children's weights. */
  weight_mismatch: { id: string; weight: string; sum: string };
  /** The top-level weights do not add up to the grade scale's maximum. */
  total_mismatch: { total: string; max: string };
  /** A leaf indicator has no scoring rule. */
  leaf_without_rule: { id: string };
  /** An inner indicator has a scoring rule (inner nodes add up their children). */
  inner_with_rule: { id: string };
  /** A rule's parameters contradict each other or the indicator's weight. */
  rule_incoherent: { id: string; zh: string; en: string };
  /** A metric expression does not parse. */
  expression_syntax: { expr: string; zh: string; en: string };
  /** A metric expression is too long or too deeply nested. */
  expression_limit: { expr: string; limit: string };
  /** An expression yields a condition where a number is needed, or the reverse. */
  expression_type: { expr: string; expected: 'number' | 'condition' };
  /** An expression names a fact or metric the framework does not declare. */
  unknown_reference: { name: string; expr: string };
  /** Metrics depend on each other in a cycle. */
  metric_cycle: { cycle: string };
  /** A grade scale is not ordered, contiguous and covering. */
  scale_invalid: { zh: string; en: string };
  /** A weight has more decimals than the rounding places allow. */
  weight_precision: { id: string; weight: string; places: string };
  /** Unit data carries a fact the framework does not declare. */
  unknown_fact: { name: string };
  /** Unit data answers an indicator the framework does not have. */
  unknown_indicator: { id: string };
  /** An input the scoring needs is absent (and the missing-input policy is `error`). */
  missing_input: { id: string; what: string | LocalMessage };
  /** A metric divides by zero. */
  division_by_zero: {
    expr: string;
    id: string;
    /** The whole message, when the expression is jixiao's own (e.g. 全年预算数为 0 …). */
    why?: LocalMessage;
  };
  /** A qualitative level is not one the rule defines. */
  level_unknown: { id: string; level: string; allowed: string };
  /**
   * Evaluator points fall outside the allowed range. `range` is the interval as written in
   * mathematics, with its bounds' inclusivity: `[8, 10]`, `[6, 8)`.
   */
  points_out_of_range: { id: string; points: string; range: string };
  /** An evaluator's judgement (manual points, not-applicable) lacks its written reason. */
  justification_required: {
    id: string;
    /** `notApplicable`: the reason the indicator does not apply (不适用原因). */
    what?: 'points' | 'notApplicable';
  };
  /** Every indicator is not applicable: there is nothing to score. */
  nothing_applicable: Record<string, never>;
  /** A metric value lies in none of a bands rule's intervals. */
  value_outside_bands: { id: string; value: string };
  /** Weights break a rule of the framework's source (e.g. 10号: 产出 + 效益 ≥ 60%). */
  weight_rule: { zh: string; en: string };
  /** A 指标值 cannot be read. */
  target_unparseable: { zh: string; en: string };
  /** A 实际完成值 cannot be read, or does not fit its 指标值 (a word where a number is needed). */
  actual_unparseable: { zh: string; en: string };
  /** A 实际完成值 is in a unit that cannot be compared with its 指标值's (人次 against 万元). */
  unit_mismatch: { target: string; actual: string; targetUnit: string; actualUnit: string };
  /**
   * jixiao itself failed on this item (a bug, reported so that a batch goes on); the message says
   * what failed. Please report it with the input.
   */
  internal_error: { message: string };
}

/**
 * Every issue code jixiao reports.
 *
 * @category Errors
 */
export type IssueCode = keyof IssueParams;

type Catalog = { [K in IssueCode]: (p: IssueParams[K]) => LocalMessage };

const m = (zh: string, en: string): LocalMessage => ({ zh, en });

/** The message catalog: one function per code, returning both languages. */
export const MESSAGES: Catalog = {
  invalid_input: (p) => m(p.zh, p.en),
  unknown_key: (p) => m(`未知字段 "${p.key}"`, `Unknown key "${p.key}"`),
  duplicate_id: (p) =>
    p.what === 'metric'
      ? m(
          `计算指标 "${p.id}" 与已声明的数据项同名`,
          `Metric "${p.id}" has the name of a declared fact`,
        )
      : m(`指标编号 "${p.id}" 重复`, `Indicator id "${p.id}" is used more than once`),
  weight_mismatch: (p) =>
    m(
      `指标 "${p.id}" 的分值 ${p.weight} 不等于下级指标分值之和 ${p.sum}`,
      `Indicator "${p.id}" has weight ${p.weight} but its children add up to ${p.sum}`,
    ),
  total_mismatch: (p) =>
    m(
      `分值合计 ${p.total}，应等于满分 ${p.max}`,
      `Weights add up to ${p.total}; they must equal the maximum score ${p.max}`,
    ),
  leaf_without_rule: (p) =>
    m(`末级指标 "${p.id}" 缺少评分规则`, `Leaf indicator "${p.id}" has no scoring rule`),
  inner_with_rule: (p) =>
    m(
      `指标 "${p.id}" 有下级指标，不能再设评分规则`,
      `Indicator "${p.id}" has children and cannot also have a rule`,
    ),
  rule_incoherent: (p) =>
    m(
      `指标 "${p.id}" 的评分规则有误：${p.zh}`,
      `The rule of indicator "${p.id}" is wrong: ${p.en}`,
    ),
  expression_syntax: (p) =>
    m(`表达式 "${p.expr}" 无法解析：${p.zh}`, `Expression "${p.expr}" does not parse: ${p.en}`),
  expression_limit: (p) =>
    m(
      `表达式 "${p.expr}" 超出限制：${p.limit}`,
      `Expression "${p.expr}" exceeds a limit: ${p.limit}`,
    ),
  expression_type: (p) =>
    p.expected === 'number'
      ? m(`表达式 "${p.expr}" 应得出数值`, `Expression "${p.expr}" must yield a number`)
      : m(`表达式 "${p.expr}" 应为条件判断`, `Expression "${p.expr}" must be a condition`),
  unknown_reference: (p) =>
    m(
      `表达式 "${p.expr}" 引用了未声明的数据项或计算指标 "${p.name}"`,
      `Expression "${p.expr}" refers to "${p.name}", which is neither a declared fact nor a metric`,
    ),
  metric_cycle: (p) =>
    m(`计算指标循环引用：${p.cycle}`, `Metrics refer to each other in a cycle: ${p.cycle}`),
  scale_invalid: (p) => m(`等级标准有误：${p.zh}`, `Invalid grade scale: ${p.en}`),
  weight_precision: (p) =>
    m(
      `指标 "${p.id}" 的分值 ${p.weight} 小数位多于舍入位数 ${p.places}`,
      `Indicator "${p.id}" has weight ${p.weight}, with more decimals than the ${p.places} rounding places`,
    ),
  unknown_fact: (p) =>
    m(`评价数据含未声明的数据项 "${p.name}"`, `Unit data has an undeclared fact "${p.name}"`),
  unknown_indicator: (p) =>
    m(`指标体系中没有编号为 "${p.id}" 的指标`, `The framework has no indicator "${p.id}"`),
  missing_input: (p) => {
    const what = typeof p.what === 'string' ? { zh: p.what, en: p.what } : p.what;
    return m(
      `指标 "${p.id}" 缺少评分所需数据：${what.zh}`,
      `Indicator "${p.id}" lacks input: ${what.en}`,
    );
  },
  division_by_zero: (p) =>
    p.why
      ? m(p.why.zh, p.why.en)
      : m(
          `指标 "${p.id}" 计算 "${p.expr}" 时除数为零`,
          `Indicator "${p.id}": "${p.expr}" divides by zero`,
        ),
  level_unknown: (p) =>
    m(
      `指标 "${p.id}" 的档次 "${p.level}" 不在规则定义的档次中（${p.allowed}）`,
      `Indicator "${p.id}": level "${p.level}" is not one of ${p.allowed}`,
    ),
  points_out_of_range: (p) =>
    m(
      `指标 "${p.id}" 的评分 ${p.points} 超出允许范围 ${p.range}`,
      `Indicator "${p.id}": points ${p.points} are outside the allowed range ${p.range}`,
    ),
  justification_required: (p) =>
    p.what === 'notApplicable'
      ? m(
          `指标 "${p.id}" 标为不适用，需填写不适用原因`,
          `Indicator "${p.id}" is marked not applicable and needs the reason why`,
        )
      : m(`指标 "${p.id}" 需填写评分理由`, `Indicator "${p.id}" needs a written justification`),
  nothing_applicable: () =>
    m('所有指标均不适用，无法评分', 'Every indicator is not applicable: nothing can be scored'),
  weight_rule: (p) => m(p.zh, p.en),
  target_unparseable: (p) => m(p.zh, p.en),
  actual_unparseable: (p) => m(p.zh, p.en),
  unit_mismatch: (p) =>
    m(
      `实际完成值「${p.actual}」的单位「${p.actualUnit}」与指标值「${p.target}」的单位「${p.targetUnit}」不可比较`,
      `the actual value "${p.actual}" is in ${p.actualUnit}, which cannot be compared with ${p.targetUnit} of the target "${p.target}"`,
    ),
  internal_error: (p) =>
    m(
      `jixiao 内部错误（请连同输入一并报告）：${p.message}`,
      `jixiao internal error (please report it with the input): ${p.message}`,
    ),
  value_outside_bands: (p) =>
    m(
      `指标 "${p.id}" 的值 ${p.value} 不在任何评分区间内`,
      `Indicator "${p.id}": value ${p.value} lies in none of the scoring bands`,
    ),
};

/**
 * All issue codes, in catalog order.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes('missing_input'); // true
 * ```
 * @category Errors
 */
export const ISSUE_CODES = Object.keys(MESSAGES) as IssueCode[];
