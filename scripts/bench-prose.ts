/**
 * Micro-benchmark of prose extraction and sentence splitting.
 *
 *   npx tsx scripts/bench-prose.ts [--runs N] [--json]
 *
 * Uses the project's own article generator (10,000 words, Markdown with headings, lists, emphasis,
 * links and a code block; and the same words as plain text). Reports medians (ms) after warm-up:
 * - remark alone (one unified parse of the whole Markdown document, no block building);
 * - whole-document extraction (one parse + blocks);
 * - ProseExtractor cold (a new instance: chunk scan + parse of every chunk);
 * - ProseExtractor after a one-character edit in the middle (same instance, alternating two variants);
 * - the same two for a variant whose ordered lists, block quotes and entities go through remark;
 * - plain text extraction, full and after the edit;
 * - splitSentences over every block.
 */
import { generateArticle, middleEditOffset, editVariants } from './lib/article-gen';
import { ProseExtractor } from '../src/core/prose/extract';
import { extractMarkdownWhole, MarkdownExtractor } from '../src/core/prose/markdown';
import { splitSentences } from '../src/core/text/sentences';
import type { ProseBlock } from '../src/core/prose/block';
import type * as Unified from 'unified' with { 'resolution-mode': 'import' };
import type * as RemarkParse from 'remark-parse' with { 'resolution-mode': 'import' };
import type * as RemarkGfm from 'remark-gfm' with { 'resolution-mode': 'import' };
import type * as RemarkFrontmatter from 'remark-frontmatter' with { 'resolution-mode': 'import' };

/* eslint-disable @typescript-eslint/no-require-imports */
const { unified } = require('unified') as typeof Unified;
const remarkParse = (require('remark-parse') as typeof RemarkParse).default;
const remarkGfm = (require('remark-gfm') as typeof RemarkGfm).default;
const remarkFrontmatter = (require('remark-frontmatter') as typeof RemarkFrontmatter).default;
/* eslint-enable @typescript-eslint/no-require-imports */

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 15;
const JSON_OUT = args.includes('--json');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => unknown, runs = RUNS, warm = 10): number {
  for (let k = 0; k < warm; k++) fn();
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const article = generateArticle(7, 10_000);
const md = article.markdown;
const plain = article.plain;
const mdEdit = editVariants(md, middleEditOffset(md));
const plainEdit = editVariants(plain, middleEditOffset(plain));

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

const results: Record<string, number> = {};
results.remarkParseMs = time(() => processor.parse(md));
results.markdownWholeMs = time(() => extractMarkdownWhole(md));
results.markdownColdMs = time(() => new ProseExtractor().blocks(md, 'markdown'));
{
  const ex = new ProseExtractor();
  ex.blocks(md, 'markdown');
  let k = 0;
  results.markdownEditMs = time(() => ex.blocks(mdEdit[k++ % 2], 'markdown'), RUNS * 4);
}
// The same article with markup the fast path leaves to remark: ordered lists, block quotes, entities.
const mdRemark = md
  .replace(/^- /gm, '1. ')
  .replace(/^(“|")/gm, '> $1')
  .replace(/ and the /g, ' &amp; the ');
const mdRemarkEdit = editVariants(mdRemark, middleEditOffset(mdRemark));
results.remarkHeavyColdMs = time(() => new ProseExtractor().blocks(mdRemark, 'markdown'), Math.max(5, RUNS >> 1), 2);
{
  const ex = new ProseExtractor();
  ex.blocks(mdRemark, 'markdown');
  let k = 0;
  results.remarkHeavyEditMs = time(() => ex.blocks(mdRemarkEdit[k++ % 2], 'markdown'), RUNS * 4);
}
results.plainFullMs = time(() => new ProseExtractor().blocks(plain, 'plaintext'));
{
  const ex = new ProseExtractor();
  let k = 0;
  results.plainEditMs = time(() => ex.blocks(plainEdit[k++ % 2], 'plaintext'), RUNS * 4);
}
const blocks: ProseBlock[] = new ProseExtractor().blocks(md, 'markdown');
results.sentencesMs = time(() => {
  let n = 0;
  for (const b of blocks) n += splitSentences(b.text).length;
  return n;
});

const stats = new MarkdownExtractor();
stats.blocks(md);
const cold = { ...stats.lastStats };
stats.blocks(mdEdit[0]);
const edit = { ...stats.lastStats };
const heavy = new MarkdownExtractor();
heavy.blocks(mdRemark);
const heavyCold = { ...heavy.lastStats };
heavy.blocks(mdRemarkEdit[0]);
const heavyEdit = { ...heavy.lastStats };

if (JSON_OUT) {
  console.log(JSON.stringify({ words: article.words, markdownChars: md.length, plainChars: plain.length, ...results, cold, edit, heavyCold, heavyEdit }));
} else {
  console.log(`10,000-word article: ${article.words} words; Markdown ${md.length} chars, plain ${plain.length} chars; ${blocks.length} Markdown blocks`);
  console.log(`medians of ${RUNS} runs after warm-up (edit: ${RUNS * 4} runs), ms:`);
  for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(18)} ${v.toFixed(3)}`);
  console.log(`  chunks cold: ${JSON.stringify(cold)}`);
  console.log(`  chunks after one edit: ${JSON.stringify(edit)}`);
  console.log(`  remark-heavy variant, cold: ${JSON.stringify(heavyCold)}; after one edit: ${JSON.stringify(heavyEdit)}`);
}
