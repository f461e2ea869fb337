/** Test helper: read a seed/fixture document and pick out its prose paragraphs and leader-list date groups. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readDoc(relative: string): string[] {
  return readFileSync(ROOT + relative, 'utf8').split(/\r\n|\r|\n/);
}

/** Paragraph lines: not the title, headings, infobox, `;` headers or list items. */
export function proseParagraphs(relative: string): string[] {
  return readDoc(relative).filter(
    (l) => l.trim() !== '' && !/^(?:=|;|- |\d+\. |Infobox$)/.test(l),
  );
}

/** The `;`-separated segments of each list item's trailing parenthesised dates group. */
export function listSegments(relative: string): string[] {
  const out: string[] = [];
  for (const line of readDoc(relative)) {
    const item = /^(?:- |\d+\. )(.*)$/.exec(line)?.[1];
    if (!item || !item.endsWith(')')) continue;
    // the outermost trailing (...) group, allowing one level of nested parentheses
    let depth = 0;
    let open = -1;
    for (let i = item.length - 1; i >= 0; i--) {
      if (item[i] === ')') depth++;
      else if (item[i] === '(' && --depth === 0) { open = i; break; }
    }
    if (open < 0) continue;
    out.push(...item.slice(open + 1, -1).split(';'));
  }
  return out;
}
