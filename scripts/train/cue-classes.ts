/**
 * Every found cue of the whole analysis on the held-out tenth of PolNeAR train (tune model trained on
 * the other 90%; never reads dev), as JSON lines with the features a pipeline decision could read, so
 * that the precision of a class of cues (finder, score band, inside a quotation, nested in another found
 * attribution's content, after "who", in a poll sentence, ...) can be counted before a change is tried.
 * `inGoldContent` (a wrong cue inside a gold attribution's content) is for diagnosis only.
 *
 *   npx tsx scripts/train/cue-classes.ts --fold K --model MODEL > /tmp/classes.jsonl
 */
import { matchOneToOne, overlap, type Range } from '../lib/scoring';
import { useHeldOut } from './held-out';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';
import { detectBlock } from '../../src/core/detect/block';
import { buildContext } from '../../src/core/detect/context';
import { canBeVerb } from '../../src/core/data/lexicon';

const { held } = useHeldOut();

interface Row extends Range {
  doc: number;
  finder: string;
  score: number;
  sourceType: string | null;
  source: string | null;
  content: boolean;
  contentLen: number;
  inQuote: boolean;
  /** inside a quotation marked with two single quotes (''...'') */
  inTwoQuote: boolean;
  /** inside the content (or denial target) of another found item of the block */
  nestedFound: boolean;
  /** the finder of the found item whose content holds the cue (null: none) */
  host: string | null;
  /** the word before the cue (adverbs skipped) */
  prev: string;
  /** the cue's first word: its coarse part of speech, and whether the lexicon has it as a verb */
  firstPos: string;
  canVerb: boolean;
  prev2: string;
  next: string;
  /** tokens from the sentence start to the cue */
  pos: number;
  /** found cues in the same sentence */
  sentCues: number;
  poll: boolean;
  headline: boolean;
  right: boolean;
  inGoldContent: boolean;
  text: string;
  sentence: string;
}

const POLLISH = /\b(percent|poll|polls|survey|surveys|voters|respondents)\b|%/i;

held.forEach((doc, di) => {
  const gold = doc.attributions.filter((a) => a.cue.length > 0);
  const goldCues = gold.map((a) => ({ start: a.cue[0].start, end: a.cue[a.cue.length - 1].end }));
  const goldContents = gold.flatMap((a) => a.content);
  const rows: Row[] = [];
  for (const b of new PlainTextExtractor().blocks(doc.text)) {
    const f = detectBlock(b.text, b.kind, 0.5);
    const ctx = buildContext(b.text, b.kind);
    const items = [
      ...f.attributions.map((a) => ({ cue: a.cue, finder: a.rule === 'attr.model' ? 'model' : a.rule, score: a.score, source: a.source, sourceType: a.sourceType, content: a.content })),
      ...f.denials.map((d) => ({ cue: d.cue, finder: `D:${d.rule}`, score: d.score, source: d.source, sourceType: d.sourceType, content: d.target })),
    ];
    for (const it of items) {
      const i = ctx.toks.findIndex((t) => t.start >= it.cue[0]);
      const s = ctx.sentences.find((x) => x.from <= i && i < x.to);
      let k = i - 1;
      while (k >= 0 && ctx.toks[k].kind === 'word' && ctx.toks[k].pos === 'R') k--;
      const sText = s ? b.text.slice(ctx.toks[s.from].start, ctx.toks[s.to - 1].end) : '';
      const host = items.find((h) => h !== it && h.content !== null && h.content[0] <= it.cue[0] && it.cue[1] <= h.content[1]);
      const nested = host !== undefined;
      const j = ctx.toks.findIndex((t) => t.start >= it.cue[1]);
      rows.push({
        doc: di,
        start: it.cue[0] + b.start,
        end: it.cue[1] + b.start,
        finder: it.finder,
        score: it.score,
        sourceType: it.sourceType,
        source: it.source ? b.text.slice(it.source[0], it.source[1]) : null,
        content: it.content !== null,
        contentLen: it.content ? it.content[1] - it.content[0] : 0,
        inQuote: i >= 0 && ctx.toks[i].quote >= 0,
        inTwoQuote: (b.text.slice(0, it.cue[0]).match(/''/g) ?? []).length % 2 === 1,
        nestedFound: nested,
        host: host ? host.finder : null,
        prev: k >= 0 ? ctx.toks[k].lower : '',
        firstPos: i >= 0 ? String(ctx.toks[i].pos) : '',
        canVerb: i >= 0 && canBeVerb(ctx.toks[i].lower),
        prev2: k >= 1 ? ctx.toks[k - 1].lower : '',
        next: j >= 0 ? ctx.toks[j].lower : '',
        pos: s ? i - s.from : -1,
        sentCues: s ? items.filter((h) => h.cue[0] >= ctx.toks[s.from].start && h.cue[0] < ctx.toks[s.to - 1].end).length : 0,
        poll: POLLISH.test(sText),
        headline: ctx.headline,
        right: false,
        inGoldContent: false,
        text: b.text.slice(it.cue[0], it.cue[1]),
        sentence: `${b.text.slice(s ? ctx.toks[s.from].start : it.cue[0], it.cue[0])}[[${b.text.slice(it.cue[0], it.cue[1])}]]${b.text.slice(it.cue[1], s ? ctx.toks[s.to - 1].end : it.cue[1])}`.replace(/\s+/g, ' '),
      });
    }
  }
  for (const p of matchOneToOne(goldCues, rows, (g, c) => overlap([g], [c]))) rows[p.found].right = true;
  for (const r of rows) r.inGoldContent = !r.right && goldContents.some((c) => c.start <= r.start && r.end <= c.end);
  for (const r of rows) console.log(JSON.stringify(r));
});
