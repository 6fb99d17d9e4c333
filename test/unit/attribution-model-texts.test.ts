import * as assert from 'node:assert/strict';
import { tokenize, type Token } from '../../src/core/text/tokenize';
import { F_FIRST, F_GATE, F_SKIP, HashedWords, POS_IDS, WordFilter, cueGateOf, hashString, prepare } from '../../src/core/model/features';

/**
 * What `prepare` records per token text (features.ts `tokenInfo`), computed once per text without
 * building strings: each hash must be the FNV-1a hash of the string the feature templates name.
 */
describe('attribution model: per-text features', () => {
  /** The token of `text` whose text is `word` (which must occur once). */
  function at(toks: readonly Token[], word: string): number {
    const i = toks.findIndex((t) => t.text === word);
    assert.ok(i >= 0 && toks.findIndex((t, k) => k > i && t.text === word) < 0, `fixture: "${word}" must occur once`);
    return i;
  }

  it('a crude stem drops -ies (to -y), -ing, -ed, -es after s/x/ch/sh, a plural -s and then a final e; irregular verbs by their lemma', () => {
    const text = 'x studies insisting warned says denies writes wrote matches uses closes bus class';
    const toks = tokenize(text);
    const p = prepare(text, toks, [], null);
    const stems: Record<string, string> = {
      studies: 'study',
      insisting: 'insist',
      warned: 'warn',
      says: 'say',
      denies: 'deny',
      writes: 'writ',
      wrote: 'writ',
      matches: 'match',
      uses: 'use',
      closes: 'clos',
      bus: 'bus',
      class: 'class',
    };
    for (const [w, stem] of Object.entries(stems)) assert.equal(p.stem[at(toks, w)], hashString('stem:' + stem), w);
  });

  it('a number: its own word and stem, shape d, its last three characters, the number class, skipped by the cue tagger', () => {
    const text = 'Costs rose to 1,234,567 euros, or 12.5 per cent, in 2024.';
    const toks = tokenize(text);
    const p = prepare(text, toks, [], new WordFilter(HashedWords.of(['costs', 'rose'], 19).bits, cueGateOf(['rose'])));
    for (const n of ['1,234,567', '12.5', '2024']) {
      const i = at(toks, n);
      assert.equal(toks[i].kind, 'number');
      assert.equal(p.word[i], hashString(n), n);
      assert.equal(p.stem[i], hashString('stem:' + n), n);
      assert.equal(p.shape[i], hashString('d'), n);
      assert.equal(p.suf3[i], hashString(n.slice(-3)), n);
      assert.equal(p.pos[i], POS_IDS.NUM, n);
      assert.equal(p.prior[i], 0, n);
      assert.equal(p.fine[i], 0, n);
      assert.equal(p.flags[i] & (F_SKIP | F_GATE), F_SKIP, n);
    }
  });

  it('word shapes and the part of speech of capitalised words, also beyond ASCII', () => {
    const text = 'Then NASA and İstanbul and éclair and e-mail and U.S. officials and Smith said that';
    const toks = tokenize(text);
    const p = prepare(text, toks, [], null);
    const shapes: Record<string, string> = { NASA: 'X', 'İstanbul': 'Xx', 'éclair': 'x', 'e-mail': 'x-', 'U.S.': 'X.', Smith: 'Xx' };
    for (const [w, shape] of Object.entries(shapes)) assert.equal(p.shape[at(toks, w)], hashString(shape), w);
    // a capitalised word inside a sentence is a name; a closed-class word keeps its class; the first word of a sentence is not a name
    assert.equal(p.pos[at(toks, 'Smith')], POS_IDS.NNP);
    assert.equal(p.pos[at(toks, 'NASA')], POS_IDS.NNP);
    assert.equal(p.pos[at(toks, 'that')], hashString('pos:THAT'));
    assert.ok((p.flags[0] & F_FIRST) !== 0);
    assert.notEqual(p.pos[0], POS_IDS.NNP);
    // the open class: the lexicon's part of speech and the ending
    assert.equal(p.pos[at(toks, 'officials')], hashString('pos:' + 'N' + 'S'));
  });

  it('a text the tokenizer numbers again, or numbers past the direct table, has the same features', () => {
    const text = 'The minister said on Monday that 4,200 jobs would go.';
    const toks = tokenize(text);
    const again = toks.map((t, k) => ({ ...t, id: (1 << 19) + 7919 * k }));
    const far = toks.map((t, k) => ({ ...t, id: (1 << 20) + 104729 * k }));
    const filter = new WordFilter(HashedWords.of(['the', 'minister', 'said', 'on', 'that', 'jobs', 'would', 'go'], 19).bits, cueGateOf(['said']));
    const p = prepare(text, toks, [], filter);
    const fields = ['word', 'stem', 'shape', 'suf3', 'pos', 'flags', 'prior', 'fine', 'coarse', 'phraseStart', 'phraseIn'] as const;
    const expected = fields.map((f) => Array.from(p[f].subarray(0, toks.length)));
    const tid = Array.from(p.tid.subarray(0, toks.length));
    for (const other of [again, far]) {
      const q = prepare(text, other, [], filter);
      assert.deepEqual(fields.map((f) => Array.from(q[f].subarray(0, toks.length))), expected);
      // each distinct text still has one number within the call
      const qt = Array.from(q.tid.subarray(0, toks.length));
      for (let a = 0; a < toks.length; a++) for (let b = 0; b < toks.length; b++) assert.equal(qt[a] === qt[b], tid[a] === tid[b]);
    }
  });
});
