/**
 * Date extraction per document against chrono-node's plain `parse` on the same prose.
 * Usage: node --import tsx bench/dates.ts [--rounds N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { findDates, splitSentences } from '../src/dates/index.ts';
import { extractProse } from '../src/extract/prose.ts';
import { extractTitle } from '../src/extract/title.ts';
import { parseDocument } from '../src/parse/index.ts';
import { normaliseNewlines } from '../src/read/index.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const rounds = Number(values.rounds);

const files = ['seeds', 'fixtures/docs'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f))).sort();
const proseOf = (file: string): string[] => {
  const text = normaliseNewlines(readFileSync(file, 'utf8'));
  const tree = parseDocument(text);
  return extractProse(tree, text, extractTitle(tree).line).map((b) => b.text);
};
const documents = files.map(proseOf);

function ours(prose: string[]): number {
  let n = 0;
  for (const paragraph of prose) {
    if (!/\d/.test(paragraph)) continue;
    for (const sentence of splitSentences(paragraph)) n += findDates(sentence.text).length;
  }
  return n;
}

const reference = new Date(Date.UTC(2000, 0, 1));
function plainChrono(prose: string[]): number {
  let n = 0;
  for (const paragraph of prose) n += chrono.parse(paragraph, reference).length;
  return n;
}

function time(fn: (prose: string[]) => number): { msPerDoc: number; found: number } {
  for (const prose of documents) fn(prose); // warm-up
  let found = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const prose of documents) found = fn(prose) + found * 0;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  return { msPerDoc: elapsed / (rounds * documents.length), found: documents.reduce((sum, prose) => sum + fn(prose), 0) };
}

// Interleave to share the machine's noise between the two.
const a1 = time(plainChrono);
const b1 = time(ours);
const a2 = time(plainChrono);
const b2 = time(ours);
const chronoMs = Math.min(a1.msPerDoc, a2.msPerDoc);
const oursMs = Math.min(b1.msPerDoc, b2.msPerDoc);
const result = {
  documents: documents.length,
  rounds,
  chrono_parse_ms_per_doc: Number(chronoMs.toFixed(4)),
  wikidex_dates_ms_per_doc: Number(oursMs.toFixed(4)),
  ratio_wikidex_to_chrono: Number((oursMs / chronoMs).toFixed(3)),
  mentions_chrono: a1.found,
  mentions_wikidex: b1.found,
};
console.log('date extraction per document (prose of seeds/ + fixtures/docs/)');
console.log(`  chrono-node parse:  ${chronoMs.toFixed(3)} ms/doc (${a1.found} results)`);
console.log(`  wikidex findDates:  ${oursMs.toFixed(3)} ms/doc (${b1.found} mentions), ${result.ratio_wikidex_to_chrono}x chrono's time`);
if (process.env.BENCH_JSON) console.log(JSON.stringify(result));
