import { findDates, splitSentences } from '../../dates/index.ts';
import type { DateRecord } from '../../schema/records.ts';
import type { ProseBlock } from '../prose.ts';

export type DateMentionRecord = Omit<DateRecord, 'doc_id'>;

/**
 * Every date mention in the prose, with its sentence and section path.
 * `locate` turns a document offset into line and column.
 */
export function extractDates(prose: readonly ProseBlock[], locate: (offset: number) => { line: number; column: number }): DateMentionRecord[] {
  const dates: DateMentionRecord[] = [];
  for (const block of prose) {
    if (!/\d/.test(block.text)) continue; // no digit, no date: skip the sentence splitter and chrono
    for (const sentence of splitSentences(block.text)) {
      for (const mention of findDates(sentence.text)) {
        const { line, column } = locate(block.offset + sentence.index + mention.index);
        dates.push({ section: block.section, line, column, sentence: sentence.text, text: mention.text, value: mention.value, precision: mention.precision, kind: mention.kind });
      }
    }
  }
  return dates;
}
