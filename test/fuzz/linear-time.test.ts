/**
 * A guard against super-linear work (regex backtracking, quadratic scans, parser blow-ups), not a
 * benchmark: a 2 MB line in each construct of a real document finishes in a few seconds, and a
 * line four times as long takes about four times as long (0.5 MB → 2 MB: ~4 when linear, ~16
 * when quadratic). The documents are timed in a plain Node process, as the CLI runs them (see
 * long-lines.ts). Margins are generous, and a ratio is measured again before it fails, so that a
 * busy machine does not make the test flaky.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_RUNS, counted, report } from './corpus.ts';
import { CONSTRUCTS, EXTRA_FILLS, LONG_RUN_CONSTRUCTS, type Job, type Timing } from './long-lines.ts';

const MB = 1_000_000;
const SMALL = MB / 2;
const BIG = 2 * MB;
/** Hard limit for one document holding a 2 MB line (typical: under a second). */
const LIMIT_MS = 5_000;
/** Time for 2 MB over time for 0.5 MB: about 4 when linear, 16 when quadratic. */
const MAX_RATIO = 8;

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'long-lines.ts');
const run = promisify(execFile);

/** Times the jobs in fresh Node processes (two, each with every other job). */
async function timeAll(jobs: Job[]): Promise<Timing[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-time-'));
  try {
    const halves = [0, 1].map((k) => jobs.filter((_, i) => Math.floor(i / 2) % 2 === k)).filter((h) => h.length > 0);
    const results = await Promise.all(
      halves.map(async (half, k) => {
        const file = path.join(dir, `jobs-${k}.json`);
        await writeFile(file, JSON.stringify(half));
        const { stdout } = await run(process.execPath, ['--import', 'tsx', SCRIPT, file], { maxBuffer: 16 << 20 });
        return JSON.parse(stdout) as Timing[];
      }),
    );
    return results.flat();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const lines: string[] = [];
afterAll(() => {
  process.stdout.write(`linear time (0.5 MB → 2 MB line, ms): ${lines.join('; ')}\n`);
  report('linear-time');
});

/** Each pair (construct, fill): its 0.5 MB and 2 MB times, re-measured twice when the ratio is off. */
async function check(pairs: { construct: string; unit: string; label: string }[]): Promise<void> {
  const jobs = pairs.flatMap((p) => [SMALL, BIG].map((size) => ({ construct: p.construct, unit: p.unit, size })));
  let timings = await timeAll(jobs);
  const at = (i: number, size: number): Timing => timings.find((t) => t.construct === pairs[i]!.construct && t.unit === pairs[i]!.unit && t.size === size)!;
  const ratio = (i: number): number => Math.max(at(i, BIG).ms, 100) / Math.max(at(i, SMALL).ms, 25);
  for (let retry = 0; retry < 2; retry++) {
    const off = pairs.map((_, i) => i).filter((i) => ratio(i) > MAX_RATIO || at(i, BIG).ms > LIMIT_MS);
    if (off.length === 0) break;
    const again = await timeAll(off.flatMap((i) => [SMALL, BIG].map((size) => ({ construct: pairs[i]!.construct, unit: pairs[i]!.unit, size }))));
    timings = timings.map((t) => {
      const r = again.find((a) => a.construct === t.construct && a.unit === t.unit && a.size === t.size);
      return r && r.ms < t.ms ? r : t;
    });
  }
  pairs.forEach((p, i) => {
    counted<null>(pairs.length > 7 ? '2 MB construct × fill' : '2 MB constructs', () => {
      const small = at(i, SMALL);
      const big = at(i, BIG);
      lines.push(`${p.label} ${small.ms.toFixed(0)} → ${big.ms.toFixed(0)}`);
      // Extracted, or kept with a located, stable code (never an exception).
      expect(big.outcome, p.label).toBe('ok');
      expect(big.ms, `${p.label}: a 2 MB line took ${big.ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
      expect(ratio(i), `${p.label}: ${small.ms.toFixed(0)} ms → ${big.ms.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
    })(null);
  });
}

describe('fuzz: time stays linear in the input', () => {
  it(`a 2 MB line in each construct (${Object.keys(CONSTRUCTS).join(', ')}) finishes in seconds; four times the line, about four times the time`, { timeout: 120_000 }, async () => {
    await check(Object.entries(CONSTRUCTS).map(([construct, spec]) => ({ construct, unit: spec.unit, label: construct })));
  });

  // The long run (`npm run fuzz`) tries every construct with every fill, and 90,000 sentences on a line.
  if (FUZZ_RUNS >= 1000) it('every construct with every fill (long run only)', { timeout: 1_800_000 }, async () => {
    await check([
      ...Object.entries(LONG_RUN_CONSTRUCTS).map(([construct, spec]) => ({ construct, unit: spec.unit, label: construct })),
      ...Object.keys(CONSTRUCTS).flatMap((construct) => EXTRA_FILLS.map((unit) => ({ construct, unit, label: `${construct}/${JSON.stringify(unit)}` }))),
    ]);
  });
});
