/**
 * A denial in an appositive or a sentence relative after a comma, as wire copy writes it: "Kyiv accused
 * Moscow of shelling the plant, a charge Russia denied.", "..., a claim Tehran has repeatedly denied.",
 * "..., which Moscow denies." What is denied is the clause before the comma; who denies it is the noun
 * phrase between the statement noun (or "which") and the denial verb. The attribution whose content the
 * clause holds ends at that comma (`reportEnd` in attributions.ts), and the denial's target is that
 * clause (`verbDenial` in denials.ts).
 */
import type { BlockContext, Sentence } from './context';
import { ALLEGATION_NOUNS, NAMING_VERBS } from '../data/cues';
import { BE_FORMS, DENIAL_ADVERBS, FIGURE_NOUNS, denialVerbOf, denialVerbsOf } from '../data/denials';
import { F_AUX, F_CUE_VERB, F_DETERMINER } from './word-flags';
import { isClosingQuote, isPunct, npPastParticiple, npPastPossessive, npStartingAt, type TokRange } from './phrases';

/** Nouns of a statement besides allegations and figures that an appositive denial names: ", a statement the data does not support". */
const APPOSITIVE_STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'position', 'contention', 'argument', 'theory', 'explanation', 'something', 'account', 'version', 'description', 'characterisation', 'characterization', 'assessment', 'interpretation', 'notion', 'idea', 'narrative', 'conclusion', 'finding', 'forecast', 'prediction']);

/** An appositive denial after a comma: its source (a token range) and its denial verb (a token index). */
export interface AppositiveDenial {
  source: TokRange;
  verb: number;
}

/**
 * The appositive denial that follows the comma at token `comma` of sentence `s` (outside quotation marks):
 * ", (a|an|the)? (adjective)? ALLEGATION_NOUN|FIGURE_NOUN (that|which)? SOURCE (auxiliaries, adverbs) DENIAL_VERB" or
 * ", which SOURCE ... DENIAL_VERB", the verb ending the sentence or followed by punctuation; with `naming`, a verb of
 * `NAMING_VERBS` in its place, whatever follows (its caller reads the judgement); null otherwise.
 */
export function appositiveDenialAfter(ctx: BlockContext, s: Sentence, comma: number, naming = false, saying = false): AppositiveDenial | null {
  const toks = ctx.toks;
  // (or a quotation's closing mark after its comma: '... "their lowest level in a decade," a statement the data does not support')
  if (!(isPunct(toks[comma], ',') && toks[comma].quote < 0) && !quoteAfterComma(ctx, comma)) return null;
  let k = comma + 1;
  if (toks[k]?.lower === 'which') k++;
  else {
    // (", something regulators have questioned": the pronoun in the noun's place)
    if (k < s.to && (toks[k].f & F_DETERMINER) !== 0 && !toks[k].cap && toks[k].lower !== 'something') k++;
    if (k < s.to && toks[k].pos === 'J' && !toks[k].cap) k++;
    // (or a figure: "92 percent of members voted, a figure the company disputed")
    if (!(k < s.to && (ALLEGATION_NOUNS.has(toks[k].lower) || FIGURE_NOUNS.has(toks[k].lower) || APPOSITIVE_STATEMENT_NOUNS.has(toks[k].lower)))) return null;
    k++;
    // (or the passive, its source after "by": ", a claim disputed by the opposition", ", an allegation firmly denied by
    // the ministry")
    if (!naming && !saying) {
      const passive = passiveAppositive(ctx, s, k);
      if (passive) return passive;
    }
    if (toks[k]?.lower === 'that' || toks[k]?.lower === 'which') k++;
  }
  // (past a plural's possessive: ", a claim the controllers' union called \"a convenient excuse\"")
  let np = npPastPossessive(ctx, k, Math.min(s.to, k + 8));
  if (!np) return null;
  // (past a participle read as a verb before the noun: "a leading refugee charity")
  if (np.to - np.from === 1 && (toks[np.from].f & F_DETERMINER) !== 0) {
    const rest = npPastParticiple(ctx, np.to, s.to, 7);
    if (rest) np = { from: np.from, to: rest.to };
  }
  // "a claim that critics dispute": the verb read as the phrase's noun
  const last = toks[np.to - 1];
  if (np.to - np.from > 1 && np.to < s.to && toks[np.to].kind !== 'word' && !last.cap && denialVerbOf(last.lower) !== undefined) np = { from: np.from, to: np.to - 1 };
  // (past a participle phrase on the noun: ", a figure the union representing the workers says is exaggerated")
  if (np.to + 1 < s.to && toks[np.to].kind === 'word' && !toks[np.to].cap && toks[np.to].lower.endsWith('ing') && toks[np.to].pos !== 'N') {
    const obj = npStartingAt(ctx, np.to + 1, s.to, 6);
    if (obj && obj.to < s.to && (toks[obj.to].f & F_CUE_VERB) !== 0) np = { from: np.from, to: obj.to };
  }
  let v = np.to;
  // (a negation among them takes a verb that denies only when negated: ", a statement the agency's data does not support")
  let negated = false;
  const pastAuxiliaries = () => {
    negated = false;
    while (v < s.to && toks[v].kind === 'word' && !toks[v].cap && ((toks[v].f & F_AUX) !== 0 || DENIAL_ADVERBS.has(toks[v].lower) || toks[v].lower === 'not' || toks[v].lower === "n't")) {
      if (toks[v].lower === 'not' || toks[v].lower === "n't") negated = true;
      v++;
    }
  };
  pastAuxiliaries();
  // (or a denial verb coordinated after another verb of the clause: ", a charge the firm has faced before and has always
  // denied")
  if (!naming && !saying && v < s.to && toks[v].kind === 'word' && denialVerbsOf(toks[v].lower) === undefined) {
    for (let m = v + 1; m < s.to && m <= v + COORDINATED_VERB_REACH && toks[m].kind === 'word'; m++) {
      if (toks[m].lower !== 'and') continue;
      v = m + 1;
      pastAuxiliaries();
      break;
    }
  }
  // (or, with `naming`, a verb that names a judgement after it: ", a claim the union called \"plucked out of thin air\"")
  if (naming) return v < s.to && toks[v].kind === 'word' && NAMING_VERBS.has(toks[v].lower) ? { source: np, verb: v } : null;
  // (or, with `saying`, a verb of saying before a copula, whose falsity its caller reads: ", a figure the charity says is
  // wildly inflated")
  if (saying) return v < s.to && toks[v].kind === 'word' && (toks[v].f & F_CUE_VERB) !== 0 && !toks[v].cap && BE_FORMS.has(toks[v + 1]?.lower ?? '') ? { source: np, verb: v } : null;
  if (!(v < s.to && toks[v].kind === 'word' && (denialVerbsOf(toks[v].lower)?.some((x) => (x.negated === true) === negated) ?? false))) return null;
  const after = toks[v + 1];
  // (or "as" and the judgement: ", a figure the provincial government dismissed as \"exaggerated\"")
  if (v + 1 < s.to && !(after.kind === 'punct' || after.kind === 'quote' || (after.lower === 'as' && v + 2 < s.to))) return null;
  return { source: np, verb: v };
}

/** The most tokens from the first verb of an appositive's clause to the "and" before its denial verb. */
const COORDINATED_VERB_REACH = 5;

/** Whether token k is a quotation's closing mark right after a comma inside it: '"... in a decade," a statement'. */
export function quoteAfterComma(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  return k > 0 && toks[k].kind === 'quote' && isPunct(toks[k - 1], ',') && toks[k - 1].quote >= 0 && isClosingQuote(ctx, k);
}

/**
 * A denial verb's past participle at k (past adverbs: "firmly denied"), "by" and a noun phrase that ends the sentence or
 * comes before punctuation: the appositive denial's source and verb; else null.
 */
function passiveAppositive(ctx: BlockContext, s: Sentence, k: number): AppositiveDenial | null {
  const toks = ctx.toks;
  let v = k;
  while (v < s.to && toks[v].kind === 'word' && !toks[v].cap && DENIAL_ADVERBS.has(toks[v].lower)) v++;
  const t = toks[v];
  if (v + 2 >= s.to || t.kind !== 'word' || t.cap || !(t.lower.endsWith('ed') || t.lower.endsWith('en')) || toks[v + 1].lower !== 'by') return null;
  if (!(denialVerbsOf(t.lower)?.some((x) => x.negated !== true && x.phrases === undefined) ?? false)) return null;
  const np = npStartingAt(ctx, v + 2, s.to, 8);
  if (!np || (np.to < s.to && !(toks[np.to].kind === 'punct' || toks[np.to].kind === 'quote'))) return null;
  return { source: np, verb: v };
}
