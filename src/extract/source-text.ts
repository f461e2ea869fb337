import type { Node } from 'unist';

/** The verbatim source text of a node (positions carry offsets into the document). */
export function sourceOf(text: string, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : text.slice(start, end);
}

/** Converts offsets into 1-based line and column, with a binary search over line starts. */
export function locator(starts: readonly number[]): (offset: number) => { line: number; column: number } {
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
