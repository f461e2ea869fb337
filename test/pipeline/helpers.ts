import { copyFile, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline, type PipelineOptions, type PipelineSummary } from '../../src/pipeline/index.ts';
import { ROOT } from '../helpers.ts';

/** The documents used by these tests: the seeds and the fixture documents (8 small articles). */
export async function sourceDocuments(): Promise<string[]> {
  const dirs = ['seeds', 'fixtures/docs'];
  const files: string[] = [];
  for (const dir of dirs) for (const name of (await readdir(path.join(ROOT, dir))).filter((n) => n.endsWith('.txt')).sort()) files.push(path.join(ROOT, dir, name));
  return files;
}

/** A fresh working folder with the documents copied into `in/`. */
export async function workspace(prefix = 'wikidex-pipeline-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await mkdir(path.join(dir, 'in'));
  for (const file of await sourceDocuments()) await copyFile(file, path.join(dir, 'in', path.basename(file)));
  return dir;
}

export const run = (cwd: string, options: Partial<PipelineOptions> = {}): Promise<PipelineSummary> =>
  runPipeline({ inputs: ['in'], out: 'out', cwd, jobs: 1, ...options });

/** Output files of a folder (the cache aside), name → content. */
export async function outputFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  async function walk(sub: string): Promise<void> {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (rel === '.cache') continue;
      if (entry.isDirectory()) await walk(rel);
      else files.set(rel, await readFile(path.join(dir, rel), 'utf8'));
    }
  }
  await walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** mtime and inode of every output file. */
export async function fileStamps(dir: string): Promise<Record<string, [number, number]>> {
  const stamps: Record<string, [number, number]> = {};
  for (const name of (await outputFiles(dir)).keys()) {
    const s = await stat(path.join(dir, name));
    stamps[name] = [s.mtimeMs, s.ino];
  }
  return stamps;
}

export async function cacheEntries(out: string): Promise<string[]> {
  const root = path.join(out, '.cache');
  const docs = (await readdir(root)).find((n) => n.startsWith('docs-'));
  if (!docs) return [];
  const found: string[] = [];
  for (const shard of await readdir(path.join(root, docs))) for (const name of await readdir(path.join(root, docs, shard))) found.push(path.join(root, docs, shard, name));
  return found.sort();
}

export const writeText = (file: string, text: string): Promise<void> => writeFile(file, text);
