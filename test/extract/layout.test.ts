/**
 * Layout that copied articles carry and the format does not define: text indented by four spaces
 * or a tab, HTML block tags, `~~~~` and backquote fences, `----` and `===` lines under a paragraph.
 * Markdown would make code blocks, HTML blocks and headings of them, and nobody reads their dates
 * and entries; here the text is the paragraph or list it looks like, and a tag or fence is text.
 */
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/process-document.ts';

const file = { source: 'x.txt', absolute: '/nonexistent/x.txt', docId: 'x' };

describe('indented text', () => {
  it('gives the dates of an indented paragraph and the tenures of an indented leader list, at their columns', () => {
    const text = [
      '= Office of Tests =', '', '== History ==', '', '    The office was founded on 1 March 1958 in Beijing.', '', '\tIt was abolished in June 1970.', '',
      '== Leaders ==', '', '; Director', '', '    1. Wang Yi (2013–2022)', '    2. Li Si (2022–present)', '', '; Deputy', '', '\t- Zhao Wu (2003–2008)', '',
    ].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    const { dates, tenures, problems } = outcome.extraction;
    expect(dates.map((d) => [d.line, d.column, d.text, d.value])).toEqual([
      [5, 31, '1 March 1958', '1958-03-01'],
      [7, 22, 'June 1970', '1970-06'],
    ]);
    expect(tenures.map((t) => [t.line, t.column, t.person, t.position, t.start, t.end, t.ordinal])).toEqual([
      [13, 8, 'Wang Yi', 'Director', '2013', '2022', 1],
      [14, 8, 'Li Si', 'Director', '2022', null, 2],
      [18, 4, 'Zhao Wu', 'Deputy', '2003', '2008', null],
    ]);
    expect(problems).toEqual([]);
  });

  it('reads the dates of paragraphs wrapped in HTML block tags', () => {
    const text = ['= T =', '', '== History ==', '<div class="history">', 'The office was founded on 1 March 1958.', '</div>', '', '<center>', 'It was restored in 1981.', '</center>', '', '<p>It moved in 1999.', ''].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.extraction.dates.map((d) => [d.line, d.column, d.sentence, d.value])).toEqual([
      [5, 27, 'The office was founded on 1 March 1958.', '1958-03-01'],
      [9, 20, 'It was restored in 1981.', '1981'],
      [12, 16, '<p>It moved in 1999.', '1999'],
    ]);
  });

  it('reads the paragraph above a rule and everything after a fence line', () => {
    const text = ['= T =', '', '== History ==', 'The office was founded on 1 March 1958.', '----', 'It was abolished in June 1970.', '=====', '', '~~~~', 'It was restored in 1981.', '', '; Director', '1. Wang Yi (2013–2022)', ''].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.extraction.dates.map((d) => [d.line, d.value])).toEqual([[4, '1958-03-01'], [6, '1970-06'], [10, '1981']]);
    expect(outcome.extraction.tenures.map((t) => [t.line, t.person, t.start, t.end])).toEqual([[13, 'Wang Yi', '2013', '2022']]);
  });
});

describe('leader entries written without list markers', () => {
  it('reads a paragraph whose every line is a dated entry as a leader list, and not as prose', () => {
    const text = [
      '= Office of Tests =', '', 'The office was set up in 1950.', '', '== Directors ==', '; Director of the Office', 'Chen Yun (1978–1987)', 'Qiao Shi (1987–1992)', '',
      '== Secretaries ==', '1. Li Peng (1990–1995)', '2. Zhu Rongji (1995–2000)', '(3) Wei Jianxing (October 1992 – November 2002)', '4 - Wu Guanzheng (2002–2007)', 'IV. He Guoqiang (2007–2012)', '– Li Xi (2022–present)', '',
      '== Deputy ==', 'Zhao Hongzhu (2012–2017)', '',
      '== History ==', 'Chen Yun (1978–1987) led the office. He retired in 1987.', 'Qiao Shi (1987–1992)', '',
    ].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    const { dates, tenures, problems } = outcome.extraction;
    expect(tenures.map((t) => [t.line, t.column, t.person, t.position, t.start, t.end, t.ordinal])).toEqual([
      [7, 1, 'Chen Yun', 'Director of the Office', '1978', '1987', null],
      [8, 1, 'Qiao Shi', 'Director of the Office', '1987', '1992', null],
      [11, 4, 'Li Peng', 'Secretaries', '1990', '1995', 1],
      [12, 4, 'Zhu Rongji', 'Secretaries', '1995', '2000', 2],
      [13, 5, 'Wei Jianxing', 'Secretaries', '1992-10', '2002-11', 3],
      [14, 5, 'Wu Guanzheng', 'Secretaries', '2002', '2007', 4],
      [15, 5, 'He Guoqiang', 'Secretaries', '2007', '2012', 4],
      [16, 3, 'Li Xi', 'Secretaries', '2022', null, null],
      [19, 1, 'Zhao Hongzhu', 'Deputy', '2012', '2017', null],
    ]);
    // A paragraph with a sentence in it is prose, every line of it: its dates are read, and it gives no tenure.
    expect(dates.map((d) => [d.line, d.text])).toEqual([[3, '1950'], [22, '1978–1987'], [22, '1987'], [23, '1987–1992']]);
    expect(problems).toEqual([]);
  });
});

describe('leader lists written as pipe tables', () => {
  it('reads each row of a pipe table as the entry its cells make, and the header, rules and tables of other facts not', () => {
    const text = [
      '= Office of Tests =', '', '== Presidents ==',
      '| No. | Portrait | Name | Took office | Left office | Party |', '|---|---|---|---|---|---|',
      '| 1 | | Otto John (1909–1997) | 1950 | 1954 | |', '| 2 | | Hubert Schrübbers | 1955 | 1972 | CDU |', '| 3 | | [[Heinz Fromm (official)|Heinz Fromm]] | 2000 | Incumbent | |', '',
      '== Vice Presidents ==', '| 1950–1954 | Albert Radke |', '| 101 | Karl Weber | 6 January 2001 | 26 April 2001 |', '',
      '== Budget ==', '| Year | Budget |', '| 2019 | 400 million |', '', '== Facts ==', '| Formed | 1949 |', '| Active | 1949–1954 |', '',
    ].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    const { dates, tenures, problems } = outcome.extraction;
    expect(tenures.map((t) => [t.line, t.column, t.person, t.position, t.start, t.end, t.incumbent, t.ordinal, t.note])).toEqual([
      [6, 9, 'Otto John', 'Presidents', '1950', '1954', false, 1, '1909–1997'],
      [7, 9, 'Hubert Schrübbers', 'Presidents', '1955', '1972', false, 2, 'CDU'],
      [8, 9, 'Heinz Fromm', 'Presidents', '2000', null, true, 3, null],
      [11, 3, 'Albert Radke', 'Vice Presidents', '1950', '1954', false, null, null],
      [12, 9, 'Karl Weber', 'Vice Presidents', '2001-01-06', '2001-04-26', false, 101, null],
    ]);
    // A table whose rows read as no entries stays prose: its dates are read.
    expect(dates.map((d) => [d.line, d.text])).toEqual([[16, '2019'], [19, '1949'], [20, '1949–1954']]);
    expect(problems).toEqual([]);
  });

  it('reads the rows of a wiki table written a row a line, its frame lines giving none, at their first cell', () => {
    const text = ['= Office W =', '', '== Directors ==', '{| class="wikitable"', '! No. !! Name !! Took office !! Left office', '|-', '| 1 || [[Otto John]] || 1950 || 1954', '|-', '| 2 || Hubert Schrübbers || 1955 || Incumbent', '|}', ''].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.extraction.tenures.map((t) => [t.line, t.column, t.person, t.position, t.start, t.end, t.incumbent, t.ordinal])).toEqual([
      [7, 3, 'Otto John', 'Directors', '1950', '1954', false, 1],
      [9, 3, 'Hubert Schrübbers', 'Directors', '1955', null, true, 2],
    ]);
    expect(outcome.extraction.dates).toEqual([]);
  });

  it('reads the rows of a wiki table written a cell a line, at the line of their first cell, attributes left out', () => {
    const text = [
      '= Office W =', '', '== Directors ==', '{| class="wikitable sortable"', '|+ Directors', '! No. !! Name !! Took office !! Left office',
      '|-', '| 1', '| [[Roscoe H. Hillenkoetter (admiral)|Roscoe H. Hillenkoetter]]', '| May 1, 1947', '| October 7, 1950',
      '|-', '| style="text-align:center" | 2', '| width="200" | Walter Bedell Smith', '| October 7, 1950', '| Incumbent', '|}', '',
    ].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.extraction.tenures.map((t) => [t.line, t.column, t.person, t.start, t.end, t.incumbent, t.ordinal])).toEqual([
      [8, 3, 'Roscoe H. Hillenkoetter', '1947-05-01', '1950-10-07', false, 1],
      [13, 3, 'Walter Bedell Smith', '1950-10-07', null, true, 2],
    ]);
    expect(outcome.extraction.dates).toEqual([]);
  });

  it('reads a row of dates only under a row whose cells span it as a further term of its person', () => {
    const rowALine = [
      '= Minister W =', '', '== Ministers ==', '{| class="wikitable"', '! No. !! Name !! Took office !! Left office',
      '|-', '| rowspan="2" | 1 || rowspan="2" | [[Peng Dehuai]] || 28 September 1954 || 17 September 1959',
      '|-', '| 17 September 1959 || 1 January 1960',
      '|-', '| 2 || [[Lin Biao]] || 17 September 1959 || 13 September 1971', '|}', '',
    ].join('\n');
    const cellALine = [
      '= Minister W =', '', '== Ministers ==', '{| class="wikitable"',
      '|-', '| rowspan=3 | 1', '| rowspan=3 | [[Peng Dehuai]]', '| 1954', '| 1959',
      '|-', '| 1959', '| 1960', '|-', '| 1961', '| Incumbent', '|}', '',
    ].join('\n');
    const read = (text: string) => {
      const outcome = processDocument(file, new TextEncoder().encode(text));
      if (!outcome.ok) throw new Error('not extracted');
      return outcome.extraction;
    };
    expect(read(rowALine).tenures.map((t) => [t.line, t.person, t.start, t.end, t.ordinal])).toEqual([
      [7, 'Peng Dehuai', '1954-09-28', '1959-09-17', 1],
      [9, 'Peng Dehuai', '1959-09-17', '1960-01-01', 1],
      [11, 'Lin Biao', '1959-09-17', '1971-09-13', 2],
    ]);
    expect(read(rowALine).dates).toEqual([]);
    expect(read(cellALine).tenures.map((t) => [t.line, t.person, t.start, t.end, t.incumbent])).toEqual([
      [6, 'Peng Dehuai', '1954', '1959', false],
      [11, 'Peng Dehuai', '1959', '1960', false],
      [14, 'Peng Dehuai', '1961', null, true],
    ]);
    // Without a spanning row above, a row of dates only reads as no entry, and the table is prose.
    expect(read(rowALine.replace(/rowspan="2" \| /gu, '')).tenures).toEqual([]);
  });

  it('reads a wiki table with portraits, a life under the name, emphasis and a column after the dates', () => {
    const text = [
      '= Minister W =', '', '== Ministers ==', '{| class="wikitable"', '! rowspan=2 | No. !! rowspan=2 | Portrait !! rowspan=2 | Name<br>(Birth–Death)', '! colspan=2 | Term of office !! rowspan=2 | Premier', '|-', '! Took office !! Left office',
      '|-', '| 1 || [[File:Peng Dehuai.jpg|80px]] || [[Peng Dehuai]]<br>(1898–1974) || 28 September 1954 || 17 September 1959 || [[Zhou Enlai]]',
      '|-', "| 13 || || [[Dong Jun]]<br />(born 1961) || 29 December 2023 || ''Incumbent'' || [[Li Qiang]]", '|}', '',
    ].join('\n');
    const outcome = processDocument(file, new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error('not extracted');
    expect(outcome.extraction.tenures.map((t) => [t.line, t.person, t.start, t.end, t.incumbent, t.note, t.ordinal])).toEqual([
      [10, 'Peng Dehuai', '1954-09-28', '1959-09-17', false, '1898–1974; [[Zhou Enlai]]', 1],
      [12, 'Dong Jun', '2023-12-29', null, true, 'born 1961; [[Li Qiang]]', 13],
    ]);
    expect(outcome.extraction.dates).toEqual([]);
  });
});
