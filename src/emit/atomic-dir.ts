import { access, mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/** Marker that makes a folder replaceable: only folders written by wikidex are ever replaced. */
export const OWNER_FILE = 'manifest.json';
/**
 * The incremental cache inside an output folder. It is not part of the output: it is carried
 * from the old folder to the new one by a rename, never compared, and never copied.
 */
export const CACHE_DIR = '.cache';
/** Tag file that marks the cache folder (https://bford.info/cachedir/): backup tools skip it. */
export const CACHE_TAG = 'CACHEDIR.TAG';

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

const siblingName = (dir: string, tag: string): string => path.join(path.dirname(dir), `.${path.basename(dir)}.${tag}`);

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Restores the previous output if a run was killed between the two renames
 * of a swap (the output folder gone, its backup still there), and clears the
 * staging folders of runs that died, rescuing the cache one of them carried.
 */
export async function recoverOutputDir(dir: string): Promise<void> {
  const backup = siblingName(dir, 'previous');
  if (!(await exists(dir)) && (await exists(backup))) await rename(backup, dir);
  else if (await exists(backup)) await rm(backup, { recursive: true, force: true });
  const prefix = `.${path.basename(dir)}.staging-`;
  let siblings: string[];
  try {
    siblings = await readdir(path.dirname(dir));
  } catch {
    return;
  }
  for (const name of siblings) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && alive(pid) && pid !== process.pid) continue; // another run at work
    const stale = path.join(path.dirname(dir), name);
    if ((await exists(dir)) && !(await exists(path.join(dir, CACHE_DIR))) && (await exists(path.join(stale, CACHE_DIR)))) {
      await rename(path.join(stale, CACHE_DIR), path.join(dir, CACHE_DIR));
    }
    await rm(stale, { recursive: true, force: true });
  }
}

/** Refuses to replace a non-empty folder that wikidex did not write. */
export async function assertReplaceable(dir: string): Promise<void> {
  if (!(await exists(dir))) return;
  const entries = await readdir(dir);
  if (entries.length === 0 || entries.includes(OWNER_FILE)) return;
  // A first run that died before its swap leaves only the cache behind.
  if (entries.length === 1 && entries[0] === CACHE_DIR && (await exists(path.join(dir, CACHE_DIR, CACHE_TAG)))) return;
  throw new Error(`refusing to replace ${dir}: it is not empty and holds no ${OWNER_FILE} from an earlier run`);
}

/** Output files below a folder, "/"-separated, sorted; the cache folder is not output. */
export async function listOutputFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(sub: string): Promise<void> {
    const entries = await readdir(path.join(dir, sub), { withFileTypes: true });
    for (const entry of entries) {
      const rel = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (rel === CACHE_DIR) continue;
      if (entry.isDirectory()) await walk(rel);
      else found.push(rel);
    }
  }
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const CHUNK = 1 << 20;

async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  if (sa.size !== sb.size) return false;
  const [ha, hb] = await Promise.all([open(a, 'r'), open(b, 'r')]);
  try {
    const ba = Buffer.allocUnsafe(CHUNK);
    const bb = Buffer.allocUnsafe(CHUNK);
    for (let at = 0; at < sa.size; at += CHUNK) {
      const [ra, rb] = await Promise.all([ha.read(ba, 0, CHUNK, at), hb.read(bb, 0, CHUNK, at)]);
      if (ra.bytesRead !== rb.bytesRead || !ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead))) return false;
      if (ra.bytesRead === 0) break;
    }
    return true;
  } finally {
    await Promise.all([ha.close(), hb.close()]);
  }
}

/**
 * A file being written into a staging folder through its own 1 MB buffer: chunks are copied in
 * (never kept), so writing many small slices of larger buffers retains none of them.
 */
export class StagedFile {
  #buffer = Buffer.allocUnsafe(CHUNK);
  #used = 0;
  /** Bytes written and their CRC-32, so far. */
  bytes = 0;
  crc = 0;
  constructor(private readonly handle: FileHandle) {}

  async write(chunk: string | Buffer): Promise<void> {
    if (chunk.length === 0) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (bytes.length > CHUNK - this.#used) {
      await this.flush();
      if (bytes.length >= CHUNK) {
        await this.#writeAll(bytes);
        return;
      }
    }
    bytes.copy(this.#buffer, this.#used);
    this.#used += bytes.length;
  }

  async flush(): Promise<void> {
    if (this.#used === 0) return;
    const used = this.#used;
    this.#used = 0;
    await this.#writeAll(this.#buffer.subarray(0, used));
  }

  async #writeAll(bytes: Buffer): Promise<void> {
    this.bytes += bytes.length;
    this.crc = crc32(bytes, this.crc);
    for (let at = 0; at < bytes.length; ) at += (await this.handle.write(bytes, at, bytes.length - at)).bytesWritten;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/**
 * A hidden sibling folder that becomes the output folder in one rename, or is thrown away.
 * A failed or killed run leaves the previous output complete.
 */
export class StagingDir {
  private constructor(
    readonly target: string,
    readonly path: string,
  ) {}

  /** Recovers an interrupted swap, checks the target may be replaced, and starts an empty staging folder. */
  static async create(target: string): Promise<StagingDir> {
    await recoverOutputDir(target);
    await assertReplaceable(target);
    const staging = siblingName(target, `staging-${process.pid}`);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    return new StagingDir(target, staging);
  }

  readonly #opened = new Map<string, StagedFile>();

  async open(name: string): Promise<StagedFile> {
    const file = path.join(this.path, name);
    await mkdir(path.dirname(file), { recursive: true });
    const staged = new StagedFile(await open(file, 'w'));
    this.#opened.set(name, staged);
    return staged;
  }

  /** Size and CRC-32 of what was written to a file opened here, or null. */
  written(name: string): { bytes: number; crc: number } | null {
    const staged = this.#opened.get(name);
    return staged ? { bytes: staged.bytes, crc: staged.crc } : null;
  }

  async writeFile(name: string, content: string | Buffer): Promise<void> {
    const file = await this.open(name);
    await file.write(content);
    await file.close();
  }

  /** True when the target holds exactly the same files, byte for byte (the cache aside). */
  async sameAsTarget(): Promise<boolean> {
    if (!(await exists(this.target))) return false;
    const [mine, theirs] = await Promise.all([listOutputFiles(this.path), listOutputFiles(this.target)]);
    if (mine.length !== theirs.length || mine.some((name, i) => name !== theirs[i])) return false;
    // The manifest first: it differs whenever an input did, so a changed run stops here.
    const ordered = [...mine].sort((a, b) => Number(b === OWNER_FILE) - Number(a === OWNER_FILE));
    for (const name of ordered) {
      if (!(await sameFile(path.join(this.path, name), path.join(this.target, name)))) return false;
    }
    return true;
  }

  /**
   * Replaces the target by the staging folder. The cache moves across by rename first: if the
   * run dies right after, the old output is still complete and `recoverOutputDir` moves the
   * cache back.
   */
  async commit(): Promise<void> {
    const cache = path.join(this.target, CACHE_DIR);
    if ((await exists(cache)) && !(await exists(path.join(this.path, CACHE_DIR)))) await rename(cache, path.join(this.path, CACHE_DIR));
    const backup = siblingName(this.target, 'previous');
    if (await exists(this.target)) await rename(this.target, backup);
    await rename(this.path, this.target);
    await rm(backup, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.path, { recursive: true, force: true });
  }
}

/**
 * Writes a whole folder atomically: files go to a hidden sibling folder, which
 * then replaces the target by rename (the cache folder is carried over). A
 * failed or killed run leaves the previous output complete.
 */
export async function writeDirAtomic(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const staging = await StagingDir.create(dir);
  try {
    // The owner marker is written last so that a staging folder is never mistaken for a finished one.
    const ordered = [...files.keys()].sort((a, b) => Number(a === OWNER_FILE) - Number(b === OWNER_FILE) || (a < b ? -1 : a > b ? 1 : 0));
    for (const name of ordered) await staging.writeFile(name, files.get(name)!);
    await staging.commit();
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/** Reads a file below the output folder, or null when it is not there. */
export async function readOutputFile(dir: string, name: string): Promise<string | null> {
  try {
    return await readFile(path.join(dir, name), 'utf8');
  } catch {
    return null;
  }
}
