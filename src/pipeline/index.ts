import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entryName, entryPart } from '../cache/entry.ts';
import { DocumentCache, filesUnchanged, statFiles } from '../cache/store.ts';
import { readState, writeState } from '../cache/reconcile-state.ts';
import { CACHE_FORMAT, EXTRACTOR_VERSION } from '../cache/version.ts';
import { StagingDir, listOutputFiles, readOutputFile, OWNER_FILE } from '../emit/atomic-dir.ts';
import type { InputEntry } from '../emit/index.ts';
import { DEFAULT_MAX_BYTES, sha256Of } from '../read/index.ts';
import { ProblemRecord, SCHEMA_VERSION } from '../schema/records.ts';
import { TABLE_NAMES, type TableName } from '../schema/tables.ts';
import { IN_PROCESS_BELOW, defaultJobs } from '../workers/pool.ts';
import { PER_DOCUMENT_TABLES } from '../workers/render.ts';
import { codeStamp } from './code-stamp.ts';
import { writeCorpusFiles } from './corpus-files.ts';
import { DocumentSource } from './documents.ts';
import { compareIds, discover } from './gather.ts';
import type { Hashed } from './outcomes.ts';
import { reconcileCorpus, type Corpus, type Reconciled } from './reconcile-step.ts';
import { withRecovery, type CorpusEntry } from './corpus-outcome.ts';
import { previousUnits, readGroup, restoreTables, storeTables } from './table-cache.ts';
import { TableWriter, openTable, reviseTables, type Units } from './table-writer.ts';

export { collect, gatherDocuments, type Gathered } from './gather.ts';
export { corpusStep, reconcileCorpus, type Corpus, type Reconciled } from './reconcile-step.ts';

export interface PipelineProgress {
  /** Documents done (parsed or reused). */
  done: number;
  total: number;
  parsed: number;
  reused: number;
  /**
   * What the run is doing: its documents (`done` counts them), then, with every document done,
   * the corpus-level step over all of them, then the corpus-level tables and the output's files.
   */
  stage: 'documents' | 'reconciling' | 'writing';
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
 * Documents stream through in id order with a bounded window: each document's rendered fragments
 * go straight into the staged output files, and its outcome is kept for the corpus-level step
 * (which needs every document at once anyway), so no entry is read twice. The output replaces
 * the old folder only if some file differs; when the inputs, options and code are those of the
 * last run and its files are untouched, the run stops before reading any cache entry.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const csvRaw = options.csvRaw ?? false;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const useCache = options.cache !== false;

  const staging = await StagingDir.create(out);
  let source: DocumentSource | null = null;
  try {
    const { files: found, problems } = await discover(options.inputs, cwd);
    const files = [...found].sort((a, b) => compareIds(a.docId, b.docId));
    const cache = new DocumentCache(out);
    await cache.open();
    const cacheWarnings: string[] = [];
    const used = new Set<string>();
    const hashed: Hashed[] = [];
    source = new DocumentSource({ cache, useCache, hashed, csvRaw, maxBytes, jobs, inProcessBelow: options.inProcessBelow, used, cacheWarnings });
    // Nothing cached: every document will be parsed, so the workers load while the inputs are hashed.
    if ((cache.size === 0 || !useCache) && jobs > 1 && files.length >= (options.inProcessBelow ?? IN_PROCESS_BELOW)) source.start(files.length);

    // 1. Hash every input, and plan: which documents have an entry for exactly this content, id,
    // path and CSV mode, or one to re-stamp; the others are parsed. The bytes are kept for the
    // corpus step, which decodes each document's text from them when it reads it (a document is
    // not read twice, and its text is the one hashed); workers read the documents they parse
    // again, from the page cache. Synchronous reads: a blocking read of a small file costs a
    // fifth of an asynchronous one (open, stat, read, close).
    const rerun = useCache && cache.size > 0 && jobs > 1;
    for (const file of files) {
      let h: Hashed;
      try {
        const bytes = readFileSync(file.absolute);
        h = { file, sha256: sha256Of(bytes), bytes: bytes.length, data: bytes, error: null, entry: null, parse: false };
      } catch (error) {
        h = { file, sha256: null, bytes: null, data: null, error, entry: null, parse: false };
      }
      hashed.push(h);
      if (h.sha256 === null) continue;
      if (h.bytes !== null && h.bytes <= maxBytes) h.entry = entryName(h.sha256, file.docId, file.source, csvRaw);
      h.parse = h.entry === null || !useCache || (!cache.has(h.entry) && cache.sameContent(h.sha256, h.entry).length === 0);
      // A rerun's first document to parse starts a worker, which loads while the rest is hashed.
      if (h.parse && rerun) source.startEarly();
    }
    const code = await codeStamp();
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ format: CACHE_FORMAT, extractor: EXTRACTOR_VERSION, schema: SCHEMA_VERSION, code, csvRaw, maxBytes, problems, docs: hashed.map((h) => [h.file.docId, h.file.source, h.sha256, h.bytes, h.error === null]) }))
      .digest('hex');

    // 2. Nothing changed since the last run, whose files are untouched: nothing to do.
    if (useCache) {
      const state = await cache.readState();
      if (state && state.fingerprint === fingerprint && (await filesUnchanged(out, state.files))) {
        const summary = await summaryFromOutput(out, files.length);
        if (summary) {
          await source.abort();
          await staging.discard();
          options.onProgress?.({ done: files.length, total: files.length, parsed: 0, reused: files.length, stage: 'documents' });
          return summary;
        }
      }
    }

    // 3. Take note of the documents to parse (planned while hashing).
    source.plan();
    const progress: PipelineProgress = { done: 0, total: files.length, parsed: 0, reused: 0, stage: 'documents' };

    // 4. Stream the documents in id order into the staged output, keeping each outcome and text
    // for the corpus-level step.
    const writers = new Map<TableName, TableWriter>();
    for (const table of PER_DOCUMENT_TABLES) writers.set(table, await openTable(staging, table, csvRaw));
    const inputs: InputEntry[] = [];
    const rows: Record<string, number> = Object.fromEntries(TABLE_NAMES.map((name) => [name, 0]));
    const invalid = new Map<string, ProblemRecord[]>(TABLE_NAMES.map((name) => [name, []]));
    let failed = 0;
    let entries: CorpusEntry[] = [];

    for await (const item of source.inOrder()) {
      const { hashed: h } = item;
      progress.done++;
      if (item.parsed) progress.parsed++;
      else if (h.sha256 !== null) progress.reused++;
      options.onProgress?.({ ...progress });
      const { file } = h;
      const { header } = item.entry;
      entries.push(item.corpus);
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
    const execution = await source.close();

    // 5. Corpus-level work over all documents (see reconcileCorpus), then the whole-corpus files.
    const byId = new Map(entries.map((e) => [e.file.docId, e]));
    const corpus: Corpus = {
      documents: files.length,
      entries,
      text: async (file) => byId.get(file.docId)?.text() ?? null,
      outcomes: async function* () {
        for (const entry of entries) yield await withRecovery(() => entry.outcome());
      },
      state: { read: () => (useCache ? readState(cache.root, code) : null), write: (state, baseChanged) => writeState(cache.root, state, code, baseChanged) },
    };
    options.onProgress?.({ ...progress, stage: 'reconciling' });
    const reconciled = await (options.reconcile ?? reconcileCorpus)(corpus);
    options.onProgress?.({ ...progress, stage: 'writing' });
    // The tables the corpus step makes or completes, by group, as the last run with the group's digest rendered them.
    // Problems about invalid records name the file: the key holds every document's path too.
    const groups = useCache ? (reconciled.digests ?? []).map((g) => ({ tables: g.tables, key: createHash('sha256').update(JSON.stringify([code, csvRaw, g.digest, inputs.map((i) => [i.doc_id, i.source])])).digest('hex') })) : [];
    const restored = new Set<TableName>();
    // A group rendered again copies the units (a document's records) that are the last run's.
    const stamp = createHash('sha256').update(JSON.stringify([code, csvRaw])).digest('hex');
    const units: Units = { previous: new Map(), written: new Map() };
    for (const group of groups) {
      const stored = await readGroup(cache.root, group.tables);
      if (await restoreTables(stored, group.key, staging, rows, invalid)) for (const table of group.tables) restored.add(table);
      else for (const [table, previous] of previousUnits(stored, stamp)) units.previous.set(table, previous);
    }
    let allProblems: ProblemRecord[];
    try {
      await reviseTables(reconciled, corpus, staging, csvRaw, rows, invalid, restored, units);
      entries = [];
      byId.clear();
      allProblems = await writeCorpusFiles(staging, { reconciled, problems, invalid, inputs, rows, csvRaw, rendered: restored, units });
    } finally {
      for (const previous of units.previous.values()) previous.close();
    }
    for (const group of groups) if (!group.tables.every((table) => restored.has(table))) await storeTables(cache.root, group.key, staging, group.tables, rows, invalid, stamp, units.written);

    // 6. Replace the output only if a file differs; carry the cache over by rename.
    const written = !(await staging.sameAsTarget());
    if (written) await staging.commit();
    else await staging.discard();
    await cache.prune(used);
    await cache.writeState({ format: CACHE_FORMAT, fingerprint, files: await statFiles(out, await listOutputFiles(out)) });

    return { documents: files.length, failed, rows, problems: allProblems, parsed: progress.parsed + source.recovered, reused: progress.reused - source.recovered, written, execution, cacheWarnings };
  } catch (error) {
    await source?.abort();
    await staging.discard();
    throw error;
  }
}
