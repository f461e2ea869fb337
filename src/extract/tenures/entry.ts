import { parseLeadingRange } from '../../dates/index.ts';
import { blankCitations } from '../../text/citations.ts';
import { trimSeparators as trimPunct } from '../../text/trim.ts';
import { isStanding, postBeside, titlesOf } from '../name-post.ts';
import { HAS_YEAR, parenGroups, type Group } from './groups.ts';
import { withoutMarks, withoutOpenWords } from './entry-cleanup.ts';
import { lifespanGroup, withinLife, withoutLife } from './lifespan.ts';
import { bareName, looksLikeName } from './name-shape.ts';
import { withNativeTail } from './native-tail.ts';
import { openOnly } from './open-only.ts';
import { withoutLinks, withoutPersonMarks } from './person-marks.ts';
import { joinNotes, namesOtherPost, nativeNameOf, readDates, spanOf, spansOf, type Span } from './spans.ts';
import { isSubPeriod } from './sub-period.ts';
import { trailingRange } from './trailing-range.ts';

export type { Span } from './spans.ts';

/** A leader entry: `Person (native) (dates; dates, note)`. */
export interface Entry {
  person: string;
  nativeName: string | null;
  spans: Span[];
  problems: string[];
  /** A parenthesised group that holds a year but no readable date range (e.g. `(1990s)`), when there are no spans. */
  unreadable: string | null;
  /** The post written with the name (`Director: Wang Yi`, `Li Keqiang, Premier`), which also leads each span's note. */
  post?: string;
}

const LATIN = /\p{Script=Latin}/u;

const NAME_SEPARATOR = new Set([':', '-', '–', '—']);

/** `2023– Name`: a dash right after the date, a space, then a name. */
const OPEN_BEFORE_NAME = /^(\S.*?\d)[–—-]\s+(?=\p{Lu}[^\d]*$)/u;

/** `2023– Name`, `March 2023- Name`: an open range before the name. */
function parseOpenFirst(text: string): Entry | null {
  const m = OPEN_BEFORE_NAME.exec(text);
  if (!m) return null;
  const range = parseLeadingRange(text.slice(0, m[0].trimEnd().length));
  if (!range || !range.incumbent || range.endText !== null || range.note !== null || range.problems.length > 0) return null;
  const person = trimPunct(text.slice(m[0].length));
  return looksLikeName(person) ? { person, nativeName: null, spans: [spanOf(range, 0)], problems: [], unreadable: null } : null;
}

/**
 * "1998–2003: Name", "March 2001 – June 2003 – Name", "1998–2003 Name" when the range has an
 * end (`1998 Asian Games` is no entry), and "2023– Name": the range before the name.
 */
function parseDatesFirst(text: string): Entry | null {
  const range = parseLeadingRange(text);
  if (range && range.problems.length > 0 && range.endText === null && !range.incumbent) return parseOpenFirst(text);
  if (!range || range.note === null) return null;
  const bare = (range.endText !== null || range.incumbent) && range.problems.length === 0 && bareName(range.note);
  if (!bare && !NAME_SEPARATOR.has(range.note[0]!)) return null;
  const person = trimPunct(range.note);
  return looksLikeName(person) ? withBracket(person, [spanOf({ ...range, note: null }, 0)], []) : null;
}

/**
 * A name and the bracket written after it, as in a dates group's entry: the native name (`Wang Yi
 * (王毅)`, see `nativeOf`), else a qualifier that leads each span's note (`Wang Yi (acting)`,
 * `(born 1932)`); a year without Latin letters stays in the name.
 */
function withBracket(written: string, spans: Span[], problems: string[]): Entry {
  const person = trimPunct(written);
  const open = person.endsWith(')') ? person.lastIndexOf('(') : -1;
  const inner = open > 0 ? person.slice(open + 1, -1).trim() : '';
  const entry: Entry = { person, nativeName: null, spans, problems, unreadable: null };
  if (inner === '' || inner.includes(')') || (!LATIN.test(inner) && HAS_YEAR.test(inner))) return entry;
  entry.person = trimPunct(person.slice(0, open));
  entry.nativeName = nativeOf(inner);
  if (entry.nativeName === null) for (const span of spans) span.note = joinNotes(inner, span.note);
  return entry;
}

/** The native name a dateless bracket holds (`王毅`, `Chinese: 王毅`, any text without Latin letters); null: it qualifies the entry. */
function nativeOf(inner: string): string | null {
  return nativeNameOf(inner) ?? (LATIN.test(inner) ? null : inner.trim());
}

/**
 * The first `,` or `:`, or a bracket's end and a space (`Sigfrid Edström (Sweden) 1942 (acting);
 * 1946–1952`), before a date outside brackets (`A (term: 1990–1995)` has no name `A (term`):
 * where the name ends and where its dates begin.
 */
function cutBeforeDates(text: string, groups: readonly Group[]): { nameEnd: number; datesAt: number } | null {
  const cut = /(?:[,:]|\)\s)\s*(?=\d|[A-Z][a-z]+\.?\s+\d)/g;
  let g = 0;
  for (let m = cut.exec(text); m !== null; m = cut.exec(text)) {
    const nameEnd = text[m.index] === ')' ? m.index + 1 : m.index;
    while (g < groups.length && groups[g]!.close <= nameEnd) g++;
    if (g === groups.length || groups[g]!.open > nameEnd) return { nameEnd, datesAt: m.index + 1 };
  }
  return null;
}

/**
 * `Director: Wang Yi (…)`, `Acting: Luo Gan (…)`, `Li Keqiang, Premier (…)`, `Wang Yi – Director
 * (…)`, `Wei Jianxing, acting (…)` (see name-post.ts): a post or standing written with the name
 * leads each span's note; `person` is the name, and a bracket after it its native name or a qualifier.
 */
function withPost(entry: Entry): Entry {
  if (entry.spans.length === 0) return entry;
  const found = postBeside(entry.person);
  if (found === null) return entry;
  for (const span of entry.spans) span.note = joinNotes(found.post, span.note);
  // `Liu Jinguo (刘金国), deputy secretary, since 2022`: the bracket after the name is read as beside dates.
  const named = entry.nativeName === null ? withBracket(found.person, entry.spans, entry.problems) : { ...entry, person: found.person };
  return isStanding(found.post) || !postAlone(found.post) ? named : { ...named, post: found.post };
}

/** A post and nothing else: at most eight words, no comma, `;` or bracket (`Premier, later …` is more). */
const postAlone = (text: string): boolean => /^[^,;()[\]]+$/u.test(text) && text.trim().split(/\s+/u).length <= 8;

/** Nothing but a comma, `;`, `&`, a slash or `and` between two dates groups. */
const BETWEEN_GROUPS = /^\s*(?:[,;&/]|and)?\s*$/i;

/**
 * `Name (2005–2009), (2013–2017)`, `Name (2005–2009) and (2013–2017)`: the spans of the dates
 * groups right after the first, added to `spans`. Returns where the entry's tail begins.
 */
function moreDateGroups(text: string, groups: readonly Group[], first: Group, spans: Span[]): number {
  let end = first.close;
  for (const group of groups.slice(groups.indexOf(first) + 1)) {
    if (!BETWEEN_GROUPS.test(text.slice(end, group.open))) break;
    const more = spansOf(group.inner, group.open + 1);
    if (more.length === 0) break;
    // `(1954–1970) (acting from 1966)`: a part of the term, said of it; `(Vice Premier 2018–2023)`: another post's.
    if (isSubPeriod(spans, more, group.inner) || namesOtherPost(group.inner)) spans[spans.length - 1]!.note = joinNotes(spans[spans.length - 1]!.note, group.inner.trim());
    else spans.push(...more);
    end = group.close;
  }
  return end;
}

/**
 * Parses a leader entry. The dates group is the first parenthesised group that
 * starts with a date (or gives only an end: `(until 1980)`); dateless groups
 * before it are the native name or qualifiers. Without such a group, a range
 * after the name is accepted (`Name, 1998–2003`, `Name 1998–2003`), as is a
 * range before it (`1998–2003: Name`, `1998–2003 Name`, `2023– Name`,
 * `(1998–2003) Name`); an entry with no date gives no spans. A standing
 * written with the name (`Acting: Name`, `Name, acting`) goes to the notes.
 */
export function parseEntry(written: string): Entry {
  // Full-width brackets, commas, semicolons and colons (`Zhang San（张三，1998–2003）`) are those
  // signs, and a tab (`Zhou Enlai<tab>1949–1976`, copied from a table) a space; one code unit each, so no offset moves.
  // Citations (`<ref>…</ref>`, `{{sfn|…}}`) are blanked, space for character, so that no offset moves either.
  const text = blankCitations(written.replace(FULL_WIDTH_SIGN, (c) => FULL_WIDTH[c] ?? c));
  return withEndedOpenSpans(withoutPersonMarks(withNativeTail(withoutOpenWords(withoutMarks(withTitle(withPost(withoutLinks(withLifespan(text) ?? parseEntryText(text)))))))));
}

/** `2019-05-12` → `2019-05-12`, `1949~` → `1949`: a start as comparable text (EDTF dates of any precision sort as text). */
const startKey = (edtf: string | null): string | null => (edtf === null ? null : edtf.replace(/[~?%]/gu, ''));

/**
 * `(acting from 12 May 2019; confirmed 1 June 2019 – 2022)`: a span open at its end (`from`,
 * `since`, a dash; not `present` or `incumbent` written) with a later span of the entry starting
 * after it ended before that one: its end is not written, and it is not the incumbent's.
 */
function withEndedOpenSpans(entry: Entry): Entry {
  entry.spans.forEach((span, i) => {
    const start = startKey(span.start);
    if (!span.incumbent || span.end !== null || span.endText !== null || start === null) return;
    if (entry.spans.slice(i + 1).some((later) => (startKey(later.start) ?? '') > start)) span.incumbent = false;
  });
  return entry;
}

const FULL_WIDTH: Record<string, string> = { '\uff08': '(', '\uff09': ')', '\uff0c': ',', '\uff1b': ';', '\uff1a': ':', '\t': ' ' };
const FULL_WIDTH_SIGN = /[\uff08\uff09\uff0c\uff1b\uff1a\t]/gu;

/** `Name (1898–1976) (1949–1958)`: the years of a life lead the note of the tenure dates after them. */
function withLifespan(text: string): Entry | null {
  const life = lifespanGroup(text);
  if (life === null) return null;
  const entry = parseEntryText(withoutLife(text, life));
  if (!withinLife(entry.spans, life)) return null;
  for (const span of entry.spans) span.note = joinNotes(life.written, span.note);
  return entry;
}

/** A rank or honorific written before the name leads each span's note; `person` is the name. */
function withTitle(entry: Entry): Entry {
  const found = entry.spans.length === 0 ? null : titlesOf(entry.person);
  if (found === null) return entry;
  for (const span of entry.spans) span.note = joinNotes(found.title, span.note);
  return { ...entry, person: found.person };
}

/** A bracket's first piece before a comma or `;`, and the rest. */
const NATIVE_LEAD = /^([^,;]+)[,;]\s*(\S[^]*)$/u;

/** A tail that is one bracket and nothing else. */
const BRACKETED_TAIL = /^\(([^()[\]]+)\)$/u;

/** The entry that the text before a dates group makes when a range outside brackets is written there, else null. */
function rangeBefore(text: string, groups: readonly Group[], dates: Group): Entry | null {
  let outside = '';
  let at = 0;
  for (const g of groups) {
    if (g === dates) break;
    outside += text.slice(at, g.open);
    at = g.close;
  }
  outside += text.slice(at, dates.open);
  if (!HAS_YEAR.test(outside)) return null;
  const before = parseEntryText(text.slice(0, dates.open));
  return before.spans.length > 0 && before.person !== '' ? before : null;
}

function parseEntryText(text: string): Entry {
  const problems: string[] = [];
  const datesFirst = parseDatesFirst(text);
  if (datesFirst) return datesFirst;
  const groups = parenGroups(text);
  const natives: string[] = [];
  // `(acting)`, `(CDU)`: a bracket in Latin letters before the dates qualifies the entry; it is no native name.
  const qualifiers: string[] = [];
  let after = -1;
  for (const group of groups) {
    // `Name (CDU), acting (1966)`: words between two brackets before the dates qualify the entry too.
    const between = after < 0 ? '' : trimPunct(text.slice(after, group.open));
    if (between !== '') qualifiers.push(between);
    after = group.close;
    const { spans, natives: written } = readDates(group.inner, group.open + 1);
    if (spans.length === 0) {
      const native = group.inner.trim() === '' ? null : nativeOf(group.inner);
      // `(张三, b. 1950)`: a native name, then a qualifier.
      const lead = native === null ? NATIVE_LEAD.exec(group.inner) : null;
      const leadNative = lead === null ? null : nativeOf(lead[1]!);
      if (native !== null) natives.push(native);
      else if (leadNative !== null) {
        natives.push(leadNative);
        qualifiers.push(lead![2]!.trim());
      } else if (group.inner.trim() !== '') qualifiers.push(group.inner.trim());
      continue;
    }
    if (!group.closed) problems.push('the dates group has no closing ")"');
    const outer = rangeBefore(text, groups, group);
    if (outer !== null) {
      // `Li Fuchun, 1954–1970 (acting from 1966)`: the range before the bracket is the term, the bracket a part of it or
      // another term; `(Vice Premier 2018–2023)` another post's, a note.
      const last = outer.spans[outer.spans.length - 1]!;
      if (isSubPeriod(outer.spans, spans, group.inner) || namesOtherPost(group.inner)) last.note = joinNotes(joinNotes(last.note, group.inner.trim()), trimPunct(text.slice(group.close)) || null);
      else outer.spans.push(...spans);
      return outer;
    }
    natives.push(...written);
    const beforeFirst = groups[0]!.open;
    let person = trimPunct(text.slice(0, beforeFirst));
    let tail = trimPunct(text.slice(moreDateGroups(text, groups, group, spans)));
    // `(1972–1974) Ji Pengfei`: the dates come first, and the name after them.
    if (person === '' && group === groups[0] && bareName(tail)) [person, tail] = [tail, ''];
    // `Name (1998–2003) (张三)`: a native name written after the dates, when none came before them.
    const trailingNative = natives.length === 0 ? BRACKETED_TAIL.exec(tail) : null;
    const native = trailingNative === null ? null : nativeOf(trailingNative[1]!);
    if (native !== null) [natives[0], tail] = [native, ''];
    if (tail !== '') {
      const last = spans[spans.length - 1]!;
      last.note = joinNotes(last.note, tail);
    }
    if (qualifiers.length > 0) for (const span of spans) span.note = joinNotes(qualifiers.join('; '), span.note);
    return { person, nativeName: natives.length > 0 ? natives.join('; ') : null, spans, problems, unreadable: null };
  }
  // No parenthesised dates: "Name 1998–2003", "Name, 1998–2003" or "Name: 1998–2003; 2005–2008".
  const trailing = trailingRange(text);
  const cut = cutBeforeDates(text, groups);
  const cutSpans = cut !== null && cut.nameEnd > 0 ? spansOf(text.slice(cut.datesAt), cut.datesAt) : [];
  // `Wang Yi: 2013–2018, 2020–2022`, `Wang Yi 2013–2018, 2020–present`: a note after the range that is more ranges gives their spans.
  const listed = trailing !== null && trailing.note !== null && cutSpans.length <= 1 ? spansOf(text.slice(trailing.offset), trailing.offset) : [];
  if (listed.length > 1) return withBracket(text.slice(0, trailing!.offset), listed, problems);
  if (trailing && !(trailing.note !== null && cutSpans.length > 1)) return withBracket(text.slice(0, trailing.offset), [trailing], problems);
  if (cutSpans.length > 0) return withBracket(text.slice(0, cut!.nameEnd), cutSpans, problems);
  const dated = groups.find((g) => HAS_YEAR.test(g.inner));
  const open = dated ? null : openOnly(text, groups);
  if (open) {
    // `Wang Yi (王毅) (acting) (Incumbent)`: the other brackets are the native name and the note, as beside dates.
    const others = open.group === null ? qualifiers : qualifiers.filter((q) => q !== open.group!.inner.trim());
    if (others.length > 0) open.span.note = others.join('; ');
    return { person: trimPunct(text.slice(0, open.personEnd)), nativeName: natives.length > 0 ? natives.join('; ') : null, spans: [open.span], problems, unreadable: null };
  }
  return { person: trimPunct(groups[0] ? text.slice(0, groups[0].open) : text), nativeName: null, spans: [], problems, unreadable: dated ? dated.inner.trim() : null };
}
