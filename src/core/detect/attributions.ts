/**
 * Attribution detection: who said what. Rules for the common news forms, each with an id:
 * - `attr.preposed`:   SOURCE CUE (that|:|"...") CONTENT      "Kellerhals said the United States had shared ..."
 * - `attr.postposed`:  CONTENT, SOURCE CUE ...                 "\"...,\" Lavrov said." / "..., Lavrov added in his video message."
 * - `attr.inverted`:   CONTENT, CUE SOURCE                     "\"...,\" said Lavrov."
 * - `attr.participle`: ..., CUE-ing (that) CONTENT             "..., claiming that ...", "stating that ..."
 * - `attr.allegation`: VERB charges|claims that CONTENT        "repeating charges that ..."
 * - `attr.according-to`: according to SOURCE, CONTENT / CONTENT, according to SOURCE
 * - `attr.headline-colon`: CONTENT: SOURCE in a headline       "Direct nuclear powers clash unacceptable: Lavrov"
 * - `attr.evidence`:  EVIDENCE VERB OBJECT                    "A new poll shows 62 percent oppose ...", "The audit found errors in ..."
 * - `attr.relative`:  SOURCE, who CUE CONTENT                  "Barkley, who said he typically votes early, praised ..."
 * - `attr.lexicon-participle`: ..., CUE-ing CONTENT (a word of the learned lexicon)  "..., comparing Carson to a rival"
 * - `attr.court-heard`: CONTENT, COURT heard / COURT heard (that) CONTENT  "..., a jury heard on Monday", "The court heard that ..."
 * Positions are in the block's visible text.
 */
import { sentenceOfToken, tokenAtOrAfter, tokenStart, type BlockContext, type Sentence, type Tok } from './context';
import { lowerBound } from '../util/search';
import { isClosingQuoteCode, isLowerAsciiCode } from '../util/chars';
import type { R, RawAttribution, SourceType } from './raw';
import { appositiveDenialAfter } from './appositive';
import {
  ALLEGATION_NOUNS, JOINT_ACTS, ONLINE_POST_NOUNS, ASKED_BY_PARTICIPLES, CLAIM_ADJECTIVES, CUE_PHRASES, DISCOURSE_ASIDES, MEDIUM_NOUNS, MEDIUM_PREPOSITIONS, DETERMINER_THAT_NOUNS, EVIDENCE_NOUNS, EVIDENCE_VERBS, VISUAL_NOUNS, HEDGING_RAISERS, LEXICON_PARTICIPLE_MIN_PROBABILITY, NON_CUE_CONTEXTS, NAMING_VERBS, POLL_NOUNS, POLL_PHRASE_MAX_TOKENS, PUT_FIGURE_NOUNS, RUBRICS, SEEN_BY_PARTICIPLES, DATED_PARTICIPLES, LAUNCHED_PARTICIPLES, HANDED_PARTICIPLES, SPREAD_PARTICIPLES, SIGNATURE_MAX_WORDS,
  CUE_VERBS, cueVerbForm, type CueKind, type CueVerb, AUDIENCE_NOUNS, CONTACT_VERBS, SAYING_VERBS, SPOKE_VERBS,
} from '../data/cues';
import { CUE_LEXICON } from '../data/cue-lexicon';
import { BE_FORMS, FIGURE_NOUNS, NO_EVIDENCE_PHRASES, STATEMENT_MAKING_VERBS } from '../data/denials';
import { isDemonym, placeOf } from '../link/places';
import { givenNamePronoun } from '../data/names';
import { ADJUNCT_PREPS, APPROXIMATORS, FIGURE_LEADS, SHARE_FRACTIONS, CURRENCY_SIGNS, BODY_NOUNS, DASHES, DATE_PREPOSITIONS, DETERMINERS, FRONTING_WORDS, GROUP_NOUNS, MODALS, NUMBER_WORDS, PARTICIPLE_END, PASSIVE_BE, REGION_NAMES, canBeVerb, isIrregularVerbForm, SUBJECT_PRONOUNS, SUBORDINATORS, CHARGE_PARTICIPLES, TIME_AFTER, TIME_AFTER_FIRST, TIME_NOUNS, TITLE_WORDS, VERB_NEGATIONS, YEAR_NUMBER } from '../data/lexicon';
import { ARTICLES,
  attributionTailAt, NOUN_DETERMINERS, possessedStatementNounAt, VERB_COORDINATORS, CLAUSE_SUBORDINATORS, clauseAt, datelineEnd, possessorFrom, reportingClauseAt, finiteVerbAfterComma, isAdverb, isApostropheS, isCapitalsWord, isGerund, isClosingQuote, isFiniteVerb, isNpWord, isOpeningQuote, isNameQuestionMark, isNameEndStop, isPronoun, isPunct, mainPredicateAfterClause, thatAfterPhrase, npEndingAt, npPastParticiple, npStartingAt, rangeHas, RELATIVE_PRONOUNS, RELATIVE_WORDS, headNounAt,
  skipLeftModifiers, skipRightAdverbs, skipRightAdverbsToFigure, type TokRange,
  verbReadSubject,
  verbInCompound,
  speakerLabelBefore,
} from './phrases';
import { F_ALLEGATION_VERB, F_ATTRIBUTION_START, F_AUX, F_CUE_PHRASE_FIRST, F_CUE_VERB, F_DATE_WORD, F_DENIAL_VERB, F_DETERMINER, F_MONTH_ABBREVIATION, F_NON_CUE, F_NUMBER_WORD, F_PRONOUN, F_SOURCE_NOUN, F_VP_CONJUNCTION } from './word-flags';

/**
 * Whether a name that ends its clause starts at token k, as after an inverted cue: "..., said Kessel, whose
 * organization ...", "..., said Kessel." (a capitalised noun phrase followed by a comma or the sentence's end).
 */
function namesSignature(ctx: BlockContext, s: Sentence, k: number): boolean {
  const toks = ctx.toks;
  if (k >= s.to || toks[k].kind !== 'word' || !toks[k].cap) return false;
  const np = npStartingAt(ctx, k, s.to);
  return np !== null && (np.to >= s.to || isPunct(toks[np.to], ',.;'));
}

/** Part of a date: "Tuesday", "Jan.", "5", "last week" (`DATE_WORDS`; "Jan" + "." is a month in `MONTHS`). */
export function isDateToken(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  if ((t.f & F_DATE_WORD) !== 0) return true;
  if (t.kind === 'number' && k > 0 && ((ctx.toks[k - 1].f & F_DATE_WORD) !== 0 || isDateToken(ctx, k - 1))) return true;
  if (t.text === '.' && k > 0 && (ctx.toks[k - 1].f & F_MONTH_ABBREVIATION) !== 0 && t.start === ctx.toks[k - 1].end) return true;
  return false;
}

const PHRASES_BY_FIRST = new Map<string, (typeof CUE_PHRASES)[number][]>();
for (const p of CUE_PHRASES) {
  const l = PHRASES_BY_FIRST.get(p.words[0]) ?? [];
  l.push(p);
  PHRASES_BY_FIRST.set(p.words[0], l);
}

const NO_PHRASES: readonly (typeof CUE_PHRASES)[number][] = [];

export interface SourceFound {
  range: TokRange;
  type: SourceType;
}

export function detectAttributions(ctx: BlockContext, used: Uint8Array, participleSources: Map<number, SourceFound | null>): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const a of detectQuoteDash(ctx, used)) out.push(a);
  const made = detectMadeThisClaim(ctx, used);
  if (made) out.push(made);
  const transcript = detectTranscriptLabel(ctx, used);
  if (transcript) out.push(transcript);
  // (a transcript label's colon is no headline's colon too: "TAPPER: Why not debate?")
  const headlineColon = transcript ? null : detectHeadlineColon(ctx);
  if (headlineColon) {
    // (once: not again when a signed quotation's dash is its cue, '"X" — Prime Minister')
    if (!out.some((a) => a.cue[0] === headlineColon.cue[0])) out.push(headlineColon);
    return out; // the headline is one attribution: "CONTENT: SOURCE"
  }
  if (ctx.text.includes('hear') || ctx.text.includes('Hear')) detectCourtHeard(ctx, used, participleSources, out);
  // (only the words where a rule may begin: `ruleStarts`, ascending)
  const starts = ctx.ruleStarts;
  let c = 0;
  for (const s of ctx.sentences) {
    while (c < starts.length && starts[c] < s.from) c++;
    for (; c < starts.length && starts[c] < s.to; c++) {
      const i = starts[c];
      if (used[i]) continue;
      const t = ctx.toks[i];
      // no cue phrase, allegation verb or cue verb begins here: `detectAt` would find nothing
      if (t.quote >= 0 || (t.f & F_ATTRIBUTION_START) === 0) continue;
      const found = detectAt(ctx, s, i, used, participleSources);
      if (found) {
        out.push(found.attr);
        for (let k = found.cueFrom; k < found.cueTo; k++) used[k] = 1;
        // on after the cue
        while (c + 1 < starts.length && starts[c + 1] < found.cueTo) c++;
      }
    }
  }
  return out;
}

interface Found {
  attr: RawAttribution;
  cueFrom: number;
  cueTo: number;
}

function detectAt(ctx: BlockContext, s: Sentence, i: number, used: Uint8Array, psrc: Map<number, SourceFound | null>): Found | null {
  const toks = ctx.toks;
  const t = toks[i];
  // multi-word phrases (flag: the first word of one)
  const phrases = (t.f & F_CUE_PHRASE_FIRST) !== 0 ? PHRASES_BY_FIRST.get(t.lower) ?? NO_PHRASES : NO_PHRASES;
  for (const p of phrases) {
    if (matchWords(ctx, i, s.to, p.words)) {
      const cueTo = i + p.words.length;
      // ("agreed to a phone call on Wednesday": a noun in its non-cue context; "called on Tuesday for a ban": "on" a day)
      if (isNonCue(ctx, i) || (p.words[p.words.length - 1] === 'on' && cueTo < s.to && isDateToken(ctx, cueTo))) continue;
      if (p.id === 'cue.according-to') return accordingTo(ctx, s, i, cueTo);
      // ("stood by her claims but did not provide any evidence": a claim kept to reports only with its "that")
      if (p.thatOnly === true && toks[cueTo]?.lower !== 'that') continue;
      // "despite reports that X": someone's report the article sets against the sentence, its maker not named
      if (p.source === 'none') {
        // (past where the reports appeared: "despite reports in Spain that X", "despite claims on social media that X")
        let that = cueTo;
        if (toks[that]?.lower === 'in' || toks[that]?.lower === 'on' || toks[that]?.lower === 'from') {
          const t = thatAfterPhrase(ctx, that, s.to, 5);
          if (t > that + 1) that = t;
        }
        if (toks[that]?.lower !== 'that') continue;
        const end = contentEnd(ctx, s, that + 1);
        if (end < that + 1) continue;
        return make(ctx, p.id, p.kind, cueTo - 1, cueTo, null, rangeOf(ctx, that + 1, end));
      }
      const source = preposedSource(ctx, s, i);
      if (!source) continue;
      // (past the complementiser: "pointed out that X", "went on to say that X")
      const from = toks[cueTo]?.lower === 'that' && p.kind === 'speech' && toks[cueTo + 1]?.kind === 'word' ? cueTo + 1 : cueTo;
      const end = contentEnd(ctx, s, from);
      // (nothing after the phrase, and the source after a comma: what the clause before it says, "The deal was dead, the
      // minister was quoted as saying.")
      // (or the quotation before it, its comma inside: '"The deal is dead," the minister was quoted as saying.')
      if ((end < from || (end === from && toks[from].kind === 'punct')) && source.range.from > s.from + 1) {
        const b = source.range.from - 1;
        if (isPunct(toks[b], ',')) return make(ctx, p.id, p.kind, i, cueTo, source, rangeOf(ctx, s.from, b - 1));
        if (toks[b].kind === 'quote' && isPunct(toks[b - 1], ',') && toks[s.from].kind === 'quote') return make(ctx, p.id, p.kind, i, cueTo, source, [toks[s.from].start, toks[b].end]);
      }
      return make(ctx, p.id, p.kind, i, cueTo, source, rangeOf(ctx, from, end));
    }
  }
  // allegation nouns: "repeating charges that X"
  if ((t.f & F_ALLEGATION_VERB) !== 0) {
    let k = i + 1;
    while (k < s.to && k - i <= 4 && !ALLEGATION_NOUNS.has(toks[k].lower) && isNpWord(toks[k])) k++;
    // (not a "that" whose verb follows it at once, the subject of a relative clause on the noun: "must not make claims
    // that could mislead applicants")
    const relative = k + 2 < s.to && toks[k + 2].kind === 'word' && !toks[k + 2].cap && ((toks[k + 2].f & F_AUX) !== 0 || MODALS.has(toks[k + 2].lower) || (toks[k + 2].pos === 'V' && isFiniteVerb(ctx, k + 2)));
    if (k < s.to && ALLEGATION_NOUNS.has(toks[k].lower) && toks[k + 1]?.lower === 'that' && !relative) {
      const participle = t.lower.endsWith('ing');
      const source = participle ? participleSource(ctx, s, i, psrc) : preposedSource(ctx, s, i);
      const end = contentEnd(ctx, s, k + 2);
      // ("repeating an allegation that officials have rejected": a relative clause on the allegation, said before)
      const content = relativeOnStatement(ctx, k + 2, end) ? null : rangeOf(ctx, k + 2, end);
      const cueTo = k + 1;
      if (participle) psrc.set(i, source);
      return make(ctx, 'attr.allegation', 'allegation', i, cueTo, source, content);
    }
  }
  const form = (t.f & (F_CUE_VERB | F_CUE_PHRASE_FIRST)) !== 0 ? cueVerbForm(t.lower) : undefined;
  if (!form) return null;
  if (t.cap && !ctx.headline && i !== s.from) return null;
  if (isNonCue(ctx, i)) return null;
  const verb = form.verb;
  // (", the BBC understands.": a verb that reports only after its content and a comma, closing the sentence)
  if (verb.postposedOnly && !(i + 1 >= s.to || (i + 2 === s.to && isPunct(toks[i + 1], '.!')))) return null;
  // a cue verb used as a noun or adjective: "the claim", "his report"
  const prev = toks[i - 1];
  // (but a statement's noun with its maker and "was that": "The minister's claim was that X")
  if (prev && isApostropheS(prev) && ALLEGATION_NOUNS.has(t.lower)) return statementWasThat(ctx, s, i);
  // (a study's relative clause that finds, "a report by the National Audit Office that found X", and a restrictive one on
  // the subject that reports, "A housing association that told tenants X has been fined": their sources, if so)
  const study = findingRelativeSource(ctx, s, i, verb.id);
  const restrictive = restrictiveRelativeSource(ctx, s, i);
  // (not a relative "that" on either: "a report by the National Audit Office that found X")
  if (prev && prev.kind === 'word' && ((prev.f & F_DETERMINER) !== 0 || prev.lower === "'s") && !isPronoun(prev) && !((prev.lower === 'that' || prev.lower === 'which') && study !== null) && !(prev.lower === 'that' && restrictive !== null)) return null;
  // (a statement's noun after a possessor's noun: "Chancellor's growth claim \"not supported by the evidence\"")
  if (possessedStatementNounAt(ctx, i, s.from)) return null;
  // (a plural noun counted with a noun before it, "Five vaccine claims we checked": not "One man says")
  if (prev && i - 2 >= s.from && t.lower.endsWith('s') && countedNounBefore(ctx, i)) return null;
  // (a statement's noun after a demonym: "Russian claims that X were \"a lie\"", not "Russia claims")
  if (prev && prev.kind === 'word' && prev.cap && ALLEGATION_NOUNS.has(t.lower) && isDemonym(prev.lower)) return null;
  // (a noun after a noun, the headline's verb after it: '"40% faster" chip claim | falls short in tests')
  const nx = toks[i + 1];
  if (ctx.headline && prev && prev.kind === 'word' && !prev.cap && prev.pos === 'N' && nx !== undefined && nx.kind === 'word' && !nx.cap && nx.lower.endsWith('s') && (nx.f & F_AUX) === 0 && isFiniteVerb(ctx, i + 1) && !t.lower.endsWith('s') && !t.lower.endsWith('ed')) return null;
  if (prev && prev.kind === 'word' && prev.lower === 'to' && verb.kind !== 'demand') {
    // "to say": an infinitive after "refused to", "declined to" is not a report
    const pp = toks[i - 2];
    if (pp && ['refused', 'declined', 'refuses', 'declines', 'wants', 'want', 'wanted', 'going', 'able', 'unable', 'hard', 'difficult', 'fair', 'safe'].includes(pp.lower)) return null;
  }

  // "Man charged over a fire that injured three": a headline's charge brought, not a report (its "that" is a
  // relative on the adjunct's noun); what is alleged is read as an allegation claim
  if (verb.id === 'cue.charge' && ['over', 'with', 'in'].includes(toks[i + 1]?.lower ?? '') && (toks[i - 1] === undefined || (toks[i - 1].f & F_AUX) === 0)) return null;
  let comp = complementAfter(ctx, s, i, verb);
  if (verb.quotedOnly) {
    // "called the plan \"a disaster\"": a verb that reports only a quotation naming its object, which is part of
    // what it reports ("called the police", "a show called \"Brokers\"" and "what he calls \"real solutions\"" report nothing)
    const obj = objectBeforeQuotation(ctx, s, i);
    const range = obj < 0 ? null : rangeOf(ctx, obj, contentEnd(ctx, s, obj));
    if (!range) return null;
    comp = { range, opensBlock: false, runsOn: false };
  }
  const isParticiple = form.participle;
  if (isParticiple) {
    const k = skipLeftModifiers(ctx, i - 1, s.from);
    const before = toks[k];
    // (or a time's conjunction after the main clause: "has been accused of misleading Parliament after claiming that X";
    // not one that opens the sentence, "After announcing X, Rubio still believes", whose subject follows)
    if (comp && before && (isPunct(before, ',') || before.lower === 'and' || before.lower === 'by' || (PARTICIPLE_TIMES.has(before.lower) && !isPunct(toks[k - 1], ',') && rangeHas(ctx, s.from, k, (x) => isFiniteVerb(ctx, x.i))))) {
      const source = participleSource(ctx, s, i, psrc);
      psrc.set(i, source);
      // ("A quote attributed to X, claiming Y, has been shared": an aside on the sentence's subject ends before its verb)
      // (the subject right before the aside's comma: not "Blocher continued until resigning in 2014, claiming X, distracted from Y")
      const aside = isPunct(before, ',') && source !== null && source.range.from === s.from && source.range.to === k ? participleAsideEnd(ctx, s, i) : -1;
      if (aside > i && toks[aside].start < comp.range[1]) {
        const range: R = [comp.range[0], trimEnd(ctx, aside - 1)];
        return make(ctx, 'attr.participle', verb.kind, i, i + 1, source, range, { range, opensBlock: false, runsOn: false });
      }
      return make(ctx, 'attr.participle', verb.kind, i, i + 1, source, comp.range, comp);
    }
    // ("After claiming that crime had halved, the minister resigned": opening the sentence, the subject after the
    // clause's comma reports, and the clause ends there)
    if (comp && before && k === s.from && PARTICIPLE_TIMES.has(before.lower)) {
      // (or a quotation's closing mark after its comma: 'After saying her foot was "so swollen I could barely walk," she was')
      let comma = i + 1;
      while (comma < s.to && !(isPunct(toks[comma], ',') && toks[comma].quote < 0) && !(isClosingQuote(ctx, comma) && isPunct(toks[comma - 1], ','))) comma++;
      const np = comma + 1 < s.to ? npStartingAt(ctx, comma + 1, s.to) : null;
      if (np !== null && np.to < s.to && isFiniteVerb(ctx, np.to) && toks[comma].start > comp.range[0]) {
        const range: R = [comp.range[0], Math.min(comp.range[1], toks[comma].kind === 'quote' ? toks[comma].end : trimEnd(ctx, comma - 1))];
        const source: SourceFound = { range: np, type: sourceType(ctx, np) };
        psrc.set(i, source);
        return make(ctx, 'attr.participle', verb.kind, i, i + 1, source, range, { range, opensBlock: false, runsOn: false });
      }
    }
  }
  // ("has been criticised by the regulator for claiming that X", "attacked the minister for suggesting that X": who is
  // blamed for what they said, the passive's subject or the active verb's object, reports it)
  if (isParticiple && comp && !comp.weak && t.lower.endsWith('ing') && i - 2 > s.from && toks[i - 1].lower === 'for') {
    const source = blamedFor(ctx, s, i - 1);
    if (source) return make(ctx, 'attr.blamed-for', verb.kind, i, i + 1, source, comp.range, comp);
  }
  // a passive ("It is alleged that X", "She was told by police that X", "has been accused by the opposition of X"):
  // the subject is not who reports; the agent after "by" is, or no one is named
  // (what is reported follows at once: "that", "to", "of", a question word; not "has been found in emails that ...",
  // "there is added security concern")
  // (an agent only before the clause of a verb that tells someone something: "was told by police that X", not "was
  // posted by an account that sells supplements", whose "that" opens a relative clause)
  const agent = !isParticiple && comp && !comp.weak && toks[i + 1]?.lower === 'by' ? npStartingAt(ctx, i + 2, s.to) : null;
  // (a verb that tells someone, in the passive, has the one told as its subject whatever comes between: "Sanders had
  // been told just before the vote that he would lose")
  // (its "to" an infinitive's: not "entries had been added | to the notes")
  const after = agent ? agent.to : i + 1;
  const passiveStart = PASSIVE_COMPLEMENT_STARTS.has(toks[after]?.lower ?? '') && !(toks[after].lower === 'to' && (toks[after + 1]?.f ?? 0) & F_DETERMINER);
  if (!isParticiple && comp && !comp.weak && (!agent || verb.object === true) && (passiveStart || (verb.object === true && !agent)) && passiveBe(ctx, i, s.from)) {
    const source: SourceFound | null = agent ? { range: agent, type: sourceType(ctx, agent) } : null;
    psrc.set(i, source);
    return make(ctx, 'attr.passive', verb.kind, i, i + 1, source, comp.range, comp);
  }
  // ("said in a statement posted on its website that X": a participle right after a statement's noun describes the
  // statement, no one posts)
  if (SPREAD_PARTICIPLES.has(t.lower) && i > s.from && MEDIUM_NOUNS.has(toks[i - 1].lower)) return null;
  // ("a report by the National Audit Office that found only 11 were likely to be finished": what the study found, as
  // "the audit found X" is read)
  if (study) {
    const found = comp && !comp.weak ? relativeContent(ctx, s, comp) : objectClause(ctx, s, i);
    // (a clause found, not a thing shown: "polls that showed him victorious", "analysis that showed inconsistencies", as
    // PolNeAR's annotators leave them)
    if (found && clauseAfterCue(ctx, s, i + 1)) return make(ctx, 'attr.evidence', verb.kind, i, i + 1, study, found, { range: found, opensBlock: false, runsOn: false });
  }
  let left = preposedSource(ctx, s, i);
  // ("A video appears to show the minister telling an audience that X": who is shown telling it, not the medium)
  if (left && isParticiple && t.lower.endsWith('ing')) left = shownSource(ctx, left, i);
  // ("Recently, Herman Cain, the host who runs a radio show, was asked by a caller why X": a passive's subject with its
  // agent after it is the one asked, no source)
  if (left && !isParticiple && toks[i + 1]?.lower === 'by' && passiveBe(ctx, i, s.from)) left = null;
  // ("Tests by an independent lab found X": the study with who made it, not the maker alone)
  if (left && EVIDENCE_VERBS.has(verb.id) && !form.participle) left = withEvidenceMaker(ctx, s, left);
  // (not a noun's: "is defending his early-morning tweets attempting to shame X, saying" is the subject's)
  if (left && !nounAfterDeterminer(ctx, i, s.from)) psrc.set(i, left);
  // "Rwanda, which United Nations experts say commands M23 fighters in Congo, has always denied X": a report inside a
  // relative clause between commas ends where the clause does, before the main clause's verb
  if (comp && left && left.range.from - 2 >= s.from && RELATIVE_PRONOUNS.has(toks[left.range.from - 1].lower) && isPunct(toks[left.range.from - 2], ',')) {
    const close = relativeClose(ctx, i + 1, comp.range[1]);
    if (close >= 0) comp = { ...comp, range: [comp.range[0], trimEnd(ctx, close - 1)] };
  }
  // ("A study claiming that the sweetener doubles the risk of stroke was criticised": a participle on the sentence's
  // subject reports a clause that ends before the sentence's own verb)
  // (a noun phrase, not a preposition or a subordinator read as one: "Since announcing he would not seek")
  // (not a pronoun's progressive: "I'm saying they did not see it")
  // (or the block's first sentence past a dateline or a live page's time label: "**11:05** — A post claiming that X has been shared")
  if (comp && left && !comp.weak && isParticiple && t.lower.endsWith('ing') && (left.range.from === s.from || (s.from === 0 && left.range.from === datelineEnd(ctx))) && left.range.to === i && (toks[i - 1].f & F_PRONOUN) === 0 && toks[left.range.from].pos !== 'I' && toks[left.range.from].pos !== 'C' && !SUBORDINATORS.has(toks[left.range.from].lower)) {
    let from = i + 1;
    while (from < s.to && toks[from].start < comp.range[0]) from++;
    let to = from;
    while (to < s.to && toks[to].end <= comp.range[1]) to++;
    const main = mainPredicateAfterClause(ctx, from, to);
    if (main > from + 1) comp = { ...comp, range: [comp.range[0], trimEnd(ctx, main - 1)] };
  }
  // ("The bypass cost £180 million, twice its budget, says a post shared widely on Facebook": a post's or a document's
  // noun phrase after a comma and the cue, to the sentence's end, is the source of an inverted report, whatever the
  // words before the comma read as)
  if (comp && left && !comp.weak && !(i - 1 > s.from && isPunct(toks[i - 1], ',') && postAfterCue(ctx, s, i + 1) >= 0)) return make(ctx, 'attr.preposed', verb.kind, i, i + 1, left, comp.range, comp);
  const gap = !comp && left && !form.participle && (verb.kind === 'speech' || verb.kind === 'cognition') ? relativeGapContent(ctx, s, i, left) : null;
  if (gap) return make(ctx, 'attr.relative-gap', verb.kind, i, i + 1, left, gap, { range: gap, opensBlock: false, runsOn: false });
  // "A picture shared on Facebook claims to show a shark", "He claims to have evidence": what is claimed is the infinitive
  // (a rule of its own, which the model does not check: "claims" after a noun is a verb before "to" and a verb)
  // (not a comparison's "as wealthy as Mr. Trump claims to be")
  // (past where it was claimed: "claimed on its leak site to hold 1.2 terabytes", "claimed on Monday to have")
  const to = afterSetting(ctx, s, i + 1);
  // (and a participle right after its noun: "A video claiming to show a shark | has been shared", "photos purporting to show
  // the flood", what is claimed up to the sentence's own verb or a comma)
  const nounParticiple = t.lower.endsWith('ing') && left !== null && left.range.to === i && toks[i - 1].kind === 'word' && !isPronoun(toks[i - 1]);
  if ((!comp || to > i + 1) && left && CLAIMS_TO_VERBS.has(verb.id) && (!form.participle || nounParticiple) && toks[to]?.lower === 'to' && to + 2 < s.to && toks[to + 1].kind === 'word' && !toks[to + 1].cap && (toks[to + 1].f & F_DETERMINER) === 0 && canBeVerb(toks[to + 1].lower) &&
      (toks[to + 2].kind === 'word' || toks[to + 2].kind === 'number') && toks[to + 2].lower !== 'to' && toks[left.range.from - 1]?.lower !== 'as') {
    // (up to a comma: "While the campaign continues to claim to have brought new voters, turnout has been lower")
    const claimed = rangeOf(ctx, to, Math.min(nounParticiple ? infinitiveEnd(ctx, s, to) : contentEnd(ctx, s, to), firstComma(ctx, to, s.to) - 1));
    if (claimed) return make(ctx, 'attr.claims-to', verb.kind, i, i + 1, left, claimed, { range: claimed, opensBlock: false, runsOn: false });
  }
  // (hedged: "Satellite images analysed by the project appear to show X", the subject before "appear", the cue from it)
  if (EVIDENCE_VERBS.has(verb.id) && !form.participle && i - 2 > s.from && toks[i - 1].lower === 'to' && HEDGING_RAISERS.has(toks[i - 2].lower) && !toks[i - 2].cap) {
    const preposed = preposedSource(ctx, s, i - 2);
    const subject = preposed !== null ? withEvidenceMaker(ctx, s, preposed) : null;
    const found = subject !== null && (isEvidence(ctx, subject.range) || rangeHas(ctx, subject.range.from, subject.range.to, (x) => VISUAL_NOUNS.has(x.lower))) ? objectClause(ctx, s, i) : null;
    if (found) return make(ctx, 'attr.evidence', verb.kind, i - 2, i + 1, subject, found, { range: found, opensBlock: false, runsOn: false });
  }
  // ("A leaked email appeared to tell officers that X", "The minister seemed to say that X": a hedge's raiser before "to"
  // and the verb, whose subject is the raiser's; the cue from the raiser)
  if (comp && !comp.weak && !form.participle && i - 2 > s.from && toks[i - 1].lower === 'to' && HEDGING_RAISERS.has(toks[i - 2].lower) && !toks[i - 2].cap) {
    const raised = preposedSource(ctx, s, i - 2);
    if (raised) return make(ctx, 'attr.preposed', verb.kind, i - 2, i + 1, raised, comp.range, comp);
  }
  // a finding: "a new poll shows 62 percent oppose the plan", "the audit found errors in 40 contracts"
  // (not one negated, which finds nothing: "The study cannot show cause and effect"; a that-clause so is a denial's)
  if (left && EVIDENCE_VERBS.has(verb.id) && !form.participle && (isEvidence(ctx, left.range) || evidencePronoun(ctx, s, left.range)) && !rangeHas(ctx, left.range.to, i, (t) => VERB_NEGATIONS.has(t.lower))) {
    const found = objectClause(ctx, s, i);
    if (found) return make(ctx, 'attr.evidence', verb.kind, i, i + 1, left, found, { range: found, opensBlock: false, runsOn: false });
  }
  // ("On Thursday, Officer Shelby, who shot X, was charged with manslaughter": an allegation's verb in the passive
  // names no one who alleges before it; what is alleged follows)
  if (left && !comp && verb.kind === 'allegation' && passiveBe(ctx, i, s.from)) return null;
  // ("Former executive stole 3 million dollars, jury told": at a headline's end, "told" after whom it was told to, no
  // one who tells)
  if (left && t.lower === 'told' && isHeadlineTold(ctx, s, i, left.range)) {
    const content = leftContent(ctx, s, left.range.from - 1);
    if (content) return make(ctx, 'attr.postposed', verb.kind, i, i + 1, null, content.range, content);
  }
  // postposed: CONTENT, SOURCE CUE / "CONTENT," SOURCE CUE
  if (left) {
    const b = left.range.from - 1;
    // ("Speaking Sunday on Fox News's \"Sunday Morning Futures,\" Rep. Issa said X": a fronted participial phrase,
    // its quotation a show's title, frames the report; what is reported follows the cue)
    if (b > s.from && (frontedParticiple(ctx, s.from, b) || titleBefore(ctx, s.from, b))) {
      // (or, with no complement the rules read, the rest of the sentence: "Newt Gingrich said if Trump picked him, ...")
      // (but no rest that opens with a verb: 'Phone maker\'s "40% faster" chip claim | falls short', a noun and the sentence's verb)
      const rest = comp ?? (isFiniteVerb(ctx, i + 1) && (toks[i + 1].f & F_AUX) === 0 ? null : contentFrom(ctx, s, i + 1));
      if (rest) return make(ctx, 'attr.preposed', verb.kind, i, i + 1, left, rest.range, rest);
    }
    const quoted = b >= s.from && isClosingQuote(ctx, b) || (isPunct(toks[b], ',') && isClosingQuote(ctx, b - 1));
    // ('dismissed as "misleading" new figures suggesting X': a participle after a quoted word inside the sentence, no
    // quoted statement closed by its punctuation, reports what follows it)
    if (comp && quoted && isClosingQuote(ctx, b) && b - 1 > s.from && toks[b - 1].kind === 'word' && isParticiple && t.lower.endsWith('ing')) {
      return make(ctx, 'attr.preposed', verb.kind, i, i + 1, left, comp.range, comp);
    }
    // "In offering analysis, Smith said how surprised he was": a fronted phrase, then the complement
    if (comp && !quoted && b >= s.from && isPunct(toks[b], ',')) {
      return make(ctx, 'attr.preposed', verb.kind, i, i + 1, left, comp.range, comp);
    }
    if (b >= s.from && (isPunct(toks[b], ',') || isClosingQuote(ctx, b))) {
      // "In her speech, Ortiz stressed the need for ...", "Back then, Ortiz feared a strike": a fronted
      // phrase before the source, and what the verb reports after it
      const object = quoted ? null : objectAfter(ctx, s, i, verb);
      if (object) return make(ctx, 'attr.preposed', verb.kind, i, i + 1, left, object, { range: object, opensBlock: false, runsOn: false });
      const content = leftContent(ctx, s, b);
      if (content) {
        // "These employees, Smith said, were well paid": a parenthetical frame; the content is the sentence
        if (!quoted && isParenthetical(ctx, s, i)) {
          // ("a memo which, critics say, shows X": after a relative pronoun, the relative clause, its subject the pronoun,
          // up to the main clause's comma after a non-restrictive one: "Rwanda, which, experts say, commands the rebels, has
          // denied it")
          const relative = b - 1 > s.from && RELATIVE_PRONOUNS.has(toks[b - 1].lower) ? relativeParentheticalContent(ctx, s, i, b - 1) : null;
          if (relative !== null) return make(ctx, 'attr.postposed', verb.kind, i, i + 1, left, relative, { range: relative, opensBlock: false, runsOn: false });
          const whole: R = [content.range[0], trimEnd(ctx, s.to - 1)];
          return make(ctx, 'attr.postposed', verb.kind, i, i + 1, left, whole, { range: whole, opensBlock: false, runsOn: false });
        }
        // "As they weigh the offer, union leaders think ...", "Asked about the bridge, Ortiz said no": a fronted
        // adverbial clause, one clause up to the source's comma, is the frame of the report, not what is reported
        // (with an object after the cue that the rules do not read, the model's: "After the court refused X, Schuette asked
        // the Supreme Court for quick action"; not a preposition's or an adverb's phrase, "responded with anger", "think
        // warmly of 2008")
        if (!quoted && isFrontedClause(ctx, s.from, b)) {
          const next = toks[i + 1];
          const object = i + 2 < s.to && next.kind === 'word' && ((next.f & F_DETERMINER) !== 0 || next.cap || next.pos === 'N');
          return object ? null : make(ctx, 'attr.postposed', verb.kind, i, i + 1, left, null);
        }
        return make(ctx, 'attr.postposed', verb.kind, i, i + 1, left, continueQuote(ctx, s, i + 1, content), content);
      }
    }
    if (comp && !verb.needsComplement) return make(ctx, 'attr.preposed', verb.kind, i, i + 1, left, comp.range, comp);
    // (not "He is also said to have told colleagues ...": a passive report of him, no quotation before it his)
    if (b < s.from && (verb.id === 'cue.say' || verb.id === 'cue.tell') && !(toks[i + 1]?.lower === 'to' && passiveBe(ctx, i, s.from))) {
      // "He said." right after a quotation in the sentence before (not a cue that a clause of its own follows: '"...".
      // Its chief economist said waiting times, rather than list size, were the better measure')
      const prevContent = clauseAfterCue(ctx, s, i + 1) ? null : quoteBefore(ctx, s);
      if (prevContent) return make(ctx, 'attr.postposed', verb.kind, i, i + 1, left, prevContent.range, prevContent);
    }
    return null;
  }
  // "Barkley, who said he votes ...": a relative clause on the source, what it reports up to the main clause's verb
  const rel = comp && !comp.weak ? relativeSource(ctx, s, i) : null;
  if (comp && rel) return make(ctx, 'attr.relative', verb.kind, i, i + 1, rel, relativeContent(ctx, s, comp), comp);
  // ("A housing association that told tenants their flats were \"safe and dry\" has been fined": a restrictive relative
  // clause on the subject, what it reports up to the main clause's verb)
  if (comp && !comp.weak && restrictive) {
    const from = Math.min(s.to, lowerBound(toks, comp.range[0], tokenStart, s.from));
    const main = mainVerbAfterReport(ctx, s, from);
    if (main > from) {
      const range: R = [comp.range[0], trimEnd(ctx, main - 1)];
      return make(ctx, 'attr.relative', verb.kind, i, i + 1, restrictive, range, { range, opensBlock: false, runsOn: false });
    }
  }
  // inverted: "CONTENT," said SOURCE
  const b = i - 1;
  // "Michael Mulgrew, president of the union, which represents teachers, said he hopes ...": an
  // appositive chain before the cue and a complement after it is a preposed attribution
  // (not a clause before the comma: "The scales were packed in 180 sacks, said an official who spoke on condition of
  // anonymity", whose source after the cue has a relative clause; nor "..., says a post shared widely on Facebook")
  // (a short quotation inside the chain's aside is no quotation the cue reports: 'The post, written by a user who calls
  // herself "AshbyMum", says')
  if (comp && b > s.from && isPunct(toks[b], ',') && toks[s.from].cap && (!hasClosingQuote(ctx, s.from, b) || (onlyAsideQuotes(ctx, s.from, b) && !hasMainVerb(ctx, s.from, firstComma(ctx, s.from, b)))) && !namesSignature(ctx, s, i + 1) &&
    !(hasMainVerb(ctx, s.from, b) && relativeSourceAfter(ctx, i + 1, s.to)) && postAfterCue(ctx, s, i + 1) < 0) {
    const first = firstComma(ctx, s.from, b);
    // ("Rovers reject £40m bid for striker, say he is not for sale": in a headline, a clause before the comma, whose
    // subject has the second verb too, not an appositive chain)
    const subject = ctx.headline ? npStartingAt(ctx, s.from, first) : null;
    if (subject && subject.to < first && isFiniteVerb(ctx, subject.to)) return make(ctx, 'attr.preposed', verb.kind, i, i + 1, { range: subject, type: sourceType(ctx, subject) }, comp.range, comp);
    // (not a clause before the first comma, its verb the sentence's own: "The association said its own counts, taken over
    // two weeks, showed X" has "its own counts, taken over two weeks" for the subject of "showed", no chain from "The")
    if (reportsBefore(ctx, s.from, first)) return null;
    const src: SourceFound = { range: { from: s.from, to: b }, type: sourceType(ctx, { from: s.from, to: first }) };
    return make(ctx, 'attr.preposed', verb.kind, i, i + 1, src, comp.range, comp);
  }
  // (a present participle is never inverted: "..., saying it would close" has no source after the cue; nor a verb of
  // finding: "The recount, requested by the campaign, found 18,406 votes" has its subject before it)
  // (a quotation right before the cue is what it reports only when it closes with its punctuation or opens the sentence:
  // not the words quoted inside a clause, 'the company had "never knowingly" charged customers')
  // (past the marks of a doubled quote: ",''")
  let qb = b;
  while (qb - 1 > s.from && toks[qb - 1].kind === 'quote' && toks[qb - 1].end === toks[qb].start) qb--;
  const quotedWords = qb > s.from && isClosingQuote(ctx, b) && !isPunct(toks[qb - 1], ',.!?;:') && ctx.quotes[toks[b].quote].firstTok > s.from;
  if (!isParticiple && !NEVER_INVERTED.has(verb.id) && b >= s.from && (isPunct(toks[b], ',') || (isClosingQuote(ctx, b) && !quotedWords))) {
    const k = skipRightAdverbs(ctx, i + 1, s.to);
    const found = npStartingAt(ctx, k, s.to);
    // ("said Mayor Tom Reyes in a statement": where and how a name spoke is no part of it; "said the company's operations
    // director, Helen Okoro.": the person named after a role is)
    const np = found ? withAppositiveName(ctx, s, beforeSetting(ctx, found)) : found;
    // ("But Professor Alan Whitfield, an epidemiologist who was not involved, said the study ...": words before the
    // comma with no verb of their own are the subject of the cue, no content; the model reads that form)
    // (a name and its appositive: a comma inside; not a headline, whose capitalised verbs read as names, nor "No, he said")
    // (not a post or a document after the cue, an inverted report's source whatever the words before read as)
    const postEnd = np !== null ? postAfterCue(ctx, s, k) : -1;
    if (np && postEnd < 0 && !ctx.headline && !isClosingQuote(ctx, b) && !(isPunct(toks[b], ',') && isClosingQuote(ctx, b - 1)) && punctOutsideQuotes(ctx, s.from, b, ',') && !hasMainVerb(ctx, s.from, b)) return null;
    // (not a pronoun that opens what is said, after a quoted name in the subject: 'A man who gave his name only as "Karim"
    // said he had been beaten')
    const opensClause = np !== null && np.to - np.from === 1 && isPronoun(toks[np.from]) && np.to < s.to && toks[np.to].kind === 'word';
    // (nor a day: '"X," Mitch McConnell, R-Ky., said Tuesday.' has its source before the cue)
    if (np && !opensClause && !rangeHas(ctx, np.from, np.to, (x, m) => !isDateToken(ctx, m))) return null;
    if (np && !opensClause) {
      const content = leftContent(ctx, s, b);
      // (the post with where it spread: "a post | shared widely on Facebook", as a preposed source keeps it)
      const source = postEnd >= 0 ? { from: np.from, to: postEnd } : np;
      return make(ctx, 'attr.inverted', verb.kind, i, i + 1, { range: source, type: sourceType(ctx, source) }, content ? continueQuote(ctx, s, source.to, content) : null, content ?? undefined);
    }
  }
  return null;
}

function make(ctx: BlockContext, rule: string, cueKind: CueKind, cueFrom: number, cueTo: number, source: SourceFound | null, content: R | null, contentInfo?: ContentInfo): Found {
  const toks = ctx.toks;
  return {
    cueFrom,
    cueTo,
    attr: {
      rule,
      cueKind,
      cue: [toks[cueFrom].start, toks[cueTo - 1].end],
      source: source ? sourceSpan(ctx, source.range) : null,
      sourceType: source?.type ?? null,
      content,
      contentOpensBlock: contentInfo?.opensBlock ?? false,
      contentRunsOn: contentInfo?.runsOn ?? false,
      contentBefore: false, contentAfter: false,
      score: 0.9,
      // (every finding has the field from its making, set later or not: one object shape where findings are read; a
      // field added afterwards to some findings, as pronounSubjects and relativeAntecedents set it, cost ~20% of the analysis)
      speakerSource: undefined,
    },
  };
}

/**
 * A source's span without trailing punctuation ("Reyes, who chairs the committee,"), and without an appositive's noun
 * whose relative clause, with no "that", the source is the subject of (", a point | the authors | acknowledge").
 */
export function sourceSpan(ctx: BlockContext, r: TokRange): R {
  const toks = ctx.toks;
  let to = r.to;
  // (not a name's own question mark: "Which?")
  // (nor a bracket that closes one the source opened: "Sen. Rand Paul (R-Ky.)")
  while (to - 1 > r.from && toks[to - 1].kind === 'punct' && !isNameQuestionMark(ctx, to - 1) && !(toks[to - 1].text === ')' && rangeHas(ctx, r.from, to - 1, (x) => x.text === '('))) to--;
  let from = r.from;
  // (", a trend that the foundation predicts" too; not past a relative word, "the Republican who heads the committee")
  if (from > 0 && isPunct(toks[from - 1], ',') && (toks[from].f & F_DETERMINER) !== 0) {
    for (let k = from + 2; k < to - 1; k++) {
      const w = toks[k].lower;
      if (RELATIVE_PRONOUNS.has(w) || w === 'whose') break;
      if (toks[k - 1].kind !== 'word' || toks[k - 1].cap || toks[k - 1].pos !== 'N') continue;
      const at = w === 'that' && k + 1 < to - 1 ? k + 1 : k;
      if (RELATIVE_SUBJECT_OPENERS.has(toks[at].lower) && !toks[at].cap) {
        from = at;
        break;
      }
    }
  }
  return [toks[from].start, toks[to - 1].end];
}
/** Words that open the subject of a relative clause after an appositive's noun: ", a point | the authors acknowledge". */
const RELATIVE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my']);

export function matchWords(ctx: BlockContext, i: number, max: number, words: readonly string[]): boolean {
  if (i + words.length > max) return false;
  for (let k = 0; k < words.length; k++) if (ctx.toks[i + k].lower !== words[k]) return false;
  return true;
}

/** NON_CUE_CONTEXTS with each word's alternatives as a set, by their cue word. */
const NON_CUES = new Map<string, { before: Set<string>[]; after: Set<string>[]; opensClause: boolean }[]>();
for (const nc of NON_CUE_CONTEXTS) {
  let list = NON_CUES.get(nc.cue);
  if (list === undefined) NON_CUES.set(nc.cue, (list = []));
  list.push({ before: nc.before.map((w) => new Set(w.split('|'))), after: (nc.after ?? []).map((w) => new Set(w.split('|'))), opensClause: nc.opensClause === true });
}
/** (For a word flagged but in no list: none.) */
const NO_NON_CUES: readonly { before: Set<string>[]; after: Set<string>[]; opensClause: boolean }[] = [];

/**
 * Whether the words [from, to) after "a statement's noun that" are a relative clause on it: they end in a verb that
 * takes the statement as its object and has none after it (a denial or reporting verb, `STATEMENT_MAKING_VERBS`):
 * "an allegation that officials have repeatedly rejected", "the charges that he denied".
 */
function relativeOnStatement(ctx: BlockContext, from: number, to: number): boolean {
  let e = to - 1;
  while (e > from && ctx.toks[e].kind !== 'word') e--;
  const t = ctx.toks[e];
  return e > from && t.kind === 'word' && !t.cap && ((t.f & (F_DENIAL_VERB | F_CUE_VERB)) !== 0 || STATEMENT_MAKING_VERBS.has(t.lower)) && !t.lower.endsWith('ing');
}

/** Past a "without (offering) evidence" phrase at k, with the commas around it ("said, without offering any proof, that"); else k. */
function skipWithoutEvidence(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  const m = k < s.to && isPunct(toks[k], ',') ? k + 1 : k;
  if (toks[m]?.lower !== 'without') return k;
  for (const p of WITHOUT_EVIDENCE) {
    if (!matchWords(ctx, m, s.to, p)) continue;
    const e = m + p.length;
    return e < s.to && isPunct(toks[e], ',') ? e + 1 : e;
  }
  return k;
}

/** The words of the `noevidence.without` phrases. */
const WITHOUT_EVIDENCE = NO_EVIDENCE_PHRASES.filter((p) => p.id === 'noevidence.without').map((p) => p.words);

/** The word at i is in a context where it is the article's own framing ("it is worth noting"). */
export function isNonCue(ctx: BlockContext, i: number): boolean {
  const t = ctx.toks[i];
  // (flag: the word is the cue of one of them)
  if ((t.f & F_NON_CUE) === 0) return false;
  for (const nc of NON_CUES.get(t.lower) ?? NO_NON_CUES) {
    let ok = true;
    for (let k = 0; k < nc.before.length; k++) {
      const b = ctx.toks[i - nc.before.length + k];
      if (!b || !(nc.before[k].has(b.lower) || (b.kind === 'word' && !b.cap && nc.before[k].has('@word')))) ok = false;
    }
    // ("That said, ...", not "the report that said ..." nor "bottles that said, \"...\"")
    if (nc.opensClause && ctx.toks[i - nc.before.length - 1]?.kind === 'word') ok = false;
    for (let k = 0; k < nc.after.length; k++) {
      const a = ctx.toks[i + 1 + k];
      if (!a || !(nc.after[k].has(a.lower) || (a.kind === 'number' && nc.after[k].has('#')) || (a.kind === 'word' && a.cap && nc.after[k].has('@Name')))) ok = false;
    }
    if (ok) return true;
  }
  return false;
}

export function sourceType(ctx: BlockContext, r: TokRange): SourceType {
  const toks = ctx.toks;
  if (r.to - r.from === 1 && (toks[r.from].f & F_PRONOUN) !== 0) return 'pronoun';
  let caps = 0;
  for (let k = r.from; k < r.to; k++) if (toks[k].cap && !(k === r.from && (toks[k].f & F_DETERMINER) !== 0)) caps++;
  const last = toks[r.to - 1];
  if (caps > 0 && last.cap) return 'name';
  if (last.lower.endsWith('s') && !last.cap) return 'group';
  return 'other';
}

/**
 * The comma that opens an aside of where a statement was made, closed by the comma at j ("The club, in a statement
 * posted on its website, claimed", "Smith, in an interview with CNN, said"): a preposition of `MEDIUM_PREPOSITIONS`, a
 * determiner and a noun of `MEDIUM_NOUNS` within the next four words; -1 when the comma closes no such aside.
 */
function mediumAsideStart(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  for (let c = j - 3; c > from && j - c <= 12; c--) {
    if (toks[c].quote >= 0 || isPunct(toks[c], '.')) return -1;
    if (!isPunct(toks[c], ',')) continue;
    if (!MEDIUM_PREPOSITIONS.has(toks[c + 1].lower) || (toks[c + 2].f & F_DETERMINER) === 0) return -1;
    for (let k = c + 3; k < j && k <= c + 6; k++) if (MEDIUM_NOUNS.has(toks[k].lower)) return c;
    return -1;
  }
  return -1;
}

/**
 * The comma that opens a discourse aside closed by the comma at j ("The club, however, denied", "Halden, for its
 * part, dismissed": `DISCOURSE_ASIDES`), or -1.
 */
function discourseAsideStart(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  for (const a of DISCOURSE_ASIDES) {
    const c = j - a.words.length - 1;
    if (c > from && isPunct(toks[c], ',') && matchWords(ctx, c + 1, j, a.words)) return c;
  }
  return -1;
}

/**
 * The comma that opens a parenthetical frame closed by the comma at j (", critics say,", ", officials said,"): up to
 * five words, the last a verb of saying in lower case; else -1.
 */
function frameAsideStart(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  const cue = toks[j - 1];
  if (j - 3 <= from || cue.kind !== 'word' || cue.cap || (cue.f & F_CUE_VERB) === 0 || cue.quote >= 0) return -1;
  for (let c = j - 2; c > from && j - c <= 6; c--) {
    if (isPunct(toks[c], ',')) return c < j - 2 ? c : -1;
    if (toks[c].kind !== 'word') return -1;
  }
  return -1;
}

/** Adverbs of time that may open an appositive on the source: "Gowdappa, now an opposition MLA, said". */
const APPOSITIVE_ADVERBS: ReadonlySet<string> = new Set(['now', 'formerly', 'once', 'still', 'then', 'previously']);

/**
 * A statement's noun after its maker's possessive, then "was that" or "is that" and the clause it says, past an aside
 * between commas: "The minister's claim was that 310,000 homes had been built", "Ambrose's claim, repeated in a press
 * release, was that X" (`attr.statement-was`). The cue is the noun, the source its maker; else null.
 */
function statementWasThat(ctx: BlockContext, s: Sentence, i: number): Found | null {
  const toks = ctx.toks;
  const owner = possessorFrom(ctx, i - 1, s.from);
  if (owner < 0) return null;
  let k = i + 1;
  if (k < s.to && isPunct(toks[k], ',')) {
    let c = k + 1;
    while (c < s.to && c - k <= 15 && !isPunct(toks[c], ',;.') && toks[c].quote < 0) c++;
    if (c >= s.to || !isPunct(toks[c], ',')) return null;
    k = c + 1;
  }
  if (k + 2 >= s.to || (toks[k].lower !== 'was' && toks[k].lower !== 'is') || toks[k + 1].lower !== 'that') return null;
  const content = rangeOf(ctx, k + 2, contentEnd(ctx, s, k + 2));
  if (!content) return null;
  const source: SourceFound = { range: { from: owner, to: i - 1 }, type: sourceType(ctx, { from: owner, to: i - 1 }) };
  return make(ctx, 'attr.statement-was', 'speech', i, i + 1, source, content);
}

/** Prepositions of where, after a participle that follows its noun ("a woman detained at the border"), and of what it charges ("the firm accused of overcharging customers"). */
const REDUCED_RELATIVE_PREPS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'to', 'near', 'outside', 'inside', 'of', 'with', 'across', 'around', 'throughout']);
/**
 * The word at k, before "to", may be a finite verb of reporting rather than a participle on the noun before it
 * ("McConnell agreed to a phone call", "Clinton responded to the question"; not "A leaflet delivered to homes").
 */
function finiteReportBeforeTo(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return ctx.toks[k + 1].lower === 'to' && (t.f & F_CUE_VERB) !== 0 && !t.lower.endsWith('ing');
}
/** Particles between such a participle and its preposition: "a leaflet handed out in Brasova". */
const REDUCED_RELATIVE_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'around', 'about']);

/**
 * The participle of a document's appearing before a time that ends at token k ("published | on Thursday", "released
 * | last week"), or -1.
 */
function participleBeforeDate(ctx: BlockContext, k: number, from: number): number {
  const toks = ctx.toks;
  if (!isDateToken(ctx, k) && !TIME_NOUNS.has(toks[k].lower)) return -1;
  let m = k;
  while (m > from && (isDateToken(ctx, m) || DATE_LEADS.has(toks[m].lower) || TIME_NOUNS.has(toks[m].lower))) m--;
  if (m > from && !toks[m].cap && DATE_PREPOSITIONS.has(toks[m].lower)) m--;
  // (past where it went: "a letter sent home last week", "leaflets handed out on Monday", "a letter sent to parents last
  // week")
  else if (m - 1 > from && SENT_PARTICLES.has(toks[m].lower)) m--;
  else {
    let p = m;
    while (p > from && m - p < 3 && isNpWord(toks[p]) && !isPronoun(toks[p])) p--;
    if (p < m && p - 1 > from && toks[p].lower === 'to' && DATED_PARTICIPLES.has(toks[p - 1].lower)) m = p - 1;
  }
  return m > from && (SEEN_BY_PARTICIPLES.has(toks[m].lower) || DATED_PARTICIPLES.has(toks[m].lower)) ? m : -1;
}

/** Adverbs of where a document went, between its participle and its date (`participleBeforeDate`: "sent home last week"). */
const SENT_PARTICLES: ReadonlySet<string> = new Set(['home', 'out', 'round', 'around', 'back']);

/**
 * In the noun phrase [from, to), where the subject of a relative clause with no "that" begins after a noun opened by a
 * determiner ("a figure | the union said was too low"), or -1; `afterCue` is the token after the cue.
 */
export function gapSubjectStart(ctx: BlockContext, from: number, to: number, afterCue: number): number {
  const toks = ctx.toks;
  // (the clause's object is the noun, so a verb follows the cue at once: "said was", not "the organization the League said it")
  if ((toks[from].f & F_DETERMINER) === 0 || !isFiniteVerb(ctx, afterCue)) return -1;
  for (let m = from + 2; m + 1 < to; m++) if (ARTICLES.has(toks[m].lower) && toks[m - 1].pos === 'N' && !toks[m - 1].cap) return m;
  return -1;
}

/** A lower-case regular participle, read as a verb or not known to the lexicon ("detained", "living"). */
function isParticipleWord(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && (t.pos === 'V' || t.pos === undefined) && (t.lower.endsWith('ed') || t.lower.endsWith('ing'));
}

/** A subject's noun phrase without the date after its name: "Senator Dana Whitfield | on Tuesday accused". */
function withoutDateAfter(ctx: BlockContext, np: TokRange): TokRange {
  const toks = ctx.toks;
  for (let k = np.from + 1; k < np.to - 1; k++) {
    if (toks[k].cap || !DATE_PREPOSITIONS.has(toks[k].lower)) continue;
    let m = k + 1;
    // ("The ministry this week claimed": a time's noun too, right after a noun of the phrase; not "who served until
    // earlier this year", nor in a phrase with a clause of its own after a comma)
    const plain = !DATE_LEADS.has(toks[k - 1].lower) && toks[k - 1].pos !== 'I' && !rangeHas(ctx, np.from, np.to, (x) => isPunct(x, ','));
    while (m < np.to && (isDateToken(ctx, m) || (plain && TIME_NOUNS.has(toks[m].lower)))) m++;
    if (m === np.to) {
      return { from: np.from, to: k };
    }
  }
  return np;
}

/** Auxiliaries that open a yes-no question before its subject: "Did the minister say ...?". */
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'is', 'was', 'are', 'were']);

/**
 * Whether the sentence opens with a phrase of a preposition or an adverb that runs to the comma at token `comma`, with no
 * comma of its own: "In an interview with the Sunday Chronicle,", "Still,", "Of Carson,".
 */
function frontedUpTo(ctx: BlockContext, s: Sentence, comma: number): boolean {
  const t = ctx.toks[s.from];
  // (or a participle's: "Speaking to the BBC, | Jenny Cole, who left the force in September, said")
  return t.kind === 'word' && (t.pos === 'I' || t.pos === 'R' || SUBORDINATORS.has(t.lower) || (t.lower.endsWith('ing') && t.pos === 'V')) && runsToComma(ctx, s.from, comma);
}

/** The source before a cue: "Lavrov said", "Russian and Iranian officials have frequently denied". */
/**
 * The source of a participle at i without a medium that shows it, when the source holds a verb of showing and a noun
 * phrase after it ("A video clip appears to show | Prime Minister Daniel Reeve | telling an audience that X"); else `left`.
 */
function shownSource(ctx: BlockContext, left: SourceFound, i: number): SourceFound {
  const toks = ctx.toks;
  for (let k = i - 2; k >= left.range.from; k--) {
    const w = toks[k].lower;
    // (a finite or participle form, or the plain form after "to": not the noun of "a TV show host")
    if (!(SHOWING_FORMS.has(w) || (SHOWING_PLAIN.has(w) && toks[k - 1]?.lower === 'to'))) continue;
    const first = toks[k + 1];
    if (first.kind !== 'word' || !(first.cap || first.pos === 'D' || (first.f & F_PRONOUN) !== 0)) return left;
    const range = { from: k + 1, to: left.range.to };
    return { range, type: sourceType(ctx, range) };
  }
  return left;
}
/** Forms of the verbs of showing a medium shows someone with (`shownSource`): "shows", "showed", "depicts". */
const SHOWING_FORMS: ReadonlySet<string> = new Set(['shows', 'showed', 'shown', 'showing', 'depicts', 'depicted', 'depicting', 'captures', 'captured', 'capturing', 'features', 'featured', 'featuring']);
/** The plain forms of the verbs of showing, which are verbs after "to" (`shownSource`: "appears to show"). */
const SHOWING_PLAIN: ReadonlySet<string> = new Set(['show', 'depict', 'capture', 'feature']);

export function preposedSource(ctx: BlockContext, s: Sentence, i: number): SourceFound | null {
  const toks = ctx.toks;
  // ("Though executives who have worked with him say X, few expect change": a subordinator that opens the sentence is no
  // part of the subject the clauses below reach back to)
  if (s.from + 1 < i && (CLAUSE_SUBORDINATORS.has(toks[s.from].lower) || toks[s.from].lower === 'as')) s = { ...s, from: s.from + 1 };
  let j = skipLeftModifiers(ctx, i - 1, s.from);
  // ("Wells Fargo just this month announced", "The Supreme Court this month rejected": when, between the subject and its
  // verb; not a document's, "Official figures released last week show", which `participleBeforeDate` reads)
  if (j - 2 >= s.from && TIME_NOUNS.has(toks[j].lower) && DATE_LEADS.has(toks[j - 1].lower) && !toks[j - 1].cap) {
    let m = j - 1;
    while (m - 1 > s.from && DATE_LEADS.has(toks[m - 1].lower)) m--;
    if (toks[m - 1].kind === 'word' && participleBeforeDate(ctx, j, s.from) < 0) {
      // ("The maker of a car seat recalled last month has insisted": a participle's time, the subject's noun before it)
      if (!isParticipleWord(toks[m - 1])) j = skipLeftModifiers(ctx, m - 1, s.from);
      else {
        const head = participleHead(ctx, s, m - 1, j);
        if (head !== null) return head;
      }
    }
  }
  // ("McConnell, who in 2010 said", "The mayor on Tuesday announced": a year or a day after "in" or "on")
  else if (j - 2 >= s.from && (toks[j - 1].lower === 'in' || toks[j - 1].lower === 'on') && (YEAR_NUMBER.test(toks[j].text) || (toks[j].f & F_DATE_WORD) !== 0) && (toks[j - 2].kind === 'word' || isNameEndStop(toks, j - 2)) && !EVIDENCE_NOUNS.has(toks[j - 2].lower) && !POLL_NOUNS.has(toks[j - 2].lower) && participleBeforeDate(ctx, j, s.from) < 0) {
    if (!isParticipleWord(toks[j - 2])) j = skipLeftModifiers(ctx, j - 2, s.from);
    // ("Minutes of a meeting held in June show": a participle's time, the subject's noun before it, as after "last month")
    else {
      const head = participleHead(ctx, s, j - 2);
      if (head !== null) return head;
    }
  }
  if (j < s.from) return null;
  // ("Which? said", "consumer group Which? said": a name written with its question mark)
  if (j > s.from && isNameQuestionMark(ctx, j) && !toks[i].cap) {
    const np = npEndingAt(ctx, j - 1, s.from);
    const from = np !== null ? np.from : j - 1;
    return { range: { from, to: j + 1 }, type: 'name' };
  }
  // "the Athletics Integrity Unit (AIU) announced": the source is the name before its acronym in brackets
  if (j - 3 >= s.from && isPunct(toks[j], ')') && isPunct(toks[j - 2], '(') && toks[j - 1].kind === 'word' && isCapitalsWord(toks[j - 1].text) && !toks[j - 1].text.includes('-')) return preposedSource(ctx, s, j - 2);
  // ("Chairman Jason Chaffetz (R-Utah) said", "Sen. Bernie Sanders (I-Vt.) said": a party and state in brackets after the name)
  if (isPunct(toks[j], ')') && j - 2 > s.from) {
    const open = beforeParenthesis(ctx, j, s.from) + 1;
    if (open < j && isPunct(toks[open], '(') && open > s.from && PARTY_LABEL.test(ctx.text.slice(toks[open + 1].start, toks[j - 1].end))) {
      // (the brackets with the name, as PolNeAR's annotators mark them)
      const named = preposedSource(ctx, s, open);
      return named && named.range.to === open ? { range: { from: named.range.from, to: j + 1 }, type: named.type } : named;
    }
  }
  // ('An article published on 14 May ("Island ferry use hits record high") stated': a quoted title in brackets after the
  // subject is no source; the subject is)
  if (isPunct(toks[j], ')') && j - 2 > s.from && toks[j - 1].kind === 'quote' && toks[j - 1].quote >= 0) {
    const first = ctx.quotes[toks[j - 1].quote].firstTok;
    if (first - 2 >= s.from && isPunct(toks[first - 1], '(')) j = first - 2;
  }
  // "Kalvia's foreign minister, Anton Rusu, on Wednesday repeated": the day after the appositive's comma is no source
  if (j - 2 > s.from && isDateToken(ctx, j) && !isDateToken(ctx, j - 1) && DATE_PREPOSITIONS.has(toks[j - 1].lower) && isPunct(toks[j - 2], ',')) j -= 2;
  // ("Howard Stern, in 2013, questioned", "Lee, on Wednesday, denied": and the day or year between commas)
  else if (j - 4 > s.from && isPunct(toks[j], ',') && isPunct(toks[j - 3], ',') &&
      ((isDateToken(ctx, j - 1) && !isDateToken(ctx, j - 2) && DATE_PREPOSITIONS.has(toks[j - 2].lower)) || (toks[j - 2].lower === 'in' && YEAR_NUMBER.test(toks[j - 1].text)))) j -= 4;
  // "Prentice, without evidence, claimed": the article's aside is no part of the source
  if (isPunct(toks[j], ',')) {
    let c = j - 1;
    while (c > s.from && !isPunct(toks[c], ',') && j - c <= 6) c--;
    if (c > s.from && isPunct(toks[c], ',') && skipWithoutEvidence(ctx, s, c) === j + 1) j = c - 1;
  }
  // "The club, in a statement on its website, claimed": where it was said is no part of the source
  if (isPunct(toks[j], ',')) {
    const c = mediumAsideStart(ctx, j, s.from);
    if (c >= 0) j = c - 1;
  }
  // "The club, however, denied", "Halden, for its part, dismissed": the aside ties the sentence to the one before
  if (isPunct(toks[j], ',')) {
    const c = discourseAsideStart(ctx, j, s.from);
    if (c >= 0) j = skipLeftModifiers(ctx, c - 1, s.from);
    if (j < s.from) return null;
  }
  // ("The memo, critics say, shows X": another's frame between commas is no part of the source)
  if (isPunct(toks[j], ',')) {
    const c = frameAsideStart(ctx, j, s.from);
    if (c >= 0) j = c - 1;
  }
  // "The Journal, citing internal documents, reported": the source's aside is no part of the source
  if (isPunct(toks[j], ',')) {
    const c = participleAsideStart(ctx, j, s.from);
    if (c >= 0) j = c - 1;
  }
  // ("A woman who asked not to be named said": the subject before the relative clause of why it is not named)
  const anonymous = anonymityClauseStart(ctx, j, s.from);
  if (anonymous >= 0) {
    const head = npEndingAt(ctx, anonymous - 1, s.from);
    if (head && head.from === s.from) return { range: { from: head.from, to: j + 1 }, type: sourceType(ctx, head) };
  }
  // ("Experts we spoke to agreed", "Economists the BBC talked to said": the subject before the clause of who asked them)
  const contact = contactClauseStart(ctx, j, s.from);
  if (contact >= 0) {
    const head = npEndingAt(ctx, contact - 1, s.from);
    if (head && head.from === s.from) return { range: { from: head.from, to: j + 1 }, type: sourceType(ctx, head) };
  }
  let np = npEndingAt(ctx, j, s.from);
  // ("NHS England figures show | the trust reported": a verb of saying the tagger read as a noun, before a determiner,
  // ends the phrase before the source)
  for (let m = np ? np.to - 2 : -1; np && m > np.from; m--) {
    if (toks[m].kind === 'word' && !toks[m].cap && (toks[m].f & F_CUE_VERB) !== 0 && toks[m - 1].lower.endsWith('s') && (toks[m + 1].f & F_DETERMINER) !== 0 && !isPronoun(toks[m + 1])) {
      np = { from: m + 1, to: np.to };
      break;
    }
  }
  // ('A man who gave his name only as "Karim" said': a quoted name of a word or two ends the subject, whose relative
  // clause the search below takes in)
  if (np === null && toks[j].kind === 'quote' && toks[j].quote >= 0) {
    const q = ctx.quotes[toks[j].quote];
    if (q.close >= 0 && q.lastTok === j && j - q.firstTok >= 2 && j - q.firstTok <= 3 && q.firstTok > s.from) {
      let names = true;
      for (let k = q.firstTok + 1; k < j && names; k++) names = toks[k].kind === 'word' && toks[k].cap;
      if (names) np = { from: q.firstTok, to: j + 1 };
    }
  }
  // ("The man arrested by police said", "A Canadian woman captured by ISIS says": who the participle is said of, with it,
  // not the agent of its passive; not after an auxiliary, "was told by police", nor a document's, which `withSeenBy` reads)
  // (the sentence's subject, before a finite cue: not a participle's, "filed for weeks on a case filed by X, challenging")
  if (np && np.from - 3 >= s.from && toks[np.from - 1].lower === 'by' && isParticipleWord(toks[np.from - 2]) && (toks[np.from - 3].f & F_AUX) === 0 && !PASSIVE_BE.has(toks[np.from - 3].lower) && !toks[i].lower.endsWith('ing')) {
    const head = npEndingAt(ctx, np.from - 3, s.from);
    if (head && head.from === s.from && (toks[head.to - 1].pos === 'N' || toks[head.to - 1].cap) && !EVIDENCE_NOUNS.has(toks[head.to - 1].lower)) np = { from: head.from, to: np.to };
  }
  // ("Flight data from the tracking site Flightradar24 show": the data, with where they come from)
  if (np && np.from - 2 >= s.from && toks[np.from - 1].lower === 'from' && EVIDENCE_NOUNS.has(toks[np.from - 2].lower)) {
    const head = npEndingAt(ctx, np.from - 2, s.from);
    if (head) np = { from: head.from, to: np.to };
  }
  // ("shared on X and Facebook with captions claiming": a participle on a post's noun after "with" has that noun for
  // source; not "a petition campaign with CREDO Action asking")
  if (np && j === i - 1 && toks[i].lower.endsWith('ing') && ONLINE_POST_NOUNS.has(toks[j].lower)) {
    for (let m = np.to - 2; m > np.from; m--) {
      if (toks[m].lower === 'with' && !toks[m].cap) {
        np = { from: m + 1, to: np.to };
        break;
      }
    }
  }
  // ("False claim that vaccines cause autism spreads online", "Viral claim that X is misleading": an adjective alone
  // before a statement's noun describes the noun, no one who claims)
  if (np && np.to - np.from === 1 && np.to === i && ALLEGATION_NOUNS.has(toks[i].lower) && (toks[np.from].pos === 'J' || CLAIM_ADJECTIVES.has(toks[np.from].lower))) return null;
  // "Paul Brenner, who lost by 1,204 votes, has alleged": the name with its relative clause (as PolNeAR's sources hold it)
  if (!np && isPunct(toks[j], ',')) {
    for (let c = j - 2; c > s.from && j - c <= 16; c--) {
      // (past a quotation closed inside the clause: ", which issued a release titled \"Chocolate boosts brain power\", said")
      if (toks[c].quote >= 0) {
        const q = ctx.quotes[toks[c].quote];
        if (q.close < 0 || q.lastTok >= j || q.firstTok <= s.from) break;
        c = q.firstTok;
        continue;
      }
      if (!isPunct(toks[c], ',')) continue;
      // (past a frame between commas inside the clause: "Rwanda, which, UN experts say, commands the rebels, has denied")
      const frame = toks[c + 1].lower === 'who' || toks[c + 1].lower === 'which' ? -1 : relativeFrameOpening(ctx, c, s.from);
      if (frame >= 0) {
        c = frame;
        continue;
      }
      const name = (toks[c + 1].lower === 'who' || toks[c + 1].lower === 'which' || toks[c + 1].lower === 'whose') ? npEndingAt(ctx, c - 1, s.from) : null;
      // (and an appositive's name before it: "Elward Edd, an official at the authority, which has a backlog, said")
      // (not the end of a phrase that opens the sentence, a preposition's or an adverb's, before its comma: "In an
      // interview with the Sunday Chronicle, | Laura Finch, who worked for X, said", "Still, | Petrilli, who thinks X, called")
      const before = name && name.from - 2 >= s.from && isPunct(toks[name.from - 1], ',') && !frontedUpTo(ctx, s, name.from - 1) ? npEndingAt(ctx, name.from - 2, s.from) : null;
      if (name) np = { from: before && sourceType(ctx, before) === 'name' ? before.from : name.from, to: j };
      break;
    }
  }
  if (!np && isPunct(toks[j], ',')) {
    // "Data from the ministry, published last week, show": a participial phrase between commas, then the noun phrase
    // ("The poll, released on Wednesday night by the Public Policy Institute of California, showed": up to a dozen words)
    let c = j - 1;
    while (c > s.from && !isPunct(toks[c], ',') && j - c <= 12) c--;
    const p = toks[c + 1];
    if (c > s.from && isPunct(toks[c], ',') && p && p.kind === 'word' && !p.cap && (SEEN_BY_PARTICIPLES.has(p.lower) || SPREAD_PARTICIPLES.has(p.lower))) {
      np = npEndingAt(ctx, c - 1, s.from);
      // (with the aside when it names who made a poll: "The survey, conducted by the Public Policy Institute of
      // California, finds"; a report's publisher stays out, "The report, published by The Ledger on Tuesday, cited")
      if (np && POLL_NOUNS.has(toks[np.to - 1].lower) && rangeHas(ctx, c + 2, j, (x) => x.lower === 'by' || x.lower === 'for') && rangeHas(ctx, c + 2, j, (x) => x.cap)) return { range: { from: np.from, to: j }, type: sourceType(ctx, { from: np.from, to: j }) };
    }
    // "Smith, a spokesman for the ministry, said": the appositive, then the name before it
    let app = np ? null : npEndingAt(ctx, j - 1, s.from);
    // ("Unison, the union that represents library workers, disputed": the appositive's noun with its restrictive relative
    // clause, one verb in it, when a comma opens the appositive)
    if (app) app = appositiveWithRelative(ctx, s, app);
    // ("Diane Whitcombe, 58, of Church Stretton, denies": a person's home town after "of", and an age before it)
    if (app && app.from - 3 >= s.from && toks[app.from - 1].lower === 'of' && isPunct(toks[app.from - 2], ',') && toks[app.from].cap) {
      let m = app.from - 3;
      if (toks[m].kind === 'number' && m - 2 >= s.from && isPunct(toks[m - 1], ',')) m -= 2;
      const person = npEndingAt(ctx, m, s.from);
      if (person && sourceType(ctx, person) === 'name') return { range: { from: person.from, to: j }, type: 'name' };
    }
    // ("Marisol Quintero, a researcher in Austin, Texas, said": a city's state after its comma is the same place)
    // (the phrase before it holds no verb of its own: not "John Kasich is assuring voters ... after a woman in Worcester";
    // with no appositive's comma before it, the subject is that phrase with its place: "A number of the families ... in
    // Newtown, Connecticut, have filed")
    if (app && app.from - 2 > s.from && isPunct(toks[app.from - 1], ',') && toks[app.from - 2].cap && regionAt(ctx, app)) {
      const role = npEndingAt(ctx, app.from - 2, s.from);
      if (role && !hasMainVerb(ctx, role.from, role.to)) {
        app = { from: role.from, to: app.to };
        if (!(app.from - 1 > s.from && isPunct(toks[app.from - 1], ','))) np = app;
      }
    }
    // ("Gowdappa, now an opposition MLA, said": an adverb of time opening the appositive)
    if (app && app.from - 2 > s.from && APPOSITIVE_ADVERBS.has(toks[app.from - 1].lower) && isPunct(toks[app.from - 2], ',')) app = { from: app.from - 1, to: app.to };
    if (app && isPunct(toks[app.from - 1], ',')) {
      let name = npEndingAt(ctx, app.from - 2, s.from);
      // ("Ernesto Palacios, 61, a farmer, said": the age between the name and the role)
      if (name && name.to - name.from === 1 && toks[name.from].kind === 'number' && name.from - 2 >= s.from && isPunct(toks[name.from - 1], ',')) {
        const person = npEndingAt(ctx, name.from - 2, s.from);
        if (person) name = { from: person.from, to: name.to };
      }
      if (name) np = { from: name.from, to: app.to };
      else np = app;
    }
  }
  // "NHS data published on Thursday show": the document, with when it appeared
  const appeared = participleBeforeDate(ctx, j, s.from);
  if (appeared >= 0) np = npEndingAt(ctx, appeared - 1, s.from) ?? np;
  if (!np) return null;
  // ("a figure the union said was too low": a noun, then a relative clause with no "that" whose subject reports)
  const gap = gapSubjectStart(ctx, np.from, np.to, i + 1);
  if (gap >= 0) np = { from: gap, to: np.to };
  // ("A picture this week claims": a time before the cue is no source; the phrase before it is)
  if (np.from > s.from && onlyTime(ctx, np)) np = npEndingAt(ctx, np.from - 1, s.from) ?? np;
  // ("Emails obtained by the Courier under a public records request show": a phrase after who obtained it says how)
  if (np.from - 2 >= s.from && OBTAINED_HOW_PREPOSITIONS.has(toks[np.from - 1].lower)) {
    const agent = npEndingAt(ctx, np.from - 2, s.from);
    if (agent && agent.to === np.from - 1 && agent.from - 3 >= s.from && toks[agent.from - 1].lower === 'by' && SEEN_BY_PARTICIPLES.has(toks[agent.from - 2].lower)) np = { from: agent.from, to: np.to };
  }
  // ("Figures published on Thursday by the statistics office show": past when, between the participle and "by")
  const seenAt = np.from - 2 >= s.from && toks[np.from - 1].lower === 'by' ? participleBeforeDate(ctx, np.from - 2, s.from) : -1;
  if (seenAt >= 0) {
    const doc = npEndingAt(ctx, seenAt - 1, s.from);
    if (doc) np = { from: doc.from, to: np.to };
  } else if (np.from - 3 >= s.from && ((toks[np.from - 1].lower === 'by' || toks[np.from - 1].lower === 'in') && SEEN_BY_PARTICIPLES.has(toks[np.from - 2].lower) ||
    toks[np.from - 1].lower === 'by' && ASKED_BY_PARTICIPLES.has(toks[np.from - 2].lower))) {
    const doc = npEndingAt(ctx, np.from - 3, s.from);
    if (doc) np = { from: doc.from, to: np.to };
  } else if (np.from - 3 >= s.from && toks[np.from - 1].lower === 'on' && isDateToken(ctx, np.from) && SEEN_BY_PARTICIPLES.has(toks[np.from - 2].lower)) {
    // ("A study published on Wednesday in the Journal of Nordic Nutrition found": the day read into the phrase after it)
    const doc = npEndingAt(ctx, np.from - 3, s.from);
    if (doc) np = { from: doc.from, to: np.to };
  } else if (np.from - 3 >= s.from && REDUCED_RELATIVE_PREPS.has(toks[np.from - 1].lower) && (isParticipleWord(toks[np.from - 2]) && !finiteReportBeforeTo(ctx, np.from - 2) ||
    (np.from - 4 >= s.from && REDUCED_RELATIVE_PARTICLES.has(toks[np.from - 2].lower) && isParticipleWord(toks[np.from - 3])))) {
    // "a woman detained at the border told them", "residents living near the plant say", "A leaflet handed out in Brasova
    // claims": the people or the thing, with where they were (not "the border")
    const p = isParticipleWord(toks[np.from - 2]) ? np.from - 2 : np.from - 3;
    const who = npEndingAt(ctx, p - 1, s.from);
    if (who && who.to === p) np = { from: who.from, to: np.to };
  } else if (np.from - 2 >= s.from && isParticipleWord(toks[np.from - 1]) && toks[np.from - 1].lower.endsWith('ing') && (toks[np.from - 1].f & F_CUE_VERB) === 0) {
    // "a union representing the workers said": the people, with whom they stand for (not "the workers")
    const who = npEndingAt(ctx, np.from - 2, s.from);
    if (who && who.to === np.from - 1) np = { from: who.from, to: np.to };
  }
  // ("A nurse accused of murdering seven babies told the jury", "A former council leader accused of taking bribes in
  // return for housing contracts has told": the subject with the charge it faces, not the charge's last noun)
  const charged = chargeParticipleBefore(ctx, s, np.from);
  if (charged >= 0) np = { from: charged, to: np.to };
  // "A post shared more than 8,000 times on Facebook claims": the post, with how far it went
  for (let k = np.from - 1; k > s.from && np.from - k <= SPREAD_REACH; k--) {
    const t = toks[k];
    if (t.quote >= 0 || isPunct(t, ',;:')) break;
    if (t.kind !== 'word' || !SPREAD_PARTICIPLES.has(t.lower)) continue;
    // (how far it went, or where: "shared 8,000 times", "posted on Facebook"; not "posted old messages in which ...")
    const next = toks[k + 1];
    if (!rangeHasSpread(ctx, k + 1, np.to) && !(next.kind === 'word' && (next.lower === 'on' || next.lower === 'online' || next.lower === 'widely'))) break;
    const post = npEndingAt(ctx, k - 1, s.from);
    if (post) np = { from: post.from, to: np.to };
    break;
  }
  if (np.from === s.from || isTimeNoun(ctx, np.from)) {
    // (with the subordinator the sentence opens with, a fronted preposition too: "After the vote the senator said")
    const fronted = np.from === s.from && np.from > 0 && toks[np.from - 1].kind === 'word' && FRONTED_PREPOSITIONS.has(toks[np.from - 1].lower) ? withoutFrontedAdverbial(ctx, { from: np.from - 1, to: np.to }) : null;
    np = fronted !== null && fronted.from > np.from ? fronted : withoutFrontedAdverbial(ctx, np);
  }
  // ("Did the minister say rail fares will be frozen?": a question's auxiliary opening it is none of the subject)
  if ((np.from === s.from || isPunct(toks[np.from - 1], ':')) && np.to - np.from > 1 && QUESTION_AUXILIARIES.has(toks[np.from].lower) && isPunct(toks[s.to - 1], '?')) np = { from: np.from + 1, to: np.to };
  np = withoutDateAfter(ctx, np);
  // ("An official who spoke on condition of anonymity because he was not authorised to discuss the case said": why the
  // speaker is not named is the relative clause's, which the subject holds)
  const unnamed = notAuthorisedStart(ctx, s, np.from);
  if (unnamed >= 0) {
    const before = npEndingAt(ctx, unnamed - 1, s.from);
    if (before) np = { from: before.from, to: np.to };
  }
  // "A catering company that supplies meals to 300 schools has denied", "Officials who spoke to reporters said": the
  // sentence's subject with its restrictive relative clause, not the clause's object
  for (let k = np.from - 1; k > s.from && np.from - k <= RELATIVE_REACH; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || t.quote >= 0) break;
    // ("The owner of a block of flats in Croydon where a fire injured 12 people has denied": a relative "where" has a
    // subject of its own; the sentence's subject is the phrase before it, from the sentence's start)
    if (t.lower === 'where' && k - 1 > s.from && headNounAt(ctx, k - 1) && verbsBetween(ctx, k + 1, np.from) === 1) {
      const head = subjectPhraseBefore(ctx, s, k);
      if (head >= 0) np = { from: head, to: np.to };
      break;
    }
    if (!RELATIVE_WORDS.has(t.lower)) continue;
    // (not a reporting verb's "that": "The Journal notes that Coulter tweeted"; nor one after no noun: "So that's why")
    if ((toks[k - 1].f & F_CUE_VERB) !== 0 || !headNounAt(ctx, k - 1)) break;
    // (a relative whose subject it is, a verb right after it: "officials who spoke"; not "a gap that experts say")
    const after = toks[k + 1];
    if (after === undefined || !((after.f & F_AUX) !== 0 || isAdverb(after) || after.pos === 'R' || RELATIVE_ADVERBS.has(after.lower) || canBeVerb(after.lower))) break;
    // (nor a clause whose main verb comes before the phrase: "Teen who committed suicide left heartbreaking note saying";
    // nor one that reports: "a researcher who says he found", whose "he" is the subject of what it reports)
    if (verbsBetween(ctx, k + 1, np.from) > 1 || ((toks[np.from - 1].f & F_CUE_VERB) !== 0 && SUBJECT_PRONOUNS.has(toks[np.from].lower))) break;
    const head = npEndingAt(ctx, k - 1, s.from);
    // (the subject opens the sentence, or the clause after what a postposed report reports: "X, two officials who spoke
    // on condition of anonymity told reporters")
    // (or after a conjunction that opens the sentence: "But the laboratory that analyzed the sample said")
    if (head && opensSubject(ctx, s, head.from)) np = { from: head.from, to: np.to };
    break;
  }
  if (np.to - np.from === 1 && toks[np.from].lower === 'it' ) return { range: np, type: 'pronoun' };
  // "Earlier reports that X were false", "Later, ...": an adverb opening the sentence is no one
  if (np.to - np.from === 1 && toks[np.from].pos === 'R') return null;
  // ("But noting that prices had doubled, the report said": nor a conjunction)
  if (np.to - np.from === 1 && OPENING_CONJUNCTIONS.has(toks[np.from].lower)) return null;
  return { range: np, type: sourceType(ctx, np) };
}

/**
 * Where the noun phrase before token k opens sentence s, of prepositional phrases ("The owner of a block of flats in
 * Croydon | where"): the sentence's start (past an opening conjunction), when a determiner opens it and no verb, comma or
 * quotation comes before k; else -1.
 */
function subjectPhraseBefore(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  let from = s.from;
  if (OPENING_CONJUNCTIONS.has(toks[from].lower) && from + 1 < k) from++;
  if ((toks[from].f & F_DETERMINER) === 0 || k - from > SUBJECT_PHRASE_REACH) return -1;
  for (let m = from; m < k; m++) if (toks[m].kind !== 'word' || toks[m].quote >= 0 || (isFiniteVerb(ctx, m) && !isApostropheS(toks[m]))) return -1;
  return from;
}
/** The most tokens of a subject's phrase before its relative "where" (`subjectPhraseBefore`). */
const SUBJECT_PHRASE_REACH = 12;

/**
 * Whether a subject may open at token `from` of sentence s: at the sentence's start, after a comma (the clause after what
 * a postposed report reports) or after a conjunction that opens the sentence ("But the laboratory that analyzed X said").
 */
function opensSubject(ctx: BlockContext, s: Sentence, from: number): boolean {
  const toks = ctx.toks;
  return from === s.from || isPunct(toks[from - 1], ',') || (from === s.from + 1 && OPENING_CONJUNCTIONS.has(toks[s.from].lower));
}

/**
 * The appositive `app` that ends before a comma, with the noun its restrictive relative clause hangs on
 * ("Unison, | the union that represents | library workers,"): from that noun, when a comma opens it and the clause has
 * one verb right after its "that", "who" or "which"; else `app` as it is.
 */
function appositiveWithRelative(ctx: BlockContext, s: Sentence, app: TokRange): TokRange {
  const toks = ctx.toks;
  for (let k = app.from - 1; k > s.from + 2 && app.from - k <= RELATIVE_REACH; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || t.quote >= 0) return app;
    if (!RELATIVE_WORDS.has(t.lower)) continue;
    const after = toks[k + 1];
    if (!headNounAt(ctx, k - 1) || after.kind !== 'word' || !((after.f & F_AUX) !== 0 || canBeVerb(after.lower)) || verbsBetween(ctx, k + 1, app.from) > 1) return app;
    const head = npEndingAt(ctx, k - 1, s.from);
    return head && head.from - 2 >= s.from && isPunct(toks[head.from - 1], ',') ? { from: head.from, to: app.to } : app;
  }
  return app;
}

/**
 * The end (exclusive, before the sentence's closing mark) of a post's or a document's noun phrase that opens at token k
 * and runs to the end of sentence s, a participle's phrase of where it spread at most after it: "a post shared widely on
 * Facebook", "a viral post", "a leaflet handed out in Brasova"; else -1.
 */
function postAfterCue(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  if ((toks[k]?.f & F_DETERMINER) === 0) return -1;
  const np = npStartingAt(ctx, k, s.to);
  if (np === null || !(ONLINE_POST_NOUNS.has(toks[np.to - 1].lower) || MEDIUM_NOUNS.has(toks[np.to - 1].lower))) return -1;
  let end = s.to;
  while (end > np.to && isPunct(toks[end - 1], '.!?')) end--;
  return np.to === end || (toks[np.to].kind === 'word' && SPREAD_PARTICIPLES.has(toks[np.to].lower) && !rangeHas(ctx, np.to + 1, end, (x) => x.quote >= 0 || isPunct(x, ',;:') || isFiniteVerb(ctx, x.i))) ? end : -1;
}

/** Words between a charge's participle and the end of the phrase before a cue (`chargeParticipleBefore`). */
const CHARGE_REACH = 14;

/**
 * Where the subject opens that a charge's participle phrase ending at token `to` hangs on ("A nurse | accused of
 * murdering seven babies", up to the cue): the subject opens the sentence, or follows a comma; else -1.
 */
function chargeParticipleBefore(ctx: BlockContext, s: Sentence, to: number): number {
  const toks = ctx.toks;
  for (let k = to - 1; k > s.from && to - k <= CHARGE_REACH; k--) {
    const t = toks[k];
    // (past a sum in the charge: "accused of accepting £250,000 in bribes")
    if ((t.kind === 'number' || CURRENCY_SIGNS.has(t.text)) && t.quote < 0) continue;
    if (t.kind !== 'word' || t.quote >= 0) return -1;
    const preps = CHARGE_PARTICIPLES.get(t.lower);
    if (preps === undefined || !preps.has(toks[k + 1]?.lower ?? '')) continue;
    // (the charge's phrase holds no finite verb of its own: not "accused of fraud | is the council leader who said")
    if (rangeHas(ctx, k + 2, to, (x) => (x.f & F_AUX) !== 0)) return -1;
    const head = npEndingAt(ctx, k - 1, s.from);
    if (head === null || head.to !== k || !opensSubject(ctx, s, head.from)) return -1;
    return head.from;
  }
  return -1;
}

/**
 * Whether a clause opens at token k, right after a cue: "that" or not, a subject of nouns (a gerund among them), an
 * aside between commas or not, and a finite verb ("said waiting times, rather than list size, were", "said she, too,
 * wants").
 */
function clauseAfterCue(ctx: BlockContext, s: Sentence, k: number): boolean {
  const toks = ctx.toks;
  const from = toks[k]?.lower === 'that' ? k + 1 : k;
  let aside = false;
  for (let m = from; m < s.to && m - from <= 8; m++) {
    const t = toks[m];
    // (a share's "of": "showed that 55% of new homes were built")
    if (t.lower === 'of' && m > from && (toks[m - 1].kind === 'number' || toks[m - 1].text === '%')) continue;
    if (t.kind === 'word' && (t.pos === 'I' || possessiveS(ctx, m))) return false;
    if (m > from && t.quote < 0 && isFiniteVerb(ctx, m)) return true;
    if (isPunct(t, ',') && m > from && !aside) {
      let c = m + 1;
      while (c < s.to && c - m <= 6 && !isPunct(toks[c], ',')) c++;
      if (c >= s.to || !isPunct(toks[c], ',')) return false;
      aside = true;
      m = c;
      continue;
    }
    // (a subject with its figure: "found only 11 were likely", "showed 62 percent of voters oppose")
    if (t.kind === 'number' || (t.kind === 'punct' && t.text === '%') || (m === from && t.pos === 'R')) continue;
    if (t.kind !== 'word' || t.quote >= 0 || !(isNpWord(t) || (!t.cap && t.lower.endsWith('ing')))) return false;
  }
  return false;
}

/**
 * Where a relative clause of anonymity that ends at token j begins ("who asked not to be named", "who declined to be
 * identified", "who requested anonymity"), its "who" or "that"; else -1.
 */
function anonymityClauseStart(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  const last = toks[j];
  if (last === undefined || last.kind !== 'word') return -1;
  let k = j;
  if (last.lower === 'anonymity') k = j - 1;
  else if (ANONYMITY_PARTICIPLES.has(last.lower) && toks[j - 1]?.lower === 'be' && toks[j - 2]?.lower === 'to') k = toks[j - 3]?.lower === 'not' ? j - 4 : j - 3;
  else return -1;
  if (k - 1 <= from || !ANONYMITY_VERBS.has(toks[k].lower)) return -1;
  return RELATIVE_WORDS.has(toks[k - 1].lower) ? k - 1 : -1;
}
/**
 * Where a relative clause with no relative word, of whoever spoke to the subject, begins when it ends at token j: "we
 * spoke to", "the BBC talked to", "I interviewed" (its subject: "we", "they", "I", or before "to" or "with" a
 * capitalised name with its article); else -1.
 */
function contactClauseStart(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  let v = j;
  if (toks[j]?.lower === 'to' || toks[j]?.lower === 'with') v = j - 1;
  if (v - 1 <= from || !(v === j ? CONTACTED.has(toks[v].lower) : SPOKE_TO.has(toks[v].lower))) return -1;
  const subj = toks[v - 1];
  // (the noun before the clause's subject, in lower case but at the sentence's start: "Experts we spoke to")
  const nounAt = (k: number): boolean => k >= from && toks[k].kind === 'word' && (!toks[k].cap || k === from) && isNpWord(toks[k]);
  if (subj.lower === 'we' || subj.lower === 'they' || subj.lower === 'i') return nounAt(v - 2) ? v - 1 : -1;
  // (a name only before "to" or "with": "Cuban-Americans polled" are the people polled)
  if (!subj.cap || v === j) return -1;
  let k = v - 1;
  while (k - 1 > from && toks[k - 1].kind === 'word' && toks[k - 1].cap) k--;
  if (toks[k - 1]?.lower === 'the') k--;
  return nounAt(k - 1) ? k : -1;
}
/** `SPOKE_VERBS` and `CONTACT_VERBS` as sets. */
const SPOKE_TO: ReadonlySet<string> = new Set(SPOKE_VERBS);
const CONTACTED: ReadonlySet<string> = new Set(CONTACT_VERBS);

/** Participles of "to be named" after a verb of asking or refusing ("asked not to be named"). */
const ANONYMITY_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'identified', 'quoted']);

/** Whether "not to be named" (or identified, quoted) begins at token k: a request for anonymity ("asking not to be identified"). */
export function asksAnonymity(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  return toks[k]?.lower === 'not' && toks[k + 1]?.lower === 'to' && toks[k + 2]?.lower === 'be' && ANONYMITY_PARTICIPLES.has(toks[k + 3]?.lower ?? '');
}
/** Verbs of such a relative clause: "asked not to be named", "declined to be identified", "requested anonymity". */
const ANONYMITY_VERBS: ReadonlySet<string> = new Set(['asked', 'requested', 'declined', 'refused', 'wished', 'preferred', 'demanded', 'sought']);

/** Words that say a speaker may not speak on the record: "because he was not authorised to discuss the case". */
const NOT_AUTHORISED = /^(?:authori[sz]ed|allowed|permitted|cleared|entitled)$/;

/**
 * Where ", because he was not authorised to discuss X" begins ("because" or "as", a pronoun, a form of "be", "not", a
 * word of `NOT_AUTHORISED`, "to"), when it ends right before token `at`, within a dozen tokens; else -1.
 */
function notAuthorisedStart(ctx: BlockContext, s: Sentence, at: number): number {
  const toks = ctx.toks;
  for (let k = at - 1; k > s.from + 1 && at - k <= 12; k--) {
    const t = toks[k];
    if (t.quote >= 0 || isPunct(t, '.;:')) return -1;
    if (t.lower !== 'to' || !NOT_AUTHORISED.test(toks[k - 1].lower) || toks[k - 2].lower !== 'not') continue;
    const b = k - 5;
    return b > s.from && (toks[b].lower === 'because' || toks[b].lower === 'as') && SUBJECT_PRONOUNS.has(toks[b + 1].lower) && BE_FORMS.has(toks[b + 2].lower) ? b : -1;
  }
  return -1;
}

/** Whether tokens [r.from, r.to) name a state, a province or a country: "Texas", "New South Wales", "France". */
function regionAt(ctx: BlockContext, r: TokRange): boolean {
  const name = ctx.text.slice(ctx.toks[r.from].start, ctx.toks[r.to - 1].end).toLowerCase();
  return r.to - r.from <= 3 && (REGION_NAMES.has(name) || placeOf(name) !== undefined);
}

/** Conjunctions that may open a sentence before its subject: "But the laboratory that analyzed the sample said". */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);

/** Prepositions that open an adverbial before a sentence's subject: "In 2022 several outlets said", "On Monday the ministry said". */
const FRONTED_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'after', 'since', 'during', 'before', 'following', 'amid', 'throughout', 'until']);

/** Whether tokens [np.from, np.to) are a time and nothing else: "this week", "on Monday", "last year". */
function onlyTime(ctx: BlockContext, np: TokRange): boolean {
  // (a time's noun among them: "this" alone is a pronoun, "But this only explains")
  let noun = false;
  for (let k = np.from; k < np.to; k++) {
    const t = ctx.toks[k];
    if (isTimeNoun(ctx, k)) noun = true;
    else if (!(DATE_LEADS.has(t.lower) || (!t.cap && DATE_PREPOSITIONS.has(t.lower)) || (t.kind === 'number' && k > np.from))) return false;
  }
  return noun;
}

/** How many words a fronted adverbial before a source may have ("After months of talks with the unions"). */
const FRONTED_REACH = 7;

/** Whether token k is a date or a noun of a time ("Monday", "night", "week"), no number. */
function isTimeNoun(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return t.kind === 'word' && (TIME_NOUNS.has(t.lower) || t.lower === 'day' || (t.f & F_DATE_WORD) !== 0);
}

/** Whether token k is a date, a number (a year) or a noun of a time ("night", "week"). */
function isTimeToken(ctx: BlockContext, k: number): boolean {
  return ctx.toks[k].kind === 'number' || isTimeNoun(ctx, k) || isDateToken(ctx, k);
}

/**
 * A source phrase that opens its sentence with an adverbial no comma closes ("In 2022 several outlets", "On Monday
 * the ministry", "Last year the company", "After the vote the senator"): the phrase after it, which begins at a
 * determiner after a noun or at the first word after a date or a number; else the phrase as it is.
 */
function withoutFrontedAdverbial(ctx: BlockContext, np: TokRange): TokRange {
  const toks = ctx.toks;
  const lead = toks[np.from];
  const preposition = FRONTED_PREPOSITIONS.has(lead.lower);
  // ("Later that day the ministry": the phrase found begins at the time's noun)
  const time = !preposition && !DATE_LEADS.has(lead.lower) && isTimeNoun(ctx, np.from);
  // (not a number's "At least 12 people", "At most")
  if (!(preposition || time || DATE_LEADS.has(lead.lower)) || np.to - np.from < (time ? 2 : 3) || toks[np.from + 1].lower === 'least' || toks[np.from + 1].lower === 'most') return np;
  for (let k = np.from + 1; k < np.to && k - np.from <= FRONTED_REACH; k++) {
    const t = toks[k];
    // ("In October, Mr. Paulson, who ...": a comma closes the adverbial)
    if (isPunct(t, ',')) return k + 1 < np.to ? { from: k + 1, to: np.to } : np;
    if (t.kind !== 'word') continue;
    const before = toks[k - 1];
    // ("Last year's FBI statistics": a time that owns the phrase is part of it)
    if (t.lower === "'s" || t.lower === '’s') return np;
    const afterNoun = k > np.from + 1 && DETERMINERS.has(t.lower) && !DETERMINERS.has(before.lower) && before.kind !== 'punct' && before.pos !== 'I';
    // (a word that opens a phrase of its own: a determiner, a name, a group's noun; not "In a March 2016 meeting")
    const opens = DETERMINERS.has(t.lower) || t.cap || GROUP_NOUNS.has(t.lower);
    const afterTime = opens && !isTimeToken(ctx, k) && !DATE_LEADS.has(t.lower) && isTimeToken(ctx, k - 1) && (k > np.from + 1 || time || before.kind === 'number');
    if (afterNoun || afterTime) return { from: k, to: np.to };
  }
  return np;
}

/**
 * The comma, from token `from` on and before character `end`, that closes a relative clause: the main clause's verb
 * after it (", has always denied", ", costs £300"), not inside a quotation; else -1.
 */
function relativeClose(ctx: BlockContext, from: number, end: number): number {
  const toks = ctx.toks;
  for (let k = from; k + 1 < toks.length && toks[k].start < end; k++) {
    if (!isPunct(toks[k], ',') || toks[k].quote >= 0) continue;
    const next = toks[k + 1];
    if (next.kind === 'word' && !next.cap && ((next.f & F_AUX) !== 0 || (next.pos === 'V' && !next.lower.endsWith('ing')))) return k;
  }
  return -1;
}

/** How many of tokens [from, to) the lexicon reads as verbs, auxiliaries aside ("who have praised": one). */
function verbsBetween(ctx: BlockContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ctx.toks[k].pos === 'V' && (ctx.toks[k].f & F_AUX) === 0) n++;
  return n;
}

/** Verbs right after a reporting verb's "that" that make it a pronoun, their subject: "said that was untrue". */
const PRONOUN_THAT_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'would', 'will', 'could', 'has', 'had']);

/** Adverbs between a relative pronoun and its verb that the lexicon reads otherwise: "The hacker who first revealed". */
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['first', 'last', 'once', 'later', 'recently', 'previously']);

/** Words between a restrictive relative's "that", "who" or "which" and the source's last noun phrase (`preposedSource`). */
const RELATIVE_REACH = 8;

/** Token j, or the token before the parenthesis that j closes ("Dev Singh (Lib Dem) | accused"), not before `from`. */
/** A party's initial, alone or with a state's name or abbreviation: "R-Utah", "D-Mass.", "I-Vt.", "R". */
const PARTY_LABEL = /^[RDI](?:-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?$/u;

function beforeParenthesis(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  if (j <= from || !isPunct(toks[j], ')')) return j;
  for (let m = j - 1; m > from && m >= j - 8; m--) if (isPunct(toks[m], '(')) return m - 1;
  return j;
}

/**
 * Whether the word at i, a cue verb's form in "-s", heads a counted noun phrase: a number other than one, then a
 * singular common noun ("Five vaccine | claims", "20 council | reports").
 */
function countedNounBefore(ctx: BlockContext, i: number): boolean {
  const toks = ctx.toks;
  const noun = toks[i - 1];
  const count = toks[i - 2];
  if (noun.kind !== 'word' || (noun.pos !== 'N' && noun.pos !== undefined) || (noun.cap && noun.pos === undefined) || noun.lower.endsWith('s') || noun.lower === 'percent') return false;
  // (not a year: "A Sept. 15, 2011 email shows")
  if (count.kind === 'number') return count.text !== '1' && !YEAR_NUMBER.test(count.text);
  return count.kind === 'word' && (count.f & F_NUMBER_WORD) !== 0 && count.lower !== 'one';
}

/**
 * Token k, or the token after a short phrase of where or when that opens there ("on its leak site", "on Monday", "in a
 * post") when "to" follows it: where a claimed infinitive begins.
 */
function afterSetting(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  if (k >= s.to || !SETTING_PREPOSITIONS.has(toks[k].lower)) return k;
  for (let m = k + 1; m < s.to && m - k <= 5; m++) {
    if (toks[m].kind !== 'word' || toks[m].quote >= 0) return k;
    if (toks[m].lower === 'to') return m > k + 1 ? m : k;
  }
  return k;
}

/** Whether the word at v, the lexicon's verb, follows a finite verb of its own, not an auxiliary, as its object ("rejected | calls for an inquiry"). */
function objectOfVerb(ctx: BlockContext, v: number, from: number): boolean {
  return v - 1 >= from && (ctx.toks[v - 1].f & F_AUX) === 0 && isFiniteVerb(ctx, v - 1);
}

/**
 * The source of a participle cue ("..., claiming that"): an appositive right before the comma
 * ("Amir Saeed Iravani, Iran's ambassador to the UN, firmly rejecting"), the source of a
 * participle it is coordinated with ("... and stating that"), or the subject of the main clause.
 */
export function participleSource(ctx: BlockContext, s: Sentence, i: number, psrc: Map<number, SourceFound | null>): SourceFound | null {
  const toks = ctx.toks;
  const k = skipLeftModifiers(ctx, i - 1, s.from);
  if (k < s.from) return null;
  // ("Which? has accused Greenmart of misleading shoppers by claiming X": the means of an act the object is blamed for is
  // the object's)
  if (toks[k].lower === 'by') {
    const blamed = blamedObjectBefore(ctx, s, k);
    if (blamed !== null) return blamed;
  }
  if (toks[k].lower === 'and') {
    let best: SourceFound | null = null;
    for (const [pi, src] of psrc) if (pi >= s.from && pi < i && src) best = src;
    if (best) {
      // keep the name, not the appositive
      for (let m = best.range.from; m < best.range.to; m++) {
        if (isPunct(toks[m], ',')) return { range: { from: best.range.from, to: m }, type: best.type };
      }
      return best;
    }
  }
  if (isPunct(toks[k], ',')) {
    let np = npEndingAt(ctx, k - 1, s.from);
    // ("A quote attributed to Prime Minister Keir Starmer, claiming X, has been shared": a subject with a reduced relative
    // before the name; its head a determiner and a word or two, whatever the lexicon reads them as, "A quote")
    if (np && np.from - 3 >= s.from && (toks[np.from - 1].lower === 'to' || toks[np.from - 1].lower === 'by') && isParticipleWord(toks[np.from - 2])) {
      const head = npEndingAt(ctx, np.from - 3, s.from);
      if ((head && head.from === s.from) || ((toks[s.from].f & F_DETERMINER) !== 0 && np.from - 3 - s.from <= 2 && rangeHas(ctx, s.from, np.from - 2, (x) => x.kind === 'word' && !x.cap))) np = { from: s.from, to: np.to };
    }
    if (np && np.from - 1 >= s.from && isPunct(toks[np.from - 1], ',')) {
      const name = npEndingAt(ctx, np.from - 2, s.from);
      if (name && sourceType(ctx, name) === 'name' && !hasVerbBetween(ctx, name.to, np.from)) return { range: { from: name.from, to: np.to }, type: 'name' };
    }
    // the sentence's subject, the participle in an aside after it: "Biden, echoing Erdogan, called on ..."
    if (np && np.from === s.from && !isDateToken(ctx, np.from) && participleAsideEnd(ctx, s, i) > i) return { range: np, type: sourceType(ctx, np) };
  }
  // the source of a report or denial earlier in the sentence: "The union rejected the claim that ..., saying" (in its
  // clause: not across a semicolon, "The union says X; the association called it misleading, saying ...")
  // (the nearest such verb: the rules find denials before reports, so the map is not in the text's order)
  // (after a comma, not a source inside what another verb of the sentence reports: "Rovers denied reports that their
  // striker had asked to leave, insisting ..." is the club's, not the striker's; but "told his supporters that they
  // should respond by suggesting" is theirs)
  const comma = isPunct(toks[k], ',');
  let earlier: SourceFound | null = null;
  let earlierAt = -1;
  for (const [pi, src] of psrc) {
    if (pi >= s.from && pi < k && src && pi > earlierAt && !punctOutsideQuotes(ctx, pi + 1, k, ';') && !(comma && reportedInside(ctx, psrc, s, src))) {
      earlier = src;
      earlierAt = pi;
    }
  }
  if (earlier) return earlier;
  // the subject of the nearest reporting verb to the left, not of a verb in what it reports ("Marchenko said that
  // the corridor remains open, rejecting reports ..."; the rules find denials before reports, so psrc lacks it)
  for (let v = k - 1; v >= s.from; v--) {
    if ((toks[v].f & (F_CUE_VERB | F_DENIAL_VERB)) === 0 || toks[v].quote >= 0) continue;
    // ('"X," said Devine, suggesting': an inverted report's source, a name after its verb, whatever stands before the comma)
    if (comma && v - 1 >= s.from && isClosingQuote(ctx, v - 1) && v + 1 < k && toks[v + 1].cap && !isDateToken(ctx, v + 1)) {
      const np = npStartingAt(ctx, v + 1, k);
      if (np && !rangeHas(ctx, np.to, k, (x) => isFiniteVerb(ctx, x.i) || x.kind === 'quote')) return { range: np, type: sourceType(ctx, np) };
    }
    // (a word after a verb of its own is its object: "rejected calls for an inquiry, insisting"; and a word after an
    // article or a possessive, a noun: "is defending his early-morning tweets attempting to shame X, saying")
    if (objectOfVerb(ctx, v, s.from) || nounAfterDeterminer(ctx, v, s.from)) continue;
    // (or an infinitive after a finite verb: "She declined to say whether the government would extend the cap, saying")
    if (v - 2 >= s.from && toks[v - 1].lower === 'to' && isFiniteVerb(ctx, v - 2)) v -= 2;
    // (and one coordinated after it: "declined to confirm or deny the presence of troops, saying")
    else if (v - 4 >= s.from && (toks[v - 1].lower === 'or' || toks[v - 1].lower === 'and') && toks[v - 3].lower === 'to' && isFiniteVerb(ctx, v - 4)) v -= 4;
    else if (!isFiniteVerb(ctx, v)) continue;
    const np = npEndingAt(ctx, beforeParenthesis(ctx, skipLeftModifiers(ctx, v - 1, s.from), s.from), s.from);
    if (np && !(np.to - np.from === 1 && toks[np.from].lower === 'it')) return { range: np, type: sourceType(ctx, np) };
    // (a subject with an aside before its verb: "Russia, which cooperates with Saudi Arabia, said X, contradicting ...")
    if (!np && isPunct(toks[v - 1], ',')) return preposedSource(ctx, s, v);
    break;
  }
  // the subject of the nearest finite verb to the left (a possessive's "'s" before its noun is none: "declined to discuss
  // the player's future, saying")
  for (let v = k - 1; v >= s.from; v--) {
    // (nor an infinitive: "declined to discuss")
    // (nor a noun the lexicon reads as a verb, after a determiner and an adjective: "the plea for an interim stay")
    if (isFiniteVerb(ctx, v) && !possessiveS(ctx, v) && toks[v - 1]?.lower !== 'to' && !objectOfVerb(ctx, v, s.from) && !((toks[v - 1]?.f ?? 0) & F_DETERMINER) && !(toks[v - 1]?.pos === 'J' && ((toks[v - 2]?.f ?? 0) & F_DETERMINER)) && !nounAfterDeterminer(ctx, v, s.from) && !reducedRelative(ctx, v, s.from)) {
      let j = skipLeftModifiers(ctx, v - 1, s.from);
      // (past a day after the subject: "Sen. Bernie Sanders (I-Vt.) on Saturday criticized the accord, saying")
      if (j - 2 >= s.from && isDateToken(ctx, j) && !toks[j - 1].cap && DATE_PREPOSITIONS.has(toks[j - 1].lower)) j -= 2;
      j = beforeParenthesis(ctx, j, s.from);
      // ("Dean then appeared on MSNBC and began by saying": a verb coordinated with one before it shares its subject)
      if (j > s.from && (toks[j].lower === 'and' || toks[j].lower === 'but') && rangeHas(ctx, s.from, j, (x) => isFiniteVerb(ctx, x.i))) continue;
      // ("The head of the armed forces, General Oskar Dremel, went further, telling": a subject with its appositive)
      if (isPunct(toks[j], ',')) return preposedSource(ctx, s, v);
      const np = npEndingAt(ctx, j, s.from);
      if (!np) return null;
      // ("It is clear, saying": no one; but "Meanwhile, it attacked Trump, saying": the body the article speaks of)
      if (np.to - np.from === 1 && toks[np.from].lower === 'it' && ((toks[v].f & F_AUX) !== 0 || IMPERSONAL_VERBS.has(toks[v].lower))) return null;
      const subject = withoutDateAfter(ctx, np);
      return { range: subject, type: sourceType(ctx, subject) };
    }
  }
  return null;
}

/**
 * The subject that ends at token `end` (its time after it) when the participle at token p follows its noun phrase:
 * "The maker of a car seat | recalled | last month", "Minutes of a meeting | held | in June"; else null.
 */
function participleHead(ctx: BlockContext, s: Sentence, p: number, end = p + 2): SourceFound | null {
  const toks = ctx.toks;
  if (p - 1 <= s.from || toks[p].cap || toks[p - 1].kind !== 'word') return null;
  const head = npEndingAt(ctx, p - 1, s.from);
  return head !== null ? { range: { from: head.from, to: end + 1 }, type: sourceType(ctx, head) } : null;
}

/**
 * The object of a finite verb before "of" or "for" and a gerund, within `BLAMED_ACT_REACH` tokens before token `by`
 * ("accused | Greenmart | of misleading shoppers | by"), or null: who did the act, and so what "by" and a participle
 * after it say they did it with.
 */
function blamedObjectBefore(ctx: BlockContext, s: Sentence, by: number): SourceFound | null {
  const toks = ctx.toks;
  for (let m = by - 1; m > s.from && by - m <= BLAMED_ACT_REACH; m--) {
    const t = toks[m];
    if (t.kind === 'punct' || t.kind === 'quote') return null;
    if ((t.lower !== 'of' && t.lower !== 'for') || !(toks[m + 1].kind === 'word' && !toks[m + 1].cap && toks[m + 1].lower.endsWith('ing'))) continue;
    const np = npEndingAt(ctx, m - 1, s.from);
    if (np === null || np.from - 1 < s.from) return null;
    const v = toks[np.from - 1];
    return v.kind === 'word' && !v.cap && (v.f & F_AUX) === 0 && isFiniteVerb(ctx, np.from - 1) ? { range: np, type: sourceType(ctx, np) } : null;
  }
  return null;
}
/** How far before "by" the act blamed may open (`blamedObjectBefore`). */
const BLAMED_ACT_REACH = 12;

/**
 * Whether token v, a word the lexicon may read as a verb, is a noun after an article or a possessive, straight or past
 * one hyphenated modifier the lexicon does not know ("his tweets", "his early-morning tweets").
 */
function nounAfterDeterminer(ctx: BlockContext, v: number, from: number): boolean {
  const toks = ctx.toks;
  if (v - 1 < from) return false;
  if (NOUN_DETERMINERS.has(toks[v - 1].lower)) return true;
  const m = toks[v - 1];
  if (v - 2 >= from && m.kind === 'word' && !m.cap && m.pos === undefined && m.lower.includes('-') && NOUN_DETERMINERS.has(toks[v - 2].lower)) return true;
  // (past an adjective or two: "has issued a red warning for wind, saying", "a new official warning")
  let k = v - 1;
  while (k >= from && v - k <= 2 && toks[k].kind === 'word' && !toks[k].cap && toks[k].pos === 'J') k--;
  return k < v - 1 && k >= from && NOUN_DETERMINERS.has(toks[k].lower);
}

/**
 * A participle after a common noun and before a preposition, the noun's phrase the object of a finite verb or a
 * preposition before it: a reduced relative on the noun, not the clause's verb ("imposed duties on electric bicycles
 * made in China, concluding", "criticized the accord adopted after two weeks of talks, saying").
 */
function reducedRelative(ctx: BlockContext, v: number, from: number): boolean {
  const toks = ctx.toks;
  const t = toks[v];
  if (v - 2 < from || !PARTICIPLE_END.test(t.lower) || toks[v + 1]?.pos !== 'I' || toks[v - 1].pos !== 'N' || toks[v - 1].cap) return false;
  // (the noun's phrase an object, after a preposition or a verb: not a subject, "and the governor tripped up Rubio")
  const np = npEndingAt(ctx, v - 1, from);
  if (np === null || np.from - 1 < from || !(toks[np.from - 1].pos === 'I' || toks[np.from - 1].pos === 'V')) return false;
  for (let u = np.from - 1; u >= from; u--) if (isFiniteVerb(ctx, u)) return true;
  return false;
}

/** The source of a cue in a relative clause on it: the noun phrase before ", who" ("Barkley, who has said"). */
function relativeSource(ctx: BlockContext, s: Sentence, i: number): SourceFound | null {
  const toks = ctx.toks;
  const w = skipLeftModifiers(ctx, i - 1, s.from);
  if (w - 2 < s.from || toks[w].lower !== 'who' || !isPunct(toks[w - 1], ',')) return null;
  let np = npEndingAt(ctx, w - 2, s.from);
  // (past a person's age and home town between commas: "Gemma Pryce, 36, of Cardiff, who said", "The shop owner, 52,
  // who said": the person)
  let end = w - 2;
  for (;;) {
    const place = npEndingAt(ctx, end, s.from);
    if (place && place.from - 2 > s.from && toks[place.from - 1].lower === 'of' && isPunct(toks[place.from - 2], ',')) end = place.from - 3;
    else if (end - 1 > s.from && toks[end].kind === 'number' && isPunct(toks[end - 1], ',') && toks[end - 2].kind === 'word') end -= 2;
    else break;
  }
  if (end < w - 2) {
    const person = npEndingAt(ctx, end, s.from);
    if (person && toks[person.to - 1].kind === 'word') np = person;
  }
  // ("after hearing from a former colleague, who testified": the gerund's object, not the gerund)
  if (np && np.to - np.from > 2 && !toks[np.from].cap && toks[np.from].lower.endsWith('ing') && (toks[np.from].pos !== 'N' || (np.from > s.from && toks[np.from - 1].pos === 'I')) && toks[np.from + 1].pos === 'I') np = { from: np.from + 2, to: np.to };
  return np ? { range: np, type: sourceType(ctx, np) } : null;
}

/**
 * "despite a report by the National Audit Office that found only 11 were likely to be finished", "a poll which showed X":
 * a study, a poll or a report (`EVIDENCE_NOUNS`), with who made it after "by", before a relative "that" or "which" whose
 * verb finds (`EVIDENCE_VERBS`) at token i; else null.
 */
function findingRelativeSource(ctx: BlockContext, s: Sentence, i: number, verbId: string): SourceFound | null {
  const toks = ctx.toks;
  const w = skipLeftModifiers(ctx, i - 1, s.from);
  if (!EVIDENCE_VERBS.has(verbId) || w - 1 <= s.from || (toks[w].lower !== 'that' && toks[w].lower !== 'which')) return null;
  // (a "which" after its comma, a "that" right after the noun)
  const end = toks[w].lower === 'which' && isPunct(toks[w - 1], ',') ? w - 2 : w - 1;
  let np = npEndingAt(ctx, end, s.from);
  // (not the sentence's subject, whose verb the clause runs into: "The data that shows growth is old")
  if (np === null || np.from === s.from) return null;
  np = withStudyMadeBy(ctx, s, np);
  // (the phrase's head, or the noun "by" follows: not "the minister that found")
  if (!EVIDENCE_NOUNS.has(toks[np.to - 1].lower) && !(toks[np.from].lower !== 'by' && rangeHas(ctx, np.from, np.to, (x) => x.lower === 'by' && EVIDENCE_NOUNS.has(toks[x.i - 1]?.lower ?? '')))) return null;
  // (from the study's own phrase: "in the wake of | polls by Quinnipiac University that showed")
  for (let k = np.from + 1; k < np.to && !EVIDENCE_NOUNS.has(toks[k - 1].lower); k++) if (toks[k - 1].lower === 'of') np = { from: k, to: np.to };
  return { range: np, type: sourceType(ctx, np) };
}

/**
 * The restrictive "that" or "who" right before the cue at token i on the sentence's subject (no comma: "A housing
 * association that told tenants X has been fined", "The official who said X has resigned"); else null.
 */
function restrictiveRelativeSource(ctx: BlockContext, s: Sentence, i: number): SourceFound | null {
  const toks = ctx.toks;
  const w = i - 1;
  if (w - 1 < s.from || (toks[w].lower !== 'that' && toks[w].lower !== 'who') || toks[w - 1].kind !== 'word' || (toks[w - 1].f & F_CUE_VERB) !== 0) return null;
  const np = npEndingAt(ctx, w - 1, s.from);
  // (not a phrase a preposition opens, "Among those who said", "For someone who conceded")
  if (np === null || np.from !== s.from || toks[np.from].pos === 'I' || ALLEGATION_NOUNS.has(toks[np.to - 1].lower)) return null;
  // (what is reported a clause, its subject and its verb, not a participle's "by": "who wrote the powerful speech
  // delivered by X")
  const from = skipObjectBeforeClause(ctx, s, i + 1);
  const subject = npStartingAt(ctx, toks[from]?.lower === 'that' ? from + 1 : from, s.to);
  if (!clauseAfterCue(ctx, s, from) || (subject !== null && toks[subject.to + 1]?.lower === 'by')) return null;
  // (the relative pronoun, as PolNeAR's annotators mark it; the speaker is its antecedent)
  return { range: { from: w, to: w + 1 }, type: sourceType(ctx, np) };
}

/** Past whom a verb of telling tells, at token k, to what it tells: "told | tenants | their flats were X" (else k). */
function skipObjectBeforeClause(ctx: BlockContext, s: Sentence, k: number): number {
  const np = npStartingAt(ctx, k, s.to);
  return np !== null && np.to - np.from <= 2 && clauseAt(ctx, np.to, s.to) ? np.to : k;
}

/**
 * The main clause's verb after a report that opens at token `from` inside a relative clause on the subject, past the
 * report's own finite verb and quotations ("their flats were \"safe and dry\" | has been fined"): its index, or -1 at a
 * comma or the sentence's end.
 */
function mainVerbAfterReport(ctx: BlockContext, s: Sentence, from: number): number {
  const toks = ctx.toks;
  let own = false;
  for (let k = from; k < s.to; k++) {
    const t = toks[k];
    if (t.quote >= 0 && t.kind !== 'quote') continue;
    if (isPunct(t, ',;:')) return -1;
    // (a clause inside the report leaves its end unknown: "they would be scared if the candidate won")
    if (t.kind === 'word' && own && (SUBORDINATORS.has(t.lower) || t.lower === 'that')) return -1;
    if (t.kind !== 'word' || !isFiniteVerb(ctx, k)) continue;
    if (!own) {
      own = true;
      while (k + 1 < s.to && toks[k + 1].kind === 'word' && ((toks[k + 1].f & F_AUX) !== 0 || toks[k + 1].pos === 'V' || toks[k + 1].lower === 'not')) k++;
      continue;
    }
    const before = toks[k - 1];
    if ((before.kind === 'word' && !VERB_COORDINATORS.has(before.lower)) || before.kind === 'quote' || before.kind === 'number') return k;
  }
  return -1;
}

/**
 * The complement of a cue in a relative clause, up to the comma that closes the clause before the
 * main clause's verb ("Barkley, who said he votes early, praised ..."); a quotation stays whole.
 */
function relativeContent(ctx: BlockContext, s: Sentence, comp: ContentInfo): R {
  const toks = ctx.toks;
  const k = Math.min(s.to, lowerBound(toks, comp.range[0], tokenStart, s.from));
  if (isOpeningQuote(ctx, k)) return comp.range;
  for (let j = k + 1; j < s.to && toks[j].start < comp.range[1]; j++) {
    if (isPunct(toks[j], ',') && toks[j].quote < 0 && isFiniteVerb(ctx, skipRightAdverbs(ctx, j + 1, s.to))) return [comp.range[0], trimEnd(ctx, j - 1)];
  }
  return comp.range;
}

/** Forms of "have" after an existential "there": "there have been", "there has been". */
const EXISTENTIAL_HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Words before a day counted from another: "the next day", "the following week", "the same morning". */
const RELATIVE_DAY_WORDS: ReadonlySet<string> = new Set(['next', 'following', 'same', 'previous']);
/** Nouns of `RELATIVE_DAY_WORDS`' times: "the next | day". */
const RELATIVE_DAY_NOUNS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);

/** Words that lead a date after a participle: "released last week", "published earlier this month". */
const DATE_LEADS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'later']);

/** Whether tokens [from, to) count how often a post went round: a number or "times". */
function rangeHasSpread(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.toks[k].kind === 'number' || ctx.toks[k].lower === 'times') return true;
  return false;
}

/** How many tokens before a source's noun phrase a participle of `SPREAD_PARTICIPLES` may stand. */
const SPREAD_REACH = 8;

/** A subject that shows or finds: a word of `EVIDENCE_NOUNS` in it ("A CNN poll in January", "polling data"). */
/** A source after "by" with the study it made before it ("Tests | by | an independent lab"): the two as one; else `left`. */
function withEvidenceMaker(ctx: BlockContext, s: Sentence, left: SourceFound): SourceFound {
  const range = withStudyMadeBy(ctx, s, left.range);
  return range === left.range ? left : { range, type: sourceType(ctx, range) };
}

/**
 * A noun phrase after "by" with the study (`EVIDENCE_NOUNS`) it made before it: "a report | by | the National Audit
 * Office", "images analysed by the project", the two as one range; else `np` itself.
 */
function withStudyMadeBy(ctx: BlockContext, s: Sentence, np: TokRange): TokRange {
  const toks = ctx.toks;
  if (np.from - 2 < s.from || toks[np.from - 1].lower !== 'by') return np;
  // (past the participle of what was done to it: "Satellite images | analysed | by the Open Borders Project")
  const end = np.from - 3 >= s.from && SEEN_BY_PARTICIPLES.has(toks[np.from - 2].lower) ? np.from - 3 : np.from - 2;
  const made = npEndingAt(ctx, end, s.from);
  return made !== null && EVIDENCE_NOUNS.has(toks[made.to - 1].lower) ? { from: made.from, to: np.to } : np;
}

function isEvidence(ctx: BlockContext, r: TokRange): boolean {
  for (let k = r.from; k < r.to; k++) if (EVIDENCE_NOUNS.has(ctx.toks[k].lower)) return true;
  return false;
}

/**
 * Whether a source of "it" or "they" alone stands for the study the sentence before opens with ("The study followed 4,200
 * patients. | It found the test picked up 38% of cancers"): the head of that sentence's first phrase is an evidence noun.
 */
function evidencePronoun(ctx: BlockContext, s: Sentence, r: TokRange): boolean {
  const toks = ctx.toks;
  if (r.to - r.from !== 1 || (toks[r.from].lower !== 'it' && toks[r.from].lower !== 'they')) return false;
  const at = ctx.sentences.indexOf(s);
  if (at <= 0) return false;
  const np = npStartingAt(ctx, ctx.sentences[at - 1].from, ctx.sentences[at - 1].to);
  return np !== null && EVIDENCE_NOUNS.has(toks[np.to - 1].lower);
}

/** What a verb's object clause holds: from the word after the verb (and its adverbs) to the next comma or the sentence's end. */
function objectClause(ctx: BlockContext, s: Sentence, i: number): R | null {
  const toks = ctx.toks;
  const k = skipRightAdverbsToFigure(ctx, i + 1, s.to);
  // (a participle before its noun and the noun's verb is the subject's adjective: "show | recorded crime fell 8 percent")
  // (or an adjective of its own: "show | armoured vehicles inside the territory")
  const participle = k + 1 < s.to && toks[k].lower.endsWith('ed') && toks[k + 1].pos === 'N';
  if (k >= s.to || (toks[k].kind !== 'word' && toks[k].kind !== 'number') || ADJUNCT_PREPS.has(toks[k].lower) || (isFiniteVerb(ctx, k) && !participle)) return null;
  let end = k;
  while (end + 1 < s.to && !isPunct(toks[end + 1], ',;:')) end++;
  // (with appositives after its commas that have no verb of their own: "show unemployment at 4.1%, its lowest since 2008,
  // not in 40 years")
  // (or a score after its comma: "Clinton with a small lead over Sanders, 46 percent to 44 percent, among likely voters")
  while (end + 2 < s.to && isPunct(toks[end + 1], ',') && ((toks[end + 2].kind === 'word' && ((toks[end + 2].f & F_DETERMINER) !== 0 || toks[end + 2].lower === 'not')) || toks[end + 2].kind === 'number')) {
    let e = end + 2;
    while (e + 1 < s.to && !isPunct(toks[e + 1], ',;:.!?')) e++;
    if (hasVerbBetween(ctx, end + 2, e + 1)) break;
    end = e;
  }
  return rangeOf(ctx, k, end);
}

function hasVerbBetween(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFiniteVerb(ctx, k)) return true;
  return false;
}

interface ContentInfo {
  range: R;
  opensBlock: boolean;
  runsOn: boolean;
  /** Only a guess (a bare clause after the verb); not enough on its own for verbs that need a complement. */
  weak?: boolean;
}

/**
 * The end of a length of time from token k: "years", "two years", "many months", "a decade",
 * "more than a year" (not "for some time", after "known" more often than a report); else -1.
 */
function durationEnd(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  let m = k;
  while (m < s.to && m - k < DURATION_MAX_TOKENS && !DURATION_NOUNS.has(toks[m].lower) && (toks[m].kind === 'number' || (toks[m].kind === 'word' && !toks[m].cap && (DURATION_LEADS.has(toks[m].lower) || (toks[m].f & F_NUMBER_WORD) !== 0)))) m++;
  return m < s.to && DURATION_NOUNS.has(toks[m].lower) ? m + 1 : -1;
}
/** Nouns of a length of time (`durationEnd`). */
const DURATION_NOUNS: ReadonlySet<string> = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'decades', 'decade', 'hours']);
/** Words before a length of time's noun: "more than a year", "many months", "the past few weeks". */
const DURATION_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'past', 'last', 'many', 'several', 'some', 'few', 'long', 'more', 'than', 'almost', 'nearly', 'over', 'at', 'least']);
/** The most tokens before a length of time's noun (`durationEnd`). */
const DURATION_MAX_TOKENS = 4;

/** Skips the adjuncts after a verb: "on Monday", "in a statement", "last week", adverbs, dates ("Tuesday", "on Jan. 5"). */
export function skipAdjuncts(ctx: BlockContext, s: Sentence, from: number): { k: number; skipped: boolean } {
  const toks = ctx.toks;
  let k = from;
  let skipped = false;
  for (let guard = 0; guard < 4 && k < s.to; guard++) {
    const t = toks[k];
    // "said the next day that", "told the committee the following week that": a day counted from the story's, before "that"
    if (t.lower === 'the' && k + 3 < s.to && RELATIVE_DAY_WORDS.has(toks[k + 1].lower) && RELATIVE_DAY_NOUNS.has(toks[k + 2].lower) && toks[k + 3].lower === 'that') {
      k += 3;
      skipped = true;
      continue;
    }
    if (t.kind === 'word' && !t.cap && ADJUNCT_PREPS.has(t.lower) && t.lower !== 'that') {
      // "accused the governor of stalling the repairs": "of" and a gerund is what is alleged, no adjunct
      if (t.lower === 'of' && k + 1 < s.to && isGerund(toks[k + 1])) break;
      // "said at least 40 people were missing": a figure's bound, no adjunct
      if (t.lower === 'at' && (toks[k + 1]?.lower === 'least' || toks[k + 1]?.lower === 'most')) break;
      const np = npStartingAt(ctx, k + 1, s.to);
      // ("told us | about 3,000 passengers were affected": a rounded figure that is the subject of a verb after it)
      if (np && APPROXIMATORS.has(t.lower) && toks[k + 1].kind === 'number' && np.to < s.to && isFiniteVerb(ctx, np.to)) break;
      if (np) {
        k = np.to;
        skipped = true;
        continue;
      }
      // "confirmed to us that", "said to them": whom it was said to
      if ((t.lower === 'to' || t.lower === 'with') && OBJECT_PRONOUNS.has(toks[k + 1]?.lower ?? '')) {
        k += 2;
        skipped = true;
        continue;
      }
      if (t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier') {
        k++;
        skipped = true;
        continue;
      }
    }
    // "said late on Friday that", "said early last week that": how late or early, before the time
    if ((t.lower === 'late' || t.lower === 'early') && k + 1 < s.to && (toks[k + 1].lower === 'on' || toks[k + 1].lower === 'in' || toks[k + 1].lower === 'last' || toks[k + 1].lower === 'this' || isDateToken(ctx, k + 1))) {
      k++;
      continue;
    }
    if (t.kind === 'word' && isAdverb(t)) {
      // (not one that leads a figure: "said | nearly 400 homes")
      if (skipRightAdverbsToFigure(ctx, k, s.to) === k && skipRightAdverbs(ctx, k, s.to) > k) break;
      k++;
      continue;
    }
    // "said in a report published last week that", "saying in a statement posted on social media that", "said in a
    // leaflet delivered last week that": the participle that dates or places the adjunct's document
    // (or launches it: "said in an advertising campaign launched this month that")
    if (skipped && t.kind === 'word' && !t.cap && (SEEN_BY_PARTICIPLES.has(t.lower) || SPREAD_PARTICIPLES.has(t.lower) || DATED_PARTICIPLES.has(t.lower) || LAUNCHED_PARTICIPLES.has(t.lower))) {
      k++;
      continue;
    }
    // "reported, citing two people familiar with the plans, that": the report's own sources, between commas, before "that"
    const cited = citingAside(ctx, s, k);
    if (cited > k) {
      k = cited;
      skipped = true;
      continue;
    }
    // "have said for two years that", "claimed for months that": how long, before "that"
    const lasted = t.lower === 'for' ? durationEnd(ctx, s, k + 1) : -1;
    if (lasted > k && toks[lasted]?.lower === 'that') {
      k = lasted;
      skipped = true;
      continue;
    }
    // "said Tuesday that", "said on Jan. 5 that": dates, their numbers and abbreviation dots
    if (isDateToken(ctx, k)) {
      while (k < s.to && isDateToken(ctx, k)) k++;
      skipped = true;
      continue;
    }
    break;
  }
  return { k, skipped };
}

/**
 * Whether a source lies in what another verb of sentence s reports: a verb of `psrc` before it with no clause of its
 * own between (a semicolon, or a comma and "and" or "but").
 */
function reportedInside(ctx: BlockContext, psrc: Map<number, SourceFound | null>, s: Sentence, src: SourceFound): boolean {
  const toks = ctx.toks;
  // (the subject of a clause that "that" or the verb opens: "denied reports that their striker", "said the ministry had")
  const before = src.range.from - 1;
  if (before < s.from || !(toks[before].lower === 'that' || psrc.has(before))) return false;
  for (const pj of psrc.keys()) {
    if (pj < s.from || pj >= src.range.from) continue;
    let open = true;
    for (let k = pj + 1; k < src.range.from && open; k++) {
      if (toks[k].quote >= 0) continue;
      if (isPunct(toks[k], ';') || (isPunct(toks[k], ',') && (toks[k + 1]?.lower === 'and' || toks[k + 1]?.lower === 'but'))) open = false;
    }
    if (open) return true;
  }
  return false;
}

/** Whether punctuation `ch` (outside quotation marks) stands among tokens [from, to). */
function punctOutsideQuotes(ctx: BlockContext, from: number, to: number, ch: string): boolean {
  for (let k = from; k < to; k++) if (isPunct(ctx.toks[k], ch) && ctx.toks[k].quote < 0) return true;
  return false;
}

/** Participles that name a report's own sources in an aside: "reported, citing officials, that". */
export const CITING_PARTICIPLES: ReadonlySet<string> = new Set(['citing', 'quoting']);

/** After ", citing X," or ", quoting X," at k when "that" follows the closing comma: the token after that comma; else k. */
function citingAside(ctx: BlockContext, s: Sentence, k: number): number {
  if (!(k + 2 < s.to && isPunct(ctx.toks[k], ','))) return k;
  const close = citingAsideEnd(ctx, k + 1, s.to);
  return close < 0 ? k : close + 1;
}

/**
 * The comma that closes the aside of a citing participle at i ("citing two people familiar with the plans, that"),
 * when "that" follows it within 15 tokens (before `max`); else -1.
 */
export function citingAsideEnd(ctx: BlockContext, i: number, max: number): number {
  const toks = ctx.toks;
  if (!CITING_PARTICIPLES.has(toks[i].lower)) return -1;
  for (let j = i + 1; j < max - 1 && j < i + 16; j++) {
    if (toks[j].quote >= 0 || isPunct(toks[j], '.;:!?')) return -1;
    if (isPunct(toks[j], ',')) return toks[j + 1].lower === 'that' ? j : -1;
  }
  return -1;
}

/**
 * What a verb reports in an object or an infinitive after it (and its adjuncts) that complementAfter
 * does not take: "stressed the need for talks", "vowed to block the nominee"; up to the clause's end.
 */
function objectAfter(ctx: BlockContext, s: Sentence, i: number, verb: CueVerb): R | null {
  const toks = ctx.toks;
  let k = skipRightAdverbs(ctx, i + 1, s.to);
  if (verb.object) {
    const obj = npStartingAt(ctx, k, s.to);
    if (obj) k = obj.to;
    // an object pronoun: "told us", "asked him"
    else if (k < s.to && toks[k].kind === 'word' && !toks[k].cap && toks[k].pos === 'O') k++;
  }
  // an infinitive: "vowed to block the nominee" (not "spoke to the press")
  const inf = toks[k + 1];
  const infinitive = toks[k]?.lower === 'to' && inf !== undefined && inf.kind === 'word' && !inf.cap && (inf.f & F_DETERMINER) === 0 && !isPronoun(inf);
  if (!infinitive) k = skipAdjuncts(ctx, s, k).k;
  if (k >= s.to - 1) return null;
  const t = toks[k];
  if (t.kind !== 'word' || t.cap || t.quote >= 0 || SUBORDINATORS.has(t.lower) || ADJUNCT_PREPS.has(t.lower) && t.lower !== 'to' || t.lower === 'of') return null;
  return rangeOf(ctx, k, contentEnd(ctx, s, k));
}

/** What a verb of saying may tell someone that is no clause: "tell you much about", "told us nothing new". */
const QUANTITY_OBJECTS: ReadonlySet<string> = new Set(['much', 'more', 'less', 'little', 'nothing', 'anything', 'something', 'everything', 'all', 'so']);

/** The complement after a cue verb: "that ...", ": ...", a quotation, or a bare clause. */
function complementAfter(ctx: BlockContext, s: Sentence, i: number, verb: CueVerb): ContentInfo | null {
  const toks = ctx.toks;
  // ("claimed without evidence that X", "said, without offering any proof, that X": the article's word, `noevidence.without`)
  let k = skipRightAdverbsToFigure(ctx, skipWithoutEvidence(ctx, s, i + 1), s.to);
  let skipped = false;
  if (verb.object && k < s.to) {
    const obj = npStartingAt(ctx, k, s.to);
    if (obj && toks[k].lower !== 'that') {
      k = obj.to;
      // (a preposition read into the object ends it: "analysts | on a call")
      if (k - 1 > obj.from && toks[k - 1].kind === 'word' && !toks[k - 1].cap && ADJUNCT_PREPS.has(toks[k - 1].lower)) k--;
      // (nor the "there" of an existential clause after it: "told FactWatch | there are no plans")
      else if (k - 1 > obj.from && toks[k - 1].lower === 'there' && k < s.to && (BE_FORMS.has(toks[k].lower) || EXISTENTIAL_HAVE.has(toks[k].lower) || MODALS.has(toks[k].lower))) k--;
      // (and a count after "of" with a word that rounds it, which the noun phrase stops before: "told a crowd of about
      // 2,000 supporters on Saturday that X")
      // (the rounding word right after "of", whether the noun phrase ends before "of" or after it)
      const rounding = k + 2 >= s.to ? -1 : toks[k].lower === 'of' ? k + 1 : toks[k - 1].lower === 'of' ? k : -1;
      if (rounding >= 0 && APPROXIMATORS.has(toks[rounding].lower) && toks[rounding + 1].kind === 'number') {
        const counted = npStartingAt(ctx, rounding + 1, s.to);
        if (counted) k = counted.to;
      }
      skipped = true;
    } else if (!obj && verb.kind === 'speech' && toks[k].kind === 'word' && !toks[k].cap && toks[k].pos === 'O' && !QUANTITY_OBJECTS.has(toks[k + 1]?.lower ?? '')) {
      // an object pronoun: "told us the roll had been cleaned" (not "accusing them of", "asked him to", "doesn't tell
      // you much about")
      k++;
      skipped = true;
    }
  }
  // (a phrase of a preposition after the object that "that" follows: "telling analysts on a call that X")
  if (skipped) k = prepositionThenThat(ctx, s, k);
  // adjuncts: "on Monday", "in a statement", "in his video message", "last week"
  const adj = skipAdjuncts(ctx, s, k);
  // (a bare clause may follow a day's adjunct alone, as none may follow an object or another adjunct: "said on Tuesday |
  // its air defences had shot down 14 drones")
  const dayOnly = !skipped && adj.skipped && dayAdjunct(ctx, k, adj.k);
  skipped = (skipped || adj.skipped) && !dayOnly;
  k = adj.k;
  if (k >= s.to) return null;
  const t = toks[k];
  // ("I say that categorically": the pronoun, what was said before, with only adverbs after it)
  if (t.lower === 'that' && k + 1 < s.to && skipRightAdverbs(ctx, k + 1, s.to) >= s.to - 1 && isPunct(toks[s.to - 1], '.!?')) return { range: [t.start, t.end], opensBlock: false, runsOn: false };
  // ("said that claim was misleading": a determiner before a singular noun that cannot stand without one)
  // ("said that was untrue": a verb right after it, whose subject it is)
  if (t.lower === 'that' && k + 1 < s.to) return contentFrom(ctx, s, (DETERMINER_THAT_NOUNS.has(toks[k + 1].lower) && isFiniteVerb(ctx, k + 2)) || PRONOUN_THAT_VERBS.has(toks[k + 1].lower) ? k : k + 1);
  if (isPunct(t, ':') && k + 1 < s.to) return contentFrom(ctx, s, k + 1);
  // a quotation after a comma is what was said, for any cue verb ("said, \"...\"", "warned, \"...\"");
  // a bare quotation right after the verb only for verbs of saying: "maintained \"a position of neutrality\"" quotes an object
  if (isPunct(t, ',') && isOpeningQuote(ctx, k + 1)) return contentFrom(ctx, s, k + 1);
  if (!verb.needsComplement && isOpeningQuote(ctx, k)) return contentFrom(ctx, s, k);
  if (verb.kind === 'demand' && t.lower === 'to' && k + 1 < s.to) return contentFrom(ctx, s, k + 1);
  if (verb.object && skipped && t.lower === 'of' && verb.kind === 'allegation') return contentFrom(ctx, s, k + 1);
  if (!skipped || verb.object) {
    // a bare clause: "said the United States had shared", "says he will run" (its subject after a figure's bound:
    // "said at least 40 people were missing")
    const b = figureBoundEnd(ctx, k);
    let np = npStartingAt(ctx, b, s.to) ?? verbReadSubject(ctx, b, s.to);
    // (a clause read as one compound to the sentence's end: "claims new law | bans cash payments")
    const split = np !== null && np.from === b && np.to >= s.to - 1 ? verbInCompound(ctx, np) : -1;
    if (split >= 0) np = { from: b, to: split };
    // (a rounding word's figure is a subject only with its verb before any comma: "told us | about 3,000 passengers were
    // affected", not "added | around 292,000 jobs in December, China suffered ...")
    const rounded = b === k + 1 && APPROXIMATORS.has(toks[k].lower);
    if (np && (np.from === b) && (!rounded || verbBeforeComma(ctx, np.to, s.to)) && (toks[k].lower !== 'it' || (k + 1 < s.to && isFiniteVerb(ctx, k + 1)))) {
      for (let v = np.to; v < s.to && v < np.to + 10; v++) {
        // (past a word in quotation marks: "said Hillary Clinton's \"judgment\" was poor")
        if (toks[v].kind === 'quote' && toks[v].quote >= 0 && ctx.quotes[toks[v].quote].close >= 0 && ctx.quotes[toks[v].quote].lastTok - ctx.quotes[toks[v].quote].firstTok <= 3) continue;
        // (or a quotation that opens with the verb: "said the weather explanation \"does not stand up\"")
        // (past its adverbs: 'told a jury he "never took a penny"')
        const quotedVerb = toks[v].kind === 'quote' && isOpeningQuote(ctx, v) && v + 1 < s.to && isFiniteVerb(ctx, skipRightAdverbs(ctx, v + 1, s.to));
        if (!quotedVerb && (isPunct(toks[v], '.;:!?') || toks[v].kind === 'quote')) break;
        if (quotedVerb || v === split || isFiniteVerb(ctx, v)) {
          const c = contentFrom(ctx, s, k);
          // (weak for a verb that needs a complement, an object as often as a clause; but "it" and an auxiliary open a
          // clause: "confirmed it had opened an investigation")
          const pronounClause = np.to === k + 1 && toks[k].lower === 'it' && (toks[k + 1].f & F_AUX) !== 0 && toks[k + 2]?.pos === 'V';
          return c ? { range: c.range, opensBlock: c.opensBlock, runsOn: c.runsOn, weak: verb.needsComplement === true && !pronounClause } : null;
        }
      }
    }
  }
  return null;
}

/** Whether a headline's name of one to three capitalised words at token j is followed by a reporting or denial verb in the present: "Kyiv denies", "Zelensky says". */
function headlineReportAt(ctx: BlockContext, j: number, to: number): boolean {
  const toks = ctx.toks;
  let k = j;
  while (k < to && k - j < 3 && toks[k].kind === 'word' && toks[k].cap) k++;
  const v = toks[k];
  return k > j && k < to && v.kind === 'word' && !v.cap && v.lower.endsWith('s') && (v.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0;
}

/** Whether tokens [from, to) are "on" and a day's words alone: "on Tuesday", "on Tuesday morning", "on 3 March". */
function dayAdjunct(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  if (to - from < 2 || to - from > 4 || toks[from].lower !== 'on') return false;
  for (let k = from + 1; k < to; k++) if (!((toks[k].f & F_DATE_WORD) !== 0 || (toks[k].kind === 'number' && /^\d{1,2}$/.test(toks[k].text)))) return false;
  return true;
}

/**
 * The "that" after a phrase of a preposition at k of at most five words, lower-case words and no punctuation between
 * ("on a call that", "at a briefing that"); else k.
 */
function prepositionThenThat(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  if (k >= s.to || toks[k].kind !== 'word' || toks[k].cap || !ADJUNCT_PREPS.has(toks[k].lower) || toks[k].lower === 'that' || toks[k].lower === 'of' || toks[k].lower === 'to') return k;
  let phrases = 1;
  for (let m = k + 1; m < s.to && m - k <= 8; m++) {
    const t = toks[m];
    if (t.kind !== 'word') return k;
    if (t.lower === 'that') return m > k + 1 && toks[m + 1]?.kind === 'word' ? m : k;
    // (a second phrase of a preposition, "on a call at the time that"; no clause between: "on Wednesday after hinting that")
    if (!t.cap && ADJUNCT_PREPS.has(t.lower) && !SUBORDINATORS.has(t.lower) && phrases++ < 2 && toks[m - 1].kind === 'word' && !ADJUNCT_PREPS.has(toks[m - 1].lower)) continue;
    if (t.cap || ADJUNCT_PREPS.has(t.lower) || SUBORDINATORS.has(t.lower) || t.lower.endsWith('ing') || m - k > 4 * phrases) return k;
  }
  return k;
}

/** Whether a finite verb stands within a few tokens from k, before any punctuation. */
function verbBeforeComma(ctx: BlockContext, k: number, to: number): boolean {
  for (let v = k; v < to && v - k < 6; v++) {
    if (ctx.toks[v].kind === 'punct') return false;
    if (isFiniteVerb(ctx, v)) return true;
  }
  return false;
}

/** After a figure's bound at k ("at least", "at most", "more than", "fewer than", "up to", "about"), the token after it; else k. */
function figureBoundEnd(ctx: BlockContext, k: number): number {
  const a = ctx.toks[k]?.lower;
  const b = ctx.toks[k + 1]?.lower;
  const bound = (a === 'at' && (b === 'least' || b === 'most')) || ((a === 'more' || a === 'fewer' || a === 'less') && b === 'than') || (a === 'up' && b === 'to');
  // (or a word that rounds it: "about 3,000 passengers")
  if (!bound && a !== undefined && APPROXIMATORS.has(a) && ctx.toks[k + 1]?.kind === 'number') return k + 1;
  // (or words that lead a share in words: "only around half of rounds had been completed")
  let j = k;
  while (j < k + 3 && FIGURE_LEADS.has(ctx.toks[j]?.lower ?? '') && !SHARE_FRACTIONS.has(ctx.toks[j].lower)) j++;
  // (or a number: "said only 340 of the cancellations had happened on strike days")
  if (j > k && (SHARE_FRACTIONS.has(ctx.toks[j]?.lower ?? '') || ctx.toks[j]?.kind === 'number')) return j;
  return bound && ctx.toks[k + 2]?.kind === 'number' ? k + 2 : k;
}

/** Content from token k to the end of the sentence, or to the end of a quotation that begins at k. */
function contentFrom(ctx: BlockContext, s: Sentence, k: number): ContentInfo | null {
  const toks = ctx.toks;
  if (k >= toks.length) return null;
  if (isOpeningQuote(ctx, k)) {
    const q = ctx.quotes[toks[k].quote];
    if (q.close < 0) return { range: [toks[k].start, trimEnd(ctx, toks.length - 1)], opensBlock: false, runsOn: true };
    // (up to the sentence's end, or where the report ends after the quotation: "accused X of \u201csleeping\u201d and said ...")
    const clause = reportEnd(ctx, s, k);
    const end = clause >= q.lastTok ? clause : Math.max(q.lastTok, s.to - 1);
    return { range: [toks[k].start, trimEnd(ctx, end)], opensBlock: false, runsOn: false };
  }
  const end = contentEnd(ctx, s, k);
  if (end < k) return null;
  return { range: [toks[k].start, trimEnd(ctx, end)], opensBlock: false, runsOn: false };
}

/**
 * Last token index of content that starts at k: the end of the reported clause (see `reportEnd`), else
 * the sentence end, or the end of a quotation open there.
 */
export function contentEnd(ctx: BlockContext, s: Sentence, k: number): number {
  const clause = reportEnd(ctx, s, k);
  if (clause >= 0) return clause;
  let end = s.to - 1;
  const last = ctx.toks[end];
  if (last && last.quote >= 0 && ctx.quotes[last.quote].close < 0 && ctx.quotes[last.quote].firstTok >= k) end = ctx.toks.length - 1;
  return end;
}

const isParticipleVerb = (t: Tok): boolean => t.pos === 'V' && t.lower.endsWith('ing');

/**
 * Where the reported clause that starts at k ends, before what the sentence goes on to say about the
 * source (-1: no such end, the sentence's end holds): a comma and a participle ("said X, calling
 * it ..."), a conjunction and a verb of the source's ("said X and added ...", "insists X, and has
 * championed ...", "said X while adding ..."), or a comma and a sentence relative or comparison
 * (", which forced ...", ", compared with ..."). Words inside quotation marks never end it.
 */
function reportEnd(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  // a report in a fronted clause ends before the main clause: "While Ortiz has said that the plan failed, Reyes called it ..."
  const main = FRONTING_WORDS.has(toks[s.from].lower) ? mainClauseComma(ctx, s, k) : -1;
  const to = main >= 0 ? main : s.to - 1;
  for (let j = k + 1; j < to; j++) {
    const t = toks[j];
    // a semicolon, then a clause of its own with a reporting verb: "said X; 29 percent said Y"
    // (in a headline any semicolon: "Ministers insist deal will boost exports; business groups are sceptical")
    if (t.quote < 0 && isPunct(toks[j - 1], ';') && toks[j - 1].quote < 0 && (ctx.headline || reportsAfter(ctx, j, to + 1))) return j - 2;
    // a report that closes the sentence: "A study claiming that X was never replicated, researchers told the Courier."
    if (t.quote < 0 && isPunct(toks[j - 1], ',') && toks[j - 1].quote < 0 && closingReport(ctx, j, s.to)) return j - 2;
    // a clause set against the report, with a report of its own: "said the talks had lasted six hours, though Chinese
    // state media reported that X"
    if (t.quote < 0 && isPunct(toks[j - 1], ',') && toks[j - 1].quote < 0 && CONCESSIVE_REPORTS.has(t.lower) && reportsAfter(ctx, j + 1, to + 1) && clauseAt(ctx, j + 1, to + 1)) return j - 2;
    // (in a headline, a comma and another's report or denial: "Ministry says drone attack foiled, Kyiv denies launching it")
    if (ctx.headline && t.quote < 0 && t.cap && isPunct(toks[j - 1], ',') && headlineReportAt(ctx, j, to + 1)) return j - 2;
    if (t.quote >= 0 || t.kind !== 'word' || t.cap) continue;
    // (a comma, or a comma and the closing mark of a quotation: 'said things "should be wrapped up by Cleveland," referring to ...')
    const quoteComma = toks[j - 1].kind === 'quote' && j - 2 > k && isPunct(toks[j - 2], ',');
    const comma = isPunct(toks[j - 1], ',') || quoteComma;
    // (where the report ends before the comma: with the quotation's closing mark after it)
    const cut = quoteComma ? j - 1 : j - 2;
    // (with the quotation's closing mark; or a reporting or denial verb's participle the lexicon does not know as a
    // verb: "..., contradicting a security researcher who says ...")
    // ("according to" below has a reading of its own; nor an aside on the reported clause's subject, its verb after the
    // aside's comma: "that a group known as Jade Lantern, operating on behalf of X, had accessed Y")
    if (comma && (isParticipleVerb(t) || (t.lower.endsWith('ing') && (t.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0)) && !(t.lower === 'according' && toks[j + 1]?.lower === 'to') && !(!quoteComma && (t.f & (F_CUE_VERB | F_DENIAL_VERB)) === 0 && asideInSubject(ctx, j, to))) return cut;
    // (not a relative clause inside the reported clause's subject, its verb after the clause's comma: "said the attack,
    // which it first disclosed on Sunday, had affected X")
    // (in a report after its cue, whose subject has no verb yet, any verb that reports nothing: "said the attack, which
    // began at dawn, destroyed X")
    if (comma && t.lower === 'which' && !quoteComma && relativeInSubject(ctx, j, to, true)) continue;
    if (comma && (t.lower === 'which' || (t.lower === 'compared' && toks[j + 1]?.lower === 'with'))) return cut;
    // (a report that led to it: "said it pays its staff well above the living wage, after a union accused it of X")
    if (comma && !quoteComma && (t.lower === 'after' || t.lower === 'following') && reportingClauseAt(ctx, j + 1, to + 1)) return cut;
    // (", has been shared thousands of times": the verb of the sentence's subject after an aside that held the report,
    // "A quote attributed to X, claiming he told a conference that Y, has been shared")
    if (comma && (t.lower === 'has' || t.lower === 'have') && toks[j + 1]?.lower === 'been' && isParticipleWord(toks[j + 2] ?? t)) return cut;
    // (", without giving a source for the figure": the article's word on the report, no part of it)
    if (comma && !quoteComma && t.lower === 'without' && skipWithoutEvidence(ctx, s, j) !== j) return cut;
    // ", a charge Moscow denied", ", a claim the union called false": the report ends where its denial begins
    // (", a figure the charity says is wildly inflated" too)
    if (comma && (appositiveDenialAfter(ctx, s, j - 1) !== null || appositiveDenialAfter(ctx, s, j - 1, true) !== null || appositiveDenialAfter(ctx, s, j - 1, false, true) !== null)) return cut;
    // (", a figure the council has questioned", ", a number disputed by X": the article's word on the figure reported, an
    // appositive with a clause of its own; not ", a figure of 12%", nor ", the numbers will be ...", a clause)
    if (comma && !quoteComma && (t.lower === 'a' || t.lower === 'the') && j + 3 < s.to && FIGURE_NOUNS.has(toks[j + 1].lower) && toks[j + 2].kind === 'word' && !PREPOSITION_AFTER_FIGURE.has(toks[j + 2].lower) &&
      ((toks[j + 2].f & F_DETERMINER) !== 0 || toks[j + 2].cap || (toks[j + 2].lower.endsWith('ed') && toks[j + 3].lower === 'by'))) return cut;
    // ("insisted X, days after a leaked memo suggested Y": when the report came, no part of it)
    if (comma && !quoteComma && j + 2 < s.to && TIME_AFTER_FIRST.has(t.lower) && TIME_AFTER.test(ctx.text.slice(t.start, toks[j + 2].end))) return cut;
    // ("accused her of X, in a complaint filed with the FEC": where the report was made, no part of what it says)
    if (comma && !quoteComma && MEDIUM_PREPOSITIONS.has(t.lower) && j + 2 < s.to && (toks[j + 1].f & F_DETERMINER) !== 0 && MEDIUM_NOUNS.has(toks[j + 2].lower)) return cut;
    // "said X, according to the inventory": the report ends before the words that vouch for it
    // (not an aside inside a relative clause: "a wing where, according to former detainees, political prisoners are kept")
    if (comma && t.lower === 'according' && toks[j + 1]?.lower === 'to' && !RELATIVES_BEFORE_ASIDE.has(toks[j - 2]?.lower ?? '')) return cut;
    // "insisted X, despite reports that Y": the article sets another's report against it, no part of it
    if (comma && !quoteComma && t.lower === 'despite' && despiteReport(ctx, j + 1, s.to)) return j - 2;
    // ", as unions warned that Y": the report ends where the article sets another's against it
    if (comma && t.lower === 'as' && reportingClauseAt(ctx, j + 1, s.to)) return cut;
    if ((t.f & F_VP_CONJUNCTION) !== 0) {
      // after a comma any verb ("..., but cautioned against it"); without one a reporting verb only
      // ("tweeted a photo and said ..."), as "the council had met and voted" goes on with the clause's own subject
      let v = skipRightAdverbs(ctx, j + 1, s.to);
      // (past a negated auxiliary, "did not" or "didn't": "said X but did not mention Y")
      if (!comma && v + 2 < s.to && (toks[v].f & F_AUX) !== 0 && (toks[v + 1].lower === 'not' || toks[v].lower.endsWith("n't"))) {
        const w = skipRightAdverbs(ctx, toks[v + 1].lower === 'not' ? v + 2 : v + 1, s.to);
        if ((toks[w].f & F_CUE_VERB) !== 0) v = w;
      }
      const next = toks[v];
      // (or a refusal to say more: "said X but declined to say when")
      // (or a concession with "that": "said X but accepted that Y")
      // (not a participle of finding that goes on with the content's own perfect: "said officers had searched the riverbank
      // and found no ballot papers", what the officers found)
      // (nor an act the content's own subject did together, without a comma: "reported that executives met in a London
      // hotel and discussed raising charges", what the executives discussed)
      const perfect = !comma && t.lower === 'and' && next !== undefined && ((PERFECT_FINDINGS.has(next.lower) && perfectIn(ctx, k, j)) || JOINT_ACTS.has(next.lower));
      // (nor a modal of the content's own after a comma's "and": "said the cuts would mostly affect cabin crew, and could be
      // announced as early as January", what the cuts could be; not "will", the source's own plan, "and will meet them")
      const modal = comma && t.lower === 'and' && next !== undefined && BACKSHIFTED.has(next.lower) && rangeHas(ctx, k, j, (x) => BACKSHIFTED.has(x.lower));
      if (next && next.kind === 'word' && !next.cap && !perfect && !modal && (comma ? isFiniteVerb(ctx, v) || isParticipleVerb(next) : (next.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0 || NAMING_VERBS.has(next.lower) || decliningToSay(ctx, v) ||
          ((t.lower === 'and' || t.lower === 'but') && LEXICON_PAST_CUES.has(next.lower)) || (CONCEDING_VERBS.has(next.lower) && toks[v + 1]?.lower === 'that'))) {
        return comma ? cut : j - 1;
      }
      // after a comma, a personal pronoun and its verb: "said X, but he also warned Y", "..., and she added"
      if (comma && next && SUBJECT_PRONOUNS.has(next.lower) && isFiniteVerb(ctx, skipRightAdverbs(ctx, v + 1, s.to))) return cut;
      // or an existential "there": "charged with taking bribes, and there were numerous complaints that ..."
      if (comma && next && next.lower === 'there' && PASSIVE_BE.has(toks[v + 1]?.lower ?? '')) return cut;
      // a name and a reporting verb: "said X, but Ortiz warned Y", "said X while Ortiz warned Y" (not "..., and Congress must act"),
      // or after a comma any noun phrase and one: "found X, but its authors cautioned that Y"
      // (or after a comma's "and" too, a noun phrase and a reporting verb: "..., and passengers told reporters the crew had ...")
      if ((comma || t.lower === 'while') && next && (next.cap || (comma && (t.lower === 'but' || t.lower === 'and')))) {
        const np = npStartingAt(ctx, v, s.to);
        // (a body named with its country's possessive too: "..., and Russia's defence ministry claimed Y")
        if (np && (sourceType(ctx, np) === 'name' || !next.cap || rangeHas(ctx, np.from, np.to, isApostropheS))) {
          // ("its authors": a possessive read as a phrase of its own)
          // (past a participle the lexicon reads as a verb: "but a leading doctors' union says")
          const rest = np.to - np.from === 1 && ((toks[np.from].f & F_DETERMINER) !== 0 || toks[np.from].pos === 'O') ? npStartingAt(ctx, np.to, s.to) ?? npPastParticiple(ctx, np.to, s.to) : null;
          let to = rest ? rest.to : np.to;
          // (past a plural's possessive: "a leading doctors' union says")
          if (to + 1 < s.to && (toks[to].text === "'" || toks[to].text === '’') && toks[to - 1].lower.endsWith('s')) to = npStartingAt(ctx, to + 1, s.to)?.to ?? to;
          const w = skipRightAdverbs(ctx, to, s.to);
          // (or a denial's verb: "said wages fell, and the ministry rejected the figures")
          if (w < s.to && toks[w].kind === 'word' && !toks[w].cap && (toks[w].f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0) return comma ? cut : j - 1;
        }
      }
    }
  }
  return main >= 0 ? main - 1 : -1;
}

/** Modals a reported clause holds in the past's sequence of tenses (`reportEnd`): "would", "could", "might", "should". */
const BACKSHIFTED: ReadonlySet<string> = new Set(['would', 'could', 'might', 'should']);
/** Participles of finding that read as past tenses too, which go on with a content's perfect (`reportEnd`): "had searched and found". */
const PERFECT_FINDINGS: ReadonlySet<string> = new Set(['found', 'discovered', 'uncovered', 'identified', 'detected', 'established', 'confirmed', 'concluded']);

/** Whether tokens [from, to) hold a perfect's auxiliary and its participle: "officers | had searched | the riverbank". */
function perfectIn(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  for (let m = from; m + 1 < to; m++) {
    const l = toks[m].lower;
    if (l !== 'had' && l !== 'has' && l !== 'have') continue;
    const p = skipRightAdverbs(ctx, m + 1, to);
    if (p < to && toks[p].kind === 'word' && !toks[p].cap && toks[p].pos === 'V' && PARTICIPLE_END.test(toks[p].lower)) return true;
  }
  return false;
}

/** Verbs of conceding that no cue list holds, which end a report before them with "that" after: "but accepted that Y". */
const CONCEDING_VERBS: ReadonlySet<string> = new Set(['accepted', 'agreed', 'recognised', 'recognized', 'granted']);

/** How many tokens a relative clause inside a reported clause's subject may run ("the payments, which began at around £9,000 a month and grew to more than £110,000 a month by 2021, were routed"). */
const SUBJECT_RELATIVE_REACH = 24;

/**
 * Whether the relative clause that "which" at token j opens closes with a comma within `SUBJECT_RELATIVE_REACH` tokens
 * and a finite verb right after it (past adverbs): the clause sits inside a subject whose verb follows ("the attack,
 * which it disclosed on Sunday, had affected ...").
 */
export function relativeInSubject(ctx: BlockContext, j: number, to: number, fullVerbs = false): boolean {
  // (not an aside right after "which": "$51,000, which, in inflation-adjusted dollars, is roughly ...")
  // (a quoted name inside the clause may hold its closing comma: 'the group, which it calls "Grey Heron," stole ...')
  return !isPunct(ctx.toks[j + 1], ',') && closesBeforeSubjectVerb(ctx, j, j + 2, to, true, fullVerbs);
}

/**
 * Whether the participle's aside at token j closes with a comma within `SUBJECT_RELATIVE_REACH` tokens and an auxiliary
 * right after it (past adverbs): an aside inside a reported clause's subject ("a group known as Jade Lantern, operating
 * on behalf of X, had accessed Y").
 */
function asideInSubject(ctx: BlockContext, j: number, to: number): boolean {
  return closesBeforeSubjectVerb(ctx, j, j + 1, to, false, true) || includingListInSubject(ctx, j, to);
}

/**
 * Whether an "including" list opened at token j closes with a comma before the subject's verb, a word that may be one
 * the tagger reads as a noun: "pointed out that several areas, including Cornwall and West Yorkshire, charge £1.75".
 */
function includingListInSubject(ctx: BlockContext, j: number, to: number): boolean {
  const toks = ctx.toks;
  if (toks[j].lower !== 'including') return false;
  for (let c = j + 1; c < to && c - j <= SUBJECT_RELATIVE_REACH; c++) {
    if (toks[c].quote >= 0 || isPunct(toks[c], '.;:!?')) return false;
    if (!isPunct(toks[c], ',')) continue;
    const v = toks[c + 1];
    return v !== undefined && c + 1 < to && v.kind === 'word' && !v.cap && (isFiniteVerb(ctx, c + 1) || (v.pos === 'N' && canBeVerb(v.lower)));
  }
  return false;
}

/**
 * Whether an aside opened at token j, read from token `from`, closes with a comma within `SUBJECT_RELATIVE_REACH` tokens of
 * j, with no quotation in it and no end of a clause, and an auxiliary follows that comma (past adverbs): the subject's verb
 * (`relativeInSubject`, `asideInSubject`). With `quotedNames`, a short quotation may stand in the aside, and the comma may
 * be the one inside a quoted name's closing mark, after which any verb that reports nothing follows: 'which it calls
 * "Grey Heron," stole'; with `fullVerbs`, any such verb may follow any closing comma, but a passive's participle ("funded by").
 */
function closesBeforeSubjectVerb(ctx: BlockContext, j: number, from: number, to: number, quotedNames: boolean, fullVerbs = false): boolean {
  const toks = ctx.toks;
  for (let c = from; c < to && c - j <= SUBJECT_RELATIVE_REACH; c++) {
    const quotedComma = quotedNames && isPunct(toks[c], ',') && toks[c].quote >= 0 && c + 1 < to && toks[c + 1].kind === 'quote' && isClosingQuote(ctx, c + 1);
    if ((toks[c].quote >= 0 && !(quotedNames && (toks[c].kind === 'quote' || quotedComma || isShortQuoted(ctx, c)))) || isPunct(toks[c], '.;:!?')) return false;
    if (!isPunct(toks[c], ',')) continue;
    const v = skipRightAdverbs(ctx, quotedComma ? c + 2 : c + 1, to + 1);
    if (v > to || toks[v].kind !== 'word' || toks[v].cap || !isFiniteVerb(ctx, v)) return false;
    if ((toks[v].f & F_AUX) !== 0) return true;
    // (a verb that reports nothing, with no "by" after it, a passive's participle: "the attack, which began at dawn,
    // destroyed X"; not "a plan, which includes X, funded by Y")
    return (quotedComma || fullVerbs) && (toks[v].f & F_CUE_VERB) === 0 && toks[v + 1]?.lower !== 'by';
  }
  return false;
}

/** Whether token k lies in a quotation of at most seven tokens, its marks included (a name: "Grey Heron"). */
function isShortQuoted(ctx: BlockContext, k: number): boolean {
  const q = ctx.quotes[ctx.toks[k].quote];
  return q !== undefined && q.close >= 0 && q.lastTok - q.firstTok <= 6;
}

/**
 * Whether tokens [k, end) are a short report that closes the sentence: a noun phrase, a verb of saying
 * (`SAYING_VERBS`) and at most five words of whom or where (", researchers told the Courier.", ", a spokesman
 * said on Monday."), or the verb first (", said Dr. Ravi Menon."). Not ", he showed no remorse and ...".
 */
function closingReport(ctx: BlockContext, k: number, sentenceEnd: number): boolean {
  const toks = ctx.toks;
  // (or one before a clause of when or why after its comma: "..., county officials said Friday, after Pruitt claimed X")
  let end = sentenceEnd;
  for (let m = k + 2; m + 1 < sentenceEnd && m - k < 10; m++) {
    if (isPunct(toks[m], ',') && toks[m].quote < 0 && CLAUSE_SUBORDINATORS.has(toks[m + 1].lower) && toks[m + 1].lower !== 'if' && toks[m + 1].lower !== 'whether') {
      end = m;
      break;
    }
  }
  // (a noun phrase, the verb and five words at most: far from the sentence's end, none; most commas are)
  if (end - k > CLOSING_REPORT_REACH || !attributionTailAt(ctx, k, end)) return false;
  for (let m = k; m < end && m - k < 8; m++) {
    if (!SAYING_VERBS.has(toks[m].lower) || toks[m].cap) continue;
    let words = 0;
    for (let n = m + 1; n < end; n++) if (toks[n].kind === 'word') words++;
    return m === k || words <= 5;
  }
  return false;
}
/** The most tokens from the comma to the sentence's end that `closingReport` reads. */
const CLOSING_REPORT_REACH = 16;

/** Conjunctions after a comma that open a clause set against a report (`reportEnd`). */
const CONCESSIVE_REPORTS: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas']);

/** Whether a reporting or denial verb (lower case, outside quotation marks) comes within twelve tokens from k, before `to` and a clause's punctuation. */
function reportsAfter(ctx: BlockContext, k: number, to: number): boolean {
  const toks = ctx.toks;
  for (let m = k; m < to && m - k < 12; m++) {
    const t = toks[m];
    if (t.quote >= 0 || isPunct(t, ';:')) return false;
    if (t.kind === 'word' && !t.cap && ((t.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0 || DISAGREEING.has(t.lower))) return true;
    // "...; police put turnout at 20,000" (`attr.put-figure`)
    if (t.kind === 'word' && !t.cap && PUT_FORMS.has(t.lower) && (PUT_FIGURE_NOUNS.has(toks[m + 1]?.lower ?? '') || PUT_FIGURE_NOUNS.has(toks[m + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * Whether a report's noun and its clause begin at k, after "despite": "reports that", "claims by the club that", "the
 * rumours", "a warning from the energy regulator that".
 */
function despiteReport(ctx: BlockContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  let m = k < end && (toks[k].f & F_DETERMINER) !== 0 ? k + 1 : k;
  // (with whose they are: "despite opposition claims that", "despite the union's claims")
  if (m + 1 < end && toks[m].kind === 'word' && !setAgainst(toks[m].lower) && (toks[m].pos === 'N' || toks[m].cap) && setAgainst(toks[m + 1].lower)) m++;
  else if (m + 2 < end && toks[m].kind === 'word' && isApostropheS(toks[m + 1]) && setAgainst(toks[m + 2].lower)) m += 2;
  if (m < end && setAgainst(toks[m].lower)) return true;
  // ("despite evidence gathered by UN monitors that", "despite mounting evidence of", "despite polls showing": evidence
  // with where it comes from or what it shows)
  if (m + 1 < end && toks[m].kind === 'word' && (toks[m].pos === 'J' || EVIDENCE_ADJECTIVES.has(toks[m].lower)) && EVIDENCE_NOUNS.has(toks[m + 1].lower)) m++;
  const next = toks[m + 1];
  return m + 1 < end && EVIDENCE_NOUNS.has(toks[m].lower) && next.kind === 'word' && (EVIDENCE_TIES.has(next.lower) || (!next.cap && (next.lower.endsWith('ed') || next.lower.endsWith('ing')) && next.pos !== 'N'));
}

/**
 * Whether a noun names a report another sets against one: an allegation's, or a warning's ("despite a warning from the
 * regulator that").
 */
function setAgainst(lower: string): boolean {
  return ALLEGATION_NOUNS.has(lower) || WARNING_NOUNS.has(lower);
}
/** Nouns of a warning or a forecast another gave (`despiteReport`). */
const WARNING_NOUNS: ReadonlySet<string> = new Set(['warning', 'warnings', 'forecast', 'forecasts', 'prediction', 'predictions']);
/** Words after the noun of evidence set against a report: "despite evidence that", "despite data from". */
const EVIDENCE_TIES: ReadonlySet<string> = new Set(['that', 'of', 'from', 'by', 'to']);
/** Words before such a noun that the lexicon may not read as adjectives: "despite mounting evidence". */
const EVIDENCE_ADJECTIVES: ReadonlySet<string> = new Set(['mounting', 'growing', 'overwhelming', 'ample', 'clear', 'new', 'official']);

/** Verbs of a headline's second party after a semicolon: "City says X; inspectors disagree", "...; Moscow blames Y". */
const DISAGREEING: ReadonlySet<string> = new Set(['disagree', 'disagrees', 'differ', 'differs', 'object', 'objects', 'dissent', 'dissents', 'blame', 'blames', 'blamed']);

/**
 * In a sentence that opens with a fronted clause (a `FRONTING_WORDS` word), the comma after token k that
 * ends it: the first comma outside quotation marks followed by a noun phrase and a finite verb (the main
 * clause: ", Reyes called it ..."); -1 when there is none or a comma comes before k (k lies past the clause).
 */
export function mainClauseComma(ctx: BlockContext, s: Sentence, k: number): number {
  const toks = ctx.toks;
  for (let j = s.from + 1; j < k; j++) if (isPunct(toks[j], ',')) return -1;
  for (let j = k + 1; j < s.to - 2; j++) {
    if (toks[j].quote >= 0 || !isPunct(toks[j], ',')) continue;
    // (not a date's comma before its year: "Announced March 23, 2015 | Cruz dropped out")
    if (toks[j - 1].kind === 'number' && YEAR_NUMBER.test(toks[j + 1].text)) continue;
    const np = npStartingAt(ctx, j + 1, s.to);
    if (np && isFiniteVerb(ctx, skipRightAdverbs(ctx, np.to, s.to))) return j;
  }
  return -1;
}

/**
 * Drops final sentence punctuation from a content span ending at token index end (a question mark outside quotation
 * marks too: "Did the minister say rail fares will be frozen?" reports "rail fares will be frozen").
 */
export function trimEnd(ctx: BlockContext, end: number): number {
  const toks = ctx.toks;
  let e = end;
  while (e > 0 && toks[e].kind === 'punct' && ('.;,:'.includes(toks[e].text) || (toks[e].text === '?' && toks[e].quote < 0))) e--;
  return toks[e].end;
}

function rangeOf(ctx: BlockContext, from: number, toIncl: number): R | null {
  if (from > toIncl || from >= ctx.toks.length) return null;
  return [ctx.toks[from].start, trimEnd(ctx, toIncl)];
}

/**
 * A source read after an inverted cue with the name after its comma when the source is a role in lower case ("the
 * company's operations director, Helen Okoro."): two or three capitalised words that end the sentence or its clause.
 */
export function withAppositiveName(ctx: BlockContext, s: Sentence, np: TokRange): TokRange {
  const toks = ctx.toks;
  if (np.to + 2 >= s.to || !isPunct(toks[np.to], ',') || toks[np.to - 1].cap) return np;
  let k = np.to + 1;
  while (k < s.to && k - np.to <= 3 && toks[k].kind === 'word' && toks[k].cap) k++;
  // (a person's name of two words or more; a body's of one: "said the network operator, Skylink")
  if (k - np.to - 1 < (BODY_NOUNS.has(toks[np.to - 1].lower) ? 1 : 2) || (k < s.to && !isPunct(toks[k], '.,;'))) return np;
  return { from: np.from, to: k };
}

/** Prepositions that open where or how a source spoke: "in a statement", "during the debate", "on his blog". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'at', 'via', 'through']);

/**
 * A source read after an inverted cue, up to a setting after a name: a capitalised word, a preposition of
 * `SETTING_PREPOSITIONS`, then a determiner or possessive before a lower-case word ("Mayor Tom Reyes | in a
 * statement", "Paul Ryan | in his speech"; not "analysts at Barclays", "Smith at the State Department").
 */
export function beforeSetting(ctx: BlockContext, np: TokRange): TokRange {
  const toks = ctx.toks;
  for (let k = np.from + 1; k + 2 < np.to; k++) {
    // (after a name, or a handle: "wrote @truthseeker88 in the first post")
    const handle = k >= 2 && toks[k - 2].text === '@' && toks[k - 2].end === toks[k - 1].start;
    if ((toks[k - 1].cap || handle) && SETTING_PREPOSITIONS.has(toks[k].lower) && (toks[k + 1].f & F_DETERMINER) !== 0 && !toks[k + 1].cap && toks[k + 2].kind === 'word' && !toks[k + 2].cap) return { from: np.from, to: k };
    // (or a day's event: "was repeated by councillor Mark Webb at Tuesday's meeting", "in Monday's debate")
    if (toks[k - 1].cap && SETTING_PREPOSITIONS.has(toks[k].lower) && k + 3 < np.to && (toks[k + 1].f & F_DATE_WORD) !== 0 && isApostropheS(toks[k + 2]) && toks[k + 3].kind === 'word' && !toks[k + 3].cap) return { from: np.from, to: k };
  }
  // (or when, last, after a name or a noun: "debunked by Full Fact in 2023", "rejected by the council on Monday"; not a
  // relative clause's, "the organization she founded in 1975")
  const k = np.to - 2;
  if (k > np.from && (toks[k].lower === 'in' || toks[k].lower === 'on') && (toks[k - 1].cap || toks[k - 1].pos === 'N') && ((toks[k + 1].f & F_DATE_WORD) !== 0 || YEAR_NUMBER.test(toks[k + 1].text))) return { from: np.from, to: k };
  return np;
}

/** Whether a noun phrase with a relative clause on a person starts at token k: "an official who spoke", "two people who". */
function relativeSourceAfter(ctx: BlockContext, k: number, to: number): boolean {
  const np = npStartingAt(ctx, k, to);
  return np !== null && np.to < to && (ctx.toks[np.to].lower === 'who' || ctx.toks[np.to].lower === 'whom');
}

/** Whether tokens [from, to) hold a finite verb of reporting, no relative pronoun right before it: "The association | said | its own counts". */
function reportsBefore(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  for (let k = from + 1; k < to; k++) if ((toks[k].f & F_CUE_VERB) !== 0 && !toks[k].cap && isFiniteVerb(ctx, k) && !RELATIVE_PRONOUNS.has(toks[k - 1].lower)) return true;
  return false;
}

/**
 * Whether tokens [from, to) hold a finite verb outside a relative clause (a verb right after "who", "which" or "that",
 * past auxiliaries and adverbs, is the relative clause's): a clause that can be reported, not a noun phrase.
 */
function hasMainVerb(ctx: BlockContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  for (let k = from; k < to; k++) {
    if (!isFiniteVerb(ctx, k)) continue;
    let j = k - 1;
    while (j >= from && toks[j].kind === 'word' && ((toks[j].f & F_AUX) !== 0 || toks[j].lower === 'not' || isAdverb(toks[j]))) j--;
    if (j >= from && ['who', 'which', 'that', 'whom'].includes(toks[j].lower)) continue;
    // (nor a relative clause with no relative word, its subject a pronoun after the noun: "the organization | she founded")
    if (j - 1 >= from && toks[j].kind === 'word' && (toks[j].f & F_PRONOUN) !== 0 && SUBJECT_PRONOUNS.has(toks[j].lower) && toks[j - 1].kind === 'word' && !toks[j - 1].cap && toks[j - 1].pos === 'N') continue;
    return true;
  }
  return false;
}

/**
 * Content to the left of a postposed or inverted cue, ending at token b (a comma or a closing quote):
 * the quotation that ends there (which may have begun sentences earlier), or the sentence up to b.
 */
function leftContent(ctx: BlockContext, s: Sentence, b: number): ContentInfo | null {
  const toks = ctx.toks;
  let q = b;
  if (isPunct(toks[q], ',') && isClosingQuote(ctx, q - 1)) q = q - 1;
  if (isClosingQuote(ctx, q)) {
    const quote = ctx.quotes[toks[q].quote];
    const open = quote.firstTok;
    const openSentence = sentenceOfToken(ctx, open);
    // ("**Claim:** \"We have doubled X,\" the mayor said": the quotation right after a fact check's label opens the content)
    if (s.from === 0 && open > 0 && open === openingLabelEnd(ctx)) return { range: [toks[open].start, toks[q].end], opensBlock: false, runsOn: false };
    if (open >= s.from && open > s.from) {
      // a quotation inside the sentence: the content is the sentence up to the quote's end
      return { range: [toks[s.from].start, toks[q].end], opensBlock: s.from === 0 && isOpeningQuote(ctx, 0), runsOn: false };
    }
    if (openSentence && open === openSentence.from) {
      return { range: [toks[open].start, toks[q].end], opensBlock: open === 0, runsOn: false };
    }
    return { range: [toks[s.from].start, toks[q].end], opensBlock: false, runsOn: false };
  }
  // ("LAGOS, March 3 (Reuters) - Talks collapsed, the union said": not the dateline, nor a fact check's "Claim:" label)
  let from = s.from === 0 ? Math.max(datelineEnd(ctx), openingLabelEnd(ctx)) : s.from;
  // (nor the conjunction that ties the sentence to the one before: "But the study was observational, the authors said")
  if (from + 2 < b && toks[from].cap && SENTENCE_CONJUNCTIONS.has(toks[from].lower)) from++;
  // (nor a linking adverb and its comma: "However, the photograph was taken in 2018, a reverse image search shows")
  else if (from + 3 < b && toks[from].cap && LINKING_ADVERBS.has(toks[from].lower) && isPunct(toks[from + 1], ',')) from += 2;
  if (b - 1 < from) return null;
  return { range: [toks[from].start, toks[b - 1].end], opensBlock: from === 0 && isOpeningQuote(ctx, 0), runsOn: false };
}

/** Verbs of finding that never invert their subject (`attr.inverted`): "The recount, requested by X, found Y". */
const NEVER_INVERTED: ReadonlySet<string> = new Set(['cue.find', 'cue.show', 'cue.reveal', 'cue.indicate']);

/** Adverbs that open a sentence with a comma to tie it to the one before: "However,", "Meanwhile,". */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'separately', 'additionally']);

/** Conjunctions that open a sentence to tie it to the one before: "But", "And", "Yet". */
const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/**
 * A quotation split by its attribution goes on after it: "\"Q1,\" he said, \"Q2.\"" and
 * "\"Q1,\" he said. \"Q2.\"" are one content, Q1 to Q2. `from` is the first token after the frame.
 * Marks the content as running on when the continuing quotation is still open at the block's end.
 */
function continueQuote(ctx: BlockContext, s: Sentence, from: number, content: ContentInfo): R {
  const toks = ctx.toks;
  const range = content.range;
  if (range[1] === 0 || !isClosingQuote(ctx, tokIndexEndingAt(ctx, range[1]))) return range;
  let k = from;
  while (k < s.to && !(toks[k].kind === 'quote' && isOpeningQuote(ctx, k))) {
    // another attribution (not a cue's form read as a noun after a determiner, an adjective or a noun: "in a blog post")
    if (toks[k].kind === 'word' && (toks[k].f & F_CUE_VERB) !== 0 && !(k > from && !toks[k].lower.endsWith('ed') && ((toks[k - 1].f & F_DETERMINER) !== 0 || toks[k - 1].pos === 'J' || ((toks[k - 1].pos === 'N' || toks[k - 1].pos === undefined) && toks[k - 1].kind === 'word' && !toks[k - 1].cap)))) return range;
    k++;
  }
  // (a quotation right after a word is that word's object, no continuation: "said on Thursday, branding the criticism
  // \"nonsense\""; but after an abbreviation's full stop, "at a rally in Binghamton, N.Y. \"Secretary Clinton ...\"", and
  // inside a reported clause, "wrote in a letter, that the department \"may have ...\"", it goes on)
  if (k < s.to && toks[k - 1].kind === 'word' && !toks[k - 1].text.endsWith('.') && !rangeHas(ctx, from, k, (t) => t.lower === 'that')) return range;
  if (k >= s.to) {
    const next = ctx.sentences[ctx.sentences.indexOf(s) + 1];
    if (!next || !isOpeningQuote(ctx, next.from)) return range;
    k = next.from;
  }
  const q = ctx.quotes[toks[k].quote];
  if (q.close < 0) {
    content.runsOn = true;
    return [range[0], trimEnd(ctx, toks.length - 1)];
  }
  // the continuation is the speaker's as long as no other attribution frames it (not a report in the next sentence, after a
  // quotation closed by a full stop: '"Q2." The company said ...')
  const closesSentence = isPunct(toks[q.lastTok - 1], '.!?');
  for (let m = q.lastTok + 1; !closesSentence && m < toks.length && m <= q.lastTok + 4; m++) {
    if (toks[m].kind === 'word' && (toks[m].f & F_CUE_VERB) !== 0) return range;
    if (isPunct(toks[m], '.!?')) break;
  }
  // (nor a report further on in the quotation's sentence, after a comma: '"Q2" to drive up the stock price, she said')
  if (!closesSentence) {
    const qs = sentenceOfToken(ctx, q.lastTok);
    for (let m = q.lastTok + 3; qs !== undefined && m < qs.to; m++) {
      if (toks[m].kind === 'word' && (toks[m].f & F_CUE_VERB) !== 0 && !toks[m].cap && isPunct(toks[m - 2], ',') && (isPronoun(toks[m - 1]) || toks[m - 1].cap)) return range;
    }
  }
  return [range[0], q.close];
}

/**
 * Whether the comma (or quotation mark) at b closes a short quotation inside a phrase before the source, a title rather
 * than what was said: "Wednesday on Fox News Channel's \"Hannity,\" Newt Gingrich said".
 */
function titleBefore(ctx: BlockContext, from: number, b: number): boolean {
  const t = ctx.toks[b];
  const q = t.kind === 'quote' && t.quote >= 0 ? ctx.quotes[t.quote] : null;
  if (q === null || q.lastTok !== b || q.firstTok <= from + 1 || q.lastTok - q.firstTok > TITLE_MAX_TOKENS || ctx.toks[q.firstTok - 1].kind !== 'word') return false;
  // (in a phrase with no verb of its own: not "Yet Trump is also a \"change agent,\" Cole said")
  return !finiteVerbBetween(ctx, from, q.firstTok);
}

/** Whether token v is a possessive's "'s" before a noun or an adjective ("the player's future"), not "is". */
export function possessiveS(ctx: BlockContext, v: number): boolean {
  const t = ctx.toks[v];
  const next = ctx.toks[v + 1];
  return isApostropheS(t) && next !== undefined && next.kind === 'word' && (next.pos === 'N' || next.pos === 'J' || next.pos === undefined);
}

/** Whether tokens [from, to) hold a finite verb, a possessive's "'s" aside. */
function finiteVerbBetween(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFiniteVerb(ctx, k) && !isApostropheS(ctx.toks[k])) return true;
  return false;
}
/** The most tokens a title in quotation marks spans, marks included (`titleBefore`). */
const TITLE_MAX_TOKENS = 6;

/** Tokens [from, comma) are a fronted participial phrase: a capitalised participle in -ing ("Speaking", "Appearing"), then no finite verb. */
function frontedParticiple(ctx: BlockContext, from: number, comma: number): boolean {
  const t = ctx.toks[from];
  // (the comma, or a quotation's closing mark after it: '"Sunday Morning Futures," Rep. Issa said')
  const c = ctx.toks[comma];
  if (!isPunct(c, ',') && !(c.kind === 'quote' && isPunct(ctx.toks[comma - 1], ','))) return false;
  if (t.kind !== 'word' || !t.cap || !t.lower.endsWith('ing') || t.lower.length < 6 || (t.pos !== 'V' && t.pos !== undefined)) return false;
  // (a possessive's "'s" is no verb: "Fox News channel's")
  return !finiteVerbBetween(ctx, from + 1, comma);
}

/** Tokens [from, comma) are one fronted adverbial clause: a `FRONTING_WORDS` word, then no comma or quotation. */
function isFrontedClause(ctx: BlockContext, from: number, comma: number): boolean {
  return FRONTING_WORDS.has(ctx.toks[from].lower) && runsToComma(ctx, from, comma);
}

/** Whether the phrase from token `from` runs to the comma at `comma` with no comma, semicolon or colon of its own, nor a quotation that leaves it. */
function runsToComma(ctx: BlockContext, from: number, comma: number): boolean {
  for (let k = from + 1; k < comma; k++) {
    const t = ctx.toks[k];
    if (isPunct(t, ',;:')) return false;
    // a quotation that opens and closes inside the clause is part of it ("As they weigh the \"contested contest\" at ..., leaders think")
    if (t.kind === 'quote' && !(t.quote >= 0 && ctx.quotes[t.quote].close >= 0 && ctx.quotes[t.quote].firstTok > from && ctx.quotes[t.quote].lastTok < comma)) return false;
  }
  return true;
}

/** A participle that goes on with the source's own words: a lower-case word in -ing read as a verb or a reporting verb ("warning", "adding"). */
function isSourceParticiple(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && (isParticipleVerb(t) || (t.lower.endsWith('ing') && (t.f & F_CUE_VERB) !== 0));
}

/** Conjunctions of time a participle's report may follow, its subject the sentence's: "after claiming", "while insisting". */
const PARTICIPLE_TIMES: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'since']);

/** Conjunctions that may open a clause of another speaker's after a parenthetical frame's comma. */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'as', 'because', 'so', 'yet']);

/** Whether a reporting or denial verb (lower case, outside quotation marks, after a word of the range) stands among tokens [from, to). */
function reportsIn(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    // (a verb the lexicon reads as a noun too, "charities dispute figures", but not after a determiner: "the dispute")
    if ((t.f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0 && t.quote < 0 && !t.cap && k > from && (ctx.toks[k - 1].f & F_DETERMINER) === 0) return true;
  }
  return false;
}

/**
 * The relative pronoun before a parenthetical frame that the comma at `close` ends ("which|, UN experts say|,"): "which"
 * or "who" before the frame's opening comma (`frameAsideStart`); else -1.
 */
function relativeFrameOpening(ctx: BlockContext, close: number, from: number): number {
  const c = frameAsideStart(ctx, close, from);
  return c - 1 > from && (ctx.toks[c - 1].lower === 'which' || ctx.toks[c - 1].lower === 'who') ? c - 1 : -1;
}

/**
 * The clause after a parenthetical frame that follows a relative pronoun at `pronoun` ("which, critics say, | shows the
 * plan was agreed"): from after the frame's closing comma to the sentence's end, or to the comma before the main clause's
 * verb when a comma opens the relative ("Rwanda, which, ..., | commands the rebels|, has denied it"); null when the clause
 * opens with no verb.
 */
function relativeParentheticalContent(ctx: BlockContext, s: Sentence, i: number, pronoun: number): R | null {
  const toks = ctx.toks;
  let k = i + 1;
  while (k < s.to && !isPunct(toks[k], ',')) k++;
  const from = k + 1;
  // (the relative's verb, which the lexicon may read as a noun: "which, they say, lists", "commands")
  const v = skipRightAdverbs(ctx, from, s.to);
  const t = toks[v];
  if (v >= s.to || !(isFiniteVerb(ctx, v) || (t.kind === 'word' && !t.cap && (t.f & F_DETERMINER) === 0 && /[^s]s$|ed$/.test(t.lower)))) return null;
  let end = trimEnd(ctx, s.to - 1);
  if (pronoun - 1 >= s.from && isPunct(toks[pronoun - 1], ',')) {
    const close = relativeClose(ctx, from + 1, end);
    if (close >= 0) end = trimEnd(ctx, close - 1);
  }
  return [toks[from].start, end];
}

/** After the cue at i: ", ..." with more words before the sentence ends (the frame sits inside the sentence). */
function isParenthetical(ctx: BlockContext, s: Sentence, i: number): boolean {
  for (let k = i + 1; k < s.to; k++) {
    const t = ctx.toks[k];
    // (not before a participle of the source's: "..., the office said on Wednesday, warning that ...")
    // (nor before another report that a conjunction opens: "Arrivals fell, the government said, but charities disputed the figures")
    // (nor before an appositive that denies what was said: "..., investigators said on Thursday, an account the
    // government swiftly rejected")
    // (nor before an adverbial of when or why the report came, with no verb of its own: "..., her representative said on
    // Tuesday, after days of online speculation"; but "Talks collapsed, the union said, after the ministry refused a rise"
    // goes on with what was said)
    if (isPunct(t, ',')) return s.to - k > 3 && !isSourceParticiple(ctx.toks[skipRightAdverbs(ctx, k + 1, s.to)]) && !(FRAME_ADJUNCT_OPENERS.has(ctx.toks[k + 1].lower) && !rangeHas(ctx, k + 2, s.to, (x) => isFiniteVerb(ctx, x.i))) && !(CLAUSE_CONJUNCTIONS.has(ctx.toks[k + 1].lower) && reportsIn(ctx, k + 2, s.to)) && appositiveDenialAfter(ctx, s, k) === null && appositiveDenialAfter(ctx, s, k, true) === null;
    if (t.kind === 'quote' || isPunct(t, '.;:!?')) return false;
  }
  return false;
}

/** Words that open an adverbial after a report's frame, of when or why it came (`isParenthetical`): ", after days of speculation". */
const FRAME_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'amid', 'ahead', 'despite']);

function hasClosingQuote(ctx: BlockContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isClosingQuote(ctx, k)) return true;
  return false;
}

/** Whether every quotation closed in [from, to) is short and opens after a comma in it, inside an aside (`ASIDE_QUOTE_MAX_TOKENS`). */
function onlyAsideQuotes(ctx: BlockContext, from: number, to: number): boolean {
  const comma = firstComma(ctx, from, to);
  for (let k = from; k < to; k++) {
    if (!isClosingQuote(ctx, k)) continue;
    const q = ctx.quotes[ctx.toks[k].quote];
    if (q === undefined || q.firstTok <= comma || q.lastTok - q.firstTok > ASIDE_QUOTE_MAX_TOKENS) return false;
  }
  return true;
}

function firstComma(ctx: BlockContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (isPunct(ctx.toks[k], ',')) return Math.max(k, from + 1);
  return to;
}

/**
 * After the verb at i, an object with a word other than a determiner and then a quotation ("called Ortiz
 * \"a tireless mayor\""): the object's first token, or -1.
 */
function objectBeforeQuotation(ctx: BlockContext, s: Sentence, i: number): number {
  const obj = npStartingAt(ctx, skipRightAdverbs(ctx, i + 1, s.to), s.to);
  if (!obj || !isOpeningQuote(ctx, obj.to)) return -1;
  for (let k = obj.from; k < obj.to; k++) if (!DETERMINERS.has(ctx.toks[k].lower)) return obj.from;
  return -1;
}

function tokIndexEndingAt(ctx: BlockContext, end: number): number {
  for (let k = ctx.toks.length - 1; k >= 0; k--) if (ctx.toks[k].end <= end) return k;
  return -1;
}

/** A quotation that makes up the sentence before s ("\"We will win.\" He said." is rare, but "He said." after a quote is common). */
function quoteBefore(ctx: BlockContext, s: Sentence): ContentInfo | null {
  const idx = ctx.sentences.indexOf(s);
  if (idx <= 0) return null;
  const p = ctx.sentences[idx - 1];
  const last = p.to - 1;
  if (isClosingQuote(ctx, last) || (isClosingQuote(ctx, last - 1) && ctx.toks[last].kind === 'punct')) {
    const qi = ctx.toks[isClosingQuote(ctx, last) ? last : last - 1].quote;
    const q = ctx.quotes[qi];
    // (a quotation that opens its sentence or an earlier one: not one inside another's report, 'Unite said that figure
    // was "pure fantasy". Regional officer Mark Dunne said ...')
    if (q.firstTok > p.from) return null;
    return { range: [ctx.toks[q.firstTok].start, q.close], opensBlock: q.firstTok === 0, runsOn: false };
  }
  return null;
}

/** Words of a share of people, whose saying is the figure a poll reports ("The vast majority of Americans say"). */
const SHARE_WORDS: ReadonlySet<string> = new Set(['majority', 'minority', 'plurality', 'percent', '%', 'half', 'third', 'quarter', 'most', 'many', 'some', 'few', 'share', 'number']);

/** Whether tokens of range `r` name a share of people (`SHARE_WORDS`). */
function namesShare(ctx: BlockContext, r: TokRange): boolean {
  for (let k = r.from; k < r.to; k++) if (SHARE_WORDS.has(ctx.toks[k].lower)) return true;
  return false;
}

/** Who hears what is said in court: "the court heard", "a jury heard", "jurors heard", "the inquest heard". */
const COURT_HEARERS: ReadonlySet<string> = new Set(['court', 'jury', 'jurors', 'tribunal', 'inquiry', 'inquest', 'hearing', 'magistrates', 'trial', 'judge']);
const HEAR_FORMS: ReadonlySet<string> = new Set(['heard', 'hears', 'hear']);
/** Prepositions between a hearing and what it is of ("The inquest | into | her death heard"), and how many it may take. */
const COURT_PREPOSITIONS: ReadonlySet<string> = new Set(['into', 'of', 'at']);
const COURT_PHRASE_HOPS = 3;
const SAY_VERB: CueVerb = CUE_VERBS.find((v) => v.id === 'cue.say')!;

/**
 * Court reporting's "X, a jury heard on Monday", "The court heard that X", "..., court hears" (`attr.court-heard`):
 * what was said in court, with the court as its source (whoever said it there, the prosecution or a witness, is named
 * elsewhere if at all). Only with a court, a jury or an inquest hearing: "I heard that X" is left to the model.
 */
function detectCourtHeard(ctx: BlockContext, used: Uint8Array, psrc: Map<number, SourceFound | null>, out: RawAttribution[]): void {
  const toks = ctx.toks;
  for (const s of ctx.sentences) {
    for (let i = s.from + 1; i < s.to; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || t.quote >= 0 || used[i] || !HEAR_FORMS.has(t.lower)) continue;
      let left = preposedSource(ctx, s, i);
      // ("An inquest into one of the deaths heard", "The inquiry into the fire heard": the hearing before what it is into)
      for (let hop = 0; left !== null && hop < COURT_PHRASE_HOPS && !rangeHas(ctx, left.range.from, left.range.to, (x) => COURT_HEARERS.has(x.lower)); hop++) {
        const p = left.range.from - 1;
        const before = p - 1 >= s.from && COURT_PREPOSITIONS.has(toks[p].lower) ? npEndingAt(ctx, p - 1, s.from) : null;
        left = before !== null ? { range: { from: before.from, to: left.range.to }, type: sourceType(ctx, before) } : null;
      }
      if (!left || !rangeHas(ctx, left.range.from, left.range.to, (x) => COURT_HEARERS.has(x.lower))) continue;
      const b = left.range.from - 1;
      let found: Found | null = null;
      if (b >= s.from && (isPunct(toks[b], ',') || isClosingQuote(ctx, b))) {
        const content = leftContent(ctx, s, b);
        if (content) found = make(ctx, 'attr.court-heard', 'speech', i, i + 1, left, content.range, content);
      } else if (b < s.from || !isPunct(toks[b], ',')) {
        const comp = complementAfter(ctx, s, i, SAY_VERB);
        if (comp && !comp.weak) found = make(ctx, 'attr.court-heard', 'speech', i, i + 1, left, comp.range, comp);
      }
      if (!found) continue;
      psrc.set(i, left);
      used[i] = 1;
      out.push(found.attr);
    }
  }
}

/** Verbs of saying whose frame a sentence-final "according to" may vouch past (ids of `CUE_VERBS`). */
const FRAME_VERBS: ReadonlySet<string> = new Set(['cue.say', 'cue.add', 'cue.claim', 'cue.insist', 'cue.argue', 'cue.explain', 'cue.write']);

/**
 * Where the words a report's frame opens begin, in tokens [from, to) of sentence s: after "SOURCE said (that)" when
 * a named source opens them and its verb of saying (`FRAME_VERBS`) comes within 12 tokens ("The family's lawyer, Erik
 * Moen, said | the weapon was found in the boot"); else `from`.
 */
export function afterOpeningFrame(ctx: BlockContext, s: Sentence, from: number, to: number): number {
  return openingFrame(ctx, s, from, to)?.words ?? evidenceFrameEnd(ctx, from, to) ?? from;
}

/**
 * Where the words begin that evidence opening tokens [from, to) shows, perhaps after a conjunction: "(But) the figures
 * show (that) | only 68% of trains arrived on time" (`EVIDENCE_NOUNS`, `EVIDENCE_VERBS`); else null.
 */
function evidenceFrameEnd(ctx: BlockContext, from: number, to: number): number | null {
  const toks = ctx.toks;
  const a = from < to && CLAUSE_OPENING_CONJUNCTIONS.has(toks[from].lower) ? from + 1 : from;
  const np = npStartingAt(ctx, a, to);
  if (np === null) return null;
  // (the verb the tagger read as the phrase's last noun: "the figures | show")
  const v = np.to - 2 >= a && EVIDENCE_NOUNS.has(toks[np.to - 2].lower) && (toks[np.to - 1].f & F_CUE_VERB) !== 0 ? np.to - 1 : np.to;
  if (!EVIDENCE_NOUNS.has(toks[v - 1].lower) || v >= to - 1 || (toks[v].f & F_CUE_VERB) === 0) return null;
  const verb = cueVerbForm(toks[v].lower);
  if (!verb || !EVIDENCE_VERBS.has(verb.verb.id)) return null;
  const c = toks[v + 1].lower === 'that' ? v + 2 : v + 1;
  return c < to ? c : null;
}
/** Conjunctions that may open a sentence before its subject: "But the figures show X". */
const CLAUSE_OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** The named source of a report's frame that opens tokens [from, to) of sentence s, and where its words begin (see `afterOpeningFrame`). */
function openingFrame(ctx: BlockContext, s: Sentence, from: number, to: number): { source: SourceFound; words: number } | null {
  const toks = ctx.toks;
  for (let v = from + 1; v < to - 1 && v < from + 12; v++) {
    const t = toks[v];
    if (t.quote >= 0) return null;
    if ((t.f & F_CUE_VERB) === 0 || t.cap || !isFiniteVerb(ctx, v)) continue;
    const verb = cueVerbForm(t.lower);
    const src = preposedSource(ctx, s, v);
    // (a named speaker's words: not "51 percent of respondents said they would ...", where the share is the claim)
    if (!verb || !FRAME_VERBS.has(verb.verb.id) || !src || src.range.from !== from || src.type !== 'name' || namesShare(ctx, src.range)) return null;
    // (past when, where or to whom before "that": "said on Friday that X", "told reporters that X")
    let m = v + 1;
    while (m < to && m - v <= 6 && toks[m].kind === 'word' && toks[m].lower !== 'that' && !isFiniteVerb(ctx, m)) m++;
    const c = m < to && toks[m].lower === 'that' ? m + 1 : v + 1;
    return c < to ? { source: src, words: c } : null;
  }
  return null;
}

function accordingTo(ctx: BlockContext, s: Sentence, i: number, cueTo: number): Found | null {
  const toks = ctx.toks;
  // ("according to even his own supporters": past a focusing adverb; "after, according to him, the network censured his
  // report": an object pronoun is the source)
  const at = cueTo + 1 < s.to && FOCUS_ADVERBS.has(toks[cueTo].lower) ? cueTo + 1 : cueTo;
  const np = npStartingAt(ctx, at, s.to, 20) ?? (at < s.to && OBJECT_PRONOUNS.has(toks[at].lower) && !toks[at + 1]?.cap ? { from: at, to: at + 1 } : null);
  if (!np) return null;
  let end = np.to;
  // "according to a memo seen by Reuters", "according to people familiar with the matter"
  while (end < s.to && toks[end].kind === 'word' && !toks[end].cap && SEEN_BY_PARTICIPLES.has(toks[end].lower)) {
    const more = npStartingAt(ctx, end + 2, s.to) ?? npStartingAt(ctx, end + 1, s.to);
    end = more ? more.to : end + 1;
  }
  // ("according to documents leaked to the student newspaper", "a letter sent to parents": whom the document reached)
  if (end + 2 < s.to && toks[end].kind === 'word' && !toks[end].cap && (DATED_PARTICIPLES.has(toks[end].lower) || HANDED_PARTICIPLES.has(toks[end].lower)) && toks[end + 1].lower === 'to') {
    const whom = npStartingAt(ctx, end + 2, s.to);
    if (whom) end = whom.to;
  }
  // ("according to a 2023 report by the OECD", "according to figures from the ONS": the document's maker)
  if (end + 1 < s.to && (toks[end].lower === 'by' || toks[end].lower === 'from') && EVIDENCE_NOUNS.has(toks[end - 1].lower)) {
    const maker = npStartingAt(ctx, end + 1, s.to);
    if (maker) end = maker.to;
  }
  // ("According to the Drumsallow Water Committee, a volunteer group formed last year, just 38 residents ...": the source's
  // appositive, an indefinite noun phrase between commas before the clause)
  // (or a participle's aside on it: "According to the report, published last week, patients wait 41 weeks")
  if (i === s.from && end + 2 < s.to && isPunct(toks[end], ',') && (toks[end + 1].lower === 'a' || toks[end + 1].lower === 'an' || (!toks[end + 1].cap && isParticipleWord(toks[end + 1])))) {
    let c = end + 2;
    while (c < s.to && c - end <= 12 && toks[c].quote < 0 && !isPunct(toks[c], ',;:.')) c++;
    // (past a quantity's lead: "more than a third of councils expect")
    let q = c + 1 < s.to ? skipRightAdverbs(ctx, c + 1, s.to) : s.to;
    if (q + 2 < s.to && ((QUANTITY_LEADS.has(toks[q].lower) && toks[q + 1].lower === 'than') || (toks[q].lower === 'at' && (toks[q + 1].lower === 'least' || toks[q + 1].lower === 'most')))) q += 2;
    const subject = c + 1 < s.to && isPunct(toks[c], ',') ? npStartingAt(ctx, q, s.to) : null;
    if (subject && subject.to < s.to && isFiniteVerb(ctx, skipRightAdverbs(ctx, subject.to, s.to))) end = c;
  }
  // ("According to the group's director, Davit Beridze, observers were expelled": a role, then its holder's name between
  // commas)
  // (or a body's noun, then its name, between commas or last: "according to the network operator, Skylink.")
  if (end === np.to && end + 2 < s.to && isPunct(toks[end], ',') && !toks[end - 1].cap && (TITLE_WORDS.has(toks[end - 1].lower) || BODY_NOUNS.has(toks[end - 1].lower)) && toks[end + 1].cap) {
    let c = end + 1;
    while (c < s.to && c - end <= 4 && toks[c].kind === 'word' && toks[c].cap) c++;
    const person = TITLE_WORDS.has(toks[end - 1].lower);
    if ((person ? c - end >= 3 : c - end >= 2) && ((c + 1 < s.to && isPunct(toks[c], ',')) || (!person && c === s.to - 1 && isPunct(toks[c], '.')))) end = c;
  }
  const source: SourceFound = { range: { from: np.from, to: end }, type: sourceType(ctx, np) };
  let content: R | null = null;
  const before = i - 1;
  // (not a dateline or a live page's time label: "**09:58** More than 200,000 homes are without power, according to X";
  // nor a fact check's label, "**Claim:** X, according to Y")
  const from = s.from === 0 ? Math.max(datelineEnd(ctx), openingLabelEnd(ctx)) : s.from;
  if (before > from && isPunct(toks[before], ',')) {
    // (a report's frame that opens the sentence stays in the content, as PolNeAR's annotators hold it: "The family's
    // lawyer said the weapon was found in the boot, according to the inventory" is one attribution, of "according to")
    content = [toks[from].start, toks[before - 1].end];
    // ("The correct figure, according to the IFS, is a fall of 4%": an aside inside the clause, which is the content
    // whole, as for "These employees, Smith said, were well paid"; "On that measure, according to the committee, the
    // fall is 25%": an adverbial before it, the clause after it)
    if (end + 1 < s.to - 1 && isPunct(toks[end], ',')) {
      if (isFiniteVerb(ctx, skipRightAdverbs(ctx, end + 1, s.to))) content = [toks[from].start, trimEnd(ctx, s.to - 1)];
      else if (!hasVerbBetween(ctx, from, before)) content = rangeOf(ctx, end + 1, s.to - 1);
      // ("a wing where, according to former detainees, political prisoners are kept": an aside inside a relative clause
      // vouches for the clause after it)
      else if (before - 1 > from && RELATIVES_BEFORE_ASIDE.has(toks[before - 1].lower)) content = rangeOf(ctx, end + 1, s.to - 1);
    }
  } else if (end < s.to && isPunct(toks[end], ',:') && (before < from || isPunct(toks[before], ':;(—') || toks[before].kind === 'quote' || toks[before].lower === 'that' || (before === from && OPENING_CONJUNCTIONS.has(toks[from].lower)))) {
    // "According to the report, ...", "According to the memo: \"...\"", "But according to X, ...", "said that according to X, ..."
    content = isPunct(toks[end], ':') && isOpeningQuote(ctx, end + 1) ? contentFrom(ctx, s, end + 1)?.range ?? null : rangeOf(ctx, end + 1, s.to - 1);
  } else if (before >= from) {
    // (inside a relative aside, the aside's clause: "Organisers of the march, which drew about 3,000 people according to
    // police estimates, said X")
    // (the nearest comma before it only, when a relative pronoun follows it)
    let open = from;
    for (let k = before; k > from; k--) {
      if (!isPunct(toks[k - 1], ',')) continue;
      if (RELATIVE_PRONOUNS.has(toks[k].lower)) open = k;
      break;
    }
    content = [toks[open].start, toks[before].end];
  }
  const found = make(ctx, 'attr.according-to', 'speech', i, cueTo, source, content);
  // ("Analyst Priya Nair said the number was closer to 120, according to filings": the named source of the frame the
  // content opens with says the words, as the claim, cut past the frame, is theirs)
  const frame = content !== null && content[0] === toks[from].start ? openingFrame(ctx, s, from, before) : null;
  if (frame) found.attr.speakerSource = [toks[frame.source.range.from].start, toks[frame.source.range.to - 1].end];
  // ("The German finance ministry denied X, according to a statement released on Tuesday evening": a statement no one is
  // named for is the subject's own, who speaks in it)
  if (content !== null && (toks[np.from].lower === 'a' || toks[np.from].lower === 'an') && MEDIUM_NOUNS.has(toks[np.to - 1].lower) && !rangeHas(ctx, np.to, end, (x) => x.lower === 'by' || x.lower === 'from')) {
    const k = tokenAtOrAfter(ctx, content[0]);
    const subject = k >= 0 ? npStartingAt(ctx, k, before) : null;
    // (a subject that says or denies what the statement holds: not "Osman is believed to have been on the flight", nor "The
    // State Department has removed a dozen emails", whose statement may be anyone's)
    const v = subject ? skipRightAdverbs(ctx, subject.to, before) : -1;
    const saying = v >= 0 && v < before && toks[v].kind === 'word' && !toks[v].cap && (toks[v].f & (F_CUE_VERB | F_DENIAL_VERB)) !== 0;
    if (subject && saying && sourceType(ctx, subject) !== 'pronoun') found.attr.speakerSource = [toks[subject.from].start, toks[subject.to - 1].end];
  }
  return found;
}

/** Verbs of refusing to say more, which end the report before them: "said X but declined to say when". */
const DECLINING_VERBS: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);
/** What they refuse: "to say", "to comment", "to give details" (not "refused to drop the gun", a deed reported). */
const SAYING_INFINITIVES: ReadonlySet<string> = new Set(['say', 'comment', 'discuss', 'elaborate', 'specify', 'confirm', 'give', 'name', 'reveal', 'disclose', 'answer', 'respond', 'speculate', 'identify']);

/** Whether token v refuses to say more: "declined to say", "refused to comment". */
function decliningToSay(ctx: BlockContext, v: number): boolean {
  const toks = ctx.toks;
  return DECLINING_VERBS.has(toks[v].lower) && toks[v + 1]?.lower === 'to' && SAYING_INFINITIVES.has(toks[v + 2]?.lower ?? '');
}

/**
 * Relative words and subordinators that open a clause an "according to" aside may stand inside: "a wing where, according
 * to X, Y", "He left after, according to him, the network censured his report".
 */
const RELATIVES_BEFORE_ASIDE: ReadonlySet<string> = new Set(['where', 'when', 'which', 'who', 'whom', 'after', 'before', 'because', 'since', 'until', 'although', 'though']);

/** Words before "than" that lead a quantity: "more than a third", "fewer than 40". */
const QUANTITY_LEADS: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);

/** An interview transcript's speaker label: "WALLACE: Let's start ..." (capitals, a colon, at the paragraph's start). */
function detectTranscriptLabel(ctx: BlockContext, used: Uint8Array): RawAttribution | null {
  const toks = ctx.toks;
  let k = 0;
  if (toks[k]?.kind === 'quote') k++;
  const first = k;
  while (k < toks.length && k - first < (toks[first + 1]?.text === '.' ? 4 : 3) && toks[k].kind === 'word' && isCapitalsWord(toks[k].text)) {
    k++;
    // (a title's full stop: "SEN. LAURA KINCAID:", "DR. ANA RUIZ:")
    if (k - first === 1 && isPunct(toks[k], '.') && toks[k].start === toks[k - 1].end && TITLE_WORDS.has(toks[k - 1].lower + '.')) k++;
  }
  // ("Lene Aas: No. Every container was inspected.", "**Lene Aas:** ..." in Markdown: a full name, two or three
  // capitalised words the lexicon does not know, in the body, before a clause with a verb; not "Clinton: 45 percent"
  // in a list of results, nor a topic or a place: "Superdelegates: ...", "So: ...", "New Hampshire: ...")
  // (or a title and one or more such words: "Mayor Anita Shah: That's simply wrong.", "Dr. Raman: ...")
  if (k === first && !ctx.headline) {
    let name = k;
    if (toks[k]?.kind === 'word' && toks[k].cap && (TITLE_WORDS.has(toks[k].lower) || (isPunct(toks[k + 1], '.') && TITLE_WORDS.has(toks[k].lower + '.')))) name = k = isPunct(toks[k + 1], '.') ? k + 2 : k + 1;
    while (k < toks.length && k - name < 3 && toks[k].kind === 'word' && toks[k].cap && toks[k].pos === undefined && placeOf(toks[k].lower) === undefined) k++;
    if (k - first < 2 || k === name || !isPunct(toks[k], ':') || !labelledClause(ctx, k + 1)) return null;
  }
  if (k === first || !isPunct(toks[k], ':') || k + 1 >= toks.length || isCategoryWord(toks[first]) || isCategoryWord(toks[k - 1])) return null;
  // ("NEW DELHI: The ministry said ...": a dateline's place, no speaker)
  if (placeOf(ctx.text.slice(toks[first].start, toks[k - 1].end).toLowerCase()) !== undefined) return null;
  used[k] = 1;
  // (without the closing mark of a quotation that the label introduces: 'WALLACE: "..."')
  const end = toks[toks.length - 1].kind === 'quote' && toks.length - 1 > k + 1 && toks[k + 1].kind === 'quote' ? toks.length - 2 : toks.length - 1;
  return {
    rule: 'attr.transcript', cueKind: 'speech', cue: [toks[k].start, toks[k].end], source: [toks[first].start, toks[k - 1].end],
    sourceType: 'name', content: [toks[k + 1].start, toks[end].end], contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8, speakerSource: undefined,
  };
}

/** How many tokens into a transcript label's sentence its verb may come (`labelledClause`). */
const LABEL_VERB_REACH = 6;

/**
 * Whether a finite verb comes in the first sentence from token k, or the next after a one-word one ("No. Every
 * container was inspected."): a transcript's answer, not a list's figure.
 */
function labelledClause(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  let from = k;
  // (soon: "Bernie Sanders: Credit scores On his campaign website, ... calls" is a topic's label run into the text)
  for (let m = k; m < toks.length && m - from <= LABEL_VERB_REACH; m++) {
    if (isPunct(toks[m], '.!?')) {
      if (m - from > 1) return false;
      from = m + 1;
    } else if (toks[m].kind === 'word' && isFiniteVerb(ctx, m)) return true;
  }
  return false;
}

/**
 * `attr.made-this-claim`: a block that opens with who made the claim the block before quotes ("## \"Unemployment has
 * fallen every year\"" then "Prime Minister Claire Dunmore made this claim in her opening statement."): the subject is
 * its source, "made this claim" its cue, and its content the quotation that closes the block before, which only the
 * document pass sees (`contentBefore`; after any other block it is left out). Not a claim made with its own clause
 * ("made the claim that X").
 */
function detectMadeThisClaim(ctx: BlockContext, used: Uint8Array): RawAttribution | null {
  const toks = ctx.toks;
  const s = ctx.sentences[0];
  if (s === undefined || s.to - s.from < 4) return null;
  for (let v = s.from + 1; v + 2 < s.to; v++) {
    if (!MADE_CLAIM_VERBS.has(toks[v].lower) || !MADE_CLAIM_DETERMINERS.has(toks[v + 1].lower) || !MADE_CLAIM_NOUNS.has(toks[v + 2].lower)) continue;
    const after = toks[v + 3];
    if (after !== undefined && after.kind === 'word' && (after.lower === 'that' || after.lower === 'about' || after.lower === 'of')) return null;
    const source = preposedSource(ctx, s, v);
    if (source === null || source.range.from !== s.from || source.type === 'pronoun') return null;
    for (let k = v; k <= v + 2; k++) used[k] = 1;
    return {
      rule: 'attr.made-this-claim', cueKind: 'allegation', cue: [toks[v].start, toks[v + 2].end], source: [toks[source.range.from].start, toks[source.range.to - 1].end], sourceType: source.type,
      content: null, contentOpensBlock: false, contentRunsOn: false, contentBefore: true, contentAfter: false, score: 0.8, speakerSource: undefined,
    };
  }
  return null;
}
/** Verbs, determiners and nouns of making a claim named again (`detectMadeThisClaim`: "made | this | claim"). */
const MADE_CLAIM_VERBS: ReadonlySet<string> = new Set(['made', 'makes', 'repeated', 'repeats']);
const MADE_CLAIM_DETERMINERS: ReadonlySet<string> = new Set(['this', 'the', 'that']);
const MADE_CLAIM_NOUNS: ReadonlySet<string> = new Set(['claim', 'statement', 'remark', 'comment', 'pledge', 'promise', 'boast']);

/**
 * `attr.quote-dash`: a quotation signed with a dash and a name, in one block: `"I am proud of this city." ― Ana Petrova`,
 * `"We will win," — Gov. Ana Ruiz, in a speech`, `"Taxes will fall." - Ana Ruiz. The claim is ...`. The dash comes
 * right after the closing quotation mark (or a full stop or comma after it); the name is `signatureName`'s. The
 * content is the quotation, however many sentences it holds. A block quote with no quotation marks, signed after a
 * sentence's end ("> We have never seen winds like this. — Gwen Hughes"), is such a quotation.
 * `attr.quote-signature`: a block that opens with such a dash and name ("- Sanders." on a line of its own under a
 * quotation, as fact-check lists write it): its content is the quotation that closes the block before, which
 * only the document pass sees (`contentBefore`); after any other block the line is a byline ("- Amber
 * Phillips.") and the document pass leaves it out. Over PolNeAR train but the two held-out tenths that judge
 * changes, a dash and a name after a block closing with a quotation that opens a sentence were a gold cue 7
 * times in 7, after any other block 1 in 9 (scripts/train/count-pattern.ts quote-signature).
 */
function detectQuoteDash(ctx: BlockContext, used: Uint8Array): RawAttribution[] {
  const out: RawAttribution[] = [];
  const toks = ctx.toks;
  if (toks.length > 1 && DASHES.has(toks[0].text)) {
    const e = signatureName(ctx, 1);
    if (e > 0) {
      used[0] = 1;
      out.push(signed(ctx, 'attr.quote-signature', 0, e, null, false));
    }
  }
  // ("> We have never seen winds like this. — Gwen Hughes, harbour master": a block quote's words, with no quotation
  // marks, signed after a sentence's end; the block quote's marks are the quotation's)
  if (ctx.kind === 'blockquote' && ctx.quotes.length === 0) {
    for (let d = 2; d < toks.length; d++) {
      if (!DASHES.has(toks[d].text) || !isPunct(toks[d - 1], '.!?')) continue;
      const e = signatureName(ctx, d + 1);
      if (e < 0) break;
      used[d] = 1;
      out.push(signed(ctx, 'attr.quote-dash', d, e, [toks[0].start, toks[d - 1].end], true));
      break;
    }
  }
  for (const q of ctx.quotes) {
    if (q.close < 0) continue;
    let k = q.lastTok + 1;
    if (k < toks.length && isPunct(toks[k], '.,')) k++;
    if (!(k < toks.length && DASHES.has(toks[k].text))) continue;
    const dash = k;
    const e = signatureName(ctx, dash + 1);
    if (e < 0) continue;
    used[dash] = 1;
    out.push(signed(ctx, 'attr.quote-dash', dash, e, [q.open, q.close], q.firstTok === 0));
  }
  return out;
}

/** Words of `TITLE_WORDS` that join a title's words ("Secretary of State") but no role of their own before a name. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'to', 'for']);

/**
 * A signature's attribution: the dash at `dash` its cue, the name up to token `nameEnd` its source, and `content` (null:
 * the quotation that closes the block before, `contentBefore`).
 */
function signed(ctx: BlockContext, rule: string, dash: number, nameEnd: number, content: R | null, opensBlock: boolean): RawAttribution {
  const toks = ctx.toks;
  return {
    rule, cueKind: 'speech', cue: [toks[dash].start, toks[dash].end], source: [toks[dash + 1].start, toks[nameEnd - 1].end],
    sourceType: 'name', content, contentOpensBlock: opensBlock, contentRunsOn: false, contentBefore: content === null, contentAfter: false, score: 0.8, speakerSource: undefined,
  };
}

/**
 * The name that signs a quotation after a dash, from token `from`: one to `SIGNATURE_MAX_WORDS` capitalised
 * words (and "'s"; a title's or an initial's full stop among them does not count: "Gov. Ana Ruiz", "John Q.
 * Public"), which end the block, their line or their sentence, or come before a comma, semicolon or
 * bracket. The index after its last token, or -1 when no such name follows.
 */
function signatureName(ctx: BlockContext, from: number): number {
  const toks = ctx.toks;
  let e = from;
  let words = 0;
  // ("— @citywatch (@citywatch) March 2, 2025": an account's handle signs an embedded post)
  const handle = from + 1 < toks.length && toks[from].text === '@' && toks[from + 1].kind === 'word' && toks[from].end === toks[from + 1].start;
  if (handle) {
    e = from + 2;
    words = 1;
  }
  for (; !handle && e < toks.length; e++) {
    const t = toks[e];
    if (t.kind === 'word' && (t.cap || t.lower === "'s")) {
      if (t.cap) words++;
    // (a body's noun in lower case after its name: "— Kingsmead Green Lanes campaign")
    // (or a role's: "— Opposition leader", "— Labour spokesperson")
    } else if (t.kind === 'word' && words > 0 && (BODY_NOUNS.has(t.lower) || (t.f & F_SOURCE_NOUN) !== 0) && (e + 1 >= toks.length || toks[e + 1].kind !== 'word')) {
      e++;
      break;
    // (or a role's before the name: "— Transport secretary Helen Ward, March 2025")
    } else if (t.kind === 'word' && words > 0 && ((t.f & F_SOURCE_NOUN) !== 0 || (TITLE_WORDS.has(t.lower) && !JOINING_WORDS.has(t.lower))) && e + 1 < toks.length && toks[e + 1].kind === 'word' && toks[e + 1].cap) {
      continue;
    } else if (t.text === '.' && e > from && toks[e - 1].kind === 'word' && !endsSentence(ctx, e)) {
      // (an abbreviation's or an initial's full stop, inside the name)
      if (toks[e - 1].cap) words--;
    } else break;
  }
  if (words < 1 || words > SIGNATURE_MAX_WORDS) return -1;
  // (or before the next signed quotation, where a list of them runs on in one paragraph: '"X." ― Ana Ruiz "Y." ― Bo Lee')
  if (e >= toks.length || isPunct(toks[e], ',;(') || ctx.text.slice(toks[e - 1].end, toks[e].start).includes('\n') || isOpeningQuote(ctx, e)) return e;
  // "- Ana Ruiz. The claim is ...": the name is its own sentence
  return isPunct(toks[e], '.') && endsSentence(ctx, e) ? e : -1;
}

/**
 * Whether "told" at token i ends a headline's sentence (at most a full stop after it) after a comma and an audience
 * (`AUDIENCE_NOUNS`, with at most a determiner or a modifier before it): "..., jury told", "..., MPs told".
 */
function isHeadlineTold(ctx: BlockContext, s: Sentence, i: number, source: TokRange): boolean {
  const toks = ctx.toks;
  if (!(i + 1 === s.to || (i + 2 === s.to && isPunct(toks[i + 1], '.')))) return false;
  if (source.to !== i || source.to - source.from > 2 || !AUDIENCE_NOUNS.has(toks[i - 1].lower)) return false;
  return source.from > s.from && isPunct(toks[source.from - 1], ',');
}

/** The present and past of "say", which after a label's colon report what someone else says. */
const SAYS: ReadonlySet<string> = new Set(['says', 'say', 'said']);

/** Whether token k ends its sentence. */
function endsSentence(ctx: BlockContext, k: number): boolean {
  const s = sentenceOfToken(ctx, k);
  return s !== undefined && s.to === k + 1;
}

/** An interview's labels before a colon: "Q: ...", "A: ...". */
const INTERVIEW_LABELS: ReadonlySet<string> = new Set(['q', 'a', 'question', 'answer']);

/** "Direct nuclear powers clash unacceptable: Lavrov" and "Lavrov: Russia will not back down". */
function detectHeadlineColon(ctx: BlockContext): RawAttribution | null {
  // a headline, or a one-sentence line such as "Poll: Wealthy voters abandon the party."
  if (ctx.sentences.length !== 1 || !(ctx.headline || ctx.toks.length < 40)) return null;
  const toks = ctx.toks;
  let colon = -1;
  for (let k = 0; k < toks.length; k++) if (isPunct(toks[k], ':') && toks[k].quote < 0) colon = k;
  if (colon === 0 || colon >= toks.length - 1) return null;
  const isName = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > 4) return false;
    for (let k = from; k < to; k++) if (!(toks[k].cap || toks[k].lower === "'s")) return false;
    return true;
  };
  // "...: police", "...: Iraqi officials", "...: port officials": a source noun last, capitalised words, adjectives or nouns before it
  const isSourceNouns = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > 3 || (toks[to - 1].f & F_SOURCE_NOUN) === 0) return false;
    for (let k = from; k < to - 1; k++) if (!(toks[k].cap || (toks[k].f & F_SOURCE_NOUN) !== 0 || toks[k].pos === 'J' || toks[k].pos === 'N')) return false;
    return true;
  };
  const r = (from: number, to: number): R => [toks[from].start, toks[to - 1].end];
  // ("... for about $4.2 billion - sources", "... – report": a spaced dash before a source that ends the headline)
  if (ctx.headline && colon < 0) {
    for (let k = toks.length - 2; k >= 3 && k >= toks.length - 4; k--) {
      const t = toks[k];
      if (t.kind === 'punct' && DASHES.has(t.text) && t.start > toks[k - 1].end && toks[k + 1].start > t.end && isSourceNouns(k + 1, toks.length)) {
        return { rule: 'attr.headline-colon', cueKind: 'speech', cue: r(k, k + 1), source: r(k + 1, toks.length), sourceType: sourceType(ctx, { from: k + 1, to: toks.length }), content: r(0, k), contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8, speakerSource: undefined };
      }
    }
  }
  // (not a fact check's label of whose the claim is, "Who said it: Mayor Anita Shah": `findLabelledClaims` reads it)
  if (speakerLabelBefore(ctx, 0, colon)) return null;
  if (ctx.headline && colon >= 3 && (isName(colon + 1, toks.length) || isSourceNouns(colon + 1, toks.length))) {
    const type = isName(colon + 1, toks.length) ? 'name' : sourceType(ctx, { from: colon + 1, to: toks.length });
    return { rule: 'attr.headline-colon', cueKind: 'speech', cue: r(colon, colon + 1), source: r(colon + 1, toks.length), sourceType: type, content: r(0, colon), contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8, speakerSource: undefined };
  }
  // "The Latest: ...", "Wow: ...": a rubric or an exclamation before the colon, not a speaker
  // (nor one whose last word is a rubric's: "Delegate Update:", "Monday's Morning Email:")
  // (nor an interview's "Q:" and "A:", which name no one: the one who answers is the article's interviewee)
  // (nor a dateline's place: "NEW DELHI: The ministry said ...")
  // (nor a list item's label, common nouns that name no one: "- **Reserves:** ...", "- Revenue: €3.8 billion")
  // (or a label whose line reports who says what: "**Turnout**: CEC says 61.4%; opposition says about 47%.")
  const label = (ctx.kind === 'listItem' && !rangeHas(ctx, 0, colon, (t) => t.kind !== 'word' || (t.pos !== 'N' && t.pos !== 'J') || (t.f & F_SOURCE_NOUN) !== 0)) ||
    (colon === 1 && rangeHas(ctx, colon + 2, toks.length, (t, k) => SAYS.has(t.lower) && !MODALS.has(toks[k - 1].lower)));
  // (or a role in sentence case, a source's noun last: "Transport boss: new trains will end overcrowding")
  if ((isName(0, colon) || (toks[0].cap && isSourceNouns(0, colon))) && !label && toks.length - colon > 4 && !isRubricAt(ctx, 0) && !rubricBeforeColon(ctx, colon) && !(colon === 1 && INTERVIEW_LABELS.has(toks[0].lower)) &&
    !(isCapitalsWord(toks[0].text) && placeOf(ctx.text.slice(toks[0].start, toks[colon - 1].end).toLowerCase()) !== undefined)) {
    return { rule: 'attr.headline-colon', cueKind: 'speech', cue: r(colon, colon + 1), source: r(0, colon), sourceType: 'name', content: r(colon + 1, toks.length), contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8, speakerSource: undefined };
  }
  // ("Obama on Climate Change: The Trends Are 'Terrifying.'", "Mukasey at RNC: X", "Clinton to Planned Parenthood: X": a
  // name, what or where it speaks of or to, and what it says; the name is the source)
  const about = !label && toks.length - colon > 3 ? topicAfterName(ctx, colon) : -1;
  if (about > 0 && !isRubricAt(ctx, 0)) {
    return { rule: 'attr.headline-colon', cueKind: 'speech', cue: r(colon, colon + 1), source: r(0, about), sourceType: 'name', content: r(colon + 1, toks.length), contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.8, speakerSource: undefined };
  }
  return null;
}

/** Prepositions between a headline's speaker and what it speaks of, where, or to whom: "Obama on Climate Change:". */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'to']);

/**
 * In a headline's part before the colon at token `colon`, a name of one to four capitalised words (not a rubric's) and
 * then "on", "at" or "to" and capitalised words or a name's "'s": the token of the preposition, else -1.
 */
function topicAfterName(ctx: BlockContext, colon: number): number {
  const toks = ctx.toks;
  let p = 0;
  // (a name's words: not common nouns or verbs, "Attack on Ottawa:", "Ban on Guns:", "J.J. Abrams Asks Disney To", but for a
  // source's noun or a title, "CNN Expert on X:", "Former AG Mukasey at RNC:", or a surname after a given name or title)
  while (p < colon && p < 4 && toks[p].kind === 'word' && toks[p].cap && !TOPIC_PREPOSITIONS.has(toks[p].lower) && !NOUN_DETERMINERS.has(toks[p].lower) &&
    (toks[p].pos === undefined || toks[p].pos === 'J' || isCapitalsWord(toks[p].text) || (toks[p].f & F_SOURCE_NOUN) !== 0 || TITLE_WORDS.has(toks[p].lower) ||
      (p > 0 && (givenNamePronoun(toks[p - 1].lower) !== undefined || TITLE_WORDS.has(toks[p - 1].lower))))) p++;
  if (p === 0 || p + 1 >= colon || !TOPIC_PREPOSITIONS.has(toks[p].lower) || isCategoryWord(toks[p - 1])) return -1;
  for (let k = p + 1; k < colon; k++) if (!(toks[k].kind === 'word' && (toks[k].cap || toks[k].lower === "'s")) && !isPunct(toks[k], '.')) return -1;
  return p;
}

const CATEGORY_WORDS: ReadonlySet<string> = new Set(RUBRICS.flatMap((r) => r.words));
function isCategoryWord(t: Tok): boolean {
  return CATEGORY_WORDS.has(t.lower);
}

/** Prepositions after the one who obtained a document that say how: "obtained by the Courier under a records request". */
const OBTAINED_HOW_PREPOSITIONS: ReadonlySet<string> = new Set(['under', 'through', 'via', 'using']);

/**
 * The token after a label that opens the block, a fact check's ("Claim: X", "**Claim:** X", "Our ruling: X"): a word or
 * two, one a rubric's, and a colon, within emphasis marks, before a capital, a quotation mark or a number; else 0. What
 * the block reports starts after it.
 */
export function openingLabelEnd(ctx: BlockContext): number {
  const toks = ctx.toks;
  let k = 0;
  while (k < toks.length && k < 2 && isPunct(toks[k], '*_')) k++;
  const first = k;
  while (k < toks.length && k - first < 2 && toks[k].kind === 'word') k++;
  if (k === first || !isPunct(toks[k], ':') || !(isCategoryWord(toks[k - 1]) || isCategoryWord(toks[first]))) return 0;
  k++;
  while (k < toks.length && isPunct(toks[k], '*_')) k++;
  const next = toks[k];
  return next !== undefined && (next.cap || next.kind === 'quote' || next.kind === 'number') ? k : 0;
}

/** Whether the word before the colon at token `colon` is a rubric's ("Delegate Update:", "Monday's Morning Email:"). */
export function rubricBeforeColon(ctx: BlockContext, colon: number): boolean {
  const t = ctx.toks[colon - 1];
  return t !== undefined && t.kind === 'word' && isCategoryWord(t);
}

/** Whether the tokens from `first` (a determiner skipped) name a rubric or an exclamation ("The Latest", "Explainer"), not a speaker. */
export function isRubricAt(ctx: BlockContext, first: number): boolean {
  const toks = ctx.toks;
  const k = first + 1 < toks.length && DETERMINERS.has(toks[first].lower) ? first + 1 : first;
  return k < toks.length && isCategoryWord(toks[k]);
}

/** Participles of the learned lexicon's one-word cues taken at least `LEXICON_PARTICIPLE_MIN_PROBABILITY` of the time. */
const LEXICON_PARTICIPLES: ReadonlySet<string> = new Set(
  CUE_LEXICON.filter((e) => e.probability >= LEXICON_PARTICIPLE_MIN_PROBABILITY && !e.phrase.includes(' ')).flatMap((e) => e.forms.filter((f) => f.endsWith('ing') && !f.includes(' '))),
);

/** Words after a figure's noun that make it a phrase of its own rather than the head of a clause on it ("a figure of 12%"). */
const PREPOSITION_AFTER_FIGURE: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'to', 'from', 'on', 'that', 'which', 'and', 'or']);

/** (verbs an action of the reported clause's own subject takes as often: "said he posed a threat and refused to drop the gun") */
const CLAUSE_PAST_VERBS: ReadonlySet<string> = new Set(['refused', 'declined', 'admitted', 'conceded', 'revealed']);
/**
 * Past forms of the learned lexicon's one-word cues taken at least `LEXICON_PAST_MIN_PROBABILITY` of the time ("blamed",
 * "accused", "vowed"): after "and", a second predicate of the source's ("said X and blamed Y"), where a verb seldom a
 * cue ("passed", "continued") may be the reported clause's own ("the council had met and passed a budget").
 */
const LEXICON_PAST_MIN_PROBABILITY = 0.3;
const LEXICON_PAST_CUES: ReadonlySet<string> = new Set(
  CUE_LEXICON.filter((e) => e.probability >= LEXICON_PAST_MIN_PROBABILITY && !e.phrase.includes(' ')).flatMap((e) => e.forms.filter((f) => f.endsWith('ed') && !f.includes(' ') && !CLAUSE_PAST_VERBS.has(f))),
);

/** Whether some range of `ranges` overlaps [from, to). */
export function overlapsAny(ranges: readonly R[], from: number, to: number): boolean {
  for (const r of ranges) if (r[0] < to && from < r[1]) return true;
  return false;
}

/** The most tokens, marks included, of a quotation inside a participle's aside (a name one goes by, a word or two quoted). */
const ASIDE_QUOTE_MAX_TOKENS = 6;

/**
 * The comma that opens a participle's aside closed by the comma at j ("The Journal, citing internal documents, reported"):
 * the participle (`CITING_PARTICIPLES` or `LEXICON_PARTICIPLES`) right after it, within 15 tokens, no other comma
 * between, a word before it; else -1.
 */
function participleAsideStart(ctx: BlockContext, j: number, from: number): number {
  const toks = ctx.toks;
  for (let c = j - 2; c > from && j - c <= 16; c--) {
    // (past a short quotation closed inside the aside: 'The post, written by a user who calls herself "AshbyMum", says')
    if (toks[c].quote >= 0) {
      const q = ctx.quotes[toks[c].quote];
      if (q.close < 0 || q.lastTok >= j || q.firstTok <= from || q.lastTok - q.firstTok > ASIDE_QUOTE_MAX_TOKENS) return -1;
      c = q.firstTok;
      continue;
    }
    if (!isPunct(toks[c], ',')) continue;
    const p = toks[c + 1];
    return toks[c - 1].kind === 'word' && !p.cap && (CITING_PARTICIPLES.has(p.lower) || LEXICON_PARTICIPLES.has(p.lower) || isParticipleVerb(p)) ? c : -1;
  }
  return -1;
}

/**
 * The comma that closes the aside of the participle at k when the sentence's verb follows it ("The Journal, citing
 * internal documents, reported that"): the next comma within 15 tokens, then a finite verb (after adverbs); else -1.
 */
export function participleAsideEnd(ctx: BlockContext, s: { to: number }, k: number): number {
  const toks = ctx.toks;
  for (let j = k + 1; j < s.to - 1 && j <= k + 16; j++) {
    // (past a short quotation closed inside the aside: 'The Journal, citing "internal documents", reported')
    if (toks[j].quote >= 0) {
      const q = ctx.quotes[toks[j].quote];
      if (q.firstTok !== j || q.close < 0 || q.lastTok - q.firstTok > ASIDE_QUOTE_MAX_TOKENS) return -1;
      j = q.lastTok;
      continue;
    }
    if (isPunct(toks[j], '.;:!?')) return -1;
    if (isPunct(toks[j], ',')) {
      const v = skipRightAdverbs(ctx, j + 1, s.to);
      return v < s.to && !toks[v].cap && isFiniteVerb(ctx, v) ? j : -1;
    }
  }
  return -1;
}

/**
 * `attr.lexicon-participle`: a participle of `LEXICON_PARTICIPLES` right after a comma (or a comma and a
 * closing quotation mark: 30 times right in 34 over all of train), outside quotation marks, where no cue of `taken` lies: "Trump unleashed an attack on Carson, comparing him to a child
 * molester". The source is the participle's subject as `participleSource` finds it; the content runs from
 * the next word to the end of the reported clause.
 */
export function detectLexiconParticiples(ctx: BlockContext, psrc: Map<number, SourceFound | null>, taken: readonly R[]): readonly RawAttribution[] {
  // (most blocks have none: no list is made for them)
  let out: RawAttribution[] | null = null;
  const toks = ctx.toks;
  const text = ctx.text;
  // the text is searched for a comma and a lower-case word in -ing after it; tokens are read only there
  for (let p = text.indexOf(','); p >= 0; p = text.indexOf(',', p + 1)) {
    let a = p + 1;
    // a closing quotation mark may follow the comma: "... was \"messy,\" adding ..."
    if (a < text.length && isClosingQuoteCode(text.charCodeAt(a))) a++;
    while (a < text.length && text.charCodeAt(a) === 32) a++;
    let b = a;
    while (b < text.length && isLowerAsciiCode(text.charCodeAt(b))) b++;
    if (b - a < 5 || !text.startsWith('ing', b - 3) || !LEXICON_PARTICIPLES.has(text.slice(a, b)) || overlapsAny(taken, a, b)) continue;
    const k = lowerBound(toks, a, tokenStart);
    const t = toks[k];
    if (!t || t.start !== a || t.end !== b || t.quote >= 0 || !(isPunct(toks[k - 1], ',') || (toks[k - 1].kind === 'quote' && isPunct(toks[k - 2], ',')))) continue;
    const s = sentenceOfToken(ctx, k);
    if (!s || k - 1 < s.from || k + 1 >= s.to) continue;
    const source = participleSource(ctx, s, k, psrc);
    // ("adding that ...": the complementiser is no part of what is reported)
    const c = toks[k + 1].lower === 'that' && k + 2 < s.to ? k + 2 : k + 1;
    // what is reported begins with a word, a number or a quotation ("..., comparing." reports nothing)
    if (toks[c].kind !== 'word' && toks[c].kind !== 'number' && !isOpeningQuote(ctx, c)) continue;
    // ("the sources said, asking not to be identified because ...": a request for anonymity reports nothing)
    if (asksAnonymity(ctx, c)) continue;
    // (in an aside before the sentence's verb, what is cited ends at the aside's comma: "The Journal, citing internal documents, reported")
    const aside = participleAsideEnd(ctx, s, k);
    if (aside === c) continue;
    (out ??= []).push(make(ctx, 'attr.lexicon-participle', 'speech', k, k + 1, source, rangeOf(ctx, c, aside > c ? aside - 1 : contentEnd(ctx, s, c))).attr);
  }
  return out ?? NO_ATTRIBUTIONS;
}

/**
 * `attr.in-poll`: a sentence that opens with "In" and a noun phrase headed by a poll (`POLL_NOUNS`), then a
 * comma within `POLL_PHRASE_MAX_TOKENS` tokens, where no cue of `taken` lies: "In a national poll released
 * Monday, 31% of voters backed the plan". The cue is "In", the source the phrase up to the comma, the
 * content the rest of the sentence.
 */
export function detectPollOpenings(ctx: BlockContext, taken: readonly R[]): readonly RawAttribution[] {
  // (most blocks have none: no list is made for them)
  let out: RawAttribution[] | null = null;
  for (const s of ctx.sentences) {
    const comma = inOpeningComma(ctx, s, POLL_NOUNS);
    const t = ctx.toks[s.from];
    if (comma < 0 || comma + 1 >= s.to || overlapsAny(taken, t.start, t.end)) continue;
    const content = rangeOf(ctx, comma + 1, s.to - 1);
    if (!content) continue;
    const source: SourceFound = { range: { from: s.from + 1, to: comma }, type: 'document' };
    (out ??= []).push(make(ctx, 'attr.in-poll', 'speech', s.from, s.from + 1, source, content).attr);
  }
  return out ?? NO_ATTRIBUTIONS;
}

/** Forms of "put" that give a figure: "put the figure at 3,900 hectares". */
const PUT_FORMS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

/**
 * "The fire service later put the figure at 3,900 hectares", "police put the crowd at 2,000": a figure someone gives
 * (`attr.put-figure`). The cue is "put", the source its subject (as a preposed cue's), the content the figure's noun
 * phrase with "at" and the number, to the reported clause's end: a restated figure ("the figure at 3,900 hectares")
 * that the linker reads as "the figure was 3,900 hectares". Where a cue lies already, none.
 */
export function detectFigurePuts(ctx: BlockContext, taken: readonly R[]): readonly RawAttribution[] {
  let out: RawAttribution[] | null = null;
  const toks = ctx.toks;
  for (const s of ctx.sentences) {
    for (let i = s.from + 1; i + 3 < s.to; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || t.cap || t.quote >= 0 || !PUT_FORMS.has(t.lower) || overlapsAny(taken, t.start, t.end)) continue;
      let k = i + 1;
      if ((toks[k].f & F_DETERMINER) !== 0 && !toks[k].cap) k++;
      // (an owner: "put Tesmir's own losses at")
      else if (k + 1 < s.to && toks[k].cap && isApostropheS(toks[k + 1])) k += 2;
      // (its modifiers: "put the official death toll at")
      const mods = k;
      while (k < s.to && k - mods <= 3 && toks[k].kind === 'word' && !toks[k].cap && !PUT_FIGURE_NOUNS.has(toks[k].lower)) k++;
      if (k + 2 >= s.to || !PUT_FIGURE_NOUNS.has(toks[k].lower)) continue;
      // (and what it counts: "put the number of staff on strike at 2,650")
      let at = k + 1;
      if (toks[at].lower === 'of') {
        at++;
        while (at < s.to && at - k <= 6 && toks[at].kind === 'word' && toks[at].lower !== 'at' && toks[at].pos !== 'V') at++;
      }
      // the figure after "at", past a place's "at": "put the number of casualties at the plant at \"more than a dozen\""
      let n = -1;
      for (let tries = 0; tries < 2 && at + 1 < s.to && toks[at].lower === 'at'; tries++) {
        let m = at + 1;
        // (a currency's sign before the number: "put the cost at £3.1 million")
        while (m < s.to && m - at <= 5 && (toks[m].kind === 'quote' || isPunct(toks[m], '£$€¥') || (toks[m].kind === 'word' && !toks[m].cap && !NUMBER_WORDS.has(toks[m].lower)))) m++;
        if (toks[m]?.kind === 'number' || NUMBER_WORDS.has(toks[m]?.lower ?? '')) {
          n = m;
          break;
        }
        let next = at + 1;
        while (next < s.to && next - at <= 5 && toks[next].kind === 'word' && toks[next].lower !== 'at') next++;
        if (toks[next]?.lower !== 'at') break;
        at = next;
      }
      if (n < 0) continue;
      const source = preposedSource(ctx, s, i);
      if (!source) continue;
      // (the figure's phrase ends at a clause's comma or conjunction: "put the death toll at 37, and a union ... said")
      let end = contentEnd(ctx, s, at + 1);
      for (let m = n + 1; m <= end; m++) {
        if (toks[m].quote < 0 && (isPunct(toks[m], ',;') || FIGURE_CLAUSE_ENDS.has(toks[m].lower))) {
          end = m - 1;
          break;
        }
        // (and before where or when it was put: "put the death toll at 164 | in a statement on Monday")
        if (m + 2 <= end && (toks[m].lower === 'in' || toks[m].lower === 'on') && (((toks[m + 1].f & F_DETERMINER) !== 0 && MEDIUM_NOUNS.has(toks[m + 2].lower)) || isDateToken(ctx, m + 1))) {
          end = m - 1;
          break;
        }
      }
      const content = rangeOf(ctx, i + 1, end);
      if (!content) continue;
      (out ??= []).push(make(ctx, 'attr.put-figure', 'speech', i, i + 1, source, content).attr);
    }
  }
  return out ?? NO_ATTRIBUTIONS;
}

/** Words that end a put figure's phrase ("put turnout at 40% while organisers ..."). */
const FIGURE_CLAUSE_ENDS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/**
 * The comma that ends the phrase of a sentence opening with "In" (outside quotation marks) when a word
 * of `heads` stands in it, within `POLL_PHRASE_MAX_TOKENS` tokens of the "In" ("In a national poll
 * released Monday, ..."); else -1.
 */
export function inOpeningComma(ctx: BlockContext, s: Sentence, heads: ReadonlySet<string>): number {
  const toks = ctx.toks;
  const i = s.from;
  if (toks[i].lower !== 'in' || toks[i].quote >= 0) return -1;
  let head = -1;
  // (the head comes before any lower-case verb: "In a memo released as polls closed, ..." names a memo, not a poll)
  let verb = false;
  for (let k = i + 1; k < s.to && k - i <= POLL_PHRASE_MAX_TOKENS; k++) {
    if (isPunct(toks[k], ',')) return head >= 0 ? k : -1;
    if (!verb && heads.has(toks[k].lower)) head = k;
    else if (toks[k].pos === 'V' && !toks[k].cap) verb = true;
  }
  return -1;
}
const NO_ATTRIBUTIONS: readonly RawAttribution[] = [];

/** Object pronouns after "to" or "with" in a report's adjunct: "confirmed to us that". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['us', 'me', 'him', 'her', 'them']);
/** Verbs whose "it" is no one's: "it seems", "it remains", "it took". */
const IMPERSONAL_VERBS: ReadonlySet<string> = new Set(['seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'took', 'takes', 'happened', 'happens', 'means', 'meant', 'matters', 'mattered', 'follows', 'followed', 'comes', 'came', 'began', 'begins', 'started', 'ended']);
/** Adverbs that may stand before "according to"'s source: "according to even his own supporters". */
const FOCUS_ADVERBS: ReadonlySet<string> = new Set(['even', 'only', 'mainly', 'largely', 'chiefly', 'mostly', 'partly']);

/** Words that open what a passive report reports, right after its participle or its agent. */
const PASSIVE_COMPLEMENT_STARTS: ReadonlySet<string> = new Set(['that', 'to', 'of', 'with', 'as', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who']);

/** What a subject meets with or gives for what it said: "endured criticism for", "makes no apologies for". */
const BLAME_MET: ReadonlySet<string> = new Set(['criticism', 'flak', 'fire', 'backlash', 'condemnation', 'ridicule', 'scorn', 'praise', 'credit', 'blame', 'apology', 'apologies', 'excuses', 'calls']);

/**
 * Who is blamed for a gerund after "for" at token f: the object right after an active verb ("attacked the minister for
 * claiming"; not a noun of what the subject met with, `BLAME_MET`, whose subject it is), or the subject of a passive
 * participle, past its agent ("Helen Marsh has been criticised by the authority for claiming"); else null.
 */
function blamedFor(ctx: BlockContext, s: Sentence, f: number): SourceFound | null {
  const toks = ctx.toks;
  // (the sentence's subject, before the verb at token v and its auxiliaries)
  const subjectBefore = (v: number): SourceFound | null => {
    const subject = npEndingAt(ctx, skipLeftModifiers(ctx, v - 1, s.from), s.from);
    return subject && subject.from === s.from ? { range: subject, type: sourceType(ctx, subject) } : null;
  };
  let j = f - 1;
  const np = npEndingAt(ctx, j, s.from);
  if (np && np.from - 1 > s.from) {
    const b = toks[np.from - 1];
    if (b.lower === 'by') j = np.from - 2;
    else if (!(b.kind === 'word' && !b.cap && b.pos === 'V' && isFiniteVerb(ctx, np.from - 1))) return null;
    // (not what the subject met with: "has endured criticism for telling", "makes no apologies for accusing")
    else return BLAME_MET.has(toks[np.to - 1].lower) ? subjectBefore(np.from - 1) : { range: np, type: sourceType(ctx, np) };
  }
  if (!(toks[j]?.kind === 'word' && PARTICIPLE_END.test(toks[j].lower) && passiveBe(ctx, j, s.from))) return null;
  return subjectBefore(j);
}

/**
 * Whether the cue at token i is a passive participle: a form of "be" before it, adverbs between ("is widely said"); "being"
 * only when `being` is set.
 */
export function passiveBe(ctx: BlockContext, i: number, from: number, being = false): boolean {
  let k = i - 1;
  while (k >= from && isAdverb(ctx.toks[k])) k--;
  // ("After being informed that he would be charged, police said": a gerund's frame, which PolNeAR leaves unmarked)
  return k >= from && ctx.toks[k].kind === 'word' && (being || ctx.toks[k].lower !== 'being') && PASSIVE_BE.has(ctx.toks[k].lower);
}

/** The words a relative clause opens with whose subject gap a report can fill: "a change that he said would ...". */
const GAP_RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who', 'what']);
/** Words after a comma that open a clause of their own, where a relative clause's report ends. */
const GAP_CLAUSE_WORDS: ReadonlySet<string> = new Set(['where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'as', 'which', 'who']);

/**
 * For a verb of saying or thinking at i, not a participle (its caller's test), with its source before it:
 * what a report inside a relative clause says when the relative word is the subject of the reported clause: "policies,
 * which he said had harmed the economy", "a letter that she says was drafted by the firm", "what they said were the
 * failures of the council". The reported clause has no subject of its own: the finite verb follows the cue at once (past
 * adverbs), and the content runs from it to the clause's end or the first comma.
 * Null for any other shape.
 */
function relativeGapContent(ctx: BlockContext, s: Sentence, i: number, source: SourceFound): R | null {
  const toks = ctx.toks;
  const rel = source.range.from - 1;
  const t = toks[i];
  if (rel < s.from || !GAP_RELATIVES.has(toks[rel].lower) || source.range.to !== i || source.range.to - source.range.from > 3) return null;
  // (a pronoun or a name, not "that the court said": a determiner's noun phrase after "that" is a clause's subject)
  const first = toks[source.range.from];
  // (or a bare plural of sources: "which critics claim was rigged", "which officials said will go into effect")
  const plural = source.range.to - source.range.from === 1 && !first.cap && ((first.f & F_SOURCE_NOUN) !== 0 || GROUP_NOUNS.has(first.lower)) && first.lower.endsWith('s');
  if (!isPronoun(first) && !first.cap && !plural) return null;
  // (a noun's plural after a name is no verb: "that NATO member states committed to spend")
  if (!isPronoun(toks[i - 1]) && !plural && t.pos !== 'V') return null;
  const k = skipRightAdverbs(ctx, i + 1, s.to);
  // (a verb in -s the lexicon reads as a noun, before a word: "says | disadvantages needy schools")
  const nounRead = k + 1 < s.to && toks[k].kind === 'word' && !toks[k].cap && toks[k].lower.endsWith('s') && canBeVerb(toks[k].lower) && toks[k + 1].kind === 'word';
  if (k >= s.to || !(isFiniteVerb(ctx, k) || nounRead) || !tensedVerb(ctx.toks[k])) return null;
  let end = contentEnd(ctx, s, k);
  if (end < k) return null;
  // (up to a comma that a clause follows: the relative clause ends there, or the clause it stands in does, "asked who
  // they thought was the closest ally, most named Britain", "what he believes are its assets, he disavows"; a clause's
  // word too, "that she said is safe, where others saw risk", "and in the wake of it, ..."; not a list's comma)
  // (a relative clause between commas ends at the one the main clause's verb follows: ", which critics claim was rigged, |
  // went ahead")
  // (its first comma only: ", which he said runs the risk of leaving voters, especially his supporters, disenfranchised")
  let between = rel > s.from && isPunct(toks[rel - 1], ',');
  for (let m = k + 1; m < end; m++) {
    if (!isPunct(toks[m], ',') || toks[m].quote >= 0) continue;
    const w = toks[m + 1].lower;
    const closes = between && finiteVerbAfterComma(ctx, m, s.to);
    between = false;
    if (closes || clauseAt(ctx, m + 1, s.to) || clauseAfterDashes(ctx, m + 1, s.to) || GAP_CLAUSE_WORDS.has(w) || ((w === 'and' || w === 'but') && (clauseAt(ctx, m + 2, s.to) || toks[m + 2]?.pos === 'I'))) {
      end = m - 1;
      break;
    }
  }
  return rangeOf(ctx, k, end);
}

/**
 * Whether a finite verb shows its tense or person: an auxiliary or modal, a past in -ed, an irregular form, or a third
 * person's -s. A bare form may be a noun's adjective ("which France maintains | close ties").
 */
function tensedVerb(t: Tok): boolean {
  const w = t.lower;
  return (t.f & F_AUX) !== 0 || MODALS.has(w) || w.endsWith('ed') || isIrregularVerbForm(w) || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'));
}

/** Whether a clause opens at k whose subject has an aside between dashes before its verb: "the vast majority – 55 percent – named". */
function clauseAfterDashes(ctx: BlockContext, k: number, to: number): boolean {
  const toks = ctx.toks;
  const np = npStartingAt(ctx, k, to);
  if (np === null || np.to >= to || !DASHES.has(toks[np.to].text)) return false;
  for (let m = np.to + 1; m < to && m - np.to <= 6; m++) if (DASHES.has(toks[m].text)) return isFiniteVerb(ctx, m + 1);
  return false;
}

/** Verbs whose infinitive is what is claimed: "claims to show", "purports to be". */
const CLAIMS_TO_VERBS: ReadonlySet<string> = new Set(['cue.claim', 'cue.purport']);

/**
 * The last token of an infinitive's phrase at `to` ("to show a shark on a flooded highway | has been shared"): before the
 * first finite verb past its own verb that no "to", relative or "that" comes right before; else the sentence's last.
 */
function infinitiveEnd(ctx: BlockContext, s: Sentence, to: number): number {
  const toks = ctx.toks;
  for (let k = to + 2; k < s.to; k++) {
    const before = toks[k - 1].lower;
    if (toks[k].quote < 0 && isFiniteVerb(ctx, k) && !toks[k].lower.endsWith('ing') && before !== 'to' && before !== 'that' && before !== 'which' && before !== 'who') return k - 1;
  }
  return s.to - 1;
}
