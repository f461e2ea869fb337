/**
 * Refiners run after the parsers: drop overlaps (longest wins), merge `from X to Y`,
 * `between X and Y`, `X–Y` into one range (filling compressed parts from the other end), and drop
 * anything whose year was not written as four digits in the text.
 */
import type { ParsedComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { type DateParts, type PartialDate, compareDates, fillCompressed, isCompleteDate } from './partial-date.ts';
import { DASHES } from './lexicon.ts';
import { DECADE_TAG, SHARED_YEAR_TAG, SUB_YEAR_TAG_PREFIX } from './chrono-parsers.ts';

/** The components chrono was told (never the implied ones), plus a sub-year code or a decade from our tags. */
export function partsOf(c: ParsedComponents): DateParts {
  const out: DateParts = {};
  const year = c.isCertain('year') ? c.get('year') : null;
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  if (year !== null) out.year = year;
  if (month !== null) out.month = month;
  if (day !== null && month !== null) out.day = day;
  for (const tag of c.tags()) {
    if (tag.startsWith(SUB_YEAR_TAG_PREFIX)) out.subYear = Number(tag.slice(SUB_YEAR_TAG_PREFIX.length));
    else if (tag === DECADE_TAG) out.decade = true;
  }
  return out;
}

function fields(d: DateParts): { year?: number; month?: number; day?: number } {
  const out: { year?: number; month?: number; day?: number } = {};
  if (d.year !== undefined) out.year = d.year;
  if (d.month !== undefined) out.month = d.month;
  if (d.day !== undefined) out.day = d.day;
  return out;
}

function end(r: ParsingResult): number {
  return r.index + r.text.length;
}

/** Keep the longer of two overlapping results (the earlier one on a tie). */
export const overlapRefiner: Refiner = {
  refine(_context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      if (!prev || r.index >= end(prev)) out.push(r);
      else if (r.text.length > prev.text.length) out[out.length - 1] = r;
    }
    return out;
  },
};

/** `early`, `mid` or `late` before a year (`between late 2017 and early 2018`): EDTF cannot say them; the range is of the years. */
const PART_OF_YEAR = '(?:(?:early|mid|late)(?:-|\\s+))?';
const BETWEEN = new RegExp(`^(?:\\s*[${DASHES}]\\s*|(,)?\\s+(to|until|till|through|thru|and)\\s+)${PART_OF_YEAR}$`, 'i');
const LEAD = new RegExp(`(?<![\\p{L}])(from|between)\\s+${PART_OF_YEAR}$`, 'iu');

/**
 * The range keyword between two results, `''` for a dash, or null when they are not a range; a
 * comma before the word (`from Aug. 16, 2019, to Feb. 20, 2020`) is marked `,`.
 */
function rangeWord(text: string, left: ParsingResult, right: ParsingResult): { word: string; comma: boolean } | null {
  const gap = text.slice(end(left), right.index);
  if (gap.length > 18) return null;
  const m = BETWEEN.exec(gap);
  if (!m) return null;
  return { word: (m[2] ?? '').toLowerCase(), comma: m[1] !== undefined };
}

/** A sub-year grouping or a decade: never one end of a merged range. */
function isGrouping(r: ParsingResult): boolean {
  for (const t of r.start.tags()) if (t === DECADE_TAG || t.startsWith(SUB_YEAR_TAG_PREFIX)) return true;
  return false;
}

function tryMerge(context: ParsingContext, left: ParsingResult, right: ParsingResult): ParsingResult | null {
  if (left.end || right.end || isGrouping(left) || isGrouping(right)) return null;
  const between = rangeWord(context.text, left, right);
  if (between === null) return null;
  const { word } = between;
  const before = context.text.slice(Math.max(0, left.index - 20), left.index);
  const lead = LEAD.exec(before);
  const leadWord = lead?.[1]?.toLowerCase();
  // After a comma, only `from X, to Y` and `between X, and Y` with a day in X: the comma closes a US date.
  if (between.comma && (leadWord === undefined || partsOf(left.start).day === undefined)) return null;
  if (word === 'and' && leadWord !== 'between') return null;
  if ((word === 'until' || word === 'till') && leadWord !== 'from') return null;
  const a = partsOf(left.start);
  const b = partsOf(right.start);
  const start = fillCompressed(a, b);
  const stop = fillCompressed(b, a);
  if (!isCompleteDate(start) || !isCompleteDate(stop)) return null;
  if (compareDates(start, stop) !== -1) return null;
  const index = lead && (word === 'and' || leadWord === 'from') ? left.index - lead[0].length : left.index;
  const text = context.text.slice(index, end(right));
  return context.createParsingResult(index, text, fields(start), fields(stop));
}

/** `from X to Y`, `from X until Y`, `between X and Y`, `X–Y`, `X to Y` → one range. */
export const rangeMergeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      const merged = prev ? tryMerge(context, prev, r) : null;
      if (merged) out[out.length - 1] = merged;
      else out.push(r);
    }
    return out;
  },
};

/**
 * A date whose range is open: `2019–present`, `from March 2020 to the present`, `(2018–)`, `2021
 * onwards` (`now` and `today` after a dash only before punctuation: `In 2019 – now a museum – …`).
 */
export const OPEN_END_TAG = 'wikidex/openEnd';
const OPEN_AFTER = new RegExp(
  `^(?:\\s*[${DASHES}]\\s*(?:present(?![\\p{L}\\p{N}])|(?:now|today)(?=\\s*(?:[).,;:]|$)))|\\s+(?:to|until|till)\\s+(?:the\\s+)?(?:present(?:\\s+day)?|now|today|date)(?![\\p{L}\\p{N}])|\\s*[${DASHES}](?=\\s*\\))|\\s+onwards?(?![\\p{L}\\p{N}]))`,
  'iu',
);
const FROM_BEFORE = /(?<![\p{L}])from\s+$/iu;

/**
 * `2019–present`, `from March 2020 to the present`, `(2018–)`, `2021 onwards`: a range open at
 * its end (EDTF `2019/..`), its text taking the words that open it (and `from` before it).
 */
export const openEndRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (r.end || isGrouping(r)) continue;
      const open = OPEN_AFTER.exec(context.text.slice(end(r), end(r) + 32));
      if (open === null) continue;
      const stop = end(r) + open[0].length;
      const from = FROM_BEFORE.exec(context.text.slice(Math.max(0, r.index - 8), r.index));
      if (from !== null) r.index -= from[0].length;
      r.text = context.text.slice(r.index, stop);
      r.start.addTag(OPEN_END_TAG);
    }
    return results;
  },
};

export const APPROXIMATE_TAG = 'wikidex/approximate';
const CIRCA_BEFORE = /(?<![\p{L}\p{N}])(?:circa\s+|ca?\.\s*)$/iu;

/**
 * `circa 1950`, `c. 1950`, `ca. June 1950`: the date, with the word, marked approximate (EDTF
 * `1950~`; a range's start only, as written). EDTF has no approximate decade or sub-year code.
 */
export const circaRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (isGrouping(r)) continue;
      const circa = CIRCA_BEFORE.exec(context.text.slice(Math.max(0, r.index - 8), r.index));
      if (circa === null) continue;
      r.index -= circa[0].length;
      r.text = circa[0] + r.text;
      r.start.addTag(APPROXIMATE_TAG);
    }
    return results;
  },
};

const LIST_GAP = /^(?:\s*,)?\s+(?:and|or)\s+$|^\s*,\s*$/i;

/**
 * `September and October 2012`, `3 March, 5 April and 6 May 2019`: a month (or day and month)
 * without a year, listed right before a date with the same precision's year, shares that year.
 */
export const sharedYearRefiner: Refiner = {
  refine(context, results) {
    for (let i = results.length - 2; i >= 0; i--) {
      const a = results[i];
      const b = results[i + 1];
      if (!a || !b || a.end || b.end) continue;
      const pa = partsOf(a.start);
      const pb = partsOf(b.start);
      if (pa.year !== undefined || pa.month === undefined || pb.year === undefined || pb.month === undefined) continue;
      // Only a year written in full is shared (`January 1st 10` is no year here).
      if (!b.start.tags().has(SHARED_YEAR_TAG) && !writesYear(b.text, pb.year)) continue;
      if ((pa.day === undefined) !== (pb.day === undefined)) continue;
      const gap = context.text.slice(end(a), b.index);
      if (gap.length > 8 || !LIST_GAP.test(gap)) continue;
      a.start.assign('year', pb.year);
      a.start.addTag(SHARED_YEAR_TAG);
    }
    return results;
  },
};

/** After a day and month, words that make it recur (`on 1 October each year`): it is no date of one year. */
const RECURRING_AFTER = /^\s*,?\s*(?:(?:each|every)\s+year|annually|yearly)\b/i;

/**
 * `appointed on 20 January 2017 and resigned on 13 February`: a day and month without a year,
 * after a date of the same sentence that has its year written and a month, takes that year,
 * unless that would put it before that date (across a new year the text does not say which). A
 * year alone, a decade or a sub-year grouping before it gives none (`Since 2016, 15 April is …`).
 */
export const narrativeYearRefiner: Refiner = {
  refine(context, results) {
    // The year to take (a range's end's), and the earliest date the one taking it may be (a range's start).
    let last: { year: number; floor: PartialDate } | null = null;
    const dated = (d: DateParts): d is PartialDate => d.year !== undefined && d.month !== undefined && d.subYear === undefined && !d.decade;
    for (const r of results) {
      const s = partsOf(r.start);
      if (s.year === undefined) {
        if (last === null || r.end || s.month === undefined || s.day === undefined || RECURRING_AFTER.test(context.text.slice(end(r)))) continue;
        const date: PartialDate = { year: last.year, month: s.month, day: s.day };
        if (compareDates(last.floor, date) === 1) continue;
        r.start.assign('year', last.year);
        r.start.addTag(SHARED_YEAR_TAG);
        last = { year: last.year, floor: date };
        continue;
      }
      const latest = r.end ? partsOf(r.end) : s;
      const written = r.start.tags().has(SHARED_YEAR_TAG) || writesYear(r.text, latest.year ?? null);
      last = written && dated(latest) && dated(s) ? { year: latest.year, floor: s } : null;
    }
    return results;
  },
};

/** Whether `year` is written in `text` as a four-digit number. */
function writesYear(text: string, year: number | null): boolean {
  if (year === null || year < 1000 || year > 9999) return false;
  const s = String(year);
  let i = text.indexOf(s);
  while (i >= 0) {
    const before = text[i - 1];
    const after = text[i + 4];
    if (!(before && before >= '0' && before <= '9') && !(after && after >= '0' && after <= '9')) return true;
    i = text.indexOf(s, i + 1);
  }
  return false;
}

/** Whether `day` is written in `text` as digits (`6`, `06`, `6th`), not as a word (`second`). */
function writesDay(text: string, day: number | undefined): boolean {
  if (day === undefined) return true;
  return new RegExp(`(?<![0-9])0?${day}(?:st|nd|rd|th)?(?![0-9])`, 'i').test(text);
}

/** Drop results whose day is written as a word (`Sept. second`) rather than as digits. */
export const writtenDayFilter: Refiner = {
  refine(_context, results) {
    return results.filter((r) => writesDay(r.text, partsOf(r.start).day) && (!r.end || writesDay(r.text, partsOf(r.end).day)));
  },
};

/** Drop results without a written year (`March 18`, `in March`, `May 24 people`) or with an impossible day. */
export const writtenYearFilter: Refiner = {
  refine(_context, results) {
    return results.filter((r) => {
      const s = partsOf(r.start);
      const shared = r.start.tags().has(SHARED_YEAR_TAG);
      if (!isCompleteDate(s) || (!shared && !writesYear(r.text, s.year))) return false;
      if (!r.end) return true;
      const e = partsOf(r.end);
      return isCompleteDate(e) && compareDates(s, e) === -1;
    });
  },
};
