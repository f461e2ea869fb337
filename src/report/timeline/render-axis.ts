/** The year axis: grid lines and labels. */
import type { Bounds } from '../edtf.ts';
import { yearStart } from '../edtf.ts';
import { num } from '../html.ts';
import { AXIS } from './geometry.ts';
import { GRID_TOP, type Plot } from './plot.ts';
import { ticksOf } from './ticks.ts';

export function renderAxis(plot: Plot, domain: Bounds): string {
  const out = ['<g class="axis" aria-hidden="true">'];
  for (const year of ticksOf(domain, plot.right - plot.left)) {
    const tx = plot.x(yearStart(year));
    // Labels at the very edges are kept inside the picture.
    const anchor = tx - plot.left < 16 ? 'start' : plot.right - tx < 16 ? 'end' : 'middle';
    out.push(`<line x1="${num(tx)}" x2="${num(tx)}" y1="${GRID_TOP}" y2="${plot.bottom}"/><text x="${num(tx)}" y="${AXIS - 11}" text-anchor="${anchor}">${year}</text>`);
  }
  out.push(`<line class="base" x1="${plot.left}" x2="${plot.right}" y1="${GRID_TOP}" y2="${GRID_TOP}"/></g>`);
  return out.join('');
}
