/**
 * The words a document's scanned text holds, and the pairs of words it holds in a row (but pairs
 * of two lower-case words, see `keepsPair`), kept between runs as a Bloom filter of their folded
 * forms (about 1.25 bytes a distinct word or pair). A name can be found in a piece of text only
 * if the piece holds its folded words in a row (see `MentionScanner`), so when a run's names
 * change, a document whose filter cannot hold every word and every kept pair of any changed name
 * would be scanned to the same mentions: it keeps them. Pairs matter: a corpus of Chinese names
 * holds `Wang` and `Fang` in most documents, `Wang Fang` in few. The filter may say "may hold" of
 * a key a text does not hold (about 2% of the time, a scan too many), never the other way round.
 */
const BITS_PER_WORD = 10;
const PROBES = 4;
/** Smallest and largest filter, in bytes (powers of two). */
const MIN_BYTES = 8;
const MAX_BYTES = 1 << 16;

/** FNV-1a over the UTF-16 code units of a folded word. */
export function wordHash(fold: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < fold.length; i++) h = Math.imul(h ^ fold.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hash of two words in a row (of their `wordHash`es). */
export function pairHash(first: number, second: number): number {
  let h = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A word as the filter reads it: its `wordHash`, and whether it is written in lower case (see `TokenForm`). */
export interface FilterWord {
  hash: number;
  lower: boolean;
}

/**
 * Whether a filter keeps the pair of two neighbouring words: unless both are written in lower
 * case (most of a text's pairs). A name's word with a capital matches only a word with a capital,
 * and one without a case only itself (see `capFits`), so a name found in a text finds there each
 * of its pairs that is not two lower-case words; those are not asked for.
 */
const keepsPair = (a: FilterWord, b: FilterWord): boolean => !(a.lower && b.lower);

/** What a filter must hold for a text to hold a run of words: each word, and each pair of neighbours it keeps. */
export function keysOf(words: readonly FilterWord[]): number[] {
  const keys = words.map((w) => w.hash);
  for (let i = 1; i < words.length; i++) if (keepsPair(words[i - 1]!, words[i]!)) keys.push(pairHash(words[i - 1]!.hash, words[i]!.hash));
  return keys;
}

/** Bit positions of a word in a filter of `mask + 1` bits (double hashing from one 32-bit hash). */
function probe(hash: number, mask: number, visit: (bit: number) => boolean): boolean {
  const step = (Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) | 1) >>> 0;
  for (let i = 0, at = hash; i < PROBES; i++, at = (at + step) >>> 0) if (!visit(at & mask)) return false;
  return true;
}

/** The words of one document's text and their pairs, as met; `filter()` packs them. */
export class WordSet {
  readonly #hashes = new Set<number>();

  /** One piece of text, as its words in order (no pair spans two pieces). */
  addRun(words: readonly FilterWord[]): void {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      this.#hashes.add(word.hash);
      if (i > 0 && keepsPair(words[i - 1]!, word)) this.#hashes.add(pairHash(words[i - 1]!.hash, word.hash));
    }
  }

  /** The filter, base64 ('' for a text without words). */
  filter(): string {
    if (this.#hashes.size === 0) return '';
    let bytes = MIN_BYTES;
    while (bytes * 8 < this.#hashes.size * BITS_PER_WORD && bytes < MAX_BYTES) bytes *= 2;
    const bits = Buffer.alloc(bytes);
    const mask = bytes * 8 - 1;
    for (const hash of this.#hashes) {
      probe(hash, mask, (bit) => {
        bits[bit >>> 3]! |= 1 << (bit & 7);
        return true;
      });
    }
    return bits.toString('base64');
  }
}

/** Whether a text whose filter is `filter` may hold every key of `names[i]` for some i (names as `keysOf` their words). */
export function mayHoldAny(filter: string, names: readonly (readonly number[])[]): boolean {
  if (filter === '') return false;
  const bits = Buffer.from(filter, 'base64');
  const mask = bits.length * 8 - 1;
  const has = (bit: number): boolean => (bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  return names.some((words) => words.length > 0 && words.every((hash) => probe(hash, mask, has)));
}
