/** Wiki and markdown emphasis around a whole name or heading, and the text a heading shows. */
import { withoutCitations } from './citations.ts';
import { withoutWikiLinks } from './wiki-links.ts';

/** Emphasis around a whole name, as wiki or markdown writes it: `'''Name'''`, `''Name''`, `**Name**`, `__Name__`, `*Name*`. */
const EMPHASIS = ["'''", "''", '**', '__', '*'] as const;

/** The name without emphasis around the whole of it (see EMPHASIS). */
export function withoutEmphasis(name: string): string {
  for (const mark of EMPHASIS) {
    if (name.length > 2 * mark.length && name.startsWith(mark) && name.endsWith(mark)) {
      const inner = name.slice(mark.length, -mark.length).trim();
      if (inner !== '' && !inner.startsWith(mark[0]!) && !inner.endsWith(mark[0]!)) return inner;
    }
  }
  return name;
}

/** A heading's or `; Header`'s text as shown: without emphasis around it (`'''Directors'''`), wiki links (`[[Standing Committee]]`) or citations (`<ref>…</ref>`). */
export function shownText(written: string): string {
  return withoutEmphasis(withoutWikiLinks(withoutCitations(written).trim()));
}
