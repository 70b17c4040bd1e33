/**
 * The HTML report's page script, inlined in a `<script>` element allowed by the page's CSP hash.
 * It reads the embedded data (`#report-data`, see view-model.ts) and builds the page with DOM
 * calls only: every string from a fact file goes through textContent or setAttribute, never
 * through innerHTML, so a log line holding `<script>` shows as text. The machines table renders
 * one page of rows at a time (and a machine's details only when opened), so a fleet of
 * thousands of machines stays responsive.
 *
 * Plain ES2020 in a string: no template literals (the string is a String.raw template) and no
 * `</script` or `<!--` sequence (they would end or confuse the script element; a test checks).
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var SEVERITIES = ['critical', 'error', 'warning', 'info'];
  var SEV_LABEL = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' };
  var STATUS_LABEL = { diagnosed: 'Diagnosed', failed: 'Failed', superseded: 'Superseded' };
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var NUMBER = new Intl.NumberFormat('en-US');
  var MAX_CHIPS = 24;
  var MAX_RULE_BARS = 12;
  var MAX_FAILED_ROWS = 100;

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var rules = data.rules;

  // ---- small DOM helpers: text always goes through text nodes ----
  function h(tag, props, children) {
    var el = document.createElement(tag);
    setProps(el, props);
    append(el, children);
    return el;
  }
  function s(tag, props, children) {
    var el = document.createElementNS(SVG_NS, tag);
    setProps(el, props);
    append(el, children);
    return el;
  }
  function setProps(el, props) {
    if (!props) return;
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') el.textContent = String(value);
      else if (key === 'class') el.setAttribute('class', value);
      else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    });
  }
  function append(el, children) {
    if (children === undefined || children === null || children === false) return;
    if (Array.isArray(children)) { children.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof children === 'object' ? children : document.createTextNode(String(children)));
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function byId(id) { return document.getElementById(id); }
  function num(x) { return NUMBER.format(x); }
  function plural(count, one, many) { return num(count) + ' ' + (count === 1 ? one : (many || one + 's')); }
  function basename(file) { var parts = String(file).split(/[\\/]/); return parts[parts.length - 1] || file; }
  function formatTime(iso) {
    if (!iso) return '';
    var m = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(iso);
    if (!m) return iso;
    return m[1] + ' ' + m[2] + (m[3] === 'Z' ? ' UTC' : m[3] ? ' ' + m[3] : '');
  }
  function sevRankOf(severity) { return SEVERITIES.length - SEVERITIES.indexOf(severity); }
  function bySeverity(a, b) {
    var d = sevRankOf(rules[b.rule].severity) - sevRankOf(rules[a.rule].severity);
    return d || (rules[a.rule].title < rules[b.rule].title ? -1 : rules[a.rule].title > rules[b.rule].title ? 1 : 0);
  }

  // ---- the machine model: one entry per input file, computed once ----
  var machines = data.machines.map(function (m, index) {
    var diags = [], waived = [], unknown = [];
    m.results.forEach(function (r) {
      if (r.waived) waived.push(r);
      else if (r.outcome === 'fail') diags.push(r);
      else if (r.outcome === 'insufficientEvidence') unknown.push(r);
    });
    diags.sort(bySeverity);
    var bySev = { critical: 0, error: 0, warning: 0, info: 0 };
    diags.forEach(function (r) { bySev[rules[r.rule].severity]++; });
    var name = m.computerName || (m.fqdn ? m.fqdn.split('.')[0] : '') || basename(m.file);
    var rank = diags.length ? sevRankOf(rules[diags[0].rule].severity) : m.status === 'diagnosed' ? 0 : -1;
    var words = [name, m.computerName, m.fqdn, m.file, m.supersededBy];
    if (m.error) words.push(m.error.code, m.error.message);
    diags.forEach(function (r) { var rule = rules[r.rule]; words.push(rule.id, rule.ref, rule.title); });
    var fleet = m.fleetFindings || [];
    fleet.forEach(function (f) { words.push(f.ruleId, f.ref, f.title); });
    return {
      m: m, index: index, name: name, diags: diags, waived: waived, unknown: unknown, bySev: bySev, rank: rank, fleet: fleet,
      notChecked: m.status === 'diagnosed' ? m.summary.insufficientEvidence : -1,
      hay: words.filter(Boolean).join('\n').toLowerCase(),
      sortName: name.toLowerCase()
    };
  });

  // ---- header, cards ----
  function renderMeta() {
    var parts = ['Generated ' + formatTime(data.generatedAt), data.tool.name + ' ' + data.tool.version, plural(data.summary.machines, 'fact file')];
    byId('meta').textContent = parts.join(' \u00b7 ');
  }

  function card(key, label, value, sub, cls, extra) {
    return h('div', { class: 'card' + (cls ? ' ' + cls : ''), 'data-card': key }, [
      h('div', { class: 'label', text: label }),
      h('div', { class: 'value', 'data-value': key, text: typeof value === 'number' ? num(value) : value }),
      sub ? h('div', { class: 'sub', text: sub }) : null,
      extra || null
    ]);
  }

  function renderCards() {
    var s = data.summary;
    var servers = 0, clients = 0, withDiagnoses = 0;
    machines.forEach(function (mm) {
      if (mm.m.role === 'server') servers++;
      else if (mm.m.role === 'client') clients++;
      if (mm.diags.length) withDiagnoses++;
    });
    var split = h('div', { class: 'sev-split' }, SEVERITIES.map(function (sev) {
      return h('div', { class: 'sev-' + sev, 'data-severity': sev }, [h('b', { text: num(s.failuresBySeverity[sev]) }), SEV_LABEL[sev]]);
    }));
    var fleetMachines = {};
    var fleetResults = data.fleet ? data.fleet.results : [];
    fleetResults.forEach(function (r) {
      if (r.outcome === 'fail' && !r.waived) (r.machines || []).forEach(function (name) { fleetMachines[name] = true; });
    });
    var fleetCount = Object.keys(fleetMachines).length;
    var fleetValue = typeof s.fleetFailures === 'number' ? s.fleetFailures : '\u2014';
    var fleetSub = data.fleet ? (fleetCount ? 'involving ' + plural(fleetCount, 'machine') : 'across the fleet') : 'no fleet analysis';
    append(clear(byId('cards')), [
      card('machines', 'Machines', s.machines, plural(servers, 'server') + ' \u00b7 ' + plural(clients, 'client')),
      card('diagnosed', 'Diagnosed', s.diagnosed, num(withDiagnoses) + ' with diagnoses' + (s.superseded ? ' \u00b7 ' + num(s.superseded) + ' superseded' : ''), withDiagnoses ? '' : 'good'),
      card('failed', 'Failed files', s.failed, s.failed ? 'could not be read or validated' : 'every file was read', s.failed ? 'alert' : 'good'),
      card('diagnoses', 'Diagnoses', s.outcomes.fail, null, 'wide diag', split),
      card('fleet', 'Fleet findings', fleetValue, fleetSub, 'fleet'),
      card('insufficient', 'Insufficient evidence', s.outcomes.insufficientEvidence, 'checks without a verdict', 'unknown')
    ]);
  }

  // ---- charts: horizontal bars in inline SVG ----
  // Drawn at the container's pixel width (viewBox = size, no scaling) so text keeps its CSS size;
  // redrawn when the window is resized.
  var chartCount = 0;
  function barChart(container, title, description, rows, labelWidth) {
    var width = Math.max(280, Math.floor(container.clientWidth || 520));
    var rowHeight = 28, barHeight = 16, valueWidth = 44;
    labelWidth = Math.min(labelWidth, Math.floor(width * 0.45));
    var height = Math.max(rows.length, 1) * rowHeight;
    var max = rows.reduce(function (acc, r) { return Math.max(acc, r.value); }, 0) || 1;
    var barSpace = width - labelWidth - valueWidth;
    var id = 'chart-' + (++chartCount);
    var svg = s('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'group', 'aria-labelledby': id + '-title ' + id + '-desc', width: width, height: height }, [
      s('title', { id: id + '-title', text: title }),
      s('desc', { id: id + '-desc', text: description })
    ]);
    rows.forEach(function (row, i) {
      var y = i * rowHeight + (rowHeight - barHeight) / 2;
      var barWidth = row.value > 0 ? Math.max(3, (row.value / max) * barSpace) : 0;
      var g = s('g', { class: 'bar-row', tabindex: 0, role: 'button', 'aria-label': row.tip + '. Filter the machine table.', 'data-key': row.key }, [
        s('title', { text: row.tip }),
        s('rect', { class: 'track', x: labelWidth, y: y, width: barSpace, height: barHeight, rx: 3 }),
        s('rect', { class: 'bar ' + row.cls, x: labelWidth, y: y, width: barWidth.toFixed(1), height: barHeight, rx: 3, 'data-value': row.value }),
        s('text', { x: labelWidth - 10, y: y + barHeight / 2, 'dominant-baseline': 'central', 'text-anchor': 'end', class: row.muted ? 'label-muted' : null, text: truncate(row.label, Math.floor((labelWidth - 12) / 6.2)) }),
        s('text', { x: width, y: y + barHeight / 2, 'dominant-baseline': 'central', 'text-anchor': 'end', class: 'value', text: num(row.value) })
      ]);
      g.addEventListener('click', row.activate);
      g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); row.activate(); } });
      svg.appendChild(g);
    });
    return svg;
  }

  function truncate(text, max) { return text.length > max ? text.slice(0, max - 1) + '\u2026' : text; }

  function renderCharts() {
    var bySev = data.summary.failuresBySeverity;
    var total = data.summary.outcomes.fail;
    var sevRows = SEVERITIES.map(function (sev) {
      return {
        key: sev, label: SEV_LABEL[sev], value: bySev[sev], cls: 'sev-' + sev,
        tip: SEV_LABEL[sev] + ': ' + plural(bySev[sev], 'diagnosis', 'diagnoses'),
        activate: function () { showMachines({ severity: sev }); }
      };
    });
    var box = clear(byId('chart-severity'));
    box.appendChild(barChart(box, 'Diagnoses by severity', num(total) + ' diagnoses on machines, by severity (waived diagnoses not counted).', sevRows, 104));

    // Machines by their worst diagnosis: how much of the fleet each severity touches.
    var worst = { critical: 0, error: 0, warning: 0, info: 0, none: 0, failed: 0 };
    machines.forEach(function (mm) {
      if (mm.m.status === 'failed') worst.failed++;
      else if (mm.m.status !== 'diagnosed') return;
      else if (mm.diags.length) worst[rules[mm.diags[0].rule].severity]++;
      else if (!mm.fleet.length) worst.none++;
    });
    var worstRows = SEVERITIES.map(function (sev) {
      return {
        key: sev, label: SEV_LABEL[sev], value: worst[sev], cls: 'sev-' + sev,
        tip: plural(worst[sev], 'machine') + ' whose worst diagnosis is ' + sev,
        activate: function () { showMachines({ severity: sev }); }
      };
    }).concat([
      { key: 'none', label: 'No diagnoses', value: worst.none, cls: 'ok', tip: plural(worst.none, 'machine') + ' without diagnoses', activate: function () { showMachines({ severity: 'none' }); } },
      { key: 'failed', label: 'Not read', value: worst.failed, cls: 'failed', tip: plural(worst.failed, 'file') + ' that could not be diagnosed', activate: function () { showMachines({ status: 'failed' }); } }
    ]);
    var worstBox = clear(byId('chart-worst'));
    worstBox.appendChild(barChart(worstBox, 'Machines by worst diagnosis', 'Each diagnosed machine counted once, under its most severe diagnosis; files that could not be read are counted apart.', worstRows, 104));

    var counts = {};
    machines.forEach(function (mm) {
      mm.diags.forEach(function (r) {
        var rule = rules[r.rule];
        var entry = counts[rule.id] || (counts[rule.id] = { rule: rule, value: 0 });
        entry.value++;
      });
    });
    var entries = Object.keys(counts).map(function (k) { return counts[k]; });
    entries.sort(function (a, b) {
      return b.value - a.value || sevRankOf(b.rule.severity) - sevRankOf(a.rule.severity) || (a.rule.id < b.rule.id ? -1 : 1);
    });
    var rulesBox = clear(byId('chart-rules'));
    if (!entries.length) { rulesBox.appendChild(h('p', { class: 'empty', text: 'No diagnoses: nothing to chart.' })); return; }
    var shown = entries.slice(0, MAX_RULE_BARS);
    var ruleRows = shown.map(function (e) {
      return {
        key: e.rule.id, label: e.rule.title, value: e.value, cls: 'sev-' + e.rule.severity,
        tip: e.rule.title + ' (' + e.rule.ref + ' ' + e.rule.id + ', ' + e.rule.severity + '): ' + plural(e.value, 'machine'),
        activate: function () { showMachines({ text: e.rule.id }); }
      };
    });
    rulesBox.appendChild(barChart(rulesBox, 'Diagnoses by rule', 'Machines diagnosed by each rule, ' + (entries.length > shown.length ? 'the ' + shown.length + ' most frequent of ' + entries.length + ' rules' : 'all ' + plural(entries.length, 'rule')) + '; the colour is the rule severity.', ruleRows, 250));
    if (entries.length > shown.length) rulesBox.appendChild(h('p', { class: 'more', text: 'and ' + plural(entries.length - shown.length, 'more rule') + ' with diagnoses (filter the table by rule id to see them)' }));
  }

  // ---- servers ----
  function findServerMachine(server) {
    var name = String(server).toLowerCase();
    for (var i = 0; i < machines.length; i++) {
      var m = machines[i].m;
      if (m.role !== 'server') continue;
      var fqdn = (m.fqdn || '').toLowerCase(), cn = (m.computerName || '').toLowerCase();
      if (fqdn === name || cn === name || (cn && name.indexOf(cn + '.') === 0)) return machines[i];
    }
    return null;
  }

  function diagnosisPills(mm) {
    var m = mm.m;
    if (m.status !== 'diagnosed') return h('span', { class: 'faint', text: '\u2014' });
    var pills = SEVERITIES.filter(function (sev) { return mm.bySev[sev]; }).map(function (sev) {
      return h('span', { class: 'badge sev-' + sev, text: mm.bySev[sev] + ' ' + sev });
    });
    if (mm.fleet.length) {
      var fleetWorst = mm.fleet.map(function (f) { return f.severity; }).sort(function (a, b) { return sevRankOf(b) - sevRankOf(a); })[0];
      pills.push(h('span', { class: 'badge sev-' + fleetWorst, text: plural(mm.fleet.length, 'fleet finding') }));
    }
    if (!pills.length) pills.push(h('span', { class: 'badge ok', text: 'No diagnoses' }));
    if (mm.waived.length) pills.push(h('span', { class: 'badge waived', text: mm.waived.length + ' waived' }));
    return h('span', { class: 'pills' }, pills);
  }

  function renderServers() {
    var box = clear(byId('servers'));
    var servers = data.fleet && data.fleet.servers;
    if (!servers) {
      box.appendChild(h('p', { class: 'empty-note', text: 'No client counts per server in this report: they come from fleet analysis (wsus-doctor batch).' }));
      var own = machines.filter(function (mm) { return mm.m.role === 'server'; });
      if (!own.length) return;
      box.appendChild(h('table', { class: 'servers' }, [
        h('thead', null, h('tr', null, [h('th', { text: 'Server' }), h('th', { text: 'Own diagnoses' })])),
        h('tbody', null, own.map(function (mm) {
          return h('tr', null, [h('td', null, serverButton(mm.m.fqdn || mm.name)), h('td', null, diagnosisPills(mm))]);
        }))
      ]));
      return;
    }
    if (!servers.length) { box.appendChild(h('p', { class: 'empty-note', text: 'No WSUS servers in this batch.' })); return; }
    var rows = servers.slice().sort(function (a, b) {
      var sa = a.clients ? a.clientsWithDiagnoses / a.clients : 0, sb = b.clients ? b.clientsWithDiagnoses / b.clients : 0;
      return sb - sa || b.clients - a.clients || (a.server < b.server ? -1 : 1);
    });
    box.appendChild(h('table', { class: 'servers' }, [
      h('thead', null, h('tr', null, [
        h('th', { text: 'Server' }), h('th', { class: 'num', text: 'Clients' }), h('th', { class: 'num', text: 'With diagnoses' }),
        h('th', { text: 'Failure share' }), h('th', { text: 'Server itself' })
      ])),
      h('tbody', null, rows.map(function (srv) {
        var share = srv.clients ? srv.clientsWithDiagnoses / srv.clients : 0;
        var fill = h('span', { class: share === 0 ? 'none' : share < 0.25 ? 'low' : '' });
        fill.style.width = (share * 100).toFixed(1) + '%';
        var own = findServerMachine(srv.server);
        return h('tr', { 'data-server': srv.server }, [
          h('td', null, [serverButton(srv.server), srv.url ? h('span', { class: 'server-url mono', text: srv.url }) : null]),
          h('td', { class: 'num', text: num(srv.clients) }),
          h('td', { class: 'num', text: num(srv.clientsWithDiagnoses) }),
          h('td', null, h('div', { class: 'share', title: num(srv.clientsWithDiagnoses) + ' of ' + plural(srv.clients, 'client') + ' with at least one diagnosis' }, [
            h('div', { class: 'meter' }, fill), h('span', { class: 'pct', text: Math.round(share * 100) + '%' })
          ])),
          h('td', null, own ? diagnosisPills(own) : h('span', { class: 'faint', text: 'not in this batch' }))
        ]);
      }))
    ]));
  }

  function serverButton(name) {
    return h('button', { type: 'button', class: 'linkish', text: name, title: 'Show this server in the machine table', onclick: function () { showMachines({ text: name }, true); } });
  }

  // ---- diagnoses (machine and fleet) ----
  function valueNode(value) {
    if (value === undefined) return h('span', { class: 'value-unknown', text: 'not known' });
    var text = typeof value === 'string' ? (value === '' ? '""' : value) : JSON.stringify(value);
    return h('code', { text: truncate(String(text), 2000) });
  }

  function referenceNode(ref) {
    if (!/^https?:\/\//i.test(ref.url)) return h('li', { text: ref.title + ' (' + ref.url + ')' });
    return h('li', null, [h('a', { href: ref.url, target: '_blank', rel: 'noopener noreferrer', text: ref.title })]);
  }

  function machineChips(names) {
    var box = h('div', { class: 'chips' });
    function add(from, to) {
      names.slice(from, to).forEach(function (name) {
        box.appendChild(h('button', { type: 'button', class: 'chip', text: name, title: 'Show ' + name + ' in the machine table', onclick: function () { showMachines({ text: name }, true); } }));
      });
    }
    add(0, MAX_CHIPS);
    if (names.length > MAX_CHIPS) {
      var more = h('button', { type: 'button', class: 'chip more', text: 'show ' + num(names.length - MAX_CHIPS) + ' more' });
      more.addEventListener('click', function () { more.remove(); add(MAX_CHIPS, names.length); });
      box.appendChild(more);
    }
    return box;
  }

  function diagBody(r, rule) {
    var body = h('div', { class: 'diag-body' });
    var unknown = r.outcome === 'insufficientEvidence';
    if (r.waived) {
      body.appendChild(h('div', { class: 'waiver' }, [
        h('strong', { text: 'Waived: ' }), r.waived.justification,
        r.waived.expires ? ' (until ' + r.waived.expires + ')' : '',
        r.waived.waiver ? h('span', { class: 'faint', text: ' \u2014 ' + r.waived.waiver }) : null
      ]));
    }
    if (r.machines && r.machines.length) {
      body.appendChild(h('h4', { text: 'Machines (' + num(r.machines.length) + ')' }));
      body.appendChild(machineChips(r.machines));
    }
    if (r.missing && r.missing.length) {
      body.appendChild(h('h4', { text: 'Missing evidence' }));
      body.appendChild(h('table', { class: 'kv' }, h('tbody', null, r.missing.map(function (x) {
        return h('tr', null, [h('th', null, h('code', { text: x.path })), h('td', { text: x.status + (x.message ? ': ' + x.message : '') })]);
      }))));
    }
    if (r.evidence && r.evidence.length) {
      body.appendChild(h('h4', { text: 'Evidence' }));
      body.appendChild(h('table', { class: 'kv' }, h('tbody', null, r.evidence.map(function (e) {
        return h('tr', null, [h('th', null, h('code', { text: e.path })), h('td', null, valueNode(e.value))]);
      }))));
    }
    if (r.logEvidence && r.logEvidence.length) {
      body.appendChild(h('h4', { text: 'Log lines (' + num(r.logEvidence.length) + ')' }));
      body.appendChild(h('ol', { class: 'log' }, r.logEvidence.map(function (line) {
        var where = [line.file, line.line].filter(function (x) { return x !== undefined && x !== null && x !== ''; }).join(':');
        var head = [where, line.timestamp ? formatTime(line.timestamp) : ''].filter(Boolean).join(' \u00b7 ');
        return h('li', null, [head ? h('span', { class: 'log-where mono', text: head }) : null, h('code', { class: 'log-text', text: line.text })]);
      })));
    }
    if (!unknown && rule.remediation.length) {
      body.appendChild(h('h4', { text: 'How to fix' }));
      body.appendChild(h('ol', { class: 'steps' }, rule.remediation.map(function (step) { return h('li', { text: step }); })));
    }
    if (rule.references.length) {
      body.appendChild(h('h4', { text: 'References' }));
      body.appendChild(h('ul', { class: 'refs' }, rule.references.map(referenceNode)));
    }
    return body;
  }

  function diagCard(r) {
    var rule = rules[r.rule];
    var unknown = r.outcome === 'insufficientEvidence';
    var badge = unknown
      ? h('span', { class: 'badge unknown', text: 'Insufficient evidence' })
      : h('span', { class: 'badge sev-' + rule.severity, text: SEV_LABEL[rule.severity] });
    var head = h('div', { class: 'diag-head' }, [
      badge,
      h('span', { class: 'diag-title', text: rule.title }),
      r.waived ? h('span', { class: 'badge waived', text: 'Waived' }) : null,
      r.machines ? h('span', { class: 'badge', text: plural(r.machines.length, 'machine') }) : null,
      h('span', { class: 'rule-id mono', text: rule.ref + ' \u00b7 ' + rule.id })
    ]);
    var details = h('details', {
      class: 'diag ' + (unknown ? 'is-unknown' : 'sev-' + rule.severity) + (r.waived ? ' is-waived' : ''),
      'data-rule': rule.id, 'data-outcome': r.outcome
    }, h('summary', null, [head, h('div', { class: 'diag-msg', text: r.message })]));
    var built = false;
    // The body (evidence, log lines, steps) is built when first opened: thousands of machines stay cheap.
    details.addEventListener('toggle', function () {
      if (details.open && !built) { built = true; details.appendChild(diagBody(r, rule)); }
    });
    return details;
  }

  // ---- fleet findings ----
  function renderFleet() {
    var box = clear(byId('fleet'));
    if (!data.fleet) { box.appendChild(h('p', { class: 'empty-note', text: 'No fleet findings in this report: cross-machine rules run in wsus-doctor batch.' })); return; }
    var results = data.fleet.results;
    var fails = results.filter(function (r) { return r.outcome === 'fail'; }).sort(function (a, b) { return (a.waived ? 1 : 0) - (b.waived ? 1 : 0) || bySeverity(a, b); });
    var unknown = results.filter(function (r) { return r.outcome === 'insufficientEvidence' && !r.waived; });
    var passed = results.filter(function (r) { return r.outcome === 'pass' && !r.waived; });
    if (!fails.length) box.appendChild(h('p', { class: 'empty-note', text: 'No fleet findings.' }));
    else box.appendChild(h('div', { class: 'finding-list', id: 'fleet-findings' }, fails.map(diagCard)));
    if (unknown.length) {
      box.appendChild(h('h3', { text: 'Insufficient evidence (' + unknown.length + ')' }));
      box.appendChild(h('div', { class: 'finding-list' }, unknown.map(diagCard)));
    }
    if (passed.length) {
      box.appendChild(h('div', { class: 'fleet-quiet' }, [
        h('span', { class: 'badge ok', text: plural(passed.length, 'fleet check') + ' passed' }), ' ',
        passed.map(function (r) { return rules[r.rule].title; }).join('; ')
      ]));
    }
  }

  // ---- failed files ----
  function errorText(error) {
    return error.code + ': ' + error.message + (error.place ? ' [' + error.place + ']' : '');
  }

  function renderFailed() {
    var failed = machines.filter(function (mm) { return mm.m.status === 'failed'; });
    var panel = byId('failed-panel');
    if (!failed.length) { panel.hidden = true; return; }
    panel.hidden = false;
    byId('failed-count').textContent = plural(failed.length, 'file');
    var box = clear(byId('failed'));
    box.appendChild(h('table', { class: 'failed' }, [
      h('thead', null, h('tr', null, [h('th', { text: 'File' }), h('th', { text: 'Error' }), h('th', { text: 'Reason' }), h('th', { text: 'Where' })])),
      h('tbody', null, failed.slice(0, MAX_FAILED_ROWS).map(function (mm) {
        var e = mm.m.error || { code: 'E_UNKNOWN', message: 'unknown error' };
        return h('tr', null, [h('td', null, h('code', { text: mm.m.file })), h('td', null, h('span', { class: 'badge failed', text: e.code })), h('td', { text: e.message }), h('td', { class: 'muted', text: e.place || '' })]);
      }))
    ]));
    if (failed.length > MAX_FAILED_ROWS) {
      box.appendChild(h('p', { class: 'more' }, [
        'and ' + plural(failed.length - MAX_FAILED_ROWS, 'more file') + ': ',
        h('button', { type: 'button', class: 'linkish', text: 'show all failed files in the machine table', onclick: function () { showMachines({ status: 'failed' }); } })
      ]));
    }
  }

  // ---- the machines table: filter, sort, paginate, expand ----
  var state = { text: '', role: '', severity: '', status: '', sortKey: 'diagnoses', sortDir: -1, page: 0, pageSize: 50, expanded: {} };
  var view = [];
  var tbody = byId('machine-rows');

  var SORTS = {
    name: function (a, b) { return a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0; },
    role: function (a, b) { var x = a.m.role || '~', y = b.m.role || '~'; return x < y ? -1 : x > y ? 1 : 0; },
    status: function (a, b) { var x = STATUS_LABEL[a.m.status], y = STATUS_LABEL[b.m.status]; return x < y ? -1 : x > y ? 1 : 0; },
    // Worst severity first, then the counts per severity (1 critical + 1 error beats 1 critical + 1 info).
    diagnoses: function (a, b) {
      return a.rank - b.rank || a.bySev.critical - b.bySev.critical || a.bySev.error - b.bySev.error ||
        a.bySev.warning - b.bySev.warning || a.bySev.info - b.bySev.info;
    },
    unknown: function (a, b) { return a.notChecked - b.notChecked; },
    collected: function (a, b) { var x = a.m.collectedAt || '', y = b.m.collectedAt || ''; return x < y ? -1 : x > y ? 1 : 0; }
  };
  var DEFAULT_DIR = { name: 1, role: 1, status: 1, diagnoses: -1, unknown: -1, collected: -1 };

  function applyFilter() {
    var terms = state.text.toLowerCase().split(/\s+/).filter(Boolean);
    view = machines.filter(function (mm) {
      var m = mm.m;
      if (state.role && (m.role || 'unknown') !== state.role) return false;
      if (state.status && m.status !== state.status) return false;
      if (state.severity === 'none') { if (mm.diags.length || mm.fleet.length || m.status !== 'diagnosed') return false; }
      else if (state.severity && !mm.bySev[state.severity]) return false;
      for (var i = 0; i < terms.length; i++) if (!startsWord(mm.hay, terms[i])) return false;
      return true;
    });
    sortView();
  }

  // A term matches where a word starts ("lab" finds LAB-PC-07 and wsus-lab.lab.contoso.com, not
  // "unavailable"); a term that begins with punctuation ("-021", "\\fs01") matches anywhere.
  function isWordChar(code) { return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127; }
  function startsWord(hay, term) {
    if (!isWordChar(term.charCodeAt(0))) return hay.indexOf(term) >= 0;
    for (var at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + 1)) {
      if (at === 0 || !isWordChar(hay.charCodeAt(at - 1))) return true;
    }
    return false;
  }

  function sortView() {
    var compare = SORTS[state.sortKey], dir = state.sortDir;
    view.sort(function (a, b) { return dir * compare(a, b) || SORTS.name(a, b) || a.index - b.index; });
    var headers = document.querySelectorAll('#machines thead th[data-sort]');
    for (var i = 0; i < headers.length; i++) {
      var th = headers[i];
      if (th.getAttribute('data-sort') === state.sortKey) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  function machineRow(mm) {
    var m = mm.m, open = !!state.expanded[mm.index];
    var nameCell = h('td', null, [
      h('span', { class: 'm-name', text: mm.name }),
      h('span', { class: 'm-file', text: m.file })
    ]);
    if (m.status === 'failed') nameCell.appendChild(h('span', { class: 'm-error', text: errorText(m.error || { code: 'E_UNKNOWN', message: 'unknown error' }) }));
    if (m.status === 'superseded') nameCell.appendChild(h('span', { class: 'm-file', text: 'superseded by ' + (m.supersededBy || 'a newer file') }));
    var toggle = h('button', { type: 'button', class: 'twisty', 'aria-expanded': String(open), 'aria-controls': 'machine-detail-' + mm.index, 'aria-label': 'Details of ' + mm.name });
    var tr = h('tr', { class: 'row' + (open ? ' open' : ''), 'data-index': mm.index, 'data-name': mm.name }, [
      h('td', null, toggle),
      nameCell,
      h('td', { text: m.role || '\u2014' }),
      h('td', null, h('span', { class: 'badge' + (m.status === 'failed' ? ' failed' : ''), text: STATUS_LABEL[m.status] })),
      h('td', null, diagnosisPills(mm)),
      h('td', { class: 'num', text: mm.notChecked >= 0 ? num(mm.notChecked) : '\u2014' }),
      h('td', { class: 'muted', text: formatTime(m.collectedAt) })
    ]);
    tr.addEventListener('click', function (e) {
      if (e.target.closest('a, input, select, textarea')) return;
      toggleMachine(mm.index);
    });
    return tr;
  }

  function detailRow(mm) {
    return h('tr', { class: 'detail', id: 'machine-detail-' + mm.index }, h('td', { colspan: 7 }, machineDetail(mm)));
  }

  function machineDetail(mm) {
    var m = mm.m, box = h('div', { class: 'machine-detail' });
    var meta = h('div', { class: 'detail-meta' });
    function item(label, value) { if (value) meta.appendChild(h('span', null, [label + ' ', h('b', { text: value })])); }
    item('File', m.file);
    item('FQDN', m.fqdn);
    item('Role', m.role);
    item('Collected', formatTime(m.collectedAt));
    if (m.status === 'diagnosed') item('Checks', m.summary.pass + ' passed, ' + m.summary.notApplicable + ' not applicable, ' + m.summary.insufficientEvidence + ' insufficient evidence');
    box.appendChild(meta);
    if (m.status === 'failed') {
      var e = m.error || { code: 'E_UNKNOWN', message: 'unknown error' };
      box.appendChild(h('div', { class: 'error-box' }, [
        h('strong', { text: 'This file could not be diagnosed. ' }), h('code', { text: e.code }), ' ', e.message,
        e.place ? h('span', { class: 'muted', text: ' (at ' + e.place + ')' }) : null
      ]));
      return box;
    }
    if (m.status === 'superseded') {
      box.appendChild(h('p', { class: 'muted', text: 'Superseded: a newer fact file of this machine was diagnosed instead (' + (m.supersededBy || 'unknown file') + ').' }));
    }
    if (mm.diags.length) {
      box.appendChild(h('h3', { text: 'Diagnoses (' + mm.diags.length + ')' }));
      box.appendChild(h('div', { class: 'finding-list' }, mm.diags.map(diagCard)));
    } else if (m.status === 'diagnosed' && !mm.fleet.length) {
      box.appendChild(h('p', { class: 'muted', text: 'No diagnoses: every applicable check passed or had insufficient evidence.' }));
    }
    if (mm.fleet.length) {
      box.appendChild(h('h3', { text: 'Fleet findings naming this machine (' + mm.fleet.length + ')' }));
      box.appendChild(h('ul', { class: 'fleet-refs' }, mm.fleet.map(function (f) {
        return h('li', null, [
          h('span', { class: 'badge sev-' + f.severity, text: f.severity }), ' ', f.title, ' ',
          h('span', { class: 'muted', text: '[' + f.ref + ' ' + f.ruleId + (f.subject && f.subject !== 'fleet' ? ', ' + f.subject : '') + '] see Fleet findings' })
        ]);
      })));
    }
    if (mm.waived.length) {
      box.appendChild(h('h3', { text: 'Waived (' + mm.waived.length + ')' }));
      box.appendChild(h('div', { class: 'finding-list' }, mm.waived.slice().sort(bySeverity).map(diagCard)));
    }
    if (mm.unknown.length) {
      box.appendChild(h('h3', { text: 'Insufficient evidence (' + mm.unknown.length + ')' }));
      box.appendChild(h('div', { class: 'finding-list' }, mm.unknown.map(diagCard)));
    }
    if (m.passed.length || m.notApplicable.length) {
      var list = h('ul', { class: 'checks-list' });
      m.passed.forEach(function (i) { list.appendChild(h('li', null, [h('span', { class: 'badge ok', text: 'Passed' }), ' ', rules[i].title])); });
      m.notApplicable.forEach(function (i) { list.appendChild(h('li', { class: 'muted' }, [h('span', { class: 'badge', text: 'N/A' }), ' ', rules[i].title])); });
      box.appendChild(h('details', { class: 'checks' }, [
        h('summary', { class: 'muted', text: plural(m.passed.length, 'check') + ' passed, ' + num(m.notApplicable.length) + ' not applicable' }),
        list
      ]));
    }
    return box;
  }

  function toggleMachine(index, force) {
    var open = force !== undefined ? force : !state.expanded[index];
    if (open) state.expanded[index] = true; else delete state.expanded[index];
    var row = tbody.querySelector('tr.row[data-index="' + Number(index) + '"]');
    if (!row) return;
    row.classList.toggle('open', open);
    row.querySelector('.twisty').setAttribute('aria-expanded', String(open));
    var next = row.nextElementSibling;
    var hasDetail = next && next.classList.contains('detail');
    if (open && !hasDetail) row.parentNode.insertBefore(detailRow(machines[index]), row.nextSibling);
    if (!open && hasDetail) next.remove();
  }

  function renderTable() {
    var pages = Math.max(1, Math.ceil(view.length / state.pageSize));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * state.pageSize, end = Math.min(view.length, start + state.pageSize);
    clear(tbody);
    if (!view.length) {
      tbody.appendChild(h('tr', { class: 'no-rows' }, h('td', { colspan: 7, text: 'No machine matches these filters.' })));
    }
    for (var i = start; i < end; i++) {
      var mm = view[i];
      tbody.appendChild(machineRow(mm));
      if (state.expanded[mm.index]) tbody.appendChild(detailRow(mm));
    }
    byId('machine-count').textContent = view.length
      ? 'Showing ' + num(start + 1) + '\u2013' + num(end) + ' of ' + plural(view.length, 'machine') + (view.length < machines.length ? ' (' + num(machines.length) + ' in total)' : '')
      : 'No machines shown (' + num(machines.length) + ' in total)';
    byId('page-label').textContent = 'Page ' + num(state.page + 1) + ' of ' + num(pages);
    byId('page-first').disabled = byId('page-prev').disabled = state.page === 0;
    byId('page-next').disabled = byId('page-last').disabled = state.page >= pages - 1;
    byId('machines').setAttribute('data-rows', String(end - start));
  }

  function refresh() { applyFilter(); state.page = 0; renderTable(); }

  function syncControls() {
    byId('filter-text').value = state.text;
    byId('filter-role').value = state.role;
    byId('filter-severity').value = state.severity;
    byId('filter-status').value = state.status;
  }

  /** Shows the machine table with these filters (others reset); opens the only match when asked. */
  function showMachines(filters, openSingle) {
    state.text = filters.text || '';
    state.role = filters.role || '';
    state.severity = filters.severity || '';
    state.status = filters.status || '';
    syncControls();
    refresh();
    if (openSingle && view.length === 1) toggleMachine(view[0].index, true);
    byId('machines-panel').scrollIntoView({ block: 'start' });
  }

  function wireTable() {
    var timer = 0;
    byId('filter-text').addEventListener('input', function (e) {
      var value = e.target.value;
      clearTimeout(timer);
      timer = setTimeout(function () { state.text = value; refresh(); }, machines.length > 2000 ? 150 : 60);
    });
    [['filter-role', 'role'], ['filter-severity', 'severity'], ['filter-status', 'status']].forEach(function (pair) {
      byId(pair[0]).addEventListener('change', function (e) { state[pair[1]] = e.target.value; refresh(); });
    });
    byId('filter-reset').addEventListener('click', function () { showMachines({}); });
    var headers = document.querySelectorAll('#machines thead th[data-sort] button');
    for (var i = 0; i < headers.length; i++) {
      headers[i].addEventListener('click', function (e) {
        var key = e.currentTarget.parentNode.getAttribute('data-sort');
        if (state.sortKey === key) state.sortDir = -state.sortDir;
        else { state.sortKey = key; state.sortDir = DEFAULT_DIR[key]; }
        sortView();
        state.page = 0;
        renderTable();
      });
    }
    function go(page) { state.page = page; renderTable(); }
    byId('page-first').addEventListener('click', function () { go(0); });
    byId('page-prev').addEventListener('click', function () { go(Math.max(0, state.page - 1)); });
    byId('page-next').addEventListener('click', function () { go(state.page + 1); });
    byId('page-last').addEventListener('click', function () { go(Math.ceil(view.length / state.pageSize) - 1); });
    byId('page-size').addEventListener('change', function (e) { state.pageSize = Number(e.target.value) || 50; state.page = 0; renderTable(); });
  }

  function main() {
    renderMeta();
    renderCards();
    renderCharts();
    renderServers();
    renderFleet();
    renderFailed();
    wireTable();
    var resizeTimer = 0, lastWidth = window.innerWidth;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () { if (window.innerWidth !== lastWidth) { lastWidth = window.innerWidth; renderCharts(); } }, 120);
    });
    applyFilter();
    renderTable();
    document.body.setAttribute('data-ready', 'true');
  }

  try {
    main();
  } catch (error) {
    var note = byId('render-error');
    note.hidden = false;
    note.textContent = 'This report could not be displayed: ' + (error && error.message ? error.message : String(error));
    throw error;
  }
})();
`;
