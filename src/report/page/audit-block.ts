/** A document's audit against its fixture: verdict, scores, and each difference linked to its line. */
import type { AuditReport, Difference } from '../../audit/report-schema.ts';
import type { DocumentRecord } from '../../schema/records.ts';
import { esc, plural } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { fileLine, link } from './markup.ts';
import { scoresTable } from './scores.ts';

/** A value as JSON, so a string and a number that read alike stay apart. */
const show = (v: unknown): string => (v === null || v === undefined ? 'null' : JSON.stringify(v));

function describeDifference(d: Difference): string {
  if (d.kind === 'changed') return `changed: ${d.fields.map((f) => `${esc(f.field)} expected ${esc(show(f.expected))}, got ${esc(show(f.actual))}`).join('; ')}`;
  const row = (d.kind === 'missing' ? d.expected : d.actual) ?? {};
  return `${d.kind}: ${esc(Object.entries(row).filter(([k]) => k !== 'line').map(([k, v]) => `${k}=${show(v)}`).join(', '))}`;
}

function verdict(r: AuditReport): string {
  return r.pass ? '<span class="badge pass">matches its fixture</span>' : `<span class="badge fail">${plural(r.differences.length, 'difference')}${r.errors.length > 0 ? `, ${plural(r.errors.length, 'error')}` : ''}</span>`;
}

export function auditBlock(m: ReportModel, doc: DocumentRecord): string {
  if (!m.audit) return '';
  const h = '<h3>Audit against the fixture</h3>';
  if (!m.audit.available) return `${h}<p class="muted">No fixtures folder (${esc(m.audit.fixtures)}).</p>`;
  const a = m.audit.byDocument.get(doc.doc_id);
  if (!a) return `${h}<p class="muted">No fixture for this document: not audited.</p>`;
  const r = a.report;
  const parts = [`${h}<p>${verdict(r)} <span class="small muted">(fixture of <code>${esc(doc.doc_id)}</code> in <code>${esc(m.audit.fixtures)}</code>; the same comparison as <code>wikidex audit</code>)</span></p>`];
  parts.push(scoresTable(r.tables, `Scores of ${doc.doc_id}`));
  if (r.differences.length > 0) parts.push(`<ul class="diff">${r.differences.map((d) => `<li>${link(m.href(doc.doc_id, d.line), `<span class="lnum">L${d.line ?? '?'}</span>`)} <strong>${esc(d.table)}</strong> ${describeDifference(d)}</li>`).join('')}</ul>`);
  if (r.errors.length > 0) parts.push(`<ul class="diff">${r.errors.map((e) => `<li class="error">${fileLine(e.file, e.line)}: ${esc(e.message)}</li>`).join('')}</ul>`);
  return parts.join('');
}
