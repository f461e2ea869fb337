/**
 * One cache entry: everything the pipeline needs from one document, in one file.
 *
 *   line 1   `wikidex-cache <format> <head crc32> <head length> <tail crc32> <tail length>`
 *   head     the header JSON on one line (identity, row counts, located problems, byte ranges of
 *            the parts), then the rendered fragments of every per-document table (JSON and CSV,
 *            exactly as they appear in the output files)
 *   tail     the outcome as JSON lines (the DocumentOutcome without its file paths; see
 *            encodeTail in src/workers/render.ts)
 *
 * A read takes the first 16 KB (small entries whole) and the rest of the head if needed; the
 * tail, more than half of an entry, is sliced from that read or read when asked for (corpus-level
 * work, which a rerun mostly takes from its last run, and re-stamping). The size of the file is
 * checked against line 1, the CRC of the head on every read and that of the tail whenever it is read, so a truncated or damaged
 * entry is always detected; the header is then checked against a zod schema. Fragments are
 * sliced, never decoded.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { ProblemRecord } from '../schema/records.ts';
import { CACHE_FORMAT } from './version.ts';

export const EntryHeader = z.object({
  /** Content hash (null when the file could not be read). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  doc_id: z.string(),
  source: z.string(),
  csv_raw: z.boolean(),
  ok: z.boolean(),
  bytes: z.number().int().nonnegative().nullable(),
  /** False for outcomes that must not be reused (too large for this run's limit, internal errors). */
  cacheable: z.boolean(),
  /** Rows of each per-document table (after validation). */
  rows: z.record(z.string(), z.number().int().nonnegative()),
  /** The document's problems, located and in output order (the failure, or extraction problems). */
  problems: z.array(ProblemRecord),
  /** `invalid-record` problems by table: the output lists them after all others, table by table. */
  invalid: z.record(z.string(), z.array(ProblemRecord)),
  /** Byte ranges of the fragments in the head, from the end of the header line: `<table>.json`, `<table>.csv`. */
  parts: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type EntryHeader = z.infer<typeof EntryHeader>;

/**
 * The check made on every read: the structure of the header, not every problem record in it
 * (the CRC already proves the bytes are those written, and problems were validated when the
 * entry was built; a document with thousands of problems would otherwise cost more to check
 * than to parse again).
 */
const EntryHeaderOnRead = EntryHeader.extend({
  problems: z.array(z.object({ severity: z.enum(['error', 'warning']) }).loose()),
  invalid: z.record(z.string(), z.array(z.object({ code: z.string() }).loose())),
});

export interface DecodedEntry {
  header: EntryHeader;
  /** Line 1 and the head; fragments are subarrays of it. */
  buffer: Buffer;
  /** Where the fragments start in `buffer`. */
  bodyStart: number;
  /** The tail (outcome JSON), read and checked on demand; throws if damaged. */
  tail: () => Buffer;
  /** Whether the tail is in memory already (read with the head, or built here). */
  inHand: boolean;
}

const MAGIC = 'wikidex-cache';
/** Bytes of an entry file read at first: most heads (about 13 KB at the median) without most tails. */
const FIRST_READ = 1 << 14;
const hex = (n: number): string => n.toString(16).padStart(8, '0');

/** Name of a document's entry: content hash, and a CRC of what the fragments are stamped with. */
export function entryName(sha256: string, docId: string, source: string, csvRaw: boolean): string {
  const id = crc32(`${docId}\u0000${source}\u0000${csvRaw ? 'raw' : 'neutralised'}`).toString(16).padStart(8, '0');
  return `${sha256.slice(0, 2)}/${sha256}-${id}.entry`;
}

/** Builds an entry file from its header (without `parts`), its fragments and its tail. */
export function encodeEntry(header: Omit<EntryHeader, 'parts'>, parts: ReadonlyArray<readonly [string, string]>, tail: string): Buffer {
  const ranges: Record<string, [number, number]> = {};
  let fragments = 0;
  for (const [name, text] of parts) {
    const length = Buffer.byteLength(text, 'utf8');
    ranges[name] = [fragments, length];
    fragments += length;
  }
  const headerLine = `${JSON.stringify({ ...header, parts: ranges })}\n`;
  const headLength = Buffer.byteLength(headerLine, 'utf8') + fragments;
  const tailLength = Buffer.byteLength(tail, 'utf8');
  // Line 1 has a fixed layout (CRCs in 8 hex digits), filled in once the rest is written.
  const first = `${MAGIC} ${CACHE_FORMAT} ${hex(0)} ${headLength} ${hex(0)} ${tailLength}\n`;
  const buffer = Buffer.allocUnsafe(first.length + headLength + tailLength);
  let at = first.length;
  at += buffer.write(headerLine, at, 'utf8');
  for (const [, text] of parts) at += buffer.write(text, at, 'utf8');
  buffer.write(tail, at, 'utf8');
  const headCrc = hex(crc32(buffer.subarray(first.length, first.length + headLength)));
  const tailCrc = hex(crc32(buffer.subarray(first.length + headLength)));
  buffer.write(`${MAGIC} ${CACHE_FORMAT} ${headCrc} ${headLength} ${tailCrc} ${tailLength}\n`, 0, 'latin1');
  return buffer;
}

interface FirstLine {
  end: number;
  headCrc: string;
  headLength: number;
  tailCrc: string;
  tailLength: number;
}

function firstLine(buffer: Buffer): FirstLine | { corrupt: string } {
  const end = buffer.indexOf(0x0a);
  if (end < 0 || end > 120) return { corrupt: 'no entry header line' };
  const fields = buffer.toString('latin1', 0, end).split(' ');
  if (fields.length !== 6 || fields[0] !== MAGIC) return { corrupt: 'not a wikidex cache entry' };
  if (fields[1] !== String(CACHE_FORMAT)) return { corrupt: `cache entry format ${fields[1]}, expected ${CACHE_FORMAT}` };
  const headLength = Number(fields[3]);
  const tailLength = Number(fields[5]);
  if (!Number.isSafeInteger(headLength) || !Number.isSafeInteger(tailLength)) return { corrupt: 'bad lengths in the entry header line' };
  return { end: end + 1, headCrc: fields[2]!, headLength, tailCrc: fields[4]!, tailLength };
}

function checkTail(tail: Buffer, line: FirstLine): Buffer {
  if (tail.length !== line.tailLength) throw new Error(`outcome truncated (${tail.length} bytes, expected ${line.tailLength})`);
  const crc = hex(crc32(tail));
  if (crc !== line.tailCrc) throw new Error(`outcome checksum mismatch (crc32 ${crc}, expected ${line.tailCrc})`);
  return tail;
}

/** Checks line 1 and the head (`buffer` holds at least those) and opens the entry. */
function decodeHead(buffer: Buffer, line: FirstLine, size: number, tail: () => Buffer, inHand: boolean): DecodedEntry | { corrupt: string } {
  const expected = line.end + line.headLength + line.tailLength;
  if (size !== expected) return { corrupt: `truncated or extended (${size} bytes, expected ${expected})` };
  const head = buffer.subarray(line.end, line.end + line.headLength);
  const crc = hex(crc32(head));
  if (crc !== line.headCrc) return { corrupt: `checksum mismatch (crc32 ${crc}, expected ${line.headCrc})` };
  const headerEnd = buffer.indexOf(0x0a, line.end);
  if (headerEnd < 0 || headerEnd >= line.end + line.headLength) return { corrupt: 'no header' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(buffer.toString('utf8', line.end, headerEnd));
  } catch {
    return { corrupt: 'header is not JSON' };
  }
  const header = EntryHeaderOnRead.safeParse(parsed);
  if (!header.success) return { corrupt: `header does not match its schema: ${header.error.issues[0]?.message ?? ''}` };
  const bodyStart = headerEnd + 1;
  const bodyEnd = line.end + line.headLength;
  for (const [name, [start, length]] of Object.entries(header.data.parts)) {
    if (bodyStart + start + length > bodyEnd) return { corrupt: `part ${name} lies outside the entry` };
  }
  // The parsed JSON itself, not zod's copy: the problems keep their key order.
  return { header: parsed as EntryHeader, buffer: buffer.subarray(0, bodyEnd), bodyStart, tail, inHand };
}

/**
 * Reads and checks an entry file: line 1 and the head only (one read for most entries); the
 * tail is read when asked for. Null when there is no such file.
 */
export function readEntryFile(file: string): DecodedEntry | { corrupt: string } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  let buffer: Buffer;
  let size: number;
  let line: FirstLine | { corrupt: string };
  try {
    size = fstatSync(fd).size;
    buffer = Buffer.allocUnsafe(Math.min(size, FIRST_READ));
    const got = readSync(fd, buffer, 0, buffer.length, 0);
    buffer = buffer.subarray(0, got);
    line = firstLine(buffer);
    if (!('corrupt' in line) && line.end + line.headLength > got && line.end + line.headLength <= size) {
      const whole = Buffer.allocUnsafe(line.end + line.headLength);
      buffer.copy(whole);
      readSync(fd, whole, got, whole.length - got, got);
      buffer = whole;
    }
  } finally {
    closeSync(fd);
  }
  if ('corrupt' in line) return line;
  const known = line;
  const tailStart = known.end + known.headLength;
  // A small entry fits in the first read: its tail is then sliced, not read again.
  const whole = buffer.length === size ? buffer : null;
  const tail = (): Buffer => {
    if (whole) return checkTail(whole.subarray(tailStart), known);
    const bytes = Buffer.allocUnsafe(known.tailLength);
    const handle = openSync(file, 'r');
    try {
      const got = readSync(handle, bytes, 0, bytes.length, tailStart);
      return checkTail(bytes.subarray(0, got), known);
    } finally {
      closeSync(handle);
    }
  };
  return decodeHead(buffer, known, size, tail, whole !== null);
}

/** Opens an entry just built in memory (by this process or a worker): nothing to check. */
export function openFreshEntry(buffer: Buffer): DecodedEntry {
  const line = firstLine(buffer) as FirstLine;
  const headerEnd = buffer.indexOf(0x0a, line.end);
  const tailStart = line.end + line.headLength;
  return { header: JSON.parse(buffer.toString('utf8', line.end, headerEnd)) as EntryHeader, buffer: buffer.subarray(0, tailStart), bodyStart: headerEnd + 1, tail: () => buffer.subarray(tailStart), inHand: true };
}


/** A fragment as bytes (empty when the entry has no such part). */
export function entryPart(entry: DecodedEntry, name: string): Buffer {
  const range = entry.header.parts[name];
  if (!range) return Buffer.alloc(0);
  return entry.buffer.subarray(entry.bodyStart + range[0], entry.bodyStart + range[0] + range[1]);
}
