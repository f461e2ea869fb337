import type { StagedFile, StagingDir } from '../emit/atomic-dir.ts';
import { validateTables } from '../emit/index.ts';
import type { DocumentOutcome } from '../process-document.ts';
import type { ProblemRecord } from '../schema/records.ts';
import { emptyTables, type TableName, type Tables } from '../schema/tables.ts';
import { JSON_ARRAY, PER_DOCUMENT_TABLES, REVISED_TABLES, csvHeader, csvRows, jsonFragment } from '../workers/render.ts';
import type { Corpus, Reconciled } from './reconcile-step.ts';

/** Writes a per-document table's JSON and CSV files from document fragments, in document order. */
export class TableWriter {
  #any = false;
  constructor(
    private readonly json: StagedFile,
    private readonly csv: StagedFile,
  ) {}

  async add(json: Buffer, csv: Buffer): Promise<void> {
    if (json.length > 0) {
      await this.json.write(this.#any ? JSON_ARRAY.separator : JSON_ARRAY.open);
      await this.json.write(json);
      this.#any = true;
    }
    await this.csv.write(csv);
  }

  async close(): Promise<void> {
    await this.json.write(this.#any ? JSON_ARRAY.close : JSON_ARRAY.empty);
    await Promise.all([this.json.close(), this.csv.close()]);
  }
}

/** Opens a table's JSON and CSV files in the staging folder, the CSV header written. */
export async function openTable(staging: StagingDir, table: TableName, csvRaw: boolean): Promise<TableWriter> {
  const [json, csv] = await Promise.all([staging.open(`${table}.json`), staging.open(`${table}.csv`)]);
  await csv.write(csvHeader(table, csvRaw));
  return new TableWriter(json, csv);
}

/** Renders the per-document tables the reconcile step revises again, from the stored outcomes (but those in `staged`, already there). */
export async function reviseTables(reconciled: Reconciled, corpus: Corpus, staging: StagingDir, csvRaw: boolean, rows: Record<string, number>, invalid: Map<string, ProblemRecord[]>, staged: ReadonlySet<TableName> = new Set()): Promise<void> {
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
      const validated = validateTables({ ...emptyTables(), [table]: records } as Tables, []);
      const valid = validated.tables[table] as Record<string, unknown>[];
      rows[table] = (rows[table] ?? 0) + valid.length;
      invalid.get(table)!.push(...validated.problems);
      await writers.get(table)!.add(Buffer.from(jsonFragment(valid)), Buffer.from(csvRows(table, valid, csvRaw)));
    }
  }
  for (const writer of writers.values()) await writer.close();
}
