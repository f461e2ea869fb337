/**
 * The acceptance scenario of issue 8, through the real CLI: the seeds next to an empty file, a
 * binary file, a Latin-1 file, a file with an infobox key `__proto__` and a file with a 2 MB line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_DOCUMENT, SEED_IDS, parseCsv, readCompleteOutput, removeTempDirs, seedsFolder, wikidex, type Output } from './helpers.ts';

const LONG = 'In 1990–91 (b) 12-3 (c 2000 [x] June 1988 – Dec ';
const longLine = LONG.repeat(Math.ceil(2_000_000 / LONG.length)).slice(0, 2_000_000);

afterAll(removeTempDirs);

describe('hostile folder: seeds + empty, binary, Latin-1, __proto__ and 2 MB-line files', () => {
  let clean: Output;
  let hostile: Output;
  let dir: string;
  let run: Awaited<ReturnType<typeof wikidex>>;

  beforeAll(async () => {
    const cleanDir = await seedsFolder('accept-clean');
    const cleanRun = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], cleanDir);
    expect(cleanRun.stderr).toBe('');
    expect(cleanRun.code).toBe(0);
    clean = await readCompleteOutput(path.join(cleanDir, 'out'));

    dir = await seedsFolder('accept');
    const bad = path.join(dir, 'in');
    await writeFile(path.join(bad, 'empty.txt'), '');
    await writeFile(path.join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await writeFile(path.join(bad, 'latin1.txt'), Buffer.from('= Caf\xe9 =\n\nna\xefve text\n', 'latin1'));
    await writeFile(path.join(bad, 'proto.txt'), '= Proto =\n\nInfobox\n- __proto__: polluted\n- constructor: built\n- toString: =HYPERLINK("x")\n\nThe body was set up in 1990.\n');
    await writeFile(path.join(bad, 'long-line.txt'), `= Long =\n\n${longLine}\n`);
    run = await wikidex(['extract', 'in', '--out', 'out'], dir);
    hostile = await readCompleteOutput(path.join(dir, 'out'));
  }, 120_000);

  it('exits 1 in seconds, with a complete, valid output', () => {
    process.stdout.write(`acceptance run: exit ${run.code} in ${run.ms.toFixed(0)} ms\n`);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(30_000);
    expect(run.stderr).toMatch(/errors?, \d+ warnings?/);
  });

  it('names each bad file in errors.json with its line and a stable code', () => {
    const located = hostile.errors.map((e) => [e.file, e.line, e.severity, e.code]);
    expect(located).toContainEqual(['in/empty.txt', 1, 'error', 'empty']);
    expect(located).toContainEqual(['in/binary.txt', 3, 'error', 'binary']);
    expect(located).toContainEqual(['in/latin1.txt', 1, 'error', 'invalid-utf8']);
    expect(located).toContainEqual(['in/long-line.txt', 3, 'warning', 'sentence-too-long']);
    for (const e of hostile.errors) {
      expect(e.file).not.toBe('');
      expect(e.line, `${e.file} ${e.code}`).toBeGreaterThanOrEqual(1);
      expect(e.message.length).toBeLessThan(600);
    }
    // On stderr too, as file:line: severity [code].
    expect(run.stderr).toContain('in/latin1.txt:1: error [invalid-utf8]');
    expect(run.stderr).toContain('in/binary.txt:3: error [binary]');
    expect(run.stderr).toContain('in/empty.txt:1: error [empty]');
  });

  it('gives the seeds exactly the records of a clean run', () => {
    for (const name of PER_DOCUMENT) {
      const seeds = hostile.tables[name].filter((r) => SEED_IDS.includes(String(r.doc_id)));
      expect(seeds, name).toEqual(clean.tables[name]);
    }
    expect(hostile.errors.filter((e) => SEED_IDS.includes(String(e.doc_id)))).toEqual(clean.errors);
    expect(hostile.manifest.inputs.filter((i) => i.status === 'failed').map((i) => i.source).sort()).toEqual(['in/binary.txt', 'in/empty.txt', 'in/latin1.txt']);
  });

  it('keeps __proto__ and constructor as plain data, in JSON and CSV', async () => {
    const rows = hostile.tables.infobox.filter((r) => r.doc_id === 'proto').map((r) => [r.key, r.value, r.line]);
    expect(rows).toEqual([
      ['__proto__', 'polluted', 4],
      ['constructor', 'built', 5],
      ['toString', '=HYPERLINK("x")', 6],
    ]);
    const csv = parseCsv(await readFile(path.join(dir, 'out/infobox.csv'), 'utf8')).filter((r) => r[0] === 'proto');
    expect(csv).toEqual([
      ['proto', '__proto__', 'polluted', '4'],
      ['proto', 'constructor', 'built', '5'],
      ['proto', 'toString', `'=HYPERLINK("x")`, '6'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the 2 MB-line document, without multiplying the line into its records', () => {
    const doc = hostile.tables.documents.find((d) => d.doc_id === 'long-line');
    expect(doc).toMatchObject({ title: 'Long', lines: 3 });
    for (const name of PER_DOCUMENT) {
      const size = JSON.stringify(hostile.tables[name].filter((r) => r.doc_id === 'long-line')).length;
      expect(size, name).toBeLessThan(10_000);
    }
  });
});
