/**
 * A document saved as UTF-16 with a byte order mark (Windows' "Unicode") gives, through the real
 * CLI, the records of the same document saved as UTF-8: same lines, columns and text.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/schema/tables.ts';
import { SEED_000 } from '../helpers.ts';
import { readCompleteOutput, removeTempDirs, tempDir, wikidex, type Output } from '../hostile/helpers.ts';

afterAll(removeTempDirs);

const ENCODINGS = {
  utf8: (text: string) => Buffer.from(text, 'utf8'),
  'utf16le-crlf': (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll('\n', '\r\n'), 'utf16le')]),
  utf16be: (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
} as const;

describe('a seed saved as UTF-8, UTF-16LE with CRLF and UTF-16BE', () => {
  let output: Output;
  let code: number | null;

  beforeAll(async () => {
    const dir = await tempDir('encodings');
    const text = await readFile(SEED_000, 'utf8');
    await mkdir(path.join(dir, 'in'));
    await Promise.all(Object.entries(ENCODINGS).map(([name, encode]) => writeFile(path.join(dir, 'in', `${name}.txt`), encode(text))));
    const run = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], dir);
    code = run.code;
    output = await readCompleteOutput(path.join(dir, 'out'));
  }, 60_000);

  it('reads all three, with no problem of encoding', () => {
    expect(code).toBe(0);
    expect(output.manifest.inputs.map((i) => [i.doc_id, i.status])).toEqual(Object.keys(ENCODINGS).sort().map((name) => [name, 'ok']));
    expect(output.errors).toEqual([]);
  });

  it('gives each the same records, lines and columns (but for its id, and its bytes in `documents`)', () => {
    const of = (docId: string) =>
      Object.fromEntries(
        TABLE_NAMES.map((table) => [
          table,
          output.tables[table]
            .filter((r) => r.doc_id === docId)
            .map((r) => {
              const { doc_id: _id, source: _source, sha256: _sha256, bytes: _bytes, ...rest } = r;
              return table === 'documents' ? rest : { ...rest, source: r.source };
            }),
        ]),
      );
    const utf8 = of('utf8');
    expect(utf8['tenures']!.length).toBeGreaterThan(5);
    expect(utf8['dates']!.length).toBeGreaterThan(5);
    expect(of('utf16le-crlf')).toEqual(utf8);
    expect(of('utf16be')).toEqual(utf8);
  });
});
