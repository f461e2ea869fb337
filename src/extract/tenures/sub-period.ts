/**
 * A dates bracket that says which part of an entry's term it qualifies (`1954–1970 (acting from
 * 1966)`, `(1954–1970) (acting from 1966)`): it has words, gives only a start, an end or one date,
 * and its years lie within the years of the ended spans before it. Read as a span, `from 1966`
 * would be an open term. A stint with both ends stays a span of its own (`(1998–2003) (2001–2002,
 * acting)`), and bare years (`(1898–1976) (1949–1958)`) are never such a part.
 */
import type { Span } from './ranges.ts';

const YEAR = /^-?\d+/;

function yearOf(edtf: string | null): number | null {
  const m = edtf === null ? null : YEAR.exec(edtf);
  return m === null ? null : Number(m[0]);
}

/**
 * The first and last year the spans cover; null when one has no year. An open span is null in a
 * term (`1942–` is a life as often as a term); in a part, its start alone (`from 1966`).
 */
function yearsOf(spans: readonly Span[], part: boolean): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    const from = yearOf(span.start) ?? yearOf(span.end);
    const to = yearOf(span.end) ?? yearOf(span.start);
    if (from === null || to === null || (span.incumbent && !part)) return null;
    if (part && span.startText !== null && span.endText !== null && !span.single) return null;
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return spans.length === 0 ? null : [first, last];
}

/** Whether `written`, read as the spans `inner`, is a part of the term `outer` (`acting from 1966` of 1954–1970). */
export function isSubPeriod(outer: readonly Span[], inner: readonly Span[], written: string): boolean {
  if (!/\p{L}/u.test(written)) return false;
  const whole = yearsOf(outer, false);
  const part = yearsOf(inner, true);
  return whole !== null && part !== null && part[0] >= whole[0] && part[1] <= whole[1];
}
