import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateMention, findDates, isValidEdtf, parseLeadingRange } from '../../src/dates/index.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Does `text` state month `m` (by name, abbreviation, ISO number, or a number with dots or slashes: `1.1990`, `8.1.1990`, `1990.01`, `1990/1`, `1990年1月`)? */
function statesMonth(text: string, m: number): boolean {
  const name = MONTHS[m - 1] ?? '';
  const lower = text.toLowerCase();
  const iso = new RegExp(`[0-9]{4}-${String(m).padStart(2, '0')}(?![0-9])|(?<![0-9])0?${m}[./][0-9]{4}|[0-9]{4}[./]0?${m}(?![0-9])|年${m}月`).test(text);
  return iso || new RegExp(`(?:(?<![a-z])|(?<=[0-9](?:st|nd|rd|th))|(?<=of))(?:${name}|${name.slice(0, 3)})`).test(lower);
}

/** Does `text` state day `d` as a number of its own? */
function statesDay(text: string, d: number): boolean {
  return new RegExp(`(?<![0-9])0?${d}(?:st|nd|rd|th)?(?![0-9])`).test(text);
}

function checkMention(sentence: string, m: DateMention, earlier: readonly DateMention[]): void {
  expect(sentence.slice(m.index, m.index + m.text.length)).toBe(m.text);
  expect(isValidEdtf(m.value), m.value).toBe(true);
  expect(m.kind === 'range').toBe(m.value.includes('/'));
  for (const written of m.value.split('/')) {
    // an open end is written as one: `2019–present`, `to the present`, `until today`, `onwards`, `(2019–)`
    if (written === '..') {
      expect(/(?:present|now|today|date|onwards?|[–—-])\s*(?:day)?$/iu.test(m.text), `${m.text} → ${m.value}`).toBe(true);
      continue;
    }
    // `1950~` is approximate only when the text says so (`c.`, `ca.`, `circa`)
    const side = written.replace(/~$/, '');
    if (side !== written) expect(/^(?:circa|ca?\.)/i.test(m.text), `${m.text} → ${m.value}`).toBe(true);
    // a decade `199X` is written `1990s`
    if (/^[0-9]{3}X$/.test(side)) {
      expect(m.text).toMatch(new RegExp(`(?<![0-9])${side.slice(0, 3)}0['’]?s(?![\\p{L}\\p{N}])`, 'u'));
      continue;
    }
    const [y, mo, d] = side.split('-');
    expect(y, m.text).toBeDefined();
    const shortYear = m.kind === 'range' && new RegExp(`(?<![0-9])${(y ?? '').slice(2)}(?![0-9])`).test(m.text);
    // a listed month may share the year written just after it: `September and October 2012`
    const near = sentence.slice(m.index, m.index + m.text.length + 20);
    // a day and month may take the year of an earlier date of the sentence: `on 20 January 2017 and on 13 February`
    const narrative = d !== undefined && earlier.some((e) => e.value.split('/').some((v) => v.startsWith(`${y}-`)));
    expect(near.includes(y ?? '') || shortYear || narrative, `${m.text} → ${m.value}`).toBe(true);
    // a listed day may take the month of the date it is listed with: `1 and 2 May 2003`, `March 1 and 2, 2019`
    const listed = sentence.slice(Math.max(0, m.index - 20), m.index + m.text.length + 20);
    if (mo !== undefined && Number(mo) <= 12) expect(statesMonth(m.text, Number(mo)) || (/^[0-9]/.test(m.text) && statesMonth(listed, Number(mo))), `${m.text} → ${m.value}`).toBe(true);
    if (d !== undefined) expect(statesDay(m.text, Number(d)), `${m.text} → ${m.value}`).toBe(true);
  }
}

function checkSentence(sentence: string): void {
  const found = findDates(sentence);
  let last = 0;
  found.forEach((m, i) => {
    expect(m.index).toBeGreaterThanOrEqual(last);
    last = m.index + m.text.length;
    checkMention(sentence, m, found.slice(0, i));
  });
}

const token = fc.oneof(
  fc.constantFrom(...MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)), 'Jan.', 'Sept.', 'Mar'),
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 990, max: 2110 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
  fc.constantFrom('1st', '2nd', '3rd', '7th', '20th', '000001', 'COVID-19', 'G7', '24-member', '1990s', '1000s', "1980's", 'mid-', 'early'),
  fc.constantFrom('circa', 'c.', 'ca.', 'c', 'about'),
  fc.constantFrom('–', '-', '—', 'to', 'until', 'from', 'between', 'and', 'on', 'in', 'since', 'by', 'the', 'of'),
  fc.constantFrom('troops', 'days', 'people', 'Congress', 'President', 'office', 'was', 'elections', 'present', 'now', 'onwards', 'date'),
  fc.constantFrom('second half of', 'first quarter of', 'spring', 'Q3', 'H2', 'following month', 'today', 'Monday'),
  fc.constantFrom(',', '.', ';', '(', ')', '$', '#', 'No.', '%', '/', '~', '年', '月', '日'),
);
const glue = fc.constantFrom(' ', '', ' ', ', ', '\u00a0');
const sentence = fc
  .array(fc.tuple(token, glue), { maxLength: 30 })
  .map((parts) => parts.map(([t, g]) => t + g).join(''));

describe('findDates properties', () => {
  it('random text never throws and every mention is an exact, ordered slice with nothing invented', () => {
    fc.assert(fc.property(sentence, checkSentence), { numRuns: 3000 });
  });
  it('arbitrary unicode never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), checkSentence), { numRuns: 500 });
  });
});

describe('parseLeadingRange properties', () => {
  it('random segments never throw; returned spans are valid and start where the segment does', () => {
    fc.assert(
      fc.property(sentence, (seg) => {
        const r = parseLeadingRange(seg);
        if (!r) return;
        expect(r.start).not.toBeNull();
        expect(seg.includes(r.startText)).toBe(true);
        if (r.endText !== null) expect(seg.includes(r.endText)).toBe(true);
        if (r.note !== null) expect(r.note).toBe(r.note.trim());
        if (r.incumbent) expect(r.end).toBeNull();
        if (r.start?.day !== undefined) expect(statesDay(seg, r.start.day)).toBe(true);
        if (r.start?.month !== undefined) expect(statesMonth(seg, r.start.month)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
