import { displayName, hasDiacritics, matchKey } from './normalise.ts';
import { qualifiedId, shortHash } from './slug.ts';
import { compareText } from './union-find.ts';

/** A name as written somewhere, with the document it is written in. */
export interface WrittenName {
  name: string;
  doc_id: string;
}

/**
 * The canonical name and the aliases of an entity from the names written for it. Names with the
 * same match key are one name; its written form is the one in most documents (then code-point
 * order). The canonical name is `preferred` when given (an organization's title), else the name
 * in most documents, then one with diacritics (`Lü Feng` over `Lu Feng`), then code-point order.
 * Aliases are the other names, sorted. Depends only on the entity's own names.
 */
export function pickNames(written: readonly WrittenName[], preferred: string | null = null): { name: string; aliases: string[] } {
  const byKey = new Map<string, Map<string, Set<string>>>();
  for (const w of written) {
    const display = displayName(w.name);
    if (display === '') continue;
    const key = matchKey(display);
    let forms = byKey.get(key);
    if (!forms) byKey.set(key, (forms = new Map()));
    let docs = forms.get(display);
    if (!docs) forms.set(display, (docs = new Set()));
    docs.add(w.doc_id);
  }
  const names = [...byKey.values()].map((forms) => {
    const ranked = [...forms].map(([display, docs]) => ({ display, docs: docs.size })).sort((a, b) => b.docs - a.docs || compareText(a.display, b.display));
    const docs = new Set<string>();
    for (const d of forms.values()) for (const id of d) docs.add(id);
    return { display: ranked[0]!.display, docs: docs.size };
  });
  names.sort((a, b) => b.docs - a.docs || Number(hasDiacritics(b.display)) - Number(hasDiacritics(a.display)) || compareText(a.display, b.display));
  const first = preferred !== null ? displayName(preferred) : (names[0]?.display ?? '');
  const firstKey = matchKey(first);
  const aliases = names.filter((n) => matchKey(n.display) !== firstKey).map((n) => n.display).sort(compareText);
  return { name: first, aliases };
}

/** Distinct names by match key, in code-point order. */
export function distinctNames(names: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const n of names) {
    const display = displayName(n);
    if (display === '') continue;
    const key = matchKey(display);
    const seen = byKey.get(key);
    if (seen === undefined || compareText(display, seen) < 0) byKey.set(key, display);
  }
  return [...byKey.values()].sort(compareText);
}

export interface IdRequest {
  /** The plain id, e.g. `person/wang-yi`. */
  base: string;
  /** A qualifier to tell it from others with the same base (e.g. the slug of its one native name), or null. */
  qualifier: string | null;
  /** The entity's own evidence (canonical match key, native names): hashed as a last resort. */
  fingerprint: string;
}

/**
 * Ids from requests: the base when no other entity wants it; when several do, each with a
 * qualifier gets `base--qualifier` and the one without keeps the base; if ids still clash, each
 * clashing one gets `base--<hash of its own fingerprint>`. No ordinal suffixes: an id depends on
 * the entity's own evidence and on the entities that share its base name, never on corpus order.
 */
export function assignIds(requests: readonly IdRequest[]): string[] {
  const byBase = new Map<string, number[]>();
  requests.forEach((r, i) => {
    const g = byBase.get(r.base);
    if (g) g.push(i);
    else byBase.set(r.base, [i]);
  });
  const ids = requests.map((r) => r.base);
  for (const members of byBase.values()) {
    if (members.length < 2) continue;
    for (const i of members) {
      const q = requests[i]!.qualifier;
      if (q !== null) ids[i] = qualifiedId(requests[i]!.base, q);
    }
    const count = new Map<string, number>();
    for (const i of members) count.set(ids[i]!, (count.get(ids[i]!) ?? 0) + 1);
    for (const i of members) if ((count.get(ids[i]!) ?? 0) > 1) ids[i] = qualifiedId(requests[i]!.base, shortHash(requests[i]!.fingerprint));
  }
  // Never two entities with one id, whatever the input: the same evidence twice (callers make
  // fingerprints distinct, so this is a safety net) is numbered in fingerprint order.
  const byId = new Map<string, number[]>();
  ids.forEach((id, i) => {
    const g = byId.get(id);
    if (g) g.push(i);
    else byId.set(id, [i]);
  });
  for (const [id, members] of byId) {
    if (members.length < 2) continue;
    members.sort((a, b) => compareText(requests[a]!.fingerprint, requests[b]!.fingerprint) || a - b);
    members.slice(1).forEach((i, k) => (ids[i] = `${id}--${k + 2}`));
  }
  return ids;
}
