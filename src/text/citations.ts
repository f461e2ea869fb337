/**
 * Citations copied with an article's wikitext: `<ref>…</ref>`, `<ref name="a" />` and citation
 * templates (`{{sfn|Smith|2005}}`, `{{citation needed}}`, `{{cite web|…}}`, nested ones whole;
 * not a template that shows text, such as `{{sortname|John|Smith}}`). They are no part of a name, a
 * position or a note, and the years they hold are no dates of the text. One pass, no regex that
 * could backtrack: an opening with no end stops the search (no later one can end either).
 */

/** Where each citation of `text` starts and ends (end exclusive), in order. */
export function citationRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!text.includes('<ref') && !text.includes('<REF') && !text.includes('{{')) return ranges;
  // The next opening of each kind, found again only once passed (else a text of many templates
  // and no ref would be searched to its end for a ref at every template).
  let ref = indexOfRef(text, 0);
  let template = text.indexOf('{{');
  for (let at = 0; at < text.length; ) {
    if (ref >= 0 && ref < at) ref = indexOfRef(text, at);
    if (template >= 0 && template < at) template = text.indexOf('{{', at);
    if (ref < 0 && template < 0) break;
    const start = ref >= 0 && (template < 0 || ref < template) ? ref : template;
    const end = start === ref ? refEnd(text, start) : templateEnd(text, start);
    if (end < 0) break;
    // A template that shows text (`{{sortname|John|Smith}}`, `{{nowrap|…}}`, `{{dts|1990}}`) is kept.
    if (start === ref || citationTemplate(text.slice(start + 2, end - 2))) ranges.push([start, end]);
    at = end;
  }
  return ranges;
}

/** Templates that cite, note or query a source, and show nothing of the text. */
const CITATION_TEMPLATES = new Set([
  'sfn', 'sfnp', 'sfnm', 'harvnb', 'harvp', 'harv', 'efn', 'efn-ua', 'efn-la', 'refn', 'notetag', 'r', 'rp', 'ref label', 'note label',
  'citation', 'citation needed', 'cn', 'fact', 'better source needed', 'clarify', 'when', 'who', 'by whom', 'dubious', 'verify',
  'page needed', 'full citation needed', 'failed verification', 'update needed', 'original research', 'or',
]);

/** Whether a template's inside (`sfn|Smith|2005`, `cite web |url=…`) is a citation's (see CITATION_TEMPLATES; any `cite …`). */
function citationTemplate(inside: string): boolean {
  const bar = inside.indexOf('|');
  const name = (bar < 0 ? inside : inside.slice(0, bar)).trim().toLowerCase().replace(/_/gu, ' ');
  return CITATION_TEMPLATES.has(name) || name.startsWith('cite ');
}

/** `text` with each citation's place given by `cut` the text before it and the citation's length. */
function rewrite(text: string, cut: (before: string, length: number) => string): string {
  const ranges = citationRanges(text);
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += cut(text.slice(at, start), end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** `text` with each citation replaced by as many spaces: every offset stays where it was. */
export const blankCitations = (text: string): string => rewrite(text, (before, length) => before + ' '.repeat(length));

/** `text` without its citations, and the spaces before them. */
export const withoutCitations = (text: string): string => rewrite(text, (before) => before.trimEnd());

/** The next `<ref` that opens a tag (`<ref>`, `<ref name=…>`, `<ref/>`), any case; -1 if none. */
function indexOfRef(text: string, from: number): number {
  for (let at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
    if (text.slice(at + 1, at + 4).toLowerCase() !== 'ref') continue;
    const next = text[at + 4];
    if (next === '>' || next === '/' || next === ' ' || next === '\t') return at;
  }
  return -1;
}

/** The end of the ref that opens at `start`: after `/>`, or after its `</ref>` (any case); -1 if it has none. */
function refEnd(text: string, start: number): number {
  const close = text.indexOf('>', start);
  if (close < 0) return -1;
  if (text[close - 1] === '/') return close + 1;
  for (let at = text.indexOf('</', close); at >= 0; at = text.indexOf('</', at + 2)) {
    if (text.slice(at + 2, at + 6).toLowerCase() === 'ref>') return at + 6;
  }
  return -1;
}

/** The end of the template that opens at `start` (after its matching `}}`); -1 if it has none. */
function templateEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length - 1; at++) {
    if (text[at] === '{' && text[at + 1] === '{') {
      depth++;
      at++;
    } else if (text[at] === '}' && text[at + 1] === '}') {
      depth--;
      at++;
      if (depth === 0) return at + 1;
    }
  }
  return -1;
}
