import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagingDir } from '../../src/emit/atomic-dir.ts';
import type { MentionRecord } from '../../src/schema/reconcile-records.ts';
import { openTable } from '../../src/pipeline/table-writer.ts';
import { PreviousUnits, type UnitRange } from '../../src/pipeline/table-units.ts';

const mention = (doc_id: string, line: number, text: string): MentionRecord => ({ entity_id: `person/${text.toLowerCase().replace(/ /g, '-')}`, doc_id, line, column: 1, text, source: 'prose' });

/** Three documents' mentions, the second with an invalid record (line 0 is fine, a column of -1 is not). */
const UNITS: MentionRecord[][] = [
  [mention('a', 3, 'Wang Yi'), mention('a', 9, 'Li Peng, "=1+1"')],
  [mention('b', 1, 'Zhang San'), { ...mention('b', 2, 'Bad'), column: -1 }],
  [mention('c', 5, 'Lü Feng')],
];

/** Writes the units as a mentions table (each through `previous` when given); the files' text and the units written. */
async function write(dir: string, units: MentionRecord[][], previous?: PreviousUnits): Promise<{ json: string; csv: string; units: UnitRange[]; problems: number }> {
  const staging = await StagingDir.create(dir);
  const writer = await openTable(staging, 'mentions', false);
  let problems = 0;
  for (const records of units) problems += (await writer.addUnit('mentions', records, false, previous)).problems.length;
  await writer.close();
  return { json: await readFile(path.join(staging.path, 'mentions.json'), 'utf8'), csv: await readFile(path.join(staging.path, 'mentions.csv'), 'utf8'), units: writer.units, problems };
}

describe('table units', () => {
  it('copies the units whose records are the last run\'s, renders the others, and writes what rendering all of them writes', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-units-'));
    const first = await write(path.join(root, 'one'), UNITS);
    expect(first.units.map((u) => u.rows)).toEqual([2, 1, 1]);
    expect(first.problems).toBe(1);
    const files = { json: path.join(root, 'first.json'), csv: path.join(root, 'first.csv') };
    await writeFile(files.json, first.json);
    await writeFile(files.csv, first.csv);

    // The second document's records changed, and a document was added.
    const changed = [UNITS[0]!, [mention('b', 1, 'Zhang Si')], UNITS[2]!, [mention('d', 2, 'Wang Yi')]];
    const scratch = await write(path.join(root, 'scratch'), changed);
    const previous = new PreviousUnits(files, first.units);
    const again = await write(path.join(root, 'again'), changed, previous);
    previous.close();
    expect([again.json, again.csv]).toEqual([scratch.json, scratch.csv]);
    expect(again.units.map((u) => u.key)).toEqual(scratch.units.map((u) => u.key));
    // The unchanged units are taken from the last run's files.
    const taken = new PreviousUnits(files, first.units);
    expect(again.units.map((u) => taken.take(u.key) !== null)).toEqual([true, false, true, false]);
    taken.close();
  });

  it('renders a unit whose stored bytes changed (CRC), and gives up on files it cannot read', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-units-'));
    const first = await write(path.join(root, 'one'), UNITS);
    const files = { json: path.join(root, 'first.json'), csv: path.join(root, 'first.csv') };
    await writeFile(files.json, first.json.replace('Wang Yi', 'Wang Er'));
    await writeFile(files.csv, first.csv);
    const previous = new PreviousUnits(files, first.units);
    expect(previous.take(first.units[0]!.key)).toBeNull();
    expect(previous.take(first.units[2]!.key)?.rows).toBe(1);
    const again = await write(path.join(root, 'again'), UNITS, previous);
    previous.close();
    expect([again.json, again.csv]).toEqual([first.json, first.csv]);
    const missing = new PreviousUnits({ json: path.join(root, 'none.json'), csv: files.csv }, first.units);
    expect(missing.take(first.units[2]!.key)).toBeNull();
    missing.close();
  });

  it('copies units larger than its read window, and many small ones across windows', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-units-'));
    const big = [[mention('a', 1, `Wang ${'Yi '.repeat(2_000_000)}`.trim())], ...Array.from({ length: 1500 }, (_, i) => [mention(`d${String(i).padStart(4, '0')}`, 1, `Name ${'x'.repeat(i % 2000)}`)])];
    const first = await write(path.join(root, 'one'), big);
    const files = { json: path.join(root, 'first.json'), csv: path.join(root, 'first.csv') };
    await writeFile(files.json, first.json);
    await writeFile(files.csv, first.csv);
    expect(first.json.length).toBeGreaterThan(2 * (4 << 20));
    const previous = new PreviousUnits(files, first.units);
    const take = previous.take.bind(previous);
    let taken = 0;
    previous.take = (key) => {
      const unit = take(key);
      if (unit !== null) taken++;
      return unit;
    };
    const again = await write(path.join(root, 'again'), big, previous);
    previous.close();
    expect(taken).toBe(big.length);
    expect(again.json === first.json && again.csv === first.csv).toBe(true);
  });
});
