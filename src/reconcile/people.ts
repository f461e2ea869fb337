import type { Candidate } from '../schema/reconcile-records.ts';
import { assignIds, distinctNames, pickNames } from './naming.ts';
import { displayName, fold, hasDiacritics, matchKey } from './normalise.ts';
import { entityId, markedSlugOf, slugOf } from './slug.ts';
import { UnionFind, compareText, groupBy } from './union-find.ts';

/**
 * People: one occurrence per structured place naming a person (leader entry, infobox official),
 * clustered on evidence only:
 * 1. the same match key (NFC, dashes, spacing, case) is the same person, unless the occurrences
 *    carry two or more different native names: then each native name is its own person and the
 *    occurrences without one stay apart, flagged (a homonym, never guessed into one of them);
 * 2. the same native name is the same person, whatever the Latin spelling;
 * 3. names equal once diacritics are folded (`Lü Feng`, `Lu Feng`) are merged only when it is
 *    unambiguous: at most one of the spellings has diacritics, at most one native name among them,
 *    and no rule-1 split among them. The merge is recorded as a candidate with `match: true`.
 * Every other pair of people sharing a folded name is recorded as a candidate with `match: false`.
 */

export interface PersonOccurrence {
  name: string;
  native: string | null;
  doc_id: string;
}

/** A reconciled entity before it becomes an `EntityRecord`. */
export interface ReconciledEntity {
  id: string;
  name: string;
  aliases: string[];
  native_names: string[];
  candidates: Candidate[];
  /** Fold keys of its names: shared with another entity of its type means homonym. */
  foldKeys: string[];
}

export type PersonEntity = ReconciledEntity;

export const MAX_CANDIDATES = 20;

interface Decision {
  query: string;
  /** Occurrence index of the target (its cluster is resolved after clustering). */
  target: number;
}

export function clusterPeople(occurrences: readonly PersonOccurrence[]): { entities: PersonEntity[]; entityOf: number[] } {
  const occ = occurrences.map((o, i) => ({ i, key: matchKey(o.name), native: o.native === null ? null : displayName(o.native) }));
  const uf = new UnionFind(occ.length);
  const split = new Set<string>();
  for (const [key, group] of groupBy(occ, (o) => o.key)) {
    const natives = new Set(group.flatMap((o) => (o.native === null ? [] : [matchKey(o.native)])));
    if (natives.size <= 1) uf.unionAll(group.map((o) => o.i));
    else {
      split.add(key);
      for (const sub of groupBy(group, (o) => (o.native === null ? '' : matchKey(o.native))).values()) uf.unionAll(sub.map((o) => o.i));
    }
  }
  for (const group of groupBy(occ, (o) => (o.native === null ? null : matchKey(o.native))).values()) uf.unionAll(group.map((o) => o.i));

  const merges: Decision[] = [];
  const merged = new Set<string>();
  for (const group of groupBy(occ, (o) => fold(o.key)).values()) {
    const keys = [...new Set(group.map((o) => o.key))];
    if (keys.length < 2) continue;
    const marked = keys.filter((k) => fold(k) !== k);
    const natives = new Set(group.flatMap((o) => (o.native === null ? [] : [matchKey(o.native)])));
    if (marked.length > 1 || natives.size > 1 || keys.some((k) => split.has(k))) continue;
    const target = group.find((o) => o.key === (marked[0] ?? keys.sort(compareText)[0]))!;
    for (const o of group) {
      if (o.key !== target.key && !merged.has(o.key)) {
        merged.add(o.key);
        merges.push({ query: displayName(occurrences[o.i]!.name), target: target.i });
      }
      uf.union(target.i, o.i);
    }
  }

  const groups = [...uf.groups().values()];
  const entityOf = new Array<number>(occ.length).fill(-1);
  groups.forEach((members, e) => {
    for (const m of members) entityOf[m] = e;
  });
  const drafts = groups.map((members) => {
    const { name, aliases } = pickNames(members.map((m) => ({ name: occurrences[m]!.name, doc_id: occurrences[m]!.doc_id })));
    const natives = distinctNames(members.flatMap((m) => (occ[m]!.native === null ? [] : [occ[m]!.native!])));
    const foldKeys = [...new Set([name, ...aliases].map((n) => fold(matchKey(n))))].sort(compareText);
    return { name, aliases, natives, foldKeys };
  });
  const ids = assignIds(
    drafts.map((d) => ({
      base: entityId('person', slugOf(d.name)),
      qualifier: d.natives.length === 1 ? slugOf(d.natives[0]!) : hasDiacritics(d.name) ? markedSlugOf(d.name) : null,
      fingerprint: [matchKey(d.name), ...d.natives.map(matchKey)].join('|'),
    })),
  );
  const entities: PersonEntity[] = drafts.map((d, e) => ({ id: ids[e]!, name: d.name, aliases: d.aliases, native_names: d.natives, candidates: [], foldKeys: d.foldKeys }));

  for (const m of merges) {
    const e = entities[entityOf[m.target]!]!;
    e.candidates.push({
      query: m.query,
      id: e.id,
      name: e.name,
      score: 0.9,
      match: true,
      features: [
        { id: 'name_equal', value: false },
        { id: 'name_folded_equal', value: true },
        { id: 'native_name_conflict', value: false },
      ],
    });
  }
  addHomonymCandidates(entities);
  for (const e of entities) e.candidates = e.candidates.sort((a, b) => Number(b.match) - Number(a.match) || b.score - a.score || compareText(a.id, b.id) || compareText(a.query, b.query)).slice(0, MAX_CANDIDATES);
  return { entities, entityOf };
}

/** Candidates with `match: false` between people who share a folded name. */
function addHomonymCandidates(entities: PersonEntity[]): void {
  const byFold = groupBy(
    entities.flatMap((e, i) => e.foldKeys.map((k) => ({ k, i }))),
    (x) => x.k,
  );
  const seen = new Set<string>();
  for (const group of byFold.values()) {
    const members = [...new Set(group.map((x) => x.i))];
    if (members.length < 2 || members.length > 200) continue;
    for (const a of members) {
      for (const b of members) {
        if (a === b || seen.has(`${a}:${b}`)) continue;
        seen.add(`${a}:${b}`);
        const ea = entities[a]!;
        const eb = entities[b]!;
        const nameEqual = [ea.name, ...ea.aliases].some((n) => [eb.name, ...eb.aliases].some((m) => matchKey(n) === matchKey(m)));
        const conflict = ea.native_names.length > 0 && eb.native_names.length > 0;
        ea.candidates.push({
          query: ea.name,
          id: eb.id,
          name: eb.name,
          score: conflict ? 0.1 : nameEqual ? 0.5 : 0.3,
          match: false,
          features: [
            { id: 'name_equal', value: nameEqual },
            { id: 'name_folded_equal', value: true },
            { id: 'native_name_conflict', value: conflict },
          ],
        });
      }
    }
  }
}
