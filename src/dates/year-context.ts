/**
 * Is a bare four-digit number in running text a year? Decided from its neighbours only:
 * `In 1981`, `the 1982 constitution`, `Act of 1947`, `since 1987`, `2014–2017` are years;
 * `2000 troops`, `24-member`, `No. 1990`, `$2000`, `1600 Pennsylvania Avenue`, `Expo 2010` are not.
 */
import { DASHES, isDash, isDigit, isLetter, isSpace, OPEN_END_WORDS, slashYear } from './lexicon.ts';

export const MIN_BARE_YEAR = 1000;
export const MAX_BARE_YEAR = 2100;

/** Words after which a number reads as a year. */
const TEMPORAL_LEFT = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'thru', 'between', 'and', 'or',
  'during', 'before', 'after', 'of', 'circa', 'c', 'ca', 'early', 'late', 'mid', 'around', 'about',
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'year', 'fy', 'as', 'into',
  'throughout', 'within', 'for', 'spring', 'summer', 'autumn', 'winter', 'end', 'beginning', 'start',
  'middle', 'also', 'again', 'then', 'later', 'earlier', 'than', 'not', 'only', 'but', 'except',
  'including', 'both', 'either', 'neither', 'nor', 'versus', 'vs', 'est', 'following', 'starting',
  'effective', 'upon', 'prior', 'ending', 'ad',
]);

/** Words after which a number is a count, code or label, never a year. */
const NUMBER_LEFT = new Set([
  'no', 'nos', 'number', 'numbers', 'num', 'page', 'pages', 'pp', 'p', 'badge', 'room', 'flight',
  'route', 'code', 'model', 'version', 'ver', 'v', 'vol', 'volume', 'issue', 'art', 'article',
  'articles', 'rooms', 'sections', 'chapters',
  'section', 'chapter', 'item', 'unit', 'highway', 'bus', 'line', 'platform', 'gate', 'exit', 'tel',
  'phone', 'fax', 'id', 'grade', 'figure', 'fig', 'table', 'type', 'series', 'class', 'mark', 'mk',
  'size', 'score', 'paragraph', 'para', 'clause', 'rank', 'box', 'suite', 'apt', 'floor', 'block',
  'zip', 'postcode', 'station', 'channel', 'frequency', 'over', 'nearly', 'approximately', 'roughly',
  'almost', 'some', 'least', 'total', 'totalling', 'totaling', 'numbering', 'numbered', 'with',
  'had', 'has', 'have', 'employs', 'employed', 'killed', 'wounded', 'arrested', 'hired',
]);

/** Counted things: a number directly before one of these is a quantity. */
const COUNT_NOUNS = new Set([
  'people', 'persons', 'person', 'troops', 'soldiers', 'men', 'women', 'children', 'members',
  'delegates', 'deputies', 'votes', 'seats', 'km', 'kilometres', 'kilometers', 'miles', 'mi',
  'metres', 'meters', 'm', 'ft', 'feet', 'kg', 'tons', 'tonnes', 't', 'yuan', 'dollars', 'euros',
  'pounds', 'rmb', 'usd', 'eur', 'times', 'cases', 'deaths', 'employees', 'staff', 'workers',
  'officials', 'officers', 'cadres', 'students', 'units', 'pages', 'copies', 'words', 'items',
  'square', 'sq', 'hectares', 'ha', 'acres', 'days', 'weeks', 'months', 'years', 'hours', 'minutes',
  'seconds', 'yen', 'won', 'rupees', 'households', 'families', 'villages', 'companies', 'agents',
  'personnel', 'police', 'guards', 'vehicles', 'aircraft', 'ships', 'tanks', 'shares', 'points',
  'percent', 'per', 'bn', 'million', 'billion', 'thousand', 'hundred', 'strong', 'mw', 'gw', 'kw',
  'cc', 'mm', 'cm', 'lb', 'lbs', 'oz', 'ml', 'l', 'people\u2019s', 'rounds', 'residents', 'volunteers',
  'civilians', 'prisoners', 'refugees', 'participants', 'attendees', 'visitors', 'users', 'accounts',
]);

/** Lower-case words ending in `s` that are not plurals. */
const NOT_PLURAL_S = new Set([
  'was', 'has', 'is', 'as', 'its', 'this', 'thus', 'his', 'hers', 'ours', 'yours', 'theirs', 'does',
  'whereas', 'across', 'plus', 'towards', 'afterwards', 'upwards', 'besides', 'unless', 'always',
  'perhaps', 'less', 'us', 'yes', 'various', 'previous', 'famous', 'numerous', 'serious', 'status',
  'census', 'campus', 'consensus', 'crisis', 'basis', 'analysis', 'thesis', 'news', 'politics',
  'economics', 'species', 'series', 'chaos', 'bus', 'gas', 'alias', 'atlas', 'bonus', 'virus',
  'nexus', 'focus', 'corpus', 'onus', 'sometimes', 'nevertheless', 'regardless', 'unanimous',
  'onwards', 'forwards', 'backwards', 'downwards', 'whereabouts', 'alongside', 'overseas', 'thanks',
]);

const BEFORE_CHRIST = /^\s*(?:BCE?|B\.\s?C\.(?:\s?E\.)?)(?!\p{L})/u;
const COUNTED_RANGE = new RegExp(`^\\s*(?:[${DASHES}]|to|and|or)\\s*([0-9][0-9,]*)(?:\\.[0-9]+)?\\s+(\\p{L}+)`, 'iu');
const YEAR_BEFORE_DASH = /(?:^|[^0-9])[12][0-9]{3}$/;
const YEAR_AFTER_DASH = /^(?:[12][0-9]{3}|[0-9]{2})(?![0-9])/;

type Word = { word: string; capitalized: boolean };

function wordBefore(text: string, end: number): Word | null {
  let i = end;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (text[i - 1] === '.') i--; // `No.`, `c.`, `pp.`
  const last = i;
  while (i > 0 && isLetter(text[i - 1]) && last - i < 40) i--;
  if (i === last) return null;
  const raw = text.slice(i, last);
  return { word: raw.toLowerCase(), capitalized: raw[0] !== raw[0]?.toLowerCase() };
}

function wordAfter(text: string, start: number): (Word & { end: number }) | null {
  let i = start;
  while (i < text.length && (isLetter(text[i]) || text[i] === '\u2019' || text[i] === "'") && i - start < 40) i++;
  if (i === start) return null;
  const raw = text.slice(start, i);
  return { word: raw.toLowerCase(), capitalized: raw[0] !== raw[0]?.toLowerCase(), end: i };
}

/** `established`, `founded`, `abolished`: a past participle (not `Ted`, `Fred`). */
function isParticiple(word: string): boolean {
  return word.length > 4 && word.endsWith('ed');
}

function looksPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|'s|\u2019s)$/.test(word) && !NOT_PLURAL_S.has(word);
}

/** Signs before a number that make it an amount or a code (`$2000`, `#1990`, `+1990`). */
const SIGN_BEFORE = '$£€¥#@&%+=/\\';

/** A number at `index` written as a label's or an amount (`No. 1990`, `rooms 1901`, `$1000`), or inside a longer one. */
function labelledNumber(text: string, index: number): boolean {
  const before = text[index - 1];
  if (before !== undefined && (isLetter(before) || isDigit(before) || SIGN_BEFORE.includes(before))) return true;
  const left = wordBefore(text, index);
  return left !== null && NUMBER_LEFT.has(left.word);
}

/**
 * Whether the four digits at `text[index..index+4)` are a year. The caller guarantees they are
 * exactly four digits not embedded in a longer number or word.
 */
export function isLikelyBareYear(text: string, index: number): boolean {
  const value = Number(text.slice(index, index + 4));
  if (!(value >= MIN_BARE_YEAR && value <= MAX_BARE_YEAR)) return false;
  const before = text[index - 1];
  const after = text[index + 4];
  if (isLetter(before) || isDigit(before) || isLetter(after) || isDigit(after)) return false;

  // Counted things: `2000 troops`; `from 1500 to 2000 troops`, `1500–2000 people` (first number
  // too, when the second is not smaller: `in 2019 and 12 times in 2020` holds a year).
  const counted = COUNTED_RANGE.exec(text.slice(index + 4, index + 60));
  if (counted?.[2] && COUNT_NOUNS.has(counted[2].toLowerCase()) && Number(counted[1]!.replaceAll(',', '')) >= value) return false;
  const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(index + 4, index + 40))?.[1];
  if (nextWord && COUNT_NOUNS.has(nextWord.toLowerCase())) return false;
  // A year before Christ is no year of this calendar's count (`2000 BC`, `1200 B.C.`): not read.
  if (BEFORE_CHRIST.test(text.slice(index + 4, index + 12))) return false;

  // A label's number or an amount (`No. 2019-12`, `Article 2014–2017`, `$2000`), whatever follows it.
  if (labelledNumber(text, index)) return false;

  // Immediate neighbours.
  if (before !== undefined && '.,:'.includes(before) && isDigit(text[index - 2])) return false;
  if (isDash(before)) {
    const start = YEAR_BEFORE_DASH.exec(text.slice(Math.max(0, index - 6), index - 1));
    // End of `2014–2017` (not of `2019-1234`, `rooms 1901–1950`, `$1000–2000`).
    if (start) return Number(start[0].slice(-4)) <= value && !labelledNumber(text, index - 5);
    if (isDigit(text[index - 2])) return false; // `978-7-1234-5678`
    const w = wordBefore(text, index - 1);
    if (!w || !(w.word === 'mid' || w.word === 'early' || w.word === 'late')) {
      if (!isSpace(text[index - 2])) return false;
    }
  }
  if (after !== undefined && '%°'.includes(after)) return false;
  if (after === '/' && slashYear(text, index + 4, value) !== null) return true; // `2019/20`, `2019/2020`
  if (after !== undefined && '.,:/'.includes(after) && isDigit(text[index + 5])) return false;
  if (isDash(after)) {
    const end = YEAR_AFTER_DASH.exec(text.slice(index + 5, index + 10));
    if (end) return end[0].length === 2 || Number(end[0]) >= value; // start of `2014–2017`, `1990–91`, not of `2019-1234`
    if (isDigit(text[index + 5])) return false;
    const w = wordAfter(text, index + 5);
    if (w) return OPEN_END_WORDS.has(w.word); // `2023–present` yes, `2000-strong` no
  }

  // Words around.
  const left = wordBefore(text, index);
  let k = index + 4;
  while (k < text.length && isSpace(text[k])) k++;
  if (isDigit(text[k])) return false; // `1990 2000`
  let prev = index;
  while (prev > 0 && isSpace(text[prev - 1])) prev--;
  if (isDigit(text[prev - 1])) return false; // `24 2000`
  const temporalLeft = left !== null && TEMPORAL_LEFT.has(left.word);
  const right = k > index + 4 ? wordAfter(text, k) : null;
  // `Expo 2010`, `Vision 2030`; but a capitalised participle is a verb that opens its sentence or clause (`Established 1949; abolished 1954`).
  if (left?.capitalized && !temporalLeft && !isParticiple(left.word)) return false;
  if (!right) return true; // punctuation or end follows
  if (COUNT_NOUNS.has(right.word)) return false;
  if (right.capitalized) return temporalLeft; // `In 1981 Deng …` but not `1600 Pennsylvania Avenue`
  if (looksPlural(right.word)) return temporalLeft;
  return true;
}
