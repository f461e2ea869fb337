import { withoutWikiLinks } from '../text/wiki-links.ts';
import { displayName, isNonLatin, splitTrailingParen } from './normalise.ts';
import { isPlaceAbbreviation } from './places.ts';

/**
 * Infobox fields that name an organization. Keys are compared lower-cased with spaces and
 * underscores collapsed:
 * - `name`: the subject's own name (`Agency Name`, `Name`, `Official Name`, `Full Name`, …);
 * - `native`: its native-script name (`Nativename A`, `Native Name`, `Nativename`), not
 *   `Native Name Lang`; `Nativename R` is a romanisation: an alias;
 * - `alias`: explicit other names of the subject (`Former Name(s)`, `Formerly`, `Renamed From`,
 *   `Also Known As`, `Other Names`, `Abbreviation`, `Acronym`, `Short Name`, …);
 * - `reference`: another organization (`Parent Agency`, `Parent Organization`, `Parent
 *   Department`, `Superior`, `PrecedingN`, `SupersedingN`, `Preceding Agency`, `Superseding
 *   Agencies`, `Precursor(s)`, `Predecessor(s)`, `Successor(s)`,
 *   `Subsidiaries`, `Child Agency N`).
 */
export type FieldRole = 'name' | 'native' | 'alias' | 'reference';

const NAME_KEYS = new Set(['name', 'agency name', 'official name', 'full name', 'english name', 'conventional name', 'organization name', 'organisation name', 'body name', 'long name', 'common name']);
const ALIAS_KEYS = new Set([
  'former name', 'former names', 'formerly', 'previous name', 'previous names', 'old name', 'old names', 'renamed from', 'also known as', 'aka',
  'other name', 'other names', 'alias', 'aliases', 'alternative name', 'alternative names', 'short name', 'abbreviation', 'abbreviations',
  'acronym', 'initialism', 'nickname', 'nativename r', 'native name r', 'romanized name', 'romanised name',
]);
const REFERENCE_KEY = /^(?:parent(?: (?:agency|organi[sz]ation|department|body|ministry|unit|institution|company))?|superior(?: (?:agency|body|organi[sz]ation))?|preceding ?\d*|superseding ?\d*|(?:preceding|superseding) agenc(?:y|ies)|precursors?|predecessors?|successors?|subsidiaries|child ?\d* ?agency ?\d*|child agencies)$/u;
/** Keys whose value may list several names separated by commas. */
const LIST_KEYS = /(?:names|aliases|abbreviations|subsidiaries|predecessors|successors|agencies)$/u;

const norm = (key: string): string => key.toLowerCase().replace(/[\s_]+/gu, ' ').trim();

export function fieldRole(key: string): FieldRole | null {
  const k = norm(key);
  if (NAME_KEYS.has(k)) return 'name';
  if (ALIAS_KEYS.has(k)) return 'alias';
  if (k === 'nativename' || k === 'native name' || k === 'nativename a' || k === 'native name a') return 'native';
  if (REFERENCE_KEY.test(k)) return 'reference';
  return null;
}

/** One name written in a field value, with a native-script name in brackets after it if any. */
export interface FieldName {
  name: string | null;
  native: string | null;
  /** A place in brackets after the name that tells it from others (`India` of `Ministry of Finance (India)`). */
  qualifier?: string;
}

/** `India`, `United Kingdom`, `Hong Kong SAR`: words from a capital without a digit (`(acting)`, `(1869–2001)`, `(MSS)` are none). */
const QUALIFIER = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}$/u;
/** Brackets that say how the body stands, not where it is. */
const STANDING = /^(?:acting|interim|former|defunct|abolished|dissolved|disbanded|merged|renamed|proposed|planned|de facto|de jure|until|since|from|to|now|later|formerly)\b/i;
const isQualifier = (inner: string): boolean => QUALIFIER.test(inner) && !STANDING.test(inner);

/**
 * The names a value holds, wiki links as the text they show: split at ";", " / " and `<br>` (and "," for list keys), each item `Name (native)`:
 * a bracketed part with no Latin letter is a native name; a short all-capitals one (`(MSS)`) an
 * abbreviation, returned as a second name; a place in words its qualifier; any other bracketed part is dropped. A value with
 * no Latin letter is a native name.
 */
export function fieldNames(key: string, value: string): FieldName[] {
  // `SIS / MI6`: a slash between spaces separates names too (`Foreign, Commonwealth & Development Office` has none).
  const separator = LIST_KEYS.test(norm(key)) ? /[;,]|\s\/\s|<br\s*\/?>/iu : /;|\s\/\s|<br\s*\/?>/iu;
  const out: FieldName[] = [];
  // `[[State Council of the People's Republic of China|State Council]]`: the text the link shows.
  for (const raw of withoutWikiLinks(value).split(separator)) {
    const item = displayName(raw);
    if (item === '' || item.length > 200) continue;
    if (isNonLatin(item)) {
      out.push({ name: null, native: item });
      continue;
    }
    const { head, inner } = splitTrailingParen(item);
    if (inner !== null && isNonLatin(inner)) out.push({ name: head, native: inner });
    // A country's abbreviation is a place: `Ministry of Defence (UK)`.
    else if (inner !== null && isPlaceAbbreviation(inner)) out.push({ name: head, native: null, qualifier: inner });
    // An abbreviation has a capital letter: `(1869–2001)` is a period, dropped.
    else if (inner !== null && /^[\p{Lu}\p{N}&.-]{2,10}$/u.test(inner) && /\p{Lu}/u.test(inner)) out.push({ name: head, native: null }, { name: inner, native: null });
    else out.push({ name: head, native: null, ...(inner !== null && isQualifier(inner) ? { qualifier: inner } : {}) });
  }
  return out;
}

/** Whether an infobox key gives the jurisdiction (`Jurisdiction`), which a title may name. */
export const isJurisdictionKey = (key: string): boolean => norm(key) === 'jurisdiction';

/** The jurisdiction a `Jurisdiction` value names, as shown (wiki links as their text). */
export const jurisdictionName = (value: string): string => displayName(withoutWikiLinks(value));

/**
 * The title without the jurisdiction it names (`State Council of the People's Republic of China`
 * with `Jurisdiction: People's Republic of China` → `State Council`; `United States National
 * Security Council` with `United States` → `National Security Council`), as a title without its
 * `(qualifier)` is; null when it names none, or when what is left is one word (`Cabinet of Japan`
 * leaves `Cabinet`, which names any cabinet).
 */
export function titleWithoutJurisdiction(title: string, jurisdiction: string): string | null {
  const t = title.trim();
  const j = jurisdictionName(jurisdiction).toLowerCase();
  if (j === '' || !/\p{L}/u.test(j)) return null;
  const lower = t.toLowerCase();
  // Cut by lengths of the lower-cased text: only where lower-casing keeps them.
  if (lower.length !== t.length) return null;
  let head: string | null = null;
  for (const suffix of [` of the ${j}`, ` of ${j}`]) if (head === null && lower.endsWith(suffix)) head = t.slice(0, t.length - suffix.length);
  if (head === null && lower.startsWith(`${j} `)) head = t.slice(j.length + 1);
  head = head?.trim() ?? null;
  return head !== null && /\s/u.test(head) && /^\p{Lu}/u.test(head) ? head : null;
}
