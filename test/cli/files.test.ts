/**
 * `jixiao self` and `jixiao audit` on the files people have: Excel workbooks, CSV in GBK and UTF-8,
 * JSON and NDJSON mixed in one folder; an unreadable file is listed and the batch goes on.
 */
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './fake-io.js';

const gen = (f: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/tables/generated/${f}`, import.meta.url)));
const YONGDE = 'yunnan-yongde-2022-yingyanggaishan';
const PUTUO = 'shanghai-putuo-2022-yunyingjiesuan';

describe('jixiao self on real files', () => {
  it.each([
    ['自评表.xlsx', `${YONGDE}.xlsx`],
    ['自评表.csv', `${YONGDE}.gbk.csv`],
    ['自评表(1).csv', `${YONGDE}.utf8.csv`],
  ])('%s (%s) scores the same', async (name, file) => {
    const f = fakeIo({ [name]: gen(file) });
    expect(await run(['self', name, '--format', 'json'], f.io)).toBe(0);
    const r = JSON.parse(f.out()) as { total: string; grade: string; unit: string };
    expect([r.total, r.grade, r.unit]).toEqual(['99.80', '优', '临沧市永德县明朗中学']);
  });

  it('names the cell of a problem in an .xlsx', async () => {
    const f = fakeIo({ 'hubei.xlsx': gen('hubei-huanggang-2020-shuitubaochi.xlsx') });
    expect(await run(['self', 'hubei.xlsx'], f.io)).toBe(1);
    expect(f.err()).toContain('Sheet1!D12');
    expect(f.err()).toContain('--unprinted-weights equal');
  });

  it("shares a label's points among rows without 分值 when asked, and says so", async () => {
    const f = fakeIo({ 'hubei.xlsx': gen('hubei-huanggang-2020-shuitubaochi.xlsx') });
    const args = ['self', 'hubei.xlsx', '--unprinted-weights', 'equal', '--format', 'json'];
    expect(await run(args, f.io)).toBe(0);
    const out = JSON.parse(f.out()) as {
      total: string;
      rows: { weight: string }[];
      warnings: { code: string }[];
    };
    expect(out.total).toBe('100.00');
    expect(out.rows.map((r) => r.weight)).toEqual(['13.34', '13.33', '13.33', '20.00', '20.00']);
    expect(out.warnings.filter((w) => w.code === 'weights_shared')).toHaveLength(2);
    const a = fakeIo({ 'hubei.xlsx': gen('hubei-huanggang-2020-shuitubaochi.xlsx') });
    expect(await run(['audit', 'hubei.xlsx', '--unprinted-weights', 'equal'], a.io)).toBe(1);
    expect(a.out()).toContain('按其下 3 个指标平分');
    const bad = fakeIo({});
    expect(await run(['self', 'x.csv', '--unprinted-weights', 'half'], bad.io)).toBe(2);
    expect(await run(['score', 'x.json', '--unprinted-weights', 'equal'], bad.io)).toBe(2);
  });

  it('refuses a file that is no workbook by name, never guessing', async () => {
    const f = fakeIo({ 'x.xlsx': 'not a workbook' });
    expect(await run(['self', 'x.xlsx'], f.io)).toBe(1);
    expect(f.err()).toContain('x.xlsx');
  });
});

describe('jixiao audit over a folder of mixed files', () => {
  it('reads .xlsx, GBK and UTF-8 CSV, JSON and NDJSON; lists what it cannot read; shows progress', async () => {
    const table = JSON.stringify({
      budget: { adjusted: 100, executed: 100, publishedPoints: '10' },
      rows: [
        {
          l1: '产出指标',
          l3: '培训',
          target: '≥1次',
          actual: '1次',
          weight: 90,
          publishedPoints: '90',
        },
      ],
      publishedTotal: '100',
    });
    let clock = 0;
    const f = fakeIo(
      {
        'd/a.xlsx': gen(`${YONGDE}.xlsx`),
        'd/b.csv': gen(`${PUTUO}.gbk.csv`),
        'd/c.csv': gen(`${PUTUO}.utf8.csv`),
        'd/d.json': table,
        'd/e.ndjson': `${table}\n${table}\n`,
        'd/f.xlsx': 'broken',
        'd/notes.md': 'ignored',
      },
      '',
      true,
      { now: () => (clock += 1000) }, // a second a reading: every progress line is shown
    );
    const code = await run(['audit', 'd/', '--format', 'json'], f.io);
    expect(code).toBe(1);
    // One JSON line a table, then the summary.
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id?: string | null;
            readable?: boolean;
            expected?: { total: string | null };
          },
      );
    const tables = lines.slice(0, -1);
    expect(tables.map((t) => [t.id, t.readable, t.expected?.total])).toEqual([
      ['d/a.xlsx!Sheet1', true, '99.80'],
      ['d/b.csv', true, '98.62'],
      ['d/c.csv', true, '98.62'],
      [null, true, '100.00'],
      [null, true, '100.00'],
      [null, true, '100.00'],
      ['d/f.xlsx', false, null],
    ]);
    // Tables reviewed, and the share of the files done with the time left.
    expect(f.err()).toMatch(/已处理 \d+ 张，\d+%，剩余约 \d+s/);
    expect(f.err()).toContain('张，100%');
  });
});

describe('--layout: a built-in id or your own layouts as JSON', () => {
  const csv =
    '指标类别,绩效指标,计划,完成,标准分\n预算执行率,,100,100,10\n产出,场次,≥10场,12场,90\n';
  const layout = {
    id: 'myCounty',
    name: { zh: '本县格式', en: 'our county' },
    kind: 'project',
    columns: [
      { field: 'l1', headers: ['指标类别'] },
      { field: 'l3', headers: ['绩效指标'], required: true },
      { field: 'target', headers: ['计划'], required: true },
      { field: 'actual', headers: ['完成'], required: true },
      { field: 'weight', headers: ['标准分'], required: true },
    ],
  };
  it('reads a table in a layout from a JSON file, for self and audit', async () => {
    let f = fakeIo({ 't.csv': csv, 'l.json': JSON.stringify([layout]) });
    expect(await run(['self', 't.csv', '--layout', 'l.json', '--format', 'json'], f.io)).toBe(0);
    expect((JSON.parse(f.out()) as { total: string }).total).toBe('100.00');
    f = fakeIo({ 't.csv': csv });
    expect(await run(['self', 't.csv'], f.io)).toBe(1);
    f = fakeIo({ 'd/t.csv': csv, 'l.json': JSON.stringify(layout) });
    expect(await run(['audit', 'd/', '--layout', 'l.json', '--format', 'json'], f.io)).toBe(0);
  });
  it('a built-in id reads in that layout only; a bad layouts file is listed; other commands refuse it', async () => {
    let f = fakeIo({ 't.csv': csv });
    expect(await run(['self', 't.csv', '--layout', 'national2020'], f.io)).toBe(1);
    f = fakeIo({ 't.csv': csv, 'l.json': '{"id":"x"}' });
    expect(await run(['self', 't.csv', '--layout', 'l.json'], f.io)).toBe(1);
    expect(f.err()).toContain('options.layouts');
    f = fakeIo({});
    expect(await run(['frameworks', '--layout', 'x'], f.io)).toBe(2);
  });
});

describe('jixiao self hands back the filled 自评表', () => {
  const table = readFileSync(
    new URL('../../examples/tables/langfang-2019.json', import.meta.url),
    'utf8',
  );

  it('--format csv: the filled form, which reads back to the same total', async () => {
    const f = fakeIo({ 't.json': table });
    expect(await run(['self', 't.json', '--format', 'csv'], f.io)).toBe(0);
    expect(f.out().startsWith('\uFEFF项目支出绩效自评表')).toBe(true);
    const again = fakeIo({ 'filled.csv': f.out() });
    expect(await run(['self', 'filled.csv', '--format', 'json'], again.io)).toBe(0);
    expect((JSON.parse(again.out()) as { total: string }).total).toBe('97.24');
  });

  it('--format xlsx --out: a workbook that reads back to the same total; tree-csv keeps the tree', async () => {
    const f = fakeIo({ 't.json': table });
    expect(await run(['self', 't.json', '--format', 'xlsx', '--out', 'x.xlsx'], f.io)).toBe(0);
    const book = f.bytes['x.xlsx'];
    if (!book) throw new Error('no workbook written');
    const again = fakeIo({ 'x.xlsx': book });
    expect(await run(['self', 'x.xlsx', '--format', 'json'], again.io)).toBe(0);
    expect((JSON.parse(again.out()) as { total: string }).total).toBe('97.24');
    const noOut = fakeIo({ 't.json': table });
    expect(await run(['self', 't.json', '--format', 'xlsx'], noOut.io)).toBe(2);
    const tree = fakeIo({ 't.json': table });
    expect(await run(['self', 't.json', '--format', 'tree-csv'], tree.io)).toBe(0);
    expect(tree.out()).toContain('l1-0');
  });
});

describe('--format docx --out: the report as a Word document', () => {
  const table = readFileSync(
    new URL('../../examples/tables/langfang-2019.json', import.meta.url),
    'utf8',
  );
  const data = readFileSync(
    new URL('../../examples/linze-kexie-2023.json', import.meta.url),
    'utf8',
  );
  const documentXml = (bytes: Uint8Array | undefined): string => {
    if (!bytes) throw new Error('no document written');
    // SheetJS's CFB reader reads ZIP files too (its types say `any`).
    const cfb = XLSX.CFB as {
      read(
        data: Uint8Array,
        o: { type: 'array' },
      ): {
        FullPaths: string[];
        FileIndex: { content: Uint8Array }[];
      };
    };
    const zip = cfb.read(bytes, { type: 'array' });
    const at = zip.FullPaths.findIndex((p) => p.endsWith('/word/document.xml'));
    return new TextDecoder().decode(zip.FileIndex[at]?.content);
  };

  it('self: the report with the filled form; without --out, or from audit, a usage error', async () => {
    const f = fakeIo({ 't.json': table });
    expect(await run(['self', 't.json', '--format', 'docx', '--out', 'r.docx'], f.io)).toBe(0);
    const xml = documentXml(f.bytes['r.docx']);
    expect(xml).toContain('最终评分结果为 97.24 分，评价等级为“优”。');
    expect(xml).toContain('<w:gridSpan w:val="9"/>');
    const noOut = fakeIo({ 't.json': table });
    expect(await run(['self', 't.json', '--format', 'docx'], noOut.io)).toBe(2);
    expect(noOut.err()).toContain('--out file.docx');
    const audit = fakeIo({ 't.json': table });
    expect(await run(['audit', 't.json', '--format', 'docx', '--out', 'r.docx'], audit.io)).toBe(2);
  });

  it('score: the report with the score table, in English', async () => {
    const f = fakeIo({ 'd.json': data });
    const argv = ['score', 'd.json', '-f', 'department2013', '--format', 'docx', '--locale', 'en'];
    expect(await run([...argv, '--out', 'r.docx'], f.io)).toBe(0);
    const xml = documentXml(f.bytes['r.docx']);
    expect(xml).toContain('In sum, the final score is 97.94 points');
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('--format json: failures are one JSON document on standard output', () => {
  it('a framework with problems: every issue, nothing on standard error, exit 1', async () => {
    const bad = JSON.stringify({
      id: 'x',
      version: '1',
      name: 'x',
      indicators: [{ id: 'a', name: 'a', wieght: 100 }],
    });
    const f = fakeIo({ 'bad.json': bad });
    expect(await run(['validate', 'bad.json', '--format', 'json'], f.io)).toBe(1);
    expect(f.err()).toBe('');
    const doc = JSON.parse(f.out()) as {
      issues: { code: string; path: unknown[]; message: { zh: string; en: string } }[];
    };
    expect(doc.issues.map((i) => i.code)).toContain('unknown_key');
    for (const i of doc.issues) expect(i.message.en.length).toBeGreaterThan(0);
  });

  it('a usage error (also with --format=json) and a missing file', async () => {
    const f = fakeIo({});
    expect(await run(['self', 'a.csv', '--nope', '--format=json'], f.io)).toBe(2);
    expect(JSON.parse(f.out())).toMatchObject({ issues: [{ code: 'usage', path: [] }] });
    expect(f.err()).toBe('');
    const g = fakeIo({});
    expect(await run(['self', 'missing.csv', '--format', 'json'], g.io)).toBe(1);
    expect((JSON.parse(g.out()) as { issues: unknown[] }).issues.length).toBe(1);
    // Without --format json, the same failure is text on standard error.
    const h = fakeIo({});
    expect(await run(['self', 'missing.csv'], h.io)).toBe(1);
    expect(h.out()).toBe('');
    expect(h.err()).toContain('missing.csv');
  });
});
