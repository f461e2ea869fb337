/** Word lists shared by the date scanners. All keys are lower case. */

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MONTHS = new Map<string, { month: number; abbreviated: boolean }>();
MONTH_NAMES.forEach((name, i) => {
  MONTHS.set(name, { month: i + 1, abbreviated: false });
  if (name.length > 3) MONTHS.set(name.slice(0, 3), { month: i + 1, abbreviated: true });
});
MONTHS.set('sept', { month: 9, abbreviated: true });

/** Month number for a month name or abbreviation (`March`, `Mar`, `Sept`), else undefined. */
export function monthOf(word: string): { month: number; abbreviated: boolean } | undefined {
  return MONTHS.get(word.toLowerCase());
}

/** Regex source matching any month name or abbreviation (longest first), for building patterns. */
export const MONTH_PATTERN =
  '(?:' +
  [...MONTHS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => (MONTHS.get(k)?.abbreviated ? `${k}\\.?` : k))
    .join('|') +
  ')';

/**
 * Regex source of a decade written `1990s` or `1990's` (group 1: its first year). `1800s` and
 * `1900s` may as well be centuries, and `1000s` a number: none is a decade (`2000s` is).
 */
export const DECADE_PATTERN = "(1[0-9](?!00)[0-9]0|20[0-9]0)['’]?s(?![\\p{L}\\p{N}])";

const SLASH_SHORT_YEAR = /\/([0-9]{2})(?![0-9/])/y;
const SLASH_LONG_YEAR = /\/([0-9]{4})(?![0-9\p{L}/])/uy;

/**
 * `2019/20`, `1999/00`, `1999/2000`: the year that a slash at `pos` gives after the year `start`
 * (a season or fiscal year): two digits at most ten years on, or a later four-digit year; else
 * null (`2021/05`, `2019/20/05`, `2019/2018`).
 */
export function slashYear(text: string, pos: number, start: number): number | null {
  SLASH_LONG_YEAR.lastIndex = pos;
  const long = SLASH_LONG_YEAR.exec(text);
  if (long) return Number(long[1]) > start ? Number(long[1]) : null;
  SLASH_SHORT_YEAR.lastIndex = pos;
  const m = SLASH_SHORT_YEAR.exec(text);
  if (!m) return null;
  const step = (Number(m[1]) - (start % 100) + 100) % 100;
  return step >= 1 && step <= 10 ? start + step : null;
}

export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 21],
  ['summer', 22],
  ['autumn', 23],
  ['fall', 23],
  ['winter', 24],
]);

export const HALF_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 40],
  ['1st', 40],
  ['second', 41],
  ['2nd', 41],
  ['latter', 41],
  ['last', 41],
]);

export const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 33],
  ['1st', 33],
  ['second', 34],
  ['2nd', 34],
  ['third', 35],
  ['3rd', 35],
  ['fourth', 36],
  ['4th', 36],
  ['last', 36],
  ['final', 36],
]);

/** Words that stand for an open end of a tenure (`Incumbent`, `present`). */
export const OPEN_END_WORDS: ReadonlySet<string> = new Set([
  'incumbent', 'present', 'now', 'current', 'today', 'date', 'presently', 'ongoing',
]);

/** Dash-like range separators: hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus. */
export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

/** Tildes and the wave dash, which East Asian usage writes between the two ends of a range (`1998～2003`). */
export const RANGE_TILDES = '~\u301c\uff5e';

export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && DASHES.includes(ch);
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const LETTER = /\p{L}/u;

/** Whether a character (one UTF-16 unit) is a letter; ASCII without the regular expression (it is called per character). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128 && ch.length === 1) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** Index of the first non-whitespace character at or after `pos`. */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isSpace(text[p])) p++;
  return p;
}
