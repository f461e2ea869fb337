/**
 * Documents with one very long line in each construct, and a timer for them that runs in a plain
 * Node process (`node --import tsx test/fuzz/long-lines.ts <jobs JSON>`): what the CLI runs. Under
 * vitest, dependencies resolve to their development builds (micromark's asserts make it about
 * three times slower), which would measure the wrong thing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { processDocument as ProcessDocument } from '../../src/process-document.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = readFileSync(path.join(ROOT, 'seeds/000_1f1d3acaa8eb629d.txt'), 'utf8');

/** Digits, dashes, parentheses, brackets, month names: what the date and entry scanners look at. */
export const MIX = 'In 1990–91 (b) 12-3 (c 2000 [x] June 1988 – Dec ';
export const SENTENCES = 'In 1990–91 (the second term) the office moved 12-3 times (see 2000–2004). ';

/** Each construct, with a line of `fill` in it, placed in a real document. */
export const CONSTRUCTS: Record<string, { make: (fill: string) => string; unit: string }> = {
  heading: { make: (f) => base.replace('== History ==', `== ${f} ==`), unit: MIX },
  'term (; header)': { make: (f) => base.replace('; Director of the Foreign Affairs Office of the State Council', `; ${f}`), unit: MIX },
  'infobox value': { make: (f) => base.replace('- Logo: Danghui.svg', `- Logo: ${f}`), unit: MIX },
  'infobox key': { make: (f) => base.replace('- Logo: Danghui.svg', `- ${f}1 Name: x`), unit: MIX },
  'leader entry': { make: (f) => base.replace('2. Liu Shuqing (December 1989 – August 1991)', `2. Liu Shuqing (${f}`), unit: MIX },
  'leader name': { make: (f) => base.replace('2. Liu Shuqing (December 1989 – August 1991)', `2. Liu${f} (December 1989 – August 1991)`), unit: MIX },
  'prose (one sentence)': { make: (f) => base.replace('== Functions ==', `${f}\n\n== Functions ==`), unit: MIX },
  'table row': { make: (f) => base.replace('2. Liu Shuqing (December 1989 – August 1991)', `\n| 2 | Liu Shuqing | ${f} |\n`), unit: MIX },
  'wiki table cell': { make: (f) => base.replace('2. Liu Shuqing (December 1989 – August 1991)', `\n{|\n|-\n| 2 || Liu Shuqing || ${f}\n|}\n`), unit: MIX },
};

/** Constructs of the long run only (`npm run fuzz`): 90,000 short sentences on one line. */
export const LONG_RUN_CONSTRUCTS: Record<string, { make: (fill: string) => string; unit: string }> = {
  'prose (sentences)': { make: (f) => base.replace('== Functions ==', `${f}\n\n== Functions ==`), unit: SENTENCES },
};

/** Other fills for the long run (`npm run fuzz`): each one once hit a slow path somewhere. */
export const EXTRA_FILLS = ['a', ' ', '1', '1 ', '1990–', '(', ')', '[a](', '*a_', ', ', '1999 ', '<a ', '1990. ', '- ', '> ', '=', ';', '\t', ' MP', ', MP', 'Sir ', '王毅 ', '1998年', '~1998 ', '1998/3/', 'mid-', '-Key: ', '，', '• ', '|', '||', '[[', '{{', '<ref>'];

export interface Job {
  construct: string;
  unit: string;
  size: number;
}

export interface Timing extends Job {
  ms: number;
  /** `ok`, or the code of the problem that stopped the document. */
  outcome: string;
}

const fillOf = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export function documentOf(job: Job): string {
  const spec = CONSTRUCTS[job.construct] ?? LONG_RUN_CONSTRUCTS[job.construct];
  if (!spec) throw new Error(`unknown construct ${job.construct}`);
  const text = spec.make(fillOf(job.unit, job.size));
  if (text === base) throw new Error(`${job.construct} is not placed in the document`);
  return text;
}

/** Times one document through `processDocument` (passed in: importing it is heavy, and the test process only builds jobs). */
export function time(job: Job, processDocument: typeof ProcessDocument): Timing {
  const bytes = new TextEncoder().encode(documentOf(job));
  const started = performance.now();
  const outcome = processDocument({ source: 'long.txt', absolute: '/nonexistent/long.txt', docId: 'long' }, bytes);
  const ms = performance.now() - started;
  return { ...job, ms, outcome: outcome.ok ? 'ok' : outcome.problem.code };
}

// Run as a script: time every job of argv[2] (JSON), print the timings as JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { processDocument } = await import('../../src/process-document.ts');
  const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job[];
  time({ construct: 'heading', unit: MIX, size: 10_000 }, processDocument); // warm up
  process.stdout.write(JSON.stringify(jobs.map((job) => time(job, processDocument))));
}
