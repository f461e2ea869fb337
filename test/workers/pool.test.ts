import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DocumentSource } from '../../src/pipeline/documents.ts';
import { createOneWorker, plannedThreads, withMoreWorkers } from '../../src/workers/pool.ts';
import { ROOT } from '../helpers.ts';
import { outputFiles, run, workspace } from '../pipeline/helpers.ts';

describe('worker pool', () => {
  it('plans threads by what is to parse: none for --jobs 1 or a small run alone, one beside cached documents', () => {
    expect(plannedThreads(1, 5000, 5000)).toBe(0);
    expect(plannedThreads(2, 10, 10)).toBe(0);
    expect(plannedThreads(2, 10, 1000)).toBe(1);
    expect(plannedThreads(2, 48, 1000)).toBe(2);
    expect(plannedThreads(4, 48, 48, 100)).toBe(0);
  });

  it('adds workers beside a running one: every task is done, by either side, and the result is the same', async () => {
    const file = { absolute: path.join(ROOT, 'seeds/000_1f1d3acaa8eb629d.txt'), source: 'seeds/000.txt', docId: '000' };
    const request = { file, maxBytes: undefined, csvRaw: false, cacheDir: null, sha256: null };
    const one = await createOneWorker();
    const alone = await one.run(request);
    const both = await withMoreWorkers(one, 1);
    expect([both.mode, both.threads]).toEqual(['workers', 2]);
    const results = await Promise.all(Array.from({ length: 6 }, () => both.run(request)));
    for (const result of results) expect(Buffer.from(result.entry).equals(Buffer.from(alone.entry))).toBe(true);
    await both.close();
  });

  it('a rerun with a changed document parses it on one worker (started while hashing) and writes what a clean run writes', async () => {
    const dir = await workspace();
    const early = vi.spyOn(DocumentSource.prototype, 'startEarly');
    try {
      // A first run (nothing cached) and a rerun without change start no early worker.
      await run(dir, { jobs: 2 });
      await run(dir, { jobs: 2 });
      expect(early).not.toHaveBeenCalled();
      await appendFile(path.join(dir, 'in', '000_1f1d3acaa8eb629d.txt'), '\nIn 1998, Wang Yi visited the office again.\n');
      const rerun = await run(dir, { jobs: 2 });
      expect(early).toHaveBeenCalledTimes(1);
      expect(rerun.parsed).toBe(1);
      expect(rerun.execution).toEqual({ mode: 'workers', threads: 1 });
    } finally {
      early.mockRestore();
    }
    await run(dir, { out: 'clean', cache: false });
    expect(await outputFiles(path.join(dir, 'out'))).toEqual(await outputFiles(path.join(dir, 'clean')));
    expect(await readFile(path.join(dir, 'out', 'dates.csv'), 'utf8')).toContain('Wang Yi visited the office again');
  });
});
