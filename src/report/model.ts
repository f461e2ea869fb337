/**
 * What the page shows, computed from the datasets: slugs, people, positions,
 * organizations, the "today" of the data, and a timeline spec per position
 * and per person. Deterministic: everything is ordered by id, line or name.
 */
import type { AuditResults } from './audit.ts';
import { parseEdtf, type Bounds, type Precision } from './edtf.ts';
import { tenureDates } from './facts.ts';
import { SlugRegistry, byText, slugify } from './html.ts';
import type { ReportData, ReportEntity, ReportMention, ReportTenure } from './load.ts';
import type { OfficialRecord } from '../schema/records.ts';
import { domainOf, type TimelineBar, type TimelineRow, type TimelineSpec } from './timeline.ts';
import { lineId } from './source.ts';
import { formatDay, formatMonth } from './edtf.ts';

export interface Person {
  key: string;
  slug: string;
  name: string;
  entity: ReportEntity | null;
  tenures: ReportTenure[];
  officials: OfficialRecord[];
  mentions: ReportMention[];
  documents: string[];
  timeline: TimelineSpec | null;
}

export interface Position {
  key: string;
  slug: string;
  doc_id: string;
  name: string;
  line: number | null;
  tenures: ReportTenure[];
  timeline: TimelineSpec;
}

export interface Organization {
  key: string;
  name: string;
  entity: ReportEntity | null;
  /** Documents that name it: the document itself when derived from titles. */
  documents: string[];
  mentions: number;
  tenures: number;
}

export interface ReportModel {
  data: ReportData;
  audit: AuditResults | null;
  docSlug: Map<string, string>;
  /** The latest date in the data (right edge for open tenures); null when the data has no dates. */
  today: { day: number; label: string } | null;
  persons: Person[];
  positionsByDocument: Map<string, Position[]>;
  organizations: Organization[];
  /** False when organizations come from document titles (no reconcile stage output). */
  reconciled: boolean;
  /** Per tenure key (`doc:line:span`): conflict messages and warnings to mark. */
  marks: Map<string, { conflicts: string[]; warnings: string[] }>;
  /** The same report only differs in these inputs: shown in the footer. */
  href: (docId: string, line: number | null) => string | null;
  docTitle: (docId: string) => string;
}

export const normName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim();
export const tenureKey = (t: { doc_id: string; line: number; span: number }): string => `${t.doc_id}:${t.line}:${t.span}`;

function boundsOf(value: string | null): (Bounds & { precision: Precision }) | null {
  if (value === null) return null;
  const b = parseEdtf(value);
  if (!b || b.lo === null || b.hi === null) {
    if (b && (b.lo !== null || b.hi !== null)) {
      const day = (b.lo ?? b.hi)!;
      return { lo: day, hi: day + 1, precision: b.precision };
    }
    return null;
  }
  return { lo: b.lo, hi: b.hi, precision: b.precision };
}

function labelOf(value: string, precision: Precision, b: Bounds): string {
  if (precision === 'year') return value.replace(/[?~%]/g, '');
  if (precision === 'month') return formatMonth(b.lo);
  if (precision === 'day') return formatDay(b.lo);
  return value;
}

/** The latest day any date of the data reaches (tenure ends and starts, prose dates). */
export function latestDate(data: Pick<ReportData, 'tenures' | 'dates'>): { day: number; label: string } | null {
  let best: { day: number; label: string } | null = null;
  const consider = (value: string | null): void => {
    if (value === null) return;
    for (const part of value.split('/')) {
      const b = boundsOf(part === '..' || part === '' ? null : part);
      if (b && (best === null || b.hi > best.day)) best = { day: b.hi, label: labelOf(part, b.precision, b) };
    }
  };
  for (const t of data.tenures) {
    consider(t.start);
    consider(t.end);
  }
  for (const d of data.dates) consider(d.value);
  return best;
}

function precisionWords(t: ReportTenure): string {
  const s = t.start ? boundsOf(t.start)?.precision : undefined;
  const e = t.end ? boundsOf(t.end)?.precision : undefined;
  if (s && (e === undefined || e === s)) return `${s} precision`;
  return [s && `start to the ${s}`, e && `end to the ${e}`].filter(Boolean).join(', ');
}

export function buildModel(data: ReportData, audit: AuditResults | null): ReportModel {
  const docIds = data.documents.map((d) => d.doc_id).sort(byText);
  const docSlug = new Map<string, string>();
  const docSlugs = new SlugRegistry();
  for (const id of docIds) docSlug.set(id, docSlugs.take(slugify(id)));
  const titles = new Map(data.documents.map((d) => [d.doc_id, d.title ?? d.doc_id]));
  const lineCount = new Map([...data.sources].map(([id, s]) => [id, s.ok ? s.lines.length : 0]));
  const href = (docId: string, line: number | null): string | null => {
    const slug = docSlug.get(docId);
    if (slug === undefined || line === null || line > (lineCount.get(docId) ?? 0)) return null;
    return `#${lineId(slug, line)}`;
  };
  const docTitle = (docId: string): string => titles.get(docId) ?? docId;
  const today = latestDate(data);
  const todaySpec = today ?? { day: 0, label: 'none' };

  // Marks on tenures: reconciliation conflicts and warnings located on their line.
  const marks = new Map<string, { conflicts: string[]; warnings: string[] }>();
  const byLine = new Map<string, ReportTenure[]>();
  for (const t of data.tenures) {
    const k = `${t.doc_id}:${t.line}`;
    byLine.set(k, [...(byLine.get(k) ?? []), t]);
  }
  const mark = (docId: string | null | undefined, line: number | null | undefined, kind: 'conflicts' | 'warnings', message: string): void => {
    if (docId == null || line == null) return;
    for (const t of byLine.get(`${docId}:${line}`) ?? []) {
      const m = marks.get(tenureKey(t)) ?? { conflicts: [], warnings: [] };
      if (!m[kind].includes(message)) m[kind].push(message);
      marks.set(tenureKey(t), m);
    }
  };
  for (const c of data.conflicts ?? []) {
    const text = `${c.kind}${c.message ? `: ${c.message}` : ''}`;
    mark(c.doc_id, c.line, 'conflicts', text);
    mark(c.other_doc_id, c.other_line, 'conflicts', text);
  }
  for (const p of data.problems) if (p.doc_id !== null) mark(p.doc_id, p.line, 'warnings', `${p.severity} [${p.code}] ${p.message}`);

  const barOf = (t: ReportTenure, rowLabel: string): TimelineBar => {
    const m = marks.get(tenureKey(t));
    const start = boundsOf(t.start);
    const end = t.incumbent ? null : boundsOf(t.end);
    const openText = t.incumbent ? ` (open: drawn to the latest date in the data, ${todaySpec.label})` : '';
    const where = `line ${t.line} of ${docTitle(t.doc_id)}`;
    const title = `${rowLabel}: ${tenureDates(t)}${openText}. ${t.start ? precisionWords(t) : 'start not readable'}; ${where}${t.note ? `. Note: ${t.note}` : ''}${m && m.warnings.length > 0 ? `. ${m.warnings.join('. ')}` : ''}`;
    return { key: tenureKey(t), start, end, open: t.incumbent, dates: tenureDates(t), title, href: href(t.doc_id, t.line), flagged: t.flagged || (m?.warnings.length ?? 0) > 0, conflicts: m?.conflicts ?? [] };
  };

  // People: one per person_id, else per entity matched by a unique name, else per written name.
  const entities = data.entities ?? [];
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const personByName = new Map<string, string | null>();
  for (const e of entities.filter((e) => e.type === 'person')) {
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.native_names ?? [])]) {
      const k = normName(n);
      personByName.set(k, personByName.has(k) && personByName.get(k) !== e.id ? null : e.id);
    }
  }
  const personKey = (name: string, id: string | null | undefined): string => id ?? personByName.get(normName(name)) ?? `name:${normName(name)}`;
  const people = new Map<string, Person>();
  const personOf = (key: string, name: string): Person => {
    let p = people.get(key);
    if (!p) {
      const entity = entityById.get(key) ?? null;
      p = { key, slug: '', name: entity?.name ?? normName(name), entity, tenures: [], officials: [], mentions: [], documents: [], timeline: null };
      people.set(key, p);
    }
    return p;
  };
  for (const t of data.tenures) personOf(personKey(t.person, t.person_id), t.person).tenures.push(t);
  for (const o of data.officials) personOf(personKey(o.name, null), o.name).officials.push(o);
  for (const e of entities) if (e.type === 'person') personOf(e.id, e.name);
  for (const m of data.mentions ?? []) {
    const p = people.get(m.entity_id);
    if (p) p.mentions.push(m);
  }
  const persons = [...people.values()].sort((a, b) => byText(a.name, b.name) || byText(a.key, b.key));
  const personSlugs = new SlugRegistry();
  for (const p of persons) {
    p.slug = personSlugs.take(slugify(p.key.startsWith('name:') ? p.name : p.key.replace(/^person[/:]/, '')));
    p.documents = [...new Set([...p.tenures, ...p.officials, ...p.mentions].map((r) => r.doc_id))].sort(byText);
  }

  // Positions: one per leader list (document, governing header).
  const positionsByDocument = new Map<string, Position[]>();
  const positionSlugs = new SlugRegistry();
  for (const docId of docIds) {
    const groups = new Map<string, ReportTenure[]>();
    for (const t of data.tenures.filter((t) => t.doc_id === docId)) {
      const k = `${t.position_line ?? 0}|${t.position ?? ''}`;
      groups.set(k, [...(groups.get(k) ?? []), t]);
    }
    const positions: Position[] = [];
    for (const [k, tenures] of groups) {
      const first = tenures[0]!;
      const rows = new Map<string, TimelineRow>();
      for (const t of tenures) {
        const rk = personKey(t.person, t.person_id);
        const row = rows.get(rk) ?? { key: rk, label: t.person, sublabel: null, bars: [] };
        row.bars.push(barOf(t, t.person));
        rows.set(rk, row);
      }
      const name = first.position ?? '(no position heading)';
      const slug = positionSlugs.take(`pos-${docSlug.get(docId)}-${first.position_line ?? 0}`);
      positions.push({ key: `${docId}|${k}`, slug, doc_id: docId, name, line: first.position_line, tenures, timeline: { id: `tl-${slug}`, title: `Timeline: ${name} (${docTitle(docId)})`, rows: [...rows.values()], today: todaySpec, gaps: true, overlaps: true, overlapNoun: 'in office at the same time' } });
    }
    // The positions of one document share one time axis, so the lists can be read as one story.
    const domain = domainOf(positions.flatMap((p) => p.timeline.rows), todaySpec.day);
    if (domain) for (const p of positions) p.timeline.domain = domain;
    if (positions.length > 0) positionsByDocument.set(docId, positions);
  }

  // Person timelines: a row per (document, position), in order of start.
  for (const p of persons) {
    if (p.tenures.length === 0) continue;
    const rows = new Map<string, { row: TimelineRow; first: number; line: string }>();
    for (const t of p.tenures) {
      const rk = `${t.doc_id}|${t.position_line ?? 0}|${t.position ?? ''}`;
      const label = t.position ?? '(no position heading)';
      const several = new Set(p.tenures.map((x) => x.doc_id)).size > 1;
      const entry = rows.get(rk) ?? { row: { key: rk, label, sublabel: several ? docTitle(t.doc_id) : null, bars: [] }, first: Infinity, line: `${t.doc_id}:${String(t.line).padStart(9, '0')}` };
      entry.row.bars.push(barOf(t, `${p.name}, ${label}`));
      entry.first = Math.min(entry.first, boundsOf(t.start)?.lo ?? Infinity);
      rows.set(rk, entry);
    }
    const ordered = [...rows.values()].sort((a, b) => a.first - b.first || byText(a.line, b.line)).map((e) => e.row);
    p.timeline = { id: `tl-person-${p.slug}`, title: `Timeline of ${p.name}'s tenures`, rows: ordered, today: todaySpec, gaps: false, overlaps: true, overlapNoun: 'held at the same time' };
  }

  // Organizations: reconciled entities, else one per document (its subject).
  const organizations: Organization[] = [];
  const reconciled = data.entities !== null;
  if (reconciled) {
    for (const e of entities.filter((e) => e.type === 'organization')) {
      const mentions = (data.mentions ?? []).filter((m) => m.entity_id === e.id);
      const docs = new Set(mentions.map((m) => m.doc_id));
      const tenures = data.tenures.filter((t) => t.organization_id === e.id);
      for (const t of tenures) docs.add(t.doc_id);
      organizations.push({ key: e.id, name: e.name, entity: e, documents: [...docs].sort(byText), mentions: mentions.length, tenures: tenures.length });
    }
    organizations.sort((a, b) => byText(a.name, b.name) || byText(a.key, b.key));
  } else {
    for (const id of docIds) organizations.push({ key: id, name: docTitle(id), entity: null, documents: [id], mentions: 0, tenures: data.tenures.filter((t) => t.doc_id === id).length });
  }

  return { data, audit, docSlug, today, persons, positionsByDocument, organizations, reconciled, marks, href, docTitle };
}
