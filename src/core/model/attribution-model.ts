/**
 * The learned attribution model at run time: finds attribution cues in a text and, for each, its
 * source and content, with a cue tagger and a source/content tagger (averaged perceptrons over
 * hashed features, greedy left-to-right decoding) trained on PolNeAR by
 * scripts/train/train-attribution-model.ts. Where no cue is open the cue tagger reads only the tokens
 * its cue gate lets through (words that began a cue in training, their other forms, unknown lower-case
 * words: see `WordFilter`). Pure TypeScript, no Node APIs.
 */
import model from '../data/attribution-model.json';
import type { Token } from '../text/tokenize';
import { decodeWeights, fromBase64 } from './codec';
import { CUE_LABELS, cueGateOf, ROLE_LABELS, WordFilter, type SentenceRange } from './features';
import { decodeRerankWeights } from './rerank';
import { tagText, type TagFilters, type TaggedAttribution, type TaggerModel } from './tagger';

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface PredictedAttribution {
  cue: OffsetSpan;
  source: OffsetSpan | null;
  content: OffsetSpan | null;
  /** Confidence that the cue is an attribution cue, 0..1. */
  score: number;
}

interface ModelJson {
  format: string;
  hashBits: number;
  filterBits: number;
  filter: string;
  /** The cue gate: the lower-case word forms that may begin a cue, separated by spaces (absent: any word). */
  cueGate?: string;
  cue: { labels: number; scale: number; data: string };
  role: { labels: number; scale: number; data: string };
  /** Logistic calibration [a, b] of the cue score, fitted on held-out training articles. */
  calibration?: number[];
  /** Second stage (./rerank.ts): int8 weights over 2^bits buckets. */
  rerank?: { bits: number; scale: number; bias: number; candidateBias: number; minScore: number; data: string; stack?: { scale: number; bias: number; data: string } };
}

let loaded: TaggerModel | null = null;

/**
 * Replaces the model `predictAttributions` uses by default (training scripts scoring a model trained
 * on part of the training data through the whole analysis); `null` restores the bundled one.
 */
export function useAttributionModel(model: TaggerModel | null): void {
  loaded = model;
}

/** Decodes the bundled model (once). */
export function loadAttributionModel(json: ModelJson = model as ModelJson): TaggerModel {
  if (json.format !== 'counterpoint-attribution-model@1') throw new Error(`unknown attribution model format: ${json.format}`);
  if (json.cue.labels !== CUE_LABELS || json.role.labels !== ROLE_LABELS) throw new Error('attribution model does not match the feature code');
  const size = 2 ** json.hashBits;
  return {
    cue: { labels: CUE_LABELS, mask: size - 1, w: decodeWeights(json.cue.data, size, CUE_LABELS), scale: json.cue.scale },
    role: { labels: ROLE_LABELS, mask: size - 1, w: decodeWeights(json.role.data, size, ROLE_LABELS), scale: json.role.scale },
    filter: new WordFilter(fromBase64(json.filter), json.cueGate !== undefined ? cueGateOf(json.cueGate.split(' ')) : null),
    calibration: json.calibration && json.calibration.length === 2 ? [json.calibration[0], json.calibration[1]] : undefined,
    rerank: json.rerank
      ? {
          weights: decodeRerankWeights(json.rerank, json.rerank.bits),
          candidateBias: json.rerank.candidateBias,
          minScore: json.rerank.minScore,
          ...(json.rerank.stack ? { stack: decodeRerankWeights(json.rerank.stack, json.rerank.bits) } : {}),
        }
      : undefined,
  };
}

export interface PredictOptions {
  /** A model other than the bundled one (tests, training scripts). */
  model?: TaggerModel;
  /**
   * Indices (into `sentences`) of the sentences to look for cues in; the other sentences still serve
   * as context for sources and contents (a quotation running on after the cue's sentence). Default: all.
   */
  cueSentences?: readonly number[];
  /**
   * Whether the caller can use a cue (its span and confidence): a cue it rejects is left out, and its
   * source and content are never computed (they are most of the model's cost). Default: every cue.
   */
  keepCue?: (cue: OffsetSpan, score: number) => boolean;
  /**
   * Whether the caller may want a cue that begins with token i (an index into `tokens`): where it
   * says no, no cue begins, and the cue tagger skips what it need not read (see `CueStartFilter`).
   */
  cueCanStart?: (i: number) => boolean;
}

/**
 * Finds attributions. `tokens` are `tokenize(text)`'s tokens (in order; offsets into `text`),
 * `sentences` sentence ranges of the text (character offsets, in order). A token belongs to the
 * sentence whose range contains its start; tokens in no given sentence are ignored, so a caller may
 * pass only some sentences (each is then read on its own, without its neighbours). No sentences at
 * all: the whole text is one sentence. Offsets in the result are UTF-16 offsets into `text`;
 * attributions come in text order of their cues.
 */
export function predictAttributions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  options: PredictOptions = {},
): PredictedAttribution[] {
  const tm = options.model ?? (loaded ??= loadAttributionModel());
  const t = tokens;
  const keepCue = options.keepCue;
  const keep = keepCue ? (first: number, last: number, score: number) => keepCue({ start: t[first].start, end: t[last].end }, score) : undefined;
  return tagText(tm, text, tokens, sentences, options.cueSentences, { keep, canStart: options.cueCanStart }).map((a) => ({
    cue: { start: t[a.cue.first].start, end: t[a.cue.last].end },
    source: a.source ? { start: t[a.source.first].start, end: t[a.source.last].end } : null,
    content: a.content ? { start: t[a.content.first].start, end: t[a.content.last].end } : null,
    score: a.score,
  }));
}

/**
 * `predictAttributions` in token spans (first and last token, inclusive), with the filters on tokens too
 * (`TagFilters`): for a caller that reads the tokens anyway, no offset objects are made per cue.
 */
export function predictTokenAttributions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly SentenceRange[],
  filters: TagFilters,
  model?: TaggerModel,
): TaggedAttribution[] {
  return tagText(model ?? (loaded ??= loadAttributionModel()), text, tokens, sentences, undefined, filters);
}
