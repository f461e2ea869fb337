/** Year ticks of the axis. */
import { yearOf, yearStart, type Bounds } from '../edtf.ts';

/** Year ticks: the smallest step that keeps labels about 70px apart. */
export function ticksOf(domain: Bounds, plotWidth: number): number[] {
  const first = yearOf(domain.lo);
  const last = yearOf(domain.hi);
  const span = Math.max(1, last - first);
  const most = Math.max(2, Math.floor(plotWidth / 70));
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => span / s <= most) ?? Math.ceil(span / most);
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
    const day = yearStart(y);
    if (day >= domain.lo && day <= domain.hi) ticks.push(y);
  }
  return ticks;
}
