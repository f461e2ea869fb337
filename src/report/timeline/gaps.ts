/** Where nobody is recorded. */
import type { Bounds } from '../edtf.ts';
import { outerOf } from './extent.ts';
import type { Band, TimelineRow } from './spec.ts';

/** Stretches of time inside the chart's bars that no bar covers. */
export function gapsOf(rows: readonly TimelineRow[], today: number): Band[] {
  const spans = rows.flatMap((r) => r.bars.map((b) => outerOf(b, today)).filter((o): o is Bounds => o !== null)).sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const gaps: Band[] = [];
  let reach = -Infinity;
  for (const span of spans) {
    if (reach !== -Infinity && span.lo > reach) gaps.push({ lo: reach, hi: span.lo, labels: [] });
    reach = Math.max(reach, span.hi);
  }
  return gaps;
}
