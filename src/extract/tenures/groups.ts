/** A top-level parenthesised group of an entry line. */
export interface Group {
  /** Offset of "(" in the entry text. */
  open: number;
  /** Offset just after ")" (or the text length when it is never closed). */
  close: number;
  /** Text between the parentheses. */
  inner: string;
  closed: boolean;
}

/** Three or four digits: a bracket that may hold a year. */
export const HAS_YEAR = /\d{3,4}/;

const OPENERS: Record<string, string> = { '(': ')', '[': ']' };

/** Top-level "(…)" groups, balanced over nested () and []; one linear pass. */
export function parenGroups(text: string): Group[] {
  const groups: Group[] = [];
  const stack: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') {
      if (stack.length === 0 && c === '(') open = i;
      stack.push(OPENERS[c]!);
    } else if (stack.length > 0 && c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0 && open !== -1) {
        groups.push({ open, close: i + 1, inner: text.slice(open + 1, i), closed: true });
        open = -1;
      }
    }
  }
  if (stack.length > 0 && open !== -1) groups.push({ open, close: text.length, inner: text.slice(open + 1), closed: false });
  return groups;
}

/** Splits at ";" outside nested brackets, keeping each piece's offset. */
export function splitTopLevel(text: string, separator = ';'): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      pieces.push({ text: text.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  pieces.push({ text: text.slice(from), offset: from });
  return pieces;
}
