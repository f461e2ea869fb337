import type { Root } from 'mdast';
import type { SourceDocument } from '../read/index.ts';
import type { DocumentRecord, InfoboxRecord, OfficialRecord, SectionRecord, TenureRecord, DateRecord } from '../schema/records.ts';
import { extractInfobox } from './infobox.ts';
import type { Problem } from './problem.ts';
import { extractSections } from './sections.ts';
import { extractTitle } from './title.ts';
import { extractTenures } from './tenures/index.ts';
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
  tenures: TenureRecord[];
  dates: DateRecord[];
  /** Prose paragraphs, kept for cross-document work (entity mentions); not a table. */
  prose: ProseBlock[];
  problems: Problem[];
}

const countLines = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** Runs every extractor over one parsed document. */
export function extractDocument(doc: SourceDocument, tree: Root): DocumentExtraction {
  const doc_id = doc.docId;
  const title = extractTitle(tree);
  const infobox = extractInfobox(tree);
  const sections = extractSections(tree, title.line);
  const tenures = extractTenures(tree, doc.text);
  const prose = extractProse(tree, doc.text, title.line);
  const dates = extractDates(prose, locator(lineStarts(doc.text)));
  return {
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
    officials: infobox.officials.map((o, i) => ({ doc_id, ordinal: i + 1, group: o.group, name: o.name, position: o.position, line: o.line })),
    sections: sections.map((s) => ({ doc_id, level: s.level, heading: s.heading, path: s.path, line: s.line })),
    tenures: tenures.tenures.map((t) => ({ doc_id, ...t })),
    dates: dates.map((d) => ({ doc_id, ...d })),
    prose,
    problems: [...title.problems, ...infobox.problems, ...tenures.problems],
  };
}
