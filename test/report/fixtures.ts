/** Shared set-up for the report tests: the seeds extracted into a temporary output folder. */
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline } from '../../src/pipeline/index.ts';
import { ROOT, SEED_000, SEED_001 } from '../helpers.ts';

export const DOC_000 = '000_1f1d3acaa8eb629d';
export const DOC_001 = '001_66d9a2a65db73112';
export const FIXTURES = path.join(ROOT, 'fixtures');

/** A temporary folder with `in/` (the two seeds) extracted into `out/`; sources are relative to it. */
export async function extractedSeeds(prefix = 'wikidex-report-'): Promise<{ dir: string; out: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await mkdir(path.join(dir, 'in'));
  await copyFile(SEED_000, path.join(dir, 'in', path.basename(SEED_000)));
  await copyFile(SEED_001, path.join(dir, 'in', path.basename(SEED_001)));
  await runPipeline({ inputs: ['in'], out: 'out', cwd: dir });
  return { dir, out: path.join(dir, 'out') };
}

/** A document full of markup, to check that nothing from a document reaches the page unescaped. */
export const HOSTILE = `= <script>alert("title")</script> & Co =

Infobox
- Agency Name: <img src=x onerror=alert(1)>
- Chief1 Name: Bob <b>Bold</b>
- Chief1 Position: Director "quoted" & 'single'

In 1990, the <script>document.title='pwned'</script> office opened.

== Leaders <i>x</i> ==

; Director </svg><script>alert(2)</script>

1. Eve <script>x</script> (1990 – 1995)
2. Mallory ]]></title><script>y</script> (1995 – present)
`;

export async function extractedHostile(): Promise<{ dir: string; out: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-report-hostile-'));
  await mkdir(path.join(dir, 'in'));
  await writeFile(path.join(dir, 'in', 'evil.txt'), HOSTILE, 'utf8');
  await runPipeline({ inputs: ['in'], out: 'out', cwd: dir });
  return { dir, out: path.join(dir, 'out') };
}
