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
export function wikiLists(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let at = 0; at !== -1; at = text.indexOf('\n', at + 1)) {
    const marker = text[at] === '\n' ? at + 1 : at;
    const first = text[marker];
    if (first !== '#' && first !== '*') continue;
    let depth = 1;
    while (depth < 5 && text[marker + depth] === '*' && first === '*') depth++;
    const next = text[marker + depth];
    if (next !== ' ' && next !== '\t') continue;
    let replacement: string;
    if (first === '#' && depth === 1) replacement = '-';
    else if (first === '*' && depth >= 2 && depth <= 4) replacement = `${' '.repeat(depth - 1)}*`;
    else continue;
    (out ??= []).push(text.slice(copied, marker), replacement);
    copied = marker + depth;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}
