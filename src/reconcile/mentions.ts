import { createHash } from 'node:crypto';
import type { MentionRecord } from '../schema/reconcile-records.ts';
import { DocLines, type ReconcileDocument } from './input.ts';
import { matchKey } from './normalise.ts';
import { NameMatcher, type Fit, type Variant } from './matcher.ts';
import { StringPool } from './string-pool.ts';
import { tokenize } from './tokens.ts';
import type { WordSet } from './word-filter.ts';
import { compareText } from './union-find.ts';

/**
 * Mentions. Structured places (infobox officials and name fields, leader entries, unit list
 * items) are given by the caller with their entity. Then one automaton of every entity's names,
 * aliases and native names scans each document's prose paragraphs (`prose`), its title, section
 * headings and `; Header` lines (`heading`) and its infobox values (`infobox`):
 * - whole tokens only, longest name first (see `matcher.ts`);
 * - case: a capitalised word of a name needs a capital in the text, an all-capitals word (MSS)
 *   all capitals; lower-case words (of, the, de) match any case;
 * - diacritics: a match with the same diacritics as a name wins; a match that differs only by
 *   diacritics (`Lu Feng` for `Lü Feng`) counts only when every name it fits belongs to one entity;
 * - a name shared by several entities (homonyms, a name several subjects answer to) goes to the
 *   one entity among them that the document names in a structured place, else to none;
 * - internal units are matched only in their own organization's documents; names shorter than two
 *   characters are not searched for.
 * A scanned match that overlaps a structured mention on its line is left out.
 */

export interface Matchable {
  id: string;
  names: readonly string[];
  /** Documents where text may mention it; null for everywhere. */
  scope: readonly string[] | null;
}

interface Payload {
  id: string;
}

/** Entity ids of a spelling, built once per spelling that needs them. */
const idSets = new WeakMap<Variant<Payload>, Set<string>>();
function idsOf(variant: Variant<Payload>): Set<string> {
  let ids = idSets.get(variant);
  if (!ids) idSets.set(variant, (ids = new Set(variant.payloads.map((p) => p.id))));
  return ids;
}

/** Text to scan: where it starts and how offsets inside it map to lines. */
interface Piece {
  text: string;
  line: number;
  column: number;
  source: MentionRecord['source'];
}

/**
 * The entity a match names: the one entity its spellings belong to, else the one among them
 * that the document names in a structured place (`local`), else none. Scope is the matcher's.
 */
function resolver(local: ReadonlySet<string>): (fits: readonly Fit<Payload>[]) => string | null {
  return (fits) => {
    const exact = fits.filter((f) => f.exact);
    const pool = exact.length > 0 ? exact : fits;
    let only: string | null = null;
    let several = false;
    for (const f of pool) {
      for (const p of f.variant.payloads) {
        if (only === null) only = p.id;
        else if (p.id !== only) several = true;
        if (several) break;
      }
      if (several) break;
    }
    if (!several) return only;
    // Shared by several entities: iterate the document's few structured entities, not the many owners.
    let here: string | null = null;
    for (const id of local) {
      if (!pool.some((f) => idsOf(f.variant).has(id))) continue;
      if (here !== null) return null;
      here = id;
    }
    return here;
  };
}

/** Offset inside a piece → line and column, counting the line breaks before it. */
function locate(piece: Piece, breaks: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return { line: piece.line, column: piece.column + offset };
  return { line: piece.line + lo, column: offset - breaks[lo - 1]! };
}

function piecesOf(doc: ReconcileDocument): Piece[] {
  const lines = new DocLines(doc.text);
  const pieces: Piece[] = doc.prose.map((p) => ({ text: p.text, line: p.line, column: p.column, source: 'prose' as const }));
  const headingLines = new Set<number>();
  const heading = (text: string, line: number, fallback: number): void => {
    if (headingLines.has(line)) return;
    headingLines.add(line);
    pieces.push({ text, line, column: lines.column(line, text, fallback), source: 'heading' });
  };
  const { title, title_line } = doc.document;
  if (title !== null && title_line !== null) heading(title, title_line, 3);
  for (const s of doc.sections) heading(s.heading, s.line, s.level + 2);
  for (const t of doc.tenures) if (t.position !== null && t.position_line !== null) heading(t.position, t.position_line, 3);
  for (const f of doc.infobox) {
    if (f.value === '') continue;
    const from = f.key.length + 5;
    pieces.push({ text: f.value, line: f.line, column: lines.column(f.line, f.value, from, from), source: 'infobox' });
  }
  return pieces;
}

/** The names of an entity the scanner looks for: one spelling per `matchKey`, the first, of two characters or more. */
export function indexedNames(e: Matchable): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of e.names) {
    const key = matchKey(name);
    if (key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Scans documents for the names of a fixed set of entities (one automaton, built once). */
export class MentionScanner {
  readonly #matcher = new NameMatcher<Payload>();
  readonly #taken = new Map<string, [number, number][]>();
  readonly #local: ReadonlyMap<string, ReadonlySet<string>>;
  readonly #texts = new StringPool();

  /**
   * `only`, when given: the documents this scanner will scan. Names with a word none of them
   * holds are then left out of the automaton (they cannot match there), so a rerun that scans a
   * few documents does not index every name of the corpus.
   */
  constructor(entities: readonly Matchable[], structured: readonly MentionRecord[], local: ReadonlyMap<string, ReadonlySet<string>>, only?: readonly ReconcileDocument[]) {
    let words: Set<string> | null = null;
    if (only !== undefined) {
      words = new Set();
      for (const doc of only) for (const piece of piecesOf(doc)) for (const form of tokenize(piece.text).forms) words.add(form.fold);
    }
    for (const e of entities) {
      for (const name of indexedNames(e)) {
        if (words !== null && !wordsHold(words, name)) continue;
        this.#matcher.add(name, { id: e.id }, e.scope);
      }
    }
    const docs = only === undefined ? null : new Set(only.map((doc) => doc.document.doc_id));
    for (const m of structured) {
      if (docs !== null && !docs.has(m.doc_id)) continue;
      const key = `${m.doc_id}\u0000${m.line}`;
      const spans = this.#taken.get(key) ?? [];
      spans.push([m.column, m.column + m.text.length]);
      this.#taken.set(key, spans);
    }
    this.#local = local;
  }

  /** The mentions found in a document's text (not its structured ones), in scan order; the words read (and their pairs) go into `words` when given. */
  scan(doc: ReconcileDocument, words?: WordSet): MentionRecord[] {
    const doc_id = doc.document.doc_id;
    const out: MentionRecord[] = [];
    const resolve = resolver(this.#local.get(doc_id) ?? NONE);
    const overlaps = (line: number, column: number, length: number): boolean =>
      (this.#taken.get(`${doc_id}\u0000${line}`) ?? []).some(([a, b]) => column < b && a < column + length);
    for (const piece of piecesOf(doc)) {
      const tokens = tokenize(piece.text);
      words?.addRun(tokens.forms);
      const matches = this.#matcher.scanTokens(tokens, doc_id, resolve);
      if (matches.length === 0) continue;
      const breaks: number[] = [];
      for (let i = piece.text.indexOf('\n'); i !== -1; i = piece.text.indexOf('\n', i + 1)) breaks.push(i);
      for (const m of matches) {
        const text = this.#texts.get(piece.text.slice(m.start, m.end));
        const { line, column } = locate(piece, breaks, m.start);
        if (overlaps(line, column, text.length)) continue;
        out.push({ entity_id: m.value, doc_id, line, column, text, source: piece.source });
      }
    }
    return out;
  }
}

const NONE: ReadonlySet<string> = new Set();

/** ASCII letters and digits in words one space apart: its tokens are its words, lower-cased. */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Whether every folded token of `name` is in `words` (most names are plain: no tokenizing for them). */
export function wordsHold(words: ReadonlySet<string>, name: string): boolean {
  if (PLAIN_NAME.test(name)) return name.toLowerCase().split(' ').every((word) => words.has(word));
  return tokenize(name).forms.every((form) => words.has(form.fold));
}

/** What a document's scan reads (its pieces of text and where they are), hashed: equal keys, equal scans under one set of entities. */
export function scanKey(doc: ReconcileDocument): string {
  const hash = createHash('sha256').update(doc.document.doc_id);
  for (const p of piecesOf(doc)) hash.update(`\u0000${p.line}\u0000${p.column}\u0000${p.source}\u0000${p.text.length}\u0000`).update(p.text);
  return hash.digest('base64url');
}

export function compareMentions(a: MentionRecord, b: MentionRecord): number {
  return compareText(a.doc_id, b.doc_id) || a.line - b.line || a.column - b.column || compareText(a.entity_id, b.entity_id) || compareText(a.source, b.source) || compareText(a.text, b.text);
}
