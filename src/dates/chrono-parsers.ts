/**
 * Custom chrono-node parsers for what the stock English parsers miss: bare years, `1990–91`,
 * day ranges with any dash (`March 18–19, 2021`, `13—20 February 2017`), sub-year groupings
 * (`the second half of 2012`, `spring 2012`, `Q3 2012`), decades (`the 1990s`, `the early
 * 2000s`), dates with dots (`31.12.1990`, `1990.12.31`) and dates written with 年, 月 and 日
 * (`1958年3月6日`). Each proposes matches; every component it sets was written in the text
 * (chrono `assign`), so nothing is implied from a reference date.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { DASHES, DECADE_PATTERN, HALF_ORDINALS, MONTH_PATTERN, QUARTER_ORDINALS, SEASONS, monthOf, slashYear } from './lexicon.ts';
import { type ScannedPhrase, scanCjk, scanNumericDay } from './date-phrase.ts';
import { daysInMonth, isCompleteDate } from './partial-date.ts';
import { isLikelyBareYear } from './year-context.ts';

export const BARE_YEAR_TAG = 'wikidex/bareYear';
export const SUB_YEAR_TAG_PREFIX = 'wikidex/subYear/';
export const DECADE_TAG = 'wikidex/decade';
/** A date whose year (and month) is written after it, with a later date it is listed with (see chrono-refiners.ts). */
export const SHARED_YEAR_TAG = 'wikidex/sharedYear';

type Fields = { year: number; month?: number; day?: number };

function components(f: Fields): { year: number; month?: number; day?: number } {
  const out: Fields = { year: f.year };
  if (f.month !== undefined) out.month = f.month;
  if (f.day !== undefined) out.day = f.day;
  return out;
}

function result(context: ParsingContext, index: number, text: string, start: Fields, end?: Fields): ParsingResult {
  return context.createParsingResult(index, text, components(start), end ? components(end) : undefined);
}

const YEAR = '([12][0-9]{3})(?![\\p{L}\\p{N}])';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const DASH = `[${DASHES}]`;
const RANGE_WORD = `(?:\\s*${DASH}\\s*|\\s+(?:to|until|till|through|thru)\\s+)`;
const DAY = '([0-9]{1,2})(?:st|nd|rd|th)?';

/** A four-digit number that its context says is a year. */
export const bareYearParser: Parser = {
  pattern: () => new RegExp(`${NOT_AFTER_WORD}[12][0-9]{3}(?![\\p{N}])`, 'u'),
  extract(context, match) {
    const index = match.index ?? 0;
    if (!isLikelyBareYear(context.text, index)) return null;
    const r = result(context, index, match[0], { year: Number(match[0]) });
    r.start.addTag(BARE_YEAR_TAG);
    return r;
  },
};

/** `1990–91`, `2005-06`: a year and a two-digit end year; `2019/20`, `2019/2020` (a season or fiscal year, see `slashYear`) too. */
export const shortYearRangeParser: Parser = {
  pattern: () => new RegExp(`${NOT_AFTER_WORD}([12][0-9]{3})(?:${DASH}([0-9]{2})|/([0-9]{2}|[12][0-9]{3}))(?![\\p{L}\\p{N}/])`, 'u'),
  extract(context, match) {
    const index = match.index ?? 0;
    const start = Number(match[1]);
    let end: number | null;
    if (match[2] !== undefined) {
      end = start - (start % 100) + Number(match[2]);
      if (end <= start) end += 100;
      if (end - start >= 50) end = null;
    } else end = slashYear(context.text, index + 4, start);
    // A slash passes `isLikelyBareYear` only before a later year (`2021/05` is no pair).
    if (end === null || !isLikelyBareYear(context.text, index)) return null;
    return result(context, index, match[0], { year: start }, { year: end });
  },
};

/** The month of `monthWord` in `yearText` when every one of `days` is a day of it; else null. */
function monthWithDays(monthWord: string, yearText: string, days: readonly number[]): { year: number; month: number } | null {
  const month = monthOf(monthWord.replace(/\.$/, ''))?.month;
  const year = Number(yearText);
  if (month === undefined || days.some((d) => d < 1 || d > daysInMonth(year, month))) return null;
  return { year, month };
}

function dayRange(context: ParsingContext, index: number, text: string, ds: string[], monthWord: string, yearText: string) {
  const [d1, d2] = ds.map(Number);
  if (d1 === undefined || d2 === undefined || d1 >= d2) return null;
  const at = monthWithDays(monthWord, yearText, [d1, d2]);
  return at === null ? null : result(context, index, text, { ...at, day: d1 }, { ...at, day: d2 });
}

/** `March 18–19, 2021`, `February 13 to 20, 2017`. */
export const monthDayRangeParser: Parser = {
  pattern: () =>
    new RegExp(`${NOT_AFTER_WORD}(${MONTH_PATTERN})\\s+${DAY}${RANGE_WORD}${DAY},?\\s+${YEAR}`, 'iu'),
  extract(context, match) {
    const [text, monthWord, d1, d2, year] = match;
    if (!text || !monthWord || !d1 || !d2 || !year) return null;
    return dayRange(context, match.index ?? 0, text, [d1, d2], monthWord, year);
  },
};

/** `18–19 March 2021`, `13 to 20 February, 2017`. */
export const dayMonthRangeParser: Parser = {
  pattern: () =>
    new RegExp(`${NOT_AFTER_WORD}${DAY}${RANGE_WORD}${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+${YEAR}`, 'iu'),
  extract(context, match) {
    const [text, d1, d2, monthWord, year] = match;
    if (!text || !d1 || !d2 || !monthWord || !year) return null;
    return dayRange(context, match.index ?? 0, text, [d1, d2], monthWord, year);
  },
};

const LISTED = '\\s+(?:and|&)\\s+';

/** `, 5`, `, 6th`: a further day of a list (eight at most, so that a run of numbers is read in linear time). */
const MORE_DAYS = '((?:\\s*,\\s*[0-9]{1,2}(?:st|nd|rd|th)?){0,8})(?:\\s*,)?';

/**
 * `1 and 2 May 2003`, `3, 5 and 7 March 2019`: the first day, with the month and year written
 * after the last (the last is a date of its own). Only its day is in its text: it is marked as
 * sharing them. The scan goes on after it, so each listed day is one date.
 */
export const listedDayParser: Parser = {
  pattern: () => new RegExp(`${NOT_AFTER_WORD}${DAY}${MORE_DAYS}${LISTED}${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+${YEAR}`, 'iu'),
  extract(context, match) {
    const [text, d, more, d2, monthWord, year] = match;
    if (!text || !d || more === undefined || !d2 || !monthWord || !year) return null;
    const listed = [...more.matchAll(/[0-9]{1,2}/gu)].map((m) => Number(m[0]));
    const at = monthWithDays(monthWord, year, [Number(d), ...listed, Number(d2)]);
    if (at === null) return null;
    const r = result(context, match.index ?? 0, /^[0-9]+(?:st|nd|rd|th)?/iu.exec(text)![0], { ...at, day: Number(d) });
    r.start.addTag(SHARED_YEAR_TAG);
    return r;
  },
};

/**
 * `March 1 and 2, 2019`: the second day, with the month written before the first (whose year the
 * refiners then share, see `sharedYearRefiner`).
 */
export const listedMonthDayParser: Parser = {
  pattern: () => new RegExp(`${NOT_AFTER_WORD}(${MONTH_PATTERN})\\s+[0-9]{1,2}(?:st|nd|rd|th)?${LISTED}(${DAY},?\\s+${YEAR})`, 'iu'),
  extract(context, match) {
    const [text, monthWord, second, d, year] = match;
    if (!text || !monthWord || !second || !d || !year) return null;
    const at = monthWithDays(monthWord, year, [Number(d)]);
    return at === null ? null : result(context, (match.index ?? 0) + text.length - second.length, second, { ...at, day: Number(d) });
  },
};

const ORDINALS = [...new Set([...HALF_ORDINALS.keys(), ...QUARTER_ORDINALS.keys()])].join('|');
const SEASON_WORDS = [...SEASONS.keys()].join('|');

/** `second half of 2012`, `first quarter of 2012`, `spring 2012`, `summer of 2012`. */
export const subYearParser: Parser = {
  pattern: () =>
    new RegExp(
      `${NOT_AFTER_WORD}(?:(${ORDINALS})\\s+(half|quarter)|(${SEASON_WORDS}))(?:\\s+of)?\\s+${YEAR}`,
      'iu',
    ),
  extract(context, match) {
    const [text, ordinal, unit, season, year] = match;
    const index = match.index ?? 0;
    if (!text || !year) return null;
    let code: number | undefined;
    if (season) {
      const s = season.toLowerCase();
      // `fall` is a season only in `in (the) fall (of) 2012`
      if (s === 'fall' && !/\bin\s+(?:the\s+)?$/i.test(context.text.slice(Math.max(0, index - 8), index))) return null;
      code = SEASONS.get(s);
    } else if (ordinal && unit) {
      const table = unit.toLowerCase() === 'half' ? HALF_ORDINALS : QUARTER_ORDINALS;
      code = table.get(ordinal.toLowerCase());
    }
    if (code === undefined) return null;
    const r = result(context, index, text, { year: Number(year) });
    r.start.addTag(`${SUB_YEAR_TAG_PREFIX}${code}`);
    return r;
  },
};

/** `Q3 2012`, `H2 2012`. */
export const quarterCodeParser: Parser = {
  pattern: () => new RegExp(`${NOT_AFTER_WORD}([QH])([1-4])\\s+${YEAR}`, 'u'),
  extract(context, match) {
    const [text, letter, n, year] = match;
    if (!text || !letter || !n || !year) return null;
    const code = letter === 'Q' ? 32 + Number(n) : Number(n) <= 2 ? 39 + Number(n) : undefined;
    if (code === undefined) return null;
    const r = result(context, match.index ?? 0, text, { year: Number(year) });
    r.start.addTag(`${SUB_YEAR_TAG_PREFIX}${code}`);
    return r;
  },
};

/**
 * `1990s`, `1990's`, `early 1990s`, `mid-1990s`: the decade (EDTF `199X`); `early`, `mid` and
 * `late` stay in the text, since EDTF has no code for a part of a decade (see `DECADE_PATTERN`).
 */
export const decadeParser: Parser = {
  pattern: () => new RegExp(`${NOT_AFTER_WORD}(?:(?:early|mid|late)(?:-|\\s+))?${DECADE_PATTERN}`, 'iu'),
  extract(context, match) {
    const [text, year] = match;
    if (!text || !year) return null;
    const r = result(context, match.index ?? 0, text, { year: Number(year) });
    r.start.addTag(DECADE_TAG);
    return r;
  },
};

/** A date read by one of date-phrase.ts's scanners at the start of a match: the very reading of leader entries. */
function scanned(context: ParsingContext, index: number, scan: (text: string, pos: number) => ScannedPhrase | null | undefined): ParsingResult | null {
  const s = scan(context.text, index);
  if (!s || !isCompleteDate(s.parts)) return null;
  const { year, month, day } = s.parts;
  return result(context, index, context.text.slice(index, s.end), { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) });
}

/** `1958年3月6日`, `1958年3月`, `1958年`: a date as Chinese and Japanese write it (after any letter: `于1958年`). */
export const cjkDateParser: Parser = {
  pattern: () => /(?<![0-9])[12][0-9]{3}年/u,
  extract: (context, match) => scanned(context, match.index ?? 0, scanCjk),
};

/** `31.12.1990` (day first, as European texts write it) and `1990.12.31` (year first): a day; not inside a longer dotted number (`3.2.1990.1`). */
export const dottedDateParser: Parser = {
  pattern: () => /(?<![0-9.])(?:[0-9]{1,2}\.[0-9]{1,2}\.[12][0-9]{3}|[12][0-9]{3}\.[0-9]{1,2}\.[0-9]{1,2})(?![0-9]|\.[0-9])/u,
  extract: (context, match) => scanned(context, match.index ?? 0, scanNumericDay),
};

/**
 * After a match it rejects, chrono runs a parser's pattern again on the text from the next
 * character on, where a lookbehind sees nothing before it (`1 and 2 May` in `31 and 2 May`): a
 * match counts only if the pattern matches there in the whole text too.
 */
function inWholeText(parser: Parser): Parser {
  let sticky: RegExp | null = null;
  return {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const index = match.index ?? 0;
      if (index > 0) {
        if (sticky === null) {
          const pattern = parser.pattern(context);
          sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`);
        }
        sticky.lastIndex = index;
        if (!sticky.test(context.text)) return null;
      }
      return parser.extract(context, match);
    },
  };
}

export const customParsers: readonly Parser[] = [
  cjkDateParser,
  dottedDateParser,
  decadeParser,
  subYearParser,
  quarterCodeParser,
  monthDayRangeParser,
  dayMonthRangeParser,
  listedDayParser,
  listedMonthDayParser,
  shortYearRangeParser,
  bareYearParser,
].map(inWholeText);
