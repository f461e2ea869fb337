import type { List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import type { Infobox, InfoboxLine, WikiHeading, WikiTerm } from './nodes.ts';
import { DEFAULT_CHUNKS, parseInChunks, type ChunkOptions } from './chunks.ts';
import { scanLines, type WikiLine } from './scan-lines.ts';
import { restoreTree, shortenLines } from './shorten.ts';
import { calmLongLines, capNesting } from './line-guards.ts';
import { blankRegions, findRegions, withRegions } from './simple-lists.ts';
import { wikiLists } from './wiki-lists.ts';
import { endListsAtLazyLines } from './lazy-lines.ts';

export { lineStarts } from './line-starts.ts';

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

function positionOf(line: number, start: number, end: number): Position {
  return {
    start: { line, column: 1, offset: start },
    end: { line, column: end - start + 1, offset: end },
  };
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
  return endListsAtLazyLines(tree, text, prepared);
}
