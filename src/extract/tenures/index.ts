import type { List, ListItem, Root } from 'mdast';
import type { TenureRecord } from '../../schema/records.ts';
import { quoted, warning, type Problem } from '../problem.ts';
import { sourceOf } from '../source-text.ts';
import { isVacancy, namesPost } from '../name-post.ts';
import { namesNobody } from '../../text/nobody.ts';
import { parseEntry, type Entry, type Span } from './entry.ts';
import { looksLikeName, namesBody } from './name-shape.ts';
import { jointEntries } from './joint.ts';
import { ASIDE, HOLDERS_HEADING, ONLY_BRACKET, namesPeriod, positionText } from './governing.ts';
import { groupLabels } from './item-labels.ts';
import { listLabel } from './list-label.ts';
import { unmarkedEntries, type UnmarkedEntry } from './unmarked.ts';
import { shownText } from '../../text/emphasis.ts';

export type Tenure = Omit<TenureRecord, 'doc_id' | 'person_id' | 'organization_id'>;

export interface TenureResult {
  tenures: Tenure[];
  problems: Problem[];
  /** Lines where paragraphs read as leader entries written without list markers start (they are no prose). */
  entryParagraphs: number[];
}

interface Governor {
  text: string;
  line: number;
}

interface ItemEntry {
  entry: Entry;
  line: number;
  column: number;
  ordinal: number | null;
  /** An item of a list inside another item (often a remark on the entry above it). */
  nested: boolean;
  /** How deep it is nested, by lists and wiki markers (`**`), and its text (see item-labels.ts); none for unmarked entries. */
  depth?: number;
  value?: string;
  /** An item with a list inside it (`- Ministers` over an indented `- Name (1990–1995)`): a group's label. */
  parent: boolean;
  /** Where the item starts in the text. */
  offset: number | undefined;
}

/** The wiki markers at the start of an item's line (`*`, `**`, `#`, `:`). */
const WIKI_MARKERS = /^[ \t]*([*#:]+)[ \t]/;

/** How many wiki markers an item is written with (`**` → 2), 0 for a markdown marker. */
function wikiDepth(text: string, at: number | undefined): number {
  if (at === undefined) return 0;
  // From the line's start: remark's item starts at the last `*` of a rewritten `**`.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // Wiki markers start their line (`****` at most): an item further in is no wiki item.
  if (at - lineStart > 4) return 0;
  return WIKI_MARKERS.exec(text.slice(lineStart, at + 16))?.[1]!.length ?? 0;
}

/**
 * Whether items[k], which has no span, reads as a leader's entry: a name that names somebody, not a
 * remark nested under an entry nor the label of a group nested under it. Wiki nesting (`**`) is
 * not in the tree (see wiki-lists.ts), so it is read from the markers (only for such entries).
 */
function undatedLeader(text: string, items: readonly ItemEntry[], k: number): boolean {
  const item = items[k]!;
  const { entry } = item;
  if (item.nested || item.parent || !looksLikeName(entry.person) || namesNobody(entry.person)) return false;
  const depth = wikiDepth(text, item.offset);
  const next = items[k + 1];
  return depth <= 1 && !(depth === 1 && next !== undefined && wikiDepth(text, next.offset) > 1);
}

/**
 * Whether items[k] is a remark nested under an entry, with dates of its own (`** also Party
 * deputy secretary (1955–1959)` under `* Yang Qiqing (1949–1959)`): nested, and not a name.
 */
function datedRemark(text: string, item: ItemEntry): boolean {
  return item.entry.person !== '' && (item.nested || wikiDepth(text, item.offset) > 1) && !looksLikeName(item.entry.person);
}

/** The entry text of a list item: its first block, lines joined by a space. */
function itemText(text: string, item: ListItem): { value: string; offset: number } | null {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph' || first.position?.start.offset === undefined) return null;
  // A whitespace run holding a line break becomes one space. (`/\s*\n\s*/` backtracks
  // quadratically over a long run of spaces without a line break.)
  const value = sourceOf(text, first).replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
  return { value, offset: first.position.start.offset };
}

/** The number written before an ordered entry ("3." → 3). */
function writtenOrdinal(text: string, item: ListItem): number | null {
  const at = item.position?.start.offset;
  if (at === undefined) return null;
  const m = /^\s{0,3}(\d{1,9})[.)]/.exec(text.slice(at, at + 16));
  return m ? Number(m[1]) : null;
}

/** `1st: Name`, `No. 2: Name`, `#3 – Name`: a number of one to three digits written as the entry's label (a year is none). */
const ORDINAL_LABEL = /^(?:No\.?\s*|#\s*)?(\d{1,3})(?:st|nd|rd|th)?\s*[:–—-]\s+(?=\p{Lu})|^(?:No\.?\s*|#\s*)(\d{1,3})\s+(?=\p{Lu})/u;

function entriesOf(text: string, list: List, found: ItemEntry[], level = 0): void {
  for (const item of list.children) {
    const body = itemText(text, item);
    if (body) {
      const label = ORDINAL_LABEL.exec(body.value);
      const value = label === null ? body.value : body.value.slice(label[0].length);
      const skipped = label === null ? 0 : label[0].length;
      const ordinal = list.ordered ? writtenOrdinal(text, item) : null;
      // One entry a person (`A (1989–1997), B (1992–1997)`, `A and B (2002–2012)`), at its column.
      for (const part of jointEntries(value, parseEntry(value))) {
        found.push({
          entry: part.entry,
          line: item.children[0]!.position!.start.line,
          column: item.children[0]!.position!.start.column + skipped + part.offset,
          ordinal: ordinal ?? (label === null ? null : Number(label[1] ?? label[2])),
          nested: level > 0,
          depth: level + Math.max(0, wikiDepth(text, item.position?.start.offset) - 1),
          value,
          parent: item.children.some((child) => child.type === 'list'),
          offset: item.position?.start.offset,
        });
      }
    }
    for (const child of item.children) if (child.type === 'list') entriesOf(text, child, found, level + 1);
  }
}

/** What to do about a tenure issue (the issue texts come from parseEntry and parseLeadingRange). */
function remedy(issue: string): string {
  if (/start after end/i.test(issue)) return 'check the order and the years of the two dates';
  if (/closing "\)"/.test(issue)) return 'add the missing ")" after the dates';
  if (/no person name/i.test(issue)) return 'write the name before the dates';
  if (/two years/.test(issue)) return 'write the start as one date if it is known';
  return 'write the end as a date ("December 1989") or as "present"';
}

/** The note without its first piece equal to `piece` (pieces are joined by `; `); null when nothing is left. */
function withoutPiece(note: string | null, piece: string): string | null {
  if (note === null) return null;
  const pieces = note.split('; ');
  const at = pieces.indexOf(piece);
  if (at !== -1) pieces.splice(at, 1);
  return pieces.join('; ') || null;
}

function record(entry: Entry, item: ItemEntry, governor: Governor | null, span: Span | null, index: number, flagged: boolean): Tenure {
  // `- Deputy Minister: Yunus-Bek Yevkurov (2019–)` under `== Leadership ==`: the entry names the post the heading does not.
  const own = entry.post !== undefined && (governor === null || !namesPost(governor.text)) ? entry.post : null;
  return {
    person: entry.person,
    native_name: entry.nativeName,
    position: own ?? governor?.text ?? null,
    position_line: own !== null ? item.line : (governor?.line ?? null),
    start: span?.start ?? null,
    end: span?.end ?? null,
    start_text: span?.startText ?? null,
    end_text: span?.endText ?? null,
    incumbent: span?.incumbent ?? false,
    note: own !== null ? withoutPiece(span?.note ?? null, own) : (span?.note ?? null),
    ordinal: item.ordinal,
    span: index,
    line: item.line,
    column: item.column,
    flagged,
  };
}

/**
 * The tenures of a leader list's entries under `governor`, and the problems of their dates. A lone
 * date (no range) counts only in a list whose other entries hold ranges.
 */
function tenuresOf(text: string, items: readonly ItemEntry[], governor: Governor | null, out: TenureResult): void {
  const { tenures, problems } = out;
  const hasRange = items.some((i) => i.entry.spans.some((s) => !s.single));
  // `* Directors:` over `** Zhou Enlai (1949–1954)`: the group's label is its items' position.
  const labels = groupLabels(items.map((i) => ({ value: i.value ?? '', line: i.line, depth: i.depth ?? 0, dated: i.entry.spans.length > 0 })));
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const { entry } = item;
    const label = labels[k];
    const governs = label ? { text: positionText(label.text), line: label.line } : governor;
    // An entry for a time the post was empty or gone (`Vacant (2014–2015)`, `Abolished (1966–1978)`)
    // names nobody, a body's or an event's (`Research Office (1980–1998)`, `Treaty of Friendship
    // (1950)`) no leader, and a nested remark is no leader's entry: they give no tenure.
    if (isVacancy(entry.person) || namesNobody(entry.person) || namesBody(entry.person) || datedRemark(text, item)) continue;
    if (hasRange && entry.spans.length === 0 && entry.unreadable !== null) {
      // A leader entry whose dates cannot be read: kept, flagged, with what could be read.
      problems.push(warning('tenure-unreadable', item.line, `tenure of ${quoted(entry.person)}: no date range could be read from ${quoted(`(${entry.unreadable})`)}; record kept without dates: write them as a range such as "(June 1988 – December 1989)"`, item.column));
      tenures.push(record(entry, item, governs, null, 1, true));
      continue;
    }
    if (hasRange && entry.spans.length === 0 && undatedLeader(text, items, k)) {
      // A leader without dates among leaders with them: no span to record, but not silently.
      problems.push(warning('tenure-undated', item.line, `leader entry ${quoted(entry.person)} has no dates, so it gives no tenure: write them after the name, as a range such as "(June 1988 – December 1989)"`, item.column));
      continue;
    }
    const spans = hasRange ? entry.spans : [];
    spans.forEach((span, index) => {
      const issues = [...entry.problems, ...span.problems];
      if (entry.person === '') issues.push('no person name before the dates');
      for (const issue of issues) {
        const code = /start after end/i.test(issue) ? 'tenure-start-after-end' : 'tenure-unreadable';
        problems.push(warning(code, item.line, `tenure of ${quoted(entry.person)}: ${issue}; record kept and flagged: ${remedy(issue)}`, item.column));
      }
      tenures.push(record(entry, item, governs, span, index + 1, issues.length > 0));
    });
  }
}

/** Entries written one a line (see unmarked.ts) as a list's. */
function unmarkedItems(entries: readonly UnmarkedEntry[]): ItemEntry[] {
  return entries.flatMap(({ value, entry, line, column, ordinal }) =>
    jointEntries(value, entry).map((part) => ({ entry: part.entry, line, column: column + part.offset, ordinal, nested: false, parent: false, offset: undefined })),
  );
}

/**
 * Leader lists: every list item with a dated group gives one tenure per span, outside the
 * sections of ASIDE (and their subsections).
 * The position is the governing `; Header` (until the next header or heading),
 * else the nearest heading above (for one of HOLDERS_HEADING or naming a period, the one above it,
 * or the title). A lone date (no range) counts only in a list
 * whose other entries hold ranges, so dated non-leader lists give nothing.
 */
export function extractTenures(tree: Root, text: string): TenureResult {
  const out: TenureResult = { tenures: [], problems: [], entryParagraphs: [] };
  let heading: Governor | null = null;
  let title: Governor | null = null;
  // What the open heading of each depth gives its lists (a heading naming no post: the one above it).
  const byDepth: (Governor | null)[] = [];
  let term: Governor | null = null;
  // The depth of the ASIDE heading whose section this is (a subsection stays in it), else Infinity.
  let aside = Infinity;
  // A label line right over a list (`Directors:`) governs that list only.
  let label: Governor | null = null;
  tree.children.forEach((node, at) => {
    const line = node.position?.start.line ?? 0;
    const above = label;
    label = null;
    if (node.type === 'paragraph') {
      const written = listLabel(text, node, tree.children[at + 1]);
      if (written !== null) label = { text: positionText(written), line };
      // Entries written one a line without list markers (see unmarked.ts).
      const unmarked = written === null && aside === Infinity ? unmarkedEntries(text, node, tree.children[at - 1]) : null;
      if (unmarked !== null) {
        tenuresOf(text, unmarkedItems(unmarked), term ?? heading, out);
        out.entryParagraphs.push(line);
      }
    } else if (node.type === 'wikiHeading') {
      const written = positionText(node.value);
      byDepth.length = Math.min(byDepth.length, node.depth);
      const outer = byDepth.findLast((governor) => governor !== undefined) ?? null;
      // The title's disambiguation is no part of the post: `Minister of Foreign Affairs (China)`.
      if (node.depth === 1 && title === null) heading = title = { text: written.replace(/\s+\([^()]*\)$/u, '') || written, line };
      else heading = HOLDERS_HEADING.test(written.replace(/[.:]+$/, '')) || namesPeriod(written) || ONLY_BRACKET.test(written) ? outer : { text: written, line };
      byDepth[node.depth] = heading;
      term = null;
      if (node.depth <= aside) aside = ASIDE.test(shownText(node.value).replace(/[.:]+$/, '')) ? node.depth : Infinity;
    } else if (node.type === 'wikiTerm') {
      const written = positionText(node.value);
      // `; (selected)` under `; Directors-General`: a qualifier of the header above, which stays.
      if (!ONLY_BRACKET.test(written)) term = namesPeriod(written) ? null : { text: written, line };
    } else if (node.type === 'list' && aside === Infinity && !(above !== null && ASIDE.test(above.text))) {
      const items: ItemEntry[] = [];
      entriesOf(text, node, items);
      tenuresOf(text, items, above ?? term ?? heading, out);
    }
  });
  return out;
}
