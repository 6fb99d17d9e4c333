/**
 * Denial detection: statements that reject a proposition. Rules, each with an id:
 * - `deny.verb`:        SOURCE denied|rejected|dismissed|refuted ... (allegations|claims|reports)? (that|regarding|about)? TARGET
 * - `deny.falsity`:     TARGET is false|untrue|a hoax|not true / the claim that TARGET is baseless
 * - `deny.called`:      SOURCE called|described the allegations baseless|as lies
 * - `deny.no-evidence`: there is no evidence that TARGET
 * - `deny.headline`:    "Hoax: ...", "Fake: ...", "No, X did not ...", "X Wasn't Arrested", "... arrest hoax" in a headline
 *                        (and "Myth 1: X." opening a paragraph)
 * - `deny.fooled-into`: were fooled|tricked into believing (that) TARGET
 * - `deny.old-media`:   photos|a video (appearing|claiming) to show TARGET are from|was filmed in YEAR
 * Positions are in the block's visible text.
 */
import { sentenceOfToken, tokenAtOrAfter, type BlockContext, type Sentence, type Tok } from './context';
import type { R, RawDenial } from './raw';
import {
  CONCESSIVE_OPENERS, NEWS_OUTLET_NOUNS, NO_SUCH_OBJECT_NOUNS, CONTRACTED_FALSITY_VERBS, DENIAL_ADVERBS, DENIAL_NOUNS, DENIED_PROPOSITION_NOUNS, DENIED_STATEMENT_NOUNS, FALSITY_PHRASES, FALSITY_VERBS, MISREPRESENTING_VERBS,
  FINDING_EVENT_NOUNS, HEADLINE_FALSITY_WORDS, HEADLINE_NEGATIONS, LEGAL_CLAIM_WORDS, NO_EVIDENCE_PHRASES, PASSIVE_AUX, PERSON_PRONOUNS, REFUSED_OBJECT_NOUNS, STATEMENT_PRONOUNS,
  TARGET_CONNECTORS, TARGET_STOP_WORDS, EVIDENCE_QUALIFIERS, EVIDENCE_VERBS, FINDING_VERBS, POINTING_WORDS, BE_FORMS, RESTATEMENTS, EVIDENCE_GIVING_VERBS, TRYING_VERBS, VERDICT_LABELS, VERDICT_RATINGS, denialVerbOf, denialVerbsOf, type DenialVerb,
} from '../data/denials';
import { F_AUX, F_CUE_VERB, F_DENIAL_START, F_DETERMINER, F_DENIAL_VERB, F_FALSITY_FIRST, F_FALSITY_VERB, F_NO_EVIDENCE_FIRST, F_TARGET_CLAUSE_STOP } from './word-flags';
import { canBeVerb, DATE_PREPOSITIONS, MODALS, NUMBER_WORDS, PARTICIPLE_END, PASSIVE_BE, TIME_AFTER, TIME_AFTER_FIRST, TIME_NOUNS, VERB_NEGATIONS, YEAR_NUMBER } from '../data/lexicon';
import { beforeSetting, isDateToken, matchWords, participleSource, preposedSource, skipAdjuncts, sourceSpan, sourceType, withAppositiveName, type SourceFound } from './attributions';
import { ARTICLES, verbReadSubject, verbInCompound, attributionTailAt, possessedStatementNounAt, clauseAt, datelineEnd, isAdverb, isApostropheS, possessorFrom, reportingClauseAt, CLAUSE_SUBORDINATORS, closesQuotationFrom, thinkTank, isClosingQuote, npEndingAt, isFiniteVerb, isNameQuestionMark, isNpWord, isOpeningQuote, isPluralPossessive, isPronoun, clauseThatAfter, isPunct, mainPredicateAfterClause, npStartingAt, npPastPossessive, opensClauseAfterTarget, rangeHas, thatAfterPhrase, RELATIVE_PRONOUNS, RELATIVE_WORDS, skipRightAdverbs, type TokRange } from './phrases';
import { appositiveDenialAfter, quoteAfterComma } from './appositive';
import { ALLEGATION_NOUNS, DETERMINER_THAT_NOUNS, EVIDENCE_NOUNS, MEDIUM_NOUNS, MEDIUM_PREPOSITIONS, NAMING_VERBS, cueVerbForm } from '../data/cues';
import { ACCOUNT_OF_EVENTS, ADMITTING_VERBS, OF_QUANTIFIERS, ATTRIBUTIVE_FALSITY, OWNING_SUBJECTS, OWNING_VERBS, FALSE_STATEMENT_NOUNS, FALSE_STATEMENT_OFFENCES, FALSE_STATEMENT_REPORTERS, FINDING_TIME_PHRASES, DO_FORMS, FIRST_PERSON_DENIERS, JUDGED_PRONOUNS, JUDGED_ROLE_NOUNS, COPULA_S_AFTER, DECEIVING_VERBS, INTO_BELIEFS, MADE_MEDIA_PARTICIPLES, OLD_MEDIA_NOUNS, SEEMING_TO_SHOW, DATE_LEADS_AFTER_OBJECT, MEDIA_NOUNS, NEGATIVE_SUBJECTS, NONE_TRUE_ADJECTIVES, NONE_WORDS, FALSITY_INTENSIFIERS, STATEMENT_MAKING_VERBS, FIGURE_COMPARATIVES, FIGURE_INTENSIFIERS, FIGURE_NOUNS, FIGURE_SUBJECT_WORDS, FIGURE_THAN_WORDS, GENERIC_TARGET_FILLERS, NEGATED_BEFORE, NOUN_BEFORE, PERSON_SUBJECTS, RULING_VERBS, SUPPOSITION_WORDS } from '../data/denials';

const STATEMENT_NOUNS: ReadonlySet<string> = new Set([...DENIED_STATEMENT_NOUNS.flatMap((g) => g.words), ...STATEMENT_PRONOUNS]);
/** Nouns of what was found or counted rather than said ("data", "figures"), which may be the subject of a clause denied. */
const FINDING_NOUNS: ReadonlySet<string> = new Set(DENIED_STATEMENT_NOUNS.find((g) => g.id === 'statement.finding')?.words);
/** Nouns of a promise, a statement only with its "that" clause. */
const PROMISE_NOUNS: ReadonlySet<string> = new Set(DENIED_STATEMENT_NOUNS.find((g) => g.id === 'statement.promise')?.words);
/** Nouns of what is said about (`statement.talk`), no statement a weak falsity ("were wrong") judges. */
const TALK_NOUNS: ReadonlySet<string> = new Set(DENIED_STATEMENT_NOUNS.find((g) => g.id === 'statement.talk')?.words);
const PROPOSITION_NOUNS: ReadonlySet<string> = new Set(DENIED_PROPOSITION_NOUNS.flatMap((g) => g.words));
const OFFENCE_NOUNS: ReadonlySet<string> = new Set(DENIED_PROPOSITION_NOUNS.find((g) => g.id === 'proposition.offence')?.words);
const WRONGDOING_NOUNS: ReadonlySet<string> = new Set(DENIED_PROPOSITION_NOUNS.find((g) => g.id === 'proposition.wrongdoing')?.words);
const GENERIC_TARGET_WORDS: ReadonlySet<string> = new Set([...STATEMENT_NOUNS, ...GENERIC_TARGET_FILLERS, ...MEDIA_NOUNS]);
/**
 * Weak falsity words that, said of "it"/"that", judge an act, not a statement: "it was wrong", "that is absurd" (not
 * "That is not correct.", "That is incorrect.": said of what was just said, as fact checks do).
 */
const STRICT_WEAK_FALSITY = new Set(['false.wrong', 'false.absurd', 'false.ridiculous', 'false.crazy', 'false.impossible', 'false.implausible', 'false.not-plausible', 'false.not-fair-one', 'false.not-exist', 'false.not-appear-in']);
/** Weak falsity words that judge a figure's truth when said of a figure ("the rise is exaggerated"), not how big it is. */
const FIGURE_WEAK_FALSITY = new Set(['false.wrong', 'false.implausible', 'false.not-plausible', 'false.impossible', 'false.incorrect', 'false.not-correct', 'false.exaggerated', 'false.overstated', 'false.inflated', 'false.misleading']);
/** Falsity words of manipulated media, said of a medium's noun too ("the footage was doctored"). */
const MANIPULATED_MEDIA: ReadonlySet<string> = new Set(['false.staged', 'false.doctored', 'false.edited-to', 'false.photoshopped', 'false.manipulated', 'false.digitally-altered', 'false.deepfake']);
/** Falsity words that are also plain criticism ("the decision was wrong"): a denial only of a statement ("the report is wrong"). */
const WEAK_FALSITY = new Set([
  'false.wrong', 'false.absurd', 'false.ridiculous', 'false.crazy', 'false.impossible', 'false.implausible', 'false.not-plausible', 'false.nonsense', 'false.propaganda', 'false.incorrect', 'false.not-correct', 'false.not-right', 'false.lies', 'false.misleading', 'false.speculation', 'false.scaremongering',
  'false.fearmongering', 'false.alarmist', 'false.hysteria', 'false.wishful-thinking', 'false.not-reliable-measure', 'false.not-representative', 'false.unrepresentative', 'false.distortion', 'false.distortions', 'false.premature', 'false.misunderstood', 'false.misinterpreted', 'false.misread', 'false.misrepresented', 'false.misreported', 'false.exaggeration', 'false.exaggerated', 'false.overstated', 'false.inflated', 'false.overblown', 'false.unrealistic', 'false.over-optimistic', 'false.not-take-account', 'false.not-reflect', 'false.flawed', 'false.out-of-date', 'false.outdated',
  'false.staged', 'false.doctored', 'false.edited-to', 'false.photoshopped', 'false.manipulated', 'false.digitally-altered', 'false.deepfake',
  'false.invented', 'false.fiction', 'false.fantasy', 'false.political-attack', 'false.politically-motivated', 'false.witch-hunt',
  // ("His new novel is fiction", "The weather was rubbish": said of no statement, no denial)
  'false.fiction-bare', 'false.fantasy-bare', 'false.rubbish',
  // ("The deal was not a fair one": criticism; "the comparison was not a fair one" judges a statement)
  'false.not-fair-one',
  // ("The money does not exist": a thing's, no statement's; "The £2m figure does not exist" judges one)
  'false.not-exist',
  // ("The minister does not appear in the video": a person's, no statement's)
  'false.not-appear-in',
  // ("The film is a myth about a hero": a story's; "The idea that X is a myth" judges a statement)
  'false.myth', 'false.myths',
  // ("The scheme was an attempt to mislead investors": a fraud's, no statement's)
  'false.attempt-to-mislead',
]);

/** Nouns for people that the lexicon reads as adjectives: a denial verb after one is a verb ("bank chief denies"). */
const PERSON_NOUNS_READ_AS_ADJECTIVES: ReadonlySet<string> = new Set(['chief', 'official', 'executive', 'general', 'principal', 'representative', 'democrat', 'republican', 'liberal', 'conservative', 'socialist', 'military']);

/** Denial verbs that answer what a person said when the person is their object: "contradicted him", "rebutted her". */
const PERSON_ANSWERING_DENIALS: ReadonlySet<string> = new Set(['deny.contradict', 'deny.rebut', 'deny.refute']);

const REFUSED_OBJECTS: ReadonlySet<string> = new Set(REFUSED_OBJECT_NOUNS.flatMap((g) => g.words));
const LEGAL_CLAIM_KINDS: ReadonlySet<string> = new Set(LEGAL_CLAIM_WORDS.find((g) => g.id === 'legal-claim.kind')?.words);
const LEGAL_CLAIM_AFTER: ReadonlySet<string> = new Set(LEGAL_CLAIM_WORDS.find((g) => g.id === 'legal-claim.after')?.words);

export function detectDenials(ctx: BlockContext, used: Uint8Array, psrc: Map<number, SourceFound | null>): RawDenial[] {
  const out: RawDenial[] = [];
  const verdict = verdictDenial(ctx);
  if (verdict) {
    out.push(verdict);
    // (the sentences after the verdict line may deny on their own: "Verdict: False. There is no evidence that X")
    if (ctx.sentences.length <= 1) return out;
    for (let k = ctx.sentences[0].from; k < ctx.sentences[0].to; k++) used[k] = 1;
  }
  // a verdict sentence after the claim it checks, in one block: '"The dam was opened." ... Verdict: False.', '... Misleading.';
  // or opening a paragraph after the claim's ("**False.** The council said fines apply only to ...": a rating alone)
  // (a table's cell is a rating of its own, "| ... | Odette Lanier | False |": its first sentence too)
  // (a quotation's verdict needs a colon before it: most blocks have none)
  const colon = ctx.text.includes(':');
  for (let si = verdict || (ctx.headline && ctx.kind !== 'tableCell') ? 1 : 0; si < ctx.sentences.length; si++) {
    const v = sentenceVerdict(ctx, ctx.sentences[si], si === 0);
    if (v !== null) {
      out.push(v);
      for (let k = ctx.sentences[si].from; k < ctx.sentences[si].to; k++) used[k] = 1;
      continue;
    }
    // (or a quotation's first sentence after a colon, whose report keeps the words before it)
    const quoted = colon ? quotedVerdict(ctx, ctx.sentences[si]) : null;
    if (quoted === null) continue;
    out.push(quoted);
    for (let k = tokenAtOrAfter(ctx, quoted.cue[0]); k < ctx.sentences[si].to; k++) used[k] = 1;
  }
  const headline = headlineDenial(ctx, used);
  if (headline) out.push(headline);
  // no denial verb, no-evidence phrase or falsity verb in the block: no rule can begin anywhere
  const anyStart = (ctx.flags & F_DENIAL_START) !== 0;
  // (only the words where a rule may begin: `ruleStarts`, ascending)
  const starts = ctx.ruleStarts;
  let c = 0;
  for (const s of ctx.sentences) {
    if (headline || !anyStart) break;
    while (c < starts.length && starts[c] < s.from) c++;
    for (; c < starts.length && starts[c] < s.to; c++) {
      const i = starts[c];
      if (used[i]) continue;
      const t = ctx.toks[i];
      // no denial verb, no-evidence phrase or falsity verb here: none of the three rules can begin
      if ((t.f & F_DENIAL_START) === 0) continue;
      // each rule only where its first word is (the flag bit of the set it looks the word up in)
      const f = t.f;
      const d =
        ((f & F_DENIAL_VERB) !== 0 ? verbDenial(ctx, s, i, psrc) : null) ??
        ((f & F_NO_EVIDENCE_FIRST) !== 0 ? noEvidence(ctx, s, i) ?? (denialVerbOf(t.lower)?.phrasal === true ? verbDenial(ctx, s, i, psrc) : null) : null) ??
        ((f & F_FALSITY_VERB) !== 0 ? falsity(ctx, s, i, psrc) : null);
      // ("nobody disputes that", "No one can deny it": what no one denies is asserted)
      if (d && !negativeSource(ctx, d.denial.source)) {
        out.push(d.denial);
        for (let k = d.cueFrom; k < d.cueTo; k++) used[k] = 1;
        // on after the cue
        while (c + 1 < starts.length && starts[c + 1] < d.cueTo) c++;
      }
    }
  }
  fooledInto(ctx, used, out);
  oldMedia(ctx, used, out);
  falseStatements(ctx, out);
  // ("rejected the suggestion that the waiting list had been manipulated": a falsity inside what another denial denies is
  // part of that proposition, judged by no one)
  if (out.length > 1) {
    let n = 0;
    for (const d of out) if (!(d.rule === 'deny.falsity' && d.source === null && out.some((e) => e !== d && e.target !== null && e.target[0] <= d.cue[0] && d.cue[1] <= e.target[1]))) out[n++] = d;
    out.length = n;
  }
  // ("The post appears to have started on a blog that published a similar claim in 2023. That claim was also untrue.": the
  // other statement the sentence before named, no claim of the article's)
  for (const d of out) if (d.genericTarget && d.target !== null) d.target = otherStatementBefore(ctx, d.target) ?? d.target;
  // (not a heading that labels the claim a fact check checks: "## Claim: Fishermen were not consulted")
  if (out.length === 0 && ctx.headline && !claimLabelled(ctx)) {
    const neg = headlineNegation(ctx);
    if (neg) out.push(neg);
  }
  return out;
}

/**
 * "Trump repeated his false claim that millions voted illegally", "the club would take legal action over the \"false and
 * damaging\" story": an adjective before a statement's noun calls it false (`ATTRIBUTIVE_FALSITY`, `deny.false-statement`).
 * The cue is the adjectives, joined ("false and damaging"); the target the noun's "that" clause, or the noun alone, which
 * points at what was said before. The source is who reports the sentence it stands in ("The club said ..."), else none,
 * the article's own judgement (not the statement's maker: "his false claim" is his). Not a false statement as an offence
 * ("charged with making a false report"), nor one denied already ("rejected the false claims that X"). Its tokens stay free:
 * the report of the claim ("repeated his false claim that X") is read as well.
 */
function falseStatements(ctx: BlockContext, out: RawDenial[]): void {
  const toks = ctx.toks;
  for (const s of ctx.sentences) {
    for (let k = s.from; k + 1 < s.to; k++) {
      if (!ATTRIBUTIVE_FALSITY.has(toks[k].lower)) continue;
      // (a headline that opens with it is `headlineNegation`'s: "False claim that vaccines cause autism spreads online")
      if (ctx.headline && k === s.from) continue;
      // (the adjectives, joined, and quotation marks round them, up to the noun)
      let n = k + 1;
      // (an adjective the lexicon does not know after "and": "false and malicious"; and the nouns of a compound before the
      // statement's: "baseless fraud claim", "false voter fraud claims")
      let modifier = -1;
      while (n < s.to && n - k <= 4 && !FALSE_STATEMENT_NOUNS.has(toks[n].lower)) {
        const w = toks[n];
        const compound = w.pos === 'N' && !w.cap && (FALSE_STATEMENT_NOUNS.has(toks[n + 1]?.lower ?? '') || (toks[n + 1]?.pos === 'N' && FALSE_STATEMENT_NOUNS.has(toks[n + 2]?.lower ?? '')));
        if (!(compound || w.kind === 'quote' || w.lower === 'and' || isPunct(w, ',') || w.pos === 'J' || ATTRIBUTIVE_FALSITY.has(w.lower) || (w.pos === undefined && !w.cap && toks[n - 1].lower === 'and'))) break;
        if (compound && modifier < 0) modifier = n;
        n++;
      }
      if (n >= s.to || !FALSE_STATEMENT_NOUNS.has(toks[n].lower)) continue;
      let from = k;
      while (from - 1 > s.from && (toks[from - 1].lower === 'and' || FALSITY_INTENSIFIERS.has(toks[from - 1].lower) || (toks[from - 1].pos === 'J' && toks[from - 2].lower !== 'not'))) from--;
      const before = toks[from - 1];
      if (before !== undefined && (before.lower === 'not' || before.lower === "n't")) continue;
      let to = modifier >= 0 ? modifier : n;
      while (to - 1 > k && (toks[to - 1].kind === 'quote' || isPunct(toks[to - 1], ','))) to--;
      // (the cue opens with an adjective, not the "and" before it: "inflammatory, insulting and false stories")
      while (toks[from].lower === 'and' || isPunct(toks[from], ',')) from++;
      // (a determiner or a possessive before the adjectives, and no offence's verb before that: "making a false report")
      let d = from - 1;
      if (d >= s.from && toks[d].kind === 'quote') d--;
      // (a noun alone points back only after a pointing word: "over the false story", not "using false claims")
      const pointing = d >= s.from && (EVENT_DETERMINERS.has(toks[d].lower) || toks[d].lower === "'s");
      if (d >= s.from && ((toks[d].f & F_DETERMINER) !== 0 || toks[d].lower === "'s" || isPronoun(toks[d]))) d--;
      // (nor one said to be no false one: "is not a false claim")
      if (d >= s.from && (FALSE_STATEMENT_OFFENCES.has(toks[d].lower) || toks[d].lower === 'not' || toks[d].lower === "n't")) continue;
      if (toks[from].kind === 'quote') from++;
      const noun: R = [toks[modifier >= 0 ? modifier : n].start, toks[n].end];
      // (nor one another rule read)
      if (out.some((x) => (x.target !== null && x.target[0] <= noun[0] && noun[1] <= x.target[1]) || (x.cue[0] <= toks[k].start && toks[k].end <= x.cue[1]))) continue;
      const that = clauseThatAfter(ctx, n, s.to);
      const end = that > 0 && that + 1 < s.to ? targetEnd(ctx, s, that + 1) : -1;
      // (or what it is about, a topic only: "apologises for false claim about refugee housing")
      // (or "of": "false rumors of Cuban leader's death")
      const about = end <= that + 1 && (STATEMENT_ABOUT.has(toks[n + 1]?.lower ?? '') || toks[n + 1]?.lower === 'of') ? npStartingAt(ctx, n + 2, s.to) : null;
      // (a headline leaves its articles out: "Candidate repeats baseless fraud claim")
      if (end <= that + 1 && !pointing && about === null && !ctx.headline) continue;
      const target = end > that + 1 ? span(ctx, that + 1, end) : about !== null ? [noun[0], toks[about.to - 1].end] as R : noun;
      if (out.some((x) => x.target !== null && x.target[0] <= target[0] && target[1] <= x.target[1])) continue;
      let source: SourceFound | null = null;
      // (not past a comma: 'Trump said, repeating a false claim that X' is the article's judgement)
      for (let m = from - 1; m > s.from && source === null && !isPunct(toks[m], ',;:'); m--) if (FALSE_STATEMENT_REPORTERS.has(toks[m].lower) && !toks[m].cap) source = preposedSource(ctx, s, m);
      out.push({ rule: 'deny.false-statement', cue: span(ctx, from, to), source: source !== null ? sourceSpan(ctx, source.range) : null, sourceType: source?.type ?? null, target, genericTarget: target === noun || about !== null, score: 0.7 });
    }
  }
}

/**
 * "Thousands were fooled into believing that the bridge had collapsed", headline "Someone Trolled Twitter Into Thinking
 * Macklemore Joined ISIS": what someone was deceived into believing is false (`DECEIVING_VERBS`, "into", a verb of
 * belief); the article says so, no source. The cue runs from the deceiving verb to the belief.
 */
function fooledInto(ctx: BlockContext, used: Uint8Array, out: RawDenial[]): void {
  const toks = ctx.toks;
  for (const s of ctx.sentences) {
    for (let k = s.from + 2; k + 2 < s.to; k++) {
      if (toks[k].lower !== 'into' || !INTO_BELIEFS.has(toks[k + 1].lower) || used[k]) continue;
      let v = k - 1;
      while (v > s.from && k - v <= 4 && !DECEIVING_VERBS.has(toks[v].lower)) v--;
      if (!DECEIVING_VERBS.has(toks[v].lower)) continue;
      const from = toks[k + 2].lower === 'that' ? k + 3 : k + 2;
      const end = from < s.to ? targetEnd(ctx, s, from) : from;
      if (end <= from + 1) continue;
      for (let m = v; m <= k + 1; m++) used[m] = 1;
      out.push({ rule: 'deny.fooled-into', cue: span(ctx, v, k + 2), source: null, sourceType: null, target: span(ctx, from, end), genericTarget: false, score: 0.7 });
    }
  }
}

/** Determiners of a medium named again (`oldMedia`: "The video was filmed in 2019"). */
const DEMONSTRATIVE_ARTICLES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
/** After a medium's noun: "The video in question". */
const IN_QUESTION: readonly string[] = ['in', 'question'];
/**
 * "Photos circulating on X that appear to show waves crashing over the pier are from 2014", "A video claiming to show
 * floods in Valencia was filmed in 2019": media that seem to show something (`OLD_MEDIA_NOUNS`, "show" after
 * `SEEMING_TO_SHOW` or on its own) are from another time, which denies what they seem to show. The subject opens the
 * sentence; the cue runs from the verb to the year ("are from 2014", "was filmed in Turkey in 2019"); no source (a
 * report around it gives one: ", a BBC Verify analysis found").
 */
function oldMedia(ctx: BlockContext, used: Uint8Array, out: RawDenial[]): void {
  const toks = ctx.toks;
  for (const sentence of ctx.sentences) {
    // (or the clause a report's verb opens: "Transport for London said the video was from July 2021", whose source denies)
    const said = reportedMediaClause(ctx, sentence);
    const s = said >= 0 ? { ...sentence, from: toks[said + 1].lower === 'that' ? said + 2 : said + 1 } : sentence;
    const reporter = said >= 0 ? preposedSource(ctx, sentence, said) : null;
    // (the medium's noun within the subject's first words, then what it seems to show)
    let m = s.from;
    while (m < s.to && m - s.from < 4 && !OLD_MEDIA_NOUNS.has(toks[m].lower)) m++;
    if (m >= s.to || !OLD_MEDIA_NOUNS.has(toks[m].lower)) continue;
    let show = -1;
    // (what it is of, in a headline: "Viral video of flooded Tube station is from 2021")
    if (ctx.headline && toks[m + 1]?.lower === 'of') show = m;
    for (let k = m + 1; k < s.to && k - m <= 8 && show < 0; k++) {
      const l = toks[k].lower;
      if (isPunct(toks[k], ';:.') || (toks[k].kind === 'word' && BE_FORMS.has(l))) break;
      if (l === 'show' && (SEEMING_TO_SHOW.has(toks[k - 1].lower) || (toks[k - 1].lower === 'to' && SEEMING_TO_SHOW.has(toks[k - 2]?.lower ?? ''))) || ((l === 'shows' || l === 'showing') && k === m + 1)) show = k;
    }
    // (or no "show": "The video was filmed in 2019" after "A video shows X" names the medium, a generic target the
    // linker answers with the claim before it; only "the", "this" or "that" and the noun, "in question" after it)
    const named = show < 0 && m - s.from === 1 && DEMONSTRATIVE_ARTICLES.has(toks[s.from].lower) ? (matchWords(ctx, m + 1, s.to, IN_QUESTION) ? m + 3 : m + 1) : -1;
    if (show < 0 && named < 0) continue;
    // the verb of the subject's predicate, then "from" a year or a participle of making with a year after it
    for (let v = show >= 0 ? show + 2 : named; v + 2 < s.to; v++) {
      const t = toks[v];
      if (isPunct(t, ';:')) break;
      if (t.kind !== 'word' || !BE_FORMS.has(t.lower) || used[v]) continue;
      let k = v + 1;
      while (k < s.to && (toks[k].lower === 'actually' || (toks[k].lower === 'in' && toks[k + 1]?.lower === 'fact') || toks[k].lower === 'fact')) k++;
      const made = MADE_MEDIA_PARTICIPLES.has(toks[k]?.lower ?? '');
      if (toks[k]?.lower !== 'from' && !made) break;
      let year = -1;
      for (let y = k + 1; y < s.to && y - k <= 6 && !isPunct(toks[y], ',;:.'); y++) if (toks[y].kind === 'number' && YEAR_NUMBER.test(toks[y].text)) year = y;
      if (year < 0) break;
      if (show < 0) {
        if (v !== named) break;
        for (let q = v; q <= year; q++) used[q] = 1;
        out.push({ rule: 'deny.old-media', cue: span(ctx, v, year + 1), source: reporter ? span(ctx, reporter.range.from, reporter.range.to) : null, sourceType: reporter?.type ?? null, target: span(ctx, s.from, named), genericTarget: true, score: 0.8 });
        break;
      }
      // (what they seem to show, up to the verb: past a relative's "that" and commas around an aside)
      let end = v;
      while (end > show + 1 && (isPunct(toks[end - 1], ',') || toks[end - 1].kind === 'quote')) end--;
      if (end <= show + 1) break;
      for (let q = v; q <= year; q++) used[q] = 1;
      // (past the "of" of a headline's medium)
      const from = toks[show + 1].lower === 'of' && show === m ? show + 2 : show + 1;
      if (end <= from) break;
      out.push({ rule: 'deny.old-media', cue: span(ctx, v, year + 1), source: reporter ? span(ctx, reporter.range.from, reporter.range.to) : null, sourceType: reporter?.type ?? null, target: span(ctx, from, end), genericTarget: false, score: 0.8 });
      break;
    }
  }
}

/**
 * A report's verb in the first words of sentence s when a demonstrative and a medium's noun follow it, or its "that"
 * ("Transport for London said | the video was from July 2021"): its index, the clause after it `oldMedia`'s; else -1.
 */
function reportedMediaClause(ctx: BlockContext, s: Sentence): number {
  const toks = ctx.toks;
  for (let v = s.from + 1; v < s.to && v - s.from <= REPORTER_REACH; v++) {
    if ((toks[v].f & F_CUE_VERB) === 0 || toks[v].cap || !isFiniteVerb(ctx, v)) continue;
    const at = toks[v + 1]?.lower === 'that' ? v + 2 : v + 1;
    return DEMONSTRATIVE_ARTICLES.has(toks[at]?.lower ?? '') && OLD_MEDIA_NOUNS.has(toks[at + 1]?.lower ?? '') ? v : -1;
  }
  return -1;
}
/** How many tokens into a sentence `reportedMediaClause` looks for the report's verb. */
const REPORTER_REACH = 8;

interface Found {
  denial: RawDenial;
  cueFrom: number;
  cueTo: number;
}

function span(ctx: BlockContext, from: number, to: number): R {
  return [ctx.toks[from].start, ctx.toks[to - 1].end];
}

/** Statement nouns whose "of" phrase names a topic, not what is said: "account of", "version of", "reading of". */
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['account', 'accounts', 'version', 'versions', 'reading', 'interpretation', 'description', 'portrayal', 'depiction', 'characterisation', 'characterization']);

/**
 * Whether the noun phrase r is the object of a preposition after evidence ("Snap polls after | the three debates"), or
 * has evidence before a preposition of its own.
 */
function evidenceBeforePhrase(ctx: BlockContext, s: Sentence, r: TokRange): boolean {
  const toks = ctx.toks;
  for (let k = r.from + 1; k < r.to; k++) if (toks[k].pos === 'I' && !toks[k].cap) return EVIDENCE_NOUNS.has(toks[k - 1].lower);
  const prep = r.from - 1;
  if (prep <= s.from || toks[prep].pos !== 'I' || toks[prep].cap) return false;
  const head = npEndingAt(ctx, prep - 1, s.from);
  return head !== null && EVIDENCE_NOUNS.has(toks[head.to - 1].lower);
}

/**
 * Whether the subject `who` of a denial that names no object or a clause of doubt ("Rubio disagreed", "Residents are
 * not so sure", "The trial suggests otherwise") answers no one's claim: a poll's share ("44 percent of Independents
 * disagreed", "12 per cent were not sure"), the subject of a clause of its own, after a subordinator, a relative word,
 * "that" or a reporting verb ("areas where they disagree", "indicated that they were not sure"), or one that opens with
 * a concession or a supposition ("Unless proved otherwise", "even if the returns suggest otherwise"); evidence answers
 * after a reporting verb and with a figure ("said its own survey of 600 patients told a different story").
 */
function answersNothing(ctx: BlockContext, s: Sentence, who: TokRange): boolean {
  const toks = ctx.toks;
  // (but evidence answers, with a figure of its own or after a reporting verb: "The charity said its own survey of 600
  // patients told a different story")
  const evidence = EVIDENCE_NOUNS.has(toks[who.to - 1].lower) || evidenceBeforePhrase(ctx, s, who);
  if (!evidence && rangeHas(ctx, who.from, who.to, (x) => x.kind === 'number' || x.lower === 'percent' || x.lower === 'per')) return true;
  const opens = (k: number) => k >= s.from && (CONCESSIVE_OPENERS.has(toks[k].lower) || SUPPOSITION_WORDS.has(toks[k].lower));
  if (opens(who.from) || opens(who.from - 1)) return true;
  const before = who.from > s.from ? toks[who.from - 1] : undefined;
  return before !== undefined && (CLAUSE_SUBORDINATORS.has(before.lower) || CLAUSE_RELATIVES.has(before.lower) || ((before.f & F_CUE_VERB) !== 0 && !evidence));
}

/** Relative words and "that" before the subject of a clause of its own: "areas where they disagree", "said that they". */
const CLAUSE_RELATIVES: ReadonlySet<string> = new Set(['where', 'which', 'that', 'who', 'whom']);

/**
 * Whether the words from token `from` run on, as a subject's nouns and modifiers, to a finite verb of their own ("denied
 * that hospital | waiting lists in the region have doubled": the "that" opens a clause, not a demonstrative's noun).
 * A pronoun, a relative word or punctuation ends the run ("rejected that advice at the time it was given").
 */
function subjectBeforeVerb(ctx: BlockContext, from: number, to: number): boolean {
  for (let m = from; m < to && m - from <= 6; m++) {
    const t = ctx.toks[m];
    if (t.kind !== 'word' || isPronoun(t) || CLAUSE_RELATIVES.has(t.lower)) return false;
    if (isFiniteVerb(ctx, m)) return m > from;
  }
  return false;
}

/** And, for a verb any subject denies with, the words of failing: "have failed to replicate", "were unable to reproduce". */
const FAILED_TO: ReadonlySet<string> = new Set(['failed', 'fail', 'fails', 'unable', 'to', 'could', 'cannot']);

function isNegated(ctx: BlockContext, i: number, min: number): boolean {
  for (let k = i - 1; k >= min && k >= i - 3; k--) {
    const l = ctx.toks[k].lower;
    if (NEGATED_BEFORE.has(l) && !(l === 'did' && ctx.toks[k + 1]?.lower !== 'not' && ctx.toks[k + 1]?.lower !== "n't")) return true;
  }
  return false;
}

/**
 * The negative word that opens the subject of a verb at i that denies only when negated (`DenialVerb.negated`): "No |
 * study supports", "Nothing | in the report supports", "None | of the data supports", at the sentence's start or after a
 * comma, within eight tokens and no verb between; else -1.
 */
function negativeSubjectBefore(ctx: BlockContext, s: Sentence, i: number, verbs: readonly DenialVerb[]): number {
  const toks = ctx.toks;
  if (!verbs.some((x) => x.negated === true) || toks[i].cap) return -1;
  for (let k = i - 1; k >= s.from && i - k <= 8; k--) {
    const t = toks[k];
    if (t.kind === 'punct' || (t.kind === 'word' && k < i - 1 && isFiniteVerb(ctx, k))) return -1;
    if (NEGATIVE_SUBJECT_WORDS.has(t.lower) && (k === s.from || isPunct(toks[k - 1], ',')) && k + 1 < i) return k;
  }
  return -1;
}
/** Words that open a negative subject (`negativeSubjectBefore`). */
const NEGATIVE_SUBJECT_WORDS: ReadonlySet<string> = new Set(['no', 'nothing', 'none']);

/** A word of a denied statement ("allegations", "notion") or, for "deny", of a proposition ("wrongdoing", "involvement"). */
function objectNounAt(ctx: BlockContext, m: number, v: DenialVerb): 'statement' | 'proposition' | null {
  const t = ctx.toks[m];
  if (!t || t.kind !== 'word') return null;
  // (a promise only with what it says after it: "a promise by BrightPower that X", not "his promise to cut taxes")
  if (PROMISE_NOUNS.has(t.lower) && !rangeHas(ctx, m + 1, Math.min(ctx.toks.length, m + 8), (x) => x.lower === 'that')) return null;
  if (STATEMENT_NOUNS.has(t.lower) && !STATEMENT_PRONOUNS.has(t.lower)) return 'statement';
  // (a link said to be between two things is a statement of it: "rejected a link between the new road and flooding")
  if (v.object === 'statement' && LINK_NOUNS.has(t.lower) && ctx.toks[m + 1]?.lower === 'between') return 'statement';
  // (not before a statement's noun, which it qualifies: "fraud charges", "murder allegations")
  if (v.object !== 'statement' && PROPOSITION_NOUNS.has(t.lower) && !(ctx.toks[m + 1]?.kind === 'word' && STATEMENT_NOUNS.has(ctx.toks[m + 1].lower))) return 'proposition';
  return null;
}

/**
 * The end of the second of two things a link is said to hold between, when the first ends at token `first` on its "and"
 * ("a link between a new bypass | and flooding in the village"); else -1.
 */
function secondLinkedEnd(ctx: BlockContext, s: Sentence, first: number): number {
  return ctx.toks[first]?.lower === 'and' ? targetEnd(ctx, s, first + 1) : -1;
}

/** Nouns of a link said to hold between two things: "rejected a link between X and Y". */
const LINK_NOUNS: ReadonlySet<string> = new Set(['link', 'links', 'connection', 'connections']);

/** Whether a claim at law (`legalClaimAt`) is the object that opens at token k: "a libel claim brought by X". */
export function legalClaimObjectAt(ctx: BlockContext, k: number, to: number): boolean {
  const toks = ctx.toks;
  for (let n = k; n < to && n - k < 5 && toks[n].kind === 'word'; n++) if (toks[n].lower.startsWith('claim')) return legalClaimAt(ctx, k, n, to);
  return false;
}

/**
 * Whether the statement's noun at token n, with its modifiers from token k, is a claim at law or on a payer: a word of
 * `LEGAL_CLAIM_WORDS` before it ("a libel claim", "insurance claims"), or after it ("a claim brought by", "a claim for
 * damages").
 */
function legalClaimAt(ctx: BlockContext, k: number, n: number, to: number): boolean {
  const toks = ctx.toks;
  if (!toks[n].lower.startsWith('claim')) return false;
  for (let m = k; m < n; m++) if (LEGAL_CLAIM_KINDS.has(toks[m].lower)) return true;
  const next = toks[n + 1];
  if (next === undefined || n + 1 >= to) return false;
  return LEGAL_CLAIM_AFTER.has(next.lower) || ((next.lower === 'for' || next.lower === 'against') && n + 2 < to && LEGAL_CLAIM_KINDS.has(toks[n + 2].lower));
}

/**
 * Where a noun phrase from token k that names a statement ends, when it closes its clause: a determiner or a possessor,
 * then a statement's noun ("the complaint", "the council's figures"); else -1.
 */
function statementNamedAt(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  let m = k;
  if (m < s.to && (toks[m].f & F_DETERMINER) !== 0) m++;
  const pe = possessorEnd(ctx, m, s.to);
  if (pe > 0) m = pe;
  if (m >= s.to || !STATEMENT_NOUNS.has(toks[m].lower) || STATEMENT_PRONOUNS.has(toks[m].lower)) return -1;
  // (or before a second clause of the report or a second verb: 'said it "strongly disagreed" with Ofgem's findings and
  // that fewer than 40,000 customers had been affected')
  const joined = m + 2 < s.to && (toks[m + 1].lower === 'and' || toks[m + 1].lower === 'but') && (toks[m + 2].lower === 'that' || isFiniteVerb(ctx, m + 2));
  return m + 1 >= s.to || isPunct(toks[m + 1], '.;,!') || joined ? m + 1 : -1;
}

/** "Clinton's", "the ministry's", "Exxon Mobil's": a possessor before the object noun; the index after it, or -1. */
function possessorEnd(ctx: BlockContext, m: number, max: number): number {
  const toks = ctx.toks;
  let e = m;
  while (e < max && e - m < 4 && toks[e].kind === 'word' && (toks[e].cap || (toks[e].f & F_DETERMINER) !== 0 || toks[e].pos === 'N' || toks[e].pos === 'J' || toks[e].pos === undefined || thinkTank(ctx, e)) && toks[e].lower !== "'s") e++;
  if (e > m && e < max && toks[e].lower === "'s") return e + 1;
  // a plural's possessive: "the auditors' estimate", "the workers’ account" (the apostrophe glued to the "s")
  const t = toks[e];
  if (e > m && e + 1 < max && t.kind === 'quote' && (t.text === "'" || t.text === '’') && t.start === toks[e - 1].end && toks[e - 1].lower.endsWith('s') && toks[e + 1].kind === 'word') return e + 1;
  return -1;
}

function verbDenial(ctx: BlockContext, s: Sentence, i: number, psrc: Map<number, SourceFound | null>): Found | null {
  const toks = ctx.toks;
  const t = toks[i];
  const verbs = denialVerbsOf(t.lower);
  if (!verbs) return null;
  // ("said", "claimed": a denial only right after a negation, `deny.never-said`; nearly every one is a plain report, which
  // this look at the word before sends on at once)
  if (verbs.length === 1 && verbs[0].id === 'deny.never-said' && !SAY_NEGATIONS.has(ctx.toks[i - 1]?.lower ?? '')) return null;
  // (or a negative subject before it, of a verb that denies only when negated: "No study supports the claim that X",
  // "Nothing in the report supports it", "None of the data supports the claim")
  const negatedBefore = isNegated(ctx, i, s.from);
  const negSubject = negatedBefore ? -1 : negativeSubjectBefore(ctx, s, i, verbs);
  const negated = negatedBefore || negSubject >= 0;
  // (of two verbs of one form, the one that denies negated or not as this one is: "did not prove that", "proved otherwise")
  // (and of those, one whose words follow it: "questioned whether" rather than "questioned the figures")
  const v = verbs.length === 1 ? verbs[0] : verbs.find((x) => (x.negated === true) === negated && x.phrases !== undefined && phraseAt(ctx, i + 1, x.phrases) > 0) ?? verbs.find((x) => (x.negated === true) === negated) ?? verbs[0];
  if (t.cap && !ctx.headline && i !== s.from) return null;
  const prev = toks[i - 1];
  // ("refuses to confirm or deny reports that X", "would neither confirm nor deny": no denial either way)
  if (prev !== undefined && (prev.lower === 'or' || prev.lower === 'nor') && toks[i - 2]?.lower === 'confirm') return null;
  // (but "have both denied", "have all rejected": a quantifier after an auxiliary goes with the subject)
  if (prev && prev.kind === 'word' && ((prev.f & F_DETERMINER) !== 0 || prev.lower === "'s") && !ctx.headline && !(DENIAL_ADVERBS.has(prev.lower) && i >= 2 && (toks[i - 2].f & F_AUX) !== 0)) return null; // "the dispute"
  // (a verb that denies only when negated: "do not support")
  if (negated !== (v.negated === true)) return null;
  // ("dispel any remaining doubts that", "expressed doubt that": the noun, after a modifier or a verb of its own)
  if (v.id === 'deny.doubt' && prev?.kind === 'word' && !prev.cap && (prev.f & F_AUX) === 0 && !DENIAL_ADVERBS.has(prev.lower) && (prev.lower.endsWith('ing') || prev.pos === 'V' || prev.pos === 'J')) return null;
  // ("The results do not prove otherwise": what is not shown against a claim leaves it standing)
  if (negated && toks[i + 1]?.lower === 'otherwise') return null;
  // a noun after an adjective: "the presidential contest", "local contests that ...", "legal disputes"
  // "a four-way contest", "a series of contests", "in the dispute over"
  // (but a person's noun the lexicon reads as an adjective: "Former bank chief pleads not guilty"; or a person by their
  // age: "The 24-year-old denies murder"; nor a plural with a hyphen, "her co-authors rejected")
  if (prev && prev.kind === 'word' && !prev.cap && !DENIAL_ADVERBS.has(prev.lower) && (prev.pos === 'J' || (prev.text.includes('-') && !prev.lower.endsWith('s')) || NOUN_BEFORE.has(prev.lower)) && !PERSON_NOUNS_READ_AS_ADJECTIVES.has(prev.lower) && !prev.lower.endsWith('year-old')) return null;
  // the cue: leading auxiliaries and adverbs ("have frequently denied"), the verb, and a statement noun ("allegations")
  let cueFrom = i;
  while (cueFrom - 1 >= s.from) {
    const p = toks[cueFrom - 1];
    if (p.kind === 'word' && !p.cap && (DENIAL_ADVERBS.has(p.lower) || ((p.f & F_AUX) !== 0 && p.lower !== 'to') || (v.negated === true && (VERB_NEGATIONS.has(p.lower) || (v.anySubject === true && FAILED_TO.has(p.lower)))))) cueFrom--;
    // (past a quotation's opening mark after the auxiliary: 'the claim was "not supported by the latest statistics"')
    else if (v.negated === true && p.kind === 'quote' && cueFrom - 2 >= s.from && isOpeningQuote(ctx, cueFrom - 1) && (toks[cueFrom - 2].f & F_AUX) !== 0 && !toks[cueFrom - 2].cap) cueFrom--;
    // (past an adverb quoted alone: 'Northway Water has "categorically" denied claims')
    else if (p.kind === 'quote' && cueFrom - 3 >= s.from && DENIAL_ADVERBS.has(toks[cueFrom - 2].lower) && toks[cueFrom - 3].kind === 'quote' && isOpeningQuote(ctx, cueFrom - 3)) cueFrom -= 3;
    // (the opening mark of a quotation of the negated verb alone: 'said it "does not recognise" the claims')
    else if (v.negated === true && p.kind === 'quote' && cueFrom < i && isOpeningQuote(ctx, cueFrom - 1) && toks[i + 1]?.kind === 'quote' && !isOpeningQuote(ctx, i + 1) && cueFrom - 2 >= s.from) {
      cueFrom--;
      break;
    } else break;
  }
  // ("We never said X", "I did not say that X": a statement denied made, a clause after it; not "can't say whether",
  // "couldn't say", "never say never", "I never said that.")
  if (v.id === 'deny.never-said' && !saidDenied(ctx, s, cueFrom, i)) return null;
  // ("their widely repudiated theories": a participle after adverbs, read as an adjective before its noun, denies nothing)
  const det = toks[cueFrom - 1];
  if (cueFrom < i && !ctx.headline && det?.kind === 'word' && ((det.f & F_DETERMINER) !== 0 || det.lower === "'s") && !rangeHas(ctx, cueFrom, i, (x) => (x.f & F_AUX) !== 0)) return null;
  // ("Official figures do not support that": only evidence denies so; "Voters do not support the plan" is no denial)
  // passive: "She was denied the chance", "the requests were denied": a denial only of a statement ("the allegations were denied")
  let passive = false;
  for (let m = i - 1; m >= cueFrom; m--) if (PASSIVE_AUX.has(toks[m].lower)) passive = true;
  // (the negative subject opens the cue, and names the evidence that is lacking: no source)
  if (negSubject >= 0) {
    if (passive || !rangeHas(ctx, negSubject, i, (x) => EVIDENCE_NOUNS.has(x.lower))) return null;
    cueFrom = negSubject;
  }
  // (in the passive the subject is what is not backed up: "the 95% figure cannot be backed up")
  if (v.negated === true && !passive && negSubject < 0) {
    // (past a quotation's opening mark before the auxiliary: 'the study "does not show that X"')
    const quoteBefore = cueFrom - 1 > s.from && toks[cueFrom - 1].kind === 'quote' && isOpeningQuote(ctx, cueFrom - 1);
    const subject = cueFrom > i - 1 ? null : preposedSource(ctx, s, cueFrom) ?? (quoteBefore ? preposedSource(ctx, s, cueFrom - 1) : null);
    // (evidence the subject's head, before its own phrases: "Snap polls after the three debates do not support that")
    if (subject === null || !(v.anySubject === true || EVIDENCE_NOUNS.has(toks[subject.range.to - 1].lower) || evidenceBeforePhrase(ctx, s, subject.range))) return null;
  }
  // (a headline's participle that ends it, its "is" left out: "Official crowd count disputed", "Mayor's stadium figures
  // challenged"; or with who denies after "by": "Police account of shooting disputed by witnesses")
  // (or an irregular one with its phrase: "Stolen Batmobile Rumor Put To Rest")
  const headEnd = ctx.headline && cueFrom === i ? i + 1 + (v.phrases && IRREGULAR_PARTICIPLES.has(t.lower) ? phraseAt(ctx, i + 1, v.phrases) : 0) : -1;
  if (!passive && headEnd > i + (t.lower.endsWith('ed') ? 0 : 1) && (headEnd >= s.to || (headEnd + 1 === s.to && isPunct(toks[headEnd], '.!?')) || toks[headEnd].lower === 'by') && prev?.kind === 'word' && !isPronoun(prev)) passive = true;
  // a participle coordinated with a passive one: "claims of fraud have been investigated and debunked"
  if (!passive && cueFrom === i && (prev?.lower === 'and' || prev?.lower === 'or') && i - 3 >= s.from && toks[i - 2].kind === 'word' && !toks[i - 2].cap &&
      (toks[i - 2].pos === 'V' || toks[i - 2].pos === undefined) && toks[i - 2].lower.endsWith('ed') && PASSIVE_AUX.has(toks[i - 3].lower)) passive = true;
  // ("a disputed poll", "the denied request": a participle read as an adjective before its noun denies nothing)
  if (prev?.kind === 'word' && (prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the') && t.lower.endsWith('ed') && toks[i + 1]?.kind === 'word' && isNpWord(toks[i + 1]) && !isPronoun(toks[i + 1]) && toks[i + 1].lower !== 'by') return null;
  // a reduced relative: "an allegation rejected by the inquiry"
  const reduced = !passive && prev?.kind === 'word' && STATEMENT_NOUNS.has(prev.lower) && toks[i + 1]?.lower === 'by' && t.lower.endsWith('ed');
  // ("Doubts have been cast over the claim that X", headline "Doubts cast over meteorite claim": the doubts before the verb,
  // its preposition after it, the cue from the doubts)
  const doubtsBefore = (v.id === 'deny.cast-doubt' || v.id === 'deny.raise-doubts') && DOUBT_PREPOSITIONS.has(toks[i + 1]?.lower ?? '') && (toks[cueFrom - 1]?.lower === 'doubt' || toks[cueFrom - 1]?.lower === 'doubts');
  if (doubtsBefore) {
    cueFrom--;
    // (with its adjectives: "Serious doubts", "Fresh doubts")
    while (cueFrom - 1 >= s.from && toks[cueFrom - 1].kind === 'word' && toks[cueFrom - 1].pos === 'J' && (!toks[cueFrom - 1].cap || cueFrom - 1 === s.from)) cueFrom--;
    passive = false;
  }
  // (a verb that denies only with its words after it: "pushed back on", not "the narrative being pushed")
  const phraseLen = doubtsBefore ? 1 : v.phrases ? phraseAt(ctx, i + 1, v.phrases) : 0;
  if (v.phrases && phraseLen === 0) return null;
  // (a phrase with nothing after it denies no statement: "the number Kestrov said it had shot down.")
  if (v.phrases && v.object === 'statement' && !passive && i + 1 + phraseLen >= s.to - 1 && (s.to - 1 < i + 1 + phraseLen || isPunct(toks[s.to - 1], '.!?'))) return null;
  // (nor with "as" or a comma after it, a participle of the plain sense after its noun: "the number of drones shot down as
  // \"propaganda\"")
  if (v.phrases && v.object === 'statement' && !passive && (toks[i + 1 + phraseLen]?.lower === 'as' || isPunct(toks[i + 1 + phraseLen], ','))) return null;
  // (an appositive's, after a comma: "X, a claim disputed by the opposition" denies X)
  // (past an adverb: "a claim firmly rejected by the ministry")
  const adverbed = !passive && !reduced && prev?.kind === 'word' && DENIAL_ADVERBS.has(prev.lower) && STATEMENT_NOUNS.has(toks[i - 2]?.lower ?? '') && toks[i + 1]?.lower === 'by' && t.lower.endsWith('ed');
  const appositive = reduced || adverbed ? appositiveDenial(ctx, s, i, cueFrom, i + 1, v) : null;
  if (appositive) return appositive;
  if (passive || reduced || (v.subjectJudged === true && phraseLen > 0)) return passiveDenial(ctx, s, i + phraseLen, cueFrom, v);
  // ("Rubio disagreed.", "He disagrees with them": the claim before; someone named, not a poll's share)
  if (v.object === 'none' && !v.phrases) {
    const next = toks[i + 1];
    const closes = next === undefined || i + 1 >= s.to || isPunct(next, '.;!') || (ctx.headline && i + 1 === toks.length);
    const withPronoun = next?.lower === 'with' && (STATEMENT_PRONOUNS.has(toks[i + 2]?.lower ?? '') || PERSON_PRONOUNS.has(toks[i + 2]?.lower ?? '')) && (i + 3 >= s.to || isPunct(toks[i + 3], '.;,!'));
    // ("strongly disagrees with the complaint", "disagreed with the findings": the statement named, a generic target;
    // past a quotation of the verb alone, 'said it "strongly disagrees" with the complaint')
    const w = next?.kind === 'quote' && !isOpeningQuote(ctx, i + 1) ? i + 2 : i + 1;
    const named = toks[w]?.lower === 'with' && !withPronoun ? statementNamedAt(ctx, s, w + 1) : -1;
    if (named > 0) return finish(ctx, s, i, cueFrom, named, v, span(ctx, w + 1, named), true, psrc);
    if (!closes && !withPronoun) return null;
    const who = preposedSource(ctx, s, cueFrom);
    if (who === null || answersNothing(ctx, s, who.range)) return null;
    const found = finish(ctx, s, i, cueFrom, withPronoun ? i + 3 : i + 1, v, null, true, psrc);
    // (with the possessor the phrase-reader stopped at: "Residents of Peter's | Road disagree")
    const owner = found.denial.source !== null ? possessorFrom(ctx, who.range.from - 1, s.from) : -1;
    if (owner >= 0) found.denial.source = [toks[owner].start, found.denial.source![1]];
    return found;
  }
  // (a quotation of the verb alone closes after it: 'said it "vigorously disputes" the allegations')
  let after = toks[i + 1]?.kind === 'quote' && !isOpeningQuote(ctx, i + 1) ? i + 2 : i + 1;
  // (past when, where and to whom, to a clause or a gerund: "denied on Monday that X", "denied in court taking bribes"; and
  // to a statement's noun, "rejected on Tuesday claims that X"; a verb that takes a statement only to such a noun, whose
  // "that" after a phrase is a relative: "would withdraw from the market that")
  if (!v.phrases && after < s.to && toks[after].kind === 'word' && !toks[after].cap && toks[after].lower !== 'that') {
    const adj = skipAdjuncts(ctx, s, after);
    const w = toks[adj.k];
    if (adj.skipped && adj.k < s.to && w.kind === 'word') {
      const noun = objectNounAt(ctx, adj.k, v) === 'statement' || ((w.f & F_DETERMINER) !== 0 && objectNounAt(ctx, adj.k + 1, v) === 'statement');
      // (the date's phrase may run on over the noun: "on Tuesday claims" read as one)
      if (!noun && w.lower === 'that' && adj.k - 1 > after && isDateToken(ctx, adj.k - 2) && objectNounAt(ctx, adj.k - 1, v) === 'statement') after = adj.k - 1;
      else if (noun || (v.object !== 'statement' && (w.lower === 'that' || (w.lower.endsWith('ing') && !w.cap)))) after = adj.k;
    }
  }
  let k = after;
  let cueTo = i + 1;
  // (where the words naming the object begin: after the verb, or after a plea's words and "to")
  let objFrom = after;
  if (v.phrases) {
    cueTo = k = objFrom = i + 1 + phraseLen;
    // (a phrase's "on" before a day says when, not what: "set the record straight on Monday")
    if (toks[k - 1]?.lower === 'on' && k < s.to && isDateToken(ctx, k)) return null;
    // ("The largest trial to date suggests otherwise": no object, the claim before; someone or something says so, not
    // "Unless proved otherwise")
    if (v.object === 'none') {
      // (not an infinitive's subject: "To suggest otherwise is just false", which the falsity after it judges)
      if (cueFrom > s.from && toks[cueFrom - 1].lower === 'to') return null;
      const who = preposedSource(ctx, s, cueFrom);
      return who !== null && !answersNothing(ctx, s, who.range) ? finish(ctx, s, i, cueFrom, cueTo, v, null, true, psrc) : null;
    }
    // "pleaded not guilty on Thursday to charges ...": a short adverbial before "to"
    let m = k;
    while (m < s.to && m - k < 4 && toks[m].kind === 'word' && toks[m].lower !== 'to') m++;
    if (toks[m]?.lower === 'to') k = objFrom = m + 1;
  }
  // ("Fenn disputes even that": an adverb that stresses a pronoun object)
  if ((toks[k]?.lower === 'even' || toks[k]?.lower === 'all') && STATEMENT_PRONOUNS.has(toks[k + 1]?.lower ?? '') && (k + 2 >= s.to || isPunct(toks[k + 2], '.,;'))) k = objFrom = k + 1;
  let generic = false;
  // "dismissed as nonsense claims that ...": the judgement comes before the statement
  let judged = false;
  const asEnd = toks[k]?.lower === 'as' ? judgementAfterAs(ctx, s, k) : -1;
  if (asEnd > 0) {
    k = asEnd;
    judged = true;
  }
  // "denied the allegations that", "rejecting claims regarding", "dismissed reports that", "retracted its statement that",
  // "rejected Clinton's claim", "denied any wrongdoing"
  let n = k;
  let gerundFrom = -1;
  // (past an adverb that closes the clause: "I reject that completely")
  const closesAt = (m: number) => m >= s.to || toks[m].kind !== 'word' || toks[m].lower === 'as' || (isAdverb(toks[m]) && (m + 1 >= s.to || toks[m + 1].kind !== 'word'));
  const pronounObject = (m: number) => STATEMENT_PRONOUNS.has(toks[m].lower) && closesAt(m + 1);
  // ("denied that any warning had been received": "that" opens a clause, whose subject names no statement denied)
  const thatClause = toks[k]?.lower === 'that' && clauseAt(ctx, k + 1, s.to);
  // (a year among the modifiers: "retracted a 2022 study")
  // (or the figure a figure's noun names, after its determiner: "did not recognise the 2,000 figure", "disputed the
  // 40,000-hour figure")
  const unitJoined = (m: number) => isPunct(toks[m + 1], '-') && toks[m + 1].start === toks[m].end && toks[m + 2]?.kind === 'word' && toks[m + 2].start === toks[m + 1].end;
  const namedFigure = (m: number) => m > k && (toks[m - 1].f & F_DETERMINER) !== 0 && FIGURE_NOUNS.has(toks[unitJoined(m) ? m + 3 : m + 1]?.lower ?? '');
  // (a currency's mark and its sum)
  const moneyAt = (m: number) => isPunct(toks[m], '£$€') && toks[m + 1]?.kind === 'number';
  // (a short quotation that modifies the noun after it: "disputes 'corridor care' figures")
  const quotedModifierEnd = (m: number): number => {
    if (toks[m].kind !== 'quote' || !isOpeningQuote(ctx, m)) return -1;
    const q = ctx.quotes[toks[m].quote];
    return q.close >= 0 && q.lastTok - m >= 2 && q.lastTok - m <= 4 && q.lastTok + 1 < s.to && toks[q.lastTok + 1].kind === 'word' && !toks[q.lastTok + 1].cap ? q.lastTok + 1 : -1;
  };
  while (!thatClause && n < s.to && n - k < 6 && (toks[n].kind === 'word' || (toks[n].kind === 'number' && (n === k || YEAR_NUMBER.test(toks[n].text) || namedFigure(n))) || moneyAt(n) || quotedModifierEnd(n) > 0) && !pronounObject(n) && !objectNounAt(ctx, n, v)) {
    if (toks[n].kind === 'quote') {
      n = quotedModifierEnd(n);
      continue;
    }
    // (a sum: "denies a £2m fraud")
    if (moneyAt(n)) {
      n += 2;
      continue;
    }
    // (a count: "denies 14 counts of fraud", "denies eight counts of fraud")
    if (toks[n].kind === 'number' || (n === k && toks[n].pos === 'Q' && NUMBER_WORDS.has(toks[n].lower))) {
      n += toks[n].kind === 'number' && namedFigure(n) && unitJoined(n) ? 3 : 1;
      continue;
    }
    const pe = possessorEnd(ctx, n, s.to);
    if (pe > 0) n = pe;
    // a gerund naming the charge: "rejected spying charges", "denied doping allegations"
    else if (toks[n].lower.endsWith('ing') && n + 1 < s.to && objectNounAt(ctx, n + 1, v) === 'statement') gerundFrom = n++;
    // a participle describing it: "dismissed the association's repeated claim that X", "rejected the widely shared claims"
    else if (toks[n].lower.endsWith('ed') && !toks[n].cap && n > k && n + 1 < s.to && objectNounAt(ctx, n + 1, v) === 'statement') n++;
    // (or of what the statement is about, before a name and the noun: "kills stolen Batmobile rumor")
    else if ((!toks[n].cap || ctx.headline) && PARTICIPLE_END.test(toks[n].lower) && (toks[n].pos === 'V' || toks[n].cap) && n + 2 < s.to && toks[n + 1].cap && objectNounAt(ctx, n + 2, v) === 'statement') n++;
    // modifiers: "the latest", "an earlier", "the fraud claims", "Republican claims"
    else if ((toks[n].f & F_DETERMINER) !== 0 || ['J', 'R', 'N', undefined].includes(toks[n].pos) || (toks[n].text.includes('-') && !toks[n].cap)) n++;
    // ("rejected a series of claims that X", "dismissed a string of allegations")
    else if (toks[n].lower === 'of' && n > k && STATEMENT_QUANTITIES.has(toks[n - 1].lower)) n++;
    // ("rejects every one of these allegations", "denied all of the charges", "each of the claims")
    else if (toks[n].lower === 'of' && n > k && n - k <= 2 && OF_QUANTIFIERS.has(toks[n - 1].lower) && (n - 1 === k || toks[n - 2].lower === 'every')) n++;
    else if (toks[n].lower === 'one' && n === k + 1 && toks[k].lower === 'every' && toks[n + 1]?.lower === 'of') n++;
    else break;
  }
  let kind = n < s.to && !thatClause ? objectNounAt(ctx, n, v) : null;
  // ("denies response time figures were manipulated": a statement's noun that modifies the noun after it opens a clause,
  // no statement denied)
  if (kind === 'statement' && n === k && toks[n + 1]?.kind === 'word' && !toks[n + 1].cap && toks[n + 1].pos === 'N' && !STATEMENT_NOUNS.has(toks[n + 1].lower) && v.object === 'proposition' && clauseAt(ctx, n, s.to)) kind = null;
  // (nothing after the verb: only an appositive's, its statement's noun before, below: ", a statement regulators have
  // questioned")
  const nothingAfter = k >= s.to || isPunct(toks[k], '.,;:?!—–-') || ['and', 'but', 'which'].includes(toks[k].lower);
  if (v.statementNounOnly === true && kind !== 'statement' && !nothingAfter) return null;
  if (v.allegationOnly === true && !ALLEGATION_NOUNS.has(toks[n]?.lower ?? '') && toks[n + 1]?.lower !== 'that') return null;
  // a finding's noun as the subject of the clause denied: "denied customer data was stolen" (not "the data")
  if (kind === 'statement' && v.object === 'proposition' && FINDING_NOUNS.has(toks[n].lower) && n + 1 < s.to && isFiniteVerb(ctx, n + 1)) kind = null;
  let claimedBy: R | undefined;
  // ("dismissed a libel claim brought by a councillor", "rejected insurance claims": a demand at law, no statement)
  if (kind === 'statement' && legalClaimAt(ctx, k, n, s.to)) return null;
  if (kind === 'statement') {
    cueTo = n + 1;
    k = n + 1;
    generic = true;
    // ("rejected a link between the new road and flooding": the two things said to be linked, past the "and")
    if (LINK_NOUNS.has(toks[n].lower) && toks[k]?.lower === 'between') {
      const first = targetEnd(ctx, s, k + 1);
      const end = Math.max(first, secondLinkedEnd(ctx, s, first));
      if (end > k + 1) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k + 1, end), false, psrc);
    }
    // "claims by Washington that": skip a by-phrase
    if (toks[k]?.lower === 'by' || toks[k]?.lower === 'from') {
      // (a plural's possessive inside it: "claims by the nurses' union that")
      const pe = possessorEnd(ctx, k + 1, s.to);
      const np = npStartingAt(ctx, pe > 0 ? pe : k + 1, s.to);
      // (a phrase the noun-phrase reader stops in, "claims by the losing candidate that": up to its "that", a few words on)
      let m = k + 1;
      // (past a name's own question mark: "by consumer group Which? that")
      while (m < s.to && m - k <= 6 && (toks[m].kind === 'word' || isNameQuestionMark(ctx, m)) && toks[m].lower !== 'that') m++;
      let to = np && !(np.to < s.to && toks[np.to].kind === 'word' && !TARGET_CONNECTORS.has(toks[np.to].lower)) ? np.to : m > k + 1 && toks[m]?.lower === 'that' ? m : np?.to ?? -1;
      // (with a name's own question mark: "accusations by consumer group Which? that X")
      if (to > k + 1 && to < s.to && isNameQuestionMark(ctx, to)) to++;
      if (to > k + 1) {
        claimedBy = span(ctx, k + 1, to);
        k = to;
        // (past an appositive between commas: "a claim by Freshco, the supermarket chain, that X")
        const ap = k + 2 < s.to && isPunct(toks[k], ',') ? npStartingAt(ctx, k + 1, s.to) : null;
        if (ap !== null && ap.to + 1 < s.to && isPunct(toks[ap.to], ',') && toks[ap.to + 1].lower === 'that') k = ap.to + 1;
      }
    }
  } else if (kind === 'proposition') {
    // "denied any wrongdoing", "denies involvement in the attack": the proposition is the object
    // (a charge in court, "denies 14 counts of fraud", names what the prosecution alleges: a generic target)
    const end = targetEnd(ctx, s, k);
    // (and so does "denied any wrongdoing" or "any conflict of interest", which answers what he was accused of: not
    // "denied wrongdoing in the sale of the land", which says what)
    return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, end), OFFENCE_NOUNS.has(toks[n].lower) || (WRONGDOING_NOUNS.has(toks[n].lower) && (end === n + 1 || (end === n + 3 && toks[n + 1].lower === 'of' && toks[n + 2].lower.startsWith('interest')))) || (end - k <= 3 && allGeneric(ctx, k, end)), psrc);
  } else if (n === k && n < s.to && STATEMENT_PRONOUNS.has(toks[n].lower) && (n + 1 >= s.to || isPunct(toks[n + 1], '.,;') || toks[n + 1].lower === 'as' || (isAdverb(toks[n + 1]) && closesAt(n + 1))) && !(v.id === 'deny.not-accept' && toks[n].lower === 'it') && !(toks[cueFrom - 1]?.lower === 'to' && DECIDING_VERBS.has(toks[cueFrom - 2]?.lower ?? ''))) {
    // "denied it", "rejected this as ..." (right after the verb: not "push back on all efforts to defund it"; nor a thing
    // not accepted, "should not have accepted it", the medal; nor an infinitive a decision takes, about a thing, "84% of
    // whom had voted to reject it", the offer; but "was quick to deny it", "appeared to contradict it")
    return finish(ctx, s, i, cueFrom, cueTo, v, [toks[n].start, toks[n].end], true, psrc);
  }
  // "dismisses Sanders' accusations against Clinton's fundraising": the accusations with whom or what they are against
  if (generic && toks[k]?.lower === 'against' && k + 1 < s.to) {
    const end = targetEnd(ctx, s, k + 1);
    // (against a pronoun, the accusations are still named only: "denied the accusations against him")
    if (end > k + 1) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, objFrom, end), end === k + 2 && PERSON_PRONOUNS.has(toks[k + 1].lower), psrc);
  }
  // ("dismissed as \"pure fiction\" a series of posts claiming that X": a participle of saying that says what they say)
  // (or a clause with no "that": 'dismissed as "misleading" new figures suggesting it discharged raw sewage')
  if (generic && k + 1 < s.to && toks[k].kind === 'word' && (toks[k].f & F_CUE_VERB) !== 0 && toks[k].lower.endsWith('ing') && (toks[k + 1].lower === 'that' || ZERO_THAT_SUBJECTS.has(toks[k + 1].lower) || clauseAt(ctx, k + 1, s.to))) {
    if (toks[k + 1].lower === 'that') k++;
    else {
      const end = targetEnd(ctx, s, k + 1);
      if (end > k + 2) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k + 1, end), false, psrc);
    }
  }
  // "denied claims circulating on social media that X", "rejected claims made by the opposition that X": a reduced
  // relative clause between the noun and its "that"
  // (or where a participle's claims were made: "claims made on social media that X", "made online that X")
  // (not a preposition in -ing, "claims regarding X", nor a reporting verb: "claims regarding X and stating that Y")
  if (generic && k + 1 < s.to && toks[k].kind === 'word' && !toks[k].cap && !TARGET_CONNECTORS.has(toks[k].lower) && (toks[k].f & F_CUE_VERB) === 0 &&
      (toks[k].lower.endsWith('ing') || ((toks[k].lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(toks[k].lower)) && (toks[k + 1].lower === 'by' || MEDIUM_PREPOSITIONS.has(toks[k + 1].lower) || toks[k + 1].lower === 'online')))) {
    let m = k + 1;
    while (m < s.to && m - k <= 8 && toks[m].kind === 'word' && toks[m].lower !== 'that' && (toks[m].f & F_CUE_VERB) === 0 && !['and', 'or', 'but'].includes(toks[m].lower)) m++;
    if (toks[m]?.lower === 'that' && m > k + 1) k = m;
  }
  // "denied the allegations on Monday (that X)": when, no part of the statement; what it says follows "that", or is not given
  if (generic && k < s.to && toks[k].kind === 'word' && !toks[k].cap && (isDateToken(ctx, k) || (DATE_LEADS_AFTER_OBJECT.has(toks[k].lower) && k + 1 < s.to && isDateToken(ctx, k + 1)))) {
    let m = k + 1;
    while (m < s.to && isDateToken(ctx, m)) m++;
    if (toks[m]?.lower === 'that') k = m;
    else if (m >= s.to || isPunct(toks[m], '.,;:!?')) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, objFrom, cueTo), true, psrc);
  }
  // "dismissed claims on social media that X", "claims in the press that X": where the claims were made, then what they say
  if (generic && (toks[k]?.lower === 'on' || toks[k]?.lower === 'in')) {
    const t = thatAfterPhrase(ctx, k, s.to, 6);
    if (t > k + 1) k = t;
  }
  // ("retracted a study that claimed phone use caused memory loss": a relative clause of saying names the statement,
  // and what it says is the target)
  if (generic && toks[k]?.lower === 'that' && k + 2 < s.to && (toks[k + 1].f & F_CUE_VERB) !== 0 && !toks[k + 1].cap && cueVerbForm(toks[k + 1].lower)?.participle === false) {
    const from = toks[k + 2].lower === 'that' ? k + 3 : k + 2;
    const end = targetEnd(ctx, s, from);
    if (end > from + 1) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, from, end), false, psrc);
  }
  // "denied the allegations that surfaced in May (that X)": a relative clause, whose "that" has no subject after it,
  // names the statement; what it says follows a second "that", or is not given
  if (generic && toks[k]?.lower === 'that' && k + 1 < s.to && relativeVerbAt(ctx, k + 1)) {
    let m = k + 2;
    while (m < s.to && m - k <= 8 && toks[m].kind === 'word' && toks[m].lower !== 'that') m++;
    if (toks[m]?.lower === 'that') k = m;
    else return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, objFrom, cueTo), true, psrc);
  }
  // ("rejected that advice at the time": a demonstrative "that" before a noun with no verb of its own points to what
  // was said before, a generic target)
  if (!generic && toks[k]?.lower === 'that' && k === after && !thatClause && toks[k + 1]?.kind === 'word' && !toks[k + 1].cap && isNpWord(toks[k + 1]) && !isPronoun(toks[k + 1]) && !isDateToken(ctx, k + 1) && !TIME_NOUNS.has(toks[k + 1].lower)) {
    let e = k + 1;
    while (e < s.to && e - k <= 2 && toks[e].kind === 'word' && !toks[e].cap && isNpWord(toks[e]) && !isPronoun(toks[e])) e++;
    // (not before a word the tagger does not know, most often a verb: 'denied that officers "kettled" protesters')
    const w = e < s.to && toks[e].kind === 'quote' && e + 1 < s.to ? e + 1 : e;
    const unknownWord = w < s.to && toks[w].kind === 'word' && !toks[w].cap && toks[w].pos === undefined;
    if (e >= s.to || (e - k <= 2 && !isFiniteVerb(ctx, w) && toks[e].lower !== 'that' && !unknownWord && !subjectBeforeVerb(ctx, e, s.to))) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, e), true, psrc);
  }
  // (not a pronoun "that" with adverbs only after it: "I reject that completely")
  if (k < s.to && toks[k].kind === 'word' && TARGET_CONNECTORS.has(toks[k].lower) && (generic || (toks[k].lower === 'that' && v.clause !== false)) &&
      !(toks[k].lower === 'that' && skipRightAdverbs(ctx, k + 1, s.to) >= targetEnd(ctx, s, k + 1))) {
    const end = targetEnd(ctx, s, k + 1);
    // ("rejected that version of events": the statement named, of nothing it says)
    if (generic && toks[k].lower === 'of' && end > k + 1 && ACCOUNT_OF_EVENTS.has(ctx.text.slice(toks[k + 1].start, toks[end - 1].end).toLowerCase())) {
      return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, objFrom, end), true, psrc);
    }
    // ("did not recognise the figure of 40,000 hours": a figure's noun and the figure it gives, a figure named)
    if (generic && toks[k].lower === 'of' && end > k + 1 && FIGURE_NOUNS.has(toks[k - 1].lower) && (toks[k + 1].kind === 'number' || (isPunct(toks[k + 1], '£$€') && toks[k + 2]?.kind === 'number'))) {
      return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, objFrom, end), true, psrc);
    }
    if (end > k + 1) {
      // (a gerund names what is charged, and "over" or "about" what: "spying charges over the balloon")
      const named = gerundFrom >= 0 && toks[k].lower !== 'that';
      // (what names a statement only is generic: "disputed the Echo's reading of the figures"; and so is an account's
      // topic, "dispute council account of flood warnings": the account is said elsewhere)
      const topicOnly = generic && toks[k].lower === 'of' && ACCOUNT_NOUNS.has(toks[k - 1].lower);
      const found = finish(ctx, s, i, cueFrom, named ? gerundFrom : cueTo, v, span(ctx, named ? gerundFrom : k + 1, end), !named && generic && toks[k].lower !== 'that' && (topicOnly || allGeneric(ctx, k + 1, end)), psrc);
      if (claimedBy) found.denial.claimedBy = claimedBy;
      return found;
    }
  }
  // "rejects claims it supplied drones", "denies report it hid losses": a clause without "that", after a pronoun
  // subject and a verb with something after it (not "the claims it made on Monday", a relative clause)
  if (generic && k < s.to && ZERO_THAT_SUBJECTS.has(toks[k].lower)) {
    let m = k + 1;
    // (past auxiliaries, and an adverb or a quotation's opening mark after one: 'rejects claims it is "quietly privatising" X')
    // (or right after the pronoun: 'denies claims he "asked to leave"')
    while (m < s.to && (((toks[m].f & F_AUX) !== 0 && !toks[m].cap) || (toks[m].kind === 'quote' && isOpeningQuote(ctx, m) && (m === k + 1 || (toks[m - 1].f & F_AUX) !== 0)) ||
      (m > k + 1 && (toks[m - 1].f & F_AUX) !== 0 && isAdverb(toks[m])))) m++;
    while (m < s.to && m > k + 1 && (isAdverb(toks[m]) || toks[m].kind === 'quote') && (toks[m - 1].kind === 'quote' || isAdverb(toks[m - 1]))) m++;
    const verb = toks[m];
    // (past a quotation's closing mark after the verb: '"quietly privatising" the NHS')
    const nx = toks[m + 1]?.kind === 'quote' && m + 2 < s.to ? m + 2 : m + 1;
    const next = toks[nx];
    // (a particle after the verb is part of it: "claim it ran out of oxygen")
    // (a cue's form only before an infinitive: "denies report it plans to cut 2,000 jobs")
    // (a word the tagger reads as a noun right after the pronoun is its verb: "it plans to")
    if (verb && verb.kind === 'word' && (verb.pos === 'V' || verb.pos === undefined || (m === k + 1 && !verb.cap && canBeVerb(verb.lower))) && ((verb.f & F_CUE_VERB) === 0 || next?.lower === 'to') && !STATEMENT_MAKING_VERBS.has(verb.lower) &&
        // (a headline, which drops "that", may go on with a preposition: "rejects claims it trained on private messages")
        // (or a number: "denies report it will cut 2,000 jobs")
        next && nx < s.to && (next.kind === 'word' || next.kind === 'number') && (next.pos !== 'I' || VERB_PARTICLES.has(next.lower) || ctx.headline || next.lower === 'to')) {
      const end = targetEnd(ctx, s, k);
      if (end > nx) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, end), false, psrc);
    }
  }
  // "rejects claims hospital waiting lists have doubled": a noun phrase subject, then a verb of its own, not one that
  // makes the statement ("the claims the minister made")
  if (generic && k < s.to && toks[k].kind === 'word' && !ZERO_THAT_SUBJECTS.has(toks[k].lower) && !TARGET_CONNECTORS.has(toks[k].lower)) {
    const np = npStartingAt(ctx, k, s.to);
    let m = np ? np.to : k;
    // (a gerund inside a compound: "hospital waiting lists", "polling stations")
    while (np && m + 1 < s.to && toks[m].kind === 'word' && !toks[m].cap && toks[m].lower.endsWith('ing') && toks[m + 1].pos === 'N') m += 2;
    const aux = m;
    while (m < s.to && (toks[m].f & F_AUX) !== 0 && !toks[m].cap) m++;
    const verb = toks[m];
    // (an auxiliary before the verb, or in a headline a verb in -ed: "rejects claims Iran supplied drones")
    // (after an auxiliary, any word that may be a verb: "claims bills will rise by £400")
    // (a verb that reports only in the active: "rejects claims pilots were told to fly with faulty engines")
    const passiveCue = m > aux && PASSIVE_BE.has(toks[m - 1].lower);
    if (np && (m > aux || (ctx.headline && verb?.lower.endsWith('ed'))) && verb && verb.kind === 'word' && !verb.cap && (verb.pos === 'V' || verb.pos === undefined || (m > aux && canBeVerb(verb.lower))) && ((verb.f & F_CUE_VERB) === 0 || passiveCue) && !STATEMENT_MAKING_VERBS.has(verb.lower)) {
      const end = targetEnd(ctx, s, k);
      if (end > m) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, end), false, psrc);
    }
  }
  if (generic) {
    // ("Scientists dispute study linking phone use to memory loss": what a study or a report that links or shows says,
    // with its participle)
    if (k + 1 < s.to && LINKING_PARTICIPLES.has(toks[k].lower) && toks[k + 1].kind === 'word' && EVIDENCE_NOUNS.has(toks[k - 1].lower)) {
      const end = targetEnd(ctx, s, k + 1);
      if (end > k + 1) return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, end), false, psrc);
    }
    // "denied the allegations." / "dismissed the reports as fabricated": the target is the statement named
    return finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, objFrom, cueTo), true, psrc);
  }
  // nothing after the verb: "a charge the leaders denied", "Moscow strongly denies —", "\"...,\" he denied."
  if (nothingAfter) {
    // "Kyiv accused Moscow of shelling the plant, a charge Russia denied": the clause before the comma
    const appositive = appositiveDenial(ctx, s, i, cueFrom, cueTo, v);
    if (appositive) return appositive;
    if (v.statementNounOnly === true) return null;
    const quoted = quotedBefore(ctx, s, cueFrom);
    if (quoted) return finish(ctx, s, i, cueFrom, cueTo, v, quoted, false, psrc);
    if (v.object === 'statement' && !judged && !rangeHas(ctx, Math.max(s.from, cueFrom - 10), cueFrom, (x) => STATEMENT_NOUNS.has(x.lower) && !STATEMENT_PRONOUNS.has(x.lower))) return null;
    return finish(ctx, s, i, cueFrom, cueTo, v, null, true, psrc);
  }
  const first = toks[k];
  // "denying him a victory", "dismissing her as ..."; but "The integrity unit contradicted him.": a verb that answers what
  // someone said, with the person alone after it, denies what they said (a generic target, the nearest claim before)
  if (PERSON_PRONOUNS.has(first.lower)) return PERSON_ANSWERING_DENIALS.has(v.id) && (k + 1 >= s.to || isPunct(toks[k + 1], '.;!')) ? finish(ctx, s, i, cueFrom, k + 1, v, span(ctx, k, k + 1), true, psrc) : null;
  const end = targetEnd(ctx, s, k);
  if (end <= k) return null;
  const target = (e: number) => finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, e), e - k <= 3 && allGeneric(ctx, k, e), psrc);
  if (judged || v.object === 'any') return target(end);
  // "dismissed the video as fake": a thing called false
  const np = npStartingAt(ctx, k, s.to);
  if (np && toks[np.to]?.lower === 'as' && isFalsityAt(ctx, np.to + 1)) return target(np.to);
  // ("The study does not show the test can detect cancer early": a clause without "that")
  if (v.bareClause === true && clauseAt(ctx, k, s.to)) return target(end);
  // (a promise denied made, of a thing or an act: "never promised free bus travel", `saidDenied`)
  if (v.id === 'deny.never-said' && PROMISE_FORMS.has(toks[i].lower)) return target(end);
  if (v.object === 'statement') return null; // "Voters rejected the mayor", "reject any proposal"
  // ("The state government denied any delay", "denied any link": "any" and a noun that closes the clause name what is denied)
  if (toks[k].lower === 'any' && end === k + 2 && toks[k + 1].kind === 'word' && !toks[k + 1].cap && (toks[k + 1].pos === 'N' || toks[k + 1].pos === undefined)) return target(end);
  // "deny": a gerund ("denied supplying weapons", "denied knowingly taking ...") or a clause ("denies Lebanon
  // captured ...", "denied it happened")
  let g = k;
  // (and "ever", "once": "denied ever speaking to any reporter")
  while (g + 1 < end && toks[g].kind === 'word' && toks[g].pos === 'R' && (toks[g].lower.endsWith('ly') || GERUND_ADVERBS.has(toks[g].lower))) g++;
  const gerund = toks[g];
  // (after an adverb the tagger may read the gerund as an adjective: "denied deliberately misleading parliament")
  // (or right after the verb, before an object that is no statement's noun: "denied misleading parliament", not "denied
  // misleading reports")
  const object = toks[g + 1];
  // (or before a noun that a word in -ing modifies: "denied breaching betting rules", "denied dodging parking fines")
  const verbal = g > k || (object !== undefined && g + 1 < end && object.kind === 'word' && !STATEMENT_NOUNS.has(object.lower) && (object.pos === 'N' || object.pos === undefined || object.cap || (object.f & F_DETERMINER) !== 0 ||
    (!object.cap && object.lower.endsWith('ing') && g + 2 < end && toks[g + 2].pos === 'N' && !STATEMENT_NOUNS.has(toks[g + 2].lower))));
  // (or a word in -ing the lexicon does not know, before an object: "denied overcharging its customers")
  // (or one the tagger reads as a noun, before a determiner, a pronoun or a name: "denied meeting the envoy", "denied
  // publishing any such interview")
  const objectNamed = object !== undefined && g + 1 < end && object.kind === 'word' && ((object.f & F_DETERMINER) !== 0 || object.cap || PERSON_PRONOUNS.has(object.lower));
  // (not a thing withheld that reads as a gerund, with nothing after it: "14,200 were denied boarding"; but "denied
  // boarding the plane")
  if (REFUSED_OBJECTS.has(gerund.lower) && g + 1 >= end) return null;
  if (gerund.kind === 'word' && (!gerund.cap || ctx.headline) && gerund.lower.endsWith('ing') && (gerund.pos === 'V' || (verbal && (gerund.pos === 'J' || (gerund.pos === 'N' && objectNamed) || (gerund.pos === undefined && gerund.lower.length > 6))))) return target(end);
  if (np && np.to < end && !toks[np.to].lower.endsWith('ing') && isFiniteVerb(ctx, np.to)) return target(end);
  if (ctx.headline && first.kind === 'word') {
    // a headline drops the "that" and the articles: "Iraq Denies Lebanon Captured Wife of ISIS Leader",
    // and names the denied story by a noun: "Doctor Denies Selfie"; but not "Denies Him a Visa"
    const after = np ? toks[np.to] : undefined;
    // nor "Court Denies Bail to Suspect" (a thing withheld from someone); "Denies Plan to Close Plant" is a claim
    const toWhom = (m: number) => toks[m].lower === 'to' && m + 1 < end && toks[m + 1].kind === 'word' && !canBeVerb(toks[m + 1].lower);
    if (np && rangeHas(ctx, np.from, np.to, (x) => REFUSED_OBJECTS.has(x.lower))) return null;
    // (a noun alone names the story, what the article goes on to report: "Minsk denies buildup", "Doctor Denies Selfie")
    const story = end === k + 1 && !first.cap && (first.pos === 'N' || first.pos === undefined);
    if (!(after && after.kind === 'word' && ((after.f & F_DETERMINER) !== 0 || PERSON_PRONOUNS.has(after.lower))) && !rangeHas(ctx, k, end, (_, m) => toWhom(m))) return story ? finish(ctx, s, i, cueFrom, cueTo, v, span(ctx, k, end), true, psrc) : target(end);
  }
  return null;
}

/** The last reporting verb outside quotation marks before token `end` in sentence s ("said" of "said X, a claim ..."), or -1. */
function lastCueBefore(ctx: BlockContext, s: Sentence, end: number): number {
  const toks = ctx.toks;
  // (not a name's word, "the State Department", but a headline's title case: "Minister Says ...")
  for (let m = end - 1; m >= s.from; m--) if (toks[m].quote < 0 && (toks[m].f & F_CUE_VERB) !== 0 && !(toks[m].cap && m > s.from && !ctx.headline)) return m;
  return -1;
}

/** Whether a denial's source is a negative pronoun, "nobody", "no one", "none" or "no-one". */
function negativeSource(ctx: BlockContext, source: R | null): boolean {
  if (source === null) return false;
  const text = ctx.text.slice(source[0], source[1]).toLowerCase();
  return NEGATIVE_SUBJECTS.has(text);
}

/** The length of the first of `phrases` whose words follow at token i, or 0. */
function phraseAt(ctx: BlockContext, i: number, phrases: readonly (readonly string[])[]): number {
  for (const p of phrases) if (p.every((w, j) => ctx.toks[i + j]?.lower === w)) return p.length;
  return 0;
}

/**
 * Whether a subject can be someone reported dead: its head (the last word before a preposition or the end) a name, a
 * pronoun, or a noun without an abstract noun's ending (`ABSTRACT_NOUN_END`: "relationship", "tradition", "movement").
 */
function aliveSubject(ctx: BlockContext, subj: TokRange): boolean {
  const toks = ctx.toks;
  let head = subj.to - 1;
  for (let m = subj.from + 1; m < subj.to; m++) {
    if (toks[m].pos === 'I' && !toks[m].cap) {
      head = m - 1;
      break;
    }
  }
  const t = toks[head];
  return t.kind === 'word' && (t.cap || isPronoun(t) || !ABSTRACT_NOUN_END.test(t.lower));
}

/** Endings of abstract nouns, which nobody reports dead: "the relationship is alive and well". */
const ABSTRACT_NOUN_END = /(?:ship|tion|sion|ment|ness|ity|ism|ence|ance|hood|dom)s?$/;

/** Prepositions after "doubts have been cast" or "raised": "over", "on", "about". */
const DOUBT_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'on', 'about']);

/** Verbs of evidence coming to light after "no evidence" ("has emerged", "was found", "exists"). */
const EVIDENCE_EMERGING_VERBS: ReadonlySet<string> = new Set(['emerged', 'found', 'presented', 'produced', 'offered', 'provided', 'surfaced', 'shown', 'given', 'exists', 'emerges', 'existed']);

/** What many hold true, which "contrary to" denies: "Contrary to popular belief, bats are not blind". */
const HELD_BELIEFS: ReadonlySet<string> = new Set(['belief', 'beliefs', 'myth', 'myths', 'perception', 'perceptions', 'wisdom', 'assumption', 'assumptions']);

/** Forms of "turn" before "out to be": "turned out to be false". */
const TURN_FORMS: ReadonlySet<string> = new Set(['turn', 'turns', 'turned', 'turning']);

/** The most tokens back from an appositive denial's cue to its comma (`appositiveDenial`). */
const APPOSITIVE_REACH = 16;

/** Words before a "whether" that asks what an appositive denial denies: "questions about whether", "doubts over whether". */
const QUESTION_BEFORE_WHETHER: ReadonlySet<string> = new Set(['about', 'over', 'on', 'as', 'questions', 'doubts', 'question', 'doubt', 'asked', 'asking', 'wondered', 'speculation', 'concerns']);

/**
 * The denial verb at i closing an appositive or a sentence relative (`appositiveDenialAfter`): its source is
 * the noun phrase before the verb, its target the clause before the comma, from past the last reporting
 * verb in it ("Western officials say | Iran supplied drones") or, when that verb ends the clause
 * ("\"Iran sent drones,\" officials said, a claim ..."), the words before the comma that precedes the verb.
 */
function appositiveDenial(ctx: BlockContext, s: Sentence, i: number, cueFrom: number, cueTo: number, v: { strength: number }, naming = false, saying = false): Found | null {
  const toks = ctx.toks;
  let comma = -1;
  for (let m = cueFrom - 1; m > s.from && m >= cueFrom - APPOSITIVE_REACH; m--) {
    if ((isPunct(toks[m], ',') && toks[m].quote < 0) || quoteAfterComma(ctx, m)) {
      comma = m;
      break;
    }
  }
  if (comma < 0) return null;
  const app = appositiveDenialAfter(ctx, s, comma, naming, saying);
  if (!app || app.verb !== i) return null;
  let from = s.from;
  let to = comma;
  const cue = lastCueBefore(ctx, s, comma);
  // (a report's frame that ends the clause past when it was said: "X, investigators said on Thursday, an account ...")
  if (cue >= 0 && cue + 1 < comma && onlyTimeBetween(ctx, cue + 1, comma)) {
    let c = cue - 1;
    while (c > s.from && !(isPunct(toks[c], ',') || toks[c].kind === 'quote')) c--;
    to = c;
  } else if (cue >= 0 && cue + 1 < comma) {
    from = cue + 1;
    // (past where and when it was said, to its "that": "said on Monday that X, a figure the ministry described as ...")
    for (let m = from; m < comma - 1 && m - from <= 5; m++) {
      if (toks[m].lower === 'that') {
        from = m + 1;
        break;
      }
      if (isFiniteVerb(ctx, m) || toks[m].kind !== 'word' && toks[m].kind !== 'number') break;
    }
  } else if (cue >= 0) {
    // the reporting verb ends the clause: what it reports stands before the comma ahead of its source
    let c = cue - 1;
    while (c > s.from && !(isPunct(toks[c], ',') || toks[c].kind === 'quote')) c--;
    to = c;
  } else {
    // ("The emails raised questions about whether the charity rewarded donors, a charge the senator has denied": what
    // the question asks)
    for (let m = comma - 2; m > s.from; m--) {
      if (toks[m].lower === 'whether' && QUESTION_BEFORE_WHETHER.has(toks[m - 1].lower)) {
        from = m + 1;
        break;
      }
    }
  }
  while (from < to && (toks[from].kind === 'punct' || toks[from].kind === 'quote')) from++;
  // (but the closing mark of a quotation that opens inside: 'the closure was "politically motivated", which the council
  // denied')
  while (to > from && (toks[to - 1].kind === 'punct' || (toks[to - 1].kind === 'quote' && !closesQuotationFrom(ctx, to - 1, from + 1)))) to--;
  if (to <= from) return null;
  const source: SourceFound = { range: app.source, type: sourceType(ctx, app.source) };
  return {
    cueFrom,
    cueTo,
    denial: { rule: naming ? 'deny.called' : 'deny.verb', cue: span(ctx, cueFrom, cueTo), source: span(ctx, app.source.from, app.source.to), sourceType: source.type, target: span(ctx, from, to), genericTarget: false, score: v.strength },
  };
}

/** Whether the sentence's last token, past closing quotation marks, is a question mark. */
function endsWithQuestionMark(ctx: BlockContext, s: Sentence): boolean {
  let k = s.to - 1;
  while (k > s.from && ctx.toks[k].kind === 'quote') k--;
  return isPunct(ctx.toks[k], '?');
}

/** The strength of a judgement that closes an appositive (`falsity`'s gapped case), as of `deny.called`. */
const APPOSITIVE_JUDGEMENT = { strength: 0.8 };

/** `"We never sold it," the ministry denied.`: the quotation right before the source of a denial verb at the end. */
function quotedBefore(ctx: BlockContext, s: Sentence, cueFrom: number): R | null {
  const toks = ctx.toks;
  const src = preposedSource(ctx, s, cueFrom);
  if (!src) return null;
  let q = src.range.from - 1;
  if (isPunct(toks[q], ',') && toks[q].quote < 0) q--;
  const t = toks[q];
  if (!t || t.kind !== 'quote' || t.quote < 0 || ctx.quotes[t.quote].lastTok !== q) return null;
  const quote = ctx.quotes[t.quote];
  const a = quote.firstTok + 1;
  let b = quote.lastTok;
  while (b > a && isPunct(toks[b - 1], ',.')) b--;
  if (b <= a || a < s.from) return null;
  return span(ctx, a, b);
}

/**
 * Where a judgement after "as" at token k ends ("dismissed as \"pure propaganda\" claims that X", "were dismissed as
 * untrue by the council"): past its quotation marks and intensifiers, the token after the falsity phrase; else -1.
 */
function judgementAfterAs(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  let m = k + 1;
  if (toks[m]?.kind === 'quote' && isOpeningQuote(ctx, m)) m++;
  while (m < s.to && FALSITY_INTENSIFIERS.has(toks[m].lower) && !falsityAt(ctx, m)) m++;
  const f = m < s.to ? falsityAt(ctx, m) : null;
  if (f === null) return -1;
  const end = m + f.len;
  // (and the quotation's closing mark: 'dismissed as "pure propaganda" claims that')
  return toks[end]?.kind === 'quote' && !isOpeningQuote(ctx, end) ? end + 1 : end;
}

/**
 * What a relative clause between the commas at `open` and `close` says its noun claimed or found (", which claimed that
 * tea cut the risk of dementia,"): the clause after the verb of saying and its "that", as token indices [from, to); else null.
 */
function relativeClaimIn(ctx: BlockContext, open: number, close: number): [number, number] | null {
  const toks = ctx.toks;
  if (!RELATIVE_PRONOUNS.has(toks[open + 1]?.lower ?? '') || open + 3 >= close) return null;
  const rv = toks[open + 2];
  if (rv.kind !== 'word' || rv.cap || (rv.f & F_CUE_VERB) === 0 || cueVerbForm(rv.lower)?.participle !== false) return null;
  const c = toks[open + 3].lower === 'that' ? open + 4 : open + 3;
  return c < close && clauseAt(ctx, c, close) ? [c, close] : null;
}

/**
 * "The allegations were denied by the ministry", "an allegation rejected by the inquiry": a denial of a statement named
 * before. `i` is the verb's last token (with the words of its phrase: "cannot be backed | up").
 */
function passiveDenial(ctx: BlockContext, s: Sentence, i: number, cueFrom: number, v: DenialVerb): Found | null {
  const toks = ctx.toks;
  let head = -1;
  // (past a relative clause between commas on the subject: "The claim, which appeared on its homepage for a year, was
  // challenged")
  const aside = cueFrom - 1 > s.from && isPunct(toks[cueFrom - 1], ',') ? relativeAsideStart(ctx, s, cueFrom - 1) : -1;
  const last = aside > s.from ? aside - 1 : cueFrom - 1;
  const relative = aside > s.from ? relativeClaimIn(ctx, aside, cueFrom - 1) : null;
  // (first a statement's noun whose "that" clause runs up to the cue, right after it or past who made it: "A start-up's
  // claim that its new phone battery can be charged in five minutes has been questioned", "A claim by DataNest that its
  // data centres are carbon neutral has been questioned"; not a noun inside the clause, "data")
  let thatAt = -1;
  for (let m = cueFrom - 3; aside < 0 && head < 0 && m >= s.from && m >= cueFrom - PASSIVE_CLAUSE_REACH; m--) {
    if (isPunct(toks[m], ';:') && toks[m].quote < 0) break;
    if (!STATEMENT_NOUNS.has(toks[m].lower) || STATEMENT_PRONOUNS.has(toks[m].lower)) continue;
    // (or past a reporting participle on the noun: "A widely reported study claiming that X has been criticised")
    const reporting = toks[m + 1]?.kind === 'word' && toks[m + 1].lower.endsWith('ing') && (toks[m + 1].f & F_CUE_VERB) !== 0 && toks[m + 2]?.lower === 'that';
    const t = reporting ? m + 2 : clauseThatAfter(ctx, m, cueFrom);
    if (t > 0 && mainPredicateAfterClause(ctx, t + 1, s.to) === cueFrom) {
      head = m;
      thatAt = t;
    }
  }
  for (let m = last; head < 0 && m >= s.from && m >= last - 9; m--) {
    if (isPunct(toks[m], ',;:') && toks[m].quote < 0) break;
    if (STATEMENT_NOUNS.has(toks[m].lower) && !STATEMENT_PRONOUNS.has(toks[m].lower)) {
      head = m;
      break;
    }
    // (not past a report's verb in the present, whose clause the passive is in: "The authority's figures show | 1,240
    // services were withdrawn")
    if (m < last && toks[m].kind === 'word' && !toks[m].cap && (toks[m].f & F_CUE_VERB) !== 0 && !PARTICIPLE_END.test(toks[m].lower) && m > s.from && (toks[m - 1].f & F_DETERMINER) === 0 && !isApostropheS(toks[m - 1])) break;
  }
  // (not the object of a relative clause on the subject: "Officials who made the usual statements were criticized")
  if (head >= 0 && rangeHas(ctx, Math.max(s.from, head - 10), head, (x) => x.lower === 'who' || x.lower === 'whom')) return null;
  if (head < 0) head = demonstrativeSubject(ctx, s, i, cueFrom, v);
  // (or any noun whose relative clause says what it claimed: "A previous study by the team, which claimed that X, was retracted")
  if (head < 0 && relative !== null && toks[last].kind === 'word' && toks[last].pos === 'N') head = last;
  if (head < 0) return null; // "She was denied the chance", "the requests were denied"
  // ("suggestions that troops should be withdrawn from Asia": the verb is in what is suggested; but "Reports that the
  // minister had resigned were denied": the clause has a verb of its own, and the denial is the main predicate)
  if (thatAt < 0 && toks[head + 1]?.lower === 'that' && head + 1 < cueFrom) thatAt = head + 1;
  const clause = thatAt > 0;
  if (clause && mainPredicateAfterClause(ctx, thatAt + 1, s.to) !== cueFrom) return null;
  const next = toks[i + 1];
  // (a preposition may follow: "were denied in court", "debunked in every state")
  if (next && next.kind === 'word' && next.lower !== 'by' && !TARGET_STOP_WORDS.has(next.lower) && next.pos !== 'I') return null;
  let from = head;
  // (with its modifiers, nouns among them: "Official crowd count disputed", "Mayor's stadium figures challenged")
  while (from - 1 >= s.from && toks[from - 1].kind === 'word' && ((toks[from - 1].f & F_DETERMINER) !== 0 || toks[from - 1].pos === 'J' || ((toks[from - 1].pos === 'N' || (toks[from - 1].pos === undefined && !toks[from - 1].cap)) && head - from < 3 && !isApostropheS(toks[from - 1])))) from--;
  // (with its owner: "The company's figure was disputed", "Ardent's account was contradicted")
  const owner = possessorFrom(ctx, from - 1, s.from);
  if (owner >= 0) from = owner;
  const subjectFrom = from;
  let to = head + 1;
  // (and what it is about: "Ardent's account of the consultation was contradicted")
  if (toks[head + 1]?.lower === 'of' && head + 2 < cueFrom && rangeHas(ctx, head + 1, cueFrom, (x) => x.kind === 'word') && !rangeHas(ctx, head + 1, cueFrom, (x) => x.kind !== 'word' || x.pos === 'V' || (x.f & F_AUX) !== 0)) to = cueFrom;
  let generic = true;
  // (the clause: what the reports say)
  if (clause) {
    from = thatAt + 1;
    to = cueFrom;
    generic = false;
    // ("A study that found teenagers sleep an hour less has been criticised": a relative "that" before a verb of finding
    // or saying, whose clause is what is disputed)
    const rv = toks[thatAt + 1];
    if (rv.kind === 'word' && !rv.cap && rv.pos === 'V' && (rv.f & F_CUE_VERB) !== 0 && thatAt + 2 < cueFrom) from = toks[thatAt + 2].lower === 'that' ? thatAt + 3 : thatAt + 2;
  }
  // ("A previous study, which claimed that tea cut the risk of dementia, was retracted": what the relative clause between
  // commas says the subject claimed or found)
  if (relative !== null) {
    from = relative[0];
    to = relative[1];
    generic = false;
  }
  // "claims of mass ballot fraud have been debunked": what is alleged, up to its verb
  if (ALLEGATION_OF.has(toks[head].lower) && toks[head + 1]?.lower === 'of') {
    let e = head + 2;
    // (past a possessive's "'s": "Rumors of ISIS leader's death debunked")
    while (e < cueFrom && toks[e].kind === 'word' && (((toks[e].f & F_AUX) === 0 && toks[e].pos !== 'V') || (isApostropheS(toks[e]) && e + 1 < cueFrom && toks[e + 1].kind === 'word'))) e++;
    if (e > head + 2) {
      from = head + 2;
      to = e;
      generic = false;
    }
  }
  let source: SourceFound | null = null;
  // ("The reports were dismissed as untrue by the council": past the judgement, its "by")
  const asEnd = next?.lower === 'as' ? judgementAfterAs(ctx, s, i + 1) : -1;
  const by = asEnd > 0 ? asEnd : i + 1;
  // (or "from" after a verb whose subject is judged: "drew criticism from economists")
  if (toks[by]?.lower === 'by' || (v.subjectJudged === true && toks[by]?.lower === 'from')) {
    // (with the name after a role: "rejected by the board's former chair, Alan Reid, who said ...")
    // (not where it was said: "was challenged by Anna Berg in Monday's debate")
    const found = npStartingAt(ctx, by + 1, s.to);
    const np = found ? withAppositiveName(ctx, s, beforeSetting(ctx, found)) : null;
    if (np) source = { range: np, type: sourceType(ctx, np) };
    // ("Chote said the claim was \"not supported by the official statistics\"": evidence as the agent, inside someone's
    // report, is what they weigh it by; they deny)
    // (a report before the subject: not the subject's own noun, "The mayor's claim that X is not supported by police data")
    if (np && EVIDENCE_NOUNS.has(toks[np.to - 1].lower)) source = reporterBefore(ctx, s, subjectFrom) ?? source;
  }
  return {
    cueFrom,
    cueTo: i + 1,
    denial: {
      rule: 'deny.verb',
      cue: span(ctx, cueFrom, i + 1),
      source: source ? span(ctx, source.range.from, source.range.to) : null,
      sourceType: source?.type ?? null,
      target: span(ctx, from, to),
      genericTarget: generic,
      score: v.strength,
    },
  };
}

/**
 * The comma that opens a relative clause closed by the comma at token `close` (", which appeared on its homepage for a
 * year,"): its index, else -1.
 */
function relativeAsideStart(ctx: BlockContext, s: Sentence, close: number): number {
  const toks = ctx.toks;
  for (let m = close - 1; m - 1 > s.from && close - m <= RELATIVE_ASIDE_REACH; m--) {
    if (toks[m].kind === 'punct' && toks[m].quote < 0 && !isPunct(toks[m], '%$£€')) return -1;
    if ((toks[m].lower === 'which' || toks[m].lower === 'who') && isPunct(toks[m - 1], ',')) return m - 1;
  }
  return -1;
}
/** The most tokens of a relative clause between commas (`relativeAsideStart`). */
const RELATIVE_ASIDE_REACH = 20;

/** The most tokens back from a passive denial's cue to a statement's noun whose "that" clause stands between (`passiveDenial`). */
const PASSIVE_CLAUSE_REACH = 30;

/** Verbs of deciding whose infinitive acts on a thing, no statement: "voted to reject it", "decided to dismiss it". */
const DECIDING_VERBS: ReadonlySet<string> = new Set(['voted', 'vote', 'votes', 'decided', 'decide', 'decides', 'agreed', 'chose', 'opted', 'plans', 'planned', 'intends', 'intended', 'urged', 'asked']);

/** Conjunctions that may open a sentence before its subject: "But that was disputed by ...". */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'however']);

/**
 * "That was disputed by Dr Raman", "This was denied by the ministry": a demonstrative that opens the sentence as the
 * subject of a passive denial by someone named, the statement the sentence before made; its index, else -1. Only for
 * verbs whose object is always a statement ("rejected by the council" may be a plan's fate).
 */
function demonstrativeSubject(ctx: BlockContext, s: Sentence, i: number, cueFrom: number, v: DenialVerb): number {
  const toks = ctx.toks;
  if (toks[i + 1]?.lower !== 'by' || v.modelCue || v.id === 'deny.withdraw' || v.id === 'deny.discredit') return -1;
  let m = s.from;
  if (OPENING_CONJUNCTIONS.has(toks[m].lower)) m += isPunct(toks[m + 1], ',') ? 2 : 1;
  return m + 1 === cueFrom && (toks[m].lower === 'that' || toks[m].lower === 'this') ? m : -1;
}

/**
 * The noun phrase that opens the sentence as its subject, past an appositive or a relative clause between commas,
 * when its finite verb comes before token `before` ("The man, whom police did not name, appeared ..."); else null.
 */
function sentenceSubject(ctx: BlockContext, s: Sentence, before: number): SourceFound | null {
  const toks = ctx.toks;
  const np = npStartingAt(ctx, s.from, before);
  if (!np) return null;
  let k = np.to;
  if (isPunct(toks[k], ',')) {
    let m = k + 1;
    while (m < before && m - k <= 12 && !isPunct(toks[m], ',')) m++;
    if (!isPunct(toks[m], ',')) return null;
    k = m + 1;
  }
  while (k < before && toks[k].kind === 'word' && isAdverbWord(toks[k].lower)) k++;
  return k < before && isFiniteVerb(ctx, k) ? { range: np, type: sourceType(ctx, np) } : null;
}

function allGeneric(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  // ("Any suggestion to the contrary is untrue", "claims otherwise": a statement against what was said names nothing more)
  let end = to;
  if (end - from >= 2 && toks[end - 1].lower === 'otherwise') end--;
  else if (end - from >= 4 && toks[end - 3].lower === 'to' && toks[end - 2].lower === 'the' && toks[end - 1].lower === 'contrary') end -= 3;
  for (let k = from; k < end; k++) if (!GENERIC_TARGET_WORDS.has(toks[k].lower)) return false;
  return true;
}

/**
 * Whether a statement's noun stands within five words before token k, the word after it a participle and no verb of
 * its own between ("Claims circulating on WhatsApp | that", "reports shared online | that").
 */
function statementBeforeParticiple(ctx: BlockContext, from: number, k: number): boolean {
  const toks = ctx.toks;
  for (let n = k - 2; n >= from && k - n <= 6; n--) {
    if (toks[n].kind !== 'word') return false;
    const p = toks[n + 1];
    if (STATEMENT_NOUNS.has(toks[n].lower) && !STATEMENT_PRONOUNS.has(toks[n].lower)) return p.kind === 'word' && !p.cap && (p.lower.endsWith('ing') || p.lower.endsWith('ed')) && !rangeHas(ctx, n + 2, k, (x) => isFiniteVerb(ctx, x.i));
  }
  return false;
}

/** Whether a relative "who" or "which" after a comma opens the clause of the words before token k (within eight tokens). */
function relativeOpensBefore(ctx: BlockContext, s: Sentence, k: number): boolean {
  const toks = ctx.toks;
  for (let m = k - 1; m > s.from && k - m <= 8; m--) if ((toks[m].lower === 'who' || toks[m].lower === 'which') && isPunct(toks[m - 1], ',')) return true;
  return false;
}

/**
 * The phrase of a statement's or a figure's noun that a finite verb's object opens, ending right before token `to` or
 * before a preposition's phrase that does, within [from, to): "The minister made | a claim |", "made | claims | during
 * Tuesday's debate"; else null.
 */
function objectStatementBefore(ctx: BlockContext, from: number, to: number): TokRange | null {
  const toks = ctx.toks;
  for (let m = to - 1; m > from && to - m <= OBJECT_STATEMENT_REACH; m--) {
    const t = toks[m];
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    // (the noun last, or a preposition after it: not "the claim's author"; past another's, "figures | from a 2019 report")
    if ((!STATEMENT_NOUNS.has(t.lower) && !FIGURE_NOUNS.has(t.lower)) || (m + 1 < to && toks[m + 1].pos !== 'I')) continue;
    const np = npEndingAt(ctx, m, from);
    if (np !== null && np.from > from && isFiniteVerb(ctx, np.from - 1)) return np;
  }
  return null;
}
/** How many tokens before a relative pronoun `objectStatementBefore` looks for the statement's noun. */
const OBJECT_STATEMENT_REACH = 8;

/**
 * The noun phrase a relative "which" or "that" right before token k stands for, after a comma, a dash or a
 * parenthesis: "The report, | which the embassy dismissed"; else null.
 */
function relativeAntecedent(ctx: BlockContext, s: Sentence, k: number): TokRange | null {
  const toks = ctx.toks;
  const rel = toks[k - 1];
  const mark = toks[k - 2];
  if (rel === undefined || mark === undefined || k - 3 < s.from || (rel.lower !== 'which' && rel.lower !== 'that') || !isPunct(mark, ',—–(')) return null;
  const np = npEndingAt(ctx, k - 3, s.from);
  return np && (STATEMENT_NOUNS.has(toks[np.to - 1].lower) || MEDIA_NOUNS.has(toks[np.to - 1].lower)) ? np : null;
}

function finish(ctx: BlockContext, s: Sentence, verbIdx: number, cueFrom: number, cueTo: number, v: { id: string; strength: number }, target: R | null, generic: boolean, psrc: Map<number, SourceFound | null>): Found {
  const toks = ctx.toks;
  const verb = toks[verbIdx];
  let source: SourceFound | null = null;
  const before = toks[cueFrom - 1];
  if (verb.lower.endsWith('ing') && before && (isPunct(before, ',') || before.lower === 'and' || before.lower === 'by' || before.lower === 'while')) {
    source = participleSource(ctx, s, cueFrom, psrc);
    psrc.set(verbIdx, source);
  } else {
    // (past a quotation's opening mark the cue opens: 'her client "strongly denies any wrongdoing"')
    const quoted = before !== undefined && before.kind === 'quote' && cueFrom - 1 > s.from && isOpeningQuote(ctx, cueFrom - 1);
    // (a noun's, not a pronoun's, whose report's source speaks for it: 'Norvik said it "strongly disagrees"')
    const subject = quoted ? preposedSource(ctx, s, cueFrom - 1) : null;
    source = (subject !== null && !(subject.range.to - subject.range.from === 1 && isPronoun(toks[subject.range.from])) ? subject : null) ?? preposedSource(ctx, s, cueFrom) ?? parenthesisedSource(ctx, s, cueFrom);
    // a finite verb coordinated with a report, with no subject of its own: "Hale wrote that ... but denied any wrongdoing"
    // (the sentence's subject first: not the subject inside what the report says, "Her office said she would write to
    // the Speaker, but denied she had misled anyone")
    if (!source && before !== undefined && before.lower === 'but' && cueFrom - 1 > s.from) source = sentenceSubject(ctx, s, cueFrom) ?? participleSource(ctx, s, cueFrom, psrc);
    // ("The man, whom police did not name, appeared in court and denied the charge": the sentence's subject)
    if (!source && before !== undefined && before.lower === 'and' && cueFrom - 1 > s.from) source = sentenceSubject(ctx, s, cueFrom);
    // ("The minister, who denies wrongdoing, resigned": whom the relative "who" stands for; "Oakridge Homes, which has
    // denied any wrongdoing, said": what "which" does, a body's)
    if (!source && (before?.lower === 'who' || before?.lower === 'which') && cueFrom - 2 > s.from && isPunct(toks[cueFrom - 2], ',')) {
      let np = npEndingAt(ctx, cueFrom - 3, s.from);
      // (a body after "of" for "which": "members of the Saudi government, which has denied X" is the government's)
      const of = np && before.lower === 'which' ? lastOfBetween(ctx, np.from + 1, np.to - 1) : -1;
      if (np && of >= 0) np = { from: of + 1, to: np.to };
      if (np) source = { range: np, type: sourceType(ctx, np) };
    }
    // ("McAuliffe tried to walk back his comments", "The ministry sought to dismiss the reports": the subject of the try)
    if (!source && before?.lower === 'to' && cueFrom - 2 >= s.from && TRYING_VERBS.has(toks[cueFrom - 2].lower)) source = preposedSource(ctx, s, cueFrom - 2);
    // ("Professor Helen Ward said the study could not show X", "Ward said the data do not support the claim": evidence
    // the subject of what someone reports; who reports it denies)
    if (source !== null && EVIDENCE_NOUNS.has(toks[source.range.to - 1].lower) && reportOpensAt(ctx, s, source.range.from)) {
      // (or none, the report's source being one the rules read later: "Ward, of the University of Bristol, said")
      source = preposedSource(ctx, s, toks[source.range.from - 1].lower === 'that' ? source.range.from - 2 : source.range.from - 1);
    }
    if (source) psrc.set(verbIdx, source);
  }
  // ("The report, which the embassy has dismissed as propaganda, cites ...", "The claims — which the company denies —
  // were first published": what the relative pronoun stands for, the noun phrase before its comma or dash)
  if (target === null && source !== null) {
    const antecedent = relativeAntecedent(ctx, s, source.range.from);
    if (antecedent !== null) {
      target = span(ctx, antecedent.from, antecedent.to);
      generic = allGeneric(ctx, antecedent.from, antecedent.to) || possessedStatement(ctx, antecedent.from, antecedent.to);
    }
  }
  let claimedBy: R | undefined;
  if (target !== null && !generic) {
    const from = tokenAtOrAfter(ctx, target[0]);
    const to = tokenAtOrAfter(ctx, target[1]);
    // ("denied receiving any such warning": a gerund and a statement named again, "such", points back as "no such" does)
    if (from + 2 < to && toks[from].lower.endsWith('ing') && !toks[from].cap && suchNamed(ctx, from + 1, to)) generic = true;
    // ("denied that the error was caused by staff shortages, as claimed by the Unison union": who claimed it, no part of it)
    for (let k = from + 1; !generic && k + 3 < to; k++) {
      if (!isPunct(toks[k], ',') || toks[k + 1].lower !== 'as' || !CLAIMED_AS.has(toks[k + 2].lower) || toks[k + 3].lower !== 'by' || k + 4 >= to) continue;
      claimedBy = span(ctx, k + 4, to);
      target = span(ctx, from, k);
      break;
    }
  }
  const found: Found = {
    cueFrom,
    cueTo,
    denial: {
      rule: v.id.startsWith('deny.') ? 'deny.verb' : v.id,
      cue: span(ctx, cueFrom, cueTo),
      source: source ? span(ctx, source.range.from, source.range.to) : null,
      sourceType: source?.type ?? null,
      target,
      genericTarget: generic,
      score: v.strength,
    },
  };
  if (claimedBy) found.denial.claimedBy = claimedBy;
  return found;
}
/** Participles of saying in ", as claimed by X" after what a denial denies. */
const CLAIMED_AS: ReadonlySet<string> = new Set(['claimed', 'alleged', 'suggested', 'reported', 'stated', 'asserted']);

/**
 * The end (exclusive) of a short quotation of a few words that holds the end of the falsity cue from..to and opens
 * inside it ('were "false and defamatory"', 'were "completely false"'), past its closing mark; else `to`.
 */
function shortQuotationEnd(ctx: BlockContext, from: number, to: number): number {
  const q = ctx.toks[to - 1]?.quote ?? -1;
  if (q < 0) return to;
  const { firstTok, lastTok } = ctx.quotes[q];
  if (firstTok < from || lastTok < to || lastTok - firstTok > SHORT_QUOTATION_TOKENS || !isClosingQuote(ctx, lastTok)) return to;
  // (up to its last word when the sentence's mark stands inside it: 'was "flatly false."')
  return isPunct(ctx.toks[lastTok - 1], '.,;:!?') ? Math.max(to, lastTok - 1) : lastTok + 1;
}
/** The most tokens, marks included, of a quoted judgement the falsity cue takes in whole. */
const SHORT_QUOTATION_TOKENS = 7;

/**
 * Whether the clause of a figure said to be off, whose subject begins at `subj`, hedges a figure its own sentence gave
 * before it: ", though" (or "although", "but"), and a number before the comma; with a belief between ("it believes",
 * "officials fear"), whoever gave the figure, else only where no one is reported to give it.
 */
function hedgesOwnFigure(ctx: BlockContext, s: Sentence, subj: number): boolean {
  const toks = ctx.toks;
  let k = subj - 1;
  // (a belief's verb and its subject: "it believes", "officials fear")
  const belief = k - 1 > s.from && HEDGE_BELIEFS.has(toks[k].lower) && toks[k - 1].kind === 'word';
  if (belief) k -= 2;
  if (k - 1 <= s.from || !HEDGE_CONJUNCTIONS.has(toks[k].lower) || !isPunct(toks[k - 1], ',')) return false;
  // (without a belief, only the article's own figure: "Officials said 31 people were killed, but the real toll was far
  // higher" is the article's denial of the officials')
  return rangeHas(ctx, s.from, k - 1, (t) => t.kind === 'number') && (belief || !rangeHas(ctx, s.from, k - 1, (t) => (t.f & F_CUE_VERB) !== 0 && !t.cap));
}
const HEDGE_CONJUNCTIONS: ReadonlySet<string> = new Set(['though', 'although', 'but']);
const HEDGE_BELIEFS: ReadonlySet<string> = new Set(['believes', 'believe', 'fears', 'fear', 'suspects', 'suspect', 'thinks', 'think', 'warns', 'warn', 'cautions', 'caution', 'acknowledges', 'acknowledge']);

/** Where a denied proposition that starts at token k ends (exclusive token index). */
function targetEnd(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  let e = k;
  // (a target that opens with a quotation goes on past it: 'rejected the claim of "massive" voter fraud')
  const inQuote = toks[k] === undefined || toks[k].quote < 0 || ctx.quotes[toks[k].quote].firstTok === k ? -1 : toks[k].quote;
  while (e < s.to) {
    const t = toks[e];
    // a target inside a quotation ends with it: "\"There is no evidence that X,\" Lopez said."
    if (inQuote >= 0 && t.quote !== inQuote) break;
    if (inQuote >= 0 && t.kind === 'quote' && ctx.quotes[inQuote].lastTok === e) break;
    // (and at a colon: "It is not true that every company saw revenue rise: several saw it fall" explains the denial)
    // (not a full stop the sentence goes on past, an abbreviation's: "polls showing Mrs. Clinton leading")
    if (t.quote < 0 && ((isPunct(t, '.') && !(e + 1 < s.to && toks[e + 1].kind === 'word')) || isPunct(t, ';?!') || (isPunct(t, ':') && e > k))) break;
    // (outside quotation marks, or inside the quotation the target is in: '"There is no evidence of fraud, and the
    // candidate has not presented any," she said')
    if (t.quote === inQuote && isPunct(t, ',') && e + 1 < s.to) {
      const nx = toks[e + 1];
      if (nx.kind === 'word' && (opensClauseAfterTarget(nx.lower) || nx.lower === 'and' || nx.lower === 'but' || nx.lower === 'according' || COMMA_PARTICIPLE_STOPS.has(nx.lower))) break;
      if (attributionTailAt(ctx, e + 1, s.to)) break;
      // ("Minister denies leaked memo on cuts, insists grant is protected": a headline's next verb, with the same subject)
      if (ctx.headline && nx.kind === 'word' && !nx.cap && (nx.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0 && isFiniteVerb(ctx, e + 1)) break;
      // ("rejected suggestions that it would shut 61 offices, a figure first published by the union": an appositive on
      // the proposition, no part of it)
      if ((nx.lower === 'a' || nx.lower === 'the') && e + 2 < s.to && (FIGURE_NOUNS.has(toks[e + 2].lower) || ALLEGATION_NOUNS.has(toks[e + 2].lower))) break;
      // ("The minister, who denies wrongdoing, resigned": the main clause's verb after a relative clause's comma)
      if (nx.kind === 'word' && !nx.cap && nx.pos === 'V' && !nx.lower.endsWith('ing') && isFiniteVerb(ctx, e + 1) && relativeOpensBefore(ctx, s, k)) break;
      // ("denied rumours that she is retiring, after a cryptic post sparked speculation": what led to them, no part of it)
      if ((nx.lower === 'after' || nx.lower === 'before') && e + 2 < s.to) {
        const np = npPastPossessive(ctx, e + 2, s.to);
        if (np && np.to < s.to && isFiniteVerb(ctx, np.to)) break;
      }
      // ("denied reports of a rift, a day after leaving him on the bench": when the denial came, no part of what it denies)
      if (e + 3 < s.to && TIME_AFTER_FIRST.has(nx.lower) && TIME_AFTER.test(ctx.text.slice(nx.start, toks[Math.min(e + 3, s.to - 1)].end))) break;
      // (", during a speech to business leaders", ", in an interview with the BBC": where it was said, no part of it)
      if (nx.lower === 'during' || (e + 3 < s.to && MEDIUM_PREPOSITIONS.has(nx.lower) && (toks[e + 2].f & F_DETERMINER) !== 0 && MEDIUM_NOUNS.has(toks[e + 3].lower))) break;
      // (", on the first day of her trial", ", at the start of the hearing": the occasion, no part of it either)
      if (e + 4 < s.to && (nx.lower === 'on' || nx.lower === 'at') && OCCASION_AFTER.test(ctx.text.slice(nx.start, toks[Math.min(e + 6, s.to - 1)].end))) break;
    }
    if (t.kind === 'word' && t.quote < 0 && e > k) {
      // ("dismissed claims of interference as \"a baseless attempt ...\"": past a quotation mark, an article, an intensifier)
      if (t.lower === 'as' && e + 1 < s.to && falsityAfterAs(ctx, e + 1, s.to)) break;
      // ("denied that it had deployed troops, as the opposition gave other figures", "denies sending troops as displacement
      // toll disputed": "as" opening a clause of its own)
      if (t.lower === 'as' && asClauseAt(ctx, e + 1, s.to)) {
        // (with its "even" or "just": "no sign the slugfest will end, even as Trump wins")
        if (toks[e - 1].lower === 'even' || toks[e - 1].lower === 'just') e--;
        break;
      }
      // ("denied overcharging its customers after the regulator said X": the report that led to the denial, no part of
      // what it denies; not "knew about the loan before he appointed the donor")
      if ((t.lower === 'after' || t.lower === 'when') && e + 2 < s.to && reportingClauseAt(ctx, e + 1, s.to)) break;
      // ("denies doping after positive test for banned steroid", "denied taking drugs after a sample she provided was found
      // to contain ...": the finding that led to the denial, no part of what it denies)
      if ((t.lower === 'after' || t.lower === 'following') && e + 1 < s.to && findingAfter(ctx, e + 1, s.to)) break;
      // ("denied reports of a rift with manager Steve Clarke after he was seen arguing": a clause of when after a target
      // with no verb of its own is what led to the reports, no part of the rift)
      if (t.lower === 'after' && e + 2 < s.to && asClauseAt(ctx, e + 1, s.to) && !rangeHas(ctx, k, e, (x) => isFiniteVerb(ctx, x.i))) break;
      if ((t.f & F_TARGET_CLAUSE_STOP) !== 0 && t.lower !== 'and') break;
      // ("denied taking any banned substance and said she would appeal": the denier's next report)
      if (t.lower === 'and' && e + 1 < s.to && (cueVerbForm(toks[e + 1].lower) !== undefined || denialVerbOf(toks[e + 1].lower) || (toks[e + 1].lower.endsWith('ing') && toks[e + 1].pos === 'V'))) break;
      if (t.lower === 'and' && e + 2 < s.to && isAdverbWord(toks[e + 1].lower) && (toks[e + 2].f & F_CUE_VERB) !== 0) break;
      // ("said there was \"no evidence whatsoever\" of fraud and that every vote had been checked": a second complement
      // of the report the denial stands in, after a target that is no "that" clause; "denied that X and that Y" denies both)
      if (t.lower === 'and' && e + 1 < s.to && toks[e + 1].lower === 'that' && toks[k - 1]?.lower !== 'that') break;
      // ("denies murder and will stand trial in March": the subject's next predicate, a modal's)
      // (whatever the tagger reads after the modal, a verb by grammar: "and would contest the charges")
      if (t.lower === 'and' && e + 2 < s.to && MODALS.has(toks[e + 1].lower) && toks[e + 2].kind === 'word' && !toks[e + 2].cap && (toks[e + 2].f & F_DETERMINER) === 0) break;
    }
    e++;
  }
  // drop a trailing comma or quote-less punctuation (and a full stop inside a quotation: '"There is no evidence of
  // widespread fraud. None," he said'; and a bracket a relative clause opens: "statements about Hillary Clinton (which
  // also ...)")
  while (e > k && toks[e - 1].kind === 'punct' && ',:.;!?('.includes(toks[e - 1].text)) e--;
  return e;
}

/**
 * Participles that, after a comma, say what the denier did next, no part of the proposition: "denied that the government
 * was preparing cuts, dismissing a leaked memo as ...", "rejected the claim, accusing the opposition of ...".
 */
const COMMA_PARTICIPLE_STOPS: ReadonlySet<string> = new Set(['dismissing', 'rejecting', 'denying', 'describing', 'branding', 'labelling', 'labeling', 'accusing', 'blaming', 'urging', 'warning', 'vowing', 'pledging', 'promising', 'attributing', 'citing', 'pointing', 'contradicting', 'refuting', 'disputing', 'echoing', 'confirming', 'challenging', 'undermining']);

/** Whether a noun phrase headed by a finding's noun (`FINDING_EVENT_NOUNS`: "positive test", "a sample", "the report") begins at token k. */
function findingAfter(ctx: BlockContext, k: number, to: number): boolean {
  const np = npStartingAt(ctx, k, to);
  return np !== null && np.to - np.from <= 4 && FINDING_EVENT_NOUNS.has(ctx.toks[np.to - 1].lower);
}

/** An occasion after a denial's target and its comma: "on the first day of her trial", "at the start of the hearing". */
const OCCASION_AFTER = /^(?:on|at)\s+the\s+(?:first|second|third|last|final|opening|eve|start|end|close)\b(?:\s+(?:day|week|session))?\s+of\b/i;

/** Verbs of making a statement, before "no such claim" (`noevidence.no-such`). */
const MAKING_VERBS: ReadonlySet<string> = new Set(['made', 'makes', 'make', 'making']);

/** Whether a noun phrase and a verb (a finite one, or a participle in a headline) begin at token k. */
function asClauseAt(ctx: BlockContext, k: number, to: number): boolean {
  const np = npStartingAt(ctx, k, to);
  // (in a headline, a name and a verb in "-s" the noun phrase took in: "as Helsinki voices alarm")
  const toks = ctx.toks;
  if (np && ctx.headline && np.to - np.from >= 2 && toks[np.from].cap && !toks[np.from + 1].cap && toks[np.from + 1].kind === 'word' && toks[np.from + 1].lower.endsWith('s') && canBeVerb(toks[np.from + 1].lower)) return true;
  if (!np || np.to >= to) return false;
  const v = skipRightAdverbs(ctx, np.to, to);
  const t = toks[v];
  return v < to && !t.cap && (isFiniteVerb(ctx, v) || (ctx.headline && t.pos === 'V' && t.lower.endsWith('ed')));
}

/** Whether a falsity phrase begins at token k or after an opening quotation mark, an article and intensifiers there. */
function falsityAfterAs(ctx: BlockContext, k: number, to: number): boolean {
  const toks = ctx.toks;
  for (let m = k; m < to && m < k + 4; m++) {
    if (isFalsityAt(ctx, m)) return true;
    const t = toks[m];
    if (!(t.kind === 'quote' || t.lower === 'a' || t.lower === 'an' || FALSITY_INTENSIFIERS.has(t.lower))) return false;
  }
  return false;
}

function isAdverbWord(lower: string): boolean {
  return lower.endsWith('ly') && lower.length > 4;
}

function falsityAt(ctx: BlockContext, i: number): { id: string; len: number } | null {
  const t = ctx.toks[i];
  if (t === undefined || (t.f & F_FALSITY_FIRST) === 0) return null;
  // (the longest phrase that matches: "fake news" before "fake")
  let best: { id: string; len: number } | null = null;
  for (const p of FALSITY_PHRASES) {
    if (best !== null && p.words.length <= best.len) continue;
    let ok = i + p.words.length <= ctx.toks.length;
    // (a contracted copula or "do" stands for a phrase's opening "not": "isn't true", "don't add up")
    for (let k = 0; ok && k < p.words.length; k++) if (ctx.toks[i + k].lower !== p.words[k] && !(k === 0 && p.words[0] === 'not' && CONTRACTED_FALSITY_VERBS.has(ctx.toks[i].lower))) ok = false;
    // ("made up of", "made up for": no falsity when a word follows)
    if (ok && p.id === 'false.made-up' && ctx.toks[i + 2]?.kind === 'word') ok = false;
    if (ok) best = { id: p.id, len: p.words.length };
  }
  return best;
}

function isFalsityAt(ctx: BlockContext, i: number): boolean {
  // (a judgement in quotation marks: 'dismissed the claims as "absurd"')
  let k = ctx.toks[i]?.kind === 'quote' && isOpeningQuote(ctx, i) ? i + 1 : i;
  while (k < ctx.toks.length && FALSITY_INTENSIFIERS.has(ctx.toks[k].lower) && !falsityAt(ctx, k)) k++;
  return k < ctx.toks.length && falsityAt(ctx, k) !== null;
}

/**
 * A figure said to be off at k (after the copula): `FIGURE_INTENSIFIERS`, then a `FIGURE_COMPARATIVES` phrase, and
 * no "than" after it but before a word of reporting ("far lower than claimed"); else null.
 */
function figureComparisonAt(ctx: BlockContext, s: Sentence, k: number): { id: string; len: number } | null {
  const toks = ctx.toks;
  let m = k;
  // (past a quotation's opening mark: 'was "a serious underestimate"')
  if (toks[m]?.kind === 'quote' && isOpeningQuote(ctx, m)) m++;
  while (m < s.to && FIGURE_INTENSIFIERS.has(toks[m].lower)) m++;
  // (most copulas are followed by no comparative: one set lookup before the phrases)
  if (m >= s.to || !FIGURE_COMPARATIVE_FIRST.has(toks[m].lower)) return null;
  const len = phraseAt(ctx, m, FIGURE_COMPARATIVE_WORDS);
  if (len === 0) return null;
  const next = toks[m + len];
  if (next?.lower === 'than' && !FIGURE_THAN_WORDS.has(toks[m + len + 1]?.lower ?? '')) return null;
  return { id: FIGURE_COMPARATIVES.find((p) => p.words.length === len && p.words[0] === toks[m].lower)!.id, len: m + len - k };
}

/** The words of `FIGURE_COMPARATIVES`, for `phraseAt`, and their first words. */
const FIGURE_COMPARATIVE_WORDS = FIGURE_COMPARATIVES.map((p) => p.words);
const FIGURE_COMPARATIVE_FIRST: ReadonlySet<string> = new Set(FIGURE_COMPARATIVES.map((p) => p.words[0]));

/**
 * Whether tokens [from, to) name a statement and how it goes round, nothing it says: determiners, a statement's, a
 * figure's or a medium's noun, then a participle ("The figure being circulated", "the claims circulating online", "the
 * video shared by the senator", "The footage circulating online").
 */
function statementWithParticiple(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  let k = from;
  while (k < to && (toks[k].f & F_DETERMINER) !== 0) k++;
  if (k + 1 >= to || !(STATEMENT_NOUNS.has(toks[k].lower) || FIGURE_NOUNS.has(toks[k].lower) || MEDIA_NOUNS.has(toks[k].lower))) return false;
  k++;
  if (toks[k].lower === 'being' && k + 1 < to) k++;
  const p = toks[k];
  return p.kind === 'word' && !p.cap && (p.lower.endsWith('ed') || p.lower.endsWith('ing')) && p.lower.length > 4;
}

/** Whether token k opens the clause a report's verb before it opens, right after it or after its "that": "said | this", "said that | this". */
function reportOpensAt(ctx: BlockContext, s: Sentence, k: number): boolean {
  const toks = ctx.toks;
  const v = toks[k - 1]?.lower === 'that' && toks[k].lower !== 'that' ? k - 2 : k - 1;
  return v >= s.from && toks[v].kind === 'word' && (toks[v].f & F_CUE_VERB) !== 0;
}

/**
 * Whether tokens [from, to) are someone's statement and nothing it says: a name (or "the" and a body's noun), its
 * possessive, adjectives and a statement's or figure's noun ("Maria's numbers", "Holt's latest claims", "the
 * commission's number"); the linker answers that one's claim.
 */
function possessedStatement(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  let k = from;
  while (k < to && k - from < 3 && toks[k].kind === 'word' && toks[k].cap) k++;
  // (or a body by its common noun: "The commission's number", "the ministry's figures", "the club's response")
  if (k === from && toks[from].lower === 'the') k++;
  // (a noun the tagger does not know too: "the chancellor's claim"; or two, a compound's: "the water company's account")
  if (k === from + 1 && toks[from].lower === 'the') while (k < to && k - from < 3 && toks[k].kind === 'word' && !toks[k].cap && (toks[k].pos === 'N' || toks[k].pos === undefined)) k++;
  // (or a plural's: "the campaigners' sums")
  if (k === from || k >= to || (toks[k].lower !== "'s" && toks[k].lower !== '’s' && !isPluralPossessive(toks, k))) return false;
  k++;
  // (past adjectives, and a figure and nouns before a plan's noun: "Chancellor's £10bn savings plan")
  while (k < to - 1 && ((toks[k].kind === 'word' && !toks[k].cap && toks[k].pos === 'J') || (PLAN_NOUNS.has(toks[to - 1].lower) && (FIGURE_TOKEN.test(toks[k].text) || (toks[k].kind === 'word' && !toks[k].cap && toks[k].pos === 'N'))))) k++;
  return k === to - 1 && (STATEMENT_NOUNS.has(toks[k].lower) || FIGURE_NOUNS.has(toks[k].lower) || PLAN_NOUNS.has(toks[k].lower));
}
/** Nouns of a plan whose sums are judged, a statement of them named by its owner: "the chancellor's plan does not add up". */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'sums', 'costings', 'maths', 'math', 'budget', 'forecast', 'forecasts', 'projections']);

/**
 * Whether tokens [from, to) are a figure's noun with only `FIGURE_SUBJECT_WORDS` beside it, "the real death toll", or the
 * figure itself before it or after its "of": "The £240 figure", "the figure of £1 million".
 */
function figureSubject(ctx: BlockContext, from: number, to: number, owned = false): boolean {
  let noun = false;
  // (with `owned`, past its owner: "The council's figure", "the ministry's own estimate")
  let start = from;
  for (let k = from; owned && k < to && !FIGURE_NOUNS.has(ctx.toks[k].lower); k++) if (isApostropheS(ctx.toks[k]) && k > from) start = k + 1;
  // ("such a drop", "a drop that size": an indefinite figure is one named only by its size)
  let indefinite = false;
  let sized = false;
  for (let k = start; k < to; k++) {
    const w = ctx.toks[k].lower;
    // ("a drop that size", "a fall of that size", "a rise that steep": how big the figure before is)
    const size = noun ? sizeOfFigureAt(ctx, k, to) : k;
    if (FIGURE_NOUNS.has(w)) noun = true;
    else if (w === 'such' && !noun) sized = true;
    else if ((w === 'a' || w === 'an') && !noun && k === start + (sized ? 1 : 0)) indefinite = true;
    else if (size > k) {
      k = size - 1;
      sized = true;
    }
    // (and over what time: "a drop that size in two months")
    else if (noun && sized && FIGURE_SPAN_PREPOSITIONS.has(w) && onlyTimeSpan(ctx, k + 1, to)) break;
    // (or after it with "of": "the figure of £1 million", "the estimate of 300")
    else if (noun && w === 'of' && k + 1 < to) {
      for (let m = k + 1; m < to; m++) if (!FIGURE_TOKEN.test(ctx.toks[m].text)) return false;
      return true;
    }
    // (the figure itself too: "The £240 figure", "that 8 km estimate")
    // (and whose it is by a name's word: "the Ukrainian figures", "the Kremlin figure")
    else if (!FIGURE_SUBJECT_WORDS.has(w) && (noun || !(FIGURE_TOKEN.test(ctx.toks[k].text) || countedUnit(w) || (ctx.toks[k].kind === 'word' && ctx.toks[k].cap && k > from)))) return false;
  }
  return noun && (!indefinite || sized);
}

/** Prepositions of the time a figure's change took: "a drop that size in two months", "over a year". */
const FIGURE_SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'over', 'within']);

/** Words of how big a figure is after "that" or "of that": "a drop that size", "a rise of that scale", "a fall that steep". */
const FIGURE_SIZE_WORDS: ReadonlySet<string> = new Set(['size', 'scale', 'magnitude', 'big', 'large', 'steep', 'sharp', 'high', 'low', 'fast', 'quick', 'quickly', 'sudden']);

/**
 * The end (exclusive) of a figure's size at token k, before `to`: "that size", "that steep", "of that size", "of such
 * magnitude"; k when none opens there.
 */
function sizeOfFigureAt(ctx: BlockContext, k: number, to: number): number {
  const toks = ctx.toks;
  const m = toks[k].lower === 'of' && (toks[k + 1]?.lower === 'that' || toks[k + 1]?.lower === 'this' || toks[k + 1]?.lower === 'such') ? k + 1 : k;
  if (m + 1 >= to || (toks[m].lower !== 'that' && toks[m].lower !== 'this' && toks[m].lower !== 'such') || !FIGURE_SIZE_WORDS.has(toks[m + 1].lower)) return k;
  return m + 2;
}

/** Whether tokens [from, to) are a span of time and nothing else: "two months", "a single year", "12 weeks". */
function onlyTimeSpan(ctx: BlockContext, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to - 1; k++) {
    const t = ctx.toks[k];
    if (!(t.kind === 'number' || NUMBER_WORDS.has(t.lower) || t.lower === 'a' || t.lower === 'just' || t.lower === 'single' || t.lower === 'few')) return false;
  }
  const last = ctx.toks[to - 1].lower;
  return TIME_NOUNS.has(last) || TIME_NOUNS.has(last.replace(/s$/, '')) || last === 'days' || last === 'day' || last === 'hours';
}

/** A number joined to its unit by a hyphen: "nine-year", "10-point", "three-fold". */
function countedUnit(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash <= 0 || dash === w.length - 1) return false;
  const n = w.slice(0, dash);
  return (/^\d[\d,.]*$/.test(n) || NUMBER_WORDS.has(n)) && /^[a-z]+$/.test(w.slice(dash + 1));
}

/** A token of a figure before its noun: a number, a currency sign, a unit ("£", "240", "8km", "%"). */
const FIGURE_TOKEN = /^(?:[£$€¥%]|\d[\d,.]*(?:[a-z]{1,3}|%)?|km|per|cent|percent|million|billion|bn|m)$/;

/** Forms of "have" among `FALSITY_VERBS`, which take only a lack of ground ("has no basis in fact"). */
const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'had', 'have']);

/** Particles that complete a verb rather than open an adjunct: "ran out of", "gave up", "backed down". */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off', 'away', 'back']);

/** Subjects of a clause that follows a statement's noun without "that" ("rejects claims it supplied drones"). */
const ZERO_THAT_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/** How many words the clause of "called reports that X false" may hold. */
const MAX_CALLED_CLAUSE = 30;

/** The nouns that end a falsity phrase ("a lie", "pure propaganda"), which a participle's phrase may describe: "a lie spread by X". */
const FALSITY_NOUN_HEADS: ReadonlySet<string> = new Set(['lie', 'lies', 'fabrication', 'fabrications', 'propaganda', 'disinformation', 'misinformation', 'smear', 'hoax', 'fantasy', 'fiction', 'invention', 'nonsense', 'slander']);

/** Nouns of how many statements there were, before "of": "a series of claims", "a raft of allegations". */
const STATEMENT_QUANTITIES: ReadonlySet<string> = new Set(['series', 'string', 'raft', 'slew', 'litany', 'barrage', 'flurry', 'wave', 'host', 'number', 'couple', 'handful', 'spate', 'stream', 'torrent', 'set', 'list', 'dozens', 'hundreds', 'thousands']);

/**
 * The start of the clause that a reporting participle reports, with no "that", in the subject [from, at) of a
 * falsity: "A post (on Facebook) claiming | cameras raise £10m (is wrong)", the participle within four words of a
 * statement's or a medium's noun; -1 otherwise.
 */
function bareReportedClause(ctx: BlockContext, from: number, at: number): number {
  const toks = ctx.toks;
  for (let m = from + 1; m <= from + 5 && m + 2 < at; m++) {
    const t = toks[m];
    if (t.kind !== 'word') return -1;
    if (t.cap || (t.f & F_CUE_VERB) === 0 || !t.lower.endsWith('ing')) continue;
    if (!rangeHas(ctx, Math.max(from, m - 4), m, (x) => STATEMENT_NOUNS.has(x.lower) || MEDIA_NOUNS.has(x.lower))) return -1;
    return toks[m + 1].lower !== 'that' && clauseAt(ctx, m + 1, at) && !toldToActAt(ctx, m + 1, at) ? m + 1 : -1;
  }
  return -1;
}

/**
 * Whether tokens [from, at) name whom a warning or a plea directs to act, and the act: a noun phrase, then "to" or "not
 * to" ("messages warning | residents not to drink tap water": no clause the messages report).
 */
function toldToActAt(ctx: BlockContext, from: number, at: number): boolean {
  const np = npStartingAt(ctx, from, at);
  if (np === null) return false;
  const k = np.to < at && ctx.toks[np.to].lower === 'not' ? np.to + 1 : np.to;
  return k < at && ctx.toks[k].lower === 'to';
}

/** Verbs of saying after "To" that make a clause the subject of a falsity: "To suggest that X is wrong". */
const SAYING_SUBJECT_VERBS: ReadonlySet<string> = new Set(['suggest', 'say', 'claim', 'imply', 'argue', 'assert', 'insist', 'pretend', 'allege', 'maintain']);

/**
 * Where the clause begins, when a sentence (or its quotation) opens with "To suggest that" and runs to the copula at
 * `at` with no comma: "To suggest that we sat on this for months | is simply wrong". -1 otherwise.
 */
function saidClauseSubject(ctx: BlockContext, s: Sentence, at: number): number {
  const toks = ctx.toks;
  let a = s.from;
  if (toks[a]?.kind === 'quote') a++;
  if (toks[a]?.lower !== 'to' || !SAYING_SUBJECT_VERBS.has(toks[a + 1]?.lower ?? '') || toks[a + 2]?.lower !== 'that' || at <= a + 4) return -1;
  return rangeHas(ctx, a + 3, at, (x) => isPunct(x, ',;:')) ? -1 : a + 3;
}

/** Adverbs of time before a gerund a denial verb takes: "denied ever speaking", "denied once owning". */
const GERUND_ADVERBS: ReadonlySet<string> = new Set(['ever', 'once', 'previously', 'personally', 'knowingly']);

/** Whether tokens [from, to) say only when: "on Thursday", "last week", "earlier this month". */
function onlyTimeBetween(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (!(isDateToken(ctx, k) || DATE_PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower))) return false;
  }
  return true;
}
const TIME_WORDS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'earlier', 'later', 'yesterday', 'today', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'in', 'at']);

/** Verbs of saying before a copula and a falsity in an appositive: ", a figure the charity says is wildly inflated". */
const SAYING_BEFORE_COPULA: ReadonlySet<string> = new Set(['says', 'said', 'say', 'claims', 'insists', 'insisted', 'maintains', 'believes', 'argues']);

/** Prepositions that say whom or what a statement named by its noun is about: "the allegations against him". */
const STATEMENT_ABOUT: ReadonlySet<string> = new Set(['against', 'about', 'over', 'regarding', 'concerning', 'involving']);

/** How many tokens a participle and its agent after a judged noun may take ("circulated by campaigners"). */
const MAX_AGENT_SPAN = 6;

/** Conjunctions that join an adjective to a falsity in one judgement: "speculative and inaccurate". */
const JUDGEMENT_JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/** A lower-case adjective, or a word the lexicon does not know with an adjective's ending ("irresponsible", "baseless"). */
function adjectiveLike(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && (t.pos === 'J' || (t.pos === undefined && ADJECTIVE_END.test(t.lower)));
}
const ADJECTIVE_END = /(?:ible|able|ous|ful|ive|ical|less)$/;

/** "X is false", "The claim that X is baseless", "called the allegations baseless", "described them as lies". */
function falsity(ctx: BlockContext, s: Sentence, i: number, psrc: Map<number, SourceFound | null>): Found | null {
  const toks = ctx.toks;
  const t = toks[i];
  // (the verb a contraction holds, its "not" the falsity phrase's own: "That isn't true")
  const contracted = CONTRACTED_FALSITY_VERBS.get(t.lower);
  const verb = contracted ?? t.lower;
  if (MISREPRESENTING_VERBS.has(verb)) return misrepresentation(ctx, s, i, psrc);
  if (!FALSITY_VERBS.has(verb) || verb === 'as') return null;
  // ("I got my figures wrong", "We got it wrong": a speaker's own mistake owned; not "So Clinton got that wrong", the
  // article's judgement of another's, nor "the voters got it wrong")
  if (OWNING_VERBS.has(verb) && !(i > s.from && OWNING_SUBJECTS.has(toks[i - 1].lower))) return null;
  // ("So you're saying the cable is a fake?": a question asks, it judges nothing)
  if (endsWithQuestionMark(ctx, s)) return null;
  // ("What's true and what's false about the new tax": a question word right before the verb asks which, it judges nothing)
  if (i > s.from && toks[i - 1].lower === 'what') return null;
  if (BE_FORMS.has(verb) || verb === 'remains' || verb === 'remain') {
    const doubt = doubtAt(ctx, s, i);
    if (doubt) return doubt;
    const neither = noneTrue(ctx, s, i, psrc);
    if (neither) return neither;
  }
  // copula or verb of judgement, then optional object (for call/describe), optional "as", intensifiers, then the falsity phrase
  let k = contracted !== undefined ? i : i + 1;
  const isJudgement = contracted === undefined && (t.f & F_AUX) === 0 && !['remains', 'proved', 'proves', 'proven', 'turned', 'turns'].includes(t.lower);
  let objFrom = -1;
  let objTo = -1;
  /** Where a participle and its agent after the object's noun begin (`MAX_AGENT_SPAN`), or -1. */
  let agentFrom = -1;
  let clause: [number, number] | null = null;
  // (", a claim the union called \"plucked out of thin air\"": the verb closes an appositive, whose statement it judges)
  // (past intensifiers: "a figure the trade group called grossly exaggerated")
  let judgement = k;
  while (judgement < s.to && FALSITY_INTENSIFIERS.has(toks[judgement].lower) && !falsityAt(ctx, judgement)) judgement++;
  const gapped = isJudgement && NAMING_VERBS.has(t.lower) && (toks[k]?.kind === 'quote' || toks[k]?.lower === 'as' || falsityAt(ctx, judgement) !== null) &&
    appositiveDenial(ctx, s, i, i, i + 1, APPOSITIVE_JUDGEMENT, true) !== null;
  // (in the passive, what is judged the subject and who judges after "by": "The report was branded \"a lie\" by the
  // minister", "Reports that X have been described as untrue by the town council")
  const passiveNamed = isJudgement && !gapped && NAMING_VERBS.has(t.lower) && t.lower.endsWith('ed') && i - 1 > s.from && PASSIVE_AUX.has(toks[i - 1].lower);
  if (gapped || passiveNamed) {
    if (toks[k]?.lower === 'as') k++;
  } else if (isJudgement) {
    let np = npStartingAt(ctx, k, s.to);
    // (past a plural's possessive: "called the volunteers' figure \"speculation\"")
    if (np && np.to + 1 < s.to && (toks[np.to].text === "'" || toks[np.to].text === '’') && toks[np.to - 1].lower.endsWith('s') && toks[np.to].end === toks[np.to - 1].end + 1) {
      const head = npStartingAt(ctx, np.to + 1, s.to);
      if (head) np = { from: np.from, to: head.to };
    }
    if (np) {
      objFrom = np.from;
      objTo = np.to;
      // the object may itself end in the falsity word ("called the allegations baseless" -> "the allegations")
      for (let m = np.from + 1; m < np.to; m++) if (falsityAt(ctx, m)) { objTo = m; break; }
      // ("called the reports pure speculation": not the intensifier)
      const judged = objTo;
      while (objTo < np.to && objTo - 1 > np.from && FALSITY_INTENSIFIERS.has(toks[objTo - 1].lower)) objTo--;
      // "something called a tax on Wall Street speculation": a noun ending a phrase inside the object judges
      // nothing (but "called the reports of a coup pure speculation", "... of a coup baseless")
      if (objTo === judged && objTo < np.to && toks[objTo].pos === 'N' && rangeHas(ctx, np.from, objTo, (x) => x.pos === 'I')) return null;
      // ("branded the allegations against him \"complete nonsense\"": a short phrase on whom or what the statement is
      // about goes with its noun)
      if (objTo === np.to && STATEMENT_NOUNS.has(toks[objTo - 1].lower) && STATEMENT_ABOUT.has(toks[objTo]?.lower ?? '')) {
        const about = PERSON_PRONOUNS.has(toks[objTo + 1]?.lower ?? '') ? objTo + 2 : (npStartingAt(ctx, objTo + 1, s.to)?.to ?? -1);
        if (about > objTo + 1 && about - objTo <= 6) objTo = about;
      }
      // ("branding a leaflet circulated by campaigners \"scaremongering\"": a participle and its agent go with the noun)
      if (objTo === np.to && toks[objTo]?.kind === 'word' && !toks[objTo].cap && toks[objTo].lower.endsWith('ed') && toks[objTo + 1]?.lower === 'by') {
        const agent = npStartingAt(ctx, objTo + 2, s.to);
        const next = agent !== null ? (toks[agent.to]?.kind === 'quote' || toks[agent.to]?.lower === 'as' ? agent.to + 1 : agent.to) : -1;
        if (agent !== null && agent.to - objTo <= MAX_AGENT_SPAN && next < s.to && falsityAt(ctx, next) !== null) {
          agentFrom = objTo;
          objTo = agent.to;
        }
      }
      // ("called the report speculative and inaccurate": an adjective that ends the object and that a falsity joins is
      // the judgement's)
      if (objTo - 2 > np.from && JUDGEMENT_JOINS.has(toks[objTo - 1].lower) && toks[objTo - 2].pos === 'J' && falsityAt(ctx, objTo)) objTo -= 2;
      else if (objTo - 1 > np.from && toks[objTo - 1].pos === 'J' && JUDGEMENT_JOINS.has(toks[objTo]?.lower ?? '') && falsityAt(ctx, objTo + 1)) objTo--;
      // ("called the figure irresponsible speculation": an adjective right before the falsity's noun is the judgement's)
      else if (objTo < np.to && objTo - 1 > np.from && adjectiveLike(toks[objTo - 1]) && falsityAt(ctx, objTo) !== null) objTo--;
      k = objTo;
      // "called reports that it had known of the result “completely false”": the statement's clause, then the judgement
      // (past who made them: "called claims by a consumer group that it overcharged customers \"misleading\"")
      const that = STATEMENT_NOUNS.has(toks[objTo - 1].lower) && !STATEMENT_PRONOUNS.has(toks[objTo - 1].lower) ? clauseThatAfter(ctx, objTo - 1, s.to) : -1;
      if (that > 0) {
        for (let m = that + 2; m < s.to && m - that <= MAX_CALLED_CLAUSE; m++) {
          if (isPunct(toks[m], ',;:')) break;
          if (isFalsityAt(ctx, m)) {
            // (without the "as", the quotation mark and the intensifiers that lead the judgement: 'as "inaccurate"')
            let e = m;
            while (e > that + 2 && (toks[e - 1].kind === 'quote' || toks[e - 1].lower === 'as' || toks[e - 1].lower === 'a' || toks[e - 1].lower === 'an' || FALSITY_INTENSIFIERS.has(toks[e - 1].lower))) e--;
            clause = [that + 1, e];
            k = m;
            break;
          }
        }
      }
    } else if (toks[k]?.kind === 'word' && ['it', 'this', 'them', 'that'].includes(toks[k].lower)) {
      objFrom = k;
      objTo = k + 1;
      // ("called that figure \"misleading\"": the demonstrative and its noun)
      const noun = (toks[k].lower === 'this' || toks[k].lower === 'that') && k + 1 < s.to ? npStartingAt(ctx, k + 1, s.to) : null;
      if (noun && noun.to - noun.from <= 3 && noun.to < s.to && !falsityAt(ctx, noun.from)) objTo = noun.to;
      k = objTo;
    } else return null;
    if (toks[k]?.lower === 'as') k++;
  } else if ((toks[k]?.lower === 'out' && falsityAt(ctx, k) === null) || toks[k]?.lower === 'to') {
    // ("turned out to be false"; not "were out of date", the judgement itself)
    k++;
    if (toks[k]?.lower === 'be') k++;
  }
  // the judgement quoted: 'the allegations were "baseless"', 'called the account "a fabrication"'
  if (k < s.to && toks[k].kind === 'quote' && isOpeningQuote(ctx, k)) k++;
  while (k < s.to && FALSITY_INTENSIFIERS.has(toks[k].lower) && !falsityAt(ctx, k)) k++;
  // (an adjective joined to the falsity: 'called the report "speculative and inaccurate"')
  // (and after a copula: 'said the report was "speculative and inaccurate"')
  if ((isJudgement || BE_FORMS.has(verb)) && k + 2 < s.to && toks[k].pos === 'J' && !falsityAt(ctx, k) && JUDGEMENT_JOINS.has(toks[k + 1].lower) && falsityAt(ctx, k + 2)) k += 2;
  // ("called the figure \"irresponsible speculation\"", "is wild speculation": one adjective before a falsity's noun)
  if (k + 1 < s.to && adjectiveLike(toks[k]) && !falsityAt(ctx, k) && falsityAt(ctx, k + 1) !== null) k++;
  if (k < s.to && ['a', 'an'].includes(toks[k].lower) && !falsityAt(ctx, k)) {
    // "is a complete fabrication": allow adjectives between
    let m = k + 1;
    // (or an adjective in -ing the lexicon reads as a verb: "a disgusting lie", "a shocking smear")
    while (m < s.to && m - k <= 3 && (toks[m].pos === 'J' || (toks[m].kind === 'word' && !toks[m].cap && toks[m].lower.endsWith('ing'))) && !falsityAt(ctx, m)) m++;
    if (m < s.to && falsityAt(ctx, m)) k = m;
  }
  // ("the figure is far lower": a figure said to be off, after a copula only)
  const f = k < s.to ? (falsityAt(ctx, k) ?? (isJudgement ? null : figureComparisonAt(ctx, s, k))) : null;
  if (!f) return null;
  // ("had no basis in fact": "have" takes only a lack of ground; "had fabricated the story" is a verb's tense)
  if (HAVE_FORMS.has(verb) && !f.id.startsWith('false.no-')) return null;
  // ("does not stand up": "do" takes only a negated phrase; "How did fake news spread" is no judgement)
  if ((verb === 'do' || verb === 'does' || verb === 'did' || verb === 'may' || verb === 'might') && !f.id.startsWith('false.not-')) return null;
  if (f.id.startsWith('false.not-')) {
    /* the negation is part of the phrase */
  } else if (isNegated(ctx, i + 1, i)) return null;
  let fEnd = k + f.len;
  // ("That was not what was said.": the phrase closes its clause; not "This is not what happened in 2019 when X", a
  // comparison)
  if (f.id === 'false.not-what-said' && fEnd < s.to && toks[fEnd].kind !== 'punct' && toks[fEnd].kind !== 'quote') return null;
  // (a falsity before another, "baseless speculation", "false propaganda": the two are one predicate)
  for (let g = falsityAt(ctx, fEnd); g !== null; g = falsityAt(ctx, fEnd)) fEnd += g.len;
  // (and one joined after it, "inaccurate and misleading", "false or misleading": one judgement)
  const joined = (k: number) => (JUDGEMENT_JOINS.has(toks[k]?.lower ?? '') ? falsityAt(ctx, k + 1) : null);
  for (let g = joined(fEnd); g !== null; g = joined(fEnd)) fEnd += 1 + g.len;
  // ("is not backed by polls": the agent after a phrase that ends in "by" is part of it)
  if (toks[fEnd - 1]?.lower === 'by') {
    const agent = npStartingAt(ctx, fEnd, s.to);
    if (!agent) return null;
    fEnd = agent.to;
  }
  // ("an attempt to mislead voters": whom the attempt would mislead is part of it)
  if (f.id === 'false.attempt-to-mislead' && toks[fEnd]?.kind === 'word') {
    const misled = npStartingAt(ctx, fEnd, s.to);
    if (misled) fEnd = misled.to;
  }
  // the phrase must be the predicate, not an adjective before a noun: "is false." but not "is false advertising"
  const after = toks[fEnd];
  // (nor what cannot be done: "The claim is impossible to verify")
  if (f.id === 'false.impossible' && after?.lower === 'to') return null;
  // (but a participle's phrase on a falsity's noun: 'was "a lie spread by Dolvyn and its sponsors"')
  // (but a statement's plural named by it: "These are fabricated allegations")
  if (after && after.kind === 'word' && after.pos === 'N' && !['news', 'claims', 'reports', 'allegations', 'accusations', 'charges', 'stories', 'rumours', 'rumors'].includes(after.lower) && !(toks[fEnd + 1]?.lower === 'by' && FALSITY_NOUN_HEADS.has(toks[fEnd - 1].lower))) return null;
  let target: R | null = null;
  let generic = true;
  let source: SourceFound | null = null;
  if (gapped) return appositiveDenial(ctx, s, i, i, toks[fEnd]?.kind === 'quote' && isClosingQuote(ctx, fEnd) ? fEnd + 1 : fEnd, APPOSITIVE_JUDGEMENT, true);
  if (isJudgement && objFrom >= 0 && clause !== null) {
    // the cue is the verb and the statement's noun; the clause between them and the judgement is the target
    source = judgeSource(ctx, s, i, psrc);
    return {
      cueFrom: i,
      cueTo: objTo,
      denial: { rule: 'deny.called', cue: span(ctx, i, objTo), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null, target: span(ctx, clause[0], clause[1]), genericTarget: false, score: 0.8 },
    };
  }
  if (isJudgement && objFrom >= 0) {
    // ("called Trump ridiculous", "called both candidates crazy": a weak falsity word judges people there, no statement)
    if (WEAK_FALSITY.has(f.id) && !rangeHas(ctx, objFrom, objTo, (x) => (STATEMENT_NOUNS.has(x.lower) || FIGURE_NOUNS.has(x.lower)) && !PERSON_PRONOUNS.has(x.lower))) return null;
    target = span(ctx, objFrom, objTo);
    // ("called the union's account a fabrication": a statement named by its noun, whose words are said elsewhere)
    // (or by its topic: "called the claims about the clinic crazy")
    const head = agentFrom > 0 ? agentFrom : objTo;
    generic = allGeneric(ctx, objFrom, head) || (STATEMENT_NOUNS.has(toks[head - 1].lower) && !STATEMENT_PRONOUNS.has(toks[head - 1].lower)) ||
      rangeHas(ctx, objFrom, objTo, (x) => (x.lower === 'about' || x.lower === 'over') && STATEMENT_NOUNS.has(toks[x.i - 1]?.lower ?? '') && !STATEMENT_PRONOUNS.has(toks[x.i - 1].lower));
    source = judgeSource(ctx, s, i, psrc);
    // (with the closing mark of a quoted judgement)
    // ('described the claims as "categorically false"': opened after the object)
    const cueTo = toks[fEnd]?.kind === 'quote' && isClosingQuote(ctx, fEnd) && closesQuotationFrom(ctx, fEnd, objTo) ? fEnd + 1 : fEnd;
    return {
      cueFrom: i,
      cueTo,
      denial: { rule: 'deny.called', cue: span(ctx, i, cueTo), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null, target, genericTarget: generic, score: 0.8 },
    };
  }
  // "Trump's misinformation": "'s" is a copula only after a pronoun ("it's false", "that's a lie")
  if (t.lower === "'s" && !COPULA_S_AFTER.has(toks[i - 1]?.lower ?? '')) return null;
  // "It is wrong to compare ...", "It is absurd that ...": a judgement of an act, not of a statement;
  // "It is false that X": the clause after is the denied proposition
  // (a quoted judgement's closing mark is part of the cue: 'were "baseless"')
  // (and so is the rest of a short quoted judgement the phrase opens or closes: 'were "false and defamatory"',
  // 'were "completely false"')
  const quotedEnd = toks[fEnd]?.kind === 'quote' && isClosingQuote(ctx, fEnd) && toks[fEnd - f.len - 1]?.kind === 'quote' ? fEnd + 1 : shortQuotationEnd(ctx, i, fEnd);
  // (", a figure a leading refugee charity says is wildly inflated": who says so denies the clause before the comma)
  if (BE_FORMS.has(verb) && i > s.from && SAYING_BEFORE_COPULA.has(toks[i - 1].lower)) {
    const said = appositiveDenial(ctx, s, i - 1, i - 1, quotedEnd, APPOSITIVE_JUDGEMENT, false, true);
    if (said) return said;
  }
  // ("It is not true, as some advocates say, that X": past the aside that names who says it)
  // (and past a quoted judgement's closing mark: 'it was "simply not true" that X')
  const judged = toks[i - 1]?.lower === 'it' && toks[fEnd]?.kind === 'quote' && isClosingQuote(ctx, fEnd) ? fEnd + 1 : fEnd;
  const that = toks[i - 1]?.lower === 'it' ? asAsideEnd(ctx, s, judged) : fEnd;
  const extra = toks[that]?.lower;
  if (extra === 'to') return null;
  if (extra === 'that' && toks[i - 1]?.lower === 'it') {
    // (a myth, said of the clause after it, judges it: "It is a myth that asylum seekers get free cars")
    if (WEAK_FALSITY.has(f.id) && f.id !== 'false.myth') return null;
    const end = targetEnd(ctx, s, that + 1);
    if (end <= that + 1) return null;
    return { cueFrom: i, cueTo: judged, denial: { rule: 'deny.falsity', cue: span(ctx, i, judged), source: null, sourceType: null, target: span(ctx, that + 1, end), genericTarget: false, score: 0.75 } };
  }
  // "the report was shown to be false", "the figures appear to be fabricated": the subject is before the raising verb,
  // which the cue holds ("turned out to be untrue")
  let at = i;
  let raised = i;
  if (t.lower === 'be' && toks[i - 1]?.lower === 'to' && i - 2 >= s.from && toks[i - 2].kind === 'word' && !toks[i - 2].cap) {
    at = i - 2;
    // ("the allegation later turned out to be untrue": the raising verb's particle)
    if (toks[at].lower === 'out' && at - 1 > s.from && TURN_FORMS.has(toks[at - 1].lower)) at--;
    while (at - 1 >= s.from && toks[at - 1].kind === 'word' && ((toks[at - 1].f & F_AUX) !== 0 || DENIAL_ADVERBS.has(toks[at - 1].lower))) at--;
    raised = at;
  }
  // (auxiliaries before the copula are no part of the subject: "claims of fraud have been debunked", "could be false")
  // (and a negation among them: "That could not be further from the truth" denies, "It could not be false" does not)
  if (at === i) {
    let negated = false;
    while (at - 1 > s.from && toks[at - 1].kind === 'word' && !toks[at - 1].cap && ((toks[at - 1].f & F_AUX) !== 0 || toks[at - 1].lower === 'not')) {
      if (toks[at - 1].lower === 'not') negated = true;
      at--;
    }
    if (negated && f.id !== 'false.further-from-truth') return null;
  }
  // ("To suggest that we sat on this for months is simply wrong": saying the clause is what is judged)
  const said = saidClauseSubject(ctx, s, at);
  if (said >= 0) {
    let to = at;
    while (to - 1 > said && FALSITY_INTENSIFIERS.has(toks[to - 1].lower)) to--;
    return { cueFrom: i, cueTo: quotedEnd, denial: { rule: 'deny.falsity', cue: span(ctx, i, quotedEnd), source: null, sourceType: null, target: span(ctx, said, to), genericTarget: false, score: 0.75 } };
  }
  // subject: "The claim that X", "Reports that X", "X" (a clause), "This"
  let subj = subjectBefore(ctx, s, at);
  if (!subj) return null;
  // (a raising verb's relative clause judges the noun phrase before it, not a clause's subject and verb: "they uttered |
  // statements | that turned out to be untrue")
  if (raised < i && subj.to === at - 1 && RELATIVE_WORDS.has(toks[subj.to].lower)) {
    const np = npEndingAt(ctx, subj.to - 1, subj.from);
    if (np !== null && np.from > subj.from && isFiniteVerb(ctx, np.from - 1)) subj = { from: np.from, to: subj.to };
  }
  // (and any verb's, when the relative clause is on a statement's noun, its object, or past a preposition's phrase on the
  // noun: "The minister made a claim | that was false", "made claims during Tuesday's debate | that do not stand up")
  if (raised >= i && subj.to === at - 1 && RELATIVE_WORDS.has(toks[subj.to].lower)) {
    const np = objectStatementBefore(ctx, s.from, subj.to);
    if (np !== null) subj = { from: np.from, to: subj.to };
  }
  // (the subject may end before a relative pronoun: "a figure that | is simply false")
  if (subj.to < at) at = subj.to;
  // ("A post claiming cameras raise £10m is wrong", "Reports suggesting the mayor will resign are wrong": the clause a
  // reporting participle on a statement's or a medium's noun reports, with no "that"; as `reported` below with one)
  const bareReport = bareReportedClause(ctx, subj.from, at);
  if (bareReport >= 0) subj = { from: bareReport, to: subj.to };
  // "The claim first appeared in 2020 and has been debunked": the subject of the first verb has the second too
  if (at - 1 > subj.from && toks[at - 1].lower === 'and') {
    const np = npStartingAt(ctx, subj.from, at);
    // (past an adverb the lexicon may not know as one: "first appeared")
    if (np && np.to < at - 1 && (predicateVerbAt(ctx, np.to) || (np.to + 1 < at - 1 && isFiniteVerb(ctx, np.to + 1)))) {
      // (without an adverb read into the phrase: "The claim | first appeared")
      let to = np.to;
      while (to - 1 > np.from && toks[to - 1].kind === 'word' && !toks[to - 1].cap && (toks[to - 1].pos === 'J' || toks[to - 1].pos === 'R')) to--;
      subj = { from: np.from, to };
      at = to;
    }
  }
  // ("That is simply not the case.", "It is not the case that X": a pronoun opening its sentence; after a clause, "but
  // that was not the case" judges the clause before it, no claim someone made)
  // (or one a report opens: "Prospect said that was \"not the case\"", "said that this was not the case")
  if ((f.id === 'false.not-the-case' || f.id === 'false.not-what-said') && subj.from !== s.from && !reportOpensAt(ctx, s, subj.from)) return null;
  // "Nothing could be further from the truth than the company's claim that X": what follows "than" is judged
  if (f.id === 'false.further-from-truth' && subj.to - subj.from === 1 && toks[subj.from].lower === 'nothing') {
    if (toks[fEnd]?.lower !== 'than') return null;
    let from = fEnd + 1;
    const end = targetEnd(ctx, s, from);
    for (let m = from; m + 1 < end; m++) {
      if (toks[m].lower === 'that' && STATEMENT_NOUNS.has(toks[m - 1].lower)) {
        from = m + 1;
        break;
      }
    }
    if (end <= from) return null;
    return { cueFrom: subj.from, cueTo: fEnd + 1, denial: { rule: 'deny.falsity', cue: span(ctx, subj.from, fEnd + 1), source: null, sourceType: null, target: span(ctx, from, end), genericTarget: from === fEnd + 1 && allGeneric(ctx, from, end), score: 0.9 } };
  }
  // "She's a fake", "I'm the one that's wrong": a person is not a statement
  // (but for a death reported: "I am very much not dead", "I'm alive and well")
  // (but someone called wrong is wrong in what they said: "Smith said crime rose. He is wrong.", "Jones said Smith was
  // wrong"; not the speaker's own "I was wrong")
  // (opening its sentence, or after a verb of saying or thinking, "Jones said Smith was wrong", "he believes they are wrong";
  // not a supposition, "when he is wrong", "because they were wrong", nor an admission, "admitting he was wrong")
  const opener = subj.from === s.from || (subj.from - 1 === s.from && toks[s.from].kind === 'quote') || (subj.from > s.from && (toks[subj.from - 1].f & F_CUE_VERB) !== 0 && !ADMITTING_VERBS.has(toks[subj.from - 1].lower)) ||
    (subj.from - 1 > s.from && toks[subj.from - 1].lower === 'that' && (toks[subj.from - 2].f & F_CUE_VERB) !== 0 && !ADMITTING_VERBS.has(toks[subj.from - 2].lower));
  const personWrong = f.id === 'false.wrong' && opener && personJudged(ctx, subj);
  if (subj.to - subj.from === 1 && PERSON_SUBJECTS.has(toks[subj.from].lower) && f.id !== 'false.not-dead' && f.id !== 'false.alive' && !personWrong) return null;
  // (and only someone is alive and well, as against a death reported: not "the special relationship between the two
  // countries", its head a thing's noun)
  if (f.id === 'false.alive' && !aliveSubject(ctx, subj)) return null;
  // "If you think the moon landing was fake": a supposition, not a refutation
  if (rangeHas(ctx, s.from, subj.from, (x) => SUPPOSITION_WORDS.has(x.lower))) return null;
  // ('claimed that turnout had risen by 40 percent, "which is simply not credible"': a sentence relative the speaker's
  // own quoted words open after the clause judges the state of things the clause tells, no statement)
  if (subj.to - subj.from === 1 && toks[subj.from].lower === 'which' && toks[subj.from].quote >= 0 && subj.from >= 2 && toks[subj.from - 1].kind === 'quote' && isPunct(toks[subj.from - 2], ',') && toks[subj.from - 2].quote < 0) return null;
  // ("The minister said violent crime had fallen by a third, which is false": the article's sentence relative after a
  // report judges what the report's clause says, before the comma)
  if (subj.to - subj.from === 1 && toks[subj.from].lower === 'which' && toks[subj.from].quote < 0 && subj.from - 2 > s.from && isPunct(toks[subj.from - 1], ',') && relativeAntecedent(ctx, s, subj.from + 1) === null) {
    const c = lastCueBefore(ctx, s, subj.from - 1);
    const from = toks[c + 1]?.lower === 'that' ? c + 2 : c + 1;
    if (c > s.from && from < subj.from - 1) return { cueFrom: i, cueTo: quotedEnd, denial: { rule: 'deny.falsity', cue: span(ctx, i, quotedEnd), source: null, sourceType: null, target: span(ctx, from, subj.from - 1), genericTarget: false, score: 0.75 } };
  }
  let from = subj.from;
  for (let m = subj.from; m < Math.min(i - 1, at); m++) {
    // "The claim that X is false", "Claims of 40,000 were not supported by any evidence", "reports of a coup are false"
    // (not "of" and a name, whose claims they are: "One of the central claims of President Obama's speech")
    // (nor a relative "that" right before its verb: "A video that appears to show X has been doctored" judges the video)
    if ((toks[m].lower === 'that' && STATEMENT_NOUNS.has(toks[m - 1]?.lower ?? '') && !relativeVerbAt(ctx, m + 1)) || (toks[m].lower === 'of' && ALLEGATION_OF.has(toks[m - 1]?.lower ?? '') && !toks[m + 1]?.cap)) {
      from = m + 1;
      break;
    }
    // ("warnings from environmental groups that the region faces a drought are premature": past who made them, or where,
    // "Reports on social media that X are false")
    // (`clauseThatAfter` past its phrase only: a "that" right after the noun is the test above's, at the "that")
    const past = STATEMENT_NOUNS.has(toks[m].lower) && !STATEMENT_PRONOUNS.has(toks[m].lower) && toks[m + 1]?.lower !== 'that' ? clauseThatAfter(ctx, m, i) : -1;
    if (past > 0 && !relativeVerbAt(ctx, past + 1)) {
      from = past + 1;
      break;
    }
    // ("Claims circulating on WhatsApp that the bridge has collapsed are false": past a participle phrase on the noun)
    if (toks[m].lower === 'that' && m > subj.from && statementBeforeParticiple(ctx, subj.from, m)) {
      from = m + 1;
      break;
    }
    // ("Candidate's claim he won every debate is not backed by polls": a clause without "that", a pronoun its subject)
    // (not a figure's noun, whose clause is a relative one with its object left out: "figures it published were wrong")
    if (m > subj.from && STATEMENT_NOUNS.has(toks[m - 1].lower) && !STATEMENT_PRONOUNS.has(toks[m - 1].lower) && !FIGURE_NOUNS.has(toks[m - 1].lower) && ZERO_THAT_SUBJECTS.has(toks[m].lower) && isFiniteVerb(ctx, toks[m + 1]?.kind === 'quote' ? m + 2 : m + 1)) {
      from = m;
      break;
    }
  }
  // ("That's not right." opening a sentence answers what was said; not "people say that's true, that's not right", a
  // judgement of a state of things)
  // (after an opening quotation mark or a speaker's label too: "MOORE: That's not right.")
  if (f.id === 'false.not-right' && subj.from > s.from && toks[subj.from - 1].kind !== 'quote' && !isPunct(toks[subj.from - 1], ':')) return null;
  // ("must prove that a defendant knew a statement was false": any statement, in a rule or a supposition, is none in
  // particular; but "repeated a figure that is simply false" judges the one repeated)
  if (at - subj.from === 2 && (toks[subj.from].lower === 'a' || toks[subj.from].lower === 'any') && STATEMENT_NOUNS.has(toks[subj.from + 1].lower) && toks[at].lower !== 'that' && toks[at].lower !== 'which') return null;
  // "The decision was wrong", "That is wrong": criticism; "the report is wrong": a denial ("It's nonsense" too)
  // (or, for manipulated media, a medium's noun: "The footage circulating online has been edited to remove the context")
  const statementSubject = (x: BlockContext['toks'][number]) => (STATEMENT_NOUNS.has(x.lower) || (MANIPULATED_MEDIA.has(f.id) && MEDIA_NOUNS.has(x.lower))) && !TALK_NOUNS.has(x.lower) && (!STATEMENT_PRONOUNS.has(x.lower) || !STRICT_WEAK_FALSITY.has(f.id));
  // (or a subject that reports: "A post claiming that the whole county is affected is wrong")
  // (or the clause a reporting participle on the subject reports: "A post claiming that | the whole county is affected
  // is wrong")
  // (past a quotation's opening mark: 'claiming that | "the whole county" is affected')
  const th = toks[subj.from - 1]?.kind === 'quote' ? subj.from - 2 : subj.from - 1;
  // (the participle, before "that" or, with none, right before the clause: "A post on Facebook claiming | the bridge will close")
  const pi = toks[th]?.lower === 'that' ? th - 1 : th;
  const p = toks[pi];
  // (on a statement's or a medium's noun, past a phrase on it: "A post claiming", "Reports suggesting", "A post on
  // Facebook claiming"; not "their lying ways saying that I'm the one")
  let onStatement = false;
  let noun = -1;
  for (let m = pi - 1; m >= s.from && m >= pi - 4 && !onStatement && toks[m].kind === 'word'; m--) {
    onStatement = STATEMENT_NOUNS.has(toks[m].lower) || MEDIA_NOUNS.has(toks[m].lower);
    if (onStatement) noun = m;
  }
  // (with no "that", only a clause: not 'tweets accusing | Alicia Machado of having a criminal record are "lies"')
  const reportingParticiple = pi - 1 >= s.from && p.kind === 'word' && !p.cap && (p.f & F_CUE_VERB) !== 0 && p.lower.endsWith('ing') && onStatement;
  // ("messages circulating on WhatsApp warning | residents not to drink tap water | are false": whom a warning directs to
  // act is no clause it reports; the messages are judged, the whole phrase)
  if (reportingParticiple && pi === th && bareReport < 0 && toldToActAt(ctx, subj.from, at)) {
    subj = { from: npEndingAt(ctx, noun, s.from)?.from ?? noun, to: subj.to };
    from = subj.from;
  }
  const reported = bareReport >= 0 || (reportingParticiple && subj.from > pi && (pi < th || clauseAt(ctx, subj.from, at)));
  // (or a fact check's verdict that opens its paragraph and is the whole sentence, the explanation after it: "This is
  // wrong. The permission allows 250,000 tonnes." after a claim put up; not "This is wrong because ...", nor a sentence
  // further on, nor "That is wrong." alone)
  // (or anywhere, with a colon before the explanation: "Okafor also said X. That is wrong: Eastbrook Academy opened in 2019.")
  // (or the whole sentence right after one that reports, as a correction says: "An earlier version of this article said
  // that 40 schools would close. That was wrong.")
  // (the same right after a speaker's label that opens the block, an interview's answer: "Mayor Anita Shah: That's simply
  // wrong. We have completed 4,300 homes.")
  const opensVerdict = subj.from === s.from || (s.from === 0 && afterOpeningLabel(ctx, subj.from));
  const verdict = f.id === 'false.wrong' && opensVerdict && subj.to === subj.from + 1 && (toks[subj.from].lower === 'this' || toks[subj.from].lower === 'that') &&
    ((s.from === 0 && quotedEnd + 1 === s.to && isPunct(toks[quotedEnd], '.') && s.to < toks.length) || (isPunct(toks[quotedEnd], ':') && quotedEnd + 1 < toks.length && toks[quotedEnd + 1].kind !== 'punct') ||
      (quotedEnd + 1 === s.to && isPunct(toks[quotedEnd], '.') && reportsBefore(ctx, s)));
  // (or a statement's clause between commas: "The report's central finding, that | crime had doubled, | is wrong")
  const statementClause = subj.from >= 3 && toks[subj.from - 1].lower === 'that' && isPunct(toks[subj.from - 2], ',') && statementSubject(toks[subj.from - 3]);
  // (or a figure's change judged as a figure is: "A fall of that size is implausible", "the rise is exaggerated"; not
  // "The cost was ridiculous", a complaint)
  const figureJudged = FIGURE_WEAK_FALSITY.has(f.id) && figureSubject(ctx, subj.from, at);
  if (WEAK_FALSITY.has(f.id) && !rangeHas(ctx, subj.from, at, statementSubject) && !reported && !verdict && !statementClause && !personWrong && !figureJudged) return null;
  // (the target with the quotation's opening mark)
  if (reported && th === subj.from - 2 && from === subj.from) from = subj.from - 1;
  // ("the figure is far lower": nothing but a figure's noun and its determiners; not "turnout was far lower")
  // (an owner's figure only when not compared with another's: "The council's figure is a gross underestimate", not
  // "Velmar's figure was lower than the number Kestrov said it had shot down")
  if (f.id.startsWith('figure.') && !figureSubject(ctx, from, at, toks[fEnd]?.lower !== 'than')) return null;
  // ("At least 40 people died, though the true toll is likely higher", "..., though it believes the true figure is
  // considerably higher": the sentence's own figure, hedged, no denial of another's)
  if (f.id.startsWith('figure.') && hedgesOwnFigure(ctx, s, subj.from)) return null;
  // ("Viral claim about polling station closures is false": a statement named by its topic, nothing it says)
  const topicOnly = from === subj.from && rangeHas(ctx, subj.from, at, (x) => x.lower === 'about' && STATEMENT_NOUNS.has(ctx.toks[x.i - 1]?.lower ?? ''));
  // (without a quotation's opening mark or an intensifier before the verb: 'the weather explanation "does not stand up"',
  // 'the figures "simply do not add up"')
  while (at - 1 > from && ((toks[at - 1].kind === 'quote' && isOpeningQuote(ctx, at - 1)) || FALSITY_INTENSIFIERS.has(toks[at - 1].lower))) at--;
  target = span(ctx, from, at);
  // (a figure said to be off names the figure before it: "the real death toll")
  // (and so does "the casualty figures were grossly inflated")
  generic = personWrong || f.id.startsWith('figure.') || allGeneric(ctx, from, at) || topicNamedStatement(ctx, from, at) || figureSubject(ctx, from, at) || statementWithParticiple(ctx, from, at) || possessedStatement(ctx, from, at) || topicOnly;
  // ("has been debunked by the water company", "was branded \"a lie\" by the minister": the agent is who denies; not
  // "was exaggerated by the council", whose agent made the statement)
  const byNp = (f.id === 'false.debunked' || passiveNamed) && toks[quotedEnd]?.lower === 'by' ? npStartingAt(ctx, quotedEnd + 1, s.to) : null;
  // (not when: "debunked by Full Fact in 2023")
  const agent = byNp && beforeSetting(ctx, byNp);
  const np = agent ? withAppositiveName(ctx, s, agent) : null;
  // (from the raising verb, unless the subject runs up to the copula: "a figure that | is simply false")
  const cueFrom = raised < i && subj.to <= raised ? raised : i;
  return {
    cueFrom,
    cueTo: quotedEnd,
    denial: { rule: 'deny.falsity', cue: span(ctx, cueFrom, quotedEnd), source: np ? span(ctx, np.from, np.to) : null, sourceType: np ? sourceType(ctx, np) : null, target, genericTarget: generic, score: 0.75 },
  };
}

/**
 * Whether the subject a falsity judges is someone, whose words it then judges: "he", "she", "they", or a name of up to four
 * capitalised words ("Smith", "Dr Sara Byrne"), no statement's noun among them.
 */
function personJudged(ctx: BlockContext, subj: TokRange): boolean {
  const toks = ctx.toks;
  const n = subj.to - subj.from;
  if (n === 1 && JUDGED_PRONOUNS.has(toks[subj.from].lower)) return true;
  // (or the press: "said newspapers had exaggerated the results", "the media have misrepresented X")
  if (n >= 1 && n <= 2 && NEWS_OUTLET_NOUNS.has(toks[subj.to - 1].lower)) return true;
  if (n < 1 || n > 4) return false;
  for (let k = subj.from; k < subj.to; k++) if (toks[k].kind !== 'word' || !toks[k].cap || STATEMENT_NOUNS.has(toks[k].lower) || MEDIA_NOUNS.has(toks[k].lower) || (toks[k].f & F_DETERMINER) !== 0 || isPronoun(toks[k])) return false;
  return true;
}

/**
 * Whether the subject a falsity judges is someone named by a role, whose words it then judges: "the minister", "the
 * health secretary", "the government" (`JUDGED_ROLE_NOUNS` after "the" and up to two lower-case words).
 */
function roleJudged(ctx: BlockContext, subj: TokRange): boolean {
  const toks = ctx.toks;
  const n = subj.to - subj.from;
  if (n < 2 || n > 4 || toks[subj.from].lower !== 'the' || !JUDGED_ROLE_NOUNS.has(toks[subj.to - 1].lower)) return false;
  for (let k = subj.from + 1; k < subj.to - 1; k++) if (toks[k].kind !== 'word' || toks[k].cap) return false;
  return true;
}

/**
 * Whether tokens [from, to) name a statement by what it is about, its noun last after lower-case modifiers with no verb
 * ("bin strike claims", "Viral cancer cure claims"): a statement named, not what it says.
 */
function topicNamedStatement(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  if (to - from < 2 || to - from > 5 || !ALLEGATION_NOUNS.has(toks[to - 1].lower)) return false;
  for (let k = from; k < to - 1; k++) if (toks[k].kind !== 'word' || isFiniteVerb(ctx, k) || STATEMENT_NOUNS.has(toks[k].lower) || isApostropheS(toks[k])) return false;
  return true;
}

/**
 * "A spokesman said the post \"misrepresents what the Secretary of State said\"", "The report distorted the findings": a
 * statement or a post (`STATEMENT_NOUNS`, `MEDIA_NOUNS`) said to misrepresent, the subject its target (a statement named,
 * generic), whoever reports it the source. Not negated ("does not misrepresent"), nor in the passive ("the findings were
 * distorted"), nor a person's act ("He misquoted her").
 */
function misrepresentation(ctx: BlockContext, s: Sentence, i: number, psrc: Map<number, SourceFound | null>): Found | null {
  const toks = ctx.toks;
  if (endsWithQuestionMark(ctx, s) || isNegated(ctx, i, s.from)) return null;
  // (past a quotation's opening mark, auxiliaries and adverbs before the verb: 'the post "has badly misrepresented"')
  let at = i;
  while (at - 1 > s.from && ((toks[at - 1].kind === 'quote' && isOpeningQuote(ctx, at - 1)) || (toks[at - 1].kind === 'word' && !toks[at - 1].cap && ((toks[at - 1].f & F_AUX) !== 0 || DENIAL_ADVERBS.has(toks[at - 1].lower) || FALSITY_INTENSIFIERS.has(toks[at - 1].lower))))) {
    // (a form of "be" before a verb in -ing is no passive: "was cherry-picking the data")
    if (PASSIVE_AUX.has(toks[at - 1].lower) && !toks[i].lower.endsWith('ing')) return null;
    at--;
  }
  const subj = subjectBefore(ctx, s, at);
  if (subj === null) return null;
  const head = toks[subj.to - 1].lower;
  // ("Diaz said Moss had \"cherry-picked\" the figures": a person's act of falsehood inside a report, which its source
  // accuses them of, as "accused Moss of cherry-picking" does)
  // (or someone named by a role, "said the minister was cherry-picking the data"; or either inside someone's quoted
  // words, whoever speaks them: '"The minister is cherry-picking the data," Ashby said')
  const person = personJudged(ctx, subj) || roleJudged(ctx, subj);
  const reporter = person ? reporterBefore(ctx, s, subj.from) : null;
  if (reporter !== null || (person && toks[subj.from].quote >= 0)) {
    return {
      cueFrom: i,
      cueTo: i + 1,
      denial: { rule: 'deny.misrepresent', cue: span(ctx, i, i + 1), source: reporter ? span(ctx, reporter.range.from, reporter.range.to) : null, sourceType: reporter?.type ?? null, target: span(ctx, subj.from, subj.to), genericTarget: true, score: 0.6 },
    };
  }
  if (!((STATEMENT_NOUNS.has(head) && !STATEMENT_PRONOUNS.has(head)) || MEDIA_NOUNS.has(head))) return null;
  // (not a correction's "An earlier version of this article misstated X", "This story misquoted Y": the article's own
  // words, which it no longer holds)
  if (rangeHas(ctx, subj.from, subj.to, (x) => x.lower === 'version' || (x.lower === 'this' && x.i + 1 === subj.to - 1 && ctx.toks[subj.to - 1].lower !== 'post'))) return null;
  const source = judgeSource(ctx, s, subj.from, psrc);
  return {
    cueFrom: i,
    cueTo: i + 1,
    denial: {
      rule: 'deny.misrepresent', cue: span(ctx, i, i + 1), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null,
      target: span(ctx, subj.from, subj.to), genericTarget: true, score: 0.7,
    },
  };
}

/**
 * Doubt that answers what was said before ("Residents are not so sure", "Economists remain unconvinced", "Critics are
 * sceptical that the plan will work"): its subject doubts, after a copula at i; the target is the clause after "that",
 * else the claim before (generic). Not a first or second person's hedge ("I'm not sure"), nor doubt about a question
 * ("is not sure whether ...").
 */
function doubtAt(ctx: BlockContext, s: Sentence, i: number): Found | null {
  const toks = ctx.toks;
  let k = i + 1;
  const negated = toks[k]?.lower === 'not' || toks[k]?.lower === "n't";
  if (negated) k++;
  while (k < s.to && DOUBT_ADVERBS.has(toks[k].lower)) k++;
  const w = toks[k]?.lower ?? '';
  if (!(negated ? DOUBT_NEGATED.has(w) : DOUBT_WORDS.has(w))) return null;
  const cueTo = k + 1;
  let target: R | null = null;
  const next = toks[cueTo];
  if (next?.lower === 'that' && cueTo + 1 < s.to) {
    const end = targetEnd(ctx, s, cueTo + 1);
    if (end <= cueTo + 1) return null;
    target = span(ctx, cueTo + 1, end);
  } else if (cueTo < s.to && !isPunct(next, '.!;') && !(next?.lower === 'about' && toks[cueTo + 1]?.lower === 'it')) return null;
  const source = preposedSource(ctx, s, i);
  if (!source || (source.range.to - source.range.from === 1 && PERSON_SUBJECTS_OR_IT.has(toks[source.range.from].lower)) || answersNothing(ctx, s, source.range)) return null;
  return {
    cueFrom: i,
    cueTo,
    denial: { rule: 'deny.doubt', cue: span(ctx, i, cueTo), source: span(ctx, source.range.from, source.range.to), sourceType: source.type, target, genericTarget: target === null, score: 0.6 },
  };
}

/** Words of doubt after a negation ("not so sure", "not convinced"), or on their own ("unconvinced", "sceptical"). */
const DOUBT_NEGATED: ReadonlySet<string> = new Set(['sure', 'convinced', 'persuaded']);
const DOUBT_WORDS: ReadonlySet<string> = new Set(['unconvinced', 'sceptical', 'skeptical']);
/** Adverbs between the negation and the word of doubt: "not so sure", "not yet convinced", "not entirely persuaded". */
const DOUBT_ADVERBS: ReadonlySet<string> = new Set(['so', 'quite', 'entirely', 'fully', 'yet', 'all', 'that', 'too', 'very', 'deeply', 'highly', 'still']);
/** One-word subjects whose doubt is a hedge or no one's: "I'm not sure", "It is not so sure". */
const PERSON_SUBJECTS_OR_IT: ReadonlySet<string> = new Set(['i', 'we', 'you', 'it', 'this', 'that', 'one']);

/** Nouns of an allegation whose "of" phrase says what is alleged: "claims of 40,000", "reports of a coup". */
const ALLEGATION_OF: ReadonlySet<string> = new Set(['claims', 'claim', 'reports', 'allegations', 'allegation', 'rumors', 'rumours', 'rumor', 'rumour', 'accusations', 'suggestions', 'speculation']);

/**
 * Who calls a statement false: the subject before the verb, or, for a participle after a comma, "and" or
 * "while", the subject of the clause it hangs on ("The bank rejected the report, calling it baseless").
 */
function judgeSource(ctx: BlockContext, s: Sentence, i: number, psrc: Map<number, SourceFound | null>): SourceFound | null {
  const before = ctx.toks[i - 1];
  if (ctx.toks[i].lower.endsWith('ing') && before && (isPunct(before, ',') || before.lower === 'and' || before.lower === 'while')) return participleSource(ctx, s, i, psrc);
  const found = preposedSource(ctx, s, i);
  // (the judge is the source of a participle after it too: "Orlov described the report as \"hysteria\", adding that X")
  if (found && !psrc.has(i)) psrc.set(i, found);
  return found;
}

/**
 * Whether token k is a finite verb, or a lower-case word in -ed the lexicon reads as neither noun nor adjective, a past
 * tense after its subject ("Similar claims | circulated in 2021").
 */
function predicateVerbAt(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && t.kind === 'word' && !t.cap && (isFiniteVerb(ctx, k) || (t.pos !== 'N' && t.pos !== 'J' && t.lower.endsWith('ed')));
}

/** Conjunctions that are prepositions before a time: "until March", "since last year". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/** Whether a token opens a time after a preposition: a name ("March"), or "next", "last", "this", "the". */
function timeAfter(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.cap || ['next', 'last', 'this', 'the'].includes(t.lower));
}

/** The subject of a copula at i: from the sentence start (or the last clause boundary) to i. */
function subjectBefore(ctx: BlockContext, s: Sentence, i: number): TokRange | null {
  const toks = ctx.toks;
  // (not a dateline or a live page's time label: "**10:05** The video of the collapsed bridge is fake")
  let from = s.from === 0 ? Math.max(s.from, Math.min(datelineEnd(ctx), i - 1)) : s.from;
  // (the subject's end before a relative clause between commas: "The claim, which has been widely shared, | is false")
  let relTo = -1;
  for (let m = i - 1; m >= s.from; m--) {
    const t = toks[m];
    // (outside quotation marks, or inside the quotation that holds the cue: "\"Kieran has not asked to leave, and any
    // suggestion otherwise is untrue.\"")
    if (isPunct(t, ',;:') && (t.quote < 0 || t.quote === toks[i].quote)) {
      // ("The report's central finding, that crime had doubled, turned out to be wrong": the statement's clause between
      // commas is what is judged)
      const that = relTo < 0 && m === i - 1 && isPunct(t, ',') ? statementClauseOpening(ctx, m, s.from) : -1;
      if (that > 0) return { from: that + 1, to: m };
      const open = relTo < 0 && m === i - 1 && isPunct(t, ',') ? relativeClauseOpening(ctx, m, s.from) : -1;
      if (open >= 0) {
        relTo = open;
        m = open;
        continue;
      }
      from = m + 1;
      break;
    }
    // ("This advice is not from us and it is not correct": a pronoun after "and" opens a clause of its own)
    if (t.lower === 'and' && m + 2 === i && STATEMENT_PRONOUNS.has(toks[m + 1].lower)) {
      from = m + 1;
      break;
    }
    // (a preposition before a date is no clause: "the union's claim of a 15% pay cut since 2020 was wrong")
    // (nor one before a time inside what a statement's noun says: "the claim that flights are cancelled until next month
    // is not true")
    // ("So the 90% figure is wrong": a "so" that concludes, before a determiner; not "so many of the claims")
    if (t.lower === 'so' && (toks[m + 1]?.f & F_DETERMINER) !== 0) {
      from = m + 1;
      break;
    }
    if (t.kind === 'word' && ['but', 'because', 'although', 'while', 'after', 'before', 'since', 'when', 'once', 'until', 'though', 'if'].includes(t.lower) && toks[m + 1]?.kind !== 'number' &&
        !(TIME_PREPOSITIONS.has(t.lower) && timeAfter(toks[m + 1]) && rangeHas(ctx, s.from + 1, m, (x, k) => x.lower === 'that' && STATEMENT_NOUNS.has(toks[k - 1].lower)))) {
      from = m + 1;
      break;
    }
  }
  // a reporting clause before: "officials said the report is false" -> target "the report"
  // (inside what a statement's noun says, a verb is no report's: "The rumours that he worked at the shop and knew the alarm
  // codes are untrue")
  let said = false;
  // (not into the relative clause between commas: "The post, which claimed that X, | was fabricated" judges the post)
  const reportTo = relTo > from ? relTo : i;
  for (let m = from; m < reportTo; m++) {
    if (toks[m].lower === 'that' && m > from && STATEMENT_NOUNS.has(toks[m - 1].lower) && !STATEMENT_PRONOUNS.has(toks[m - 1].lower)) said = true;
    if (said) continue;
    // (and a second clause of the report: "says X and that the figure is far lower")
    // (not a noun's "that": "The minister's claim that emissions fell is misleading")
    // (a determiner opens the subject: "said that claim was misleading")
    if (toks[m].lower === 'that' && m > from && ((cueBeforeThat(ctx, m, s.from) && !nounBefore(ctx, m - 1, from)) || toks[m - 1].lower === 'and')) {
      // (nor a complementiser with the verb right after it: "said that was untrue", whose subject it is)
      from = (m + 2 === i && DETERMINER_THAT_NOUNS.has(toks[m + 1].lower)) || (m + 1 === i && toks[m - 1].lower !== 'and') ? m : m + 1;
    }
    // (not a statement's noun: "said claims of 40,000 were not supported by any evidence", "the claim about closures is false")
    // (not a participle on the noun before it: "Video showing soldiers burning ballots was staged", "The footage
    // circulating online has been edited to remove the context")
    // (nor a cue verb's form as a noun after a determiner: "The claim first appeared in 2020 and has been debunked")
    else if (m + 1 < i && reportingVerb(toks[m]) && toks[m + 1].lower !== 'that' && !((toks[m + 1].lower === 'of' || toks[m + 1].lower === 'about') && STATEMENT_NOUNS.has(toks[m].lower)) && !nounBefore(ctx, m, from) &&
        !(toks[m].lower.endsWith('ing') && m > from && (STATEMENT_NOUNS.has(toks[m - 1].lower) || MEDIA_NOUNS.has(toks[m - 1].lower))) &&
        // (nor a cue's form before a verb, the subject's noun: "Similar claims | circulated in 2021 and were debunked")
        // (nor the noun a relative clause between commas is on: "The viral post | , which claimed X, was fabricated")
        !(toks[m].pos === 'N' && predicateVerbAt(ctx, m + 1)) && m + 1 !== relTo &&
        // (nor a statement's noun right after a verb of saying, its object: "said claims circulating online that X")
        !(m > s.from && STATEMENT_NOUNS.has(toks[m].lower) && (toks[m - 1].f & F_CUE_VERB) !== 0 && !toks[m - 1].cap)) {
      from = m + 1;
      // (past whom a verb of telling tells: "assured the American people that all of the claims are false")
      // (a person's pronoun too: "told us that X")
      let obj = cueVerbForm(toks[m].lower)?.verb.object ? (PERSON_PRONOUNS.has(toks[m + 1].lower) ? { from: m + 1, to: m + 2 } : npStartingAt(ctx, m + 1, i)) : null;
      // (and where they were told: "told reporters outside parliament that the accusation was nonsense")
      if (obj && obj.to + 2 < i && toks[obj.to].pos === 'I' && toks[obj.to].lower !== 'that' && !toks[obj.to].cap) {
        const where = npStartingAt(ctx, obj.to + 1, i);
        if (where && where.to + 1 < i && toks[where.to].lower === 'that') obj = { from: obj.from, to: where.to };
      }
      if (obj && obj.to < i && toks[obj.to].lower === 'that') {
        // (the "that" the subject, as after "said": "told us that was complete nonsense", "told him that claim was false")
        from = obj.to + 1 === i || (obj.to + 2 === i && DETERMINER_THAT_NOUNS.has(toks[obj.to + 1].lower)) ? obj.to : obj.to + 1;
        m = obj.to;
      } else if (obj && obj.to < i - 1 && (toks[obj.to].f & F_DETERMINER) !== 0) {
        // (or without "that": "told reporters the report was false")
        from = obj.to;
        m = obj.to - 1;
      }
    }
  }
  while (from < i && (toks[from].kind === 'quote' || isPunct(toks[from], '"'))) from++;
  // ("repeated a figure that is simply false": the relative pronoun is none of the subject, its antecedent is)
  if (i - 1 > from && toks[i - 1].kind === 'word' && RELATIVE_WORDS.has(toks[i - 1].lower)) return { from: pastPointingCopula(ctx, from, i - 1), to: i - 1 };
  // ("a number that everybody knows is false", "a claim that experts say is untrue": and past the clause of who says or
  // knows it, a subject and its verb between the pronoun and the cue)
  // (or a cue that opens with the verb of knowing: "a figure that we | know to be wrong")
  const teller = KNOWING_VERBS.has(toks[i].lower) ? gappedRelativeAt(ctx, from, i) :
    i - 1 > from && toks[i - 1].kind === 'word' && !toks[i - 1].cap && ((toks[i - 1].f & F_CUE_VERB) !== 0 || KNOWING_VERBS.has(toks[i - 1].lower)) ? gappedRelativeAt(ctx, from, i - 1) : -1;
  if (teller > from) return { from: pastPointingCopula(ctx, from, teller), to: teller };
  if (relTo > from) return { from, to: relTo };
  // (a clause's conjunction after the comma is none of the subject: ", and any suggestion otherwise is untrue")
  // (nor one that opens the sentence: "And more than half of his advice is unsubstantiated")
  if (from + 1 < i && (toks[from].lower === 'and' || toks[from].lower === 'but') && (from === s.from || isPunct(toks[from - 1], ','))) from++;
  if (from >= i) return null;
  return { from, to: i };
}

/**
 * The relative pronoun ("that", "which") of a clause of saying or knowing whose subject runs from after it to the verb at
 * `verb`: "a number | that | everybody knows", "a claim | that | experts say"; else -1.
 */
function gappedRelativeAt(ctx: BlockContext, from: number, verb: number): number {
  const toks = ctx.toks;
  for (let r = verb - 2; r > from && verb - r <= 4; r--) {
    if (toks[r].kind !== 'word' || (toks[r].lower !== 'that' && toks[r].lower !== 'which')) continue;
    const subject = npStartingAt(ctx, r + 1, verb);
    // (past an adverb of the verb's: "that we | now | know")
    return subject !== null && skipRightAdverbs(ctx, subject.to, verb) === verb ? r : -1;
  }
  return -1;
}
/**
 * Past a pointing pronoun and a form of "be" that open an antecedent ("This is | a claim that is false", "It was | a
 * figure that we know to be wrong"), when a noun phrase follows before `to`; else from.
 */
function pastPointingCopula(ctx: BlockContext, from: number, to: number): number {
  const toks = ctx.toks;
  return from + 2 < to && POINTING_SUBJECTS.has(toks[from].lower) && BE_FORMS.has(toks[from + 1].lower) && npStartingAt(ctx, from + 2, to)?.to === to ? from + 2 : from;
}
/** Pronouns that point at what a copula after them names (`pastPointingCopula`): "This is a claim that is false". */
const POINTING_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'it']);
/** Verbs of knowing, whose clause may stand between a relative pronoun and what it judges: "a number that everybody knows is false". */
const KNOWING_VERBS: ReadonlySet<string> = new Set(['know', 'knows', 'knew']);

/**
 * The "that" of a statement's clause between commas closed by the comma at `close` (", that crime had doubled,"): after
 * a comma and a statement's noun, no other punctuation between, within 20 tokens; else -1.
 */
function statementClauseOpening(ctx: BlockContext, close: number, from: number): number {
  const toks = ctx.toks;
  for (let m = close - 1; m - 2 >= from && close - m <= 20; m--) {
    if (toks[m].kind === 'punct' && toks[m].quote < 0) return -1;
    if (toks[m].lower === 'that' && isPunct(toks[m - 1], ',') && STATEMENT_NOUNS.has(toks[m - 2].lower) && !STATEMENT_PRONOUNS.has(toks[m - 2].lower)) return m + 1 < close ? m : -1;
  }
  return -1;
}

/**
 * The comma that opens a relative clause closed by the comma at `close` (", which has been widely shared on social media
 * since late January,"): "which" or "who" after it, no other punctuation or quotation between, within 20 tokens; else -1.
 */
function relativeClauseOpening(ctx: BlockContext, close: number, from: number): number {
  const toks = ctx.toks;
  for (let m = close - 1; m > from && close - m <= 20; m--) {
    const t = toks[m];
    if (t.kind === 'quote' || (t.kind === 'punct' && !isPunct(t, ','))) return -1;
    if (isPunct(t, ',')) return (toks[m + 1].lower === 'which' || toks[m + 1].lower === 'who') ? m : -1;
  }
  return -1;
}

/**
 * Whether a cue verb stands right before the "that" at m, or past a few words of when or where it was said ("said on
 * Tuesday that", "told reporters in Halden that"): lower-case words and numbers, no finite verb between.
 */
function cueBeforeThat(ctx: BlockContext, m: number, from: number): boolean {
  const toks = ctx.toks;
  for (let k = m - 1; k >= from && k >= m - 5; k--) {
    const t = toks[k];
    if (reportingVerb(t)) return true;
    // (prepositions, days, places and numbers only: not a noun phrase's, "said the course name that appeared ...")
    if ((t.kind !== 'word' && t.kind !== 'number') || isFiniteVerb(ctx, k) || t.quote >= 0 || (t.f & F_DETERMINER) !== 0 || (t.kind === 'word' && !t.cap && t.pos !== 'I')) return false;
  }
  return false;
}

/** Whether a token is a verb that reports a clause after it: a cue verb's form, or a ruling's ("ruled"), not capitalised. */
function reportingVerb(t: Tok): boolean {
  return ((t.f & F_CUE_VERB) !== 0 || RULING_VERBS.has(t.lower)) && !t.cap;
}

/** After ", as some advocates say," at k (a comma, "as", up to eight words and a comma): the token after the aside; else k. */
function asAsideEnd(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  if (!(k + 3 < s.to && isPunct(toks[k], ',') && toks[k + 1].lower === 'as')) return k;
  for (let m = k + 2; m < s.to && m - k <= 10; m++) {
    if (isPunct(toks[m], ',')) return toks[m + 1]?.lower === 'that' ? m + 1 : k;
    if (toks[m].kind !== 'word') return k;
  }
  return k;
}

/** Whether the word at k is a noun after a determiner or a possessive ("the claim", "Minister's claim"), not a verb. */
function nounBefore(ctx: BlockContext, k: number, from: number): boolean {
  const p = ctx.toks[k - 1];
  if (k - 1 < from || p === undefined) return false;
  // (a quoted modifier after a determiner: 'The "100 years" claim also does not hold up')
  if (p.kind === 'quote' && p.quote >= 0 && ctx.quotes[p.quote].close >= 0 && ctx.quotes[p.quote].lastTok === k - 1) {
    const open = ctx.quotes[p.quote].firstTok;
    return open - 1 >= from && (ctx.toks[open - 1].f & F_DETERMINER) !== 0;
  }
  return (p.f & F_DETERMINER) !== 0 || p.lower === "'s" || p.lower === '’s';
}

/** Participles after "no evidence" that name what would be shown: "no evidence connecting the robberies". */
const LINKING_PARTICIPLES: ReadonlySet<string> = new Set(['connecting', 'linking', 'tying', 'showing', 'suggesting', 'supporting', 'proving']);

/** What links "no truth", "no basis" or "no evidence" to a statement it names: "no truth in this story", "no basis for the claim that". */
const STATEMENT_LINKS: ReadonlySet<string> = new Set(['in', 'to', 'behind', 'for']);

/** "there is no evidence that X", "no evidence of X". */
const NO_EVIDENCE_FIRST = new Set(NO_EVIDENCE_PHRASES.map((p) => p.words[0]));

/**
 * Things sent, held or paid that a body may have no record of, whose "no record of" denies they were: "We have no record of
 * any correspondence from the MP" (not "no record of the doctor", "no criminal record").
 */
const RECORDED_THINGS: ReadonlySet<string> = new Set([
  'correspondence', 'letter', 'letters', 'email', 'emails', 'complaint', 'complaints', 'call', 'calls', 'request', 'requests',
  'application', 'applications', 'payment', 'payments', 'meeting', 'meetings', 'contact', 'warning', 'warnings', 'report', 'reports',
]);

/** The no-evidence phrases a phrase of time may follow before what they find missing (`findingTimeEnd`). */
const TIMED_FINDINGS: ReadonlySet<string> = new Set(['noevidence.no-evidence', 'noevidence.no-proof', 'noevidence.no-sign', 'noevidence.no-indication']);

/** The end of a `FINDING_TIME_PHRASES` phrase that begins at token k ("so far", "at this stage"), or k when none does. */
function findingTimeEnd(ctx: BlockContext, k: number, to: number): number {
  for (const p of FINDING_TIME_PHRASES) if (matchWords(ctx, k, to, p.words)) return k + p.words.length;
  return k;
}

/**
 * The start of a `FINDING_TIME_PHRASES` phrase that ends a no-evidence target from `from` to `e` ("wrongdoing | so far"),
 * or e when none does (nor when it would leave nothing).
 */
function beforeFindingTime(ctx: BlockContext, from: number, e: number): number {
  for (const p of FINDING_TIME_PHRASES) {
    const at = e - p.words.length;
    if (at > from && matchWords(ctx, at, e, p.words)) return at;
  }
  return e;
}

function noEvidence(ctx: BlockContext, s: Sentence, i: number): Found | null {
  const toks = ctx.toks;
  if (!NO_EVIDENCE_FIRST.has(toks[i].lower)) return null;
  for (const p of NO_EVIDENCE_PHRASES) {
    // "no scientific evidence", "no credible evidence": a qualifier between "no" and the noun (EVIDENCE_QUALIFIERS)
    const skip = p.words.length === 2 && p.words[0] === 'no' && p.words[1] !== 'such' && i + 2 < s.to && EVIDENCE_QUALIFIERS.has(toks[i + 1].lower) ? 1 : 0;
    let ok = i + p.words.length + skip <= s.to;
    for (let k = 0; ok && k < p.words.length; k++) if (toks[i + k + (k > 0 ? skip : 0)].lower !== p.words[k]) ok = false;
    if (!ok) continue;
    let cueFrom = i;
    // (the phrase quoted: 'there was "no credible evidence" that X')
    // (with an intensifier inside the quotation: 'there was "absolutely no evidence" that X')
    const lead = i - 2 >= s.from && toks[i - 2].kind === 'quote' && isOpeningQuote(ctx, i - 2) && isAdverb(toks[i - 1]) ? 1 : 0;
    const quoted = i - 1 - lead >= s.from && toks[i - 1 - lead].kind === 'quote' && isOpeningQuote(ctx, i - 1 - lead) ? 1 + lead : 0;
    // "there is", "there was", "there has been", "found", "has seen"
    if (i - 2 - quoted >= s.from && toks[i - 2 - quoted].lower === 'there' && (toks[i - 1 - quoted].f & F_AUX) !== 0) cueFrom = i - 2 - quoted;
    else if (i - 3 - quoted >= s.from && toks[i - 3 - quoted].lower === 'there' && (toks[i - 2 - quoted].f & F_AUX) !== 0) cueFrom = i - 3 - quoted;
    // ("There is no truth whatsoever in these reports": the intensifier with the cue)
    let cueTo = i + p.words.length + skip + (toks[i + p.words.length + skip]?.lower === 'whatsoever' ? 1 : 0);
    if (quoted && cueFrom < i && toks[cueTo]?.kind === 'quote' && isClosingQuote(ctx, cueTo)) cueTo++;
    // ("No evidence has emerged to support claims that X", "no proof was found that X": the verb of the evidence's coming to
    // light, with its auxiliaries, is the cue's)
    if (p.id === 'noevidence.no-evidence' || p.id === 'noevidence.no-proof') {
      let m = cueTo;
      while (m < s.to && m - cueTo < 3 && toks[m].kind === 'word' && !toks[m].cap && (toks[m].f & F_AUX) !== 0) m++;
      if (m < s.to && EVIDENCE_EMERGING_VERBS.has(toks[m].lower) && (m > cueTo || toks[m].lower.endsWith('s'))) cueTo = m + 1;
    }
    // ("There is no evidence so far that X": past a phrase of time that limits the finding)
    let k = TIMED_FINDINGS.has(p.id) ? findingTimeEnd(ctx, cueTo, s.to) : cueTo;
    if (p.id === 'noevidence.without') return withoutEvidence(ctx, s, i, cueTo);
    if (p.id === 'noevidence.nothing-wrong' || p.id === 'noevidence.nothing-to-hide') {
      const hide = p.id === 'noevidence.nothing-to-hide';
      // (after a form of "do" and its auxiliaries: the subject before them the source, what is denied the charge before)
      // (for "nothing to hide", a form of "have")
      const v = i - 1;
      if (v < s.from || !(hide ? HAVE_FORMS : DO_FORMS).has(toks[v].lower)) continue;
      let from = v;
      while (from - 1 > s.from && (toks[from - 1].f & F_AUX) !== 0 && !toks[from - 1].cap) from--;
      const found = verbDeniesBefore(ctx, s, from, cueTo, true);
      // (someone's own concealment denied, its subject a pronoun: not a maxim, "Honest people have nothing to hide")
      if (hide && (found.denial.source === null || from - 1 < s.from || !isPronoun(toks[from - 1]))) continue;
      found.denial.rule = hide ? 'deny.nothing-to-hide' : 'deny.nothing-wrong';
      // (inside a report, its source denies: "Twenty-four percent said | she did nothing wrong")
      const reporter = reporterBefore(ctx, s, from);
      if (reporter !== null) {
        found.denial.source = span(ctx, reporter.range.from, reporter.range.to);
        found.denial.sourceType = reporter.type;
      } else if (found.denial.source !== null && !FIRST_PERSON_DENIERS.has(ctx.text.slice(found.denial.source[0], found.denial.source[1]).toLowerCase())) {
        // (with none, only a first person denies; "She's done nothing wrong" is the article's own word for her)
        found.denial.source = null;
        found.denial.sourceType = null;
      }
      // (and no clause of another verb than a report's: not "to show that they have nothing to hide")
      if (hide && reporter === null && from - 2 >= s.from && toks[from - 2].lower === 'that') continue;
      return found;
    }
    if (p.id === 'noevidence.never-happened') {
      const found = neverHappened(ctx, s, i, cueTo);
      if (found) return found;
      continue;
    }
    if (p.id === 'noevidence.no-such-thing') {
      // (the verb of saying or showing is the cue's, its subject the source; what is denied is the claim before)
      const v = i - 1;
      if (v < s.from || (toks[v].f & F_CUE_VERB) === 0 || toks[v].cap) continue;
      // (else the noun phrase that opens the sentence: "The study | behind them says")
      return verbDeniesBefore(ctx, s, v, cueTo, true);
    }
    if (p.id === 'noevidence.no-such') {
      // ("There has been no such change", "No such plan exists": said of the claim before, which the noun names again)
      const np = toks[i + 2]?.lower === 'thing' ? null : npStartingAt(ctx, i + 2, s.to);
      // ("The study made no such claim": the making verb is the cue's, its subject the source, and what it denies making
      // is the claim before, as for "says no such thing")
      if (np !== null && i - 1 >= s.from && MAKING_VERBS.has(toks[i - 1].lower) && STATEMENT_NOUNS.has(toks[np.to - 1].lower)) return verbDeniesBefore(ctx, s, i - 1, np.to, true);
      // (not a contrast or a condition: "Although there is no such overlap with ...")
      // (at the sentence's start, after "there is", or opening what a reporting verb reports: "said no such report exists")
      // (not a verb of finding, whose object it is: "We found no such report")
      const reported = i > s.from && (toks[i - 1].f & F_CUE_VERB) !== 0 && !toks[i - 1].cap && !FINDING_VERBS.has(toks[i - 1].lower);
      // (or as the object of a verb: "it had issued no such order", "has received no such request": the verb with the cue)
      const verb = i - 1;
      // (a thing made or held, `NO_SUCH_OBJECT_NOUNS`: not "had no such praise for Clinton")
      if (np !== null && cueFrom === i && !reported && verb > s.from && toks[verb].kind === 'word' && !toks[verb].cap && (toks[verb].pos === 'V' || (toks[verb].f & F_AUX) !== 0) && NO_SUCH_OBJECT_NOUNS.has(toks[np.to - 1].lower) && !CONCESSIVE_OPENERS.has(toks[s.from].lower)) cueFrom = verb;
      if (np === null || (cueFrom === i && i !== s.from && !reported) || (cueFrom > s.from && CONCESSIVE_OPENERS.has(toks[cueFrom - 1].lower))) continue;
      // (the cue up to "no"; "such" opens the target)
      // (a verb of finding's subject the source, outside any report: "We found no such report")
      const finder = cueFrom === verb && FINDING_VERBS.has(toks[verb].lower) && reporterBefore(ctx, s, verb) === null ? preposedSource(ctx, s, verb) : null;
      return {
        cueFrom,
        cueTo: i + 1,
        denial: { rule: 'deny.no-evidence', cue: span(ctx, cueFrom, i + 1), source: finder ? span(ctx, finder.range.from, finder.range.to) : null, sourceType: finder?.type ?? null, target: span(ctx, i + 1, np.to), genericTarget: true, score: 0.75 },
      };
    }
    if (p.id === 'noevidence.accused-of') {
      const found = accusedOfFalsehood(ctx, s, i, cueTo);
      if (found) return found;
      continue;
    }
    if (p.id === 'noevidence.falsely') return falselyReported(ctx, s, i);
    if (p.id === 'noevidence.wrong-to') return wrongToReport(ctx, s, i);
    if (p.id === 'noevidence.no-link') {
      // ("similar studies had found no link at all", "found no link.": a finding's, of the claim before, a generic target)
      const end = toks[k]?.lower === 'at' && toks[k + 1]?.lower === 'all' ? k + 2 : k;
      const v = i - 1;
      if (toks[k]?.lower !== 'between' && (end >= s.to || isPunct(toks[end], '.,;')) && v >= s.from && (toks[v].f & F_CUE_VERB) !== 0 && !toks[v].cap) return verbDeniesBefore(ctx, s, v, end, false);
      // ("no link between X and Y"; not "no link to the page")
      if (toks[k]?.lower !== 'between') continue;
      // (both things linked: "no link between a new bypass and flooding in the village", past the "and" that ends a target)
      const found = noEvidenceFound(ctx, s, cueFrom, cueTo, k + 1, secondLinkedEnd(ctx, s, targetEnd(ctx, s, k + 1)));
      if (found) return found;
      continue;
    }
    if (p.id === 'noevidence.inconsistent-with') {
      const found = inconsistentWith(ctx, s, cueFrom, cueTo);
      if (found) return found;
      continue;
    }
    if (p.id === 'noevidence.contrary-to') {
      // ("contrary to his claim that X", "contrary to reports that X": a statement's noun before "that"; not "contrary to
      // the law that bans X")
      let m = k;
      while (m < s.to && m - k < 4 && toks[m].kind === 'word' && toks[m].lower !== 'that') m++;
      // ("Contrary to the association's assurances, inspectors found X": the statement named, before the main clause's
      // comma, denied by the main clause's subject; a generic target)
      // (or the statements' noun and who made them: "Contrary to claims by the opposition, the council has not cut X")
      const byWhom = m > k + 2 && STATEMENT_NOUNS.has(toks[k].lower) && !STATEMENT_PRONOUNS.has(toks[k].lower) && (toks[k + 1].lower === 'by' || toks[k + 1].lower === 'from');
      if (m > k && isPunct(toks[m], ',') && cueFrom === i && i === s.from && ((STATEMENT_NOUNS.has(toks[m - 1].lower) && !STATEMENT_PRONOUNS.has(toks[m - 1].lower) && possessorFrom(ctx, m - 2, k) >= 0) || byWhom)) {
        const who = npStartingAt(ctx, m + 1, s.to);
        if (who !== null && who.to < s.to && isFiniteVerb(ctx, who.to)) {
          return {
            cueFrom, cueTo: k,
            denial: { rule: 'deny.no-evidence', cue: span(ctx, cueFrom, k), source: span(ctx, who.from, who.to), sourceType: sourceType(ctx, who), target: span(ctx, k, m), genericTarget: true, score: 0.7 },
          };
        }
      }
      // ("Contrary to reports, the minister has not resigned", "Contrary to the post, ...": the statements named, which the
      // article's own clause after the comma denies; no source, a generic target)
      if (m > k && m + 2 < s.to && isPunct(toks[m], ',') && cueFrom === i && i === s.from && (STATEMENT_NOUNS.has(toks[m - 1].lower) || MEDIA_NOUNS.has(toks[m - 1].lower) || HELD_BELIEFS.has(toks[m - 1].lower)) && !STATEMENT_PRONOUNS.has(toks[m - 1].lower) && !byWhom) {
        return {
          cueFrom, cueTo: k,
          denial: { rule: 'deny.no-evidence', cue: span(ctx, cueFrom, k), source: null, sourceType: null, target: span(ctx, k, m), genericTarget: true, score: 0.7 },
        };
      }
      if (!(m > k && m + 1 < s.to && toks[m].lower === 'that' && STATEMENT_NOUNS.has(toks[m - 1].lower) && !STATEMENT_PRONOUNS.has(toks[m - 1].lower))) continue;
      // (the fronted phrase ends at its comma, before the main clause: "..., there would be a wealth of ...")
      let c = m + 1;
      // (or a comma just inside a quotation's closing mark: "would ''learn nothing,'' there would be")
      while (c < s.to && !(isPunct(toks[c], ',') && (toks[c].quote < 0 || (toks[c + 1]?.kind === 'quote' && !isOpeningQuote(ctx, c + 1))))) c++;
      const found = noEvidenceFound(ctx, s, cueFrom, m, m + 1, c < s.to ? c : -1);
      if (found) return found;
      continue;
    }
    if (p.id === 'noevidence.nothing-to') {
      // "there is nothing to suggest X", "found nothing to indicate that X": a verb of showing after, and "there is"
      // or a verb of finding before ("had nothing to show for it" is none)
      const framed = cueFrom < i || (i > s.from && FINDING_VERBS.has(toks[i - 1].lower));
      const shown = framed ? evidenceTarget(ctx, s, i + 1) : -1;
      if (shown >= 0) {
        const found = noEvidenceFound(ctx, s, cueFrom, i + 1, shown);
        if (found) return found;
        continue;
      }
      // "nothing to the reports that": only with a determiner and a statement noun after ("done nothing to
      // assuage that fear" holds a pronoun's "that" there)
      if (!(k + 1 < s.to && (toks[k].f & F_DETERMINER) !== 0 && STATEMENT_NOUNS.has(toks[k + 1].lower) && !STATEMENT_PRONOUNS.has(toks[k + 1].lower))) continue;
    }
    // "There is no truth in this story", "no truth to the reports that X": the statement named, or what it says
    if ((p.id === 'noevidence.no-truth' || p.id === 'noevidence.no-basis' || p.id === 'noevidence.no-evidence') && STATEMENT_LINKS.has(toks[k]?.lower ?? '')) {
      // ("There is no truth in this whatsoever", "not a shred of truth in it": a pronoun for what was said, the sentence's
      // or the quotation's end after it)
      const pron = STATEMENT_PRONOUNS.has(toks[k + 1]?.lower ?? '') ? k + 2 : -1;
      const past = pron > 0 && toks[pron]?.lower === 'whatsoever' ? pron + 1 : pron > 0 && toks[pron]?.lower === 'at' && toks[pron + 1]?.lower === 'all' ? pron + 2 : pron;
      if (pron > 0 && (past >= s.to || isPunct(toks[past], '.!?,') || toks[past].kind === 'quote')) {
        const found = noEvidenceFound(ctx, s, cueFrom, k, k + 1, pron);
        if (found) {
          found.denial.genericTarget = true;
          return found;
        }
      }
      const np = npStartingAt(ctx, k + 1, s.to);
      // (the intensifier after it is none of the statement: "no truth in this story whatsoever")
      if (np && np.to - 1 > np.from && toks[np.to - 1].lower === 'whatsoever') np.to--;
      if (np && STATEMENT_NOUNS.has(toks[np.to - 1].lower) && !STATEMENT_PRONOUNS.has(toks[np.to - 1].lower)) {
        // (past the closing mark of a quoted phrase: 'there was "no truth to the idea" that X')
        const that = toks[np.to]?.kind === 'quote' && !isOpeningQuote(ctx, np.to) ? np.to + 1 : np.to;
        if (toks[that]?.lower === 'that' && that + 1 < s.to) {
          const found = noEvidenceFound(ctx, s, cueFrom, that, that + 1);
          if (found) return found;
        }
        const found = noEvidenceFound(ctx, s, cueFrom, cueTo, k + 1, np.to);
        if (found) {
          found.denial.genericTarget = true;
          return found;
        }
      }
    }
    // (past the closing mark of a quoted phrase, which then ends the cue: '"no evidence whatsoever" connecting ...')
    const after = toks[k]?.kind === 'quote' && !isOpeningQuote(ctx, k) ? k + 1 : k;
    const quotedTo = after > k ? after : cueTo;
    // ("no plausible mechanism\" by which the vaccine could cause hair loss": what it would explain)
    if (p.id === 'noevidence.no-mechanism') {
      if (toks[after]?.lower === 'by' && toks[after + 1]?.lower === 'which' && after + 2 < s.to) {
        const found = noEvidenceFound(ctx, s, cueFrom, quotedTo, after + 2);
        if (found) return found;
      }
      continue;
    }
    // ("found \"no evidence whatsoever\" connecting the five robberies": what would be linked)
    // (a study's: "no good study showing that coffee doubles the risk", what it would show after its "that")
    if ((p.id === 'noevidence.no-evidence' || p.id === 'noevidence.no-proof' || p.id === 'noevidence.no-study') && after < s.to && LINKING_PARTICIPLES.has(toks[after].lower)) {
      const found = noEvidenceFound(ctx, s, cueFrom, quotedTo, p.id === 'noevidence.no-study' && toks[after + 1]?.lower === 'that' ? after + 2 : after);
      if (found) return found;
    }
    if (p.id === 'noevidence.no-study') continue;
    // ("There is no good evidence for this.", "no evidence for these claims": the statement named before)
    // (past "whatsoever", and at the end of a quotation: '"There is no evidence whatsoever for that," he said')
    const forAt = toks[k]?.lower === 'whatsoever' ? k + 1 : k;
    if (toks[forAt]?.lower === 'for' && (p.id === 'noevidence.no-evidence' || p.id === 'noevidence.no-proof' || p.id === 'noevidence.no-basis')) {
      // (a pronoun, alone or before a statement's noun, where the noun phrase reader sees a complementiser: "for that",
      // "for that claim")
      const pointing = forAt + 1 < s.to && STATEMENT_PRONOUNS.has(toks[forAt + 1].lower);
      // (or a figure's noun past its figure, where the noun phrase reader stops at the number: "for the 90% figure")
      const named = pointing ? { from: forAt + 1, to: forAt + 2 < s.to && STATEMENT_NOUNS.has(toks[forAt + 2].lower) ? forAt + 3 : forAt + 2 } : figureNamedAt(ctx, forAt + 1, s.to) ?? npStartingAt(ctx, forAt + 1, s.to);
      // (or before a comma and a postposed report: "There is simply no basis for the 90% figure, Ellis said.")
      if (named !== null && (named.to === s.to || isPunct(toks[named.to], '.!?') || (isPunct(toks[named.to], ',') && (isClosingQuote(ctx, named.to + 1) || attributionTailAt(ctx, named.to + 1, s.to)))) && (STATEMENT_PRONOUNS.has(toks[named.to - 1].lower) || STATEMENT_NOUNS.has(toks[named.to - 1].lower))) {
        const found = noEvidenceFound(ctx, s, cueFrom, forAt, forAt + 1, named.to);
        if (found) {
          found.denial.genericTarget = true;
          return found;
        }
      }
    }
    // ("no record of 10,000 trees being planted": a record of an act, with its gerund; not "no record of the doctor", a
    // thing's, nor "no criminal record")
    // (or of a message, a meeting or a payment someone says was made: "We have no record of any correspondence from the MP")
    if (p.id === 'noevidence.no-record' && toks[k]?.lower === 'of') {
      // (its noun past a determiner and a modifier: "any such letter", "a formal complaint")
      let head = k + 1;
      while (head < s.to && head - k <= 3 && toks[head].kind === 'word' && !RECORDED_THINGS.has(toks[head].lower) && ((toks[head].f & F_DETERMINER) !== 0 || toks[head].lower === 'such' || toks[head].pos === 'J')) head++;
      if (head < s.to && RECORDED_THINGS.has(toks[head].lower)) {
        const found = noEvidenceFound(ctx, s, cueFrom, cueTo, k + 1);
        if (found) {
          found.denial.genericTarget = true;
          return found;
        }
      }
    }
    if (p.id === 'noevidence.no-record' && !(toks[k]?.lower === 'that' || (toks[k]?.lower === 'of' && rangeHas(ctx, k + 1, Math.min(s.to, k + 8), (t) => t.kind === 'word' && !t.cap && t.lower.endsWith('ing'))))) return null;
    const evidence = evidenceTarget(ctx, s, k);
    const viaEvidence = evidence >= 0 ? noEvidenceFound(ctx, s, cueFrom, cueTo, evidence) : null;
    if (viaEvidence) return viaEvidence;
    // ("No evidence 5G masts cause headaches, scientists say", "There is no evidence vaccines cause autism": a clause
    // without "that", its subject and a finite verb right after the phrase)
    if ((p.id === 'noevidence.no-evidence' || p.id === 'noevidence.no-proof') && k === cueTo && k < s.to && (toks[k].kind === 'word' || toks[k].kind === 'number') && toks[k].lower !== 'that') {
      const subject = npStartingAt(ctx, k, s.to);
      // (or a plural subject and a verb the tagger reads as a noun: "vaccines | cause autism")
      let verb = subject !== null && subject.to < s.to && isFiniteVerb(ctx, subject.to) ? subject.to : -1;
      for (let j = k + 1; verb < 0 && j < s.to - 1 && j - k <= 3; j++) {
        if (toks[j].kind === 'word' && !toks[j].cap && toks[j].pos === 'N' && canBeVerb(toks[j].lower) && !toks[j].lower.endsWith('s') && toks[j - 1].lower.endsWith('s') && toks[j + 1].kind === 'word') verb = j;
      }
      if (verb > k && (toks[verb].f & F_CUE_VERB) === 0) {
        const found = noEvidenceFound(ctx, s, cueFrom, cueTo, k);
        if (found) return found;
      }
    }
    while (k < s.to && !TARGET_CONNECTORS.has(toks[k].lower) && k - cueTo < 4 && (isNpWord(toks[k]) || ['to', 'support', 'suggest', 'suggests', 'showing'].includes(toks[k].lower))) k++;
    if (k < s.to && TARGET_CONNECTORS.has(toks[k].lower)) {
      const found = noEvidenceFound(ctx, s, cueFrom, Math.max(cueTo, k), k + 1);
      if (found) return found;
    }
  }
  return null;
}

/**
 * "Chris Philp accused the minister of \"misleading the public\"", "accuses her rival of lying", "The company was accused
 * of spreading misinformation": whoever accuses denies the accused's claims (a generic target, the accused named), the
 * act of falsehood (`noevidence.accused-of`, from `i` to `cueTo`) the cue. The accusing verb stays the attribution's cue.
 */
function accusedOfFalsehood(ctx: BlockContext, s: Sentence, i: number, cueTo: number): Found | null {
  const toks = ctx.toks;
  // (past a quotation's opening mark: 'of "misleading the public"')
  const of = toks[i - 1]?.kind === 'quote' && isOpeningQuote(ctx, i - 1) ? i - 2 : i - 1;
  if (of - 1 <= s.from || toks[of].lower !== 'of') return null;
  const accusing = (k: number): boolean => toks[k]?.kind === 'word' && cueVerbForm(toks[k].lower)?.verb.id === 'cue.accuse';
  let target: TokRange | null;
  let source: SourceFound | null = null;
  if (accusing(of - 1) && of - 2 >= s.from && PASSIVE_AUX.has(toks[of - 2].lower)) {
    // ("The minister was accused of misleading MPs", "has been accused": the subject is the accused, before the
    // auxiliaries; by whom, if said, after the act)
    let at = of - 2;
    while (at - 1 > s.from && (toks[at - 1].f & F_AUX) !== 0 && !toks[at - 1].cap) at--;
    target = preposedSource(ctx, s, at)?.range ?? null;
  } else if (accusing(of - 1) && ctx.headline) {
    // ("Minister accused of misleading MPs over prison places": a headline's passive, its "is" left out)
    target = npEndingAt(ctx, of - 2, s.from);
  } else {
    // (or an object pronoun: "accused him of \"inventing victories\"")
    target = npEndingAt(ctx, of - 1, s.from) ?? (PERSON_PRONOUNS.has(toks[of - 1].lower) || toks[of - 1].lower === 'them' ? { from: of - 1, to: of } : null);
    if (target === null || !accusing(target.from - 1)) return null;
    source = preposedSource(ctx, s, target.from - 1);
  }
  if (target === null) return null;
  return {
    cueFrom: i,
    cueTo,
    denial: {
      rule: 'deny.accused', cue: span(ctx, i, cueTo), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null,
      target: span(ctx, target.from, target.to), genericTarget: true, score: 0.6,
    },
  };
}

/**
 * `noevidence.without`: a report the article says was made without evidence, the article's own denial (no source) of
 * what was reported: "claimed without evidence on Monday that X", "said, without offering any proof, that X",
 * "Prentice, without evidence, claimed that X". Only beside a reporting verb ("won without evidence of fraud" is none).
 */
function withoutEvidence(ctx: BlockContext, s: Sentence, cueFrom: number, cueTo: number): Found | null {
  const toks = ctx.toks;
  let at = -1;
  // after the verb: its "that" past a few words of time or place ("on Monday"), or its clause
  let v = cueFrom - 1;
  if (v >= s.from && isPunct(toks[v], ',')) v--;
  if (v >= s.from && (toks[v].f & F_CUE_VERB) !== 0 && !toks[v].cap) {
    at = reportedClauseAt(ctx, s, cueTo < s.to && isPunct(toks[cueTo], ',') ? cueTo + 1 : cueTo, cueTo);
  } else {
    // before the verb: "Prentice, without evidence, claimed that X"
    let m = cueTo;
    if (m < s.to && isPunct(toks[m], ',')) m++;
    if (m + 1 < s.to && (toks[m].f & F_CUE_VERB) !== 0 && !toks[m].cap && toks[m + 1].lower === 'that') at = m + 2;
  }
  // (after what was reported, closing the sentence: "He said 57 people had been killed, without giving a source for the
  // figure": the clause of the report verb before the comma)
  let end = -1;
  if (at < 0 && cueFrom - 2 > s.from && isPunct(toks[cueFrom - 1], ',') && restIsPhrase(ctx, cueTo, s.to)) {
    for (let m = cueFrom - 2; m > s.from; m--) {
      if (toks[m].quote >= 0 || isPunct(toks[m], ',;:')) continue;
      if ((toks[m].f & F_CUE_VERB) !== 0 && !toks[m].cap) {
        at = toks[m + 1]?.lower === 'that' ? m + 2 : m + 1;
        end = cueFrom - 1;
        break;
      }
    }
  }
  if (at < 0 || at >= s.to) return null;
  if (end < 0) end = targetEnd(ctx, s, at);
  if (end <= at) return null;
  return {
    cueFrom,
    cueTo,
    denial: { rule: 'deny.without-evidence', cue: span(ctx, cueFrom, cueTo), source: null, sourceType: null, target: span(ctx, at, end), genericTarget: false, score: 0.7 },
  };
}

/** Whether tokens [from, to) are a phrase that ends the sentence: no verb, comma or quotation, only its final punctuation. */
function restIsPhrase(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (k === to - 1 && isPunct(t, '.!')) return true;
    if (t.kind !== 'word' || isFiniteVerb(ctx, k)) return false;
  }
  return true;
}

/**
 * `noevidence.falsely`: a report the article calls false by an adverb on its verb, the article's own denial (no source)
 * of what was reported: "Claire Dubois falsely claimed on Monday that no homes had been destroyed", "wrongly said the
 * plant was closed". The adverb at token i, right before a reporting verb; the target is that verb's clause, after its
 * "that" past a few words of time or place, or its bare clause. ("falsely accused of" is no report: none.)
 */
function falselyReported(ctx: BlockContext, s: Sentence, i: number): Found | null {
  const toks = ctx.toks;
  const v = i + 1;
  // "Posts falsely link flu vaccine to hair loss", "falsely blamed the fire on migrants": what the verb phrase says is false
  if (v < s.to && FALSELY_LINKING_VERBS.has(toks[v].lower) && !toks[v].cap) {
    const end = targetEnd(ctx, s, v + 1);
    if (end <= v + 1) return null;
    return { cueFrom: i, cueTo: i + 1, denial: { rule: 'deny.falsely', cue: span(ctx, i, i + 1), source: null, sourceType: null, target: span(ctx, v, end), genericTarget: false, score: 0.8 } };
  }
  // ("he was falsely accused", "was wrongly accused of theft": the accusation in the passive, what it charged or the one
  // before; whoever reports it denies, else no one named)
  // (the two words quoted too: 'he was "falsely accused"')
  const quoted = i - 1 >= s.from && toks[i - 1].kind === 'quote' && isOpeningQuote(ctx, i - 1) && toks[v + 1]?.kind === 'quote' && isClosingQuote(ctx, v + 1);
  const aux = quoted ? i - 2 : i - 1;
  if (v < s.to && toks[v].lower === 'accused' && aux >= s.from && PASSIVE_AUX.has(toks[aux].lower)) {
    const reporter = reporterBefore(ctx, s, aux);
    const end = quoted ? v + 2 : v + 1;
    const of = toks[end]?.lower === 'of' ? targetEnd(ctx, s, end + 1) : -1;
    const target = of > end + 1 ? span(ctx, end + 1, of) : null;
    return {
      cueFrom: quoted ? i - 1 : i,
      cueTo: end,
      denial: { rule: 'deny.falsely', cue: span(ctx, quoted ? i - 1 : i, end), source: reporter ? span(ctx, reporter.range.from, reporter.range.to) : null, sourceType: reporter?.type ?? null, target, genericTarget: target === null || allGeneric(ctx, end + 1, of), score: 0.8 },
    };
  }
  // (a verb after the adverb, whatever the lexicon reads: "Viral video falsely claims X", where "claims" is a noun to it)
  // (or its participle: "apologised after wrongly reporting that X", "by falsely claiming that X")
  if (v >= s.to || (toks[v].f & F_CUE_VERB) === 0 || (toks[v].cap && !ctx.headline) || !(isFiniteVerb(ctx, v) || /s$/.test(toks[v].lower) || toks[v].lower.endsWith('ing'))) return null;
  // (no bare clause after a person's pronoun: "wrongly told him ...")
  const at = reportedClauseAt(ctx, s, v + 1 < s.to && PERSON_PRONOUNS.has(toks[v + 1].lower) ? -1 : v + 1, v + 1);
  if (at < 0 || at >= s.to) return null;
  const end = targetEnd(ctx, s, at);
  if (end <= at) return null;
  return {
    cueFrom: i,
    cueTo: i + 1,
    denial: { rule: 'deny.falsely', cue: span(ctx, i, i + 1), source: null, sourceType: null, target: span(ctx, at, end), genericTarget: false, score: 0.8 },
  };
}

/**
 * Whether cue tokens [from, i) before a verb of saying at i deny, in the past, that a statement was made: "never" or
 * "did not" among them and no modal ("We never said", "I didn't claim"; not "can't say", "I would never say"), and a
 * clause after the verb, bare or after "that" (not "whether", "so", a pronoun alone).
 */
/** The last token "of" in [from, to), or -1. */
function lastOfBetween(ctx: BlockContext, from: number, to: number): number {
  for (let m = to - 1; m >= from; m--) if (ctx.toks[m].lower === 'of') return m;
  return -1;
}

/** The words right before a verb of saying that make it `deny.never-said`'s: "never said", "did not say", "didn't claim". */
const SAY_NEGATIONS: ReadonlySet<string> = new Set(['never', 'not', "n't", "didn't"]);
/** The forms of `deny.never-said` that deny a promise, whose object may be a thing or an act as well as a clause. */
const PROMISE_FORMS: ReadonlySet<string> = new Set(['promise', 'promised']);
/**
 * Modals contracted or negated, which say what cannot or would not be said ("can't say", "she'd never say"); a token's
 * lower-case form has the straight apostrophe, so no curly form is listed.
 */
const MODAL_CONTRACTIONS: ReadonlySet<string> = new Set(["can't", 'cannot', "couldn't", "won't", "wouldn't", "shouldn't", "'d"]);
function saidDenied(ctx: BlockContext, s: Sentence, from: number, i: number): boolean {
  const toks = ctx.toks;
  let past = false;
  // (with the subject's contracted "would" before the cue: "she'd never say")
  for (let k = Math.max(s.from, from - 1); k < i; k++) {
    const w = toks[k].lower;
    if (MODALS.has(w) || MODAL_CONTRACTIONS.has(w) || /['’]d$/.test(w)) return false;
    if (w === 'never' || w === 'did' || w === "didn't") past = true;
  }
  const after = toks[i + 1]?.lower === 'that' ? i + 2 : i + 1;
  if (!past || after >= s.to) return false;
  // (a promise of a thing or an act: "never promised free bus travel", "did not promise to cut taxes")
  if (after === i + 1 && PROMISE_FORMS.has(toks[i].lower)) return toks[after].lower === 'to' || npStartingAt(ctx, after, s.to) !== null;
  return clauseAt(ctx, after, s.to);
}

/**
 * The phrase of another statement the sentence before names ("a similar claim", "another rumour") when a generic target
 * points at a statement of that noun ("That claim", "This rumour"); else null.
 */
function otherStatementBefore(ctx: BlockContext, target: readonly [number, number]): [number, number] | null {
  const toks = ctx.toks;
  const k = tokenAtOrAfter(ctx, target[0]);
  if (k + 2 > toks.length || toks[k + 1]?.end !== target[1] || !POINTING_DETERMINERS.has(toks[k].lower)) return null;
  const noun = toks[k + 1].lower;
  const si = ctx.sentences.findIndex((x) => x.from <= k && k < x.to);
  const p = si > 0 ? ctx.sentences[si - 1] : undefined;
  if (p === undefined) return null;
  for (let m = p.from; m + 1 < p.to; m++) {
    const w = toks[m].lower;
    if (w === 'another' && toks[m + 1].lower === noun) return [toks[m].start, toks[m + 1].end];
    if ((w === 'a' || w === 'an') && m + 2 < p.to && OTHER_ADJECTIVES.has(toks[m + 1].lower) && toks[m + 2].lower === noun) return [toks[m].start, toks[m + 2].end];
  }
  return null;
}
/** Determiners that point back at a statement just named: "That claim", "This rumour". */
const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['that', 'this']);
/** Adjectives that make a statement another than the article's: "a similar claim", "a separate rumour". */
const OTHER_ADJECTIVES: ReadonlySet<string> = new Set(['similar', 'separate', 'different']);

/** Whether the sentence before s, in its block, reports what someone said: a verb of saying and "that" right after it ("said that", "stated that"). */
function reportsBefore(ctx: BlockContext, s: Sentence): boolean {
  const i = ctx.sentences.indexOf(s);
  const p = i > 0 ? ctx.sentences[i - 1] : undefined;
  return p !== undefined && rangeHas(ctx, p.from, p.to - 1, (x) => (x.f & F_CUE_VERB) !== 0 && !x.cap && ctx.toks[x.i + 1]?.lower === 'that');
}

/** Auxiliaries before "not happen" or "never existed": "did not happen", "has never existed". */
const NEVER_HAPPENED_AUX: ReadonlySet<string> = new Set([...HAVE_FORMS, 'do', 'does', 'did']);
/** Verbs of hoping or fearing before "that" and the subject: "I hope that this development doesn't occur" denies nothing. */
const WISHING_WORDS: ReadonlySet<string> = new Set(['hope', 'hopes', 'hoped', 'hoping', 'wish', 'wishes', 'wished', 'fear', 'fears', 'feared', 'sure', 'ensure', 'ensures', 'ensured', 'pray', 'prayed']);
/** Determiners that open the subject of `neverHappened`: "the freeze", "such a plan", "their meeting". */
const EVENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'any', 'his', 'her', 'its', 'their', 'our']);
/**
 * `noevidence.never-happened`: "The freeze never happened", "the meeting did not take place", "Such a plan does not
 * exist": the subject before the negation at token i (and its auxiliary), a noun phrase a determiner opens, is what is
 * denied, an event or a thing claimed; the source whoever reports it ("The Conservative group said the freeze never
 * happened"), else none (the article's). Not a relative clause's ("jobs that do not exist yet") nor a pronoun's.
 */
function neverHappened(ctx: BlockContext, s: Sentence, i: number, cueTo: number): Found | null {
  const toks = ctx.toks;
  let v = i - 1;
  // (the auxiliary before "not", "never" or none before a contraction: "did not happen", "has never existed")
  if (toks[i].lower === 'not') {
    if (v < s.from || !NEVER_HAPPENED_AUX.has(toks[v].lower)) return null;
    v--;
  } else if (toks[i].lower === 'never' && v >= s.from && NEVER_HAPPENED_AUX.has(toks[v].lower)) v--;
  // (the phrase quoted: 'the freeze "never happened"')
  const quoted = v >= s.from && toks[v].kind === 'quote' && isOpeningQuote(ctx, v);
  if (quoted) v--;
  // (the cue's end: the verb's phrase, and a closing quote right after it)
  const end = quoted && toks[cueTo]?.kind === 'quote' && isClosingQuote(ctx, cueTo) ? cueTo + 1 : cueTo;
  // (the sentence's or the clause's end after it: not "never happened before", "did not exist until 2019")
  if (end < s.to && !isPunct(toks[end], '.,;!') && !(toks[end].kind === 'quote' && isClosingQuote(ctx, end))) return null;
  const np = v >= s.from ? npEndingAt(ctx, v, s.from) : null;
  // (a noun phrase, not a pronoun: "this didn't exist")
  if (np === null || np.to !== v + 1 || np.to - np.from < 2 || !EVENT_DETERMINERS.has(toks[np.from].lower)) return null;
  // (a thing said not to exist only when it is one someone claims was made or held, "such a plan", "the deal": "The money
  // does not exist" judges no statement)
  const exists = toks[cueTo - 1].lower === 'exist' || toks[cueTo - 1].lower === 'existed';
  if (exists && toks[np.from].lower !== 'such' && !NO_SUCH_OBJECT_NOUNS.has(toks[np.to - 1].lower)) return null;
  const before = toks[np.from - 1]?.lower === 'that' ? np.from - 2 : np.from - 1;
  if (before >= s.from && WISHING_WORDS.has(toks[before].lower)) return null;
  // (nor a statement's clause, which its report holds whole: "his earlier statements that the contact never occurred")
  if (before >= s.from && before === np.from - 2 && STATEMENT_NOUNS.has(toks[before].lower)) return null;
  const reporter = reporterBefore(ctx, s, np.from);
  // (the cue from the quotation's opening mark, the auxiliary or the negation, whichever comes first: right after the subject)
  const cueFrom = v + 1;
  return {
    cueFrom,
    cueTo: end,
    denial: {
      rule: 'deny.never-happened', cue: span(ctx, cueFrom, end), source: reporter ? span(ctx, reporter.range.from, reporter.range.to) : null,
      // (a statement named again, "Such a plan does not exist", points back as "no such plan" does)
      sourceType: reporter?.type ?? null, target: span(ctx, np.from, np.to), genericTarget: toks[np.from].lower === 'such', score: 0.7,
    },
  };
}

/**
 * A no-evidence denial whose cue runs from the verb at token v to `cueTo`, of what was said before (a generic target):
 * "The study behind them says no such thing", "The study made no such claim", "found no link at all". Its source is the
 * verb's subject, or with `opening` the noun phrase that opens the sentence when none is found.
 */
function verbDeniesBefore(ctx: BlockContext, s: Sentence, v: number, cueTo: number, opening: boolean): Found {
  let source = preposedSource(ctx, s, v);
  if (source === null && opening) {
    const np = npStartingAt(ctx, s.from, v);
    if (np) source = { range: np, type: sourceType(ctx, np) };
  }
  return {
    cueFrom: v,
    cueTo,
    denial: { rule: 'deny.no-evidence', cue: span(ctx, v, cueTo), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null, target: null, genericTarget: true, score: 0.8 },
  };
}

/** The source of the report whose cue comes last before token `at` in its sentence ("Twenty-four percent said | she X"), or null. */
function reporterBefore(ctx: BlockContext, s: Sentence, at: number): SourceFound | null {
  const c = lastCueBefore(ctx, s, at);
  return c > s.from ? preposedSource(ctx, s, c) : null;
}

/**
 * `noevidence.inconsistent-with`: a finding that rules out an explanation ("the concentration in her sample was
 * \"inconsistent with meat contamination\"", "The injuries were not consistent with a fall"), the cue from/to tokens.
 * The target is the noun phrase after "with", the explanation; the source who reports the finding, if anyone. Not when
 * that phrase is the evidence itself ("His account is inconsistent with the CCTV footage": the account is what it
 * rules out), nor after no copula.
 */
function inconsistentWith(ctx: BlockContext, s: Sentence, cueFrom: number, cueTo: number): Found | null {
  const toks = ctx.toks;
  const before = toks[cueFrom - 1]?.kind === 'quote' ? cueFrom - 2 : cueFrom - 1;
  if (before < s.from || !BE_FORMS.has(toks[before].lower)) return null;
  let from = cueTo;
  if (toks[from]?.kind === 'quote') from++;
  const np = npStartingAt(ctx, from, s.to);
  if (np === null || EVIDENCE_NOUNS.has(toks[np.to - 1].lower) || MEDIA_NOUNS.has(toks[np.to - 1].lower)) return null;
  const reporter = reporterBefore(ctx, s, cueFrom);
  return {
    cueFrom,
    cueTo,
    denial: { rule: 'deny.no-evidence', cue: span(ctx, cueFrom, cueTo), source: reporter ? span(ctx, reporter.range.from, reporter.range.to) : null, sourceType: reporter?.type ?? null, target: span(ctx, np.from, np.to), genericTarget: false, score: 0.6 },
  };
}

/**
 * `noevidence.wrong-to`: a report called wrong by "wrong to" before its verb's plain form ("was wrong to claim on Sunday
 * that Britain has X", "wrong to say X"); the adjective at token i. The target is the verb's clause, as for `falselyReported`;
 * the cue runs to the verb. No source: the article's, or its frame's ("..., experts say").
 */
function wrongToReport(ctx: BlockContext, s: Sentence, i: number): Found | null {
  const toks = ctx.toks;
  const v = i + 2;
  if (v >= s.to || (toks[v].f & F_CUE_VERB) === 0 || toks[v].cap || cueVerbForm(toks[v].lower)?.participle !== false || toks[v].lower.endsWith('s')) return null;
  const at = reportedClauseAt(ctx, s, v + 1 < s.to && PERSON_PRONOUNS.has(toks[v + 1].lower) ? -1 : v + 1, v + 1);
  if (at < 0 || at >= s.to) return null;
  const end = targetEnd(ctx, s, at);
  if (end <= at) return null;
  // (who was wrong made the claim: the subject before the auxiliaries; not an empty "it", "It would be wrong to say X")
  let b = i;
  while (b - 1 >= s.from && (toks[b - 1].f & F_AUX) !== 0) b--;
  const subject = preposedSource(ctx, s, b);
  if (subject !== null && subject.range.to - subject.range.from === 1 && toks[subject.range.from].lower === 'it') return null;
  const found: Found = {
    cueFrom: i,
    cueTo: v + 1,
    denial: { rule: 'deny.wrong-to', cue: span(ctx, i, v + 1), source: null, sourceType: null, target: span(ctx, at, end), genericTarget: false, score: 0.8 },
  };
  if (subject !== null) found.denial.claimedBy = span(ctx, subject.range.from, subject.range.to);
  return found;
}

/** Verbs that state a link or a cause, false after "falsely": "Posts falsely link the vaccine to hair loss". */
const FALSELY_LINKING_VERBS: ReadonlySet<string> = new Set([
  'link', 'links', 'linked', 'linking', 'tie', 'ties', 'tied', 'connect', 'connects', 'connected', 'blame', 'blames', 'blamed',
  'attribute', 'attributes', 'attributed', 'portray', 'portrays', 'portrayed', 'depict', 'depicts', 'depicted', 'show', 'shows', 'showed',
]);

/**
 * Where the clause a reporting verb reports begins: at token `bare` when a noun phrase and its finite verb begin there
 * (not "that"; -1 for none), else after the "that" that follows within six words of time or place from token `k`
 * ("claimed on Monday that X"); -1 when neither.
 */
function reportedClauseAt(ctx: BlockContext, s: Sentence, bare: number, k: number): number {
  const toks = ctx.toks;
  const np = bare >= 0 ? npStartingAt(ctx, bare, s.to) : null;
  if (np && toks[bare].lower !== 'that' && (isFiniteVerb(ctx, np.to) || verbInCompound(ctx, np) >= 0)) return bare;
  if (np === null && bare >= 0 && verbReadSubject(ctx, bare, s.to) !== null) return bare;
  let m = k;
  while (m < s.to && m - k < 6 && toks[m].lower !== 'that' && (isPunct(toks[m], ',') || isNpWord(toks[m]) || toks[m].pos === 'I')) m++;
  return toks[m]?.lower === 'that' ? m + 1 : -1;
}

/**
 * The no-evidence denial with cue tokens [cueFrom, cueTo) and its target from token `from` to `endAt` (exclusive, when
 * given) or to where `targetEnd` ends it (null when no target follows).
 */
function noEvidenceFound(ctx: BlockContext, s: Sentence, cueFrom: number, cueTo: number, from: number, endAt = -1): Found | null {
  const restated = endAt > from ? -1 : restatementEnd(ctx, s, from);
  // ("found no evidence of wrongdoing so far": the finding's time, no part of what it finds missing)
  const end = endAt > from ? endAt : restated >= 0 ? restated : beforeFindingTime(ctx, from, targetEnd(ctx, s, from));
  if (end <= from) return null;
  const source = sourceBeforeFrame(ctx, s, cueFrom);
  return {
    cueFrom,
    cueTo,
    denial: {
      rule: 'deny.no-evidence', cue: span(ctx, cueFrom, cueTo), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null,
      // (and a figure named: "not seen any document that supports the £3 million figure")
      // (or the statement named again: "had no record of any such warning")
      // (or what was said before, by a pronoun after "of", with where it was missing: "found no evidence of it in our supply
      // chain")
      target: span(ctx, from, end), genericTarget: restated >= 0 || (end - from === 1 && STATEMENT_PRONOUNS.has(ctx.toks[from].lower)) || figureSubject(ctx, from, end) || suchNamed(ctx, from, end) || allGeneric(ctx, from, end) || pronounOfAt(ctx, from), score: 0.8,
    },
  };
}

/** Whether token `from` is "it" or "them" right after "of", for a thing named before: "no evidence of | it in our supply chain". */
function pronounOfAt(ctx: BlockContext, from: number): boolean {
  const t = ctx.toks[from];
  return from > 0 && ctx.toks[from - 1].lower === 'of' && (t.lower === 'it' || t.lower === 'them');
}

/** Whether tokens [from, to) name what was said before again with "such": "any such warning", "such claims". */
function suchNamed(ctx: BlockContext, from: number, to: number): boolean {
  const k = ctx.toks[from].lower === 'any' ? from + 1 : from;
  return to - k >= 2 && to - k <= 3 && ctx.toks[k].lower === 'such';
}

/**
 * "Neither claim is true", "None of these claims is correct", "neither is accurate": a statement that none of the
 * statements before holds, the whole clause its cue (the statements it judges are the ones before: no target), or null.
 * `i` is the copula.
 */
function noneTrue(ctx: BlockContext, s: Sentence, i: number, psrc: Map<number, SourceFound | null>): Found | null {
  const toks = ctx.toks;
  const after = toks[i + 1];
  if (after === undefined || i + 1 >= s.to || !NONE_TRUE_ADJECTIVES.has(after.lower)) return null;
  // (the judgement closes its clause: not "neither claim is true of the north")
  const next = toks[i + 2];
  if (i + 2 < s.to && next.kind === 'word') return null;
  // the subject: "neither" or "none", then at most "of", a determiner and a statement's noun
  let a = i - 1;
  while (a > s.from && i - a <= 4 && !NONE_WORDS.has(toks[a].lower)) a--;
  // (none before a copula that opens the sentence: "is true.")
  if (a < s.from || !NONE_WORDS.has(toks[a].lower)) return null;
  for (let m = a + 1; m < i; m++) {
    const w = toks[m];
    if (!(w.lower === 'of' || (w.f & F_DETERMINER) !== 0 || STATEMENT_NOUNS.has(w.lower) || w.lower === 'them')) return null;
  }
  // (the subject opens its clause: the sentence, or after a reporting verb, "that" or a comma)
  const before = toks[a - 1];
  if (a > s.from && !(before.lower === 'that' || isPunct(before, ',;:') || before.kind === 'quote' || (before.f & F_CUE_VERB) !== 0)) return null;
  const source = a > s.from ? preposedSource(ctx, s, a - 1) : null;
  if (source) psrc.set(i, source);
  return {
    cueFrom: a,
    cueTo: i + 2,
    denial: { rule: 'deny.none-true', cue: span(ctx, a, i + 2), source: source ? span(ctx, source.range.from, source.range.to) : null, sourceType: source?.type ?? null, target: null, genericTarget: true, score: 0.7 },
  };
}

/**
 * Where a clause from `at` ends that only points back at a statement, "that is the case", "this was true", closing
 * its sentence (after "nothing to suggest": a generic target, the claim before); else -1.
 */
function restatementEnd(ctx: BlockContext, s: Sentence, at: number): number {
  const toks = ctx.toks;
  if (at + 2 >= s.to || !POINTING_WORDS.has(toks[at].lower) || !BE_FORMS.has(toks[at + 1].lower)) return -1;
  for (const words of RESTATEMENTS) {
    const end = at + 2 + words.length;
    if (end > s.to || (end < s.to && toks[end].kind === 'word')) continue;
    let k = 0;
    while (k < words.length && toks[at + 2 + k].lower === words[k]) k++;
    if (k === words.length) return end;
  }
  return -1;
}

/**
 * Where the proposition begins after "no evidence" when a verb of showing comes first: "to support the
 * claim that X", "to suggest X", "to back up reports that X", "that supports this" (the token of X), or -1.
 */
function evidenceTarget(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  // (or a relative clause's verb in the present: "no evidence that supports this", "any study that backs up the claim")
  if (!(k + 1 < s.to && ((toks[k].lower === 'to' && EVIDENCE_VERBS.has(toks[k + 1].lower)) || (toks[k].lower === 'that' && toks[k + 1].lower.endsWith('s') && EVIDENCE_VERBS.has(toks[k + 1].lower.slice(0, -1)))))) return -1;
  let t = k + 2;
  if (toks[k + 1].lower === 'back' && t < s.to && toks[t].lower === 'up') t++;
  const bare = t;
  // ("to suggest that is the case": "that" points back, it opens no clause; "to suggest that the fire was set" opens
  // one, "to support that claim" is a determiner)
  if (restatementEnd(ctx, s, t) >= 0) return t;
  if (t + 1 < s.to && toks[t].lower === 'that' && !STATEMENT_NOUNS.has(toks[t + 1].lower)) return t + 1;
  if (t < s.to && (toks[t].f & F_DETERMINER) !== 0) t++;
  // (a possessor before the statement's noun: "to support the mayor's claim that X", "Smith's claim that X")
  if (t + 2 < s.to && toks[t].kind === 'word' && toks[t + 1].lower === "'s" && STATEMENT_NOUNS.has(toks[t + 2].lower)) t += 2;
  if (t < s.to && STATEMENT_NOUNS.has(toks[t].lower) && !STATEMENT_PRONOUNS.has(toks[t].lower)) t++;
  if (t < s.to && toks[t].lower === 'that') return t + 1;
  // ("found no evidence to support the allegation": the statement named, what was said before)
  if (t === bare + 2 && (toks[bare].f & F_DETERMINER) !== 0 && STATEMENT_NOUNS.has(toks[bare + 1].lower)) return bare;
  // "to suggest the fire was set": a clause without "that" (a finite verb follows its subject)
  if (t === bare || t === bare + 1) {
    for (let j = bare; j < Math.min(s.to, bare + 6); j++) if (isFiniteVerb(ctx, j)) return j > bare ? bare : -1;
    // (or what the verb takes, whatever it is: "to suggest the drug works", "to suggest wrongdoing", "to support this")
    if (bare < s.to && (toks[bare].kind === 'word' || toks[bare].kind === 'number')) return bare;
  }
  return -1;
}

/** "Officials found no evidence that": a subject before a verb that frames the phrase. */
function sourceBeforeFrame(ctx: BlockContext, s: Sentence, cueFrom: number): SourceFound | null {
  const prev = ctx.toks[cueFrom - 1];
  if (!prev || ctx.toks[cueFrom].lower === 'there') return null;
  // ("Hollander offered no evidence for the figure": who gave none is the claimant; the article itself says so)
  if (EVIDENCE_GIVING_VERBS.has(prev.lower)) return null;
  if (['found', 'saw', 'see', 'sees', 'has', 'have', 'had', 'finds', 'uncovered'].includes(prev.lower) || isFiniteVerb(ctx, cueFrom - 1)) {
    // (as a reporting verb's subject: "A study published in the journal Nature found no evidence")
    return preposedSource(ctx, s, cueFrom - 1);
  }
  return null;
}

/**
 * `deny.verdict`: a fact check's verdict line, "Verdict: False", "Our rating: Mostly false" (`VERDICT_LABELS`, a
 * falsity phrase or `VERDICT_RATINGS`, nothing after it in its sentence): the article's own denial of the claim it checks, which it
 * names by no words of its own (a generic target: the claim before it).
 */
function verdictDenial(ctx: BlockContext): RawDenial | null {
  const toks = ctx.toks;
  let colon = -1;
  for (let k = 1; k < Math.min(toks.length, 4); k++) {
    if (isPunct(toks[k], ':')) {
      colon = k;
      break;
    }
  }
  // ("| ... | False: official figures show 234,000 homes were built |": a table's cell that opens with a rating and a colon,
  // the explanation after it)
  if (ctx.kind === 'tableCell' && colon > 0) {
    let r = 0;
    while (r < colon && toks[r].kind !== 'word') r++;
    const len = r < colon ? ratingAt(ctx, r) : 0;
    if (len > 0 && r + len === colon) return { rule: 'deny.verdict', cue: span(ctx, r, r + len), source: null, sourceType: null, target: null, genericTarget: true, score: 0.9 };
  }
  // (the block's first sentence: "**Verdict: Misleading.** The subsidy costs less than ..." explains it after)
  const last = ctx.sentences.length > 0 ? ctx.sentences[0].to : toks.length;
  if (last > MAX_VERDICT_TOKENS) return null;
  if (colon < 1 || !VERDICT_LABELS.has(ctx.text.slice(toks[0].start, toks[colon - 1].end).toLowerCase())) return null;
  let k = colon + 1;
  if (toks[k]?.kind === 'quote') k++;
  const len = k < toks.length ? ratingAt(ctx, k) : 0;
  if (len === 0) return null;
  for (let e = k + len; e < last; e++) if (toks[e].kind !== 'punct' && toks[e].kind !== 'quote') return null;
  return { rule: 'deny.verdict', cue: span(ctx, k, k + len), source: null, sourceType: null, target: null, genericTarget: true, score: 0.9 };
}

/** How many tokens a fact check's rating takes at token k, a falsity phrase ("False", "a hoax") or a rating ("Mostly false", "Pants on fire"); else 0. */
function ratingAt(ctx: BlockContext, k: number): number {
  return falsityAt(ctx, k)?.len ?? phraseAt(ctx, k, VERDICT_RATING_WORDS);
}

/**
 * A sentence that is a fact check's verdict after the claim it checks: a label and a rating ("Verdict: False.", "Our
 * rating: Mostly false.") or a falsity word on its own ("Misleading.", "False."), nothing else but punctuation and
 * emphasis marks; the article's denial of the claim before it (a generic target). Else null. A sentence `opening` its
 * block is no short negation ("It will not.").
 */
function sentenceVerdict(ctx: BlockContext, s: Sentence, opening = false): RawDenial | null {
  const toks = ctx.toks;
  if (s.to - s.from > MAX_VERDICT_TOKENS) return null;
  let k = s.from;
  while (k < s.to && toks[k].kind !== 'word') k++;
  for (let c = k + 1; c < Math.min(s.to, k + 4); c++) {
    if (!isPunct(toks[c], ':')) continue;
    if (VERDICT_LABELS.has(ctx.text.slice(toks[k].start, toks[c - 1].end).toLowerCase())) k = c + 1;
    break;
  }
  while (k < s.to && toks[k].kind === 'quote') k++;
  // "We rate this claim Mostly False.", "We rate it Pants on Fire": a fact check's own rating of the claim it checks
  if (k + 2 < s.to && toks[k].lower === 'we' && RATING_VERBS.has(toks[k + 1].lower)) {
    let m = k + 2;
    if ((toks[m].f & F_DETERMINER) !== 0 || toks[m].lower === 'it') m++;
    if (m < s.to && (toks[m].lower === 'claim' || toks[m].lower === 'statement')) m++;
    k = m;
  }
  // "The council says the bypass will cut journey times by half. It will not.": a short negation of the claim before
  // (not opening a block: the claim before is another paragraph's)
  const negation = opening ? -1 : shortNegation(ctx, s, k);
  if (negation > k) return { rule: 'deny.verdict', cue: span(ctx, k + 1, negation), source: null, sourceType: null, target: span(ctx, k, k + 1), genericTarget: true, score: 0.8 };
  // ("Misleading." alone: a weak falsity word is a verdict only as a sentence of its own, which it is here)
  const len = k < s.to ? ratingAlone(ctx, k, s.to) : 0;
  if (len === 0) return null;
  return { rule: 'deny.verdict', cue: span(ctx, k, k + len), source: null, sourceType: null, target: null, genericTarget: true, score: 0.9 };
}

/** How many tokens a rating at token k takes (`ratingAt`) when nothing but punctuation and quotation marks follows it before `to`; else 0. */
function ratingAlone(ctx: BlockContext, k: number, to: number): number {
  const len = ratingAt(ctx, k);
  if (len === 0) return 0;
  for (let e = k + len; e < to; e++) if (ctx.toks[e].kind !== 'punct' && ctx.toks[e].kind !== 'quote') return 0;
  return len;
}

/**
 * A quotation opened after a colon whose first sentence is only a rating: 'Marsh hit back on Instagram, writing: "Fake
 * news. I'm not going anywhere."' (the quotation's speaker denies the claim before it, a generic target); else null.
 */
function quotedVerdict(ctx: BlockContext, s: Sentence): RawDenial | null {
  const toks = ctx.toks;
  let q = -1;
  for (let c = s.to - 2; c > s.from; c--) {
    if (isPunct(toks[c], ':') && toks[c + 1].kind === 'quote' && isOpeningQuote(ctx, c + 1)) {
      q = c + 2;
      break;
    }
  }
  if (q < 0 || q >= s.to) return null;
  const len = ratingAlone(ctx, q, s.to);
  if (len === 0) return null;
  return { rule: 'deny.verdict', cue: span(ctx, q, q + len), source: null, sourceType: null, target: null, genericTarget: true, score: 0.9 };
}

/**
 * A sentence at k that is only a pronoun, an auxiliary and "not" ("It will not.", "It did not.", "They were not."):
 * the end of its cue (after "not"), or -1.
 */
function shortNegation(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  if (k + 3 > s.to || !NEGATED_PRONOUNS.has(toks[k].lower) || (toks[k + 1].f & F_AUX) === 0 || toks[k + 2].lower !== 'not') return -1;
  for (let e = k + 3; e < s.to; e++) if (toks[e].kind !== 'punct' && toks[e].kind !== 'quote') return -1;
  return k + 3;
}
/** Subjects of a short negation that stand for the claim before (`shortNegation`). */
const NEGATED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'they']);

/** Verbs of a fact check's own rating: "We rate this claim False". */
const RATING_VERBS: ReadonlySet<string> = new Set(['rate', 'rated', 'rating', 'give']);

/** The most words a verdict line holds. */
const MAX_VERDICT_TOKENS = 12;

/** The words of `VERDICT_RATINGS`, for `phraseAt`. */
const VERDICT_RATING_WORDS = VERDICT_RATINGS.map((r) => r.words);

/**
 * "Hoax: Man did not win the lottery", "FAKE: ...", "Denial: ..." in a headline; and a myth-busting list's "Myth 1: X."
 * opening a paragraph too, which denies its first sentence.
 */
function headlineDenial(ctx: BlockContext, used: Uint8Array): RawDenial | null {
  const toks = ctx.toks;
  // (a paragraph that opens with a myth-busting list's label too, the myth its first sentence: "**Myth 1: Emergency
  // services can't get through.** The ambulance service said ...")
  if (!ctx.headline && !NUMBERED_FALSITY_LABELS.has(toks[0]?.lower ?? '')) return null;
  // (a numbered label too: "Myth 1: ...", a myth-busting list's)
  if (toks.length < 3) return null;
  const colon = isPunct(toks[1], ':') ? 1 : toks[1].kind === 'number' && isPunct(toks[2], ':') && NUMBERED_FALSITY_LABELS.has(toks[0].lower) ? 2 : -1;
  if (colon < 0 || toks.length < colon + 2) return null;
  if (!ctx.headline) {
    const s = sentenceOfToken(ctx, colon + 1);
    let end = s ? s.to : toks.length;
    while (end > colon + 2 && toks[end - 1].kind === 'punct') end--;
    if (end <= colon + 2) return null;
    for (let k = 0; k <= colon; k++) used[k] = 1;
    return { rule: 'deny.headline', cue: span(ctx, 0, 1), source: null, sourceType: null, target: span(ctx, colon + 1, end), genericTarget: false, score: 0.8 };
  }
  const w = toks[0].lower;
  const isFalse = FALSITY_PHRASES.some((p) => p.words.length === 1 && p.words[0] === w) || DENIAL_NOUNS.some((d) => d.words.includes(w)) || w === 'debunked' || w === 'false';
  if (!isFalse) return null;
  for (let k = 0; k <= colon; k++) used[k] = 1;
  return { rule: 'deny.headline', cue: span(ctx, 0, 1), source: null, sourceType: null, target: span(ctx, colon + 1, toks.length), genericTarget: false, score: 0.8 };
}

/** Whether a heading opens with a fact check's label for the claim it checks: "Claim:", "Claim 2:", "The claim:". */
function claimLabelled(ctx: BlockContext): boolean {
  const toks = ctx.toks;
  let k = toks[0]?.lower === 'the' ? 1 : 0;
  if (toks[k]?.lower !== 'claim' && toks[k]?.lower !== 'claims') return false;
  k++;
  if (toks[k]?.kind === 'number' || toks[k]?.text === '#') k++;
  if (toks[k]?.kind === 'number') k++;
  return toks[k] !== undefined && isPunct(toks[k], ':');
}

/** Falsity words that head a numbered list's claims: "Myth 1: ...". */
const NUMBERED_FALSITY_LABELS: ReadonlySet<string> = new Set(['myth', 'myths']);

/** Forms of "be" after which "never" denies in a headline as "not" does (`headlineNegation`), before `NEVER_BEFORE` or a participle. */
const NEVER_AFTER: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been']);
/** What follows such a "never": a participle in -ed or -en ("Was Never Arrested"), or an article ("was never a panel"); not "Is Never Funny". */
const NEVER_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'any']);

/**
 * A headline that negates its own proposition or calls it false: "No, Banksy hasn't been arrested",
 * "Woman detained in Lebanon is not al-Baghdadi's wife, Iraq says", "Banksy arrest hoax: ...".
 * Only headlines: in body text a negated sentence is a claim of its own, not a denial.
 */
function headlineNegation(ctx: BlockContext): RawDenial | null {
  const toks = ctx.toks;
  if (toks.length < 3) return null;
  // ('## "Property taxes have not risen once under my administration"': a heading that is one quotation is someone's
  // words, the claim a fact check's section checks, not the article's own negation)
  const q = toks[0].kind === 'quote' && toks[0].quote >= 0 ? ctx.quotes[toks[0].quote] : undefined;
  if (q !== undefined && q.firstTok === 0 && q.close >= 0 && q.lastTok >= toks.length - 2) return null;
  // ("Pants on Fire: Duncan Hunter makes unconfirmed claim X", "Mostly false: X": a fact check's rating before a colon
  // judges what follows it)
  const rated = ratingAt(ctx, 0);
  if (rated > 0 && isPunct(toks[rated], ':')) {
    let end = toks.length;
    while (end > rated + 1 && toks[end - 1].kind === 'punct') end--;
    if (end - (rated + 1) >= 3) return { rule: 'deny.headline', cue: span(ctx, 0, rated), source: null, sourceType: null, target: span(ctx, rated + 1, end), genericTarget: false, score: 0.8 };
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const l = t.lower;
    // ("Banksy Was Never Arrested", "There was never a panel discussion planned": "never" after a form of "be"; not "May
    // Never Walk Again", "never showed up")
    const negation = HEADLINE_NEGATIONS.has(l) || l.endsWith("n't") || (l === 'never' && i > 0 && NEVER_AFTER.has(toks[i - 1].lower) && i + 1 < toks.length && (NEVER_BEFORE.has(toks[i + 1].lower) || /(?:ed|en)$/.test(toks[i + 1].lower)));
    // ("Is Mara Quinn quitting music? Her team says no": the question's proposition, denied by the one who answers)
    if (l === 'no' && i === toks.length - 1 - (isPunct(toks[toks.length - 1], '.!') ? 1 : 0)) {
      const answered = answeredQuestion(ctx, i);
      if (answered !== null) return answered;
    }
    if (negation) {
      // ("No, the sea is not falling"; after a source's colon or a question: "Border agency: No ISIS fighters at the
      // border", "Stadium plan ahead? No, says the mayor")
      if (l === 'no' && !(i === 0 && isPunct(toks[1], ',-—–:')) && !(i > 0 && isPunct(toks[i - 1], ':?') && toks[i - 1].quote < 0 && toks[i + 1]?.lower !== 'one')) continue;
      if (l === 'not' && ['only', 'just', 'yet'].includes(toks[i + 1]?.lower ?? '')) continue;
      if (nonDenialNegation(ctx, i) !== null) continue;
      // ('"We have not closed a single A&E": health secretary questioned': a first person's negation in quotation marks
      // is the speaker's own counter-claim, no denial by the article of what the quotation says)
      if (t.quote >= 0 && rangeHas(ctx, ctx.quotes[t.quote].firstTok, i, (x) => FIRST_PERSON_DENIERS.has(x.lower))) continue;
      // ("They're not fake", "third boob is no hoax": a falsity negated affirms)
      const nx = toks[i + 1]?.lower === 'a' || toks[i + 1]?.lower === 'an' ? toks[i + 2] : toks[i + 1];
      if (nx !== undefined && HEADLINE_FALSITY_WORDS.has(nx.lower)) continue;
      // "Russia will not back down": a refusal or an intention, not a proposition called false
      if (l === "won't" || toks[i - 1]?.lower === 'will') continue;
      // ("Was last month the wettest October on record? Not quite", "Stadium plan ahead? No, says the mayor": the
      // question's proposition)
      if (i > 1 && isPunct(toks[i - 1], '?') && toks[i - 1].quote < 0) {
        return { rule: 'deny.headline', cue: span(ctx, i, i + 1), source: null, sourceType: null, target: span(ctx, 0, i - 1), genericTarget: false, score: 0.6 };
      }
      // ('Chancellor\'s growth claim "not supported by the evidence", watchdog says': a falsity phrase with its "is" left
      // out, after what it judges)
      // (of a statement named before it: not "Macaulay Culkin NOT Dead", whose whole headline is the proposition)
      const phrase = l === 'not' && rangeHas(ctx, 0, i, (x) => STATEMENT_NOUNS.has(x.lower) && !STATEMENT_PRONOUNS.has(x.lower)) ? falsityAt(ctx, i) : null;
      if (phrase !== null) return denialOver(ctx, i, i + phrase.len, 'deny.headline', 0.6);
      return denialOver(ctx, i, i + 1, 'deny.headline', 0.6);
    }
    // ('Minister\'s claim about NHS nurses "wrong", says royal college': a judgement that denies only right after a
    // statement's noun, ending the clause)
    if (JUDGING_ADJECTIVES.has(l)) {
      // (after an intensifier: 'Study linking phone use to memory loss "deeply flawed", experts say')
      const from = i > 1 && FALSITY_INTENSIFIERS.has(toks[i - 1].lower) && toks[i - 1].pos === 'R' ? i - 1 : i;
      const before = toks[from - 1]?.kind === 'quote' ? from - 2 : from - 1;
      const after = toks[i + 1]?.kind === 'quote' ? i + 2 : i + 1;
      const judgedEnd = after >= toks.length || isPunct(toks[after], ',;:.');
      // (not in a heading that a question word opens, "What the video gets wrong": it names a section of answers)
      // (of a statement named right before, or of a study the headline opens with)
      // (with no verb before it, whose clause the adjective would end: not "Study finds safety checks flawed")
      if (judgedEnd && before > 0 && !HEADING_WH_WORDS.has(toks[0].lower) && (rangeHas(ctx, Math.max(0, before - 4), before + 1, (x) => STATEMENT_NOUNS.has(x.lower) && !STATEMENT_PRONOUNS.has(x.lower)) || opensWithEvidence(ctx, before)) &&
        !rangeHas(ctx, 0, before + 1, (x) => (x.f & F_CUE_VERB) !== 0 && !x.cap && isFiniteVerb(ctx, x.i))) return denialOver(ctx, from, i + 1, 'deny.headline', 0.6);
    }
    if (HEADLINE_FALSITY_WORDS.has(l)) {
      const pv = toks[i - 1]?.lower === 'a' || toks[i - 1]?.lower === 'an' ? toks[i - 2] : toks[i - 1];
      if (pv !== undefined && (HEADLINE_NEGATIONS.has(pv.lower) || pv.lower.endsWith("n't"))) continue;
      // ("Ex-employee alleges firm faked safety tests": a verb of falsifying with its object is the act alleged, no
      // falsity called)
      if (FALSIFYING_VERBS.has(l) && i > 0 && toks[i + 1]?.kind === 'word' && toks[i + 1].lower !== 'by' && !isPunct(toks[i + 1], ',;:.')) continue;
      // ("Viral post wrongly claims X": an adverb on a verb of saying calls what is said false, as in a sentence)
      if (l.endsWith('ly') && (toks[i + 1]?.f & F_CUE_VERB) !== 0 && !toks[i + 1].cap) continue;
      // ("Water company fined over false sewage reports": an adjective before a noun in lower case judges that noun's
      // phrase, as `deny.false-statement` reads one, not the headline)
      if (ATTRIBUTIVE_FALSITY.has(l) && i > 0 && toks[i + 1]?.kind === 'word' && !toks[i + 1].cap && isNpWord(toks[i + 1]) && !VERB_AFTER_FALSITY.has(toks[i + 1].lower)) continue;
      // ("Hoax about tap water debunked", "Tap water hoax debunked": a falsity word that ends the headline judges all
      // before it, a first one among them)
      if (falsityEndsAfter(ctx, i)) continue;
      // ("What's true and what's false about the new tax": likewise)
      if (i > 0 && HEADING_WH_WORDS.has(toks[0].lower)) continue;
      return denialOver(ctx, i, i + 1, 'deny.headline', 0.6);
    }
  }
  return null;
}

/** Words after a headline's falsity word that make it no attributive adjective: "Claims false, says minister". */
const VERB_AFTER_FALSITY: ReadonlySet<string> = new Set(['says', 'say', 'said', 'claims', 'according', 'as', 'and', 'or', 'but', 'for', 'to', 'by', 'in', 'on', 'about']);

/** Question words that open a heading of answers: "What the video gets wrong", "How the figures were inflated". */
const HEADING_WH_WORDS: ReadonlySet<string> = new Set(['what', "what's", 'how', 'why', 'where', 'which']);

/** Verbs of falsifying among `HEADLINE_FALSITY_WORDS`: with an object after them, the act alleged ("firm faked tests"). */
const FALSIFYING_VERBS: ReadonlySet<string> = new Set(['faked', 'fabricated']);

/** Judgements that deny in a headline only right after what they judge: 'X\'s claim "wrong", says Y'. */
const JUDGING_ADJECTIVES: ReadonlySet<string> = new Set(['wrong', 'misleading', 'inaccurate', 'incorrect', 'nonsense', 'untrue', 'flawed']);

/**
 * Whether a headline opens with a study's or a report's noun (`EVIDENCE_NOUNS`, after a determiner) and no finite verb
 * follows it up to token `to`: "Study linking X to Y | \"deeply flawed\"" (not "Study of 20 schools is | flawed").
 */
function opensWithEvidence(ctx: BlockContext, to: number): boolean {
  const toks = ctx.toks;
  const k = (toks[0].f & F_DETERMINER) !== 0 ? 1 : 0;
  if (k > to || !EVIDENCE_NOUNS.has(toks[k].lower)) return false;
  for (let m = k + 1; m <= to; m++) if (isFiniteVerb(ctx, m)) return false;
  return true;
}

/**
 * The subject before a parenthesis that ends right before token i, with it: "The UK Health Security Agency (UKHSA) has
 * rejected" (a short form of at most three tokens); else null.
 */
function parenthesisedSource(ctx: BlockContext, s: Sentence, i: number): SourceFound | null {
  const toks = ctx.toks;
  const j = i - 1;
  if (j <= s.from || !isPunct(toks[j], ')')) return null;
  let c = j - 1;
  while (c > s.from && j - c <= 4 && !isPunct(toks[c], '(')) c--;
  if (c <= s.from || !isPunct(toks[c], '(') || c === j - 1) return null;
  const found = preposedSource(ctx, s, c);
  return found ? { range: { from: found.range.from, to: j + 1 }, type: found.type } : null;
}

/**
 * A headline's question answered "no" by someone at its end, "no" at token i: "Is X quitting music? Her team says no",
 * "Stadium plan ahead? Mayor says no". The source the noun phrase before the verb of saying, the target the question.
 */
function answeredQuestion(ctx: BlockContext, i: number): RawDenial | null {
  const toks = ctx.toks;
  const v = i - 1;
  if (v < 2 || toks[v].kind !== 'word' || (cueVerbForm(toks[v].lower)?.verb.id !== 'cue.say')) return null;
  let q = v - 1;
  while (q > 0 && !(isPunct(toks[q], '?') && toks[q].quote < 0)) q--;
  if (q <= 0) return null;
  const np = npStartingAt(ctx, q + 1, v);
  if (np === null || np.to !== v) return null;
  return { rule: 'deny.headline', cue: span(ctx, v, i + 1), source: span(ctx, np.from, np.to), sourceType: 'other', target: span(ctx, 0, q), genericTarget: false, score: 0.6 };
}

/** Whether token k opens a clause of the headline: its first token, or one after a comma, colon, semicolon, dash or quotation mark. */
function opensHeadlineClause(ctx: BlockContext, k: number): boolean {
  const prev = ctx.toks[k - 1];
  return prev === undefined || prev.kind === 'quote' || isPunct(prev, ',:;-—–');
}

/**
 * The reading of `HEADLINE_NON_DENIALS` (src/core/data/denials.ts) by which the headline's negation at token
 * i denies nothing, or null when none applies.
 */
function nonDenialNegation(ctx: BlockContext, i: number): string | null {
  const toks = ctx.toks;
  const l = toks[i].lower;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (l === "don't" ? opensHeadlineClause(ctx, i) : l === 'not' && prev?.lower === 'do' && opensHeadlineClause(ctx, i - 1)) return 'neg.imperative';
  if (l === 'not' && prev !== undefined && isPunct(prev, ',') && next !== undefined && next.kind === 'word' && next.pos !== 'V' && next.pos !== 'M' && next.pos !== 'R') return 'neg.contrast';
  if (l === 'not' && prev?.pos === 'I' && next?.kind === 'word' && next.lower.endsWith('ing')) return 'neg.gerund';
  if (prev?.lower === 'or' || toks[i - 2]?.lower === 'or') return 'neg.alternative';
  // ("Apple isn't happy with the battery life", "Shocked readers don't approve": a feeling, no proposition called false)
  const after = next !== undefined && next.kind === 'word' && next.pos === 'R' && !NEGATED_FEELINGS.has(next.lower) ? toks[i + 2] : next;
  if (after !== undefined && after.kind === 'word' && NEGATED_FEELINGS.has(after.lower)) return 'neg.feeling';
  // ("Four Reasons Not To Give Up Hope", "threatened not to pay": an infinitive's negation, something not to do)
  // (not a raising verb's, nor a perfect or a passive infinitive, which state: "turns out not to have made the comment")
  if (l === 'not' && next?.lower === 'to' && toks[i + 2]?.kind === 'word' && !STATING_INFINITIVES.has(toks[i + 2].lower) && !(prev !== undefined && RAISING_BEFORE_NOT.has(prev.lower))) return 'neg.infinitive';
  // ("Texas Plumber Isn't Sure How X", "It is not clear whether X": doubt about something, nothing called false)
  if (after !== undefined && after.kind === 'word' && NEGATED_CERTAINTY.has(after.lower)) return 'neg.certainty';
  // ("did not tell swimmer about her past", "won't say if X": what was not said, no proposition denied; but "did NOT say
  // our pets are going to heaven" denies the report that he said it)
  if (after !== undefined && after.kind === 'word' && NEGATED_TELLING.has(after.lower) && rangeHas(ctx, after.i + 1, Math.min(toks.length, after.i + 4), (x) => UNSAID_AFTER.has(x.lower))) return 'neg.telling';
  return null;
}

/** Certainty a headline's negation leaves in doubt: "isn't sure", "not clear", "not certain". */
const NEGATED_CERTAINTY: ReadonlySet<string> = new Set(['sure', 'certain', 'clear']);

/** Words after a verb of telling that leave what was not said open: "won't say if", "did not tell him about". */
const UNSAID_AFTER: ReadonlySet<string> = new Set(['if', 'whether', 'about', 'how', 'why', 'what', 'when', 'where', 'who']);

/** Infinitives after "not to" that state rather than direct: "not to have made", "not to be". */
const STATING_INFINITIVES: ReadonlySet<string> = new Set(['have', 'be', 'exist']);

/** Raising verbs before "not to", which state: "turns out not to", "seems not to", "appears not to". */
const RAISING_BEFORE_NOT: ReadonlySet<string> = new Set(['out', 'seems', 'seemed', 'appears', 'appeared', 'proved', 'proves']);

/** Verbs of telling a headline's negation leaves unsaid: "did not tell", "won't say", "didn't reveal". */
const NEGATED_TELLING: ReadonlySet<string> = new Set(['tell', 'say', 'reveal', 'disclose', 'mention', 'explain']);

/** Feelings and approval a headline's negation leaves no denial of: "isn't happy", "not impressed", "don't approve" (not "not convinced", a doubt). */
const NEGATED_FEELINGS: ReadonlySet<string> = new Set([
  'happy', 'pleased', 'amused', 'impressed', 'thrilled', 'keen', 'satisfied', 'interested', 'worried', 'concerned', 'afraid', 'bothered',
  'approve', 'approves', 'like', 'likes', 'care', 'cares', 'mind',
]);

/**
 * Whether a headline's falsity participle after token i ends it (`HEADLINE_FALSITY_WORDS`, last but for punctuation:
 * "debunked"; not a noun or an adjective, "... Was Used For A Hoax", "... confirmed as false").
 */
function falsityEndsAfter(ctx: BlockContext, i: number): boolean {
  const toks = ctx.toks;
  let end = toks.length;
  while (end - 1 > i && toks[end - 1].kind !== 'word') end--;
  const last = toks[end - 1].lower;
  return end - 1 > i && last.endsWith('ed') && HEADLINE_FALSITY_WORDS.has(last);
}

/** A denial whose cue is tokens [from, to) and whose target is the rest of the headline. */
function denialOver(ctx: BlockContext, from: number, to: number, rule: string, score: number): RawDenial {
  const toks = ctx.toks;
  let a = 0;
  let b = toks.length;
  if (from === 0) a = to;
  // "Lavrov: Russia will not back down", "Bridge toll is not rising: Okafor": the target is the side of
  // the headline's colon that holds the cue, not the speaker on the other side
  // (or of its semicolon: "Airline blames air traffic control; controllers say staffing is not the problem")
  for (let k = a; k < b; k++) {
    if (!isPunct(toks[k], ':;') || toks[k].quote >= 0) continue;
    if (k < from) a = k + 1;
    else if (k >= to) {
      b = k;
      break;
    }
  }
  // ("Fact check: No, the vaccine does not contain graphene": nor the answer's "No" after a label's colon)
  if (a === from && a > 0 && isPunct(toks[to], ',-—–')) a = to + 1;
  // "... is not al-Baghdadi's wife, Iraq says": nor the attribution after its last comma
  for (let k = b - 1; k >= to; k--) {
    if (isPunct(toks[k], ',') && toks[k].quote < 0) {
      if (attributionTailAt(ctx, k + 1, b)) b = k;
      break;
    }
  }
  // "Company says it was not hacked": nor the reporting clause before it, whose speaker denies it
  let source: R | null = null;
  for (let k = from - 1; k > a; k--) {
    const t = toks[k];
    // (a verb, not a noun: "Internet report of Ebola outbreak not true")
    if (t.kind !== 'word' || t.cap || (t.f & F_CUE_VERB) === 0 || t.quote >= 0 || cueVerbForm(t.lower)?.participle !== false || !isFiniteVerb(ctx, k) || toks[k + 1]?.lower === 'of') continue;
    // (nor a statement's noun after a possessor's noun: "Chancellor's growth claim")
    if (possessedStatementNounAt(ctx, k, a + 1)) continue;
    const np = npStartingAt(ctx, a, k);
    // (or a second verb of the headline's subject after a comma: "Rovers reject £40m bid for striker, say he is not for sale")
    const coordinated = np !== null && np.to < k - 1 && isPunct(toks[k - 1], ',') && isFiniteVerb(ctx, np.to);
    if (np && (np.to === k || coordinated)) {
      source = span(ctx, np.from, np.to);
      a = toks[k + 1]?.lower === 'that' ? k + 2 : k + 1;
    }
    break;
  }
  // ('Rail firm\'s claim that strikes cost £100m "exaggerated"': a falsity word after what it judges, which is no part of
  // it, and a statement's noun with its "that", which only names what is judged)
  const afterCue = toks[to]?.kind === 'quote' ? to + 1 : to;
  const judged = rule === 'deny.headline' && from > a && from < b && (HEADLINE_FALSITY_WORDS.has(toks[from].lower) || JUDGING_ADJECTIVES.has(toks[to - 1].lower) || (to - from > 1 && toks[from].lower === 'not')) && (afterCue >= b || isPunct(toks[afterCue], ',;:.'));
  if (judged) {
    b = from;
    // (and the copula and the adverbs before it: "Viral video ... was faked", "likely exaggerated", "categorically false")
    // (and an article or "as" before the word: "is reportedly a fake", "exposed as hoaxer")
    while (b - 1 > a && toks[b - 1].kind === 'word' && (BE_FORMS.has(toks[b - 1].lower) || toks[b - 1].lower === 'be' || toks[b - 1].lower === 'as' || FALSITY_INTENSIFIERS.has(toks[b - 1].lower) || toks[b - 1].lower.endsWith('ly') || ARTICLES.has(toks[b - 1].lower))) b--;
    for (let k = a + 1; k + 1 < b; k++) {
      // (a claim's or a report's clause, not a relative one on a video: "Viral Video That Netted 130K"; or what it is of,
      // when a phrase judges it: "Internet report of Ebola outbreak in Purdon not true")
      if ((toks[k].lower === 'that' && ALLEGATION_OF.has(toks[k - 1].lower) && !relativeVerbAt(ctx, k + 1)) || (toks[k].lower === 'of' && to - from > 1 && ALLEGATION_OF.has(toks[k - 1].lower))) {
        a = k + 1;
        break;
      }
    }
  }
  while (a < b && (toks[a].kind === 'punct' || toks[a].kind === 'quote')) a++;
  // (but the closing mark of a quotation that opens inside: 'Striker Costa "not for sale"')
  while (b > a && (toks[b - 1].kind === 'punct' || (toks[b - 1].kind === 'quote' && !closesQuotationFrom(ctx, b - 1, a)))) b--;
  // (what is judged named by its statement's noun only: "Chancellor's growth claim")
  // (or by its topic: "Minister's claim about NHS nurses")
  const named = judged && b > a && !rangeHas(ctx, a, b, (x) => x.lower === 'that') &&
    (STATEMENT_NOUNS.has(toks[b - 1].lower) || rangeHas(ctx, a, b - 1, (x) => STATEMENT_NOUNS.has(x.lower) && !STATEMENT_PRONOUNS.has(x.lower) && STATEMENT_ABOUT.has(toks[x.i + 1].lower)));
  return { rule, cue: span(ctx, from, to), source, sourceType: source ? 'other' : null, target: b > a ? span(ctx, a, b) : null, genericTarget: b <= a || named, score };
}

/** Past participles not in -ed that may open a reduced relative clause: "claims made by the opposition that X". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'spread', 'written', 'given', 'brought', 'put', 'told', 'shown']);

/**
 * A verb right after "that" with no subject between: "allegations that surfaced", "claims that have circulated", "a
 * video that appears to show" (an auxiliary, or a past form or a form in -s the tagger reads as a verb; not "claims that
 * drones ...", a noun it may misread).
 */
function relativeVerbAt(ctx: BlockContext, m: number): boolean {
  const t = ctx.toks[m];
  if (t.kind !== 'word' || t.cap) return false;
  if ((t.f & F_AUX) !== 0) return true;
  // (or a verb in -s the tagger reads as one: "a video that | appears to show")
  if ((t.pos !== 'V' && t.pos !== undefined) || !(t.lower.endsWith('ed') || (t.pos === 'V' && t.lower.endsWith('s'))) || t.lower.length < 5) return false;
  // (not a participle before the clause's subject: "claims that shipped drones reached Russia")
  const np = npStartingAt(ctx, m + 1, ctx.toks.length);
  return !(np && np.to < ctx.toks.length && isFiniteVerb(ctx, np.to));
}

/** The most words a speaker's label before its colon holds (`afterOpeningLabel`): "Mayor Anita Shah", "Sen. Laura Kincaid". */
const OPENING_LABEL_WORDS = 5;

/**
 * Whether token k comes right after a speaker's label that opens the block: capitalised words (and a title's full stop)
 * and a colon, "Mayor Anita Shah: | That's simply wrong." (`attr.transcript`), "A: | ...".
 */
function afterOpeningLabel(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  if (k < 2 || k - 1 > OPENING_LABEL_WORDS + 1 || !isPunct(toks[k - 1], ':')) return false;
  for (let j = 0; j < k - 1; j++) if (!(toks[j].kind === 'word' && toks[j].cap) && !(j > 0 && isPunct(toks[j], '.'))) return false;
  return true;
}

/**
 * A determiner, a figure and a statement's noun from token `from` ("the 90% figure", "the £84m claim", "this 40,000
 * estimate"), as a range; else null.
 */
function figureNamedAt(ctx: BlockContext, from: number, to: number): TokRange | null {
  const toks = ctx.toks;
  let m = from;
  if (m < to && (toks[m].f & F_DETERMINER) !== 0) m++;
  const figure = m;
  while (m < to && m - figure < 4 && (toks[m].kind === 'number' || isPunct(toks[m], '%£$€') || (m > figure && toks[m].kind === 'word' && SCALE_WORDS_AFTER_FIGURE.has(toks[m].lower)))) m++;
  return m > figure && m < to && toks[m].kind === 'word' && STATEMENT_NOUNS.has(toks[m].lower) && rangeHas(ctx, figure, m, (t) => t.kind === 'number') ? { from, to: m + 1 } : null;
}
/** Scale words and units a figure before a statement's noun may carry (`figureNamedAt`): "the £84 million figure", "the 90 per cent claim". */
const SCALE_WORDS_AFTER_FIGURE: ReadonlySet<string> = new Set(['million', 'billion', 'm', 'bn', 'per', 'cent', 'percent']);
