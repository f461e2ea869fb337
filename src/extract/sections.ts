import type { Root } from 'mdast';
import { HeadingTrail } from './heading-trail.ts';

export interface Section {
  level: number;
  heading: string;
  /** Ancestor headings, outermost first. */
  path: string[];
  line: number;
}

/** Every heading below the title, with the path of headings that contain it. */
export function extractSections(tree: Root, titleLine: number | null): Section[] {
  const sections: Section[] = [];
  const trail = new HeadingTrail();
  for (const node of tree.children) {
    if (node.type !== 'wikiHeading') continue;
    const line = node.position?.start.line ?? 0;
    if (line === titleLine) continue;
    sections.push({ level: node.depth, heading: node.value, path: trail.enter(node.depth, node.value), line });
  }
  return sections;
}
