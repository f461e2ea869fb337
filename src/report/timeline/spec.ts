/** What a timeline is drawn from: rows of bars, each bar a tenure at the precision its dates were written. */
import type { Bounds } from '../edtf.ts';

export interface TimelineBar {
  /** Stable key, written as data-tenure (e.g. `doc:54:1`). */
  key: string;
  /** Days covered by the start date; null when the start could not be read (the bar is not drawn). */
  start: Bounds | null;
  /** Days covered by the end date; null for an open end or an unreadable one. */
  end: Bounds | null;
  /** Open end (incumbent): runs to the right edge. */
  open: boolean;
  /** The dates as written, e.g. `November 1994 – October 1998`. */
  dates: string;
  /** Full sentence for the bar's tooltip. */
  title: string;
  /** Link to the source line. */
  href: string | null;
  /** A warning about this span in errors.json (e.g. start after end). */
  flagged: boolean;
  /** Reconciliation conflicts that name this span. */
  conflicts: string[];
}

export interface TimelineRow {
  key: string;
  label: string;
  /** Smaller text after the label (e.g. the document a position comes from). */
  sublabel: string | null;
  bars: TimelineBar[];
}

export interface TimelineSpec {
  /** Unique id prefix for the SVG's title and desc. */
  id: string;
  title: string;
  rows: TimelineRow[];
  /** The right edge for open tenures: the latest date in the data. */
  today: { day: number; label: string };
  /** Fixed x range (e.g. shared by the positions of one document); computed from the bars when absent. */
  domain?: Bounds;
  /** Draw bands where no row covers the time between bars (for positions: nobody recorded). */
  gaps: boolean;
  /** Draw bands where two rows are certainly at the same time (two holders at once, or two posts at once). */
  overlaps: boolean;
  /** Word for what overlaps mean in this chart, for the band's title. */
  overlapNoun?: string;
}

/** A stretch of days drawn behind the bars, with the rows it concerns. */
export interface Band extends Bounds {
  labels: string[];
}

/** Whether any bar is open, i.e. the chart runs up to today. */
export const hasOpen = (rows: readonly TimelineRow[]): boolean => rows.some((r) => r.bars.some((b) => b.open));
