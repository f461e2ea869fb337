/** One row of a chart: its label above its bars. */
import type { Bounds } from '../edtf.ts';
import { attrs, esc, num } from '../html.ts';
import { outerOf } from './extent.ts';
import { BAR_TOP, LABEL_LINE, ROW } from './geometry.ts';
import type { LabelLine } from './label.ts';
import type { Plot } from './plot.ts';
import { renderBar } from './render-bar.ts';
import type { TimelineRow } from './spec.ts';

/** Height of a row whose label takes these lines. */
export const rowHeight = (label: readonly LabelLine[]): number => ROW + (label.length - 1) * LABEL_LINE;

/**
 * Where the label starts: above the row's first bar, or ending at its last
 * bar when it would run off the right edge, or at the left edge when neither fits.
 */
function labelPlacement(plot: Plot, row: TimelineRow, label: readonly LabelLine[], today: number): { x: number; anchor: 'start' | 'end' } {
  const drawn = row.bars.filter((b) => b.start !== null);
  const first = drawn.map((b) => outerOf(b, today)!).reduce<Bounds | null>((acc, o) => (acc === null || o.lo < acc.lo ? o : acc), null);
  const lastHi = drawn.map((b) => outerOf(b, today)!.hi).reduce((a, b) => Math.max(a, b), -Infinity);
  const widest = Math.max(...label.map((l) => l.width));
  const lx = first ? plot.x(first.lo) : plot.left;
  if (lx + widest <= plot.right) return { x: lx, anchor: 'start' };
  const end = first ? Math.min(plot.x(lastHi), plot.right - 4) : plot.right;
  return end - widest >= plot.left ? { x: end, anchor: 'end' } : { x: plot.left, anchor: 'start' };
}

/** The row whose top is at `top`. */
export function renderRow(plot: Plot, row: TimelineRow, label: readonly LabelLine[], top: number, today: number): string {
  const { x: lx, anchor } = labelPlacement(plot, row, label, today);
  const barY = top + BAR_TOP + (label.length - 1) * LABEL_LINE;
  const lines = label.map((l, k) => `<tspan x="${num(lx)}" y="${barY - 5 - (label.length - 1 - k) * LABEL_LINE}">${l.parts.map((p) => `<tspan class="${p.bold ? 'name' : 'sub'}">${esc(p.text)}</tspan>`).join('')}</tspan>`);
  const bars = row.bars.map((bar) => renderBar(plot, bar, barY, today)).join('');
  return `<g class="row"${attrs({ 'data-row': row.key })}><text class="label" text-anchor="${anchor}">${lines.join('')}</text>${bars}</g>`;
}
