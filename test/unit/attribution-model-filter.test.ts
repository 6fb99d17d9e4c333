import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { predictAttributions, type OffsetSpan } from '../../src/core/model/attribution-model';

describe('predictAttributions keepCue and cueCanStart', () => {
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
    // the filter judged every cue with its final score (the second stage also asks it first with
    // score 1, before the cue's source and content are read, and shows it the candidates below the
    // model's own threshold, 0.5, which are left out without a filter)
    for (const a of all) assert.ok(seen.some(([c, s]) => c.start === a.cue.start && c.end === a.cue.end && (s === a.score || s === 1)));
    assert.ok(seen.some(([c, s]) => c.start === all[1].cue.start && s === all[1].score));
    assert.ok(seen.every(([c, s]) => s === 1 || s < 0.5 || all.some((a) => a.cue.start === c.start && a.cue.end === c.end && a.score === s)));
    assert.deepEqual(kept, [all[1]]);
  });

  it('cueCanStart: no cue begins where it says no, the other cues come out the same', () => {
    const all = predictAttributions(text, toks, sents);
    const farmerSaid = toks.findIndex((t) => t.start === all[0].cue.start);
    const officialsSaid = toks.findIndex((t) => t.start === all[1].cue.start);
    assert.ok(farmerSaid > 0 && officialsSaid > farmerSaid);
    assert.deepEqual(predictAttributions(text, toks, sents, { cueCanStart: (i) => i !== farmerSaid }), [all[1]]);
    // only tokens up to the first cue may begin one: the tagger may stop there, the first cue is unchanged
    assert.deepEqual(predictAttributions(text, toks, sents, { cueCanStart: (i) => i <= farmerSaid }), [all[0]]);
    assert.deepEqual(predictAttributions(text, toks, sents, { cueCanStart: () => false }), []);
  });
});
