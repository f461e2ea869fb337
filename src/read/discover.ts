import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** A document file found on disk, with the id it will carry in every table. */
export interface SourceFile {
  /** Path as given or found, relative to the working directory, "/"-separated. */
  source: string;
  absolute: string;
  docId: string;
}

export interface DiscoveryProblem {
  file: string;
  code: 'not-found' | 'outside-root' | 'not-a-document' | 'unreadable';
  message: string;
}

export interface Discovery {
  files: SourceFile[];
  problems: DiscoveryProblem[];
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return toPosix(rel === '' ? '.' : rel);
}

/** `.txt` is dropped from a name that has a stem: a file named `.txt` keeps its name (an empty id is invalid). */
const TXT_AFTER_STEM = /(?<=[^/])\.txt$/i;

/** Document id of a file found below a folder given on the command line. */
export function docIdBelow(root: string, file: string): string {
  return toPosix(path.relative(root, file)).replace(TXT_AFTER_STEM, '');
}

/** Document id of a file given directly: its stem. */
export function docIdOfFile(file: string): string {
  return path.basename(file).replace(TXT_AFTER_STEM, '');
}

const reason = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));

async function walk(root: string, realRoot: string, dir: string, found: string[], problems: DiscoveryProblem[], cwd: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // One unreadable folder must not stop the run: it is reported and the rest is read.
    problems.push({ file: displayPath(dir, cwd), code: 'unreadable', message: `folder cannot be read (${reason(error)}); its documents are skipped: check its permissions` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files and folders are not documents: `.git`, an editor's lock (`.#a.txt`, a link to
    // nowhere), macOS's `._a.txt` resource forks (binary) next to each file of a copied folder.
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      // Symlinks are followed only when they resolve inside the input root.
      let target: string;
      try {
        target = await realpath(full);
      } catch {
        problems.push({ file: displayPath(full, cwd), code: 'not-found', message: 'broken symbolic link (its target does not exist); fix or remove the link' });
        continue;
      }
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        problems.push({ file: displayPath(full, cwd), code: 'outside-root', message: `symbolic link points outside the input root (${displayPath(root, cwd)}); skipped: copy the file into the folder or pass its target as an input` });
        continue;
      }
      let info;
      try {
        info = await stat(target);
      } catch (error) {
        problems.push({ file: displayPath(full, cwd), code: 'unreadable', message: `symbolic link target cannot be read (${reason(error)}); skipped` });
        continue;
      }
      if (info.isDirectory()) continue; // avoid cycles: linked folders are not descended
      if (info.isFile() && /\.txt$/i.test(entry.name)) found.push(full);
      continue;
    }
    if (entry.isDirectory()) await walk(root, realRoot, full, found, problems, cwd);
    else if (entry.isFile() && /\.txt$/i.test(entry.name)) found.push(full);
  }
}

/** Expands the files and folders given on the command line into documents, sorted within each folder. */
export async function discoverInputs(inputs: readonly string[], cwd: string = process.cwd()): Promise<Discovery> {
  const files: SourceFile[] = [];
  const problems: DiscoveryProblem[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      problems.push({ file: input, code: 'not-found', message: 'no such file or folder; check the path' });
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(absolute, await realpath(absolute), absolute, found, problems, cwd);
      for (const file of found) files.push({ source: displayPath(file, cwd), absolute: file, docId: docIdBelow(absolute, file) });
    } else if (info.isFile()) {
      files.push({ source: displayPath(absolute, cwd), absolute, docId: docIdOfFile(absolute) });
    } else {
      problems.push({ file: input, code: 'not-a-document', message: 'not a regular file or folder (a device, socket or pipe); pass .txt files or folders' });
    }
  }
  return { files, problems };
}
