import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { entryName, entryOutcome, entryPart, openFreshEntry, type DecodedEntry } from '../cache/entry.ts';
import { DocumentCache, filesUnchanged, statFiles } from '../cache/store.ts';
import { CACHE_FORMAT, EXTRACTOR_VERSION } from '../cache/version.ts';
import { StagingDir, listOutputFiles, readOutputFile, OWNER_FILE } from '../emit/atomic-dir.ts';
import { renderOutput, validateTables, type InputEntry } from '../emit/index.ts';
import type { DocumentOutcome } from '../process-document.ts';
import { DEFAULT_MAX_BYTES, decodeDocument, sha256Of } from '../read/index.ts';
import { ProblemRecord, SCHEMA_VERSION } from '../schema/records.ts';
import { TABLE_NAMES, emptyTables, type TableName, type Tables } from '../schema/tables.ts';
import { createRunner, defaultJobs, type Runner } from '../workers/pool.ts';
import { PER_DOCUMENT_TABLES, buildEntry, restampOutcome, type StoredOutcome } from '../workers/render.ts';
import { codeStamp } from './code-stamp.ts';
import { compareIds, discover, unreadable } from './gather.ts';
import { streamOutcomes, type Hashed } from './outcomes.ts';
import { reconcileCorpus, type Corpus, type Reconciled } from './reconcile-step.ts';
import { TableWriter, openTable, reviseTables } from './table-writer.ts';

export { collect, gatherDocuments, type Gathered } from './gather.ts';
export { reconcileCorpus, type Corpus, type Reconciled } from './reconcile-step.ts';

export interface PipelineProgress {
  /** Documents done (parsed or reused). */
  done: number;
  total: number;
  parsed: number;
  reused: number;
}

export interface PipelineOptions {
  inputs: string[];
  out: string;
  maxBytes?: number;
  csvRaw?: boolean;
  cwd?: string;
  /** Threads for parse + extract (default: available cores); 1 works in the main thread. */
  jobs?: number;
  /** Parse in the main thread when fewer documents than this need parsing (default 48: worker start-up costs more). */
  inProcessBelow?: number;
  /** false (`--no-cache`): ignore cached entries; every document is parsed again and re-cached. */
  cache?: boolean;
  /** The corpus-level step (default: reconcileCorpus); replaceable for tests. */
  reconcile?: (corpus: Corpus) => Promise<Reconciled>;
  /** Called as documents complete (for the progress bar). */
  onProgress?: (progress: PipelineProgress) => void;
}

export interface PipelineSummary {
  documents: number;
  failed: number;
  rows: Record<string, number>;
  problems: ProblemRecord[];
  /** Documents parsed in this run. */
  parsed: number;
  /** Documents taken from the cache without parsing. */
  reused: number;
  /** False when the output folder already held exactly this output: nothing was rewritten. */
  written: boolean;
  /** Where parsing ran: no parsing, the main thread, or `threads` workers. */
  execution: { mode: 'none' | 'in-process' | 'workers'; threads: number };
  /** Damaged cache entries or state that were detected and rebuilt (not part of the output). */
  cacheWarnings: string[];
}


/** Tables the reconcile step fills. */
const CORPUS_TABLES = TABLE_NAMES.filter((name) => !(PER_DOCUMENT_TABLES as readonly TableName[]).includes(name));

type Item = { hashed: Hashed; entry: DecodedEntry; parsed: boolean } | { failure: unknown };

async function summaryFromOutput(out: string, documents: number): Promise<PipelineSummary | null> {
  const [manifestText, errorsText] = await Promise.all([readOutputFile(out, OWNER_FILE), readOutputFile(out, 'errors.json')]);
  if (manifestText === null || errorsText === null) return null;
  try {
    const manifest = JSON.parse(manifestText) as { inputs: { status: string }[]; tables: Record<string, number> };
    // Written by the last run and untouched since (size, mtime and inode checked): no need to validate.
    const problems = JSON.parse(errorsText) as ProblemRecord[];
    if (!Array.isArray(problems)) return null;
    return {
      documents,
      failed: manifest.inputs.filter((i) => i.status !== 'ok').length,
      rows: manifest.tables,
      problems,
      parsed: 0,
      reused: documents,
      written: false,
      execution: { mode: 'none', threads: 0 },
      cacheWarnings: [],
    };
  } catch {
    return null;
  }
}

/**
 * discover → read → (cache | parse → extract on the worker pool) → reconcile → emit.
 *
 * Documents stream through in id order with a bounded window, so memory does not grow with the
 * corpus: each document's rendered fragments go straight into the staged output files. The output
 * replaces the old folder only if some file differs; when the inputs, options and code are those
 * of the last run and its files are untouched, the run stops before reading any cache entry.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const csvRaw = options.csvRaw ?? false;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const useCache = options.cache !== false;

  const staging = await StagingDir.create(out);
  const pool: { runner: Promise<Runner> | null } = { runner: null };
  try {
    const { files: found, problems } = await discover(options.inputs, cwd);
    const files = [...found].sort((a, b) => compareIds(a.docId, b.docId));

    // 1. Hash every input. Bytes are not kept (the workers read misses again, from the page
    // cache). Synchronous reads: nothing else is running yet, and a blocking read of a small file
    // costs a fifth of an asynchronous one (open, stat, read, close round trips).
    const hashed: Hashed[] = files.map((file): Hashed => {
      try {
        const bytes = readFileSync(file.absolute);
        return { file, sha256: sha256Of(bytes), bytes: bytes.length, error: null, entry: null, parse: false };
      } catch (error) {
        return { file, sha256: null, bytes: null, error, entry: null, parse: false };
      }
    });
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ format: CACHE_FORMAT, extractor: EXTRACTOR_VERSION, schema: SCHEMA_VERSION, code: await codeStamp(), csvRaw, maxBytes, problems, docs: hashed.map((h) => [h.file.docId, h.file.source, h.sha256, h.bytes, h.error === null]) }))
      .digest('hex');

    const cache = new DocumentCache(out);
    await cache.open();
    const cacheWarnings: string[] = [];

    // 2. Nothing changed since the last run, whose files are untouched: nothing to do.
    if (useCache) {
      const state = await cache.readState();
      if (state && state.fingerprint === fingerprint && (await filesUnchanged(out, state.files))) {
        const summary = await summaryFromOutput(out, files.length);
        if (summary) {
          await staging.discard();
          options.onProgress?.({ done: files.length, total: files.length, parsed: 0, reused: files.length });
          return summary;
        }
      }
    }

    // 3. Plan: which documents have an entry for exactly this content, id, path and CSV mode, or
    // one to re-stamp; the others are parsed.
    for (const h of hashed) {
      if (h.sha256 === null) continue;
      if (h.bytes !== null && h.bytes <= maxBytes) h.entry = entryName(h.sha256, h.file.docId, h.file.source, csvRaw);
      h.parse = h.entry === null || !useCache || (!cache.has(h.entry) && cache.sameContent(h.sha256, h.entry).length === 0);
    }
    const misses = hashed.flatMap((h, i) => (h.parse ? [i] : []));
    const getRunner = (): Promise<Runner> => (pool.runner ??= createRunner(jobs, misses.length, hashed.length, options.inProcessBelow));
    const progress: PipelineProgress = { done: 0, total: files.length, parsed: 0, reused: 0 };
    const used = new Set<string>();

    /** A document from the cache (or an unreadable one); null when it must be parsed after all. */
    const fromCache = (h: Hashed): Item | null => {
      const { file } = h;
      if (h.error !== null || h.sha256 === null) return { hashed: h, entry: openFreshEntry(buildEntry(unreadable(file, h.error), csvRaw)), parsed: false };
      const name = h.entry;
      if (!useCache || name === null) return null;
      // Same content, same stamps: the entry as it is.
      if (cache.has(name)) {
        const found = cache.read(name);
        if (found && 'entry' in found && found.entry.header.sha256 === h.sha256 && found.entry.header.doc_id === file.docId && found.entry.header.source === file.source) {
          used.add(name);
          return { hashed: h, entry: found.entry, parsed: false };
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
          stored = entryOutcome(found.entry) as StoredOutcome;
        } catch (error) {
          cacheWarnings.push(`cache entry ${other} has an unreadable outcome (${error instanceof Error ? error.message : String(error)}); ignored`);
          continue;
        }
        const entry = buildEntry(restampOutcome(stored, file), csvRaw);
        cache.write(name, entry);
        used.add(name);
        return { hashed: h, entry: openFreshEntry(entry), parsed: false };
      }
      return null;
    };

    /** A document parsed by the runner (never rejects). */
    const parse = async (h: Hashed): Promise<Item> => {
      try {
        const result = await (await getRunner()).run({ file: h.file, maxBytes, csvRaw, cacheDir: cache.docs });
        if (result.cached !== null) used.add(result.cached);
        return { hashed: h, entry: openFreshEntry(Buffer.from(result.entry.buffer, result.entry.byteOffset, result.entry.byteLength)), parsed: true };
      } catch (failure) {
        return { failure };
      }
    };

    // 4. Stream the documents in id order into the staged output. Documents to parse are sent to
    // the runner a bounded number ahead (16 per thread), from the start: the workers parse while
    // the main thread copies cached documents, and memory does not grow with the corpus.
    const writers = new Map<TableName, TableWriter>();
    for (const table of PER_DOCUMENT_TABLES) writers.set(table, await openTable(staging, table, csvRaw));
    const inputs: InputEntry[] = [];
    const rows: Record<string, number> = Object.fromEntries(TABLE_NAMES.map((name) => [name, 0]));
    const invalid = new Map<string, ProblemRecord[]>(TABLE_NAMES.map((name) => [name, []]));
    let failed = 0;
    const uncached = new Map<string, DocumentOutcome>();

    const lookahead = Math.max(32, jobs * 16);
    const parsing = new Map<number, Promise<Item>>();
    let dispatched = 0;
    const dispatch = (limit: number): void => {
      for (; dispatched < Math.min(limit, misses.length); dispatched++) {
        const i = misses[dispatched]!;
        parsing.set(i, parse(hashed[i]!));
      }
    };
    dispatch(lookahead);
    let missesDone = 0;
    for (let i = 0; i < hashed.length; i++) {
      const h = hashed[i]!;
      let item: Item;
      const pending = parsing.get(i);
      if (pending) {
        item = await pending;
        parsing.delete(i);
        dispatch(++missesDone + lookahead);
      } else item = fromCache(h) ?? (await parse(h));
      if ('failure' in item) throw item.failure;
      progress.done++;
      if (item.parsed) progress.parsed++;
      else if (h.sha256 !== null) progress.reused++;
      options.onProgress?.({ ...progress });
      const { file } = h;
      const { header } = item.entry;
      // Failures are small and some are not cached (too large, unreadable): keep them for the corpus step.
      if (!header.ok) uncached.set(file.docId, { ...(entryOutcome(item.entry) as StoredOutcome), file } as DocumentOutcome);
      inputs.push({ doc_id: file.docId, source: file.source, sha256: header.sha256, bytes: header.bytes, status: header.ok ? 'ok' : 'failed' });
      if (!header.ok) failed++;
      problems.push(...header.problems);
      for (const [table, list] of Object.entries(header.invalid)) invalid.get(table)?.push(...list);
      for (const table of PER_DOCUMENT_TABLES) {
        rows[table] = (rows[table] ?? 0) + (header.rows[table] ?? 0);
        await writers.get(table)!.add(entryPart(item.entry, `${table}.json`), entryPart(item.entry, `${table}.csv`));
      }
    }
    for (const writer of writers.values()) await writer.close();
    // 5. Corpus-level work over all documents (see reconcileCorpus), then the whole-corpus files.
    const corpus: Corpus = {
      documents: files.length,
      text: async (file) => {
        try {
          const decoded = decodeDocument(await readFile(file.absolute));
          return decoded.ok ? decoded.text : null;
        } catch {
          return null;
        }
      },
      outcomes: () =>
        streamOutcomes(cache, hashed, csvRaw, uncached, async (h, why) => {
          // The entry was damaged since it was emitted: parse again (same bytes, same outcome).
          cacheWarnings.push(`cache entry for ${h.file.source} was damaged (${why}); rebuilt`);
          const item = await parse(h);
          if ('failure' in item) throw item.failure;
          progress.parsed++;
          progress.reused--;
          return { ...(entryOutcome(item.entry) as StoredOutcome), file: h.file } as DocumentOutcome;
        }),
    };
    const reconciled = await (options.reconcile ?? reconcileCorpus)(corpus);
    await reviseTables(reconciled, corpus, staging, csvRaw, rows, invalid);
    let execution: PipelineSummary['execution'] = { mode: 'none', threads: 0 };
    if (pool.runner) {
      const r = await pool.runner;
      pool.runner = null;
      await r.close();
      execution = { mode: r.mode, threads: r.threads };
    }
    const corpusTables = { ...emptyTables(), ...reconciled.tables } as Tables;
    const validatedCorpus = { ...emptyTables() } as Tables;
    for (const name of CORPUS_TABLES) {
      const validated = validateTables({ ...emptyTables(), [name]: corpusTables[name] } as Tables, []);
      (validatedCorpus[name] as unknown[]) = validated.tables[name];
      rows[name] = validated.tables[name].length;
      invalid.set(name, validated.problems);
    }
    // Same order as validateTables over the whole corpus: the documents' problems, then invalid records table by table.
    const allProblems = [...problems.map((p) => ProblemRecord.parse(p)), ...TABLE_NAMES.flatMap((name) => invalid.get(name) ?? [])];
    const rendered = renderOutput({ tables: validatedCorpus, problems: allProblems, inputs, csvRaw });
    for (const [name, content] of rendered) {
      const table = name.replace(/\.(json|csv)$/, '') as TableName;
      if (name === OWNER_FILE || ((PER_DOCUMENT_TABLES as readonly string[]).includes(table) && !name.startsWith('schema/'))) continue;
      await staging.writeFile(name, content);
    }
    // The manifest is renderOutput's, with the row counts of the streamed tables; written last.
    const manifest = JSON.parse(rendered.get(OWNER_FILE)!) as { tables: Record<string, number> };
    manifest.tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, rows[name] ?? 0]));
    await staging.writeFile(OWNER_FILE, `${JSON.stringify(manifest, null, 2)}\n`);

    // 6. Replace the output only if a file differs; carry the cache over by rename.
    const written = !(await staging.sameAsTarget());
    if (written) await staging.commit();
    else await staging.discard();
    await cache.prune(used);
    await cache.writeState({ format: CACHE_FORMAT, fingerprint, files: await statFiles(out, await listOutputFiles(out)) });

    return { documents: files.length, failed, rows, problems: allProblems, parsed: progress.parsed, reused: progress.reused, written, execution, cacheWarnings };
  } catch (error) {
    if (pool.runner) await pool.runner.then((r) => r.close()).catch(() => undefined);
    await staging.discard();
    throw error;
  }
}
