import { readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.ts';
import { renderOutput, validateTables } from '../../src/emit/index.ts';
import { collect, corpusStep, gatherDocuments, reconcileCorpus, type Corpus, type Reconciled } from '../../src/pipeline/index.ts';
import { PreviousUnits } from '../../src/pipeline/table-units.ts';
import { reconcileCorpus as reconcileStage } from '../../src/reconcile/index.ts';
import { TABLE_NAMES } from '../../src/schema/tables.ts';
import { cacheEntries, fileStamps, outputFiles, run, workspace } from './helpers.ts';

const DOC = '018_federal_chancellery_germany';
/** The first list entry with a bracket after its name: a leader entry of DOC. */
const LEADER = /^(\s*(?:[-*]|\d+\.)\s+)([^(\n]{2,60}?)(\s*\()/m;

/** A workspace after a first run: its folder, output folder and the file of DOC. */
async function afterFirstRun(): Promise<{ dir: string; out: string; file: string }> {
  const dir = await workspace();
  await run(dir);
  return { dir, out: path.join(dir, 'out'), file: path.join(dir, `in/${DOC}.txt`) };
}

async function idsIn(out: string): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const name of TABLE_NAMES) ids[name] = [...new Set((JSON.parse(await readFile(path.join(out, `${name}.json`), 'utf8')) as { doc_id: string }[]).map((r) => r.doc_id))];
  return ids;
}

describe('deterministic output', () => {
  it('same inputs give byte-identical files in two folders, with no absolute path or time in them', async () => {
    const dir = await workspace();
    const first = await run(dir, { out: 'a' });
    await run(dir, { out: 'b', cache: false });
    const a = await outputFiles(path.join(dir, 'a'));
    expect(a).toEqual(await outputFiles(path.join(dir, 'b')));
    expect(first.documents).toBe(8);
    for (const [name, content] of a) {
      expect(content, name).not.toContain(dir);
      expect(content, name).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
    }
    const manifest = JSON.parse(a.get('manifest.json')!) as { inputs: { source: string }[] };
    expect(manifest.inputs.every((i) => i.source.startsWith('in/'))).toBe(true);
  });

  it('--jobs 1 (main thread) and --jobs 2 (worker pool) write the same files', async () => {
    const dir = await workspace();
    const one = await run(dir, { out: 'one', jobs: 1 });
    const two = await run(dir, { out: 'two', jobs: 2, inProcessBelow: 1 });
    expect(one.execution.mode).toBe('in-process');
    expect(two.execution).toEqual({ mode: 'workers', threads: 2 });
    expect(two.parsed).toBe(8);
    expect(await outputFiles(path.join(dir, 'two'))).toEqual(await outputFiles(path.join(dir, 'one')));
  });
});

describe('incremental cache', () => {
  it('a second run parses nothing and rewrites nothing', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    const first = await run(dir);
    expect([first.parsed, first.reused, first.written]).toEqual([8, 0, true]);
    expect(await cacheEntries(out)).toHaveLength(8);
    const stamps = await fileStamps(out);
    const files = await outputFiles(out);

    const second = await run(dir);
    expect([second.parsed, second.reused, second.written]).toEqual([0, 8, false]);
    expect(second.rows).toEqual(first.rows);
    expect(second.problems).toEqual(first.problems);
    expect(await fileStamps(out)).toEqual(stamps);

    // Without the run state, every entry is read back and the rendered files compared: still nothing rewritten.
    await unlink(path.join(out, '.cache/state.json'));
    const third = await run(dir);
    expect([third.parsed, third.reused, third.written]).toEqual([0, 8, false]);
    expect(await fileStamps(out)).toEqual(stamps);
    expect(await outputFiles(out)).toEqual(files);
  });

  it('re-parses one changed document only, and carries the cache over by rename', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    await run(dir);
    const entriesBefore = await cacheEntries(out);
    const inode = (await stat(entriesBefore[0]!)).ino;
    await writeFile(path.join(dir, `in/${DOC}.txt`), `${await readFile(path.join(dir, `in/${DOC}.txt`), 'utf8')}\nThe office was renamed on 3 March 2026.\n`);

    const summary = await run(dir);
    expect([summary.parsed, summary.reused, summary.written]).toEqual([1, 7, true]);
    const entriesAfter = await cacheEntries(out);
    expect(entriesAfter).toHaveLength(8); // the old entry of the changed document is pruned
    if (entriesAfter.includes(entriesBefore[0]!)) expect((await stat(entriesBefore[0]!)).ino).toBe(inode);
    const dates = JSON.parse(await readFile(path.join(out, 'dates.json'), 'utf8')) as { doc_id: string; value: string }[];
    expect(dates.filter((d) => d.doc_id === DOC).map((d) => d.value)).toContain('2026-03-03');

    await run(dir, { out: 'fresh', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh')));
  });

  it('drops a removed document from every table and from the cache', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    await run(dir);
    expect((await idsIn(out)).documents).toContain(DOC);
    await rm(path.join(dir, `in/${DOC}.txt`));

    const summary = await run(dir);
    expect([summary.documents, summary.parsed, summary.reused]).toEqual([7, 0, 7]);
    for (const [table, ids] of Object.entries(await idsIn(out))) expect(ids, table).not.toContain(DOC);
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).not.toContain(DOC);
    expect(await cacheEntries(out)).toHaveLength(7);
  });

  it('reconciles incrementally: after a prose edit and after a leader renamed, the files of a run from scratch', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    await run(dir);
    const base = path.join(out, '.cache/reconcile-base.state');
    const baseStamp = (await stat(base)).mtimeMs;
    const file = path.join(dir, `in/${DOC}.txt`);
    const original = await readFile(file, 'utf8');
    // Prose naming a person of another document: the base is kept, this document scanned again.
    await writeFile(file, `${original}\nIn 2001 Liu Huaqiu visited the office.\n`);
    await run(dir);
    expect((await stat(base)).mtimeMs).toBe(baseStamp);
    const mentions = JSON.parse(await readFile(path.join(out, 'mentions.json'), 'utf8')) as { doc_id: string; entity_id: string }[];
    expect(mentions.some((m) => m.doc_id === DOC && m.entity_id === 'person/liu-huaqiu')).toBe(true);
    await run(dir, { out: 'fresh1', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh1')));
    // A leader renamed: the base is computed again.
    expect(LEADER.test(original)).toBe(true);
    await writeFile(file, original.replace(LEADER, '$1Zhang Newname$3'));
    await run(dir);
    const entities = JSON.parse(await readFile(path.join(out, 'entities.json'), 'utf8')) as { name: string }[];
    expect(entities.some((e) => e.name === 'Zhang Newname')).toBe(true);
    await run(dir, { out: 'fresh2', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh2')));
  });

  it('takes the corpus step\'s tables from the cache when a rerun changes no mention, and renders them when a stored file is damaged', async () => {
    const dir = await workspace();
    const out = path.join(dir, 'out');
    const file = path.join(dir, `in/${DOC}.txt`);
    const original = await readFile(file, 'utf8');
    await run(dir);
    // A dated paragraph naming no one: every table the corpus step makes is the last run's.
    await writeFile(file, `${original}\nThe office moved on 3 March 2026.\n`);
    await run(dir);
    for (const name of ['entities.json', 'mentions.csv', 'conflicts.json', 'tenures.csv']) {
      expect((await stat(path.join(out, name))).ino, name).toBe((await stat(path.join(out, '.cache/tables', name))).ino);
    }
    await run(dir, { out: 'fresh1', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh1')));
    // A stored file changed behind the run's back (through its output twin): found by its CRC, rendered again.
    const mentionsCsv = path.join(out, 'mentions.csv');
    const text = await readFile(mentionsCsv, 'utf8');
    await writeFile(mentionsCsv, text.replace('prose', 'prosa'));
    await writeFile(file, `${original}\nThe office moved on 4 March 2026.\n`);
    await run(dir);
    expect(await readFile(mentionsCsv, 'utf8')).toBe(text);
    await run(dir, { out: 'fresh2', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh2')));
  });

  it('after a prose edit that adds a mention: takes tenures and conflicts from the cache, renders entities and mentions', async () => {
    const { dir, out, file } = await afterFirstRun();
    const original = await readFile(file, 'utf8');
    const person = (JSON.parse(await readFile(path.join(out, 'entities.json'), 'utf8')) as { type: string; name: string; documents: number }[]).find((e) => e.type === 'person' && e.documents > 1)!;
    const mentions = await readFile(path.join(out, 'mentions.csv'), 'utf8');
    const NAMES = ['tenures.json', 'tenures.csv', 'conflicts.json', 'conflicts.csv', 'entities.json', 'entities.csv', 'mentions.json', 'mentions.csv'];
    const inodes = async (): Promise<Map<string, number>> => new Map(await Promise.all(NAMES.map(async (name) => [name, (await stat(path.join(out, name))).ino] as const)));
    const before = await inodes();
    await writeFile(file, `${original}\nIn 2001 ${person.name} visited the office.\n`);
    await run(dir);
    expect(await readFile(path.join(out, 'mentions.csv'), 'utf8')).not.toBe(mentions);
    // Taken from the cache: the files of the last run, linked again; rendered: new files.
    const after = await inodes();
    for (const name of NAMES) expect(after.get(name) === before.get(name), name).toBe(!/^(?:entities|mentions)/.test(name));
    await run(dir, { out: 'fresh', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh')));
  });

  it('after a leader renamed: copies the unchanged documents\' tenures and mentions from the last run\'s files, same files as from scratch', async () => {
    const { dir, out, file } = await afterFirstRun();
    await writeFile(file, (await readFile(file, 'utf8')).replace(LEADER, '$1Zhang Newname$3'));
    const take = vi.spyOn(PreviousUnits.prototype, 'take');
    try {
      await run(dir);
      const taken = take.mock.results.filter((r) => r.type === 'return' && r.value !== null).length;
      // Every document but the renamed one has tenures or mentions to copy; the renamed one's are rendered.
      expect(taken).toBeGreaterThan(0);
      expect(take.mock.results.some((r) => r.type === 'return' && r.value === null)).toBe(true);
    } finally {
      take.mockRestore();
    }
    await run(dir, { out: 'fresh', cache: false });
    expect(await outputFiles(out)).toEqual(await outputFiles(path.join(dir, 'fresh')));
  });

  it('re-stamps a moved document from the cache instead of parsing it', async () => {
    const dir = await workspace();
    await run(dir);
    await rename(path.join(dir, `in/${DOC}.txt`), path.join(dir, 'in/moved.txt'));
    const summary = await run(dir);
    expect([summary.parsed, summary.reused]).toEqual([0, 8]);
    expect((await idsIn(path.join(dir, 'out'))).documents).toContain('moved');
    await run(dir, { out: 'fresh', cache: false });
    expect(await outputFiles(path.join(dir, 'out'))).toEqual(await outputFiles(path.join(dir, 'fresh')));
  });

  it('--no-cache parses every document again', async () => {
    const dir = await workspace();
    await run(dir);
    const summary = await run(dir, { cache: false });
    expect([summary.parsed, summary.reused, summary.written]).toEqual([8, 0, false]);
  });

});

describe('the reconcile spot', () => {
  it('sees every document (cached or not) and can revise a per-document table', async () => {
    const dir = await workspace();
    const seen: string[][] = [];
    const reconcile = async (corpus: Corpus): Promise<Reconciled> => {
      // Corpus-wide: how many documents name each person.
      const docsOf = new Map<string, Set<string>>();
      const ids: string[] = [];
      for await (const outcome of corpus.outcomes()) {
        ids.push(outcome.file.docId);
        if (!outcome.ok) continue;
        for (const t of outcome.extraction.tenures) docsOf.set(t.person, (docsOf.get(t.person) ?? new Set()).add(t.doc_id));
      }
      seen.push(ids);
      const base = await reconcileCorpus(corpus);
      const withIds = base.revise!.tenures!;
      return { ...base, revise: { tenures: (record, outcome, index) => ({ ...withIds(record, outcome, index), note: `${docsOf.get(record.person)?.size ?? 0} documents` }) } };
    };
    await run(dir, { out: 'a', reconcile });
    await run(dir, { out: 'a', reconcile, cache: true, jobs: 1, maxBytes: 1_000_000 }); // options changed: runs again, all from the cache
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]).toHaveLength(8);

    const gathered = await gatherDocuments(['in'], { cwd: dir });
    const { tables, inputs } = collect(gathered.outcomes, gathered.problems, gathered.texts);
    const count = new Map<string, Set<string>>();
    for (const t of tables.tenures) count.set(t.person, (count.get(t.person) ?? new Set()).add(t.doc_id));
    tables.tenures = tables.tenures.map((t) => ({ ...t, note: `${count.get(t.person)!.size} documents` }));
    const expected = renderOutput({ ...validateTables(tables, gathered.problems), inputs });
    const actual = await outputFiles(path.join(dir, 'a'));
    for (const [name, content] of expected) expect(actual.get(name), name).toBe(content);
  });
});

describe('a failing reconcile stage', () => {
  it('costs the run its corpus tables and ids, not the documents\' datasets', async () => {
    const dir = await workspace();
    const failing = corpusStep(() => {
      throw new Error('boom');
    });
    const summary = await run(dir, { out: 'a', reconcile: failing });
    const out = path.join(dir, 'a');
    const errors = JSON.parse(await readFile(path.join(out, 'errors.json'), 'utf8')) as { code: string; message: string }[];
    expect(errors.filter((e) => e.code === 'reconcile-failed').map((e) => e.message)).toEqual(['reconciliation failed, so entities, mentions and conflicts are empty and tenures have no ids: boom']);
    expect(summary.problems.some((p) => p.code === 'reconcile-failed')).toBe(true);
    const tenures = JSON.parse(await readFile(path.join(out, 'tenures.json'), 'utf8')) as { person_id: string | null }[];
    expect(tenures.length).toBeGreaterThan(50);
    expect(tenures.every((t) => t.person_id === null)).toBe(true);
    expect(JSON.parse(await readFile(path.join(out, 'entities.json'), 'utf8'))).toEqual([]);
    expect((JSON.parse(await readFile(path.join(out, 'dates.json'), 'utf8')) as unknown[]).length).toBeGreaterThan(50);
  });
});

describe('a stored reconcile state the stage cannot use', () => {
  it('is dropped: the stage runs again from scratch and the output is that of a run without it', async () => {
    const dir = await workspace();
    await run(dir);
    const file = path.join(dir, `in/${DOC}.txt`);
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe office moved on 3 March 2026.\n`);
    const seen: boolean[] = [];
    const picky = corpusStep((documents, previous) => {
      seen.push(previous !== null);
      if (previous !== null) throw new Error('unusable state');
      return reconcileStage(documents, null);
    });
    const summary = await run(dir, { reconcile: picky });
    expect(seen).toEqual([true, false]);
    expect(summary.problems.some((p) => p.code === 'reconcile-failed')).toBe(false);
    await run(dir, { out: 'fresh', cache: false });
    expect(await outputFiles(path.join(dir, 'out'))).toEqual(await outputFiles(path.join(dir, 'fresh')));
  });
});

describe('extract output on stderr', () => {
  it('has no progress bar when stderr is not a terminal, and nothing at all with --quiet', async () => {
    const dir = await workspace();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const err: string[] = [];
      const status = await main(['extract', 'in', '--out', 'out', '--jobs', '1'], { out: () => {}, err: (t) => err.push(t) });
      const [summary, ...others] = err.filter((line) => !/: (error|warning) \[[a-z-]+\] /.test(line));
      expect(others).toEqual([]);
      expect(summary).toMatch(/^wikidex: 8\/8 documents extracted into out\/ .* 8 parsed, 0 reused from cache; \d+ errors, \d+ warnings\n$/);
      const quiet: string[] = [];
      expect(await main(['extract', 'in', '--out', 'out', '--quiet'], { out: () => {}, err: (t) => quiet.push(t) })).toBe(status);
      expect(quiet.filter((line) => !/: error \[/.test(line))).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
