/**
 * The corpus-level step of a run: hands every document to the reconcile stage and returns its
 * tables, and the tenures completed with `person_id` and `organization_id`.
 */
import type { DocumentOutcome } from '../process-document.ts';
import { reconcileCorpus as reconcileStage, withIds, type ReconcileDocument, type ReconcileState, type Reconciliation, type StoredState } from '../reconcile/index.ts';
import type { SourceFile } from '../read/index.ts';
import type { ProblemRecord, TenureRecord } from '../schema/records.ts';
import type { TableName, Tables } from '../schema/tables.ts';
import type { PerDocumentTable } from '../workers/render.ts';
import { withRecovery, type CorpusEntry } from './corpus-outcome.ts';

/** Every document of the run, for corpus-level work: streamed back from the cache, in id order. */
export interface Corpus {
  readonly documents: number;
  /** Each document, in document id order; what the step reads of it is decoded when first read. */
  readonly entries: readonly CorpusEntry[];
  /** Each document's outcome (fresh or cached), in document id order, as `CorpusEntry.outcome()` gives it (no dates, problems or paragraphs). */
  outcomes(): AsyncIterable<DocumentOutcome>;
  /** A document's text as the extractors saw it (decoded, line endings normalised) from the bytes the run hashed; null if unreadable. */
  text(file: SourceFile): Promise<string | null>;
  /** Where the reconcile stage's state is kept between runs (none: everything is computed). */
  state?: StateStore;
}

/** The reconcile stage's state of the last run, and where this run's goes. */
export interface StateStore {
  read(): StoredState | null;
  /** `baseChanged`: the state's base is not the one read. */
  write(state: ReconcileState, baseChanged: boolean): Promise<void>;
}

type Extracted = DocumentOutcome & { ok: true };

/** What the corpus-level step returns. */
export interface Reconciled {
  /** Records of the corpus-level tables (tables of `TABLES` not in `PER_DOCUMENT_TABLES`). */
  tables?: Partial<Tables>;
  /**
   * Per-document tables whose records depend on the whole corpus (a `person_id` on tenures):
   * each record of a document goes through `revise` (with its index among that document's
   * records of the table) before it is validated and rendered.
   */
  revise?: { [T in PerDocumentTable]?: (record: Tables[T][number], outcome: Extracted, index: number) => Tables[T][number] };
  /** Problems of the corpus-level step itself (written to errors.json after the documents'). */
  problems?: ProblemRecord[];
  /** How much of the last run's reconciliation was reused: its base, and how many documents' scans. */
  reused?: { base: boolean; scans: number; keys: number };
  /**
   * Digests of what groups of the step's tables are made from: equal digests, equal tables of the
   * group (records of `tables` and revised records); a table in no group has no such promise.
   */
  digests?: { tables: readonly TableName[]; digest: string }[];
}

/**
 * RECONCILE — between collecting the documents and emitting, on every run that writes output,
 * over all documents (changed or not). Reconciliation needs every document's names and prose at
 * once, so those are held in memory for the step (about the size of the corpus's text).
 */
export const reconcileCorpus = corpusStep(reconcileStage);

type Stage = (documents: readonly ReconcileDocument[], previous: StoredState | null) => Reconciliation;

/** The corpus-level step around a reconcile stage (replaceable to test how a failing stage is handled). */
export function corpusStep(stage: Stage): (corpus: Corpus) => Promise<Reconciled> {
  return (corpus) => reconcileWith(stage, corpus);
}

/**
 * A document as the reconcile stage reads it, decoded only if the stage reads more than its id
 * and key (a rerun reusing the last reconciliation reads the changed documents only).
 */
class EntryDocument implements ReconcileDocument {
  readonly id: string;
  readonly key: string;

  constructor(private readonly entry: CorpusEntry) {
    this.id = entry.file.docId;
    // Same bytes, path and text: same extraction (the code is part of the stored state's stamp).
    this.key = `${entry.sha256}\u0000${entry.file.source}\u0000${entry.hasText ? '+' : '-'}`;
  }

  get #extraction(): Extracted['extraction'] {
    return (this.entry.outcome() as Extracted).extraction;
  }
  get document() {
    return this.#extraction.document;
  }
  get infobox() {
    return this.#extraction.infobox;
  }
  get officials() {
    return this.#extraction.officials;
  }
  get sections() {
    return this.#extraction.sections;
  }
  get tenures() {
    return this.#extraction.tenures;
  }
  get prose() {
    return this.entry.prose();
  }
  get text() {
    return this.entry.text() ?? undefined;
  }
}

async function reconcileWith(stage: Stage, corpus: Corpus): Promise<Reconciled> {
  const documents = corpus.entries.filter((entry) => entry.ok).map((entry) => new EntryDocument(entry));
  let result: Reconciliation;
  try {
    const previous = corpus.state?.read() ?? null;
    try {
      result = await withRecovery(() => stage(documents, previous));
    } catch (error) {
      // A stored state that the stage cannot use must not cost the run: once more from scratch.
      if (previous === null) throw error;
      result = await withRecovery(() => stage(documents, null));
    }
  } catch (error) {
    // A fault in reconciliation must not cost the documents' own datasets: they are written,
    // tenures without ids, and the run reports the error (exit 1).
    const message = error instanceof Error ? error.message : String(error);
    return {
      revise: { tenures: (record) => withIds(record, null, null) },
      problems: [{ file: '(reconcile)', doc_id: null, line: null, column: null, severity: 'error', code: 'reconcile-failed', message: `reconciliation failed, so entities, mentions and conflicts are empty and tenures have no ids: ${message}` }],
    };
  }
  // Stored only when something differs from what was read (a rerun without change writes nothing).
  if (corpus.state && !(result.reused.base && result.reused.scans === result.state.documents.size && result.reused.keys === result.state.documents.size)) {
    await corpus.state.write(result.state, !result.reused.base);
  }
  // Built when first revising (not at all when the revised tables are taken from the cache).
  let byDoc: Map<string, TenureRecord[]> | null = null;
  const tenuresOf = (docId: string): TenureRecord[] | undefined => {
    if (byDoc === null) {
      byDoc = new Map();
      for (const tenure of result.tenures) {
        const list = byDoc.get(tenure.doc_id);
        if (list) list.push(tenure);
        else byDoc.set(tenure.doc_id, [tenure]);
      }
    }
    return byDoc.get(docId);
  };
  return {
    // Getters: the stage makes its tables when first asked for, and a run whose rendered tables are cached asks for none.
    tables: {
      get entities() {
        return result.entities;
      },
      get mentions() {
        return result.mentions;
      },
      get conflicts() {
        return result.conflicts;
      },
    },
    reused: result.reused,
    // Tenure ids and conflicts come from the base alone; entities and mentions from the scans too.
    digests: [
      { tables: ['tenures', 'conflicts'], digest: result.state.key },
      { tables: ['entities', 'mentions'], digest: result.digest },
    ],
    revise: {
      tenures: (record, outcome, index) => tenuresOf(outcome.file.docId)?.[index] ?? record,
    },
  };
}
