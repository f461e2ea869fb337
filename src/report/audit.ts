/**
 * The audit of each reported document against its fixture, through `runAudit`
 * (the same code as `wikidex audit`), one document at a time so that every
 * document gets its own scores.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAudit, type AuditReport } from '../audit/index.ts';
import { loadFixtures } from '../audit/fixtures.ts';
import { scoresOf } from '../audit/compare.ts';
import type { Scores } from '../audit/report-schema.ts';
import { docIdOfFile } from '../read/index.ts';
import type { DocumentRecord } from '../schema/records.ts';

export interface DocumentAudit {
  doc_id: string;
  report: AuditReport;
}

export interface AuditResults {
  /** The fixtures folder as given. */
  fixtures: string;
  /** false when the fixtures folder could not be read. */
  available: boolean;
  byDocument: Map<string, DocumentAudit>;
  /** Scores summed over every audited document, per table. */
  totals: Record<string, Scores>;
  /** Fixture files that could not be read. */
  errors: { file: string; message: string }[];
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Audits the documents that have a fixture in `fixturesDir`; their sources are resolved against `cwd`. */
export async function auditDocuments(documents: readonly DocumentRecord[], fixturesDir: string, cwd: string): Promise<AuditResults> {
  const fixturesPath = path.resolve(cwd, fixturesDir);
  const loaded = await loadFixtures(fixturesPath);
  const notFound = loaded.fixtures.size === 0 && loaded.errors.some((e) => e.message === 'fixtures folder not found');
  const results: AuditResults = { fixtures: fixturesDir, available: !notFound, byDocument: new Map(), totals: {}, errors: [] };
  if (notFound) return results;
  results.errors = loaded.errors.map((e) => ({ file: toPosix(path.relative(cwd, e.file)), message: e.message }));
  const sums = new Map<string, { expected: number; actual: number; matched: number }>();
  for (const doc of documents) {
    if (!loaded.fixtures.has(doc.doc_id)) continue;
    const report = await auditOne(doc, fixturesPath, cwd);
    results.byDocument.set(doc.doc_id, { doc_id: doc.doc_id, report });
    for (const [table, s] of Object.entries(report.tables)) {
      const sum = sums.get(table) ?? { expected: 0, actual: 0, matched: 0 };
      sum.expected += s.expected;
      sum.actual += s.actual;
      sum.matched += s.matched;
      sums.set(table, sum);
    }
  }
  results.totals = Object.fromEntries([...sums].map(([table, s]) => [table, scoresOf(s.expected, s.actual, s.matched)]));
  return results;
}

/**
 * runAudit names a file given directly by its stem; a document whose id is a
 * path (`a/b`) is audited from a copy at `<tmp>/a/b.txt` so the ids agree.
 * Paths in the result are made relative to `cwd` (and the copy's folder is
 * replaced by the real source) so the page does not depend on where it ran.
 */
async function auditOne(doc: DocumentRecord, fixturesPath: string, cwd: string): Promise<AuditReport> {
  const source = path.resolve(cwd, doc.source);
  const rel = (p: string): string => toPosix(path.relative(process.cwd(), p)) || '.';
  if (docIdOfFile(source) === doc.doc_id) return clean(await runAudit({ inputs: [rel(source)], fixtures: rel(fixturesPath), minF1: null, update: null }), [], doc, cwd);
  const tmp = await mkdtemp(path.join(tmpdir(), 'wikidex-report-'));
  try {
    const copy = path.join(tmp, ...doc.doc_id.split('/')) + '.txt';
    await mkdir(path.dirname(copy), { recursive: true });
    await writeFile(copy, await readFile(source));
    return clean(await runAudit({ inputs: [tmp], fixtures: rel(fixturesPath), minF1: null, update: null }), [toPosix(tmp), rel(tmp)], doc, cwd);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function clean(report: AuditReport, tmpPrefixes: string[], doc: DocumentRecord, cwd: string): AuditReport {
  const fix = (file: string): string => {
    for (const prefix of tmpPrefixes) if (file.startsWith(prefix)) return doc.source;
    return toPosix(path.relative(cwd, path.resolve(process.cwd(), file))) || '.';
  };
  return { ...report, fixtures: fix(report.fixtures), errors: report.errors.map((e) => ({ ...e, file: fix(e.file), message: tmpPrefixes.reduce((m, p) => m.split(p).join(doc.source), e.message) })) };
}
