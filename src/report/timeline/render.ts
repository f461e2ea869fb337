/** The SVG of one timeline. */
import { attrs, esc } from '../html.ts';
import { describe } from './describe.ts';
import { domainOf } from './domain.ts';
import { gapsOf } from './gaps.ts';
import { AXIS, BOTTOM, PAD_LEFT, PAD_RIGHT, WIDTH } from './geometry.ts';
import { layoutLabel } from './label.ts';
import { overlapsOf } from './overlaps.ts';
import { plotOf } from './plot.ts';
import { renderAxis } from './render-axis.ts';
import { renderGap, renderOverlap, renderToday } from './render-bands.ts';
import { renderRow, rowHeight } from './render-row.ts';
import { hasOpen, type TimelineSpec } from './spec.ts';

/** The SVG of one timeline (role="img", with title, desc and a title on every bar). */
export function renderTimeline(spec: TimelineSpec): string {
  const today = spec.today.day;
  const domain = spec.domain ?? domainOf(spec.rows, today);
  const labels = spec.rows.map((row) => layoutLabel(row, WIDTH - PAD_RIGHT - PAD_LEFT));
  const height = AXIS + labels.reduce((h, l) => h + rowHeight(l), 0) + BOTTOM;
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const bars = spec.rows.flatMap((r) => r.bars);
  const undated = bars.length - bars.filter((b) => b.start !== null).length;
  const gaps = spec.gaps ? gapsOf(spec.rows, today) : [];
  const overlaps = spec.overlaps ? overlapsOf(spec.rows, today) : [];
  const head =
    `<svg${attrs({ class: 'timeline', role: 'img', 'aria-label': spec.title, 'aria-describedby': descId, viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, 'data-rows': spec.rows.length })}>` +
    `<title id="${esc(titleId)}">${esc(spec.title)}</title><desc id="${esc(descId)}">${esc(describe(spec, undated, gaps, overlaps, domain))}</desc>`;
  if (!domain) return `${head}<text class="empty" x="${PAD_LEFT}" y="${AXIS}">No dated tenures to draw</text></svg>`;
  const plot = plotOf(domain, height);
  const out: string[] = [head, renderAxis(plot, domain)];
  // Bands go first so that the bars are drawn over them.
  for (const gap of gaps) out.push(renderGap(plot, gap));
  for (const band of overlaps) out.push(renderOverlap(plot, band, spec.overlapNoun));
  if (hasOpen(spec.rows)) out.push(renderToday(plot, spec.today));
  let top = AXIS;
  spec.rows.forEach((row, i) => {
    const label = labels[i]!;
    out.push(renderRow(plot, row, label, top, today));
    top += rowHeight(label);
  });
  out.push('</svg>');
  return out.join('');
}
