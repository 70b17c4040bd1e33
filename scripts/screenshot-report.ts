/**
 * Renders the sample fleet report to docs/fleet-report.png (1280 px wide, full page) for the
 * README, in Debian's headless Chromium (never a browser download):
 *   node --import tsx scripts/screenshot-report.ts [report.json] [out.png]
 * Defaults: test/fixtures/reports/fleet-report.json and docs/fleet-report.png. It opens one
 * client and its first diagnosis, to show what the details look like.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatHtml } from '../engine/report/format-html.js';
import type { Report } from '../engine/model/report-model.js';
import { launchChromium } from '../test/report/chromium.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const input = resolve(process.argv[2] ?? join(root, 'test/fixtures/reports/fleet-report.json'));
const output = resolve(process.argv[3] ?? join(root, 'docs/fleet-report.png'));

const report = JSON.parse(readFileSync(input, 'utf8')) as Report;
const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-shot-'));
const page = join(dir, 'fleet-report.html');
writeFileSync(page, formatHtml(report));

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('body[data-ready="true"]');
  // Show some detail: a client with its first diagnosis open.
  const client = tab.locator('#machine-rows tr.row[data-name="BR-MUC-PC-021"]');
  if (await client.count()) {
    await client.click();
    await tab.locator('#machine-rows tr.detail details.diag summary').first().click();
  }
  await tab.screenshot({ path: output, fullPage: true });
  if (problems.length) throw new Error(`the page reported errors:\n${problems.join('\n')}`);
  console.log(`wrote ${output} (${Math.round(statSync(output).size / 1024)} KB)`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
