/**
 * A leader entry's dates group → its spans: `;`-separated pieces, each a range (or, first, only
 * an end), further ranges after commas or `and`, a label before a range, and notes.
 */
import { parseLeadingRange, toEdtf, type LeadingRange } from '../../dates/index.ts';
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

/** `c. 1950`: the date as written, marked approximate the EDTF way (`1950~`); not a problem of the source. */
const APPROXIMATE = { start: 'approximate start', end: 'approximate end' } as const;

export function spanOf(range: LeadingRange, offset: number): Span {
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
export function joinNotes(first: string | null, second: string | null): string | null {
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

/** `1st term:`, `second stint:`, `acting:`: a label before a piece's range, kept as the note of its spans. */
const LABEL = /^((?:(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:term|tenure|time|stint|period|spell)|acting|interim|caretaker)\s*:\s*(?=\S)/i;

/** Spans of one `;`-separated piece (see `rangeSpans`); a label before its range leads their notes. */
function pieceSpans(text: string, offset: number, spans: Span[]): boolean {
  if (rangeSpans(text, offset, spans)) return true;
  const label = LABEL.exec(text);
  const first = spans.length;
  if (!label || !rangeSpans(text.slice(label[0].length), offset + label[0].length, spans)) return false;
  for (const span of spans.slice(first)) span.note = joinNotes(label[1]!, span.note);
  return true;
}

/** The range a piece starts with, and the ranges listed after it (`, 1993–1995`, `and 1998–2003`), each a span. */
function rangeSpans(text: string, offset: number, spans: Span[]): boolean {
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
export function spansOf(inner: string, base: number): Span[] {
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
