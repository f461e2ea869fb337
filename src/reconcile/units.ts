import type { SectionRecord } from '../schema/records.ts';
import type { ListItemInput } from './input.ts';
import { TYPOGRAPHIC_BULLETS } from '../text/bullets.ts';
import { detached } from './string-pool.ts';
import { displayName, splitTrailingParen } from './normalise.ts';

/**
 * Internal units: list items directly under an organisation heading (`Internal organization`,
 * `Internal Organization`, `Departments`, `Bureaus`, `Divisions`, `Subsidiaries`, `Organizational
 * structure`, `Organization`, `Structure`, `Subordinate units`, `Affiliated institutions`,
 * `Functional organs`, `Constituent units`, …; the
 * innermost heading counts). An item is a unit when it reads as a name: it starts with a capital
 * (or a letter of a script without case), holds no ":" and no ", " (that is a person and a role),
 * no four-digit number (a date), and is at most 100 characters; a trailing "(…)" is dropped.
 */

const UNIT_HEADING =
  /^(?:internal (?:organi[sz]ations?|structure|organs|units|departments|bureaus|institutions)|organi[sz]ational structure|organi[sz]ation|structure|departments?|bureaus|divisions|subsidiaries|agencies|offices|units|subordinate (?:units|agencies|bodies|organi[sz]ations|institutions)|(?:directly )?affiliated (?:units|institutions|agencies|organi[sz]ations)|departments and bureaus|functional (?:departments|organs|units|bodies)|organs|constituent (?:units|departments|agencies|bodies)|internal departments)$/u;

export function isUnitHeading(heading: string): boolean {
  return UNIT_HEADING.test(displayName(heading).toLowerCase());
}

export function unitName(item: string): string | null {
  const name = displayName(splitTrailingParen(item).head).replace(/[.;,]+$/u, '').trim();
  if (name === '' || name.length > 100) return null;
  if (name.includes(':') || name.includes(', ') || /\d{4}/u.test(name)) return null;
  const first = name[0]!;
  const caseless = first.toLowerCase() === first.toUpperCase();
  if (caseless ? !/\p{L}/u.test(first) : first === first.toLowerCase()) return null;
  return name;
}

/**
 * A list item's marker: markdown's or a typographic bullet such as `•`, indented or not (indented
 * code is off, see src/parse/parse.ts), or a wiki `#` or `**` to `****` in the first column (see
 * src/parse/wiki-lists.ts).
 */
const ITEM = new RegExp(`^(?:[ \\t]*(?:[-*+${TYPOGRAPHIC_BULLETS}]|\\d{1,9}[.)])|#|\\*{2,4})[ \\t]+(?=\\S)`, 'u');

/**
 * List items of a document's text that are not infobox or leader lines, each with the headings
 * above it (from the `sections` records). Linear in the text.
 */
export function listItemsFromText(text: string, sections: readonly SectionRecord[], skipLines: ReadonlySet<number>): ListItemInput[] {
  const bySection = [...sections].sort((a, b) => a.line - b.line);
  const items: ListItemInput[] = [];
  let s = -1;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    while (s + 1 < bySection.length && bySection[s + 1]!.line <= lineNo) s++;
    const section = bySection[s];
    if (section && !skipLines.has(lineNo)) {
      const raw = text.slice(start, end);
      const m = ITEM.exec(raw);
      if (m) {
        const body = raw.slice(m[0].length).trimEnd();
        // Detached: unit names made from it outlive the text.
        items.push({ section: [...section.path, section.heading], text: detached(body), line: lineNo, column: m[0].length + 1 });
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return items;
}
