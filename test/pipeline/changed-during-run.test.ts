import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../src/read/index.ts';
import { extractEntry } from '../../src/workers/extract-task.ts';
import { ROOT } from '../helpers.ts';
import { outputFiles, run } from './helpers.ts';

const SEED = path.join(ROOT, 'seeds/000_1f1d3acaa8eb629d.txt');

/** The seed with a paragraph added after the title: every later line moves down by two. */
const edited = (text: string): string => text.replace('\n\nInfobox\n', '\n\nWang Yi and Guo Yezhou met in 1998.\n\nInfobox\n');

describe('a document that changes while the run reads it', () => {
  it('the worker hands back the bytes it read only when they are not those hashed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-changed-'));
    const file = path.join(dir, 'a.txt');
    const bytes = await readFile(SEED);
    await writeFile(file, bytes);
    const request = { file: { absolute: file, source: 'a.txt', docId: 'a' }, maxBytes: undefined, csvRaw: false, cacheDir: null };
    expect(extractEntry({ ...request, sha256: sha256Of(bytes) }).data).toBeNull();
    expect(Buffer.from(extractEntry({ ...request, sha256: sha256Of(Buffer.from('other')) }).data!).equals(bytes)).toBe(true);
  });

  it('is reconciled from the text its extraction saw: the output is that of a run over the new content', async () => {
    // 40 documents in the main thread: the last ones are parsed after the first is written,
    // and the last one is rewritten then (after the run hashed it).
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-changed-'));
    await mkdir(path.join(dir, 'in'));
    const text = await readFile(SEED, 'utf8');
    const names = Array.from({ length: 40 }, (_, i) => path.join(dir, 'in', `doc${String(i).padStart(2, '0')}.txt`));
    for (const name of names) await writeFile(name, text);
    let rewritten = false;
    const onProgress = (): void => {
      if (rewritten) return;
      rewritten = true;
      // Synchronous on purpose: the document must be changed before its turn comes.
      writeFileSync(names.at(-1)!, edited(text));
    };
    const raced = await run(dir, { onProgress, cache: false });
    expect(rewritten).toBe(true);
    expect(raced.parsed).toBe(40);
    const racedFiles = await outputFiles(path.join(dir, 'out'));

    const clean = await run(dir, { out: 'clean', cache: false });
    expect(clean.parsed).toBe(40);
    const cleanFiles = await outputFiles(path.join(dir, 'clean'));
    // The edited document was read as edited: its mentions are not those of the others.
    const mentions = JSON.parse(cleanFiles.get('mentions.json')!) as { doc_id: string; line: number; column: number }[];
    const places = (doc: string): string[] => mentions.filter((m) => m.doc_id === doc).map((m) => `${m.line}:${m.column}`);
    expect(places('doc39')).not.toEqual(places('doc00'));
    expect(places('doc39').length).toBeGreaterThan(places('doc00').length);
    expect(racedFiles).toEqual(cleanFiles);
  });
});
