import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/read/index.ts';

describe('discoverInputs', () => {
  it('finds every .txt below a folder, sorted, with ids relative to the root', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-discover-'));
    await mkdir(path.join(root, 'in/b'), { recursive: true });
    await writeFile(path.join(root, 'in/z.txt'), 'z');
    await writeFile(path.join(root, 'in/a.txt'), 'a');
    await writeFile(path.join(root, 'in/b/c.txt'), 'c');
    await writeFile(path.join(root, 'in/notes.md'), 'ignored');
    await writeFile(path.join(root, 'single.txt'), 's');
    const found = await discoverInputs(['in', 'single.txt', 'missing'], root);
    expect(found.files.map((f) => [f.docId, f.source])).toEqual([
      ['a', 'in/a.txt'],
      ['b/c', 'in/b/c.txt'],
      ['z', 'in/z.txt'],
      ['single', 'single.txt'],
    ]);
    expect(found.problems).toEqual([{ file: 'missing', code: 'not-found', message: 'no such file or folder; check the path' }]);
  });

  it('skips hidden files and folders below a folder, but reads a hidden file given directly', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-hidden-'));
    await mkdir(path.join(root, 'in/.git'), { recursive: true });
    await mkdir(path.join(root, 'in/.drafts'));
    await writeFile(path.join(root, 'in/a.txt'), 'a');
    await writeFile(path.join(root, 'in/._a.txt'), Buffer.from([0x00, 0x05, 0x16, 0x07]));
    await writeFile(path.join(root, 'in/.hidden.txt'), 'h');
    await writeFile(path.join(root, 'in/.git/notes.txt'), 'n');
    await writeFile(path.join(root, 'in/.drafts/b.txt'), 'b');
    await symlink('nowhere@12.34', path.join(root, 'in/.#a.txt'));
    const found = await discoverInputs(['in', 'in/.hidden.txt'], root);
    expect(found.files.map((f) => [f.docId, f.source])).toEqual([
      ['a', 'in/a.txt'],
      ['.hidden', 'in/.hidden.txt'],
    ]);
    expect(found.problems).toEqual([]);
  });

  it('follows symlinks only inside the input root', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-links-'));
    await mkdir(path.join(root, 'in'));
    await writeFile(path.join(root, 'in/real.txt'), 'r');
    await writeFile(path.join(root, 'secret.txt'), 's');
    await symlink(path.join(root, 'in/real.txt'), path.join(root, 'in/alias.txt'));
    await symlink(path.join(root, 'secret.txt'), path.join(root, 'in/escape.txt'));
    const found = await discoverInputs(['in'], root);
    expect(found.files.map((f) => f.docId)).toEqual(['alias', 'real']);
    expect(found.problems.map((p) => [p.file, p.code])).toEqual([['in/escape.txt', 'outside-root']]);
  });
});
