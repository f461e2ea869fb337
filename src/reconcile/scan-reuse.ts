/**
 * Which documents' scans still hold when the base changed (a leader renamed, a document added or
 * removed). What a document's scan finds depends on its pieces of text (`scanKey`), on the
 * indexed names its words can make, and on its scan context: the spans of its structured
 * mentions (a scanned match overlapping one is left out) and the entities it names in a
 * structured place (they decide shared names). A document whose text and context are the same
 * and whose words cannot make any changed name (see `word-filter.ts`) is scanned to the same
 * mentions under the new base as under the old one.
 */
import { createHash } from 'node:crypto';
import type { MentionRecord } from '../schema/reconcile-records.ts';
import type { ReconcileBase } from './base.ts';
import { indexedNames, type Matchable } from './mentions.ts';
import { tokenize } from './tokens.ts';
import { compareText, groupBy } from './union-find.ts';

/** Hash of what a document's scan reads of the base besides the names: its structured spans and its structured entities. */
export function scanContext(structured: readonly MentionRecord[], local: readonly string[]): string {
  const spans = structured.map((m) => `${m.line}:${m.column}:${m.text.length}`).sort(compareText);
  return createHash('sha256')
    .update(JSON.stringify([spans, [...local].sort(compareText)]))
    .digest('base64url');
}

/** Each document's scan context under a base (grouped once, when first asked for). */
export function contextsOf(base: ReconcileBase): (doc_id: string) => string {
  let byDoc: Map<string, MentionRecord[]> | null = null;
  let local: Map<string, string[]> | null = null;
  const { structuredOf } = base;
  return (doc_id) => {
    local ??= new Map(base.local);
    let structured: readonly MentionRecord[];
    if (structuredOf !== undefined) structured = structuredOf(doc_id);
    else structured = (byDoc ??= groupBy(base.structured, (m) => m.doc_id)).get(doc_id) ?? [];
    return scanContext(structured, local.get(doc_id) ?? []);
  };
}

/** One matchable: its id, scope and names (equal signatures, equal names indexed). */
function signature(m: Matchable): string {
  return JSON.stringify([m.id, m.scope, m.names]);
}

/**
 * The names whose entities or scope differ between two sets of matchables, as the word hashes
 * of each (a superset: every name of a matchable that is not the same in both).
 */
export function changedNames(before: readonly Matchable[], after: readonly Matchable[]): number[][] {
  const [was, is] = [before.map(signature), after.map(signature)];
  const [old, now] = [new Set(was), new Set(is)];
  const names = new Set<string>();
  before.forEach((m, i) => {
    if (!now.has(was[i]!)) for (const name of indexedNames(m)) names.add(name);
  });
  after.forEach((m, i) => {
    if (!old.has(is[i]!)) for (const name of indexedNames(m)) names.add(name);
  });
  return [...names].map((name) => tokenize(name).forms.map((form) => form.hash));
}
