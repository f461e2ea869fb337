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
const MAGIC = 'wikidex-reconcile 6';
/** Items per line of the base's long lists. */
const SLICE = 2048;

type Packed = [number, number, number, string, MentionRecord['source']];
type Section = 'ids' | 'entities' | 'matchables' | 'structured' | 'local' | 'tenureIds' | 'conflicts';

/** The header line, of fixed width (it is written last, over its placeholder). */
const header = (code: string, key: string, crc: number, length: number): string => `${MAGIC} ${code} ${key} ${String(crc).padStart(10, '0')} ${String(length).padStart(15, '0')}\n`;

/** The body of a framed file (after its header line) and its key, or null when it is not one of this code. */
function framedBody(data: Buffer, code: string): { key: string; body: Buffer } | null {
  const newline = data.indexOf(0x0a);
  if (newline < 0 || newline > 300) return null;
  const fields = data.toString('latin1', 0, newline).split(' ');
  const body = data.subarray(newline + 1);
  if (fields.length !== 6 || `${fields[0]} ${fields[1]}` !== MAGIC || fields[2] !== code) return null;
  if (Number(fields[5]) !== body.length || Number(fields[4]) !== crc32(body)) return null;
  return { key: fields[3]!, body };
}

/** The JSON lines of a framed file, or null when it is not one of this code. */
function unframed(data: Buffer, code: string): { key: string; lines: string[] } | null {
  const file = framedBody(data, code);
  return file === null ? null : { key: file.key, lines: file.body.toString('utf8').split('\n').slice(0, -1) };
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
  // The ids alone first: the other sections refer to entities by index, and a run that edits
  // prose reads them and the matchables' names without decoding the entities.
  yield* sliced('ids', base.entities.map((e) => e.id));
  yield* sliced('entities', base.entities);
  yield* sliced('matchables', base.matchables.map((m) => [at(m.id), m.scope, m.names]));
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

const SECTIONS: readonly Section[] = ['ids', 'entities', 'matchables', 'structured', 'local', 'tenureIds', 'conflicts'];

/** A line's bytes: [start, end). */
type Range = [number, number];

/** The line ranges of a base file's body by section, told apart by their start (`["<section>",`) without parsing them; null if one is unknown. */
function sectionRanges(body: Buffer): Map<Section, Range[]> | null {
  const ranges = new Map<Section, Range[]>(SECTIONS.map((section) => [section, []]));
  for (let start = 0; start < body.length; ) {
    const end = body.indexOf(0x0a, start);
    if (end < 0) return null;
    const list = ranges.get(body.toString('latin1', start + 2, body.indexOf(0x22, start + 2)) as Section);
    if (body[start] !== 0x5b || list === undefined) return null;
    list.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

/** The document id at the start of a structured line (`["structured",[["<doc_id>",…`). */
const STRUCTURED_DOC = /^\["structured",\[\["((?:[^"\\]|\\.)*)"/;

/** A value made when first asked for. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * A stored base, each section decoded when first read: a run that edits prose reads the names
 * and the structured mentions of the documents it scans again (see `structuredOf`), not the
 * tenure ids, conflicts or other documents' mentions. Header, length and CRC are checked here.
 */
export function decodeBase(data: Buffer, code: string): { key: string; base: ReconcileBase } | null {
  const file = framedBody(data, code);
  if (file === null) return null;
  const { body } = file;
  const ranges = sectionRanges(body);
  if (ranges === null) return null;
  const line = ([start, end]: Range): [Section, unknown[]] => JSON.parse(body.toString('utf8', start, end)) as [Section, unknown[]];
  const items = (section: Section): unknown[] => {
    const all: unknown[] = [];
    for (const range of ranges.get(section)!) for (const item of line(range)[1]) all.push(item);
    return all;
  };
  const entities = lazy(() => items('entities') as ReconcileBase['entities']);
  const ids = lazy(() => items('ids') as string[]);
  const idAt = (i: number): string => ids()[i]!;
  const id = (i: number): string | null => (i < 0 ? null : idAt(i));
  const mentionsOf = ([doc_id, list]: [string, Packed[]]): MentionRecord[] => list.map(([e, line, column, text, source]) => ({ entity_id: idAt(e), doc_id, line, column, text, source }));
  const structuredLines = lazy(() => {
    const byDoc = new Map<string, Range>();
    for (const range of ranges.get('structured')!) {
      const found = STRUCTURED_DOC.exec(body.toString('utf8', range[0], Math.min(range[1], range[0] + 8192)));
      // An id longer than the bytes looked at: the whole line is read for it.
      const doc = found ? (JSON.parse(`"${found[1]!}"`) as string) : (line(range)[1] as [string, Packed[]][])[0]![0];
      byDoc.set(doc, range);
    }
    return byDoc;
  });
  const matchables = lazy(() => (items('matchables') as [number, string[] | null, string[]][]).map(([i, scope, names]) => ({ id: idAt(i), names, scope })));
  const structured = lazy(() => (items('structured') as [string, Packed[]][]).flatMap(mentionsOf));
  const local = lazy(() => (items('local') as [string, number[]][]).map(([doc, ids]): [string, string[]] => [doc, ids.map(idAt)]));
  const tenureIds = lazy(() => (items('tenureIds') as [number, number][]).map(([p, o]): [string | null, string | null] => [id(p), id(o)]));
  const conflicts = lazy(() => items('conflicts') as ReconcileBase['conflicts']);
  const getters = { entities, matchables, structured, local, tenureIds, conflicts };
  const base = Object.defineProperties({}, Object.fromEntries(Object.entries(getters).map(([name, get]) => [name, { get, enumerable: true }]))) as ReconcileBase;
  const structuredOf = (doc_id: string): MentionRecord[] => {
    const range = structuredLines().get(doc_id);
    return range === undefined ? [] : (line(range)[1] as [string, Packed[]][]).flatMap(mentionsOf);
  };
  return { key: file.key, base: Object.defineProperty(base, 'structuredOf', { value: structuredOf, enumerable: false }) };
}

/**
 * What was known of each document, three lines each: its hashes, its mentions with their entity
 * ids (readable without the base), and the filter of its words (base64, as is). Mentions are
 * parsed only when asked for: a run that computes the base again reads only those it rescans.
 */
export function* documentLines(state: ReconcileState): Generator<string> {
  for (const [doc_id, d] of state.documents) {
    yield JSON.stringify([doc_id, d.key, d.structured, d.scan, d.found, d.context]);
    // Mentions read back and reused are written as they were read, without decoding them.
    yield d.encoded ?? JSON.stringify(d.mentions.map((m) => [m.entity_id, m.line, m.column, m.text, m.source]));
    yield d.words;
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeDocuments(data: Buffer, code: string): { key: string; documents: StoredState['documents'] } | null {
  const file = unframed(data, code);
  if (file === null || file.lines.length % 3 !== 0) return null;
  const documents: StoredState['documents'] = new Map();
  const { lines } = file;
  for (let i = 0; i < lines.length; i += 3) {
    const [doc_id, key, structured, scan, found, context] = JSON.parse(lines[i]!) as [string, string | null, string, string, string, string];
    const packed = lines[i + 1]!;
    const words = lines[i + 2]!;
    if (!BASE64.test(words)) return null;
    let mentions: MentionRecord[] | null = null;
    const state = { key, structured, scan, found, context, words } as DocumentState;
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
