import type { z } from 'zod';
import { DateRecord, DocumentRecord, InfoboxRecord, OfficialRecord, SectionRecord, TenureRecord } from './records.ts';
import { ConflictRecord, EntityRecord, MentionRecord } from './reconcile-records.ts';

/** A table of the output contract: its record schema and the order of its records. */
export interface TableSpec<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  schema: S;
}

const table = <S extends z.ZodObject>(name: string, description: string, schema: S): TableSpec<S> => ({ name, description, schema });

export const TABLES = {
  documents: table('documents', 'One record per document read successfully', DocumentRecord),
  infobox: table('infobox', 'One record per infobox "- Key: Value" line', InfoboxRecord),
  officials: table('officials', 'Infobox office holders (ChiefN Name + ChiefN Position, …), in order', OfficialRecord),
  sections: table('sections', 'One record per section heading', SectionRecord),
  tenures: table('tenures', 'One record per tenure span of a leader-list entry', TenureRecord),
  dates: table('dates', 'One record per date mention in prose', DateRecord),
  entities: table('entities', 'One record per reconciled person or organization (corpus-level, reconcile stage)', EntityRecord),
  mentions: table('mentions', 'One record per place an entity is named: infobox, leader entry, heading, list item or prose (reconcile stage)', MentionRecord),
  conflicts: table('conflicts', 'One record per disagreement between sources about a tenure (reconcile stage)', ConflictRecord),
} as const;

export type TableName = keyof typeof TABLES;
export type Tables = { [K in TableName]: z.infer<(typeof TABLES)[K]['schema']>[] };

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Tables filled document by document by the extract stage (the others need the whole corpus). */
export const DOCUMENT_TABLES = ['infobox', 'officials', 'sections', 'tenures', 'dates'] as const satisfies readonly TableName[];

export function columnsOf(spec: TableSpec): string[] {
  return Object.keys(spec.schema.shape);
}

export function emptyTables(): Tables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as Tables;
}
