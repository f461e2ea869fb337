import { SCHEMA_VERSION, ProblemRecord } from '../schema/records.ts';
import { TABLE_NAMES, TABLES, columnsOf, type Tables } from '../schema/tables.ts';
import { writeDirAtomic } from './atomic-dir.ts';
import { toCsv } from './csv.ts';
import { INVALID, compileCheck } from './compiled-check.ts';
import { tableJsonSchema } from './json-schema.ts';

export { toCsv, neutraliseCell } from './csv.ts';
export { writeDirAtomic, recoverOutputDir } from './atomic-dir.ts';
export { tableJsonSchema } from './json-schema.ts';

export interface InputEntry {
  doc_id: string | null;
  source: string;
  sha256: string | null;
  bytes: number | null;
  status: 'ok' | 'failed';
}

export interface EmitInput {
  tables: Tables;
  problems: ProblemRecord[];
  inputs: InputEntry[];
  csvRaw?: boolean;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export interface Validated {
  tables: Tables;
  problems: ProblemRecord[];
}

/** Each table's compiled check (see compiled-check.ts), or null where zod does it all. */
const fastChecks = new Map(TABLE_NAMES.map((name) => [name, compileCheck(TABLES[name].schema)]));

/** Validates every record with its table's schema; an invalid record is dropped and reported. */
export function validateTables(tables: Tables, problems: readonly ProblemRecord[]): Validated {
  const out: Record<string, unknown[]> = {};
  const found: ProblemRecord[] = [...problems];
  for (const name of TABLE_NAMES) {
    const spec = TABLES[name];
    const fast = fastChecks.get(name);
    out[name] = [];
    for (const record of tables[name] as Record<string, unknown>[]) {
      const checked = fast ? fast(record) : INVALID;
      if (checked !== INVALID) {
        out[name]!.push(checked);
        continue;
      }
      const parsed = spec.schema.safeParse(record);
      if (parsed.success) out[name]!.push(parsed.data);
      else {
        const docId = typeof record.doc_id === 'string' ? record.doc_id : null;
        found.push({
          file: docId ?? '',
          doc_id: docId,
          line: typeof record.line === 'number' && record.line > 0 ? record.line : null,
          column: null,
          severity: 'error',
          code: 'invalid-record',
          message: `${name} record failed its schema and was left out: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        });
      }
    }
  }
  return { tables: out as unknown as Tables, problems: found.map((p) => ProblemRecord.parse(p)) };
}

/** Renders every output file of the contract, in memory. */
export function renderOutput(input: EmitInput): Map<string, string> {
  const files = new Map<string, string>();
  const rows: Record<string, number> = {};
  for (const name of TABLE_NAMES) {
    const spec = TABLES[name];
    const records = input.tables[name] as Record<string, unknown>[];
    rows[name] = records.length;
    files.set(`${name}.json`, json(records));
    files.set(`${name}.csv`, toCsv(columnsOf(spec), records, { raw: input.csvRaw ?? false }));
    files.set(`schema/${name}.schema.json`, json(tableJsonSchema(spec)));
  }
  files.set('errors.json', json(input.problems));
  const count = (severity: string): number => input.problems.filter((p) => p.severity === severity).length;
  files.set(
    'manifest.json',
    json({
      schema_version: SCHEMA_VERSION,
      generator: 'wikidex',
      inputs: input.inputs,
      tables: rows,
      errors: count('error'),
      warnings: count('warning'),
      csv: input.csvRaw ? 'raw' : 'formula-neutralised',
    }),
  );
  return files;
}

/** Validates, renders and writes the datasets atomically into `out`. */
export async function emitDatasets(out: string, input: EmitInput): Promise<Validated> {
  const validated = validateTables(input.tables, input.problems);
  await writeDirAtomic(out, renderOutput({ ...input, ...validated }));
  return validated;
}
