import { z } from 'zod';

/** Bumped on any change to a field of any table (see README, "Output contract"). */
export const SCHEMA_VERSION = '1.4.0';

const docId = z.string().min(1).describe('Document id: path below its input root, without .txt');
const line = z.number().int().positive().describe('1-based source line');
const column = z.number().int().positive().describe('1-based column (UTF-16 code units)');
const edtf = z.string().min(1).describe('EDTF date at the precision written');
const headingPath = z.array(z.string()).describe('Headings from the top level down');

export const DocumentRecord = z.object({
  doc_id: docId,
  source: z.string().describe('Input path, relative to the working directory, "/"-separated'),
  title: z.string().nullable(),
  title_line: line.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  lines: z.number().int().nonnegative(),
  has_infobox: z.boolean(),
});

export const InfoboxRecord = z.object({
  doc_id: docId,
  key: z.string().describe('Key exactly as written (never used as an object key)'),
  value: z.string().describe('Text after the first ": ", trimmed'),
  line,
});

export const OfficialRecord = z.object({
  doc_id: docId,
  ordinal: z.number().int().positive().describe('Order among the document officials'),
  group: z.string().describe('Infobox group prefix, e.g. "Chief1", "Minister1", "Leader"'),
  name: z.string(),
  native_name: z.string().nullable().describe('A bracket after the name in another script, e.g. "王毅" in "Wang Yi (王毅)"'),
  position: z.string().nullable(),
  line: line.describe('Line of the name field'),
});

export const SectionRecord = z.object({
  doc_id: docId,
  level: z.number().int().min(1).describe('Number of "=" around the heading'),
  heading: z.string(),
  path: headingPath.describe('Ancestor headings, outermost first (not the title, not this heading)'),
  line,
});

export const TenureRecord = z.object({
  doc_id: docId,
  person: z.string(),
  person_id: z.string().nullable().describe('Entity id of the person (entities table), set by the reconcile stage; null when the entry names nobody'),
  native_name: z.string().nullable(),
  position: z.string().nullable().describe('Governing "; Header" text, else nearest heading'),
  position_line: line.nullable(),
  organization_id: z.string().nullable().describe('Entity id of the body the position names ("Director of the X Office" → X Office), set by the reconcile stage; null when it names none'),
  start: edtf.nullable(),
  end: edtf.nullable(),
  start_text: z.string().nullable(),
  end_text: z.string().nullable(),
  incumbent: z.boolean().describe('Open end: Incumbent, present, or a trailing dash'),
  note: z.string().nullable(),
  ordinal: z.number().int().nonnegative().nullable().describe('Number written before an ordered entry'),
  span: z.number().int().positive().describe('1-based index of the span within its entry'),
  line,
  column,
  flagged: z.boolean().describe('A problem was reported for this span (see errors.json)'),
});

export const DateRecord = z.object({
  doc_id: docId,
  section: headingPath.describe('Section path of the sentence, innermost last; [] before any heading'),
  line,
  column,
  sentence: z.string(),
  text: z.string().describe('Date expression as written'),
  value: edtf,
  precision: z.enum(['decade', 'year', 'month', 'day', 'half', 'quarter', 'season']),
  kind: z.enum(['date', 'range']),
});

export const ProblemRecord = z.object({
  file: z.string(),
  doc_id: docId.nullable(),
  line: line.nullable(),
  column: column.nullable(),
  severity: z.enum(['error', 'warning']),
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  message: z.string(),
});

export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type InfoboxRecord = z.infer<typeof InfoboxRecord>;
export type OfficialRecord = z.infer<typeof OfficialRecord>;
export type SectionRecord = z.infer<typeof SectionRecord>;
export type TenureRecord = z.infer<typeof TenureRecord>;
export type DateRecord = z.infer<typeof DateRecord>;
export type ProblemRecord = z.infer<typeof ProblemRecord>;
