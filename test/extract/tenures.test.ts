/** parseEntry: the dates of leader entries (ranges, open and unknown ends, listed spans, approximate dates). */
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/extract/tenures/entry.ts';
import { extractTenures } from '../../src/extract/tenures/index.ts';
import { parseDocument } from '../../src/parse/index.ts';

const spans = (text: string) => parseEntry(text).spans.map((s) => [s.start, s.end, s.incumbent, s.note]);
const tenuresOf = (text: string) => extractTenures(parseDocument(text), text);

describe('parseEntry', () => {
  it('reads the person, native name and every span of real entries', () => {
    expect(parseEntry('Chen Yunlin (陈云林) (1997 – June 2008)')).toMatchObject({ person: 'Chen Yunlin', nativeName: '陈云林' });
    expect(spans('Chen Yunlin (陈云林) (1997 – June 2008)')).toEqual([['1997', '2008-06', false, null]]);
    expect(spans('Cai Qi (March 2014 – April 2015, deputy director; April 2015 - October 2016, deputy director in charge of executive work (ministerial level))')).toEqual([
      ['2014-03', '2015-04', false, 'deputy director'],
      ['2015-04', '2016-10', false, 'deputy director in charge of executive work (ministerial level)'],
    ]);
    expect(spans('Dai Bingguo (April 2005 – August 2013, State Councilor and concurrently from March 2008 to March 2013)')).toEqual([
      ['2005-04', '2013-08', false, 'State Councilor and concurrently from March 2008 to March 2013'],
    ]);
    expect(spans('Wang Yi (March 2013 – December 2022; July 2023 – present)')).toEqual([
      ['2013-03', '2022-12', false, null],
      ['2023-07', null, true, null],
    ]);
  });

  it('reads open ends, compressed and US ranges at the precision written', () => {
    expect(spans('He Lifeng (2023–)')).toEqual([['2023', null, true, null]]);
    expect(spans('Cai Qi (2023-, member of the Standing Committee)')).toEqual([['2023', null, true, 'member of the Standing Committee']]);
    expect(spans('X (July 2018 – )')).toEqual([['2018-07', null, true, null]]);
    expect(spans('X (September 2025 –)')).toEqual([['2025-09', null, true, null]]);
    expect(spans('Chen Yixin (October 2022 – Incumbent)')).toEqual([['2022-10', null, true, null]]);
    expect(spans('Keith Kellogg (February 13–20, 2017, acting)')).toEqual([['2017-02-13', '2017-02-20', false, 'acting']]);
    expect(spans('Anthony Lake (January 20, 1993 – March 14, 1997)')).toEqual([['1993-01-20', '1997-03-14', false, null]]);
    expect(spans('X (14 March 2018–8 December 2021)')).toEqual([['2018-03-14', '2021-12-08', false, null]]);
  });

  it('reads ranges listed with commas as spans, and a Latin bracket before the dates as a qualifier', () => {
    expect(spans('Ww Xx (1990–1991, 1993–1995)')).toEqual([['1990', '1991', false, null], ['1993', '1995', false, null]]);
    expect(spans('X (March 2001 – May 2003, June 2005 – present)')).toEqual([['2001-03', '2003-05', false, null], ['2005-06', null, true, null]]);
    // A single date listed after a range or date is a span too.
    expect(spans('X (1990–1995, 1998)')).toEqual([['1990', '1995', false, null], ['1998', '1998', false, null]]);
    expect(spans('X (1998 and 2003)')).toEqual([['1998', '1998', false, null], ['2003', '2003', false, null]]);
    // A note that holds more than a range or date stays a note.
    expect(spans('X (1990–1991, minister 1993–1995)')).toEqual([['1990', '1991', false, 'minister 1993–1995']]);
    expect(spans('X (1990–1995, 1998 Olympics)')).toEqual([['1990', '1995', false, '1998 Olympics']]);
    // Up to 32 listed: a longer list is one span and a note (it overflowed the stack before).
    expect(spans(`X (${'1990–1991, '.repeat(32)}1992)`)).toHaveLength(33);
    const long = parseEntry(`X (${'1990–1991, '.repeat(100_000)}1992)`).spans;
    expect(long).toHaveLength(1);
    expect(long[0]!.note?.startsWith('1990–1991, 1990–1991')).toBe(true);
    expect(parseEntry('Gg Hh (acting) (1990–1991)')).toMatchObject({ person: 'Gg Hh', nativeName: null, spans: [{ start: '1990', end: '1991', note: 'acting' }] });
    expect(parseEntry('Li Wei (李伟) (CDU) (1960–1962, deputy)')).toMatchObject({ person: 'Li Wei', nativeName: '李伟', spans: [{ note: 'CDU; deputy' }] });
    // Words between two brackets before the dates qualify the entry as well.
    expect(parseEntry('Kurt Schmücker (CDU), acting (28 October 1966 – 1 December 1966)')).toMatchObject({ person: 'Kurt Schmücker', spans: [{ start: '1966-10-28', end: '1966-12-01', note: 'CDU; acting' }] });
    expect(parseEntry('Li Wei (李伟), CDU, (1960–1962)')).toMatchObject({ person: 'Li Wei', nativeName: '李伟', spans: [{ note: 'CDU' }] });
  });

  it('reads ranges joined by "and" as spans, the second one placed after the joiner', () => {
    expect(spans('Zhu Rongji (1990–1995 and 1998–2003)')).toEqual([['1990', '1995', false, null], ['1998', '2003', false, null]]);
    expect(spans('X (2013–17, 2018–22)')).toEqual([['2013', '2017', false, null], ['2018', '2022', false, null]]);
    expect(spans('X (1998-2003 / 2005-2008)')).toEqual([['1998', '2003', false, null], ['2005', '2008', false, null]]);
    expect(spans('X (1998–2003 / acting)')).toEqual([['1998', '2003', false, '/ acting']]);
    expect(spans('X (1990–1995, & June 1998 – present)')).toEqual([['1990', '1995', false, null], ['1998-06', null, true, null]]);
    const entry = 'Zhu Rongji (1990–1995 and 1998–2003)';
    expect(parseEntry(entry).spans.map((s) => entry.slice(s.offset, s.offset + 4))).toEqual(['1990', '1998']);
    // `and` before anything but a range stays in the note.
    expect(spans('X (1990–1995 and again in 1998)')).toEqual([['1990', '1995', false, 'and again in 1998']]);
  });

  it('reads a span that gives only its end, and an end written as unknown, without a problem', () => {
    expect(spans('Hua Guofeng (until 1980)')).toEqual([[null, '1980', false, null]]);
    expect(spans('X (to June 1980, acting)')).toEqual([[null, '1980-06', false, 'acting']]);
    expect(spans('X (? – 1980)')).toEqual([[null, '1980', false, null]]);
    expect(spans('X (served until 2003)')).toEqual([[null, '2003', false, null]]);
    // Only the start written: the end is not known, as in `1949–?`.
    expect(spans('X (appointed March 2023)')).toEqual([['2023-03', null, false, null]]);
    expect(spans('X (took office on 12 March 2023, acting)')).toEqual([['2023-03-12', null, false, 'acting']]);
    expect(spans('X (1998 – ongoing)')).toEqual([['1998', null, true, null]]);
    // No date, but the holder is in office: the start is not written.
    expect(spans('X (Incumbent)')).toEqual([[null, null, true, null]]);
    expect(spans('X – incumbent')).toEqual([[null, null, true, null]]);
    expect(parseEntry('Wang Yi (王毅) (acting) (current)')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅', spans: [{ endText: 'current', note: 'acting', problems: [] }] });
    expect(parseEntry('Wang Yi – current director').spans).toEqual([]);
    expect(spans('X (–c. 1980; 1985–1990)')).toEqual([[null, '1980~', false, null], ['1985', '1990', false, null]]);
    expect(parseEntry('X (until 1980)').spans[0]).toMatchObject({ startText: null, endText: '1980', problems: [] });
    expect(spans('Song Ping (1949–?)')).toEqual([['1949', null, false, null]]);
    // Ended by the holder's death: the date after the words is the end; the words lead the note.
    expect(spans('Li Peng (1998 – died in office, 2003)')).toEqual([['1998', '2003', false, 'died in office']]);
    expect(spans('X (2003 – his death in 2005; 2007–2009)')).toEqual([['2003', '2005', false, 'his death'], ['2007', '2009', false, null]]);
    expect(parseEntry('X (2010 – death)').spans[0]).toMatchObject({ end: null, incumbent: false, endText: 'death', problems: [] });
    // Only the first segment may give an end alone; elsewhere it continues the note.
    expect(spans('X (1975–1978; until 1980)')).toEqual([['1975', '1978', false, 'until 1980']]);
    expect(spans('X (to the minister)')).toEqual([]);
    const { tenures, problems } = tenuresOf('= T =\n== Heads ==\n- A (until 1980)\n- B (1980–1985)\n- C (1985–?)\n');
    expect(tenures.map((t) => [t.person, t.start, t.end, t.incumbent, t.flagged])).toEqual([['A', null, '1980', false, false], ['B', '1980', '1985', false, false], ['C', '1985', null, false, false]]);
    expect(problems).toEqual([]);
  });

  it('reads an open range written before the name with the dash against the date', () => {
    expect(parseEntry('2023– Zhang San')).toMatchObject({ person: 'Zhang San', spans: [{ start: '2023', end: null, incumbent: true }] });
    expect(parseEntry('March 2023- Zhang San')).toMatchObject({ person: 'Zhang San', spans: [{ start: '2023-03', incumbent: true }] });
    // A spaced dash after a lone date may mean a single date: no entry is made of it.
    expect(parseEntry('2023 – Zhang San')).toMatchObject({ spans: [] });
    expect(parseEntry('2023– 2nd Plenum')).toMatchObject({ spans: [] });
  });

  it('moves an acting or interim standing written with the name into the note', () => {
    expect(parseEntry('Acting: Luo Gan (2013–2014)')).toMatchObject({ person: 'Luo Gan', spans: [{ start: '2013', end: '2014', note: 'acting' }] });
    expect(parseEntry('Interim – Luo Gan (2013–2014, deputy)')).toMatchObject({ person: 'Luo Gan', spans: [{ note: 'interim; deputy' }] });
    expect(parseEntry('Wei Jianxing, acting (1990–1995; 1998–2003)')).toMatchObject({ person: 'Wei Jianxing', spans: [{ note: 'acting' }, { note: 'acting' }] });
    expect(parseEntry('Wei Jianxing, Acting, 1990–1995')).toMatchObject({ person: 'Wei Jianxing', spans: [{ start: '1990', note: 'acting' }] });
    // A name is never left empty, and a word that only starts like one is no standing.
    expect(parseEntry('Acting (1990–1995)')).toMatchObject({ person: 'Acting' });
    expect(parseEntry('Actingham Lee (1990–1995)')).toMatchObject({ person: 'Actingham Lee', spans: [{ note: null }] });
  });

  it('marks an approximate date the EDTF way, as data rather than a problem', () => {
    expect(spans('Tom Kay (c. 1950 – 1955)')).toEqual([['1950~', '1955', false, null]]);
    expect(spans('X (circa March 1950 – ca. 1955)')).toEqual([['1950-03~', '1955~', false, null]]);
    expect(spans('X (c. 1950)')).toEqual([['1950~', '1950~', false, null]]);
    const { tenures, problems } = tenuresOf('= T =\n== Heads ==\n- A (c. 1950 – 1955)\n- B (1956 – 1960)\n');
    expect(tenures.map((t) => [t.start, t.flagged])).toEqual([['1950~', false], ['1956', false]]);
    expect(problems).toEqual([]);
  });

  it('marks a date written as uncertain (`1950?`) the EDTF way, approximate and uncertain as both', () => {
    expect(spans('X (1950? – 1955)')).toEqual([['1950?', '1955', false, null]]);
    expect(spans('X (March 1950?–1955?; 1960–1965)')).toEqual([['1950-03?', '1955?', false, null], ['1960', '1965', false, null]]);
    expect(spans('X (c. 1950? – 1955)')).toEqual([['1950%', '1955', false, null]]);
    expect(spans('X (1950?)')).toEqual([['1950?', '1950?', false, null]]);
    // A question mark for a date not known stays what it was: no end, or no start.
    expect(spans('X (1950–?)')).toEqual([['1950', null, false, null]]);
    expect(spans('X (? – 1955)')).toEqual([[null, '1955', false, null]]);
  });

  it('accepts dates after a comma or before the name', () => {
    expect(parseEntry('Jane Doe, 1990–1995')).toMatchObject({ person: 'Jane Doe', spans: [{ start: '1990', end: '1995' }] });
    expect(parseEntry('1998–2003: Jane Doe')).toMatchObject({ person: 'Jane Doe', spans: [{ start: '1998', end: '2003' }] });
  });

  it('reads a range after the name without a separator, and a native name before the dates', () => {
    expect(parseEntry('Wang Yi 2013–2018')).toMatchObject({ person: 'Wang Yi', nativeName: null, spans: [{ start: '2013', end: '2018' }] });
    expect(parseEntry('Wang Yi (王毅) March 2013 – present')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅', spans: [{ start: '2013-03', incumbent: true }] });
    expect(parseEntry('Wang Yi (王毅), 2013–2018')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅', spans: [{ start: '2013' }] });
    expect(parseEntry('Wang Yi c. 2013–2018')).toMatchObject({ person: 'Wang Yi', spans: [{ start: '2013~', end: '2018' }] });
    expect(parseEntry('Wang Yi (acting) 2013–2018')).toMatchObject({ person: 'Wang Yi', nativeName: null, spans: [{ note: 'acting' }] });
    expect(parseEntry('Wang Yi (CDU), 2013–2018, deputy')).toMatchObject({ person: 'Wang Yi', nativeName: null, spans: [{ note: 'CDU; deputy' }] });
    expect(parseEntry('Li Lanqing (born 1932), 1990–1995')).toMatchObject({ person: 'Li Lanqing', spans: [{ note: 'born 1932' }] });
    // A comma or colon inside a bracket does not end the name.
    expect(parseEntry('A (x: 1990), 1991–1992')).toMatchObject({ person: 'A', spans: [{ start: '1991', end: '1992', note: 'x: 1990' }] });
    expect(parseEntry('Zhou Qiang (Chinese: 周强; 2013–2023)')).toMatchObject({ person: 'Zhou Qiang', spans: [{ start: '2013', end: '2023' }] });
    // The earliest start that reads: the month and day, not the day alone (nor, after a comma, the year alone).
    expect(parseEntry("Robert C. O'Brien September 18, 2019 – January 20, 2021")).toMatchObject({ person: "Robert C. O'Brien", spans: [{ start: '2019-09-18', end: '2021-01-20' }] });
    expect(parseEntry('Zhou Enlai 1949 – 1958, concurrently Premier')).toMatchObject({ person: 'Zhou Enlai', spans: [{ start: '1949', end: '1958', note: 'concurrently Premier' }] });
    // A lone year, text after the range without a comma, or a digit in the name: no entry.
    for (const text of ['Wang Yi 2013', 'Wang Yi 2013–2018 deputy', '13th Five-Year Plan 2016–2020']) expect(parseEntry(text).spans, text).toEqual([]);
  });

  it('reads a native name written after the name, emphasis and signs around the name, and dates written with 年, 月 and 日', () => {
    // A native name written after the name without brackets, or in square ones; full-width commas.
    expect(parseEntry('Wang Yi 王毅 (2013–2022)')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅', spans: [{ start: '2013', end: '2022' }] });
    expect(parseEntry('Wang Yi [王毅] (2013–2022)')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅' });
    expect(parseEntry('Sergey Lavrov Сергей Лавров (2004–present)')).toMatchObject({ person: 'Sergey Lavrov', nativeName: 'Сергей Лавров' });
    expect(parseEntry('王毅 (2013–2022)')).toMatchObject({ person: '王毅', nativeName: null });
    for (const text of ['Liu Huaqiu – 刘华秋 (2000–2005)', 'Liu Huaqiu, 刘华秋 (2000–2005)', 'Liu Huaqiu / 刘华秋 (2000–2005)']) expect(parseEntry(text), text).toMatchObject({ person: 'Liu Huaqiu', nativeName: '刘华秋' });
    expect(parseEntry('Wang Yi（王毅，2013–2022）')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅', spans: [{ start: '2013', end: '2022' }] });
    // Emphasis around the name is no part of it; a sign after it leads the note.
    expect(parseEntry("'''Zhang San''' (1998–2003)")).toMatchObject({ person: 'Zhang San', spans: [{ note: null }] });
    expect(parseEntry('**Zhang San** (1998–2003)').person).toBe('Zhang San');
    expect(parseEntry("''Zhang San''† (1998–2003, acting)")).toMatchObject({ person: 'Zhang San', spans: [{ note: '†; acting' }] });
    expect(parseEntry('Zhang San * (1998–2003)')).toMatchObject({ person: 'Zhang San', spans: [{ note: '*' }] });
    // Dates written with 年, 月 and 日.
    expect(parseEntry('Takaji Kunimatsu (國松孝次) (1994年7月 – 1997年3月)')).toMatchObject({ person: 'Takaji Kunimatsu', nativeName: '國松孝次', spans: [{ start: '1994-07', end: '1997-03' }] });
    expect(parseEntry('Li Si (1998年3月16日–2003年)')).toMatchObject({ spans: [{ start: '1998-03-16', end: '2003' }] });
  });

  it('reads what is written before the dates in their own bracket: a native name, or the lead of each note', () => {
    expect(parseEntry('Yang Jiechi (杨洁篪; 2013–2022)')).toMatchObject({ person: 'Yang Jiechi', nativeName: '杨洁篪', spans: [{ start: '2013', end: '2022', note: null }] });
    expect(parseEntry('Wang Huning (王沪宁, 2002–2007)')).toMatchObject({ nativeName: '王沪宁', spans: [{ start: '2002', end: '2007' }] });
    expect(parseEntry('Wang Huning (王沪宁 2002–2007)')).toMatchObject({ nativeName: '王沪宁', spans: [{ start: '2002', end: '2007' }] });
    // A language named before the native name, in the dates bracket or its own.
    expect(parseEntry('Zhou Qiang (Chinese: 周强; 2013–2023)').nativeName).toBe('周强');
    expect(parseEntry('Liu Shaoqi (simplified Chinese: 刘少奇, 1959–1968)').nativeName).toBe('刘少奇');
    expect(parseEntry('Nikita Khrushchev (Russian: Никита Хрущёв) (1953–1964)').nativeName).toBe('Никита Хрущёв');
    expect(parseEntry('Wang Yi (Chinese: 王毅), 2013–2018')).toMatchObject({ person: 'Wang Yi', nativeName: '王毅', spans: [{ note: null }] });
    expect(spans('Kurt Schmücker (CDU, 1963–1966)')).toEqual([['1963', '1966', false, 'CDU']]);
    expect(spans('X (acting; 1998–2003; 2005–2008)')).toEqual([['1998', '2003', false, 'acting'], ['2005', '2008', false, 'acting']]);
    expect(spans('X (Deputy Director, March 1998 – June 2003)')).toEqual([['1998-03', '2003-06', false, 'Deputy Director']]);
    expect(spans('X (CDU, acting, 1998–2003)')).toEqual([['1998', '2003', false, 'CDU, acting']]);
    expect(spans('X (acting, until 2003)')).toEqual([[null, '2003', false, 'acting']]);
    expect(spans('X (b. 1953; 1998–2003)')).toEqual([['1998', '2003', false, 'b. 1953']]);
    expect(spans('X (unknown – 1955)')).toEqual([[null, '1955', false, null]]);
    // A single date after the words may be a birth year: that bracket is no dates group.
    expect(spans('X (born in Beijing, 1953) (1998–2003)')).toEqual([['1998', '2003', false, 'born in Beijing, 1953']]);
    // After a standing it is the tenure.
    expect(spans('Richard V. Spencer (acting, 2019)')).toEqual([['2019', '2019', false, 'acting']]);
    expect(spans('X (interim: March 2019)')).toEqual([['2019-03', '2019-03', false, 'interim']]);
    expect(parseEntry('X (王毅 1953)')).toMatchObject({ spans: [], unreadable: '王毅 1953' });
    // A note that is one bracket after the dates loses the brackets.
    expect(spans('X, 1998–2003 (acting)')).toEqual([['1998', '2003', false, 'acting']]);
    expect(spans('X (1998–2003) (acting)')).toEqual([['1998', '2003', false, 'acting']]);
    // Punctuation alone is no note; a symbol is (`†`: died in office).
    expect(spans('X (1998–2003).')).toEqual([['1998', '2003', false, null]]);
    expect(spans('X (since 1998 – )')).toEqual([['1998', null, true, null]]);
    expect(spans('X (1998 – 2003 †)')).toEqual([['1998', '2003', false, '†']]);
    expect(parseEntry('Wang Yi | 1998–2003').person).toBe('Wang Yi');
  });

  it('gives no spans without a date and names an unreadable dated group', () => {
    expect(parseEntry('Xi Jinping, director')).toMatchObject({ spans: [], unreadable: null });
    expect(parseEntry('Jane Doe (around 1995 – 2001)')).toMatchObject({ person: 'Jane Doe', spans: [], unreadable: 'around 1995 – 2001' });
  });
});
