import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes a cache entry under a temporary name, then renames it: readers never see half an entry,
 * and a run killed mid-write leaves only a `.tmp` file (deleted by the next prune). Synchronous:
 * it runs in the pool's worker threads (and, for small runs, in the main thread), where a small
 * blocking write costs less than an asynchronous round trip.
 */
export function writeEntrySync(docsDir: string, name: string, entry: Uint8Array): void {
  const file = path.join(docsDir, name);
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(tmp, entry);
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, entry);
  }
  renameSync(tmp, file);
}
