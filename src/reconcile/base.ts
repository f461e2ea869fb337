import type { ConflictRecord, EntityRecord, MentionRecord } from '../schema/reconcile-records.ts';
import type { Collected, Place } from './collect.ts';
import { findConflicts, type TenureView } from './conflicts.ts';
import type { ReconcileDocument } from './input.ts';
import type { Matchable } from './mentions.ts';
import { reconcileOrganizations } from './organizations.ts';
import { clusterPeople } from './people.ts';
import { parsePosition } from './position.ts';
import { compareText, memoized } from './union-find.ts';

/** An entity as the corpus's names and structured places make it; `documents` comes from its mentions. */
export type BaseEntity = Omit<EntityRecord, 'documents'>;

/**
 * What reconciliation decides from the documents' structured data alone (names of infobox
 * fields, officials, leader entries, list units; tenures), before any text is scanned: the
 * entities, their structured mentions, the ids of every tenure and the conflicts. A function of
 * `collect`'s output and the tenures only, so a run whose structured data did not change can
 * reuse it (see `reconcileCorpus`).
 */
export interface ReconcileBase {
  /** Sorted by id. */
  entities: BaseEntity[];
  /** Names to scan text for, with their entity and scope. */
  matchables: Matchable[];
  /** Mentions at structured places, one per entity and place. */
  structured: MentionRecord[];
  /** A base read back from the cache: one document's structured mentions, without decoding the others'. */
  structuredOf?: (doc_id: string) => readonly MentionRecord[];
  /** Per document: the entities it names in a structured place (decides shared names). */
  local: [string, string[]][];
  /** Per tenure, documents in id order: `[person_id, organization_id]`. */
  tenureIds: [string | null, string | null][];
  conflicts: ConflictRecord[];
}

export function reconcileBase(sorted: readonly ReconcileDocument[], c: Collected): ReconcileBase {
  const people = clusterPeople(c.persons);
  const orgs = reconcileOrganizations(c.subjects, c.references, c.units);
  const personId = (p: number): string => people.entities[people.entityOf[p]!]!.id;
  const orgId = (e: number): string => orgs.entities[e]!.id;

  const structured = new Map<string, MentionRecord>();
  const local = new Map<string, Set<string>>();
  const evidence = (doc_id: string, entity_id: string): void => {
    let set = local.get(doc_id);
    if (!set) local.set(doc_id, (set = new Set()));
    set.add(entity_id);
  };
  const mention = (entity_id: string, place: Place): void => {
    evidence(place.doc_id, entity_id);
    const key = `${entity_id}\u0000${place.doc_id}\u0000${place.line}\u0000${place.column}`;
    if (!structured.has(key)) structured.set(key, { entity_id, doc_id: place.doc_id, line: place.line, column: place.column, text: place.text, source: place.source });
  };
  for (const { p, place } of c.personPlaces) mention(personId(p), place);
  for (const { doc_id, place } of c.subjectPlaces) {
    const e = orgs.subjectOf.get(doc_id);
    if (e !== undefined) mention(orgId(e), place);
  }
  for (const { r, place } of c.referencePlaces) mention(orgId(orgs.referenceOf[r]!), place);
  for (const { u, place } of c.unitPlaces) if (orgs.unitOf[u]! >= 0) mention(orgId(orgs.unitOf[u]!), place);
  for (const [doc_id, e] of orgs.subjectOf) evidence(doc_id, orgId(e));
  c.references.forEach((r, i) => {
    if (orgs.referenceOf[i]! >= 0) evidence(r.doc_id, orgId(orgs.referenceOf[i]!));
  });

  const matchables: Matchable[] = [
    ...people.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases, ...e.native_names], scope: null })),
    ...orgs.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases, ...e.native_names], scope: e.scope })),
  ];

  const typed = [...people.entities.map((e) => ({ type: 'person' as const, e })), ...orgs.entities.map((e) => ({ type: 'organization' as const, e }))];
  const owners = new Map<string, Set<string>>();
  for (const { type, e } of typed) {
    for (const k of e.foldKeys) {
      const key = `${type}\u0000${k}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
    }
  }
  const entities: BaseEntity[] = typed
    .map(({ type, e }) => ({
      id: e.id,
      type,
      name: e.name,
      aliases: e.aliases,
      native_names: e.native_names,
      homonym: e.foldKeys.some((k) => (owners.get(`${type}\u0000${k}`)?.size ?? 0) > 1),
      candidates: e.candidates,
    }))
    .sort((a, b) => compareText(a.id, b.id));
  for (let i = 1; i < entities.length; i++) {
    if (entities[i]!.id === entities[i - 1]!.id) throw new Error(`reconcile: two entities got the id ${entities[i]!.id}`);
  }

  const roleOf = memoized((position) => parsePosition(position).role);
  const tenureIds: [string | null, string | null][] = [];
  const views: TenureView[] = [];
  let k = 0;
  for (const doc of sorted) {
    const subject = orgs.subjectOf.get(doc.document.doc_id);
    for (const t of doc.tenures) {
      const p = c.tenurePerson[k];
      const body = c.tenureBody[k];
      k++;
      const person_id = p === null || p === undefined ? null : personId(p);
      const organization_id = body === null || body === undefined || orgs.referenceOf[body]! < 0 ? null : orgId(orgs.referenceOf[body]!);
      tenureIds.push([person_id, organization_id]);
      const owner = organization_id ?? (subject === undefined ? `doc:${doc.document.doc_id}` : orgId(subject));
      // `Minister of Foreign Affairs` in its ministry is that ministry's `minister`.
      const role = organization_id === null ? undefined : c.references[body!]!.role;
      views.push({ tenure: t, person_id, post: t.position === null ? null : `${owner}\u0000${role ?? roleOf(t.position)}` });
    }
  }
  return { entities, matchables, structured: [...structured.values()], local: [...local].map(([doc, ids]) => [doc, [...ids]]), tenureIds, conflicts: findConflicts(views) };
}
