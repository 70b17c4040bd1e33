/**
 * Escaping for the HTML report. Two contexts only: HTML text/attribute values written by the
 * server side (the page title), and JSON embedded in a `<script type="application/json">` block.
 * Everything else is inserted by the page's own script with textContent, never as markup.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/json">` element. `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026`, so no string in the data can write `</script>` or `<!--` and close or
 * confuse the element; U+2028/U+2029 are escaped too (valid in JSON, line breaks in old
 * JavaScript parsers). These characters only occur inside JSON strings, where the `\uXXXX`
 * escapes read back as the same characters: `JSON.parse` returns the original value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
