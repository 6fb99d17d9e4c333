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

  it('blockContext makes new objects for the tokens of a block beyond the 16,384 it keeps', () => {
    // 20,000 words and 20,000 commas: 40,000 tokens
    const text = 'Reyes, '.repeat(20000).trim();
    const huge = blockContext(text, 'paragraph');
    assert.equal(huge.toks.length, 40000);
    assert.deepEqual([huge.toks[16383].text, huge.toks[16383].start, huge.toks[16383].i], [',', 57342, 16383]);
    assert.deepEqual([huge.toks[39999].text, huge.toks[39999].start, huge.toks[39999].i], [',', 139998, 39999]);
    assert.equal(new Set(huge.toks).size, 40000);
    const kept = huge.toks.slice(0, 3);
    const next = blockContext('Reyes said so.', 'paragraph');
    assert.equal(next.toks[0], kept[0]);
    assert.deepEqual(next.toks.map((t) => t.text), ['Reyes', 'said', 'so', '.']);
    // the first 16,384 objects are the kept ones again, those after them new
    const again = blockContext(text, 'paragraph');
    assert.equal(again.toks[16383], huge.toks[16383]);
    assert.notEqual(again.toks[16384], huge.toks[16384]);
  });

  describe('quotations', () => {
    const quotes = (t: string) => buildContext(t, 'paragraph').quotes.map((q) => [q.open, q.close, q.firstTok, q.lastTok]);
    const quoted = (t: string): string[] => buildContext(t, 'paragraph').toks.filter((k) => k.quote >= 0).map((k) => k.text);

    it('two single quotes in a row are a double quote mark, alternating as a straight double quote does', () => {
      const t = "''The bridge is old,'' Reyes said.";
      assert.deepEqual(quotes(t), [[0, 22, 0, 8]]);
      assert.deepEqual(quoted(t), ["'", "'", 'The', 'bridge', 'is', 'old', ',', "'", "'"]);
    });

    it('single quotation marks pair where a word begins after the opening one and has ended before the closing one; an apostrophe is none', () => {
      // (British style: 'We will not back down,' she said)
      const t = "The voters' 'grand bargain' is Reyes's plan.";
      assert.deepEqual(quotes(t), [[12, 27, 3, 6]]);
      assert.equal(t.slice(12, 27), "'grand bargain'");
      // an apostrophe or a shortening left open is no quotation ("the players' union", "the '90s")
      assert.deepEqual(quotes("The players' union said the '90s were better."), []);
      // two single quotes with a space between are two marks of their own
      assert.deepEqual(quotes("Reyes said ' ' and left."), []);
      // a double quotation inside a single one is not tracked, nor a single one inside a double one
      assert.deepEqual(quotes("'He said \"no\" twice,' Reyes wrote."), [[0, 21, 0, 8]]);
      assert.deepEqual(quotes("\"He said 'no' twice,\" Reyes wrote."), [[0, 21, 0, 8]]);
    });

    it('in a run of three single quotes, the double mark is the first two at an opening and the last two at a closing', () => {
      const t = "''She said 'no,''' Reyes wrote.";
      // the quotation runs from the first mark to the last of the three closing ones
      assert.deepEqual(quotes(t), [[0, 18, 0, 9]]);
      assert.equal(t.slice(0, 18), "''She said 'no,'''");
    });

    it('a doubled single quote still open at the block\'s end runs on', () => {
      assert.deepEqual(quotes("Reyes said: ''The bridge is old."), [[12, -1, 3, 9]]);
    });

    it('a straight double quote closes a quotation a doubled single quote opened', () => {
      assert.deepEqual(quotes("''The bridge is old,\" Reyes said."), [[0, 21, 0, 7]]);
    });
  });
});

describe('a verb in "-s" the lexicon reads as a plural noun', () => {
  const posAt = (t: string, w: string) => {
    const ctx = buildContext(t, 'paragraph');
    return ctx.toks.find((x) => x.lower === w)?.pos;
  };
  it('is a verb after a subject\'s noun and before a determiner, a number or a currency sign', () => {
    assert.equal(posAt('The sweetener erythritol doubles the risk of stroke.', 'doubles'), 'V');
    assert.equal(posAt('The government plans a review of the rules.', 'plans'), 'V');
    assert.equal(posAt('Acme owes £3m to its suppliers.', 'owes'), 'V');
    // (past Markdown's emphasis marks left in the text)
    assert.equal(posAt('The sweetener erythritol **doubles the risk** of stroke.', 'doubles'), 'V');
  });
  it('stays a noun elsewhere: after a plural or a possessive, before "that" or a noun', () => {
    assert.equal(posAt('The union\'s plans were rejected.', 'plans'), 'N');
    assert.equal(posAt('one of the class action suits that named him', 'suits'), 'N');
    assert.equal(posAt('The drug cures cancer.', 'cures'), 'N');
    assert.equal(posAt('Workers plans the strike.', 'plans'), 'N');
  });
});
