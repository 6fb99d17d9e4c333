import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildContext } from '../../src/core/detect/context';

const pieces = ['Lavrov', ' ', '\n', '\t', '\u00a0', '\u2028', '.', '!', '?', ':', ';', '"', '”', "'", '’', ')', '(', 'said', 'x'.repeat(60), '“'];

describe('buildContext', () => {
  it('reads a block as a headline when, trimmed, it is one line shorter than 200 characters without final punctuation', () => {
    assert.equal(buildContext('  Direct clash unacceptable: Lavrov \n', 'paragraph').headline, true);
    assert.equal(buildContext('Lavrov said so.', 'paragraph').headline, false);
    assert.equal(buildContext('One line\nand another', 'paragraph').headline, false);
    assert.equal(buildContext('“Quoted”', 'paragraph').headline, false);
    assert.equal(buildContext('Lavrov said so.', 'heading').headline, true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), (text) => {
        const trimmed = text.trim();
        const expected = !/[.!?:;"”'’)]$/.test(trimmed) && !trimmed.includes('\n') && trimmed.length < 200;
        assert.equal(buildContext(text, 'paragraph').headline, expected);
      }),
      { numRuns: 1000 },
    );
  });
});
