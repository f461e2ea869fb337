/**
 * Per-document rendering: the exact bytes a document contributes to each per-document table file,
 * so that a run can assemble the output files from cached fragments without re-rendering.
 *
 * The fragments concatenate to what `renderOutput` (src/emit/index.ts) writes for the whole
 * corpus: JSON is `JSON.stringify(records, null, 2)` split at record boundaries, CSV is `toCsv`
 * without its header row. test/pipeline/render.test.ts checks the equivalence on real documents;
 * a change to either format must change both (and bump EXTRACTOR_VERSION).
 */
import type { DocumentExtraction } from '../extract/document.ts';
import type { ProseBlock } from '../extract/prose.ts';
import type { Problem } from '../extract/problem.ts';
import { encodeEntry, type EntryHeader } from '../cache/entry.ts';
import { neutraliseCell, toCsv, validateTables } from '../emit/index.ts';
import type { DocumentOutcome } from '../process-document.ts';
import type { SourceFile } from '../read/index.ts';
import { ProblemRecord } from '../schema/records.ts';
import { DOCUMENT_TABLES, TABLES, columnsOf, emptyTables, type TableName, type Tables } from '../schema/tables.ts';

/** Tables filled one document at a time: `documents` and the extractors' tables. */
export const PER_DOCUMENT_TABLES = ['documents', ...DOCUMENT_TABLES] as const satisfies readonly TableName[];
export type PerDocumentTable = (typeof PER_DOCUMENT_TABLES)[number];

/**
 * Per-document tables whose records the reconcile step completes (see `Reconciled.revise` in
 * src/pipeline.ts), e.g. `tenures` once they carry a `person_id`. Documents do not validate or
 * render them (their records are not final yet): the pipeline renders them from the stored
 * outcomes after reconciliation, through `revise` (or as they are, without one). Changing this
 * list changes cache entries: bump EXTRACTOR_VERSION.
 */
export const REVISED_TABLES: readonly PerDocumentTable[] = ['tenures'];

/**
 * Records of one document as they sit inside the JSON array of the table file: the array
 * rendered as `renderOutput` does, without its opening `[\n` and closing `\n]` (one native call).
 */
export function jsonFragment(records: readonly unknown[]): string {
  if (records.length === 0) return '';
  return JSON.stringify(records, null, 2).slice(2, -2);
}

/** Assembles a table's JSON file from its documents' fragments (empty fragments are skipped). */
export const JSON_ARRAY = { open: '[\n', separator: ',\n', close: '\n]\n', empty: '[]\n' } as const;

const csvHeaders = new Map<string, string>();

/** The CSV header row of a table (with its CRLF). */
export function csvHeader(table: TableName, raw: boolean): string {
  const key = `${table}:${raw}`;
  let header = csvHeaders.get(key);
  if (header === undefined) {
    header = toCsv(columnsOf(TABLES[table]), [], { raw });
    csvHeaders.set(key, header);
  }
  return header;
}

/** Quoting of csv-stringify as `toCsv` configures it: `"`, `,`, CR, LF, or white space at either end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell, as `toCsv` writes it (see cellOf in src/emit/csv.ts). */
function csvCell(value: unknown, raw: boolean): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') text = raw ? value : neutraliseCell(value);
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else text = JSON.stringify(value);
  if (text === '' || !NEEDS_QUOTES.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

const columnLists = new Map<TableName, string[]>();

/**
 * CSV rows of one document's records, without the header row: byte for byte what `toCsv` writes
 * for them (csv-stringify is a quarter of the per-document render time, so the rows are written
 * here; test/pipeline/render.test.ts compares the two on real and random records).
 */
export function csvRows(table: TableName, records: readonly Record<string, unknown>[], raw: boolean): string {
  if (records.length === 0) return '';
  let columns = columnLists.get(table);
  if (!columns) {
    columns = columnsOf(TABLES[table]);
    columnLists.set(table, columns);
  }
  let out = '';
  for (const record of records) {
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) out += ',';
      out += csvCell(record[columns[c]!], raw);
    }
    out += '\r\n';
  }
  return out;
}

/** Outcome as stored in an entry: without the file (paths are the run's, not the content's). */
export type StoredOutcome =
  | { ok: true; sha256: string; bytes: number; extraction: DocumentExtraction }
  | { ok: false; sha256: string | null; bytes: number | null; problem: Problem };

/**
 * The outcome as an entry's tail: JSON lines, so that the corpus step parses only what it reads
 * (the dates are more than a quarter of an outcome, the prose a fifth). Line 1: the outcome
 * without the extraction's prose, dates and problems; line 2: the prose; line 3: the dates and
 * problems. A failed outcome is line 1 alone.
 */
export function encodeTail(stored: StoredOutcome): string {
  if (!stored.ok) return JSON.stringify(stored);
  const { prose, dates, problems, ...core } = stored.extraction;
  return `${JSON.stringify({ ...stored, extraction: core })}\n${JSON.stringify(prose)}\n${JSON.stringify({ dates, problems })}`;
}

/** Line `n` (0-based) of a tail. */
function tailLine(bytes: Buffer, n: number): string {
  let start = 0;
  for (let i = 0; i < n; i++) {
    start = bytes.indexOf(0x0a, start) + 1;
    if (start === 0) throw new SyntaxError(`outcome tail has no line ${n + 1}`);
  }
  const end = bytes.indexOf(0x0a, start);
  return bytes.toString('utf8', start, end < 0 ? bytes.length : end);
}

/** The outcome of a tail without its prose, dates and problems (empty lists). */
export function decodeTailCore(bytes: Buffer): StoredOutcome {
  const stored = JSON.parse(tailLine(bytes, 0)) as StoredOutcome;
  if (!stored.ok) return stored;
  return { ...stored, extraction: { ...stored.extraction, dates: [], prose: [], problems: [] } };
}

/** The prose paragraphs of a successful outcome's tail. */
export function decodeTailProse(bytes: Buffer): ProseBlock[] {
  return JSON.parse(tailLine(bytes, 1)) as ProseBlock[];
}

/** The whole outcome of a tail. */
export function decodeTail(bytes: Buffer): StoredOutcome {
  const core = JSON.parse(tailLine(bytes, 0)) as StoredOutcome;
  if (!core.ok) return core;
  const { dates, problems } = JSON.parse(tailLine(bytes, 2)) as Pick<DocumentExtraction, 'dates' | 'problems'>;
  return { ...core, extraction: { ...core.extraction, dates, prose: decodeTailProse(bytes), problems } };
}

/** Failures that depend on more than the bytes (the size limit) or may be a passing fault. */
export const NOT_REUSABLE: ReadonlySet<string> = new Set(['too-large', 'internal-error', 'unreadable']);

/** Validates, renders and packs one document's outcome into a cache entry. */
export function buildEntry(outcome: DocumentOutcome, csvRaw: boolean): Buffer {
  const { file } = outcome;
  const located = (p: Problem): ProblemRecord => ProblemRecord.parse({ file: file.source, doc_id: file.docId, ...p });
  const rows: Record<string, number> = {};
  const invalid: Record<string, ProblemRecord[]> = {};
  const parts: [string, string][] = [];
  let problems: ProblemRecord[];
  let stored: StoredOutcome;
  if (outcome.ok) {
    const { extraction } = outcome;
    for (const table of PER_DOCUMENT_TABLES) {
      if (REVISED_TABLES.includes(table)) continue;
      const records = table === 'documents' ? [extraction.document] : extraction[table];
      const single = { ...emptyTables(), [table]: records } as Tables;
      const validated = validateTables(single, []);
      const valid = validated.tables[table] as Record<string, unknown>[];
      rows[table] = valid.length;
      if (validated.problems.length > 0) invalid[table] = validated.problems;
      if (valid.length > 0) parts.push([`${table}.json`, jsonFragment(valid)], [`${table}.csv`, csvRows(table, valid, csvRaw)]);
    }
    problems = extraction.problems.map(located);
    stored = { ok: true, sha256: outcome.sha256, bytes: outcome.bytes, extraction };
  } else {
    for (const table of PER_DOCUMENT_TABLES) rows[table] = 0;
    problems = [located(outcome.problem)];
    stored = { ok: false, sha256: outcome.sha256, bytes: outcome.bytes, problem: outcome.problem };
  }

  const header: Omit<EntryHeader, 'parts'> = {
    sha256: outcome.sha256,
    doc_id: file.docId,
    source: file.source,
    csv_raw: csvRaw,
    ok: outcome.ok,
    bytes: outcome.bytes,
    cacheable: outcome.sha256 !== null && (outcome.ok || !NOT_REUSABLE.has(outcome.problem.code)),
    rows,
    problems,
    invalid,
  };
  return encodeEntry(header, parts, encodeTail(stored));
}

/** The outcome of a stored document under another id or path (same bytes): ids re-stamped. */
export function restampOutcome(stored: StoredOutcome, file: SourceFile): DocumentOutcome {
  if (!stored.ok) return { ...stored, file };
  const doc_id = file.docId;
  const x = stored.extraction;
  const extraction: DocumentExtraction = { ...x, document: { ...x.document, doc_id, source: file.source } };
  // Spreading keeps every key where it was: `doc_id` stays first, so the rendering is unchanged.
  for (const table of DOCUMENT_TABLES) (extraction[table] as { doc_id: string }[]) = (x[table] as { doc_id: string }[]).map((r) => ({ ...r, doc_id }));
  return { ok: true, file, sha256: stored.sha256, bytes: stored.bytes, extraction };
}
