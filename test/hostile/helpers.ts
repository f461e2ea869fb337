/**
 * Helpers of the hostile-input tests: run the real CLI (`node bin/wikidex.js`), read and check a
 * whole output folder, parse CSV.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ProblemRecord } from '../../src/schema/records.ts';
import { TABLES, TABLE_NAMES, type TableName } from '../../src/schema/tables.ts';
import { ROOT, SEED_000, SEED_001 } from '../helpers.ts';

export const BIN = path.join(ROOT, 'bin/wikidex.js');
export const SEEDS = [SEED_000, SEED_001];
export const SEED_IDS = SEEDS.map((s) => path.basename(s, '.txt'));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Starts `wikidex …args` in `cwd`; `onStart` gets the child (to kill it). */
export function wikidex(args: string[], cwd: string, onStart?: (child: ChildProcess) => void): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
    onStart?.(child);
  });
}

const made: string[] = [];

/** A fresh temp folder, removed by `removeTempDirs()`. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `wikidex-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder made by `tempDir` / `seedsFolder` (call from afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A fresh temp folder with `in/` holding the two seeds. */
export async function seedsFolder(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  await mkdir(path.join(dir, 'in'));
  for (const seed of SEEDS) await copyFile(seed, path.join(dir, 'in', path.basename(seed)));
  return dir;
}

export const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

/** RFC 4180: rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface Output {
  manifest: { tables: Record<string, number>; errors: number; warnings: number; inputs: { doc_id: string | null; source: string; status: string }[] };
  tables: Record<TableName, Record<string, unknown>[]>;
  errors: ProblemRecord[];
}

/**
 * Reads an output folder and checks that it is complete and valid: every table's JSON, CSV and
 * JSON Schema is there, every JSON parses, every record validates against its schema, the CSV
 * has one row per record, and the manifest's counts match.
 */
export async function readCompleteOutput(dir: string): Promise<Output> {
  const manifest = (await readJson(path.join(dir, 'manifest.json'))) as Output['manifest'];
  const tables = {} as Output['tables'];
  for (const name of TABLE_NAMES) {
    const records = (await readJson(path.join(dir, `${name}.json`))) as Record<string, unknown>[];
    expect(Array.isArray(records), `${name}.json is an array`).toBe(true);
    for (const record of records) {
      const parsed = TABLES[name].schema.safeParse(record);
      expect(parsed.success, `${name} record ${JSON.stringify(record).slice(0, 200)}`).toBe(true);
    }
    expect(manifest.tables[name], `manifest row count of ${name}`).toBe(records.length);
    const csv = parseCsv(await readFile(path.join(dir, `${name}.csv`), 'utf8'));
    expect(csv.length, `${name}.csv: header + one row per record`).toBe(records.length + 1);
    expect(csv[0]).toEqual(Object.keys(TABLES[name].schema.shape));
    await readJson(path.join(dir, 'schema', `${name}.schema.json`));
    tables[name] = records;
  }
  const errors = ((await readJson(path.join(dir, 'errors.json'))) as unknown[]).map((e) => ProblemRecord.parse(e));
  expect(manifest.errors).toBe(errors.filter((e) => e.severity === 'error').length);
  expect(manifest.warnings).toBe(errors.filter((e) => e.severity === 'warning').length);
  return { manifest, tables, errors };
}

/** Per-document tables: each record belongs to one document and does not depend on the others. */
export const PER_DOCUMENT: readonly TableName[] = ['documents', 'infobox', 'officials', 'sections', 'tenures', 'dates'];

/** Every file below `dir` (relative, "/"-separated), symlinks not followed. */
export async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(sub: string): Promise<void> {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub === '' ? entry.name : `${sub}/${entry.name}`;
      out.push(rel);
      if (entry.isDirectory()) await walk(rel);
    }
  }
  await walk('');
  return out.sort();
}
