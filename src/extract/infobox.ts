import type { Root } from 'mdast';
import type { Infobox } from '../parse/index.ts';
import { quoted, warning, type Problem } from './problem.ts';
import { withoutFootnotes } from '../text/footnotes.ts';
import { withoutWikiLinks } from '../text/wiki-links.ts';
import { isPeerage, isStanding, isVacancy, postBeside, titlesOf } from './name-post.ts';
import { parenGroups } from './tenures/groups.ts';
import { withoutEmphasis } from '../text/emphasis.ts';
import { joinNotes } from './tenures/spans.ts';
import { incumbentKey, incumbentPost, keyPeople, listedParts, personOfTitle, titleKey } from './infobox-titles.ts';

export interface InfoboxField {
  key: string;
  value: string;
  line: number;
}

/** An infobox group such as Chief1 Name / Chief1 Position. */
export interface Official {
  group: string;
  name: string;
  /** A bracket after the name with no Latin letter in it (`Wang Yi (王毅)`). */
  nativeName: string | null;
  position: string | null;
  line: number;
}

export interface InfoboxResult {
  present: boolean;
  fields: InfoboxField[];
  officials: Official[];
  problems: Problem[];
}

/** A key written without the space after its colon (`Formed:1998`): letters first, then letters, digits, spaces, `_`, `-`. */
const TIGHT_KEY = /^\p{L}[\p{L}\p{N} _-]{0,59}$/u;

/**
 * Splits "Key: Value" at the first ": " (a trailing ":" gives an empty value). Without ": ",
 * `Key:Value` splits at the first ":" when the key reads as one and the value is no URL's
 * rest (`http://…`, `12:30` and `Note: a:b` keep their meaning).
 */
export function splitField(text: string): { key: string; value: string } | null {
  const at = text.indexOf(': ');
  if (at > 0) return { key: text.slice(0, at).trim(), value: text.slice(at + 2).trim() };
  if (text.endsWith(':') && text.length > 1) return { key: text.slice(0, -1).trim(), value: '' };
  const colon = text.indexOf(':');
  if (colon > 0 && !text.startsWith('//', colon + 1) && TIGHT_KEY.test(text.slice(0, colon).trim())) return { key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
  return null;
}

const POSITION_SUFFIXES = ['position', 'pfo', 'title', 'post', 'role'];
/** Name-like keys that are not people (e.g. "Agency Name", "Native Name"). */
const NOT_PERSON = /(?:agency|native|nativename|official|short|former|local|common|full|org|organi[sz]ation|abbreviated|english)\s*$/i;

/** The number a group ends with (`Chief12` → 12), 0 when none. A loop: `/(\d+)$/` backtracks quadratically over a digit run that is not at the end. */
function trailingNumber(group: string): number {
  let i = group.length;
  while (i > 0 && group.charCodeAt(i - 1) >= 48 && group.charCodeAt(i - 1) <= 57) i--;
  return i === group.length ? 0 : Number(group.slice(i));
}

/**
 * A bracket that ends an official's name (`Ivan Serov (first)`, `Wang Yi (acting)`, `Wang Yi
 * (王毅)`): the name before it and what it holds; null when none, or nothing is written before it.
 */
function trailingBracket(value: string): { name: string; inner: string } | null {
  const last = parenGroups(value).at(-1);
  if (last === undefined || !last.closed || last.close !== value.length) return null;
  const name = value.slice(0, last.open).trimEnd();
  return /\p{L}/u.test(name) ? { name, inner: last.inner.trim() } : null;
}

/** A year in a bracket after an official's name. */
const YEAR_IN = /(?<!\d)\d{3,4}(?!\d)/u;
/** Words that only lead up to a date (`since March 2019`, `born 1953`, `b. 1960`). */
const DATE_WORDS = new Set(['since', 'from', 'until', 'till', 'to', 'in', 'on', 'by', 'born', 'b', 'died', 'd', 'c', 'ca', 'circa', 'appointed', 'elected', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * A bracket's text without the date it gives and the words that lead up to it: `Chair, since
 * 2019` → `Chair`, `acting since March 2019` → `acting`, `王五; born 1953` → `王五`, `2013–2023`
 * → ``. A bracket without a year is returned whole.
 */
function withoutDate(inner: string): string {
  const at = inner.search(YEAR_IN);
  if (at < 0) return inner;
  const words = [...inner.slice(0, at).matchAll(/[^\s,;:–—-]+/gu)];
  const leadsUp = (word: string): boolean => DATE_WORDS.has(word.toLowerCase().replace(/\.$/u, '')) || /^\d{1,2}(?:st|nd|rd|th)?$/u.test(word);
  while (words.length > 0 && leadsUp(words[words.length - 1]![0])) words.pop();
  const last = words[words.length - 1];
  // The text as written up to the last word kept.
  return last === undefined ? '' : inner.slice(0, last.index + last[0].length).trim();
}

/**
 * An official's name without reference marks, a post or standing written with it (which joins the
 * position: `Li Qiang, acting` → `Premier; acting`) or a title before it (`Gen.`); see name-post.ts.
 * A bracket after the name qualifies it (`Ivan Serov (first)` → `Chairman; first`; a standing is
 * lower-cased), unless it holds no Latin letter: then it is the native name (`Wang Yi (王毅)`). A
 * date in the bracket says when, not which post: it is left out, with the words that lead up to it
 * (`Sun Li (Chair, since 2019)` → `Chair`), see `withoutDate`.
 * Emphasis around the whole value (`'''Wang Yi'''`) is left out, as in leader entries.
 */
function official(written: string, position: string | null): { name: string; nativeName: string | null; position: string | null } {
  let value = withoutEmphasis(withoutFootnotes(withoutWikiLinks(written)));
  let qualifier: string | null = null;
  let nativeName: string | null = null;
  const bracket = trailingBracket(value);
  if (bracket !== null) {
    value = bracket.name;
    // `(since 2019)`, `(2013–2023)`, `(b. 1960)`: when, not which post (the `infobox` table keeps them); what comes before it stays.
    const inner = withoutDate(bracket.inner);
    if (/\p{Script=Latin}/u.test(inner)) qualifier = isStanding(inner) ? inner.toLowerCase() : inner;
    else nativeName = inner || null;
  }
  const beside = postBeside(value);
  const name = beside?.person ?? value;
  // `Wang Yi (Director)` with `Chief1 Position: Director`: the bracket repeats the post.
  const repeated = qualifier !== null && position !== null && qualifier.toLowerCase() === position.toLowerCase();
  return { name: titlesOf(name)?.person ?? name, nativeName, position: joinNotes(joinNotes(position, beside?.post ?? null), repeated ? null : qualifier) };
}

/** The first of the fields with one of `keys` (compared lower-cased), looked up, not searched for (a scan per name is quadratic). */
function firstField(fields: readonly InfoboxField[], firstByKey: ReadonlyMap<string, number>, keys: readonly string[]): InfoboxField | undefined {
  let at = Infinity;
  for (const key of keys) at = Math.min(at, firstByKey.get(key.toLowerCase()) ?? Infinity);
  return fields[at];
}

/** A line break as wiki text writes it in a value: `<br>`, `<br/>`, `<br />`. */
const LINE_BREAK = /<br\s*\/?>/giu;

/**
 * `Wang Yi; Li Qiang`, `Wang Yi<br>Li Qiang`, `Wang Yi, Li Qiang`: the names of a field that holds
 * several people, each on its own (else the value whole). Parts separated by commas must each
 * read as a person's name (`Li Qiang, acting` and `Wang Yi, Jr.` are one name).
 */
function namesIn(value: string): string[] {
  if (!value.includes(';') && !value.includes('<') && !value.includes(',')) return [value];
  const shown = (part: string): string => withoutFootnotes(withoutWikiLinks(part));
  const person = (part: string): boolean => personOfTitle(trailingBracket(shown(part))?.name ?? shown(part));
  const parts = value.replace(LINE_BREAK, ';').split(';').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length > 1) return parts.every(person) ? parts : [value];
  const listed = listedParts(value);
  return listed.length > 1 && listed.every(person) && !listed.some(isPeerage) ? listed : parts;
}

/** Prefixes of an official's name field that need no number (`Leader Name`, `Chief Name`). */
const LEADER_PREFIX = /^(?:leader|chief|head|director|minister|chair(?:man|person)?|president|secretary|commander|executive)$/i;

/** `<Prefix><N?> Name` (`Chief1 Name`) or `<Prefix> Name<N>` (`Leader Name2`): the prefix and the number after `Name`. */
const NAME_KEY = /^(.*?)name(?:[ _]?([0-9]{1,3}))?$/i;

/** Keys of the partner of a name field (`Chief1 Position`, `Leader Title2`): the prefix, a position word, the number after it. */
function partnerKeys(prefix: string, after: string | undefined): string[] {
  return POSITION_SUFFIXES.flatMap((suffix) =>
    after === undefined ? [`${prefix} ${suffix}`, `${prefix}${suffix}`, `${prefix}_${suffix}`] : [`${prefix} ${suffix}${after}`, `${prefix} ${suffix} ${after}`, `${prefix}${suffix}${after}`, `${prefix}_${suffix}${after}`, `${prefix}_${suffix}_${after}`],
  );
}

/**
 * Collects `<Prefix><N?> Name` and `<Prefix> Name<N>` fields with their `<Prefix><N?>
 * Position|Pfo|Title` or `<Prefix> Position|Pfo|Title<N>` partner, and fields keyed by a post
 * (`Chairman: Xi Jinping`, see `titleOfficial`), in order.
 */
export function collectOfficials(fields: readonly InfoboxField[]): Official[] {
  // First field per lower-cased key: partners are looked up, not searched for (a scan per name is quadratic).
  const firstByKey = new Map<string, number>();
  fields.forEach((f, i) => {
    const lower = f.key.toLowerCase();
    if (!firstByKey.has(lower)) firstByKey.set(lower, i);
  });
  const officials: Official[] = [];
  for (const field of fields) {
    const m = NAME_KEY.exec(field.key);
    const key = m === null ? keyPeople(field.key, field.value) : null;
    if (key !== null) {
      // `Sun Li (Chair)`: the bracket gives the position, as after any official's name.
      for (const name of key) officials.push({ group: 'Key people', ...official(name, null), line: field.line });
      continue;
    }
    if (m === null) {
      for (const name of namesIn(field.value)) {
        const official = titleOfficial({ ...field, value: name }, fields, firstByKey);
        if (official !== null) officials.push(official);
      }
      continue;
    }
    const prefix = m[1]!.replace(/[ _]$/, '').trim();
    const after = m[2];
    const group = after === undefined ? prefix : `${prefix}${after}`;
    if (prefix === '' || NOT_PERSON.test(prefix) || field.value === '') continue;
    const isLeader = LEADER_PREFIX.test(prefix);
    // A number after `Name` only with a leader word before it (`Leader Name2`, not `Other Name2`).
    if (after === undefined ? !/\d$/.test(group) && !isLeader : !isLeader) continue;
    const partner = firstField(fields, firstByKey, partnerKeys(prefix, after));
    for (const name of namesIn(field.value)) {
      const found = official(name, partner ? withoutFootnotes(partner.value) || null : null);
      // `Chief1 Name: Vacant`: the post is empty, and nobody holds it.
      if (!isVacancy(found.name)) officials.push({ group, ...found, line: field.line });
    }
  }
  // Stable: numbered groups by their number, unnumbered ones in source order.
  return officials
    .map((o, i) => ({ o, i, n: trailingNumber(o.group) }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map(({ o }) => o);
}

/**
 * The official of a field keyed by a post (`Chairman: Xi Jinping`; see infobox-titles.ts), its
 * position the label field's (`Commander1 Label`) or the post; or of the incumbent's field of a
 * post's infobox (`Incumbent`), its position the `Post` field's. Null when the value reads as no person.
 */
function titleOfficial(field: InfoboxField, fields: readonly InfoboxField[], firstByKey: ReadonlyMap<string, number>): Official | null {
  if (field.value === '') return null;
  const first = (keys: readonly string[]): string | null => {
    const found = firstField(fields, firstByKey, keys);
    return found === undefined ? null : withoutFootnotes(found.value).trim();
  };
  const incumbent = incumbentKey(field.key);
  const title = incumbent === null ? titleKey(field.key) : null;
  if (incumbent === null && title === null) return null;
  const position = incumbent !== null ? incumbentPost(first(incumbent.post), first(incumbent.body)) : first(title!.labels) || title!.post;
  const found = official(field.value, position);
  return isVacancy(found.name) || !personOfTitle(found.name) ? null : { group: incumbent?.group ?? title!.group, ...found, line: field.line };
}

export function extractInfobox(tree: Root): InfoboxResult {
  const boxes = tree.children.filter((n): n is Infobox => n.type === 'infobox');
  const fields: InfoboxField[] = [];
  const problems: Problem[] = [];
  for (const box of boxes) {
    if (box.children.length === 0) problems.push(warning('empty-infobox', box.position?.start.line ?? null, 'an "Infobox" line is followed by no "- Key: Value" lines; add the fields below it or remove the line'));
    for (const line of box.children) {
      const at = line.position?.start.line ?? 0;
      const split = splitField(line.value);
      if (!split || split.key === '') {
        problems.push(warning('infobox-line-without-separator', at, `infobox line has no "Key: Value" separator (": "); line skipped: ${quoted(line.value)}; write it as "- Key: Value"`));
        continue;
      }
      // A wrapped value goes on in the indented lines below (the key is always on the first).
      const value = line.more === undefined ? split.value : split.value === '' ? line.more : `${split.value} ${line.more}`;
      fields.push({ key: split.key, value, line: at });
    }
  }
  return { present: boxes.length > 0, fields, officials: collectOfficials(fields), problems };
}
