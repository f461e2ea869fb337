import { createHash } from 'node:crypto';
import { fold, matchKey } from './normalise.ts';

/**
 * Readable, deterministic slugs. A slug depends only on the text it is made from:
 * - Latin text: diacritics folded, lower case, apostrophes dropped, every other run of
 *   non-letters/digits one "-": `Office of the Central Foreign Affairs Commission` →
 *   `office-of-the-central-foreign-affairs-commission`, `Robert C. O'Brien` → `robert-c-obrien`.
 * - Other scripts keep their letters (NFC): `中央外事工作委员会办公室` → itself, so a name with no
 *   Latin letter still gives a usable, readable id.
 * - Longer than MAX_SLUG: cut at a "-" and suffixed with 8 hex digits of the SHA-256 of the full
 *   slug, so that two long names sharing a prefix still differ.
 */
export const MAX_SLUG = 80;

const APOSTROPHES = /['\u2018\u2019\u02BC`]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

function cut(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const room = MAX_SLUG - 9;
  let head = slug.slice(0, room);
  const dash = head.lastIndexOf('-');
  if (dash > room / 2) head = head.slice(0, dash);
  return `${head}-${shortHash(slug)}`;
}

function slugWith(text: string, folded: boolean): string {
  const key = matchKey(text);
  const base = (folded ? fold(key) : key).replace(APOSTROPHES, '').replace(NOT_WORD, '-');
  let a = 0;
  let b = base.length;
  while (a < b && base[a] === '-') a++;
  while (b > a && base[b - 1] === '-') b--;
  return base.slice(a, b);
}

/** The slug of a name (diacritics folded); never empty (a name with no letter or digit gives `x-<hash>`). */
export function slugOf(text: string): string {
  const slug = slugWith(text, true);
  return slug === '' ? `x-${shortHash(matchKey(text))}` : cut(slug);
}

/** The slug keeping diacritics (`Lü Feng` → `lü-feng`): tells apart names that differ only by them. */
export function markedSlugOf(text: string): string {
  const slug = slugWith(text, false);
  return slug === '' ? `x-${shortHash(matchKey(text))}` : cut(slug);
}

export type EntityType = 'person' | 'organization';

export const entityId = (type: EntityType, ...slugs: string[]): string => `${type}/${slugs.join('/')}`;

/** A disambiguated id: `person/wang-yi--王毅` (a slug never holds "--", so the suffix is unambiguous). */
export const qualifiedId = (base: string, qualifier: string): string => `${base}--${qualifier}`;
