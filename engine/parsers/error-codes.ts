/**
 * Finds Windows Update error codes (HRESULTs) in free log text and normalises them to
 * `0x` + 8 upper-case hex digits (knowledge 4.4 and 5.1).
 *
 * Logs write the same code in many shapes: `0x8024402c`, `[80244007]`, `hr = 8024401c`,
 * `error 0x8024402C`, and ConfigMgr/event text as unsigned (2149859362) or signed
 * (-2145107934) decimal. A bare number is only taken as a code where the text makes it
 * one (a keyword such as error/hr/code/failed before it, or square brackets/parentheses
 * around it), so timestamps, GUIDs, PIDs and thread ids are not mistaken for codes.
 * Only failure HRESULTs with a first hex digit of 8 are reported (`0x80000000`–`0x8FFFFFFF`:
 * severity bit set, the bits above the facility clear), which covers Win32 (0x8007),
 * Windows Update (0x8024), certificate (0x800B), BITS (0x8020) and ConfigMgr (0x87D0)
 * codes, and keeps out 0x00000000 (success) and pointers or NTSTATUS values (0xC...).
 *
 * Leaf module: imports nothing from the project.
 */

/** Shared empty result, so that lines without a code allocate nothing. */
export const NO_ERROR_CODES: readonly string[] = Object.freeze([]);

const LOWEST = 0x80000000;
const HIGHEST = 0x8fffffff;
const HEX8 = /^(?:0x)?([0-9a-f]{8})$/i;
const DECIMAL = /^-?\d{1,10}$/;

/**
 * Hex codes, each alternative capturing the digits in its own group:
 * 1. `0x8xxxxxxx` anywhere (the 0x prefix is context enough);
 * 2. `[8xxxxxxx]` / `(8xxxxxxx)`: bracketed bare hex, e.g. `*FAILED* [80244007]`;
 * 3. keyword + bare hex: `hr = 8024401c`, `error 8024402c`, `failed with 80244010`.
 * Every quantified part is followed by a literal it cannot match, so the pattern cannot
 * backtrack polynomially; it and {@link DECIMAL_CODE} were checked with redos-detector
 * (kept apart because the detector cannot prove their union safe).
 */
const HEX_CODE = new RegExp(
  [
    String.raw`\b0x(8[0-9a-f]{7})(?![0-9a-f])`,
    String.raw`[[(](8[0-9a-f]{7})[\])]`,
    String.raw`\b(?:hr|hresult|error|err|code|failed|failure|result)(?:\s?code)?(?: with)?\s*(?:[:=]\s*)?(8[0-9a-f]{7})(?![0-9a-f-])`,
  ].join('|'),
  'gi',
);

/** Keyword + 10-digit decimal, optionally signed: `error 2149859362`, `ErrorCode = -2145107934`. */
const DECIMAL_CODE = /\b(?:hr|hresult|error|err|code|result)(?:\s?code)?(?: with)?\s*(?:[:=]\s*)?(-?\d{10})(?!\d)/gi;

/** Cheap pre-checks: a hex code needs `8` + 7 hex digits, a decimal one 10 digits. */
const HAS_HEX = /8[0-9a-f]{7}/i;
const HAS_DECIMAL = /\d{10}/;

function toHex8(value: number): string {
  return '0x' + value.toString(16).toUpperCase().padStart(8, '0');
}

/**
 * Parse one 32-bit status value, whatever its severity: `0x8024402c`, `8024402C` (eight
 * hex digits without 0x are hex), unsigned decimal (`2149859362` or the number) and signed
 * decimal (`-2145107934`). Returns the unsigned value, or undefined for anything that is
 * not a 32-bit integer written in one of those shapes. Never throws.
 */
export function parseStatusValue(value: string | number): number | undefined {
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    const hex = HEX8.exec(text);
    if (hex) {
      // Eight digits without 0x are hex: that is how WindowsUpdate.log writes them (and
      // no 8-digit decimal is large enough to be a failure HRESULT anyway).
      n = parseInt(hex[1]!, 16);
    } else if (DECIMAL.test(text)) {
      n = Number(text);
    } else {
      return undefined;
    }
  } else {
    return undefined;
  }
  if (!Number.isInteger(n) || n < -0x80000000 || n > 0xffffffff) return undefined;
  return n < 0 ? n + 0x100000000 : n; // signed 32-bit, as ConfigMgr and .NET print HRESULTs
}

/**
 * Normalise one error code to `0x` + 8 upper-case hex digits.
 *
 * Accepts the spellings of {@link parseStatusValue}. Returns undefined for anything that is
 * not a failure HRESULT in 0x80000000–0x8FFFFFFF (see the file header).
 */
export function normaliseErrorCode(value: string | number): string | undefined {
  const n = parseStatusValue(value);
  if (n === undefined || n < LOWEST || n > HIGHEST) return undefined;
  return toHex8(n);
}

/** Add the code to the list unless present; codes keep the position they were found at. */
function addCode(found: Array<[number, string]>, at: number, code: string | undefined): void {
  if (code !== undefined && !found.some(([, c]) => c === code)) found.push([at, code]);
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Bits of {@link codeCandidates}. */
export const HEX_CANDIDATE = 1;
export const DECIMAL_CANDIDATE = 2;

/**
 * Which kinds of code `text` (from offset `from`) may hold, for {@link findErrorCodes}: a bit
 * that is clear means its regex cannot match there. {@link HEX_CANDIDATE}: every alternative of
 * HEX_CODE is `8` + 7 hex digits followed by a character that is not hex (or the end), found by
 * looking at each `8`. {@link DECIMAL_CANDIDATE}: DECIMAL_CODE takes 10 digits with no digit on
 * either side, so a run of exactly 10 digits; a run of 10 covers one position in every 10, and
 * only those are read (GUIDs, thread ids and long numbers are left out cheaply).
 */
export function codeCandidates(text: string, from = 0): number {
  const n = text.length;
  let found = 0;
  for (let i = text.indexOf('8', from); i !== -1 && i + 8 <= n; i = text.indexOf('8', i + 1)) {
    let j = i + 1;
    while (j < i + 8 && isHex(text.charCodeAt(j))) j++;
    if (j === i + 8 && !isHex(text.charCodeAt(j))) {
      found = HEX_CANDIDATE;
      break;
    }
  }
  return found | decimalCandidate(text, from);
}

/** The {@link DECIMAL_CANDIDATE} bit of {@link codeCandidates} alone (0 or that bit). */
export function decimalCandidate(text: string, from = 0): number {
  const n = text.length;
  let covered = from;
  for (let i = from + 9; i < n; i += 10) {
    if (i < covered || !isDigit(text.charCodeAt(i))) continue;
    let start = i;
    while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && isDigit(text.charCodeAt(end))) end++;
    covered = end;
    if (end - start === 10) return DECIMAL_CANDIDATE;
  }
  return 0;
}

/**
 * All distinct error codes in a text, normalised, in order of first appearance.
 * Returns the shared {@link NO_ERROR_CODES} array when there is none. `candidates` is the result
 * of {@link codeCandidates} for a caller that has it already.
 */
export function findErrorCodes(text: string, candidates?: number): readonly string[] {
  const hex = candidates === undefined ? HAS_HEX.test(text) : (candidates & HEX_CANDIDATE) !== 0;
  const decimal = candidates === undefined ? HAS_DECIMAL.test(text) : (candidates & DECIMAL_CANDIDATE) !== 0;
  if (!hex && !decimal) return NO_ERROR_CODES;
  const found: Array<[number, string]> = [];
  if (hex) {
    HEX_CODE.lastIndex = 0;
    for (let m = HEX_CODE.exec(text); m !== null; m = HEX_CODE.exec(text)) {
      addCode(found, m.index, '0x' + (m[1] ?? m[2] ?? m[3])!.toUpperCase());
    }
  }
  if (decimal) {
    DECIMAL_CODE.lastIndex = 0;
    for (let m = DECIMAL_CODE.exec(text); m !== null; m = DECIMAL_CODE.exec(text)) {
      addCode(found, m.index, normaliseErrorCode(m[1]!));
    }
    found.sort((a, b) => a[0] - b[0]);
  }
  return found.length === 0 ? NO_ERROR_CODES : found.map(([, code]) => code);
}
