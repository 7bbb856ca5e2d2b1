/**
 * Weight layouts of 自评表 as data. `projectSelf2020` is the 单位自评 split of 财预〔2020〕10号:
 * 预算执行率 10, 产出指标 50, 效益指标 30, 服务对象满意度指标 10 (corroborated by a 2022 安徽 form;
 * the 10号 wording itself is recalled, see the reference notes). Local forms differ (四川 uses
 * 10 + 90 split freely), so a different split is a warning, not an error.
 */

/**
 * A self-evaluation layout: expected weights of the budget block and of each 一级指标.
 *
 * @category Self-evaluation
 */
export interface SelfEvaluationLayout {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** The budget block's weight. */
  readonly budget: string;
  /** 一级指标 groups: how to recognise them by name, and their expected weight. */
  readonly groups: readonly {
    readonly key: string;
    readonly name: { readonly zh: string; readonly en: string };
    /** Matches the 一级指标 names of the group. */
    readonly pattern: string;
    readonly weight: string;
    /** The 二级指标 10号 lists under it. */
    readonly l2: readonly string[];
  }[];
}

/**
 * The 10 / 50 / 30 / 10 layout of 财预〔2020〕10号 单位自评.
 *
 * @example
 * ```ts
 * PROJECT_SELF_2020.budget; // "10" (预算执行率 10 分; 产出 50, 效益 30, 满意度 10)
 * ```
 * @category Self-evaluation
 */
export const PROJECT_SELF_2020: SelfEvaluationLayout = {
  id: 'projectSelf2020',
  name: {
    zh: '财预〔2020〕10号 单位自评默认权重',
    en: 'MOF 2020 No. 10 self-evaluation default weights',
  },
  budget: '10',
  groups: [
    {
      key: 'output',
      name: { zh: '产出指标', en: 'Outputs' },
      pattern: '^(产出|成本)',
      weight: '50',
      l2: ['数量指标', '质量指标', '时效指标', '成本指标'],
    },
    {
      key: 'benefit',
      name: { zh: '效益指标', en: 'Benefits' },
      pattern: '^效益',
      weight: '30',
      l2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
    },
    {
      key: 'satisfaction',
      name: { zh: '满意度指标', en: 'Satisfaction' },
      pattern: '满意度',
      weight: '10',
      l2: ['服务对象满意度指标'],
    },
  ],
};

/**
 * Built-in self-evaluation layouts by id.
 *
 * @example
 * ```ts
 * Object.keys(SELF_EVALUATION_LAYOUTS); // ["projectSelf2020"]
 * ```
 * @category Self-evaluation
 */
export const SELF_EVALUATION_LAYOUTS: Readonly<Record<string, SelfEvaluationLayout>> = {
  projectSelf2020: PROJECT_SELF_2020,
};
