/**
 * A fact check's table of claims, read by rows (src/core/tables.ts, analyzer.ts).
 */
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core/analyzer';
import { findClaimRows } from '../../src/core/tables';
import { ProseExtractor } from '../../src/core/prose/extract';

const T = [
  '# Fact check: the debate',
  '',
  'We checked three claims from Sunday\'s debate.',
  '',
  '| Claim | Who said it | Verdict |',
  '|---|---|---|',
  '| Unemployment in Westmarch is at its lowest level in 20 years | Governor Callum Brightwater | Mostly true |',
  '| Average rents rose 38% under Brightwater | Odette Lanier | False |',
  '| Lanier\'s plan would cost taxpayers 2 billion crowns a year | Callum Brightwater | Unsupported |',
  '',
  'Rents rose 22% over the period, the housing observatory says.',
].join('\n');

describe('core tables', () => {
  it('reads a claims table by rows: the claim\'s, the verdict\'s and the speaker\'s cells', () => {
    const blocks = new ProseExtractor().blocks(T, 'markdown');
    const rows = findClaimRows(T, blocks);
    assert.deepEqual(rows.map((r) => [blocks[r.claim].text.slice(0, 18), blocks[r.verdict].text, r.who]), [
      ['Unemployment in We', 'Mostly true', 'Callum Brightwater'],
      ['Average rents rose', 'False', 'Odette Lanier'],
      ['Lanier\'s plan woul', 'Unsupported', 'Callum Brightwater'],
    ]);
  });

  it('gives each row\'s claim its speaker, and links its verdict to it alone; the head "Who said it" reports nothing', () => {
    const a = analyze(T, 'markdown');
    const claims = new Map(a.claims.map((c) => [c.id, c]));
    const denials = new Map(a.denials.map((d) => [d.id, d]));
    assert.deepEqual(a.claims.filter((c) => c.claimant !== null && c.span.start < T.indexOf('Rents rose')).map((c) => [c.span.text, c.claimant]), [
      ['Unemployment in Westmarch is at its lowest level in 20 years', 'Callum Brightwater'],
      ['Average rents rose 38% under Brightwater', 'Odette Lanier'],
      ['Lanier\'s plan would cost taxpayers 2 billion crowns a year', 'Callum Brightwater'],
    ]);
    const verdictLinks = a.links.filter((l) => l.relation === 'denies' && ['False', 'Unsupported'].includes(denials.get(l.counter)?.cue.text ?? ''));
    assert.deepEqual(verdictLinks.map((l) => [claims.get(l.claim)?.span.text.slice(0, 20), denials.get(l.counter)?.cue.text]), [
      ['Average rents rose 3', 'False'],
      ['Lanier\'s plan would ', 'Unsupported'],
    ]);
    assert.deepEqual(a.attributions.filter((x) => x.source?.text === 'Who'), []);
  });

  it('a verdict cell that opens with a rating and a colon, its explanation after it, denies its row\'s claim; the rating names no speaker', () => {
    const t = [
      '| Claim | Who said it | Verdict |',
      '| --- | --- | --- |',
      '| "We have built 300,000 homes a year" | Housing Secretary Dev Patel | False: official figures show 234,000 homes were built last year. |',
      '| "Crime has doubled since 2015" | Opposition leader Mark Hale | Misleading: recorded crime rose by 40%, partly because of changes in how police record offences. |',
    ].join('\n');
    const a = analyze(t, 'markdown');
    const claims = new Map(a.claims.map((c) => [c.id, c.span.text]));
    const denials = new Map(a.denials.map((d) => [d.id, d.cue.text]));
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => [claims.get(l.claim), denials.get(l.counter)]), [
      ['We have built 300,000 homes a year', 'False'],
      ['Crime has doubled since 2015', 'Misleading'],
    ]);
    assert.deepEqual(a.attributions.filter((x) => x.source?.text === 'Misleading' || x.source?.text === 'False'), []);
  });

  it('one Analyzer after an edit in a row\'s cells equals a fresh one', () => {
    const an = new Analyzer();
    an.analyze(T, 'markdown');
    for (const edited of [T.replace('| Odette Lanier |', '| Mara Lanier |'), T.replace('| False |', '| Misleading |'), T.replace('38%', '40%'), T]) {
      assert.deepEqual(an.analyze(edited, 'markdown'), new Analyzer().analyze(edited, 'markdown'));
    }
  });

  it('is no claims table without a claim column and a verdict column', () => {
    const t = '| Year | Rent |\n|---|---|\n| 2021 | 900 |\n| 2024 | 1,100 |\n';
    assert.deepEqual(findClaimRows(t, new ProseExtractor().blocks(t, 'markdown')), []);
  });
});
describe('forty-ninth session: a claim cell is a claim whatever it scores', () => {
  const t = ['# Drone strikes: the claims', '', '| Claim | Who said it | Verdict |', '|---|---|---|', '| 40 of 52 drones destroyed | Ukrainian air force | Unverified |', '| Only military targets hit | Russian defence ministry | False |', ''].join('\n');
  it('"Only military targets hit" is the ministry\'s claim, checked, and its row\'s "False" answers it', () => {
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [['40 of 52 drones destroyed', 'Ukrainian air force', 0.9], ['Only military targets hit', 'Russian defence ministry', 0.9]]);
    const falseDenial = a.denials.find((d) => d.cue.text === 'False');
    assert.ok(falseDenial);
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, l.counter === falseDenial.id, l.relation]), [['Only military targets hit', true, 'denies']]);
  });
  it('but a short statement in a table with no claim column is none', () => {
    const a = analyze(['| Target | Damage |', '|---|---|', '| Only military targets hit | None |', ''].join('\n'), 'markdown');
    assert.deepEqual(a.claims, []);
  });
});
describe('fiftieth session: a fact check\'s claims named by labels', () => {
  const t = ['# Fact check: the mayoral debate', '', '## 1. "Knife crime has doubled since 2020"', '', '**Who said it:** Conservative candidate Paul Draper', '', '**Verdict:** False', '', 'Police recorded 412 knife offences in 2020 and 468 in 2024.', '', '## 2. "Bus fares are the highest in the country"', '', '**Who said it:** Green candidate Lucy Barnes', '', '**Verdict:** True', ''].join('\n');
  it('the heading\'s claim is the speaker the "Who said it:" label names, and its section\'s verdict answers it', () => {
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.claims.filter((c) => c.claimant === 'Paul Draper' || c.claimant === 'Lucy Barnes').map((c) => [c.span.text, c.claimant]), [['Knife crime has doubled since 2020', 'Paul Draper'], ['Bus fares are the highest in the country', 'Lucy Barnes']]);
    const verdict = a.denials.find((d) => d.cue.text === 'False');
    assert.deepEqual(a.links.filter((l) => l.counter === verdict?.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['Knife crime has doubled since 2020']);
  });
  it('and the label is no report of its own: "**Who said it:** Mayor Anita Shah"', () => {
    const a = analyze(t.replace('Conservative candidate Paul Draper', 'Mayor Anita Shah'), 'markdown');
    assert.deepEqual(a.attributions.map((x) => x.content?.text), []);
    assert.equal(a.claims[0].claimant, 'Anita Shah');
  });
  it('reads the same after edits as from scratch', () => {
    const an = new Analyzer();
    an.analyze(t, 'markdown');
    for (const edited of [t.replace('Paul Draper', 'Paula Draper'), t.replace('**Verdict:** False', '**Verdict:** True'), t]) {
      assert.deepEqual(an.analyze(edited, 'markdown'), new Analyzer().analyze(edited, 'markdown'));
    }
  });
  it('but a label with no heading or "Claim:" before it names no one\'s claim', () => {
    const a = analyze('Knife crime has doubled since 2020.\n\nWho said it: Paul Draper\n', 'markdown');
    assert.deepEqual(a.claims.map((c) => c.claimant), [null]);
  });
});
describe('fifty-first session: a "Who said it:" label that says where', () => {
  it('is no claim of its own, and still names whose the claim is', () => {
    const a = analyze('**Claim:** The council has doubled parking charges.\n\n**Who said it:** Councillor Gary Finch, in a Facebook post on 3 May.\n\n**Verdict:** False\n', 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The council has doubled parking charges', 'Gary Finch']]);
  });
});
