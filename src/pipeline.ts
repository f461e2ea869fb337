import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { emitDatasets, type InputEntry } from './emit/index.ts';
import { processDocument, type DocumentOutcome } from './process-document.ts';
import { discoverInputs, type SourceFile } from './read/index.ts';
import type { ProblemRecord } from './schema/records.ts';
import { DOCUMENT_TABLES, TABLE_NAMES, emptyTables, type Tables } from './schema/tables.ts';

export interface PipelineOptions {
  inputs: string[];
  out: string;
  maxBytes?: number;
  csvRaw?: boolean;
  cwd?: string;
}

export interface PipelineSummary {
  documents: number;
  failed: number;
  rows: Record<string, number>;
  problems: ProblemRecord[];
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Duplicate ids (the same relative path under two roots) keep the first file only. */
function uniqueIds(files: SourceFile[], problems: ProblemRecord[]): SourceFile[] {
  const seen = new Map<string, string>();
  return files.filter((file) => {
    const first = seen.get(file.docId);
    if (first === undefined) {
      seen.set(file.docId, file.source);
      return true;
    }
    problems.push({ file: file.source, doc_id: file.docId, line: null, column: null, severity: 'error', code: 'duplicate-doc-id', message: `document id ${JSON.stringify(file.docId)} is already taken by ${first}; file skipped` });
    return false;
  });
}

/** Gathers per-document outcomes into the tables, in document id order. */
export function collect(outcomes: DocumentOutcome[], problems: ProblemRecord[]): { tables: Tables; inputs: InputEntry[] } {
  const tables = emptyTables();
  const inputs: InputEntry[] = [];
  const sorted = [...outcomes].sort((a, b) => compareIds(a.file.docId, b.file.docId) || compareIds(a.file.source, b.file.source));
  for (const outcome of sorted) {
    const { file } = outcome;
    inputs.push({ doc_id: file.docId, source: file.source, sha256: outcome.sha256, bytes: outcome.bytes, status: outcome.ok ? 'ok' : 'failed' });
    const located = (p: { severity: 'error' | 'warning'; code: string; line: number | null; column: number | null; message: string }): ProblemRecord => ({ file: file.source, doc_id: file.docId, ...p });
    if (!outcome.ok) {
      problems.push(located(outcome.problem));
      continue;
    }
    const { extraction } = outcome;
    tables.documents.push(extraction.document);
    for (const name of DOCUMENT_TABLES) (tables[name] as unknown[]).push(...extraction[name]);
    problems.push(...extraction.problems.map(located));
  }
  return { tables, inputs };
}

export interface Gathered {
  outcomes: DocumentOutcome[];
  problems: ProblemRecord[];
  files: SourceFile[];
}

/** discover → read → parse → extract, for every input, in memory. */
export async function gatherDocuments(inputs: readonly string[], options: { maxBytes?: number; cwd?: string } = {}): Promise<Gathered> {
  const problems: ProblemRecord[] = [];
  const discovery = await discoverInputs(inputs, options.cwd ?? process.cwd());
  for (const p of discovery.problems) problems.push({ file: p.file, doc_id: null, line: null, column: null, severity: 'error', code: p.code, message: p.message });
  const files = uniqueIds(discovery.files, problems);
  const io = pLimit(16);
  const outcomes = await Promise.all(
    files.map((file) =>
      io(async (): Promise<DocumentOutcome> => {
        let bytes: Uint8Array;
        try {
          bytes = await readFile(file.absolute);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { ok: false, file, sha256: null, bytes: null, problem: { severity: 'error', code: 'unreadable', line: null, column: null, message } };
        }
        return processDocument(file, bytes, options.maxBytes);
      }),
    ),
  );
  return { outcomes, problems, files };
}

/** discover → read → parse → extract → emit. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const { outcomes, problems, files } = await gatherDocuments(options.inputs, options);
  const { tables, inputs } = collect(outcomes, problems);
  const written = await emitDatasets(options.out, { tables, problems, inputs, csvRaw: options.csvRaw ?? false });
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, written.tables[name].length]));
  return { documents: files.length, failed: outcomes.filter((o) => !o.ok).length, rows, problems: written.problems };
}
