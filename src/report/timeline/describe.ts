/** The chart in words, for its <desc> (what a screen reader reads instead of the picture). */
import { yearOf, type Bounds } from '../edtf.ts';
import { plural } from '../html.ts';
import { hasOpen, type Band, type TimelineSpec } from './spec.ts';
import { bandText } from './text.ts';

export function describe(spec: TimelineSpec, undated: number, gaps: Band[], overlaps: Band[], domain: Bounds | null): string {
  const parts: string[] = [];
  const bars = spec.rows.flatMap((r) => r.bars);
  parts.push(`${plural(bars.length, 'tenure')} in ${plural(spec.rows.length, 'row')}`);
  if (domain) parts[0] += `, ${yearOf(domain.lo)} to ${hasOpen(spec.rows) ? `${spec.today.label} (the latest date in the data)` : yearOf(domain.hi - 1)}`;
  const rows = spec.rows.map((r) => `${r.label}${r.sublabel ? ` (${r.sublabel})` : ''}: ${r.bars.map((b) => `${b.dates}${b.open ? ' (open)' : ''}`).join('; ')}`);
  parts.push(rows.join('. '));
  if (undated > 0) parts.push(`${plural(undated, 'span')} without a readable start not drawn`);
  if (spec.gaps) parts.push(gaps.length === 0 ? 'no gaps' : `${plural(gaps.length, 'gap')}: ${gaps.map(bandText).join(', ')}`);
  if (spec.overlaps) parts.push(overlaps.length === 0 ? 'no overlaps' : `${plural(overlaps.length, 'overlap')}: ${overlaps.map((o) => `${bandText(o)} (${o.labels.join(', ')})`).join(', ')}`);
  const marked = bars.filter((b) => b.conflicts.length > 0 || b.flagged).length;
  if (marked > 0) parts.push(`${plural(marked, 'span')} marked with a conflict or warning`);
  return `${parts.join('. ')}.`;
}
