import * as assert from 'node:assert/strict';
import { editVariants, generateArticle, generatePlain, middleEditOffset, mulberry32, renderMarkdown, renderPlain, type Block } from '../../scripts/lib/article-gen';

describe('bench article generator', () => {
  it('is deterministic for a seed and varies with it', () => {
    assert.equal(generateArticle(7, 500).plain, generateArticle(7, 500).plain);
    assert.notEqual(generateArticle(7, 500).plain, generateArticle(8, 500).plain);
    const r = mulberry32(1);
    const xs = [r(), r(), r()];
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.notEqual(xs[0], xs[1]);
  });

  it('renders the same words as plain text and as Markdown', () => {
    const blocks: Block[] = [
      { kind: 'heading', depth: 1, text: [{ text: 'Port plan: Lund' }] },
      { kind: 'paragraph', sentences: [[{ text: '“Fine,” ' }, { text: 'Ann Lund', strong: true }, { text: ' said.' }], [{ text: 'A memo seen by ' }, { text: 'the Courier', href: 'https://example.org/c/1' }, { text: ' says so.' }]] },
      { kind: 'code', lang: 'json', code: '[1]' },
      { kind: 'list', items: [[{ text: 'One ' }, { text: 'two', em: true }, { text: '.' }], [{ text: 'Three.' }]] },
    ];
    assert.equal(renderPlain(blocks), 'Port plan: Lund\n\n“Fine,” Ann Lund said. A memo seen by the Courier says so.\n\nOne two.\n\nThree.\n');
    assert.equal(
      renderMarkdown(blocks),
      '# Port plan: Lund\n\n“Fine,” **Ann Lund** said. A memo seen by [the Courier](https://example.org/c/1) says so.\n\n```json\n[1]\n```\n\n- One *two*.\n- Three.\n',
    );
  });

  it('reaches the requested size, with headings, lists, emphasis and a code block in Markdown', () => {
    const a = generateArticle(3, 10_000);
    assert.ok(a.words >= 10_000 && a.words < 10_300, `words: ${a.words}`);
    assert.equal((a.plain.match(/\S+/g) ?? []).length, a.words);
    assert.match(a.markdown, /^## /m);
    assert.match(a.markdown, /^- /m);
    assert.match(a.markdown, /\*\*[^*]+\*\*/);
    assert.match(a.markdown, /^```json\n[^]*?\n```$/m);
    assert.doesNotMatch(a.plain, /```|\*\*|^#/m);
    const p = generatePlain(3, 100_000);
    assert.ok(p.length >= 100_000 && p.length < 101_500, `chars: ${p.length}`);
  });

  it('puts the middle edit in prose and makes two distinct one-character variants', () => {
    const md = generateArticle(5, 2_000).markdown;
    const at = middleEditOffset(md);
    assert.ok(at >= md.length / 2);
    assert.match(md[at], /[a-z]/);
    assert.equal((md.slice(0, at).match(/^```/gm) ?? []).length % 2, 0);
    const [a, b] = editVariants(md, at);
    for (const v of [a, b]) {
      assert.equal(v.length, md.length);
      assert.equal(v.slice(0, at) + v.slice(at + 1), md.slice(0, at) + md.slice(at + 1));
      assert.notEqual(v[at], md[at]);
    }
    assert.notEqual(a[at], b[at]);
    // inside a fence, the offset moves past the closing fence
    const fenced = 'Intro line here.\n\n```\n' + 'word '.repeat(40) + '\n```\n\nafter words come here.\n';
    assert.equal(middleEditOffset(fenced), fenced.indexOf('after words') + 1);
  });
});
