import { parseLeadingRange, toEdtf, type LeadingRange } from '../../dates/index.ts';
import { trimSeparators as trimPunct } from '../../text/trim.ts';
import { parenGroups, splitTopLevel, type Group } from './groups.ts';

/** One tenure span read from an entry's dates group. */
export interface Span {
  start: string | null;
  end: string | null;
  startText: string | null;
  endText: string | null;
  incumbent: boolean;
  note: string | null;
  /** Offset of the span's text within the entry. */
  offset: number;
  problems: string[];
  /** True when the span is a single date rather than a range. */
  single: boolean;
}

/** A leader entry: `Person (native) (dates; dates, note)`. */
export interface Entry {
  person: string;
  nativeName: string | null;
  spans: Span[];
  problems: string[];
  /** A parenthesised group that holds a year but no readable date range (e.g. `(1990s)`), when there are no spans. */
  unreadable: string | null;
}

const HAS_YEAR = /\d{3,4}/;
const LATIN = /\p{Script=Latin}/u;

/** `c. 1950`: the date as written, marked approximate the EDTF way (`1950~`); not a problem of the source. */
const APPROXIMATE = { start: 'approximate start', end: 'approximate end' } as const;

function spanOf(range: LeadingRange, offset: number): Span {
  const single = range.endText === null && !range.incumbent;
  const mark = (which: keyof typeof APPROXIMATE): string => (range.problems.includes(APPROXIMATE[which]) ? '~' : '');
  return {
    start: range.start ? toEdtf(range.start) + mark('start') : null,
    end: range.end ? toEdtf(range.end) + (single ? mark('start') : mark('end')) : null,
    startText: range.startText,
    endText: range.endText,
    incumbent: range.incumbent,
    note: range.note,
    offset,
    problems: range.problems.filter((p) => p !== APPROXIMATE.start && p !== APPROXIMATE.end),
    single,
  };
}

/** Two pieces of a note, `; ` between them when both are there. */
function joinNotes(first: string | null, second: string | null): string | null {
  return first && second ? `${first}; ${second}` : (first || second);
}

/** `and` or `&` before a further range (`1990–1995 and 1998–2003`). */
const JOINER = /^(?:and|&)\s+/i;

/** Length of the joiner a note starts with (0 when none). */
function joinerLength(note: string): number {
  return JOINER.exec(note)?.[0].length ?? 0;
}

/** A note that is nothing but another range (`1990–1991, 1993–1995`, `… and 1998–2003`): that range, else null. */
function rangeOnly(note: string | null): LeadingRange | null {
  if (note === null) return null;
  const range = parseLeadingRange(note.slice(joinerLength(note)));
  if (!range || (range.endText === null && !range.incumbent)) return null;
  return range.note === null || rangeOnly(range.note) !== null ? range : null;
}

/** Spans of one `;`-separated piece: its range, and the ranges listed after it with commas. */
function pieceSpans(text: string, offset: number, spans: Span[]): boolean {
  let range = parseLeadingRange(text);
  if (!range) return false;
  let at = offset;
  let rest = text;
  for (;;) {
    const next = rangeOnly(range.note);
    if (next === null || range.note === null) {
      spans.push(spanOf(range, at));
      return true;
    }
    const shift = rest.lastIndexOf(range.note) + joinerLength(range.note);
    spans.push(spanOf({ ...range, note: null }, at));
    at += shift;
    rest = rest.slice(shift);
    range = next;
  }
}

/** `until 1980`, `to 1980`, `–1980`, `? – 1980`: the end of a span whose start is not written. */
const END_ONLY = /^(?:(?:until|till|to)\s+|\?\s*[–—-]\s*|[–—-]\s*)/i;

/** The span of a segment that gives only its end (a single date after `until` or a dash), else null. */
function endOnlySpan(text: string, offset: number): Span | null {
  const lead = END_ONLY.exec(text);
  if (!lead) return null;
  const range = parseLeadingRange(text.slice(lead[0].length));
  if (!range || range.endText !== null || range.incumbent) return null;
  const span = spanOf(range, offset + lead[0].length);
  return { ...span, start: null, startText: null, endText: range.startText, single: false };
}

/**
 * Reads the `;`-separated spans of a dates group; a piece not starting with a date continues the
 * previous note. The first piece may give only an end (see `endOnlySpan`).
 */
function spansOf(inner: string, base: number): Span[] {
  const spans: Span[] = [];
  for (const piece of splitTopLevel(inner)) {
    const lead = piece.text.length - piece.text.trimStart().length;
    if (pieceSpans(piece.text.trim(), base + piece.offset + lead, spans)) continue;
    const endOnly = spans.length === 0 ? endOnlySpan(piece.text.trim(), base + piece.offset + lead) : null;
    if (endOnly) {
      spans.push(endOnly);
      continue;
    }
    const last = spans[spans.length - 1];
    const extra = piece.text.trim();
    if (last && extra !== '') last.note = joinNotes(last.note, extra);
  }
  return spans;
}

const NAME_SEPARATOR = new Set([':', '-', '–', '—']);

/** A name right after a range, without a separator: it starts with a capital and holds no digit. */
const BARE_NAME = /^\p{Lu}[^\d]*$/u;

/** `2023– Name`: a dash right after the date, a space, then a name. */
const OPEN_BEFORE_NAME = /^(\S.*?\d)[–—-]\s+(?=\p{Lu}[^\d]*$)/u;

/** `2023– Name`, `March 2023- Name`: an open range before the name. */
function parseOpenFirst(text: string): Entry | null {
  const m = OPEN_BEFORE_NAME.exec(text);
  if (!m) return null;
  const range = parseLeadingRange(text.slice(0, m[0].trimEnd().length));
  if (!range || !range.incumbent || range.endText !== null || range.note !== null || range.problems.length > 0) return null;
  const person = trimPunct(text.slice(m[0].length));
  return person === '' ? null : { person, nativeName: null, spans: [spanOf(range, 0)], problems: [], unreadable: null };
}

/**
 * "1998–2003: Name", "March 2001 – June 2003 – Name", "1998–2003 Name" when the range has an
 * end (`1998 Asian Games` is no entry), and "2023– Name": the range before the name.
 */
function parseDatesFirst(text: string): Entry | null {
  const range = parseLeadingRange(text);
  if (range && range.problems.length > 0 && range.endText === null && !range.incumbent) return parseOpenFirst(text);
  if (!range || range.note === null) return null;
  const bare = (range.endText !== null || range.incumbent) && range.problems.length === 0 && BARE_NAME.test(range.note);
  if (!bare && !NAME_SEPARATOR.has(range.note[0]!)) return null;
  const person = trimPunct(range.note);
  if (person === '') return null;
  return { person, nativeName: null, spans: [spanOf({ ...range, note: null }, 0)], problems: [], unreadable: null };
}

/**
 * A name and the bracket written after it, as in a dates group's entry: with Latin letters it is
 * a qualifier that leads each span's note (`Wang Yi (acting)`, `(born 1932)`), else the native
 * name (`Wang Yi (王毅)`); a year without Latin letters stays in the name.
 */
function withBracket(written: string, spans: Span[], problems: string[]): Entry {
  const person = trimPunct(written);
  const open = person.endsWith(')') ? person.lastIndexOf('(') : -1;
  const inner = open > 0 ? person.slice(open + 1, -1).trim() : '';
  const entry: Entry = { person, nativeName: null, spans, problems, unreadable: null };
  const latin = LATIN.test(inner);
  if (inner === '' || inner.includes(')') || (!latin && HAS_YEAR.test(inner))) return entry;
  entry.person = trimPunct(person.slice(0, open));
  if (!latin) entry.nativeName = inner;
  else for (const span of spans) span.note = joinNotes(inner, span.note);
  return entry;
}

/** The first `,` or `:` before a date outside brackets (`A (term: 1990–1995)` has no name `A (term`). */
function cutBeforeDates(text: string, groups: readonly Group[]): RegExpExecArray | null {
  const cut = /[,:]\s*(?=\d|[A-Z][a-z]+\.?\s+\d)/g;
  let g = 0;
  for (let m = cut.exec(text); m !== null; m = cut.exec(text)) {
    while (g < groups.length && groups[g]!.close <= m.index) g++;
    if (g === groups.length || groups[g]!.open > m.index) return m;
  }
  return null;
}

/**
 * `Name 1998–2003`, `Name (王毅) March 2013 – present`: a range with an end (or open) that runs to
 * the end of the entry, after a name that starts with a capital and holds no digit. The range
 * starts at the word of the first digit or one or two words before it (`March 2013`, `c. 2013`).
 */
function trailingRange(text: string): Span | null {
  const digit = text.search(/\d/);
  if (digit <= 0) return null;
  const starts: number[] = [];
  for (let at = text.lastIndexOf(' ', digit) + 1; at > 0 && starts.length < 3; at = text.lastIndexOf(' ', at - 2) + 1) starts.push(at);
  // The earliest start that reads wins: `September 18, 2019 – …` over `18, 2019 – …`.
  for (const at of starts.reverse()) {
    if (!BARE_NAME.test(trimPunct(text.slice(0, at)))) continue;
    const range = parseLeadingRange(text.slice(at));
    if (!range || (range.endText === null && !range.incumbent) || range.note !== null) continue;
    const span = spanOf(range, at);
    if (span.problems.length === 0) return span;
  }
  return null;
}

/** `Acting: Name`, `Interim – Name`, `Name, acting`: a standing written with the name, not part of it. */
const STANDING_BEFORE = /^(acting|interim)\s*[:\-–—]\s*(?=\S)/i;
const STANDING_AFTER = /,\s*(acting|interim)$/i;

/** The entry with a standing written beside the name moved to the front of each span's note. */
function withStanding(entry: Entry): Entry {
  const before = STANDING_BEFORE.exec(entry.person);
  const after = before ? null : STANDING_AFTER.exec(entry.person);
  const found = before ?? after;
  if (!found) return entry;
  const person = before ? entry.person.slice(before[0].length) : entry.person.slice(0, after!.index);
  if (person.trim() === '') return entry;
  const standing = found[1]!.toLowerCase();
  for (const span of entry.spans) span.note = joinNotes(standing, span.note);
  return { ...entry, person: trimPunct(person) };
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
export function parseEntry(text: string): Entry {
  return withStanding(parseEntryText(text));
}

function parseEntryText(text: string): Entry {
  const problems: string[] = [];
  const datesFirst = parseDatesFirst(text);
  if (datesFirst) return datesFirst;
  const groups = parenGroups(text);
  const natives: string[] = [];
  // `(acting)`, `(CDU)`: a bracket in Latin letters before the dates qualifies the entry; it is no native name.
  const qualifiers: string[] = [];
  for (const group of groups) {
    const spans = spansOf(group.inner, group.open + 1);
    if (spans.length === 0) {
      if (group.inner.trim() !== '') (LATIN.test(group.inner) ? qualifiers : natives).push(group.inner.trim());
      continue;
    }
    if (!group.closed) problems.push('the dates group has no closing ")"');
    const beforeFirst = groups[0]!.open;
    let person = trimPunct(text.slice(0, beforeFirst));
    let tail = trimPunct(text.slice(group.close));
    // `(1972–1974) Ji Pengfei`: the dates come first, and the name after them.
    if (person === '' && group === groups[0] && BARE_NAME.test(tail)) [person, tail] = [tail, ''];
    if (tail !== '') {
      const last = spans[spans.length - 1]!;
      last.note = joinNotes(last.note, tail);
    }
    if (qualifiers.length > 0) for (const span of spans) span.note = joinNotes(qualifiers.join('; '), span.note);
    return { person, nativeName: natives.length > 0 ? natives.join('; ') : null, spans, problems, unreadable: null };
  }
  // No parenthesised dates: "Name 1998–2003", "Name, 1998–2003" or "Name: 1998–2003; 2005–2008".
  const trailing = trailingRange(text);
  if (trailing) return withBracket(text.slice(0, trailing.offset), [trailing], problems);
  const cut = cutBeforeDates(text, groups);
  if (cut && cut.index > 0) {
    const spans = spansOf(text.slice(cut.index + 1), cut.index + 1);
    if (spans.length > 0) return withBracket(text.slice(0, cut.index), spans, problems);
  }
  const dated = groups.find((g) => HAS_YEAR.test(g.inner));
  return { person: trimPunct(groups[0] ? text.slice(0, groups[0].open) : text), nativeName: null, spans: [], problems, unreadable: dated ? dated.inner.trim() : null };
}
