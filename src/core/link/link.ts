/**
 * Links a claim with what speaks against it:
 * - `denies`: a denial whose target states the same proposition (weighted coverage of the target's
 *   concepts), or, for a denial that only names the statement ("denied the allegations"), the
 *   nearest claim before it; a claim taken from a denial's own target is linked to that denial;
 * - `contradicts`: a later claim by someone else about the same thing with the opposite polarity
 *   (a negation of something the other claim says, or antonyms such as bought / captured), or a different
 *   figure for the same quantity; and a claim that restates a figure without naming it ("the number was
 *   closer to 200") against the nearest claim with a number before it.
 *
 * Concepts are weighted by how rare they are in news (src/core/data/generated/concept-idf.json,
 * learned by scripts/gen-concept-idf.ts), so a pair's score depends only on the pair. That makes the
 * pass incremental: a `Linker` kept between analyses scores only the pairs that involve items that
 * are new or changed, and gives exactly the links a fresh one would.
 */
import type { Claim, Denial, Link } from '../types';
import { ANTONYMS, READING_CONCEPTS, numberValue, readingOf, type Concept, type ConceptReading } from './concepts';
import idfData from '../data/generated/concept-idf.json';
import { ANSWER_NOES, DENIED_PROPOSITION_NOUNS, FALSEHOOD_ACTS, MISREPRESENTING_VERBS, FIGURE_KINDS, FIGURE_NOUNS, FIGURE_RESTATEMENT_VERBS, FIGURE_SUBJECT_WORDS, NO_EVIDENCE_PHRASES } from '../data/denials';
import { COUNTERING_CUES, PUT_FIGURE_NOUNS, VISUAL_NOUNS } from '../data/cues';
import { NEWS_OUTLET_NOUNS, PUBLISHING_MEDIA } from '../data/denials';
import { BOUND_MEASURE_WORDS, MEASURE_PAIRS } from '../data/concepts';
import { placeOf } from './places';
import stem from 'wink-porter2-stemmer';
import { fullNamePronoun, GENDERED_TITLES } from '../data/names';
import { DEPARTMENT_HEAD, MONTH_NAMES, MONTHS, NUMBER_WORDS, WEEKDAYS, posOf } from '../data/lexicon';
import { lowerBound } from '../util/search';
import { ascending, sortSmall } from '../util/sort';
import { keepMaps } from '../util/keep-maps';
import { grownFloat64, grownInt32, grownUint8 } from '../util/typed';

export interface LinkInput {
  /**
   * A claim or denial that is the very object given at the same index from the start or from the end
   * in the last call is taken as unchanged: do not change these objects between calls.
   */
  claims: Claim[];
  denials: Denial[];
  /** For each claim: the denial it was taken from (an allegation in a denial's target), or null. */
  claimFromDenial: Array<string | null>;
  /**
   * Optional, for each claim: whether a fact check's "Claim:" label names it. A verdict with no claim in its own
   * paragraph answers the nearest such claim before it first.
   */
  claimChecked?: ArrayLike<boolean>;
  /**
   * For each claim: whether its block opens with a fact check's "Fact:" label, which answers the claim a "Claim:" label
   * names before it (`claimChecked`).
   */
  claimAnswering?: ArrayLike<boolean>;
  /**
   * Optional, for each claim: the index in `attributions` of the attribution whose content holds it, or -1; with
   * `attributions`, the document's attributions. A denial of reports ("denied reports of a rift") answers the claims
   * of the nearest report ("The Daily Mirror reported that X": a cue of "report", `REPORT_CUE`).
   */
  claimAttribution?: ArrayLike<number>;
  attributions?: ReadonlyArray<{ readonly cue: { readonly text: string }; readonly source?: { readonly text: string } | null }>;
  /** For each denial: whether its target only names a statement. */
  genericTarget: boolean[];
  /**
   * Optional, for each denial: whether it is in a heading. A heading's denial that only names a statement ("Minister
   * rejects criticism") heads what follows: it answers no claim before its heading (but one of the heading's own:
   * "Seoul says X; Pyongyang denies it").
   */
  denialInHeading?: ArrayLike<boolean>;
  /**
   * Optional, for each denial: the index in `attributions` of the report its own sentence says led to it, or -1: "has
   * denied that schools will lose money, after a union said budgets would fall" answers the union's claims.
   */
  denialAnswers?: ArrayLike<number>;
  /**
   * Optional, for each denial: the index in `attributions` of the denier's reason right after it, or -1: in "disputes that
   * figure, saying dividends were £31m", what the reason says contradicts the claim the denial answers.
   */
  denialReasons?: ArrayLike<number>;
  /**
   * Optional, for each denial: the block of the last heading at or before it, or -1. Where verdicts that name nothing
   * ("**Verdict: False.**") stand under two headings or more, each answers the first claim checked under its own
   * ("## 2. \"It will cost every household £2,000\"").
   */
  denialSection?: ArrayLike<number>;
  /**
   * For each denial, in a digest of wire items with datelines ("BRUSSELS - ...", "TEHRAN - ..."), the first block of
   * its story: a denial that names what it denies only by pointing at it ("rejected the allegation") answers no claim
   * of an earlier story.
   */
  denialStory?: ArrayLike<number>;
  /** For each claim and denial: index of its block in document order (for proximity). */
  claimBlock: ArrayLike<number>;
  denialBlock: ArrayLike<number>;
  /**
   * Optional, for each claim and denial: an object the caller keeps with the item between calls
   * (the same holder for the same item), where the linker finds its record of the item again.
   */
  claimHolders?: LinkHolder[];
  denialHolders?: LinkHolder[];
  /**
   * Optional: whether the document names a claimant by a role word beside the name ("the mayor of Northgate, Rachel
   * Adeyemi"), so that "the mayor's claim" is hers where her reports' sources give only a pronoun.
   */
  roleNamed?: (claimant: string, role: string) => boolean;
  /**
   * Optional: the medium that attribution ai names right after its cue, a noun of `PUBLISHING_MEDIA` in the singular
   * ("said in a leaflet delivered last week that" gives "leaflet"), or null. A denial of "the leaflet" answers the
   * claims so reported.
   */
  reportMedium?: (ai: number) => string | null;
}

/** See `LinkInput.claimHolders`. */
export interface LinkHolder {
  linked: unknown;
  /**
   * The concepts of the item's text (a claim's span, a denial's target), when the caller has them (read
   * from the tokens of its block: `readingOfSpan`), else null: the linker reads them from the text.
   */
  concepts: ConceptReading | null;
}

export interface LinkSettings {
  minLinkScore: number;
}

/** Weight of a place concept: places say where, not what; they count, but less than a rare word. */
const PLACE_WEIGHT = 2;
/** Concepts more common than this (idf below it) never propose a candidate pair on their own. */
const MIN_INDEX_IDF = 2;
const IDF = idfData.idf as Record<string, number>;

/**
 * A text's concepts. A concept's weight, and whether it is a place, are read from the Linker's table
 * (`ConceptTable.weights`, `isPlace`) by its id: a bag holds one list of exact length, not three
 * (bags were the largest allocation of the document pass).
 */
interface Bag {
  /** Sorted concept ids; those weighing at least MIN_INDEX_IDF are the indexed ones, which may propose a candidate pair. */
  ids: number[];
  total: number;
  /** The weight of the concepts not indexed (below MIN_INDEX_IDF): what a pair may share besides indexed concepts. */
  low: number;
  negated: boolean;
  /** Antonym concept ids of the bag's concepts. */
  antonyms: readonly number[];
  /** With any antonym: the concept ids in the order first mentioned (`sameThingChanged`); else `NONE`. */
  order: readonly number[];
  /**
   * Numbers with the concept they count ("500 drones"), as pairs: the concept at an even index, its value
   * after it, negated for a lower bound ("at least 500 drones"; one list of exact length: two lists grown by push were a
   * sixth of what bags allocated).
   */
  quantities: readonly number[];
  /** The concept ids a negator negates ("not transferred": transfer), sorted; `NONE` for most bags. */
  negatedIds: readonly number[];
}

/** The number of concept tables made so far (their serial numbers). */
let tables = 0;

/**
 * The concepts one Linker has met, numbered in the order first met, with their weights. Each Linker has
 * its own: the table lives as long as the document's Linker and holds only that document's concepts (one
 * table for the process grew with every word of every document for good), and a document's concept
 * numbers do not depend on what the process analysed before.
 */
class ConceptTable {
  /** This table's serial number (`Concept.table`). */
  private readonly serial = ++tables;
  private readonly ids = new Map<string, number>();
  readonly weights: number[] = [];
  /** 1 for a place concept, else 0. */
  readonly isPlace: number[] = [];
  /** 1 for a concept of a change or a level (`CHANGE_GROUPS`), else 0. */
  readonly isChange: number[] = [];
  /** The antonym concept (`ANTONYMS`), if any. */
  readonly antonyms: Array<string | undefined> = [];
  /** The concept's name, by its number. */
  private readonly names: string[] = [];

  /** The concept's number, given now if it has none (kept on the concept too, for its next mention). */
  intern(c: Concept): number {
    if (c.table === this.serial) return c.number;
    const id = this.internName(c.name);
    c.table = this.serial;
    c.number = id;
    return id;
  }

  /** The number of the concept of that name, given now if it has none. */
  internName(c: string): number {
    let id = this.ids.get(c);
    if (id === undefined) {
      id = this.weights.length;
      this.ids.set(c, id);
      const place = c.startsWith('place:');
      this.weights.push(place ? PLACE_WEIGHT : (IDF[c] ?? idfData.unseen));
      this.isPlace.push(place ? 1 : 0);
      this.isChange.push(CHANGE_GROUPS.has(c) ? 1 : 0);
      this.antonyms.push(ANTONYMS.get(c));
      this.names.push(c);
    }
    return id;
  }

  /** The concept's number, if it has one. */
  known(c: string): number | undefined {
    return this.ids.get(c);
  }

  /** The name of the concept numbered `id`. */
  nameOf(id: number): string {
    return this.names[id] ?? '';
  }
}

/** Marks the concepts of one bag while `bag` makes it (one instance: `bag` runs to its end before the next call). */
class BagMarks {
  /** `marks[id] === stamp`: the concept is in the bag. */
  private marks = new Int32Array(1024);
  private stamp = 0;

  start(): void {
    if (++this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
  }

  /** Whether concept `id` is marked. */
  has(id: number): boolean {
    return id < this.marks.length && this.marks[id] === this.stamp;
  }

  mark(id: number): void {
    if (id >= this.marks.length) {
      this.marks = grownInt32(this.marks, Math.max(id + 1, 2 * this.marks.length));
    }
    this.marks[id] = this.stamp;
  }
}
const bagMarks = new BagMarks();

/**
 * The bag of a claim's or a target's concepts, numbered in the Linker's table in the order they are first
 * mentioned. (Each Linker keeps its items' bags while their ids stay; a cache by text across Linkers only
 * sped up the same article analysed again by a new Analyzer, and held up to 50,000 bags.)
 */
function bag(reading: ConceptReading, table: ConceptTable): Bag;
/**
 * With `keep` false: only numbers the reading's concepts as `bag` would (the numbers of later concepts
 * depend on it), for an item that is never scored, and gives null.
 */
function bag(reading: ConceptReading, table: ConceptTable, keep: false): null;
function bag(reading: ConceptReading, table: ConceptTable, keep = true): Bag | null {
  const marks = bagMarks;
  marks.start();
  // (see ConceptReading for the layout; the distinct concepts in the order first mentioned go to the
  // scratch list `firstIds`, and only the bag's own list is new)
  const n = reading[0] as number;
  const end = READING_CONCEPTS + n;
  const first = firstIds;
  let count = 0;
  for (let k = READING_CONCEPTS; k < end; k++) {
    const id = table.intern(reading[k] as Concept);
    if (marks.has(id)) continue;
    first[count++] = id;
    marks.mark(id);
  }
  // antonyms in the order their concepts first appear (ids are numbered as they are first met)
  let antonyms: number[] | undefined;
  for (let k = 0; k < count; k++) {
    const anti = table.antonyms[first[k]];
    if (anti === undefined) continue;
    const known = table.known(anti);
    if (known === undefined || !marks.has(known)) (antonyms ??= []).push(table.internName(anti));
  }
  if (!keep) return null;
  // (most bags have no quantities and no antonyms: one empty list for them all. A counted concept is
  // one of the concepts, numbered above)
  let quantities: readonly number[] = NONE;
  let negatedIds: readonly number[] = NONE;
  if (end < reading.length) {
    const q = quantityScratch;
    let m = 0;
    let negs: number[] | null = null;
    for (let k = end; k < reading.length; k += 2) {
      const id = table.intern(reading[k + 1] as Concept);
      // (a negated concept: a NaN value, `ReadingCollector.negated`)
      if (Number.isNaN(reading[k] as number)) (negs ??= []).push(id);
      else {
        q[m++] = id;
        q[m++] = reading[k] as number;
      }
    }
    if (m > 0) quantities = q.slice(0, m);
    if (negs !== null) negatedIds = sortSmall(negs, ascending);
  }
  const ids = sortSmall(first.slice(0, count), ascending);
  const weights = table.weights;
  let total = 0;
  let low = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = weights[ids[k]];
    total += w;
    if (w < MIN_INDEX_IDF) low += w;
  }
  return { ids, total, low, negated: reading[1] === 1, antonyms: antonyms ?? NONE, order: antonyms !== undefined ? first.slice(0, count) : NONE, quantities, negatedIds };
}

/** Scratch of `bag`: a reading's distinct concept ids in the order first mentioned (its first entries). */
const firstIds: number[] = [];
/** Scratch of `bag`: the bag's quantities (its first entries; see `Bag.quantities`). */
const quantityScratch: number[] = [];

// (not frozen: a frozen list has a map of its own, which the readers of bags would meet besides the usual one)
const NONE: readonly number[] = [];

/**
 * A cue that denies an event or a thing took place or exists (`noevidence.never-happened`: "never happened", "did not take
 * place"), by its last word, whatever closes it.
 */
const EVENT_DENIED = new RegExp(String.raw`\b(?:${[...new Set(NO_EVIDENCE_PHRASES.filter((p) => p.id === 'noevidence.never-happened').map((p) => p.words[p.words.length - 1]))].join('|')})\W*$`, 'i');
/** The event such a cue denies, named by a determiner and a word or two: "the freeze", "the meeting", "this deal". */
const EVENT_TARGET = /^(?:the|this|that|such|any|his|her|its|their)\s+[a-z]+(?:[ -][a-z]+)?$/i;
/**
 * A denial's target of one to three words in lower case with no determiner first, or a short clause whose subject is a
 * person's pronoun (`Linker.singles`): "forgery", "he had misled anyone".
 */
const BARE_NOUN_TARGET = /^(?!(?:the|a|an|this|that|these|those|it|its|his|her|their|our|my|your|any|some|such|he|she|they)\b)[a-z]+(?:[ -][a-z]+){0,2}$|^(?:he|she|they)\s+[a-z]+(?:\s+[a-z]+){1,4}$/;
/** Whether a claim's bag holds two concepts or fewer that weigh less than `THIN_CLAIM_WEIGHT` together (`scoreContradiction`). */
function thinClaim(b: Bag): boolean {
  return b.ids.length <= 2 && b.total < THIN_CLAIM_WEIGHT;
}
/**
 * The least weight of a claim of two concepts or fewer that may contradict another ("hid" and "data": 11.7; "citizen" and
 * the US: 8.8, "he had never been a U.S. citizen"; "come" and the US: 6.1).
 */
const THIN_CLAIM_WEIGHT = 8.5;

/** How many of a bag's concepts weigh enough to be indexed (`MIN_INDEX_IDF`). */
function indexedCount(b: Bag, weights: readonly number[]): number {
  let n = 0;
  for (const id of b.ids) if (weights[id] >= MIN_INDEX_IDF) n++;
  return n;
}

function has(ids: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How many paragraphs back a denial naming a document looks for a claim that opens with it (`nearestClaimBefore`). */
const OPENING_DOCUMENT_REACH = 6;
/** An interview answer's cue that denies an act in the first person, past its pronoun (`deny.answer`): "did not hide", "have never taken". */
const DENIED_ACT_ANSWER = /^(?:[a-z]+\s+){0,2}(?:not|never)\s+[a-z]+$|^[a-z]+n['’]t\s+[a-z]+$/i;

/** A denial's cue that says what was claimed is not so, naming nothing: "found no such thing", "said no such thing". */
const NO_SUCH_THING = /\bno such thing\b/i;

/** How far below a denial's best link its other links may score and still be listed. */
const DENIAL_SPREAD = 0.2;

/**
 * Whether a pair's claim is its denial's own target, a claim someone else made that the denial's sentence holds ("Viral post
 * claiming X is wrong"): like a claim taken from the target, it sets no best for the denial's other links, which are
 * held to the best of the claims made elsewhere ("A post claims that X" further down).
 */
function isOwnTarget(p: Pair): boolean {
  const t = p.counter.denial?.target;
  const c = p.claim.claim?.span;
  // (another's claim: not the denier's own words that the target overlaps, "have no evidence to suggest that X")
  return t !== undefined && t !== null && c !== undefined && c.start < t.end && t.start < c.end && p.claim.who !== null && p.claim.who !== p.counter.who;
}

/** The score of a link from a denial that only names the statement ("denied the allegations") to the claim before it. */
const GENERIC_DENIAL_SCORE = 0.6;
/** A cue of "report" (after auxiliaries and adverbs): "reported", "has reported", "reports". */
const REPORT_CUE = /\breport(?:s|ed|ing)?$/i;

/**
 * Whether claim ci is what a report says (`LinkInput.claimAttribution`): its cue is "report", or its sources are the
 * unnamed ones of a press report ("three people familiar with the matter told Reuters").
 */
function reportedClaim(input: LinkInput, ci: number): boolean {
  return REPORT_CUE.test(cueOfClaim(input, ci)) || UNNAMED_SOURCES.test(sourceOfClaim(input, ci));
}

/** The index of the first claim in block `block` or after it (`claims.length` when none): claims are in document order. */
function firstClaimOfBlock(input: LinkInput, block: number): number {
  let lo = 0;
  let hi = input.claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (input.claimBlock[mid] < block) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Links the denial of entry `de` to the claims of block `block` that `wanted` keeps, at `score`: reuses the pairs `list`
 * holds from the last call where they are the same, adds them to `out`, and trims `list` to them.
 */
function pairsWithBlockClaims(input: LinkInput, claimEntries: readonly Entry[], block: number, wanted: (ci: number) => boolean, de: Entry, list: Pair[], score: number, out: Pair[]): void {
  const claims = input.claims;
  const id = de.id;
  let n = 0;
  for (let ci = firstClaimOfBlock(input, block); ci < claims.length && input.claimBlock[ci] === block; ci++) {
    if (!wanted(ci)) continue;
    let p = list[n];
    if (p === undefined || p.claim !== claimEntries[ci] || p.link.claim !== claims[ci].id || p.link.counter !== id) {
      p = list[n] = { link: { claim: claims[ci].id, counter: id, relation: 'denies', score }, claim: claimEntries[ci], counter: de, dead: false };
    }
    out.push(p);
    n++;
  }
  list.length = n;
}

/** A denial's cue that names reports or rumours: "denied reports", "rejected a report", "denied rumours that". */
const REPORT_DENIAL = /\b(?:reports?|rumou?rs?|speculation)\b/i;

/**
 * Whether a denial's cue names reports as what it denies (`REPORT_DENIAL`: "denied reports", "dismissed speculation"),
 * not as its judgement after the target ('called the volunteers\' figure "irresponsible speculation"').
 */
function namesReports(d: Denial): boolean {
  // (or a target that is the report alone: 'said the report was "speculative and inaccurate"')
  if (d.target !== null && REPORT_TARGET.test(d.target.text)) return true;
  const m = REPORT_DENIAL.exec(d.cue.text);
  return m !== null && !(d.target !== null && d.cue.start + m.index >= d.target.end);
}
/** A target that names a press report and nothing it says: "the report", "the newspaper's story", "these reports". */
const REPORT_TARGET = /^(?:the|that|this|these|those|its|their)\s+(?:newspaper(?:['’]s)?\s+|press\s+|media\s+)?(?:report|reports|story|stories|article|articles)$/i;
/**
 * The claim of the report a denial of reports (d, the di-th) answers: the nearest within `REPORT_REACH` paragraphs that
 * another speaker reports, one a press report's cue gives first ("Several newspapers reported that X" before the nearest
 * said), not one that negates, itself a denial ("Daniel is not for sale"), nor, with `said` (the bag of what the
 * denial says the report says), one that shares none of its indexed concepts; or -1.
 */
function reportAnswered(input: LinkInput, claimEntries: readonly Entry[], d: Denial, di: number, said: Bag | null, weights: readonly number[]): number {
  const claims = input.claims;
  const block = input.denialBlock[di];
  // (only the claims of the blocks in reach: the claims are in document order)
  const c0 = firstClaimOfBlock(input, block - REPORT_REACH);
  const c1 = firstClaimOfBlock(input, block + REPORT_REACH + 1);
  let best = -1;
  let bestReported = false;
  let bestBefore = false;
  for (let ci = c0; ci < c1; ci++) {
    const who = claims[ci].claimant;
    if (who === null || who === d.speaker || input.claimFromDenial[ci] !== null || !reportedClaim(input, ci) || claimEntries[ci].bag?.negated === true) continue;
    const bag = claimEntries[ci].bag;
    if (said !== null && (bag === null || !sharesIndexed(bag, said, weights, 1))) continue;
    // (a press report: its cue reports as the press does, or its sources are unnamed, "three people familiar with the
    // matter told Reuters")
    const reported = REPORTING_CUE.test(cueOfClaim(input, ci)) || UNNAMED_SOURCES.test(sourceOfClaim(input, ci));
    // (one made before the denial first: "Altmark reported a 41% fall" after "called the report speculation" is another)
    const before = claims[ci].span.start < d.cue.start;
    const dist = Math.abs(input.claimBlock[ci] - block);
    if (best < 0 || (before && !bestBefore) || (before === bestBefore && ((reported && !bestReported) || (reported === bestReported && dist < Math.abs(input.claimBlock[best] - block))))) {
      best = ci;
      bestReported = reported;
      bestBefore = before;
    }
  }
  return best;
}

/**
 * The document a generic denial's target names by its noun after a determiner ("a leaflet circulated by campaigners",
 * "the post"), or a plural's before a participle of spreading ("messages circulating on WhatsApp"), in lower case; else
 * null.
 */
function documentNamed(target: string): string | null {
  const m = DOCUMENT_TARGET.exec(target);
  return m === null ? null : (m[1] ?? m[2]).toLowerCase();
}
const DOCUMENT_TARGET = /^(?:(?:the|a|an|this|that|its|their)\s+(leaflet|leaflets|flyer|flyers|letter|advert|adverts|advertisement|post|tweet|video|clip|report|study|survey|memo|email|article|booklet|newsletter|poster|posters|petition|message|messages)|(messages|posts|leaflets|flyers|emails|letters)\s+(?:circulating|shared|sent|posted|spread))\b/i;

/**
 * The claim nearest denial d (the di-th) within `REPORT_REACH` paragraphs, before or after it, whose claimant is the
 * document it names (`documentNamed`: "leaflet" for "the leaflet", "report" for "report in the Sunday Herald"), another
 * speaker's; or -1.
 */
function documentAnswered(input: LinkInput, d: Denial, di: number, head: string): number {
  const claims = input.claims;
  const block = input.denialBlock[di];
  const c0 = firstClaimOfBlock(input, block - REPORT_REACH);
  const c1 = firstClaimOfBlock(input, block + REPORT_REACH + 1);
  let best = -1;
  for (let ci = c0; ci < c1; ci++) {
    const who = claims[ci].claimant;
    if (who === null || who === d.speaker || input.claimFromDenial[ci] !== null) continue;
    const first = who.toLowerCase().split(' ', 1)[0];
    if (first !== head && lastWordOf(who).toLowerCase() !== head) continue;
    if (best < 0 || Math.abs(input.claimBlock[ci] - block) < Math.abs(input.claimBlock[best] - block)) best = ci;
  }
  return best;
}

/** A cue that reports as the press does: "reported", "reports", "according to". */
const REPORTING_CUE = /\b(?:report|reports|reported|reporting|according)\b/i;
/** Sources a press report does not name: "people familiar with the matter", "sources", "people close to the talks". */
const UNNAMED_SOURCES = /\b(?:familiar with|sources?\b|close to|people briefed|briefed on|with knowledge of)/i;
/** How many paragraphs from a denial of reports the report it answers may stand. */
const REPORT_REACH = 3;
/** The fewest concepts of a denial's target that say what the report it denies says (`reportAnswered`): not "a rift". */
const REPORT_SAID_CONCEPTS = 3;

/** The score of a link from a denial to the claims of the report its sentence says led to it (`LinkInput.denialAnswers`). */
const PROMPTING_REPORT_SCORE = 0.8;

/** A cue that reports an answer contrary to another's claim (`COUNTERING_CUES`): "countered", "retorted", "rebutted". */
const COUNTERING_CUE = new RegExp(String.raw`\b(?:${COUNTERING_CUES.flatMap((c) => c.words).join('|')})$`, 'i');
/** How many paragraphs before a countering report the claim it counters may stand. */
const COUNTER_REACH = 1;

/** The score of a link from a claim that restates a figure ("the number was closer to 200") to the figure before it. */
const FIGURE_RESTATEMENT_SCORE = 0.6;

/** The least score of a link from a named speaker's denial to the article's own statement (`scoreDenial`). */
const OWN_STATEMENT_DENIAL_MIN = 0.85;

/** Who says the claim a fact check's label names, when the article does not say (`Entry.who`). */
const CHECKED_CLAIMANT = '\u0000checked';

/** How much lower the similarity bar is for two claims of opposite polarity than for a denial. */
const CONTRADICTION_MARGIN = 0.1;

/** Items farther apart than this (in characters) are not compared: it keeps the pass linear on huge documents. */
export const LINK_WINDOW = 30000;

interface Entry {
  id: string;
  slot: number;
  isClaim: boolean;
  claim: Claim | null;
  denial: Denial | null;
  bag: Bag | null;
  fromDenial: string | null;
  // Everything an item's pair scores depend on besides its id (whose hash already covers its
  // paragraph's text): who says it, a claim's length, a denial's kind and its target's place.
  who: string | null;
  length: number;
  /** A denial whose target only names a statement; a claim that restates a figure (`figureRestatement`). */
  generic: boolean;
  targetAt: number;
  targetLength: number;
  /** Document offset (a claim's start, a denial's cue); `next` is the new one while a call runs. */
  pos: number;
  next: number;
  /** The call that last saw the item. */
  seen: number;
  pairs: Pair[];
  /** For a denial: the score of its best pair link in the call `bestCall`. */
  best: number;
  bestCall: number;
  /** The last link made for the item from its neighbours (a claim's own denial, a generic denial's claim), to reuse. */
  neighbour: Pair | null;
  /** The second claim a generic denial of "both" statements answers; a claim's link to the figure it restates. */
  neighbour2: Pair | null;
  /** A denial of reports: its links to the claims of the report it answers (`REPORT_DENIAL`), to reuse. */
  reportPairs: Pair[] | null;
  /** The pairs of a generic denial that names a document with the claims that document makes (`documentAnswered`). */
  documentPairs: Pair[] | null;
  /** A denial: its links to the claims of the report that led to it (`LinkInput.denialAnswers`), to reuse. */
  answerPairs: Pair[] | null;
  /** A denial: the link of the claim it answers to its reason's first claim (`LinkInput.denialReasons`), to reuse. */
  reasonPair: Pair | null;
  /** A claim a countering cue reports: its link to the claim it counters (`COUNTERING_CUE`), to reuse. */
  counterPair: Pair | null;
  /** A claim of a change: its link to the nearest opposite change of the same thing another claimant gave (`oppositeChangeBefore`), to reuse. */
  changePair: Pair | null;
  /** A claim that something did not happen: its link to the nearest claim another claimant made that it did (`absentNear`), to reuse. */
  absencePair: Pair | null;
  /** A claim under a fact check's "Fact:" label: its link to the claim checked before it (`checkedBefore`), to reuse. */
  factPair: Pair | null;
  /** Removed from the linker. */
  gone: boolean;
  /**
   * A claim someone makes in the first person (`FIRST_PERSON_OPENING`): the weight its speaker's surname would add, as a
   * concept shared, to a pair with a claim that names them (`selfNamed`); else 0.
   */
  selfWeight: number;
}

/** The pairs of an item in none (shared: replaced by a list of its own, never changed; see `addPair`). */
const NO_PAIRS: Pair[] = [];

/** Adds a pair to an item's pairs (most items are in none: they keep `NO_PAIRS`). */
function addPair(e: Entry, p: Pair): void {
  if (e.pairs === NO_PAIRS) e.pairs = [p];
  else e.pairs.push(p);
}

/** A link found by scoring a pair, kept until one of its items changes or they move out of the window. */
interface Pair {
  link: Link;
  claim: Entry;
  counter: Entry;
  dead: boolean;
}

/** Keeps the pairwise links between analyses of one document; see the file comment. */
export class Linker {
  private byId = new Map<string, Entry>();
  /** Every item, in document order. */
  private order: Entry[] = [];
  private freeSlots: number[] = [];
  private slots = 0;
  /**
   * The item of each slot in use, and its place (`Entry.pos`, kept here too for `candidates`: a list of numbers, no item read per posting).
   * These per-slot lists are grown by `reserve` to what a call may need before it makes items (grown
   * one item at a time, they were copied over and over).
   */
  private bySlot = new Array<Entry>(64);
  private places = new Int32Array(64);
  /** Each slot's item's bag's `low` and `total` (set with the bag; 0 without one), for the bounds of `candidates`' pairs. */
  private lows = new Float64Array(64);
  private totals = new Float64Array(64);
  /**
   * 1 for each slot's denial whose target has one indexed concept ("no evidence of forgery"): a pair is a candidate when it
   * shares that one, not two as any other pair must (`candidates`).
   */
  private singles = new Uint8Array(64);
  /** The slots of the items with a bag by indexed concept, each list in document order. */
  private claimIndex = new ConceptIndex();
  private denialIndex = new ConceptIndex();
  /**
   * The pairs in output order as of the last call (dead ones dropped on the next), and pairs added
   * since (none between calls): the live pairs are the ones of `sortedPairs` not dead.
   */
  private sortedPairs: Pair[] = [];
  private newPairs: Pair[] = [];
  /** Per item slot, for `candidates`. */
  private marks = new Int32Array(64);
  /** Per item slot: the weight of the indexed concepts a candidate shares with the item (see `candidates`). */
  private shares = new Float64Array(64);
  /** The items `candidates` found (the first ones of it). */
  private cand: number[] = [];
  private stamp = 0;
  private call = 0;
  /** Whether a pair died in this call. */
  private died = false;
  /** The input of the last call (copies) with the records of its items, its neighbour links (unsorted) and its output. */
  private lastClaims: Claim[] = [];
  private lastFromDenial: Array<string | null> = [];
  private lastClaimEntries: Entry[] = [];
  private lastDenials: Denial[] = [];
  private lastGeneric: boolean[] = [];
  private lastDenialEntries: Entry[] = [];
  private lastNeighbours: Pair[] = [];
  private lastSortedNeighbours: Pair[] = [];
  /** Pairs unpaired in this call. */
  private dead: Pair[] = [];
  /** Denials whose pairs changed in this call. */
  private touched: Entry[] = [];
  private lastLinks: Link[] = [];

  /** The concepts of this Linker's bags. */
  private readonly concepts = new ConceptTable();

  constructor(private readonly settings: LinkSettings) {}

  link(input: LinkInput): Link[] {
    const { claims, denials } = input;
    const call = ++this.call;
    this.died = false;
    this.touched.length = 0;
    this.dead.length = 0;
    let added: Entry[] = [];
    // The claims and denials that are the very objects of the last call, at its start and its end
    // (an analysis gives an unchanged item the same object), are the same items at the same places:
    // their records are taken as they are. Only the ones between are looked at.
    const fromDenials = input.claimFromDenial;
    const generics = input.genericTarget;
    const [pc, sc] = unchangedEnds(claims, fromDenials, this.lastClaims, this.lastFromDenial);
    const [pd, sd] = unchangedEnds(denials, generics, this.lastDenials, this.lastGeneric);
    /** False once an item looked at again is found at another place than before. */
    let still = true;

    // (the records of the last call's items between its start and end, which the ones looked at replace)
    const goneClaims = this.lastClaimEntries.slice(pc, this.lastClaimEntries.length - sc);
    const goneDenials = this.lastDenialEntries.slice(pd, this.lastDenialEntries.length - sd);
    // (room for every item looked at, should each be new)
    this.reserve(this.slots + (claims.length - pc - sc) + (denials.length - pd - sd));
    const claimEntries = sameEnds(this.lastClaimEntries, claims.length, pc, sc);
    for (let i = 0; i < pc; i++) claimEntries[i].seen = call;
    for (let i = claims.length - sc; i < claims.length; i++) claimEntries[i].seen = call;
    for (let i = pc; i < claims.length - sc; i++) {
      const c = claims[i];
      const fromDenial = fromDenials[i];
      const holder = input.claimHolders?.[i];
      let e = this.known(holder, c.id);
      // (the claim a fact check checks is someone's, though the article does not say whose: it may contradict the
      // article's own statements)
      const who = c.claimant ?? (input.claimChecked?.[i] === true ? CHECKED_CLAIMANT : null);
      if (e !== undefined && (e.seen === call || (e.isClaim && e.who === who && e.fromDenial === fromDenial && e.length === c.span.end - c.span.start))) {
        e.seen = call;
        e.claim = c;
        e.next = c.span.start;
        if (e.next !== e.pos) still = false;
      } else {
        e = this.entry(c.id, true, c.span.start, call);
        e.claim = c;
        // (a claim taken from a denial's target is in no scored pair: its concepts are only numbered)
        const reading = holder?.concepts ?? readingOf(c.span.text);
        e.bag = fromDenial === null ? bag(reading, this.concepts) : bag(reading, this.concepts, false);
        this.keepBounds(e);
        e.fromDenial = fromDenial;
        e.who = who;
        e.length = c.span.end - c.span.start;
        // (or names a figure as the wrong one: "fell, but by 2,400, not 10,000")
        // (or gives a limiting count with no noun, of what was just counted: "only 120 were completed")
        e.generic = fromDenial === null && (figureRestatement(c.span.text) !== null || notFigure(c.span.text) !== null || CHANGE_FIGURE.test(c.span.text) || (c.claimant !== null && LIMITED_COUNT.test(c.span.text)));
        e.selfWeight = fromDenial === null ? surnameWeight(who, c.span.text) : 0;
        added.push(e);
      }
      claimEntries[i] = e;
      if (holder) holder.linked = e;
    }
    const denialEntries = sameEnds(this.lastDenialEntries, denials.length, pd, sd);
    for (let i = 0; i < pd; i++) denialEntries[i].seen = call;
    for (let i = denials.length - sd; i < denials.length; i++) denialEntries[i].seen = call;
    for (let i = pd; i < denials.length - sd; i++) {
      const d = denials[i];
      const generic = generics[i];
      const targetAt = d.target ? d.target.start - d.cue.start : 0;
      const targetLength = d.target ? d.target.end - d.target.start : -1;
      const holder = input.denialHolders?.[i];
      let e = this.known(holder, d.id);
      if (e !== undefined && (e.seen === call || (!e.isClaim && e.who === d.speaker && e.generic === generic && e.targetAt === targetAt && e.targetLength === targetLength))) {
        e.seen = call;
        e.denial = d;
        e.next = d.cue.start;
        if (e.next !== e.pos) still = false;
      } else {
        e = this.entry(d.id, false, d.cue.start, call);
        e.denial = d;
        // ("Tehran has denied supplying drones to Russia": a gerund's subject is the denier, whose place the target's
        // concepts hold too, as "the drones were Iranian-designed" does)
        const place = d.target && !generic ? denierPlace(d) : null;
        e.bag = d.target && !generic ? bag(place !== null ? readingOf(`${place} ${d.target.text}`) : holder?.concepts ?? readingOf(d.target.text), this.concepts) : null;
        this.keepBounds(e);
        e.who = d.speaker;
        e.generic = generic;
        e.targetAt = targetAt;
        e.targetLength = targetLength;
        added.push(e);
      }
      denialEntries[i] = e;
      if (holder) holder.linked = e;
    }
    // (an id given twice, which should not happen, is one item: the first decides whether it changed, the last where it is)
    for (const n of added) this.places[n.slot] = n.pos = n.next;
    let indexed: Entry[];
    if (still) {
      // nothing kept has moved: what is gone is among the items of the last call that were looked at again
      const removed: Entry[] = [];
      for (const e of goneClaims) {
        if (e.seen !== call && !e.gone) {
          this.remove(e);
          removed.push(e);
        }
      }
      for (const e of goneDenials) {
        if (e.seen !== call && !e.gone) {
          this.remove(e);
          removed.push(e);
        }
      }
      indexed = this.order;
      if (removed.length > 32) indexed = indexed.filter((e) => !e.gone);
      else {
        // a few: each found by its place (the order is by place, and nothing moved)
        const gone: number[] = [];
        for (const e of removed) {
          const k = indexOfAt(indexed, e);
          if (k >= 0) gone.push(k);
        }
        if (gone.length > 0) indexed = withoutAt(indexed, gone);
      }
    } else {
      // drop what is gone or changed (at the old offsets, which the indexes are sorted by)
      const kept: Entry[] = [];
      for (const e of this.order) {
        if (e.seen === call) kept.push(e);
        else this.remove(e);
      }
      // move what stays. An edit moves the items after it by one shift: pairs across the edit are
      // farther apart or closer, the rest keep their distance. Anything else (a paragraph moved, many
      // places changed at once) links everything again.
      let shifts = 0;
      let split = 0;
      let sorted = true;
      let before = kept.length > 0 ? kept[0].next - kept[0].pos : 0;
      let grow = 0;
      for (let k = 0; k < kept.length; k++) {
        const e = kept[k];
        const s = e.next - e.pos;
        if (s !== before) {
          shifts++;
          split = k;
          grow = s - before;
          before = s;
        }
        this.places[e.slot] = e.pos = e.next;
        if (k > 0 && e.pos < kept[k - 1].pos) sorted = false;
      }
      indexed = kept;
      if (shifts > 1 || !sorted) {
        added = [...kept, ...added];
        indexed = [];
        this.reset(added);
      } else if (shifts === 1 && grow > 0) {
        this.dropFar();
      } else if (shifts === 1 && grow < 0) {
        this.scoreClosed(kept, split, grow);
      }
      if (shifts > 0) still = false;
    }
    this.lastClaims = keepEnds(this.lastClaims, claims, pc, sc);
    this.lastFromDenial = keepEnds(this.lastFromDenial, fromDenials, pc, sc);
    this.lastClaimEntries = claimEntries;
    this.lastDenials = keepEnds(this.lastDenials, denials, pd, sd);
    this.lastGeneric = keepEnds(this.lastGeneric, generics, pd, sd);
    this.lastDenialEntries = denialEntries;

    // score the pairs each new item is in, against everything indexed so far, then index it
    sortByPos(added);
    if (this.marks.length < this.slots) {
      this.marks = new Int32Array(this.slots * 2);
      this.shares = new Float64Array(this.slots * 2);
      this.stamp = 0;
    }
    // (a claim taken from a denial's target is in no scored pair: it is neither scored nor indexed)
    for (const e of added) {
      if (e.isClaim) {
        if (e.fromDenial !== null) continue;
        // (each candidate's bound first, from the numbers kept by slot: an item is read only when its pair may link)
        const cand = this.cand;
        const { shares, lows, totals, bySlot } = this;
        const min = this.settings.minLinkScore;
        const low = e.bag!.low;
        const total = e.bag!.total;
        const self = e.selfWeight;
        // (the weight a figure both share may add: `scoreDenial`)
        const figure = e.bag!.quantities.length > 0 ? FIGURE_WEIGHT : 0;
        for (let k = 0, n = this.candidates(this.denialIndex, e); k < n; k++) {
          const slot = cand[k];
          if (denialOutOfReach(shares[slot], lows[slot], totals[slot], low, figure, min)) continue;
          this.scoreDenial(e, bySlot[slot]);
        }
        for (let k = 0, n = this.candidates(this.claimIndex, e); k < n; k++) {
          const slot = cand[k];
          // (for a claim in the first person, with what its speaker's surname may add: `selfNamed`)
          const other = self > 0 || bySlot[slot].selfWeight > 0 ? bySlot[slot].selfWeight : 0;
          if (contradictionOutOfReach(shares[slot] + self + other, low, lows[slot], total + self, totals[slot] + other, min)) continue;
          this.scoreContradiction(e, bySlot[slot]);
        }
        this.index(this.claimIndex, e);
      } else {
        const cand = this.cand;
        const { shares, lows, bySlot } = this;
        const min = this.settings.minLinkScore;
        const figure = e.bag !== null && e.bag.quantities.length > 0 ? FIGURE_WEIGHT : 0;
        for (let k = 0, n = this.candidates(this.claimIndex, e); k < n; k++) {
          const slot = cand[k];
          // (a denial without a target bag is never indexed nor a candidate's counter: candidates gives it none)
          if (denialOutOfReach(shares[slot], e.bag!.low, e.bag!.total, lows[slot], figure, min)) continue;
          this.scoreDenial(bySlot[slot], e);
        }
        this.index(this.denialIndex, e);
      }
    }
    if (still && added.length <= 32) {
      // a few new items into the order, each after the items at or before its place
      const at: number[] = [];
      for (const e of added) at.push(lowerBound(indexed, e.pos + 1, entryPos));
      this.order = added.length > 0 ? withInsertedAt(indexed, added, at) : indexed;
    } else this.order = mergeSorted(indexed, added, byPos);

    // the pairs stay in the order of the last call (an edit moves items without reordering them):
    // new ones are merged in, and a final check sorts again if anything did change places
    const fresh = this.newPairs.filter((p) => !p.dead);
    this.newPairs = [];
    let pairs = this.sortedPairs;
    const samePairs = still && !this.died && fresh.length === 0;
    if (!samePairs) {
      sortByPlace(fresh);
      if (still && this.dead.length + fresh.length <= 32) {
        // a few changes, in place: nothing moved, so every pair is found by its place
        const gone: number[] = [];
        for (const p of this.dead) {
          const k = lowerBoundPair(pairs, p);
          if (k < pairs.length && pairs[k] === p) gone.push(k);
        }
        if (gone.length > 0) pairs = withoutAt(pairs, gone);
        if (fresh.length > 0) {
          const at: number[] = [];
          for (const p of fresh) {
            let k = lowerBoundPair(pairs, p);
            while (k < pairs.length && byPlace(pairs[k], p) <= 0) k++;
            at.push(k);
          }
          pairs = withInsertedAt(pairs, fresh, at);
        }
      } else {
        const sortedPairs: Pair[] = [];
        for (const p of this.sortedPairs) if (!p.dead) sortedPairs.push(p);
        pairs = mergeSorted(sortedPairs, fresh, byPlace);
      }
      // a denial answers the claims that match it best: drop its links far below its best one.
      // When nothing moved the pairs are still in order and only the denials whose pairs changed
      // have a new best (from the pairs they are in).
      if (still) {
        for (const d of this.touched) {
          if (d.bestCall === call) continue;
          d.bestCall = call;
          d.best = -1;
          for (const p of d.pairs) if (p.counter === d && p.link.relation === 'denies' && p.link.score > d.best && !isOwnTarget(p)) d.best = p.link.score;
        }
      }
      let sorted2 = true;
      for (let k = 0; k < (still ? 0 : pairs.length); k++) {
        const p = pairs[k];
        if (k > 0 && sorted2 && byPlace(pairs[k - 1], p) > 0) sorted2 = false;
        if (p.link.relation !== 'denies' || isOwnTarget(p)) continue;
        const d = p.counter;
        if (d.bestCall !== call || p.link.score > d.best) {
          d.best = p.link.score;
          d.bestCall = call;
        }
      }
      if (!sorted2) sortByPlace(pairs);
      this.sortedPairs = pairs;
    }
    // links that depend on neighbours are recomputed every time (there are few)
    let neighbours: Pair[] = [];
    for (let ci = 0; ci < claims.length; ci++) {
      const did = fromDenials[ci];
      if (did === null) continue;
      const d = this.byId.get(did);
      if (d === undefined || d.isClaim) continue;
      // (a headline's negation takes the whole headline as its target: a claim that holds the denial's cue)
      if (holdsCue(claims[ci], d.denial!)) continue;
      const c = claimEntries[ci];
      let p = c.neighbour;
      if (p === null || p.counter !== d || p.link.claim !== claims[ci].id || p.link.score !== 1) {
        p = c.neighbour = { link: { claim: claims[ci].id, counter: did, relation: 'denies', score: 1 }, claim: c, counter: d, dead: false };
      }
      neighbours.push(p);
    }
    // (the claim each generic denial answers, for its reason's claims below)
    const reasons = input.denialReasons;
    const answered = reasons !== undefined ? new Int32Array(denials.length).fill(-1) : null;
    if (GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) {
      // the claim the article's own last generic denial answered ("The claim is false."): what its verdict judges
      let judged = -1;
      const sections = verdictSections(input);
      for (let di = 0; di < denials.length; di++) {
        if (!generics[di]) continue;
        const d = denials[di];
        // (not a statement the article does not give: "A similar claim about Manchester was debunked in 2023")
        if (d.target !== null && OTHER_STATEMENT.test(d.target.text)) continue;
        // (a heading's generic denial answers only a claim of its own heading: "Seoul says X; Pyongyang denies it")
        const inHeading = input.denialInHeading?.[di] === true;
        const story = input.denialStory?.[di] ?? 0;
        let ci = nearestClaimBefore(input, d, input.denialBlock[di], Infinity, inHeading, judged, sections || headingClaimVerdict(input, di) ? input.denialSection![di] : -1, story);
        // (a speaker's denial of reports answers no claim that negates, itself a denial: "Daniel is not for sale")
        if (ci >= 0 && d.speaker !== null && namesReports(d) && claimEntries[ci].bag?.negated === true) continue;
        // (a heading's generic denial with no claim of its own heads what follows: "Senator's viral claim about migrant
        // crime is wrong, police data show" answers the senator's claim in the paragraphs after it)
        if (ci < 0 && inHeading) ci = firstClaimAfter(input, d, input.denialBlock[di], story);
        if (ci < 0) continue;
        ci = this.reasonedClaim(input, claimEntries, d, input.denialBlock[di], ci, story);
        // (not a rating short of false, "That is not quite right either": a verdict of "False" judges another claim)
        if (d.speaker === null && !PARTIAL_RATING.test(d.cue.text)) judged = ci;
        const de = denialEntries[di];
        let p = de.neighbour;
        if (p === null || p.claim !== claimEntries[ci] || p.link.claim !== claims[ci].id || p.link.counter !== d.id) {
          p = de.neighbour = { link: { claim: claims[ci].id, counter: d.id, relation: 'denies', score: GENERIC_DENIAL_SCORE }, claim: claimEntries[ci], counter: de, dead: false };
        }
        neighbours.push(p);
        if (answered !== null) answered[di] = ci;
        // "disputed both numbers", "rejected both claims", "Neither claim is true": the two nearest claims before
        if (d.target === null ? !NEITHER.test(d.cue.text) : !BOTH.test(d.target.text)) continue;
        const cj = nearestClaimBefore(input, d, input.denialBlock[di], ci, inHeading, -1, -1, story);
        if (cj < 0) continue;
        let q = de.neighbour2;
        if (q === null || q.claim !== claimEntries[cj] || q.link.claim !== claims[cj].id || q.link.counter !== d.id) {
          q = de.neighbour2 = { link: { claim: claims[cj].id, counter: d.id, relation: 'denies', score: GENERIC_DENIAL_SCORE }, claim: claimEntries[cj], counter: de, dead: false };
        }
        neighbours.push(q);
      }
    }
    // "Ortega said the mayor had been warned ..." and "Her office denied that she had been warned": a target of one
    // concept after a pronoun, which no pair of shared concepts can propose, answers the nearest claim before it, of
    // another claimant, within PRONOUN_TARGET_REACH paragraphs, that has the concept
    // (and so does a target whose subject points back by "such", by the concept of its noun: "Price claimed that the exam
    // boards had been told to mark more generously" and "Ofqual denied that any such instruction had been given")
    if (GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) {
      for (let di = 0; di < denials.length; di++) {
        const d = denials[di];
        const de = denialEntries[di];
        const tb = de.bag;
        if (generics[di] || d.target === null || tb === null || tb.negated) continue;
        const id = tb.ids.length === 1 && PRONOUN_SUBJECT.test(d.target.text) ? tb.ids[0] : suchConcept(d.target.text, tb, this.concepts);
        if (id < 0) continue;
        if (this.concepts.weights[id] < MIN_INDEX_IDF || this.concepts.isPlace[id]) continue;
        const block = input.denialBlock[di];
        // (the claims ending before the cue, in document order)
        const lo = lowerBound(claims, d.cue.start + 1, claimEnd);
        const story = input.denialStory?.[di] ?? 0;
        for (let ci = lo - 1; ci >= 0 && block - input.claimBlock[ci] <= PRONOUN_TARGET_REACH && input.claimBlock[ci] >= story; ci--) {
          const ce = claimEntries[ci];
          if (input.claimFromDenial[ci] !== null || claims[ci].claimant === d.speaker || ce.bag === null || ce.bag.negated || !has(ce.bag.ids, id)) continue;
          let p = de.neighbour2;
          if (p === null || p.claim !== ce || p.link.claim !== claims[ci].id || p.link.counter !== d.id) {
            p = de.neighbour2 = { link: { claim: claims[ci].id, counter: d.id, relation: 'denies', score: GENERIC_DENIAL_SCORE }, claim: ce, counter: de, dead: false };
          }
          neighbours.push(p);
          break;
        }
      }
    }
    // "denied reports of a rift" and "The Daily Mirror reported that the two men had argued": a denial that names reports
    // answers the claims of the nearest report of another speaker, within REPORT_REACH paragraphs before or after it
    if (input.claimAttribution && input.attributions && GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) {
      for (let di = 0; di < denials.length; di++) {
        const d = denials[di];
        if (d.speaker === null || !namesReports(d)) continue;
        // (a report named with what it says, "denied reports that the company was preparing to close up to 40 stores":
        // one that speaks of some of it, not "Brightmart reported a 12% fall in profits", the company's own results)
        const said = !input.genericTarget[di] ? denialEntries[di].bag : null;
        const best = reportAnswered(input, claimEntries, d, di, said !== null && said.ids.length >= REPORT_SAID_CONCEPTS ? said : null, this.concepts.weights);
        if (best < 0) continue;
        const de = denialEntries[di];
        const wanted = (ci: number) => claims[ci].claimant === claims[best].claimant && input.claimFromDenial[ci] === null && reportedClaim(input, ci);
        pairsWithBlockClaims(input, claimEntries, input.claimBlock[best], wanted, de, (de.reportPairs ??= []), GENERIC_DENIAL_SCORE, neighbours);
      }
    }
    // "branding a leaflet circulated by campaigners \"scaremongering\"" and "The leaflet, distributed last week, said the
    // unit would shut": a generic denial that names a document answers the claims that document makes, within
    // REPORT_REACH paragraphs before or after it
    if (GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) {
      for (let di = 0; di < denials.length; di++) {
        const d = denials[di];
        const head = generics[di] && d.target !== null ? documentNamed(d.target.text) : null;
        if (head === null) continue;
        const best = documentAnswered(input, d, di, head);
        if (best < 0) continue;
        const wanted = (ci: number) => claims[ci].claimant === claims[best].claimant && input.claimFromDenial[ci] === null;
        pairsWithBlockClaims(input, claimEntries, input.claimBlock[best], wanted, denialEntries[di], (denialEntries[di].documentPairs ??= []), GENERIC_DENIAL_SCORE, neighbours);
      }
    }
    // "has denied that schools will lose money, after a union said budgets would fall": a denial answers the claims of the
    // report its sentence says led to it
    const answers = input.denialAnswers;
    if (answers !== undefined && input.claimAttribution !== undefined && PROMPTING_REPORT_SCORE >= this.settings.minLinkScore) {
      for (let di = 0; di < denials.length; di++) {
        const ai = answers[di];
        if (ai < 0) continue;
        const de = denialEntries[di];
        const attributionOf = input.claimAttribution;
        const wanted = (ci: number) => attributionOf[ci] === ai && input.claimFromDenial[ci] === null;
        pairsWithBlockClaims(input, claimEntries, input.denialBlock[di], wanted, de, (de.answerPairs ??= []), PROMPTING_REPORT_SCORE, neighbours);
      }
    }
    // "River Action said the firm paid £48m in dividends" and "The company disputes that figure, saying dividends were £31m":
    // the reason a denier gives contradicts the claim the denial answers (a generic denial's, or its own target's)
    if (reasons !== undefined && answered !== null && input.claimAttribution !== undefined && GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) {
      for (let di = 0; di < denials.length; di++) {
        const ai = reasons[di];
        if (ai < 0) continue;
        let ci = answered[di];
        // (a denial with a target of its own: the claim taken from it, in its block)
        for (let cj = firstClaimOfBlock(input, input.denialBlock[di]); ci < 0 && cj < claims.length && input.claimBlock[cj] === input.denialBlock[di]; cj++) if (fromDenials[cj] === denials[di].id) ci = cj;
        if (ci < 0) continue;
        const de = denialEntries[di];
        // (its first claim only: "saying the building was a grain store | and that two civilians were killed" goes on
        // past what contradicts)
        let cj = firstClaimOfBlock(input, input.denialBlock[di]);
        while (cj < claims.length && input.claimBlock[cj] === input.denialBlock[di] && (input.claimAttribution[cj] !== ai || fromDenials[cj] !== null || cj === ci)) cj++;
        if (cj >= claims.length || input.claimBlock[cj] !== input.denialBlock[di]) {
          de.reasonPair = null;
          continue;
        }
        let p = de.reasonPair;
        if (p === null || p.claim !== claimEntries[ci] || p.counter !== claimEntries[cj] || p.link.claim !== claims[ci].id || p.link.counter !== claims[cj].id) {
          p = de.reasonPair = { link: { claim: claims[ci].id, counter: claims[cj].id, relation: 'contradicts', score: GENERIC_DENIAL_SCORE }, claim: claimEntries[ci], counter: claimEntries[cj], dead: false };
        }
        neighbours.push(p);
      }
    }
    // "The IEA argues the trials were too small" and "Supporters counter that 56 of the 61 companies kept it": a countering
    // report contradicts the nearest claim before it of another claimant, in its paragraph or the one before
    if (input.claimAttribution !== undefined && GENERIC_DENIAL_SCORE >= this.settings.minLinkScore) {
      for (let ci = 0; ci < claims.length; ci++) {
        if (fromDenials[ci] !== null || !COUNTERING_CUE.test(cueOfClaim(input, ci))) continue;
        const ce = claimEntries[ci];
        const who = claims[ci].claimant;
        let cj = ci - 1;
        while (cj >= 0 && input.claimBlock[ci] - input.claimBlock[cj] <= COUNTER_REACH && (claims[cj].claimant === null || claims[cj].claimant === who || fromDenials[cj] !== null)) cj--;
        if (cj < 0 || input.claimBlock[ci] - input.claimBlock[cj] > COUNTER_REACH) continue;
        neighbours.push((ce.counterPair = contradictionPair(ce.counterPair, claimEntries[cj], claims[cj].id, ce, claims[ci].id, GENERIC_DENIAL_SCORE)));
      }
    }
    // "Rebel commanders said the number was closer to 200": a claim that restates a figure without naming what it
    // counts contradicts the nearest claim before it with a number (another claimant's)
    if (FIGURE_RESTATEMENT_SCORE >= this.settings.minLinkScore) {
      for (let ci = 0; ci < claims.length; ci++) {
        const ce = claimEntries[ci];
        if (!ce.generic) continue;
        const cj = nearestFigureBefore(input, ci);
        if (cj < 0) continue;
        neighbours.push((ce.neighbour2 = contradictionPair(ce.neighbour2, claimEntries[cj], claims[cj].id, ce, claims[ci].id, FIGURE_RESTATEMENT_SCORE)));
      }
    }
    // "The senator claimed that crime had doubled since 2020" and "police records show crime fell by 8 percent": a change
    // one way against the nearest change the other way of the same thing, another claimant's, in its paragraph or the one
    // before, contradicts it, though the two share one concept only and no pair of shared concepts proposes them (and at
    // this score at least when a pair does, whose score may be lower)
    // ("The company said there had been no spill" and "The messages claim that a chemical spill has contaminated supplies":
    // so does that a thing did not happen against the nearest claim another claimant made that it did, in its paragraph or
    // the two before; a claim is one or the other, as only a negated bag says a thing did not happen and a negated change
    // opposes none)
    if (OPPOSITE_CHANGE_SCORE >= this.settings.minLinkScore) {
      for (let ci = 0; ci < claims.length; ci++) {
        const ce = claimEntries[ci];
        // (the bag's flags first, the cheap tests most claims fail: this runs for every claim on every call)
        if (ce.bag === null || ce.fromDenial !== null || (!ce.bag.negated && ce.bag.antonyms.length === 0)) continue;
        const cj = ce.bag.negated ? this.absentNear(input, claimEntries, ci) : this.oppositeChangeBefore(input, claimEntries, ci);
        if (cj < 0) continue;
        // (the earlier of the two is the claim, the later its counter: an opposite change is always before, an absence's
        // claim may come after it)
        const first = Math.min(ci, cj);
        const second = Math.max(ci, cj);
        if (ce.bag.negated) neighbours.push((ce.absencePair = contradictionPair(ce.absencePair, claimEntries[first], claims[first].id, claimEntries[second], claims[second].id, OPPOSITE_CHANGE_SCORE)));
        else neighbours.push((ce.changePair = contradictionPair(ce.changePair, claimEntries[first], claims[first].id, claimEntries[second], claims[second].id, OPPOSITE_CHANGE_SCORE)));
      }
    }
    // ("**Claim:** The cameras were installed without consultation." then "**Fact:** A six-week public consultation ran in
    // spring 2024": a fact check's answer under its "Fact:" label contradicts the claim checked before it, in its paragraph
    // or the two before, when the two share a concept)
    if (input.claimAnswering !== undefined && input.claimChecked !== undefined && OPPOSITE_CHANGE_SCORE >= this.settings.minLinkScore) {
      for (let ci = 0; ci < claims.length; ci++) {
        if (!input.claimAnswering[ci]) continue;
        const ce = claimEntries[ci];
        const cj = checkedBefore(input, claimEntries, ci, this.concepts.weights);
        if (cj >= 0) neighbours.push((ce.factPair = contradictionPair(ce.factPair, claimEntries[cj], claims[cj].id, ce, claims[ci].id, OPPOSITE_CHANGE_SCORE)));
      }
    }
    // the same pairs and the same neighbour links (made in the same order) at the same places: the links of the last call
    const sameNeighbours = still && sameList(neighbours, this.lastNeighbours);
    if (samePairs && sameNeighbours) return this.lastLinks.slice();
    if (sameNeighbours) neighbours = this.lastSortedNeighbours;
    else {
      this.lastNeighbours = neighbours.slice();
      sortByPlace(neighbours);
      this.lastSortedNeighbours = neighbours;
    }
    const links: Link[] = [];
    let j = 0;
    for (const p of pairs) {
      if (p.link.relation === 'denies' && p.link.score < p.counter.best - DENIAL_SPREAD) continue;
      while (j < neighbours.length && byPlace(neighbours[j], p) < 0) pushLink(links, neighbours[j++].link);
      pushLink(links, p.link);
    }
    while (j < neighbours.length) pushLink(links, neighbours[j++].link);
    this.lastLinks = links.slice();
    return links;
  }

  /** The linker's record of an item: the one its holder keeps while it still stands for the item, else by id. */
  private known(holder: LinkHolder | undefined, id: string): Entry | undefined {
    const e = holder?.linked as Entry | undefined;
    return e === undefined || e.gone || e.id !== id ? this.byId.get(id) : e;
  }

  private entry(id: string, isClaim: boolean, pos: number, call: number): Entry {
    const e: Entry = {
      id, slot: this.freeSlots.pop() ?? this.slots++, isClaim, claim: null, denial: null, bag: null, fromDenial: null,
      who: null, length: 0, generic: false, targetAt: 0, targetLength: -1, pos, next: pos, seen: call, pairs: NO_PAIRS, best: 0, bestCall: 0, neighbour: null, neighbour2: null, reportPairs: null, documentPairs: null, answerPairs: null, reasonPair: null, counterPair: null, changePair: null, absencePair: null, factPair: null, gone: false, selfWeight: 0,
    };
    this.byId.set(id, e);
    this.reserve(e.slot + 1);
    this.bySlot[e.slot] = e;
    this.places[e.slot] = pos;
    this.lows[e.slot] = 0;
    this.totals[e.slot] = 0;
    return e;
  }

  /** Room in the per-slot lists (`bySlot`, `places`, `lows`, `totals`) for slots below `n`. */
  private reserve(n: number): void {
    const size = this.places.length;
    if (n <= size) return;
    const grown = Math.max(n, 2 * size);
    const bySlot = new Array<Entry>(grown);
    for (let k = 0; k < this.bySlot.length; k++) bySlot[k] = this.bySlot[k];
    this.bySlot = bySlot;
    this.places = grownInt32(this.places, grown);
    this.lows = grownFloat64(this.lows, grown);
    this.totals = grownFloat64(this.totals, grown);
    this.singles = grownUint8(this.singles, grown);
  }

  /** Keeps what the bounds of an item's pairs need of its bag by its slot (`lows`, `totals`). */
  private keepBounds(e: Entry): void {
    if (e.bag === null) return;
    this.lows[e.slot] = e.bag.low;
    this.totals[e.slot] = e.bag.total;
    // (a target in lower case that names a thing or an act, no determiner before it: "forgery", "vote rigging"; not "Mr",
    // "Muslims", "the campaign is", "This approach")
    this.singles[e.slot] = !e.isClaim && e.denial?.target != null && (BARE_NOUN_TARGET.test(e.denial.target.text) || (EVENT_DENIED.test(e.denial.cue.text) && EVENT_TARGET.test(e.denial.target.text))) && indexedCount(e.bag, this.concepts.weights) === 1 ? 1 : 0;
  }

  /** Forgets every pair and the indexes, to score `entries` again from scratch. */
  private reset(entries: Entry[]): void {
    this.claimIndex.clear();
    this.denialIndex.clear();
    for (const p of this.sortedPairs) p.dead = true;
    this.died = true;
    for (const e of entries) e.pairs = NO_PAIRS;
  }

  /** After an edit that moved the items after it away from the ones before: drop pairs now out of the window. */
  private dropFar(): void {
    for (const p of this.sortedPairs) if (!p.dead && Math.abs(p.claim.pos - p.counter.pos) > LINK_WINDOW) this.unpair(p);
  }

  /**
   * After an edit that moved the items from `split` on closer to the ones before (by -grow): score
   * the pairs across the edit that have just come within the window.
   */
  private scoreClosed(kept: Entry[], split: number, grow: number): void {
    const first = kept[split].pos;
    for (let k = split - 1; k >= 0; k--) {
      const x = kept[k];
      if (x.pos + LINK_WINDOW < first) break;
      if (!x.bag) continue;
      // items y after the edit with x.pos + W + grow < y.pos <= x.pos + W
      const lo = x.pos + LINK_WINDOW + grow;
      let a = split;
      let b = kept.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (kept[mid].pos <= lo) a = mid + 1;
        else b = mid;
      }
      for (let m = a; m < kept.length && kept[m].pos <= x.pos + LINK_WINDOW; m++) {
        const y = kept[m];
        if (!y.bag || (!x.isClaim && !y.isClaim) || !sharesTwo(x.bag, y.bag, this.concepts.weights)) continue;
        if (x.isClaim && y.isClaim) this.scoreContradiction(x, y);
        else if (x.isClaim) this.scoreDenial(x, y);
        else this.scoreDenial(y, x);
      }
    }
  }

  private index(index: ConceptIndex, e: Entry): void {
    const b = e.bag;
    if (!b) return;
    const ids = b.ids;
    const weights = this.concepts.weights;
    const places = this.places;
    for (let k = 0; k < ids.length; k++) {
      const c = ids[k];
      if (weights[c] < MIN_INDEX_IDF) continue;
      const list = index.add(c);
      // after the last item at or before e's place
      const at = list.length === 0 || places[list[list.length - 1]] <= e.pos ? list.length : slotAtOrAfter(list, places, e.pos + 1);
      if (at === list.length) list.push(e.slot);
      else list.splice(at, 0, e.slot);
    }
  }

  /**
   * Indexed items within the window that share at least two indexed concepts with the entry (in
   * the order they reach two; the order of candidates never shows in the output, links are sorted):
   * their number, the items in `cand` (reused by the next call), and in `shares[slot]` of each the
   * weight of the indexed concepts it shares with the entry.
   */
  private candidates(index: ConceptIndex, e: Entry): number {
    const b = e.bag;
    if (!b) return 0;
    // marks[slot] is `stamp` once an item is met once in this call, -stamp once it is a candidate
    const marks = this.marks;
    if (this.stamp >= 0x3fffffff) {
      marks.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const singles = this.singles;
    const single = singles[e.slot] === 1;
    const from = e.pos - LINK_WINDOW;
    const to = e.pos + LINK_WINDOW;
    const out = this.cand;
    const shares = this.shares;
    const places = this.places;
    let n = 0;
    const ids = b.ids;
    const weights = this.concepts.weights;
    for (let k = 0; k < ids.length; k++) {
      const w = weights[ids[k]];
      if (w < MIN_INDEX_IDF) continue;
      const list = index.get(ids[k]);
      if (list === undefined || list.length === 0) continue;
      const m0 = places[list[0]] >= from ? 0 : slotAtOrAfter(list, places, from);
      const end = places[list[list.length - 1]] <= to ? list.length : slotAtOrAfter(list, places, to + 1);
      for (let m = m0; m < end; m++) {
        const slot = list[m];
        const v = marks[slot];
        if (v === -stamp) shares[slot] += w;
        else if (v === stamp || single || singles[slot] === 1) {
          // (met a second time, or once for a denial's one concept: a candidate)
          shares[slot] = v === stamp ? shares[slot] + w : w;
          marks[slot] = -stamp;
          if (n < out.length) out[n] = slot;
          else out.push(slot);
          n++;
        } else {
          marks[slot] = stamp;
          shares[slot] = w;
        }
      }
    }
    return n;
  }

  private remove(e: Entry): void {
    const b = e.bag;
    if (b) {
      const index = e.isClaim ? this.claimIndex : this.denialIndex;
      // the index holds an item under its indexed concepts only (`index`)
      const weights = this.concepts.weights;
      for (let k = 0; k < b.ids.length; k++) {
        if (weights[b.ids[k]] < MIN_INDEX_IDF) continue;
        const list = index.get(b.ids[k]);
        if (!list) continue;
        const places = this.places;
        for (let m = slotAtOrAfter(list, places, e.pos); m < list.length && places[list[m]] === e.pos; m++) {
          if (list[m] === e.slot) {
            list.splice(m, 1);
            break;
          }
        }
      }
    }
    for (const p of [...e.pairs]) this.unpair(p);
    if (this.byId.get(e.id) === e) this.byId.delete(e.id);
    e.gone = true;
    this.freeSlots.push(e.slot);
  }

  private unpair(p: Pair): void {
    p.dead = true;
    this.died = true;
    this.dead.push(p);
    if (!p.counter.isClaim) this.touched.push(p.counter);
    for (const e of [p.claim, p.counter]) {
      const k = e.pairs.indexOf(p);
      if (k >= 0) e.pairs.splice(k, 1);
    }
  }

  private addLink(link: Link, claim: Entry, counter: Entry): void {
    const p: Pair = { link, claim, counter, dead: false };
    this.newPairs.push(p);
    if (!counter.isClaim) this.touched.push(counter);
    addPair(claim, p);
    addPair(counter, p);
  }

  /**
   * (The pairs `candidates` finds are first bounded by their callers, `denialOutOfReach`: a pair that
   * cannot reach the minimum score is left before the concepts are compared.)
   */
  private scoreDenial(c: Entry, d: Entry): void {
    const tb = d.bag;
    const claim = c.claim!;
    const denial = d.denial!;
    if (!tb || tb.total === 0 || c.fromDenial !== null || !c.bag) return;
    // (but for a retraction, which takes back the speaker's own claim: "has walked back her claim that X")
    // (one speaker however a headline capitalises it: "Rail operator says X" and "A rail operator has insisted that X")
    // (nor for a statement one is said, in the third person, never to have made, which the article denies: "The prime
    // minister did not say pensions would be cut" after a clip that shows him "telling an audience that \"pensions will
    // have to be cut\"")
    if (denial.speaker && claim.claimant !== null && sameSpeaker(claim.claimant, denial.speaker) && !RETRACTION_CUE.test(denial.cue.text) && !saidOfThirdPerson(denial)) return;
    // (nor the government's own department: "The government has rejected a report ..." and what the Department for Work
    // and Pensions says against it)
    if (denial.speaker && claim.claimant !== null && governmentSide(denial.speaker) && governmentSide(claim.claimant)) return;
    // (nor its own spokesperson, either way round: "Council denies cutting library hours" and what "A council spokesman
    // said"; what "Westshire Police said" and "A police spokesman said: \"There is no evidence that X\"")
    if (denial.speaker && claim.claimant !== null && oneSpeaksForOther(claim.claimant, denial.speaker)) return;
    // (nor the body named for the people who deny, either way round: "Dairy farmers" and "The Farmers' Union")
    if (denial.speaker && claim.claimant !== null && (peoplesBody(claim.claimant, denial.speaker) || peoplesBody(denial.speaker, claim.claimant))) return;
    if (holdsCue(claim, denial)) return;
    // a claim that itself says "not P" agrees with a denial of P ("China has never provided arms" beside "Beijing
    // denied supplying weapons"): no counter
    if (c.bag.negated && !tb.negated) return;
    // (a headline's "No, vaccines do not contain microchips" denies that they do: its target's negation is the article's
    // answer, not the proposition denied, so a claim that negates what the target speaks of agrees with it, "None of the
    // vaccines contains any electronic component"; not one that negates something else, "cures UTIs, no antibiotics needed")
    if (c.bag.negated && ANSWERING_NO.test(denial.cue.text) && negatesAny(c.bag, tb)) return;
    // (nor one that gives another figure for what the negated target counts: "the bridge cost £410m" against "No, the
    // bridge did not cost £2bn" is the answer's evidence)
    if (ANSWERING_NO.test(denial.cue.text) && negatedFigureAgrees(tb, c.bag)) return;
    // (a claim that gives another figure for what the target counts says something else, often the figure that refutes
    // it: "Recorded crime fell ... a drop of 13%" is not what "Mayor's claim that crime has halved does not add up" denies)
    if (opposition(tb, c.bag) === FIGURES_ONLY) return;
    // (nor one that states no change, when the target states one: "Mayor's claim that knife crime has halved is
    // misleading" is no denial of "she had been referring to knife crime among under-18s")
    if (statesChange(tb, this.concepts) && !statesChange(c.bag, this.concepts)) return;
    // the weight of the target's concepts the claim has
    const shared = sharedWeight(tb, c.bag, this.concepts);
    if (!sharedNonPlace) return;
    // (one exact figure for one counted thing is a concept of both, as rare as a word never seen: "striking drivers earn
    // more than £70,000 a year" and the average driver "earns £70,000 for a four-day week")
    const figure = shareFigure(tb, c.bag) ? FIGURE_WEIGHT : 0;
    const score = round((shared + figure) / (tb.total + figure));
    // (the article's own statement, no one's claim, is denied only by a close match: "The bridge is expected to cost 1.1
    // billion euros" shares the bridge and money with "denied that any payment had been made for the bridge", no more)
    if (score >= this.settings.minLinkScore && (claim.claimant !== null || score >= OWN_STATEMENT_DENIAL_MIN)) this.addLink({ claim: claim.id, counter: denial.id, relation: 'denies', score }, c, d);
  }

  /**
   * The claim a speaker's generic denial answers when their own claim right before it, in its paragraph, gives the
   * reason: "A microchip could not fit through a vaccine needle. The idea is physically impossible." answers the claim
   * about microchips, several paragraphs back, that shares two concepts with the reason, when the nearest claim `ci`
   * does not (the nearer claim sharing most, within `OWNER_REACH` paragraphs, someone's; not one that negates, itself a
   * denial: "the vaccine contains no electronic components"); else `ci`.
   */
  private reasonedClaim(input: LinkInput, claimEntries: readonly Entry[], d: Denial, block: number, ci: number, story: number): number {
    const claims = input.claims;
    const r = lowerBound(claims, d.cue.start + 2, claimEnd) - 1;
    if (d.speaker === null || r < 0 || r === ci || input.claimBlock[r] !== block || claims[r].claimant !== d.speaker || input.claimFromDenial[r] !== null) return ci;
    const reason = claimEntries[r].bag;
    const weights = this.concepts.weights;
    const nearest = claimEntries[ci].bag;
    if (reason === null || (nearest !== null && sharesTwo(reason, nearest, weights))) return ci;
    let best = ci;
    let most = 0;
    for (let cj = r - 1; cj >= 0 && block - input.claimBlock[cj] <= OWNER_REACH && input.claimBlock[cj] >= story; cj--) {
      const b = claimEntries[cj].bag;
      if (b === null || b.negated || claims[cj].claimant === null || claims[cj].claimant === d.speaker || input.claimFromDenial[cj] !== null || !sharesTwo(reason, b, weights)) continue;
      const w = sharedWeight(reason, b, this.concepts);
      if (w > most) {
        most = w;
        best = cj;
      }
    }
    return best;
  }

  /**
   * The nearest claim before claim ci, in ci's paragraph or the one before, of another claimant (neither one's
   * spokesperson), that gives the opposite change of a thing both name (`CHANGE_GROUPS` antonyms, `sameThingChanged`), neither
   * negated; else -1. (A pair that shares two indexed concepts is scored too, `scoreContradiction`, and keeps the higher
   * score: "violent crime in the city had fallen by 20% over the past year, crediting his decision to put more officers on
   * the streets" against "violent crime rose by 6%", whose long first claim scores it 0.57.)
   */
  private oppositeChangeBefore(input: LinkInput, claimEntries: readonly Entry[], ci: number): number {
    const claims = input.claims;
    const x = claimEntries[ci];
    const a = x.bag!;
    const who = claims[ci].claimant;
    if (a.negated || who === null) return -1;
    const table = this.concepts;
    for (let cj = ci - 1; cj >= 0 && input.claimBlock[ci] - input.claimBlock[cj] <= 1; cj--) {
      const b = claimEntries[cj].bag;
      const other = claims[cj].claimant;
      // (an antonym first, the cheap test most pairs fail: this runs for every claim on every call)
      if (b === null || b.negated || (!antonymIn(a, b) && !antonymIn(b, a)) || claimEntries[cj].fromDenial !== null || other === null || other === who || oneSpeaksForOther(other, who)) continue;
      if (!sameThingChanged(a, b, table, claims[ci], claims[cj])) continue;
      return cj;
    }
    return -1;
  }

  /**
   * The nearest claim before claim ci, in ci's paragraph or the two before (else the nearest after it, in its paragraph or
   * the next), of another claimant (neither one's spokesperson), that holds, not negated, the one thing ci says there was
   * none of ("there had been no spill", `ABSENCE_CLAIM`; the noun of `QUALIFIED_ABSENCE` or `NO_SUCH`), a concept rare
   * enough to index, and shares no two indexed concepts with ci (such a pair is scored: `scoreContradiction`); else -1.
   */
  private absentNear(input: LinkInput, claimEntries: readonly Entry[], ci: number): number {
    const claims = input.claims;
    const who = claims[ci].claimant;
    const a = claimEntries[ci].bag!;
    if (who === null || a.negatedIds.length === 0) return -1;
    const table = this.concepts;
    // (the one thing negated; or the head noun of "no" and an adjective: 'there had been "no significant restrictions" in
    // UK airspace over the weekend' says there were no restrictions)
    let id = a.negatedIds.length === 1 && ABSENCE_CLAIM.test(claims[ci].span.text) ? a.negatedIds[0] : -1;
    // (or the noun after "no such", which points back to what the claim before says: "The hospital told us it had issued no
    // such advice" after "The message also claims that the advice comes from doctors at Johns Hopkins")
    if (id < 0) {
      const m = QUALIFIED_ABSENCE.exec(claims[ci].span.text) ?? NO_SUCH.exec(claims[ci].span.text);
      id = m !== null ? wordConcept(m[1], table) : -1;
      if (id < 0 || !has(a.negatedIds, id)) return -1;
    }
    if (table.weights[id] < MIN_INDEX_IDF) return -1;
    const holds = (cj: number): boolean => {
      const b = claimEntries[cj].bag;
      const other = claims[cj].claimant;
      return !(b === null || b.negated || !has(b.ids, id) || claimEntries[cj].fromDenial !== null || other === null || other === who || oneSpeaksForOther(other, who));
    };
    for (let cj = ci - 1; cj >= 0 && input.claimBlock[ci] - input.claimBlock[cj] <= 2; cj--) {
      if (holds(cj)) return sharesTwo(a, claimEntries[cj].bag!, table.weights) ? -1 : cj;
    }
    // (else the nearest after it, in its paragraph or the next: "The company had told regulators that its storm overflows
    // had not discharged at all that year. Prosecutors said monitoring data showed spills lasting 610 hours.")
    for (let cj = ci + 1; cj < claims.length && input.claimBlock[cj] - input.claimBlock[ci] <= 1; cj++) {
      if (holds(cj)) return sharesTwo(a, claimEntries[cj].bag!, table.weights) ? -1 : cj;
    }
    return -1;
  }

  /** (Bounded first as `scoreDenial`, by `contradictionOutOfReach`.) */
  private scoreContradiction(x: Entry, y: Entry): void {
    const a = x.claim!;
    const b = y.claim!;
    if (x.fromDenial !== null || y.fromDenial !== null || !x.bag || !y.bag) return;
    if (x.who === y.who || (x.who !== null && y.who !== null && oneSpeaksForOther(x.who, y.who))) return;
    const opposed = opposition(x.bag, y.bag);
    if (opposed === NO_OPPOSITION) return;
    // (nor what someone meant, which says nothing of the world: "the prime minister had been referring to \"the 40
    // hospitals programme\"" against "Four new hospitals is not forty")
    if (CLARIFICATION.test(a.span.text) || CLARIFICATION.test(b.span.text)) return;
    // (a change one way against a change the other way, of two different things: "crime rose by 50 percent under
    // Whitfield" against Whitfield "slashed the police budget by 30 percent" share a name and a unit, not what changed;
    // "a trend of declining federal budget deficits will end this year" and "It is expected to rise to 2.9 percent this
    // year" share words, but none right by either change)
    if (opposed === OPPOSED && changeOnlyOpposition(x.bag, y.bag, this.concepts) && !sameThingChanged(x.bag, y.bag, this.concepts, a, b)) return;
    // (a negated figure against another figure for the same thing agrees: "the bridge did not cost £2bn" and "the bridge
    // cost £410m")
    // (the negation on what both say: not "rose by 40 percent, which is simply not credible")
    if (negatedFigureAgrees(x.bag, y.bag) || negatedFigureAgrees(y.bag, x.bag)) return;
    // (figures only, of claims about different actors: "Trump has won 100 delegates" against "Clinton won at least 175
    // delegates" counts two things)
    if (opposed === FIGURES_ONLY && differentActors(a, b)) return;
    // (nor figures of different measures: a "gross contribution" of £361 million against a "net contribution" of £150 million)
    if (opposed === FIGURES_ONLY && differentMeasures(a.span.text, b.span.text)) return;
    // (a claim of two common concepts or fewer says too little to oppose another: "no one had come to the U.S." against
    // "plans to allow Central Americans to come to the U.S. as refugees"; not "We never hid the data")
    if (opposed !== FIGURES_ONLY && (thinClaim(x.bag) || thinClaim(y.bag))) return;
    const shared = sharedWeight(x.bag, y.bag, this.concepts);
    // ("We have not cut a single frontline officer", Hedley's, against "Hedley has cut 500 police officers": the first
    // person is the one the other claim names, a concept both share)
    const xSelf = selfNamed(x, y, this.concepts);
    const ySelf = selfNamed(y, x, this.concepts);
    // opposite polarity on shared concepts is a strong signal: it adds to the similarity, measured against the shorter
    // claim ("The deficit will be closer to 4 percent" restates a forecast)
    const sim = (shared + xSelf + ySelf) / Math.min(x.bag.total + xSelf, y.bag.total + ySelf);
    const score = round(Math.min(1, sim + CONTRADICTION_MARGIN));
    if (score < this.settings.minLinkScore) return;
    const xFirst = x.pos < y.pos || (x.pos === y.pos && x.id < y.id);
    const first = xFirst ? x : y;
    const second = xFirst ? y : x;
    this.addLink({ claim: first.id, counter: second.id, relation: 'contradicts', score }, first, second);
  }
}

/** The place word (capitalised) of denial d's speaker when its target opens with a gerund, whose subject the denier is ("supplying drones"); else null. */
function denierPlace(d: Denial): string | null {
  if (d.speaker === null || d.target === null || !/^[a-z]+ing\b/.test(d.target.text)) return null;
  for (const w of d.speaker.split(' ')) if (/^\p{Lu}/u.test(w) && placeOf(w.toLowerCase()) !== undefined) return w;
  return null;
}

/** A claim that opens with the first person: "We have not cut", "I never said". */
const FIRST_PERSON_OPENING = /^(?:we|i)\b/i;

/** `Entry.selfWeight` of a claim of `who`'s with text `text`: its surname concept's weight when the text opens with the first person. */
function surnameWeight(who: string | null, text: string): number {
  if (who === null || !FIRST_PERSON_OPENING.test(text)) return 0;
  const surname = who.slice(who.lastIndexOf(' ') + 1);
  return /^[A-Z][a-z]/.test(surname) ? (IDF[`stem:${stem(surname.toLowerCase())}`] ?? idfData.unseen) : 0;
}

/**
 * The weight of the concept of claimant x's surname when x's claim opens with the first person (`FIRST_PERSON_OPENING`)
 * and y's claim names x by that surname, a concept of its bag: what "We" stands for there. Else 0.
 */
function selfNamed(x: Entry, y: Entry, table: ConceptTable): number {
  const who = x.who;
  // (`Entry.selfWeight`: a first person's claim, its speaker's surname a name's, "Hedley", not a body's common noun)
  if (who === null || x.selfWeight === 0) return 0;
  const surname = who.slice(who.lastIndexOf(' ') + 1);
  // (capitalised in the other claim, not "office" against "officers")
  if (!new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(y.claim!.span.text)) return 0;
  const id = table.known(`stem:${stem(surname.toLowerCase())}`);
  // (the same weight the table gives the concept: `surnameWeight` reads it as `ConceptTable.internName` does)
  return id !== undefined && y.bag!.ids.includes(id) ? x.selfWeight : 0;
}

/** Each of `MEASURE_PAIRS` as two whole-word patterns. */
const MEASURES = MEASURE_PAIRS.map((p) => p.words.map((w) => new RegExp(`(?<![\\w-])${w.replace(/-/g, '\\-')}(?![\\w-])`, 'i')) as [RegExp, RegExp]);

/** Each of `BOUND_MEASURE_WORDS` as one whole-word pattern. */
const BOUNDS = BOUND_MEASURE_WORDS.map((b) => new RegExp(`(?<![\\w-])(?:${b.words.join('|')})(?![\\w-])`, 'i'));

/**
 * Whether one claim qualifies its figure by one word of a `MEASURE_PAIRS` pair and the other by the other word only, or
 * one names a bound (`BOUND_MEASURE_WORDS`) that the other does not.
 */
function differentMeasures(a: string, b: string): boolean {
  for (const [x, y] of MEASURES) {
    const ax = x.test(a);
    const ay = y.test(a);
    const bx = x.test(b);
    const by = y.test(b);
    if ((ax && !ay && by && !bx) || (ay && !ax && bx && !by)) return true;
  }
  for (const x of BOUNDS) if (x.test(a) !== x.test(b)) return true;
  // (a rate against a total over a period named: "open 60 hours a week" against "open for 1,930 hours in the first half
  // of this year"; not against a figure whose period is left out, "save £2m a year" against "save £800,000 at most")
  const ar = RATE.test(a);
  const br = RATE.test(b);
  if ((ar && !br && PERIOD.test(b)) || (br && !ar && PERIOD.test(a))) return true;
  return false;
}
/** A figure given per unit of time: "60 hours a week", "£12 per day", "3,000 a month", "twice a year". */
const RATE = /\b(?:a|an|per|each|every)\s+(?:hour|day|week|fortnight|month|quarter|year|annum)\b/i;
/** A period a total is counted over: "in the first half of this year", "over six months", "in 2024", "last year". */
const PERIOD = /\b(?:in|during|over|across|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|whole|full|same|previous)\s+)?(?:half|quarter|year|months|weeks|\d{4})\b|\b(?:in|during|over|across|for)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)(?:months|weeks|years)\b|\b(?:this|last)\s+year\b/i;

/**
 * Added to a bound on a shared weight: the bound is summed in another order than the weight, so it
 * may come out a rounding error below it.
 */
const BOUND_SLACK = 1e-6;

/**
 * A bound on a score this far below the minimum leaves the pair (scores are rounded to hundredths,
 * which lifts a score by at most half of one): no rounding per pair.
 */
const BOUND_BELOW = 0.006;

/**
 * Whether a claim and a denial cannot link, from the weight of the indexed concepts they share (`shares`,
 * found by `candidates`) and the weight of the other concepts of either (`low`): a bound on the shared
 * weight over the target's total (`tLow`, `tTotal`: the target's bag; `cLow`: the claim's) below the minimum; `figure`,
 * the weight a figure both may share adds to both (`FIGURE_WEIGHT` when one of them has a figure, else 0).
 */
function denialOutOfReach(shares: number, tLow: number, tTotal: number, cLow: number, figure: number, minScore: number): boolean {
  return (shares + Math.min(tLow, cLow) + figure + BOUND_SLACK) / (tTotal + figure) < minScore - BOUND_BELOW;
}

/** The same for two claims of opposite polarity, whose score is the shared weight over the smaller total, plus the margin. */
function contradictionOutOfReach(shares: number, xLow: number, yLow: number, xTotal: number, yTotal: number, minScore: number): boolean {
  const most = (shares + Math.min(xLow, yLow) + BOUND_SLACK) / Math.min(xTotal, yTotal);
  return Math.min(1, most + CONTRADICTION_MARGIN) < minScore - BOUND_BELOW;
}

/** Set by `sharedWeight`: whether one of the shared concepts is not a place. */
let sharedNonPlace = false;

/** The weight of x's concepts that y has too, summed in x's order (both id lists sorted: one walk); see `sharedNonPlace`. */
function sharedWeight(x: Bag, y: Bag, table: ConceptTable): number {
  let shared = 0;
  let nonPlace = false;
  const weights = table.weights;
  const isPlace = table.isPlace;
  const xids = x.ids;
  const yids = y.ids;
  let i = 0;
  let j = 0;
  while (i < xids.length && j < yids.length) {
    const t = xids[i];
    const u = yids[j];
    if (t === u) {
      shared += weights[t];
      if (!isPlace[t]) nonPlace = true;
      i++;
      j++;
    } else if (t < u) i++;
    else j++;
  }
  sharedNonPlace = nonPlace;
  return shared;
}

/**
 * Appends a link, in document order: one found twice (a scored pair and a neighbour rule, or two neighbour rules,
 * e.g. "The report is pure speculation." both after the report and as a report's generic denial) is one link, with
 * the higher score. The same claim and counter are always next to each other in that order.
 */
function pushLink(links: Link[], link: Link): void {
  const last = links.length > 0 ? links[links.length - 1] : undefined;
  if (last === undefined || last.claim !== link.claim || last.counter !== link.counter || last.relation !== link.relation) links.push(link);
  else if (link.score > last.score) links[links.length - 1] = link;
}

/** Document order of the claims, then of the counters; ties (never seen in practice) by relation and ids, so the order never depends on history. */
function byPlace(x: Pair, y: Pair): number {
  return x.claim.pos - y.claim.pos || x.counter.pos - y.counter.pos || cmp(x.link.relation, y.link.relation) || cmp(x.link.claim, y.link.claim) || cmp(x.link.counter, y.link.counter);
}

/**
 * Sorts pairs by `byPlace`, in place. Most pairs differ in their places: they are sorted by one
 * number per pair made of both places (a native sort of numbers, no comparator calls), then the
 * runs at the same two places, if any, by `byPlace`.
 */
function sortByPlace(list: Pair[]): void {
  const n = list.length;
  if (n < 16) {
    list.sort(byPlace);
    return;
  }
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const p = list[i];
    max = Math.max(max, p.claim.pos, p.counter.pos);
    min = Math.min(min, p.claim.pos, p.counter.pos);
  }
  const span = max + 1;
  // (the key, with the index as its last digit, must be an exact non-negative integer)
  if (min < 0 || span * span * n > Number.MAX_SAFE_INTEGER) {
    list.sort(byPlace);
    return;
  }
  const keys = sortKeys;
  for (let i = 0; i < n; i++) keys[i] = (list[i].claim.pos * span + list[i].counter.pos) * n + i;
  sortNumbers(keys, n);
  const copy = list.slice();
  for (let i = 0; i < n; i++) list[i] = copy[lastDigit(keys[i], n)];
  for (let i = 0; i < n; ) {
    const p = list[i];
    let j = i + 1;
    while (j < n && list[j].claim.pos === p.claim.pos && list[j].counter.pos === p.counter.pos) j++;
    if (j - i > 1) {
      const run = list.slice(i, j).sort(byPlace);
      for (let k = i; k < j; k++) list[k] = run[k - i];
    }
    i = j;
  }
}

/** Sorts entries by place, in place and stable (as `list.sort(byPos)`), by one number per entry. */
function sortByPos(list: Entry[]): void {
  const n = list.length;
  let sorted = true;
  let max = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    const pos = list[i].pos;
    if (i > 0 && pos < list[i - 1].pos) sorted = false;
    if (pos > max) max = pos;
    if (pos < min) min = pos;
  }
  if (sorted) return;
  if (n < 16 || min < 0 || (max + 1) * n > Number.MAX_SAFE_INTEGER) {
    list.sort(byPos);
    return;
  }
  const keys = sortKeys;
  for (let i = 0; i < n; i++) keys[i] = list[i].pos * n + i;
  sortNumbers(keys, n);
  const copy = list.slice();
  for (let i = 0; i < n; i++) list[i] = copy[lastDigit(keys[i], n)];
}

/** `key % n` for a non-negative integer key below 2^53 (without the float remainder, a call into C). */
function lastDigit(key: number, n: number): number {
  const r = key - Math.floor(key / n) * n;
  return r < 0 ? r + n : r >= n ? r - n : r;
}

/**
 * Scratch of `sortByPlace` and `sortByPos`: the keys, and the buffer of their merge sort. Plain
 * arrays of numbers, on the JS heap: a typed array of this size per call was memory outside it,
 * which made V8 collect more often.
 */
const sortKeys: number[] = [];
const sortTemp: number[] = [];

/**
 * Sorts the first `n` of `a`, distinct numbers, ascending: runs of 8 by insertion, then merges of
 * runs, skipped where two runs are already in order (the lists sorted here are nearly sorted).
 */
function sortNumbers(a: number[], n: number): void {
  for (let lo = 0; lo < n; lo += 8) {
    const hi = Math.min(n, lo + 8);
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i];
      let j = i - 1;
      while (j >= lo && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }
  if (n <= 8) return;
  while (sortTemp.length < n) sortTemp.push(0.5);
  let src = a;
  let dst = sortTemp;
  for (let width = 8; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      if (mid >= hi || src[mid - 1] <= src[mid]) {
        for (let k = lo; k < hi; k++) dst[k] = src[k];
        continue;
      }
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) for (let k = 0; k < n; k++) a[k] = src[k];
}

/** Merges two lists sorted by `order` (a first on ties); `a` itself when `b` is empty. */
function mergeSorted<T>(a: T[], b: T[], order: (x: T, y: T) => number): T[] {
  if (b.length === 0) return a;
  const out: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = order(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * A list of `n` items whose first `p` and last `q` are those of `last` (the rest to be filled in):
 * `last` itself when it has `n` items.
 */
function sameEnds<T>(last: T[], n: number, p: number, q: number): T[] {
  if (last.length === n) return last;
  const out: T[] = new Array<T>(n);
  for (let i = 0; i < p; i++) out[i] = last[i];
  for (let k = 1; k <= q; k++) out[n - k] = last[last.length - k];
  return out;
}

/**
 * How many items at the start and, after those, at the end of `items` are the very objects of `last`
 * with the same tag: [prefix, suffix].
 */
function unchangedEnds<T, G>(items: readonly T[], tags: readonly G[], last: readonly T[], lastTags: readonly G[]): [number, number] {
  const max = Math.min(items.length, last.length);
  let p = 0;
  while (p < max && items[p] === last[p] && tags[p] === lastTags[p]) p++;
  let q = 0;
  const n = items.length - 1;
  const m = last.length - 1;
  while (q < max - p && items[n - q] === last[m - q] && tags[n - q] === lastTags[m - q]) q++;
  return [p, q];
}

/** A copy of `cur` kept for the next call, made from `last` (whose first `p` and last `q` items are those of `cur`) in place when the lengths agree. */
function keepEnds<T>(last: T[], cur: readonly T[], p: number, q: number): T[] {
  if (last.length !== cur.length) return cur.slice();
  for (let i = p; i < cur.length - q; i++) last[i] = cur[i];
  return last;
}

/** The first index of a list of pairs in output order whose pair is not before `p`. */
function lowerBoundPair(list: Pair[], p: Pair): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byPlace(list[mid], p) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `list` without the items at the indexes `at` (distinct, in any order), in one pass. */
function withoutAt<T>(list: T[], at: number[]): T[] {
  at.sort(ascending);
  const out: T[] = new Array<T>(list.length - at.length);
  let w = 0;
  let j = 0;
  for (let k = 0; k < list.length; k++) {
    if (j < at.length && at[j] === k) j++;
    else out[w++] = list[k];
  }
  return out;
}

/** `list` with `items[i]` put before the item at index `at[i]` (`at` non-decreasing; `list.length` for the end), in one pass. */
function withInsertedAt<T>(list: T[], items: T[], at: number[]): T[] {
  const out: T[] = new Array<T>(list.length + items.length);
  let w = 0;
  let j = 0;
  for (let k = 0; k < list.length; k++) {
    while (j < items.length && at[j] === k) out[w++] = items[j++];
    out[w++] = list[k];
  }
  while (j < items.length) out[w++] = items[j++];
  return out;
}

/** The index of an entry in a list sorted by pos, or -1. */
function indexOfAt(list: Entry[], e: Entry): number {
  for (let k = atOrAfter(list, e.pos); k < list.length && list[k].pos === e.pos; k++) if (list[k] === e) return k;
  return -1;
}

/** The same items in the same order. */
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First index of a list of slots sorted by their places (`places[slot]`) whose place is >= at. */
function slotAtOrAfter(list: readonly number[], places: Int32Array, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[list[mid]] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of a list sorted by pos whose pos is >= at (`lowerBound` by `entryPos`, without a call per step). */
function atOrAfter(list: Entry[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].pos < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const entryPos = (e: Entry): number => e.pos;

const byPos = (x: Entry, y: Entry): number => x.pos - y.pos;

/** Whether two bags share at least two indexed concepts (what makes a pair a candidate); `weights` by concept id. */
function sharesTwo(x: Bag, y: Bag, weights: readonly number[]): boolean {
  return sharesIndexed(x, y, weights, 2);
}

/** Whether bags x and y share `count` concepts or more that are rare enough to index (`MIN_INDEX_IDF`). */
function sharesIndexed(x: Bag, y: Bag, weights: readonly number[], count: number): boolean {
  let n = 0;
  const ids = x.ids;
  for (let k = 0; k < ids.length; k++) {
    if (weights[ids[k]] >= MIN_INDEX_IDF && has(y.ids, ids[k]) && ++n >= count) return true;
  }
  return false;
}

/**
 * Lists of item slots (`Entry.slot`) by concept id: a hash table with open addressing on the ids (a list once made
 * stays, empty or not, until `clear`).
 */
class ConceptIndex {
  private keys = new Int32Array(1024);
  private lists: Array<number[] | undefined> = new Array<number[] | undefined>(1024).fill(undefined);
  private mask = 1023;
  private size = 0;

  private slot(id: number): number {
    const keys = this.keys;
    const mask = this.mask;
    const key = id + 1;
    let h = Math.imul(id, 0x9e3779b1) & mask;
    for (;;) {
      const k = keys[h];
      if (k === key || k === 0) return h;
      h = (h + 1) & mask;
    }
  }

  get(id: number): number[] | undefined {
    return this.lists[this.slot(id)];
  }

  /** The list of the id, made when there is none. */
  add(id: number): number[] {
    let h = this.slot(id);
    let list = this.lists[h];
    if (list === undefined) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        h = this.slot(id);
      }
      this.keys[h] = id + 1;
      this.lists[h] = list = [];
      this.size++;
    }
    return list;
  }

  clear(): void {
    this.keys.fill(0);
    this.lists.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const keys = this.keys;
    const lists = this.lists;
    const n = keys.length * 2;
    this.keys = new Int32Array(n);
    this.lists = new Array<number[] | undefined>(n).fill(undefined);
    this.mask = n - 1;
    for (let k = 0; k < keys.length; k++) {
      if (keys[k] === 0) continue;
      const h = this.slot(keys[k] - 1);
      this.keys[h] = keys[k];
      this.lists[h] = lists[k];
    }
  }
}


// (one Linker, with its two ConceptIndexes, kept for good: the maps of their instances, and so the
// optimised code of the hot methods, survive the death of every Analyzer's Linker; see keepMaps. Its
// minimum score is a fraction, as the Analyzer's default is: made first, a whole number would give
// settings objects a map for small integers, which the first Analyzer's settings would replace, and
// scoreDenial and scoreContradiction would be thrown away again when the replaced map died)
keepMaps(new Linker({ minLinkScore: 0.5 }));

/**
 * Whether the claim holds the denial's own cue: it states the denial ("Banksy was not arrested in London", "Moscow
 * denied that ..." as the article's statement), so the denial does not answer it.
 */
function holdsCue(claim: Claim, denial: Denial): boolean {
  return claim.span.start <= denial.cue.start && denial.cue.end <= claim.span.end;
}

/** One-shot linking. */
export function linkFindings(input: LinkInput, settings: LinkSettings): Link[] {
  return new Linker(settings).link(input);
}

/** A generic target that names two statements: "both numbers", "both claims". */
const BOTH = /^both\s/i;
/** A generic target that names another statement than the article's: "a similar claim", "another rumour", "other posts". */
const OTHER_STATEMENT = /^(?:(?:a|an)\s+(?:similar|separate|different)|another|other|similar)\s/i;
/** A cue that denies two statements with no target: "Neither claim is true". */
const NEITHER = /^neither\s/i;
/** A denial's cue that rates the claim short of false: "not quite right", "not entirely accurate" (`false.not-quite-*`). */
const PARTIAL_RATING = /\bnot\s+(?:quite|entirely|strictly|wholly)\s/i;

/** Whether verdicts that name nothing and no one stand under two headings or more (`LinkInput.denialSection`). */
function verdictSections(input: LinkInput): boolean {
  const sections = input.denialSection;
  if (sections === undefined) return false;
  let first = -2;
  for (let di = 0; di < input.denials.length; di++) {
    const d = input.denials[di];
    if (!input.genericTarget[di] || d.speaker !== null || d.target !== null || sections[di] < 0) continue;
    if (first === -2) first = sections[di];
    else if (sections[di] !== first) return true;
  }
  return false;
}

/**
 * The nearest claim before claim ci that a fact check's "Claim:" label names (`LinkInput.claimChecked`), in ci's paragraph
 * or the two before, not taken from a denial, that shares an indexed concept with ci; else -1.
 */
function checkedBefore(input: LinkInput, claimEntries: readonly Entry[], ci: number, weights: readonly number[]): number {
  const a = claimEntries[ci].bag;
  if (a === null) return -1;
  for (let cj = ci - 1; cj >= 0 && input.claimBlock[ci] - input.claimBlock[cj] <= 2; cj--) {
    if (!input.claimChecked![cj] || input.claimFromDenial[cj] !== null) continue;
    const b = claimEntries[cj].bag;
    return b !== null && sharesIndexed(a, b, weights, 1) ? cj : -1;
  }
  return -1;
}

/**
 * Whether generic denial di is a verdict that names nothing and no one, under a heading (not the document's first
 * block, its title) that holds a claim of its own: '## "Two million more children are living in poverty" — Opposition
 * leader' then "**False.** ...", though no other verdict stands under another heading ("**Mostly true.**" is none).
 */
function headingClaimVerdict(input: LinkInput, di: number): boolean {
  const section = input.denialSection?.[di] ?? -1;
  const d = input.denials[di];
  if (section <= 0 || d.speaker !== null || d.target !== null) return false;
  for (let ci = firstClaimOfBlock(input, section); ci < input.claims.length && input.claimBlock[ci] === section; ci++) if (input.claimFromDenial[ci] === null) return true;
  return false;
}

/**
 * For a denial that only names the statement: the last claim before it, at most two blocks back (before claim
 * index `below`, when given: the second of "both"). `judged`: the claim an earlier generic denial of the article's
 * own answered, which a verdict with no claim of its own paragraph answers too. `section`: the heading block of a verdict
 * that is one of several under headings (`verdictSections`), or -1.
 */
function nearestClaimBefore(input: LinkInput, d: Denial, block: number, below = Infinity, sameBlock = false, judged = -1, section = -1, story = 0): number {
  const claims = input.claims;
  const lo = Math.min(lowerBound(claims, d.cue.start + 2, claimEnd), below);
  // (the first claim of the denial's story: none of an earlier wire item is answered)
  let min = 0;
  while (min < lo && input.claimBlock[min] < story) min++;
  // ("The findings contradict claims made by campaign group Stop 5G UK, which says that X": what a relative clause right
  // after the statement's noun reports)
  if (d.target !== null && BARE_CLAIMS.test(d.target.text)) {
    for (let ci = lo; ci < claims.length && input.claimBlock[ci] === block && claims[ci].span.start - d.target.end <= RELATIVE_CLAIM_REACH; ci++) {
      if (claims[ci].span.start > d.target.end && claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null && RELATIVE_SOURCE.test(sourceOfClaim(input, ci))) return ci;
    }
  }
  // "called the union's account a fabrication": the nearest claim of the one named, within a few paragraphs
  const owner = denialOwner(d);
  if (owner !== null) {
    // (the accused's claim anywhere before in the story, "accused the minister of misleading the public" at an article's
    // end; none when the accused made none)
    const accused = FALSEHOOD_ACT_CUES.has(d.cue.text.toLowerCase());
    const reach = sameBlock ? 0 : accused ? Infinity : OWNER_REACH;
    // (the nearest claim of the owner's, within reach, that passes `test`)
    const ownerClaim = (test: (ci: number) => boolean): number => {
      for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= reach; ci--) if (ownersClaim(input, ci, d, owner) && test(ci)) return ci;
      return -1;
    };
    // (a forecast named: the owner's claim of what will be, "food inflation could reach 6%", before its nearer blame)
    const forecast = d.target !== null && FORECAST_NOUN.test(d.target.text) ? ownerClaim((ci) => FUTURE_WORDS.test(claims[ci].span.text)) : -1;
    if (forecast >= 0) return forecast;
    // (a claim named: the owner's claim reported as one, "she claimed that X", before their later words)
    const claimed = d.target !== null && CLAIM_NOUN.test(d.target.text) ? ownerClaim((ci) => CLAIMED_CUE.test(cueOfClaim(input, ci))) : -1;
    if (claimed >= 0) return claimed;
    // (the accused's own words before what a spokesperson said for them: "accused the mayor of \"playing fast and loose
    // with the facts\"" answers the mayor's claim, not his spokesman's explanation of it)
    const own = accused ? ownerClaim((ci) => !SPOKESPERSON_SOURCE.test(sourceOfClaim(input, ci))) : -1;
    if (own >= 0) return own;
    // (figures named: the owner's claim with a number, "the regular army had 72,500 trained troops", before their later
    // words, "recruitment had \"failed for a decade\"", when "the committee's figures were \"out of date\"")
    const counted = d.target !== null && namesFigure(d.target.text) ? ownerClaim((ci) => HOLDS_NUMBER.test(claims[ci].span.text)) : -1;
    if (counted >= 0) return counted;
    // (first a claimant the owner heads, "Police", or one named with a role in it, "union official Gemma Rourke", before
    // one it only qualifies, "police watchdog")
    const headed = ownerClaim((ci) => lastWordOf(claims[ci].claimant!) === owner || input.roleNamed?.(claims[ci].claimant!, owner) === true);
    if (headed >= 0) return headed;
    const any = ownerClaim(() => true);
    // (none when the accused made none, nor when the leaflet or the advert named published none the article reports, nor
    // the press, "newspapers had exaggerated the results", when no claim of theirs is reported)
    if (any >= 0 || accused || PUBLISHING_MEDIA.has(owner) || NEWS_OUTLET_NOUNS.has(owner)) return any;
    // (else the owner's claim another denial named: "Mayor's crime figures challenged" over "The mayor's claim that X is
    // not supported by police data")
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= reach; ci--) if (ownersClaim(input, ci, d, owner, true)) return ci;
    // (none either when the owner speaks in the story with no claim of theirs listed: "dismissed the regulator's findings"
    // after "Ofgem, the energy regulator, said X" is not anyone else's claim)
    if (ownerSpeaks(input, owner, d)) return -1;
  }
  // ("I got my figures wrong", "We got it wrong": a speaker's own words taken back, their nearest claim in a paragraph
  // before, one with a number for figures named; not what they say in the same breath, "X said the company accepted the
  // ruling. \"We got this wrong,\" she said")
  if (d.speaker !== null && d.target !== null && SELF_CORRECTION_CUE.test(d.cue.text) && OWN_TARGET.test(d.target.text)) {
    const number = namesFigure(d.target.text);
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= OWNER_REACH; ci--) {
      if (input.claimBlock[ci] < block && claims[ci].claimant === d.speaker && input.claimFromDenial[ci] === null && (!number || HOLDS_NUMBER.test(claims[ci].span.text))) return ci;
    }
  }
  // ("her figure was \"simply not true\"", "his claim": the nearest person before, not the denier, whom the pronoun
  // stands for (`pronounStandsFor`), in the denial's paragraph or the one before; that person's nearest claim with a
  // number for a figure named, else their nearest)
  // (or the accused of a falsehood, "accused him of making up numbers")
  const pronoun = d.target !== null ? (POSSESSIVE_PERSON.exec(d.target.text)?.[1] ?? (FALSEHOOD_ACT_CUES.has(d.cue.text.toLowerCase()) ? ACCUSED_PRONOUN.exec(d.target.text)?.[1] : undefined))?.toLowerCase() : undefined;
  if (pronoun !== undefined) {
    const g = pronoun === 'her' ? 'she' : 'he';
    let who: string | null = null;
    const told = new Map<string, 'he' | 'she' | undefined>();
    // (the accused of a falsehood further back, as an owner named is: `OWNER_REACH`)
    const whoReach = sameBlock ? 0 : ACCUSED_PRONOUN.test(d.target!.text) ? OWNER_REACH : 1;
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= whoReach && who === null; ci--) {
      const c = claims[ci].claimant;
      if (c === null || c === d.speaker || input.claimFromDenial[ci] !== null) continue;
      if (!told.has(c)) told.set(c, pronounStandsFor(input, c));
      if (told.get(c) === g) who = c;
    }
    if (who !== null) {
      const number = namesFigure(d.target!.text);
      let any = -1;
      for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : OWNER_REACH); ci--) {
        if (claims[ci].claimant !== who || input.claimFromDenial[ci] !== null) continue;
        if (!number || HOLDS_NUMBER.test(claims[ci].span.text)) return ci;
        if (any < 0) any = ci;
      }
      return any;
    }
  }
  // (a denial that names nothing and no one, a fact check's "Verdict: False", answers the article's own claim too;
  // after the claim it checks in its own block, that claim: the block's first, '"The dam was opened on purpose." The
  // water authority said no gates were opened. Verdict: False.')
  const anyClaimant = d.speaker === null && d.target === null;
  if (anyClaimant) {
    let first = -1;
    for (let ci = lo - 1; ci >= min && input.claimBlock[ci] === block; ci--) if (input.claimFromDenial[ci] === null) first = ci;
    if (first >= 0) return first;
    // (one verdict of several, each under its heading: the heading's claim, "## \"Crime has fallen every year\"", or the
    // first claim someone makes under it)
    if (section >= 0) {
      for (let ci = min; ci < lo; ci++) {
        if (input.claimBlock[ci] >= section && (claims[ci].claimant !== null || input.claimBlock[ci] === section) && input.claimFromDenial[ci] === null) return ci;
      }
    }
    // (a fact check's list of "Claim:" and "Fact:" paragraphs: the nearest claim a "Claim:" label names; or a "Myth 1:"
    // label, which denies it too)
    if (input.claimChecked) for (let ci = lo - 1; ci >= min; ci--) if (input.claimChecked[ci]) return ci;
    // (the claim the article already called false in so many words, "The claim is false.", before the verdict)
    if (judged >= min && judged < lo) return judged;
    // (a verdict after the article's explanation, "**Verdict: Misleading.** ...": the claim it checks, which a fact check
    // gives first, someone's and worded as a claim, "X claimed on Tuesday that ...", not the nearest explanation)
    // (or the article's first claim when someone's: "Mayor Dana Whitfield told supporters she had won by a landslide"
    // before the official results that refute it)
    if (lo > min && claims[min].claimant !== null && input.claimFromDenial[min] === null && input.claimBlock[min] - story <= FIRST_CLAIM_BLOCK) return min;
    for (let ci = min; ci < lo; ci++) if (claims[ci].claimant !== null && input.claimFromDenial[ci] === null && claims[ci].checkworthiness >= CHECKED_CLAIM_MIN) return ci;
  }
  // ("The claim is misleading." after a fact check's "Claim 1:" line: the claim the label names, not the article's
  // explanation between them; the article's own verdict, within two blocks)
  // (but not past a claim just reported as one in the denial's paragraph: 'A post claims that "X". The claim is false.')
  const claimedJustBefore = lo > min && input.claimBlock[lo - 1] === block && CLAIMED_CUE.test(cueOfClaim(input, lo - 1));
  if (d.target !== null && d.speaker === null && NAMES_CLAIM.test(d.target.text) && input.claimChecked && !claimedJustBefore) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= CHECKED_REACH; ci--) if (input.claimChecked[ci] && input.claimFromDenial[ci] === null) return ci;
  }
  // ("The mayor's office said the claim was simply wrong": the nearest claim reported as one, "Briggs claimed that fares
  // had doubled", past the claimant's later statements, within a few paragraphs)
  // (not "That claim was rejected", which points at the claim just made)
  // (or what a post says: 'A viral post on X says that "2,000 nurses quit". ... The claim is false.')
  // ("Some doctors have questioned the warning": likewise the nearest claim reported as a warning or a forecast, "warned
  // that this winter could bring the worst flu season", past the later statements that back it)
  // ("The club's president played down the story": the nearest claim a newspaper or a broadcaster reported, "El Diario
  // reported that X", past the statements of the player's side after it; or that rumours or reports put, no one's,
  // "rumors that News Corporation was interested")
  const reportedAs = d.target === null ? null : THE_CLAIM.test(d.target.text) ? claimedOrPosted : THE_FORECAST.test(d.target.text) ? forecastReported : THE_STORY.test(d.target.text) ? storyReported : null;
  if (reportedAs !== null) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : CLAIMED_REACH); ci--) {
      if ((claims[ci].claimant !== null || reportedAs === storyReported) && claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null && reportedAs(input, ci)) return ci;
    }
    // (the article's own "So the claim is wrong." with none reported as a claim: the claim its fact check is about, the
    // story's first and someone's, "Cllr Mark Ellison told a public meeting that X", as a verdict judges; and so does
    // another's "the claim", "The Nuffield Trust said the claim was plainly untrue")
    // (past a heading's claim that a denial holds: "Mayor's claim that crime has halved is misleading" over "Julia Brandt
    // said that violent crime in the city had halved", which Raj Mehta's "the claim was \"a deliberate attempt to mislead
    // voters\"" judges)
    const first = reportedAs === claimedOrPosted && !sameBlock ? firstOwnClaim(input, min, lo) : -1;
    if (first >= 0 && claims[first].claimant !== null && claims[first].claimant !== d.speaker && input.claimBlock[first] - story <= FIRST_CLAIM_BLOCK) return first;
  }
  // ("Hume has denied any wrongdoing": the nearest claim that charges or accuses someone, "prosecutors alleged that he
  // had transferred donations ...", within a few paragraphs; none when there is none: the wrongdoing is no claim's)
  // (and an offence a defendant denies, "Both businessmen deny conspiracy to commit bribery": a charge against them, or none)
  // (or that names none, "Medilink said it had done nothing wrong": not the inquiry's nearest statement)
  if (d.speaker !== null && (d.target !== null ? NAMES_WRONGDOING.test(d.target.text) || NAMES_OFFENCE.test(d.target.text) : NOTHING_WRONG.test(d.cue.text))) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : OWNER_REACH); ci--) if (chargingClaim(input, ci, d)) return ci;
    return sameBlock ? -1 : chargeAfter(input, d, lo, block);
  }
  // ("denied the charge": the nearest claim that charges or accuses someone, when there is one)
  // (or whose report's cue does: "accused the council of \"cherry-picking\" data")
  if (d.target !== null && NAMES_CHARGE.test(d.target.text)) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : 2); ci--) if (chargingClaim(input, ci, d)) return ci;
    const after = sameBlock ? -1 : chargeAfter(input, d, lo, block);
    if (after >= 0) return after;
    // (else, when the nearest claim is someone's statement in the denial's own paragraph, the allegation a denial
    // before already named, "has denied claims that it secretly reduced portions": "FreshPlate said portions met
    // national standards. \"These allegations are completely without foundation,\" a spokesperson said" answers
    // the allegation, not the firm's own statement)
    if (lo > min && input.claimBlock[lo - 1] === block && claims[lo - 1].claimant !== null) {
      for (let ci = lo - 2; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : 2); ci--) {
        if (input.claimFromDenial[ci] !== null) return ci;
      }
    }
  }
  // ("dismissed the complaint as a partisan stunt": the nearest claim of a report whose source is such a document,
  // "according to a complaint filed with the FEC", within a few paragraphs)
  const document = d.target !== null ? NAMES_DOCUMENT.exec(d.target.text) : null;
  if (document !== null) {
    // ("The posts are misleading" after "One post ... claimed that X": either number)
    const noun = document[1].toLowerCase();
    const other = noun.endsWith('s') ? noun.slice(0, -1) : `${noun}s`;
    // ("The footage circulating online has been edited" after "Videos posted online appear to show X": a visual
    // medium's noun names any such medium's report)
    const names = (source: string): boolean => namesOwner(source, noun) || namesOwner(source, other) || (VISUAL_NOUNS.has(noun) && namesVisual(source));
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : 3); ci--) {
      if (claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null && names(sourceOfClaim(input, ci))) return ci;
    }
    // (or the nearest claim that opens with it, no one's report, or that it shows, further back, as a verdict under its own
    // heading is: "The screenshot is fabricated" after "A screenshot shared on Facebook appears to show a post by
    // Councillor Amy Green saying X")
    const opening = new RegExp(String.raw`^(?:an?|the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}(?:${noun}|${other})\b`, 'i');
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : OPENING_DOCUMENT_REACH); ci--) {
      if (input.claimFromDenial[ci] !== null) continue;
      if (claims[ci].claimant === null ? opening.test(claims[ci].span.text) : claims[ci].claimant !== d.speaker && VISUAL_NOUNS.has(noun) && (namesOwner(sourceOfClaim(input, ci), noun) || namesOwner(sourceOfClaim(input, ci), other))) return ci;
    }
  }
  // ("dismissed the findings as scaremongering": the nearest claim that a study, a poll or a report makes)
  // (or that opens with a study's noun, "The survey of 2,200 adults put Labour on 38%", "a survey that found X")
  if (d.target !== null && NAMES_FINDINGS.test(d.target.text)) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : 3); ci--) {
      const who = claims[ci].claimant;
      if (who !== d.speaker && input.claimFromDenial[ci] === null && ((who !== null && FINDINGS_CLAIMANT.test(who)) || FINDINGS_OPENING.test(claims[ci].span.text))) return ci;
    }
  }
  // ("the figure is far lower": the nearest claim with a number)
  const figure = d.target !== null && namesFigure(d.target.text);
  // ("The £240 figure is simply not true": the nearest claim someone else made that gives that figure)
  const given = figure ? givenFigure(d.target!.text) : null;
  if (given !== null) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= GIVEN_FIGURE_REACH; ci--) {
      // (the article's own denial answers a claim no one is named for too: "A claim that \"90% of ...\" has been shared")
      if ((claims[ci].claimant !== d.speaker || d.speaker === null) && input.claimFromDenial[ci] === null && given.test(claims[ci].span.text)) return ci;
    }
  }
  // ("The figure being circulated is simply wrong": a figure already disputed in so many words, "denied claims by
  // campaigners that X", is the one it means, before the denier's own figures)
  if (figure && d.speaker !== null) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : 2); ci--) {
      // (a figure in digits: not "blamed a shortage for hundreds of cancelled flights", a cause disputed)
      if (input.claimFromDenial[ci] !== null && claims[ci].claimant !== d.speaker && HOLDS_DIGITS.test(claims[ci].span.text)) return ci;
    }
  }
  // ("Peskov said the Ukrainian figures were \"not credible\"": the nearest figure of a claimant of the place the target
  // names its owner by, "Ukraine's air force said it had destroyed 40 of the 52 drones", a few paragraphs back)
  const place = figure && d.speaker !== null ? ownerPlaceIn(d.target!.text) : null;
  if (place !== null) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= OWNER_REACH; ci--) {
      if (claims[ci].claimant !== null && claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null && HOLDS_NUMBER.test(claims[ci].span.text) && claimOfPlace(input, ci, place)) return ci;
    }
  }
  // ("Ms Marsh dismissed that explanation": an explanation named answers only a claim that gives a cause, in its words or
  // its report's cue, "blamed farm run-off for the spills", within two paragraphs; none when the explanation was no
  // claim, "pointing instead to farm run-off", rather than the nearest statement, "bathing water had failed safety tests")
  if (d.target !== null && EXPLANATION_TARGET.test(d.target.text)) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= (sameBlock ? 0 : 2); ci--) {
      if (claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null && (CAUSE_GIVEN.test(claims[ci].span.text) || CAUSE_GIVEN.test(cueOfClaim(input, ci)))) return ci;
    }
    return -1;
  }
  // ("rejected reports that she had missed two tests. \"That is completely false,\" Roche said": a pointer right after a
  // denial answers what that denial named, in its paragraph or the one before)
  // (in the denial's paragraph, or the same denier's or the article's: "Lena Fischer ... disputed that" in a paragraph
  // after Siddiqui's "no evidence that it was accessed" disputes Siddiqui, not what he denied)
  if (d.target !== null && POINTER_TARGET.test(d.target.text) && lo > min && block - input.claimBlock[lo - 1] <= 1 && input.claimFromDenial[lo - 1] !== null && claims[lo - 1].claimant !== d.speaker &&
    (input.claimBlock[lo - 1] === block || sameDenier(input.denials, input.claimFromDenial[lo - 1]!, d))) return lo - 1;
  // (an interview's "No." answers the claim its question put, in the block right before, or none: "Q: Is he
  // conservative? A: No." puts no claim)
  // (or, when the question puts none of its own, the one before it: "The Gazette reported that X. **Did the cabinet
  // approve X?** No.")
  // (and so does a first person's answer that denies the act asked about: "We did not hide anything.")
  if (d.target === null && (ANSWER_NOES.has(d.cue.text.toLowerCase()) || DENIED_ACT_ANSWER.test(d.cue.text))) {
    const ci = lo - 1;
    // (claims are in document order: the nearest before is the question's, or, the question holding none, one before it)
    return ci < min || input.claimBlock[ci] < block - 2 || claims[ci].claimant === d.speaker || input.claimFromDenial[ci] !== null ? -1 : ci;
  }
  // ("## \"Pay has risen by 15%\"" then "This is misleading.": the article's own pointer judges the claim a heading or a
  // label puts up for checking, in the block before)
  if (d.speaker === null && d.target !== null && POINTER_TARGET.test(d.target.text) && input.claimChecked && lo > min && block - input.claimBlock[lo - 1] <= 1 && input.claimChecked[lo - 1] && input.claimFromDenial[lo - 1] === null) return lo - 1;
  // (doubt answers what was just said, in its paragraph or the one before: "Residents are not so sure.")
  const reach = sameBlock ? 0 : DOUBT_CUE.test(d.cue.text) ? 1 : 2;
  // (not a claim of the denier's own side, whose name holds the denier's head noun: "Union figures put the number at
  // 3,200" is not what "disputed by the GMB union" answers)
  const side = d.speaker !== null ? headWord(d.speaker) : null;
  // (a speaker's denial of "the claims" or "the allegations" answers someone's, before the article's own statements:
  // "SkyLark said the claims were without foundation" is not about "None of the passengers was hurt")
  // (or "no such thing": "The study itself found no such thing" answers the headlines' claim, not "The claim comes from a
  // press release")
  const alleged = d.speaker !== null && ((d.target !== null && ALLEGED_TARGET.test(d.target.text)) || (d.target === null && NO_SUCH_THING.test(d.cue.text)));
  // (first what the same speaker denied before in so many words: "The airport has rejected claims from passengers that X.
  // ... The airport said the suggestion was completely untrue")
  if (alleged) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= OWNER_REACH; ci--) {
      const from = input.claimFromDenial[ci];
      if (from !== null && claims[ci].claimant !== d.speaker && denialById(input.denials, from)?.speaker === d.speaker) return ci;
    }
  }
  // ("The Met said no such technology had been deployed. \"Any suggestion otherwise is simply untrue,\" a spokesperson
  // said": what is said otherwise is another's, before the denier's paragraph)
  const contrary = d.target !== null && CONTRARY_TARGET.test(d.target.text);
  // ("They are wrong", "Jones said Smith was wrong": someone's words, not the article's own)
  const someone = d.target !== null && WRONG_CUE.test(d.cue.text) && PERSON_JUDGED.test(d.target.text);
  // (nor the claims of the body a possessive in the denier's source points back to, the one that spoke just before in its
  // paragraph: "The Royal College of Nursing said X. Its general secretary, Pat Cullen, said the claim was misleading")
  const ownBody = d.source !== null && OWN_BODY_SOURCE.test(d.source.text) && lo - 1 >= min && input.claimBlock[lo - 1] === block ? claims[lo - 1].claimant : null;
  for (let pass = alleged ? 0 : 1; pass < 2; pass++) {
    for (let ci = lo - 1; ci >= min && block - input.claimBlock[ci] <= reach; ci--) {
      if (figure && !HOLDS_NUMBER.test(claims[ci].span.text)) continue;
      if (contrary && input.claimBlock[ci] === block) continue;
      if (side !== null && claims[ci].claimant !== null && onSide(claims[ci].claimant!, side)) continue;
      if (ownBody !== null && claims[ci].claimant === ownBody) continue;
      if ((pass === 0 || someone) && claims[ci].claimant === null) continue;
      // ("A Downing Street spokesperson said the prime minister had been referring to the programme as a whole. ... The
      // Nuffield Trust said the claim was plainly untrue": what someone meant is no claim a denial answers)
      if (CLARIFICATION.test(claims[ci].span.text)) continue;
      if ((anyClaimant || claims[ci].claimant !== d.speaker) && input.claimFromDenial[ci] === null) return ci;
    }
  }
  return -1;
}

/** A claim of what someone meant: "she had been referring to knife crime", "he was referring to burglaries". */
const CLARIFICATION = /^(?:\S+\s+){1,6}?(?:had\s+been|has\s+been|have\s+been|was|were|is|are|may\s+have\s+been|might\s+have\s+been)\s+referring\s+to\b/i;

/** A target that names an explanation by a determiner: "that explanation", "their excuse" (a name's possessive, "the company's excuse", names its owner: `denialOwner`). */
const EXPLANATION_TARGET = /^(?:that|this|the|their|its|his|her)\s+(?:explanation|excuse|justification)$/i;
/** Words of a claim that gives a cause: "blamed farm run-off", "because of the heat", "was caused by", "due to". */
const CAUSE_GIVEN = /\b(?:because|blame[ds]?|blaming|caused?|causing|due to|result of|responsible|led to)\b/i;

/** The country a capitalised word of a target names ("the Ukrainian figures": UKR; "Russia's figure"), or null. */
function ownerPlaceIn(target: string): string | null {
  for (const w of target.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const p = placeOf(w.toLowerCase().replace(/['’]s$/, ''));
    if (p !== undefined) return p;
  }
  return null;
}

/** Whether claim ci's claimant or its report's source names country `place` by a capitalised word ("Ukraine's air force"). */
function claimOfPlace(input: LinkInput, ci: number, place: string): boolean {
  return ownerPlaceIn(input.claims[ci].claimant ?? '') === place || ownerPlaceIn(sourceOfClaim(input, ci)) === place;
}

/**
 * Whether the denial with id `id` is no one's, or the speaker's of denial `d`, or of the body `d`'s source speaks for
 * ("Kremlin spokesman Dmitry Peskov" after "The Kremlin dismissed ...").
 */
function sameDenier(denials: readonly Denial[], id: string, d: Denial): boolean {
  const x = denialById(denials, id);
  return x === undefined || x.speaker === null || x.speaker === d.speaker || (d.source !== null && x.speaker.length > 3 && d.source.text.includes(x.speaker));
}
/**
 * The denial of a list with id `id`, by a map of the list's denials' places by id, made once per list (a long document has
 * thousands) and made again when the place it gives holds another denial: the analyzer updates its list in place after
 * an edit.
 */
function denialById(denials: readonly Denial[], id: string): Denial | undefined {
  let at = denialsById.get(denials);
  let k = at?.get(id);
  if (at === undefined || k === undefined || denials[k]?.id !== id) {
    at = new Map();
    for (let i = 0; i < denials.length; i++) at.set(denials[i].id, i);
    denialsById.set(denials, at);
    k = at.get(id);
  }
  return k === undefined ? undefined : denials[k];
}
const denialsById = new WeakMap<readonly Denial[], Map<string, number>>();


/** A denial's target that only points back: "That", "This", "These reports", "those claims", "it", "such plans", "them". */
const POINTER_TARGET = /^(?:them|(?:that|this|these|those|it|such)(?:\s+(?:reports?|claims?|allegations?|accounts?|stor(?:y|ies)|suggestions?|rumou?rs?|plans?|ideas?))?)$/i;

/** A name's last word, in lower case ("police watchdog" -> "watchdog"). */
export function lastWordOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** The last word of a speaker's name, lower case, when it names a body by its common noun ("GMB union": "union"); else null. */
function headWord(speaker: string): string | null {
  const w = lastWordOf(speaker);
  return w.length > 3 && /^[a-z]+$/.test(w) && SIDE_NOUNS.has(w) ? w : null;
}
/**
 * Whether a body's name holds the plural possessive of the people another speaker names: "The Farmers' Union" of "Dairy
 * farmers".
 */
function peoplesBody(body: string, people: string): boolean {
  const w = lastWordOf(people).toLowerCase();
  if (w.length <= 3 || !w.endsWith('s')) return false;
  for (const x of wordsOf(body)) if (x === `${w}'` || x === `${w}’`) return true;
  return false;
}
/** Whether a claimant's name holds a side's noun, or its possessive: "Union figures", "the company's barrister". */
function onSide(claimant: string, side: string): boolean {
  for (const w of wordsOf(claimant)) if (w === side || w === `${side}'s` || w === `${side}’s`) return true;
  return false;
}
/**
 * Nouns of a body that has a side: its members' figures and statements are its own ("Union figures", "the union"); and a
 * trial's or a study's own findings ("Vitamin D does not prevent Covid, trial finds" is no claim its "contradicting claims"
 * answers).
 */
const SIDE_NOUNS: ReadonlySet<string> = new Set(['union', 'unions', 'campaign', 'campaigners', 'council', 'ministry', 'government', 'company', 'firm', 'party', 'club', 'board', 'department', 'police', 'army', 'military', 'church', 'school', 'university', 'hospital', 'trial', 'study']);

/** A source that opens with a possessive pointing back to a body: "Its general secretary, Pat Cullen", "Their lawyer". */
const OWN_BODY_SOURCE = /^(?:its|their)\s/i;

/** Whether bag x negates a concept that bag y has. */
function negatesAny(x: Bag, y: Bag): boolean {
  for (const id of x.negatedIds) if (has(y.ids, id)) return true;
  return false;
}

/** A headline's answering "No" (`deny.headline`: "No, vaccines do not contain microchips"). */
const ANSWERING_NO = /^no$/i;

/** A denial's cue of doubt (`deny.doubt`): "are not so sure", "remain unconvinced", "were sceptical". */
const DOUBT_CUE = /\b(?:sure|convinced|persuaded|unconvinced|sceptical|skeptical)$/i;

/** How many paragraphs after a heading its generic denial looks for the claim it answers. */
const HEADING_REACH = 2;

/**
 * The first claim after denial d (in block `block`) within `HEADING_REACH` paragraphs that someone else makes, or -1;
 * when the denial names an owner none of those claims is of, the owner's nearest claim before it within `OWNER_REACH`
 * paragraphs and its story (from block `story`).
 */
function firstClaimAfter(input: LinkInput, d: Denial, block: number, story: number): number {
  const claims = input.claims;
  const from = lowerBound(claims, d.cue.end, claimStart);
  // (the first claim within reach that passes `test`)
  const firstWhere = (test: (ci: number) => boolean): number => {
    for (let ci = from; ci < claims.length && input.claimBlock[ci] - block <= HEADING_REACH; ci++) if (test(ci)) return ci;
    return -1;
  };
  // (someone else's, and no denial's target)
  const others = (ci: number): boolean => claims[ci].claimant !== null && claims[ci].claimant !== d.speaker && input.claimFromDenial[ci] === null;
  // (the claim of the owner the denial names, when it names one: "families dispute council account of flood warnings")
  const owner = denialOwner(d);
  if (owner !== null) {
    const owned = firstWhere((ci) => ownersClaim(input, ci, d, owner));
    if (owned >= 0) return owned;
    // ("## Treasury rejects IFS figures" under the IFS's claim: the owner's claim before, not the Treasury's after)
    for (let ci = from - 1; ci >= 0 && input.claimBlock[ci] >= story && block - input.claimBlock[ci] <= OWNER_REACH; ci--) if (ownersClaim(input, ci, d, owner)) return ci;
    // ("Mayor's crime figures challenged" over "The mayor's claim that X is not supported by police data": the owner's
    // claim a denial after names)
    const alleged = firstWhere((ci) => ownersClaim(input, ci, d, owner, true));
    if (alleged >= 0) return alleged;
  }
  // (a heading's denial of claims, "County clerk rejects fraud claims", first answers a claim the story says was claimed:
  // "Pruitt claimed without evidence that voting machines had flipped votes", not the recount's result before it)
  const claimed = d.target !== null && CLAIMS_NOUN.test(d.target.text) ? firstWhere((ci) => others(ci) && CLAIMED_CUE.test(cueOfClaim(input, ci))) : -1;
  if (claimed >= 0) return claimed;
  // (a denial the story makes again, by the same speaker and with its proposition: "Cyclist Jonas Berg denies doping" over
  // "Jonas Berg has denied taking banned substances" answers what that denial names, not the testers' later finding)
  const again = d.speaker === null ? -1 : firstWhere((ci) => input.claimFromDenial[ci] !== null && denialById(input.denials, input.claimFromDenial[ci]!)?.speaker === d.speaker);
  if (again >= 0) return again;
  // (and by a speaker the heading names by one word the story does not repeat: "Cyclist denies doping" over "The Tour
  // winner Marco Bellini has denied taking banned substances, insisting X" answers the lead's denial with its verb, not
  // the cyclist's own defence)
  if (d.speaker !== null && !d.speaker.includes(' ')) {
    const verbs = cueStems(d.cue.text);
    const restated = firstWhere((ci) => {
      if (input.claimBlock[ci] !== block + 1 || input.claimFromDenial[ci] === null) return false;
      const lead = denialById(input.denials, input.claimFromDenial[ci]!);
      return lead !== undefined && lead.speaker !== null && cueStems(lead.cue.text).some((s) => verbs.includes(s));
    });
    if (restated >= 0) return restated;
  }
  return firstWhere(others);
}

const claimStart = (c: Claim): number => c.span.start;
const claimEnd = (c: Claim): number => c.span.end;

/** How many paragraphs back a denial of a figure it gives ("The £240 figure") looks for the claim that gave it. */
const GIVEN_FIGURE_REACH = 10;
/** How many paragraphs back a restated figure that names what it counts ("the death toll") looks for the claim counting it. */
const KIND_FIGURE_REACH = 6;

/** A pattern for the number a generic target gives with its figure's noun ("The £240 figure": 240, not 2,400), or null. */
function givenFigure(target: string): RegExp | null {
  const m = /\d(?:[\d,.]*\d)?/.exec(target);
  if (m !== null) return new RegExp(`(?<![\\d,.])${m[0].replace(/[.]/g, '\\.')}(?![\\d]|[,.]\\d)`);
  // ("the nine-year figure": a number word and its unit, "nine years" or "nine-year" in the claim)
  const w = NUMBER_WORD_UNIT.exec(target);
  return w === null ? null : new RegExp(`\\b${w[1]}[\\s-]+${w[2]}`, 'i');
}
/** A number word joined to its unit: "nine-year", "three-fold" (group 1 the number, 2 the unit). */
const NUMBER_WORD_UNIT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred)-([a-z]+)\b/i;

/** Whether a generic target names a figure (`FIGURE_NOUNS`: "the figure", "the real death toll"). */
function namesFigure(target: string): boolean {
  for (const w of target.toLowerCase().split(/\s+/)) if (FIGURE_NOUNS.has(w)) return true;
  return false;
}

/**
 * Whether a claim restates a figure without naming what it counts: a figure's noun with only `FIGURE_SUBJECT_WORDS`
 * before it, then a verb of `FIGURE_RESTATEMENT_VERBS`, and a number ("the number was closer to 200", "the real death
 * toll is 1,200"; not "the number of deaths rose to 40", which names it): 'figure'; or what "put ... at" gives a figure
 * for ("the crowd at about 6,000", "the journey at 50 minutes"), which names what it measures: 'put'; else null.
 */
function figureRestatement(text: string): 'figure' | 'put' | null {
  // (word by word, without splitting: every new claim is read once; most fail at their first or second word)
  // (after a short opening adverbial: "Even so, the combined total comes to 1.8 billion")
  const comma = text.indexOf(', ');
  const opening = comma > 0 && comma < 16 ? text.slice(0, comma) : null;
  let at = opening !== null && opening.split(' ').length <= 3 && !HOLDS_NUMBER.test(opening) ? comma + 2 : 0;
  for (let k = 0; k < 6; k++) {
    const sp = text.indexOf(' ', at);
    if (sp < 0) return null;
    const w = text.slice(at, sp).toLowerCase();
    at = sp + 1;
    if (FIGURE_SUBJECT_WORDS.has(w)) continue;
    if (k === 0) return null;
    const next = text.indexOf(' ', at);
    const verb = text.slice(at, next < 0 ? text.length : next).toLowerCase();
    if (!HOLDS_NUMBER.test(text)) return null;
    // ("the number of active customers at fewer than 6,000": what "put ... at" gives the number of, `countedNoun`)
    // ("the total came to 1.8 billion"; not "the figure came from a 2022 report", which says where it came from)
    if ((verb === 'came' || verb === 'comes') && !text.startsWith('to ', next + 1)) return null;
    if (FIGURE_NOUNS.has(w)) return FIGURE_RESTATEMENT_VERBS.has(verb) ? 'figure' : verb === 'of' && countedNoun(text) !== null ? 'put' : null;
    if (!PUT_FIGURE_NOUNS.has(w)) return null;
    if (verb === 'at') return 'put';
    // (or what a measure's change came to: "the daily cost had fallen to £5.6 million", "the average wait rose to 14 weeks")
    const rest = text.slice(next < 0 ? text.length : next + 1);
    return CHANGED_TO.test(`${verb} ${rest}`) ? 'put' : null;
  }
  return null;
}
/** A change of a measure and "to", before a figure: "had fallen to £5.6 million", "rose to 14", "has climbed to". */
const CHANGED_TO = /^(?:(?:had|has|have)\s+)?(?:fallen|fell|dropped|risen|rose|climbed|increased|decreased|grown|grew|shrunk|shrank)\s+to\s+[£$€]?\d/i;

/**
 * A count that limits, with no noun of its own, as its subject: "only 120 were completed", "just 40 had been repaired",
 * "fewer than 90 have opened" (what it counts the claim before it named).
 */
const LIMITED_COUNT = /^(?:only|just|fewer\s+than|as\s+few\s+as|no\s+more\s+than|barely)\s+\d[\d,.]*\s+(?:were|was|had|have|has|are|is|will|would)\b/i;

/** A target that opens with a personal pronoun, its subject: "she had been warned", "he lied". */
const PRONOUN_SUBJECT = /^(?:he|she|they|it|i|we)\s/i;
/** A target whose subject points back by "such": "any such instruction had been given", "such a deal". */
const SUCH_SUBJECT = /^(?:any\s+|no\s+)?such\s+(?:an?\s+)?([a-z]+)/i;

/** The number of the concept of the noun a "such" target's subject names (`SUCH_SUBJECT`), when the target's bag holds it; else -1. */
function suchConcept(target: string, tb: Bag, table: ConceptTable): number {
  const m = SUCH_SUBJECT.exec(target);
  const id = m !== null ? wordConcept(m[1], table) : -1;
  return id >= 0 && has(tb.ids, id) ? id : -1;
}
/** The number of the concept one word reads as ("instruction": the group of instructing), or -1 when it reads as none. */
function wordConcept(word: string, table: ConceptTable): number {
  const reading = readingOf(word);
  return (reading[0] as number) === 0 ? -1 : table.intern(reading[READING_CONCEPTS] as Concept);
}
/** How many paragraphs back a one-concept target after a pronoun looks for the claim it answers. */
const PRONOUN_TARGET_REACH = 3;

/** A denial's cue that owns its speaker's own mistake: "got my figures wrong", "got it wrong". */
const SELF_CORRECTION_CUE = /^(?:got|get|gets)\b.*\bwrong$/i;
/** A target that is the speaker's own words or figures: "my figures", "our numbers", "it". */
const OWN_TARGET = /^(?:(?:my|our)\s+(?:\w+\s+)?(?:claims?|figures?|statements?|remarks?|comments?|numbers?|facts)|it|that|this)$/i;

/** Whether a denial says, of someone in the third person, that they never said or claimed its target ("The prime minister did not say X"; not "We never said X"). */
function saidOfThirdPerson(d: Denial): boolean {
  return d.source !== null && NOT_SAID_CUE.test(d.cue.text) && !FIRST_PERSON_OPENING.test(d.source.text);
}
/** A negated verb of saying as a denial's cue: "did not say", "never claimed", "hasn't said". */
const NOT_SAID_CUE = /^(?:(?:did|does|do|has|have|had)\s+)?(?:not|never|n['’]t)\s+(?:(?:ever|actually)\s+)?(?:say|said|claim|claimed)$|^(?:didn|doesn|hasn|haven|hadn)['’]t\s+(?:say|said|claim|claimed)$/i;

/** A denial's cue that takes back its speaker's own statement: "retracted", "has walked back", "rowed back on". */
const RETRACTION_CUE = /\b(?:retract(?:s|ed|ing)?|walk(?:s|ed|ing)? back|row(?:s|ed|ing)? back|backtrack(?:s|ed|ing)?)\b/i;

/**
 * A claim that is nothing but a change and its figure, naming nothing else: "a fall of only 4%", "a rise of about
 * £300" (a forecast set against another's, answering the nearest claim in its unit, as a figure "put at" one does).
 */
const CHANGE_FIGURE = /^an?\s+(?:fall|rise|drop|increase|decrease|decline|cut|gain|loss|jump|reduction)\s+of\s+(?:(?:only|just|about|around|roughly|nearly|almost|some|at\s+least|at\s+most|up\s+to)\s+)*[£$€]?\d[\d,.]*\s*(?:%|per\s*cent|percent|[a-z]+)?$/i;

/** The unit after a claim's first number, singular and lower case ("50 minutes", "a 75-minute drive": "minute"), or null. */
function unitOf(text: string): string | null {
  const m = /\d[\d,.]*[\s-]?(%|[A-Za-z]{2,})/.exec(text);
  if (!m) return null;
  const w = m[1].toLowerCase();
  // ("4%", "4 percent", "4 per cent": one unit)
  if (w === '%' || w === 'percent' || w === 'per') return 'percent';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * The nearest claim before claim ci, at most two blocks back, that holds a number and is another claimant's, and among
 * those first one that counts what ci's figure names (`FIGURE_KINDS`: "the death toll" answers "killed 14" before
 * "31 wounded"); else -1.
 */
function nearestFigureBefore(input: LinkInput, ci: number): number {
  const claims = input.claims;
  const who = claims[ci].claimant;
  const block = input.claimBlock[ci];
  // "1.8 billion, not 2 billion": the nearest claim that gave the figure named after "not"
  // ("four cases of myocarditis, not two": the nearest that gave "two" or "2")
  const named = notFigure(claims[ci].span.text);
  if (named) {
    const word = named.word === null ? null : new RegExp(`\\b${named.word}\\b`, 'i');
    for (let cj = ci - 1; cj >= 0; cj--) {
      const text = claims[cj].span.text;
      if (claims[cj].claimant !== who && input.claimFromDenial[cj] === null && (holdsNumber(text, named.digits) || (word !== null && word.test(text)) || (named.share && holdsShare(text, named.digits)))) return cj;
    }
    // (none gave it: the claim answers no other figure, "risen by 38 per cent, not 100 per cent" not "waiting up to two years")
    return -1;
  }
  // ("The trust disputed the figure of 40,000 hours. It put the true number at about 31,000": the claim that gave the
  // figure its claimant disputed in the same paragraph, however far back)
  const disputed = disputedFigure(input, ci);
  if (disputed !== null) {
    for (let cj = ci - 1; cj >= 0 && block - input.claimBlock[cj] <= GIVEN_FIGURE_REACH; cj--) {
      if (claims[cj].claimant !== who && input.claimFromDenial[cj] === null && disputed.test(claims[cj].span.text)) return cj;
    }
  }
  const kind = figureKindOf(claims[ci].span.text);
  // (a figure "put at" a number answers only a claim that counts its kind, or in its unit: "the journey at 50 minutes"
  // answers "a 75-minute drive away", not the nearest number)
  const put = figureRestatement(claims[ci].span.text) === 'put' || CHANGE_FIGURE.test(claims[ci].span.text);
  const unit = put && kind === null ? unitOf(claims[ci].span.text) : null;
  // ("the number of active customers at fewer than 6,000" answers "had 11,400 paying customers")
  const counted = put && kind === null ? countedNoun(claims[ci].span.text) : null;
  const counting = counted !== null ? new RegExp(`\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}${counted}(?:e?s)?\\b`, 'iu') : null;
  // (a figure of another order of magnitude counts something else: "six people had been detained" is no answer to "the
  // crowd at 12,000")
  const own = firstFigure(claims[ci].span.text);
  // (none when the figure agrees with the one it answers: "the number at \"between 1,800 and 2,200\"" after "about 2,000
  // jobs", "the toll at 14" after "killed 14")
  const range = FIGURE_RANGE.exec(claims[ci].span.text);
  const low = range ? numberValue(range[1]) : NaN;
  const high = range ? numberValue(range[2]) : NaN;
  const answer = (cj: number): number => {
    const theirs = firstFigure(claims[cj].span.text);
    if (theirs === null) return cj;
    if (range) return theirs >= Math.min(low, high) && theirs <= Math.max(low, high) ? -1 : cj;
    return own !== null && !differentFigures(own, theirs) ? -1 : cj;
  };
  let nearest = -1;
  for (let cj = ci - 1; cj >= 0 && block - input.claimBlock[cj] <= 2; cj--) {
    if (claims[cj].claimant === who || input.claimFromDenial[cj] !== null || !holdsFigure(claims[cj].span.text)) continue;
    if (own !== null && farApart(own, firstFigure(claims[cj].span.text))) continue;
    if (put) {
      if (counting !== null) {
        if (counting.test(claims[cj].span.text)) return answer(cj);
        continue;
      }
      if (kind !== null ? countsKind(claims[cj].span.text, kind) : unit !== null && unitOf(claims[cj].span.text) === unit) return answer(cj);
      continue;
    }
    if (kind === null || countsKind(claims[cj].span.text, kind)) return answer(cj);
    if (nearest < 0) nearest = cj;
  }
  // ("the death toll was closer to 50" after three paragraphs of other claims: the claim that counts the deaths, further
  // back, as a figure disputed is looked for)
  if (nearest < 0 && kind !== null && !put) {
    // (past the claims of the two paragraphs before, read above)
    let cj = ci - 1;
    while (cj >= 0 && block - input.claimBlock[cj] <= 2) cj--;
    for (; cj >= 0 && block - input.claimBlock[cj] <= KIND_FIGURE_REACH; cj--) {
      if (claims[cj].claimant === who || input.claimFromDenial[cj] !== null || !holdsFigure(claims[cj].span.text)) continue;
      if (own !== null && farApart(own, firstFigure(claims[cj].span.text))) continue;
      if (countsKind(claims[cj].span.text, kind)) return answer(cj);
    }
  }
  return nearest < 0 ? -1 : answer(nearest);
}
/**
 * The figure a denial by claim ci's claimant in ci's paragraph names with its value ("did not recognise the figure of
 * 40,000 hours": `givenFigure`), as a pattern; else null.
 */
function disputedFigure(input: LinkInput, ci: number): RegExp | null {
  const who = input.claims[ci].claimant;
  if (who === null) return null;
  for (let di = 0; di < input.denials.length; di++) {
    const d = input.denials[di];
    if (input.denialBlock[di] !== input.claimBlock[ci] || d.speaker !== who || d.target === null || !namesFigure(d.target.text)) continue;
    const given = givenFigure(d.target.text);
    if (given !== null) return given;
  }
  return null;
}
/** A range of two figures: "between 1,800 and 2,200", "1,800 to 2,200" (groups 1 and 2). */
const FIGURE_RANGE = /\b(?:between\s+)?[£$€]?(\d[\d,]*(?:\.\d+)?)\s+(?:and|to)\s+[£$€]?(\d[\d,]*(?:\.\d+)?)/i;

/**
 * What a figure "put at" a number counts, singular: "the number of active customers at fewer than 6,000": "customer";
 * else null.
 */
function countedNoun(text: string): string | null {
  const m = COUNTED.exec(text);
  if (!m) return null;
  const w = m[1].toLowerCase();
  return w.endsWith('ies') ? null : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
const COUNTED = /^(?:the\s+)?(?:number|total|count|tally)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}{3,})\s+at\s+(?:[a-z]+\s+){0,3}[£$€]?\d/iu;

/** A figure named as the wrong one: "not 2 billion", "not 420", "not £2m" (group 1), and a share's unit ("not 50%": group 2). */
const NOT_FIGURE = /\bnot\s+[£$€¥]?(\d[\d,.]*)(\s?(?:%|per\s?cent|percent))?/;
/**
 * A small figure in words named as the wrong one after a comma, the correction closing a clause: "four cases of
 * myocarditis, not two" (group 1; not "not one", a negation: "not one patient was harmed").
 */
const NOT_FIGURE_WORD = new RegExp(`,\\s+not\\s+(${[...NUMBER_WORDS.keys()].join('|')})\\s*(?:[,;.]|$)`, 'i');
/**
 * A figure named as the wrong one (`NOT_FIGURE`, `NOT_FIGURE_WORD`): its digits, its number word if it is written as one,
 * and whether it is a share; else null.
 */
function notFigure(text: string): { digits: string; word: string | null; share: boolean } | null {
  const m = NOT_FIGURE.exec(text);
  if (m) return { digits: m[1], word: null, share: m[2] !== undefined };
  const w = NOT_FIGURE_WORD.exec(text);
  return w ? { digits: String(NUMBER_WORDS.get(w[1].toLowerCase())), word: w[1].toLowerCase(), share: false } : null;
}

/**
 * Whether a text gives in words the share (a percentage) a "not" figure names ("not 50%" and "had fallen by half", "have
 * halved"; "not 25%" and "a quarter").
 */
function holdsShare(text: string, percent: string): boolean {
  const words = SHARE_WORDS.get(percent);
  return words !== undefined && words.test(text);
}
/** Shares in words by their percentage (`holdsShare`). */
const SHARE_WORDS: ReadonlyMap<string, RegExp> = new Map([
  ['50', /\b(?:half|halved|halving)\b/i],
  ['25', /\b(?:a quarter|quartered)\b/i],
  ['100', /\b(?:doubled|doubling)\b/i],
]);

/** Whether a text holds the number `n` as a whole number ("2" in "2 billion", not in "12" or "2.5"). */
function holdsNumber(text: string, n: string): boolean {
  for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
    const e = at + n.length;
    // (no digit, point or comma before it; no digit after it, nor a point or comma and a digit)
    if (at > 0 && (isDigitCode(text.charCodeAt(at - 1)) || text[at - 1] === '.' || text[at - 1] === ',')) continue;
    if (isDigitCode(text.charCodeAt(e)) || ((text[e] === '.' || text[e] === ',') && isDigitCode(text.charCodeAt(e + 1)))) continue;
    return true;
  }
  return false;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** A year ("2024", "1998"), which dates a claim and counts nothing (`YEARS`: all of them, to remove). */
const YEAR = /\b(?:1[89]|20)\d\d\b/;
const YEARS = new RegExp(YEAR.source, 'g');

/** Whether a claim holds a figure: a number that is not a year (`HOLDS_NUMBER` without years). */
function holdsFigure(text: string): boolean {
  return HOLDS_NUMBER.test(YEAR.test(text) ? text.replace(YEARS, '') : text);
}

/** The first figure of a text, in digits ("12,000", "4.5 million": 12000, 4.5) or a number word ("six"), or null. */
function firstFigure(text: string): number | null {
  const m = FIRST_FIGURE.exec(text);
  if (m === null) return null;
  const scale = m[3] === undefined ? 1 : SCALES[m[3].toLowerCase()] ?? 1;
  if (m[1] !== undefined) {
    const v = numberValue(m[1]);
    return Number.isFinite(v) ? v * scale : null;
  }
  const w = NUMBER_WORDS.get(m[2].toLowerCase());
  return w === undefined ? null : w * scale;
}
const FIRST_FIGURE = /(?:(\d[\d,]*(?:\.\d+)?)|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred))(?:\s?(thousand|million|billion|trillion|m|bn|k)\b)?/i;
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** Whether two figures differ by more than `FIGURE_ORDERS` times (null for one is never far). */
function farApart(a: number, b: number | null): boolean {
  if (b === null || a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) > FIGURE_ORDERS;
}
/** How many times one figure may be another's and still count the same thing: 4,000 and 12,000 do, 6 and 12,000 do not. */
const FIGURE_ORDERS = 50;

/** The lower-case words of a text. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);

/** The kind of thing a restated figure counts, by a word of its claim (`FIGURE_KINDS`); null when it names none. */
function figureKindOf(text: string): (typeof FIGURE_KINDS)[number] | null {
  const words = wordsOf(text);
  for (const k of FIGURE_KINDS) for (const w of k.names) if (words.includes(w)) return k;
  return null;
}

/** Whether a claim counts the kind of thing a restated figure names (a word of its `counts`). */
function countsKind(text: string, kind: (typeof FIGURE_KINDS)[number]): boolean {
  const words = wordsOf(text);
  for (const w of kind.counts) if (words.includes(w)) return true;
  return false;
}

/** A denial's generic target that names what a study, a survey or figures found ("the findings", "the study's conclusions", "the figures"). */
const NAMES_FINDINGS = /\b(?:findings?|study|study's|studies|research|results?|survey|poll|analysis|figures|data|statistics)\b/i;
/** A claimant that is a study, a survey, a report or figures (the speaker named for "A study published in ... found", "figures showed"). */
const FINDINGS_CLAIMANT = /\b(?:study|studies|survey|poll|report|research|analysis|review|audit|researchers|figures|data|statistics)\b/i;

/** A claim that opens with a study's noun: "The survey of 2,200 adults put X", "a survey that found X". */
const FINDINGS_OPENING = /^(?:the|a|an|this|that|its|their|our)\s+(?:[\w-]+\s+)?(?:study|survey|poll|analysis|audit)\b/i;

/**
 * A generic target that names a document or a post by its noun: "the complaint", "the group's report", "the posts", "The
 * footage circulating online" (the noun).
 */
const NAMES_DOCUMENT = /^(?:the|this|that|these|those|its|their|his|her|\S+['’]s)\s+(?:\w+\s+)?(complaint|lawsuit|report|memo|letter|dossier|filing|indictment|audit|petition|posts?|messages?|videos?|tweets?|captions?|clips?|screenshots?|photos?|images?|pictures?|footage)(?:\s+(?:circulating|shared|posted|spreading)(?:\s+[a-z]+){0,2})?$/i;

/** Whether a source names a visual medium (`VISUAL_NOUNS`): "Videos posted online", "Footage shared on X". */
function namesVisual(source: string): boolean {
  for (const w of source.toLowerCase().split(/[\s,]+/)) if (VISUAL_NOUNS.has(w)) return true;
  return false;
}

/** A generic target that names a claim: "The claim", "this claim", "the statement". */
const NAMES_CLAIM = /^(?:the|this|that)\s+(?:claim|statement)$/i;
/** A target that is a statement's noun alone: "claims", "the allegations". */
const BARE_CLAIMS = /^(?:the\s+)?(?:claims?|allegations?|suggestions?|assertions?)$/i;
/** A relative pronoun for a report's source: "which says", "who claim". */
const RELATIVE_SOURCE = /^(?:who|which|that)$/i;
/** How far after a bare statement's noun (characters) the claim a relative clause reports may begin. */
const RELATIVE_CLAIM_REACH = 120;
/** A target that names what others alleged: "the claims", "the allegations", "these accusations", "the suggestion". */
const ALLEGED_TARGET = /^(?:the|these|those|such)\s+(?:claims?|allegations?|accusations?|suggestions?)$/i;
/** A target whose statement's noun is a claim: "the mayor's claim", "his claims". */
const CLAIM_NOUN = /\bclaims?$/i;
/** "The claim", "the claims", with the definite article: the claim the article is about. */
const THE_CLAIM = /^the\s+claims?$/i;
/** A target that names a forecast: "the BRC's forecast", "its projections", "the prediction". */
const FORECAST_NOUN = /\b(?:forecasts?|predictions?|projections?|estimates?|warnings?)$/i;
/** Words of what will be: a forecast's claim ("could reach 6% by the spring"). */
const FUTURE_WORDS = /\b(?:will|would|could|may|might|shall|expected|set to|likely to)\b/i;
/** A target that names claims or allegations at its end: "fraud claims", "the allegations", "claims". */
const CLAIMS_NOUN = /\b(?:claims?|allegations?)$/i;
/** How many blocks back "the claim" looks for a claim reported with "claimed" or "alleged" (past a fact check's list). */
const CLAIMED_REACH = 6;
/** How many blocks back a verdict on "the claim" looks for the claim a "Claim:" label names. */
const CHECKED_REACH = 2;

/** A denial's generic target that names a wrongdoing denied ("any wrongdoing", "guilt", "any dishonesty"; not a conflict). */
const NAMES_WRONGDOING = new RegExp(String.raw`\b(?:${DENIED_PROPOSITION_NOUNS.find((g) => g.id === 'proposition.wrongdoing')!.words.filter((w) => !w.startsWith('conflict')).join('|')})\b`, 'i');
/** A report's source that speaks for someone else: "a spokesman for the mayor", "her representative", "an aide". */
const SPOKESPERSON_SOURCE = /\b(?:spokes(?:man|woman|person|people|men|women)|representatives?|aides?|lawyers?|attorneys?)\b/i;
/** A denial's cue of wrongdoing with no target: "had done nothing wrong", "did nothing wrong". */
const NOTHING_WRONG = /\bnothing wrong$/i;
/** A denial's target that opens with an offence denied in court ("murder", "conspiracy to commit bribery"; "fraud charges" is a charge's noun). */
const NAMES_OFFENCE = new RegExp(String.raw`^(?:${DENIED_PROPOSITION_NOUNS.find((g) => g.id === 'proposition.offence')!.words.filter((w) => !w.startsWith('count')).join('|')})\b(?!\s+(?:charges?|allegations?|claims?))`, 'i');
/** A denial's generic target that names a charge or an accusation ("the charge", "the accusations against him"). */
const NAMES_CHARGE = /\b(?:charges?|accusations?|allegations?|indictment|counts? of|offences?|offenses?)\b/i;
/** A claim that charges or accuses someone ("has been charged with arson", "accused the mayor of"; not "the alleged victim suffered X"). */
const CHARGES = /\b(?:charged|accused|alleged(?!\s+victims?\b)|alleges?|allegedly|indicted|suspected|arrested)\b/i;

/**
 * The first claim that charges someone in the paragraph after denial d's, from claim `lo` on ("has pleaded not guilty to
 * insider trading charges. | Prosecutors allege that X"): a court story's plea comes before the charge; else -1.
 */
function chargeAfter(input: LinkInput, d: Denial, lo: number, block: number): number {
  // (or later in the denial's own paragraph: "has pleaded not guilty to fraud after prosecutors alleged he claimed X")
  for (let ci = lo; ci < input.claims.length && input.claimBlock[ci] - block <= CHARGE_AFTER_REACH; ci++) if (input.claimBlock[ci] >= block && chargingClaim(input, ci, d)) return ci;
  return -1;
}
/** How many paragraphs after a denial of a charge `chargeAfter` looks for the charge. */
const CHARGE_AFTER_REACH = 1;

/** The attribution whose content holds claim ci (`LinkInput.claimAttribution`), if any. */
function reportOfClaim(input: LinkInput, ci: number): NonNullable<LinkInput['attributions']>[number] | undefined {
  const ai = input.claimAttribution?.[ci] ?? -1;
  return ai >= 0 ? input.attributions?.[ai] : undefined;
}

/** The cue's words of the report that holds claim ci ("claims"), or "". */
function cueOfClaim(input: LinkInput, ci: number): string {
  return reportOfClaim(input, ci)?.cue.text ?? '';
}
/**
 * Whether claim ci was reported as a claim ("claimed", "alleges"), by a post online, or under a fact check's label or
 * heading for the claim it checks (`nearestClaimBefore`, "the claim").
 */
function claimedOrPosted(input: LinkInput, ci: number): boolean {
  return CLAIMED_CUE.test(cueOfClaim(input, ci)) || POST_SOURCE.test(sourceOfClaim(input, ci)) || input.claimChecked?.[ci] === true;
}
/** Whether claim ci was reported as a forecast ("warned", "predicted": `nearestClaimBefore`, "the warning"). */
function forecastReported(input: LinkInput, ci: number): boolean {
  return FORECAST_CUE.test(cueOfClaim(input, ci));
}
/** Whether claim ci was reported by the press ("reported", "wrote": `nearestClaimBefore`, "the story"). */
function storyReported(input: LinkInput, ci: number): boolean {
  return STORY_CUE.test(cueOfClaim(input, ci));
}
/** "The story", "the reports", "the rumours", "the speculation", with the definite article: what the press reported. */
const THE_STORY = /^the\s+(?:stor(?:y|ies)|reports|rumou?rs?|speculation)$/i;
/** A cue that reports what the press published or what was rumoured: "reported", "wrote", "published", "rumours". */
const STORY_CUE = /\b(?:report|reports|reported|reporting|wrote|writes|published|publishes|rumou?rs?|rumou?red|speculation)\b/i;
/** "The warning", "the forecast", "the predictions", with the definite article: a forecast the article reported. */
const THE_FORECAST = /^the\s+(?:warnings?|forecasts?|predictions?|projections?)$/i;
/** A cue that reports a forecast: "warned", "predicts", "forecast". */
const FORECAST_CUE = /\b(?:warn|warns|warned|warning|predict|predicts|predicted|forecast|forecasts|projected)\b/i;
/** A falsity's cue of being wrong ("is wrong", "were dead wrong"), which a person may be (`PERSON_JUDGED`). */
const WRONG_CUE = /\bwrong$/i;
/** A target that is someone, whose words a falsity judges: a pronoun, or a name of up to four capitalised words. */
const PERSON_JUDGED = /^(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/u;
/** A target of what is said against the claim just made: "any suggestion otherwise", "claims to the contrary". */
const CONTRARY_TARGET = /\b(?:otherwise|to the contrary)$/i;
/** A cue that reports a claim as one: "claims", "claimed", "alleges". */
const CLAIMED_CUE = /\b(?:claim|claims|claimed|claiming|allege|alleges|alleged|alleging)\b/i;
/** A report's source that is a post online: "A viral post on X", "a TikTok video", "Posts on Facebook". */
const POST_SOURCE = /\b(?:posts?|tweets?|videos?|memes?|clips?)\b/i;

/** The source's words of the report that holds claim ci ("The Chancellor, Rachel Moore"), or "". */
function sourceOfClaim(input: LinkInput, ci: number): string {
  return reportOfClaim(input, ci)?.source?.text ?? '';
}

/**
 * Whether claim ci, someone's other than denial d's speaker and no denial's target, charges or accuses, in its words or
 * in the cue of the report that holds it ("has been charged with arson", "accused the council of ...").
 */
function chargingClaim(input: LinkInput, ci: number, d: Denial): boolean {
  const c = input.claims[ci];
  if (c.claimant === d.speaker || input.claimFromDenial[ci] !== null) return false;
  // (or a prosecutor's account of an offence: "Prosecutors say Reyes stole $2.3 million", not "The money was used to buy
  // a yacht, the indictment says")
  return CHARGES.test(c.span.text) || CHARGES.test(cueOfClaim(input, ci)) || (c.claimant !== null && PROSECUTING.test(c.claimant) && OFFENCE_VERBS.test(c.span.text));
}
/** Who brings charges: "Prosecutors", "the prosecution", "the district attorney", "police", "the indictment". */
const PROSECUTING = /\b(?:prosecutors?|prosecution|attorney|police|investigators|indictment|charge sheet)\b/i;
/** Verbs of an offence: "stole", "embezzled", "took bribes" ("took" alone is no offence). */
const OFFENCE_VERBS = /\b(?:stole|stolen|steal(?:ing|s)?|embezzl\w+|defraud\w*|launder\w*|bribe\w*|murder\w*|killed|assault\w*|misappropriat\w+|misused|falsified|forged|smuggl\w+|traffick\w+|rap(?:ed|ing)|extort\w*|siphon\w*|pocket(?:ed|ing))\b/i;

/** A number in a claim, in digits or words ("300 civilians", "four", "hundreds of homes"; not "one", which is seldom a count). */
/** A figure in digits (`nearestClaimBefore`'s figure already disputed). */
const HOLDS_DIGITS = /\d/;
const HOLDS_NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|millions?|billions?|dozens?|doubled|tripled|trebled|quadrupled|halved)\b/i;

/** The first claim in [from, to) that no denial holds (`LinkInput.claimFromDenial`), or -1. */
function firstOwnClaim(input: LinkInput, from: number, to: number): number {
  for (let ci = from; ci < to; ci++) if (input.claimFromDenial[ci] === null) return ci;
  return -1;
}

/** The last block (counted from 0) where a fact check's verdict takes the article's first claim as the one it checks. */
const FIRST_CLAIM_BLOCK = 2;

/** The check-worthiness of a claim a fact check's verdict may answer from afar (a claim reported with "claimed", `CLAIM_FEATURES.claimVerb`, reaches it). */
const CHECKED_CLAIM_MIN = 0.85;

/** How many paragraphs back a generic denial looks for a claim of the one its target names. */
const OWNER_REACH = 6;

/**
 * The owner of a named statement, lower case: a possessor ("the union's account" -> "union", "Clinton's claims" ->
 * "clinton"), a capitalised word before the noun ("the US claims" -> "us"), or what published it, named alone ("the
 * leaflet" -> "leaflet", `PUBLISHING_MEDIA`); null when it names none.
 */
function possessorOf(target: string): string | null {
  // ("the union's figure", "the Kremlin account", "the police estimate": a noun before the statement's noun names its owner)
  const m = /^(?:the\s+)?([A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})['’]s?\s/.exec(target) ?? /^(?:the\s+)?([A-Z][\w.-]*)\s+[a-z]/.exec(target) ??
    /^the\s+([a-z]+)\s+(?:estimate|estimates|figure|figures|count|claim|claims|account|version|numbers)$/i.exec(target);
  // ("the leaflet had been misleading", "the advert was misleading": what published the claim is its owner)
  if (!m) {
    const medium = /^the\s+([a-z]+)$/i.exec(target)?.[1].toLowerCase();
    return medium !== undefined && PUBLISHING_MEDIA.has(medium) ? medium : null;
  }
  const words = m[1].toLowerCase().split(/\s+/);
  // (a determiner names no owner: "The claim is misleading")
  const owner = words[words.length - 1];
  return OWNERLESS.has(owner) ? null : owner;
}
/** A target a possessive pronoun opens for a person's statement: "her figure", "his claims" (`nearestClaimBefore`). */
/** An accused named by a pronoun alone (`FALSEHOOD_ACTS`: "accused him of lying"). */
const ACCUSED_PRONOUN = /^(him|her)$/i;
const POSSESSIVE_PERSON = /^(his|her)\s+(?:\w+\s+)?(?:claims?|figures?|statements?|remarks?|comments?|account|version|estimate|numbers?|allegations?|assertion|story)$/i;
/**
 * The pronoun, "he" or "she", that a source of one of claimant `who`'s claims names them by, if any: the pronoun itself
 * ("she said") or a gendered title before the name (`GENDERED_TITLES`: "Ms Ross", "Mr Dunn"), else its given name ("Daniel Okoro").
 */
function pronounStandsFor(input: LinkInput, who: string): 'he' | 'she' | undefined {
  for (let ci = 0; ci < input.claims.length; ci++) {
    if (input.claims[ci].claimant !== who) continue;
    const source = sourceOfClaim(input, ci);
    if (source === 'she' || source === 'her') return 'she';
    if (source === 'he' || source === 'him') return 'he';
    const sp = source.indexOf(' ');
    const title = sp > 0 ? GENDERED_TITLES.get(source.slice(0, sp).replace(/\.$/, '').toLowerCase()) : undefined;
    if (title !== undefined) return title;
  }
  // (else the given name's: "Daniel Okoro")
  return fullNamePronoun(who);
}

/** Whether two speakers' names are one but for the case of their first letter ("Rail operator", "rail operator"). */
function sameSpeaker(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.slice(1) === b.slice(1) && a[0].toLowerCase() === b[0].toLowerCase());
}

/** The stems of a cue's words but its auxiliaries and adverbs ("has firmly denied" -> deni). */
function cueStems(cue: string): string[] {
  return cue.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0 && !CUE_FILLERS.has(w) && !w.endsWith('ly')).map((w) => stem(w));
}
const CUE_FILLERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'also', 'again', 'the', 'a', 'an', 'that', 'this', 'those', 'these', 'of', 'to']);

/** Whether one of two speakers speaks for the other (`speaksFor`). */
function oneSpeaksForOther(a: string, b: string): boolean {
  return speaksFor(a, b) || speaksFor(b, a);
}

/**
 * Whether `who` speaks for `body`: its spokesperson ("council spokesman" for "Council", "Home Office spokesperson" for
 * "Home Office", "police spokesman" for "Westshire Police", the body named in full and its spokesperson by its last word
 * or its initials, "MoD spokesperson" for "Ministry of Defence"), or a document it made ("figures published by the
 * council" for "Harbridge Council").
 */
function speaksFor(who: string, body: string): boolean {
  const m = SPOKESPERSON_FOR.exec(who) ?? MADE_BY.exec(who);
  if (m === null) return false;
  const of = m[1].toLowerCase().replace(/^the\s+/, '');
  const name = body.toLowerCase().replace(/^the\s+/, '');
  // (or by its initials: "MoD spokesperson" for "Ministry of Defence", "NHS spokesman" for "National Health Service")
  return name === of || name.endsWith(` ${of}`) || (of.length >= 2 && !of.includes(' ') && name.includes(' ') && initialsOf(name) === of);
}
/** The first letters of a name's words, lower case: "ministry of defence" -> "mod". */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/\s+/)) if (w !== '') out += w[0];
  return out;
}
const SPOKESPERSON_FOR = /^(.+?)\s+(?:spokesman|spokeswoman|spokesperson)$/i;
/** A document and its maker: "figures published by the council", "data released by the Home Office". */
const MADE_BY = /^(?:[\w'-]+\s+){1,3}(?:published|released|issued|compiled|produced|commissioned)\s+by\s+(.+)$/i;

/** Whether a speaker is the government or one of its departments ("government", "Department for Work and Pensions", "Home Office"). */
function governmentSide(name: string): boolean {
  return GOVERNMENT_SIDE.test(name);
}
const GOVERNMENT_SIDE = new RegExp(`^(?:(?:the\\s+)?government|${DEPARTMENT_HEAD}.+|Home Office|Treasury|Foreign Office|Cabinet Office|Downing Street|No 10|Number 10)$`, 'i');

/** Words that open a target without naming whose it is. */
const OWNERLESS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'such', 'any', 'all', 'his', 'her', 'its', 'their', 'him', 'them']);

/**
 * The owner of the statement a denial names, lower case: in its target ("called the union's account a fabrication") or
 * in its cue before the target ("disputed the Echo's reading of the figures"); null when it names none.
 */
function denialOwner(d: Denial): string | null {
  if (d.target === null) return null;
  // ("accused the policing minister of \"misleading the public\"": the accused, named by the head of their phrase)
  if (ACCUSED_OWNER_CUES.has(d.cue.text.toLowerCase())) {
    const head = /([A-Za-z][\w-]*)$/.exec(d.target.text)?.[1].toLowerCase();
    if (head !== undefined && !OWNERLESS.has(head) && posOf(head) !== 'O') return head;
  }
  return possessorOf(d.target.text) ?? ownerInCue(d.cue.text);
}
/** The cues of an accusation of falsehood (`FALSEHOOD_ACTS`), whose target is the accused. */
const FALSEHOOD_ACT_CUES: ReadonlySet<string> = new Set(FALSEHOOD_ACTS.map((words) => words.join(' ')));
/** `FALSEHOOD_ACT_CUES` and the verbs of misrepresenting (`MISREPRESENTING_VERBS`): "Moss had \"cherry-picked\" the figures" names Moss. */
const ACCUSED_OWNER_CUES: ReadonlySet<string> = new Set([...FALSEHOOD_ACT_CUES, ...MISREPRESENTING_VERBS]);

/**
 * Whether claim ci is someone's other than denial d's speaker, no denial's target, and its claimant or its report's
 * source names `owner` (the owner named by the role the source gave: "the Chancellor's claim" after "The Chancellor,
 * Rachel Moore, said"), or the document gives the claimant that role (`LinkInput.roleNamed`).
 */
function ownersClaim(input: LinkInput, ci: number, d: Denial, owner: string, alleged = false): boolean {
  const who = input.claims[ci].claimant;
  // (with `alleged`, a claim another denial's target holds too, when it names its claimant: "The mayor's claim that X
  // is not supported")
  return who !== null && who !== d.speaker && (input.claimFromDenial[ci] === null || (alleged && input.claimFromDenial[ci] !== d.id && namesOwner(who, owner))) &&
    (namesOwner(who, owner) || namesOwner(sourceOfClaim(input, ci), owner) || input.roleNamed?.(who, owner) === true || publishedIn(input, ci, owner));
}

/** Whether claim ci's report names `owner`, a noun of `PUBLISHING_MEDIA`, as where it was said (`LinkInput.reportMedium`). */
function publishedIn(input: LinkInput, ci: number, owner: string): boolean {
  const ai = input.claimAttribution?.[ci] ?? -1;
  if (ai < 0 || input.reportMedium === undefined || !PUBLISHING_MEDIA.has(owner)) return false;
  const medium = input.reportMedium(ai);
  return medium !== null && (medium === owner || `${medium}s` === owner);
}

/**
 * Whether a report's or a denial's source other than denial d's names `owner` ("Ofgem, the energy regulator" names
 * "regulator"; a headline's "Carmaker denies X" names "carmaker").
 */
function ownerSpeaks(input: LinkInput, owner: string, d: Denial): boolean {
  const names = (source: { readonly text: string } | null | undefined): boolean => source !== null && source !== undefined && source.text !== d.source?.text && namesOwner(source.text, owner);
  for (const a of input.attributions ?? []) if (names(a.source)) return true;
  for (const other of input.denials) if (other !== d && names(other.source)) return true;
  return false;
}

/** The owner a denial's cue names with a possessive before its statement's noun ("disputed the Echo's reading" -> "echo"), or null. */
function ownerInCue(cue: string): string | null {
  // (or a noun before an account's: "dispute council account")
  // (a lower-case body too: "disputed the police's description")
  const m = /\s(?:the\s+)?([A-Za-z][\w.-]*)['’]s\s+[a-z]+$/.exec(cue) ?? /\s(?:the\s+)?([a-z]+)\s+(?:account|version|reading|description)$/.exec(cue);
  return m && !OWNERLESS.has(m[1].toLowerCase()) ? m[1].toLowerCase() : null;
}

/**
 * Whether a claimant's name holds the owner word ("US officials" names "us"; "business groups" does not); and whether a
 * report's source holds a document's noun ("a complaint filed with the FEC" holds "complaint").
 */
function namesOwner(claimant: string, owner: string): boolean {
  for (const w of claimant.toLowerCase().split(/[\s,]+/)) if (w === owner || w.replace(/['’]s$/, '') === owner) return true;
  // (or by its initials: "the BRC's forecast" after "The British Retail Consortium warned")
  if (owner.length >= 2 && owner.length <= 5 && /^[a-z]+$/.test(owner)) {
    let initials = '';
    for (const m of claimant.matchAll(/(?<![\p{L}'’])(\p{Lu})[\p{L}'’-]*/gu)) if (m[0] !== 'The') initials += m[1].toLowerCase();
    if (initials === owner) return true;
  }
  return false;
}

/** A different figure for the same counted thing, opposite polarity on a shared concept, or antonyms (of a concept of either in the other). */
function opposition(a: Bag, b: Bag): number {
  // (a negation of something the other claim says: "committed, not transferred" against "has been delivered"; not
  // "hasn't ignored South Carolina" against "a victory in South Carolina")
  if (a.negated !== b.negated && (negatesShared(a, b) || negatesShared(b, a))) return OPPOSED;
  if (antonymIn(a, b) || antonymIn(b, a)) return OPPOSED;
  return figuresConflict(a, b) ? FIGURES_ONLY : NO_OPPOSITION;
}
/** Whether bag `y` holds an antonym of one of bag `x`'s concepts (`Bag.antonyms`), other than those `except` accepts. */
function antonymIn(x: Bag, y: Bag, except?: (id: number) => boolean): boolean {
  for (let k = 0; k < x.antonyms.length; k++) if (has(y.ids, x.antonyms[k]) && !(except?.(x.antonyms[k]) ?? false)) return true;
  return false;
}
/**
 * Whether bag `neg` negates a concept bag `other` holds, `other` does not negate, and the two give conflicting figures for
 * one counted thing: the other figure agrees with the negation ("did not cost £2bn" and "cost £410m").
 */
function negatedFigureAgrees(neg: Bag, other: Bag): boolean {
  return neg.negated && !other.negated && negatesShared(neg, other) && (figuresConflict(neg, other) || withinNegatedBound(neg, other));
}
/**
 * Whether every figure `other` gives for a thing `neg` bounds in a negation stays within the bound ("no patient waited
 * more than 24 hours" and "patients waited more than 12 hours", or "waited 20 hours": both may hold; not "waited 70
 * hours", nor "more than 24 hours"), and it gives one.
 */
function withinNegatedBound(neg: Bag, other: Bag): boolean {
  const nq = neg.quantities;
  const oq = other.quantities;
  let within = false;
  for (let i = 0; i < nq.length; i += 2) {
    if (nq[i + 1] >= 0) continue;
    const bound = -nq[i + 1];
    for (let j = 0; j < oq.length; j += 2) {
      if (oq[j] !== nq[i]) continue;
      const v = oq[j + 1];
      if (v < 0 ? -v >= bound : v > bound) return false;
      within = true;
    }
  }
  return within;
}
/** Whether two bags give conflicting figures for one counted thing (`conflictingFigures`, and no figure they agree on). */
function figuresConflict(a: Bag, b: Bag): boolean {
  const aq = a.quantities;
  const bq = b.quantities;
  // (not figures of another order of magnitude, a total and a part: "waited 40,000 hours outside hospitals" against
  // "queuing for six hours on some nights")
  for (let i = 0; i < aq.length; i += 2) {
    for (let j = 0; j < bq.length; j += 2) if (bq[j] === aq[i] && conflictingFigures(aq[i + 1], bq[j + 1]) && !sameFigure(aq, bq, aq[i])) return true;
  }
  return false;
}
/**
 * Whether two bags give the same figure, of 10 or more, for one counted thing ("£70,000" and "more than £70,000" of money
 * both; not "two officers" and "two hours", nor a small count such as "three children").
 */
function shareFigure(a: Bag, b: Bag): boolean {
  const aq = a.quantities;
  const bq = b.quantities;
  for (let i = 0; i < aq.length; i += 2) {
    const v = Math.abs(aq[i + 1]);
    if (v < 10) continue;
    for (let j = 0; j < bq.length; j += 2) if (bq[j] === aq[i] && Math.abs(bq[j + 1]) === v) return true;
  }
  return false;
}
/** The weight of one exact figure two bags share (`shareFigure`): a concept's never seen in news (`scoreDenial`). */
const FIGURE_WEIGHT = idfData.unseen;
/** Whether two claims' quantities give one figure for concept c ("40 of the 52 drones" and "52 drones" agree on 52). */
function sameFigure(aq: Bag['quantities'], bq: Bag['quantities'], c: number): boolean {
  for (let i = 0; i < aq.length; i += 2) {
    if (aq[i] !== c) continue;
    for (let j = 0; j < bq.length; j += 2) if (bq[j] === c && !differentFigures(Math.abs(bq[j + 1]), Math.abs(aq[i + 1]))) return true;
  }
  return false;
}
/**
 * Whether two figures for one counted thing (a lower bound negated, `ConceptSink.quantity`) cannot both hold: different
 * and of one order of magnitude (`farApart`); a figure against a lower bound only when it is below it ("at least 3,000
 * soldiers" agrees with "10,000 soldiers"), two lower bounds never.
 */
function conflictingFigures(a: number, b: number): boolean {
  if (a < 0 && b < 0) return false;
  const x = Math.abs(a);
  const y = Math.abs(b);
  if ((a < 0 && y >= x) || (b < 0 && x >= y)) return false;
  return differentFigures(x, y) && !farApart(x, y);
}
/** A claim that holds "no such" and a noun: "it had issued no such advice" (the noun: `absentNear`). */
const NO_SUCH = /\bno\s+such\s+([\p{L}-]+)/iu;
/**
 * A claim that there was none of a thing qualified by an adjective, where and when: 'there had been "no significant
 * restrictions" in UK airspace over the weekend' (the head noun: `absentNear`).
 */
const QUALIFIED_ABSENCE = /^there\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+["“]?no\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)["”]?(?:\s+(?:in|on|at|over|during|across|within|for)\s+[^,;]+)?$/iu;
/**
 * A claim that there was none of one thing: "there had been no spill", "there was no leak", 'there had "never been any
 * argument" between him and the manager'; or that a thing did not happen at all: "its storm overflows had not discharged
 * at all that year" (`absentNear`); or that none of one thing was done: "no bid had been made".
 */
const ABSENCE_CLAIM = /^there\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+no\s+[\p{L}-]+$|^there\s+(?:had|has|have|was|were)\s+["“]?never\s+(?:been\s+)?any\s+[\p{L}-]+["”]?(?:\s+between\s+[^,;]+)?$|^(?:[\p{L}'’-]+\s+){1,6}?(?:had|has|have|did|does|do)\s+not\s+[\p{L}-]+\s+at\s+all\b|^no\s+[\p{L}-]+\s+(?:(?:had|has|have)\s+been|was|were|is|are)\s+[\p{L}-]+$/iu;
/**
 * The pair of a neighbour link from a claim to the claim that contradicts it, `last` when it is that pair already (kept
 * from call to call, so that an unchanged neighbour link is the same object), else a new one.
 */
function contradictionPair(last: Pair | null, claim: Entry, claimId: string, counter: Entry, counterId: string, score: number): Pair {
  if (last !== null && last.claim === claim && last.link.claim === claimId && last.link.counter === counterId) return last;
  return { link: { claim: claimId, counter: counterId, relation: 'contradicts', score }, claim, counter, dead: false };
}
/** The score of a change against the nearest opposite change of the same thing (`oppositeChangeBefore`). */
const OPPOSITE_CHANGE_SCORE = 0.6;
/** What `opposition` finds: nothing, different figures for one counted thing only, or a negation or an antonym. */
const NO_OPPOSITION = 0;
const FIGURES_ONLY = 1;
const OPPOSED = 2;

/**
 * Whether two claims each name an actor in capitals past their first word and share none: "Trump has won 100
 * delegates", "Clinton now has at least 882 delegates". Months and weekdays name no actor.
 */
function differentActors(a: Claim, b: Claim): boolean {
  const x = actorsOfClaim(a);
  if (x.size === 0) return false;
  const y = actorsOfClaim(b);
  if (y.size === 0) return false;
  for (const w of x) if (y.has(w)) return false;
  return true;
}
/** `actorsOf` a claim's text, kept with the claim (a claim meets many others, and its object lives across edits). */
function actorsOfClaim(c: Claim): Set<string> {
  let x = actorCache.get(c);
  if (x === undefined) actorCache.set(c, (x = actorsOf(c.span.text)));
  return x;
}
const actorCache = new WeakMap<Claim, Set<string>>();
function actorsOf(text: string): Set<string> {
  const out = new Set<string>();
  // (each word but the first, which a sentence capitalises)
  // (nor a place or a people, "Syrian", nor a word in a compound, "African-Americans"; the first word only when the
  // lexicon knows it as no word, "Trump has won 100 delegates")
  for (const m of text.matchAll(ACTOR_WORD)) {
    const lower = m[0].toLowerCase();
    // (a possessive names its owner: "Obama’s approval", "Obama")
    const word = POSSESSIVE_END.test(m[0]) ? m[0].slice(0, -2) : m[0];
    const wordLower = word.toLowerCase();
    if ((m.index! > 0 || posOf(lower) === undefined) && !MONTHS.has(wordLower) && !WEEKDAYS.has(wordLower) && placeOf(wordLower) === undefined) out.add(word);
  }
  return out;
}
const POSSESSIVE_END = /['’]s$/;
const ACTOR_WORD = /(?<![\p{L}-])\p{Lu}[\p{Ll}'’]{2,}(?![\p{L}-])/gu;

/**
 * Whether two figures for one counted thing differ by more than rounding: by more than a tenth of the larger
 * ("one in four children" and "27% of children" agree; 14 and 37 deaths, 10,000 and 2,400 marchers do not).
 */
function differentFigures(a: number, b: number): boolean {
  const d = Math.abs(a - b);
  // (or, both in the thousands or more, by more than the coarser figure's last place: "4,300 homes" and "3,950 homes"
  // differ, though by 8%, as no rounding makes one the other; "about 4,000" and "3,950" agree; not shares and small
  // counts, which polls and tallies of different days give close to each other)
  return d > FIGURE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) || (Math.min(Math.abs(a), Math.abs(b)) >= PLACED_FIGURE_MIN && d > Math.max(lastPlace(a), lastPlace(b)));
}
/** The least figure `differentFigures` reads by its last place. */
const PLACED_FIGURE_MIN = 1000;
/** The value of a whole figure's last significant place: 100 for 4,300, 10 for 3,950, 1e6 for 84,000,000. */
function lastPlace(v: number): number {
  const x = Math.round(Math.abs(v));
  if (x === 0) return 1;
  let u = 1;
  while (x % (u * 10) === 0) u *= 10;
  return u;
}
/** The share of the larger of two figures by which they may differ and still agree (`differentFigures`). */
const FIGURE_TOLERANCE = 0.1;

/** The concept groups of a change or a level, whose antonyms oppose two claims only about one thing (`sameThingChanged`). */
const CHANGE_GROUPS: ReadonlySet<string> = new Set(['group:rise', 'group:fall', 'group:freeze', 'group:higher', 'group:lower', 'group:closure', 'group:open']);
/** Units a figure of a change counts in, no topic of their own: "by 30 percent", "by $18 million". */
const FIGURE_UNITS: ReadonlySet<string> = new Set(['stem:percent', 'group:money']);

/** The concepts of the names of months and days, which tell when a thing changed, not what ("a drop from 76 percent ... in April"). */
const TIME_CONCEPTS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAYS].map((w) => `stem:${stem(w)}`));

/**
 * Whether two bags oppose only by antonyms of a change (`CHANGE_GROUPS`: "rose" against "slashed"), neither negating
 * what the other says.
 */
function changeOnlyOpposition(a: Bag, b: Bag, table: ConceptTable): boolean {
  if (a.negated !== b.negated && (negatesShared(a, b) || negatesShared(b, a))) return false;
  const change = (id: number): boolean => table.isChange[id] === 1;
  return !antonymIn(a, b, change) && !antonymIn(b, a, change);
}

/**
 * Whether two bags give opposite changes (`CHANGE_GROUPS` antonyms) of one thing: a concept at most two before or after
 * the change in the order each bag mentions them (`Bag.order`: "crime had doubled", "crime fell by 8 percent"; "journey
 * times rose"), a topic (`topicConcept`: no name, place, unit or change); not two changes of different things that share
 * a word elsewhere ("reduce poverty" and "incomes increase" beside "income inequality").
 */
function sameThingChanged(a: Bag, b: Bag, table: ConceptTable, ca: Claim, cb: Claim): boolean {
  // (places and names left out, which tell where or whose, not what: "rents in Cardiff are now higher")
  const names = actorConcepts(ca, cb);
  const what = (t: number): boolean => table.isPlace[t] !== 1 && !names.has(table.nameOf(t));
  const ao = a.order.filter(what);
  const bo = b.order.filter(what);
  for (let k = 0; k < ao.length; k++) {
    const x = ao[k];
    if (table.isChange[x] !== 1) continue;
    for (let m = 0; m < bo.length; m++) {
      const y = bo[m];
      if (table.antonyms[x] !== table.nameOf(y) && table.antonyms[y] !== table.nameOf(x)) continue;
      for (let i = Math.max(0, k - CHANGED_THING_REACH); i <= k + CHANGED_THING_REACH && i < ao.length; i++) {
        const t = ao[i];
        if (i === k) continue;
        const at = bo.indexOf(t);
        if (at >= 0 && Math.abs(at - m) <= CHANGED_THING_REACH && topicConcept(table, t, names)) return true;
      }
    }
  }
  return false;
}
/** How many concepts from a change the thing that changed may be, in the order mentioned, places and names left out ("rents in Cardiff are now higher": two). */
const CHANGED_THING_REACH = 2;

/** Whether a bag holds a concept of a change or a level (`CHANGE_GROUPS`: "has halved", "would close"). */
function statesChange(b: Bag, table: ConceptTable): boolean {
  for (let k = 0; k < b.ids.length; k++) if (table.isChange[b.ids[k]] === 1) return true;
  return false;
}

/** The concepts of two claims' names (`actorsOfClaim`: "Whitfield" -> "stem:whitfield"). */
function actorConcepts(ca: Claim, cb: Claim): Set<string> {
  return new Set([...actorsOfClaim(ca), ...actorsOfClaim(cb)].map((w) => `stem:${stem(w.toLowerCase())}`));
}

/** Whether concept t says what two claims are about: no place, no unit of a figure, no change, none of their `names` (`actorConcepts`). */
function topicConcept(table: ConceptTable, t: number, names: ReadonlySet<string>): boolean {
  if (table.isPlace[t] === 1) return false;
  const name = table.nameOf(t);
  return table.isChange[t] !== 1 && !FIGURE_UNITS.has(name) && !TIME_CONCEPTS.has(name) && !names.has(name);
}

/** Whether a concept that `a` negates is one of `b`'s. */
function negatesShared(a: Bag, b: Bag): boolean {
  for (let k = 0; k < a.negatedIds.length; k++) if (has(b.ids, a.negatedIds[k])) return true;
  return false;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
