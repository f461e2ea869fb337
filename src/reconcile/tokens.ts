import { fold } from './normalise.ts';
import { wordHash } from './word-filter.ts';

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
  /** `wordHash` of `fold` (see word-filter.ts). */
  hash: number;
  /** Written in lower case, in letters that have a case (`of`, `de`; not `Of`, `王`, `1990`). */
  lower: boolean;
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
    const folded = fold(norm);
    const cap = capOf(raw);
    form = { norm, fold: folded, cap, hash: wordHash(folded), lower: cap === 'any' && raw.toUpperCase() !== raw.toLowerCase() };
    if (forms.size >= MAX_FORMS) forms.clear();
    if (raw.length <= 64) forms.set(raw, form);
  }
  out.starts.push(start);
  out.ends.push(start + raw.length);
  out.forms.push(form);
}

/** A run token: split into one token per character of a script without spaces when it holds one. */
function pushRun(out: Tokens, raw: string, at: number): void {
  if (HAS_NO_SPACE.test(raw)) {
    for (const part of raw.matchAll(SPLIT_NO_SPACE)) push(out, part[0], at + part.index);
  } else push(out, raw, at);
}

/** What a code point is to the tokenizer. */
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
/** Classes of BMP code points, filled as met (0: not yet). */
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) classes[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : SPACE_CHAR.test(String.fromCharCode(c)) ? SPACE : OTHER;

function classOf(char: string, code: number): number {
  if (code < 0x10000) {
    let k = classes[code]!;
    if (k === 0) classes[code] = k = WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
    return k;
  }
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

/**
 * The tokens of a text: what `/[\p{L}\p{M}\p{N}]+|\S/gu` matches, a run split further when it
 * holds a character of a script without spaces. Written as a loop over code points with a class
 * table (a regular expression with Unicode properties cost most of the reconcile step's scan);
 * test/reconcile/tokens.test.ts checks it against that expression.
 */
export function tokenize(text: string): Tokens {
  const out: Tokens = { starts: [], ends: [], forms: [] };
  let run = -1;
  let ascii = true;
  const end = (at: number): void => {
    if (run < 0) return;
    const raw = text.slice(run, at);
    if (ascii) push(out, raw, run);
    else pushRun(out, raw, run);
    run = -1;
  };
  for (let i = 0; i < text.length; ) {
    let code = text.charCodeAt(i);
    let width = 1;
    let kind: number;
    if (code < 128) kind = classes[code]!;
    else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      kind = classOf(text.slice(i, i + width), code);
    }
    if (kind === WORD) {
      if (run < 0) {
        run = i;
        ascii = true;
      }
      if (code >= 128) ascii = false;
    } else {
      end(i);
      if (kind === OTHER) push(out, text.slice(i, i + width), i);
    }
    i += width;
  }
  end(text.length);
  return out;
}

/** Does a text token satisfy the case of a name token? Lower-case name words ("of", "de") match any case. */
export function capFits(name: Cap, text: Cap): boolean {
  if (name === 'any') return true;
  if (name === 'all') return text === 'all';
  return text !== 'any';
}
