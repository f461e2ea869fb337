/**
 * The earliest and latest day an EDTF date can mean, at the precision written: `2015` is
 * 2015-01-01..2015-12-31, `2015-04` the whole of April, `2012-41` the second half of 2012, `199X` the decade,
 * `2012-33` the first quarter. Days are numbered y·372 + (m−1)·31 + (d−1): not a calendar, but
 * monotone, which is all comparisons need. Seasons and unknown codes give the whole year.
 */
export interface Bounds {
  lo: number;
  hi: number;
}

const day = (y: number, m: number, d: number): number => y * 372 + (m - 1) * 31 + (d - 1);

const SUB_YEAR: Readonly<Record<number, [number, number]>> = { 33: [1, 3], 34: [4, 6], 35: [7, 9], 36: [10, 12], 40: [1, 6], 41: [7, 12] };

function single(text: string): Bounds | null {
  const decade = /^(\d{3})X$/u.exec(text.trim());
  if (decade) {
    const first = Number(decade[1]) * 10;
    return { lo: day(first, 1, 1), hi: day(first + 9, 12, 31) };
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/u.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { lo: day(y, 1, 1), hi: day(y, 12, 31) };
  const code = Number(m[2]);
  if (code > 12) {
    const [a, b] = SUB_YEAR[code] ?? [1, 12];
    return { lo: day(y, a, 1), hi: day(y, b, 31) };
  }
  if (m[3] === undefined) return { lo: day(y, code, 1), hi: day(y, code, 31) };
  const d = day(y, code, Number(m[3]));
  return { lo: d, hi: d };
}

/** Bounds of an EDTF date or interval (`a/b`: from a's earliest to b's latest); null when unreadable or open. */
export function boundsOf(edtf: string | null): Bounds | null {
  if (edtf === null) return null;
  const slash = edtf.indexOf('/');
  if (slash === -1) return single(edtf);
  const a = single(edtf.slice(0, slash));
  const b = single(edtf.slice(slash + 1));
  return a && b ? { lo: a.lo, hi: b.hi } : null;
}

/** True when the two dates can be the same at their common precision (`2014` and `2014-03`). */
export const agree = (a: Bounds, b: Bounds): boolean => a.lo <= b.hi && b.lo <= a.hi;
