/** Reconcile rules over whole documents: matching names, people and their evidence, ids and conflicts. */
import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../src/reconcile/edtf-bounds.ts';
import { reconcileCorpus } from '../../src/reconcile/index.ts';
import { NameMatcher } from '../../src/reconcile/matcher.ts';
import { documentOf } from './corpus.ts';

describe('NameMatcher', () => {
  const matcher = new NameMatcher<string>();
  for (const name of ['Central Foreign Affairs Commission', 'Office of the Central Foreign Affairs Commission', 'Chen Yi', 'Lü Feng', 'MSS', '中办']) matcher.add(name, name);
  const found = (text: string) => matcher.scan(text, 'doc', (fits) => fits[0]!.variant.payloads[0]!).map((m) => [m.value, text.slice(m.start, m.end)]);

  it('takes the longest name first, whole words only', () => {
    expect(found('The Office of the Central Foreign Affairs Commission and the Central Foreign Affairs Commission.')).toEqual([
      ['Office of the Central Foreign Affairs Commission', 'Office of the Central Foreign Affairs Commission'],
      ['Central Foreign Affairs Commission', 'Central Foreign Affairs Commission'],
    ]);
    expect(found('Chen Yixin, not Chen Yi; Chen Yi\'s office')).toEqual([
      ['Chen Yi', 'Chen Yi'],
      ['Chen Yi', 'Chen Yi'],
    ]);
  });

  it('respects case, finds names across spacing and line breaks, and inside CJK runs', () => {
    expect(found('chen yi and CHEN YI and Chen\nYi')).toEqual([
      ['Chen Yi', 'CHEN YI'],
      ['Chen Yi', 'Chen\nYi'],
    ]);
    expect(found('the MSS and the Mss')).toEqual([['MSS', 'MSS']]);
    expect(found('通称中办。')).toEqual([['中办', '中办']]);
  });

  it('reports diacritic-only differences to the resolver', () => {
    const exact = matcher.scan('Lu Feng and Lü Feng', 'doc', (fits) => (fits[0]!.exact ? 'exact' : 'folded')).map((m) => m.value);
    expect(exact).toEqual(['folded', 'exact']);
  });

  it('finds a scoped name only in the documents of its scope', () => {
    const scoped = new NameMatcher<string>();
    scoped.add('General Bureau', 'unit of a', ['a']);
    scoped.add('General Bureau', 'unit of b', ['b', 'c']);
    scoped.add('Bureau', 'everywhere');
    const units = (doc: string) => scoped.scan('The General Bureau met.', doc, (fits) => fits.flatMap((f) => f.variant.payloads).join('+')).map((m) => m.value);
    expect(units('a')).toEqual(['unit of a']);
    expect(units('c')).toEqual(['unit of b']);
    expect(units('d')).toEqual(['everywhere']);
  });
});

describe('people: evidence, homonyms, diacritics', () => {
  const leaders = (id: string, title: string, entries: string[], prose = ''): ReturnType<typeof documentOf> =>
    documentOf(id, `= ${title} =\n\n${prose}\n\n== Leaders ==\n\n; Director\n\n${entries.map((e) => `- ${e}`).join('\n')}\n`);

  it('gives each person of an entry naming two its own leader mention, and an entry of two spans one', () => {
    const r = reconcileCorpus([leaders('a', 'Office A', ['Liu Huaqing (1989–1997), Zhang Zhen (1992–1997)', 'Guo Boxiong and Cao Gangchuan (2002–2012)', 'Xu Qiliang (2012–2017; 2017–2022)'])]);
    expect(r.mentions.filter((m) => m.source === 'leader').map((m) => [m.line, m.column, m.text])).toEqual([
      [9, 3, 'Liu Huaqing'],
      [9, 28, 'Zhang Zhen'],
      [10, 3, 'Guo Boxiong'],
      [10, 19, 'Cao Gangchuan'],
      [11, 3, 'Xu Qiliang'],
    ]);
    expect(r.entities.filter((e) => e.type === 'person').every((e) => e.documents === 1)).toBe(true);
  });

  it('makes no organization of an article about a post, and takes its incumbent as a person', () => {
    const r = reconcileCorpus([
      documentOf('p', '= Chief Cabinet Secretary =\n\nInfobox\n- Post: Chief Cabinet Secretary\n- Native Name: 内閣官房長官\n- Incumbent: Yoshimasa Hayashi\n- Department: Cabinet Secretariat\n\nThe Chief Cabinet Secretary heads the Cabinet Secretariat.\n'),
      documentOf('s', '= Cabinet Secretariat =\n\nInfobox\n- Agency Name: Cabinet Secretariat\n\nIt is led by the Chief Cabinet Secretary.\n'),
    ]);
    expect(r.entities.map((e) => [e.id, e.documents])).toEqual([
      ['organization/cabinet-secretariat', 2],
      ['person/yoshimasa-hayashi', 1],
    ]);
  });

  it('takes a title without the jurisdiction it names as a title without its qualifier', () => {
    const r = reconcileCorpus([
      documentOf('sc', "= State Council of the People's Republic of China =\n\nInfobox\n- Jurisdiction: People's Republic of China\n\nThe State Council met.\n"),
      documentOf('m', '= Ministry Z =\n\nInfobox\n- Parent Agency: State Council\n\nIt reports to the State Council.\n'),
      documentOf('nsc', '= United States National Security Council =\n\nInfobox\n- Jurisdiction: United States\n'),
      documentOf('cab', '= Cabinet of Japan =\n\nInfobox\n- Jurisdiction: Japan\n'),
    ]);
    const org = (id: string) => r.entities.find((e) => e.id === id);
    expect(org("organization/state-council-of-the-peoples-republic-of-china")).toMatchObject({ aliases: ['State Council'], documents: 2, candidates: [{ query: 'State Council', score: 0.8, match: true }] });
    expect(r.entities.some((e) => e.id === 'organization/state-council')).toBe(false);
    expect(org('organization/united-states-national-security-council')?.aliases).toEqual(['National Security Council']);
    // One word left names any such body: no alias.
    expect(org('organization/cabinet-of-japan')?.aliases).toEqual([]);
  });

  it('does not take a reference whose place in brackets disagrees with a subject title or jurisdiction for that subject', () => {
    const r = reconcileCorpus([
      documentOf('jp', '= Ministry of Finance (Japan) =\n\nInfobox\n- Agency Name: Ministry of Finance\n- Jurisdiction: Japan\n'),
      documentOf('rbi', '= Reserve Bank of India =\n\nInfobox\n- Parent Agency: Ministry of Finance (India)\n'),
      documentOf('sbp', '= State Bank of Pakistan =\n\nInfobox\n- Parent Agency: Ministry of Finance (Pakistan)\n'),
      documentOf('boj', '= Bank of Japan =\n\nInfobox\n- Parent Agency: Ministry of Finance (Japan)\n- Superior: Ministry of Finance\n'),
      documentOf('kr', '= Bank of Korea =\n\nInfobox\n- Jurisdiction: Government of South Korea\n- Parent Agency: Financial Services Commission (South Korea)\n'),
      documentOf('fsc', '= Financial Services Commission =\n\nInfobox\n- Jurisdiction: Government of South Korea\n'),
      documentOf('mod', '= Ministry of Defence (United Kingdom) =\n'),
      documentOf('dis', '= Defence Intelligence =\n\nInfobox\n- Parent Agency: Ministry of Defence (UK)\n'),
    ]);
    const parentOf = (doc: string, line = 4) => r.mentions.filter((m) => m.doc_id === doc && m.line === line).map((m) => m.entity_id);
    // The title itself, or the name without a qualifier: the Japanese ministry.
    expect(parentOf('boj')).toEqual(['organization/ministry-of-finance-japan']);
    expect(parentOf('boj', 5)).toEqual(['organization/ministry-of-finance-japan']);
    // Another place: a body of its own, named in full, one per place, with the subject kept apart as a candidate.
    expect(parentOf('rbi')).toEqual(['organization/ministry-of-finance-india']);
    expect(parentOf('sbp')).toEqual(['organization/ministry-of-finance-pakistan']);
    expect(r.entities.find((e) => e.id === 'organization/ministry-of-finance-india')).toMatchObject({
      name: 'Ministry of Finance (India)',
      candidates: [{ query: 'Ministry of Finance (India)', id: 'organization/ministry-of-finance-japan', score: 0.2, match: false }],
    });
    // A place the subject's jurisdiction holds agrees.
    expect(parentOf('kr', 5)).toEqual(['organization/financial-services-commission']);
    // A country's abbreviation agrees with the country's name, and is no other name of the body.
    expect(parentOf('dis')).toEqual(['organization/ministry-of-defence-united-kingdom']);
    expect(r.entities.some((e) => e.name === 'UK')).toBe(false);
  });

  it('places a leader mention where the name is written: none on a table row of dates only, a later line of a row written a cell a line', () => {
    const text = ['= Minister W =', '', '== Ministers ==', '{| class="wikitable"', '|-', '| rowspan="2" | 1 || rowspan="2" | [[Peng Dehuai]] || 1954 || 1959', '|-', '| 1959 || 1960', '|}', ''].join('\n');
    const r = reconcileCorpus([documentOf('w', text)]);
    expect(r.tenures.map((t) => [t.line, t.person_id])).toEqual([[6, 'person/peng-dehuai'], [8, 'person/peng-dehuai']]);
    expect(r.mentions.filter((m) => m.source === 'leader').map((m) => [m.line, m.column, m.text])).toEqual([[6, 38, 'Peng Dehuai']]);
    // A row written a cell a line starts at its first cell: the name is on a later line of the row.
    const cells = ['= Office W =', '', '== Directors ==', '{| class="wikitable"', '|-', '| 1', '| [[Otto John]]', '| 1950', '| 1954', '|-', '| 2', '| Hubert Schrübbers', '| 1955', '| 1972', '|}', ''].join('\n');
    const w = reconcileCorpus([documentOf('w', cells)]);
    expect(w.tenures.map((t) => [t.line, t.person_id])).toEqual([[6, 'person/otto-john'], [11, 'person/hubert-schrubbers']]);
    expect(w.mentions.filter((m) => m.source === 'leader').map((m) => [m.line, m.column, m.text])).toEqual([[7, 5, 'Otto John'], [12, 3, 'Hubert Schrübbers']]);
  });

  it('places an infobox mention after its key and colon, however the field is written', () => {
    const r = reconcileCorpus([documentOf('t', '= Office T =\n\nInfobox\n-Agency Name:Office T\nChief1 Name: Li Wei\n-  Chief2 Name :  Wang Yi\n')]);
    expect(r.mentions.filter((m) => m.source === 'infobox').map((m) => [m.line, m.column, m.text])).toEqual([
      [4, 14, 'Office T'],
      [5, 14, 'Li Wei'],
      [6, 19, 'Wang Yi'],
    ]);
  });

  it('takes the native name of an infobox official written in a bracket after the name', () => {
    const r = reconcileCorpus([
      leaders('a', 'Office A', ['Wang Yi (王毅) (2001–2005)']),
      leaders('b', 'Office B', ['Wang Yi (王义) (1990–1995)']),
      documentOf('c', '= Office C =\n\nInfobox\n- Chief1 Name: Wang Yi (王义)\n- Chief1 Position: Director\n'),
    ]);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.documents])).toEqual([
      ['person/wang-yi--王义', 2],
      ['person/wang-yi--王毅', 1],
    ]);
  });

  it('keeps two people with one name and different native names apart, and flags the written name without one', () => {
    const r = reconcileCorpus([
      leaders('a', 'Office A', ['Wang Yi (王毅) (2001–2005)'], 'Wang Yi led the office.'),
      leaders('b', 'Office B', ['Wang Yi (王义) (1990–1995)']),
      documentOf('c', '= Office C =\n\nInfobox\n- Chief1 Name: Wang Yi\n\nWang Yi heads it.\n'),
      documentOf('d', '= Office D =\n\nThey met Wang Yi.\n'),
    ]);
    const people = r.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.id, e.native_names, e.homonym])).toEqual([
      ['person/wang-yi', [], true],
      ['person/wang-yi--王义', ['王义'], true],
      ['person/wang-yi--王毅', ['王毅'], true],
    ]);
    const plain = people[0]!;
    expect(plain.candidates.map((c) => [c.id, c.match, c.score])).toEqual([
      ['person/wang-yi--王义', false, 0.5],
      ['person/wang-yi--王毅', false, 0.5],
    ]);
    expect(plain.candidates[0]!.features).toContainEqual({ id: 'name_equal', value: true });
    // Prose goes to the person the document itself names; in "d", no evidence: no mention.
    expect(r.mentions.filter((m) => m.source === 'prose').map((m) => [m.doc_id, m.entity_id])).toEqual([
      ['a', 'person/wang-yi--王毅'],
      ['c', 'person/wang-yi'],
    ]);
  });

  it('merges on the same native name, and ids do not depend on which document comes first', () => {
    const r = reconcileCorpus([leaders('a', 'Office A', ['Qian Qichen (钱其琛) (1988–1998)']), leaders('b', 'Office B', ["Ch'ien Ch'i-ch'en (钱其琛) (1988–1998)"])]);
    const people = r.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.native_names).toEqual(['钱其琛']);
    expect([people[0]!.name, ...people[0]!.aliases].sort()).toEqual(["Ch'ien Ch'i-ch'en", 'Qian Qichen']);
  });

  it('merges a diacritic-free spelling only when unambiguous (Lü Feng / Lu Feng)', () => {
    const one = reconcileCorpus([leaders('a', 'Office A', ['Lü Feng (2001–2005)']), leaders('b', 'Office B', ['Lu Feng (2001–2005)'], 'Lu Feng spoke.')]);
    const lu = one.entities.filter((e) => e.type === 'person');
    expect(lu.map((e) => [e.id, e.name, e.aliases, e.homonym])).toEqual([['person/lu-feng', 'Lü Feng', ['Lu Feng'], false]]);
    expect(lu[0]!.candidates).toEqual([
      { query: 'Lu Feng', id: 'person/lu-feng', name: 'Lü Feng', score: 0.9, match: true, features: [{ id: 'name_equal', value: false }, { id: 'name_folded_equal', value: true }, { id: 'native_name_conflict', value: false }] },
    ]);
    expect(one.mentions.filter((m) => m.source === 'prose').map((m) => m.entity_id)).toEqual(['person/lu-feng']);

    const two = reconcileCorpus([
      leaders('a', 'Office A', ['Lü Feng (2001–2005)']),
      leaders('b', 'Office B', ['Lu Feng (2001–2005)']),
      leaders('c', 'Office C', ['Lú Feng (1980–1985)']),
      documentOf('d', '= Office D =\n\nLu Feng and Lü Feng met.\n'),
    ]);
    expect(two.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.homonym])).toEqual([
      ['person/lu-feng', true],
      ['person/lu-feng--lú-feng', true],
      ['person/lu-feng--lü-feng', true],
    ]);
    // Each spelling as written goes to the person written exactly so.
    expect(two.mentions.filter((m) => m.doc_id === 'd').map((m) => [m.entity_id, m.text])).toEqual([
      ['organization/office-d', 'Office D'],
      ['person/lu-feng', 'Lu Feng'],
      ['person/lu-feng--lü-feng', 'Lü Feng'],
    ]);
    // "Lu Feng" written where only "Lü Feng" and "Lú Feng" exist: it fits both by folding, so it is left out.
    const three = reconcileCorpus([
      leaders('a', 'Office A', ['Lü Feng (2001–2005)']),
      leaders('c', 'Office C', ['Lú Feng (1980–1985)']),
      documentOf('d', '= Office D =\n\nLu Feng met them.\n'),
    ]);
    expect(three.mentions.filter((m) => m.doc_id === 'd' && m.source === 'prose')).toEqual([]);
  });
});

describe('ids', () => {
  it('gives distinct ids to a subject and a reference of the same name that two subjects answer to (found by fuzzing: it threw)', () => {
    const r = reconcileCorpus([
      documentOf('a', '= Federal Chancellery =\n\nText.\n'),
      documentOf('b', '= Federal Chancellery (Germany) =\n\nInfobox\n- Agency Name: Federal Chancellery\n\nText.\n'),
      documentOf('c', '= Press Office =\n\nInfobox\n- Parent Agency: Federal Chancellery\n\nText.\n'),
    ]);
    const ids = r.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.entities.filter((e) => e.name === 'Federal Chancellery')).toHaveLength(2);
  });
});

describe('conflicts', () => {
  it('reports the same person in the same post with different dates in two documents', () => {
    const r = reconcileCorpus([
      documentOf('a', '= Office X =\n\n== Directors ==\n\n; Director\n\n- Jane Roe (2001–2005)\n- Max Poe (2005–2009)\n'),
      documentOf('b', '= Ministry Y =\n\n== Subordinates ==\n\n; Director of the Office X\n\n- Jane Roe (2001–2006)\n'),
    ]);
    expect(r.tenures.map((t) => t.organization_id)).toEqual([null, null, 'organization/office-x']);
    expect(r.conflicts).toEqual([
      {
        kind: 'different-dates',
        entity_id: 'person/jane-roe',
        other_entity_id: null,
        position: 'Director',
        doc_id: 'a',
        line: 7,
        other_doc_id: 'b',
        other_line: 7,
        message: 'Jane Roe as "Director": 2001/2005 in a line 7, but 2001/2006 in b line 7',
      },
    ]);
  });

  it("takes a minister's portfolio for its ministry when a document is about that ministry, and compares the post across documents", () => {
    const r = reconcileCorpus([
      documentOf('mfa', '= Ministry of Foreign Affairs (China) =\n\n== Ministers ==\n\n- Wang Yi (March 2013 – December 2022)\n'),
      documentOf('cfac', '= Central Foreign Affairs Commission =\n\n== Members ==\n\n; Minister of Foreign Affairs\n\n- Wang Yi (2014–2022)\n\n; Vice Minister of Foreign Affairs\n\n- Le Yucheng (2018–2022)\n'),
      documentOf('mof', '= Ministry of Finance (Japan) =\n\n; Minister of Finance\n\n- Taro Aso (2012–2021)\n\n; Prime Minister of Japan\n\n- Shinzo Abe (2012–2020)\n\n; Minister of Health\n\n- Katsunobu Kato (2017–2018)\n'),
      documentOf('mofr', '= Ministry of Finance (Russia) =\n\n; Minister of Finance\n\n- Anton Siluanov (2011–present)\n'),
      documentOf('mod', '= Ministry of Defense (Japan) =\n'),
      documentOf('jsdf', '= Japan Self-Defense Forces =\n\n; State Minister of Defense\n\n- Kenji Wakamiya (2019–2020)\n'),
    ]);
    const orgOf = (person: string) => r.tenures.find((t) => t.person === person)?.organization_id;
    expect(orgOf('Wang Yi')).toBe(null);
    expect(r.tenures.filter((t) => t.person === 'Wang Yi').map((t) => t.organization_id)).toEqual([null, 'organization/ministry-of-foreign-affairs-china']);
    expect(orgOf('Le Yucheng')).toBe('organization/ministry-of-foreign-affairs-china');
    // A rank before `Minister` (`Vice`, `State`, `Union`) keeps the ministry.
    expect(orgOf('Kenji Wakamiya')).toBe('organization/ministry-of-defense-japan');
    // Two ministries of finance: each document's own.
    expect(orgOf('Taro Aso')).toBe('organization/ministry-of-finance-japan');
    expect(orgOf('Anton Siluanov')).toBe('organization/ministry-of-finance-russia');
    // No ministry of the prime minister; no document about a ministry of health: no organization, and none made.
    expect(orgOf('Shinzo Abe')).toBe(null);
    expect(orgOf('Katsunobu Kato')).toBe(null);
    expect(r.entities.some((e) => /health/.test(e.id))).toBe(false);
    // The list under the ministry's own heading and the commission's list are one post.
    expect(r.conflicts.map((c) => [c.kind, c.entity_id, c.doc_id, c.other_doc_id])).toEqual([['different-dates', 'person/wang-yi', 'cfac', 'mfa']]);
  });

  it('agrees at the common precision: 2001 and March 2001 are the same start', () => {
    const r = reconcileCorpus([
      documentOf('a', '= Office X =\n\n; Director\n\n- Jane Roe (2001–2005)\n- Max Poe (2005–2009)\n'),
      documentOf('b', '= Ministry Y =\n\n; Director of the Office X\n\n- Jane Roe (March 2001 – June 2005)\n- Max Poe (June 2005 – 2009)\n'),
    ]);
    expect(r.conflicts).toEqual([]);
  });

  it('reports a start after an end and overlapping holders, not handovers or deputies', () => {
    const r = reconcileCorpus([
      documentOf(
        'a',
        '= Office X =\n\n; Director\n\n- John Doe (2010–2005)\n- Ann Lee (March 2011 – April 2015)\n- Bo Chan (April 2015 – 2018)\n- Cy Dunn (2017–2020)\n- Di Eng (2020 – present)\n- Ed Fox (2022–2023)\n\n; Deputy Directors\n\n- Ann Lee (2012–2016)\n- Bo Chan (2013–2016)\n',
      ),
    ]);
    expect(r.conflicts.map((c) => [c.kind, c.entity_id, c.line, c.other_entity_id, c.other_line])).toEqual([
      ['start-after-end', 'person/john-doe', 5, null, null],
      ['overlap', 'person/bo-chan', 7, 'person/cy-dunn', 8],
      ['overlap', 'person/di-eng', 9, 'person/ed-fox', 10],
    ]);
    expect(r.conflicts[1]!.message).toBe('Bo Chan (2015-04/2018) and Cy Dunn (2017/2020) both hold "Director" at the same time');
  });

  it('reads EDTF bounds at the precision written', () => {
    expect(boundsOf('2015')!.hi).toBeLessThan(boundsOf('2016')!.lo);
    expect(boundsOf('2015-04')!.lo).toBeGreaterThan(boundsOf('2015-03')!.hi);
    expect(boundsOf('2012-41')!.lo).toBe(boundsOf('2012-07')!.lo);
    // A decade is its ten years.
    expect(boundsOf('199X')).toEqual({ lo: boundsOf('1990')!.lo, hi: boundsOf('1999')!.hi });
    expect(boundsOf('1928/1934')).toEqual({ lo: boundsOf('1928')!.lo, hi: boundsOf('1934')!.hi });
    expect(boundsOf('2023/..')).toBeNull();
  });
});
