import assert from 'node:assert/strict';
import fc from 'fast-check';
import { INTERN_LIMIT, textTableSize, tokenize, tokenizeWithRegExp } from '../../src/core/text/tokenize';

const pieces = ['U.S.', 'U.N.', 'a.m.', 'A.B.C', 'Tehran’s', "Iran's", 'don’t', 'weapons-capable', '1,000.5', '5th', '2231', '3:45',
  '"', '“', '”', '‘', '’', "'", '—', '–', '-', '―', '…', '...', ' ', '\n', '\t', 'é', 'naïve', '𝐀', '😀', 'e\u0301', 'Ünal', '١٢٣', ',', '.', ':', '(', ')'];

describe('tokenize', () => {
  it('splits news prose into words, numbers, quotes and punctuation with exact offsets', () => {
    const text = `"It's Tehran's U.S. 1,000.5 weapons-capable," don’t — Lavrov said.`;
    assert.deepEqual(tokenize(text).map((t) => [t.text, t.kind, t.start]), [
      ['"', 'quote', 0], ['It', 'word', 1], ["'s", 'word', 3], ['Tehran', 'word', 6], ["'s", 'word', 12], ['U.S.', 'word', 15],
      ['1,000.5', 'number', 20], ['weapons-capable', 'word', 28], [',', 'punct', 43], ['"', 'quote', 44], ['don’t', 'word', 46],
      ['—', 'punct', 52], ['Lavrov', 'word', 54], ['said', 'word', 61], ['.', 'punct', 65],
    ]);
    assert.equal(tokenize('don’t')[0].lower, "don't");
  });

  it('agrees with the reference regular expression on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''))), (text) => {
        assert.deepEqual(tokenize(text, 7), tokenizeWithRegExp(text, 7));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps exact texts while its table of seen texts grows and is cleared (more than 100,000 distinct words)', () => {
    const words: string[] = [];
    for (let i = 0; i < 130_000; i++) words.push(`w${i.toString(36)}x`);
    const text = words.join(' ');
    const toks = tokenize(text);
    assert.equal(toks.length, words.length);
    for (let i = 0; i < toks.length; i += 997) assert.equal(toks[i].text, words[i]);
    assert.equal(tokenize(text).every((t, i) => t.text === words[i] && t.start === toks[i].start), true);
  });

  it('keeps the numbers of the texts found again when its table is full, and numbers the others anew', () => {
    // a text's number is the same wherever it occurs in one call
    const same = tokenize('said Lavrov, said Lavrov 1,000 said');
    assert.deepEqual([same[0].id === same[3].id, same[1].id === same[4].id, same[0].id === same[6].id], [true, true, true]);
    let next = 0;
    const fresh = (n: number) => Array.from({ length: n }, () => `q${(next++).toString(36)}z`).join(' ');
    // fill the table and add one more: it is full once (whatever earlier tests left in it)
    tokenize(fresh(INTERN_LIMIT - textTableSize().texts + 1));
    assert.equal(textTableSize().texts < INTERN_LIMIT, true);
    // "common" and "often" are found again; "once" is only added (and gets a new number below)
    const before = tokenize('common often once common often');
    const [common, often] = before.map((t) => t.id);
    assert.deepEqual([before[3].id, before[4].id], [common, often]);
    // fill it up to its limit with new texts, then one more
    const last = tokenize(fresh(INTERN_LIMIT - textTableSize().texts)).pop()!;
    assert.equal(textTableSize().texts, INTERN_LIMIT);
    const trigger = tokenize(fresh(1))[0];
    assert.equal(textTableSize().texts, 3);
    const after = tokenize(`common often once ${last.text}`);
    assert.deepEqual([after[0].id, after[1].id], [common, often]);
    assert.equal(after[0].text, 'common');
    assert.equal(after[2].id > last.id && after[2].id !== before[2].id, true);
    assert.equal(after[3].id > after[2].id, true);
    assert.equal(textTableSize().texts, 5);
    // at the next time, the four found again since stay (with the numbers given after the last time), the
    // text only added then does not
    tokenize(`once ${last.text}`);
    tokenize(fresh(INTERN_LIMIT - textTableSize().texts + 1));
    assert.equal(textTableSize().texts, 5);
    const kept = tokenize(`once ${last.text} common often ${trigger.text}`);
    assert.deepEqual(kept.slice(0, 4).map((t) => t.id), [after[2].id, after[3].id, common, often]);
    assert.equal(kept[4].id > trigger.id, true);
  });
});
