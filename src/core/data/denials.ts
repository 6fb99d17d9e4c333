/**
 * Denial cues as data. A denial rejects a proposition (its target): "denied allegations that X",
 * "firmly rejecting claims regarding X", "dismissed reports that X as fabricated", "there is no
 * evidence that X", "X is false", "retracted its statement that X".
 */

import { ALLEGATION_NOUNS, inflect } from './cues';
import { CONTRACTED_NEGATIONS as LEXICON_CONTRACTED_NEGATIONS } from './lexicon';

export interface DenialVerb {
  id: string;
  lemma: string;
  forms?: readonly string[];
  /** Strength of the rejection, used as the finding's confidence. */
  strength: number;
  /**
   * What the verb's object must be for it to deny a proposition:
   * - `proposition` ("deny"): a that-clause, a clause ("denies Lebanon captured ..."), a gerund ("denied
   *   supplying ..."), a statement noun ("the allegations") or a noun naming a proposition ("any wrongdoing",
   *   "involvement"); not a withheld thing ("denied them marriage licenses", "was denied the chance").
   * - `statement` ("reject", "dismiss", "discredit", ...): a that-clause, a statement noun ("rejected claims
   *   that ...", "dismissed the report"), "it"/"this", or a thing called false ("dismissed the video as fake");
   *   not a person or a policy ("Voters rejected the mayor", "reject any proposal").
   * - `any` ("refute", "debunk", "disprove", "rebut"): any object but a person is a proposition.
   * - `none` ("suggests otherwise"): no object; what it denies is the claim before (a generic target).
   */
  object: 'proposition' | 'statement' | 'any' | 'none';
  /** False when a "that" right after the verb is not its object's clause ("a three-way contest that will ..."). */
  clause?: boolean;
  /**
   * True when the learned model may still read the verb as an attribution cue where the denial rules find
   * no denial ("dismissed Obama's actions", "slams the university"): PolNeAR's annotators take it as a
   * stance cue. Other denial verbs are mostly a refusal or a noun there ("was denied the chance", "the
   * contest", "a dispute") and withhold the model (block.ts). Chosen over PolNeAR train but the two
   * held-out tenths that judge changes: a form no cue covered lay in a gold cue for dismiss 11 of 17,
   * slam 12 of 16, reject 11 of 26, repudiate 3 of 4, rebuff 3 of 7, disavow 6 of 15; against deny 5
   * of 22, dispute 3 of 25, contest 2 of 258, withdraw 3 of 14, contradict 2 of 7, discredit 1 of 7.
   */
  modelCue?: boolean;
  /**
   * Words that must follow the verb, as part of the cue ("pleaded not guilty"); the object comes after them and
   * an optional "to" ("pleaded not guilty to charges that X", "pleads innocent to fraud").
   */
  phrases?: readonly (readonly string[])[];
  /**
   * A common verb that denies only in its phrase ("shot down the claims", "raised doubts about the report"): its forms
   * are not flagged as denial verbs, which the other rules read as a report's end ("raising the minimum wage"), and the
   * denial rule looks at them as it looks at a no-evidence phrase's first word (`F_NO_EVIDENCE_FIRST`).
   */
  phrasal?: boolean;
  /**
   * A verb that denies only when negated and its subject is evidence (`EVIDENCE_NOUNS`): "Official figures do not
   * support that", "The data does not back up her claim". The negation is part of the cue.
   */
  negated?: boolean;
  /** With `negated`: any subject denies so, not only evidence ("Other researchers have failed to replicate the result"). */
  anySubject?: boolean;
  /**
   * A verb that, with a statement for its object, takes a clause without "that" too: "The study does not show the test
   * can detect cancer early", "The review did not find the drug cut deaths".
   */
  bareClause?: boolean;
  /** A verb that denies only with a statement's noun as its object ("did not recognise that description"), no pronoun or other noun. */
  statementNounOnly?: boolean;
  /**
   * With `statementNounOnly`: only a noun of what someone alleges (`ALLEGATION_NOUNS`) or one with its "that" clause
   * ("played down reports of a shortage", "the idea that he had struck a deal"; not "played down concerns", "his comments").
   */
  allegationOnly?: boolean;
  /**
   * A verb whose subject is what is judged, as a passive's is ("Study linking coffee to longer life draws criticism": the
   * study is criticised); who judges follows "from" or "by", if anyone.
   */
  subjectJudged?: boolean;
}

export const DENIAL_VERBS: readonly DenialVerb[] = [
  { id: 'deny.deny', lemma: 'deny', strength: 1, object: 'proposition' },
  { id: 'deny.reject', lemma: 'reject', strength: 0.9, object: 'statement', modelCue: true },
  { id: 'deny.dismiss', lemma: 'dismiss', strength: 0.8, object: 'statement', modelCue: true },
  { id: 'deny.refute', lemma: 'refute', strength: 1, object: 'any' },
  { id: 'deny.dispute', lemma: 'dispute', strength: 0.8, object: 'statement' },
  { id: 'deny.rebut', lemma: 'rebut', strength: 0.9, object: 'any' },
  { id: 'deny.rebuff', lemma: 'rebuff', strength: 0.8, object: 'statement', modelCue: true },
  { id: 'deny.repudiate', lemma: 'repudiate', strength: 0.9, object: 'statement', modelCue: true },
  { id: 'deny.debunk', lemma: 'debunk', strength: 1, object: 'any' },
  { id: 'deny.contest', lemma: 'contest', strength: 0.7, object: 'statement', clause: false },
  { id: 'deny.disavow', lemma: 'disavow', strength: 0.8, object: 'statement', modelCue: true },
  { id: 'deny.retract', lemma: 'retract', strength: 0.9, object: 'statement' },
  // "The BBC later corrected its report, which had said that 40 people died": a statement corrected was wrong (of a
  // statement's noun only: not "corrected the error", "corrected course")
  { id: 'deny.correct', lemma: 'correct', forms: ['corrected', 'corrects', 'correcting'], strength: 0.6, object: 'statement' },
  { id: 'deny.contradict', lemma: 'contradict', strength: 0.7, object: 'statement' },
  { id: 'deny.discredit', lemma: 'discredit', strength: 0.8, object: 'statement' },
  { id: 'deny.disprove', lemma: 'disprove', strength: 1, object: 'any' },
  { id: 'deny.debunked', lemma: 'debunk', forms: ['debunks', 'debunked', 'debunking', 'debunk'], strength: 1, object: 'any' },
  { id: 'deny.withdraw', lemma: 'withdraw', forms: ['withdraw', 'withdrew', 'withdrawn', 'withdraws'], strength: 0.6, object: 'statement' },
  { id: 'deny.slam', lemma: 'slam', forms: ['slams', 'slammed'], strength: 0.6, object: 'statement', modelCue: true },
  // "That figure was quickly challenged", "challenged the claim that X" (the forms that are no noun, not "a business
  // challenge"; a statement's noun only, not "challenged the government to act")
  { id: 'deny.challenge', lemma: 'challenge', forms: ['challenged', 'challenging'], strength: 0.6, object: 'statement', modelCue: true },
  // "Campaigners have criticised a promise by BrightPower that X", "criticised the figures" (a statement's noun only: not
  // "criticised the government")
  { id: 'deny.criticise', lemma: 'criticise', forms: ['criticised', 'criticized', 'criticising', 'criticizing'], strength: 0.5, object: 'statement', modelCue: true, phrasal: true, statementNounOnly: true },
  // "Environmental groups questioned the figures", "questioning the claim that X" (a statement's noun only: not "police
  // questioned the suspect", "questioned the science of climate change")
  { id: 'deny.question', lemma: 'question', forms: ['questioned', 'questioning'], strength: 0.5, object: 'statement', modelCue: true, phrasal: true, statementNounOnly: true },
  // "walked back her claim that crime had halved", "rowed back on claims that", "backtracked on his statement": a
  // speaker's own statement taken back, as "retracted" is
  // "The government has ruled out claims that it will raise taxes" (a statement's noun only: "ruled out a tax rise" is a
  // refusal, "ruled out sabotage" a finding)
  { id: 'deny.rule-out', lemma: 'rule', forms: ['rule', 'rules', 'ruled', 'ruling'], strength: 0.8, object: 'statement', phrases: [['out']], modelCue: true, phrasal: true, statementNounOnly: true },
  { id: 'deny.walk-back', lemma: 'walk', forms: ['walk', 'walks', 'walked', 'walking'], strength: 0.8, object: 'statement', phrases: [['back']], modelCue: true, phrasal: true },
  { id: 'deny.row-back', lemma: 'row', forms: ['row', 'rows', 'rowed', 'rowing'], strength: 0.8, object: 'statement', phrases: [['back', 'on'], ['back', 'from']], modelCue: true, phrasal: true },
  { id: 'deny.backtrack', lemma: 'backtrack', strength: 0.8, object: 'statement', phrases: [['on'], ['from']], modelCue: true, phrasal: true },
  // a plea denies the charges: "pleaded not guilty to charges that he took bribes", "pleads innocent to fraud"
  // "pushed back on the speculation", "pushes back against reports that X"
  { id: 'deny.push-back', lemma: 'push', forms: ['push', 'pushes', 'pushed', 'pushing'], strength: 0.7, object: 'statement', phrases: [['back', 'on'], ['back', 'against']], modelCue: true },
  // "took issue with the regulator's numbers", "takes issue with the claim that X"
  { id: 'deny.take-issue', lemma: 'take', forms: ['take', 'takes', 'took', 'taken', 'taking'], strength: 0.7, object: 'statement', phrases: [['issue', 'with']], modelCue: true, phrasal: true },
  // "Officials shoot down congressman's claims that X", "shot down reports of a merger"
  { id: 'deny.shoot-down', lemma: 'shoot', forms: ['shoot', 'shoots', 'shot', 'shooting'], strength: 0.8, object: 'statement', phrases: [['down']], modelCue: true, phrasal: true },
  // British: "the player's agent has rubbished reports of an agreement", "scotched rumours", "quashed speculation",
  // "dispelled reports", "brushed aside claims", "laughed off suggestions", "poured cold water on reports"
  { id: 'deny.rubbish', lemma: 'rubbish', forms: ['rubbished', 'rubbishes', 'rubbishing'], strength: 0.8, object: 'statement', modelCue: true },
  { id: 'deny.scotch', lemma: 'scotch', forms: ['scotch', 'scotched', 'scotches', 'scotching'], strength: 0.8, object: 'statement', modelCue: true },
  // "Director kills stolen Batmobile rumor with photo", "killing reports of a merger" (an allegation's noun only: not "kills
  // the bill", "kills two people"; not the past, whose passive is a death's: "feared killed", "will be killed by")
  { id: 'deny.kill', lemma: 'kill', forms: ['kill', 'kills', 'killing'], strength: 0.7, object: 'statement', modelCue: false, statementNounOnly: true, allegationOnly: true },
  // ("moved to quash speculation that X": the base form after "to" too; an allegation's noun only, not "sought to quash
  // concerns about his fundraising")
  { id: 'deny.quash', lemma: 'quash', forms: ['quash', 'quashed', 'quashes', 'quashing'], strength: 0.7, object: 'statement', modelCue: true, statementNounOnly: true, allegationOnly: true },
  // "sought to dampen speculation that X", "dampened reports of a rift" (an allegation's noun only: not "dampened hopes")
  { id: 'deny.dampen', lemma: 'dampen', forms: ['dampen', 'dampened', 'dampens', 'dampening'], strength: 0.5, object: 'statement', modelCue: true, statementNounOnly: true, allegationOnly: true },
  { id: 'deny.dispel', lemma: 'dispel', forms: ['dispel', 'dispelled', 'dispels', 'dispelling'], strength: 0.7, object: 'statement', modelCue: true },
  { id: 'deny.brush-aside', lemma: 'brush', forms: ['brush', 'brushed', 'brushes', 'brushing'], strength: 0.6, object: 'statement', phrases: [['aside'], ['off']], modelCue: true, phrasal: true },
  { id: 'deny.laugh-off', lemma: 'laugh', forms: ['laughed', 'laughs', 'laughing'], strength: 0.6, object: 'statement', phrases: [['off']], modelCue: true, phrasal: true },
  // "shrugged off suggestions that she had misled Parliament" (an allegation's noun only: not "shrugged off the defeat")
  { id: 'deny.shrug-off', lemma: 'shrug', forms: ['shrug', 'shrugged', 'shrugs', 'shrugging'], strength: 0.5, object: 'statement', phrases: [['off']], modelCue: true, phrasal: true, statementNounOnly: true, allegationOnly: true },
  // "played down reports that patients are treated in corridors", "downplayed suggestions of a rift" (an allegation's noun
  // only: not "played down the risk", "played down concerns")
  { id: 'deny.play-down', lemma: 'play', forms: ['play', 'plays', 'played', 'playing'], strength: 0.5, object: 'statement', phrases: [['down']], modelCue: true, phrasal: true, statementNounOnly: true, allegationOnly: true },
  { id: 'deny.downplay', lemma: 'downplay', forms: ['downplay', 'downplays', 'downplayed', 'downplaying'], strength: 0.5, object: 'statement', modelCue: true, statementNounOnly: true, allegationOnly: true },
  // "hit back at claims that he misled MPs" (a statement's noun only: not "hit back at critics")
  { id: 'deny.hit-back', lemma: 'hit', forms: ['hit', 'hits', 'hitting'], strength: 0.6, object: 'statement', phrases: [['back', 'at']], modelCue: true, phrasal: true, statementNounOnly: true },
  // "The studio put to rest rumours that the car was stolen", headline "Stolen Batmobile Rumor Put To Rest" (a statement's
  // noun only: not "put to rest fears", "was put to rest in the family plot")
  { id: 'deny.put-to-rest', lemma: 'put', forms: ['put', 'puts', 'putting'], strength: 0.7, object: 'statement', phrases: [['to', 'rest']], modelCue: true, phrasal: true, statementNounOnly: true, allegationOnly: true },
  // "The company set the record straight on reports that it would close the plant", headline "Setting the record straight
  // on Tor": a correction of what was said about it
  { id: 'deny.record-straight', lemma: 'set', forms: ['set', 'sets', 'setting'], strength: 0.6, object: 'any', phrases: [['the', 'record', 'straight', 'on'], ['the', 'record', 'straight', 'about'], ['the', 'record', 'straight', 'over']], modelCue: true, phrasal: true },
  // "Study linking coffee to longer life draws criticism", "The figures drew scepticism from economists"
  { id: 'deny.draw-criticism', lemma: 'draw', forms: ['draw', 'draws', 'drew', 'drawn', 'drawing'], strength: 0.5, object: 'none', phrases: [['criticism'], ['scepticism'], ['skepticism'], ['fire']], modelCue: true, phrasal: true, subjectJudged: true },
  { id: 'deny.cold-water', lemma: 'pour', forms: ['pour', 'poured', 'pours', 'pouring'], strength: 0.6, object: 'statement', phrases: [['cold', 'water', 'on']], modelCue: true, phrasal: true },
  // "Scientists doubt that a meteorite caused the crater", "doubted whether the figures were right" (only with "that" or
  // "whether": the noun is far more common, "no doubt", "doubts about")
  { id: 'deny.doubt', lemma: 'doubt', forms: ['doubt', 'doubts', 'doubted', 'doubting'], strength: 0.5, object: 'proposition', phrases: [['that'], ['whether']], modelCue: true, phrasal: true },
  // "The ministry expressed doubt that the test took place"
  { id: 'deny.express-doubt', lemma: 'express', forms: ['express', 'expresses', 'expressed', 'expressing'], strength: 0.5, object: 'proposition', phrases: [['doubt', 'that'], ['doubts', 'that'], ['doubt', 'whether'], ['doubts', 'whether']], modelCue: true, phrasal: true },
  // "Geologists question whether a meteorite made the crater" (after `deny.question`, which the verb's forms name first:
  // the denial rule takes this one only where its "whether" follows)
  { id: 'deny.question-whether', lemma: 'question', forms: ['question', 'questions', 'questioned', 'questioning'], strength: 0.5, object: 'proposition', phrases: [['whether']], modelCue: true, phrasal: true },
  // "Experts cast doubt on the man's claims", "NASA raises doubts about reports of a meteorite"
  { id: 'deny.cast-doubt', lemma: 'cast', forms: ['cast', 'casts', 'casting'], strength: 0.6, object: 'statement', phrases: [['doubt', 'on'], ['doubt', 'over'], ['doubts', 'on'], ['doubts', 'over']], modelCue: true, phrasal: true },
  { id: 'deny.raise-doubts', lemma: 'raise', forms: ['raise', 'raises', 'raised', 'raising'], strength: 0.6, object: 'statement', phrases: [['doubts', 'about'], ['doubts', 'over'], ['doubt', 'about'], ['doubt', 'over']], modelCue: true, phrasal: true },
  // "Official figures do not support that", "The records do not back up his claim that X", "The data did not bear out the claims"
  { id: 'deny.not-support', lemma: 'support', strength: 0.8, object: 'statement', phrasal: true, negated: true },
  { id: 'deny.not-back-up', lemma: 'back', forms: ['back', 'backs', 'backed'], strength: 0.8, object: 'statement', phrases: [['up']], phrasal: true, negated: true },
  // "The findings did not prove that the sweetener caused heart problems": evidence said to fall short of the clause
  { id: 'deny.not-prove', lemma: 'prove', forms: ['prove', 'proves', 'proved', 'proven'], strength: 0.6, object: 'any', phrasal: true, negated: true },
  // "The study does not show that fluoride lowers IQ", "The review did not find that the drug works": evidence said not to
  // give the clause (a clause only, as for support: "did not find any weapons" is no denial)
  { id: 'deny.not-show', lemma: 'show', forms: ['show', 'shows', 'showed', 'shown'], strength: 0.6, object: 'statement', phrasal: true, negated: true, bareClause: true },
  { id: 'deny.not-find', lemma: 'find', forms: ['find', 'finds', 'found'], strength: 0.6, object: 'statement', phrasal: true, negated: true, bareClause: true },
  { id: 'deny.not-bear-out', lemma: 'bear', forms: ['bear', 'bears', 'bore'], strength: 0.8, object: 'statement', phrases: [['out']], phrasal: true, negated: true },
  // "Later research has not confirmed the effect" (evidence only: "Police have not confirmed the victim's name" is no denial)
  { id: 'deny.not-confirm', lemma: 'confirm', forms: ['confirm', 'confirms', 'confirmed'], strength: 0.7, object: 'any', phrasal: true, negated: true },
  // "I don't accept that.", "The ministry does not accept the figures": a statement not accepted (not "the offer")
  { id: 'deny.not-accept', lemma: 'accept', strength: 0.7, object: 'statement', phrasal: true, negated: true, anySubject: true },
  // "Rubio disagreed.", "Washington disagrees", "He disagrees with them": disagreement with what was said before, closing
  // its clause or with a pronoun or a statement's noun after "with" (no denial before another object: "disagree on what
  // these troops will do")
  { id: 'deny.disagree', lemma: 'disagree', strength: 0.6, object: 'none', modelCue: true },
  // "The largest trial to date suggests otherwise", "the data show the opposite": evidence against the claim before
  { id: 'deny.otherwise', lemma: 'suggest', forms: ['suggest', 'suggests', 'suggested', 'show', 'shows', 'showed', 'shown', 'indicate', 'indicates', 'indicated', 'prove', 'proves', 'proved'], strength: 0.7, object: 'none', phrases: [['otherwise'], ['the', 'opposite']], phrasal: true },
  // "Mayor says crime is down. Police figures say otherwise." (not a poll's share: "24 percent who said otherwise")
  { id: 'deny.say-otherwise', lemma: 'say', forms: ['say', 'says', 'said'], strength: 0.6, object: 'none', phrases: [['otherwise']], phrasal: true },
  // "Mayor says crime has halved. Police figures tell a different story.", "paint a very different picture"
  { id: 'deny.different-story', lemma: 'tell', forms: ['tell', 'tells', 'told', 'paint', 'paints', 'painted'], strength: 0.6, object: 'none', phrases: [['a', 'different', 'story'], ['a', 'very', 'different', 'story'], ['another', 'story'], ['a', 'different', 'picture'], ['a', 'very', 'different', 'picture'], ['a', 'rather', 'different', 'picture'], ['a', 'rather', 'different', 'story']], phrasal: true },
  // "Russia's defence ministry gave a different account, saying X": another's account of the same events
  { id: 'deny.different-account', lemma: 'give', forms: ['give', 'gives', 'gave', 'given', 'giving', 'offer', 'offers', 'offered', 'offering'], strength: 0.6, object: 'none', phrases: [['a', 'different', 'account'], ['a', 'very', 'different', 'account'], ['a', 'conflicting', 'account'], ['a', 'different', 'version'], ['a', 'contradictory', 'account'], ['a', 'starkly', 'different', 'account'],
    // (another figure given against one reported: "The Russian defence ministry gave a different figure, saying X")
    ['a', 'different', 'figure'], ['a', 'different', 'number'], ['a', 'different', 'estimate'], ['a', 'different', 'toll'], ['a', 'different', 'count'], ['a', 'conflicting', 'figure'], ['a', 'conflicting', 'number'], ['a', 'conflicting', 'estimate'], ['a', 'conflicting', 'toll'], ['a', 'conflicting', 'count'], ['a', 'lower', 'figure'], ['a', 'lower', 'number'], ['a', 'lower', 'estimate'], ['a', 'lower', 'toll'], ['a', 'lower', 'count'], ['a', 'higher', 'figure'], ['a', 'higher', 'number'], ['a', 'higher', 'estimate'], ['a', 'higher', 'toll'], ['a', 'higher', 'count'], ['a', 'much', 'lower', 'figure'], ['a', 'much', 'lower', 'number'], ['a', 'much', 'lower', 'estimate'], ['a', 'much', 'lower', 'toll'], ['a', 'much', 'lower', 'count'], ['a', 'far', 'lower', 'figure'], ['a', 'far', 'lower', 'number'], ['a', 'far', 'lower', 'estimate'], ['a', 'far', 'lower', 'toll'], ['a', 'far', 'lower', 'count'], ['a', 'much', 'higher', 'figure'], ['a', 'much', 'higher', 'number'], ['a', 'much', 'higher', 'estimate'], ['a', 'much', 'higher', 'toll'], ['a', 'much', 'higher', 'count'], ['a', 'far', 'higher', 'figure'], ['a', 'far', 'higher', 'number'], ['a', 'far', 'higher', 'estimate'], ['a', 'far', 'higher', 'toll'], ['a', 'far', 'higher', 'count']], phrasal: true },
  // "Freshway said it did not recognise that description", "We do not recognise these figures": a British company's denial
  // of an account given of it (a statement's noun only: not "does not recognise the government")
  { id: 'deny.not-recognise', lemma: 'recognise', forms: ['recognise', 'recognises', 'recognised', 'recognize', 'recognizes', 'recognized'], strength: 0.7, object: 'statement', phrasal: true, negated: true, anySubject: true, statementNounOnly: true },
  // "Other researchers have failed to replicate the result", "could not reproduce the findings": anyone who tried
  { id: 'deny.not-replicate', lemma: 'replicate', strength: 0.7, object: 'statement', phrasal: true, negated: true, anySubject: true },
  { id: 'deny.not-reproduce', lemma: 'reproduce', strength: 0.7, object: 'statement', phrasal: true, negated: true, anySubject: true },
  // "We never said coffee adds years to your life", "I did not claim that X": a statement its speaker denies making
  // (or a promise: "The mayor never promised free bus travel for all pensioners", "did not promise to cut taxes")
  { id: 'deny.never-said', lemma: 'say', forms: ['say', 'said', 'claim', 'claimed', 'promise', 'promised'], strength: 0.6, object: 'statement', phrasal: true, negated: true, anySubject: true, bareClause: true },
  { id: 'deny.plead', lemma: 'plead', forms: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'], strength: 0.9, object: 'any', phrases: [['not', 'guilty'], ['innocent']], modelCue: true },
];

/**
 * Nouns that name a statement, so that rejecting one rejects what it says: "denied the allegations",
 * "rejected the notion that X", "dismissed reports that X", "retracted its statement". Used by every
 * denial verb and by "X is false" ("the claim that X is false").
 */
export const DENIED_STATEMENT_NOUNS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'statement.allegation', words: [...ALLEGATION_NOUNS] },
  // what is said about, no statement called wrong: "dismissed the transfer talk as fantasy" (not "this hatred and foul talk
  // were wrong", a judgement of how someone speaks)
  { id: 'statement.talk', words: ['talk'] },
  { id: 'statement.speech', words: ['statement', 'statements', 'remarks', 'remark', 'comments', 'comment', 'tweet', 'tweets', 'testimony', 'quote', 'quotes', 'warning', 'warnings', 'prediction', 'predictions', 'forecast', 'forecasts'] },
  // a claim of one's own success: "Minister's school funding boast challenged by watchdog"
  { id: 'statement.boast', words: ['boast', 'boasts'] },
  { id: 'statement.writing', words: ['article', 'articles', 'narrative', 'narratives', 'version', 'versions', 'account', 'accounts', 'description', 'descriptions', 'characterization', 'characterisation', 'portrayal', 'depiction', 'interpretation', 'interpretations', 'reading', 'response', 'responses', 'explanation', 'explanations', 'comparison', 'comparisons', 'memoir', 'memoirs'] },
  { id: 'statement.idea', words: ['idea', 'notion', 'notions', 'suggestion', 'theory', 'theories', 'assertion', 'premise', 'argument', 'arguments', 'contention', 'rumours'] },
  { id: 'statement.finding', words: ['findings', 'finding', 'conclusion', 'conclusions', 'assessment', 'assessments', 'analysis', 'figures', 'figure', 'number', 'numbers', 'tally', 'total', 'totals', 'count', 'toll', 'calculation', 'calculations', 'sums', 'estimate', 'estimates', 'data', 'poll', 'polls', 'survey', 'study', 'studies', 'paper', 'result', 'results', 'methodology', 'methodologies', 'method', 'methods', 'statistics', 'audit', 'audits', 'review', 'reviews'] },
  // "criticised a promise by BrightPower that customers will never pay more", "rejected the minister's pledge that X"
  { id: 'statement.promise', words: ['promise', 'promises', 'pledge', 'pledges', 'assurance', 'assurances', 'guarantee', 'guarantees'] },
  { id: 'statement.critique', words: ['criticism', 'criticisms', 'critique', 'concerns', 'fears', 'complaint', 'complaints'] },
  // a statement named by what the denier calls it: "firmly rejects the groundless fabrications of the Veldrian side"
  { id: 'statement.falsehood', words: ['fabrications', 'falsehoods', 'lies', 'smears', 'distortions'] },
  // what a company or a council publishes to claim something: "the advert was misleading", "the leaflet had been misleading"
  { id: 'statement.publicity', words: ['advert', 'adverts', 'advertisement', 'advertisements', 'leaflet', 'leaflets', 'flyer', 'flyers', 'brochure', 'brochures', 'poster', 'posters', 'billboard', 'billboards', 'newsletter', 'newsletters', 'letter', 'letters'] },
  // a leaked paper: "dismissed the memo as fake", "the memo had been taken out of context" (not "email", most often a
  // modifier: "criticized Clinton's email use", "the email server")
  { id: 'statement.document', words: ['memo', 'memos', 'dossier', 'dossiers', 'document', 'documents'] },
  // what circulates online: "called the post a hoax", "dismissed the video as fake"
  { id: 'statement.online', words: ['post', 'posts', 'video', 'videos', 'clip', 'clips', 'meme', 'memes', 'image', 'images', 'photo', 'photos', 'message', 'messages'] },
];

/** Nouns of what publishes a claim, its owner when a denial names it: "the leaflet", "the advert", "the post". */
export const PUBLISHING_MEDIA: ReadonlySet<string> = new Set(['leaflet', 'leaflets', 'advert', 'adverts', 'advertisement', 'flyer', 'brochure', 'poster', 'billboard', 'newsletter', 'post', 'posts', 'video', 'tweet', 'meme', 'clip', 'message']);

/**
 * Nouns that name a proposition about the denier, the object of "deny": "denied any wrongdoing",
 * "denies involvement in the attack", "denied responsibility for", "denied any role in", "denied links to".
 */
export const DENIED_PROPOSITION_NOUNS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'proposition.wrongdoing', words: ['wrongdoing', 'wrongdoings', 'guilt', 'misconduct', 'impropriety', 'improprieties', 'complicity', 'culpability', 'conflict', 'conflicts', 'dishonesty', 'negligence'] },
  { id: 'proposition.part', words: ['involvement', 'responsibility', 'role', 'participation', 'knowledge', 'authorship', 'existence'] },
  { id: 'proposition.plan', words: ['plan', 'plans', 'intention', 'intent', 'attempt', 'attempts'] },
  { id: 'proposition.link', words: ['link', 'links', 'ties', 'connection', 'connections', 'contact', 'contacts', 'relationship', 'affair'] },
  // a charge in court: "Whitby denies fraud", "denies 14 counts of fraud", "denies murder"
  { id: 'proposition.offence', words: ['count', 'counts', 'offence', 'offences', 'offense', 'offenses', 'fraud', 'murder', 'manslaughter', 'assault', 'theft', 'rape', 'bribery', 'corruption', 'harassment', 'robbery', 'burglary', 'arson', 'kidnapping', 'trafficking', 'embezzlement', 'wounding', 'stalking', 'blackmail', 'perjury', 'conspiracy', 'extortion', 'smuggling', 'laundering', 'espionage', 'treason', 'deception', 'forgery', 'evasion', 'misuse', 'homicide'] },
];

/**
 * Things withheld, whose denial is a refusal rather than a statement called false: "Court Denies Bail to
 * Suspect", "Ministry Denies Entry to Journalists", "denies visa". In a headline, where "deny" may take a
 * bare noun for the denied story ("Doctor Denies Selfie"), an object with one of these is no denial.
 */
export const REFUSED_OBJECT_NOUNS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'refused.legal', words: ['bail', 'parole', 'clemency', 'pardon', 'appeal', 'appeals', 'asylum', 'extradition', 'injunction', 'motion', 'petition'] },
  { id: 'refused.access', words: ['access', 'entry', 'boarding', 'admission', 'passage', 'visa', 'visas', 'permission', 'permit', 'permits', 'licence', 'license', 'accreditation'] },
  { id: 'refused.grant', words: ['request', 'requests', 'application', 'applications', 'approval', 'funding', 'funds', 'aid', 'benefits', 'coverage', 'treatment', 'care', 'service', 'loan', 'loans', 'credit'] },
];

/**
 * Words that make a "claim" a demand at law or on a payer rather than a statement: "dismissed a libel claim brought by
 * a councillor", "rejected the insurance claims". Dismissing or rejecting one denies no proposition.
 */
export const LEGAL_CLAIM_WORDS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'legal-claim.kind', words: ['libel', 'defamation', 'damages', 'compensation', 'insurance', 'injury', 'negligence', 'discrimination', 'harassment', 'dismissal', 'pension', 'asylum', 'benefit', 'benefits', 'expenses', 'refund', 'warranty', 'patent', 'trademark', 'copyright', 'wage', 'pay', 'bankruptcy', 'liability', 'malpractice', 'civil', 'legal', 'lawsuit', 'tort'] },
  // what follows the noun: "a claim brought by", "a claim filed against", "a claim for damages"
  { id: 'legal-claim.after', words: ['brought', 'filed', 'lodged', 'submitted', 'issued'] },
];

/** Pronoun objects that stand for a statement: "denied it", "rejected this as ...". */
export const STATEMENT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'these']);

/** Pronouns that name a person: "denying him a victory", "dismissing her as ..." reject a person, not a claim. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'me', 'us', 'you', 'himself', 'herself', 'themselves']);

/** Forms of "be"/"get" that make a denial verb passive: "was denied the chance", "the requests were denied". */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", 'get', 'gets', 'got', 'gotten', 'getting']);

/** Nouns whose use as a headline word or after a verb signals a denial: "Denial", "a hoax". */
export const DENIAL_NOUNS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'deny.noun-denial', words: ['denial', 'denials'] },
  { id: 'deny.noun-hoax', words: ['hoax', 'hoaxes'] },
  { id: 'deny.noun-myth', words: ['myth'] },
];

/**
 * Predicates that call a proposition false: "X is false", "is a hoax", "not true". Each is a word
 * sequence (lower case); `copula` means it must follow a form of "be" (is/are/was/were) or a verb
 * like "called"/"described as".
 */
export const FALSITY_PHRASES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'false.false', words: ['false'] },
  { id: 'false.untrue', words: ['untrue'] },
  { id: 'false.not-true', words: ['not', 'true'] },
  // "called the pledge \"not credible\"", "the figures are not credible"
  { id: 'false.not-credible', words: ['not', 'credible'] },
  // "That could not be further from the truth", "The claim is far from the truth"
  { id: 'false.further-from-truth', words: ['further', 'from', 'the', 'truth'] },
  { id: 'false.far-from-truth', words: ['far', 'from', 'the', 'truth'] },
  { id: 'false.baseless', words: ['baseless'] },
  { id: 'false.unfounded', words: ['unfounded'] },
  { id: 'false.groundless', words: ['groundless'] },
  // "The claim that X is unsubstantiated", "without foundation"
  { id: 'false.unsubstantiated', words: ['unsubstantiated'] },
  { id: 'false.without-foundation', words: ['without', 'foundation'] },
  { id: 'false.fabricated', words: ['fabricated'] },
  { id: 'false.fabrication', words: ['a', 'fabrication'] },
  // "a complete fabrication", "a total fantasy", "pure fantasy", "pure fiction" ("pure", "complete" and "total" before a
  // bare noun are intensifiers: `FALSITY_INTENSIFIERS`)
  ...['complete', 'total', 'pure', 'utter'].flatMap((adj) => ['fabrication', 'fantasy', 'fiction', 'lie', 'invention'].map((noun) => ({ id: `false.${noun}`, words: ['a', adj, noun] }))),
  { id: 'false.fabrication-bare', words: ['fabrication'] },
  { id: 'false.fantasy-bare', words: ['fantasy'] },
  { id: 'false.fiction-bare', words: ['fiction'] },
  { id: 'false.fabrications', words: ['fabrications'] },
  { id: 'false.lie', words: ['a', 'lie'] },
  // "called the leaflet \"a straightforward lie\"", "a blatant lie", "an outright lie"
  ...['straightforward', 'blatant', 'barefaced', 'bare-faced', 'downright', 'deliberate', 'shameless', 'brazen', 'flat-out', 'big'].map((adj) => ({ id: 'false.lie', words: ['a', adj, 'lie'] })),
  ...['outright', 'absolute', 'obvious'].map((adj) => ({ id: 'false.lie', words: ['an', adj, 'lie'] })),
  { id: 'false.lies', words: ['lies'] },
  { id: 'false.hoax', words: ['a', 'hoax'] },
  { id: 'false.hoax-bare', words: ['hoax'] },
  // "The Banksy arrest is a giant hoax", "all an elaborate hoax", "an internet hoax"
  ...['giant', 'huge', 'massive', 'big', 'cruel', 'complete', 'total', 'sick'].map((adj) => ({ id: 'false.hoax', words: ['a', adj, 'hoax'] })),
  ...['elaborate', 'internet', 'online', 'obvious'].map((adj) => ({ id: 'false.hoax', words: ['an', adj, 'hoax'] })),
  { id: 'false.fake', words: ['fake'] },
  { id: 'false.fake-news', words: ['fake', 'news'] },
  { id: 'false.nonsense', words: ['nonsense'] },
  { id: 'false.rubbish', words: ['rubbish'] },
  { id: 'false.absurd', words: ['absurd'] },
  { id: 'false.ridiculous', words: ['ridiculous'] },
  // "called the claims completely crazy" (as "absurd": of a statement only)
  { id: 'false.crazy', words: ['crazy'] },
  // "The idea is physically impossible" (of a statement only; not "impossible to verify", what cannot be done)
  { id: 'false.impossible', words: ['impossible'] },
  // "A fall of that size is implausible", "the figure is not plausible" (of a statement or a figure only, as "impossible")
  { id: 'false.implausible', words: ['implausible'] },
  { id: 'false.not-plausible', words: ['not', 'plausible'] },
  // "The report that she was shot was a false story", "a fabricated claim", "a made-up story"
  ...['false', 'fabricated', 'made-up', 'bogus', 'fake'].flatMap((adj) => ['story', 'claim', 'report', 'rumour', 'rumor', 'narrative', 'account', 'statement'].map((noun) => ({ id: 'false.false-story', words: ['a', adj, noun] }))),
  { id: 'false.incorrect', words: ['incorrect'] },
  { id: 'false.inaccurate', words: ['inaccurate'] },
  { id: 'false.not-accurate', words: ['not', 'accurate'] },
  // "was \"not an accurate reflection of events\"", "not an accurate account"
  ...['reflection', 'account', 'picture', 'description', 'representation', 'portrayal'].map((noun) => ({ id: 'false.not-an-accurate', words: ['not', 'an', 'accurate', noun] })),
  // said of data or an analysis: "the analysis was \"selective and politically motivated\"", "cherry-picked figures"
  { id: 'false.selective', words: ['selective'] },
  { id: 'false.cherry-picked', words: ['cherry-picked'] },
  // "the figure was \"a clear misuse of official statistics\"", "a misuse of the data"
  ...[['statistics'], ['official', 'statistics'], ['the', 'statistics'], ['data'], ['the', 'data'], ['figures'], ['the', 'figures']].map((what) => ({ id: 'false.misuse-of-statistics', words: ['misuse', 'of', ...what] })),
  // "was \"not remotely accurate\"", "is not even remotely true"
  ...['accurate', 'true', 'correct'].flatMap((adj) => [
    { id: `false.not-remotely-${adj}`, words: ['not', 'remotely', adj] },
    { id: `false.not-even-remotely-${adj}`, words: ['not', 'even', 'remotely', adj] },
  ]),
  // "the weather explanation does not stand up", "the figures do not add up" (after "do", "does" or "did": `FALSITY_VERBS`)
  { id: 'false.not-stand-up', words: ['not', 'stand', 'up'] },
  { id: 'false.not-hold-up', words: ['not', 'hold', 'up'] },
  // "The £2m figure simply does not exist" (of a statement only: "The money does not exist" judges no one's words)
  { id: 'false.not-exist', words: ['not', 'exist'] },
  { id: 'false.not-add-up', words: ['not', 'add', 'up'] },
  // a figure or a quotation not found where it was said to come from: "the nine-year figure \"does not appear anywhere in
  // the paper\"", "the quote does not appear in the transcript" (of a statement only: `WEAK_FALSITY`)
  { id: 'false.not-appear-in', words: ['not', 'appear', 'in'] },
  { id: 'false.not-appear-in', words: ['not', 'appear', 'anywhere', 'in'] },
  // "The claim does not stand up to scrutiny", "does not hold up to scrutiny"
  { id: 'false.not-stand-up-to-scrutiny', words: ['not', 'stand', 'up', 'to', 'scrutiny'] },
  { id: 'false.not-hold-up-to-scrutiny', words: ['not', 'hold', 'up', 'to', 'scrutiny'] },
  { id: 'false.not-correct', words: ['not', 'correct'] },
  { id: 'false.not-right', words: ['not', 'right'] },
  // "That's simply not the case", "It is not the case that X"
  { id: 'false.not-the-case', words: ['not', 'the', 'case'] },
  // "That was simply not what was said", "That is not what happened": said of an account just given
  ...[['was', 'said'], ['was', 'agreed'], ['happened'], ['i', 'said'], ['we', 'said'], ['he', 'said'], ['she', 'said'], ['they', 'said']].map((rest) => ({ id: 'false.not-what-said', words: ['not', 'what', ...rest] })),
  // a study or a figure said to leave something out: "the report did not take account of two new prisons", "the figures
  // do not take into account X" (said of a statement only, `WEAK_FALSITY`)
  { id: 'false.not-take-account', words: ['not', 'take', 'account', 'of'] },
  { id: 'false.not-take-account', words: ['not', 'take', 'into', 'account'] },
  // figures said to give a wrong picture: "the figures \"do not reflect the real picture\"", "does not reflect reality" (of a
  // statement only, `WEAK_FALSITY`: "Prices do not reflect the true cost" judges no one's words)
  { id: 'false.not-reflect', words: ['not', 'reflect', 'reality'] },
  ...['real', 'true', 'full', 'actual', 'whole', 'current'].flatMap((adj) => ['picture', 'position', 'situation', 'story'].map((noun) => ({ id: 'false.not-reflect', words: ['not', 'reflect', 'the', adj, noun] }))),
  // a rating short of false, still against the claim: "That is not quite right either", "not entirely accurate", "not strictly true"
  ...['quite', 'entirely', 'strictly', 'wholly'].flatMap((adverb) => ['right', 'true', 'accurate', 'correct'].map((adj) => ({ id: `false.not-${adverb}-${adj}`, words: ['not', adverb, adj] }))),
  { id: 'false.wrong', words: ['wrong'] },
  { id: 'false.wide-of-the-mark', words: ['wide', 'of', 'the', 'mark'] },
  // "the question was \"based on a false premise\"", "rests on a false premise"
  { id: 'false.false-premise', words: ['based', 'on', 'a', 'false', 'premise'] },
  { id: 'false.erroneous', words: ['erroneous'] },
  { id: 'false.without-merit', words: ['without', 'merit'] },
  // "the claims were \"without basis\"", "without any foundation"
  { id: 'false.without-basis', words: ['without', 'basis'] },
  ...['basis', 'foundation', 'merit'].map((noun) => ({ id: `false.without-any-${noun}`, words: ['without', 'any', noun] })),
  { id: 'false.propaganda', words: ['propaganda'] },
  { id: 'false.disinformation', words: ['disinformation'] },
  { id: 'false.misinformation', words: ['misinformation'] },
  { id: 'false.slander', words: ['slander'] },
  { id: 'false.smear', words: ['a', 'smear'] },
  // (after an adjective: "a disgusting smear", "a cheap smear")
  { id: 'false.smear-word', words: ['smear'] },
  { id: 'false.satire', words: ['satire'] },
  { id: 'false.not-dead', words: ['not', 'dead'] },
  { id: 'false.alive', words: ['alive', 'and', 'well'] },
  { id: 'false.debunked', words: ['debunked'] },
  { id: 'false.not-real', words: ['not', 'real'] },
  { id: 'false.bogus', words: ['bogus'] },
  { id: 'false.misleading', words: ['misleading'] },
  // 'the claim was "a deliberate attempt to mislead voters"', "an attempt to deceive the public" (of a statement only:
  // "the scheme was an attempt to mislead investors" judges no one's words)
  ...['mislead', 'deceive'].map((verb) => ({ id: 'false.attempt-to-mislead', words: ['attempt', 'to', verb] })),
  // "the quote had been \"taken out of context\"", "his remarks were taken out of context"
  { id: 'false.out-of-context', words: ['taken', 'out', 'of', 'context'] },
  // "the letter had been \"misunderstood\"", "his remarks were misinterpreted" (of a statement only: "I felt misunderstood")
  // "warnings that the region faces a drought are premature" (of a statement only: "the celebrations were premature")
  { id: 'false.premature', words: ['premature'] },
  { id: 'false.misunderstood', words: ['misunderstood'] },
  { id: 'false.misinterpreted', words: ['misinterpreted'] },
  // "the figures had been misread", "her words were misrepresented", "the study was misreported"
  { id: 'false.misread', words: ['misread'] },
  { id: 'false.misrepresented', words: ['misrepresented'] },
  { id: 'false.misreported', words: ['misreported'] },
  // "the comparison was \"not a fair one\"" (of a statement's noun only; "unfair" alone is most often criticism, "the
  // process is unfair", "it's unfair")
  { id: 'false.not-fair-one', words: ['not', 'a', 'fair', 'one'] },
  { id: 'false.speculation', words: ['speculation'] },
  // "dismissed the suggestion that X as pure conjecture"
  { id: 'false.conjecture', words: ['conjecture'] },
  { id: 'false.scaremongering', words: ['scaremongering'] },
  // "calling the reports \"hysteria\"", "the claims were hysteria"
  { id: 'false.hysteria', words: ['hysteria'] },
  // "the claim was \"wishful thinking\""
  { id: 'false.wishful-thinking', words: ['wishful', 'thinking'] },
  // "the figure was \"not a reliable measure\"" (of a statement's noun; "unreliable" alone is most often no denial: "the
  // trains are unreliable", "polls have been unreliable in past races")
  { id: 'false.not-reliable-measure', words: ['not', 'a', 'reliable', 'measure'] },
  // "the survey was \"not representative\"", "the poll is unrepresentative" (of a statement's or a study's noun: a sample said
  // not to stand for the whole, what it found denied)
  { id: 'false.not-representative', words: ['not', 'representative'] },
  { id: 'false.unrepresentative', words: ['unrepresentative'] },
  { id: 'false.fearmongering', words: ['fearmongering'] },
  { id: 'false.alarmist', words: ['alarmist'] },
  { id: 'false.distortion', words: ['distortion'] },
  { id: 'false.distortions', words: ['distortions'] },
  // "the claim was \"a wild exaggeration\"", "the figure is a gross exaggeration"
  { id: 'false.exaggeration', words: ['exaggeration'] },
  // said of a statement or a figure: "the figures were grossly exaggerated", "dismissed the reports as overblown"
  { id: 'false.exaggerated', words: ['exaggerated'] },
  { id: 'false.overstated', words: ['overstated'] },
  { id: 'false.inflated', words: ['inflated'] },
  { id: 'false.overblown', words: ['overblown'] },
  // a forecast judged too high: "claims of 5,000 jobs are \"wildly optimistic\"", "the estimate was unrealistic"
  { id: 'false.unrealistic', words: ['unrealistic'] },
  { id: 'false.over-optimistic', words: ['over-optimistic'] },
  { id: 'false.over-optimistic', words: ['overoptimistic'] },
  ...['wildly', 'overly', 'hugely', 'far too', 'too', 'unduly'].map((w) => ({ id: 'false.over-optimistic', words: [...w.split(' '), 'optimistic'] })),
  // 'the company's claim was "at best optimistic"', "optimistic at best": hedged praise that doubts it
  { id: 'false.over-optimistic', words: ['at', 'best', 'optimistic'] },
  { id: 'false.over-optimistic', words: ['optimistic', 'at', 'best'] },
  // "claims of 40,000 were not supported by any evidence"
  { id: 'false.not-supported', words: ['not', 'supported', 'by', 'any', 'evidence'] },
  { id: 'false.not-supported-the', words: ['not', 'supported', 'by', 'the', 'evidence'] },
  { id: 'false.not-supported-bare', words: ['not', 'supported', 'by', 'evidence'] },
  // "were not supported by the wider body of evidence", "not supported by the available evidence"
  { id: 'false.not-supported-body', words: ['not', 'supported', 'by', 'the', 'wider', 'body', 'of', 'evidence'] },
  { id: 'false.not-supported-weight', words: ['not', 'supported', 'by', 'the', 'weight', 'of', 'evidence'] },
  { id: 'false.not-supported-available', words: ['not', 'supported', 'by', 'the', 'available', 'evidence'] },
  { id: 'false.not-supported-scientific', words: ['not', 'supported', 'by', 'the', 'scientific', 'evidence'] },
  { id: 'false.unsupported', words: ['unsupported', 'by', 'evidence'] },
  { id: 'false.unsupported-any', words: ['unsupported', 'by', 'any', 'evidence'] },
  // "the headline number is not supported by the data"
  { id: 'false.not-supported-data', words: ['not', 'supported', 'by', 'the', 'data'] },
  { id: 'false.not-supported-our-data', words: ['not', 'supported', 'by', 'our', 'data'] },
  { id: 'false.not-supported-our-figures', words: ['not', 'supported', 'by', 'our', 'figures'] },
  { id: 'false.not-supported-the-figures', words: ['not', 'supported', 'by', 'the', 'figures'] },
  { id: 'false.not-supported-any-data', words: ['not', 'supported', 'by', 'any', 'data'] },
  // "is not supported by any study", "by any evidence", "by the evidence", "by research"
  ...['study', 'studies', 'evidence', 'research', 'figures', 'facts', 'poll', 'polls', 'survey'].map((noun) => ({ id: 'false.not-supported-any', words: ['not', 'supported', 'by', 'any', noun] })),
  ...['evidence', 'research', 'science', 'record'].flatMap((noun) => [
    { id: 'false.not-supported-evidence', words: ['not', 'supported', 'by', 'the', noun] },
    { id: 'false.not-supported-evidence', words: ['not', 'supported', 'by', noun] },
  ]),
  // "That is not what the figures show": said of what was just claimed
  // (or "our" or "their" figures: "That's not what our data shows", in an interview's answer; "data" with either verb)
  ...[['figures', 'show'], ['data', 'show'], ['data', 'shows'], ['statistics', 'show'], ['numbers', 'show'], ['evidence', 'shows'], ['records', 'show']].flatMap(([noun, verb]) =>
    ['the', 'our', 'their', 'its'].map((det) => ({ id: 'false.not-what-figures-show', words: ['not', 'what', det, noun, verb] }))),
  // (a headline's, with no article: "Mayor's claim that X is not supported by figures")
  { id: 'false.not-supported-bare-figures', words: ['not', 'supported', 'by', 'figures'] },
  { id: 'false.not-supported-bare-data', words: ['not', 'supported', 'by', 'data'] },
  { id: 'false.not-supported-bare-facts', words: ['not', 'supported', 'by', 'facts'] },
  { id: 'false.not-supported-facts', words: ['not', 'supported', 'by', 'the', 'facts'] },
  // "was \"not supported by anything we have seen\""
  { id: 'false.not-supported-anything', words: ['not', 'supported', 'by', 'anything'] },
  // the speaker's own evidence: "was \"not supported by our own observations\"", "not supported by our records"
  ...['observations', 'records', 'findings', 'measurements', 'evidence'].map((noun) => ({ id: 'false.not-supported-our-evidence', words: ['not', 'supported', 'by', 'our', noun] })),
  ...['data', 'figures', 'observations', 'records', 'findings', 'measurements', 'evidence'].map((noun) => ({ id: 'false.not-supported-our-evidence', words: ['not', 'supported', 'by', 'our', 'own', noun] })),
  // "Candidate's claim he won every debate is not backed by polls", "is not borne out by the figures"
  { id: 'false.not-backed-by', words: ['not', 'backed', 'by'] },
  { id: 'false.not-borne-out', words: ['not', 'borne', 'out'] },
  // said of a study or a statement: "the study was flawed", "a deeply flawed analysis"
  { id: 'false.flawed', words: ['flawed'] },
  // said of figures: "said the union's figures were \"out of date\"", "the data are outdated"
  { id: 'false.out-of-date', words: ['out', 'of', 'date'] },
  { id: 'false.outdated', words: ['outdated'] },
  // invented, or a motive instead of a fact: "said that figure was invented", "called the report a political attack"
  // ("made up" only where no word follows it: "This is simply made up." but not "made up for", "made up of", "made up by")
  { id: 'false.made-up', words: ['made', 'up'] },
  { id: 'false.invented', words: ['invented'] },
  // "a figure plucked out of thin air"
  ...['plucked', 'pulled', 'conjured', 'made'].map((verb) => ({ id: `false.${verb}-out-of-thin-air`, words: [verb, 'out', 'of', 'thin', 'air'] })),
  { id: 'false.fiction', words: ['a', 'fiction'] },
  // "It is a myth that asylum seekers get free cars", "The idea that X is a myth", "These claims are myths"
  { id: 'false.myth', words: ['a', 'myth'] },
  { id: 'false.myth', words: ['a', 'complete', 'myth'] },
  { id: 'false.myth', words: ['an', 'urban', 'myth'] },
  { id: 'false.myths', words: ['myths'] },
  // "The numbers in this report are a work of fiction"
  { id: 'false.work-of-fiction', words: ['a', 'work', 'of', 'fiction'] },
  // "dismissed as \"pure fiction\" a series of posts" (not fiction as a kind of book)
  ...['pure', 'complete', 'total', 'utter'].map((adj) => ({ id: 'false.pure-fiction', words: [adj, 'fiction'] })),
  { id: 'false.fictitious', words: ['fictitious'] },
  { id: 'false.fantasy', words: ['a', 'fantasy'] },
  { id: 'false.political-attack', words: ['a', 'political', 'attack'] },
  { id: 'false.politically-motivated', words: ['politically', 'motivated'] },
  { id: 'false.witch-hunt', words: ['a', 'witch', 'hunt'] },
  { id: 'false.smear-campaign', words: ['a', 'smear', 'campaign'] },
  // a cause given that is not the real one: "a claim the union called \"a convenient excuse\"", "a smokescreen", "a red herring"
  ...['convenient', 'lame', 'feeble', 'poor'].map((adj) => ({ id: 'false.excuse', words: ['a', adj, 'excuse'] })),
  { id: 'false.smokescreen', words: ['a', 'smokescreen'] },
  { id: 'false.smokescreen', words: ['a', 'smoke', 'screen'] },
  { id: 'false.red-herring', words: ['a', 'red', 'herring'] },
  // a statement without ground or full of mistakes: "had no basis in fact", "was riddled with errors"
  { id: 'false.no-basis-in-fact', words: ['no', 'basis', 'in', 'fact'] },
  { id: 'false.no-factual-basis', words: ['no', 'factual', 'basis'] },
  // "Virologists say the claim has no scientific basis", "no medical basis", "no evidential basis"
  ...['scientific', 'medical', 'evidential'].map((kind) => ({ id: 'false.no-scientific-basis', words: ['no', kind, 'basis'] })),
  { id: 'false.no-foundation-in-fact', words: ['no', 'foundation', 'in', 'fact'] },
  { id: 'false.riddled-with-errors', words: ['riddled', 'with', 'errors'] },
  { id: 'false.riddled-with-inaccuracies', words: ['riddled', 'with', 'inaccuracies'] },
  { id: 'false.full-of-errors', words: ['full', 'of', 'errors'] },
  { id: 'false.full-of-lies', words: ['full', 'of', 'lies'] },
  // manipulated media, said of a photo, a video or a post: "the video was staged", "the photo was doctored"
  { id: 'false.staged', words: ['staged'] },
  { id: 'false.doctored', words: ['doctored'] },
  { id: 'false.photoshopped', words: ['photoshopped'] },
  { id: 'false.manipulated', words: ['manipulated'] },
  { id: 'false.digitally-altered', words: ['digitally', 'altered'] },
  { id: 'false.deepfake', words: ['a', 'deepfake'] },
  // "the video was edited to remove the moment the man attacked an officer" (of a statement only: "the book was edited")
  ...['remove', 'cut', 'hide', 'make', 'give', 'mislead'].map((act) => ({ id: 'false.edited-to', words: ['edited', 'to', act] })),
];

/**
 * A fact check's verdict line, "Verdict: False", "Our rating: Mostly false": the labels before the colon, and the
 * ratings after it that deny the claim checked (besides the falsity phrases).
 */
export const VERDICT_LABELS: ReadonlySet<string> = new Set(['verdict', 'rating', 'ruling', 'conclusion', 'our verdict', 'our rating', 'our ruling', 'the verdict', 'fact check', 'fact-check', 'fact', 'the facts', 'reality', 'what we found']);
export const VERDICT_RATINGS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'verdict.mostly-false', words: ['mostly', 'false'] },
  { id: 'verdict.pants-on-fire', words: ['pants', 'on', 'fire'] },
  { id: 'verdict.unproven', words: ['unproven'] },
  { id: 'verdict.unsupported', words: ['unsupported'] },
  { id: 'verdict.no-evidence', words: ['no', 'evidence'] },
  // ratings that the claim misleads without being false: "Verdict: Missing context.", "Rating: Half true"
  { id: 'verdict.missing-context', words: ['missing', 'context'] },
  { id: 'verdict.needs-context', words: ['needs', 'context'] },
  { id: 'verdict.lacks-context', words: ['lacks', 'context'] },
  { id: 'verdict.out-of-context', words: ['out', 'of', 'context'] },
  { id: 'verdict.partly-false', words: ['partly', 'false'] },
  { id: 'verdict.half-true', words: ['half', 'true'] },
  { id: 'verdict.partly-true', words: ['partly', 'true'] },
  { id: 'verdict.half-truth', words: ['half', 'truth'] },
  { id: 'verdict.exaggerated', words: ['exaggerated'] },
  // ("| ... | Misleading: recorded crime rose by 40% ... |": a rating before its explanation, as "Misleading." is alone)
  { id: 'verdict.misleading', words: ['misleading'] },
];

/**
 * A copula or "do" with its negation in one token, by the verb it holds: "That isn't true", "The figures don't add up"
 * read as "is not true", "do not add up" (`FALSITY_PHRASES` that open with "not").
 */
export const CONTRACTED_FALSITY_VERBS: ReadonlyMap<string, string> = new Map([
  ["isn't", 'is'], ["aren't", 'are'], ["wasn't", 'was'], ["weren't", 'were'], ["doesn't", 'does'], ["don't", 'do'], ["didn't", 'did'],
]);

/** Verbs of getting something wrong (`FALSITY_VERBS`), which deny only with a first person subject (`OWNING_SUBJECTS`): "I got my figures wrong". */
export const OWNING_VERBS: ReadonlySet<string> = new Set(['got', 'get', 'gets']);
/** The subjects that own a mistake with `OWNING_VERBS`: "I got", "We got" (not "So Clinton got that wrong"). */
export const OWNING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);

/** Copulas and verbs of judgement that take a falsity predicate: "is false", "called ... baseless", "got my figures wrong". */
export const FALSITY_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', "'s", 'be', 'been', 'am', "'m", 'remains', 'remain', 'proved', 'proves', 'proven', 'turned', 'turns',
  // "I got my figures wrong" (`OWNING_VERBS`)
  ...OWNING_VERBS,
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'label', 'labels',
  'labeled', 'labelled', 'branded', 'brands', 'brand', 'branding', 'deemed', 'termed', 'dubbed', 'as',
  // "the claim had no basis in fact", "the report has no factual basis"
  'has', 'had', 'have',
  // "the explanation does not stand up", "the numbers do not add up"
  'do', 'does', 'did',
  // a hedged one: 'the 70% figure "may not hold up in the real world"'
  'may', 'might',
]);

/**
 * Verbs whose subject, a statement or a post, is false about what they name: "the post \"misrepresents what the Secretary
 * of State said\"", "The report distorted the findings" (the subject is what is denied; a person's subject only inside a
 * report, whose source accuses them: "Diaz said Moss had \"cherry-picked\" the figures").
 */
export const MISREPRESENTING_VERBS: ReadonlySet<string> = new Set([
  'misrepresent', 'misrepresents', 'misrepresented', 'distort', 'distorts', 'distorted', 'misstate', 'misstates', 'misstated',
  'mischaracterise', 'mischaracterises', 'mischaracterised', 'mischaracterize', 'mischaracterizes', 'mischaracterized', 'misquotes', 'misquoted',
  'cherry-pick', 'cherry-picks', 'cherry-picked',
  // ("said newspapers had exaggerated the results", "the minister overstated the savings")
  'exaggerate', 'exaggerates', 'exaggerated', 'overstate', 'overstates', 'overstated',
  // (as it is done: "The minister is cherry-picking the data", "said the company was misrepresenting its findings")
  'misrepresenting', 'distorting', 'misstating', 'mischaracterising', 'mischaracterizing', 'misquoting', 'cherry-picking', 'exaggerating', 'overstating',
]);

/**
 * Nouns of a thing someone is said to have made, held or sent, whose "no such X" as a verb's object denies the claim
 * that named it ("it had issued no such order", "The company has no such plans"; not "had no such praise for Clinton").
 */
export const NO_SUCH_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'order', 'orders', 'request', 'requests', 'instruction', 'instructions', 'agreement', 'agreements', 'deal', 'deals',
  'policy', 'proposal', 'proposals', 'meeting', 'meetings', 'talks', 'record', 'records', 'contract', 'contracts', 'payment', 'payments',
  'offer', 'offers', 'decision', 'report', 'reports', 'claim', 'claims', 'statement', 'statements', 'document', 'documents', 'letter',
  'letters', 'email', 'emails', 'call', 'calls', 'conversation', 'conversations', 'intention', 'ban', 'directive', 'warning', 'warnings',
  'complaint', 'complaints', 'application', 'bid', 'incident', 'incidents', 'case', 'cases', 'evidence', 'data', 'figures', 'list', 'test', 'tests',
]);

/** Words that open a clause of contrast or condition, whose "there is no such X" denies nothing: "Although there is no such overlap". */
export const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'if', 'since', 'because', 'unless', 'even']);

/**
 * Acts of falsehood someone is accused of (`noevidence.accused-of`), the words of the denial's cue: "accused the minister
 * of \"misleading the public\"", "accuses her rival of lying", "accused the company of spreading misinformation", "of
 * making up numbers".
 */
export const FALSEHOOD_ACTS: readonly (readonly string[])[] = [
  ...['lying', 'misleading', 'deceiving', 'exaggerating', 'fabricating', 'distorting', 'misrepresenting', 'overstating', 'inventing', 'falsifying', 'inflating', 'misquoting'].map((act) => [act]),
  // ("accused him of making up numbers", "of making things up", "of fudging the figures", "of cooking the books")
  ...['fudging', 'twisting'].map((act) => [act]), ['making', 'up'], ['making', 'things', 'up'], ['making', 'it', 'up'], ['making', 'stuff', 'up'], ['cooking', 'the', 'books'],
  ['making', 'false'], ['spreading', 'misinformation'], ['spreading', 'disinformation'], ['spreading', 'falsehoods'], ['spreading', 'lies'], ['peddling', 'falsehoods'], ['peddling', 'lies'],
  // ("accused the mayor of \"playing fast and loose with the facts\"", "of being economical with the truth")
  ['playing', 'fast', 'and', 'loose'], ['being', 'economical', 'with', 'the', 'truth'],
  // ("of fiddling the figures", "of massaging the numbers", "of manipulating data"; not "of manipulating players")
  ...['fiddling', 'massaging', 'manipulating', 'doctoring'].flatMap((act) => ['figures', 'numbers', 'data', 'statistics', 'books'].flatMap((what) => [[act, what], [act, 'the', what], [act, 'its', what], [act, 'their', what]])),
  // ('accused the minister of "spinning the numbers"'; not "of spinning the ball")
  ...['figures', 'numbers', 'data', 'statistics', 'facts'].flatMap((what) => [['spinning', what], ['spinning', 'the', what], ['spinning', 'its', what], ['spinning', 'their', what]]),
];

/**
 * Phrases of time that limit a finding, no part of what it finds missing: "found no evidence of wrongdoing | so far",
 * "There is no evidence | at this stage | that X", "no sign of a cover-up | to date".
 */
export const FINDING_TIME_PHRASES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'finding-time.so-far', words: ['so', 'far'] },
  { id: 'finding-time.thus-far', words: ['thus', 'far'] },
  { id: 'finding-time.to-date', words: ['to', 'date'] },
  { id: 'finding-time.as-yet', words: ['as', 'yet'] },
  { id: 'finding-time.yet', words: ['yet'] },
  { id: 'finding-time.at-this-stage', words: ['at', 'this', 'stage'] },
  { id: 'finding-time.at-this-time', words: ['at', 'this', 'time'] },
  { id: 'finding-time.at-this-point', words: ['at', 'this', 'point'] },
  { id: 'finding-time.at-present', words: ['at', 'present'] },
  { id: 'finding-time.at-the-moment', words: ['at', 'the', 'moment'] },
  { id: 'finding-time.for-now', words: ['for', 'now'] },
];

/** Phrases that state there is no support for a proposition: "there is no evidence that X". */
export const NO_EVIDENCE_PHRASES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'noevidence.no-evidence', words: ['no', 'evidence'] },
  { id: 'noevidence.no-proof', words: ['no', 'proof'] },
  // "There is little evidence that X", "scant evidence", "insufficient evidence": too little support to hold
  ...['little', 'scant', 'insufficient', 'scarce'].flatMap((few) => ['evidence', 'proof'].map((noun) => ({ id: 'noevidence.little-evidence', words: [few, noun] }))),
  // "There is no good study showing that X": a study that would show it (only before a participle of showing or linking:
  // "There is no study on the drug's effects" denies nothing)
  { id: 'noevidence.no-study', words: ['no', 'study'] },
  { id: 'noevidence.no-study', words: ['no', 'studies'] },
  { id: 'noevidence.no-truth', words: ['no', 'truth'] },
  // "I did nothing wrong", "We have done nothing wrong": someone's denial of any wrongdoing (after a form of "do" only)
  { id: 'noevidence.nothing-wrong', words: ['nothing', 'wrong'] },
  // "The freeze never happened", "the meeting did not take place", "Such a plan does not exist": an event or a thing
  // someone claimed, named by its subject, denied (after a subject a determiner opens only)
  ...[['happened'], ['happen'], ['occurred'], ['occur'], ['took', 'place'], ['take', 'place'], ['existed'], ['exist']].flatMap((rest) => ['never', 'not', "didn't", "doesn't", "hasn't"].map((neg) => ({ id: 'noevidence.never-happened', words: [neg, ...rest] }))),
  // "We have nothing to hide": the same denial of a concealment (after a form of "have" only)
  { id: 'noevidence.nothing-to-hide', words: ['nothing', 'to', 'hide'] },
  // "There is not a shred of truth in these allegations", "not a shred of evidence that X"
  { id: 'noevidence.no-truth', words: ['not', 'a', 'shred', 'of', 'truth'] },
  { id: 'noevidence.no-evidence', words: ['not', 'a', 'shred', 'of', 'evidence'] },
  // "The study behind them says no such thing": after a verb of saying or showing, a denial of the claim before
  { id: 'noevidence.no-such-thing', words: ['no', 'such', 'thing'] },
  // "There has been no such change", "No such plan exists": the claim before, named again (not "no such thing as")
  { id: 'noevidence.no-such', words: ['no', 'such'] },
  { id: 'noevidence.no-basis', words: ['no', 'basis'] },
  { id: 'noevidence.no-indication', words: ['no', 'indication'] },
  // "there was \"no plausible mechanism\" by which the vaccine could cause hair loss"
  { id: 'noevidence.no-mechanism', words: ['no', 'mechanism'] },
  { id: 'noevidence.no-sign', words: ['no', 'sign'] },
  // "it had received no reports of unusual bird deaths near the wind farm" (of what only, or that what: not "no reports
  // were filed")
  { id: 'noevidence.no-reports', words: ['no', 'reports'] },
  { id: 'noevidence.no-reports', words: ['no', 'report'] },
  { id: 'noevidence.not-any-evidence', words: ['not', 'any', 'evidence'] },
  // "We could not find any evidence that supports this", "did not find any study that backs the claim"
  // ("We have not seen any document that supports the £3 million figure")
  ...['evidence', 'study', 'research', 'data', 'document', 'documents', 'record', 'records'].flatMap((noun) => ['not', "n't"].flatMap((neg) => ['find', 'seen', 'see'].map((verb) => ({ id: 'noevidence.not-find-any', words: [neg, verb, 'any', noun] })))),
  // "We have no record of 10,000 trees being planted", "there is no record that the meeting took place"
  { id: 'noevidence.no-record', words: ['no', 'record'] },
  { id: 'noevidence.nothing-to', words: ['nothing', 'to'] },
  // the article's (or a speaker's) refutation before its own clause: "Contrary to his claim that people would learn nothing, ..."
  { id: 'noevidence.contrary-to', words: ['contrary', 'to'] },
  // "the concentration was \"inconsistent with meat contamination\"": the explanation the finding rules out is the target
  { id: 'noevidence.inconsistent-with', words: ['inconsistent', 'with'] },
  { id: 'noevidence.inconsistent-with', words: ['not', 'consistent', 'with'] },
  // "found no link between the vaccine and autism": what is linked is the target
  { id: 'noevidence.no-link', words: ['no', 'link'] },
  { id: 'noevidence.no-link', words: ['no', 'causal', 'link'] },
  { id: 'noevidence.no-link', words: ['no', 'connection'] },
  // the article's own word on a report: "claimed without evidence that X", "said, without offering any proof, that X"
  ...['evidence', 'proof'].flatMap((noun) => [
    [], ['any'], ['offering'], ['offering', 'any'], ['providing'], ['providing', 'any'], ['citing'], ['citing', 'any'], ['presenting'], ['presenting', 'any'],
  ].map((mid) => ({ id: 'noevidence.without', words: ['without', ...mid, noun] }))),
  // "said at least 57 people had been killed, without giving a source for the figure"
  ...['giving', 'citing', 'naming', 'providing', 'offering'].flatMap((verb) => ['a', 'any'].map((det) => ({ id: 'noevidence.without', words: ['without', verb, det, 'source'] }))),
  // an act of falsehood someone is accused of, which denies the accused's claims: "accused the minister of \"misleading the
  // public\"", "accuses her rival of lying", "has accused the company of spreading misinformation"
  ...FALSEHOOD_ACTS.map((words) => ({ id: 'noevidence.accused-of', words })),
  // the article's own word on a report it calls false: "falsely claimed on Monday that X", "wrongly said X"
  ...['falsely', 'wrongly', 'incorrectly', 'erroneously', 'baselessly', 'groundlessly', 'misleadingly', 'inaccurately', 'mistakenly'].map((adverb) => ({ id: 'noevidence.falsely', words: [adverb] })),
  // "Energy Secretary Ed Miliband was wrong to claim that X", "wrong to say X": the report the article (or its source) calls false
  ...['wrong', 'incorrect', 'mistaken'].map((adjective) => ({ id: 'noevidence.wrong-to', words: [adjective, 'to'] })),
];

/**
 * A court's or an inquiry's verbs of judgement (not in the cue list, whose model reads them) that report the clause after
 * them, so that a falsity judges that clause's subject, not theirs: "The judge ruled that | the article | was untrue".
 */
export const RULING_VERBS: ReadonlySet<string> = new Set(['ruled', 'rules', 'determined', 'adjudged']);

/** Verbs before "nothing to suggest X" that make it a finding: "found nothing to indicate that X". */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['found', 'find', 'finds', 'seen', 'see', 'saw', 'sees', 'uncovered', 'identified']);

/** What "nothing to suggest" may say of a statement named before, pointing back at it: "(that) is the case", "(this) was true". */
export const POINTING_WORDS: ReadonlySet<string> = new Set(['that', 'this', 'it']);
/** Subjects that deny nothing: what "nobody disputes" or "no one can deny" is asserted, not denied. */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['nobody', 'no one', 'no-one', 'none', 'none of us', 'none of them', 'not one of us']);

/** What "neither" or "none of the claims" is said not to be ("Neither claim is true"): the statements before, all denied. */
export const NONE_TRUE_ADJECTIVES: ReadonlySet<string> = new Set(['true', 'correct', 'accurate']);
export const NONE_WORDS: ReadonlySet<string> = new Set(['neither', 'none']);

export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are']);
export const RESTATEMENTS: readonly (readonly string[])[] = [['the', 'case'], ['true'], ['so'], ['correct'], ['accurate'], ['right']];

/** Words that may stand between "no" and the evidence noun of a no-evidence phrase: "no scientific evidence", "no credible proof". */
export const EVIDENCE_QUALIFIERS: ReadonlySet<string> = new Set(['plausible', 'known', 'scientific', 'credible', 'hard', 'concrete', 'clear', 'real', 'direct', 'solid', 'reliable', 'firm', 'such', 'further', 'new', 'good', 'strong', 'convincing', 'compelling', 'robust']);

/**
 * Verbs between "no evidence to" and the proposition: "no evidence to support (the claim) that X",
 * "no evidence to suggest X". The denied proposition is X.
 */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['support', 'suggest', 'show', 'prove', 'indicate', 'confirm', 'substantiate', 'corroborate', 'back']);

/** Connectors between a denial verb (+ noun) and the denied proposition. */
export const TARGET_CONNECTORS: ReadonlySet<string> = new Set([
  'that', 'regarding', 'about', 'of', 'on', 'concerning', 'over', 'surrounding', 'to',
]);

/** Adverbs that may stand inside a denial cue: "firmly rejecting", "have frequently denied". */
export const DENIAL_ADVERBS: ReadonlySet<string> = new Set([
  'firmly', 'flatly', 'strongly', 'categorically', 'vehemently', 'repeatedly', 'frequently', 'publicly',
  'emphatically', 'swiftly', 'quickly', 'angrily', 'also', 'again', 'previously', 'consistently', 'officially',
  'formally', 'roundly', 'forcefully', 'strenuously', 'steadfastly', 'adamantly', 'immediately', 'later',
  // "have both denied", "has since denied", "hotly disputed"
  'both', 'all', 'since', 'subsequently', 'vigorously', 'robustly', 'hotly', 'fiercely', 'explicitly', 'openly',
  // "has long denied", "have always disputed", "a claim widely contested"
  'long', 'always', 'widely', 'sharply', 'staunchly', 'vociferously', 'promptly', 'indignantly', 'stoutly', 'furiously', 'loudly',
]);

/**
 * Nouns of a finding that, after "after" or "following", led to a denial rather than belong to what it denies: "denies
 * doping after positive test", "denied taking drugs after a sample ... was found to contain ...".
 */
export const FINDING_EVENT_NOUNS: ReadonlySet<string> = new Set(['test', 'tests', 'sample', 'samples', 'result', 'results', 'report', 'reports', 'investigation', 'inquiry', 'probe', 'audit', 'ruling', 'verdict', 'revelations', 'allegations', 'claims', 'accusations', 'leak', 'footage', 'video', 'photos', 'images']);

/** Markers inside a phrase that end a denied proposition: "... as fabricated", "..., saying". */
/**
 * Words that open the report a denial answers, said in the denial's own sentence: "has denied that X, after a union said
 * Y", "rejected the claims following a report by the BBC that Y", "After the union said Y, the minister denied X".
 */
export const PROMPTING_WORDS: ReadonlySet<string> = new Set(['after', 'following', 'when']);
export const TARGET_STOP_WORDS: ReadonlySet<string> = new Set(['as', 'saying', 'calling', 'adding', 'and', 'but', 'while', 'which']);

/**
 * In a headline, these words say that a story is false even without a denial verb: "Banksy arrest
 * hoax: ...", "Report of quarantined town NOT real", "Crabzilla is definitely not real".
 */
export const HEADLINE_FALSITY_WORDS: ReadonlySet<string> = new Set([
  'hoax', 'hoaxes', 'fake', 'faked', 'bogus', 'false', 'untrue', 'myth', 'debunked', 'debunks', 'debunk',
  'fabricated', 'misinformation', 'disinformation', 'nope', 'satirical', 'satire', 'bullshit', 'duped', 'dupes',
  'fooled', 'wrongly', 'erroneous', 'exaggerated', 'overstated', 'overblown', 'baseless', 'unfounded',
  // "Rumour that X called rubbish", "Woman who claimed X exposed as hoaxer", "Fake-News report claims X"
  'rubbish', 'hoaxer', 'hoaxers', 'fake-news',
  // "Fox News Floats BS Story About X"
  'bs',
]);

/** Negations that, in a headline, deny the headline's proposition: "Banksy Wasn't Arrested", "al-Baghdadi Not Dead". */
export const HEADLINE_NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", "isn't", "wasn't", "aren't", "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't",
  "won't", 'no',
]);

/**
 * Negations in a headline that deny nothing, each a reading of the words around it (`headlineNegation`):
 * - `neg.imperative`: "don't" / "do not" opening a clause: an order or a slogan ("Hands up, don't shoot",
 *   "Don't reset your phone");
 * - `neg.contrast`: "not" right after a comma, before a noun phrase: a contrast within what the headline
 *   asserts ("Marijuana may mean a ticket, not arrest", "built in Nevada, not Texas");
 * - `neg.gerund`: "not" between a preposition and a verb in -ing ("fed up with not having ...", "executed
 *   for not harvesting ..."): a circumstance, not a proposition called false;
 * - `neg.alternative`: "or" up to two words before the negation ("may or may not hold an event").
 * In Emergent's 2,071 headlines (train) these readings fired on 13 denials found, none of a headline whose
 * stance was `against`.
 */
export const HEADLINE_NON_DENIALS: readonly { id: string; description: string }[] = [
  { id: 'neg.imperative', description: '"don\'t" or "do not" opening a clause' },
  { id: 'neg.contrast', description: '", not" before a noun phrase' },
  { id: 'neg.gerund', description: 'a preposition, "not", a verb in -ing' },
  { id: 'neg.alternative', description: '"or" up to two words before the negation' },
];

/** Verbs of giving evidence, whose subject is who claims when they gave none: "offered no evidence", "provided no proof". */
export const EVIDENCE_GIVING_VERBS: ReadonlySet<string> = new Set(['offered', 'offers', 'offer', 'provided', 'provides', 'provide', 'presented', 'presents', 'present', 'produced', 'produces', 'produce', 'gave', 'gives', 'give', 'cited', 'cites', 'cite', 'shared', 'shares', 'supplied', 'supplies']);

/** Verbs of trying before "to" and a denial verb, whose subject denies: "tried to walk back", "sought to dismiss". */
export const TRYING_VERBS: ReadonlySet<string> = new Set(['try', 'tries', 'tried', 'trying', 'seek', 'seeks', 'sought', 'seeking', 'attempt', 'attempts', 'attempted', 'moved', 'moves', 'rushed', 'rushes', 'hastened', 'scrambled', 'scrambles']);

let verbIndex: Map<string, DenialVerb[]> | undefined;

/**
 * The denial verbs a lower-cased word is a form of, in the order listed ("proved": `deny.not-prove`, "did not prove
 * that X", and `deny.otherwise`, "Tests proved otherwise"), if any.
 */
export function denialVerbsOf(lower: string): readonly DenialVerb[] | undefined {
  if (!verbIndex) {
    verbIndex = new Map();
    for (const v of DENIAL_VERBS) {
      for (const f of v.forms ?? inflect(v.lemma)) {
        const list = verbIndex.get(f);
        if (list === undefined) verbIndex.set(f, [v]);
        else if (!list.includes(v)) list.push(v);
      }
    }
  }
  return verbIndex.get(lower);
}

/** The denial verb a lower-cased word is a form of (the first listed for a form two verbs share), if any. */
export function denialVerbOf(lower: string): DenialVerb | undefined {
  return denialVerbsOf(lower)?.[0];
}

// Function words of the denial rules (src/core/detect/denials.ts).

/**
 * An answer's "no", the whole of its first sentence, that denies what the question put: "No.", "Absolutely not.", "Not
 * true.", an explainer's "Not quite." and "Not exactly.".
 */
export const ANSWER_NOES: ReadonlySet<string> = new Set(['no', 'absolutely not', 'certainly not', 'of course not', 'not true', 'not at all', 'definitely not', 'no way', 'not quite', 'not exactly', 'not a chance', 'no chance', 'nope', 'never', 'not really', 'no, no', 'no, no, no']);

/** Words besides statement nouns that a generic target ("the allegations", "the latest Western media reports") may hold. */
export const GENERIC_TARGET_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'any', 'all', 'such', 'those', 'its', 'his', 'her', 'their', 'our', 'these', 'western', 'media', 'latest', 'recent', 'new', 'false', 'us', 'u.s.', 'headline']);

/** The press as a whole, whose act of falsehood a report may judge as a person's (`deny.misrepresent`: "newspapers had exaggerated the results"). */
export const NEWS_OUTLET_NOUNS: ReadonlySet<string> = new Set(['newspapers', 'papers', 'media', 'outlets', 'journalists', 'reporters', 'tabloids', 'broadcasters', 'press', 'headlines']);

/**
 * Nouns of a thing shared or shown that a falsity judges by what it was said to show ("The image is fake", "the video
 * is a hoax"): a target of nothing but these and the fillers is generic, the claim about the thing said before.
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'image', 'images', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'video', 'videos', 'clip', 'clips',
  'footage', 'screenshot', 'screenshots', 'post', 'posts', 'tweet', 'tweets', 'graphic', 'meme', 'recording', 'audio',
]);

/** What an account is of, when it names no proposition: "rejected that version of events", "disputed the account of what happened". */
export const ACCOUNT_OF_EVENTS: ReadonlySet<string> = new Set(['events', 'the events', 'what happened', 'the incident', 'the facts']);

/** `CONTRACTED_NEGATIONS` of the lexicon, with the curly apostrophe too (a text's words are read as written here and there). */
export const CONTRACTED_NEGATIONS: readonly string[] = LEXICON_CONTRACTED_NEGATIONS.flatMap((w) => [w, w.replace("'", '’')]);

/** Words before a denial verb that negate or withhold it ("did not deny", "refused to deny", "has done nothing to dispel"). */
export const NEGATED_BEFORE: ReadonlySet<string> = new Set(['not', "n't", 'never', 'cannot', 'refused', 'declined', 'refuses', 'declines', 'did', 'failed', 'fails', 'nothing', ...CONTRACTED_NEGATIONS]);

/** Words before "'s" that make it "is": "it's false", "that's a lie", "what's fake". */
export const COPULA_S_AFTER: ReadonlySet<string> = new Set(['it', 'that', 'this', 'what', 'which', 'there', 'here', 'who', 'everything', 'nothing', 'none', 'story', 'claim', 'report']);

/** One-word subjects that name a person: "She's a fake", "I was wrong". */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'one']);

/** Words that make a falsity predicate a supposition: "If you think the landing was fake". */
export const SUPPOSITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'suppose', 'hope', 'hopes', 'hoped']);

/** Words before which a denial verb's form is a noun: "a series of contests", "in the dispute". */
export const NOUN_BEFORE: ReadonlySet<string> = new Set(['of', 'in', 'on', 'for', 'with', 'from', 'between', 'among', 'amid']);

/** Words after a comma that open a clause of their own: a denial's target ends before them. */
export const TARGET_CLAUSE_STOPS: ReadonlySet<string> = new Set(['saying', 'calling', 'adding', 'stating', 'claiming', 'insisting', 'arguing', 'noting', 'which', 'while', 'but', 'whereas', 'although', 'though', 'despite']);

/**
 * A figure said to be off, without the word "false": "the military says the figure is far lower", "the real number
 * is much higher than reported". Only after a copula, and only of a subject that is nothing but a figure's noun and
 * `FIGURE_SUBJECT_WORDS` ("the figure", "the real death toll"); "than" may follow only with a word of reporting
 * (`FIGURE_THAN_WORDS`: "far lower than claimed"), since "lower than last year" compares two figures. Such a denial
 * answers the nearest claim before it that holds a number.
 */
export const FIGURE_COMPARATIVES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'figure.lower', words: ['lower'] },
  { id: 'figure.higher', words: ['higher'] },
  { id: 'figure.smaller', words: ['smaller'] },
  { id: 'figure.larger', words: ['larger'] },
  { id: 'figure.too-high', words: ['too', 'high'] },
  { id: 'figure.too-low', words: ['too', 'low'] },
  // ("the official count was \"a serious underestimate\"")
  { id: 'figure.underestimate', words: ['underestimate'] },
  { id: 'figure.overestimate', words: ['overestimate'] },
];
/** Words between the copula and a `FIGURE_COMPARATIVES` word: "is far lower", "was a lot higher", "was a serious underestimate". */
export const FIGURE_INTENSIFIERS: ReadonlySet<string> = new Set(['far', 'much', 'significantly', 'considerably', 'substantially', 'vastly', 'well', 'many', 'times', 'actually', 'probably', 'likely', 'in', 'fact', 'a', 'lot', 'several', 'an', 'serious', 'gross', 'huge', 'massive', 'significant', 'vast']);
/** The nouns of a figure (`FIGURE_COMPARATIVES`), and the other words its subject may hold. */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'figures', 'number', 'numbers', 'toll', 'tally', 'count', 'estimate', 'estimates', 'total', 'totals', 'increase', 'rise', 'fall', 'drop', 'decrease', 'decline', 'gain', 'loss', 'amount', 'sum', 'sums', 'cost', 'costs']);
export const FIGURE_SUBJECT_WORDS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'these', 'those', 'its', 'their', 'real', 'actual', 'true', 'official', 'death', 'casualty', 'final', 'combined', 'overall', 'annual', 'correct', 'daily', 'weekly', 'monthly', 'average']);
/**
 * What a figure counts, by the words that name it: a restated figure ("the death toll was no higher than four") answers
 * the nearest claim that counts the same kind of thing ("killed at least 14 civilians") before a nearer one that counts
 * another ("31 people had been wounded"). `names`: words of the restating claim; `counts`: words of the claim it answers.
 */
export const FIGURE_KINDS: readonly { id: string; names: readonly string[]; counts: readonly string[] }[] = [
  { id: 'figure.deaths', names: ['death', 'deaths', 'dead', 'fatalities', 'killed'], counts: ['killed', 'kill', 'kills', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'dies', 'fatalities', 'lives', 'bodies'] },
  { id: 'figure.injuries', names: ['injured', 'injuries', 'wounded', 'injury'], counts: ['injured', 'injuries', 'wounded', 'injury', 'hurt', 'hospitalised', 'hospitalized'] },
  { id: 'figure.crowd', names: ['crowd', 'attendance', 'turnout', 'protesters', 'demonstrators'], counts: ['crowd', 'people', 'attended', 'attendance', 'turnout', 'protesters', 'demonstrators', 'marched', 'gathered'] },
];
/** The verbs after a figure's noun in a claim that restates the figure ("the number was closer to 200"). */
export const FIGURE_RESTATEMENT_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', "'s", 'stood', 'stands', 'would', 'could', 'might', 'may', 'will', 'had', 'has', 'remains', 'remained', 'exceeded', 'exceeds', 'reached', 'comes', 'came', 'amounts', 'amounted', 'at']);
/**
 * Verbs that, after a statement's noun and a subject, make a relative clause on the statement: "the claims it made",
 * "the reports they published", "an allegation that officials have rejected" (with a denial or reporting verb).
 */
export const STATEMENT_MAKING_VERBS: ReadonlySet<string> = new Set(['made', 'make', 'makes', 'raised', 'levelled', 'leveled', 'brought', 'filed', 'put', 'repeated', 'published', 'printed', 'aired', 'voiced', 'spread', 'circulated', 'heard', 'received', 'saw', 'read']);
/** After "than": a figure said to be off against what was reported ("far lower than claimed"). */
export const FIGURE_THAN_WORDS: ReadonlySet<string> = new Set(['reported', 'claimed', 'stated', 'suggested', 'alleged', 'estimated', 'published', 'announced', 'said', 'thought', 'feared', 'the', 'that', 'those', 'what']);

/**
 * Adjectives that call a statement false where they stand before its noun (`FALSE_STATEMENT_NOUNS`): "repeated his false
 * claim that X", "the baseless allegations", "legal action over the \"false and damaging\" story" (`deny.false-statement`).
 */
export const ATTRIBUTIVE_FALSITY: ReadonlySet<string> = new Set(['false', 'untrue', 'baseless', 'unfounded', 'groundless', 'bogus', 'debunked', 'discredited', 'fabricated', 'invented', 'made-up', 'disproven', 'disproved']);
/** The nouns of a statement an `ATTRIBUTIVE_FALSITY` adjective judges (not "false statements", most often an offence's). */
export const FALSE_STATEMENT_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'allegation', 'allegations', 'story', 'stories', 'report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'assertion', 'assertions', 'suggestion', 'suggestions', 'accusation', 'accusations', 'theory', 'theories']);
/** Words before a false statement that make it an offence, not a judgement of another's: "filed a false report", "accused of false claims". */
export const FALSE_STATEMENT_OFFENCES: ReadonlySet<string> = new Set(['file', 'files', 'filed', 'filing', 'make', 'makes', 'made', 'making', 'submit', 'submitted', 'submitting', 'give', 'gave', 'giving', 'given', 'lodged', 'lodging', 'knowingly', 'of']);
/** Verbs of saying whose subject, before a false statement in what they report, is who calls it false: "The club said it would sue over the false story". */
export const FALSE_STATEMENT_REPORTERS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'insisted', 'stated', 'wrote', 'argued', 'warned']);

/** Words that may stand between a copula and a falsity word ("is completely false", "is baseless and false"). */
export const FALSITY_INTENSIFIERS: ReadonlySet<string> = new Set(['complete', 'total', 'utter', 'completely', 'entirely', 'utterly', 'totally', 'simply', 'absolutely', 'wholly', 'patently', 'demonstrably', 'clearly', 'also', 'all', 'just', 'pure', 'baseless', 'false', 'and', 'greatly', 'grossly', 'wildly', 'vastly', 'hugely', 'massively', 'flatly', 'categorically', 'plainly', 'flat', 'plain', 'quite', 'very', 'much',
  // (how sure the judge is, or how far: "is almost certainly exaggerated", "was largely overstated")
  'almost', 'certainly', 'probably', 'surely', 'obviously', 'definitely', 'largely', 'mostly', 'partly', 'badly', 'seriously', 'deeply', 'fundamentally', 'fatally', 'hopelessly',
  // (by what law: "is physically impossible", "scientifically impossible")
  'physically', 'scientifically', 'technically', 'biologically', 'chemically', 'medically', 'mathematically', 'logically',
  // (how it was done: "was \"deliberately misleading\"")
  'deliberately', 'intentionally', 'knowingly', 'wilfully', 'willfully']);

/** Words that open a date after a denial's object: "denied the allegations on Monday", "last week", "this month". */
export const DATE_LEADS_AFTER_OBJECT: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier']);

/** Verbs of deceiving someone into a belief (`deny.fooled-into`): "fooled", "tricked", "duped", "trolled". */
export const DECEIVING_VERBS: ReadonlySet<string> = new Set(['fooled', 'fooling', 'fool', 'fools', 'tricked', 'tricking', 'trick', 'tricks', 'duped', 'duping', 'dupe', 'dupes', 'trolled', 'trolling', 'troll', 'trolls', 'conned', 'misled', 'deceived', 'hoodwinked', 'deceive', 'mislead']);
/**
 * Media an old-footage verdict judges (`deny.old-media`: "Photos that appear to show waves crashing over the pier are from
 * 2014"): the pictures and recordings of `MEDIA_NOUNS`, not a post's words.
 */
export const OLD_MEDIA_NOUNS: ReadonlySet<string> = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'video', 'videos', 'clip', 'clips', 'footage', 'pic', 'pics']);
/** Words before "show" that say what media seem to show (`deny.old-media`): "appear to show", "claiming to show", "said to show". */
export const SEEMING_TO_SHOW: ReadonlySet<string> = new Set(['appear', 'appears', 'appearing', 'appeared', 'claiming', 'claim', 'claims', 'purporting', 'purport', 'purports', 'purported', 'said', 'supposed', 'supposedly', 'allegedly', 'meant']);
/** Participles of making media, before when it was made (`deny.old-media`: "was filmed in 2019", "were taken years earlier"). */
export const MADE_MEDIA_PARTICIPLES: ReadonlySet<string> = new Set(['filmed', 'taken', 'shot', 'recorded', 'captured', 'posted', 'published', 'uploaded']);
/** The beliefs after "into" (`deny.fooled-into`): "into believing", "into thinking". */
export const INTO_BELIEFS: ReadonlySet<string> = new Set(['believing', 'thinking']);

/** Verbs of admitting, before which someone's being wrong is their own admission: "never admitting he was wrong". */
export const ADMITTING_VERBS: ReadonlySet<string> = new Set(['admit', 'admits', 'admitted', 'admitting', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'concede', 'concedes', 'conceded', 'conceding', 'accept', 'accepts', 'accepted', 'accepting']);
/** Pronouns for someone whose words a falsity judges ("He is wrong"): not "I" or "we", an admission. */
export const JUDGED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/**
 * Roles and bodies whose words a verb of misrepresenting judges after "the" ("said the minister was cherry-picking the
 * data", "the government is distorting the figures"): someone who speaks, not a thing ("the report distorted X" judges
 * the report itself).
 */
export const JUDGED_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'chancellor', 'president', 'mayor', 'governor', 'senator', 'candidate', 'leader', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'government', 'council', 'company', 'firm', 'department', 'ministry', 'campaign', 'party', 'administration', 'opposition', 'authority', 'board', 'trust',
]);
/** The first persons who deny an act of their own with "did nothing wrong" and no report around it ("I", "we"). */
export const FIRST_PERSON_DENIERS: ReadonlySet<string> = new Set(['i', 'we']);
/** Forms of "do" before "nothing wrong" ("did nothing wrong", "have done nothing wrong"). */
export const DO_FORMS: ReadonlySet<string> = new Set(['did', 'done', 'do', 'does', 'doing']);

/** Words of a whole before "of" and a statement's noun, which a denial's object may open with: "all of the allegations", "every one of these claims". */
export const OF_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'each', 'both', 'any', 'one']);
