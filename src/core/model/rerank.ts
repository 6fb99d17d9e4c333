/**
 * Second stage of the cue tagger: the cue tagger proposes candidate cues generously (a bias on the
 * begin tag), the source/content tagger reads each candidate's roles, and a logistic model over
 * features of the whole candidate set decides which candidates are cues. It sees what the left-to-right
 * tagger cannot: whether the candidate found a source (and what kind), how long its content is, whether
 * it lies inside the content of another candidate (PolNeAR annotates no attribution inside another's
 * content), how many candidates its sentence holds and how it ranks among them.
 * Trained on candidates of cue taggers that never saw the articles (cross-fitting on PolNeAR train)
 * by scripts/train/train-attribution-model.ts.
 * A stacked pass (`stackedFeatures`, `rerankAll`) then rescores every candidate from its own features
 * and the first pass's probabilities of itself and of the candidates around it: how sure the first pass
 * is of the candidate whose content holds this cue tells a nested report ("X said Y told Z") from a cue
 * whose outer candidate is itself doubtful. Its cost is a second sum over each candidate's features
 * (reused from the first pass) and a scan of the text's candidates.
 * The first pass also reads the support of the cue's words (features.ts `cueSupport`: how often the cue
 * lexicon of the training text saw the word's lemma as a cue, on a log scale), which the cue prior's
 * rate does not tell (a rate from 3 cues or from 3,000).
 */
import { decodeWeights } from './codec';
import { cueSupport, F_CAP, F_FIRST, F_INQUOTE, F_QUOTE, mix, type Prepared } from './features';
import type { TokenSpan } from './tagger';

export interface Candidate {
  cue: TokenSpan;
  source: TokenSpan | null;
  content: TokenSpan | null;
  /** Cue tagger margin in float units (begin-tag bias included). */
  margin: number;
}

/** A logistic scorer over hashed features: P = sigmoid(sum of w[hash & mask] * scale + bias). */
export interface RerankWeights {
  mask: number;
  w: ArrayLike<number>;
  scale: number;
  bias: number;
}

export const MAX_RERANK_FEATURES = 48;

/** The stored form of a reranker pass: int8 weights over 2^bits buckets (base64), their scale and bias. */
export interface RerankJson {
  scale: number;
  bias: number;
  data: string;
}

/** Decodes a stored reranker pass over 2^bits buckets. */
export function decodeRerankWeights(j: RerankJson, bits: number): RerankWeights {
  return { mask: 2 ** bits - 1, w: decodeWeights(j.data, 2 ** bits, 1), scale: j.scale, bias: j.bias };
}

function marginBucket(m: number): number {
  // margins in float units; the cue tagger's own decision is at 0 without the bias
  const b = Math.floor(m / 10);
  return b < -12 ? -12 : b > 12 ? 12 : b;
}
function lenBucket(n: number): number {
  return n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : n <= 25 ? 6 : n <= 50 ? 7 : 8;
}

const inside = (a: TokenSpan, b: TokenSpan | null): boolean => b !== null && a.first >= b.first && a.last <= b.last;

/** Features of candidate `k` among `cands` (all candidates of the text, in text order). */
export function rerankFeatures(p: Prepared, cands: readonly Candidate[], k: number, out: Int32Array): number {
  return rerankFeaturesAt(p, cands, k, out, 0);
}

/** `rerankFeatures` written into `out` from index `at` on; returns their count. */
function rerankFeaturesAt(p: Prepared, cands: readonly Candidate[], k: number, out: Int32Array, at: number): number {
  let n = at;
  const c = cands[k];
  const f = c.cue.first;
  const l = c.cue.last;
  const mb = marginBucket(c.margin);
  const w0 = p.word[f];
  const wl = p.word[l];
  const len = Math.min(4, l - f + 1);
  const fl = p.flags[f];
  const sk = p.sent[f];
  // source: kind of its last token and its side
  let src = 0;
  if (c.source) {
    const s = c.source;
    const side = s.last < f ? 1 : 2;
    const t = p.tokens[s.last];
    const kind = (p.flags[s.last] & F_CAP) !== 0 ? 1 : t.kind === 'word' && /^(he|she|they|i|we|it|you)$/.test(t.lower) ? 2 : 3;
    const dist = side === 1 ? f - s.last : s.first - l;
    src = side * 16 + kind * 4 + (dist <= 1 ? 0 : dist <= 3 ? 1 : dist <= 8 ? 2 : 3);
  }
  let con = 0;
  let conLen = 0;
  if (c.content) {
    const s = c.content;
    const side = s.last < f ? 1 : s.first > l ? 2 : 3;
    conLen = lenBucket(s.last - s.first + 1);
    const q = (p.flags[s.first] & F_QUOTE) !== 0 || (s.first > 0 && (p.flags[s.first - 1] & F_QUOTE) !== 0) ? 1 : 0;
    con = side * 2 + q;
  }
  // nesting: the strongest other candidate whose content holds this cue, and candidates inside this one's content
  let outer = -99;
  let inner = 0;
  let sentCount = 0;
  let rank = 0;
  let overlapOther = 0;
  for (let j = 0; j < cands.length; j++) {
    if (j === k) continue;
    const o = cands[j];
    if (inside(c.cue, o.content)) outer = Math.max(outer, marginBucket(o.margin));
    if (inside(o.cue, c.content)) inner++;
    if (p.sent[o.cue.first] === sk) {
      sentCount++;
      if (o.margin > c.margin) rank++;
    }
    if (Math.abs(o.cue.first - l) <= 2 || Math.abs(f - o.cue.last) <= 2) overlapOther = 1;
  }
  const nested = outer === -99 ? 0 : 1;
  const rel = outer === -99 ? 99 : Math.max(-3, Math.min(3, Math.floor((outer - mb) / 2)));
  inner = Math.min(2, inner);
  sentCount = Math.min(3, sentCount);
  rank = Math.min(2, rank);
  const q = fl & F_INQUOTE;
  const lastTok = p.tokens[p.sentEnd[sk] - 1];
  const headline = /[.!?”"’)]/.test(lastTok.text) ? 0 : 1;
  out[n++] = mix(201, 0);
  out[n++] = mix(202, mb);
  out[n++] = mix(203, w0);
  out[n++] = mix(204, wl, len);
  out[n++] = mix(205, p.stem[f]);
  out[n++] = mix(206, p.pos[f], len);
  out[n++] = mix(207, p.prior[f], mb);
  out[n++] = mix(208, src);
  out[n++] = mix(209, src, mb);
  out[n++] = mix(210, con, conLen);
  out[n++] = mix(211, con, mb);
  out[n++] = mix(212, src, con);
  out[n++] = mix(213, nested, rel);
  out[n++] = mix(214, nested, rel, w0);
  out[n++] = mix(215, inner, con);
  out[n++] = mix(216, sentCount, rank);
  out[n++] = mix(217, sentCount, rank, mb);
  out[n++] = mix(218, q, fl & F_FIRST, mb);
  out[n++] = mix(219, headline, mb);
  out[n++] = mix(220, overlapOther, mb);
  out[n++] = mix(221, w0, src > 0 ? 1 : 0);
  out[n++] = mix(222, w0, mb);
  out[n++] = mix(223, p.stem[f], con);
  out[n++] = mix(224, src, rel);
  out[n++] = mix(225, p.phraseStart[f], len);
  out[n++] = mix(226, f > 0 && p.sent[f - 1] === sk ? p.word[f - 1] : 0, w0);
  out[n++] = mix(227, l + 1 < p.n && p.sent[l + 1] === sk ? p.word[l + 1] : 0, wl);
  // the cue's place in its sentence: the parts of speech around it, the commas and quote marks before
  // and after it in the sentence, how far into the sentence it stands
  const lo = p.sentStart[sk];
  const hi = p.sentEnd[sk];
  const pb1 = f - 1 >= lo ? p.pos[f - 1] : 1;
  const pb2 = f - 2 >= lo ? p.pos[f - 2] : 1;
  const pa1 = l + 1 < hi ? p.pos[l + 1] : 1;
  const pa2 = l + 2 < hi ? p.pos[l + 2] : 1;
  const commas = Math.min(3, p.commasBefore[f] - p.commasBefore[lo]);
  const qb = Math.min(2, p.quotesBefore[f] - p.quotesBefore[lo]);
  const qa = Math.min(2, p.quotesBefore[hi] - p.quotesBefore[l + 1]);
  out[n++] = mix(228, pb1, pa1);
  out[n++] = mix(229, pb2, pb1, p.stem[f]);
  out[n++] = mix(230, pa1, pa2, p.stem[l]);
  out[n++] = mix(231, commas, qb, qa);
  out[n++] = mix(232, lenBucket(f - lo), qb, mb);
  out[n++] = mix(233, qb, qa, src);
  out[n++] = mix(234, p.coarse[f], con, src > 0 ? 1 : 0);
  out[n++] = mix(235, p.stem[f], conLen);
  out[n++] = mix(236, lenBucket(hi - lo), sentCount);
  // how often the cue's first and last word were cues in the training text (their support, beside the
  // prior's rate), with the tagger's margin; the first word's with its prior and whether a source was found
  const sf = cueSupport(p, f);
  out[n++] = mix(237, sf, mb);
  out[n++] = mix(238, cueSupport(p, l), mb);
  out[n++] = mix(239, sf, p.prior[f], src > 0 ? 1 : 0);
  return n - at;
}

/** The reranker's probability that candidate k is a cue. */
export function rerankScore(wt: RerankWeights, p: Prepared, cands: readonly Candidate[], k: number, feats: Int32Array): number {
  return logistic(wt, feats, rerankFeatures(p, cands, k, feats));
}

function logistic(wt: RerankWeights, feats: Int32Array, nf: number): number {
  return logisticAt(wt, feats, 0, nf);
}

export const MAX_STACKED_FEATURES = MAX_RERANK_FEATURES + 12;

const bucket5 = (x: number): number => Math.min(4, Math.floor(x * 5));

/**
 * Features of candidate k for the stacked pass: its own features, and what the first pass
 * (probabilities `first`, one per candidate) made of it and of the candidates around it: the most
 * probable candidate whose content holds this cue (PolNeAR annotates no attribution inside another's
 * content), the most probable candidate inside this one's content, the most probable other candidate
 * of the sentence, and its own first-pass probability.
 */
export function stackedFeatures(p: Prepared, cands: readonly Candidate[], k: number, first: ArrayLike<number>, out: Int32Array): number {
  return stackedTail(p, cands, k, first, out, 0, rerankFeatures(p, cands, k, out));
}

/** Writes the stacked pass's own features of candidate k into `out` from `at + n` on (after its n first-pass features); returns the total count. */
function stackedTail(p: Prepared, cands: readonly Candidate[], k: number, first: ArrayLike<number>, out: Int32Array, at: number, n: number): number {
  const c = cands[k];
  const sk = p.sent[c.cue.first];
  let outer = -1;
  let inner = -1;
  let sent = -1;
  for (let j = 0; j < cands.length; j++) {
    if (j === k) continue;
    const o = cands[j];
    if (inside(c.cue, o.content)) outer = Math.max(outer, first[j]);
    if (inside(o.cue, c.content)) inner = Math.max(inner, first[j]);
    if (p.sent[o.cue.first] === sk) sent = Math.max(sent, first[j]);
  }
  const own = Math.min(9, Math.floor(first[k] * 10));
  const ob = outer < 0 ? 9 : bucket5(outer);
  const ib = inner < 0 ? 9 : bucket5(inner);
  const sb = sent < 0 ? 9 : bucket5(sent);
  const w0 = p.word[c.cue.first];
  const q = p.flags[c.cue.first] & F_INQUOTE;
  let i = at + n;
  out[i++] = mix(301, own);
  out[i++] = mix(302, ob, own);
  out[i++] = mix(303, ib, own);
  out[i++] = mix(304, sb, own);
  out[i++] = mix(305, ob, ib, sb);
  out[i++] = mix(306, ob, w0);
  out[i++] = mix(307, ob, q, own);
  out[i++] = mix(308, sb, first[k] >= sent ? 1 : 0, own);
  return i - at;
}

let stackBuffer = new Int32Array(64 * MAX_STACKED_FEATURES);
let stackCounts = new Int32Array(64);
let firstBuffer = new Float64Array(64);

/**
 * Probabilities of all candidates: the first pass, then (with `stack`) the stacked pass over it, which
 * reuses each candidate's first-pass features (the same as `stackedFeatures`, computed once). `out`:
 * where to write them (at least as long as `cands`; default a new array); returns it.
 */
export function rerankAll(
  wt: RerankWeights,
  stack: RerankWeights | undefined,
  p: Prepared,
  cands: readonly Candidate[],
  feats: Int32Array,
  out: Float64Array = new Float64Array(cands.length),
): Float64Array {
  const m = cands.length;
  if (!stack) {
    for (let k = 0; k < m; k++) out[k] = rerankScore(wt, p, cands, k, feats);
    return out;
  }
  const F = MAX_STACKED_FEATURES;
  if (stackCounts.length < m) {
    stackCounts = new Int32Array(Math.max(m, 2 * stackCounts.length));
    stackBuffer = new Int32Array(stackCounts.length * F);
    firstBuffer = new Float64Array(stackCounts.length);
  }
  const buf = stackBuffer;
  const first = firstBuffer;
  for (let k = 0; k < m; k++) {
    const nf = rerankFeaturesAt(p, cands, k, buf, k * F);
    stackCounts[k] = nf;
    first[k] = logisticAt(wt, buf, k * F, nf);
  }
  for (let k = 0; k < m; k++) {
    const nf = stackedTail(p, cands, k, first, buf, k * F, stackCounts[k]);
    out[k] = logisticAt(stack, buf, k * F, nf);
  }
  return out;
}

function logisticAt(wt: RerankWeights, feats: Int32Array, at: number, nf: number): number {
  let z = 0;
  for (let j = at; j < at + nf; j++) z += wt.w[feats[j] & wt.mask];
  z = z * wt.scale + wt.bias;
  return 1 / (1 + Math.exp(-z));
}
