/**
 * The spans of one piece of a leader entry's dates group: a range (or only an end or a start),
 * further ranges after commas, `and` or a slash, a label before a range, and notes.
 */
import { parseLeadingRange, toEdtf, type LeadingRange } from '../../dates/index.ts';

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
    if (listed.range.note === null || BRACKET_NOTE.test(listed.range.note)) return first;
    listed = listedAt(listed.range.note);
  }
  return null;
}

/** `(acting)` after the last range listed: a bracket without a digit, the note of that range's span. */
const BRACKET_NOTE = /^\(([^()\d]+)\)$/u;

const TERM_WORD = '(?:term|tenure|time|stint|period|spell)';
const ORDINAL_WORD = '(?:first|second|third|fourth|fifth|\\d{1,2}(?:st|nd|rd|th))';
const NUMBERED_TERM = `${ORDINAL_WORD}\\s+${TERM_WORD}`;
const STANDING = 'acting|interim|caretaker';

/** A label, its colon optional (or a comma instead: `2nd term, 1949–1954`) or needed (see LABEL), then what it labels. */
const labelPattern = (colonOptional: string, colonNeeded: string): RegExp => new RegExp(`^(?:(${colonOptional})\\s*[:,]?|(${colonNeeded})\\s*:)\\s*(?=\\S)`, 'i');

/**
 * `1st term:`, `second stint:`, `acting:`, `second:`: a label before a range, kept as the note of its spans; a
 * numbered one needs no colon (`second term 2008–2013`), an ordinal alone needs it.
 */
const LABEL = labelPattern(NUMBERED_TERM, `${TERM_WORD}|${STANDING}|${ORDINAL_WORD}`);

/**
 * LABEL, or a standing without its colon, at the start of a piece (`acting 1998–1999`). After a
 * comma a standing needs its colon: `(June 2003 – March 2008, acting June–September 2003)` says
 * which part of the span was acting, and stays its note.
 */
const PIECE_LABEL = labelPattern(`${NUMBERED_TERM}|${STANDING}`, `${TERM_WORD}|${ORDINAL_WORD}`);

/** Spans of one `;`-separated piece (see `rangeSpans`); a label before its range leads the notes of its spans up to one with a label of its own. */
export function pieceSpans(text: string, offset: number, spans: Span[]): boolean {
  if (rangeSpans(text, offset, spans)) return true;
  const label = PIECE_LABEL.exec(text);
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
export function rangeSpans(text: string, offset: number, spans: Span[]): number {
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
      // `2013–2018, 2020–2022 (acting)`: the bracket after the last range listed is its note.
      const bracket = at === offset ? null : BRACKET_NOTE.exec(range.note ?? '');
      push(spanOf(bracket === null ? range : { ...range, note: bracket[1]!.trim() }, at));
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

/** `, left 1976`, `, left office on 3 May 1976`, `, resigned 2018`: the end written after a START_ONLY start. */
const LEFT_OFFICE = /^\s*[,;]?\s*(?:and\s+)?(?:left(?:\s+office)?|resigned|retired|stepped\s+down|dismissed|removed)(?:\s+(?:on|in))?\s+/i;

/** The span from a START_ONLY start to the date `note` gives after LEFT_OFFICE words (`took office 1949, left 1976`), else null. */
function leftOffice(span: Span, note: string | null, at: number): Span | null {
  const left = note === null ? null : LEFT_OFFICE.exec(note);
  if (left === null) return null;
  const range = parseLeadingRange(note!.slice(left[0].length));
  if (!range || range.endText !== null || range.incumbent) return null;
  const end = spanOf(range, at + left[0].length);
  return { ...span, end: end.start, endText: end.startText, note: end.note, problems: [...span.problems, ...end.problems], single: false };
}

/**
 * The span of a segment that gives only its end or its start (see END_ONLY, START_ONLY: a single
 * date after them), else null; after a START_ONLY word, a whole range is that range (`appointed
 * 1998–2003`). With `startOnly`, only START_ONLY words are read (a later segment: `…;
 * reappointed 2008–2013`).
 */
export function boundOnlySpan(text: string, offset: number, startOnly = false): Span | null {
  const end = startOnly ? null : END_ONLY.exec(text);
  const lead = end ?? START_ONLY.exec(text);
  if (!lead) return null;
  const range = parseLeadingRange(text.slice(lead[0].length));
  if (!range) return null;
  const span = spanOf(range, offset + lead[0].length);
  if (range.endText !== null || range.incumbent) return end === null ? span : null;
  if (end === null) return leftOffice(span, range.note, offset + text.length - (range.note?.length ?? 0)) ?? { ...span, end: null, single: false };
  return { ...span, start: null, startText: null, endText: range.startText, single: false };
}
