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
const signature = (m: Matchable): string => JSON.stringify([m.id, m.scope, m.names]);

/** What a found name resolves to: the entity and where it may be found. */
const payloadOf = (m: Matchable): string => `${m.id}\u0000${JSON.stringify(m.scope)}`;

/**
 * The names whose entities or scopes differ between two sets of matchables, as the word hashes
 * of each: a name is changed when some entity (with its scope) indexes it in one set and not in
 * the other. An organization that gains an alias changes that alias only, not the names it
 * shares with other documents. Only the matchables that are not the same in both are looked at.
 */
export function changedNames(before: readonly Matchable[], after: readonly Matchable[]): number[][] {
  const [was, is] = [before.map(signature), after.map(signature)];
  const [old, now] = [new Set(was), new Set(is)];
  const payloads = new Set<string>();
  before.forEach((m, i) => {
    if (!now.has(was[i]!)) payloads.add(payloadOf(m));
  });
  after.forEach((m, i) => {
    if (!old.has(is[i]!)) payloads.add(payloadOf(m));
  });
  // Names each of those payloads has in each set.
  const namesBy = (list: readonly Matchable[]): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const m of list) {
      const payload = payloadOf(m);
      if (!payloads.has(payload)) continue;
      let names = out.get(payload);
      if (!names) out.set(payload, (names = new Set()));
      for (const name of indexedNames(m)) names.add(name);
    }
    return out;
  };
  const [then, later] = [namesBy(before), namesBy(after)];
  const names = new Set<string>();
  const none = new Set<string>();
  for (const payload of payloads) {
    const [a, b] = [then.get(payload) ?? none, later.get(payload) ?? none];
    for (const name of a) if (!b.has(name)) names.add(name);
    for (const name of b) if (!a.has(name)) names.add(name);
  }
  return [...names].map((name) => tokenize(name).forms.map((form) => form.hash));
}
