/**
 * The reconcile stage's state between runs (see `ReconcileState`), in two files of the cache
 * folder: the base (rewritten only when it changes: a run that edits prose only reads it) and
 * what was known of each document. Each starts with a header line (format, code stamp, base key,
 * CRC and length of the rest), then JSON lines, written one slice at a time (the state of 10,000
 * documents is 60 MB: encoded whole it took 400 MB more at the run's peak). Entities are referred
 * to by their index in the base's sorted entity list. Written under a temporary name and renamed;
 * read back only when header, length and CRC agree and the code is the same, else ignored (the
 * stage then computes everything again); a base is used only under its own key.
 */
import { readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { DocumentState, ReconcileBase, ReconcileState, StoredState } from '../reconcile/index.ts';
import type { MentionRecord } from '../schema/reconcile-records.ts';

const BASE_FILE = 'reconcile-base.state';
const DOCS_FILE = 'reconcile-documents.state';
const MAGIC = 'wikidex-reconcile 4';
/** Items per line of the base's long lists. */
const SLICE = 2048;

type Packed = [number, number, number, string, MentionRecord['source']];
type Section = 'entities' | 'matchables' | 'structured' | 'local' | 'tenureIds' | 'conflicts';

/** The header line, of fixed width (it is written last, over its placeholder). */
const header = (code: string, key: string, crc: number, length: number): string => `${MAGIC} ${code} ${key} ${String(crc).padStart(10, '0')} ${String(length).padStart(15, '0')}\n`;

/** The JSON lines of a framed file, or null when it is not one of this code. */
function unframed(data: Buffer, code: string): { key: string; lines: string[] } | null {
  const newline = data.indexOf(0x0a);
  if (newline < 0 || newline > 300) return null;
  const fields = data.toString('latin1', 0, newline).split(' ');
  const body = data.subarray(newline + 1);
  if (fields.length !== 6 || `${fields[0]} ${fields[1]}` !== MAGIC || fields[2] !== code) return null;
  if (Number(fields[5]) !== body.length || Number(fields[4]) !== crc32(body)) return null;
  return { key: fields[3]!, lines: body.toString('utf8').split('\n').slice(0, -1) };
}

/** A whole framed file (for small states and tests). */
export function framed(lines: Iterable<string>, code: string, key: string): Buffer {
  const body = Buffer.from([...lines].map((l) => `${l}\n`).join(''));
  return Buffer.concat([Buffer.from(header(code, key, crc32(body), body.length)), body]);
}

function* sliced(section: Section, items: readonly unknown[]): Generator<string> {
  for (let at = 0; at < items.length; at += SLICE) yield JSON.stringify([section, items.slice(at, at + SLICE)]);
}

/** The base's lines: `[section, items]`, long sections in several lines; structured mentions a line per document. */
export function* baseLines(base: ReconcileBase): Generator<string> {
  const index = new Map(base.entities.map((e, i) => [e.id, i]));
  const at = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`reconcile state: no entity ${id}`);
    return i;
  };
  const id = (v: string | null): number => (v === null ? -1 : at(v));
  yield* sliced('entities', base.entities);
  yield* sliced('matchables', base.matchables.map((m) => [at(m.id), m.scope]));
  const structured = new Map<string, Packed[]>();
  for (const m of base.structured) {
    const packed: Packed = [at(m.entity_id), m.line, m.column, m.text, m.source];
    const list = structured.get(m.doc_id);
    if (list) list.push(packed);
    else structured.set(m.doc_id, [packed]);
  }
  for (const entry of structured) yield JSON.stringify(['structured', [entry]]);
  yield* sliced('local', base.local.map(([doc, ids]) => [doc, ids.map(at)]));
  yield* sliced('tenureIds', base.tenureIds.map(([p, o]) => [id(p), id(o)]));
  yield* sliced('conflicts', base.conflicts);
}

export function decodeBase(data: Buffer, code: string): { key: string; base: ReconcileBase } | null {
  const file = unframed(data, code);
  if (file === null) return null;
  const parts: Record<Section, unknown[]> = { entities: [], matchables: [], structured: [], local: [], tenureIds: [], conflicts: [] };
  for (const line of file.lines) {
    const [section, items] = JSON.parse(line) as [Section, unknown[]];
    for (const item of items) parts[section].push(item);
  }
  const entities = parts.entities as ReconcileBase['entities'];
  const idAt = (i: number): string => entities[i]!.id;
  const id = (i: number): string | null => (i < 0 ? null : idAt(i));
  return {
    key: file.key,
    base: {
      entities,
      matchables: (parts.matchables as [number, string[] | null][]).map(([i, scope]) => {
        const e = entities[i]!;
        return { id: e.id, names: [e.name, ...e.aliases, ...e.native_names], scope };
      }),
      structured: (parts.structured as [string, Packed[]][]).flatMap(([doc_id, list]) => list.map(([e, line, column, text, source]) => ({ entity_id: idAt(e), doc_id, line, column, text, source }))),
      local: (parts.local as [string, number[]][]).map(([doc, ids]) => [doc, ids.map(idAt)]),
      tenureIds: (parts.tenureIds as [number, number][]).map(([p, o]) => [id(p), id(o)]),
      conflicts: parts.conflicts as ReconcileBase['conflicts'],
    },
  };
}

/**
 * What was known of each document, two lines each: its hashes, then its mentions with their
 * entity ids (readable without the base). Mentions are parsed only when asked for: a run that
 * computes the base again never reads them.
 */
export function* documentLines(state: ReconcileState): Generator<string> {
  for (const [doc_id, d] of state.documents) {
    yield JSON.stringify([doc_id, d.key, d.structured, d.scan, d.found]);
    // Mentions read back and reused are written as they were read, without decoding them.
    yield d.encoded ?? JSON.stringify(d.mentions.map((m) => [m.entity_id, m.line, m.column, m.text, m.source]));
  }
}

export function decodeDocuments(data: Buffer, code: string): { key: string; documents: StoredState['documents'] } | null {
  const file = unframed(data, code);
  if (file === null || file.lines.length % 2 !== 0) return null;
  const documents: StoredState['documents'] = new Map();
  const { lines } = file;
  for (let i = 0; i < lines.length; i += 2) {
    const [doc_id, key, structured, scan, found] = JSON.parse(lines[i]!) as [string, string | null, string, string, string];
    const packed = lines[i + 1]!;
    let mentions: MentionRecord[] | null = null;
    const state = { key, structured, scan, found } as DocumentState;
    Object.defineProperty(state, 'encoded', { value: packed, enumerable: false });
    Object.defineProperty(state, 'mentions', {
      enumerable: true,
      get: () =>
        (mentions ??= (JSON.parse(packed) as [string, number, number, string, MentionRecord['source']][]).map(([entity_id, line, column, text, source]) => ({ entity_id, doc_id, line, column, text, source }))),
    });
    documents.set(doc_id, state);
  }
  return { key: file.key, documents };
}

/** The state stored in a cache folder (its base read when asked for), or null (none, another code, damaged). */
export function readState(cacheRoot: string, code: string): StoredState | null {
  try {
    const docs = decodeDocuments(readFileSync(path.join(cacheRoot, DOCS_FILE)), code);
    if (docs === null) return null;
    return {
      key: docs.key,
      documents: docs.documents,
      loadBase: () => {
        try {
          const base = decodeBase(readFileSync(path.join(cacheRoot, BASE_FILE)), code);
          return base !== null && base.key === docs.key ? base.base : null;
        } catch {
          return null;
        }
      },
    };
  } catch {
    return null;
  }
}

/** Writes a framed file line by line, in batches of about 1 MB; the header goes over its placeholder last. */
async function writeFramed(file: string, lines: Iterable<string>, code: string, key: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      let position = Buffer.byteLength(header(code, key, 0, 0));
      let crc = 0;
      let length = 0;
      let batch: Buffer[] = [];
      let pending = 0;
      const flush = async (): Promise<void> => {
        if (batch.length === 0) return;
        await handle.writev(batch, position);
        position += pending;
        batch = [];
        pending = 0;
      };
      for (const line of lines) {
        const bytes = Buffer.from(`${line}\n`);
        crc = crc32(bytes, crc);
        length += bytes.length;
        batch.push(bytes);
        pending += bytes.length;
        if (pending >= 1 << 20) await flush();
      }
      await flush();
      await handle.write(header(code, key, crc, length), 0);
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch {
    // A state that cannot be stored only costs the next run some time.
    await rm(tmp, { force: true });
  }
}

/** Stores a state; its base only when `baseChanged` (the file holds that base otherwise). */
export async function writeState(cacheRoot: string, state: ReconcileState, code: string, baseChanged: boolean): Promise<void> {
  if (baseChanged) await writeFramed(path.join(cacheRoot, BASE_FILE), baseLines(state.base), code, state.key);
  await writeFramed(path.join(cacheRoot, DOCS_FILE), documentLines(state), code, state.key);
}
