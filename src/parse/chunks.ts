/**
 * Parses markdown in pieces. micromark's container handling is quadratic in the size of a
 * block: every sibling list item that closes a nested list, and every lazy line of a quoted
 * paragraph, copies all events so far (4,000 items of `- a` / `  - b` took 8 s). The text is
 * therefore cut, before lines where a fresh parse gives the same blocks as the whole text would,
 * into pieces of at least `minChars`, parsed one by one; positions are shifted back and a list
 * cut in two is joined again.
 *
 * A cut goes before a line that starts in column 1 and either follows a blank line or opens a
 * list item with content: every open container ends there (the line is neither indented nor a
 * `>` line). What can still make the cut unsafe shows in the parse of the piece before it, and
 * the cut is then not made: an open fenced code or HTML block at any depth (it would swallow the
 * line, or end elsewhere), or an open paragraph, which a list item numbered other than 1 cannot
 * interrupt (on that line, nested containers included). A piece that runs `maxLines` lines
 * without a safe cut (a quoted paragraph followed by thousands of lazy lines) is cut at the next
 * line in column 1 regardless. A line starting with a BOM is never cut before (micromark drops
 * a BOM at the start of its input).
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';

export interface ChunkOptions {
  /** A piece is cut only once it holds at least this many characters. */
  minChars: number;
  /** Past this many lines without a safe cut, the next line in column 1 is cut regardless. */
  maxLines: number;
}

export const DEFAULT_CHUNKS: ChunkOptions = { minChars: 4_096, maxLines: 1_000 };

const isBlankChar = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Whether `text[start, end)` holds only spaces and tabs (a blank line to micromark). */
export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankChar(text[i])) return false;
  return true;
}

/** Does a block quote or list item marker start at `p` (`>`, `- `, `1. `, `1)` at the line end…)? */
function opensContainer(text: string, p: number, end: number): boolean {
  const c = text[p];
  if (c === '>') return true;
  const spaceOrEnd = (i: number): boolean => i >= end || isBlankChar(text[i]);
  if (c === '-' || c === '*' || c === '+') return spaceOrEnd(p + 1);
  let q = p;
  while (q < end && q - p < 9 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
  return q > p && (text[q] === '.' || text[q] === ')') && spaceOrEnd(q + 1);
}

/**
 * A list item marker in column 1 followed by content: `- x`, `* x`, `+ x`, `12. x`, `3) x`;
 * `nested` when the content opens another container on the same line (`1. 2. x`, `- > x`).
 */
function markerAt(text: string, start: number, end: number): { ordered: boolean; value: number; nested: boolean } | null {
  const c = text[start];
  let after: number;
  let ordered = false;
  let value = 0;
  if (c === '-' || c === '*' || c === '+') {
    after = start + 1;
  } else {
    let q = start;
    while (q < end && q - start < 9 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    if (q === start || (text[q] !== '.' && text[q] !== ')')) return null;
    ordered = true;
    value = Number(text.slice(start, q));
    after = q + 1;
  }
  if (!isBlankChar(text[after])) return null;
  let content = false;
  let thematic = c === '-' || c === '*';
  let marks = 0;
  for (let i = start; i < end; i++) {
    const d = text[i];
    if (i >= after && !isBlankChar(d)) content = true;
    if (d === c) marks++;
    else if (!isBlankChar(d)) thematic = false;
  }
  if (!content || (thematic && marks >= 3)) return null;
  let contentStart = after;
  while (contentStart < end && isBlankChar(text[contentStart])) contentStart++;
  return { ordered, value, nested: opensContainer(text, contentStart, end) };
}

function shiftPoint(point: Point, lines: number, offset: number): void {
  point.line += lines;
  if (point.offset !== undefined) point.offset += offset;
}

/** Moves every position in the trees by whole lines (pieces start at a line start, so columns stay). */
function shift(nodes: readonly RootContent[], lines: number, offset: number): void {
  const stack: Node[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      shiftPoint(node.position.start, lines, offset);
      shiftPoint(node.position.end, lines, offset);
    }
    const children = (node as { children?: Node[] }).children;
    if (children) stack.push(...children);
  }
}

/** The bullet (`-`, `*`, `+`) or delimiter (`.`, `)`) of a list item, which decides whether items share a list. */
function markerOf(text: string, item: ListItem | undefined): string {
  let i = item?.position?.start.offset ?? 0;
  while (isBlankChar(text[i])) i++;
  while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return text[i] ?? '';
}

/** Would the whole-text parse have made `next` more items of `list`? */
function continues(text: string, list: List, next: List): boolean {
  return list.ordered === next.ordered && markerOf(text, list.children[list.children.length - 1]) === markerOf(text, next.children[0]);
}

function join(text: string, list: List, next: List): void {
  const gapStart = list.position?.end.offset ?? 0;
  const gapEnd = next.position?.start.offset ?? gapStart;
  const blankBetween = text.slice(gapStart, gapEnd).split('\n').length > 2;
  list.children.push(...next.children);
  list.spread = Boolean(list.spread || next.spread || blankBetween);
  if (list.position && next.position) list.position.end = next.position.end;
}

/** Does the last block, or the last block nested at its end, hold code or HTML (which may run on past the cut)? */
function endsInConcrete(node: RootContent | undefined): boolean {
  let at: Node | undefined = node;
  while (at) {
    if (at.type === 'code' || at.type === 'html') return true;
    const children = (at as { children?: Node[] }).children;
    at = children?.[children.length - 1];
  }
  return false;
}

/** Parses `text` with `parse`, piece by piece; the result has the same blocks and positions as `parse(text)`. */
export function parseInChunks(text: string, parse: (text: string) => Root, options: ChunkOptions = DEFAULT_CHUNKS): Root {
  const pieces: { tree: Root; line: number; offset: number }[] = [];
  let pieceStart = 0;
  let pieceLine = 0; // 0-based line of the piece start
  let backoff = 0;
  let prevBlank = false;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const blank = isBlankLine(text, start, end);
    if (line > pieceLine && !blank && text[start] !== '\ufeff') {
      const chars = start - pieceStart;
      const forced = line - pieceLine >= options.maxLines && !isBlankChar(text[start]);
      const marker = prevBlank || forced ? null : markerAt(text, start, end);
      const candidate = !isBlankChar(text[start]) && (prevBlank || marker !== null);
      if (forced || (candidate && chars >= options.minChars && chars >= backoff)) {
        const tree = parse(text.slice(pieceStart, start));
        const last = tree.children[tree.children.length - 1];
        const swallowed = endsInConcrete(last);
        // After an open paragraph the line interrupts it, and micromark then refuses every item
        // numbered other than 1 on that line (a fresh parse would not): such a line is not cut.
        const interrupting = last !== undefined && (last.type === 'paragraph' || last.type === 'definition');
        const continued = marker !== null && interrupting && ((marker.ordered && marker.value !== 1) || marker.nested);
        if (forced || (!swallowed && !continued)) {
          pieces.push({ tree, line: pieceLine, offset: pieceStart });
          pieceStart = start;
          pieceLine = line;
          backoff = 0;
        } else {
          backoff = 2 * chars; // retried on a piece twice as long: linear overall
        }
      }
    }
    prevBlank = blank;
    line++;
    if (end === text.length) break;
    start = end + 1;
  }
  if (pieces.length === 0) return parse(text);
  pieces.push({ tree: parse(text.slice(pieceStart)), line: pieceLine, offset: pieceStart });

  const children: RootContent[] = [];
  for (const piece of pieces) {
    shift(piece.tree.children, piece.line, piece.offset);
    const [first, ...rest] = piece.tree.children;
    const prev = children[children.length - 1];
    if (prev?.type === 'list' && first?.type === 'list' && continues(text, prev, first)) {
      join(text, prev, first);
      children.push(...rest);
    } else {
      children.push(...piece.tree.children);
    }
  }
  const lastTree = pieces[pieces.length - 1]!.tree;
  const end = lastTree.position?.end;
  const root: Root = { type: 'root', children };
  if (pieces[0]!.tree.position && end) {
    const lastPiece = pieces[pieces.length - 1]!;
    root.position = {
      start: pieces[0]!.tree.position.start,
      end: { line: end.line + lastPiece.line, column: end.column, offset: (end.offset ?? 0) + lastPiece.offset },
    };
  }
  return root;
}
