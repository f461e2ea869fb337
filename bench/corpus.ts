/**
 * Deterministic synthetic corpus for the benchmark, derived from `seeds/` and `fixtures/docs/`.
 *
 * Every document is rebuilt from pieces of the source articles (title, infobox, lead, sections)
 * with generated agency and person names, years shifted per document, and a size drawn from a
 * long-tailed distribution (about 1 KB to 60 KB). Document `i` depends only on `i` and the source
 * files, so the corpus of N documents is the first N documents of any larger one, and documents
 * 0–999 of every corpus (folder `000/`) are the same 1,000 documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Bump when the generator changes, so that an existing corpus on disk is rebuilt. */
export const CORPUS_VERSION = 2;
export const SHARD_SIZE = 1000;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SourceArticle {
  name: string;
  infobox: string[];
  lead: string;
  sections: string[];
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function splitArticle(name: string, text: string): SourceArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && !/^=[^=].*=\s*$/.test(lines[i]!)) i++;
  i++; // title
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const infobox: string[] = [];
  if (lines[i]?.trim() === 'Infobox') {
    while (i < lines.length && lines[i]!.trim() !== '') infobox.push(lines[i++]!);
  }
  const lead: string[] = [];
  while (i < lines.length && !/^==[^=]/.test(lines[i]!)) lead.push(lines[i++]!);
  const sections: string[] = [];
  let current: string[] = [];
  for (; i < lines.length; i++) {
    if (/^==[^=]/.test(lines[i]!) && current.length > 0) {
      sections.push(current.join('\n').trimEnd());
      current = [];
    }
    current.push(lines[i]!);
  }
  if (current.length > 0) sections.push(current.join('\n').trimEnd());
  return { name, infobox, lead: lead.join('\n').trim(), sections };
}

export function loadSources(root: string): SourceArticle[] {
  const articles: SourceArticle[] = [];
  for (const dir of ['seeds', 'fixtures/docs']) {
    for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort()) {
      articles.push(splitArticle(file, readFileSync(path.join(root, dir, file), 'utf8')));
    }
  }
  if (articles.length === 0) throw new Error('no source articles in seeds/ or fixtures/docs/');
  return articles;
}

const GIVEN = ['Li', 'Wang', 'Anna', 'Hans', 'Maria', 'Chen', 'Olga', 'Pedro', 'Amina', 'Kenji', 'Sofia', 'Tomas', 'Leila', 'Ravi', 'Ingrid', 'Mateo', 'Yusuf', 'Eva', 'Jun', 'Nadia', 'Karl', 'Zhou', 'Fatima', 'Lars'];
const FAMILY = ['Zhang', 'Müller', 'Okafor', 'Ivanova', 'García', 'Tanaka', 'Novak', 'Haddad', 'Kowalski', 'Singh', 'Larsen', 'Moreau', 'Costa', 'Nakamura', 'Petrov', 'Ahmed', 'Schmidt', 'Rossi', 'Liu', 'Dubois', 'Andersen', 'Yilmaz', 'Brown', 'Sato'];
const SYLLABLES = ['ka', 'lo', 'mir', 'den', 'sa', 'vor', 'ul', 'tan', 'bre', 'ose', 'ni', 'gar', 'phe', 'lum', 'ra', 'zet'];
const BODY = ['Office', 'Ministry', 'Commission', 'Council', 'Bureau', 'Agency', 'Directorate', 'Secretariat', 'Committee', 'Authority'];
const FIELD = ['Foreign Affairs', 'State Security', 'Finance', 'Public Works', 'Maritime Affairs', 'Education', 'Energy', 'Transport', 'Statistics', 'Cultural Heritage', 'Water Resources', 'Civil Aviation'];

/** Surname `k`: one of FAMILY, else two to four syllables (a bijection, so every person id has its own name). */
function familyName(k: number): string {
  if (k < FAMILY.length) return FAMILY[k]!;
  let rest = k - FAMILY.length;
  let length = 2;
  while (rest >= SYLLABLES.length ** length) rest -= SYLLABLES.length ** length++;
  let s = '';
  for (let d = 0; d < length; d++, rest = Math.floor(rest / SYLLABLES.length)) s += SYLLABLES[rest % SYLLABLES.length];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The name of person `id`: distinct ids, distinct names (a fifth with a middle initial). */
function nameOf(id: number): string {
  const given = GIVEN[id % GIVEN.length]!;
  const family = familyName(Math.floor(id / GIVEN.length));
  const middle = prng(id)() < 0.2 ? ` ${GIVEN[(id * 7) % GIVEN.length]![0]}.` : '';
  return `${given}${middle} ${family}`;
}

/**
 * A person for document `index`, as in a real corpus where the people grow with the documents:
 * half are named in this document only, half come from a pool shared with the documents around
 * it (so a shared person appears in about a dozen documents, reconciled across them).
 */
function personName(rand: () => number, index: number): string {
  const local = rand() < 0.5;
  const id = local ? 4_000_000 + index * 96 + Math.floor(rand() * 96) : index + Math.floor(rand() * 1000);
  return nameOf(id);
}
function placeName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let k = 0; k < n; k++) s += pick(rand, SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Years 1800–2029 move by the document's offset, staying within that span. */
function shiftYears(text: string, delta: number): string {
  return text.replace(/\b(1[89]\d\d|20[0-2]\d)\b/g, (y) => String(Math.min(2029, Math.max(1800, Number(y) + delta))));
}

/** Person names of leader entries (`- Name (dates…)`, `3. Name (…)`) become generated ones. */
function renamePeople(text: string, rand: () => number, index: number): string {
  return text.replace(/^(\s*(?:[-*]|\d+\.)\s+)([^(\n]{2,60}?)(\s*\()/gm, (_m, lead: string, _name: string, open: string) => `${lead}${personName(rand, index)}${open}`);
}

function targetSize(rand: () => number): number {
  const r = rand();
  if (r < 0.75) return 1200 + Math.floor(rand() * 3800);
  if (r < 0.97) return 5000 + Math.floor(rand() * 7000);
  return 12000 + Math.floor(rand() * 38000);
}

export interface CorpusDocument {
  /** Path below the corpus root, "/"-separated. */
  file: string;
  text: string;
}

/** Document `index` of the corpus: a pure function of the index and the sources. */
export function corpusDocument(sources: readonly SourceArticle[], index: number): CorpusDocument {
  const rand = prng(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b));
  const place = placeName(rand);
  const title = `${pick(rand, BODY)} of ${pick(rand, FIELD)} of ${place}`;
  const base = pick(rand, sources);
  const delta = Math.floor(rand() * 46) - 40;
  const head: string[] = [`= ${title} =`, ''];
  if (base.infobox.length > 0 && rand() < 0.92) {
    const box = base.infobox.map((line) => {
      if (/^- Agency Name:/.test(line)) return `- Agency Name: ${title}`;
      if (/^- \w+ Name:/.test(line)) return line.replace(/:.*$/, `: ${personName(rand, index)}`);
      return line;
    });
    head.push(...box, '');
  }
  const parts: string[] = [];
  if (base.lead) parts.push(base.lead.replaceAll(base.lead.split(' ').slice(0, 3).join(' '), `The ${title}`), '');
  const target = targetSize(rand);
  let size = head.join('\n').length + parts.join('\n').length;
  let guard = 0;
  do {
    const source = rand() < 0.5 ? base : pick(rand, sources);
    if (source.sections.length === 0) continue;
    const section = pick(rand, source.sections);
    parts.push(section, '');
    size += section.length + 1;
  } while (size < target && ++guard < 400);
  const text = shiftYears(`${head.join('\n')}\n${renamePeople(parts.join('\n'), rand, index)}`, delta);
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');
  const shard = String(Math.floor(index / SHARD_SIZE)).padStart(3, '0');
  return { file: `${shard}/${String(index).padStart(6, '0')}_${slug}.txt`, text: `${text.trimEnd()}\n` };
}

/** The edit applied to a document in the "1% changed" phase: a new dated paragraph at the end. */
export function changedText(text: string, index: number): string {
  return `${text}\nIn March ${1990 + (index % 30)} the office was reorganised for the ${index}th time, and a review followed in 2024.\n`;
}

/** The other edit of that phase: the first leader entry names someone new (structured data changes). */
export function renamedText(text: string, index: number): string {
  return text.replace(/^(\s*(?:[-*]|\d+\.)\s+)([^(\n]{2,60}?)(\s*\()/m, (_m, lead: string, _name: string, open: string) => `${lead}${nameOf(9_000_000 + index)}${open}`);
}

/** Indexes of the documents changed in the "1% changed" phase: every 100th, spread over the corpus. */
export function changedIndexes(count: number): number[] {
  const n = Math.max(1, Math.round(count / 100));
  const step = count / n;
  return Array.from({ length: n }, (_, k) => Math.floor(k * step + step / 2));
}
