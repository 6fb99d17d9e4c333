/**
 * Builds src/core/data/generated/word-clusters.json: distributional word classes for the attribution
 * tagger (src/core/model/features.ts), so that a rare word is read like the common words that occur in
 * the same contexts ("lamented" like "complained"). Unsupervised: only the words of the PolNeAR train
 * texts are read, never their annotations; only word lists are written, never text.
 *
 *   npx tsx scripts/train/build-word-clusters.ts
 *
 * Method: each lower-case word seen at least MIN_COUNT times gets a context vector (positive pointwise
 * mutual information with the most frequent words one and two tokens to its left and right),
 * normalised, then grouped by spherical k-means at two granularities (COARSE and FINE classes).
 * Deterministic (seeded).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';
import { tokenize } from '../../src/core/text/tokenize';
import { mulberry32 } from '../lib/article-gen';

const ROOT = join(__dirname, '..', '..');
const MIN_COUNT = 5;
const CONTEXT_WORDS = 1000;
const COARSE = 64;
const FINE = 400;
const ITERATIONS = 20;

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

/** Spherical k-means over sparse unit vectors with dense centroids. */
function kmeans(vecs: Sparse[], dims: number, k: number, seed: number): Int32Array {
  const n = vecs.length;
  const r = mulberry32(seed);
  const cent: Float32Array[] = [];
  const picked = new Set<number>();
  while (cent.length < k) {
    const i = Math.floor(r() * n);
    if (picked.has(i)) continue;
    picked.add(i);
    const c = new Float32Array(dims);
    const v = vecs[i];
    for (let j = 0; j < v.idx.length; j++) c[v.idx[j]] = v.val[j];
    cent.push(c);
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const v = vecs[i];
      let best = 0;
      let bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const w = cent[c];
        let s = 0;
        for (let j = 0; j < v.idx.length; j++) s += v.val[j] * w[v.idx[j]];
        if (s > bs) {
          bs = s;
          best = c;
        }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    for (const c of cent) c.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = cent[assign[i]];
      const v = vecs[i];
      size[assign[i]]++;
      for (let j = 0; j < v.idx.length; j++) c[v.idx[j]] += v.val[j];
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        const v = vecs[Math.floor(r() * n)];
        for (let j = 0; j < v.idx.length; j++) cent[c][v.idx[j]] = v.val[j];
        continue;
      }
      normalise(cent[c]);
    }
    console.log(`k=${k} iteration ${it + 1}: ${changed} changed`);
    if (changed < n / 200) break;
  }
  return assign;
}

function normalise(v: Float32Array): void {
  let s = 0;
  for (let d = 0; d < v.length; d++) s += v[d] * v[d];
  s = Math.sqrt(s) || 1;
  for (let d = 0; d < v.length; d++) v[d] /= s;
}

function main(): void {
  const docs = readPolnear(join(ROOT, '..', 'shared', 'corpus', 'polnear', 'train'));
  const seqs: string[][] = docs.map((d) => tokenize(d.text).map((t) => (t.kind === 'word' ? t.lower : t.kind === 'number' ? '<num>' : t.text)));
  const freq = new Map<string, number>();
  const lowerFreq = new Map<string, number>();
  for (const d of docs) {
    for (const t of tokenize(d.text)) {
      const key = t.kind === 'word' ? t.lower : t.kind === 'number' ? '<num>' : t.text;
      freq.set(key, (freq.get(key) ?? 0) + 1);
      if (t.kind === 'word' && t.text[0] === t.text[0].toLowerCase()) lowerFreq.set(t.lower, (lowerFreq.get(t.lower) ?? 0) + 1);
    }
  }
  const ctxWords = [...freq].sort((a, b) => b[1] - a[1]).slice(0, CONTEXT_WORDS).map(([w]) => w);
  const ctxIndex = new Map(ctxWords.map((w, i) => [w, i]));
  const vocab = [...lowerFreq].filter(([, c]) => c >= MIN_COUNT).map(([w]) => w).sort();
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  // co-occurrence counts: 4 positions x CONTEXT_WORDS columns
  const cols = 4 * CONTEXT_WORDS;
  const counts = vocab.map(() => new Map<number, number>());
  const colTotal = new Float64Array(cols);
  let total = 0;
  for (const s of seqs) {
    for (let i = 0; i < s.length; i++) {
      const vi = vIndex.get(s[i]);
      if (vi === undefined) continue;
      const offs = [-2, -1, 1, 2];
      for (let o = 0; o < 4; o++) {
        const j = i + offs[o];
        const w = j < 0 ? '<s>' : j >= s.length ? '</s>' : s[j];
        const ci = ctxIndex.get(w);
        if (ci === undefined) continue;
        const col = o * CONTEXT_WORDS + ci;
        const m = counts[vi];
        m.set(col, (m.get(col) ?? 0) + 1);
        colTotal[col]++;
        total++;
      }
    }
  }
  // PPMI vectors (context distribution smoothed), normalised
  const vecs: Sparse[] = [];
  for (let vi = 0; vi < vocab.length; vi++) {
    const m = counts[vi];
    let rowTotal = 0;
    for (const c of m.values()) rowTotal += c;
    const idx: number[] = [];
    const val: number[] = [];
    for (const [col, c] of [...m].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((c * total) / (rowTotal * Math.pow(colTotal[col], 0.75) * Math.pow(total, 0.25)));
      if (pmi <= 0) continue;
      idx.push(col);
      val.push(pmi);
    }
    const v = Float32Array.from(val);
    normalise(v);
    vecs.push({ idx: Int32Array.from(idx), val: v });
  }
  const coarse = kmeans(vecs, cols, COARSE, 1);
  const fine = kmeans(vecs, cols, FINE, 2);
  const group = (assign: Int32Array, k: number): string[] => {
    const out: string[][] = Array.from({ length: k }, () => []);
    vocab.forEach((w, i) => out[assign[i]].push(w));
    return out.map((ws) => ws.join(' '));
  };
  const json = {
    source: 'PolNeAR train texts (words only), scripts/train/build-word-clusters.ts',
    coarse: group(coarse, COARSE),
    fine: group(fine, FINE),
  };
  const path = join(ROOT, 'src', 'core', 'data', 'generated', 'word-clusters.json');
  writeFileSync(path, JSON.stringify(json) + '\n');
  console.log(`wrote ${path}: ${vocab.length} words, ${COARSE} coarse and ${FINE} fine classes`);
  // a few classes to eyeball
  for (const w of ['said', 'believes', 'lamented', 'officials', 'according', 'wants']) {
    const i = vIndex.get(w);
    if (i === undefined) continue;
    const c = fine[i];
    console.log(`${w}: ${vocab.filter((_, j) => fine[j] === c).slice(0, 25).join(' ')}`);
  }
}

main();
