import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBy, groupByParts } from '../../src/reconcile/union-find.ts';

describe('groupByParts', () => {
  it('groups as groupBy over the joined parts does, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'a\u0000b', ''), fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y', 'b\u0000x')), { maxLength: 60 }), (items) => {
        const joined = [...groupBy(items, (t) => JSON.stringify(t)).values()];
        expect(groupByParts(items, (t) => t)).toEqual(joined);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out items without a key', () => {
    expect(groupByParts([1, 2, 3, 4], (n) => (n % 2 === 0 ? null : [n % 2]))).toEqual([[1, 3]]);
  });
});
