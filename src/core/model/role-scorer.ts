/**
 * The source/content tagger's scores from an int8 weight table, computed with fewer lookups into it
 * than summing `roleFeatures` (the scores are exactly the same: integer sums are exact in any order).
 *
 * Of the 44 role features of a token, 16 hash only small integers (the token's side of the cue, its
 * distance bucket, the tags before it, quotation and clause counts, a few flag bits): their weights are
 * gathered once per weight table into small dense tables (`RoleTables`), read by state index. Eight
 * more join such small integers with a word of the cue (its head, last word, the words around it):
 * their sums are kept per cue words and state (`CueSums`, `CueSumsPool`), filled as the tagger meets each
 * state. The 19 that read the token's own text or its neighbours' are summed in groups kept in
 * direct-mapped caches (`TokenSums`): by the token's text and state, by the parts of speech around it
 * (their `posIndex`), by its part of speech and state, by the texts before and after it. Only one
 * feature (121, the cue's head with the token's part of speech) is hashed per token. The dense tables
 * and caches are a few hundred kilobytes read mostly at the same places, where each hashed feature reads
 * a random place in a table of over a megabyte.
 */
import {
  F_FIRST,
  F_INQUOTE,
  MAX_FEATURES,
  ROLE_LABELS,
  bucket,
  ROLE_GROUP_SLOTS,
  ROLE_SLOTS,
  POS_I_BOS,
  POS_I_EOS,
  mix,
  tokPos,
  tokWord,
  type CueContext,
  type Prepared,
} from './features';

const L = ROLE_LABELS;

// Dense tables of the small-state features, one after another in one array; each entry is 5 weights.
// The index of an entry within its table is computed from the state as in `scoreRole`.
const SIZES = {
  t101: 4, // side
  t102: 21, // rel
  t103: 21 * 5, // rel, prev
  t110: 16 * 5, // sq, prev
  t112: 64 * 5, // side * 16 + qb * 4 + cb, prev
  t114: 5 * 5, // prev, prev2
  t117: 5 * 4 * 2, // prev, side, sameSent
  t125: 16 * 4 * 5, // flags & (F_FIRST | F_CAP | F_QUOTE), side, prev
  t126: 16 * 16 * 5, // side * 4 + quotes left / right, sq, prev
  t131: 4 * 2 * 2, // side, sameSent, first
  t132: 6 * 4 * 5, // cueQ, side, prev
  t136: 4 * 3 * 5, // side, next (0, 1: scope end, 2: the cue), prev
  t137: 12 * 2 * 5, // sd + 8, q, prev
  t139: 12 * 8 * 5, // sd + 8, flags & (F_FIRST | F_QUOTE), prev
  t142: 16 * 5, // side * 4 + clauses, prev
  t144: 16 * 4 * 4, // side * 4 + clauses, cb, qb
};
type TableName = keyof typeof SIZES;
const BASE = {} as Record<TableName, number>;
let TOTAL = 0;
for (const k of Object.keys(SIZES) as TableName[]) {
  BASE[k] = TOTAL;
  TOTAL += SIZES[k];
}

/** Hash of the feature of table `t` at entry `e` (the inverse of the index computed in `scoreRole`). */
function stateHash(t: TableName, e: number): number {
  switch (t) {
    case 't101':
      return mix(101, e);
    case 't102':
      return mix(102, e);
    case 't103':
      return mix(103, (e / 5) | 0, e % 5);
    case 't110':
      return mix(110, (e / 5) | 0, e % 5);
    case 't112':
      return mix(112, (e / 5) | 0, e % 5);
    case 't114':
      return mix(114, (e / 5) | 0, e % 5);
    case 't117':
      return mix(117, (e / 8) | 0, ((e / 2) | 0) % 4, e % 2);
    case 't125':
      return mix(125, (e / 20) | 0, ((e / 5) | 0) % 4, e % 5);
    case 't126':
      return mix(126, (e / 80) | 0, ((e / 5) | 0) % 16, e % 5);
    case 't131':
      return mix(131, (e / 4) | 0, ((e / 2) | 0) % 2, (e % 2) * F_FIRST);
    case 't132':
      return mix(132, (e / 20) | 0, ((e / 5) | 0) % 4, e % 5);
    case 't136':
      return mix(136, (e / 15) | 0, ((e / 5) | 0) % 3, e % 5);
    case 't137':
      return mix(137, (e / 10) | 0, ((e / 5) | 0) % 2, e % 5);
    case 't139':
      return mix(139, (e / 40) | 0, ((e / 5) | 0) % 8, e % 5);
    case 't142':
      return mix(142, (e / 5) | 0, e % 5);
    case 't144':
      return mix(144, (e / 16) | 0, ((e / 4) | 0) % 4, e % 4);
  }
}

/** The weights of the small-state role features of one int8 table, by state (see the module comment). */
export class RoleTables {
  readonly t = new Int32Array(TOTAL * L);
  constructor(
    readonly w: Int8Array,
    readonly mask: number,
  ) {
    for (const k of Object.keys(SIZES) as TableName[]) {
      for (let e = 0; e < SIZES[k]; e++) {
        const src = (stateHash(k, e) & mask) * L;
        const dst = (BASE[k] + e) * L;
        for (let l = 0; l < L; l++) this.t[dst + l] = w[src + l];
      }
    }
  }
}

// Per-cue sums: by side and tag before (118, 127, 128), by distance bucket (119, 120, 122, 123), by
// sentence distance and tag before (140).
const C_SP = 0;
const C_REL = C_SP + 4 * 5;
const C_SD = C_REL + 21;
const C_TOTAL = C_SD + 12 * 5;

/**
 * The sums of the features joining a cue's words with small integers, per state, for the cue words
 * (head, last word, the words before and after it) and table it was last `resetFor`.
 */
export class CueSums {
  readonly sums = new Int32Array(C_TOTAL * L);
  readonly done = new Uint8Array(C_TOTAL);
  of: Int8Array | null = null;
  mask = 0;
  head = 0;
  last = 0;
  before = 0;
  after = 0;
  /** Starts over: nothing summed. */
  reset(): void {
    this.done.fill(0);
  }
  /** Whether the sums are those of cue `c` in table `w` (the same cue words). */
  holds(w: Int8Array, mask: number, c: CueContext): boolean {
    return this.of === w && this.mask === mask && this.head === c.cueHead && this.last === c.cueLast && this.before === c.before && this.after === c.after;
  }
  /** Starts over for cue `c` in table `w`. */
  resetFor(w: Int8Array, mask: number, c: CueContext): void {
    this.reset();
    this.of = w;
    this.mask = mask;
    this.head = c.cueHead;
    this.last = c.cueLast;
    this.before = c.before;
    this.after = c.after;
  }
}

/**
 * The per-cue sums of recent cues by their words (direct-mapped): most cues share their words with an
 * earlier one ("said" after a name, before a full stop or "that"; names are one unknown-word class), and
 * then start with its sums.
 */
export class CueSumsPool {
  private readonly slots: CueSums[] = [];
  constructor(size = 64) {
    for (let k = 0; k < size; k++) this.slots.push(new CueSums());
  }
  /** The sums to use for cue `c` in table `w`: kept from an earlier cue of the same words, or started over. */
  of(w: Int8Array, mask: number, c: CueContext): CueSums {
    const h = mix(99, c.cueHead, c.cueLast, c.before ^ Math.imul(c.after, 0x9e3779b1));
    const s = this.slots[(h >>> 0) % this.slots.length];
    if (!s.holds(w, mask, c)) s.resetFor(w, mask, c);
    return s;
  }
}

const offs = new Int32Array(MAX_FEATURES);
const ownHashed = new Int32Array(8);

/** Sums the weights of features f[0..n) into cache slot `at` (after its key). */
function sumInto(w: Int8Array, mask: number, f: Int32Array, n: number, cache: Int32Array, at: number, key: number): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let j = 0; j < n; j++) {
    const b = (f[j] & mask) * L;
    s0 += w[b];
    s1 += w[b + 1];
    s2 += w[b + 2];
    s3 += w[b + 3];
    s4 += w[b + 4];
  }
  cache[at] = key;
  cache[at + 1] = s0;
  cache[at + 2] = s1;
  cache[at + 3] = s2;
  cache[at + 4] = s3;
  cache[at + 5] = s4;
}

/** Adds the weights of bucket `h & mask` to sums[at..at+5). */
function fill(w: Int8Array, mask: number, h: number, sums: Int32Array, at: number): void {
  const b = (h & mask) * L;
  sums[at] += w[b];
  sums[at + 1] += w[b + 1];
  sums[at + 2] += w[b + 2];
  sums[at + 3] += w[b + 3];
  sums[at + 4] += w[b + 4];
}

/**
 * The role scores of token i (outside the cue) for cue `c` after tags prev2, prev, without bias:
 * exactly the sums of `score` over `roleFeatures` with the int8 table `w` (`rt` made from it).
 */
export function scoreRole(w: Int8Array, mask: number, rt: RoleTables, cs: CueSums, p: Prepared, c: CueContext, i: number, prev: number, prev2: number, scores: Float64Array): void {
  const lo = c.lo;
  const hi = c.hi;
  let side: number;
  let rel: number;
  let qBetween: number;
  let cBetween: number;
  if (i < c.cs) {
    side = 1;
    rel = bucket(c.cs - i);
    qBetween = p.quotesBefore[c.cs] - p.quotesBefore[i + 1];
    cBetween = p.commasBefore[c.cs] - p.commasBefore[i + 1];
  } else if (i > c.ce) {
    side = 2;
    rel = 10 + bucket(i - c.ce);
    qBetween = p.quotesBefore[i] - p.quotesBefore[c.ce + 1];
    cBetween = p.commasBefore[i] - p.commasBefore[c.ce + 1];
  } else {
    side = 3;
    rel = 20;
    qBetween = 0;
    cBetween = 0;
  }
  const qb = qBetween > 2 ? 3 : qBetween;
  const cb = cBetween > 2 ? 3 : cBetween;
  const sameSent = p.sent[i] === p.sent[c.cs] ? 1 : 0;
  const w0 = p.word[i];
  const wm1 = tokWord(p, i - 1, lo, hi);
  const wp1 = tokWord(p, i + 1, lo, hi);
  const p0 = p.pos[i];
  const pm1 = tokPos(p, i - 1, lo, hi);
  const pp1 = tokPos(p, i + 1, lo, hi);
  const fl = p.flags[i];
  const q = fl & F_INQUOTE;
  const sq = side * 4 + (q ? 1 : 0) + (c.cueQ & F_INQUOTE ? 2 : 0);
  let sd = p.sent[i] - p.sent[c.cs];
  sd = sd < -2 ? -2 : sd > 3 ? 3 : sd;
  const sd8 = sd + 8;
  let clauses = i < c.cs ? p.clausesBefore[c.cs] - p.clausesBefore[i + 1] : i > c.ce ? p.clausesBefore[i] - p.clausesBefore[c.ce + 1] : 0;
  clauses = clauses > 2 ? 2 : clauses;
  const sc = side * 4 + clauses;

  // the part of speech with the cue's head word (121), hashed per token: read first, so that its read of
  // the large table is under way while the cached sums are looked up
  const b121 = (mix(121, c.cueHead, side, p0) & mask) * L;
  const h0 = w[b121];
  const h1 = w[b121 + 1];
  const h2 = w[b121 + 2];
  const h3 = w[b121 + 3];
  const h4 = w[b121 + 4];

  // The other features of the words and parts of speech around the token, summed in groups kept in
  // direct-mapped caches (key, 0: empty; then 5 sums): the parts of speech before, at and after the token
  // with its side and the tag before (108, 109, 134, 135), by their small numbers (`posIndex`); the
  // token's part of speech with its side, quotation and clause state and the tag before (111, 113, 138,
  // 143); the words before and after with the side (106, 107), by their texts.
  const pi = p.posIdx;
  const pim1 = i - 1 < lo ? POS_I_BOS : pi[i - 1];
  const pi0 = pi[i];
  const pip1 = i + 1 >= hi ? POS_I_EOS : pi[i + 1];
  // pi0 >= 2 and side >= 1: no key is 0
  const posKey = (pim1 << 24) | (pi0 << 16) | (pip1 << 8) | (side << 3) | prev;
  const posCache = p.sums.rolePos;
  const atP = ((Math.imul(posKey, 0x9e3779b1) >>> 20) & (ROLE_GROUP_SLOTS - 1)) * 8;
  if (posCache[atP] !== posKey) {
    const own = ownHashed;
    own[0] = mix(108, side, pm1, p0);
    own[1] = mix(109, side, p0, pp1);
    own[2] = mix(134, side, pm1, prev);
    own[3] = mix(135, side, pp1, prev);
    sumInto(w, mask, own, 4, posCache, atP, posKey);
  }
  const stateKey = (pi0 << 16) | (sq << 12) | (qb << 10) | (cb << 8) | ((sd + 2) << 5) | (prev << 2) | clauses;
  const stateCache = p.sums.roleState;
  const atS = ((Math.imul(stateKey, 0x9e3779b1) >>> 20) & (ROLE_GROUP_SLOTS - 1)) * 8;
  if (stateCache[atS] !== stateKey) {
    const own = ownHashed;
    own[0] = mix(111, sq, p0);
    own[1] = mix(113, side * 16 + qb * 4 + cb, p0);
    own[2] = mix(138, sd8, side, p0);
    own[3] = mix(143, sc, p0, prev);
    sumInto(w, mask, own, 4, stateCache, atS, stateKey);
  }
  const wordCache = p.sums.roleWords;
  const wa = (i - 1 < lo ? 0 : p.tid[i - 1] + 1) * 4 + side;
  const wb = i + 1 >= hi ? 0 : p.tid[i + 1] + 1;
  const atW = ((Math.imul(wa ^ Math.imul(wb, 0x85ebca6b), 0x9e3779b1) >>> 20) & (ROLE_GROUP_SLOTS - 1)) * 8;
  if (wordCache[atW] !== wa || wordCache[atW + 1] !== wb) {
    const own = ownHashed;
    own[0] = mix(106, side, wm1);
    own[1] = mix(107, side, wp1);
    sumInto(w, mask, own, 2, wordCache, atW + 1, wb);
    wordCache[atW] = wa;
  }

  // the token's text with its side and the tag before (104, 105, 115, 116, 124, 133, 141), and with its
  // distance bucket (129, 130): sums cached per text (its part of speech may differ at a sentence start) and state
  const cache = p.sums.role;
  const text = p.tid[i] * 2 + ((fl & F_FIRST) !== 0 ? 1 : 0);
  const keyA = (text * 4 + side) * 5 + prev + 1;
  const atA = ((Math.imul(keyA, 0x9e3779b1) >>> 20) & (ROLE_SLOTS - 1)) * 8;
  if (cache[atA] !== keyA) {
    const own = ownHashed;
    own[0] = mix(104, side, w0);
    own[1] = mix(105, side, p0);
    own[2] = mix(115, prev, w0);
    own[3] = mix(116, prev, p0);
    own[4] = mix(124, side, p.shape[i], prev);
    own[5] = mix(133, side, p.suf3[i]);
    own[6] = mix(141, side, p.stem[i]);
    sumInto(w, mask, own, 7, cache, atA, keyA);
  }
  // keys of the second kind have bit 30 set (text * 42 stays below 2^30)
  const keyB = (text * 21 + rel + 1) | (1 << 30);
  let atB = ((Math.imul(keyB, 0x9e3779b1) >>> 20) & (ROLE_SLOTS - 1)) * 8;
  if (atB === atA) atB = (atB + 8) & (ROLE_SLOTS * 8 - 1);
  if (cache[atB] !== keyB) {
    const own = ownHashed;
    own[0] = mix(129, rel, p0);
    own[1] = mix(130, rel, w0);
    sumInto(w, mask, own, 2, cache, atB, keyB);
  }

  // The small-state features, from the dense tables; their sum kept in a direct-mapped cache by the
  // whole state (rel >= 1: the key is never 0), so a state met again costs one read where it cost 16.
  const next = i + 1 >= hi ? 1 : i + 1 === c.cs ? 2 : 0;
  const qLR = (c.qLeft > 0 ? 1 : 0) + (c.qRight > 0 ? 2 : 0);
  const denseKey =
    rel | (prev << 5) | (prev2 << 8) | (qb << 11) | (cb << 13) | (sameSent << 15) | ((fl & 15) << 16) | (next << 20) | ((sd + 2) << 22) | (clauses << 25) |
    (c.cueQ << 27) | (qLR << 30);
  const dense = p.sums.roleDense;
  const atD = ((Math.imul(denseKey, 0x9e3779b1) >>> 20) & (ROLE_GROUP_SLOTS - 1)) * 8;
  if (dense[atD] !== denseKey) {
    let n = 0;
    offs[n++] = BASE.t101 + side;
    offs[n++] = BASE.t102 + rel;
    offs[n++] = BASE.t103 + rel * 5 + prev;
    offs[n++] = BASE.t110 + sq * 5 + prev;
    offs[n++] = BASE.t112 + (side * 16 + qb * 4 + cb) * 5 + prev;
    offs[n++] = BASE.t114 + prev * 5 + prev2;
    offs[n++] = BASE.t117 + (prev * 4 + side) * 2 + sameSent;
    offs[n++] = BASE.t125 + ((fl & 14) * 4 + side) * 5 + prev;
    offs[n++] = BASE.t126 + ((side * 4 + qLR) * 16 + sq) * 5 + prev;
    offs[n++] = BASE.t131 + (side * 2 + sameSent) * 2 + ((fl & F_FIRST) !== 0 ? 1 : 0);
    offs[n++] = BASE.t132 + (c.cueQ * 4 + side) * 5 + prev;
    offs[n++] = BASE.t136 + (side * 3 + next) * 5 + prev;
    offs[n++] = BASE.t137 + (sd8 * 2 + q) * 5 + prev;
    offs[n++] = BASE.t139 + (sd8 * 8 + (fl & 6)) * 5 + prev;
    offs[n++] = BASE.t142 + sc * 5 + prev;
    offs[n++] = BASE.t144 + (sc * 4 + cb) * 4 + qb;
    const t = rt.t;
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    let d4 = 0;
    for (let j = 0; j < n; j++) {
      const b = offs[j] * L;
      d0 += t[b];
      d1 += t[b + 1];
      d2 += t[b + 2];
      d3 += t[b + 3];
      d4 += t[b + 4];
    }
    dense[atD] = denseKey;
    dense[atD + 1] = d0;
    dense[atD + 2] = d1;
    dense[atD + 3] = d2;
    dense[atD + 4] = d3;
    dense[atD + 5] = d4;
  }

  // the cue's sums for this state, summed the first time the state comes up
  const cSums = cs.sums;
  const done = cs.done;
  const sp = C_SP + side * 5 + prev;
  if (done[sp] === 0) {
    done[sp] = 1;
    const at = sp * L;
    for (let l = 0; l < L; l++) cSums[at + l] = 0;
    fill(w, mask, mix(118, c.cueHead, side, prev), cSums, at);
    fill(w, mask, mix(127, c.after, side, prev), cSums, at);
    fill(w, mask, mix(128, c.before, side, prev), cSums, at);
  }
  const re = C_REL + rel;
  if (done[re] === 0) {
    done[re] = 1;
    const at = re * L;
    for (let l = 0; l < L; l++) cSums[at + l] = 0;
    fill(w, mask, mix(119, c.cueHead, rel), cSums, at);
    fill(w, mask, mix(120, c.cueLast, rel), cSums, at);
    fill(w, mask, mix(122, c.after, rel), cSums, at);
    fill(w, mask, mix(123, c.before, rel), cSums, at);
  }
  const sdp = C_SD + sd8 * 5 + prev;
  if (done[sdp] === 0) {
    done[sdp] = 1;
    const at = sdp * L;
    for (let l = 0; l < L; l++) cSums[at + l] = 0;
    fill(w, mask, mix(140, c.cueHead, sd8, prev), cSums, at);
  }

  const s0 = cSums[sp * L] + cSums[re * L] + cSums[sdp * L] + cache[atA + 1] + cache[atB + 1] + posCache[atP + 1] + stateCache[atS + 1] + wordCache[atW + 2] + dense[atD + 1];
  const s1 = cSums[sp * L + 1] + cSums[re * L + 1] + cSums[sdp * L + 1] + cache[atA + 2] + cache[atB + 2] + posCache[atP + 2] + stateCache[atS + 2] + wordCache[atW + 3] + dense[atD + 2];
  const s2 = cSums[sp * L + 2] + cSums[re * L + 2] + cSums[sdp * L + 2] + cache[atA + 3] + cache[atB + 3] + posCache[atP + 3] + stateCache[atS + 3] + wordCache[atW + 4] + dense[atD + 3];
  const s3 = cSums[sp * L + 3] + cSums[re * L + 3] + cSums[sdp * L + 3] + cache[atA + 4] + cache[atB + 4] + posCache[atP + 4] + stateCache[atS + 4] + wordCache[atW + 5] + dense[atD + 4];
  const s4 = cSums[sp * L + 4] + cSums[re * L + 4] + cSums[sdp * L + 4] + cache[atA + 5] + cache[atB + 5] + posCache[atP + 5] + stateCache[atS + 5] + wordCache[atW + 6] + dense[atD + 5];
  scores[0] = s0 + h0;
  scores[1] = s1 + h1;
  scores[2] = s2 + h2;
  scores[3] = s3 + h3;
  scores[4] = s4 + h4;
}
