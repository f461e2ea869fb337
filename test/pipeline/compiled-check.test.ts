import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID, compileCheck } from '../../src/emit/compiled-check.ts';
import { collect, gatherDocuments } from '../../src/pipeline/index.ts';
import { TABLES, TABLE_NAMES, type TableName } from '../../src/schema/tables.ts';
import { workspace } from './helpers.ts';

/** Values a field may be set to: of every type, on and around the schemas' bounds. */
const value = fc.oneof(
  fc.constantFrom(null, undefined, '', 'x', 'person/a', 'organization/b c', 'date', 'range', 'year', 'person', 0, -1, 1, 0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 60, true, false, [], ['a'], [1], {}, [{ id: 'a', value: true }]),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 2 }),
);

/** Real records of every table (the seeds and fixture documents, reconciled). */
async function realRecords(): Promise<Map<TableName, Record<string, unknown>[]>> {
  const dir = await workspace();
  const gathered = await gatherDocuments(['in'], { cwd: dir });
  const { tables } = collect(gathered.outcomes, gathered.problems, gathered.texts);
  // The seeds hold no conflict: one as the reconcile stage writes them.
  const conflict = { kind: 'overlap', entity_id: 'person/a', other_entity_id: 'person/b', position: 'Director', doc_id: 'd', line: 3, other_doc_id: 'd', other_line: 4, message: 'm' };
  return new Map(TABLE_NAMES.map((name) => [name, name === 'conflicts' && tables.conflicts.length === 0 ? [conflict] : (tables[name] as Record<string, unknown>[])]));
}

describe('compiled record checks', () => {
  it('accept exactly what zod accepts, and give zod’s output (real records, mutated)', async () => {
    const records = await realRecords();
    for (const name of TABLE_NAMES) {
      const schema = TABLES[name].schema;
      const check = compileCheck(schema);
      expect(check, name).not.toBeNull();
      const real = records.get(name)!;
      expect(real.length, name).toBeGreaterThan(0);
      const keys = Object.keys(schema.shape);
      fc.assert(
        fc.property(fc.nat(real.length - 1), fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), value, fc.boolean()), { maxLength: 3 }), (index, edits) => {
          const record: Record<string, unknown> = structuredClone(real[index]!);
          for (const [key, v, remove] of edits) {
            if (remove) delete record[key];
            else record[key] = v;
          }
          const expected = schema.safeParse(record);
          const got = check!(record);
          expect(got !== INVALID, `${name} ${JSON.stringify(record)}`).toBe(expected.success);
          if (expected.success) expect(JSON.stringify(got)).toBe(JSON.stringify(expected.data));
        }),
        { numRuns: 300, seed: 20251122 },
      );
    }
  });
});
