import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { headingOf, parseDocument, scanLines } from '../../src/parse/index.ts';
import { shortenLines } from '../../src/parse/shorten.ts';
import { findRegions } from '../../src/parse/simple-lists.ts';
import { SEED_000, SEED_001, corpusFile, textOf, treeOf } from '../helpers.ts';

const summary = (node: RootContent): string => {
  const line = node.position?.start.line;
  if (node.type === 'wikiHeading') return `${line} h${node.depth} ${node.value}`;
  if (node.type === 'wikiTerm') return `${line} ; ${node.value}`;
  if (node.type === 'infobox') return `${line} infobox ${node.children.length}`;
  if (node.type === 'list') return `${line} list ${node.children.length}`;
  return `${line} ${node.type}`;
};

describe('parseDocument', () => {
  it('gives the seed its title, headings, terms, infobox and lists on their true lines', () => {
    expect(treeOf(SEED_001).children.map(summary)).toEqual([
      '1 h1 Office of the National Security Commission',
      '3 infobox 11',
      '16 paragraph',
      '18 h2 History',
      '19 paragraph',
      '21 paragraph',
      '23 h2 Organizational structure',
      '24 paragraph',
      '26 h3 Internal Organization',
      '28 list 2',
      '31 h2 Leaders',
      '33 ; Director',
      '35 list 3',
      '39 ; Deputy Directors',
      '41 list 3',
    ]);
  });

  it('keeps a heading line out of the paragraph that follows it without a blank line', () => {
    const tree = treeOf(SEED_001);
    const history = tree.children.find((n) => n.type === 'paragraph' && n.position?.start.line === 19)!;
    expect(history.position?.start.column).toBe(1);
    expect(tree.children.some((n) => n.type === 'paragraph' && n.position?.start.line === 18)).toBe(false);
  });

  it('points every position offset at the source text of its line', () => {
    const text = textOf(SEED_000);
    const lines = text.split('\n');
    const visit = (node: RootContent): void => {
      const p = node.position!;
      expect(text.slice(p.start.offset, p.start.offset! + 5)).toBe(lines[p.start.line - 1]!.slice(p.start.column - 1, p.start.column + 4));
      if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    };
    for (const node of treeOf(SEED_000).children) visit(node);
  });

  it('splits a list that runs across a ; header when no blank line separates them', () => {
    const tree = parseDocument('= T =\n== Leaders ==\n; Director\n- A (1990–1991)\n; Deputy\n- B (1992–1993)\n');
    expect(tree.children.map(summary)).toEqual(['1 h1 T', '2 h2 Leaders', '3 ; Director', '4 list 1', '5 ; Deputy', '6 list 1']);
  });

  it('reads CRLF documents once normalised, with the same lines', () => {
    const tree = treeOf(corpusFile('005_ministry_of_state_security'));
    expect(tree.children.filter((n) => n.type === 'wikiHeading').map(summary)).toEqual([
      '1 h1 Ministry of State Security (China)',
      '17 h2 History',
      '22 h2 Organization',
      '25 h2 Ministers',
    ]);
  });
});

describe('parseDocument: the shortcuts give remark\'s tree', () => {
  const remarkAlone = (text: string) => parseDocument(text, { shorten: false, lists: false });

  it('builds the seed\'s leader lists itself and shortens its prose, with the same tree', () => {
    const text = textOf(SEED_000);
    // Its lists under `; Director…` headers are one list to remark (the headers are blank to it).
    expect(findRegions(text).length).toBeGreaterThan(0);
    expect(shortenLines(text)!.text.length).toBeLessThan(text.length / 2);
    expect(isDeepStrictEqual(parseDocument(text), remarkAlone(text))).toBe(true);
  });

  it('leaves remark the lists it cannot be sure of', () => {
    const cases = {
      'inside an open fence': '```\n\n- A\n- B\n',
      'after a list with a lazy line': '- A\nlazy\n\n- B\n',
      'with an indented continuation': '- A\n\n  more of A\n',
      'followed by a non-simple item of its kind': '- A\n\n- 1990\n',
      'inside an HTML comment': '<!--\n\n- A\n\n-->\n',
    };
    for (const [name, text] of Object.entries(cases)) expect(isDeepStrictEqual(parseDocument(text), remarkAlone(text)), name).toBe(true);
  });

  it('makes no code, HTML block or setext heading of wiki text: fences, tags and rules hide nothing', () => {
    const text = '= T =\n\nFounded in 1958.\n----\nAbolished in 1970.\n=====\n\n~~~~\n<div>\nRestored in 1981.\n\n```\n- Wang Yi (2013–2022)\n';
    const tree = parseDocument(text);
    expect(isDeepStrictEqual(tree, remarkAlone(text))).toBe(true);
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['wikiHeading', 1], ['paragraph', 3], ['thematicBreak', 4], ['paragraph', 5], ['paragraph', 8], ['paragraph', 12], ['list', 13],
    ]);
  });

  it('reads text indented by four spaces or a tab as paragraphs and lists, never as code', () => {
    const text = '= T =\n\n== History ==\n\n    The office was founded on 1 March 1958.\n\n\tIt was abolished in June 1970.\n\n; Director\n\n    1. Wang Yi (2013–2022)\n\t- Li Si (2022–present)\n';
    const tree = parseDocument(text);
    expect(tree.children.map((node) => [node.type, node.position?.start.line, node.position?.start.column])).toEqual([
      ['wikiHeading', 1, 1], ['wikiHeading', 3, 1], ['paragraph', 5, 5], ['paragraph', 7, 2], ['wikiTerm', 9, 1], ['list', 11, 5], ['list', 12, 2],
    ]);
  });
});

describe('scanLines', () => {
  it('reads heading levels from balanced and unbalanced markers', () => {
    expect(headingOf('== History ==')).toEqual({ depth: 2, text: 'History' });
    expect(headingOf('=== Internal organization ===  ')).toEqual({ depth: 3, text: 'Internal organization' });
    expect(headingOf('=== Odd ==')).toEqual({ depth: 2, text: '= Odd' });
    expect(headingOf('== == ==')).toBeNull();
    expect(headingOf('====')).toBeNull();
    expect(headingOf('a = b =')).toBeNull();
  });

  it('reads a heading with HTML comments after it, as wiki text allows', () => {
    expect(headingOf('== Leaders == <!-- see talk -->')).toEqual({ depth: 2, text: 'Leaders' });
    expect(headingOf('== Leaders ==<!-- a --> <!-- b -->  ')).toEqual({ depth: 2, text: 'Leaders' });
    // Inside the markers a comment is text; a comment alone is no heading.
    expect(headingOf('== A <!-- x --> ==')).toEqual({ depth: 2, text: 'A <!-- x -->' });
    expect(headingOf('<!-- == A == -->')).toBeNull();
  });

  it('finds an indented `; Header` or `Infobox` line (indentation is not markup)', () => {
    const lines = scanLines('= T =\n  Infobox\n  - Chief1 Name: Wang Yi\n\n\t; Director\n  == H ==\n');
    expect(lines.map((l) => [l.kind, l.line, 'text' in l ? l.text : null])).toEqual([
      ['heading', 1, 'T'], ['infobox-start', 2, null], ['infobox-field', 3, 'Chief1 Name: Wang Yi'], ['term', 5, 'Director'], ['heading', 6, 'H'],
    ]);
  });

  it('finds an Infobox line with a template name, a colon, in bold or opening a template', () => {
    for (const line of ['Infobox government agency', 'Infobox:', 'INFOBOX', "'''Infobox'''", '{{Infobox government agency', '{{ infobox']) {
      const lines = scanLines(`= T =\n\n${line}\n- Agency Name: T\n`);
      expect(lines.map((l) => l.kind), line).toEqual(['heading', 'infobox-start', 'infobox-field']);
    }
    // A heading named Infobox is a heading; prose that starts with the word is prose.
    for (const line of ['== Infobox ==', 'Infobox fields are listed below.', "{{Infobox|name=T}}"]) {
      expect(scanLines(`${line}\n- Agency Name: T\n`).some((l) => l.kind === 'infobox-start'), line).toBe(false);
    }
  });

  it('stays linear on a 2 MB line of markers', () => {
    const line = `${'='.repeat(1_000_000)} x ${'= '.repeat(500_000)}`;
    const started = performance.now();
    scanLines(`${line}\n; ${'('.repeat(1_000_000)}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
