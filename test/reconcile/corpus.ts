import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/extract/document.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { readDocument } from '../../src/read/index.ts';
import type { ReconcileDocument } from '../../src/reconcile/index.ts';
import { ROOT } from '../helpers.ts';

/** A document as the pipeline gives it to reconcile: its extraction, plus its text. */
export function loadDocument(file: string, docId = path.basename(file, '.txt'), withText = true): ReconcileDocument {
  const read = readDocument({ source: path.relative(ROOT, file), absolute: file, docId }, readFileSync(file));
  if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
  const extraction = extractDocument(read.document, parseDocument(read.document.text));
  return withText ? { ...extraction, text: read.document.text } : extraction;
}

/** A document from text (for synthetic cases). */
export function documentOf(docId: string, text: string): ReconcileDocument {
  const read = readDocument({ source: `${docId}.txt`, absolute: `/virtual/${docId}.txt`, docId }, Buffer.from(text, 'utf8'));
  if (!read.ok) throw new Error(`${docId}: ${read.error.message}`);
  return { ...extractDocument(read.document, parseDocument(read.document.text)), text: read.document.text };
}

const txt = (dir: string): string[] => readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(ROOT, dir, n));

export const SEED_FILES = txt('seeds');
export const FIXTURE_FILES = txt('fixtures/docs');

export const seeds = (withText = true): ReconcileDocument[] => SEED_FILES.map((f) => loadDocument(f, undefined, withText));
export const corpus = (withText = true): ReconcileDocument[] => [...SEED_FILES, ...FIXTURE_FILES].map((f) => loadDocument(f, undefined, withText));
