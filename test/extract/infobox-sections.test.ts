/** The infobox block and its fields, sections and the title. */
import { describe, expect, it } from 'vitest';
import { extractInfobox, splitField } from '../../src/extract/infobox.ts';
import { extractSections } from '../../src/extract/sections.ts';
import { extractTitle } from '../../src/extract/title.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { SEED_001, corpusFile, treeOf } from '../helpers.ts';

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

  it('reads Key: Value lines written without a bullet right under Infobox or a field, and not after a blank line', () => {
    const bare = extractInfobox(parseDocument('= T =\nInfobox\nAgency Name: Office L\n- Formed: 1949\nChief1 Name: Li Wei\n\nNote: the office moved.\n'));
    expect(bare.fields).toEqual([
      { key: 'Agency Name', value: 'Office L', line: 3 },
      { key: 'Formed', value: '1949', line: 4 },
      { key: 'Chief1 Name', value: 'Li Wei', line: 5 },
    ]);
    expect(bare.problems).toEqual([]);
    // A line whose colon follows more than four words is prose: it ends the block.
    const prose = extractInfobox(parseDocument('= T =\nInfobox\nAgency Name: Office L\nThe office was founded by decree: 1949.\n'));
    expect(prose.fields).toEqual([{ key: 'Agency Name', value: 'Office L', line: 3 }]);
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
