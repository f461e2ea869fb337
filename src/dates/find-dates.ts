/**
 * Date mentions in one prose sentence, as EDTF at the precision written.
 *
 * Built on chrono-node: the stock English month-name and ISO parsers, plus our own parsers for
 * bare years, day ranges and sub-year groupings (chrono-parsers.ts), and our own refiners
 * (chrono-refiners.ts). Only components chrono marks as certain (known, not implied) are used,
 * and every mention must have its year written as four digits, so the reference date can never
 * leak into a value.
 */
import * as chrono from 'chrono-node';
import type { Parser } from 'chrono-node';
import { customParsers } from './chrono-parsers.ts';
import {
  APPROXIMATE_TAG, OPEN_END_TAG, circaRefiner, narrativeYearRefiner, openEndRefiner, overlapRefiner, partsOf, rangeMergeRefiner, sharedYearRefiner, writtenDayFilter, writtenYearFilter,
} from './chrono-refiners.ts';
import { type Precision, isCompleteDate, precisionOf, toEdtf } from './partial-date.ts';

export type DateMention = {
  /** The date expression as written (a range keeps its leading `from`/`between`). */
  text: string;
  /** Offset of `text` in the sentence (UTF-16 code units). */
  index: number;
  /** EDTF: `1988`, `1988-06`, `1958-03-06`, `2012-41`, `199X`, `1950~`, `1928/1934`, `2019/..` (open end). */
  value: string;
  /** Precision of the date, or of the start of a range. */
  precision: Precision;
  kind: 'date' | 'range';
};

/** Stock chrono parsers we keep (by class name): explicit day/month/year forms only. */
const STOCK_STRICT = ['ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser'];
const STOCK_CASUAL = ['ENMonthNameParser'];

function stockParsers(): Parser[] {
  const pick = (engine: chrono.Chrono, names: string[]): Parser[] =>
    names.map((name) => {
      const found = engine.parsers.find((p) => p.constructor.name === name);
      if (!found) throw new Error(`chrono-node no longer provides ${name}; update src/dates/find-dates.ts`);
      return found;
    });
  return [...pick(chrono.en.strict, STOCK_STRICT), ...pick(chrono.en.casual, STOCK_CASUAL)];
}

/** A chrono instance configured for dates written in full (no relative or reference-derived dates). */
export function createDateChrono(): chrono.Chrono {
  return new chrono.Chrono({
    parsers: [...customParsers, ...stockParsers()],
    refiners: [writtenDayFilter, overlapRefiner, rangeMergeRefiner, sharedYearRefiner, narrativeYearRefiner, writtenYearFilter, circaRefiner, openEndRefiner],
  });
}

const engine = createDateChrono();
/** Fixed so that nothing depends on the clock; its values are never used (only certain components are). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** Every date we accept has a four-digit year: sentences without one skip chrono entirely. */
const HAS_FOUR_DIGITS = /[0-9]{4}/;
/** Prepositions some chrono parsers include at the start of their match (`on 6 March 1958`). */
const LEADING_PREPOSITION = /^(?:on|in)\s+/i;

export function findDates(sentence: string): DateMention[] {
  if (!HAS_FOUR_DIGITS.test(sentence)) return [];
  const mentions: DateMention[] = [];
  for (const r of engine.parse(sentence, REFERENCE)) {
    const start = partsOf(r.start);
    if (!isCompleteDate(start)) continue;
    const endParts = r.end ? partsOf(r.end) : null;
    const end = endParts && isCompleteDate(endParts) ? endParts : null;
    if (endParts && !end) continue;
    const strip = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const index = r.index + strip;
    const text = sentence.slice(index, r.index + r.text.length);
    const first = toEdtf(start) + (r.start.tags().has(APPROXIMATE_TAG) ? '~' : '');
    const open = end === null && r.start.tags().has(OPEN_END_TAG);
    mentions.push({
      text,
      index,
      value: end ? `${first}/${toEdtf(end)}` : open ? `${first}/..` : first,
      precision: precisionOf(start),
      kind: end || open ? 'range' : 'date',
    });
  }
  return mentions;
}
