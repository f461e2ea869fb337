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
  /** Every entity with this spelling (one name may belong to many: homonyms, shared names). */
  payloads: T[];
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

/** A trie node. Most nodes are leaves or links of one name: what a node lacks is null, not an empty Map (a few hundred bytes each, at hundreds of thousands of nodes). */
interface Node<T> {
  next: Map<string, Node<T>> | null;
  /** Names that may be found in any text, one variant per spelling. */
  variants: Variant<T>[] | null;
  /**
   * Names that may be found only in some documents (internal units), by document. A corpus
   * holds one `General Bureau` per organization: trying them all at every occurrence would grow
   * with the square of the corpus.
   */
  scoped: Map<string, Variant<T>[]> | null;
}

const node = <T>(): Node<T> => ({ next: null, variants: null, scoped: null });

export class NameMatcher<T> {
  private readonly root: Node<T> = node();
  /** Variants by spelling (the tokens, which fix the trie path, and their case), to add a payload to its spelling. */
  private readonly spellings = new Map<string, Variant<T>>();

  /** Indexes a name (found only in the documents of `scope`, when given); returns false when it has no token or too many. */
  add(name: string, payload: T, scope: Iterable<string> | null = null): boolean {
    const { forms } = tokenize(name);
    if (forms.length === 0 || forms.length > MAX_NAME_TOKENS) return false;
    let at = this.root;
    for (const t of forms) {
      let child = at.next?.get(t.fold);
      if (!child) {
        child = node();
        (at.next ??= new Map()).set(t.fold, child);
      }
      at = child;
    }
    const norms = forms.map((t) => t.norm);
    const caps = forms.map((t) => t.cap);
    if (scope === null) {
      const spelling = `${norms.join('\u0000')}\u0001${caps.join(',')}`;
      const same = this.spellings.get(spelling);
      if (same) same.payloads.push(payload);
      else {
        const variant: Variant<T> = { payloads: [payload], norms, caps };
        this.spellings.set(spelling, variant);
        (at.variants ??= []).push(variant);
      }
      return true;
    }
    const variant: Variant<T> = { payloads: [payload], norms, caps };
    at.scoped ??= new Map();
    for (const doc of scope) {
      const list = at.scoped.get(doc);
      if (list) list.push(variant);
      else at.scoped.set(doc, [variant]);
    }
    return true;
  }

  /**
   * Every non-overlapping name in `text` (a text of document `doc`), longest first at each
   * position. `resolve` gets the variants that fit (case respected) and returns the value to
   * keep, or null to reject.
   */
  scan<R>(text: string, doc: string, resolve: (fits: readonly Fit<T>[]) => R | null): Match<R>[] {
    return this.scanTokens(tokenize(text), doc, resolve);
  }

  /** `scan` of a text already tokenized. */
  scanTokens<R>(tokens: Tokens, doc: string, resolve: (fits: readonly Fit<T>[]) => R | null): Match<R>[] {
    const out: Match<R>[] = [];
    const count = tokens.forms.length;
    let i = 0;
    while (i < count) {
      // Most tokens start no name: skip them without building anything.
      if (!this.root.next?.has(tokens.forms[i]!.fold)) {
        i++;
        continue;
      }
      const ends = this.endsAt(tokens, i, doc);
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
  private endsAt(tokens: Tokens, i: number, doc: string): { to: number; variants: Variant<T>[] }[] {
    const found: { to: number; variants: Variant<T>[] }[] = [];
    let at: Node<T> | undefined = this.root;
    for (let j = i; j < tokens.forms.length && at; j++) {
      at = at.next?.get(tokens.forms[j]!.fold);
      if (!at) break;
      const scoped = at.scoped?.get(doc);
      const variants = scoped ? [...(at.variants ?? []), ...scoped] : at.variants;
      if (variants !== null && variants.length > 0) found.push({ to: j + 1, variants });
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
