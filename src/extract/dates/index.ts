import { findDates, splitSentences, type Sentence } from '../../dates/index.ts';
import type { DateRecord } from '../../schema/records.ts';
import { blankCitations } from '../../text/citations.ts';
import { warning, type Problem } from '../problem.ts';
import type { ProseBlock } from '../prose.ts';

export type DateMentionRecord = Omit<DateRecord, 'doc_id'>;

/**
 * Longest sentence searched for dates. Real sentences are far shorter; a longer one is text
 * without sentence ends (a pasted table, a run-on line), where every date found would repeat the
 * whole "sentence" in its record, and the date finder takes seconds per megabyte.
 */
export const MAX_SENTENCE = 10_000;

/**
 * `splitSentences` over bounded windows of a long paragraph. V8's Intl.Segmenter spends time
 * proportional to the whole string on every sentence it yields, so one 1 MB line of short
 * sentences took minutes. A window's sentences are kept up to `margin` characters before its
 * end (where what follows the window can no longer change the split); the next window starts at
 * the first sentence not kept. A sentence longer than a window widens the window.
 */
export function sentencesOf(text: string, window = 8192, margin = 1024): Sentence[] {
  if (text.length <= window) return splitSentences(text);
  const out: Sentence[] = [];
  let from = 0;
  let size = window;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const found = splitSentences(text.slice(from, end));
    if (end === text.length) {
      for (const s of found) out.push({ text: s.text, index: s.index + from });
      break;
    }
    let next = -1;
    for (const s of found) {
      if (s.index + s.text.length > end - from - margin) {
        next = s.index;
        break;
      }
      out.push({ text: s.text, index: s.index + from });
    }
    if (next <= 0) {
      // Nothing could be kept (one sentence fills the window): try again with a wider one.
      for (let i = out.length - 1; i >= 0 && out[i]!.index >= from; i--) out.pop();
      size *= 2;
      continue;
    }
    from += next;
    size = window;
  }
  return out;
}

/**
 * Every date mention in the prose, with its sentence and section path.
 * `locate` turns a document offset into line and column.
 */
export function extractDates(prose: readonly ProseBlock[], locate: (offset: number) => { line: number; column: number }, problems: Problem[] = []): DateMentionRecord[] {
  const dates: DateMentionRecord[] = [];
  for (const block of prose) {
    if (!/\d/.test(block.text)) continue; // no digit, no date: skip the sentence splitter and chrono
    // Citations (`1949.<ref>Asahi, 2003</ref> It …`) are blanked, space for character: their years
    // are no dates of the text, and a sentence ends before one after its stop. Sentences are
    // given as written.
    const blank = blankCitations(block.text);
    for (const sentence of sentencesOf(blank)) {
      if (sentence.text.length > MAX_SENTENCE) {
        const { line, column } = locate(block.offset + sentence.index);
        problems.push(warning('sentence-too-long', line, `a sentence of ${sentence.text.length.toLocaleString('en-US')} characters (over ${MAX_SENTENCE.toLocaleString('en-US')}) is not searched for dates: end its sentences with ". " or break it into paragraphs`, column));
        continue;
      }
      const written = blank === block.text ? sentence.text : block.text.slice(sentence.index, sentence.index + sentence.text.length);
      for (const mention of findDates(sentence.text)) {
        const { line, column } = locate(block.offset + sentence.index + mention.index);
        dates.push({ section: block.section, line, column, sentence: written, text: mention.text, value: mention.value, precision: mention.precision, kind: mention.kind });
      }
    }
  }
  return dates;
}
