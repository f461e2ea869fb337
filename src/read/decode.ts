/** Strict UTF-8 decoding with a BOM dropped and line endings normalised to LF. */

export interface DecodeError {
  code: 'invalid-utf8' | 'binary';
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

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function decodeDocument(bytes: Uint8Array): DecodeResult {
  const nul = firstNul(bytes);
  if (nul !== -1) {
    return {
      ok: false,
      error: {
        code: 'binary',
        message: `binary content (NUL byte at byte offset ${nul}), not a text document; remove it from the inputs or convert it to UTF-8 text`,
        byteOffset: nul,
        line: lineAtByte(bytes, nul),
      },
    };
  }
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
