/**
 * `project2020`: the reference framework of 财预〔2020〕10号 附件 (项目支出绩效评价指标体系框架) —
 * 决策 / 过程 / 产出 / 效益 with its 二级 and 三级 indicators and 指标解释 — as a template that takes
 * the evaluator's weights. 10号 sets no weights; for 部门评价 and 财政评价 it requires 产出 and 效益
 * together to carry at least 60% ("原则上产出、效益指标权重不低于60%"), which is checked here.
 */
import { ZERO, dec, plain, type Dec } from '../decimal.js';
import { JixiaoError, throwIfAny } from '../errors/JixiaoError.js';
import { objectArgument } from '../errors/arguments.js';
import { makeIssue, type Issue } from '../errors/issue.js';
import { allocate } from '../engine/allocate.js';
import type { Rule } from '../rules/registry.js';
import { PositiveNumSchema } from '../schema/common.js';
import type { FrameworkDocument, IndicatorInput } from '../schema/framework.js';
import { parseWith } from '../schema/parse.js';

interface Leaf {
  id: string;
  zh: string;
  en: string;
  desc: string;
  rule: (w: Dec) => Rule;
}

const elements =
  (labels: string[]) =>
  (w: Dec): Rule => {
    const parts = allocate(
      w,
      labels.map(() => w.div(labels.length)),
      Math.max(4, w.decimalPlaces()),
    );
    return {
      kind: 'elements',
      items: labels.map((label, i) => ({
        id: `p${i + 1}`,
        label,
        points: plain(parts[i] ?? ZERO, 20),
      })),
    };
  };
const ratio =
  (metric: string): (() => Rule) =>
  () => ({ kind: 'ratio', metric, unit: '%', fullAt: 100 });

const TREE: [string, string, string, [string, string, string, Leaf[]][]][] = [
  [
    'decision',
    '决策',
    'Decision',
    [
      [
        'decision.approval',
        '项目立项',
        'Project approval',
        [
          {
            id: 'decision.approval.basis',
            zh: '立项依据充分性',
            en: 'Sufficiency of the basis',
            desc: '项目立项是否符合法律法规、相关政策、发展规划以及部门职责，用以反映和考核项目立项依据情况。',
            rule: elements([
              '符合国家法律法规、国民经济发展规划和相关政策',
              '符合行业发展规划和政策要求',
              '与部门职责范围相符，属于部门履职所需',
              '属于公共财政支持范围，符合中央、地方事权支出责任划分原则',
              '与相关部门同类项目或部门内部相关项目不重复',
            ]),
          },
          {
            id: 'decision.approval.procedure',
            zh: '立项程序规范性',
            en: 'Regularity of the procedure',
            desc: '项目申请、设立过程是否符合相关要求，用以反映和考核项目立项的规范情况。',
            rule: elements([
              '按照规定的程序申请设立',
              '审批文件、材料符合相关要求',
              '事前已经过必要的可行性研究、专家论证、风险评估、绩效评估、集体决策',
            ]),
          },
        ],
      ],
      [
        'decision.goals',
        '绩效目标',
        'Performance goals',
        [
          {
            id: 'decision.goals.soundness',
            zh: '绩效目标合理性',
            en: 'Soundness of the goals',
            desc: '项目所设定的绩效目标是否依据充分，是否符合客观实际，用以反映和考核项目绩效目标与项目实施的相符情况。',
            rule: elements([
              '项目有绩效目标',
              '绩效目标与实际工作内容具有相关性',
              '预期产出效益和效果符合正常的业绩水平',
              '与预算确定的项目投资额或资金量相匹配',
            ]),
          },
          {
            id: 'decision.goals.clarity',
            zh: '绩效指标明确性',
            en: 'Clarity of the indicators',
            desc: '依据绩效目标设定的绩效指标是否清晰、细化、可衡量等，用以反映和考核项目绩效目标的明细化情况。',
            rule: elements([
              '将项目绩效目标细化分解为具体的绩效指标',
              '通过清晰、可衡量的指标值予以体现',
              '与项目目标任务数或计划数相对应',
            ]),
          },
        ],
      ],
      [
        'decision.funding',
        '资金投入',
        'Funding',
        [
          {
            id: 'decision.funding.budgeting',
            zh: '预算编制科学性',
            en: 'Soundness of the budget',
            desc: '项目预算编制是否经过科学论证、有明确标准，资金额度与年度目标是否相适应，用以反映和考核项目预算编制的科学性、合理性情况。',
            rule: elements([
              '预算编制经过科学论证',
              '预算内容与项目内容匹配',
              '预算额度测算依据充分，按照标准编制',
              '预算确定的项目投资额或资金量与工作任务相匹配',
            ]),
          },
          {
            id: 'decision.funding.allocation',
            zh: '资金分配合理性',
            en: 'Soundness of the allocation',
            desc: '项目预算资金分配是否有测算依据，与补助单位或地方实际是否相适应，用以反映和考核项目预算资金分配的科学性、合理性情况。',
            rule: elements([
              '预算资金分配依据充分',
              '资金分配额度合理，与项目单位或地方实际相适应',
            ]),
          },
        ],
      ],
    ],
  ],
  [
    'process',
    '过程',
    'Process',
    [
      [
        'process.funds',
        '资金管理',
        'Fund management',
        [
          {
            id: 'process.funds.arrival',
            zh: '资金到位率',
            en: 'Funds received',
            desc: '实际到位资金与预算资金的比率，用以反映和考核资金落实情况对项目实施的总体保障程度。资金到位率=（实际到位资金/预算资金）×100%。',
            rule: ratio('funds.received / funds.budgeted * 100'),
          },
          {
            id: 'process.funds.execution',
            zh: '预算执行率',
            en: 'Budget execution',
            desc: '项目预算资金是否按照计划执行，用以反映或考核项目预算执行情况。预算执行率=（实际支出资金/实际到位资金）×100%。',
            rule: ratio('funds.spent / funds.received * 100'),
          },
          {
            id: 'process.funds.compliance',
            zh: '资金使用合规性',
            en: 'Compliance of fund use',
            desc: '项目资金使用是否符合相关的财务管理制度规定，用以反映和考核项目资金的规范运行情况。',
            rule: elements([
              '符合国家财经法规和财务管理制度以及有关专项资金管理办法的规定',
              '资金的拨付有完整的审批程序和手续',
              '符合项目预算批复或合同规定的用途',
              '不存在截留、挤占、挪用、虚列支出等情况',
            ]),
          },
        ],
      ],
      [
        'process.implementation',
        '组织实施',
        'Implementation',
        [
          {
            id: 'process.implementation.rules',
            zh: '管理制度健全性',
            en: 'Soundness of the rules',
            desc: '项目实施单位的财务和业务管理制度是否健全，用以反映和考核财务和业务管理制度对项目顺利实施的保障情况。',
            rule: elements([
              '已制定或具有相应的财务和业务管理制度',
              '财务和业务管理制度合法、合规、完整',
            ]),
          },
          {
            id: 'process.implementation.enforcement',
            zh: '制度执行有效性',
            en: 'Enforcement of the rules',
            desc: '项目实施是否符合相关管理规定，用以反映和考核相关管理制度的有效执行情况。',
            rule: elements([
              '遵守相关法律法规和相关管理规定',
              '项目调整及支出调整手续完备',
              '项目合同书、验收报告、技术鉴定等资料齐全并及时归档',
              '项目实施的人员条件、场地设备、信息支撑等落实到位',
            ]),
          },
        ],
      ],
    ],
  ],
  [
    'output',
    '产出',
    'Output',
    [
      [
        'output.quantity',
        '产出数量',
        'Quantity',
        [
          {
            id: 'output.quantity.completion',
            zh: '实际完成率',
            en: 'Completion rate',
            desc: '项目实施的实际产出数与计划产出数的比率，用以反映和考核项目产出数量目标的实现程度。实际完成率=（实际产出数/计划产出数）×100%。',
            rule: ratio('output.actual / output.planned * 100'),
          },
        ],
      ],
      [
        'output.quality',
        '产出质量',
        'Quality',
        [
          {
            id: 'output.quality.rate',
            zh: '质量达标率',
            en: 'Quality rate',
            desc: '项目完成的质量达标产出数与实际产出数的比率，用以反映和考核项目产出质量目标的实现程度。质量达标率=（质量达标产出数/实际产出数）×100%。',
            rule: ratio('output.qualified / output.actual * 100'),
          },
        ],
      ],
      [
        'output.time',
        '产出时效',
        'Timeliness',
        [
          {
            id: 'output.time.timeliness',
            zh: '完成及时性',
            en: 'Timeliness',
            desc: '项目实际完成时间与计划完成时间的比较，用以反映和考核项目产出时效目标的实现程度。',
            rule: () => ({ kind: 'levels', levels: 'mof2020' }),
          },
        ],
      ],
      [
        'output.cost',
        '产出成本',
        'Cost',
        [
          {
            id: 'output.cost.saving',
            zh: '成本节约率',
            en: 'Cost saving',
            desc: '完成项目计划工作目标的实际节约成本与计划成本的比率，用以反映和考核项目的成本节约程度。成本节约率=[（计划成本-实际成本）/计划成本]×100%。',
            rule: (w) => ({
              kind: 'stepDeduction',
              metric: '(cost.planned - cost.actual) / cost.planned * 100',
              unit: '%',
              better: 'higher',
              threshold: 0,
              deduct: plain(w.div(10), 20),
              partial: 'proRata',
            }),
          },
        ],
      ],
    ],
  ],
  [
    'benefit',
    '效益',
    'Benefit',
    [
      [
        'benefit.effect',
        '项目效益',
        'Project benefit',
        [
          {
            id: 'benefit.effect.impact',
            zh: '实施效益',
            en: 'Effects',
            desc: '项目实施所产生的效益：社会效益、经济效益、生态效益、可持续影响等，可根据项目实际选择设置和细化。',
            rule: () => ({ kind: 'levels', levels: 'mof2020' }),
          },
          {
            id: 'benefit.effect.satisfaction',
            zh: '满意度',
            en: 'Satisfaction',
            desc: '社会公众或服务对象对项目实施效果的满意程度。一般采取社会调查的方式。',
            rule: () => ({ kind: 'survey', fullAt: 100 }),
          },
        ],
      ],
    ],
  ],
];

/**
 * Ids of the leaf indicators of {@link project2020}, in order.
 *
 * @example
 * ```ts
 * PROJECT_2020_LEAVES[0]; // "decision.approval.basis"
 * ```
 * @category Framework
 */
export const PROJECT_2020_LEAVES: readonly string[] = TREE.flatMap(([, , , l2]) =>
  l2.flatMap(([, , , leaves]) => leaves.map((l) => l.id)),
);

const FACTS = {
  'funds.budgeted': ['预算资金', 'Budgeted funds'],
  'funds.received': ['实际到位资金', 'Funds received'],
  'funds.spent': ['实际支出资金', 'Funds spent'],
  'output.planned': ['计划产出数', 'Planned outputs'],
  'output.actual': ['实际产出数', 'Actual outputs'],
  'output.qualified': ['质量达标产出数', 'Outputs meeting the standard'],
  'cost.planned': ['计划成本', 'Planned cost'],
  'cost.actual': ['实际成本', 'Actual cost'],
} as const;

/**
 * Builds the 10号 project framework with your weights (one per leaf, see
 * {@link PROJECT_2020_LEAVES}). Parents are the sums of their leaves; element points are split
 * evenly; 成本节约率 deducts 10% of its weight per percentage point of overspending.
 *
 * @param weights - weight of every leaf indicator by id
 * @returns the framework document (pass it to `defineFramework`)
 * @throws {@link JixiaoError} for missing or unknown ids, bad weights, or 产出 + 效益 below 60%
 * @example
 * ```ts
 * const fw = defineFramework(project2020({ 'decision.approval.basis': 3, … }));
 * ```
 * @category Framework
 */
export function project2020(weights: Readonly<Record<string, unknown>>): FrameworkDocument {
  objectArgument(weights, 'weights');
  const issues: Issue[] = [];
  const given = new Map<string, Dec>();
  for (const [id, w] of Object.entries(weights)) {
    if (!PROJECT_2020_LEAVES.includes(id)) {
      issues.push(makeIssue('unknown_indicator', ['weights', id], { id }));
      continue;
    }
    const p = parseWith(PositiveNumSchema, w, ['weights', id]);
    if (p.ok) given.set(id, dec(p.value));
    else issues.push(...p.issues);
  }
  for (const id of PROJECT_2020_LEAVES) {
    if (!Object.hasOwn(weights, id))
      issues.push(makeIssue('missing_input', ['weights', id], { id, what: '分值 / weight' }));
  }
  throwIfAny(issues);
  const sumOf = (ids: string[]): Dec => ids.reduce((s, id) => s.plus(given.get(id) ?? ZERO), ZERO);
  const indicators: IndicatorInput[] = TREE.map(([id, zh, en, l2s]) => {
    const children = l2s.map(([id2, zh2, en2, leaves]) => ({
      id: id2,
      name: { zh: zh2, en: en2 },
      weight: plain(sumOf(leaves.map((l) => l.id)), 20),
      children: leaves.map((l) => {
        const w = given.get(l.id) ?? ZERO;
        return {
          id: l.id,
          name: { zh: l.zh, en: l.en },
          weight: plain(w, 20),
          description: l.desc,
          source: '财预〔2020〕10号 附件',
          rule: l.rule(w),
        };
      }),
    }));
    return {
      id,
      name: { zh, en },
      weight: plain(
        children.reduce((s, c) => s.plus(c.weight), ZERO),
        20,
      ),
      children,
    };
  });
  const share = indicators
    .filter((i) => i.id === 'output' || i.id === 'benefit')
    .reduce((s, i) => s.plus(i.weight), ZERO);
  const total = indicators.reduce((s, i) => s.plus(i.weight), ZERO);
  if (share.times(100).lt(total.times(60))) {
    throw new JixiaoError([
      makeIssue('weight_rule', ['weights'], {
        zh: `产出、效益指标分值合计 ${plain(share)}，占 ${plain(share.div(total).times(100), 2)}%，低于财预〔2020〕10号要求的 60%`,
        en: `output and benefit carry ${plain(share)} (${plain(share.div(total).times(100), 2)}%), below the 60% that MOF 2020 No. 10 requires`,
      }),
    ]);
  }
  return {
    id: 'project2020',
    version: '1.0.0',
    name: {
      zh: '项目支出绩效评价指标体系（财预〔2020〕10号 附件）',
      en: 'Project spending evaluation framework (MOF 2020 No. 10, annex)',
    },
    sources: [
      '财政部《项目支出绩效评价管理办法》财预〔2020〕10号 附件 项目支出绩效评价指标体系框架（参考）',
    ],
    scale: 'mof2020',
    facts: Object.fromEntries(
      Object.entries(FACTS).map(([k, [zh, en]]) => [
        k,
        { name: { zh, en }, unit: k.startsWith('output') ? '项' : '万元' },
      ]),
    ),
    indicators,
  };
}
