/** parseDocument: a line without a marker right under a list entry ends the list, as in wiki text. */
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.ts';
import { sourceOf } from '../../src/extract/source-text.ts';

/** Each top-level node: its type, first and last line, and its source text. */
function blocks(text: string): [string, number, number, string][] {
  return parseDocument(text).children.map((node: RootContent) => [node.type, node.position!.start.line, node.position!.end.line, sourceOf(text, node)]);
}

describe('a line without a marker under a list entry', () => {
  it('is a paragraph of its own, and the entries below it another list', () => {
    const text = '= T =\n* Li Na (1988–1995)\nDeputy directors\n* Chen Jie (1990–1994)\n\nIt grew.\n1. Ma Jun (1994–1998)\nMore prose in 2001 here,\non two lines.\n';
    expect(blocks(text)).toEqual([
      ['wikiHeading', 1, 1, '= T ='],
      ['list', 2, 2, '* Li Na (1988–1995)'],
      ['paragraph', 3, 3, 'Deputy directors'],
      ['list', 4, 4, '* Chen Jie (1990–1994)'],
      ['paragraph', 6, 6, 'It grew.'],
      ['list', 7, 7, '1. Ma Jun (1994–1998)'],
      ['paragraph', 8, 9, 'More prose in 2001 here,\non two lines.'],
    ]);
    const list = parseDocument(text).children[1]!;
    expect(list.type === 'list' && sourceOf(text, list.children[0]!.children[0]!)).toBe('Li Na (1988–1995)');
  });

  it('goes on an entry whose first line leaves a bracket open, or when indented', () => {
    const text = '* Yang Jiechi (August 2013 – March 2018,\nconcurrently State Councilor)\n* Wang Yi (2023–)\n  member of the Politburo\n';
    expect(blocks(text)).toEqual([['list', 1, 4, text.trimEnd()]]);
  });

  it('gives the same tree with and without simple lists built apart', () => {
    const text = '- Li Na (1988–1995)\nDeputy directors\n- Chen Jie (1990–1994)\n\n- Ma Jun (1994–1998)\n';
    expect(parseDocument(text, { lists: false })).toEqual(parseDocument(text));
  });
});
