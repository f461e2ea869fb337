/** One document: its audit, the facts extracted from it, and its source text with the facts highlighted. */
import type { DocumentRecord, ProblemRecord } from '../../schema/records.ts';
import { FACT_KINDS, factsOf, type Fact } from '../facts.ts';
import { esc, plural } from '../html.ts';
import type { SourceText } from '../load.ts';
import type { ReportModel } from '../model.ts';
import { renderSource } from '../source.ts';
import { auditBlock } from './audit-block.ts';
import { link, section } from './markup.ts';

/** The colour of each kind of fact, as in the source highlights. */
const SWATCH: Record<string, string> = { title: 'var(--hl-title)', infobox: 'var(--hl-key)', official: 'var(--hl-official)', heading: 'var(--hl-heading)', position: 'var(--hl-position)', tenure: 'var(--hl-tenure-date)', date: 'var(--hl-date)', mention: 'var(--hl-mention)', problem: '#d4a017', conflict: 'var(--bad)' };

/** The facts of one document, from the rows of every table that belong to it. */
function documentFacts(m: ReportModel, doc: DocumentRecord, source: SourceText): Fact[] {
  const d = m.data;
  const of = <T extends { doc_id: string }>(rows: T[] | null): T[] => (rows ?? []).filter((r) => r.doc_id === doc.doc_id);
  return factsOf({
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
}

function factItem(m: ReportModel, docId: string, f: Fact): string {
  const inner = `<span class="lnum">L${f.line}</span> <span class="body"><span class="what">${esc(f.text)}</span>${f.detail ? ` <span class="detail">${esc(f.detail)}</span>` : ''}</span>`;
  const other = f.other ? ` ${link(m.href(f.other.doc_id, f.other.line), `other source: ${esc(f.other.doc_id)}:${f.other.line}`, ' class="small"')}` : '';
  return `<li class="fact f-${f.kind}">${link(m.href(docId, f.line), inner)}${other}</li>`;
}

/** The facts grouped by kind, each group a disclosure. */
function factsPanel(m: ReportModel, doc: DocumentRecord, title: string, facts: readonly Fact[]): string {
  const parts = [`<div class="facts" role="region" aria-label="${esc(`Facts extracted from ${title}`)}" tabindex="-1"><h3>Extracted facts</h3>`];
  for (const { kind, label } of FACT_KINDS) {
    const list = facts.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    parts.push(`<details open class="group-${kind}"><summary><span class="swatch" style="background:${SWATCH[kind]}"></span>${esc(label)} (${list.length})</summary><ul>${list.map((f) => factItem(m, doc.doc_id, f)).join('')}</ul></details>`);
  }
  if (facts.length === 0) parts.push('<p class="muted">No facts extracted.</p>');
  parts.push('</div>');
  return parts.join('');
}

export function documentSection(m: ReportModel, doc: DocumentRecord): string {
  const slug = m.docSlug.get(doc.doc_id)!;
  const source = m.data.sources.get(doc.doc_id) ?? { ok: false as const, reason: 'source not read' };
  const facts = documentFacts(m, doc, source);
  const title = doc.title ?? doc.doc_id;
  const parts = [`<p class="small muted">Document <code>${esc(doc.doc_id)}</code> · source <code>${esc(doc.source)}</code> · ${plural(doc.lines, 'line')} · ${doc.bytes} bytes · sha256 <code>${esc(doc.sha256.slice(0, 12))}…</code></p>`];
  if (!source.ok) parts.push(`<p class="note bad">${esc(source.reason)}: the facts are listed without their text.</p>`);
  else if (!source.current) parts.push('<p class="note">The source file has changed since extraction (its sha256 differs): line numbers and highlights may not match. Run <code>wikidex extract</code> again.</p>');
  parts.push(auditBlock(m, doc));
  parts.push('<div class="doc-grid">');
  parts.push(factsPanel(m, doc, title, facts));
  parts.push(`<div class="source"><h3>Source text</h3>${source.ok ? renderSource(slug, title, source.lines, facts) : '<p class="muted">Not available.</p>'}</div>`);
  parts.push('</div>');
  return section(`doc-${esc(slug)}`, esc(title), parts.join(''), { className: 'document' });
}
