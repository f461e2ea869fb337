import type { AuditReport, Difference } from './report-schema.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const show = (v: unknown): string => (v === null || v === undefined ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));

function describe(d: Difference): string {
  const head = `${d.table} ${d.doc_id} line ${d.line ?? '?'}`;
  if (d.kind === 'changed') return `${head}: ${d.fields.map((f) => `${f.field} expected ${show(f.expected)}, got ${show(f.actual)}`).join('; ')}`;
  const row = (d.kind === 'missing' ? d.expected : d.actual) ?? {};
  const summary = Object.entries(row).filter(([k]) => k !== 'line').map(([k, v]) => `${k}=${show(v)}`).join(', ');
  return `${head}: ${d.kind} ${summary}`;
}

/** The human-readable audit report: verdict, scores per table, every difference. */
export function formatAuditText(report: AuditReport): string {
  const lines: string[] = [];
  const verdict = report.pass ? 'PASS' : 'FAIL';
  lines.push(`audit ${verdict}: ${report.documents_audited.length} documents against ${report.fixtures}, ${report.differences.length} differences${report.min_f1 !== null ? ` (min F1 ${report.min_f1})` : ''}`);
  lines.push('');
  lines.push('table       expected  actual  matched  precision  recall     F1');
  for (const [name, s] of Object.entries(report.tables)) {
    lines.push(`${name.padEnd(10)}  ${String(s.expected).padStart(8)}  ${String(s.actual).padStart(6)}  ${String(s.matched).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}`);
  }
  if (report.differences.length > 0) {
    lines.push('', 'differences:');
    for (const d of report.differences) lines.push(`  ${describe(d)}`);
  }
  if (report.documents_without_fixture.length > 0) lines.push('', `documents without a fixture (not audited): ${report.documents_without_fixture.join(', ')}`);
  if (report.fixtures_without_document.length > 0) lines.push('', `fixtures whose document was not among the inputs: ${report.fixtures_without_document.join(', ')}`);
  if (report.errors.length > 0) {
    lines.push('', 'errors:');
    for (const e of report.errors) lines.push(`  ${e.file}${e.line !== null ? `:${e.line}` : ''}: ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}
