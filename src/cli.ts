import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatAuditText, runAudit } from './audit/index.ts';
import { runPipeline, type PipelineProgress } from './pipeline/index.ts';
import { defaultJobs } from './workers/pool.ts';
import { MissingDatasetsError, writeReport } from './report/index.ts';
import { DEFAULT_MAX_BYTES } from './read/index.ts';
import type { ProblemRecord } from './schema/records.ts';

const USAGE = `Usage: wikidex <command> [options]

Commands:
  extract [inputs…]   Extract datasets from .txt documents (files or folders; default: seeds/)
  audit [inputs…]     Compare extractions with hand-checked fixtures
                      (default inputs: seeds/ and fixtures/docs/)
  report              Write a static HTML report of the datasets to <out>/report/index.html

Options for extract:
  --out <dir>         Output folder (default: output/)
  --max-bytes <n>     Largest document accepted, in bytes (default: ${DEFAULT_MAX_BYTES})
  --csv-raw           Write CSV cells verbatim (no spreadsheet formula neutralisation)
  -j, --jobs <n>      Threads that parse and extract (default: available cores, here ${defaultJobs()})
  --no-cache          Ignore the cache in <out>/.cache: parse every document again
                      (the cache is rebuilt from this run)
  -q, --quiet         Print nothing but errors (and no progress bar)
  -h, --help          Show this help

Options for audit:
  --fixtures <dir>    Fixtures folder (default: fixtures/)
  --format text|json  Report format (default: text)
  --min-f1 <x>        Pass when every table's F1 is at least x (0..1) instead of
                      requiring an exact match
  --update <dir>      Also write candidate fixtures of the inputs into <dir> for
                      review (never into the fixtures folder)

Options for report:
  --out <dir>         Folder holding the datasets (default: output/)
  --fixtures <dir>    Fixtures folder for the per-document audit (default: fixtures/)

Exit status of extract: 0 all documents extracted; 1 some documents failed (the others are
still written, problems listed in <out>/errors.json); 2 usage error.
Exit status of audit: 0 every audited document matches its fixture (or meets
--min-f1); 1 differences or errors; 2 usage error.
Exit status of report: 0 page written; 1 no datasets in the folder; 2 usage error.
`;

class UsageError extends Error {}

const where = (p: ProblemRecord): string => `${p.file}${p.line !== null ? `:${p.line}` : ''}${p.column !== null ? `:${p.column}` : ''}`;

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      'max-bytes': { type: 'string' },
      'csv-raw': { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      'no-cache': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const maxBytes = positiveInt(values['max-bytes'], '--max-bytes', DEFAULT_MAX_BYTES);
  const jobs = positiveInt(values.jobs, '--jobs', defaultJobs());
  const bar = !values.quiet && io.progress ? await progressBar(io.progress) : null;
  let summary;
  try {
    summary = await runPipeline({
      inputs: positionals.length > 0 ? positionals : ['seeds'],
      out: values.out,
      maxBytes,
      csvRaw: values['csv-raw'],
      jobs,
      cache: !values['no-cache'],
      onProgress: bar?.update,
    });
  } finally {
    bar?.stop();
  }
  const errors = summary.problems.filter((p) => p.severity === 'error');
  const warnings = summary.problems.filter((p) => p.severity === 'warning');
  for (const p of errors) io.err(`${where(p)}: error [${p.code}] ${p.message}\n`);
  if (!values.quiet) {
    for (const p of warnings) io.err(`${where(p)}: warning [${p.code}] ${p.message}\n`);
    for (const w of summary.cacheWarnings) io.err(`wikidex: warning [cache] ${w}\n`);
    const rows = Object.entries(summary.rows).map(([name, n]) => `${name} ${n}`).join(', ');
    const target = summary.written ? `extracted into ${values.out}/` : `extracted; ${values.out}/ already up to date, nothing rewritten`;
    const threads = summary.execution.mode === 'workers' ? ` on ${summary.execution.threads} worker${summary.execution.threads === 1 ? '' : 's'}` : '';
    io.err(`wikidex: ${summary.documents - summary.failed}/${summary.documents} documents ${target} (${rows}); ${summary.parsed} parsed${threads}, ${summary.reused} reused from cache; ${errors.length} errors, ${warnings.length} warnings\n`);
  }
  return summary.failed > 0 || errors.length > 0 ? 1 : 0;
}

async function auditCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      fixtures: { type: 'string', default: 'fixtures' },
      format: { type: 'string', default: 'text' },
      'min-f1': { type: 'string' },
      update: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format expects text or json, got ${JSON.stringify(values.format)}`);
  let minF1: number | null = null;
  if (values['min-f1'] !== undefined) {
    minF1 = Number(values['min-f1']);
    if (!Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) throw new UsageError(`--min-f1 expects a number from 0 to 1, got ${JSON.stringify(values['min-f1'])}`);
  }
  const report = await runAudit({
    inputs: positionals.length > 0 ? positionals : ['seeds', path.join(values.fixtures, 'docs')],
    fixtures: values.fixtures,
    minF1,
    update: values.update ?? null,
  });
  io.out(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatAuditText(report));
  return report.pass ? 0 : 1;
}

async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'output' },
      fixtures: { type: 'string', default: 'fixtures' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    const summary = await writeReport({ out: values.out, fixtures: values.fixtures });
    io.err(`wikidex: report of ${summary.documents} documents (${summary.audited} audited) written to ${path.join(values.out, 'report', 'index.html')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof MissingDatasetsError)) throw error;
    io.err(`wikidex: ${error.message}\n`);
    return 1;
  }
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Terminal for the progress bar of extract; absent when stderr is not a TTY. */
  progress?: NodeJS.WriteStream;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), progress: process.stderr.isTTY ? process.stderr : undefined };

/** `42s`, `3m07s`: the time the documents left take at `rate` per second. */
function timeLeft(documents: number, rate: number): string {
  if (rate <= 0) return '?';
  const seconds = Math.ceil(documents / rate);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** What the bar says after the documents' rate: the time left, then the corpus-level stage. */
const STAGE_TEXT: Record<PipelineProgress['stage'], string | null> = { documents: null, reconciling: 'reconciling people and organizations…', writing: 'writing the tables…' };

/** Progress bar on a TTY: documents done / total, rate, time left, then the corpus-level stage; erased when done. */
async function progressBar(stream: NodeJS.WriteStream): Promise<{ update: (p: PipelineProgress) => void; stop: () => void }> {
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({
    stream,
    format: 'wikidex {bar} {value}/{total} documents | {rate} docs/s | {parsed} parsed, {reused} cached | {status}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  // Counted from the first document done: worker start-up is no part of the rate.
  let first: { at: number; done: number } | null = null;
  let shown = false;
  let rate = 0;
  let stage: PipelineProgress['stage'] = 'documents';
  return {
    update: (p) => {
      // The documents' rate, kept as it was once they are done (the corpus-level step is no document).
      if (p.stage === 'documents') {
        first ??= { at: performance.now(), done: p.done };
        const seconds = (performance.now() - first.at) / 1000;
        rate = seconds > 0.05 ? Math.round((p.done - first.done) / seconds) : 0;
      }
      const payload = { rate, parsed: p.parsed, reused: p.reused, status: STAGE_TEXT[p.stage] ?? `${timeLeft(p.total - p.done, rate)} left` };
      if (!shown) {
        bar.start(p.total, p.done, payload);
        shown = true;
      } else bar.update(p.done, payload);
      // Drawn at once: the corpus-level step holds the thread, so no timer draws it while it runs.
      if (p.stage !== stage) bar.render();
      stage = p.stage;
    },
    stop: () => {
      if (shown) bar.stop();
    },
  };
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  extract: extractCommand,
  audit: auditCommand,
  report: reportCommand,
};

/** Runs the CLI; returns the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`wikidex: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`wikidex: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
