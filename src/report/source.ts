/** The source text of a document, one element per line (id `doc-<slug>-L<n>`), facts highlighted. */
import type { Fact, FactKind } from './facts.ts';
import type { Range } from './facts.ts';
import { esc } from './html.ts';

export const lineId = (docSlug: string, line: number): string => `doc-${docSlug}-L${line}`;

/** One line's text with its ranges wrapped in <mark>; overlapping ranges split into segments carrying every class. */
export function highlightLine(text: string, ranges: readonly Range[]): string {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start);
  if (valid.length === 0) return esc(text);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const piece = esc(text.slice(from, to));
    const covering = valid.filter((r) => r.start <= from && r.end >= to);
    if (covering.length === 0) {
      out += piece;
      continue;
    }
    const classes = [...new Set(covering.map((r) => r.cls))].join(' ');
    const titles = [...new Set(covering.map((r) => r.title))].join('; ');
    out += `<mark class="${esc(classes)}" title="${esc(titles)}">${piece}</mark>`;
  }
  return out;
}

/** The whole source block. Lines that carry facts get `has-<kind>` classes (gutter markers). */
export function renderSource(docSlug: string, title: string, lines: readonly string[], facts: readonly Fact[]): string {
  const byLine = new Map<number, Fact[]>();
  for (const f of facts) {
    const list = byLine.get(f.line) ?? [];
    list.push(f);
    byLine.set(f.line, list);
  }
  const out: string[] = [];
  out.push(`<div class="src" role="region" aria-label="${esc(`Source text of ${title}, ${lines.length} lines`)}" tabindex="0">`);
  lines.forEach((text, i) => {
    const n = i + 1;
    const here = byLine.get(n) ?? [];
    const kinds = [...new Set(here.map((f) => f.kind))].sort() as FactKind[];
    const cls = ['l', ...kinds.map((k) => `has-${k}`)].join(' ');
    const id = lineId(docSlug, n);
    out.push(`<div class="${cls}" id="${esc(id)}"><a class="n" href="#${esc(id)}" aria-label="Line ${n}">${n}</a><span class="t">${highlightLine(text, here.flatMap((f) => f.ranges))}</span></div>`);
  });
  out.push('</div>');
  return out.join('');
}
