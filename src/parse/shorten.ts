/**
 * Shortens long prose lines before remark sees them, and puts the tree back as if it had not.
 *
 * micromark's time over prose grows with its characters (about 0.08 µs each here; list items cost
 * far more, see simple-lists.ts), and most characters of a document sit in the middle of long
 * prose lines, where they cannot decide any block: a line starting with a letter
 * opens no container, code, HTML or heading, and is no break, underline or blank line, whatever
 * follows. What such a line may still decide is at its end (trailing white space, a hard break)
 * or is a `>` that ends an HTML block (`-->`, `?>`, `]]>`, `</pre>`, … all end in `>` and are at
 * most 11 characters long). So the middle of such a line, from its 9th character up to 12
 * characters before its first `>` (or 16 before its end, keeping its last non-blank character), is
 * replaced by one space when it is at least 32 characters long. Nothing is shortened in a text
 * holding `]:`, where a link definition (whose title may run over lines) could start.
 *
 * Blank lines lose their white space too (wiki lines and simple lists are blanked with spaces
 * before remark sees the text): blank either way, except to a code or HTML block, whose value
 * keeps it. Those blocks are switched off (see parse.ts); should one come back, the check below
 * still holds: when such a block holds or ends right before an emptied line, the text is parsed
 * again without emptying.
 *
 * Lines and line starts stay, so every block is the same; positions are moved back by what each
 * line lost, and the values of nodes spanning a shortened line (text, code, HTML) get the middle
 * back. The result equals remark's tree of the whole text (test/fuzz/properties.test.ts).
 */
import type { Root } from 'mdast';
import type { Node, Point } from 'unist';
import { isBlankLine } from './chunks.ts';

const HEAD = 8;
const TAIL = 16;
const MIN_CUT = 32;
/** The longest end of an HTML block (`</textarea>`) less its `>`. */
const BEFORE_GT = 12;

/** The shortened text and, per line (1-based), where its middle was cut out. */
export interface Shortened {
  text: string;
  /** Offset in its line where the cut middle starts, or -1: the line is whole. */
  cutAt: Int32Array;
  /** The cut middle of each line as node values hold it ('' for whole lines). */
  middles: string[];
  /** Characters removed from the lines before each line. */
  before: Float64Array;
  /** Characters put in place of each cut middle: 1 (a space) in a shortened line, 0 in an emptied one. */
  sep: Uint8Array;
  /** Shortened or emptied lines up to each line (0: none). */
  cutsUpTo: Int32Array;
  /** Emptied lines up to each line. */
  emptiedUpTo: Int32Array;
  /** The first line at or after each line that is not blank. */
  nextContent: Int32Array;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /^\p{L}/u;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function startsWithLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(text.slice(at, at + 2));
}

const isContent = (c: number): boolean => c !== 32 && c !== 9 && c !== 10;

/**
 * The text with long prose lines shortened and, unless `blankLines` is false, the white space of
 * blank lines removed (blank either way; those before the first content and after the last are
 * kept, as the root's position depends on them); null when no line changes.
 */
export function shortenLines(text: string, { blankLines = true } = {}): Shortened | null {
  const prose = !text.includes(']:');
  let first = 0;
  while (first < text.length && !isContent(text.charCodeAt(first))) first++;
  let lastContent = text.length - 1;
  while (lastContent >= 0 && !isContent(text.charCodeAt(lastContent))) lastContent--;
  const parts: string[] = [];
  const cuts: [line: number, at: number, middle: string, sep: number][] = [];
  const blankLine: number[] = [];
  let copied = 0;
  let nextGt = -2;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const blank = isBlankLine(text, start, end);
    if (blank) blankLine.push(line);
    if (blankLines && blank && end > start && start > first && end < lastContent) {
      parts.push(text.slice(copied, start));
      cuts.push([line, 0, text.slice(start, end), 0]);
      copied = end;
    } else if (prose && end - start >= HEAD + TAIL + MIN_CUT && startsWithLetter(text, start)) {
      let from = start + HEAD;
      if (isHigh(text.charCodeAt(from - 1))) from++;
      let last = end - 1;
      while (isBlank(text.charCodeAt(last))) last--;
      let to = Math.min(end - TAIL, last);
      if (nextGt !== -1 && nextGt < from) nextGt = text.indexOf('>', from);
      if (nextGt !== -1 && nextGt < end) to = Math.min(to, nextGt - BEFORE_GT);
      if (isLow(text.charCodeAt(to))) to--;
      if (to - from >= MIN_CUT) {
        parts.push(text.slice(copied, from), ' ');
        // As remark's values hold it: NUL as U+FFFD (lengths stay).
        cuts.push([line, from - start, text.slice(from, to).replaceAll('\0', '\ufffd'), 1]);
        copied = to;
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (cuts.length === 0) return null;
  parts.push(text.slice(copied));
  const cutAt = new Int32Array(line + 2).fill(-1);
  const middles: string[] = new Array<string>(line + 2).fill('');
  const before = new Float64Array(line + 2);
  const sep = new Uint8Array(line + 2);
  const cutsUpTo = new Int32Array(line + 2);
  const emptiedUpTo = new Int32Array(line + 2);
  let removed = 0;
  let c = 0;
  let emptied = 0;
  for (let l = 1; l <= line + 1; l++) {
    before[l] = removed;
    const cut = cuts[c];
    if (cut !== undefined && cut[0] === l) {
      cutAt[l] = cut[1];
      middles[l] = cut[2];
      sep[l] = cut[3];
      removed += cut[2].length - cut[3];
      if (cut[3] === 0) emptied++;
      c++;
    }
    cutsUpTo[l] = c;
    emptiedUpTo[l] = emptied;
  }
  const nextContent = new Int32Array(line + 3);
  const blanks = new Uint8Array(line + 3);
  for (const l of blankLine) blanks[l] = 1;
  nextContent[line + 2] = line + 2;
  for (let l = line + 1; l >= 0; l--) nextContent[l] = blanks[l] === 1 ? nextContent[l + 1]! : l;
  return { text: parts.join(''), cutAt, middles, before, sep, cutsUpTo, emptiedUpTo, nextContent };
}

function restorePoint(point: Point, s: Shortened): void {
  const { line } = point;
  const at = s.cutAt[line] ?? -1;
  // An emptied line is empty in the text parsed: only its start can be a point there.
  const inLine = at >= 0 && point.column - 1 > at ? s.middles[line]!.length - s.sep[line]! : 0;
  if (point.offset !== undefined) point.offset += (s.before[line] ?? 0) + inLine;
  point.column += inLine;
}

/**
 * A value's lines as the source has them: a shortened line shows in the value as its head, the
 * space and its tail (a value line from a shortened line starts that line: it opens no
 * container and has no indent). `first` is the source line of the value's first line.
 */
function restoreValue(value: string, first: number, last: number, s: Shortened): string {
  const lines = value.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length && first + i <= last; i++) {
    const l = first + i;
    const at = s.cutAt[l] ?? -1;
    const v = lines[i]!;
    if (at < 0 || s.sep[l] === 0 || v.length <= at || v.charCodeAt(at) !== 32) continue;
    lines[i] = v.slice(0, at) + s.middles[l] + v.slice(at + 1);
    changed = true;
  }
  return changed ? lines.join('\n') : value;
}

/**
 * Moves every position of `tree` (parsed from `s.text`) back onto the text `s` was made from;
 * false when a code or HTML block holds an emptied line or ends right before one, blank lines
 * between (its value keeps the line's white space, and indented code may take it in): the text is
 * then to be parsed without emptying.
 */
export function restoreTree(tree: Root, s: Shortened): boolean {
  let whole = true;
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      const valued = node as Node & { value?: unknown };
      const { line: first } = position.start;
      const { line: last } = position.end;
      // Code may run on over blank lines into one with white space (indented code could): the blank lines after it count too.
      if ((node.type === 'code' || node.type === 'html') && s.emptiedUpTo[Math.min(s.nextContent[last + 1]!, s.emptiedUpTo.length - 1)]! > s.emptiedUpTo[first - 1]!) whole = false;
      if (typeof valued.value === 'string' && s.cutsUpTo[last]! > s.cutsUpTo[first - 1]!) {
        // Fenced code holds nothing of its opening line (indented code has no shortened line).
        valued.value = restoreValue(valued.value, node.type === 'code' ? first + 1 : first, last, s);
      }
      restorePoint(position.start, s);
      restorePoint(position.end, s);
    }
    const children = (node as { children?: Node[] }).children;
    if (children) stack.push(...children);
  }
  return whole;
}
