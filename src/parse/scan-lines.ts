/**
 * Line-level pre-pass: finds the wiki constructs remark-parse does not know
 * (`= Title =` headings, `; Header` terms, the Infobox block). All loops are
 * linear in the line length: no regular expression here can backtrack.
 */

export type WikiLine =
  | { kind: 'heading'; line: number; depth: number; text: string; start: number; end: number }
  | { kind: 'term'; line: number; text: string; start: number; end: number }
  | { kind: 'infobox-start'; line: number; start: number; end: number }
  | { kind: 'infobox-field'; line: number; text: string; start: number; end: number }
  /** An indented line right after a field: more of that field's value. */
  | { kind: 'infobox-more'; line: number; text: string; start: number; end: number };

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

function trimBounds(s: string): [number, number] {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  return [a, b];
}

/** The line without HTML comments at its end (`== Leaders == <!-- see talk -->`), which wiki text allows after a heading. */
function withoutTrailingComments(raw: string): string {
  let end = raw.trimEnd();
  // A loop from the end, not a regex: one that tries each `<!--` to the end of the line is quadratic.
  while (end.endsWith('-->')) {
    const open = end.lastIndexOf('<!--', end.length - 3);
    if (open === -1) break;
    end = end.slice(0, open).trimEnd();
  }
  return end;
}

/** `== Text ==` → depth 2, text. Unbalanced markers keep the extra "=" as text. */
export function headingOf(written: string): { depth: number; text: string } | null {
  const raw = written.includes('-->') ? withoutTrailingComments(written) : written;
  const [a, b] = trimBounds(raw);
  let lead = 0;
  while (a + lead < b && raw[a + lead] === '=') lead++;
  let trail = 0;
  while (trail < b - a - lead && raw[b - 1 - trail] === '=') trail++;
  if (lead === 0 || trail === 0) return null;
  const depth = Math.min(lead, trail);
  const inner = raw.slice(a + depth, b - depth).trim();
  if (inner === '' || /^=+$/.test(inner)) return null;
  return { depth, text: inner };
}

/** `; Header` → Header; `; Header:` → Header too (the colon introduces the list below, as in `;Directors:`). */
export function termOf(raw: string): string | null {
  if (raw[0] !== ';') return null;
  // `;; Third deputies`: a nested header is one too. (A loop: `/\s*:$/` backtracks quadratically over a run of spaces.)
  let at = 1;
  while (raw[at] === ';') at++;
  let text = raw.slice(at).trim();
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  return text === '' ? null : text;
}

/** `Infobox`, `Infobox government agency`, `Infobox:`; also bold (`'''Infobox'''`) or opening a template (`{{Infobox …`). */
const INFOBOX_LINE = /^(?:\{\{[ \t]*|'''?)?infobox(?:[ \t]+[\p{L}\p{N} _-]{1,60})?[ \t]*(?:'''?)?[ \t]*:?$/iu;

export function isInfoboxStart(raw: string): boolean {
  const t = raw.trim();
  return t.length <= 80 && INFOBOX_LINE.test(t);
}

const LETTER = /^\p{L}$/u;

/**
 * `- Key: Value` / `* Key: Value` → "Key: Value" (the bullet removed). In the block, a bullet
 * written without its space before a key and a colon (`-Agency Name: X`) is one too.
 */
export function fieldOf(raw: string): string | null {
  const [a, b] = trimBounds(raw);
  const c = raw[a];
  if (c !== '-' && c !== '*') return null;
  const tight = !isSpace(raw[a + 1]);
  if (tight && !(LETTER.test(raw[a + 1] ?? '') && raw.indexOf(':', a) !== -1)) return null;
  const text = raw.slice(a + (tight ? 1 : 2), b).trim();
  return text === '' ? null : text;
}

/** `Agency Name: X` without a bullet: a key of one to four words from a capital, a colon, then a space or the end. */
const BARE_FIELD = /^\p{Lu}[\p{L}\p{N}_()'’/.-]*(?:[ \t][\p{L}\p{N}_()'’/.-]+){0,3}:(?:[ \t]|$)/u;

/** A bare field's key and colon are within this many first characters (the pattern reads no more). */
const BARE_KEY_MAX = 48;

/**
 * `Key: Value` written without a bullet, right under `Infobox` or under a field with no blank line
 * between (`adjacent`): a field too (the text, trimmed); else null. Not indented: that wraps a value.
 */
function bareFieldOf(raw: string, adjacent: boolean): string | null {
  return adjacent && BARE_FIELD.test(raw.slice(0, BARE_KEY_MAX)) ? raw.trim() : null;
}

/** A field with a key: `Key: Value`, `Key:` (a bullet list item without one is no field after a blank line). */
const hasKey = (field: string): boolean => field.indexOf(':') > 0;

export function scanLines(text: string): WikiLine[] {
  const found: WikiLine[] = [];
  let inInfobox = false;
  let sawField = false;
  /** Blank lines since the block's last field. */
  let gap = false;
  /** The block's last field has a key (only such a field's value can wrap). */
  let keyed = false;
  /** No blank line since `Infobox` or the block's last field: a field may be written without a bullet. */
  let adjacent = false;
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, end);
    if (inInfobox) {
      const field = fieldOf(raw) ?? bareFieldOf(raw, adjacent);
      const blank = raw.trim() === '';
      if (field !== null && !(gap && !hasKey(field))) {
        found.push({ kind: 'infobox-field', line, text: field, start, end });
        sawField = true;
        gap = false;
        keyed = hasKey(field);
        adjacent = true;
      } else if (blank) {
        adjacent = false;
        // Blank lines between "Infobox" and its first field belong to the block, and so do
        // those between its fields: the block goes on if a `Key: Value` line comes next.
        gap = sawField;
      } else if (keyed && !gap && isSpace(raw[0])) {
        // An indented line right after a field wraps its value (as a list item's would in markdown).
        found.push({ kind: 'infobox-more', line, text: raw.trim(), start, end });
      } else {
        inInfobox = false;
      }
    }
    if (!inInfobox) {
      // Indentation is not markup: an indented `; Header` or `Infobox` line is one too.
      let lead = 0;
      while (isSpace(raw[lead])) lead++;
      const first = raw[lead];
      const heading = first === '=' ? headingOf(raw) : null;
      const term = heading || first !== ';' ? null : termOf(lead === 0 ? raw : raw.slice(lead));
      if (heading) found.push({ kind: 'heading', line, depth: heading.depth, text: heading.text, start, end });
      else if (term !== null) found.push({ kind: 'term', line, text: term, start, end });
      else if ((first === 'I' || first === 'i' || first === '{' || first === "'") && isInfoboxStart(raw)) {
        found.push({ kind: 'infobox-start', line, start, end });
        inInfobox = true;
        sawField = false;
        gap = false;
        keyed = false;
        adjacent = true;
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return found;
}
