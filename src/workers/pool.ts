/**
 * Runs `extractEntry` on a worker pool (piscina) or, for small runs and `--jobs 1`, in the main
 * thread. Workers load the TypeScript sources through tsx: the pool passes `--import <tsx>` (an
 * absolute URL, so it works whatever the working directory) in `execArgv`.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ExtractRequest, ExtractResult } from './extract-task.ts';

export interface Runner {
  /** Where the work runs: `in-process` or `workers`. */
  readonly mode: 'in-process' | 'workers';
  readonly threads: number;
  run(request: ExtractRequest): Promise<ExtractResult>;
  close(): Promise<void>;
}

/** Below this many documents to parse, starting workers (≈0.5 s each, in parallel) costs more than it saves. */
export const IN_PROCESS_BELOW = 48;

export const defaultJobs = (): number => availableParallelism();

async function inProcess(): Promise<Runner> {
  const { extractEntry } = await import('./extract-task.ts');
  return { mode: 'in-process', threads: 1, run: async (request) => extractEntry(request), close: async () => {} };
}

async function workers(threads: number): Promise<Runner> {
  const { Piscina } = await import('piscina');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const pool = new Piscina<ExtractRequest, ExtractResult>({
    filename: new URL('./extract-task.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // The queue is unbounded: the pipeline bounds what is in flight itself.
    idleTimeout: 60_000,
    atomics: 'disabled',
    execArgv: ['--import', tsx],
  });
  return {
    mode: 'workers',
    threads,
    run: (request) => pool.run(request),
    close: () => pool.destroy(),
  };
}

/**
 * Worker threads for `pending` documents to parse out of `total`, with at most `jobs`; 0: in the
 * main thread. `--jobs 1` works in the main thread. So does a small run with nothing else to do;
 * a small run beside cached documents gets one worker, which loads the parser (most of its cost
 * for a few documents) while the main thread streams the cached ones. The output is the same
 * either way.
 */
export function plannedThreads(jobs: number, pending: number, total: number, inProcessBelow = IN_PROCESS_BELOW): number {
  if (jobs <= 1) return 0;
  if (pending >= inProcessBelow) return Math.min(jobs, pending);
  return pending < total ? 1 : 0;
}

/** A runner for `pending` documents to parse out of `total` (see `plannedThreads`). */
export async function createRunner(jobs: number, pending: number, total: number, inProcessBelow = IN_PROCESS_BELOW): Promise<Runner> {
  const threads = plannedThreads(jobs, pending, total, inProcessBelow);
  return threads === 0 ? inProcess() : workers(threads);
}

/** One worker, started before the plan is complete (a rerun that has just met a document to parse). */
export function createOneWorker(): Promise<Runner> {
  return workers(1);
}

/** `more` worker threads beside a runner's: each task goes to the side with fewer in flight. */
export async function withMoreWorkers(runner: Runner, more: number): Promise<Runner> {
  if (more <= 0) return runner;
  const sides = [runner, await workers(more)];
  const inFlight = [0, 0];
  return {
    mode: 'workers',
    threads: sides[0]!.threads + sides[1]!.threads,
    run: async (request) => {
      // Per thread: the side with more threads takes more.
      const side = inFlight[0]! / sides[0]!.threads <= inFlight[1]! / sides[1]!.threads ? 0 : 1;
      inFlight[side]!++;
      try {
        return await sides[side]!.run(request);
      } finally {
        inFlight[side]!--;
      }
    },
    close: async () => {
      await Promise.all(sides.map((side) => side.close()));
    },
  };
}
