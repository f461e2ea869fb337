/**
 * A leader entry's dates group → its spans: `;`-separated pieces, each a range (or, first, only
 * an end), further ranges after commas or `and`, a label before a range, and notes.
 */
import { parseLeadingRange, toEdtf, type LeadingRange } from '../../dates/index.ts';
import { isStanding } from '../name-post.ts';
import { splitTopLevel } from './groups.ts';

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

/**
 * `c. 1950` and `1950?`: the date as written, marked approximate or uncertain the EDTF way
 * (`1950~`, `1950?`, both `1950%`); not problems of the source.
 */
const APPROXIMATE = { start: 'approximate start', end: 'approximate end' } as const;
const UNCERTAIN = { start: 'uncertain start', end: 'uncertain end' } as const;
const QUALIFIERS: ReadonlySet<string> = new Set([...Object.values(APPROXIMATE), ...Object.values(UNCERTAIN)]);

export function spanOf(range: LeadingRange, offset: number): Span {
  const single = range.endText === null && !range.incumbent;
  const mark = (which: 'start' | 'end'): string => {
    const approximate = range.problems.includes(APPROXIMATE[which]);
    const uncertain = range.problems.includes(UNCERTAIN[which]);
    return approximate && uncertain ? '%' : approximate ? '~' : uncertain ? '?' : '';
  };
  return {
    start: range.start ? toEdtf(range.start) + mark('start') : null,
    end: range.end ? toEdtf(range.end) + (single ? mark('start') : mark('end')) : null,
    startText: range.startText,
    endText: range.endText,
    incumbent: range.incumbent,
    note: range.note,
    offset,
    problems: range.problems.filter((p) => !QUALIFIERS.has(p)),
    single,
  };
}

/** Two pieces of a note, `; ` between them when both are there. */
export function joinNotes(first: string | null, second: string | null): string | null {
  return first && second ? `${first}; ${second}` : (first || second);
}

/** `and`, `&` or a slash before a further range (`1990–1995 and 1998–2003`, `1990–1995 / 1998–2003`). */
const JOINER = /^(?:and|&|\/)\s+/i;

/** Length of the joiner a note starts with (0 when none). */
function joinerLength(note: string): number {
  return JOINER.exec(note)?.[0].length ?? 0;
}

/** At most this many ranges or dates listed in one piece: a longer list stays a note, and the reading linear. */
const MAX_LISTED = 32;

/** A range listed in a note, after its joiner and label (`and 1998–2003`, `, second term 2018–2022`). */
interface Listed {
  range: LeadingRange;
  /** Characters of the note before the range. */
  skip: number;
  /** The label before the range (`second term`, `acting`), else null. */
  label: string | null;
}

function listedAt(note: string): Listed | null {
  let skip = joinerLength(note);
  const label = LABEL.exec(note.slice(skip));
  if (label) skip += label[0].length;
  const range = parseLeadingRange(note.slice(skip));
  return range ? { range, skip, label: label ? (label[1] ?? label[2]!) : null } : null;
}

/**
 * A note that is nothing but further ranges or dates, each perhaps labelled (`1990–1991,
 * 1993–1995`, `… and 1998–2003`, `1990–1995, 1998`, `…, second term 2018–2022`), at most
 * MAX_LISTED: the first of them, else null.
 */
function rangeOnly(note: string | null): Listed | null {
  if (note === null) return null;
  const first = listedAt(note);
  let listed = first;
  for (let count = 1; listed !== null && count <= MAX_LISTED; count++) {
    if (listed.range.note === null) return first;
    listed = listedAt(listed.range.note);
  }
  return null;
}

/**
 * `1st term:`, `second stint:`, `acting:`: a label before a piece's range, kept as the note of its
 * spans; a numbered one or a standing needs no colon (`second term 2008–2013`, `acting 1998–1999`).
 */
const LABEL = /^(?:((?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?:term|tenure|time|stint|period|spell)|acting|interim|caretaker)\s*:?|(term|tenure|time|stint|period|spell)\s*:)\s*(?=\S)/i;

/** Spans of one `;`-separated piece (see `rangeSpans`); a label before its range leads the notes of its spans up to one with a label of its own. */
function pieceSpans(text: string, offset: number, spans: Span[]): boolean {
  if (rangeSpans(text, offset, spans)) return true;
  const label = LABEL.exec(text);
  const first = spans.length;
  const unlabelled = label ? rangeSpans(text.slice(label[0].length), offset + label[0].length, spans) : 0;
  if (unlabelled === 0) return false;
  for (const span of spans.slice(first, first + unlabelled)) span.note = joinNotes(label![1] ?? label![2]!, span.note);
  return true;
}

/**
 * The range a piece starts with, and the ranges listed after it (`, 1993–1995`, `and
 * 1998–2003`, `, second term 2018–2022`), each a span; a label before a listed range leads its
 * note. How many spans come before the first labelled one (0: no range here).
 */
function rangeSpans(text: string, offset: number, spans: Span[]): number {
  let range = parseLeadingRange(text);
  if (!range) return 0;
  let at = offset;
  let rest = text;
  let label: string | null = null;
  let unlabelled = 0;
  let labelled = false;
  const push = (span: Span): void => {
    labelled ||= label !== null;
    if (!labelled) unlabelled++;
    spans.push(label === null ? span : { ...span, note: joinNotes(label, span.note) });
  };
  for (;;) {
    const next = rangeOnly(range.note);
    if (next === null || range.note === null) {
      push(spanOf(range, at));
      return unlabelled;
    }
    const shift = rest.lastIndexOf(range.note) + next.skip;
    push(spanOf({ ...range, note: null }, at));
    at += shift;
    rest = rest.slice(shift);
    range = next.range;
    label = next.label;
  }
}

/** `until 1980`, `served until 1980`, `–1980`, `? – 1980`, `unknown – 1980`: the end of a span whose start is not written. */
const END_ONLY = /^(?:(?:served\s+)?(?:until|till|to)\s+|(?:\?|unknown)\s*[–—-]\s*|[–—-]\s*)/i;

/** `appointed 2019`, `took office on 12 March 2019`: the start of a span whose end is not written. */
const START_ONLY = /^(?:(?:re-?)?appointed|(?:re-?)?elected|sworn\s+in|took\s+office|assumed\s+office)(?:\s+(?:on|in))?\s+/i;

/**
 * The span of a segment that gives only its end or its start (see END_ONLY, START_ONLY: a single
 * date after them), else null; after a START_ONLY word, a whole range is that range (`appointed
 * 1998–2003`). With `startOnly`, only START_ONLY words are read (a later segment: `…;
 * reappointed 2008–2013`).
 */
function boundOnlySpan(text: string, offset: number, startOnly = false): Span | null {
  const end = startOnly ? null : END_ONLY.exec(text);
  const lead = end ?? START_ONLY.exec(text);
  if (!lead) return null;
  const range = parseLeadingRange(text.slice(lead[0].length));
  if (!range) return null;
  const span = spanOf(range, offset + lead[0].length);
  if (range.endText !== null || range.incumbent) return end === null ? span : null;
  if (end === null) return { ...span, end: null, single: false };
  return { ...span, start: null, startText: null, endText: range.startText, single: false };
}

const LATIN = /\p{Script=Latin}/u;

/** Letters, none of them Latin, and no digit: a name in its own script. */
const isNative = (text: string): boolean => !LATIN.test(text) && /\p{L}/u.test(text) && !/\d/.test(text);

/** `Chinese:`, `simplified Chinese:`, `Russian:`: a language named before a native name. */
const LANGUAGE_LABEL = /^\p{Script=Latin}[\p{Script=Latin} ]*:\s*/u;

/** The native name a bracket or piece holds (`王毅`, `Chinese: 王毅`), else null. */
export function nativeNameOf(text: string): string | null {
  const name = text.trim().replace(LANGUAGE_LABEL, '');
  return isNative(name) ? name : null;
}

/** A comma or colon before a piece's first digit (`CDU, 1998–2003`, `Chinese: 王毅, 1998–2003`). */
const HEAD_END = /\s*[,:]\s*/gu;

const MAX_HEAD_CUTS = 4;

/** `王毅 1998–2003`: a name in its own script, a space, then the first digit. */
const NATIVE_HEAD = /^([^\d\s()[\]][^\d()[\]]*?)\s+(?=\d)/u;

/**
 * The spans of `rest` when they are a range with an end, open, or only an end or a start
 * (`born in Beijing, 1953` is no tenure); a single date too when `single` (after a standing:
 * `acting, 2019`).
 */
function rangeAfterHead(rest: string, at: number, spans: Span[], single = false): boolean {
  const first = spans.length;
  const bound = rangeSpans(rest, at, spans) ? null : boundOnlySpan(rest, at);
  if (bound) spans.push(bound);
  if (spans.length > first && (single || !spans[first]!.single)) return true;
  spans.length = first;
  return false;
}

/**
 * The spans of a first piece written after a head, which is returned (else null): words without
 * a digit or bracket and a comma or colon (the first such cut that leaves a range), or a native name.
 */
function headedSpans(text: string, offset: number, spans: Span[]): string | null {
  const digit = text.search(/[\d()[\]]/u);
  const before = digit < 0 ? '' : text.slice(0, digit);
  let tried = 0;
  for (const cut of before.matchAll(HEAD_END)) {
    // A head is a few words: trying every comma of a long piece would read it again and again.
    if (++tried > MAX_HEAD_CUTS) break;
    const head = text.slice(0, cut.index);
    const at = cut.index + cut[0].length;
    if (/\p{L}/u.test(head) && rangeAfterHead(text.slice(at), offset + at, spans, isStanding(head.trim()))) return head.trim();
  }
  const native = NATIVE_HEAD.exec(text);
  if (native && nativeNameOf(native[1]!) !== null && rangeAfterHead(text.slice(native[0].length), offset + native[0].length, spans)) return native[1]!.trim();
  return spacedHeadSpans(text, offset, spans);
}

/** Words only: a post or party before a range (`deputy`, `Party Secretary`, `CDU`). */
const WORDS_HEAD = /^\p{L}[\p{L}'’.\s-]*$/u;
/**
 * A life's words, whose dates are no term (`born 1928 – died 2019`), and words that qualify or
 * place the date after them (`around 1995 – 2001`, `early 1995 – 2001`), which no note can stand for.
 */
const NOT_HEAD = /(?:^|\s)(?:born|b|died|d|lived|aged?|n[ée]e|around|about|approx|approximately|roughly|reportedly|possibly|probably|perhaps|estimated|est|circa|ca|c|before|after|by|in|on|at|from|since|until|till|to|between|during|early|late|mid|end|beginning|spring|summer|autumn|fall|winter|the|unknown)(?=\s|\.|$)/iu;
const MAX_HEAD_WORDS = 3;

/**
 * The spans of a piece written as a few words, a space and a range with an end or open (`deputy
 * 1990–1998`, `Premier March 1988 – 1998`), which are returned (else null); the shortest such head.
 */
function spacedHeadSpans(text: string, offset: number, spans: Span[]): string | null {
  const digit = text.search(/[\d()[\]]/u);
  if (digit <= 0) return null;
  let tried = 0;
  for (const cut of text.slice(0, digit).matchAll(/\s+/gu)) {
    if (++tried > MAX_HEAD_WORDS) break;
    const head = text.slice(0, cut.index);
    if (!WORDS_HEAD.test(head) || NOT_HEAD.test(head)) return null;
    const at = cut.index + cut[0].length;
    const first = spans.length;
    if (rangeSpans(text.slice(at), offset + at, spans) > 0 && !spans[first]!.single) return head;
    spans.length = first;
  }
  return null;
}

/** What a dates group gives: its spans, and the native names written before its first date (`(王毅; 1998–2003)`). */
export interface DatesGroup {
  spans: Span[];
  natives: string[];
}

/**
 * Reads the `;`-separated spans of a dates group; a piece not starting with a date (nor with
 * `reappointed`, `re-elected`… and a whole range: see START_ONLY) continues the previous note.
 * The first piece with a date may give only an end or a start (see `boundOnlySpan`) or follow a
 * head (see `headedSpans`); a later one may follow a few words (`director 1998–2003`). What is
 * written before the first (`acting; 1998–2003`, `CDU, 1998–2003`) leads the note of every span up
 * to one with words of its own, or is a native name (`王毅, 1998–2003`).
 */
export function readDates(inner: string, base: number): DatesGroup {
  const spans: Span[] = [];
  const lead: string[] = [];
  // The first span with words of its own before it.
  let headed = Infinity;
  for (const piece of splitTopLevel(inner)) {
    const text = piece.text.trim();
    const offset = base + piece.offset + piece.text.length - piece.text.trimStart().length;
    if (pieceSpans(text, offset, spans)) continue;
    if (spans.length === 0) {
      const bound = boundOnlySpan(text, offset);
      if (bound) spans.push(bound);
      else {
        const head = headedSpans(text, offset, spans);
        if (head !== null || text !== '') lead.push(head ?? text);
      }
      continue;
    }
    // A later `reappointed 2008–2013` is a span; a single date after the word stays a note (an event).
    const later = boundOnlySpan(text, offset, true);
    if (later && (later.end !== null || later.incumbent)) {
      spans.push(later);
      continue;
    }
    // `…; director 1998–2003`: a further range after a few words, which lead its notes (and not
    // what was written before the first range).
    const first = spans.length;
    const head = spacedHeadSpans(text, offset, spans);
    if (head !== null) {
      for (const span of spans.slice(first)) span.note = joinNotes(head, span.note);
      headed = Math.min(headed, first);
      continue;
    }
    const last = spans[spans.length - 1]!;
    if (text !== '') last.note = joinNotes(last.note, text);
  }
  if (spans.length === 0) return { spans, natives: [] };
  const natives: string[] = [];
  const notes: string[] = [];
  for (const piece of lead) {
    const native = nativeNameOf(piece);
    if (native === null) notes.push(piece);
    else natives.push(native);
  }
  if (notes.length > 0) for (const span of spans.slice(0, headed)) span.note = joinNotes(notes.join('; '), span.note);
  return { spans, natives };
}

/** The spans of a dates group (see `readDates`); a native name before its dates leads their notes. */
export function spansOf(inner: string, base: number): Span[] {
  const { spans, natives } = readDates(inner, base);
  if (natives.length > 0) for (const span of spans) span.note = joinNotes(natives.join('; '), span.note);
  return spans;
}
