/**
 * Gantt-like SVG timelines of tenures, drawn at the precision the dates were
 * written: the part of a bar where the holder was certainly in office is
 * solid; a start or end known only to the month, season or year covers that
 * whole month/season/year, hatched (the change happened somewhere in there).
 * Open tenures run to the right edge ("today" = the latest date in the data,
 * never the clock) and end in an arrow. Gaps (nobody recorded) and overlaps
 * (two rows certainly at once) are bands behind the bars; conflicts and
 * flagged spans get a red outline. Pure: the same spec gives the same bytes.
 */
import type { Bounds } from './edtf.ts';
import { formatDay, formatMonth, yearOf, yearStart } from './edtf.ts';
import { attrs, esc, num, plural } from './html.ts';

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

export interface Band extends Bounds {
  labels: string[];
}

export const WIDTH = 960;
const PAD_LEFT = 16;
const PAD_RIGHT = 30;
const AXIS = 30;
const ROW = 42;
const BAR_TOP = 20;
const BAR_HEIGHT = 15;
const BOTTOM = 10;
const LABEL_LINE = 15;
const LABEL_LINES = 2;

/** Rough width in px of text at 12px (no measuring in a pure function): wide enough for DejaVu Sans. */
export function textWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) w += 12.5; // CJK and other full-width characters
    else if (ch === ' ') w += 4;
    else if (/[ilj.,:;'|!()[\]]/.test(ch)) w += 3.8;
    else if (/[A-Z]|[mwMW]/.test(ch)) w += 8.6;
    else w += 7;
  }
  return bold ? w * 1.09 : w;
}

interface LabelLine {
  parts: { text: string; bold: boolean }[];
  width: number;
}

/** The row label (bold) and its details, wrapped into at most two lines that fit the plot, the rest cut with "…". */
export function layoutLabel(row: TimelineRow, maxWidth: number): LabelLine[] {
  const dates = row.bars.map((b) => b.dates).join('; ');
  const sub = [row.sublabel, dates].filter((s): s is string => s !== null && s !== '').join(' · ');
  const words = [
    ...row.label.split(/\s+/).filter(Boolean).map((text) => ({ text, bold: true })),
    ...(sub ? [{ text: '·', bold: false }, ...sub.split(/\s+/).filter(Boolean).map((text) => ({ text, bold: false }))] : []),
  ];
  const lines: LabelLine[] = [{ parts: [], width: 0 }];
  for (const word of words) {
    let line = lines[lines.length - 1]!;
    const space = line.parts.length > 0 ? textWidth(' ', word.bold) : 0;
    const w = textWidth(word.text, word.bold);
    if (line.parts.length > 0 && line.width + space + w > maxWidth) {
      if (lines.length === LABEL_LINES) {
        line.parts.push({ text: '…', bold: word.bold });
        line.width += textWidth(' …', word.bold);
        while (line.width > maxWidth && line.parts.length > 1) {
          const dropped = line.parts.splice(line.parts.length - 2, 1)[0]!;
          line.width -= textWidth(` ${dropped.text}`, dropped.bold);
        }
        break;
      }
      line = { parts: [], width: 0 };
      lines.push(line);
    }
    const prefix = line.parts.length > 0 ? ' ' : '';
    line.parts.push({ text: prefix + word.text, bold: word.bold });
    line.width += (prefix ? space : 0) + w;
  }
  // Merge neighbouring parts of one style so the markup stays small.
  return lines.map((l) => ({
    width: l.width,
    parts: l.parts.reduce<{ text: string; bold: boolean }[]>((acc, p) => {
      const last = acc[acc.length - 1];
      if (last && last.bold === p.bold) last.text += p.text;
      else acc.push({ ...p });
      return acc;
    }, []),
  }));
}

/** Days a bar covers: from the first possible start to the last possible end (or today, when open). */
export function outerOf(bar: TimelineBar, today: number): Bounds | null {
  if (!bar.start) return null;
  if (bar.open) return { lo: bar.start.lo, hi: Math.max(today, bar.start.hi) };
  const end = bar.end ?? bar.start;
  return { lo: Math.min(bar.start.lo, end.lo), hi: Math.max(bar.start.hi, end.hi) };
}

/** Days the holder was certainly in office: after the last possible start, before the first possible end. */
export function coreOf(bar: TimelineBar, today: number): Bounds | null {
  if (!bar.start) return null;
  const hi = bar.open ? today : (bar.end ?? bar.start).lo;
  const lo = bar.start.hi;
  return hi > lo ? { lo, hi } : null;
}

/** The x range of a chart: whole years around the bars (at least `minYears`), or up to today when a bar is open. */
export function domainOf(rows: readonly TimelineRow[], today: number, minYears = 5): Bounds | null {
  let lo = Infinity;
  let hi = -Infinity;
  let open = false;
  for (const row of rows) {
    for (const bar of row.bars) {
      const outer = outerOf(bar, today);
      if (!outer) continue;
      lo = Math.min(lo, outer.lo);
      hi = Math.max(hi, outer.hi);
      open ||= bar.open;
    }
  }
  if (lo === Infinity) return null;
  let firstYear = yearOf(lo);
  if (open) {
    // Open tenures end at today, the right edge; widen to the left only.
    const end = Math.max(hi, today);
    firstYear = Math.min(firstYear, yearOf(end - 1) - minYears + 1);
    return { lo: yearStart(firstYear), hi: end };
  }
  let lastYear = yearStart(yearOf(hi)) === hi ? yearOf(hi) : yearOf(hi) + 1; // exclusive
  const missing = minYears - (lastYear - firstYear);
  if (missing > 0) {
    firstYear -= Math.floor(missing / 2);
    lastYear += missing - Math.floor(missing / 2);
  }
  return { lo: yearStart(firstYear), hi: yearStart(lastYear) };
}

/** Stretches of time inside the chart's bars that no bar covers. */
export function gapsOf(rows: readonly TimelineRow[], today: number): Band[] {
  const spans = rows.flatMap((r) => r.bars.map((b) => outerOf(b, today)).filter((o): o is Bounds => o !== null)).sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const gaps: Band[] = [];
  let reach = -Infinity;
  for (const span of spans) {
    if (reach !== -Infinity && span.lo > reach) gaps.push({ lo: reach, hi: span.lo, labels: [] });
    reach = Math.max(reach, span.hi);
  }
  return gaps;
}

/** Stretches where bars of two different rows are certainly at the same time, merged, with the rows involved. */
export function overlapsOf(rows: readonly TimelineRow[], today: number): Band[] {
  const found: Band[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      for (const a of rows[i]!.bars) {
        const ca = coreOf(a, today);
        if (!ca) continue;
        for (const b of rows[j]!.bars) {
          const cb = coreOf(b, today);
          if (!cb) continue;
          const lo = Math.max(ca.lo, cb.lo);
          const hi = Math.min(ca.hi, cb.hi);
          if (hi > lo) found.push({ lo, hi, labels: [rows[i]!.label, rows[j]!.label] });
        }
      }
    }
  }
  found.sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const merged: Band[] = [];
  for (const band of found) {
    const last = merged[merged.length - 1];
    if (last && band.lo <= last.hi) {
      last.hi = Math.max(last.hi, band.hi);
      for (const l of band.labels) if (!last.labels.includes(l)) last.labels.push(l);
    } else merged.push({ ...band, labels: [...band.labels] });
  }
  return merged;
}

/** Year ticks: the smallest step that keeps labels about 70px apart. */
export function ticksOf(domain: Bounds, plotWidth: number): number[] {
  const first = yearOf(domain.lo);
  const last = yearOf(domain.hi);
  const span = Math.max(1, last - first);
  const most = Math.max(2, Math.floor(plotWidth / 70));
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => span / s <= most) ?? Math.ceil(span / most);
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
    const day = yearStart(y);
    if (day >= domain.lo && day <= domain.hi) ticks.push(y);
  }
  return ticks;
}

function bandText(band: Bounds): string {
  return `${formatMonth(band.lo)} – ${formatMonth(band.hi - 1)}`;
}

function describe(spec: TimelineSpec, drawn: number, undated: number, gaps: Band[], overlaps: Band[], domain: Bounds | null): string {
  const parts: string[] = [];
  const bars = spec.rows.flatMap((r) => r.bars);
  parts.push(`${plural(bars.length, 'tenure')} in ${plural(spec.rows.length, 'row')}`);
  if (domain) parts[0] += `, ${yearOf(domain.lo)} to ${spec.rows.some((r) => r.bars.some((b) => b.open)) ? `${spec.today.label} (the latest date in the data)` : yearOf(domain.hi - 1)}`;
  const rows = spec.rows.map((r) => `${r.label}${r.sublabel ? ` (${r.sublabel})` : ''}: ${r.bars.map((b) => `${b.dates}${b.open ? ' (open)' : ''}`).join('; ')}`);
  parts.push(rows.join('. '));
  if (undated > 0) parts.push(`${plural(undated, 'span')} without a readable start not drawn`);
  if (spec.gaps) parts.push(gaps.length === 0 ? 'no gaps' : `${plural(gaps.length, 'gap')}: ${gaps.map(bandText).join(', ')}`);
  if (spec.overlaps) parts.push(overlaps.length === 0 ? 'no overlaps' : `${plural(overlaps.length, 'overlap')}: ${overlaps.map((o) => `${bandText(o)} (${o.labels.join(', ')})`).join(', ')}`);
  const marked = bars.filter((b) => b.conflicts.length > 0 || b.flagged).length;
  if (marked > 0) parts.push(`${plural(marked, 'span')} marked with a conflict or warning`);
  void drawn;
  return `${parts.join('. ')}.`;
}

/** Shared SVG definitions (hatch patterns); put once on the page, hidden. */
export function timelineDefs(): string {
  return (
    '<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>' +
    '<pattern id="wdx-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#c9d8f0"/><rect width="2.5" height="6" fill="#4a78c2"/></pattern>' +
    '<pattern id="wdx-hatch-open" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#cfe8d6"/><rect width="2.5" height="6" fill="#2f8a4c"/></pattern>' +
    '<pattern id="wdx-gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" fill="#f3f3f3"/><rect width="1.5" height="8" fill="#c4c4c4"/></pattern>' +
    '</defs></svg>'
  );
}

/** The SVG of one timeline (role="img", with title, desc and a title on every bar). */
export function renderTimeline(spec: TimelineSpec): string {
  const today = spec.today.day;
  const domain = spec.domain ?? domainOf(spec.rows, today);
  const plotLeft = PAD_LEFT;
  const plotRight = WIDTH - PAD_RIGHT;
  const labels = spec.rows.map((row) => layoutLabel(row, plotRight - plotLeft));
  const height = AXIS + labels.reduce((h, l) => h + ROW + (l.length - 1) * LABEL_LINE, 0) + BOTTOM;
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const drawnBars = spec.rows.flatMap((r) => r.bars).filter((b) => b.start !== null);
  const undated = spec.rows.flatMap((r) => r.bars).length - drawnBars.length;
  const gaps = spec.gaps ? gapsOf(spec.rows, today) : [];
  const overlaps = spec.overlaps ? overlapsOf(spec.rows, today) : [];
  const head =
    `<svg${attrs({ class: 'timeline', role: 'img', 'aria-label': spec.title, 'aria-describedby': descId, viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, 'data-rows': spec.rows.length })}>` +
    `<title id="${esc(titleId)}">${esc(spec.title)}</title><desc id="${esc(descId)}">${esc(describe(spec, drawnBars.length, undated, gaps, overlaps, domain))}</desc>`;
  if (!domain) return `${head}<text class="empty" x="${plotLeft}" y="${AXIS}">No dated tenures to draw</text></svg>`;
  const x = (day: number): number => plotLeft + ((day - domain.lo) / (domain.hi - domain.lo)) * (plotRight - plotLeft);
  const xs = (day: number): string => num(x(day));
  const bottom = height - BOTTOM;
  const out: string[] = [head];

  // Axis: year grid lines and labels.
  out.push('<g class="axis" aria-hidden="true">');
  for (const year of ticksOf(domain, plotRight - plotLeft)) {
    const tx = x(yearStart(year));
    const anchor = tx - plotLeft < 16 ? 'start' : plotRight - tx < 16 ? 'end' : 'middle';
    out.push(`<line x1="${num(tx)}" x2="${num(tx)}" y1="${AXIS - 6}" y2="${bottom}"/><text x="${num(tx)}" y="${AXIS - 11}" text-anchor="${anchor}">${year}</text>`);
  }
  out.push(`<line class="base" x1="${plotLeft}" x2="${plotRight}" y1="${AXIS - 6}" y2="${AXIS - 6}"/></g>`);

  // Bands behind the bars.
  for (const gap of gaps) {
    const w = Math.max(2, x(gap.hi) - x(gap.lo));
    out.push(`<g class="band gap"><title>${esc(`Gap: nobody recorded from ${formatMonth(gap.lo)} to ${formatMonth(gap.hi - 1)}`)}</title><rect x="${xs(gap.lo)}" y="${AXIS - 4}" width="${num(w)}" height="${bottom - AXIS + 4}"/>${w > 28 ? `<text x="${num(x(gap.lo) + w / 2)}" y="${bottom - 3}" text-anchor="middle">gap</text>` : ''}</g>`);
  }
  for (const band of overlaps) {
    const w = Math.max(2, x(band.hi) - x(band.lo));
    out.push(`<g class="band overlap"><title>${esc(`Overlap, ${formatMonth(band.lo)} – ${formatMonth(band.hi - 1)}: ${band.labels.join(' and ')} ${spec.overlapNoun ?? 'at the same time'}`)}</title><rect x="${xs(band.lo)}" y="${AXIS - 4}" width="${num(w)}" height="${bottom - AXIS + 4}"/></g>`);
  }

  // The right edge for open tenures.
  if (spec.rows.some((r) => r.bars.some((b) => b.open))) {
    out.push(`<g class="today"><title>${esc(`Latest date in the data: ${spec.today.label}. Open tenures run to here.`)}</title><line x1="${xs(today)}" x2="${xs(today)}" y1="${AXIS - 6}" y2="${bottom}"/></g>`);
  }

  let top = AXIS;
  spec.rows.forEach((row, i) => {
    const drawn = row.bars.filter((b) => b.start !== null);
    const first = drawn.map((b) => outerOf(b, today)!).reduce<Bounds | null>((acc, o) => (acc === null || o.lo < acc.lo ? o : acc), null);
    const lastHi = drawn.map((b) => outerOf(b, today)!.hi).reduce((a, b) => Math.max(a, b), -Infinity);
    const label = labels[i]!;
    const widest = Math.max(...label.map((l) => l.width));
    let lx = first ? x(first.lo) : plotLeft;
    let anchor = 'start';
    if (lx + widest > plotRight) {
      const end = first ? Math.min(x(lastHi), plotRight - 4) : plotRight;
      if (end - widest >= plotLeft) {
        lx = end;
        anchor = 'end';
      } else lx = plotLeft;
    }
    const barY = top + BAR_TOP + (label.length - 1) * LABEL_LINE;
    out.push(`<g class="row"${attrs({ 'data-row': row.key })}>`);
    const lines = label.map((l, k) => `<tspan x="${num(lx)}" y="${barY - 5 - (label.length - 1 - k) * LABEL_LINE}">${l.parts.map((p) => `<tspan class="${p.bold ? 'name' : 'sub'}">${esc(p.text)}</tspan>`).join('')}</tspan>`);
    out.push(`<text class="label" text-anchor="${anchor}">${lines.join('')}</text>`);
    for (const bar of row.bars) {
      const outer = outerOf(bar, today);
      if (!outer) continue;
      const core = coreOf(bar, today);
      const classes = ['bar', bar.open ? 'open' : '', bar.conflicts.length > 0 ? 'conflict' : '', bar.flagged ? 'flagged' : ''].filter(Boolean).join(' ');
      const y = barY;
      const tip = [bar.title, ...bar.conflicts.map((c) => `Conflict: ${c}`)].join('\n');
      const x0 = x(outer.lo);
      const w = Math.max(2, x(outer.hi) - x0);
      const parts: string[] = [];
      parts.push(`<rect class="extent" x="${num(x0)}" y="${y}" width="${num(w)}" height="${BAR_HEIGHT}" rx="2"/>`);
      if (core) parts.push(`<rect class="core" x="${xs(core.lo)}" y="${y}" width="${num(Math.max(1, x(core.hi) - x(core.lo)))}" height="${BAR_HEIGHT}"/>`);
      if (bar.open) {
        const ax = x(outer.hi);
        parts.push(`<path class="arrow" d="M${num(ax)} ${y - 3}L${num(ax + 11)} ${num(y + BAR_HEIGHT / 2)}L${num(ax)} ${y + BAR_HEIGHT + 3}Z"/>`);
      }
      if (bar.conflicts.length > 0 || bar.flagged) {
        parts.push(`<rect class="mark" x="${num(x0 - 1.5)}" y="${y - 1.5}" width="${num(w + 3)}" height="${BAR_HEIGHT + 3}" rx="3"/>`);
        parts.push(`<text class="bang" x="${num(x0 + w + (bar.open ? 14 : 4))}" y="${y + BAR_HEIGHT - 3}">!</text>`);
      }
      const g = `<g${attrs({ class: classes, 'data-tenure': bar.key, 'data-lo': outer.lo, 'data-hi': outer.hi })}><title>${esc(tip)}</title>${parts.join('')}</g>`;
      out.push(bar.href ? `<a${attrs({ href: bar.href, tabindex: -1 })}>${g}</a>` : g);
    }
    out.push('</g>');
    top += ROW + (label.length - 1) * LABEL_LINE;
  });
  out.push('</svg>');
  return out.join('');
}

/** Text for a tooltip: a bar's days at its precision (for tests and titles). */
export const spanText = (b: Bounds): string => `${formatDay(b.lo)} – ${formatDay(b.hi - 1)}`;
