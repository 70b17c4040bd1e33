/**
 * Event-log exports into the fact schema's event entries:
 * - XML as `wevtutil qe <log> /f:xml [/rd:true]` writes it (a sequence of `<Event xmlns=...>`
 *   elements, no root) or Event Viewer's "Save as XML" (inside `<Events>`): provider, event id,
 *   level, SystemTime (UTC), channel and the rendered message (RenderingInfo) or, without one,
 *   the event data as "name=value" pairs (enough for the error codes the rules read).
 * - CSV as Event Viewer's "Save All Events As... CSV" writes it (header `Level,Date and
 *   Time,Source,Event ID,Task Category`, the message in an unnamed last column) or
 *   `Get-WinEvent | Export-Csv` (named columns Id, ProviderName, LogName, TimeCreated,
 *   LevelDisplayName, Message). Their times are local times of the exporting machine with no
 *   zone: they are read as UTC and the caller says so.
 * - CLIXML as `Get-WinEvent ... | Export-Clixml` writes it (EventLogRecord objects: Id,
 *   ProviderName, LogName, TimeCreated with its offset, Level, Message).
 * Hand-written scanning of a fixed, simple shape (no DTDs, no entities beyond the five XML ones).
 */

export interface IngestedEvent {
  logName: string;
  providerName: string;
  id: number;
  level?: 'Critical' | 'Error' | 'Warning' | 'Information' | 'Verbose';
  timeCreated: string;
  message?: string;
}

const LEVELS: Record<string, IngestedEvent['level']> = {
  '0': 'Information',
  '1': 'Critical',
  '2': 'Error',
  '3': 'Warning',
  '4': 'Information',
  '5': 'Verbose',
  critical: 'Critical',
  error: 'Error',
  warning: 'Warning',
  information: 'Information',
  verbose: 'Verbose',
};

const EVENT_NS = 'http://schemas.microsoft.com/win/2004/08/events/event';

/** True when the text is an XML event export (wevtutil or Event Viewer). */
export function isEventXml(text: string): boolean {
  const head = text.slice(0, 8192);
  return head.includes(EVENT_NS) && /<Event[\s>]/.test(head);
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:'([^']*)'|"([^"]*)")`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

function element(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1] : undefined;
}

/** Parse an XML export; events that lack a provider, id or time are counted in `skipped`. */
export function parseEventXml(text: string): { events: IngestedEvent[]; skipped: number; computer?: string } {
  const events: IngestedEvent[] = [];
  let skipped = 0;
  let computer: string | undefined;
  const re = /<Event[\s>][\s\S]*?<\/Event>/g;
  for (const m of text.matchAll(re)) {
    const xml = m[0];
    const system = element(xml, 'System') ?? '';
    const providerTag = /<Provider\b[^>]*>/.exec(system)?.[0];
    const provider = providerTag ? (attr(providerTag, 'Name') ?? attr(providerTag, 'EventSourceName')) : undefined;
    const idText = element(system, 'EventID')?.trim();
    const timeTag = /<TimeCreated\b[^>]*>/.exec(system)?.[0];
    const time = timeTag ? attr(timeTag, 'SystemTime') : undefined;
    const iso = time !== undefined ? isoUtc(time) : undefined;
    if (!provider || !idText || !/^\d{1,5}$/.test(idText) || iso === undefined) {
      skipped++;
      continue;
    }
    const event: IngestedEvent = { logName: unescapeXml(element(system, 'Channel')?.trim() || 'Unknown'), providerName: provider, id: Number(idText), timeCreated: iso };
    const level = LEVELS[element(system, 'Level')?.trim() ?? ''];
    if (level) event.level = level;
    computer ??= element(system, 'Computer')?.trim() || undefined;
    const rendering = element(xml, 'RenderingInfo');
    const message = rendering !== undefined ? element(rendering, 'Message') : undefined;
    if (message !== undefined && message.trim() !== '') {
      event.message = unescapeXml(message).trim();
    } else {
      const data = element(xml, 'EventData') ?? element(xml, 'UserData') ?? '';
      const pairs = [...data.matchAll(/<Data\b([^>]*)>([\s\S]*?)<\/Data>/g)].map((d) => {
        const name = attr(d[1] ?? '', 'Name');
        const value = unescapeXml(d[2] ?? '').trim();
        return name ? `${name}=${value}` : value;
      });
      if (pairs.length > 0) event.message = `(no rendered message) ${pairs.join('; ')}`;
    }
    if (event.message !== undefined) event.message = event.message.slice(0, 8000);
    events.push(event);
  }
  return computer === undefined ? { events, skipped } : { events, skipped, computer };
}

/** SystemTime '2026-11-24T14:30:12.1234567Z' → '2026-11-24T14:30:12.123Z'. */
function isoUtc(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}T${m[2]}${m[3] ? `.${m[3].slice(0, 3).padEnd(3, '0')}` : ''}${m[4] ?? 'Z'}`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes as "" and line breaks). */
export function parseCsv(text: string, maxRows = 100_000): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      if (rows.length >= maxRows) return rows;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

type CsvLayout = { time: number; provider: number; id: number; level?: number; log?: number; message: number; messageIsLast: boolean };

/** The column layout of an event CSV header, or undefined when the header is not one. */
function csvLayout(header: readonly string[]): CsvLayout | undefined {
  const names = header.map((h) => h.trim().replace(/^\uFEFF/, '').toLowerCase());
  const at = (...candidates: string[]) => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const time = at('date and time', 'timecreated');
  const provider = at('source', 'providername');
  const id = at('event id', 'id');
  if (time < 0 || provider < 0 || id < 0) return undefined;
  const message = at('message');
  // Event Viewer's export has no header for the message: it is the column after the named ones.
  const layout: CsvLayout = { time, provider, id, message: message >= 0 ? message : names.length, messageIsLast: message < 0 };
  const level = at('level', 'leveldisplayname');
  if (level >= 0) layout.level = level;
  const log = at('logname');
  if (log >= 0) layout.log = log;
  return layout;
}

/** True when the text is an event CSV (Event Viewer or Get-WinEvent | Export-Csv). */
export function isEventCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (first.startsWith('#TYPE ')) return isEventCsv(text.replace(/^\uFEFF/, '').slice(first.length).replace(/^\r?\n/, ''));
  return csvLayout(parseCsv(first, 1)[0] ?? []) !== undefined;
}

/** Local date-time texts as Windows writes them, read as UTC (the zone is not in the file). */
export function parseLocalDateTime(value: string): string | undefined {
  const v = value.trim();
  let y: number, mo: number, d: number, h: number, mi: number, s: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(v);
  if (m) [y, mo, d, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i.exec(v))) {
    [mo, d, y, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
    if (m[7]) h = (h % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
  } else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v))) {
    [d, mo, y, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  } else return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(ms);
  if (date.getUTCDate() !== d) return undefined; // 31 February
  return date.toISOString().replace('.000Z', 'Z');
}

/** The log an event of a provider goes to when the export does not say (Event Viewer CSV). */
function usualLog(provider: string): string {
  if (/^Microsoft-Windows-(?:WAS|WindowsUpdateClient)$/i.test(provider)) return 'System';
  if (/^Windows Server Update Services$/i.test(provider)) return 'Application';
  return 'Unknown';
}

/** Parse an event CSV; rows without a usable provider, id or time are counted in `skipped`. */
export function parseEventCsv(text: string): { events: IngestedEvent[]; skipped: number } {
  let body = text.replace(/^\uFEFF/, '');
  if (body.startsWith('#TYPE ')) body = body.slice(body.indexOf('\n') + 1);
  const rows = parseCsv(body);
  const layout = csvLayout(rows[0] ?? []);
  const events: IngestedEvent[] = [];
  let skipped = 0;
  if (!layout) return { events, skipped: rows.length };
  for (const row of rows.slice(1)) {
    const provider = row[layout.provider]?.trim();
    const idText = row[layout.id]?.trim();
    const time = parseLocalDateTime(row[layout.time] ?? '');
    if (!provider || !idText || !/^\d{1,5}$/.test(idText) || time === undefined) {
      skipped++;
      continue;
    }
    const logName = layout.log !== undefined ? row[layout.log]?.trim() || usualLog(provider) : usualLog(provider);
    const event: IngestedEvent = { logName: logName.slice(0, 255), providerName: provider.slice(0, 255), id: Number(idText), timeCreated: time };
    const level = layout.level !== undefined ? LEVELS[(row[layout.level] ?? '').trim().toLowerCase()] : undefined;
    if (level) event.level = level;
    const message = (layout.messageIsLast ? row.slice(layout.message).join(',') : (row[layout.message] ?? '')).trim();
    if (message !== '') event.message = message.slice(0, 8000);
    events.push(event);
  }
  return { events, skipped };
}

const CLIXML_NS = 'http://schemas.microsoft.com/powershell/2004/04';

/** True when the text is `Get-WinEvent | Export-Clixml` output. */
export function isEventClixml(text: string): boolean {
  const head = text.slice(0, 8192);
  return head.includes(CLIXML_NS) && head.includes('System.Diagnostics.Eventing.Reader.EventLogRecord');
}

/** The top-level `<Obj>` elements of a CLIXML document, with their nested objects cut out. */
function topLevelObjects(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let kept = '';
  let keptFrom = 0;
  for (const m of text.matchAll(/<Obj\b[^>]*?(\/?)>|<\/Obj>/g)) {
    const at = m.index;
    if (m[0].startsWith('</')) {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) {
        out.push(kept + text.slice(keptFrom, at));
      } else if (depth === 1) {
        keptFrom = at + m[0].length; // nested object closed: go on keeping after it
      }
    } else if (m[1] !== '/') {
      depth++;
      if (depth === 1) {
        start = at;
        kept = '';
        keptFrom = start;
      } else if (depth === 2) {
        kept += text.slice(keptFrom, at);
      }
    }
  }
  return out;
}

/** CLIXML string values: XML entities and _xHHHH_ escapes of control characters. */
function clixmlString(value: string): string {
  return unescapeXml(value).replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** Parse a CLIXML export of EventLogRecord objects; records without provider, id or time are skipped. */
export function parseEventClixml(text: string): { events: IngestedEvent[]; skipped: number; computer?: string } {
  const events: IngestedEvent[] = [];
  let skipped = 0;
  let computer: string | undefined;
  for (const obj of topLevelObjects(text)) {
    const prop = (tag: string, name: string) => {
      const m = new RegExp(`<${tag} N="${name}">([\\s\\S]*?)</${tag}>`).exec(obj);
      return m ? clixmlString(m[1]!) : undefined;
    };
    const id = prop('I32', 'Id');
    const provider = prop('S', 'ProviderName');
    const time = prop('DT', 'TimeCreated');
    const ms = time !== undefined ? Date.parse(time.replace(/(\.\d{3})\d+/, '$1')) : Number.NaN;
    if (!id || !/^\d{1,5}$/.test(id) || !provider || Number.isNaN(ms)) {
      skipped++;
      continue;
    }
    const event: IngestedEvent = { logName: (prop('S', 'LogName') || 'Unknown').slice(0, 255), providerName: provider.slice(0, 255), id: Number(id), timeCreated: new Date(ms).toISOString().replace('.000Z', 'Z') };
    const level = LEVELS[prop('By', 'Level') ?? ''] ?? LEVELS[(prop('S', 'LevelDisplayName') ?? '').toLowerCase()];
    if (level) event.level = level;
    const message = prop('S', 'Message');
    if (message !== undefined && message.trim() !== '') event.message = message.trim().slice(0, 8000);
    computer ??= prop('S', 'MachineName') || undefined;
    events.push(event);
  }
  return computer === undefined ? { events, skipped } : { events, skipped, computer };
}
