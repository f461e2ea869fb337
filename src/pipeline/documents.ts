/**
 * Where each document of a run comes from: its cache entry, or the runner (worker pool or main
 * thread), a bounded number ahead, in document id order.
 */
import { openFreshEntry, type DecodedEntry } from '../cache/entry.ts';
import type { DocumentCache } from '../cache/store.ts';
import { createOneWorker, createRunner, plannedThreads, withMoreWorkers, type Runner } from '../workers/pool.ts';
import { buildEntry, decodeTail, restampOutcome, type StoredOutcome } from '../workers/render.ts';
import { CorpusEntry, type Tail } from './corpus-outcome.ts';
import { unreadable } from './gather.ts';
import type { Hashed } from './outcomes.ts';

/** One document: its entry, and the bytes a runner read when they are not those hashed. */
export interface Item {
  hashed: Hashed;
  entry: DecodedEntry;
  parsed: boolean;
  data: Buffer | null;
}

/** A document ready to be written, with what the corpus step keeps of it. */
export interface Ready extends Item {
  corpus: CorpusEntry;
}

/**
 * Documents one early worker parses alone: here it parses 100 to 200 a second (of the bench
 * corpus, 6 KB on average), and another worker takes about a second to load, during which the
 * documents handed to it would wait.
 */
const ONE_WORKER_UP_TO = 256;

/** How many documents past one being parsed may be opened ahead (their entries, about 17 KB each, are held meanwhile). */
const PREFETCH = 1024;

export interface SourceOptions {
  cache: DocumentCache;
  useCache: boolean;
  hashed: readonly Hashed[];
  csvRaw: boolean;
  maxBytes: number;
  jobs: number;
  inProcessBelow: number | undefined;
  /** Entry names this run uses (the others are pruned). */
  used: Set<string>;
  cacheWarnings: string[];
}

/** A copy of a part of a larger buffer, which is then not held with it. */
function copy(bytes: Buffer): Buffer {
  const out = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(out);
  return out;
}

export class DocumentSource {
  /** Documents extracted again because their cached outcome was found damaged when read on demand. */
  recovered = 0;
  #runner: Promise<Runner> | null = null;
  /** The runner is the one worker `startEarly` started. */
  #early = false;
  #misses: number[] = [];

  /** `hashed` is filled and planned (`parse` set) before `plan()`. */
  constructor(private readonly o: SourceOptions) {}

  /** Takes note of the documents to parse (`Hashed.parse`). */
  plan(): void {
    this.#misses = this.o.hashed.flatMap((h, i) => (h.parse ? [i] : []));
  }

  /** Starts the runner before the plan is known (a run with an empty cache parses everything). */
  start(pending: number): void {
    this.#runner ??= createRunner(this.o.jobs, pending, this.o.hashed.length, this.o.inProcessBelow);
  }

  /**
   * Starts one worker before the plan is complete (a rerun has just met a document to parse): it
   * loads while the main thread hashes the rest. Threads the plan calls for are added to it.
   */
  startEarly(): void {
    if (this.#runner !== null) return;
    this.#runner = createOneWorker();
    this.#early = true;
  }

  #getRunner(): Promise<Runner> {
    const { jobs, hashed, inProcessBelow } = this.o;
    if (this.#early) {
      this.#early = false;
      // Tasks given to a worker still loading would hold up the documents after them.
      const more = this.#misses.length > ONE_WORKER_UP_TO ? plannedThreads(jobs, this.#misses.length, hashed.length, inProcessBelow) - 1 : 0;
      if (more > 0) this.#runner = this.#runner!.then((runner) => withMoreWorkers(runner, more));
    }
    return (this.#runner ??= createRunner(jobs, this.#misses.length, hashed.length, inProcessBelow));
  }

  /** A document from the cache (or an unreadable one); null when it must be parsed after all. */
  fromCache(h: Hashed): Item | null {
    const { cache, csvRaw, used, cacheWarnings } = this.o;
    const { file } = h;
    if (h.error !== null || h.sha256 === null) return { hashed: h, entry: openFreshEntry(buildEntry(unreadable(file, h.error), csvRaw)), parsed: false, data: null };
    const name = h.entry;
    if (!this.o.useCache || name === null) return null;
    // Same content, same stamps: the entry as it is.
    if (cache.has(name)) {
      const found = cache.read(name);
      if (found && 'entry' in found && found.entry.header.sha256 === h.sha256 && found.entry.header.doc_id === file.docId && found.entry.header.source === file.source) {
        used.add(name);
        return { hashed: h, entry: found.entry, parsed: false, data: null };
      }
      if (found && 'corrupt' in found) cacheWarnings.push(`cache entry for ${file.source} was damaged (${found.corrupt}); rebuilt`);
    }
    // Same content under another id, path or CSV mode: re-stamp the stored outcome.
    for (const other of cache.sameContent(h.sha256, name)) {
      const found = cache.read(other);
      if (!found || 'corrupt' in found) {
        if (found) cacheWarnings.push(`cache entry ${other} was damaged (${found.corrupt}); ignored`);
        continue;
      }
      let stored: StoredOutcome;
      try {
        stored = decodeTail(found.entry.tail());
      } catch (error) {
        cacheWarnings.push(`cache entry ${other} has an unreadable outcome (${error instanceof Error ? error.message : String(error)}); ignored`);
        continue;
      }
      const entry = buildEntry(restampOutcome(stored, file), csvRaw);
      cache.write(name, entry);
      used.add(name);
      return { hashed: h, entry: openFreshEntry(entry), parsed: false, data: null };
    }
    return null;
  }

  /** A document parsed by the runner. */
  async parse(h: Hashed): Promise<Item> {
    const { maxBytes, csvRaw, cache } = this.o;
    const result = await (await this.#getRunner()).run({ file: h.file, maxBytes, csvRaw, cacheDir: cache.docs, sha256: h.sha256 });
    if (result.cached !== null) this.o.used.add(result.cached);
    const buffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { hashed: h, entry: openFreshEntry(buffer(result.entry)), parsed: true, data: result.data === null ? null : buffer(result.data) };
  }

  /**
   * Every document in id order, with its entry and what the corpus step keeps of it. Documents to
   * parse are sent to the runner a bounded number ahead (16 per thread), from the start: the
   * workers parse while the main thread copies cached documents. While the next document is
   * still being parsed (a worker loading, typically), cached documents further on are opened
   * meanwhile, up to a bounded window, so that a rerun with a few changes does not stall.
   */
  async *inOrder(): AsyncIterable<Ready> {
    const { hashed } = this.o;
    const misses = this.#misses;
    const lookahead = Math.max(32, this.o.jobs * 16);
    const parsing = new Map<number, Promise<Item | { failure: unknown }>>();
    const settle = (p: Promise<Item>): Promise<Item | { failure: unknown }> => p.catch((failure: unknown) => ({ failure }));
    let dispatched = 0;
    const dispatch = (limit: number): void => {
      for (; dispatched < Math.min(limit, misses.length); dispatched++) parsing.set(misses[dispatched]!, settle(this.parse(hashed[misses[dispatched]!]!)));
    };
    dispatch(lookahead);
    const opened = new Map<number, Ready>();
    let next = 0;
    /** Opens the next cached document after `i` not opened yet; false when none is in the window. */
    const openAhead = async (i: number): Promise<boolean> => {
      next = Math.max(next, i + 1);
      while (next < hashed.length && next <= i + PREFETCH && (parsing.has(next) || hashed[next]!.parse)) next++;
      if (next >= hashed.length || next > i + PREFETCH) return false;
      const j = next++;
      opened.set(j, await this.#ready(this.fromCache(hashed[j]!) ?? (await this.parse(hashed[j]!))));
      return true;
    };
    let missesDone = 0;
    for (let i = 0; i < hashed.length; i++) {
      const pending = parsing.get(i);
      if (pending) {
        let settled = false;
        void pending.then(() => (settled = true));
        // Let the runner's messages in between two documents opened ahead.
        while (!settled && (await openAhead(i))) await new Promise((resolve) => setImmediate(resolve));
        const item = await pending;
        parsing.delete(i);
        dispatch(++missesDone + lookahead);
        if ('failure' in item) throw item.failure;
        yield await this.#ready(item);
        continue;
      }
      const early = opened.get(i);
      opened.delete(i);
      yield early ?? (await this.#ready(this.fromCache(hashed[i]!) ?? (await this.parse(hashed[i]!))));
    }
  }

  /**
   * The item with what the corpus step keeps of it. An outcome in hand is checked now (a damaged
   * one is parsed again, same bytes, same outcome, and reported); one still on disk is read only
   * if the corpus step asks for it (see `CorpusEntry`). A document's text is decoded whenever
   * asked for, from the bytes hashed (or those a runner read, if the file changed in between).
   */
  async #ready(item: Item): Promise<Ready> {
    const { hashed } = item;
    let tail: Tail;
    if (item.entry.inHand) {
      try {
        tail = copy(item.entry.tail());
      } catch (error) {
        if (item.parsed) throw error;
        this.o.cacheWarnings.push(`cache entry for ${hashed.file.source} was damaged (${error instanceof Error ? error.message : String(error)}); rebuilt`);
        item = await this.parse(hashed);
        tail = copy(item.entry.tail());
      }
    } else tail = item.entry.tail;
    const { header } = item.entry;
    const name = hashed.entry;
    const recover = name === null ? null : (data: Buffer, reason: string) => this.#recover(hashed, name, data, reason);
    const corpus = new CorpusEntry(hashed.file, header.sha256, header.ok, tail, item.data ?? hashed.data, recover);
    hashed.data = null;
    // A document just parsed is new to the corpus step, which will read it: decoded now, its
    // dates and problems are not held until then.
    if (item.parsed) corpus.outcome();
    return { ...item, corpus };
  }

  /** A cached outcome found damaged when the corpus step read it: the document extracted again from the bytes hashed, and its entry rewritten. */
  async #recover(h: Hashed, name: string, data: Buffer, reason: string): Promise<Buffer> {
    // Loaded here only: the main thread does not otherwise parse when workers do.
    const { processDocument } = await import('../process-document.ts');
    const entry = buildEntry(processDocument(h.file, data, this.o.maxBytes), this.o.csvRaw);
    this.o.cache.write(name, entry);
    this.recovered++;
    this.o.cacheWarnings.push(`cache entry for ${h.file.source} was damaged (${reason}); rebuilt`);
    return openFreshEntry(entry).tail();
  }

  /** Stops the runner; where parsing ran. */
  async close(): Promise<{ mode: 'none' | 'in-process' | 'workers'; threads: number }> {
    if (!this.#runner) return { mode: 'none', threads: 0 };
    const r = await this.#runner;
    this.#runner = null;
    const { mode, threads } = r;
    await r.close();
    return { mode, threads };
  }

  /** Stops the runner after a failure. */
  async abort(): Promise<void> {
    if (this.#runner) await this.#runner.then((r) => r.close()).catch(() => undefined);
    this.#runner = null;
  }
}
