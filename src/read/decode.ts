/**
 * Strict decoding with a BOM dropped and line endings normalised to LF: UTF-8, or UTF-16 when the
 * file starts with a UTF-16 byte order mark (what Windows tools save as "Unicode").
 */

export interface DecodeError {
  code: 'invalid-utf8' | 'invalid-utf16' | 'binary';
  message: string;
  byteOffset: number;
  line: number;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeError };

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** 1-based line of a byte offset: counts LF, CR and CRLF as one break each. */
export function lineAtByte(bytes: Uint8Array, byteOffset: number): number {
  let line = 1;
  for (let i = 0; i < byteOffset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** NUL bytes do not occur in text documents; they mark a binary file. */
function firstNul(bytes: Uint8Array): number {
  return bytes.indexOf(0);
}

/** Zero bytes at every other offset of a file's start, as UTF-16 without a byte order mark has them. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) * 4 >= n && Math.min(even, odd) === 0;
}

const REMOVE_OR_CONVERT = 'remove it from the inputs or convert it to UTF-8 text';

/** A NUL (a byte in UTF-8, a character in UTF-16) at `byteOffset`: binary content. */
function binaryContent(byteOffset: number, line: number, nul: 'byte' | 'character', hint = REMOVE_OR_CONVERT): DecodeResult {
  return { ok: false, error: { code: 'binary', message: `binary content (NUL ${nul} at byte offset ${byteOffset}), not a text document; ${hint}`, byteOffset, line } };
}

function binaryError(bytes: Uint8Array, nul: number): DecodeResult {
  const hint = looksLikeUtf16(bytes)
    ? 'it looks like UTF-16 without a byte order mark: re-save it as UTF-8 (e.g. iconv -f utf-16le -t utf-8), or as UTF-16 with a byte order mark'
    : REMOVE_OR_CONVERT;
  return binaryContent(nul, lineAtByte(bytes, nul), 'byte', hint);
}

/** The two byte order marks of UTF-16 (FF FE, little-endian; FE FF, big-endian). */
const UTF16_BOMS = [
  { littleEndian: true, first: 0xff, second: 0xfe },
  { littleEndian: false, first: 0xfe, second: 0xff },
] as const;

/**
 * UTF-16 after its byte order mark, strictly: an odd byte count, an unpaired surrogate or a NUL
 * character fails the file with its byte offset and line (lines counted in the decoded text).
 */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): DecodeResult {
  const unit = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let line = 1;
  const fail = (byteOffset: number, what: string): DecodeResult => ({
    ok: false,
    error: {
      code: 'invalid-utf16',
      message: `invalid UTF-16 at byte offset ${byteOffset} (${what}); the file must be valid UTF-16 after its byte order mark, or UTF-8: re-save it as UTF-8 (e.g. iconv -f ${littleEndian ? 'utf-16le' : 'utf-16be'} -t utf-8)`,
      byteOffset,
      line,
    },
  });
  let i = 2;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u === 0) return binaryContent(i, line, 'character');
    if (u === 0x0a) line++;
    else if (u === 0x0d && !(i + 3 < bytes.length && unit(i + 2) === 0x0a)) line++;
    else if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return fail(i, 'a high surrogate without its low surrogate');
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return fail(i, 'a low surrogate without its high surrogate');
  }
  if (i < bytes.length) return fail(i, 'an odd number of bytes');
  // Checked above, so the decoder cannot meet an error; it drops the byte order mark.
  return { ok: true, text: normaliseNewlines(new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes)) };
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function decodeDocument(bytes: Uint8Array): DecodeResult {
  for (const bom of UTF16_BOMS) if (bytes[0] === bom.first && bytes[1] === bom.second) return decodeUtf16(bytes, bom.littleEndian);
  const nul = firstNul(bytes);
  if (nul !== -1) return binaryError(bytes, nul);
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return {
      ok: false,
      error: {
        code: 'invalid-utf8',
        message: `invalid UTF-8 at byte offset ${at} (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}); the file must be UTF-8: re-save it as UTF-8 (e.g. iconv -f latin1 -t utf-8 if it is Latin-1)`,
        byteOffset: at,
        line: lineAtByte(bytes, at),
      },
    };
  }
  // TextDecoder with ignoreBOM: false already strips a leading BOM.
  return { ok: true, text: normaliseNewlines(text) };
}
