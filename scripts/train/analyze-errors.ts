/** Error analysis on the held-out tenth of train (counts of missed / spurious cue words). Dev use only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';
import { WordFilter } from '../../src/core/model/features';
import { decodeWeights, fromBase64 } from '../../src/core/model/codec';
import { tagPrepared, type TaggerModel } from '../../src/core/model/tagger';
import { prepareDoc, tokensOf } from './train-attribution-model';

const m = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/attribution-model.tune.json', 'utf8'));
const size = 1 << m.hashBits;
const model: TaggerModel = {
  cue: { labels: 3, mask: size - 1, w: decodeWeights(m.cue.data, size, 3), scale: m.cue.scale },
  role: { labels: 5, mask: size - 1, w: decodeWeights(m.role.data, size, 5), scale: m.role.scale },
  filter: new WordFilter(fromBase64(m.filter)),
};
const all = readPolnear(join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train')).filter((_, i) => i % 10 === 3);
const missed = new Map<string, number>();
const spurious = new Map<string, number>();
const srcErr: string[] = [];
const conErr: string[] = [];
const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
for (const doc of all) {
  const d = prepareDoc(doc, model.filter!);
  const t = d.tokens;
  const found = tagPrepared(model, d.prep);
  const goldCue = new Set<number>();
  for (const a of doc.attributions) for (const i of tokensOf(t, a.cue)) goldCue.add(i);
  const foundCue = new Set<number>();
  for (const f of found) for (let i = f.cue.first; i <= f.cue.last; i++) foundCue.add(i);
  for (const a of doc.attributions) {
    const ti = tokensOf(t, a.cue);
    if (ti.length && !ti.some((i) => foundCue.has(i))) inc(missed, ti.map((i) => t[i].lower).join(' '));
  }
  for (const f of found) {
    let hit = false;
    for (let i = f.cue.first; i <= f.cue.last; i++) if (goldCue.has(i)) hit = true;
    if (!hit) inc(spurious, t.slice(f.cue.first, f.cue.last + 1).map((x) => x.lower).join(' '));
    else {
      const g = doc.attributions.find((a) => tokensOf(t, a.cue).includes(f.cue.first));
      if (!g) continue;
      const sl = (s: { first: number; last: number } | null): string => (s ? doc.text.slice(t[s.first].start, t[s.last].end) : '∅');
      const gs = g.source.map((s) => doc.text.slice(s.start, s.end)).join(' | ') || '∅';
      const gc = g.content.map((s) => doc.text.slice(s.start, s.end)).join(' | ') || '∅';
      if (srcErr.length < 400 && sl(f.source) !== gs) srcErr.push(`CUE ${sl(f.cue)}\n  src gold: ${gs}\n  src ours: ${sl(f.source)}`);
      if (conErr.length < 400 && sl(f.content) !== gc) conErr.push(`CUE ${sl(f.cue)}\n  con gold: ${gc}\n  con ours: ${sl(f.content)}`);
    }
  }
}
const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k}:${v}`).join(', ');
console.log('MISSED', top(missed));
console.log('SPURIOUS', top(spurious));
const which = process.argv[3];
if (which === 'src') console.log(srcErr.slice(0, 60).join('\n'));
if (which === 'con') console.log(conErr.slice(0, 60).join('\n'));
if (which === 'cue') {
  let shown = 0;
  for (const doc of all.slice(0, Number(process.env.NDOCS ?? 30))) {
    const d = prepareDoc(doc, model.filter!);
    const t = d.tokens;
    const found = tagPrepared(model, d.prep);
    const goldCue = new Set<number>();
    for (const a of doc.attributions) for (const i of tokensOf(t, a.cue)) goldCue.add(i);
    const foundCue = new Set<number>();
    for (const f of found) for (let i = f.cue.first; i <= f.cue.last; i++) foundCue.add(i);
    for (let i = 0; i < t.length && shown < Number(process.env.NSHOW ?? 80); i++) {
      if (goldCue.has(i) === foundCue.has(i)) continue;
      if (i > 0 && goldCue.has(i - 1) !== foundCue.has(i - 1)) continue;
      const ctx = doc.text.slice(Math.max(0, t[i].start - 70), t[i].start) + '[[' + t[i].text + ']]' + doc.text.slice(t[i].end, t[i].end + 50);
      console.log((goldCue.has(i) ? 'MISS ' : 'SPUR ') + ctx.replace(/\n/g, ' '));
      shown++;
    }
  }
}
if (which === 'constats') {
  const cat = new Map<string, number>();
  for (const doc of all) {
    const d = prepareDoc(doc, model.filter!);
    const t = d.tokens;
    for (const f of tagPrepared(model, d.prep)) {
      const g = doc.attributions.find((a) => tokensOf(t, a.cue).some((i) => i >= f.cue.first && i <= f.cue.last));
      if (!g || !g.content.length) continue;
      const gs = g.content[0].start;
      const ge = g.content[g.content.length - 1].end;
      const glen = g.content.reduce((s, x) => s + x.end - x.start, 0);
      if (!f.content) {
        inc(cat, 'null');
        continue;
      }
      const fs = t[f.content.first].start;
      const fe = t[f.content.last].end;
      let o = 0;
      for (const x of g.content) o += Math.max(0, Math.min(fe, x.end) - Math.max(fs, x.start));
      if (o >= 0.5 * Math.max(fe - fs, glen) && o > 0) inc(cat, 'right');
      else if (o === 0) inc(cat, fs >= ge ? 'disjoint-after' : 'disjoint-before');
      else if (fe - fs > glen) {
        const k = fs < gs ? 'too-long-left' : fe > ge ? 'too-long-right' : 'too-long-inside';
        inc(cat, k);
        if (k === process.env.SHOWCAT && (cat.get(k) ?? 0) <= 25) {
          console.log(`CUE ${doc.text.slice(t[f.cue.first].start, t[f.cue.last].end)}\n  gold: ${g.content.map((x) => doc.text.slice(x.start, x.end)).join(' | ')}\n  ours: ${doc.text.slice(fs, fe)}`);
        }
      }
      else inc(cat, fe < ge ? 'too-short-right' : 'too-short-left');
    }
  }
  console.log([...cat].sort((a, b) => b[1] - a[1]));
}
