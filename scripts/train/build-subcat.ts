/**
 * Subcategorisation codes of word forms for the second stage (src/core/model/rerank.ts `subcatFeatures`),
 * from unlabelled text (the training articles' text; no annotation is read): for each lower-case word
 * form seen at least MIN_COUNT times, how often the token after it is "that", "to", a quote mark or a
 * colon, and how often a quote mark stands within the three tokens before it, each rate as a 2-bit
 * bucket (`rateBucket`). Forms whose four buckets are all 0 are left out (so the table says nothing
 * about which words annotators took as cues). Written into the model JSON as "form:code" pairs.
 */
import { tokenize } from '../../src/core/text/tokenize';

const MIN_COUNT = 5;

/** 0: < 2%, 1: < 8%, 2: < 25%, 3: higher. */
export function rateBucket(k: number, n: number): number {
  const r = k / n;
  return r < 0.02 ? 0 : r < 0.08 ? 1 : r < 0.25 ? 2 : 3;
}

/** The table as "form:code form:code ..." (codes: that | to << 2 | quote or colon after << 4 | quote before << 6). */
export function buildSubcat(texts: readonly string[]): string {
  const stats = new Map<string, Int32Array>(); // n, that, to, quote/colon after, quote before
  for (const text of texts) {
    const t = tokenize(text);
    for (let i = 0; i < t.length; i++) {
      if (t[i].kind !== 'word' || t[i].lower.includes(':') || t[i].lower.includes(' ')) continue;
      let s = stats.get(t[i].lower);
      if (!s) stats.set(t[i].lower, (s = new Int32Array(5)));
      s[0]++;
      const nx = t[i + 1];
      if (nx) {
        if (nx.lower === 'that') s[1]++;
        else if (nx.lower === 'to') s[2]++;
        else if (nx.kind === 'quote' || nx.text === ':') s[3]++;
      }
      for (let j = Math.max(0, i - 3); j < i; j++) {
        if (t[j].kind === 'quote') {
          s[4]++;
          break;
        }
      }
    }
  }
  const out: string[] = [];
  for (const [w, s] of [...stats].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (s[0] < MIN_COUNT) continue;
    const code = rateBucket(s[1], s[0]) | (rateBucket(s[2], s[0]) << 2) | (rateBucket(s[3], s[0]) << 4) | (rateBucket(s[4], s[0]) << 6);
    if (code !== 0) out.push(`${w}:${code}`);
  }
  console.log(`subcategorisation codes: ${out.length} word forms`);
  return out.join(' ');
}
