import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ABBREVIATION_GROUPS } from '../../src/core/data/abbreviations';
import { splitSentences, tokenSentences } from '../../src/core/text/sentences';
import { codeUnits, scanTokens, tokenize } from '../../src/core/text/tokenize';

const split = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('sentences', () => {
  it('does not end a sentence after titles and dotted abbreviations before names', () => {
    assert.deepEqual(split('Dr. Smith met Sen. Warren and Gov. Lee in the U.S. capital. Rep. Ortiz and Gen. Mark joined later.'), [
      'Dr. Smith met Sen. Warren and Gov. Lee in the U.S. capital.',
      'Rep. Ortiz and Gen. Mark joined later.',
    ]);
    assert.deepEqual(split('”Mr. Berg spoke. (Dr. Lee agreed.)'), ['”Mr. Berg spoke.', '(Dr. Lee agreed.)']);
    assert.deepEqual(split('Mr. and Mrs. Berg spoke with Ms. Dana and Lt. Col. Ames on St. Mary Street.'), [
      'Mr. and Mrs. Berg spoke with Ms. Dana and Lt. Col. Ames on St. Mary Street.',
    ]);
  });

  it('ends a sentence after an abbreviation that is followed by a sentence starter', () => {
    assert.deepEqual(split('The firm moved to the U.S. The board agreed. Harwick Inc. It denied the claim.'), [
      'The firm moved to the U.S.',
      'The board agreed.',
      'Harwick Inc.',
      'It denied the claim.',
    ]);
    assert.deepEqual(split('Harwick Inc. Chief Executive Dana Ortiz said so.'), ['Harwick Inc. Chief Executive Dana Ortiz said so.']);
  });

  it('reads abbreviations and sentence starters case-insensitively, in any script', () => {
    assert.deepEqual(split('HARWICK INC. The board agreed. DR. Smith spoke. In JAN. 5 the talks. In Jan. THE end.'), [
      'HARWICK INC.',
      'The board agreed.',
      'DR. Smith spoke.',
      'In JAN. 5 the talks.',
      'In Jan.',
      'THE end.',
    ]);
    assert.deepEqual(split('Señor Dr. Ruiz. Él dijo. Ünal Dr. X'), ['Señor Dr. Ruiz.', 'Él dijo.', 'Ünal Dr. X']);
  });

  it('handles dates, times and numbers: Jan. 5, 3 p.m., No. 10, 3.5', () => {
    assert.deepEqual(split('On Jan. 5 at 3 p.m. Monday the council met at No. 10 Main Street. Costs rose 3.5 percent. In Jan. The talks ended.'), [
      'On Jan. 5 at 3 p.m. Monday the council met at No. 10 Main Street.',
      'Costs rose 3.5 percent.',
      'In Jan.',
      'The talks ended.',
    ]);
    assert.deepEqual(split('The meeting ended at 5 p.m. The vote follows.'), ['The meeting ended at 5 p.m.', 'The vote follows.']);
  });

  it('keeps initials with their names', () => {
    assert.deepEqual(split('George W. Bush met J.K. Rowling. A. B. Clarke left.'), ['George W. Bush met J.K. Rowling.', 'A. B. Clarke left.']);
  });

  it('ends after a closing quote or bracket that follows the terminator', () => {
    assert.deepEqual(split('"We will win." Berg said nothing. He said "no." Then he left (quietly.) It rained.'), [
      '"We will win."',
      'Berg said nothing.',
      'He said "no."',
      'Then he left (quietly.)',
      'It rained.',
    ]);
    assert.deepEqual(split('“We will win.” Berg left.'), ['“We will win.”', 'Berg left.']);
    assert.deepEqual(split('"Why now?" Berg asked. "Never!" she said. "Stop!" The crowd left.'), [
      '"Why now?"',
      'Berg asked.',
      '"Never!" she said.',
      '"Stop!"',
      'The crowd left.',
    ]);
  });

  it('ellipses end a sentence only before a sentence starter or after a closing quote', () => {
    assert.deepEqual(split('He paused... Then he spoke. The policy ... Russia will respond… It ended. "We wait..." Berg said.'), [
      'He paused...',
      'Then he spoke.',
      'The policy ... Russia will respond…',
      'It ended.',
      '"We wait..."',
      'Berg said.',
    ]);
    assert.deepEqual(split('... and then it fell.'), ['... and then it fell.']);
  });

  it('lets the end of the block end a headline without a full stop, and a blank line end a sentence', () => {
    assert.deepEqual(split('Direct clash unacceptable: minister'), ['Direct clash unacceptable: minister']);
    assert.deepEqual(split('  Title without stop\n\nBody text here.  '), ['Title without stop', 'Body text here.']);
    assert.deepEqual(split('A line that wraps\nin the middle. Next one.'), ['A line that wraps\nin the middle.', 'Next one.']);
  });

  it('does not end at dots inside words: U.S.-based, e.g., 1.5, www.example.org', () => {
    assert.deepEqual(split('A U.S.-based group, e.g., the 1.5 degree lobby at www.example.org, agreed. Done.'), [
      'A U.S.-based group, e.g., the 1.5 degree lobby at www.example.org, agreed.',
      'Done.',
    ]);
  });

  it('gives exact offsets', () => {
    assert.deepEqual(splitSentences(' One. Two? '), [
      { start: 1, end: 5 },
      { start: 6, end: 10 },
    ]);
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences('   \n '), []);
  });

  it('abbreviation data has unique ids and forms without a final full stop', () => {
    const ids = ABBREVIATION_GROUPS.map((g) => g.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const g of ABBREVIATION_GROUPS) for (const f of g.forms) assert.ok(!f.endsWith('.') && f.trim() === f, f);
  });

  it('property: sentences partition the non-space text in order, each trimmed and non-empty', () => {
    const piece = fc.constantFrom('Dr.', 'U.S.', 'said', 'The', 'he', '.', '...', '…', '?', '!', '"', '”', ')', '(', ' ', '\n', '\n\n', '3.5', 'Jan.', 'No.', '5', 'W.', 'Inc.', 'é', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')), fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (t1, t2) => {
        for (const text of [t1, t2]) {
          const rs = splitSentences(text);
          let prev = 0;
          let covered = '';
          for (const r of rs) {
            assert.ok(r.start >= prev && r.end > r.start && r.end <= text.length);
            const s = text.slice(r.start, r.end);
            assert.equal(s.trim(), s);
            assert.equal(text.slice(prev, r.start).trim(), '');
            covered += s;
            prev = r.end;
          }
          assert.equal(text.slice(prev).trim(), '');
          assert.equal(covered.replace(/\s/g, ''), text.replace(/\s/g, ''));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('property: splitting a text scanned into tokens gives the sentences of splitSentences, with their token ranges', () => {
    const piece = fc.constantFrom('Dr.', 'U.S.', 'e.g.', 'a.m.', 'J.K.', 'said', 'The', 'He', 'he', 'It', '.', '..', '...', '…', '?', '!', '?!', '"', '”', '’', "'", '“', ')', '(',
      ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', ' \n \n', '\n\t\n', '\t', '\u00a0', '3.5', 'Jan.', 'No.', '5', 'W.', 'Inc.', 'St.', 'é', 'É', '😀', '-', 'x’s');
    const text = fc.oneof(
      fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')),
      fc.array(piece, { maxLength: 30 }).map((a) => a.join('')),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const toks = tokenize(t);
        const expected = splitSentences(t).map((r) => ({
          start: r.start,
          end: r.end,
          from: toks.findIndex((x) => x.start >= r.start),
          to: toks.findIndex((x) => x.end > r.end) < 0 ? toks.length : toks.findIndex((x) => x.end > r.end),
        }));
        const codes = codeUnits(t);
        assert.deepEqual(tokenSentences(t, codes, scanTokens(t, codes)), expected);
      }),
      { numRuns: 5000 },
    );
  });
});
describe('thirty-eighth session: a title after a prefix\'s hyphen', () => {
  it('"then-Sen. Barack Obama", "ex-Gov. Rick Perry" end no sentence; "well-known." does', () => {
    assert.deepEqual(split('She lost to then-Sen. Barack Obama in 2008. Then ex-Gov. Rick Perry spoke. It was well-known. Next came the vote.'), [
      'She lost to then-Sen. Barack Obama in 2008.',
      'Then ex-Gov. Rick Perry spoke.',
      'It was well-known.',
      'Next came the vote.',
    ]);
  });
});
