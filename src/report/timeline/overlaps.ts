/** Where two rows are certainly at the same time. */
import { coreOf } from './extent.ts';
import type { Band, TimelineRow } from './spec.ts';

/** Every pairwise overlap of the certain parts of bars in two different rows, unmerged. */
function pairOverlaps(rows: readonly TimelineRow[], today: number): Band[] {
  const found: Band[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      for (const a of rows[i]!.bars) {
        const ca = coreOf(a, today);
        if (!ca) continue;
        for (const b of rows[j]!.bars) {
          const cb = coreOf(b, today);
          if (!cb) continue;
          const lo = Math.max(ca.lo, cb.lo);
          const hi = Math.min(ca.hi, cb.hi);
          if (hi > lo) found.push({ lo, hi, labels: [rows[i]!.label, rows[j]!.label] });
        }
      }
    }
  }
  return found;
}

/** Touching or overlapping bands joined into one, with the labels of all of them. */
function mergeBands(bands: Band[]): Band[] {
  bands.sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const merged: Band[] = [];
  for (const band of bands) {
    const last = merged[merged.length - 1];
    if (last && band.lo <= last.hi) {
      last.hi = Math.max(last.hi, band.hi);
      for (const l of band.labels) if (!last.labels.includes(l)) last.labels.push(l);
    } else merged.push({ ...band, labels: [...band.labels] });
  }
  return merged;
}

/** Stretches where bars of two different rows are certainly at the same time, merged, with the rows involved. */
export function overlapsOf(rows: readonly TimelineRow[], today: number): Band[] {
  return mergeBands(pairOverlaps(rows, today));
}
