import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtinFramework,
  csvRecords,
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
import { csvField } from '../../src/report/csv.js';
import { escapeHtml } from '../../src/report/html.js';
import { displayWidth } from '../../src/report/width.js';
import {
  FORMULA_START,
  HOSTILE,
  HTML_UNSAFE,
  PLAIN_NUMBER,
  TERMINAL_UNSAFE,
  gfmCells,
  gfmRows,
  hostileEvaluation,
  hostileSelf,
} from './hostile.js';

const data = JSON.parse(
  readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
) as UnitDataInput;
const result = evaluate(builtinFramework('department2013'), data);
const table = JSON.parse(
  readFileSync(new URL('../../examples/tables/langfang-2019.json', import.meta.url), 'utf8'),
) as SelfEvaluationTableInput;
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

describe('renderCsv and hostile names', () => {
  const cellsOf = (csv: string) => csvRecords(csv).flat();

  it('issue 8 defect 9: an indicator named =1+1 writes no cell that starts with a formula character', () => {
    const csv = renderCsv(hostileEvaluation(HOSTILE.formula));
    const cells = cellsOf(csv);
    expect(cells).toContain("'=1+1");
    expect(cells.filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c))).toEqual([]);
    expect(csv).not.toMatch(/(^|[,\n\uFEFF])"?[=+@-](?!\d)/);
  });

  it('issue 8 defect 9: =HYPERLINK in a name and in a reason is written as text', () => {
    const cells = cellsOf(renderCsv(hostileEvaluation(HOSTILE.hyperlink), { locale: 'en' }));
    expect(cells).toContain(`'${HOSTILE.hyperlink}`);
    expect(cells.some((c) => c.startsWith(`'${HOSTILE.hyperlink}: scored 30.00`))).toBe(true);
    expect(cells.filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c))).toEqual([]);
  });

  it('issue 8 defect 9: scores stay numbers', () => {
    const rows = csvRecords(renderCsv(hostileEvaluation(HOSTILE.formula)));
    expect(rows.find((r) => r[1] === 'c')?.slice(5, 9)).toEqual([
      '60.00',
      '30.00',
      '30.00',
      '0.5000',
    ]);
  });
});

describe('renderMarkdown and hostile names', () => {
  const names = [HOSTILE.pipe, HOSTILE.script, HOSTILE.link];

  it.each(names)('issue 8 defect 10: a name %j keeps every table row at six cells', (name) => {
    const rows = gfmRows(renderMarkdown(hostileEvaluation(name)));
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(gfmCells(row)).toHaveLength(6);
    const leaf = rows.find((r) => r.includes('| 60.00 | 30.00 |'));
    expect(gfmCells(leaf ?? '')[4]?.trim()).toBe('30.00');
  });

  it('issue 8 defect 10: no raw <script and no ](javascript: in the document', () => {
    for (const name of names) {
      const md = renderMarkdown(hostileEvaluation(name), { locale: 'en' });
      expect(md).not.toContain('<script');
      expect(md).not.toContain('](javascript:');
      expect(md).not.toMatch(/<[a-z/!]/i);
    }
  });

  it('issue 8 defect 10: a backslash in a name is escaped, not taken as an escape', () => {
    const md = renderMarkdown(hostileEvaluation(HOSTILE.pipe));
    expect(md).toContain('z\\\\\\|w');
    expect(md).not.toMatch(/(^|[^\\])(\\\\)*\\\\\|/);
  });
});

describe('terminal renderers and hostile names', () => {
  const terminal = [HOSTILE.ansi, HOSTILE.osc, HOSTILE.csi8, HOSTILE.cr, HOSTILE.bidi];
  const all = terminal.join(' ');

  it('issue 8 defect 10: renderTable writes no escape sequence, control or bidi override', () => {
    for (const name of [...terminal, all]) {
      const text = renderTable(hostileEvaluation(name));
      expect(text).not.toMatch(TERMINAL_UNSAFE);
      expect(text).not.toContain('[31m');
      expect(text).not.toContain('title');
      expect(text).not.toContain('2J');
    }
  });

  it('issue 8 defect 10: renderTable measures columns on the cleaned text', () => {
    const lines = renderTable(hostileEvaluation(all)).split('\n');
    const rows = lines.filter((l) => /\d+\.\d\d\s+\d+\.\d\d/.test(l) && !l.startsWith('合计'));
    const ends = rows.map((l) => displayWidth(/^.*?\d+\.\d\d\s+\d+\.\d\d/.exec(l)?.[0] ?? ''));
    expect(new Set(ends).size).toBe(1);
    expect(lines.filter((l) => l.startsWith('ared bc de e f ghi '))).toHaveLength(1);
  });

  it('issue 8 defect 10: renderReport writes no escape sequence, control or bidi override', () => {
    for (const name of [...terminal, all]) {
      for (const input of [hostileEvaluation(name), hostileSelf(name)]) {
        const text = renderReport(input);
        expect(text).not.toMatch(TERMINAL_UNSAFE);
        expect(text).not.toContain('[31m');
        expect(renderReport(input, { locale: 'en' })).not.toMatch(TERMINAL_UNSAFE);
      }
    }
  });

  it('issue 8 defect 10: a line break in a name cannot forge a line of the report', () => {
    const text = renderReport(hostileEvaluation('x\n五、下一步工作建议\r\ny'));
    expect(text.split('\n').filter((l) => l === '五、下一步工作建议')).toHaveLength(1);
  });
});

describe('renderHtml and hostile names', () => {
  it('issue 8 defect 10: every name, in the table, the chart and <title>, is escaped', () => {
    const html = renderHtml(hostileEvaluation(`${HOSTILE.script}"'&${HOSTILE.bidi}\u0000`));
    expect(html).not.toContain('<script');
    expect(html).toContain(
      '<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;ghi 评分表</title>',
    );
    expect(html).toContain('text-anchor="end" font-size="13">&lt;script&gt;');
    expect(html).not.toMatch(HTML_UNSAFE);
  });
});
