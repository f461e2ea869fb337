/**
 * A small linear-time grammar for ONE date phrase. Every component in the result was written in
 * the text; nothing is implied from a reference date.
 *
 *   1988 · June 1988 · Jun. 1988 · June, 1988 · March of 1988 · 6 March 1958 · 6th March 1958 ·
 *   6 of March 1958 · March 6, 1958 · March 6th 1958 · 1958-03-06 · spring 2012 ·
 *   second half of 2012 · first quarter of 2012 · Q3 2012 · H2 2012 · 8.12.2021 · 12.2021 ·
 *   12/2021 · 1990s · 1958.03.06 · 1958/3/6 · 1958年3月6日 · 1958年3月 · 1958年
 *   and, for compressed ranges, the fragments  March · 20 · March 6 · 6 March · (20, 2017)
 */
import { type DateParts, type PartialDate, isCompleteDate, daysInMonth } from './partial-date.ts';
import {
  DECADE_PATTERN, HALF_ORDINALS, QUARTER_ORDINALS, SEASONS, isDigit, isLetter, monthOf, skipSpaces, slashYear,
} from './lexicon.ts';

export type ScannedPhrase = { parts: DateParts; start: number; end: number };
export type ScanOptions = {
  /** Accept `20, 2017` / `20 2017` (day and year, month missing): the end of `February 13–20, 2017`. */
  allowDayYear?: boolean;
  /** Read `1990-01` as a month (else `1990-01` is left to the caller, which may read a range 1990–2001). */
  isoMonth?: boolean;
};

type Num = { value: number; digits: number; end: number; ordinal: boolean };
type Word = { word: string; end: number };

const DIGITS = /[0-9]{1,5}/y;
const WORD = /[\p{L}\p{N}]{1,12}/uy;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/iuy;

/** A run of 1-4 digits at `pos` that is not part of a longer number or word. */
function readNumber(text: string, pos: number): Num | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m || m[0].length > 4) return null;
  let end = pos + m[0].length;
  let ordinal = false;
  if (isLetter(text[end])) {
    ORDINAL_SUFFIX.lastIndex = end;
    const s = ORDINAL_SUFFIX.exec(text);
    if (!s || m[0].length > 2) return null;
    end += s[0].length;
    ordinal = true;
  }
  return { value: Number(m[0]), digits: m[0].length, end, ordinal };
}

/** A whole word (letters/digits) at `pos`, or null when `pos` is inside a word. */
function readWord(text: string, pos: number): Word | null {
  if (pos > 0 && isLetter(text[pos - 1])) return null;
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  if (isLetter(text[end]) || isDigit(text[end])) return null;
  return { word: m[0].toLowerCase(), end };
}

function readYear(text: string, pos: number): Num | null {
  const n = readNumber(text, pos);
  return n && n.digits === 4 && !n.ordinal ? n : null;
}

/** A month name at `pos` (with the period of an abbreviation), or null. */
function readMonth(text: string, pos: number): { month: number; end: number } | null {
  const w = readWord(text, pos);
  if (!w) return null;
  const m = monthOf(w.word);
  if (!m) return null;
  return { month: m.month, end: m.abbreviated && text[w.end] === '.' ? w.end + 1 : w.end };
}

/** After `pos`: optional `,` or ` of`, spaces, then a 4-digit year. */
function readTrailingYear(text: string, pos: number, allowOf: boolean): Num | null {
  let p = pos;
  if (text[p] === ',') p++;
  p = skipSpaces(text, p);
  if (allowOf && p > pos) {
    const w = readWord(text, p);
    if (w?.word === 'of') p = skipSpaces(text, w.end);
  }
  if (p === pos) return null; // a year must be separated from what precedes it
  return readYear(text, p);
}

function validDay(day: number, month?: number, year?: number): boolean {
  if (day < 1 || day > 31) return false;
  if (month === undefined) return true;
  return day <= daysInMonth(year ?? 2000, month);
}

function scanMonthFirst(text: string, pos: number): ScannedPhrase | null {
  const mo = readMonth(text, pos);
  if (!mo) return null;
  const afterMonth = skipSpaces(text, mo.end);
  const dayNum = afterMonth > mo.end ? readNumber(text, afterMonth) : null;
  if (dayNum && dayNum.digits <= 2 && validDay(dayNum.value, mo.month)) {
    const y = readTrailingYear(text, dayNum.end, false);
    if (y && validDay(dayNum.value, mo.month, y.value)) {
      return { parts: { year: y.value, month: mo.month, day: dayNum.value }, start: pos, end: y.end };
    }
    return { parts: { month: mo.month, day: dayNum.value }, start: pos, end: dayNum.end };
  }
  const y = readTrailingYear(text, mo.end, true);
  if (y) return { parts: { year: y.value, month: mo.month }, start: pos, end: y.end };
  return { parts: { month: mo.month }, start: pos, end: mo.end };
}

function scanDayFirst(text: string, pos: number, n: Num, opts: ScanOptions): ScannedPhrase | null {
  if (n.digits > 2 || !validDay(n.value)) return null;
  let p = skipSpaces(text, n.end);
  const of = p > n.end ? readWord(text, p) : null;
  if (of?.word === 'of') p = skipSpaces(text, of.end);
  const mo = p > n.end ? readMonth(text, p) : null;
  if (mo && validDay(n.value, mo.month)) {
    const y = readTrailingYear(text, mo.end, false);
    if (y && validDay(n.value, mo.month, y.value)) {
      return { parts: { year: y.value, month: mo.month, day: n.value }, start: pos, end: y.end };
    }
    return { parts: { month: mo.month, day: n.value }, start: pos, end: mo.end };
  }
  if (opts.allowDayYear) {
    const y = readTrailingYear(text, n.end, false);
    if (y) return { parts: { year: y.value, day: n.value }, start: pos, end: y.end };
  }
  if (n.ordinal) return null; // `7th` alone is an ordinal, not a day
  return { parts: { day: n.value }, start: pos, end: n.end };
}

const ISO_DATE = /([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9\p{L}])/uy;
/** `1990.01`, `1990.1` (a dot never joins a range: always a month), `1990-01` and `1990/1` (see `isoMonth`). */
const NUMERIC_MONTH = /([0-9]{4})([./-])(0?[1-9]|1[0-2])(?![0-9\p{L}])/uy;
/** `1998.03.01`, `1998/3/1`: year, month and day, year first, with dots or slashes. */
const YEAR_FIRST_DATE = /([0-9]{4})([./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9\p{L}])/uy;

/** `8.12.2021`, `08.12.2021`: day, month and year with dots, as European lists write them. */
const DOTTED_DATE = /([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})(?![0-9\p{L}])/uy;
/** `12.2021`, `03.1998`: month and year with a dot; `3/1998`, `03/1998` with a slash (no day is written: never ambiguous). */
const DOTTED_MONTH = /(0?[1-9]|1[0-2])[./]([0-9]{4})(?![0-9\p{L}/])/uy;
const DECADE = new RegExp(DECADE_PATTERN, 'uy');
/** `1994年`, `1994年7月`, `1994年7月16日`: year, month and day as Chinese and Japanese write them. */
const CJK_DATE = /([0-9]{4})年(?:[ \t]*([0-9]{1,2})月(?:[ \t]*([0-9]{1,2})日)?)?/y;

/**
 * A day written with numbers alone at `pos`, year first (`1998.03.01`, `1998/3/1`) or day first with
 * dots (`8.12.2021`): its date, null when it is no date (`30.02.2021`), undefined when none is
 * written there. Prose reads it too (chrono-parsers.ts).
 */
export function scanNumericDay(text: string, pos: number): ScannedPhrase | null | undefined {
  YEAR_FIRST_DATE.lastIndex = pos;
  const ymd = YEAR_FIRST_DATE.exec(text);
  DOTTED_DATE.lastIndex = pos;
  const dmy = ymd ? null : DOTTED_DATE.exec(text);
  const m = ymd ?? dmy;
  if (!m) return undefined;
  const parts = ymd ? { year: Number(ymd[1]), month: Number(ymd[3]), day: Number(ymd[4]) } : { year: Number(dmy![3]), month: Number(dmy![2]), day: Number(dmy![1]) };
  return isCompleteDate(parts) ? { parts, start: pos, end: pos + m[0].length } : null;
}

/** A date written with 年, 月 and 日 at `pos`; undefined when none is written there. Prose reads it too (chrono-parsers.ts). */
export function scanCjk(text: string, pos: number): ScannedPhrase | null | undefined {
  CJK_DATE.lastIndex = pos;
  const m = CJK_DATE.exec(text);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  return isCompleteDate(parts) ? { parts, start: pos, end: pos + m[0].length } : null;
}

/** A dotted month or a decade at `pos` (see above); undefined when none is written there. */
function scanDottedOrDecade(text: string, pos: number): ScannedPhrase | null | undefined {
  DOTTED_MONTH.lastIndex = pos;
  const month = DOTTED_MONTH.exec(text);
  if (month) return { parts: { year: Number(month[2]), month: Number(month[1]) }, start: pos, end: pos + month[0].length };
  DECADE.lastIndex = pos;
  const decade = DECADE.exec(text);
  if (decade) return { parts: { year: Number(decade[1]), decade: true }, start: pos, end: pos + decade[0].length };
  return undefined;
}

function scanNumeric(text: string, pos: number, opts: ScanOptions): ScannedPhrase | null {
  ISO_DATE.lastIndex = pos;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    if (isCompleteDate(parts)) return { parts, start: pos, end: pos + iso[0].length };
    return null;
  }
  const day = scanNumericDay(text, pos);
  if (day !== undefined) return day;
  NUMERIC_MONTH.lastIndex = pos;
  const month = NUMERIC_MONTH.exec(text);
  // `2021/05` is a month; `2011/12` a pair of years (a season) unless a range has months on both sides.
  const slashMonth = month?.[2] === '/' && (opts.isoMonth || slashYear(text, pos + 4, Number(month[1])) === null);
  if (month && (month[2] === '.' || slashMonth || (opts.isoMonth && month[3]!.length === 2))) return { parts: { year: Number(month[1]), month: Number(month[3]) }, start: pos, end: pos + month[0].length };
  const other = scanDottedOrDecade(text, pos) ?? scanCjk(text, pos);
  if (other !== undefined) return other;
  const n = readNumber(text, pos);
  if (!n) return null;
  if (n.digits === 4 && !n.ordinal) return { parts: { year: n.value }, start: pos, end: n.end };
  return scanDayFirst(text, pos, n, opts);
}

/** `spring 2012`, `second half of 2012`, `first quarter of 2012`, `Q3 2012`, `H2 2012`. */
function scanSubYear(text: string, pos: number): ScannedPhrase | null {
  const w = readWord(text, pos);
  if (!w) return null;
  let code: number | undefined;
  let p = w.end;
  const qh = /^([qh])([1-4])$/.exec(w.word);
  if (qh?.[1] === 'q') code = 32 + Number(qh[2]);
  else if (qh?.[1] === 'h' && Number(qh[2]) <= 2) code = 39 + Number(qh[2]);
  else if (SEASONS.has(w.word)) {
    code = SEASONS.get(w.word);
    const of = readWord(text, skipSpaces(text, p));
    if (of?.word === 'of') p = of.end;
  } else {
    const unit = readWord(text, skipSpaces(text, p));
    const table = unit?.word === 'half' ? HALF_ORDINALS : unit?.word === 'quarter' ? QUARTER_ORDINALS : null;
    const of = unit ? readWord(text, skipSpaces(text, unit.end)) : null;
    if (!table || !unit || of?.word !== 'of') return null;
    code = table.get(w.word);
    p = of.end;
  }
  if (code === undefined) return null;
  const yPos = skipSpaces(text, p);
  const y = yPos > p ? readYear(text, yPos) : null;
  if (!y) return null;
  return { parts: { year: y.value, subYear: code }, start: pos, end: y.end };
}

/**
 * The longest date phrase that starts exactly at `pos`, or null. Linear in the length of the
 * phrase (plus any whitespace run inside it); never looks behind `pos` except to check that
 * `pos` is at a word start.
 */
export function scanDatePhrase(text: string, pos: number, opts: ScanOptions = {}): ScannedPhrase | null {
  if (pos > 0 && (isLetter(text[pos - 1]) || isDigit(text[pos - 1]))) return null;
  const ch = text[pos];
  if (ch === undefined) return null;
  if (isDigit(ch)) return scanNumeric(text, pos, opts);
  if (!isLetter(ch)) return null;
  return scanMonthFirst(text, pos) ?? scanSubYear(text, pos);
}

/** Parse text that is exactly one date phrase (surrounding whitespace allowed), else null. */
export function parseDatePhrase(text: string): DateParts | null {
  const start = skipSpaces(text, 0);
  const r = scanDatePhrase(text, start, { allowDayYear: true });
  if (!r || skipSpaces(text, r.end) !== text.length) return null;
  return r.parts;
}

/** Like parseDatePhrase, but only a complete date (with a year) is returned. */
export function parsePartialDate(text: string): PartialDate | null {
  const parts = parseDatePhrase(text);
  return parts && isCompleteDate(parts) ? { ...parts } : null;
}
