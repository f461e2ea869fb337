/**
 * The rendered files of the tables the corpus step makes (entities, mentions, conflicts) or
 * completes (tenures), kept in the cache folder under a key: the reconcile stage's digest of what
 * they are made from, the CSV mode and the code stamp. A rerun with the same key (prose edits that
 * change no mention) links them into the staged output instead of validating and rendering
 * hundreds of thousands of records again. Each file's size and CRC-32 are checked before it is
 * used; anything missing or different, and the tables are rendered as usual.
 */
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StagingDir } from '../emit/atomic-dir.ts';
import type { ProblemRecord } from '../schema/records.ts';
import { TABLE_NAMES, type TableName } from '../schema/tables.ts';
import { PER_DOCUMENT_TABLES, REVISED_TABLES } from '../workers/render.ts';

const DIR = 'tables';

/** The tables the corpus step makes or completes (the per-document tables it revises, then its own). */
export const CORPUS_STEP_TABLES: readonly TableName[] = [...REVISED_TABLES, ...TABLE_NAMES.filter((name) => !(PER_DOCUMENT_TABLES as readonly TableName[]).includes(name))];
const INDEX = 'index.json';

interface Index {
  key: string;
  /** Rows and `invalid-record` problems of each table. */
  tables: Record<string, { rows: number; invalid: ProblemRecord[] }>;
  /** Size and CRC-32 of each file. */
  files: Record<string, [number, number]>;
}

const filesOf = (tables: readonly TableName[]): string[] => tables.flatMap((t) => [`${t}.json`, `${t}.csv`]);

async function crcOf(file: string): Promise<number> {
  let crc = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) crc = crc32(chunk as Buffer, crc);
  return crc;
}

/** A hard link where the file system allows one, else a copy. */
async function place(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Puts the stored files of `tables` into the staging folder and their rows and problems into `rows` and `invalid`; false when not stored under `key`. */
export async function restoreTables(cacheRoot: string, key: string, staging: StagingDir, tables: readonly TableName[], rows: Record<string, number>, invalid: Map<string, ProblemRecord[]>): Promise<boolean> {
  const dir = path.join(cacheRoot, DIR);
  let index: Index;
  try {
    index = JSON.parse(await readFile(path.join(dir, INDEX), 'utf8')) as Index;
    if (index.key !== key) return false;
    for (const table of tables) {
      const entry = index.tables[table];
      if (typeof entry?.rows !== 'number' || !Array.isArray(entry.invalid)) return false;
    }
    for (const name of filesOf(tables)) {
      const [bytes, crc] = index.files[name] ?? [-1, -1];
      if ((await stat(path.join(dir, name))).size !== bytes || (await crcOf(path.join(dir, name))) !== crc) return false;
    }
  } catch {
    return false;
  }
  for (const name of filesOf(tables)) await place(path.join(dir, name), path.join(staging.path, name));
  for (const table of tables) {
    rows[table] = index.tables[table]!.rows;
    invalid.set(table, index.tables[table]!.invalid);
  }
  return true;
}

/** Keeps the staged files of `tables` (hard links) under `key`, with their rows and problems. */
export async function storeTables(cacheRoot: string, key: string, staging: StagingDir, tables: readonly TableName[], rows: Record<string, number>, invalid: ReadonlyMap<string, ProblemRecord[]>): Promise<void> {
  const dir = path.join(cacheRoot, DIR);
  try {
    await rm(path.join(dir, INDEX), { force: true });
    await mkdir(dir, { recursive: true });
    const index: Index = { key, tables: {}, files: {} };
    for (const name of filesOf(tables)) {
      // Size and CRC as the pipeline wrote the file (not read back).
      const written = staging.written(name);
      if (written === null) return;
      await place(path.join(staging.path, name), path.join(dir, name));
      index.files[name] = [written.bytes, written.crc];
    }
    for (const table of tables) index.tables[table] = { rows: rows[table] ?? 0, invalid: invalid.get(table) ?? [] };
    // Beside the cache folder's other temporary files, which the next run prunes if this one dies here.
    const tmp = path.join(cacheRoot, `tables-${INDEX}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(index));
    await rename(tmp, path.join(dir, INDEX));
  } catch {
    // Not stored: the next run renders them again.
  }
}
