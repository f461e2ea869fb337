import { z } from 'zod';

/**
 * Records of the corpus-level tables written by the reconcile stage (`src/reconcile/`):
 * `entities`, `mentions`, `conflicts`. They need every document, so they are not in
 * `DOCUMENT_TABLES`. Field names are snake_case, like the per-document tables.
 */

const docId = z.string().min(1).describe('Document id: path below its input root, without .txt');
const line = z.number().int().positive().describe('1-based source line');
const column = z.number().int().positive().describe('1-based column (UTF-16 code units)');
const entityId = z
  .string()
  .regex(/^(?:person|organization)\/\S+$/u)
  .describe('Entity id: "person/<slug>" or "organization/<slug>" (internal units "organization/<parent-slug>/<slug>"), see README "Reconciliation"');

/** One feature behind a reconciliation decision (W3C reconciliation API: `{ id, value }`). */
export const CandidateFeature = z.object({
  id: z.string().describe('Feature name, e.g. "name_equal", "name_folded_equal", "native_name_equal", "native_name_conflict"'),
  value: z.union([z.boolean(), z.number()]).describe('Feature value'),
});

/**
 * A reconciliation decision that was not certain, in the W3C reconciliation-API candidate shape:
 * the written name that was reconciled (`query`), the candidate entity, a score, whether it was
 * taken as a match, and the features behind the decision.
 */
export const Candidate = z.object({
  query: z.string().describe('The name as written that was reconciled'),
  id: entityId.describe('Candidate entity id'),
  name: z.string().describe('Candidate entity name'),
  score: z.number().min(0).max(1).describe('Confidence that query and candidate are the same entity (0..1)'),
  match: z.boolean().describe('True when the query was merged into the candidate; false when kept apart'),
  features: z.array(CandidateFeature).describe('Evidence behind the decision'),
});

export const EntityRecord = z.object({
  id: entityId,
  type: z.enum(['person', 'organization']).describe('Entity type'),
  name: z.string().min(1).describe('Canonical name (see README "Reconciliation" for how it is chosen)'),
  aliases: z.array(z.string()).describe('Other names written for this entity (sorted; never the canonical name)'),
  native_names: z.array(z.string()).describe('Names in the native script (sorted)'),
  documents: z.number().int().nonnegative().describe('Number of distinct documents with a mention of the entity'),
  homonym: z.boolean().describe('Another entity of the same type shares one of its normalised names (diacritics folded)'),
  candidates: z.array(Candidate).describe('Uncertain reconciliation decisions involving this entity (W3C reconciliation-API shape); [] when none'),
});

export const MentionRecord = z.object({
  entity_id: entityId,
  doc_id: docId,
  line,
  column,
  text: z.string().min(1).describe('The name as written at that place'),
  source: z
    .enum(['infobox', 'leader', 'heading', 'list', 'prose'])
    .describe('infobox value, leader-list entry (tenure person), heading (title, section or "; Header"), list item under an organisation heading, or prose paragraph'),
});

export const ConflictRecord = z.object({
  kind: z
    .enum(['different-dates', 'start-after-end', 'overlap'])
    .describe('different-dates: same person, same post, dates disagree in two documents; start-after-end: a span that ends before it starts; overlap: two holders of a single-holder post overlap in one list'),
  entity_id: entityId.describe('The person the conflict is about (for an overlap, the holder who started first)'),
  other_entity_id: entityId.nullable().describe('For an overlap, the other holder; else null'),
  position: z.string().nullable().describe('The position as written in the first source'),
  doc_id: docId,
  line: line.describe('Line of the first source (a leader entry)'),
  other_doc_id: docId.nullable().describe('Document of the other source; null for start-after-end'),
  other_line: line.nullable().describe('Line of the other source; null for start-after-end'),
  message: z.string().describe('What disagrees, with the dates as EDTF'),
});

export type CandidateFeature = z.infer<typeof CandidateFeature>;
export type Candidate = z.infer<typeof Candidate>;
export type EntityRecord = z.infer<typeof EntityRecord>;
export type MentionRecord = z.infer<typeof MentionRecord>;
export type ConflictRecord = z.infer<typeof ConflictRecord>;
