import { z } from 'zod';

const line = z.number().int().positive();

/** A hand-checked fixture for one document (format: fixtures/README.md). */
export const Fixture = z.strictObject({
  doc_id: z.string().min(1),
  source: z.string(),
  notes: z.array(z.string()),
  title: z.string().nullable(),
  title_line: line.nullable(),
  infobox: z.array(z.strictObject({ key: z.string(), value: z.string(), line })),
  officials: z.array(z.strictObject({ name: z.string(), position: z.string().nullable(), line })),
  sections: z.array(z.strictObject({ level: z.number().int().positive(), heading: z.string(), path: z.array(z.string()), line })),
  tenures: z.array(
    z.strictObject({
      person: z.string(),
      native_name: z.string().nullable(),
      position: z.string().nullable(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      incumbent: z.boolean(),
      note: z.string().nullable(),
      ordinal: z.number().int().nonnegative().nullable(),
      line,
    }),
  ),
  dates: z.array(z.strictObject({ line, sentence: z.string(), text: z.string(), value: z.string(), kind: z.enum(['date', 'range']) })),
});
export type Fixture = z.infer<typeof Fixture>;

/** The fields the audit compares, per table; `line` pairs records that differ. */
export const COMPARED_FIELDS = {
  title: ['title', 'line'],
  infobox: ['key', 'value', 'line'],
  officials: ['name', 'position', 'line'],
  sections: ['level', 'heading', 'path', 'line'],
  tenures: ['person', 'native_name', 'position', 'start', 'end', 'incumbent', 'note', 'ordinal', 'line'],
  dates: ['line', 'sentence', 'value', 'kind'],
} as const;
export type AuditTable = keyof typeof COMPARED_FIELDS;
export const AUDIT_TABLES = Object.keys(COMPARED_FIELDS) as AuditTable[];
