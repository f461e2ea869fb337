/** The table of persons. */
import { esc } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { section, table } from './markup.ts';

export function personsIndex(m: ReportModel): string {
  const d = m.data;
  const head = ['person', 'tenures', 'positions', 'documents', 'infobox'];
  if (d.mentions !== null) head.push('mentions');
  const rows = m.persons.map((p) => {
    const positions = new Set(p.tenures.map((t) => `${t.doc_id}\u0000${t.position_line}`)).size;
    const flags = p.entity?.homonym ? ' <span class="badge warning" title="Two different people may share this name">homonym</span>' : '';
    const row = [`<a href="#person-${esc(p.slug)}">${esc(p.name)}</a>${flags}${p.entity ? ` <code class="small muted">${esc(p.entity.id)}</code>` : ''}`, String(p.tenures.length), String(positions), String(p.documents.length), String(p.officials.length)];
    if (d.mentions !== null) row.push(String(p.mentions.length));
    return row;
  });
  const note = m.reconciled ? '' : '<p class="muted small">Grouped by the name as written (no entities.json).</p>';
  return section('people-index', 'Persons', `${note}${table(head, rows, head.map((_, i) => i).filter((i) => i > 0))}`);
}
