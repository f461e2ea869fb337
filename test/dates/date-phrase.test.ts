import { describe, expect, it } from 'vitest';
import { parseDatePhrase, parsePartialDate, scanDatePhrase } from '../../src/dates/index.ts';

describe('parseDatePhrase', () => {
  it.each([
    ['1988', { year: 1988 }],
    ['June 1988', { year: 1988, month: 6 }],
    ['Jun. 1988', { year: 1988, month: 6 }],
    ['Sept. 1991', { year: 1991, month: 9 }],
    ['june, 1988', { year: 1988, month: 6 }],
    ['March of 1988', { year: 1988, month: 3 }],
    ['6 March 1958', { year: 1958, month: 3, day: 6 }],
    ['March 6, 1958', { year: 1958, month: 3, day: 6 }],
    ['March 6 1958', { year: 1958, month: 3, day: 6 }],
    ['6th March 1958', { year: 1958, month: 3, day: 6 }],
    ['6th of March 1958', { year: 1958, month: 3, day: 6 }],
    ['March 6th, 1958', { year: 1958, month: 3, day: 6 }],
    ['1958-03-06', { year: 1958, month: 3, day: 6 }],
    ['  30 December 2022 ', { year: 2022, month: 12, day: 30 }],
    ['March', { month: 3 }],
    ['20', { day: 20 }],
    ['February 13', { month: 2, day: 13 }],
    ['13 February', { month: 2, day: 13 }],
    ['20, 2017', { year: 2017, day: 20 }],
    ['spring 2012', { year: 2012, subYear: 21 }],
    ['second half of 2012', { year: 2012, subYear: 41 }],
    ['first quarter of 2013', { year: 2013, subYear: 33 }],
    ['Q4 2013', { year: 2013, subYear: 36 }],
    ['H1 2013', { year: 2013, subYear: 40 }],
    ['1980s', { year: 1980, decade: true }],
    ["2000's", { year: 2000, decade: true }],
    ['8.12.2021', { year: 2021, month: 12, day: 8 }],
    ['08.02.2021', { year: 2021, month: 2, day: 8 }],
    ['12.2021', { year: 2021, month: 12 }],
    ['1958年3月6日', { year: 1958, month: 3, day: 6 }],
    ['1994年7月', { year: 1994, month: 7 }],
    ['1997年', { year: 1997 }],
  ])('%j', (text, expected) => {
    expect(parseDatePhrase(text)).toEqual(expected);
  });

  it.each([
    '', 'Incumbent', 'present', '1900s', '1000s', '19888', '88', '7th', '32 March 1990', '30 February 2001',
    '2012-13-01', '1958-02-30', '30.02.2021', '13.2021', 'March 1988 onwards', 'Marching 1988', 'in 1988', '24-member', 'COVID-19',
    'G7', '000001', '1988a', '1998年13月', '2001年2月30日',
  ])('rejects %j', (text) => {
    expect(parseDatePhrase(text)).toBeNull();
  });

  it('parsePartialDate returns only dates with a year', () => {
    expect(parsePartialDate('March')).toBeNull();
    expect(parsePartialDate('20')).toBeNull();
    expect(parsePartialDate('29 February 2012')).toEqual({ year: 2012, month: 2, day: 29 });
    expect(parsePartialDate('29 February 2011')).toBeNull();
  });

  it('never states a component the text does not contain', () => {
    expect(parseDatePhrase('1988')).not.toHaveProperty('month');
    expect(parseDatePhrase('June 1988')).not.toHaveProperty('day');
  });
});

describe('scanDatePhrase', () => {
  it('scans the longest phrase at a position and reports its end', () => {
    const t = 'May 1, 2025 – present, interim';
    expect(scanDatePhrase(t, 0)).toEqual({ parts: { year: 2025, month: 5, day: 1 }, start: 0, end: 11 });
    const u = 'February 13–20, 2017, acting';
    expect(scanDatePhrase(u, 0)).toEqual({ parts: { month: 2, day: 13 }, start: 0, end: 11 });
    expect(scanDatePhrase(u, 12, { allowDayYear: true })).toEqual({ parts: { year: 2017, day: 20 }, start: 12, end: 20 });
  });
  it('does not start inside a word or number', () => {
    expect(scanDatePhrase('x1988', 1)).toBeNull();
    expect(scanDatePhrase('21988', 1)).toBeNull();
  });
});
