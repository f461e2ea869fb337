import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv, writeDirAtomic } from '../../src/emit/index.ts';

describe('toCsv', () => {
  it('writes RFC 4180: header, CRLF, quotes doubled, arrays as JSON', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: 'x, "y"', b: null, c: ['P', 'Q'] }, { a: 'line\nbreak', b: 3, c: true }]);
    expect(csv).toBe('a,b,c\r\n"x, ""y""",,"[""P"",""Q""]"\r\n"line\nbreak",3,true\r\n');
  });

  it('neutralises spreadsheet formulas unless raw', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('-2')).toBe("'-2");
    expect(neutraliseCell('Wang Yi')).toBe('Wang Yi');
    expect(toCsv(['a'], [{ a: '+cmd' }], { raw: true })).toBe('a\r\n+cmd\r\n');
  });
});

describe('writeDirAtomic', () => {
  it('replaces an earlier output folder whole', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-emit-'));
    const out = path.join(root, 'out');
    await writeDirAtomic(out, new Map([['manifest.json', '{}'], ['a.json', '1'], ['schema/x.json', '2']]));
    await writeDirAtomic(out, new Map([['manifest.json', '{}'], ['b.json', '3']]));
    expect((await readdir(out)).sort()).toEqual(['b.json', 'manifest.json']);
    expect(await readFile(path.join(out, 'b.json'), 'utf8')).toBe('3');
    expect((await readdir(root)).sort()).toEqual(['out']);
  });

  it('refuses to replace a folder it did not write', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-emit-'));
    await mkdir(path.join(root, 'home'));
    await writeFile(path.join(root, 'home/precious.txt'), 'keep');
    await expect(writeDirAtomic(path.join(root, 'home'), new Map([['manifest.json', '{}']]))).rejects.toThrow(/refusing to replace/);
    expect(await readFile(path.join(root, 'home/precious.txt'), 'utf8')).toBe('keep');
  });

  it('restores the previous output when a run died between the two renames', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'wikidex-emit-'));
    await mkdir(path.join(root, '.out.previous'));
    await writeFile(path.join(root, '.out.previous/manifest.json'), '{"old":true}');
    await writeDirAtomic(path.join(root, 'out'), new Map([['manifest.json', '{"new":true}']]));
    expect(await readFile(path.join(root, 'out/manifest.json'), 'utf8')).toBe('{"new":true}');
    expect((await readdir(root)).sort()).toEqual(['out']);
  });
});
