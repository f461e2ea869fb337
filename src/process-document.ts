import { extractDocument, type DocumentExtraction } from './extract/document.ts';
import type { Problem } from './extract/problem.ts';
import { parseDocument } from './parse/index.ts';
import { readDocument, type SourceFile } from './read/index.ts';

/** The outcome for one file: its extraction, or the error that stopped it. */
export type DocumentOutcome =
  | { ok: true; file: SourceFile; sha256: string; bytes: number; extraction: DocumentExtraction }
  | { ok: false; file: SourceFile; sha256: string | null; bytes: number | null; problem: Problem };

/** read → parse → extract for one file's bytes; never throws. */
export function processDocument(file: SourceFile, bytes: Uint8Array, maxBytes?: number): DocumentOutcome {
  const read = readDocument(file, bytes, maxBytes);
  if (!read.ok) {
    return { ok: false, file, sha256: read.sha256, bytes: bytes.length, problem: { severity: 'error', code: read.error.code, line: read.error.line, column: null, message: read.error.message } };
  }
  try {
    const tree = parseDocument(read.document.text);
    return { ok: true, file, sha256: read.document.sha256, bytes: bytes.length, extraction: extractDocument(read.document, tree) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, file, sha256: read.document.sha256, bytes: bytes.length, problem: { severity: 'error', code: 'internal-error', line: null, column: null, message: `extraction failed: ${message}` } };
  }
}
