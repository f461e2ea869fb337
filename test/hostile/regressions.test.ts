/**
 * Regression tests for the bugs the fuzzing and the 2 MB lines found in read/, parse/ and
 * extract/. Each names the input that used to hang, crash or blow up; time limits are generous
 * (the old behaviour took minutes or hours on these inputs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { collectOfficials } from '../../src/extract/infobox.ts';
import { extractDocument, OUTPUT_BUDGET } from '../../src/extract/document.ts';
import { MAX_SENTENCE, sentencesOf } from '../../src/extract/dates/index.ts';
import { splitSentences } from '../../src/dates/index.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { processDocument } from '../../src/process-document.ts';
import { discoverInputs, docIdBelow, docIdOfFile } from '../../src/read/index.ts';
import { textOf, SEED_000 } from '../helpers.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const file = { source: 'x.txt', absolute: '/nonexistent/x.txt', docId: 'x' };
const run = (text: string) => processDocument(file, new TextEncoder().encode(text));
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
};
const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const WHOLE = { minChars: Infinity, maxLines: Infinity };

describe('parse: inline markdown is not parsed (micromark is super-linear on it)', () => {
  it('reads a 200 kB leader entry of `*a_` or `[a](` in well under a second (was 26 s and minutes)', () => {
    for (const unit of ['*a_', '[a](', '<a ']) {
      const { value, ms } = timed(() => run(`= T =\n== L ==\n- A (1990–1991)\n- B (1992–1993) ${repeat(unit, 200_000)}\n`));
      expect(value.ok, unit).toBe(true);
      expect(ms, unit).toBeLessThan(3_000);
      if (value.ok) expect(value.extraction.tenures.map((t) => t.person)).toEqual(['A', 'B']);
    }
  });
});

describe('parse: container nesting on one line is capped', () => {
  it('reads `- - - …`, `1990. 1990. …` and `> > > …` 100k deep without overflowing the stack (was "Maximum call stack size exceeded" after minutes)', () => {
    for (const unit of ['- ', '1990. ', '> ', '1) ']) {
      const { value, ms } = timed(() => run(`= T =\n\n${repeat(unit, 200_000)}x\n`));
      expect(value.ok && value.extraction.problems.every((p) => p.code !== 'internal-error'), unit).toBe(true);
      expect(ms, unit).toBeLessThan(5_000);
    }
  });

  it('leaves ordinary nesting alone', () => {
    const text = '= T =\n\n- a\n  - b\n    - c\n> - q\n> > 1. r\n';
    expect(isDeepStrictEqual(parseDocument(text), parseDocument(text, { chunks: WHOLE }))).toBe(true);
    const tree = parseDocument('- - - x\n');
    expect(tree.children[0]?.type).toBe('list');
  });
});

describe('parse: long nested lists are parsed in chunks (micromark copies all events per closed sub-list)', () => {
  it('reads entries with sub-entries in linear time (4,000 took 8.5 s, quadratic)', () => {
    const doc = (n: number): string => `= T =\n\n== Leaders ==\n${Array.from({ length: n }, (_, i) => `- P${i} (1990–1991)\n  - deputy ${i}\n`).join('')}`;
    const time = (n: number): number => {
      const { value, ms } = timed(() => run(doc(n)));
      expect(value.ok && value.extraction.tenures.length).toBe(n);
      return ms;
    };
    let small = time(1_000);
    let big = time(4_000);
    for (let retry = 0; retry < 2 && big / small > 8; retry++) [small, big] = [Math.min(small, time(1_000)), Math.min(big, time(4_000))];
    // Four times the entries: about four times the time when linear, sixteen when quadratic.
    expect(big / Math.max(small, 50), `${small.toFixed(0)} ms → ${big.toFixed(0)} ms`).toBeLessThan(8);
  });

  it('gives the tree of one whole parse, with positions and joined lists', () => {
    const entries = Array.from({ length: 400 }, (_, i) => `${i + 1}. P${i} (1990–1991)\n${' '.repeat(String(i + 1).length + 2)}- deputy\n`).join('');
    const text = `= T =\n\n${entries}\n\npara\n\n- x\n- y\n`;
    const chunked = parseDocument(text, { chunks: { minChars: 0, maxLines: Infinity } });
    expect(isDeepStrictEqual(chunked, parseDocument(text, { chunks: WHOLE }))).toBe(true);
    const list = chunked.children.find((n) => n.type === 'list');
    expect(list?.type === 'list' && [list.ordered, list.start, list.children.length]).toEqual([true, 1, 400]);
  });

  it('never starts a chunk with a BOM (micromark drops a leading one)', () => {
    const text = 'a\n\n\ufeff\n- b\n';
    expect(isDeepStrictEqual(parseDocument(text, { chunks: { minChars: 0, maxLines: Infinity } }), parseDocument(text, { chunks: WHOLE }))).toBe(true);
  });
});

describe('extract/tenures: entry text', () => {
  it('joins the lines of an entry in linear time (`/\\s*\\n\\s*/` took 73 s on 200k spaces)', () => {
    const { value, ms } = timed(() => run(`= T =\n== L ==\n- A (1990–1991)\n- B${' '.repeat(200_000)}x (1992–1993)\n`));
    expect(ms).toBeLessThan(3_000);
    expect(value.ok && value.extraction.tenures.map((t) => t.start)).toEqual(['1990', '1992']);
    const joined = run('= T =\n== L ==\n- A\n  continued (1990–1991)\n- B  two  spaces (1992–1993)\n');
    expect(joined.ok && joined.extraction.tenures.map((t) => t.person)).toEqual(['A continued', 'B  two  spaces']);
  });

  it('looks for an open term\'s word (`Name – incumbent`) at the end of an entry only, in linear time', () => {
    const { value, ms } = timed(() => run(`= T =\n== L ==\n- A (1990–1991)\n- B${' '.repeat(400_000)}x\n- C – incumbent\n`));
    expect(ms).toBeLessThan(3_000);
    expect(value.ok && value.extraction.tenures.map((t) => [t.person, t.incumbent])).toEqual([['A', false], ['C', true]]);
  });

  it('keeps messages short whatever the entry holds', () => {
    const outcome = run(`= T =\n== L ==\n- A (1990–1991)\n- ${'N'.repeat(100_000)} (around 1995)\n- ${'M'.repeat(100_000)} (2000–1990)\n`);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.problems.map((p) => p.code)).toEqual(['tenure-unreadable', 'tenure-start-after-end']);
    for (const p of outcome.extraction.problems) expect(p.message.length).toBeLessThan(400);
    expect(outcome.extraction.problems[1]!.message).toMatch(/check the order/);
  });
});

describe('extract/infobox: officials', () => {
  it('pairs 10,000 officials with their positions in well under a second (was 245 s: a scan per name)', () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => [
      { key: `Chief${i + 1} Name`, value: `P${i}`, line: 2 * i + 1 },
      { key: `Chief${i + 1} Position`, value: `D${i}`, line: 2 * i + 2 },
    ]).flat();
    const { value, ms } = timed(() => collectOfficials(fields));
    expect(ms).toBeLessThan(2_000);
    expect(value).toHaveLength(10_000);
    expect(value[9_999]).toEqual({ group: 'Chief10000', name: 'P9999', nativeName: null, position: 'D9999', line: 19_999 });
  });

  it('takes the first partner in field order, as before', () => {
    const officials = collectOfficials([
      { key: 'Chief1 Name', value: 'A', line: 1 },
      { key: 'chief1_title', value: 'T', line: 2 },
      { key: 'Chief1 Position', value: 'P', line: 3 },
      { key: 'Leader Name', value: 'L', line: 4 },
    ]);
    expect(officials).toEqual([
      { group: 'Leader', name: 'L', nativeName: null, position: null, line: 4 },
      { group: 'Chief1', name: 'A', nativeName: null, position: 'T', line: 1 },
    ]);
  });

  it('orders by a long trailing number without backtracking (`/(\\d+)$/` was quadratic on digit runs)', () => {
    const { ms } = timed(() => collectOfficials([
      { key: `${'1'.repeat(200_000)}x1 Name`, value: 'A', line: 1 },
      { key: 'Chief1 Name', value: 'B', line: 2 },
    ]));
    expect(ms).toBeLessThan(1_000);
  });
});

describe('extract/dates: long paragraphs and sentences', () => {
  it('splits a 1 MB line of short sentences in well under a few seconds (Intl.Segmenter is quadratic: 120 s at 2 MB)', () => {
    const sentences = repeat('In 1990–91 (the second term) the office moved 12-3 times (see 2000–2004). ', 1_000_000);
    const { value, ms } = timed(() => sentencesOf(sentences));
    expect(ms).toBeLessThan(3_000);
    expect(value.length).toBe(13_514);
    const small = sentences.slice(0, 20_000);
    expect(sentencesOf(small, 1_000, 100)).toEqual(splitSentences(small));
  });

  it('does not search a run-on "sentence" of more than 10,000 characters, and says so where it starts', () => {
    const text = `= T =\n\nShort one in 1990. ${repeat('In 1990 x ', MAX_SENTENCE + 10)}\n`;
    const outcome = run(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.dates.map((d) => d.value)).toEqual(['1990']);
    expect(outcome.extraction.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'sentence-too-long', line: 3, column: 20 }),
    ]);
  });
});

describe('extract: output budget', () => {
  it('refuses records that would repeat a long text thousands of times, with a located error', () => {
    // A 200 kB heading above 2,000 dated paragraphs: every date record carries the heading.
    const heading = `== ${'H'.repeat(200_000)} ==`;
    const text = `= T =\n\n${heading}\n\n${Array.from({ length: 2_000 }, () => 'It was set up in 1990.\n\n').join('')}`;
    const { value, ms } = timed(() => run(text));
    expect(ms).toBeLessThan(10_000);
    expect(value.ok).toBe(true);
    if (!value.ok) return;
    const x = value.extraction;
    expect([x.infobox, x.officials, x.sections, x.tenures, x.dates].every((t) => t.length === 0)).toBe(true);
    expect(x.problems).toHaveLength(1);
    expect(x.problems[0]).toMatchObject({ severity: 'error', code: 'output-too-large' });
    expect(x.problems[0]!.line).toBeGreaterThan(3);
    expect(x.problems[0]!.message).toMatch(/dates records repeat a section of 200,000 characters/);
  });

  it('leaves real documents far below the budget', () => {
    const text = textOf(SEED_000);
    const x = extractDocument({ docId: 'x', source: 'x', sha256: '0'.repeat(64), bytes: text.length, text }, parseDocument(text));
    expect(x.problems.map((p) => p.code)).not.toContain('output-too-large');
    expect(OUTPUT_BUDGET.perSourceChar).toBeGreaterThanOrEqual(8);
  });
});

describe('read: ids and folders', () => {
  it('gives a file named `.txt` a non-empty id (an empty id made every record, and the run, fail)', async () => {
    expect(docIdBelow('/r', '/r/.txt')).toBe('.txt');
    expect(docIdBelow('/r', '/r/sub/.txt')).toBe('sub/.txt');
    expect(docIdBelow('/r', '/r/a.b.TXT')).toBe('a.b');
    expect(docIdOfFile('/r/.txt')).toBe('.txt');
    const root = await tempDir('dot');
    await mkdir(path.join(root, 'in'));
    await writeFile(path.join(root, 'in', '.txt'), '= T =\n');
    // Below a folder it is a hidden file, and skipped; given directly it is read, with that id.
    const found = await discoverInputs(['in', 'in/.txt'], root);
    expect(found.files.map((f) => [f.docId, f.source])).toEqual([['.txt', 'in/.txt']]);
  });
});

describe('parse: a document that still starts with a BOM after decoding', () => {
  it('keeps every position on the source text (micromark drops a leading BOM, which moved all offsets by one)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('\ufeffLead paragraph of 1990.\n\n== H ==\n- A (1990–1991)\n- B (1992–1993)\n')]);
    const outcome = processDocument(file, bytes);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.dates.map((d) => [d.sentence, d.text, d.line, d.column])).toEqual([['Lead paragraph of 1990.', '1990', 1, 20]]);
    expect(outcome.extraction.tenures.map((t) => t.person)).toEqual(['A', 'B']);
  });
});
