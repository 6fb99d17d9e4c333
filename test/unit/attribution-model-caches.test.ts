import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { generatePlain } from '../../scripts/lib/article-gen';
import { HashedWords, MAX_FEATURES, WordFilter, cueContext, cueFeatures, posIndex, prepare, roleFeatures } from '../../src/core/model/features';
import { CueSumsPool, RoleTables, scoreRole } from '../../src/core/model/role-scorer';
import { B, I, O, score, scoreCue } from '../../src/core/model/tagger';

/** An int8 table of 2^bits buckets x labels with pseudo-random weights. */
function table(bits: number, labels: number, seed: number): Int8Array {
  const w = new Int8Array((1 << bits) * labels);
  let s = seed;
  for (let i = 0; i < w.length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    w[i] = (s >> 16) % 128;
  }
  return w;
}

/**
 * A text long enough that the scorers' direct-mapped caches (thousands of slots, keyed by texts, parts of
 * speech and states) overwrite their slots many times, and word lists that know about half its words.
 */
function longText(seed: number): { text: string; filter: WordFilter } {
  const text = generatePlain(seed, 40_000);
  const words = [...new Set(tokenize(text).map((t) => t.lower))].filter((_, k) => k % 2 === 0);
  return { text, filter: new WordFilter(HashedWords.of(words, 19).bits) };
}

describe('attribution model: cached sums over a long text', () => {
  it('posIndex gives one small number per part-of-speech hash, the same each time', () => {
    const a = posIndex(0x12345678);
    const b = posIndex(0x7654321);
    assert.notEqual(a, b);
    assert.ok(a >= 2 && a <= 255 && b >= 2 && b <= 255);
    assert.equal(posIndex(0x12345678), a);
  });

  it('scoreCue gives exactly the sums of score over cueFeatures for every token, as its caches fill and overwrite', () => {
    const { text, filter } = longText(11);
    const tokens = tokenize(text);
    const p = prepare(text, tokens, splitSentences(text), filter);
    const w = table(14, 3, 5);
    const wt = { labels: 3, mask: (1 << 14) - 1, w, scale: 1, bias: [0, 0.5, -0.25] };
    const feats = new Int32Array(MAX_FEATURES);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    let compared = 0;
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < p.ns; k++) {
        const lo = p.sentStart[k];
        const hi = p.sentEnd[k];
        for (let i = lo; i < hi; i++) {
          for (const [prev, prev2] of [[O, O], [B, O], [I, B]]) {
            score(wt, feats, cueFeatures(p, i, lo, hi, prev, prev2, feats), a);
            scoreCue(wt, p, i, lo, hi, prev, prev2, b);
            if (b[0] !== a[0] || b[1] !== a[1] || b[2] !== a[2]) assert.deepEqual([...b], [...a], `token ${i} (${tokens[i].text}) after ${prev2} ${prev}`);
            compared++;
          }
        }
      }
    }
    assert.equal(compared, 2 * 3 * tokens.length);
    assert.ok(tokens.length > 6000, `tokens ${tokens.length}`);
  });

  it('scoreRole gives exactly the sums of score over roleFeatures for cues all over the text, as its caches fill and overwrite', () => {
    const { text, filter } = longText(12);
    const tokens = tokenize(text);
    const p = prepare(text, tokens, splitSentences(text), filter);
    const bits = 13;
    const w = table(bits, 5, 9);
    const mask = (1 << bits) - 1;
    const wt = { labels: 5, mask, w, scale: 1 };
    const rt = new RoleTables(w, mask);
    const pool = new CueSumsPool();
    const feats = new Int32Array(MAX_FEATURES);
    const a = new Float64Array(5);
    const b = new Float64Array(5);
    let compared = 0;
    // a one-token cue at every fifth word token, a two-token cue at every seventh
    for (let cs = 0; cs + 1 < tokens.length; cs++) {
      if (tokens[cs].kind !== 'word' || p.sent[cs] < 0) continue;
      const ce = cs % 7 === 0 && p.sent[cs + 1] === p.sent[cs] ? cs + 1 : cs;
      if (cs % 5 !== 0 && ce === cs) continue;
      const c = cueContext(p, cs, ce);
      const sums = pool.of(w, mask, c);
      for (let i = c.lo; i < c.hi; i++) {
        if (i >= c.cs && i <= c.ce) continue;
        for (const [prev, prev2] of [[0, 0], [1, 0], [2, 1], [3, 0], [4, 3]]) {
          score(wt, feats, roleFeatures(p, c, i, prev, prev2, feats), a);
          scoreRole(w, mask, rt, sums, p, c, i, prev, prev2, b);
          if (b.some((x, l) => x !== a[l])) assert.deepEqual([...b], [...a], `cue ${cs}..${ce}, token ${i} after ${prev2} ${prev}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 50_000, `compared ${compared}`);
  });
});
