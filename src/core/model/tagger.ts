/**
 * Greedy left-to-right decoding of the two attribution taggers (cue tagger, then a source/content
 * tagger per cue) over hashed feature weights. Used by the runtime model and by the trainer.
 */
import type { Token } from '../text/tokenize';
import { CueTables, cueContextScores } from './cue-scorer';
import { CueSumsPool, RoleTables, scoreRole } from './role-scorer';
import { rerankAll, MAX_STACKED_FEATURES, type Candidate, type RerankWeights } from './rerank';
import {
  CUE_LABELS,
  MAX_FEATURES,
  ROLE_LABELS,
  cueContext,
  cueFeatures,
  cuePrevFeatures,
  cueTokenFeatures,
  cueTokenVariant,
  cueSkips,
  F_AUX,
  F_DENY,
  F_NEG,
  prepare,
  PrepareBuffers,
  roleFeatures,
  type CueContext,
  type Prepared,
  type SentenceRange,
  type WordFilter,
} from './features';
import { grownFloat64, grownInt32 } from '../util/typed';

/** A linear scorer over hashed features: weights[(hash & mask) * labels + label]. */
export interface Weights {
  labels: number;
  mask: number;
  w: ArrayLike<number>;
  /** Multiplier turning a score margin into a logit (for the confidence score). */
  scale: number;
  /** Per-label offsets added to every score (tuned on held-out data to balance precision and recall). */
  bias?: ArrayLike<number>;
}

export interface TokenSpan {
  /** First and last token (inclusive). */
  first: number;
  last: number;
}

export interface TaggedAttribution {
  cue: TokenSpan;
  source: TokenSpan | null;
  content: TokenSpan | null;
  /** Confidence of the cue, 0..1. */
  score: number;
}

export const O = 0;
export const B = 1;
export const I = 2;
export const SB = 1;
export const SI = 2;
export const CB = 3;
export const CI = 4;

const feats = new Int32Array(MAX_FEATURES);

/** Sums the weights of `nf` features into `scores` (length = labels). */
export function score(wt: Weights, f: Int32Array, nf: number, scores: Float64Array): void {
  const w = wt.w;
  const mask = wt.mask;
  if (wt.labels === 3) {
    scores[0] = 0;
    scores[1] = 0;
    scores[2] = 0;
    add3(w, mask, f, nf, scores);
    if (wt.bias) for (let l = 0; l < 3; l++) scores[l] += wt.bias[l];
    return;
  }
  if (wt.labels === 5) {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let e = 0;
    for (let j = 0; j < nf; j++) {
      const base = (f[j] & mask) * 5;
      a += w[base];
      b += w[base + 1];
      c += w[base + 2];
      d += w[base + 3];
      e += w[base + 4];
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
    scores[3] = d;
    scores[4] = e;
    if (wt.bias) for (let l = 0; l < 5; l++) scores[l] += wt.bias[l];
    return;
  }
  const L = wt.labels;
  for (let l = 0; l < L; l++) scores[l] = 0;
  for (let j = 0; j < nf; j++) {
    const base = (f[j] & mask) * L;
    for (let l = 0; l < L; l++) scores[l] += w[base + l];
  }
  if (wt.bias) for (let l = 0; l < L; l++) scores[l] += wt.bias[l];
}

/** Whether `label` may follow `prev` (an inside tag needs its begin tag). */
export function allowedCue(prev: number, label: number): boolean {
  return label !== I || prev !== O;
}
export function allowedRole(prev: number, label: number): boolean {
  if (label === SI) return prev === SB || prev === SI;
  if (label === CI) return prev === CB || prev === CI;
  return true;
}

export function argmaxAllowed(scores: Float64Array, L: number, prev: number, allowed: (p: number, l: number) => boolean): number {
  let best = 0;
  let bs = -Infinity;
  for (let l = 0; l < L; l++) {
    if (!allowed(prev, l)) continue;
    if (scores[l] > bs) {
      bs = scores[l];
      best = l;
    }
  }
  return best;
}

const cueScores = new Float64Array(CUE_LABELS);

/**
 * The cue tagger's scores of token i. With an int8 weight table the weights of the token's own features
 * (and, after two O tags, of the features of the tags before) are summed once per distinct token text
 * and variant and kept (`TokenSums`); integer sums are exact in any order, so the scores are the same
 * as `score` over `cueFeatures`.
 */
export function scoreCue(wt: Weights, p: Prepared, i: number, lo: number, hi: number, prev: number, prev2: number, scores: Float64Array): void {
  const w = wt.w;
  if (!(w instanceof Int8Array) || wt.labels !== 3) {
    score(wt, feats, cueFeatures(p, i, lo, hi, prev, prev2, feats), scores);
    return;
  }
  const cache = p.sums;
  if (cache.cueOf !== w) {
    cache.cueOf = w;
    cache.cueDone.fill(0);
    cache.context.fill(0);
    cache.cuePos.fill(0);
    cache.cueLeft.fill(0);
    cache.cueRight.fill(0);
  }
  const sums = cache.cueSums;
  const id = p.tid[i];
  // variants 4..7: after two O tags, with the features of the tags before
  const afterO = prev === O && prev2 === O;
  const v = cueTokenVariant(p, i) + (afterO ? 4 : 0);
  const o = id * 24 + v * 3;
  const mask = wt.mask;
  if ((cache.cueDone[id] & (1 << v)) === 0) {
    let nt = cueTokenFeatures(p, i, feats);
    if (afterO) nt = cuePrevFeatures(p, i, O, O, feats, nt);
    own[0] = 0;
    own[1] = 0;
    own[2] = 0;
    add3(w, mask, feats, nt, own);
    sums[o] = own[0];
    sums[o + 1] = own[1];
    sums[o + 2] = own[2];
    cache.cueDone[id] |= 1 << v;
  }
  scores[0] = sums[o];
  scores[1] = sums[o + 1];
  scores[2] = sums[o + 2];
  cueContextScores(cueTablesOf(w, mask), cache, p, i, lo, hi, prev, prev2, !afterO, scores);
  if (wt.bias) for (let l = 0; l < 3; l++) scores[l] += wt.bias[l];
}

let cueTables: CueTables | null = null;

/** The dense tables of the small-state cue context features of an int8 table (made once per table). */
function cueTablesOf(w: Int8Array, mask: number): CueTables {
  if (cueTables === null || cueTables.w !== w || cueTables.mask !== mask) cueTables = new CueTables(w, mask);
  return cueTables;
}

const own = new Float64Array(3);

/** Adds the weights of features f[0..n) for three labels to acc[0..2] (in feature order). */
function add3(w: ArrayLike<number>, mask: number, f: Int32Array, n: number, acc: Float64Array): void {
  let a = acc[0];
  let b = acc[1];
  let c = acc[2];
  for (let j = 0; j < n; j++) {
    const base = (f[j] & mask) * 3;
    a += w[base];
    b += w[base + 1];
    c += w[base + 2];
  }
  acc[0] = a;
  acc[1] = b;
  acc[2] = c;
}
const roleScores = new Float64Array(ROLE_LABELS);

/**
 * Cues the cue tagger found, in order: first and last token (inclusive), and the begin tag's margin over
 * the best other label, at the same index of three lists. One instance is kept from call to call (an
 * object per cue, with its margin boxed, was most of what the tagger allocated).
 */
export class TaggedCues {
  first = new Int32Array(64);
  last = new Int32Array(64);
  margin = new Float64Array(64);
  /** How many cues the lists hold (their first entries). */
  n = 0;

  /** Adds a cue of one token. */
  add(first: number, margin: number): void {
    if (this.n === this.first.length) this.grow();
    this.first[this.n] = first;
    this.last[this.n] = first;
    this.margin[this.n] = margin;
    this.n++;
  }

  /** Moves cue k to index j (j <= k: the lists are filtered in place). */
  move(k: number, j: number): void {
    this.first[j] = this.first[k];
    this.last[j] = this.last[k];
    this.margin[j] = this.margin[k];
  }

  private grow(): void {
    const size = 2 * this.first.length;
    this.first = grownInt32(this.first, size);
    this.last = grownInt32(this.last, size);
    this.margin = grownFloat64(this.margin, size);
  }
}

/**
 * Tags cues in sentence [lo, hi); writes labels into `tags`. Adds the cues it keeps to the end of `out`.
 * `lastStart`: the caller wants no cue that begins after this token, so tagging stops after it as
 * soon as no cue is open (the cues that begin up to it come out the same; later tokens keep no label).
 */
export function tagCues(wt: Weights, p: Prepared, lo: number, hi: number, tags: Uint8Array, lastStart: number, out: TaggedCues): void {
  let prev = O;
  let prev2 = O;
  const from = out.n;
  for (let i = lo; i < hi; i++) {
    if (i > lastStart && prev === O) break;
    if (cueSkips(p, i, prev)) {
      tags[i] = O;
      prev2 = prev;
      prev = O;
      continue;
    }
    scoreCue(wt, p, i, lo, hi, prev, prev2, cueScores);
    const y = argmaxAllowed(cueScores, CUE_LABELS, prev, allowedCue);
    tags[i] = y;
    if (y === B) {
      // margin over the best other label that may stand here
      const other = prev === O ? cueScores[O] : Math.max(cueScores[O], cueScores[I]);
      out.add(i, cueScores[B] - other);
    } else if (y === I && out.n > from) out.last[out.n - 1] = i;
    prev2 = prev;
    prev = y;
  }
  // No cue: an auxiliary alone ("did" when the tagger began "did not deny" and broke off), or a verb
  // right after a negation left outside the cue (annotators take "did not say" whole: in PolNeAR train
  // 261 cues include the negation before them, 4 begin right after it).
  // Nor is a negated denial ("did not deny that X"): it neither denies X nor states it (PolNeAR train has none).
  let kept = from;
  for (let k = from; k < out.n; k++) {
    const first = out.first[k];
    const last = out.last[k];
    if (first === last && (p.flags[first] & F_AUX) !== 0) continue;
    if (first > lo && (p.flags[first - 1] & F_NEG) !== 0) continue;
    if (negatedDenial(p, first, last)) continue;
    out.move(k, kept++);
  }
  out.n = kept;
}

function negatedDenial(p: Prepared, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if ((p.flags[i] & F_NEG) !== 0 && (p.flags[i + 1] & F_DENY) !== 0) return true;
  return false;
}

let roleTables: RoleTables | null = null;
const cueSumsPool = new CueSumsPool();

/** The dense tables of the small-state role features of an int8 table (made once per table). */
function roleTablesOf(w: Int8Array, mask: number): RoleTables {
  if (roleTables === null || roleTables.w !== w || roleTables.mask !== mask) roleTables = new RoleTables(w, mask);
  return roleTables;
}

/** Tags source and content tokens for one cue; writes labels for the scope into `tags` (indexed from c.lo). */
export function tagRoles(wt: Weights, p: Prepared, c: CueContext, tags: Uint8Array): void {
  let prev = O;
  let prev2 = O;
  const w = wt.w;
  const rt = w instanceof Int8Array && wt.labels === ROLE_LABELS ? roleTablesOf(w, wt.mask) : null;
  const cueSums = rt !== null ? cueSumsPool.of(rt.w, wt.mask, c) : null;
  if (rt !== null) {
    if (p.sums.roleOf !== w) {
      p.sums.roleOf = w;
      p.sums.role.fill(0);
      p.sums.rolePos.fill(0);
      p.sums.roleState.fill(0);
      p.sums.roleWords.fill(0);
      p.sums.roleDense.fill(0);
    }
  }
  const bias = wt.bias;
  for (let i = c.lo; i < c.hi; i++) {
    let y = O;
    if (i < c.cs || i > c.ce) {
      if (rt !== null && cueSums !== null) {
        scoreRole(rt.w, wt.mask, rt, cueSums, p, c, i, prev, prev2, roleScores);
        if (bias) for (let l = 0; l < ROLE_LABELS; l++) roleScores[l] += bias[l];
      } else {
        const nf = roleFeatures(p, c, i, prev, prev2, feats);
        score(wt, feats, nf, roleScores);
      }
      y = argmaxAllowed(roleScores, ROLE_LABELS, prev, allowedRole);
    }
    tags[i - c.lo] = y;
    prev2 = prev;
    prev = y;
  }
}

/**
 * Turns role tags into one source span (the segment nearest the cue) and one content span: the
 * content segment nearest the cue, joined with further content segments only across gaps made of
 * the cue, the source, punctuation or at most two other tokens (`"A," she said, "B."`).
 */
export function rolesToSpans(p: Prepared, c: CueContext, tags: Uint8Array): { source: TokenSpan | null; content: TokenSpan | null } {
  // the source segment nearest the cue (the first of equals), and the content segments (first and last
  // token of each, in a list kept from call to call)
  let sourceA = -1;
  let sourceB = -1;
  let bestDist = Infinity;
  let segStart = -1;
  if (contentSegs.length < 2 * (c.hi - c.lo + 1)) contentSegs = new Int32Array(Math.max(2 * (c.hi - c.lo + 1), 2 * contentSegs.length));
  const cSegs = contentSegs;
  let nSegs = 0;
  let cStart = -1;
  for (let i = c.lo; i <= c.hi; i++) {
    const y = i < c.hi ? tags[i - c.lo] : O;
    const inSource = y === SB || y === SI;
    // a source segment ends before a begin tag or outside the source
    if (segStart >= 0 && (y === SB || !inSource)) {
      const d = segmentDistance(c, segStart, i - 1);
      if (d < bestDist) {
        bestDist = d;
        sourceA = segStart;
        sourceB = i - 1;
      }
      segStart = -1;
    }
    if (inSource && segStart < 0) segStart = i;
    if (y === CB || y === CI) {
      if (cStart < 0) cStart = i;
    } else if (cStart >= 0) {
      cSegs[nSegs++] = cStart;
      cSegs[nSegs++] = i - 1;
      cStart = -1;
    }
  }
  const source: TokenSpan | null = sourceA >= 0 ? { first: sourceA, last: sourceB } : null;
  if (nSegs === 0) return { source, content: null };
  // the segment nearest the cue
  let best = 0;
  let bd = Infinity;
  for (let k = 0; k < nSegs; k += 2) {
    const a = cSegs[k];
    const b = cSegs[k + 1];
    const d = b < c.cs ? c.cs - b : a > c.ce ? a - c.ce : 0;
    if (d < bd) {
      bd = d;
      best = k;
    }
  }
  let first = cSegs[best];
  let last = cSegs[best + 1];
  for (let k = best - 2; k >= 0; k -= 2) {
    if (!bridgeable(p, c, tags, cSegs[k + 1] + 1, first - 1)) break;
    first = cSegs[k];
  }
  for (let k = best + 2; k < nSegs; k += 2) {
    if (!bridgeable(p, c, tags, last + 1, cSegs[k] - 1)) break;
    last = cSegs[k + 1];
  }
  return { source, content: { first, last } };
}

/** Scratch of `rolesToSpans`: the content segments' first and last tokens. */
let contentSegs = new Int32Array(64);

/** How far a segment [a, b] lies from the cue (before it: from its end; else from its start). */
function segmentDistance(c: CueContext, a: number, b: number): number {
  return b < c.cs ? c.cs - b : a - c.ce;
}

/** Whether two content segments may join across tokens [from, to]: only the cue, the source, punctuation or at most two other tokens lie between. */
function bridgeable(p: Prepared, c: CueContext, tags: Uint8Array, from: number, to: number): boolean {
  let other = 0;
  for (let i = from; i <= to; i++) {
    if (i >= c.cs && i <= c.ce) continue;
    const y = tags[i - c.lo];
    if (y === SB || y === SI) continue;
    const k = p.tokens[i].kind;
    if (k === 'punct' || k === 'quote') continue;
    if (++other > 2) return false;
  }
  return true;
}

export interface TaggerModel {
  cue: Weights;
  role: Weights;
  filter: WordFilter | null;
  /** Logistic calibration of the cue score: P(cue) = 1 / (1 + exp(-(a * margin + b))), margin in float units. */
  calibration?: readonly [number, number];
  /**
   * Second stage (./rerank.ts): the cue tagger proposes candidates with `candidateBias` added to the
   * begin tag's score, and the reranker's probability is each cue's score (without a `keep` filter,
   * cues scoring below `minScore` are left out).
   */
  rerank?: {
    weights: RerankWeights;
    candidateBias: number;
    minScore: number;
    /**
     * A stacked pass (./rerank.ts `stackedFeatures`) over the first pass's probabilities, seeing what it
     * made of the candidates around each one: its probability is then the cue's score.
     */
    stack?: RerankWeights;
  };
}

/**
 * Decides from a cue alone (first and last token, confidence) whether the caller can use it: a cue it
 * rejects is left out of the result, and its source and content (the costly part) are never tagged.
 */
export type CueFilter = (first: number, last: number, score: number) => boolean;

/**
 * Whether the caller may want a cue that begins at token i. Where it says no, no cue beginning there
 * is returned, whatever its score: the cue tagger skips sentences without such a token and stops
 * after the last one (once its cue, if any, is complete).
 */
export type CueStartFilter = (i: number) => boolean;

export interface TagFilters {
  keep?: CueFilter;
  canStart?: CueStartFilter;
}

const buffers = new PrepareBuffers();

/** Runs both taggers over a text. */
export function tagText(
  model: TaggerModel,
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  cueSentences?: readonly number[],
  filters: TagFilters = {},
): TaggedAttribution[] {
  const p = prepare(text, tokens, sentences, model.filter, buffers);
  return tagPrepared(model, p, cueSentences, filters);
}

let tagBuffer = new Uint8Array(1024);
let roleBuffer = new Uint8Array(1024);

/** `cueSentences`: indices of the sentences to look for cues in (default: all); `filters`: see `CueFilter`, `CueStartFilter`. */
export function tagPrepared(model: TaggerModel, p: Prepared, cueSentences?: readonly number[], filters: TagFilters = {}): TaggedAttribution[] {
  const { keep, canStart } = filters;
  const out: TaggedAttribution[] = [];
  if (p.n === 0) return out;
  // label buffers, reused across calls: every label is written before it is read
  if (tagBuffer.length < p.n) tagBuffer = new Uint8Array(Math.max(p.n, 2 * tagBuffer.length));
  const cueTags = tagBuffer;
  if (roleBuffer.length < p.n) roleBuffer = new Uint8Array(Math.max(p.n, 2 * roleBuffer.length));
  const roleTags = roleBuffer;
  if (model.rerank) return tagReranked(model, model.rerank, p, cueSentences, filters, cueTags, roleTags);
  const cues = sentenceCues(model.cue, p, cueSentences, canStart, cueTags);
  for (let k = 0; k < cues.n; k++) {
    const first = cues.first[k];
    const last = cues.last[k];
    const [ca, cb] = model.calibration ?? [1, 0];
    const z = ca * cues.margin[k] * model.cue.scale + cb;
    const score = 1 / (1 + Math.exp(-z));
    if (keep && !keep(first, last, score)) continue;
    const ctx = cueContext(p, first, last);
    tagRoles(model.role, p, ctx, roleTags);
    const { source, content } = rolesToSpans(p, ctx, roleTags);
    out.push({ cue: { first, last }, source, content, score });
  }
  return out;
}

/**
 * The cue tagger's cues, in order, in the sentences to look in (`cueSentences`, default all) that may
 * begin where they do (`canStart`); the tagger stops in each sentence after the last token where one may.
 */
function sentenceCues(wt: Weights, p: Prepared, cueSentences: readonly number[] | undefined, canStart: CueStartFilter | undefined, cueTags: Uint8Array): TaggedCues {
  // (the one list, read by the caller before the next call)
  const out = textCues;
  out.n = 0;
  const count = cueSentences ? cueSentences.length : p.ns;
  for (let j = 0; j < count; j++) {
    const k = cueSentences ? cueSentences[j] : j;
    if (k < 0 || k >= p.ns) continue;
    const lo = p.sentStart[k];
    if (lo < 0) continue;
    const hi = p.sentEnd[k];
    let lastStart = hi - 1;
    if (canStart) while (lastStart >= lo && !canStart(lastStart)) lastStart--;
    if (lastStart < lo) continue;
    const from = out.n;
    tagCues(wt, p, lo, hi, cueTags, lastStart, out);
    if (!canStart) continue;
    let kept = from;
    for (let m = from; m < out.n; m++) if (canStart(out.first[m])) out.move(m, kept++);
    out.n = kept;
  }
  return out;
}
const textCues = new TaggedCues();

const rerankFeats = new Int32Array(MAX_STACKED_FEATURES);
/** The second stage's probabilities of a text's candidates, reused across calls (read before the next). */
let rerankScores = new Float64Array(64);

let biased: { of: Weights; bias: number; weights: Weights } | null = null;

/**
 * The cue weights with `candidateBias` (float units) added to the begin tag, made once per model: an
 * object of the same shape as every other `Weights`, so the scoring code stays monomorphic.
 */
function biasedCue(cue: Weights, candidateBias: number): Weights {
  if (biased === null || biased.of !== cue || biased.bias !== candidateBias) {
    const weights: Weights = { labels: cue.labels, mask: cue.mask, w: cue.w, scale: cue.scale, bias: [0, candidateBias / cue.scale, 0] };
    biased = { of: cue, bias: candidateBias, weights };
  }
  return biased.weights;
}

/** The cue tagger's candidates (begin tag biased) with their roles, before the second stage. */
export function candidates(
  model: TaggerModel,
  candidateBias: number,
  p: Prepared,
  cueSentences: readonly number[] | undefined,
  filters: TagFilters,
  cueTags: Uint8Array,
  roleTags: Uint8Array,
): Candidate[] {
  const { keep, canStart } = filters;
  const cueW = biasedCue(model.cue, candidateBias);
  const out: Candidate[] = [];
  const cues = sentenceCues(cueW, p, cueSentences, canStart, cueTags);
  for (let k = 0; k < cues.n; k++) {
    const first = cues.first[k];
    const last = cues.last[k];
    // what the caller rules out whatever the score (overlap with its own findings)
    if (keep && !keep(first, last, 1)) continue;
    const ctx = cueContext(p, first, last);
    tagRoles(model.role, p, ctx, roleTags);
    const { source, content } = rolesToSpans(p, ctx, roleTags);
    out.push({ cue: { first, last }, source, content, margin: cues.margin[k] * model.cue.scale });
  }
  // in text order already when the sentences to look in are
  if (cueSentences && !inCueOrder(out)) out.sort((a, b) => a.cue.first - b.cue.first);
  return out;
}

function inCueOrder(cands: readonly Candidate[]): boolean {
  for (let k = 1; k < cands.length; k++) if (cands[k - 1].cue.first > cands[k].cue.first) return false;
  return true;
}

function tagReranked(
  model: TaggerModel,
  rr: NonNullable<TaggerModel['rerank']>,
  p: Prepared,
  cueSentences: readonly number[] | undefined,
  filters: TagFilters,
  cueTags: Uint8Array,
  roleTags: Uint8Array,
): TaggedAttribution[] {
  const cands = candidates(model, rr.candidateBias, p, cueSentences, filters, cueTags, roleTags);
  const out: TaggedAttribution[] = [];
  if (rerankScores.length < cands.length) rerankScores = new Float64Array(Math.max(cands.length, 2 * rerankScores.length));
  const scores = rerankAll(rr.weights, rr.stack, p, cands, rerankFeats, rerankScores);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const score = scores[k];
    if (filters.keep ? !filters.keep(c.cue.first, c.cue.last, score) : score < rr.minScore) continue;
    out.push({ cue: c.cue, source: c.source, content: c.content, score });
  }
  return out;
}
