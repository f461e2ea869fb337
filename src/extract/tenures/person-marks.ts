import { joinNotes } from './spans.ts';
import type { Entry } from './entry.ts';
import { withoutEmphasis } from '../../text/emphasis.ts';
import { withoutWikiLinks } from '../../text/wiki-links.ts';

/** Signs written after a name: `†` (died in office), `‡`, `*`, `§`, `#`. */
const TRAILING_SIGNS = new Set(['†', '‡', '*', '§', '#']);

/** `[[Chen Yi (marshal)|Chen Yi]], [[Premier of China|Premier]] (…)`: the text the wiki links show, before a post is looked for. */
export function withoutLinks(entry: Entry): Entry {
  const shown = withoutWikiLinks(entry.person);
  return shown === entry.person ? entry : { ...entry, person: shown };
}

/**
 * `'''Wang Yi''' (…)`, `**Wang Yi** (…)`: emphasis around the name is no part of it. `Wang Yi †
 * (…)`, `Wang Yi* (…)`: a sign after the name (`†` marks a death in office) leads the note of
 * each span, as written.
 */
export function withoutPersonMarks(entry: Entry): Entry {
  if (entry.spans.length === 0) return entry;
  const emphasised = withoutEmphasis(entry.person);
  if (emphasised !== entry.person) return { ...entry, person: emphasised };
  let end = entry.person.length;
  while (end > 0 && (TRAILING_SIGNS.has(entry.person[end - 1]!) || entry.person[end - 1] === ' ')) end--;
  const signs = entry.person.slice(end).replaceAll(' ', '');
  const person = withoutEmphasis(entry.person.slice(0, end));
  if (person === entry.person || person === '') return entry;
  if (signs !== '') for (const span of entry.spans) span.note = joinNotes(signs, span.note);
  return { ...entry, person };
}
