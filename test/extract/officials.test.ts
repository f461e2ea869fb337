/** Infobox officials: name fields and their partners, post-keyed fields, incumbents, key people. */
import { describe, expect, it } from 'vitest';
import { collectOfficials, extractInfobox } from '../../src/extract/infobox.ts';
import { SEED_001, corpusFile, treeOf } from '../helpers.ts';

/** Infobox fields from key and value pairs, on lines 1, 2, 3… */
const fieldsOf = (...pairs: [string, string][]) => pairs.map(([key, value], i) => ({ key, value, line: i + 1 }));

describe('collectOfficials', () => {
  it('pairs Minister1 Name with Minister1 Pfo and Leader Name with Leader Title', () => {
    expect(extractInfobox(treeOf(corpusFile('005_ministry_of_state_security'))).officials).toEqual([{ group: 'Minister1', name: 'Chen Yixin', nativeName: null, position: 'Minister', line: 11 }]);
    expect(extractInfobox(treeOf(corpusFile('001_general_office_ccp'))).officials).toEqual([{ group: 'Leader', name: 'Cai Qi', nativeName: null, position: 'Director', line: 12 }]);
  });

  it('orders numbered groups by number', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chief2 Name', 'B'],
      ['Chief10 Name', 'J'],
      ['Chief1 Name', 'A'],
      ['Chief1 Position', 'Head'],
    ));
    expect(officials.map((o) => [o.name, o.position])).toEqual([['A', 'Head'], ['B', null], ['J', null]]);
  });

  it('gives no official for a post written as vacant', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chief1 Name', 'Vacant'],
      ['Chief1 Position', 'Chief Engineer'],
      ['Chief2 Name', 'Office vacant'],
      ['Chief3 Name', 'Vacant Lee'],
    ));
    expect(officials.map((o) => [o.group, o.name])).toEqual([['Chief3', 'Vacant Lee']]);
  });

  it('reads the number written after Name and Title too (Leader Name2, Leader Title2)', () => {
    const officials = collectOfficials(fieldsOf(
      ['Leader Title', 'Chairman'],
      ['Leader Name', 'Xi Jinping'],
      ['Leader Title2', 'Vice Chairman'],
      ['Leader Name2', 'Li Qiang'],
      ['leader_name3', 'Wang Huning (acting)'],
      ['leader_title3', 'Secretary-General'],
      ['Agency Name2', 'Not a person'],
      ['Other Name2', 'Not an official'],
    ));
    expect(officials.map((o) => [o.group, o.name, o.position, o.line])).toEqual([
      ['Leader', 'Xi Jinping', 'Chairman', 2],
      ['Leader2', 'Li Qiang', 'Vice Chairman', 4],
      ['leader3', 'Wang Huning', 'Secretary-General; acting', 5],
    ]);
  });

  it('leaves reference marks out of an official’s name and position', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chief1 Name', 'Wang Yi[2]'],
      ['Chief1 Position', 'Director [note 1]'],
      ['Chief2 Name', 'Li Qiang[citation needed]'],
    ));
    expect(officials.map((o) => [o.name, o.position])).toEqual([['Wang Yi', 'Director'], ['Li Qiang', null]]);
  });

  it('takes a post or standing written with an official’s name into the position, and leaves a title out', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chief1 Name', 'Li Qiang, Premier'],
      ['Chief2 Name', 'Wang Yi, acting'],
      ['Chief2 Position', 'Director'],
      ['Chief3 Name', 'Gen. Paul Nakasone'],
      ['Chief4 Name', 'Martin Luther King, Jr.'],
      ['Chief5 Name', 'Gen Nakatani'],
      ['Chief6 Name', 'The Rt Hon. Oliver Dowden CBE MP'],
    ));
    expect(officials.map((o) => [o.name, o.position])).toEqual([
      ['Li Qiang', 'Premier'],
      ['Wang Yi', 'Director; acting'],
      ['Paul Nakasone', null],
      ['Martin Luther King, Jr.', null],
      ['Gen Nakatani', null],
      ['Oliver Dowden', null],
    ]);
  });

  it('takes a bracket after an official’s name into the position, or as the native name', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chief1 Name', 'Ivan Serov (first)'],
      ['Chief1 Position', 'Chairman'],
      ['Chief2 Name', 'Vadim Bakatin (last)[3]'],
      ['Chief3 Name', 'Marco Rubio (Interim)'],
      ['Chief3 Position', 'National Security Advisor'],
      ['Chief4 Name', 'Wang Yi (王毅)'],
      ['Chief5 Name', 'Govind Mohan, IAS'],
      ['Chief6 Name', 'Vacant (since 2024)'],
      ['Chief7 Name', '(unknown)'],
      ['Chief8 Name', "'''Li Qiang'''"],
    ));
    expect(officials.map((o) => [o.name, o.nativeName, o.position])).toEqual([
      ['Ivan Serov', null, 'Chairman; first'],
      ['Vadim Bakatin', null, 'last'],
      ['Marco Rubio', null, 'National Security Advisor; interim'],
      ['Wang Yi', '王毅', null],
      ['Govind Mohan', null, null],
      ['(unknown)', null, null],
      ['Li Qiang', null, null],
    ]);
  });

  it('reads a field keyed by a post as an official when its value reads as a person', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chairman', 'Xi Jinping'],
      ['Vice Chairman', 'Zhang Youxia (张又侠)'],
      ['Vice_Chairman2', 'He Weidong'],
      ['Commander1', 'Liu Zhenli'],
      ['Commander1 Label', 'Chief of the Joint Staff'],
      ['Director', 'Zhong Shaojun (acting)'],
      ['Premier', 'Li Qiang[1]'],
      // A vacancy, a body, a note, a name of one word, and keys that are no post: none.
      ['Secretary General', 'Vacant'],
      ['Minister', 'Ministry of National Defense'],
      ['Head', 'State Council'],
      ['Director', 'Central Committee'],
      ['Leader', "People's Congress"],
      ['Leader', 'see below'],
      ['Governor', 'Li'],
      ['Headquarters', 'Bayi Building'],
      ['Formed', '28 September 1954'],
    ));
    expect(officials.map((o) => [o.group, o.name, o.nativeName, o.position, o.line])).toEqual([
      ['Chairman', 'Xi Jinping', null, 'Chairman', 1],
      ['Vice Chairman', 'Zhang Youxia', '张又侠', 'Vice Chairman', 2],
      ['Director', 'Zhong Shaojun', null, 'Director; acting', 6],
      ['Premier', 'Li Qiang', null, 'Premier', 7],
      ['Commander1', 'Liu Zhenli', null, 'Chief of the Joint Staff', 4],
      ['Vice Chairman2', 'He Weidong', null, 'Vice Chairman', 3],
    ]);
  });

  it('reads the incumbent of a post’s infobox as an official of that post, and a deputy field as a deputy', () => {
    const officials = collectOfficials(fieldsOf(
      ['Post', 'Secretary of State'],
      ['Body', 'for Foreign, Commonwealth and Development Affairs'],
      ['Incumbent', 'Yvette Cooper'],
      ['Incumbentsince', '5 September 2025'],
      ['Incumbent Since', '2025'],
      ['Deputy', 'Stephen Doughty'],
      ['Incumbent2', 'Keir Starmer KCB KC MP'],
      // A vacancy and a date are no official.
      ['Incumbent3', 'Vacant'],
      ['Incumbent4', 'Since 2023'],
    ));
    expect(officials.map((o) => [o.group, o.name, o.nativeName, o.position, o.line])).toEqual([
      ['Incumbent', 'Yvette Cooper', null, 'Secretary of State for Foreign, Commonwealth and Development Affairs', 3],
      ['Deputy', 'Stephen Doughty', null, 'Deputy', 6],
      ['Incumbent2', 'Keir Starmer', null, 'Secretary of State for Foreign, Commonwealth and Development Affairs', 7],
    ]);
    // A body that does not go on from the post is not joined to it; without a post, no position.
    expect(collectOfficials(fieldsOf(['Post', 'Chief Cabinet Secretary'], ['Body', 'Cabinet Secretariat'], ['Incumbent', 'Yoshimasa Hayashi (林芳正)'])).map((o) => [o.name, o.nativeName, o.position])).toEqual([['Yoshimasa Hayashi', '林芳正', 'Chief Cabinet Secretary']]);
    expect(collectOfficials(fieldsOf(['Incumbent', 'Wang Yi'])).map((o) => [o.name, o.position])).toEqual([['Wang Yi', null]]);
  });

  it('reads one official a person of a field naming several, and no bracket that repeats the post', () => {
    const officials = collectOfficials(fieldsOf(
      ['Chief1 Name', 'Wang Yi; Li Qiang (李强)'],
      ['Chief1 Position', 'Director'],
      ['Chief2 Name', '[[Zhao Leji]] (Secretary)'],
      ['Chief2 Position', 'Secretary'],
      ['Chief3 Name', 'Han Zheng; see below'],
      ['Incumbent', 'Ma Xingrui; Chen Jining'],
      ['Post', 'Party Secretary'],
    ));
    expect(officials.map((o) => [o.group, o.name, o.nativeName, o.position, o.line])).toEqual([
      ['Incumbent', 'Ma Xingrui', null, 'Party Secretary', 6],
      ['Incumbent', 'Chen Jining', null, 'Party Secretary', 6],
      ['Chief1', 'Wang Yi', null, 'Director', 1],
      ['Chief1', 'Li Qiang', '李强', 'Director', 1],
      ['Chief2', 'Zhao Leji', null, 'Secretary', 3],
      // Not every part reads as a person: the value stays whole.
      ['Chief3', 'Han Zheng; see below', null, null, 5],
    ]);
  });

  it('reads the names of a field written on lines of their own (`<br>`), wiki links as the text they show', () => {
    const officials = collectOfficials(fieldsOf(['Chief1 Name', '[[Mo Gaoyi]]<br>Sun Yeli'], ['Chief1 Position', 'Director'], ['Chief2 Name', 'Chen Wenjun (陈文俊)<br />Xu Lin<br/>']));
    expect(officials.map((o) => [o.group, o.name, o.nativeName, o.position])).toEqual([
      ['Chief1', 'Mo Gaoyi', null, 'Director'],
      ['Chief1', 'Sun Yeli', null, 'Director'],
      ['Chief2', 'Chen Wenjun', '陈文俊', null],
      ['Chief2', 'Xu Lin', null, null],
    ]);
  });

  it('leaves a bracket with a year out of the position, and never reads it as a native name', () => {
    const officials = collectOfficials(
      fieldsOf(
        ['Chief1 Name', 'Wang Yi (2013–2023)'], ['Chief1 Position', 'Director'],
        ['Chief2 Name', 'Li Si (since 2019)'], ['Chief2 Position', 'Deputy Director'],
        ['Chief3 Name', 'Wang Wu (王五; born 1953)'],
        ['Chief4 Name', 'Zhao Liu (acting since 2019)'],
        ['Director', 'Zhang San (2020–present)'],
      ),
    );
    expect(officials.map((o) => [o.group, o.name, o.nativeName, o.position])).toEqual([
      ['Director', 'Zhang San', null, 'Director'],
      ['Chief1', 'Wang Yi', null, 'Director'],
      ['Chief2', 'Li Si', null, 'Deputy Director'],
      ['Chief3', 'Wang Wu', '王五', null],
      ['Chief4', 'Zhao Liu', null, 'acting'],
    ]);
    // The words before the date stay: a Key people bracket's post.
    const key = collectOfficials(fieldsOf(['Key people', 'Sun Li (Chair, since March 2019), Zhou Qi (Secretary-General 2015–2020), Wu Bo (2018–present)']));
    expect(key.map((o) => [o.name, o.position])).toEqual([['Sun Li', 'Chair'], ['Zhou Qi', 'Secretary-General'], ['Wu Bo', null]]);
  });

  it('reads more posts as keys: chief executive, chief of staff, commandant, the generals of an office', () => {
    const officials = collectOfficials(fieldsOf(['Chief Executive', 'John Lee'], ['Chief of Staff', 'Susie Wiles'], ['Inspector General', 'Michael Horowitz'], ['Managing Director', 'Kristalina Georgieva'], ['Commandant', 'Eric Smith']));
    expect(officials.map((o) => [o.group, o.name, o.position])).toEqual([
      ['Chief Executive', 'John Lee', 'Chief Executive'],
      ['Chief of Staff', 'Susie Wiles', 'Chief of Staff'],
      ['Inspector General', 'Michael Horowitz', 'Inspector General'],
      ['Managing Director', 'Kristalina Georgieva', 'Managing Director'],
      ['Commandant', 'Eric Smith', 'Commandant'],
    ]);
  });

  it('reads names listed with commas when each reads as a person, not as a standing, a suffix or a peerage', () => {
    const officials = collectOfficials(
      fieldsOf(
        ['Chief1 Name', 'Jiang Shiwu, Shen Shiliu (acting)'],
        ['Chief1 Position', 'Deputy Directors'],
        ['Chief2 Name', 'Li Qiang, acting'],
        ['Chief3 Name', 'Wang Yi, Jr.'],
        ['Chief4 Name', 'Mervyn King, Baron King of Lothbury'],
        ['Chief5 Name', 'Montagu Norman, 1st Baron Norman'],
      ),
    );
    expect(officials.map((o) => [o.group, o.name, o.position])).toEqual([
      ['Chief1', 'Jiang Shiwu', 'Deputy Directors'],
      ['Chief1', 'Shen Shiliu', 'Deputy Directors; acting'],
      ['Chief2', 'Li Qiang', 'acting'],
      ['Chief3', 'Wang Yi, Jr.', null],
      ['Chief4', 'Mervyn King', null],
      ['Chief5', 'Montagu Norman', null],
    ]);
  });


  it('reads the people of a Key people field, each with the post in the bracket after the name', () => {
    const officials = collectOfficials(fieldsOf(['Key people', 'Sun Li (Chair), Zhou Qi (Secretary-General); Wu Bo<br>Annual Report, various']));
    expect(officials.map((o) => [o.group, o.name, o.position])).toEqual([
      ['Key people', 'Sun Li', 'Chair'],
      ['Key people', 'Zhou Qi', 'Secretary-General'],
      ['Key people', 'Wu Bo', null],
    ]);
  });
});
