/** Citations copied with wikitext (`<ref>…</ref>`, `{{sfn|…}}`): no part of a name, position, heading or note, and no date. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/document.ts';
import { parseEntry } from '../../src/extract/tenures/entry.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { readDocument } from '../../src/read/index.ts';
import { blankCitations, citationRanges, withoutCitations } from '../../src/text/citations.ts';

function extracted(text: string) {
  const read = readDocument({ source: 'q.txt', absolute: '/virtual/q.txt', docId: 'q' }, Buffer.from(text, 'utf8'));
  if (!read.ok) throw new Error(read.error.message);
  return extractDocument(read.document, parseDocument(read.document.text));
}

describe('citations', () => {
  it('finds refs, self-closing refs and templates, nested ones whole, and stops at one that never ends', () => {
    expect(citationRanges('A <ref>Asahi, 2003</ref> B')).toEqual([[2, 24]]);
    expect(citationRanges('A<ref name="a" />B{{sfn|Smith|2005}}')).toEqual([[1, 17], [18, 36]]);
    const nested = 'A {{efn|see {{sfn|Li|2001}}}} B';
    expect(citationRanges(nested)).toEqual([[2, nested.indexOf(' B')]]);
    expect(citationRanges('A <REF>x</Ref> B')).toEqual([[2, 14]]);
    expect(citationRanges('A {{open B <ref>x</ref>')).toEqual([]);
    // Only templates that cite or note: one that shows text is kept.
    const kept = '{{sortname|John|Smith}} (1990–1995)';
    const cite = '{{cite web |url=x |title=y}}';
    expect(citationRanges(`${kept}${cite}{{Citation needed|date=May 2020}}`)).toEqual([[kept.length, kept.length + cite.length], [kept.length + cite.length, kept.length + cite.length + '{{Citation needed|date=May 2020}}'.length]]);
    expect(parseEntry('{{nowrap|John Smith}} (1990–1995)').person).toBe('{{nowrap|John Smith}}');
    expect(citationRanges('a <reference> b, {1950}')).toEqual([]);
    expect(blankCitations('X (2003–2004){{sfn|Li|2005}}.')).toBe(`X (2003–2004)${' '.repeat('{{sfn|Li|2005}}'.length)}.`);
    expect(withoutCitations('Director <ref>x</ref>[1]')).toBe('Director[1]');
  });

  it('leaves them out of a leader entry, its offsets unchanged', () => {
    expect(parseEntry('Yoshio Hayashi (2002–2003) <ref>Asahi, 2003</ref>')).toMatchObject({ person: 'Yoshio Hayashi', spans: [{ start: '2002', end: '2003', note: null }] });
    const entry = 'Wang Yi <ref name="a"/>(1990–1995){{sfn|Li|2010}}, acting';
    const parsed = parseEntry(entry);
    expect(parsed).toMatchObject({ person: 'Wang Yi', spans: [{ start: '1990', end: '1995', note: 'acting' }] });
    expect(entry.slice(parsed.spans[0]!.offset, parsed.spans[0]!.offset + 4)).toBe('1990');
  });

  it('leaves them out of headings, positions and officials, and reads no date in them', () => {
    const doc = extracted(
      '= Office Q =\n\nInfobox\n- Chief1 Name: Li Qiang<ref>gov.cn</ref>\n- Chief1 Position: Director{{efn|acting until 2024}}\n\nIt was founded in 1949.<ref>Smith, 2005, p. 3</ref> It grew in 1950{{sfn|Li|2010}}.\n\n== Directors<ref>list</ref> ==\n- Wang Yi (1990–1995)\n',
    );
    expect(doc.officials.map((o) => [o.name, o.position])).toEqual([['Li Qiang', 'Director']]);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Directors']);
    expect(doc.tenures.map((t) => [t.person, t.position])).toEqual([['Wang Yi', 'Directors']]);
    expect(doc.dates.map((d) => [d.value, d.sentence])).toEqual([
      ['1949', 'It was founded in 1949.'],
      ['1950', 'It grew in 1950{{sfn|Li|2010}}.'],
    ]);
  });
});
