/** The report page: one self-contained HTML document built from the model. */
import type { AuditReport, Difference, Scores } from '../audit/report-schema.ts';
import { FACT_KINDS, factsOf, type Fact } from './facts.ts';
import { byText, esc, plural } from './html.ts';
import type { ReportModel, Person, Position } from './model.ts';
import { renderSource } from './source.ts';
import { CSS } from './styles.ts';
import { renderTimeline, timelineDefs } from './timeline.ts';
import type { DocumentRecord, ProblemRecord } from '../schema/records.ts';

/** Content-Security-Policy: nothing is fetched and no script runs, whatever a document contains. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const show = (v: unknown): string => (v === null || v === undefined ? 'null' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));

/** A link when there is a target, else the plain text. */
const link = (href: string | null, inner: string, extra = ''): string => (href ? `<a href="${esc(href)}"${extra}>${inner}</a>` : `<span>${inner}</span>`);

function table(head: string[], rows: string[][], numeric: number[] = [], caption: string | null = null): string {
  const cell = (tag: string, i: number, html: string): string => `<${tag}${numeric.includes(i) ? ' class="num"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${html}</${tag}>`;
  return `<div class="table-wrap"><table>${caption ? `<caption class="muted small">${caption}</caption>` : ''}<thead><tr>${head.map((h, i) => cell('th', i, h)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', i, c)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

function where(m: ReportModel, p: ProblemRecord): string {
  const loc = `${esc(p.file)}${p.line !== null ? `:${p.line}` : ''}${p.column !== null ? `:${p.column}` : ''}`;
  return p.doc_id !== null ? link(m.href(p.doc_id, p.line), loc) : loc;
}

function legend(): string {
  const sw = (body: string): string => `<svg width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" focusable="false">${body}</svg>`;
  const items: [string, string][] = [
    [sw('<rect x="1" y="2" width="32" height="12" fill="#2f62b5"/>'), 'in office (dates known to the day/month written)'],
    [sw('<rect x="1" y="2" width="32" height="12" fill="url(#wdx-hatch)" stroke="#4a78c2" stroke-width=".75"/>'), 'hatched: a start or end known only to the month, season or year (the whole period is drawn; the change happened somewhere in it)'],
    [sw('<rect x="1" y="2" width="22" height="12" fill="#23804a"/><path d="M23 0L33 8L23 16Z" fill="#23804a"/>'), 'open tenure (incumbent), drawn to the latest date in the data'],
    [sw('<rect x="1" y="0" width="32" height="16" fill="url(#wdx-gap)"/>'), 'gap: nobody recorded in the post'],
    [sw('<rect x="1" y="0" width="32" height="16" fill="#f5b400" opacity=".3"/>'), 'overlap: two rows certainly at the same time'],
    [sw('<rect x="2" y="2" width="28" height="12" fill="#2f62b5" stroke="#b3261e" stroke-width="2"/>'), 'red outline: conflict between sources, or a warning on the span'],
  ];
  return `<ul class="legend" aria-label="Timeline legend">${items.map(([s, t]) => `<li>${s}<span>${esc(t)}</span></li>`).join('')}</ul>`;
}

function overview(m: ReportModel): string {
  const d = m.data;
  const errors = d.problems.filter((p) => p.severity === 'error').length;
  const warnings = d.problems.length - errors;
  const cards: [string, string | number][] = [
    ['Documents', d.documents.length],
    ['Persons', m.persons.length],
    [m.reconciled ? 'Organizations' : 'Organizations (titles)', m.organizations.length],
    ['Positions', [...m.positionsByDocument.values()].reduce((n, p) => n + p.length, 0)],
    ['Tenures', d.tenures.length],
    ['Infobox fields', d.infobox.length],
    ['Headings', d.sections.length],
    ['Dates in prose', d.dates.length],
  ];
  if (d.mentions !== null) cards.push(['Mentions', d.mentions.length]);
  if (d.conflicts !== null) cards.push(['Conflicts', d.conflicts.length]);
  cards.push(['Errors', errors], ['Warnings', warnings]);
  const parts = [`<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>`];
  parts.push(`<dl class="cards">${cards.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`);
  const facts: string[] = [];
  if (d.manifest) facts.push(`Schema version ${esc(d.manifest.schema_version)}; ${plural(d.manifest.inputs.length, 'input')} (${d.manifest.inputs.filter((i) => i.status !== 'ok').length} failed).`);
  if (m.today) facts.push(`Latest date in the data: <strong>${esc(m.today.label)}</strong>. Open tenures are drawn up to it (the report never uses the clock).`);
  if (!m.reconciled) facts.push('No reconciliation output (entities.json) in this folder: people are grouped by the name as written, organizations are the documents’ subjects, and there are no mentions or conflicts.');
  if (m.audit) {
    if (!m.audit.available) facts.push(`No fixtures folder at ${esc(m.audit.fixtures)}: nothing audited.`);
    else {
      const audited = [...m.audit.byDocument.values()];
      const failing = audited.filter((a) => !a.report.pass).length;
      facts.push(`Audit against ${esc(m.audit.fixtures)}: ${plural(audited.length, 'document')} with a fixture, ${failing === 0 ? '<span class="badge pass">all match</span>' : `<span class="badge fail">${failing} with differences</span>`}.`);
    }
  }
  parts.push(facts.map((f) => `<p>${f}</p>`).join(''));
  if (m.audit && m.audit.byDocument.size > 0) parts.push(scoresTable(m.audit.totals, 'Audit scores over all audited documents'));
  parts.push('</section>');
  return parts.join('');
}

function scoresTable(scores: Record<string, Scores>, caption: string): string {
  const rows = Object.entries(scores).map(([t, s]) => [esc(t), String(s.expected), String(s.actual), String(s.matched), pct(s.precision), pct(s.recall), s.f1 === 1 ? pct(s.f1) : `<strong class="fail">${pct(s.f1)}</strong>`]);
  return table(['table', 'expected', 'actual', 'matched', 'precision', 'recall', 'F1'], rows, [1, 2, 3, 4, 5, 6], esc(caption));
}

function problemsSection(m: ReportModel): string {
  const d = m.data;
  const parts = [`<section id="problems" aria-labelledby="problems-h"><h2 id="problems-h">Errors and warnings of the run</h2>`];
  if (d.problems.length === 0) parts.push('<p>None: <code>errors.json</code> is empty.</p>');
  else {
    const sorted = [...d.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    parts.push(table(['severity', 'code', 'where', 'message'], sorted.map((p) => [`<span class="${p.severity}">${p.severity}</span>`, `<code>${esc(p.code)}</code>`, where(m, p), esc(p.message)])));
  }
  const notes = [...d.notes, ...(m.audit?.errors ?? []).map((e) => ({ file: e.file, message: `fixture: ${e.message}` }))];
  if (notes.length > 0) {
    parts.push(`<h3>Notes from the report</h3><ul>${notes.map((n) => `<li><code>${esc(n.file)}</code> ${esc(n.message)}</li>`).join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('');
}

function auditCell(m: ReportModel, doc: DocumentRecord): string {
  if (!m.audit || !m.audit.available) return '<span class="muted">—</span>';
  const a = m.audit.byDocument.get(doc.doc_id);
  if (!a) return '<span class="muted">no fixture</span>';
  return a.report.pass ? '<span class="badge pass">match</span>' : `<span class="badge fail">${plural(a.report.differences.length + a.report.errors.length, 'difference')}</span>`;
}

function documentsIndex(m: ReportModel): string {
  const d = m.data;
  const count = <T extends { doc_id: string }>(rows: T[] | null, id: string): string => (rows === null ? '—' : String(rows.filter((r) => r.doc_id === id).length));
  const head = ['document', 'id', 'lines', 'infobox', 'headings', 'tenures', 'dates'];
  if (d.mentions !== null) head.push('mentions');
  head.push('problems', 'audit');
  const rows = d.documents.map((doc) => {
    const row = [
      `<a href="#doc-${esc(m.docSlug.get(doc.doc_id)!)}">${esc(doc.title ?? '(untitled)')}</a>`,
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
  return `<section id="documents" aria-labelledby="documents-h"><h2 id="documents-h">Documents</h2>${table(head, rows, numeric)}${extra}</section>`;
}

function personsIndex(m: ReportModel): string {
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
  return `<section id="people-index" aria-labelledby="people-index-h"><h2 id="people-index-h">Persons</h2>${note}${table(head, rows, head.map((_, i) => i).filter((i) => i > 0))}</section>`;
}

function organizationsIndex(m: ReportModel): string {
  const head = m.reconciled ? ['organization', 'id', 'documents', 'mentions', 'tenures'] : ['organization (document subject)', 'document', 'tenures'];
  const rows = m.organizations.map((o) => {
    const docs = o.documents.map((id) => `<a href="#doc-${esc(m.docSlug.get(id) ?? '')}">${esc(id)}</a>`).join(', ');
    if (!m.reconciled) return [esc(o.name), docs, String(o.tenures)];
    const aliases = (o.entity?.aliases ?? []).length > 0 ? `<br><span class="small muted">also: ${esc((o.entity?.aliases ?? []).join('; '))}</span>` : '';
    return [`${esc(o.name)}${aliases}`, `<code class="small">${esc(o.key)}</code>`, docs || '—', String(o.mentions), String(o.tenures)];
  });
  const note = m.reconciled ? '' : '<p class="muted small">Without reconciliation output, each document’s subject (its title) stands for an organization.</p>';
  return `<section id="organizations" aria-labelledby="organizations-h"><h2 id="organizations-h">Organizations</h2>${note}${table(head, rows, m.reconciled ? [3, 4] : [2])}</section>`;
}

function conflictsSection(m: ReportModel): string {
  const conflicts = m.data.conflicts;
  if (conflicts === null) return '';
  const ref = (doc: string | null | undefined, line: number | null | undefined): string => (doc == null ? '—' : link(m.href(doc, line ?? null), `${esc(doc)}${line != null ? `:${line}` : ''}`));
  const body = conflicts.length === 0 ? '<p>No conflicts between sources.</p>' : table(['kind', 'entity', 'here', 'other', 'message'], conflicts.map((c) => [`<code>${esc(c.kind)}</code>`, esc(c.entity_id ?? '—'), ref(c.doc_id, c.line), ref(c.other_doc_id, c.other_line), esc(c.message ?? '')]));
  return `<section id="conflicts" aria-labelledby="conflicts-h"><h2 id="conflicts-h">Conflicts</h2>${body}</section>`;
}

function tenureTable(m: ReportModel, tenures: Position['tenures'], withPosition: boolean): string {
  const head = ['person', ...(withPosition ? ['position', 'document'] : []), 'from', 'to', 'EDTF', 'note', 'line'];
  const rows = tenures.map((t) => [
    esc(t.person),
    ...(withPosition ? [esc(t.position ?? '—'), esc(m.docTitle(t.doc_id))] : []),
    esc(t.start_text ?? '—'),
    esc(t.end_text ?? (t.incumbent ? 'present' : '—')),
    `<code>${esc(`${t.start ?? '?'}/${t.incumbent ? '..' : (t.end ?? '?')}`)}</code>`,
    esc(t.note ?? ''),
    link(m.href(t.doc_id, t.line), String(t.line), ` aria-label="line ${t.line}"`),
  ]);
  return table(head, rows);
}

function positionsSection(m: ReportModel): string {
  if (m.positionsByDocument.size === 0) return '';
  const parts = [`<section id="positions" aria-labelledby="positions-h"><h2 id="positions-h">Timelines by position</h2>`];
  parts.push('<p class="small muted">One chart per leader list; the lists of one document share a time axis. Hover a bar for its dates and source line; click it to go to the line.</p>');
  parts.push(legend());
  for (const [docId, positions] of m.positionsByDocument) {
    parts.push(`<h3>${esc(m.docTitle(docId))} <span class="small muted">(${esc(docId)})</span></h3>`);
    for (const p of positions) {
      parts.push(`<figure id="${esc(p.slug)}" class="position" aria-labelledby="${esc(p.slug)}-h">`);
      parts.push(`<h4 id="${esc(p.slug)}-h">${esc(p.name)} ${p.line !== null ? link(m.href(docId, p.line), `line ${p.line}`, ' class="small"') : ''}</h4>`);
      parts.push(`<div class="chart" tabindex="0" role="group" aria-label="${esc(`Chart: ${p.name}`)}">${renderTimeline(p.timeline)}</div>`);
      parts.push(`<details><summary class="small">The ${plural(p.tenures.length, 'tenure')} as a table</summary>${tenureTable(m, p.tenures, false)}</details>`);
      parts.push('</figure>');
    }
  }
  parts.push('</section>');
  return parts.join('');
}

function personSection(m: ReportModel, p: Person): string {
  const parts = [`<section id="person-${esc(p.slug)}" class="person" aria-labelledby="person-${esc(p.slug)}-h"><h3 id="person-${esc(p.slug)}-h">${esc(p.name)}</h3>`];
  const facts: string[] = [];
  if (p.entity) {
    facts.push(`id <code>${esc(p.entity.id)}</code>`);
    if ((p.entity.aliases ?? []).length > 0) facts.push(`also written ${esc((p.entity.aliases ?? []).join('; '))}`);
    if ((p.entity.native_names ?? []).length > 0) facts.push(`native name ${esc((p.entity.native_names ?? []).join('; '))}`);
    if (p.entity.homonym) facts.push('<span class="badge warning">homonym: may be more than one person</span>');
  }
  facts.push(`in ${plural(p.documents.length, 'document')}: ${p.documents.map((id) => `<a href="#doc-${esc(m.docSlug.get(id) ?? '')}">${esc(m.docTitle(id))}</a>`).join(', ')}`);
  parts.push(`<p class="small">${facts.join(' · ')}</p>`);
  if (p.timeline) parts.push(`<figure><div class="chart" tabindex="0" role="group" aria-label="${esc(`Chart: ${p.timeline.title}`)}">${renderTimeline(p.timeline)}</div><figcaption>${esc(p.timeline.title)}, across documents; rows in order of start.</figcaption></figure>`);
  const items: string[] = [];
  for (const t of p.tenures) items.push(`<li>${link(m.href(t.doc_id, t.line), `${esc(t.position ?? '(no position)')}: ${esc(`${t.start_text ?? '?'} – ${t.end_text ?? (t.incumbent ? 'present' : '?')}`)}`)} <span class="small muted">${esc(m.docTitle(t.doc_id))}, line ${t.line}</span></li>`);
  for (const o of p.officials) items.push(`<li>${link(m.href(o.doc_id, o.line), `Infobox ${esc(o.group)}: ${esc(o.position ?? 'official')}`)} <span class="small muted">${esc(m.docTitle(o.doc_id))}, line ${o.line}</span></li>`);
  for (const x of p.mentions) items.push(`<li>${link(m.href(x.doc_id, x.line), `Mention “${esc(x.text)}”`)} <span class="small muted">${esc(m.docTitle(x.doc_id))}, line ${x.line}${x.source ? `, ${esc(x.source)}` : ''}</span></li>`);
  if (items.length > 0) parts.push(`<ul class="small">${items.join('')}</ul>`);
  parts.push('</section>');
  return parts.join('');
}

function peopleSection(m: ReportModel): string {
  if (m.persons.length === 0) return '';
  return `<section id="people" aria-labelledby="people-h"><h2 id="people-h">Timelines by person</h2><p class="small muted">Every tenure of a person across documents, one row per position. Persons without tenures list their other appearances.</p>${m.persons.map((p) => personSection(m, p)).join('')}</section>`;
}

function describeDifference(d: Difference): string {
  if (d.kind === 'changed') return `changed: ${d.fields.map((f) => `${esc(f.field)} expected ${esc(show(f.expected))}, got ${esc(show(f.actual))}`).join('; ')}`;
  const row = (d.kind === 'missing' ? d.expected : d.actual) ?? {};
  return `${d.kind}: ${esc(Object.entries(row).filter(([k]) => k !== 'line').map(([k, v]) => `${k}=${show(v)}`).join(', '))}`;
}

function auditBlock(m: ReportModel, doc: DocumentRecord): string {
  if (!m.audit) return '';
  const h = '<h3>Audit against the fixture</h3>';
  if (!m.audit.available) return `${h}<p class="muted">No fixtures folder (${esc(m.audit.fixtures)}).</p>`;
  const a = m.audit.byDocument.get(doc.doc_id);
  if (!a) return `${h}<p class="muted">No fixture for this document: not audited.</p>`;
  const r: AuditReport = a.report;
  const verdict = r.pass ? '<span class="badge pass">matches its fixture</span>' : `<span class="badge fail">${plural(r.differences.length, 'difference')}${r.errors.length > 0 ? `, ${plural(r.errors.length, 'error')}` : ''}</span>`;
  const parts = [`${h}<p>${verdict} <span class="small muted">(fixture of <code>${esc(doc.doc_id)}</code> in <code>${esc(m.audit.fixtures)}</code>; the same comparison as <code>wikidex audit</code>)</span></p>`];
  parts.push(scoresTable(r.tables, `Scores of ${doc.doc_id}`));
  if (r.differences.length > 0) parts.push(`<ul class="diff">${r.differences.map((d) => `<li>${link(m.href(doc.doc_id, d.line), `<span class="lnum">L${d.line ?? '?'}</span>`)} <strong>${esc(d.table)}</strong> ${describeDifference(d)}</li>`).join('')}</ul>`);
  if (r.errors.length > 0) parts.push(`<ul class="diff">${r.errors.map((e) => `<li class="error">${esc(e.file)}${e.line !== null ? `:${e.line}` : ''}: ${esc(e.message)}</li>`).join('')}</ul>`);
  return parts.join('');
}

function factItem(m: ReportModel, docId: string, f: Fact): string {
  const inner = `<span class="lnum">L${f.line}</span> <span class="body"><span class="what">${esc(f.text)}</span>${f.detail ? ` <span class="detail">${esc(f.detail)}</span>` : ''}</span>`;
  const other = f.other ? ` ${link(m.href(f.other.doc_id, f.other.line), `other source: ${esc(f.other.doc_id)}:${f.other.line}`, ' class="small"')}` : '';
  return `<li class="fact f-${f.kind}">${link(m.href(docId, f.line), inner)}${other}</li>`;
}

const SWATCH: Record<string, string> = { title: 'var(--hl-title)', infobox: 'var(--hl-key)', official: 'var(--hl-official)', heading: 'var(--hl-heading)', position: 'var(--hl-position)', tenure: 'var(--hl-tenure-date)', date: 'var(--hl-date)', mention: 'var(--hl-mention)', problem: '#d4a017', conflict: 'var(--bad)' };

function documentSection(m: ReportModel, doc: DocumentRecord): string {
  const d = m.data;
  const slug = m.docSlug.get(doc.doc_id)!;
  const source = d.sources.get(doc.doc_id) ?? { ok: false as const, reason: 'source not read' };
  const of = <T extends { doc_id: string }>(rows: T[] | null): T[] => (rows ?? []).filter((r) => r.doc_id === doc.doc_id);
  const facts = factsOf({
    doc_id: doc.doc_id,
    title: doc.title,
    title_line: doc.title_line,
    lines: source.ok ? source.lines : null,
    infobox: of(d.infobox),
    officials: of(d.officials),
    sections: of(d.sections),
    tenures: of(d.tenures),
    dates: of(d.dates),
    mentions: of(d.mentions),
    problems: of(d.problems.filter((p): p is ProblemRecord & { doc_id: string } => p.doc_id !== null)),
    conflicts: (d.conflicts ?? []).filter((c) => c.doc_id === doc.doc_id || c.other_doc_id === doc.doc_id),
    entities: new Map((d.entities ?? []).map((e) => [e.id, e])),
  });
  const title = doc.title ?? doc.doc_id;
  const parts = [`<section id="doc-${esc(slug)}" class="document" aria-labelledby="doc-${esc(slug)}-h"><h2 id="doc-${esc(slug)}-h">${esc(title)}</h2>`];
  parts.push(`<p class="small muted">Document <code>${esc(doc.doc_id)}</code> · source <code>${esc(doc.source)}</code> · ${plural(doc.lines, 'line')} · ${doc.bytes} bytes · sha256 <code>${esc(doc.sha256.slice(0, 12))}…</code></p>`);
  if (!source.ok) parts.push(`<p class="note bad">${esc(source.reason)}: the facts are listed without their text.</p>`);
  else if (!source.current) parts.push('<p class="note">The source file has changed since extraction (its sha256 differs): line numbers and highlights may not match. Run <code>wikidex extract</code> again.</p>');
  parts.push(auditBlock(m, doc));
  parts.push('<div class="doc-grid">');
  parts.push(`<div class="facts" role="region" aria-label="${esc(`Facts extracted from ${title}`)}" tabindex="-1"><h3>Extracted facts</h3>`);
  for (const { kind, label } of FACT_KINDS) {
    const list = facts.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    parts.push(`<details open class="group-${kind}"><summary><span class="swatch" style="background:${SWATCH[kind]}"></span>${esc(label)} (${list.length})</summary><ul>${list.map((f) => factItem(m, doc.doc_id, f)).join('')}</ul></details>`);
  }
  if (facts.length === 0) parts.push('<p class="muted">No facts extracted.</p>');
  parts.push('</div>');
  parts.push(`<div class="source"><h3>Source text</h3>${source.ok ? renderSource(slug, title, source.lines, facts) : '<p class="muted">Not available.</p>'}</div>`);
  parts.push('</div></section>');
  return parts.join('');
}

export interface PageOptions {
  /** Shown in the header (e.g. the output folder as given). */
  folder: string;
}

/** The whole page. */
export function renderPage(m: ReportModel, options: PageOptions): string {
  const d = m.data;
  const docs = [...d.documents].sort((a, b) => byText(a.doc_id, b.doc_id));
  const toc: [string, string][] = [['#overview', 'Overview'], ['#problems', 'Errors and warnings'], ['#documents', 'Documents'], ['#people-index', 'Persons'], ['#organizations', 'Organizations']];
  if (d.conflicts !== null) toc.push(['#conflicts', 'Conflicts']);
  if (m.positionsByDocument.size > 0) toc.push(['#positions', 'Timelines by position']);
  if (m.persons.length > 0) toc.push(['#people', 'Timelines by person']);
  const docToc = docs.map((doc) => `<li><a href="#doc-${esc(m.docSlug.get(doc.doc_id)!)}">${esc(doc.title ?? doc.doc_id)}</a></li>`).join('');
  const body = [
    `<a class="skip" href="#main">Skip to content</a>`,
    timelineDefs(),
    `<header class="top"><h1>wikidex report</h1><p>${plural(d.documents.length, 'document')} from <code>${esc(options.folder)}</code>${d.manifest ? `, schema ${esc(d.manifest.schema_version)}` : ''}. Facts link to their source lines.</p>`,
    `<nav class="toc" aria-label="Contents"><ul>${toc.map(([h, t]) => `<li><a href="${h}">${esc(t)}</a></li>`).join('')}</ul><details><summary class="small">Documents in detail (${docs.length})</summary><ul>${docToc}</ul></details></nav></header>`,
    `<main id="main" tabindex="-1">`,
    overview(m),
    problemsSection(m),
    documentsIndex(m),
    personsIndex(m),
    organizationsIndex(m),
    conflictsSection(m),
    positionsSection(m),
    peopleSection(m),
    docs.map((doc) => documentSection(m, doc)).join(''),
    '</main>',
    `<footer>Generated by wikidex from the datasets in <code>${esc(options.folder)}</code>. Static and self-contained: no scripts, no network. The same datasets and sources give the same page.</footer>`,
  ].join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">\n<meta name="referrer" content="no-referrer">\n<meta name="generator" content="wikidex">\n<title>wikidex report: ${plural(d.documents.length, 'document')}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

