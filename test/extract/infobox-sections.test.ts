import { describe, expect, it } from 'vitest';
import { collectOfficials, extractInfobox, splitField } from '../../src/extract/infobox.ts';
import { extractSections } from '../../src/extract/sections.ts';
import { extractTitle } from '../../src/extract/title.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { SEED_001, corpusFile, treeOf } from '../helpers.ts';

/** Infobox fields from key and value pairs, on lines 1, 2, 3… */
const fieldsOf = (...pairs: [string, string][]) => pairs.map(([key, value], i) => ({ key, value, line: i + 1 }));

describe('extractInfobox', () => {
  it('reads every field of the seed verbatim with its line', () => {
    const { fields, officials, problems } = extractInfobox(treeOf(SEED_001));
    expect(fields).toHaveLength(11);
    expect(fields[0]).toEqual({ key: 'Agency Name', value: 'Office of the National Security Commission', line: 4 });
    expect(fields[1]).toEqual({ key: 'Nativename A', value: '中央国家安全委员会办公室', line: 5 });
    expect(fields[10]).toEqual({ key: 'Agency Type', value: 'Administrative agency of the National Security Commission', line: 14 });
    expect(officials).toEqual([{ group: 'Chief1', name: 'Cai Qi', nativeName: null, position: 'Director', line: 11 }]);
    expect(problems).toEqual([]);
  });

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

  it('reads a field whose bullet is written without its space', () => {
    const tree = parseDocument('= T =\n\nInfobox\n-Agency Name: Central Military Commission\n- Formed : 1954\n*Chief1 Name:Xi Jinping\n---\n');
    const { fields, problems } = extractInfobox(tree);
    expect(fields).toEqual([
      { key: 'Agency Name', value: 'Central Military Commission', line: 4 },
      { key: 'Formed', value: '1954', line: 5 },
      { key: 'Chief1 Name', value: 'Xi Jinping', line: 6 },
    ]);
    expect(problems).toEqual([]);
  });

  it('goes on across blank lines to the next Key: Value line, and joins an indented line to the field above', () => {
    const text = [
      '= T =', '', 'Infobox', '- Agency Name: Ministry of Testing', '- Formed: 1999', '', '- Chief1 Name: Zhang San', '- Chief1 Position: Vice Minister',
      '  (executive)', '- Budget: ¥1.2 billion (2020)', '', '', '- General Bureau', '- Chief2 Name: Li Si', '', 'The ministry was formed in 1999.',
    ].join('\n');
    const tree = parseDocument(text);
    const { fields, officials, problems } = extractInfobox(tree);
    expect(fields).toEqual([
      { key: 'Agency Name', value: 'Ministry of Testing', line: 4 },
      { key: 'Formed', value: '1999', line: 5 },
      { key: 'Chief1 Name', value: 'Zhang San', line: 7 },
      { key: 'Chief1 Position', value: 'Vice Minister (executive)', line: 8 },
      { key: 'Budget', value: '¥1.2 billion (2020)', line: 10 },
    ]);
    expect(officials).toEqual([{ group: 'Chief1', name: 'Zhang San', nativeName: null, position: 'Vice Minister (executive)', line: 7 }]);
    expect(problems).toEqual([]);
    // A bullet without a key after the blank lines ends the block: it and the list it starts are markdown's.
    const list = tree.children.find((node) => node.type === 'list');
    expect(list?.position?.start.line).toBe(13);
    expect(tree.children.find((node) => node.type === 'paragraph')?.position?.start.line).toBe(16);
  });

  it('ends the block at a line that is neither a field nor indented, and at an indented line after a blank one', () => {
    const flush = extractInfobox(parseDocument('= T =\n\nInfobox\n- Formed: 1999\nThe ministry.\n- Chief1 Name: Zhang San\n'));
    expect(flush.fields).toEqual([{ key: 'Formed', value: '1999', line: 4 }]);
    const indented = extractInfobox(parseDocument('= T =\n\nInfobox\n- Formed: 1999\n\n    code\n- Chief1 Name: Zhang San\n'));
    expect(indented.fields).toEqual([{ key: 'Formed', value: '1999', line: 4 }]);
    // Only a value wraps: after a line without a key, an indented line ends the block too.
    const keyless = extractInfobox(parseDocument('= T =\n\nInfobox\n- Formed: 1999\n- Nati\n  vename A: 中央\n- Chief1 Name: Zhang San\n'));
    expect(keyless.fields).toEqual([{ key: 'Formed', value: '1999', line: 4 }]);
    expect(keyless.problems).toMatchObject([{ code: 'infobox-line-without-separator', line: 5 }]);
  });

  it('splits a wrapped field at its first line: what the next lines hold is value', () => {
    const { fields } = extractInfobox(parseDocument('= T =\n\nInfobox\n- Website:www.gov.cn\n  see also: www.english.gov.cn\n- Logo:\n  Emblem.svg\n'));
    expect(fields).toEqual([
      { key: 'Website', value: 'www.gov.cn see also: www.english.gov.cn', line: 4 },
      { key: 'Logo', value: 'Emblem.svg', line: 6 },
    ]);
  });

  it('keeps odd keys as data and warns about a line without a separator', () => {
    const tree = parseDocument('= T =\n\nInfobox\n- __proto__: polluted\n- constructor: x\n- Website:\n- no separator here\n- URL: http://a.b: c\n');
    const { fields, problems } = extractInfobox(tree);
    expect(fields).toEqual([
      { key: '__proto__', value: 'polluted', line: 4 },
      { key: 'constructor', value: 'x', line: 5 },
      { key: 'Website', value: '', line: 6 },
      { key: 'URL', value: 'http://a.b: c', line: 8 },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems).toMatchObject([{ code: 'infobox-line-without-separator', line: 7 }]);
  });

  it('splits at the first ": " only', () => {
    expect(splitField('Headquarters: Zhongnanhai, Beijing: West')).toEqual({ key: 'Headquarters', value: 'Zhongnanhai, Beijing: West' });
  });

  it('splits "Key:Value" without the space when the key reads as one', () => {
    expect(splitField('Formed:1998')).toEqual({ key: 'Formed', value: '1998' });
    expect(splitField('Chief1 Name:Zhou Enlai')).toEqual({ key: 'Chief1 Name', value: 'Zhou Enlai' });
    expect(splitField('Opening hours:9:30–17:00')).toEqual({ key: 'Opening hours', value: '9:30–17:00' });
    expect(splitField('http://www.gov.cn')).toBeNull();
    expect(splitField('12:30 daily')).toBeNull();
    expect(splitField('see www.gov.cn:8080')).toBeNull();
    expect(splitField('no separator here')).toBeNull();
  });

  it('finds no infobox where there is none', () => {
    const result = extractInfobox(treeOf(corpusFile('013_central_financial_and_economic_affairs_commission')));
    expect(result).toEqual({ present: false, fields: [], officials: [], problems: [] });
  });
});

describe('extractSections and extractTitle', () => {
  it('gives level, heading, ancestor path and line', () => {
    const tree = treeOf(corpusFile('018_federal_chancellery_germany'));
    const title = extractTitle(tree);
    expect(title).toEqual({ title: 'Federal Chancellery (Germany)', line: 1, problems: [] });
    expect(extractSections(tree, title.line)).toEqual([
      { level: 2, heading: 'History', path: [], line: 17 },
      { level: 2, heading: 'Heads of the Federal Chancellery', path: [], line: 22 },
      { level: 3, heading: 'Bonn period (selected)', path: ['Heads of the Federal Chancellery'], line: 24 },
      { level: 3, heading: 'Berlin period', path: ['Heads of the Federal Chancellery'], line: 32 },
    ]);
  });

  it('gives a heading as shown, without emphasis around it or wiki links', () => {
    const tree = parseDocument("= T =\n== '''Deputy secretaries''' ==\n=== [[Standing Committee]] ===\n");
    expect(extractSections(tree, 1)).toEqual([
      { level: 2, heading: 'Deputy secretaries', path: [], line: 2 },
      { level: 3, heading: 'Standing Committee', path: ['Deputy secretaries'], line: 3 },
    ]);
  });

  it('warns when the title line is missing', () => {
    const tree = parseDocument('Some prose.\n\n== History ==\nMore.\n');
    expect(extractTitle(tree)).toMatchObject({ title: null, problems: [{ code: 'missing-title', line: 1 }] });
    expect(extractSections(tree, null)).toEqual([{ level: 2, heading: 'History', path: [], line: 3 }]);
  });
});
