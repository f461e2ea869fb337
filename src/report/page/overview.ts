/** The overview: counts of everything, and what the run did and did not have. */
import { esc, plural } from '../html.ts';
import type { ReportModel } from '../model.ts';
import { section } from './markup.ts';
import { scoresTable } from './scores.ts';

function cards(m: ReportModel): [string, string | number][] {
  const d = m.data;
  const errors = d.problems.filter((p) => p.severity === 'error').length;
  const list: [string, string | number][] = [
    ['Documents', d.documents.length],
    ['Persons', m.persons.length],
    [m.reconciled ? 'Organizations' : 'Organizations (titles)', m.organizations.length],
    ['Positions', [...m.positionsByDocument.values()].reduce((n, p) => n + p.length, 0)],
    ['Tenures', d.tenures.length],
    ['Infobox fields', d.infobox.length],
    ['Headings', d.sections.length],
    ['Dates in prose', d.dates.length],
  ];
  if (d.mentions !== null) list.push(['Mentions', d.mentions.length]);
  if (d.conflicts !== null) list.push(['Conflicts', d.conflicts.length]);
  list.push(['Errors', errors], ['Warnings', d.problems.length - errors]);
  return list;
}

/** Sentences (HTML) about the inputs, the latest date, reconciliation and the audit. */
function facts(m: ReportModel): string[] {
  const d = m.data;
  const out: string[] = [];
  if (d.manifest) out.push(`Schema version ${esc(d.manifest.schema_version)}; ${plural(d.manifest.inputs.length, 'input')} (${d.manifest.inputs.filter((i) => i.status !== 'ok').length} failed).`);
  if (m.today) out.push(`Latest date in the data: <strong>${esc(m.today.label)}</strong>. Open tenures are drawn up to it (the report never uses the clock).`);
  if (!m.reconciled) out.push('No reconciliation output (entities.json) in this folder: people are grouped by the name as written, organizations are the documents’ subjects, and there are no mentions or conflicts.');
  if (m.audit) {
    if (!m.audit.available) out.push(`No fixtures folder at ${esc(m.audit.fixtures)}: nothing audited.`);
    else {
      const audited = [...m.audit.byDocument.values()];
      const failing = audited.filter((a) => !a.report.pass).length;
      out.push(`Audit against ${esc(m.audit.fixtures)}: ${plural(audited.length, 'document')} with a fixture, ${failing === 0 ? '<span class="badge pass">all match</span>' : `<span class="badge fail">${failing} with differences</span>`}.`);
    }
  }
  return out;
}

export function overview(m: ReportModel): string {
  const parts = [`<dl class="cards">${cards(m).map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`];
  parts.push(facts(m).map((f) => `<p>${f}</p>`).join(''));
  if (m.audit && m.audit.byDocument.size > 0) parts.push(scoresTable(m.audit.totals, 'Audit scores over all audited documents'));
  return section('overview', 'Overview', parts.join(''));
}
