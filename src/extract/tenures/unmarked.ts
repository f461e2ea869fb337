/**
 * Leader entries written without list markers, one a line: a paragraph each of whose lines reads
 * as a dated entry (`Chen Yun (1978–1987)`), perhaps numbered in a way markdown reads as no list
 * (`(3) Wei Jianxing (…)`, `4 - Wu Guanzheng (…)`, `IV. He Guoqiang (…)`), or rows of a pipe table
 * (`| 1 | Kiichi Miyazawa | 6 January 2001 | 26 April 2001 |`). Read as prose, their people and
 * terms would be lost.
 */
import type { RootContent } from 'mdast';
import { sourceOf } from '../source-text.ts';
import { parseEntry, type Entry } from './entry.ts';
import { looksLikeName } from './name-shape.ts';
import { isTableFrame, isTableRow, spansRows, tableRowEntry, wikiTableRows } from './table-rows.ts';
import { spanOf } from './ranges.ts';
import { parseLeadingRange } from '../../dates/index.ts';

export interface UnmarkedEntry {
  /** The entry's text, without its number. */
  value: string;
  entry: Entry;
  line: number;
  column: number;
  ordinal: number | null;
  /** A row of dates only, a further term of the person of the row above (see `continuedEntry`). */
  continued?: true;
}

/** `(3) `, `3) `, `4 - `, `IV. `: a number markdown does not read as a list's; `– `: a dash as a bullet. */
const ENUMERATOR = /^(?:\((\d{1,3})\)|(\d{1,3})(?:\)|\s+[–—-])|([IVXLC]{1,7})[.)]|[–—])\s+/u;

/** How an entry ends: its dates group, a date, or an open range; a sentence ends otherwise. */
const ENTRY_END = /(?:\)|\d|[–—-]|present|incumbent)$/iu;

/** A longer line is prose. */
const MAX_LINE = 200;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]!]!;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** An entry's text as a leader entry: a name that reads as one, and spans read without problems; else null. */
function readEntry(value: string): Entry | null {
  const entry = parseEntry(value);
  if (entry.spans.length === 0 || entry.problems.length > 0 || entry.spans.some((span) => span.problems.length > 0)) return null;
  return entry.person === '' || !looksLikeName(entry.person) ? null : entry;
}

/** One line as an entry (see `readEntry`); else null. */
function lineEntry(raw: string, line: number): UnmarkedEntry | null {
  const lead = raw.length - raw.trimStart().length;
  const written = raw.trim();
  if (written.length > MAX_LINE || !ENTRY_END.test(written)) return null;
  const number = ENUMERATOR.exec(written);
  const value = number === null ? written : written.slice(number[0].length);
  const entry = readEntry(value);
  if (entry === null) return null;
  const digits = number?.[1] ?? number?.[2];
  const ordinal = digits !== undefined ? Number(digits) : number?.[3] !== undefined ? romanValue(number[3]) : null;
  return { value, entry, line, column: lead + 1 + (number?.[0].length ?? 0), ordinal };
}

/**
 * A row of dates only (`| 17 September 1959 || 1 January 1960`) under a row whose name and
 * number span it (`rowspan`): a further term of `above`'s person; else null.
 */
function continuedEntry(value: string, above: UnmarkedEntry): Entry | null {
  const range = parseLeadingRange(value);
  if (range === null || range.note !== null || range.problems.length > 0) return null;
  const span = spanOf(range, 0);
  if (span.single || span.problems.length > 0) return null;
  return { person: above.entry.person, nativeName: above.entry.nativeName, spans: [span], problems: [], unreadable: null };
}

/**
 * One row of a pipe table as an entry (see table-rows.ts, `readEntry`), at `column` if given;
 * else null. `above`: the entry of the row above when its cells span this row.
 */
function rowEntry(raw: string, line: number, column?: number, above: UnmarkedEntry | null = null): UnmarkedEntry | null {
  const row = raw.length > 2 * MAX_LINE ? null : tableRowEntry(raw);
  if (row === null) return null;
  const value = row.value.trim();
  const at = column ?? row.value.length - row.value.trimStart().length + 1;
  if (row.continued) {
    const entry = above === null ? null : continuedEntry(value, above);
    return entry === null ? null : { value, entry, line, column: at, ordinal: above!.ordinal, continued: true };
  }
  const entry = readEntry(value);
  // `| Formed | 1949 |`: a key and its value, as a table of facts writes them, names no person (a name has two words).
  return entry === null || !/\S\s+\S/u.test(entry.person) ? null : { value, entry, line, column: at, ordinal: row.ordinal };
}

/**
 * The entries of a paragraph whose every line is one (see `lineEntry`), or of a pipe table whose
 * every row but its header and rules is one (see `rowEntry`); else null. A paragraph of one line
 * counts only right under a heading, a `; Header` or a list (`previous`), where a list or its
 * entry would be.
 */
export function unmarkedEntries(text: string, node: RootContent, previous: RootContent | undefined): UnmarkedEntry[] | null {
  if (node.type !== 'paragraph' || node.position === undefined) return null;
  const lines = sourceOf(text, node).split('\n').map((line) => line.replace(/\r$/u, ''));
  if (lines.length === 1 && previous?.type !== 'wikiHeading' && previous?.type !== 'wikiTerm' && previous?.type !== 'list') return null;
  const entries: UnmarkedEntry[] = [];
  const wiki = wikiTableRows(lines);
  // The entry of the last row whose cells span the rows below it, while rows of dates only follow.
  let above: UnmarkedEntry | null = null;
  const spanning = (entry: UnmarkedEntry, spans: boolean): void => {
    if (spans) above = entry;
    else if (!entry.continued) above = null;
  };
  if (wiki !== null) {
    for (const row of wiki) {
      if (isTableFrame(row.row)) continue;
      const entry = rowEntry(row.row, node.position.start.line + row.line, row.column, above);
      if (entry === null) return null;
      spanning(entry, row.spans);
      entries.push(entry);
    }
    return entries.length > 0 ? entries : null;
  }
  const table = lines.every(isTableRow);
  for (let i = 0; i < lines.length; i++) {
    if (table && isTableFrame(lines[i]!)) continue;
    const entry = table ? rowEntry(lines[i]!, node.position.start.line + i, undefined, above) : lineEntry(lines[i]!, node.position.start.line + i);
    if (entry === null) return null;
    if (table) spanning(entry, spansRows(lines[i]!));
    // The paragraph's text starts at its first line's column.
    if (i === 0) entry.column += node.position.start.column - 1;
    entries.push(entry);
  }
  return entries.length > 0 ? entries : null;
}
