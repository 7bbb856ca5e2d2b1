/**
 * `jixiao/docx`: the report as a Word document. The document is unzipped (SheetJS's CFB reads ZIP
 * files) and its `word/document.xml` read: headings, the closing sentence, the grade, the table's
 * cells and merges, the placeholders; the same input gives the same bytes whatever the clock says;
 * a wrong argument is a JixiaoError.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zipParts } from './zip.js';
import {
  JixiaoError,
  builtinFramework,
  evaluate,
  fillSelfEvaluation,
  scoreSelfEvaluation,
  type SelfEvaluationTableInput,
} from '../../src/index.js';
import { writeReportDocx } from '../../src/docx.js';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const langfang = read('examples/tables/langfang-2019.json') as SelfEvaluationTableInput;
// The stored copy lacks the 满意度 row: scored on its 90 points, as test/self/real-tables.test.ts does.
const guichi: SelfEvaluationTableInput = {
  ...(read('examples/tables/guichi-2022-weituo.json') as SelfEvaluationTableInput),
  scale: { max: 90, bands: [{ label: '—', min: 0 }] },
};
const linze = evaluate(
  builtinFramework('department2013'),
  read('examples/linze-kexie-2023.json') as Parameters<typeof evaluate>[1],
);

const documentXml = async (...args: Parameters<typeof writeReportDocx>): Promise<string> =>
  zipParts(await writeReportDocx(...args)).get('word/document.xml') ?? '';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text of each paragraph, runs joined, entities read. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] ?? '').replace(/&(\w+);/g, (e, name: string) => ENTITIES[name] ?? e))
      .join(''),
  );

const HEADINGS = [
  '一、基本情况',
  '二、评价工作开展情况',
  '三、绩效分析',
  '四、存在的问题',
  '五、下一步工作建议',
];

describe('writeReportDocx: a self-evaluation (the filled form)', () => {
  it('has the title, the five headings as Word headings, the closing sentence and the grade', async () => {
    const xml = await documentXml(fillSelfEvaluation(langfang));
    const text = paragraphs(xml);
    expect(text[0]).toBe(
      '廊坊市食品工程学校2019年度办公宿舍楼、食堂及餐厅暖通改造经费绩效自评报告（草稿）',
    );
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    for (const h of HEADINGS) {
      const at = xml.indexOf(`>${h}<`);
      expect(at).toBeGreaterThan(0);
      expect(xml.lastIndexOf('<w:pStyle w:val="Heading1"/>', at)).toBeGreaterThan(0);
    }
    expect(text).toContain('综上，最终评分结果为 97.24 分，评价等级为“优”。');
  });

  it('lists the findings as numbered paragraphs, each list from 1, and highlights the placeholders', async () => {
    const xml = await documentXml(fillSelfEvaluation(langfang));
    const text = paragraphs(xml);
    expect(text).toContain('预算执行率 86.20% 低于 90%，需说明原因');
    expect(xml.match(/<w:numPr>/g)?.length).toBe(6);
    expect(new Set([...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])).size).toBe(2);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(text).toContain('【待补充：单位职能、项目概况、资金来源与使用】');
  });

  it('puts the filled form on a landscape page, its cells and merged cells as printed', async () => {
    const filled = fillSelfEvaluation(langfang);
    const xml = await documentXml(filled);
    expect(xml).toContain('w:orient="landscape"');
    const cells = paragraphs(xml.slice(xml.indexOf('<w:tbl>')));
    for (const c of [
      '项目支出绩效自评表',
      '偏差原因分析及改进措施',
      '扣分说明',
      '工程资金金额',
      '86.20%',
      '97.24',
      '优',
    ])
      expect(cells).toContain(c);
    // The title across all nine columns; 一级 and the funds block merged down.
    expect(xml).toContain('<w:gridSpan w:val="9"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)?.length).toBeGreaterThan(3);
    // One cell a row per grid column, merged cells counted by their span.
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(filled.grid.cells.length);
    for (const row of rows) {
      const spans = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
        Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc[0])?.[1] ?? 1),
      );
      expect(spans.reduce((a, b) => a + b, 0)).toBe(9);
    }
    // The 执行率 cell, where a 偏差原因 is due, is shaded.
    expect(filled.needsExplanation).toEqual(['G6']);
    expect(xml).toContain('w:fill="FFF2CC"');
  });

  it('the bundled 贵池 table: every row of the form, 年初预算数 and the total of its 90 points', async () => {
    const text = paragraphs(await documentXml(fillSelfEvaluation(guichi, { layout: 'none' })));
    for (const c of ['基建工程委托业务项目数量', '≥50个', '90', '89.974', '100.00%', '90.00'])
      expect(text).toContain(c);
    expect(text).toContain('综上，最终评分结果为 90.00 分，评价等级为“—”。');
  });

  it('takes a scoreSelfEvaluation result too (the form without the table-only lines), in English', async () => {
    const xml = await documentXml(scoreSelfEvaluation(langfang), { locale: 'en' });
    const text = paragraphs(xml);
    expect(text).toContain('In sum, the final score is 97.24 points, grade "Excellent".');
    expect(text).toContain('5. Next steps');
    expect(text).toContain('Annex: the 自评表 as scored');
    expect(text).toContain('工程资金金额');
    expect(xml).toContain('[To be completed: mandate, project overview, funding]');
  });
});

describe('writeReportDocx: an evaluation (the score table by indicator)', () => {
  it('has the sentence, the grade and the score table with merged 一级 cells and a header row', async () => {
    const xml = await documentXml(linze);
    const text = paragraphs(xml);
    expect(text).toContain('综上，最终评分结果为 97.94 分，评价等级为“优”。');
    for (const c of [
      '一级指标',
      '扣分原因',
      '投入',
      '绩效指标明确性',
      '投入 小计',
      '合计',
      '评价等级：优',
    ])
      expect(text).toContain(c);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
  });
});

describe('writeReportDocx: the same input gives the same bytes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('whatever the clock says (fixed core dates, fixed ZIP entry dates)', async () => {
    const first = await writeReportDocx(fillSelfEvaluation(langfang));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const second = await writeReportDocx(fillSelfEvaluation(langfang));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = zipParts(second).get('docProps/core.xml') ?? '';
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:creator>jixiao</dc:creator>');
    expect(core).not.toContain('2031');
  });
});

describe('writeReportDocx: text from users', () => {
  // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
  const XML_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]|\ud800(?![\udc00-\udfff])/;

  it('keeps markup as text and drops what XML cannot hold', async () => {
    const name = '<b>&"x"\u0000\u001b[31m\ud800\u202e';
    const table: SelfEvaluationTableInput = {
      ...langfang,
      unit: name,
      rows: langfang.rows.map((r) => ({ ...r, note: `${name}\n第二行` })),
    };
    const xml = await documentXml(fillSelfEvaluation(table));
    expect(xml).toContain('&lt;b&gt;&amp;');
    expect(xml).not.toMatch(XML_UNSAFE);
    expect(paragraphs(xml)).toContain('第二行');
  });
});

describe('writeReportDocx: wrong arguments', () => {
  const rejects = async (call: () => Promise<unknown>): Promise<JixiaoError> => {
    const error = await call().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(JixiaoError);
    return error as JixiaoError;
  };

  it.each([null, 42, 'x', [], {}, undefined])('input %s', async (bad) => {
    const e = await rejects(() => writeReportDocx(bad as never));
    expect(e.issues[0].path[0]).toMatch(/^input/);
  });

  it('a self-evaluation result whose rows are not rows', async () => {
    const r = scoreSelfEvaluation(langfang);
    const e = await rejects(() => writeReportDocx({ ...r, rows: [{ l1: 1 }] } as never));
    expect(e.issues.map((i) => i.path.join('.'))).toContain('input.rows.0.l1');
  });

  it('a filled table whose grid is not a grid', async () => {
    const f = fillSelfEvaluation(langfang);
    const e = await rejects(() => writeReportDocx({ ...f, grid: { cells: 'x' } } as never));
    expect(e.issues[0].path).toEqual(['input.grid']);
  });

  it('a locale that is not zh or en', async () => {
    const e = await rejects(() => writeReportDocx(linze, { locale: 'fr' } as never));
    expect(e.issues[0].path).toEqual(['options', 'locale']);
  });
});
