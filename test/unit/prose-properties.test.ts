import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ProseBlock } from '../../src/core/prose/block';
import { toDocRange } from '../../src/core/prose/block';
import { ProseExtractor } from '../../src/core/prose/extract';
import { MarkdownExtractor, extractMarkdownWhole, fastChunk } from '../../src/core/prose/markdown';
import { extractPlainText } from '../../src/core/prose/plaintext';

// ---------------------------------------------------------------------------------------------
// A generator of realistic Markdown documents that remembers where the code is.

interface Piece {
  text: string;
  /** Ranges (relative to text) that are code content: never inside a block's mapped ranges. */
  code: Array<[number, number]>;
}

function cat(...parts: Array<Piece | string>): Piece {
  let text = '';
  const code: Array<[number, number]> = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
    } else {
      for (const [a, b] of p.code) code.push([a + text.length, b + text.length]);
      text += p.text;
    }
  }
  return { text, code };
}

function join(pieces: Piece[], sep: string): Piece {
  const parts: Array<Piece | string> = [];
  pieces.forEach((p, k) => {
    if (k > 0) parts.push(sep);
    parts.push(p);
  });
  return cat(...parts);
}

const word = fc.constantFrom('Lavrov', 'said', 'the', 'minister', 'Harwick', 'council', 'denied', 'that', 'it', '12', '3.5', 'U.S.', 'on', 'Monday.', 'reports', 'claims,', 'über', 'naïve', '“quoted”', '(maybe)', 'Dr.', 'www.example.com', 'a+b', 'x@y.org');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const codeText = fc.constantFrom('x = 1', 'said()', 'a  b', '**not bold**', '[no](link)', 'Lavrov');

const inline: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: words.map((t) => cat(t)) },
  { weight: 1, arbitrary: words.map((t) => cat('**', t, '**')) },
  { weight: 1, arbitrary: words.map((t) => cat('*', t, '*')) },
  { weight: 1, arbitrary: words.map((t) => cat('_', t, '_')) },
  { weight: 1, arbitrary: words.map((t) => cat('~~', t, '~~')) },
  { weight: 1, arbitrary: words.map((t) => cat('[', t, '](http://example.org/a_b "Title *t*")')) },
  { weight: 1, arbitrary: words.map((t) => cat('[', t, '][ref]')) },
  { weight: 1, arbitrary: codeText.map((c) => cat('`', { text: c, code: [[0, c.length]] }, '`')) },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#169;', '&copy;', '&#x1F600;', '\\*', '\\_', '\\\\', '&nope;').map((t) => cat(t)) },
  { weight: 1, arbitrary: fc.constantFrom('<span>words</span>', '![alt text](img.png)', '[^1]', '<http://example.org>').map((t) => cat(t)) },
);

const inlineLine = fc.array(inline, { minLength: 1, maxLength: 5 }).map((ps) => join(ps, ' '));
const lineBreak = fc.constantFrom('\n', '  \n', '\\\n', '\r\n');
const multiLine = fc
  .tuple(fc.array(inlineLine, { minLength: 1, maxLength: 3 }), lineBreak)
  .map(([ls, br]) => join(ls, br));

const fenceBody = fc.array(fc.constantFrom('let a = 1;', '', 'said("x")', '  indented', '# not a heading', '> not a quote', '- not a list'), { minLength: 1, maxLength: 5 });
const fenced = fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'text'), fenceBody).map(([f, info, body]) => {
  const content = body.join('\n');
  return cat(f + info + '\n', { text: content, code: [[0, content.length]] }, '\n' + f);
});
const indentedCode = fc.array(fc.constantFrom('code line', 'x = y', '', 'more code'), { minLength: 1, maxLength: 3 }).map((ls) => {
  const lines = ['code first', ...ls];
  // A paragraph and a blank line first: indented code cannot interrupt a paragraph, and after a list
  // item or footnote definition it would be their content.
  const parts: Array<Piece | string> = ['\nCode follows.\n\n'];
  lines.forEach((l, k) => {
    if (k > 0) parts.push('\n');
    if (l === '') return;
    parts.push('    ', { text: l, code: [[0, l.length]] });
  });
  return cat(...parts, '\n');
});

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), inlineLine).map(([d, l]) => cat('#'.repeat(d) + ' ', l));
const setext = fc.tuple(inlineLine, fc.constantFrom('===', '---')).map(([l, u]) => cat(l, '\n' + u));
const paragraph = multiLine;
const listItem = (marker: string, indent: string): fc.Arbitrary<Piece> =>
  fc.tuple(inlineLine, fc.option(inlineLine, { nil: undefined })).map(([l, nested]) =>
    nested === undefined ? cat(indent + marker + ' ', l) : cat(indent + marker + ' ', l, '\n' + indent + '  - ', nested),
  );
const list = fc.tuple(fc.constantFrom('-', '*', '+', '1.'), fc.array(fc.constant(0), { minLength: 1, maxLength: 3 }), fc.boolean()).chain(([m, items, loose]) =>
  fc.tuple(...items.map(() => listItem(m, ''))).map((ps) => join(ps, loose ? '\n\n' : '\n')),
);
const listWithContinuation = fc.tuple(inlineLine, inlineLine, fc.boolean(), fenced).map(([a, b, withFence, f]) =>
  withFence ? cat('- ', a, '\n\n  ', b, '\n\n  ', indentLines(f, '  ')) : cat('1. ', a, '\n\n   ', b),
);
function indentLines(p: Piece, ind: string): Piece {
  // Indent every line after the first (the first is indented by the caller).
  const parts: Array<Piece | string> = [];
  let last = 0;
  const shifts: number[] = [];
  for (let k = 0; k < p.text.length; k++) if (p.text[k] === '\n') shifts.push(k);
  let text = '';
  for (const nl of shifts) {
    text += p.text.slice(last, nl + 1) + ind;
    last = nl + 1;
  }
  text += p.text.slice(last);
  void parts;
  const code = p.code.map(([a, b]): [number, number] => {
    const before = (x: number): number => shifts.filter((s) => s < x).length * ind.length;
    return [a + before(a), b + before(b - 1)];
  });
  return { text, code };
}
const quote = fc.tuple(fc.array(inlineLine, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([ls, nested]) =>
  cat(join(ls.map((l) => cat('> ', l)), '\n'), nested ? '\n>\n> > nested words here' : ''),
);
const table = fc.tuple(inlineLine.filter((p) => !p.text.includes('|')), words, words).map(([a, b, c]) =>
  cat('| ', a, ' | ', b, ' |\n|---|:---:|\n| ', c, ' | x \\| y |'),
);
const html = fc.constantFrom('<div>\nhtml words\n</div>', '<!-- a comment\n\nstill comment -->', '<script>\nvar a;\n\nvar b;\n</script>');
const htmlPiece = html.map((h) => cat(h, '\n')); // an HTML block (type 6) runs to a blank line
const definitions = fc.constantFrom('[ref]: http://example.org/ref "Ref title"', '[^1]: A footnote with words.', '[other]: <x y>').map((t) => cat(t));
const thematic = fc.constantFrom('---', '***', '___').map((t) => cat(t));

const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: listWithContinuation },
  { weight: 2, arbitrary: quote },
  { weight: 2, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: htmlPiece },
  { weight: 1, arbitrary: definitions },
  { weight: 1, arbitrary: thematic },
);
const frontMatter = fc.option(
  fc.constantFrom('---\ntitle: A title\n\nauthor: Someone\n---', '+++\ntitle = "x"\n+++').map((t) => ({ text: t, code: [[0, t.length]] as Array<[number, number]> })),
  { nil: undefined },
);
const separator = fc.constantFrom('\n\n', '\n\n\n', '\n  \n', '\n');
const markdownDoc: fc.Arbitrary<Piece> = fc
  .tuple(frontMatter, fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 10 }), fc.boolean(), fc.boolean())
  .map(([fm, blocks, crlf, bom]) => {
    const parts: Array<Piece | string> = bom ? ['\uFEFF'] : [];
    if (fm !== undefined) parts.push(fm, '\n\n');
    for (const [b, sep] of blocks) parts.push(b, sep);
    const doc = cat(...parts);
    if (!crlf) return doc;
    // CRLF line endings: shift code ranges by the number of \n before them.
    const before = (x: number): number => {
      let c = 0;
      for (let k = 0; k < x; k++) if (doc.text[k] === '\n' && doc.text[k - 1] !== '\r') c++;
      return c;
    };
    const text = doc.text.replace(/\r?\n/g, '\r\n');
    return { text, code: doc.code.map(([a, b]): [number, number] => [a + before(a), b + before(b)]) };
  });

// ---------------------------------------------------------------------------------------------
// Invariants

function checkInvariants(doc: string, blocks: ProseBlock[]): void {
  let prevEnd = -1;
  for (const b of blocks) {
    assert.ok(b.text.length > 0, 'empty block');
    assert.equal(b.text, b.text.trim().length === b.text.length ? b.text : b.text.trim(), 'block text is trimmed');
    let t = 0;
    let d = -1;
    for (const s of b.segments) {
      assert.equal(s.textStart, t, 'segments cover the text in order');
      assert.ok(s.length > 0);
      assert.ok(s.docStart >= d, 'segments increase in the document');
      const dl = s.docLength ?? s.length;
      assert.ok(s.docStart >= 0 && s.docStart + dl <= doc.length, 'segment inside the document');
      if (s.docLength === undefined) {
        assert.equal(b.text.slice(s.textStart, s.textStart + s.length), doc.slice(s.docStart, s.docStart + s.length), 'exact segment');
      }
      t += s.length;
      d = s.docStart + dl;
    }
    assert.equal(t, b.text.length, 'segments cover the whole text');
    assert.ok(b.start >= prevEnd, 'blocks in document order');
    assert.equal(b.start, b.segments[0].docStart);
    prevEnd = b.end;
  }
}

function overlaps(a: number, b: number, code: Array<[number, number]>): boolean {
  return code.some(([c, e]) => a < e && c < b);
}

describe('prose extraction: properties', () => {
  it('any string: no throw, segment invariants hold (markdown and plain text)', () => {
    const alphabet = fc.constantFrom(...'ab Z.,!?*_`~[]()<>&#;\\|-+=:^\n\r\t>0123456789"\'“”…'.split(''), '&amp;', '```', '\n\n', '    ', '- ', '> ', '1. ', '\u0000', 'é', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (doc) => {
        checkInvariants(doc, new ProseExtractor().blocks(doc, 'markdown'));
        checkInvariants(doc, extractMarkdownWhole(doc));
        checkInvariants(doc, extractPlainText(doc));
      }),
      { numRuns: 600 },
    );
  });

  it('generated Markdown: invariants hold and nothing inside code is ever mapped', () => {
    fc.assert(
      fc.property(markdownDoc, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }), (doc, spans) => {
        const blocks = new ProseExtractor().blocks(doc.text, 'markdown');
        checkInvariants(doc.text, blocks);
        for (const b of blocks) {
          for (const s of b.segments) {
            assert.ok(!overlaps(s.docStart, s.docStart + (s.docLength ?? s.length), doc.code), `segment maps into code: ${JSON.stringify(b)}`);
          }
          for (const [x, y] of spans) {
            const a = x % (b.text.length + 1);
            const e = a + (y % (b.text.length - a + 1));
            const r = toDocRange(b, a, e);
            if (r !== null) assert.ok(!overlaps(r.start, r.end, doc.code), `span covers code: ${b.text.slice(a, e)}`);
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it('chunked (incremental) extraction equals whole-document extraction on generated Markdown', () => {
    fc.assert(
      fc.property(markdownDoc, (doc) => {
        assert.deepEqual(new MarkdownExtractor().blocks(doc.text), extractMarkdownWhole(doc.text));
      }),
      { numRuns: 250 },
    );
  });

  it('chunked extraction equals whole-document extraction on random Markdown-like strings (fixed seed)', () => {
    const piece = fc.constantFrom(
      ...'ab Z.,*_`~[]()<>&#\\|-+=:^>0123456789"'.split(''),
      '\n', '\n\n', '\n\n', '    ', '  ', '- ', '> ', '1. ', '```', '~~~', '[^1]', '[^1]: ', '[a]: x', '[a]', '<!--', '-->', '<div>',
      '---', '***', '# ', '\t', '|---|', '| a |', 'www.x.com', '\n  ```', '\n- ```', '\n> ```', '\n> ', '\n  ', '\n1. ', '\ntext', '<!-- a', '\n-->',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (doc) => {
        assert.deepEqual(new MarkdownExtractor().blocks(doc), extractMarkdownWhole(doc));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  it('chunked extraction equals whole-document extraction after edits (cache reuse)', () => {
    fc.assert(
      fc.property(markdownDoc, fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', ' ', '\n', '*', '`', '\n\n', '')), { minLength: 1, maxLength: 4 }), (doc, edits) => {
        const ex = new MarkdownExtractor(0); // (0: chunk-wise re-scanning even for short texts)
        let text = doc.text;
        ex.blocks(text);
        for (const [at, ins] of edits) {
          const p = at % (text.length + 1);
          text = ins === '' ? text.slice(0, p) + text.slice(p + 1) : text.slice(0, p) + ins + text.slice(p);
          assert.deepEqual(ex.blocks(text), extractMarkdownWhole(text));
        }
      }),
      { numRuns: 120 },
    );
  });

  // Typing over a character keeps the text's length and the link definitions: the extractor then parses
  // only the chunks it scans again and reuses the blocks of the others.
  it('chunked extraction equals whole-document extraction after same-length replacements', () => {
    fc.assert(
      fc.property(markdownDoc, fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', ' ', '\n', '*', '`', '#', '>', '-', '[', ']', '|', '~', '1')), { minLength: 1, maxLength: 6 }), (doc, edits) => {
        const ex = new MarkdownExtractor(0); // (0: the edit path even for short texts)
        let text = doc.text;
        ex.blocks(text);
        for (const [at, ch] of edits) {
          if (text.length === 0) break;
          const p = at % text.length;
          text = text.slice(0, p) + ch + text.slice(p + 1);
          assert.deepEqual(ex.blocks(text), extractMarkdownWhole(text));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the fast path for a chunk that is one fenced code block agrees with remark', () => {
    const variants = fc.tuple(fenced, fc.constantFrom('', ' ', '  ', '\n', '\nafter', '\n```', '\n~~~~')).map(([f, tail]) => f.text + tail);
    let used = 0;
    fc.assert(
      fc.property(variants, (chunk) => {
        const fast = fastChunk(chunk, 0);
        if (fast === undefined) return;
        used++;
        assert.deepEqual(fast, extractMarkdownWhole(chunk));
      }),
      { numRuns: 400 },
    );
    assert.ok(used > 100, `fast path taken ${used} times`);
  });

  it('the fast path (no remark) gives exactly what remark gives, wherever it is taken', () => {
    const piece = fc.constantFrom(
      ...'abcXYZ .,;:?!()"\'“”%$@/0123456789-+#*_`[]\t&<>=~|'.split(''),
      '```', '```\n', '\n```', '~~~\n', '\n~~~', '\n   ````', 'Lavrov', ' said', 'über', ' the ', '**', '__', '](http://x.org/a_b)', '](x y)', '# ', '## ', '####### ', '- ', '1. ', '2) ',
      '\n', '\r\n', '\r', '  \n', '\n- ', '\n# ', '\n---', '\n===', '&amp;', 'AT&T', 'www.example.com', 'é', 'Ω', '`code`', '[link](/u)', '*em*', '**strong**', '_em_',
    );
    let used = 0;
    let withMarkup = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }).map((a) => a.join('')), (chunk) => {
        const fast = fastChunk(chunk, 0);
        if (fast === undefined) return;
        used++;
        if (/[*_`[#]|^- /m.test(chunk)) withMarkup++;
        assert.deepEqual(fast, extractMarkdownWhole(chunk));
      }),
      { numRuns: 20000 },
    );
    assert.ok(used > 2000 && withMarkup > 500, `fast path taken ${used} times, ${withMarkup} with markup`);
  });
});
