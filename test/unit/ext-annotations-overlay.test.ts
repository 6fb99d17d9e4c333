// The annotation overlay the extension applies to every analysis (src/extension/annotations/overlay.ts), the
// annotation-file location setting and the verdict words, on the hand-built analysis of ext-fixture.ts.
import * as assert from 'node:assert/strict';
import {
  annotateFinding, createMark, emptyDocument, linkCounter, makeVerdict, reconcile, sequentialContext, STANDARD_VERDICTS, type AnnotationDocument,
} from '../../src/core/annotations';
import { annotationSegments, readLocation } from '../../src/extension/annotations/location';
import { buildOverlay, verdictText } from '../../src/extension/annotations/overlay';
import { CUSTOM_VERDICT, verdictChoices, verdictIcon } from '../../src/extension/annotations/verdicts';
import { buildClaimsTree } from '../../src/extension/model/claimsTreeModel';
import { FindingIndex } from '../../src/extension/model/findings';
import { ARTICLE, fixtureAnalysis, span } from './ext-fixture';

const T = '2026-03-02T09:00:00.000Z';

function overlayOf(doc: AnnotationDocument, showDismissed = false) {
  const analysis = fixtureAnalysis();
  const merged = reconcile(analysis, doc, ARTICLE);
  const o = buildOverlay(analysis, merged, ARTICLE, showDismissed);
  return { analysis, merged, overlay: o, index: FindingIndex.create(o.analysis, ARTICLE, o) };
}

const ref = (id: string) => {
  const a = fixtureAnalysis();
  const c = a.claims.find((x) => x.id === id);
  if (c) return { findingId: id, kind: 'claim' as const, start: c.span.start, end: c.span.end };
  const d = a.denials.find((x) => x.id === id)!;
  return { findingId: id, kind: 'denial' as const, start: d.source!.start, end: d.target!.end };
};

describe('extension annotations: overlay', () => {
  it('adds a mark as a claim of the user, with its verdict and note, drawn and listed like a finding', () => {
    const ctx = sequentialContext(T);
    const words = span(ARTICLE, 'The terminal cost 40 million dollars');
    const { doc } = createMark(emptyDocument(), { kind: 'attribution', start: words.start, end: words.start + 12 }, ARTICLE, ctx);
    const marked = span(ARTICLE, 'any deal on the terminal');
    const m = createMark(doc, { kind: 'claim', start: marked.start, end: marked.end }, ARTICLE, ctx, { verdict: makeVerdict('false'), note: 'Signed in May.' });
    const { overlay, index } = overlayOf(m.doc);
    assert.deepEqual(overlay.analysis.claims.map((c) => [c.id, c.span.text]).sort(), [
      ['c-cost', 'The terminal cost 40 million dollars.'], ['c-min', 'will double exports by 2027'], ['c-union', 'exports fell by 12 percent last year'],
      ['n-0002', 'any deal on the terminal'],
    ]);
    assert.deepEqual(overlay.analysis.attributions.find((a) => a.id === 'n-0001'), {
      id: 'n-0001', cue: { start: words.start, end: words.start + 12, text: 'The terminal' }, source: null, content: null, speaker: null,
    });
    const f = index.get('n-0002')!;
    assert.deepEqual([f.kind, f.origin, f.start, f.end, f.verdict, f.note, f.speaker], ['claim', 'user', marked.start, marked.end, 'False', 'Signed in May.', null]);
    const tree = buildClaimsTree(index, { filter: 'all', groupBySpeaker: false, labelLength: 60, lineAt: () => 0 });
    const node = tree.find((n) => n.findingId === 'n-0002')!;
    assert.deepEqual([node.label, node.description, node.contextValue], ['any deal on the terminal', 'the article \u00B7 False', 'claim.user']);
  });

  it('puts the verdict, note and speaker of a detected finding on the finding itself (same id, detected origin)', () => {
    const ctx = sequentialContext(T);
    const { doc } = annotateFinding(emptyDocument(), ref('c-union'), ARTICLE, ctx, { verdict: makeVerdict('Half true'), note: 'Ministry data: 11 percent.', speaker: 'Dockers union' });
    const { overlay, index } = overlayOf(doc);
    assert.equal(overlay.findings.length, 1);
    const f = index.get('c-union')!;
    assert.deepEqual([f.origin, f.verdict, f.note, f.speaker], ['detected', 'Half true', 'Ministry data: 11 percent.', 'Dockers union']);
    assert.equal(index.claims.length, 3, 'replaced, not duplicated');
    assert.equal(overlay.analysis.claims.find((c) => c.id === 'c-union')!.claimant, 'Dockers union');
  });

  it('lists a mark on the words of a detected claim once: the detected claim, its claimant, the mark\'s verdict', () => {
    const ctx = sequentialContext(T);
    const words = span(ARTICLE, 'exports fell by 12 percent last year');
    const { doc } = createMark(emptyDocument(), { kind: 'claim', start: words.start, end: words.end }, ARTICLE, ctx, { verdict: makeVerdict('Half true') });
    const { overlay, index } = overlayOf(doc);
    assert.deepEqual(overlay.analysis.claims.map((c) => c.id).sort(), ['c-cost', 'c-min', 'c-union']);
    const f = index.get('c-union')!;
    assert.deepEqual([f.origin, f.marked, f.verdict, f.speaker, f.start, f.end], ['detected', true, 'Half true', fixtureAnalysis().claims.find((c) => c.id === 'c-union')!.claimant, words.start, words.end]);
    const tree = buildClaimsTree(index, { filter: 'all', groupBySpeaker: false, labelLength: 60, lineAt: () => 0 });
    const nodes = tree.filter((n) => n.label === words.text);
    assert.equal(nodes.length, 1);
    assert.match(nodes[0]!.tooltip!, /your mark/);
  });

  it('hides dismissed findings and their links unless dismissed ones are shown, then marks them as dismissed', () => {
    const ctx = sequentialContext(T);
    const { doc } = annotateFinding(emptyDocument(), ref('d-teh'), ARTICLE, ctx, { dismissed: true });
    const hidden = overlayOf(doc);
    assert.deepEqual(hidden.overlay.analysis.denials, []);
    assert.deepEqual(hidden.overlay.analysis.links.map((l) => [l.claim, l.counter]), [['c-min', 'c-union']]);
    assert.equal(hidden.index.get('d-teh'), undefined);
    assert.deepEqual(hidden.index.countersOf('c-min').map((c) => c.finding.id), ['c-union']);
    const shown = overlayOf(doc, true);
    assert.equal(shown.index.get('d-teh')!.verdict, 'Dismissed');
    assert.deepEqual(shown.index.countersOf('c-min').map((c) => c.finding.id), ['d-teh', 'c-union']);
  });

  it('adds the user\'s links between marks and findings once, replacing the analysis\' link between the same two', () => {
    const ctx = sequentialContext(T);
    const words = span(ARTICLE, 'The terminal cost 40 million dollars.');
    const m = createMark(emptyDocument(), { kind: 'denial', start: words.start, end: words.end - 1 }, ARTICLE, ctx);
    let doc = linkCounter(m.doc, { finding: ref('c-union') }, { annotationId: m.annotation.id }, 'denies', ARTICLE, ctx);
    doc = linkCounter(doc, { finding: ref('c-min') }, { finding: ref('d-teh') }, 'denies', ARTICLE, ctx);
    const { overlay, index } = overlayOf(doc);
    const key = (l: { claim: string; counter: string; relation: string; score: number }) => [l.claim, l.counter, l.relation, l.score];
    assert.deepEqual(overlay.analysis.links.map(key), [['c-min', 'c-union', 'contradicts', 0.6], ['c-min', 'd-teh', 'denies', 1], ['c-union', 'n-0001', 'denies', 1]]);
    assert.deepEqual(index.countersOf('c-union').map((c) => [c.finding.id, c.finding.origin, c.relation]), [['n-0001', 'user', 'denies']]);
    assert.deepEqual(index.countersOf('c-min').map((c) => c.finding.id), ['d-teh', 'c-union']);
  });

  it('leaves orphans out of the views (they are listed apart)', () => {
    const ctx = sequentialContext(T);
    const words = span(ARTICLE, 'exports fell by 12 percent');
    const m = createMark(emptyDocument(), { kind: 'claim', start: words.start, end: words.end }, ARTICLE, ctx);
    const changed = ARTICLE.replace('exports fell by 12 percent last year', 'the weather was fine');
    const analysis = { ...fixtureAnalysis(), claims: [], attributions: [], denials: [], links: [] };
    const merged = reconcile(analysis, m.doc, changed);
    assert.deepEqual(merged.orphans.map((o) => o.id), ['n-0001']);
    const o = buildOverlay(analysis, merged, changed, false);
    assert.deepEqual([o.analysis.claims, o.findings], [[], []]);
  });

  it('words a verdict for the views', () => {
    assert.equal(verdictText({ dismissed: false }), undefined);
    assert.equal(verdictText({ dismissed: false, verdict: { label: 'True', rating: 6 } }), 'True');
    assert.equal(verdictText({ dismissed: true, verdict: { label: 'Satire' } }), 'Dismissed \u00B7 Satire');
  });
});

describe('extension annotations: location setting and verdict words', () => {
  it('reads the location setting, warning about an unknown value and using the default', () => {
    assert.deepEqual(readLocation(undefined), { location: 'beside' });
    assert.deepEqual(readLocation('workspaceFolder'), { location: 'workspaceFolder' });
    assert.deepEqual(readLocation('cloud'), {
      location: 'beside',
      problem: 'Setting "counterpoint.annotations.location" has an invalid value "cloud" (expected "beside" or "workspaceFolder"); using the default "beside".',
    });
    assert.equal(readLocation(3).problem?.includes('invalid value 3'), true);
  });

  it('places the file beside the article or mirrored under .counterpoint/', () => {
    assert.deepEqual(annotationSegments('beside', 'story.md', 'news/story.md'), { base: 'articleFolder', segments: ['story.md.counterpoint.json'] });
    assert.deepEqual(annotationSegments('workspaceFolder', 'story.md', 'news/story.md'), { base: 'workspaceFolder', segments: ['.counterpoint', 'news', 'story.md.counterpoint.json'] });
    assert.deepEqual(annotationSegments('workspaceFolder', 'story.md', undefined), { base: 'articleFolder', segments: ['story.md.counterpoint.json'] }, 'outside any workspace folder: beside');
  });

  it('offers the seven standard verdicts and a custom label, with an icon per rating', () => {
    const items = verdictChoices('Misleading');
    assert.deepEqual(items.map((i) => i.label), [...STANDARD_VERDICTS.map((v) => v.label), CUSTOM_VERDICT]);
    assert.deepEqual(items.slice(0, 7).map((i) => i.description), [
      'rating 6 of 6', 'rating 5 of 6', 'rating 4 of 6', 'rating 3 of 6 (current)', 'rating 2 of 6', 'rating 1 of 6', 'no rating',
    ]);
    assert.deepEqual(STANDARD_VERDICTS.map((v) => verdictIcon(v.label)), ['pass-filled', 'pass', 'circle-large-outline', 'warning', 'error', 'close', 'question']);
    assert.equal(verdictIcon('Satire'), 'tag');
    assert.equal(verdictIcon(undefined), undefined);
  });
});
