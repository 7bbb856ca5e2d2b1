import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinFramework, evaluate, renderTable, type UnitDataInput } from '../../src/index.js';
import { displayWidth, pad } from '../../src/report/width.js';

const data = JSON.parse(
  readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
) as UnitDataInput;
const result = evaluate(builtinFramework('department2013'), data);

describe('renderTable', () => {
  const zh = renderTable(result);
  const lines = zh.split('\n');

  it('prints the heading, one row per leaf, subtotals and the total', () => {
    expect(lines[0]).toMatch(/^一级指标\s+二级指标\s+三级指标\s+分值\s+得分\s+扣分原因$/);
    expect(zh).toContain('投入 小计');
    expect(lines.find((l) => l.startsWith('合计'))).toMatch(/100\.00\s+97\.94$/);
    expect(zh).toContain('总分 97.94 / 100.00，评价等级：优');
    expect(lines.filter((l) => /\d+\.\d\d\s+(\d+\.\d\d|—)/.test(l))).toHaveLength(28 + 4 + 1);
  });

  it('shows each 一级 and 二级 name once per group', () => {
    expect(lines.filter((l) => l.startsWith('投入'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('预算配置'))).toHaveLength(1);
  });

  it('aligns columns by display width', () => {
    const rows = lines.filter((l) => /\d+\.\d\d\s+\d+\.\d\d/.test(l) && !l.startsWith('合计'));
    const ends = rows.map((l) => displayWidth(/^.*?\d+\.\d\d\s+\d+\.\d\d/.exec(l)?.[0] ?? ''));
    expect(new Set(ends).size).toBe(1);
  });

  it('lists findings and warnings', () => {
    expect(zh).toContain('扣分明细:');
    expect(zh).toContain('1. [-0.75] 投入 › 目标设定 › 绩效指标明确性');
    expect(zh).toContain('政府采购执行率 不适用');
  });

  it('speaks English', () => {
    const en = renderTable(result, { locale: 'en' });
    expect(en.split('\n')[0]).toMatch(/^Level 1\s+Level 2\s+Level 3\s+Weight\s+Points/);
    expect(en).toContain('Total 97.94 / 100.00, grade: Excellent');
    expect(en).toContain('Clarity of performance indicators: not met ④');
  });
});

describe('display width', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('投入 15')).toBe(7);
    expect(displayWidth('abc')).toBe(3);
    expect(pad('得分', 6, 'right')).toBe('  得分');
    expect(pad('得分', 1)).toBe('得分');
  });
});
