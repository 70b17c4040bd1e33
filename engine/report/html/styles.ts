/**
 * The HTML report's stylesheet, inlined in a `<style>` element (allowed by the page's CSP through
 * its hash). System fonts only: the report must look the same offline and load nothing.
 */
export const REPORT_CSS = String.raw`
:root {
  --bg: #f4f6f9; --panel: #ffffff; --border: #dfe4ec; --border-strong: #c9d1dd;
  --text: #1c2430; --muted: #5d6878; --faint: #8a94a3; --accent: #1f5fbf; --accent-soft: #e8f0fc;
  --head: #14213d; --head-text: #e9eef7;
  --critical: #a3133a; --critical-soft: #fbe7ec;
  --error: #d4380d; --error-soft: #fdece4;
  --warning: #b7791f; --warning-soft: #fdf4e1;
  --info: #2563c9; --info-soft: #e6effc;
  --ok: #1d7a46; --ok-soft: #e3f4ea;
  --unknown: #6b5ca5; --unknown-soft: #efecf8;
  --track: #edf0f5; --code-bg: #f3f5f8; --on-strong: #ffffff;
  --shadow: 0 1px 2px rgba(20, 33, 61, .06), 0 1px 3px rgba(20, 33, 61, .05);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #11161e; --panel: #19202b; --border: #2a3442; --border-strong: #3a4656;
    --text: #e3e8ef; --muted: #a3adbb; --faint: #7b8594; --accent: #7fb0ff; --accent-soft: #1d2b42;
    --head: #0b0f15; --head-text: #e3e8ef;
    --critical: #ff6b8b; --critical-soft: #3a1620;
    --error: #ff8a5c; --error-soft: #3a1f14;
    --warning: #f2b84b; --warning-soft: #352812;
    --info: #7fb0ff; --info-soft: #172844;
    --ok: #5fd08f; --ok-soft: #12301f;
    --unknown: #b3a6ec; --unknown-soft: #262040;
    --track: #243040; --code-bg: #121821; --on-strong: #1a0d08;
    --shadow: none;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", sans-serif;
}
code, .mono { font-family: ui-monospace, "Cascadia Mono", Consolas, "SF Mono", Menlo, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 12.5px; }
a { color: var(--accent); }
button, input, select { font: inherit; color: inherit; }
h2 { font-size: 15px; margin: 0 0 12px; font-weight: 650; letter-spacing: .01em; }
h3 { font-size: 13px; margin: 16px 0 8px; font-weight: 650; }
h4 { font-size: 11.5px; margin: 14px 0 6px; font-weight: 650; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.faint { color: var(--faint); }

header.top { background: var(--head); color: var(--head-text); }
header.top .inner { max-width: 1240px; margin: 0 auto; padding: 20px 24px 22px; display: flex; align-items: flex-end; justify-content: space-between; gap: 24px; flex-wrap: wrap; }
.brand { font-size: 12px; letter-spacing: .12em; text-transform: uppercase; opacity: .7; font-weight: 600; }
header.top h1 { margin: 4px 0 0; font-size: 22px; font-weight: 650; }
header.top .meta { margin: 0; font-size: 12.5px; opacity: .78; text-align: right; }
main { max-width: 1240px; margin: 0 auto; padding: 20px 24px 8px; }
footer { max-width: 1240px; margin: 0 auto; padding: 12px 24px 28px; color: var(--faint); font-size: 12px; }

.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow); padding: 16px 18px; margin-bottom: 18px; min-width: 0; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 18px; margin-bottom: 18px; }
.grid2 > .panel { margin-bottom: 0; }
@media (max-width: 900px) { .grid2 { grid-template-columns: minmax(0, 1fr); } }
.panel-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; }
.panel-head .note { font-size: 12px; color: var(--faint); }

/* Summary cards */
.cards { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 14px; margin-bottom: 18px; }
@media (max-width: 1100px) { .cards { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
@media (max-width: 640px) { .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
.card { background: var(--panel); border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow); padding: 12px 14px 13px; border-top: 3px solid var(--border-strong); min-width: 0; }
.card .label { font-size: 12px; color: var(--muted); font-weight: 600; }
.card .value { font-size: 28px; font-weight: 700; line-height: 1.15; margin-top: 4px; font-variant-numeric: tabular-nums; }
.card .sub { font-size: 12px; color: var(--faint); margin-top: 2px; }
.card.wide { grid-column: span 2; }
.card.alert { border-top-color: var(--error); }
.card.alert .value { color: var(--error); }
.card.good { border-top-color: var(--ok); }
.card.fleet { border-top-color: var(--accent); }
.card.unknown { border-top-color: var(--unknown); }
.card.diag { border-top-color: var(--critical); }
.sev-split { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6px; margin-top: 8px; }
.sev-split div { border-radius: 6px; padding: 3px 7px; font-size: 11.5px; font-weight: 600; }
.sev-split b { display: block; font-size: 17px; font-variant-numeric: tabular-nums; }

/* Severity colours */
.sev-critical { --sev: var(--critical); --sev-soft: var(--critical-soft); }
.sev-error { --sev: var(--error); --sev-soft: var(--error-soft); }
.sev-warning { --sev: var(--warning); --sev-soft: var(--warning-soft); }
.sev-info { --sev: var(--info); --sev-soft: var(--info-soft); }
.sev-split .sev-critical, .sev-split .sev-error, .sev-split .sev-warning, .sev-split .sev-info { background: var(--sev-soft); color: var(--sev); }
.badge { display: inline-block; border-radius: 999px; padding: 1px 8px; font-size: 11px; font-weight: 700; letter-spacing: .02em; white-space: nowrap; vertical-align: 1px; background: var(--track); color: var(--muted); }
.badge.sev-critical, .badge.sev-error, .badge.sev-warning, .badge.sev-info { background: var(--sev-soft); color: var(--sev); }
.badge.ok { background: var(--ok-soft); color: var(--ok); }
.badge.failed { background: var(--error); color: var(--on-strong); }
.badge.waived { background: transparent; color: var(--muted); border: 1px dashed var(--border-strong); }
.badge.unknown { background: var(--unknown-soft); color: var(--unknown); }
.pills { display: flex; flex-wrap: wrap; gap: 4px; }

/* Charts */
.charts { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); gap: 28px; }
@media (max-width: 900px) { .charts { grid-template-columns: minmax(0, 1fr); } }
.chart svg { display: block; width: 100%; height: auto; overflow: visible; }
.chart text { fill: var(--text); font-size: 12px; font-family: inherit; }
.chart text.value { font-weight: 700; font-variant-numeric: tabular-nums; }
.chart text.label-muted { fill: var(--muted); }
.chart rect.track { fill: var(--track); }
.chart rect.bar.sev-critical { fill: var(--critical); }
.chart rect.bar.sev-error { fill: var(--error); }
.chart rect.bar.sev-warning { fill: var(--warning); }
.chart rect.bar.sev-info { fill: var(--info); }
.chart rect.bar.ok { fill: var(--ok); }
.chart rect.bar.failed { fill: var(--faint); }
.chart-second { margin-top: 18px; }
.chart .bar-row { cursor: pointer; outline: none; }
.chart .bar-row:hover rect.track, .chart .bar-row:focus-visible rect.track { fill: var(--accent-soft); }
.chart .bar-row:focus-visible text { text-decoration: underline; }
.chart .empty { color: var(--faint); font-size: 13px; padding: 12px 0; }
.chart .more { color: var(--faint); font-size: 12px; margin-top: 6px; }

/* Generic tables */
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 650; }
td, th { padding: 8px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.share { display: flex; align-items: center; gap: 8px; min-width: 130px; }
.share .meter { flex: 1; height: 8px; border-radius: 4px; background: var(--track); overflow: hidden; }
.share .meter span { display: block; height: 100%; background: var(--error); border-radius: 4px; }
.share .meter span.low { background: var(--warning); }
.share .meter span.none { background: var(--ok); }
.share .pct { width: 40px; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.linkish { background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; text-align: left; font-weight: 600; }
.linkish:hover { text-decoration: underline; }
.server-url { display: block; font-size: 12px; color: var(--faint); }

/* Fleet findings and diagnoses */
.finding-list { display: flex; flex-direction: column; gap: 8px; }
details.diag { border: 1px solid var(--border); border-left: 4px solid var(--sev, var(--border-strong)); border-radius: 8px; background: var(--panel); }
details.diag > summary { list-style: none; cursor: pointer; padding: 9px 12px 9px 30px; position: relative; }
details.diag > summary::-webkit-details-marker { display: none; }
details.diag > summary::before { content: ""; position: absolute; left: 12px; top: 15px; border: 5px solid transparent; border-left: 6px solid var(--faint); transition: transform .12s; transform-origin: 3px 5px; }
details.diag[open] > summary::before { transform: rotate(90deg); }
details.diag > summary:hover { background: var(--accent-soft); border-radius: 0 7px 7px 0; }
.diag-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.diag-title { font-weight: 650; }
.rule-id { color: var(--faint); font-size: 12px; }
.diag-msg { color: var(--muted); margin-top: 3px; overflow-wrap: anywhere; white-space: pre-wrap; }
.diag-body { padding: 0 14px 12px 30px; }
details.diag.is-unknown { --sev: var(--unknown); }
details.diag.is-waived { border-left-style: dashed; opacity: .85; }
details.diag.is-waived .diag-title { text-decoration: line-through; text-decoration-color: var(--faint); }
.waiver { background: var(--track); border-radius: 6px; padding: 6px 10px; margin-top: 10px; font-size: 13px; }
.kv { width: auto; max-width: 100%; }
.kv th, .kv td { vertical-align: baseline; }
.kv th { text-transform: none; letter-spacing: 0; font-size: 12px; font-weight: 500; color: var(--muted); padding: 3px 14px 3px 0; border: 0; white-space: nowrap; }
.kv td { padding: 3px 0; border: 0; overflow-wrap: anywhere; }
.value-unknown { color: var(--faint); font-style: italic; }
ol.log { list-style: none; margin: 0; padding: 0; border: 1px solid var(--border); border-radius: 6px; background: var(--code-bg); max-height: 260px; overflow: auto; }
ol.log li { padding: 5px 10px; border-bottom: 1px solid var(--border); }
ol.log li:last-child { border-bottom: 0; }
.log-where { display: block; font-size: 11.5px; color: var(--faint); }
.log-text { white-space: pre-wrap; overflow-wrap: anywhere; }
ol.steps { margin: 0; padding-left: 20px; }
ol.steps li { margin: 3px 0; overflow-wrap: anywhere; }
ul.refs { margin: 0; padding-left: 18px; }
.chips { display: flex; flex-wrap: wrap; gap: 5px; margin-top: 6px; }
.chip { border: 1px solid var(--border-strong); background: var(--panel); border-radius: 999px; padding: 1px 9px; font-size: 12px; cursor: pointer; color: var(--text); }
.chip:hover { border-color: var(--accent); color: var(--accent); }
.chip.more { border-style: dashed; color: var(--muted); }
.fleet-quiet { margin-top: 12px; font-size: 13px; color: var(--muted); }
.fleet-quiet li { margin: 3px 0; }
.render-error { border: 1px solid var(--error); background: var(--error-soft); color: var(--error); border-radius: 8px; padding: 12px 14px; margin-bottom: 18px; }
.empty-note { color: var(--faint); font-size: 13px; margin: 4px 0; }

/* Machines table */
.toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 12px; }
.toolbar input[type=search] { flex: 1 1 260px; min-width: 200px; padding: 7px 11px; border: 1px solid var(--border-strong); border-radius: 7px; background: var(--panel); }
.toolbar select { padding: 7px 8px; border: 1px solid var(--border-strong); border-radius: 7px; background: var(--panel); }
.toolbar input:focus, .toolbar select:focus, button:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.toolbar .count { color: var(--muted); font-size: 12.5px; margin-left: auto; }
.toolbar .reset { border: 1px solid var(--border-strong); background: var(--panel); border-radius: 7px; padding: 6px 10px; cursor: pointer; }
table.machines { table-layout: fixed; }
table.machines > thead > tr > th { padding: 0; border-bottom: 2px solid var(--border); }
table.machines th button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 8px 10px; cursor: pointer; white-space: nowrap; }
table.machines th button:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
table.machines > thead th.num button { text-align: right; }
table.machines th button::after { content: " \2195"; opacity: .35; }
table.machines th[aria-sort=ascending] button::after { content: " \2191"; opacity: 1; }
table.machines th[aria-sort=descending] button::after { content: " \2193"; opacity: 1; }
col.c-twisty { width: 34px; } col.c-name { width: 31%; } col.c-role { width: 7%; } col.c-status { width: 10%; } col.c-diag { width: 25%; } col.c-unknown { width: 10%; } col.c-collected { width: 17%; }
table.machines tr.row { cursor: pointer; }
table.machines tr.row:hover td { background: var(--accent-soft); }
table.machines tr.row.open td { background: var(--accent-soft); border-bottom-color: transparent; }
table.machines > tbody > tr > td { overflow-wrap: anywhere; }
.twisty { border: 0; background: none; cursor: pointer; width: 22px; height: 22px; border-radius: 5px; color: var(--muted); padding: 0; }
.twisty::before { content: ""; display: inline-block; border: 5px solid transparent; border-left: 6px solid currentColor; transform-origin: 3px 5px; transition: transform .12s; margin-left: 6px; }
.twisty[aria-expanded=true]::before { transform: rotate(90deg); }
.m-name { font-weight: 650; }
.m-file { display: block; font-size: 12px; color: var(--faint); }
.m-error { display: block; font-size: 12.5px; color: var(--error); margin-top: 2px; }
tr.detail > td { background: var(--bg); padding: 4px 16px 16px 44px; }
.detail-meta { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12.5px; color: var(--muted); padding: 8px 0 2px; }
.detail-meta b { color: var(--text); font-weight: 600; }
.error-box { border: 1px solid var(--error); background: var(--error-soft); border-radius: 8px; padding: 10px 12px; margin-top: 10px; }
.error-box code { font-weight: 700; }
.checks-list { columns: 2; column-gap: 28px; margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
.checks-list li { break-inside: avoid; margin: 2px 0; }
.pager { display: flex; align-items: center; justify-content: flex-end; gap: 8px; margin-top: 12px; font-size: 13px; color: var(--muted); }
.pager button { border: 1px solid var(--border-strong); background: var(--panel); border-radius: 7px; padding: 4px 10px; cursor: pointer; }
.pager button:disabled { opacity: .4; cursor: default; }
.pager select { padding: 4px 6px; border: 1px solid var(--border-strong); border-radius: 7px; background: var(--panel); }
.no-rows td { text-align: center; color: var(--faint); padding: 22px; }
@media print {
  .toolbar, .pager, .twisty { display: none; }
  body { background: #fff; }
  .panel, .card { box-shadow: none; }
}
`;
