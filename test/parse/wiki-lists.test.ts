import { describe, expect, it } from 'vitest';
import { extractTenures } from '../../src/extract/tenures/index.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { wikiLists } from '../../src/parse/wiki-lists.ts';

describe('wiki lists', () => {
  it('gives remark a `# ` line as a list entry, in the same width, and leaves the rest', () => {
    expect(wikiLists('# a\n#\tb\n\n## c\n#d\n #e\nx # f\n#')).toBe('- a\n-\tb\n\n## c\n#d\n #e\nx # f\n#');
    expect(wikiLists('\n# a')).toBe('\n- a');
    const plain = 'no marks here\n- a\n';
    expect(wikiLists(plain)).toBe(plain);
  });

  it('gives remark a nested `##` entry right under a numbered one as an entry of the same list, and leaves a `##` line elsewhere', () => {
    expect(wikiLists('# a\n## b\n### c\n#### d\n## e\n\n## Title\ntext\n## Other')).toBe('- a\n - b\n  - c\n   - d\n - e\n\n## Title\ntext\n## Other');
    const text = '= T =\n== Leaders ==\n# Luo Ruiqing (1949–1959)\n## Deputy: Yang Qiying (1949–1954)\n# Xie Fuzhi (1959–1972)\n';
    const { tenures } = extractTenures(parseDocument(text), text);
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.note, t.line, t.column])).toEqual([
      ['Luo Ruiqing', 'Leaders', '1949', '1959', null, 3, 3],
      ['Yang Qiying', 'Leaders', '1949', '1954', 'Deputy', 4, 4],
      ['Xie Fuzhi', 'Leaders', '1959', '1972', null, 5, 3],
    ]);
  });

  it('gives remark a nested `**` bullet as an entry of the same list, in the same width', () => {
    expect(wikiLists('* a\n** b\n*** c\n**** d\n***** e\n**f\n*# g\n**Bold** text')).toBe('* a\n * b\n  * c\n   * d\n***** e\n**f\n*# g\n**Bold** text');
    const text = '= T =\n== Leaders ==\n* Directors\n** Wang Qishan (1998–2003)\n** Li Keqiang (2003–2008, acting)\n*** Zhou Qiang (2008–)\n';
    const { tenures } = extractTenures(parseDocument(text), text);
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.incumbent, t.note, t.line, t.column])).toEqual([
      // `* Directors` over them is their group's label (see item-labels.ts).
      ['Wang Qishan', 'Directors', '1998', '2003', false, null, 4, 4],
      ['Li Keqiang', 'Directors', '2003', '2008', false, 'acting', 5, 4],
      ['Zhou Qiang', 'Directors', '2008', null, true, null, 6, 5],
    ]);
  });

  it('gives remark a typographic bullet (`•`, `·`, `◦`, `▪`, …) as a list marker, in the same width', () => {
    expect(wikiLists('• a\n  · b\n◦\tc\n•d\nx • e\n▪ f')).toBe('- a\n  - b\n-\tc\n•d\nx • e\n- f');
    const text = '= T =\n== Leaders ==\n; Director\n\n• Wang Qishan (1998–2003)\n• Li Keqiang (2003–2008)\n';
    const { tenures } = extractTenures(parseDocument(text), text);
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.line, t.column])).toEqual([
      ['Wang Qishan', 'Director', '1998', '2003', 5, 3],
      ['Li Keqiang', 'Director', '2003', '2008', 6, 3],
    ]);
  });

  it('reads the entries of a `#` leader list, with their lines and columns, and no heading', () => {
    const text = '= T =\n== Leaders ==\n; Director\n# Wang Qishan (1998–2003)\n# Li Keqiang (2003–2008)\n';
    const tree = parseDocument(text);
    expect(tree.children.map((n) => n.type)).toEqual(['wikiHeading', 'wikiHeading', 'wikiTerm', 'list']);
    const { tenures } = extractTenures(tree, text);
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.ordinal, t.line, t.column])).toEqual([
      ['Wang Qishan', 'Director', '1998', '2003', null, 4, 3],
      ['Li Keqiang', 'Director', '2003', '2008', null, 5, 3],
    ]);
  });

  it('reads `: ` definitions right after a `; Header` term as its entries; other `:` lines stay prose', () => {
    const text = '= T =\n== Leaders ==\n; Director\n\n: Wang Qishan (1998–2003)\n:* Li Keqiang (2003–2008)\n\n: An indented remark of 1995.\n';
    const tree = parseDocument(text);
    const { tenures } = extractTenures(tree, text);
    expect(tenures.map((t) => [t.person, t.position, t.start, t.end, t.ordinal, t.line, t.column])).toEqual([
      ['Wang Qishan', 'Director', '1998', '2003', null, 5, 3],
      ['Li Keqiang', 'Director', '2003', '2008', null, 6, 4],
    ]);
    expect(tree.children.map((n) => n.type)).toEqual(['wikiHeading', 'wikiHeading', 'wikiTerm', 'list', 'paragraph']);
    expect(wikiLists(': a\n', new Set())).toBe(': a\n');
  });
});
