import { readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus, Reconciled } from '../../src/pipeline/index.ts';
import { cacheEntries, outputFiles, run, workspace } from './helpers.ts';

/** Cache entries, smallest first. */
async function bySize(out: string): Promise<string[]> {
  const sized = await Promise.all((await cacheEntries(out)).map(async (file) => [file, (await stat(file)).size] as const));
  return sized.sort((a, b) => a[1] - b[1]).map(([file]) => file);
}

/** Flips a bit 10 bytes before the end of a file: in an entry's tail (its outcome). */
async function flipNearEnd(file: string): Promise<void> {
  const bytes = await readFile(file);
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0x20, bytes.length - 10);
  await writeFile(file, bytes);
}

describe('damaged cache', () => {
  it('detects a truncated or damaged entry, warns, rebuilds it and writes the same output', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    await run(dir);
    const files = await outputFiles(out);
    const [first, second] = await cacheEntries(out);
    await truncate(first!, 300);
    const bytes = await readFile(second!);
    bytes.writeUInt8(bytes.readUInt8(400) ^ 0x20, 400); // in the head (header and fragments)
    await writeFile(second!, bytes);
    await unlink(path.join(out, '.cache/state.json'));

    const summary = await run(dir);
    expect(summary.parsed).toBe(2);
    expect(summary.cacheWarnings).toHaveLength(2);
    expect(summary.cacheWarnings.join('\n')).toMatch(/truncated[\s\S]*checksum mismatch|checksum mismatch[\s\S]*truncated/);
    expect(summary.written).toBe(false);
    expect(await outputFiles(out)).toEqual(files);
    // Rebuilt: the next run reads them without complaint.
    await unlink(path.join(out, '.cache/state.json'));
    const again = await run(dir);
    expect([again.parsed, again.cacheWarnings]).toEqual([0, []]);
  });

  it('detects a damaged outcome when the corpus step reads it, warns and parses that document again', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    const seen: number[] = [];
    const reconcile = async (corpus: Corpus): Promise<Reconciled> => {
      let n = 0;
      for await (const outcome of corpus.outcomes()) if (outcome.ok) n++;
      seen.push(n);
      return {};
    };
    await run(dir, { reconcile });
    // The smallest entry is read whole with its head; the largest one's outcome is read when asked for.
    const entries = await bySize(out);
    expect((await stat(entries.at(-1)!)).size).toBeGreaterThan(1 << 14);
    for (const entry of [entries[0]!, entries.at(-1)!]) await flipNearEnd(entry);
    await unlink(path.join(out, '.cache/state.json'));
    const summary = await run(dir, { reconcile });
    expect(seen).toEqual([8, 8]);
    expect(summary.parsed).toBe(2);
    expect(summary.cacheWarnings).toEqual([expect.stringMatching(/outcome checksum mismatch/), expect.stringMatching(/outcome checksum mismatch/)]);
  });

  it('a damaged outcome that only the reconcile stage reads is rebuilt, and the output is unchanged', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    await run(dir);
    const files = await outputFiles(out);
    await flipNearEnd((await bySize(out)).at(-1)!);
    // Without its state the stage reads every document again.
    for (const name of ['state.json', 'reconcile-base.state', 'reconcile-documents.state']) await unlink(path.join(out, '.cache', name));
    const summary = await run(dir);
    expect(summary.cacheWarnings).toEqual([expect.stringMatching(/was damaged \(outcome checksum mismatch/)]);
    expect(summary.parsed).toBe(1);
    expect(await outputFiles(out)).toEqual(files);
    for (const name of ['state.json', 'reconcile-base.state', 'reconcile-documents.state']) await unlink(path.join(out, '.cache', name));
    const again = await run(dir);
    expect([again.parsed, again.cacheWarnings]).toEqual([0, []]);
  });

  it('a damaged run state is ignored', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    await run(dir);
    await writeFile(path.join(out, '.cache/state.json'), '{"format":1,"fingerp');
    const summary = await run(dir);
    expect([summary.parsed, summary.written]).toEqual([0, false]);
  });
});
