/**
 * The cue tagger's context features (`cueContextFeatures`, and `cuePrevFeatures` where the tags before
 * are not two O tags) summed from an int8 weight table with fewer lookups into it: the sums are exactly
 * those of the features' weights (integer sums are exact in any order).
 *
 * Of the 24 context features of a token, only the two word trigrams (30, 31) are hashed per token. Two
 * join a lexicon phrase bucket with the tag before (40, 41): their weights are gathered once per table
 * into small dense tables. The others are summed in groups and kept in direct-mapped caches
 * (`TokenSums`), so a group met again costs one read where it cost three or more lookups into a table of
 * 786 KB: the nine that join the token's own text with small integers (quotes near it and in its
 * sentence, a complementiser after it, the sentence's strongest other cue word: 26-29, 36, 37, 46-48)
 * per text and state (`context`); the four that read only parts of speech from two before to two after
 * (12, 13, 14, 16) per their small numbers (`cuePos`); the three that read the word before (3, 7, 44)
 * and the three that read the word after (4, 8, 45) per the two texts (`cueLeft`, `cueRight`).
 */
import {
  CONTEXT_SLOTS,
  CUE_LABELS,
  CUE_POS_SLOTS,
  CUE_WORD_SLOTS,
  F_FIRST,
  F_QUOTE,
  POS_COLON,
  POS_THAT,
  POS_I_BOS,
  POS_I_EOS,
  mix,
  tokPos,
  tokWord,
  type Prepared,
  type TokenSums,
} from './features';

const L = CUE_LABELS;

/** Dense tables, 3 weights per entry: 40 by phraseStart (0..63) and the tag before, 41 by phraseIn (0..7) and the tag before, 18 + 20 by the two tags before. */
const T40 = 0;
const T41 = T40 + 64 * 3;
const T_PREV = T41 + 8 * 3;
const T_TOTAL = T_PREV + 3 * 3;

/** The weights of the small-state cue context features of one int8 table. */
export class CueTables {
  readonly t = new Int32Array(T_TOTAL * L);
  constructor(
    readonly w: Int8Array,
    readonly mask: number,
  ) {
    const put = (e: number, h: number): void => {
      const src = (h & mask) * L;
      for (let l = 0; l < L; l++) this.t[e * L + l] += w[src + l];
    };
    for (let a = 0; a < 64; a++) for (let prev = 0; prev < 3; prev++) put(T40 + a * 3 + prev, mix(40, a, prev));
    for (let a = 0; a < 8; a++) for (let prev = 0; prev < 3; prev++) put(T41 + a * 3 + prev, mix(41, a, prev));
    for (let prev = 0; prev < 3; prev++) {
      for (let prev2 = 0; prev2 < 3; prev2++) {
        put(T_PREV + prev * 3 + prev2, mix(18, prev));
        put(T_PREV + prev * 3 + prev2, mix(20, prev, prev2));
      }
    }
  }
}

const ownHashed = new Int32Array(9);

/** Writes the sums of the 3-label weights of features f[0..n) to out[at..at+3). */
function sum3Into(w: Int8Array, mask: number, f: Int32Array, n: number, out: Int32Array, at: number): void {
  let a = 0;
  let b = 0;
  let c = 0;
  for (let j = 0; j < n; j++) {
    const base = (f[j] & mask) * 3;
    a += w[base];
    b += w[base + 1];
    c += w[base + 2];
  }
  out[at] = a;
  out[at + 1] = b;
  out[at + 2] = c;
}

/** thatAfter (0..4, 8) as 0..5. */
const thatIndex = (t: number): number => (t === 8 ? 5 : t);

/**
 * Adds to scores[0..3) the weights of token i's context features in sentence [lo, hi) after the tags
 * prev2, prev (with `withPrev`, also those of `cuePrevFeatures` but for its text's own: the caller sums
 * them otherwise after two O tags). `sums` must hold the sums of table `w` (its `cueOf`).
 */
export function cueContextScores(
  ct: CueTables,
  sums: TokenSums,
  p: Prepared,
  i: number,
  lo: number,
  hi: number,
  prev: number,
  prev2: number,
  withPrev: boolean,
  scores: Float64Array,
): void {
  const w = ct.w;
  const mask = ct.mask;
  const w0 = p.word[i];
  const wm1 = tokWord(p, i - 1, lo, hi);
  const wm2 = tokWord(p, i - 2, lo, hi);
  const wp1 = tokWord(p, i + 1, lo, hi);
  const wp2 = tokWord(p, i + 2, lo, hi);
  const p0 = p.pos[i];
  const f0 = p.fine[i];
  // The hashed features' weights first: their reads of the large table are under way while the
  // cached sums are looked up (reads far apart in memory, each likely a cache miss).
  const b30 = (mix(30, wm2, wm1, w0) & mask) * 3;
  const b31 = (mix(31, w0, wp1, wp2) & mask) * 3;
  let h0 = w[b30] + w[b31];
  let h1 = w[b30 + 1] + w[b31 + 1];
  let h2 = w[b30 + 2] + w[b31 + 2];
  if (withPrev) {
    const b19 = (mix(19, prev, w0) & mask) * 3;
    const b21 = (mix(21, prev, p0) & mask) * 3;
    h0 += w[b19] + w[b21];
    h1 += w[b19 + 1] + w[b21 + 1];
    h2 += w[b19 + 2] + w[b21 + 2];
  }
  const tid = p.tid[i];

  // the parts of speech from two before to two after (12, 13, 14, 16), by their small numbers
  const pi = p.posIdx;
  const posKey = ((i > lo ? pi[i - 1] : POS_I_BOS) << 24) | (pi[i] << 16) | ((i + 1 < hi ? pi[i + 1] : POS_I_EOS) << 8) | (i + 2 < hi ? pi[i + 2] : POS_I_EOS);
  const posCache = sums.cuePos;
  // pi[i] >= 2: the key is never 0, the mark of an empty slot
  const atPos = ((Math.imul(posKey, 0x9e3779b1) >>> 20) & (CUE_POS_SLOTS - 1)) * 4;
  if (posCache[atPos] !== posKey) {
    const pm1 = tokPos(p, i - 1, lo, hi);
    const pp1 = tokPos(p, i + 1, lo, hi);
    const pp2 = tokPos(p, i + 2, lo, hi);
    const own = ownHashed;
    own[0] = mix(12, pm1, p0);
    own[1] = mix(13, p0, pp1);
    own[2] = mix(14, pm1, p0, pp1);
    own[3] = mix(16, p0, pp1, pp2);
    sum3Into(w, mask, own, 4, posCache, atPos + 1);
    posCache[atPos] = posKey;
  }
  // the word before (3, 7, 44), by its text and the token's (0: the sentence begins)
  const left = sums.cueLeft;
  const la = i > lo ? p.tid[i - 1] + 1 : 0;
  const lb = tid + 1;
  const atL = ((Math.imul(la ^ Math.imul(lb, 0x85ebca6b), 0x9e3779b1) >>> 20) & (CUE_WORD_SLOTS - 1)) * 5;
  if (left[atL] !== la || left[atL + 1] !== lb) {
    const own = ownHashed;
    own[0] = mix(3, wm1);
    own[1] = mix(7, wm1, w0);
    own[2] = mix(44, i > lo ? p.coarse[i - 1] : 999, f0);
    sum3Into(w, mask, own, 3, left, atL + 2);
    left[atL] = la;
    left[atL + 1] = lb;
  }
  // the word after (4, 8, 45), by the token's text and its (0: the sentence ends)
  const right = sums.cueRight;
  const ra = tid + 1;
  const rb = i + 1 < hi ? p.tid[i + 1] + 1 : 0;
  const atR = ((Math.imul(rb ^ Math.imul(ra, 0xc2b2ae35), 0x9e3779b1) >>> 20) & (CUE_WORD_SLOTS - 1)) * 5;
  if (right[atR] !== ra || right[atR + 1] !== rb) {
    const own = ownHashed;
    own[0] = mix(4, wp1);
    own[1] = mix(8, w0, wp1);
    own[2] = mix(45, f0, i + 1 < hi ? p.coarse[i + 1] : 999);
    sum3Into(w, mask, own, 3, right, atR + 2);
    right[atR] = ra;
    right[atR + 1] = rb;
  }

  // the state the cached features read besides the token's text
  const qNear = (i - 1 >= lo && (p.flags[i - 1] & F_QUOTE) !== 0 ? 1 : 0) | (i - 2 >= lo && (p.flags[i - 2] & F_QUOTE) !== 0 ? 2 : 0) |
    (i + 1 < hi && (p.flags[i + 1] & F_QUOTE) !== 0 ? 4 : 0);
  const qb = p.quotesBefore[i] - p.quotesBefore[lo] > 0 ? 1 : 0;
  const qa = p.quotesBefore[hi] - p.quotesBefore[i + 1] > 0 ? 1 : 0;
  const qq = qb * 2 + qa;
  let thatAfter = 0;
  for (let j = i + 1; j < hi && j <= i + 4; j++) {
    const pj = p.pos[j];
    if (pj === POS_THAT) thatAfter = j - i;
    else if (pj === POS_COLON) thatAfter = 8;
    if (thatAfter) break;
  }
  const r0 = p.prior[i];
  const sk = p.sent[i];
  const other = r0 === p.sentPrior1[sk] ? p.sentPrior2[sk] : p.sentPrior1[sk];
  // the key: text (its part of speech may differ at a sentence start), then the state
  const first = (p.flags[i] & F_FIRST) !== 0 ? 1 : 0;
  const key = (((((tid * 2 + first) * 8 + qNear) * 4 + qq) * 6 + thatIndex(thatAfter)) * 8 + other) + 1;
  const cache = sums.context;
  const slot = (Math.imul(key, 0x9e3779b1) >>> 19) & (CONTEXT_SLOTS - 1);
  const at = slot * 4;
  if (cache[at] !== key) {
    const own = ownHashed;
    own[0] = mix(26, qNear, w0);
    own[1] = mix(27, qNear, p0);
    own[2] = mix(28, qq, p0);
    own[3] = mix(29, qq, w0);
    own[4] = mix(36, thatAfter, p.stem[i]);
    own[5] = mix(37, thatAfter, p0);
    own[6] = mix(46, f0, thatAfter);
    own[7] = mix(47, r0, other);
    own[8] = mix(48, f0, other);
    sum3Into(w, mask, own, 9, cache, at + 1);
    cache[at] = key;
  }
  let s0 = cache[at + 1] + posCache[atPos + 1] + left[atL + 2] + right[atR + 2];
  let s1 = cache[at + 2] + posCache[atPos + 2] + left[atL + 3] + right[atR + 3];
  let s2 = cache[at + 3] + posCache[atPos + 3] + left[atL + 4] + right[atR + 4];
  const t = ct.t;
  let e = (T40 + p.phraseStart[i] * 3 + prev) * 3;
  s0 += t[e];
  s1 += t[e + 1];
  s2 += t[e + 2];
  e = (T41 + p.phraseIn[i] * 3 + prev) * 3;
  s0 += t[e];
  s1 += t[e + 1];
  s2 += t[e + 2];
  if (withPrev) {
    e = (T_PREV + prev * 3 + prev2) * 3;
    s0 += t[e];
    s1 += t[e + 1];
    s2 += t[e + 2];
  }
  s0 += h0;
  s1 += h1;
  s2 += h2;
  scores[0] += s0;
  scores[1] += s1;
  scores[2] += s2;
}
