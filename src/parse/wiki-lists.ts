/**
 * MediaWiki's numbered-list marker. A line `# Entry` is an entry of a numbered list, which remark
 * would read as a heading (headings here are `= … =` lines). remark gets such a line with `-` for
 * the `#`: a list entry, without an ordinal since no number is written. Same length, so no
 * offset moves; extractors read the original text. Deeper wiki lists (`##`, `#*`) are left as
 * they are: their nesting cannot be written in markdown in the same width.
 */
export function wikiNumberedLists(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let at = text.startsWith('#') ? 0 : text.indexOf('\n#'); at !== -1; at = text.indexOf('\n#', at + 1)) {
    const marker = text[at] === '#' ? at : at + 1;
    const next = text[marker + 1];
    if (next !== ' ' && next !== '\t') continue;
    (out ??= []).push(text.slice(copied, marker), '-');
    copied = marker + 1;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}
