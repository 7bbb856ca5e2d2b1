import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtinFramework,
  csvField,
  csvRecords,
  escapeHtml,
  evaluate,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderReport,
  scoreSelfEvaluation,
} from '../../src/index.js';

const data: unknown = JSON.parse(
  readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
);
const result = evaluate(builtinFramework('department2013'), data);
const table: unknown = JSON.parse(
  readFileSync(new URL('../../examples/tables/langfang-2019.json', import.meta.url), 'utf8'),
);
const self = scoreSelfEvaluation(table);

describe('renderMarkdown', () => {
  const md = renderMarkdown(result);
  it('has the table, total, grade and findings', () => {
    expect(md).toContain('| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 扣分原因 |');
    expect(md).toContain('| 投入 | 目标设定 | 绩效目标合理性 | 2.00 | 2.00 |  |');
    expect(md).toContain('| **合计** |  |  | **100.00** | **97.94** |  |');
    expect(md).toContain('**总分 97.94 / 100.00，评价等级：优**');
    expect(md).toContain('1. **投入 › 目标设定 › 绩效指标明确性**（−0.75）');
    expect(md).toContain('单位：临泽县科学技术协会（年度 2023）');
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.includes('小计') && !l.includes('合计')),
    ).toHaveLength(29);
  });
  it('escapes pipes and speaks English', () => {
    const en = renderMarkdown(result, { locale: 'en' });
    expect(en).toContain(
      '| Level 1 | Level 2 | Level 3 | Weight | Points | Why points were lost |',
    );
    expect(en).toContain('**Input › Goal setting › Clarity of performance indicators**');
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(result);
  it('starts with a BOM, uses CRLF and has one row per indicator plus the total', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.includes('\r\n')).toBe(true);
    const rows = csvRecords(csv);
    expect(rows[0]).toEqual([
      '层级',
      '编号',
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '得分',
      '扣分',
      '得分率',
      '状态',
      '扣分原因',
    ]);
    expect(rows).toHaveLength(1 + 39 + 1);
    expect(rows.find((r) => r[1] === 'process.execution.procurement')?.[9]).toBe('notApplicable');
    expect(rows[rows.length - 1]?.slice(5, 10)).toEqual(['100.00', '97.94', '', '', '优']);
  });
  it('quotes fields that need it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
    expect(csvRecords('a,"b,c"\r\n"x""y",2\n\n')).toEqual([
      ['a', 'b,c'],
      ['x"y', '2'],
    ]);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(result);
  it('is one standalone page: inline CSS, inline SVG, A4 print styles, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<svg class="chart"');
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
    expect(html).toContain('id="total">97.94<');
    expect(html).toContain('id="grade">优<');
  });
  it('escapes text', () => {
    expect(escapeHtml('<a href="x">&\'</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('renderReport', () => {
  it('drafts the five sections with the closing sentence', () => {
    const text = renderReport(result);
    for (const heading of [
      '一、基本情况',
      '二、评价工作开展情况',
      '三、绩效分析',
      '四、存在的问题',
      '五、下一步工作建议',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('最终评分结果为 97.94 分，评价等级为“优”。');
    expect(text).toContain(
      '（一）投入（分值 15.00 分）：得分 14.25 分，得分率 95.00%。扣分 0.75 分：绩效指标明确性扣 0.75 分。',
    );
    expect(text).toContain('1. 绩效指标明确性：未满足');
    expect(text).toContain('【待补充：针对“绩效指标明确性”扣分的改进措施】');
  });
  it('adds the budget block for self-evaluations, and speaks English', () => {
    const text = renderReport(self);
    expect(text).toContain(
      '（三）预算执行情况：全年预算数 43.2 万元，全年执行数 37.24 万元，预算执行率 86.20%，得分 8.62 分（分值 10.00 分）。',
    );
    expect(text).toContain('预算执行率 86.20% 低于 90%，需说明原因');
    const en = renderReport(self, { locale: 'en' });
    expect(en).toContain('In sum, the final score is 97.24 points, grade "Excellent".');
    expect(en).toContain('5. Next steps');
  });
});
