/**
 * Every problem wikidex reports, triggered for real through the CLI: each names the file, the
 * line (and column where known), a stable code, and says what to do about it.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProblemRecord } from '../../src/schema/records.ts';
import { readCompleteOutput, removeTempDirs, tempDir, wikidex, type Run } from './helpers.ts';

afterAll(removeTempDirs);

const doc = (body: string): string => `= Title =\n\n${body}`;
const LEADERS = '== Leaders ==\n- A (1990–1991)\n- B (around 1990)\n- C (2000–1990)\n- D (1995 – soon)\n- E\n';

/** Code → the file that triggers it, where (line, column), and whether the message must say what to do. */
const EXPECTED: { code: string; file: string; line: number | null; column?: number | null; severity: 'error' | 'warning' }[] = [
  { code: 'empty', file: 'in/empty.txt', line: 1, severity: 'error' },
  { code: 'binary', file: 'in/binary.txt', line: 2, severity: 'error' },
  { code: 'invalid-utf8', file: 'in/latin1.txt', line: 3, severity: 'error' },
  { code: 'invalid-utf16', file: 'in/surrogate.txt', line: 3, severity: 'error' },
  { code: 'binary', file: 'in/utf16-no-bom.txt', line: 1, severity: 'error' },
  { code: 'too-large', file: 'in/huge.txt', line: 1, severity: 'error' },
  { code: 'missing-title', file: 'in/untitled.txt', line: 1, severity: 'warning' },
  { code: 'empty-infobox', file: 'in/box.txt', line: 3, severity: 'warning' },
  { code: 'infobox-line-without-separator', file: 'in/box.txt', line: 8, severity: 'warning' },
  { code: 'tenure-unreadable', file: 'in/leaders.txt', line: 5, column: 3, severity: 'warning' },
  { code: 'tenure-start-after-end', file: 'in/leaders.txt', line: 6, column: 3, severity: 'warning' },
  { code: 'tenure-unreadable', file: 'in/leaders.txt', line: 7, column: 3, severity: 'warning' },
  { code: 'tenure-undated', file: 'in/leaders.txt', line: 8, column: 3, severity: 'warning' },
  { code: 'sentence-too-long', file: 'in/runon.txt', line: 3, column: 1, severity: 'warning' },
  // The line of the first record over the budget: a dated paragraph below the 100 kB heading.
  { code: 'output-too-large', file: 'in/amplify.txt', line: -1, column: 18, severity: 'error' },
  { code: 'not-found', file: 'in/broken.txt', line: null, severity: 'error' },
  { code: 'outside-root', file: 'in/escape.txt', line: null, severity: 'error' },
  { code: 'not-found', file: 'missing-input', line: null, severity: 'error' },
  { code: 'not-a-document', file: 'pipe.txt', line: null, severity: 'error' },
  { code: 'duplicate-doc-id', file: 'in2/untitled.txt', line: null, severity: 'error' },
];

/** Codes raised outside read/, parse/ and extract/ whose messages are not (yet) actionable. */
const NOT_OURS = new Set(['duplicate-doc-id']);
const ACTION = /\b(add|remove|write|check|split|raise|re-save|convert|fix|copy|pass|break|end|rename|drop)\b/i;

describe('errors.json: every code, located and actionable', () => {
  let dir: string;
  let run: Run;
  let problems: ProblemRecord[];

  beforeAll(async () => {
    dir = await tempDir('codes');
    const inDir = path.join(dir, 'in');
    await mkdir(inDir);
    await mkdir(path.join(dir, 'in2'));
    const put = (name: string, content: string | Buffer): Promise<void> => writeFile(path.join(dir, name), content);
    await put('in/empty.txt', ' \n\n');
    await put('in/binary.txt', Buffer.from('= B =\nx\u0000y', 'latin1'));
    await put('in/latin1.txt', Buffer.concat([Buffer.from('= T =\n\n'), Buffer.from('na\u00efve\n', 'latin1')]));
    // A byte order mark, two lines, then half of a surrogate pair (D800) before an 'x'.
    await put('in/surrogate.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('= T =\r\n\r\nna', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('x\n', 'utf16le')]));
    await put('in/utf16-no-bom.txt', Buffer.from('= T =\n\nText.\n', 'utf16le'));
    await put('in/huge.txt', doc('x'.repeat(300_000)));
    await put('in/untitled.txt', '== Section ==\nText.\n');
    await put('in/box.txt', doc('Infobox\n\nText.\n\nInfobox\n- broken line\n- Key: value\n'));
    await put('in/leaders.txt', doc(LEADERS));
    await put('in/runon.txt', doc(`${'In 1990 the office grew, '.repeat(600)}\n`));
    await put('in/amplify.txt', doc(`== ${'H'.repeat(100_000)} ==\n\n${'It was set up in 1990.\n\n'.repeat(1_500)}`));
    await put('in2/untitled.txt', doc('Duplicate id.\n'));
    await writeFile(path.join(dir, 'secret.txt'), doc('secret'));
    await symlink(path.join(dir, 'secret.txt'), path.join(inDir, 'escape.txt'));
    await symlink(path.join(inDir, 'nowhere.txt'), path.join(inDir, 'broken.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    run = await wikidex(['extract', 'in', 'in2', 'missing-input', 'pipe.txt', '--out', 'out', '--max-bytes', '250000'], dir);
    problems = (await readCompleteOutput(path.join(dir, 'out'))).errors;
  }, 60_000);

  it('reports each problem with its file, line, column and code, and exits 1', () => {
    expect(run.code).toBe(1);
    const found = problems.map((p) => ({ code: p.code, file: p.file, line: p.line, severity: p.severity }));
    for (const e of EXPECTED) {
      const match = problems.find((p) => p.code === e.code && p.file === e.file && (e.line === -1 ? p.line !== null && p.line >= 5 && p.line % 2 === 1 : p.line === e.line));
      expect(match, `${e.code} in ${e.file}:${e.line}: ${JSON.stringify(found)}`).toBeDefined();
      expect(match!.severity).toBe(e.severity);
      if (e.column !== undefined) expect(match!.column, e.code).toBe(e.column);
    }
    expect(problems).toHaveLength(EXPECTED.length);
    // Nothing unexpected, and every code is one of the documented, stable ones.
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(EXPECTED.map((e) => e.code)));
  });

  it('names a file for every problem, and a line for every problem inside a document', () => {
    for (const p of problems) {
      expect(p.file, p.code).not.toBe('');
      if (p.doc_id !== null && !['duplicate-doc-id', 'unreadable', 'internal-error'].includes(p.code)) expect(p.line, `${p.code} in ${p.file}`).not.toBeNull();
    }
  });

  it('says what to do in every message of read/, parse/ and extract/, in a few hundred characters', () => {
    for (const p of problems) {
      expect(p.message.length, p.code).toBeLessThan(600);
      if (!NOT_OURS.has(p.code)) expect(p.message, p.code).toMatch(ACTION);
    }
  });

  it('prints the same problems on stderr as file:line: severity [code] message', () => {
    for (const p of problems.filter((x) => x.severity === 'error')) {
      const where = `${p.file}${p.line !== null ? `:${p.line}` : ''}${p.column !== null ? `:${p.column}` : ''}`;
      expect(run.stderr).toContain(`${where}: error [${p.code}] ${p.message}`);
    }
  });
});
