/** Conflicts between sources found by the reconcile stage; nothing when it did not run. */
import { esc } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { fileLine, link, section, table } from './markup.ts';

export function conflictsSection(m: ReportModel): string {
  const conflicts = m.data.conflicts;
  if (conflicts === null) return '';
  const ref = (doc: string | null | undefined, line: number | null | undefined): string => (doc == null ? '—' : link(m.href(doc, line ?? null), fileLine(doc, line)));
  const body = conflicts.length === 0 ? '<p>No conflicts between sources.</p>' : table(['kind', 'entity', 'here', 'other', 'message'], conflicts.map((c) => [`<code>${esc(c.kind)}</code>`, esc(c.entity_id ?? '—'), ref(c.doc_id, c.line), ref(c.other_doc_id, c.other_line), esc(c.message ?? '')]));
  return section('conflicts', 'Conflicts', body);
}
