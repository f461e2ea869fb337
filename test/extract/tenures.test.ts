import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/extract/tenures/entry.ts';
import { extractTenures } from '../../src/extract/tenures/index.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { SEED_001, corpusFile, textOf } from '../helpers.ts';

const tenuresOf = (text: string) => extractTenures(parseDocument(text), text);
const spans = (text: string) => parseEntry(text).spans.map((s) => [s.start, s.end, s.incumbent, s.note]);

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

  it('reads a label before a range into the note, and the dates groups that follow the first', () => {
    expect(spans('Wolfgang Schmidt (1st term: 2005–2009; second term: 2013–2017)')).toEqual([['2005', '2009', false, '1st term'], ['2013', '2017', false, 'second term']]);
    expect(spans('X (acting: May 2005, deputy)')).toEqual([['2005-05', '2005-05', false, 'acting; deputy']]);
    // Any other words before a colon stay the note of the span before.
    expect(spans('Liu He (2013–2023; concurrently Vice Premier: 2018–2023)')).toEqual([['2013', '2023', false, 'concurrently Vice Premier: 2018–2023']]);
    expect(spans('X (2005–2009), (2013–2017)')).toEqual([['2005', '2009', false, null], ['2013', '2017', false, null]]);
    expect(spans('X (2005–2009) (2013–present)')).toEqual([['2005', '2009', false, null], ['2013', null, true, null]]);
    expect(spans('X (2005–2009) and (2013–2017, acting), later minister')).toEqual([['2005', '2009', false, null], ['2013', '2017', false, 'acting; later minister']]);
    const entry = 'X (2005–2009) and (2013–2017)';
    expect(parseEntry(entry).spans.map((s) => entry.slice(s.offset, s.offset + 4))).toEqual(['2005', '2013']);
    // A bracket without a date after the dates (without its brackets), or words between two groups: the note.
    expect(spans('X (2005–2009) (acting)')).toEqual([['2005', '2009', false, 'acting']]);
    expect(spans('X (2005–2009) then (2013–2017)')).toEqual([['2005', '2009', false, 'then (2013–2017)']]);
  });

  it('moves a post written after the name and a comma or spaced dash into the note', () => {
    expect(parseEntry('Li Keqiang, Premier (2013–2023)')).toMatchObject({ person: 'Li Keqiang', spans: [{ start: '2013', end: '2023', note: 'Premier' }] });
    expect(spans('Wang Yi, State Councilor (2018–2023; 2023–present, deputy)')).toEqual([['2018', '2023', false, 'State Councilor'], ['2023', null, true, 'State Councilor; deputy']]);
    expect(parseEntry('Wang Yi, Director of the Office, 2013–2018')).toMatchObject({ person: 'Wang Yi', spans: [{ note: 'Director of the Office' }] });
    expect(parseEntry('Wang Yi, Jr., Director (2013–2018)')).toMatchObject({ person: 'Wang Yi, Jr.', spans: [{ note: 'Director' }] });
    expect(parseEntry('Ji Pengfei, Acting Minister (1972–1974)')).toMatchObject({ person: 'Ji Pengfei', spans: [{ note: 'Acting Minister' }] });
    expect(parseEntry('Wang Yi – Director (2013–2018)')).toMatchObject({ person: 'Wang Yi', spans: [{ note: 'Director' }] });
    // A post before the name, then a colon or a spaced dash (five words at most).
    expect(parseEntry('Chairman: Hua Guofeng (1976–1981)')).toMatchObject({ person: 'Hua Guofeng', spans: [{ note: 'Chairman' }] });
    expect(parseEntry('First Secretary – Wang Yi, 2013–2018')).toMatchObject({ person: 'Wang Yi', spans: [{ start: '2013', note: 'First Secretary' }] });
    expect(parseEntry('Head of the General Office of the Committee: Wang Yi (2013)')).toMatchObject({ person: 'Head of the General Office of the Committee: Wang Yi' });
    // The first separator followed by a post word: the rest is the post, whatever it holds.
    expect(parseEntry('Wang Yi, Director – Asia (2013)')).toMatchObject({ person: 'Wang Yi', spans: [{ note: 'Director – Asia' }] });
    // Not a post: the name stays whole.
    for (const name of ['Martin Luther King, Jr.', 'Li, Peng', 'Wang Yi – Jr.', 'Jean-Pierre Raffarin']) expect(parseEntry(`${name} (1990–1995)`)).toMatchObject({ person: name, spans: [{ note: null }] });
  });

  it('moves a rank or honorific written before the name into the note', () => {
    expect(parseEntry('Lt. Gen. Brent Scowcroft (1975–1977)')).toMatchObject({ person: 'Brent Scowcroft', spans: [{ note: 'Lt. Gen.' }] });
    expect(parseEntry('Dr. Wolfgang Schmidt (2021–2025)')).toMatchObject({ person: 'Wolfgang Schmidt', spans: [{ note: 'Dr.' }] });
    expect(parseEntry('Admiral John Poindexter, acting (1985–1986)')).toMatchObject({ person: 'John Poindexter', spans: [{ note: 'Admiral; acting' }] });
    // Before a post it is part of the post: nothing moves.
    expect(parseEntry('General Secretary Xi Jinping (2012–)').person).toBe('General Secretary Xi Jinping');
    expect(parseEntry('Drummond Smith (1998–2003)').person).toBe('Drummond Smith');
    // Without its full stop, a one-word abbreviation that is also a name is the name.
    expect(parseEntry('Gen Nakatani (1 October 2024 – present)')).toMatchObject({ person: 'Gen Nakatani', spans: [{ note: null }] });
    expect(parseEntry('Hon Sui Sen (1970–1983)').person).toBe('Hon Sui Sen');
    expect(parseEntry('Lt Gen Brent Scowcroft (1975–1977)')).toMatchObject({ person: 'Brent Scowcroft', spans: [{ note: 'Lt Gen' }] });
    expect(parseEntry('Dr Wolfgang Schmidt (2021–2025)')).toMatchObject({ person: 'Wolfgang Schmidt', spans: [{ note: 'Dr' }] });
    // Honorifics, several in a row, and post-nominal letters after the name.
    expect(parseEntry('The Rt Hon. Sir John Major KG CH (1990–1997)')).toMatchObject({ person: 'John Major', spans: [{ note: 'The Rt Hon. Sir; KG CH' }] });
    expect(parseEntry('Shri Rajnath Singh (2019–present)')).toMatchObject({ person: 'Rajnath Singh', spans: [{ note: 'Shri' }] });
    expect(parseEntry('H.E. Wang Yi (2013–2022)').person).toBe('Wang Yi');
    expect(parseEntry('Oliver Dowden, CBE, MP (2021–2022)')).toMatchObject({ person: 'Oliver Dowden', spans: [{ note: 'CBE, MP' }] });
    expect(parseEntry('MP (1998–2003)').person).toBe('MP');
    expect(parseEntry('Ajit Doval, IPS (2014–)')).toMatchObject({ person: 'Ajit Doval', spans: [{ note: 'IPS', incumbent: true }] });
  });

  it('reads a later piece that starts with reappointed or re-elected and a whole range', () => {
    expect(parseEntry('Jane Doe (1998–2003; reappointed 2008–2013)').spans.map((x) => [x.start, x.end, x.note])).toEqual([['1998', '2003', null], ['2008', '2013', null]]);
    expect(parseEntry('Jane Doe (1998–2003; re-elected 2008–present)').spans.map((x) => [x.start, x.end, x.incumbent])).toEqual([['1998', '2003', false], ['2008', null, true]]);
    // A single date after the word in a later piece is an event: the note.
    expect(parseEntry('Jane Doe (1998–2003; re-elected 2008)').spans.map((x) => [x.start, x.end, x.note])).toEqual([['1998', '2003', 're-elected 2008']]);
  });

  it('reads a part of a year (kept in the text), ~ as approximate, and months written with slashes or year first', () => {
    expect(parseEntry('Jane Doe (~1998–2003)')).toMatchObject({ spans: [{ start: '1998~', end: '2003' }] });
    expect(parseEntry('Jane Doe (1998/3 – 2003/12)')).toMatchObject({ spans: [{ start: '1998-03', end: '2003-12' }] });
    expect(parseEntry('Jane Doe (2018/03–present)')).toMatchObject({ spans: [{ start: '2018-03', incumbent: true }] });
    expect(parseEntry('Jane Doe (1998.03.01 – 2003/3/16)')).toMatchObject({ spans: [{ start: '1998-03-01', end: '2003-03-16' }] });
    // A slash between two years stays a range of years.
    expect(parseEntry('Jane Doe (1998/2003)')).toMatchObject({ spans: [{ start: '1998', end: '2003' }] });
    expect(parseEntry('Jane Doe (mid-1998 – early 2003)')).toMatchObject({ spans: [{ start: '1998', end: '2003', startText: 'mid-1998', endText: 'early 2003' }] });
    expect(parseEntry('Jane Doe (early 1990s – 2001)')).toMatchObject({ spans: [{ start: '199X', end: '2001' }] });
    expect(parseEntry('Jane Doe (03/1998 – 6/2003)')).toMatchObject({ spans: [{ start: '1998-03', end: '2003-06' }] });
  });

  it('leaves reference marks out of the name and notes', () => {
    expect(parseEntry('Zhou Enlai[1] (1949–1958)[2]')).toMatchObject({ person: 'Zhou Enlai', spans: [{ start: '1949', end: '1958', note: null }] });
    expect(parseEntry('Zhou Enlai (1949–1958, acting[a]) [citation needed]')).toMatchObject({ person: 'Zhou Enlai', spans: [{ note: 'acting' }] });
    // A bracket that is no reference mark stays.
    expect(spans('X (1990–1995) [concurrently minister]')).toEqual([['1990', '1995', false, '[concurrently minister]']]);
  });

  it('reads open ends after the start, slashed years, dotted day-month-year dates and decades', () => {
    expect(spans('X (incumbent since 2019)')).toEqual([['2019', null, true, null]]);
    expect(spans('X (2021 onwards)')).toEqual([['2021', null, true, null]]);
    expect(spans('X (2021 – to date, deputy)')).toEqual([['2021', null, true, 'deputy']]);
    expect(parseEntry('X (2021 – to date)').spans[0]).toMatchObject({ endText: 'to date', problems: [] });
    expect(spans('X (2021/22)')).toEqual([['2021', '2022', false, null]]);
    expect(spans('X (1999/2000)')).toEqual([['1999', '2000', false, null]]);
    // Not a pair of years: a month (no later year it could be), or a date written year first.
    expect(spans('X (2021/05)')).toEqual([['2021-05', '2021-05', false, null]]);
    expect(spans('X (2021/05/03)')).toEqual([['2021-05-03', '2021-05-03', false, null]]);
    expect(spans('X (2011/12)')).toEqual([['2011', '2012', false, null]]);
    expect(spans('Wolfgang Schmidt (8.12.2021 – 06.05.2025)')).toEqual([['2021-12-08', '2025-05-06', false, null]]);
    expect(spans('X (03.1998 – 12.2003)')).toEqual([['1998-03', '2003-12', false, null]]);
    expect(spans('X (31.02.2021 – 2022)')).toEqual([]);
    expect(spans('Ding Guangen (1990s)')).toEqual([['199X', '199X', false, null]]);
    expect(spans('X (1990s – 2003)')).toEqual([['199X', '2003', false, null]]);
    // `1900s` may be a century: not read, as in prose.
    expect(parseEntry('X (1900s)')).toMatchObject({ spans: [], unreadable: '1900s' });
  });

  it('reads years of birth and death before the tenure dates as a life, not as a tenure', () => {
    expect(spans('Zhou Enlai (1898–1976) (October 1949 – February 1958)')).toEqual([['1949-10', '1958-02', false, '1898–1976']]);
    expect(spans('Zhou Enlai (1898–1976), 1949–1958')).toEqual([['1949', '1958', false, '1898–1976']]);
    expect(parseEntry('Zhou Enlai (周恩来) (1898–1976) (1949–1958)')).toMatchObject({ person: 'Zhou Enlai', nativeName: '周恩来', spans: [{ start: '1949', end: '1958', note: '1898–1976' }] });
    expect(spans('Zhang San (1950–2010) (1998–2003; 2005–2008)')).toEqual([['1998', '2003', false, '1950–2010'], ['2005', '2008', false, '1950–2010']]);
    // Two terms, a term and an acting stint inside it, a range too short for a life, dates not within it, or nothing after it: as before.
    expect(spans('Zhang San (2005–2009) (2013–2017)')).toEqual([['2005', '2009', false, null], ['2013', '2017', false, null]]);
    expect(spans('Zhang San (1998–2003) (2001–2002, acting)')).toEqual([['1998', '2003', false, null], ['2001', '2002', false, 'acting']]);
    expect(spans('Zhang San (1960–2020) (1998–present)')).toEqual([['1960', '2020', false, null], ['1998', null, true, null]]);
    expect(spans('Zhang San (1960–2020) (1970–1980)')).toEqual([['1960', '2020', false, null], ['1970', '1980', false, null]]);
    expect(spans('J. Edgar Hoover (1924–1972) (died in office)')).toEqual([['1924', '1972', false, 'died in office']]);
  });

  it('takes a native name written after the dates, or before a qualifier in its bracket', () => {
    expect(parseEntry('Zhang San (1998–2003) (张三)')).toMatchObject({ person: 'Zhang San', nativeName: '张三', spans: [{ start: '1998', end: '2003', note: null }] });
    expect(parseEntry('Zhang San (1998–2003) (Chinese: 张三)')).toMatchObject({ nativeName: '张三', spans: [{ note: null }] });
    expect(parseEntry('Zhang San (张三, b. 1950) (1998–2003)')).toMatchObject({ nativeName: '张三', spans: [{ start: '1998', end: '2003', note: 'b. 1950' }] });
    expect(parseEntry('Zhang San (张三; born 1950) (1998–2003)')).toMatchObject({ nativeName: '张三', spans: [{ note: 'born 1950' }] });
    // A second native bracket after one before the dates, and Latin words, stay notes.
    expect(parseEntry('Zhang San (张三) (1998–2003) (李四)')).toMatchObject({ nativeName: '张三', spans: [{ note: '李四' }] });
    expect(parseEntry('Zhang San (CDU, acting) (1998–2003)')).toMatchObject({ nativeName: null, spans: [{ note: 'CDU, acting' }] });
  });

  it('leaves the word of an open term out of the name and the note, which `incumbent` says', () => {
    expect(spans('Chen Yixin (Incumbent, since 2022)')).toEqual([['2022', null, true, null]]);
    expect(spans('Chen Yixin (2022–) (incumbent)')).toEqual([['2022', null, true, null]]);
    expect(spans('Chen Yixin (2022–, acting; incumbent)')).toEqual([['2022', null, true, 'acting']]);
    expect(parseEntry('Incumbent: Chen Yixin (2022–)')).toMatchObject({ person: 'Chen Yixin', spans: [{ start: '2022', end: null, incumbent: true }] });
    // A closed term keeps what is written, and so does a name that begins with the word.
    expect(spans('Chen Yixin (2018–2022, incumbent)')).toEqual([['2018', '2022', false, 'incumbent']]);
    expect(parseEntry('Present Day Holdings (2018–)')).toMatchObject({ person: 'Present Day Holdings' });
  });

  it('reads a further span after a word that only introduces it, or after a numbered label without a colon', () => {
    expect(spans('Zhang San (1998–2003; again 2008–2013)')).toEqual([['1998', '2003', false, null], ['2008', '2013', false, null]]);
    // `reappointed`, `re-elected` give a start only, as `appointed` and `elected` do.
    expect(spans('Zhang San (re-elected 2008)')).toEqual([['2008', null, false, null]]);
    // A whole range after such a word is that range.
    expect(spans('Zhang San (appointed March 1998 – June 2003, deputy)')).toEqual([['1998-03', '2003-06', false, 'deputy']]);
    expect(spans('Zhang San (appointed 2019–present)')).toEqual([['2019', null, true, null]]);
    expect(spans('Zhang San (first term 1998–2003; second term 2008–2013)')).toEqual([['1998', '2003', false, 'first term'], ['2008', '2013', false, 'second term']]);
    // Without a number the label needs its colon, and a label with no range after it is a note.
    expect(spans('Zhang San (1998–2003; second term)')).toEqual([['1998', '2003', false, 'second term']]);
    // After a comma too: a labelled range in a list of ranges is a span, its label its own.
    expect(spans('Zhang San (first term 1998–2003, second term 2008–2013)')).toEqual([['1998', '2003', false, 'first term'], ['2008', '2013', false, 'second term']]);
    expect(spans('Zhang San (1st term: 2013–2017, 2nd term: 2018–2022, 2023–present)')).toEqual([['2013', '2017', false, '1st term'], ['2018', '2022', false, '2nd term'], ['2023', null, true, null]]);
    expect(spans('Zhang San (1998–2003, acting: 2005–2008)')).toEqual([['1998', '2003', false, null], ['2005', '2008', false, 'acting']]);
    expect(spans('Zhang San (acting: 1998–2003, 2005–2008)')).toEqual([['1998', '2003', false, 'acting'], ['2005', '2008', false, 'acting']]);
    const entry = 'Zhang San (first term 1998–2003, second term 2008–2013)';
    expect(parseEntry(entry).spans.map((s) => entry.slice(s.offset, s.offset + 4))).toEqual(['1998', '2008']);
  });

  it('reads full-width brackets as brackets', () => {
    expect(parseEntry('Zhang San（张三）(1998–2003)')).toMatchObject({ person: 'Zhang San', nativeName: '张三', spans: [{ start: '1998', end: '2003' }] });
    expect(parseEntry('Zhang San (张三) （1998–2003）')).toMatchObject({ person: 'Zhang San', nativeName: '张三', spans: [{ start: '1998', end: '2003' }] });
  });

  it('reads a tilde or wave dash between two dates as a range, as East Asian lists write it', () => {
    expect(spans('Zhang San (1998~2003)')).toEqual([['1998', '2003', false, null]]);
    expect(spans('Zhang San (1998 ～ 2003, deputy)')).toEqual([['1998', '2003', false, 'deputy']]);
    expect(spans('Zhang San (1998.3〜2003.3)')).toEqual([['1998-03', '2003-03', false, null]]);
    expect(spans('Zhang San (March 1998~)')).toEqual([['1998-03', null, true, null]]);
  });
});

describe('extractTenures', () => {
  it('gives the seed its seven spans with the governing ; header as position', () => {
    const { tenures, problems } = extractTenures(parseDocument(textOf(SEED_001)), textOf(SEED_001));
    expect(problems).toEqual([]);
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.incumbent, t.ordinal, t.span, t.line])).toEqual([
      ['Li Zhanshu', 'Director', '2014', '2017', false, null, 1, 35],
      ['Ding Xuexiang', 'Director', '2017', '2023', false, null, 1, 36],
      ['Cai Qi', 'Director', '2023', null, true, null, 1, 37],
      ['Cai Qi', 'Deputy Directors', '2014-03', '2015-04', false, null, 1, 41],
      ['Cai Qi', 'Deputy Directors', '2015-04', '2016-10', false, null, 2, 41],
      ['Liu Haixing', 'Deputy Directors', '2017-03', '2022-07', false, null, 1, 42],
      ['Chen Wenqing', 'Deputy Directors', '2018-05', '2022-07', false, null, 1, 43],
    ]);
  });

  it('takes the nearest heading without a ; header, and a heading ends a header’s scope', () => {
    const { tenures } = extractTenures(parseDocument(textOf(corpusFile('013_central_financial_and_economic_affairs_commission'))), textOf(corpusFile('013_central_financial_and_economic_affairs_commission')));
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.incumbent])).toEqual([
      ['Liu He', 'Office directors', '2013', '2023', false],
      ['He Lifeng', 'Office directors', '2023', null, true],
    ]);
  });

  it('leaves reference marks out of a position taken from a ; header or a heading', () => {
    const { tenures } = tenuresOf('= T =\n== Leaders[2] ==\n- Sun Qi (1960–1970)\n; Deputy Directors[1]\n- Li Si (1950–1953)\n');
    expect(tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Sun Qi', 'Leaders', 2],
      ['Li Si', 'Deputy Directors', 4],
    ]);
  });

  it('reads dates before the name without a separator, and gives no tenure for a vacancy', () => {
    const { tenures } = tenuresOf('= T =\n== Heads ==\n- 1972–1974 Ji Pengfei\n- (1974–1976) Qiao Guanhua\n- Vacant (1976–1977)\n- Office vacant (1977)\n- March 1977 – 1982 Huang Hua\n- 1982–present Wu Xueqian\n- 1998 Asian Games\n');
    expect(tenures.map((t) => [t.person, t.start, t.end, t.incumbent, t.note])).toEqual([
      ['Ji Pengfei', '1972', '1974', false, null],
      ['Qiao Guanhua', '1974', '1976', false, null],
      ['Huang Hua', '1977-03', '1982', false, null],
      ['Wu Xueqian', '1982', null, true, null],
      // `1998 Asian Games`: a lone year before words is no dates-first entry, and there is no dates group.
    ]);
  });

  it('reads no leader list in a see-also, references or timeline section, nor a dated event written first', () => {
    const text = [
      '= T =',
      '== Ministers ==',
      '- 1998–2003: Wang Yi',
      '- 2003–2008 – Li Zhaoxing (李肇星)',
      '== History ==',
      '- 1958–1972: Expansion under Chen Yi',
      '- 1972–1980: Thomas de Maizière',
      '- 1980: Ministry founded again',
      '== Timeline ==',
      '=== 1990s ===',
      '- Zhu Rongji (1991–1998)',
      '== See also ==',
      '- Ministry of Tests (1949–2000)',
      '== Leaders ==',
      '- Li Peng (2008–2013)',
      '',
    ].join('\n');
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.native_name, t.position, t.start, t.end])).toEqual([
      ['Wang Yi', null, 'Ministers', '1998', '2003'],
      ['Li Zhaoxing', '李肇星', 'Ministers', '2003', '2008'],
      ['Thomas de Maizière', null, 'History', '1972', '1980'],
      ['Li Peng', null, 'Leaders', '2008', '2013'],
    ]);
  });

  it('takes a ; header without the colon that introduces its list', () => {
    const { tenures } = tenuresOf('= T =\n== Leaders ==\n;Directors:\n1. A (1990–1991)\n; Deputy directors :\n- B (1992–1993)\n');
    expect(tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([['A', 'Directors', 3], ['B', 'Deputy directors', 5]]);
  });

  it('reads the written ordinal of numbered entries', () => {
    const { tenures } = tenuresOf('= T =\n== Leaders ==\n; Chief\n\n3. A (1990–1991)\n7. B (1992–1993)\n');
    expect(tenures.map((t) => [t.person, t.ordinal, t.position, t.position_line])).toEqual([['A', 3, 'Chief', 3], ['B', 7, 'Chief', 3]]);
  });

  it('counts a lone date only in a list of ranges, so dated non-leader lists give nothing', () => {
    expect(tenuresOf('= T =\n== Treaties ==\n- Treaty of Rome (1957)\n- Treaty of Paris (1951)\n').tenures).toEqual([]);
    expect(tenuresOf('= T =\n== Heads ==\n- A (1990–1995)\n- B (1998)\n').tenures.map((t) => [t.person, t.start, t.end])).toEqual([['A', '1990', '1995'], ['B', '1998', '1998']]);
  });

  it('keeps the current holder written with no date, in a list of ranges, without a problem', () => {
    const { tenures, problems } = tenuresOf('= T =\n== Heads ==\n1. A (1990–1995)\n2. B (Incumbent)\n');
    expect(tenures.map((t) => [t.person, t.start, t.end, t.start_text, t.end_text, t.incumbent, t.ordinal, t.line, t.column, t.flagged])).toEqual([
      ['A', '1990', '1995', '1990', '1995', false, 1, 3, 4, false],
      ['B', null, null, null, 'Incumbent', true, 2, 4, 4, false],
    ]);
    expect(problems).toEqual([]);
    expect(tenuresOf('= T =\n== Current leadership ==\n- A (incumbent)\n- B (incumbent)\n').tenures).toEqual([]);
  });

  it('warns of a leader entry without dates in a list of dated ones, but not of a nested remark, a vacancy or a list of units', () => {
    const { tenures, problems } = tenuresOf('= T =\n; Director\n1. A (1988–1989)\n2. B\n3. C (1991–1994)\n   - concurrently Minister\n4. Vacant\n== Units ==\n- General Office\n');
    expect(tenures.map((t) => t.person)).toEqual(['A', 'C']);
    expect(problems.map((p) => [p.code, p.line, p.column, p.severity])).toEqual([['tenure-undated', 4, 4, 'warning']]);
    expect(problems[0]!.message).toMatch(/"B" has no dates.*write them/);
    // A label with the entries nested under it is no undated leader, nor is what does not read as a name.
    expect(tenuresOf('= T =\n== Past leaders ==\n* Ministers\n** A (1990–1995)\n- Directors\n  - B (2000–2005)\n').problems).toEqual([]);
    expect(tenuresOf('= T =\n== Heads ==\n- Position created\n- A (1990–1995)\n- Post abolished\n- None\n- TBD\n- …\n- Note: the list is incomplete.\n').problems).toEqual([]);
    // Nor is an item nested with wiki markers under an entry, as under a markdown one.
    expect(tenuresOf('= T =\n== Heads ==\n* A (1990–1995)\n** Deputy: Li Si\n* B (1996–2000)\n').problems).toEqual([]);
  });

  it('keeps and flags a span that cannot be read, and one that starts after it ends', () => {
    const { tenures, problems } = tenuresOf('= T =\n== Heads ==\n- A (1990–1995)\n- B (around 1995 – 2001)\n- C (2005 – 2001)\n');
    expect(tenures.map((t) => [t.person, t.start, t.end, t.flagged])).toEqual([['A', '1990', '1995', false], ['B', null, null, true], ['C', '2005', '2001', true]]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['tenure-unreadable', 4], ['tenure-start-after-end', 5]]);
  });
});
