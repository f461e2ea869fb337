/**
 * An entry that says only that its holder is in office, with no date: `Wang Yi (Incumbent)`,
 * `Wang Yi (current)`, `Wang Yi – incumbent`. Lists end with the current holder written so; the
 * entry is that holder's tenure, its start not written: one span with no start and no end,
 * `incumbent` true.
 */
import type { Group } from './groups.ts';
import type { Span } from './spans.ts';

/** A bracket that holds nothing but an open term's word. */
const OPEN_ONLY = /^(?:incumbent|current|present|currently in office|in office)$/i;
/** The same word after the name and a dash or comma (`Wang Yi – incumbent`, `Wang Yi, incumbent`). */
const OPEN_TAIL = /(?:\s+[–—-]|\s*,)\s*(incumbent|current|currently in office|in office)\s*$/iu;
/** Longer than any dash or comma, spaces and word that OPEN_TAIL matches in written text. */
const TAIL_CHARS = 64;

export interface OpenOnly {
  /** The text before the word (or before the first bracket). */
  personEnd: number;
  span: Span;
  /** The bracket that held the word, to leave out of the qualifiers. */
  group: Group | null;
}

/**
 * The open span of an entry with no date (its brackets `groups` hold none), else null. `single`,
 * as a lone date is: it counts only in a list whose other entries hold ranges, so a list of
 * things marked `(current)` gives no tenures.
 */
export function openOnly(text: string, groups: readonly Group[]): OpenOnly | null {
  const span = (word: string, offset: number): Span => ({ start: null, end: null, startText: null, endText: word, incumbent: true, note: null, offset, problems: [], single: true });
  for (const group of groups) {
    const word = group.inner.trim();
    if (group.closed && OPEN_ONLY.test(word)) return { personEnd: groups[0]!.open, span: span(word, group.open + 1 + group.inner.indexOf(word)), group };
  }
  if (groups.length > 0) return null;
  // Only the end of the text can hold it: the pattern reads a bounded tail (a run of spaces
  // inside a long entry would make it try every start in the run).
  const from = Math.max(0, text.length - TAIL_CHARS);
  const tail = OPEN_TAIL.exec(text.slice(from));
  if (tail === null || from + tail.index === 0) return null;
  return { personEnd: from + tail.index, span: span(tail[1]!, from + tail.index + tail[0].indexOf(tail[1]!)), group: null };
}
