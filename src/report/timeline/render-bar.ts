/** One tenure's bar: its extent, the solid part where it is certain, an arrow when open, a mark when questioned. */
import { attrs, esc, num } from '../html.ts';
import { coreOf, outerOf } from './extent.ts';
import { BAR_HEIGHT } from './geometry.ts';
import { xs, type Plot } from './plot.ts';
import type { TimelineBar } from './spec.ts';

/** The bar at height `y`; empty when its start could not be read. */
export function renderBar(plot: Plot, bar: TimelineBar, y: number, today: number): string {
  const outer = outerOf(bar, today);
  if (!outer) return '';
  const core = coreOf(bar, today);
  const classes = ['bar', bar.open ? 'open' : '', bar.conflicts.length > 0 ? 'conflict' : '', bar.flagged ? 'flagged' : ''].filter(Boolean).join(' ');
  const tip = [bar.title, ...bar.conflicts.map((c) => `Conflict: ${c}`)].join('\n');
  const x0 = plot.x(outer.lo);
  const w = Math.max(2, plot.x(outer.hi) - x0);
  const parts: string[] = [];
  parts.push(`<rect class="extent" x="${num(x0)}" y="${y}" width="${num(w)}" height="${BAR_HEIGHT}" rx="2"/>`);
  if (core) parts.push(`<rect class="core" x="${xs(plot, core.lo)}" y="${y}" width="${num(Math.max(1, plot.x(core.hi) - plot.x(core.lo)))}" height="${BAR_HEIGHT}"/>`);
  if (bar.open) {
    const ax = plot.x(outer.hi);
    parts.push(`<path class="arrow" d="M${num(ax)} ${y - 3}L${num(ax + 11)} ${num(y + BAR_HEIGHT / 2)}L${num(ax)} ${y + BAR_HEIGHT + 3}Z"/>`);
  }
  if (bar.conflicts.length > 0 || bar.flagged) {
    parts.push(`<rect class="mark" x="${num(x0 - 1.5)}" y="${y - 1.5}" width="${num(w + 3)}" height="${BAR_HEIGHT + 3}" rx="3"/>`);
    parts.push(`<text class="bang" x="${num(x0 + w + (bar.open ? 14 : 4))}" y="${y + BAR_HEIGHT - 3}">!</text>`);
  }
  const g = `<g${attrs({ class: classes, 'data-tenure': bar.key, 'data-lo': outer.lo, 'data-hi': outer.hi })}><title>${esc(tip)}</title>${parts.join('')}</g>`;
  return bar.href ? `<a${attrs({ href: bar.href, tabindex: -1 })}>${g}</a>` : g;
}
