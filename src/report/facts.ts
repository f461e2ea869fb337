/**
 * The facts of one document located in its source text: what each extractor
 * found, on which line, and which characters of the line to highlight.
 */
import type { ReportConflict, ReportEntity, ReportMention, ReportTenure } from './load.ts';
import type { DateRecord, InfoboxRecord, OfficialRecord, ProblemRecord, SectionRecord } from '../schema/records.ts';

export type FactKind = 'title' | 'infobox' | 'official' | 'heading' | 'position' | 'tenure' | 'date' | 'mention' | 'problem' | 'conflict';

export const FACT_KINDS: readonly { kind: FactKind; label: string }[] = [
  { kind: 'problem', label: 'Errors and warnings' },
  { kind: 'conflict', label: 'Conflicts' },
  { kind: 'title', label: 'Title' },
  { kind: 'infobox', label: 'Infobox' },
  { kind: 'official', label: 'Infobox officials' },
  { kind: 'heading', label: 'Headings' },
  { kind: 'position', label: 'Leader lists (positions)' },
  { kind: 'tenure', label: 'Tenures' },
  { kind: 'date', label: 'Dates in prose' },
  { kind: 'mention', label: 'Entity mentions' },
];

/** Characters [start, end) of a line (0-based UTF-16 offsets) to mark with a class. */
export interface Range {
  start: number;
  end: number;
  cls: string;
  title: string;
}

export interface Fact {
  kind: FactKind;
  line: number;
  /** What the fact says, as plain text (escaped when rendered). */
  text: string;
  /** Secondary text: normalised value, position, precision… */
  detail: string | null;
  ranges: Range[];
  /** Another place this fact points to (a conflict's other side). */
  other: { doc_id: string; line: number } | null;
}

/** Finds `needle` in `line` at the 1-based `column` if it is there, else its first occurrence at or after `from`. */
function locate(line: string, needle: string, column: number | null, from = 0): number {
  if (needle === '') return -1;
  if (column !== null && line.startsWith(needle, column - 1)) return column - 1;
  return line.indexOf(needle, from);
}

function range(line: string | undefined, needle: string | null, cls: string, title: string, column: number | null = null, from = 0): Range | null {
  if (line === undefined || needle === null) return null;
  const at = locate(line, needle, column, from);
  return at === -1 ? null : { start: at, end: at + needle.length, cls, title };
}

const wholeLine = (line: string | undefined, cls: string, title: string): Range[] => {
  if (line === undefined) return [];
  const start = line.length - line.trimStart().length;
  const end = line.trimEnd().length;
  return end > start ? [{ start, end, cls, title }] : [];
};

const present = <T>(values: (T | null)[]): T[] => values.filter((v): v is T => v !== null);

export function tenureDates(t: ReportTenure): string {
  const start = t.start_text ?? t.start ?? '?';
  if (!t.incumbent && t.end === t.start && (t.end_text === null || t.end_text === t.start_text)) return start;
  const end = t.end_text ?? (t.incumbent ? 'present' : (t.end ?? '?'));
  return `${start} – ${end}`;
}

export interface DocumentInput {
  doc_id: string;
  title: string | null;
  title_line: number | null;
  lines: string[] | null;
  infobox: InfoboxRecord[];
  officials: OfficialRecord[];
  sections: SectionRecord[];
  tenures: ReportTenure[];
  dates: DateRecord[];
  mentions: ReportMention[];
  problems: ProblemRecord[];
  conflicts: ReportConflict[];
  entities: Map<string, ReportEntity>;
}

/** Every fact of a document, in line order (then column, then kind). */
export function factsOf(doc: DocumentInput): Fact[] {
  const line = (n: number): string | undefined => doc.lines?.[n - 1];
  const facts: Fact[] = [];
  if (doc.title !== null && doc.title_line !== null) {
    const r = range(line(doc.title_line), doc.title, 'hl-title', 'title');
    facts.push({ kind: 'title', line: doc.title_line, text: doc.title, detail: null, ranges: r ? [r] : wholeLine(line(doc.title_line), 'hl-title', 'title'), other: null });
  }
  for (const r of doc.infobox) {
    const text = line(r.line);
    const key = range(text, r.key, 'hl-key', `infobox key "${r.key}"`);
    const value = range(text, r.value, 'hl-value', `infobox value of "${r.key}"`, null, key ? key.end : 0);
    facts.push({ kind: 'infobox', line: r.line, text: `${r.key}: ${r.value}`, detail: null, ranges: present([key, value]), other: null });
  }
  for (const r of doc.officials) {
    const text = line(r.line);
    const colon = text?.indexOf(': ') ?? -1;
    const name = range(text, r.name, 'hl-official', `infobox official ${r.group}`, null, colon === -1 ? 0 : colon);
    facts.push({ kind: 'official', line: r.line, text: r.name, detail: [r.position, r.group].filter(Boolean).join(' · '), ranges: present([name]), other: null });
  }
  for (const r of doc.sections) {
    const h = range(line(r.line), r.heading, 'hl-heading', `heading, level ${r.level}`);
    facts.push({ kind: 'heading', line: r.line, text: `${'='.repeat(r.level)} ${r.heading}`, detail: r.path.length > 0 ? `in ${r.path.join(' › ')}` : null, ranges: h ? [h] : wholeLine(line(r.line), 'hl-heading', 'heading'), other: null });
  }
  const positions = new Map<number, { name: string; count: number }>();
  for (const t of doc.tenures) {
    if (t.position_line === null || t.position === null) continue;
    const p = positions.get(t.position_line) ?? { name: t.position, count: 0 };
    p.count++;
    positions.set(t.position_line, p);
  }
  for (const [at, p] of positions) {
    const r = range(line(at), p.name, 'hl-position', 'position of the leader list below');
    facts.push({ kind: 'position', line: at, text: p.name, detail: `${p.count} ${p.count === 1 ? 'tenure' : 'tenures'}`, ranges: present([r]), other: null });
  }
  // Several spans of one entry share a line: find each one's dates after the previous span's.
  const cursor = new Map<number, number>();
  for (const t of doc.tenures) {
    const text = line(t.line);
    const person = range(text, t.person, 'hl-person', `tenure: ${t.person}`, t.column);
    const from = Math.max(cursor.get(t.line) ?? 0, person?.end ?? 0);
    const start = range(text, t.start_text, 'hl-tenure-date', `tenure start ${t.start ?? '?'}`, null, from);
    const end = range(text, t.end_text, 'hl-tenure-date', t.incumbent ? 'open end (incumbent)' : `tenure end ${t.end ?? '?'}`, null, start?.end ?? from);
    cursor.set(t.line, Math.max(from, end?.end ?? start?.end ?? from));
    const edtf = `${t.start ?? '?'} → ${t.incumbent ? 'open' : (t.end ?? '?')}`;
    facts.push({
      kind: 'tenure',
      line: t.line,
      text: `${t.person} — ${tenureDates(t)}`,
      detail: [t.position, edtf, t.note ? `note: ${t.note}` : null, t.flagged ? 'flagged (see warnings)' : null].filter(Boolean).join(' · '),
      ranges: present([t.span === 1 ? person : null, start, end]),
      other: null,
    });
  }
  for (const d of doc.dates) {
    const r = range(line(d.line), d.text, 'hl-date', `${d.kind} ${d.value} (${d.precision})`, d.column);
    facts.push({ kind: 'date', line: d.line, text: d.text, detail: `${d.value} · ${d.precision}${d.kind === 'range' ? ' · range' : ''}`, ranges: present([r]), other: null });
  }
  for (const m of doc.mentions) {
    const entity = doc.entities.get(m.entity_id);
    const r = range(line(m.line), m.text, 'hl-mention', `mention of ${entity?.name ?? m.entity_id}`, m.column ?? null);
    facts.push({ kind: 'mention', line: m.line, text: m.text, detail: [entity ? `${entity.name} (${entity.type})` : m.entity_id, m.source].filter(Boolean).join(' · '), ranges: present([r]), other: null });
  }
  for (const p of doc.problems) {
    if (p.line === null) continue;
    facts.push({ kind: 'problem', line: p.line, text: `${p.severity} [${p.code}]`, detail: p.message, ranges: [], other: null });
  }
  for (const c of doc.conflicts) {
    const here = c.doc_id === doc.doc_id && c.line != null ? c.line : c.other_doc_id === doc.doc_id && c.other_line != null ? c.other_line : null;
    if (here === null) continue;
    const other = c.doc_id === doc.doc_id && c.line === here ? (c.other_doc_id != null && c.other_line != null ? { doc_id: c.other_doc_id, line: c.other_line } : null) : c.doc_id != null && c.line != null ? { doc_id: c.doc_id, line: c.line } : null;
    facts.push({ kind: 'conflict', line: here, text: c.kind, detail: [c.message, c.entity_id].filter(Boolean).join(' · '), ranges: [], other });
  }
  const order = new Map(FACT_KINDS.map((k, i) => [k.kind, i]));
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.line - b.f.line || (a.f.ranges[0]?.start ?? 0) - (b.f.ranges[0]?.start ?? 0) || order.get(a.f.kind)! - order.get(b.f.kind)! || a.i - b.i)
    .map(({ f }) => f);
}
