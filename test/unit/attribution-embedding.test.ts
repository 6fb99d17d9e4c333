import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { embeddingPriorOf, prepare, setCuePrior, setEmbeddingNeighbours, type EmbeddingNeighbours } from '../../src/core/model/features';
import { CUE_LEXICON } from '../../src/core/data/cue-lexicon';
import classes from '../../src/core/data/generated/embedding-classes.json';

describe('attribution model: word-vector classes and embedding cue prior', () => {
  it('embeddingPriorOf: the cosine-weighted mean of the neighbours\' bucket probabilities, as a bucket; below bucket 1 left out', () => {
    const entries = [
      { probability: 0.7, forms: ['said', 'says'] }, // bucket 7 (0.8)
      { probability: 0.25, forms: ['argued'] }, // bucket 5 (0.275)
      { probability: 0.01, forms: ['noted'] }, // bucket 1 (0.01)
    ];
    const neighbours: EmbeddingNeighbours = new Map([
      ['stated', [['said', 0.8], ['says', 0.2]] as const], // 0.8 -> bucket 7
      ['contended', [['argued', 0.5], ['table', 0.5]] as const], // 0.1375 -> bucket 4
      ['table', [['chair', 0.9], ['noted', 0.1]] as const], // 0.001 -> none
      ['alone', []], // no neighbours -> none
    ]);
    assert.deepEqual([...embeddingPriorOf(neighbours, entries)], [
      ['stated', 7],
      ['contended', 4],
    ]);
  });

  it('the prior follows setCuePrior once neighbours are set, and reaches prepare as eprior', () => {
    const text = 'She contended that the table was stated.';
    const toks = tokenize(text);
    const at = (w: string): number => toks.findIndex((t) => t.lower === w);
    const neighbours: EmbeddingNeighbours = new Map([['contended', [['argued', 1]] as const]]);
    try {
      setEmbeddingNeighbours(neighbours);
      setCuePrior([{ probability: 0.25, forms: ['argued'] }]);
      let p = prepare(text, toks, splitSentences(text), null);
      assert.deepEqual([p.eprior[at('contended')], p.eprior[at('table')], p.eprior[at('stated')]], [5, 0, 0]);
      setCuePrior([{ probability: 0.5, forms: ['argued'] }]);
      p = prepare(text, toks, splitSentences(text), null);
      assert.equal(p.eprior[at('contended')], 6);
    } finally {
      setEmbeddingNeighbours(null);
      setCuePrior(CUE_LEXICON);
    }
  });

  it('word-vector classes: fine and coarse class per lower-case word, one class per word', () => {
    const c = classes as { fine: string[]; coarseOf: number[] };
    assert.equal(c.coarseOf.length, c.fine.length);
    const seen = new Set<string>();
    for (const ws of c.fine) for (const w of ws.split(' ')) {
      assert.ok(!seen.has(w), w);
      assert.match(w, /^[a-z]+(?:-[a-z]+)?$/);
      seen.add(w);
    }
    const text = 'Officials said the plan was backing reform.';
    const toks = tokenize(text);
    const p = prepare(text, toks, splitSentences(text), null);
    const fineOf = (w: string): number => c.fine.findIndex((ws) => ws.split(' ').includes(w)) + 1;
    for (const w of ['officials', 'said', 'backing', 'reform']) {
      const i = toks.findIndex((t) => t.lower === w);
      assert.equal(p.efine[i], fineOf(w), w);
      assert.equal(p.ecoarse[i], c.coarseOf[fineOf(w) - 1] + 1, w);
    }
    assert.equal(p.efine[toks.length - 1], 0); // the full stop
  });
});
