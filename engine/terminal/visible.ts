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
 * The JSON-like value (strings, arrays, plain objects, as reports are made of) with visible()
 * applied to every string, object keys included (other values as they are): for reporters that
 * colour their output, whose data must be made visible before the colour codes are added.
 * Copy on write: an array or object none of whose strings changes is returned as it is (a report
 * of ~300 KB is mostly clean text, and copying it cost ~10 ms of a one-file diagnose), so the
 * result, like the value, is read-only for reporters.
 */
export function visibleDeep<T>(value: T): T {
  return deep(value) as T;
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const made = deep(item);
      if (made !== item && !out) out = value.slice(0, i);
      if (out) out.push(made);
    }
    return out ?? value;
  }
  if (!isPlain(value)) return value;
  const entries = Object.entries(value);
  let changed = false;
  const made: [string, unknown][] = [];
  for (const [key, v] of entries) {
    const k = visible(key);
    const m = deep(v);
    if (k !== key || m !== v) changed = true;
    made.push([k, m]);
  }
  if (!changed) return value;
  const out: Record<string, unknown> = {};
  for (const [k, m] of made) out[k] = m;
  return out;
}

/** Plain data objects only: class instances (a RegExp, a Map) are passed through as they are. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
