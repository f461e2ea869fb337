/** The key to the timelines' colours and patterns. */
import { esc } from '../html.ts';

const swatch = (body: string): string => `<svg width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" focusable="false">${body}</svg>`;

const ITEMS: readonly [string, string][] = [
  [swatch('<rect x="1" y="2" width="32" height="12" fill="#2f62b5"/>'), 'in office (dates known to the day/month written)'],
  [swatch('<rect x="1" y="2" width="32" height="12" fill="url(#wdx-hatch)" stroke="#4a78c2" stroke-width=".75"/>'), 'hatched: a start or end known only to the month, season or year (the whole period is drawn; the change happened somewhere in it)'],
  [swatch('<rect x="1" y="2" width="22" height="12" fill="#23804a"/><path d="M23 0L33 8L23 16Z" fill="#23804a"/>'), 'open tenure (incumbent), drawn to the latest date in the data'],
  [swatch('<rect x="1" y="0" width="32" height="16" fill="url(#wdx-gap)"/>'), 'gap: nobody recorded in the post'],
  [swatch('<rect x="1" y="0" width="32" height="16" fill="#f5b400" opacity=".3"/>'), 'overlap: two rows certainly at the same time'],
  [swatch('<rect x="2" y="2" width="28" height="12" fill="#2f62b5" stroke="#b3261e" stroke-width="2"/>'), 'red outline: conflict between sources, or a warning on the span'],
];

export function legend(): string {
  return `<ul class="legend" aria-label="Timeline legend">${ITEMS.map(([s, t]) => `<li>${s}<span>${esc(t)}</span></li>`).join('')}</ul>`;
}
