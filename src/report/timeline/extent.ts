/** The days one bar stands for: all it may cover, and what it certainly covers. */
import type { Bounds } from '../edtf.ts';
import type { TimelineBar } from './spec.ts';

/** Days a bar covers: from the first possible start to the last possible end (or today, when open). */
export function outerOf(bar: TimelineBar, today: number): Bounds | null {
  if (!bar.start) return null;
  if (bar.open) return { lo: bar.start.lo, hi: Math.max(today, bar.start.hi) };
  const end = bar.end ?? bar.start;
  return { lo: Math.min(bar.start.lo, end.lo), hi: Math.max(bar.start.hi, end.hi) };
}

/** Days the holder was certainly in office: after the last possible start, before the first possible end. */
export function coreOf(bar: TimelineBar, today: number): Bounds | null {
  if (!bar.start) return null;
  const hi = bar.open ? today : (bar.end ?? bar.start).lo;
  const lo = bar.start.hi;
  return hi > lo ? { lo, hi } : null;
}
