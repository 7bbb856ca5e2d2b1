import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditMany, isJixiaoError, type AuditTableInput } from '../../src/index.js';
import { writeAuditWorkbook } from '../../src/io/write-audit.js';
import { readWorkbook } from '../../src/io/workbook.js';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../cli/fake-io.js';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../examples/audit/${name}.json`, import.meta.url), 'utf8'),
  ) as AuditTableInput;
const tables = ['langfang-2019', 'guichi-2022-cunji', 'guichi-2022-weituo'].map(example);
const { results } = auditMany([...tables, { rows: 'x' }]);

describe('writeAuditWorkbook', () => {
  const sheets = readWorkbook(writeAuditWorkbook(results));

  it('writes a summary sheet, a row a table with its published and rule-based figures', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '汇总',
      ...results.map((r, k) => `${k + 1} ${r.id ?? r.project ?? r.unit ?? ''}`.trim().slice(0, 31)),
    ]);
    const [summary] = sheets;
    const rows = summary?.cells ?? [];
    expect(rows[0]?.slice(0, 7)).toEqual([
      '序号',
      '表',
      '单位',
      '项目',
      '年度',
      '公布总分（括号内为各项之和）',
      '按规则总分',
    ]);
    results.forEach((r, k) => {
      const row = rows[k + 1] ?? [];
      expect(row[3]).toBe(r.project ?? '');
      expect(row[5]).toBe(
        r.published.total ?? (r.published.sumOfParts === null ? '' : `(${r.published.sumOfParts})`),
      );
      expect(row[6]).toBe(r.readable ? (r.expected.total ?? '') : '无法读取');
      expect(row[9]).toBe(r.gradeChanges ? '是' : '否');
      expect(row[10]).toBe(String(r.discrepancies.length));
    });
    expect(rows.flat().some((c) => c.startsWith('共 4 张：'))).toBe(true);
  });

  it("lists each table's discrepancies on its sheet, and why an unreadable one is", () => {
    results.forEach((r, k) => {
      const cells = sheets[k + 1]?.cells ?? [];
      if (!r.readable) {
        expect(cells[1]?.[0]).toBe('无法读取的原因');
        expect(cells.length).toBe(2 + r.issues.length);
      } else if (r.discrepancies.length === 0) expect(cells[1]?.[0]).toBe('未发现差异。');
      else {
        expect(cells[1]).toEqual(['级别', '代码', '位置', '公布', '按规则', '差额', '说明']);
        expect(cells.slice(2).map((c) => c[1])).toEqual(r.discrepancies.map((d) => d.code));
        expect(cells.slice(2).map((c) => c[6])).toEqual(r.discrepancies.map((d) => d.message.zh));
      }
    });
    expect(results.some((r) => r.discrepancies.length > 0)).toBe(true);
  });

  it('speaks English when asked, limits the sheets, and gives the same bytes for the same reviews', () => {
    const en = readWorkbook(writeAuditWorkbook(results, { locale: 'en', sheets: 1 }));
    expect(en.map((s) => s.name)).toHaveLength(2);
    expect(en[0]?.cells[0]?.[6]).toBe('Total by the rules');
    expect(en[0]?.cells.flat()).toContain('3 more tables are in the summary only');
    expect(writeAuditWorkbook(results)).toEqual(writeAuditWorkbook(results));
  });

  it('refuses what is not a list of reviews, or a wrong option', () => {
    for (const bad of [[], null, [{}], 'x'])
      expect(() => writeAuditWorkbook(bad as never)).toThrow(/results/);
    for (const options of [
      { locale: 'fr' },
      { sheets: -1 },
      { sheets: 1.5 },
      { sheets: null },
      'x',
    ])
      try {
        writeAuditWorkbook(results, options as never);
        expect.unreachable();
      } catch (e) {
        expect(isJixiaoError(e)).toBe(true);
      }
  });
});

describe('jixiao audit --format xlsx', () => {
  it('writes the workbook to --out, and a summary on standard error', async () => {
    const f = fakeIo(Object.fromEntries(tables.map((t, k) => [`d/${k}.json`, JSON.stringify(t)])));
    const code = await run(['audit', 'd/', '--format', 'xlsx', '--out', 'r.xlsx'], f.io);
    expect([0, 1]).toContain(code);
    const book = readWorkbook(f.bytes['r.xlsx'] ?? new Uint8Array());
    expect(book.map((s) => s.name)[0]).toBe('汇总');
    expect(book).toHaveLength(4);
    expect(f.out()).toBe('');
    expect(f.err()).toContain('3');
  });

  it('an empty input is reported in the workbook as unreadable, and the exit code says so', async () => {
    const f = fakeIo({}, '');
    expect(await run(['audit', '-', '--format', 'xlsx', '--out', 'r.xlsx'], f.io)).toBe(1);
    const [summary] = readWorkbook(f.bytes['r.xlsx'] ?? new Uint8Array());
    expect(summary?.cells[1]?.[6]).toBe('无法读取');
  });

  it('needs --out', async () => {
    const f = fakeIo({ 't.json': JSON.stringify(tables[0]) });
    expect(await run(['audit', 't.json', '--format', 'xlsx'], f.io)).toBe(2);
    expect(f.err()).toContain('--out');
  });
});
