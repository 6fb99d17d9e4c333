/**
 * Word families and synonym groups for matching a claim with what speaks against it. Matching maps
 * every content word to a concept: a place (country code, from world-countries), one of these
 * groups, or its stem. Each group has an id; `antonym` names a group that states the opposite.
 */

export interface ConceptGroup {
  id: string;
  words: readonly string[];
  antonym?: string;
}

export const CONCEPT_GROUPS: readonly ConceptGroup[] = [
  { id: 'transfer', words: ['deliver', 'delivered', 'delivering', 'delivers', 'delivery', 'deliveries', 'give', 'gave', 'given', 'giving', 'gives', 'supply', 'supplied', 'supplies', 'supplying', 'supplier', 'suppliers', 'transfer', 'transferred', 'transfers', 'transferring', 'provide', 'provided', 'provides', 'providing', 'provision', 'send', 'sent', 'sends', 'sending', 'ship', 'shipped', 'ships', 'shipping', 'shipment', 'shipments', 'hand', 'handed', 'furnish', 'furnished', 'arm', 'armed', 'arming', 'equip', 'equipped'] },
  { id: 'buy', words: ['buy', 'bought', 'buys', 'buying', 'purchase', 'purchased', 'purchases', 'purchasing', 'acquire', 'acquired', 'acquisition'], antonym: 'capture' },
  { id: 'capture', words: ['capture', 'captured', 'captures', 'seize', 'seized', 'seizure', 'loot', 'looted', 'steal', 'stole', 'stolen'], antonym: 'buy' },
  { id: 'sell', words: ['sell', 'sold', 'sells', 'selling', 'sale', 'sales'] },
  { id: 'money', words: ['money', 'funds', 'fund', 'funding', 'funded', 'payment', 'payments', 'paid', 'pay', 'pays', 'paying', 'cash', 'euros', 'euro', 'dollars', 'dollar', 'pounds', 'budget', 'budgets', 'spending', 'expenditure', 'financing', 'financed', 'finance', 'finances', 'grant', 'grants', 'loan', 'loans', 'rouble', 'roubles', 'ruble', 'rubles'] },
  { id: 'home', words: ['home', 'homes', 'house', 'houses', 'housed', 'housing', 'dwelling', 'dwellings', 'residence', 'residences', 'apartment', 'apartments', 'flats'] },
  { id: 'drone', words: ['drone', 'drones', 'uav', 'uavs', 'unmanned'] },
  // "a new 5G mast has caused nosebleeds" against "no mechanism by which radio waves could cause nosebleeds", "no evidence
  // that mobile signals cause headaches" (a name of digits and letters among the words: "5g")
  { id: 'radio', words: ['5g', '4g', '3g', 'radio', 'signal', 'signals', 'wireless', 'radiofrequency', 'electromagnetic', 'radiation'] },
  // "Chinese companies had shipped drone engines" against "Chinese firms had sent drone components"
  { id: 'company', words: ['company', 'companies', 'firm', 'firms', 'business', 'businesses', 'corporation', 'corporations', 'manufacturer', 'manufacturers', 'maker', 'makers'] },
  { id: 'parts', words: ['part', 'parts', 'component', 'components', 'engine', 'engines', 'electronics', 'microchip', 'microchips'] },
  // "a study that claimed to find a link between phone masts and headaches" against "no evidence that masts cause headaches"
  { id: 'cause', words: ['cause', 'causes', 'caused', 'causing', 'link', 'links', 'linked', 'linking', 'trigger', 'triggers', 'triggered'] },
  // "its blood test can spot cancer ten years early" against "the study does not show the test can detect cancer early"
  { id: 'detect', words: ['detect', 'detects', 'detected', 'detecting', 'detection', 'spot', 'spots', 'spotted', 'spotting'] },
  { id: 'dementia', words: ['dementia', "alzheimer's", 'alzheimer', 'alzheimers'] },
  // (the verbs only: "a record high" is no count) "its monitors recorded spills" against "volunteers had logged discharges"
  // (and measured: "response times were being recorded from the moment a crew was assigned" against "denied that it had
  // changed how response times were measured")
  { id: 'logged', words: ['recorded', 'logged', 'registered', 'counted', 'count', 'tallied', 'documented', 'measured', 'measure', 'measures', 'measuring'] },
  { id: 'weapon', words: ['weapon', 'weapons', 'arms', 'armament', 'armaments', 'munition', 'munitions', 'ammunition', 'missile', 'missiles', 'rocket', 'rockets', 'artillery', 'shells', 'bombs', 'rifles', 'guns'] },
  { id: 'war', words: ['war', 'wars', 'conflict', 'conflicts', 'fighting', 'hostilities', 'invasion'] },
  // (a country's armed forces, or those ruling it: "supplied weapons to Myanmar junta" against "transferred arms to the military")
  { id: 'military', words: ['military', 'militaries', 'junta', 'juntas', 'army', 'armies'] },
  { id: 'kill', words: ['kill', 'killed', 'kills', 'killing', 'killings', 'dead', 'death', 'deaths', 'die', 'died', 'dies', 'fatalities', 'slain'], antonym: 'alive' },
  { id: 'alive', words: ['alive', 'survive', 'survived', 'survives', 'survivor', 'survivors', 'living'], antonym: 'kill' },
  { id: 'rise', words: ['rise', 'rose', 'risen', 'rises', 'rising', 'increase', 'increased', 'increases', 'increasing', 'grow', 'grew', 'grown', 'grows', 'growing', 'growth', 'jump', 'jumped', 'jumps', 'jumping', 'surge', 'surged', 'surges', 'surging', 'climb', 'climbed', 'climbs', 'climbing', 'up', 'doubled', 'doubling', 'tripled', 'trebled', 'quadrupled'], antonym: 'fall' },
  { id: 'fall', words: ['fall', 'fell', 'fallen', 'falls', 'falling', 'decrease', 'decreased', 'decreases', 'decline', 'declined', 'declines', 'declining', 'drop', 'dropped', 'drops', 'dropping', 'shrink', 'shrank', 'shrinks', 'shrinking', 'shrunk', 'plunge', 'plunged', 'plunging', 'down', 'cut', 'cuts', 'reduce', 'reduced', 'reduces', 'reduction', 'slashed', 'halved', 'axed', 'axing', 'shed', 'shedding'], antonym: 'rise' },
  // a level held: "council tax has been frozen for three years" against "council tax rose by 4.99%" (not "freezing", as
  // often the weather)
  { id: 'freeze', words: ['freeze', 'froze', 'frozen', 'freezes', 'unchanged'], antonym: 'rise' },
  // a comparison either way: "rents in Cardiff are now higher than in Bristol" against "rents in Cardiff are still about 15% lower"
  { id: 'higher', words: ['higher', 'dearer', 'costlier'], antonym: 'lower' },
  { id: 'lower', words: ['lower', 'cheaper'], antonym: 'higher' },
  { id: 'win', words: ['win', 'won', 'wins', 'winning', 'victory', 'winner'], antonym: 'lose' },
  { id: 'lose', words: ['lose', 'lost', 'loses', 'losing', 'defeat', 'defeated', 'loser'], antonym: 'win' },
  { id: 'attack', words: ['attack', 'attacked', 'attacks', 'strike', 'strikes', 'struck', 'hit', 'hits', 'bomb', 'bombed', 'bombing', 'shell', 'shelled', 'shelling', 'assault'] },
  // "its forces had struck the grain terminal" against "cruise missiles hit the port"
  { id: 'port', words: ['port', 'ports', 'harbour', 'harbor', 'harbours', 'harbors', 'terminal', 'terminals', 'dock', 'docks', 'wharf', 'quay', 'seaport'] },
  { id: 'sanction', words: ['sanction', 'sanctions', 'sanctioned', 'embargo', 'embargoes'] },
  { id: 'meet', words: ['meet', 'met', 'meeting', 'meetings', 'talks', 'summit', 'negotiation', 'negotiations', 'negotiating', 'conversations', 'discussions'] },
  { id: 'help', words: ['help', 'helped', 'helps', 'assist', 'assisted', 'assistance', 'aid', 'aided', 'support', 'supported', 'supports', 'backing', 'backed'] },
  { id: 'neutral', words: ['neutral', 'neutrality', 'impartial', 'nonaligned', 'non-aligned'] },
  { id: 'arrest', words: ['arrest', 'arrested', 'arrests', 'detain', 'detained', 'detention', 'capture-person', 'jailed', 'imprisoned'], antonym: 'release' },
  { id: 'release', words: ['release', 'released', 'releases', 'freed', 'free'], antonym: 'arrest' },
  { id: 'say', words: ['say', 'said', 'says', 'state', 'stated', 'claim', 'claimed', 'claims'] },
  { id: 'plan', words: ['plan', 'planned', 'plans', 'planning', 'prepare', 'prepared', 'preparing', 'ready', 'intend', 'intended', 'intends'] },
  { id: 'people', words: ['people', 'persons', 'civilians', 'residents', 'citizens'] },
  // "knife crime had fallen by 10 percent" against "offences involving a knife rose by 4 percent"
  { id: 'crime', words: ['crime', 'crimes', 'offence', 'offences', 'offense', 'offenses', 'offending', 'criminality'] },
  { id: 'unemployment', words: ['unemployment', 'joblessness', 'jobless', 'unemployed'] },
  { id: 'injure', words: ['injure', 'injured', 'injures', 'injuring', 'injury', 'injuries', 'wound', 'wounded', 'wounding', 'hurt'] },
  // (and its loss named as a noun: "staff had been told to expect redundancies" against "no staff had been told their jobs were at risk")
  { id: 'job', words: ['job', 'jobs', 'employment', 'hire', 'hired', 'hires', 'hiring', 'workforce', 'redundancy', 'redundancies', 'layoff', 'layoffs'] },
  { id: 'vote', words: ['vote', 'votes', 'voted', 'voting', 'voter', 'voters', 'ballot', 'ballots'] },
  // a count or a record changed: "machines flipped votes" against "no voting machine changed votes"
  { id: 'alter', words: ['change', 'changed', 'changes', 'changing', 'alter', 'altered', 'alters', 'altering', 'flip', 'flipped', 'flips', 'flipping', 'switch', 'switched', 'manipulate', 'manipulated', 'manipulating', 'rig', 'rigged', 'rigging', 'tamper', 'tampered', 'tampering', 'falsify', 'falsified', 'doctored'] },
  { id: 'resign', words: ['resign', 'resigned', 'resigns', 'resigning', 'resignation', 'quit', 'quits'] },
  // (losing one's job at another's hands: "Reis had been sacked" against "Any suggestion that he was dismissed is wrong")
  { id: 'sack', words: ['sack', 'sacked', 'sacking', 'sacks', 'dismissed', 'dismissal'] },
  // (a road's or a vehicle's: "accidents on the A614 have risen" against "the number of collisions on the road fell")
  { id: 'collision', words: ['accident', 'accidents', 'collision', 'collisions', 'crash', 'crashes'] },
  // an inspection or a test passed or failed: "had passed its most recent inspection" against "had failed two of its last three inspections"
  { id: 'pass', words: ['pass', 'passed', 'passes', 'passing'], antonym: 'fail' },
  { id: 'fail', words: ['fail', 'failed', 'fails', 'failing', 'failure', 'failures'], antonym: 'pass' },
  // what escapes into water, land or air: "logged discharges at six outfalls" against "monitors recorded spills"
  { id: 'spill', words: ['spill', 'spills', 'spilled', 'spilt', 'spilling', 'discharge', 'discharges', 'discharged', 'discharging', 'leak', 'leaks', 'leaked', 'leaking', 'leakage', 'overflow', 'overflows', 'dump', 'dumped', 'dumping'] },
  // "claims to show cars swept away by floodwater in Valencia" against "does not show flooding in Valencia"
  { id: 'flood', words: ['flood', 'floods', 'flooded', 'flooding', 'floodwater', 'floodwaters', 'inundated', 'inundation', 'deluge', 'underwater', 'submerged'] },
  // "rejected suggestions that its product harms renal function" against "causes chronic kidney disease"
  { id: 'kidney', words: ['kidney', 'kidneys', 'renal'] },
  // "denied that it had withheld any research" against "has buried internal studies"
  { id: 'conceal', words: ['conceal', 'concealed', 'concealing', 'conceals', 'hide', 'hid', 'hidden', 'hiding', 'bury', 'buried', 'burying', 'withhold', 'withheld', 'withholding', 'suppress', 'suppressed', 'suppressing', 'cover-up'] },
  // "wholesale costs had risen by 30%" against "wholesale gas prices had fallen by 8%"
  { id: 'price', words: ['price', 'prices', 'priced', 'pricing', 'cost', 'costs', 'costing', 'costed'] },
  // a rate per day: "the daily cost had fallen to £5.6 million" against "£8 million a day"
  { id: 'day', words: ['day', 'days', 'daily'] },
  // "no evidence of forgery" against "thousands of postal votes were forged"
  { id: 'forge', words: ['forge', 'forged', 'forges', 'forging', 'forgery', 'forgeries', 'counterfeit', 'counterfeited', 'falsify', 'falsified', 'falsifies', 'falsifying', 'falsification'] },
  // "denies bribery" against "took bribes in return for contracts"
  { id: 'bribe', words: ['bribe', 'bribes', 'bribed', 'bribing', 'bribery', 'kickback', 'kickbacks'] },
  // "the additive had been outlawed in Europe" against "the European Union banned it"
  { id: 'ban', words: ['ban', 'bans', 'banned', 'banning', 'outlaw', 'outlawed', 'outlaws', 'prohibit', 'prohibited', 'prohibits', 'prohibition'], antonym: 'allow' },
  { id: 'allow', words: ['allow', 'allowed', 'allows', 'allowing', 'permit', 'permitted', 'permits', 'permitting', 'permission', 'legal', 'legalised', 'legalized'], antonym: 'ban' },
  // "denied that the count has stopped anywhere" against "counting has been suspended in Lareno"
  { id: 'halt', words: ['halt', 'halted', 'halts', 'stop', 'stopped', 'stops', 'stopping', 'suspend', 'suspended', 'suspends', 'suspension', 'pause', 'paused', 'interrupted', 'interruption'] },
  // an order given: "officers were told to stop drivers" against "at no point have officers been instructed to stop drivers"
  { id: 'instruct', words: ['instruct', 'instructed', 'instructs', 'instructing', 'instruction', 'instructions', 'order', 'ordered', 'orders', 'ordering', 'directed', 'directive', 'directives', 'command', 'commanded', 'told'] },
  // "had reached an agreement" against "no fee has been agreed"
  { id: 'agree', words: ['agree', 'agrees', 'agreed', 'agreeing', 'agreement', 'agreements'] },
  // "closing seven libraries will save £2m" against "the closures would save £800,000"
  { id: 'closure', words: ['close', 'closure', 'closures', 'closed', 'closing', 'closes', 'shut', 'shuts', 'shutting', 'shutdown', 'shutdowns'], antonym: 'open' },
  // "the library would close in April" against "the library would stay open" (not "opening", as in "opening hours")
  { id: 'open', words: ['open', 'opened', 'reopen', 'reopened', 'reopens', 'reopening'], antonym: 'closure' },
  // "Over 300 trees will be felled" against "142 trees to be removed" (not "fell", which is "fall" as often)
  { id: 'remove', words: ['remove', 'removed', 'removes', 'removing', 'removal', 'felled', 'felling', 'uproot', 'uprooted', 'demolish', 'demolished', 'demolishing', 'demolition'] },
  // ("no evidence of fraud" against "4,000 ballots had been fraudulent")
  { id: 'fraud', words: ['fraud', 'frauds', 'fraudulent', 'fraudulently', 'fraudster', 'fraudsters'] },
  // (a structure after an event: "the sea wall has collapsed" against "the wall is intact")
  { id: 'collapse', words: ['collapse', 'collapsed', 'collapses', 'collapsing', 'crumbled', 'breached', 'washed'], antonym: 'intact' },
  { id: 'intact', words: ['intact', 'undamaged', 'unscathed'], antonym: 'collapse' },
  // a report or a complaint left alone, against one looked into: "fatigue reports were ignored" against "all fatigue reports
  // are reviewed within 48 hours"
  { id: 'ignore', words: ['ignore', 'ignored', 'ignores', 'ignoring', 'disregard', 'disregarded', 'disregarding'], antonym: 'heed' },
  // (each form of a word the group holds, so that "did not review" still negates "were reviewed")
  { id: 'heed', words: ['heed', 'heeded', 'heeds', 'heeding', 'review', 'reviewed', 'reviews', 'reviewing'], antonym: 'ignore' },
  { id: 'safe', words: ['safe', 'safely', 'harmless'], antonym: 'unsafe' },
  { id: 'unsafe', words: ['unsafe', 'dangerous', 'hazardous', 'harmful', 'toxic', 'contaminated', 'contamination', 'polluted'], antonym: 'safe' },
  // a kind of bird with the rest: "killed more than 300 seabirds" against "no reports of unusual bird deaths"
  { id: 'bird', words: ['bird', 'birds', 'seabird', 'seabirds', 'songbird', 'songbirds'] },
  // "teenagers who use their phones after 10pm" against "Study linking phone use to poor sleep in teens"
  { id: 'teen', words: ['teen', 'teens', 'teenager', 'teenagers', 'teenage', 'adolescent', 'adolescents', 'adolescence'] },
  // an offer to buy: "Westbury had tabled the offer last week" against "no bid had been made"
  { id: 'bid', words: ['bid', 'bids', 'offer', 'offers', 'offered', 'bidding', 'tabled'] },
  // homes or roads built: "the council had built 3,000 affordable homes" against "1,140 affordable homes were completed"
  // (not "complete", an adjective as often, "a complete ban", nor "building" or "completion", nouns of other things too)
  { id: 'build', words: ['build', 'builds', 'built', 'construct', 'constructs', 'constructed', 'construction', 'completed'] },
  // a place built for a use: "its strikes had hit a fuel depot used by the Ukrainian military" against "denied that any
  // military facility had been hit" (not "base", a party's voters as often)
  { id: 'facility', words: ['facility', 'facilities', 'installation', 'installations', 'depot', 'depots', 'compound', 'compounds'] },
];

/**
 * Qualifiers that make two figures measure different things: "gross contribution of £361 million" and "net
 * contribution of £150 million" do not contradict each other. Each pair's words, as whole words in a claim (patterns: "peak(?:-time)?").
 */
export const MEASURE_PAIRS: readonly { id: string; words: readonly [string, string] }[] = [
  { id: 'measure.gross-net', words: ['gross', 'net'] },
  { id: 'measure.real-cash', words: ['real terms', 'cash terms'] },
  { id: 'measure.real-nominal', words: ['real', 'nominal'] },
  { id: 'measure.absolute-relative', words: ['absolute', 'relative'] },
  { id: 'measure.housing-costs', words: ['before housing costs', 'after housing costs'] },
  { id: 'measure.pre-post-tax', words: ['pre-tax', 'post-tax'] },
  { id: 'measure.median-mean', words: ['median', 'mean'] },
  // (a pattern each: "peak", "peak-time", "peak-hour" against "off-peak")
  { id: 'measure.peak-off-peak', words: ['peak(?:-time|-hour)?', 'off-peak'] },
  // (what was planned against what was spent: "The original budget was £42 million" against "the bridge's final cost was
  // £61 million"; not against "cost £84 million, twice its original budget", which names both)
  { id: 'measure.budget-cost', words: ['budget(?:s|ed)?', 'cost(?:s|ing)?'] },
];

/**
 * Words that make a figure a bound set on a quantity, not a measure of it: "The legal limit is 1.5 milligrams per litre"
 * and "fluoride measured 0.1 milligrams per litre" do not contradict each other. A figure named by one of them against a
 * figure named by none measures another thing (two limits may still contradict).
 */
export const BOUND_MEASURE_WORDS: readonly { id: string; words: readonly string[] }[] = [
  { id: 'bound.limit', words: ['limit', 'limits', 'cap', 'ceiling', 'threshold', 'maximum', 'minimum'] },
  { id: 'bound.goal', words: ['target', 'targets', 'goal', 'goals', 'pledge'] },
];

/**
 * Names that stand for a country but are not its name, capital or demonym (government metonyms), and
 * common English names that world-countries no longer lists ("Turkey": its names are Türkiye, Turkiye
 * and Republic of Turkey since the country's 2022 renaming). Keys are lower case, values ISO 3166-1
 * alpha-3 codes as in world-countries.
 */
export const PLACE_METONYMS: Readonly<Record<string, string>> = {
  kremlin: 'RUS',
  'islamic republic': 'IRN',
  'white house': 'USA',
  pentagon: 'USA',
  'state department': 'USA',
  'capitol hill': 'USA',
  'downing street': 'GBR',
  whitehall: 'GBR',
  westminster: 'GBR',
  elysee: 'FRA',
  'élysée': 'FRA',
  zhongnanhai: 'CHN',
  kiev: 'UKR',
  'foggy bottom': 'USA',
  americans: 'USA',
  russians: 'RUS',
  iranians: 'IRN',
  israelis: 'ISR',
  ukrainians: 'UKR',
  chinese: 'CHN',
  british: 'GBR',
  turkey: 'TUR',
};

/**
 * Words that name nothing inside a fixed phrase of function, by the words right before and after them: "no longer"
 * (a negation of time), "as long as" (a condition), "as well as" (an addition).
 */
export const FUNCTION_PHRASE_WORDS: readonly { id: string; word: string; before: string; after?: string }[] = [
  { id: 'function.no-longer', word: 'longer', before: 'no' },
  { id: 'function.as-long-as', word: 'long', before: 'as', after: 'as' },
  { id: 'function.as-well-as', word: 'well', before: 'as', after: 'as' },
];

/**
 * Words that name a change only right after a form of "be", and not before a word that makes them a phrase of their
 * own: "Violent crime is up", "sales were up 6%" (a rise), not "it is up to the council", "was up for re-election".
 */
export const CHANGE_AFTER_BE: readonly { id: string; word: string; group: string; notBefore: readonly string[] }[] = [
  { id: 'change.be-up', word: 'up', group: 'rise', notBefore: ['to', 'for', 'against', 'in', 'on', 'with', 'at', 'and', 'there', 'late', 'early', 'all', 'front'] },
];

/**
 * Words that name a group's concept right after a word of their phrase: "under water" is a flood, as "underwater" and
 * "flooded" are ("claims to show Dunmore airport under water" against "Photo of flooded airport is from 2015").
 */
export const PHRASE_CONCEPTS: readonly { id: string; word: string; before: string; group: string }[] = [
  { id: 'phrase.under-water', word: 'water', before: 'under', group: 'flood' },
];

/** Forms of "be" after which `CHANGE_AFTER_BE` words name a change. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Words before a number that make it a lower bound, which any larger figure agrees with: "at least 3,000", "more than 40,000". */
export const LOWER_BOUND_PHRASES: readonly (readonly string[])[] = [
  ['at', 'least'], ['more', 'than'], ['over'], ['upwards', 'of'], ['in', 'excess', 'of'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['a', 'minimum', 'of'], ['longer', 'than'],
];

/** Words that negate the proposition they stand in. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'nobody', 'without', "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "cannot"]);

/**
 * Nouns that make a "without" phrase say how a claim was made, not negate it: "called them thugs without proof", as
 * "without offering proof" does (a gerund after "without" negates only its own act: "sold the land without telling anyone").
 */
export const WITHOUT_MANNER_NOUNS: ReadonlySet<string> = new Set(['proof', 'evidence']);

/** Adverbs between a negator and what it negates: "not yet transferred", "never really happened". */
export const NEGATION_ADVERBS: ReadonlySet<string> = new Set(['yet', 'even', 'ever', 'always', 'really', 'just', 'fully', 'entirely', 'actually', 'necessarily', 'quite', 'also', 'still', 'once', 'directly', 'officially', 'knowingly', 'deliberately', 'intentionally', 'personally', 'previously']);
/**
 * Nouns that make "no" an adverb of the verb after them: "at no point have officers been instructed", "at no time",
 * "in no way", "by no means", "there are no plans to close": the negation reaches past the noun to what comes next.
 */
export const NEGATION_FRAMES: ReadonlySet<string> = new Set(['point', 'time', 'stage', 'moment', 'way', 'means', 'plan', 'plans', 'intention', 'intentions']);

/**
 * An evidence frame that opens a claim, what it says is shown before the claim's proposition: "its own counts showed |
 * traffic had fallen by only 8%", "monitoring data showed | spills lasting 610 hours". Its words are no concepts of the
 * claim: the nouns of what shows (the last word of a phrase of up to `maxWords` words) and its verbs.
 */
export const EVIDENCE_FRAME = {
  nouns: new Set(['count', 'counts', 'data', 'figures', 'numbers', 'records', 'statistics', 'survey', 'surveys', 'poll', 'polls', 'study', 'studies', 'analysis', 'audit', 'review', 'report', 'tests', 'test', 'results', 'findings', 'research', 'evidence', 'footage', 'documents', 'emails', 'minutes', 'logs', 'readings', 'measurements', 'monitoring']) as ReadonlySet<string>,
  verbs: new Set(['show', 'shows', 'showed', 'found', 'finds', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'reveal', 'reveals', 'revealed', 'prove', 'proves', 'proved']) as ReadonlySet<string>,
  maxWords: 4,
  /** The most tokens of an aside between commas after the phrase: "its own counts, taken over two weeks in September, showed". */
  maxAside: 10,
};

/** Verbs of evidence whose negation before "that" negates what the clause says: "does not show that X causes Y", "did not prove that". */
export const EVIDENCE_THAT_VERBS: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'shown', 'prove', 'proves', 'proved', 'proven', 'demonstrate', 'demonstrates', 'demonstrated', 'establish', 'establishes', 'established', 'mean', 'means', 'meant', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated']);

/**
 * Verbs that, before "of" or "from", say what a thing consists of, no act: "a bridge made of press releases" shares no
 * making with "a payment had been made"; the verb is no concept there.
 */
export const COMPOSITION_VERBS: ReadonlySet<string> = new Set(['made', 'make', 'makes', 'composed', 'consists', 'consisting', 'consisted']);
/** The prepositions after `COMPOSITION_VERBS` that say what a thing consists of. */
export const COMPOSITION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);

/** Verbs of change after whose "to" a figure counts the noun before them: "deaths had risen to 171", "fell to 1,520". */
/**
 * Verbs of a difference between two figures, before "by" and a figure: what the figure counts is the gap, no measure of a
 * thing another figure may contradict ("the numbers vary by $15 billion" against "just under $40 billion each").
 */
export const DIFFERENCE_VERBS: ReadonlySet<string> = new Set(['vary', 'varies', 'varied', 'differ', 'differs', 'differed', 'diverge', 'diverges', 'diverged']);

export const CHANGE_TO_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'fell', 'fallen', 'fall', 'falls', 'falling', 'climbed', 'climbs', 'dropped', 'drops',
  'increased', 'increases', 'decreased', 'decreases', 'grew', 'grown', 'jumped', 'surged', 'declined', 'soared', 'plunged', 'reached', 'reaches',
]);

/**
 * Words the irregular verbs list as a form of another verb that the news uses as nouns of their own: "cabin crew" is no
 * form of "crow", "drug" none of "drag", "rent" none of "rend"; each is its own stem, as its plural is ("crews", "drugs").
 */
export const NOUN_NOT_VERB_FORMS: ReadonlySet<string> = new Set(['crew', 'drug', 'rent', 'ground', 'stove', 'shore', 'wound']);

/**
 * Words that frame a figure without naming what it measures: "the true cost was closer to £20 million" speaks of the
 * same cost as "the ferry cost £12 million". No concept of their own.
 */
export const FIGURE_FRAMING: ReadonlySet<string> = new Set(['true', 'real', 'actual', 'closer', 'nearer']);

/**
 * Words after a figure that are not what it counts: "1,520 last year", "88 a day", "30 each"; and the conjunctions that
 * open a clause after it ("put the saving at about £800,000 once redundancy costs were included" counts money, not jobs).
 */
export const NO_UNITS: ReadonlySet<string> = new Set([
  'last', 'next', 'this', 'ago', 'each', 'every', 'apiece', 'per', 'a', 'an', 'more', 'fewer', 'less', 'earlier', 'later',
  'once', 'when', 'while', 'if', 'unless', 'because', 'although', 'though', 'whereas',
]);

/**
 * Verbs of a change by a multiple, and the change in percent they give ("halved": 50, "doubled": 100): a figure of their
 * own, to the linker's counts and to a claim's check-worthiness ("ambulance waits have halved").
 */
export const CHANGE_MULTIPLES: ReadonlyMap<string, number> = new Map([['halved', 50], ['doubled', 100], ['tripled', 200], ['trebled', 200], ['quadrupled', 300]]);
