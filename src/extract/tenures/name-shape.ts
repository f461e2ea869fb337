/** Whether text reads as a person's name, by the shape of its words. */
import { withoutWikiLinks } from '../../text/wiki-links.ts';

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

/**
 * Words that make a name a body's, a document's or an event's, first (`Ministry of Tests`, `Treaty
 * of Friendship`) or last (`Research Office`, `Beijing Conference`, `Annual Report`). Surnames
 * that are also such words (`Margaret Court`, `Bonar Law`, `Robert Service`, `Frank Church`,
 * `Edward House`) are not among them.
 */
export const BODY_NAME_WORDS: ReadonlySet<string> = new Set([
  'office', 'bureau', 'commission', 'committee', 'ministry', 'department', 'council', 'agency', 'administration', 'institute',
  'academy', 'conference', 'treaty', 'report', 'review', 'division', 'centre', 'center', 'university', 'company', 'corporation',
  'association', 'federation', 'secretariat', 'directorate', 'headquarters', 'olympics', 'revolution', 'campaign', 'movement',
  'programme', 'program', 'project', 'summit', 'agreement', 'accord', 'act', 'plenum', 'congress', 'assembly', 'parliament',
  'cabinet', 'government', 'commissariat', 'inspectorate', 'authority', 'tribunal', 'bank', 'command', 'forces', 'army', 'navy',
]);

/** Whether a leader entry's name is a body's, a document's or an event's (see BODY_NAME_WORDS): then it is no leader's entry. */
export function namesBody(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return false;
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase().replace(/[.,;:]+$/u, '');
  return BODY_NAME_WORDS.has(last) || (BODY_NAME_WORDS.has(first) && words[1]!.toLowerCase() === 'of');
}

const BARE_NAME = /^\p{Lu}[^\d]*$/u;

/** A name right after a range, without a separator: it starts with a capital and holds no digit (a wiki link read as shown). */
export const bareName = (text: string): boolean => BARE_NAME.test(text.includes('[[') ? withoutWikiLinks(text) : text);
