/**
 * EDTF strings (as the extractors write them) to the span of days they cover:
 * `1988` covers the whole year, `1988-06` the month, `2012-41` the second
 * half of 2012, `199X` the decade. Days are counted from 1970-01-01 (UTC); `hi` is exclusive.
 * Pure arithmetic: no clock, no locale.
 */

export interface Bounds {
  /** First day covered. */
  lo: number;
  /** Day after the last day covered. */
  hi: number;
}

export type Precision = 'day' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade';

export interface DateSpan extends Bounds {
  precision: Precision;
}

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 0-based; overflowing months roll into the next year). */
export function dayNumber(year: number, month0: number, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** Calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Day number of 1 January of a year. */
export const yearStart = (year: number): number => dayNumber(year, 0, 1);

/** Sub-year groupings of EDTF level 2: [first month (0-based), length in months]. */
function subYear(code: number): [number, number, Precision] | null {
  if (code >= 21 && code <= 24) return [2 + (code - 21) * 3, 3, 'season']; // spring Mar–May … winter Dec–Feb
  if (code >= 25 && code <= 28) return [2 + (code - 25) * 3, 3, 'season']; // northern hemisphere
  if (code >= 29 && code <= 32) return [8 + (code - 29) * 3, 3, 'season']; // southern hemisphere
  if (code >= 33 && code <= 36) return [(code - 33) * 3, 3, 'quarter'];
  if (code >= 37 && code <= 39) return [(code - 37) * 4, 4, 'quarter']; // quadrimesters
  if (code === 40 || code === 41) return [(code - 40) * 6, 6, 'half'];
  return null;
}

/** Bounds of one EDTF date (not an interval); null when it is not one this report can place. */
export function parseEdtfDate(value: string): DateSpan | null {
  const text = value.replace(/[?~%]/g, '').trim();
  const decade = /^(\d{3})X$/.exec(text);
  if (decade) {
    const first = Number(decade[1]) * 10;
    return { lo: dayNumber(first, 0), hi: dayNumber(first + 10, 0), precision: 'decade' };
  }
  const m = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { lo: dayNumber(year, 0), hi: dayNumber(year + 1, 0), precision: 'year' };
  const code = Number(m[2]);
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    if (code < 1 || code > 12 || day < 1 || day > 31) return null;
    const lo = dayNumber(year, code - 1, day);
    if (lo >= dayNumber(year, code, 1)) return null; // 31 April and the like
    return { lo, hi: lo + 1, precision: 'day' };
  }
  if (code >= 1 && code <= 12) return { lo: dayNumber(year, code - 1), hi: dayNumber(year, code), precision: 'month' };
  const group = subYear(code);
  if (!group) return null;
  const [first, months, precision] = group;
  return { lo: dayNumber(year, first), hi: dayNumber(year, first + months), precision };
}

/** Bounds of an EDTF date or interval (`1928/1934`, `2023/..`: an open end gives hi = null). */
export function parseEdtf(value: string): { lo: number | null; hi: number | null; precision: Precision } | null {
  if (!value.includes('/')) {
    const date = parseEdtfDate(value);
    return date && { lo: date.lo, hi: date.hi, precision: date.precision };
  }
  const [a = '', b = ''] = value.split('/', 2);
  const open = (s: string): boolean => s === '' || s === '..';
  const start = open(a) ? null : parseEdtfDate(a);
  const end = open(b) ? null : parseEdtfDate(b);
  if ((!open(a) && !start) || (!open(b) && !end) || (!start && !end)) return null;
  return { lo: start?.lo ?? null, hi: end?.hi ?? null, precision: (start ?? end)!.precision };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Short English label of a day number: `3 Mar 1958`. */
export function formatDay(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Short English label of a month boundary span: `Mar 2014` (for the start of a band). */
export function formatMonth(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
