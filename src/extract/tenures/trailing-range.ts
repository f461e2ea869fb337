/** A range written after the name outside brackets: `Name 1998–2003`, `Name (王毅) March 2013 – present`. */
import { parseLeadingRange } from '../../dates/index.ts';
import { trimSeparators as trimPunct } from '../../text/trim.ts';
import { bareName } from './name-shape.ts';
import { spanOf, type Span } from './spans.ts';

/** Whether `note` ends `text` after a comma (`…, concurrently Premier`). */
function afterComma(text: string, note: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(note) && trimmed.slice(0, trimmed.length - note.length).trimEnd().endsWith(',');
}

/** Brackets without a year and nothing else (`(acting)`, `(2nd term)`, `(acting) (CDU)`): a note, as after a comma. */
const BRACKETS_ONLY = /^\((?:[^()\d]|\d(?!\d\d))+\)(?:\s*\((?:[^()\d]|\d(?!\d\d))+\))*$/u;

/**
 * `Name 1998–2003`, `Name (王毅) March 2013 – present`: a range with an end (or open) that runs to
 * the end of the entry, or to a note after a comma or in brackets, after a name that starts with a capital and
 * holds no digit. The range
 * starts at the word of the first digit or one or two words before it (`March 2013`, `c. 2013`).
 */
export function trailingRange(text: string): Span | null {
  const digit = text.search(/\d/);
  if (digit <= 0) return null;
  const starts: number[] = [];
  for (let at = text.lastIndexOf(' ', digit) + 1; at > 0 && starts.length < 3; at = text.lastIndexOf(' ', at - 2) + 1) starts.push(at);
  // The earliest start that reads wins: `September 18, 2019 – …` over `18, 2019 – …`.
  for (const at of starts.reverse()) {
    if (!bareName(trimPunct(text.slice(0, at)))) continue;
    const range = parseLeadingRange(text.slice(at));
    if (!range || (range.endText === null && !range.incumbent) || !(range.note === null || afterComma(text, range.note) || BRACKETS_ONLY.test(range.note))) continue;
    const span = spanOf(range, at);
    if (span.problems.length === 0) return span;
  }
  return null;
}

