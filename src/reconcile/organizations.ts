import type { Candidate } from '../schema/reconcile-records.ts';
import { assignIds, distinctNames, pickNames, type WrittenName } from './naming.ts';
import { fold, matchKey, splitTrailingParen } from './normalise.ts';
import { MAX_CANDIDATES, type ReconciledEntity } from './people.ts';
import { placeDisagrees } from './places.ts';
import { entityId, slugOf } from './slug.ts';
import { compareText, groupBy } from './union-find.ts';

/**
 * Organizations:
 * - each document's subject: its title (the canonical name: titles are unique, `Ministry of State
 *   Security (China)`), the infobox name fields, native names and explicit alias fields. Two
 *   documents with the same title are one subject; two different titles are never merged.
 * - references: names in parent-like infobox fields and bodies named by position headers. A
 *   reference is the subject whose title, name field, native name or alias field has the same
 *   match key, when exactly one subject has it; else the subject whose title without its
 *   "(qualifier)" or the jurisdiction it names is that name, when exactly one (recorded as a candidate, `match: true`); else an
 *   internal unit of the same document with that name; else its own entity (one per match key
 *   across documents). A name that fits several subjects stays its own entity with a candidate
 *   (`match: false`) for each.
 * - internal units: scoped to their document's subject (`General Bureau` of two offices are two
 *   units), id `organization/<subject-slug>/<unit-slug>`.
 */

export interface SubjectInput {
  doc_id: string;
  title: string | null;
  names: string[];
  natives: string[];
  aliases: string[];
  /** The title without the jurisdiction it names (`State Council` of `State Council of the People's Republic of China`): matched as a title without its `(qualifier)` is. */
  shortTitles?: string[];
  /** What tells it from others of its name: its title's `(qualifier)`, its jurisdiction. */
  qualifiers?: string[];
}

export interface ReferenceInput {
  name: string;
  native: string | null;
  doc_id: string;
  /** The place in brackets written after the name (`India` of `Ministry of Finance (India)`). */
  qualifier?: string;
  /** A name the text implies (a portfolio's ministry): it is a subject of the corpus or nothing (`referenceOf` -1). */
  existing?: boolean;
  /** For a portfolio's ministry, the post in it (`minister`), which the tenure's post is when the ministry is found. */
  role?: string;
}

export interface UnitInput {
  name: string;
  doc_id: string;
}

export interface OrgEntity extends ReconciledEntity {
  /** Documents where the name may be matched in text (internal units); null: everywhere. */
  scope: string[] | null;
}

export interface OrgResult {
  entities: OrgEntity[];
  subjectOf: Map<string, number>;
  /** Per reference, its entity; -1 for an `existing` one that is no subject. */
  referenceOf: number[];
  unitOf: number[];
}

interface Draft {
  kind: 'subject' | 'reference' | 'unit';
  preferred: string | null;
  written: WrittenName[];
  natives: string[];
  docs: Set<string>;
  parent: number | null;
  candidates: { query: string; target: number; score: number; match: boolean; features: Candidate['features'] }[];
  /** A subject's qualifiers (see SubjectInput). */
  qualifiers: string[];
}

const draft = (kind: Draft['kind'], preferred: string | null, parent: number | null = null): Draft => ({ kind, preferred, written: [], natives: [], docs: new Set(), parent, candidates: [], qualifiers: [] });

function addTo(index: Map<string, Set<number>>, key: string, value: number): void {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}

export function reconcileOrganizations(subjects: readonly SubjectInput[], references: readonly ReferenceInput[], units: readonly UnitInput[]): OrgResult {
  const drafts: Draft[] = [];
  const subjectOf = new Map<string, number>();
  const strong = new Map<string, Set<number>>();
  const weak = new Map<string, Set<number>>();
  for (const group of groupBy(subjects, (s) => {
    const first = s.title ?? s.names[0] ?? null;
    return first === null ? null : matchKey(first);
  }).values()) {
    const sorted = [...group].sort((a, b) => compareText(a.doc_id, b.doc_id));
    const d = draft('subject', sorted[0]!.title ?? sorted[0]!.names[0]!);
    const e = drafts.push(d) - 1;
    for (const s of sorted) {
      subjectOf.set(s.doc_id, e);
      d.docs.add(s.doc_id);
      const stripped = s.title === null ? null : splitTrailingParen(s.title);
      const names = [...(s.title === null ? [] : [s.title]), ...s.names, ...s.aliases];
      for (const n of names) d.written.push({ name: n, doc_id: s.doc_id });
      const short = [...(stripped !== null && stripped.inner !== null ? [stripped.head] : []), ...(s.shortTitles ?? [])];
      for (const head of short) {
        d.written.push({ name: head, doc_id: s.doc_id });
        addTo(weak, matchKey(head), e);
      }
      d.natives.push(...s.natives);
      d.qualifiers.push(...(s.qualifiers ?? []));
      for (const n of [...names, ...s.natives]) addTo(strong, matchKey(n), e);
    }
  }

  const unitKey = new Map<string, number>();
  const unitOf = units.map((u) => {
    const parent = subjectOf.get(u.doc_id);
    if (parent === undefined) return -1;
    const key = `${parent}\u0000${matchKey(u.name)}`;
    let e = unitKey.get(key);
    if (e === undefined) unitKey.set(key, (e = drafts.push(draft('unit', null, parent)) - 1));
    drafts[e]!.written.push({ name: u.name, doc_id: u.doc_id });
    for (const doc of drafts[parent]!.docs) drafts[e]!.docs.add(doc);
    return e;
  });

  const refKey = new Map<string, number>();
  const referenceOf = references.map((r) => {
    const key = matchKey(r.name);
    // `Ministry of Finance (Japan)`: the subject with that very title; else no subject its qualifier disagrees with.
    const qualified = r.qualifier === undefined ? null : `${r.name} (${r.qualifier})`;
    const titled = qualified === null ? undefined : strong.get(matchKey(qualified));
    if (titled !== undefined && titled.size === 1) return [...titled][0]!;
    const others: number[] = [];
    const agrees = (e: number): boolean => {
      if (!placeDisagrees(r.qualifier, drafts[e]!.qualifiers)) return true;
      if (!others.includes(e)) others.push(e);
      return false;
    };
    const hits = new Set([...(strong.get(key) ?? []), ...(r.native === null ? [] : (strong.get(matchKey(r.native)) ?? []))].filter(agrees));
    const weakHits = hits.size === 0 ? new Set([...(weak.get(key) ?? [])].filter(agrees)) : new Set<number>();
    if (r.existing) {
      // Among several, the subject of the reference's own document.
      const found = hits.size > 0 ? hits : weakHits;
      const own = subjectOf.get(r.doc_id);
      return found.size === 1 ? [...found][0]! : own !== undefined && found.has(own) ? own : -1;
    }
    const only = hits.size === 1 ? [...hits][0]! : hits.size === 0 && weakHits.size === 1 ? [...weakHits][0]! : null;
    if (only !== null) {
      if (hits.size === 0 && !drafts[only]!.candidates.some((c) => matchKey(c.query) === key)) {
        drafts[only]!.candidates.push({ query: r.name, target: only, score: 0.8, match: true, features: [{ id: 'name_equal', value: false }, { id: 'title_without_qualifier_equal', value: true }] });
      }
      return only;
    }
    const parent = subjectOf.get(r.doc_id);
    const unit = parent === undefined ? undefined : unitKey.get(`${parent}\u0000${key}`);
    if (unit !== undefined && hits.size === 0 && weakHits.size === 0) return unit;
    // With its qualifier, the reference is named as written in full: `Ministry of Finance (India)` and `(Pakistan)` are two bodies.
    const name = qualified ?? r.name;
    let e = refKey.get(matchKey(name));
    if (e === undefined) refKey.set(matchKey(name), (e = drafts.push(draft('reference', null)) - 1));
    const d = drafts[e]!;
    d.written.push({ name, doc_id: r.doc_id });
    if (r.native !== null) d.natives.push(r.native);
    for (const target of [...hits, ...weakHits]) {
      if (!d.candidates.some((c) => c.target === target)) {
        d.candidates.push({ query: name, target, score: 0.5, match: false, features: [{ id: 'name_equal', value: hits.has(target) }, { id: 'several_subjects', value: true }] });
      }
    }
    for (const target of others) {
      if (!d.candidates.some((c) => c.target === target)) {
        d.candidates.push({ query: name, target, score: 0.2, match: false, features: [{ id: 'name_equal', value: true }, { id: 'qualifier_differs', value: true }] });
      }
    }
    return e;
  });

  const named = drafts.map((d) => ({ ...pickNames(d.written, d.preferred), natives: distinctNames(d.natives) }));
  const top = drafts.map((d, i) => (d.kind === 'unit' ? -1 : i)).filter((i) => i >= 0);
  const topIds = assignIds(
    top.map((i) => ({
      base: entityId('organization', slugOf(named[i]!.name)),
      qualifier: named[i]!.natives.length === 1 ? slugOf(named[i]!.natives[0]!) : null,
      // The kind tells a subject from a reference that several subjects answer to (same name).
      fingerprint: [drafts[i]!.kind, matchKey(named[i]!.name), ...named[i]!.natives.map(matchKey)].join('|'),
    })),
  );
  const ids = new Array<string>(drafts.length).fill('');
  top.forEach((i, k) => (ids[i] = topIds[k]!));
  const unitIdx = drafts.map((d, i) => (d.kind === 'unit' ? i : -1)).filter((i) => i >= 0);
  const unitIds = assignIds(unitIdx.map((i) => ({ base: `${ids[drafts[i]!.parent!]!}/${slugOf(named[i]!.name)}`, qualifier: null, fingerprint: matchKey(named[i]!.name) })));
  unitIdx.forEach((i, k) => (ids[i] = unitIds[k]!));

  const entities: OrgEntity[] = drafts.map((d, i) => ({
    id: ids[i]!,
    name: named[i]!.name,
    aliases: named[i]!.aliases,
    native_names: named[i]!.natives,
    candidates: d.candidates
      .map((c) => ({ query: c.query, id: ids[c.target]!, name: named[c.target]!.name, score: c.score, match: c.match, features: c.features }))
      .sort((a, b) => Number(b.match) - Number(a.match) || b.score - a.score || compareText(a.id, b.id) || compareText(a.query, b.query))
      .slice(0, MAX_CANDIDATES),
    foldKeys: [...new Set([named[i]!.name, ...named[i]!.aliases].map((n) => fold(matchKey(n))))].sort(compareText),
    scope: d.kind === 'unit' ? [...d.docs].sort(compareText) : null,
  }));
  return { entities, subjectOf, referenceOf, unitOf };
}
