/**
 * Wiki-style text ends a list at a line without a marker; markdown reads such a line, written
 * right under an entry in column 1, as more of the entry (a "lazy" line). `Li Na (1988–1995)`
 * followed by `Deputy directors` or by a paragraph of prose made one entry, and the prose's dates
 * were lost. Here such a line, and the lines of the paragraph after it, become a paragraph of
 * their own after the list, and the entries below it a list of their own. An entry whose first
 * line leaves a bracket open goes on in the line below (a wrapped entry), as markdown reads it.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { lineStarts } from './line-starts.ts';

function paragraphOf(text: string, start: Point, end: Point): Paragraph {
  const value = text.slice(start.offset!, end.offset!);
  return { type: 'paragraph', children: [{ type: 'text', value, position: { start: { ...start }, end: { ...end } } }], position: { start: { ...start }, end: { ...end } } };
}

/** More `(` than `)` (or `[` than `]`) in the line: an entry written on, not ended. */
function leavesBracketOpen(line: string): boolean {
  let round = 0;
  let square = 0;
  for (const ch of line) {
    if (ch === '(' || ch === '（') round++;
    else if (ch === ')' || ch === '）') round--;
    else if (ch === '[') square++;
    else if (ch === ']') square--;
  }
  return round > 0 || square > 0;
}

/** The first lazy line of an item that is one paragraph (see above): its 1-based number, else null. */
function lazyLine(text: string, starts: readonly number[], item: ListItem): number | null {
  const [paragraph] = item.children;
  if (item.children.length !== 1 || paragraph?.type !== 'paragraph') return null;
  const from = paragraph.position?.start.line;
  const to = paragraph.position?.end.line;
  if (from === undefined || to === undefined || to === from) return null;
  if (leavesBracketOpen(text.slice(paragraph.position!.start.offset!, starts[from]! - 1))) return null;
  for (let line = from + 1; line <= to; line++) {
    const ch = text[starts[line - 1]!];
    if (ch !== undefined && ch !== ' ' && ch !== '\t' && ch !== '\n') return line;
  }
  return null;
}

function pointAt(starts: readonly number[], line: number, offset: number): Point {
  return { line, column: offset - starts[line - 1]! + 1, offset };
}

/**
 * A list cut after each item with a lazy line (`lazy`: each item's, see `lazyLine`): the list's
 * pieces and the paragraphs between them.
 */
function splitList(text: string, starts: readonly number[], list: List, lazy: readonly (number | null)[]): RootContent[] {
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  const flush = (): void => {
    if (items.length === 0) return;
    const first = items[0]!.position!;
    const last = items.at(-1)!.position!;
    out.push({ ...list, children: items, position: { start: { ...first.start }, end: { ...last.end } } });
    items = [];
  };
  list.children.forEach((item, i) => {
    const line = lazy[i];
    if (line === null || line === undefined) {
      items.push(item);
      return;
    }
    const paragraph = item.children[0] as Paragraph;
    const end = paragraph.position!.end;
    const cut = starts[line - 1]!;
    // The entry ends with the line before the lazy one (its line break left out).
    const entryEnd = pointAt(starts, line - 1, cut - 1);
    const entry = paragraphOf(text, paragraph.position!.start, entryEnd);
    items.push({ ...item, children: [entry], position: { start: { ...item.position!.start }, end: { ...entryEnd } } });
    flush();
    out.push(paragraphOf(text, pointAt(starts, line, cut), end));
  });
  flush();
  return out;
}

/**
 * The tree with every top-level list ended at its lazy lines (see above). `prepared` is the text
 * remark read (wiki markers rewritten, same offsets), where lazy lines are looked for; the new
 * nodes' text is `text`'s.
 */
export function endListsAtLazyLines(tree: Root, text: string, prepared: string = text): Root {
  let starts: number[] | null = null;
  let children: RootContent[] | null = null;
  tree.children.forEach((node, i) => {
    if (node.type === 'list' && node.position && node.position.start.line !== node.position.end.line) {
      starts ??= lineStarts(text);
      const lazy = node.children.map((item) => lazyLine(prepared, starts!, item));
      if (lazy.some((line) => line !== null)) {
        children ??= tree.children.slice(0, i);
        children.push(...splitList(text, starts, node, lazy));
        return;
      }
    }
    children?.push(node);
  });
  return children === null ? tree : { ...tree, children };
}
