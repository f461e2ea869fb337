/**
 * The reconcile stage's state between runs (see `ReconcileState`), in two files of the cache
 * folder: the base (rewritten only when it changes: a run that edits prose only reads it) and
 * what was known of each document. Each starts with a header line (format, code stamp, base key,
 * CRC and length of the rest), then JSON lines; entities are referred to by their index in the
 * base's sorted entity list. Written under a temporary name and renamed; read back only when
 * header, length and CRC agree, the code is the same and both files belong to one base, else
 * ignored (the stage then computes everything again).
 */
import { readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { DocumentState, ReconcileBase, ReconcileState, StoredState } from '../reconcile/index.ts';
import type { MentionRecord } from '../schema/reconcile-records.ts';

const BASE_FILE = 'reconcile-base.state';
const DOCS_FILE = 'reconcile-documents.state';
const MAGIC = 'wikidex-reconcile 2';

type Packed = [number, number, number, string, MentionRecord['source']];

/** Header line and body: the body's CRC and length computed on its bytes (once; a string would be encoded three times). */
function framed(lines: readonly string[], code: string, key: string): Buffer[] {
  const body = Buffer.from(`${lines.join('\n')}\n`);
  return [Buffer.from(`${MAGIC} ${code} ${key} ${crc32(body)} ${body.length}\n`), body];
}

/** The JSON lines of a framed file, or null when it is not one of this code and base. */
function unframed(data: Buffer, code: string, key: string | null): { key: string; lines: string[] } | null {
  const newline = data.indexOf(0x0a);
  if (newline < 0 || newline > 300) return null;
  const fields = data.toString('latin1', 0, newline).split(' ');
  const body = data.subarray(newline + 1);
  if (fields.length !== 6 || `${fields[0]} ${fields[1]}` !== MAGIC || fields[2] !== code || (key !== null && fields[3] !== key)) return null;
  if (Number(fields[5]) !== body.length || Number(fields[4]) !== crc32(body)) return null;
  return { key: fields[3]!, lines: body.toString('utf8').split('\n').slice(0, -1) };
}

function indexOf(base: ReconcileBase): (id: string) => number {
  const index = new Map(base.entities.map((e, i) => [e.id, i]));
  return (id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`reconcile state: no entity ${id}`);
    return i;
  };
}

export function encodeBase(base: ReconcileBase, code: string, key: string): Buffer[] {
  const at = indexOf(base);
  const pack = (m: MentionRecord): Packed => [at(m.entity_id), m.line, m.column, m.text, m.source];
  const structured = new Map<string, Packed[]>();
  for (const m of base.structured) {
    const list = structured.get(m.doc_id);
    if (list) list.push(pack(m));
    else structured.set(m.doc_id, [pack(m)]);
  }
  const id = (v: string | null): number => (v === null ? -1 : at(v));
  return framed(
    [
      JSON.stringify(base.entities),
      JSON.stringify(base.matchables.map((m) => [at(m.id), m.scope])),
      JSON.stringify([...structured]),
      JSON.stringify(base.local.map(([doc, ids]) => [doc, ids.map(at)])),
      JSON.stringify(base.tenureIds.map(([p, o]) => [id(p), id(o)])),
      JSON.stringify(base.conflicts),
    ],
    code,
    key,
  );
}

export function decodeBase(data: Buffer, code: string): { key: string; base: ReconcileBase } | null {
  const framedBase = unframed(data, code, null);
  if (framedBase === null || framedBase.lines.length !== 6) return null;
  const [entities, matchables, structured, local, tenureIds, conflicts] = framedBase.lines.map((l) => JSON.parse(l) as unknown) as [
    ReconcileBase['entities'],
    [number, string[] | null][],
    [string, Packed[]][],
    [string, number[]][],
    [number, number][],
    ReconcileBase['conflicts'],
  ];
  const idAt = (i: number): string => entities[i]!.id;
  const id = (i: number): string | null => (i < 0 ? null : idAt(i));
  return {
    key: framedBase.key,
    base: {
      entities,
      matchables: matchables.map(([i, scope]) => {
        const e = entities[i]!;
        return { id: e.id, names: [e.name, ...e.aliases, ...e.native_names], scope };
      }),
      structured: structured.flatMap(([doc_id, list]) => list.map(([e, line, column, text, source]) => ({ entity_id: idAt(e), doc_id, line, column, text, source }))),
      local: local.map(([doc, ids]) => [doc, ids.map(idAt)]),
      tenureIds: tenureIds.map(([p, o]) => [id(p), id(o)]),
      conflicts,
    },
  };
}

/**
 * What was known of each document, two lines each: its hashes, then its mentions with their
 * entity ids (readable without the base). Mentions are parsed only when asked for: a run that
 * computes the base again never reads them.
 */
export function encodeDocuments(state: ReconcileState, code: string): Buffer[] {
  const lines: string[] = [];
  for (const [doc_id, d] of state.documents) {
    lines.push(JSON.stringify([doc_id, d.key, d.structured, d.scan]), JSON.stringify(d.mentions.map((m) => [m.entity_id, m.line, m.column, m.text, m.source])));
  }
  return framed(lines, code, state.key);
}

export function decodeDocuments(data: Buffer, code: string): { key: string; documents: StoredState['documents'] } | null {
  const framedDocs = unframed(data, code, null);
  if (framedDocs === null || framedDocs.lines.length % 2 !== 0) return null;
  const documents: StoredState['documents'] = new Map();
  const { lines } = framedDocs;
  for (let i = 0; i < lines.length; i += 2) {
    const [doc_id, key, structured, scan] = JSON.parse(lines[i]!) as [string, string | null, string, string];
    const packed = lines[i + 1]!;
    let mentions: MentionRecord[] | null = null;
    const state = { key, structured, scan } as DocumentState;
    Object.defineProperty(state, 'mentions', {
      enumerable: true,
      get: () =>
        (mentions ??= (JSON.parse(packed) as [string, number, number, string, MentionRecord['source']][]).map(([entity_id, line, column, text, source]) => ({ entity_id, doc_id, line, column, text, source }))),
    });
    documents.set(doc_id, state);
  }
  return { key: framedDocs.key, documents };
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

async function replace(file: string, parts: readonly Buffer[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writev(parts);
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
  if (baseChanged) await replace(path.join(cacheRoot, BASE_FILE), encodeBase(state.base, code, state.key));
  await replace(path.join(cacheRoot, DOCS_FILE), encodeDocuments(state, code));
}
