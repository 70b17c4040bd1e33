/**
 * Turns the bytes of a fact file into text. Fact files come from Windows: UTF-8 with or
 * without BOM, or UTF-16 (Windows PowerShell 5.1's Out-File and `>` write UTF-16LE with BOM).
 */
import { isAscii } from 'node:buffer';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The longest string V8 can make (characters). */
const STRING_LIMIT = 0x1fffffe8;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/**
 * Decodes by BOM; without a BOM, recognises BOM-less UTF-16 by its NUL bytes (ASCII JSON in
 * UTF-16 has a NUL in every other byte) and otherwise requires valid UTF-8.
 * Throws a plain Error with a human message when the bytes are not text in those encodings.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeWith(utf16le, bytes.subarray(2), 'UTF-16LE'), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeWith(utf16be, bytes.subarray(2), 'UTF-16BE'), encoding: 'utf-16be' };
  }
  if (bytes.length >= 2 && bytes.length % 2 === 0) {
    if (bytes[0] !== 0 && bytes[1] === 0) return { text: decodeWith(utf16le, bytes, 'UTF-16LE'), encoding: 'utf-16le' };
    if (bytes[0] === 0 && bytes[1] !== 0) return { text: decodeWith(utf16be, bytes, 'UTF-16BE'), encoding: 'utf-16be' };
  }
  return { text: decodeUtf8(bytes), encoding: 'utf-8' };
}

/**
 * UTF-8 text: ASCII (what the collector writes unless a value has other characters) is copied
 * byte for byte after one native check, which is cheaper than the validating decoder; anything
 * else goes through the validating decoder.
 */
function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length <= STRING_LIMIT && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return decodeWith(utf8, bytes, 'UTF-8');
}

/** The text of a file is longer than the longest string JavaScript can hold (~512 M characters). */
export class TextTooLargeError extends Error {}

/**
 * Decodes; a decoder failure means invalid text, except the engine's string-length limit
 * (ERR_STRING_TOO_LONG), which a large valid file reaches: that is reported as a size problem.
 */
export function decodeWith(decoder: { decode(input: Uint8Array): string }, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new TextTooLargeError(
        `the file is too large to read: ${Math.round(bytes.length / 1048576)} MB of ${name} text is more than the ${Math.floor(STRING_LIMIT / 1048576)} M characters a JavaScript string can hold (a fact file is a few MB; collect again with fewer log lines)`,
      );
    }
    throw new Error(
      `the file is not valid ${name} text (save it as UTF-8 or UTF-16; binary files and legacy code pages such as Windows-1252 are not accepted)`,
    );
  }
}
