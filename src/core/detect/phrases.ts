/**
 * Noun-phrase and clause helpers over a block's tokens: the small amount of syntax the detectors
 * need to find who said something and where what they said begins and ends.
 */
import type { BlockContext, Tok } from './context';
import { isLowerAsciiCode } from '../util/chars';
import { F_AUX, F_CLAUSE_WORD, F_CUE_VERB, F_DATE_WORD, F_DETERMINER, F_LY_WORD, F_NP_PREPOSITION, F_NUMBER_WORD, F_PRONOUN, F_SOURCE_NOUN } from './word-flags';
import { ADDING_VERBS, DASHES, FIGURE_LEADS, SHARE_FRACTIONS, canBeVerb } from '../data/lexicon';
import { NAME_END_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../data/abbreviations';
import { ALLEGATION_NOUNS, cueVerbForm } from '../data/cues';
import { TARGET_CLAUSE_STOPS } from '../data/denials';
import { SPEAKER_LABEL_SET } from '../data/claims';

/** A token range [from, to) in the block's tokens. */
export interface TokRange {
  from: number;
  to: number;
}

export function isAdverb(t: Tok): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  if (t.pos === 'R') return !['not', "n't"].includes(t.lower);
  // (a word in -ly, not an exception: a flag of the text)
  return (t.f & F_LY_WORD) !== 0 && t.pos !== 'N' && t.pos !== 'J';
}

/** Relative pronouns that open a clause on the noun before them: "The account that posted the video". */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'who', 'which']);
/** The relative pronouns that open an aside after a comma, standing for the noun phrase before it: ", which", ", who". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);

/** Whether token k is a name's own question mark, glued to the capitalised word before it: "Which?", "consumer group Which?". */
export function isNameQuestionMark(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  const before = ctx.toks[k - 1];
  return t !== undefined && before !== undefined && isPunct(t, '?') && before.cap && before.end === t.start;
}

/**
 * Whether token k may end the head noun of a relative clause after it: a noun, a word the lexicon does not know or a
 * capitalised word, but no adverb ("So that's why" has none).
 */
export function headNounAt(ctx: BlockContext, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && t.kind === 'word' && (t.pos === 'N' || t.pos === undefined || t.cap) && t.pos !== 'R';
}

/** Whether a token of [from, to) meets `pred` (given the token and its index). */
export function rangeHas(ctx: BlockContext, from: number, to: number, pred: (t: Tok, k: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (pred(ctx.toks[k], k)) return true;
  return false;
}

/** Whether a token is an "'s" (a possessive's, or "is" or "has" after a word). */
export function isApostropheS(t: Tok): boolean {
  return t.lower === "'s" || t.lower === '’s';
}

/**
 * Where the owner's noun phrase begins when token k is a possessive's "'s" glued to the word before it ("The company's
 * figure", "Trump's"), no further left than `min`; else -1.
 */
export function possessorFrom(ctx: BlockContext, k: number, min: number): number {
  const toks = ctx.toks;
  if (k < 1 || !isApostropheS(toks[k]) || toks[k - 1].end !== toks[k].start) return -1;
  const np = npEndingAt(ctx, k - 1, min);
  return np ? np.from : -1;
}

export function isPronoun(t: Tok): boolean {
  return t.kind === 'word' && (t.f & F_PRONOUN) !== 0;
}

/** Could this token be part of a noun phrase naming a source? */
export function isNpWord(t: Tok): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (t.lower === "'s") return true;
  const f = t.f;
  // ("A WHO spokesperson": the World Health Organization's initials, no relative word)
  // (a block's first word is capitalised whatever it is, "That attitude"; not a subordinator that opens a clause of its
  // own, "After | the union said X", "While | Comey said X")
  if (t.cap) return (f & F_CLAUSE_WORD) === 0 || (t.i === 0 && !CLAUSE_SUBORDINATORS.has(t.lower) && t.lower !== 'as') || t.text === 'WHO';
  if ((f & (F_CLAUSE_WORD | F_AUX)) !== 0) return false;
  if ((f & (F_SOURCE_NOUN | F_DETERMINER)) !== 0) return true;
  switch (t.pos) {
    case 'N':
    case 'P':
    case 'J':
    case 'Q':
    case 'D':
      return true;
    case undefined:
      // unknown words are mostly names and nouns; unknown -ly and -ed words are adverbs and verbs
      return !t.lower.endsWith('ly') && !(t.lower.endsWith('ed') && t.lower.length > 4);
    default:
      return false;
  }
}

/** Words that open a question's clause, no noun phrase (`npEndingAt` trims them). */
const CLAUSE_WH_WORDS: ReadonlySet<string> = new Set(['how', 'why', 'whether']);

/** Words whose "'s" is "is" or "has", no possessive: "There's", "What's". */
const CONTRACTION_HOSTS: ReadonlySet<string> = new Set(['there', 'here', 'what', 'that', 'who', 'where', 'how', 'when', 'why', 'this', 'everyone', 'nobody', 'everything', 'nothing', 'someone', 'something']);

/** Adverbs before a verb that the lexicon reads otherwise: "It further alleges", "He later said", "She also told". */
const LEFT_ADVERBS: ReadonlySet<string> = new Set(['also', 'further', 'later', 'again', 'then', 'now', 'first', 'separately', 'previously', 'once', 'long']);

/** Skips adverbs, auxiliaries and "not" going left from token index i (inclusive); returns the first index that is none of them. */
export function skipLeftModifiers(ctx: BlockContext, i: number, min: number): number {
  let k = i;
  while (k >= min) {
    const t = ctx.toks[k];
    if (t.kind === 'word' && !t.cap && ((t.f & F_AUX) !== 0 || isAdverb(t) || LEFT_ADVERBS.has(t.lower) || t.lower === 'have')) k--;
    else break;
  }
  return k;
}

export function skipRightAdverbs(ctx: BlockContext, i: number, max: number): number {
  let k = i;
  while (k < max && isAdverb(ctx.toks[k])) k++;
  return k;
}

/**
 * Whether a main clause's finite verb (lower case) follows the comma at token `comma`, past adverbs, before `max`: the
 * comma closes a relative clause between commas (", which critics claim was rigged, | went ahead", ", later denied it").
 */
export function finiteVerbAfterComma(ctx: BlockContext, comma: number, max: number): boolean {
  const at = skipRightAdverbs(ctx, comma + 1, max);
  const v = ctx.toks[at];
  return at < max && v !== undefined && v.kind === 'word' && !v.cap && isFiniteVerb(ctx, at);
}

/**
 * `skipRightAdverbs`, but for an adverb that leads a figure, the last one passed: "said | nearly 400 homes were damaged",
 * "found | twice as many particles" (the figure's, not the verb's).
 */
export function skipRightAdverbsToFigure(ctx: BlockContext, i: number, max: number): number {
  const k = skipRightAdverbs(ctx, i, max);
  const toks = ctx.toks;
  if (k > i && k < max && FIGURE_LEADS.has(toks[k - 1].lower) && (toks[k].kind === 'number' || (toks[k].lower === 'as' && (toks[k + 1]?.lower === 'many' || toks[k + 1]?.lower === 'much')))) return k - 1;
  // (every leading word of a share in words, passed as adverbs or not: "said | only around half of rounds had been completed")
  let m = k;
  while (m < max && m < k + 2 && FIGURE_LEADS.has(toks[m].lower) && !SHARE_FRACTIONS.has(toks[m].lower)) m++;
  if (m < max && SHARE_FRACTIONS.has(toks[m].lower)) {
    let j = k;
    while (j > i && FIGURE_LEADS.has(toks[j - 1].lower)) j--;
    if (j < m) return j;
  }
  // (and a focusing word before a count in words or a determiner: "said | only two cases had been recorded", "said | just
  // one patient", "said | only the board could decide"; not "said only that X", "said just before midnight")
  if (k > i && k < max && FOCUS_BEFORE_SUBJECT.has(toks[k - 1].lower) && toks[k].kind === 'word' && ((toks[k].f & (F_NUMBER_WORD | F_DETERMINER)) !== 0 || toks[k].lower === 'one') && toks[k].lower !== 'that') return k - 1;
  return k;
}
/** Focusing words that may open a reported clause's subject (`skipRightAdverbsToFigure`). */
const FOCUS_BEFORE_SUBJECT: ReadonlySet<string> = new Set(['only', 'just', 'merely']);

/** Words before "than" and a number inside a noun phrase: "more than 2,000 children", "fewer than ten". */
const COMPARATIVES_BEFORE_THAN: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);

/**
 * The noun phrase that ends at token index `last` (inclusive), scanning left no further than `min`.
 * Prepositions and "and" are kept only between noun-phrase words ("a spokesman for the ministry",
 * "Russian and Iranian officials").
 */
export function npEndingAt(ctx: BlockContext, last: number, min: number, maxLen = 14): TokRange | null {
  const toks = ctx.toks;
  if (last < min || last < 0) return null;
  if (isPronoun(toks[last])) return { from: last, to: last + 1 };
  // ("Chirp Inc. | on Wednesday denied": a name that ends with an abbreviation's full stop)
  if (last - 1 >= min && isNameEndStop(toks, last)) {
    const name = npEndingAt(ctx, last - 1, min, maxLen);
    return name === null ? null : { from: name.from, to: last + 1 };
  }
  let k = last;
  // "Ortega himself": a reflexive after a name stresses it
  if (REFLEXIVES.has(toks[last].lower) && last - 1 >= min && toks[last - 1].cap && isNpWord(toks[last - 1]) && !isPronoun(toks[last - 1])) k = last - 1;
  let from = -1;
  while (k >= min && last - k < maxLen) {
    const t = toks[k];
    if (isNpWord(t) && !(isPronoun(t) && k !== last)) {
      from = k;
      k--;
      continue;
    }
    if (joinsNp(toks, k, min) && from === k + 1 && k - 1 >= min && isNpWord(toks[k - 1]) && !isPronoun(toks[k - 1])) {
      k--;
      continue;
    }
    if (t.text === '-' && from === k + 1 && k - 1 >= min && isNpWord(toks[k - 1])) {
      k--;
      continue;
    }
    // "sources close to the board" (the lexicon reads "close" as a verb)
    if (t.lower === 'to' && from === k + 1 && k - 2 >= min && toks[k - 1].lower === 'close' && isNpWord(toks[k - 2]) && !isPronoun(toks[k - 2])) {
      k -= 2;
      continue;
    }
    // "Independent health think tank the Nuffield Trust" (the lexicon reads "think" as a verb)
    if (from === k + 1 && thinkTank(ctx, k)) {
      from = k;
      k--;
      continue;
    }
    // "A study of more than 2,000 children": a comparison before a number is the number's
    if (t.lower === 'than' && from === k + 1 && (toks[k + 1].kind === 'number' || (toks[k + 1].f & F_NUMBER_WORD) !== 0) && k - 1 >= min && COMPARATIVES_BEFORE_THAN.has(toks[k - 1].lower)) {
      from = k - 1;
      k -= 2;
      continue;
    }
    if ((isPluralPossessive(toks, k) || isTitleStop(toks, k)) && from === k + 1 && k - 1 >= min) {
      k--;
      continue;
    }
    // a word read as a verb between a determiner and the noun: "its lead author", "the acting director"
    // (the determiner opens the phrase: nothing before it is read into it)
    if (t.kind === 'word' && !t.cap && (t.f & (F_CLAUSE_WORD | F_AUX)) === 0 && from === k + 1 && k - 1 >= min && NOUN_DETERMINERS.has(toks[k - 1].lower)) {
      from = k - 1;
      // (but a phrase of "of" that the determiner opens goes on to its head: "the head of the visiting delegation")
      if (k - 3 >= min && toks[k - 2].lower === 'of' && isNpWord(toks[k - 3]) && !isPronoun(toks[k - 3]) && last - k < maxLen - 3) {
        k -= 2;
        continue;
      }
      break;
    }
    // (or after a possessor's "'s", whose phrase goes on before it: "The study's lead author")
    // (not "'s" for "is": "There's really nothing")
    if (t.kind === 'word' && !t.cap && t.pos === 'V' && (t.f & (F_CLAUSE_WORD | F_AUX)) === 0 && !t.lower.endsWith('ed') && from === k + 1 && k - 2 >= min && toks[k - 1].lower === "'s" &&
        isNpWord(toks[k - 2]) && !isPronoun(toks[k - 2]) && !CONTRACTION_HOSTS.has(toks[k - 2].lower)) {
      from = k;
      k--;
      continue;
    }
    // (and after an adjective or a noun of its own: "Its chief operating officer", "the senior managing partner")
    if (t.kind === 'word' && !t.cap && t.lower.endsWith('ing') && (t.f & (F_CLAUSE_WORD | F_AUX)) === 0 && from === k + 1 && k - 2 >= min && isNpWord(toks[k - 1]) && !toks[k - 1].cap && NOUN_DETERMINERS.has(toks[k - 2].lower)) {
      from = k - 2;
      // (and on past a phrase of "of" the determiner opens, to its head: "the maker of a popular running app")
      if (k - 4 >= min && toks[k - 3].lower === 'of' && isNpWord(toks[k - 4]) && !isPronoun(toks[k - 4]) && last - k < maxLen - 4) {
        k -= 3;
        continue;
      }
      break;
    }
    // (and after an adverb of its own: "A widely shared post", "the recently published study")
    if (t.kind === 'word' && !t.cap && (t.f & (F_CLAUSE_WORD | F_AUX)) === 0 && from === k + 1 && k - 2 >= min && (toks[k - 1].f & F_LY_WORD) !== 0 && NOUN_DETERMINERS.has(toks[k - 2].lower)) {
      from = k - 2;
      break;
    }
    break;
  }
  if (from < 0) return null;
  // Trim words that cannot start a noun phrase, and a conjunction opening the sentence ("But Dr Priya Shah said")
  // (and a word of a question's clause: "questioning | how Mr. Trump's remaining rivals have approached")
  while (from <= last && toks[from].kind === 'word' && ((((toks[from].f & F_NP_PREPOSITION) !== 0 || toks[from].lower === 'and' || toks[from].lower === "'s" || CLAUSE_WH_WORDS.has(toks[from].lower)) && !toks[from].cap) || (toks[from].cap && from < last && OPENING_CONJUNCTIONS.has(toks[from].lower)))) from++;
  if (from > last) return null;
  return { from, to: last + 1 };
}

/**
 * A gerund: a lower-case word in -ing read as a verb or unknown to the lexicon ("of shelling", "of stalling"), not a
 * noun ("of housing"); after a preposition it is no part of a noun phrase ("accused the governor of stalling").
 */
export function isGerund(t: Tok): boolean {
  return t.kind === 'word' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && (t.pos === 'V' || t.pos === undefined);
}

/**
 * Whether token k is the full stop of a title abbreviation inside a name, or of a middle initial ("Roy M. Neel"): right
 * after the title or the initial, a capitalised word next.
 */
function isTitleStop(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (t.text !== '.' || !prev || prev.kind !== 'word' || prev.end !== t.start || !next || next.kind !== 'word' || !next.cap) return false;
  return TITLE_ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap && toks[k - 2]?.kind === 'word' && toks[k - 2].cap);
}

/**
 * Whether token k is the full stop of an abbreviation that ends a name (`NAME_END_ABBREVIATIONS`: "Chirp Inc.") with the
 * sentence going on after it, a lower-case word or a comma next: "Chirp Inc. on Wednesday denied", "Chirp Inc., which".
 */
export function isNameEndStop(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (t === undefined || t.text !== '.' || !prev || prev.kind !== 'word' || !prev.cap || prev.end !== t.start || !NAME_END_ABBREVIATIONS.has(prev.lower) || !next) return false;
  return (next.kind === 'word' && !next.cap) || (next.kind === 'punct' && next.text === ',');
}

/** Determiners that only open a noun phrase (not "that", "which", "one"): "its lead author", "the acting director". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * Conjunctions that may open a sentence before its subject: "But Dr Priya Shah said", "And the ministry denied"; and
 * question words before a label's subject: "What the data shows: ...".
 */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or', 'nor', 'what', 'how', 'why']);

/** "The dockworkers' union": an apostrophe right after a plural word, before the next word. */
export function isPluralPossessive(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    t.kind === 'quote' && (t.text === "'" || t.text === '’') && !!prev && !!next && prev.kind === 'word' &&
    prev.end === t.start && /s$/i.test(prev.text) && next.kind === 'word' && next.start > t.end
  );
}

/**
 * Whether token k joins two parts of a noun phrase: a preposition of `NP_PREPOSITIONS` ("Jeffrey Lewis of the James
 * Martin Center"), "and" or "&", or an ampersand after a capitalised word past index `min`, whatever token it is
 * ("Procter & Gamble", "AT&T").
 */
function joinsNp(toks: readonly Tok[], k: number, min: number): boolean {
  const t = toks[k];
  return (t.kind === 'word' && ((t.f & F_NP_PREPOSITION) !== 0 || t.lower === 'and' || t.lower === '&')) || (t.text === '&' && k > min && toks[k - 1].cap);
}

/**
 * The noun phrase after a participle the lexicon reads as a verb at token k, which `npStartingAt` stops at after a
 * determiner ("a | leading | refugee charity", "a | leading | doctors' union"): the phrase from the word after it, or null
 * when token k is no such participle.
 */
export function npPastParticiple(ctx: BlockContext, k: number, max: number, maxLen = 14): TokRange | null {
  const t = ctx.toks[k];
  return t?.kind === 'word' && !t.cap && /(?:ing|ed)$/.test(t.lower) ? npStartingAt(ctx, k + 1, max, maxLen) : null;
}

/** The noun phrase that starts at token index `first`, scanning right to `max` (exclusive). */
export function npStartingAt(ctx: BlockContext, first: number, max: number, maxLen = 14): TokRange | null {
  const toks = ctx.toks;
  if (first >= max) return null;
  if (isPronoun(toks[first])) return { from: first, to: first + 1 };
  let k = first;
  let to = -1;
  while (k < max && k - first < maxLen) {
    const t = toks[k];
    // a determiner after a noun starts a new phrase: "told reporters | the plan had failed"
    if (k > first && t.kind === 'word' && !t.cap && (t.f & F_DETERMINER) !== 0 && (toks[k - 1].pos === 'N' || toks[k - 1].cap || toks[k - 1].pos === undefined)) break;
    // (or a participle between a determiner and its noun: "a randomised trial", "the leaked memo")
    // (or the "think" of "think tank", which the lexicon reads as a verb: "says think tank")
    if ((isNpWord(t) && !isPronoun(t)) || attributiveParticiple(toks, k, max) || thinkTank(ctx, k) || verbAsNounModifier(toks, k, max) || adverbAsNoun(toks, k) || closeToAfterNoun(toks, k, first, max)) {
      to = k + 1;
      k++;
      continue;
    }
    if ((joinsNp(toks, k, first) || isTitleStop(toks, k)) && to === k && k + 1 < max && isNpWord(toks[k + 1]) && !isPronoun(toks[k + 1]) && !isGerund(toks[k + 1])) {
      k++;
      continue;
    }
    // ("Chirp Inc. on Wednesday": the abbreviation's full stop ends the name)
    if (to === k && isNameEndStop(toks, k)) {
      to = k + 1;
      break;
    }
    // (a hyphen inside a word: "a 38-year-old schoolteacher", which the tokenizer splits)
    if (t.kind === 'punct' && t.text === '-' && to === k && k + 1 < max && toks[k - 1].end === t.start && toks[k + 1].start === t.end && (toks[k + 1].kind === 'word' || toks[k + 1].kind === 'number')) {
      k++;
      continue;
    }
    break;
  }
  if (to < 0) return null;
  while (to - 1 > first && toks[to - 1].kind === 'word' && (toks[to - 1].f & F_DETERMINER) !== 0 && !toks[to - 1].cap) to--;
  // "Ortega himself": a reflexive after a name stresses it
  if (to < max && toks[to - 1].cap && toks[to].kind === 'word' && REFLEXIVES.has(toks[to].lower)) to++;
  return { from: first, to };
}

/**
 * Whether token k is the "close" of "close to" after a noun of the phrase, which the lexicon reads as a verb: "a source
 * | close | to the club", "people close to the negotiations" (the phrase goes on to what they are close to).
 */
function closeToAfterNoun(toks: readonly Tok[], k: number, first: number, max: number): boolean {
  const t = toks[k];
  return k > first && k + 2 < max && t.lower === 'close' && toks[k + 1].lower === 'to' && toks[k - 1].kind === 'word' && !toks[k - 1].cap && (toks[k - 1].pos === 'N' || (toks[k - 1].f & F_SOURCE_NOUN) !== 0) && isNpWord(toks[k + 2]) && !isPronoun(toks[k + 2]);
}

/**
 * Whether token k, a lower-case word the lexicon may read as a verb, modifies the noun after it past a possessive's "'s"
 * or an adjective: "Coastline's | lead | engineer", "conservative | talk | radio host" (a noun phrase goes on).
 */
function verbAsNounModifier(toks: readonly Tok[], k: number, max: number): boolean {
  const t = toks[k];
  // (or after an article, which no verb follows: "a | reverse | image search")
  return k > 0 && k + 1 < max && (isApostropheS(toks[k - 1]) || (toks[k - 1].kind === 'word' && (toks[k - 1].pos === 'J' || ARTICLES.has(toks[k - 1].lower)))) && t.kind === 'word' && t.pos === 'V' && !t.cap && (t.f & (F_AUX | F_DETERMINER | F_PRONOUN | F_CLAUSE_WORD)) === 0 && isNpWord(toks[k + 1]) && !isPronoun(toks[k + 1]);
}

/**
 * Whether token k, a lower-case word the lexicon reads as an adverb, is a noun after an article: "schools in the | north |
 * will lose money", "from the | inside" (not "the | most senior official", "the | so-called expert").
 */
function adverbAsNoun(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (k === 0 || t.kind !== 'word' || t.pos !== 'R' || t.cap || !ARTICLES.has(toks[k - 1].lower)) return false;
  // (what follows is no word of the phrase: a preposition, an auxiliary, a conjunction, a stop: not "the | recently
  // released report", "the so-called")
  const nx = toks[k + 1] as Tok | undefined;
  if (nx === undefined) return true;
  if (nx.kind !== 'word') return nx.kind !== 'quote' && !isPunct(nx, '-');
  return nx.pos === 'I' || nx.pos === 'C' || (nx.f & (F_AUX | F_CLAUSE_WORD)) !== 0;
}

/** The articles "a", "an" and "the" (after one, a word the lexicon reads as a verb modifies a noun). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Whether token k is a statement's noun after a possessor's noun or two in lower case, from index `min` on: "Chancellor's
 * growth | claim", "Minister's school funding | claim" (a noun, no report's verb).
 */
export function possessedStatementNounAt(ctx: BlockContext, k: number, min: number): boolean {
  const toks = ctx.toks;
  if (!ALLEGATION_NOUNS.has(toks[k].lower)) return false;
  const noun = (t: Tok) => t.kind === 'word' && !t.cap && t.pos === 'N';
  for (let m = k - 1; m >= min + 1 && k - m <= 2 && noun(toks[m]); m--) if (isApostropheS(toks[m - 1])) return true;
  return false;
}

/**
 * The "that" of the clause of the statement's noun at token m, right after it or past a "by", "from" or "on" phrase of no
 * verb before token `to` ("claim | that", "claim by cloud computing company DataNest | that", "warnings from environmental
 * groups | that", "reports on social media | that"); else -1.
 */
export function clauseThatAfter(ctx: BlockContext, m: number, to: number): number {
  const toks = ctx.toks;
  if (toks[m + 1]?.lower === 'that') return m + 1;
  if (toks[m + 1]?.lower !== 'by' && toks[m + 1]?.lower !== 'from' && toks[m + 1]?.lower !== 'on') return -1;
  return thatAfterPhrase(ctx, m + 1, to, CLAIMED_BY_REACH - 1);
}
/** The most tokens from a statement's noun, past its "by" phrase, to its "that" (`clauseThatAfter`). */
const CLAIMED_BY_REACH = 8;

/**
 * The "that" after a phrase that opens at token p (a preposition: "by DataNest | that", "in Spain | that", "on social
 * media | that"), at most `reach` tokens after p, with only words and no finite verb before it and before token `to`;
 * else -1.
 */
export function thatAfterPhrase(ctx: BlockContext, p: number, to: number, reach: number): number {
  const toks = ctx.toks;
  for (let k = p + 1; k < to && k - p <= reach; k++) {
    if (toks[k].lower === 'that') return k;
    if (toks[k].kind !== 'word' || isFiniteVerb(ctx, k)) return -1;
  }
  return -1;
}

/** `npStartingAt`, going on past a plural's possessive to the phrase it owns: "a farmers' union", "the workers' own lawyers". */
export function npPastPossessive(ctx: BlockContext, first: number, max: number): TokRange | null {
  const np = npStartingAt(ctx, first, max);
  if (!np || np.to + 1 >= max || !isPluralPossessive(ctx.toks, np.to)) return np;
  const owned = npStartingAt(ctx, np.to + 1, max);
  return owned ? { from: first, to: owned.to } : np;
}

/** A word in -ed between a determiner and a noun phrase word: "a randomised trial", "the leaked memo". */
function attributiveParticiple(toks: readonly Tok[], k: number, max: number): boolean {
  const t = toks[k];
  if (t.kind !== 'word' || t.cap || !t.lower.endsWith('ed') || k + 1 >= max) return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  // (or after an adjective after the determiner: "the latest audited accounts")
  const opened = prev !== undefined && prev.kind === 'word' && ((prev.f & F_DETERMINER) !== 0 || (prev.pos === 'J' && !prev.cap && k >= 2 && (toks[k - 2].f & F_DETERMINER) !== 0));
  // (a word the lexicon does not know is most often a noun: "a leaked memo")
  return opened && next.kind === 'word' && !next.cap && (next.pos === 'N' || next.pos === undefined);
}

/** True for a verb that is not part of a name or a noun phrase (lower case, most often a verb). */
export function isFiniteVerb(ctx: BlockContext, i: number): boolean {
  const t = ctx.toks[i];
  // (past the block's last token: none)
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  if ((t.f & F_AUX) !== 0) return true;
  if (t.pos !== 'V') return false;
  if (t.lower.endsWith('ing')) return false;
  const prev = ctx.toks[i - 1];
  // "its alleged assistance": a participle after a determiner is an adjective
  if (prev && prev.kind === 'word' && ((prev.f & F_DETERMINER) !== 0 || prev.lower === "'s")) return false;
  // ("two hours of sleep a night", "a lack of support": a plain form after a preposition is its noun)
  if (prev && prev.kind === 'word' && NOUN_PREPOSITIONS.has(prev.lower) && !/(?:s|ed)$/.test(t.lower)) return false;
  return true;
}
/** Prepositions whose object a plain form the lexicon reads as a verb is, a noun (`isFiniteVerb`): "hours of | sleep". */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'for', 'with', 'about', 'from', 'into', 'without']);

/**
 * A subject of two nouns whose first the lexicon reads as a verb, before the clause's finite verb, at token k ("tap water
 * | contains fluoride", where `npStartingAt` finds none); else null.
 */
export function verbReadSubject(ctx: BlockContext, k: number, to: number): TokRange | null {
  const toks = ctx.toks;
  if (k + 2 >= to || toks[k].kind !== 'word' || toks[k].cap || toks[k].pos !== 'V' || /(?:s|ed|ing)$/.test(toks[k].lower)) return null;
  return toks[k + 1].kind === 'word' && toks[k + 1].pos === 'N' && isFiniteVerb(ctx, k + 2) ? { from: k, to: k + 2 } : null;
}

/**
 * The verb a noun phrase read as one compound holds, its first word in -s after a singular noun that a word follows
 * ("new law | bans cash payments", a headline's clause without its article), or -1.
 */
export function verbInCompound(ctx: BlockContext, np: TokRange): number {
  const toks = ctx.toks;
  for (let m = np.from + 1; m + 1 < np.to; m++) {
    const w = toks[m].lower;
    const before = toks[m - 1];
    if (w.endsWith('s') && !w.endsWith('ss') && canBeVerb(w) && before.pos === 'N' && !before.cap && !before.lower.endsWith('s')) return m;
  }
  return -1;
}

/**
 * Whether tokens [from, colon) are a fact check's label of whose a claim is, before its colon at token `colon` ("Who said
 * it:", `SPEAKER_LABELS`).
 */
export function speakerLabelBefore(ctx: BlockContext, from: number, colon: number): boolean {
  return colon > from && SPEAKER_LABEL_SET.has(ctx.text.slice(ctx.toks[from].start, ctx.toks[colon - 1].end).toLowerCase());
}

/** Whether a clause opens at token k: a noun phrase and, past adverbs, a finite verb ("any warning | had been received"). */
export function clauseAt(ctx: BlockContext, k: number, to: number): boolean {
  const np = npStartingAt(ctx, k, to);
  if (np === null || np.to >= to) return false;
  // (past a reflexive that stresses the subject: "that coffee itself caused")
  const v = REFLEXIVES.has(ctx.toks[np.to].lower) && np.to + 1 < to ? np.to + 1 : np.to;
  return isFiniteVerb(ctx, skipRightAdverbs(ctx, v, to));
}

/**
 * A word of two characters or more in capitals: no lower-case letter, at least one upper-case one
 * ("WALLACE", "AP"). A word with an ASCII lower-case letter (most) is ruled out without case-mapping it.
 */
export function isCapitalsWord(text: string): boolean {
  if (text.length < 2) return false;
  for (let k = 0; k < text.length; k++) if (isLowerAsciiCode(text.charCodeAt(k))) return false;
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** Whether the quotation mark at token k closes a quotation that opens at token `from` or after it. */
export function closesQuotationFrom(ctx: BlockContext, k: number, from: number): boolean {
  const q = ctx.toks[k].quote;
  return q >= 0 && ctx.quotes[q].lastTok === k && ctx.quotes[q].firstTok >= from;
}

/** A punctuation or quotation mark token whose text is one of the characters of `chars`. */
export function isPunct(t: Tok | undefined, chars: string): boolean {
  if (t === undefined || (t.kind !== 'punct' && t.kind !== 'quote')) return false;
  // (a token's text is never empty: for one character, the test is equality, without a search)
  return chars.length === 1 ? t.text === chars : chars.includes(t.text);
}

export function isClosingQuote(ctx: BlockContext, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'quote' || t.quote < 0) return false;
  return ctx.quotes[t.quote].lastTok === i && ctx.quotes[t.quote].close >= 0;
}

export function isOpeningQuote(ctx: BlockContext, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'quote' || t.quote < 0) return false;
  return ctx.quotes[t.quote].firstTok === i;
}

/** Reflexive pronouns that may follow a name in a subject ("Ortega himself said"). */
export const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

/** Tokens a dateline may hold before its dash, and words its place before a comma or a parenthesis ("NEW YORK CITY"). */
const DATELINE_MAX_TOKENS = 14;
const DATELINE_PLACE_WORDS = 3;

/**
 * The token after a dateline that opens the block ("LAGOS, March 3 (Reuters) - ", "WASHINGTON (AP) — ",
 * "Lagos, March 3 — "), or 0 when it opens with none. A dateline is capitalised words, numbers, commas,
 * full stops and a parenthesis before a dash and a capital; a place in capitals, a date or a parenthesised
 * agency tells it from a name and a dash ("Trump — who ...").
 */
export function datelineEnd(ctx: BlockContext): number {
  const toks = ctx.toks;
  // ("**10:42** Network Rail says ...", "09:58 GMT - ...": a live page's time label)
  const label = timeLabelEnd(ctx);
  if (label > 0) return label;
  let marked = false;
  let paren = false;
  // (the place: at most three words before a comma, a parenthesis or the dash; not a headline's "Dinesh D'Souza Just
  // Made HUGE Prediction About 2016 Presidency – ...")
  let place = 0;
  let placeDone = false;
  for (let k = 0; k < toks.length && k < DATELINE_MAX_TOKENS; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && DASHES.has(t.text)) {
      const next = toks[k + 1];
      return k > 0 && marked && next !== undefined && (next.cap || next.kind === 'quote' || next.kind === 'number') ? k + 1 : 0;
    }
    if (t.kind === 'word') {
      if (!t.cap && !paren) return 0;
      if (!placeDone && ++place > DATELINE_PLACE_WORDS) return 0;
      if (isCapitalsWord(t.text) || (t.f & F_DATE_WORD) !== 0 || paren) marked = true;
    } else if (t.kind === 'punct') {
      if (t.text !== '.') placeDone = true;
      if (t.text === '(') paren = true;
      else if (t.text === ')') paren = false;
      else if (t.text !== ',' && t.text !== '.') return 0;
    } else if (t.kind !== 'number') return 0;
  }
  return 0;
}

/**
 * The token after a time label that opens the block, a live page's ("**10:42** Network Rail says", "09.58am: More
 * than 200,000 homes", "14:05 GMT - ..."): the time in strong or emphasis marks or none, a zone, then a colon or a
 * dash or none, and a capital, a quotation mark or a number; else 0.
 */
export function timeLabelEnd(ctx: BlockContext): number {
  const toks = ctx.toks;
  let k = 0;
  while (k < toks.length && k < 2 && isEmphasisMark(toks[k])) k++;
  const t = toks[k];
  if (t === undefined || t.kind !== 'number' || !CLOCK_TIME.test(t.text)) return 0;
  k++;
  if (toks[k]?.kind === 'word' && TIME_ZONES.has(toks[k].lower)) k++;
  while (k < toks.length && isEmphasisMark(toks[k])) k++;
  if (toks[k] !== undefined && (isPunct(toks[k], ':') || (toks[k].kind === 'punct' && DASHES.has(toks[k].text)))) k++;
  const next = toks[k];
  return next !== undefined && (next.cap || next.kind === 'quote' || next.kind === 'number') ? k : 0;
}

/** A clock time: "10:42", "9.05", "10.42am", "7:30pm". */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$/i;
/** Zones and halves of the day after a clock time: "10:42 GMT", "9.05 am". */
const TIME_ZONES: ReadonlySet<string> = new Set(['gmt', 'bst', 'utc', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'am', 'pm', 'a.m.', 'p.m.']);

/** A Markdown emphasis mark left in a block's text ("*", "_"). */
export function isEmphasisMark(t: Tok): boolean {
  return t.kind === 'punct' && (t.text === '*' || t.text === '_');
}

/**
 * ", a spokesman says.", ", said Lopez.", ", officials told reporters on Monday.": a postposed or inverted
 * attribution that closes the sentence (tokens [m, end)) after a comma, which a denial's target stops before.
 */
export function attributionTailAt(ctx: BlockContext, m: number, end: number): boolean {
  const toks = ctx.toks;
  const sayVerb = (k: number) => k < end && toks[k].kind === 'word' && !toks[k].cap && (toks[k].f & F_CUE_VERB) !== 0 && cueVerbForm(toks[k].lower)!.participle === false;
  let rest: number;
  if (sayVerb(m)) {
    const np = npStartingAt(ctx, m + 1, end);
    if (!np) return false;
    rest = np.to;
  } else {
    const np = npStartingAt(ctx, m, end);
    // (past its auxiliaries: ", the UK Statistics Authority has said.")
    let v = np ? np.to : -1;
    while (np && v < end && v - np.to < 2 && toks[v].kind === 'word' && !toks[v].cap && (toks[v].f & F_AUX) !== 0) v++;
    if (!np || !sayVerb(v)) return false;
    rest = v + 1;
  }
  // what follows may name whom or where ("told reporters on Monday"), not what was said
  for (let k = rest; k < end; k++) {
    const t = toks[k];
    if (isPunct(t, '.!?')) return true;
    // ", the police said, calling it a smear": a participle clause may follow
    if (isPunct(t, ',') && k + 1 < end && opensClauseAfterTarget(toks[k + 1].lower)) return true;
    // ", said Ravi Menon, a diabetes specialist.": and an appositive on the source
    if (isPunct(t, ',') && k + 1 < end && (toks[k + 1].f & F_DETERMINER) !== 0) continue;
    if (t.kind === 'quote' || t.lower === 'that' || t.kind === 'punct') return false;
  }
  return true;
}

/** A word that, after a comma, opens a clause of its own: "saying", "which", "although", a participle cue ("adding", "citing"). */
export function opensClauseAfterTarget(lower: string): boolean {
  return TARGET_CLAUSE_STOPS.has(lower) || cueVerbForm(lower)?.participle === true;
}

/**
 * After a clause that begins at token `from` (its own finite verb first), the main clause's finite verb after a word
 * ("... struck London on Monday | have spread"): its index, or -1.
 */
export function mainPredicateAfterClause(ctx: BlockContext, from: number, to: number): number {
  const toks = ctx.toks;
  let own = false;
  // (a relative clause on the clause's subject, "people who drink diet soda every day | are three times more likely ... |
  // has been criticised": its verb is the relative's, the next the clause's own, the one after the main predicate)
  let relative = false;
  let ownEnd = -1;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (relative && t.quote < 0 && isFiniteVerb(ctx, k) && !isApostropheS(t) && toks[k - 1]?.lower !== 'to') {
      relative = false;
      k = verbChainEnd(ctx, k, to);
      continue;
    }
    if (!own && !relative && k > from && (t.lower === 'who' || t.lower === 'which') && t.quote < 0 && toks[k - 1].kind === 'word' && !isFiniteVerb(ctx, k - 1)) {
      // (the word right after the pronoun is the relative's verb, whatever the tagger reads: "people who | drink")
      const v = toks[k + 1];
      if (v !== undefined && k + 1 < to && v.kind === 'word' && !v.cap && !isFiniteVerb(ctx, k + 1) && canBeVerb(v.lower)) k++;
      else relative = true;
      continue;
    }
    // (a quotation's verb may be the clause's own: 'that the vaccine "contains pork gelatine" | has spread')
    if (t.quote >= 0) {
      if (!own && t.kind === 'word' && isFiniteVerb(ctx, k) && !isApostropheS(t)) own = true;
      continue;
    }
    if (isPunct(t, ',;:')) return -1;
    // (a clause inside the clause leaves its end unknown: "because she lacked", "as the primaries began", "that X", and so
    // does one before its verb, "people who used phones for an hour a day were ...")
    // (not a preposition of time before a date: "has fallen by a third since 2022 | is not supported")
    // (nor a subordinator that is a preposition's part: "because of a flu outbreak", "such as", "as well as")
    if (t.kind === 'word' && CLAUSE_OPENERS.has(t.lower) && (own || k > from) && !(TIME_PREPOSITIONS.has(t.lower) && (toks[k + 1]?.kind === 'number' || (toks[k + 1]?.f ?? 0) & F_DATE_WORD)) && !prepositionPart(toks, k)) {
      // (but a clause of time or reason after the own verb, then a passive's or a negation's chain of auxiliaries: "that
      // violent crime has halved since he took office | is not supported by police figures")
      return own && CLAUSE_SUBORDINATORS.has(t.lower) ? predicateAfterSubordinate(ctx, k + 1, to) : -1;
    }
    // (a possessive's "'s" is no verb: "Mexico's jails"; nor an infinitive, "to appear")
    if (!isFiniteVerb(ctx, k) || isApostropheS(t) || toks[k - 1]?.lower === 'to') continue;
    // (a past form the tagger reads as a noun after the clause's plural subject: "that the strikes cost it £12m | has
    // been disputed")
    // (or a present form the tagger reads as a plural noun, between the clause's subject and its object: "that diet soda
    // causes dementia | has been criticised"; not a compound before the verb, "that price rises | were"; one scan for both)
    if (!own && k - 2 > from && rangeHas(ctx, from + 1, k - 1, (x) => (x.kind === 'word' && !x.cap && x.pos === 'N' && PAST_AS_NOUN.has(x.lower) && ctx.toks[x.i - 1].pos === 'N' && ctx.toks[x.i - 1].lower.endsWith('s')) || presentAsNoun(ctx, x.i))) own = true;
    // (a plural the tagger reads as a verb right before the clause's auxiliary is the subject's head: "that price | rises |
    // were slowing")
    if (!own && (t.f & F_AUX) === 0 && t.lower.endsWith('s') && (toks[k + 1]?.f & F_AUX) !== 0 && isFiniteVerb(ctx, k + 1)) continue;
    if (!own) {
      own = true;
      // (a verb of saying or thinking takes a clause of its own without "that": "he believes the government is ...")
      // (not "add" with a thing added to something: "that coffee adds four years to life expectancy | has been criticised")
      if ((t.f & F_CUE_VERB) !== 0 && !addsTo(ctx, k, to)) return -1;
      k = verbChainEnd(ctx, k, to);
      ownEnd = k;
      continue;
    }
    // (nor a past participle on the own verb's object, before a preposition: "had pocketed money | raised | for a hospice")
    if (reducedRelativeAt(ctx, k, ownEnd)) continue;
    // (not a verb coordinated with the clause's, with its own auxiliaries: "is playing the card and would be a failed
    // candidate")
    if (toks[k - 1].kind === 'word' && VERB_COORDINATORS.has(toks[k - 1].lower)) {
      k = verbChainEnd(ctx, k, to);
      continue;
    }
    // (nor a participle in -ing: "has generated from ever again | being an issue")
    if (t.lower.endsWith('ing')) continue;
    // (after a quotation's closing mark too: 'that Nettle offered "the fastest speeds in Britain" | has been banned')
    if (toks[k - 1].kind === 'word' || toks[k - 1].kind === 'number' || toks[k - 1].kind === 'quote') return k;
  }
  return -1;
}

/**
 * The main predicate after a subordinate clause that starts at token `from` ("he took office | is not supported"): past
 * the clause's own verb, the next verb, when it is an auxiliary with "not" or a participle after it ("is not supported",
 * "has been disputed", "was criticised"); else -1.
 */
function predicateAfterSubordinate(ctx: BlockContext, from: number, to: number): number {
  const toks = ctx.toks;
  let seen = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'punct' || t.quote >= 0 || (t.kind === 'word' && CLAUSE_OPENERS.has(t.lower))) return -1;
    if (!isFiniteVerb(ctx, k) || isApostropheS(t)) continue;
    if (!seen) {
      seen = true;
      k = verbChainEnd(ctx, k, to);
      continue;
    }
    const next = toks[k + 1];
    return (t.f & F_AUX) !== 0 && next !== undefined && k + 1 < to && (next.lower === 'not' || (next.pos === 'V' && /(?:ed|en)$/.test(next.lower))) ? k : -1;
  }
  return -1;
}

/** Whether token k is a form of "add" with what is added and "to" within the four words after it ("adds four years to life"). */
function addsTo(ctx: BlockContext, k: number, to: number): boolean {
  const toks = ctx.toks;
  if (!ADDING_VERBS.has(toks[k].lower)) return false;
  for (let m = k + 2; m < to && m <= k + 5; m++) {
    if (toks[m].lower === 'to') return true;
    if (toks[m].kind === 'punct' || isFiniteVerb(ctx, m)) return false;
  }
  return false;
}

/** Prepositions after a past participle that make it a reduced relative on the noun before it ("money raised | for"). */
const REDUCED_RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'by', 'from', 'during', 'through', 'under']);

/**
 * Whether token k is a past participle in -ed on the object of the verb that ends at token verbEnd: one to three lower-case
 * words after the verb, a noun last, and a preposition of `REDUCED_RELATIVE_PREPOSITIONS` after it ("had pocketed money |
 * raised | for a hospice", "cut the funds | earmarked | for roads").
 */
function reducedRelativeAt(ctx: BlockContext, k: number, verbEnd: number): boolean {
  const toks = ctx.toks;
  const t = toks[k];
  if (verbEnd < 0 || k - verbEnd < 2 || k - verbEnd > 4 || !t.lower.endsWith('ed') || t.cap || !REDUCED_RELATIVE_PREPOSITIONS.has(toks[k + 1]?.lower ?? '')) return false;
  if (toks[k - 1].pos !== 'N') return false;
  for (let m = verbEnd + 1; m < k; m++) if (toks[m].kind !== 'word' || toks[m].cap || isFiniteVerb(ctx, m)) return false;
  return true;
}

/**
 * The last token of the verb at token k with its auxiliaries, adverbs and "not" ("had been evacuated", "will be sold",
 * "would not allow", "has never been"), before `to`.
 */
function verbChainEnd(ctx: BlockContext, k: number, to: number): number {
  const toks = ctx.toks;
  while (((toks[k].f & F_AUX) !== 0 || toks[k].lower === 'not' || toks[k].pos === 'R') && k + 1 < to && toks[k + 1].kind === 'word' && ((toks[k + 1].f & F_AUX) !== 0 || toks[k + 1].pos === 'V' || toks[k + 1].pos === 'R' || toks[k + 1].lower === 'not')) k++;
  return k;
}

/** Subordinators that are also prepositions of time before a date: "since 2022", "until March". */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'until']);

/**
 * Whether token k is a verb's present form in -s the tagger reads as a plural noun (`mainPredicateAfterClause`): in lower
 * case, after a noun in the singular and before a noun or a determiner ("diet soda | causes | dementia").
 */
function presentAsNoun(ctx: BlockContext, k: number): boolean {
  const toks = ctx.toks;
  const t = toks[k];
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (t.kind !== 'word' || t.cap || t.pos !== 'N' || !t.lower.endsWith('s') || t.lower.endsWith('ss') || !canBeVerb(t.lower.slice(0, -1))) return false;
  // (a word the lexicon does not know counts as a noun: "soda", "dementia")
  if (prev === undefined || prev.kind !== 'word' || prev.cap || (prev.pos !== 'N' && prev.pos !== undefined) || prev.lower.endsWith('s')) return false;
  return next !== undefined && next.kind === 'word' && !next.cap && (next.pos === 'N' || next.pos === undefined || (next.f & F_DETERMINER) !== 0);
}

/** Verbs whose past form is also a noun the tagger prefers: "the strikes cost it £12m", "the firm's profits hit £2m". */
const PAST_AS_NOUN: ReadonlySet<string> = new Set(['cost', 'hit', 'cut', 'put', 'set', 'spread', 'hurt', 'shut']);

/** Conjunctions that open a subordinate clause inside another: "because she lacked", "when the brakes were faulty". */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'when', 'while', 'if', 'after', 'before', 'since', 'until', 'although', 'though', 'whether']);

/** Whether the subordinator at k is part of a preposition: "because | of", "such | as", "as | well as". */
function prepositionPart(toks: readonly Tok[], k: number): boolean {
  const l = toks[k].lower;
  const next = toks[k + 1]?.lower;
  if (l === 'because') return next === 'of';
  if (l !== 'as') return false;
  const prev = toks[k - 1]?.lower;
  return prev === 'such' || next === 'well' || (prev === 'well' && toks[k - 2]?.lower === 'as');
}
/** Words that open a clause inside a reported clause (`mainPredicateAfterClause`): the subordinators, "as" and the relatives. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'as', 'that', 'which', 'who', 'whom', 'whose', 'where', 'so']);

/** Conjunctions that coordinate verbs or verb phrases: "X and would be Y", "said X and urged Y". */
export const VERB_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/** Whether token e is the "think" of "think tank", a noun the lexicon reads as a verb ("disputes think tank's figures"). */
export function thinkTank(ctx: BlockContext, e: number): boolean {
  return ctx.toks[e].lower === 'think' && (ctx.toks[e + 1]?.lower === 'tank' || ctx.toks[e + 1]?.lower === 'tanks');
}

/** Whether a noun phrase and a reporting verb of its own (past auxiliaries and adverbs) begin at k: "unions warned", "the union has said". */
export function reportingClauseAt(ctx: BlockContext, k: number, end: number): boolean {
  const np = npPastPossessive(ctx, k, end);
  // (not "as it said", an antecedent's own report)
  if (!np || ctx.toks[np.from].lower === 'it') return false;
  let w = skipRightAdverbs(ctx, np.to, end);
  while (w < end && (ctx.toks[w].f & F_AUX) !== 0) w = skipRightAdverbs(ctx, w + 1, end);
  const t = ctx.toks[w];
  return w < end && t.kind === 'word' && !t.cap && (t.f & F_CUE_VERB) !== 0;
}
