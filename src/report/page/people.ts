/** Timelines by person: each person's tenures across documents, and their other appearances. */
import { esc, plural } from '../html.ts';
import type { Person, ReportModel } from '../model.ts';
import { chart, docLink, link, section } from './markup.ts';

/** What is known of the person: id, other names, homonym warning, documents. */
function personFacts(m: ReportModel, p: Person): string[] {
  const facts: string[] = [];
  if (p.entity) {
    facts.push(`id <code>${esc(p.entity.id)}</code>`);
    if ((p.entity.aliases ?? []).length > 0) facts.push(`also written ${esc((p.entity.aliases ?? []).join('; '))}`);
    if ((p.entity.native_names ?? []).length > 0) facts.push(`native name ${esc((p.entity.native_names ?? []).join('; '))}`);
    if (p.entity.homonym) facts.push('<span class="badge warning">homonym: may be more than one person</span>');
  }
  facts.push(`in ${plural(p.documents.length, 'document')}: ${p.documents.map((id) => docLink(m, id, esc(m.docTitle(id)))).join(', ')}`);
  return facts;
}

/** A list item linked to its source line, with the document and line after it; `inner` and `extra` are HTML. */
function sourceItem(m: ReportModel, docId: string, line: number, inner: string, extra = ''): string {
  return `<li>${link(m.href(docId, line), inner)} <span class="small muted">${esc(m.docTitle(docId))}, line ${line}${extra}</span></li>`;
}

/** Every place the person appears: tenures, infobox officials, mentions. */
function appearances(m: ReportModel, p: Person): string[] {
  return [
    ...p.tenures.map((t) => sourceItem(m, t.doc_id, t.line, `${esc(t.position ?? '(no position)')}: ${esc(`${t.start_text ?? '?'} – ${t.end_text ?? (t.incumbent ? 'present' : '?')}`)}`)),
    ...p.officials.map((o) => sourceItem(m, o.doc_id, o.line, `Infobox ${esc(o.group)}: ${esc(o.position ?? 'official')}`)),
    ...p.mentions.map((x) => sourceItem(m, x.doc_id, x.line, `Mention “${esc(x.text)}”`, x.source ? `, ${esc(x.source)}` : '')),
  ];
}

function personSection(m: ReportModel, p: Person): string {
  const parts = [`<p class="small">${personFacts(m, p).join(' · ')}</p>`];
  if (p.timeline) parts.push(`<figure>${chart(p.timeline.title, p.timeline)}<figcaption>${esc(p.timeline.title)}, across documents; rows in order of start.</figcaption></figure>`);
  const items = appearances(m, p);
  if (items.length > 0) parts.push(`<ul class="small">${items.join('')}</ul>`);
  return section(`person-${esc(p.slug)}`, esc(p.name), parts.join(''), { className: 'person', level: 3 });
}

export function peopleSection(m: ReportModel): string {
  if (m.persons.length === 0) return '';
  return section('people', 'Timelines by person', `<p class="small muted">Every tenure of a person across documents, one row per position. Persons without tenures list their other appearances.</p>${m.persons.map((p) => personSection(m, p)).join('')}`);
}
