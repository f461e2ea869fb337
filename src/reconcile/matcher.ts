import { capFits, tokenize, type Cap, type Tokens } from './tokens.ts';

/**
 * One automaton for every name of every entity: a trie over diacritic-folded tokens. Scanning a
 * text costs O(tokens × longest name in tokens), whatever the number of names, so a corpus of
 * thousands of documents and thousands of names is one pass per text, not a regex per name.
 *
 * At each token the longest name that fits is taken first (`Office of the Central Foreign
 * Affairs Commission` wins over `Central Foreign Affairs Commission` inside it); when the longest
 * name found there is rejected by the resolver (ambiguous, out of scope), shorter ones are tried.
 * Then scanning goes on after the match, so matches never overlap.
 */

/** Names longer than this (in tokens) are not indexed: structured places still name them. */
export const MAX_NAME_TOKENS = 32;

export interface Variant<T> {
  payload: T;
  /** The name's tokens as written (lower case, diacritics kept). */
  norms: readonly string[];
  caps: readonly Cap[];
}

/** A variant whose tokens fit the text at hand; `exact` when the diacritics are the same too. */
export interface Fit<T> {
  variant: Variant<T>;
  exact: boolean;
}

export interface Match<R> {
  start: number;
  end: number;
  value: R;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  variants: Variant<T>[];
}

const node = <T>(): Node<T> => ({ next: new Map(), variants: [] });

export class NameMatcher<T> {
  private readonly root: Node<T> = node();

  /** Indexes a name; returns false when it has no token or too many. */
  add(name: string, payload: T): boolean {
    const { forms } = tokenize(name);
    if (forms.length === 0 || forms.length > MAX_NAME_TOKENS) return false;
    let at = this.root;
    for (const t of forms) {
      let child = at.next.get(t.fold);
      if (!child) {
        child = node();
        at.next.set(t.fold, child);
      }
      at = child;
    }
    at.variants.push({ payload, norms: forms.map((t) => t.norm), caps: forms.map((t) => t.cap) });
    return true;
  }

  /**
   * Every non-overlapping name in `text`, longest first at each position. `resolve` gets the
   * variants that fit (case respected) and returns the value to keep, or null to reject.
   */
  scan<R>(text: string, resolve: (fits: readonly Fit<T>[]) => R | null): Match<R>[] {
    const tokens = tokenize(text);
    const out: Match<R>[] = [];
    const count = tokens.forms.length;
    let i = 0;
    while (i < count) {
      // Most tokens start no name: skip them without building anything.
      if (!this.root.next.has(tokens.forms[i]!.fold)) {
        i++;
        continue;
      }
      const ends = this.endsAt(tokens, i);
      let taken = false;
      for (let k = ends.length - 1; k >= 0 && !taken; k--) {
        const { to, variants } = ends[k]!;
        const fits = fitting(variants, tokens, i);
        if (fits.length === 0) continue;
        const value = resolve(fits);
        if (value === null) continue;
        out.push({ start: tokens.starts[i]!, end: tokens.ends[to - 1]!, value });
        i = to;
        taken = true;
      }
      if (!taken) i++;
    }
    return out;
  }

  /** Trie nodes with names that end after token i, shortest first. */
  private endsAt(tokens: Tokens, i: number): { to: number; variants: Variant<T>[] }[] {
    const found: { to: number; variants: Variant<T>[] }[] = [];
    let at: Node<T> | undefined = this.root;
    for (let j = i; j < tokens.forms.length && at; j++) {
      at = at.next.get(tokens.forms[j]!.fold);
      if (at && at.variants.length > 0) found.push({ to: j + 1, variants: at.variants });
    }
    return found;
  }
}

function fitting<T>(variants: readonly Variant<T>[], tokens: Tokens, from: number): Fit<T>[] {
  const fits: Fit<T>[] = [];
  for (const variant of variants) {
    let caseOk = true;
    let exact = true;
    for (let k = 0; k < variant.norms.length && caseOk; k++) {
      const t = tokens.forms[from + k]!;
      caseOk = capFits(variant.caps[k]!, t.cap);
      if (t.norm !== variant.norms[k]) exact = false;
    }
    if (caseOk) fits.push({ variant, exact });
  }
  return fits;
}
