import { crc32 } from 'node:zlib';
import type { StagedFile, StagingDir } from '../emit/atomic-dir.ts';
import { validateTables } from '../emit/index.ts';
import type { DocumentOutcome } from '../process-document.ts';
import type { ProblemRecord } from '../schema/records.ts';
import { emptyTables, type TableName, type Tables } from '../schema/tables.ts';
import { JSON_ARRAY, PER_DOCUMENT_TABLES, REVISED_TABLES, csvHeader, csvRows, jsonFragment } from '../workers/render.ts';
import type { Corpus, Reconciled } from './reconcile-step.ts';
import { unitKey, type PreviousUnits, type RenderedUnit, type UnitRange } from './table-units.ts';

/** Writes a per-document table's JSON and CSV files from document fragments, in document order. */
export class TableWriter {
  #any = false;
  #jsonAt = 0;
  #csvAt: number;
  /** Where each unit added with a key went (see table-units.ts). */
  readonly units: UnitRange[] = [];

  constructor(
    private readonly json: StagedFile,
    private readonly csv: StagedFile,
    csvHeaderBytes = 0,
  ) {
    this.#csvAt = csvHeaderBytes;
  }

  /** Adds a document's fragments; with `unit`, records where they went under its key. */
  async add(json: Buffer, csv: Buffer, unit?: { key: string; rows: number; problems: ProblemRecord[] }): Promise<void> {
    if (json.length > 0) {
      const separator = this.#any ? JSON_ARRAY.separator : JSON_ARRAY.open;
      await this.json.write(separator);
      this.#jsonAt += separator.length;
      await this.json.write(json);
      this.#any = true;
    }
    if (unit !== undefined && (json.length > 0 || csv.length > 0)) {
      this.units.push({ key: unit.key, json: [this.#jsonAt, json.length], csv: [this.#csvAt, csv.length], crc: crc32(csv, crc32(json)), rows: unit.rows, problems: unit.problems });
    }
    this.#jsonAt += json.length;
    await this.csv.write(csv);
    this.#csvAt += csv.length;
  }

  /** Adds one unit of records: the last run's rendering when `previous` has it, else validated and rendered. */
  async addUnit(table: TableName, records: readonly unknown[], csvRaw: boolean, previous: PreviousUnits | undefined): Promise<RenderedUnit> {
    const key = unitKey(records);
    const unit = previous?.take(key) ?? renderUnit(table, records, csvRaw);
    await this.add(unit.json, unit.csv, { key, rows: unit.rows, problems: unit.problems });
    return unit;
  }

  async close(): Promise<void> {
    await this.json.write(this.#any ? JSON_ARRAY.close : JSON_ARRAY.empty);
    await Promise.all([this.json.close(), this.csv.close()]);
  }
}

/** Opens a table's JSON and CSV files in the staging folder, the CSV header written. */
export async function openTable(staging: StagingDir, table: TableName, csvRaw: boolean): Promise<TableWriter> {
  const [json, csv] = await Promise.all([staging.open(`${table}.json`), staging.open(`${table}.csv`)]);
  const header = Buffer.from(csvHeader(table, csvRaw));
  await csv.write(header);
  return new TableWriter(json, csv, header.length);
}

/** Validates and renders records of a table. */
export function renderUnit(table: TableName, records: readonly unknown[], csvRaw: boolean): RenderedUnit {
  const validated = validateTables({ ...emptyTables(), [table]: records } as Tables, []);
  const valid = validated.tables[table] as Record<string, unknown>[];
  return { json: Buffer.from(jsonFragment(valid)), csv: Buffer.from(csvRows(table, valid, csvRaw)), rows: valid.length, problems: validated.problems };
}

/** The last run's units, by table, and this run's (filled as tables are written). */
export interface Units {
  previous: Map<TableName, PreviousUnits>;
  written: Map<TableName, UnitRange[]>;
}

/**
 * Renders the per-document tables the reconcile step revises again, from the stored outcomes (but
 * those in `staged`, already there), each document's records a unit (see table-units.ts).
 */
export async function reviseTables(reconciled: Reconciled, corpus: Corpus, staging: StagingDir, csvRaw: boolean, rows: Record<string, number>, invalid: Map<string, ProblemRecord[]>, staged: ReadonlySet<TableName> = new Set(), units?: Units): Promise<void> {
  const revise = reconciled.revise ?? {};
  const tables = PER_DOCUMENT_TABLES.filter((name) => (revise[name] !== undefined || REVISED_TABLES.includes(name)) && !staged.has(name));
  if (tables.length === 0) return;
  const writers = new Map<TableName, TableWriter>();
  for (const table of tables) {
    writers.set(table, await openTable(staging, table, csvRaw));
    rows[table] = 0;
    invalid.set(table, []);
  }
  for await (const outcome of corpus.outcomes()) {
    if (!outcome.ok) continue;
    for (const table of tables) {
      const fn = (revise[table] ?? ((record: unknown) => record)) as (record: unknown, outcome: DocumentOutcome & { ok: true }, index: number) => unknown;
      const records = (table === 'documents' ? [outcome.extraction.document] : (outcome.extraction[table] as unknown[])).map((r, i) => fn(r, outcome, i));
      const unit = await writers.get(table)!.addUnit(table, records, csvRaw, units?.previous.get(table));
      rows[table] = (rows[table] ?? 0) + unit.rows;
      invalid.get(table)!.push(...unit.problems);
    }
  }
  for (const [table, writer] of writers) {
    await writer.close();
    units?.written.set(table, writer.units);
  }
}
