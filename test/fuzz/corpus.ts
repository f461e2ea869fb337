/**
 * Shared pieces of the fuzz tests: the real documents, mutations of them, and the checks every
 * outcome must pass. `FUZZ_RUNS` sets the number of cases (`npm run fuzz`: 10,000); `npm test`
 * runs a small default so that the whole folder stays fast.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { DocumentOutcome } from '../../src/process-document.ts';
import { decodeDocument, type SourceFile } from '../../src/read/index.ts';
import { ProblemRecord } from '../../src/schema/records.ts';
import { TABLES, type TableName } from '../../src/schema/tables.ts';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Cases of the main properties: `FUZZ_RUNS`, else a quick default for `npm test`. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 50) || 50);
/** Fixed seed for `npm test` (reproducible); `FUZZ_SEED` replays a reported failure, `npm run fuzz` explores. */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 20251122 : undefined;

/** fast-check parameters for `runs` cases with this run's seed. */
export function params(runs: number): { numRuns: number; seed?: number; endOnFailure: boolean } {
  return FUZZ_SEED === undefined ? { numRuns: runs, endOnFailure: true } : { numRuns: runs, seed: FUZZ_SEED, endOnFailure: true };
}

/** Case counts per property, printed by `report()` so that `npm run fuzz` shows how much it ran. */
const counts = new Map<string, number>();
export function counted<T>(name: string, check: (value: T) => void): (value: T) => void {
  return (value) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    check(value);
  };
}
export function report(file: string): void {
  const parts = [...counts].map(([name, n]) => `${name}: ${n}`);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`fuzz ${file}: ${total} cases, 0 failures (${parts.join('; ')}; seed ${FUZZ_SEED ?? 'random'})\n`);
}

export interface RealDocument {
  name: string;
  bytes: Uint8Array;
  text: string;
}

function load(dir: string): RealDocument[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const bytes = new Uint8Array(readFileSync(path.join(ROOT, dir, f)));
      return { name: f.replace(/\.txt$/, ''), bytes, text: new TextDecoder().decode(bytes) };
    });
}

export const SEEDS = load('seeds');
export const DOCS = [...SEEDS, ...load('fixtures/docs')];

export const fileOf = (docId: string): SourceFile => ({ source: `fuzz/${docId}.txt`, absolute: `/nonexistent/fuzz/${docId}.txt`, docId });

const utf8 = new TextEncoder();

/* ------------------------------------------------------------------------------------------ */
/* Mutations: each turns a document's bytes into other bytes.                                  */
/* ------------------------------------------------------------------------------------------ */

export type Mutation = { name: string; apply: (bytes: Uint8Array) => Uint8Array };

const asText = (f: (text: string) => string) => (bytes: Uint8Array): Uint8Array => utf8.encode(f(new TextDecoder().decode(bytes)));
const splitLines = (text: string): string[] => text.split(/(?<=\n)/);
const at = (n: number, length: number): number => (length === 0 ? 0 : n % (length + 1));

/** Text that exercises every construct and date shape, for insertions. */
const FRAGMENTS = [
  '== == ==', '= = =', '=', '== ==', '=== Deep ===', '== Leaders ==', '====== Six ======', '; ', ';', '; Director', 'Infobox', 'infobox', '- Key: Value',
  '- __proto__: polluted', '- constructor: x', '- Chief1 Name: A', '- Chief1 Position: B', '- : empty key', '-', '*', '1.', '999999999.', '1) x',
  '- Name (1990–1991)', '- Name (1990 – ', '- Name ((1990–1991)', '- Name (1990–1991))', '- Name )1990(', '- (1990–1991)', '1. A (June 1988 – December 1989)',
  '2. B (c. 1950 – )', '- X (1998–2003; 2005–present, acting)', '- Y (陈云林) (2008–2013)', '- 1998–2003: Z', '- W, 1998–2003', '- V (1990s)', '- U (2020 – 2010)',
  'In 1981, the office was founded.', 'From 6 March 1958 to 1960 it grew.', 'between 1990 and 1992', 'the second half of 2012', 'Q3 2012', '2014–2017', '1990–91',
  'Mr. U.S. Jan. etc. e.g.', '(', ')', '[', ']', '((((', '))))', '–', '—', '-', '*a_', '[a](', '<div>', '<!--', '```', '~~~', '> quote', '> > > >', '    indented',
  '----', '=====', '~~~~', '</table>', '  wrapped (value)', '\n\n- Chief2 Name: C', '\n\n- no key', '• Name (1990–1991)', '· ', '  ▪ Unit',
  '- - - - - - - - - - - - - - - - - - - - x', '1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11. 12. 13. 14. 15. 16. 17. x', '\t', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u0085',
  '\ud83d\ude00', '\u0301', 'ǅ', 'İ', '\r', '\r\n', '\n\n',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);

const truncate: fc.Arbitrary<Mutation> = fc.nat().map((n) => ({ name: `truncate@${n}`, apply: (b) => b.slice(0, at(n, b.length)) }));

const insertBytes: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, bytes]) => ({
  name: `bytes@${n}`,
  apply: (b) => {
    const i = at(n, b.length);
    const out = new Uint8Array(b.length + bytes.length);
    out.set(b.subarray(0, i));
    out.set(bytes, i);
    out.set(b.subarray(i), i + bytes.length);
    return out;
  },
}));

const insertText: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fragment, fc.boolean()).map(([n, piece, ownLine]) => ({
  name: `text@${n}:${JSON.stringify(piece)}`,
  apply: asText((t) => {
    const i = at(n, t.length);
    return t.slice(0, i) + (ownLine ? `\n${piece}\n` : piece) + t.slice(i);
  }),
}));

const lineOp: fc.Arbitrary<Mutation> = fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'move'), fc.nat(), fc.nat()).map(([op, a, b]) => ({
  name: `${op}-line@${a},${b}`,
  apply: asText((t) => {
    const lines = splitLines(t);
    if (lines.length === 0) return t;
    const i = a % lines.length;
    const j = b % lines.length;
    const line = lines[i]!;
    if (op === 'delete') lines.splice(i, 1);
    else if (op === 'duplicate') lines.splice(i, 0, line);
    else if (op === 'swap') [lines[i], lines[j]] = [lines[j]!, line];
    else lines.splice(j, 0, ...lines.splice(i, 1));
    return lines.join('');
  }),
}));

const shuffle: fc.Arbitrary<Mutation> = fc.infiniteStream(fc.nat()).map((stream) => ({
  name: 'shuffle-lines',
  apply: asText((t) => {
    const lines = splitLines(t);
    const it = stream[Symbol.iterator]();
    for (let i = lines.length - 1; i > 0; i--) {
      const j = (it.next().value ?? 0) % (i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('');
  }),
}));

/** `== H ==` → `== == H == ==`-style doubled or unbalanced markers. */
const markers: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.constantFrom('== == ==', '=', '==== ', ' ====', '= = ', ';', '; ;')).map(([n, extra]) => ({
  name: `markers@${n}:${extra}`,
  apply: asText((t) => {
    const lines = splitLines(t);
    const marked = lines.map((l, i) => [l, i] as const).filter(([l]) => /^(=|;)/.test(l));
    const pick = marked[n % Math.max(1, marked.length)];
    if (!pick) return t;
    const [line, i] = pick;
    lines[i] = n % 2 === 0 ? `${extra}${line}` : line.replace(/(\s*)$/, ` ${extra}$1`);
    return lines.join('');
  }),
}));

/** Unbalanced parentheses in leader entries: drop or add `(`, `)`, `[`, `;`. */
const parens: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('(', ')', '[', ']', ';', '((', '))', '–', ', ')).map(([n, m, ch]) => ({
  name: `parens@${n},${m}:${ch}`,
  apply: asText((t) => {
    const lines = splitLines(t);
    const entries = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(?:[-*]|\d+[.)])\s/.test(l));
    const pick = entries[n % Math.max(1, entries.length)];
    if (!pick) return t;
    const [line, i] = pick;
    const brackets = [...line].map((c, k) => [c, k] as const).filter(([c]) => '()[];'.includes(c));
    const hit = brackets[m % Math.max(1, brackets.length)];
    lines[i] = hit && m % 3 !== 0 ? line.slice(0, hit[1]) + line.slice(hit[1] + 1) : line.slice(0, m % line.length) + ch + line.slice(m % line.length);
    return lines.join('');
  }),
}));

/** CRLF / CR / LF mixes, and BOMs anywhere. */
const endings: fc.Arbitrary<Mutation> = fc.tuple(fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\r', '\n', '\n')), fc.nat(), fc.boolean()).map(([stream, n, bom]) => ({
  name: `endings${bom ? `+bom@${n}` : ''}`,
  apply: asText((t) => {
    const it = stream[Symbol.iterator]();
    let out = t.replace(/\r\n?|\n/g, () => it.next().value ?? '\n');
    if (bom) {
      const i = at(n, out.length);
      out = `${out.slice(0, i)}\ufeff${out.slice(i)}`;
    }
    return out;
  }),
}));

/** The text saved as UTF-16 with a byte order mark, little- or big-endian (a later text mutation reads it as UTF-8: garbage, as it should). */
const utf16: fc.Arbitrary<Mutation> = fc.boolean().map((little) => ({
  name: `utf16${little ? 'le' : 'be'}`,
  apply: (bytes) => {
    const units = Buffer.from(new TextDecoder().decode(bytes), 'utf16le');
    return new Uint8Array(Buffer.concat([Buffer.from(little ? [0xff, 0xfe] : [0xfe, 0xff]), little ? units : units.swap16()]));
  },
}));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(truncate, insertBytes, insertText, lineOp, shuffle, markers, parens, endings, utf16);

/** Big structures: a 100k-character line in some construct, a 10k-entry list, deep nesting. */
const LONG_UNITS = ['In 1990–91 (b) 12-3 (c 2000 [x] June 1988 – Dec ', 'a', ' ', '1', '(', ')', '*a_', '[a](', '1990. ', '- ', '> ', '==', 'Chief1 ', '; '];
const bigLine: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.constantFrom(...LONG_UNITS), fc.constantFrom('', '== ', '; ', '- K: ', '- Name (', '1. ', '- ', '> ', 'Infobox\n- ', '= ')).map(([n, unit, prefix]) => ({
  name: `100k-line@${n}:${prefix}${JSON.stringify(unit)}`,
  apply: asText((t) => {
    const line = prefix + unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const lines = splitLines(t);
    lines.splice(n % (lines.length + 1), 0, `${line}\n`);
    return lines.join('');
  }),
}));
const bigList: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.constantFrom('- P{} (19{}–20{})', '{}. P{} (June 1988 – December 1989)', '- Chief{} Name: P{}', '- P{}\n  - Q{} (1990–1991)', '- P{} ((19{}')).map(([n, pattern]) => ({
  name: `10k-list@${n}:${pattern}`,
  apply: asText((t) => {
    const list = Array.from({ length: 10_000 }, (_, i) => `${pattern.replaceAll('{}', String(i % 100).padStart(2, '0'))}\n`).join('');
    const lines = splitLines(t);
    lines.splice(n % (lines.length + 1), 0, '\n', list, '\n');
    return lines.join('');
  }),
}));
export const bigMutation: fc.Arbitrary<Mutation> = fc.oneof(bigLine, bigList);

/** A real document with one to four mutations applied. */
export const mutated = (mutations: fc.Arbitrary<Mutation> = mutation, max = 4): fc.Arbitrary<{ doc: RealDocument; steps: Mutation[]; bytes: Uint8Array }> =>
  fc.tuple(fc.constantFrom(...DOCS), fc.array(mutations, { minLength: 1, maxLength: max })).map(([doc, steps]) => ({
    doc,
    steps,
    bytes: steps.reduce((b, s) => s.apply(b), doc.bytes),
  }));

/* ------------------------------------------------------------------------------------------ */
/* Checks                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Every code a document's processing may report (README, "errors.json"), plus the output budget. */
export const DOCUMENT_CODES = new Set([
  'invalid-utf8', 'invalid-utf16', 'binary', 'empty', 'too-large', 'output-too-large',
  'missing-title', 'empty-infobox', 'infobox-line-without-separator', 'tenure-unreadable', 'tenure-undated', 'tenure-start-after-end', 'sentence-too-long',
]);

/**
 * Validates a record against its table's schema. Fields the corpus-level reconcile step adds
 * later (nullable ones the record does not have yet, such as `person_id`) count as null.
 */
export function expectValid(table: TableName, record: Record<string, unknown>): void {
  const schema = TABLES[table].schema;
  const filled: Record<string, unknown> = { ...record };
  for (const key of Object.keys(schema.shape)) if (!(key in filled)) filled[key] = null;
  const parsed = schema.safeParse(filled);
  expect(parsed.success, `${table} record ${JSON.stringify(record).slice(0, 300)}: ${parsed.error?.message}`).toBe(true);
}

const lineCount = (bytes: Uint8Array): number => {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) n++;
  return n;
};

/** The properties every outcome has, whatever the input. */
export function checkOutcome(outcome: DocumentOutcome, bytes: Uint8Array): void {
  const lines = lineCount(bytes);
  const problems = outcome.ok ? outcome.extraction.problems : [outcome.problem];
  for (const p of problems) {
    // A stable, documented code; never an exception turned into `internal-error`.
    expect(DOCUMENT_CODES, `${p.code}: ${p.message}`).toContain(p.code);
    const record = ProblemRecord.parse({ file: outcome.file.source, doc_id: outcome.file.docId, ...p });
    expect(record.line, `${p.code} has a line`).not.toBeNull();
    expect(record.line!).toBeLessThanOrEqual(lines);
    expect(p.message.length, 'message is short whatever the input').toBeLessThan(600);
    expect(p.message.trim()).not.toBe('');
  }
  if (!outcome.ok) return;
  const x = outcome.extraction;
  expectValid('documents', x.document);
  expect(x.document.lines).toBeLessThanOrEqual(lines);
  for (const table of ['infobox', 'officials', 'sections', 'tenures', 'dates'] as const) {
    for (const record of x[table] as unknown as Record<string, unknown>[]) {
      expectValid(table, record);
      expect(record.doc_id).toBe(outcome.file.docId);
      if (typeof record.line === 'number') expect(record.line).toBeLessThanOrEqual(lines);
    }
  }
  // The source text a record points at really is there, at its line and column.
  const decoded = decodeDocument(bytes);
  const sourceLines = decoded.ok ? decoded.text.split('\n') : [];
  for (const d of x.dates) {
    expect(d.sentence.includes(d.text), d.text).toBe(true);
    expect(sourceLines[d.line - 1]?.slice(d.column - 1).startsWith(d.text), `${d.text} at ${d.line}:${d.column}`).toBe(true);
  }
  for (const h of x.sections) expect(sourceLines[h.line - 1]?.includes(h.heading), h.heading).toBe(true);
  for (const r of x.infobox) expect(sourceLines[r.line - 1]?.includes(r.key), r.key).toBe(true);
  for (const r of x.infobox) expect(r.key).not.toBe('');
}
