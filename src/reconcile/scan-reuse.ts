/**
 * Which documents' scans still hold when the base changed (a leader renamed, a document added or
 * removed). What a document's scan finds depends on its pieces of text (`scanKey`), on the
 * indexed names its words can make, and on its scan context: the spans of its structured
 * mentions (a scanned match overlapping one is left out) and the entities it names in a
 * structured place (they decide shared names). A document whose text and context are the same
 * and whose words and pairs of words cannot make any changed name (see `word-filter.ts`) is
 * scanned to the same mentions under the new base as under the old one.
 */
import { createHash } from 'node:crypto';
import type { MentionRecord } from '../schema/reconcile-records.ts';
import type { ReconcileBase } from './base.ts';
import { indexedNames, type Matchable } from './mentions.ts';
import { tokenize } from './tokens.ts';
import { compareText, groupBy } from './union-find.ts';
import { keysOf } from './word-filter.ts';

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

const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean => a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

/** Matchables by entity id (one each, as a base makes them; several are handled alike). */
function byId(list: readonly Matchable[]): Map<string, Matchable[]> {
  const out = new Map<string, Matchable[]>();
  for (const m of list) {
    const same = out.get(m.id);
    if (same) same.push(m);
    else out.set(m.id, [m]);
  }
  return out;
}

/** The names an entity's matchables index, by scope. */
function namesByScope(list: readonly Matchable[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of list) {
    const scope = JSON.stringify(m.scope);
    let names = out.get(scope);
    if (!names) out.set(scope, (names = new Set()));
    for (const name of indexedNames(m)) names.add(name);
  }
  return out;
}

/**
 * The names whose entities or scopes differ between two sets of matchables, as what a word
 * filter must hold of each (`keysOf` its words): a name is changed when some entity (with its
 * scope) indexes it in one set and not in the other. An organization that gains an alias changes that alias only, not the names it
 * shares with other documents. Only entities whose matchables are not the same in both are
 * looked at.
 */
export function changedNames(before: readonly Matchable[], after: readonly Matchable[]): number[][] {
  const [was, is] = [byId(before), byId(after)];
  const ids: string[] = [];
  for (const [id, olds] of was) {
    const news = is.get(id);
    if (news === undefined || news.length !== olds.length || olds.some((m, i) => !sameList(m.scope, news[i]!.scope) || !sameList(m.names, news[i]!.names))) ids.push(id);
  }
  for (const id of is.keys()) if (!was.has(id)) ids.push(id);
  const names = new Set<string>();
  const none = new Set<string>();
  for (const id of ids) {
    const [then, later] = [namesByScope(was.get(id) ?? []), namesByScope(is.get(id) ?? [])];
    for (const scope of new Set([...then.keys(), ...later.keys()])) {
      const [a, b] = [then.get(scope) ?? none, later.get(scope) ?? none];
      for (const name of a) if (!b.has(name)) names.add(name);
      for (const name of b) if (!a.has(name)) names.add(name);
    }
  }
  return [...names].map((name) => keysOf(tokenize(name).forms));
}
