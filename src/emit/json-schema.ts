import { z } from 'zod';
import { SCHEMA_VERSION } from '../schema/records.ts';
import type { TableSpec } from '../schema/tables.ts';

/** JSON Schema (draft 2020-12) of a table file: an array of its records. */
export function tableJsonSchema(spec: TableSpec): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(spec.schema), { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: `wikidex/${SCHEMA_VERSION}/${spec.name}.schema.json`,
    title: `wikidex ${spec.name} table`,
    description: spec.description,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
