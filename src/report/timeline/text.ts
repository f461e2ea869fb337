/** Days as text, for descriptions and tooltips. */
import { formatDay, formatMonth, type Bounds } from '../edtf.ts';

/** A band's months, e.g. `Jun 1976 – Mar 1978`. */
export const bandText = (band: Bounds): string => `${formatMonth(band.lo)} – ${formatMonth(band.hi - 1)}`;

/** Text for a tooltip: a bar's days at its precision (for tests and titles). */
export const spanText = (b: Bounds): string => `${formatDay(b.lo)} – ${formatDay(b.hi - 1)}`;
