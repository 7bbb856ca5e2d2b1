/**
 * The text of `jixiao ahp`, `entropy`, `fuzzy` and `topsis`: each result as a few titled tables (the
 * weights, the consistency check, the distances …) and its findings, in a terminal table, Markdown
 * or CSV. Every label comes from users' files and is made safe for where it lands.
 */
import type { AhpResult } from '../methods/ahp.js';
import type { EntropyResult } from '../methods/entropy.js';
import type { FuzzyResult } from '../methods/fuzzy.js';
import type { Direction, MethodFinding } from '../methods/shared.js';
import type { TopsisResult } from '../methods/topsis.js';
import { csvCell, markdownText, terminalLine } from './escape.js';
import type { Locale } from './model.js';
import { displayWidth, pad } from './width.js';

/** A titled table. */
interface Section {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Lines under the table. */
  readonly notes?: readonly string[];
}

/** The formats of the methods' commands besides JSON. */
export type MethodFormat = 'table' | 'markdown' | 'csv';

const t = (locale: Locale, zh: string, en: string): string => (locale === 'zh' ? zh : en);

const direction = (d: Direction, locale: Locale): string => {
  if (d === 'positive') return t(locale, '正向', 'positive');
  if (d === 'negative') return t(locale, '负向', 'negative');
  if ('best' in d) return t(locale, `中间型（最佳 ${d.best}）`, `best at ${d.best}`);
  return t(
    locale,
    `区间型 [${d.between[0]}, ${d.between[1]}]`,
    `best within [${d.between[0]}, ${d.between[1]}]`,
  );
};

const findingSection = (findings: readonly MethodFinding[], locale: Locale): Section[] =>
  findings.length === 0
    ? []
    : [
        {
          title: t(locale, '发现', 'Findings'),
          head: [t(locale, '代码', 'Code'), t(locale, '说明', 'Message')],
          rows: findings.map((f) => [f.code, f.message[locale]]),
        },
      ];

function ahpSections(r: AhpResult, locale: Locale): Section[] {
  // A node with one child has the trivial matrix [1]: not worth a table.
  const sections: Section[] = r.matrices
    .filter((m) => m.items.length > 1)
    .map((m) => ({
      title: t(
        locale,
        `判断矩阵 ${m.id || '(根)'}${m.judges > 1 ? `（${m.judges} 位专家的几何平均）` : ''}`,
        `Judgement matrix ${m.id || '(root)'}${m.judges > 1 ? ` (geometric mean of ${m.judges} experts)` : ''}`,
      ),
      // Columns by number, rows by number and id: long ids would make the table too wide.
      head: ['', ...m.items.map((_, j) => String(j + 1)), t(locale, '权重', 'Weight'), 'Aw'],
      rows: m.items.map((item, i) => [
        `${i + 1} ${item}`,
        ...(m.matrix[i] ?? []),
        m.weights[i] ?? '',
        m.product[i] ?? '',
      ]),
      notes: [
        `λmax = ${m.lambdaMax}   CI = ${m.ci}   RI = ${m.ri}   CR = ${m.cr}   ${
          m.consistent
            ? t(locale, '通过一致性检验', 'consistent')
            : t(locale, '未通过一致性检验', 'NOT consistent')
        }`,
      ],
    }));
  const ids = Object.keys(r.weights);
  sections.push({
    title: t(locale, '末级指标权重', 'Leaf weights'),
    head: [
      t(locale, '指标', 'Indicator'),
      t(locale, '权重', 'Weight'),
      ...(r.points ? [t(locale, '分值', 'Points')] : []),
    ],
    rows: ids.map((id) => [id, r.weights[id] ?? '', ...(r.points ? [r.points[id] ?? ''] : [])]),
    notes: [
      t(
        locale,
        `方法 ${r.method}；随机一致性指标表 ${r.riTable}；阈值 CR < ${r.threshold}`,
        `Method ${r.method}; random index table ${r.riTable}; threshold CR < ${r.threshold}`,
      ),
      ...(r.hierarchy
        ? [t(locale, `层次总排序 CR = ${r.hierarchy.cr}`, `Hierarchy CR = ${r.hierarchy.cr}`)]
        : []),
    ],
  });
  return [...sections, ...findingSection(r.findings, locale)];
}

function entropySections(r: EntropyResult, locale: Locale): Section[] {
  const critic = r.method === 'critic';
  const head = [
    t(locale, '指标', 'Indicator'),
    t(locale, '方向', 'Direction'),
    ...(critic
      ? [
          t(locale, '标准差 σ', 'Deviation σ'),
          t(locale, '冲突性', 'Conflict'),
          t(locale, '信息量 C', 'Information C'),
        ]
      : [t(locale, '信息熵 e', 'Entropy e'), t(locale, '差异系数 d', 'Divergence d')]),
    t(locale, '权重', 'Weight'),
  ];
  const dash = (v: string | null | undefined): string => v ?? '—';
  const rows = r.indicators.map((name, j) => [
    name,
    direction(r.directions[j] ?? 'positive', locale),
    ...(critic
      ? [dash(r.deviation?.[j]), dash(r.conflict?.[j]), dash(r.information?.[j])]
      : [dash(r.entropy?.[j]), dash(r.divergence?.[j])]),
    r.weights[j] ?? '',
  ]);
  return [
    {
      title: critic
        ? t(locale, 'CRITIC 权重', 'CRITIC weights')
        : t(locale, '熵权法权重', 'Entropy weights'),
      head,
      rows,
      notes: [
        t(
          locale,
          `${r.units.length} 个评价对象；标准化 ${r.normalisation}`,
          `${r.units.length} units; normalisation ${r.normalisation}`,
        ),
      ],
    },
    ...findingSection(r.findings, locale),
  ];
}

function fuzzySections(r: FuzzyResult, locale: Locale): Section[] {
  const grades = r.grades;
  return [
    {
      title: t(
        locale,
        `模糊综合评价（${r.operator}）`,
        `Fuzzy comprehensive evaluation (${r.operator})`,
      ),
      head: [t(locale, '因素', 'Factor'), t(locale, '权重', 'Weight'), ...grades],
      rows: [
        ...r.membership.map((row, i) => [r.factors[i] ?? '', r.weights[i] ?? '', ...row]),
        ['B', '', ...r.vector],
        ["B'", '', ...r.normalised],
      ],
      notes: [
        t(
          locale,
          `最大隶属度等级：${r.gradesAtMax.join('、')}`,
          `Grade of largest membership: ${r.gradesAtMax.join(', ')}`,
        ),
        ...(r.score === null ? [] : [t(locale, `综合得分：${r.score}`, `Score: ${r.score}`)]),
      ],
    },
    ...findingSection(r.findings, locale),
  ];
}

function topsisSections(r: TopsisResult, locale: Locale): Section[] {
  return [
    {
      title: 'TOPSIS',
      head: [
        t(locale, '名次', 'Rank'),
        t(locale, '评价对象', 'Unit'),
        'D+',
        'D-',
        t(locale, '贴近度 C', 'Closeness C'),
      ],
      rows: r.order.map((i) => {
        const u = r.results[i];
        return [
          String(u?.rank ?? ''),
          u?.unit ?? '',
          u?.dPlus ?? '',
          u?.dMinus ?? '',
          u?.closeness ?? '',
        ];
      }),
      notes: [
        t(locale, `权重 ${r.weights.join(', ')}`, `Weights ${r.weights.join(', ')}`),
        `A+ = (${r.ideal.join(', ')})   A- = (${r.antiIdeal.join(', ')})`,
      ],
    },
    ...findingSection(r.findings, locale),
  ];
}

function table(sections: readonly Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    const rows = [s.head, ...s.rows].map((r) => r.map(terminalLine));
    const widths = (rows[0] ?? []).map((_, j) =>
      Math.max(...rows.map((r) => displayWidth(r[j] ?? ''))),
    );
    out.push(terminalLine(s.title));
    // Numbers (and fractions such as 1/3) to the right, labels to the left.
    const numeric = (rows[0] ?? []).map((_, j) =>
      s.rows.every((r) => /^(?:[-+]?\d+(?:\.\d+)?|\d+\/\d+|—|)$/.test(r[j] ?? '')),
    );
    rows.forEach((r, k) => {
      out.push(
        r
          .map((c, j) => pad(c, widths[j] ?? 0, numeric[j] === true && j > 0 ? 'right' : 'left'))
          .join('  ')
          .trimEnd(),
      );
      if (k === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    });
    for (const n of s.notes ?? []) out.push(terminalLine(n));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdown(sections: readonly Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`## ${markdownText(s.title)}`, '');
    out.push(`| ${s.head.map(markdownText).join(' | ')} |`);
    out.push(`|${s.head.map((_, j) => (j === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const r of s.rows) out.push(`| ${r.map(markdownText).join(' | ')} |`);
    out.push('');
    for (const n of s.notes ?? []) out.push(markdownText(n), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function csv(sections: readonly Section[]): string {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(csvCell(s.title));
    for (const r of [s.head, ...s.rows]) lines.push(r.map(csvCell).join(','));
    for (const n of s.notes ?? []) lines.push(csvCell(n));
    lines.push('');
  }
  // A byte-order mark, so that Excel reads the file as UTF-8.
  return `\ufeff${lines.join('\r\n')}`;
}

/** A method's result with what is needed to show it. */
export type MethodOutput =
  | { readonly kind: 'ahp'; readonly result: AhpResult }
  | { readonly kind: 'entropy'; readonly result: EntropyResult }
  | { readonly kind: 'fuzzy'; readonly result: FuzzyResult }
  | { readonly kind: 'topsis'; readonly result: TopsisResult };

/**
 * Renders a method's result as a terminal table, Markdown or CSV.
 *
 * @param output - the method and its result
 * @param format - `table`, `markdown` or `csv`
 * @param locale - the language of the headings
 * @returns the text
 * @example
 * ```ts
 * renderMethod({ kind: 'ahp', result: ahp([[1, 3], ['1/3', 1]]) }, 'markdown', 'zh');
 * ```
 */
export function renderMethod(output: MethodOutput, format: MethodFormat, locale: Locale): string {
  const sections =
    output.kind === 'ahp'
      ? ahpSections(output.result, locale)
      : output.kind === 'entropy'
        ? entropySections(output.result, locale)
        : output.kind === 'fuzzy'
          ? fuzzySections(output.result, locale)
          : topsisSections(output.result, locale);
  return format === 'table'
    ? table(sections)
    : format === 'markdown'
      ? markdown(sections)
      : csv(sections);
}
