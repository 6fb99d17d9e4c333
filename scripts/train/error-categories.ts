/**
 * Counts the cue errors of a model trained with --tune on the held-out tenth of PolNeAR train, by
 * category (never reads dev): missed gold cues and false cues, matched one-to-one as in score.ts.
 *
 *   npx tsx scripts/train/error-categories.ts [/tmp/attribution-model.tune.json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';
import { matchOneToOne } from '../lib/scoring';
import { loadAttributionModel } from '../../src/core/model/attribution-model';
import { setCuePrior, F_INQUOTE, F_AUX } from '../../src/core/model/features';
import { tagPrepared } from '../../src/core/model/tagger';
import { buildCueLexicon } from './build-cue-lexicon';
import { prepareDoc, tokensOf } from './train-attribution-model';

const m = loadAttributionModel(JSON.parse(readFileSync(process.argv[2] ?? '/tmp/attribution-model.tune.json', 'utf8')));
const train = readPolnear(join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train'));
setCuePrior(buildCueLexicon(train.filter((_, i) => i % 10 !== 3)));
const held = train.filter((_, i) => i % 10 === 3);
const fn = new Map<string, number>();
const fp = new Map<string, number>();
const inc = (mm: Map<string, number>, k: string): void => void mm.set(k, (mm.get(k) ?? 0) + 1);
let nGold = 0;
let nFound = 0;
let nRight = 0;
const fnWords = new Map<string, number>();
const fpWords = new Map<string, number>();
for (const doc of held) {
  const d = prepareDoc(doc, m.filter!);
  const t = d.tokens;
  const p = d.prep;
  const found = tagPrepared(m, p);
  const golds = doc.attributions.filter((a) => a.cue.length).map((a) => ({ a, tok: tokensOf(t, a.cue) }));
  // one-to-one matching by token overlap (largest first)
  // (found first: ties go to the earlier found cue, then the earlier gold one)
  const pairs = matchOneToOne(found, golds, (f, g) => g.tok.filter((x) => x >= f.cue.first && x <= f.cue.last).length);
  const uf = new Set(pairs.map((p) => p.gold));
  const ug = new Set(pairs.map((p) => p.found));
  nGold += golds.length; nFound += found.length; nRight += uf.size;
  const inContent = (tok: number[], self: number): boolean => golds.some((g, j) => j !== self && tokensOf(t, g.a.content).some((x) => tok.includes(x)));
  const inSource = (tok: number[]): boolean => golds.some((g) => tokensOf(t, g.a.source).some((x) => tok.includes(x)));
  const anyGoldTok = new Set<number>(golds.flatMap((g) => g.tok));
  const headline = (i: number): boolean => { const k = p.sent[i]; const last = t[p.sentEnd[k] - 1]; return !/[.!?”"’]/.test(last.text); };
  golds.forEach((g, j) => {
    if (ug.has(j)) return;
    const words = g.tok.map((x) => t[x].lower);
    inc(fnWords, words.join(' '));
    const cats: string[] = [];
    cats.push(`len=${Math.min(g.tok.length, 4)}`);
    const first = g.tok[0];
    cats.push((p.flags[first] & F_AUX) ? 'first=aux' : t[first].text === ':' ? 'first=colon' : words[0] === 'according' ? 'first=according' : 'first=other');
    const prior = Math.max(...g.tok.map((x) => p.prior[x]), ...g.tok.map((x) => p.phraseIn[x]), ...g.tok.map((x) => p.phraseStart[x] >> 3));
    cats.push(`prior=${prior === 0 ? 0 : prior <= 2 ? '1-2' : prior <= 4 ? '3-4' : '5-7'}`);
    if (inContent(g.tok, j)) cats.push('nested');
    if (p.flags[first] & F_INQUOTE) cats.push('inquote');
    if (headline(first)) cats.push('headline');
    // another gold cue overlapping / a found cue in the same sentence matched elsewhere
    if (found.some((f, i) => uf.has(i) && p.sent[f.cue.first] === p.sent[first])) cats.push('sentHasTP');
    if (found.some((f, i) => !uf.has(i) && p.sent[f.cue.first] === p.sent[first])) cats.push('sentHasFP');
    for (const c of cats) inc(fn, c);
    inc(fn, 'ALL');
  });
  found.forEach((f, i) => {
    if (uf.has(i)) return;
    const tok: number[] = [];
    for (let x = f.cue.first; x <= f.cue.last; x++) tok.push(x);
    inc(fpWords, tok.map((x) => t[x].lower).join(' '));
    const cats: string[] = [];
    if (tok.some((x) => anyGoldTok.has(x))) cats.push('overlapsGoldCue(dup)');
    else {
      if (golds.some((g) => g.tok.some((x) => Math.abs(x - f.cue.first) <= 3 || Math.abs(x - f.cue.last) <= 3))) cats.push('near(<=3)GoldCue');
      if (inContent(tok, -1)) cats.push('inGoldContent');
      if (inSource(tok)) cats.push('inGoldSource');
      if (golds.some((g) => p.sent[g.tok[0]] === p.sent[f.cue.first])) cats.push('sentHasGold'); else cats.push('sentNoGold');
    }
    cats.push(`prior=${p.prior[f.cue.first]}`);
    cats.push(`score=${(Math.floor(f.score * 10) / 10).toFixed(1)}`);
    if (headline(f.cue.first)) cats.push('headline');
    for (const c of cats) inc(fp, c);
    inc(fp, 'ALL');
  });
}
const show = (mm: Map<string, number>): string => [...mm].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v}`).join('\n');
console.log(`gold ${nGold} found ${nFound} right ${nRight}`);
console.log(`MISSED gold cues by category:\n${show(fn)}`);
console.log(`FALSE cues by category:\n${show(fp)}`);
const top = (mm: Map<string, number>): string => [...mm].sort((a, b) => b[1] - a[1]).slice(0, 50).map(([k, v]) => `${k}:${v}`).join(', ');
console.log(`missed: ${top(fnWords)}`);
console.log(`false: ${top(fpWords)}`);
