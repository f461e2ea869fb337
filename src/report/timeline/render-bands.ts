/** What is drawn behind the bars: gap and overlap bands, and the line at today. */
import { formatMonth } from '../edtf.ts';
import { esc, num } from '../html.ts';
import { AXIS } from './geometry.ts';
import { GRID_TOP, xs, type Plot } from './plot.ts';
import type { Band } from './spec.ts';
import { bandText } from './text.ts';

/** A band's rectangle over the whole height of the rows, and its width (at least 2px, to stay visible). */
function bandRect(plot: Plot, band: Band): { rect: string; width: number } {
  const width = Math.max(2, plot.x(band.hi) - plot.x(band.lo));
  return { width, rect: `<rect x="${xs(plot, band.lo)}" y="${AXIS - 4}" width="${num(width)}" height="${plot.bottom - AXIS + 4}"/>` };
}

export function renderGap(plot: Plot, gap: Band): string {
  const { rect, width } = bandRect(plot, gap);
  const word = width > 28 ? `<text x="${num(plot.x(gap.lo) + width / 2)}" y="${plot.bottom - 3}" text-anchor="middle">gap</text>` : '';
  return `<g class="band gap"><title>${esc(`Gap: nobody recorded from ${formatMonth(gap.lo)} to ${formatMonth(gap.hi - 1)}`)}</title>${rect}${word}</g>`;
}

export function renderOverlap(plot: Plot, band: Band, noun: string | undefined): string {
  return `<g class="band overlap"><title>${esc(`Overlap, ${bandText(band)}: ${band.labels.join(' and ')} ${noun ?? 'at the same time'}`)}</title>${bandRect(plot, band).rect}</g>`;
}

/** The right edge for open tenures. */
export function renderToday(plot: Plot, today: { day: number; label: string }): string {
  return `<g class="today"><title>${esc(`Latest date in the data: ${today.label}. Open tenures run to here.`)}</title><line x1="${xs(plot, today.day)}" x2="${xs(plot, today.day)}" y1="${GRID_TOP}" y2="${plot.bottom}"/></g>`;
}
