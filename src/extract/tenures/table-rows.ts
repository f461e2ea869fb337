/**
 * Leader lists written as pipe tables, a row a line (`| 1 | Kiichi Miyazawa | 6 January 2001 | 26
 * April 2001 |`), as articles copied from tables write them. A row is read as the entry its
 * cells make, written at the same offsets: the cells' pipes become spaces, but the one between a
 * start and an end cell (a date, or `Incumbent`, `Present`) a dash (`6 January 2001 – 26 April 2001`) and the one before a cell after
 * the dates a comma (its note); a number alone in the first cell is the ordinal. The dates may come
 * first, with the name alone after them (`| 1950 | 1954 | Otto John |`). A header row
 * (no digit) and a rule row (`|---|---|`) give no entry. Wiki tables are read the same way, a
 * row a line (`| 1 || Otto John || 1950 || 1954`) or a cell a line (see `wikiTableRows`).
 */

/** The parts of a row between its pipes, with where each starts and ends. */
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

/**
 * The cells between pipes (`||` is one separator, as wiki tables write it; a pipe inside `[[…]]`
 * or `{{…}}` is none), text after the last pipe one too, and where the separating pipes are. A
 * cell of attributes only (`style="text-align:center"`, before a single pipe) is empty.
 */
function cellsOf(row: string): { cells: Cell[]; pipes: number[] } {
  const cells: Cell[] = [];
  const pipes: number[] = [];
  const push = (start: number, end: number): void => {
    const text = row.slice(start, end).trim();
    cells.push({ text: text.length <= MAX_ATTRIBUTES && ATTRIBUTES.test(text) ? '' : text, start, end });
  };
  let depth = 0;
  let from = -1;
  for (let i = 0; i < row.length; i++) {
    const pair = row.slice(i, i + 2);
    if (pair === '[[' || pair === '{{') {
      depth++;
      i++;
    } else if ((pair === ']]' || pair === '}}') && depth > 0) {
      depth--;
      i++;
    } else if (row[i] === '|' && depth === 0) {
      if (from >= 0) push(from, i);
      pipes.push(i);
      if (row[i + 1] === '|') pipes.push(++i);
      from = i + 1;
    }
  }
  // `| a | b |` ends with nothing after its last pipe.
  if (from >= 0 && row.slice(from).trim() !== '') push(from, row.length);
  return { cells, pipes };
}

/** A portrait: `[[File:Peng Dehuai.jpg|80px]]`, `[[Image:…]]`. */
const PICTURE = /^\[\[(?:file|image):[^\]]*\]\]$/iu;
/** A cell in italics or bold as a whole (`''Incumbent''`): its text, and how many quotes wrap it. */
const EMPHASIZED = /^('{2,3})([^']+)\1$/u;
/** A line break as wiki text writes it (`<br>`, `<br />`). */
const LINE_BREAK = /<br\s*\/?>/giu;
/** Bracketed parts of a cell (`(1898–1974)` after a name is a life, not a term). */
const BRACKETED = /\([^()]*\)/gu;

/**
 * Whether a cell holds a date of the row's term: a year outside brackets, or only brackets
 * (`(1949–1954)`); `[[Peng Dehuai]]<br>(1898–1974)` is a name with the years of a life.
 */
function isDateCell(text: string): boolean {
  const outside = text.replace(BRACKETED, ' ');
  return YEAR.test(outside) || (!/\p{L}/u.test(outside) && YEAR.test(text));
}

/** Blanks what a cell shows no text with, in place: a portrait (the whole cell), line breaks, quotes of emphasis around it. Returns the text left. */
function blankMarkup(cell: Cell, row: string, chars: string[]): string {
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) chars[i] = ' ';
  };
  const lead = cell.start + row.slice(cell.start, cell.end).indexOf(cell.text);
  if (PICTURE.test(cell.text)) {
    blank(lead, lead + cell.text.length);
    return '';
  }
  for (const m of cell.text.matchAll(LINE_BREAK)) blank(lead + m.index, lead + m.index + m[0].length);
  const emphasized = EMPHASIZED.exec(cell.text);
  if (emphasized === null) return cell.text;
  const quotes = emphasized[1]!.length;
  blank(lead, lead + quotes);
  blank(lead + cell.text.length - quotes, lead + cell.text.length);
  return emphasized[2]!.trim();
}

/** `rowspan="2"`: a cell that spans the rows below it (their cells start after it). */
const ROWSPAN = /\browspan\s*=\s*["']?\s*(?:[2-9]|[1-9]\d)/iu;
/** Whether a row holds a cell that spans the rows below it. */
export const spansRows = (row: string): boolean => ROWSPAN.test(row);

/**
 * A row as an entry's text at the same offsets, and its ordinal; null when its cells make no
 * entry (no date cell after a name). `continued`: the row holds dates only (a later term of the
 * person of a row above whose cells span it).
 */
export function tableRowEntry(row: string): { value: string; ordinal: number | null; continued?: true } | null {
  const { cells: written, pipes } = cellsOf(row);
  // Code units, so that every offset stays where it is.
  const chars = row.split('');
  const cells = written.map((cell) => ({ ...cell, text: blankMarkup(cell, row, chars) }));
  if (cells.length < 2) return null;
  // A number alone in the first cell is the ordinal, also with three digits (`| 101 | …`).
  const dated = cells.map((cell, i) => isDateCell(cell.text) && !(i === 0 && NUMBER.test(cell.text)));
  const first = dated.indexOf(true);
  if (first < 0) return null;
  let ordinal: number | null = null;
  // Every separating pipe a space (a link's stays), an empty cell blanked (attributes), and a
  // number alone in the first cell blanked (it is the ordinal).
  for (const at of pipes) chars[at] = ' ';
  for (const cell of cells) if (cell.text === '') for (let i = cell.start; i < cell.end; i++) chars[i] = ' ';
  if (NUMBER.test(cells[0]!.text) && first > 1) {
    ordinal = Number.parseInt(cells[0]!.text, 10);
    for (let i = cells[0]!.start; i < cells[0]!.end; i++) chars[i] = ' ';
  }
  // Date cells next to each other (empty ones between): start and end; the first cell after them, a note.
  let last = first;
  for (let next = last + 1; next < cells.length; next++) {
    if (cells[next]!.text === '') continue;
    if (!dated[next] && !OPEN_END.test(cells[next]!.text)) break;
    chars[cells[last]!.end] = '–';
    last = next;
  }
  const after = cells.slice(last + 1).filter((cell) => cell.text !== '').length;
  // `| 1950 | 1954 | Otto John |`: the dates first, then the name and nothing else; dates alone
  // continue a row above whose cells span this one (see `spansRows`).
  if (first === 0) return after <= 1 ? { value: chars.join(''), ordinal, ...(after === 0 ? { continued: true } : {}) } : null;
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
export function wikiTableRows(lines: readonly string[]): { row: string; line: number; column: number; spans: boolean }[] | null {
  const trimmed = lines.map((line) => line.trim());
  if (!trimmed.some((line) => isWikiBreak(line)) || !trimmed.every((line) => line === '' || line.startsWith('|') || line.startsWith('!') || line.startsWith('{|'))) return null;
  const rows: { row: string; line: number; column: number; spans: boolean }[] = [];
  let cells: string[] = [];
  let at: { line: number; column: number } | null = null;
  // Whether a cell of the row spans the rows below it (its attributes are left out of `row`).
  let spans = false;
  const close = (): void => {
    if (at !== null && cells.length > 0) rows.push({ row: `| ${cells.join(' | ')} |`, ...at, spans });
    cells = [];
    at = null;
    spans = false;
  };
  trimmed.forEach((line, i) => {
    if (isWikiBreak(line) || line.startsWith('|+')) return close();
    if (!line.startsWith('|')) return; // a header cell
    if (at === null) {
      const after = lines[i]!.indexOf('|') + 1;
      at = { line: i, column: after + lines[i]!.slice(after).length - lines[i]!.slice(after).trimStart().length + 1 };
    }
    spans ||= spansRows(line);
    for (const cell of cellsOf(line).cells) if (cell.text !== '') cells.push(cell.text);
  });
  close();
  return rows;
}
