/**
 * `output/` is committed: it is the sample of the output contract that downstream users read
 * first, and a change to any extractor or to the contract shows up in its diff. This test keeps
 * it honest: it must be exactly what `npm run extract` writes for `seeds/` with the code at hand.
 * When it fails after an intended change, run `npm run extract` and commit `output/`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { ROOT } from '../helpers.ts';

/** Every file below `dir` (relative, `/`-separated), without the cache and the report. */
async function datasetFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((name) => !name.startsWith('.cache/') && !name.startsWith('report/'))
    .sort();
}

describe('the committed output/', () => {
  it('is byte for byte what `npm run extract` writes for seeds/', async () => {
    const fresh = await mkdtemp(path.join(tmpdir(), 'wikidex-committed-'));
    try {
      await runPipeline({ inputs: ['seeds'], out: path.join(fresh, 'out'), cwd: ROOT, cache: false, jobs: 1 });
      const expected = await datasetFiles(path.join(fresh, 'out'));
      const committed = await datasetFiles(path.join(ROOT, 'output')).catch(() => []);
      expect(committed, 'output/ is out of date: run `npm run extract` and commit output/').toEqual(expected);
      for (const name of expected) {
        const [want, have] = await Promise.all([readFile(path.join(fresh, 'out', name), 'utf8'), readFile(path.join(ROOT, 'output', name), 'utf8')]);
        expect(have, `output/${name} is out of date: run \`npm run extract\` and commit output/`).toBe(want);
      }
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
