// The HTML report in a real headless Chromium (Debian's package, driven by playwright-core; never a
// browser download): it loads from disk without errors or network requests, the charts, tables and
// findings show the fixture's numbers, filtering, sorting, paging and expanding work, hostile text
// from fact files shows as text, and the CSP blocks network loads and injected scripts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { formatHtml } from '../../engine/report/format-html.js';
import type { Report } from '../../engine/model/report-model.js';
import { FLEET_REPORT_JSON, HOSTILE_IMG, HOSTILE_SCRIPT } from '../fixtures/reports/build-fleet-report.js';
import { chromiumMissing, launchChromium } from './chromium.js';
import { scaleReport } from './large-report.js';

const report = JSON.parse(readFileSync(FLEET_REPORT_JSON, 'utf8')) as Report;
const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-html-'));
function writePage(name: string, r: Report): string {
  const file = join(dir, name);
  writeFileSync(file, formatHtml(r));
  return pathToFileURL(file).href;
}
const fleetUrl = writePage('fleet.html', report);

const TIMEOUT = { timeout: 90_000 };

// Browser globals used inside page.evaluate callbacks, which run in the page. The project compiles
// without the DOM lib (Node code must not see `document`), so they are declared for this file only.
declare const document: any;
declare const window: any;
declare const Image: any;

/** An opened report with everything the page did that a test may check. */
interface Opened {
  page: Page;
  url: string;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  /** Requests that failed, with Chromium's reason ('csp' = blocked by the page's policy, never sent). */
  failed: string[];
  dialogs: string[];
}

// Outside and inside CI alike, a missing Chromium is a failure that says how to install it, not a skip.
test('Debian\'s Chromium is installed (apt-get install chromium)', () => {
  const missing = chromiumMissing();
  if (missing) assert.fail(missing);
});

describe('HTML report in headless Chromium', () => {
  let browser: Browser | undefined;

  before(async () => {
    const missing = chromiumMissing();
    if (missing) assert.fail(missing);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  async function open(url: string | { html: string }): Promise<Opened> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    const opened: Opened = { page, url: typeof url === 'string' ? url : 'about:blank', consoleErrors: [], pageErrors: [], requests: [], failed: [], dialogs: [] };
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') opened.consoleErrors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => opened.pageErrors.push(e.message));
    page.on('request', (r) => opened.requests.push(r.url()));
    page.on('requestfailed', (r) => opened.failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    if (typeof url === 'string') await page.goto(url);
    else await page.setContent(url.html);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return opened;
  }

  /** No console errors, no page errors, no dialog, and no request but the file itself. */
  function assertClean(o: Opened): void {
    assert.deepEqual(o.pageErrors, [], 'page errors');
    assert.deepEqual(o.consoleErrors, [], 'console errors');
    assert.deepEqual(o.dialogs, [], 'dialogs (alert) fired');
    assert.deepEqual(o.requests, o.url === 'about:blank' ? [] : [o.url], 'network requests');
    assert.deepEqual(o.failed, [], 'failed requests');
  }

  async function close(o: Opened): Promise<void> {
    await o.page.context().close();
  }

  async function waitRows(page: Page, count: number): Promise<void> {
    await page.waitForFunction((n) => document.querySelector('#machines')?.getAttribute('data-rows') === String(n), count, { timeout: 10_000 });
  }
  async function rowNames(page: Page): Promise<string[]> {
    return page.locator('#machine-rows tr.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }
  async function filterText(page: Page, text: string, expected: string[]): Promise<void> {
    await page.fill('#filter-text', text);
    await waitRows(page, expected.length);
    assert.deepEqual((await rowNames(page)).sort(), [...expected].sort(), `filter "${text}"`);
  }

  test('loads from file:// with no error, no dialog and no request but the file', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    assert.equal(await o.page.title(), 'WSUS fleet report');
    assert.equal(await o.page.locator('#render-error').isHidden(), true);
    assertClean(o);
    await close(o);
  });

  test('summary cards show the report totals', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const card = (key: string) => o.page.locator(`[data-value="${key}"]`).textContent();
    const s = report.summary;
    assert.equal(await card('machines'), String(s.machines));
    assert.equal(await card('diagnosed'), String(s.diagnosed));
    assert.equal(await card('failed'), String(s.failed));
    assert.equal(await card('diagnoses'), String(s.outcomes.fail));
    assert.equal(await card('fleet'), String(s.fleetFailures));
    assert.equal(await card('insufficient'), String(s.outcomes.insufficientEvidence));
    for (const sev of ['critical', 'error', 'warning', 'info'] as const) {
      assert.equal(await o.page.locator(`.sev-split [data-severity="${sev}"] b`).textContent(), String(s.failuresBySeverity[sev]));
    }
    assert.match((await o.page.locator('[data-card="machines"] .sub').textContent())!, /3 servers · 14 clients/);
    assert.match((await o.page.locator('#meta').textContent())!, /Generated 2025-06-03 06:30 UTC · wsus-doctor 0\.1\.0 · 19 fact files/);
    assertClean(o);
    await close(o);
  });

  test('charts draw one bar per severity, per worst-severity bucket and per diagnosed rule', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    const sevBars = await page.locator('#chart-severity svg rect.bar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-value'))));
    assert.deepEqual(sevBars, [2, 10, 5, 1]);
    const widths = await page.locator('#chart-severity svg rect.bar').evaluateAll((bars) => bars.map((b) => (b as unknown as { getBBox(): { width: number } }).getBBox().width));
    assert.ok(widths[1]! > widths[2]! && widths[2]! > widths[0]! && widths[0]! > widths[3]! && widths[3]! > 0, `bar widths follow the values: ${widths.join(', ')}`);
    assert.equal(await page.locator('#chart-worst svg rect.bar').count(), 6);
    // 15 rules have (non-waived) diagnoses in the fixture: the 12 most frequent are drawn.
    const diagnosedRules = new Set(report.machines.flatMap((m) => m.results.filter((r) => r.outcome === 'fail' && !r.waived).map((r) => r.ruleId)));
    assert.equal(diagnosedRules.size, 15);
    assert.equal(await page.locator('#chart-rules svg rect.bar').count(), 12);
    assert.match((await page.locator('#chart-rules .more').textContent())!, /and 3 more rules/);
    const top = await page.locator('#chart-rules svg g.bar-row').first().getAttribute('data-key');
    assert.equal(top, 'client-error-80072ee2');
    const barLabel = (await page.locator('#chart-rules svg g.bar-row').first().locator('text').first().textContent())!;
    const topTitle = report.machines.flatMap((m) => m.results).find((r) => r.ruleId === top)!.title;
    assert.ok(barLabel.length > 8 && topTitle.startsWith(barLabel.replace(/\u2026$/, '')), `the bar is labelled with the rule title, not its id: ${barLabel}`);
    // Accessible: each chart is labelled, each bar has a title.
    for (const id of ['chart-severity', 'chart-worst', 'chart-rules']) {
      const label = await page.locator(`#${id} svg`).getAttribute('aria-labelledby');
      assert.ok(label, `${id} labelled`);
      assert.ok(await page.locator(`#${id} svg > title`).textContent());
    }
    assert.match((await page.locator('#chart-severity g.bar-row title').first().textContent())!, /Critical: 2 diagnoses/);
    assertClean(o);
    await close(o);
  });

  test('servers show client counts and failure share; fleet findings and failed files are listed', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    const rows = await page.locator('#servers tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0]!.slice(0, 4), ['wsus02.contoso.comhttps://wsus02.contoso.com:8531', '4', '3', '75%']);
    assert.equal(rows[1]![3], '50%');
    assert.match(rows[2]![4]!, /1 critical/, 'the server\'s own diagnoses');
    const findings = page.locator('#fleet-findings > details');
    assert.equal(await findings.count(), 5);
    assert.match((await findings.first().locator('summary').textContent())!, /Critical.*Server 503s match client time-outs.*4 machines/);
    assert.equal(await page.locator('#fleet .fleet-quiet').count(), 1);
    assert.ok(await page.locator('#failed-panel').isVisible());
    const failed = await page.locator('#failed tbody tr').allTextContents();
    assert.equal(failed.length, 2);
    assert.match(failed[0]!, /KIOSK-03\.json.*E_JSON.*not valid JSON.*line 412, column 17/);
    assert.match(failed[1]!, /POS-11\.json.*E_SCHEMA.*"<b>Running<\/b>"/, 'markup in an error message shows as text');
    assertClean(o);
    await close(o);
  });

  test('filtering by text, role, severity and status reduces the rows to the expected machines', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    await waitRows(page, 19);
    await filterText(page, 'br-muc', ['BR-MUC-PC-021', 'BR-MUC-PC-022', 'BR-MUC-PC-023', 'BR-MUC-LT-030']);
    assert.equal(await page.locator('#machine-count').textContent(), 'Showing 1–4 of 4 machines (19 in total)');
    await filterText(page, 'client-error-80072ee2', ['HR-PC-0318', 'BR-MUC-PC-021', 'BR-MUC-PC-023']);
    await filterText(page, 'WSUS02.CONTOSO', ['WSUS02']);
    await filterText(page, 'no such machine', []);
    assert.equal(await page.locator('#machine-rows tr.no-rows').textContent(), 'No machine matches these filters.');
    await filterText(page, '', Array.from({ length: 19 }, (_, i) => (report.machines[i]!.computerName ?? report.machines[i]!.file.split('\\').pop()!)));

    await page.selectOption('#filter-role', 'server');
    await waitRows(page, 3);
    assert.deepEqual(await rowNames(page), ['WSUS-LAB', 'WSUS02', 'WSUS01']);
    await page.fill('#filter-text', 'lab');
    await waitRows(page, 1);
    await page.selectOption('#filter-role', 'client');
    await waitRows(page, 3);
    assert.deepEqual((await rowNames(page)).sort(), ['LAB-PC-07', 'LAB-PC-08', 'LAB-PC-09']);

    await page.click('#filter-reset');
    await page.selectOption('#filter-severity', 'critical');
    await waitRows(page, 2);
    assert.deepEqual(await rowNames(page), ['WSUS-LAB', 'LAB-PC-08']);
    await page.selectOption('#filter-severity', 'none');
    await waitRows(page, 5);
    assert.deepEqual((await rowNames(page)).sort(), ['BR-MUC-LT-030', 'FIN-LT-0142', 'HR-PC-0311', 'LAB-PC-07', 'SRV-FILE01']);

    await page.selectOption('#filter-severity', '');
    await page.selectOption('#filter-status', 'failed');
    await waitRows(page, 2);
    assert.deepEqual(await rowNames(page), ['KIOSK-03.json', 'POS-11.json']);
    const reasons = await page.locator('#machine-rows .m-error').allTextContents();
    assert.match(reasons[0]!, /^E_JSON: The file is not valid JSON.*\[line 412, column 17\]$/);
    await page.selectOption('#filter-status', 'superseded');
    await waitRows(page, 1);
    assert.match((await page.locator('#machine-rows tr.row').textContent())!, /superseded by .*HR-PC-0311\.json/);
    assertClean(o);
    await close(o);
  });

  test('clicking column headers sorts the table, again reverses it', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    await waitRows(page, 19);
    // Default: worst severity first, then counts per severity.
    assert.deepEqual((await rowNames(page)).slice(0, 3), ['WSUS-LAB', 'LAB-PC-08', 'WSUS02']);
    assert.equal(await page.locator('th[data-sort="diagnoses"]').getAttribute('aria-sort'), 'descending');
    const byName = (names: string[]) => [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
    await page.click('th[data-sort="name"] button');
    const ascending = await rowNames(page);
    assert.deepEqual(ascending, byName(ascending));
    assert.equal(ascending[0], 'BR-MUC-LT-030');
    assert.equal(await page.locator('th[data-sort="name"]').getAttribute('aria-sort'), 'ascending');
    assert.equal(await page.locator('th[data-sort="diagnoses"]').getAttribute('aria-sort'), null);
    await page.click('th[data-sort="name"] button');
    assert.equal((await rowNames(page))[0], 'WSUS02');
    assert.equal(await page.locator('th[data-sort="name"]').getAttribute('aria-sort'), 'descending');
    // Most recent collection first; then by keyboard: focus the header button and press Enter.
    await page.click('th[data-sort="collected"] button');
    assert.equal((await rowNames(page))[0], 'HR-PC-0311');
    await page.focus('th[data-sort="unknown"] button');
    await page.keyboard.press('Enter');
    const first = await rowNames(page);
    assert.ok(['WSUS-LAB', 'FIN-LT-0187'].includes(first[0]!) && ['WSUS-LAB', 'FIN-LT-0187'].includes(first[1]!), first.join(', '));
    assertClean(o);
    await close(o);
  });

  test('expanding a machine shows its diagnoses; hostile log text shows as text and runs nothing', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    await page.click('#machine-rows tr.row[data-name="WSUS02"]');
    const detail = page.locator('#machine-rows tr.detail');
    await detail.first().waitFor({ state: 'attached', timeout: 10_000 });
    assert.equal(await detail.count(), 1);
    assert.equal(await page.locator('#machine-rows tr.row[data-name="WSUS02"] .twisty').getAttribute('aria-expanded'), 'true');
    assert.match((await detail.locator('h3').first().textContent())!, /Diagnoses \(4\)/);
    const diagnosis = detail.locator('details.diag[data-rule="iis-503-service-unavailable"]');
    await diagnosis.locator('summary').click();
    await diagnosis.locator('.diag-body').waitFor();
    const lines = await diagnosis.locator('.log-text').allTextContents();
    assert.equal(lines.length, 3);
    assert.ok(lines[1]!.includes(`q=${HOSTILE_SCRIPT}`), `log line shown as text: ${lines[1]}`);
    assert.ok(lines[1]!.includes(HOSTILE_IMG));
    assert.ok(await diagnosis.getByText(HOSTILE_SCRIPT, { exact: false }).isVisible());
    const evidence = await diagnosis.locator('.kv td').allTextContents();
    assert.ok(evidence.some((v) => v.includes(`${HOSTILE_IMG} & "quoted" 'apos'`)));
    assert.deepEqual(await diagnosis.locator('ol.steps li').count(), 3);
    const links = await diagnosis.locator('ul.refs a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    assert.deepEqual(links[0], ['https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures', 'noopener noreferrer']);
    // The hostile text made no element: one script (the page's own) plus the data block, no <img>.
    assert.equal(await page.locator('script').count(), 2);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[onerror]').length), 0);
    // Collapse again.
    await page.click('#machine-rows tr.row[data-name="WSUS02"] .twisty');
    assert.equal(await page.locator('#machine-rows tr.detail').count(), 0);
    assertClean(o);
    await close(o);
  });

  test('waived diagnoses are marked, failed files show their reason, passed checks are listed', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    const row = page.locator('#machine-rows tr.row[data-name="LAB-PC-07"]');
    assert.match((await row.textContent())!, /No diagnoses.*1 waived/);
    await row.click();
    const detail = page.locator('#machine-rows tr.detail');
    assert.match((await detail.textContent())!, /Waived \(1\)/);
    const waived = detail.locator('details.diag.is-waived');
    // The detail row is rendered on click: wait for it before counting (count() does not wait).
    await waived.first().waitFor({ state: 'attached', timeout: 10_000 });
    assert.equal(await waived.count(), 1);
    assert.equal(await waived.locator('.badge.waived').textContent(), 'Waived');
    await waived.locator('summary').click();
    assert.match((await waived.locator('.waiver').textContent())!, /Waived: Lab image.*CHG-20417.*\(until 2025-12-31\).*waivers\.yaml#3/);
    await detail.locator('details.checks summary').click();
    await detail.locator('.checks-list li').first().waitFor({ state: 'attached', timeout: 10_000 });
    assert.ok((await detail.locator('.checks-list li').count()) > 5);
    await row.click();

    await page.click('#machine-rows tr.row[data-name="KIOSK-03.json"]');
    assert.match((await page.locator('#machine-rows tr.detail .error-box').textContent())!, /could not be diagnosed.*E_JSON.*unexpected end of input.*line 412, column 17/);

    await page.click('#machine-rows tr.row[data-name="FIN-LT-0187"]');
    const unknown = page.locator('#machine-rows details.diag.is-unknown');
    await unknown.locator('summary').click();
    assert.match((await unknown.textContent())!, /Insufficient evidence.*windowsUpdateLog.*error: Get-WindowsUpdateLog timed out/);
    assertClean(o);
    await close(o);
  });

  test('chart bars and fleet machine chips filter the table', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    await page.click('#chart-rules g.bar-row[data-key="client-error-80244022"]');
    await waitRows(page, 2);
    assert.equal(await page.inputValue('#filter-text'), 'client-error-80244022');
    assert.deepEqual(await rowNames(page), ['BR-MUC-PC-021', 'BR-MUC-PC-022']);
    await page.click('#chart-severity g.bar-row[data-key="warning"]');
    await waitRows(page, 4); // 5 warnings on 4 machines
    assert.deepEqual((await rowNames(page)).sort(), ['FIN-LT-0187', 'SRV-SQL02', 'WSUS01', 'WSUS02']);
    assert.equal(await page.inputValue('#filter-severity'), 'warning');
    const finding = page.locator('#fleet-findings > details').first();
    await finding.locator('summary').click();
    const chips = finding.locator('.chip');
    await chips.first().waitFor({ state: 'attached', timeout: 10_000 });
    assert.equal(await chips.count(), 4);
    await chips.filter({ hasText: 'br-muc-pc-022.contoso.com' }).click();
    await waitRows(page, 1);
    assert.deepEqual(await rowNames(page), ['BR-MUC-PC-022']);
    assert.equal(await page.locator('#machine-rows tr.detail').count(), 1, 'the only match opens');
    assertClean(o);
    await close(o);
  });

  test('the CSP blocks network loads and injected scripts', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const { page } = o;
    assertClean(o);
    const violation = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e: { effectiveDirective: string }) => resolve(e.effectiveDirective), { once: true });
          const img = new Image();
          img.src = 'http://127.0.0.1:9/beacon.png';
          setTimeout(() => resolve('no violation'), 3000);
        }),
    );
    assert.equal(violation, 'img-src');
    const fetched = await page.evaluate(() => fetch('http://127.0.0.1:9/x').then(() => 'loaded', () => 'blocked'));
    assert.equal(fetched, 'blocked');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    assert.equal(ran, false, 'an injected inline script must not run');
    // Chromium reports the image as a request that failed with "csp": refused before any socket
    // was opened. fetch() is refused before it becomes a request at all.
    assert.deepEqual(o.requests, [fleetUrl, 'http://127.0.0.1:9/beacon.png']);
    assert.deepEqual(o.failed, ['http://127.0.0.1:9/beacon.png csp']);
    await close(o);
  });

  test('a machine named by a fleet finding shows it (badge and section), never "No diagnoses"', TIMEOUT, async () => {
    const named: Report = {
      ...report,
      machines: report.machines.map((m) =>
        m.computerName === 'LAB-PC-07' ? { ...m, fleetFindings: [{ ruleId: 'fleet-stale-reporting', ref: 'WSUS-0906', title: 'Too few clients completed a detection recently', severity: 'warning' as const }] } : m,
      ),
    };
    const o = await open({ html: formatHtml(named) });
    const { page } = o;
    const row = page.locator('#machine-rows tr.row[data-name="LAB-PC-07"]');
    const text = (await row.textContent())!;
    assert.match(text, /1 fleet finding/);
    assert.doesNotMatch(text, /No diagnoses/);
    await row.click();
    const detail = page.locator('#machine-rows tr.detail');
    assert.match((await detail.textContent())!, /Fleet findings naming this machine \(1\)Warning|Fleet findings naming this machine \(1\)/);
    assert.match((await detail.textContent())!, /WSUS-0906 fleet-stale-reporting/);
    assert.doesNotMatch((await detail.textContent())!, /No diagnoses: every applicable check passed/);
    assertClean(o);
    await close(o);
  });

  test('the page also renders through setContent and without fleet section', TIMEOUT, async () => {
    const { fleet: _fleet, ...rest } = report;
    const noFleet: Report = { ...rest, summary: { ...report.summary, fleetFailures: undefined } };
    const o = await open({ html: formatHtml(noFleet) });
    const { page } = o;
    assert.equal(await page.locator('[data-value="fleet"]').textContent(), '—');
    assert.match((await page.locator('#fleet').textContent())!, /No fleet findings in this report/);
    assert.match((await page.locator('#servers').textContent())!, /No client counts per server/);
    assert.equal(await page.locator('#servers tbody tr').count(), 3, 'server machines listed with their own diagnoses');
    await waitRows(page, 19);
    assertClean(o);
    await close(o);
  });

  test('a screenshot of the page is a non-empty PNG', TIMEOUT, async () => {
    const o = await open(fleetUrl);
    const file = join(dir, 'fleet-report.png');
    await o.page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    assert.ok(statSync(file).size > 20_000, `PNG of ${statSync(file).size} bytes`);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(png.readUInt32BE(16), 1280, 'width');
    assert.ok(png.readUInt32BE(20) > 1500, 'full page height');
    assertClean(o);
    await close(o);
  });

  test('5,000 machines: the page opens quickly, shows one page of rows, filters and pages', TIMEOUT, async () => {
    const url = writePage('fleet-5000.html', scaleReport(report, 5000));
    const started = Date.now();
    const o = await open(url);
    const loadMs = Date.now() - started;
    const { page } = o;
    assert.ok(loadMs < 20_000, `loaded in ${loadMs} ms`);
    await waitRows(page, 50);
    assert.equal(await page.locator('#machine-rows tr').count(), 50, 'only one page of rows in the DOM');
    assert.equal(await page.locator('#machine-count').textContent(), 'Showing 1–50 of 5,000 machines');
    assert.equal(await page.locator('[data-value="machines"]').textContent(), '5,000');
    const filterStarted = Date.now();
    await page.fill('#filter-text', 'BR-MUC-PC-021-');
    await page.waitForFunction(() => /of 263 machines/.test(document.querySelector('#machine-count')!.textContent!), undefined, { timeout: 10_000 });
    const filterMs = Date.now() - filterStarted;
    assert.ok(filterMs < 3_000, `filtered in ${filterMs} ms`);
    await page.selectOption('#page-size', '100');
    await page.click('#page-last');
    assert.equal(await page.locator('#page-label').textContent(), 'Page 3 of 3');
    await waitRows(page, 63);
    await page.click('#page-first');
    await page.locator('#machine-rows tr.row').first().click();
    assert.equal(await page.locator('#machine-rows tr.detail').count(), 1);
    await page.click('#filter-reset');
    await page.click('#page-last');
    assert.equal(await page.locator('#page-label').textContent(), 'Page 50 of 50');
    assertClean(o);
    await close(o);
  });
});
