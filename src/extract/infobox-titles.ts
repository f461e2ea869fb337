/**
 * Infobox fields keyed by a post (`Chairman: Xi Jinping`, `Minister: Wang Yi`, `Commander1: Zhang
 * Youxia` with `Commander1 Label: Vice Chairman`, `Leader1: …` with `Leader1 Type: Speaker`), as
 * infoboxes of parties, legislatures and military bodies write their office holders.
 */
import { namesNobody } from '../text/nobody.ts';
import { hasPostWord } from './name-post.ts';
import { BODY_NAME_WORDS, looksLikeName } from './tenures/name-shape.ts';

/** A post, perhaps with a rank before it, and a number after it (`Vice Chairman`, `Commander1`). */
const TITLE_KEY =
  /^((?:(?:deputy|vice|first|executive|assistant|senior|managing)[ _-]?)?(?:chairman|chairwoman|chairperson|chair|deputy|president|secretary(?:[ _-]general)?|general[ _-]secretary|director(?:[ _-]general)?|minister|commissioner|commander|governor|premier|prime[ _-]minister|chancellor|speaker|head|chief(?:[ _-]executive|[ _-]of[ _-]staff)?|leader|administrator|mayor|commandant|superintendent|ombudsman|comptroller|(?:auditor|attorney|inspector|solicitor|surgeon)[ _-]general))[ _]?(\d{0,2})$/i;

/**
 * The holder's field of an infobox of a post (`Incumbent: Yoshimasa Hayashi`, `Incumbent2`), as
 * articles about an office write it; not `Incumbentsince` or `Incumbent Since`.
 */
const INCUMBENT_KEY = /^incumbent[ _]?(\d{0,2})$/i;

/** A `Body` value that completes the post (`Secretary of State` + `for Foreign Affairs`): it starts with a lower-case preposition. */
const BODY_TAIL = /^(?:of|for|to|at|in|on)\s/u;

/**
 * The group of an incumbent's field, and the keys of the fields that name its post (`Post`, then
 * `Body` when it goes on from it: see BODY_TAIL); null when the key is no such field.
 */
export function incumbentKey(key: string): { group: string; post: string[]; body: string[] } | null {
  const m = INCUMBENT_KEY.exec(key.trim());
  if (m === null) return null;
  const n = m[1]!;
  return { group: `Incumbent${n}`, post: n === '' ? ['post'] : [`post${n}`, `post ${n}`, `post_${n}`, 'post'], body: n === '' ? ['body'] : [`body${n}`, `body ${n}`, `body_${n}`, 'body'] };
}

/** The post an incumbent holds: the `Post` value, and the `Body` value after it when that goes on from it; null without a post. */
export function incumbentPost(post: string | null, body: string | null): string | null {
  if (post === null || post === '') return null;
  return body !== null && BODY_TAIL.test(body) ? `${post} ${body}` : post;
}

/** Keys of the field that names the post of a numbered title field (`Commander1 Label`, `Leader1 Type`). */
const LABEL_SUFFIXES = ['label', 'type', 'title', 'position'];

/** The group and the key of its label field, if the key names a post (see TITLE_KEY); else null. */
export function titleKey(key: string): { group: string; post: string; labels: string[] } | null {
  const m = TITLE_KEY.exec(key.trim());
  if (m === null) return null;
  const post = m[1]!.replace(/[_-]/g, ' ');
  const group = `${post}${m[2]!}`;
  const labels = m[2] === '' ? [] : LABEL_SUFFIXES.flatMap((suffix) => [`${post}${m[2]} ${suffix}`, `${post}${m[2]}_${suffix}`, `${post} ${suffix}${m[2]}`]);
  return { group, post, labels: labels.map((label) => label.toLowerCase()) };
}

/**
 * Words of a body's name (`Central Committee`, `Politburo Standing Committee`), never of a
 * person's in such a field: the words that end or start a body's name in a leader list, and more
 * that may stand anywhere in one.
 */
const BODY_WORDS = new Set([
  ...BODY_NAME_WORDS,
  'board', 'group', 'force', 'court', 'republic', 'national', 'central', 'federal', 'people', 'politburo', 'senate', 'service',
  'services', 'vacant', 'tbd', 'various', 'collective', 'leadership',
]);

/**
 * Whether the name a title field gives reads as a person's: two to six words that read as a name
 * (see `looksLikeName`), no digit, no post word and nothing that names nobody (`Vacant`). A body
 * (`State Council`, `Ministry of Defence`) or a note (`see below`) is none.
 */
export function personOfTitle(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.some((word) => BODY_WORDS.has(word.toLowerCase().replace(/[’']s$/u, '')))) return false;
  return words.length >= 2 && words.length <= 6 && !/\d/.test(name) && looksLikeName(name) && !hasPostWord(name) && !namesNobody(name);
}

/** `Key people: Sun Li (Chair), Zhou Qi (Secretary-General)`, as infoboxes of organizations write their leaders. */
const KEY_PEOPLE_KEY = /^key[ _]?(?:people|persons?)$/i;

/**
 * The people a `Key people` field names, each `Name (Post)` or a name alone, separated by commas,
 * `;` or line breaks outside brackets; what does not read as a person's name (see
 * `personOfTitle`) is left out. Null when the key is no such field.
 */
export function keyPeople(key: string, value: string): string[] | null {
  if (!KEY_PEOPLE_KEY.test(key.trim())) return null;
  return listedParts(value).filter((part) => personOfTitle(part.replace(/\s*\([^()]*\)$/u, '')));
}

/** The parts of a value separated by commas, `;` or line breaks outside brackets, trimmed, none empty. */
export function listedParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  const text = value.replace(/<br\s*\/?>/giu, ';');
  for (let at = 0; at <= text.length; at++) {
    const c = text[at];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (at === text.length || (depth === 0 && (c === ',' || c === ';'))) {
      const part = text.slice(from, at).trim();
      if (part !== '') parts.push(part);
      from = at + 1;
    }
  }
  return parts;
}
