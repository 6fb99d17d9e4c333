import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortSmall, SMALL_SORT } from '../../src/core/util/sort';

describe('sortSmall', () => {
  it('orders like the built-in stable sort, ties in their original order, below and above the small-list limit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 2 * SMALL_SORT + 4 }), (pairs) => {
        const items = pairs.map(([key, tag], i) => ({ key, tag, i }));
        const cmp = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...items].sort(cmp);
        const got = [...items];
        assert.equal(sortSmall(got, cmp), got);
        assert.deepEqual(got, expected);
      }),
      { numRuns: 500 },
    );
  });

  it('sorts [3, 1, 2, 1] to [1, 1, 2, 3] keeping the first 1 first', () => {
    const list = [{ k: 3, n: 'a' }, { k: 1, n: 'b' }, { k: 2, n: 'c' }, { k: 1, n: 'd' }];
    assert.deepEqual(sortSmall(list, (x, y) => x.k - y.k).map((x) => x.n), ['b', 'd', 'c', 'a']);
  });
});
