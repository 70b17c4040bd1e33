/**
 * HTTP.sys error log (HTTPERR, `%SystemRoot%\System32\LogFiles\HTTPERR\httperr<N>.log`)
 * parser, knowledge 4.2.
 *
 * The file is W3C-formatted, so it reuses the W3C reader of w3c.ts: rows follow the latest
 * `#Fields:` directive (newer Windows adds `streamid`, Server 2022+ also `streamid_ex`,
 * `transport`, `fault-code`, `extended-fault-code`); rows before any directive use the
 * classic 13-field layout. Date/time are UTC; `-` is empty.
 *
 * Leaf module: imports only the sibling W3C parser.
 */
import {
  createW3cLayout,
  fieldPosition,
  mapW3cRows,
  w3cInteger,
  w3cText,
  type ParseOptions,
  type W3cLayout,
  type W3cRow,
} from './w3c.js';

/** Field layout HTTP.sys has written since Windows Server 2003 (no `streamid`). */
export const HTTPERR_DEFAULT_FIELDS: readonly string[] = Object.freeze([
  'date', 'time', 'c-ip', 'c-port', 's-ip', 's-port', 'cs-version', 'cs-method', 'cs-uri',
  'sc-status', 's-siteid', 's-reason', 's-queuename',
]);

const HTTPERR_DEFAULT_LAYOUT = createW3cLayout(HTTPERR_DEFAULT_FIELDS);

/** One HTTPERR row. Absent fields are undefined. */
export interface HttpErrEntry {
  /** 0-based position of the line in the input. */
  index: number;
  raw: string;
  /** ISO 8601 UTC. */
  timestamp: string | undefined;
  /** Client address as written, IPv6 zone id included (e.g. ::1%0). */
  clientIp: string | undefined;
  clientPort: number | undefined;
  serverIp: string | undefined;
  serverPort: number | undefined;
  /** e.g. HTTP/1.1. */
  protocolVersion: string | undefined;
  method: string | undefined;
  /** Cooked URL with query. */
  uri: string | undefined;
  streamId: string | undefined;
  status: number | undefined;
  siteId: number | undefined;
  /** Reason phrase, e.g. QueueFull, Timer_ConnectionIdle. */
  reason: string | undefined;
  /** Request queue = application pool name (e.g. WsusPool) when known. */
  queueName: string | undefined;
  transport: string | undefined;
  faultCode: string | undefined;
  extendedFaultCode: string | undefined;
  layout: W3cLayout;
  values: readonly string[];
}

interface ErrPositions {
  clientIp: number; clientPort: number; serverIp: number; serverPort: number; protocolVersion: number;
  method: number; uri: number; streamId: number; status: number; siteId: number; reason: number;
  queueName: number; transport: number; faultCode: number; extendedFaultCode: number;
}

function errPositions(layout: W3cLayout): ErrPositions {
  const p = (name: string) => fieldPosition(layout, name);
  return {
    clientIp: p('c-ip'), clientPort: p('c-port'), serverIp: p('s-ip'), serverPort: p('s-port'),
    protocolVersion: p('cs-version'), method: p('cs-method'), uri: p('cs-uri'), streamId: p('streamid'),
    status: p('sc-status'), siteId: p('s-siteid'), reason: p('s-reason'), queueName: p('s-queuename'),
    transport: p('transport'), faultCode: p('fault-code'), extendedFaultCode: p('extended-fault-code'),
  };
}

function buildErrEntry(row: W3cRow, p: ErrPositions): HttpErrEntry {
  const v = row.values;
  return {
    index: row.index,
    raw: row.raw,
    timestamp: row.timestamp,
    clientIp: w3cText(v, p.clientIp),
    clientPort: w3cInteger(v, p.clientPort),
    serverIp: w3cText(v, p.serverIp),
    serverPort: w3cInteger(v, p.serverPort),
    protocolVersion: w3cText(v, p.protocolVersion),
    method: w3cText(v, p.method),
    uri: w3cText(v, p.uri),
    streamId: w3cText(v, p.streamId),
    status: w3cInteger(v, p.status),
    siteId: w3cInteger(v, p.siteId),
    reason: w3cText(v, p.reason),
    queueName: w3cText(v, p.queueName),
    transport: w3cText(v, p.transport),
    faultCode: w3cText(v, p.faultCode),
    extendedFaultCode: w3cText(v, p.extendedFaultCode),
    layout: row.layout,
    values: v,
  };
}

/**
 * Parse the lines of one HTTPERR log (or an excerpt) into entries.
 *
 * Streams; skipped rows go to `options.onSkip`. Never throws on any input line.
 */
export function parseHttpErrLog(lines: Iterable<string>, options: ParseOptions = {}): Generator<HttpErrEntry, void, undefined> {
  return mapW3cRows(lines, HTTPERR_DEFAULT_LAYOUT, errPositions, buildErrEntry, options);
}
