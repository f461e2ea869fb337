import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/reconcile/normalise.ts';
import { reconcileCorpus, type ReconcileDocument } from '../../src/reconcile/index.ts';
import { ConflictRecord, EntityRecord, MentionRecord } from '../../src/schema/reconcile-records.ts';
import { TenureRecord } from '../../src/schema/records.ts';
import { corpus, documentOf, seeds } from './corpus.ts';

const S000 = '000_1f1d3acaa8eb629d';
const S001 = '001_66d9a2a65db73112';

const seedResult = reconcileCorpus(seeds());
const docs = corpus();
const result = reconcileCorpus(docs);

const lineOf = (doc: ReconcileDocument, n: number): string => doc.text!.split('\n')[n - 1]!;
const docById = (id: string): ReconcileDocument => docs.find((d) => d.document.doc_id === id)!;
const mentionsOf = (r: typeof result, id: string) => r.mentions.filter((m) => m.entity_id === id);
const tenuresOf = (r: typeof result, id: string) => r.tenures.filter((t) => t.person_id === id);

describe('reconcileCorpus on the seeds', () => {
  it('makes Liu Huaqiu one person: his three leader entries in 000 and a prose mention in each seed', () => {
    const liu = seedResult.entities.filter((e) => e.type === 'person' && e.name === 'Liu Huaqiu');
    expect(liu.map((e) => e.id)).toEqual(['person/liu-huaqiu']);
    // 000 lists him under three `;` headers (lines 57, 61, 65): three tenure spans.
    expect(tenuresOf(seedResult, 'person/liu-huaqiu').map((t) => [t.doc_id, t.line, t.start, t.end])).toEqual([
      [S000, 57, '1994-11', '1998-10'],
      [S000, 61, '1998-10', '2000-09'],
      [S000, 65, '2000-09', '2005-04'],
    ]);
    const prose = mentionsOf(seedResult, 'person/liu-huaqiu').filter((m) => m.source === 'prose');
    expect(prose.map((m) => [m.doc_id, m.line])).toEqual([
      [S000, 31],
      [S001, 19],
    ]);
    for (const m of prose) expect(lineOf(seeds().find((d) => d.document.doc_id === m.doc_id)!, m.line).slice(m.column - 1, m.column - 1 + m.text.length)).toBe('Liu Huaqiu');
  });

  it('makes Cai Qi one person: infobox official, director, twice deputy director', () => {
    expect(seedResult.entities.filter((e) => e.name === 'Cai Qi').map((e) => e.id)).toEqual(['person/cai-qi']);
    expect(tenuresOf(seedResult, 'person/cai-qi').map((t) => [t.doc_id, t.position, t.start, t.end, t.incumbent, t.span])).toEqual([
      [S001, 'Director', '2023', null, true, 1],
      [S001, 'Deputy Directors', '2014-03', '2015-04', false, 1],
      [S001, 'Deputy Directors', '2015-04', '2016-10', false, 2],
    ]);
    expect(mentionsOf(seedResult, 'person/cai-qi').map((m) => [m.doc_id, m.line, m.column, m.source])).toEqual([
      [S001, 11, 16, 'infobox'],
      [S001, 37, 3, 'leader'],
      [S001, 41, 3, 'leader'],
    ]);
  });

  it('makes Wang Yi one person: infobox, tenure and prose "currently Wang Yi"', () => {
    expect(seedResult.entities.filter((e) => e.name === 'Wang Yi').map((e) => e.id)).toEqual(['person/wang-yi']);
    expect(tenuresOf(seedResult, 'person/wang-yi').map((t) => [t.doc_id, t.line, t.start, t.incumbent])).toEqual([[S000, 72, '2023-01', true]]);
    const seed000 = seeds()[0]!;
    const at = lineOf(seed000, 36).indexOf('currently Wang Yi') + 'currently '.length + 1;
    expect(mentionsOf(seedResult, 'person/wang-yi').map((m) => [m.line, m.column, m.source, m.text])).toEqual([
      [11, 16, 'infobox', 'Wang Yi'],
      [36, at, 'prose', 'Wang Yi'],
      [72, 4, 'leader', 'Wang Yi'],
    ]);
  });

  it('names the organizations of the seeds with readable ids', () => {
    const ids = seedResult.entities.filter((e) => e.type === 'organization').map((e) => e.id);
    expect(ids).toContain('organization/office-of-the-central-foreign-affairs-commission');
    expect(ids).toContain('organization/office-of-the-national-security-commission');
    expect(ids).toContain('organization/central-foreign-affairs-commission');
    expect(ids).toContain('organization/foreign-affairs-office-of-the-state-council');
    expect(ids).toContain('organization/office-of-the-central-foreign-affairs-commission/general-bureau');
    expect(ids).toContain('organization/office-of-the-national-security-commission/general-bureau');
    const office = seedResult.entities.find((e) => e.id === 'organization/office-of-the-central-foreign-affairs-commission')!;
    expect(office.native_names).toEqual(['中央外事工作委员会办公室']);
    // The header "Director of the Office of the Central Foreign Affairs Commission" names the document's subject.
    expect(seedResult.tenures.filter((t) => t.position === 'Director of the Office of the Central Foreign Affairs Commission').map((t) => t.organization_id)).toEqual([
      'organization/office-of-the-central-foreign-affairs-commission',
      'organization/office-of-the-central-foreign-affairs-commission',
    ]);
    expect(seedResult.tenures.filter((t) => t.position === 'Director').every((t) => t.organization_id === null)).toBe(true);
  });
});

describe('reconcileCorpus on the seeds and fixtures/docs', () => {
  const recurring: Record<string, string[]> = {
    'Cai Qi': [S001, '001_general_office_ccp'],
    'Wang Yi': [S000, '008_ministry_of_foreign_affairs_china', '016_united_states_national_security_council'],
    'Yang Jiechi': [S000, '008_ministry_of_foreign_affairs_china', '016_united_states_national_security_council'],
    'Li Zhanshu': [S001, '001_general_office_ccp'],
    'Ding Xuexiang': [S001, '001_general_office_ccp'],
    'Chen Wenqing': [S001, '005_ministry_of_state_security'],
    'Qian Qichen': [S000, S001, '008_ministry_of_foreign_affairs_china'],
    'Liu Huaqiu': [S000, S001],
    'Chen Yi': [S000, '008_ministry_of_foreign_affairs_china'],
  };

  it.each(Object.entries(recurring))('makes %s one entity mentioned in every document that names them', (name, expected) => {
    const entities = result.entities.filter((e) => e.type === 'person' && foldKey(e.name) === foldKey(name));
    expect(entities).toHaveLength(1);
    const id = entities[0]!.id;
    const mentioned = [...new Set(mentionsOf(result, id).map((m) => m.doc_id))].sort();
    expect(mentioned).toEqual(expected);
    // The documents that name them, by a whole-word search of the text, are exactly those.
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u');
    expect(docs.filter((d) => word.test(d.text!)).map((d) => d.document.doc_id).sort()).toEqual(expected);
    expect(entities[0]!.documents).toBe(expected.length);
  });

  it('finds every mention where the text says it', () => {
    for (const m of result.mentions) {
      const doc = docById(m.doc_id);
      expect(lineOf(doc, m.line).slice(m.column - 1, m.column - 1 + m.text.length), `${m.doc_id}:${m.line}:${m.column}`).toBe(m.text);
    }
  });

  it('matches whole words only: "Chen Yixin" is not a mention of Chen Yi', () => {
    expect(mentionsOf(result, 'person/chen-yi').some((m) => m.doc_id === '005_ministry_of_state_security')).toBe(false);
    expect(mentionsOf(result, 'person/chen-yixin').filter((m) => m.source === 'prose')).toHaveLength(1);
  });

  it('gives no two person entities one normalised name without a homonym flag', () => {
    const byName = new Map<string, EntityRecord[]>();
    for (const e of result.entities.filter((x) => x.type === 'person')) byName.set(foldKey(e.name), [...(byName.get(foldKey(e.name)) ?? []), e]);
    for (const group of byName.values()) if (group.length > 1) expect(group.every((e) => e.homonym)).toBe(true);
    expect(result.entities.filter((e) => e.type === 'person' && e.homonym)).toEqual([]);
  });

  it('gives every tenure a person_id that exists, in input order', () => {
    const ids = new Set(result.entities.map((e) => e.id));
    expect(result.tenures).toHaveLength(docs.reduce((n, d) => n + d.tenures.length, 0));
    expect(result.tenures.map((t) => [t.doc_id, t.line, t.span])).toEqual(docs.flatMap((d) => d.tenures.map((t) => [t.doc_id, t.line, t.span])));
    for (const t of result.tenures) {
      expect(t.person_id).not.toBeNull();
      expect(ids.has(t.person_id!)).toBe(true);
      if (t.organization_id !== null) expect(ids.has(t.organization_id)).toBe(true);
    }
  });

  it('writes records that validate against their schemas', () => {
    for (const e of result.entities) EntityRecord.parse(e);
    for (const m of result.mentions) MentionRecord.parse(m);
    for (const c of result.conflicts) ConflictRecord.parse(c);
    for (const t of result.tenures) expect(Object.keys(TenureRecord.parse(t))).toEqual(Object.keys(TenureRecord.shape));
    expect(new Set(result.entities.map((e) => e.id)).size).toBe(result.entities.length);
  });

  it('reports no conflict in these documents (their lists hand over at the precision written)', () => {
    expect(result.conflicts).toEqual([]);
  });

  it('keeps every id when an unrelated document is added, and when one is removed', () => {
    const extra = documentOf(
      '900_ruritania',
      '= Ministry of Agriculture (Ruritania) =\n\nInfobox\n- Agency Name: Ministry of Agriculture\n- Minister1 Name: Jan Novak\n- Parent Agency: Council of Ministers of Ruritania\n\nThe Ministry of Agriculture was founded in 1920 under Jan Novak.\n\n== Ministers ==\n\n; Minister of Agriculture\n\n- Jan Novak (1920–1925)\n- Petr Dvorak (1925–1930)\n',
    );
    const more = reconcileCorpus([...docs, extra]);
    const after = new Map(more.entities.map((e) => [e.id, e]));
    for (const e of result.entities) expect(after.get(e.id)?.name, e.id).toBe(e.name);
    expect(more.entities.length).toBe(result.entities.length + 4);
    const fewer = reconcileCorpus(docs.filter((d) => d.document.doc_id !== '016_united_states_national_security_council'));
    const before = new Set(result.entities.map((e) => e.id));
    for (const e of fewer.entities) expect(before.has(e.id), e.id).toBe(true);
  });

  it('gives the same result whatever the input order', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const key = (t: TenureRecord): string => `${t.doc_id}:${t.line}:${t.span}`;
    for (let round = 0; round < 4; round++) {
      const shuffled = [...docs].map((d) => ({ d, r: random() })).sort((a, b) => a.r - b.r).map(({ d }) => d);
      const again = reconcileCorpus(shuffled);
      expect(again.entities).toEqual(result.entities);
      expect(again.mentions).toEqual(result.mentions);
      expect(again.conflicts).toEqual(result.conflicts);
      expect([...again.tenures].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual([...result.tenures].sort((a, b) => (key(a) < key(b) ? -1 : 1)));
    }
  });

  it('works from DocumentExtraction alone (no text): same mentions except internal units', () => {
    const bare = reconcileCorpus(corpus(false));
    expect(bare.entities.filter((e) => !/\/.*\//.test(e.id))).toEqual(result.entities.filter((e) => !/\/.*\//.test(e.id)));
    expect(bare.mentions).toEqual(result.mentions.filter((m) => m.source !== 'list'));
  });
});
