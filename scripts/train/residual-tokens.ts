/**
 * Dumps, as JSON lines, every word of PolNeAR train articles that no cue of the pipeline covers, with
 * its neighbours and whether it lies in a gold cue no cue of the pipeline overlaps (what a new rule
 * could add), for exploring candidate rules by their share right (never reads dev). Articles of the
 * two held-out tenths that judge changes (i % 10 === 3, 7) are marked `fold` and must not be used to
 * choose a rule, only to see what it adds there.
 *
 *   npx tsx scripts/train/residual-tokens.ts [--model /tmp/attribution-model.tune.json] [--fold K] [--only-fold] [--all] > /tmp/res.jsonl
 *
 * --fold K: the cue prior and model of held-out tenth K (the model saw every other article: the share
 * right on them is a low bound). --only-fold: only the articles of tenth K. --all: the words cues cover
 * too (`covered`), for the share right of a pattern wherever it matches.
 */
import { useHeldOut } from './held-out';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';
import { detectBlock } from '../../src/core/detect/block';
import { buildContext } from '../../src/core/detect/context';

const { train, fold: FOLD } = useHeldOut();
const ONLY = process.argv.includes('--only-fold');
const ALL = process.argv.includes('--all');

const out: string[] = [];
for (const [di, doc] of train.entries()) {
  const fold = di % 10 === 3 || di % 10 === 7 ? di % 10 : -1;
  if (ONLY ? di % 10 !== FOLD : fold >= 0) continue;
  const gold = doc.attributions.filter((a) => a.cue.length > 0).map((a) => ({ start: a.cue[0].start, end: a.cue[a.cue.length - 1].end }));
  for (const b of new PlainTextExtractor().blocks(doc.text)) {
    const f = detectBlock(b.text, b.kind, 0.5);
    const cues = [...f.attributions.map((a) => a.cue), ...f.denials.map((d) => d.cue)].map(([x, y]) => [x + b.start, y + b.start]);
    const ctx = buildContext(b.text, b.kind);
    const t = ctx.toks;
    const sentOf = new Int32Array(t.length);
    ctx.sentences.forEach((s, si) => { for (let k = s.from; k < s.to; k++) sentOf[k] = si; });
    for (let k = 0; k < t.length; k++) {
      const s = t[k].start + b.start;
      const e = t[k].end + b.start;
      const covered = cues.some(([x, y]) => x < e && s < y);
      if (covered && !ALL) continue;
      const g = gold.find((c) => c.start < e && s < c.end);
      const free = g !== undefined && !cues.some(([x, y]) => x < g.end && g.start < y);
      const si = sentOf[k];
      const sent = ctx.sentences[si];
      const w = (j: number): string => (j >= 0 && j < t.length ? t[j].text : '');
      const p = (j: number): string => (j >= 0 && j < t.length ? (t[j].pos ?? t[j].kind) : '');
      out.push(JSON.stringify({
        doc: di, fold, covered, w: t[k].text, l: t[k].lower, pos: p(k), cap: t[k].cap, q: t[k].quote >= 0, first: sent ? k === sent.from : false,
        p2: w(k - 2), p1: w(k - 1), n1: w(k + 1), n2: w(k + 2), n3: w(k + 3), pp1: p(k - 1), pn1: p(k + 1),
        gold: g !== undefined, free, gtext: g ? doc.text.slice(g.start, g.end) : '',
        sentHasCue: sent ? cues.some(([x]) => x >= sent.start + b.start && x < sent.end + b.start) : false,
        ctx: doc.text.slice(Math.max(0, s - 60), s) + '[[' + t[k].text + ']]' + doc.text.slice(e, e + 60),
      }));
      if (out.length >= 5000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
    }
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
