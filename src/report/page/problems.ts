/** The run's errors and warnings, and the report's own notes. */
import type { ProblemRecord } from '../../schema/records.ts';
import { esc } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { fileLine, link, section, table } from './markup.ts';

/** Where a problem is, linked to the line when it is in a document. */
function where(m: ReportModel, p: ProblemRecord): string {
  const loc = fileLine(p.file, p.line, p.column);
  return p.doc_id !== null ? link(m.href(p.doc_id, p.line), loc) : loc;
}

export function problemsSection(m: ReportModel): string {
  const d = m.data;
  const parts: string[] = [];
  if (d.problems.length === 0) parts.push('<p>None: <code>errors.json</code> is empty.</p>');
  else {
    // Errors first; otherwise in the order of errors.json (a stable sort).
    const sorted = [...d.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    parts.push(table(['severity', 'code', 'where', 'message'], sorted.map((p) => [`<span class="${p.severity}">${p.severity}</span>`, `<code>${esc(p.code)}</code>`, where(m, p), esc(p.message)])));
  }
  const notes = [...d.notes, ...(m.audit?.errors ?? []).map((e) => ({ file: e.file, message: `fixture: ${e.message}` }))];
  if (notes.length > 0) {
    parts.push(`<h3>Notes from the report</h3><ul>${notes.map((n) => `<li><code>${esc(n.file)}</code> ${esc(n.message)}</li>`).join('')}</ul>`);
  }
  return section('problems', 'Errors and warnings of the run', parts.join(''));
}
