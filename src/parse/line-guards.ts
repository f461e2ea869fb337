/**
 * Guards on the text remark gets, against lines that would make micromark's work grow faster than
 * the text: deep container nesting on one line, and tabs and inline markers deep in long lines.
 * Each keeps the text's length, so no line or offset moves; extractors read the original text.
 */

/** The most block quotes and list items one line may open; deeper markers are read as text. */
export const MAX_LINE_NESTING = 16;

const isDigitAt = (text: string, i: number): boolean => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** End of a block quote or list item marker at `p` (`>`, `- `, `* `, `+ `, `12. `, `3) `), else -1. */
function containerMarkerEnd(text: string, p: number, end: number): number {
  const c = text[p];
  if (c === '>') return p + 1;
  const blank = (i: number): boolean => i < end && (text[i] === ' ' || text[i] === '\t');
  if (c === '-' || c === '*' || c === '+') return blank(p + 1) ? p + 1 : -1;
  let q = p;
  while (q < end && q - p < 9 && isDigitAt(text, q)) q++;
  if (q === p || (text[q] !== '.' && text[q] !== ')')) return -1;
  return blank(q + 1) ? q + 1 : -1;
}

/**
 * Neutralises the container marker that would open more than MAX_LINE_NESTING
 * containers on one line (`- - - - …`, `1. 2. 3. …`, `> > > …`), by turning its
 * first character into a letter: micromark's time grows faster than
 * quadratically with such nesting, and deep trees overflow the stack. Same
 * length, so no offset moves; extractors read the original text.
 */
export function capNesting(text: string): string {
  let cuts: number[] | null = null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let p = start;
    for (let depth = 0; ; depth++) {
      while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
      const next = containerMarkerEnd(text, p, end);
      if (next < 0) break;
      if (depth === MAX_LINE_NESTING) {
        (cuts ??= []).push(p);
        break;
      }
      p = next;
    }
    if (end === text.length) break;
    start = end + 1;
  }
  if (cuts === null) return text;
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    parts.push(text.slice(at, cut), 'x');
    at = cut + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Characters this far into a line are past anything that decides its block structure. */
const CALM_FROM = 1024;
/** Inline markers micromark still tokenises one by one (their constructs are off: see INLINE_CONSTRUCTS in parse.ts). */
const INLINE_MARKS = new Set(['*', '_', '[', '&', '\\', '!']);
/** Characters a line may be made of and still be a thematic break, setext underline or closing fence. */
const RULE_CHARS = new Set([' ', '\t', '*', '_', '-', '=', '+', '`', '~']);

/**
 * Deep in a long line, micromark still spends a token on every tab (expanded to up to four
 * codes) and every inline marker: 2 MB of `*a_` took 4 s. A thousand characters into a line,
 * none of them can change the block structure any more (indentation, container markers and
 * block starts all come first), so remark gets tabs there as spaces, and inline markers as
 * letters when the line holds any other character (a line of only `*`, `_`, `-`, `=`, `` ` ``
 * or `~` may be a thematic break, setext underline or closing fence as a whole; `<`, `>`, `]`,
 * `-`, `?` and `/` stay, as they end HTML blocks, and so does `` ` ``, which unmakes a fence opener). Same length: no offset moves, and
 * micromark counts a tab as one column.
 */
export function calmLongLines(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > CALM_FROM) {
      let plain = false;
      for (let i = start; i < end && !plain; i++) plain = !RULE_CHARS.has(text[i]!);
      for (let i = start + CALM_FROM; i < end; i++) {
        const c = text[i]!;
        const calm = c === '\t' ? ' ' : plain && INLINE_MARKS.has(c) ? 'x' : null;
        if (calm === null) continue;
        (out ??= []).push(text.slice(copied, i), calm);
        copied = i + 1;
      }
    }
    start = end + 1;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}
