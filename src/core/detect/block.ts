/** Runs every detector over one block of prose. The result is cached per block text by the Analyzer. */
import { buildContext } from './context';
import { detectAttributions, type SourceFound } from './attributions';
import { detectDenials } from './denials';
import { detectClaims } from './claims';
import type { BlockFindings, R, RawDenial, RawMention, RawQuote } from './raw';
import type { BlockKind } from '../types';
import { predictAttributions, type OffsetSpan } from '../model/attribution-model';
import { cueVerbForm } from '../data/cues';
import { CUE_LEXICON } from '../data/cue-lexicon';
import { isNonCue } from './attributions';
import type { RawAttribution } from './raw';
import type { BlockContext } from './context';
import { lowerBound } from '../util/search';
import { sortSmall } from '../util/sort';
import { F_DENIAL_VERB } from './word-flags';

export function detectBlock(text: string, kind: BlockKind, minCheckworthiness: number): BlockFindings {
  const ctx = buildContext(text, kind);
  const used = zeroed(usedBuffer, ctx.toks.length);
  usedBuffer = used;
  const participleSources = new Map<number, SourceFound | null>();
  const denials = detectDenials(ctx, used, participleSources);
  const attributions = detectAttributions(ctx, used, participleSources);
  addModelAttributions(ctx, attributions, denials);
  sortSmall(attributions, byCue);
  sortSmall(denials, byCue);
  const claims = detectClaims(ctx, attributions, denials, minCheckworthiness);
  const mentions: RawMention[] = [];
  for (const a of attributions) addMention(text, a, mentions);
  for (const d of denials) addMention(text, d, mentions);
  const quotes: RawQuote[] = [];
  for (const q of ctx.quotes) {
    const end = q.close >= 0 ? q.close : ctx.toks[q.lastTok].end;
    if (attributions.some((a) => a.content && a.content[0] <= q.open && a.content[1] >= end - 1)) continue;
    quotes.push({ span: [q.open, end], opensBlock: q.firstTok === 0, runsOn: q.close < 0 });
  }
  return { attributions, denials, claims, mentions, quotes, sentences: ctx.sentences.length };
}

const byCue = (a: { cue: readonly [number, number] }, b: { cue: readonly [number, number] }): number => a.cue[0] - b.cue[0];

function addMention(text: string, a: RawAttribution | RawDenial, mentions: RawMention[]): void {
  if (a.source && (a.sourceType === 'name' || a.sourceType === 'group')) {
    mentions.push({ span: a.source, name: text.slice(a.source[0], a.source[1]), plural: a.sourceType === 'group' });
  }
}

// Per-token marks, reused from block to block (detectBlock runs to its end before the next call).
let usedBuffer: Uint8Array = new Uint8Array(1024);
let noStartBuffer: Uint8Array = new Uint8Array(1024);

/** `buf` (or a larger new buffer) with its first `n` entries zero; entries from `n` on are never read. */
function zeroed(buf: Uint8Array, n: number): Uint8Array {
  if (buf.length < n) return new Uint8Array(Math.max(n, 2 * buf.length));
  buf.fill(0, 0, n);
  return buf;
}

/** A word gates the model when annotators took at least this share of its occurrences as a cue. */
export const MODEL_GATE_PROBABILITY = 0.15;

/** Words that begin a cue in the learned lexicon (PolNeAR train), for gating the model. */
const CUE_WORDS: ReadonlySet<string> = new Set(CUE_LEXICON.filter((e) => e.probability >= MODEL_GATE_PROBABILITY).flatMap((e) => e.forms.map((f) => f.split(" ")[0])));

/** Minimum confidence for a model cue in a sentence where a rule already found an attribution. */
export const MODEL_SHARED_SENTENCE_SCORE = 0.5;

/** The frame of a rule attribution: from its source or cue to where its content begins (or the cue's clause ends). */
function inFrame(a: RawAttribution, pos: number): boolean {
  const [start, end] = frameOf(a);
  return pos >= start && pos < end;
}

/** The frame of a rule attribution as [start, end) (see `inFrame`). */
function frameOf(a: RawAttribution): [number, number] {
  const start = Math.min(a.cue[0], a.source?.[0] ?? a.cue[0]);
  const end = a.content && a.content[0] > a.cue[1] ? a.content[0] : Math.max(a.cue[1], a.source?.[1] ?? a.cue[1]) + 40;
  return [start, end];
}

/** The sentence (index) whose range holds `pos` (sentences are in order and disjoint), or -1. */
function sentenceAt(sentences: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < sentences[lo - 1].end ? lo - 1 : -1;
}

/**
 * Minimum confidence for a cue found only by the learned model (the second stage's probability; 0.35
 * is best for cue F1 on the held-out tenth of PolNeAR train, scripts/train/eval-pipeline.ts).
 */
export const MODEL_MIN_SCORE = 0.35;
/** A model cue inside the content of a rule's attribution or a denial's target needs at least this confidence (PolNeAR nests none). */
export const MODEL_NESTED_SCORE = 0.8;

/**
 * The learned model (src/core/model, trained on PolNeAR) finds the many attribution forms the rules
 * do not cover ("Trump believes", "the campaign wants"); its cues are added where no rule fired.
 */
function addModelAttributions(ctx: BlockContext, attributions: RawAttribution[], denials: RawDenial[]): void {
  if (ctx.headline && attributions.length > 0) return;
  const taken = [...attributions.map((a) => a.cue), ...denials.map((d) => d.cue)];
  // what someone is reported to say, or denies: the rules' contents and the denials' targets
  const said: R[] = [];
  for (const a of attributions) if (a.content !== null) said.push(a.content);
  for (const d of denials) if (d.target !== null) said.push(d.target);
  // The model is the costly part of the analysis: it looks for cues only in sentences with a word that
  // annotators have often taken as a cue (the learned lexicon); where a rule found the same cue, the
  // rule's reading wins.
  const open: number[] = [];
  const sentences = ctx.sentences;
  const toks = ctx.toks;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let k = s.from; k < s.to; k++) {
      if (CUE_WORDS.has(toks[k].lower)) {
        open.push(si);
        break;
      }
    }
  }
  if (open.length === 0) return;
  // the attributions whose cue begins in each sentence (the model's own join them as they are added)
  const ruledIn: RawAttribution[][] = sentences.map(() => []);
  for (const a of attributions) {
    const si = sentenceAt(sentences, a.cue[0]);
    if (si >= 0) ruledIn[si].push(a);
  }
  // Whether a model cue can be added: judged from the cue alone, both before its source and content
  // are tagged (a rejected cue skips that, the costly part) and again with the model's own cues taken.
  const usable = (cue: OffsetSpan, score: number): boolean => {
    if (score < MODEL_MIN_SCORE) return false;
    if (taken.some((r) => r[0] < cue.end && cue.start < r[1])) return false;
    // no attribution inside a rule attribution's content or a denial's target (PolNeAR annotates none inside another's content)
    if (score < MODEL_NESTED_SCORE && said.some((r) => r[0] <= cue.start && cue.end <= r[1])) return false;
    // in a sentence where a rule found an attribution, the model must be sure, and never reads the
    // rule's frame ("added in a statement", "wrote in a post on Friday that") as a cue of its own
    const si = sentenceAt(sentences, cue.start);
    if (si >= 0 && ruledIn[si].length > 0) {
      if (score < MODEL_SHARED_SENTENCE_SCORE) return false;
      for (const a of ruledIn[si]) if (inFrame(a, cue.start)) return false;
    }
    return !isNonCueSpan(ctx, cue.start);
  };
  // The tokens where no usable cue can begin, whatever the model's score: in a rule's cue or a
  // denial's, in a rule's frame in its sentence, a non-cue context. The tagger skips what lies beyond
  // the last token where one can.
  const noStart = zeroed(noStartBuffer, ctx.toks.length);
  noStartBuffer = noStart;
  for (const r of taken) {
    let k = tokenAtOrAfter(ctx, r[0]);
    // a token before r[0] that reaches into it overlaps too
    if (k > 0 && ctx.toks[k - 1].end > r[0]) k--;
    for (; k < ctx.toks.length && ctx.toks[k].start < r[1]; k++) noStart[k] = 1;
  }
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (const a of ruledIn[si]) {
      // the tokens of the sentence that begin in the frame
      const [from, to] = frameOf(a);
      const lo = Math.max(from, s.start);
      const hi = Math.min(to, s.end);
      for (let k = Math.max(s.from, tokenAtOrAfter(ctx, lo)); k < s.to && toks[k].start < hi; k++) noStart[k] = 1;
    }
  }
  // a denial verb the denial rules did not take ("was denied the chance", "rejected the mayor") withholds or
  // turns down a thing: it is no attribution either
  const canStart = (i: number): boolean => noStart[i] === 0 && (ctx.toks[i].f & F_DENIAL_VERB) === 0 && !isNonCue(ctx, i);
  // every sentence stays context (a quotation may run on into the next one); cues only in the open ones
  for (const p of predictAttributions(ctx.text, ctx.toks, ctx.sentences, { cueSentences: open, keepCue: usable, cueCanStart: canStart })) {
    if (!usable(p.cue, p.score)) continue;
    const cueText = ctx.text.slice(p.cue.start, p.cue.end).toLowerCase();
    const verb = cueText.split(/\s+/).map((w) => cueVerbForm(w)).find((f) => f);
    attributions.push({
      rule: 'attr.model',
      cueKind: verb?.verb.kind ?? 'speech',
      cue: [p.cue.start, p.cue.end],
      source: p.source ? [p.source.start, p.source.end] : null,
      sourceType: p.source ? 'other' : null,
      content: p.content ? [p.content.start, p.content.end] : null,
      contentOpensBlock: false,
      contentRunsOn: false,
      score: Math.round(p.score * 100) / 100,
    });
    taken.push([p.cue.start, p.cue.end]);
    const si = sentenceAt(sentences, p.cue.start);
    if (si >= 0) ruledIn[si].push(attributions[attributions.length - 1]);
  }
}

function isNonCueSpan(ctx: BlockContext, start: number): boolean {
  const k = tokenAtOrAfter(ctx, start);
  return k < ctx.toks.length && ctx.toks[k].start === start && isNonCue(ctx, k);
}

/** The first token that starts at or after `pos` (tokens are in order). */
function tokenAtOrAfter(ctx: BlockContext, pos: number): number {
  return lowerBound(ctx.toks, pos, tokenStart);
}
const tokenStart = (t: { start: number }): number => t.start;
