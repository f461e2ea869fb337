/**
 * A folder that cannot be listed is reported and the rest is read. Permissions do not stop root
 * (CI runs as root), so the refusal is made by the file system double below: `readdir` of a
 * folder named `locked` fails with EACCES, as a folder of mode 000 does for other users.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (dir: string, options?: unknown) => {
    if (path.basename(String(dir)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(dir)}'`), { code: 'EACCES' });
    return real.readdir(dir, options as never);
  }) as typeof real.readdir;
  return { ...real, readdir, default: { ...real, readdir } };
});

const { discoverInputs } = await import('../../src/read/index.ts');

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('discovery', () => {
  it('reports an unreadable folder and reads the rest', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-perm-'));
    roots.push(root);
    await mkdir(path.join(root, 'in/locked'), { recursive: true });
    await writeFile(path.join(root, 'in/locked/b.txt'), '= B =\n');
    await writeFile(path.join(root, 'in/a.txt'), '= A =\n');
    const found = await discoverInputs(['in'], root);
    expect(found.files.map((f) => f.docId)).toEqual(['a']);
    expect(found.problems.map((p) => [p.file, p.code])).toEqual([['in/locked', 'unreadable']]);
    expect(found.problems[0]!.message).toMatch(/^folder cannot be read \(EACCES\)/);
  });
});
