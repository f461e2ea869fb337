/**
 * `wikidex report`: one static, self-contained HTML page from the datasets of
 * an output folder (and the documents' source texts), with the audit of every
 * document that has a fixture. Written to `<out>/report/index.html`.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { auditDocuments } from './audit.ts';
import { loadReportData } from './load.ts';
import { buildModel } from './model.ts';
import { renderPage } from './page.ts';

export { MissingDatasetsError } from './load.ts';

export interface ReportOptions {
  /** The output folder holding the datasets (as given on the command line). */
  out: string;
  /** Fixtures folder for the audit; null to skip the audit. */
  fixtures: string | null;
  /** Folder that the documents' `source` paths (and `out`, `fixtures`) are relative to. */
  cwd?: string;
}

export interface ReportSummary {
  file: string;
  bytes: number;
  documents: number;
  audited: number;
  notes: number;
}

/** Builds the page in memory (no writing). */
export async function buildReportHtml(options: ReportOptions): Promise<{ html: string; documents: number; audited: number; notes: number }> {
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(cwd, options.out);
  const data = await loadReportData(dir, cwd, options.out);
  const audit = options.fixtures === null ? null : await auditDocuments(data.documents, options.fixtures, cwd);
  const model = buildModel(data, audit);
  const html = renderPage(model, { folder: options.out.split(path.sep).join('/') });
  return { html, documents: data.documents.length, audited: audit?.byDocument.size ?? 0, notes: data.notes.length };
}

/** Builds the page and writes `<out>/report/index.html` (via a temporary file and a rename). */
export async function writeReport(options: ReportOptions): Promise<ReportSummary> {
  const cwd = options.cwd ?? process.cwd();
  const built = await buildReportHtml(options);
  const folder = path.join(path.resolve(cwd, options.out), 'report');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'index.html');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, built.html, 'utf8');
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return { file, bytes: Buffer.byteLength(built.html), documents: built.documents, audited: built.audited, notes: built.notes };
}
