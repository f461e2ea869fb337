import { describe, expect, it, vi } from 'vitest';
import { findDates, isValidEdtf, splitSentences } from '../../src/dates/index.ts';
import { proseParagraphs } from './doc-text.ts';

type M = [text: string, value: string, kind?: 'date' | 'range'];

function mentions(sentence: string): M[] {
  return findDates(sentence).map((m) => (m.kind === 'range' ? [m.text, m.value, 'range'] : [m.text, m.value]));
}

describe('findDates on sentences from the documents (verbatim)', () => {
  it.each<[string, M[]]>([
    ['On 6 March 1958, the CCP Central Committee and the State Council issued a joint notice on the establishment of the CCP Central Committee Foreign Affairs Group and the State Council Foreign Affairs Office.',
      [['6 March 1958', '1958-03-06']]],
    ['In 1988, according to the State Council Institutional Reform Plan adopted at the first session of the 7th National People\'s Congress, the State Council Foreign Affairs Office was established to take charge of the specific affairs of the Central Foreign Affairs Leading Group.',
      [['1988', '1988']]],
    ['In the second half of 2012, the central government established the Central Leading Group for Ocean Rights and Interests to be responsible for the discussion and coordination of ocean rights and interests affairs.',
      [['second half of 2012', '2012-41']]],
    ['The Plan for Deepening the Reform of the Party and State Institutions issued by the CCP Central Committee in March 2018 stated that the Central Leading Group for Foreign Affairs would be upgraded to the Central Foreign Affairs Commission.',
      [['March 2018', '2018-03']]],
    ['The exact founding date of the General Office is not known, but the office existed by 1942, when Li Fuchun was its chief.',
      [['1942', '1942']]],
    ['Yang Shangkun succeeded Li in October 1945 and remained in charge of the office until 1965.',
      [['October 1945', '1945-10'], ['1965', '1965']]],
    ['Ding Xuexiang headed the office from October 2017 until March 2023, when he was confirmed as Executive Vice Premier of the State Council.',
      [['from October 2017 until March 2023', '2017-10/2023-03', 'range']]],
    ['Ling Yun was appointed the first minister in June 1983, and the ministry officially began operating on 1 July 1983.',
      [['June 1983', '1983-06'], ['1 July 1983', '1983-07-01']]],
    ['Ling, who was born Wu Peilin on 29 June 1917 in Jiaxing, Zhejiang, died in Beijing on 15 March 2018 at the age of 100.',
      [['29 June 1917', '1917-06-29'], ['15 March 2018', '2018-03-15']]],
    ['Like the minister of public security, the minister holds police badge number 000001.', []],
    ['Liu Jianchao was one of the ministry\'s chief spokespersons between 2006 and 2009, and later served as head of the party\'s International Department.',
      [['between 2006 and 2009', '2006/2009', 'range']]],
    ['Qin Gang was appointed minister on 30 December 2022 but was removed on 25 July 2023 after a month-long absence from public view, and Wang Yi returned to the post.',
      [['30 December 2022', '2022-12-30'], ['25 July 2023', '2023-07-25']]],
    ['A Southern Weekend article published in June 2014 stated that the post of group leader had been held by the party\'s general secretary since 1987, including by Jiang Zemin.',
      [['June 2014', '2014-06'], ['1987', '1987']]],
    ['Liu He, a vice premier from March 2018 to March 2023, directed the commission\'s general office and reportedly kept the post for some time after leaving the government.',
      [['from March 2018 to March 2023', '2018-03/2023-03', 'range']]],
    ['The council was created by the National Security Act of 1947, which President Harry S. Truman signed on July 26, 1947.',
      [['1947', '1947'], ['July 26, 1947', '1947-07-26']]],
    ['Michael Flynn resigned on February 13, 2017, after only 24 days in office, and Keith Kellogg served briefly as acting advisor.',
      [['February 13, 2017', '2017-02-13']]],
    ['On March 18–19, 2021, Jake Sullivan and Secretary of State Antony Blinken met the Chinese officials Yang Jiechi and Wang Yi in Anchorage, Alaska.',
      [['March 18–19, 2021', '2021-03-18/2021-03-19', 'range']]],
    ['On May 1, 2025, President Donald Trump announced that Mike Waltz would be nominated as ambassador to the United Nations and that Secretary of State Marco Rubio would serve as interim national security advisor.',
      [['May 1, 2025', '2025-05-01']]],
    ['Hans Globke, who headed it from 1953 to 1963, was criticised throughout his tenure for having co-written an official commentary on the Nuremberg race laws.',
      [['from 1953 to 1963', '1953/1963', 'range']]],
    ['Chancellor Olaf Scholz travelled to Beijing on 4 November 2022 to meet Xi Jinping, becoming the first G7 leader to visit China since the start of the COVID-19 pandemic.',
      [['4 November 2022', '2022-11-04']]],
    ['Wolfgang Schmidt, a long-time adviser to Scholz, led the chancellery from 8 December 2021 until the government of Friedrich Merz took office on 6 May 2025.',
      [['8 December 2021', '2021-12-08'], ['6 May 2025', '2025-05-06']]],
  ])('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('findDates: forms from the brief', () => {
  it.each<[string, M[]]>([
    ['In 1981 and in 2014 it met.', [['1981', '1981'], ['2014', '2014']]],
    ['the 1982 constitution', [['1982', '1982']]],
    ['the Act of 1947.', [['1947', '1947']]],
    ['from 1928 to 1934', [['from 1928 to 1934', '1928/1934', 'range']]],
    ['It served 2014–2017.', [['2014–2017', '2014/2017', 'range']]],
    ['It served 2014 - 2017.', [['2014 - 2017', '2014/2017', 'range']]],
    ['in the 2005-06 season and 1990–91', [['2005-06', '2005/2006', 'range'], ['1990–91', '1990/1991', 'range']]],
    ['from March–June 2017', [['from March–June 2017', '2017-03/2017-06', 'range']]],
    ['on 13–20 February 2017', [['13–20 February 2017', '2017-02-13/2017-02-20', 'range']]],
    ['13\u201420 February 2017', [['13\u201420 February 2017', '2017-02-13/2017-02-20', 'range']]],
    ['from 6 May to 20 June 2025', [['from 6 May to 20 June 2025', '2025-05-06/2025-06-20', 'range']]],
    ['from March 30 – April 2, 2021', [['from March 30 – April 2, 2021', '2021-03-30/2021-04-02', 'range']]],
    ['the first quarter of 2013, in spring 2014, in the fall of 2015, Q3 2016, H2 2017',
      [['first quarter of 2013', '2013-33'], ['spring 2014', '2014-21'], ['fall of 2015', '2015-23'], ['Q3 2016', '2016-35'], ['H2 2017', '2017-41']]],
    ['Jan. 5, 1990 and Sept. 1991 and 5th of May 1992 and May 4th, 1919 and 1958-03-06.',
      [['Jan. 5, 1990', '1990-01-05'], ['Sept. 1991', '1991-09'], ['5th of May 1992', '1992-05-05'], ['May 4th, 1919', '1919-05-04'], ['1958-03-06', '1958-03-06']]],
    ['in mid-2012 and in 2023–present', [['2012', '2012'], ['2023–present', '2023/..', 'range']]],
    ['The 2014 elections were held.', [['2014', '2014']]],
    ['He became head in 1999 (the year of the reform).', [['1999', '1999']]],
    ['From 2000 to 1990, backwards.', [['2000', '2000'], ['1990', '1990']]],
    ['It lasted from 1990 until 1995.', [['from 1990 until 1995', '1990/1995', 'range']]],
    ['He stayed until 1995 and left by 1996.', [['1995', '1995'], ['1996', '1996']]],
    ['In September and October 2012 the office moved.', [['September', '2012-09'], ['October 2012', '2012-10']]],
    ['On 3 March, 5 April and 6 May 2019.', [['3 March', '2019-03-03'], ['5 April', '2019-04-05'], ['6 May 2019', '2019-05-06']]],
    // A day and month after a dated day or month of the same sentence take its year, never going back in time.
    ['Flynn was appointed on January 20, 2017 and resigned on February 13.', [['January 20, 2017', '2017-01-20'], ['February 13', '2017-02-13']]],
    ['It met on 12 September 2019 and again on 3 October.', [['12 September 2019', '2019-09-12'], ['3 October', '2019-10-03']]],
    ['On 1 May 2003, 5 June and 7 July the council met.', [['1 May 2003', '2003-05-01'], ['5 June', '2003-06-05'], ['7 July', '2003-07-07']]],
    ['It opened in September 2019 and met on 3 September.', [['September 2019', '2019-09'], ['3 September', '2019-09-03']]],
    ['He served from 12 September 2019 until 3 March.', [['12 September 2019', '2019-09-12']]],
    // After a range: the year of its end, and no earlier than its start.
    ['It met from 5 to 17 March 2013; on 16 March it elected him.', [['5 to 17 March 2013', '2013-03-05/2013-03-17', 'range'], ['16 March', '2013-03-16']]],
    ['From December 2012 to February 2013 it met; on 5 January it voted.', [['From December 2012 to February 2013', '2012-12/2013-02', 'range'], ['5 January', '2013-01-05']]],
    ['Since 2016, 15 April has been National Security Education Day.', [['2016', '2016']]],
    ['On 5 May 2018 it moved, and in 2019 it met on 3 October.', [['5 May 2018', '2018-05-05'], ['2019', '2019']]],
    ['Founded on 1 July 1949, it meets on 1 October each year.', [['1 July 1949', '1949-07-01']]],
    // Two days listed with one month: each a date, the first's text its day alone.
    ['It met on 1 and 2 May 2003.', [['1', '2003-05-01'], ['2 May 2003', '2003-05-02']]],
    // Three or more, with or without a comma before `and` (the first was lost).
    ['It met on 3, 5 and 7 March 2019.', [['3', '2019-03-03'], ['5', '2019-03-05'], ['7 March 2019', '2019-03-07']]],
    ['It met on 3, 5, and 7 March 2019.', [['3', '2019-03-03'], ['5', '2019-03-05'], ['7 March 2019', '2019-03-07']]],
    ['It met on 30, 31 and 1 February 2019.', [['1 February 2019', '2019-02-01']]],
    ['It had 3, 5 and 7 members in March 2019.', [['March 2019', '2019-03']]],
    ['It met on March 1 and 2, 2019.', [['March 1', '2019-03-01'], ['2, 2019', '2019-03-02']]],
    ['It met between 1 and 5 May 2003.', [['between 1 and 5 May 2003', '2003-05-01/2003-05-05', 'range']]],
    ['It met on 31 and 32 May 2003.', [['May 2003', '2003-05']]],
    ['On Monday, 3 March 2019, and on Tuesday, March 4, 2019.', [['3 March 2019', '2019-03-03'], ['March 4, 2019', '2019-03-04']]],
    ['In the winter of 1941 and in the spring of 1989.', [['winter of 1941', '1941-24'], ['spring of 1989', '1989-21']]],
    ['the 18th CCP Central Committee (2012–2017)', [['2012–2017', '2012/2017', 'range']]],
    ['between March 2012 and June 2013', [['between March 2012 and June 2013', '2012-03/2013-06', 'range']]],
    ['By the end of 2019, the agency had 3000 employees.', [['2019', '2019']]],
    ['It has about 2000 staff since the 2000 census.', [['2000', '2000']]],
    ['Document No. 9 (2013) and Decree No. 2019.', [['2013', '2013']]],
    ['The 1911 Revolution', [['1911', '1911']]],
    // A capitalised participle opens its clause: the year after it is one (not so `Expo 2010`, below).
    ['Established 1949; abolished 1954. Est. 1960.', [['1949', '1949'], ['1954', '1954'], ['1960', '1960']]],
    ['Following 1949, it grew. Starting 1950, it moved. Effective 2020, it merged.', [['1949', '1949'], ['1950', '1950'], ['2020', '2020']]],
    ['It was founded in AD 1949 and moved in 1950 CE.', [['1949', '1949'], ['1950', '1950']]],
    // A count after `and` ends a range of counts only when it is not smaller (`1500 and 2000 troops` is no year).
    ['It met 14 times in 2019 and 12 times in 2020; 1998 and 2,000 troops.', [['2019', '2019'], ['2020', '2020']]],
    // A label's number is no year, even with a dash and another number after it; nor is the end of a range whose start is not one.
    ['Law No. 2019-12 and Decree 2019-1234 apply; it was 2019-1234.', []],
    ['It occupies rooms 1901–1950 and Article 2014–2017 applies, in 2014–2017.', [['2014–2017', '2014/2017', 'range']]],
  ])('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('findDates: a year, a slash and the next years', () => {
  it.each<[string, M[]]>([
    ['In the 2019/20 season the office grew.', [['2019/20', '2019/2020', 'range']]],
    ['The 1999/00 budget was cut.', [['1999/00', '1999/2000', 'range']]],
    ['In the 2019/2020 season the office grew.', [['2019/2020', '2019/2020', 'range']]],
    // More than ten years on, a slashed date, or a year that is not later: not a pair of years.
    ['Circular 2021/05 and 2019/20/05 were filed.', []],
    ['The 2019/2018 and 2019/2020/2021 files.', []],
  ])('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });
});

describe('findDates: decades and approximate dates', () => {
  it.each<[string, M[]]>([
    ['In the 1980s and the mid-1990s.', [['1980s', '198X'], ['mid-1990s', '199X']]],
    ['In the 2010s, the commission met 20 times.', [['2010s', '201X']]],
    ["during the early 1960s and the 1970's, the 2000s and the late 1800s", [['early 1960s', '196X'], ["1970's", '197X'], ['2000s', '200X']]],
    ['It was founded circa 1950 and moved c. 1962, then ca. March 1970.', [['circa 1950', '1950~'], ['c. 1962', '1962~'], ['ca. March 1970', '1970-03~']]],
    ['It was rebuilt c.1801 (about 1800 people came).', [['c.1801', '1801~']]],
    ['It stood from circa 1950 to 1955.', [['circa 1950 to 1955', '1950~/1955', 'range']]],
    ['The office (设立于1958年3月) was set up on 6 March 1958; the law of 2001年3月16日 followed.', [['1958年3月', '1958-03'], ['6 March 1958', '1958-03-06'], ['2001年3月16日', '2001-03-16']]],
    ['He has been director from 2019–present; she served March 2020 – present.', [['from 2019–present', '2019/..', 'range'], ['March 2020 – present', '2020-03/..', 'range']]],
    ['It grew from c. 1950 to the present day and has met (2018–) from 2021 onwards, until today.', [['from c. 1950 to the present day', '1950~/..', 'range'], ['2018–', '2018/..', 'range'], ['from 2021 onwards', '2021/..', 'range']]],
    ['In 2019 – now a museum – it closed; the 1990s–present era (2019–now).', [['2019', '2019'], ['1990s', '199X'], ['2019–now', '2019/..', 'range']]],
    ['Joseph Maguire was acting director from Aug. 16, 2019, to Feb. 20, 2020.', [['from Aug. 16, 2019, to Feb. 20, 2020', '2019-08-16/2020-02-20', 'range']]],
    ['From 2005, to 2010 levels; March 3, 2019, to April 5, 2019.', [['2005', '2005'], ['2010', '2010'], ['March 3, 2019', '2019-03-03'], ['April 5, 2019', '2019-04-05']]],
    ['The law came into force on 31.12.1990, was signed on 2019.03.05 and ran from 1.1.1990 to 31.12.1995; not 30.02.2001 or 3.2.1990.1.', [['31.12.1990', '1990-12-31'], ['2019.03.05', '2019-03-05'], ['from 1.1.1990 to 31.12.1995', '1990-01-01/1995-12-31', 'range']]],
    ['Between late 2017 and early 2018 it was reorganised; from mid-2019 to 2020 it grew; in late 2021 and early 2022 it shrank.', [['Between late 2017 and early 2018', '2017/2018', 'range'], ['from mid-2019 to 2020', '2019/2020', 'range'], ['2021', '2021'], ['2022', '2022']]],
    ['He served from 1994年7月 to 1997年3月, not in 2001年13月.', [['from 1994年7月 to 1997年3月', '1994-07/1997-03', 'range']]],
  ])('%s', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });

  it('gives a decade the precision `decade`, and an approximate date the precision written', () => {
    expect(findDates('In the 1990s and circa June 1950.').map((m) => [m.value, m.precision])).toEqual([['199X', 'decade'], ['1950-06~', 'month']]);
  });
});

describe('findDates: what is not a date', () => {
  it.each([
    'The following month, he resigned.',
    'He left today, on Monday, and returned the following week.',
    'He met them in March and again in May.',
    'The 7th National People\'s Congress met.',
    'after only 24 days in office',
    'A 24-member panel was set up.',
    'the start of the COVID-19 pandemic',
    'the first G7 leader',
    'at 70 Whitehall',
    'police badge number 000001',
    'He sent 2000 troops.',
    'In total 2000 troops were sent.',
    'at the age of 100',
    'Headquarters: 2 Chaoyangmen Nandajie',
    'About 1500 people came, over 2000 km away.',
    'It cost $2000 and £1500.',
    'See No. 1990 and page 1999.',
    'Expo 2010 and Vision 2030 and Windows 2000.',
    '1600 Pennsylvania Avenue',
    'It cost 12,000 yuan; 12000 people; 2000.5 km; 3/4/2000.',
    'March 24 was fine, May 24 people came.',
    'On 31 February 2010 nothing happened.',
    'in 2101 and in 0999 and in 999',
    'a 2000-strong force',
    'the 5th of May',
    'In March and again in May, he left.',
    'in March the office moved',
    'Call +86 10 1234 5678 or see ISBN 978-7-1234-5678-9.',
    'The 1000s of troops were sent.',
    'In the 1900s and the late 1800s.',
    'It was held on Sept. second.',
    'at 1800 hours',
    'It grew from 1500 to 2000 troops, or 1500–2000 people.',
    'between 1200 and 1500 members',
    'In 2000 BC, 1200 BCE and 1100 B.C. it was settled.',
  ])('%s', (sentence) => {
    expect(findDates(sentence)).toEqual([]);
  });
});

const DOC_VALUES: [string, string[]][] = [
  ['seeds/000_1f1d3acaa8eb629d.txt',
    ['1958-03-06', '1961-09', '1961-10', '1970-06', '1981', '1988', '1998-08', '2000-09', '2012-41', '2014', '2018-03']],
  ['seeds/001_66d9a2a65db73112.txt', ['2000-09', '2014']],
  ['fixtures/docs/001_general_office_ccp.txt', ['1942', '1945-10', '1965', '2012-09', '2017-10/2023-03', '2023-03-20']],
  ['fixtures/docs/005_ministry_of_state_security.txt',
    ['1983', '1983-06', '1983-07-01', '1917-06-29', '2018-03-15', '2022', '2022-10-30']],
  ['fixtures/docs/008_ministry_of_foreign_affairs_china.txt',
    ['1949-10-01', '1958-02', '1972-01', '2007-04', '2013-03', '2022-12-30', '2023-07-25', '2006/2009']],
  ['fixtures/docs/013_central_financial_and_economic_affairs_commission.txt',
    ['1980-03-17', '2014-06-13', '2014-06', '1987', '2018-03', '2018-04-02', '2018-03/2023-03', '1987']],
  ['fixtures/docs/016_united_states_national_security_council.txt',
    ['1947', '1947-07-26', '1947-09-26', '2017-02-13', '2019-09', '2021-03-18/2021-03-19', '2023-05', '2025-05-01']],
  ['fixtures/docs/018_federal_chancellery_germany.txt',
    ['1949', '1953/1963', '1976', '2001', '2022-11-04', '2021-12-08', '2025-05-06']],
];

describe('findDates over the prose of each document (hand-worked values)', () => {
  it.each(DOC_VALUES)('%s', (doc, values) => {
    const found = proseParagraphs(doc).flatMap((p) => splitSentences(p)).flatMap((s) => findDates(s.text));
    expect(found.map((m) => m.value)).toEqual(values);
    for (const m of found) expect(isValidEdtf(m.value), m.value).toBe(true);
  });
});

describe('findDates never uses the reference date', () => {
  it('gives the same answer whatever the clock says', () => {
    const s = 'In March he left; on 6 March 1958 and in June 1988 and next May and 2014–2017.';
    const now = findDates(s);
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('1971-07-15T00:00:00Z'));
      expect(findDates(s)).toEqual(now);
    } finally {
      vi.useRealTimers();
    }
    expect(now.map((m) => m.value)).toEqual(['1958-03-06', '1988-06', '2014/2017']);
  });
});

describe('findDates performance', () => {
  it('skips long text without a four-digit number and handles a 2 MB line', () => {
    let t0 = performance.now();
    expect(findDates('The following month, '.repeat(100_000))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(200);
    t0 = performance.now();
    const found = findDates('He sent 2000 troops in 1990. '.repeat(70_000));
    expect(found.length).toBe(70_000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
