/**
 * Gantt-like SVG timelines of tenures, drawn at the precision the dates were
 * written: the part of a bar where the holder was certainly in office is
 * solid; a start or end known only to the month, season or year covers that
 * whole month/season/year, hatched (the change happened somewhere in there).
 * Open tenures run to the right edge ("today" = the latest date in the data,
 * never the clock) and end in an arrow. Gaps (nobody recorded) and overlaps
 * (two rows certainly at once) are bands behind the bars; conflicts and
 * flagged spans get a red outline. Pure: the same spec gives the same bytes.
 *
 * This module is the public face; each piece lives in ./timeline/.
 */
export type { Band, TimelineBar, TimelineRow, TimelineSpec } from './timeline/spec.ts';
export { WIDTH } from './timeline/geometry.ts';
export { textWidth } from './timeline/text-width.ts';
export { layoutLabel } from './timeline/label.ts';
export { coreOf, outerOf } from './timeline/extent.ts';
export { domainOf } from './timeline/domain.ts';
export { gapsOf } from './timeline/gaps.ts';
export { overlapsOf } from './timeline/overlaps.ts';
export { ticksOf } from './timeline/ticks.ts';
export { spanText } from './timeline/text.ts';
export { timelineDefs } from './timeline/defs.ts';
export { renderTimeline } from './timeline/render.ts';
