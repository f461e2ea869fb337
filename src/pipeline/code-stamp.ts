import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let codeStampMemo: string | null = null;

/** Hash of wikidex's sources and locked dependencies: the "nothing changed" shortcut never survives a code change. */
export async function codeStamp(): Promise<string> {
  if (codeStampMemo !== null) return codeStampMemo;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  const names = (await readdir(root, { recursive: true })).filter((n) => n.endsWith('.ts')).map((n) => n.split(path.sep).join('/')).sort(compareNames);
  for (const name of names) hash.update(`${name}\u0000`).update(await readFile(path.join(root, name))).update('\u0000');
  hash.update(await readFile(path.join(root, '../package-lock.json')).catch(() => Buffer.alloc(0)));
  codeStampMemo = hash.digest('hex');
  return codeStampMemo;
}

