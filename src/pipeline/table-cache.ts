/**
 * The rendered files of the tables the corpus step makes (entities, mentions, conflicts) or
 * completes (tenures), kept in the cache folder by group (see `Reconciled.digests`), each group
 * under a key: the reconcile stage's digest of what its tables are made from, the CSV mode and
 * the code stamp. A rerun with a group's key (tenures and conflicts after any prose edit;
 * entities and mentions after one that changes no mention) links its files into the staged
 * output instead of validating and rendering hundreds of thousands of records again. Each file's
 * size and CRC-32 are checked before it is used; anything missing or different, and the group's
 * tables are rendered as usual.
 */
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StagingDir } from '../emit/atomic-dir.ts';
import type { ProblemRecord } from '../schema/records.ts';
import type { TableName } from '../schema/tables.ts';
import { PreviousUnits, type UnitRange } from './table-units.ts';

const DIR = 'tables';

/** A group's index file: named by its tables. */
const indexOf = (tables: readonly TableName[]): string => `index-${tables.join('-')}.json`;

interface Index {
  key: string;
  /** Rows and `invalid-record` problems of each table. */
  tables: Record<string, { rows: number; invalid: ProblemRecord[] }>;
  /** Size and CRC-32 of each file. */
  files: Record<string, [number, number]>;
  /** What the units' renderings depend on besides their records (code stamp, CSV mode). */
  stamp?: string;
  /** Units of the tables written a unit at a time (see table-units.ts). */
  units?: Record<string, UnitRange[]>;
}

/** A group's stored index, read once for both uses below. */
export interface StoredGroup {
  dir: string;
  tables: readonly TableName[];
  index: Index;
}

/** The stored index of a group of `tables`; null when there is none or it cannot be read. */
export async function readGroup(cacheRoot: string, tables: readonly TableName[]): Promise<StoredGroup | null> {
  const dir = path.join(cacheRoot, DIR);
  try {
    return { dir, tables, index: JSON.parse(await readFile(path.join(dir, indexOf(tables)), 'utf8')) as Index };
  } catch {
    return null;
  }
}

/** The units of a group's tables as the last run wrote them under `stamp`, to copy from; none when there are none. */
export function previousUnits(group: StoredGroup | null, stamp: string): Map<TableName, PreviousUnits> {
  const out = new Map<TableName, PreviousUnits>();
  if (group === null || group.index.stamp !== stamp) return out;
  for (const table of group.tables) {
    const units = group.index.units?.[table];
    if (Array.isArray(units)) out.set(table, new PreviousUnits({ json: path.join(group.dir, `${table}.json`), csv: path.join(group.dir, `${table}.csv`) }, units));
  }
  return out;
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

/** Puts the stored files of a group into the staging folder and their rows and problems into `rows` and `invalid`; false when not stored under `key`. */
export async function restoreTables(group: StoredGroup | null, key: string, staging: StagingDir, rows: Record<string, number>, invalid: Map<string, ProblemRecord[]>): Promise<boolean> {
  if (group === null) return false;
  const { dir, tables, index } = group;
  try {
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

/** Keeps the staged files of a group of `tables` (hard links) under `key`, with their rows, problems and units (under `stamp`). */
export async function storeTables(cacheRoot: string, key: string, staging: StagingDir, tables: readonly TableName[], rows: Record<string, number>, invalid: ReadonlyMap<string, ProblemRecord[]>, stamp?: string, units?: ReadonlyMap<TableName, UnitRange[]>): Promise<void> {
  const dir = path.join(cacheRoot, DIR);
  const index = indexOf(tables);
  try {
    await rm(path.join(dir, index), { force: true });
    // The single index of earlier versions, which no run reads.
    await rm(path.join(dir, 'index.json'), { force: true });
    await mkdir(dir, { recursive: true });
    const stored: Index = { key, tables: {}, files: {}, stamp, units: Object.fromEntries(tables.flatMap((t) => (units?.has(t) ? [[t, units.get(t)!]] : []))) };
    for (const name of filesOf(tables)) {
      // Size and CRC as the pipeline wrote the file (not read back).
      const written = staging.written(name);
      if (written === null) return;
      await place(path.join(staging.path, name), path.join(dir, name));
      stored.files[name] = [written.bytes, written.crc];
    }
    for (const table of tables) stored.tables[table] = { rows: rows[table] ?? 0, invalid: invalid.get(table) ?? [] };
    // Beside the cache folder's other temporary files, which the next run prunes if this one dies here.
    const tmp = path.join(cacheRoot, `tables-${index}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(stored));
    await rename(tmp, path.join(dir, index));
  } catch {
    // Not stored: the next run renders them again.
  }
}
