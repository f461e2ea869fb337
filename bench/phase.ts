/**
 * One measured phase of the benchmark, in its own process (so that its peak RSS is its own).
 * Usage: node --import tsx bench/phase.ts <baseline|extract> <json options>
 * Prints one JSON line: { ms, maxRssKb, ... }. `ms` is measured around the work itself, after the
 * process and its static imports have loaded (the pipeline's lazy imports and worker start-up are
 * inside it); the parent also reports the whole process's wall time.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { runPipeline, type PipelineOptions } from '../src/pipeline/index.ts';
import { discoverInputs } from '../src/read/index.ts';

const [mode, raw] = process.argv.slice(2);
const options = JSON.parse(raw ?? '{}') as { inputs: string[]; out?: string; jobs?: number; cache?: boolean };

if (mode === 'baseline') {
  // unified + remark-parse alone, single-threaded, over the same files (read and decoded as UTF-8).
  const { files } = await discoverInputs(options.inputs);
  const processor = unified().use(remarkParse);
  const started = performance.now();
  let nodes = 0;
  for (const file of files) nodes += processor.parse(readFileSync(file.absolute, 'utf8')).children.length;
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, documents: files.length, nodes }));
} else if (mode === 'extract') {
  const started = performance.now();
  const summary = await runPipeline({ inputs: options.inputs, out: options.out ?? 'bench/results/out', jobs: options.jobs, cache: options.cache } satisfies PipelineOptions);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, documents: summary.documents, parsed: summary.parsed, reused: summary.reused, written: summary.written, execution: summary.execution, rows: summary.rows }));
} else if (mode === 'calibrate') {
  // How many cores this process really gets: the same CPU-bound loop on 1 thread, then on 2 at once.
  const { Worker } = await import('node:worker_threads');
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 1e8; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x);`;
  const timed = async (threads: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => new Worker(code, { eval: true }).once('message', resolve))));
    return performance.now() - started;
  };
  const one = await timed(1);
  const two = await timed(2);
  console.log(JSON.stringify({ ms: one + two, maxRssKb: process.resourceUsage().maxRSS, documents: 0, one_thread_ms: one, two_threads_ms: two, effective_cores: (2 * one) / two }));
} else {
  console.error('usage: phase.ts <baseline|extract|calibrate> <json options>');
  process.exitCode = 2;
}
