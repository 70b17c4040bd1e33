/**
 * HTTP.sys error-log reason phrases (knowledge 4.2, from KB 820729 "Error logging in HTTP
 * APIs" and the HTTP Server API docs) as data: what each means, the HTTP status HTTP.sys
 * answered with (when it answered), whether it is normally benign, and whether it means
 * the application pool (WsusPool) is overloaded or offline.
 *
 * Reasons seen in real logs but not in Microsoft's list (NotFound) are marked in `note`.
 * `ServiceUnavailable` is deliberately absent: it is not a documented HTTP.sys reason.
 */

/** One reason phrase. */
export interface HttpErrReasonInfo {
  /** What HTTP.sys means by it. */
  meaning: string;
  /** Status code sent to the client, when one was sent. */
  httpStatus?: number;
  /** Normally harmless (e.g. idle keep-alive connections expiring). */
  benign: boolean;
  /** The application pool is overloaded, stopped or offline: clients get 503. */
  overload: boolean;
  /** What it means for WSUS, when more specific than the meaning. */
  wsus?: string;
  note?: string;
}

/** Reason phrases keyed exactly as HTTP.sys writes them (case-sensitive). */
export const HTTPERR_REASONS: Readonly<Record<string, HttpErrReasonInfo>> = Object.freeze({
  // 503s: the request never reached the application
  AppOffline: {
    meaning: 'The application was taken offline because of application errors (rapid-fail protection)',
    httpStatus: 503, benign: false, overload: true, wsus: 'WsusPool disabled after repeated worker crashes (WAS event 5002)',
  },
  AppPoolTimer: {
    meaning: 'The application pool process was too busy to handle the request',
    httpStatus: 503, benign: false, overload: true, wsus: 'WsusPool overloaded',
  },
  AppShutdown: {
    meaning: 'The application shut down automatically in response to administrator policy',
    httpStatus: 503, benign: false, overload: true, wsus: 'WsusPool recycling or shutting down (e.g. private memory limit)',
  },
  Disabled: {
    meaning: 'The administrator took the application offline',
    httpStatus: 503, benign: false, overload: true, wsus: 'WsusPool stopped',
  },
  QueueFull: {
    meaning: 'The application request queue is full',
    httpStatus: 503, benign: false, overload: true, wsus: 'Raise the WsusPool queueLength and reduce the load',
  },
  ConnLimit: {
    meaning: 'The site connection limit was reached',
    httpStatus: 503, benign: false, overload: true, wsus: 'Site maxConnections too low',
  },
  'N/A': {
    meaning: 'Service unavailable because of an internal error (memory allocation failure, URL reservation conflict)',
    httpStatus: 503, benign: false, overload: false,
  },
  // connection-level events
  Connection_Abandoned_By_AppPool: {
    meaning: 'A worker process quit unexpectedly or orphaned a pending request by closing its handle',
    benign: false, overload: false, wsus: 'w3wp crash or recycle of WsusPool',
  },
  Connection_Abandoned_By_ReqQueue: {
    meaning: 'A worker process quit unexpectedly or orphaned a pending request by closing its handle',
    benign: false, overload: false, wsus: 'w3wp crash or recycle of WsusPool',
  },
  Connection_Dropped: {
    meaning: 'The connection was dropped before the final response was sent (commonly the client closed it)',
    benign: false, overload: false, wsus: 'Client-side timeouts or aborts',
  },
  Connection_Dropped_List_Full: {
    meaning: 'The list of dropped connections between clients and the server is full',
    benign: false, overload: false, wsus: 'Many client aborts',
  },
  Client_Reset: {
    meaning: 'The connection between the client and the server was closed before the request was assigned to a worker process',
    benign: false, overload: false, wsus: 'Client aborts',
  },
  Connections_Refused: {
    meaning: 'The kernel NonPagedPool fell below 20 MB and HTTP.sys stopped accepting new connections',
    benign: false, overload: false, wsus: 'Server resource exhaustion',
  },
  // timers
  Timer_AppPool: {
    meaning: 'The request waited too long in the application pool queue',
    benign: false, overload: false, wsus: 'WsusPool too slow to pick up requests',
  },
  Timer_ReqQueue: {
    meaning: 'The request waited too long in the application pool queue',
    benign: false, overload: false, wsus: 'WsusPool too slow to pick up requests',
  },
  Timer_ConnectionIdle: {
    meaning: 'An idle keep-alive connection expired (default 2 minutes)',
    benign: true, overload: false,
  },
  Timer_EntityBody: {
    meaning: 'The connection expired before the request entity body arrived',
    benign: false, overload: false, wsus: 'Slow clients or links',
  },
  Timer_HeaderWait: {
    meaning: 'The connection expired because the header parsing took too long',
    benign: false, overload: false, wsus: 'Slow clients or links',
  },
  Timer_MinBytesPerSecond: {
    meaning: 'The client was not receiving the response at a reasonable speed (minimum send rate, 240 bytes/s)',
    benign: false, overload: false, wsus: 'Slow clients or links',
  },
  Timer_Response: {
    meaning: 'The connection expired before the response could be sent',
    benign: false, overload: false,
  },
  Timer_SslRenegotiation: {
    meaning: 'SSL renegotiation between the client and the server took too long',
    benign: false, overload: false, wsus: 'TLS problems',
  },
  // request-parsing errors (HTTP.sys answered itself)
  BadRequest: { meaning: 'A parse error occurred while processing the request', httpStatus: 400, benign: false, overload: false },
  Hostname: { meaning: 'A parse error occurred while processing the Hostname', httpStatus: 400, benign: false, overload: false },
  Header: { meaning: 'A parse error occurred in a header', httpStatus: 400, benign: false, overload: false },
  Verb: { meaning: 'A parse error occurred while processing the verb', httpStatus: 400, benign: false, overload: false },
  URL: { meaning: 'A parse error occurred while processing the URL', httpStatus: 400, benign: false, overload: false },
  URL_Length: { meaning: 'The URL exceeded the maximum allowed size', httpStatus: 414, benign: false, overload: false },
  FieldLength: { meaning: 'A field length limit was exceeded', httpStatus: 400, benign: false, overload: false },
  RequestLength: { meaning: 'A request length limit was exceeded', httpStatus: 400, benign: false, overload: false },
  Request_Too_Large: { meaning: 'The request entity is too large', httpStatus: 413, benign: false, overload: false, note: 'seen in real logs; not in KB 820729' },
  EntityTooLarge: { meaning: 'An entity exceeded the maximum size permitted', httpStatus: 413, benign: false, overload: false },
  'Invalid_CR/LF': { meaning: 'An illegal carriage return or line feed occurred', httpStatus: 400, benign: false, overload: false },
  LengthRequired: { meaning: 'A required length value was missing', httpStatus: 411, benign: false, overload: false },
  Number: { meaning: 'A parse error occurred while processing a number', httpStatus: 400, benign: false, overload: false },
  Precondition: { meaning: 'A required precondition was missing', httpStatus: 412, benign: false, overload: false },
  'Version_N/S': { meaning: 'The HTTP version is not supported', httpStatus: 505, benign: false, overload: false },
  Forbidden: { meaning: 'A forbidden element or sequence was encountered while parsing', httpStatus: 403, benign: false, overload: false },
  Internal: { meaning: 'An internal server error occurred', httpStatus: 500, benign: false, overload: false },
  'N/I': { meaning: 'A not-implemented error occurred, or a Transfer-Encoding was unknown', httpStatus: 501, benign: false, overload: false },
  NotFound: { meaning: 'No application is registered for the URL', httpStatus: 404, benign: false, overload: false, note: 'seen in real logs; not in KB 820729' },
});

/** The reason's entry, or undefined for a reason not in the table. */
export function describeHttpErrReason(reason: string): HttpErrReasonInfo | undefined {
  return Object.hasOwn(HTTPERR_REASONS, reason) ? HTTPERR_REASONS[reason] : undefined;
}
