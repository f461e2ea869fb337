import { namesNobody } from '../text/nobody.ts';
import { fieldNames, fieldRole, isJurisdictionKey, jurisdictionName, titleWithoutJurisdiction } from './fields.ts';
import { DocLines, type ReconcileDocument } from './input.ts';
import { displayName, isNonLatin, splitTrailingParen } from './normalise.ts';
import type { ReferenceInput, SubjectInput, UnitInput } from './organizations.ts';
import type { PersonOccurrence } from './people.ts';
import { parsePosition, portfolioMinistry } from './position.ts';
import { isUnitHeading, listItemsFromText, unitName } from './units.ts';

/** Infobox keys of an article about a post, not a body (an official post's infobox). */
const POST_ARTICLE_KEY = /^(?:post|incumbent)$/i;

/** Where a structured occurrence is written, for its mention. */
export interface Place {
  doc_id: string;
  line: number;
  column: number;
  text: string;
  source: 'infobox' | 'leader' | 'list';
}

export interface Collected {
  persons: PersonOccurrence[];
  personPlaces: { p: number; place: Place }[];
  /** Per tenure (documents in input order, then tenures in order): its person occurrence, or null. */
  tenurePerson: (number | null)[];
  subjects: SubjectInput[];
  subjectPlaces: { doc_id: string; place: Place }[];
  references: ReferenceInput[];
  referencePlaces: { r: number; place: Place }[];
  /** Per tenure: the reference of the first body its position names, or null. */
  tenureBody: (number | null)[];
  units: UnitInput[];
  unitPlaces: { u: number; place: Place }[];
}


/** A person's name as written, and a native name in brackets after it; null when it names nobody. */
export function personName(raw: string): { name: string; native: string | null } | null {
  const { head, inner } = splitTrailingParen(displayName(raw));
  const name = head.replace(/[.,;:]+$/u, '').trim();
  if (name === '' || name.length > 100 || !/\p{L}/u.test(name) || /^\p{N}/u.test(name) || namesNobody(name)) return null;
  return { name, native: inner !== null && isNonLatin(inner) ? inner : null };
}

/** Column of `text` in a line at or after `from`, from the text when there, else `fallback`. */
function place(lines: DocLines, doc_id: string, line: number, text: string, fallback: number, source: Place['source'], from = 1): Place {
  return { doc_id, line, column: lines.column(line, text, fallback, from), text, source };
}

/** Lines of a wiki table row written a cell a line that are looked at for the name (`| 1`, `| [[Otto John]]`, …). */
const MAX_CELL_LINES = 16;

/**
 * The line where a leader entry writes its person's name: the entry's line, or for a table row
 * without it, a later cell line of the same wiki table row (a row written a cell a line starts at
 * its first cell); null when the row does not write the name (a row of dates only, a later term
 * of the person above). Without the text, and off tables, the entry's line.
 */
function leaderLine(lines: DocLines, line: number, name: string): number | null {
  const first = lines.line(line);
  if (first === null || first.includes(name) || !first.trimStart().startsWith('|')) return line;
  for (let next = line + 1; next <= line + MAX_CELL_LINES; next++) {
    const text = lines.line(next)?.trimStart() ?? '';
    if (!text.startsWith('|') || text.startsWith('|-') || text.startsWith('|}')) return null;
    if (text.includes(name)) return next;
  }
  return null;
}

export function collect(documents: readonly ReconcileDocument[]): Collected {
  const out: Collected = { persons: [], personPlaces: [], tenurePerson: [], subjects: [], subjectPlaces: [], references: [], referencePlaces: [], tenureBody: [], units: [], unitPlaces: [] };
  for (const doc of documents) {
    const doc_id = doc.document.doc_id;
    const lines = new DocLines(doc.text);
    const keyOfLine = new Map(doc.infobox.map((f) => [f.line, f.key]));
    // Where a field's value starts: after its key and colon (`- Key: `, `-Key: `, `Key: ` without a bullet).
    const valueColumn = (line: number): number => {
      const key = keyOfLine.get(line) ?? '';
      const text = lines.line(line) ?? '';
      const colon = text.indexOf(':', Math.max(0, text.indexOf(key)) + key.length);
      return colon < 0 ? key.length + 5 : colon + 2;
    };

    const subject: SubjectInput = { doc_id, title: doc.document.title === null ? null : displayName(doc.document.title), names: [], natives: [], aliases: [] };
    for (const f of doc.infobox) {
      const role = fieldRole(f.key);
      if (role === null) continue;
      const from = valueColumn(f.line);
      for (const item of fieldNames(f.key, f.value)) {
        const written = [item.name, item.native].filter((n): n is string => n !== null);
        if (role === 'reference') {
          if (item.name === null) continue;
          const r = out.references.push({ name: item.name, native: item.native, doc_id, ...(item.qualifier === undefined ? {} : { qualifier: item.qualifier }) }) - 1;
          out.referencePlaces.push({ r, place: place(lines, doc_id, f.line, item.name, from, 'infobox', from) });
          continue;
        }
        if (role === 'native') subject.natives.push(...written);
        else {
          if (item.name !== null) (role === 'name' ? subject.names : subject.aliases).push(item.name);
          if (item.native !== null) subject.natives.push(item.native);
        }
        for (const w of written) out.subjectPlaces.push({ doc_id, place: place(lines, doc_id, f.line, w, from, 'infobox', from) });
      }
    }
    // `State Council of the People's Republic of China` with `Jurisdiction: People's Republic of China` is also `State Council`.
    const field = doc.infobox.find((f) => isJurisdictionKey(f.key));
    const jurisdiction = field === undefined ? null : jurisdictionName(field.value);
    const titled = subject.title === null ? null : splitTrailingParen(subject.title);
    const short = titled === null || jurisdiction === null ? null : titleWithoutJurisdiction(titled.head, jurisdiction);
    if (short !== null) subject.shortTitles = [short];
    // What tells the subject from others of its name: `(Japan)` of its title, its jurisdiction (a reference `Ministry of Finance (India)` is not it).
    const qualifiers = [titled?.inner ?? null, jurisdiction].filter((q): q is string => q !== null && q !== '');
    if (qualifiers.length > 0) subject.qualifiers = qualifiers;
    // An article about a post (`Post: Chief Cabinet Secretary`, `Incumbent: …`) has no organization for its subject.
    const aboutPost = doc.infobox.some((f) => POST_ARTICLE_KEY.test(f.key.trim()));
    if (!aboutPost && (subject.title !== null || subject.names.length > 0)) out.subjects.push(subject);

    for (const o of doc.officials) {
      const person = personName(o.name);
      if (person === null) continue;
      const p = out.persons.push({ name: person.name, native: o.native_name ?? person.native, doc_id }) - 1;
      out.personPlaces.push({ p, place: place(lines, doc_id, o.line, person.name, valueColumn(o.line), 'infobox', valueColumn(o.line)) });
    }

    const bodies = new Map<string, number | null>();
    const leaderLines = new Set<number>();
    // One place an entry (its line and column): an entry's spans are one mention; two people on a line, two.
    const leaderPlaces = new Set<string>();
    for (const t of doc.tenures) {
      const person = personName(t.person);
      if (person === null) out.tenurePerson.push(null);
      else {
        const p = out.persons.push({ name: person.name, native: t.native_name ?? person.native, doc_id }) - 1;
        out.tenurePerson.push(p);
        if (!leaderPlaces.has(`${t.line}:${t.column}`)) {
          const at = leaderLine(lines, t.line, person.name);
          if (at !== null) out.personPlaces.push({ p, place: place(lines, doc_id, at, person.name, t.column, 'leader', at === t.line ? t.column : 1) });
        }
      }
      leaderLines.add(t.line);
      leaderPlaces.add(`${t.line}:${t.column}`);
      const key = `${t.position_line ?? 0}\u0000${t.position ?? ''}`;
      let body = bodies.get(key);
      if (body === undefined) {
        const named = t.position === null ? [] : parsePosition(t.position).bodies;
        const refs = named.map((name) => out.references.push({ name, native: null, doc_id }) - 1);
        // `Minister of Foreign Affairs` names a portfolio: its ministry, only if a document is about it.
        const portfolio = refs.length === 0 && t.position !== null ? portfolioMinistry(t.position) : null;
        if (portfolio !== null) refs.push(out.references.push({ name: portfolio.ministry, native: null, doc_id, existing: true, role: portfolio.role }) - 1);
        bodies.set(key, (body = refs[0] ?? null));
      }
      out.tenureBody.push(body);
    }

    const items = doc.listItems ?? (doc.text === undefined ? [] : listItemsFromText(doc.text, doc.sections, new Set([...keyOfLine.keys(), ...leaderLines])));
    for (const item of items) {
      const heading = item.section[item.section.length - 1];
      if (heading === undefined || !isUnitHeading(heading) || leaderLines.has(item.line)) continue;
      const name = unitName(item.text);
      if (name === null) continue;
      const u = out.units.push({ name, doc_id }) - 1;
      out.unitPlaces.push({ u, place: place(lines, doc_id, item.line, name, item.column, 'list', item.column) });
    }
  }
  return out;
}

/** The collection of several documents from theirs, one after the other: what `collect` of them all gives. */
export function concatCollected(parts: readonly Collected[]): Collected {
  const out: Collected = { persons: [], personPlaces: [], tenurePerson: [], subjects: [], subjectPlaces: [], references: [], referencePlaces: [], tenureBody: [], units: [], unitPlaces: [] };
  for (const c of parts) {
    const [persons, references, units] = [out.persons.length, out.references.length, out.units.length];
    for (const x of c.persons) out.persons.push(x);
    for (const x of c.personPlaces) out.personPlaces.push({ p: x.p + persons, place: x.place });
    for (const p of c.tenurePerson) out.tenurePerson.push(p === null ? null : p + persons);
    for (const x of c.subjects) out.subjects.push(x);
    for (const x of c.subjectPlaces) out.subjectPlaces.push(x);
    for (const x of c.references) out.references.push(x);
    for (const x of c.referencePlaces) out.referencePlaces.push({ r: x.r + references, place: x.place });
    for (const r of c.tenureBody) out.tenureBody.push(r === null ? null : r + references);
    for (const x of c.units) out.units.push(x);
    for (const x of c.unitPlaces) out.unitPlaces.push({ u: x.u + units, place: x.place });
  }
  return out;
}
