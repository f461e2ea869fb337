import type { ConflictRecord, EntityRecord, MentionRecord } from '../schema/reconcile-records.ts';
import type { TenureRecord } from '../schema/records.ts';
import { collect, type Place } from './collect.ts';
import { findConflicts, type TenureView } from './conflicts.ts';
import type { ExtractedTenure, ReconcileDocument } from './input.ts';
import { findMentions, type Matchable } from './mentions.ts';
import { reconcileOrganizations } from './organizations.ts';
import { clusterPeople } from './people.ts';
import { parsePosition } from './position.ts';
import { compareText } from './union-find.ts';

export type { ReconcileDocument, ExtractedTenure, ListItemInput } from './input.ts';
export { listItemsFromText } from './units.ts';

export interface Reconciliation {
  entities: EntityRecord[];
  mentions: MentionRecord[];
  conflicts: ConflictRecord[];
  /** Every tenure of the input, in input order, with `person_id` and `organization_id`. */
  tenures: TenureRecord[];
}

/** A tenure in the field order of `TenureRecord`, with its two ids. */
export function withIds(t: ExtractedTenure, person_id: string | null, organization_id: string | null): TenureRecord {
  const { doc_id, person, native_name, position, position_line, ...rest } = t as ExtractedTenure & Partial<Pick<TenureRecord, 'person_id' | 'organization_id'>>;
  delete rest.person_id;
  delete rest.organization_id;
  return { doc_id, person, person_id, native_name, position, position_line, organization_id, ...rest };
}

/**
 * The reconcile stage: people and organizations across all documents, every mention of them,
 * and conflicts between sources. Pure and deterministic: the result does not depend on the
 * order of `documents` (entities sorted by id; mentions by doc_id, line, column; conflicts by
 * doc_id, line), except `tenures`, which follow the input order. Rules: README "Reconciliation".
 */
export function reconcileCorpus(documents: readonly ReconcileDocument[]): Reconciliation {
  const sorted = [...documents].sort((a, b) => compareText(a.document.doc_id, b.document.doc_id));
  const c = collect(sorted);
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
  c.references.forEach((r, i) => evidence(r.doc_id, orgId(orgs.referenceOf[i]!)));

  const matchables: Matchable[] = [
    ...people.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases, ...e.native_names], scope: null })),
    ...orgs.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases, ...e.native_names], scope: e.scope })),
  ];
  const mentions = findMentions(sorted, matchables, [...structured.values()], local);

  const docsOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = docsOf.get(m.entity_id) ?? new Set<string>();
    set.add(m.doc_id);
    docsOf.set(m.entity_id, set);
  }
  const typed = [
    ...people.entities.map((e) => ({ type: 'person' as const, e })),
    ...orgs.entities.map((e) => ({ type: 'organization' as const, e })),
  ];
  const owners = new Map<string, Set<string>>();
  for (const { type, e } of typed) {
    for (const k of e.foldKeys) {
      const key = `${type}\u0000${k}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
    }
  }
  const entities: EntityRecord[] = typed
    .map(({ type, e }) => ({
      id: e.id,
      type,
      name: e.name,
      aliases: e.aliases,
      native_names: e.native_names,
      documents: docsOf.get(e.id)?.size ?? 0,
      homonym: e.foldKeys.some((k) => (owners.get(`${type}\u0000${k}`)?.size ?? 0) > 1),
      candidates: e.candidates,
    }))
    .sort((a, b) => compareText(a.id, b.id));
  for (let i = 1; i < entities.length; i++) {
    if (entities[i]!.id === entities[i - 1]!.id) throw new Error(`reconcile: two entities got the id ${entities[i]!.id}`);
  }

  const roles = new Map<string, string>();
  const roleOf = (position: string): string => {
    let role = roles.get(position);
    if (role === undefined) roles.set(position, (role = parsePosition(position).role));
    return role;
  };
  const byDoc = new Map<ReconcileDocument, TenureRecord[]>();
  const views: TenureView[] = [];
  let k = 0;
  for (const doc of sorted) {
    const subject = orgs.subjectOf.get(doc.document.doc_id);
    const records: TenureRecord[] = [];
    for (const t of doc.tenures) {
      const p = c.tenurePerson[k];
      const body = c.tenureBody[k];
      k++;
      const person_id = p === null || p === undefined ? null : personId(p);
      const organization_id = body === null || body === undefined ? null : orgId(orgs.referenceOf[body]!);
      records.push(withIds(t, person_id, organization_id));
      const owner = organization_id ?? (subject === undefined ? `doc:${doc.document.doc_id}` : orgId(subject));
      views.push({ tenure: t, person_id, post: t.position === null ? null : `${owner}\u0000${roleOf(t.position)}` });
    }
    byDoc.set(doc, records);
  }
  const tenures = documents.flatMap((doc) => byDoc.get(doc) ?? []);
  return { entities, mentions, conflicts: findConflicts(views), tenures };
}
