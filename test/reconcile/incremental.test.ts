import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLines, decodeBase, decodeDocuments, documentLines, framed, readState, writeState } from '../../src/cache/reconcile-state.ts';
import { collect, concatCollected } from '../../src/reconcile/collect.ts';
import { reconcileCorpus, type ReconcileDocument } from '../../src/reconcile/index.ts';
import type { MentionRecord } from '../../src/schema/reconcile-records.ts';
import { MentionScanner } from '../../src/reconcile/mentions.ts';
import { corpus, documentOf } from './corpus.ts';

/** Documents as the pipeline hands them over: each with a key for its content. */
const keyed = (docs: ReconcileDocument[]): ReconcileDocument[] => docs.map((d) => ({ ...d, key: createHash('sha256').update(d.text ?? '').digest('hex') }));
const DOCS = keyed(corpus());
const FIRST = reconcileCorpus(DOCS);

/** A document of the corpus with its text edited, extracted again. */
function edited(id: string, edit: (text: string) => string): ReconcileDocument[] {
  return keyed(DOCS.map((d) => (d.document.doc_id === id ? documentOf(id, edit(d.text!)) : d)));
}

const tables = (r: ReturnType<typeof reconcileCorpus>) => ({ entities: r.entities, mentions: r.mentions, conflicts: r.conflicts, tenures: r.tenures });
const SEED = DOCS[0]!.document.doc_id;
const OTHER = DOCS[3]!.document.doc_id;

describe('reconcileCorpus with the last run\'s state', () => {
  it('collects documents one by one as it collects them together', () => {
    expect(concatCollected(DOCS.map((d) => collect([d])))).toEqual(collect(DOCS));
  });

  it('a scanner made for a few documents finds in them what one with every name finds', () => {
    const { matchables, structured, local } = FIRST.state.base;
    const locals = new Map(local.map(([d, ids]) => [d, new Set(ids)]));
    const every = new MentionScanner(matchables, structured, locals);
    for (const doc of DOCS) {
      const few = new MentionScanner(matchables, structured, locals, [doc]);
      expect(few.scan(doc), doc.document.doc_id).toEqual(every.scan(doc));
    }
    expect(DOCS.some((doc) => every.scan(doc).length > 0)).toBe(true);
  });

  it('reuses everything when nothing changed, and gives the same tables', () => {
    const again = reconcileCorpus(DOCS, FIRST.state);
    expect(again.reused).toEqual({ base: true, scans: DOCS.length, keys: DOCS.length });
    expect(tables(again)).toEqual(tables(FIRST));
  });

  it('after a prose edit naming people of other documents: keeps the base, scans that document again, same tables as from scratch', () => {
    const person = FIRST.entities.find((e) => e.type === 'person' && e.documents > 1)!;
    const docs = edited(OTHER, (text) => `${text}\nIn 2001 ${person.name} visited the office.\n`);
    const incremental = reconcileCorpus(docs, FIRST.state);
    const scratch = reconcileCorpus(docs);
    expect(incremental.reused).toEqual({ base: true, scans: DOCS.length - 1, keys: DOCS.length - 1 });
    expect(tables(incremental)).toEqual(tables(scratch));
    expect(incremental.mentions.some((m) => m.doc_id === OTHER && m.entity_id === person.id && m.source === 'prose')).toBe(true);
  });

  it('reads no field but `id` and `key` of a document it reuses (callers may decode them lazily)', () => {
    const docs = edited(OTHER, (text) => `${text}\nIn 2001 the office moved.\n`);
    const read = new Set<string>();
    const watched = docs.map(
      (d) =>
        new Proxy({ ...d, id: d.document.doc_id }, {
          get(target, field, receiver) {
            if (field !== 'id' && field !== 'key') read.add(target.id);
            return Reflect.get(target, field, receiver) as unknown;
          },
        }),
    );
    const incremental = reconcileCorpus(watched, FIRST.state);
    expect(incremental.reused.base).toBe(true);
    expect(incremental.entities).toEqual(FIRST.entities);
    expect([...read]).toEqual([OTHER]);
    // Tenures read every document, when asked for.
    expect(incremental.tenures).toEqual(reconcileCorpus(docs).tenures);
    expect(read.size).toBe(docs.length);
  });

  it('after a leader list edit: computes the base again, same tables as from scratch', () => {
    const tenure = DOCS[0]!.tenures[0]!;
    const docs = edited(SEED, (text) => text.split('\n').map((line, i) => (i + 1 === tenure.line ? line.replace(tenure.person, 'Zhang Newname') : line)).join('\n'));
    const incremental = reconcileCorpus(docs, FIRST.state);
    expect(incremental.reused.base).toBe(false);
    expect(tables(incremental)).toEqual(tables(reconcileCorpus(docs)));
    expect(incremental.entities.some((e) => e.name === 'Zhang Newname')).toBe(true);
  });

  it('after a leader rename: scans again the documents whose words make a changed name, keeps the other scans, same tables as from scratch', () => {
    const tenure = DOCS[0]!.tenures[0]!;
    // Another document names the new name in prose before any leader has it: no mention yet.
    const before = edited(OTHER, (text) => `${text}\nIn 2001 Zhang Newname visited the office.\n`);
    const first = reconcileCorpus(before);
    expect(first.mentions.some((m) => m.doc_id === OTHER && m.text === 'Zhang Newname')).toBe(false);
    const renamed = before.map((d) => (d.document.doc_id === SEED ? keyed([documentOf(SEED, d.text!.split('\n').map((line, i) => (i + 1 === tenure.line ? line.replace(tenure.person, 'Zhang Newname') : line)).join('\n'))])[0]! : d));
    const incremental = reconcileCorpus(renamed, first.state);
    expect(incremental.reused.base).toBe(false);
    expect(tables(incremental)).toEqual(tables(reconcileCorpus(renamed)));
    expect(incremental.mentions.some((m) => m.doc_id === OTHER && m.text === 'Zhang Newname' && m.source === 'prose')).toBe(true);
    // The seed and OTHER are scanned again; a document naming neither the old nor the new name keeps its scan.
    expect(incremental.reused.scans).toBeGreaterThan(0);
    expect(incremental.reused.scans).toBeLessThanOrEqual(DOCS.length - 2);
  });

  it('reuses scans under a new base from a state read back from disk as from one in memory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-state-'));
    await writeState(dir, FIRST.state, 'code1', true);
    const docs = edited(SEED, (text) => text.replace(DOCS[0]!.tenures[0]!.person, 'Zhang Newname'));
    const fromDisk = reconcileCorpus(docs, readState(dir, 'code1'));
    const inMemory = reconcileCorpus(docs, FIRST.state);
    expect(fromDisk.reused).toEqual(inMemory.reused);
    expect(fromDisk.reused.scans).toBeGreaterThan(0);
    expect(tables(fromDisk)).toEqual(tables(reconcileCorpus(docs)));
  });

  it('after removing or adding a document: same tables as from scratch', () => {
    const fewer = DOCS.filter((d) => d.document.doc_id !== OTHER);
    expect(tables(reconcileCorpus(fewer, FIRST.state))).toEqual(tables(reconcileCorpus(fewer)));
    const more = [...keyed([documentOf('zz_new', `= New Office =\n\n== Leaders ==\n; Directors\n1. ${FIRST.entities.find((e) => e.type === 'person')!.name} (1990–1995)\n`)]), ...DOCS];
    const grown = reconcileCorpus(more, FIRST.state);
    expect(grown.reused.base).toBe(false);
    expect(tables(grown)).toEqual(tables(reconcileCorpus(more)));
  });

  it('does not trust a key without its document: a document without key is hashed every time', () => {
    const unkeyed = DOCS.map(({ key: _key, ...d }) => d);
    const again = reconcileCorpus(unkeyed, reconcileCorpus(unkeyed).state);
    expect(again.reused).toEqual({ base: true, scans: DOCS.length, keys: 0 });
  });
});

describe('the stored reconcile state', () => {
  const bySpot = (list: readonly MentionRecord[]) => [...list].sort((a, b) => `${a.doc_id} ${a.line} ${a.column} ${a.entity_id}`.localeCompare(`${b.doc_id} ${b.line} ${b.column} ${b.entity_id}`));

  it('reads back as it was written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-state-'));
    await writeState(dir, FIRST.state, 'code1', true);
    const read = readState(dir, 'code1');
    expect(read?.key).toBe(FIRST.state.key);
    expect(read!.documents).toEqual(FIRST.state.documents);
    const base = read!.loadBase();
    expect({ ...base, structured: bySpot(base!.structured) }).toEqual({ ...FIRST.state.base, structured: bySpot(FIRST.state.base.structured) });
    // Used as the previous state, it gives the same tables with everything reused.
    const again = reconcileCorpus(DOCS, read);
    expect(again.reused.base).toBe(true);
    expect(tables(again)).toEqual(tables(FIRST));
  });

  it('decodes a stored base section by section, and the structured mentions of one document alone', () => {
    const lines = [...baseLines(FIRST.state.base)];
    const base = decodeBase(framed(lines, 'code1', FIRST.state.key), 'code1')!.base;
    const docs = [...new Set(FIRST.state.base.structured.map((m) => m.doc_id))];
    expect(docs.length).toBeGreaterThan(1);
    for (const doc of docs) expect(bySpot(base.structuredOf!(doc))).toEqual(bySpot(FIRST.state.base.structured.filter((m) => m.doc_id === doc)));
    expect(base.structuredOf!('no/such-document')).toEqual([]);
    // A document id too long to be read from the start of its line alone is still found.
    const long = `${'x'.repeat(9000)}/doc`;
    const renamed = lines.map((l) => (l.startsWith('["structured"') ? l.replace(`[["${docs[0]!}",`, `[["${long}",`) : l));
    const withLong = decodeBase(framed(renamed, 'code1', FIRST.state.key), 'code1')!.base;
    expect(withLong.structuredOf!(long).length).toBe(FIRST.state.base.structured.filter((m) => m.doc_id === docs[0]).length);
    // A section that cannot be parsed (CRC intact) fails when read, not before: the others read.
    expect(lines.some((l) => l.startsWith('["tenureIds"'))).toBe(true);
    const broken = decodeBase(framed(lines.map((l) => (l.startsWith('["tenureIds"') ? '["tenureIds",[' : l)), 'code1', FIRST.state.key), 'code1')!.base;
    expect(broken.entities).toEqual(FIRST.state.base.entities);
    expect(() => broken.tenureIds).toThrow(SyntaxError);
    // A line of no known section: not a base.
    expect(decodeBase(framed([...lines, '["unknown",[]]'], 'code1', FIRST.state.key), 'code1')).toBeNull();
  });

  it('is ignored when written by other code or damaged; its base is not used for another key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'wikidex-state-'));
    await writeState(dir, FIRST.state, 'code1', true);
    expect(readState(dir, 'code2')).toBeNull();
    const base = framed(baseLines(FIRST.state.base), 'code1', FIRST.state.key).toString();
    expect(decodeBase(Buffer.from(base.replace('"person/', '"persom/')), 'code1')).toBeNull();
    expect(decodeBase(Buffer.from(base.slice(0, -10)), 'code1')).toBeNull();
    expect(decodeBase(Buffer.from(base), 'code1')?.key).toBe(FIRST.state.key);
    const docs = framed(documentLines(FIRST.state), 'code1', FIRST.state.key);
    expect(decodeDocuments(docs, 'code1')?.key).toBe(FIRST.state.key);
    // The documents of another base beside this base: the base is not loaded for them.
    await writeState(dir, { ...FIRST.state, key: 'another-key' }, 'code1', false);
    expect(readState(dir, 'code1')?.loadBase()).toBeNull();
    const file = path.join(dir, 'reconcile-documents.state');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"prose"', '"prosa"'));
    expect(readState(dir, 'code1')).toBeNull();
  });
});
