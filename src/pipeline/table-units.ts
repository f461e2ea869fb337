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

/** Reads into `bytes` from `position` until full or at the end of the file; how many bytes were read. */
function readFully(fd: number, bytes: Buffer, position: number): number {
  let got = 0;
  while (got < bytes.length) {
    const n = readSync(fd, bytes, got, bytes.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Window read ahead of the ranges asked for (they come mostly in file order: one read for many units). */
const WINDOW = 4 << 20;

/** Ranges of a file, read through a window. */
class RangeReader {
  readonly #window = Buffer.allocUnsafe(WINDOW);
  #start = 0;
  #length = 0;

  constructor(private readonly fd: number) {}

  /** A copy of the range's bytes (shorter when the file ends before it). */
  read(start: number, length: number): Buffer {
    if (length > WINDOW) {
      const bytes = Buffer.allocUnsafe(length);
      return bytes.subarray(0, readFully(this.fd, bytes, start));
    }
    if (start < this.#start || start + length > this.#start + this.#length) {
      this.#start = start;
      this.#length = readFully(this.fd, this.#window, start);
    }
    const from = start - this.#start;
    return Buffer.from(this.#window.subarray(from, Math.min(from + length, this.#length)));
  }
}

/** The last run's units of one table, read from its kept files when taken. */
export class PreviousUnits {
  readonly #byKey: Map<string, UnitRange>;
  #fds: [number, number] | null = null;
  #readers: [RangeReader, RangeReader] | null = null;

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
      if (this.#readers === null) {
        const json = openSync(this.files.json, 'r');
        let csv: number;
        try {
          csv = openSync(this.files.csv, 'r');
        } catch (error) {
          closeSync(json);
          throw error;
        }
        this.#fds = [json, csv];
        this.#readers = [new RangeReader(json), new RangeReader(csv)];
      }
      const json = this.#readers[0].read(...unit.json);
      const csv = this.#readers[1].read(...unit.csv);
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
    this.#readers = null;
  }
}
