/**
 * MediaWiki list markers that remark would misread, rewritten in the same width (so no offset
 * moves; extractors read the original text):
 * - `# Entry`, an entry of a numbered list, which remark would read as a heading (headings here
 *   are `= … =` lines), becomes `- Entry`: a list entry without an ordinal, since no number is
 *   written.
 * - `** Entry` (to `**** Entry`), a nested bullet, which remark would read as text continuing the
 *   entry above, becomes ` * Entry`: an entry of the same list. Markdown cannot nest it in the
 *   same width; the extractors read every entry alike, nested or not.
 * - `: Entry` (also `:* Entry`, `:# Entry`, `:: Entry`), a definition under a `; Header` term,
 *   becomes `- Entry` (right-aligned in the marker's width): the entries of a term are its
 *   definitions. Only right after a term (blank lines before the first, none between two):
 *   elsewhere a `:` line is an indented paragraph, and stays prose.
 * - `• Entry` (also `·`, `◦`, `‣`, `⁃`, `▪`, `▫`, `●`, `○`, `■`, `□`, `►`, `・`), a bullet as text
 *   copied from a rendered page writes it, becomes `- Entry`.
 * - `## Entry` (to `#### Entry`) right under a numbered entry (a `#…` line, no blank line between),
 *   a nested numbered entry, which remark would read as a heading, becomes ` - Entry`: an entry of
 *   the same list, as `**` does.
 * Elsewhere `##` is left as it is (`## Title` is as often a markdown heading), and so are mixed
 * markers (`#*`).
 */
import { TYPOGRAPHIC_BULLETS } from '../text/bullets.ts';

const WIKI_MARKER = /(?<=^|\n)(?:#|\*{2,4})(?=[ \t])/g;
/** A line's indent and typographic bullet (matched from the line start: a lookbehind over the indent is quadratic on long runs of spaces). */
const TYPOGRAPHIC_BULLET = new RegExp(`(^|\\n)([ \\t]*)[${TYPOGRAPHIC_BULLETS}](?=[ \\t])`, 'g');
const DEFINITION = /^:{1,4}[*#]?(?=[ \t])/;

export function wikiLists(text: string, termStarts: ReadonlySet<number> = new Set()): string {
  const listed = nestedNumbered(text)
    .replace(WIKI_MARKER, (marker) => (marker === '#' ? '-' : `${' '.repeat(marker.length - 1)}*`))
    .replace(TYPOGRAPHIC_BULLET, '$1$2-');
  return termStarts.size === 0 ? listed : definitionsAsEntries(listed, termStarts);
}

const NUMBERED = /^#{1,4}(?=[ \t])/;

/** `## Entry` lines right under a `#…` line as ` - Entry` (see wikiLists). */
function nestedNumbered(text: string): string {
  if (!text.includes('\n##')) return text;
  const parts: string[] = [];
  let at = 0;
  let afterNumbered = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const marker = text[start] === '#' ? NUMBERED.exec(text.slice(start, start + 5)) : null;
    if (marker !== null && marker[0].length > 1 && afterNumbered) {
      parts.push(text.slice(at, start), `${' '.repeat(marker[0].length - 1)}-`);
      at = start + marker[0].length;
    }
    afterNumbered = marker !== null;
    start = end + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** `: Entry` lines right after a term (`termStarts`: the offsets of `; Header` lines) as `- Entry`. */
function definitionsAsEntries(text: string, termStarts: ReadonlySet<number>): string {
  const parts: string[] = [];
  let at = 0;
  // After a term: blank lines may come before its first definition, none between two.
  let state: 'none' | 'term' | 'definitions' = 'none';
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (termStarts.has(start)) state = 'term';
    else if (text[start] === ':') {
      const marker = state === 'none' ? null : DEFINITION.exec(text.slice(start, start + 6));
      if (marker) {
        parts.push(text.slice(at, start), `${' '.repeat(marker[0].length - 1)}-`);
        at = start + marker[0].length;
        state = 'definitions';
      } else state = 'none';
    } else if (state === 'definitions' || text.slice(start, end).trim() !== '') state = 'none';
    start = end + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
