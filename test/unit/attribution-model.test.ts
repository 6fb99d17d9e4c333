import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { predictAttributions, type PredictedAttribution } from '../../src/core/model/attribution-model';
import { decodeWeights, encodeWeights, fromBase64, toBase64 } from '../../src/core/model/codec';
import { CUE_LEXICON } from '../../src/core/data/cue-lexicon';
import { DENIAL_VERBS } from '../../src/core/data/denials';
import { F_GATE, HashedWords, MODEL_DENIAL_LEMMAS, MAX_FEATURES, WordFilter, cueContext, cueFeatures, cueGateOf, cueSkips, prepare, roleFeatures } from '../../src/core/model/features';
import { CueSumsPool, RoleTables, scoreRole } from '../../src/core/model/role-scorer';
import { B, I, O, score, scoreCue } from '../../src/core/model/tagger';

function run(text: string): PredictedAttribution[] {
  return predictAttributions(text, tokenize(text), splitSentences(text));
}

/** The span of `part` (which must occur once in `text`). */
function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  assert.ok(start >= 0 && text.indexOf(part, start + 1) < 0, `fixture: "${part}" must occur once`);
  return { start, end: start + part.length };
}

function only(text: string): PredictedAttribution {
  const found = run(text);
  assert.equal(found.length, 1, `expected one attribution in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0];
}

describe('attribution model (learned from PolNeAR train)', () => {
  it('postposed quotation: "...," Smith said.', () => {
    const text = '"The plan will fail," Smith said.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'said'));
    assert.deepEqual(a.source, span(text, 'Smith'));
    assert.deepEqual(a.content, span(text, '"The plan will fail,"'));
    assert.ok(a.score > 0.5 && a.score <= 1);
  });

  it('according to, preposed', () => {
    const text = 'According to the report, prices rose 5 percent.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'According to'));
    assert.deepEqual(a.source, span(text, 'the report'));
    assert.deepEqual(a.content, span(text, 'prices rose 5 percent'));
  });

  it('told reporters that ...', () => {
    const text = 'Jones told reporters that the vote was rigged.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'told'));
    assert.deepEqual(a.source, span(text, 'Jones'));
    assert.deepEqual(a.content, span(text, 'that the vote was rigged'));
  });

  it('preposed with a complement clause: X said the ...', () => {
    const text = 'The mayor said the bridge would reopen in March.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'said'));
    assert.deepEqual(a.source, span(text, 'The mayor'));
    assert.deepEqual(a.content, span(text, 'the bridge would reopen in March'));
  });

  it('inverted: "...," said Minister X.', () => {
    const text = '"We will not retreat," said Minister Karel Novak.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'said'));
    assert.deepEqual(a.source, span(text, 'Minister Karel Novak'));
    assert.deepEqual(a.content, span(text, '"We will not retreat,"'));
  });

  it('a quotation over several sentences, attributed once at its end', () => {
    const quote = '"We have done nothing wrong. Every contract was legal. We will prove it in court,"';
    const text = `${quote} the mayor told reporters on Friday.`;
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'told'));
    assert.deepEqual(a.source, span(text, 'the mayor'));
    assert.deepEqual(a.content, span(text, quote));
  });

  it('a quotation hard-wrapped over two lines is one content', () => {
    const quote = '"The bridge will not open before March,\nand nobody can change that,"';
    const text = `${quote} the mayor said.`;
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'said'));
    assert.deepEqual(a.source, span(text, 'the mayor'));
    assert.deepEqual(a.content, span(text, quote));
  });

  it('postposed according to', () => {
    const text = 'Prices rose 5 percent last year, according to people familiar with the matter.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'according to'));
    assert.deepEqual(a.source, span(text, 'people familiar with the matter'));
    assert.deepEqual(a.content, span(text, 'Prices rose 5 percent last year'));
  });

  it('a document as source: The report found that ...', () => {
    const text = 'The report found that emissions had fallen by a third.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'found'));
    assert.deepEqual(a.source, span(text, 'The report'));
    assert.deepEqual(a.content, span(text, 'that emissions had fallen by a third'));
  });

  it('the score ranks a clear cue above a doubtful one', () => {
    const clear = only('"The plan will fail," Smith said.');
    const text = 'Officials believe the fire was started deliberately.';
    const doubtful = run(text);
    assert.ok(doubtful.every((a) => a.score < clear.score), JSON.stringify(doubtful));
  });

  it('offsets are into the given text, also after non-ASCII characters', () => {
    const text = 'Café owners 🍰 met on Monday. “We cannot pay the new tax,” Dana Ortiz said.';
    const found = run(text);
    const said = found.find((a) => text.slice(a.cue.start, a.cue.end) === 'said');
    assert.ok(said, JSON.stringify(found));
    assert.deepEqual(said.source, span(text, 'Dana Ortiz'));
    assert.deepEqual(said.content, span(text, '“We cannot pay the new tax,”'));
  });

  describe('sentence selection', () => {
    const text = 'The river rose two meters. "We were not warned. Nobody called us," a farmer said. Officials said the dam was safe.';
    const toks = tokenize(text);
    const sents = splitSentences(text);
    const texts = (found: PredictedAttribution[]): Array<Array<string | null>> =>
      found.map((a) => [a.cue, a.source, a.content].map((x) => (x ? text.slice(x.start, x.end) : null)));

    it('reads a quotation over two sentences as one content', () => {
      assert.equal(sents.length, 4);
      assert.deepEqual(texts(predictAttributions(text, toks, sents)), [
        ['said', 'a farmer', '"We were not warned. Nobody called us,"'],
        ['said', 'Officials', 'the dam was safe'],
      ]);
    });

    it('given only some sentences, ignores the tokens of the others', () => {
      assert.deepEqual(texts(predictAttributions(text, toks, [sents[3]])), [['said', 'Officials', 'the dam was safe']]);
      assert.deepEqual(texts(predictAttributions(text, toks, [sents[2]])), [['said', 'a farmer', 'Nobody called us,"']]);
    });

    it('cueSentences limits where cues are looked for but keeps the other sentences as context', () => {
      assert.deepEqual(texts(predictAttributions(text, toks, sents, { cueSentences: [2] })), [
        ['said', 'a farmer', '"We were not warned. Nobody called us,"'],
      ]);
      assert.deepEqual(texts(predictAttributions(text, toks, sents, { cueSentences: [0, 1] })), []);
    });
  });

  it('a negated speech verb is one cue with its auxiliary and negation: "did not say"', () => {
    const text = 'The minister did not say when the bridge would open.';
    const a = only(text);
    assert.deepEqual(a.cue, span(text, 'did not say'));
    assert.deepEqual(a.source, span(text, 'The minister'));
  });

  it('a negated denial is no cue: "did not deny that ..." neither denies nor states its content', () => {
    assert.deepEqual(run('The governor did not deny that the road had been sold.'), []);
    assert.deepEqual(run('Officials never disputed that the dam had cracked.'), []);
    const text = 'The governor denied that the road had been sold.';
    assert.deepEqual(only(text).cue, span(text, 'denied'));
  });

  it('finds nothing in a sentence without an attribution', () => {
    assert.deepEqual(run('The river rose two meters overnight.'), []);
    assert.deepEqual(run(''), []);
  });

  it('any input: spans lie inside the text, cue before content or around it, score in 0..1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const text = `${s} "${s}," she said.`;
        for (const a of run(text)) {
          for (const sp of [a.cue, a.source, a.content]) {
            if (!sp) continue;
            assert.ok(sp.start >= 0 && sp.start < sp.end && sp.end <= text.length);
          }
          assert.ok(a.score >= 0 && a.score <= 1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('attribution model codec', () => {
  it('round-trips base64 of any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        assert.deepEqual(fromBase64(toBase64(b)), b);
      }),
    );
  });

  it('round-trips sparse int8 weight tables', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(4095), fc.nat(4), fc.integer({ min: -127, max: 127 })), { maxLength: 50 }), (entries) => {
        const w = new Int8Array(4096 * 5);
        for (const [b, l, v] of entries) w[b * 5 + l] = v;
        assert.deepEqual(decodeWeights(encodeWeights(w, 5), 4096, 5), w);
      }),
    );
  });
});

describe('cue lexicon (learned from PolNeAR train)', () => {
  it('has unique ids and lemma-normalised entries with count >= 3 and a probability', () => {
    const ids = new Set(CUE_LEXICON.map((e) => e.id));
    assert.equal(ids.size, CUE_LEXICON.length);
    for (const e of CUE_LEXICON) {
      assert.ok(e.count >= 3 && e.count <= e.occurrences, e.id);
      assert.ok(e.probability > 0 && e.probability <= 1, e.id);
      assert.equal(e.phrase, e.phrase.toLowerCase());
    }
    const say = CUE_LEXICON.find((e) => e.phrase === 'say');
    assert.ok(say && say.forms.includes('said') && say.forms.includes('says'));
    assert.ok(!CUE_LEXICON.some((e) => e.phrase === 'said' || e.phrase === 'says'));
    assert.ok(CUE_LEXICON.some((e) => e.phrase === 'according to'));
  });
});

describe('attribution model: cue gate and cached token sums', () => {
  const text = 'The mayor said the bridge would reopen, she says.';
  const toks = tokenize(text);
  const known = ['the', 'mayor', 'bridge', 'said', 'would'];

  it('the gate passes the forms that began a cue, forms sharing their stem, and unknown lower-case words', () => {
    const filter = new WordFilter(HashedWords.of(known, 19).bits, cueGateOf(['said']));
    const p = prepare(text, toks, splitSentences(text), filter);
    assert.deepEqual(
      toks.filter((_, i) => (p.flags[i] & F_GATE) !== 0).map((t) => t.text),
      ['said', 'reopen', 'she', 'says'],
    );
    // after O the tagger skips what the gate stops; inside a cue it reads every word
    const the = 3;
    assert.equal(toks[the].text, 'the');
    assert.equal(cueSkips(p, the, O), true);
    assert.equal(cueSkips(p, the, B), false);
    // without a gate every token passes but those the tagger never reads (punctuation other than a colon)
    const open = prepare(text, toks, splitSentences(text), new WordFilter(HashedWords.of(known, 19).bits));
    assert.deepEqual(
      toks.filter((_, i) => (open.flags[i] & F_GATE) === 0).map((t) => t.text),
      [',', '.'],
    );
    assert.equal(cueSkips(open, toks.length - 1, B), true);
  });

  it('scoreCue with an int8 table gives exactly the scores of score over cueFeatures, also from its cache', () => {
    const bits = 12;
    const w = new Int8Array((1 << bits) * 3);
    let s = 7;
    for (let i = 0; i < w.length; i++) {
      s = (Math.imul(s, 1103515245) + 12345) | 0;
      w[i] = (s >> 16) % 128;
    }
    const wt = { labels: 3, mask: (1 << bits) - 1, w, scale: 1, bias: [0, 0.25, -0.5] };
    const qt = '"We will not pay," the mayor said. "Never." She says the bridge would reopen.';
    const qtoks = tokenize(qt);
    const p = prepare(qt, qtoks, splitSentences(qt), new WordFilter(HashedWords.of(known, 19).bits));
    const feats = new Int32Array(MAX_FEATURES);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    let compared = 0;
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < p.ns; k++) {
        for (let i = p.sentStart[k]; i < p.sentEnd[k]; i++) {
          for (const [prev, prev2] of [[O, O], [B, O], [I, B], [O, I]]) {
            score(wt, feats, cueFeatures(p, i, p.sentStart[k], p.sentEnd[k], prev, prev2, feats), a);
            scoreCue(wt, p, i, p.sentStart[k], p.sentEnd[k], prev, prev2, b);
            assert.deepEqual([...b], [...a]);
            compared++;
          }
        }
      }
    }
    assert.equal(compared, 2 * 4 * qtoks.length);
  });

  it('scoreRole gives exactly the sums of score over roleFeatures, from its dense tables and per-cue sums', () => {
    const bits = 10;
    const w = new Int8Array((1 << bits) * 5);
    let s = 11;
    for (let i = 0; i < w.length; i++) {
      s = (Math.imul(s, 1103515245) + 12345) | 0;
      w[i] = (s >> 16) % 128;
    }
    const mask = (1 << bits) - 1;
    const wt = { labels: 5, mask, w, scale: 1 };
    const rt = new RoleTables(w, mask);
    // a pool of one slot: a cue of the same words right after reuses its sums, any other starts over
    const pool = new CueSumsPool(1);
    // quotations before and after the cue, a second sentence, commas, clause words, capitals
    const qt =
      'In Paris, "we will not pay, and they know it," the mayor of Lyon said on Monday, "because the bridge, which fell, was theirs." Officials who asked not to be named agreed. ' +
      'The mayor said that it fell. The mayor said the bridge fell.';
    const qtoks = tokenize(qt);
    const p = prepare(qt, qtoks, splitSentences(qt), new WordFilter(HashedWords.of(known, 19).bits));
    const feats = new Int32Array(MAX_FEATURES);
    const a = new Float64Array(5);
    const b = new Float64Array(5);
    let compared = 0;
    const said = qtoks.map((t, i) => (t.text === 'said' ? i : -1)).filter((i) => i >= 0);
    assert.equal(said.length, 3);
    const agreed = qtoks.findIndex((t) => t.text === 'agreed');
    // the last two cues differ only in the word after them ("that", "the")
    const cues = [[said[0], said[0]], [said[0], said[0]], [1, 1], [agreed, agreed + 1], [said[1], said[1]], [said[2], said[2]], [said[2], said[2]], [said[1], said[1]]];
    for (const [cs, ce] of cues) {
      const c = cueContext(p, cs, ce);
      const sums = pool.of(w, mask, c);
      for (let round = 0; round < 2; round++) {
        for (let i = c.lo; i < c.hi; i++) {
          if (i >= c.cs && i <= c.ce) continue;
          for (let prev = 0; prev < 5; prev++) {
            for (const prev2 of [0, 1, 3, 4]) {
              score(wt, feats, roleFeatures(p, c, i, prev, prev2, feats), a);
              scoreRole(w, mask, rt, sums, p, c, i, prev, prev2, b);
              assert.deepEqual([...b], [...a], `cue ${cs}..${ce}, token ${i} after ${prev2} ${prev}`);
              compared++;
            }
          }
        }
      }
    }
    assert.ok(compared > 400, `compared ${compared}`);
  });
});
describe('thirty-third session: the model\'s denial lemmas', () => {
  it('are the seventeen it was trained with, whatever the rules\' list holds since', () => {
    assert.deepEqual([...MODEL_DENIAL_LEMMAS], ['contest', 'contradict', 'debunk', 'deny', 'disavow', 'discredit', 'dismiss', 'disprove', 'dispute', 'rebuff', 'rebut', 'refute', 'reject', 'repudiate', 'retract', 'slam', 'withdraw']);
    // (the rules know more: "show", "find", "say", "question")
    for (const lemma of ['show', 'find', 'say', 'question']) assert.ok(DENIAL_VERBS.some((v) => v.lemma === lemma), lemma);
  });
});
