// Strict little parsers the report tests read the output back with: an RFC 4180 CSV reader
// and an XML 1.0 well-formedness checker that returns the element tree. No dependencies.

/** Parses CSV (CRLF records, quoted fields, "" escapes); throws on malformed input. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted cell');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`stray quote at ${i}`);
          cell += text[i++];
        }
      }
      row.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      if (i >= text.length) break;
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
    }
    rows.push(row);
  }
  return rows;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: number): string {
  if (INVALID.test(raw)) throw new Error(`character not allowed in XML near ${where}`);
  return raw.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & near ${where}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    if (/^#\d+$/.test(ref)) return String.fromCodePoint(Number(ref.slice(1)));
    if (/^#x[0-9a-fA-F]+$/.test(ref)) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    throw new Error(`unknown entity &${ref}; near ${where}`);
  });
}

/** Checks that `xml` is well-formed XML 1.0 and returns its root element. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.includes('>') && stack.length === 0 && text.trim()) throw new Error('text outside the root element');
    if (stack.length) stack[stack.length - 1]!.text += decode(text, i);
    else if (text.trim()) throw new Error(`text outside the root element at ${i}`);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const m = NAME.exec(xml.slice(i + 2));
      const open = stack.pop();
      if (!m || !open || open.name !== m[0]) throw new Error(`mismatched end tag </${m?.[0]}> at ${i} (open: ${open?.name})`);
      i += 2 + m[0].length;
      while (/\s/.test(xml[i]!)) i++;
      if (xml[i] !== '>') throw new Error(`malformed end tag at ${i}`);
      i++;
      continue;
    }
    const m = NAME.exec(xml.slice(i + 1));
    if (!m) throw new Error(`malformed tag at ${i}`);
    const element: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
    i += 1 + m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0];
      i += ws.length;
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      if (!ws) throw new Error(`attributes must be separated by white space at ${i}`);
      const a = /^([A-Za-z_:][\w.:-]*)\s*=\s*(["'])/.exec(xml.slice(i));
      if (!a) throw new Error(`malformed attribute at ${i}: ${JSON.stringify(xml.slice(i, i + 30))}`);
      const quote = a[2]!;
      const start = i + a[0].length;
      const end = xml.indexOf(quote, start);
      if (end === -1) throw new Error('unterminated attribute value');
      const raw = xml.slice(start, end);
      if (raw.includes('<')) throw new Error(`< in attribute value at ${start}`);
      if (a[1]! in element.attrs) throw new Error(`duplicate attribute ${a[1]}`);
      element.attrs[a[1]!] = decode(raw, start);
      i = end + 1;
    }
    const selfClosing = xml.startsWith('/>', i);
    i += selfClosing ? 2 : 1;
    if (stack.length) stack[stack.length - 1]!.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`unclosed element <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` below (and including) `element`. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = element.name === name ? [element] : [];
  for (const child of element.children) out.push(...findAll(child, name));
  return out;
}
