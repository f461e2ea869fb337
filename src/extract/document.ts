import type { Root } from 'mdast';
import type { SourceDocument } from '../read/index.ts';
import type { DocumentRecord, InfoboxRecord, OfficialRecord, SectionRecord, DateRecord } from '../schema/records.ts';
import { extractInfobox } from './infobox.ts';
import type { Problem } from './problem.ts';
import { extractSections } from './sections.ts';
import { extractTitle } from './title.ts';
import { extractTenures, type Tenure } from './tenures/index.ts';
import { extractDates } from './dates/index.ts';
import { lineStarts } from '../parse/index.ts';
import { extractProse, type ProseBlock } from './prose.ts';
import { locator } from './source-text.ts';

/** Everything extracted from one document: its rows of each per-document table. */
export interface DocumentExtraction {
  document: DocumentRecord;
  infobox: InfoboxRecord[];
  officials: OfficialRecord[];
  sections: SectionRecord[];
  /** Leader-list tenures; reconcile adds `person_id` and `organization_id`. */
  tenures: (Tenure & { doc_id: string })[];
  dates: DateRecord[];
  /** Prose paragraphs, kept for cross-document work (entity mentions); not a table. */
  prose: ProseBlock[];
  problems: Problem[];
}

/**
 * Records repeat text: every date carries its sentence, every section and date its heading path,
 * every tenure its `; Header`. A hostile document (a 2 MB sentence with 400,000 years in it, a
 * 2 MB heading above 100,000 dated lines) would multiply into gigabytes of output. Real documents
 * hold about 1 character of record text per character of source; past this budget the document's
 * records are left out and the problem is reported.
 */
export const OUTPUT_BUDGET = { perSourceChar: 16, extra: 1 << 20 };

const textSize = (value: unknown): number => {
  if (typeof value === 'string') return value.length;
  if (!Array.isArray(value)) return 0;
  let n = 0;
  for (const item of value) n += typeof item === 'string' ? item.length : 0;
  return n;
};

type BudgetedTable = 'infobox' | 'officials' | 'sections' | 'tenures' | 'dates';
const BUDGETED: readonly BudgetedTable[] = ['infobox', 'officials', 'sections', 'tenures', 'dates'];

/** The problem to report when the records and messages of a document hold more text than the budget allows, else null. */
export function overBudget(extraction: Pick<DocumentExtraction, BudgetedTable | 'problems'>, sourceChars: number): Problem | null {
  const budget = OUTPUT_BUDGET.perSourceChar * sourceChars + OUTPUT_BUDGET.extra;
  let total = 0;
  for (const p of extraction.problems) total += p.message.length;
  let crossing: { table: string; field: string; chars: number; line: number | null; column: number | null } | null = null;
  for (const table of BUDGETED) {
    for (const record of extraction[table] as readonly Record<string, unknown>[]) {
      let field = '';
      let longest = -1;
      for (const [key, value] of Object.entries(record)) {
        const n = textSize(value);
        total += n;
        if (n > longest) [field, longest] = [key, n];
      }
      if (crossing === null && total > budget) {
        const line = typeof record.line === 'number' ? record.line : null;
        const column = typeof record.column === 'number' ? record.column : null;
        crossing = { table, field, chars: longest, line, column };
      }
    }
  }
  if (crossing === null) return null;
  const fmt = (n: number): string => n.toLocaleString('en-US');
  return {
    severity: 'error',
    code: 'output-too-large',
    line: crossing.line,
    column: crossing.column,
    message:
      `the records of this document would hold ${fmt(total)} characters of text, over the limit of ${fmt(budget)} ` +
      `(${OUTPUT_BUDGET.perSourceChar} per source character + ${fmt(OUTPUT_BUDGET.extra)}), because ${crossing.table} records repeat ` +
      `a ${crossing.field} of ${fmt(crossing.chars)} characters; its infobox, officials, sections, tenures and dates records are left out. ` +
      `Break the long text here into sentences, lines or paragraphs`,
  };
}

const countLines = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** Runs every extractor over one parsed document. */
export function extractDocument(doc: SourceDocument, tree: Root): DocumentExtraction {
  const doc_id = doc.docId;
  const title = extractTitle(tree);
  const infobox = extractInfobox(tree);
  const sections = extractSections(tree, title.line);
  const tenures = extractTenures(tree, doc.text);
  const prose = extractProse(tree, doc.text, title.line, new Set(tenures.entryParagraphs));
  const dateProblems: Problem[] = [];
  const dates = extractDates(prose, locator(lineStarts(doc.text)), dateProblems);
  const extraction: DocumentExtraction = {
    document: {
      doc_id,
      source: doc.source,
      title: title.title,
      title_line: title.line,
      sha256: doc.sha256,
      bytes: doc.bytes,
      lines: countLines(doc.text),
      has_infobox: infobox.present,
    },
    infobox: infobox.fields.map((f) => ({ doc_id, key: f.key, value: f.value, line: f.line })),
    officials: infobox.officials.map((o, i) => ({ doc_id, ordinal: i + 1, group: o.group, name: o.name, native_name: o.nativeName, position: o.position, line: o.line })),
    sections: sections.map((s) => ({ doc_id, level: s.level, heading: s.heading, path: s.path, line: s.line })),
    tenures: tenures.tenures.map((t) => ({ doc_id, ...t })),
    dates: dates.map((d) => ({ doc_id, ...d })),
    prose,
    problems: [...title.problems, ...infobox.problems, ...tenures.problems, ...dateProblems],
  };
  const tooLarge = overBudget(extraction, doc.text.length);
  if (tooLarge === null) return extraction;
  return { ...extraction, infobox: [], officials: [], sections: [], tenures: [], dates: [], problems: [tooLarge] };
}
