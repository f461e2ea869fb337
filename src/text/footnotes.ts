import { withoutCitations } from './citations.ts';

/**
 * Reference marks copied with an article's text: `[1]`, `[a]`, `[note 2]`, `[citation needed]`.
 * They are not part of a name, a position or a note, and a sentence ends after them. Citations
 * (`<ref>…</ref>`, `{{sfn|…}}`: see citations.ts) are left out with them.
 */
const MARK_BODY = String.raw`(?:\d{1,3}|[a-z]|(?:note|nb|n)\s?\d{1,3}|[a-z]{1,20}(?: [a-z]{1,20})? needed)`;

const MARKS = new RegExp(String.raw`\s*\[${MARK_BODY}\]`, 'gi');

/** The text without its reference marks and citations (and the spaces before them), trimmed; unchanged when it holds none. */
export function withoutFootnotes(text: string): string {
  const cited = withoutCitations(text);
  if (!cited.includes('[')) return cited === text ? text : cited.trim();
  const stripped = cited.replace(MARKS, '');
  return stripped === text ? text : stripped.trim();
}

const MARK_REST = new RegExp(String.raw`^${MARK_BODY}\](?:\[${MARK_BODY}\])*`, 'i');

/** Length of the rest of reference marks whose `[` ends the text before `text` (`1]`, `1][2]`); 0 when none. */
export function footnoteRest(text: string): number {
  return MARK_REST.exec(text)?.[0].length ?? 0;
}

const AFTER_STOP = new RegExp(String.raw`[.!?]((?:\[${MARK_BODY}\])+)\s+(?=["'\u201C(]?\p{Lu})`, 'giu');

/**
 * Where sentences end inside `text` after a stop and reference marks (`it.[a] Next`, which the
 * segmenter reads as one sentence): each end after the marks, with the offset of the stop.
 */
export function stopsBeforeMarks(text: string): { stop: number; end: number }[] {
  if (!text.includes('[')) return [];
  const found: { stop: number; end: number }[] = [];
  for (const m of text.matchAll(AFTER_STOP)) found.push({ stop: m.index, end: m.index + 1 + m[1]!.length });
  return found;
}
