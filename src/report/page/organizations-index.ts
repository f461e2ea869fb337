/** The table of organizations (or, without reconciliation, of the documents' subjects). */
import { esc } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { docLink, section, table } from './markup.ts';

export function organizationsIndex(m: ReportModel): string {
  const head = m.reconciled ? ['organization', 'id', 'documents', 'mentions', 'tenures'] : ['organization (document subject)', 'document', 'tenures'];
  const rows = m.organizations.map((o) => {
    const docs = o.documents.map((id) => docLink(m, id, esc(id))).join(', ');
    if (!m.reconciled) return [esc(o.name), docs, String(o.tenures)];
    const aliases = (o.entity?.aliases ?? []).length > 0 ? `<br><span class="small muted">also: ${esc((o.entity?.aliases ?? []).join('; '))}</span>` : '';
    return [`${esc(o.name)}${aliases}`, `<code class="small">${esc(o.key)}</code>`, docs || '—', String(o.mentions), String(o.tenures)];
  });
  const note = m.reconciled ? '' : '<p class="muted small">Without reconciliation output, each document’s subject (its title) stands for an organization.</p>';
  return section('organizations', 'Organizations', `${note}${table(head, rows, m.reconciled ? [3, 4] : [2])}`);
}
