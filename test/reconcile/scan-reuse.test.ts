import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedNames } from '../../src/reconcile/scan-reuse.ts';
import { tokenize } from '../../src/reconcile/tokens.ts';
import { WordSet, mayHoldAny, wordHash } from '../../src/reconcile/word-filter.ts';

const hashes = (name: string): number[] => tokenize(name).forms.map((f) => f.hash);

function filterOf(text: string): string {
  const words = new WordSet();
  for (const form of tokenize(text).forms) words.add(form.hash);
  return words.filter();
}

describe('the word filter', () => {
  it('never says a text lacks a word it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3000 }), (words) => {
        const set = new WordSet();
        for (const w of words) set.add(wordHash(w));
        const filter = set.filter();
        return words.every((w) => mayHoldAny(filter, [[wordHash(w)]]));
      }),
      { numRuns: 200 },
    );
  });

  it('holds a name only when the text holds every one of its folded words', () => {
    const filter = filterOf('In 1998 the Director, Lü Feng, met Wang Yi in Beijing.');
    expect(mayHoldAny(filter, [hashes('Lu Feng')])).toBe(true);
    expect(mayHoldAny(filter, [hashes('WANG YI')])).toBe(true);
    expect(mayHoldAny(filter, [hashes('Wang Yi'), hashes('Nobody Here')])).toBe(true);
    expect(mayHoldAny(filter, [hashes('Zhang Newname')])).toBe(false);
    expect(mayHoldAny(filter, [])).toBe(false);
    expect(mayHoldAny(filterOf(''), [hashes('Wang Yi')])).toBe(false);
  });

  it('rarely says a text holds words it lacks (about 2% a word)', () => {
    const words = Array.from({ length: 800 }, (_, i) => `word${i}`);
    const filter = filterOf(words.join(' '));
    const absent = Array.from({ length: 10_000 }, (_, i) => [wordHash(`other${i}`)]);
    const wrong = absent.filter((name) => mayHoldAny(filter, [name])).length;
    expect(wrong / absent.length).toBeLessThan(0.04);
  });
});

describe('changedNames', () => {
  const a = { id: 'person/a', names: ['Wang Yi', 'WANG YI', 'Wang Yi (diplomat)'], scope: null };
  const b = { id: 'organization/x/bureau', names: ['General Bureau'], scope: ['x'] };
  const c = { id: 'person/c', names: ['Li Peng'], scope: null };

  it('gives every name of a matchable that is not the same in both, and no other', () => {
    expect(changedNames([a, b, c], [c, b, a])).toEqual([]);
    const renamed = changedNames([a, b, c], [a, b, { ...c, names: ['Li Pang'] }]);
    expect(renamed).toEqual([hashes('Li Peng'), hashes('Li Pang')]);
    expect(changedNames([a, b], [a, { ...b, scope: ['x', 'y'] }])).toEqual([hashes('General Bureau')]);
    expect(changedNames([a], [{ ...a, id: 'person/a--2' }])).toEqual([hashes('Wang Yi'), hashes('Wang Yi (diplomat)')]);
  });

  it('gives only the names an entity gains or loses, not those it keeps (shared with other documents)', () => {
    const office = { id: 'organization/office', names: ['Office of X', 'Zhongban', '中办', 'Li Peng'], scope: null };
    expect(changedNames([office, c], [{ ...office, names: ['Office of X', 'Zhongban', '中办', 'Li Pang'] }, c])).toEqual([hashes('Li Peng'), hashes('Li Pang')]);
    // Another entity taking a name: that name's entities changed.
    expect(changedNames([office, c], [office, { ...c, names: ['Li Peng', 'Zhongban'] }])).toEqual([hashes('Zhongban')]);
    // A spelling of the same match key chosen instead of another: both spellings changed.
    expect(changedNames([a], [{ ...a, names: ['WANG YI', 'Wang Yi', 'Wang Yi (diplomat)'] }])).toEqual([hashes('Wang Yi'), hashes('WANG YI')]);
  });
});
