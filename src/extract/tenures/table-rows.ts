/**
 * Leader lists written as pipe tables, a row a line (`| 1 | Kiichi Miyazawa | 6 January 2001 | 26
 * April 2001 |`), as articles copied from tables write them. A row is read as the entry its
 * cells make, written at the same offsets: the cells' pipes become spaces, but the one between a
 * start and an end cell (a date, or `Incumbent`, `Present`) a dash (`6 January 2001 – 26 April 2001`) and the one before a cell after
 * the dates a comma (its note); a number alone in the first cell is the ordinal. The dates may come
 * first, with the name alone after them (`| 1950 | 1954 | Otto John |`). A header row
 * (no digit) and a rule row (`|---|---|`) give no entry.
 */

/** The parts of a row between its pipes, with where each starts. */
interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A year (three or four digits) in a cell: a date cell. */
const YEAR = /(?:^|\D)\d{3,4}(?:\D|$)/u;
/** A cell that is only a number: the row's ordinal. */
const NUMBER = /^\d{1,3}\.?$/u;
/** An end cell of an open term: `Incumbent`, `Present`, `Current`, `In office`. */
const OPEN_END = /^(?:incumbent|present|current|in office|now)$/iu;
/** A rule row: dashes (three in a row), colons, pipes and spaces. One class, so linear. */
const isRule = (line: string): boolean => /^[|:\s-]+$/u.test(line) && line.includes('---');

/** A line of a wiki table that holds no row: its start `{|`, a row break `|-`, its end `|}`, a caption `|+`, a header `! …`. */
const WIKI_FRAME = /^(?:\{\||\|[-}+]|!)/u;

/**
 * Whether a line is a row of a pipe table (starts and ends with a pipe, with one between), or
 * of a wiki table (`| 1 || Otto John || 1950 || 1954`), or a wiki table's frame.
 */
export const isTableRow = (line: string): boolean => {
  const t = line.trim();
  // No `^\|.*\|.*\|$`: on a long line of pipes its backtracking is quadratic.
  return (t.startsWith('|') && t.endsWith('|') && t.indexOf('|', 1) < t.length - 1) || WIKI_FRAME.test(t) || (t.startsWith('|') && t.includes('||'));
};

/** Whether a row gives no entry by itself: a rule, a wiki table's frame, or a header (no digit in any cell). */
export const isTableFrame = (line: string): boolean => isRule(line.trim()) || WIKI_FRAME.test(line.trim()) || !/\d/u.test(line);

/** The cells between pipes (`||` is one separator, as wiki tables write it); text after the last pipe is one too. */
function cellsOf(row: string): Cell[] {
  const cells: Cell[] = [];
  let from = row.indexOf('|') + 1;
  if (from === 0) return cells;
  for (;;) {
    const at = row.indexOf('|', from);
    const end = at < 0 ? row.length : at;
    cells.push({ text: row.slice(from, end).trim(), start: from, end });
    if (at < 0) break;
    from = row[at + 1] === '|' ? at + 2 : at + 1;
  }
  // `| a | b |` ends with nothing after its last pipe.
  if (cells.at(-1)?.text === '') cells.pop();
  return cells;
}

/** A row as an entry's text at the same offsets, and its ordinal; null when its cells make no entry (no date cell after a name). */
export function tableRowEntry(row: string): { value: string; ordinal: number | null } | null {
  const cells = cellsOf(row);
  // Code units, so that every offset stays where it is.
  const chars = row.split('');
  if (cells.length < 2) return null;
  // A number alone in the first cell is the ordinal, also with three digits (`| 101 | …`).
  const dated = cells.map((cell, i) => YEAR.test(cell.text) && !(i === 0 && NUMBER.test(cell.text)));
  const first = dated.indexOf(true);
  if (first < 0) return null;
  let ordinal: number | null = null;
  // Every pipe a space, and a number alone in the first cell blanked (it is the ordinal).
  for (let i = 0; i < chars.length; i++) if (chars[i] === '|') chars[i] = ' ';
  if (NUMBER.test(cells[0]!.text) && first > 1) {
    ordinal = Number.parseInt(cells[0]!.text, 10);
    for (let i = cells[0]!.start; i < cells[0]!.end; i++) chars[i] = ' ';
  }
  // Date cells next to each other: start and end; the first cell after them, a note.
  let last = first;
  while (last + 1 < cells.length && (dated[last + 1] || OPEN_END.test(cells[last + 1]!.text))) {
    chars[cells[last]!.end] = '–';
    last++;
  }
  const after = cells.slice(last + 1).filter((cell) => cell.text !== '').length;
  // `| 1950 | 1954 | Otto John |`: the dates first, then the name and nothing else.
  if (first === 0) return after === 1 ? { value: chars.join(''), ordinal } : null;
  if (after > 0) chars[cells[last]!.end] = ',';
  return { value: chars.join(''), ordinal };
}

/** A wiki table's row break (not a markdown rule, `|---|---|`), start or end: rows are the cell lines between them. */
const isWikiBreak = (line: string): boolean => /^(?:\{\||\|[-}])/u.test(line) && !(line.startsWith('|-') && isRule(line) && line.indexOf('|', 1) > 0);
/** `style="…"`, `rowspan=2`: a cell's attributes, written before its text and a single pipe. */
const ATTRIBUTES = /^[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[\w.%#-]+)(?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[\w.%#-]+))*$/u;
/** Longest attributes text looked at (the pattern then stays cheap). */
const MAX_ATTRIBUTES = 200;

/**
 * The rows of a wiki table written a cell a line (`|-`, `| 1`, `| [[Otto John]]`, `| 1950`), each
 * as a one-line row of its cells (`| 1 | [[Otto John]] | 1950 |`) with the line and column of its
 * first cell; null when `lines` are not all a wiki table's (frame, header `! …` or cell lines), or
 * hold no row break (then each line is a row: see `isTableRow`).
 */
export function wikiTableRows(lines: readonly string[]): { row: string; line: number; column: number }[] | null {
  const trimmed = lines.map((line) => line.trim());
  if (!trimmed.some((line) => isWikiBreak(line)) || !trimmed.every((line) => line === '' || line.startsWith('|') || line.startsWith('!') || line.startsWith('{|'))) return null;
  const rows: { row: string; line: number; column: number }[] = [];
  let cells: string[] = [];
  let at: { line: number; column: number } | null = null;
  const close = (): void => {
    if (at !== null && cells.length > 0) rows.push({ row: `| ${cells.join(' | ')} |`, ...at });
    cells = [];
    at = null;
  };
  trimmed.forEach((line, i) => {
    if (isWikiBreak(line) || line.startsWith('|+')) return close();
    if (!line.startsWith('|')) return; // a header cell
    if (at === null) {
      const after = lines[i]!.indexOf('|') + 1;
      at = { line: i, column: after + lines[i]!.slice(after).length - lines[i]!.slice(after).trimStart().length + 1 };
    }
    for (const cell of line.slice(1).split('||')) {
      // `style="…" | Name`: the text after the attributes.
      const bar = cell.indexOf('|');
      const text = bar >= 0 && bar <= MAX_ATTRIBUTES && ATTRIBUTES.test(cell.slice(0, bar).trim()) ? cell.slice(bar + 1) : cell;
      cells.push(text.trim().replaceAll('|', '/'));
    }
  });
  close();
  return rows;
}
