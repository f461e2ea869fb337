/**
 * MediaWiki list markers that remark would misread, rewritten in the same width (so no offset
 * moves; extractors read the original text):
 * - `# Entry`, an entry of a numbered list, which remark would read as a heading (headings here
 *   are `= … =` lines), becomes `- Entry`: a list entry without an ordinal, since no number is
 *   written.
 * - `** Entry` (to `**** Entry`), a nested bullet, which remark would read as text continuing the
 *   entry above, becomes ` * Entry`: an entry of the same list. Markdown cannot nest it in the
 *   same width; the extractors read every entry alike, nested or not.
 * `##` and mixed markers (`#*`) are left as they are: `## Title` is as often a markdown heading.
 */
const WIKI_MARKER = /(?<=^|\n)(?:#|\*{2,4})(?=[ \t])/g;

export function wikiLists(text: string): string {
  return text.replace(WIKI_MARKER, (marker) => (marker === '#' ? '-' : `${' '.repeat(marker.length - 1)}*`));
}
