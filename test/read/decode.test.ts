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

  it('counts CRLF as one line break', () => {
    expect(lineAtByte(bytes('a\r\nb\r\nc'), 6)).toBe(3);
    expect(lineAtByte(bytes('a\rb'), 2)).toBe(2);
  });
});
