import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Marker that makes a folder replaceable: only folders written by wikidex are ever replaced. */
export const OWNER_FILE = 'manifest.json';

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

const siblingName = (dir: string, tag: string): string => path.join(path.dirname(dir), `.${path.basename(dir)}.${tag}`);

/**
 * Restores the previous output if a run was killed between the two renames
 * of a swap (the output folder gone, its backup still there).
 */
export async function recoverOutputDir(dir: string): Promise<void> {
  const backup = siblingName(dir, 'previous');
  if (!(await exists(dir)) && (await exists(backup))) await rename(backup, dir);
  else if (await exists(backup)) await rm(backup, { recursive: true, force: true });
}

/** Refuses to replace a non-empty folder that wikidex did not write. */
export async function assertReplaceable(dir: string): Promise<void> {
  if (!(await exists(dir))) return;
  const entries = await readdir(dir);
  if (entries.length > 0 && !entries.includes(OWNER_FILE)) {
    throw new Error(`refusing to replace ${dir}: it is not empty and holds no ${OWNER_FILE} from an earlier run`);
  }
}

/**
 * Writes a whole folder atomically: files go to a hidden sibling folder, which
 * then replaces the target by rename. A failed or killed run leaves the
 * previous output complete.
 */
export async function writeDirAtomic(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await recoverOutputDir(dir);
  await assertReplaceable(dir);
  const staging = siblingName(dir, `staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  // The owner marker is written last so that a staging folder is never mistaken for a finished one.
  const ordered = [...files.keys()].sort((a, b) => Number(a === OWNER_FILE) - Number(b === OWNER_FILE) || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of ordered) {
    const target = path.join(staging, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, files.get(name)!);
  }
  const backup = siblingName(dir, 'previous');
  if (await exists(dir)) await rename(dir, backup);
  await rename(staging, dir);
  await rm(backup, { recursive: true, force: true });
}
