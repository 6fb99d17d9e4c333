/**
 * Learns how common each concept is in news, for weighting matches between a claim and a denial:
 * inverse document frequency over the sentences of PolNeAR's training articles
 * (../shared/corpus/polnear/train/text). Writes src/core/data/generated/concept-idf.json: only the
 * numbers (concept ids such as "stem:elect" or "group:transfer" with their idf), never text.
 * Run: npx tsx scripts/gen-concept-idf.ts
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptsOf } from '../src/core/link/concepts';
import { splitSentences } from '../src/core/text/sentences';

const corpus = process.env.COUNTERPOINT_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus');
const dir = join(corpus, 'polnear', 'train', 'text');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}
const df = new Map<string, number>();
let n = 0;
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  for (const s of splitSentences(text)) {
    n++;
    for (const c of conceptsOf(text.slice(s.start, s.end)).concepts) df.set(c, (df.get(c) ?? 0) + 1);
  }
}
const idf: Record<string, number> = {};
for (const [c, f] of [...df].sort(([a], [b]) => a.localeCompare(b))) {
  if (f < 3) continue;
  idf[c] = Math.round(Math.log(n / f) * 100) / 100;
}
const out = join(__dirname, '..', 'src', 'core', 'data', 'generated', 'concept-idf.json');
writeFileSync(out, JSON.stringify({ source: 'PolNeAR train, sentence frequency', sentences: n, unseen: Math.round(Math.log(n / 1.5) * 100) / 100, idf }) + '\n');
console.log(`${n} sentences, ${Object.keys(idf).length} concepts -> ${out}`);
