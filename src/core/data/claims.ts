/**
 * Check-worthiness features for claims, as data: weights added to a base score, then clamped to 0..1.
 * A claim is listed when its score reaches the `minCheckworthiness` setting (default 0.5).
 */
export const CLAIM_FEATURES = {
  /** base for a proposition someone is reported to have said */
  attributedBase: 0.55,
  /** base for the article's own statement: it needs concrete facts to be worth checking */
  ownBase: 0.2,
  /** at least this for a statement a fact check labels as the claim it checks ("Claim: X") */
  labelled: 0.9,
  /** per named actor (capitalised word not at the start), up to 3 */
  name: 0.1,
  /** per number, up to 2 */
  number: 0.15,
  /** the article's own statement of a figure of a counted thing or of money ("85,000 households", "10,000 euros") */
  ownQuantity: 0.15,
  /** per date word (month, weekday, percent), up to 2 */
  date: 0.05,
  /** fewer than six words */
  short: -0.2,
  /** fewer than six words, one of them a name (`name`): "Germany had delivered the money" */
  shortNamed: -0.1,
  /** starts with a demand ("urge", "must", "let"): a demand is not a factual claim */
  demand: -1,
  /** starts like an opinion or a hedge ("obviously", "perhaps") */
  opinionStart: -0.25,
  /** "this is", "it was": a subject that only points back */
  pronounSubject: -0.2,
  /** first person without concrete facts ("we are forced to ..."; not a past event in the passive: "our accounts were audited") */
  firstPerson: -0.25,
  /** an obligation or duty rather than a fact ("is obliged to", "should") */
  obligation: -0.3,
  /** reported with a verb that makes it a claim outright ("claimed that", "alleged that", `CLAIMING_VERBS`) */
  claimVerb: 0.2,
  /** a number and a verb of measured change: "Sick days fell by 65%", "the list has doubled since 2019" (`CHANGE_VERBS`) */
  measuredChange: 0.1,
  /** the article's own statement of an event on the record, a court's or an office's ("was acquitted", `RECORDED_EVENT_VERBS`) */
  recordedEvent: 0.15,
  /** a question, or a clause of "whether" ("declined to say whether ...") */
  question: -0.5,
  /**
   * reported words that are an infinitive without a number: what someone declined, refused or vowed to do ("declined
   * to comment on the deal"; but "agreed to pay $325 million" stays)
   */
  infinitive: -0.5,
  /** reported words that are a request put to the source ("did not respond to | a request for comment"): no proposition */
  request: -0.5,
  /** an instruction, a verb in its plain form opening the sentence before its object ("Mix 500 grams of flour", "Bake it at 240 degrees") */
  imperative: -0.5,
  /**
   * the article's own correction of a figure, a figure's noun named as the right one and a number ("The correct figure is
   * 4.9%", "The real number was about 2,000", `CORRECTING_WORDS`): what a correction or a fact check sets against a claim
   */
  figureCorrection: 0.4,
} as const;

/** Words before a figure's noun that name it as the right one (`CLAIM_FEATURES.figureCorrection`): "the correct figure". */
export const CORRECTING_WORDS: ReadonlySet<string> = new Set(['correct', 'real', 'actual', 'true', 'right', 'accurate']);

/** Words after an imperative's verb that open its object: determiners, numbers' company, object pronouns and possessives ("Add 100 grams", "Bake it"). */
export const IMPERATIVE_OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'his', 'her', 'their', 'some', 'all', 'each', 'every', 'me', 'us', 'him']);

/**
 * Adjectives that state a checkable property of a thing, whose short "X is rare" is a claim worth checking however few
 * its words ("Myocarditis after vaccination is rare", "The drug is safe for children", "Fluoride is toxic"); not words of
 * taste ("great", "wonderful").
 */
export const FACT_STATE_ADJECTIVES: ReadonlySet<string> = new Set([
  'rare', 'common', 'uncommon', 'safe', 'unsafe', 'harmful', 'harmless', 'dangerous', 'effective', 'ineffective', 'toxic', 'poisonous',
  'contagious', 'infectious', 'fatal', 'deadly', 'lethal', 'carcinogenic', 'addictive', 'legal', 'illegal', 'unlawful', 'lawful',
  'widespread', 'rising', 'falling', 'free', 'mandatory', 'compulsory', 'banned', 'insolvent', 'bankrupt', 'profitable', 'unprofitable',
  // (the state of a structure after an event: "the wall is intact", "the bridge remains closed")
  'intact', 'open', 'closed', 'damaged', 'destroyed', 'flooded',
]);

/** Verbs of a measured change, which with a number make a statement of fact worth checking (`CLAIM_FEATURES.measuredChange`). */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'fell', 'fallen', 'falls', 'increased', 'increases', 'decreased', 'decreases', 'doubled', 'doubles',
  'tripled', 'halved', 'grew', 'grown', 'grows', 'dropped', 'drops', 'jumped', 'jumps', 'climbed', 'climbs', 'declined', 'declines',
  'surged', 'soared', 'plunged', 'plummeted', 'slumped', 'shrank', 'shrunk', 'tumbled',
]);

/** Verbs that direct someone to act, whose "X (not) to do Y" reports no proposition: "warned parents not to charge X". */
export const DIRECTING_CUES: ReadonlySet<string> = new Set([
  'warned', 'warns', 'warning', 'urged', 'urges', 'urging', 'advised', 'advises', 'advising', 'told', 'tells', 'telling',
  'asked', 'asks', 'asking', 'ordered', 'orders', 'instructed', 'encouraged', 'encourages', 'reminded', 'reminds', 'begged', 'implored',
]);

/** Nouns of an intended act that "no" denies: "it has no plans to", "had no intention of" (`deniedIntent`). */
export const DENIED_INTENT_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'intention', 'intentions']);

/** Nouns of an act intended, whose "to" names the act, no one directed: "the attempt to interfere", "plans to merge". */
export const INTENT_NOUNS: ReadonlySet<string> = new Set([
  'attempt', 'attempts', 'effort', 'efforts', 'plan', 'plans', 'bid', 'bids', 'move', 'moves', 'decision', 'decisions', 'action', 'actions',
  'push', 'pledge', 'pledges', 'promise', 'promises', 'proposal', 'proposals', 'call', 'calls', 'order', 'orders', 'request', 'requests',
]);

/** Verbs of cutting before "in half" or "by half", a halving in words: "cut knife crime in half", "reduced by half". */
export const HALVING_VERBS: ReadonlySet<string> = new Set(['cut', 'cuts', 'cutting', 'slashed', 'slash', 'slashing', 'reduced', 'reduce', 'reduces', 'reducing', 'fell', 'fallen', 'dropped', 'shrunk', 'shrank']);
/** Words after "doubled" that make it an idiom, no change by a multiple (`CHANGE_MULTIPLES`): "doubled down on", "doubled as". */
export const MULTIPLE_IDIOM_PARTICLES: ReadonlySet<string> = new Set(['down', 'as', 'up', 'over', 'back']);

/**
 * Verbs of an event on the record, which make the article's own statement one worth checking even without a name or a
 * number (`CLAIM_FEATURES.recordedEvent`): "A former health minister was acquitted on Friday of fraud".
 */
export const RECORDED_EVENT_VERBS: ReadonlySet<string> = new Set([
  'acquitted', 'convicted', 'arrested', 'sentenced', 'jailed', 'fined', 'indicted', 'sued', 'suspended', 'banned', 'resigned',
  'sacked', 'dismissed', 'expelled', 'impeached', 'extradited', 'detained', 'deported', 'pardoned', 'killed', 'died',
]);

/** What the article grants before a claim it states: "It is true that X", "It is clear that X" (the claim is X). */
export const TRUTH_FRAME_WORDS: ReadonlySet<string> = new Set(['true', 'clear', 'certain', 'undeniable', 'undisputed', 'correct', 'accurate']);

/** Nouns that open a request put to a source, what a "did not respond to" or "declined" reports ("a request for comment"). */
export const REQUEST_NOUNS: ReadonlySet<string> = new Set(['request', 'requests', 'inquiry', 'inquiries', 'enquiry', 'enquiries', 'question', 'questions', 'message', 'messages', 'email', 'emails', 'call', 'calls', 'interview']);
/** What follows a request's noun when the words are only the request ("a request for comment", "requests to comment"). */
export const REQUEST_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'from', 'about', 'seeking', 'on', 'in', 'regarding']);

/** Cue verbs (ids of `CUE_VERBS`) whose content is a claim by the very word: "activists claimed that the river had turned green". */
export const CLAIMING_VERBS: ReadonlySet<string> = new Set(['cue.claim', 'cue.allege', 'cue.assert', 'cue.insist', 'cue.contend', 'cue.maintain']);

/** Verbs of accusing whose act, a gerund, is a claim outright as `CLAIMING_VERBS`' clauses are: "accused the government of ignoring warnings". */
export const ACCUSING_VERBS: ReadonlySet<string> = new Set(['cue.accuse', 'cue.charge']);

/** Forms of "blame", a cue the learned model finds, whose content names who caused what: "blamed air traffic control for the cancellations" is a claim outright. */
export const BLAMING_FORMS: ReadonlySet<string> = new Set(['blame', 'blames', 'blamed', 'blaming']);

/** Nouns in a cue that make what it reports a claim outright, as `CLAIMING_VERBS` do: "made allegations that X", "rumours that X". */
export const CLAIMING_NOUNS: ReadonlySet<string> = new Set([
  'allegation', 'allegations', 'charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'assertion', 'assertions',
  'contention', 'insinuation', 'insinuations', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation',
]);

export const DEMAND_WORDS: ReadonlySet<string> = new Set(['urge', 'urges', 'call', 'calls', 'demand', 'demands', 'let', 'please', 'must', 'should', 'ask', 'appeal', 'appeals', 'want']);
/**
 * Verbs of saying in their base form that open what someone declined or refused to do, the "to" left in the cue
 * ("declined to | say whether the plant would close", "refused to | comment on the deal"): no proposition.
 */
export const UNSAID_VERBS: ReadonlySet<string> = new Set(['say', 'comment', 'confirm', 'discuss', 'elaborate', 'speculate', 'disclose', 'specify', 'identify', 'answer', 'respond', 'explain', 'detail', 'name']);
/** Subjects of a demand ("we urge", "I call on"). */
export const DEMAND_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i']);
/** Pronoun subjects that lower check-worthiness before a verb ("this is", "it will"). */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'these']);
export const OPINION_STARTS: ReadonlySet<string> = new Set(['obviously', 'perhaps', 'maybe', 'clearly', 'surely', 'frankly', 'honestly', 'hopefully', 'unfortunately', 'fortunately', 'certainly', 'i', 'imagine', 'if']);
/** Plurals without an -s that count people or animals in a short claim: "five people died", "two children were hurt". */
export const COUNTED_IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'sheep', 'deer', 'fish']);

/**
 * Modals that, in someone's reported words, only shift a "will" or a "can" back ("said the plant would close",
 * "found that 2.3 million euros could not be accounted for"): no hedge there.
 */
export const BACKSHIFTED_MODALS: ReadonlySet<string> = new Set(['would', 'could']);
export const OBLIGATION_WORDS: ReadonlySet<string> = new Set(['obliged', 'forced', 'should', 'must', 'ought', 'need', 'needs', 'hope', 'hopes', 'wish', 'would', 'could', 'might', 'deserve', 'deserves', 'deserved']);

/** Auxiliaries of a past act that a negator after them denies: "I did not take", "we have never sold", "I wasn't paid". */
export const PAST_ACT_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'have', 'has', 'had', 'was', 'were']);
/** Modals before "never" that make it a resolve, no denial of an act: "I will never do it again". */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', "'ll", '’ll', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must']);
/**
 * Verbs of a state of mind, which a first person's negation makes no denial of an act: "I don't know", "we have not
 * decided", "I never thought", "I did not expect".
 */
export const MENTAL_VERBS: ReadonlySet<string> = new Set([
  'know', 'known', 'knew', 'think', 'thought', 'believe', 'believed', 'remember', 'remembered', 'recall', 'recalled', 'want', 'wanted',
  'expect', 'expected', 'see', 'seen', 'saw', 'understand', 'understood', 'feel', 'felt', 'care', 'cared', 'like', 'liked', 'mean', 'meant',
  'agree', 'agreed', 'decide', 'decided', 'intend', 'intended', 'imagine', 'imagined', 'dream', 'dreamed', 'hear', 'heard', 'read', 'regret',
  'regretted', 'wish', 'wished', 'hope', 'hoped', 'mind', 'minded', 'doubt', 'doubted', 'realize', 'realized', 'realise', 'realised', 'envision', 'envisioned', 'trust', 'trusted', 'say', 'said', 'get', 'got', 'gotten', 'been', 'be',
  'dislike', 'disliked', 'hate', 'hated', 'love', 'loved', 'mistrust', 'distrust', 'fear', 'feared',
]);

/**
 * Finite verbs that name a report's sources ("The newspaper cited two people familiar with the discussions", "The
 * association pointed to official figures from the Office for National Statistics"): what they report is a claim only
 * with a verb in it.
 */
export const CITING_VERBS: ReadonlySet<string> = new Set(['cited', 'cites', 'cite', 'quoted', 'quotes', 'quote', 'pointed to', 'points to', 'point to', 'pointing to']);

/**
 * A question's opening that puts the clause after it up for checking ("Is it true that black bins will be emptied only
 * once a month?"): an explainer's heading or bold question, which a "No." under it answers.
 */
export const TRUE_QUESTION_OPENINGS: readonly (readonly string[])[] = [
  ['is', 'it', 'true', 'that'], ['is', 'it', 'really', 'true', 'that'], ['is', 'it', 'true'], ['is', 'it', 'really', 'true'],
  ['is', 'it', 'the', 'case', 'that'], ['is', 'it', 'a', 'fact', 'that'],
];

/** Labels before a colon that name whose a fact check's claim is: "Who said it: Mayor Anita Shah" (no report of its own). */
export const SPEAKER_LABELS: readonly string[] = ['who said it', 'who made it', 'who made the claim', 'said by', 'made by', 'claimed by', 'claim by', 'speaker', 'claimant'];
/** `SPEAKER_LABELS` as a set. */
export const SPEAKER_LABEL_SET: ReadonlySet<string> = new Set(SPEAKER_LABELS);
