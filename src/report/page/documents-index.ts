/** The table of documents: what was extracted from each, and its audit verdict. */
import type { DocumentRecord } from '../../schema/records.ts';
import { esc, plural } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { docLink, section, table } from './markup.ts';

function auditCell(m: ReportModel, doc: DocumentRecord): string {
  if (!m.audit || !m.audit.available) return '<span class="muted">—</span>';
  const a = m.audit.byDocument.get(doc.doc_id);
  if (!a) return '<span class="muted">no fixture</span>';
  return a.report.pass ? '<span class="badge pass">match</span>' : `<span class="badge fail">${plural(a.report.differences.length + a.report.errors.length, 'difference')}</span>`;
}

export function documentsIndex(m: ReportModel): string {
  const d = m.data;
  // "—" for a table the run did not write, which is not the same as none.
  const count = <T extends { doc_id: string }>(rows: T[] | null, id: string): string => (rows === null ? '—' : String(rows.filter((r) => r.doc_id === id).length));
  const head = ['document', 'id', 'lines', 'infobox', 'headings', 'tenures', 'dates'];
  if (d.mentions !== null) head.push('mentions');
  head.push('problems', 'audit');
  const rows = d.documents.map((doc) => {
    const row = [
      docLink(m, doc.doc_id, esc(doc.title ?? '(untitled)')),
      `<code>${esc(doc.doc_id)}</code>`,
      String(doc.lines),
      count(d.infobox, doc.doc_id),
      count(d.sections, doc.doc_id),
      count(d.tenures, doc.doc_id),
      count(d.dates, doc.doc_id),
    ];
    if (d.mentions !== null) row.push(count(d.mentions, doc.doc_id));
    row.push(String(d.problems.filter((p) => p.doc_id === doc.doc_id).length), auditCell(m, doc));
    return row;
  });
  const failed = (d.manifest?.inputs ?? []).filter((i) => i.status !== 'ok');
  const extra = failed.length > 0 ? `<p>Failed inputs (not extracted, see errors): ${failed.map((f) => `<code>${esc(f.source)}</code>`).join(', ')}</p>` : '';
  const numeric = head.map((_, i) => i).filter((i) => i >= 2 && i < head.length - 1);
  return section('documents', 'Documents', `${table(head, rows, numeric)}${extra}`);
}
