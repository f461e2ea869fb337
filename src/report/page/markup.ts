/** Building blocks of the page's HTML: links, tables, sections, charts. */
import { esc } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { renderTimeline, type TimelineSpec } from '../timeline.ts';

/** A link when there is a target, else the plain text. */
export const link = (href: string | null, inner: string, extra = ''): string => (href ? `<a href="${esc(href)}"${extra}>${inner}</a>` : `<span>${inner}</span>`);

/** A link to a document's section of the page. */
export const docLink = (m: ReportModel, docId: string, inner: string): string => `<a href="#doc-${esc(m.docSlug.get(docId) ?? '')}">${inner}</a>`;

/** `file:line:column`, escaped, leaving out what is not known. */
export const fileLine = (file: string, ...at: (number | null | undefined)[]): string => `${esc(file)}${at.map((n) => (n != null ? `:${n}` : '')).join('')}`;

/** A scrollable table; `numeric` columns are right-aligned. Cells are HTML already. */
export function table(head: string[], rows: string[][], numeric: number[] = [], caption: string | null = null): string {
  const cell = (tag: string, i: number, html: string): string => `<${tag}${numeric.includes(i) ? ' class="num"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${html}</${tag}>`;
  return `<div class="table-wrap"><table>${caption ? `<caption class="muted small">${caption}</caption>` : ''}<thead><tr>${head.map((h, i) => cell('th', i, h)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', i, c)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

export interface SectionOptions {
  className?: string;
  /** Heading level; 2 for the page's top-level sections. */
  level?: number;
}

/** A section labelled by its heading; `id` is an attribute value already escaped, `heading` HTML. */
export function section(id: string, heading: string, body: string, { className, level = 2 }: SectionOptions = {}): string {
  return `<section id="${id}"${className ? ` class="${className}"` : ''} aria-labelledby="${id}-h"><h${level} id="${id}-h">${heading}</h${level}>${body}</section>`;
}

/** A timeline in a focusable group, so a keyboard can scroll a chart wider than the screen. */
export const chart = (name: string, spec: TimelineSpec): string => `<div class="chart" tabindex="0" role="group" aria-label="${esc(`Chart: ${name}`)}">${renderTimeline(spec)}</div>`;
