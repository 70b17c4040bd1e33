/**
 * The fleet report as one self-contained HTML file: summary cards, charts of diagnoses by
 * severity and by rule, WSUS servers with their clients' failure share, fleet findings, failed
 * files, and a filterable, sortable, paginated table of machines whose rows open onto every
 * diagnosis (evidence, log lines, fix steps, references).
 *
 * Safe by construction: the report travels as JSON in a `<script type="application/json">`
 * block (escaped by jsonForScript so no text can close it) and the page script inserts every
 * string with textContent. A Content-Security-Policy allows only this page's own inline script
 * and style (by hash) and forbids every network load, so the file works opened from disk and
 * cannot phone home even if a fact file holds hostile text.
 */
import { createHash } from 'node:crypto';
import type { FleetSection, MachineReport, Report, ReportSummary, ToolInfo } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter, RunInfo } from './reporter.js';
import { escapeHtml, jsonForScript } from './html/escape.js';
import { HTML_DATA_FORMAT, htmlFleet, htmlMachine, RuleTable } from './html/view-model.js';
import { REPORT_CSS } from './html/styles.js';
import { CLIENT_SCRIPT } from './html/client-script.js';

export interface HtmlOptions {
  /** Page title and heading (default "WSUS fleet report", or "WSUS report" for one machine). */
  title?: string;
}

/** CSP source for an inline element: its text's SHA-256, base64. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const SCRIPT_HASH = hashSource(CLIENT_SCRIPT);
const STYLE_HASH = hashSource(REPORT_CSS);

/**
 * Content-Security-Policy of the report: nothing from the network (default-src 'none' covers
 * connect, img, font, frame, media...), only the page's own inline script and style, no <base>,
 * no form submissions.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  `script-src ${SCRIPT_HASH}`,
  `style-src ${STYLE_HASH}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The page up to the opening of the data block (its title and the tool in it). */
function pageHead(title: string, tool: ToolInfo): string {
  const t = escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(`${tool.name} ${tool.version}`)}">
<title>${t}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><div class="inner">
  <div><div class="brand">wsus-doctor</div><h1>${t}</h1></div>
  <p class="meta" id="meta"></p>
</div></header>
<main>
  <noscript><div class="render-error">This report draws its content with JavaScript (inline only, no network access): allow scripts for this file to see it.</div></noscript>
  <div class="render-error" id="render-error" role="alert" hidden></div>
  <section class="cards" id="cards" aria-label="Summary"></section>
  <section class="panel" aria-label="Charts">
    <div class="charts">
      <div>
        <div class="chart"><h2>Diagnoses by severity</h2><div id="chart-severity"></div></div>
        <div class="chart chart-second"><h2>Machines by worst diagnosis</h2><div id="chart-worst"></div></div>
      </div>
      <div class="chart"><h2>Diagnoses by rule</h2><div id="chart-rules"></div></div>
    </div>
  </section>
  <section class="panel" id="servers-panel" aria-labelledby="servers-title">
    <div class="panel-head"><h2 id="servers-title">WSUS servers</h2><span class="note">clients whose policy points at each server</span></div>
    <div id="servers"></div>
  </section>
  <section class="panel" id="fleet-panel" aria-labelledby="fleet-title">
    <div class="panel-head"><h2 id="fleet-title">Fleet findings</h2><span class="note">failures that span machines</span></div>
    <div id="fleet"></div>
  </section>
  <section class="panel" id="failed-panel" aria-labelledby="failed-title" hidden>
    <div class="panel-head"><h2 id="failed-title">Files that could not be diagnosed</h2><span class="note" id="failed-count"></span></div>
    <div id="failed"></div>
  </section>
  <section class="panel" id="machines-panel" aria-labelledby="machines-title">
    <div class="panel-head"><h2 id="machines-title">Machines</h2><span class="note">click a row for its diagnoses</span></div>
    <div class="toolbar" role="search">
      <label class="visually-hidden" for="filter-text">Filter machines</label>
      <input type="search" id="filter-text" placeholder="Filter by name, file, rule id or title\u2026" autocomplete="off" spellcheck="false">
      <label class="visually-hidden" for="filter-role">Role</label>
      <select id="filter-role"><option value="">All roles</option><option value="server">Servers</option><option value="client">Clients</option><option value="unknown">Unknown role</option></select>
      <label class="visually-hidden" for="filter-severity">Severity</label>
      <select id="filter-severity"><option value="">Any severity</option><option value="critical">With critical</option><option value="error">With error</option><option value="warning">With warning</option><option value="info">With info</option><option value="none">No diagnoses</option></select>
      <label class="visually-hidden" for="filter-status">Status</label>
      <select id="filter-status"><option value="">All statuses</option><option value="diagnosed">Diagnosed</option><option value="failed">Failed</option><option value="superseded">Superseded</option></select>
      <button type="button" class="reset" id="filter-reset">Reset</button>
      <span class="count" id="machine-count" aria-live="polite"></span>
    </div>
    <table class="machines" id="machines">
      <colgroup><col class="c-twisty"><col class="c-name"><col class="c-role"><col class="c-status"><col class="c-diag"><col class="c-unknown"><col class="c-collected"></colgroup>
      <thead><tr>
        <th class="twisty-col"><span class="visually-hidden">Details</span></th>
        <th data-sort="name"><button type="button">Machine</button></th>
        <th data-sort="role"><button type="button">Role</button></th>
        <th data-sort="status"><button type="button">Status</button></th>
        <th data-sort="diagnoses"><button type="button">Diagnoses</button></th>
        <th data-sort="unknown" class="num"><button type="button">Insufficient evidence</button></th>
        <th data-sort="collected"><button type="button">Collected</button></th>
      </tr></thead>
      <tbody id="machine-rows"></tbody>
    </table>
    <nav class="pager" aria-label="Pages">
      <button type="button" id="page-first">First</button>
      <button type="button" id="page-prev">Previous</button>
      <span id="page-label"></span>
      <button type="button" id="page-next">Next</button>
      <button type="button" id="page-last">Last</button>
      <label for="page-size">Rows per page</label>
      <select id="page-size"><option>25</option><option selected>50</option><option>100</option><option>250</option></select>
    </nav>
  </section>
</main>
<footer>Made by ${escapeHtml(`${tool.name} ${tool.version}`)}. A self-contained file: it loads nothing from the network.</footer>
<script type="application/json" id="report-data">`;
}

const PAGE_TAIL = `</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;

/** The page title: one machine diagnosed alone is a "WSUS report", anything else a fleet. */
function pageTitle(command: RunInfo['command'] | undefined, machines: number | undefined, hasFleet: boolean): string {
  return machines === 1 && !hasFleet && command !== 'batch' && command !== 'fleet' ? 'WSUS report' : 'WSUS fleet report';
}

/**
 * Writes the page as a stream: the head, then the embedded data member by member (each machine
 * as it comes, the rule table and summary at the end: JSON members in any order parse the same),
 * then the page script. Holds only the rule table and the fleet section, never the machines.
 */
class HtmlWriter {
  private count = 0;
  private fleet: FleetSection | undefined;
  private readonly rules = new RuleTable();

  constructor(private readonly out: Pick<ReportOutput, 'write'>, title: string, generatedAt: string, tool: ToolInfo) {
    const head = jsonForScript({ format: HTML_DATA_FORMAT, title, generatedAt, tool });
    out.write(`${pageHead(title, tool)}${head.slice(0, -1)},"machines":[`);
  }

  machine(report: MachineReport): void {
    this.out.write(`${this.count++ ? ',' : ''}${jsonForScript(htmlMachine(report, this.rules))}`);
  }

  setFleet(section: FleetSection): void {
    this.fleet = section;
  }

  end(summary: ReportSummary): void {
    const fleet = this.fleet ? `,"fleet":${jsonForScript(htmlFleet(this.fleet, this.rules))}` : '';
    this.out.write(`]${fleet},"rules":${jsonForScript(this.rules.rules)},"summary":${jsonForScript(summary)}}${PAGE_TAIL}`);
  }
}

/** Renders a report held in memory as one self-contained HTML document (UTF-8): the same page the reporter streams. */
export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? pageTitle(undefined, report.machines.length, !!report.fleet);
  let html = '';
  const writer = new HtmlWriter({ write: (text) => void (html += text) }, title, report.generatedAt, report.tool);
  for (const machine of report.machines) writer.machine(machine);
  if (report.fleet) writer.setFleet(report.fleet);
  writer.end(report.summary);
  return html;
}

/** The HTML reporter: streams the page, one machine at a time (bounded memory whatever the fleet size). */
export const htmlFormat: ReportFormat = {
  name: 'html',
  describe: 'one self-contained HTML page (charts, filterable machine table); no network access',
  reads: 'report',
  create(out: ReportOutput): Reporter {
    let writer: HtmlWriter;
    return {
      begin(run) {
        writer = new HtmlWriter(out, pageTitle(run.command, run.machines, false), run.generatedAt, run.tool);
      },
      machine(entry) {
        writer.machine(entry.report());
      },
      fleet(section) {
        writer.setFleet(section);
      },
      end({ summary }) {
        writer.end(summary);
      },
    };
  },
};
