import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizeWithRegExp } from '../../src/core/text/tokenize';

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
});
