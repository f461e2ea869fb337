import type { List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import type { Infobox, InfoboxLine, WikiHeading, WikiTerm } from './nodes.ts';
import { DEFAULT_CHUNKS, parseInChunks, type ChunkOptions } from './chunks.ts';
import { scanLines, type WikiLine } from './scan-lines.ts';
import { restoreTree, shortenLines } from './shorten.ts';
import { blankRegions, findRegions, withRegions } from './simple-lists.ts';
import { wikiLists } from './wiki-lists.ts';

/**
 * Inline markdown (emphasis, links, images, code spans, inline HTML, autolinks,
 * escapes) is never read: extractors take paragraphs and list items verbatim from
 * the source by offset. micromark's resolution of `*`/`_` runs and `[`/`](`
 * brackets is super-linear on long lines (a 20 kB line of `*a_` took seconds), so
 * these constructs are switched off; block structure and positions are unchanged.
 */
const INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape',
  'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink',
];

/**
 * Block constructs that swallow text the wiki-style format means as text are switched off too,
 * since their content was silently lost to the extractors: indented code (a paragraph or list
 * indented by four spaces or a tab, as copied text often is, is that paragraph or list), HTML
 * blocks (`<div>`, `<center>`, `<p>`, … ran on to the next blank line: the tags are text now),
 * fenced code (a line starting with `~~~` or three backquotes hid the rest of the document) and
 * setext headings (a `----` rule or a `===` line right under a paragraph made it a heading: the
 * rule is a thematic break, the `=` line text).
 */
const BLOCK_CONSTRUCTS = ['codeIndented', 'htmlFlow', 'codeFenced', 'setextUnderline'];

const processor = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: [...INLINE_CONSTRUCTS, ...BLOCK_CONSTRUCTS] } }]);

/** remark's tree of already prepared text (wiki lines masked): for tests of the preparation. */
export function markdownTree(prepared: string): Root {
  return processor.parse(prepared);
}

/** Start offset of every line, for turning offsets into points. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

function positionOf(line: number, start: number, end: number): Position {
  return {
    start: { line, column: 1, offset: start },
    end: { line, column: end - start + 1, offset: end },
  };
}

/** The most block quotes and list items one line may open; deeper markers are read as text. */
export const MAX_LINE_NESTING = 16;

const isDigitAt = (text: string, i: number): boolean => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** End of a block quote or list item marker at `p` (`>`, `- `, `* `, `+ `, `12. `, `3) `), else -1. */
function containerMarkerEnd(text: string, p: number, end: number): number {
  const c = text[p];
  if (c === '>') return p + 1;
  const blank = (i: number): boolean => i < end && (text[i] === ' ' || text[i] === '\t');
  if (c === '-' || c === '*' || c === '+') return blank(p + 1) ? p + 1 : -1;
  let q = p;
  while (q < end && q - p < 9 && isDigitAt(text, q)) q++;
  if (q === p || (text[q] !== '.' && text[q] !== ')')) return -1;
  return blank(q + 1) ? q + 1 : -1;
}

/**
 * Neutralises the container marker that would open more than MAX_LINE_NESTING
 * containers on one line (`- - - - …`, `1. 2. 3. …`, `> > > …`), by turning its
 * first character into a letter: micromark's time grows faster than
 * quadratically with such nesting, and deep trees overflow the stack. Same
 * length, so no offset moves; extractors read the original text.
 */
function capNesting(text: string): string {
  let cuts: number[] | null = null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let p = start;
    for (let depth = 0; ; depth++) {
      while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
      const next = containerMarkerEnd(text, p, end);
      if (next < 0) break;
      if (depth === MAX_LINE_NESTING) {
        (cuts ??= []).push(p);
        break;
      }
      p = next;
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (cuts === null) return text;
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    parts.push(text.slice(at, cut), 'x');
    at = cut + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Characters this far into a line are past anything that decides its block structure. */
const CALM_FROM = 1024;
/** Inline markers micromark still tokenises one by one (their constructs are off, see above). */
const INLINE_MARKS = new Set(['*', '_', '[', '&', '\\', '!']);
/** Characters a line may be made of and still be a thematic break, setext underline or closing fence. */
const RULE_CHARS = new Set([' ', '\t', '*', '_', '-', '=', '+', '`', '~']);

/**
 * Deep in a long line, micromark still spends a token on every tab (expanded to up to four
 * codes) and every inline marker: 2 MB of `*a_` took 4 s. A thousand characters into a line,
 * none of them can change the block structure any more (indentation, container markers and
 * block starts all come first), so remark gets tabs there as spaces, and inline markers as
 * letters when the line holds any other character (a line of only `*`, `_`, `-`, `=`, `` ` ``
 * or `~` may be a thematic break, setext underline or closing fence as a whole; `<`, `>`, `]`,
 * `-`, `?` and `/` stay, as they end HTML blocks, and so does `` ` ``, which unmakes a fence opener). Same length: no offset moves, and
 * micromark counts a tab as one column.
 */
export function calmLongLines(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > CALM_FROM) {
      let plain = false;
      for (let i = start; i < end && !plain; i++) plain = !RULE_CHARS.has(text[i]!);
      for (let i = start + CALM_FROM; i < end; i++) {
        const c = text[i]!;
        const calm = c === '\t' ? ' ' : plain && INLINE_MARKS.has(c) ? 'x' : null;
        if (calm === null) continue;
        (out ??= []).push(text.slice(copied, i), calm);
        copied = i + 1;
      }
    }
    start = end + 1;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Replaces the given spans by spaces: lines and offsets stay where they were. */
function maskSpans(text: string, spans: readonly WikiLine[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), ' '.repeat(span.end - span.start));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function wikiNodes(lines: readonly WikiLine[]): RootContent[] {
  const nodes: RootContent[] = [];
  let box: Infobox | null = null;
  for (const l of lines) {
    const position = positionOf(l.line, l.start, l.end);
    if (l.kind === 'infobox-field') {
      const field: InfoboxLine = { type: 'infoboxLine', value: l.text, position };
      if (box) {
        box.children.push(field);
        box.position!.end = position.end;
      }
      continue;
    }
    if (l.kind === 'infobox-more') {
      const field = box?.children.at(-1);
      if (field) {
        field.more = field.more === undefined ? l.text : `${field.more} ${l.text}`;
        field.position!.end = box!.position!.end = position.end;
      }
      continue;
    }
    box = null;
    if (l.kind === 'heading') nodes.push({ type: 'wikiHeading', depth: l.depth, value: l.text, position } satisfies WikiHeading);
    else if (l.kind === 'term') nodes.push({ type: 'wikiTerm', value: l.text, position } satisfies WikiTerm);
    else {
      box = { type: 'infobox', children: [], position };
      nodes.push(box);
    }
  }
  return nodes;
}

const startLine = (node: RootContent): number => node.position?.start.line ?? 0;

/**
 * A masked line is blank to remark, so a list can run across a `; Header`
 * line. Split such lists so that tree order matches source order.
 */
function splitListAt(list: List, cuts: readonly number[]): List[] {
  const pieces: List[] = [];
  let current: List = { ...list, children: [] };
  let cut = 0;
  for (const item of list.children) {
    const line = item.position?.start.line ?? 0;
    let crossed = false;
    while (cut < cuts.length && cuts[cut]! < line) {
      cut++;
      crossed = true;
    }
    if (crossed && current.children.length > 0) {
      pieces.push(current);
      current = { ...list, children: [] };
      if (list.ordered && typeof list.start === 'number') current.start = undefined;
    }
    current.children.push(item);
  }
  pieces.push(current);
  for (const piece of pieces) {
    const first = piece.children[0]?.position;
    const last = piece.children[piece.children.length - 1]?.position;
    if (first && last) piece.position = { start: first.start, end: last.end };
    piece.spread = piece.children.some((item) => item.spread);
  }
  return pieces;
}

/** The sorted `cuts` strictly between `from` and `to`, by binary search (a scan per list is quadratic). */
function cutsBetween(cuts: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const inside: number[] = [];
  for (let i = lo; i < cuts.length && cuts[i]! < to; i++) inside.push(cuts[i]!);
  return inside;
}

function merge(markdown: RootContent[], wiki: RootContent[]): RootContent[] {
  const cuts = wiki.map(startLine);
  const pieces: RootContent[] = [];
  for (const node of markdown) {
    if (node.type !== 'list' || !node.position) {
      pieces.push(node);
      continue;
    }
    const from = node.position.start.line;
    const to = node.position.end.line;
    const inside = cutsBetween(cuts, from, to);
    if (inside.length === 0) pieces.push(node);
    else pieces.push(...splitListAt(node, inside));
  }
  const merged: RootContent[] = [];
  let i = 0;
  let j = 0;
  while (i < pieces.length || j < wiki.length) {
    if (j >= wiki.length || (i < pieces.length && startLine(pieces[i]!) < startLine(wiki[j]!))) merged.push(pieces[i++]!);
    else merged.push(wiki[j++]!);
  }
  return merged;
}

/** How `parseDocument` hands the text to remark (the tree is the same either way). */
export interface ParseOptions {
  chunks?: ChunkOptions;
  /** Shorten long prose lines first (see shorten.ts); default true. */
  shorten?: boolean;
  /** Build simple lists without remark (see simple-lists.ts); default true. */
  lists?: boolean;
}

/** remark's tree of prepared text, by the means `options` allow. */
function markdownOf(prepared: string, options: ParseOptions): Root {
  const parse = (text: string): Root => parseInChunks(text, (piece) => processor.parse(piece), options.chunks ?? DEFAULT_CHUNKS);
  if (options.shorten === false) return parse(prepared);
  const short = shortenLines(prepared);
  if (short === null) return parse(prepared);
  const tree = parse(short.text);
  if (restoreTree(tree, short)) return tree;
  // A code or HTML block holds an emptied blank line: again, blank lines as they are.
  const kept = shortenLines(prepared, { blankLines: false });
  const again = parse(kept?.text ?? prepared);
  if (kept) restoreTree(again, kept);
  return again;
}

/**
 * Parses wiki-style text into mdast. Wiki lines become first-class nodes
 * (`wikiHeading`, `wikiTerm`, `infobox`), everything else is remark-parse's tree
 * (simple lists built as remark builds them, see simple-lists.ts);
 * every node's position points at its true source line and offset.
 */
export function parseDocument(text: string, options: ParseOptions = {}): Root {
  const lines = scanLines(text);
  const termStarts = new Set(lines.flatMap((l) => (l.kind === 'term' ? [l.start] : [])));
  let prepared = calmLongLines(capNesting(wikiLists(maskSpans(text, lines), termStarts)));
  // micromark drops a BOM that starts its input, which moved every offset one character back (a
  // file starting with two BOMs keeps one after decoding): remark gets a space there instead.
  if (prepared.startsWith('\ufeff')) prepared = ` ${prepared.slice(1)}`;
  let tree: Root | null = null;
  const regions = options.lists === false ? [] : findRegions(prepared);
  if (regions.length > 0) {
    const blankedText = blankRegions(prepared, regions);
    const blanked = markdownOf(blankedText, options);
    const blocks = withRegions(blanked.children, regions, blankedText);
    if (blocks !== null) tree = { ...blanked, children: blocks };
  }
  tree ??= markdownOf(prepared, options);
  tree.children = merge(tree.children, wikiNodes(lines));
  return tree;
}
