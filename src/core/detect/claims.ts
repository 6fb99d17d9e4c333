/**
 * Claims: check-worthy propositions.
 * - the content of attributions, split into its sentences and clauses (a long quote holds several
 *   claims); demands ("We urge ..."), questions and obligations are not factual claims;
 * - allegations: the proposition of "charges that X", "alleged X", and a denial's target;
 * - the article's own factual statements with numbers, dates, quantities or named actors.
 * Each gets a check-worthiness score in 0..1 from simple, documented features.
 */
import { sentenceOfToken, type BlockContext, type Sentence, type Tok } from './context';
import type { R, RawAttribution, RawClaim, RawDenial } from './raw';
import { FIGURE_NOUNS, MEDIA_NOUNS, POINTING_WORDS } from '../data/denials';
import { ACCUSING_VERBS, BACKSHIFTED_MODALS, CORRECTING_WORDS, BLAMING_FORMS, CHANGE_VERBS, DIRECTING_CUES, HALVING_VERBS, FACT_STATE_ADJECTIVES, INTENT_NOUNS, MULTIPLE_IDIOM_PARTICLES, RECORDED_EVENT_VERBS, CLAIMING_NOUNS, COUNTED_IRREGULAR_PLURALS, CLAIMING_VERBS, CLAIM_FEATURES, DEMAND_SUBJECTS, DEMAND_WORDS, DENIED_INTENT_NOUNS, CITING_VERBS, FUTURE_MODALS, IMPERATIVE_OBJECT_OPENERS, MENTAL_VERBS, OPINION_STARTS, PAST_ACT_AUXILIARIES, PRONOUN_SUBJECTS, REQUEST_NOUNS, REQUEST_PREPOSITIONS, TRUE_QUESTION_OPENINGS, TRUTH_FRAME_WORDS, UNSAID_VERBS } from '../data/claims';
import { cueVerbForm, HEDGE_ADVERBS, RELATIVE_SOURCE_WORDS, STATEMENT_NOUNS } from '../data/cues';
import { CURRENCY_SIGNS, MODALS, FRACTION_COUNTS, FRACTION_WORDS, ANSWER_LABELS, PARTICIPLE_END, SCALE_WORDS, SUBORDINATORS, isIrregularVerbForm, TIME_NOUNS, YEAR_NUMBER, canBeVerb, isVerbLike, posOf } from '../data/lexicon';
import { CHANGE_MULTIPLES, EVIDENCE_THAT_VERBS, NEGATION_ADVERBS } from '../data/concepts';
import { F_ALLEGED, F_AUX, F_CUE_VERB, F_LY_WORD, F_DENIAL_VERB, F_DETERMINER, F_CLAIM_DATE, F_CLAIM_OPENER, F_FIRST_PERSON, F_NUMBER_WORD, F_OBLIGATION, F_PRONOUN } from './word-flags';
import { CLAUSE_SUBORDINATORS, clauseAt, closesQuotationFrom, datelineEnd, isAdverb, isApostropheS, isFiniteVerb, isPronoun, isPunct, mainPredicateAfterClause, npStartingAt, rangeHas, speakerLabelBefore } from './phrases';
import { CITING_PARTICIPLES, afterOpeningFrame, gapSubjectStart, isRubricAt, matchWords } from './attributions';
import { sortSmall } from '../util/sort';
import { grownInt32 } from '../util/typed';

export function detectClaims(ctx: BlockContext, attributions: RawAttribution[], denials: RawDenial[], minScore: number): RawClaim[] {
  // (collected in a list kept from call to call, its first `n` entries, and given in a list of their
  // number: the claims are cached with the block, and a list grown by push holds 17 at its first)
  const out = claimScratch;
  let n = 0;
  const toks = ctx.toks;
  // plain loops and top-level tests, not closures made per call: V8 keeps a closure's optimised code only
  // while a closure of it lives, so these ran unoptimised after every full GC
  for (let ai = 0; ai < attributions.length; ai++) {
    const a = attributions[ai];
    if (!a.content) continue;
    if (a.cueKind === 'demand' || (ctx.headline && a.rule === 'attr.headline-colon')) continue;
    // (the cue's words, read once for the tests below)
    const cueText = ctx.text.slice(a.cue[0], a.cue[1]);
    // ("It does not claim to cure the disease", "never said that X": what a negated cue reports no one claims)
    if (NEGATED_CUE.test(cueText)) continue;
    // ("citing two people familiar with the plans": what is cited is a source, no proposition)
    // (nor "The newspaper cited two people familiar with the discussions": a finite "cited" with no verb after it; but "cited
    // internal emails showing that X" has one; nor "pointed to official figures": `CITING_VERBS`, the longest "pointing to")
    if (a.cue[1] - a.cue[0] <= CITING_CUE_MAX_LENGTH) {
      const cue = cueText.toLowerCase();
      if (CITING_PARTICIPLES.has(cue) || (CITING_VERBS.has(cue) && !contentHasVerb(ctx, a.content, true))) continue;
    }
    // the frame: the cue and source inside the content, or none (frameFrom > frameTo)
    // (not a passive with no source, which is part of the claim: "The bridge is expected to cost 1.1 billion euros")
    const framed = inside(a.cue, a.content) && !(a.source === null && PASSIVE_FRAME.test(cueText));
    const frameFrom = framed ? Math.min(a.cue[0], a.source?.[0] ?? a.cue[0]) : 1;
    const frameTo = framed ? Math.max(a.cue[1], a.source?.[1] ?? a.cue[1]) : 0;
    const claiming = isClaimingCue(ctx, a.cue);
    // (by the cue's last word: "have warned")
    const directing = DIRECTING_CUES.has(toks[tokIndexAt(ctx, a.cue[1] - 1)].lower);
    const hedged = a.source === null && HEDGE_FRAME.test(cueText);
    const found = splitUnits(ctx, a.content, frameFrom, frameTo);
    const nUnits = unitCount;
    for (let u = 0; u < nUnits; u += 2) {
      let ua = found[u];
      // ("it has no plans to build a second runway, after documents seen by the Press appeared to show X": a report that
      // led to it, its own claim, ends the claim)
      const ub = promptingReportBefore(ctx, attributions, ai, found[u], found[u + 1]);
      // ("accused | him of \"living in a parallel universe\"": the model's content with whom it accuses, a pronoun; the
      // claim is what he is accused of)
      if (ua + 2 <= ub && toks[ua].pos === 'O' && !toks[ua].cap && toks[ua + 1].lower === 'of' && accusingCue(ctx, a.cue)) ua += 2;
      // (or a noun phrase: "accused | the leader of the council, Fiona Grant, of misleading voters", "charged | Moretti last
      // week with placing 42 bets": what they are accused or charged of, as a denial's gerund names it)
      else if (accusingCue(ctx, a.cue)) ua = accusedActFrom(ctx, a.cue, ua, ub);
      // ("The family's lawyer said the weapon was found in the boot, according to the inventory": the claim is what was said)
      if (a.rule === 'attr.according-to') {
        const s = sentenceOfToken(ctx, ua);
        if (s) ua = afterOpeningFrame(ctx, s, ua, ub + 1);
      }
      const from = toks[ua].start;
      const to = toks[ub].end;
      // "X denied that ..., according to a statement": the denial already stands for it
      if (holdsDenialCue(ctx.text, denials, from, to)) continue;
      // "\"X,\" the agency told lawmakers, according to two members": the report inside has its own claim
      if (holdsOtherCue(attributions, ai, from, to)) continue;
      // ("The paper quoted a former aide who said X": the report on a noun of the unit, by its relative pronoun, has its own)
      if (holdsRelativeReport(ctx, attributions, ai, from, to)) continue;
      // a report inside someone's reported words ("X said Y indicated that Z") adds no new claim
      if (halfCovered(out, n, from, to)) continue;
      // ("The video shows | Mr Patel saying the trust has axed 300 nurses": someone shown saying it claims it, the report
      // inside, not what shows them)
      if (shownSaying(ctx, attributions, ai, from, to)) continue;
      // ("repeated the claim in a post on X": a statement named again, nothing it says)
      if (namesStatementOnly(ctx, ua, ub)) continue;
      // ("repeated it at a council meeting on Tuesday": a pronoun for what was said, and where or when, says nothing)
      if (OBJECT_PRONOUNS_SAID.has(toks[ua].lower) && ua < ub && SAID_WHERE.has(toks[ua + 1].lower) && !hasVerb(ctx, ua, ub)) continue;
      // ("X, Oduya said, which would be met from reserves": a relative clause's piece, cut from what it is about)
      if (toks[ua].lower === 'which' && ua > 0 && isPunct(toks[ua - 1], ',')) continue;
      // ("complained to the Commission in 2024": whom the report was made to, with no verb, is no proposition)
      if (toks[ua].lower === 'to' && ua < ub && addresseeAt(ctx, ua + 1) && !hasVerb(ctx, ua, ub)) continue;
      // ("and Appeared | to Be Urinating in the Snow": a hedge's infinitive with its subject left out is no proposition)
      if (hedged && toks[ua].lower === 'to') continue;
      // (a claimed infinitive is what is claimed, no act declined or vowed: "claims to have evidence of fraud")
      const claimedAct = claiming && toks[ua].lower === 'to' && toks[ua + 1]?.pos === 'V' && !hasDigits(ctx, ua, ub) ? -CLAIM_FEATURES.infinitive : 0;
      // (whom a warning or a plea directs to act, and the act, is no proposition: "warned parents not to charge X")
      const directed = directing && toldToAct(ctx, ua, ub) ? CLAIM_FEATURES.infinitive : 0;
      // ("Did a councillor say bins would only be collected monthly?": what a question asks whether someone said is put up
      // for checking, as "Is it true that X?" is; its question mark no discount)
      const asked = askedIfSaid(ctx, a, ub);
      // ("declined to say how many farms were in the group", "wondered why": a question left unanswered, no proposition;
      // not "explained how she pushed Mr Obama to arm the rebels", which tells it)
      const unanswered = EMBEDDED_QUESTION_OPENERS.has(toks[ua].lower) && UNANSWERED_CUE.test(cueText) ? CLAIM_FEATURES.question : 0;
      const sc = asked ? Math.max(CLAIM_FEATURES.labelled, score(ctx, ua, ub, true)) : Math.min(1, hundredths(score(ctx, ua, ub, !hedged) + claimedAct + directed + unanswered + (claiming || accusesAct(ctx, a.cue, ua) ? CLAIM_FEATURES.claimVerb : 0)));
      // (the label opens the cue's sentence, or the quotation's before a signature: "Claim 1: \"X.\" — Prime Minister David Lowe")
      // (or one the next sentence calls false, "That was untrue", whatever its score: what is judged is put up for checking)
      if (sc >= minScore || judgedNext(ctx, denials, ub)) out[n++] = { span: [from, to], origin: 'content', attribution: ai, denial: null, checkworthiness: Math.max(sc, minScore), checked: asked || labelledAt(ctx, a.cue[0]) || (a.cue[0] > from && labelledAt(ctx, from)) };
    }
  }
  for (let di = 0; di < denials.length; di++) {
    const d = denials[di];
    if (!d.target || d.genericTarget) continue;
    const ua = trimUnit(ctx, d.target[0], d.target[1]);
    if (ua < 0) continue;
    const ub = trimmedEnd;
    if (wordsIn(ctx, ua, ub) < 3) continue;
    const from = toks[ua].start;
    const to = toks[ub].end;
    if (overlapsClaim(out, n, from, to)) continue;
    // ("No, lemon water does not cure cancer", "Banksy has not been arrested": a headline's negation is the article's own
    // statement, no proposition it denies; the claim it answers is elsewhere, and the denial links to that)
    // (or, in a report, its speaker's: "Streamline says outage was not caused by cyberattack")
    if (d.rule === 'deny.headline' && negatedIn(ctx, ua, ub)) {
      const by = reportCovering(attributions, from, to);
      out[n++] = { span: [from, to], origin: by >= 0 ? 'content' : 'statement', attribution: by >= 0 ? by : null, denial: null, checkworthiness: Math.max(minScore, score(ctx, ua, ub, true)) };
      continue;
    }
    // ("The senator wrongly said the plant was closed": what the denial calls false is a report's content, the reporter's claim)
    const said = reportSaying(ctx, attributions, d, from, to);
    // (a myth-busting list's "Myth 1: X" labels the claim it checks, as "Claim 1:" does)
    out[n++] = { span: [from, to], origin: said >= 0 ? 'content' : 'allegation', attribution: said >= 0 ? said : null, denial: di, checkworthiness: Math.max(minScore, score(ctx, ua, ub, true)), checked: labelledAt(ctx, d.target[0]) };
  }
  // "alleged X"
  if ((ctx.flags & F_ALLEGED) !== 0) {
    for (const t of toks) {
      if ((t.f & F_ALLEGED) === 0) continue;
      // "accused of misleading MPs", "charged with fraud", "suspected of taking bribes": what is alleged
      // ("the suspected theft of ..." is an alleged X, below)
      const prep = toks[t.i + 1];
      const accusation = prep !== undefined && prep.lower === (t.lower === 'charged' ? 'with' : 'of');
      if (t.lower === 'accused' || t.lower === 'charged' || (t.lower === 'suspected' && accusation)) {
        if (!accusation) continue;
        const from = t.i + 2;
        let e = from;
        // (charges are listed with "and": "charged with fraud and money laundering"; the sentence's verb ends them, "Energy
        // firm accused of overcharging customers denies wrongdoing")
        // (or its finite auxiliary: "A former council leader accused of taking bribes | has told a jury")
        while (e < toks.length && !isPunct(toks[e], '.,;:!?') && (toks[e].lower === 'and' || !ALLEGED_STOPS.has(toks[e].lower)) && (toks[e].f & (F_DENIAL_VERB | F_CUE_VERB)) === 0 && !(e > from && (toks[e].f & F_AUX) !== 0 && !NONFINITE_AUX.has(toks[e].lower)) && e - from < 12) e++;
        if (e > from && !overlapsClaim(out, n, toks[from].start, toks[e - 1].end)) {
          out[n++] = { span: [toks[from].start, toks[e - 1].end], origin: 'allegation', attribution: null, denial: null, checkworthiness: Math.max(minScore, hundredths(score(ctx, from, e - 1, true) - ALLEGED_DISCOUNT)) };
        }
        continue;
      }
      const next = toks[t.i + 1];
      if (!next || next.kind !== 'word' || isVerbAfter(next)) continue;
      // ("has alleged since election night that": the verb after an auxiliary, not an alleged X; nor a report's cue,
      // "Prosecutors alleged on Monday that")
      if (t.i > 0 && (toks[t.i - 1].f & F_AUX) !== 0) continue;
      if (reportCueAt(attributions, t.start, t.end)) continue;
      let from = t.i;
      if (toks[t.i - 1] && ((toks[t.i - 1].f & F_DETERMINER) !== 0 || toks[t.i - 1].lower === "'s")) from = t.i - 1;
      let e = t.i + 1;
      while (e < toks.length && !isPunct(toks[e], '.,;:!?') && !ALLEGED_STOPS.has(toks[e].lower) && e - t.i < 10) e++;
      const uFrom = toks[from].start;
      const uTo = toks[e - 1].end;
      if (e - from >= 3 && !overlapsClaim(out, n, uFrom, uTo)) {
        out[n++] = { span: [uFrom, uTo], origin: 'allegation', attribution: null, denial: null, checkworthiness: Math.max(minScore, hundredths(score(ctx, from, e - 1, true) - ALLEGED_DISCOUNT)) };
      }
    }
  }
  // "There have been rumours that the mayor took bribes": a claiming noun's clause, no one's, where no report has it
  for (const s of ctx.sentences) {
    for (let k = s.from + 1; k + 3 < s.to; k++) {
      if (toks[k].lower !== 'that' || toks[k].quote >= 0 || !CLAIMING_NOUNS.has(toks[k - 1].lower)) continue;
      let e = k + 1;
      while (e < s.to && !(isPunct(toks[e], '.,;:!?') && toks[e].quote < 0)) e++;
      // (up to the main clause's verb: "rumours that X is nothing but an excuse")
      const main = mainPredicateAfterClause(ctx, k + 1, e);
      // (a clause, or one whose subject the phrase reader does not take whole before the main verb: "A claim that
      // drinking hot water every 15 minutes kills the coronavirus | has been shared")
      if (main > k + 1) e = main;
      else if (!clauseAt(ctx, k + 1, s.to)) continue;
      // (not a relative clause whose verb's object is the noun: "the claims that Colorado leaders strongly denied")
      const v = e - 1;
      if ((toks[v].f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0) continue;
      if (e - k < 4 || overlapsClaim(out, n, toks[k + 1].start, toks[e - 1].end) || coversPart(attributions, denials, toks[k + 1].start, toks[e - 1].end)) continue;
      // (a claim outright, as a claiming verb's clause is: `CLAIM_FEATURES.claimVerb`)
      out[n++] = { span: [toks[k + 1].start, toks[e - 1].end], origin: 'allegation', attribution: null, denial: null, checkworthiness: Math.max(minScore, hundredths(Math.min(1, score(ctx, k + 1, e - 1, true) + CLAIM_FEATURES.claimVerb - ALLEGED_DISCOUNT))) };
    }
  }
  // "Claims that an earthquake struck London have spread on X": a statement's noun opening the sentence, whose clause is
  // the claim (up to the main predicate)
  for (const s of ctx.sentences) {
    const k = opensWithStatementNoun(ctx, s.from, s.to);
    if (k < 0) continue;
    const end = mainPredicateAfterClause(ctx, k + 2, s.to);
    if (end <= k + 3 || overlapsClaim(out, n, toks[k + 2].start, toks[end - 1].end)) continue;
    out[n++] = { span: [toks[k + 2].start, toks[end - 1].end], origin: 'allegation', attribution: null, denial: null, checkworthiness: Math.max(minScore, hundredths(score(ctx, k + 2, end - 1, true) - ALLEGED_DISCOUNT)) };
  }
  // ("Is it true that black bins will be emptied only once a month?": the clause a question puts up for checking, the
  // claim a "No." under it answers)
  for (const s of ctx.sentences) {
    const k = trueQuestionClause(ctx, s);
    if (k < 0 || overlapsClaim(out, n, toks[k].start, toks[s.to - 2].end)) continue;
    out[n++] = { span: [toks[k].start, toks[s.to - 2].end], origin: 'statement', attribution: null, denial: null, checkworthiness: Math.max(CLAIM_FEATURES.labelled, score(ctx, k, s.to - 2, true)), checked: true };
  }
  // the article's own statements: sentences outside every attribution and denial (their contents and targets)
  // (a heading numbered before its one sentence: "## 1. \"Journey times have doubled\"")
  const numbered = ctx.headline && ctx.sentences.length === 2 && ctx.sentences[0].to === 2 && ctx.toks[0].kind === 'number' && isPunct(ctx.toks[1], '.');
  for (const s of ctx.sentences) {
    // (a heading's or a short line's words are no statement, but for a fact check's "Claim: X" without a full stop and
    // a heading that is one quotation, the claim a fact check's section checks: '## "Crime has fallen every year"', also
    // numbered)
    if (numbered && s === ctx.sentences[0]) continue;
    const headingQuote = ctx.headline && (ctx.sentences.length === 1 || numbered) && wholeQuotation(ctx, s.from, s.to);
    if (ctx.headline && !headingQuote && !(s.from === 0 && claimLabelAt(ctx, 0))) break;
    // (but for the clause before a comma that every finding in the sentence comes after: "The council raised the tax
    // rate by 2 percent in 2022, | a rise the mayor herself proposed")
    let sEnd = s.end;
    // (but a fact check's labelled claim that no report inside it made a claim of is whole: "The claim: 40% of GPs plan
    // to quit", whose "plan" reports only an infinitive)
    if ((coversPart(attributions, denials, s.start, s.end) || cueInside(attributions, s.start, s.end) || cueInside(denials, s.start, s.end)) &&
        !(opensWithClaimLabel(ctx, s) && !overlapsClaim(out, n, s.start, s.end) && !cueInside(denials, s.start, s.end))) {
      const cut = ownClauseEnd(ctx, s, attributions, denials);
      if (cut < 0) continue;
      sEnd = toks[cut].end;
    }
    // (not the dateline that opens the block: "LAGOS, March 3 (Reuters) - ")
    let ua = trimUnit(ctx, s.from === 0 ? toks[datelineEnd(ctx)].start : s.start, sEnd);
    if (ua < 0) continue;
    // (nor a fact check's label of whose the claim is: "Who said it: Councillor Gary Finch, in a post on 3 May")
    if (speakerLabelled(ctx, ua, trimmedEnd)) continue;
    // (not a fact check's label: "Claim: X" claims X, the claim it checks)
    let labelled = false;
    const colon = claimLabelColon(ctx, ua);
    if (ua + 2 <= trimmedEnd && isPunct(toks[ua + 1], ':') && isRubricAt(ctx, ua)) {
      labelled = CLAIM_LABEL_WORDS.has(toks[ua].lower);
      ua += 2;
    } else if (colon > ua + 1 && colon < trimmedEnd) {
      // ("Claim 1: X", a numbered label)
      labelled = true;
      ua = colon + 1;
    }
    let ub = trimmedEnd;
    // (without the marks of the quotation after the label: 'Claim 1: "X"')
    if (labelled && ua < ub && toks[ua].kind === 'quote' && toks[ua].quote >= 0 && ctx.quotes[toks[ua].quote].firstTok === ua && ctx.quotes[toks[ua].quote].lastTok >= ub) {
      if (ctx.quotes[toks[ua].quote].lastTok === ub) ub--;
      ua++;
    }
    const from = toks[ua].start;
    const to = toks[ub].end;
    if (overlapsClaim(out, n, from, to)) continue;
    // a sentence that is one quotation no one is said to have said, where a verdict in the block checks it or as a
    // list item's first sentence ('"The dam was opened on purpose." ... Verdict: False.', a fact check's list of
    // claims): someone's words, scored as reported ones, and with a verdict the claim it checks. (Elsewhere such a
    // quotation is a speaker's, named in another sentence: PolNeAR's articles hold hundreds.)
    // (or a block quote of that one quotation alone: '> "The road will pay for itself within ten years."')
    const quotedAlone = ctx.kind === 'blockquote' && ctx.sentences.length === 1;
    const quoted = headingQuote || (wholeQuotation(ctx, s.from, s.to) && ((ctx.kind === 'listItem' && s.from === 0) || quotedAlone || verdicts(denials)));
    // (and such a block quote puts the claim up for checking, as a heading of one quotation does)
    if ((quoted && (verdicts(denials) || quotedAlone)) || headingQuote) labelled = true;
    const sc = labelled ? Math.max(CLAIM_FEATURES.labelled, score(ctx, ua, ub, quoted)) : score(ctx, ua, ub, quoted);
    if (sc >= minScore) out[n++] = { span: [from, to], origin: 'statement', attribution: null, denial: null, checkworthiness: sc, checked: labelled };
  }
  const claims = out.slice(0, n);
  // (the scratch keeps no claim past the call)
  out.fill(NO_CLAIM, 0, n);
  return sortSmall(claims, bySpan);
}

/**
 * The last token of a clause of the sentence's own before a comma, a finite verb in it, when every attribution and
 * denial in the sentence (cue, source, content, target) comes after that comma; else -1.
 */
function ownClauseEnd(ctx: BlockContext, s: Sentence, attributions: readonly RawAttribution[], denials: readonly RawDenial[]): number {
  const toks = ctx.toks;
  const participle = participleClauseEnd(ctx, s, attributions, denials);
  if (participle >= 0) return participle;
  const colon = colonClauseEnd(ctx, s, attributions, denials);
  if (colon >= 0) return colon;
  // (first the report the clause must come before, cheap to look for: most sentences have none)
  let report = false;
  for (const a of attributions) if (a.content !== null && a.source !== null && a.content[0] > s.start && a.content[0] < s.end && (a.content[1] <= a.source[0] || a.source[1] <= a.cue[0])) report = true;
  if (!report) return -1;
  let first = s.end;
  const at = (r: R | null) => {
    if (r !== null && r[0] < s.end && r[1] > s.start && r[0] < first) first = r[0];
  };
  for (const a of attributions) {
    if (!(a.cue[0] < s.end && a.cue[1] > s.start)) continue;
    at(a.cue);
    at(a.source);
    at(a.content);
  }
  for (const d of denials) {
    if (!(d.cue[0] < s.end && d.cue[1] > s.start)) continue;
    at(d.cue);
    at(d.source);
    at(d.target);
  }
  if (first <= s.start) return -1;
  // (the last comma before the first finding, outside quotation marks, with a finite verb before it)
  let comma = -1;
  for (let k = s.from + 1; k < s.to && toks[k].end <= first; k++) if (isPunct(toks[k], ',') && toks[k].quote < 0) comma = k;
  if (comma < s.from + 4) return -1;
  // (and right after the comma, a report's content with its source after it: an appositive the report is about, "a rise
  // the mayor herself proposed"; not a participle's report, which comments on the clause, "..., saying X")
  const after = toks[comma + 1]?.start;
  // (or a noun the report after it is about, its relative clause's subject the source: "a figure the union said was X")
  if (!attributions.some((a) => a.content !== null && a.source !== null && ((a.content[0] === after && a.content[1] <= a.source[0]) || gapReportAfter(ctx, comma + 1, a)))) return -1;
  // (a main clause: not one a subordinator or a preposition opens, "When a nurse returned to the U.S., ...", nor a
  // participle's phrase, "Speaking to a crowd of supporters, ...", nor one with a comma of its own)
  for (let k = s.from + 1; k < comma; k++) if (isPunct(toks[k], ',;:') || toks[k].kind === 'quote') return -1;
  return mainClauseBefore(ctx, s, comma, true);
}

/**
 * The last token before `stop` of a main clause that opens the sentence, a finite verb in it: not one a subordinator, a
 * preposition or a conjunction opens, nor, with `noParticiple`, a participle's phrase ("Speaking to a crowd, ..."); else -1.
 */
function mainClauseBefore(ctx: BlockContext, s: Sentence, stop: number, noParticiple: boolean): number {
  const toks = ctx.toks;
  const t = toks[s.from];
  if (t.kind !== 'word' || SUBORDINATORS.has(t.lower) || t.pos === 'I' || t.pos === 'C' || (noParticiple && t.lower.endsWith('ing') && t.pos !== 'N')) return -1;
  for (let k = s.from; k < stop; k++) if (isFiniteVerb(ctx, k) && !isApostropheS(toks[k])) return stop - 1;
  return -1;
}

/**
 * The last token of a clause of the sentence's own before a colon, a finite verb in it, when every attribution and
 * denial in the sentence comes after the colon: the article's statement, and the report after it what backs it
 * ("Cases of heart inflammation have not tripled: | NHS figures show 1,140 admissions"); else -1.
 */
function colonClauseEnd(ctx: BlockContext, s: Sentence, attributions: readonly RawAttribution[], denials: readonly RawDenial[]): number {
  const toks = ctx.toks;
  let colon = -1;
  for (let k = s.from + 1; k < s.to; k++) {
    if (toks[k].quote >= 0 || toks[k].kind === 'quote') return -1;
    if (isPunct(toks[k], ',;')) return -1;
    if (isPunct(toks[k], ':')) {
      colon = k;
      break;
    }
  }
  // (a clause of four words or more: not a label, "Verdict: False", "Update:")
  if (colon < s.from + 4) return -1;
  const end = toks[colon].start;
  const after = (r: R | null) => r === null || r[1] <= s.start || r[0] >= s.end || r[0] > end;
  for (const a of attributions) if (a.cue[0] < s.end && a.cue[1] > s.start && !(after(a.cue) && after(a.source) && after(a.content))) return -1;
  for (const d of denials) if (d.cue[0] < s.end && d.cue[1] > s.start && !(after(d.cue) && after(d.source) && after(d.target))) return -1;
  return mainClauseBefore(ctx, s, colon, false);
}

/**
 * The last token of a main clause before a comma and a reporting participle whose source is the clause's subject, when
 * nothing else in the sentence is found before that comma ("The company cut 400 jobs on Monday, | saying demand had
 * fallen": the act is the article's statement, the participle's report the company's); else -1.
 */
function participleClauseEnd(ctx: BlockContext, s: Sentence, attributions: readonly RawAttribution[], denials: readonly RawDenial[]): number {
  const toks = ctx.toks;
  const subjectStart = toks[s.from].start;
  let cue = -1;
  for (const a of attributions) {
    if (a.source === null || a.source[0] !== subjectStart || a.cue[0] <= s.start || a.cue[0] >= s.end || a.content === null || a.content[0] < a.cue[1]) continue;
    const k = tokIndexAt(ctx, a.cue[0]);
    if (k > s.from && k < s.to && isPunct(toks[k - 1], ',') && toks[k - 1].quote < 0 && toks[k].lower.endsWith('ing') && a.source[1] < toks[k - 1].start) cue = k;
  }
  if (cue < 0) return -1;
  const comma = cue - 1;
  const commaAt = toks[comma].start;
  // (nothing else found before the comma: "Beijing rejected the finding, saying" is a denial)
  for (const a of attributions) if (a.cue[0] < commaAt && a.cue[1] > s.start) return -1;
  for (const d of denials) if ((d.cue[0] < commaAt && d.cue[1] > s.start) || (d.target !== null && d.target[0] < commaAt && d.target[1] > s.start)) return -1;
  // (a main clause, a finite verb after the subject, no quotation in it)
  const t = toks[s.from];
  if (t.kind !== 'word' || SUBORDINATORS.has(t.lower) || t.pos === 'I' || t.pos === 'C') return -1;
  let verb = false;
  for (let k = s.from; k < comma; k++) {
    if (toks[k].kind === 'quote') return -1;
    if (isFiniteVerb(ctx, k) && !isApostropheS(toks[k])) verb = true;
  }
  return verb ? comma - 1 : -1;
}

/** Whether attribution a's source is the subject of a relative clause with no "that" on the noun phrase at token k ("a figure | the union said was X"). */
function gapReportAfter(ctx: BlockContext, k: number, a: RawAttribution): boolean {
  const toks = ctx.toks;
  if (a.source === null || a.source[1] > a.cue[0] || (toks[k].f & F_DETERMINER) === 0) return false;
  for (let m = k + 2; m < k + 6 && m < toks.length; m++) {
    if (toks[m].start !== a.source[0]) continue;
    let c = m;
    while (c < toks.length && toks[c].end < a.cue[1]) c++;
    return gapSubjectStart(ctx, k, m + 2, c + 1) === m;
  }
  return false;
}

/**
 * Whether attribution `a` is what a question asks whether someone said, its content ending at token `last` right before
 * the question mark: "Did a councillor say bins would only be collected monthly?", "Has the minister claimed that X?"
 * (`QUESTION_AUXILIARIES_SAID` opening the sentence, a verb of saying as the cue).
 */
function askedIfSaid(ctx: BlockContext, a: RawAttribution, last: number): boolean {
  const toks = ctx.toks;
  const cue = tokIndexAt(ctx, a.cue[0]);
  const s = sentenceOfToken(ctx, cue);
  if (!s || last + 2 !== s.to || !isPunct(toks[s.to - 1], '?')) return false;
  // (the question may follow a label: "Fact check: Did a councillor say X?")
  let q = s.from;
  for (let k = s.from; k < cue && k - s.from <= 4; k++) if (isPunct(toks[k], ':')) q = k + 1;
  if (!QUESTION_AUXILIARIES_SAID.has(toks[q].lower)) return false;
  // (the cue is the question's own verb, after its subject: not "Have you been surprised that she is saying X?")
  const subject = npStartingAt(ctx, q + 1, cue);
  let k = subject ? subject.to : q + 1;
  while (k < cue && isAdverb(toks[k])) k++;
  if (k !== cue) return false;
  const verb = cueVerbForm(ctx.text.slice(a.cue[0], a.cue[1]).toLowerCase())?.verb;
  return verb !== undefined && (verb.kind === 'speech' || verb.kind === 'allegation');
}
/** Auxiliaries that open a question whether someone said something (`askedIfSaid`). */
const QUESTION_AUXILIARIES_SAID: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/**
 * The first token of the clause a sentence "Is it true that X?" asks about (`TRUE_QUESTION_OPENINGS`), when the sentence
 * ends with its question mark and the clause has a subject and a verb; else -1.
 */
function trueQuestionClause(ctx: BlockContext, s: Sentence): number {
  const toks = ctx.toks;
  if (s.to - s.from < 6 || toks[s.from].lower !== 'is' || !isPunct(toks[s.to - 1], '?')) return -1;
  for (const o of TRUE_QUESTION_OPENINGS) if (matchWords(ctx, s.from, s.to - 1, o) && clauseAt(ctx, s.from + o.length, s.to - 1)) return s.from + o.length;
  return -1;
}

/** Whether the unit from token `ua` opens with a label of whose a claim is and its colon ("Who said it:", `SPEAKER_LABELS`). */
function speakerLabelled(ctx: BlockContext, ua: number, to: number): boolean {
  const toks = ctx.toks;
  for (let k = ua + 1; k < to && k - ua <= 4; k++) {
    if (toks[k].kind !== 'word') return isPunct(toks[k], ':') && speakerLabelBefore(ctx, ua, k);
  }
  return false;
}

/**
 * Whether the sentence that holds text position `at` opens with a fact check's "Claim:" label ("**Claim:** Senator Ana
 * Ruiz said the rate has doubled"): what is reported there is the claim the fact check checks.
 */
function labelledAt(ctx: BlockContext, at: number): boolean {
  const toks = ctx.toks;
  for (const s of ctx.sentences) {
    if (toks[s.from].start > at || toks[s.to - 1].end < at) continue;
    return opensWithClaimLabel(ctx, s);
  }
  return false;
}

/** Whether sentence s opens with a fact check's "Claim:" label, past the emphasis marks that open it ("**Claim:** X"). */
function opensWithClaimLabel(ctx: BlockContext, s: Sentence): boolean {
  let f = s.from;
  while (f + 1 < s.to && isPunct(ctx.toks[f], '*_')) f++;
  return f + 1 < s.to && claimLabelAt(ctx, f);
}

/** Whether a fact check's "Claim:" label stands at token k: "Claim" or "Claims" (after "The" perhaps), a number perhaps ("Claim 1:", "Claim #2:"), and a colon. */
function claimLabelAt(ctx: BlockContext, k: number): boolean {
  return claimLabelColon(ctx, k) > 0;
}

/** Words of a fact check's label for the claim it checks: "Claim 1:", "Myth 2:" (a myth-busting list's). */
const CLAIM_LABEL_WORDS: ReadonlySet<string> = new Set(['claim', 'claims', 'myth', 'myths']);

/** The colon of a fact check's "Claim:" label at token k (`claimLabelAt`), or -1. */
function claimLabelColon(ctx: BlockContext, k: number): number {
  const toks = ctx.toks;
  // (after its article: "The claim:")
  if (toks[k].lower === 'the' && k + 1 < toks.length && CLAIM_LABEL_WORDS.has(toks[k + 1].lower)) k++;
  if (!CLAIM_LABEL_WORDS.has(toks[k].lower)) return -1;
  let c = k + 1;
  if (isPunct(toks[c], '#')) c++;
  if (c < toks.length && (toks[c].kind === 'number' || (toks[c].f & F_NUMBER_WORD) !== 0 || toks[c].lower === 'one')) c++;
  return isPunct(toks[c], ':') ? c : -1;
}

/** What an alleged X or an accusation scores below a reported claim of the same words. */
const ALLEGED_DISCOUNT = 0.1;

/** A score rounded to hundredths, as every check-worthiness is given (no 0.7000000000000001). */
function hundredths(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Whether tokens [from, to) of a sentence are one quotation, with at most punctuation after its closing mark. */
function wholeQuotation(ctx: BlockContext, from: number, to: number): boolean {
  const t = ctx.toks[from];
  if (t === undefined || t.kind !== 'quote' || t.quote < 0) return false;
  const q = ctx.quotes[t.quote];
  if (q.firstTok !== from || q.close < 0) return false;
  for (let k = q.lastTok + 1; k < to; k++) if (ctx.toks[k].kind !== 'punct') return false;
  return true;
}

/** Whether one of the block's denials is a fact check's verdict (`deny.verdict`: "Verdict: False", "Misleading."). */
function verdicts(denials: readonly RawDenial[]): boolean {
  for (const d of denials) if (d.rule === 'deny.verdict') return true;
  return false;
}

/**
 * The block's sentences scored as someone's reported words, where that makes them claims and their own score did not
 * (`BlockFindings.leadClaims`): "The bridge was inspected in March and declared safe." after "The mayor wrote on X:".
 * Units that overlap one of `claims` are left out.
 */
export function reportedStatementClaims(ctx: BlockContext, claims: readonly RawClaim[], minScore: number, labelled = false): RawClaim[] {
  let out: RawClaim[] | null = null;
  for (const s of ctx.sentences) {
    const found = splitUnits(ctx, [ctx.toks[s.from].start, ctx.toks[s.to - 1].end], 1, 0);
    const nUnits = unitCount;
    for (let u = 0; u < nUnits; u += 2) {
      const ua = found[u];
      const ub = found[u + 1];
      const from = ctx.toks[ua].start;
      const to = ctx.toks[ub].end;
      if (claims.some((c) => c.span[0] < to && from < c.span[1])) continue;
      const sc = score(ctx, ua, ub, true);
      // (a unit its own score makes a claim is one of `claims` already, but in a table's cell with no full stop, which
      // reads as a heading: "Unemployment is at its lowest level in 20 years")
      // (with `labelled`, a claims table's claim cell: every statement in it is a claim put up for checking, whatever its score,
      // as a "Claim:" label's is)
      if (labelled) (out ??= []).push({ span: [from, to], origin: 'content', attribution: null, denial: null, checkworthiness: Math.max(sc, CLAIM_FEATURES.labelled), checked: true });
      else if (sc >= minScore) (out ??= []).push({ span: [from, to], origin: 'content', attribution: null, denial: null, checkworthiness: sc });
    }
  }
  return out ?? NO_LEAD_CLAIMS;
}
const NO_LEAD_CLAIMS: RawClaim[] = [];

/**
 * The claims of a quotation that no attribution of the block reports (`BlockFindings.closingQuote`), scored
 * as reported content: a signature line in the next block may attribute it ("- Ana Ruiz.", `attr.quote-signature`),
 * which only the document pass sees, and it keeps these claims only then (`BlockFindings.signedClaims`). Units
 * that overlap one of `claims` are left out.
 */
export function quotationClaims(ctx: BlockContext, quote: R, claims: readonly RawClaim[], minScore: number): RawClaim[] {
  const toks = ctx.toks;
  const found = splitUnits(ctx, quote, 1, 0);
  let out: RawClaim[] | null = null;
  for (let u = 0; u < unitCount; u += 2) {
    const ua = found[u];
    const ub = found[u + 1];
    const from = toks[ua].start;
    const to = toks[ub].end;
    if (overlapsClaim(claims as RawClaim[], claims.length, from, to)) continue;
    const sc = score(ctx, ua, ub, true);
    if (sc >= minScore) (out ??= []).push({ span: [from, to], origin: 'content', attribution: null, denial: null, checkworthiness: sc });
  }
  return out ?? NO_CLAIMS;
}
const NO_CLAIMS: RawClaim[] = [];

/** Scratch of `detectClaims`, and what it holds between calls. */
const claimScratch: RawClaim[] = [];
const NO_CLAIM: RawClaim = { span: [0, 0], origin: 'statement', attribution: null, denial: null, checkworthiness: 0 };

/** Whether the cue at `cue` holds a verb of `CLAIMING_VERBS` ("claimed", "has alleged") or a noun of `CLAIMING_NOUNS` ("made allegations"). */
function isClaimingCue(ctx: BlockContext, cue: R): boolean {
  for (let k = tokIndexAt(ctx, cue[0]); k < ctx.toks.length && ctx.toks[k].start < cue[1]; k++) {
    if (ctx.toks[k].kind !== 'word') continue;
    // (the noun's clause: "allegations that X", not "charges of responsibility for X")
    if (CLAIMING_NOUNS.has(ctx.toks[k].lower) && ctx.toks[k + 1]?.lower === 'that') return true;
    const f = cueVerbForm(ctx.toks[k].lower);
    if (f && CLAIMING_VERBS.has(f.verb.id)) return true;
  }
  return false;
}

/** Whether an accusation's cue reports what is alleged as an act: "accused the government of | ignoring earlier warnings". */
function accusesAct(ctx: BlockContext, cue: R, first: number): boolean {
  const t = ctx.toks[tokIndexAt(ctx, cue[0])];
  const word = t?.lower ?? '';
  // ("blamed air traffic control for the cancellations": whom it blames and for what)
  if (BLAMING_FORMS.has(word) && cue[1] === t.end) return true;
  if (!accusingWord(word)) return false;
  if (gerundAt(ctx, first)) return true;
  // (the model's content with whom it accuses: "accused | the minister of misleading parliament")
  for (let m = first + 1; m < first + ACCUSED_REACH && m < ctx.toks.length; m++) if (ctx.toks[m].lower === 'of') return gerundAt(ctx, m + 1);
  return false;
}
/**
 * Where what an accusing cue's content accuses of begins, past whom it accuses: the gerund after the first "of" (or "with",
 * for a charge) within `ACCUSED_PHRASE_REACH` tokens, with no verb before it; else `ua`.
 */
function accusedActFrom(ctx: BlockContext, cue: R, ua: number, ub: number): number {
  const toks = ctx.toks;
  const prep = ACCUSED_OF.get(cueVerbForm(cueVerbWord(ctx, cue))?.verb.id ?? '');
  // (not a content that opens with the act: "running a campaign \"of hatred, of dividing us\"")
  if (prep === undefined || toks[ua].lower === prep || gerundAt(ctx, ua)) return ua;
  for (let m = ua + 1; m < ub && m - ua <= ACCUSED_PHRASE_REACH; m++) {
    const t = toks[m];
    if (t.lower === prep && m + 1 <= ub && gerundAt(ctx, m + 1)) return m + 1;
    if (t.kind === 'word' && !t.cap && t.pos === 'V' && !t.lower.endsWith('ed')) return ua;
  }
  return ua;
}
/** The preposition after whom a verb of accusing names (by its id, `ACCUSING_VERBS`), before what they are accused of. */
const ACCUSED_OF: ReadonlyMap<string, string> = new Map([['cue.accuse', 'of'], ['cue.charge', 'with']]);
/** How many tokens past the content's start `accusedActFrom` looks for the preposition. */
const ACCUSED_PHRASE_REACH = 12;

/** Whether a cue's first word is a verb of accusing ("accused", "accusing"). */
function accusingCue(ctx: BlockContext, cue: R): boolean {
  return accusingWord(cueVerbWord(ctx, cue));
}
/** A cue's verb, in lower case, past its auxiliaries ("have accused" -> "accused"). */
function cueVerbWord(ctx: BlockContext, cue: R): string {
  let k = tokIndexAt(ctx, cue[0]);
  while (k + 1 < ctx.toks.length && ctx.toks[k + 1].end <= cue[1] && (ctx.toks[k].f & F_AUX) !== 0) k++;
  return ctx.toks[k]?.lower ?? '';
}
/** Whether a word is a form of a verb of accusing (`ACCUSING_VERBS`: "accused", "charges"). */
function accusingWord(lower: string): boolean {
  const f = cueVerbForm(lower);
  return f !== undefined && f !== null && ACCUSING_VERBS.has(f.verb.id);
}
/** How many tokens an accusation's content reaches for the "of" after whom it accuses. */
const ACCUSED_REACH = 6;

/** Whether a gerund stands at token k, past adverbs in "-ly" ("deliberately painting a false picture"). */
function gerundAt(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  // (past a quotation's opening mark: 'of "living in a parallel universe"')
  if (toks[k]?.kind === 'quote') k++;
  while (k < toks.length && (toks[k].f & F_LY_WORD) !== 0 && !toks[k].cap) k++;
  return k < toks.length && toks[k].kind === 'word' && !toks[k].cap && toks[k].lower.endsWith('ing');
}

/** Whether a negator ("not", "no", "never", "n't", "none") stands among tokens [from, to]. */
function negatedIn(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = ctx.toks[k].lower;
    if (w === 'not' || w === 'no' || w === 'never' || w === "n't" || w === 'none') return true;
    // ("nothing has changed": a negative pronoun as the subject; not "Hillary has nobody like that")
    if (k === from && NEGATIVE_PRONOUNS.has(w)) return true;
    // ("didn't", "don't" after a subject; not an imperative's, "Hands up, don't shoot")
    if (k > from && ctx.toks[k - 1].kind === 'word' && CONTRACTED_NOT.test(w)) return true;
  }
  return false;
}

/**
 * Whether tokens [from, to] deny a past act: "never", or "not" / "n't" after an auxiliary of the past
 * (`PAST_ACT_AUXILIARIES`), then past adverbs ("knowingly"), a verb that is no state of mind (`MENTAL_VERBS`):
 * "I have never knowingly taken", "we did not receive", "I didn't sell"; not "I don't know", "we have not decided"; or
 * an act denied as intended (`deniedIntent`).
 */
function deniesOwnAct(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  // (or an act denied as intended: "We have no plans to close the library")
  if (FIRST_PERSON_SUBJECTS.has(toks[from].lower) && deniedIntent(ctx, from + 1, to)) return true;
  for (let k = from + 1; k < to; k++) {
    const w = toks[k].lower;
    // (not a resolve about the future: "I will never do it again")
    // (or a practice denied in the present, with its object: "We do not sell personal data"; not "We do not comment on X")
    // (the auxiliary and its negation may be one token: "We don't use", "I didn't take")
    const contracted = CONTRACTED_NOT.exec(w);
    const aux = contracted ? contracted[1] : toks[k - 1].lower;
    const subject = contracted ? k - 1 : k - 2;
    const present = aux === 'do' && subject >= from && FIRST_PERSON_SUBJECTS.has(toks[subject].lower);
    if (w === 'never' ? FUTURE_MODALS.has(toks[k - 1].lower) : !((w === 'not' || w === "n't" || contracted) && (PAST_ACT_AUXILIARIES.has(aux) || present))) continue;
    let j = k + 1;
    while (j < to && NEGATION_ADVERBS.has(toks[j].lower)) j++;
    const v = toks[j];
    if (present && (j + 1 > to || toks[j + 1].kind !== 'word' || UNSAID_PRACTICES.has(v.lower))) continue;
    // (with "do" or "did", an act: not "I don't have a position", "We didn't do well", nor a condition, "If we don't act")
    const doSupport = aux === 'do' || aux === 'did';
    if (doSupport && (NO_ACT_VERBS.has(v.lower) || (subject - 1 >= from && CONDITION_OPENERS.has(toks[subject - 1].lower)))) continue;
    // (after "do" or "did" a verb's plain form, however the lexicon reads it: "We don't | use child labour")
    // (or a word the lexicon does not know: "We do not | overbook our flights")
    const plain = doSupport && (canBeVerb(v.lower) || (v.pos === undefined && v.kind === 'word'));
    if (v.kind === 'word' && !v.cap && (v.pos === 'V' || plain || (v.pos === undefined && isIrregularVerbForm(v.lower))) && !MENTAL_VERBS.has(v.lower)) return true;
  }
  return false;
}

/** Verbs after a negated "do" that tell of no act: possession, "do" itself, a finding ("I don't find it compelling"). */
const NO_ACT_VERBS: ReadonlySet<string> = new Set(['have', 'do', 'find', 'need', 'get', 'go', 'seem', 'look', 'identify', 'buy']);
/** Words before a clause's subject that make the clause a condition: "If we don't act". */
const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'until']);
/** "Do" or "did" and its negation in one token (group 1 the auxiliary): "don't", "didn’t". */
const CONTRACTED_NOT = /^(do|did)n['’]t$/;
/** Negative pronouns that open a counter-claim as its subject: "nothing has changed", "nobody was hurt". */
const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set(['nothing', 'nobody', 'none']);
/** First persons whose present "do" and a negation deny a practice of theirs: "We do not sell personal data". */
const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);
/** Verbs whose present negated says what the speaker will not say, no practice denied: "We do not comment on X". */
const UNSAID_PRACTICES: ReadonlySet<string> = new Set(['comment', 'speculate', 'discuss', 'disclose', 'respond', 'talk', 'answer', 'confirm', 'reveal']);

/**
 * What tokens [from, to] tell of the speaker's own act when they open with "it", "he", "she" or "they" (a reported
 * clause's pronoun for its speaker): DENIED_ACT for "do", "does", "did" or a perfect's "has", "have", "had", a negation
 * and a verb of an act with something after it ("it does not target civilians", "they did not sign the order"; not "it
 * is not", "they may not be", "it does not know"); TOLD_ACT for a perfect of such a verb ("it had taken down the
 * servers"); else NO_ACT.
 */
function pronounAct(ctx: BlockContext, from: number, to: number): number {
  const toks = ctx.toks;
  if (from + 2 >= to || !ACTING_PRONOUNS.has(toks[from].lower) || !DO_HAVE.has(toks[from + 1].lower)) return NO_ACT;
  const neg = toks[from + 2].lower;
  // ("it has no plans to ban barbecues", "she had no intention of resigning": an act of theirs denied as intended)
  if (deniedIntent(ctx, from + 1, to)) return DENIED_ACT;
  const negated = neg === 'not' || neg === "n't" || neg === 'never';
  if (negated && from + 3 >= to) return NO_ACT;
  // (past a quotation's opening mark: 'it had "taken down Streamline's servers"')
  let vi = negated ? from + 3 : from + 2;
  if (toks[vi].kind === 'quote' && vi + 1 < to) vi++;
  const v = toks[vi];
  const act = v.kind === 'word' && !v.cap && !MENTAL_VERBS.has(v.lower) && (v.f & F_AUX) === 0;
  if (negated) return act && (v.pos === 'V' || DO_FORMS.has(toks[from + 1].lower)) ? DENIED_ACT : NO_ACT;
  return act && v.pos === 'V' && !DO_FORMS.has(toks[from + 1].lower) && PARTICIPLE_END.test(v.lower) ? TOLD_ACT : NO_ACT;
}
/** Words that open an embedded question in reported words ("declined to say | how many farms were in the group", "why"). */
const EMBEDDED_QUESTION_OPENERS: ReadonlySet<string> = new Set(['how', 'why']);
/**
 * A cue that leaves its question unanswered: "declined to say", "refused to say", "asked", "wondered" (a negated cue,
 * "would not say", reports no claim at all: `NEGATED_CUE`).
 */
const UNANSWERED_CUE = /\b(?:declin|refus|ask|wonder)/i;

/**
 * Whether tokens from k, before `to`, deny an act as intended: "has", "have" or "had", "no", a noun of intent and "to"
 * or "of" ("it | has no plans to ban barbecues", "We | have no intention of closing the library").
 */
function deniedIntent(ctx: BlockContext, k: number, to: number): boolean {
  const toks = ctx.toks;
  return k + 3 < to && HAVE_FORMS.has(toks[k].lower) && toks[k + 1].lower === 'no' && DENIED_INTENT_NOUNS.has(toks[k + 2].lower) && (toks[k + 3].lower === 'to' || toks[k + 3].lower === 'of');
}
/** The forms of "have" before "no" and a noun of intent (`deniedIntent`). */
const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);
const NO_ACT = 0;
const DENIED_ACT = 1;
const TOLD_ACT = 2;
const ACTING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they']);
const DO_HAVE: ReadonlySet<string> = new Set(['do', 'does', 'did', 'has', 'have', 'had']);
/** (after "does not" a word is a verb whatever else the lexicon reads it as: "it does not target civilians") */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** Whether a verb (`hasVerb`) stands in the content [start, end) (`false` for one that holds no token). */
function contentHasVerb(ctx: BlockContext, content: R, notPassive = false): boolean {
  return content[1] > content[0] && hasVerb(ctx, tokIndexAt(ctx, content[0]), tokIndexAt(ctx, content[1] - 1), notPassive);
}

/**
 * Whether a verb (an auxiliary or a word the lexicon reads as a verb, lower case) stands among tokens [from, to]; with
 * `notPassive`, no participle right before "by", which only says who made a document ("an internal email seen by its
 * reporters").
 */
function hasVerb(ctx: BlockContext, from: number, to: number, notPassive = false): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.toks[k];
    if (t.kind === 'word' && !t.cap && ((t.f & F_AUX) !== 0 || t.pos === 'V') && !(notPassive && ctx.toks[k + 1]?.lower === 'by')) return true;
  }
  return false;
}

/**
 * Whether token k opens a noun phrase of whom something was said to, after "to": a determiner or a possessive ("the
 * Commission", "his supporters"), or a name outside a headline ("Sanders officials").
 */
function addresseeAt(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  if (t.kind !== 'word') return false;
  // (not a verb or an adverb in a title's capitals: "to Disavow Lindsey Graham Endorsement", "To Never Utter")
  if (t.cap) return !ctx.headline && t.pos !== 'R' && !canBeVerb(t.lower);
  // (nor "more" or "most" before a verb: "to more aggressively wield military power")
  return (t.f & F_DETERMINER) !== 0 && t.lower !== 'more' && t.lower !== 'most';
}

/**
 * Whether tokens a..b hold a number in digits followed by the noun it counts (a lower-case word that is no date's, nor a
 * preposition or a verb: "85,000 households", "10,000 euros", "2.3 million customers"), or after a currency sign.
 */
function countedFigure(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  for (let k = a; k <= b; k++) {
    if (toks[k].kind !== 'number') continue;
    if (k > a && toks[k - 1].kind === 'punct' && CURRENCY_SIGNS.has(toks[k - 1].text)) return true;
    // (not a year, "the 1977 precedent", nor a clock time, "the 15:20 mark")
    if (YEAR_NUMBER.test(toks[k].text) || CLOCK_TIME.test(toks[k].text)) continue;
    let n = k + 1;
    if (n <= b && SCALE_WORDS.has(toks[n].lower)) n++;
    const t = toks[n];
    if (n <= b && t.kind === 'word' && !t.cap && (t.f & F_CLAIM_DATE) === 0 && (t.pos === 'N' || t.pos === undefined) && !NO_COUNT_WORDS.has(t.lower)) return true;
  }
  return false;
}
/** A clock time in digits: "15:20". */
const CLOCK_TIME = /^\d{1,2}:\d\d$/;
/** Words after a number that count no thing: times and ages ("3 years ago" counts, "at 3 pm" does not). */
const NO_COUNT_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'percent', 'per', 'times', 'time', 'or', 'and', 'to']);

/**
 * Whether tokens a..b open with a name as the subject of a verb right after it: "Germany had delivered the money",
 * "Tomas Reiner resigned"; a name of one word only past the sentence's start, where its capital is no sentence's ("said
 * | Germany had"), and not a pronoun.
 */
function namedSubject(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  let k = a;
  while (k <= b && toks[k].kind === 'word' && toks[k].cap && (toks[k].f & (F_PRONOUN | F_DETERMINER)) === 0) k++;
  if (k === a || k > b || (k === a + 1 && !(a > 0 && toks[a - 1].kind === 'word'))) return false;
  // (not a possessive's "'s": "Trump's views on Israel")
  return !isApostropheS(toks[k]) && ((toks[k].f & F_AUX) !== 0 || isFiniteVerb(ctx, k));
}

/**
 * Whether tokens a..b open with a determiner and a noun or two, or a plural noun alone, then a verb of an act that is no
 * auxiliary or copula: "the study used contaminated equipment", "the company cut 500 jobs", "officers had been
 * assaulted" (not "the plan is a disaster", "the answer will come").
 */
function nounSubjectAct(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  const d = toks[a];
  // (or a plural noun with no determiner: "officers had been assaulted")
  const bare = d !== undefined && d.kind === 'word' && !d.cap && d.pos === 'N' && d.lower.endsWith('s') && (d.f & F_PRONOUN) === 0 && d.lower !== 'others';
  if (!bare && (d === undefined || d.kind !== 'word' || (d.f & F_DETERMINER) === 0 || (d.f & F_PRONOUN) !== 0 || d.lower === 'this' || d.lower === 'that')) return false;
  const n0 = bare ? a : a + 1;
  let k = n0;
  while (k <= b && k - n0 <= 1 && toks[k].kind === 'word' && (toks[k].pos === 'N' || toks[k].pos === 'J')) k++;
  if (k === n0 || k > b || toks[k - 1].pos !== 'N') return false;
  const v = toks[k];
  if (v.kind !== 'word' || v.cap) return false;
  // (or a passive: "the designs are approved", "The money has been delivered")
  if ((v.f & F_AUX) !== 0) {
    // (a perfect only with "been": "had turned green" is no passive)
    let p = k + 1;
    const been = p <= b && toks[p].lower === 'been';
    if (been) p++;
    return p <= b && (BE_AUXILIARIES.has(v.lower) || (been && HAVE_AUXILIARIES.has(v.lower))) && toks[p].kind === 'word' && PARTICIPLE_END.test(toks[p].lower) && toks[p].pos === 'V';
  }
  return v.pos === 'V' && !LINKING_VERBS.has(v.lower) && isFiniteVerb(ctx, k);
}
/**
 * Whether the "half" at token k, after "in" or "by", ends a halving with a verb of cutting before it, within
 * `HALVING_REACH` words from token a: "cut knife crime in half", "waiting times were reduced by half".
 */
function halvedAt(ctx: BlockContext, a: number, k: number): boolean {
  const toks = ctx.toks;
  if (k - 2 < a || (toks[k - 1].lower !== 'in' && toks[k - 1].lower !== 'by')) return false;
  for (let m = k - 2; m >= a && k - m <= HALVING_REACH; m--) if (toks[m].kind === 'word' && HALVING_VERBS.has(toks[m].lower)) return true;
  return false;
}
/** How many words before "in half" a verb of cutting may stand ("cut | knife crime among teenagers | in half"). */
const HALVING_REACH = 6;

/** Whether tokens [a, b] are a noun phrase (no pronoun), auxiliaries and a verb of measured change (`CHANGE_VERBS`): "overall crime had fallen". */
function measuredChangeOf(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  if (toks[a].kind !== 'word' || (toks[a].f & F_PRONOUN) !== 0 || toks[a].lower === 'this' || toks[a].lower === 'that') return false;
  const np = npStartingAt(ctx, a, b + 1);
  if (np === null || np.to > b || toks[np.to - 1].pos !== 'N') return false;
  let k = np.to;
  while (k < b && (toks[k].f & F_AUX) !== 0) k++;
  return toks[k].kind === 'word' && CHANGE_VERBS.has(toks[k].lower);
}

/**
 * Whether tokens [a, b] hold a verb of evidence (`EVIDENCE_THAT_VERBS`) whose clause after it, "that" or not, states a
 * checkable property of a thing (`statedProperty`): "Our own tests | show | the building is safe".
 */
function shownProperty(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  for (let k = a + 1; k < b; k++) {
    if (toks[k].kind !== 'word' || !EVIDENCE_THAT_VERBS.has(toks[k].lower)) continue;
    const from = toks[k + 1].lower === 'that' ? k + 2 : k + 1;
    return from <= b && statedProperty(ctx, from, b);
  }
  return false;
}

/**
 * Whether tokens [a, b] state a checkable property of a thing (`FACT_STATE_ADJECTIVES`): a noun phrase (no pronoun), a
 * form of "be", an adverb or "not" at most, and the adjective last or before a phrase of a preposition: "myocarditis
 * after vaccination is rare", "the vaccine is not safe for children"; not "it is rare", "Smith is great".
 */
function statedProperty(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  if (toks[a].kind !== 'word' || (toks[a].f & F_PRONOUN) !== 0 || toks[a].lower === 'this' || toks[a].lower === 'that') return false;
  const np = npStartingAt(ctx, a, b + 1);
  // (a noun, or a word the lexicon does not know: "myocarditis")
  if (np === null || np.to > b || (toks[np.to - 1].pos !== 'N' && toks[np.to - 1].pos !== undefined)) return false;
  // (past a phrase of a preposition after the noun: "myocarditis | after vaccination | is rare")
  let v = np.to;
  const more = toks[v].kind === 'word' && toks[v].pos === 'I' && !toks[v].cap ? npStartingAt(ctx, v + 1, b + 1) : null;
  if (more !== null && more.to <= b) v = more.to;
  // (or a verb of staying in a state, after a modal too: "the bridge remains closed", "the library would stay open",
  // "the plant will not remain open")
  let k = v + 1;
  if (MODALS.has(toks[v].lower) && k <= b) {
    if (toks[k].lower === 'not' && k + 1 <= b) k++;
    if (!STATE_VERBS.has(toks[k].lower) && toks[k].lower !== 'be') return false;
    k++;
  } else if (!BE_AUXILIARIES.has(toks[v].lower) && !STATE_VERBS.has(toks[v].lower)) return false;
  if (k <= b && (toks[k].lower === 'not' || isAdverb(toks[k]))) k++;
  return k <= b && FACT_STATE_ADJECTIVES.has(toks[k].lower) && (k === b || (toks[k + 1].kind === 'word' && toks[k + 1].pos === 'I'));
}
/** Auxiliaries of a passive: "are approved", "was sold"; and with "been", "has been delivered". */
const BE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const HAVE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** Verbs of staying in a state, as "be" states one: "the bridge remains closed", "the library will stay open". */
const STATE_VERBS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
/** Verbs that link a subject to a state, as a copula does: "the issue remained tricky", "the plan sounded equivocal". */
const LINKING_VERBS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'become', 'becomes', 'became', 'sound', 'sounds', 'sounded', 'look', 'looks', 'looked', 'appear', 'appears', 'appeared', 'stay', 'stays', 'stayed', 'get', 'gets', 'got', 'go', 'goes', 'went', 'feel', 'feels', 'felt']);

/** Openings of a short negated report that make no counter-claim: pronouns, negators, conjunctions ("I'm not a lawyer", "Not yet"). */
const COUNTER_OPENERS: ReadonlySet<string> = new Set(['i', "i'm", 'i’m', 'we', 'you', 'they', "they're", 'they’re', 'it', "it's", 'it’s', 'this', 'that', 'not', 'no', 'never', 'none', 'for', 'but', 'and', 'so']);

/**
 * A passive report with no one named, or a hedge, which a claim keeps: "is expected", "are believed", "was reported",
 * "appears to", "has reportedly ruled out" (a hearsay adverb alone, `HEDGE_ADVERBS`).
 */
export const PASSIVE_FRAME = new RegExp(`^(?:(?:is|are|was|were|(?:has|have) been)\\s+(?:widely\\s+)?(?:expected|believed|thought|said|reported|estimated|understood|alleged|rumou?red|projected|forecast)|appears?|appeared|seems?|seemed|${[...HEDGE_ADVERBS].join('|')})$`, 'i');
/** A hedge of no one's ("appears to", "seems to"): the claim it keeps is the article's own, scored as such. */
const HEDGE_FRAME = /^(?:appears?|appeared|seems?|seemed)$/i;

/** A cue with a negator in it: "not claim", "did not say", "never said", "didn't say". */
const NEGATED_CUE = /\b(?:not|never)\b|n['’]t\b/i;

/** Pronouns that stand for what was said as a report's object: "repeated it", "said this". */
const OBJECT_PRONOUNS_SAID: ReadonlySet<string> = new Set(['it', 'this', 'them']);
/** Prepositions of where or when something was said: "said it at a meeting", "in a speech", "on Tuesday". */
const SAID_WHERE: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during']);

/**
 * Whether tokens [from, to] only name a statement made before: a determiner and a claim's noun ("the claim", "his
 * allegations", `CLAIMING_NOUNS`), and no finite verb after them ("the claim in a post on X on Tuesday").
 */
function namesStatementOnly(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  if (from + 1 > to || (toks[from].f & F_DETERMINER) === 0 || !CLAIMING_NOUNS.has(toks[from + 1].lower)) return false;
  for (let k = from + 2; k <= to; k++) if (isFiniteVerb(ctx, k)) return false;
  return true;
}

/** Whether a denial's cue begins within the unit [from, to). */
function holdsDenialCue(text: string, denials: RawDenial[], from: number, to: number): boolean {
  // (a cue that begins in the unit: a quoted judgement's closing mark may lie past the unit's end, 'were "baseless"')
  // (but an act of falsehood someone is accused of, which is a claim about them too: "alleged that the company had
  // overstated its order book by at least $400 million")
  for (const d of denials) if (d.cue[0] >= from && d.cue[0] < to && !(d.rule === 'deny.misrepresent' && d.target !== null && d.target[0] === from && !judgesStatement(text, d.target))) return true;
  return false;
}

/** Whether a target ends on a statement's or a post's noun ("the post", "the report"), no one accused. */
function judgesStatement(text: string, target: readonly [number, number]): boolean {
  const last = text.slice(target[0], target[1]).toLowerCase().split(/\s+/).pop() ?? '';
  return STATEMENT_NOUNS.has(last) || MEDIA_NOUNS.has(last);
}

/** Whether a claim found already (of the first `n` of `claims`) overlaps the unit [from, to). */
function overlapsClaim(claims: RawClaim[], n: number, from: number, to: number): boolean {
  for (let k = 0; k < n; k++) if (claims[k].span[0] < to && from < claims[k].span[1]) return true;
  return false;
}

/** Whether a claim found already (of the first `n` of `claims`) covers more than half of the unit [from, to). */
function halfCovered(claims: RawClaim[], n: number, from: number, to: number): boolean {
  for (let k = 0; k < n; k++) if (overlapLength(claims[k].span, from, to) * 2 > to - from) return true;
  return false;
}

/** Whether the content of an attribution or the target of a denial overlaps [from, to). */
function coversPart(attributions: RawAttribution[], denials: RawDenial[], from: number, to: number): boolean {
  for (const a of attributions) {
    const c = a.content;
    if (c !== null && c[0] < to && from < c[1]) return true;
  }
  for (const d of denials) {
    const c = d.target;
    if (c !== null && c[0] < to && from < c[1]) return true;
  }
  return false;
}

/**
 * The unit [ua, ub]'s last token before a comma and "after" or "following" that open the source of a report other than
 * `self`'s inside it (what led to what `self` reports), else `ub`.
 */
function promptingReportBefore(ctx: BlockContext, attributions: readonly RawAttribution[], self: number, ua: number, ub: number): number {
  const toks = ctx.toks;
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    if (k === self || a.source === null || a.source[0] <= toks[ua].start || a.source[1] > toks[ub].end) continue;
    const s = tokIndexAt(ctx, a.source[0]);
    if (s - 3 > ua && (toks[s - 1].lower === 'after' || toks[s - 1].lower === 'following') && isPunct(toks[s - 2], ',') && a.cue[0] > a.source[1] - 1) return s - 3;
  }
  return ub;
}

/**
 * Whether the unit [from, to) opens with the named source of a report other than `self`'s whose cue is a participle
 * right after it, or after "for", and whose content runs to the unit's end ("Mr Patel saying X", "Dan Hewitt for
 * claiming that X"): the person shown saying it, or blamed for it (not a document, "Trump's tweet saying X", "her
 * statement explaining that X").
 */
function shownSaying(ctx: BlockContext, attributions: readonly RawAttribution[], self: number, from: number, to: number): boolean {
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    if (k === self || a.source === null || a.sourceType !== 'name' || a.content === null || a.source[0] !== from || a.content[1] + 1 < to) continue;
    // (right after the name, or after "for": "criticised | Home Secretary Dan Hewitt for claiming that X")
    const between = ctx.text.slice(a.source[1], a.cue[0]);
    if (between !== ' ' && between !== '' && between !== ' for ') continue;
    const cue = ctx.toks[tokIndexAt(ctx, a.cue[0])];
    if (cue !== undefined && cue.end === a.cue[1] && cue.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * Whether [from, to) holds a whole report other than `self`'s whose content comes before its cue: a quotation and
 * its frame ("\"X,\" the agency told lawmakers"), whose own claim stands for it. (Not a report inside a clause:
 * "officials said satellite images show Y" is the officials' claim.)
 */
function holdsOtherCue(attributions: readonly RawAttribution[], self: number, from: number, to: number): boolean {
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    // (its content opening the unit: "... 380 people, not 420 as the newspaper said" keeps the unit, the newspaper said "420")
    if (k !== self && a.content !== null && a.content[1] <= a.cue[0] && a.content[1] > from && a.content[0] <= from + 1 && a.cue[0] >= from && a.cue[1] <= to) return true;
  }
  return false;
}

/** Whether [from, to) holds another report whole whose source is a relative pronoun on a noun in it ("a former aide | who said X"). */
function holdsRelativeReport(ctx: BlockContext, attributions: readonly RawAttribution[], self: number, from: number, to: number): boolean {
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    if (k === self || a.source === null || a.content === null || a.source[0] <= from || a.content[1] > to || a.cue[0] < a.source[1]) continue;
    const t = ctx.toks[tokIndexAt(ctx, a.source[0])];
    if (t !== undefined && t.end === a.source[1] && RELATIVE_SOURCE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * The index of the report whose content holds [from, to), a denial's target, when its cue ends on no denial verb and
 * not inside the denial's cue ("wrongly | said the plant was closed"); else -1.
 */
function reportSaying(ctx: BlockContext, attributions: readonly RawAttribution[], d: RawDenial, from: number, to: number): number {
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    // (its verb outside the denial's cue: "wrongly said", the report's cue holding the adverb, is the senator's report)
    // (and the denial's cue outside its content: "Rubio said he dismissed the polls showing X" reports the denial, not X)
    // (or an accusation's, whose object and "of" the target holds too: "He accused | aid agencies of | inflating the
    // numbers, an allegation the agencies rejected")
    const accused = a.content !== null && a.content[0] > from && a.cue[1] <= from && ctx.toks[tokIndexAt(ctx, a.content[0]) - 1]?.lower === 'of';
    if (a.content === null || (a.content[0] > from && !accused) || a.content[1] < to || (a.cue[1] > d.cue[0] && a.cue[1] <= d.cue[1]) || (d.cue[0] < a.content[1] && a.content[0] < d.cue[1])) continue;
    const t = ctx.toks[tokIndexAt(ctx, a.cue[1] - 1)];
    if (t && (t.f & F_DENIAL_VERB) === 0) return k;
  }
  return -1;
}

/** The index of an attribution with a source whose content holds [from, to), but a headline colon's, else -1. */
function reportCovering(attributions: readonly RawAttribution[], from: number, to: number): number {
  for (let k = 0; k < attributions.length; k++) {
    const a = attributions[k];
    // (not a headline's colon, whose side before it is often a rubric: "ISIS Border Crisis: DHS Chief Says ...")
    if (a.source !== null && a.content !== null && a.rule !== 'attr.headline-colon' && a.content[0] <= from && to <= a.content[1]) return k;
  }
  return -1;
}

/** Whether an attribution with a source has its cue at [from, to) ("Prosecutors alleged on Monday that": a verb, not "Alleged Rapist"). */
function reportCueAt(attributions: readonly RawAttribution[], from: number, to: number): boolean {
  for (const a of attributions) if (a.source !== null && a.cue[0] <= from && to <= a.cue[1]) return true;
  return false;
}

/** Whether the cue of one of the findings lies within [from, to) (but for those `except` leaves out). */
export function cueInside<T extends { cue: R }>(found: readonly T[], from: number, to: number, except?: (f: T) => boolean): boolean {
  for (const f of found) if (f.cue[0] >= from && f.cue[1] <= to && !(except?.(f) ?? false)) return true;
  return false;
}

/** Words that end an "alleged X" claim. */
/** Auxiliaries that are no finite verb of a clause: "accused of having lied", "of being paid". */
const NONFINITE_AUX: ReadonlySet<string> = new Set(['be', 'been', 'being', 'having', "'s"]);
const ALLEGED_STOPS: ReadonlySet<string> = new Set(['and', 'but', 'as', 'which', 'that', 'while', 'when', 'after', 'before']);
/** Words left out at the start of a claim unit (unless capitalised). */
const UNIT_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'that', 'so', 'yet']);
/** Subject pronouns that may open a new clause after ", and" / ", but". */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['we', 'they', 'he', 'she', 'it', 'i']);

const bySpan = (a: RawClaim, b: RawClaim): number => a.span[0] - b.span[0] || a.span[1] - b.span[1];

function isVerbAfter(t: Tok): boolean {
  return t.lower === 'that' || t.lower === 'to' || t.lower === 'by';
}

function overlapLength(a: R, from: number, to: number): number {
  return Math.max(0, Math.min(a[1], to) - Math.max(a[0], from));
}
function inside(a: R, b: R): boolean {
  return a[0] >= b[0] && a[1] <= b[1];
}

/** The first token that ends after `pos` (the last token when none does). */
function tokIndexAt(ctx: BlockContext, pos: number): number {
  let lo = 0;
  let hi = ctx.toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.toks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether tokens a..b (inclusive) count things: a number (in digits or a word, not a year) and, at most one word
 * after it, a plural noun that is no unit of time ("three deaths", "40 new cases"; not "All three", "the 2008 race",
 * "eight years now").
 */
function countsThings(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  // (a determiner first makes a reference, not a count: "the two Trump resorts", "those last three words")
  if ((toks[a].f & F_DETERMINER) !== 0 && (toks[a].f & F_NUMBER_WORD) === 0) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!(t.kind === 'number' || (t.f & F_NUMBER_WORD) !== 0) || /^(1[89]|20)\d\d$/.test(t.text)) continue;
    for (let m = k + 1; m <= b && m <= k + 2; m++) {
      const w = toks[m];
      // (or people: "five people died", "two children were hurt")
      if (w.kind === 'word' && !w.cap && ((w.lower.endsWith('s') && !TIME_UNITS.has(w.lower)) || COUNTED_IRREGULAR_PLURALS.has(w.lower)) && (w.pos === 'N' || w.pos === undefined)) return true;
    }
    // ("turnout was 61.4%", "turnout was 61 percent": a share a verb states)
    const unit = toks[k + 1];
    if (k + 1 <= b && (isPunct(unit, '%') || unit.lower === 'percent') && b - a >= 2 && rangeHas(ctx, a, k, (_, m) => isFiniteVerb(ctx, m))) return true;
  }
  // ("dividends were £31m": a sum a verb states, the unit's last word too)
  for (let k = a + 2; k <= b; k++) if (toks[k].kind === 'number' && toks[k - 1].kind === 'punct' && CURRENCY_SIGNS.has(toks[k - 1].text) && rangeHas(ctx, a, k - 1, (_, m) => isFiniteVerb(ctx, m))) return true;
  // ("crime has halved", "fares have doubled": a change by a multiple, its subject a noun, the clause's last word)
  if (b - a >= 1 && toks[b].kind === 'word' && CHANGE_MULTIPLES.has(toks[b].lower) && toks[a].kind === 'word' && (toks[a].pos === 'N' || toks[a].pos === undefined) && (toks[a].f & F_PRONOUN) === 0) return true;
  return false;
}

/** Units of time and counts of times, which count no things in a claim ("eight years", "three times"). */
const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'times', 'percent', 'points']);

/** Words and numbers among tokens a..b (inclusive). */
function wordsIn(ctx: BlockContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (ctx.toks[k].kind === 'word' || ctx.toks[k].kind === 'number') n++;
  return n;
}

/** The last token of the unit `trimUnit` or `trimTokens` found last (their result is its first token). */
let trimmedEnd = -1;

/** Trims quotes, commas and final punctuation from both ends of [start, end): the unit's first token (its last in `trimmedEnd`), or -1 when nothing is left. */
function trimUnit(ctx: BlockContext, start: number, end: number): number {
  return trimTokens(ctx, tokIndexAt(ctx, start), tokIndexAt(ctx, Math.max(start, end - 1)));
}

/** The present and past copula after "it" ("it is", "it's", "it was"). */
const COPULA_IS: ReadonlySet<string> = new Set(['is', "'s", '’s', 'was']);

/** Whether the quotation mark at token a opens a quotation that closes before token b, a word between its close and b. */
function opensQuotationWithin(ctx: BlockContext, a: number, b: number): boolean {
  const q = ctx.toks[a].quote;
  if (q < 0 || ctx.quotes[q].firstTok !== a) return false;
  const close = ctx.quotes[q].lastTok;
  if (close <= a || close >= b || ctx.quotes[q].close < 0) return false;
  let inside = false;
  for (let k = a + 1; k < close && !inside; k++) if (ctx.toks[k].kind === 'word') inside = true;
  if (!inside) return false;
  for (let k = close + 1; k <= b; k++) if (ctx.toks[k].kind === 'word') return true;
  return false;
}



/** `trimUnit` of the text from token a to token b (inclusive). */
function trimTokens(ctx: BlockContext, a: number, b: number): number {
  const toks = ctx.toks;
  // (an interview's label opening the block: "A: We studied this for two years")
  if (a === 0 && a + 2 <= b && isPunct(toks[1], ':') && ANSWER_LABELS.has(toks[0].text)) a = 2;
  // (an answer's "No." or "Yes," before its statement: "No. Every discharge was within the terms of our permits", "Yes, he is")
  // (not "No, X did not ...", whose "no" the article's denial holds)
  if (!ctx.headline && a + 2 < b && ((toks[a].lower === 'no' && isPunct(toks[a + 1], '.')) || (toks[a].lower === 'yes' && isPunct(toks[a + 1], '.,'))) && toks[a + 2].kind === 'word') a += 2;
  // (not the opening mark of a quotation that closes inside the unit, words after it: '"at least 5,000 ballots" had been
  // cast' keeps its marks in pairs)
  while (a <= b && ((toks[a].kind === 'quote' && !opensQuotationWithin(ctx, a, b)) || isPunct(toks[a], ',;:-—–(') || (toks[a].kind === 'word' && UNIT_OPENERS.has(toks[a].lower) && !toks[a].cap && !(toks[a].lower === 'that' && (isApostropheS(toks[a + 1] ?? toks[a]) || pronounThat(toks[a + 1])))))) a++;
  // "It is true that X", "It's clear that X": the claim is X
  if (a + 4 <= b && toks[a].lower === 'it' && COPULA_IS.has(toks[a + 1].lower) && TRUTH_FRAME_WORDS.has(toks[a + 2].lower) && toks[a + 3].lower === 'that') a += 4;
  // ("defended her claim that X", "repeated the claim that X": a content that names the statement, then says it: X)
  else if (a + 4 <= b && ((toks[a].f & F_DETERMINER) !== 0 || toks[a].lower === 'claim' || toks[a].lower === 'claims')) {
    const noun = (toks[a].f & F_DETERMINER) !== 0 ? a + 1 : a;
    if (noun + 2 <= b && CLAIM_NOUNS.has(toks[noun].lower) && toks[noun + 1].lower === 'that') a = noun + 2;
  }
  while (b >= a && (toks[b].kind === 'quote' || isPunct(toks[b], ',;:.-—–)'))) {
    // (not the closing mark of a quotation that opens inside the unit, nor the punctuation inside it: 'the colony was
    // "at serious risk."' keeps its marks in pairs)
    if (toks[b].kind === 'quote' && closesQuotationFrom(ctx, b, a + 1)) break;
    // (nor a bracket that closes one opened inside it: "under a system known as SMART (State Messaging and Archive
    // Retrieval Toolset)")
    if (isPunct(toks[b], ')') && rangeHas(ctx, a, b, (x) => isPunct(x, '('))) break;
    b--;
  }
  if (b < a) return -1;
  // (and a quotation opened inside that closes just past the unit, after its sentence's full stop: 'was "a disaster."')
  for (let k = b; k > a; k--) {
    const t = toks[k];
    if (t.kind !== 'quote' || t.quote < 0 || ctx.quotes[t.quote].firstTok !== k) continue;
    const close = ctx.quotes[t.quote].lastTok;
    if (close > b && close - b <= 2 && toks[close].kind === 'quote' && (close === b + 1 || isPunct(toks[b + 1], '.!?,'))) b = close;
    break;
  }
  trimmedEnd = b;
  return a;
}

/**
 * Splits content into claim units: its sentences, then clauses at ";" and ", and|but" before a new subject.
 * The units as pairs of their first and last token index (flat: a0, b0, a1, b1, ...), the first
 * `unitCount` entries of the array returned (shared by every call: valid until the next one). The
 * frame [frameFrom, frameTo] (none when frameFrom > frameTo) is no part of a unit.
 */
function splitUnits(ctx: BlockContext, content: R, frameFrom: number, frameTo: number): Int32Array {
  unitCount = 0;
  const toks = ctx.toks;
  let a = tokIndexAt(ctx, content[0]);
  const last = tokIndexAt(ctx, Math.max(content[0], content[1] - 1));
  let from = a;
  // a quotation split by its frame: what follows the frame up to the quotation going on is the frame's too
  // ("Q1," Reyes said at a news conference. "Q2.")
  const quoted = toks[a].kind === 'quote';
  // (whether the tokens from `from` on are an aside no unit takes in)
  let aside = false;
  for (; a <= last; a++) {
    const t = toks[a];
    // a quotation split by its attribution ("Q1," said Reyes. "Q2."): the frame is no part of a claim
    if (frameFrom <= frameTo && t.start >= frameFrom && t.end <= frameTo) {
      // ("Response times to emergency calls, she said, averaged 11 minutes": a subject alone before a parenthetical frame
      // is the claim's, which runs on past the frame)
      if (!quoted && a - 2 >= from && isPunct(toks[a - 1], ',') && npStartingAt(ctx, from, a - 1)?.to === a - 1) {
        while (a + 1 <= last && toks[a + 1].end <= frameTo) a++;
        if (a + 2 <= last && isPunct(toks[a + 1], ',') && hasVerb(ctx, a + 2, last)) continue;
      }
      const pushed = unitCount;
      pushUnit(ctx, from, a - 1);
      while (a + 1 <= last && (toks[a + 1].end <= frameTo || (quoted && toks[a + 1].kind !== 'quote'))) a++;
      from = a + 1;
      // ("X, the statistics office said on Wednesday, down from 2.6% in September": what goes on after the frame's
      // comma without a verb of its own is an aside to the claim before, no claim)
      // (past where and when the frame was said: "said on Wednesday,")
      let m = from;
      while (!quoted && m <= last && m - from < 5 && toks[m].kind === 'word' && !hasVerb(ctx, m, m)) m++;
      if (m > from && m <= last && isPunct(toks[m], ',')) {
        a = m - 1;
        from = m;
      }
      // (only after a claim before the frame: "It was, he said, one of the bitterest failures" is one claim)
      if (!quoted && unitCount > pushed && isPunct(toks[from], ',')) {
        let end = from + 1;
        while (end <= last && !isPunct(toks[end], ',;.!?')) end++;
        // (an aside that ends what is reported: not a stretch cut short by a title's full stop, "in an interview, Mr.")
        if (end >= last && !hasVerb(ctx, from + 1, end - 1)) {
          a = end - 1;
          from = end;
        }
      }
      continue;
    }
    // "alleged that X and that Y": two complements, two claims
    // (not "and that's before you count ...", whose "that" is the subject)
    if (t.kind === 'word' && CLAUSE_JOINS.has(t.lower) && a + 2 <= last && toks[a + 1].lower === 'that' && !isApostropheS(toks[a + 2]) && a > from) {
      pushUnit(ctx, from, a - 1);
      from = a + 2;
      a++;
      continue;
    }
    // ("the company was leaking 180 million litres a day and should fix its pipes": a demand coordinated after a
    // statement, sharing its subject, ends the statement; what it demands is no fact)
    if (t.kind === 'word' && t.lower === 'and' && a > from + 2 && a + 2 <= last && DEMANDING_MODALS.has(toks[a + 1].lower) && hasVerb(ctx, from, a - 1)) {
      pushUnit(ctx, from, a - 1);
      from = a + 1;
      continue;
    }
    // ("Waiting lists are falling and we are getting patients seen faster": the speaker's own clause after "and" or "but"
    // with no comma, when what comes before has its verb and no first person, is a unit of its own, as after ", and": a
    // statement of things, then what the speaker does)
    // (not a second clause of a subordinator's: "If the figures are right and we are wrong, ...")
    if (t.kind === 'word' && CLAUSE_JOINS.has(t.lower) && a > from + 1 && a + 2 <= last && FIRST_PERSON_SUBJECTS.has(toks[a + 1].lower) && isFiniteVerb(ctx, a + 2) && hasVerb(ctx, from, a - 1) &&
      !rangeHas(ctx, from, a, (x) => CLAUSE_SUBORDINATORS.has(x.lower) || (x.f & F_FIRST_PERSON) !== 0)) {
      pushUnit(ctx, from, a - 1);
      from = a + 1;
      continue;
    }
    // a unit ends only at a punctuation mark
    if (t.kind !== 'punct' && t.kind !== 'quote') continue;
    const sentenceEnd = isPunct(t, '.!?') && endsSentence(ctx, a);
    const semi = isPunct(t, ';');
    const clause = isPunct(t, ',') && a + 2 <= last && CLAUSE_JOINS.has(toks[a + 1].lower) && startsClause(ctx, a + 2, last);
    // ("The money has been delivered, the designs are approved, and ...": a comma between two clauses, each with its
    // subject and verb, in someone's quoted words)
    // (each a subject's act or a name's: not "If Sanders had won half of the coin tosses, ...", "I think, ...")
    if (isPunct(t, ',') && !clause && quoted && a + 1 <= last && toks[a + 1].kind === 'word' && startsClause(ctx, a + 1, last) && subjectClause(ctx, from, a - 1) && subjectClause(ctx, a + 1, last)) {
      pushUnit(ctx, from, a - 1);
      from = a + 1;
      continue;
    }
    if (sentenceEnd || semi || clause) {
      if (!aside) pushUnit(ctx, from, a - 1);
      aside = false;
      from = clause ? a + 2 : a + 1;
      continue;
    }
    // (", as 400 drivers prepare to strike next week": a clause of the time or the setting ends the claim, no claim
    // of its own, up to the sentence's end)
    if (!aside && isPunct(t, ',') && a + 3 <= last && toks[a + 1].lower === 'as' && closingAsClause(ctx, a + 2, last)) {
      pushUnit(ctx, from, a - 1);
      aside = true;
    }
  }
  if (!aside) pushUnit(ctx, from, last);
  return units;
}

/** Modals of what ought to be done, which after "and" open a demand coordinated with a statement (`splitUnits`). */
const DEMANDING_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'ought']);

/**
 * Whether tokens from k on are a clause of its own that runs to the sentence's end with no comma: a subject (a number, a
 * noun phrase or a pronoun) and a finite verb ("as 400 drivers | prepare to strike next week"; not "as a way to sell
 * books, ...", "as I was, you were told").
 */
function closingAsClause(ctx: BlockContext, k: number, last: number): boolean {
  const toks = ctx.toks;
  let m = k;
  while (m <= last && m - k < 6 && (toks[m].kind === 'number' || toks[m].cap || (toks[m].f & F_DETERMINER) !== 0 || toks[m].pos === 'N' || toks[m].pos === 'J' || toks[m].pos === 'P' || CLAUSE_PRONOUNS.has(toks[m].lower))) m++;
  if (m === k || m > last || !isFiniteVerb(ctx, m)) return false;
  for (let e = m + 1; e <= last; e++) {
    if (isPunct(toks[e], ';') || (isPunct(toks[e], '.!?') && endsSentence(ctx, e))) return true;
    if (toks[e].kind === 'punct' && !isPunct(toks[e], '-')) return false;
  }
  return true;
}

/** Whether tokens from..to open with a noun's or a name's subject and its verb (`nounSubjectAct`, `namedSubject`), quotation marks passed. */
function subjectClause(ctx: BlockContext, from: number, to: number): boolean {
  let f = from;
  while (f <= to && ctx.toks[f].kind === 'quote') f++;
  return f <= to && (nounSubjectAct(ctx, f, to) || namedSubject(ctx, f, to));
}

/** ", and" / ", but" before a new clause. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Whether the sentence after the one that holds token `last` holds a denial that points back at what was said ("She
 * told people their libraries were safe. | That was untrue."): its target a pronoun alone at the sentence's start, or a
 * pointing word and a statement's noun ("Drivers told the paper they had complained for years. | The chief executive
 * flatly contradicted that account").
 */
function judgedNext(ctx: BlockContext, denials: readonly RawDenial[], last: number): boolean {
  if (denials.length === 0) return false;
  const toks = ctx.toks;
  const s = sentenceOfToken(ctx, last);
  if (s === undefined || s.to >= toks.length || last + 1 < s.to - 1) return false;
  const first = toks[s.to];
  const next = sentenceOfToken(ctx, s.to);
  const end = next === undefined ? first.end : toks[next.to - 1].end;
  for (const d of denials) {
    if (!d.genericTarget || d.target === null) continue;
    if (d.target[0] === first.start && d.target[1] === first.end && POINTING_WORDS.has(first.lower)) return true;
    if (d.target[0] > first.start && d.target[1] <= end && POINTER_AND_NOUN.test(ctx.text.slice(d.target[0], d.target[1]))) return true;
  }
  return false;
}
/** A pointing word and a noun, a denial's generic target that points back: "that account", "this claim". */
const POINTER_AND_NOUN = /^(?:that|this)\s+\p{Ll}+$/iu;

/** `splitUnits`'s units (pairs of token indices) and how many entries of it are set. */
let units = new Int32Array(64);
let unitCount = 0;

/** Adds the tokens f..t (inclusive), trimmed, to `units` when at least four words are left. */
function pushUnit(ctx: BlockContext, f: number, t: number): void {
  if (t < f) return;
  const ua = trimTokens(ctx, f, t);
  // (two or three words that count something are enough: "Police have confirmed three deaths", "reported 40 new cases",
  // "dividends were £31m"; and three that say none did: "no participant died")
  if (ua < 0) return;
  const words = wordsIn(ctx, ua, trimmedEnd);
  // (and three that name an act someone is accused of: "accused the company of hiding sewage spills")
  // (or a negative pronoun and its verb: "nothing has changed", "nobody was hurt")
  if (words < 4 && !(words >= 2 && countsThings(ctx, ua, trimmedEnd)) && !(words === 3 && ctx.toks[ua].lower === 'no' && hasVerb(ctx, ua + 2, trimmedEnd)) &&
    !(words === 3 && NEGATIVE_PRONOUNS.has(ctx.toks[ua].lower) && hasVerb(ctx, ua + 1, trimmedEnd)) && !(words === 3 && accusedAct(ctx, ua))) return;
  if (unitCount + 2 > units.length) units = grownInt32(units, 2 * units.length);
  units[unitCount++] = ua;
  units[unitCount++] = trimmedEnd;
}

/** Whether the token at k is a gerund after the "of" of an accusing verb and whom it accuses: "accused the firm of | hiding". */
function accusedAct(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  if (k < 2 || toks[k - 1].lower !== 'of' || !toks[k].lower.endsWith('ing') || toks[k].cap) return false;
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    if (toks[j].kind !== 'word') return false;
    if (cueVerbForm(toks[j].lower)?.verb.id === 'cue.accuse') return true;
  }
  return false;
}

/**
 * Nouns of a statement a content may name before its "that": "her claim that X", "the assertion that X", "his belief
 * that X" (not all of `ALLEGATION_NOUNS`: "The story that most haunts Murphy" is a relative clause).
 */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'assertion', 'assertions', 'contention', 'allegation', 'allegations', 'suggestion', 'view', 'belief', 'argument', 'statement']);

/** Whether the token after a "that" makes it a pronoun, the subject of a verb: an auxiliary ("and that is down to X"). */
function pronounThat(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && (t.f & F_AUX) !== 0 && t.lower !== 'to';
}

/** Whether token a ends a sentence of the block: its last token, or the last but a closing quote. */
function endsSentence(ctx: BlockContext, a: number): boolean {
  const toks = ctx.toks;
  for (const s of ctx.sentences) if (s.to - 1 === a || (s.to - 2 === a && toks[s.to - 1].kind === 'quote')) return true;
  return false;
}

/** Does a new clause with its own subject start at k ("Moscow is obliged", "the West distorts")? */
function startsClause(ctx: BlockContext, k: number, last: number): boolean {
  const toks = ctx.toks;
  let m = k;
  // (a preposition inside the subject once it has begun: "everyone in this chamber knows")
  while (m <= last && m - k < 6 && (toks[m].cap || (toks[m].f & F_DETERMINER) !== 0 || toks[m].pos === 'N' || toks[m].pos === 'J' || toks[m].pos === 'P' || toks[m].lower === "'s" || CLAUSE_PRONOUNS.has(toks[m].lower) || (m > k && toks[m].pos === 'I'))) m++;
  if (m === k || m > last) return false;
  const v = toks[m];
  return v.kind === 'word' && (v.pos === 'V' || v.pos === 'M');
}

/** Words of `OBLIGATION_WORDS` that are a duty only before "to": "were forced to close" (not "forced labour"). */
const COMPELLED_PARTICIPLES: ReadonlySet<string> = new Set(['forced', 'obliged']);

/** Words of `OBLIGATION_WORDS` that are no duty before a figure: "needs £900,000 of repairs". */
const NEED_VERBS: ReadonlySet<string> = new Set(['need', 'needs']);

/** Whether a figure opens at token k: a number, or a currency sign and a number ("£900,000"). */
function figureAt(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && (t.kind === 'number' || (t.kind === 'punct' && /^[£$€]$/.test(t.text) && ctx.toks[k + 1]?.kind === 'number'));
}

/**
 * Whether tokens [a, b] open with "it" and a verb in -s that acts on something of its own, "its" after it: "it pays all
 * its shop-floor staff well above the living wage", "it supplies its stores from two depots".
 */
function ownAction(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  const v = toks[a + 1];
  return toks[a].lower === 'it' && v !== undefined && v.pos === 'V' && (v.f & F_AUX) === 0 && v.lower.endsWith('s') && !MENTAL_VERBS.has(v.lower) && rangeHas(ctx, a + 2, Math.min(b + 1, a + 6), (x) => x.lower === 'its');
}

/**
 * Whether tokens [a, b] open with a pronoun, "had", "has" or "have", adverbs in "-ly", then a past participle in "-ed" (not
 * of a mental verb) and its object's first word: "it had wrongly billed households", "they have overcharged customers".
 */
function pastActWithObject(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  if (!PERFECT_AUXILIARIES.has(toks[a + 1]?.lower ?? '')) return false;
  let k = a + 2;
  while (k < b && (toks[k].f & F_LY_WORD) !== 0 && !toks[k].cap) k++;
  const v = toks[k];
  const o = toks[k + 1];
  return k < b && v.kind === 'word' && !v.cap && v.lower.endsWith('ed') && !MENTAL_VERBS.has(v.lower) && o.kind === 'word' && (o.pos === 'N' || (o.f & F_DETERMINER) !== 0) && !isPronoun(o);
}
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/** Whether tokens [a, b] hold a number written in digits. */
function hasDigits(ctx: BlockContext, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (ctx.toks[k].kind === 'number') return true;
  return false;
}

/**
 * Whether tokens [a, b], what a verb of directing reports (`DIRECTING_CUES`), are whom it directs, then "to" (or "not to")
 * and a verb with no digits: "warned | parents not to charge the scooters overnight", "urged | residents to stay indoors".
 */
function toldToAct(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  const np = npStartingAt(ctx, a, b + 1);
  // (people in lower case, not an act named: "the attempt to interfere", "Gore plans to skip the festivities")
  if (np === null || np.to - np.from > 3 || toks[np.from].cap || INTENT_NOUNS.has(toks[np.to - 1].lower) || hasDigits(ctx, a, b)) return false;
  const to = toks[np.to]?.lower === 'not' ? np.to + 1 : np.to;
  if (!(to + 1 <= b && toks[to].lower === 'to' && toks[to + 1].kind === 'word' && !toks[to + 1].cap && (toks[to + 1].pos === 'V' || canBeVerb(toks[to + 1].lower)))) return false;
  // (nor a subject whose verb comes later: "efforts to bring it back are misguided")
  for (let k = to + 2; k <= b; k++) if (isFiniteVerb(ctx, k)) return false;
  return true;
}

/** Whether tokens [a, b] open with a figure named as the right one and a form of "be": "The correct figure is", "the real number was" (`CORRECTING_WORDS`). */
function correctedFigure(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  const k = toks[a].lower === 'the' ? a + 1 : a;
  return k + 2 <= b && CORRECTING_WORDS.has(toks[k].lower) && FIGURE_NOUNS.has(toks[k + 1].lower) && (toks[k + 2].lower === 'is' || toks[k + 2].lower === 'was' || toks[k + 2].lower === 'were' || toks[k + 2].lower === 'are');
}

/** Check-worthiness in 0..1, from the features in src/core/data/claims.ts, of the text from token a to token b (inclusive). */
function score(ctx: BlockContext, a: number, b: number, attributed: boolean): number {
  const toks = ctx.toks;
  let sc = attributed ? CLAIM_FEATURES.attributedBase : CLAIM_FEATURES.ownBase;
  let names = 0;
  let numbers = 0;
  let digits = 0;
  let dates = 0;
  let words = 0;
  let firstPerson = 0;
  let pastPassive = false;
  let obligation = 0;
  let relative = false;
  let multiple = false;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    // (an obligation in a relative clause after a comma is a fact about its noun, no demand: "unused ballots, which by
    // law must be stored for 22 months")
    if (k > a && (t.lower === 'which' || t.lower === 'who') && toks[k - 1].text === ',') relative = true;
    // (in reported words "would" is "will" told later: "said production would be delayed until 2027")
    // (a need with a figure and no verb after it is a fact: "the building needs £900,000 of repairs", not "we need to act")
    // ("forced labour", "forced out of office": a participle of force is a duty only before "to", "were forced to close")
    if (!relative && !(attributed && BACKSHIFTED_MODALS.has(t.lower)) && !(NEED_VERBS.has(t.lower) && figureAt(ctx, k + 1)) && !(COMPELLED_PARTICIPLES.has(t.lower) && toks[k + 1]?.lower !== 'to')) obligation |= t.f & F_OBLIGATION;
    // ("three people were injured": a number word counts as digits do; and a change by a multiple, "waits have halved",
    // not "doubled down on its attacks", "doubled as a reminder")
    if (t.kind === 'number') digits++;
    // (and "cut knife crime in half", "reduced by half": a halving in words)
    const change = (CHANGE_MULTIPLES.has(t.lower) && !MULTIPLE_IDIOM_PARTICLES.has(toks[k + 1]?.lower ?? '')) || (t.lower === 'half' && halvedAt(ctx, a, k));
    if (change) multiple = true;
    if (t.kind === 'number' || (t.f & F_NUMBER_WORD) !== 0 || (k > a && FRACTION_WORDS.has(t.lower) && FRACTION_COUNTS.has(toks[k - 1].lower)) || change) numbers++;
    // a month, a weekday, "percent" or a "%" sign (a punctuation token: "8%" scores as "8 percent" does)
    const date = (t.f & F_CLAIM_DATE) !== 0;
    if (date) dates++;
    if (t.kind !== 'word') continue;
    words++;
    if (!date && t.cap && k !== a && !(t.quote >= 0 && toks[k - 1]?.kind === 'quote')) names++;
    // (not the country: "US intelligence showed ...")
    if ((t.f & F_FIRST_PERSON) !== 0 && t.text !== 'US') firstPerson++;
    // ("Our valuations were reviewed every quarter by an independent auditor": a past event told, no stance)
    if ((t.lower === 'was' || t.lower === 'were') && k + 1 <= b && toks[k + 1].kind === 'word' && !toks[k + 1].cap && toks[k + 1].pos === 'V' && toks[k + 1].lower.endsWith('ed') && toks[k + 1].lower !== 'supposed') pastPassive = true;
    // ("Our retail arm lost money last year": a past event dated, no stance either)
    // (a lexical verb's past, not "had a great time"; "last year", not "in the last week", how long)
    if (t.lower === 'last' && k + 1 <= b && TIME_NOUNS.has(toks[k + 1].lower) && k > a && toks[k - 1].lower !== 'the' && rangeHas(ctx, a, k, (x) => x.pos === 'V' && (x.f & F_AUX) === 0 && (x.lower.endsWith('ed') || isIrregularVerbForm(x.lower)))) pastPassive = true;
  }
  // (a short clause whose subject is a name: the name's first word too, "said | Germany had delivered the money")
  const named = words < 6 && namedSubject(ctx, a, b);
  if (named) names++;
  // (or a noun's: "the study used contaminated equipment", which is no vaguer for its length)
  // (or a property stated of a thing: "myocarditis after vaccination is rare", `FACT_STATE_ADJECTIVES`)
  // (or a change in a thing measured: "overall crime had fallen", "unemployment has risen", `CHANGE_VERBS`)
  const acted = words < 6 && !named && (nounSubjectAct(ctx, a, b) || statedProperty(ctx, a, b) || measuredChangeOf(ctx, a, b));
  sc += Math.min(names, 3) * CLAIM_FEATURES.name;
  sc += Math.min(numbers, 2) * CLAIM_FEATURES.number;
  // (the article's own figure of a counted thing or of money: "supplies water to about 85,000 households", "limits
  // cash payments to 10,000 euros")
  // (the article's own words, outside quotation marks: a quotation no one is said to have spoken is no statement of its own)
  // (or a change by a multiple, a figure without digits: "Cases of heart inflammation have not tripled", "waiting times
  // have doubled")
  if (!attributed && toks[a].quote < 0 && ((digits > 0 && countedFigure(ctx, a, b)) || multiple)) sc += CLAIM_FEATURES.ownQuantity;
  sc += Math.min(dates, 2) * CLAIM_FEATURES.date;
  if (numbers > 0 && correctedFigure(ctx, a, b)) sc += CLAIM_FEATURES.figureCorrection;
  if (numbers > 0) {
    for (let k = a; k <= b; k++) {
      // (a verb or a word the lexicon does not know, "halved", tested before the set: most words are neither)
      if ((toks[k].pos === 'V' || toks[k].pos === undefined) && CHANGE_VERBS.has(toks[k].lower)) {
        sc += CLAIM_FEATURES.measuredChange;
        break;
      }
    }
  }
  if (!attributed) {
    for (let k = a; k <= b; k++) {
      if (toks[k].kind === 'word' && !toks[k].cap && RECORDED_EVENT_VERBS.has(toks[k].lower)) {
        sc += CLAIM_FEATURES.recordedEvent;
        break;
      }
    }
  }
  const first = toks[a];
  const second = toks[a + 1];
  // (a first person denying an act of their own is a counter-claim: "I have never knowingly taken a banned substance")
  const ownAct = firstPerson > 0 && deniesOwnAct(ctx, a, b);
  // short, but not a reported negation that is a counter-claim ("no polling station would close", "he was not there"):
  // four words or more, opening with a subject that names someone or something (not "Not yet", "I'm not a lawyer",
  // "They may not be", "was not the case"; "no" before a noun and a verb is a subject)
  const noSubject = first !== undefined && ((first.lower === 'no' && second !== undefined && second.kind === 'word' && hasVerb(ctx, a + 2, b)) ||
    // ("nothing has changed", "nobody was hurt": a negative pronoun as the subject)
    (NEGATIVE_PRONOUNS.has(first.lower) && hasVerb(ctx, a + 1, b)));
  // (or a pronoun for the speaker that denies an act of theirs: "said it does not target civilians", "he did not sign it")
  const act = attributed ? pronounAct(ctx, a, b) : NO_ACT;
  const actDenied = act === DENIED_ACT;
  // (and a first person's denial of an act of their own: "We never hid the data")
  // (three words enough with "no" and a noun as its subject: "no participant died")
  const counter = attributed && (words >= 4 || noSubject) && words < 6 && negatedIn(ctx, a, b) && (firstPerson === 0 || ownAct) && first !== undefined && first.kind === 'word' && (noSubject || !COUNTER_OPENERS.has(first.lower) || actDenied || ownAct) && first.pos !== 'V';
  // (less so with a named subject: "Germany had delivered the money")
  // (nor reported words of a pronoun's act with a figure in digits, concrete however short: "it would create 20,000 jobs",
  // "he sold 40 bottles"; not "It's 3 a.m.")
  if (words < 6 && !counter && !acted && !(attributed && digits > 0 && pronounActsOn(ctx, a, b))) sc += named ? CLAIM_FEATURES.shortNamed : CLAIM_FEATURES.short;
  // (a first word in none of the four lists has no flag: most claims, tested without a lookup)
  if (first && (first.f & F_CLAIM_OPENER) !== 0) {
    if (DEMAND_WORDS.has(first.lower)) sc += CLAIM_FEATURES.demand;
    if (second && DEMAND_SUBJECTS.has(first.lower) && (DEMAND_WORDS.has(second.lower) || (toks[a + 2] && DEMAND_WORDS.has(toks[a + 2].lower)))) sc += CLAIM_FEATURES.demand;
    if (OPINION_STARTS.has(first.lower) && !ownAct) sc += CLAIM_FEATURES.opinionStart;
    // ("it pays all its staff well above the living wage": "it" acting on what is its own is a body's act, no pointing
    // back; "it is", "it would", "this means", "it bothers me" point back or at nothing)
    // (nor a past act with its object: "found it had wrongly billed households on prepayment meters")
    if (PRONOUN_SUBJECTS.has(first.lower) && second && (second.pos === 'V' || second.pos === 'M') && act === NO_ACT && !ownAction(ctx, a, b) && !pastActWithObject(ctx, a, b)) sc += CLAIM_FEATURES.pronounSubject;
    // ("declined to | say whether ...": what was not said)
    if (attributed && digits === 0 && !first.cap && UNSAID_VERBS.has(first.lower)) sc += CLAIM_FEATURES.infinitive;
  }
  if (attributed && digits === 0 && first && first.lower === 'to' && second && second.pos === 'V') sc += CLAIM_FEATURES.infinitive;
  // ("did not respond to | a request for comment", "repeated requests for comment"; not "the emails released on Monday were ...")
  if (attributed && digits === 0 && first && second) {
    const noun = REQUEST_NOUNS.has(first.lower) ? a : ((first.f & F_DETERMINER) !== 0 || first.lower === 'repeated') && REQUEST_NOUNS.has(second.lower) ? a + 1 : -1;
    if (noun >= 0 && (noun === b || REQUEST_PREPOSITIONS.has(toks[noun + 1].lower))) sc += CLAIM_FEATURES.request;
  }
  // (nor what the speaker's own evidence shows of a thing: "Our own tests show the building is safe")
  if (firstPerson > 0 && names === 0 && numbers === 0 && !pastPassive && !ownAct && !shownProperty(ctx, a, b)) sc += CLAIM_FEATURES.firstPerson;
  if (obligation !== 0) sc += CLAIM_FEATURES.obligation;
  // (or an embedded one: "declined to say whether the tests had found arsenic")
  // (the mark may follow the unit's last word: "\"Why would anyone believe them now?\"")
  if (toks[b].text === '?' || toks[b + 1]?.text === '?' || first?.lower === 'whether') sc += CLAIM_FEATURES.question;
  if (imperativeOpening(ctx, a, b)) sc += CLAIM_FEATURES.imperative;
  return Math.max(0, Math.min(1, hundredths(sc)));
}

/** The length of the longest cue of `CITING_PARTICIPLES` and `CITING_VERBS` ("pointing to"), which longer cues pass untested. */
const CITING_CUE_MAX_LENGTH = 11;
/**
 * Whether tokens [a, b] open with a pronoun for the speaker or a thing, then a verb that is no auxiliary (no form of "be",
 * "have" or "do"), perhaps after a modal: "it would create 20,000 jobs", "he sold 40 bottles" (not "It's 3 a.m.", "it
 * was 20,000").
 */
function pronounActsOn(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  if (a + 1 > b || !ACTING_PRONOUNS.has(toks[a].lower)) return false;
  const v = (toks[a + 1].pos === 'M' || MODALS.has(toks[a + 1].lower)) && a + 2 <= b ? toks[a + 2] : toks[a + 1];
  return v.kind === 'word' && !v.cap && v.pos === 'V' && (v.f & F_AUX) === 0;
}

/**
 * Whether tokens [a, b] open their sentence with an instruction: a capitalised verb in its plain form (most often a verb,
 * no ending of another form), then a number or an object's opener (`IMPERATIVE_OBJECT_OPENERS`): "Mix 500 grams of
 * flour", "Bake it at 240 degrees"; not "Report finds", "Police arrested".
 */
function imperativeOpening(ctx: BlockContext, a: number, b: number): boolean {
  const toks = ctx.toks;
  const t = toks[a];
  const next = toks[a + 1];
  // (nor a date: "March 1 is the deadline")
  if (t === undefined || next === undefined || a + 1 > b || t.kind !== 'word' || !t.cap || (t.f & F_CLAIM_DATE) !== 0 || /(?:s|ed|ing|en)$/.test(t.lower)) return false;
  // (a content word that can be a verb: not "In 2014", "The 2nd Amendment", "And it")
  const pos = posOf(t.lower);
  if ((pos !== 'V' && pos !== 'N' && pos !== 'J') || !canBeVerb(t.lower)) return false;
  const s = sentenceOfToken(ctx, a);
  if (s === undefined || s.from !== a) return false;
  // (a word more often something else, "Mix", "Bake", only before a number or a pronoun: not "Rain this week flooded")
  if (next.kind === 'number') return true;
  return next.kind === 'word' && IMPERATIVE_OBJECT_OPENERS.has(next.lower) && (isVerbLike(t.lower) || (next.f & F_PRONOUN) !== 0);
}

/** Plural nouns of statements that open a sentence with their clause: "Claims that X have spread". */
const OPENING_STATEMENT_NOUNS: ReadonlySet<string> = new Set(['claims', 'reports', 'rumours', 'rumors', 'allegations', 'suggestions', 'accusations', 'stories']);

/**
 * The index of a statement's plural noun (`OPENING_STATEMENT_NOUNS`) that opens sentence [from, to), past up to two
 * lower-case modifiers ("Online rumours that", "Viral claims that"), with "that" after it; else -1.
 */
function opensWithStatementNoun(ctx: BlockContext, from: number, to: number): number {
  const toks = ctx.toks;
  for (let k = from; k < to && k - from <= 2; k++) {
    const t = toks[k];
    if (t.kind !== 'word') return -1;
    if (OPENING_STATEMENT_NOUNS.has(t.lower)) return toks[k + 1]?.lower === 'that' && k + 2 < to ? k : -1;
    if ((t.f & F_AUX) !== 0 || isFiniteVerb(ctx, k)) return -1;
  }
  return -1;
}
