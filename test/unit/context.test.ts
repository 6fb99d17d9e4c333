import assert from 'node:assert/strict';
import fc from 'fast-check';
import { blockContext, buildContext, type BlockContext } from '../../src/core/detect/context';

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

  it('blockContext gives the tokens buildContext gives, in objects reused by the next call', () => {
    const plain = (c: BlockContext) => ({
      toks: c.toks.map((t) => [t.start, t.end, t.text, t.lower, t.kind, t.i, t.pos, t.cap, t.quote]),
      sentences: c.sentences,
      quotes: c.quotes,
      headline: c.headline,
      flags: c.flags,
      ruleStarts: c.ruleStarts,
    });
    const long = '“We deny it,” Ana Reyes said. The U.S. plan isn’t new.';
    const first = blockContext(long, 'paragraph');
    assert.deepEqual(plain(first), plain(buildContext(long, 'paragraph')));
    assert.deepEqual(
      first.toks.slice(0, 6).map((t) => [t.start, t.end, t.text, t.lower, t.kind, t.quote]),
      [
        [0, 1, '“', '“', 'quote', 0],
        [1, 3, 'We', 'we', 'word', 0],
        [4, 8, 'deny', 'deny', 'word', 0],
        [9, 11, 'it', 'it', 'word', 0],
        [11, 12, ',', ',', 'punct', 0],
        [12, 13, '”', '”', 'quote', 0],
      ],
    );
    const firstToken = first.toks[0];
    // a shorter block: its tokens are the first ones again, set anew (none still inside a quotation)
    const next = blockContext('Reyes said so.', 'paragraph');
    assert.equal(next.toks[0], firstToken);
    assert.deepEqual(
      next.toks.map((t) => [t.start, t.end, t.text, t.kind, t.i, t.quote]),
      [
        [0, 5, 'Reyes', 'word', 0, -1],
        [6, 10, 'said', 'word', 1, -1],
        [11, 13, 'so', 'word', 2, -1],
        [13, 14, '.', 'punct', 3, -1],
      ],
    );
    assert.deepEqual(plain(next), plain(buildContext('Reyes said so.', 'paragraph')));
    // buildContext's tokens are its own
    assert.notEqual(buildContext('Reyes said so.', 'paragraph').toks[0], firstToken);
  });
});
