/**
 * A name written with a post, a standing or a title (`Li Keqiang, Premier`, `Chairman: Hua
 * Guofeng`, `Wei Jianxing, acting`, `Lt. Gen. Brent Scowcroft`): the name, and what is written with it.
 */
import { trimSeparators as trimPunct } from '../text/trim.ts';

/** First words of a post written beside the name (`Li Keqiang, Premier`, `Chairman: Hua Guofeng`), lower case. */
const POST_WORDS: ReadonlySet<string> = new Set([
  'acting', 'interim', 'caretaker', 'director', 'deputy', 'vice', 'minister', 'secretary', 'undersecretary', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'premier', 'president', 'governor', 'head', 'chief', 'commander', 'ambassador', 'mayor', 'administrator', 'commissioner',
  'commissar', 'executive', 'councillor', 'councilor', 'counsellor', 'counselor', 'adviser', 'advisor', 'member', 'leader',
  'officer', 'coordinator', 'assistant', 'general', 'first', 'senior', 'principal', 'permanent', 'state', 'party', 'political',
  'spokesperson', 'spokesman', 'envoy', 'representative', 'dean', 'registrar', 'treasurer', 'auditor', 'inspector',
]);

/** Whether a word of `text` is a post word (`State Councilor`, `Deputy Director`): a post, not a name. */
export function hasPostWord(text: string): boolean {
  return postWordIn(text.split(/[\s.'’-]+/u), (word) => word);
}

/** The singular of a plural word (`secretaries`, `chairmen`, `ministers`); other words as they are. */
const singular = (word: string): string => word.replace(/ies$/u, 'y').replace(/men$/u, 'man').replace(/(?<=[^s])s$/u, '');

/** Whether a word of `text`, singular or plural, is a post word (`Ministers`, `Secretaries-General`, `Vice Chairmen`). */
export function namesPost(text: string): boolean {
  return postWordIn(text.split(/[^\p{L}]+/u), singular);
}

/** Whether one of `words`, lower-cased and normalised, is a post word. */
function postWordIn(words: readonly string[], normalise: (word: string) => string): boolean {
  return words.some((word) => POST_WORDS.has(normalise(word.toLowerCase())));
}

/** `Director: Wang Yi`, `First Secretary – Wang Yi`: up to five words, a colon or spaced dash, then the name. */
const POST_FIRST = /^((?:[\p{L}.'’-]+ ){0,4}[\p{L}.'’-]+)\s*(?::\s*|\s[–—-]\s+)(?=\S)/u;

/** A post written before the name (its first word a post word), and the name after it; else null. */
function postBefore(text: string): { post: string; person: string } | null {
  const m = POST_FIRST.exec(text);
  const first = m ? /^\p{L}+/u.exec(m[1]!)?.[0].toLowerCase() : undefined;
  if (!m || first === undefined || !POST_WORDS.has(first)) return null;
  const person = trimPunct(text.slice(m[0].length));
  return person === '' ? null : { post: m[1]!, person };
}

const POST_SEPARATOR = /[,:]|\s[–—-]\s/gu;
/** The first word of a post, after an ordinal (`Zhou Enlai, 1st Premier`). */
const FIRST_WORD = /\s*(?:\d{1,2}(?:st|nd|rd|th)\s+)?(\p{L}+)/uy;

const STANDING = /^(?:acting|interim)$/i;

/** Standings written with a name (`acting`, `interim`, `caretaker`), in any case. */
export const STANDING_WORDS = ['acting', 'interim', 'caretaker'] as const;

/** Whether `text` is one standing word (see STANDING_WORDS). */
export function isStanding(text: string): boolean {
  return (STANDING_WORDS as readonly string[]).includes(text.toLowerCase());
}

/** The first comma, colon or spaced dash followed by a post word: the name before it and the post after it (`Hiroko Ōta: Minister of State …`); else null. */
function postAfter(text: string): { post: string; person: string } | null {
  for (const separator of text.matchAll(POST_SEPARATOR)) {
    const at = separator.index + separator[0].length;
    FIRST_WORD.lastIndex = at;
    const word = FIRST_WORD.exec(text)?.[1]?.toLowerCase();
    if (word === undefined || !POST_WORDS.has(word)) continue;
    const person = trimPunct(text.slice(0, separator.index));
    return person === '' ? null : { post: text.slice(at).trim(), person };
  }
  return null;
}

/**
 * `Director: Wang Yi`, `Acting: Luo Gan` (see `postBefore`), `Li Keqiang, Premier`, `Wang Yi –
 * Director`, `Wei Jianxing, acting` (see `postAfter`): the name and the post; a standing alone is
 * written one way (`Acting:`, `, Acting` → `acting`). Else null.
 */
export function postBeside(text: string): { post: string; person: string } | null {
  const found = postBefore(text) ?? postAfter(text);
  if (found === null) return null;
  return STANDING.test(found.post) ? { ...found, post: found.post.toLowerCase() } : found;
}

/**
 * `Gen. Michael Hayden`, `Lt. Gen. Brent Scowcroft`, `Major-General Sir Stewart Menzies`, `Marshal Peng Dehuai`, `Dr. Wolfgang Schmidt`, `Sir Humphrey
 * Appleby`, `The Rt Hon. Oliver Dowden`, `Shri Rajnath Singh`: a rank or honorific before a
 * capitalised name (not before a post: `General Secretary`). A one-word abbreviation that is also
 * a given name or surname (`Gen Nakatani`, `Hon Sui Sen`) is one only with its full stop; `Dr`,
 * `Prof`, `Mr`, `Mrs`, `Ms` and two-word ranks (`Lt Gen`) are ones without it too, and so are the
 * capitals of US ranks (`RADM`, `LTG`).
 */
const TITLE_FIRST =
  /^((?:The\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Hon(?:ou)?rable|Hon(?:ou)?rable|Hon\.)|H\.\s?E\.|Shri|Smt\.?|Shrimati|(?:Lt|Lieut|Maj|Brig|Vice|Rear)\.?(?:\s+|-)(?:Gen|Adm|Col|Capt|Cdr)\.?|(?:Gen|Adm|Col|Capt|Cdr|Cmdr|Comdr|Rev|Amb)\.|(?:ADM|VADM|RADM|GEN|LTG|COL)|(?:Dr|Prof|Mr|Mrs|Ms)\.?|(?:(?:Lieutenant|Major|Brigadier|Vice|Rear|Senior|Fleet|Grand|Wing|Group|Army|Police)(?:\s+|-))?(?:General|Admiral|Colonel|Captain|Commander)|(?:(?:Field|Air(?:\s+Chief|\s+Vice)?)(?:\s+|-))?Marshal|(?:Air\s+)?Commodore|Brigadier|Lieutenant|Ambassador|Professor|Doctor|Sir|Dame)\s+(?=(\p{Lu}\p{L}*))/u;

/** Post-nominal letters after the name (`Oliver Dowden CBE MP`, `Michael Hayden, USAF`): honours, seats, services and branches, not part of it. */
const HONOURS_AFTER = /(?:,?\s+(?:MP|MSP|MEP|MLA|QC|KC|PC|CBE|OBE|MBE|KBE|DBE|GBE|CB|KCB|GCB|DCB|KCMG|GCMG|DCMG|CMG|KCVO|GCVO|DCVO|CVO|LVO|MVO|DSO|MC|DFC|AFC|VC|GC|GCSI|KCSI|CSI|GCIE|KCIE|CIE|QPM|KPM|DL|JP|TD|FRS|FRSE|FBA|KG|KT|CH|OM|IAS|IPS|IFS|IP|PVSM|AVSM|UYSM|VSM|USA|USAF|USN|USMC|USCG|RN|RAF|RAAF|RCN))+$/u;

/** A peerage's title, perhaps numbered (`Baron King of Lothbury`, `1st Baron Norman`). */
const PEERAGE = "(?:\\d{1,2}(?:st|nd|rd|th)\\s+)?(?:Baron|Baroness|Lord|Lady|Viscount|Viscountess|Earl|Countess|Marquess|Marchioness|Duke|Duchess)\\s+\\p{Lu}[\\p{L}'’ -]*";

/** A peerage after the name and a comma (`Mervyn King, Baron King of Lothbury`, `Montagu Norman, 1st Baron Norman`): a title, not part of it. */
const PEERAGE_AFTER = new RegExp(`,\\s+${PEERAGE}$`, 'u');

/** Whether the text is a peerage's title (what follows a name and a comma, not another person). */
export const isPeerage = (text: string): boolean => new RegExp(`^${PEERAGE}$`, 'u').test(text.trim());

/** At most this many titles in a row (`The Rt Hon. Sir John Major`). */
const MAX_TITLES = 3;

/** Post-nominal letters are looked for in this many last characters only (the search is then linear). */
const HONOURS_TAIL = 96;

/**
 * Ranks and honorifics before the name (see TITLE_FIRST) and post-nominal letters or a peerage
 * after it (see HONOURS_AFTER, PEERAGE_AFTER), as written, and the name; else null.
 */
export function titlesOf(text: string): { title: string; person: string } | null {
  const titles: string[] = [];
  let person = text;
  for (let m = TITLE_FIRST.exec(person); m !== null && titles.length < MAX_TITLES; m = TITLE_FIRST.exec(person)) {
    if (POST_WORDS.has(m[2]!.toLowerCase()) || !/\s\p{Lu}/u.test(person.slice(m[0].length - 1))) break;
    titles.push(m[1]!);
    person = person.slice(m[0].length);
  }
  const from = Math.max(0, person.length - HONOURS_TAIL);
  const after = HONOURS_AFTER.exec(person.slice(from)) ?? PEERAGE_AFTER.exec(person.slice(from));
  const named = after === null ? person : person.slice(0, from + after.index).replace(/,$/u, '');
  if (after !== null && /\p{L}/u.test(named)) {
    const before = titles.join(' ');
    const written = after[0].replace(/^,?\s+/u, '');
    return { title: before === '' ? written : `${before}; ${written}`, person: named };
  }
  return titles.length === 0 ? null : { title: titles.join(' '), person };
}

/** `Vacant`, `Office vacant`: a time the post was empty, which names nobody. */
const VACANT = /^(?:(?:office|post|position|seat)\s+)?(?:vacant|vacancy)$/i;

export function isVacancy(name: string): boolean {
  return VACANT.test(name.trim());
}
