import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Concept, numberValue, readingOf as readingOfConcepts, readingOfSpan as readingOfSpanConcepts, type ConceptReading } from '../../src/core/link/concepts';
import { placeStart } from '../../src/core/link/places';
import { buildContext } from '../../src/core/detect/context';
import { detectBlock } from '../../src/core/detect/block';

/** A reading with each concept written as its name. */
function named(r: ConceptReading | null): Array<string | number> | null {
  return r && r.map((x) => (x instanceof Concept ? x.name : x));
}
const readingOf = (text: string): Array<string | number> | null => named(readingOfConcepts(text));
const readingOfSpan = (...args: Parameters<typeof readingOfSpanConcepts>): Array<string | number> | null => named(readingOfSpanConcepts(...args));

const BLOCK = 'Tehran gave Moscow 500 drones, Iranian officials said. The United Arab Emirates bought 1,200 jets; Turkey did not.';

/** The range of the first occurrence of `part` in `text`. */
function rangeOf(text: string, part: string): [number, number] {
  const a = text.indexOf(part);
  assert.ok(a >= 0, part);
  return [a, a + part.length];
}

describe('concept readings from a block\'s tokens', () => {
  const toks = buildContext(BLOCK, 'paragraph').toks;

  it('reads a span from the block\'s tokens as its text reads', () => {
    // [concept mentions, negated, the concepts..., then each number and what it counts]
    const cases: Array<[string, ReadonlyArray<string | number>]> = [
      ['Tehran gave Moscow 500 drones', [4, 0, 'place:IRN', 'group:transfer', 'place:RUS', 'group:drone', 500, 'group:drone']],
      ['The United Arab Emirates bought 1,200 jets', [3, 0, 'place:ARE', 'group:buy', 'stem:jet', 1200, 'stem:jet']],
      ['Turkey did not.', [1, 1, 'place:TUR']],
      // a place name ends with the span ("United Arab" is no place, "Arab" alone is not one)
      ['The United Arab', [2, 0, 'stem:unit', 'stem:arab']],
      [
        BLOCK,
        [11, 1, 'place:IRN', 'group:transfer', 'place:RUS', 'group:drone', 'place:IRN', 'stem:offici', 'group:say', 'place:ARE', 'group:buy', 'stem:jet', 'place:TUR', 500, 'group:drone', 1200, 'stem:jet'],
      ],
    ];
    for (const [part, expected] of cases) {
      assert.deepEqual(readingOfSpan(BLOCK, toks, rangeOf(BLOCK, part)), expected, part);
      assert.deepEqual(readingOf(part), expected, part);
    }
  });

  it('gives null where the span cuts into a token', () => {
    assert.equal(readingOfSpan(BLOCK, toks, [2, 18]), null);
    assert.equal(readingOfSpan(BLOCK, toks, [0, 16]), null);
  });

  it('gives null for a span that its text alone would tokenize otherwise', () => {
    const text = "Iran's drones reached the U.S.Army base.";
    const t = buildContext(text, 'paragraph').toks;
    // the block splits "'s" off "Iran"; "'s drones" alone is a quote and the word "s"
    assert.equal(readingOfSpan(text, t, [4, 13]), null);
    assert.deepEqual(readingOf(text.slice(4, 13)), [2, 0, 'stem:s', 'group:drone']);
    // "U.S." followed by a letter is no acronym in the block, but is one alone
    assert.equal(readingOfSpan(text, t, [0, 30]), null);
    assert.deepEqual(readingOf(text.slice(0, 30)), [4, 0, 'place:IRN', 'group:drone', 'stem:reach', 'place:USA']);
    // before the split "'s": the same either way
    assert.deepEqual(readingOfSpan(text, t, [0, 4]), [1, 0, 'place:IRN']);
  });

  it('agrees with the text wherever it reads, and always reads spans between white space', () => {
    const pieces = ['Iran', "Iran's", 'U.S.', 'U.S', 'United', 'Arab', 'Emirates', 'not', 'gave', '1,200', '3.5', '5th', 'drones', '"', '“', '”', '.', ',', '-', "'", 'well-known', 'the', 'Kremlin', 'x'];
    const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', ' ', '\n')), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const a = x % (t.length + 1);
        const b = a + (y % (t.length - a + 1));
        const got = readingOfSpan(t, buildContext(t, 'paragraph').toks, [a, b]);
        const atSpace = (a === 0 || /\s/.test(t[a - 1])) && (b === t.length || /\s/.test(t[b]));
        if (got === null) return !atSpace;
        assert.deepEqual(got, readingOf(t.slice(a, b)));
        return true;
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});

describe('readings kept with a block\'s findings', () => {
  it('reads each claim and denial target once, a claim that is its denial\'s target sharing the target\'s reading', () => {
    const t = 'The ministry denied allegations that it had sold the land to a donor.';
    const f = detectBlock(t, 'paragraph', 0.5);
    assert.deepEqual(f.claims.map((c) => [c.span, c.denial]), [[[37, 68], 0]]);
    assert.deepEqual(f.denials.map((d) => d.target), [[37, 68]]);
    assert.deepEqual(f.targetConcepts.map(named), [[3, 0, 'group:sell', 'stem:land', 'stem:donor']]);
    assert.equal(f.claimConcepts[0], f.targetConcepts[0]);
  });
});

describe('numberValue', () => {
  it('reads digits and thousands separators, and anything else as Number does', () => {
    assert.equal(numberValue('500'), 500);
    assert.equal(numberValue('1,200'), 1200);
    assert.equal(numberValue('007'), 7);
    assert.equal(numberValue('3.5'), 3.5);
    assert.ok(Number.isNaN(numberValue('5th')));
    assert.equal(numberValue('123456789012345678'), 123456789012345680);
    assert.equal(numberValue('0.1'), 0.1);
    assert.equal(numberValue('1,000.5'), 1000.5);
    assert.equal(numberValue('0xff'), 255);
    assert.ok(Number.isNaN(numberValue('10:30')));
  });

  it('property: equals Number of the text without commas', () => {
    const text = fc.array(fc.constantFrom('0', '1', '5', '9', '.', ',', 'x', 'f', 'e', ':'), { maxLength: 18 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => Object.is(numberValue(t), Number(t.replace(/,/g, '')))),
      { numRuns: 20000, seed: 8 },
    );
  });
});

describe('placeStart', () => {
  it('follows a place name word by word, with the country where a name ends', () => {
    const united = placeStart('united');
    assert.equal(united?.code, undefined);
    assert.equal(united?.next?.get('arab')?.code, undefined);
    assert.equal(united?.next?.get('arab')?.next?.get('emirates')?.code, 'ARE');
    assert.equal(placeStart('tehran')?.code, 'IRN');
    assert.equal(placeStart('tehran')?.next, undefined);
    assert.equal(placeStart('drones'), undefined);
  });
});
