/** Runs every detector over one block of prose. The result is cached per block text by the Analyzer. */
import { blockContext, sentenceOfToken, tokenAtOrAfter, type BlockContext, type Sentence, type Tok } from './context';
import { contentEnd, detectAttributions, mainClauseComma, isDateToken, skipAdjuncts, passiveBe, possessiveS, preposedSource, relativeInSubject, trimEnd, detectFigurePuts, detectLexiconParticiples, detectPollOpenings, participleSource, sourceSpan, sourceType, type SourceFound } from './attributions';
import { detectDenials, legalClaimObjectAt } from './denials';
import { cueInside, detectClaims, PASSIVE_FRAME, quotationClaims, reportedStatementClaims } from './claims';
import type { BlockFindings, R, RawClaim, RawDenial, RawMention, RawQuote } from './raw';
import type { BlockKind } from '../types';
import { predictTokenAttributions } from '../model/attribution-model';
import { CUE_LEXICON } from '../data/cue-lexicon';
import type { TagFilters } from '../model/tagger';
import { ACCUSING_CUES, ALLEGATION_NOUNS, EVIDENCE_NOUNS, EVIDENCE_VERBS, MEDIUM_NOUNS, MEDIUM_PREPOSITIONS, ONLINE_POST_NOUNS, POSTING_ACCOUNT_NOUNS, REPORTING_ADVERBS, SEEN_BY_PARTICIPLES, SPREAD_PARTICIPLES, DATED_PARTICIPLES, LAUNCHED_PARTICIPLES, RESPONSE_VERBS, ISSUING_VERBS, SEEING_PARTICIPLES, HEDGE_ADVERBS, WRITING_TO_VERBS, LETTER_NOUNS, REQUEST_PARTICIPLES, UNAMBIGUOUS_THAT_VERBS, CLOSING_ADDRESSEES, STATEMENT_GAP_BREAKS, STATEMENT_NOUNS, TELL_FORMS, TELLING_NOUNS, RELATIVE_SOURCE_WORDS, cueVerbForm } from '../data/cues';
import { ANSWER_NOES, BE_FORMS, denialVerbOf, EVIDENCE_GIVING_VERBS, PROMPTING_WORDS } from '../data/denials';
import { asksAnonymity, CITING_PARTICIPLES, gapSubjectStart, SETTING_PREPOSITIONS, beforeSetting, citingAsideEnd, isNonCue, participleAsideEnd, isRubricAt, rubricBeforeColon } from './attributions';
import type { RawAttribution } from './raw';
import { isDemonym } from '../link/places';
import { TITLE_ABBREVIATIONS } from '../data/abbreviations';
import { sortSmall } from '../util/sort';
import { isReversedCloserAt, isWhitespaceCode } from '../util/chars';
import { type TokRange, ARTICLES, CLAUSE_SUBORDINATORS, isCapitalsWord, finiteVerbAfterComma, isNameQuestionMark, rangeHas, VERB_COORDINATORS, clauseAt, clauseThatAfter, datelineEnd, timeLabelEnd, possessorFrom, reportingClauseAt, headNounAt, mainPredicateAfterClause, thinkTank, isAdverb, isApostropheS, isFiniteVerb, isNpWord, isOpeningQuote, isPluralPossessive, npEndingAt, npStartingAt, isPronoun, isPunct, OPENING_CONJUNCTIONS, REFLEXIVES, RELATIVE_PRONOUNS, RELATIVE_WORDS, skipLeftModifiers, skipRightAdverbs } from './phrases';
import { ANSWER_LABELS, AUX, GROUP_NOUNS, DASHES, MODALS, TIME_NOUNS, WEEKDAYS, isIrregularVerbForm, BODY_NOUNS, canBeVerb, CURRENCY_SIGNS, FIGURE_LEADS, FRONTING_WORDS, MULTIPLIERS, PARTICIPLE_END, PASSIVE_BE, posOf, PRONOUN_CONTRACTIONS, SCALE_WORDS, SUBORDINATORS, YEAR_NUMBER } from '../data/lexicon';
import { F_AUX, F_CUE_VERB, F_DATE_WORD, F_DENIAL_VERB, F_PRONOUN, F_DETERMINER, F_NUMBER_WORD } from './word-flags';
import { readingOfSpan, type ConceptReading } from '../link/concepts';
import { canonicalName, isEpithet, sourceInfo } from '../speakers';

/**
 * Decisions of the pipeline that scripts/train/decisions.ts switches off one at a time, to count the right
 * and the wrong cues each removes on the held-out tenth of PolNeAR train. None is off in use.
 */
export type Decision =
  | 'framed' | 'headline' | 'unchecked' | 'relative-content' | 'subject-clause' | 'claim-made-by' | 'denial-verb' | 'non-cue' | 'nested' | 'in-source'
  | 'colon-rubric' | 'colon-source' | 'credit' | 'host' | 'only-modifiers' | 'nested-model' | 'min-score' | 'coordinate'
  | 'lexicon-participle' | 'in-quote' | 'complement' | 'statement-participle' | 'issued-statement' | 'poll-framed' | 'source-shape' | 'reversed-closer' | 'coordinate-source'
  | 'participle-object' | 'passive-allegation' | 'participle-part' | 'citing-aside' | 'as-source' | 'singular-that' | 'dangling-content' | 'later-report' | 'source-setting' | 'accused-of' | 'at-least' | 'seen-by-source' | 'possessive-source' | 'put-figure' | 'trailing-link' | 'aside-source' | 'pronoun-subject' | 'subject-participle' | 'online-post' | 'attributive' | 'wh-content' | 'asked-clause' | 'counted-noun' | 'determiner-source' | 'alleged-adjective' | 'aside-participle' | 'but-clause' | 'relative-source' | 'relative-content' | 'topic-noun' | 'passive-told' | 'content-over-cue' | 'exchange-cue' | 'seeming-subject' | 'name-and' | 'object-noun' | 'statement-source' | 'passive-quoted' | 'statement-modifiers' | 'heading-noun' | 'negation-content' | 'judged-cue' | 'source-head' | 'wh-source' | 'preposition-source' | 'own-subject' | 'time-clause' | 'coordinate-content' | 'fronted-pronoun' | 'subject-relative' | 'possessor-claimant' | 'judged-content' | 'reported-by' | 'conditional-passive' | 'preposition-object' | 'own-predicate' | 'imperative' | 'told-noun' | 'clause-pronoun' | 'evidence-that' | 'relative-name' | 'found-state' | 'object-gap' | 'age-source' | 'after-preposition' | 'figure-participle' | 'legal-claim' | 'existential-content' | 'closed-cue' | 'statement-article' | 'subject-statement' | 'relative-passive' | 'spoke-to' | 'anonymity' | 'reduced-relative' | 'gap-subject' | 'bare-to' | 'than-clause' | 'name-joiner' | 'modifier-content' | 'possessed-noun' | 'asked-no' | 'what-we-know' | 'relative-target' | 'faces-allegations' | 'relative-gap' | 'cut-noun-content' | 'clause-subject' | 'focus-word' | 'relative-hedge' | 'figure-gap' | 'caused-act' | 'headline-clause' | 'modifier-source' | 'title-noun' | 'preposition-end' | 'relative-word-content' | 'object-article' | 'medium-after-statement' | 'subordinate-source' | 'fronted-clause' | 'place-phrase' | 'object-adjunct' | 'passive-subject' | 'determiner-content' | 'claiming-that' | 'closing-frame' | 'appositive-noun' | 'prompting-report' | 'day-content' | 'prompting-content' | 'rule-source' | 'colon-report' | 'coordinated-denial' | 'cut-compound' | 'pronoun-opener' | 'compound-noun' | 'relative-author' | 'relative-preposition' | 'relative-post' | 'gap-it' | 'name-start' | 'spread-post' | 'relative-trim' | 'nested-relative' | 'relative-plural' | 'put-to' | 'subject-phrase' | 'relative-year' | 'written-request' | 'relative-clause-source' | 'phrasal-particle';
const NONE: ReadonlySet<Decision> = new Set();
/**
 * The decisions switched off for the `detectBlock` call in progress (its `decisionsOff`, for diagnostics);
 * none between calls, so the Analyzer, which never passes any, always runs every decision.
 */
let off: ReadonlySet<Decision> = NONE;

export function detectBlock(text: string, kind: BlockKind, minCheckworthiness: number, decisionsOff: ReadonlySet<Decision> = NONE): BlockFindings {
  off = decisionsOff;
  try {
    return detect(text, kind, minCheckworthiness);
  } finally {
    off = NONE;
  }
}

function detect(text: string, kind: BlockKind, minCheckworthiness: number): BlockFindings {
  const ctx = blockContext(text, kind);
  const used = zeroed(usedBuffer, ctx.toks.length);
  usedBuffer = used;
  // (one map for every block, emptied before each: a new one per block was a sixth of what `detect` made)
  const participleSources = blockParticipleSources;
  if (participleSources.size > 0) participleSources.clear();
  const denials = detectDenials(ctx, used, participleSources);
  const attributions = detectAttributions(ctx, used, participleSources);
  dropRatingLabels(attributions, denials);
  if (!off.has('framed')) dropFramedReports(attributions);
  addModelAttributions(ctx, attributions, denials, participleSources);
  dropModelBeforeRuleCue(ctx, attributions);
  addLexiconParticiples(ctx, attributions, denials, participleSources);
  if (!off.has('poll-framed')) dropPollFramedReports(attributions);
  if (!off.has('complement')) dropComplementReports(ctx, attributions);
  if (!off.has('subject-participle')) subjectParticipleContents(ctx, attributions, denials);
  if (!off.has('coordinate-source')) shareCoordinatedSources(ctx, attributions, denials);
  if (!off.has('passive-subject')) dropPassiveSubjects(ctx, attributions);
  if (!off.has('but-clause')) ruleContentsBeforeContrast(ctx, attributions);
  // ("the state incorrectly stated that X": the adverb is the report's cue too, as PolNeAR marks it, and the article's denial)
  for (const a of attributions) {
    const d = calledFalse(ctx, denials, a);
    if (d) a.cue = [d.cue[0], a.cue[1]];
  }
  if (!off.has('coordinated-denial')) contentsBeforeCoordinatedDenial(ctx, attributions, denials);
  if (!off.has('judged-content')) judgedContents(attributions, denials);
  if (!off.has('judged-content')) appositiveJudgedContents(ctx, attributions, denials);
  if (!off.has('appositive-noun')) dropAppositiveNounReports(ctx, attributions, denials);
  if (!off.has('judged-content')) pronounJudgedEnds(ctx, attributions, denials);
  if (ctx.headline && !off.has('headline-clause')) headlineClauseContents(ctx, attributions);
  clipDateline(ctx, attributions, denials);
  if (!off.has('wh-content')) dropWhContents(ctx, attributions);
  if (!off.has('wh-content')) whObjectContents(ctx, attributions);
  if (!off.has('relative-content')) relativeModelContents(ctx, attributions);
  if (!off.has('relative-content')) subjectRelativeModelContents(ctx, attributions);
  if (!off.has('day-content')) dayLedModelContents(ctx, attributions);
  if (!off.has('prompting-content')) promptedContents(ctx, attributions);
  if (!off.has('subject-clause')) subjectClauseModelContents(ctx, attributions);
  if (!off.has('preposition-end')) prepositionEndModelContents(ctx, attributions);
  if (!off.has('claim-made-by')) claimsMadeBy(ctx, attributions);
  if (!off.has('written-request')) writtenRequests(ctx, attributions);
  if (!off.has('relative-clause-source')) relativeClauseSources(ctx, attributions);
  relativeAntecedents(ctx, attributions);
  if (!off.has('pronoun-subject')) pronounSubjects(ctx, attributions, denials);
  if (!off.has('asked-no')) askedNoDenials(ctx, attributions, denials);
  if (!off.has('relative-target')) relativeTargets(ctx, attributions, denials);
  sortSmall(attributions, byCue);
  if (!off.has('statement-participle')) joinStatementParticiples(ctx, attributions);
  if (!off.has('issued-statement')) issuedStatements(ctx, attributions);
  markContentAfter(ctx, attributions);
  sortSmall(denials, byCue);
  if (!off.has('possessor-claimant')) possessorClaimants(ctx, denials);
  if (!off.has('prompting-report')) promptingReports(ctx, attributions, denials);
  const claims = detectClaims(ctx, attributions, denials, minCheckworthiness);
  const closing = closingQuote(ctx);
  const signedClaims = closing !== null && !contentHolds(attributions, closing[0], closing[1] - 1) ? quotationClaims(ctx, closing, claims, minCheckworthiness) : NO_CLAIMS;
  // (a block that opens with a report or a denial of its own is no colon cue's content: `RawAttribution.contentAfter`)
  const opens = opensWithCue(attributions, denials, ctx);
  const leadClaims = !ctx.headline && !opens ? reportedStatementClaims(ctx, claims, minCheckworthiness) : NO_CLAIMS;
  // (a block of someone's words that go on from a quotation before: `BlockFindings.openingClaims`)
  const opening = attributions.length === 0 && denials.length === 0 && ctx.quotes.length > 0 && ctx.quotes[0].firstTok === 0 ? ctx.quotes[0] : null;
  const openingClaims = opening === null ? NO_CLAIMS
    : closing !== null && closing[0] === opening.open ? signedClaims
      : quotationClaims(ctx, [opening.open, opening.close >= 0 ? opening.close : ctx.toks[opening.lastTok].end], claims, minCheckworthiness);
  // ("I'm saying", "we've asked": the pronoun is the source, not the verb written with it; "But Ernesto Palacios": the name,
  // not the conjunction before it)
  for (const a of attributions) if (a.source !== null) a.source = bareSource(ctx, a.source);
  for (const d of denials) if (d.source !== null) d.source = bareSource(ctx, d.source);
  // (a block without mentions or quotations keeps the one empty list of each: the findings are kept)
  let mentions: RawMention[] | null = null;
  for (const a of attributions) mentions = addMention(text, a, mentions);
  for (const d of denials) mentions = addMention(text, d, mentions);
  let quotes: RawQuote[] | null = null;
  for (const q of ctx.quotes) {
    const end = q.close >= 0 ? q.close : ctx.toks[q.lastTok].end;
    if (contentHolds(attributions, q.open, end - 1)) continue;
    (quotes ??= []).push({ span: [q.open, end], opensBlock: q.firstTok === 0, runsOn: q.close < 0 });
  }
  // the concepts the linker compares, read now from the block's tokens rather than from the texts again
  // (most blocks have neither: one empty list for them all, as the findings are kept)
  const targetConcepts = denials.length > 0
    ? denials.map((d) => (d.target !== null && !d.genericTarget ? readingOfSpan(text, ctx.toks, d.target) : null))
    : NO_READINGS;
  // (a claim taken from a denial's target is mostly the target itself: its reading is the target's)
  const claimConcepts = claims.length > 0
    ? claims.map((c) => {
      const t = c.denial !== null ? denials[c.denial].target : null;
      const same = t !== null && t[0] === c.span[0] && t[1] === c.span[1] ? targetConcepts[c.denial!] : null;
      return same ?? readingOfSpan(text, ctx.toks, c.span);
    })
    : NO_READINGS;
  return {
    attributions, denials, claims, mentions: mentions ?? NO_MENTIONS, quotes: quotes ?? NO_QUOTES, closingQuote: closing, signedClaims, leadClaims, opensWithCue: opens, openingClaims, sentences: ctx.sentences.length,
    claimConcepts, targetConcepts, dateline: datelineEnd(ctx) > 0 && timeLabelEnd(ctx) === 0, answerDenial: ctx.headline ? null : answerDenial(ctx, denials, attributions),
  };
}

/**
 * Sets each denial's `answers`: the report in its own sentence that led to it, opened by a prompting word
 * (`PROMPTING_WORDS`) right after what the denial denies ("has denied that schools will lose money, after a union said
 * budgets would fall") or at the sentence's start, before the denial ("After a union said budgets would fall, the
 * minister denied it"). The report is another's, with a source and its content after its cue. Sets its `reason` too: the
 * denier's participle report right after a comma ("disputes that figure, saying dividends were £31m").
 */
function promptingReports(ctx: BlockContext, attributions: readonly RawAttribution[], denials: RawDenial[]): void {
  if (attributions.length === 0) return;
  const toks = ctx.toks;
  const text = ctx.text;
  const opens = (a: RawAttribution) => (a.source !== null && a.source[0] < a.cue[0] ? a.source[0] : a.cue[0]);
  for (const d of denials) {
    const last = tokenAtOrAfter(ctx, d.target !== null ? d.target[1] : d.cue[1]);
    const s = sentenceOfToken(ctx, tokenAtOrAfter(ctx, d.cue[0]));
    if (s === undefined) continue;
    let k = last;
    while (k < s.to && isPunct(toks[k], ',')) k++;
    const after = k + 1 < s.to && PROMPTING_WORDS.has(toks[k].lower) ? toks[k + 1].start : -1;
    // (or the sentence's opening word, its report ending at the comma before the denial's source or cue)
    const before = PROMPTING_WORDS.has(toks[s.from].lower) && s.from + 1 < s.to ? toks[s.from + 1].start : -1;
    const denier = d.source !== null ? d.source[0] : d.cue[0];
    for (let ai = 0; ai < attributions.length; ai++) {
      const a = attributions[ai];
      // (a report with a source of its own, not the denier's: not "After saying he regretted X, Rubio disagreed")
      if (a.content === null || a.content[0] < a.cue[1] || a.source === null || (d.source !== null && text.slice(a.source[0], a.source[1]) === text.slice(d.source[0], d.source[1]))) continue;
      const o = opens(a);
      if (o === after || (o === before && a.content[1] < denier && /^[\s,]*$/.test(text.slice(a.content[1], denier)))) {
        d.answers = ai;
        break;
      }
    }
    // (and the denier's reason, a participle's report right after the comma: "disputes that figure, saying dividends were
    // £31m", `RawDenial.reason`)
    if (k > last && k < s.to && toks[k].lower.endsWith('ing')) {
      for (let ai = 0; ai < attributions.length; ai++) {
        const a = attributions[ai];
        if (a.cue[0] !== toks[k].start || a.content === null || a.content[0] < a.cue[1] || (a.source !== null && d.source !== null && text.slice(a.source[0], a.source[1]) !== text.slice(d.source[0], d.source[1]))) continue;
        d.reason = ai;
        break;
      }
    }
    // (or the next sentence's report by one of the denier's own, "Its managing director, Sarah Quinn, said": "Coastline
    // Buses said the figure was \"simply wrong\". Its managing director ... said drivers had received rises of 17%")
    const next = d.reason === undefined && d.source !== null && d.genericTarget ? ctx.sentences[ctx.sentences.indexOf(s) + 1] : undefined;
    if (next !== undefined && OWN_SIDE_POSSESSIVES.has(toks[next.from].lower)) {
      const ai = attributions.findIndex((a) => a.source !== null && a.source[0] === toks[next.from].start && a.content !== null && a.content[0] > a.cue[0]);
      if (ai >= 0) d.reason = ai;
    }
  }
}

/** Possessives before a statement called false that make it its owner's own: "repeated his false claims". */
const OWNING_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', "'s"]);

/** Possessives that open a source of the body named before: "Its managing director", "Their spokesman". */
const OWN_SIDE_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * A denial whose target only names a statement, with a relative clause after it that reports what the statement says:
 * "The journal retracted the 2019 study, which claimed that the drug halved deaths" denies that the drug halved deaths.
 */
function relativeTargets(ctx: BlockContext, attributions: readonly RawAttribution[], denials: RawDenial[]): void {
  const toks = ctx.toks;
  for (const d of denials) {
    // (or a phrase judged after the clause: "The viral post, which claimed that X, was fabricated")
    if (d.target === null || (!d.genericTarget && d.target[1] > d.cue[0])) continue;
    const k = tokenAtOrAfter(ctx, d.target[1]);
    if (!isPunct(toks[k], ',') || !RELATIVE_PRONOUNS.has(toks[k + 1]?.lower ?? '')) continue;
    const rel = toks[k + 1];
    const a = attributions.find((x) => x.source !== null && x.source[0] === rel.start && x.content !== null);
    if (a === undefined || a.content === null) continue;
    let c = tokenAtOrAfter(ctx, a.content[0]);
    if (toks[c].lower === 'that') c++;
    if (toks[c] === undefined || toks[c].start >= a.content[1]) continue;
    d.target = [toks[c].start, a.content[1]];
    d.genericTarget = false;
  }
}

/**
 * `deny.asked-no`: "Asked whether X, Reddy said: \"No.\"": a question put as a sourceless "Asked" report whose content
 * opens with "whether" or "if", answered in the same sentence by a report of only an answer's "no" (`ANSWER_NOES`): the
 * answer's speaker denies X. (Or a passive one, "was asked if X", answered in the sentence after: "She replied: \"Absolutely
 * not.\"")
 */
function askedNoDenials(ctx: BlockContext, attributions: readonly RawAttribution[], denials: RawDenial[]): void {
  const toks = ctx.toks;
  for (const q of attributions) {
    if (q.content === null || q.source !== null) continue;
    const k = tokenAtOrAfter(ctx, q.cue[0]);
    // ("The minister was asked if X. She replied: \"Absolutely not.\"": a passive question, answered in the sentence after)
    const passive = toks[k]?.lower !== 'asked';
    if (passive && !(BE_FORMS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'asked')) continue;
    const w = tokenAtOrAfter(ctx, q.content[0]);
    if (toks[w]?.lower !== 'whether' && toks[w]?.lower !== 'if') continue;
    const s = sentenceOfToken(ctx, k);
    if (!s || toks[w + 1] === undefined || toks[w + 1].start >= q.content[1]) continue;
    const next = passive && s.to < toks.length ? sentenceOfToken(ctx, s.to) : undefined;
    const end = toks[(next ?? s).to - 1].end;
    for (const a of attributions) {
      if (a === q || a.source === null || a.content === null || a.cue[0] <= q.content[1] || a.cue[0] >= end) continue;
      const said = ctx.text.slice(a.content[0], a.content[1]).replace(/^["“‘']+|["”’'.,!]+$/g, '').trim().toLowerCase();
      if (!ANSWER_NOES.has(said)) continue;
      // (the cue the answer's words, without the quotation's marks: "No")
      let c0 = tokenAtOrAfter(ctx, a.content[0]);
      while (c0 < toks.length && toks[c0].kind !== 'word') c0++;
      let c1 = c0;
      while (c1 + 1 < toks.length && toks[c1 + 1].kind === 'word' && toks[c1 + 1].end <= a.content[1]) c1++;
      denials.push({ rule: 'deny.asked-no', cue: [toks[c0].start, toks[c1].end], source: a.source, sourceType: a.sourceType, target: [toks[w + 1].start, q.content[1]], genericTarget: false, score: 0.75 });
      break;
    }
  }
}

/**
 * `BlockFindings.answerDenial`: a block that opens with an answer's "no" (`ANSWER_NOES`: "No.", "No,", "Absolutely
 * not.", "Not true."), closed by a full stop, a comma or a dash, with no denial of the block's in that first sentence.
 */
function answerDenial(ctx: BlockContext, denials: readonly RawDenial[], attributions: readonly RawAttribution[]): RawDenial | null {
  const toks = ctx.toks;
  const first = ctx.sentences[0];
  if (first === undefined || toks.length < 2) return null;
  // (past an answer's label: "A: No. ..."; or a transcript's speaker's, `attr.transcript`: "Martin Cole: No. ...")
  const from = toks.length > 3 && isPunct(toks[1], ':') && ANSWER_LABELS.has(toks[0].text) ? 2 : transcriptLabelEnd(ctx, attributions);
  let k = from;
  while (k < first.to && k - from < 3 && toks[k].kind === 'word') k++;
  const end = toks[first.to - 1].end;
  for (const d of denials) if (d.cue[0] < end) return null;
  if (k === from || k >= toks.length || !isPunct(toks[k], '.,!—–-') || !ANSWER_NOES.has(ctx.text.slice(toks[from].start, toks[k - 1].end).toLowerCase())) {
    // (or a first person's denial of the act asked about: "We did not hide anything.", "I have never taken a bribe.")
    const act = firstPersonDenialAt(ctx, from, first.to);
    return act === null ? null : { rule: 'deny.answer', cue: act, source: null, sourceType: null, target: null, genericTarget: true, score: 0.7 };
  }
  return { rule: 'deny.answer', cue: [toks[from].start, toks[k - 1].end], source: null, sourceType: null, target: null, genericTarget: true, score: 0.7 };
}

/** The token after the transcript's speaker label that opens the block (`attr.transcript`: "Martin Cole: | No."); else 0. */
function transcriptLabelEnd(ctx: BlockContext, attributions: readonly RawAttribution[]): number {
  for (const a of attributions) if (a.rule === 'attr.transcript') return tokenAtOrAfter(ctx, a.cue[1]);
  return 0;
}

/**
 * A sentence that opens at token `from` with "I" or "We", up to two auxiliaries, "not" (or "n't", "never") and a verb
 * ("We did not hide anything", "I have never taken a bribe", "We didn't cut staff"): the span from the auxiliary (or
 * "never") to the verb; else null.
 */
function firstPersonDenialAt(ctx: BlockContext, from: number, to: number): R | null {
  const toks = ctx.toks;
  if (from + 3 >= to || (toks[from].lower !== 'i' && toks[from].lower !== 'we')) return null;
  let k = from + 1;
  while (k < to && k - from <= 2 && (toks[k].f & F_AUX) !== 0) k++;
  if (k >= to || (toks[k].lower !== 'not' && toks[k].lower !== "n't" && toks[k].lower !== 'never') || (k === from + 1 && toks[k].lower !== 'never')) return null;
  const v = k + 1;
  if (v >= to || toks[v].kind !== 'word' || toks[v].cap || !canBeVerb(toks[v].lower)) return null;
  return [toks[from + 1].start, toks[v].end];
}

/** Labels of an interview's question, "Q: ..." (of `ANSWER_LABELS`). */
const QUESTION_LABELS: ReadonlySet<string> = new Set(['Q', 'Question']);

/**
 * A report whose content runs over the verdict on it ("Harlan's claim that violent crime doubled is false": the model's
 * "claim" with "that ... is false") reports only what the verdict judges: the denial's target.
 */
function judgedContents(attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  for (const a of attributions) {
    const c = a.content;
    if (c === null) continue;
    for (const d of denials) {
      const t = d.target;
      if (t !== null && d.source === null && a.cue[1] < t[0] && t[0] >= c[0] && t[1] <= d.cue[0] && d.cue[1] <= c[1]) {
        a.content = [t[0], t[1]];
        break;
      }
    }
  }
}

/**
 * A model report whose content runs over an appositive denial after its comma ("questions about whether X, a charge the
 * senator has always denied") reports only up to that comma.
 */
function appositiveJudgedContents(ctx: BlockContext, attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  for (const a of attributions) {
    const c = a.content;
    if (c === null || a.rule !== 'attr.model') continue;
    for (const d of denials) {
      const t = d.target;
      if (t === null || d.source === null || t[0] < c[0] || t[1] > d.source[0] || d.cue[1] > c[1] || a.cue[1] > t[0]) continue;
      if (!/^\s*,/.test(ctx.text.slice(t[1], d.source[0]))) continue;
      a.content = [c[0], t[1]];
      break;
    }
  }
}

/**
 * ('The airline blamed staff shortages, a claim the union called "a convenient excuse"': a model report whose cue is the
 * appositive's statement noun and whose content holds the denial of the clause before it is that denial's frame, no
 * report; it goes.)
 */
function dropAppositiveNounReports(ctx: BlockContext, attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  let n = 0;
  for (const a of attributions) {
    const c = a.content;
    const k = tokenAtOrAfter(ctx, a.cue[0]);
    const framed = a.rule === 'attr.model' && a.source === null && c !== null && ctx.toks[k].end === a.cue[1] && ALLEGATION_NOUNS.has(ctx.toks[k].lower) &&
      denials.some((d) => d.target !== null && d.target[1] <= a.cue[0] && d.cue[0] >= c[0] && d.cue[0] < c[1]);
    if (!framed) attributions[n++] = a;
  }
  attributions.length = n;
}

/**
 * "saying that Carson had implied he applied to West Point but that was false": a content that ends on the pronoun
 * a falsity right after it judges ends before it, and before the conjunction or comma that opens its clause (the
 * pronoun stands for what the content said, and the article judges it).
 */
function pronounJudgedEnds(ctx: BlockContext, attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    const c = a.content;
    if (c === null) continue;
    for (const d of denials) {
      const t = d.target;
      if (d.rule !== 'deny.falsity' || t === null || t[1] !== c[1] || t[0] <= c[0]) continue;
      let k = tokenAtOrAfter(ctx, t[0]);
      if (toks[k].end !== t[1] || !POINTER_PRONOUNS.has(toks[k].lower)) continue;
      while (k - 1 > 0 && toks[k - 1].start > c[0] && (isPunct(toks[k - 1], ',') || VERB_COORDINATORS.has(toks[k - 1].lower))) k--;
      if (toks[k - 1].start >= c[0]) a.content = [c[0], toks[k - 1].end];
      break;
    }
  }
}
/** Pronouns that point back at what was said: "but that was false", "and this is wrong". */
const POINTER_PRONOUNS: ReadonlySet<string> = new Set(['that', 'this', 'it']);

/**
 * Who made the claim a denial's target states, where a possessive names them before its statement's noun and "that":
 * "Harlan's claim that violent crime doubled is false", "dismissed the association's repeated claim that emissions had
 * fallen" (`RawDenial.claimedBy`, the claimant of the claim taken from the target); or a demonym ("Russian claims that").
 * Not a pronoun's ("his claim").
 */
function possessorClaimants(ctx: BlockContext, denials: RawDenial[]): void {
  const toks = ctx.toks;
  for (const d of denials) {
    if (d.target === null || d.claimedBy !== undefined) continue;
    const k = tokenAtOrAfter(ctx, d.target[0]);
    if (k < 3 || toks[k].start !== d.target[0] || toks[k - 1].lower !== 'that' || !ALLEGATION_NOUNS.has(toks[k - 2].lower)) continue;
    // (a modifier or two between: "the association's repeated claim that")
    let m = k - 3;
    while (m > 0 && k - 3 - m < 2 && toks[m].kind === 'word' && !isApostropheS(toks[m]) && (toks[m].pos === 'J' || toks[m].pos === 'N' || toks[m].lower.endsWith('ed')) && !toks[m].cap) m--;
    // ("Russian claims that X were \"a lie\"": a demonym before the noun names who claims)
    if (m === k - 3 && toks[m].cap && isDemonym(toks[m].lower)) {
      d.claimedBy = [toks[m].start, toks[m].end];
      continue;
    }
    let owner = possessorFrom(ctx, m, sentenceOfToken(ctx, m)?.from ?? 0);
    if (owner < 0) continue;
    // (after the denial's verb and any preposition where the cue holds the owner, which a headline's capitals may run
    // into: "Obama administration DENIES congressman's claim that", "Scientists cast doubt on man's claims that")
    const cueTok = tokenAtOrAfter(ctx, d.cue[0]);
    if (cueTok >= owner && cueTok < m) owner = cueTok + 1;
    for (let q = owner; q < m - 1; q++) if (toks[q].pos === 'I' && !toks[q].cap) owner = q + 1;
    // (and past a verb the noun phrase reader took in before an article: "no evidence to support | the senator's claim")
    for (let q = owner + 1; q < m - 1; q++) if (ARTICLES.has(toks[q].lower) && !PREDETERMINERS.has(toks[q - 1].lower)) owner = q;
    if (owner < m && !isPronoun(toks[owner])) d.claimedBy = [toks[owner].start, toks[m - 1].end];
  }
}

/** Words before an article that belong to its noun phrase: "all the", "half the". */
const PREDETERMINERS: ReadonlySet<string> = new Set(['all', 'both', 'half', 'such', 'quite', 'what']);

/**
 * A source of one word that is a pronoun with a verb (`PRONOUN_CONTRACTIONS`: "I'm") up to its apostrophe; a source
 * that opens with a capitalised conjunction ("But Ernesto Palacios, 61, a farmer") past it; else `r`.
 */
function bareSource(ctx: BlockContext, r: R): R {
  const k = tokenAtOrAfter(ctx, r[0]);
  const t = ctx.toks[k];
  if (t === undefined || t.start !== r[0]) return r;
  if (t.cap && OPENING_CONJUNCTIONS.has(t.lower) && ctx.toks[k + 1] !== undefined && ctx.toks[k + 1].end <= r[1] && ctx.toks[k + 1].cap) return [ctx.toks[k + 1].start, r[1]];
  if (t.end !== r[1] || !Object.hasOwn(PRONOUN_CONTRACTIONS, t.lower)) return r;
  return [r[0], r[0] + t.lower.indexOf("'")];
}

/**
 * The statements of a block that score as claims only as someone's reported words, whatever its first sentence holds
 * (`BlockFindings.opensWithCue`): for an interview's answer, whose words are all the interviewee's (analyzer.ts); with
 * `labelled`, for a claims table's claim cell, every statement in it, whatever it scores. Units that overlap one of `claims`
 * are left out.
 */
export function answerStatementClaims(text: string, kind: BlockKind, minCheckworthiness: number, claims: readonly RawClaim[], labelled = false): RawClaim[] {
  return reportedStatementClaims(blockContext(text, kind), claims, minCheckworthiness, labelled);
}

/** Whether a cue of the block's attributions or denials lies in its first sentence ("Reyes said ...": no colon cue's content). */
function opensWithCue(attributions: readonly RawAttribution[], denials: readonly RawDenial[], ctx: BlockContext): boolean {
  const s = ctx.sentences[0];
  if (s === undefined) return false;
  const end = ctx.toks[s.to - 1].end;
  for (const a of attributions) if (a.cue[0] < end && a.source !== null && a.rule !== 'attr.model') return true;
  for (const d of denials) if (d.cue[0] < end && d.source !== null) return true;
  return false;
}

/**
 * The quotation that closes the block (its closing mark is the block's last token) and opens a sentence:
 * "... went nowhere. \"We will win.\"", not "... called him \"a friend.\"" (`BlockFindings.closingQuote`); or a
 * block quote's whole paragraph, when it has no quotation marks.
 */
function closingQuote(ctx: BlockContext): R | null {
  const toks = ctx.toks;
  const n = ctx.quotes.length;
  // (a block quote's paragraph with no quotation marks is someone's words, as a quotation is, for a signature under it:
  // "> We have never seen winds like this.\n>\n> — Gwen Hughes")
  if (n === 0 && ctx.kind === 'blockquote' && toks.length > 0) return [toks[0].start, toks[toks.length - 1].end];
  if (n === 0 || toks.length === 0) return null;
  const q = ctx.quotes[n - 1];
  if (q.close < 0 || q.lastTok !== toks.length - 1) return null;
  for (const s of ctx.sentences) if (s.from === q.firstTok) return [q.open, q.close];
  return null;
}

/**
 * Marks the attribution that introduces the next block: the block ends with a colon, and it is the first
 * attribution with no content (or an empty one: "went on to say:") whose cue lies in the sentence the colon
 * ends, whether its cue ends at the colon ("said:", "released the following statement:") or a phrase comes
 * between ("told his audience, to applause:", "wrote in a blog post:" where the model also reads "post"
 * as a cue); failing one, the attribution whose cue ends at the colon and whose content, no quotation, lies
 * before its cue ("In response, a spokesman said:", "In a 1963 speech, he declared:": a fronted phrase read
 * as content). Only the document pass sees the next block (`contentAfter`). Over PolNeAR train but the two
 * held-out tenths that judge changes, 30 attributions are so marked in blocks the next block follows, 27
 * with a gold cue, 26 of them with the gold content in that next block (cue at the colon 22: 20; a phrase
 * between 4: 3; a content before 4: 3).
 */
function markContentAfter(ctx: BlockContext, attributions: RawAttribution[]): void {
  const text = ctx.text;
  let e = text.length;
  while (e > 0 && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  if (e === 0 || text.charCodeAt(e - 1) !== COLON_CODE || ctx.toks.length === 0) return;
  const s = sentenceOfToken(ctx, ctx.toks.length - 1);
  const from = s !== undefined ? ctx.toks[s.from].start : 0;
  // (the attributions are in the order of their cues)
  let atColon: RawAttribution | null = null;
  // ("Environment Agency data published in March shows:" before a list: a subject and a verb of saying or showing right
  // before the colon, which neither the rules nor the model read with no content in the block)
  if (s !== undefined && !attributions.some((a) => a.cue[0] >= from) && !off.has('colon-report')) {
    const report = colonReport(ctx, s);
    if (report !== null) attributions.push(report);
  }
  for (const a of attributions) {
    if (a.cue[0] < from) continue;
    // (or a name or two between the cue and the colon read as content: "wrote on X on Sunday:", the platform; not
    // "confirmed that observation, reporting:")
    if (a.content === null || a.content[1] <= a.content[0] || (a.content[0] >= a.cue[1] && a.content[1] < e - 1 && namesOnly(text, a.content) && !cueBetween(attributions, a.content[1], e))) {
      a.contentAfter = true;
      return;
    }
    if (a.cue[1] === e || (a.cue[1] === e - 1 && !isWhitespaceCode(text.charCodeAt(e - 2)))) atColon = a;
  }
  // "In response, a spokesman said:", "In a 1963 speech, Wallace declared:": a phrase before the cue read as
  // its content (no quotation) gives way to the next block
  const c = atColon?.content;
  if (atColon && c && c[1] <= atColon.cue[0] && !atColon.contentOpensBlock && !QUOTE_OPENERS.has(text.charCodeAt(c[0]))) atColon.contentAfter = true;
}

/**
 * The report of a sentence that ends with its cue and a colon, the content in the next block: a verb of saying, showing or
 * finding right before the colon (however the tagger reads it), its subject the source, from the sentence's start
 * ("Environment Agency data published in March shows:", "The council's own figures reveal:"); else null.
 */
function colonReport(ctx: BlockContext, s: Sentence): RawAttribution | null {
  const toks = ctx.toks;
  const v = s.to - 2;
  // (a verb the tagger may read as a noun after a name, "Figures from the ONS | show:"; not after a determiner or a
  // preposition, "We watched the show:")
  if (v <= s.from || !isPunct(toks[s.to - 1], ':') || toks[v].kind !== 'word' || toks[v].cap || (toks[v].f & F_CUE_VERB) === 0 || (toks[v - 1].f & F_DETERMINER) !== 0 || toks[v - 1].pos === 'I') return null;
  const form = cueVerbForm(toks[v].lower);
  if (form === undefined || form.participle || form.verb.kind !== 'speech') return null;
  const src = preposedSource(ctx, s, v);
  if (src === null || src.range.from !== s.from) return null;
  return {
    rule: 'attr.colon', cueKind: form.verb.kind, cue: [toks[v].start, toks[v].end], source: sourceSpan(ctx, src.range), sourceType: src.type, content: null,
    contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8,
  };
}

/** Whether an attribution's cue lies in [from, to) ("confirmed that observation, reporting:" has one before the colon). */
function cueBetween(attributions: readonly RawAttribution[], from: number, to: number): boolean {
  for (const a of attributions) if (a.cue[0] >= from && a.cue[0] < to) return true;
  return false;
}

/** Whether a span of the block's text is one or two capitalised words (a name: "X", "Truth Social"). */
function namesOnly(text: string, r: R): boolean {
  const words = text.slice(r[0], r[1]).split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** " “ „ « ' ‘: a content that opens with one is a quotation. */
const QUOTE_OPENERS = new Set([0x22, 0x201c, 0x201e, 0xab, 0x27, 0x2018]);
const COLON_CODE = 58;

/** Whether the content of one of the attributions runs from `from` or before to `last` or after. */
function contentHolds(attributions: RawAttribution[], from: number, last: number): boolean {
  for (const a of attributions) if (a.content && a.content[0] <= from && a.content[1] >= last) return true;
  return false;
}

const NO_READINGS: ReadonlyArray<ConceptReading | null> = [];
const NO_MENTIONS: RawMention[] = [];
const NO_QUOTES: RawQuote[] = [];
const NO_CLAIMS: RawClaim[] = [];

const byCue = (a: { cue: readonly [number, number] }, b: { cue: readonly [number, number] }): number => a.cue[0] - b.cue[0];

/** Adds the finding's source to `mentions` when it names someone (made at the first: null for none yet); gives the list. */
function addMention(text: string, a: RawAttribution | RawDenial, mentions: RawMention[] | null): RawMention[] | null {
  if (a.source && (a.sourceType === 'name' || a.sourceType === 'group')) {
    (mentions ??= []).push({ span: a.source, name: text.slice(a.source[0], a.source[1]), plural: a.sourceType === 'group' });
  }
  return mentions;
}

/** The participle sources found in the block being read (`detect`), by the participle's token. */
const blockParticipleSources = new Map<number, SourceFound | null>();

// Per-token marks, reused from block to block (detectBlock runs to its end before the next call).
let usedBuffer: Uint8Array = new Uint8Array(1024);
let noStartBuffer: Uint8Array = new Uint8Array(1024);

/** `buf` (or a larger new buffer) with its first `n` entries zero; entries from `n` on are never read. */
function zeroed(buf: Uint8Array, n: number): Uint8Array {
  if (buf.length < n) return new Uint8Array(Math.max(n, 2 * buf.length));
  buf.fill(0, 0, n);
  return buf;
}

/**
 * Drops the model's report whose cue holds no verb and whose content opens with a rule's cue: the rule's report is the one
 * the words make, the model's cue before it a subject it took for a verb ("The message also | claims that X": the model's
 * cue "message also"; not "endured criticism for | telling X", "sent a letter urging X", the model's own verbs).
 */
function dropModelBeforeRuleCue(ctx: BlockContext, attributions: RawAttribution[]): void {
  let n = 0;
  for (const a of attributions) {
    if (a.rule === 'attr.model' && a.content !== null && attributions.some((r) => r.rule !== 'attr.model' && r.cue[0] === a.content![0]) &&
        !rangeHas(ctx, tokenAtOrAfter(ctx, a.cue[0]), tokenAtOrAfter(ctx, a.cue[1]), (t) => t.pos === 'V' || (t.f & F_CUE_VERB) !== 0)) continue;
    attributions[n++] = a;
  }
  attributions.length = n;
}

/**
 * Drops the model's report whose content lies inside a denial's cue: what is denied, no one's report ("Election officials
 * reject fraud claims after candidate refuses to concede").
 */
function dropModelContentsInDenialCues(attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  let n = 0;
  for (const a of attributions) if (!(a.rule === 'attr.model' && a.content !== null && denials.some((d) => d.cue[0] <= a.content![0] && a.content![1] <= d.cue[1]))) attributions[n++] = a;
  attributions.length = n;
}

/**
 * Drops the model's report whose cue is a participle of where a document went, right after the document's noun ("a
 * planning document | filed with the district council in October lists X": where it was filed, no report).
 */
function dropModelFilingAsides(ctx: BlockContext, attributions: RawAttribution[]): void {
  let n = 0;
  for (const a of attributions) {
    if (a.rule === 'attr.model') {
      const k = tokenAtOrAfter(ctx, a.cue[0]);
      const t = ctx.toks[k];
      if (k > 0 && FILING_PARTICIPLES.has(t.lower) && FILED_PREPOSITIONS.has(ctx.toks[k + 1]?.lower ?? '') && (EVIDENCE_NOUNS.has(ctx.toks[k - 1].lower) || FILED_DOCUMENT_NOUNS.has(ctx.toks[k - 1].lower))) continue;
    }
    attributions[n++] = a;
  }
  attributions.length = n;
}
/** Participles of where a document went (`dropModelFilingAsides`): "filed with", "submitted to", "sent to". */
const FILING_PARTICIPLES: ReadonlySet<string> = new Set(['filed', 'lodged', 'submitted', 'sent', 'delivered', 'presented']);
/** The prepositions after a `FILING_PARTICIPLES` word that say where: "filed with the council", "sent to parents". */
const FILED_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'in', 'at', 'before']);
/** Nouns of documents filed somewhere, besides `EVIDENCE_NOUNS`: "a planning document", "an application", "a complaint". */
const FILED_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['document', 'application', 'applications', 'complaint', 'complaints', 'petition', 'letter', 'letters', 'submission', 'submissions', 'filing', 'lawsuit', 'motion', 'brief']);

/**
 * Drops a label's report whose source is a verdict's rating before its colon ("| ... | Misleading: recorded crime rose by
 * 40% ... |": the rating, `deny.verdict`, is no one who speaks).
 */
function dropRatingLabels(attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  if (attributions.length === 0 || denials.length === 0) return;
  let n = 0;
  for (const a of attributions) {
    if (a.rule === 'attr.headline-colon' && a.source !== null && denials.some((d) => d.rule === 'deny.verdict' && d.cue[0] === a.source![0] && d.cue[1] === a.source![1])) continue;
    attributions[n++] = a;
  }
  attributions.length = n;
}

/** Rules whose content is a whole report framed by its source ("X said Y, according to Z", "SMITH: X said Y"). */
const FRAMING_RULES: ReadonlySet<string> = new Set(['attr.according-to', 'attr.transcript']);
/** Rules whose finding inside a framing rule's content is left out. */
const FRAMED_RULES: ReadonlySet<string> = new Set(['attr.preposed', 'attr.postposed']);

/**
 * Leaves out a verb rule's report inside the content of an "according to" or a transcript label
 * ("Officials said the plant would close, according to the memo"): PolNeAR's annotators never mark a cue
 * inside another attribution's content, and took the framing one (rules alone, all of train: of 59 such
 * pairs the framing cue was right 56 times, the framed one 8 times).
 */
export function dropFramedReports(attributions: RawAttribution[]): void {
  dropReportsFramedBy(attributions, FRAMING_RULES, FRAMED_RULES);
}

/** A poll opening, whose content frames what its respondents said. */
const POLL_FRAMING_RULES: ReadonlySet<string> = new Set(['attr.in-poll']);
/** Findings left out inside the content of a poll opening: the verb rules' and the model's. */
const POLL_FRAMED_RULES: ReadonlySet<string> = new Set(['attr.preposed', 'attr.postposed', 'attr.model']);

/**
 * Leaves out a verb rule's or the model's report inside the content of a poll opening ("In a poll released
 * Monday, 31% of voters said they would ..."): the poll frames what its respondents said, and PolNeAR's
 * annotators took "In" as the cue (over train but folds 3 and 7, with the fold-5 tune model, the findings
 * nested in a poll opening's content were right 2 times in 8; the openings themselves 11 in 13). The poll
 * openings are found after the model, so after `dropFramedReports`.
 */
export function dropPollFramedReports(attributions: RawAttribution[]): void {
  dropReportsFramedBy(attributions, POLL_FRAMING_RULES, POLL_FRAMED_RULES);
}

/** Leaves out the findings of the `framed` rules whose cue lies in the content of a finding of the `framing` rules. */
function dropReportsFramedBy(attributions: RawAttribution[], framing: ReadonlySet<string>, framed: ReadonlySet<string>): void {
  let n = 0;
  for (const a of attributions) {
    if (!framed.has(a.rule) || !framedBy(attributions, a, framing)) attributions[n++] = a;
  }
  attributions.length = n;
}

/** Whether the cue of `a` lies in the content of an attribution of the `framing` rules. */
function framedBy(attributions: readonly RawAttribution[], a: RawAttribution, framing: ReadonlySet<string>): boolean {
  for (const h of attributions) if (framing.has(h.rule) && cueInContent(a, h)) return true;
  return false;
}

/** Whether the cue of `a` lies in the content of `h`. */
function cueInContent(a: RawAttribution, h: RawAttribution): boolean {
  return h.content !== null && h.content[0] <= a.cue[0] && a.cue[1] <= h.content[1];
}

/**
 * Leaves out a report that is the that-clause of what another attribution reports ("Reyes noted that the
 * mayor had told her ...", "The memo shows that officials said ..."): its clause (its source, when the source
 * comes first, or else its cue) follows "that" and lies in the other's content. Such a report is part of what
 * the other's source says; PolNeAR's annotators took none of them as a cue of its own (the rules' findings
 * there over train but folds 3 and 7: right 0 times in 23; the model's, 1 in 3).
 */
export function dropComplementReports(ctx: BlockContext, attributions: RawAttribution[]): void {
  let n = 0;
  for (const a of attributions) {
    // (not a relative clause's report, its "that" the subject of what it reports: "a letter that he said was drafted by
    // the firm", `attr.relative-gap`)
    const nested = a.rule !== 'attr.relative-gap' && afterThat(ctx, a) && attributions.some((h) => h !== a && cueInContent(a, h));
    if (!nested) attributions[n++] = a;
  }
  attributions.length = n;
}

/** Whether the word before the attribution's clause (its source when that comes first, or else its cue) is "that". */
function afterThat(ctx: BlockContext, a: RawAttribution): boolean {
  const start = a.source !== null && a.source[1] <= a.cue[0] ? a.source[0] : a.cue[0];
  const t = ctx.toks[tokenAtOrAfter(ctx, start) - 1];
  return t !== undefined && t.kind === 'word' && t.lower === 'that';
}

/** The most tokens between the cue of a statement and the participle that gives what it says. */
const STATEMENT_GAP_MAX_TOKENS = 12;

/**
 * Joins the report of issuing a statement and the participle after it that gives what the statement says
 * into one attribution, as PolNeAR's annotators mark them ("The office released a statement Wednesday
 * evening, saying the plan was dead": one cue, from "released" to "saying"; "She responded on Twitter,
 * calling ..."). Without the join the first one's content was only the words up to the participle
 * ("evening"). The join needs:
 * - a statement noun (`STATEMENT_NOUNS`) after a determiner in the first cue or between the two ("would
 *   release her returns" is no statement), or a reply verb (`RESPONSE_VERBS`) as the first cue's first word;
 * - a first cue that is not "say" or "tell" ("said in a statement, adding" is two reports), and a
 *   participle of a cue verb (`CUE_VERBS`) as the second;
 * - only words and commas between them, in one sentence, none of them another participle, and no word after
 *   the first one's first word that opens a clause or a topic (`STATEMENT_GAP_BREAKS`: "a statement about
 *   the budget, saying" is two reports);
 * - no quotation as the first one's content, and the participle's source, if any, the first one's or a
 *   word between them.
 * Over PolNeAR train but folds 3 and 7 (the fold-5 tune model), pairs found with a statement noun or a
 * reply verb and no break between were one gold cue 18 times, only one of the two a gold cue 5 times, and
 * two gold cues 8 times, before the tests of the verbs and the quotation. Attributions are in cue order.
 */
export function joinStatementParticiples(ctx: BlockContext, attributions: RawAttribution[]): void {
  let n = 0;
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    const b = i + 1 < attributions.length ? attributions[i + 1] : undefined;
    if (b !== undefined && issuesStatementOf(ctx, a, b)) {
      // (the participle's source between the two is the statement, "a statement Tuesday saying": no speaker)
      const own = b.source !== null && b.source[0] < a.cue[1];
      // (the model may find no subject past a relative clause, "The group, which calls itself Nightjar, posted a message
      // claiming": the subject before the statement's verb, as a verb of saying's)
      const subject = a.source === null ? issuerBefore(ctx, a) : null;
      const source = a.source !== null ? { r: a.source, type: a.sourceType } : subject !== null ? { r: sourceSpan(ctx, subject.range), type: sourceType(ctx, subject.range) } : own ? { r: b.source, type: b.sourceType } : { r: null, type: null };
      attributions[n++] = {
        ...a,
        cue: [a.cue[0], b.cue[1]],
        source: source.r,
        sourceType: source.type,
        content: b.content,
        contentOpensBlock: b.contentOpensBlock,
        contentRunsOn: b.contentRunsOn,
        score: Math.max(a.score, b.score),
      };
      i++;
    } else {
      attributions[n++] = a;
    }
  }
  attributions.length = n;
}

/**
 * A participle's report whose source is a statement its subject issued, with no report of the issuing verb's before it
 * ("Black Lives Matter issued | a statement | saying X", "His office put out a statement saying X"): the verb's subject
 * is the source, and the cue runs from the verb (as `joinStatementParticiples` makes it when the model reads the verb).
 */
function issuedStatements(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.source === null || a.source[1] > a.cue[0]) continue;
    const from = tokenAtOrAfter(ctx, a.source[0]);
    const head = tokenAtOrAfter(ctx, a.source[1]) - 1;
    if (head <= from || !STATEMENT_NOUNS.has(toks[head].lower) || (toks[from].f & F_DETERMINER) === 0 || toks[head + 1]?.start !== a.cue[0]) continue;
    // (the verb right before the statement, or "put out" before it)
    let v = from - 1;
    if (v > 0 && toks[v].lower === 'out' && (toks[v - 1].lower === 'put' || toks[v - 1].lower === 'puts')) v--;
    else if (toks[v]?.lower === 'put' || toks[v]?.lower === 'puts') continue;
    const t = toks[v];
    if (t === undefined || t.kind !== 'word' || t.cap || !ISSUING_VERBS.has(t.lower)) continue;
    const s = sentenceOfToken(ctx, v);
    if (s === undefined || v <= s.from) continue;
    const subject = preposedSource(ctx, s, v);
    if (subject === null) continue;
    a.cue = [t.start, a.cue[1]];
    a.source = sourceSpan(ctx, subject.range);
    a.sourceType = sourceType(ctx, subject.range);
  }
}

/** The subject before the verb that opens statement `a`'s cue ("The group, which calls itself Nightjar, | posted"), or null. */
function issuerBefore(ctx: BlockContext, a: RawAttribution): SourceFound | null {
  const first = tokenAtOrAfter(ctx, a.cue[0]);
  const s = sentenceOfToken(ctx, first);
  const t = ctx.toks[first];
  if (s === undefined || first <= s.from || t.kind !== 'word' || t.cap || t.pos !== 'V') return null;
  return preposedSource(ctx, s, first);
}

/** Whether `b`'s cue is a participle that gives what the statement `a` reports says (`joinStatementParticiples`). */
function issuesStatementOf(ctx: BlockContext, a: RawAttribution, b: RawAttribution): boolean {
  // (a figure put at a number is a report of its own: "put the death toll at 164 in a statement, saying X")
  if (b.cue[0] < a.cue[1] || a.rule === 'attr.put-figure') return false;
  const first = tokenAtOrAfter(ctx, a.cue[0]);
  const part = tokenAtOrAfter(ctx, b.cue[0]);
  const p = ctx.toks[part];
  if (p === undefined || p.kind !== 'word' || cueVerbForm(p.lower)?.participle !== true) return false;
  const issuer = cueVerbForm(ctx.toks[first].lower)?.verb.id;
  if (issuer === 'cue.say' || issuer === 'cue.tell') return false;
  if (a.content !== null && (a.content[0] < a.cue[0] || hasQuoteMark(ctx.text, a.content))) return false;
  // (a participle's own source before the statement's cue keeps them apart; the statement itself as its source,
  // "released a statement on Monday saying", does not)
  if (b.source !== null && b.source[0] < a.cue[0] && !(a.source !== null && b.source[0] < a.source[1] && a.source[0] < b.source[1])) return false;
  const s = sentenceOfToken(ctx, first);
  if (s === undefined || part >= s.to) return false;
  const gapFrom = tokenAtOrAfter(ctx, a.cue[1]);
  if (part - gapFrom > STATEMENT_GAP_MAX_TOKENS) return false;
  let statement = issuer !== undefined && RESPONSE_VERBS.has(issuer);
  for (let k = first; k < part; k++) {
    const t = ctx.toks[k];
    if (t.quote >= 0) return false;
    if (k >= gapFrom && t.kind !== 'word' && t.kind !== 'number' && t.text !== ',') return false;
    if (k > first && (STATEMENT_GAP_BREAKS.has(t.lower) || (k >= gapFrom && t.lower.endsWith('ing') && t.pos === 'V'))) return false;
    if (STATEMENT_NOUNS.has(t.lower) && afterDeterminer(ctx, k, first)) statement = true;
  }
  return statement;
}

/** Whether a determiner (F_DETERMINER) stands within the three tokens before token k, from `from` on: k heads a noun phrase ("a follow-up statement"), not a verb ("would release"). */
function afterDeterminer(ctx: BlockContext, k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 3; j--) if ((ctx.toks[j].f & F_DETERMINER) !== 0) return true;
  return false;
}

/**
 * The source of a report earlier in the sentence (a rule's or the model's) when the cue at `start` opens a verb phrase coordinated
 * with it after "and" or "but" (`opensCoordinate`; a comma-participle has its own reading), and the model's
 * source lies inside that source; else undefined.
 */
function coordinatedSource(ctx: BlockContext, attributions: readonly RawAttribution[], start: number, source: R | null): R | undefined {
  const best = coordinatedHost(ctx, attributions, start)?.source;
  if (!best || source === null || !(best[0] <= source[0] && source[1] <= best[1])) return undefined;
  return best;
}

/**
 * The last report with a source earlier in the sentence, when the cue at `start` opens a verb phrase coordinated with
 * it after "and" or "but" (`opensCoordinate`; not a participle, which has its own reading); else undefined.
 */
function coordinatedHost<T extends { cue: R; source: R | null }>(ctx: BlockContext, attributions: readonly T[], start: number): T | undefined {
  if (!opensCoordinate(ctx, start)) return undefined;
  const k = tokenAtOrAfter(ctx, start);
  if (ctx.toks[k].lower.endsWith('ing')) return undefined;
  const s = sentenceOfToken(ctx, k);
  if (!s) return undefined;
  let host: T | undefined;
  for (const a of attributions) {
    if (a.source === null || a.cue[1] > start || a.cue[0] < ctx.toks[s.from].start) continue;
    if (!host || a.cue[0] > host.cue[0]) host = a;
  }
  return host;
}

/**
 * A verb's passive ("He has been harshly criticized for X", "Pence was dubbed the winner", "is widely expected to"): its
 * subject is who is spoken of, not who speaks, so a source before the cue is none (PolNeAR's annotators leave it out 71
 * times in 118 on train); but for a state of mind the subject is in ("some Democrats are concerned", "Mr. Ackman is
 * convinced": `STATE_PARTICIPLES`), who holds the view.
 */
function dropPassiveSubjects(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.source === null || a.source[1] > a.cue[0]) continue;
    let c = tokenAtOrAfter(ctx, a.cue[0]);
    // (the auxiliary in the cue, "is expected", or before it, "was also dubbed")
    // (not "'s", which may be "has": "He's said much about it")
    if (PASSIVE_BE.has(toks[c].lower) && !isApostropheS(toks[c])) c = skipRightAdverbs(ctx, c + 1, toks.length);
    else {
      const b = skipLeftAdverbsOnly(ctx, c - 1);
      if (b < 0 || !PASSIVE_BE.has(toks[b].lower) || isApostropheS(toks[b]) || toks[b].start < a.source[1]) continue;
    }
    const p = toks[c];
    if (!p || p.kind !== 'word' || p.cap || STATE_PARTICIPLES.has(p.lower) || !(p.lower.endsWith('ed') || isIrregularVerbForm(p.lower))) continue;
    a.source = null;
    a.sourceType = null;
  }
}

/** Token k, or the nearest token before it that is no adverb nor "not" (-1 when none). */
function skipLeftAdverbsOnly(ctx: BlockContext, k: number): number {
  while (k >= 0 && ctx.toks[k].kind === 'word' && !ctx.toks[k].cap && (isAdverb(ctx.toks[k]) || ctx.toks[k].lower === 'not' || ctx.toks[k].lower === 'also')) k--;
  return k;
}

/** Words of a time between a subject and its verb: "this month", "in 2010", "just last week", "on Tuesday". */
function isTimeWord(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  if (t.kind === 'number') return YEAR_NUMBER.test(t.text) || isDateToken(ctx, k);
  return t.kind === 'word' && (TIME_NOUNS.has(t.lower) || (!t.cap && TIME_LEAD_WORDS.has(t.lower)) || isDateToken(ctx, k));
}
const TIME_LEAD_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'this', 'last', 'earlier', 'just', 'late', 'early']);

/** The particles a phrasal cue ends with ("point to", "hint at", "weigh in on"'s last). */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['to', 'at', 'on']);
/** The particle of each verb form of the lexicon's two-word phrasal cues ("pointing" -> "to" of "point to"). */
const PHRASAL_CUE_PARTICLES: ReadonlyMap<string, string> = new Map(
  CUE_LEXICON.flatMap((e) => e.forms.map((f) => f.split(' '))).filter((w) => w.length === 2 && PHRASAL_PARTICLES.has(w[1])).map((w): [string, string] => [w[0], w[1]]),
);

/**
 * A model source before the cue at token `cue` without a time that ends it right before the cue (only adverbs between):
 * "who in 2010" -> "who"; a source of nothing but a time ("month" of "The Supreme Court this month rejected") is the noun
 * phrase before the time; else the source as it is.
 */
function sourceBeforeTime(ctx: BlockContext, source: R, cue: number): R {
  const toks = ctx.toks;
  const first = tokenAtOrAfter(ctx, source[0]);
  const last = tokenAtOrAfter(ctx, source[1]) - 1;
  const t = toks[last];
  if (last < first || !(t.kind === 'number' ? YEAR_NUMBER.test(t.text) || isDateToken(ctx, last) : TIME_NOUNS.has(t.lower) || isDateToken(ctx, last))) return source;
  const s = sentenceOfToken(ctx, first);
  if (!s || skipLeftModifiers(ctx, cue - 1, s.from) !== last) return source;
  // (not a name's last word, "Super Tuesday", "Quinton Winter", "USA TODAY")
  if (t.cap && last > first && toks[last - 1].cap && !isDateToken(ctx, last - 1)) return source;
  let m = last;
  while (m - 1 >= s.from && isTimeWord(ctx, m - 1)) m--;
  // (a time of its own words, "in 2010", "this month", "on Tuesday": a lead word first, not a year's number alone)
  if (m === last && t.kind === 'number') return source;
  // (nor a document's time, after its participle: "a new poll released Monday", "The lawsuit being filed this week")
  if (m - 1 >= s.from && toks[m - 1].kind === 'word' && !toks[m - 1].cap && PARTICIPLE_END.test(toks[m - 1].lower)) return source;
  // (nor a document's, which the time tells apart from others: "A new poll in March shows", "a memo in April")
  if (rangeHas(ctx, first, m, (x) => EVIDENCE_NOUNS.has(x.lower) || STATEMENT_NOUNS.has(x.lower))) return source;
  // (a lead word opens the time, "in", "this", or it is a day's or a month's name: not "in the past | week")
  if (!(TIME_LEAD_WORDS.has(toks[m].lower) && !toks[m].cap) && !isDateToken(ctx, m)) return source;
  // (and what is left names someone: not "a" of "a Sunday")
  if (m > first) return rangeHas(ctx, first, m, (x) => x.kind === 'word' && (x.f & F_DETERMINER) === 0) ? [toks[first].start, toks[m - 1].end] : source;
  const np = m - 1 >= s.from ? npEndingAt(ctx, m - 1, s.from) : null;
  return np ? [toks[np.from].start, toks[np.to - 1].end] : source;
}

/** A model content ended before the first denial cue in it that is a participle after a comma ("..., calling X"). */
function beforeDenialParticiple(ctx: BlockContext, denialCues: Ranges, content: R): R {
  const toks = ctx.toks;
  let end = content[1];
  for (let j = 0; j < denialCues.size; j++) {
    const c = denialCues.at(j);
    if (c[0] <= content[0] || c[0] >= end) continue;
    const k = tokenAtOrAfter(ctx, c[0]);
    if (k < 2 || toks[k].quote >= 0 || toks[k].kind !== 'word' || !toks[k].lower.endsWith('ing') || !isPunct(toks[k - 1], ',') || toks[k - 2].end <= content[0]) continue;
    end = toks[k - 2].end;
  }
  return end === content[1] ? content : [content[0], end];
}

/** Verbs whose object a participle after it may describe: "left many Republicans wondering", "shows Sherman outlining". */
const OBJECT_PREDICATE_VERBS: ReadonlySet<string> = new Set([
  'left', 'leaves', 'leave', 'shows', 'showed', 'show', 'saw', 'sees', 'see', 'heard', 'hears', 'hear', 'caught', 'catches', 'found', 'finds',
  'kept', 'keeps', 'sent', 'sends', 'had', 'has', 'have', 'got', 'gets', 'watched', 'watches', 'spotted', 'depicts', 'depicted', 'features', 'featured',
]);

/** Participles of a state of mind, whose passive's subject holds the view: "are concerned", "is convinced". */
const STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'concerned', 'convinced', 'worried', 'divided', 'split', 'torn', 'thrilled', 'shocked', 'impressed', 'assured', 'focused', 'inclined', 'mystified',
  'quoted', 'pleased', 'disappointed', 'surprised', 'alarmed', 'troubled', 'frustrated', 'angered', 'encouraged', 'satisfied', 'determined',
  'committed', 'opposed', 'unconvinced', 'interested', 'excited', 'upset', 'outraged', 'dismayed', 'baffled', 'puzzled', 'heartened', 'relieved',
  'prepared', 'persuaded', 'agreed', 'resigned', 'disturbed', 'horrified', 'amazed', 'struck', 'unimpressed', 'unmoved', 'delighted', 'cheered',
  'terrified', 'bent', 'miffed', 'annoyed', 'irritated', 'stunned', 'confused', 'scared', 'frightened', 'embarrassed', 'offended', 'insulted', 'vexed',
]);

/** Prepositions of when, which end a noun phrase object's content: "attacked Machado | since the debate". */
const TIME_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'since', 'after', 'before', 'amid']);

/**
 * A content that opens with a noun phrase object at token `first` (no "that", no quotation, no clause) cut before an
 * adjunct of when (`TIME_ADJUNCT_PREPOSITIONS`) or of the medium it was said in ("in early-morning tweets", "in an
 * interview", "on Twitter": a preposition of `MEDIUM_PREPOSITIONS` and a noun of `MEDIUM_NOUNS` within four words); else
 * the content as it is.
 */
function objectBeforeAdjunct(ctx: BlockContext, first: number, content: R): R {
  const toks = ctx.toks;
  const t0 = toks[first];
  // (nor a gerund's phrase, "spending $1m on ads")
  if (t0.kind !== 'word' || t0.lower === 'that' || t0.quote >= 0 || (t0.f & F_AUX) !== 0 || WH_OPENERS.has(t0.lower) || t0.lower.endsWith('ing')) return content;
  const np = npStartingAt(ctx, first, toks.length);
  if (!np) return content;
  for (let k = np.to; k < toks.length && toks[k].start < content[1]; k++) {
    const t = toks[k];
    // (only past the object and its "as", "for" or "to" complement, with no clause of its own: no verb, relative word or
    // participle, "the crisis that occurred during his term", "scolded Romney for suggesting during the primary that")
    if (t.quote >= 0 || isPunct(t, ',;:') || isFiniteVerb(ctx, k) || RELATIVE_WORDS.has(t.lower) || t.lower === 'whose' || (t.pos === 'V' && t.lower.endsWith('ing'))) return content;
    if (t.kind !== 'word' || t.cap) continue;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    // (not a time's own "before" or "after": "hours after", "the day before", "a deal before 2017"; nor "in" and a gerund,
    // nor where, "before the Supreme Court")
    if (!next || next.kind === 'number' || isDateToken(ctx, k + 1) || next.lower.endsWith('ing') || prev.kind === 'number' || TIME_NOUNS.has(prev.lower) || TIME_SPANS.has(prev.lower) || TIME_SPAN_WORDS.has(prev.lower)) continue;
    if (t.lower === 'before' && (next.f & F_DETERMINER) !== 0 && toks[k + 2]?.cap) continue;
    let medium = false;
    if (MEDIUM_PREPOSITIONS.has(t.lower)) for (let m = k + 1; m < toks.length && m <= k + 4 && !medium; m++) medium = MEDIUM_NOUNS.has(toks[m].lower);
    if (!(TIME_ADJUNCT_PREPOSITIONS.has(t.lower) || medium) || k === first) continue;
    // (without an "and" or "or" left behind)
    let end = k - 1;
    while (end > first && (toks[end].lower === 'and' || toks[end].lower === 'or')) end--;
    return [content[0], toks[end].end];
  }
  return content;
}

/** Words that make a time with a "before" or "after" after them: "hours after", "shortly before", "just before". */
const TIME_SPANS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'decades', 'moments', 'shortly', 'just', 'right', 'soon', 'long', 'even', 'immediately', 'before', 'after']);
/** Words opening a content that is a question's clause, not a noun phrase object: "spoke about how during X". */
const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'whether', 'who', 'when', 'where', 'if', 'which']);

/**
 * The subject that opens the sentence of a verb at `start` coordinated after "and" or "but" (`opensCoordinate`) with a
 * verb of that subject's clause ("Her lawyer agreed, but also argued"): a noun phrase at the sentence's start right
 * before a finite verb, with no other subject and verb between it and the coordinate; else null.
 */
function sharedSubject(ctx: BlockContext, start: number): SourceFound | null {
  if (!opensCoordinate(ctx, start)) return null;
  const toks = ctx.toks;
  const k = tokenAtOrAfter(ctx, start);
  if (toks[k].lower.endsWith('ing')) return null;
  const s = sentenceOfToken(ctx, k);
  if (!s) return null;
  const np = npStartingAt(ctx, s.from, k);
  if (!np || np.to >= k || !isFiniteVerb(ctx, skipRightAdverbs(ctx, np.to, k))) return null;
  // (one clause before the coordinate: no quotation, and no "that" opening a clause of its own)
  // (nor a relative or subordinate clause the coordinate may belong to: "a lawyer who led the team and considers",
  // "at a time when he is trying to X but has also sought")
  for (let j = np.to; j < k; j++) {
    const t = toks[j];
    if (t.quote >= 0 || t.lower === 'that' || isPunct(t, ';:') || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'whom' || t.lower === 'where' || CLAUSE_SUBORDINATORS.has(t.lower)) return null;
  }
  return { range: np, type: sourceType(ctx, np) };
}

/**
 * Whether token j may be a headline's verb in the present: a finite verb, a reporting or denial verb the lexicon reads as
 * a noun too ("union disputes"), or a word that may be a verb after a plural ("strikes cost", "critics doubt"); not a
 * participle in -ed ("two women arrested") nor "'s".
 */
function headlineVerbAt(ctx: BlockContext, j: number): boolean {
  const w = ctx.toks[j];
  if (w.kind !== 'word' || w.cap || w.lower.endsWith('ed') || isApostropheS(w)) return false;
  return isFiniteVerb(ctx, j) || (w.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0 || (canBeVerb(w.lower) && (w.pos === 'V' || w.pos === 'N') && j > 0 && ctx.toks[j - 1].pos === 'N' && ctx.toks[j - 1].lower.endsWith('s'));
}

/**
 * "Airline boss says strikes cost £40m, union disputes figure", "Minister says taxes will fall, critics doubt it": in a
 * headline, a report's content ends before a comma that opens a clause of its own, a short noun phrase and a verb in
 * the present (`headlineVerbAt`; a headline joins two reports with a comma where prose would write "but" or a full stop).
 */
function headlineClauseContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  // (not in a headline in title case, whose capitals hide its verbs: "Apple Watch to Be Shower-Proof, Have 100,000 Apps")
  let words = 0;
  let lower = 0;
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    words++;
    if (!t.cap) lower++;
  }
  if (lower * 3 < words) return;
  for (const a of attributions) {
    if (a.content === null) continue;
    const first = tokenAtOrAfter(ctx, a.content[0]);
    for (let k = first + 1; k < toks.length && toks[k].end <= a.content[1]; k++) {
      // (after a clause with a verb of its own: not "No, Apple didn't change it")
      if (!isPunct(toks[k], ',') || toks[k].quote >= 0 || !rangeHas(ctx, first + 1, k, (x, m) => headlineVerbAt(ctx, m))) continue;
      // (the verb a word of one to three after the comma, past nouns: "union disputes", "critics doubt")
      let verb = -1;
      for (let j = k + 2; j <= k + 4 && j < toks.length; j++) {
        const w = toks[j];
        // (in the present, as headlines write: not "three men, two women arrested")
        if (headlineVerbAt(ctx, j)) {
          verb = j;
          break;
        }
        if (!isNpWord(w) || (w.kind === 'word' && isPronoun(w) && j > k + 1)) break;
      }
      // (not the source and verb of a report put after what it reports: "X, officials say", "X, Congressman claims")
      if (verb < 0 || !isNpWord(toks[k + 1]) || attributions.some((b) => b.cue[0] === toks[verb].start && b.content !== null && b.content[1] <= toks[k].start)) continue;
      a.content = [a.content[0], toks[k - 1].end];
      break;
    }
  }
}

/**
 * "Social media posts claiming that the bridge has collapsed are false": a participle right after its source (no
 * comma) makes one noun phrase, the subject of the sentence's own verb, and what it reports ends where the article's
 * falsity predicate on it begins (the report had run on into "are false", which then read as the posts' own denial).
 */
function subjectParticipleContents(ctx: BlockContext, attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  for (const a of attributions) {
    if (a.content === null || a.source === null || a.source[1] > a.cue[0]) continue;
    const c = tokenAtOrAfter(ctx, a.cue[0]);
    const cue = ctx.toks[c];
    if (!cue.lower.endsWith('ing') || c === 0 || ctx.toks[c - 1].end !== a.source[1]) continue;
    for (const d of denials) {
      if (d.rule !== 'deny.falsity' || d.source !== null || d.target === null) continue;
      if (d.target[0] >= a.content[0] && d.cue[1] <= a.content[1] && d.target[1] <= d.cue[0] && /^\s*$/.test(ctx.text.slice(d.target[1], d.cue[0]))) a.content = [a.content[0], d.target[1]];
    }
  }
}

/**
 * A denial without a source that a verb coordinated with a report makes ("The federation said it respects the process
 * but called reports that X false"), or that a report holds, is the reporter's: it takes that report's source.
 */
function shareCoordinatedSources(ctx: BlockContext, attributions: readonly RawAttribution[], denials: RawDenial[]): void {
  // ("The ministry dismissed the report as a fabrication and said X": a report coordinated with a denial is the denier's)
  // (no source, or a part of the denier's: "The" of "The foreign ministry")
  for (const a of attributions) {
    const host = coordinatedHost(ctx, denials, a.cue[0]);
    // (or a phrase between the denial's cue and the report's, its object: "called the senator's remarks \"baseless\" and
    // said", where the model reads "senator" as who said)
    if (!host || (a.source !== null && !(host.source![0] <= a.source[0] && a.source[1] <= host.source![1]) && !(host.cue[0] <= a.source[0] && a.source[1] <= a.cue[0]))) continue;
    a.source = host.source;
    a.sourceType = host.sourceType;
  }
  // ("Pennine Crown put the number of staff on strike at 2,650 and insisted": a phrase between a report's cue and the
  // coordinated report's is the first one's object, no source)
  for (const a of attributions) {
    if (a.source === null || a.rule !== 'attr.model') continue;
    const host = coordinatedHost(ctx, attributions, a.cue[0]);
    // (or the subject of what the first reports, its content ending right before "and": "They acknowledged that a single
    // questionnaire was \"a limitation\" and said")
    if (host && host !== a && host.cue[1] <= a.source[0] && a.source[1] <= a.cue[0] && (objectAfter(ctx, host.cue[1], a.source) || endsBeforeCoordinate(ctx, host.content, a))) {
      a.source = host.source;
      a.sourceType = host.sourceType;
    }
  }
  for (const d of denials) {
    // ("Its president, Gerald Ouseby, said X, and disputed the suggestion that Y": the coordinated report's source with its
    // appositive, where the denial's own is its first part)
    if (d.source !== null) {
      const host = coordinatedHost(ctx, attributions, d.cue[0]);
      if (host && host.source![0] === d.source[0] && host.source![1] > d.source[1]) {
        d.source = host.source;
        d.sourceType = host.sourceType;
      }
    }
    // ("claimed without evidence that X": the article's own word on the report, never the reporter's)
    if (d.source !== null || d.rule === 'deny.without-evidence') continue;
    // ("Trump repeated his false claims": a statement the report's own speaker owns is the article's judgement too)
    if (d.rule === 'deny.false-statement' && OWNING_POSSESSIVES.has(ctx.toks[tokenAtOrAfter(ctx, d.cue[0]) - 1]?.lower ?? '')) continue;
    // ("Hollander offered no evidence for the figure": who gave none is the claimant; the article itself says so, though
    // PolNeAR reads "offered" as a report)
    if (d.rule === 'deny.no-evidence' && EVIDENCE_GIVING_VERBS.has(ctx.toks[tokenAtOrAfter(ctx, d.cue[0]) - 1]?.lower ?? '')) continue;
    // ("Earlier reports that X were false, the operator added": said in a report, the falsity is the reporter's)
    const host = coordinatedHost(ctx, attributions, d.cue[0]) ?? reportHolding(ctx, attributions, d) ?? reportEndingBefore(ctx, attributions, d.cue);
    if (host) {
      d.source = host.source;
      d.sourceType = host.sourceType;
    }
  }
}

/** Whether the model's source lies in `content`, which ends right before the "and" or "but" that opens the report's cue. */
function endsBeforeCoordinate(ctx: BlockContext, content: R | null, a: RawAttribution): boolean {
  if (content === null || a.source === null || a.source[0] < content[0] || a.source[1] > content[1]) return false;
  const between = ctx.text.slice(content[1], a.cue[0]).trim();
  if (between !== 'and' && between !== 'but') return false;
  // (not a participle that shares an auxiliary with the content's verb: "reported that the board had met overnight and
  // agreed to dismiss the coach", where the board agreed)
  const toks = ctx.toks;
  const cue = toks[tokenAtOrAfter(ctx, a.cue[0])];
  if (cue.lower.endsWith('ed')) {
    for (let k = tokenAtOrAfter(ctx, content[1]) - 1; k >= 0 && toks[k].start >= content[0]; k--) {
      if (PERFECT_AUX.has(toks[k].lower)) return false;
      if (isPunct(toks[k], ',;') || toks[k].kind === 'quote') break;
    }
  }
  return true;
}
const PERFECT_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been']);

/**
 * Whether `source` begins within two words after `end` and is no pronoun: the object of the verb ending there ("put
 * the number of ...", "called the senator's remarks"), not the subject of a clause after it ("proposes X; she backs").
 */
function objectAfter(ctx: BlockContext, end: number, source: R): boolean {
  const k = tokenAtOrAfter(ctx, end);
  const s = tokenAtOrAfter(ctx, source[0]);
  if (s - k > 2 || isPronoun(ctx.toks[s])) return false;
  for (let m = k; m < s; m++) if (ctx.toks[m].kind !== 'word' || ctx.toks[m].lower === 'that') return false;
  return true;
}

/**
 * A report with a source whose content ends right before "and" or "or" and the span: the rest of what it reports
 * ("Experts say claims of fraud have been investigated and debunked": the report ends before the denial's cue).
 */
function reportEndingBefore(ctx: BlockContext, attributions: readonly RawAttribution[], span: R): RawAttribution | undefined {
  for (const a of attributions) {
    const c = a.content;
    if (a.source === null || c === null || c[1] > span[0] || span[0] - c[1] > 6) continue;
    const between = ctx.text.slice(c[1], span[0]).trim();
    if (between === 'and' || between === 'or') return a;
  }
  return undefined;
}

/**
 * Whether a denial judges its target in a relative clause on it, only "that" or "which" between ("has repeated a figure
 * that is simply false"): whoever speaks of the report that names the target judges it, not the reporter.
 */
export function judgedInRelative(text: string, targetStart: number, targetEnd: number, cueStart: number): boolean {
  // (a noun phrase the report names: not a clause of its own, "said that X's attacks have reinforced stereotypes that are
  // untrue", where the reporter judges)
  return targetEnd <= cueStart && /^\s*(?:that|which)\s+$/.test(text.slice(targetEnd, cueStart)) && !CLAUSE_VERB.test(text.slice(targetStart, targetEnd));
}
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b/i;

/**
 * Whether a denial whose target starts at `targetStart` judges the statement of the report whose cue ends at `cueEnd`
 * with a statement's noun: only "that" between ("The minister's claim that X is misleading"). Such a denial is not the
 * reporter's; after a verb it is ("Kovacs said that figure was invented").
 */
export function judgesReport(text: string, cueEnd: number, targetStart: number): boolean {
  if (cueEnd > targetStart || !/^\s*that\s+$/.test(text.slice(cueEnd, targetStart))) return false;
  const word = /[\p{L}']+$/u.exec(text.slice(Math.max(0, cueEnd - 24), cueEnd));
  return word !== null && (STATEMENT_NOUNS.has(word[0].toLowerCase()) || ALLEGATION_NOUNS.has(word[0].toLowerCase()));
}

/**
 * The innermost report with a source whose content holds the denial's cue; not the statement the denial judges ("The
 * minister's claim that X is misleading": the claim's maker does not call it misleading).
 */
function reportHolding(ctx: BlockContext, attributions: readonly RawAttribution[], d: RawDenial): RawAttribution | undefined {
  const span = d.cue;
  if (d.target !== null && judgedInRelative(ctx.text, d.target[0], d.target[1], d.cue[0])) return undefined;
  let best: RawAttribution | undefined;
  for (const a of attributions) {
    const c = a.content;
    if (a.source === null || c === null || c[0] > span[0] || span[1] > c[1]) continue;
    // (not a relative clause's report, the denial's verb the main clause's after the comma that closes it: "The post,
    // which claimed that X, was fabricated", the article's own word)
    if (relativeAsideReport(ctx, a, span[0])) continue;
    if (d.target !== null && judgesReport(ctx.text, a.cue[1], d.target[0])) continue;
    if (!best || c[1] - c[0] < best.content![1] - best.content![0]) best = a;
  }
  return best;
}

/** Whether a report's source is a relative pronoun after a comma, and a comma closes its clause right before `cueStart`. */
function relativeAsideReport(ctx: BlockContext, a: RawAttribution, cueStart: number): boolean {
  const toks = ctx.toks;
  const r = tokenAtOrAfter(ctx, a.source![0]);
  const k = tokenAtOrAfter(ctx, cueStart);
  return a.source![1] === toks[r].end && RELATIVE_PRONOUNS.has(toks[r].lower) && isPunct(toks[r - 1], ',') && k > r + 2 && isPunct(toks[k - 1], ',');
}

/** Whether the span holds a quotation mark. */
function hasQuoteMark(text: string, span: R): boolean {
  for (let k = span[0]; k < span[1]; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22 || c === 0x201c || c === 0x201d || (c === 0x27 && text.charCodeAt(k + 1) === 0x27)) return true;
  }
  return false;
}

/**
 * Minimum confidence for a cue found only by the learned model (the second stage's probability; 0.35
 * is best for cue F1 on the held-out tenth of PolNeAR train, scripts/train/eval-pipeline.ts).
 */
export const MODEL_MIN_SCORE = 0.35;
/**
 * A model cue inside the content of a rule's attribution or a denial's target needs at least this
 * confidence: PolNeAR's annotators took few nested reports as attributions of their own (of the rules'
 * own findings nested in another's content about half, 14% in an "according to" one, all of train), and
 * on the held-out tenth the model's nested cues scoring 0.8 to 0.9 were right 3 times in 21. The same
 * holds inside the content of another model attribution (`dropNestedModelCues`): PolNeAR's first
 * annotators never marked a cue inside another attribution's content (0 of 19,832 cues in train).
 * 0.97 rather than 0.9: chosen on a third held-out tenth (fold 5: cue tp / found 1606 / 1922 at 0.9,
 * 1602 / 1909 at 0.95, 1601 / 1905 at 0.97, 1597 / 1897 with no nested cue at all), then judged on
 * folds 3 and 7 (cue F1 +0.0007 and +0.0010, source and content up on both).
 */
export const MODEL_NESTED_SCORE = 0.97;

/**
 * Rules whose cue is a bare word read as a reporting verb by its position (`attr.preposed`,
 * `attr.postposed`): many of those words are also nouns or adjectives ("a state senator", "television
 * shows", "well known as"). Their findings stand only where the learned model, too, proposes a cue.
 */
export const MODEL_CHECKED_RULES: ReadonlySet<string> = new Set(['attr.preposed', 'attr.postposed']);

/** Characters that end a cue's clause: a model cue after one of them is no part of the rule's cue phrase. */
const CLAUSE_BREAK = /[,;:()"“”—–]/;

/**
 * The learned model (src/core/model, trained on PolNeAR) finds the many attribution forms the rules
 * do not cover ("Trump believes", "the campaign wants"); its cues are added where no rule fired. It
 * also checks the rules that read a bare word as a verb: such a finding is dropped when the model
 * proposes no cue over it.
 */
function addModelAttributions(ctx: BlockContext, attributions: RawAttribution[], denials: RawDenial[], psrc: Map<number, SourceFound | null>): void {
  // (a headline with a report the rules found has no other, but for one after a semicolon past every rule's finding:
  // "Kyiv says 40 drones downed; Moscow reports no losses", where the model looks, and only there)
  const semicolon = ctx.headline && attributions.length > 0 && !off.has('headline') ? semicolonAfterAll(ctx, attributions, denials) : -1;
  // (or before one ahead of every rule's finding: "Ukraine says it shot down 40 drones; Russia says figure is false")
  const before = ctx.headline && attributions.length > 0 && !off.has('headline') && semicolon < 0 ? semicolonBeforeAll(ctx, attributions, denials) : -1;
  if (ctx.headline && attributions.length > 0 && !off.has('headline') && semicolon < 0 && before < 0) return;
  // (the lists are reused from block to block: `detect` runs to its end before the next block)
  const checked = modelChecked.clear();
  const taken = modelTaken.clear();
  if (semicolon >= 0) taken.add([0, ctx.toks[semicolon].end]);
  if (before >= 0) taken.add([ctx.toks[before].start, ctx.text.length]);
  // (a headline's rule findings on their side of the semicolon stand unchecked, as with no semicolon)
  const ruleSideFrom = before >= 0 ? ctx.toks[before].start : 0;
  const ruleSideTo = semicolon >= 0 ? ctx.toks[semicolon].end : ctx.text.length;
  const oneSide = semicolon >= 0 || before >= 0;
  for (const a of attributions) {
    if (MODEL_CHECKED_RULES.has(a.rule) && !(oneSide && a.cue[0] >= ruleSideFrom && a.cue[1] <= ruleSideTo)) checked.add(a);
    else taken.add(a.cue);
  }
  // (one set for every block, emptied before each)
  const supported = modelSupported;
  if (supported.size > 0) supported.clear();
  const denied = modelDenialCues.clear();
  for (const d of denials) {
    // (a statement called false is someone's all the same: "the false accusations that X" is a report the model may read)
    if (d.rule === 'deny.false-statement') continue;
    taken.add(d.cue);
    denied.add(d.cue);
    // ("have no evidence to suggest that X": what the evidence would show is the denial's, no report of its own)
    const k = tokenAtOrAfter(ctx, d.cue[1]);
    const v = ctx.toks[k + 1];
    if (ctx.toks[k]?.lower === 'to' && v?.kind === 'word' && EVIDENCE_VERBS.has(cueVerbForm(v.lower)?.verb.id ?? '') && !off.has('denial-verb')) taken.add([ctx.toks[k].start, v.end]);
  }
  // what someone is reported to say, or denies: the rules' contents and the denials' targets
  const said = modelSaid.clear();
  for (const a of attributions) if (a.content !== null) said.add(a.content);
  const judged = modelJudged.clear();
  for (const d of denials) {
    if (d.target === null || d.rule === 'deny.false-statement') continue;
    said.add(d.target);
    judged.add(d.target);
  }
  // The model looks for cues in every sentence (where a rule found the same cue, the rule's reading wins).
  // It once looked only in sentences with a word annotators had taken as a cue at least 15% of the time
  // (the learned lexicon) or a rule's cue to check: the sentences that gate left out hold 3% of the words
  // of PolNeAR's articles (13% of the sentences), and on three held-out tenths of train the model's cues
  // there were right 6 times in 8, 2 in 3 and 4 in 7 (scripts/train/decisions.ts, folds 5, 3 and 7).
  if (ctx.sentences.length > 0) {
    runModel(ctx, attributions, taken, said, judged, psrc);
    if (!off.has('nested-model')) dropNestedModelCues(attributions, ctx);
    reviseModelCues(ctx, attributions);
    dropModelContentsInDenialCues(attributions, denials);
    dropModelFilingAsides(ctx, attributions);
  }
  // a rule reading the model does not share (not in a headline, where the model looked after the semicolon only)
  // (nor after an interview question's label, "Q: Traders claim footfall has fallen by 30%", which the model never saw
  // in training; an answer's "A:" keeps the check, its speaker's own words often misread)
  if (checked.size > supported.size && semicolon < 0 && !(ctx.toks.length > 3 && isPunct(ctx.toks[1], ':') && QUESTION_LABELS.has(ctx.toks[0].text)) && !off.has('unchecked')) {
    let n = 0;
    // (and a verb that is a cue only in its one form, after what it reports: ", the BBC understands.")
    for (const a of attributions) if (!MODEL_CHECKED_RULES.has(a.rule) || supported.has(a) || postposedOnlyCue(ctx, a) || afterReversedCloser(ctx, a) || closingFrameReport(ctx, a) || singularThatReport(ctx, a) || claimingThatReport(ctx, a) || mediumThatReport(ctx, a) || evidenceThatReport(ctx, a) || postposedEvidenceReport(ctx, a) || onlinePostReport(ctx, a) || calledFalse(ctx, denials, a) !== null) attributions[n++] = a;
    attributions.length = n;
  }
}

/**
 * The model's cues that name no act of saying, mended: one of an auxiliary and nothing but adverbs after it ("has since"
 * of "The ministry has since deleted the post") and a passive of spreading with no source ("has been widely shared")
 * go; a hearsay adverb before a verb that reports nothing ("has reportedly ruled out") keeps the adverb alone.
 */
function reviseModelCues(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  let n = 0;
  for (const a of attributions) {
    const from = tokenAtOrAfter(ctx, a.cue[0]);
    const to = tokenAtOrAfter(ctx, a.cue[1]);
    const bare = a.rule === 'attr.model' && to - from >= 2 && toks[from].kind === 'word' && (toks[from].f & F_AUX) !== 0 &&
      !rangeHas(ctx, from + 1, to, (x) => !(x.kind === 'word' && !REPORTING_ADVERBS.has(x.lower) && (isAdverb(x) || x.lower === 'since')));
    if (bare) continue;
    // ("X, the group said, citing data from the MapBiomas project": a participle right after a rule's cue and its comma
    // is that report's source's act, whatever source the model read)
    if (a.rule === 'attr.model' && to - from === 1 && from >= 2 && toks[from].lower.endsWith('ing') && isPunct(toks[from - 1], ',')) {
      const host = attributions.find((b) => b.rule !== 'attr.model' && b.source !== null && b.cue[1] === toks[from - 2].end);
      if (host !== undefined) {
        a.source = host.source;
        a.sourceType = host.sourceType;
      }
    }
    // ("This claim has been widely shared in local Facebook groups": a passive of spreading, no one's report; not of seeing,
    // "was seen as a threat", PolNeAR's)
    if (a.rule === 'attr.model' && a.source === null && from > 0 && PASSIVE_BE.has(toks[from - 1].lower) && SPREAD_PARTICIPLES.has(toks[to - 1].lower) && !SEEING_PARTICIPLES.has(toks[to - 1].lower) &&
        !rangeHas(ctx, from, to - 1, (x) => !(x.kind === 'word' && isAdverb(x)))) continue;
    // ("The government has reportedly ruled out X": a hedge's adverb and a verb that reports nothing is the adverb's
    // report, as PolNeAR marks "reportedly" alone; not "reportedly said", a verb of saying)
    if (a.rule === 'attr.model' && to - from >= 2 && HEDGE_ADVERBS.has(toks[from].lower) && !rangeHas(ctx, from + 1, to, (x) => (x.f & F_CUE_VERB) !== 0 || x.kind !== 'word')) a.cue = [toks[from].start, toks[from].end];
    // ("Council leader's tax claims under scrutiny", "PM's migration claims under fire": in a headline, a statement's plural
    // noun read as a verb, with nothing reported after it or only a preposition's phrase, is the headline's subject)
    if (a.rule === 'attr.model' && ctx.headline && to - from === 1 && ALLEGATION_NOUNS.has(toks[from].lower) && toks[from].lower.endsWith('s') &&
        (a.content === null || (a.content[0] >= toks[from].end && prepositionAt(toks[tokenAtOrAfter(ctx, a.content[0])])))) continue;
    // ("The council's inspection report, dated January, rated X": a noun that modifies the noun after it, all its content,
    // is no act of saying)
    if (a.rule === 'attr.model' && to - from === 1 && a.content !== null && toks[from].pos === 'N' && (toks[from].f & F_CUE_VERB) === 0 && to < toks.length && a.content[0] === toks[to].start && a.content[1] === toks[to].end && toks[to].kind === 'word' && !toks[to].cap && toks[to].pos === 'N') continue;
    // ("The photo Trump posted | did not show a grab", "The letter she wrote | was never sent": after a post's or a
    // statement's noun, a source and its cue are a relative clause on the noun when an auxiliary opens the content right
    // after the cue, the sentence's own verb; not "countries he said | had sent immigrants", what he said of them)
    if (a.rule === 'attr.model' && a.source !== null && a.content !== null && relativeOnPost(ctx, a, to)) continue;
    // ("has faced criticism after the board's budget was cut": a content that opens with a possessive's "'s" is half a
    // phrase, none; not a contraction's, "There's a tacit recognition that X")
    if (a.rule === 'attr.model' && a.content !== null && possessiveOpening(ctx, tokenAtOrAfter(ctx, a.content[0]))) a.content = null;
    // ("We put the main claims to him": a content around its own cue, a noun after a determiner, is no content of it;
    // not PolNeAR's passive "The trial is expected to last three weeks")
    if (a.rule === 'attr.model' && a.content !== null && a.content[0] < a.cue[0] && a.cue[1] <= a.content[1] && to - from === 1 && toks[from].pos === 'N' && determinedNoun(ctx, from)) continue;
    // ("the 42 days it reported to regulators": a phrase of "to" alone, whom it was said to, is no content)
    if (a.rule === 'attr.model' && a.content !== null && recipientOnly(ctx, a.content, a.cue)) a.content = null;
    // ("Sprinter cleared of doping after tainted meat claim": a statement's noun with nothing reported, after words in
    // lower case that name no one, names what the statement is about, no source)
    if (a.rule === 'attr.model' && a.content === null && a.source !== null && to - from === 1 && ALLEGATION_NOUNS.has(toks[from].lower) && topicBeforeNoun(ctx, a.source, from)) continue;
    attributions[n++] = a;
  }
  attributions.length = n;
}

/**
 * Whether token k is a possessive's "'s" after a noun in lower case ("the board | 's"), no contraction's ("There's",
 * "He's").
 */
function possessiveOpening(ctx: BlockContext, k: number): boolean {
  const prev = ctx.toks[k - 1];
  return k > 0 && isApostropheS(ctx.toks[k]) && prev.kind === 'word' && !prev.cap && prev.pos === 'N';
}

/** Whether a determiner opens the phrase of noun k, past adjectives before it: "the | main | claims". */
function determinedNoun(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  let m = k - 1;
  while (m >= 0 && toks[m].kind === 'word' && !toks[m].cap && toks[m].pos === 'J') m--;
  return m >= 0 && toks[m].kind === 'word' && (toks[m].f & F_DETERMINER) !== 0;
}

/**
 * Whether model report a, its cue ending before token `to`, is a relative clause on a post's or a statement's noun right
 * before its source or inside it, whose content is the sentence's own predicate: an auxiliary right after the cue ("The
 * Twitter account Trump retweeted | was set up as a trap").
 */
function relativeOnPost(ctx: BlockContext, a: RawAttribution, to: number): boolean {
  const toks = ctx.toks;
  // (the noun right before the source, or inside it before its last word: the model's "The photo Trump")
  const s1 = tokenAtOrAfter(ctx, a.source![1]) - 1;
  if (!rangeHas(ctx, Math.max(0, tokenAtOrAfter(ctx, a.source![0]) - 1), s1, (x) => x.kind === 'word' && (ONLINE_POST_NOUNS.has(x.lower) || STATEMENT_NOUNS.has(x.lower) || POSTING_ACCOUNT_NOUNS.has(x.lower)))) return false;
  const next = toks[to];
  return next !== undefined && a.content![0] === next.start && next.kind === 'word' && (next.f & F_AUX) !== 0 && next.lower !== 'having';
}

/**
 * Whether a source r ends right before the statement's noun at token k and is words in lower case with no determiner,
 * pronoun, body or group of people among them: what the statement is about ("tainted meat | claim"), not who made it
 * ("union | claim", "police | claims").
 */
function topicBeforeNoun(ctx: BlockContext, r: R, k: number): boolean {
  const toks = ctx.toks;
  const from = tokenAtOrAfter(ctx, r[0]);
  if (k === 0 || toks[k - 1].end !== r[1] || from >= k) return false;
  for (let m = from; m < k; m++) {
    const t = toks[m];
    if (t.kind !== 'word' || t.cap || (t.f & (F_DETERMINER | F_PRONOUN)) !== 0 || BODY_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower)) return false;
  }
  return true;
}

/** Whether a token is a preposition other than "to" (which opens an infinitive as often): "under", "over", "of". */
const prepositionAt = (t: Tok): boolean => t.pos === 'I' && t.lower !== 'to';

/** Whether a content is "to" and a noun phrase of at most four words, nothing after it: whom something was said to. */
function recipientOnly(ctx: BlockContext, r: R, cue: R): boolean {
  const toks = ctx.toks;
  const cueLower = ctx.text[cue[0]] !== ctx.text[cue[0]].toUpperCase();
  const from = tokenAtOrAfter(ctx, r[0]);
  const to = tokenAtOrAfter(ctx, r[1]);
  // (a lower-case "to": not a headline's "Plans To Shut Down")
  if (ctx.text.slice(toks[from]?.start ?? 0, toks[from]?.end ?? 0) !== 'to' || to - from < 2 || to - from > 5 || from + 1 >= toks.length) return false;
  // (a determiner, a name or a plural noun after it, no verb: not "to intervene", "to outlaw face coverings")
  const next = toks[from + 1];
  // (a noun of people by its ending: "regulators", "investors", "officials", "residents")
  const plural = !next.cap && next.lower.length > 3 && next.lower.endsWith('s') && !next.lower.endsWith('ss') && (/(?:ors|ers|ists|ians|ants|ents|als)$/.test(next.lower) || !canBeVerb(next.lower));
  // (a name only after a lower-case cue: not a headline's "Plans to Break in Two")
  const name = next.cap && cueLower;
  if (next.kind !== 'word' || !(name || (next.f & F_DETERMINER) !== 0 || plural)) return false;
  const np = npStartingAt(ctx, from + 1, to);
  return np !== null && np.to === to;
}

/** Whether a rule's cue is a verb that reports only after its content (`CueVerb.postposedOnly`: ", the BBC understands."). */
function postposedOnlyCue(ctx: BlockContext, a: RawAttribution): boolean {
  return a.cue[1] - a.cue[0] < 16 && cueVerbForm(ctx.text.slice(a.cue[0], a.cue[1]).toLowerCase())?.verb.postposedOnly === true;
}

/** Verbs of speaking whose "to" or "with" names whom someone spoke to ("spoke to us", "talked with reporters"). */
const SPEAKING_VERBS: ReadonlySet<string> = new Set(['spoke', 'speaks', 'speak', 'speaking', 'spoken', 'talked', 'talks', 'talk', 'talking']);

/** Prepositions that go on a noun phrase naming a source: "A survey by Norstat for the Evening Post", "a researcher at". */
const SOURCE_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'by', 'from', 'at', 'in', 'with']);

/**
 * Whether tokens [from, to) are a subject's noun phrase before a preposition: determiners, names, nouns and numbers
 * (or a post's spread, "A post shared more than 12,000 times"), no verb or adjective of a clause ("easier for courts").
 */
function plainSubjectUpTo(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  let spread = false;
  for (let k = from; k < to; k++) if (toks[k].kind === 'number' || toks[k].lower === 'times') spread = true;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'number' || (t.f & F_DETERMINER) !== 0) continue;
    if (t.kind !== 'word' || t.lower.endsWith('ing')) return false;
    if (t.cap ? k > from && isPronoun(t) : t.pos !== 'N' && t.pos !== undefined && !(spread && (t.pos === 'V' || t.lower === 'more' || t.lower === 'than' || t.lower === 'of'))) return false;
  }
  return true;
}

/**
 * Whether the cue at tokens k to `last` is an imperative that opens its sentence: a verb of reporting in its plain form first, or
 * after "Do not", "Don't" or "Never" ("Don't worry", "Recall X").
 */
function imperativeAt(ctx: BlockContext, k: number, last: number): boolean {
  const toks = ctx.toks;
  const s = sentenceOfToken(ctx, k);
  if (!s) return false;
  let m = s.from;
  while (m < s.to && toks[m].kind === 'quote') m++;
  // (the cue may hold the negation: "Don't worry")
  const from = m;
  if (m + 1 < last && toks[m].lower === 'do' && (toks[m + 1].lower === 'not' || toks[m + 1].lower === "n't")) m += 2;
  else if (m < last && (toks[m].lower === 'never' || toks[m].lower === "don't" || toks[m].lower === 'don’t')) m++;
  const t = toks[m];
  // (not a noun before its infinitive: "Promise to add soldiers is met with relief")
  if (!(m === k || (k === from && m <= last)) || t.kind !== 'word' || (m === from && toks[m + 1]?.lower === 'to')) return false;
  // (the plain form is the lemma: not "Said Comey, ...", an inverted report whose source the model left out; for a verb
  // the cue lexicon learned that no rule knows, "worry": most often a verb, with no ending of another form)
  const f = cueVerbForm(t.lower);
  return f !== undefined ? f.verb.lemma === t.lower : posOf(t.lower) === 'V' && !/(?:s|ed|ing)$/.test(t.lower);
}

/** Whether tokens [from, to) are auxiliaries and negations only ("does not"). */
function auxiliariesOnly(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (t.kind !== 'word' || ((t.f & F_AUX) === 0 && !NEGATION_WORDS.has(t.lower) && t.lower !== "n't")) return false;
  }
  return true;
}

/**
 * Whether the noun at token k is a preposition's object (past adjectives, participles and determiners before it: "on
 * pending complaints"), the preposition within the clause that opens at token `from` (no punctuation between).
 */
function prepositionObject(ctx: BlockContext, k: number, from: number): boolean {
  const toks = ctx.toks;
  let m = k - 1;
  while (m > from && toks[m].kind === 'word' && !toks[m].cap && (toks[m].pos === 'J' || (toks[m].f & F_DETERMINER) !== 0 || (toks[m].pos === 'V' && (toks[m].lower.endsWith('ing') || toks[m].lower.endsWith('ed'))))) m--;
  if (m <= from || toks[m].kind !== 'word' || toks[m].cap || toks[m].pos !== 'I' || toks[m].lower === 'to' || toks[m].lower === 'according') return false;
  for (let j = from; j < m; j++) if (toks[j].kind === 'punct' || toks[j].kind === 'quote') return false;
  return true;
}

/** Whether token k is the block's last word (past closing punctuation). */
function lastWordAt(ctx: BlockContext, k: number): boolean {
  for (let m = k + 1; m < ctx.toks.length; m++) if (ctx.toks[m].kind === 'word' || ctx.toks[m].kind === 'number') return false;
  return true;
}

/** Conjunctions that open a clause of time: "trade blame after cargo ships collide". */
const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'until', 'once', 'as']);

/** Question words that name no one as a source: "Who said it". */
const WH_SOURCES: ReadonlySet<string> = new Set(['who', 'what', 'which']);
/** Whether a token is a participle of a state something is found in: "coated", "buried", "lying" (not "found to contain"). */
function foundParticiple(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && ((t.lower.endsWith('ed') && t.pos !== 'N') || (t.lower.endsWith('ing') && t.pos === 'V'));
}
/** What a subject "was found" to be that is a verdict or a state, no finding reported: "found guilty", "found dead". */
const FOUND_STATES: ReadonlySet<string> = new Set(['guilty', 'innocent', 'liable', 'responsible', 'dead', 'alive', 'unconscious', 'not']);
/** Question adverbs, which never name who speaks: "How worried should people be?" (no source "How"). */
const QUESTION_ADVERBS: ReadonlySet<string> = new Set(['how', 'why', 'when', 'where', 'whether']);

/** Negations that say nothing as a content of their own ("Not | everyone is convinced"). */
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'no', 'never']);

/** Whether tokens [from, to] are lower-case words that describe a noun after them: quantifiers, determiners, adjectives ("several specific"). */
function describesNoun(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.toks[k];
    if (t.kind !== 'word' || t.cap || !(t.pos === 'J' || t.pos === 'D' || (t.f & F_DETERMINER) !== 0 || COUNT_WORDS.has(t.lower))) return false;
  }
  return true;
}

/**
 * Whether a postposed finding's content is a quotation closed by an opening-style mark ("“Certainly not,“ she
 * said."): the model reads that mark as opening a quotation and so gives the cue after it no support, though the
 * rules paired the marks (over PolNeAR train the cue verb after such a mark was a gold cue 4 times in 4).
 */
function afterReversedCloser(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.postposed' || a.content === null || a.source === null || off.has('reversed-closer')) return false;
  // the last mark before the source, past white space and a comma
  let end = a.source[0] - 1;
  while (end > a.content[0] && (ctx.text.charCodeAt(end) === 32 || ctx.text.charCodeAt(end) === 44)) end--;
  const c = ctx.text.charCodeAt(end);
  return (c === 0x201c || c === 0x201e || c === 0xab) && isReversedCloserAt(ctx.text, end);
}

/**
 * Whether a postposed finding closes its sentence as "..., SOURCE told us." or "..., SOURCE said.": "said" or "told"
 * (with "us", "me" or "reporters") right after a source that a comma opens, and then the sentence's end ("was taken in
 * 2018, a fact-checker at Full Fact told us."): those forms are verbs, though the model, reading "Full Fact told" as
 * nouns, may give the cue no support.
 */
function closingFrameReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.postposed' || a.content === null || a.source === null || off.has('closing-frame')) return false;
  const toks = ctx.toks;
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  const s = tokenAtOrAfter(ctx, a.source[0]);
  const cue = toks[c];
  if (cue.end !== a.cue[1] || cue.cap || (cue.lower !== 'said' && cue.lower !== 'told') || toks[c - 1]?.end !== a.source[1] || !isPunct(toks[s - 1], ',') || a.content[1] > toks[s - 1].start) return false;
  let k = c + 1;
  if (cue.lower === 'told' && CLOSING_ADDRESSEES.has(toks[k]?.lower ?? '')) k++;
  return k >= toks.length || isPunct(toks[k], '.!');
}

/**
 * Whether the article's "falsely" (`deny.falsely`) stands right before the finding's cue ("Dubois falsely claimed that
 * X"): the verb is a report, though the model, which may not begin a cue on a denial's cue, gives it no support.
 */
function calledFalse(ctx: BlockContext, denials: readonly RawDenial[], a: RawAttribution): RawDenial | null {
  for (const d of denials) {
    if (d.rule === 'deny.falsely' && d.cue[1] < a.cue[0] && /^\s+$/.test(ctx.text.slice(d.cue[1], a.cue[0]))) return d;
  }
  return null;
}

/**
 * Whether a preposed finding is a document's that shows or finds (`EVIDENCE_NOUNS`, or one obtained or seen by
 * someone; `EVIDENCE_VERBS`), its verb right before
 * "that" and a subject: "Emails obtained by the Courier under a records request show that X", where the model, reading
 * "request show" as nouns, gives the verb no support.
 */
function evidenceThatReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.preposed' || a.source === null || off.has('evidence-that')) return false;
  const toks = ctx.toks;
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  const cue = toks[c];
  const form = cueVerbForm(cue.lower);
  // (or its participle right after the noun: "despite government figures showing that only 870 were completed")
  const participle = form !== undefined && form.participle && c > 0 && EVIDENCE_NOUNS.has(toks[c - 1].lower);
  // (that one with its clause's subject at once: "figures showing only 870 were completed")
  if (cue.end !== a.cue[1] || cue.cap || form === undefined || (form.participle && !participle) || !EVIDENCE_VERBS.has(form.verb.id) ||
      !(thatThenSubject(ctx, c) || (participle && clauseAt(ctx, skipRightAdverbs(ctx, c + 1, toks.length), toks.length)))) return false;
  // (or a thing someone obtained or saw: "Emails obtained by the Courier")
  for (let k = tokenAtOrAfter(ctx, a.source[0]); k < c && toks[k].start < a.source[1]; k++) if (EVIDENCE_NOUNS.has(toks[k].lower) || (SEEN_BY_PARTICIPLES.has(toks[k].lower) && toks[k + 1].lower === 'by')) return true;
  return false;
}

/**
 * Whether a postposed report is a study's or a trial's finding, the source's head a noun of evidence and the cue a verb of
 * evidence ("X, a large trial has found.", "X, the survey shows."): the model gives such a frame too little support.
 */
function postposedEvidenceReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.postposed' || a.source === null || off.has('evidence-that')) return false;
  const toks = ctx.toks;
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  const form = cueVerbForm(toks[c].lower);
  if (form === undefined || !EVIDENCE_VERBS.has(form.verb.id) || toks[c].end !== a.cue[1]) return false;
  const head = toks[tokenAtOrAfter(ctx, a.source[1]) - 1];
  return head !== undefined && (EVIDENCE_NOUNS.has(head.lower) || TRIAL_NOUNS.has(head.lower));
}
/** A medical trial's nouns, which report findings as a study does (not `EVIDENCE_NOUNS`: a court's trial hears). */
const TRIAL_NOUNS: ReadonlySet<string> = new Set(['trial', 'trials']);

/**
 * Whether "that" follows the verb at token c and a subject follows "that": not a relative clause's verb, "the nonstop
 * demands that come with the work".
 */
function thatThenSubject(ctx: BlockContext, c: number): boolean {
  const toks = ctx.toks;
  const after = toks[c + 2];
  return toks[c + 1]?.lower === 'that' && after !== undefined && !(after.kind === 'word' && !after.cap && (after.pos === 'V' || (after.f & F_AUX) !== 0));
}

/**
 * Whether a preposed finding is a singular subject, a verb in -s and "that" ("The post states that X", "It
 * states that X"): the verb can then be nothing else, though the lexicon reads "states" as a noun and so the
 * model gives it no support. The subject is "he", "she" or "it", a name of one to three capitalised words, or a
 * determiner and one lower-case noun.
 */
function singularThatReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.preposed' || a.source === null || off.has('singular-that')) return false;
  const toks = ctx.toks;
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  const cue = toks[c];
  if (cue.end !== a.cue[1] || cue.cap || !cue.lower.endsWith('s') || !thatThenSubject(ctx, c)) return false;
  const s = tokenAtOrAfter(ctx, a.source[0]);
  let last = c - 1;
  if (last > s && toks[last].pos === 'R') last--;
  if (toks[last].end !== a.source[1]) return false;
  // (or a name, "Trump charges that X", "Elizabeth Warren states that X": the model reads "Trump charges" as one noun phrase)
  if (last >= s && !rangeHas(ctx, s, last + 1, (x) => x.kind !== 'word' || !x.cap || (x.f & F_DETERMINER) !== 0)) return last - s < 3;
  if (last === s) return ['he', 'she', 'it'].includes(toks[s].lower);
  const noun = toks[last];
  return last === s + 1 && (toks[s].f & F_DETERMINER) !== 0 && !['these', 'those', 'many', 'some', 'all', 'both', 'several', 'few'].includes(toks[s].lower) &&
    noun.kind === 'word' && !noun.cap && (noun.pos === 'N' || noun.pos === undefined) && !noun.lower.endsWith('s');
}

/**
 * Whether a preposed finding's verb is one of `UNAMBIGUOUS_THAT_VERBS` right after its source and then "that" and a
 * clause's subject ("Supporters of the scheme contend that X", "Residents insist that X"): no noun reads so, though the
 * model, which saw these verbs seldom, may give it no support.
 */
function claimingThatReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.preposed' || a.source === null || off.has('claiming-that')) return false;
  const toks = ctx.toks;
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  const cue = toks[c];
  return cue.end === a.cue[1] && !cue.cap && toks[c - 1]?.end === a.source[1] && UNAMBIGUOUS_THAT_VERBS.has(cueVerbForm(cue.lower)?.verb.id ?? '') && thatThenSubject(ctx, c);
}

/**
 * Whether a preposed finding's verb in -ed, right after its source, names where it was said and then reports with
 * "that" ("A whistleblower alleged in a letter to the regulator that X", "Smith maintained in an interview that X"):
 * the word can then be nothing but a verb, though the model, which seldom saw the medium between, gives it no support.
 */
function mediumThatReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.preposed' || a.source === null || a.content === null) return false;
  const toks = ctx.toks;
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  const cue = toks[c];
  // (past the comma that closes an aside on the source: "A whistleblower, who worked in the safety team, alleged")
  const last = c > 1 && isPunct(toks[c - 1], ',') ? c - 2 : c - 1;
  if (cue.cap || !cue.lower.endsWith('ed') || toks[last]?.end !== a.source[1]) return false;
  // ("in a letter", "in his statement", "in a written statement")
  if (c + 3 >= toks.length || !MEDIUM_PREPOSITIONS.has(toks[c + 1].lower) || (toks[c + 2].f & F_DETERMINER) === 0) return false;
  let m = c + 3;
  if (toks[m].pos === 'J' && m + 1 < toks.length) m++;
  // (the cue the verb, or widened to the medium by the model's cue on its noun: "maintained in an interview")
  if (!MEDIUM_NOUNS.has(toks[m].lower) || (a.cue[1] !== cue.end && a.cue[1] !== toks[m].end)) return false;
  // (past whom it was sent to, no verb of its own: "to the Medicines and Healthcare products Regulatory Agency")
  for (let k = m + 1; k < toks.length && k - m <= MEDIUM_THAT_REACH && toks[k].start < a.content[0]; k++) {
    if (toks[k].lower === 'that') return toks[k + 1]?.start === a.content[0] || (toks[k + 1]?.kind === 'quote' && toks[k + 2]?.start === a.content[0]);
    if (toks[k].kind !== 'word' || isFiniteVerb(ctx, k)) return false;
  }
  return false;
}
/** The most tokens between a medium's noun and the "that" of what was said in it (`mediumThatReport`). */
const MEDIUM_THAT_REACH = 10;

/**
 * Whether a preposed finding's source is something circulating online ("Posts circulating on WhatsApp claim the
 * council has ...", `ONLINE_POST_NOUNS`) and it reports a content: the form of fact checks, which the model, trained on
 * political news, rarely saw.
 */
function onlinePostReport(ctx: BlockContext, a: RawAttribution): boolean {
  if (a.rule !== 'attr.preposed' || a.source === null || a.content === null || off.has('online-post')) return false;
  const toks = ctx.toks;
  // (the post reports, not what is done to it: "The video was posted by an account that ...")
  const c = tokenAtOrAfter(ctx, a.cue[0]);
  if (c > 0 && (toks[c - 1].f & F_AUX) !== 0) return false;
  let from = tokenAtOrAfter(ctx, a.source[0]);
  // (past a live page's time label the source holds as yet: "09:40 Posts on social media claim")
  if (toks[from]?.kind === 'number' && toks[from].text.includes(':')) from++;
  for (let k = from; k < toks.length && toks[k].end <= a.source[1]; k++) {
    // (in lower case but at the sentence's start: not "The Washington Post")
    if (ONLINE_POST_NOUNS.has(toks[k].lower) && (!toks[k].cap || (k === from && (k === 0 || toks[k - 1].kind !== 'word')))) return true;
  }
  return false;
}

/** A model source that begins with a possessive's "'s" widened to the noun phrase of its possessor; else the source itself. */
function withPossessor(ctx: BlockContext, source: R): R {
  const toks = ctx.toks;
  const from = tokenAtOrAfter(ctx, source[0]);
  const s = sentenceOfToken(ctx, from);
  const owner = s ? possessorFrom(ctx, from, s.from) : -1;
  return owner >= 0 ? [toks[owner].start, source[1]] : source;
}

/** A model source after "seen by", "obtained by" (`SEEN_BY_PARTICIPLES`) widened to the document before the participle. */
function withSeenBy(ctx: BlockContext, source: R): R {
  const toks = ctx.toks;
  let from = tokenAtOrAfter(ctx, source[0]);
  // (past a determiner the model left out: "by the | Halden Post")
  if (from > 0 && (toks[from - 1].f & F_DETERMINER) !== 0 && !toks[from - 1].cap) from--;
  if (from < 3 || toks[from - 1].lower !== 'by' || !SEEN_BY_PARTICIPLES.has(toks[from - 2].lower)) return source;
  const s = sentenceOfToken(ctx, from);
  const doc = s ? npEndingAt(ctx, from - 3, s.from) : null;
  return doc ? [toks[doc.from].start, source[1]] : source;
}

/**
 * Whether token i is among the three words after a rule source's end that a preposition opens ("in a note to
 * clients" after "wrote analyst Tom Reyes"), with no punctuation between.
 */
function inSourceSetting(ctx: BlockContext, sources: Ranges, i: number): boolean {
  const toks = ctx.toks;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (toks[k].kind !== 'word') return false;
    if (!SETTING_PREPOSITIONS.has(toks[k].lower) || k === 0) continue;
    const end = toks[k - 1].end;
    for (let j = 0; j < sources.size; j++) if (sources.at(j)[1] === end) return true;
  }
  return false;
}

/**
 * A model content cut before the first rule report whose content or cue begins inside it, in a later sentence than
 * the content's first (the content then ends with the sentence before); the content as it is when there is none.
 */
function beforeLaterReport(ctx: BlockContext, attributions: RawAttribution[], content: R): R {
  let cut = content[1];
  for (const b of attributions) {
    const at = b.content !== null ? Math.min(b.content[0], b.cue[0]) : b.cue[0];
    if (b.rule !== 'attr.model' && at > content[0] && at < cut) cut = at;
  }
  if (cut === content[1]) return content;
  const first = tokenAtOrAfter(ctx, content[0]);
  const s = sentenceOfToken(ctx, first);
  if (!s || ctx.toks[s.to - 1].end > cut || s.to - 1 < first) return content;
  return [content[0], trimEnd(ctx, s.to - 1)];
}

/**
 * A model content cut where the content of a rule's report of the same words ends, when the model's runs on into that
 * report's source after it; the content as it is when there is none.
 */
function beforeRuleSource(attributions: RawAttribution[], content: R): R {
  for (const b of attributions) {
    if (b.rule === 'attr.model' || b.source === null || b.content === null) continue;
    if (b.content[0] === content[0] && b.content[1] < b.source[0] && b.source[0] < content[1] && b.content[1] < content[1]) return [content[0], b.content[1]];
  }
  return content;
}

/** Whether a rule's (not the model's) attribution has a content that holds span r. */
function ruleContentHolds(attributions: RawAttribution[], r: R): boolean {
  for (const b of attributions) if (b.rule !== 'attr.model' && b.content !== null && b.content[0] <= r[0] && r[1] <= b.content[1]) return true;
  return false;
}

/** Conjunctions that open a clause of their own after a comma: no content ends on one. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though', 'but', 'and', 'or', 'as', 'because', 'which', 'who', 'after', 'before', 'since', 'when']);

/** Verbs of an exchange before a noun of blame or insult: "both sides trade blame", "traded barbs". */
const EXCHANGE_VERBS: ReadonlySet<string> = new Set(['trade', 'trades', 'traded', 'trading', 'exchange', 'exchanges', 'exchanged', 'exchanging']);

/** Participles of a subject that seems or claims: "A video appearing to show", "a post purporting to be". */
const SEEMING_PARTICIPLES: ReadonlySet<string> = new Set(['appearing', 'purporting', 'claiming', 'seeming', 'said', 'thought', 'believed', 'alleged']);
/** A main clause's first verbs after a long subject: "is from 2020", "was filmed", "has been shared". */
const MAIN_VERBS_AFTER_SUBJECT: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Quantifiers that open a noun phrase: "urged both sides to ...". */
const CONTENT_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each', 'every', 'either', 'neither']);

/** Forms of "accuse", whose content PolNeAR marks from the accused to what they are accused of. */
const ACCUSE_FORMS: ReadonlySet<string> = new Set(['accuse', 'accuses', 'accused', 'accusing']);

/**
 * An accusation's content from token `first` to its "of" phrase's end, when the model's ends at `last` before the
 * sentence's "of" (at a comma of an appositive: "accused the leader, Fiona Grant, of misleading residents"); else null.
 */
function completeAccusation(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const s = sentenceOfToken(ctx, first);
  if (!s) return null;
  for (let k = first; k <= last; k++) if (toks[k].lower === 'of' && toks[k - 1]?.kind !== 'word') return null;
  let of = -1;
  for (let k = last + 1; k < s.to && k <= last + 8; k++) {
    if (toks[k].lower === 'of' && isPunct(toks[k - 1], ',')) {
      of = k;
      break;
    }
  }
  if (of < 0) return null;
  const end = contentEnd(ctx, s, of + 1);
  return end > of ? [toks[first].start, trimEnd(ctx, end)] : null;
}

/**
 * An accusation's content the model ends on a preposition ("accused the mayor, Tom Reyes, of lying about | crime in the
 * city after he said ..."), or on the gerund after "of" ("of misleading | voters"): to the reported clause's end; else null.
 */
function accusationAfterPreposition(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const s = sentenceOfToken(ctx, first);
  const gerund = last > first && toks[last - 1].lower === 'of' && toks[last].lower.endsWith('ing');
  if (!s || !(toks[last].pos === 'I' || gerund) || toks[last].cap || last + 1 >= s.to || toks[last + 1].kind !== 'word') return null;
  let end = contentEnd(ctx, s, last + 1);
  // (not past "after" and another report that led to this one: "... after he said in a radio interview that X")
  for (let k = last + 2; k < end; k++) {
    if ((toks[k].lower === 'after' || toks[k].lower === 'when') && reportingClauseAt(ctx, k + 1, s.to)) {
      end = k - 1;
      break;
    }
  }
  return end > last ? [toks[first].start, trimEnd(ctx, end)] : null;
}

/**
 * The content from token `first` to the reported clause's end, when the model's ends at `last` on a word
 * that cannot end one (a preposition but "that", a determiner, "than") right before a number
 * of its sentence ("fell by about | 0.5C"); else null. (Before any word, such an end cost content on folds 3,
 * 5 and 7 of PolNeAR train: the longer content took in other reports.)
 */
function completeDangling(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const t = toks[last];
  const next = toks[last + 1];
  // (or a preposition right after a comma, before its object: "puts UK growth at 1.1% this year, behind | the US at 2.8%")
  if (next !== undefined && next.kind === 'word' && t.kind === 'word' && t.pos === 'I' && t.lower !== 'that' && last - 1 > first && isPunct(toks[last - 1], ',')) return toClauseEnd(ctx, first, last, last);
  if (!next || next.kind !== 'number' || t.kind !== 'word') return null;
  // (not "and" or "or": "5 percent prefer Johnson and | 1 percent support Stein" is a clause of its own)
  if (!((t.pos === 'I' && t.lower !== 'that') || (t.f & F_DETERMINER) !== 0 || t.lower === 'than')) return null;
  return toClauseEnd(ctx, first, last, last);
}

/**
 * The content from token `first` to its reported clause's end, as `contentEnd` finds it, for a model content that ends
 * at `last` before more of its sentence; null when the sentence ends there or the clause ends at token `past` or before.
 */
function toClauseEnd(ctx: BlockContext, first: number, last: number, past: number): R | null {
  const s = sentenceOfToken(ctx, first);
  if (!s || last + 1 >= s.to) return null;
  const end = contentEnd(ctx, s, first);
  return end > past ? [ctx.toks[first].start, trimEnd(ctx, end)] : null;
}

/**
 * For a model content of tokens [first, last] that ends on the "and" or "or" of a list ("recommends rest, fluids and |
 * paracetamol for most adults"): the content to its clause's end, as `contentEnd` finds it; else null.
 */
function completeList(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const t = toks[last];
  const next = toks[last + 1];
  if (!next || next.kind !== 'word' || next.cap || (t.lower !== 'and' && t.lower !== 'or') || last - first < 3 || !isPunct(toks[last - 2], ',')) return null;
  return toClauseEnd(ctx, first, last, last + 1);
}

/**
 * For a model content of tokens [first, last] that ends before a relative clause inside the reported clause's subject
 * ("said deferred revenue | , which measures money collected ..., had fallen 3 percent"): the content to its clause's
 * end, as `contentEnd` finds it; else null.
 */
function completeRelative(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const comma = toks[last + 1];
  if (comma === undefined || !isPunct(comma, ',') || !RELATIVE_PRONOUNS.has(toks[last + 2]?.lower ?? '')) return null;
  const s = sentenceOfToken(ctx, first);
  if (!s || !relativeInSubject(ctx, last + 2, s.to - 1)) return null;
  const end = contentEnd(ctx, s, first);
  return end > last + 2 ? [toks[first].start, trimEnd(ctx, end)] : null;
}

/**
 * For a model content of tokens [first, last] that ends inside a quotation opened in it ('with the caption: "AIRPORT
 * UNDERWATER. 300+ flights cancelled and the authority is keeping | it quiet."'): the content to the quotation's
 * closing mark; else null.
 */
function completeQuotation(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const qi = toks[last].quote;
  if (qi < 0 || toks[last].kind === 'quote') return null;
  const q = ctx.quotes[qi];
  if (q.firstTok <= first || q.close < 0 || q.lastTok <= last) return null;
  return [toks[first].start, toks[q.lastTok].end];
}

/**
 * For a model content of tokens [first, last] that ends on a hyphen inside a word ("reply on ₹340-| crore land
 * allotment", the tokenizer splits "340-crore"): the content to its clause's end, as `contentEnd` finds it; else null.
 */
function completeHyphen(ctx: BlockContext, first: number, last: number): R | null {
  const toks = ctx.toks;
  const t = toks[last];
  const next = toks[last + 1];
  if (!next || last === first || t.kind !== 'punct' || t.text !== '-' || toks[last - 1].end !== t.start || next.start !== t.end) return null;
  return toClauseEnd(ctx, first, last, last);
}

/**
 * A list kept from block to block, emptied by `clear` and never shrunk: for the lists `addModelAttributions`
 * and `runModel` fill for each block, without a list made per block. (An array emptied by `length = 0`
 * gives up its storage, and the next push makes it again.) Until overwritten, it keeps what it held.
 */
class BlockList<T> {
  protected items: T[] = [];
  size = 0;

  /** Empties the list (and gives it back). */
  clear(): this {
    this.size = 0;
    return this;
  }

  add(x: T): void {
    if (this.size < this.items.length) this.items[this.size] = x;
    else this.items.push(x);
    this.size++;
  }

  at(k: number): T {
    return this.items[k];
  }
}

/** Ranges of a block's text (see `BlockList`). */
class Ranges extends BlockList<R> {
  /** Whether some range overlaps [from, to). */
  overlaps(from: number, to: number): boolean {
    for (let k = 0; k < this.size; k++) {
      const r = this.items[k];
      if (r[0] < to && from < r[1]) return true;
    }
    return false;
  }

  /** Whether some range holds [from, to). */
  holds(from: number, to: number): boolean {
    for (let k = 0; k < this.size; k++) {
      const r = this.items[k];
      if (r[0] <= from && to <= r[1]) return true;
    }
    return false;
  }
}

/** The lists of `addModelAttributions` and `runModel`: see there. */
const modelChecked = new BlockList<RawAttribution>();
const modelTaken = new Ranges();
const modelSaid = new Ranges();
/** The block's denials' cues, for `runModel`. */
const modelDenialCues = new Ranges();
/** What the block's denials deny (their targets), for `runModel`. */
const modelJudged = new Ranges();
const modelSources = new Ranges();
const modelSupported = new Set<RawAttribution>();

/** Adds the participles after a comma (`detectLexiconParticiples`) and the poll openings (`detectPollOpenings`) that the rules and the model left. */
function addLexiconParticiples(ctx: BlockContext, attributions: RawAttribution[], denials: RawDenial[], psrc: Map<number, SourceFound | null>): void {
  // (a list of its exact length: one grown by push holds 17 at its first; the attributions' cues first, at their indexes)
  const nA = attributions.length;
  const taken = new Array<R>(nA + denials.length);
  for (let k = 0; k < nA; k++) taken[k] = attributions[k].cue;
  for (let k = 0; k < denials.length; k++) taken[nA + k] = denials[k].cue;
  if (!off.has('lexicon-participle')) for (const a of detectLexiconParticiples(ctx, psrc, taken)) attributions.push(a);
  // ("In a poll released Monday, ...": the cues the participles took count too, though none can hold "In")
  for (const a of detectPollOpenings(ctx, taken)) attributions.push(a);
  // ("The fire service later put the figure at 3,900 hectares"; over a model cue that found no content, "A poll put
  // support | at 55%", which the rule reads whole)
  if (!off.has('put-figure')) {
    // (most blocks have no such cue: no new list for them)
    const weak = (a: RawAttribution): boolean => a.rule === 'attr.model' && a.content === null;
    const open = attributions.some(weak) ? taken.filter((_, k) => k >= nA || !weak(attributions[k])) : taken;
    for (const a of detectFigurePuts(ctx, open)) {
      const k = attributions.findIndex((m) => weak(m) && m.cue[0] < a.cue[1] && a.cue[0] < m.cue[1]);
      if (k >= 0) attributions.splice(k, 1);
      attributions.push(a);
    }
  }
}

/** Whether range `r` and the cue at [start, end) overlap. */
function overlaps(r: R, start: number, end: number): boolean {
  return r[0] < end && start < r[1];
}

/**
 * Whether a model cue at [start, end) can be added: judged from the cue alone, both before its source and content are
 * tagged (a rejected cue skips that, the costly part) and again with the model's own cues taken. (A
 * top-level function rather than a closure made per call: V8 keeps a closure's optimised code only while
 * a closure of it lives, so such closures ran unoptimised after every full GC.)
 */
function usable(ctx: BlockContext, taken: Ranges, said: Ranges, sources: Ranges, start: number, end: number, score: number): boolean {
  if (score < MODEL_MIN_SCORE && !off.has('min-score')) return false;
  if (taken.overlaps(start, end)) return false;
  if (score < MODEL_NESTED_SCORE && said.holds(start, end) && !off.has('nested') && !opensCoordinate(ctx, start)) return false;
  if (score < MODEL_NESTED_SCORE && inQuotation(ctx, start) && !off.has('in-quote')) return false;
  // the rule read these words as its source ("according to a memo seen by Reuters")
  if (sources.holds(start, end) && !off.has('in-source')) return false;
  return !isNonCueSpan(ctx, start, end) || off.has('non-cue');
}

/**
 * Whether the token at `start` lies inside a quotation of the block (after its opening mark): what the
 * quotation's speaker says, so a cue there is nested in a report, as a cue in a rule's content is. The
 * model reads double quotes only, not the doubled single quotes of some styles ("''We will,'' she said").
 * On three held-out tenths of PolNeAR train (folds 5, 3, 7) the cues this left out were right 0 times in 13,
 * 2 and 9 (scripts/train/decisions.ts).
 */
function inQuotation(ctx: BlockContext, start: number): boolean {
  const t = ctx.toks[tokenAtOrAfter(ctx, start)];
  return t !== undefined && t.quote >= 0 && t.kind !== 'quote';
}

/**
 * The block `runModel` is reading, for the model's filters (`keepModelCue`, `modelCueCanStart`, which read
 * the block's lists `modelChecked`, `modelSupported`, `modelTaken`, `modelSaid` and `modelSources` too): one
 * object for the life of the process and top-level functions rather than closures made per block (see
 * `usable`). `noStart`: 1 for the tokens where no usable cue can begin.
 */
const modelRun: { ctx: BlockContext | undefined; noStart: Uint8Array } = { ctx: undefined, noStart: noStartBuffer };

/** A cue over a checked rule's cue confirms the rule (and is the rule's, not a finding of its own). */
function keepModelCue(first: number, last: number, score: number): boolean {
  const m = modelRun;
  const ctx = m.ctx!;
  const start = ctx.toks[first].start;
  const end = ctx.toks[last].end;
  let onRule = false;
  for (let k = 0; k < modelChecked.size; k++) {
    const a = modelChecked.at(k);
    if (overlaps(a.cue, start, end)) {
      modelSupported.add(a);
      onRule = true;
    }
  }
  return !onRule && usable(ctx, modelTaken, modelSaid, modelSources, start, end, score);
}

/**
 * Whether a usable cue may begin at token i: not in a rule's cue that needs no check or a denial's, nor a
 * non-cue context. A denial verb the denial rules did not take ("was denied the chance", "a three-way
 * contest") mostly withholds a thing or is a noun: no attribution either, but for the verbs annotators
 * took as a stance cue there ("dismissed the plan", "slams the deal": `modelCue` in data/denials.ts).
 * (`isNonCue` answers at once from the word's F_NON_CUE flag for all but the few words of NON_CUE_CONTEXTS)
 */
function modelCueCanStart(i: number): boolean {
  const ctx = modelRun.ctx!;
  const t = ctx.toks[i];
  return modelRun.noStart[i] === 0 && ((t.f & F_DENIAL_VERB) === 0 || denialVerbOf(t.lower)?.modelCue === true || off.has('denial-verb')) && (!isNonCue(ctx, i) || off.has('non-cue'));
}

const MODEL_FILTERS: TagFilters = { keep: keepModelCue, canStart: modelCueCanStart };

/** The token of a headline's first semicolon outside quotation marks after every finding of the rules, or -1. */
function semicolonAfterAll(ctx: BlockContext, attributions: readonly RawAttribution[], denials: readonly RawDenial[]): number {
  let end = 0;
  for (const a of attributions) end = Math.max(end, a.cue[1], a.source?.[1] ?? 0, a.content?.[1] ?? 0);
  for (const d of denials) end = Math.max(end, d.cue[1], d.source?.[1] ?? 0, d.target?.[1] ?? 0);
  const toks = ctx.toks;
  for (let k = 0; k < toks.length - 2; k++) if (toks[k].start >= end && isPunct(toks[k], ';') && toks[k].quote < 0) return k;
  return -1;
}

/**
 * In a headline, the last semicolon outside quotation marks before every finding of the rules, with a reporting verb
 * and a clause's verb after it before the semicolon, or -1 (`semicolonAfterAll`'s mirror).
 */
function semicolonBeforeAll(ctx: BlockContext, attributions: readonly RawAttribution[], denials: readonly RawDenial[]): number {
  let start = Infinity;
  for (const a of attributions) start = Math.min(start, a.cue[0], a.source?.[0] ?? Infinity, a.content?.[0] ?? Infinity);
  for (const d of denials) start = Math.min(start, d.cue[0], d.source?.[0] ?? Infinity, d.target?.[0] ?? Infinity);
  const toks = ctx.toks;
  let semicolon = -1;
  for (let k = toks.length - 1; k > 1 && semicolon < 0; k--) if (toks[k].end <= start && isPunct(toks[k], ';') && toks[k].quote < 0) semicolon = k;
  // (with a reporting verb and a clause's verb after it before the semicolon, after a pronoun whatever the tagger reads it
  // as: "Ukraine says it shot down", not "Airline blames controllers")
  for (let k = 1; k < semicolon; k++) {
    if ((toks[k].f & F_CUE_VERB) === 0) continue;
    for (let m = k + 2; m < semicolon && m <= k + 5; m++) if (headlineVerbAt(ctx, m) || isFiniteVerb(ctx, m) || (canBeVerb(toks[m].lower) && isPronoun(toks[m - 1]))) return semicolon;
  }
  return -1;
}

/**
 * The "than" of a comparison's clause a cue at [first, last] closes: up to three words before the cue, at least one
 * between, and the clause's end after the cue; else -1.
 */
function comparisonThan(ctx: BlockContext, first: number, last: number): number {
  const toks = ctx.toks;
  const after = toks[last + 1];
  if (after !== undefined && !(after.kind === 'punct' && isPunct(after, '.,;!?')) && after.kind !== 'quote') return -1;
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    if (toks[k].kind !== 'word') return -1;
    if (toks[k].lower === 'than') return k < first - 1 ? k : -1;
  }
  return -1;
}

/** Whether one of the attributions has its cue within [from, to). */
function cueWithin(attributions: readonly RawAttribution[], from: number, to: number): boolean {
  for (const a of attributions) if (a.cue[0] >= from && a.cue[1] <= to) return true;
  return false;
}

function runModel(
  ctx: BlockContext, attributions: RawAttribution[], taken: Ranges, said: Ranges, judged: Ranges,
  psrc: Map<number, SourceFound | null>,
): void {
  const sources = modelSources.clear();
  for (const a of attributions) {
    if (a.source === null) continue;
    sources.add(a.source);
    // the source's participle aside before its cue is the source's too: "An official, speaking on condition of anonymity to discuss X, said"
    if (a.source[1] < a.cue[0] && ctx.text.charCodeAt(a.source[1]) === 44 && /^,\s*[a-z]+ing\b/.test(ctx.text.slice(a.source[1], a.cue[0])) && !off.has('in-source')) sources.add([a.source[1], a.cue[0]]);
  }
  // The tokens where no usable cue can begin, whatever the model's score (`modelCueCanStart`). The tagger
  // skips what lies beyond the last token where one can.
  const toks = ctx.toks;
  const noStart = zeroed(noStartBuffer, toks.length);
  noStartBuffer = noStart;
  for (let j = 0; j < taken.size; j++) {
    const r = taken.at(j);
    let k = tokenAtOrAfter(ctx, r[0]);
    // a token before r[0] that reaches into it overlaps too
    if (k > 0 && toks[k - 1].end > r[0]) k--;
    for (; k < toks.length && toks[k].start < r[1]; k++) noStart[k] = 1;
  }
  const m = modelRun;
  m.ctx = ctx;
  m.noStart = noStart;
  let found;
  try {
    found = predictTokenAttributions(ctx.text, toks, modelSentences(ctx), MODEL_FILTERS);
  } finally {
    m.ctx = undefined;
  }
  for (const p of found) {
    const cueStart = toks[p.cue.first].start;
    const cueEnd = toks[p.cue.last].end;
    if (!usable(ctx, taken, said, sources, cueStart, cueEnd, p.score)) continue;
    // ("said Mayor Tom Reyes in a statement": where a rule's source spoke names no report of its own)
    if (inSourceSetting(ctx, sources, p.cue.first) && !off.has('source-setting')) continue;
    // ("said in a written statement": a participle between a determiner and its noun describes the noun)
    if ((participleBeforeStatement(ctx, p.cue.first) || participleAfterObject(ctx, p.cue.first)) && !off.has('attributive')) continue;
    // ("legal costs, estimated at £180,000", "damage, put at $2m": a participle after a comma that puts a figure on the
    // noun before it reports no one's words)
    if (p.cue.first === p.cue.last && p.cue.first > 0 && isPunct(toks[p.cue.first - 1], ',') && toks[p.cue.first].lower.endsWith('ed') && toks[p.cue.first + 1]?.lower === 'at' && !off.has('figure-participle')) continue;
    // ("She refused, telling reporters: \"...\"": a cue its comma closes reports none of what another's cue after it reports)
    // (a verb of saying keeps its cue, its words elsewhere: '"...?" Mr. Trump asked, repeating a broadside that X')
    const closedCue = p.content !== null && p.content.first > p.cue.last + 1 && isPunct(toks[p.cue.last + 1], ',') && taken.overlaps(toks[p.cue.last + 1].end, toks[p.content.first].start) && said.overlaps(toks[p.content.first].start, toks[p.content.last].end) && !off.has('closed-cue');
    if (closedCue && cueVerbForm(toks[p.cue.first].lower) === undefined) continue;
    // ("a bid of about £45m for Silva in June that was rejected": a relative clause's passive with no agent reports nothing)
    // (a participle of the passive, not "who is seeking", "who are angry about"; a relative after its noun, not "That was")
    if (p.cue.first >= 2 && PASSIVE_BE.has(toks[p.cue.first - 1].lower) && RELATIVE_WORDS.has(toks[p.cue.first - 2].lower) && !toks[p.cue.first - 2].cap && PARTICIPLE_END.test(toks[p.cue.first].lower) && toks[p.cue.last + 1]?.lower !== 'by' && !off.has('relative-passive')) continue;
    // ("a promise by energy supplier BrightPower that X": a noun that can be no verb, after a determiner or a word in lower
    // case and before the name it is a title of, is no cue; not a headline's "Clinton blasts Trump")
    if (p.cue.first === p.cue.last && p.cue.first > 0 && toks[p.cue.first].kind === 'word' && !toks[p.cue.first].cap && toks[p.cue.first].pos === 'N' && !canBeVerb(toks[p.cue.first].lower) && toks[p.cue.first + 1]?.cap === true &&
        toks[p.cue.first - 1].kind === 'word' && !toks[p.cue.first - 1].cap && toks[p.cue.first - 1].lower !== 'that' && ((toks[p.cue.first - 1].f & F_DETERMINER) !== 0 || toks[p.cue.first - 1].pos === 'N' || toks[p.cue.first - 1].pos === 'J') && !off.has('title-noun')) continue;
    // ("It is easy to dismiss the idea as a fad": an infinitive's "to" alone is no cue)
    if (p.cue.first === p.cue.last && toks[p.cue.first].lower === 'to' && !off.has('bare-to')) continue;
    // ("the sources said, asking not to be identified because ...": a request for anonymity reports nothing)
    if (p.content && asksAnonymity(ctx, p.content.first) && !off.has('anonymity')) continue;
    // ("A letter written last year claims the mayor knew": a participle right after its noun, with no source and what
    // is said around it and another's cue after it, describes the noun)
    if (p.source === null && p.content && p.content.first < p.cue.first && p.content.last > p.cue.last && p.cue.first > 0 && toks[p.cue.first - 1].kind === 'word' && (toks[p.cue.first - 1].f & F_PRONOUN) === 0 && PARTICIPLE_END.test(toks[p.cue.first].lower) && toks[p.cue.last + 1].lower !== 'to' && cueWithin(attributions, cueEnd, toks[p.content.last].end) && !off.has('reduced-relative')) continue;
    // ("has dismissed a libel claim brought by a councillor": a court's ruling on a claim at law reports no words)
    if ((toks[p.cue.last].f & F_DENIAL_VERB) !== 0 && legalClaimObjectAt(ctx, p.cue.last + 1, toks.length) && !off.has('legal-claim')) continue;
    let sourceEnd = p.source ? plausibleSourceEnd(ctx, p.source.first, p.source.last) : -1;
    // ("Mr. Obama is also determined to warn": a title's full stop, which the model reads as the sentence's end, is no
    // end of the source; the name after it is the source's)
    if (sourceEnd >= 0 && TITLE_ABBREVIATIONS.has(toks[sourceEnd].lower) && toks[sourceEnd].cap && isPunct(toks[sourceEnd + 1], '.') && toks[sourceEnd + 2]?.cap === true && !off.has('source-shape')) {
      const e = capitalsAfter(ctx, sourceEnd + 2, p.cue);
      // (not into the cue nor into the content: "Mr. | Manafort's work ... have come under scrutiny" is no report of his)
      const inContent = p.content !== null && p.content.first > sourceEnd && p.content.first <= e;
      if ((e < p.cue.first || sourceEnd > p.cue.last) && !inContent) sourceEnd = e;
    }
    let source: R | null = p.source && sourceEnd >= 0 ? [toks[p.source.first].start, toks[sourceEnd].end] : null;
    // ("The UK | Statistics Authority has criticised": a name the model begins inside, after a capitalised word of its own
    // and its article, is the whole name)
    // (not a headline in capitals: "A TESTY BRIAN WILLIAMS")
    if (source && p.source && p.source.first >= 2 && p.source.first < sourceEnd && toks[p.source.first].cap && !isCapitalsWord(toks[p.source.first].text) && toks[p.source.first - 1].kind === 'word' && toks[p.source.first - 1].cap &&
        isCapitalsWord(toks[p.source.first - 1].text) && ARTICLES.has(toks[p.source.first - 2].lower) && !off.has('name-start')) source = [toks[p.source.first - 2].start, source[1]];
    // ("who in 2010 | said", "The Supreme Court this | month rejected": a time between the subject and the cue is no part of
    // the source; a source of nothing but it, the model's "month", is the noun phrase before it)
    if (source && p.source && p.source.last < p.cue.first && !off.has('source-shape')) source = sourceBeforeTime(ctx, source, p.cue.first);
    // ("granted Mr. | Clarke an extension": and a source the model begins at a title's full stop takes the title)
    if (source && p.source && p.source.first >= 1 && p.source.first < sourceEnd && isPunct(toks[p.source.first], '.') && toks[p.source.first - 1].cap && TITLE_ABBREVIATIONS.has(toks[p.source.first - 1].lower) && !off.has('source-shape')) source = [toks[p.source.first - 1].start, source[1]];
    // ("The justice secretary, Alan Marsh, has been accused of X after telling MPs that Y": a noun alone that modifies the
    // noun after it is no source; the phrase it opens is, with the name in commas after it)
    if (source && p.source && p.source.first === sourceEnd && sourceEnd > 0 && p.source.first < p.cue.first && toks[sourceEnd].kind === 'word' && !toks[sourceEnd].cap &&
        toks[sourceEnd + 1]?.kind === 'word' && !toks[sourceEnd + 1].cap && toks[sourceEnd + 1].pos === 'N' && ARTICLES.has(toks[sourceEnd - 1].lower) && !off.has('modifier-source')) {
      const np = npStartingAt(ctx, sourceEnd - 1, p.cue.first);
      if (np && np.to - 1 > sourceEnd) {
        let to = np.to;
        // (and the name between commas after it: "The justice secretary, Alan Marsh,")
        const name = isPunct(toks[to], ',') ? npStartingAt(ctx, to + 1, p.cue.first) : null;
        if (name && toks[name.from].cap && isPunct(toks[name.to], ',')) to = name.to;
        source = [toks[sourceEnd - 1].start, toks[to - 1].end];
      }
    }
    // ("a plan critics say will cost thousands of jobs": in a contact clause, whose cue a modal or an auxiliary follows with
    // no subject, a plural right before the cue is the source, the noun before it the clause's antecedent)
    if (source && p.source && sourceEnd + 1 === p.cue.first && p.cue.first === p.cue.last && sourceEnd - 1 >= p.source.first && toks[sourceEnd].kind === 'word' && !toks[sourceEnd].cap &&
        toks[sourceEnd].pos === 'N' && toks[sourceEnd].lower.endsWith('s') && toks[sourceEnd - 1].kind === 'word' && !toks[sourceEnd - 1].cap && toks[sourceEnd - 1].pos === 'N' &&
        sourceEnd - 2 >= 0 && ARTICLES.has(toks[sourceEnd - 2].lower) && (MODALS.has(toks[p.cue.last + 1]?.lower ?? '') || ((toks[p.cue.last + 1]?.f ?? 0) & F_AUX) !== 0) && !off.has('source-shape')) {
      source = [toks[sourceEnd].start, toks[sourceEnd].end];
      // (and what they say opens with the antecedent, not before it: "It is | a plan critics say will cost X")
      if (p.content && p.content.first < sourceEnd - 2 && p.content.last > p.cue.last) p.content = { first: sourceEnd - 2, last: p.content.last };
    }
    // ("Supporters of the four-day week point to": a lower-case noun alone right before the cue, the end of the sentence's
    // subject, is that subject)
    if (source && p.source && p.source.first === sourceEnd && sourceEnd + 1 === p.cue.first && toks[sourceEnd].kind === 'word' && !toks[sourceEnd].cap && toks[sourceEnd].pos === 'N' && !isPronoun(toks[sourceEnd]) && !ctx.headline && !off.has('source-shape')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      const sent = sentenceOfToken(ctx, p.cue.first);
      // (a plain noun phrase: not one after a preposition or a subordinator, "Despite polls", "While liberals", "Then
      // someone", nor one with a verb of its own, "Facebook activates tool allowing users")
      const opener = found && toks[found.range.from];
      if (found && sent && opener && found.range.from === sent.from && found.range.from < sourceEnd && found.range.to - 1 === sourceEnd && opener.pos !== 'I' && opener.pos !== 'R' && !CLAUSE_SUBORDINATORS.has(opener.lower) &&
          !rangeHas(ctx, found.range.from, sourceEnd, (x) => x.pos === 'V' && !x.lower.endsWith('ing') && !isApostropheS(x))) source = sourceSpan(ctx, found.range);
    }
    // ("Federal investigators have no evidence to suggest", "Majority Leader Mitch McConnell agreed ..., but only to tell": a
    // capitalised word alone is the start of the noun phrase it opens, a noun or a name after it)
    if (source && p.source && p.source.first === sourceEnd && p.source.first < p.cue.first && toks[sourceEnd].kind === 'word' && toks[sourceEnd].cap && !isPronoun(toks[sourceEnd]) &&
        (toks[sourceEnd].f & F_DETERMINER) === 0 && sourceEnd + 1 < p.cue.first && toks[sourceEnd + 1].kind === 'word' && !isDateToken(ctx, sourceEnd + 1) &&
        (toks[sourceEnd + 1].cap || (toks[sourceEnd + 1].pos === 'N' && toks[sourceEnd + 1].lower.endsWith('s') && (toks[sourceEnd + 1].f & F_AUX) === 0)) && !ctx.headline && !off.has('modifier-source')) {
      let np = npStartingAt(ctx, sourceEnd, p.cue.first);
      // (a plural noun after it ends the phrase: "Federal investigators | have", not "Trump primes supporters")
      if (np && !toks[sourceEnd + 1].cap && np.to > sourceEnd + 2) np = null;
      // (without when: "Mike Pence | on Thursday")
      let to = np ? np.to : -1;
      for (let k = sourceEnd + 1; k < to; k++) if (isDateToken(ctx, k) || (k + 1 < to && (toks[k].lower === 'on' || toks[k].lower === 'in') && isDateToken(ctx, k + 1))) to = k;
      if (to - 1 > sourceEnd) source = [toks[sourceEnd].start, toks[to - 1].end];
    }
    // ("The World Health Organization advises ..., but says": a determiner alone is the start of the name it opens)
    if (source && p.source && p.source.first === sourceEnd && ARTICLES.has(toks[sourceEnd].lower) && p.source.first < p.cue.first && !off.has('determiner-source')) {
      const np = npStartingAt(ctx, p.source.first, p.cue.first);
      if (np && np.to - np.from > 1) source = [toks[np.from].start, toks[np.to - 1].end];
      // ("A claim that X has been shared": the article of the statement's noun that is the cue names no one)
      else if (p.source.first + 1 === p.cue.first && ALLEGATION_NOUNS.has(toks[p.cue.first].lower) && !off.has('statement-article')) source = null;
    }
    // ("A widely shared post on Facebook claims", model source "A"; "A widely shared post claims", model source "post": the
    // subject's noun phrase that ends at the cue, from a determiner the model took alone, or from the determiner and
    // modifiers before the noun it took)
    if (source && p.source && p.source.last < p.cue.first && !off.has('subject-phrase')) {
      const phrase = subjectPhraseAt(ctx, p.source.first, sourceEnd, p.cue.first);
      if (phrase !== null) source = phrase;
    }
    // ("the Court of Arbitration for Sport cleared a swimmer after finding": a name with "of" or "for" in it, whole)
    if (source && p.source && p.source.last < p.cue.first && toks[sourceEnd].cap && NAME_JOINERS.has(toks[sourceEnd + 1]?.lower ?? '') && toks[sourceEnd + 2]?.cap && !off.has('name-joiner')) {
      const np = npStartingAt(ctx, p.source.first, p.cue.first);
      let whole = np !== null && np.to - 1 > sourceEnd;
      for (let k = sourceEnd + 1; whole && np !== null && k < np.to; k++) whole = toks[k].kind === 'word' && (toks[k].cap || NAME_JOINERS.has(toks[k].lower));
      if (whole && np !== null) source = [toks[p.source.first].start, toks[np.to - 1].end];
    }
    // ("a figure the union said was too low": the subject of the relative clause with no "that")
    const gap = source && p.source && p.source.last < p.cue.first && !off.has('gap-subject') ? gapSubjectStart(ctx, p.source.first, sourceEnd + 1, p.cue.last + 1) : -1;
    if (gap >= 0) source = [toks[gap].start, toks[sourceEnd].end];
    // ("Tennis star cleared of doping as tribunal accepts X": in a headline, a source before a subordinate clause whose own
    // subject stands right before the cue, a finite verb, is that subject)
    // (and anywhere, a source the model ran over a clause of its own to the subordinate clause's subject: "The Care Quality
    // Commission closed the home in 2023 after | an inspection | found X")
    const overClause = source !== null && p.source !== null && !ctx.headline && p.source.last + 1 >= p.cue.first && p.source.last - p.source.first >= 4 && rangeHas(ctx, p.source.first + 1, p.source.last - 1, (x) => isFiniteVerb(ctx, x.i) && (x.f & F_AUX) === 0);
    if (source && p.source && (ctx.headline ? p.source.last + 2 < p.cue.first : overClause) && isFiniteVerb(ctx, p.cue.first) && !off.has('clause-subject')) {
      let e = p.cue.first;
      while (e - 1 > p.source.last && (toks[e - 1].f & F_AUX) !== 0) e--;
      for (let k = e - 2; k > (ctx.headline ? p.source.last : p.source.first); k--) {
        if (toks[k].kind !== 'word' || toks[k].cap || !SUBORDINATORS.has(toks[k].lower)) continue;
        const np = npStartingAt(ctx, k + 1, e);
        if (np !== null && np.to === e) source = [toks[np.from].start, toks[np.to - 1].end];
        break;
      }
    }
    // ("The account that posted the video did not respond": the subject with its relative clause, as the rules read
    // it, not the clause's object)
    const rel = source && p.source && p.source.last < p.cue.first && !off.has('relative-source') ? relativeBefore(ctx, p.source.first) : -1;
    if (rel >= 0 && p.source) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      // (a head noun before the relative pronoun: not "That's the picture Sharpton paints")
      if (found && found.range.from < rel && found.range.to - 1 >= p.source.last) source = sourceSpan(ctx, found.range);
    }
    // ("cost £480 million, not the £310 million Mr Morgan told the Commons": a figure that a name right before the cue told,
    // in a relative clause with no "that", is what was told, the name who told it; the clause before is no part of it)
    let figureGap: R | null = null;
    if (source && p.source && p.source.last + 1 === p.cue.first && !off.has('figure-gap')) {
      let n = p.source.last;
      while (n > p.source.first && toks[n].kind === 'word' && toks[n].cap) n--;
      const figureEnd = n < p.source.last && (toks[n].kind === 'number' || (SCALE_WORDS.has(toks[n].lower) && toks[n - 1]?.kind === 'number')) ? n : -1;
      if (figureEnd >= 0) {
        let f = figureEnd;
        // (back to its determiner, past the model's source, which may open inside the figure: "the £ | 310 million"; a sum or
        // a scaled figure only, after a determiner: not "2016 Democrats Call For", "the 3rd Circuit")
        let money = SCALE_WORDS.has(toks[figureEnd].lower);
        while (f - 1 >= 0 && (toks[f - 1].kind === 'number' || SCALE_WORDS.has(toks[f - 1].lower) || CURRENCY_SIGNS.has(toks[f - 1].text))) {
          if (CURRENCY_SIGNS.has(toks[f - 1].text)) money = true;
          f--;
        }
        if (money && f - 1 >= 0 && (toks[f - 1].f & F_DETERMINER) !== 0) {
          source = [toks[figureEnd + 1].start, toks[p.source.last].end];
          figureGap = [toks[f - 1].start, toks[figureEnd].end];
        }
      }
    }
    // ("Crane, who was appointed in the summer, declined": a source the model opens at the relative pronoun of an aside
    // on the subject is the subject with its aside, as the rules read it)
    if (source && p.source && p.source.first > 0 && p.source.last < p.cue.first && RELATIVE_PRONOUNS.has(toks[p.source.first].lower) && isPunct(toks[p.source.first - 1], ',') && !off.has('relative-source')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      // (up to the model's source's end, or its closing comma)
      if (found && found.range.from < p.source.first - 1 && found.range.to >= p.source.last) source = sourceSpan(ctx, found.range);
    }
    // ("Danny Rourke, 58, who has fished there since he was a teenager, told": a pronoun inside a relative aside that
    // closes right before the cue is the aside's; the speaker is the subject the aside is on)
    if (source && p.source && p.source.first === sourceEnd && isPronoun(toks[sourceEnd]) && p.source.last < p.cue.first && isPunct(toks[p.cue.first - 1], ',') && relativeAsideAround(ctx, p.source.first) && !off.has('relative-source')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      if (found && found.range.from < p.source.first && found.range.to > p.source.last) source = sourceSpan(ctx, found.range);
    }
    // ("A survey by Norstat for the Evening Post puts": a source the model begins at a preposition is the end of the
    // noun phrase it hangs on, which the rules read whole; not "of" or "to", whose phrases over PolNeAR's articles were
    // no better sources whole, "a slew of RNC leaders", "a letter on Thursday to Senate leaders")
    if (source && p.source && p.source.first > 0 && p.source.last < p.cue.first && !toks[p.source.first].cap && SOURCE_TAIL_PREPOSITIONS.has(toks[p.source.first].lower) && toks[p.source.first - 1].kind === 'word' && !off.has('preposition-source')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      if (found && found.range.from < p.source.first && found.range.to - 1 >= sourceEnd) source = sourceSpan(ctx, found.range);
    }
    // (and a source the model begins right after such a preposition, or "on", when the sentence's subject is a noun phrase
    // that ends with it: "A judge in Ohio issued", "A post shared 12,000 times on Facebook says"; not "merciless in his
    // attacks", "easier for courts to")
    // (nor a headline's colon, "A lesson from Loretta Lynch: ...", nor an infinitive's subject, "the reason for Bush to back")
    if (source && p.source && p.source.first >= 2 && p.source.last < p.cue.first && !isPronoun(toks[p.source.first]) && toks[p.cue.first].kind === 'word' && toks[p.cue.first].lower !== 'to' && !off.has('after-preposition')) {
      const prep = toks[p.source.first - 1];
      if (!prep.cap && (SOURCE_TAIL_PREPOSITIONS.has(prep.lower) || prep.lower === 'on') && toks[p.source.first - 2].kind === 'word') {
        const sent = sentenceOfToken(ctx, p.cue.first);
        const found = sent ? preposedSource(ctx, sent, p.cue.first) : null;
        if (found && found.range.from < p.source.first - 1 && found.range.to - 1 === sourceEnd && (found.range.from === sent!.from || isPunct(toks[found.range.from - 1], ',')) &&
            plainSubjectUpTo(ctx, found.range.from, p.source.first - 1)) source = sourceSpan(ctx, found.range);
      }
    }
    // ("The same post claims": a statement's noun the model left between its source and its cue is the source's head)
    if (source && p.source && sourceEnd + 2 === p.cue.first && MEDIUM_NOUNS.has(toks[sourceEnd + 1].lower) && !toks[sourceEnd + 1].cap && !off.has('source-head')) source = [source[0], toks[sourceEnd + 1].end];
    // ("A spokesperson for the US Food and Drug Administration declined": a name the model cut at its "and" is whole, as
    // the rules read it)
    if (source && p.source && p.source.last < p.cue.first && p.source.first >= 2 && toks[p.source.first - 1].lower === 'and' && toks[p.source.first].cap && toks[p.source.first - 2].cap && !off.has('name-and')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      if (found && found.range.from < p.source.first && found.range.to - 1 >= sourceEnd) source = sourceSpan(ctx, found.range);
    }
    // ("Lindqvist, 29, posted a video": an age the model took alone for the source is the aside of the name before it)
    if (source && p.source && p.source.first === sourceEnd && toks[sourceEnd].kind === 'number' && sourceEnd + 2 === p.cue.first && isPunct(toks[sourceEnd + 1], ',') && sourceEnd >= 2 && isPunct(toks[sourceEnd - 1], ',') && !off.has('age-source')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      source = found && found.range.from < sourceEnd - 1 ? sourceSpan(ctx, found.range) : null;
    }
    // ("\"...,\" wrote @truthseeker88 in the first post": where a source after its cue spoke is no part of it)
    if (source && p.source && p.source.first > p.cue.last && !off.has('source-setting')) {
      const kept = beforeSetting(ctx, { from: p.source.first, to: sourceEnd + 1 });
      source = [source[0], toks[kept.to - 1].end];
    }
    // ("The chairman, Gary Holt, stood by the figures": an article alone the model reads as a source right after the cue
    // opens the cue's object, what is stood by; the source is the subject before the cue)
    const objectArticle = source !== null && p.source !== null && p.source.first === sourceEnd && p.source.first === p.cue.last + 1 && ARTICLES.has(toks[sourceEnd].lower) && !off.has('object-article');
    if (objectArticle) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      source = found ? sourceSpan(ctx, found.range) : null;
    }
    // ("The video, posted on Facebook last week, shows": a source the model runs into a participle's aside on its subject
    // is the subject before the aside, as the rules read it)
    if (source && p.source && p.source.last < p.cue.first && !off.has('aside-source')) {
      let c = -1;
      for (let m = p.source.first + 1; m < p.source.last; m++) if (isPunct(toks[m], ',') && (SPREAD_PARTICIPLES.has(toks[m + 1].lower) || SEEN_BY_PARTICIPLES.has(toks[m + 1].lower))) c = m;
      const found = c >= 0 ? subjectBeforeCue(ctx, p.cue.first) : null;
      if (found && found.range.to <= c) source = sourceSpan(ctx, found.range);
    }
    // ("A local official, speaking on condition of anonymity, said most of the residents had fled": a quantifier and its
    // "of" the model takes for a source right after the cue open the content; the source is the subject before the cue)
    if (source && p.source && p.content && p.source.first === sourceEnd && p.source.first === p.cue.last + 1 && p.content.first === sourceEnd + 1 && QUANTIFIER_SOURCES.has(toks[sourceEnd].lower) && toks[sourceEnd + 1].lower === 'of' && !off.has('aside-source')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      source = found ? sourceSpan(ctx, found.range) : null;
      p.content = { first: sourceEnd, last: p.content.last };
    }
    // ("The report, published by The Verge on Tuesday, cited ...": a source the model reads as the aside's comma is the
    // subject before the aside, as the rules read it)
    if (p.source && !source && p.cue.first > 0 && isPunct(toks[p.cue.first - 1], ',') && !off.has('aside-source')) {
      const found = subjectBeforeCue(ctx, p.cue.first);
      if (found && found.range.to < p.cue.first - 1) source = sourceSpan(ctx, found.range);
    }
    // (a cue of one token is its lower-case form, when no apostrophe was made plain in it: no new strings)
    const t0 = toks[p.cue.first];
    const oneWord = p.cue.first === p.cue.last && !t0.lower.includes("'");
    const cueText = oneWord ? t0.lower : ctx.text.slice(cueStart, cueEnd).toLowerCase();
    // ("A video shared widely on social media": a participle of spreading right after the post it spread is no report of
    // the post's)
    if (source !== null && SPREAD_PARTICIPLES.has(t0.lower) && p.cue.first > 0 && toks[p.cue.first - 1].end === source[1] && ONLINE_POST_NOUNS.has(toks[p.cue.first - 1].lower) && !off.has('spread-post')) continue;
    // ("Social media posts about vaccines spread quickly": a post's noun before "about" names what the posts are about, no report)
    if (oneWord && ONLINE_POST_NOUNS.has(cueText) && toks[p.cue.last + 1]?.lower === 'about' && !off.has('topic-noun')) continue;
    // ("Hull are understood to have had a bid of £6m rejected": a participle after what someone had done to it, no report)
    if (oneWord && cueText.endsWith('ed') && causedAct(ctx, p.cue.first) && !off.has('caused-act')) continue;
    // "Explainer: how the toll is set": a rubric before a headline's colon is no source, as the colon rule holds
    if (cueText === ':' && source && (isRubricAt(ctx, tokenAtOrAfter(ctx, source[0])) || rubricBeforeColon(ctx, p.cue.first)) && !off.has('colon-rubric')) continue;
    // "Fact check: heat pump subsidy claims": a rubric's label before a heading's colon names no speaker of a cue after it
    if (source && source[1] <= cueStart && isRubricAt(ctx, tokenAtOrAfter(ctx, source[0])) && colonBetween(ctx, source[1], cueStart) && !off.has('colon-rubric')) continue;
    // "According to the memo: \"...\"": a colon after a rule's source is that attribution's, no second one
    if (cueText === ':' && source && sources.overlaps(source[0], source[1]) && !off.has('colon-source')) continue;
    // "\"Theater to close,\" by Times' Ana Reyes: \"...\"": a credit line names who wrote the story quoted, no speaker
    if (cueText === ':' && isCreditBefore(ctx, tokenAtOrAfter(ctx, cueStart)) && !off.has('credit')) continue;
    const verb = oneWord ? cueVerbForm(cueText) : cueText.split(/\s+/).map((w) => cueVerbForm(w)).find((f) => f);
    // no reporting verb, in the clause of a rule's cue before its content: part of the rule's cue phrase
    // ("stated in a press release", "told a TV interviewer")
    // (a verb's form read as a noun after a determiner is no reporting verb: "wrote in a note to clients")
    const cueTok = tokenAtOrAfter(ctx, cueStart);
    const asVerb = verb !== undefined && !(oneWord && cueTok > 0 && afterDeterminer(ctx, cueTok, cueTok - 1));
    // ("Lynch Mob Castrates Alleged Rapist", "an alleged fraud": the adjective before its noun is no report (in PolNeAR
    // train a cue 4 times in 26), and what it calls alleged is an allegation claim)
    if (oneWord && (t0.lower === 'alleged' || t0.lower === 'purported') && toks[cueTok + 1]?.kind === 'word' && !ALLEGED_VERB_AFTER.has(toks[cueTok + 1].lower) && !off.has('alleged-adjective')) continue;
    // ("The trial, expected to last six weeks, continues.": a participle's aside on the subject, no report; in PolNeAR
    // train no such aside is a cue)
    if (oneWord && source === null && ASIDE_PARTICIPLES.has(t0.lower) && cueTok > 0 && isPunct(toks[cueTok - 1], ',') && toks[cueTok + 1]?.lower === 'to' && closesAside(ctx, cueTok + 2) && !off.has('aside-participle')) continue;
    // ("The law, passed by parliament in October, limits ...": a participle of no reporting verb in an aside, with its
    // agent, says what was done to the subject before it, not what anyone said)
    if (oneWord && !asVerb && t0.lower.endsWith('ed') && cueTok > 0 && isPunct(toks[cueTok - 1], ',') && toks[cueTok + 1]?.lower === 'by' && closesAside(ctx, cueTok + 2) && p.content !== null && p.content.last < cueTok && !off.has('aside-participle')) continue;
    // ("announced on the convention floor that X", "after he was seen arguing on the touchline": a content the model begins
    // inside a phrase of place after the cue, past its preposition and determiner, begins after that phrase, at its "that"
    // or comma or at a clause; with none, the cue says where something was done and reports nothing)
    if (p.content && p.content.first > p.cue.last + 1 && PLACE_PREPOSITIONS.has(toks[p.cue.last + 1].lower) && rangeHas(ctx, p.cue.last + 2, p.content.first, (x) => (x.f & F_DETERMINER) !== 0) &&
        !rangeHas(ctx, p.cue.last + 2, p.content.first, (x) => (x.f & F_DETERMINER) === 0) && !off.has('place-phrase')) {
      const after = placePhraseEnd(ctx, p.cue.last + 2, p.content.last);
      if (after < 0) continue;
      p.content = { first: after, last: p.content.last };
    }
    // ("The video, posted on Facebook last week, shows X": a participle of where a post went or who published it, in an
    // aside on the subject with no source of its own, reports nothing; the subject's verb after the aside does)
    if (oneWord && source === null && (SPREAD_PARTICIPLES.has(t0.lower) || SEEN_BY_PARTICIPLES.has(t0.lower)) && cueTok > 0 && isPunct(toks[cueTok - 1], ',') && closesAside(ctx, cueTok + 1) && !off.has('aside-participle')) continue;
    // ("Claims about hospital waiting times": a plural noun opening a phrase about a topic is no cue)
    // (after a quantifier or an adjective too: "Several claims about it have spread", "False claims about the vaccine")
    if (oneWord && t0.lower.endsWith('s') && TOPIC_PREPOSITIONS.has(toks[cueTok + 1]?.lower ?? '') && opensWithModifiers(ctx, cueTok) && !off.has('topic-noun')) continue;
    // ("cost estimates of £340m": a plural noun after the noun that modifies it, before "of", names a thing, no one's report)
    if (oneWord && t0.lower.endsWith('s') && toks[cueTok + 1]?.lower === 'of' && source !== null && cueTok > 0 && toks[cueTok - 1].end === source[1] && toks[cueTok - 1].start === source[0] &&
        toks[cueTok - 1].kind === 'word' && !toks[cueTok - 1].cap && toks[cueTok - 1].pos === 'N' && !off.has('topic-noun')) continue;
    // (anywhere, before "about" or "regarding" and a phrase with no verb: "included several claims about the economy")
    if (oneWord && t0.lower.endsWith('s') && ALLEGATION_NOUNS.has(t0.lower) && ABOUT_PREPOSITIONS.has(toks[cueTok + 1]?.lower ?? '') && p.content !== null && !rangeHas(ctx, p.content.first, p.content.last + 1, (x) => isFiniteVerb(ctx, x.i)) && !off.has('topic-noun')) continue;
    // ("The minister was quoted by the Times as saying X": who was quoted is the speaker of "saying", what the outlet
    // did no report of its own)
    if (oneWord && t0.lower === 'quoted' && passiveBe(ctx, cueTok, sentenceOfToken(ctx, cueTok)?.from ?? 0) && !off.has('passive-quoted')) continue;
    // ("Two witnesses told different stories", "He told a lie": a telling's own noun as the object names the telling,
    // not what was said; after "of" or a colon what follows is ("told the story of how ...", "told reporters a
    // different story: X"))
    const telling = oneWord && TELL_FORMS.has(t0.lower) && !off.has('told-noun') ? tellingNoun(ctx, cueTok) : undefined;
    if (telling === null) continue;
    // ('The "100 years" claim also does not hold up': a cue inside what a denial judges, its content over the denial's cue)
    if (p.content && !ctx.headline && judged.overlaps(cueStart, cueEnd) && taken.overlaps(toks[p.content.first].start, toks[p.content.last].end) && !off.has('judged-cue')) continue;
    // ("faces a ban if the violation is confirmed": a passive cue in a condition reports nothing yet)
    if (conditionalPassive(ctx, p.cue.first, p.cue.last) && !off.has('conditional-passive')) continue;
    // ("| Claim | Who said it | Verdict |": a question word for a source asks, in a table's head or a heading)
    if (p.source && p.source.first === p.source.last && WH_SOURCES.has(toks[p.source.first].lower) && toks[p.source.first].cap && !off.has('wh-source')) continue;
    // ("A former director was found guilty of fraud", "He was found dead": a verdict or a state the subject was found in,
    // no report of anyone's; the article states it)
    // (or a participle of how it was found: "were found coated in oil", "was found lying in the road")
    if (oneWord && t0.lower === 'found' && (FOUND_STATES.has(toks[cueTok + 1]?.lower ?? '') || foundParticiple(toks[cueTok + 1])) && passiveBe(ctx, cueTok, 0, true) && !off.has('found-state')) continue;
    // ("How worried should people be?": a question's adverb is no one who speaks, and the question reports nothing)
    if (p.source && p.source.first === p.source.last && QUESTION_ADVERBS.has(toks[p.source.first].lower) && !off.has('wh-source')) continue;
    // ("## Expert view", "## Methodology questioned": a heading of two words that ends on the cue reports nothing)
    if (oneWord && ctx.headline && toks.length <= 2 && cueTok === toks.length - 1 && p.content === null && !off.has('heading-noun')) continue;
    // ("Fact check: wind farm claims": a statement's noun that ends a heading, with nothing it says, names a topic)
    if (oneWord && ctx.headline && p.content === null && ALLEGATION_NOUNS.has(t0.lower) && t0.lower.endsWith('s') && lastWordAt(ctx, cueTok) && !off.has('heading-noun')) continue;
    // ("Don't worry if your first loaf is flat.", "Imagine a city where ...": an imperative opening its sentence, with no
    // source, tells the reader, and reports no one)
    if (source === null && imperativeAt(ctx, p.cue.first, p.cue.last) && !off.has('imperative')) continue;
    // ("The FEC does not comment on pending complaints": a content that is the cue's own predicate, opening with its
    // auxiliaries after the source, reports nothing)
    if (source && p.content && p.content.first < p.cue.first && p.content.last > p.cue.last && source[1] <= toks[p.content.first].start && auxiliariesOnly(ctx, p.content.first, p.cue.first) && !off.has('own-predicate')) continue;
    // ("Campaigners said they recorded 1,400 spills, while Northwest Water reported 700": a source whose clause a
    // subordinating conjunction opens after a comma reports nothing of the main clause before it)
    if (source && p.source && p.content && p.source.last < p.cue.first && p.source.first >= 2 && CLAUSE_SUBORDINATORS.has(toks[p.source.first - 1].lower) && isPunct(toks[p.source.first - 2], ',') && p.content.first < p.source.first - 1 && !off.has('subordinate-source')) continue;
    // ("The FEC does not comment on pending complaints.": a noun the clause before it governs through a preposition, with
    // no punctuation between, is what the clause is about, no report of it; a plural only: "who was under questioning from
    // the committee" is PolNeAR's cue)
    if (oneWord && !asVerb && t0.lower.endsWith('s') && p.content && p.content.last < p.cue.first && prepositionObject(ctx, cueTok, p.content.first) && !off.has('preposition-object')) continue;
    // ("Not everyone is convinced.": a content of one word that is a negation before the cue says nothing)
    if (p.content && p.content.first === p.content.last && p.content.last < p.cue.first && NEGATION_WORDS.has(toks[p.content.first].lower) && !off.has('negation-content')) continue;
    // ("... than those who do not has been criticised by other scientists": a relative pronoun alone says nothing either,
    // when its clause has a predicate of its own before the cue; not "which his colleague defended", "which were adopted
    // by", where PolNeAR's annotators take the pronoun as what was said)
    if (p.content && p.content.first === p.content.last && p.content.last < p.cue.first && !toks[p.content.first].cap && RELATIVE_WORDS.has(toks[p.content.first].lower) &&
      rangeHas(ctx, p.content.first + 1, p.cue.first, (x) => x.lower === 'not' || (x.pos === 'V' && (x.f & F_AUX) === 0)) && !off.has('relative-word-content')) continue;
    // ("Brandt makes several specific claims:": the words before a statement's noun describe it, no one who speaks; who
    // makes the claims does)
    if (source && p.source && sourceEnd === p.cue.first - 1 && ALLEGATION_NOUNS.has(t0.lower) && p.source.first > 0 && describesNoun(ctx, p.source.first, sourceEnd) &&
        isFiniteVerb(ctx, p.source.first - 1) && !off.has('statement-modifiers')) {
      const sent = sentenceOfToken(ctx, p.source.first - 1);
      const found = sent ? preposedSource(ctx, sent, p.source.first - 1) : null;
      source = found ? sourceSpan(ctx, found.range) : null;
    }
    // ("denied allegations of abuse by a former coach": a statement's noun is no one who speaks; "of" after it no cue)
    if (source && p.source && p.source.first === sourceEnd && ALLEGATION_NOUNS.has(toks[sourceEnd].lower) && oneWord && t0.lower === 'of' && !off.has('statement-source')) continue;
    // ("Fact check: five claims from the leaders' debate": a plural noun counted, no report)
    // (or by a phrase of quantity: "a number of claims about it have been shared", "a string of allegations")
    if (oneWord && cueTok > 0 && t0.lower.endsWith('s') && (toks[cueTok - 1].kind === 'number' || COUNT_WORDS.has(toks[cueTok - 1].lower) || (cueTok > 1 && toks[cueTok - 1].lower === 'of' && QUANTITY_NOUNS.has(toks[cueTok - 2].lower))) && !off.has('counted-noun')) continue;
    // ("sues newspaper over doping claims", "resigns amid bullying claims": a plural statement's noun after its modifier, the
    // object of a preposition, is a topic, no report of the modifier)
    if (oneWord && ALLEGATION_NOUNS.has(t0.lower) && t0.lower.endsWith('s') && p.content && p.content.last === cueTok - 1 && !off.has('compound-noun') &&
        (toks[p.content.first].pos === 'I' || toks[p.content.first - 1]?.pos === 'I') && !toks[p.content.first].cap) continue;
    // ("there are many questions about how X": a quantifier right before a noun that is the cue counts it, no one who asks;
    // "Many say", "Some cheer when" keep their source, a verb the cue)
    if (source && p.source && p.source.first === sourceEnd && sourceEnd + 1 === p.cue.first && QUANTIFIER_SOURCES.has(toks[sourceEnd].lower) && t0.pos === 'N' && (t0.lower.endsWith('s') || !canBeVerb(t0.lower)) && !off.has('counted-noun')) source = null;
    // ("The senator faces allegations that X": whom the allegations are against, no one who alleges)
    if (source && oneWord && cueTok > 0 && ALLEGATION_NOUNS.has(t0.lower) && FACING_VERBS.has(toks[cueTok - 1].lower) && !off.has('faces-allegations')) source = null;
    // ("What we know about the outbreak", "Here is what we know so far": a free relative of knowing, no report)
    if (cueTok >= 2 && (t0.lower === 'know' || t0.lower === 'knew') && toks[cueTok - 2].lower === 'what' && isPronoun(toks[cueTok - 1]) && !off.has('what-we-know')) continue;
    // ("Fact check: the minister's claims on teacher numbers": a statement's noun after a possessive, with no "that"
    // clause, names statements and reports none)
    if (oneWord && cueTok > 0 && toks[cueTok - 1].lower === "'s" && ALLEGATION_NOUNS.has(t0.lower) && toks[cueTok + 1]?.lower !== 'that' && !clauseAt(ctx, cueTok + 1, toks.length) && !off.has('possessed-noun')) continue;
    // ("marched to protest against plans to close the unit": a noun a preposition governs has no subject, so the
    // sentence's subject before it is no source; not a gerund, "accused him of | criticizing the judge")
    if (oneWord && source && source[1] <= cueStart && cueTok > 0 && NOUN_AFTER_PREPOSITIONS.has(toks[cueTok - 1].lower) && !t0.lower.endsWith('ing') && !off.has('object-noun')) source = null;
    const host = asVerb || off.has('host') ? undefined : attributions.find((a) => a.rule !== 'attr.model' && inCueClause(ctx, a, cueStart, cueEnd));
    if (host) {
      // (not a participle that dates or launches the medium the host's report was made in: "said in a letter | sent on
      // Monday | that", "said in an advertising campaign | launched this month | that")
      if (!(oneWord && cueTok > 0 && (DATED_PARTICIPLES.has(t0.lower) || LAUNCHED_PARTICIPLES.has(t0.lower)) && toks[cueTok - 1].pos === 'N' && !toks[cueTok - 1].cap)) host.cue = [host.cue[0], cueEnd];
      taken.add([cueStart, cueEnd]);
      continue;
    }
    // "is also", "have long": adverbs and auxiliaries without their verb report nothing (but "reportedly" does: REPORTING_ADVERBS)
    if (onlyModifiers(ctx, cueStart, cueEnd) && !off.has('only-modifiers')) continue;
    // ("Waiting lists have in | fact fallen": the phrase "in fact" is an adverb's)
    if (toks[p.cue.last].lower === 'in' && toks[p.cue.last + 1]?.lower === 'fact' && onlyModifiers(ctx, cueStart, toks[p.cue.last - 1]?.end ?? cueStart) && !off.has('only-modifiers')) continue;
    // "X (has been) accused of Y", "charged with Y": the accusers are not named here (the words after are what is
    // alleged, not a source); the content is Y
    const alleged = off.has('passive-allegation') ? null : passiveAllegation(ctx, oneWord || p.cue.last - p.cue.first > 2 ? p.cue.last : alleging(ctx, p.cue.first, p.cue.last));
    if (alleged) source = null;
    // (a source after a participle is its object: "..., describing the security team as ...")
    if (source && source[0] >= cueEnd && toks[p.cue.first].lower.endsWith('ing') && !off.has('participle-object')) source = null;
    // ("Consumer group Which? urged customers not to panic": a name written with its question mark right before the cue,
    // which the model reads as a sentence's end, is the source, as the rules read it; what is said comes after the cue)
    if (source === null && p.cue.first >= 2 && isNameQuestionMark(ctx, p.cue.first - 1) && !off.has('source-shape')) {
      const sent = sentenceOfToken(ctx, p.cue.first);
      const found = sent ? preposedSource(ctx, sent, p.cue.first) : null;
      if (found) {
        source = sourceSpan(ctx, found.range);
        if (p.content && p.content.first < p.cue.first) p.content = p.content.last > p.cue.last ? { first: p.cue.last + 1, last: p.content.last } : null;
        // (to the clause's end, past an infinitive's "to" the model ends it at: "customers not to | panic")
        if (p.content && sent) p.content = { first: p.content.first, last: Math.max(p.content.last, contentEnd(ctx, sent, p.content.first) - 1) };
      }
    }
    // ("She was told to leave it alone", "they were told that X": the one told is no speaker; PolNeAR leaves 4 such
    // passives in 5 without a source)
    const told = toldPassive(ctx, p.cue.last) && !off.has('passive-told');
    // (the subject of "was declared the winner" is what was declared: the content's, as PolNeAR marks it, when the model
    // cut the name in two, "President Sargis | Melikyan was declared")
    let subjectOfContent: R | null = null;
    if (source && source[1] <= cueStart && told) {
      if (p.content && toks[p.content.first].start > source[1] && /^\s+$/.test(ctx.text.slice(source[1], toks[p.content.first].start)) && toks[p.content.first].cap) subjectOfContent = source;
      source = null;
    }
    // a participle the model gives no source ("..., saying it would close"): the subject it hangs on, as the participle rule finds it
    let hung = source || told ? null : participleSubject(ctx, cueStart, psrc);
    // (or gives a part of that subject: "China" of "China's foreign ministry rejected ..., saying")
    if (source && t0.lower.endsWith('ing') && !off.has('participle-part')) {
      const whole = participleSubject(ctx, cueStart, psrc);
      const w = whole ? sourceSpan(ctx, whole.range) : null;
      // (or the object of the subject's verb: "several groups granted Mr. Clarke an extension, saying")
      const sf = tokenAtOrAfter(ctx, source[0]);
      // (not a verb whose object does what the participle says: "has left many Republicans wondering", "The video shows
      // Wendy Sherman, who was undersecretary, outlining")
      // (or a part of that object past a noun before it: "has cleared sprinter | Dana Okafor of a doping violation, accepting")
      const object = w !== null && w[1] <= source[0] && source[1] <= cueStart && sf >= 1 && objectOfSubjectVerb(ctx, tokenAtOrAfter(ctx, w[1]), sf);
      if (w && ((w[0] <= source[0] && source[1] <= w[1] && w[1] - w[0] > source[1] - source[0]) || object)) {
        source = null;
        hung = whole;
      }
    }
    // ("It did not comment on whether X", "They declined to comment on": the pronoun that opens the sentence, with only
    // auxiliaries, a negation and adverbs before the cue, is the source the model did not give)
    if (source === null && hung === null && !told && !off.has('pronoun-opener')) {
      const sent = sentenceOfToken(ctx, cueTok);
      let k = cueTok - 1;
      while (sent && k > sent.from && toks[k].kind === 'word' && !toks[k].cap && ((toks[k].f & F_AUX) !== 0 || toks[k].lower === 'not' || isAdverb(toks[k]))) k--;
      // (an auxiliary right after it, "will", "did", "would": not "It appears that X", "She seemed to imply", whose pronoun
      // may be no one; nor "be", of a passive or a predicate, "They were noticed on", "It should have been common sense")
      // (and what is said after the cue, which is a verb: not "He | is attracting attention")
      let v = cueTok;
      while (v < p.cue.last && (toks[v].lower === 'not' || isAdverb(toks[v]))) v++;
      if (sent && k === sent.from && k + 1 < cueTok && (toks[k + 1].f & F_AUX) !== 0 && OPENING_PRONOUNS.has(toks[k].lower) && toks[v].pos === 'V' && p.content !== null && p.content.first > p.cue.last &&
          !rangeHas(ctx, k + 1, cueTok, (x) => BE_FORMS.has(x.lower) || x.lower === 'been' || x.lower === 'being')) source = [toks[k].start, toks[k].end];
    }
    // ("Residents in St. Peter's Road disagree": a source that begins with a possessive's "'s" takes its possessor)
    if (source && !off.has('possessive-source')) source = withPossessor(ctx, source);
    // ("A budget document seen by the Halden Post lists": the document, with who saw it, as the rules read it)
    if (source && source[1] <= cueStart && !off.has('seen-by-source')) source = withSeenBy(ctx, source);
    // a verb coordinated with a rule's report ("Piet de Vries said X and claimed that Y") shares its source where
    // the model gives a part of it ("Councillor"; where it gives none, PolNeAR's annotators mostly gave none either:
    // taking the rule's source there cost fold 7 four wrong sources)
    const shared = off.has('coordinate-source') ? undefined : coordinatedSource(ctx, attributions, cueStart, source);
    if (shared) source = shared;
    let cue: R = [cueStart, cueEnd];
    // ("pointing instead | to farm run-off": an adverb inside a phrasal cue of the lexicon, "point to", leaves its particle
    // to the content; the cue runs over it, and what is said starts after it)
    if (p.content && p.cue.last > p.cue.first && p.content.first === p.cue.last + 1 && p.content.first < p.content.last && isAdverb(toks[p.cue.last]) &&
        PHRASAL_CUE_PARTICLES.get(toks[p.cue.first].lower) === toks[p.content.first].lower && !off.has('phrasal-particle')) {
      cue = [cueStart, toks[p.content.first].end];
      p.content = { first: p.content.first + 1, last: p.content.last };
    }
    // ("both sides trade | blame", "Rivals traded | accusations": a verb of exchange before the noun of blame is the cue's,
    // no part of the source)
    if (source && oneWord && cueTok > 1 && EXCHANGE_VERBS.has(toks[cueTok - 1].lower) && source[1] === toks[cueTok - 1].end && source[0] < toks[cueTok - 1].start && !off.has('exchange-cue')) {
      cue = [toks[cueTok - 1].start, cueEnd];
      source = [source[0], toks[cueTok - 2].end];
    }
    // (not a comma, a semicolon or a colon the model ends on: "... any electronic component, | the ... Agency said")
    let contentLast = p.content ? p.content.last : -1;
    // (nor an article it ends on after a comma: "rose 9.2 per cent in the year to September, the | minister said")
    // (nor a preposition or a conjunction after a comma: "ruled out selling the club, | despite reports that X")
    while (p.content && contentLast > p.content.first && (isPunct(toks[contentLast], ',;:') || ((ARTICLES.has(toks[contentLast].lower) || (toks[contentLast].kind === 'word' && !toks[contentLast].cap && (toks[contentLast].pos === 'I' || CLAUSE_LINKS.has(toks[contentLast].lower)))) && isPunct(toks[contentLast - 1], ','))) && !off.has('dangling-content')) contentLast--;
    // (nor an auxiliary before its verb: "poll showing Labour lead has | narrowed")
    // (not into a verb that reports, another report's cue: "his team is | suggesting")
    while (p.content && (toks[contentLast].f & F_AUX) !== 0 && contentLast > p.content.first && contentLast + 1 < toks.length && toks[contentLast + 1].kind === 'word' && !toks[contentLast + 1].cap && toks[contentLast + 1].pos === 'V' &&
        (toks[contentLast + 1].f & F_CUE_VERB) === 0 && toks[contentLast + 1].start - toks[contentLast].end <= 1 && (contentLast + 1 < p.cue.first || contentLast + 1 > p.cue.last) && !off.has('dangling-content')) contentLast++;
    // (nor a title's full stop, which the model reads as the sentence's end: "complaints that he is a quixotic crusader,
    // Mr. | Sanders has found ways" ends before the comma; "close to that of Mr. | Trump" goes on over the name)
    // (nor an article the model ends on: "profits of £210m last year, up from £95m the | year before" goes on over its noun phrase)
    if (p.content && contentLast > p.content.first && ARTICLES.has(toks[contentLast].lower) && !toks[contentLast].cap && !off.has('dangling-content')) {
      const np = npStartingAt(ctx, contentLast, toks.length);
      if (np !== null && np.to - 1 > contentLast && (np.to - 1 < p.cue.first || contentLast > p.cue.last)) {
        contentLast = np.to - 1;
        // (with an adverb that ends the sentence after it: "the year | before.")
        if (np.to + 1 < toks.length && toks[np.to].kind === 'word' && !toks[np.to].cap && (toks[np.to].pos === 'R' || toks[np.to].pos === 'I') && isPunct(toks[np.to + 1], '.!?') && (np.to < p.cue.first || contentLast > p.cue.last)) contentLast = np.to;
      }
    }
    // (or a title before its full stop: "Recognizing this, Mr | . Sanders")
    const title = !p.content || off.has('dangling-content') ? -1 : isPunct(toks[contentLast], '.') ? contentLast - 1 : isPunct(toks[contentLast + 1], '.') ? contentLast : -1;
    if (p.content && title > p.content.first && TITLE_ABBREVIATIONS.has(toks[title].lower) && toks[title].cap) {
      if (isPunct(toks[title - 1], ',')) contentLast = title - 2;
      else {
        contentLast = capitalsAfter(ctx, title + 1, p.cue);
      }
    }
    // (nor past the comma that ends a fronted clause the cue is in: "While his advisers have suggested his role is as a
    // convert, | Mr. Obama is also determined", as the rules read it)
    if (p.content && p.content.first > p.cue.last && !off.has('fronted-clause')) {
      const sent = sentenceOfToken(ctx, p.cue.first);
      // (or a participle's phrase the sentence opens with, no verb of its own before the cue: "Citing an unfounded
      // conspiracy theory, | Trump repeatedly accused", "In a statement announcing the pick, | the Association called")
      const comma = sent && (FRONTING_WORDS.has(toks[sent.from].lower) || frontedParticiple(ctx, sent.from, p.cue.first, p.cue.last)) ? mainClauseComma(ctx, sent, p.cue.last) : -1;
      // (the content in the fronted clause, no comma between it and the cue: not "As the Post reported, | even if X, Y")
      if (comma > p.content.first && comma <= contentLast && !rangeHas(ctx, p.cue.last + 1, p.content.first, (x) => isPunct(x, ','))) contentLast = comma - 1;
    }
    // (nor a relative word it ends on after a comma: "the bridge cost £1.4 million, of | which | £800,000 came from X")
    if (p.content && contentLast - 2 > p.content.first && DANGLING_RELATIVES.has(toks[contentLast].lower) && !off.has('dangling-content')) {
      const comma = contentLast - (PREPOSITIONS_BEFORE_RELATIVE.has(toks[contentLast - 1].lower) ? 2 : 1);
      if (isPunct(toks[comma], ',')) contentLast = comma - 1;
    }
    let content: R | null = figureGap ?? alleged ?? (p.content ? [subjectOfContent?.[0] ?? toks[p.content.first].start, toks[contentLast].end] : null);
    // (and the content opens with the article, "linking to | a | story about how X"; in place of words the model ran over
    // the cue, "The chairman, | Gary Holt, stood by the figures", the article's noun phrase)
    if (objectArticle && p.content && p.content.first === p.cue.last + 2) content = [toks[p.cue.last + 1].start, toks[contentLast].end];
    else if (objectArticle) {
      const np = npStartingAt(ctx, p.cue.last + 1, sentenceOfToken(ctx, p.cue.last)?.to ?? toks.length);
      content = np ? [toks[np.from].start, toks[np.to - 1].end] : null;
    }
    // ("Counsel put it to her that X", "He put it to the minister that X": whom it was put to is no part of what was put)
    if (content && p.content && (toks[p.cue.last].lower === 'it' || (toks[p.cue.last].lower === 'to' && toks[p.cue.last - 1]?.lower === 'it')) && !off.has('put-to')) {
      const that = putToThat(ctx, tokenAtOrAfter(ctx, content[0]), tokenAtOrAfter(ctx, content[1]) - 1);
      if (that >= 0) content = [toks[that + 1].start, content[1]];
    }
    // ("The trial, which is expected to last three weeks, continues": a hedge with no source whose content opens with the
    // relative pronoun before its cue says it of the pronoun's antecedent, which opens the content)
    if (content && p.content && !alleged && source === null && p.content.first >= 2 && p.content.first + 1 === p.cue.first && RELATIVE_PRONOUNS.has(toks[p.content.first].lower) && isPunct(toks[p.content.first - 1], ',') &&
        PASSIVE_FRAME.test(ctx.text.slice(toks[p.cue.first].start, toks[p.cue.last].end)) && !off.has('relative-hedge')) {
      const head = npEndingAt(ctx, p.content.first - 2, sentenceOfToken(ctx, p.content.first)?.from ?? 0);
      // (the last noun phrase of one with a preposition or "and": "support in | Tuesday's primary election, which appeared")
      let from = head ? head.from : -1;
      for (let k = p.content.first - 3; head && k > head.from; k--) {
        if (toks[k].lower === 'and' || (toks[k].pos === 'I' && !toks[k].cap)) {
          from = k + 1;
          break;
        }
      }
      if (from >= 0) content = [toks[from].start, content[1]];
    }
    // ("and only | one of the four prisons is expected to open": a focusing word right before the content is its own,
    // without which it says another thing)
    // (not one right after the cue, nor before "that", the report's: "said only that X", "shows only that X")
    const focus = p.content ? p.content.first - 1 : -1;
    if (content && !alleged && !subjectOfContent && focus >= 0 && !off.has('focus-word')) {
      const w = toks[focus].lower;
      const next = toks[focus + 1].lower;
      if ((FOCUS_WORDS.has(w) && next !== 'that' && (focus < p.cue.first || focus > p.cue.last + 1) && !(p.source && focus >= p.source.first && focus <= p.source.last)) ||
          // (and a quantifier before the "of" the content opens with, right after the cue too: "said most | of the cuts would fall")
          (QUANTIFIERS_BEFORE_OF.has(w) && next === 'of' && focus > p.cue.last)) content = [toks[focus].start, content[1]];
    }
    if (closedCue) content = null;
    // ("his figures, which he said came from X": a relative pronoun, the source and the cue open what the model read as
    // said; what was said is the clause after the cue, whose subject the pronoun stands for)
    // (the pronoun the clause's subject, a finite verb right after the cue: not "which he described | as his home")
    if (content && p.content && p.source && !alleged && RELATIVE_PRONOUNS.has(toks[p.content.first].lower) && p.source.first === p.content.first + 1 && p.source.last < p.cue.first && p.cue.last < p.content.last && isFiniteVerb(ctx, p.cue.last + 1) && !off.has('relative-gap')) {
      content = [toks[p.cue.last + 1].start, content[1]];
    }
    // ("the officer shouted | only once": what the model read as said is an adverb alone, no report)
    // (but "so", "otherwise" and "not" stand for a clause: "I think so", "the returns suggest otherwise")
    if (content && !alleged && onlyModifiers(ctx, content[0], content[1]) && !PROFORM_CONTENTS.has(ctx.text.slice(content[0], content[1]).toLowerCase()) && !off.has('modifier-content')) continue;
    // ("A study claiming X by up to eight | years | has been criticised by scientists": a noun cut from the end of the
    // phrase before the cue, a word before it, is no statement: the report stands, what it says unknown)
    if (content && p.content && !alleged && p.content.first === p.content.last && p.content.last < p.cue.first && p.content.first > 0 && toks[p.content.first - 1].kind === 'word' &&
        toks[p.content.first].kind === 'word' && !toks[p.content.first].cap && toks[p.content.first].pos === 'N' && !off.has('cut-noun-content')) content = null;
    // ("spoke to us after a report found X": whom someone spoke to, and when, is no part of what was said)
    if (content && p.content && oneWord && SPEAKING_VERBS.has(t0.lower) && (toks[p.content.first].lower === 'to' || toks[p.content.first].lower === 'with') && p.content.first === p.cue.last + 1 && !off.has('spoke-to')) content = null;
    // ("A claim that \"X\" has been shared widely": a statement's noun that opens its sentence says X, up to the sentence's
    // own verb after it)
    if (content && p.content && !alleged && oneWord && ALLEGATION_NOUNS.has(t0.lower) && toks[p.content.first].lower === 'that' && p.content.first === p.cue.last + 1 && !off.has('subject-statement')) {
      const end = subjectClauseEnd(ctx, p.content.first + 1, p.content.last + 1);
      if (end > p.content.first + 1) content = [toks[p.content.first + 1].start, toks[end - 1].end];
    }
    // ("told reporters there were no such plans": an existential "there" the model left out opens the clause)
    if (content && p.content && !alleged && !subjectOfContent && p.content.first - 1 > p.cue.last && toks[p.content.first - 1].lower === 'there' && PASSIVE_BE.has(toks[p.content.first].lower) && !off.has('existential-content')) content = [toks[p.content.first - 1].start, content[1]];
    // ("Owners trade blame after | cargo ships collide": a clause of time right after the cue says when, not what)
    if (content && p.content && !alleged && p.content.first === p.cue.last + 2 && TIME_CONJUNCTIONS.has(toks[p.cue.last + 1].lower) && !off.has('time-clause')) content = null;
    // ("more encouraging than its critics admit": a comparison's clause after "than" reports no words of theirs, the
    // clause before it the article's; its subject is the source, as "higher than officials had predicted" reads)
    const than = content && content[1] <= cueStart && !off.has('than-clause') ? comparisonThan(ctx, p.cue.first, p.cue.last) : -1;
    if (than >= 0) {
      content = null;
      // (none the model gave, or one before "than": "His campaign has been more successful than almost anyone had predicted")
      if (source === null || source[0] < toks[than].start) {
        // (without the auxiliaries before the cue: "than almost anyone | had predicted")
        let e = p.cue.first - 1;
        while (e > than + 1 && (toks[e].f & F_AUX) !== 0) e--;
        source = [toks[than + 1].start, toks[e].end];
      }
    }
    // a content the model ends on a preposition or a determiner before a number ("fell by about | 0.5C"): the reported clause's end
    if (content && p.content && !alleged && !off.has('dangling-content')) content = completeDangling(ctx, p.content.first, p.content.last) ?? completeList(ctx, p.content.first, p.content.last) ?? completeHyphen(ctx, p.content.first, p.content.last) ?? completeQuotation(ctx, p.content.first, p.content.last) ?? completeRelative(ctx, p.content.first, p.content.last) ?? content;
    // ("Housing campaigners said most of those homes had not been finished": a content the model runs from the
    // sentence's start over its own source and a verb of saying, with no comma or quotation mark between, is what
    // follows the verb)
    if (content && source && p.content && !alleged && content[0] <= source[0] && source[1] <= cueStart && content[1] > cueEnd && oneWord && cueVerbForm(t0.lower)?.verb.kind === 'speech' && !off.has('content-over-cue')) {
      content = afterOwnCue(ctx, p.content.first, cueTok, cueEnd, content[1]) ?? content;
    }
    // ("Software company Brightline, which joined the trial, said last month it had returned to X": a content the model runs
    // from the aside on its source over its cue, after the aside's comma, is what follows the cue and when it was said)
    if (content && source && p.content && !alleged && oneWord && source[1] <= content[0] && content[0] < cueStart && content[1] > cueEnd && isPunct(toks[cueTok - 1], ',') &&
        cueVerbForm(t0.lower)?.verb.kind === 'speech' && !off.has('content-over-cue')) {
      const sent = sentenceOfToken(ctx, cueTok);
      let k = sent ? skipAdjuncts(ctx, sent, cueTok + 1).k : cueTok + 1;
      if (toks[k]?.lower === 'that') k++;
      if (k < toks.length && toks[k].kind === 'word' && toks[k].start < content[1]) content = [toks[k].start, content[1]];
    }
    // ("Iran denied it, although it has acknowledged sending a few": a content the model runs over its own cue, with no
    // source, is what follows the cue, and its subject the source, as the rules read it)
    // (a verb of speech only: "Voters seem to care more" is PolNeAR's content around its cue)
    if (content && !source && p.content && !alleged && oneWord && content[0] < cueStart && content[1] > cueEnd && cueVerbForm(t0.lower)?.verb.kind === 'speech' && !off.has('content-over-cue')) {
      const sent = sentenceOfToken(ctx, cueTok);
      const found = sent ? preposedSource(ctx, sent, cueTok) : null;
      let k = cueTok + 1;
      if (toks[k]?.lower === 'that') k++;
      // (a subject after a subordinator or a comma: "although it has acknowledged"; not "This is how Clinton has explained",
      // nor a headline's "Magic mushroom found in palace grounds")
      const opener = found ? toks[found.range.from - 1] : undefined;
      const opens = opener !== undefined && (SUBORDINATORS.has(opener.lower) || isPunct(opener, ',;'));
      if (found && opens && toks[found.range.from].start >= content[0] && k < toks.length && toks[k].kind === 'word' && toks[k].start < content[1]) {
        source = sourceSpan(ctx, found.range);
        content = [toks[k].start, content[1]];
      }
    }
    // ('The clip, posted by an account called "Weather Watch Live", was captioned: "Valencia right now."': a content the
    // model runs over its own cue, which a colon and a quotation follow, is the quotation)
    if (content && p.content && !alleged && content[0] < cueStart && content[1] > cueEnd && !off.has('content-over-cue')) {
      const colon = isPunct(toks[p.cue.last], ':') ? p.cue.last : isPunct(toks[p.cue.last + 1], ':') ? p.cue.last + 1 : -1;
      if (colon >= 0 && colon + 1 <= p.content.last && toks[colon + 1].kind === 'quote') content = [toks[colon + 1].start, content[1]];
    }
    // ("..., after a post on her Instagram account appeared to announce X": a content before its cue that the model begins
    // after a preposition inside the subject is the whole subject, from after the subordinator or the comma)
    if (content && p.content && !alleged && p.content.first < p.cue.first && p.content.first >= 3 && content[1] > cueEnd && !off.has('determiner-content')) {
      // (past the phrase's determiner the model left out: "on | her | Instagram account")
      const q = (toks[p.content.first - 1].f & F_DETERMINER) !== 0 ? p.content.first - 2 : p.content.first - 1;
      const prep = toks[q];
      if (prep.kind === 'word' && !prep.cap && (SOURCE_TAIL_PREPOSITIONS.has(prep.lower) || prep.lower === 'on' || prep.lower === 'of')) {
        const sent = sentenceOfToken(ctx, p.cue.first);
        const np = sent && q - 1 >= sent.from ? npEndingAt(ctx, q - 1, sent.from) : null;
        const opener = np && np.from > 0 ? toks[np.from - 1] : undefined;
        if (np && ARTICLES.has(toks[np.from].lower) && opener !== undefined && (SUBORDINATORS.has(opener.lower) || isPunct(opener, ','))) content = [toks[np.from].start, content[1]];
      }
    }
    // ("The clip, posted by an account": a content of an article alone, before the cue, is the noun phrase it opens; a
    // pronoun alone stays, "That rattled Rubio")
    if (content && p.content && !alleged && p.content.first === p.content.last && p.content.last < p.cue.first && ARTICLES.has(toks[p.content.first].lower) && !off.has('determiner-content')) {
      const np = npStartingAt(ctx, p.content.first, p.cue.first);
      content = np !== null && np.to - np.from > 1 ? [toks[np.from].start, toks[np.to - 1].end] : null;
    }
    // ("A startup that says its AI can diagnose cancer \"as accurately as a specialist\" has been challenged by doctors": a
    // relative clause's report ends before the main clause's predicate)
    // (and a participle's on the sentence's subject: "A petition calling for the policy to be scrapped | gathered ...")
    const subjectParticiple = source !== null && t0.lower.endsWith('ing') && p.cue.first > 0 && toks[p.cue.first - 1].end === source[1] && toks[sentenceOfToken(ctx, p.cue.first)?.from ?? -1]?.start === source[0];
    if (content && p.content && p.source && ((p.source.first === p.source.last && RELATIVE_WORDS.has(toks[p.source.first].lower)) || subjectParticiple) && !off.has('relative-content')) {
      let k = -1;
      // (a clause between commas ends at the comma before the main clause's verb, past a participle of its own: "an article,
      // which alleged that Hart had pocketed money raised for a hospice, | was defamatory")
      const aside = !subjectParticiple && p.source.first > 0 && isPunct(toks[p.source.first - 1], ',') ? closingCommaBeforeVerb(ctx, p.content.first + 1, p.content.last, p.content.last + 1) : -1;
      if (aside > 0) k = aside;
      else if (!subjectParticiple) {
        k = mainPredicateIn(ctx, p.content.first, p.content.last);
        // (or any main verb after the reported clause's own: "people who said they could speak Welsh | fell to 538,300")
        if (k <= p.content.first) k = mainPredicateAfterClause(ctx, p.content.first, p.content.last + 1);
      } else {
        // (a participle's content with no finite verb of its own: the first finite verb is the main clause's, "the policy
        // to be scrapped | gathered"; not one after "to", nor an auxiliary of the content's own, "to be")
        for (let m = p.content.first + 1; m <= p.content.last; m++) {
          if (toks[m - 1].lower === 'to' || (toks[m - 1].f & F_AUX) !== 0) continue;
          // (or an auxiliary of the main clause: "Anyone saying otherwise | is spreading lies")
          if ((toks[m].f & F_AUX) !== 0 || (toks[m].pos === 'V' && isFiniteVerb(ctx, m))) {
            k = m;
            break;
          }
        }
      }
      if (k > p.content.first) content = [content[0], toks[k - 1].end];
    }
    // ("Government promises 20,000 new homes, but critics doubt the figure": a content ends before a clause of its own after
    // a comma's "but", "while" or "whereas")
    if (content && p.content && !alleged && !off.has('but-clause')) content = beforeContrastClause(ctx, p.content.first, p.content.last, content);
    // ("announced the plan on | Monday": a preposition the model ends on before a date is the date's, no content's)
    if (content && p.content && !alleged && p.content.last > p.content.first && toks[p.content.last].pos === 'I' && (toks[p.content.last + 1]?.f & F_DATE_WORD) !== 0 && toks[p.content.last + 1].cap && !off.has('dangling-content')) {
      content = [content[0], toks[p.content.last - 1].end];
    }
    // ("..., a rise the mayor herself proposed": a noun phrase right before the source and its cue, with no "that", is
    // what the clause after it is about, the cue's object; the content is the phrase, not the clause before it)
    if (content && source && p.content && p.source && !alleged && p.content.last + 1 === p.source.first && p.source.last < p.cue.first && (toks[p.source.first].f & F_DETERMINER) !== 0 &&
        toks[p.content.last].pos === 'N' && !toks[p.content.last].cap && !off.has('object-gap')) {
      const np = npEndingAt(ctx, p.content.last, p.content.first);
      if (np && np.from > p.content.first && isPunct(toks[np.from - 1], ',')) content = [toks[np.from].start, toks[np.to - 1].end];
    }
    // ("far less than the 80mm Berg's post claimed": a content the model ran on into the source before a cue that closes the
    // clause is the noun phrase before the source, after a comma, "than" or a preposition, the cue's object; else what
    // stands before the source)
    if (content && source && p.source && content[0] < source[0] && content[1] > source[0] && content[1] <= cueStart && source[1] <= cueStart && isClauseEnd(toks[p.cue.last + 1]) && !off.has('object-gap')) {
      const s0 = tokenAtOrAfter(ctx, source[0]);
      const c0 = tokenAtOrAfter(ctx, content[0]);
      const np = s0 - 1 > c0 ? npEndingAt(ctx, s0 - 1, c0 + 1) : null;
      const before = np ? toks[np.from - 1] : undefined;
      if (np && before && (isPunct(before, ',') || before.lower === 'than' || (before.pos === 'I' && !before.cap))) content = [toks[np.from].start, toks[np.to - 1].end];
      else if (s0 - 1 >= c0) content = [content[0], trimEnd(ctx, s0 - 1)];
    }
    // (a content the possessor widened the source over was read from it)
    if (content && source && content[0] < source[1] && source[0] < content[1] && p.source && source[0] < toks[p.source.first].start) content = null;
    // ("put the death toll at 14, while | rebels put it at 30": a content the model ends on a comma's conjunction ends before the comma)
    if (content && p.content && p.content.last - 1 > p.content.first && CLAUSE_LINKS.has(toks[p.content.last].lower) && isPunct(toks[p.content.last - 1], ',') && !off.has('trailing-link')) content = [content[0], Math.min(content[1], toks[p.content.last - 2].end)];
    // ("said it was \"not a party\" and | urged both sides": a content the model ends on "and", "but" or "or" after a
    // closing quotation mark ends before it: the conjunction opens the next verb's phrase)
    if (content && p.content && p.content.last - 1 > p.content.first && VERB_COORDINATORS.has(toks[p.content.last].lower) && toks[p.content.last - 1].kind === 'quote' && !off.has('trailing-link')) content = [content[0], Math.min(content[1], trimEnd(ctx, p.content.last - 1))];
    // ("urged | both sides to return": a quantifier right after the cue is the content's)
    if (content && p.content && p.content.first - 1 === cueTok + 1 && oneWord && CONTENT_QUANTIFIERS.has(toks[p.content.first - 1].lower) && !off.has('at-least')) content = [toks[p.content.first - 1].start, content[1]];
    // ("told reporters | about 3,000 passengers were affected", "found | twice as many particles": a figure, its
    // approximator or a multiplier the model left before its content, after the cue, are the content's)
    // (not before "that" or "to", which open the content of their own, nor a year: "told the Times in 2012 | that X")
    const opener = p.content ? toks[p.content.first] : undefined;
    if (content && p.content && opener !== undefined && opener.lower !== 'that' && opener.lower !== 'to' && opener.pos !== 'I' && !alleged && !off.has('at-least')) {
      let k = p.content.first;
      const limit = Math.max(cueTok, source && source[0] > cueEnd ? tokenAtOrAfter(ctx, source[1]) - 1 : cueTok);
      if (k - 1 > limit && toks[k - 1].kind === 'number' && !YEAR_NUMBER.test(toks[k - 1].text)) k--;
      if (k - 1 > limit && toks[k - 1].kind === 'word' && !toks[k - 1].cap && FIGURE_LEADS.has(toks[k - 1].lower) && (k < p.content.first || MULTIPLIERS.has(toks[k - 1].lower))) k--;
      if (k < p.content.first && toks[k].start < content[0]) content = [toks[k].start, content[1]];
    }
    // ("said at least four families ...": "at least" and "at most" are one phrase, the content's)
    if (content && p.content && p.content.first > 0 && toks[p.content.first - 1].lower === 'at' && (toks[p.content.first].lower === 'least' || toks[p.content.first].lower === 'most') && !off.has('at-least')) content = [toks[p.content.first - 1].start, content[1]];
    // an accusation's content runs to what the accused is accused of ("accused the leader of the council, Fiona Grant, | of misleading ...")
    if (p.content && !alleged && ACCUSE_FORMS.has(toks[p.cue.last].lower) && !off.has('accused-of')) content = completeAccusation(ctx, p.content.first, p.content.last) ?? accusationAfterPreposition(ctx, p.content.first, p.content.last) ?? content;
    // ("repeated the claim | in a post on X that has since been viewed 2 million times": a statement's noun, then where it
    // was made, is what is reported; the medium is no part of it)
    if (content && p.content && !alleged && p.content.first > p.cue.last && p.content.first + 3 < p.content.last && (toks[p.content.first].f & F_DETERMINER) !== 0 && ALLEGATION_NOUNS.has(toks[p.content.first + 1].lower) &&
        MEDIUM_PREPOSITIONS.has(toks[p.content.first + 2].lower) && (toks[p.content.first + 3].f & F_DETERMINER) !== 0 && MEDIUM_NOUNS.has(toks[p.content.first + 4]?.lower ?? '') && !off.has('medium-after-statement')) {
      content = [content[0], toks[p.content.first + 1].end];
    }
    // ("Kyiv says it shot down 40 drones; Moscow says ...": a content ends at a semicolon outside quotation marks)
    if (content && p.content && !off.has('trailing-link')) {
      for (let k = p.content.first + 1; k < p.content.last && toks[k].start < content[1]; k++) {
        if (toks[k].quote < 0 && isPunct(toks[k], ';')) {
          content = [content[0], toks[k - 1].end];
          break;
        }
      }
    }
    // ("told investors that X. \"Y,\" she said.": the model's content ends with its sentence where a rule's report begins in a later one)
    if (content && !off.has('later-report')) content = beforeLaterReport(ctx, attributions, content);
    // ("Ofgem is expected to announce a fine next week, two people familiar with the matter said": not into the source of
    // a rule's report of the same words)
    if (content && !off.has('rule-source')) content = beforeRuleSource(attributions, content);
    // ("three times higher than the 370,000 tonnes reported by companies themselves": a participle with its agent right
    // after a noun phrase reports that phrase, not the clause around it)
    if (content && p.content && source && oneWord && t0.lower.endsWith('ed') && source[0] >= cueEnd && toks[cueTok + 1]?.lower === 'by' && p.content.last === cueTok - 1 && !off.has('reported-by')) {
      const np = npEndingAt(ctx, cueTok - 1, sentenceOfToken(ctx, cueTok)?.from ?? 0);
      if (np && np.from > p.content.first && (toks[np.to - 1].pos === 'N' || (toks[np.to - 1].pos === undefined && toks[np.to - 1].kind === 'word'))) content = [toks[np.from].start, toks[np.to - 1].end];
    }
    // ("Claims that an earthquake struck London have spread on X": a statement's noun as the subject, its clause up to the
    // main predicate)
    // (a plural opening the sentence: not "Donald Trump's accusation that ... and would be a failed candidate if she were")
    if (content && p.content && oneWord && ALLEGATION_NOUNS.has(t0.lower) && t0.lower.endsWith('s') && toks[p.content.first].lower === 'that' && !off.has('seeming-subject')) {
      const sent = sentenceOfToken(ctx, p.content.first);
      const end = sent && cueTok - sent.from <= 2 ? mainPredicateAfterClause(ctx, p.content.first + 1, sent.to) : -1;
      if (end > p.content.first + 1 && end <= p.content.last) content = [content[0], toks[end - 1].end];
    }
    // ("A video appearing to show a caravan in the sea is from 2020": what a subject's "appearing to" phrase shows ends
    // before the main clause's verb)
    if (content && p.content && oneWord && cueTok >= 2 && toks[cueTok - 1].lower === 'to' && SEEMING_PARTICIPLES.has(toks[cueTok - 2].lower) && !off.has('seeming-subject')) {
      for (let k = p.content.first + 1; k <= p.content.last; k++) {
        const t = toks[k];
        const prev = toks[k - 1];
        if (t.quote < 0 && MAIN_VERBS_AFTER_SUBJECT.has(t.lower) && (prev.cap || prev.kind === 'number' || prev.pos === 'N' || prev.pos === undefined)) {
          content = [content[0], prev.end];
          break;
        }
      }
    }
    // ("Dr Park agreed. \"We cannot say that,\" she told the BBC.": a content wholly in a later sentence that a rule's report
    // holds is that report's)
    if (content && p.content && !off.has('later-report') && sentenceOfToken(ctx, p.content.first) !== sentenceOfToken(ctx, p.cue.last) && ruleContentHolds(attributions, content)) content = null;
    // "reported, citing two people familiar with the plans, that X": what is cited ends at the aside's comma
    const aside = !oneWord || !content ? -1 : Math.max(citingAsideEnd(ctx, cueTok, toks.length), CITING_PARTICIPLES.has(t0.lower) ? participleAsideEnd(ctx, { to: toks.length }, cueTok) : -1);
    if (aside >= 0 && content && toks[aside].start < content[1] && !off.has('citing-aside')) content = content[0] < toks[aside].start ? [content[0], toks[aside - 1].end] : null;
    // ("rejected a report which found that X, calling its figures \"misleading\"": a denial's participle after a comma
    // inside the content denies what the content says, which ends before it; not a report's, "defended the remark, saying
    // X", which PolNeAR's annotators hold in the content)
    if (content && !off.has('citing-aside')) content = beforeDenialParticiple(ctx, modelDenialCues, content);
    // ("Lamenting their luck, Mexicans often say X": a participle opening the sentence reports up to the comma before the
    // subject it hangs on)
    if (content && hung && hung.range.from > cueTok && toks[hung.range.from].start < content[1] && !off.has('asked-clause')) content = content[0] < toks[hung.range.from - 1].start ? [content[0], toks[hung.range.from - 2].end] : null;
    // ("attacked Machado | in early-morning tweets", "has not mentioned Machado | since the debate": a noun phrase object
    // ends before when or where it was said)
    if (content && p.content && p.content.first > cueTok && !off.has('object-adjunct')) content = objectBeforeAdjunct(ctx, p.content.first, content);
    // ("Asked whether the defences had failed, Ms Cole said: ...": a fronted question's content ends at its clause's comma)
    // (and after "When": "When asked whether Lindholm would apologise, a spokeswoman said ...")
    if (content && oneWord && t0.lower === 'asked' && frontedAt(ctx, cueTok) && !off.has('asked-clause')) content = beforeComma(ctx, content);
    // ("higher than officials had predicted": the source is who comes after "than")
    if (source && !off.has('as-source')) source = afterThan(ctx, source);
    if (content && source && !off.has('as-source')) content = asSourceSaid(ctx, tokenAtOrAfter(ctx, source[0]), tokenAtOrAfter(ctx, cueEnd), content);
    // ("The correct figure is 4.9%, as announced by the Department for Transport.": a passive "as" clause closing the
    // sentence reports the clause before its comma)
    if (!content && source && oneWord && !off.has('as-source')) content = asReportedBy(ctx, cueTok, tokenAtOrAfter(ctx, source[0]), tokenAtOrAfter(ctx, source[1] - 1));
    // (what a telling's noun leads to: "told the story of | how she escaped")
    if (telling) {
      cue = [cueStart, toks[telling.cueLast].end];
      const last = sentenceOfToken(ctx, telling.first)!.to - 1;
      content = [toks[telling.first].start, trimEnd(ctx, Math.max(telling.first, content && content[1] > toks[telling.first].start ? tokenAtOrAfter(ctx, content[1]) - 1 : last))];
    }
    const head = telling ? null : headAfterDeterminer(ctx, cueEnd);
    if (head) {
      cue = [cueStart, head.end];
      if (content && content[0] < head.end) content = head.complement && head.complement < content[1] ? [head.complement, content[1]] : null;
    }
    const a: RawAttribution = {
      rule: 'attr.model',
      cueKind: verb?.verb.kind ?? 'speech',
      cue,
      source: source ?? (hung ? sourceSpan(ctx, hung.range) : null),
      sourceType: source ? 'other' : hung ? hung.type : null,
      content,
      contentOpensBlock: false,
      contentRunsOn: false,
      contentBefore: false,
      contentAfter: false,
      score: Math.round(p.score * 100) / 100,
      speakerSource: undefined,
    };
    // ("It said X, and estimated that Y", "Trump tweeted X and encouraged Americans to Y": no source of its own, the
    // source of the report before, whose subject the verb shares, as PolNeAR's annotators mark it; not "they raised the
    // problem and were told to leave it alone", whose teller is no one named)
    if (a.source === null && !told && !off.has('coordinate-source')) {
      const host = coordinatedHost(ctx, attributions, cueStart);
      if (host?.source) {
        a.source = host.source;
        a.sourceType = host.sourceType;
      } else {
        // ("Her lawyer agreed, but also argued that X": with no report before it, the subject the sentence opens with)
        const subject = sharedSubject(ctx, cueStart);
        if (subject) {
          a.source = sourceSpan(ctx, subject.range);
          a.sourceType = subject.type;
        }
      }
    }
    attributions.push(a);
    taken.add(cue);
  }
}

/**
 * Leaves out the model's cues inside the content of another of its attributions unless they score at
 * least `MODEL_NESTED_SCORE`, as a model cue inside a rule's content (the host may come after the cue:
 * "\"..., as the mayor hoped,\" Reyes said"). A host left out hosts nothing. On the held-out tenth of
 * train 36 such cues were right 8 times (cue F1 0.791 -> 0.795). With the block's context, a cue that
 * opens a coordinate clause (`opensCoordinate`: "... and added that ...") stays, as in a rule's content.
 */
export function dropNestedModelCues(attributions: RawAttribution[], ctx?: BlockContext): void {
  let dropped: Set<RawAttribution> | undefined;
  // (pairs: a content to end before the coordinate report after it)
  let cut: RawAttribution[] | undefined;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.score >= MODEL_NESTED_SCORE) continue;
    for (const h of attributions) {
      const c = h.content;
      if (h === a || h.rule !== 'attr.model' || c === null || dropped?.has(h)) continue;
      if (c[0] <= a.cue[0] && a.cue[1] <= c[1]) {
        // (but one whose source is the relative pronoun on a noun the outer report names: "quoted a former aide who said X")
        if (ctx && a.source !== null && c[0] < a.source[0] && relativePronounSource(ctx, a.source) && saysOrAlleges(ctx, a.cue) && !off.has('nested-relative')) break;
        if (!ctx || !opensCoordinate(ctx, a.cue[0])) (dropped ??= new Set()).add(a);
        // ("Passengers described a jolt on landing but said the crew remained calm": the source's next report ends the
        // content of the one before, once every cue inside it is looked at)
        else if (!off.has('coordinate-content')) (cut ??= []).push(h, a);
        break;
      }
    }
  }
  if (cut && ctx) {
    for (let k = 0; k < cut.length; k += 2) {
      const h = cut[k];
      if (h.content !== null && !dropped?.has(h)) h.content = beforeCoordinate(ctx, h.content, cut[k + 1].cue[0]);
    }
  }
  if (!dropped) return;
  let n = 0;
  for (const a of attributions) if (!dropped.has(a)) attributions[n++] = a;
  attributions.length = n;
}

/**
 * The subject's noun phrase that ends at the cue at token `cue` and holds a model's source [first, last] (`preposedSource`),
 * when the model took a lone determiner of it ("A | widely shared post on X claims", with no verb or mark after it) or its
 * noun without the determiner and modifiers before ("A widely shared | post claims"); else null.
 */
function subjectPhraseAt(ctx: BlockContext, first: number, last: number, cue: number): R | null {
  const toks = ctx.toks;
  const sent = sentenceOfToken(ctx, cue);
  const pre = sent ? preposedSource(ctx, sent, cue) : null;
  if (pre === null || pre.range.to !== cue) return null;
  const { from, to } = pre.range;
  const lone = first === last && ARTICLES.has(toks[last].lower);
  const fits = lone
    ? from === first && to - 1 > last && !rangeHas(ctx, last + 1, cue, (x) => x.kind === 'punct' || x.kind === 'quote' || (isFiniteVerb(ctx, x.i) && toks[x.i + 1]?.pos !== 'N'))
    : to - 1 === last && from < first && ARTICLES.has(toks[from].lower) && (toks[first - 1].pos === 'J' || toks[first - 1].lower.endsWith('ed')) &&
      !rangeHas(ctx, from + 1, first, (x) => x.kind !== 'word' || x.cap || !(x.pos === 'R' || x.pos === 'J' || x.pos === 'V'));
  return fits ? [toks[from].start, toks[to - 1].end] : null;
}

/**
 * The "that" after whom something was put to, at a content's opening from token `first` ("to her | that", "the minister |
 * that"), no further than `last` and within `PUT_TO_REACH` tokens; else -1.
 */
function putToThat(ctx: BlockContext, first: number, last: number): number {
  const toks = ctx.toks;
  let k = toks[first]?.lower === 'to' ? first + 1 : first;
  const np = npStartingAt(ctx, k, last + 1);
  if (np === null || np.to - k > PUT_TO_REACH) return -1;
  k = np.to;
  return k < last && toks[k].lower === 'that' ? k : -1;
}
/** How many words whom something was put to may have (`putToThat`). */
const PUT_TO_REACH = 6;

/** Whether a source span is one relative pronoun right after a noun: "a former aide | who". */
function relativePronounSource(ctx: BlockContext, src: R): boolean {
  const k = tokenAtOrAfter(ctx, src[0]);
  const t = ctx.toks[k];
  return t !== undefined && t.end === src[1] && RELATIVE_SOURCE_WORDS.has(t.lower) && k > 0 && ctx.toks[k - 1].kind === 'word' && ctx.toks[k - 1].pos === 'N';
}

/** Whether a cue is one verb of speech or allegation ("said", "tweeted", "claim"; not "considered", "nominated"). */
function saysOrAlleges(ctx: BlockContext, cue: R): boolean {
  const t = ctx.toks[tokenAtOrAfter(ctx, cue[0])];
  const kind = t !== undefined && t.end === cue[1] ? cueVerbForm(t.lower)?.verb.kind : undefined;
  return kind === 'speech' || kind === 'allegation';
}

/** Content `c` up to the word before the coordinator (`opensCoordinate`) of the cue at `start`, or `c` when nothing would be left. */
function beforeCoordinate(ctx: BlockContext, c: R, start: number): R {
  const i = tokenAtOrAfter(ctx, start);
  const s = sentenceOfToken(ctx, i);
  if (!s) return c;
  let k = skipLeftModifiers(ctx, i - 1, s.from) - 1;
  while (k >= s.from && isPunct(ctx.toks[k], ',;')) k--;
  return k >= s.from && ctx.toks[k].end > c[0] ? [c[0], ctx.toks[k].end] : c;
}

/**
 * Whether the cue at `start` begins a verb phrase coordinated with the clause before it: "and" or "but"
 * (auxiliaries and adverbs between: "but did note"), or a comma before a participle (", adding"). Such a
 * cue is the source's next report, not part of what the cue before it reports (the rules end a content
 * there too: `reportEnd` in attributions.ts). On the held-out tenth of PolNeAR train, of the model's cues
 * left out as nested in another's content, these were right 7 times in 9.
 */
export function opensCoordinate(ctx: BlockContext, start: number): boolean {
  if (off.has('coordinate')) return false;
  const i = tokenAtOrAfter(ctx, start);
  const t = ctx.toks[i];
  if (!t || t.start !== start || t.kind !== 'word' || t.cap || !(t.pos === 'V' || canBeVerb(t.lower))) return false;
  const s = sentenceOfToken(ctx, i);
  if (!s) return false;
  const k = skipLeftModifiers(ctx, i - 1, s.from);
  if (k < s.from) return false;
  const b = ctx.toks[k];
  if (b.lower === 'and' || b.lower === 'but') return true;
  return isPunct(b, ',') && k === i - 1 && t.lower.endsWith('ing');
}

/**
 * After a form of "tell" at cueTok, a noun that names a telling ("story", "lie", "version": TELLING_NOUNS) as its object,
 * after at most an indirect object and its modifiers ("told reporters a different story"): undefined when there is
 * none; null when nothing said follows it ("told different stories about the crash"); else the token that ends the
 * cue ("of" of "told the story of", as PolNeAR marks it, or the noun before a colon) and the first token of what was said.
 */
function tellingNoun(ctx: BlockContext, cueTok: number): { cueLast: number; first: number } | null | undefined {
  const toks = ctx.toks;
  const end = sentenceOfToken(ctx, cueTok)?.to ?? toks.length;
  for (let k = cueTok + 1; k < end && k - cueTok <= TELLING_NOUN_MAX_WORDS; k++) {
    const t = toks[k];
    // ("lie" read as a verb is the noun after a determiner or right after the cue: "told a lie", "told lies")
    if (!TELLING_NOUNS.has(t.lower) || (t.pos === 'V' && k > cueTok + 1 && !afterDeterminer(ctx, k, k - 1))) {
      if (t.kind !== 'word' || t.pos === 'V' || (t.f & F_AUX) !== 0 || t.lower === 'that') return undefined;
      continue;
    }
    const next = toks[k + 1];
    if (next && k + 2 < end && (next.lower === 'of' || isPunct(next, ':'))) return { cueLast: next.lower === 'of' ? k + 1 : k, first: k + 2 };
    return null;
  }
  return undefined;
}
/** The most words between a form of "tell" and a telling's noun it takes as its object. */
const TELLING_NOUN_MAX_WORDS = 4;

/**
 * A cue that ends on a determiner is cut short before its noun: "made the | first allegations", "issued a
 * | warning". The end of the noun phrase's head (the last word before a preposition, a clause or
 * punctuation) and, when "that" follows it ("made the case that ..."), where the complement begins.
 */
export function headAfterDeterminer(ctx: BlockContext, cueEnd: number): { end: number; complement: number | null } | null {
  const toks = ctx.toks;
  const det = tokenAtOrAfter(ctx, cueEnd) - 1;
  const d = toks[det];
  if (!d || d.end !== cueEnd || d.kind !== 'word' || d.cap || (d.f & F_DETERMINER) === 0 || d.lower === 'that') return null;
  const s = sentenceOfToken(ctx, det);
  if (!s) return null;
  let head = -1;
  for (let k = det + 1; k < s.to && k - det <= HEAD_MAX_WORDS; k++) {
    const t = toks[k];
    if (!isNpWord(t) || t.pos === 'I' || (t.f & F_DETERMINER) !== 0 || t.quote !== d.quote) break;
    head = k;
  }
  if (head < 0 || !(toks[head].pos === 'N' || toks[head].pos === undefined)) return null;
  const k = skipRightAdverbs(ctx, head + 1, s.to);
  const complement = k + 1 < s.to && toks[k].lower === 'that' ? toks[k + 1].start : null;
  return { end: toks[head].end, complement };
}
/** Verbs of facing what is alleged (`faces-allegations`): "faces allegations that", "is facing claims that". */
const FACING_VERBS: ReadonlySet<string> = new Set(['face', 'faces', 'faced', 'facing']);

/** Adverbs that stand for a reported clause (`modifier-content`): "I think so", "the returns suggest otherwise". */
const PROFORM_CONTENTS: ReadonlySet<string> = new Set(['so', 'otherwise', 'not']);

/** Lower-case words inside a capitalised name: "the Court of Arbitration for Sport", "Bank of England". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for']);

/** The most words a cue is extended by to reach its head noun. */
const HEAD_MAX_WORDS = 5;

/**
 * The last token of the model's source, tokens first..last, once trailing punctuation, prepositions, adverbs and
 * conjunctions are left off ("supporters at", "people initially", "Katie Packer and"), or -1 when what is left
 * names nobody: no noun, name, pronoun, relative word, determiner or quantifier standing for people ("which",
 * "many", "the two") or number ("rattling off", "clearly", "flagging").
 */
export function plausibleSourceEnd(ctx: BlockContext, first: number, last: number): number {
  if (off.has('source-shape')) return last;
  const toks = ctx.toks;
  let end = last;
  while (end >= first) {
    const t = toks[end];
    const trailing = t.kind === 'punct' || (t.kind === 'word' && !t.cap && (t.pos === 'I' || t.pos === 'R' || t.pos === 'C') && !SOURCE_WORDS.has(t.lower));
    if (!trailing) break;
    // ("the Athletics Integrity Unit (AIU)": the parenthesis the source opened closes with it)
    if (t.text === ')' && opensParenthesis(ctx, first, end)) break;
    end--;
  }
  for (let k = first; k <= end; k++) {
    const t = toks[k];
    if (t.kind === 'number') return end;
    if (t.kind === 'word' && (t.cap || t.pos === 'N' || t.pos === 'P' || t.pos === 'O' || t.pos === 'D' || t.pos === 'Q' || t.pos === undefined || SOURCE_WORDS.has(t.lower))) return end;
  }
  return -1;
}

/** Subject pronouns, before an active verb. */
const PERSONAL_PRONOUN_WORDS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that']);

/** Words that open a relative or a question, whose report the model rightly runs around its cue. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'what', 'who', 'whom', 'whose', 'that', 'where', 'when', 'how', 'why']);

/**
 * For a model content from token `first` to offset `end` that holds its own cue (ending at offset `cueEnd`, first token
 * `cueTok`): the part after the cue (and its "that") when nothing but words stands between the content's start and
 * the cue; else null.
 */
function afterOwnCue(ctx: BlockContext, first: number, cueTok: number, cueEnd: number, end: number): R | null {
  const toks = ctx.toks;
  // (only a report opening its sentence, its subject a few words of a noun phrase: not "which he described as X", "what
  // economists call spending", "Rubio was asked by ...", whose contents PolNeAR marks around the cue)
  if (sentenceOfToken(ctx, first)?.from !== first || cueTok - first > 4 || RELATIVE_OPENERS.has(toks[first].lower)) return null;
  for (let k = first; k < cueTok; k++) if (toks[k].kind !== 'word' || (toks[k].f & F_AUX) !== 0 || (toks[k].pos === 'V' && !toks[k].cap)) return null;
  let k = cueTok;
  while (k < toks.length && toks[k].start < cueEnd) k++;
  if (toks[k]?.lower === 'that') k++;
  return k < toks.length && toks[k].kind === 'word' && toks[k].start < end ? [toks[k].start, end] : null;
}

/**
 * Whether token k is "told" or "declared" in the passive ("was told", "had been told", "were repeatedly told", "was
 * declared the winner"): its subject is the one told, or what was declared, never the speaker.
 */
function toldPassive(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return (t?.lower === 'told' || t?.lower === 'declared') && passiveBe(ctx, k, 0, true);
}

/**
 * What is alleged after "accused of" or "charged with" when the verb at token k has no object (a passive or a reduced
 * relative: "has been accused of misleading Parliament", "Health secretary accused of ..."), up to the clause's end; else null.
 */
function passiveAllegation(ctx: BlockContext, k: number): R | null {
  const toks = ctx.toks;
  const w = toks[k].lower;
  // ("charged with arson", "charged over a warehouse fire", "accused of fraud", "accused over the leak")
  const prep = toks[k + 1]?.lower;
  if ((w !== 'accused' && w !== 'charged') || !(prep === 'over' || prep === (w === 'charged' ? 'with' : 'of'))) return null;
  // passive ("was accused", "has been formally accused"), after a comma ("Roof, accused of"), or in a headline
  // ("Minister accused of ..."); not a subject's own verb with its object before ("who he accused of")
  let b = k - 1;
  while (b >= 0 && toks[b].kind === 'word' && toks[b].pos === 'R') b--;
  const prev = toks[b];
  const passive = prev !== undefined && (PASSIVE_BE.has(prev.lower) || isPunct(prev, ',') || (ctx.headline && prev.kind === 'word' && !PERSONAL_PRONOUN_WORDS.has(prev.lower)));
  if (!passive) return null;
  const from = k + 2;
  const s = sentenceOfToken(ctx, from);
  return s && from < s.to ? [toks[from].start, trimEnd(ctx, contentEnd(ctx, s, from))] : null;
}

/**
 * Content r of tokens [first, last] up to a comma and "but", "while" or "whereas" that open a clause with a subject of
 * its own (a noun phrase and a finite verb); else r.
 */
function beforeContrastClause(ctx: BlockContext, first: number, last: number, r: R): R {
  const toks = ctx.toks;
  for (let k = first + 1; k + 2 <= last; k++) {
    if (!isPunct(toks[k], ',') || toks[k].quote >= 0 || !CONTRAST_WORDS.has(toks[k + 1].lower)) continue;
    // (the clause's verb may lie just past the content: "..., while Russia's defence ministry | claimed")
    const np = npStartingAt(ctx, k + 2, last + 1);
    if (np && np.to <= last + 1 && np.to < toks.length && isFiniteVerb(ctx, np.to)) return [r[0], toks[k - 1].end];
    // (a headline's verb may read as a noun: "but critics doubt the figure")
    if (ctx.headline && np && np.to - np.from >= 2 && canBeVerb(toks[np.to - 1].lower)) return [r[0], toks[k - 1].end];
  }
  return r;
}
/**
 * A rule's content after its cue ends before a comma and "but", "while" or "whereas" that open another report, its source
 * and cue in the content ("told us the figure includes civilian staff, | but the department's own figures put the losses at
 * 95"): what comes after is that report's, no part of the first one's.
 */
function ruleContentsBeforeContrast(ctx: BlockContext, attributions: RawAttribution[]): void {
  for (const a of attributions) {
    const c = a.content;
    if (c === null || a.rule === 'attr.model' || c[0] < a.cue[1]) continue;
    const first = tokenAtOrAfter(ctx, c[0]);
    const last = tokenAtOrAfter(ctx, c[1]) - 1;
    const r = beforeContrastClause(ctx, first, last, c);
    if (r === c) continue;
    // (the clause after it holds another report's source and cue)
    if (!attributions.some((b) => b !== a && b.source !== null && b.source[0] > r[1] && b.cue[0] < c[1] && b.source[1] <= b.cue[0])) continue;
    a.content = r;
  }
}

/**
 * "The firm admits making the payments but denies that they were bribes": a content that runs on into the subject's next
 * predicate, a denial coordinated with the report by "but" or "and" (its cue outside quotation marks), ends before the
 * conjunction.
 */
function contentsBeforeCoordinatedDenial(ctx: BlockContext, attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    const c = a.content;
    if (c === null || c[0] < a.cue[1]) continue;
    for (const d of denials) {
      // (a denial by a verb, whose source is the report's own: one subject, two predicates)
      if (d.cue[0] <= c[0] || d.cue[0] >= c[1] || d.rule !== 'deny.verb' || a.source === null || d.source === null || d.source[0] !== a.source[0] || d.source[1] !== a.source[1]) continue;
      const k = tokenAtOrAfter(ctx, d.cue[0]);
      const and = k - 1;
      // (not inside an aside between dashes: "comments Trump made — and later walked back — that X")
      if (and <= 0 || toks[k].quote >= 0 || (toks[and].lower !== 'but' && toks[and].lower !== 'and') || toks[k].cap || rangeHas(ctx, tokenAtOrAfter(ctx, c[0]), and, (t) => t.kind === 'punct' && DASHES.has(t.text))) continue;
      // (past a comma before the conjunction)
      const end = isPunct(toks[and - 1], ',') ? and - 2 : and - 1;
      if (end < 0 || toks[end].end <= c[0]) continue;
      a.content = [c[0], toks[end].end];
      break;
    }
  }
}

/** Conjunctions after a comma that open a clause set against the one before (`beforeContrastClause`). */
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'while', 'whereas']);

/** Span r up to its first comma outside quotation marks (null when r begins with it); r when it holds none. */
function beforeComma(ctx: BlockContext, r: R): R | null {
  const toks = ctx.toks;
  for (let k = tokenAtOrAfter(ctx, r[0]); k < toks.length && toks[k].start < r[1]; k++) {
    if (toks[k].quote < 0 && isPunct(toks[k], ',')) return toks[k].start > r[0] ? [r[0], toks[k - 1].end] : null;
  }
  return r;
}

/**
 * In tokens [first, last] after a finite verb of their own, a main clause's passive or perfect predicate ("has been
 * challenged", "was criticised") right after a noun or a quotation's close: its auxiliary's index, or -1.
 */
function mainPredicateIn(ctx: BlockContext, first: number, last: number): number {
  const toks = ctx.toks;
  let verb = false;
  for (let k = first; k < last; k++) {
    const t = toks[k];
    // (not in a clause of its own: "was looking into the claims because staff had complained")
    if (verb && t.kind === 'word' && t.quote < 0 && CLAUSE_SUBORDINATORS.has(t.lower)) return -1;
    if (verb && (t.f & F_AUX) !== 0 && (t.lower === 'has' || t.lower === 'have' || t.lower === 'had' || t.lower === 'was' || t.lower === 'were') && t.quote < 0) {
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if ((prev.kind === 'quote' || (prev.kind === 'word' && (prev.pos === 'N' || prev.pos === undefined))) && (next.lower === 'been' || (next.pos === 'V' && /(?:ed|en)$/.test(next.lower)))) return k;
    }
    // (a possessive's "'s" is no verb: "Carson's aides have been making")
    if (isFiniteVerb(ctx, k) && !isApostropheS(t)) verb = true;
  }
  return -1;
}

/** A relative pronoun two to four tokens before token k, past words only ("that posted the | video"), or -1. */
function relativeBefore(ctx: BlockContext, k: number): number {
  for (let m = k - 2; m >= 0 && m >= k - 4; m--) {
    if (ctx.toks[m].kind !== 'word') return -1;
    // (after its head noun: not "So that's why the auguries foretell")
    if (RELATIVE_WORDS.has(ctx.toks[m].lower)) return headNounAt(ctx, m - 1) ? m : -1;
  }
  return -1;
}

/**
 * Whether the cue first..last is a passive ("is confirmed", "were approved") in a clause of condition: "if" or "unless"
 * within its clause before it, no comma or other verb between.
 */
function conditionalPassive(ctx: BlockContext, first: number, last: number): boolean {
  const toks = ctx.toks;
  if (last === first || !BE_FORMS.has(toks[first].lower) || !toks[last].lower.endsWith('ed')) return false;
  const from = sentenceOfToken(ctx, first)?.from ?? 0;
  for (let m = first - 1; m >= from && first - m <= 6; m--) {
    const t = toks[m];
    if (t.kind !== 'word') return false;
    if (CONDITION_WORDS.has(t.lower)) return true;
    if (isFiniteVerb(ctx, m)) return false;
  }
  return false;
}
/** Words that open a clause of condition. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Whether token k lies in an aside opened by a comma and a relative word ("..., who has fished there since he ..."), in its sentence. */
function relativeAsideAround(ctx: BlockContext, k: number): boolean {
  const from = sentenceOfToken(ctx, k)?.from ?? 0;
  for (let m = k - 1; m > from; m--) {
    const t = ctx.toks[m];
    if (isPunct(t, ',')) return false;
    if (t.kind !== 'word' && t.kind !== 'number') return false;
    if (RELATIVE_WORDS.has(t.lower) && isPunct(ctx.toks[m - 1], ',')) return true;
  }
  return false;
}

/** Participles that open an aside on a noun before an infinitive: "The trial, expected to last six weeks, continues". */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['expected', 'scheduled', 'set', 'due', 'likely']);

/** Whether a comma closes the aside within eight tokens after k, before the sentence's end. */
function closesAside(ctx: BlockContext, k: number): boolean {
  for (let m = k; m < ctx.toks.length && m - k < 8; m++) {
    if (isPunct(ctx.toks[m], ',')) return true;
    if (isPunct(ctx.toks[m], '.;:!?')) return false;
  }
  return false;
}

/** Words after "alleged" that make it a verb ("alleged that", "alleged in a filing"), not an adjective before a noun. */
const ALLEGED_VERB_AFTER: ReadonlySet<string> = new Set(['that', 'to', 'in', 'on', 'by', 'the', 'he', 'she', 'they', 'it', 'without', 'last', 'this', 'at']);

/** Prepositions after a plural noun that opens a phrase about a topic: "Claims about ...", "Reports of ...". */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'over', 'on', 'regarding']);
/** Of `TOPIC_PREPOSITIONS`, those that name only a topic wherever the noun stands: "several claims about the economy". */
const ABOUT_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'regarding']);

/** Whether token k opens its sentence, or follows nothing but a quantifier, a number or an adjective there ("Several claims", "False claims"). */
function opensWithModifiers(ctx: BlockContext, k: number): boolean {
  const from = sentenceOfToken(ctx, k)?.from;
  if (from === undefined || k - from > 2) return false;
  for (let m = from; m < k; m++) {
    const t = ctx.toks[m];
    if (!(t.kind === 'number' || (t.kind === 'word' && (TOPIC_QUANTIFIERS.has(t.lower) || t.pos === 'J')))) return false;
  }
  return true;
}
const TOPIC_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'some', 'numerous', 'various', 'two', 'three', 'four', 'five', 'these', 'the', 'such']);

/** Number words before a plural noun: "five claims" (`attr.model` reads no cue there). */
/**
 * The last of the capitalised words right after token k, none of them in the cue (k itself when there is none): the name
 * after a title's full stop ("Mr. | Obama", `runModel`).
 */
function capitalsAfter(ctx: BlockContext, k: number, cue: { first: number; last: number }): number {
  const toks = ctx.toks;
  let e = k;
  while (e + 1 < toks.length && toks[e + 1].kind === 'word' && toks[e + 1].cap && (e + 1 < cue.first || e + 1 > cue.last)) e++;
  return e;
}

/** The subject the rules read before the cue at token `cue` (`preposedSource` in its sentence), or null. */
function subjectBeforeCue(ctx: BlockContext, cue: number): SourceFound | null {
  const sent = sentenceOfToken(ctx, cue);
  return sent ? preposedSource(ctx, sent, cue) : null;
}

/**
 * Where what is reported begins after a phrase of place that opens at token `from` ("the convention floor | that X", "The
 * Russians, | X", "disclosure forms | a fee was X"), within the content's last token; -1 when nothing is reported after it.
 */
/**
 * The noun phrase that opens the sentence of token k as its subject, right before the sentence's first finite verb, which
 * comes before k (`theyOfSubject`, `itOfSubject`); else null.
 */
function openingSubjectBefore(ctx: BlockContext, k: number): TokRange | null {
  const sent = sentenceOfToken(ctx, k);
  if (!sent || k <= sent.from + 2) return null;
  let v = sent.from;
  while (v < k && !isFiniteVerb(ctx, v)) v++;
  if (v >= k || v === sent.from) return null;
  const np = npEndingAt(ctx, v - 1, sent.from);
  return np !== null && np.from === sent.from ? np : null;
}

/**
 * The subject of the sentence a source "they" stands inside of, when the subject is a plural of people (`GROUP_NOUNS`) right
 * before its finite verb and no other source comes between ("Residents have shared photographs | they | say ..."); else null.
 */
function theyOfSubject(ctx: BlockContext, source: R): R | null {
  const toks = ctx.toks;
  const k = tokenAtOrAfter(ctx, source[0]);
  if (toks[k]?.lower !== 'they' || toks[k].end !== source[1]) return null;
  const np = openingSubjectBefore(ctx, k);
  if (!np || !GROUP_NOUNS.has(toks[np.to - 1].lower)) return null;
  // (no comma, quotation or other "they" between: one clause the group is the subject of)
  for (let m = np.to; m < k; m++) if (isPunct(toks[m], ',;:') || toks[m].kind === 'quote' || toks[m].lower === 'they') return null;
  return [toks[np.from].start, toks[np.to - 1].end];
}

/**
 * The subject of the sentence a source "it" stands in, after a subordinator, when the subject is a body (a name in
 * capitals or a body's noun, `BODY_NOUNS`) that opens the sentence before its finite verb: "Severn Valley Water has been
 * fined £2.1m ..., a year after | it | told customers X"; else null.
 */
function itOfSubject(ctx: BlockContext, source: R): R | null {
  const toks = ctx.toks;
  const k = tokenAtOrAfter(ctx, source[0]);
  if (toks[k]?.lower !== 'it' || toks[k].end !== source[1]) return null;
  if (!IT_SUBORDINATORS.has(toks[k - 1]?.lower ?? '')) return off.has('gap-it') ? null : gapItSubject(ctx, k);
  const np = openingSubjectBefore(ctx, k);
  if (!np) return null;
  const head = toks[np.to - 1];
  const named = head.cap && rangeHas(ctx, np.from, np.to, (x) => x.cap && x.i > np.from);
  if (!named && !BODY_NOUNS.has(head.lower)) return null;
  if (named && canonicalName(ctx.text.slice(toks[np.from].start, head.end)).kind === 'person') return null;
  // (no other "it" nor a quotation between)
  for (let m = np.to; m < k; m++) if (toks[m].kind === 'quote' || toks[m].lower === 'it') return null;
  return [toks[np.from].start, head.end];
}
/**
 * "after a local campaign group published photographs | it said showed X": an "it" that opens a relative clause with no
 * "that" on the object of a clause after a subordinator stands for that clause's subject, a body (`itOfSubject`); else null.
 */
function gapItSubject(ctx: BlockContext, k: number): R | null {
  const toks = ctx.toks;
  const head = toks[k - 1];
  if (head === undefined || head.kind !== 'word' || head.cap || head.pos !== 'N') return null;
  for (let v = k - 2; v > 0 && k - v <= GAP_IT_REACH; v--) {
    if (toks[v].kind !== 'word') return null;
    if (!isFiniteVerb(ctx, v)) continue;
    const np = npEndingAt(ctx, v - 1, 0);
    if (np === null || np.from === 0 || !IT_SUBORDINATORS.has(toks[np.from - 1].lower)) return null;
    const last = toks[np.to - 1];
    const named = last.cap && rangeHas(ctx, np.from, np.to, (x) => x.cap && x.i > np.from) && canonicalName(ctx.text.slice(toks[np.from].start, last.end)).kind !== 'person';
    return named || (!last.cap && BODY_NOUNS.has(last.lower)) ? [toks[np.from].start, last.end] : null;
  }
  return null;
}
/** How many tokens back from such an "it" `gapItSubject` looks for the clause's verb. */
const GAP_IT_REACH = 6;

/** Subordinators before an "it" that stands for the sentence's subject (`itOfSubject`). */
const IT_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'because', 'although', 'though', 'since', 'while', 'as', 'until']);

/** Pronouns that may open a sentence as its subject and speak: "It did not comment", "They declined to say". */
const OPENING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

/**
 * Whether the cue [first, last] is a participle in a phrase that opens the sentence at `from`, with no finite verb
 * before it: "Citing X,", "Lamenting their luck,", "With Democratic leaders increasingly worried about X,".
 */
function frontedParticiple(ctx: BlockContext, from: number, first: number, last: number): boolean {
  const toks = ctx.toks;
  let k = first;
  while (k < last && isAdverb(toks[k])) k++;
  const w = toks[k].lower;
  // (a past participle only where no subject can come before it: "Pressed again about X,", "With Democratic leaders
  // increasingly worried about X,"; not the finite "The FBI concluded that while X, Y")
  if (toks[k].kind !== 'word' || (k > 0 && (toks[k - 1].f & F_AUX) !== 0)) return false;
  if (!w.endsWith('ing') && !(w.endsWith('ed') && (first === from || (toks[from].pos === 'I' && !toks[from].cap) || toks[from].lower === 'with'))) return false;
  for (let j = from; j < first; j++) if (isFiniteVerb(ctx, j) || isPunct(toks[j], ',;:')) return false;
  return true;
}

function placePhraseEnd(ctx: BlockContext, from: number, last: number): number {
  const toks = ctx.toks;
  const np = npStartingAt(ctx, from, last + 1);
  if (np === null || np.to > last) return -1;
  const t = toks[np.to];
  if (t.lower === 'that' || isPunct(t, ',')) return np.to + 1 <= last ? np.to + 1 : -1;
  return clauseAt(ctx, np.to, last + 1) ? np.to : -1;
}
/** Prepositions of a place where something was done: "arguing on | the touchline". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'inside', 'outside', 'near', 'beside', 'behind']);
/** Quantifiers the model may read as the source of a noun after them ("many | questions about"). */
const QUANTIFIER_SOURCES: ReadonlySet<string> = new Set(['many', 'some', 'few', 'several', 'more', 'most', 'numerous']);
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens']);
/** Nouns of a quantity before "of" and a plural: "a number of claims", "a series of reports", "a raft of allegations". */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['number', 'series', 'raft', 'string', 'flurry', 'wave', 'host', 'spate', 'slew', 'range', 'couple', 'handful', 'lot', 'lots', 'dozens', 'hundreds', 'thousands']);

/** In a cue of two or three words ("was accused of", "accused of"), its "accused" or "charged" (else its last token). */
function alleging(ctx: BlockContext, first: number, last: number): number {
  for (let k = first; k <= last; k++) if (ctx.toks[k].lower === 'accused' || ctx.toks[k].lower === 'charged') return k;
  return last;
}

/** Whether tokens [from, to) hold a "(" they do not close. */
function opensParenthesis(ctx: BlockContext, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const x = ctx.toks[k].text;
    if (x === '(') depth++;
    else if (x === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Words that stand for people as a source whatever part of speech the lexicon gives them: relative words ("the report that said") and quantifiers ("many said", "most agreed"). */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'many', 'most', 'few', 'several', 'some', 'all', 'both', 'none', 'others', 'much']);

/**
 * The source of a participle cue at `start` after a comma, "and" or "by" (`participleSource`), or opening the sentence
 * (the main clause's subject), or null.
 */
function participleSubject(ctx: BlockContext, start: number, psrc: Map<number, SourceFound | null>): SourceFound | null {
  const i = tokenAtOrAfter(ctx, start);
  const t = ctx.toks[i];
  if (!t || t.start !== start || !t.lower.endsWith('ing') || t.lower === 'according') return null;
  const s = sentenceOfToken(ctx, i);
  if (!s) return null;
  const k = skipLeftModifiers(ctx, i - 1, s.from);
  // ("Citing a leaked report, the senator accused X", "Noting that prices had doubled, the report said Y": a participle
  // that opens the sentence hangs on the main clause's subject after its phrase's comma, as PolNeAR's annotators mark it;
  // the tagger may read its capital as a noun's, "Lamenting their luck, farmers said")
  if (k < s.from || (k === s.from && OPENING_CONJUNCTIONS.has(ctx.toks[k].lower))) {
    const comma = mainClauseComma(ctx, s, i);
    const np = comma < 0 ? null : npStartingAt(ctx, comma + 1, s.to);
    return np ? { range: np, type: sourceType(ctx, np) } : null;
  }
  if (t.pos !== 'V') return null;
  const before = ctx.toks[k];
  // (a comma, or a comma and a quotation's closing mark: 'is a "distortion," describing ...')
  const quoteComma = before?.kind === 'quote' && k > s.from && isPunct(ctx.toks[k - 1], ',');
  if (!before || !(isPunct(before, ',') || quoteComma || before.lower === 'and' || before.lower === 'by')) return null;
  return participleSource(ctx, s, i, psrc);
}

/**
 * Whether token sf opens the object of the finite verb (not an auxiliary, nor one of `OBJECT_PREDICATE_VERBS`) that follows
 * token `from`, the end of the clause's subject: the verb right before sf, or a noun or two after the verb ("granted | Mr.
 * Clarke", "has cleared sprinter | Dana Okafor", a noun the lexicon does not know too; not "tweeted when | Clinton ended").
 */
function objectOfSubjectVerb(ctx: BlockContext, from: number, sf: number): boolean {
  const toks = ctx.toks;
  for (let m = sf - 1; m >= from && sf - m <= 3; m--) {
    const t = toks[m];
    if (t.kind !== 'word') return false;
    // (a participle after an auxiliary too: "has cleared")
    if (isFiniteVerb(ctx, m) || (t.pos === 'V' && m > from && (toks[m - 1].f & F_AUX) !== 0)) return (t.f & F_AUX) === 0 && !OBJECT_PREDICATE_VERBS.has(t.lower) && (m === sf - 1 || !rangeHas(ctx, m + 1, sf, (x) => !(x.pos === 'N' || x.pos === undefined) || x.cap || CLAUSE_SUBORDINATORS.has(x.lower) || RELATIVE_WORDS.has(x.lower)));
  }
  return false;
}

/**
 * Whether `cue` follows the rule attribution's cue in its clause, before its content and not in its
 * source: the same sentence, no clause break between them.
 */
function inCueClause(ctx: BlockContext, a: RawAttribution, cueStart: number, cueEnd: number): boolean {
  const from = a.cue[1];
  if (from > cueStart) return false;
  const before = (r: R | null): boolean => r !== null && r[1] > from && r[0] < cueEnd;
  if (before(a.content) || before(a.source)) return false;
  if (CLAUSE_BREAK.test(ctx.text.slice(from, cueStart))) return false;
  const s = ctx.sentences.find((x) => x.start <= a.cue[0] && a.cue[0] < x.end);
  return s !== undefined && cueStart < s.end;
}

/**
 * Whether every token of the cue at [start, end) is an adverb, a negation or an auxiliary ("has also",
 * "did not"), but for an adverb that reports on its own (`REPORTING_ADVERBS`: "reportedly").
 */
export function onlyModifiers(ctx: BlockContext, start: number, end: number): boolean {
  for (let k = tokenAtOrAfter(ctx, start); k < ctx.toks.length && ctx.toks[k].start < end; k++) {
    const t = ctx.toks[k];
    if (!(t.kind === 'word' && !t.cap && (t.pos === 'R' || isAdverb(t) || AUX.has(t.lower))) || REPORTING_ADVERBS.has(t.lower)) return false;
  }
  return true;
}

/**
 * Whether the participle at token k follows "had" or "got" (`CAUSING_VERBS`) and a noun phrase of a determiner, words and numbers
 * ("had a bid of £6m | rejected", "got their claim | dismissed"): what was done to the object, no report.
 */
function causedAct(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  for (let m = k - 1; m >= 0 && k - m <= 8; m--) {
    const t = toks[m];
    // (an article or a possessive opening the object, a noun or a figure ending it: not "How has the administration
    // responded?", "who had both endorsed X")
    if (CAUSING_VERBS.has(t.lower)) return m + 2 < k && OBJECT_OPENERS.has(toks[m + 1].lower) && (toks[k - 1].kind === 'number' || toks[k - 1].pos === 'N' || toks[k - 1].cap);
    if (t.kind === 'word' ? isFiniteVerb(ctx, m) && m < k - 1 : t.kind !== 'number' && !CURRENCY_SIGNS.has(t.text)) return false;
  }
  return false;
}
/** Verbs that have something done to their object: "had a bid rejected", "got the decision overturned". */
const CAUSING_VERBS: ReadonlySet<string> = new Set(['had', 'having', 'got', 'get', 'gets', 'getting']);
/** Words that open the object of `CAUSING_VERBS`: an article or a possessive. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words that narrow what follows them, without which a statement says another thing: "only one of the four prisons". */
const FOCUS_WORDS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'barely', 'nearly', 'almost', 'hardly', 'scarcely']);

/** Quantifiers before "of" that open a subject: "most of the cuts", "half of the jobs". */
const QUANTIFIERS_BEFORE_OF: ReadonlySet<string> = new Set(['most', 'some', 'all', 'many', 'much', 'half', 'none', 'each', 'both', 'several', 'few', 'any', 'part', 'one', 'two', 'three']);

/** Relative words a model content may end on, cut from their clause: "..., of which", "..., whose". */
const DANGLING_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'whose', 'where']);
/** Prepositions before a relative word: "of which", "for whom". */
const PREPOSITIONS_BEFORE_RELATIVE: ReadonlySet<string> = new Set(['of', 'for', 'to', 'in', 'with', 'by', 'from', 'on', 'at']);

/**
 * Whether the colon at token `colon` closes a credit line: "by" and a name of at most
 * `CREDIT_MAX_WORDS` capitalised words and possessives ("by Times' Ana Reyes:", "by the Journal's Ana Reyes:").
 */
export function isCreditBefore(ctx: BlockContext, colon: number): boolean {
  const toks = ctx.toks;
  let k = colon - 1;
  while (k >= 0 && colon - k <= CREDIT_MAX_WORDS && (toks[k].cap || toks[k].lower === "'s" || toks[k].text === "'" || toks[k].text === '’' || toks[k].lower === 'the' || toks[k].text === '.')) k--;
  return k >= 0 && k < colon - 1 && toks[k].lower === 'by';
}
/** The most tokens of a credit line's name. */
const CREDIT_MAX_WORDS = 8;

/** Whether a word of the cue at [start, end) stands in a non-cue context ("needless to say"). */
function isNonCueSpan(ctx: BlockContext, start: number, end: number): boolean {
  for (let k = tokenAtOrAfter(ctx, start); k < ctx.toks.length && ctx.toks[k].start < end; k++) if (isNonCue(ctx, k)) return true;
  return false;
}

/**
 * The content of a report that closes its sentence and whose source follows "as" ("The plant employs 420 people, as
 * the newspaper said"): what comes before "as" and its comma; after "not" and a figure, that figure is what was said
 * ("about 380 people, not 420 as the newspaper said": the newspaper said 420). After "than" ("costs less than Holt
 * said"), none. Else the content as it is.
 */
function asSourceSaid(ctx: BlockContext, src: number, afterCue: number, content: R): R | null {
  const toks = ctx.toks;
  // "costs less than Holt said": what was said is not in the sentence
  // (not what comes after the cue: "spend more than the alliance's recommended 2 percent")
  if (src > 0 && toks[src - 1].lower === 'than' && !countAt(ctx, src) && content[0] < toks[src].start) return null;
  // "It is not true, as some advocates say, that every company saw revenue rise": the clause after the aside
  if (src > 1 && toks[src - 1].lower === 'as' && isPunct(toks[src - 2], ',') && afterCue + 2 < toks.length && isPunct(toks[afterCue], ',') && toks[afterCue + 1].lower === 'that') {
    const s = sentenceOfToken(ctx, afterCue);
    if (s) return [toks[afterCue + 2].start, trimEnd(ctx, contentEnd(ctx, s, afterCue + 2))];
  }
  // (only where the report closes the sentence: "The bridge, as the mayor said, is safe" says more after it)
  if (afterCue < toks.length && !isPunct(toks[afterCue], '.!?;')) return content;
  const as = src - 1;
  // ("as" inside the content, or right after it)
  if (as < 1 || toks[as].lower !== 'as' || toks[as].start < content[0] || (toks[as].end > content[1] && toks[as - 1].end !== content[1])) return content;
  let e = as - 1;
  if (isPunct(toks[e], ',')) e--;
  if (e < 0 || toks[e].end <= content[0]) return null;
  // "not 420 as": the figure (and its unit words) after "not"
  let n = e;
  while (n > 0 && n > e - 4 && toks[n].lower !== 'not' && !isPunct(toks[n], ',')) n--;
  if (toks[n].lower === 'not' && n < e && toks[n + 1].kind === 'number' && toks[n].start >= content[0]) return [toks[n + 1].start, toks[e].end];
  return [content[0], toks[e].end];
}

/**
 * The clause before ", as" when a passive participle's "as" clause closes the sentence with its agent ("X, as announced by
 * the Department for Transport.", "X, as reported by Reuters"): from the sentence's start to before the comma; else null.
 */
function asReportedBy(ctx: BlockContext, cue: number, sourceFrom: number, sourceLast: number): R | null {
  const toks = ctx.toks;
  if (cue < 3 || toks[cue - 1].lower !== 'as' || !isPunct(toks[cue - 2], ',') || toks[cue + 1]?.lower !== 'by' || sourceFrom !== cue + 2) return null;
  const s = sentenceOfToken(ctx, cue);
  if (!s || !(sourceLast + 1 === s.to || (sourceLast + 2 === s.to && isPunct(toks[sourceLast + 1], '.!')))) return null;
  return cue - 3 > s.from ? [toks[s.from].start, toks[cue - 3].end] : null;
}

/** Words after "than" that count rather than compare ("more than half", "fewer than a third", "more than a dozen"). */
const COUNT_AFTER_THAN: ReadonlySet<string> = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'twice', 'double', 'triple', 'a', 'an', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);

/** A fraction written as one word: "two-thirds", "three-quarters". */
const FRACTION = /-(?:halves|thirds?|quarters?|fifths?|tenths?)$/;

/** Whether the token at k begins a count: a number, a number word or `COUNT_AFTER_THAN`. */
function countAt(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && (t.kind === 'number' || (t.f & F_NUMBER_WORD) !== 0 || COUNT_AFTER_THAN.has(t.lower) || FRACTION.test(t.lower));
}

/**
 * Whether the token at k is a past participle between an article and a statement's noun (`STATEMENT_NOUNS`): "in a
 * written statement", "a prepared response" (not "an impassioned defense", which PolNeAR marks as a report's cue).
 */
function participleBeforeStatement(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  const t = toks[k];
  const before = toks[k - 1];
  const after = toks[k + 1];
  return before !== undefined && after !== undefined && t.kind === 'word' && !t.cap && /(?:ed|en)$/.test(t.lower) && ARTICLES.has(before.lower) && STATEMENT_NOUNS.has(after.lower);
}

/**
 * Whether the participle at k describes a statement that a preposition governs ("In a statement posted on its website,
 * the club said": "posted" is no report; the statement is no subject that could make it one).
 */
function participleAfterObject(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  const t = toks[k];
  if (k < 3 || t.kind !== 'word' || t.cap || !/(?:ed|en)$/.test(t.lower)) return false;
  const noun = toks[k - 1].lower;
  return (STATEMENT_NOUNS.has(noun) || ONLINE_POST_NOUNS.has(noun)) && (toks[k - 2].f & F_DETERMINER) !== 0 && OBJECT_PREPOSITIONS.has(toks[k - 3].lower);
}

/** Prepositions whose object a statement noun can be ("in a statement posted ...", "with a video shared ..."). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'from', 'with', 'by', 'via', 'through', 'at', 'of']);

/** Whether token k opens its sentence, alone or after "When" or "If" ("Asked whether ...", "When asked whether ..."). */
function frontedAt(ctx: BlockContext, k: number): boolean {
  const from = sentenceOfToken(ctx, k)?.from;
  return from === k || (from === k - 1 && (ctx.toks[k - 1].lower === 'when' || ctx.toks[k - 1].lower === 'if'));
}

/**
 * Prepositions after which a model's cue of one word is the preposition's object, a noun whose owner is not the
 * sentence's subject ("protest against plans to close", "amid fears that"; not "with plans to return", "in hopes that",
 * which are the subject's).
 */
const NOUN_AFTER_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'about', 'over', 'amid', 'despite']);

/**
 * The block's sentences as the model reads them: the first begun after a dateline ("KYIV, March 3 (Reuters) - "), which
 * is no part of it (the model had read "March 3 (Reuters) - Ukraine's military said" as the content of "said").
 */
function modelSentences(ctx: BlockContext): readonly { start: number; end: number }[] {
  const first = ctx.toks[0];
  if (first === undefined || !(first.cap || first.kind === 'number' || first.kind === 'punct') || ctx.sentences.length === 0) return ctx.sentences;
  const end = datelineEnd(ctx);
  if (end === 0 || end >= ctx.sentences[0].to) return ctx.sentences;
  const sentences = ctx.sentences.slice();
  sentences[0] = { ...sentences[0], start: ctx.toks[end].start };
  return sentences;
}

/** The token after the last colon in [from, to) ("Q&A: | What ..."), else `from`. */
function pastLabel(ctx: BlockContext, from: number, to: number): number {
  let k = from;
  for (let m = from; m < to; m++) if (isPunct(ctx.toks[m], ':')) k = m + 1;
  return k;
}

/**
 * A content that ends on a question word says nothing of its own: "What does the council say?" and "What we know"
 * report nothing (the attribution goes), "Here is what the data shows." reports what follows (no content); nor does a
 * heading's that opens on it and holds the cue ("What the health secretary said about waiting lists").
 */
function dropWhContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  let n = 0;
  for (const a of attributions) {
    const last = a.content === null ? -1 : tokenAtOrAfter(ctx, a.content[1]) - 1;
    // (or a heading's that opens on it, past a label, and holds the cue: "Q&A: What the health secretary said about
    // waiting lists", read whole; in prose "what she said is growing demand" is PolNeAR's content)
    const whole = ctx.headline && a.content !== null && a.content[0] <= a.cue[0] && a.content[1] >= a.cue[1] && WH_CONTENT.has(toks[pastLabel(ctx, tokenAtOrAfter(ctx, a.content[0]), tokenAtOrAfter(ctx, a.cue[0]))].lower);
    if (last >= 0 && ((toks[last].kind === 'word' && WH_CONTENT.has(toks[last].lower)) || whole)) {
      const s = sentenceOfToken(ctx, last);
      // (a question, or a heading's or a short line's words: no report)
      if (ctx.headline || (s !== undefined && isPunct(toks[s.to - 1], '?'))) continue;
      a.content = null;
    }
    attributions[n++] = a;
  }
  attributions.length = n;
}

/**
 * A report in a free relative whose "what" is its object, the clause closed by a comma after the cue ("Despite what
 * officials say, the river is polluted", "Contrary to what the governor claimed, ..."): what it reports is only the
 * "what", as PolNeAR's annotators mark it; the clause after the comma is the article's own. (Not at a full stop: "Here
 * is what the data shows." reports what follows, `dropWhContents`.)
 */
function whObjectContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.source === null || a.source[1] > a.cue[0]) continue;
    const w = tokenAtOrAfter(ctx, a.source[0]) - 1;
    if (toks[w]?.lower !== 'what' || ctx.text.slice(a.source[1], a.cue[0]).trim() !== '') continue;
    // (or a subordinate clause after it: "That was what Liz Wahl said when she resigned")
    const after = toks[tokenAtOrAfter(ctx, a.cue[1])];
    if (after === undefined || !(isPunct(after, ',;') || (after.kind === 'word' && WH_OBJECT_CLAUSE_ENDS.has(after.lower)))) continue;
    a.content = [toks[w].start, toks[w].end];
  }
}

/** Subordinators that open a clause after a free relative's report ("what she said | when she resigned"). */
const WH_OBJECT_CLAUSE_ENDS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'because', 'while', 'although', 'though', 'until']);

/** Question words that end a content that says nothing of its own ("Here is what | the data shows"). */
const WH_CONTENT: ReadonlySet<string> = new Set(['what', 'how', 'why', 'where', 'when', 'whether']);

/**
 * Sources that run back into the block's dateline ("DALMORE, Nov. 12 - The county election board rejected ...") begin
 * after it. (Only a block whose first token is a capitalised word can have one: most are left at once.)
 */
function clipDateline(ctx: BlockContext, attributions: RawAttribution[], denials: RawDenial[]): void {
  const first = ctx.toks[0];
  if (first === undefined || !(first.cap || first.kind === 'number' || first.kind === 'punct') || (attributions.length === 0 && denials.length === 0)) return;
  const end = datelineEnd(ctx);
  if (end === 0) return;
  const at = ctx.toks[end].start;
  for (const f of [...attributions, ...denials]) if (f.source !== null && f.source[0] < at && f.source[1] > at) f.source = [at, f.source[1]];
}

/**
 * The first comma in tokens [from, last) outside quotations with a finite verb right after it, before token `to`
 * (`finiteVerbAfterComma`: ", was posted", ", has been shared", past adverbs ", later denied it"), or -1.
 */
function closingCommaBeforeVerb(ctx: BlockContext, from: number, last: number, to: number): number {
  const toks = ctx.toks;
  for (let m = Math.max(from, 1); m < last; m++) if (toks[m].quote < 0 && isPunct(toks[m], ',') && finiteVerbAfterComma(ctx, m, to)) return m;
  return -1;
}

/**
 * A model report in a relative clause between commas ("The report, which said fares rose by 10%, was published"): what
 * it says ends at the comma that closes the clause before the main clause's verb, as the rules' `attr.relative` reads it.
 */
function relativeModelContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.source === null || a.content === null || a.content[0] < a.cue[1]) continue;
    const k = tokenAtOrAfter(ctx, a.source[0]);
    const t = toks[k];
    if (t === undefined || t.end !== a.source[1] || (t.lower !== 'which' && t.lower !== 'who') || k === 0 || !isPunct(toks[k - 1], ',')) continue;
    const m = closingCommaBeforeVerb(ctx, tokenAtOrAfter(ctx, a.content[0]), tokenAtOrAfter(ctx, a.content[1]) - 1, toks.length);
    if (m > 0) a.content = [a.content[0], toks[m - 1].end];
  }
}

/**
 * A request in a letter ("Tom Maddox wrote to the Speaker asking for the record to be corrected", `WRITING_TO_VERBS`,
 * `REQUEST_PARTICIPLES`): the participle is the cue, the writer its source, what follows it its content. The model may
 * read the addressee as the participle's source, or the verb of writing as a cue whose content is the addressee (and the
 * request after it): the writer's report is then the participle's, and the writing's is dropped.
 */
function writtenRequests(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (let v = 0; v + 3 < toks.length; v++) {
    if (toks[v + 1].lower !== 'to' || !(WRITING_TO_VERBS.has(toks[v].lower) || LETTER_NOUNS.has(toks[v].lower))) continue;
    const s = sentenceOfToken(ctx, v);
    if (!s) continue;
    // (the verb that sent the letter: "sent a letter to", "sent an open letter to")
    let verb = v;
    if (LETTER_NOUNS.has(toks[v].lower)) while (verb > s.from && v - verb < 4 && !isFiniteVerb(ctx, verb)) verb--;
    if (!isFiniteVerb(ctx, verb) && !WRITING_TO_VERBS.has(toks[verb].lower)) continue;
    const np = npStartingAt(ctx, v + 2, s.to);
    if (np === null) continue;
    const r = np.to < s.to && isPunct(toks[np.to], ',') ? np.to + 1 : np.to;
    if (r >= s.to - 1 || !REQUEST_PARTICIPLES.has(toks[r].lower)) continue;
    const written = attributions.findIndex((a) => a.cue[0] <= toks[v].start && toks[v].end <= a.cue[1]);
    const w = written >= 0 ? attributions[written] : null;
    // (the writing's content is the addressee, with the request or without it)
    if (w !== null && (w.content === null || w.content[0] !== toks[np.from].start)) continue;
    const writer = w?.source ?? writerOf(ctx, attributions, s, verb);
    if (writer === null) continue;
    const p = attributions.find((a) => a.cue[0] === toks[r].start);
    if (p !== undefined) {
      if (p.source !== null && (p.source[0] < toks[np.from].start || p.source[1] > toks[np.to - 1].end) && p.source[0] !== writer[0]) continue;
      p.source = writer;
      p.sourceType = w?.sourceType ?? p.sourceType;
    } else if (w !== null && w.content !== null && w.content[1] > toks[r].end) {
      // (the writing's report becomes the request's: its cue the participle, its content what follows)
      attributions.push({ ...w, cue: [toks[r].start, toks[r].end], content: [toks[r + 1].start, w.content[1]] });
    } else continue;
    if (written >= 0) attributions.splice(written, 1);
  }
}

/**
 * A model report whose source is the last noun phrase of a relative clause between commas on the sentence's subject
 * ("Island Link, which runs ferries between Portmere and | the Skerry Isles |, has blamed storms"): the subject is the
 * source, the clause's antecedent.
 */
function relativeClauseSources(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.source === null || a.source[1] > a.cue[0]) continue;
    const last = tokenAtOrAfter(ctx, a.source[1]);
    if (!isPunct(toks[last], ',') || toks[last + 1]?.start !== a.cue[0]) continue;
    const s = sentenceOfToken(ctx, last);
    const first = tokenAtOrAfter(ctx, a.source[0]);
    if (!s || first <= s.from + 2) continue;
    let m = first - 1;
    while (m > s.from && !isPunct(toks[m], ',') && toks[m].quote < 0) m--;
    if (m <= s.from || !isPunct(toks[m], ',') || m + 1 >= first || !RELATIVE_WORDS.has(toks[m + 1].lower) || toks[m + 1].lower === 'that') continue;
    const np = npEndingAt(ctx, m - 1, s.from);
    if (np === null || np.from !== s.from) continue;
    a.source = sourceSpan(ctx, np);
    a.sourceType = sourceType(ctx, np);
  }
}

/**
 * Who wrote, for a verb of writing or sending at token `verb` (`writtenRequests`): the subject before it, or the source of
 * a report before it in its sentence that "and" joins it to ("Maddox said X and wrote to the Speaker"); else null.
 */
function writerOf(ctx: BlockContext, attributions: readonly RawAttribution[], s: Sentence, verb: number): R | null {
  const toks = ctx.toks;
  if (verb > s.from && toks[verb - 1].lower === 'and') {
    let joined: R | null = null;
    for (const a of attributions) if (a.source !== null && a.source[1] <= a.cue[0] && a.source[0] >= toks[s.from].start && a.cue[1] <= toks[verb - 1].start) joined = a.source;
    if (joined !== null) return joined;
  }
  const subject = subjectBeforeCue(ctx, verb);
  return subject ? sourceSpan(ctx, subject.range) : null;
}

/**
 * An accusation's content (`ACCUSING_CUES`) ends before the report that led to it, after "after" or "following" with a
 * source and a reporting verb of its own: "accused the trust of \"profiteering\" | after figures showed it made £3.1m" (the
 * figures' report is an attribution of its own). Other reports keep such a clause, as PolNeAR's annotators mark them
 * ("said X when Y").
 */
function promptedContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.content === null || a.content[0] < a.cue[1] || !ACCUSING_CUES.has(ctx.text.slice(a.cue[0], a.cue[1]).toLowerCase())) continue;
    const from = tokenAtOrAfter(ctx, a.content[0]);
    const to = tokenAtOrAfter(ctx, a.content[1]);
    for (let k = from + 1; k + 2 < to; k++) {
      if ((toks[k].lower !== 'after' && toks[k].lower !== 'following') || toks[k].quote >= 0 || !reportingClauseAt(ctx, k + 1, to)) continue;
      const end = isPunct(toks[k - 1], ',') ? k - 1 : k;
      if (end > from) a.content = [a.content[0], toks[end - 1].end];
      break;
    }
  }
}

/**
 * A model report's content that opens with the day it was said, right after the cue, before a clause ("said Thursday | it
 * had shot down 42 drones", "Officials said Monday | the bridge was closed"): the day is when, no part of what was said.
 */
function dayLedModelContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.content === null || a.content[0] < a.cue[1]) continue;
    const k = tokenAtOrAfter(ctx, a.content[0]);
    if (k !== tokenAtOrAfter(ctx, a.cue[1]) || !WEEKDAYS.has(toks[k].lower) || !toks[k].cap) continue;
    const to = tokenAtOrAfter(ctx, a.content[1]);
    // (not the day's own phrase: "said Monday's decision will make X")
    if (k + 2 < to && !isApostropheS(toks[k + 1]) && clauseAt(ctx, k + 1, to)) a.content = [toks[k + 1].start, a.content[1]];
  }
}

/**
 * A model report in a restrictive relative clause on the sentence's subject ("The 1998 paper that first suggested one |
 * was retracted", "The paper that suggested vaccines cause autism | was retracted by The Lancet"): the sentence's own
 * verb ends the content, the main predicate after the clause, or with none found (the tagger reads "cause" as a noun)
 * the one finite verb the content holds; the source is the relative pronoun, as the rules give it.
 */
function subjectRelativeModelContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.source === null || a.content === null || a.content[0] < a.cue[1]) continue;
    // (the relative pronoun in the source, past adverbs before the cue: "that first suggested")
    const cue = tokenAtOrAfter(ctx, a.cue[0]);
    let r = cue - 1;
    while (r > 0 && (isAdverb(toks[r]) || toks[r].lower === 'first')) r--;
    if (r <= 0 || toks[r].lower !== 'that' || toks[r].start < a.source[0] || !(toks[r - 1].kind === 'word' && (toks[r - 1].pos === 'N' || toks[r - 1].cap))) continue;
    const s = sentenceOfToken(ctx, r);
    if (s === undefined) continue;
    const head = npEndingAt(ctx, r - 1, s.from);
    if (head === null || head.from !== s.from) continue;
    const from = tokenAtOrAfter(ctx, a.content[0]);
    const to = tokenAtOrAfter(ctx, a.content[1]);
    let main = mainPredicateAfterClause(ctx, from, to);
    if (main <= from) {
      // (the one finite verb the content holds, outside quotation marks)
      main = -1;
      for (let k = from; k < to; k++) {
        if (toks[k].quote >= 0 || !isFiniteVerb(ctx, k) || isApostropheS(toks[k])) continue;
        if (main >= 0 && k > main + 1 && !isFiniteVerb(ctx, k - 1)) {
          main = -1;
          break;
        }
        if (main < 0) main = k;
      }
    }
    if (main <= from) continue;
    a.content = [a.content[0], toks[main - 1].end];
    a.source = [toks[r].start, toks[r].end];
  }
}

/**
 * A model report's content that ends in a relative pronoun before a comma loses it (see below), and one that ends in a
 * passive's "by" ("its members had been told this by | call handlers", the
 * lexicon reading "call" as a verb) takes in the noun phrase after it when that phrase ends the sentence.
 */
function prepositionEndModelContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.content === null || a.content[0] < a.cue[1]) continue;
    const last = tokenAtOrAfter(ctx, a.content[1]) - 1;
    const p = toks[last];
    if (p === undefined || p.end !== a.content[1]) continue;
    // ("point to a planning document which|, they say, lists X": a relative pronoun cut off by a parenthetical frame is
    // the next report's, its clause after the frame; the noun phrase before it is what was pointed to)
    if (RELATIVE_PRONOUNS.has(p.lower) && last - 1 > tokenAtOrAfter(ctx, a.content[0]) && isPunct(toks[last + 1], ',') && (toks[last - 1].kind === 'word' || toks[last - 1].kind === 'number')) {
      a.content = [a.content[0], toks[last - 1].end];
      continue;
    }
    // ("defends record on NHS waiting | lists": a noun cut from the end of the compound that ends the sentence)
    const next = toks[last + 1];
    // (or after a determiner, which ends no content: "brings into the | fold", "this | blunderbuss")
    if (next !== undefined && next.kind === 'word' && next.pos === 'N' && !next.cap && (next.f & F_DATE_WORD) === 0 && (p.pos === 'N' || p.pos === 'V' || p.pos === 'J' || (p.f & F_DETERMINER) !== 0) && p.kind === 'word' && !p.cap &&
        (last + 2 >= toks.length || (isPunct(toks[last + 2], '.!?') && sentenceOfToken(ctx, last + 2)?.to === last + 3)) && !off.has('cut-compound')) {
      a.content = [a.content[0], next.end];
      continue;
    }
    // ("three games in | which he played": a preposition cut from its relative pronoun; the clause goes on to its comma or
    // the sentence's end)
    if (p.kind === 'word' && p.pos === 'I' && !p.cap && (next?.lower === 'which' || next?.lower === 'whom') && !off.has('relative-preposition')) {
      const s = sentenceOfToken(ctx, last);
      let end = last + 2;
      while (s !== undefined && end < s.to && !isPunct(toks[end], ',;:') && end - last <= 14) end++;
      while (end - 1 > last + 1 && toks[end - 1].kind !== 'word' && toks[end - 1].kind !== 'number') end--;
      if (end - 1 > last + 1) a.content = [a.content[0], toks[end - 1].end];
      continue;
    }
    if (p.lower !== 'by') continue;
    const s = sentenceOfToken(ctx, last);
    if (s === undefined) continue;
    let end = s.to;
    while (end - 1 > last && toks[end - 1].kind !== 'word') end--;
    // (the words after it, a noun last: "call handlers", "the council")
    if (end - 1 <= last || end - last > 6 || toks[end - 1].pos === 'V' || !rangeHas(ctx, last + 1, end, (x) => x.kind === 'word') || rangeHas(ctx, last + 1, end, (x) => x.kind !== 'word' || (x.f & F_AUX) !== 0 || x.pos === 'I')) continue;
    a.content = [a.content[0], toks[end - 1].end];
  }
}

/**
 * A model report whose cue is an allegation's noun with its "that" clause, the subject of the sentence's verb ("A rumour
 * that the vaccine \"contains pork gelatine\" has spread through WhatsApp groups", "A claim by DataNest that X has been
 * questioned"): what it says ends before that verb.
 */
function subjectClauseModelContents(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const a of attributions) {
    if (a.rule !== 'attr.model' || a.content === null || a.content[0] < a.cue[1]) continue;
    const c = tokenAtOrAfter(ctx, a.cue[0]);
    if (toks[c].end !== a.cue[1] || !ALLEGATION_NOUNS.has(toks[c].lower)) continue;
    // (the clause after its "that", right after the noun or past who made the claim: "A claim by DataNest that X")
    const s = sentenceOfToken(ctx, c);
    if (!s) continue;
    const that = clauseThatAfter(ctx, c, s.to);
    const k = tokenAtOrAfter(ctx, a.content[0]);
    if (that < 0 || (k !== that && k !== that + 1)) continue;
    const from = that + 1;
    const main = mainPredicateAfterClause(ctx, from, s.to);
    if (main > from && toks[main].start < a.content[1]) a.content = [a.content[0], toks[main - 1].end];
  }
}

/**
 * An allegation's noun whose "that" clause is the subject of a passive of making it, by someone ("A claim that 90% of
 * new jobs go to foreign workers has been repeated by several MPs", "The claim that X was made by the home secretary"):
 * the one after "by" reports the clause. A report the model found there with no content gets the clause; else the
 * finding is new (`attr.claim-made-by`).
 */
function claimsMadeBy(ctx: BlockContext, attributions: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const s of ctx.sentences) {
    for (let k = s.from + 1; k + 3 < s.to; k++) {
      if (toks[k].lower !== 'that' || !ALLEGATION_NOUNS.has(toks[k - 1].lower) || toks[k].quote >= 0) continue;
      const main = mainPredicateAfterClause(ctx, k + 1, s.to);
      if (main <= k + 1) continue;
      // (the passive's auxiliaries, then the participle of making and "by")
      let v = main;
      while (v < s.to && ((toks[v].f & F_AUX) !== 0 || PASSIVE_BE.has(toks[v].lower))) v++;
      if (v === main || v + 2 >= s.to || !MAKING_PARTICIPLES.has(toks[v].lower) || toks[v + 1].lower !== 'by') continue;
      let np = npStartingAt(ctx, v + 2, s.to);
      if (np === null) continue;
      // (up to when: "by several MPs | in recent weeks", "by the minister | on Tuesday")
      for (let m = np.from + 1; m + 1 < np.to; m++) {
        if (SETTING_PREPOSITIONS.has(toks[m].lower) && rangeHas(ctx, m + 1, np.to, (x) => isDateToken(ctx, x.i) || TIME_SPAN_WORDS.has(x.lower))) {
          np = { from: np.from, to: m };
          break;
        }
      }
      const content: R = [toks[k + 1].start, toks[main - 1].end];
      const found = attributions.find((a) => a.cue[0] <= toks[v].start && toks[v].end <= a.cue[1]);
      if (found !== undefined) {
        if (found.content === null) found.content = content;
        continue;
      }
      const source = sourceSpan(ctx, np);
      attributions.push({ rule: 'attr.claim-made-by', cueKind: 'allegation', cue: [toks[v].start, toks[v].end], source, sourceType: sourceType(ctx, np), content, contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8, speakerSource: undefined });
    }
  }
}
/** Words of a span of time that end a source before them ("in recent weeks", `claimsMadeBy`). */
const TIME_SPAN_WORDS: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'recent', 'past']);
/** Participles of making a claim, in its passive with "by" (`claimsMadeBy`). */
const MAKING_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'repeated', 'echoed', 'voiced', 'spread', 'shared', 'posted', 'published', 'circulated', 'aired', 'advanced', 'raised']);

/**
 * A relative pronoun as a source ("a security researcher who says", "the newspaper, which said", "a study that claimed")
 * stands for the noun phrase right before it: that phrase speaks (`RawAttribution.speakerSource`; the pronoun resolved
 * to the last speaker named was another). The source stays the pronoun, as PolNeAR's annotators mark it (taking the
 * phrase instead cost 4–6 right sources on each of folds 5, 3 and 7).
 */
function relativeAntecedents(ctx: BlockContext, attributions: RawAttribution[]): void {
  for (const f of attributions) {
    if (f.source === null) continue;
    // (a model's source of a phrase and the relative pronoun after it, "a senior civil servant which": the pronoun)
    if (f.rule === 'attr.model' && !off.has('relative-trim')) {
      const last = tokenAtOrAfter(ctx, f.source[1]) - 1;
      const t = ctx.toks[last];
      if (t !== undefined && t.end === f.source[1] && t.start > f.source[0] && RELATIVE_SOURCE_WORDS.has(t.lower) && ctx.toks[last - 1]?.kind === 'word' && ctx.toks[last - 1].pos !== 'C' && ctx.toks[last - 1].pos !== 'I') {
        // (the phrase speaks, unless the one below finds a nearer antecedent)
        f.speakerSource = [f.source[0], ctx.toks[last - 1].end];
        f.source = [t.start, t.end];
        f.sourceType = 'pronoun';
      }
    }
    if (f.source[1] - f.source[0] > 5) continue;
    const k = tokenAtOrAfter(ctx, f.source[0]);
    const t = ctx.toks[k];
    if (t === undefined || t.end !== f.source[1] || (t.lower !== 'who' && t.lower !== 'which' && t.lower !== 'that')) continue;
    let before = k - 1 >= 0 && isPunct(ctx.toks[k - 1], ',') ? k - 2 : k - 1;
    // (past a year after "in" that closes the phrase before the comma: "an article published by the Daily Courier in 2023,
    // which alleged" is the newspaper's)
    if (before === k - 2 && before >= 2 && ctx.toks[before].kind === 'number' && YEAR_NUMBER.test(ctx.toks[before].text) && ctx.toks[before - 1].lower === 'in' && ctx.toks[before - 2].kind === 'word' && !off.has('relative-year')) before -= 2;
    // (the nearest phrase only, up to its determiner: "with the newspaper, which", not "screenshots of ... newspaper")
    let m = antecedentStart(ctx, before);
    // (a document's phrase with who made it: "a report by marine scientists which found", "a survey from the union that",
    // "a memo from a senior civil servant which said")
    // (with no comma before the pronoun: "an investigation by a UN panel, which said" is the panel's; and "which" after a
    // person's role, who is no "which": "the Migration Watch think tank which said" is the think tank's)
    const by = m > 0 && before === k - 1 && t.lower === 'which' && sourceInfo(ctx.text.slice(ctx.toks[m].start, ctx.toks[before].end)).role === true && ANTECEDENT_DETERMINERS.has(ctx.toks[m].lower) && AUTHOR_PREPOSITIONS.has(ctx.toks[m - 1].lower) ? m - 1 : m;
    if (by > 0 && by < before && AUTHOR_PREPOSITIONS.has(ctx.toks[by].lower) && !off.has('relative-author')) {
      const d = antecedentStart(ctx, by - 1);
      if (d >= 0 && d < by - 1 && ANTECEDENT_DETERMINERS.has(ctx.toks[d].lower) && EVIDENCE_NOUNS.has(ctx.toks[by - 1].lower)) m = d;
    }
    if (m < 0 || m === before || !ANTECEDENT_DETERMINERS.has(ctx.toks[m].lower)) {
      // (or a person's name before the comma: "Security researcher Lena Fischer, who first reported the breach")
      const name = k - 1 >= 0 && isPunct(ctx.toks[k - 1], ',') && !off.has('relative-name') ? personNameEndingAt(ctx, before) : null;
      // (or a post with how far it went: "a post shared more than 10,000 times on Facebook, which said")
      const post = name === null && k - 1 >= 0 && isPunct(ctx.toks[k - 1], ',') && !off.has('relative-post') ? spreadPostBefore(ctx, before) : null;
      const named = name ?? post;
      if (named !== null) f.speakerSource = named;
      // (or a body's name with no determiner, after a preposition: "claims made by campaign group Stop 5G UK, which says")
      // (a lower-case noun for a body before the name: not a place or a date, "Sanders of Vermont, who")
      else if (k - 1 >= 0 && isPunct(ctx.toks[k - 1], ',') && m >= 0 && m < before && ctx.toks[m].pos === 'I' && ctx.toks[before].cap && !off.has('relative-name') &&
          rangeHas(ctx, m + 1, before, (x) => !x.cap && BODY_NOUNS.has(x.lower))) {
        f.speakerSource = [ctx.toks[m + 1].start, ctx.toks[before].end];
      }
      // (or a plural of people with no determiner, right before "who": "echoing security experts who say X")
      else if (before === k - 1 && m >= 0 && m < before && ctx.toks[k].lower === 'who' && !ctx.toks[before].cap && ctx.toks[before].pos === 'N' && ctx.toks[before].lower.endsWith('s') && !off.has('relative-plural')) {
        f.speakerSource = [ctx.toks[m + 1].start, ctx.toks[before].end];
      }
      continue;
    }
    // (not a capitalised plural, "the Tea Party Republicans who", which the speaker names read as a person's name)
    const head = ctx.toks[before];
    if (head.cap && head.lower.endsWith('s')) continue;
    f.speakerSource = [ctx.toks[m].start, ctx.toks[before].end];
  }
}

/**
 * Where the nearest noun phrase ending at token `last` would start: the index of the first token before it that is no
 * part of it (its determiner, if it has one), or `last` when token `last` is no noun (`relativeAntecedents`).
 */
function antecedentStart(ctx: BlockContext, last: number): number {
  let m = last;
  // (past a participle and its adverb before the noun: "a widely reported study that")
  // (and a plural's possessive: "a retailers' association, which")
  while (m >= 0 && m > last - 6 && (isNpWord(ctx.toks[m]) || thinkTank(ctx, m) || (m < last && (isPremodifier(ctx.toks[m]) || isPluralPossessive(ctx.toks, m)))) && !isPronoun(ctx.toks[m]) && !ANTECEDENT_DETERMINERS.has(ctx.toks[m].lower)) m--;
  return m;
}
/**
 * A post and how far it spread, ending at token `last` ("a post | shared more than 10,000 times on Facebook"): the post's
 * noun phrase, from its determiner, when no finite verb comes between; else null (`relativeAntecedents`).
 */
function spreadPostBefore(ctx: BlockContext, last: number): R | null {
  const toks = ctx.toks;
  for (let n = last - 1; n > 0 && last - n <= RELATIVE_POST_REACH; n--) {
    const t = toks[n];
    if (t.kind === 'punct' || (t.kind === 'word' && isFiniteVerb(ctx, n) && !SPREAD_PARTICIPLES.has(t.lower))) return null;
    if (!ONLINE_POST_NOUNS.has(t.lower) || !SPREAD_PARTICIPLES.has(toks[n + 1].lower)) continue;
    const d = antecedentStart(ctx, n);
    return d >= 0 && d < n && ANTECEDENT_DETERMINERS.has(toks[d].lower) ? [toks[d].start, t.end] : null;
  }
  return null;
}
/** How many tokens back from a relative pronoun's comma `spreadPostBefore` looks for the post. */
const RELATIVE_POST_REACH = 12;

/** Prepositions that join a document to who made it, before a relative pronoun (`relativeAntecedents`). */
const AUTHOR_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/** The name of two or three capitalised words that ends at token `last` when it names a person ("Lena Fischer"); else null. */
function personNameEndingAt(ctx: BlockContext, last: number): R | null {
  const toks = ctx.toks;
  let n = last;
  while (n >= 0 && last - n < 3 && toks[n].kind === 'word' && toks[n].cap && !isPronoun(toks[n])) n--;
  // (not a word capitalised as the sentence's first: "But Reid, who")
  while (n + 1 < last && (toks[n + 1].pos === 'C' || toks[n + 1].pos === 'I' || toks[n + 1].pos === 'R' || (toks[n + 1].f & F_DETERMINER) !== 0)) n++;
  if (last - n < 2) return null;
  const r: R = [toks[n + 1].start, toks[last].end];
  return sourceInfo(ctx.text.slice(r[0], r[1])).canon?.kind === 'person' ? r : null;
}

/** A lower-case adverb or past participle before a noun: "widely", "reported" in "a widely reported study". */
function isPremodifier(t: BlockContext['toks'][number]): boolean {
  return t.kind === 'word' && !t.cap && (t.pos === 'R' || (t.pos === 'V' && t.lower.endsWith('ed')));
}

/**
 * "He" or "she" opening a sentence as a source, right after a sentence of the block whose subject is a person named
 * and that reports nothing ("Her colleague Jane Whitfield disagreed. She said ..."): that person speaks
 * (`RawAttribution.speakerSource`), not the last speaker named before (who was Maria Lopez). The source stays the
 * pronoun.
 */
function pronounSubjects(ctx: BlockContext, attributions: RawAttribution[], denials: readonly RawDenial[]): void {
  const toks = ctx.toks;
  for (const f of attributions) {
    if (f.source === null || f.speakerSource !== undefined) continue;
    // ("Residents have shared photographs they say show X": "they" inside the sentence whose subject is a group of people
    // is that group)
    const group = theyOfSubject(ctx, f.source) ?? itOfSubject(ctx, f.source);
    if (group !== null) {
      f.speakerSource = group;
      continue;
    }
    // (or an epithet that stands for the person as a pronoun does: "The Finn said", "The 24-year-old said")
    const epithet = f.source[1] - f.source[0] > 3;
    if (epithet && !isEpithet(ctx.text.slice(f.source[0], f.source[1]))) continue;
    const k = tokenAtOrAfter(ctx, f.source[0]);
    const t = toks[k];
    if (t === undefined || (!epithet && (t.end !== f.source[1] || (t.lower !== 'he' && t.lower !== 'she')))) continue;
    // (opening its sentence, or after the quotation that opens it: "\"A fund ... is not investment,\" she argues")
    // (or after a quotation of several sentences that opens one: '"We have published it. Readers can judge," she said')
    // (or after a fronted phrase with no verb, closed by a comma: "In a statement issued Tuesday evening, he said")
    const si = ctx.sentences.findIndex((x) => x.from === k || (x.from < k && isOpeningQuote(ctx, x.from) && f.content !== null && (k < x.to || toks[x.from].start === f.content[0]) &&
      f.content[0] <= toks[x.from].start && toks[k - 1].end <= f.content[1] + 1) || (x.from < k && k < x.to && frontedBefore(ctx, x, k) && !off.has('fronted-pronoun')));
    if (si < 0) {
      // ("Hours later, Deputy Governor Anton Brekke gave a speech in which he said X": the person the sentence opens on)
      const own = sentenceOfToken(ctx, k);
      if (own && k > own.from && !off.has('own-subject')) {
        const r = personSubjectOf(ctx, own, k);
        // (not a subject inside what the pronoun reports: "Fundraising was \"stagnant\" ..., he said")
        // (nor a person whom the pronoun cannot stand for: "Derek Maitland had sued Fiona Carr over a post in which she wrote")
        // (then the person named after it whom the pronoun tells: "... sued Fiona Carr over a post in which she wrote")
        const who = r !== null && !pronounFits(ctx, r, t.lower) ? namedWithPronoun(ctx, tokenAtOrAfter(ctx, r[1]), k, t.lower) : r;
        if (who !== null && !(f.content !== null && f.content[0] <= who[0] && who[1] <= f.content[1]) && !cueInside(attributions, who[1], t.start) && !cueInside(denials, who[1], t.start)) f.speakerSource = who;
      }
      continue;
    }
    if (si === 0) continue;
    // (past sentences that go on about the same "she", reporting nothing: "Ilse Marrow has lived here for 71 years. She
    // keeps goats. In it, she has recorded ... \"...,\" she said")
    let pi = si - 1;
    while (!epithet && pi > 0 && si - pi < 3 && pronounSubject(ctx, ctx.sentences[pi], t.lower) && !cueInside(attributions, toks[ctx.sentences[pi].from].start, toks[ctx.sentences[pi].to - 1].end) && !cueInside(denials, toks[ctx.sentences[pi].from].start, toks[ctx.sentences[pi].to - 1].end)) pi--;
    // (past a live page's time label that opens the block: "**18:05** — Council leader Amira Hussain opens the debate.")
    const label = pi === 0 ? timeLabelEnd(ctx) : 0;
    const prev = label > 0 ? { ...ctx.sentences[0], from: label } : ctx.sentences[pi];
    const from = toks[prev.from].start;
    const to = toks[prev.to - 1].end;
    // (a question put to the subject names no one else: "Mallory was tight-lipped when asked about Delacroix. He said")
    if (reportNamingInside(ctx, attributions, from, to) || cueInside(denials, from, to)) continue;
    // (one subject: "Clinton put Sanders on the defensive, but a hoarse-voiced Sanders got in digs. He ..." has two)
    let coordinated = false;
    for (let m = prev.from + 1; m + 1 < prev.to && !coordinated; m++) coordinated = isPunct(toks[m], ',;') && COORDINATORS.has(toks[m + 1].lower);
    if (coordinated) continue;
    let v = prev.from;
    // (a possessive's "'s" is no verb: "The Chronicle's editor, Hanne Strom-Beckett, stood by ...")
    // (nor the verb of a relative clause between commas: "Castellane, who took over in 2021, has staked ...")
    let relative = -1;
    while (v < prev.to && (!isFiniteVerb(ctx, v) || possessiveS(ctx, v))) {
      if (v > prev.from && isPunct(toks[v - 1], ',') && (toks[v].lower === 'who' || toks[v].lower === 'whose') && !off.has('subject-relative')) {
        let c = v + 1;
        while (c < prev.to && c - v <= 25 && !isPunct(toks[c], ',;:')) c++;
        if (c < prev.to && isPunct(toks[c], ',')) {
          relative = v - 1;
          v = c + 1;
          continue;
        }
      }
      v++;
    }
    if (v >= prev.to || v === prev.from) continue;
    // (past adverbs before the verb: "Ilona Petrenko, also weighed in")
    let va = v;
    while (va - 1 > prev.from && toks[va - 1].kind === 'word' && toks[va - 1].pos === 'R' && !toks[va - 1].cap) va--;
    const aa = appositiveStart(ctx, prev.from, va);
    // (and an appositive before the relative clause: "Danny Rourke, 58, who has fished there since ..., told")
    const a = relative >= 0 ? Math.min(relative, appositiveStart(ctx, prev.from, relative + 1)) : aa < va ? aa : appositiveStart(ctx, prev.from, v);
    const np = npEndingAt(ctx, a - 1, prev.from);
    // (the subject opens the sentence, past a possessive: "Her colleague Jane Whitfield", "Lessavia's President, Ilona
    // Petrenko,")
    const possessor = np !== null && np.from === prev.from && np.to > prev.from + 2 && possessiveS(ctx, prev.from + 1) && toks[prev.from].cap && a < va;
    if (!np || (np.from !== prev.from && !(np.from === prev.from + 1 && POSSESSIVE_OPENERS.has(toks[prev.from].lower)))) continue;
    // (a role, then the name in the appositive: "The environment minister, Harriet Cole, has arrived", "Lessavia's
    // President, Ilona Petrenko, also weighed in")
    const found = a < va && (!toks[np.to - 1].cap || possessor) ? npEndingAt(ctx, va - 2, a + 1) : null;
    const subject = found !== null && found.from === a + 1 ? found : np;
    // (without a reflexive that stresses the name: "Lindqvist herself addressed the rumours")
    const reflexive = subject.to - subject.from > 1 && REFLEXIVES.has(toks[subject.to - 1].lower) ? 1 : 0;
    const r: R = [toks[subject.from].start, toks[subject.to - 1 - reflexive].end];
    const last = subject.to - 1 - reflexive;
    // (a name, not a role alone, "The former president", nor a pronoun, "It")
    // (sourceInfo is memoised: the same subjects come again on every edit)
    // (a word capitalised only as the sentence's first is no name: "Just ask him.", "You know why?")
    if (last === prev.from && (toks[last].pos === 'R' || toks[last].pos === 'O' || toks[last].pos === 'V')) continue;
    if (toks[last].cap && !isPronoun(toks[last]) && toks[prev.from].quote < 0 && sourceInfo(ctx.text.slice(r[0], r[1])).canon?.kind === 'person' && (epithet || pronounFits(ctx, r, t.lower))) f.speakerSource = r;
  }
}

/**
 * Where the clause that opens at token k and stands in its sentence's subject ends, before the sentence's own verb
 * (tokens before `to`): after a whole quotation with a finite verb after it ('"X" has been shared'), or before the main
 * predicate after the clause's own verb (`mainPredicateAfterClause`); else -1.
 */
function subjectClauseEnd(ctx: BlockContext, k: number, to: number): number {
  const toks = ctx.toks;
  const t = toks[k];
  if (t === undefined) return -1;
  if (t.kind === 'quote' && t.quote >= 0 && ctx.quotes[t.quote].firstTok === k) {
    const q = ctx.quotes[t.quote];
    const v = q.close >= 0 ? skipRightAdverbs(ctx, q.lastTok + 1, to) : to;
    return v < to && isFiniteVerb(ctx, v) ? q.lastTok + 1 : -1;
  }
  const m = mainPredicateAfterClause(ctx, k, to);
  // (a finite verb, not a gerund: "speculation that Mr. Trump has generated from ever again being an issue")
  if (m < 0 || toks[m].lower.endsWith('ing')) return -1;
  // (with the auxiliaries before it, which may be the clause's own coordinated verb: "is playing the card and would be a
  // failed candidate")
  let v = m;
  while (v - 1 > k && (toks[v - 1].f & F_AUX) !== 0) v--;
  return VERB_COORDINATORS.has(toks[v - 1].lower) ? -1 : v;
}

/**
 * The last person's name of two capitalised words or more in tokens [from, to) whose given name or title tells
 * `pronoun` ("he" or "she"); else null.
 */
function namedWithPronoun(ctx: BlockContext, from: number, to: number, pronoun: string): R | null {
  const toks = ctx.toks;
  let found: R | null = null;
  for (let k = from; k < to; k++) {
    if (!toks[k].cap || toks[k].kind !== 'word' || isPronoun(toks[k])) continue;
    let e = k;
    while (e + 1 < to && toks[e + 1].cap && toks[e + 1].kind === 'word') e++;
    if (e > k) {
      const r: R = [toks[k].start, toks[e].end];
      const info = sourceInfo(ctx.text.slice(r[0], r[1]));
      if (info.canon?.kind === 'person' && info.gender === pronoun) found = r;
    }
    k = e;
  }
  return found;
}

/** Whether "he" or "she" (`pronoun`) can stand for the person named at `r`: their given name or title tells no other. */
function pronounFits(ctx: BlockContext, r: R, pronoun: string): boolean {
  const g = sourceInfo(ctx.text.slice(r[0], r[1])).gender;
  return g === undefined || g === pronoun;
}

/**
 * The subject of sentence `s` when it is a person's name and ends before token `before` ("Hours later, Deputy Governor
 * Anton Brekke gave ..."): the name, past a fronted phrase closed by a comma; else null.
 */
function personSubjectOf(ctx: BlockContext, s: Sentence, before: number): R | null {
  const toks = ctx.toks;
  let from = s.from;
  // (a fronted phrase with no verb of its own, closed by a comma: "Hours later,", "On Tuesday,")
  for (let m = s.from + 1; m < before && m - s.from <= 5; m++) {
    if (isFiniteVerb(ctx, m)) break;
    if (isPunct(toks[m], ',')) {
      from = m + 1;
      break;
    }
  }
  let v = from;
  while (v < before && (!isFiniteVerb(ctx, v) || possessiveS(ctx, v))) v++;
  if (v >= before || v === from) return null;
  const np = npEndingAt(ctx, v - 1, from);
  if (!np || np.from !== from || toks[from].quote >= 0) return null;
  const last = np.to - 1;
  if (!toks[last].cap || isPronoun(toks[last])) return null;
  // (a name of two capitalised words at least, "Anton Brekke", "Mr. Nega"; not a subordinate clause's, "When Nega", nor a
  // word capitalised as the sentence's first, "Sales")
  if (SUBORDINATORS.has(toks[from].lower) || toks[from].pos === 'I' || !(np.to - np.from >= 2 && toks[last - 1].cap)) return null;
  const r: R = [toks[np.from].start, toks[last].end];
  return sourceInfo(ctx.text.slice(r[0], r[1])).canon?.kind === 'person' ? r : null;
}

/** Whether a report has its cue in [from, to), but for a question put to no one named ("when asked about X"). */
function reportNamingInside(ctx: BlockContext, attributions: readonly RawAttribution[], from: number, to: number): boolean {
  return cueInside(attributions, from, to, (a) => a.source === null && /^asked\b/i.test(ctx.text.slice(a.cue[0], a.cue[1])));
}

/** Whether sentence `s` opens with a phrase of a few words, no verb and no quotation, closed by a comma right before token k. */
function frontedBefore(ctx: BlockContext, s: Sentence, k: number): boolean {
  const toks = ctx.toks;
  if (k - s.from < 3 || k - s.from > 10 || !isPunct(toks[k - 1], ',') || SUBORDINATORS.has(toks[s.from].lower)) return false;
  // (a participle after its noun is no verb of the phrase's own: "In a statement issued Tuesday evening,"; nor one after
  // a determiner: "In a televised address on Sunday evening,")
  for (let m = s.from; m < k - 1; m++) if (toks[m].quote >= 0 || isPunct(toks[m], ',;:') || (isFiniteVerb(ctx, m) && !(m > s.from && toks[m].lower.endsWith('ed') && (toks[m - 1].pos === 'N' || (toks[m - 1].f & F_DETERMINER) !== 0)))) return false;
  return true;
}

/**
 * Whether a sentence holds the pronoun (lower case) as a word of its own, outside quotation marks, before its first
 * finite verb: its subject ("She keeps goats", "In it, she has recorded"), not a clause's after the sentence's own
 * subject ("Danny Rourke has fished there since he was a teenager").
 */
function pronounSubject(ctx: BlockContext, s: Sentence, pronoun: string): boolean {
  for (let k = s.from; k < s.to; k++) {
    if (ctx.toks[k].lower === pronoun && ctx.toks[k].quote < 0) return true;
    if (isFiniteVerb(ctx, k) && !off.has('clause-pronoun')) return false;
  }
  return false;
}

/**
 * Where an appositive between commas right before the verb at v begins, its first comma ("Mensah, 27, won",
 * "Dahl, a nutrition scientist, said"); else v.
 */
function appositiveStart(ctx: BlockContext, from: number, v: number): number {
  const toks = ctx.toks;
  if (!isPunct(toks[v - 1], ',')) return v;
  for (let m = v - 2; m > from && m >= v - 10; m--) {
    if (isPunct(toks[m], ',')) return m;
    if (toks[m].kind === 'punct' || toks[m].quote >= 0) return v;
  }
  return v;
}

/** Conjunctions that, after a comma or a semicolon, open a clause with a subject of its own. */
const COORDINATORS: ReadonlySet<string> = new Set(['but', 'and', 'while', 'yet', 'so', 'whereas']);

/** Possessive pronouns that may open a subject before a person's name: "Her colleague Jane Whitfield". */
const POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'its', 'our', 'my']);

/** The determiners that open a relative pronoun's antecedent ("a security researcher who", "the newspaper, which"). */
const ANTECEDENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those']);

/** Whether a colon lies in [from, to). */
function colonBetween(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = tokenAtOrAfter(ctx, from); k < ctx.toks.length && ctx.toks[k].start < to; k++) if (isPunct(ctx.toks[k], ':')) return true;
  return false;
}

/** A source span with "than" inside it, from the word after "than" ("higher than officials" -> "officials"); else the span. */
function afterThan(ctx: BlockContext, source: R): R {
  const toks = ctx.toks;
  for (let k = tokenAtOrAfter(ctx, source[0]); k < toks.length - 1 && toks[k + 1].end <= source[1]; k++) {
    // (not a count: "a group of more than 50 experts", "more than half of white women")
    if (toks[k].lower === 'than' && !countAt(ctx, k + 1)) return [toks[k + 1].start, source[1]];
  }
  return source;
}

/** Whether a token ends a clause: none (the block's end), punctuation other than a hyphen, or a closing quotation mark. */
function isClauseEnd(t: Tok | undefined): boolean {
  return t === undefined || (t.kind === 'punct' && t.text !== '-') || t.kind === 'quote';
}
