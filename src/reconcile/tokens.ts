import { fold } from './normalise.ts';

/**
 * Word tokens for name matching. A token is a maximal run of letters, marks and digits, or one
 * character of a script written without spaces (Han, kana, Thai, …: each character is a token,
 * so a native name is found inside a longer run), or one other non-space character
 * (punctuation: dashes count as "-", curly quotes as straight ones). Whitespace separates tokens
 * and is not one, so `H. R. McMaster` and `H.R. McMaster` give the same tokens, and a name is only
 * ever found on token boundaries (whole words). Linear in the length of the text.
 */

/** How a name token constrains the case of the text token it matches. */
export type Cap = 'any' | 'initial' | 'all';

/** What a token reads as, shared by every token written the same way. */
export interface TokenForm {
  /** NFC, lower case, punctuation unified. */
  norm: string;
  /** `norm` with diacritics removed. */
  fold: string;
  /** The case written: all capitals (two letters or more), an initial capital, or neither. */
  cap: Cap;
}

/**
 * The tokens of a text as parallel arrays (a text of 10 MB has millions of tokens: one object
 * each would be most of the reconcile step's time, in the garbage collector). Token i spans
 * `starts[i]`..`ends[i]` (UTF-16 offsets, end exclusive) and reads as `forms[i]`.
 */
export interface Tokens {
  starts: number[];
  ends: number[];
  forms: TokenForm[];
}

const NO_SPACE_SCRIPT = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\p{Script=Tibetan}';
const RUN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const HAS_NO_SPACE = new RegExp(`[${NO_SPACE_SCRIPT}]`, 'u');
const SPLIT_NO_SPACE = new RegExp(`[${NO_SPACE_SCRIPT}]\\p{M}*|[^${NO_SPACE_SCRIPT}]+`, 'gu');
const DASH = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
const SINGLE_QUOTE = /^[\u2018\u2019\u201B\u2032\u02BC`]$/u;
const DOUBLE_QUOTE = /^[\u201C\u201D\u201F\u2033]$/u;

function capOf(raw: string): Cap {
  const upper = raw.toUpperCase();
  const lower = raw.toLowerCase();
  if (upper === lower) return 'any';
  const first = raw[0] ?? '';
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && raw === upper) return 'all';
  return first !== first.toLowerCase() ? 'initial' : 'any';
}

function normOf(raw: string): string {
  if (raw.length === 1 || raw.length === 2) {
    if (DASH.test(raw)) return '-';
    if (SINGLE_QUOTE.test(raw)) return "'";
    if (DOUBLE_QUOTE.test(raw)) return '"';
  }
  return raw.normalize('NFC').toLowerCase();
}

/** Token forms by raw text: names recur, so most tokens are looked up, not recomputed. Bounded. */
const forms = new Map<string, TokenForm>();
const MAX_FORMS = 200_000;

function push(out: Tokens, raw: string, start: number): void {
  let form = forms.get(raw);
  if (form === undefined) {
    const norm = normOf(raw);
    form = { norm, fold: fold(norm), cap: capOf(raw) };
    if (forms.size >= MAX_FORMS) forms.clear();
    if (raw.length <= 64) forms.set(raw, form);
  }
  out.starts.push(start);
  out.ends.push(start + raw.length);
  out.forms.push(form);
}

export function tokenize(text: string): Tokens {
  const out: Tokens = { starts: [], ends: [], forms: [] };
  for (const m of text.matchAll(RUN)) {
    const raw = m[0];
    const at = m.index;
    if (raw.length > 1 && HAS_NO_SPACE.test(raw)) {
      for (const part of raw.matchAll(SPLIT_NO_SPACE)) push(out, part[0], at + part.index);
    } else push(out, raw, at);
  }
  return out;
}

/** Does a text token satisfy the case of a name token? Lower-case name words ("of", "de") match any case. */
export function capFits(name: Cap, text: Cap): boolean {
  if (name === 'any') return true;
  if (name === 'all') return text === 'all';
  return text !== 'any';
}
