import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { loadAttributionModel, predictAttributions } from '../../src/core/model/attribution-model';
import { prepare } from '../../src/core/model/features';
import { candidates } from '../../src/core/model/tagger';
import { MAX_RERANK_FEATURES, rerankFeatures, rerankScore, type Candidate } from '../../src/core/model/rerank';

describe('attribution model second stage', () => {
  const text = 'Officials said the dam was safe. "We were not warned," a farmer told reporters on Monday.';
  const toks = tokenize(text);
  const sents = splitSentences(text);
  const model = loadAttributionModel();

  it('the bundled model has a second stage, and each cue it returns carries the second stage\'s probability', () => {
    assert.ok(model.rerank);
    const rr = model.rerank;
    const p = prepare(text, toks, sents, model.filter);
    const n = toks.length;
    const cands = candidates(model, rr.candidateBias, p, undefined, {}, new Uint8Array(n), new Uint8Array(n));
    const feats = new Int32Array(MAX_RERANK_FEATURES);
    const expected = cands
      .map((c, k) => ({ c, score: rerankScore(rr.weights, p, cands, k, feats) }))
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
});
