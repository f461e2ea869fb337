/** The x range of a chart. */
import { yearOf, yearStart, type Bounds } from '../edtf.ts';
import { outerOf } from './extent.ts';
import type { TimelineRow } from './spec.ts';

/** The x range of a chart: whole years around the bars (at least `minYears`), or up to today when a bar is open. */
export function domainOf(rows: readonly TimelineRow[], today: number, minYears = 5): Bounds | null {
  let lo = Infinity;
  let hi = -Infinity;
  let open = false;
  for (const row of rows) {
    for (const bar of row.bars) {
      const outer = outerOf(bar, today);
      if (!outer) continue;
      lo = Math.min(lo, outer.lo);
      hi = Math.max(hi, outer.hi);
      open ||= bar.open;
    }
  }
  if (lo === Infinity) return null;
  let firstYear = yearOf(lo);
  if (open) {
    // Open tenures end at today, the right edge; widen to the left only.
    const end = Math.max(hi, today);
    firstYear = Math.min(firstYear, yearOf(end - 1) - minYears + 1);
    return { lo: yearStart(firstYear), hi: end };
  }
  let lastYear = yearStart(yearOf(hi)) === hi ? yearOf(hi) : yearOf(hi) + 1; // exclusive
  const missing = minYears - (lastYear - firstYear);
  if (missing > 0) {
    firstYear -= Math.floor(missing / 2);
    lastYear += missing - Math.floor(missing / 2);
  }
  return { lo: yearStart(firstYear), hi: yearStart(lastYear) };
}
