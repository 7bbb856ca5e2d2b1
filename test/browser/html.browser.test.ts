import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtinFramework,
  evaluate,
  renderHtml,
  scoreSelfEvaluation,
  type UnitDataInput,
  type SelfEvaluationTableInput,
} from '../../src/index.js';
import { launch } from './chromium.js';

const data = JSON.parse(
  readFileSync(new URL('../../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
) as UnitDataInput;
const result = evaluate(builtinFramework('department2013'), data);

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  await page.setContent(renderHtml(result), { waitUntil: 'load' });
});

afterAll(async () => {
  await browser.close();
});

describe('the HTML report in headless Chromium', () => {
  it('shows the total and the grade', async () => {
    expect(await page.title()).toContain('评分表');
    expect(await page.locator('#total').innerText()).toBe('97.94');
    expect(await page.locator('.summary .total').getAttribute('data-total')).toBe('97.94');
    expect(await page.locator('#grade').innerText()).toBe('优');
  });

  it('shows the score table: a row per leaf, subtotals and the total', async () => {
    expect(await page.locator('table.scores tbody tr[data-id]').count()).toBe(28);
    expect(await page.locator('table.scores tr.subtotal').count()).toBe(4);
    const clarity = page.locator('tr[data-id="input.goals.clarity"] td');
    expect(await clarity.nth(4).innerText()).toBe('2.25');
    expect(await clarity.nth(5).innerText()).toContain('扣 0.75 分');
    expect(await page.locator('ol.findings li').count()).toBe(5);
  });

  it('draws the chart of each 一级指标’s scoring rate', async () => {
    const bars = page.locator('svg.chart rect.bar');
    expect(await bars.count()).toBe(4);
    interface El {
      getAttribute(name: string): string | null;
    }
    const rates = await bars.evaluateAll((els: El[]) =>
      els.map((e) => e.getAttribute('data-rate')),
    );
    expect(rates).toEqual(['0.9500', '0.9997', '1.0000', '0.9350']);
    const box = await page.locator('svg.chart').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    const widths = await bars.evaluateAll((els: El[]) =>
      els.map((e) => Number(e.getAttribute('width'))),
    );
    expect(widths[2]).toBeGreaterThan(widths[0] ?? Infinity);
  });

  it('fetches nothing', () => {
    expect(requests).toEqual([]);
  });

  it('prints to PDF on A4', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    const [w, h] = [Number(box?.[1]), Number(box?.[2])];
    // A4 is 595.28 × 841.89 points.
    expect(Math.abs(w - 595.28)).toBeLessThan(2);
    expect(Math.abs(h - 841.89)).toBeLessThan(2);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
  });

  it('renders a self-evaluation table in English too', async () => {
    const table = JSON.parse(
      readFileSync(new URL('../../examples/tables/langfang-2019.json', import.meta.url), 'utf8'),
    ) as SelfEvaluationTableInput;
    const r = scoreSelfEvaluation(table);
    const p = await browser.newPage();
    await p.setContent(renderHtml(r.evaluation, { locale: 'en' }));
    expect(await p.locator('#grade').innerText()).toBe('Excellent');
    expect(await p.locator('#total').innerText()).toBe('97.24');
    expect(await p.locator('svg.chart rect.bar').count()).toBe(4);
    await p.close();
  });
});
