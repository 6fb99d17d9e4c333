import * as assert from 'node:assert/strict';
import {
  annotateFinding,
  createMark,
  emptyDocument,
  findingRef,
  linkCounter,
  makeVerdict,
  reconcile,
  sequentialContext,
} from '../../src/core/annotations';
import type { Analysis, Claim, Denial } from '../../src/core/types';

function analysisOf(text: string, claims: [string, string][], denials: [string, string][], links: [string, string][] = []): Analysis {
  const span = (q: string) => {
    const start = text.indexOf(q);
    assert.ok(start >= 0, q);
    return { start, end: start + q.length, text: q };
  };
  return {
    schema: 'counterpoint/analysis@1',
    source: { languageId: 'plaintext', length: text.length },
    attributions: [],
    denials: denials.map(([id, q]): Denial => ({ id, cue: span(q), source: null, target: null, speaker: 'Sami Haddad' })),
    claims: claims.map(([id, q]): Claim => ({ id, span: span(q), claimant: 'Dana Ortiz', attribution: null, checkworthiness: 0.8 })),
    links: links.map(([claim, counter]) => ({ claim, counter, relation: 'denies' as const, score: 0.7 })),
  };
}

describe('annotations: merging with the analysis', () => {
  const text1 = 'Ortiz said the bridge cost 12 million euros. Haddad denied it. The engineer said it cost more.';
  const claimQ = 'the bridge cost 12 million euros';
  const a1 = analysisOf(text1, [['c-1', claimQ]], [['d-1', 'Haddad denied it']], [['c-1', 'd-1']]);
  const ctx = () => sequentialContext('2026-03-01T10:00:00Z');

  function annotated() {
    const c = ctx();
    let { doc } = annotateFinding(emptyDocument(), { findingId: 'c-1', kind: 'claim', start: 11, end: 43 }, text1, c, { verdict: makeVerdict('False'), note: 'Audit says 15.' });
    ({ doc } = annotateFinding(doc, { findingId: 'd-1', kind: 'denial', start: 45, end: 61 }, text1, c, { dismissed: true }));
    const s = text1.indexOf('it cost more');
    ({ doc } = createMark(doc, { kind: 'claim', start: s, end: s + 'it cost more'.length }, text1, c));
    doc = linkCounter(doc, { annotationId: 'n-0001' }, { annotationId: 'n-0003' }, 'contradicts', text1, c);
    return doc;
  }

  it('applies verdicts, notes, dismissals and user links; marks become findings of origin user', () => {
    const r = reconcile(a1, annotated(), text1);
    assert.deepEqual(r.findings.map((f) => [f.id, f.origin, f.start, f.end, f.verdict?.label ?? null, f.note ?? null, f.dismissed]), [
      ['c-1', 'analysis', 11, 43, 'False', 'Audit says 15.', false],
      ['d-1', 'analysis', 45, 61, null, null, true],
      ['n-0003', 'user', 81, 93, null, null, false],
    ]);
    assert.deepEqual(r.findings[0].links, [
      { to: 'd-1', relation: 'denies', origin: 'analysis', score: 0.7 },
      { to: 'n-0003', relation: 'contradicts', origin: 'user' },
    ]);
    assert.deepEqual(r.rekeyed, []);
    assert.deepEqual(r.orphans, []);
  });

  it('shows a mark on the words of a detected finding of its kind as that finding, with the mark\'s verdict, note and links', () => {
    const c = ctx();
    // the claim's words but its last two characters (31 of 32 shared), and a mark on a few words inside it
    let { doc } = createMark(emptyDocument(), { kind: 'claim', start: 11, end: 41 }, text1, c, { verdict: makeVerdict('False'), note: 'Audit says 15.' });
    const e = text1.indexOf('The engineer');
    ({ doc } = createMark(doc, { kind: 'claim', start: e, end: text1.length - 1 }, text1, c));
    doc = linkCounter(doc, { annotationId: 'n-0001' }, { annotationId: 'n-0002' }, 'contradicts', text1, c);
    ({ doc } = createMark(doc, { kind: 'claim', start: 15, end: 21 }, text1, c));
    // a mark of another kind on a claim's words stays a mark
    ({ doc } = createMark(doc, { kind: 'denial', start: 11, end: 43 }, text1, c));
    const r = reconcile(a1, doc, text1);
    assert.deepEqual(r.findings.map((f) => [f.id, f.origin, f.annotationId ?? null, f.marked ?? false, f.start, f.end, f.speaker, f.verdict?.label ?? null, f.note ?? null]), [
      // (the claim is the words the user marked)
      ['c-1', 'analysis', 'n-0001', true, 11, 41, 'Dana Ortiz', 'False', 'Audit says 15.'],
      ['n-0004', 'user', 'n-0004', false, 11, 43, null, null, null],
      ['n-0003', 'user', 'n-0003', false, 15, 21, null, null, null],
      ['d-1', 'analysis', null, false, 45, 61, 'Sami Haddad', null, null],
      ['n-0002', 'user', 'n-0002', false, e, text1.length - 1, null, null, null],
    ]);
    assert.deepEqual(r.findings[0].links, [
      { to: 'd-1', relation: 'denies', origin: 'analysis', score: 0.7 },
      { to: 'n-0002', relation: 'contradicts', origin: 'user' },
    ]);
    // the file keeps the mark as the user made it
    assert.deepEqual(r.doc.annotations[0], doc.annotations[0]);
    // an annotation on the finding itself comes first: the mark is then shown on its own
    ({ doc } = annotateFinding(doc, { findingId: 'c-1', kind: 'claim', start: 11, end: 43 }, text1, c, { note: 'Checked.' }));
    const r2 = reconcile(a1, doc, text1);
    assert.deepEqual(r2.findings.filter((f) => f.start === 11).map((f) => [f.id, f.annotationId, f.marked ?? false, f.note ?? null]), [
      ['n-0001', 'n-0001', false, 'Audit says 15.'],
      ['c-1', 'n-0005', false, 'Checked.'],
      ['n-0004', 'n-0004', false, null],
    ]);
    // and without the detected claim, the mark is a finding of the user's again
    const r3 = reconcile(analysisOf(text1, [], []), doc, text1);
    assert.deepEqual(r3.findings.find((f) => f.id === 'n-0001')!.origin, 'user');
  });

  it('follows a finding whose id changed (moved and reworded text) by its anchor, keeping dismissals by id', () => {
    const text2 = 'On Monday, Ortiz said that the bridge cost 12 million euros. Haddad denied it. The engineer said it cost more.';
    const a2 = analysisOf(text2, [['c-9', 'the bridge cost 12 million euros']], [['d-1', 'Haddad denied it']], [['c-9', 'd-1']]);
    const r = reconcile(a2, annotated(), text2);
    assert.deepEqual(r.rekeyed, [{ annotationId: 'n-0001', from: 'c-1', to: 'c-9' }]);
    const c9 = r.findings.find((f) => f.id === 'c-9')!;
    assert.deepEqual([c9.annotationId, c9.verdict, c9.note, c9.text], ['n-0001', { label: 'False', rating: 1 }, 'Audit says 15.', claimQ]);
    assert.deepEqual(c9.links.map((l) => l.to), ['d-1', 'n-0003']);
    assert.equal(r.findings.find((f) => f.id === 'd-1')!.dismissed, true);
    // The document to save now names the new id and the new position.
    const n1 = r.doc.annotations.find((a) => a.id === 'n-0001')!;
    assert.deepEqual(n1.target, { type: 'finding', kind: 'claim', findingId: 'c-9' });
    assert.deepEqual(n1.selectors.position, { start: 27, end: 59 });
    assert.equal(n1.modified, '2026-03-01T10:00:00Z', 'automatic re-keying is not a user edit');
  });

  it('matches by id first, even when the text around moved', () => {
    const text2 = 'New lead paragraph.\n\n' + text1;
    const a2 = analysisOf(text2, [['c-1', claimQ]], [['d-1', 'Haddad denied it']]);
    const r = reconcile(a2, annotated(), text2);
    assert.deepEqual(r.rekeyed, []);
    assert.deepEqual(r.anchored.map((x) => x.anchor.status), ['moved', 'moved', 'moved']);
    assert.equal(r.findings.find((f) => f.id === 'c-1')!.start, 32);
  });

  it('keeps the user\'s annotation, detached, when the analysis no longer reports its finding', () => {
    const a3 = analysisOf(text1, [], [['d-1', 'Haddad denied it']]);
    const r = reconcile(a3, annotated(), text1);
    const n1 = r.findings.find((f) => f.id === 'n-0001')!;
    assert.deepEqual([n1.origin, n1.detached, n1.kind, n1.start, n1.end, n1.verdict?.label], ['user', true, 'claim', 11, 43, 'False']);
    assert.deepEqual(n1.links.map((l) => l.to), ['n-0003']);
  });

  it('gives the reference of a detected finding, attributions and denials spanning cue, source and content', () => {
    const text = 'Haddad said the bridge was late.';
    const a: Analysis = {
      ...analysisOf(text, [], []),
      attributions: [{ id: 'a-1', cue: { start: 7, end: 11, text: 'said' }, source: { start: 0, end: 6, text: 'Haddad' }, content: { start: 12, end: 31, text: 'the bridge was late' }, speaker: 'Sami Haddad' }],
    };
    assert.deepEqual(findingRef(a, 'a-1'), { findingId: 'a-1', kind: 'attribution', start: 0, end: 31 });
    assert.equal(findingRef(a, 'a-2'), undefined);
  });

  it('does not match a finding of another kind, and lists annotations it cannot anchor as orphans', () => {
    const text4 = 'Haddad denied it. The engineer disagreed.';
    const a4 = analysisOf(text4, [['c-5', 'Haddad denied it']], []);
    const r = reconcile(a4, annotated(), text4);
    assert.deepEqual(r.orphans.map((o) => o.id), ['n-0001', 'n-0003']);
    const d = r.findings.find((f) => f.id === 'n-0002')!;
    assert.deepEqual([d.origin, d.detached, d.kind, d.dismissed], ['user', true, 'denial', true]);
    assert.equal(r.findings.find((f) => f.id === 'c-5')!.annotationId, undefined);
  });
});
describe('thirty-third session: a mark the analysis finds with an aside after it', () => {
  it('is that claim (42 of 53 characters shared); a mark of under three quarters stays a mark', () => {
    const text = 'The council said the Riverside bridge would reopen in March (or April). Nobody believes it.';
    const a = analysisOf(text, [['c-1', 'the Riverside bridge would reopen in March (or April)']], []);
    const at = text.indexOf('the Riverside');
    const c = sequentialContext('2026-03-01T10:00:00Z');
    let { doc } = createMark(emptyDocument(), { kind: 'claim', start: at, end: at + 'the Riverside bridge would reopen in March'.length }, text, c, { verdict: makeVerdict('Mostly false') });
    assert.deepEqual(reconcile(a, doc, text).findings.map((f) => [f.id, f.annotationId ?? null, f.verdict?.label ?? null]), [['c-1', 'n-0001', 'Mostly false']]);
    ({ doc } = createMark(emptyDocument(), { kind: 'claim', start: at, end: at + 'the Riverside bridge would reopen'.length }, text, c));
    assert.deepEqual(reconcile(a, doc, text).findings.map((f) => [f.id, f.origin]), [['n-0002', 'user'], ['c-1', 'analysis']]);
  });
});
