/**
 * The incremental cache: `<out>/.cache/`, carried from one output folder to the next by rename.
 *
 *   .cache/CACHEDIR.TAG                       marks the folder as a cache
 *   .cache/state.json                         fingerprint of the last run and the stats of the files it wrote
 *   .cache/docs-e<extractor>-s<schema>/ab/<sha256>-<id>.entry
 *                                             one entry per document (src/cache/entry.ts), sharded by
 *                                             the first two hex digits of the content hash; `<id>`
 *                                             is a CRC of the document id, source path and CSV mode
 *
 * Entries are keyed by content (sha256 of the bytes) and EXTRACTOR_VERSION/SCHEMA_VERSION; the
 * `<id>` suffix tells which id and path the rendered fragments carry. A document whose bytes are
 * cached under another id (moved, renamed, duplicated) is re-stamped from the stored outcome
 * instead of being parsed again.
 */
import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CACHE_DIR, CACHE_TAG } from '../emit/atomic-dir.ts';
import { SCHEMA_VERSION } from '../schema/records.ts';
import { readEntryFile, type DecodedEntry } from './entry.ts';
import { writeEntrySync } from './write-entry.ts';
import { CACHE_FORMAT, EXTRACTOR_VERSION } from './version.ts';

const TAG_TEXT = 'Signature: 8a477f597d28d172789f06886806bc55\n# This file marks the wikidex incremental cache (see README, "Performance").\n';
const DOCS_PREFIX = 'docs-';
export const DOCS_DIR = `${DOCS_PREFIX}e${EXTRACTOR_VERSION}-s${SCHEMA_VERSION}-f${CACHE_FORMAT}`;
const STATE_FILE = 'state.json';

/** What the last completed run wrote: its fingerprint and the files, to know they are untouched. */
export const RunState = z.object({
  format: z.literal(CACHE_FORMAT),
  fingerprint: z.string(),
  /** Output file → [size, mtimeMs, inode] right after it was written or confirmed. */
  files: z.record(z.string(), z.tuple([z.number(), z.number(), z.number()])),
});
export type RunState = z.infer<typeof RunState>;

export type Lookup = { entry: DecodedEntry } | { corrupt: string } | null;

export class DocumentCache {
  readonly root: string;
  readonly docs: string;
  /** Entry names present when the run started ("ab/<name>"). */
  #present = new Set<string>();
  /** Content hash → entry names with that content. */
  #byContent = new Map<string, string[]>();

  constructor(outDir: string) {
    this.root = path.join(outDir, CACHE_DIR);
    this.docs = path.join(this.root, DOCS_DIR);
  }

  /** Creates the cache folder if needed and lists the entries it holds. */
  async open(): Promise<void> {
    await mkdir(this.docs, { recursive: true });
    const tag = path.join(this.root, CACHE_TAG);
    try {
      await stat(tag);
    } catch {
      await writeFile(tag, TAG_TEXT);
    }
    for (const shard of await readdir(this.docs)) {
      let names: string[];
      try {
        names = await readdir(path.join(this.docs, shard));
      } catch {
        continue;
      }
      for (const name of names) {
        if (!name.endsWith('.entry')) continue;
        const key = `${shard}/${name}`;
        this.#present.add(key);
        const sha = name.slice(0, 64);
        const same = this.#byContent.get(sha);
        if (same) same.push(key);
        else this.#byContent.set(sha, [key]);
      }
    }
  }

  /** Number of entries present when the run started. */
  get size(): number {
    return this.#present.size;
  }

  has(name: string): boolean {
    return this.#present.has(name);
  }

  /** Entries holding the same bytes under another id, path or CSV mode. */
  sameContent(sha256: string, except: string): string[] {
    return (this.#byContent.get(sha256) ?? []).filter((name) => name !== except);
  }

  /**
   * Reads and checks an entry (line 1 and head only, see readEntryFile); a damaged one is deleted
   * and reported, a missing one is null. Synchronous: for small files a blocking read costs a
   * fifth of an asynchronous one (open, fstat, read and close each a round trip through the
   * thread pool), and reading entries is most of what a rerun does. The worker threads are not
   * held up: they have a queue.
   */
  read(name: string): Lookup {
    const decoded = readEntryFile(path.join(this.docs, name));
    if (decoded === null) return null;
    if ('corrupt' in decoded) {
      rmSync(path.join(this.docs, name), { force: true });
      this.#present.delete(name);
      return decoded;
    }
    return { entry: decoded };
  }

  /** Writes an entry (see writeEntrySync). */
  write(name: string, entry: Uint8Array): void {
    writeEntrySync(this.docs, name, entry);
  }

  /** Deletes entries no document of this run used, entries of other versions and leftovers. */
  async prune(used: ReadonlySet<string>): Promise<number> {
    let removed = 0;
    for (const name of this.#present) {
      if (used.has(name)) continue;
      await unlink(path.join(this.docs, name)).catch(() => undefined);
      removed++;
    }
    for (const dir of await readdir(this.root)) {
      if (dir.startsWith(DOCS_PREFIX) && dir !== DOCS_DIR) await rm(path.join(this.root, dir), { recursive: true, force: true });
      // A temporary file of a run killed while storing its reconcile state.
      else if (dir.endsWith('.tmp')) await rm(path.join(this.root, dir), { force: true });
    }
    for (const shard of await readdir(this.docs)) {
      const names = await readdir(path.join(this.docs, shard)).catch(() => [] as string[]);
      for (const name of names) if (name.endsWith('.tmp')) await unlink(path.join(this.docs, shard, name)).catch(() => undefined);
    }
    return removed;
  }

  /** The last run's state, or null (missing or unreadable: the run then compares files instead). */
  async readState(): Promise<RunState | null> {
    try {
      const parsed = RunState.safeParse(JSON.parse(await readFile(path.join(this.root, STATE_FILE), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async writeState(state: RunState): Promise<void> {
    await mkdir(this.root, { recursive: true });
    const file = path.join(this.root, STATE_FILE);
    await writeFile(`${file}.${process.pid}.tmp`, `${JSON.stringify(state)}\n`);
    await rename(`${file}.${process.pid}.tmp`, file);
  }
}

/** Size, mtime and inode of each output file, as recorded in the state. */
export async function statFiles(dir: string, names: readonly string[]): Promise<RunState['files']> {
  const files: RunState['files'] = {};
  for (const name of names) {
    const s = await stat(path.join(dir, name));
    files[name] = [s.size, s.mtimeMs, s.ino];
  }
  return files;
}

/** True when every recorded file is still there, untouched since the state was written. */
export async function filesUnchanged(dir: string, files: RunState['files']): Promise<boolean> {
  const names = Object.keys(files);
  if (names.length === 0) return false;
  try {
    const now = await statFiles(dir, names);
    return names.every((name) => {
      const [a, b] = [files[name]!, now[name]!];
      return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
    });
  } catch {
    return false;
  }
}
