/**
 * Reads the datasets of an output folder for the report: the core tables
 * (validated with their zod schemas), the reconcile tables when they are there
 * (validated with their own schemas when `src/schema/reconcile-records.ts` or
 * `TABLES` provides them), errors.json, the manifest, and each document's
 * source text. Nothing here throws for a missing or broken optional file: it
 * becomes a note on the page and the section that needed it is left out.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { decodeDocument, sha256Of } from '../read/index.ts';
import { DateRecord, DocumentRecord, InfoboxRecord, OfficialRecord, ProblemRecord, SectionRecord, TenureRecord } from '../schema/records.ts';
import { TABLES } from '../schema/tables.ts';

/** A tenure as the report reads it: `person_id` / `organization_id` once reconciliation adds them. */
export const ReportTenure = TenureRecord.extend({
  person_id: z.string().nullable().optional(),
  organization_id: z.string().nullable().optional(),
});
export type ReportTenure = z.infer<typeof ReportTenure>;

const optionalLine = z.number().int().positive().nullable().optional().catch(null);

/** The fields of `entities` the report uses (lenient: the reconcile schema is the authority). */
export const ReportEntity = z.object({
  id: z.string().min(1),
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).optional().catch([]),
  native_names: z.array(z.string()).optional().catch([]),
  documents: z.union([z.number(), z.array(z.string())]).nullable().optional().catch(null),
  homonym: z.boolean().nullable().optional().catch(null),
});
export type ReportEntity = z.infer<typeof ReportEntity>;

export const ReportMention = z.object({
  entity_id: z.string(),
  doc_id: z.string(),
  line: z.number().int().positive(),
  column: optionalLine,
  text: z.string(),
  source: z.string().nullable().optional().catch(null),
});
export type ReportMention = z.infer<typeof ReportMention>;

export const ReportConflict = z.object({
  kind: z.string(),
  entity_id: z.string().nullable().optional().catch(null),
  doc_id: z.string().nullable().optional().catch(null),
  line: optionalLine,
  other_doc_id: z.string().nullable().optional().catch(null),
  other_line: optionalLine,
  message: z.string().nullable().optional().catch(null),
});
export type ReportConflict = z.infer<typeof ReportConflict>;

const Manifest = z.object({
  schema_version: z.string(),
  generator: z.string().optional(),
  inputs: z.array(z.object({ doc_id: z.string().nullable(), source: z.string(), sha256: z.string().nullable(), bytes: z.number().nullable(), status: z.string() })),
  tables: z.record(z.string(), z.number()),
  errors: z.number(),
  warnings: z.number(),
});
export type Manifest = z.infer<typeof Manifest>;

/** Something the report noticed while reading its inputs (shown on the page, never fatal). */
export interface LoadNote {
  file: string;
  message: string;
}

export type SourceText =
  | { ok: true; lines: string[]; /** false when the file changed since extraction: lines may not match */ current: boolean }
  | { ok: false; reason: string };

export interface ReportData {
  manifest: Manifest | null;
  documents: DocumentRecord[];
  infobox: InfoboxRecord[];
  officials: OfficialRecord[];
  sections: SectionRecord[];
  tenures: ReportTenure[];
  dates: DateRecord[];
  problems: ProblemRecord[];
  /** null: the reconcile stage's table is not in the folder. */
  entities: ReportEntity[] | null;
  mentions: ReportMention[] | null;
  conflicts: ReportConflict[] | null;
  sources: Map<string, SourceText>;
  notes: LoadNote[];
}

/** The output folder has no datasets to report on. */
export class MissingDatasetsError extends Error {}

interface Validator {
  safeParse: (value: unknown) => { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

const isValidator = (value: unknown): value is Validator =>
  typeof value === 'object' && value !== null && 'safeParse' in value && typeof value.safeParse === 'function';

const issuesText = (issues: { path: PropertyKey[]; message: string }[]): string =>
  issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`).join('; ') + (issues.length > 3 ? '; …' : '');

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** The zod schemas of the reconcile tables, from `TABLES` or `src/schema/reconcile-records.ts`, when they exist. */
async function reconcileSchemas(notes: LoadNote[]): Promise<Record<'entities' | 'mentions' | 'conflicts', Validator | null>> {
  const found: Record<'entities' | 'mentions' | 'conflicts', Validator | null> = { entities: null, mentions: null, conflicts: null };
  const registered: Record<string, { schema: unknown } | undefined> = TABLES;
  for (const name of ['entities', 'mentions', 'conflicts'] as const) {
    const schema = registered[name]?.schema;
    if (isValidator(schema)) found[name] = schema;
  }
  const file = new URL('../schema/reconcile-records.ts', import.meta.url);
  if (Object.values(found).every((v) => v !== null) || !(await exists(fileURLToPath(file)))) return found;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(file.href)) as Record<string, unknown>;
  } catch (error) {
    notes.push({ file: 'src/schema/reconcile-records.ts', message: `could not be loaded (${error instanceof Error ? error.message : String(error)}); reconcile tables checked with the report's own field list only` });
    return found;
  }
  const pick = (preferred: string[], pattern: RegExp): Validator | null => {
    for (const name of preferred) if (isValidator(mod[name])) return mod[name];
    for (const name of Object.keys(mod).sort()) if (pattern.test(name) && isValidator(mod[name])) return mod[name];
    return null;
  };
  found.entities ??= pick(['EntityRecord', 'Entity', 'EntitySchema'], /^entit/i);
  found.mentions ??= pick(['MentionRecord', 'Mention', 'MentionSchema'], /^mention/i);
  found.conflicts ??= pick(['ConflictRecord', 'Conflict', 'ConflictSchema'], /^conflict/i);
  return found;
}

type Read = { kind: 'missing' } | { kind: 'broken'; message: string } | { kind: 'ok'; value: unknown };

async function readJson(file: string): Promise<Read> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'broken', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Records of one table: each checked with `authority` (the stage's own schema)
 * when given, then read with `view`; a failing record is left out with a note.
 */
async function readTable<T>(dir: string, name: string, view: z.ZodType<T>, authority: Validator | null, notes: LoadNote[]): Promise<T[] | null> {
  const file = `${name}.json`;
  const read = await readJson(path.join(dir, file));
  if (read.kind === 'missing') return null;
  if (read.kind === 'broken') {
    notes.push({ file, message: `${read.message}; left out of the report` });
    return null;
  }
  if (!Array.isArray(read.value)) {
    notes.push({ file, message: 'is not a JSON array; left out of the report' });
    return null;
  }
  const rows: T[] = [];
  let dropped = 0;
  let first = '';
  for (const [i, record] of read.value.entries()) {
    const checked = authority?.safeParse(record);
    if (checked && !checked.success) {
      dropped++;
      first ||= `record ${i}: ${issuesText(checked.error.issues)}`;
      continue;
    }
    const parsed = view.safeParse(record);
    if (!parsed.success) {
      dropped++;
      first ||= `record ${i}: ${issuesText(parsed.error.issues)}`;
      continue;
    }
    rows.push(parsed.data);
  }
  if (dropped > 0) notes.push({ file, message: `${dropped} of ${read.value.length} records failed the schema and were left out (first: ${first})` });
  return rows;
}

/** The decoded lines of a document's source file, as the extractor numbered them. */
export async function readSource(doc: DocumentRecord, cwd: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, doc.source));
  } catch {
    return { ok: false, reason: `source file ${doc.source} not found` };
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { ok: false, reason: `source file ${doc.source} cannot be decoded: ${decoded.error.message}` };
  const lines = decoded.text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { ok: true, lines, current: sha256Of(bytes) === doc.sha256 };
}

/** Loads everything the report shows from the output folder `dir`; sources are resolved against `cwd`. */
export async function loadReportData(dir: string, cwd: string, shownAs: string = dir): Promise<ReportData> {
  const notes: LoadNote[] = [];
  const documents = await readTable(dir, 'documents', DocumentRecord, null, notes);
  if (documents === null) throw new MissingDatasetsError(`no datasets in ${shownAs}: documents.json is missing or unreadable (run \`wikidex extract --out ${shownAs}\` first)`);
  const core = async <T>(name: string, schema: z.ZodType<T>): Promise<T[]> => {
    const rows = await readTable(dir, name, schema, null, notes);
    if (rows === null && !notes.some((n) => n.file === `${name}.json`)) notes.push({ file: `${name}.json`, message: 'is missing; shown as empty' });
    return rows ?? [];
  };
  const manifestRead = await readJson(path.join(dir, 'manifest.json'));
  let manifest: Manifest | null = null;
  if (manifestRead.kind === 'ok') {
    const parsed = Manifest.safeParse(manifestRead.value);
    if (parsed.success) manifest = parsed.data;
    else notes.push({ file: 'manifest.json', message: `does not match the manifest format: ${issuesText(parsed.error.issues)}` });
  } else notes.push({ file: 'manifest.json', message: manifestRead.kind === 'missing' ? 'is missing' : manifestRead.message });
  const schemas = await reconcileSchemas(notes);
  const data: ReportData = {
    manifest,
    documents,
    infobox: await core('infobox', InfoboxRecord),
    officials: await core('officials', OfficialRecord),
    sections: await core('sections', SectionRecord),
    tenures: await core('tenures', ReportTenure),
    dates: await core('dates', DateRecord),
    problems: await core('errors', ProblemRecord),
    entities: await readTable(dir, 'entities', ReportEntity, schemas.entities, notes),
    mentions: await readTable(dir, 'mentions', ReportMention, schemas.mentions, notes),
    conflicts: await readTable(dir, 'conflicts', ReportConflict, schemas.conflicts, notes),
    sources: new Map(),
    notes,
  };
  for (const doc of documents) data.sources.set(doc.doc_id, await readSource(doc, cwd));
  return data;
}
