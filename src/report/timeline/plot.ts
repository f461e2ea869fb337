/** The plot area of one chart: where days fall on the x axis. */
import type { Bounds } from '../edtf.ts';
import { num } from '../html.ts';
import { AXIS, BOTTOM, PAD_LEFT, PAD_RIGHT, WIDTH } from './geometry.ts';

export interface Plot {
  left: number;
  right: number;
  /** y of the bottom of the last row. */
  bottom: number;
  /** x of a day. */
  x(day: number): number;
}

export function plotOf(domain: Bounds, height: number): Plot {
  const left = PAD_LEFT;
  const right = WIDTH - PAD_RIGHT;
  return { left, right, bottom: height - BOTTOM, x: (day) => left + ((day - domain.lo) / (domain.hi - domain.lo)) * (right - left) };
}

/** A day's x, written as an SVG coordinate. */
export const xs = (plot: Plot, day: number): string => num(plot.x(day));

/** The top of a band or grid line: just under the year labels. */
export const GRID_TOP = AXIS - 6;
