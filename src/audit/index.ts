import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gatherDocuments } from '../pipeline/index.ts';
import { compareRecords, scoresOf } from './compare.ts';
import { AUDIT_TABLES, COMPARED_FIELDS, type Fixture } from './fixture-schema.ts';
import { fixtureOf, loadFixtures, rowsOf } from './fixtures.ts';
import { AuditReport, type Difference } from './report-schema.ts';

export { formatAuditText } from './format.ts';
export { AuditReport } from './report-schema.ts';
export { Fixture } from './fixture-schema.ts';

export interface AuditOptions {
  inputs: string[];
  fixtures: string;
  minF1: number | null;
  /** Folder for candidate fixtures of the given documents (never the checked fixtures folder). */
  update: string | null;
}

/** Extracts the inputs and compares each document that has a fixture, table by table. */
export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const { fixtures, errors } = await loadFixtures(options.fixtures);
  const gathered = await gatherDocuments(options.inputs);
  const totals = new Map(AUDIT_TABLES.map((t) => [t, { expected: 0, actual: 0, matched: 0 }]));
  const differences: Difference[] = [];
  const audited: string[] = [];
  const without: string[] = [];
  const candidates: Fixture[] = [];
  for (const p of gathered.problems) errors.push({ file: p.file, line: p.line, message: p.message });
  const outcomes = [...gathered.outcomes].sort((a, b) => (a.file.docId < b.file.docId ? -1 : a.file.docId > b.file.docId ? 1 : 0));
  for (const outcome of outcomes) {
    const docId = outcome.file.docId;
    if (!outcome.ok) {
      errors.push({ file: outcome.file.source, line: outcome.problem.line, message: outcome.problem.message });
      continue;
    }
    const actual = fixtureOf(outcome.extraction);
    candidates.push(actual);
    const expected = fixtures.get(docId);
    if (!expected) {
      without.push(docId);
      continue;
    }
    audited.push(docId);
    for (const table of AUDIT_TABLES) {
      const result = compareRecords(table, docId, rowsOf(expected, table), rowsOf(actual, table), COMPARED_FIELDS[table]);
      const total = totals.get(table)!;
      total.expected += result.scores.expected;
      total.actual += result.scores.actual;
      total.matched += result.scores.matched;
      differences.push(...result.differences);
    }
  }
  const seen = new Set(outcomes.map((o) => o.file.docId));
  const tables = Object.fromEntries(AUDIT_TABLES.map((t) => {
    const { expected, actual, matched } = totals.get(t)!;
    return [t, scoresOf(expected, actual, matched)];
  }));
  const meets = options.minF1 === null
    ? differences.length === 0
    : Object.values(tables).every((s) => s.f1 >= options.minF1!);
  if (options.update !== null) await writeCandidates(options.update, options.fixtures, candidates);
  return AuditReport.parse({
    pass: meets && errors.length === 0,
    min_f1: options.minF1,
    fixtures: options.fixtures,
    documents_audited: audited,
    documents_without_fixture: without,
    fixtures_without_document: [...fixtures.keys()].filter((id) => !seen.has(id)).sort(),
    tables,
    differences,
    errors,
  });
}

/** Writes candidate fixtures for review; refuses the checked fixtures folder itself. */
async function writeCandidates(dir: string, checked: string, candidates: Fixture[]): Promise<void> {
  if (path.resolve(dir) === path.resolve(checked)) throw new Error(`--update writes candidates for review and will not write into the checked fixtures folder ${checked}`);
  await mkdir(dir, { recursive: true });
  for (const candidate of candidates) {
    const file = path.join(dir, `${candidate.doc_id.replaceAll('/', '__')}.json`);
    const note = 'CANDIDATE written by `audit --update` from the extractor output: check every value against the source before moving it into the fixtures folder.';
    await writeFile(file, `${JSON.stringify({ ...candidate, notes: [note] }, null, 2)}\n`, 'utf8');
  }
}
