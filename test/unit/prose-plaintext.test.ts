import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ProseBlock } from '../../src/core/prose/block';
import { extractPlainText } from '../../src/core/prose/plaintext';

const blocks = (text: string): Array<[string, string, number]> => extractPlainText(text).map((b) => [b.kind, b.text, b.start]);

describe('prose: plain-text blocks', () => {
  it('splits at blank lines (whitespace-only lines too) and trims each block', () => {
    const doc = '  First paragraph here.\n \t\nSecond paragraph.\n\n\n\nThird.  ';
    assert.deepEqual(blocks(doc), [
      ['paragraph', 'First paragraph here.', 2],
      ['paragraph', 'Second paragraph.', 27],
      ['paragraph', 'Third.', 48],
    ]);
  });

  it('one paragraph per line (news pasted without blank lines): every line is a block, headlines are headings', () => {
    const doc = [
      'Harwick council approves bridge budget: mayor',
      'The Harwick city council on Monday approved a budget of 12 million euros for the new river bridge, the mayor, Dana Ortiz, told reporters after the vote.',
      '"We have waited long enough for this crossing, and the money is finally there," Ortiz said, adding that work would start in the spring.',
      'Opposition may challenge the vote',
      'Councillor Tomas Berg said the opposition would challenge the decision in court, calling the budget "a fantasy that ignores the real costs".',
    ].join('\n');
    const got = blocks(doc);
    assert.deepEqual(
      got.map(([k, t]) => [k, t.slice(0, 30)]),
      [
        ['heading', 'Harwick council approves bridg'],
        ['paragraph', 'The Harwick city council on Mo'],
        ['paragraph', '"We have waited long enough fo'],
        ['heading', 'Opposition may challenge the v'],
        ['paragraph', 'Councillor Tomas Berg said the'],
      ],
    );
    const lines = doc.split('\n');
    let at = 0;
    got.forEach(([, text, start], k) => {
      assert.equal(text, lines[k]);
      assert.equal(start, at);
      at += lines[k].length + 1;
    });
  });

  it('joins hard-wrapped lines (72 columns) into one block, keeping the line breaks; a title line above stays apart', () => {
    const doc =
      'Bridge budget approved\n' +
      'The Harwick city council on Monday approved a budget of 12 million\n' +
      'euros for the new river bridge, the mayor told reporters after the\n' +
      'vote. Work will start in the spring. The opposition said it would\n' +
      'challenge the decision in court.\n' +
      '\n' +
      'Councillor Tomas Berg called the budget a fantasy that ignores the\n' +
      'real costs of the project.\n';
    assert.deepEqual(blocks(doc), [
      ['heading', 'Bridge budget approved', 0],
      [
        'paragraph',
        'The Harwick city council on Monday approved a budget of 12 million\n' +
          'euros for the new river bridge, the mayor told reporters after the\n' +
          'vote. Work will start in the spring. The opposition said it would\n' +
          'challenge the decision in court.',
        23,
      ],
      ['paragraph', 'Councillor Tomas Berg called the budget a fantasy that ignores the\nreal costs of the project.', doc.indexOf('Councillor')],
    ]);
  });

  it('keeps short item lines apart, and joins a two-line wrapped paragraph under a title', () => {
    const items = 'The council listed three tasks for the mayor:\n\nFund the bridge (with or without the regional grant)\nHire the new engineers\nPublish the costs.';
    assert.deepEqual(blocks(items).map(([k, t]) => [k, t]), [
      ['paragraph', 'The council listed three tasks for the mayor:'],
      ['heading', 'Fund the bridge (with or without the regional grant)'],
      ['heading', 'Hire the new engineers'],
      ['paragraph', 'Publish the costs.'],
    ]);
    const titled = 'Bridge opens\nThe Harwick bridge opened on Monday after three years of work on the\nHarwick river crossing.';
    assert.deepEqual(blocks(titled), [
      ['heading', 'Bridge opens', 0],
      ['paragraph', 'The Harwick bridge opened on Monday after three years of work on the\nHarwick river crossing.', 13],
    ]);
  });

  it('joins a clear continuation (no final punctuation, next line lower-case) even in one-paragraph-per-line text', () => {
    const doc =
      'The minister said the agreement, which was signed in March after months of talks between the two governments,\n' +
      'would remain in force until the end of the decade.\n' +
      'Critics disagreed.';
    assert.deepEqual(blocks(doc), [
      ['paragraph', doc.slice(0, doc.indexOf('\nCritics')), 0],
      ['paragraph', 'Critics disagreed.', doc.indexOf('Critics')],
    ]);
  });

  it('handles CRLF and lone CR line endings', () => {
    const doc = 'Title line\r\nBody text that goes on for a while and ends here.\r\n\r\nNext.';
    assert.deepEqual(blocks(doc), [
      ['heading', 'Title line', 0],
      ['paragraph', 'Body text that goes on for a while and ends here.', 12],
      ['paragraph', 'Next.', doc.length - 5],
    ]);
    assert.deepEqual(blocks('One.\r\rTwo.'), [
      ['paragraph', 'One.', 0],
      ['paragraph', 'Two.', 6],
    ]);
  });

  it('a single line without final punctuation is a heading; with it, a paragraph', () => {
    assert.deepEqual(blocks('Direct talks unacceptable: minister'), [['heading', 'Direct talks unacceptable: minister', 0]]);
    assert.deepEqual(blocks('He said so.'), [['paragraph', 'He said so.', 0]]);
    assert.deepEqual(blocks('"Quoted headline?"'), [['paragraph', '"Quoted headline?"', 0]]);
    assert.deepEqual(blocks('2024'), [['paragraph', '2024', 0]]);
  });

  it('property: blocks are verbatim, trimmed, non-empty slices in order, and cover every non-space character', () => {
    const ch = fc.constantFrom(...'ab Z.,!?"\n\r\t'.split(''), '\r\n', 'word', 'Word', '\u00a0', 'é');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 120 }).map((a) => a.join('')), (doc) => {
        const bs: ProseBlock[] = extractPlainText(doc);
        let prev = 0;
        let covered = 0;
        for (const b of bs) {
          assert.equal(b.text, doc.slice(b.start, b.end));
          assert.equal(b.text.trim(), b.text);
          assert.ok(b.text.length > 0 && b.start >= prev);
          assert.deepEqual(b.segments, [{ textStart: 0, docStart: b.start, length: b.text.length }]);
          covered += b.text.replace(/\s/g, '').length;
          prev = b.end;
        }
        assert.equal(covered, doc.replace(/\s/g, '').length);
      }),
      { numRuns: 2000 },
    );
  });
});
