import { describe, expect, it } from 'vitest';
import {
  compareDates, edtfInterval, fillCompressed, isCompleteDate, isValidEdtf, precisionOf, toEdtf,
} from '../../src/dates/index.ts';

describe('toEdtf / precisionOf', () => {
  it.each([
    [{ year: 1988 }, '1988', 'year'],
    [{ year: 1988, month: 6 }, '1988-06', 'month'],
    [{ year: 1958, month: 3, day: 6 }, '1958-03-06', 'day'],
    [{ year: 2012, subYear: 41 }, '2012-41', 'half'],
    [{ year: 2012, subYear: 40 }, '2012-40', 'half'],
    [{ year: 2013, subYear: 33 }, '2013-33', 'quarter'],
    [{ year: 2014, subYear: 21 }, '2014-21', 'season'],
    [{ year: 999 }, '0999', 'year'],
  ] as const)('%j → %s (%s)', (d, edtf, precision) => {
    expect(toEdtf(d)).toBe(edtf);
    expect(precisionOf(d)).toBe(precision);
    expect(isValidEdtf(edtf)).toBe(true);
  });
});

describe('edtfInterval', () => {
  it('closed and open intervals', () => {
    expect(edtfInterval({ year: 1928 }, { year: 1934 })).toBe('1928/1934');
    expect(edtfInterval({ year: 2017, month: 2, day: 13 }, { year: 2017, month: 2, day: 20 })).toBe('2017-02-13/2017-02-20');
    expect(edtfInterval({ year: 2018, month: 3 }, { year: 2023, month: 3 })).toBe('2018-03/2023-03');
    expect(edtfInterval({ year: 2023 }, null)).toBe('2023/..');
    for (const v of ['1928/1934', '2017-02-13/2017-02-20', '2018-03/2023-03', '2023/..', '1942/1945-10']) {
      expect(isValidEdtf(v)).toBe(true);
    }
  });
});

describe('compareDates', () => {
  it('compares at the common precision', () => {
    expect(compareDates({ year: 1988 }, { year: 1989 })).toBe(-1);
    expect(compareDates({ year: 1990 }, { year: 1989, month: 12 })).toBe(1);
    expect(compareDates({ year: 1988 }, { year: 1988, month: 6 })).toBe(0);
    expect(compareDates({ year: 1988, month: 6 }, { year: 1988, month: 6, day: 1 })).toBe(0);
    expect(compareDates({ year: 1988, month: 6, day: 2 }, { year: 1988, month: 6, day: 1 })).toBe(1);
    expect(compareDates({ year: 1988, month: 5, day: 30 }, { year: 1988, month: 6, day: 1 })).toBe(-1);
  });
  it('orders a decade only against what lies wholly outside its ten years', () => {
    expect(compareDates({ year: 1990, decade: true }, { year: 1999, month: 12 })).toBe(0);
    expect(compareDates({ year: 1990, decade: true }, { year: 2000 })).toBe(-1);
    expect(compareDates({ year: 1989 }, { year: 1990, decade: true })).toBe(-1);
    expect(compareDates({ year: 2000, decade: true }, { year: 1990, decade: true })).toBe(1);
    expect(compareDates({ year: 1990, decade: true }, { year: 1990, decade: true })).toBe(0);
  });
  it('writes a decade as EDTF with an unspecified digit, and accepts only a decade\'s first year', () => {
    expect(toEdtf({ year: 1990, decade: true })).toBe('199X');
    expect(precisionOf({ year: 1990, decade: true })).toBe('decade');
    expect(isCompleteDate({ year: 1990, decade: true })).toBe(true);
    expect(isCompleteDate({ year: 1995, decade: true })).toBe(false);
    expect(isCompleteDate({ year: 1990, month: 3, decade: true })).toBe(false);
  });
  it('orders sub-year groupings by the months they cover', () => {
    expect(compareDates({ year: 2012, subYear: 41 }, { year: 2012, month: 3 })).toBe(1);
    expect(compareDates({ year: 2012, subYear: 40 }, { year: 2012, month: 3 })).toBe(0);
    expect(compareDates({ year: 2012, subYear: 33 }, { year: 2012, subYear: 41 })).toBe(-1);
  });
  it('returns null when not comparable (winter spans the year end)', () => {
    expect(compareDates({ year: 2012, subYear: 24 }, { year: 2012, month: 1 })).toBeNull();
  });
});

describe('isCompleteDate / fillCompressed', () => {
  it('rejects impossible or partial dates', () => {
    expect(isCompleteDate({ year: 2010, month: 2, day: 29 })).toBe(false);
    expect(isCompleteDate({ year: 2012, month: 2, day: 29 })).toBe(true);
    expect(isCompleteDate({ month: 3 })).toBe(false);
    expect(isCompleteDate({ year: 2012, day: 3 })).toBe(false);
    expect(isCompleteDate({ year: 2012, month: 13 })).toBe(false);
    expect(isCompleteDate({ year: 2012, subYear: 25 })).toBe(false);
  });
  it('fills only the year, and the month of a bare day', () => {
    expect(fillCompressed({ month: 3 }, { year: 2017, month: 6 })).toEqual({ year: 2017, month: 3 });
    expect(fillCompressed({ day: 13 }, { year: 2017, month: 2, day: 20 })).toEqual({ year: 2017, month: 2, day: 13 });
    expect(fillCompressed({ year: 1942 }, { year: 1945, month: 10 })).toEqual({ year: 1942 });
  });
});

describe('isValidEdtf', () => {
  it.each(['foo', '1988-13', '1988-02-30', '2012-41/2013', '', '1988-6'])('rejects %j', (v) => {
    expect(isValidEdtf(v)).toBe(false);
  });
});
