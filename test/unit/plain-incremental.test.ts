import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';
import { extractPlainText } from '../../src/core/prose/plaintext';

const lines = ['Officials said the bridge would open in May.', 'A short headline', '', '   ', 'and a wrapped line that goes on', '"We will win," she said.', 'Text\r', 'x'];

describe('incremental plain-text extraction', () => {
  it('gives exactly the blocks of a full extraction after any edit', () => {
    const doc = fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 60 }).map((ls) => ls.join('\n'));
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 60 }), ins: fc.constantFrom('', 'x', '\n', '\n\n', ' said.', '\r\n', 'New line.\nAnother') });
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 5 }), (text, edits) => {
        const ex = new PlainTextExtractor(0);
        assert.deepEqual(ex.blocks(text), extractPlainText(text));
        let t = text;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.ins + t.slice(Math.min(t.length, at + e.del));
          assert.deepEqual(ex.blocks(t), extractPlainText(t));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
