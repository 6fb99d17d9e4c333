import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { generatePlain } from '../../scripts/lib/article-gen';
import { HashedWords, WordFilter, cueSkips, prepare, type Prepared } from '../../src/core/model/features';
import { B, I, O, scoreCue, tagCues, type Weights } from '../../src/core/model/tagger';

/** An int8 table of 2^bits buckets x 3 labels with pseudo-random weights. */
function table(bits: number, seed: number): Int8Array {
  const w = new Int8Array((1 << bits) * 3);
  let s = seed;
  for (let i = 0; i < w.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    w[i] = (s >> 16) % 128;
  }
  return w;
}

/**
 * The best tag sequence of tokens [lo, hi) by trying every one: each token scores its tag's score over the
 * O tag's after the two tags before it, a token the tagger skips after its tag before is O and scores 0,
 * an I tag needs a B or I before it.
 */
function exhaustive(wt: Weights, p: Prepared, lo: number, hi: number): { tags: number[]; total: number } {
  const sc = new Float64Array(3);
  let best: { tags: number[]; total: number } = { tags: [], total: -Infinity };
  const walk = (i: number, prev: number, prev2: number, tags: number[], total: number): void => {
    if (i === hi) {
      if (total > best.total) best = { tags: [...tags], total };
      return;
    }
    if (cueSkips(p, i, prev)) {
      tags.push(O);
      walk(i + 1, O, prev, tags, total);
      tags.pop();
      return;
    }
    scoreCue(wt, p, i, lo, hi, prev, prev2, sc);
    const s = [sc[0], sc[1], sc[2]];
    for (const y of [O, B, I]) {
      if (y === I && prev === O) continue;
      tags.push(y);
      walk(i + 1, y, prev, tags, total + s[y] - s[O]);
      tags.pop();
    }
  };
  walk(lo, O, O, [], 0);
  return best;
}

/** The score of tags[lo, hi) as `exhaustive` counts it (-Infinity for a sequence the decoder may not produce). */
function totalOf(wt: Weights, p: Prepared, lo: number, hi: number, tags: ArrayLike<number>): number {
  const sc = new Float64Array(3);
  let prev = O;
  let prev2 = O;
  let total = 0;
  for (let i = lo; i < hi; i++) {
    const y = tags[i - lo];
    if (cueSkips(p, i, prev)) {
      if (y !== O) return -Infinity;
    } else {
      if (y === I && prev === O) return -Infinity;
      scoreCue(wt, p, i, lo, hi, prev, prev2, sc);
      total += sc[y] - sc[O];
    }
    prev2 = prev;
    prev = y;
  }
  return total;
}

describe('attribution model: structured (Viterbi) cue decoding', () => {
  const text = generatePlain(21, 3000);
  const tokens = tokenize(text);
  const words = [...new Set(tokens.map((t) => t.lower))].filter((_, k) => k % 3 !== 0);
  const p = prepare(text, tokens, splitSentences(text), new WordFilter(HashedWords.of(words, 19).bits, HashedWords.of(words.slice(0, 40), 16)));

  it('finds a best tag sequence of every window of eight tokens, as trying every sequence does', () => {
    const w = table(12, 7);
    // a begin bias, so that the best sequences hold cues
    const wt: Weights = { labels: 3, mask: (1 << 12) - 1, w, scale: 1, bias: [0, 40, 0] };
    const tags = new Uint8Array(tokens.length);
    let withCue = 0;
    let windows = 0;
    for (let lo = 0; lo + 8 <= tokens.length; lo += 5) {
      const hi = lo + 8;
      const want = exhaustive(wt, p, lo, hi);
      tagCues(wt, p, lo, hi, tags, hi - 1, { gap: Infinity });
      // integer weights: another sequence may tie with the one found first
      const got = [...tags.subarray(lo, hi)];
      assert.equal(totalOf(wt, p, lo, hi, got), want.total, `tokens ${lo}..${hi}: ${tokens.slice(lo, hi).map((t) => t.text).join(' ')}: ${got} against ${want.tags}`);
      if (want.tags.includes(B)) withCue++;
      windows++;
    }
    assert.ok(windows > 100 && withCue > windows / 4, `windows ${windows}, with a cue ${withCue}`);
  });

  it('begins no cue after lastStart', () => {
    const w = table(12, 9);
    const wt: Weights = { labels: 3, mask: (1 << 12) - 1, w, scale: 1, bias: [0, 80, 0] };
    const tags = new Uint8Array(tokens.length);
    let checked = 0;
    for (let lo = 0; lo + 12 <= tokens.length; lo += 7) {
      const hi = lo + 12;
      const lastStart = lo + 5;
      tags.fill(O, lo, hi);
      const cues = tagCues(wt, p, lo, hi, tags, lastStart, { gap: Infinity });
      for (const c of cues) assert.ok(c.first <= lastStart, `cue at ${c.first} after ${lastStart}`);
      for (let i = lastStart + 1; i < hi; i++) assert.notEqual(tags[i], B);
      checked++;
    }
    assert.ok(checked > 50, `checked ${checked}`);
  });
});
