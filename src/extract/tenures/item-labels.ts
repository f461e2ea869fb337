/**
 * Labels of groups written as list items (`* Directors:` over `** Zhou Enlai (1949–1954)`, or a
 * `- Deputy directors` item with a list inside it): an undated item that reads as a label (see
 * `labelOf`) gives the position of the items nested under it, as a label line over a list does.
 */
import { namesPost } from '../name-post.ts';
import { labelOf } from './list-label.ts';
import { looksLikeName } from './name-shape.ts';

export interface LabelledItem {
  /** The item's text as written. */
  value: string;
  line: number;
  /** How deep the item is nested (0: top level), by list nesting and wiki markers (`**`). */
  depth: number;
  /** Whether the item holds a date range or date. */
  dated: boolean;
}

export interface GroupLabel {
  text: string;
  line: number;
}

/**
 * For each item, the label of the group it is nested in, else null. An item is a group's label
 * when it is undated, the next item is deeper, and its text reads as a label ending with a colon,
 * or one that names a post or reads as no person's name (`* Zhou Enlai` over a remark is no label).
 */
export function groupLabels(items: readonly LabelledItem[]): (GroupLabel | null)[] {
  const open: { depth: number; label: GroupLabel }[] = [];
  return items.map((item, k) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= item.depth) open.pop();
    const governing = open[open.length - 1]?.label ?? null;
    const next = items[k + 1];
    if (!item.dated && next !== undefined && next.depth > item.depth) {
      const written = item.value.trim();
      const label = labelOf(written, true);
      if (label !== null && (written.endsWith(':') || namesPost(label) || !looksLikeName(label))) open.push({ depth: item.depth, label: { text: label, line: item.line } });
    }
    return governing;
  });
}
