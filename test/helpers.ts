import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/parse/index.ts';
import { normaliseNewlines } from '../src/read/index.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_000 = path.join(ROOT, 'seeds/000_1f1d3acaa8eb629d.txt');
export const SEED_001 = path.join(ROOT, 'seeds/001_66d9a2a65db73112.txt');
export const corpusFile = (name: string): string => path.join(ROOT, 'fixtures/docs', `${name}.txt`);

export const textOf = (file: string): string => normaliseNewlines(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
export const treeOf = (file: string) => parseDocument(textOf(file));
