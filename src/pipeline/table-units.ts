/**
 * Units of a rendered table: one document's records in the `mentions` and `tenures` files. A run
 * that renders such a table again (the base changed, or mentions did) copies the bytes of every
 * unit whose records are those of the last run's unit, from the last run's files kept in the
 * cache (see table-cache.ts), and validates and renders the others. A unit is known by the hash
 * of its records' compact JSON (equal records, equal rendering and problems, under the same code
 * and CSV mode: the cache's stamp); each copied range is checked against its CRC-32 first, and a
 * range that differs is rendered instead.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { ProblemRecord } from '../schema/records.ts';

/** Where a unit's bytes sit in the table's JSON and CSV files, with their CRC-32, rows and problems. */
export interface UnitRange {
  key: string;
  json: [start: number, length: number];
  csv: [start: number, length: number];
  crc: number;
  rows: number;
  problems: ProblemRecord[];
}

/** A unit's rendering: its JSON fragment and CSV rows, the rows kept and the invalid records' problems. */
export interface RenderedUnit {
  json: Buffer;
  csv: Buffer;
  rows: number;
  problems: ProblemRecord[];
}

/** The key of a unit's records. */
export function unitKey(records: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(records)).digest('base64url');
}

function readRange(fd: number, [start, length]: [number, number]): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, bytes, got, length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return bytes.subarray(0, got);
}

/** The last run's units of one table, read from its kept files when taken. */
export class PreviousUnits {
  readonly #byKey: Map<string, UnitRange>;
  #fds: [number, number] | null = null;

  constructor(
    private readonly files: { json: string; csv: string },
    units: readonly UnitRange[],
  ) {
    this.#byKey = new Map(units.map((u) => [u.key, u]));
  }

  /** The unit's rendering when the last run had one with this key and its bytes are intact; else null. */
  take(key: string): RenderedUnit | null {
    const unit = this.#byKey.get(key);
    if (unit === undefined) return null;
    try {
      this.#fds ??= [openSync(this.files.json, 'r'), openSync(this.files.csv, 'r')];
      const json = readRange(this.#fds[0], unit.json);
      const csv = readRange(this.#fds[1], unit.csv);
      if (json.length !== unit.json[1] || csv.length !== unit.csv[1] || crc32(csv, crc32(json)) !== unit.crc) return null;
      return { json, csv, rows: unit.rows, problems: unit.problems };
    } catch {
      return null;
    }
  }

  close(): void {
    if (this.#fds === null) return;
    for (const fd of this.#fds) closeSync(fd);
    this.#fds = null;
  }
}
