/** What is left out of a parsed leader entry: reference marks, and the words that say a term is open. */
import { withoutFootnotes } from '../../text/footnotes.ts';
import { trimSeparators as trimPunct } from '../../text/trim.ts';
import type { Entry } from './entry.ts';

/** `Incumbent`, `current`: words that say the term is open, which `incumbent` already says. */
const OPEN_WORD = /^(?:incumbent|current|present|currently in office)$/i;
const OPEN_LABEL = /^(?:incumbent|current|present)\s*[:–—-]\s*/i;

/** `Incumbent: Name (2022–)`, `Name (Incumbent, since 2022)`: the open term's word is left out of the name and the note. */
export function withoutOpenWords(entry: Entry): Entry {
  if (entry.spans.length === 0 || !entry.spans.some((s) => s.incumbent)) return entry;
  for (const span of entry.spans) {
    if (!span.incumbent || span.note === null) continue;
    span.note = span.note.split('; ').filter((part) => !OPEN_WORD.test(part.trim())).join('; ') || null;
  }
  const label = OPEN_LABEL.exec(entry.person);
  return label !== null && entry.person.length > label[0].length ? { ...entry, person: entry.person.slice(label[0].length) } : entry;
}

/** A note that is one bracket, `(acting)` after the dates: its words. */
const BRACKETED = /^\(([^()]*)\)$/;
const NO_WORDS = /^[\s.,;:|–—‒−-]*$/u;

/** The entry without reference marks (`[1]`, `[citation needed]`) in its name and notes, and a note (or a part of one) in brackets without them. */
export function withoutMarks(entry: Entry): Entry {
  // `acting; [a]` (a mark after the tail was joined to the note) loses the separator too.
  const strip = (text: string): string => (text.includes('[') ? trimPunct(withoutFootnotes(text)) : text);
  for (const span of entry.spans) {
    if (span.note === null) continue;
    const note = strip(span.note);
    // `(1998–2003).`, `(since 1998 – )`: punctuation alone is no note.
    // `Sweden; (acting)`: each part of the note loses the brackets around the whole of it.
    span.note = NO_WORDS.test(note) ? null : note.split('; ').map((part) => (BRACKETED.exec(part)?.[1] ?? part).trim()).filter((part) => part !== '').join('; ') || null;
  }
  return { ...entry, person: strip(entry.person) };
}
