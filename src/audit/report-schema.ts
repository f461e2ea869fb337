import { z } from 'zod';

const Scores = z.object({
  expected: z.number().int().nonnegative(),
  actual: z.number().int().nonnegative(),
  matched: z.number().int().nonnegative(),
  precision: z.number().min(0).max(1),
  recall: z.number().min(0).max(1),
  f1: z.number().min(0).max(1),
});

const Difference = z.object({
  table: z.string(),
  doc_id: z.string(),
  line: z.number().int().nullable(),
  kind: z.enum(['missing', 'extra', 'changed']),
  fields: z.array(z.object({ field: z.string(), expected: z.unknown(), actual: z.unknown() })),
  expected: z.record(z.string(), z.unknown()).nullable(),
  actual: z.record(z.string(), z.unknown()).nullable(),
});

/** The machine-readable audit report (`audit --format json`). */
export const AuditReport = z.object({
  pass: z.boolean(),
  min_f1: z.number().nullable(),
  fixtures: z.string(),
  documents_audited: z.array(z.string()),
  documents_without_fixture: z.array(z.string()),
  fixtures_without_document: z.array(z.string()),
  tables: z.record(z.string(), Scores),
  differences: z.array(Difference),
  errors: z.array(z.object({ file: z.string(), line: z.number().int().nullable(), message: z.string() })),
});
export type AuditReport = z.infer<typeof AuditReport>;
export type Difference = z.infer<typeof Difference>;
export type Scores = z.infer<typeof Scores>;
