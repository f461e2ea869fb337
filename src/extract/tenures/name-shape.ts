/** Whether text reads as a person's name, by the shape of its words. */

/** Lower-case words that names hold (`Thomas de Maizière`, `Ursula von der Leyen`, `Mohammed bin Salman`), and `and` between two. */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'zu', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'and']);
const NAME_WORD = /^(?:[\p{Lu}\p{Lt}]|(?:al|el|ad|d)['’-]|\P{Script=Latin})/u;

/**
 * Whether the text after dates written first reads as a name (up to its first comma or bracket):
 * at most six words, each capitalised, a particle or in another script. `1958: Ministry founded`
 * and `1958–1972: Expansion under Chen Yi` in a timeline are no leader entries.
 */
export function looksLikeName(text: string): boolean {
  const head = text.split(/[,(\[]/u, 1)[0]!.trim();
  if (!/\p{L}/u.test(head)) return false;
  const words = head.split(/\s+/u);
  return words.length <= 6 && words.every((word) => NAME_WORD.test(word) || PARTICLES.has(word.toLowerCase()));
}
