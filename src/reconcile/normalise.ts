/**
 * Name normalisation. Three levels, each a function of the name alone:
 * - `displayName`: NFC, every dash (‐ ‑ ‒ – — ― −) as "-", curly quotes as straight ones,
 *   whitespace runs as one space, trimmed. What an entity's name and aliases are written as.
 * - `matchKey`: `displayName` lower-cased. Two names with the same match key are the same name.
 * - `foldKey`: `matchKey` with diacritics removed (`Lü` → `lu`, `ß` → `ss`): used only to find
 *   names that differ by diacritics, never to merge on its own (see `people.ts`).
 * Every loop here is linear in the length of the name.
 */

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201B\u2032\u02BC]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201F\u2033]/gu;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/gu;

const PLAIN_ASCII = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/u;

export function displayName(name: string): string {
  if (PLAIN_ASCII.test(name)) return name;
  return name.normalize('NFC').replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(SPACES, ' ').trim();
}

export function matchKey(name: string): string {
  return displayName(name).toLowerCase();
}

/** Letters that do not decompose under NFD but have a plain Latin reading. */
const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h' };
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/u;
const SPECIAL_CHARS = /[ßæœøđðłþıħ]/gu;

/** Lower-cased text with diacritics removed (no other change: "吕峰" stays "吕峰"). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c).normalize('NFC');
}

export function foldKey(name: string): string {
  return fold(matchKey(name));
}

/** True when the name carries a diacritic (its fold differs from its lower-case form). */
export function hasDiacritics(name: string): boolean {
  const key = matchKey(name);
  return fold(key) !== key;
}

/** True when the text holds a Latin letter. */
export function hasLatin(text: string): boolean {
  return /\p{Script=Latin}/u.test(text);
}

/** True when the text holds a letter and no Latin letter (e.g. 中央外事工作委员会办公室). */
export function isNonLatin(text: string): boolean {
  return /\p{L}/u.test(text) && !hasLatin(text);
}

/**
 * "Name (qualifier)" → the name and what the last parenthesised group holds, if the text
 * ends with one; linear (one scan back to the matching "(").
 */
export function splitTrailingParen(text: string): { head: string; inner: string | null } {
  const t = text.trim();
  if (!t.endsWith(')')) return { head: t, inner: null };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) {
        const head = t.slice(0, i).trim();
        return head === '' ? { head: t, inner: null } : { head, inner: t.slice(i + 1, -1).trim() };
      }
    }
  }
  return { head: t, inner: null };
}
