import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedNames } from '../../src/reconcile/scan-reuse.ts';
import { tokenize } from '../../src/reconcile/tokens.ts';
import { WordSet, keysOf, mayHoldAny, wordHash } from '../../src/reconcile/word-filter.ts';

const hashes = (name: string): number[] => keysOf(tokenize(name).forms);

function filterOf(...pieces: string[]): string {
  const words = new WordSet();
  for (const piece of pieces) words.addRun(tokenize(piece).forms);
  return words.filter();
}

describe('the word filter', () => {
  it('never says a text lacks a word it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3000 }), (words) => {
        const set = new WordSet();
        set.addRun(words.map((w) => ({ hash: wordHash(w), lower: true })));
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

  it('holds a name of several words only when the text holds them in a row, in one piece', () => {
    const text = 'Wang Yi met Li Fang; Wang Fang did not.';
    expect(mayHoldAny(filterOf(text), [hashes('Wang Fang')])).toBe(true);
    expect(mayHoldAny(filterOf(text), [hashes('Fang Wang')])).toBe(false);
    expect(mayHoldAny(filterOf(text), [hashes('Li Yi')])).toBe(false);
    expect(mayHoldAny(filterOf(text), [hashes('Yi Met Li')])).toBe(true);
    // Pieces are scanned apart: a name cannot run from the end of one into the next.
    expect(mayHoldAny(filterOf('The deputy was Wang', 'Fang Office'), [hashes('Wang Fang')])).toBe(false);
    expect(mayHoldAny(filterOf('The deputy was Wang', 'Fang Office'), [hashes('Wang'), hashes('Fang')])).toBe(true);
    // Pairs of two lower-case words are not kept, and not asked for.
    expect(mayHoldAny(filterOf('the Ministry of the Interior met'), [hashes('Ministry of the Interior')])).toBe(true);
    expect(mayHoldAny(filterOf('the ministry of the interior met'), [hashes('Ministry of the Interior')])).toBe(false);
    // Pairs of words without a case are kept: a native name is its characters in a row.
    expect(mayHoldAny(filterOf('王毅 met 李小洪'), [hashes('王小洪')])).toBe(false);
    expect(mayHoldAny(filterOf('王毅 met 李小洪 and 王小洪'), [hashes('王小洪')])).toBe(true);
  });

  it('never says a text lacks a run of words it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Wang', 'Li', 'Fang', 'Yi', 'of', 'the', 'Office', 'OF', 'MSS', 'interior', 'iPhone', '.', '1990', '王', '毅', '小洪'), { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const [from, to] = [a % words.length, b % words.length].sort((x, y) => x - y) as [number, number];
        return mayHoldAny(filterOf(text), [hashes(words.slice(from, to + 1).join(' '))]);
      }),
      { numRuns: 300 },
    );
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
