/**
 * The incremental document pass on documents large enough for every incremental path (the plain and
 * Markdown extractors re-read only around an edit above a few thousand characters; the linker keeps
 * its pairs and moves them): after any edit, one Analyzer gives exactly what a fresh one gives.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer } from '../../src/core/analyzer';
import { LINK_WINDOW } from '../../src/core/link/link';
import { MarkdownExtractor, extractMarkdownWhole, scanMarkdown } from '../../src/core/prose/markdown';
import type { Analysis, LanguageId } from '../../src/core/types';
import { generateArticle, generatePlain } from '../../scripts/lib/article-gen';

/** Offsets of the claim and the counter of each link. */
function linkDistances(a: Analysis): number[] {
  const pos = new Map<string, number>();
  for (const c of a.claims) pos.set(c.id, c.span.start);
  for (const d of a.denials) pos.set(d.id, d.cue.start);
  return a.links.map((l) => Math.abs(pos.get(l.counter)! - pos.get(l.claim)!));
}

/** Replaces [from, to) of text with ins. */
function splice(text: string, from: number, to: number, ins: string): string {
  return text.slice(0, from) + ins + text.slice(to);
}

describe('incremental document pass on large documents', function () {
  this.timeout(120000);

  it('links follow the link window when an edit moves linked items apart or together', () => {
    const text0 = generatePlain(7, 2.4 * LINK_WINDOW);
    const fresh0 = new Analyzer().analyze(text0, 'plaintext');
    // the article has links close to the window, so moving one side by a few characters matters
    const near = linkDistances(fresh0).filter((d) => d > LINK_WINDOW - 400);
    assert.ok(near.length > 0, 'the article should have links close to the window');

    const an = new Analyzer();
    an.analyze(text0, 'plaintext');
    const mid = text0.indexOf('\n\n', Math.floor(text0.length / 2)) + 2;
    const filler = 'The weather was mild and the streets were quiet on the morning of the vote.\n\n';
    const edits: Array<(t: string) => string> = [
      (t) => splice(t, mid, mid, filler.repeat(4)), // items after the middle move away
      (t) => splice(t, mid, mid + filler.length * 4, ''), // and back
      (t) => splice(t, mid, mid, filler.repeat(8)),
      (t) => splice(t, mid, mid + filler.length * 3, ''), // part of the way back
      (t) => splice(t, mid, mid + filler.length * 5, ''), // and the rest
      (t) => splice(t, mid + 10, mid + 400, ''), // prose removed: items come closer
    ];
    let text = text0;
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(an.analyze(text, 'plaintext'), new Analyzer().analyze(text, 'plaintext'));
    }
  });

  for (const lang of ['plaintext', 'markdown'] as LanguageId[]) {
    it(`one Analyzer over edits of a 10,000-character article equals fresh analyses (${lang})`, () => {
      const art = generateArticle(11, 1600);
      const text0 = lang === 'plaintext' ? art.plain : art.markdown;
      assert.ok(text0.length > 9000);
      const edit = fc.oneof(
        // a few characters typed or deleted anywhere
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 6 }), fc.constantFrom('', 'x', ' ', '\n', '\n\n', '"', ' said ', '.', 'not ', '*', '`')).map(
          ([at, del, ins]) => (t: string) => {
            const p = Math.floor(at * t.length);
            return splice(t, p, Math.min(t.length, p + del), ins);
          },
        ),
        // a paragraph moved, copied or removed
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('move', 'copy', 'remove')).map(
          ([a, b, op]) => (t: string) => {
            const paras = t.split('\n\n');
            const i = Math.floor(a * paras.length);
            const j = Math.floor(b * paras.length);
            const [p] = op === 'copy' ? [paras[i]] : paras.splice(i, 1);
            if (op !== 'remove') paras.splice(Math.min(j, paras.length), 0, p);
            return paras.join('\n\n');
          },
        ),
      );
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          const an = new Analyzer();
          let text = text0;
          an.analyze(text, lang);
          for (const e of edits) {
            text = e(text);
            assert.deepEqual(an.analyze(text, lang), new Analyzer().analyze(text, lang));
          }
        }),
        { numRuns: 12, seed: 20261129 },
      );
    });
  }

  it('Markdown chunks scanned again around an edit are the chunks of a whole scan, and give the same blocks', () => {
    const piece = fc.constantFrom(
      'Officials said the bridge would open.', 'Ortiz denied it.', 'text', ' ', '\n', '\n\n', '\n\n', '\n\n', '    ', '- ', '> ', '1. ', '```', '~~~',
      '[^1]', '[^1]: ', '[a]: x', '[a]', '<!--', '-->', '<div>', '---', '# ', '\t', '| a |', '\n  ```', '\n> ', '\n  ', '*', '`', '\r\n',
    );
    const doc = fc.array(piece, { minLength: 1, maxLength: 60 }).map((a) => a.join(''));
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 12 }), piece);
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 5 }), (text0, edits) => {
        const ex = new MarkdownExtractor(0);
        let text = text0;
        ex.blocks(text);
        for (const [at0, del, ins] of edits) {
          const at = at0 % (text.length + 1);
          text = splice(text, at, Math.min(text.length, at + del), ins);
          const blocks = ex.blocks(text);
          assert.deepEqual((ex as unknown as { lastChunks: unknown }).lastChunks, scanMarkdown(text));
          assert.deepEqual(blocks, extractMarkdownWhole(text));
        }
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });
});

describe('incremental analysis: the markup just outside a kept block', () => {
  // (found by the small-edits property, seed 1073884479: the block "constructor](…)said …" kept its text and layout
  // when a line break was typed after the link's "[", and the claim mapped before took in the "[" the line break now
  // parts from it)
  it('a line break typed between a link\'s "[" and the block it opens remaps the block: the claim no longer takes in the "["', () => {
    const before = '[constructor](https://example.org/said-that)said proto__ été , ; — , no valueOf ? not';
    const after = '[\nconstructor](https://example.org/said-that)said proto__ été , ; — , no valueOf ? not';
    const an = new Analyzer();
    const first = an.analyze(before, 'markdown');
    assert.deepEqual(first.claims.map((c) => [c.span.start, c.span.text]), [[0, '[constructor](https://example.org/said-that)said proto__ été , ; — , no valueOf']]);
    const inc = an.analyze(after, 'markdown');
    assert.deepEqual(inc, new Analyzer().analyze(after, 'markdown'));
    assert.deepEqual(inc.claims.map((c) => [c.span.start, c.span.text]), [[2, 'constructor](https://example.org/said-that)said proto__ été , ; — , no valueOf']]);
  });
});
