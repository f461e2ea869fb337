import type { Root, RootContent } from 'mdast';
import { shownText } from '../text/emphasis.ts';
import { HeadingTrail } from './heading-trail.ts';
import { sourceOf } from './source-text.ts';

/** A prose paragraph, verbatim, with where it starts and the section it is in. */
export interface ProseBlock {
  section: string[];
  line: number;
  column: number;
  /** Offset of the paragraph in the document text. */
  offset: number;
  text: string;
}

function walk(nodes: readonly RootContent[], text: string, trail: HeadingTrail, titleLine: number | null, entries: ReadonlySet<number>, out: ProseBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'wikiHeading') {
      if (node.position?.start.line !== titleLine) trail.enter(node.depth, shownText(node.value));
    } else if (node.type === 'paragraph' && node.position?.start.offset !== undefined && !entries.has(node.position.start.line)) {
      const { line, column, offset } = node.position.start;
      out.push({ section: trail.path(), line, column, offset, text: sourceOf(text, node) });
    } else if (node.type === 'blockquote') walk(node.children, text, trail, titleLine, entries, out);
  }
}

/**
 * Prose is paragraphs (top level or quoted): never the title, headings, infobox, `;` headers or
 * list items, nor the paragraphs starting at the lines `entries` that were read as leader entries
 * written without list markers.
 */
export function extractProse(tree: Root, text: string, titleLine: number | null, entries: ReadonlySet<number> = new Set()): ProseBlock[] {
  const out: ProseBlock[] = [];
  walk(tree.children, text, new HeadingTrail(), titleLine, entries, out);
  return out;
}
