import * as assert from 'node:assert/strict';
import { buildClaimsTree } from '../../src/extension/model/claimsTreeModel';
import { gutterOffsets, highlightRanges } from '../../src/extension/model/decorationModel';
import { FindingIndex } from '../../src/extension/model/findings';
import { hoverMarkdown, escapeMarkdown } from '../../src/extension/model/hoverModel';
import { shorten } from '../../src/extension/model/labels';
import { LineIndex } from '../../src/extension/model/lines';
import { CounterCycle, counterTargets, definitionTargets, linkedTargets, nextClaim, previousClaim, referenceTargets } from '../../src/extension/model/navigationModel';
import { buildSpeakersTree } from '../../src/extension/model/speakersTreeModel';
import { statusCounts, statusText } from '../../src/extension/model/statusModel';
import type { TreeNode } from '../../src/extension/model/treeNodes';
import { ARTICLE, fixtureAnalysis, span } from './ext-fixture';

const index = () => FindingIndex.create(fixtureAnalysis(), ARTICLE);
const lines = new LineIndex(ARTICLE);
const opts = { filter: 'all' as const, groupBySpeaker: false, labelLength: 30, lineAt: (o: number) => lines.lineAt(o) };
const shape = (nodes: readonly TreeNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.id, n.label, n.description, shape(n.children)] : [n.id, n.label, n.description]));

describe('extension model: findings', () => {
  it('orders findings by position and gives each its extent', () => {
    const idx = index();
    assert.deepEqual(idx.all.map((f) => f.id), ['a-min', 'c-min', 'd-teh', 'a-union', 'c-union', 'c-cost']);
    const a = idx.get('a-min')!;
    assert.equal(ARTICLE.slice(a.start, a.end), 'The transport minister said the new terminal "will double exports by 2027"');
    const d = idx.get('d-teh')!;
    assert.equal(ARTICLE.slice(d.start, d.end), 'Tehran denied that any deal on the terminal had been signed');
    assert.equal(d.content.text, 'any deal on the terminal had been signed');
  });

  it('links claims to counters and counters to claims in document order', () => {
    const idx = index();
    assert.deepEqual(idx.countersOf('c-min').map((c) => [c.finding.id, c.relation]), [['d-teh', 'denies'], ['c-union', 'contradicts']]);
    assert.deepEqual(idx.answeredBy('d-teh').map((c) => c.finding.id), ['c-min']);
    assert.deepEqual(idx.countersOf('c-union'), []);
    assert.equal(idx.counterCount, 2);
  });

  it('drops links whose ends are missing', () => {
    const a = fixtureAnalysis();
    a.links.push({ claim: 'c-min', counter: 'd-gone', relation: 'denies', score: 1 });
    assert.equal(FindingIndex.create(a, ARTICLE).links.length, 2);
  });

  it('finds the findings at an offset, smallest first, end inclusive', () => {
    const idx = index();
    const inside = span(ARTICLE, 'double').start;
    assert.deepEqual(idx.at(inside).map((f) => f.id), ['c-min', 'a-min']);
    assert.deepEqual(idx.at(span(ARTICLE, 'will double exports by 2027').end).map((f) => f.id), ['c-min', 'a-min']);
    assert.deepEqual(idx.at(0), []);
  });
});

describe('extension model: labels and lines', () => {
  it('shortens at a word boundary, strips quotes and collapses whitespace', () => {
    assert.equal(shorten('“The ferry   will\nrun again”', 60), 'The ferry will run again');
    assert.equal(shorten('The terminal will double exports by 2027 and more', 30), 'The terminal will double\u2026');
    assert.equal(shorten('abcdefghijklmnopqrstuvwxyz', 10), 'abcdefghi\u2026');
  });

  it('maps offsets to lines for \\n, \\r\\n and \\r', () => {
    const li = new LineIndex('a\nb\r\nc\rd');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((o) => li.lineAt(o)), [0, 0, 1, 1, 1, 2, 2, 3]);
    assert.equal(li.lineCount, 4);
  });
});

describe('extension model: claims tree', () => {
  it('lists claims in document order with counters and attribution as children', () => {
    assert.deepEqual(shape(buildClaimsTree(index(), opts)), [
      ['claim:c-min', 'will double exports by 2027', 'Transport Minister', [
        ['claim:c-min/counter:d-teh', 'Tehran denied that any deal\u2026', 'denies \u00B7 Iran'],
        ['claim:c-min/counter:c-union', 'exports fell by 12 percent\u2026', 'contradicts \u00B7 union leader'],
        ['claim:c-min/attribution:a-min', 'The transport minister \u2014 said', 'attribution'],
      ]],
      ['claim:c-union', 'exports fell by 12 percent\u2026', 'union leader', [
        ['claim:c-union/attribution:a-union', 'A union leader \u2014 told', 'attribution'],
      ]],
      ['claim:c-cost', 'The terminal cost 40 million\u2026', 'the article'],
    ]);
  });

  it('gives a tooltip with the full text and the line, and targets the exact span', () => {
    const [first] = buildClaimsTree(index(), opts);
    assert.equal(first!.tooltip, 'will double exports by 2027\n\nTransport Minister \u00B7 Line 3 \u00B7 2 counter-claims');
    assert.deepEqual(first!.target, { start: span(ARTICLE, 'will double exports by 2027').start, end: span(ARTICLE, 'will double exports by 2027').end });
    assert.equal(first!.contextValue, 'claim.countered');
  });

  it('filters claims with and without counter-claims', () => {
    assert.deepEqual(buildClaimsTree(index(), { ...opts, filter: 'withCounters' }).map((n) => n.id), ['claim:c-min']);
    assert.deepEqual(buildClaimsTree(index(), { ...opts, filter: 'withoutCounters' }).map((n) => n.id), ['claim:c-union', 'claim:c-cost']);
  });

  it('groups by speaker with ids that stay distinct from the flat tree', () => {
    const grouped = buildClaimsTree(index(), { ...opts, groupBySpeaker: true });
    assert.deepEqual(grouped.map((n) => [n.id, n.label, n.description, n.children.map((c) => c.id)]), [
      ['speaker:Transport Minister', 'Transport Minister', '1 claim', ['speaker:Transport Minister/claim:c-min']],
      ['speaker:union leader', 'union leader', '1 claim', ['speaker:union leader/claim:c-union']],
      ['speaker:the article', 'the article', '1 claim', ['speaker:the article/claim:c-cost']],
    ]);
  });

  it('keeps ids stable when the text before a claim changes', () => {
    const edited = `Breaking.\n\n${ARTICLE}`;
    const idx2 = FindingIndex.create(fixtureAnalysis(edited), edited);
    const ids = (nodes: readonly TreeNode[]): string[] => nodes.flatMap((n) => [n.id, ...ids(n.children)]);
    assert.deepEqual(ids(buildClaimsTree(idx2, { ...opts, lineAt: (o) => new LineIndex(edited).lineAt(o) })), ids(buildClaimsTree(index(), opts)));
  });

  it('lists orphaned annotations last', () => {
    const tree = buildClaimsTree(index(), { ...opts, orphans: [{ id: 'n1', quote: 'a sentence that was deleted', note: 'check' }] });
    assert.deepEqual(shape(tree.slice(-1)), [['orphans', 'Orphaned annotations', '1', [['orphan:n1', 'a sentence that was deleted', 'check']]]]);
  });
});

describe('extension model: speakers tree', () => {
  it('lists each speaker with their findings in document order', () => {
    assert.deepEqual(shape(buildSpeakersTree(index(), { labelLength: 30, lineAt: opts.lineAt })), [
      ['speaker:Transport Minister', 'Transport Minister', '1 claim, 1 attribution', [
        ['speaker:Transport Minister/attribution:a-min', 'the new terminal "will double\u2026', 'attribution (said)'],
        ['speaker:Transport Minister/claim:c-min', 'will double exports by 2027', 'claim'],
      ]],
      ['speaker:Iran', 'Iran', '1 denial', [['speaker:Iran/denial:d-teh', 'any deal on the terminal had\u2026', 'denial']]],
      ['speaker:union leader', 'union leader', '1 claim, 1 attribution', [
        ['speaker:union leader/attribution:a-union', 'exports fell by 12 percent\u2026', 'attribution (told)'],
        ['speaker:union leader/claim:c-union', 'exports fell by 12 percent\u2026', 'claim'],
      ]],
      ['speaker:the article', 'the article', '1 claim', [['speaker:the article/claim:c-cost', 'The terminal cost 40 million\u2026', 'claim']]],
    ]);
  });
});

describe('extension model: navigation', () => {
  const at = (w: string) => span(ARTICLE, w).start;

  it('steps to the next and previous claim, wrapping around', () => {
    const idx = index();
    assert.deepEqual([nextClaim(idx, 0)!.finding.id, nextClaim(idx, 0)!.wrapped], ['c-min', false]);
    assert.equal(nextClaim(idx, at('will double'))!.finding.id, 'c-union');
    assert.deepEqual([nextClaim(idx, at('The terminal cost'))!.finding.id, nextClaim(idx, at('The terminal cost'))!.wrapped], ['c-min', true]);
    assert.equal(previousClaim(idx, at('exports fell'))!.finding.id, 'c-min');
    assert.deepEqual([previousClaim(idx, at('will double'))!.finding.id, previousClaim(idx, at('will double'))!.wrapped], ['c-cost', true]);
    assert.equal(nextClaim(FindingIndex.empty(), 0), undefined);
  });

  it('goes from a claim to its counters and from a denial to the claim it answers', () => {
    const idx = index();
    const fromClaim = counterTargets(idx, at('double'))!;
    assert.equal(fromClaim.origin.id, 'c-min');
    assert.deepEqual(fromClaim.targets.map((t) => t.finding.id), ['d-teh', 'c-union']);
    const fromDenial = counterTargets(idx, at('denied'))!;
    assert.deepEqual([fromDenial.origin.id, fromDenial.targets.map((t) => t.finding.id)], ['d-teh', ['c-min']]);
    // The union leader's claim both is a claim and counters the minister's.
    assert.deepEqual(counterTargets(idx, at('12 percent'))!.targets.map((t) => t.finding.id), ['c-min']);
    assert.equal(counterTargets(idx, at('40 million')), undefined);
    assert.equal(counterTargets(idx, at('union leader')), undefined);
  });

  it('starts from a given finding (the claims view\u2019s context menu) as from the cursor', () => {
    const idx = index();
    assert.deepEqual(linkedTargets(idx, idx.get('c-min')!)!.targets.map((t) => t.finding.id), ['d-teh', 'c-union']);
    assert.deepEqual(linkedTargets(idx, idx.get('c-union')!)!.targets.map((t) => t.finding.id), ['c-min']);
    assert.equal(linkedTargets(idx, idx.get('c-cost')!), undefined);
  });

  it('cycles origin -> each target -> origin while the selection stays where the jump left it', () => {
    const c = new CounterCycle();
    const sel = (id: string) => { const f = index().get(id)!; return { start: f.start, end: f.end }; };
    c.start('doc@1', 'c-min', ['d-teh', 'c-union'], 0, sel('d-teh'));
    assert.equal(c.next('doc@1', sel('d-teh')), 'c-union');
    c.landed('doc@1', sel('c-union'));
    assert.equal(c.next('doc@1', sel('c-union')), 'c-min');
    c.landed('doc@1', sel('c-min'));
    assert.equal(c.next('doc@1', sel('c-min')), 'd-teh');
    c.landed('doc@1', sel('d-teh'));
    assert.equal(c.next('doc@1', { start: 0, end: 0 }), undefined, 'moved away: no cycle');
    assert.equal(c.next('doc@2', sel('d-teh')), undefined, 'edited: no cycle');
  });

  it('gives definitions and references of a link group', () => {
    const idx = index();
    assert.deepEqual(definitionTargets(idx, at('double')).map((f) => f.id), ['d-teh', 'c-union']);
    assert.deepEqual(definitionTargets(idx, at('denied')).map((f) => f.id), ['c-min']);
    assert.deepEqual(referenceTargets(idx, at('double'), true).map((f) => f.id), ['c-min', 'd-teh', 'c-union']);
    assert.deepEqual(referenceTargets(idx, at('double'), false).map((f) => f.id), ['d-teh', 'c-union']);
    assert.deepEqual(referenceTargets(idx, at('denied'), false).map((f) => f.id), ['c-min', 'c-union']);
    assert.deepEqual(referenceTargets(idx, at('40 million'), true), []);
  });
});

describe('extension model: highlights, hover and status', () => {
  it('gives the ranges of each highlight kind and the gutter lines', () => {
    const r = highlightRanges(fixtureAnalysis());
    const words = (list: { start: number; end: number }[]) => list.map((x) => ARTICLE.slice(x.start, x.end));
    assert.deepEqual(words(r.claim), ['will double exports by 2027', 'exports fell by 12 percent last year', 'The terminal cost 40 million dollars.']);
    assert.deepEqual(words(r.attributionSource), ['The transport minister', 'A union leader']);
    assert.deepEqual(words(r.attributionCue), ['said', 'told']);
    assert.deepEqual(words(r.quotedContent), ['the new terminal "will double exports by 2027"', 'exports fell by 12 percent last year']);
    assert.deepEqual(words(r.denialCue), ['denied']);
    assert.deepEqual(words(r.denialTarget), ['any deal on the terminal had been signed']);
    assert.deepEqual(gutterOffsets(index()), [span(ARTICLE, 'will double').start]);
  });

  it('writes a hover with kind, speaker, content and links to the counters', () => {
    const idx = index();
    const md = hoverMarkdown(idx, idx.get('c-min')!, (o) => lines.lineAt(o), (f) => `command:go?${f.id}`);
    assert.equal(md, [
      '**Claim** \u00B7 Transport Minister',
      '',
      '> will double exports by 2027',
      '',
      '**Counter-claims (2)**',
      '',
      '- [any deal on the terminal had been signed](command:go?d-teh) \u2014 denies \u00B7 Iran, line 5',
      '- [exports fell by 12 percent last year](command:go?c-union) \u2014 contradicts \u00B7 union leader, line 7',
    ].join('\n'));
    const denial = hoverMarkdown(idx, idx.get('d-teh')!, (o) => lines.lineAt(o), (f) => `command:go?${f.id}`);
    assert.match(denial, /^\*\*Denial\*\* · Iran\n_denied_\n\n> any deal on the terminal had been signed\n\n\*\*Denies \(1\)\*\*\n\n- \[will double exports by 2027\]\(command:go\?c-min\) — denies this · Transport Minister, line 3$/);
  });

  it('escapes article text so it cannot become a link or markup', () => {
    assert.equal(escapeMarkdown('[x](command:evil) *b*'), '\\[x\\]\\(command:evil\\) \\*b\\*');
  });

  it('counts claims, counter-claims and denials', () => {
    assert.deepEqual(statusCounts(index()), { claims: 3, counterClaims: 2, denials: 1 });
    assert.equal(statusText(statusCounts(index())), '$(comment-discussion) 3 $(arrow-swap) 2 $(thumbsdown) 1');
  });
});

describe('extension model: a claim taken from a denial\'s target', () => {
  // "Tehran denied that any deal on the terminal had been signed": the deal is a proposition reported as denied, which
  // no one in the article is named as claiming; the views call its claimant not named, not the article
  const withDenied = () => {
    const a = fixtureAnalysis();
    const d = a.denials.find((x) => x.id === 'd-teh')!;
    a.claims.push({ id: 'c-deal', span: d.target!, claimant: null, attribution: null, checkworthiness: 0.5, deniedBy: 'd-teh' });
    a.links.push({ claim: 'c-deal', counter: 'd-teh', relation: 'denies', score: 1 });
    return FindingIndex.create(a, ARTICLE);
  };
  it('is listed under "claimant not named", its denial under it', () => {
    const tree = buildClaimsTree(withDenied(), opts).find((n) => n.id === 'claim:c-deal')!;
    assert.deepEqual(shape([tree]), [['claim:c-deal', 'any deal on the terminal had\u2026', 'claimant not named', [['claim:c-deal/counter:d-teh', 'Tehran denied that any deal\u2026', 'denies \u00B7 Iran']]]]);
    const grouped = buildClaimsTree(withDenied(), { ...opts, groupBySpeaker: true });
    assert.deepEqual(grouped.map((n) => n.label), ['Transport Minister', 'claimant not named', 'union leader', 'the article']);
  });
  it('says so in the hover', () => {
    const idx = withDenied();
    assert.match(hoverMarkdown(idx, idx.get('c-deal')!, (o) => lines.lineAt(o), () => '#'), /^\*\*Claim\*\* · claimant not named\n/);
  });
});
