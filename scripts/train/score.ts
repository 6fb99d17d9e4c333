/**
 * The corpus README's scoring rule for attributions.
 *
 * A found attribution matches a gold one when their cue spans overlap (one-to-one, largest overlap
 * first). Cue: precision = matched / found, recall = matched / gold (gold attributions that have a cue).
 * Source: a found source is right when its attribution is matched and the source spans overlap;
 * precision = right / found attributions with a source, recall = right / gold attributions with a source.
 * Content: right when matched and the overlap covers at least half of the longer of the two content
 * spans (a split gold span's length is the sum of its parts); precision and recall as for sources.
 */
import type { Span } from '../lib/polnear';

export interface FoundAttribution {
  cue: Span;
  source: Span | null;
  content: Span | null;
}
export interface GoldAttribution {
  cue: Span[];
  source: Span[];
  content: Span[];
}

export class Counts {
  found = 0;
  gold = 0;
  right = 0;
  add(o: Counts): void {
    this.found += o.found;
    this.gold += o.gold;
    this.right += o.right;
  }
  get p(): number {
    return this.found ? this.right / this.found : 0;
  }
  get r(): number {
    return this.gold ? this.right / this.gold : 0;
  }
  get f(): number {
    return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0;
  }
  toString(): string {
    return `P ${this.p.toFixed(3)}  R ${this.r.toFixed(3)}  F1 ${this.f.toFixed(3)}  (right ${this.right}, found ${this.found}, gold ${this.gold})`;
  }
}

export interface Scores {
  cue: Counts;
  source: Counts;
  content: Counts;
}

export function emptyScores(): Scores {
  return { cue: new Counts(), source: new Counts(), content: new Counts() };
}

function overlap(a: Span[], b: Span[]): number {
  let o = 0;
  for (const x of a) for (const y of b) o += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return o;
}
const len = (a: Span[]): number => a.reduce((s, x) => s + x.end - x.start, 0);

export function scoreDoc(found: FoundAttribution[], gold: GoldAttribution[], into: Scores): void {
  const golds = gold.filter((g) => g.cue.length > 0);
  into.cue.found += found.length;
  into.cue.gold += golds.length;
  into.source.found += found.filter((f) => f.source).length;
  into.source.gold += golds.filter((g) => g.source.length > 0).length;
  into.content.found += found.filter((f) => f.content).length;
  into.content.gold += golds.filter((g) => g.content.length > 0).length;
  const pairs: Array<[number, number, number]> = [];
  found.forEach((f, i) =>
    golds.forEach((g, j) => {
      const o = overlap([f.cue], g.cue);
      if (o > 0) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedF.has(i) || usedG.has(j)) continue;
    usedF.add(i);
    usedG.add(j);
    into.cue.right++;
    const f = found[i];
    const g = golds[j];
    if (f.source && g.source.length && overlap([f.source], g.source) > 0) into.source.right++;
    if (f.content && g.content.length) {
      const o = overlap([f.content], g.content);
      if (o > 0 && o >= 0.5 * Math.max(f.content.end - f.content.start, len(g.content))) into.content.right++;
    }
  }
}

export function formatScores(s: Scores): string {
  return `cue     ${s.cue}\nsource  ${s.source}\ncontent ${s.content}`;
}
