/** Timelines by position: one chart per leader list, with its tenures as a table. */
import { esc, plural } from '../html.ts';
import type { Position, ReportModel } from '../model.ts';
import { legend } from './legend.ts';
import { chart, link, section, table } from './markup.ts';

function tenureTable(m: ReportModel, tenures: Position['tenures']): string {
  const head = ['person', 'from', 'to', 'EDTF', 'note', 'line'];
  const rows = tenures.map((t) => [
    esc(t.person),
    esc(t.start_text ?? '—'),
    esc(t.end_text ?? (t.incumbent ? 'present' : '—')),
    `<code>${esc(`${t.start ?? '?'}/${t.incumbent ? '..' : (t.end ?? '?')}`)}</code>`,
    esc(t.note ?? ''),
    link(m.href(t.doc_id, t.line), String(t.line), ` aria-label="line ${t.line}"`),
  ]);
  return table(head, rows);
}

function positionFigure(m: ReportModel, docId: string, p: Position): string {
  return [
    `<figure id="${esc(p.slug)}" class="position" aria-labelledby="${esc(p.slug)}-h">`,
    `<h4 id="${esc(p.slug)}-h">${esc(p.name)} ${p.line !== null ? link(m.href(docId, p.line), `line ${p.line}`, ' class="small"') : ''}</h4>`,
    chart(p.name, p.timeline),
    `<details><summary class="small">The ${plural(p.tenures.length, 'tenure')} as a table</summary>${tenureTable(m, p.tenures)}</details>`,
    '</figure>',
  ].join('');
}

export function positionsSection(m: ReportModel): string {
  if (m.positionsByDocument.size === 0) return '';
  const parts = ['<p class="small muted">One chart per leader list; the lists of one document share a time axis. Hover a bar for its dates and source line; click it to go to the line.</p>'];
  parts.push(legend());
  for (const [docId, positions] of m.positionsByDocument) {
    parts.push(`<h3>${esc(m.docTitle(docId))} <span class="small muted">(${esc(docId)})</span></h3>`);
    for (const p of positions) parts.push(positionFigure(m, docId, p));
  }
  return section('positions', 'Timelines by position', parts.join(''));
}
