import { entryName, entryOutcome } from '../cache/entry.ts';
import type { DocumentCache } from '../cache/store.ts';
import type { DocumentOutcome } from '../process-document.ts';
import type { SourceFile } from '../read/index.ts';
import type { StoredOutcome } from '../workers/render.ts';

/** One input of a run, hashed. */
export interface Hashed {
  file: SourceFile;
  sha256: string | null;
  bytes: number | null;
  error: unknown;
  /** Name of its cache entry (null: unreadable, or too large to cache). */
  entry: string | null;
  /** To be parsed: no entry to reuse. */
  parse: boolean;
}

/** Every document's outcome in id order: from its cache entry, or (failures not cached) from memory. */
export async function* streamOutcomes(cache: DocumentCache, hashed: readonly Hashed[], csvRaw: boolean, uncached: ReadonlyMap<string, DocumentOutcome>, reparse: (h: Hashed, why: string) => Promise<DocumentOutcome>): AsyncIterable<DocumentOutcome> {
  for (const h of hashed) {
    const kept = uncached.get(h.file.docId);
    if (kept) {
      yield kept;
      continue;
    }
    const name = h.sha256 !== null ? entryName(h.sha256, h.file.docId, h.file.source, csvRaw) : null;
    const found = name !== null ? cache.read(name) : null;
    if (!found || 'corrupt' in found) {
      yield await reparse(h, found ? found.corrupt : 'entry missing');
      continue;
    }
    try {
      yield { ...(entryOutcome(found.entry) as StoredOutcome), file: h.file } as DocumentOutcome;
    } catch (error) {
      yield await reparse(h, error instanceof Error ? error.message : String(error));
    }
  }
}
