import { createHash } from 'node:crypto';
import type { ConflictRecord, EntityRecord, MentionRecord } from '../schema/reconcile-records.ts';
import type { TenureRecord } from '../schema/records.ts';
import { reconcileBase, type ReconcileBase } from './base.ts';
import { collect, concatCollected, type Collected } from './collect.ts';
import type { ExtractedTenure, ReconcileDocument } from './input.ts';
import { MentionScanner, compareMentions, scanKey } from './mentions.ts';
import { changedNames, contextsOf } from './scan-reuse.ts';
import { compareText } from './union-find.ts';
import { WordSet, mayHoldAny } from './word-filter.ts';

export type { ReconcileDocument, ExtractedTenure, ListItemInput } from './input.ts';
export type { ReconcileBase } from './base.ts';
export { listItemsFromText } from './units.ts';

/** What the last run knew of a document. */
export interface DocumentState {
  /** The document's `key`, when it had one. */
  key: string | null;
  /** Hash of its structured inputs (`collect` of it alone, and its tenures). */
  structured: string;
  /** Hash of what its scan reads (see `scanKey`). */
  scan: string;
  /** Mentions found in its text under the state's base. */
  mentions: MentionRecord[];
  /** Hash of those mentions. */
  found: string;
  /** Hash of what the scan read of the base besides names (see `scanContext`). */
  context: string;
  /** The words of the text scanned, as a filter (see word-filter.ts). */
  words: string;
  /** The mentions as a stored state holds them, while they are those (see src/cache/reconcile-state.ts). */
  encoded?: string;
}

/**
 * What one reconciliation leaves for the next: the structured part (see `ReconcileBase`) under
 * the hash of every document's structured inputs, and what it knew of each document. The next
 * run reuses the base when the structured inputs of its documents hash the same (prose edits
 * do not change them), and a document's scan when, in addition, what the scan reads is the same.
 */
export interface ReconcileState {
  key: string;
  base: ReconcileBase;
  documents: Map<string, DocumentState>;
}

/** The last run's state as read back: its base is loaded only once the new key is known to be its (it is the largest part). */
export interface StoredState {
  key: string;
  documents: Map<string, DocumentState>;
  /** The base stored under `key`; null when it cannot be read after all. */
  loadBase(): ReconcileBase | null;
}

export interface Reconciliation {
  entities: EntityRecord[];
  mentions: MentionRecord[];
  conflicts: ConflictRecord[];
  /** Every tenure of the input, in input order, with `person_id` and `organization_id`. */
  tenures: TenureRecord[];
  /** For the next run (see `ReconcileState`). */
  state: ReconcileState;
  /** How much of `previous` was reused: the base, the scans of how many documents, and how many documents had the key they had. */
  reused: { base: boolean; scans: number; keys: number };
  /**
   * A hash of everything the four tables above are made from (the base's key and every
   * document's mentions): equal digests, equal tables (the tables themselves are not hashed).
   */
  digest: string;
}

/** A tenure in the field order of `TenureRecord`, with its two ids. */
export function withIds(t: ExtractedTenure, person_id: string | null, organization_id: string | null): TenureRecord {
  const { doc_id, person, native_name, position, position_line, ...rest } = t as ExtractedTenure & Partial<Pick<TenureRecord, 'person_id' | 'organization_id'>>;
  delete rest.person_id;
  delete rest.organization_id;
  return { doc_id, person, person_id, native_name, position, position_line, organization_id, ...rest };
}

/** A reused document's state under its new key and structured hash, its mentions (and their stored form) as they were. */
function restated(before: DocumentState, key: string | null, structured: string): DocumentState {
  if (before.key === key && before.structured === structured) return before;
  const state: DocumentState = {
    key,
    structured,
    scan: before.scan,
    found: before.found,
    context: before.context,
    words: before.words,
    get mentions() {
      return before.mentions;
    },
  };
  return Object.defineProperty(state, 'encoded', { get: () => before.encoded, enumerable: false });
}

/**
 * Scanning at most one document in this many, the scanner indexes only the names they can hold
 * (reading their words once more costs less than indexing every name: in the bench's rename,
 * 1,290 of 10,000 documents scanned in 1.7–1.9 s this way, 2.4–2.8 s with every name).
 */
const FEW = 4;
/** With more changed names than this, checking every document's words for them costs more than scanning it again. */
const MAX_CHANGED_NAMES = 20_000;

/**
 * Whether a document's last scan holds under `base`, given that its text is the same: always
 * when the base is the last run's; under a new base, when its scan context is the same and its
 * words and pairs of words cannot make any name that changed (see scan-reuse.ts).
 */
function scanHolds(previous: ReconcileState | StoredState | null, same: boolean, base: ReconcileBase, contextOf: (doc_id: string) => string): (before: DocumentState, id: string) => boolean {
  if (same) return () => true;
  const old = previous === null ? null : 'loadBase' in previous ? previous.loadBase() : previous.base;
  if (old === null) return () => false;
  const changed = changedNames(old.matchables, base.matchables);
  if (changed.length > MAX_CHANGED_NAMES) return () => false;
  return (before, id) => before.context === contextOf(id) && !mayHoldAny(before.words, changed);
}

/** Hash of a document's structured inputs: what `collect` takes of it, and its tenures. */
function structuredHash(doc: ReconcileDocument, collected: Collected): string {
  return createHash('sha256').update(JSON.stringify([doc.document.doc_id, collected, doc.tenures])).digest('base64url');
}

/**
 * The reconcile stage: people and organizations across all documents, every mention of them,
 * and conflicts between sources. Deterministic, and the result does not depend on the order of
 * `documents` (entities sorted by id; mentions by doc_id, line, column; conflicts by doc_id,
 * line), except `tenures`, which follow the input order; nor on `previous`, which only saves
 * work: what it holds is reused where its inputs are the same. Rules: README "Reconciliation".
 */
export function reconcileCorpus(documents: readonly ReconcileDocument[], previous: ReconcileState | StoredState | null = null): Reconciliation {
  const ids = new Map(documents.map((doc) => [doc, doc.id ?? doc.document.doc_id]));
  const idOf = (doc: ReconcileDocument): string => ids.get(doc)!;
  const sorted = [...documents].sort((a, b) => compareText(idOf(a), idOf(b)));
  const known = (doc: ReconcileDocument): DocumentState | undefined => {
    const before = previous?.documents.get(idOf(doc));
    return before !== undefined && doc.key !== undefined && before.key === doc.key ? before : undefined;
  };
  // Each document is collected once, when its hash is not known, and again only if the base must be computed.
  const collected = new Map<ReconcileDocument, Collected>();
  const collectedOf = (doc: ReconcileDocument): Collected => {
    let c = collected.get(doc);
    if (c === undefined) collected.set(doc, (c = collect([doc])));
    return c;
  };
  const keyHash = createHash('sha256');
  // A document read here is hashed for its scan too, while its text is at hand.
  const scans = new Map<ReconcileDocument, string>();
  const structured = sorted.map((doc) => {
    const before = known(doc);
    const hash = before?.structured ?? structuredHash(doc, collectedOf(doc));
    scans.set(doc, before?.scan ?? scanKey(doc));
    keyHash.update(`${idOf(doc)}\u0000${hash}\u0000`);
    return hash;
  });
  const key = keyHash.digest('hex');
  const stored = previous === null || previous.key !== key ? null : 'loadBase' in previous ? previous.loadBase() : previous.base;
  const same = previous !== null && stored !== null;
  const base = stored ?? reconcileBase(sorted, concatCollected(sorted.map(collectedOf)));
  collected.clear();

  // Each document's scan: the last run's when what it reads is the same under the same base.
  // A reused one keeps the last run's mentions as they were read (decoded only if needed).
  const states = new Map<string, DocumentState>();
  const rescan: { doc: ReconcileDocument; scan: string; structured: string }[] = [];
  const contextOf = contextsOf(base);
  const holds = scanHolds(previous, same, base, contextOf);
  sorted.forEach((doc, i) => {
    const id = idOf(doc);
    const scan = scans.get(doc)!;
    const before = previous?.documents.get(id);
    if (before !== undefined && before.scan === scan && holds(before, id)) states.set(id, restated(before, doc.key ?? null, structured[i]!));
    else rescan.push({ doc, scan, structured: structured[i]! });
  });
  if (rescan.length > 0) {
    // A few documents to scan (a rerun): index only the names their words can make.
    const few = rescan.length * FEW <= sorted.length ? rescan.map((r) => r.doc) : undefined;
    const { structuredOf } = base;
    const structuredMentions = few !== undefined && structuredOf !== undefined ? few.flatMap((doc) => structuredOf(idOf(doc))) : base.structured;
    const scanner = new MentionScanner(base.matchables, structuredMentions, new Map(base.local.map(([d, ids]) => [d, new Set(ids)])), few);
    for (const { doc, scan, structured } of rescan) {
      const words = new WordSet();
      const found = scanner.scan(doc, words);
      const hash = createHash('sha256').update(JSON.stringify(found)).digest('base64url');
      states.set(idOf(doc), { key: doc.key ?? null, structured, scan, mentions: found, found: hash, context: contextOf(idOf(doc)), words: words.filter() });
    }
  }
  const digest = createHash('sha256').update(key);
  for (const doc of sorted) digest.update(`\u0000${idOf(doc)}\u0000${states.get(idOf(doc))!.found}`);

  // The tables are made when first asked for: a rerun whose rendered tables are cached asks for none.
  let mentions: MentionRecord[] | null = null;
  const allMentions = (): MentionRecord[] => {
    const all = [...base.structured];
    for (const doc of sorted) for (const m of states.get(idOf(doc))!.mentions) all.push(m);
    return all.sort(compareMentions);
  };
  let entities: EntityRecord[] | null = null;
  const withDocuments = (): EntityRecord[] => {
    // Mentions are in document order: an entity's documents are counted as they change.
    const lastDoc = new Map<string, string>();
    const documentsOf = new Map<string, number>();
    for (const m of (mentions ??= allMentions())) {
      if (lastDoc.get(m.entity_id) === m.doc_id) continue;
      lastDoc.set(m.entity_id, m.doc_id);
      documentsOf.set(m.entity_id, (documentsOf.get(m.entity_id) ?? 0) + 1);
    }
    return base.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      native_names: e.native_names,
      documents: documentsOf.get(e.id) ?? 0,
      homonym: e.homonym,
      candidates: e.candidates,
    }));
  };

  // Tenures read every document's: made when first asked for (a rerun whose tables are cached does not).
  let tenures: TenureRecord[] | null = null;
  const withTenureIds = (): TenureRecord[] => {
    const byDoc = new Map<ReconcileDocument, TenureRecord[]>();
    let k = 0;
    for (const doc of sorted) {
      byDoc.set(
        doc,
        doc.tenures.map((t) => {
          const [person_id, organization_id] = base.tenureIds[k++]!;
          return withIds(t, person_id, organization_id);
        }),
      );
    }
    return documents.flatMap((doc) => byDoc.get(doc) ?? []);
  };
  const keys = sorted.filter((doc) => known(doc) !== undefined).length;
  return {
    get entities() {
      return (entities ??= withDocuments());
    },
    get mentions() {
      return (mentions ??= allMentions());
    },
    get conflicts() {
      return base.conflicts;
    },
    get tenures() {
      return (tenures ??= withTenureIds());
    },
    state: { key, base, documents: states },
    reused: { base: same, scans: sorted.length - rescan.length, keys },
    digest: digest.digest('hex'),
  };
}
