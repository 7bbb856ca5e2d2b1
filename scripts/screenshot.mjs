// Renders the demo unit's HTML report in headless Chromium and saves docs/demo-report.png.
// Needs Debian's chromium (and a CJK font such as fonts-wqy-zenhei) and a build: npm run build.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { builtinFramework, evaluate, renderHtml } from '../dist/index.js';

const data = JSON.parse(
  readFileSync(new URL('../examples/linze-kexie-2023.json', import.meta.url), 'utf8'),
);
const html = renderHtml(evaluate(builtinFramework('department2013'), data));
const browser = await chromium.launch({
  executablePath: process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({
  viewport: { width: 820, height: 1100 },
  deviceScaleFactor: 1,
});
await page.setContent(html, { waitUntil: 'load' });
await page.screenshot({
  path: new URL('../docs/demo-report.png', import.meta.url).pathname,
  fullPage: true,
});
await browser.close();
console.log('docs/demo-report.png');
