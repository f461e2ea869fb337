/**
 * Interrupted runs, for real: the CLI runs on a generated corpus large enough that writing the
 * output takes a while, and is killed with SIGKILL at several moments of the run. Every time,
 * the output folder must still hold a complete, valid output (the previous one, or the new one
 * when the kill came after the swap), and the next run must succeed and write exactly what a
 * clean run writes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from '../../src/read/index.ts';
import { TABLE_NAMES } from '../../src/schema/tables.ts';
import { parseCsv, wikidex, type Run } from './helpers.ts';

const DOCS = 60;
const FIELDS = 1_500;

let root: string;
let work: string;

/** Documents with big infoboxes: cheap to extract, many records to write. */
async function writeCorpus(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let d = 0; d < DOCS; d++) {
    const lines = [`= Office ${d} =`, '', 'Infobox'];
    for (let k = 0; k < FIELDS; k++) lines.push(`- Key ${k}: Value ${k} of office ${d}, =with a formula-looking tail`);
    lines.push('', '== History ==', '', `The office was set up in ${1950 + (d % 50)}.`, '');
    await writeFile(path.join(dir, `office-${String(d).padStart(3, '0')}.txt`), lines.join('\n'));
  }
}

/** A small document whose content changes between runs, so that every run writes a new output. */
const toggle = (version: number): string => `= Toggle ${version} =\n\nVersion ${version} was written in ${1900 + version}.\n`;

interface Snapshot {
  toggle: string | null;
  rows: Record<string, number>;
}

/**
 * Checks that `dir` holds a complete, valid output: the manifest and every table's JSON parse,
 * the row counts of the manifest match the JSON arrays and the CSV files. Returns the toggle
 * document's sha256 (which run wrote it) and the row counts.
 */
async function completeOutput(dir: string): Promise<Snapshot> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { tables: Record<string, number>; inputs: { doc_id: string; sha256: string | null }[] };
  for (const name of TABLE_NAMES) {
    const records = JSON.parse(await readFile(path.join(dir, `${name}.json`), 'utf8')) as unknown[];
    expect(records.length, `${name}.json`).toBe(manifest.tables[name]);
    const csv = parseCsv(await readFile(path.join(dir, `${name}.csv`), 'utf8'));
    expect(csv.length, `${name}.csv`).toBe(records.length + 1);
    JSON.parse(await readFile(path.join(dir, 'schema', `${name}.schema.json`), 'utf8'));
  }
  JSON.parse(await readFile(path.join(dir, 'errors.json'), 'utf8'));
  return { toggle: manifest.inputs.find((i) => i.doc_id === 'toggle')?.sha256 ?? null, rows: manifest.tables };
}

/** Output files (the cache aside), name → content. */
async function outputFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  async function walk(sub: string): Promise<void> {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (rel === '.cache') continue;
      if (entry.isDirectory()) await walk(rel);
      else files.set(rel, await readFile(path.join(dir, rel)));
    }
  }
  await walk('');
  return files;
}

type Moment = { name: string; when: (s: { staged: boolean; files: string[]; elapsed: number; swapping: boolean }) => boolean; mustKill: boolean; args?: string[] };

/** Runs extract, watching the run's staging folder, and kills it with SIGKILL when `when` holds. */
async function runUntil(moment: Moment): Promise<{ run: Run; killed: boolean }> {
  let killed = false;
  const started = performance.now();
  const run = await wikidex(['extract', 'in', '--out', 'out', '--quiet', ...(moment.args ?? [])], work, (child) => {
    const staging = path.join(work, `.out.staging-${child.pid}`);
    const tick = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      let files: string[] = [];
      let staged = false;
      try {
        files = readdirSync(staging);
        staged = true;
      } catch {
        // not created yet, or already renamed into place
      }
      const swapping = existsSync(path.join(work, '.out.previous'));
      if (moment.when({ staged, files, elapsed: performance.now() - started, swapping })) {
        killed = child.kill('SIGKILL');
        return;
      }
      setTimeout(tick, 1);
    };
    tick();
  });
  return { run, killed: killed && run.signal === 'SIGKILL' };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikidex-kill-'));
  work = path.join(root, 'work');
  await writeCorpus(path.join(work, 'in'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('SIGKILL at any moment of a run', () => {
  it('leaves the previous output complete and valid, and the next run recovers', { timeout: 240_000 }, async () => {
    let version = 0;
    await writeFile(path.join(work, 'in', 'toggle.txt'), toggle(version));
    // A first run killed while it parses (cache entries half written, no output yet).
    const cold = await runUntil({ name: 'first run, parsing', when: (s) => s.staged && s.elapsed > 1_500, mustKill: true });
    expect(cold.killed, 'the first run was killed while parsing').toBe(true);
    expect(existsSync(path.join(work, 'out', 'manifest.json'))).toBe(false);
    const first = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], work);
    expect(first.code, first.stderr).toBe(0);
    let current = await completeOutput(path.join(work, 'out'));
    expect(current.rows.infobox).toBe(DOCS * FIELDS);

    const moments: Moment[] = [
      { name: 'while reading and extracting the inputs', when: (s) => s.staged && s.files.length === 0, mustKill: true },
      { name: 'as the first output file is created', when: (s) => s.files.length > 0, mustKill: true },
      { name: 'half-way through the files', when: (s) => s.files.length >= 8, mustKill: true },
      { name: 'once the manifest is written, before the swap', when: (s) => s.files.includes('manifest.json'), mustKill: false },
      { name: 'during the swap', when: (s) => s.swapping, mustKill: false },
      { name: 'a moment later', when: (s) => s.files.length > 0 && s.elapsed > 400, mustKill: false },
      { name: 'while rebuilding the cache (--no-cache)', when: (s) => s.staged && s.elapsed > 1_500, mustKill: true, args: ['--no-cache'] },
    ];
    const log: string[] = [];
    for (const moment of moments) {
      version++;
      const sha = sha256Of(Buffer.from(toggle(version)));
      await writeFile(path.join(work, 'in', 'toggle.txt'), toggle(version));
      const { run, killed } = await runUntil(moment);
      log.push(`${moment.name}: ${killed ? `killed after ${run.ms.toFixed(0)} ms` : `finished (exit ${run.code})`}`);
      if (moment.mustKill) expect(killed, `${moment.name}: the run was killed`).toBe(true);
      if (!killed) expect(run.code, run.stderr).toBe(0);
      // Killed between the two renames of the swap, the folder is briefly missing; the next run
      // puts the previous one back (recoverOutputDir). Everywhere else it must be complete.
      const out = existsSync(path.join(work, 'out')) ? path.join(work, 'out') : path.join(work, '.out.previous');
      if (out !== path.join(work, 'out')) log.push(`  (killed inside the swap: output only in .out.previous)`);
      const after = await completeOutput(out);
      expect([current.toggle, sha], moment.name).toContain(after.toggle);
      expect(after.rows.infobox).toBe(DOCS * FIELDS);
      current = after;
    }

    // The next run succeeds and writes exactly what a clean run writes.
    const next = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], work);
    expect(next.code, next.stderr).toBe(0);
    await completeOutput(path.join(work, 'out'));
    const leftovers = (await readdir(work)).filter((n) => n !== 'in' && n !== 'out');
    expect(leftovers, 'no staging or backup folder is left behind').toEqual([]);
    const clean = path.join(root, 'clean');
    await cp(path.join(work, 'in'), path.join(clean, 'in'), { recursive: true });
    const fresh = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], clean);
    expect(fresh.code, fresh.stderr).toBe(0);
    const [mine, theirs] = await Promise.all([outputFiles(path.join(work, 'out')), outputFiles(path.join(clean, 'out'))]);
    expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, bytes] of mine) expect(bytes.equals(theirs.get(name)!), name).toBe(true);
    process.stdout.write(`SIGKILL moments: ${log.join('; ')}\n`);
  });
});
