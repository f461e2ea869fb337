/**
 * `npm run bench [-- --docs N] [--jobs N]`: the pipeline against unified + remark-parse alone.
 *
 * Builds (or reuses) a deterministic synthetic corpus of N documents under bench/corpus/ (derived
 * from seeds/ and fixtures/docs/, see bench/corpus.ts), then measures, each in its own process:
 *   baseline   unified + remark-parse, single-threaded, over the same files (run before and after;
 *              the faster of the two is used for the ratios, which is the conservative choice)
 *   cold       full run into an empty folder
 *   warm       rerun, nothing changed
 *   1% changed rerun after editing 1% of the documents: a dated paragraph added (prose), then
 *              a leader renamed in each (structured data); restored afterwards
 * Reruns are measured three times each and reported by their median run (each run in the result file).
 *   cold 1k    full run over the first 1,000 documents, for peak RSS at 1,000 vs N
 * Prints a table and writes bench/results/bench-<N>-<time>.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_VERSION, SHARD_SIZE, changedIndexes, changedText, corpusDocument, loadSources, renamedText } from './corpus.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, jobs: { type: 'string' } } });
const count = Number(values.docs);
if (!Number.isInteger(count) || count < 10) throw new Error('--docs expects an integer of at least 10');
const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);

const corpusDir = path.join(ROOT, 'bench/corpus', `n${count}`);
const docsDir = path.join(corpusDir, 'docs');
const resultsDir = path.join(ROOT, 'bench/results');
const outDir = path.join(resultsDir, `out-${count}`);
const outSmall = path.join(resultsDir, `out-${count}-1k`);

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Writes the corpus unless the one on disk was made by this generator from these sources. */
function ensureCorpus(): { files: string[]; bytes: number } {
  const sources = loadSources(ROOT);
  const stampText = JSON.stringify({ version: CORPUS_VERSION, count, sources: createHash('sha256').update(JSON.stringify(sources)).digest('hex') });
  const stampFile = path.join(corpusDir, 'stamp.json');
  const documents = Array.from({ length: count }, (_, i) => corpusDocument(sources, i));
  const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stampText) {
    log(`corpus: reusing ${path.relative(ROOT, docsDir)} (${count} documents, ${(bytes / 1e6).toFixed(1)} MB)`);
    return { files: documents.map((d) => d.file), bytes };
  }
  log(`corpus: writing ${count} documents into ${path.relative(ROOT, docsDir)} …`);
  rmSync(corpusDir, { recursive: true, force: true });
  for (const doc of documents) {
    const file = path.join(docsDir, doc.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, doc.text);
  }
  writeFileSync(stampFile, stampText);
  return { files: documents.map((d) => d.file), bytes };
}

interface PhaseResult {
  ms: number;
  effective_cores?: number;
  wallMs: number;
  maxRssKb: number;
  documents: number;
  parsed?: number;
  reused?: number;
  written?: boolean;
  execution?: { mode: string; threads: number };
}

/** Hash of the sources the phases run: a bench is void if someone edits them while it runs. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const src = path.join(ROOT, 'src');
  for (const name of (readdirSync(src, { recursive: true }) as string[]).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(path.join(src, name)));
  hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
}
const stampAtStart = sourceStamp();
const changedDuring: string[] = [];

function phase(name: string, mode: 'baseline' | 'extract' | 'calibrate', options: Record<string, unknown>): PhaseResult {
  if (sourceStamp() !== stampAtStart) changedDuring.push(name);
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/phase.ts'), mode, JSON.stringify(options)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`phase ${name} failed (${child.status}):\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').pop() ?? '{}';
  const result = { ...(JSON.parse(line) as Omit<PhaseResult, 'wallMs'>), wallMs };
  if (result.effective_cores !== undefined) {
    log(`  ${name.padEnd(12)} ${result.effective_cores.toFixed(2)} effective of ${os.availableParallelism()}`);
    return result;
  }
  log(`  ${name.padEnd(12)} ${(result.ms / 1000).toFixed(2).padStart(7)} s  (process ${(wallMs / 1000).toFixed(2)} s, peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MB${result.parsed !== undefined ? `, ${result.parsed} parsed, ${result.reused} reused${result.written ? '' : ', nothing rewritten'}` : ''})`);
  return result;
}

const load = (): number[] => os.loadavg().map((l) => Number(l.toFixed(2)));

const corpus = ensureCorpus();
const mb = corpus.bytes / 1e6;
const loadBefore = load();
log(`bench: ${count} documents, ${mb.toFixed(1)} MB, --jobs ${jobs}, ${os.availableParallelism()} cores, load average ${loadBefore.join(' ')}`);
const inputs = [docsDir];
rmSync(outDir, { recursive: true, force: true });
rmSync(outSmall, { recursive: true, force: true });

const calibration1 = phase('cores', 'calibrate', {});
const baseline1 = phase('baseline', 'baseline', { inputs });
const cold = phase('cold', 'extract', { inputs, out: outDir, jobs });
/** Reruns are short and the machine noisy: each is measured RERUNS times, and the median run is reported (every run is in the result file). */
const RERUNS = 3;
const median = (runs: PhaseResult[]): PhaseResult => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
const warmRuns = Array.from({ length: RERUNS }, (_, k) => phase(`warm ${k + 1}/${RERUNS}`, 'extract', { inputs, out: outDir, jobs }));
const warm = median(warmRuns);

// 1% changed: edit, rerun, restore (the stamp is removed meanwhile, so a killed run rebuilds the corpus).
// Two kinds of edit: a new dated paragraph (prose: reconciliation reuses its base), and a leader
// renamed in each of those documents (structured data: reconciliation computes everything again).
// Each kind runs RERUNS times, the same documents edited and restored in turn: restoring them is
// a change of 1% of the documents too, of the same kind.
const changed = changedIndexes(count);
const stampFile = path.join(corpusDir, 'stamp.json');
function editedRuns(name: string, edit: (text: string, index: number) => string): PhaseResult[] {
  const stamp = readFileSync(stampFile, 'utf8');
  rmSync(stampFile);
  const originals = changed.map((i) => {
    const file = path.join(docsDir, corpus.files[i]!);
    return { file, text: readFileSync(file, 'utf8'), edited: edit(readFileSync(file, 'utf8'), i) };
  });
  try {
    return Array.from({ length: RERUNS }, (_, k) => {
      for (const o of originals) writeFileSync(o.file, k % 2 === 0 ? o.edited : o.text);
      return phase(`${name} ${k + 1}/${RERUNS}`, 'extract', { inputs, out: outDir, jobs });
    });
  } finally {
    for (const { file, text } of originals) writeFileSync(file, text);
    writeFileSync(stampFile, stamp);
  }
}
const changedRuns = editedRuns('1% changed', changedText);
const changedRun = median(changedRuns);
const renamedRuns = editedRuns('1% changed, a leader renamed', renamedText);
const renamedRun = median(renamedRuns);
const baseline2 = phase('baseline', 'baseline', { inputs });
const calibration2 = phase('cores', 'calibrate', {});
const small = count >= 2 * SHARD_SIZE ? phase('cold 1k', 'extract', { inputs: [path.join(docsDir, '000')], out: outSmall, jobs }) : null;
const loadAfter = load();
if (sourceStamp() !== stampAtStart) changedDuring.push('end');

const baseline = baseline1.ms <= baseline2.ms ? baseline1 : baseline2;
const rate = (r: PhaseResult): { docs_per_s: number; mb_per_s: number } => ({ docs_per_s: Number((count / (r.ms / 1000)).toFixed(1)), mb_per_s: Number((mb / (r.ms / 1000)).toFixed(2)) });
const row = (name: string, r: PhaseResult) => ({ phase: name, seconds: Number((r.ms / 1000).toFixed(3)), process_seconds: Number((r.wallMs / 1000).toFixed(3)), ...rate(r), speedup_vs_baseline: Number((baseline.ms / r.ms).toFixed(3)), share_of_cold: Number((r.ms / cold.ms).toFixed(4)), peak_rss_mb: Number((r.maxRssKb / 1024).toFixed(1)), parsed: r.parsed ?? null, reused: r.reused ?? null, written: r.written ?? null });
const rows = [row('baseline remark-parse (1 thread)', baseline), row('cold full run', cold), row('warm, no change', warm), row('1% changed (prose)', changedRun), row('1% changed (a leader renamed)', renamedRun)];

const targets = {
  cold_vs_baseline: { value: Number((baseline.ms / cold.ms).toFixed(3)), target: '>= 1.2 (stretch 1.7)', met: baseline.ms / cold.ms >= 1.2 },
  warm_share_of_cold: { value: Number((warm.ms / cold.ms).toFixed(4)), target: '<= 0.10 (stretch 0.05)', met: warm.ms / cold.ms <= 0.1 },
  changed_share_of_cold: { value: Number((changedRun.ms / cold.ms).toFixed(4)), target: '<= 0.15', met: changedRun.ms / cold.ms <= 0.15 },
  renamed_share_of_cold: { value: Number((renamedRun.ms / cold.ms).toFixed(4)), target: '<= 0.15', met: renamedRun.ms / cold.ms <= 0.15 },
  rss_n_vs_1k: small ? { value: Number((cold.maxRssKb / small.maxRssKb).toFixed(3)), rss_1k_mb: Number((small.maxRssKb / 1024).toFixed(1)), rss_n_mb: Number((cold.maxRssKb / 1024).toFixed(1)), target: '<= 2', met: cold.maxRssKb / small.maxRssKb <= 2 } : null,
};
const result = {
  command: `npm run bench -- --docs ${count}${values.jobs ? ` --jobs ${jobs}` : ''}`,
  documents: count,
  megabytes: Number(mb.toFixed(2)),
  jobs,
  machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, load_before: loadBefore, load_after: loadAfter, effective_cores: [calibration1.effective_cores, calibration2.effective_cores].map((c) => Number((c ?? 0).toFixed(2))) },
  git: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
  phases: rows,
  baseline_runs_seconds: [baseline1.ms / 1000, baseline2.ms / 1000].map((s) => Number(s.toFixed(3))),
  /** Every run of the phases measured RERUNS times (the table holds the median). */
  rerun_seconds: Object.fromEntries(
    [
      ['warm', warmRuns],
      ['1% changed (prose)', changedRuns],
      ['1% changed (a leader renamed)', renamedRuns],
    ].map(([name, runs]) => [name as string, (runs as PhaseResult[]).map((r) => Number((r.ms / 1000).toFixed(3)))]),
  ),
  cold_1k: small ? row('cold 1k', small) : null,
  targets,
  /** Phases before which src/ or package-lock.json had changed since the start: the figures do not compare. */
  sources_changed_before: changedDuring,
};

mkdirSync(resultsDir, { recursive: true });
const resultFile = path.join(resultsDir, `bench-${count}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);

const table = [
  ['phase', 'seconds', 'docs/s', 'MB/s', 'x baseline', '% of cold', 'peak RSS MB'],
  ...rows.map((r) => [r.phase, r.seconds.toFixed(2), r.docs_per_s.toFixed(0), r.mb_per_s.toFixed(2), r.speedup_vs_baseline.toFixed(2), (r.share_of_cold * 100).toFixed(1), r.peak_rss_mb.toFixed(0)]),
  ...(small ? [[`cold, first ${SHARD_SIZE} docs`, (small.ms / 1000).toFixed(2), (SHARD_SIZE / (small.ms / 1000)).toFixed(0), '', '', '', (small.maxRssKb / 1024).toFixed(0)]] : []),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
console.log(`\nwikidex bench: ${count} documents (${mb.toFixed(1)} MB), --jobs ${jobs}, load average ${loadBefore.join(' ')} → ${loadAfter.join(' ')}`);
console.log(`cores this process really got (2 CPU-bound threads vs 1): ${result.machine.effective_cores.join(' → ')} of ${os.availableParallelism()}`);
for (const [i, r] of table.entries()) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log('\ntargets:');
for (const [name, t] of Object.entries(targets)) if (t) console.log(`  ${name.padEnd(22)} ${String(t.value).padStart(7)}  target ${t.target}  ${t.met ? 'met' : 'NOT met'}`);
if (changedDuring.length > 0) console.log(`\nWARNING: src/ or package-lock.json changed during the bench (before: ${changedDuring.join(', ')}); the phases ran different code and these figures do not compare.`);
console.log(`\nresult: ${path.relative(ROOT, resultFile)}`);
rmSync(outDir, { recursive: true, force: true });
rmSync(outSmall, { recursive: true, force: true });

// Date extraction against chrono-node's plain parse on the same prose (its own script: `bench/dates.ts`).
console.log('');
process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', path.join(path.dirname(fileURLToPath(import.meta.url)), 'dates.ts')], { encoding: 'utf8' }));
