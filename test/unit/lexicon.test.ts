/**
 * The part-of-speech lexicon's British spellings, read as its American words.
 */
import * as assert from 'node:assert/strict';
import { americanSpelling, canBeVerb, posOf } from '../../src/core/data/lexicon';
import { analyze } from '../../src/core/analyzer';

describe('lexicon: British spellings', () => {
  it('gives a British spelling the class of the American word the lexicon holds, and maps it back', () => {
    const pairs: Array<[string, string]> = [
      ['apologised', 'apologized'], ['criticised', 'criticized'], ['analysed', 'analyzed'], ['labour', 'labor'],
      ['behaviour', 'behavior'], ['defence', 'defense'], ['centre', 'center'], ['theatre', 'theater'], ['fuelled', 'fueled'],
    ];
    for (const [british, american] of pairs) {
      assert.equal(posOf(british), posOf(american), british);
      assert.notEqual(posOf(british), undefined, british);
      assert.equal(americanSpelling(british), american, british);
    }
    assert.equal(canBeVerb('apologised'), true);
  });
  it('leaves a word the lexicon holds as it is, and the plural "analyses" unknown rather than a verb', () => {
    assert.equal(americanSpelling('promise'), 'promise');
    assert.equal(americanSpelling('travelled'), 'travelled');
    assert.equal(posOf('analyses'), undefined);
  });
  it('reads a British verb as the verb of its sentence: "Tom Reddy, apologised to customers. He said" is Reddy speaking', () => {
    const t = 'Security researcher Kevin Beaumont said the data was old. Larkmoor\'s chief executive, Tom Reddy, apologised to customers. He said the company had 6.2 million active customers.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Kevin Beaumont', 'Tom Reddy']);
  });
});
