import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, moveRange, type TextEdit } from '../../src/core/annotations/anchoring';
import { refreshQuote, refreshQuotes, selectorsFor } from '../../src/core/annotations/model';
import type { Annotation } from '../../src/core/annotations/types';

function ann(id: string, text: string, start: number, end: number): Annotation {
  return {
    id,
    target: { type: 'mark', kind: 'claim' },
    selectors: selectorsFor(text, start, end),
    dismissed: false,
    links: [],
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
  };
}

function apply(text: string, e: TextEdit): string {
  return text.slice(0, e.rangeOffset) + e.text + text.slice(e.rangeOffset + e.rangeLength);
}

describe('annotations: moving with edits', () => {
  const text = 'The minister said the plan would cost 40 million.';
  //            0123456789012345678901234567890123456789012345678
  const a = () => ann('n-1', text, 18, 26); // "the plan"

  it('shifts an annotation after an edit before it', () => {
    const r = applyEdits([a()], [{ rangeOffset: 4, rangeLength: 8, text: 'PM' }]); // minister -> PM
    assert.deepEqual(r.annotations[0].selectors.position, { start: 12, end: 20 });
    assert.deepEqual(r.orphaned, []);
    assert.deepEqual(r.changed, []);
  });

  it('leaves an annotation before an edit alone, and insertions at its edges outside', () => {
    const r = applyEdits([a()], [
      { rangeOffset: 26, rangeLength: 0, text: 's' },
      { rangeOffset: 18, rangeLength: 0, text: 'X ' },
    ]);
    assert.deepEqual(r.annotations[0].selectors.position, { start: 20, end: 28 });
    assert.deepEqual(r.changed, []);
  });

  it('changes the end for an edit inside and refreshes the quote from the text', () => {
    const edit = { rangeOffset: 22, rangeLength: 4, text: 'budget' };
    const r = applyEdits([a()], [edit]);
    const after = apply(text, edit);
    assert.deepEqual(r.annotations[0].selectors.position, { start: 18, end: 28 });
    assert.deepEqual(r.changed, ['n-1']);
    const q = refreshQuote(r.annotations[0], after).selectors.quote;
    assert.deepEqual(q, { exact: 'the budget', prefix: 'The minister said ', suffix: ' would cost 40 million.' });
  });

  it('refreshes every quote before saving, except orphans', () => {
    const edit = { rangeOffset: 0, rangeLength: 3, text: 'Our' };
    const r = applyEdits([a(), ann('n-2', text, 0, 3)], [edit]);
    const after = apply(text, edit);
    const doc = refreshQuotes({ schema: 'counterpoint/annotations@1', annotations: r.annotations }, after, new Set(r.orphaned));
    assert.deepEqual(r.orphaned, ['n-2']);
    assert.equal(doc.annotations[0].selectors.quote.prefix, 'Our minister said ');
    assert.equal(doc.annotations[1].selectors.quote.exact, 'The');
  });

  it('makes an orphan of an annotation whose whole text is deleted, keeping its quote', () => {
    const r = applyEdits([a()], [{ rangeOffset: 17, rangeLength: 10, text: '' }]);
    assert.deepEqual(r.orphaned, ['n-1']);
    assert.deepEqual(r.annotations[0].selectors, a().selectors);
  });

  it('joins the new text of a replacement overlapping one edge', () => {
    assert.deepEqual(moveRange(18, 26, 14, 8, 3), [14, 21]); // "aid the " -> 3 chars, start moves to the edit
    assert.deepEqual(moveRange(18, 26, 22, 10, 2), [18, 24]); // " plan woul" -> 2 chars
  });

  it('applies several edits in the order given (multi-cursor, reverse document order)', () => {
    const edits = [
      { rangeOffset: 38, rangeLength: 2, text: '45' },
      { rangeOffset: 22, rangeLength: 0, text: 'new ' },
      { rangeOffset: 0, rangeLength: 3, text: 'A' },
    ];
    const r = applyEdits([a()], edits);
    const after = edits.reduce(apply, text);
    const { start, end } = r.annotations[0].selectors.position;
    assert.equal(after.slice(start, end), 'the new plan');
  });

  // Reference model: every character carries the ids of the annotations it belongs to.
  type Ch = { c: string; ids: Set<string> };
  function track(chars: Ch[], e: TextEdit): Ch[] {
    const s = e.rangeOffset;
    const removed = chars.slice(s, s + e.rangeLength);
    const kept = [...chars.slice(0, s), ...chars.slice(s + e.rangeLength)];
    const joins = new Set<string>();
    if (e.rangeLength > 0) {
      const inRemoved = new Set(removed.flatMap((ch) => [...ch.ids]));
      const inKept = new Set(kept.flatMap((ch) => [...ch.ids]));
      for (const id of inRemoved) if (inKept.has(id)) joins.add(id);
    } else if (s > 0 && s < chars.length) {
      for (const id of chars[s - 1].ids) if (chars[s].ids.has(id)) joins.add(id);
    }
    const units = e.text.split('').map((c) => ({ c, ids: new Set(joins) }));
    return [...kept.slice(0, s), ...units, ...kept.slice(s)];
  }

  const textArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', 'é', '😀'), minLength: 1, maxLength: 80 });

  it('property: random edits keep every annotation on its text (checked against a per-character model)', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom('x', 'y', ' ', '\n'), maxLength: 12 })), { minLength: 1, maxLength: 12 }),
        (text0, ranges, rawEdits) => {
          const anns = ranges.map(([p, q], i) => {
            const start = p % text0.length;
            const end = start + 1 + (q % (text0.length - start));
            return ann(`n-${i}`, text0, start, end);
          });
          let chars: Ch[] = text0.split('').map((c, i) => ({ c, ids: new Set(anns.filter((x) => x.selectors.position.start <= i && i < x.selectors.position.end).map((x) => x.id)) }));
          let text = text0;
          let current = anns;
          const orphans = new Set<string>();
          for (const [p, q, ins] of rawEdits) {
            const rangeOffset = p % (text.length + 1);
            const rangeLength = q % (text.length - rangeOffset + 1);
            const edit = { rangeOffset, rangeLength, text: ins };
            const r = applyEdits(current, [edit], orphans);
            r.orphaned.forEach((id) => orphans.add(id));
            current = r.annotations;
            text = apply(text, edit);
            chars = track(chars, edit);
            assert.equal(chars.map((c) => c.c).join(''), text);
          }
          for (const x of current) {
            const expected = chars.filter((c) => c.ids.has(x.id)).map((c) => c.c).join('');
            if (expected === '') {
              assert.ok(orphans.has(x.id), `${x.id} should be an orphan`);
            } else {
              assert.ok(!orphans.has(x.id), `${x.id} should not be an orphan`);
              const { start, end } = x.selectors.position;
              assert.equal(text.slice(start, end), expected);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
