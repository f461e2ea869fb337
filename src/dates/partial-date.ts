/**
 * A calendar date known only to the precision the text gives.
 *
 * `subYear` is an EDTF level-2 sub-year grouping code: 21-24 seasons (spring … winter),
 * 33-36 quarters 1-4, 40-41 halves 1-2. A date never carries both `month` and `subYear`,
 * and `day` is only present together with `month`. `decade` (`the 1990s`): `year` is the
 * decade's first year, and the date has nothing else.
 */
export type PartialDate = { year: number; month?: number; day?: number; subYear?: number; decade?: true };

export type Precision = 'decade' | 'year' | 'month' | 'day' | 'half' | 'quarter' | 'season';

/** Components of a date phrase that may lack a year (`March`, `20`) — used for compressed ranges. */
export type DateParts = { year?: number; month?: number; day?: number; subYear?: number; decade?: true };

export const SUB_YEAR = {
  spring: 21,
  summer: 22,
  autumn: 23,
  winter: 24,
  q1: 33,
  q2: 34,
  q3: 35,
  q4: 36,
  firstHalf: 40,
  secondHalf: 41,
} as const;

/**
 * Fill what a compressed range leaves out of one end from the other end: the year
 * (`March–June 2017`) and, for a bare day, the month (`13–20 February 2017`). Never anything else.
 */
export function fillCompressed(target: DateParts, other: DateParts): DateParts {
  const out: DateParts = { ...target };
  if (out.year === undefined && other.year !== undefined) out.year = other.year;
  if (out.day !== undefined && out.month === undefined && other.month !== undefined) out.month = other.month;
  return out;
}

/** Number of days in `month` (1-12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isSubYearCode(code: number): boolean {
  return (code >= 21 && code <= 24) || (code >= 33 && code <= 36) || code === 40 || code === 41;
}

/** True when the components form a real, complete-enough date (year present, day only with month). */
export function isCompleteDate(d: DateParts): d is PartialDate {
  if (d.year === undefined || !Number.isInteger(d.year) || d.year < -9999 || d.year > 9999) return false;
  if (d.decade) return d.year >= 0 && d.year % 10 === 0 && d.month === undefined && d.day === undefined && d.subYear === undefined;
  if (d.subYear !== undefined) {
    return isSubYearCode(d.subYear) && d.month === undefined && d.day === undefined;
  }
  if (d.month === undefined) return d.day === undefined;
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  return Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function precisionOf(d: PartialDate): Precision {
  if (d.decade) return 'decade';
  if (d.subYear !== undefined) {
    if (d.subYear >= 40) return 'half';
    if (d.subYear >= 33) return 'quarter';
    return 'season';
  }
  if (d.day !== undefined) return 'day';
  if (d.month !== undefined) return 'month';
  return 'year';
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** EDTF string at exactly the precision of `d`: `1988`, `1988-06`, `1958-03-06`, `2012-41`, `199X`. */
export function toEdtf(d: PartialDate): string {
  const year = pad(d.year, 4);
  if (d.decade) return `${year.slice(0, -1)}X`;
  if (d.subYear !== undefined) return `${year}-${pad(d.subYear, 2)}`;
  if (d.month === undefined) return year;
  if (d.day === undefined) return `${year}-${pad(d.month, 2)}`;
  return `${year}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** EDTF interval `start/end`, or `start/..` for an open end. */
export function edtfInterval(start: PartialDate, end: PartialDate | null): string {
  return `${toEdtf(start)}/${end ? toEdtf(end) : '..'}`;
}

/** Month span [first, last] covered by a sub-year code, or null when it crosses a year (winter). */
function subYearMonths(code: number): [number, number] | null {
  switch (code) {
    case 21: return [3, 5];
    case 22: return [6, 8];
    case 23: return [9, 11];
    case 33: return [1, 3];
    case 34: return [4, 6];
    case 35: return [7, 9];
    case 36: return [10, 12];
    case 40: return [1, 6];
    case 41: return [7, 12];
    default: return null;
  }
}

function monthSpan(d: PartialDate): [number, number] | null | undefined {
  if (d.subYear !== undefined) return subYearMonths(d.subYear);
  if (d.month !== undefined) return [d.month, d.month];
  return undefined;
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * Order two dates at their common precision: -1 (a before b), 0 (same or overlapping at the
 * common precision), 1 (a after b). `1988` vs `1988-06` is 0; `2012-41` vs `2012-03` is 1;
 * `199X` vs `1995` is 0.
 * Returns null when the two cannot be ordered (e.g. winter, which spans a year boundary, against
 * a month of the same year).
 */
export function compareDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 | null {
  if (a.decade || b.decade) {
    // A decade is its ten years: ordered only against what lies wholly outside them.
    const [aLast, bLast] = [a.year + (a.decade ? 9 : 0), b.year + (b.decade ? 9 : 0)];
    return aLast < b.year ? -1 : bLast < a.year ? 1 : 0;
  }
  if (a.year !== b.year) return sign(a.year - b.year);
  const sa = monthSpan(a);
  const sb = monthSpan(b);
  if (sa === undefined || sb === undefined) return 0;
  if (sa === null || sb === null) return null;
  if (sa[1] < sb[0]) return -1;
  if (sb[1] < sa[0]) return 1;
  if (a.subYear !== undefined || b.subYear !== undefined) return 0;
  // Both have the same month here.
  if (a.day === undefined || b.day === undefined) return 0;
  return sign(a.day - b.day);
}
