/**
 * The worker's task (and the in-process path): one document file → its cache entry.
 * Runs in a worker thread of the pool (src/workers/pool.ts) or in the main thread for small runs.
 * The file is read here and the entry written to the cache here, so that the main thread only
 * hashes inputs and assembles the output.
 */
import { readFileSync } from 'node:fs';
import { entryName } from '../cache/entry.ts';
import { writeEntrySync } from '../cache/write-entry.ts';
import type { DocumentOutcome } from '../process-document.ts';
import { processDocument } from '../process-document.ts';
import type { SourceFile } from '../read/index.ts';
import { NOT_REUSABLE, buildEntry } from './render.ts';

export interface ExtractRequest {
  file: SourceFile;
  maxBytes: number | undefined;
  csvRaw: boolean;
  /** Cache folder for the entry (`<out>/.cache/docs-…`), or null not to store it. */
  cacheDir: string | null;
  /** SHA-256 of the file as the caller hashed it (null: not hashed). */
  sha256: string | null;
}

export interface ExtractResult {
  entry: Uint8Array;
  /** Name of the cache entry written, or null. */
  cached: string | null;
  /**
   * The bytes read, when they are not those the caller hashed (the file changed in between):
   * the corpus-level step decodes the text the extraction saw from them. Else null.
   */
  data: Uint8Array | null;
}

function fail(file: SourceFile, sha256: string | null, bytes: number | null, code: string, message: string): DocumentOutcome {
  return { ok: false, file, sha256, bytes, problem: { severity: 'error', code, line: null, column: null, message } };
}

/** read → parse → extract → validate → render → cache one document; never throws. */
export function extractEntry(request: ExtractRequest): ExtractResult {
  const { file, csvRaw } = request;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    return { entry: buildEntry(fail(file, null, null, 'unreadable', error instanceof Error ? error.message : String(error)), csvRaw), cached: null, data: null };
  }
  const outcome = processDocument(file, bytes, request.maxBytes);
  let entry: Buffer;
  try {
    entry = buildEntry(outcome, csvRaw);
  } catch (error) {
    entry = buildEntry(fail(file, outcome.sha256, outcome.bytes, 'internal-error', `rendering failed: ${error instanceof Error ? error.message : String(error)}`), csvRaw);
  }
  let cached: string | null = null;
  const cacheable = outcome.sha256 !== null && (outcome.ok || !NOT_REUSABLE.has(outcome.problem.code));
  if (request.cacheDir !== null && cacheable && outcome.sha256 !== null) {
    const name = entryName(outcome.sha256, file.docId, file.source, csvRaw);
    try {
      writeEntrySync(request.cacheDir, name, entry);
      cached = name;
    } catch {
      // A cache that cannot be written only costs the next run some time.
    }
  }
  return { entry, cached, data: outcome.sha256 === request.sha256 ? null : bytes };
}

export default extractEntry;
