import * as assert from 'node:assert/strict';
import type { ProseBlock } from '../../src/core/prose/block';
import { toDocOffset, toDocRange } from '../../src/core/prose/block';
import { ProseExtractor, extractProse } from '../../src/core/prose/extract';
import { MarkdownExtractor, extractMarkdownWhole, scanMarkdown } from '../../src/core/prose/markdown';

const md = (text: string): ProseBlock[] => extractProse(text, 'markdown');
const summary = (blocks: ProseBlock[]): Array<[string, string]> => blocks.map((b) => [b.kind, b.text]);

/** The document text a span over `needle` (first occurrence in the block's text) maps to. */
function mapped(doc: string, block: ProseBlock, needle: string): string {
  const a = block.text.indexOf(needle);
  assert.ok(a >= 0, `"${needle}" not in "${block.text}"`);
  const r = toDocRange(block, a, a + needle.length);
  assert.ok(r !== null);
  return doc.slice(r.start, r.end);
}

describe('prose: Markdown blocks', () => {
  it('drops emphasis markers and maps a span inside them to the text inside', () => {
    const doc = '**Lavrov** said';
    const [b] = md(doc);
    assert.equal(b.text, 'Lavrov said');
    assert.deepEqual(b.segments, [
      { textStart: 0, docStart: 2, length: 6 },
      { textStart: 6, docStart: 10, length: 5 },
    ]);
    assert.deepEqual(toDocRange(b, 0, 6), { start: 2, end: 8 });
    assert.equal(toDocOffset(b, 7, false), 11);
    assert.equal(mapped(doc, b, 'Lavrov said'), 'Lavrov** said');
  });

  it('keeps link text and drops destination and title', () => {
    const doc = 'Officials in *Harwick* said [the report](http://example.org/r "Report") was wrong.';
    const [b] = md(doc);
    assert.deepEqual(summary([b]), [['paragraph', 'Officials in Harwick said the report was wrong.']]);
    assert.deepEqual(b.segments, [
      { textStart: 0, docStart: 0, length: 13 },
      { textStart: 13, docStart: 14, length: 7 },
      { textStart: 20, docStart: 22, length: 6 },
      { textStart: 26, docStart: 29, length: 10 },
      { textStart: 36, docStart: 71, length: 11 },
    ]);
    assert.equal(mapped(doc, b, 'the report'), 'the report');
    assert.equal(mapped(doc, b, 'report was'), 'report](http://example.org/r "Report") was');
  });

  it('maps character references and escapes to their whole source, flagged as replacements', () => {
    const doc = 'The council &amp; the mayor said \\*nothing\\* on Monday&#46;';
    const [b] = md(doc);
    assert.equal(b.text, 'The council & the mayor said *nothing* on Monday.');
    assert.deepEqual(b.segments, [
      { textStart: 0, docStart: 0, length: 12 },
      { textStart: 12, docStart: 12, length: 1, docLength: 5 },
      { textStart: 13, docStart: 17, length: 16 },
      { textStart: 29, docStart: 33, length: 1, docLength: 2 },
      { textStart: 30, docStart: 35, length: 7 },
      { textStart: 37, docStart: 42, length: 1, docLength: 2 },
      { textStart: 38, docStart: 44, length: 10 },
      { textStart: 48, docStart: 54, length: 1, docLength: 5 },
    ]);
    assert.equal(mapped(doc, b, '&'), '&amp;');
    assert.equal(mapped(doc, b, 'council & the'), 'council &amp; the');
    assert.equal(mapped(doc, b, 'Monday.'), 'Monday&#46;');
  });

  it('keeps soft and hard line breaks as the source line ending', () => {
    const doc = 'Line one  \nline two\\\nline three';
    const [b] = md(doc);
    assert.equal(b.text, 'Line one\nline two\nline three');
    assert.deepEqual(b.segments, [
      { textStart: 0, docStart: 0, length: 8 },
      { textStart: 8, docStart: 10, length: 9 },
      { textStart: 17, docStart: 20, length: 11 },
    ]);
  });

  it('never includes code: fenced (with blank lines), indented, inline; a span across inline code is clipped', () => {
    const doc = '```js\nconst said = "Lavrov";\n\nmore();\n```\n\n    indented code\n\nThe minister `said()` denied it.';
    const blocks = md(doc);
    assert.deepEqual(summary(blocks), [['paragraph', 'The minister  denied it.']]);
    const b = blocks[0];
    assert.deepEqual(b.gaps, [13]);
    // A span over the whole sentence would cover the code: it is clipped to its longest piece.
    assert.equal(mapped(doc, b, 'The minister  denied it.'), 'The minister');
    assert.equal(mapped(doc, b, 'denied it.'), 'denied it.');
  });

  it('gives list items (nested, ordered, with continuation paragraphs) their own blocks', () => {
    const doc = '1. First item\n2. Second with **bold**\n   - nested *item*\n   - another\n\n   Continued paragraph.';
    const blocks = md(doc);
    assert.deepEqual(summary(blocks), [
      ['listItem', 'First item'],
      ['listItem', 'Second with bold'],
      ['listItem', 'nested item'],
      ['listItem', 'another'],
      ['listItem', 'Continued paragraph.'],
    ]);
    assert.equal(mapped(doc, blocks[2], 'nested item'), 'nested *item');
    assert.deepEqual([blocks[4].start, blocks[4].end], [74, 94]);
  });

  it('reads block quotes without their markers', () => {
    const doc = '> Quoted words here\n> and more.\n>\n> - quoted list item';
    const blocks = md(doc);
    assert.deepEqual(summary(blocks), [
      ['blockquote', 'Quoted words here\nand more.'],
      ['listItem', 'quoted list item'],
    ]);
    assert.deepEqual(blocks[0].segments, [
      { textStart: 0, docStart: 2, length: 18 },
      { textStart: 18, docStart: 22, length: 9 },
    ]);
    assert.equal(mapped(doc, blocks[0], 'here\nand'), 'here\n> and');
  });

  it('makes each table cell a block', () => {
    const doc = '| Name | Claim |\n|------|-------|\n| Ortiz | Cost **12** million |\n| Lee | `x` is zero |';
    const blocks = md(doc);
    assert.deepEqual(summary(blocks), [
      ['tableCell', 'Name'],
      ['tableCell', 'Claim'],
      ['tableCell', 'Ortiz'],
      ['tableCell', 'Cost 12 million'],
      ['tableCell', 'Lee'],
      ['tableCell', 'is zero'],
    ]);
    assert.equal(mapped(doc, blocks[3], 'Cost 12 million'), 'Cost **12** million');
    assert.deepEqual([blocks[5].start, blocks[5].end], [78, 85]);
  });

  it('skips YAML and TOML front matter, blank lines inside included', () => {
    for (const doc of ['---\ntitle: "Front"\n\nsummary: words\n---\n\nBody text.', '+++\ntitle = "Front"\n+++\n\nBody text.']) {
      const blocks = md(doc);
      assert.deepEqual(summary(blocks), [['paragraph', 'Body text.']]);
      assert.equal(blocks[0].start, doc.indexOf('Body'));
    }
    // Not at the very start: a thematic break and a setext heading, as CommonMark says.
    assert.deepEqual(summary(md('Intro.\n\n---\ntitle: x\n---')), [
      ['paragraph', 'Intro.'],
      ['heading', 'title: x'],
    ]);
    // An unclosed opening fence is a thematic break; the list after it stays a list.
    assert.deepEqual(summary(md('---\n\n- item')), [['listItem', 'item']]);
  });

  it('drops footnote labels, images and HTML, and resolves references across paragraphs', () => {
    const doc = 'Text[^1] with a note.\n\n[^1]: The note says this.\n\nSee [the ref][ref] and ![an image](i.png) and <b>bold</b>.\n\n[ref]: http://example.org "T"';
    assert.deepEqual(summary(md(doc)), [
      ['paragraph', 'Text with a note.'],
      ['paragraph', 'The note says this.'],
      ['paragraph', 'See the ref and  and bold.'],
    ]);
  });

  it('handles CRLF line endings: setext headings and paragraphs keep the source line endings', () => {
    const doc = 'Heading\r\n=======\r\n\r\nA paragraph\r\nover two lines.\r\n';
    const blocks = md(doc);
    assert.deepEqual(summary(blocks), [
      ['heading', 'Heading'],
      ['paragraph', 'A paragraph\r\nover two lines.'],
    ]);
    assert.deepEqual(blocks[1].segments, [{ textStart: 0, docStart: 20, length: 28 }]);
  });

  it('counts offsets in UTF-16 code units, a leading BOM included (stripping it is the caller’s job)', () => {
    const doc = '\uFEFF# Über 😀 *news*';
    const [b] = md(doc);
    assert.equal(b.kind, 'heading');
    assert.equal(b.text, 'Über 😀 news');
    assert.equal(mapped(doc, b, 'news'), 'news');
    assert.equal(b.start, 3);
  });
});

describe('prose: Markdown chunks and the cache', () => {
  it('cuts at blank lines before column-0 lines, never inside fences, HTML blocks, front matter or list continuations', () => {
    const doc = [
      '---\na: 1\n\nb: 2\n---', // 0: front matter with a blank line
      'Para one.', // 1
      '```\ncode\n\nmore code\n```', // 2: fence with a blank line
      '<!--\ncomment\n\ncomment -->', // 3: HTML comment with a blank line
      '- item\n\n  continued', // 4: list item continuation
      'Last.',
    ].join('\n\n');
    const chunks = scanMarkdown(doc).map((c) => doc.slice(c.start, c.end));
    assert.deepEqual(chunks, ['---\na: 1\n\nb: 2\n---', 'Para one.', '```\ncode\n\nmore code\n```', '<!--\ncomment\n\ncomment -->', '- item\n\n  continued', 'Last.']);
  });

  it('re-parses only the edited chunk and keeps the other blocks (same objects before the edit)', () => {
    const paras = Array.from({ length: 30 }, (_, k) => `Paragraph ${k} says *something* about [item ${k}](http://example.org/${k}) on \`day ${k}\`.`);
    const doc = paras.join('\n\n');
    const ex = new MarkdownExtractor();
    const first = ex.blocks(doc);
    assert.equal(first.length, 30);
    const at = doc.indexOf('Paragraph 15') + 'Paragraph 15 says'.length;
    const edited = doc.slice(0, at) + 'x' + doc.slice(at);
    const second = ex.blocks(edited);
    assert.deepEqual(ex.lastStats, { chunks: 30, parsed: 0, fast: 1, cached: 29 });
    assert.equal(second[15].text, 'Paragraph 15 saysx something about item 15 on .');
    for (let k = 0; k < 15; k++) assert.equal(second[k], first[k]);
    assert.deepEqual(second[16].segments[0].docStart, first[16].segments[0].docStart + 1);
    assert.deepEqual(second, extractMarkdownWhole(edited));
  });

  it('one ProseExtractor per document, both languages', () => {
    const ex = new ProseExtractor();
    assert.deepEqual(summary(ex.blocks('# Title\n\nBody *text*.', 'markdown')), [
      ['heading', 'Title'],
      ['paragraph', 'Body text.'],
    ]);
    assert.deepEqual(summary(ex.blocks('# Title\n\nBody *text*.', 'plaintext')), [
      ['heading', '# Title'],
      ['paragraph', 'Body *text*.'],
    ]);
  });
});
describe('prose: a fence line inside an HTML block', () => {
  // (found by the same-length replacement property: "</div>\n\n\n````" typed over to "</div>\nx\n````" puts the fence line
  // inside the HTML block, which ends at the blank line below it, and a fence then opens at the later "````")
  const before = 'Intro.\n\n<div>\nhtml words\n</div>\n\n\n````text\ncode line\n\n# Not a heading\n````\n\nAfter the fence, prose.\n';
  const after = before.replace('</div>\n\n\n', '</div>\nx\n');
  it('the whole parse: the HTML block ends at the blank line; the heading is prose and the last fence runs to the end', () => {
    assert.deepEqual(summary(extractMarkdownWhole(after)), [['paragraph', 'Intro.'], ['heading', 'Not a heading']]);
    assert.deepEqual(summary(extractMarkdownWhole(before)), [['paragraph', 'Intro.'], ['paragraph', 'After the fence, prose.']]);
  });
  it('the incremental extractor gives the same blocks after the edit', () => {
    const ex = new MarkdownExtractor(0);
    assert.deepEqual(ex.blocks(before), extractMarkdownWhole(before));
    assert.deepEqual(ex.blocks(after), extractMarkdownWhole(after));
  });
});
