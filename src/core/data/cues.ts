/**
 * Attribution cues: reporting verbs and phrases, as data. Each entry has an id that findings carry
 * (`rule`), the verb's lemma and, for irregular verbs, its forms. The selection follows what
 * PolNeAR's annotators marked as cues most often (see scripts/train and src/core/data/cue-lexicon.ts
 * for the counts), restricted to verbs whose complement is what was said or believed.
 */

import { NOUN_SENSES } from './lexicon';

export type CueKind =
  /** says what was said: the complement is a claim */
  | 'speech'
  /** reports a belief or knowledge: the complement is a claim held by the source */
  | 'cognition'
  /** an accusation: the complement is an allegation */
  | 'allegation'
  /** a demand or request: the complement is not a factual claim */
  | 'demand';

export interface CueVerb {
  id: string;
  lemma: string;
  kind: CueKind;
  /** Irregular or extra forms; regular forms (-s, -ed, -ing) are derived from the lemma. */
  forms?: readonly string[];
  /** Takes a person object before the complement ("told reporters that ..."). */
  object?: boolean;
  /** Only a cue when followed by "that", ":" or a quotation (too ambiguous otherwise). */
  needsComplement?: boolean;
  /** Only a cue when what it reports is a quotation, after its object or not ("called the plan \"a disaster\""). */
  quotedOnly?: boolean;
  /** Only a cue after what it reports and a comma, closing the sentence (", the BBC understands."). */
  postposedOnly?: boolean;
}

export const CUE_VERBS: readonly CueVerb[] = [
  { id: 'cue.say', lemma: 'say', kind: 'speech', forms: ['say', 'says', 'said', 'saying'] },
  { id: 'cue.tell', lemma: 'tell', kind: 'speech', forms: ['tell', 'tells', 'told', 'telling'], object: true },
  { id: 'cue.add', lemma: 'add', kind: 'speech' },
  { id: 'cue.state', lemma: 'state', kind: 'speech', needsComplement: true },
  { id: 'cue.claim', lemma: 'claim', kind: 'speech' },
  // "The image purports to show X", "a video purporting to show X": only with its infinitive (attributions.ts, `CLAIMS_TO_VERBS`)
  { id: 'cue.purport', lemma: 'purport', kind: 'speech', needsComplement: true },
  { id: 'cue.announce', lemma: 'announce', kind: 'speech' },
  { id: 'cue.argue', lemma: 'argue', kind: 'speech' },
  { id: 'cue.assert', lemma: 'assert', kind: 'speech' },
  { id: 'cue.insist', lemma: 'insist', kind: 'speech' },
  { id: 'cue.note', lemma: 'note', kind: 'speech', needsComplement: true },
  { id: 'cue.explain', lemma: 'explain', kind: 'speech' },
  { id: 'cue.warn', lemma: 'warn', kind: 'speech', object: true, needsComplement: true },
  { id: 'cue.caution', lemma: 'caution', kind: 'speech', object: true, needsComplement: true },
  { id: 'cue.write', lemma: 'write', kind: 'speech', forms: ['write', 'writes', 'wrote', 'written', 'writing'] },
  { id: 'cue.report', lemma: 'report', kind: 'speech', needsComplement: true },
  { id: 'cue.confirm', lemma: 'confirm', kind: 'speech', needsComplement: true },
  // a newsroom's own sources, unnamed: "The minister will resign next week, the BBC understands." (PolNeAR's annotators
  // took "understand" as a cue 6 times in 168, "I understand that" most often no report)
  { id: 'cue.understand', lemma: 'understand', kind: 'cognition', forms: ['understands', 'understood'], postposedOnly: true },
  { id: 'cue.acknowledge', lemma: 'acknowledge', kind: 'speech', needsComplement: true },
  { id: 'cue.admit', lemma: 'admit', kind: 'speech', needsComplement: true },
  { id: 'cue.contend', lemma: 'contend', kind: 'speech' },
  { id: 'cue.maintain', lemma: 'maintain', kind: 'speech', needsComplement: true },
  { id: 'cue.predict', lemma: 'predict', kind: 'speech', needsComplement: true },
  { id: 'cue.suggest', lemma: 'suggest', kind: 'speech', needsComplement: true },
  { id: 'cue.testify', lemma: 'testify', kind: 'speech' },
  { id: 'cue.tweet', lemma: 'tweet', kind: 'speech' },
  { id: 'cue.post', lemma: 'post', kind: 'speech', needsComplement: true },
  { id: 'cue.respond', lemma: 'respond', kind: 'speech', needsComplement: true },
  { id: 'cue.reply', lemma: 'reply', kind: 'speech' },
  { id: 'cue.recall', lemma: 'recall', kind: 'speech', needsComplement: true },
  { id: 'cue.declare', lemma: 'declare', kind: 'speech', needsComplement: true },
  { id: 'cue.stress', lemma: 'stress', kind: 'speech', needsComplement: true },
  { id: 'cue.emphasize', lemma: 'emphasize', kind: 'speech', needsComplement: true },
  { id: 'cue.emphasise', lemma: 'emphasise', kind: 'speech', needsComplement: true },
  { id: 'cue.observe', lemma: 'observe', kind: 'speech', needsComplement: true },
  { id: 'cue.indicate', lemma: 'indicate', kind: 'speech', needsComplement: true },
  { id: 'cue.estimate', lemma: 'estimate', kind: 'speech', needsComplement: true },
  { id: 'cue.comment', lemma: 'comment', kind: 'speech', needsComplement: true },
  { id: 'cue.complain', lemma: 'complain', kind: 'speech', needsComplement: true },
  { id: 'cue.conclude', lemma: 'conclude', kind: 'speech', needsComplement: true },
  { id: 'cue.concede', lemma: 'concede', kind: 'speech' },
  { id: 'cue.mention', lemma: 'mention', kind: 'speech', needsComplement: true },
  { id: 'cue.reveal', lemma: 'reveal', kind: 'speech', needsComplement: true },
  { id: 'cue.disclose', lemma: 'disclose', kind: 'speech', needsComplement: true },
  { id: 'cue.inform', lemma: 'inform', kind: 'speech', object: true, needsComplement: true },
  { id: 'cue.assure', lemma: 'assure', kind: 'speech', object: true, needsComplement: true },
  { id: 'cue.remind', lemma: 'remind', kind: 'speech', object: true, needsComplement: true },
  { id: 'cue.promise', lemma: 'promise', kind: 'speech', needsComplement: true },
  { id: 'cue.pledge', lemma: 'pledge', kind: 'speech', needsComplement: true },
  { id: 'cue.vow', lemma: 'vow', kind: 'speech', needsComplement: true },
  { id: 'cue.boast', lemma: 'boast', kind: 'speech' },
  { id: 'cue.joke', lemma: 'joke', kind: 'speech', needsComplement: true },
  { id: 'cue.quip', lemma: 'quip', kind: 'speech' },
  { id: 'cue.repeat', lemma: 'repeat', kind: 'speech', needsComplement: true },
  { id: 'cue.reiterate', lemma: 'reiterate', kind: 'speech', needsComplement: true },
  { id: 'cue.agree', lemma: 'agree', kind: 'speech', needsComplement: true },
  { id: 'cue.show', lemma: 'show', kind: 'speech', forms: ['show', 'shows', 'showed', 'shown', 'showing'], needsComplement: true },
  { id: 'cue.find', lemma: 'find', kind: 'speech', forms: ['find', 'finds', 'found'], needsComplement: true },
  { id: 'cue.allege', lemma: 'allege', kind: 'allegation' },
  { id: 'cue.accuse', lemma: 'accuse', kind: 'allegation', object: true },
  { id: 'cue.charge', lemma: 'charge', kind: 'allegation', needsComplement: true },
  { id: 'cue.believe', lemma: 'believe', kind: 'cognition', needsComplement: true },
  { id: 'cue.think', lemma: 'think', kind: 'cognition', forms: ['think', 'thinks', 'thought', 'thinking'], needsComplement: true },
  { id: 'cue.know', lemma: 'know', kind: 'cognition', forms: ['know', 'knows', 'knew', 'known'], needsComplement: true },
  { id: 'cue.fear', lemma: 'fear', kind: 'cognition', needsComplement: true },
  { id: 'cue.worry', lemma: 'worry', kind: 'cognition', needsComplement: true },
  { id: 'cue.expect', lemma: 'expect', kind: 'cognition', needsComplement: true },
  { id: 'cue.hope', lemma: 'hope', kind: 'cognition', needsComplement: true },
  { id: 'cue.feel', lemma: 'feel', kind: 'cognition', forms: ['feel', 'feels', 'felt'], needsComplement: true },
  { id: 'cue.call', lemma: 'call', kind: 'speech', object: true, quotedOnly: true },
  { id: 'cue.urge', lemma: 'urge', kind: 'demand', object: true },
  { id: 'cue.ask', lemma: 'ask', kind: 'demand', object: true, needsComplement: true },
  { id: 'cue.demand', lemma: 'demand', kind: 'demand', needsComplement: true },
];

/** Multi-word cue phrases; `source` says where the source is relative to the phrase. */
export interface CuePhrase {
  id: string;
  words: readonly string[];
  kind: CueKind;
  /** 'after': "according to SOURCE"; 'before': "SOURCE has called on ..."; 'none': "despite reports that X" (the cue its last word). */
  source: 'after' | 'before' | 'none';
  /** Whether the phrase reports only with "that" right after it ("sticks to claim that X"; not "stood by her claims but ..."). */
  thatOnly?: boolean;
}

export const CUE_PHRASES: readonly CuePhrase[] = [
  { id: 'cue.according-to', words: ['according', 'to'], kind: 'speech', source: 'after' },
  // a report the article sets against its sentence, its maker not named: "insisted X, despite reports that Y" (no
  // such phrase in PolNeAR train)
  ...['reports', 'claims', 'allegations', 'accusations', 'rumours', 'rumors', 'speculation', 'suggestions'].flatMap((noun) => [['despite', noun], ['despite', 'the', noun]].map((words) => (
    { id: 'cue.despite-reports', words, kind: 'allegation' as const, source: 'none' as const }))),
  { id: 'cue.called-on', words: ['called', 'on'], kind: 'demand', source: 'before' },
  { id: 'cue.calls-on', words: ['calls', 'on'], kind: 'demand', source: 'before' },
  { id: 'cue.call-on', words: ['call', 'on'], kind: 'demand', source: 'before' },
  { id: 'cue.called-for', words: ['called', 'for'], kind: 'demand', source: 'before' },
  { id: 'cue.calls-for', words: ['calls', 'for'], kind: 'demand', source: 'before' },
  { id: 'cue.pointed-out', words: ['pointed', 'out'], kind: 'speech', source: 'before' },
  { id: 'cue.points-out', words: ['points', 'out'], kind: 'speech', source: 'before' },
  { id: 'cue.went-on', words: ['went', 'on', 'to', 'say'], kind: 'speech', source: 'before' },
  // a passive whose subject is the speaker: "The company was quoted as saying it would ..."
  { id: 'cue.quoted-as-saying', words: ['quoted', 'as', 'saying'], kind: 'speech', source: 'before' },
  // a claim kept to: "Ex-footballer sticks to claim that heading caused his dementia", "stood by his claim that X"
  ...[...['stick', 'sticks', 'stuck', 'sticking'].map((verb) => [verb, 'to']), ...['stand', 'stands', 'stood', 'standing'].map((verb) => [verb, 'by'])].flatMap(([verb, prep]) =>
    ['', 'his', 'her', 'its', 'their'].flatMap((det) => ['claim', 'claims', 'assertion', 'account', 'story'].map((noun) => (
      { id: 'cue.stand-by-claim', words: det === '' ? [verb, prep, noun] : [verb, prep, det, noun], kind: 'speech' as const, source: 'before' as const, thatOnly: true })))),
  // what someone habitually says: "Supporters of the four-day week like to say that X", "Critics tend to argue that X"
  ...['like', 'likes', 'liked', 'love', 'loves', 'tend', 'tends', 'tended'].flatMap((verb) => ['say', 'claim', 'argue', 'insist', 'suggest', 'boast'].map((say) => (
    { id: 'cue.like-to-say', words: [verb, 'to', say], kind: 'speech' as const, source: 'before' as const }))),
];

/** Adjectives the lexicon does not know that describe a statement's noun before it: "Viral claim that ...", "Bogus reports of ...". */
export const CLAIM_ADJECTIVES: ReadonlySet<string> = new Set(['viral', 'fake', 'bogus', 'unfounded', 'baseless', 'dubious', 'unverified', 'unproven', 'debunked', 'fresh', 'widespread', 'online']);
/** Verbs of saying, in the forms that report: what closes a sentence as its short report (", researchers told the Courier."), and what tells a source "it" that speaks ("It said", "It added"). */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'explained', 'stated', 'insisted', 'argued', 'warned', 'claimed', 'confirmed', 'acknowledged', 'reported']);

/**
 * Verbs of the clause, with no relative word, of whoever spoke to the people a source names, before "to" or "with":
 * "Experts we spoke to", "Economists the BBC talked to".
 */
export const SPOKE_VERBS: readonly string[] = ['spoke', 'spoken', 'talked', 'speak', 'talk'];
/** And of asking them, with no preposition: "Residents we interviewed", "the experts I consulted". */
export const CONTACT_VERBS: readonly string[] = ['interviewed', 'consulted', 'contacted', 'surveyed', 'polled', 'asked', 'approached', 'canvassed'];

/** Nouns that introduce an allegation or a claim held by someone: "charges that X", "allegations that X". */
export const ALLEGATION_NOUNS: ReadonlySet<string> = new Set([
  'allegation', 'allegations', 'charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'report',
  'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'suggestion', 'suggestions', 'assertion', 'assertions',
  'speculation', 'contention', 'insinuation', 'insinuations', 'story', 'stories',
]);

/** The forms of "tell" (cue.tell). */
export const TELL_FORMS: ReadonlySet<string> = new Set(CUE_VERBS.find((v) => v.id === 'cue.tell')!.forms);
/**
 * Nouns that name a telling, not what was told, as the object of "tell": "told different stories", "told a lie".
 * Only "of" or a colon after them leads to what was said ("told the story of how ...").
 */
export const TELLING_NOUNS: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales', 'lie', 'lies', 'truth', 'joke', 'jokes', 'version', 'versions', 'anecdote', 'anecdotes']);

/** Verb + allegation-noun combinations that work as one cue: "repeating charges that X", "made claims that X". */
export const ALLEGATION_VERBS: ReadonlySet<string> = new Set([
  'repeat', 'repeated', 'repeats', 'repeating', 'make', 'made', 'makes', 'making', 'level', 'leveled', 'levelled',
  'leveling', 'raise', 'raised', 'raising', 'renew', 'renewed', 'renewing', 'echo', 'echoed', 'echoing',
  'reiterate', 'reiterated', 'reiterating', 'voice', 'voiced', 'voicing', 'spread', 'spreading', 'push', 'pushed',
  'pushing',
]);

/**
 * Things that show or find, as the subject of `EVIDENCE_VERBS`: "a poll shows ...", "the audit found
 * ...". With such a subject the verb reports a finding whatever follows it (a clause or an object:
 * "the survey shows a 62-32 divide"); with a person it often does not ("he showed no remorse").
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'data', 'analysis', 'analyses', 'research', 'report', 'reports',
  'investigation', 'inquiry', 'audit', 'review', 'figures', 'numbers', 'records', 'documents', 'census', 'results', 'findings',
  'statistics', 'tally', 'estimates', 'filings', 'evidence', 'research', 'experiment', 'experiments', 'test', 'tests', 'footage', 'images',
  // records of what was said or done: "minutes of the meeting show officials discussing X", "emails show"
  'minutes', 'memo', 'memos', 'messages', 'photos', 'photographs', 'pictures', 'recordings', 'transcripts', 'logs', 'receipts', 'invoices',
]);
/**
 * Nouns of a picture or a clip: evidence when said to seem to show something ("Videos shared on social media appear to
 * show X"), though only those among `EVIDENCE_NOUNS` ("footage", "photos") are when they plainly show ("A video of the
 * episode shows her ..." PolNeAR's annotators leave out); and a verdict on one ("The screenshot is fabricated") answers
 * what it seems to show from further back than another document's.
 */
export const VISUAL_NOUNS: ReadonlySet<string> = new Set(['video', 'videos', 'clip', 'clips', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'footage', 'recording', 'recordings', 'screenshot', 'screenshots']);

/** Verbs that report a finding of an `EVIDENCE_NOUNS` subject (ids of `CUE_VERBS`). */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['cue.show', 'cue.find', 'cue.suggest', 'cue.indicate', 'cue.reveal', 'cue.estimate', 'cue.predict', 'cue.conclude']);

/** Relative pronouns that stand for the phrase before them as a source: "a former aide | who said", "a memo | which said". */
export const RELATIVE_SOURCE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Verbs that hedge a finding before "to" and its verb: "Satellite images appear to show X", "the data seem to suggest X". */
export const HEDGING_RAISERS: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed']);

/** Verbs that name what something is, a judgement of the source's that ends a report before it: "said X and branded it a lie". */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['branded', 'brands', 'labelled', 'labeled', 'labels', 'dubbed', 'dubs', 'termed', 'terms', 'described', 'describes', 'called', 'calls']);

/** Verbs of writing to someone, before "to" and the addressee: "wrote to the Speaker asking for X" (`REQUEST_PARTICIPLES`). */
export const WRITING_TO_VERBS: ReadonlySet<string> = new Set(['wrote', 'write', 'writes', 'written', 'writing']);
/** Nouns of a letter sent to someone: "sent a letter to the FBI director asking him to X" (`REQUEST_PARTICIPLES`). */
export const LETTER_NOUNS: ReadonlySet<string> = new Set(['letter', 'letters', 'email', 'emails']);
/**
 * Participles of a request or a warning after a letter's addressee, whose speaker is the writer, not the addressee: "Tom
 * Maddox wrote to the Speaker | asking | for the record to be corrected", "wrote to residents | urging | them to save water".
 */
export const REQUEST_PARTICIPLES: ReadonlySet<string> = new Set(['asking', 'urging', 'calling', 'demanding', 'requesting', 'imploring', 'begging', 'pressing', 'inviting', 'warning', 'telling']);

/**
 * Participles that say how far a post went, between a source and its cue: "A post shared more than 8,000 times on
 * Facebook claims ...", "A video viewed 2 million times shows ...". The source runs from the noun before them.
 */
export const SPREAD_PARTICIPLES: ReadonlySet<string> = new Set(['shared', 'posted', 'viewed', 'watched', 'circulated', 'retweeted', 'reposted', 'liked', 'forwarded', 'seen', 'circulating']);

/** A name of one to four capitalised words, after "the" or not (`noncue.called-name`). */
const NAME_SHAPES: string[][] = [1, 2, 3, 4].flatMap((n) => {
  const words = Array.from({ length: n }, () => '@Name');
  return [words, ['the', ...words]];
});
/** What may follow a name given to a thing: the end of its phrase or a clause on it (`noncue.called-name`). */
const NAME_ENDS = ',|.|;|:|)|which|who|that|to|in|at|and|with|from|is|was|has|had|will|would';
const SHOW_NOUN_BEFORE = "a|the|his|her|their|its|'s|’s|morning|talk|news|radio|tv|television|reality|game|cable|sunday|weekend|late-night";

/** Documents someone saw, before "seen by", "obtained by", "reviewed by" (`noncue.document-seen-by`), as one alternation. */
const SEEN_DOCUMENT_NOUNS = 'memo|memos|document|documents|letter|letters|report|email|emails|draft|copy|records|files|papers|plan|proposal|minutes|contract|filing|filings|agreement';

/**
 * Contexts where a cue word is the article's own framing or no report at all: "it is worth noting that",
 * "the morning shows", "appeared on Fox". Each word of `before` and `after` may list alternatives
 * separated by "|" ("#" stands for any number, "@word" for any lower-case word before the cue, "@Name" for any
 * capitalised word after it).
 */
export const NON_CUE_CONTEXTS: readonly { id: string; before: readonly string[]; cue: string; after?: readonly string[]; opensClause?: boolean }[] = [
  { id: 'noncue.worth-noting', before: ['worth'], cue: 'noting' },
  // the noun: "think tank", "the Migration Watch think tank which said" (over all of train "think tank(s)" a cue 0 times)
  { id: 'noncue.think-tank', before: [], cue: 'think', after: ['tank|tanks'] },
  // "Unions representing refuse workers warned": a noun before the noun it describes (household waste)
  ...[...NOUN_SENSES].map(([cue, nouns]) => ({ id: `noncue.noun-sense-${cue}`, before: [], cue, after: [[...nouns].join('|')] })),
  // the noun: "Ceasefire talks stall", "debt ceiling talks", "pep talks" (over all of train "peace/trade/secret talks" a cue 0 times in 5)
  { id: 'noncue.talks-noun', before: ['peace|ceasefire|truce|trade|tariff|budget|debt|ceiling|coalition|merger|contract|pay|wage|nuclear|climate|border|settlement|unity|secret|direct|bilateral|formal|informal|fresh|pep|little|crisis|brexit|obamacare'], cue: 'talks' },
  { id: 'noncue.needless-to-say', before: ['needless', 'to'], cue: 'say' },
  // "It is too early to say whether that is true", "hard to tell": the article's own hedge, no one's report
  { id: 'noncue.too-early-to-say', before: ['early|soon|hard|difficult|impossible|premature', 'to'], cue: 'say' },
  { id: 'noncue.too-early-to-tell', before: ['early|soon|hard|difficult|impossible|premature', 'to'], cue: 'tell' },
  { id: 'noncue.that-is-to-say', before: ['is', 'to'], cue: 'say' },
  { id: 'noncue.so-to-speak', before: ['so', 'to'], cue: 'speak' },
  { id: 'noncue.as-noted', before: ['as'], cue: 'noted' },
  { id: 'noncue.easier-said', before: ['easier'], cue: 'said' },
  { id: 'noncue.well-known', before: ['well'], cue: 'known' },
  { id: 'noncue.best-known', before: ['best'], cue: 'known' },
  // what no one knows yet: "The cause is not yet known", "It is not known whether ..." (not "is not known as a hawk", a
  // reputation PolNeAR marks; over all of train a cue 0 times in 2)
  { id: 'noncue.not-known', before: ['not', 'yet'], cue: 'known' },
  { id: 'noncue.not-known', before: ['not'], cue: 'known', after: ['.|,|;|whether|how|why|when|who|what|if|about|exactly|at'] },
  // (opensClause: no word right before the first word, as "(That said, ..." but not "bottles that said, \"...\"")
  { id: 'noncue.that-said', before: ['that'], cue: 'said', after: [','], opensClause: true },
  { id: 'noncue.that-being-said', before: ['that', 'being'], cue: 'said' },
  { id: 'noncue.having-said-that', before: ['having'], cue: 'said', after: ['that', ','] },
  { id: 'noncue.suffice-to-say', before: ['suffice', 'it', 'to'], cue: 'say' },
  { id: 'noncue.to-say-the-least', before: ['to'], cue: 'say', after: ['the', 'least'] },
  { id: 'noncue.goes-without-saying', before: ['goes|go|went', 'without'], cue: 'saying' },
  { id: 'noncue.lets-say', before: ['let', "'s|’s"], cue: 'say' },
  // the adjective: "an informed decision", "not very well informed" (over all of train but folds 3 and 7 a cue 0 times in 2)
  { id: 'noncue.informed-adjective', before: ['an|well|better|more|fully|ill|poorly|less'], cue: 'informed' },
  // the article's (or the speaker's) own hedge: "it is safe to say", "it's hard to say whether"
  { id: 'noncue.safe-to-say', before: ['safe|fair|hard|difficult|accurate|impossible|premature', 'to'], cue: 'say' },
  // the noun: "voters get their say", "has the final say", "a say in the process"
  { id: 'noncue.say-noun', before: ['a|their|final|last|equal'], cue: 'say' },
  // the noun: "on a conference call with analysts", "the roll call vote", "a close call" (over all of train a cue 3 times in 56)
  ...['call', 'calls'].map((cue) => ({ id: 'noncue.call-noun', before: ['conference|phone|telephone|video|earnings|roll|wake-up|close|judgment|judgement|fundraising|robo'], cue })),
  // the noun: "state Del. Marcia Price", "the State Department", "state lawmakers" (over train but folds 3 and 7 a cue 2 times in 246)
  { id: 'noncue.state-office', before: [], cue: 'state', after: ['sen|rep|del|senator|senators|representative|representatives|attorney|treasurer|auditor|comptroller|superintendent|supreme|house|senate|legislature|legislators|lawmakers|officials|law|laws|level|party|government|agencies|budget|police|troopers|capitol|election|elections|court|courts|judge|judges|voters|department|park|parks|media|television|tv|news|secretary|university|universities|school|schools|funding|funds|health|workers|employees|employee|prison|prisons'] },
  // a name given: "the program, known as the Renewable Fuel Standard" (over all of train a cue 0 times in 2)
  { id: 'noncue.known-as', before: [','], cue: 'known', after: ['as'] },
  // a name given: "a man named Tom Clarke", "a company named Fjordbygg" (over all of train but folds 3 and 7 "a/an X (Y) called/named Z" a cue 2 times in 27)
  { id: 'noncue.a-man-named', before: ['a|an', '@word'], cue: 'named' },
  { id: 'noncue.a-man-named', before: ['a|an', '@word', '@word'], cue: 'named' },
  // the noun: "Northwind shares slide", "shares fell 8 percent" (the stock market's verbs; over all of train 0 times)
  ...['share', 'shares'].map((cue) => ({ id: 'noncue.shares-move', before: [], cue, after: ['slide|slid|slides|fall|fell|falls|rise|rose|rises|jump|jumped|jumps|drop|dropped|drops|tumble|tumbled|tumbles|soar|soared|soars|plunge|plunged|plunges|climb|climbed|climbs|sink|sank|sinks|slump|slumped|slumps|surge|surged|surges|dip|dipped|dips|rally|rallied|rallies|slip|slipped|slips|sag|sagged|sags|rebound|rebounded|rebounds|hit|closed|ended|traded|were|are|have|had'] })),
  // a name someone uses: "who goes by the name PatriotVoice88", "went by the nickname"
  ...['go', 'goes', 'went', 'going'].map((cue) => ({ id: 'noncue.goes-by', before: [], cue, after: ['by', 'the|a', 'name|names|nickname|handle|alias|pseudonym'] })),
  // a name someone uses: "a group calling itself ShadowLedger", "a man who calls himself Paul" (not "calling himself
  // conservative", a self-description PolNeAR marks; over all of train a cue 0 times in 3 before a capitalised word)
  ...['call', 'calls', 'called', 'calling'].map((cue) => ({ id: 'noncue.calling-itself', before: [], cue, after: ['itself|himself|herself|themselves', '@Name'] })),
  // a name given: "a group called Citizens for Change, which", "a brook called Mill Run." (a name the thing is called by,
  // then the phrase or clause goes on; not "a doctor called Oz a quack", whose second noun phrase is what Oz was
  // called; over PolNeAR train and dev a cue 0 times in 11) and in an aside: "The scheme, called StartRight, gives"
  ...NAME_SHAPES.flatMap((name) => [
    { id: 'noncue.called-name', before: ['a|an', '@word'], cue: 'called', after: [...name, NAME_ENDS] },
    { id: 'noncue.called-name', before: ['a|an', '@word', '@word'], cue: 'called', after: [...name, NAME_ENDS] },
    { id: 'noncue.called-name', before: [','], cue: 'called', after: [...name, ','] },
  ]),
  // a fact that tells something: "Which questions get answered says something about the candidates' priorities" (over
  // PolNeAR train and dev a cue 0 times in 2; "said little about how" is a report)
  { id: 'noncue.says-something-about', before: [], cue: 'says', after: ['something', 'about'] },
  // who a text is said to come from: "The messages are attributed to a \"doctor\"", "a quote wrongly attributed to Churchill"
  { id: 'noncue.attributed-to', before: [], cue: 'attributed', after: ['to'] },
  // an aside naming someone: "The man, named by his family as Marcus Reid, ...", "The victim, identified by police as"
  // (PolNeAR train holds none; "Suspect Named By Police" in a headline, a cue there, has no comma before it)
  ...['named', 'identified'].map((cue) => ({ id: 'noncue.named-as', before: [','], cue, after: ['by|locally|as'] })),
  // a participle before its noun: "a widely reported study", "the much quoted figure" (PolNeAR train holds none)
  ...['reported', 'cited', 'quoted', 'touted', 'publicized', 'publicised', 'shared'].map((cue) => (
    { id: 'noncue.widely-reported', before: ['a|an|the|its|this|his|her|their', 'widely|much|often|frequently|previously|heavily|extensively'], cue })),
  // a post named by its platform: "wrote in a Facebook post that", "in an Instagram video", "In a blog post on Thursday" (over all of train a cue 0 times in 7)
  ...['post', 'posts', 'message', 'messages', 'tweet', 'video', 'videos'].map((cue) => (
    { id: 'noncue.platform-post', before: ['a|an|the|his|her|their|its', 'blog|facebook|twitter|instagram|tiktok|youtube|linkedin|medium|telegram|whatsapp|snapchat|reddit|threads|substack'], cue })),
  // a poll's sample: "The poll, which questioned 2,000 adults online", "surveyed 1,000 voters" (over all of train a cue 0 times in 2)
  ...['questioned', 'surveyed', 'polled', 'interviewed'].map((cue) => ({ id: 'noncue.sampled', before: [], cue, after: ['#'] })),
  // a document and who saw it: "a budget document seen by the Echo lists ...", "a memo obtained by Reuters" (over all of train a cue 0 times in 3)
  ...['seen', 'obtained', 'reviewed'].map((cue) => ({ id: 'noncue.document-seen-by', before: [SEEN_DOCUMENT_NOUNS], cue, after: ['by'] })),
  // (and in an aside between commas: "The document, seen by the Castleford Times, sets out X")
  ...['seen', 'obtained', 'reviewed'].map((cue) => ({ id: 'noncue.document-seen-by', before: [SEEN_DOCUMENT_NOUNS, ','], cue, after: ['by'] })),
  // phrasal verbs: "voters did not show up", "showing off the hat"
  ...['show', 'shows', 'showed', 'showing', 'shown'].map((cue) => ({ id: 'noncue.show-up', before: [], cue, after: ['up|off'] })),
  // the noun: "the morning shows", "a talk show" (PolNeAR train outside tenths 3 and 7: a cue 6 times in 88)
  ...['show', 'shows'].map((cue) => ({ id: 'noncue.show-noun', before: [SHOW_NOUN_BEFORE], cue })),
  // being somewhere: "appeared on Fox News", "appears before the committee" (a cue 3 times in 49; "appeared to" stays)
  ...['appear', 'appears', 'appeared', 'appearing'].map((cue) => ({ id: 'noncue.appear-at', before: [], cue, after: ['on|at|before|alongside|onstage|in|with'] })),
  // how someone spoke, after the report: "\"I'm fine,\" she said, laughing." (no report of its own)
  ...['laughing', 'smiling', 'grinning', 'shrugging', 'sighing', 'chuckling', 'beaming', 'smirking'].map((cue) => ({ id: 'noncue.manner', before: [','], cue })),
  // coming out, with nothing said: "on the day the report appeared, the company ...", "before the book appears." (a cue
  // needs what appears to be so: "appeared to", "appears unlikely", "It appears, though, that X")
  ...['appear', 'appears', 'appeared'].flatMap((cue) => [
    { id: 'noncue.appeared-alone', before: [], cue, after: ['.|;'] },
    { id: 'noncue.appeared-alone', before: [], cue, after: [',', 'the|a|an|his|her|their|its|our|he|she|they|we|i|this|these|those'] },
  ]),
  // saying nothing, with nothing said: "He returned for the lunch and said little, according to an attendee" (not "said little
  // about how", "says nothing about X", whose topic is the content; over PolNeAR train and dev a cue 0 times in 3)
  ...['said', 'says', 'say', 'saying'].map((cue) => ({ id: 'noncue.said-little', before: [], cue, after: ['little|nothing', '.|,|;'] })),
  // "found a way to", "found fault with", "found himself" (a cue 0 times in 14)
  // "sailings were called off", "called off the strike": cancelled, nothing said
  ...['called', 'calling', 'calls', 'call'].map((cue) => ({ id: 'noncue.called-off', before: [], cue, after: ['off'] })),
  { id: 'noncue.found-a-way', before: [], cue: 'found', after: ['ways|way|fault|time|common|himself|herself|themselves|itself|myself|ourselves'] },
  { id: 'noncue.found-a-way', before: [], cue: 'found', after: ['a|an|new', 'way|ways'] },
  // a document and when it appeared: "a survey released on Thursday", "a report published earlier this month" (cues 3 in 34)
  // ("a statement issued Tuesday", "the report published yesterday": over all of train a cue 0 times in 4)
  ...['published', 'released', 'issued'].map((cue) => ({ id: 'noncue.released-on', before: ['@word'], cue, after: ['earlier|last|this|on|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today'] })),
  // how far a post went: "a post shared more than 8,000 times", "a video viewed 2 million times" ("#": a number)
  ...[...SPREAD_PARTICIPLES].map((cue) => ({ id: 'noncue.shared-times', before: [], cue, after: ['#|more|nearly|almost|tens|hundreds|thousands|millions'] })),
  // going on, not saying: "continued to be", "continued to grow", "went on to win", "went on offense"
  ...['continue', 'continues', 'continued', 'continuing'].map((cue) => (
    { id: 'noncue.continued-to-be', before: [], cue, after: ['to', 'be|win|rise|fall|grow|climb|drop|decline|increase|lead|play|serve'] })),
  // how completely a figure was entered, not a report: "the losses had been reported in full" (passive; PolNeAR train holds none)
  ...['reported', 'disclosed', 'declared', 'published', 'recorded'].map((cue) => ({ id: 'noncue.in-full', before: ['been|was|were|is|are|be|being'], cue, after: ['in', 'full'] })),
  ...['went', 'goes', 'go', 'going'].flatMap((cue) => [
    { id: 'noncue.went-on-to-win', before: [], cue, after: ['on', 'to', 'win|lose|become|beat|serve|take|lead|play|run|found|earn|receive|defeat|finish|capture|claim'] },
    { id: 'noncue.went-on-to-win', before: [], cue, after: ['on', 'offense|offence|tour|vacation|holiday|air|sale|trial'] },
  ]),
];

/**
 * Words that begin a label before a colon that names no speaker: a rubric, a credit line or an
 * exclamation ("The Latest: ...", "Correction: ...", "Contributing: ...", "BOOM: ..."). Neither the
 * headline-colon rule nor the transcript rule ("WALLACE: ...") takes such a label as a source.
 */
export const RUBRICS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'rubric.section', words: ['breaking', 'update', 'updated', 'updates', 'exclusive', 'analysis', 'opinion', 'video', 'watch', 'live', 'latest', 'editorial', 'explainer', 'factbox', 'timeline', 'photos'] },
  // a newsletter's or a page's label: "Paid Notice:", "Daily Briefing:" (its last word, as "Delegate Update:" and "Morning Email:")
  { id: 'rubric.label', words: ['newsletter', 'brief', 'briefing', 'digest', 'recap', 'roundup', 'notice', 'notices', 'obituary', 'obituaries', 'transcript', 'transcripts', 'interview', 'q&a', 'podcast', 'profile'] },
  { id: 'rubric.verdict', words: ['hoax', 'fake', 'false', 'debunked', 'fact', 'rumor', 'rumour', 'confirmed', 'myth', 'myths'] },
  { id: 'rubric.credit', words: ['correction', 'corrections', 'clarification', 'contributing', 'byline', 'email', 'e-mail', 'credit', 'photo', 'related', 'editor', 'note', 'disclosure'] },
  { id: 'rubric.exclamation', words: ['wow', 'boom', 'busted', 'bombshell', 'look', 'revealed', 'shocking'] },
  // a fact check's labels: "Claim: ...", "Verdict: False", "Our ruling: ...", "Bottom line: ..."
  // an interview's labels: "Q: Is that true?" (the interviewer, who asks for the publication)
  { id: 'rubric.interview', words: ['q', 'question', 'questions', 'interviewer'] },
  { id: 'rubric.fact-check', words: ['claim', 'claims', 'verdict', 'rating', 'ruling', 'conclusion', 'context', 'background', 'summary', 'sources', 'bottom'] },
];

const DOUBLED = new Set(['admit', 'commit', 'regret', 'quip', 'testify', 'repel', 'control', 'refer', 'prefer', 'rebut']);

/** Regular inflections of a verb lemma: base, -s, -ed, -ing. */
export function inflect(lemma: string): string[] {
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (lemma.endsWith('e')) {
    forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  } else if (DOUBLED.has(lemma) && !lemma.endsWith('y')) {
    const last = lemma[lemma.length - 1];
    forms.push(lemma + last + 'ed', lemma + last + 'ing');
  } else {
    forms.push(lemma + 'ed', lemma + 'ing');
  }
  return forms;
}

export interface CueForm {
  verb: CueVerb;
  /** 'ing' for the present participle, 'base' otherwise. */
  participle: boolean;
}

let formIndex: Map<string, CueForm> | undefined;

/** Looks up a lower-cased word: the cue verb it is a form of, if any. */
export function cueVerbForm(lower: string): CueForm | undefined {
  if (!formIndex) {
    formIndex = new Map();
    for (const verb of CUE_VERBS) {
      for (const f of verb.forms ?? inflect(verb.lemma)) {
        if (!formIndex.has(f)) formIndex.set(f, { verb, participle: f.endsWith('ing') });
      }
    }
  }
  return formIndex.get(lower);
}

/**
 * `attr.lexicon-participle`: a participle after a comma ("..., comparing Carson to a rival", "...,
 * advising graduates to ...") whose word annotators took as a cue at least this share of its
 * occurrences in PolNeAR train (the learned lexicon, src/core/data/cue-lexicon.ts): after a comma,
 * outside quotation marks, such participles were cues 520 times in 616 over all of train (84%), and of
 * those the rules and the model left out on the held-out tenth, 7 in 10 (scripts/train/count-pattern.ts
 * comma-participle). Below it ("including", "using", "meaning") they seldom are.
 */
export const LEXICON_PARTICIPLE_MIN_PROBABILITY = 0.1;

/**
 * `attr.in-poll`: the head nouns of a sentence-opening "In" phrase that names a poll as the source of
 * the clause after its comma ("In a national CNN poll released Monday, 31% of voters ..."). Over
 * PolNeAR train but the two held-out tenths that judge changes, such an "In" lay in a gold cue 11 times
 * in 13 (with any evidence noun 11 in 19; after a statement, interview, speech or email, whose verb
 * annotators take as the cue, 2 in 104; "in a poll" inside a sentence 21 in 43).
 */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);
/**
 * The most tokens from "In" to the comma of an `attr.in-poll` phrase ("In a New York Times/CBS News survey
 * released last Thursday," is 12). 9 until the poll openings framed their respondents' reports
 * (`dropPollFramedReports`); then 13 was the smallest limit that paid on fold 5 (11 lost a cue; 15 and 18 as
 * 13), and it judged: whole-analysis cue F1 fold 5 / 3 / 7 0.8020 / 0.8066 / 0.7632 -> 0.8022 / 0.8066 / 0.7637,
 * source and content up or the same.
 */
export const POLL_PHRASE_MAX_TOKENS = 13;

/**
 * Nouns of a statement issued in writing or on record: "released a statement Wednesday, saying ...", "sent a letter
 * this week urging ...". The verb that issues one and the participle that gives what it says are one cue for
 * PolNeAR's annotators (`joinStatementParticiples` in detect/block.ts).
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'email', 'emails', 'e-mail', 'e-mails', 'letter', 'letters', 'message', 'messages',
  'memo', 'tweet', 'tweets', 'post', 'posts', 'release', 'video', 'ad', 'ads', 'op-ed', 'response',
]);
/**
 * Verbs that issue a statement (`STATEMENT_NOUNS`), whose subject is who speaks in what the participle after it gives:
 * "Black Lives Matter issued a statement saying X", "His office put out a statement saying X", where the model may read
 * no report in the verb and the participle's source is the statement.
 */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'release', 'posted', 'posts', 'published', 'publishes', 'sent', 'sends', 'put', 'puts']);

/**
 * Nouns of what circulates online, a report's source in fact checks ("Posts on WhatsApp claim the council has ...",
 * "A viral video says ..."): rarely in PolNeAR's political news, whose model gives their cues too little support.
 */
export const ONLINE_POST_NOUNS: ReadonlySet<string> = new Set([
  'post', 'posts', 'tweet', 'tweets', 'video', 'videos', 'meme', 'memes', 'image', 'images', 'photo', 'photos',
  'message', 'messages', 'clip', 'clips', 'screenshot', 'screenshots', 'caption', 'captions', 'graphic', 'graphics',
]);
/** Nouns of where posts are made, which a relative clause may follow as a post's noun does ("the account Trump retweeted"). */
export const POSTING_ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['account', 'accounts', 'page', 'pages', 'channel', 'channels', 'website', 'blog']);
/** Prepositions of an aside that says where a statement was made ("in a statement", "on its website", "during an interview"). */
export const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'via', 'during', 'through']);
/** Nouns of where a statement is made: the statements and posts (`STATEMENT_NOUNS`, `ONLINE_POST_NOUNS`), and interviews, speeches and the like. */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set([...STATEMENT_NOUNS, ...ONLINE_POST_NOUNS, 'interview', 'interviews', 'speech', 'address', 'briefing', 'podcast', 'broadcast', 'website', 'blog', 'filing', 'report', 'book', 'memoir', 'column', 'testimony', 'hearing', 'conference', 'complaint', 'lawsuit', 'petition', 'affidavit', 'submission']);
/**
 * Singular nouns of a statement that need a determiner as a subject: "that" before one and a verb is that determiner,
 * no complementiser ("said that claim was misleading").
 */
export const DETERMINER_THAT_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'figure', 'statement', 'report', 'account', 'number', 'estimate', 'story', 'allegation', 'version', 'argument',
  'assessment', 'suggestion', 'rumour', 'rumor', 'assertion', 'accusation', 'charge',
  // "The union said that distinction was meaningless", "said that comparison was unfair"
  'distinction', 'comparison', 'explanation', 'description', 'interpretation', 'conclusion', 'defence', 'defense',
]);
/** Cue verbs (ids of `CUE_VERBS`) whose reply is itself the statement: "responded on Twitter, calling ...". */
/** The cues of an accusation, whose content ends before the report that led to it (`promptedContents` in detect/block.ts). */
export const ACCUSING_CUES: ReadonlySet<string> = new Set(['accused', 'accuses', 'accuse', 'accusing', 'has accused', 'have accused', 'had accused']);

/**
 * Cues that report an answer to someone else's claim as contrary to it (`link.ts`, a countering report contradicts the
 * claim before it): "Supporters counter that 56 of the 61 firms kept the four-day week", "the minister retorted that X"
 * (not "hit back", most often with an insult: "Jeb wants to be a tough guy tonight").
 */
export const COUNTERING_CUES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'counter.counter', words: ['counter', 'counters', 'countered', 'countering'] },
  { id: 'counter.retort', words: ['retort', 'retorts', 'retorted', 'retorting'] },
  { id: 'counter.rebut', words: ['rebut', 'rebuts', 'rebutted', 'rebutting'] },
];
export const RESPONSE_VERBS: ReadonlySet<string> = new Set(['cue.respond', 'cue.reply']);
/** Words in the stretch between such a cue and its participle that start a clause or a topic of its own ("a message about", "which", "and"). */
export const STATEMENT_GAP_BREAKS: ReadonlySet<string> = new Set(['about', 'which', 'who', 'whose', 'whom', 'when', 'where', 'that', 'before', 'after', 'while', 'and', 'but', 'as', 'of']);

/**
 * The most capitalised words of the name that signs a quotation after a dash (`attr.quote-dash`,
 * `attr.quote-signature`: `"..." ― Ana Petrova`), a title's or an initial's full stop aside ("Gov. Ana Ruiz").
 */
export const SIGNATURE_MAX_WORDS = 5;

/**
 * Adverbs that report on their own: the source is unnamed ("The mayor reportedly wants a second bridge").
 * A cue of the model made of them alone is kept, unlike other adverbs and auxiliaries ("has also"):
 * over all of PolNeAR train "reportedly" lay in a gold cue 19 times in 29 ("allegedly" 2 in 12).
 */
export const REPORTING_ADVERBS: ReadonlySet<string> = new Set(['reportedly']);

/**
 * Asides between a subject and its verb that only tie the sentence to the one before ("The club, however, denied",
 * "Halden, for its part, dismissed", "The union, in turn, said"): no part of the source (`discourseAsideStart`).
 */
export const DISCOURSE_ASIDES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'aside.however', words: ['however'] },
  { id: 'aside.though', words: ['though'] },
  { id: 'aside.meanwhile', words: ['meanwhile'] },
  { id: 'aside.instead', words: ['instead'] },
  { id: 'aside.too', words: ['too'] },
  { id: 'aside.likewise', words: ['likewise'] },
  { id: 'aside.moreover', words: ['moreover'] },
  { id: 'aside.nevertheless', words: ['nevertheless'] },
  { id: 'aside.nonetheless', words: ['nonetheless'] },
  { id: 'aside.in-turn', words: ['in', 'turn'] },
  { id: 'aside.in-response', words: ['in', 'response'] },
  { id: 'aside.in-reply', words: ['in', 'reply'] },
  { id: 'aside.by-contrast', words: ['by', 'contrast'] },
  { id: 'aside.in-contrast', words: ['in', 'contrast'] },
  { id: 'aside.for-now', words: ['for', 'now'] },
  { id: 'aside.for-its-part', words: ['for', 'its', 'part'] },
  { id: 'aside.for-his-part', words: ['for', 'his', 'part'] },
  { id: 'aside.for-her-part', words: ['for', 'her', 'part'] },
  { id: 'aside.for-their-part', words: ['for', 'their', 'part'] },
  { id: 'aside.on-the-other-hand', words: ['on', 'the', 'other', 'hand'] },
];

/** What "put ... at" gives a number for: "put the figure at 3,900 hectares", "police put the crowd at 2,000" (`attr.put-figure`). */
export const PUT_FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'figures', 'number', 'numbers', 'toll', 'tally', 'count', 'total', 'estimate', 'crowd', 'turnout', 'attendance', 'cost', 'costs', 'bill', 'damage', 'losses', 'size', 'value', 'support', 'approval', 'backing', 'share', 'lead', 'journey', 'distance', 'wait', 'delay', 'price', 'deficit', 'shortfall', 'rate']);

/**
 * Who is told, not who tells, at a headline's end: "Former executive stole 3 million dollars, jury told", "Plant was
 * unsafe, inquiry told" (the passive with "was" left out; the speaker is named in the story).
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set(['jury', 'jurors', 'court', 'inquiry', 'inquest', 'tribunal', 'hearing', 'trial', 'mps', 'peers', 'lawmakers', 'legislators', 'senators', 'committee', 'parliament', 'congress', 'senate', 'assembly', 'council', 'councillors', 'investors', 'shareholders', 'staff', 'workers', 'employees', 'students', 'parents', 'residents', 'patients', 'delegates']);

/** Participles of who was asked, or hired, by someone: "Residents interviewed by the Herald", "Lawyers hired by the family" (the people speak). */
export const ASKED_BY_PARTICIPLES: ReadonlySet<string> = new Set(['contacted', 'interviewed', 'consulted', 'surveyed', 'polled', 'questioned', 'approached', 'reached', 'asked', 'hired', 'retained', 'employed', 'commissioned']);

/**
 * Participles that tie a document to who saw or made it, or when, in a source: "a memo seen by Reuters", "documents
 * reviewed by The Ledger", "a recount completed in December", "a survey conducted by Gallup", "figures compiled by the
 * website Fee Ledger".
 */
export const SEEN_BY_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'analysed', 'analyzed', 'published', 'released', 'issued', 'cited', 'quoted', 'completed', 'conducted', 'commissioned', 'compiled', 'gathered', 'collected']);
/**
 * Participles that place a campaign or a document in time after a verb of saying's adjunct, before "that": "said in an
 * advertising campaign | launched this month | that X", "said in a report | issued on Monday | that X".
 */
export const LAUNCHED_PARTICIPLES: ReadonlySet<string> = new Set(['launched', 'unveiled', 'aired', 'broadcast', 'issued', 'released', 'published', 'posted', 'run']);

/** Participles that date a document before the time they take ("a report dated March 2024", "an email sent on Tuesday", "a leaflet delivered last week"). */
export const DATED_PARTICIPLES: ReadonlySet<string> = new Set(['dated', 'written', 'drafted', 'prepared', 'sent', 'filed', 'signed', 'circulated', 'leaked', 'delivered', 'distributed', 'mailed']);
/** Participles of a document handed to someone, before "to": "documents given to the BBC", "figures provided to MPs". */
export const HANDED_PARTICIPLES: ReadonlySet<string> = new Set(['given', 'passed', 'provided', 'shown', 'supplied', 'submitted']);

/** Participles of spreading (`SPREAD_PARTICIPLES`) that are also of seeing, whose passive with "as" is a judgement: "was seen as", "viewed as". */
export const SEEING_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'viewed', 'watched']);

/** Adverbs of hearsay that report a clause on their own: "has reportedly ruled out", "was allegedly paid". */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);

/** Verbs of claiming (their ids) that no noun of the same form shadows before "that" ("contend", "insist"; not "claim", "claims that"). */
export const UNAMBIGUOUS_THAT_VERBS: ReadonlySet<string> = new Set(['cue.contend', 'cue.allege', 'cue.insist', 'cue.assert', 'cue.maintain']);

/** Whom a closing "told" names before the sentence's end: "told us.", "told reporters.". */
export const CLOSING_ADDRESSEES: ReadonlySet<string> = new Set(['us', 'me', 'reporters', 'journalists']);

/**
 * Verbs of saying that are acts people do together, which after "and" with no comma go on with the reported clause's own
 * subject (`reportEnd`): "reported that executives met in a London hotel and discussed raising charges".
 */
export const JOINT_ACTS: ReadonlySet<string> = new Set(['discussed', 'debated', 'negotiated']);
