/**
 * Output safety through the real CLI: CSV cells that a spreadsheet would run as a formula are
 * neutralised (and `--csv-raw` keeps them), hostile file and folder names never write outside
 * --out, and symbolic links are followed only inside the input root.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/schema/tables.ts';
import { listTree, parseCsv, readCompleteOutput, removeTempDirs, tempDir, wikidex } from './helpers.ts';

afterAll(removeTempDirs);

const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];

const FORMULA_DOC = [
  '= =HYPERLINK("http://evil.example","x") =',
  '',
  'Infobox',
  '- Equals: =1+1',
  '- Plus: +1+1',
  '- Minus: -1+1',
  '- At: @SUM(A1:A2)',
  '- =cmd|\' /C calc\'!A0: key',
  '- Fine: 1990',
  '',
  '== +Plus heading ==',
  '',
  '; -Minus header',
  '',
  '- @Person (1990–1991)',
  '- =Other (1992–1993)',
  '',
].join('\n');

async function formulaFolder(): Promise<string> {
  const dir = await tempDir('csv');
  await mkdir(path.join(dir, 'in'));
  await writeFile(path.join(dir, 'in', 'formula.txt'), FORMULA_DOC);
  // Ids come from file names: these start with every dangerous character, tab and CR included.
  for (const [name, c] of [['eq', '='], ['plus', '+'], ['minus', '-'], ['at', '@'], ['tab', '\t'], ['cr', '\r']] as const) {
    await writeFile(path.join(dir, 'in', `${c}${name}.txt`), `= ${c}${name} =\n\nFounded in 1990.\n`);
  }
  return dir;
}

describe('CSV formula neutralisation', () => {
  it('prefixes every cell starting with =, +, -, @, tab or CR with an apostrophe; JSON keeps the value', async () => {
    const dir = await formulaFolder();
    const run = await wikidex(['extract', 'in', '--out', 'out', '--quiet'], dir);
    expect(run.code, run.stderr).toBe(0);
    const out = await readCompleteOutput(path.join(dir, 'out'));
    const seen = new Set<string>();
    for (const name of TABLE_NAMES) {
      const rows = parseCsv(await readFile(path.join(dir, 'out', `${name}.csv`), 'utf8'));
      const header = rows[0]!;
      rows.slice(1).forEach((row, i) => {
        const record = out.tables[name][i]!;
        row.forEach((cell, k) => {
          expect(FORMULA_START, `${name}.${header[k]}: ${JSON.stringify(cell)}`).not.toContain(cell[0]);
          const value = record[header[k]!];
          if (typeof value === 'string' && FORMULA_START.includes(value[0]!)) {
            expect(cell).toBe(`'${value}`);
            seen.add(value[0]!);
          }
        });
      });
    }
    // Every dangerous start really occurred in the data.
    expect([...seen].sort()).toEqual([...FORMULA_START].sort());
    expect(out.tables.infobox.filter((r) => r.doc_id === 'formula').map((r) => r.value)).toContain('=1+1');
    expect((await readJson(path.join(dir, 'out/manifest.json'))).csv).toBe('formula-neutralised');
  });

  it('writes the cells verbatim with --csv-raw', async () => {
    const dir = await formulaFolder();
    const run = await wikidex(['extract', 'in', '--out', 'out', '--quiet', '--csv-raw'], dir);
    expect(run.code, run.stderr).toBe(0);
    const rows = parseCsv(await readFile(path.join(dir, 'out/infobox.csv'), 'utf8'));
    expect(rows.filter((r) => r[0] === 'formula').map((r) => r[2])).toEqual(['=1+1', '+1+1', '-1+1', '@SUM(A1:A2)', 'key', '1990']);
    const docs = parseCsv(await readFile(path.join(dir, 'out/documents.csv'), 'utf8'));
    expect(docs.map((r) => r[0])).toContain('\ttab');
    expect(docs.map((r) => r[0])).toContain('\rcr');
    expect((await readJson(path.join(dir, 'out/manifest.json'))).csv).toBe('raw');
  });
});

const readJson = async (file: string): Promise<{ csv?: string }> => JSON.parse(await readFile(file, 'utf8')) as { csv?: string };

describe('file names and symbolic links', () => {
  it('writes nothing outside --out, whatever the names, and follows links only inside the root', async () => {
    const root = await tempDir('paths');
    const work = path.join(root, 'work');
    const input = path.join(work, 'in');
    for (const sub of ['..a', 'a..', '...', '.hidden', 'deep/x..y/deep2']) await mkdir(path.join(input, sub), { recursive: true });
    const doc = (title: string): string => `= ${title} =\n\nFounded in 1990.\n`;
    for (const name of ['..txt', '...txt', '.txt', 'a...txt', '..a/x.txt', 'a../x.txt', 'a../..txt', '.../x.txt', '.hidden/x.txt', 'deep/x..y/deep2/x.txt', 'real.txt']) {
      await writeFile(path.join(input, name), doc(name));
    }
    // Outside the input root: a secret file and a folder of documents.
    await writeFile(path.join(work, 'secret.txt'), doc('secret'));
    await mkdir(path.join(root, 'outside'));
    await writeFile(path.join(root, 'outside', 'other.txt'), doc('other'));
    await symlink(path.join(work, 'secret.txt'), path.join(input, 'escape.txt'));
    await symlink('../../outside', path.join(input, 'linkdir'));
    await symlink(path.join(input, 'real.txt'), path.join(input, 'inside.txt'));
    await symlink(path.join(input, 'missing.txt'), path.join(input, 'broken.txt'));

    const before = await listTree(root);
    // The folder's hidden files and folders are skipped; `..txt` and `...txt` given directly are read, as `.` and `..`.
    const run = await wikidex(['extract', 'in', 'in/..txt', 'in/...txt', '--out', 'out'], work);
    expect(run.code).toBe(1); // the links are reported as errors
    const after = await listTree(root);
    const created = after.filter((p) => !before.includes(p));
    expect(created.length).toBeGreaterThan(0);
    for (const p of created) expect(p === 'work/out' || p.startsWith('work/out/'), p).toBe(true);

    const out = await readCompleteOutput(path.join(work, 'out'));
    const ids = out.tables.documents.map((d) => d.doc_id);
    expect(ids).toEqual(['.', '..', 'a..', 'a../x', 'deep/x..y/deep2/x', 'inside', 'real']);
    expect(out.tables.documents.every((d) => !String(d.title).includes('secret') && !String(d.title).includes('other'))).toBe(true);
    expect(out.errors.map((e) => [e.file, e.code])).toEqual([
      ['in/broken.txt', 'not-found'],
      ['in/escape.txt', 'outside-root'],
      ['in/linkdir', 'outside-root'],
    ]);
  });
});
