import type { List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import type { Infobox, InfoboxLine, WikiHeading, WikiTerm } from './nodes.ts';
import { scanLines, type WikiLine } from './scan-lines.ts';

const processor = unified().use(remarkParse);

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
    const inside = cuts.filter((c) => c > from && c < to);
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

/**
 * Parses wiki-style text into mdast. Wiki lines become first-class nodes
 * (`wikiHeading`, `wikiTerm`, `infobox`), everything else is remark-parse's;
 * every node's position points at its true source line and offset.
 */
export function parseDocument(text: string): Root {
  const lines = scanLines(text);
  const tree = processor.parse(maskSpans(text, lines));
  tree.children = merge(tree.children, wikiNodes(lines));
  return tree;
}
