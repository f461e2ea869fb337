import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/schema/tables.ts';
import { ROOT, SEED_000, SEED_001 } from '../helpers.ts';

const run = promisify(execFile);
const BIN = path.join(ROOT, 'bin/wikidex.js');

async function wikidex(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

async function seedsFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-cli-'));
  await mkdir(path.join(dir, 'in'));
  await copyFile(SEED_000, path.join(dir, 'in', path.basename(SEED_000)));
  await copyFile(SEED_001, path.join(dir, 'in', path.basename(SEED_001)));
  return dir;
}

describe('wikidex extract', () => {
  let clean: string;
  beforeAll(async () => {
    clean = await seedsFolder();
    const result = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], clean);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('writes every table as JSON, CSV and JSON Schema, plus manifest and errors', async () => {
    const files = await readdir(path.join(clean, 'out'));
    for (const name of TABLE_NAMES) {
      expect(files).toContain(`${name}.json`);
      expect(files).toContain(`${name}.csv`);
    }
    expect(files).toContain('manifest.json');
    expect(files).toContain('errors.json');
    expect((await readdir(path.join(clean, 'out/schema'))).sort()).toEqual(TABLE_NAMES.map((n) => `${n}.schema.json`).sort());
    expect(await readJson(path.join(clean, 'out/errors.json'))).toEqual([]);
    const manifest = (await readJson(path.join(clean, 'out/manifest.json'))) as { inputs: { doc_id: string; sha256: string }[]; tables: Record<string, number> };
    expect(manifest.inputs.map((i) => i.doc_id)).toEqual(['000_1f1d3acaa8eb629d', '001_66d9a2a65db73112']);
    expect(manifest.tables.documents).toBe(2);
    expect(manifest.tables.tenures).toBe(17);
    const documents = (await readJson(path.join(clean, 'out/documents.json'))) as { title: string; source: string }[];
    expect(documents.map((d) => [d.title, d.source])).toEqual([
      ['Office of the Central Foreign Affairs Commission', 'in/000_1f1d3acaa8eb629d.txt'],
      ['Office of the National Security Commission', 'in/001_66d9a2a65db73112.txt'],
    ]);
  });

  it('gives byte-identical output on a second run', async () => {
    await wikidex(['extract', 'in', '--out', 'again', '--quiet'], clean);
    for (const name of await readdir(path.join(clean, 'out'))) {
      if (name === 'schema' || name === '.cache') continue; // the incremental cache is not output
      expect(await readFile(path.join(clean, 'again', name), 'utf8'), name).toBe(await readFile(path.join(clean, 'out', name), 'utf8'));
    }
  });

  it('isolates bad documents: exit 1, each named in errors.json, the seeds unchanged', async () => {
    const dir = await seedsFolder();
    const bad = path.join(dir, 'in');
    await writeFile(path.join(bad, 'empty.txt'), '');
    await writeFile(path.join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    await writeFile(path.join(bad, 'latin1.txt'), Buffer.from('= Caf\xe9 =\n\nna\xefve\n', 'latin1'));
    await writeFile(path.join(bad, 'untitled.txt'), 'Infobox\n- __proto__: polluted\n- broken line\n\nProse in 1990.\n');
    const result = await wikidex(['extract', 'in', '--out', 'out'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('in/latin1.txt:1: error [invalid-utf8]');
    const errors = (await readJson(path.join(dir, 'out/errors.json'))) as { file: string; code: string; line: number | null }[];
    expect(errors.map((e) => [e.file, e.code, e.line])).toEqual([
      ['in/binary.txt', 'binary', 1],
      ['in/empty.txt', 'empty', 1],
      ['in/latin1.txt', 'invalid-utf8', 1],
      ['in/untitled.txt', 'missing-title', 1],
      ['in/untitled.txt', 'infobox-line-without-separator', 3],
    ]);
    const infobox = (await readJson(path.join(dir, 'out/infobox.json'))) as { doc_id: string; key: string }[];
    expect(infobox.filter((r) => r.doc_id === 'untitled')).toEqual([{ doc_id: 'untitled', key: '__proto__', value: 'polluted', line: 2 }]);
    for (const name of TABLE_NAMES) {
      if (name === 'documents') continue;
      const mixed = ((await readJson(path.join(dir, `out/${name}.json`))) as { doc_id: string }[]).filter((r) => r.doc_id !== 'untitled');
      expect(mixed, name).toEqual(await readJson(path.join(clean, `out/${name}.json`)));
    }
  });

  it('exits 2 on a usage error and prints help', async () => {
    expect((await wikidex(['extract', '--jobz', '3'], clean)).code).toBe(2);
    expect((await wikidex(['frobnicate'], clean)).code).toBe(2);
    const help = await wikidex(['--help'], clean);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: wikidex');
  });
});
