/** extractTenures: leader lists in documents (positions, which lists count, problems). */
import { describe, expect, it } from 'vitest';
import { extractTenures } from '../../src/extract/tenures/index.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { SEED_001, corpusFile, textOf } from '../helpers.ts';

const tenuresOf = (text: string) => extractTenures(parseDocument(text), text);

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

  it('takes the title, without its disambiguation, for a heading that names no post (`List`, `Office holders`)', () => {
    const text = '= Chief Cabinet Secretary (Japan) =\n\n== List ==\n* Yoshihide Suga (2012–2020)\n\n== Holders of the office ==\n* Katsunobu Katō (2020–2021)\n\n== List of ministers ==\n* Hirokazu Matsuno (2021–2023)\n\n=== Deputies ===\n* Seiji Kihara (2021–2022)\n';
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Yoshihide Suga', 'Chief Cabinet Secretary', 1],
      ['Katsunobu Katō', 'Chief Cabinet Secretary', 1],
      ['Hirokazu Matsuno', 'List of ministers', 9],
      ['Seiji Kihara', 'Deputies', 12],
    ]);
    // Without a title, such a heading gives no position.
    expect(tenuresOf('== Office holders ==\n* Yoshihide Suga (2012–2020)\n').tenures.map((t) => [t.position, t.position_line])).toEqual([[null, null]]);
  });

  it('takes the position above a heading or ; header that names a period and no post', () => {
    const text = [
      '= Premier of the People’s Republic of China =',
      '== List of officeholders ==',
      '; People’s Republic of China (1949–present)',
      '# Zhou Enlai (1949–1976)',
      '== Leaders ==',
      '=== Republic of China (1912–1949) ===',
      '* Tan Yankai (1928–1930)',
      '=== List ===',
      '* Chen Cheng (1950–1954)',
      '== Other holders ==',
      '; Ministers (1949–1954)',
      '* Li Wei (1949–1954)',
    ].join('\n');
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Zhou Enlai', 'Premier of the People’s Republic of China', 1],
      ['Tan Yankai', 'Leaders', 5],
      ['Chen Cheng', 'Leaders', 5],
      // A post with its years stays the position.
      ['Li Wei', 'Ministers (1949–1954)', 11],
    ]);
  });

  it('takes the position above a heading or ; header that is only a date or range', () => {
    const text = '= Office of Tests =\n== Directors ==\n; 1949–1966\n* Li Wei (1949–1955)\n; 1978–present\n* Zhao Min (1978–1990)\n=== 1990s ===\n* Sun Li (1990–1999)\n; Since 2000\n* Qian Bo (2000–)\n';
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Li Wei', 'Directors', 2],
      ['Zhao Min', 'Directors', 2],
      ['Sun Li', 'Directors', 2],
      ['Qian Bo', 'Directors', 2],
    ]);
  });

  it('reads no tenure of an entry that names a body, a document or an event', () => {
    const text = '= Office of Tests =\n== Key events ==\n- Beijing Conference (1990–1991)\n- Treaty of Friendship (1950)\n- Li Wei (1990–1995)\n== Subordinate bodies ==\n- Research Office (1980–1998)\n- Confidential Bureau (1949–present)\n== Judges ==\n- Margaret Court (1990–1995)\n- Bonar Law (1995–1999)\n';
    expect(tenuresOf(text).tenures.map((t) => t.person)).toEqual(['Li Wei', 'Margaret Court', 'Bonar Law']);
  });

  it('keeps the header above a heading or ; header that is only a bracket', () => {
    const text = '= Office of Tests =\n== Directors ==\n; Directors-General of the Agency\n; (selected)\n* Li Wei (1949–1955)\n=== (acting) ===\n* Zhao Min (1978–1990)\n';
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Li Wei', 'Directors-General of the Agency', 3],
      ['Zhao Min', 'Directors', 2],
    ]);
  });

  it('takes the post written with the name as the position when the list’s position names no post', () => {
    const text = '= Ministry of Defence =\n== Leadership ==\n- First Deputy Minister: Leonid Ivashov (2024–)\n- Chief of the General Staff – Gen. Valery Gerasimov (2012–present)\n- Acting: Li Wei (2011–2012)\n- Wang Yi, Premier, later President (2013–2018)\n== Directors ==\n- Deputy: Ma Li (2001–2003)\n';
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line, t.note])).toEqual([
      ['Leonid Ivashov', 'First Deputy Minister', 3, null],
      ['Valery Gerasimov', 'Chief of the General Staff', 4, 'Gen.'],
      // A standing, or a post with more written after it, stays the note.
      ['Li Wei', 'Leadership', 2, 'acting'],
      ['Wang Yi', 'Leadership', 2, 'Premier, later President'],
      // Under a heading that names a post, the entry's post stays the note.
      ['Ma Li', 'Directors', 7, 'Deputy'],
    ]);
  });

  it('leaves reference marks and emphasis out of a position taken from a ; header or a heading', () => {
    const { tenures } = tenuresOf("= T =\n== Leaders[2] ==\n- Sun Qi (1960–1970)\n; Deputy Directors[1]\n- Li Si (1950–1953)\n; '''Advisers'''\n- Ma Li (1953–1956)\n");
    expect(tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Sun Qi', 'Leaders', 2],
      ['Li Si', 'Deputy Directors', 4],
      ['Ma Li', 'Advisers', 6],
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

  it('takes the position from a label line right over a list, for that list only', () => {
    const text = [
      '= T =',
      '== Leadership ==',
      'Directors:',
      '1. Zhang Wei (1988–1993)',
      '',
      "'''Party Secretaries'''",
      '',
      '* Li Na (1988–1995)',
      'Deputy directors',
      '* Chen Jie (1990–1994)',
      '',
      '* Ma Jun (1994–1998)',
      'Former:',
      '* Sun Li (1980–1988)',
      'The following people have served as heads:',
      '* Zhou Min (1970–1980)',
      'Advisers',
      '',
      '* Gao Yu (1960–1970)',
      '',
      'Sources:',
      '* Li Rui (1999–2000), Xinhua',
    ].join('\n');
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Zhang Wei', 'Directors', 3],
      ['Li Na', 'Party Secretaries', 6],
      ['Chen Jie', 'Deputy directors', 9],
      // The same list after a blank line.
      ['Ma Jun', 'Deputy directors', 9],
      // `Former`, a sentence, and a plain line with a blank line under it are no labels: the heading's.
      ['Sun Li', 'Leadership', 2],
      ['Zhou Min', 'Leadership', 2],
      ['Gao Yu', 'Leadership', 2],
      // A list labelled as a section of references or notes is no leader list, as under such a heading.
    ]);
  });

  it('takes the position from an undated item over nested ones, as from a label line', () => {
    const text = [
      '= T =',
      '== Leadership ==',
      '* Directors:',
      '** Zhou Enlai (1949–1954)',
      '** Chen Yun (1954–1958)',
      "* '''Deputy directors'''",
      '** Li Si (2001–2005)',
      '* Wang Wu (2003–2008)',
      '- Party secretaries',
      '  - Zhang San (1990–1995)',
      '* Current:',
      '** Sun Qi (2010–present)',
      '* Li Peng',
      '** also Party secretary (1990–1995)',
    ].join('\n');
    expect(tenuresOf(text).tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([
      ['Zhou Enlai', 'Directors', 3],
      ['Chen Yun', 'Directors', 3],
      ['Li Si', 'Deputy directors', 6],
      // Back at the label's depth: the heading's again.
      ['Wang Wu', 'Leadership', 2],
      ['Zhang San', 'Party secretaries', 9],
      // `Current:` names no post, and a name over a remark is no label.
      ['Sun Qi', 'Leadership', 2],
    ]);
  });

  it('reads one tenure a person from an entry naming two or more, each at its column', () => {
    const text = [
      '= T =',
      '== Vice chairmen ==',
      '* Liu Huaqing (1989–1997), Zhang Zhen (1992–1997); Chi Haotian (1995–2003)',
      '* Guo Boxiong and Cao Gangchuan (2002–2012)',
      '* Zhou Enlai (周恩来) (1949–1958) and Chen Yi (陈毅) (1958–1972)',
      // A post, a remark or a lone date after the dates, and a post with dates inside them, stay the note.
      '* Li Peng (1998–2003), State Councilor (2003–2008)',
      '* Wang Yi (2013–2022), succeeded by Qin Gang (2022–2023)',
      '* Hu Jin (1998–2003), Tiananmen Square (1989)',
      '* Li Qiang (1998–2003, Politburo Standing Committee (2002–2007))',
      // Names of one word each are not split.
      '* Bosnia and Herzegovina (1992–1995)',
    ].join('\n');
    const { tenures, problems } = tenuresOf(text);
    expect(tenures.map((t) => [t.person, t.start, t.end, t.note, t.line, t.column])).toEqual([
      ['Liu Huaqing', '1989', '1997', null, 3, 3],
      ['Zhang Zhen', '1992', '1997', null, 3, 28],
      ['Chi Haotian', '1995', '2003', null, 3, 52],
      ['Guo Boxiong', '2002', '2012', null, 4, 3],
      ['Cao Gangchuan', '2002', '2012', null, 4, 19],
      ['Zhou Enlai', '1949', '1958', null, 5, 3],
      ['Chen Yi', '1958', '1972', null, 5, 36],
      ['Li Peng', '1998', '2003', 'State Councilor (2003–2008)', 6, 3],
      ['Wang Yi', '2013', '2022', 'succeeded by Qin Gang (2022–2023)', 7, 3],
      ['Hu Jin', '1998', '2003', 'Tiananmen Square (1989)', 8, 3],
      ['Li Qiang', '1998', '2003', 'Politburo Standing Committee (2002–2007)', 9, 3],
      ['Bosnia and Herzegovina', '1992', '1995', null, 10, 3],
    ]);
    expect(problems).toEqual([]);
  });

  it('gives no tenure for a post abolished or held by nobody, nor for a dated remark nested under an entry', () => {
    const text = [
      '= T =',
      '; Minister',
      '* Yang Qiqing (1949–1959)',
      '** also Party deputy secretary (1955–1959)',
      '* Position abolished (1959–1962)',
      '* None (1962–1963)',
      '* Xu Zirong (1963–1966)',
      '  - concurrently Political Commissar (1964–1966)',
      '* Ministers of state',
      '** Li Zhen (1972–1973)',
      '- Hua Guofeng (1973–1977)',
      '  - Wang Dongxing (1977–1978)',
    ].join('\n');
    const { tenures, problems } = tenuresOf(text);
    expect(tenures.map((t) => [t.person, t.start, t.end, t.line])).toEqual([
      ['Yang Qiqing', '1949', '1959', 3],
      ['Xu Zirong', '1963', '1966', 7],
      // Nested names are entries (a group's, or a successor written under an entry).
      ['Li Zhen', '1972', '1973', 10],
      ['Hua Guofeng', '1973', '1977', 11],
      ['Wang Dongxing', '1977', '1978', 12],
    ]);
    expect(problems).toEqual([]);
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
  it('reads a number written as an entry’s label as its ordinal, not as part of the name', () => {
    const { tenures } = tenuresOf('= T =\n== Deputies ==\n* 1st: Vladimir Titov (2011–2022)\n* No. 2: Sergei Ryabkov (2008–)\n* #3 – Oleg Syromolotov (2015–)\n* 1998–2003: Li Peng\n');
    expect(tenures.map((t) => [t.person, t.ordinal, t.column, t.start])).toEqual([
      ['Vladimir Titov', 1, 8, '2011'],
      ['Sergei Ryabkov', 2, 10, '2008'],
      ['Oleg Syromolotov', 3, 8, '2015'],
      // A year is no label: the entry's dates are written first.
      ['Li Peng', null, 3, '1998'],
    ]);
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

  it('takes the position as a heading or nested `;;` header shows it', () => {
    const { tenures } = tenuresOf("= T =\n== [[Standing Committee]] ==\n- A (1990–1995)\n== '''Deputies''' ==\n;; Third deputies\n- B (1978–1982)\n");
    expect(tenures.map((t) => [t.person, t.position, t.position_line])).toEqual([['A', 'Standing Committee', 2], ['B', 'Third deputies', 5]]);
  });

  it('keeps and flags a span that cannot be read, and one that starts after it ends', () => {
    const { tenures, problems } = tenuresOf('= T =\n== Heads ==\n- A (1990–1995)\n- B (around 1995 – 2001)\n- C (2005 – 2001)\n');
    expect(tenures.map((t) => [t.person, t.start, t.end, t.flagged])).toEqual([['A', '1990', '1995', false], ['B', null, null, true], ['C', '2005', '2001', true]]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['tenure-unreadable', 4], ['tenure-start-after-end', 5]]);
  });
});
