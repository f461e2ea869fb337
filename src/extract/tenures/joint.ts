/**
 * Entries that name more than one person, as lists of deputies write them: `Liu Huaqing
 * (1989–1997), Zhang Zhen (1992–1997)` (each with dates: the second was left in the first's note)
 * and `Guo Boxiong and Cao Gangchuan (2002–2012)` (sharing them: one person of both names).
 */
import { hasPostWord } from '../name-post.ts';
import { parseEntry, type Entry } from './entry.ts';
import { looksLikeName } from './name-shape.ts';

/** A person of a joint entry, with where its text starts in the entry. */
export interface JointPart {
  entry: Entry;
  offset: number;
}

/** The end of an entry's dates bracket, a comma, semicolon or `and`, then the next person. */
const AFTER_DATES = /\)\s*(?:[,;]\s*(?:and\s+|&\s*)?|\s(?:and|&)\s+)$/u;
/** `and` or `&` before the next person, as the note holds it. */
const JOINER = /^(?:and|&)\s+/u;
/** `and` or `&` between spaces. */
const AND = /\s(?:and|&)\s/u;
/** What the next person's entry starts with: a capital, then words, a bracket, and a digit after it. */
const NEXT_ENTRY = /^\p{Lu}[^(]*\(\D{0,200}\d/u;

/** At most this many people read from one entry: the reading stays linear. */
const MAX_PEOPLE = 8;

/** Two to six words that read as a name (see `looksLikeName`), with no `and`, no comma and no post word (`State Councilor`). */
function fullName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= 2 && !words.some((word) => /^(?:and|&)$/iu.test(word)) && !/[,(]/u.test(text) && looksLikeName(text) && !hasPostWord(text);
}

/** `A and B`, `A & B` with dates shared: one part per person, each with the spans (copied). */
function sharedDates(part: JointPart, written: string): JointPart[] {
  const { person } = part.entry;
  // The first `and` between spaces, found in one pass (`(.+?)\s+and\s+` backtracks quadratically over a run of spaces).
  const joiner = AND.exec(person);
  if (joiner === null) return [part];
  const first = person.slice(0, joiner.index).trim();
  const rest = person.slice(joiner.index + joiner[0].length).trim();
  if (!fullName(first) || !fullName(rest)) return [part];
  const second = written.indexOf(rest, part.offset + first.length);
  if (second < 0) return [part];
  const copy = (name: string): Entry => ({ ...part.entry, person: name, spans: part.entry.spans.map((span) => ({ ...span, problems: [...span.problems] })) });
  return [{ entry: copy(first), offset: part.offset }, { entry: copy(rest), offset: second }];
}

/**
 * The people an entry names (see above), each with its spans and where it starts in `written`;
 * the entry alone when it names one. A note read as the next person must be a whole entry: a
 * name, then dates with a range (`, Zhang Zhen (1992–1997)`; not `, died in 2003`), after the
 * bracket of the dates before it.
 */
export function jointEntries(written: string, entry: Entry): JointPart[] {
  const parts: JointPart[] = [];
  let current: JointPart = { entry, offset: 0 };
  while (parts.length < MAX_PEOPLE - 1) {
    const last = current.entry.spans.at(-1);
    // A name, a bracket and a digit, after the bracket of the dates and a comma or semicolon, not
    // inside it (`(1998–2003, Politburo Standing Committee (2002–2007))`); checked before reading it.
    if (last === undefined || last.note === null) break;
    const note = last.note.replace(JOINER, '');
    if (!NEXT_ENTRY.test(note)) break;
    const at = written.indexOf(note, current.offset + last.offset);
    if (at < 0 || !AFTER_DATES.test(written.slice(Math.max(current.offset, at - 12), at))) break;
    const next = parseEntry(note);
    if (!next.spans.some((span) => !span.single) || next.problems.length > 0 || !note.startsWith(next.person) || !fullName(next.person)) break;
    const spans = [...current.entry.spans.slice(0, -1), { ...last, note: null }];
    parts.push({ entry: { ...current.entry, spans }, offset: current.offset });
    current = { entry: next, offset: at };
  }
  parts.push(current);
  return parts.flatMap((part) => sharedDates(part, written));
}
