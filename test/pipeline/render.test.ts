import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderOutput, toCsv, validateTables } from '../../src/emit/index.ts';
import { collect, gatherDocuments } from '../../src/pipeline/index.ts';
import { TABLES, TABLE_NAMES, columnsOf, type TableName } from '../../src/schema/tables.ts';
import { csvHeader, csvRows, decodeTail, decodeTailCore, decodeTailProse, encodeTail, jsonFragment, type StoredOutcome } from '../../src/workers/render.ts';
import { outputFiles, run, workspace } from './helpers.ts';

describe('streamed output', () => {
  it('is byte for byte what renderOutput writes for the whole corpus (both CSV modes, bad documents included)', async () => {
    const dir = await workspace();
    await writeFile(path.join(dir, 'in/empty.txt'), '');
    await writeFile(path.join(dir, 'in/binary.txt'), Buffer.from([0x89, 0x50, 0x00]));
    await writeFile(path.join(dir, 'in/untitled.txt'), 'Infobox\n- =cmd: @x\n- broken line\n\n -1 "quoted", text  in 1990.\n');
    for (const csvRaw of [false, true]) {
      const out = `out-${csvRaw}`;
      await run(dir, { out, csvRaw });
      const gathered = await gatherDocuments(['in'], { cwd: dir });
      const { tables, inputs } = collect(gathered.outcomes, gathered.problems, gathered.texts);
      const expected = renderOutput({ ...validateTables(tables, gathered.problems), inputs, csvRaw });
      const actual = await outputFiles(path.join(dir, out));
      expect([...actual.keys()]).toEqual([...expected.keys()].sort());
      for (const [name, content] of expected) expect(actual.get(name), name).toBe(content);
    }
  });
});

const cell = fc.oneof(
  fc.constant(null),
  fc.string({ unit: fc.constantFrom('a', ' ', '"', ',', '\r', '\n', '=', '-', '+', '@', '\t', '\u00a0', 'é', '\u2028') }),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);

describe('per-document fragments', () => {
  it('CSV rows equal toCsv without its header, for any cells, raw or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TABLE_NAMES), fc.array(fc.dictionary(fc.string(), cell), { maxLength: 4 }), fc.boolean(), (table: TableName, partial, raw) => {
        const columns = columnsOf(TABLES[table]);
        const records = partial.map((p, i) => Object.fromEntries(columns.map((c, k) => [c, Object.values(p)[(k + i) % Math.max(1, Object.values(p).length)] ?? null])));
        expect(csvHeader(table, raw) + csvRows(table, records, raw)).toBe(toCsv(columns, records, { raw }));
      }),
      { numRuns: 300 },
    );
  });

  it('JSON fragments join into JSON.stringify(records, null, 2)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.record({ doc_id: fc.string(), n: fc.integer(), path: fc.array(fc.string()), v: fc.option(fc.string()) }), { maxLength: 3 }), { maxLength: 4 }), (docs) => {
        const fragments = docs.map(jsonFragment).filter((f) => f !== '');
        const joined = fragments.length === 0 ? '[]' : `[\n${fragments.join(',\n')}\n]`;
        expect(joined).toBe(JSON.stringify(docs.flat(), null, 2));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the outcome as an entry tail', () => {
  it('reads back whole as it was, key order included; its first line alone without prose, dates and problems', async () => {
    const gathered = await gatherDocuments(['seeds', 'fixtures/docs'], { cwd: process.cwd() });
    const ok = gathered.outcomes.filter((o) => o.ok);
    expect(ok.length).toBeGreaterThan(1);
    for (const outcome of gathered.outcomes) {
      const { file: _file, ...stored } = outcome;
      const bytes = Buffer.from(encodeTail(stored as StoredOutcome));
      expect(JSON.stringify(decodeTail(bytes))).toBe(JSON.stringify(stored));
      const core = decodeTailCore(bytes);
      if (!core.ok || !outcome.ok) continue;
      expect(outcome.extraction.dates.length + outcome.extraction.prose.length).toBeGreaterThan(0);
      expect(core.extraction).toEqual({ ...outcome.extraction, dates: [], prose: [], problems: [] });
      expect(decodeTailProse(bytes)).toEqual(outcome.extraction.prose);
    }
  });
});
