import type { Root } from 'mdast';
import { shownText } from '../text/emphasis.ts';
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
    // `== '''Leaders''' ==`, `== [[Standing Committee]] ==`: the heading as shown.
    const heading = shownText(node.value);
    sections.push({ level: node.depth, heading, path: trail.enter(node.depth, heading), line });
  }
  return sections;
}
