/**
 * Builds simple top-level lists without remark, and leaves remark the rest.
 *
 * micromark's container machinery costs about 50 µs a list item, most of the parse of a typical
 * article (leader lists of one-line entries). A list made only of *simple items* (a line `- X…`,
 * `* X…`, `+ X…`, `1. X…` or `1) X…` in column 1: one space after the marker, the entry starting
 * with a letter, no tab, no NUL, no trailing white space), all of one kind, possibly with blank
 * lines between them, has one tree whatever its entries say: a list with one item a line, each
 * holding a paragraph with one text (inline markdown is not parsed, see parse.ts).
 *
 * Such a run of lines is a *region* when it is sure to be that list in the whole parse: a blank
 * line (or the start) before it and after it; the next line that is not blank neither indented
 * (a continuation of the last item) nor a marker of its kind (more of the list); the one before
 * neither indented nor a marker of its kind. The text is then parsed with the regions blanked
 * out, which must show that nothing else reaches into them: no block of that parse overlaps a
 * region (an open fence or HTML block), and no list of its kind is next to one (a lazy line of an
 * earlier list, say). Else the whole text is parsed as it is. Wiki lines are blank to remark, so
 * the lists under `; Header` lines are one region, split by parse.ts as remark's list was.
 * test/fuzz/properties.test.ts checks the trees are the same.
 */
import type { List, ListItem, Paragraph, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { isBlankLine } from './chunks.ts';

/** Marker (bullet, or digits and delimiter), one space, then an entry starting with a letter, without tabs or NUL. */
const SIMPLE_ITEM = /^(?:([-*+])|(\d{1,9})([.)])) (\p{L}[^\t\0]*)$/u;
/** A line in column 1 that opens a list item (or would, but for its content): its bullet or delimiter. */
const MARKER = /^(?:([-*+])|\d{1,9}([.)]))(?:[ \t]|$)/;

/** The kind of list a line's marker opens (`-`, `*`, `+`, `.`, `)`), or null. */
function kindOf(line: string): string | null {
  const m = MARKER.exec(line);
  return m === null ? null : (m[1] ?? m[2]!);
}

interface Line {
  start: number;
  end: number;
}

export interface Region {
  /** 1-based first and last line. */
  from: number;
  to: number;
  /** Bullet or delimiter of its items. */
  kind: string;
  list: List;
}

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset };
}

function itemNode(line: number, l: Line, marker: number, content: string): ListItem {
  const at = l.start + marker + 1;
  const valueEnd = point(line, l.end - l.start + 1, l.end);
  const textNode: Text = { type: 'text', value: content, position: { start: point(line, marker + 2, at), end: { ...valueEnd } } };
  const paragraph: Paragraph = { type: 'paragraph', children: [textNode], position: { start: point(line, marker + 2, at), end: { ...valueEnd } } };
  return { type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: point(line, 1, l.start), end: { ...valueEnd } } };
}

/** The regions of `text` (see above), with their lists; their lines are to be blanked for remark. */
export function findRegions(text: string): Region[] {
  const lines: Line[] = [];
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    lines.push({ start, end: end === -1 ? text.length : end });
    if (end === -1) break;
    start = end + 1;
  }
  const lineText = (i: number): string => text.slice(lines[i]!.start, lines[i]!.end);
  const blank = (i: number): boolean => isBlankLine(text, lines[i]!.start, lines[i]!.end);
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = SIMPLE_ITEM.exec(lineText(i));
    if (first === null || (i > 0 && !blank(i - 1)) || lineText(i).endsWith(' ')) {
      i++;
      continue;
    }
    const kind = first[1] ?? first[3];
    const items: { index: number; match: RegExpExecArray }[] = [{ index: i, match: first }];
    let spread = false;
    let k = i + 1;
    for (; k < lines.length; k++) {
      if (blank(k)) continue;
      const m = SIMPLE_ITEM.exec(lineText(k));
      if (m === null || (m[1] ?? m[3]) !== kind || lineText(k).endsWith(' ')) break;
      if (k - 1 !== items[items.length - 1]!.index) spread = true;
      items.push({ index: k, match: m });
    }
    const last = items[items.length - 1]!.index;
    let before = i - 1;
    while (before >= 0 && blank(before)) before--;
    const after = k < lines.length ? lineText(k) : null;
    // Lists of another kind next to it are other lists; an indented line may belong to an item.
    const apart = (line: string): boolean => !/^[ \t]/.test(line) && kindOf(line) !== kind;
    const sure = (last + 1 === lines.length || blank(last + 1)) && (after === null || apart(after)) && (before < 0 || apart(lineText(before)));
    if (sure) {
      const children = items.map(({ index, match }) => itemNode(index + 1, lines[index]!, (match[1] ?? `${match[2]}${match[3]}`).length, match[4]!));
      const list: List = {
        type: 'list',
        ordered: first[1] === undefined,
        start: first[1] === undefined ? Number.parseInt(first[2]!, 10) : null,
        spread,
        children,
        position: { start: { ...children[0]!.position!.start }, end: { ...children[children.length - 1]!.position!.end } },
      };
      regions.push({ from: i + 1, to: last + 1, kind: kind!, list });
    }
    i = last + 1;
  }
  return regions;
}

/** The text with the regions' lines blanked (same length: no offset moves). */
export function blankRegions(text: string, regions: readonly Region[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { list } of regions) {
    const start = list.position!.start.offset!;
    const end = list.position!.end.offset!;
    // Line by line: a regular expression replacing each character took a tenth of the parse.
    parts.push(text.slice(at, start), text.slice(start, end).split('\n').map((line) => ' '.repeat(line.length)).join('\n'));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The top-level blocks of the blanked parse with the regions' lists in place, or null when that
 * parse shows a region is not sure after all: a block overlaps it (an open fence or HTML block),
 * or a list of its kind is next to it (whose lazy line hid it from `findRegions`). `text` is the
 * blanked text.
 */
export function withRegions(blocks: readonly RootContent[], regions: readonly Region[], text: string): RootContent[] | null {
  const sameKind = (node: RootContent | undefined, kind: string): boolean => {
    if (node?.type !== 'list') return false;
    let at = node.position!.start.offset!;
    while (text[at] === ' ' || text[at] === '\t') at++;
    while (text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
    return text[at] === kind;
  };
  const out: RootContent[] = [];
  let b = 0;
  for (const region of regions) {
    while (b < blocks.length && blocks[b]!.position!.end.line < region.from) out.push(blocks[b++]!);
    const next = blocks[b];
    if ((next !== undefined && next.position!.start.line <= region.to) || sameKind(out[out.length - 1], region.kind) || sameKind(next, region.kind)) return null;
    out.push(region.list);
  }
  while (b < blocks.length) out.push(blocks[b++]!);
  return out;
}
