import type { Root } from 'mdast';
import { warning, type Problem } from './problem.ts';

export interface TitleResult {
  title: string | null;
  line: number | null;
  problems: Problem[];
}

/** The document title: its first level-1 `= … =` heading, which must come before any other heading. */
export function extractTitle(tree: Root): TitleResult {
  for (const node of tree.children) {
    if (node.type !== 'wikiHeading') continue;
    if (node.depth === 1) return { title: node.value, line: node.position?.start.line ?? null, problems: [] };
    break;
  }
  return { title: null, line: null, problems: [warning('missing-title', 1, 'no "= Title =" line before the first section heading; title left empty: add a "= Title =" line at the top')] };
}
