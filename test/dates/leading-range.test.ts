import { describe, expect, it } from 'vitest';
import { type LeadingRange, edtfInterval, isValidEdtf, parseLeadingRange, toEdtf } from '../../src/dates/index.ts';
import { listSegments } from './doc-text.ts';

type Expect = { start: string; end: string | null; incumbent?: boolean; note?: string | null };

function summary(r: LeadingRange | null): Expect | null {
  if (!r) return null;
  return {
    start: r.start ? toEdtf(r.start) : 'NULL',
    end: r.end ? toEdtf(r.end) : null,
    incumbent: r.incumbent,
    note: r.note,
  };
}

function check(segment: string, e: Expect): void {
  const r = parseLeadingRange(segment);
  expect(summary(r)).toEqual({ incumbent: false, note: null, ...e });
  expect(r?.problems).toEqual([]);
}

describe('parseLeadingRange: segments from the brief and the documents', () => {
  it.each<[string, Expect]>([
    ['June 1988 – December 1989', { start: '1988-06', end: '1989-12' }],
    ['2014–2017, Secretary of the Secretariat of the CCP Central Committee', { start: '2014', end: '2017', note: 'Secretary of the Secretariat of the CCP Central Committee' }],
    ['2023-, member of the Standing Committee', { start: '2023', end: null, incumbent: true, note: 'member of the Standing Committee' }],
    ['January 2023 – Incumbent, member of the Politburo and concurrently Minister of Foreign Affairs since July 2023',
      { start: '2023-01', end: null, incumbent: true, note: 'member of the Politburo and concurrently Minister of Foreign Affairs since July 2023' }],
    ['May 2018– July 2022, Executive Deputy Director, Minister of State Security', { start: '2018-05', end: '2022-07', note: 'Executive Deputy Director, Minister of State Security' }],
    ['February 13–20, 2017, acting', { start: '2017-02-13', end: '2017-02-20', note: 'acting' }],
    ['13–20 February 2017', { start: '2017-02-13', end: '2017-02-20' }],
    ['March–June 2017', { start: '2017-03', end: '2017-06' }],
    ['1942 – October 1945', { start: '1942', end: '1945-10' }],
    ['September 2025 –', { start: '2025-09', end: null, incumbent: true }],
    ['July 2018 – ', { start: '2018-07', end: null, incumbent: true }],
    [' July 2023 – present', { start: '2023-07', end: null, incumbent: true }],
    ['2023–present, concurrently first-ranked Secretary of the Secretariat', { start: '2023', end: null, incumbent: true, note: 'concurrently first-ranked Secretary of the Secretariat' }],
    ['May 1, 2025 – present, interim, concurrently Secretary of State', { start: '2025-05-01', end: null, incumbent: true, note: 'interim, concurrently Secretary of State' }],
    ['7 July 1999 – 22 November 2005, later President of Germany', { start: '1999-07-07', end: '2005-11-22', note: 'later President of Germany' }],
    ['1997 – June 2008', { start: '1997', end: '2008-06' }],
    ['1998', { start: '1998', end: '1998' }],
    ['1998, acting', { start: '1998', end: '1998', note: 'acting' }],
    ['April 2005 – August 2013, State Councilor and concurrently from March 2008 to March 2013',
      { start: '2005-04', end: '2013-08', note: 'State Councilor and concurrently from March 2008 to March 2013' }],
    ['August 2013 – March 2018, concurrently State Councilor [concurrently until October 2017], member of the Politburo and concurrently State Councilor since October 2017',
      { start: '2013-08', end: '2018-03', note: 'concurrently State Councilor [concurrently until October 2017], member of the Politburo and concurrently State Councilor since October 2017' }],
    [' April 2015 - October 2016, deputy director in charge of executive work (ministerial level)',
      { start: '2015-04', end: '2016-10', note: 'deputy director in charge of executive work (ministerial level)' }],
    ['October 2022 – Incumbent', { start: '2022-10', end: null, incumbent: true }],
    ['30 December 2022 – 25 July 2023', { start: '2022-12-30', end: '2023-07-25' }],
    ['January 20, 2017 – February 13, 2017', { start: '2017-01-20', end: '2017-02-13' }],
    ['September 10, 2019 – September 18, 2019, acting', { start: '2019-09-10', end: '2019-09-18', note: 'acting' }],
    ['2013–2023, concurrently Vice Premier from March 2018 to March 2023', { start: '2013', end: '2023', note: 'concurrently Vice Premier from March 2018 to March 2023' }],
    ['2023–', { start: '2023', end: null, incumbent: true }],
  ])('%j', (segment, e) => check(segment, e));
});

describe('parseLeadingRange: separators and spellings', () => {
  it.each<[string, Expect]>([
    ['1990-1995', { start: '1990', end: '1995' }],
    ['1990\u20141995', { start: '1990', end: '1995' }],
    ['1990 \u2212 1995', { start: '1990', end: '1995' }],
    ['1990 to 1995', { start: '1990', end: '1995' }],
    ['June 1990 until May 1995', { start: '1990-06', end: '1995-05' }],
    ['from 1990 to 1995', { start: '1990', end: '1995' }],
    ['since 2019', { start: '2019', end: null, incumbent: true }],
    ['from 2019, acting', { start: '2019', end: null, incumbent: true, note: 'acting' }],
    ['1990 – 12 March 1995', { start: '1990', end: '1995-03-12' }],
    ['1990–91', { start: '1990', end: '1991' }],
    ['1999–00', { start: '1999', end: '2000' }],
    // After a year-only start, `17, 2018` is a short end year and then the next range, not a day and a year.
    ['2013–17, 2018–22', { start: '2013', end: '2017', note: '2018–22' }],
    ['Jun. 1988 – Dec. 1989', { start: '1988-06', end: '1989-12' }],
    ['6th March 1958 – 1 July 1960', { start: '1958-03-06', end: '1960-07-01' }],
    ['1958-03-06 – 1960-07-01', { start: '1958-03-06', end: '1960-07-01' }],
    ['13 February – 20 March 2017', { start: '2017-02-13', end: '2017-03-20' }],
    ['March 30 – April 2, 2021', { start: '2021-03-30', end: '2021-04-02' }],
    ['2023 – now', { start: '2023', end: null, incumbent: true }],
    ['1990\u00a0–\u00a01995', { start: '1990', end: '1995' }],
    ['spring 2012 – autumn 2013', { start: '2012-21', end: '2013-23' }],
  ])('%j', (segment, e) => check(segment, e));

  it('keeps the texts as written', () => {
    const r = parseLeadingRange('January 2023 – Incumbent, member');
    expect(r?.startText).toBe('January 2023');
    expect(r?.endText).toBe('Incumbent');
    expect(parseLeadingRange('2023-, member')?.endText).toBeNull();
    expect(parseLeadingRange('February 13–20, 2017, acting')?.endText).toBe('20, 2017');
  });
});

describe('parseLeadingRange: not a date, and problems', () => {
  it.each(['中办', 'interim', 'acting', '', '  ', 'born 1950', '1900s', 'March', '12–14, something', '7th Congress', 'No. 1990', 'c.', 'circa'])(
    '%j → null',
    (segment) => expect(parseLeadingRange(segment)).toBeNull(),
  );

  it('records start after end but keeps the record', () => {
    const r = parseLeadingRange('June 1995 – March 1990');
    expect(summary(r)).toEqual({ start: '1995-06', end: '1990-03', incumbent: false, note: null });
    expect(r?.problems).toEqual(['start after end']);
  });

  it('reads an approximate date as written and reports it', () => {
    const r = parseLeadingRange('c. 1950 – circa 1955, acting');
    expect(summary(r)).toEqual({ start: '1950', end: '1955', incumbent: false, note: 'acting' });
    expect(r?.problems).toEqual(['approximate start', 'approximate end']);
    expect(parseLeadingRange('ca.1950')?.problems).toEqual(['approximate start']);
  });

  it('records an unreadable end', () => {
    const r = parseLeadingRange('1990 – sometime, acting');
    expect(r?.start).toEqual({ year: 1990 });
    expect(r?.end).toBeNull();
    expect(r?.incumbent).toBe(false);
    expect(r?.problems[0]).toMatch(/^unreadable end/);
  });
});

describe('parseLeadingRange with numeric year-months', () => {
  it('reads YYYY.MM always, and ISO YYYY-MM on both sides of a range or before an open end', () => {
    expect(summary(parseLeadingRange('1990.01—1995.02, deputy'))).toEqual({ start: '1990-01', end: '1995-02', incumbent: false, note: 'deputy' });
    expect(summary(parseLeadingRange('1990.1–1995.12'))).toEqual({ start: '1990-01', end: '1995-12', incumbent: false, note: null });
    expect(summary(parseLeadingRange('1990-01 – 1995-02'))).toEqual({ start: '1990-01', end: '1995-02', incumbent: false, note: null });
    expect(summary(parseLeadingRange('from 2013-03 to 2015-06'))).toEqual({ start: '2013-03', end: '2015-06', incumbent: false, note: null });
    expect(summary(parseLeadingRange('2013-03 – present'))).toEqual({ start: '2013-03', end: null, incumbent: true, note: null });
    expect(summary(parseLeadingRange('1990-01-05 – 1995-02-01'))).toEqual({ start: '1990-01-05', end: '1995-02-01', incumbent: false, note: null });
  });
  it('reads an ISO 8601 interval whose start has its month, its end at any precision', () => {
    expect(summary(parseLeadingRange('1998-03-16/2003-03-17, acting'))).toEqual({ start: '1998-03-16', end: '2003-03-17', incumbent: false, note: 'acting' });
    expect(summary(parseLeadingRange('1998-03/2003-03'))).toEqual({ start: '1998-03', end: '2003-03', incumbent: false, note: null });
    expect(summary(parseLeadingRange('1998-03/2003'))).toEqual({ start: '1998-03', end: '2003', incumbent: false, note: null });
    // Years alone stay a pair of years, and a season before a dash its start.
    expect(summary(parseLeadingRange('1998/2003'))).toEqual({ start: '1998', end: '2003', incumbent: false, note: null });
    expect(summary(parseLeadingRange('1998/99–2003'))).toMatchObject({ start: '1998', end: '2003' });
  });
  it('leaves a lone or mixed YYYY-MM a compressed range of years', () => {
    expect(summary(parseLeadingRange('2011-12'))).toEqual({ start: '2011', end: '2012', incumbent: false, note: null });
    expect(summary(parseLeadingRange('2011-12 to 2013'))).toEqual({ start: '2011', end: '2012', incumbent: false, note: 'to 2013' });
  });
});

describe('parseLeadingRange after words that introduce the dates', () => {
  it('reads between … and, and skips served, in office, term and tenure', () => {
    expect(summary(parseLeadingRange('between 1990 and 1995'))).toEqual({ start: '1990', end: '1995', incumbent: false, note: null });
    expect(summary(parseLeadingRange('served 1990–1995'))).toEqual({ start: '1990', end: '1995', incumbent: false, note: null });
    expect(summary(parseLeadingRange('in office March 1990 – present, acting'))).toEqual({ start: '1990-03', end: null, incumbent: true, note: 'acting' });
    expect(summary(parseLeadingRange('Term: 2013–2018'))).toEqual({ start: '2013', end: '2018', incumbent: false, note: null });
    expect(summary(parseLeadingRange('tenure 2013'))).toEqual({ start: '2013', end: '2013', incumbent: false, note: null });
  });
  it('reads nothing from between without and, or from a longer word', () => {
    expect(parseLeadingRange('between 1990')).toBeNull();
    expect(parseLeadingRange('between 1990, deputy')).toBeNull();
    expect(parseLeadingRange('termination 1990')).toBeNull();
    // `and` joins a range only after `between`.
    expect(summary(parseLeadingRange('1990 and 1995'))).toEqual({ start: '1990', end: '1990', incumbent: false, note: 'and 1995' });
  });
});

describe('parseLeadingRange with open words and slashed years', () => {
  it('reads onwards and to date as an open end, and 2021/22 as a range of years', () => {
    expect(summary(parseLeadingRange('2021 onwards, deputy'))).toEqual({ start: '2021', end: null, incumbent: true, note: 'deputy' });
    expect(parseLeadingRange('March 2021 onward')?.endText).toBe('onward');
    expect(summary(parseLeadingRange('2021 – to date'))).toEqual({ start: '2021', end: null, incumbent: true, note: null });
    expect(summary(parseLeadingRange('2021 till present'))).toEqual({ start: '2021', end: null, incumbent: true, note: null });
    expect(summary(parseLeadingRange('2021/22'))).toEqual({ start: '2021', end: '2022', incumbent: false, note: null });
    expect(summary(parseLeadingRange('1999/00'))).toEqual({ start: '1999', end: '2000', incumbent: false, note: null });
    expect(summary(parseLeadingRange('2021/2024, acting'))).toEqual({ start: '2021', end: '2024', incumbent: false, note: 'acting' });
  });
  it('reads two years and a dash as the start of a range, its first year, and says so', () => {
    for (const [segment, end, startText] of [['1998/99–2003', '2003', '1998/99'], ['1998/1999 – 2003, acting', '2003', '1998/1999']] as const) {
      const r = parseLeadingRange(segment);
      expect(r && [toEdtf(r.start!), toEdtf(r.end!), r.startText], segment).toEqual(['1998', end, startText]);
      expect(r?.problems, segment).toEqual([`start written as two years (${JSON.stringify(startText)}): the first is read`]);
    }
    expect(summary(parseLeadingRange('1998/99 – present'))).toEqual({ start: '1998', end: null, incumbent: true, note: null });
    // Without a dash after them, the two years are the range, as before.
    expect(summary(parseLeadingRange('2019/20'))).toEqual({ start: '2019', end: '2020', incumbent: false, note: null });
  });

  it('leaves a slash that joins no later year, or follows a month, out of the range; a month after it is a month', () => {
    expect(summary(parseLeadingRange('2021/2020'))).toEqual({ start: '2021', end: '2021', incumbent: false, note: '/2020' });
    expect(summary(parseLeadingRange('2021/05'))).toEqual({ start: '2021-05', end: '2021-05', incumbent: false, note: null });
    expect(summary(parseLeadingRange('March 2021/22'))).toEqual({ start: '2021-03', end: '2021-03', incumbent: false, note: '/22' });
  });
});

/** Each segment's range has no end, no open end and no problem, and that `endText` and note. */
function expectNoEnd(cases: readonly (readonly [segment: string, endText: string, note: string | null])[]): void {
  for (const [segment, endText, note] of cases) {
    const r = parseLeadingRange(segment);
    expect(r?.end, segment).toBeNull();
    expect(r?.incumbent, segment).toBe(false);
    expect(r?.endText, segment).toBe(endText);
    expect(r?.note, segment).toBe(note);
    expect(r?.problems, segment).toEqual([]);
  }
}

describe('parseLeadingRange with an end written as unknown', () => {
  it('gives no end, no open end and no problem for "?" or "unknown"', () => {
    expectNoEnd([['1949–?', '?', null], ['1949 – ?, acting', '?', 'acting'], ['March 1949 – unknown', 'unknown', null]]);
  });
});

describe('parseLeadingRange with an end written as the holder\'s death', () => {
  it('ends at the date after `died`, `d.` or `his death`, with the words as the note', () => {
    const cases = [
      ['1998 – died in office, 2003', '2003', '2003', 'died in office'],
      ['2003 – his death in 2005', '2005', '2005', 'his death'],
      ['2005 – died 2007', '2007', '2007', 'died'],
      ['2009 – d. 2010', '2010', '2010', 'd.'],
      ['June 1998 – died on 3 May 2003, acting', '2003-05-03', '3 May 2003', 'died; acting'],
      ['March 2001 – died 12 June', '2001-06-12', '12 June', 'died'],
    ] as const;
    for (const [segment, end, endText, note] of cases) {
      const r = parseLeadingRange(segment);
      expect(r && toEdtf(r.end!), segment).toBe(end);
      expect(r?.endText, segment).toBe(endText);
      expect(r?.note, segment).toBe(note);
      expect(r?.incumbent, segment).toBe(false);
      expect(r?.problems, segment).toEqual([]);
    }
  });
  it('gives no end and no problem when no date follows the words; other words stay unreadable', () => {
    expectNoEnd([['2010 – death', 'death', null], ['1998 – died in office, acting', 'died in office', 'acting']]);
    expect(parseLeadingRange('1998 – deathly 2003')?.problems[0]).toMatch(/^unreadable end/);
    expect(parseLeadingRange('1998 – diedre 2003')?.problems[0]).toMatch(/^unreadable end/);
  });
});

describe('parseLeadingRange on every list segment of the documents', () => {
  const docs = [
    'seeds/000_1f1d3acaa8eb629d.txt', 'seeds/001_66d9a2a65db73112.txt',
    'fixtures/docs/001_general_office_ccp.txt', 'fixtures/docs/005_ministry_of_state_security.txt',
    'fixtures/docs/008_ministry_of_foreign_affairs_china.txt',
    'fixtures/docs/013_central_financial_and_economic_affairs_commission.txt',
    'fixtures/docs/016_united_states_national_security_council.txt',
    'fixtures/docs/018_federal_chancellery_germany.txt',
  ];
  it.each(docs)('%s: every dated segment gives a valid, ordered span', (doc) => {
    for (const seg of listSegments(doc)) {
      const r = parseLeadingRange(seg);
      if (!r) continue;
      expect(r.problems, seg).toEqual([]);
      expect(r.start, seg).not.toBeNull();
      if (!r.start) continue;
      const value = edtfInterval(r.start, r.incumbent ? null : r.end);
      expect(isValidEdtf(value), `${seg} → ${value}`).toBe(true);
    }
  });
  it('counts the spans of the documents', () => {
    const spans = docs.flatMap((d) => listSegments(d)).map((s) => parseLeadingRange(s)).filter((r) => r !== null);
    // 10+7+15+6+13+2+16+12 spans, hand-counted (the infobox `(中办)` is not one)
    expect(spans.length).toBe(81);
  });
});

describe('parseLeadingRange is linear', () => {
  it.each([
    ['long note', `1990 – 1995, ${'a'.repeat(2_000_000)}`],
    ['long whitespace', `1990 –${' '.repeat(2_000_000)}x`],
    ['digits', '1'.repeat(2_000_000)],
    ['dashes', `1990${'–'.repeat(2_000_000)}`],
    ['dates', '1990 – 1995 '.repeat(170_000)],
    ['spaces then date', `${' '.repeat(2_000_000)}1990`],
  ])('2 MB segment (%s) returns quickly', (_name, segment) => {
    const t0 = performance.now();
    parseLeadingRange(segment);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
