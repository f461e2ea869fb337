import { describe, expect, it } from 'vitest';
import { decodeDocument, lineAtByte } from '../../src/read/index.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeDocument', () => {
  it('drops a BOM and turns CRLF and CR into LF', () => {
    const result = decodeDocument(bytes([0xef, 0xbb, 0xbf], '= T =\r\n\r\nline\rnext\n'));
    expect(result).toEqual({ ok: true, text: '= T =\n\nline\nnext\n' });
  });

  it('reports invalid UTF-8 with its byte offset and line', () => {
    const result = decodeDocument(bytes('= T =\nok\ncaf', [0xe9], ' au lait\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-utf8');
    expect(result.error.byteOffset).toBe(12);
    expect(result.error.line).toBe(3);
    expect(result.error.message).toContain('byte offset 12');
  });

  it('rejects overlong encodings and surrogates as invalid', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      const result = decodeDocument(bytes('x', bad));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.byteOffset).toBe(1);
    }
  });

  it('treats NUL bytes as binary content', () => {
    const result = decodeDocument(bytes('\n\nab', [0x00, 0x01]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'binary', byteOffset: 4, line: 3 });
  });

  it('decodes UTF-16 after its byte order mark, little- or big-endian, as the same text as UTF-8', () => {
    const text = '= 外交部 =\r\n\r\nIt opened on 4 June 2001 \u{1F3DB}.\rNext\n';
    const expected = { ok: true, text: '= 外交部 =\n\nIt opened on 4 June 2001 \u{1F3DB}.\nNext\n' };
    const le = bytes([0xff, 0xfe], [...Buffer.from(text, 'utf16le')]);
    const be = bytes([0xfe, 0xff], [...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeDocument(le)).toEqual(expected);
    expect(decodeDocument(be)).toEqual(expected);
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], text))).toEqual(expected);
  });

  it('fails UTF-16 with an unpaired surrogate, an odd byte or a NUL, at its byte offset and line', () => {
    const utf16 = (...parts: (string | number[])[]): Uint8Array => bytes([0xff, 0xfe], ...parts.map((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf16le')] : p)));
    const cases: [Uint8Array, string, number, number][] = [
      [utf16('a\r\nb\n', [0x00, 0xd8], 'x'), 'invalid-utf16', 12, 3],
      [utf16('a\n', [0x00, 0xdc]), 'invalid-utf16', 6, 2],
      [utf16('a\rb', [0x00, 0xd8]), 'invalid-utf16', 8, 2],
      [utf16('ab', [0x63]), 'invalid-utf16', 6, 1],
      [utf16('a\n\nb', [0x00, 0x00]), 'binary', 10, 3],
    ];
    for (const [input, code, byteOffset, line] of cases) {
      const result = decodeDocument(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error, `${code} at ${byteOffset}`).toMatchObject({ code, byteOffset, line });
    }
  });

  it('says that a file looks like UTF-16 when it has no byte order mark', () => {
    const result = decodeDocument(new Uint8Array(Buffer.from('= T =\n\nText.\n', 'utf16le')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'binary', byteOffset: 1, line: 1, message: expect.stringMatching(/looks like UTF-16 without a byte order mark/) });
    const other = decodeDocument(bytes('\n\nab', [0x00, 0x01]));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.message).not.toMatch(/UTF-16/);
  });

  it('counts CRLF as one line break', () => {
    expect(lineAtByte(bytes('a\r\nb\r\nc'), 6)).toBe(3);
    expect(lineAtByte(bytes('a\rb'), 2)).toBe(2);
  });
});
