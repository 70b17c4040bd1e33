/**
 * Terminal safety: the one function every terminal-bound string goes through. Fact files carry
 * text written by anything that can reach a WSUS server (log lines, host names, file names), and
 * a control character in that text is a command to the analyst's terminal: ESC[2J clears the
 * screen, OSC 0 retitles the window, OSC 8 plants links, OSC 52 writes the clipboard, a CR or BS
 * hides what was printed before it.
 *
 * visible() writes every C0 control except tab and line feed (U+0000-U+001F), DEL (U+007F) and
 * every C1 control (U+0080-U+009F, e.g. the one-byte CSI U+009B) as the six characters `\uXXXX`
 * (lower-case hex). That notation was chosen over the Unicode control pictures (␛) because it is
 * plain ASCII, copy-pastes back into a search, exists for C1 controls too, and is a valid JSON
 * escape of the same character, so a JSON report made visible stays valid JSON with the same
 * values. A CR directly before a LF (a Windows line end) is a line end, not an attack, and is
 * dropped. The output never holds a control character other than tab and LF, so visible() is
 * idempotent.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function show(match: string): string {
  if (match === '\r\n') return '\n';
  return `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text with every control character except tab and LF written as `\uXXXX` (CRLF becomes LF). */
export function visible(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, show) : text;
}

/** True when the text holds a control character visible() would rewrite. */
export function hasControls(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * A copy of a JSON-like value (strings, arrays, plain objects, as reports are made of) with
 * visible() applied to every string, object keys included (other values as they are): for reporters that colour their
 * output, whose data must be made visible before the colour codes are added.
 */
export function visibleDeep<T>(value: T): T {
  return deep(value) as T;
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value !== null && typeof value === 'object' && isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[visible(key)] = deep(v);
    return out;
  }
  return value;
}

/** Plain data objects only: class instances (a RegExp, a Map) are passed through as they are. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
