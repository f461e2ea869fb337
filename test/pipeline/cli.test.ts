import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { sourceDocuments } from './helpers.ts';

const execP = promisify(execFile);
/** Runs a command; its output whatever the exit status (1 when some document has an error). */
async function exec(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ stdout: string; stderr: string }> {
  try {
    return await execP(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    if (typeof e.stdout !== 'string') throw error;
    return { stdout: e.stdout, stderr: e.stderr ?? '' };
  }
}
const BIN = path.join(ROOT, 'bin/wikidex.js');

const hasScript = ((): boolean => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** 48 documents (enough for the worker pool): the 8 sources under 6 names each. */
async function corpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-pool-'));
  const sources = await sourceDocuments();
  for (let copy = 0; copy < 6; copy++) {
    await mkdir(path.join(dir, 'in', `c${copy}`), { recursive: true });
    for (const file of sources) await copyFile(file, path.join(dir, 'in', `c${copy}`, path.basename(file)));
  }
  return dir;
}

describe('wikidex extract from bin/wikidex.js', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await corpus();
  });

  // One process (spawning costs seconds): on a terminal when `script` is there, else plain.
  it('parses on the worker pool through tsx from bin/wikidex.js, with a progress bar on a terminal', async () => {
    const args = [BIN, 'extract', 'in', '--out', 'out', '--jobs', '2'];
    const { stdout, stderr } = hasScript
      ? await exec('script', ['-qefc', [process.execPath, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], { cwd: dir, env: { ...process.env, COLUMNS: '160' } })
      : await exec(process.execPath, args, { cwd: dir });
    const printed = hasScript ? stdout : stderr;
    expect(printed).toMatch(/48\/48 documents extracted into out\/ .*48 parsed on 2 workers, 0 reused from cache/);
    expect(printed).not.toMatch(/internal-error|Error:/);
    if (hasScript) expect(printed).toMatch(/\d+\/48 documents \| \d+ docs\/s/);
    // Once every document is done, the bar says what the run does next.
    if (hasScript) expect(printed).toMatch(/48\/48 documents \| \d+ docs\/s \| 48 parsed, 0 cached \| reconciling people and organizations…/);
    if (hasScript) expect(printed).toMatch(/48\/48 documents .*\| writing the tables…/);
    else expect(printed).not.toMatch(/docs\/s/);
  });
});
