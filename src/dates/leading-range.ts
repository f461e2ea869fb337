/**
 * The date range at the start of one `;`-separated segment of a leader-list dates group:
 * `June 1988 – December 1989`, `2023-, member of …`, `February 13–20, 2017, acting`,
 * `January 2023 – Incumbent, …`. Linear time: only sticky, bounded scanners are used.
 */
import { type DateParts, type PartialDate, compareDates, fillCompressed, isCompleteDate } from './partial-date.ts';
import { type ScannedPhrase, scanDatePhrase } from './date-phrase.ts';
import { OPEN_END_WORDS, RANGE_TILDES, isDash, isDigit, isLetter, skipSpaces, slashYear } from './lexicon.ts';

/** Whether a bracket without digits (closed) opens at `at`; bounded, so linear overall. */
function noteBracketAt(segment: string, at: number): boolean {
  for (let i = at + 1; i < segment.length && i < at + 80; i++) {
    const c = segment[i]!;
    if (c === ')') return i > at + 1;
    if (c === '(' || isDigit(c)) return false;
  }
  return false;
}

export type LeadingRange = {
  /** Start of the span; never null in a returned record (kept nullable for callers' schemas). */
  start: PartialDate | null;
  /** End of the span; null for an open end (`incumbent`), an end written as unknown (`?`, `unknown`) or an unreadable end (see `problems`). */
  end: PartialDate | null;
  incumbent: boolean;
  startText: string;
  /** The end as written (`December 1989`, `present`, `Incumbent`); null for a bare trailing dash or a single date. */
  endText: string | null;
  note: string | null;
  problems: string[];
};

const WORD = /[\p{L}]{1,12}(?![\p{L}\p{N}])/uy;
const SHORT_YEAR = /[0-9]{2}(?![0-9\p{L}])/uy;
const SEPARATOR_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);
/** `2019 onwards`: a start with an open end. */
const ONWARDS = new Set(['onwards', 'onward']);

function wordAt(text: string, pos: number): { word: string; end: number } | null {
  if (pos > 0 && isLetter(text[pos - 1])) return null;
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { word: m[0].toLowerCase(), end: pos + m[0].length } : null;
}

/** Whether a slash at `pos` joins the year-only `start` to a later year (`2021/22`, `1999/2000`; see `slashYear`). */
function isSlashRange(text: string, pos: number, start: DateParts): boolean {
  if (text[pos] !== '/' || start.year === undefined || start.month !== undefined || start.subYear !== undefined || start.decade) return false;
  return slashYear(text, pos, start.year) !== null;
}

/** End of an open-end word (`present`, `Incumbent`, `date`) at `pos`, or -1. */
function openEndAt(text: string, pos: number): number {
  const w = wordAt(text, pos);
  return w !== null && OPEN_END_WORDS.has(w.word) && !isDigit(text[w.end]) ? w.end : -1;
}

/** End index of a range separator (dash or `to`/`until`/…; `and` after `between`) at `pos`, or -1. */
function readSeparator(text: string, pos: number, spaced: boolean, between: boolean): number {
  if (isDash(text[pos])) return isDash(text[pos + 1]) ? pos + 2 : pos + 1;
  if (text[pos] !== undefined && RANGE_TILDES.includes(text[pos]!)) return pos + 1;
  if (!spaced) return -1;
  const w = wordAt(text, pos);
  return w && (SEPARATOR_WORDS.has(w.word) || (between && w.word === 'and')) ? w.end : -1;
}

/** `served 1990–1995`, `in office: 1990–1995`, `term: 1990–1995`, `incumbent since 2019`: words that only introduce the dates. */
const INTRODUCTION = /\s*(?:served|in\s+office|term|tenure|again|incumbent(?=\s+(?:since|from)\s))\s*:?\s+(?=\S)/iy;

/** `1990–91`: a two-digit end year after a year-only start. */
function readShortEndYear(text: string, pos: number, start: DateParts): ScannedPhrase | null {
  if (start.year === undefined || start.month !== undefined || start.subYear !== undefined) return null;
  SHORT_YEAR.lastIndex = pos;
  const m = SHORT_YEAR.exec(text);
  if (!m) return null;
  const century = start.year - (start.year % 100);
  let year = century + Number(m[0]);
  if (year < start.year) year += 100;
  return { parts: { year }, start: pos, end: pos + m[0].length };
}

/**
 * `1990-01 – 1995-02`, `2013-03 – present`: ISO year-months on both sides of a range, or before
 * an open end. A lone `2011-12` is left a range of years, as Wikipedia writes seasons.
 */
const YEAR_MONTH = '[0-9]{4}(?:-(?:0[1-9]|1[0-2])|/(?:0?[1-9]|1[0-2]))(?![0-9\\p{L}/])';
const ISO_MONTH_RANGE = new RegExp(`\\s*(?:(?:from|since)\\s+)?${YEAR_MONTH}\\s*(?:[–—-]|(?:to|until|till|through)\\s)\\s*(?:${YEAR_MONTH}|(?:present|incumbent|now|current|today)(?![\\p{L}]))`, 'iuy');

/** `1998-03/2003-03`, `1998-03-16/2003-03-17`, `1998-03/2003`: an ISO 8601 interval from a date with its month. */
const ISO_INTERVAL = /\s*(?:(?:from|since)\s+)?[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?\/[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?![0-9\p{L}/])/uy;

function isIsoMonthRange(segment: string): boolean {
  ISO_MONTH_RANGE.lastIndex = 0;
  ISO_INTERVAL.lastIndex = 0;
  return ISO_MONTH_RANGE.test(segment) || ISO_INTERVAL.test(segment);
}

/** Whether a slash at `pos` ends the first date of an ISO interval (see ISO_INTERVAL) that starts at `start`. */
function isIsoInterval(text: string, start: number, pos: number): boolean {
  if (text[pos] !== '/') return false;
  ISO_INTERVAL.lastIndex = start;
  return ISO_INTERVAL.test(text) && ISO_INTERVAL.lastIndex > pos;
}

/** After `c.`, `ca.`, `circa` or `~` at `pos`: the position of what follows, else `pos`. */
function skipApproximate(text: string, pos: number): number {
  if (text[pos] === '~' && isDigit(text[skipSpaces(text, pos + 1)])) return skipSpaces(text, pos + 1);
  const w = wordAt(text, pos);
  if (!w || !(w.word === 'c' || w.word === 'ca' || w.word === 'circa')) return pos;
  if (w.word !== 'circa' && text[w.end] !== '.') return pos;
  return skipSpaces(text, text[w.end] === '.' ? w.end + 1 : w.end);
}

/**
 * Past `early`, `mid` or `late` and a hyphen or space before a date at `pos` (`mid-1998`), else
 * `pos`: EDTF cannot say them, so the date is read as written after them.
 */
function skipPartOfYear(text: string, pos: number): number {
  const w = wordAt(text, pos);
  if (!w || !(w.word === 'early' || w.word === 'mid' || w.word === 'late')) return pos;
  const next = text[w.end] === '-' ? w.end + 1 : skipSpaces(text, w.end);
  return next > w.end && isDigit(text[next]) ? next : pos;
}

/** After a date at `pos`: past a `?` that marks it uncertain (`1950?–1955`; not `??`), else `pos`. */
function uncertainAfter(text: string, pos: number): number {
  return text[pos] === '?' && text[pos + 1] !== '?' ? pos + 1 : pos;
}

/** `died`, `d.`, `his death`, `died in office` where an end is due (`1998 – died in office, 2003`): the words, not a date. */
const DEATH = /(?:died|d\.|(?:his|her|their)\s+death|death)(?!\p{L})(?:\s+in\s+office(?!\p{L}))?/iuy;
/** What may stand between the death words and the date: a comma, `in`, `on`. */
const DEATH_GAP = /\s*,?\s*(?:(?:in|on)\s+)?/iy;

/**
 * The end of a span written as the holder's death at `pos`: the date after the words when there
 * is one (`died 2007`, `his death in 2005`), else no date (`death`); the words become the note.
 */
function deathEndAt(text: string, pos: number, options: { allowDayYear: boolean; isoMonth: boolean }): { words: string; date: ScannedPhrase | null; end: number } | null {
  DEATH.lastIndex = pos;
  const m = DEATH.exec(text);
  if (!m) return null;
  const wordsEnd = pos + m[0].length;
  DEATH_GAP.lastIndex = wordsEnd;
  DEATH_GAP.exec(text);
  const date = scanDatePhrase(text, DEATH_GAP.lastIndex, options);
  if (date && (date.parts.year !== undefined || date.parts.month !== undefined)) return { words: m[0], date, end: date.end };
  const next = text[skipSpaces(text, wordsEnd)];
  return next === undefined || next === ',' || next === ';' || next === ')' ? { words: m[0], date: null, end: wordsEnd } : null;
}

/** After a year's slash at `pos` (`1998/99`, `1998/1999`): a dash right after the second year makes the two years a start. */
function seasonStart(text: string, pos: number): { yearsEnd: number; sepEnd: number } | null {
  let yearsEnd = pos;
  while (isDigit(text[yearsEnd])) yearsEnd++;
  const after = skipSpaces(text, yearsEnd);
  if (!isDash(text[after])) return null;
  return { yearsEnd, sepEnd: readSeparator(text, after, after > yearsEnd, false) };
}

function noteFrom(text: string, pos: number): string | null {
  let p = skipSpaces(text, pos);
  if (text[p] === ',') p++;
  const note = text.slice(p).trim();
  return note === '' ? null : note;
}

/**
 * Parse the range a segment starts with. Returns null when the segment does not start with a
 * date. Words that introduce the dates (`served`, `in office`, `term:`) are skipped, and
 * `between X and Y` is a range. A leading `from`/`since` is allowed: `since 2019` and `from 2019` alone are open spans;
 * `c.`/`ca.`/`circa` before a date is skipped and reported in `problems`.
 */
export function parseLeadingRange(segment: string): LeadingRange | null {
  INTRODUCTION.lastIndex = 0;
  let p = INTRODUCTION.test(segment) ? INTRODUCTION.lastIndex : skipSpaces(segment, 0);
  const lead = wordAt(segment, p);
  let since = false;
  let between = false;
  if (lead && (lead.word === 'from' || lead.word === 'since' || lead.word === 'between') && skipSpaces(segment, lead.end) > lead.end) {
    since = lead.word === 'since';
    between = lead.word === 'between';
    p = skipSpaces(segment, lead.end);
  }
  const approxStart = skipApproximate(segment, p);
  const isoMonth = isIsoMonthRange(segment);
  const s = scanDatePhrase(segment, skipPartOfYear(segment, approxStart), { isoMonth });
  if (!s) return null;
  // `c. 1950` keeps the date as written; the approximation is reported, not encoded. So does
  // `1950?`, a date written as uncertain.
  const approximate = approxStart > p ? ['approximate start'] : [];
  const startEnd = uncertainAfter(segment, s.end);
  if (startEnd > s.end) approximate.push('uncertain start');
  // `mid-1998` is written with its part of the year.
  let startText = segment.slice(Math.min(s.start, approxStart), s.end);
  const q = skipSpaces(segment, startEnd);
  const yearSlash = !since && isSlashRange(segment, s.end, s.parts);
  const slash = yearSlash || (!since && isIsoInterval(segment, s.start, s.end));
  let sepEnd = since ? -1 : slash ? s.end + 1 : readSeparator(segment, q, q > startEnd, between);
  const season = yearSlash ? seasonStart(segment, sepEnd) : null;
  if (season !== null) {
    // `1998/99–2003`: the two years are the start (a season or fiscal year), and the range goes on after the dash.
    approximate.push(`start written as two years (${JSON.stringify(segment.slice(s.start, season.yearsEnd))}): the first is read`);
    startText = segment.slice(Math.min(s.start, approxStart), season.yearsEnd);
    sepEnd = season.sepEnd;
  }

  if (sepEnd < 0) {
    // `between 1990` alone says nothing.
    if (between || !isCompleteDate(s.parts)) return null;
    // `since 2019`, `from 2019`, `2019 onwards`: open.
    const onwards = q > s.end ? wordAt(segment, q) : null;
    const after = onwards && ONWARDS.has(onwards.word) ? onwards : null;
    const open = (lead !== null && p > lead.end) || after !== null;
    return {
      start: { ...s.parts },
      end: open ? null : { ...s.parts },
      incumbent: open,
      startText,
      endText: after ? segment.slice(q, after.end) : null,
      note: noteFrom(segment, after ? after.end : startEnd),
      problems: approximate,
    };
  }

  const problems: string[] = [...approximate];
  const r0 = skipSpaces(segment, sepEnd);
  const r = skipApproximate(segment, r0);
  if (r > r0) problems.push('approximate end');
  const ch = segment[r];
  let endParts: DateParts | null = null;
  let endText: string | null = null;
  let incumbent = false;
  let rest = r;
  let deathWords: string | null = null;
  let death: ReturnType<typeof deathEndAt>;
  const openWord = wordAt(segment, r);
  // `present`, or `to date` / `till present` after a dash.
  const openEnd = openWord === null ? -1 : SEPARATOR_WORDS.has(openWord.word) ? openEndAt(segment, skipSpaces(segment, openWord.end)) : openEndAt(segment, r);
  // `2013– (incumbent)`, `2013 – (acting)`: a bracket without digits after the dash is a note of an open range.
  if (ch === undefined || ch === ',' || ch === ';' || ch === ')' || (ch === '(' && noteBracketAt(segment, r))) {
    incumbent = true;
  } else if (ch === '?' || openWord?.word === 'unknown') {
    // Written as not known: no end, and nothing the source could write better.
    rest = ch === '?' ? r + 1 : openWord!.end;
    endText = segment.slice(r, rest);
  } else if (openEnd >= 0) {
    incumbent = true;
    endText = segment.slice(r, openEnd);
    rest = openEnd;
  } else if ((death = deathEndAt(segment, r, { allowDayYear: s.parts.month !== undefined, isoMonth })) !== null) {
    // Ended by the holder's death: the date written after the words, or none; the words are the note.
    deathWords = death.words;
    endParts = death.date?.parts ?? null;
    endText = death.date === null ? death.words : segment.slice(death.date.start, death.date.end);
    rest = death.end;
  } else {
    // A day and a year (`February 13–20, 2017`) end a range only after a start with a month: after
    // a year (`2013–17, 2018–22`) the digits are a short end year, and the year starts a new range.
    const scanned = scanDatePhrase(segment, skipPartOfYear(segment, r), { allowDayYear: s.parts.month !== undefined, isoMonth });
    const dated = scanned && (scanned.parts.year !== undefined || scanned.parts.month !== undefined);
    const e = dated ? scanned : (readShortEndYear(segment, r, s.parts) ?? scanned);
    if (e) {
      endParts = e.parts;
      endText = segment.slice(Math.min(e.start, r), e.end);
      rest = uncertainAfter(segment, e.end);
      if (rest > e.end) problems.push('uncertain end');
    } else {
      problems.push(`unreadable end: ${JSON.stringify(segment.slice(r, r + 40))}`);
    }
  }

  const startParts = endParts ? fillCompressed(s.parts, endParts) : s.parts;
  if (!isCompleteDate(startParts)) return null;
  const start: PartialDate = { ...startParts };
  let end: PartialDate | null = null;
  if (endParts) {
    const filled = fillCompressed(endParts, start);
    if (isCompleteDate(filled)) {
      end = { ...filled };
      if (compareDates(start, end) === 1) problems.push('start after end');
    } else {
      problems.push(`incomplete end date: ${JSON.stringify(endText)}`);
    }
  }
  const note = noteFrom(segment, rest);
  return { start, end, incumbent, startText, endText, note: deathWords !== null && endParts !== null ? (note === null ? deathWords : `${deathWords}; ${note}`) : note, problems };
}
