import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, anchorDocument, contextScores } from '../../src/core/annotations/anchoring';
import { selectorsFor } from '../../src/core/annotations/model';
import type { Selectors } from '../../src/core/annotations/types';

describe('annotations: anchoring against a changed text', () => {
  const original =
    'Officials in Harwick said on Monday that the new bridge would open in March.\n\n' +
    'The mayor, Dana Ortiz, told reporters the project cost 12 million euros. Critics disagree.\n\n' +
    'A spokesperson for the contractor denied that the work was late.';
  const at = (quote: string, text = original): Selectors => {
    const start = text.indexOf(quote);
    assert.ok(start >= 0, `fixture quote not found: ${quote}`);
    return selectorsFor(text, start, start + quote.length);
  };
  const claim = 'the project cost 12 million euros';

  it('keeps the stored position when the quote is still there (exact)', () => {
    const sel = at(claim);
    assert.deepEqual(anchor(sel, original), { status: 'exact', start: sel.position.start, end: sel.position.end, score: 1 });
  });

  it('finds the exact quote elsewhere after paragraphs were reordered (moved)', () => {
    const sel = at(claim);
    const paragraphs = original.split('\n\n');
    const changed = [paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n');
    const r = anchor(sel, changed);
    const expected = changed.indexOf(claim);
    assert.equal(r.status, 'moved');
    assert.deepEqual([r.start, r.end], [expected, expected + claim.length]);
  });

  it('uses context to choose between copies of the quote', () => {
    const text = 'Ortiz said it was late. Then Ruiz said it was late. Nobody else spoke.';
    const second = text.indexOf('said it was late', 10);
    const sel = selectorsFor(text, second, second + 'said it was late'.length);
    const changed = 'Introduction added. ' + text;
    const r = anchor(sel, changed);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, second + 'Introduction added. '.length);
  });

  it('anchors a reworded quote approximately (fuzzy) when its context is there', () => {
    const sel = at(claim);
    const changed = original.replace('12 million euros', '12.5 million euros');
    const r = anchor(sel, changed);
    assert.equal(r.status, 'fuzzy');
    assert.equal(changed.slice(r.start, r.end), 'the project cost 12.5 million euros');
    assert.ok(r.score > 0.9 && r.score < 1, `score ${r.score}`);
  });

  it('makes an orphan of a deleted sentence, even when a different sentence on the same subject remains', () => {
    const sel = at(claim);
    const changed = original.replace('The mayor, Dana Ortiz, told reporters the project cost 12 million euros. ', 'The mayor said the bridge cost less than planned. ');
    assert.equal(anchor(sel, changed).status, 'orphan');
  });

  it('makes an orphan of a short quote that occurs several times with no distinguishing context', () => {
    const text = 'He said no. She said no. They said no.';
    const sel = selectorsFor(text, 3, 10); // "said no"
    const r = anchor(sel, 'Z said no. '.repeat(8));
    assert.equal(r.status, 'orphan');
  });

  it('re-anchors a whole document, refreshing the selectors of moved and fuzzy anchors and keeping orphans as they were', () => {
    const ann = (id: string, sel: Selectors) => ({ id, target: { type: 'mark' as const, kind: 'claim' as const }, selectors: sel, dismissed: false, links: [], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' });
    const a1 = ann('n-1', at('Officials in Harwick said on Monday'));
    const a2 = ann('n-2', at(claim));
    const a3 = ann('n-3', at('denied that the work was late'));
    const doc = { schema: 'counterpoint/annotations@1' as const, annotations: [a1, a2, a3] };
    const changed = original.replace('12 million', '12.5 million').replace(' denied that the work was late', ' declined to comment');
    const r = anchorDocument(doc, changed);
    assert.deepEqual(r.anchored.map((x) => x.anchor.status), ['exact', 'fuzzy', 'orphan']);
    assert.equal(r.doc.annotations[0], a1, 'unchanged annotation kept as is');
    assert.deepEqual(r.doc.annotations[1].selectors, selectorsFor(changed, changed.indexOf('the project cost 12.5'), changed.indexOf(' euros.') + 6));
    assert.equal(r.doc.annotations[2], a3, 'orphan keeps its last quote and position');
  });

  // ---- property: random rewrites anchor to the right words or to nothing ----

  type Token = { w: string; id: number };
  // Each new word carries its id, so no two passages are the same text by accident (fast-check favours
  // "aaa"); identical copies of the annotated text would make any anchoring ambiguous.
  const token = (w: string, id: number): Token => ({ w: `${w}${id}`, id });
  type Doc = Token[][][]; // paragraphs > sentences > words

  const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 3, maxLength: 8 });
  const sentenceWords = fc.array(word, { minLength: 5, maxLength: 12 });
  const docArb = fc.array(fc.array(sentenceWords, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

  function render(doc: Doc): { text: string; pos: Map<number, [number, number]> } {
    const pos = new Map<number, [number, number]>();
    let text = '';
    doc.forEach((para, pi) => {
      if (pi > 0) text += '\n\n';
      para.forEach((sent, si) => {
        if (si > 0) text += ' ';
        sent.forEach((t, wi) => {
          if (wi > 0) text += ' ';
          pos.set(t.id, [text.length, text.length + t.w.length]);
          text += t.w;
        });
        text += '.';
      });
    });
    return { text, pos };
  }

  type Op =
    | { op: 'shuffle'; a: number; b: number }
    | { op: 'replaceWord' | 'insertWord' | 'deleteWord' | 'typo'; p: number; s: number; i: number; w: string }
    | { op: 'insertSimilar'; p: number; s: number; tp: number; ts: number; words: string[] }
    | { op: 'insertSentence'; tp: number; ts: number; words: string[] }
    | { op: 'deleteSentence' | 'moveSentence'; p: number; s: number; tp: number; ts: number };

  const n = fc.nat(1000);
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('shuffle' as const), a: n, b: n }),
    fc.record({ op: fc.constantFrom('replaceWord' as const, 'insertWord' as const, 'deleteWord' as const, 'typo' as const), p: n, s: n, i: n, w: word }),
    fc.record({ op: fc.constant('insertSimilar' as const), p: n, s: n, tp: n, ts: n, words: fc.array(word, { minLength: 12, maxLength: 12 }) }),
    fc.record({ op: fc.constant('insertSentence' as const), tp: n, ts: n, words: sentenceWords }),
    fc.record({ op: fc.constantFrom('deleteSentence' as const, 'moveSentence' as const), p: n, s: n, tp: n, ts: n }),
  );

  function rewrite(doc: Doc, ops: Op[], fresh: () => number): Doc {
    let d: Doc = doc.map((p) => p.map((s) => s.map((t) => ({ ...t }))));
    const pick = <T>(xs: T[], k: number) => xs[k % xs.length];
    for (const o of ops) {
      if (d.length === 0) d = [[[token('filler', fresh()), token('text', fresh())]]];
      switch (o.op) {
        case 'shuffle': {
          const a = o.a % d.length;
          const b = o.b % d.length;
          [d[a], d[b]] = [d[b], d[a]];
          break;
        }
        case 'replaceWord':
        case 'insertWord':
        case 'deleteWord':
        case 'typo': {
          const sent = pick(pick(d, o.p), o.s);
          const i = o.i % sent.length;
          if (o.op === 'replaceWord') sent[i] = token(o.w, fresh());
          else if (o.op === 'insertWord') sent.splice(i, 0, token(o.w, fresh()));
          else if (o.op === 'deleteWord') {
            if (sent.length > 2) sent.splice(i, 1);
          } else {
            // A typo fixed: one letter changes, the word stays the same word.
            const t = sent[i];
            const k = o.w.length % t.w.length;
            sent[i] = { w: t.w.slice(0, k) + o.w[0] + t.w.slice(k + 1), id: t.id };
          }
          break;
        }
        case 'insertSimilar': {
          // A sentence like an existing one: every second word is another word (upper case and no digits: no
          // character in common with the original word, whose id it would otherwise share digits with, and three
          // letters longer, so that even the shortest words differ by more than a quarter), so it is a different
          // statement, not a reworded copy. ("aaa1" against "AAA11" was 4 edits: the copy of a deleted sentence
          // then matched its quote at exactly the fuzzy threshold, a failure in about one run in ten.)
          const src = pick(pick(d, o.p), o.s);
          const copy = src.map((t, i) => {
            const id = fresh();
            return { w: i % 2 === 1 ? `${o.words[i % o.words.length].toUpperCase()}QQQ` : t.w, id };
          });
          const para = pick(d, o.tp);
          para.splice(o.ts % (para.length + 1), 0, copy);
          break;
        }
        case 'insertSentence': {
          const para = pick(d, o.tp);
          para.splice(o.ts % (para.length + 1), 0, o.words.map((w) => token(w, fresh())));
          break;
        }
        case 'deleteSentence':
        case 'moveSentence': {
          const pi = o.p % d.length;
          const para = d[pi];
          const [sent] = para.splice(o.s % para.length, 1);
          if (para.length === 0) d.splice(pi, 1);
          if (o.op === 'moveSentence') {
            if (d.length === 0) d.push([]);
            const target = pick(d, o.tp);
            target.splice(o.ts % (target.length + 1), 0, sent);
          }
          break;
        }
      }
    }
    return d.filter((p) => p.length > 0);
  }

  function setup(words: string[][][], choice: [number, number, number, number]) {
    let next = 0;
    const fresh = () => next++;
    const doc: Doc = words.map((p) => p.map((s) => s.map((w) => token(w, fresh()))));
    const sents = doc.flat();
    const sent = sents[choice[0] % sents.length];
    const len = 4 + (choice[1] % (sent.length - 3));
    const first = choice[2] % (sent.length - len + 1);
    const tokens = sent.slice(first, first + len);
    const { text, pos } = render(doc);
    const sel = selectorsFor(text, pos.get(tokens[0].id)![0], pos.get(tokens[tokens.length - 1].id)![1]);
    return { doc, fresh, ids: new Set(tokens.map((t) => t.id)), sel };
  }

  function verdict(after: Doc, ids: Set<number>, sel: Selectors): 'right' | 'orphan' | string {
    const { text, pos } = render(after);
    const r = anchor(sel, text);
    if (r.status === 'orphan') return 'orphan';
    const spans = [...ids].filter((id) => pos.has(id)).map((id) => pos.get(id)!);
    const hit = spans.some(([s, e]) => r.start < e && s < r.end);
    if (hit) return 'right';
    // A rewrite may leave a copy of the words, changed, where they stood and move the words themselves, changed
    // more, elsewhere: no anchoring that reads the text can tell which is which, so a fuzzy match at least as
    // close to the quote as the words themselves is as right as they are.
    if (r.status === 'fuzzy' && spans.length > 0) {
      const truth = text.slice(Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1])));
      if (editDistance(text.slice(r.start, r.end), sel.quote.exact) <= editDistance(truth, sel.quote.exact)) return 'right';
    }
    return `WRONG: ${r.status} [${r.start}, ${r.end}) ${JSON.stringify(text.slice(r.start, r.end))} for ${JSON.stringify(sel.quote.exact)} in ${JSON.stringify(text)}`;
  }

  /** Levenshtein distance of two strings. */
  function editDistance(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
    return prev[b.length];
  }

  const choiceArb = fc.tuple(n, n, n, n);

  it('property: random rewrites anchor each annotation to the right words or make it an orphan, never wrong', () => {
    let right = 0;
    let orphan = 0;
    fc.assert(
      fc.property(docArb, choiceArb, fc.array(opArb, { minLength: 1, maxLength: 6 }), (words, choice, ops) => {
        const { doc, fresh, ids, sel } = setup(words, choice);
        const v = verdict(rewrite(doc, ops, fresh), ids, sel);
        if (v === 'right') right++;
        else if (v === 'orphan') orphan++;
        else assert.fail(v);
      }),
      // (SEED=n replays the run fast-check reported, to study a failure)
      { numRuns: 2000, ...(process.env.SEED ? { seed: Number(process.env.SEED) } : {}) },
    );
    // The property must not hold by orphaning everything.
    assert.ok(right > orphan, `right ${right}, orphan ${orphan}`);
  });

  it('property: moving text around loses an annotation only when it is short and its context is gone on both sides', () => {
    let kept = 0;
    let lost = 0;
    fc.assert(
      fc.property(docArb, choiceArb, fc.array(opArb, { minLength: 1, maxLength: 6 }), (words, choice, ops) => {
        const { doc, fresh, ids, sel } = setup(words, choice);
        // Only operations that leave the annotated words intact: paragraph swaps, moved and inserted sentences.
        const safe = ops.filter((o) => o.op === 'shuffle' || o.op === 'insertSentence' || o.op === 'moveSentence');
        const after = rewrite(doc, safe, fresh);
        const v = verdict(after, ids, sel);
        if (v === 'right') {
          kept++;
          return;
        }
        assert.equal(v, 'orphan');
        lost++;
        const { text, pos } = render(after);
        const spans = [...ids].map((id) => pos.get(id)!);
        const start = Math.min(...spans.map((x) => x[0]));
        const end = Math.max(...spans.map((x) => x[1]));
        assert.equal(text.slice(start, end), sel.quote.exact);
        const ctx = contextScores(text, sel, start, end);
        assert.ok(sel.quote.exact.length < 40 && ctx.prefix < 0.6 && ctx.suffix < 0.6, JSON.stringify({ ctx, exact: sel.quote.exact }));
      }),
      { numRuns: 500 },
    );
    assert.ok(kept > 4 * lost, `kept ${kept}, lost ${lost}`);
  });

  it('property: a fixed typo inside the quote still anchors (fuzzy) on the right words', () => {
    fc.assert(
      fc.property(docArb, choiceArb, n, word, (words, choice, k, w) => {
        const { doc, fresh, ids, sel } = setup(words, choice);
        const tokenIds = [...ids];
        const id = tokenIds[k % tokenIds.length];
        const s = doc.flat().find((x) => x.some((t) => t.id === id))!;
        const i = s.findIndex((t) => t.id === id);
        const op: Op = { op: 'typo', p: 0, s: 0, i, w };
        // Resolve p and s for this sentence.
        doc.forEach((para, pi) => para.forEach((x, si) => { if (x === s) { (op as { p: number }).p = pi; (op as { s: number }).s = si; } }));
        assert.equal(verdict(rewrite(doc, [op], fresh), ids, sel), 'right');
      }),
      { numRuns: 500 },
    );
  });
});
