import * as assert from 'node:assert/strict';
import { conceptsOf, numberValue, readConcepts } from '../../src/core/link/concepts';
import { analyze } from '../../src/core/analyzer';

/** The concepts a text negates, in order. */
function negatedIn(text: string): string[] {
  const seen: string[] = [];
  readConcepts(text, { concept: () => undefined, quantity: () => undefined, negation: () => undefined, negatedConcept: (c) => void seen.push(c.name) });
  return seen;
}


/** A text's quantities as [value, counted concept]. */
const quantities = (t: string) => conceptsOf(t).quantities.map((q) => [q.value, q.concept]);
describe('link concepts', () => {
  it('reads places through capitals, demonyms and metonyms, word families as groups, and numbers with what they count', () => {
    const b = conceptsOf('Tehran gave Moscow 500 drones, Iranian officials did not deny.');
    assert.deepEqual([...b.concepts], ['place:IRN', 'group:transfer', 'place:RUS', 'group:drone', 'stem:offici', 'stem:deni']);
    assert.equal(b.negated, true);
    assert.deepEqual(b.quantities, [{ value: 500, concept: 'group:drone' }]);
  });

  it('an evidence frame that opens a text is no concept of it: "its own counts, taken in September, showed | traffic had fallen"', () => {
    assert.deepEqual([...conceptsOf('its own counts showed traffic had fallen by only 8%').concepts], ['stem:traffic', 'group:fall']);
    assert.deepEqual([...conceptsOf('its own counts, taken over two weeks in September, showed traffic had fallen').concepts], ['stem:traffic', 'group:fall']);
    assert.deepEqual([...conceptsOf('monitoring data showed that spills lasted 610 hours').concepts], ['group:spill', 'stem:last', 'stem:hour']);
    // (not a frame whose subject shows no evidence, nor one with too little after it, nor a verb further in)
    assert.deepEqual([...conceptsOf('Officials showed reporters the site').concepts], ['stem:offici', 'stem:show', 'stem:report', 'stem:site']);
    assert.deepEqual([...conceptsOf('the audit found fraud').concepts], ['stem:audit', 'stem:find', 'group:fraud']);
    assert.deepEqual([...conceptsOf('traffic counts on the road showed a fall').concepts], ['stem:traffic', 'stem:count', 'stem:road', 'stem:show', 'group:fall']);
  });

  it('takes the longest place name, and a single word as a place only with a capital', () => {
    const b = conceptsOf('The United Arab Emirates bought 12 jets; the turkey was not from Turkey.');
    assert.deepEqual([...b.concepts], ['place:ARE', 'group:buy', 'stem:jet', 'stem:turkey', 'place:TUR']);
    assert.deepEqual(b.quantities, [{ value: 12, concept: 'stem:jet' }]);
  });

  it('a figure after "at" counts the noun right before it, unless a word after the figure names what it counts', () => {
    assert.deepEqual(conceptsOf('Police put the crowd at about 20,000 at its peak.').quantities, [{ value: 20000, concept: 'stem:crowd' }]);
    // (a part of a whole: both count the noun)
    assert.deepEqual(conceptsOf('shot down 40 of the 52 drones').quantities, [{ value: 40, concept: 'group:drone' }, { value: 52, concept: 'group:drone' }]);
    assert.deepEqual(conceptsOf('shot down 40 of 52 drones').quantities, [{ value: 40, concept: 'group:drone' }, { value: 52, concept: 'group:drone' }]);
    assert.deepEqual(conceptsOf('Officials put turnout at 20,000').quantities, [{ value: 20000, concept: 'stem:turnout' }]);
    assert.deepEqual(conceptsOf('approval this year at 49.5 percent').quantities, [{ value: 49.5, concept: 'stem:percent' }]);
    // (a lower-case adjective before the counted noun passes the number on; a capitalised one does not)
    assert.deepEqual(conceptsOf('recorded 400 extra appointments').quantities, [{ value: 400, concept: 'stem:appoint' }]);
    assert.deepEqual(conceptsOf('There are 595 Republican delegates at stake').quantities.map((q) => q.value), [595]);
    assert.notDeepEqual(conceptsOf('There are 595 Republican delegates at stake').quantities[0].concept, conceptsOf('There are 595 delegates at stake').quantities[0].concept);
    // (a change by a multiple, in percent)
    assert.deepEqual(conceptsOf('violent crime has halved').quantities, [{ value: 50, concept: 'stem:percent' }]);
    assert.deepEqual(conceptsOf('crime is down by half').quantities, [{ value: 50, concept: 'stem:percent' }]);
    assert.deepEqual(conceptsOf('rents doubled').quantities, [{ value: 100, concept: 'stem:percent' }]);
    assert.deepEqual(conceptsOf('half of the staff').quantities, []);
    // (a share "N in M", but not "N in" a year)
    assert.deepEqual(conceptsOf('one in 4 children and 1 in 20 adults').quantities, [{ value: 25, concept: 'stem:percent' }, { value: 5, concept: 'stem:percent' }]);
    assert.deepEqual(conceptsOf('a bill that rose from £1,812 in 2020 to £2,155, an increase of 19%').quantities.filter((q) => q.concept === 'stem:percent'), [{ value: 19, concept: 'stem:percent' }]);
    // (people counted after the verb that befell them count that too: the fifty-fourth session's `fateBefore`)
    assert.deepEqual(conceptsOf('They killed at least 14 people.').quantities, [{ value: 14, concept: 'group:people', atLeast: true }, { value: 14, concept: 'group:kill', atLeast: true }]);
    // (after a verb of a level, the noun before the verb; a multiplier after the digits)
    assert.deepEqual(conceptsOf('Usable reserves stood at £21.5m in March.').quantities, [{ value: 21500000, concept: 'stem:reserv' }]);
    assert.deepEqual(conceptsOf('The council held £30m in reserves.').quantities, [{ value: 30000000, concept: 'stem:reserv' }]);
  });

  it('a figure after a verb of change and "to" counts the subject\'s noun; a word of time after a figure is not what it counts', () => {
    assert.deepEqual(conceptsOf('Deaths in the region had risen to 171.').quantities, [{ value: 171, concept: 'group:kill' }]);
    assert.deepEqual(conceptsOf('Unemployment rose to 1,520 last year.').quantities, [{ value: 1520, concept: 'group:unemployment' }]);
    assert.deepEqual(conceptsOf('Reserves of the bank stood at 21 in May.').quantities, [{ value: 21, concept: 'stem:reserv' }]);
    // (an increment counts nothing it could be compared with: "3 more people")
    assert.deepEqual(conceptsOf('The agency counted 3 more people and 88 a day.').quantities, [{ value: 3, concept: null }, { value: 88, concept: null }]);
  });

  it('a conjunction that opens a clause after a figure ends what it counts: a sum is money, not the noun of the clause', () => {
    assert.deepEqual(conceptsOf('The analysis valued it at £800,000 once redundancy costs were included.').quantities, [{ value: 800000, concept: 'group:money' }]);
    assert.deepEqual(conceptsOf('Crowds of 3,000 when rallies were held.').quantities, [{ value: 3000, concept: null }]);
  });

  it('reads a multiplier after a figure\'s digits: "30m", "5bn", "10k"', () => {
    assert.deepEqual(['30m', '1.2bn', '10k', '2tn', '5th', '30mm'].map(numberValue), [30e6, 1.2e9, 10e3, 2e12, NaN, NaN]);
  });

  it('does not run a place name across punctuation, and keeps a trailing number without a concept', () => {
    const b = conceptsOf('United, Arab 3');
    assert.deepEqual([...b.concepts], ['stem:unit', 'stem:arab']);
    assert.equal(b.negated, false);
    assert.deepEqual(b.quantities, [{ value: 3, concept: null }]);
  });

  it('gives a sink every mention in reading order, repeats included', () => {
    const seen: string[] = [];
    readConcepts('The Kremlin denied it; the Kremlin delivered 1,200 shells.', {
      concept: (c) => void seen.push(c.name),
      quantity: (v, c) => void seen.push(`${v}:${c?.name ?? null}`),
      negation: () => void seen.push('not'),
      negatedConcept: (c) => void seen.push(`not:${c.name}`),
    });
    assert.deepEqual(seen, ['place:RUS', 'stem:deni', 'place:RUS', 'group:transfer', 'group:weapon', '1200:group:weapon']);
  });

  it('gives a sink the concept a negator negates, the first within four words after it', () => {
    const seen: string[] = [];
    readConcepts('The funds were committed, not yet transferred; nothing happened.', {
      concept: (c) => void seen.push(c.name),
      quantity: () => undefined,
      negation: () => void seen.push('not'),
      negatedConcept: (c) => void seen.push(`not:${c.name}`),
    });
    assert.deepEqual(seen, ['group:money', 'stem:commit', 'not', 'stem:yet', 'group:transfer', 'not:group:transfer', 'not', 'stem:happen', 'not:stem:happen']);
  });

  it('"agreed" and "an agreement" are one concept, and so are "told" and "instructed"', () => {
    assert.deepEqual([...conceptsOf('agreed agreement').concepts], ['group:agree']);
    assert.deepEqual([...conceptsOf('told instructed ordered').concepts], ['group:instruct']);
  });

  it('"at no point", "no plans to": the negation reaches past the noun that makes "no" an adverb; "never knowingly": past the adverb', () => {
    const negated = negatedIn;
    assert.deepEqual(negated('At no point have officers been instructed to stop drivers.'), ['stem:offic']);
    assert.deepEqual(negated('There are no plans to close the depot.'), ['group:closure']);
    assert.deepEqual(negated('I have never knowingly taken a banned substance.'), ['stem:take']);
    // ("no point" alone, with no verb to reach, is what it says)
    assert.deepEqual(negated('There is no point arguing.'), ['stem:argu']);
    assert.deepEqual(negated('No officers were there.'), ['stem:offic']);
  });

  it('"not going to be like Trump": the future\'s "going to" is not what is negated', () => {
    const seen: string[] = [];
    readConcepts('Democrats were not going to be like Trump.', {
      concept: () => undefined,
      quantity: () => undefined,
      negation: () => undefined,
      negatedConcept: (c) => void seen.push(c.name),
    });
    // (nothing within the negator's reach but "be" and "like", which name no concept)
    assert.deepEqual(seen, []);
  });
});
describe('twenty-seventh session: what a thing is made of', () => {
  it('"a bridge made of press releases" has no making; "a payment had been made" has', () => {
    assert.deepEqual([...conceptsOf('announcing "a bridge made of press releases"').concepts], ['stem:announc', 'stem:bridg', 'stem:press', 'group:release']);
    assert.deepEqual([...conceptsOf('any payment had been made for the bridge').concepts], ['group:money', 'stem:make', 'stem:bridg']);
    assert.deepEqual([...conceptsOf('fleece made from recycled bottles').concepts].includes('stem:make'), false);
  });
});
describe('twenty-seventh session: "no one"', () => {
  it('"no one had been detained" negates the detaining, not "one"', () => {
    const seen: string[] = [];
    readConcepts('no one had been detained', { concept: () => undefined, quantity: () => undefined, negation: () => undefined, negatedConcept: (c) => void seen.push(c.name) });
    assert.deepEqual(seen, ['group:arrest']);
    assert.deepEqual([...conceptsOf('no one had been detained').concepts], ['group:arrest']);
    // (and "one" on its own is still a word: "one of them")
    assert.deepEqual([...conceptsOf('one reporter was detained').concepts].includes('stem:one'), true);
  });
});
describe('thirty-second session: indefinite pronouns', () => {
  it('"At no point was anyone prevented from leaving" negates the preventing, not "anyone"', () => {
    assert.deepEqual(negatedIn('At no point was anyone prevented from leaving'), ['stem:prevent']);
  });
  it('"not everyone saw her as credible" limits who, and negates nothing after', () => {
    assert.deepEqual(negatedIn('not everyone at the rally saw her as credible'), []);
    assert.deepEqual(negatedIn('not the rally'), ['stem:ralli']);
  });
  it('a claim that no one was prevented from leaving does not contradict one that anyone could leave', () => {
    const a = analyze('The Met said anyone who asked to leave was allowed to do so. Commander Paul Devlin said: "At no point was anyone prevented from leaving the area."', 'plaintext');
    assert.deepEqual([a.claims.length, a.links], [2, []]);
  });
});
describe('thirty-second session: sums of money, closures', () => {
  it('a sum of money with no word after it that names what it counts counts money: "would save £800,000 at most"', () => {
    assert.deepEqual(quantities('the closures would save £800,000 at most'), [[800000, 'group:money']]);
    assert.deepEqual(quantities('will save £2m a year'), [[2000000, 'group:money']]);
    // (a word after it still names what it counts; a bare number counts nothing)
    assert.deepEqual(quantities('spent £10m on ads'), [[10000000, 'stem:ad']]);
    assert.deepEqual(quantities('rose to 800,000 at most'), [[800000, null]]);
  });
  it('a noun before a compound\'s plural head passes the number on: "10,000 prison places" counts places; "percentage points" stays', () => {
    assert.deepEqual(quantities('10,000 new prison places had been created'), [[10000, 'stem:place']]);
    assert.deepEqual(quantities('500 police officers'), [[500, 'stem:offic']]);
    assert.deepEqual(quantities('led by 20 percentage points'), [[20, 'stem:percentag']]);
  });
  it('a change by a fraction counts percent: "fallen by a third" (33), "cut by a quarter" (25)', () => {
    assert.deepEqual(quantities('crime has fallen by a third'), [[33, 'stem:percent']]);
    assert.deepEqual(quantities('spending was cut by a quarter'), [[25, 'stem:percent']]);
    assert.deepEqual(quantities('a third of voters'), []);
  });
  it('a fraction of change names percent, as "by 25 percent" does, not the fraction\'s word', () => {
    assert.deepEqual([...conceptsOf('journey times were cut by a quarter').concepts], ['stem:journey', 'stem:time', 'group:fall', 'stem:percent']);
    assert.deepEqual([...conceptsOf('crime is down by half').concepts].includes('stem:percent'), true);
    assert.deepEqual([...conceptsOf('a quarter of voters').concepts].includes('stem:percent'), false);
  });
  it('felling and removing are one concept; "fell" stays "fall"\'s', () => {
    assert.deepEqual([...conceptsOf('trees will be felled').concepts].includes('group:remove'), true);
    assert.deepEqual([...conceptsOf('trees to be removed').concepts].includes('group:remove'), true);
    assert.deepEqual([...conceptsOf('prices fell').concepts].includes('group:remove'), false);
  });
  it('closing, closures and shutting are one concept', () => {
    assert.deepEqual([...conceptsOf('closing libraries').concepts][0], [...conceptsOf('the closures').concepts][0]);
    assert.deepEqual([...conceptsOf('shut the plant').concepts][0], 'group:closure');
  });
  it('"closing seven libraries will save £2m a year" against "the closures would save £800,000 at most": figures that differ', () => {
    const a = analyze('The council leader insisted that closing seven libraries will save £2m a year. But the auditors estimate that the closures would save £800,000 at most.', 'plaintext');
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, l.relation, a.claims.find((c) => c.id === l.counter)?.span.text]), [
      ['closing seven libraries will save £2m a year', 'contradicts', 'the closures would save £800,000 at most'],
    ]);
  });
});
describe('twenty-seventh session: talks and negotiations', () => {
  it('"no talks with any club" and "conversations are at an advanced stage" speak of one thing', () => {
    assert.deepEqual([...conceptsOf('conversations are at an advanced stage').concepts].includes('group:meet'), true);
    assert.deepEqual([...conceptsOf('There have been no talks with any club').concepts].includes('group:meet'), true);
    assert.deepEqual([...conceptsOf('negotiations broke down').concepts].includes('group:meet'), true);
  });
});
describe('twenty-eighth session: a scale word between a figure and what it counts', () => {
  it('"1.2 million people" counts 1,200,000 people; "$2 million in cash" counts $2,000,000 of money (since the fifty-third session), "million" still a concept', () => {
    assert.deepEqual(conceptsOf('1.2 million people were now waiting for treatment').quantities, [{ value: 1200000, concept: 'group:people' }]);
    assert.deepEqual([...conceptsOf('1.2 million people were now waiting').concepts], ['stem:million', 'group:people', 'stem:now', 'stem:wait']);
    assert.deepEqual(conceptsOf('$2 million in cash').quantities, [{ value: 2000000, concept: 'group:money' }]);
    assert.deepEqual([...conceptsOf('$2 million in cash').concepts], ['stem:million', 'group:money']);
  });
});
describe('forty-sixth session: a singular modifier ending in "s"', () => {
  it('"3,000 bus services" counts services, as "10,000 prison places" counts places; a plural modifier still counts itself', () => {
    assert.deepEqual(quantities('the city had lost 3,000 bus services'), [[3000, 'stem:servic']]);
    assert.deepEqual(quantities('200 business owners'), [[200, 'stem:owner']]);
    assert.deepEqual(quantities('40 cars parked'), [[40, 'stem:car']]);
  });
});
describe('forty-sixth session: a range gives no one figure', () => {
  it('"between nine and 14 points", "between 10% and 15%" count nothing; "from 7.4 million to 7.6 million" still counts', () => {
    assert.deepEqual(quantities('polls had shown Labour leads of between nine and 14 points'), []);
    assert.deepEqual(quantities('between 10% and 15% of voters'), []);
    assert.deepEqual(quantities('between 10 and 15 per cent of voters'), []);
    assert.deepEqual(quantities('27% of voters'), [[27, 'stem:percent']]);
  });
});
describe('forty-ninth session: names of digits and capitals, and "too ... to"', () => {
  it('"5G" is a concept; "5th", "1990s" and "10am" are none', () => {
    // (the fiftieth session made "5G" one concept with "signals", group radio; a name in no group stays a name)
    assert.deepEqual([...conceptsOf('5G signals could kill a bird').concepts], ['group:radio', 'group:kill', 'group:bird']);
    assert.deepEqual([...conceptsOf('a 3D printer').concepts], ['name:3d', 'stem:printer']);
    assert.deepEqual([...conceptsOf('the 5th in the 1990s at 10am').concepts], []);
  });
  it('"far too weak to harm birds" negates the harm; "too many birds" negates nothing', () => {
    assert.equal(conceptsOf('radio waves are far too weak to harm birds').negated, true);
    assert.equal(conceptsOf('there are too many birds to count').negated, false);
  });
});
describe('fifty-first session: a year after a preposition of time', () => {
  it('"housed in 2025, all under a government scheme" counts no government; "housed" is housing', () => {
    const b = conceptsOf('14 refugee families were housed in 2025, all under a government resettlement scheme');
    assert.deepEqual(b.quantities, [{ value: 14, concept: 'stem:famili' }, { value: 2025, concept: null }]);
    assert.ok(b.concepts.has('group:home'));
  });
});
describe('fifty-third session: sums of money', () => {
  it('"cost £2 billion" is the sum "£2bn" is; a sum before a verb counts money; a sum still pending when another comes is kept', () => {
    assert.deepEqual(conceptsOf('the bridge cost £2 billion').quantities, conceptsOf('the bridge cost £2bn').quantities);
    assert.deepEqual(conceptsOf('the bridge cost £410m, of which £120m came from central government').quantities, [{ value: 410000000, concept: 'group:money' }, { value: 120000000, concept: 'group:money' }]);
    assert.deepEqual(conceptsOf('a £120m contract').quantities, [{ value: 120000000, concept: 'stem:contract' }]);
  });
});
describe('fifty-fourth session: a sum for something', () => {
  it('"earns £70,000 for a four-day week" counts money, as "£70,000 a year" does; "a £70,000 salary" counts the salary', () => {
    assert.deepEqual(conceptsOf('the average driver earns £70,000 for a four-day week').quantities, [{ value: 70000, concept: 'group:money' }]);
    assert.deepEqual(conceptsOf('the council paid $5 million for the land').quantities, [{ value: 5000000, concept: 'group:money' }]);
    assert.deepEqual(conceptsOf('a £70,000 salary for a driver').quantities, [{ value: 70000, concept: 'stem:salari' }]);
  });
});
describe('fifty-fourth session: people counted after the verb that befell them', () => {
  it('"had killed at least 412 people" counts deaths too, as "412 people were killed" does; "visited 30 people" counts people only', () => {
    assert.deepEqual(conceptsOf('the outbreak had killed at least 412 people').quantities, [{ value: 412, concept: 'group:people', atLeast: true }, { value: 412, concept: 'group:kill', atLeast: true }]);
    assert.deepEqual(conceptsOf('the blast injured 30 people').quantities, [{ value: 30, concept: 'group:people' }, { value: 30, concept: 'group:injure' }]);
    assert.deepEqual(conceptsOf('he visited 30 people').quantities, [{ value: 30, concept: 'group:people' }]);
  });
  it('so "killed at least 412 people" is contradicted by "only 87 deaths from cholera had been confirmed"', () => {
    const a = analyze('The WHO said a cholera outbreak in Kavala had killed at least 412 people since August.\n\nHealth minister Samuel Oduya said only 87 deaths from cholera had been confirmed in Kavala.', 'plaintext');
    assert.deepEqual(a.links.map((l) => [l.relation, a.claims.find((c) => c.id === l.claim)?.span.text, a.claims.find((c) => c.id === l.counter)?.span.text]),
      [['contradicts', 'a cholera outbreak in Kavala had killed at least 412 people since August', 'only 87 deaths from cholera had been confirmed in Kavala']]);
  });
});
describe('fifty-fifth session: shrinking', () => {
  it('"are shrinking", "has shrunk", "dropping" are falls, as "shrank" is', () => {
    for (const t of ['waiting lists are shrinking', 'the list has shrunk', 'prices are dropping']) assert.equal([...conceptsOf(t).concepts].includes('group:fall'), true, t);
  });
});
describe('fifty-sixth session: what is not shown', () => {
  it('"does not show that erythritol causes heart attacks" negates what the clause says, not the showing', () => {
    assert.deepEqual(negatedIn('It does not show that erythritol causes heart attacks'), ['stem:erythritol']);
    assert.deepEqual(negatedIn('The data did not prove that the vaccine caused the deaths'), ['stem:vaccin']);
    assert.deepEqual(negatedIn('It does not show the risk'), ['stem:show']);
  });
  it('links a study\'s claim with the expert\'s "It does not show that X"', () => {
    const a = analyze('A study claimed that the sweetener erythritol doubles the risk of heart attack. Professor Ian Marsh said: "It does not show that erythritol causes heart attacks."', 'plaintext');
    const text = new Map(a.claims.map((c) => [c.id, c.span.text]));
    assert.deepEqual(a.links.map((l) => [l.relation, text.get(l.claim), text.get(l.counter)]), [['contradicts', 'the sweetener erythritol doubles the risk of heart attack', 'It does not show that erythritol causes heart attacks']]);
  });
});
describe('fifty-sixth session: a sum with its scale word reached by a change', () => {
  it('"had fallen to £5.6 million" counts what fell, past the scale word, and a cost\'s sum counts money', () => {
    assert.deepEqual(quantities('the daily cost had fallen to £5.6 million since the report'), [[5600000, 'group:money']]);
    assert.deepEqual(quantities('was costing taxpayers £8 million a day'), [[8000000, 'group:money']]);
  });
  it('"daily" and "a day" share a concept, as "costing" and "cost" do', () => {
    const a = conceptsOf('the daily cost');
    const b = conceptsOf('costing £8 million a day');
    assert.deepEqual([...a.concepts].filter((c) => b.concepts.has(c)), ['group:day', 'group:price']);
  });
});
describe('fifty-seventh session: a count sizes the whole it makes up', () => {
  it('"a backlog of 12,000 potholes" counts the backlog too; "a total of 300 people" the total', () => {
    assert.deepEqual(conceptsOf('a backlog of 12,000 potholes').quantities, [{ value: 12000, concept: 'stem:pothol' }, { value: 12000, concept: 'stem:backlog' }]);
    assert.deepEqual(conceptsOf('a total of 300 people').quantities, [{ value: 300, concept: 'group:people' }, { value: 300, concept: 'stem:total' }]);
  });
  it('not a noun of no whole: "a photo of 300 people" counts people only', () => {
    assert.deepEqual(conceptsOf('a photo of 300 people').quantities, [{ value: 300, concept: 'group:people' }]);
  });
});
describe('fifty-seventh session: "longer than" bounds a figure', () => {
  it('"waited longer than 24 hours" is a lower bound, as "more than 24 hours" is', () => {
    assert.deepEqual(conceptsOf('No patient has waited longer than 24 hours').quantities, [{ value: 24, concept: 'stem:hour', atLeast: true }]);
  });
});
describe('fifty-seventh session: a sum added to something', () => {
  it('"will add £300 to the average driver\'s bill" counts money; "gave $5,000 to the PAC" still counts what follows', () => {
    assert.deepEqual(conceptsOf("the rise will add £300 to the average driver's annual bill").quantities, [{ value: 300, concept: 'group:money' }]);
    assert.deepEqual(conceptsOf('A company gave $5,000 to the PAC').quantities, [{ value: 5000, concept: 'stem:pac' }]);
  });
});
describe('sixtieth session: nouns the irregular verbs list as forms of another verb', () => {
  it('"crew", "drug", "rent", "ground" are their own stems, as their plurals are; "wound" an injury; "grew" still grows', () => {
    assert.deepEqual([...conceptsOf('1,200 cabin crew').concepts], ['stem:cabin', 'stem:crew']);
    assert.deepEqual([...conceptsOf('the drug').concepts], [...conceptsOf('the drugs').concepts]);
    assert.deepEqual([...conceptsOf('the rent').concepts], ['stem:rent']);
    assert.deepEqual([...conceptsOf('on the ground').concepts], [...conceptsOf('on the grounds').concepts]);
    assert.deepEqual([...conceptsOf('a wound').concepts], ['group:injure']);
    assert.deepEqual([...conceptsOf('it grew').concepts], [...conceptsOf('it grows').concepts]);
  });
});
describe('sixtieth session: teens and teenagers', () => {
  it('"teens", "teenagers", "adolescents" are one concept', () => {
    assert.deepEqual([...conceptsOf('poor sleep in teens').concepts].filter((c) => c === 'group:teen'), ['group:teen']);
    assert.deepEqual([...conceptsOf('teenagers who use their phones').concepts][0], 'group:teen');
    assert.deepEqual([...conceptsOf('adolescents').concepts], ['group:teen']);
  });
});
describe('sixtieth session: the phrase on "nobody" names whose people', () => {
  it('"Nobody from the council or Crestline has knocked on our door" negates the knocking, not the council; "None of the passengers" still the passengers', () => {
    assert.deepEqual(negatedIn('Nobody from the council or Crestline has knocked on our door'), ['stem:knock']);
    assert.deepEqual(negatedIn('No one from the council has visited'), ['stem:visit']);
    assert.deepEqual(negatedIn('none of her emails were marked classified'), ['stem:email']);
  });
  it('so it does not contradict "the council had written to the developer three times"', () => {
    const a = analyze('Ms Shah said the council had written to the developer, Crestline Homes, three times since January.\n\n"Nobody from the council or Crestline has knocked on our door," said Gary Pike.', 'plaintext');
    assert.deepEqual(a.links, []);
  });
});
describe('sixtieth session: a vague count names no thing counted', () => {
  it('"thousands of dead people voted" has no concept of "thousands"; so it denies "at least 3,000 dead voters had cast ballots"', () => {
    assert.deepEqual([...conceptsOf('thousands of dead people voted').concepts], ['group:kill', 'group:people', 'group:vote']);
    const a = analyze('Tanner told supporters that "at least 3,000 dead voters" had cast ballots.\n\nCounty clerk Maria Delgado said: "The claim that thousands of dead people voted is false."', 'plaintext');
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, l.relation]), [['"at least 3,000 dead voters" had cast ballots', 'denies'], ['thousands of dead people voted', 'denies']]);
  });
});
describe('sixty-first session: "a single" counts one', () => {
  it('"a single nurse" counts one nurse; "single" alone counts nothing, nor "not a single"', () => {
    assert.deepEqual(conceptsOf('A single nurse was left in charge of 30 patients.').quantities, [{ value: 1, concept: 'stem:nurs' }, { value: 30, concept: 'stem:patient' }]);
    assert.deepEqual(conceptsOf('We have not closed a single department.').quantities, []);
    assert.deepEqual(conceptsOf('Single nurses were left in charge.').quantities, []);
  });
});
describe('sixty-first session: ", not when"', () => {
  it('a clause of time a ", not" corrects negates nothing of the claim, nor names its concepts', () => {
    const r = conceptsOf('recorded from the moment a crew was assigned, not when a call was made');
    assert.deepEqual([r.negated, [...r.concepts]], [false, ['group:logged', 'stem:moment', 'stem:crew', 'stem:assign']]);
  });
});
