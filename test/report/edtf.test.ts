import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay, parseEdtf, parseEdtfDate, yearOf } from '../../src/report/edtf.ts';

const day = (y: number, m: number, d = 1): number => dayNumber(y, m - 1, d);

describe('EDTF bounds', () => {
  it('covers exactly the precision written', () => {
    expect(parseEdtfDate('1988')).toEqual({ lo: day(1988, 1), hi: day(1989, 1), precision: 'year' });
    expect(parseEdtfDate('1988-06')).toEqual({ lo: day(1988, 6), hi: day(1988, 7), precision: 'month' });
    expect(parseEdtfDate('1988-12')).toEqual({ lo: day(1988, 12), hi: day(1989, 1), precision: 'month' });
    expect(parseEdtfDate('1958-03-06')).toEqual({ lo: day(1958, 3, 6), hi: day(1958, 3, 7), precision: 'day' });
  });

  it('reads halves, quarters and seasons (EDTF level 2)', () => {
    expect(parseEdtfDate('2012-40')).toEqual({ lo: day(2012, 1), hi: day(2012, 7), precision: 'half' });
    expect(parseEdtfDate('2012-41')).toEqual({ lo: day(2012, 7), hi: day(2013, 1), precision: 'half' });
    expect(parseEdtfDate('2012-34')).toEqual({ lo: day(2012, 4), hi: day(2012, 7), precision: 'quarter' });
    expect(parseEdtfDate('2012-21')).toEqual({ lo: day(2012, 3), hi: day(2012, 6), precision: 'season' });
    expect(parseEdtfDate('2012-24')).toEqual({ lo: day(2012, 12), hi: day(2013, 3), precision: 'season' });
    expect(parseEdtfDate('199X')).toEqual({ lo: day(1990, 1), hi: day(2000, 1), precision: 'decade' });
  });

  it('reads intervals, with open ends', () => {
    expect(parseEdtf('1928/1934')).toEqual({ lo: day(1928, 1), hi: day(1935, 1), precision: 'year' });
    expect(parseEdtf('2023/..')).toEqual({ lo: day(2023, 1), hi: null, precision: 'year' });
    expect(parseEdtf('2018-03/2023-03')).toEqual({ lo: day(2018, 3), hi: day(2023, 4), precision: 'month' });
  });

  it('refuses what it cannot place', () => {
    for (const bad of ['', 'June 1988', '1988-13', '1988-02-30', '19XX', '..', '1988-42']) expect(parseEdtf(bad)).toBeNull();
  });

  it('handles years before 100 without the Date two-digit quirk', () => {
    expect(yearOf(day(42, 1))).toBe(42);
    expect(formatDay(day(1958, 3, 6))).toBe('6 Mar 1958');
  });
});
