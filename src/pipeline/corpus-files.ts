/**
 * The files a run writes once every document is in: the corpus-level tables, the JSON Schemas,
 * `errors.json` and, last, `manifest.json`. Byte for byte what `renderOutput` (src/emit) writes
 * for them, without rendering the per-document tables again (they were streamed); the corpus
 * tables go through the same `TableWriter` as those, in slices, with the CSV rows written by
 * `csvRows` rather than csv-stringify (the two are compared in test/pipeline/render.test.ts).
 */
import type { StagingDir } from '../emit/atomic-dir.ts';
import { OWNER_FILE } from '../emit/atomic-dir.ts';
import { tableJsonSchema, type InputEntry } from '../emit/index.ts';
import { ProblemRecord, SCHEMA_VERSION } from '../schema/records.ts';
import { TABLES, TABLE_NAMES, type TableName } from '../schema/tables.ts';
import { PER_DOCUMENT_TABLES } from '../workers/render.ts';
import type { Reconciled } from './reconcile-step.ts';
import { openTable, renderUnit, type Units } from './table-writer.ts';

/** Tables the reconcile step fills. */
const CORPUS_TABLES = TABLE_NAMES.filter((name) => !(PER_DOCUMENT_TABLES as readonly TableName[]).includes(name));

/** Records rendered at a time. */
const SLICE = 1024;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export interface CorpusFilesInput {
  reconciled: Reconciled;
  /** The documents' problems, in document order (located, not yet checked). */
  problems: readonly ProblemRecord[];
  /** `invalid-record` problems by table; the corpus tables' are added here. */
  invalid: Map<string, ProblemRecord[]>;
  inputs: readonly InputEntry[];
  /** Rows per table; the corpus tables' are added here. */
  rows: Record<string, number>;
  csvRaw: boolean;
  /** Corpus tables whose files are already staged (and their rows and problems set). */
  rendered?: ReadonlySet<TableName>;
  /** The last run's units, and this run's (see table-units.ts). */
  units?: Units;
}

/** Corpus tables written a document at a time (their records are sorted by `doc_id` first): each document's records a unit. */
const BY_DOCUMENT: ReadonlySet<TableName> = new Set(['mentions']);

/** Validates and writes the corpus-level files; returns every problem of the run, in output order. */
export async function writeCorpusFiles(staging: StagingDir, input: CorpusFilesInput): Promise<ProblemRecord[]> {
  const { reconciled, invalid, rows, csvRaw } = input;
  for (const name of CORPUS_TABLES.filter((table) => input.rendered?.has(table) !== true)) {
    // Read only here: the step may make a table when first asked for.
    const all = (reconciled.tables?.[name] ?? []) as readonly unknown[];
    const problems: ProblemRecord[] = [];
    let count = 0;
    // Validated and rendered in slices: a whole table validated at once (450,000 mentions at
    // 10,000 documents) held a second copy of it; one string of a whole table took seconds to
    // build and encode, and held as much memory again.
    const writer = await openTable(staging, name, csvRaw);
    if (BY_DOCUMENT.has(name)) {
      const docOf = (i: number): unknown => (all[i] as { doc_id?: unknown }).doc_id;
      for (let at = 0; at < all.length; ) {
        let end = at + 1;
        while (end < all.length && docOf(end) === docOf(at)) end++;
        const unit = await writer.addUnit(name, all.slice(at, end), csvRaw, input.units?.previous.get(name));
        count += unit.rows;
        problems.push(...unit.problems);
        at = end;
      }
      input.units?.written.set(name, writer.units);
    } else {
      for (let at = 0; at < all.length; at += SLICE) {
        const unit = renderUnit(name, all.slice(at, at + SLICE), csvRaw);
        count += unit.rows;
        problems.push(...unit.problems);
        await writer.add(unit.json, unit.csv);
      }
    }
    await writer.close();
    rows[name] = count;
    invalid.set(name, problems);
  }
  for (const name of TABLE_NAMES) await staging.writeFile(`schema/${name}.schema.json`, json(tableJsonSchema(TABLES[name])));
  // Same order as validateTables over the whole corpus: the documents' problems, then invalid records table by table.
  const problems = [...input.problems.map((p) => ProblemRecord.parse(p)), ...(reconciled.problems ?? []), ...TABLE_NAMES.flatMap((name) => invalid.get(name) ?? [])];
  await staging.writeFile('errors.json', json(problems));
  const count = (severity: string): number => problems.filter((p) => p.severity === severity).length;
  // The owner file last: a staging folder without it is never taken for a finished output.
  await staging.writeFile(
    OWNER_FILE,
    json({
      schema_version: SCHEMA_VERSION,
      generator: 'wikidex',
      inputs: input.inputs,
      tables: Object.fromEntries(TABLE_NAMES.map((name) => [name, rows[name] ?? 0])),
      errors: count('error'),
      warnings: count('warning'),
      csv: csvRaw ? 'raw' : 'formula-neutralised',
    }),
  );
  return problems;
}
