import { describe, expect, it } from 'vitest';
import { reconcileCorpus, type ReconcileDocument } from '../../src/reconcile/index.ts';

/** A synthetic extraction (no parsing): an agency with 20 leaders and prose naming people of other documents. */
function synthetic(i: number, n: number, person: (k: number) => string): ReconcileDocument {
  const doc_id = `d${String(i).padStart(5, '0')}`;
  const leaders = Array.from({ length: 20 }, (_, k) => person(i * 20 + k));
  const paragraph = Array.from({ length: 10 }, (_, k) => `In ${1950 + k}, ${person(((i + k + 1) % n) * 20 + k)} met ${leaders[k]} at the Agency ${(i + k) % n}.`).join(' ');
  const prose = [0, 1].map((p) => ({ section: [], line: 4 + p * 2, column: 1, offset: 0, text: paragraph }));
  return {
    document: { doc_id, source: `${doc_id}.txt`, title: `Agency ${i}`, title_line: 1, sha256: '0'.repeat(64), bytes: 1, lines: 40, has_infobox: false },
    infobox: [],
    officials: [],
    sections: [{ doc_id, level: 2, heading: 'Leaders', path: [], line: 8 }],
    tenures: leaders.map((person, k) => ({
      doc_id, person, native_name: null, position: 'Director', position_line: 10, start: String(1950 + k * 3), end: String(1953 + k * 3),
      start_text: null, end_text: null, incumbent: false, note: null, ordinal: null, span: 1, line: 12 + k, column: 3, flagged: false,
    })),
    prose,
  };
}

describe('reconcileCorpus at scale', () => {
  it('handles 2,000 documents, 40,000 leader entries and their names in a few seconds', () => {
    const n = 2000;
    const syllables = ['An', 'Bo', 'Chen', 'Da', 'Fei', 'Gu', 'Hua', 'Jin', 'Kai', 'Lin', 'Ming', 'Ning', 'Ping', 'Qiu', 'Rui', 'Shan', 'Tao', 'Wei', 'Xin', 'Yu'];
    const person = (k: number): string => `${syllables[k % 20]} ${syllables[Math.floor(k / 20) % 20]}${syllables[Math.floor(k / 400) % 20]!.toLowerCase()}${Math.floor(k / 8000) > 0 ? ` ${syllables[Math.floor(k / 8000) % 20]}` : ''}`;
    const docs = Array.from({ length: n }, (_, i) => synthetic(i, n, person));
    const started = performance.now();
    const r = reconcileCorpus(docs);
    const elapsed = performance.now() - started;
    expect(r.tenures.every((t) => t.person_id !== null)).toBe(true);
    expect(r.entities.filter((e) => e.type === 'organization')).toHaveLength(n);
    // Every paragraph names 20 people and 10 agencies, twice per document.
    expect(r.mentions.filter((m) => m.source === 'prose')).toHaveLength(n * 2 * 30);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('stays linear on hostile text: a long CJK run, long whitespace, a huge name', () => {
    const base = synthetic(0, 1, (k) => `Person ${String.fromCharCode(65 + (k % 26))}`);
    const huge = 'Office '.repeat(50_000);
    const doc: ReconcileDocument = {
      ...base,
      officials: [{ doc_id: 'd00000', ordinal: 1, group: 'Chief1', name: huge, native_name: null, position: null, line: 3 }],
      infobox: [{ doc_id: 'd00000', key: 'Nativename A', value: '中'.repeat(200_000), line: 2 }],
      prose: [{ section: [], line: 4, column: 1, offset: 0, text: `${'中央'.repeat(200_000)}${' '.repeat(200_000)}${'Person A '.repeat(20_000)}` }],
    };
    const started = performance.now();
    const r = reconcileCorpus([doc]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.mentions.filter((m) => m.source === 'prose' && m.text === 'Person A')).toHaveLength(20_000);
  });
});
