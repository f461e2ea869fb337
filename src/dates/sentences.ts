/**
 * Split a paragraph into sentences: Intl.Segmenter, then re-join the splits it makes after
 * abbreviations (`Mr.`, `Jan.`, `U.S.`) and initials (`Harry S. Truman`), and keep reference
 * marks (`[1]`) with the sentence they follow. Each sentence is trimmed
 * (including non-breaking and zero-width spaces) and is an exact slice of the paragraph.
 */
import { footnoteRest, stopsBeforeMarks } from '../text/footnotes.ts';

export type Sentence = { text: string; index: number };

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that precede what they qualify, so never end a sentence (compared lower-case). */
const ALWAYS_JOIN = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'cpl', 'sen', 'rep', 'gov', 'pres', 'prof', 'rev', 'hon', 'fr', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'v', 'e.g', 'i.e', 'c', 'ca', 'cf', 'approx',
  'nos', 'pp', 'vol', 'fig', 'art', 'sec', 'mt', 'ft', 'ave',
]);

/** Abbreviations that join only when a number follows (`see p. 12`, `ch. 3`). */
const JOIN_BEFORE_NUMBER = new Set(['p', 'para', 'ch']);

/** Case-sensitive: `No. 5` but not `… said no. Then …`. */
const ALWAYS_JOIN_EXACT = new Set(['No']);

/** Abbreviations that may also end a sentence: join unless a typical sentence opener follows. */
const JOIN_UNLESS_OPENER = new Set(['u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'bros', 'p.r.c']);

/** Words that typically open a sentence; after `U.S.` or an initial they mean a real boundary. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'its', 'their', 'after', 'before', 'during', 'however', 'but',
  'and', 'since', 'when', 'while', 'although', 'though', 'as', 'by', 'for', 'from', 'with',
  'following', 'later', 'meanwhile', 'today', 'under', 'one', 'many', 'some', 'most', 'both', 'each',
  'according', 'despite', 'until', 'also', 'then', 'thus', 'other', 'several', 'no', 'not', 'if',
  'our', 'my', 'you', 'what', 'who', 'why', 'how', 'where', 'such', 'another', 'all', 'two', 'three',
]);

const SPACE = /[\s\u200B\u200C\u200D\u2060\uFEFF]/u;
const TRAILING_TOKEN = /(?:^|[\s(["'\u201C\u2018])((?:\p{L}{1,12}\.){0,4}\p{L}{1,12})\.$/u;
const FIRST_WORD = /^[\s\u200B\uFEFF"'\u201C\u2018(]*(\p{L}+)/u;

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text.charAt(s))) s++;
  while (e > s && SPACE.test(text.charAt(e - 1))) e--;
  return [s, e];
}

/** Is the word before `left`'s final token capitalised (a name: `Harry S.`), or absent? */
function nameBefore(left: string, token: string): boolean {
  const head = left.slice(0, Math.max(0, left.length - token.length - 1)).trimEnd();
  const m = /(\p{L}+)\.?$/u.exec(head.slice(-40));
  if (head === '') return true;
  return m?.[1] !== undefined && /^\p{Lu}/u.test(m[1]);
}

/** Should the boundary between `left` (trimmed) and `right` be removed? */
function joins(left: string, right: string): boolean {
  const m = TRAILING_TOKEN.exec(left.length > 80 ? left.slice(-80) : left);
  const token = m?.[1];
  if (!token) return false;
  const next = FIRST_WORD.exec(right)?.[1];
  const lower = token.toLowerCase();
  const nextIsOpener = next !== undefined && OPENERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
  // Initials: `Harry S. Truman`, `J.R.R. Tolkien` — but not `World War I. The war …` or `in X. Then`.
  if (/^\p{Lu}$/u.test(token) || (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(token) && !JOIN_UNLESS_OPENER.has(lower))) {
    return !nextIsOpener && nameBefore(left, token);
  }
  if (ALWAYS_JOIN.has(lower) || ALWAYS_JOIN_EXACT.has(token)) return true;
  if (JOIN_BEFORE_NUMBER.has(token)) return /^\d/.test(right);
  if (lower === 'etc') return next !== undefined && /^\p{Ll}/u.test(next);
  if (JOIN_UNLESS_OPENER.has(lower)) return !nextIsOpener;
  return false;
}

/** A sentence split after a stop and its reference marks (`it.[a] Next`), unless the stop ends an abbreviation. */
function splitAfterMarks(paragraph: string, [start, end]: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (const { stop, end: cut } of stopsBeforeMarks(paragraph.slice(start, end))) {
    const [s, e] = trimRange(paragraph, start + cut, end);
    if (joins(paragraph.slice(from, start + stop + 1), paragraph.slice(s, Math.min(e, s + 80)))) continue;
    out.push([from, start + cut]);
    from = s;
  }
  out.push([from, end]);
  return out;
}

/**
 * `formed in 1949.[1] Wang …`: the segmenter ends the sentence after the `[` (an opening bracket
 * after a full stop stays with it); the reference mark is moved back whole into the sentence it
 * follows.
 */
function withMarksKept(paragraph: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans.flatMap((span) => splitAfterMarks(paragraph, span))) {
    const prev = out[out.length - 1];
    const rest = prev && paragraph[prev[1] - 1] === '[' && prev[1] === span[0] ? footnoteRest(paragraph.slice(span[0], span[0] + 80)) : 0;
    if (rest === 0) {
      out.push(span);
      continue;
    }
    prev![1] = span[0] + rest;
    const [s, e] = trimRange(paragraph, span[0] + rest, span[1]);
    if (s < e) out.push([s, e]);
  }
  return out;
}

export function splitSentences(paragraph: string): Sentence[] {
  const spans: [number, number][] = [];
  for (const seg of SEGMENTER.segment(paragraph)) {
    const [s, e] = trimRange(paragraph, seg.index, seg.index + seg.segment.length);
    if (s === e) continue;
    const prev = spans[spans.length - 1];
    if (prev && joins(paragraph.slice(prev[0], prev[1]), paragraph.slice(s, Math.min(e, s + 80)))) {
      prev[1] = e;
    } else {
      spans.push([s, e]);
    }
  }
  // Reference marks need a `[`: most paragraphs have none, and their sentences are not looked at again.
  const kept = paragraph.includes('[') ? withMarksKept(paragraph, spans) : spans;
  return kept.map(([s, e]) => ({ text: paragraph.slice(s, e), index: s }));
}
