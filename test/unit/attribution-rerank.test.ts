import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { loadAttributionModel, predictAttributions } from '../../src/core/model/attribution-model';
import { mix, prepare } from '../../src/core/model/features';
import { candidates } from '../../src/core/model/tagger';
import { MAX_RERANK_FEATURES, MAX_STACKED_FEATURES, rerankAll, rerankFeatures, rerankScore, stackedFeatures, type Candidate, type RerankWeights } from '../../src/core/model/rerank';

describe('attribution model second stage', () => {
  const text = 'Officials said the dam was safe. "We were not warned," a farmer told reporters on Monday.';
  const toks = tokenize(text);
  const sents = splitSentences(text);
  const model = loadAttributionModel();

  it('the bundled model has a second stage with a stacked pass, and each cue it returns carries the stacked pass\'s probability', () => {
    assert.ok(model.rerank);
    const rr = model.rerank;
    assert.ok(rr.stack);
    const stack = rr.stack;
    const p = prepare(text, toks, sents, model.filter);
    const n = toks.length;
    const cands = candidates(model, rr.candidateBias, p, undefined, {}, new Uint8Array(n), new Uint8Array(n));
    const feats = new Int32Array(MAX_STACKED_FEATURES);
    // first pass, then the stacked pass over the first pass's probabilities, written out by hand
    const first = cands.map((_, k) => rerankScore(rr.weights, p, cands, k, feats));
    const stacked = (k: number): number => {
      const nf = stackedFeatures(p, cands, k, first, feats);
      let z = 0;
      for (let j = 0; j < nf; j++) z += stack.w[feats[j] & stack.mask];
      return 1 / (1 + Math.exp(-(z * stack.scale + stack.bias)));
    };
    const expected = cands
      .map((c, k) => ({ c, score: stacked(k) }))
      .filter((x) => x.score >= rr.minScore)
      .map((x) => ({ cue: { start: toks[x.c.cue.first].start, end: toks[x.c.cue.last].end }, score: x.score }));
    const found = predictAttributions(text, toks, sents, { model }).map((a) => ({ cue: a.cue, score: a.score }));
    assert.deepEqual(found, expected);
    assert.deepEqual(found.map((a) => text.slice(a.cue.start, a.cue.end)), ['said', 'told']);
  });

  it('a candidate inside another candidate\'s content is seen as nested', () => {
    const p = prepare(text, toks, sents, model.filter);
    const said = toks.findIndex((t) => t.text === 'said');
    const told = toks.findIndex((t) => t.text === 'told');
    const inner: Candidate = { cue: { first: told, last: told }, source: null, content: null, margin: 20 };
    const outerApart: Candidate = { cue: { first: said, last: said }, source: null, content: { first: said + 1, last: said + 5 }, margin: 40 };
    const outerAround: Candidate = { cue: { first: said, last: said }, source: null, content: { first: said + 1, last: toks.length - 1 }, margin: 40 };
    const f = (cands: Candidate[]): number[] => {
      const out = new Int32Array(MAX_RERANK_FEATURES);
      return [...out.slice(0, rerankFeatures(p, cands, 1, out))];
    };
    const apart = f([outerApart, inner]);
    const around = f([outerAround, inner]);
    assert.equal(apart.length, around.length);
    assert.notDeepEqual(apart, around);
    // only the nesting features differ
    assert.equal(apart.filter((x, i) => x !== around[i]).length, 3);
  });

  it('the stacked pass sees how probable the candidate is whose content holds a cue', () => {
    const p = prepare(text, toks, sents, model.filter);
    const said = toks.findIndex((t) => t.text === 'said');
    const told = toks.findIndex((t) => t.text === 'told');
    const outer: Candidate = { cue: { first: said, last: said }, source: null, content: { first: said + 1, last: toks.length - 1 }, margin: 40 };
    const inner: Candidate = { cue: { first: told, last: told }, source: null, content: null, margin: 20 };
    const f = (first: number[]): number[] => {
      const out = new Int32Array(MAX_STACKED_FEATURES);
      return [...out.slice(0, stackedFeatures(p, [outer, inner], 1, first, out))];
    };
    const sure = f([0.95, 0.5]);
    const unsure = f([0.15, 0.5]);
    const base = new Int32Array(MAX_RERANK_FEATURES);
    const nBase = rerankFeatures(p, [outer, inner], 1, base);
    // the first pass's features, then eight stacked ones
    assert.equal(sure.length, nBase + 8);
    assert.deepEqual(sure.slice(0, nBase), [...base.slice(0, nBase)]);
    assert.deepEqual(unsure.slice(0, nBase), sure.slice(0, nBase));
    // only the features with the outer candidate's probability differ (the two cues are in different
    // sentences, so the sentence's best other candidate is none in both)
    const differ = sure.map((x, i) => (x !== unsure[i] ? i - nBase : -1)).filter((i) => i >= 0);
    assert.deepEqual(differ, [1, 4, 5, 6]);
    // the inner candidate's own probability moves only its own features
    const own = f([0.95, 0.9]).map((x, i) => (x !== sure[i] ? i - nBase : -1)).filter((i) => i >= 0);
    assert.deepEqual(own, [0, 1, 2, 3, 6, 7]);
  });

  it('without a stacked pass, rerankAll gives the first pass\'s probabilities; with one, the stacked probabilities', () => {
    const text2 = 'Officials said the dam was safe, and a farmer who believes it will hold told reporters he was not worried.';
    const toks2 = tokenize(text2);
    const p = prepare(text2, toks2, splitSentences(text2), model.filter);
    const rr = model.rerank!;
    const n = toks2.length;
    const cands = candidates(model, rr.candidateBias, p, undefined, {}, new Uint8Array(n), new Uint8Array(n));
    assert.ok(cands.length >= 2);
    const feats = new Int32Array(MAX_STACKED_FEATURES);
    const first = cands.map((_, k) => rerankScore(rr.weights, p, cands, k, feats));
    assert.deepEqual([...rerankAll(rr.weights, undefined, p, cands, feats)], first);
    // a stacked pass whose only weight is on its first-pass probability bucket of 0.9..1 (template 301, own 9)
    const w = new Int8Array(rr.weights.mask + 1);
    w[mix(301, 9) & rr.weights.mask] = 4;
    const probe: RerankWeights = { mask: rr.weights.mask, w, scale: 1, bias: -2 };
    const stackedOnly = [...rerankAll(rr.weights, probe, p, cands, feats)];
    assert.deepEqual(stackedOnly, first.map((f) => 1 / (1 + Math.exp(f >= 0.9 ? -2 : 2))));
    // the fixture holds both kinds ("said" sure, "told" in the relative clause's sentence not)
    assert.ok(first.some((f) => f >= 0.9) && first.some((f) => f < 0.9));
  });

  it('rerankAll writes into a given longer array the probabilities it returns in a new one, and leaves the rest', () => {
    const text2 = 'Officials said the dam was safe, and a farmer who believes it will hold told reporters he was not worried.';
    const toks2 = tokenize(text2);
    const p = prepare(text2, toks2, splitSentences(text2), model.filter);
    const rr = model.rerank!;
    const cands = candidates(model, rr.candidateBias, p, undefined, {}, new Uint8Array(toks2.length), new Uint8Array(toks2.length));
    const feats = new Int32Array(MAX_STACKED_FEATURES);
    const fresh = [...rerankAll(rr.weights, rr.stack, p, cands, feats)];
    const out = new Float64Array(cands.length + 3).fill(-1);
    assert.equal(rerankAll(rr.weights, rr.stack, p, cands, feats, out), out);
    assert.deepEqual([...out], [...fresh, -1, -1, -1]);
    // again, after a call with fewer candidates (its buffers then hold another text's first pass)
    rerankAll(rr.weights, rr.stack, p, cands.slice(1), feats);
    assert.deepEqual([...rerankAll(rr.weights, rr.stack, p, cands, feats, out).subarray(0, cands.length)], fresh);
  });
});
