import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { predictAttributions, type OffsetSpan } from '../../src/core/model/attribution-model';
import { decodePackedWeights, decodeWeights, encodeWeights, popcount } from '../../src/core/model/codec';
import { score, type Weights } from '../../src/core/model/tagger';

describe('packed model weights', () => {
  it('popcount counts the set bits of any 32-bit word', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (x) => {
        assert.equal(popcount(x), (x >>> 0).toString(2).replace(/0/g, '').length);
      }),
    );
    assert.equal(popcount(0), 0);
    assert.equal(popcount(-1), 32);
    assert.equal(popcount(1 << 31), 1);
  });

  it('score over packed weights equals score over the dense table, for 3, 4 and 5 labels', () => {
    const size = 1024;
    fc.assert(
      fc.property(
        fc.constantFrom(3, 4, 5),
        fc.array(fc.tuple(fc.nat(size - 1), fc.nat(4), fc.integer({ min: -127, max: 127 })), { maxLength: 300 }),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 64 }),
        (labels, entries, hashes) => {
          const w = new Int8Array(size * labels);
          for (const [b, l, v] of entries) w[b * labels + (l % labels)] = v;
          // features hit the buckets that have weights as well as random ones (bucket 31 and 32 sit at a block edge)
          const f = Int32Array.from([...hashes, ...entries.slice(0, 20).map(([b]) => b + size * 7), 31, 32, size - 1].slice(0, 64));
          const data = encodeWeights(w, labels);
          const dense: Weights = { labels, mask: size - 1, w: decodeWeights(data, size, labels), scale: 1 };
          const packed: Weights = { labels, mask: size - 1, w: [], scale: 1, packed: decodePackedWeights(data, size, labels) };
          const a = new Float64Array(labels);
          const b = new Float64Array(labels);
          score(dense, f, f.length, a);
          score(packed, f, f.length, b);
          assert.deepEqual(b, a);
        },
      ),
    );
  });

  it('keeps only the non-zero buckets', () => {
    const w = new Int8Array(64 * 3);
    w[0 * 3 + 1] = 5;
    w[31 * 3 + 2] = -7;
    w[63 * 3 + 0] = 127;
    const p = decodePackedWeights(encodeWeights(w, 3), 64, 3);
    assert.deepEqual([...p.w], [0, 5, 0, 0, 0, -7, 127, 0, 0]);
    assert.deepEqual([...p.index], [(1 | (1 << 31)) >>> 0, 0, (1 << 31) >>> 0, 2]);
  });
});

describe('predictAttributions keepCue', () => {
  const text = 'The river rose two meters. "We were not warned. Nobody called us," a farmer said. Officials said the dam was safe.';
  const toks = tokenize(text);
  const sents = splitSentences(text);

  it('leaves out the cues the filter rejects and returns the others unchanged', () => {
    const all = predictAttributions(text, toks, sents);
    assert.equal(all.length, 2);
    const seen: Array<[OffsetSpan, number]> = [];
    const kept = predictAttributions(text, toks, sents, {
      keepCue: (cue, score) => {
        seen.push([cue, score]);
        return cue.start > text.indexOf('Officials');
      },
    });
    assert.deepEqual(
      seen,
      all.map((a) => [a.cue, a.score]),
    );
    assert.deepEqual(kept, [all[1]]);
  });
});
