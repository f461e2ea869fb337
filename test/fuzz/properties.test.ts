/**
 * The fuzz properties (fast-check; `FUZZ_RUNS` cases, `npm run fuzz`: 10,000), in one file so
 * that the sources are loaded once:
 *
 * - mutated documents: through every stage, nothing throws, every record validates, every
 *   problem is located and coded, and the same bytes always give the same outcome;
 * - bad documents next to good ones: a folder of the real documents plus mutated ones,
 *   discovered and read from disk like any run (`gatherDocuments` / `collect`), gives for each
 *   real document exactly the records (and problems) it gives alone;
 * - the linear-time work-arounds change nothing: chunked parsing gives the tree of one whole
 *   parse, calmed long lines give the same blocks, and windowed sentence splitting gives the
 *   sentences of the whole paragraph.
 */
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/dates/index.ts';
import { sentencesOf } from '../../src/extract/dates/index.ts';
import { extractDocument } from '../../src/extract/document.ts';
import { DEFAULT_CHUNKS, calmLongLines, markdownTree, parseDocument } from '../../src/parse/index.ts';
import { collect, gatherDocuments } from '../../src/pipeline/index.ts';
import { processDocument } from '../../src/process-document.ts';
import { decodeDocument, readDocument } from '../../src/read/index.ts';
import type { ProblemRecord } from '../../src/schema/records.ts';
import { DOCUMENT_TABLES, type Tables } from '../../src/schema/tables.ts';
import { DOCS, FUZZ_RUNS, bigMutation, checkOutcome, counted, expectValid, fileOf, mutated, params, report } from './corpus.ts';

afterAll(() => report('properties'));

describe('fuzz: mutated documents', () => {
  it(`no exception escapes any stage; records validate; problems are located and coded (${FUZZ_RUNS} cases)`, { timeout: 30_000 + FUZZ_RUNS * 100 }, () => {
    fc.assert(
      fc.property(
        mutated(),
        counted('mutations', ({ bytes }) => {
          const file = fileOf('doc');
          // Each stage on its own: none may throw, whatever the bytes.
          const decoded = decodeDocument(bytes);
          const read = readDocument(file, bytes);
          expect(read.ok).toBe(decoded.ok && decoded.text.trim() !== '');
          if (read.ok) {
            const tree = parseDocument(read.document.text);
            extractDocument(read.document, tree);
          }
          // And together, as the pipeline runs them.
          const outcome = processDocument(file, bytes);
          checkOutcome(outcome, bytes);
          // Same bytes, same outcome.
          expect(isDeepStrictEqual(processDocument(file, bytes), outcome)).toBe(true);
        }),
      ),
      params(FUZZ_RUNS),
    );
  });

  const bigRuns = Math.max(1, Math.ceil(FUZZ_RUNS / 250));
  it(`100k-character lines and 10k-entry lists in any construct (${bigRuns} cases)`, { timeout: 60_000 + bigRuns * 15_000 }, () => {
    fc.assert(
      fc.property(
        mutated(bigMutation, 1),
        counted('big structures', ({ bytes }) => {
          const started = performance.now();
          const outcome = processDocument(fileOf('big'), bytes);
          checkOutcome(outcome, bytes);
          // Linear work: a 10k-entry list or 100k-character line is well under a few seconds.
          expect(performance.now() - started).toBeLessThan(10_000);
        }),
      ),
      params(bigRuns),
    );
  });

  it('keeps infobox keys such as __proto__ and constructor as plain data', () => {
    const text = '= T =\nInfobox\n- __proto__: polluted\n- constructor: built\n- toString: str\n- hasOwnProperty: own\n- __proto__ Name: Proto\n- Chief1 Name: A\n';
    const outcome = processDocument(fileOf('proto'), new TextEncoder().encode(text));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.infobox.map((r) => [r.key, r.value])).toEqual([
      ['__proto__', 'polluted'],
      ['constructor', 'built'],
      ['toString', 'str'],
      ['hasOwnProperty', 'own'],
      ['__proto__ Name', 'Proto'],
      ['Chief1 Name', 'A'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

type PerDocument = { records: Record<string, unknown[]>; problems: ProblemRecord[] };

/**
 * The rows of each per-document table (and the problems) of one document id, as extraction gives
 * them. The ids reconciliation puts on tenures are left out: they may rightly depend on the other
 * documents (a mutated copy of a real document names the same office, so the two offices become
 * homonyms and are told apart by their native names); test/reconcile checks that an unrelated
 * document never changes an id.
 */
function rowsOf(tables: Tables, problems: readonly ProblemRecord[], docId: string): PerDocument {
  const records: Record<string, unknown[]> = {};
  for (const name of ['documents', ...DOCUMENT_TABLES] as const) {
    const rows = (tables[name] as unknown as { doc_id: string }[]).filter((r) => r.doc_id === docId);
    records[name] = name === 'tenures' ? rows.map((r) => ({ ...r, person_id: undefined, organization_id: undefined })) : rows;
  }
  return { records, problems: problems.filter((p) => p.doc_id === docId) };
}

let root: string;
const alone = new Map<string, PerDocument>();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wikidex-fuzz-iso-'));
  // Each real document extracted in a run of its own.
  for (const doc of DOCS) {
    const dir = path.join(root, `alone-${doc.name}`);
    await mkdir(path.join(dir, 'in'), { recursive: true });
    await writeFile(path.join(dir, 'in', `${doc.name}.txt`), doc.bytes);
    const gathered = await gatherDocuments(['in'], { cwd: dir });
    const { tables } = collect(gathered.outcomes, gathered.problems, gathered.texts);
    alone.set(doc.name, rowsOf(tables, gathered.problems, doc.name));
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const runs = Math.max(3, Math.ceil(FUZZ_RUNS / 20));

describe('fuzz: bad documents next to good ones', () => {
  it(`gives every real document exactly the records it gives alone (${runs} runs of ${DOCS.length} real + 1-6 mutated documents)`, { timeout: 60_000 + runs * 2_000 }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutated(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('', 'sub/', 'a/b/', 'zz/'), { minLength: 6, maxLength: 6 }),
        async (bad, folders) => {
          counted<null>('mixed runs', () => undefined)(null);
          const dir = path.join(root, `run-${run++}`);
          await mkdir(path.join(dir, 'in'), { recursive: true });
          for (const doc of DOCS) await writeFile(path.join(dir, 'in', `${doc.name}.txt`), doc.bytes);
          // Mutated documents under other ids, some in sub-folders, some sorting before the real ones.
          const written = await Promise.all(
            bad.map(async (m, i) => {
              const rel = `${folders[i] ?? ''}${i % 2 === 0 ? '000' : 'zzz'}-bad-${i}.txt`;
              await mkdir(path.dirname(path.join(dir, 'in', rel)), { recursive: true });
              await writeFile(path.join(dir, 'in', rel), m.bytes);
              return { rel, bytes: m.bytes };
            }),
          );
          const gathered = await gatherDocuments(['in'], { cwd: dir });
          expect(gathered.problems).toEqual([]);
          const problems: ProblemRecord[] = [...gathered.problems];
          const { tables } = collect(gathered.outcomes, problems, gathered.texts);
          for (const doc of DOCS) expect(rowsOf(tables, problems, doc.name), doc.name).toEqual(alone.get(doc.name));
          // The bad ones: each one outcome, each checked like any other.
          for (const w of written) {
            const outcome = gathered.outcomes.find((o) => o.file.source === `in/${w.rel}`);
            expect(outcome, w.rel).toBeDefined();
            checkOutcome(outcome!, w.bytes);
          }
          for (const name of ['documents', ...DOCUMENT_TABLES] as const) {
            for (const record of tables[name] as unknown as Record<string, unknown>[]) expectValid(name, record);
          }
          await rm(dir, { recursive: true, force: true });
        },
      ),
      params(runs),
    );
  });
});

const WHOLE = { minChars: Infinity, maxLines: Infinity };
/** Cut at every safe line (never a forced cut, which is the one place chunks may differ). */
const EVERY = { minChars: 0, maxLines: Infinity };

/** Lines of every block kind markdown and the wiki pre-pass know, to build documents from. */
const LINE = fc.constantFrom(
  '- a', '-', '- ', '* b', '+ c', '1. x', '2. y', '3) z', '1) w', '10. t', '0. z', '1.', '  - n', '   1. m', ' - x', '-\tx', '1.\tx', '- - x', '- ---', '- > a',
  '    code', '      deep', '  cont', '  b', '    - c', '> q', '> - q', '>', '> 1. a', '>     code', '   > x', '```', '~~~', '  ```', '<div>', '<div>x</div>', '<!--', '-->',
  '<pre>', '</pre>', '<script>', '</script>', '<?x', '?>', '<![CDATA[', ']]>', '# h', '---', '***', '*\t*\t*', '===', '[a]: b', 'para', 'p 1990', '', '', '', '  ',
  '; Term', '== H ==', '= T =', 'Infobox', '- K: v', 'Person (1990–1991)', '1. 2. x', '- 2. x', '1. - x', '2. 1. x', '1. > 3. x', '-\t\tx', '\ufeff', '\ufeff- x',
);

describe('fuzz: work-arounds are exact', () => {
  it(`chunked parsing gives the whole parse (real documents, mutations and ${FUZZ_RUNS} block soups)`, { timeout: 30_000 + FUZZ_RUNS * 20 }, () => {
    for (const doc of DOCS) {
      const text = doc.text.replace(/\r\n?/g, '\n');
      expect(isDeepStrictEqual(parseDocument(text, { chunks: EVERY }), parseDocument(text, { chunks: WHOLE })), doc.name).toBe(true);
      expect(isDeepStrictEqual(parseDocument(text), parseDocument(text, { chunks: WHOLE })), doc.name).toBe(true);
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(LINE, { maxLength: 80 }).map((lines) => `${lines.join('\n')}\n`),
          mutated().map((m) => new TextDecoder().decode(m.bytes).replace(/\r\n?/g, '\n')),
        ),
        counted('chunked parse', (text: string) => {
          expect(isDeepStrictEqual(parseDocument(text, { chunks: EVERY }), parseDocument(text, { chunks: WHOLE })), JSON.stringify(text)).toBe(true);
        }),
      ),
      params(FUZZ_RUNS),
    );
  });

  /** Long lines that start with a letter: the ones shortened, with what may still matter in them. */
  const PROSE_BODY = fc.array(fc.constantFrom('a', 'word ', ' ', '  ', '\t', '>', '-->', '</pre>', '?>', ']]>', '</textarea>', '<', '`', ']', ':', '"', '(', ')', '-', '*', '=', '#', 'é', '中', '😀', '\\'), { minLength: 10, maxLength: 120 });
  const PROSE_LINE = fc.tuple(fc.constantFrom('A', 'x', 'É', '中', '😀', '1', ' A', '- A', '> A'), PROSE_BODY, fc.constantFrom('', ' ', '  ', '\t', '.', '>', '\\')).map(([head, body, end]) => `${head}${body.join('')}${end}`);
  it(`shortened lines and simple lists give remark's tree of the whole text (real documents, mutations and ${FUZZ_RUNS * 4} block soups)`, { timeout: 30_000 + FUZZ_RUNS * 80 }, () => {
    const plain = (text: string) => parseDocument(text, { chunks: WHOLE, shorten: false, lists: false });
    for (const doc of DOCS) {
      const text = doc.text.replace(/\r\n?/g, '\n');
      expect(isDeepStrictEqual(parseDocument(text, { chunks: WHOLE }), plain(text)), doc.name).toBe(true);
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.oneof(LINE, PROSE_LINE, PROSE_LINE), { maxLength: 40 }).map((lines) => `${lines.join('\n')}\n`),
          mutated().map((m) => new TextDecoder().decode(m.bytes).replace(/\r\n?/g, '\n')),
        ),
        counted('shortcut parse', (text: string) => {
          expect(isDeepStrictEqual(parseDocument(text), plain(text)), JSON.stringify(text)).toBe(true);
        }),
      ),
      params(FUZZ_RUNS * 4),
    );
  });

  it('bounds every chunk and still reads everything on long documents', () => {
    const list = Array.from({ length: 300 }, (_, i) => `- P${i} (1990–1991)\n  - deputy\n`).join('');
    const text = `= T =\n\n== Leaders ==\n${list}\npara 1990\n`;
    const tree = parseDocument(text);
    expect(text.length).toBeGreaterThan(2 * DEFAULT_CHUNKS.minChars);
    expect(isDeepStrictEqual(tree, parseDocument(text, { chunks: WHOLE }))).toBe(true);
  });

  /**
   * The blocks of a tree with their positions, without what calming may change and no extractor
   * reads: texts (values, code info strings, link parts) and the inline content of paragraphs
   * and headings (trailing tabs turned spaces make a hard break).
   */
  const TEXTS = new Set(['value', 'lang', 'meta', 'url', 'title', 'identifier', 'label']);
  const shape = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(shape);
    if (node === null || typeof node !== 'object') return node;
    const inline = 'type' in node && (node.type === 'paragraph' || node.type === 'heading');
    return Object.fromEntries(Object.entries(node).filter(([k]) => !TEXTS.has(k) && !(inline && k === 'children')).map(([k, v]) => [k, shape(v)]));
  };
  const LONG_BODY = fc.array(fc.constantFrom('a', ' ', '\t', '*', '_', '`', '[', ']', '&', '\\', '!', '<', '>', '-', '=', '#', '~', '1', '.', '(', ')', '-->', '</pre>', '?>', ']]>'), { minLength: 200, maxLength: 700 });
  it(`calming long lines changes no block, no position (${FUZZ_RUNS} cases)`, { timeout: 30_000 + FUZZ_RUNS * 20 }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(LINE, fc.option(LONG_BODY, { nil: undefined })), { maxLength: 12 }),
        counted('calm long lines', (lines: [string, string[] | undefined][]) => {
          // Long lines: a block start, then 1,000+ characters of markers, tabs and HTML ends.
          // (parseDocument hands a leading BOM over as a space: none here either.)
          const text = `start\n\n${lines.map(([start, body]) => (body ? `${start}${'ab '.repeat(340)}${body.join('')}` : start)).join('\n')}\n`;
          expect(shape(markdownTree(calmLongLines(text)))).toEqual(shape(markdownTree(text)));
        }),
      ),
      params(FUZZ_RUNS),
    );
    // A line of nothing but rule characters is left alone (a 2,000-character thematic break).
    const rule = `${'* '.repeat(1_000)}\n`;
    expect(calmLongLines(rule)).toBe(rule);
  });

  const TOKEN = fc.constantFrom(
    'The', 'office', 'Mr.', 'U.S.', 'Smith', 'J.', 'R.', 'in', '1990.', 'etc.', 'e.g.', '(see', 'p.', '2000).', '"Yes."', 'he', 'said.', 'A.', 'No.', '5', 'Jan.',
    '?', '!', '...', '–', '\u00a0', '\n', 'x'.repeat(60), 'lower', 'Upper.', 'World War I.', 'Then',
  );
  it(`windowed sentence splitting gives the sentences of the whole paragraph (${FUZZ_RUNS} cases)`, { timeout: 30_000 + FUZZ_RUNS * 20 }, () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.array(TOKEN, { maxLength: 300 }), fc.integer({ min: 40, max: 400 }), fc.integer({ min: 5, max: 100 })),
        counted('sentence windows', ([tokens, window, margin]: [string[], number, number]) => {
          const text = tokens.join(' ');
          expect(sentencesOf(text, window, Math.min(margin, window - 1))).toEqual(splitSentences(text));
        }),
      ),
      params(FUZZ_RUNS),
    );
  });
});
