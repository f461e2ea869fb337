/** parseEntry: what is written around the dates (labels, posts, ranks, native names, lifespans, marks, brackets). */
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/extract/tenures/entry.ts';

const spans = (text: string) => parseEntry(text).spans.map((s) => [s.start, s.end, s.incumbent, s.note]);

describe('parseEntry: around the dates', () => {
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
    expect(parseEntry('Hiroko Ōta: Minister of State for Economic and Fiscal Policy (26 September 2006 – 1 August 2008)')).toMatchObject({ person: 'Hiroko Ōta', spans: [{ start: '2006-09-26', note: 'Minister of State for Economic and Fiscal Policy' }] });
    expect(parseEntry('Wang Yi: Beijing office (1990–1995)').person).toBe('Wang Yi: Beijing office');
    // Dates after a qualifier's bracket, in `;`-separated pieces.
    expect(parseEntry('Sigfrid Edström (Sweden) 1942 (acting); 1946–1952')).toMatchObject({ person: 'Sigfrid Edström', spans: [{ start: '1942', end: '1942', note: 'Sweden; acting' }, { start: '1946', end: '1952', note: 'Sweden' }] });
    // Wiki links show their text, before a post is looked for.
    expect(parseEntry('[[Zhou Enlai]], [[Premier of China|Premier]] (1949–1958)')).toMatchObject({ person: 'Zhou Enlai', spans: [{ note: 'Premier' }] });
    expect(parseEntry("'''[[Chen Yi (marshal)|Chen Yi]]''' (陈毅) (1958–1972)")).toMatchObject({ person: 'Chen Yi', nativeName: '陈毅', spans: [{ start: '1958', end: '1972' }] });
    // A bracket between the name and the post is read as beside dates: a native name or a qualifier.
    expect(parseEntry('Liu Jinguo (刘金国) — executive deputy secretary, since October 2022')).toMatchObject({ person: 'Liu Jinguo', nativeName: '刘金国', spans: [{ start: '2022-10', end: null, note: 'executive deputy secretary' }] });
    expect(parseEntry('Liu Jinguo (acting), Director, 2018–2023')).toMatchObject({ person: 'Liu Jinguo', nativeName: null, spans: [{ start: '2018', end: '2023', note: 'acting; Director' }] });
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
    for (const [rank, name] of [['Marshal', 'Peng Dehuai'], ['Field Marshal', 'Sam Manekshaw'], ['Air Chief Marshal', 'Arup Raha'], ['Senior Colonel', 'Zhang Jun'], ['Fleet Admiral', 'Chester Nimitz'], ['Brigadier', 'John Smith'], ['Lieutenant Colonel', 'Oliver North'], ['Air Commodore', 'Li Wei'], ['RADM', 'Roscoe H. Hillenkoetter'], ['LTG', 'Keith Alexander'], ['Cmdr.', 'Li Wei'], ['Ambassador', 'John Negroponte'], ['Amb.', 'John Negroponte']]) {
      expect(parseEntry(`${rank} ${name} (1954–1959)`)).toMatchObject({ person: name, spans: [{ note: rank }] });
    }
    // Two-word ranks with a hyphen; orders and decorations after the name.
    expect(parseEntry('Major-General Sir Stewart Menzies KCB KCMG DSO MC (1939–1952)')).toMatchObject({ person: 'Stewart Menzies', spans: [{ note: 'Major-General Sir; KCB KCMG DSO MC' }] });
    expect(parseEntry('Sir Mansfield Smith-Cumming KCMG CB (1909–1923)')).toMatchObject({ person: 'Mansfield Smith-Cumming', spans: [{ note: 'Sir; KCMG CB' }] });
    expect(parseEntry('Air Vice-Marshal Ian Smith (1990–1991)')).toMatchObject({ person: 'Ian Smith', spans: [{ note: 'Air Vice-Marshal' }] });
    // Russian ranks; a service or its branch after the name, as US and Indian lists write it.
    expect(parseEntry('Army General Alexander Bortnikov (2008–present)')).toMatchObject({ person: 'Alexander Bortnikov', spans: [{ note: 'Army General' }] });
    expect(parseEntry('Gen. Michael V. Hayden, USAF (May 30, 2006 – February 12, 2009)')).toMatchObject({ person: 'Michael V. Hayden', spans: [{ note: 'Gen.; USAF' }] });
    expect(parseEntry('Adm. Mike Rogers, USN (2014–2018)')).toMatchObject({ person: 'Mike Rogers', spans: [{ note: 'Adm.; USN' }] });
    expect(parseEntry('Rameshwar Nath Kao, IP (21 September 1968 – 31 March 1977)')).toMatchObject({ person: 'Rameshwar Nath Kao', spans: [{ note: 'IP' }] });
    expect(parseEntry('Lt-Gen. Brent Scowcroft (1975–1977)')).toMatchObject({ person: 'Brent Scowcroft', spans: [{ note: 'Lt-Gen.' }] });
    // A peerage after the name and a comma is a title too.
    expect(parseEntry('Mervyn King, Baron King of Lothbury (2003–2013)')).toMatchObject({ person: 'Mervyn King', spans: [{ note: 'Baron King of Lothbury' }] });
    expect(parseEntry('Montagu Norman, 1st Baron Norman (1920–1944)')).toMatchObject({ person: 'Montagu Norman', spans: [{ note: '1st Baron Norman' }] });
    expect(parseEntry('Lady Ashton (2009–2014)').person).toBe('Lady Ashton');
    // Before a post it is part of the post: nothing moves.
    expect(parseEntry('General Secretary Xi Jinping (2012–)').person).toBe('General Secretary Xi Jinping');
    expect(parseEntry('Lieutenant Governor Li Wei (2000–2002)').person).toBe('Lieutenant Governor Li Wei');
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
    // The life and the term in one bracket, the life first.
    expect(spans('Zhou Enlai (1898–1976; in office 1949–1976)')).toEqual([['1949', '1976', false, '1898–1976']]);
    expect(spans('Zhou Enlai (1949–1990; 1995–1998)')).toEqual([['1949', '1990', false, null], ['1995', '1998', false, null]]);
    expect(parseEntry('Li Weihan (李维汉, 1896–1984), 1949–1954')).toMatchObject({ person: 'Li Weihan', nativeName: '李维汉', spans: [{ start: '1949', end: '1954', note: '1896–1984' }] });
    // Two terms, a term and an acting stint inside it, a range too short for a life, dates not within it, or nothing after it: as before.
    expect(spans('Zhang San (2005–2009) (2013–2017)')).toEqual([['2005', '2009', false, null], ['2013', '2017', false, null]]);
    expect(spans('Zhang San (1998–2003) (2001–2002, acting)')).toEqual([['1998', '2003', false, null], ['2001', '2002', false, 'acting']]);
    expect(spans('Zhang San (1960–2020) (1998–present)')).toEqual([['1960', '2020', false, null], ['1998', null, true, null]]);
    expect(spans('Zhang San (1960–2020) (1970–1980)')).toEqual([['1960', '2020', false, null], ['1970', '1980', false, null]]);
    expect(spans('J. Edgar Hoover (1924–1972) (died in office)')).toEqual([['1924', '1972', false, 'died in office']]);
  });

  it('reads a bracket that gives only a start, an end or one date within the term as a part of it', () => {
    expect(parseEntry('Li Fuchun (李富春), 1954–1970 (acting from 1966)')).toMatchObject({ person: 'Li Fuchun', nativeName: '李富春', spans: [{ start: '1954', end: '1970', incumbent: false, note: 'acting from 1966' }] });
    expect(spans('Li Fuchun, 1954–1970 (acting from 1966), later Vice Premier')).toEqual([['1954', '1970', false, 'acting from 1966; later Vice Premier']]);
    expect(spans('Li Fuchun 1954–1970 (acting from 1966)')).toEqual([['1954', '1970', false, 'acting from 1966']]);
    // A bracket without a year after a range outside brackets is its note (the entry was lost), also after an open range.
    expect(parseEntry('Zhou Enlai 1954–1976 (died in office)')).toMatchObject({ person: 'Zhou Enlai', spans: [{ start: '1954', end: '1976', note: 'died in office' }] });
    expect(spans('Li Lanqing 1998–2003 (2nd term)')).toEqual([['1998', '2003', false, '2nd term']]);
    expect(parseEntry('Li Qiang 2023– (incumbent)')).toMatchObject({ person: 'Li Qiang', spans: [{ start: '2023', end: null, incumbent: true, note: null, problems: [] }] });
    expect(parseEntry('Li Qiang, 2023 – (acting)')).toMatchObject({ person: 'Li Qiang', spans: [{ start: '2023', end: null, incumbent: true, note: 'acting', problems: [] }] });
    expect(spans('Li Fuchun 1954–1970 (1972–1975)')).toEqual([['1954', '1970', false, null], ['1972', '1975', false, null]]);
    expect(spans('Li Fuchun (1954–1970) (acting until 1955)')).toEqual([['1954', '1970', false, 'acting until 1955']]);
    // Outside the term, an open term, a stint with both ends, bare years: spans, as before; the range outside brackets is kept.
    expect(spans('Li Fuchun, 1954–1970 (acting 1971–1972)')).toEqual([['1954', '1970', false, null], ['1971', '1972', false, 'acting']]);
    expect(spans('Li Fuchun, 1954–1970 (acting 1960–1962)')).toEqual([['1954', '1970', false, null], ['1960', '1962', false, 'acting']]);
    expect(spans('Xi Jinping, 2012–present (acting from 2013)')).toEqual([['2012', null, true, null], ['2013', null, true, 'acting']]);
    // An open span with a later one after it ended: no end written, and not the incumbent's.
    expect(spans('Hu Jintao (1942–) (2003–2013)')).toEqual([['1942', null, false, null], ['2003', '2013', false, null]]);
    expect(spans('Li Qiang (acting from 12 May 2019; confirmed 1 June 2019 – 2022)')).toEqual([['2019-05-12', null, false, 'acting'], ['2019-06-01', '2022', false, 'confirmed']]);
    expect(spans('Li Qiang (2020–present; 2013–2018)')).toEqual([['2020', null, true, null], ['2013', '2018', false, null]]);
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
    // A comma may stand for the colon after a numbered term (the entry was unreadable).
    expect(spans('Zhang San (2nd term, 1998–2003)')).toEqual([['1998', '2003', false, '2nd term']]);
    expect(spans('Zhang San (1st term, 1998–2003; 2nd term, 2008–2013)')).toEqual([['1998', '2003', false, '1st term'], ['2008', '2013', false, '2nd term']]);
    // Without a number the label needs its colon, and a label with no range after it is a note.
    expect(spans('Zhang San (1998–2003; second term)')).toEqual([['1998', '2003', false, 'second term']]);
    // `left` after a start given by `took office` or `appointed` gives the end.
    expect(spans('Zhou Enlai (took office 1949, left 1976)')).toEqual([['1949', '1976', false, null]]);
    // So do `resigned`, `retired`, `stepped down`, `dismissed` and `removed` (the end was lost).
    expect(spans('Li Qiang (appointed 2013, resigned 2018)')).toEqual([['2013', '2018', false, null]]);
    expect(spans('Li Qiang (appointed 2013, dismissed on 3 May 2018)')).toEqual([['2013', '2018-05-03', false, null]]);
    // After a whole range it says how the term ended: a note.
    expect(spans('Li Qiang (2013–2018, resigned 2018)')).toEqual([['2013', '2018', false, 'resigned 2018']]);
    expect(spans('Zhou Enlai (appointed 1949, left in 1976, died)')).toEqual([['1949', '1976', false, 'died']]);
    expect(spans('Zhou Enlai (appointed 1949, left for Paris)')).toEqual([['1949', null, false, 'left for Paris']]);
    // A tab before the dates, as copied from a table; an ordinal before a post after the name.
    expect(spans('Zhou Enlai\t1949–1976')).toEqual([['1949', '1976', false, null]]);
    expect(parseEntry('Zhou Enlai, 1st Premier (1949–1976)')).toMatchObject({ person: 'Zhou Enlai', spans: [{ note: '1st Premier' }] });
    // An ordinal alone, with its colon, is a label too.
    expect(spans('Wang Yi (first: 2013–2018; second: 2020–2022)')).toEqual([['2013', '2018', false, 'first'], ['2020', '2022', false, 'second']]);
    // Ranges listed after a colon or comma outside brackets, and groups joined by a slash.
    expect(spans('Wang Yi: 2013–2018, 2020–2022')).toEqual([['2013', '2018', false, null], ['2020', '2022', false, null]]);
    expect(spans('Wang Yi: 1949–1958, later Premier')).toEqual([['1949', '1958', false, 'later Premier']]);
    expect(spans('Wang Yi 2013–2018, 2020–present')).toEqual([['2013', '2018', false, null], ['2020', null, true, null]]);
    // A bracket without a digit after the last range listed is that span's note (the second span was lost in the first's note).
    expect(spans('Wang Yi 2013–2018, 2020–2022 (acting)')).toEqual([['2013', '2018', false, null], ['2020', '2022', false, 'acting']]);
    expect(spans('Wang Yi (2013–2018, 2020–2022 (acting))')).toEqual([['2013', '2018', false, null], ['2020', '2022', false, 'acting']]);
    expect(parseEntry('[[Otto John]] 1950–1954')).toMatchObject({ person: 'Otto John', spans: [{ start: '1950', end: '1954' }] });
    expect(spans('Wang Yi (2013–2018) / (2020–2022)')).toEqual([['2013', '2018', false, null], ['2020', '2022', false, null]]);
    // After a comma too: a labelled range in a list of ranges is a span, its label its own.
    expect(spans('Zhang San (first term 1998–2003, second term 2008–2013)')).toEqual([['1998', '2003', false, 'first term'], ['2008', '2013', false, 'second term']]);
    expect(spans('Zhang San (1st term: 2013–2017, 2nd term: 2018–2022, 2023–present)')).toEqual([['2013', '2017', false, '1st term'], ['2018', '2022', false, '2nd term'], ['2023', null, true, null]]);
    expect(spans('Zhang San (1998–2003, acting: 2005–2008)')).toEqual([['1998', '2003', false, null], ['2005', '2008', false, 'acting']]);
    expect(spans('Zhang San (acting: 1998–2003, 2005–2008)')).toEqual([['1998', '2003', false, 'acting'], ['2005', '2008', false, 'acting']]);
    const entry = 'Zhang San (first term 1998–2003, second term 2008–2013)';
    expect(parseEntry(entry).spans.map((s) => entry.slice(s.offset, s.offset + 4))).toEqual(['1998', '2008']);
  });

  it('reads a range after a standing or a few words without a comma, the words leading its note', () => {
    // A standing needs no colon.
    expect(spans('Zhang San (acting 1998–1999)')).toEqual([['1998', '1999', false, 'acting']]);
    expect(spans('Zhang San (acting 1998–1999, 1999–2003)')).toEqual([['1998', '1999', false, 'acting'], ['1999', '2003', false, 'acting']]);
    expect(spans('Zhang San (1999–2003; acting 1998–1999)')).toEqual([['1999', '2003', false, null], ['1998', '1999', false, 'acting']]);
    // After a comma the standing needs its colon: without, it says which part of the span was acting.
    expect(spans('Zhang San (June 2003 – March 2008, acting June–September 2003)')).toEqual([['2003-06', '2008-03', false, 'acting June–September 2003']]);
    // A post or party before the range; words before a later range lead its note, not the first's.
    expect(spans('Zhang San (deputy 1990–1998; director 1998–2003)')).toEqual([['1990', '1998', false, 'deputy'], ['1998', '2003', false, 'director']]);
    expect(spans('Zhang San (Premier March 1988 – 1998)')).toEqual([['1988-03', '1998', false, 'Premier']]);
    expect(spans('Zhang San (CDU, 1998–2003; SPD 2005–2008)')).toEqual([['1998', '2003', false, 'CDU'], ['2005', '2008', false, 'SPD']]);
    // A post written as a title before a later range is another post's: a note, in a piece or a bracket of its own (it was a span of the list's post).
    expect(spans('Li Qiang (2013–2018; Vice Premier 2018–2023)')).toEqual([['2013', '2018', false, 'Vice Premier 2018–2023']]);
    expect(spans('Li Qiang (2013–2018; Politburo member since 2017)')).toEqual([['2013', '2018', false, 'Politburo member since 2017']]);
    expect(spans('Li Qiang (2013–2018) (Vice Premier 2018–2023)')).toEqual([['2013', '2018', false, 'Vice Premier 2018–2023']]);
    expect(spans('Li Qiang 2013–2018 (Vice Premier 2018–2023)')).toEqual([['2013', '2018', false, 'Vice Premier 2018–2023']]);
    expect(spans('Li Qiang (2013–2018) (deputy 2018–2023)')).toEqual([['2013', '2018', false, null], ['2018', '2023', false, 'deputy']]);
    // A life, a word that qualifies the date, an end only or a lone date after words: not so read.
    expect(parseEntry('Zhang San (born 1928 – died 2019)')).toMatchObject({ spans: [], unreadable: 'born 1928 – died 2019' });
    expect(parseEntry('Zhang San (around 1995 – 2001)')).toMatchObject({ spans: [], unreadable: 'around 1995 – 2001' });
    expect(spans('Zhang San (1998–2003; concurrently Premier until 2008)')).toEqual([['1998', '2003', false, 'concurrently Premier until 2008']]);
    expect(spans('Zhang San (1998–2003; Politburo member 2002)')).toEqual([['1998', '2003', false, 'Politburo member 2002']]);
    // Words that make the range another post's (concurrently, also, later …): a note of the span before, in a piece or a bracket of its own.
    expect(spans('Wan Li (1980–1988; concurrently State Councilor 1982–1987)')).toEqual([['1980', '1988', false, 'concurrently State Councilor 1982–1987']]);
    expect(spans('Wan Li (1980–1988) (also Vice Premier 1982–1987)')).toEqual([['1980', '1988', false, 'also Vice Premier 1982–1987']]);
    expect(spans('Wang Yi, 2013–present (concurrently State Councilor since 2018)')).toEqual([['2013', null, true, 'concurrently State Councilor since 2018']]);
    expect(spans('Wang Yi (2013–present) (later Premier 2023–2024)')).toEqual([['2013', null, true, 'later Premier 2023–2024']]);
    // Such a word alone before a range names no other post: a later term of this one.
    expect(spans('Zhou Enlai (1949–1958; later 1960–1965)')).toEqual([['1949', '1958', false, null], ['1960', '1965', false, 'later']]);
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
