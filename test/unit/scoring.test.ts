import * as assert from 'node:assert/strict';
import {
  halfOfLongerScore,
  matchOneToOne,
  overlap,
  overlapsHalfOfLonger,
  prf,
  resolveGoldSpan,
  scoreAttributions,
  scoreSeed,
  scoreStance,
  spanLength,
  type AnalysisLike,
  type AttributionItem,
  type SeedGold,
} from '../../scripts/lib/scoring';
import { parseEmergent } from '../../scripts/lib/emergent';

const r = (start: number, end: number) => ({ start, end });

describe('scoring: spans', () => {
  it('measures overlap of plain and split spans', () => {
    assert.equal(overlap([r(0, 10)], [r(5, 20)]), 5);
    assert.equal(overlap([r(0, 10)], [r(10, 20)]), 0);
    assert.equal(overlap([r(0, 4), r(10, 14)], [r(2, 12)]), 4);
    assert.equal(spanLength([r(0, 4), r(10, 14)]), 8);
  });

  it('applies the half-of-the-longer rule', () => {
    assert.equal(overlapsHalfOfLonger([r(0, 10)], [r(0, 5)]), true); // 5 of 10
    assert.equal(overlapsHalfOfLonger([r(0, 10)], [r(0, 4)]), false); // 4 of 10
    assert.equal(overlapsHalfOfLonger([r(0, 10)], [r(5, 15)]), true); // 5 of 10
    assert.equal(overlapsHalfOfLonger([r(0, 0)], [r(0, 0)]), false);
    assert.equal(halfOfLongerScore([r(0, 10)], [r(2, 9)]), 7);
    assert.equal(halfOfLongerScore([r(0, 10)], [r(9, 30)]), 0);
  });

  it('resolves gold spans, exact or with a context', () => {
    const text = 'Ann said no. Bob said yes.';
    assert.deepEqual(resolveGoldSpan(text, 'Bob said'), r(13, 21));
    assert.deepEqual(resolveGoldSpan(text, { text: 'said', near: 'Bob said yes' }), r(17, 21));
    assert.throws(() => resolveGoldSpan(text, 'said'), /occurs 2 times/);
    assert.throws(() => resolveGoldSpan(text, 'Carl'), /occurs 0 times/);
    assert.throws(() => resolveGoldSpan(text, { text: 'x', near: 'Bob said' }), /occurs 0 times in "Bob said"/);
  });
});

describe('scoring: matching and figures', () => {
  it('pairs one-to-one, largest overlap first', () => {
    // gold 0 overlaps found 0 by 3 and found 1 by 6; gold 1 overlaps found 1 by 2 only.
    const gold = [[r(0, 10)], [r(8, 12)]];
    const found = [[r(0, 3)], [r(4, 10)]];
    const pairs = matchOneToOne(gold, found, (g, f) => overlap(g, f));
    assert.deepEqual(pairs, [{ gold: 0, found: 1, score: 6 }]);
  });

  it('breaks ties by gold order, then found order', () => {
    const pairs = matchOneToOne([[r(0, 4)], [r(0, 4)]], [[r(0, 4)], [r(0, 4)]], (g, f) => overlap(g, f));
    assert.deepEqual(pairs, [
      { gold: 0, found: 0, score: 4 },
      { gold: 1, found: 1, score: 4 },
    ]);
  });

  it('computes precision, recall and F1 with the documented conventions', () => {
    assert.deepEqual(prf(3, 4, 6), { tp: 3, found: 4, gold: 6, precision: 0.75, recall: 0.5, f1: 0.6 });
    assert.deepEqual(prf(0, 0, 0), { tp: 0, found: 0, gold: 0, precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(prf(0, 0, 5), { tp: 0, found: 0, gold: 5, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(prf(0, 2, 0), { tp: 0, found: 2, gold: 0, precision: 0, recall: 1, f1: 0 });
  });

  it('scores cue, source and content by the PolNeAR rules', () => {
    const item = (cue: [number, number], source: [number, number] | null, content: [number, number] | null): AttributionItem => ({
      id: '',
      kind: 'attribution',
      cue: [r(...cue)],
      source: source ? [r(...source)] : null,
      content: content ? [r(...content)] : null,
    });
    const gold = [item([10, 14], [0, 9], [15, 40]), item([50, 54], null, [55, 70]), item([80, 84], [70, 79], [85, 99])];
    const found = [
      item([10, 14], [5, 9], [15, 26]), // cue right, source right, content 11 of 25: wrong
      item([52, 56], [40, 49], [55, 70]), // cue right, a source where gold has none, content right
      item([100, 104], [90, 99], null), // no gold cue here
    ];
    const s = scoreAttributions(gold, found);
    assert.deepEqual(s.pairs.map((p) => [p.gold, p.found]), [
      [0, 0],
      [1, 1],
    ]);
    assert.deepEqual([s.cue.tp, s.cue.found, s.cue.gold], [2, 3, 3]);
    assert.deepEqual([s.source.tp, s.source.found, s.source.gold], [1, 3, 2]);
    assert.deepEqual([s.content.tp, s.content.found, s.content.gold], [1, 2, 3]);
  });

  it('scores the against class of stances and counts the confusion', () => {
    const s = scoreStance([
      { gold: 'against', predictedAgainst: true },
      { gold: 'against', predictedAgainst: false },
      { gold: 'for', predictedAgainst: true },
      { gold: 'observing', predictedAgainst: false },
    ]);
    assert.deepEqual([s.against.tp, s.against.found, s.against.gold], [1, 2, 2]);
    assert.deepEqual(s.confusion, { against: { against: 1, other: 1 }, for: { against: 1, other: 0 }, observing: { against: 0, other: 1 } });
    assert.equal(s.total, 4);
  });

  it('reads the Emergent columns with a CSV parser (quoted commas and quotes)', () => {
    const csv = ',claimHeadline,articleHeadline,articleHeadlineStance\n0,"A, B","Mayor denies ""plan""",Against\n';
    assert.deepEqual(parseEmergent(csv), [{ claimHeadline: 'A, B', articleHeadline: 'Mayor denies "plan"', stance: 'against' }]);
    assert.throws(() => parseEmergent('a,b\n1,2\n'), /lacks the column\(s\): claimHeadline, articleHeadline, articleHeadlineStance/);
  });
});

describe('scoring: seed gold format', () => {
  const text = 'Ann Lee said the mine had 40 workers. Bob Roe denied that the mine had 40 workers. Cy said yes.';
  const gold: SeedGold = {
    attributions: [
      { id: 'A1', kind: 'attribution', source: 'Ann Lee', cue: { text: 'said', near: 'Lee said' }, content: { text: 'the mine had 40 workers', near: 'said the mine had 40 workers' } },
      { id: 'A2', kind: 'denial', source: 'Bob Roe', cue: 'denied', content: { text: 'the mine had 40 workers', near: 'that the mine had 40 workers' } },
      { id: 'A3', kind: 'attribution', optional: true, source: 'Cy', cue: { text: 'said', near: 'Cy said' }, content: null },
    ],
    claims: [
      { id: 'C1', text: { text: 'the mine had 40 workers', near: 'said the mine had 40 workers' } },
      { id: 'C2', optional: true, text: 'yes' },
    ],
    links: [{ claim: 'C1', counter: 'A2' }],
  };
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

  it('finds everything a perfect analysis reports, in either link direction', () => {
    const analysis: AnalysisLike = {
      attributions: [
        { id: 'a1', cue: span(8, 12), source: span(0, 7), content: span(13, 36) },
        { id: 'a3', cue: span(86, 90), source: span(83, 85), content: null },
      ],
      denials: [{ id: 'd1', cue: span(46, 52), source: span(38, 45), target: span(58, 81) }],
      claims: [{ id: 'c1', span: span(13, 36) }],
      links: [{ claim: 'c1', counter: 'd1' }],
    };
    const s = scoreSeed(text, gold, analysis);
    assert.deepEqual([s.attributions.required, s.attributions.requiredFound, s.attributions.optionalFound, s.attributions.falseFound], [1, 1, 1, 0]);
    assert.equal(s.attributions.prf.precision, 1);
    assert.deepEqual([s.denials.required, s.denials.requiredFound, s.denials.prf.precision], [1, 1, 1]);
    assert.deepEqual([s.claims.required, s.claims.requiredFound, s.claims.prf.precision], [1, 1, 1]);
    assert.deepEqual([s.links.required, s.links.requiredFound, s.links.prf.precision], [1, 1, 1]);
    assert.deepEqual([s.source.tp, s.source.found, s.source.gold], [2, 2, 2]);
    assert.deepEqual([s.content.tp, s.content.found, s.content.gold], [2, 2, 2]);

    const reversed = scoreSeed(text, gold, { ...analysis, links: [{ claim: 'd1', counter: 'c1' }] });
    assert.equal(reversed.links.requiredFound, 1);
  });

  it('reports misses, false findings and a denial reported as an attribution', () => {
    const analysis: AnalysisLike = {
      attributions: [
        { id: 'a2', cue: span(46, 52), source: span(38, 45), content: span(58, 81) }, // the denial, as an attribution
        { id: 'a9', cue: span(29, 36), source: null, content: null }, // nothing there
      ],
      denials: [],
      claims: [{ id: 'c1', span: span(13, 24) }], // "the mine ha": 11 of 23, under half
      links: [{ claim: 'c1', counter: 'a2' }],
    };
    const s = scoreSeed(text, gold, analysis);
    assert.deepEqual(s.attributions.missed.map((m) => m.id), ['A1']);
    assert.deepEqual(s.attributions.falseFindings.map((f) => f.id), ['a2', 'a9']);
    assert.equal(s.attributions.prf.precision, 0);
    assert.deepEqual(s.denials.missed, [
      { id: 'A2', text: 'cue "denied" | source "Bob Roe" | content "the mine had 40 workers"', note: 'reported as an attribution (a2)' },
    ]);
    assert.equal(s.claims.missed[0].id, 'C1');
    assert.match(s.claims.missed[0].note ?? '', /less than half/);
    assert.deepEqual(s.claims.falseFindings, [{ id: 'c1', text: 'the mine ha' }]);
    assert.deepEqual(s.links.missed.map((m) => m.text), ['C1 (not found) <-> A2 (not found)']);
    assert.equal(s.links.falseFound, 1);
  });
});
