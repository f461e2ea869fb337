import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { InputEntry } from '../emit/index.ts';
import type { DocumentOutcome } from '../process-document.ts';
import { decodeDocument, discoverInputs, type SourceFile } from '../read/index.ts';
import type { ProblemRecord } from '../schema/records.ts';
import { DOCUMENT_TABLES, emptyTables, type Tables } from '../schema/tables.ts';
import { reconcileCorpus } from '../reconcile/index.ts';

export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/** The input files of a run (unique ids) and the problems met while looking for them. */
export async function discover(inputs: readonly string[], cwd: string): Promise<{ files: SourceFile[]; problems: ProblemRecord[] }> {
  const problems: ProblemRecord[] = [];
  const discovery = await discoverInputs(inputs, cwd);
  for (const p of discovery.problems) problems.push({ file: p.file, doc_id: null, line: null, column: null, severity: 'error', code: p.code, message: p.message });
  return { files: uniqueIds(discovery.files, problems), problems };
}

/** The outcome of a file that could not be read at all. */
export const unreadable = (file: SourceFile, error: unknown): DocumentOutcome => ({
  ok: false,
  file,
  sha256: null,
  bytes: null,
  problem: { severity: 'error', code: 'unreadable', line: null, column: null, message: error instanceof Error ? error.message : String(error) },
});

export interface Gathered {
  outcomes: DocumentOutcome[];
  problems: ProblemRecord[];
  files: SourceFile[];
  /** Decoded text of each document read successfully, by document id (for reconciliation). */
  texts: Map<string, string>;
}

/** discover → read → parse → extract, for every input, in memory, in the main thread (no cache). */
export async function gatherDocuments(inputs: readonly string[], options: { maxBytes?: number; cwd?: string } = {}): Promise<Gathered> {
  const { processDocument } = await import('../process-document.ts');
  const { files, problems } = await discover(inputs, options.cwd ?? process.cwd());
  const io = pLimit(16);
  const texts = new Map<string, string>();
  const outcomes = await Promise.all(
    files.map((file) =>
      io(async (): Promise<DocumentOutcome> => {
        let bytes: Uint8Array;
        try {
          bytes = await readFile(file.absolute);
        } catch (error) {
          return unreadable(file, error);
        }
        const outcome = processDocument(file, bytes, options.maxBytes);
        if (outcome.ok) {
          const decoded = decodeDocument(bytes);
          if (decoded.ok) texts.set(file.docId, decoded.text);
        }
        return outcome;
      }),
    ),
  );
  return { outcomes, problems, files, texts };
}

/**
 * Gathers per-document outcomes into the tables, in document id order, and reconciles them
 * (in memory: audit, tests). `texts` (document id → text) gives reconciliation exact columns and
 * internal units, as in a full run.
 */
export function collect(outcomes: DocumentOutcome[], problems: ProblemRecord[], texts: ReadonlyMap<string, string> = new Map()): { tables: Tables; inputs: InputEntry[] } {
  const tables = emptyTables();
  const inputs: InputEntry[] = [];
  const sorted = [...outcomes].sort((a, b) => compareIds(a.file.docId, b.file.docId) || compareIds(a.file.source, b.file.source));
  const extracted: (DocumentOutcome & { ok: true })[] = [];
  for (const outcome of sorted) {
    const { file } = outcome;
    inputs.push({ doc_id: file.docId, source: file.source, sha256: outcome.sha256, bytes: outcome.bytes, status: outcome.ok ? 'ok' : 'failed' });
    const located = (p: { severity: 'error' | 'warning'; code: string; line: number | null; column: number | null; message: string }): ProblemRecord => ({ file: file.source, doc_id: file.docId, ...p });
    if (!outcome.ok) {
      problems.push(located(outcome.problem));
      continue;
    }
    extracted.push(outcome);
    const { extraction } = outcome;
    tables.documents.push(extraction.document);
    for (const name of DOCUMENT_TABLES) if (name !== 'tenures') (tables[name] as unknown[]).push(...extraction[name]);
    problems.push(...extraction.problems.map(located));
  }
  const reconciled = reconcileCorpus(extracted.map((o) => ({ ...o.extraction, text: texts.get(o.file.docId) })));
  tables.tenures = reconciled.tenures;
  tables.entities = reconciled.entities;
  tables.mentions = reconciled.mentions;
  tables.conflicts = reconciled.conflicts;
  return { tables, inputs };
}
