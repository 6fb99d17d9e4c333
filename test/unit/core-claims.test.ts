/**
 * Claims: content split into sentences and clauses, demands left out, allegations, the article's
 * own statements; exact spans, claimants and the attribution each claim comes from.
 */
import * as assert from 'node:assert/strict';
import { Analyzer, analyze } from '../../src/core/analyzer';
import type { Analysis, AnalyzerSettings } from '../../src/core/types';
import { claimView, spanOf } from './helpers/spans';

function run(text: string, settings?: AnalyzerSettings): Analysis {
  return analyze(text, 'plaintext', undefined, settings);
}

describe('core claims', () => {
  it("the article's own statement after a dateline leaves the dateline out", () => {
    const t = 'LAGOS, March 3 (Reuters) - More than 200 ships waited outside the port of Apapa on Tuesday.';
    assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'More than 200 ships waited outside the port of Apapa on Tuesday'), claimant: null }]);
  });

  it('a short reported negation is a counter-claim, one with a subject of its own: "no polling station would close"', () => {
    const t = 'Elections director Mark Olsen said no polling station would close. Reyes said he was not there. Ortiz said they may not be. Lund said: "I am not a lawyer."';
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['no polling station would close', 'Mark Olsen'], ['he was not there', 'Reyes']]);
  });

  it('a first person denying an act of their own is a claim ("I have never knowingly taken", "We did not receive"); a state of mind or a resolve is not', () => {
    const t = [
      '"I have never knowingly taken a banned substance," Harlan said.',
      '"We did not receive any money from the council," the charity said.',
      '"I don\'t know what happened to the boat," Harlan said.',
      '"We have not decided what to do about the boat," the charity said.',
      '"I will never sign a contract with that team," Harlan said.',
    ].join(' ');
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [
      ['I have never knowingly taken a banned substance', 'Harlan', 0.55],
      ['We did not receive any money from the council', 'charity', 0.55],
    ]);
  });

  it('what "cited" names is a source, no claim ("cited two people familiar with the discussions"), unless it holds a verb', () => {
    // (nor a participle that only says who made the document: "an internal email seen by its reporters")
    const t = 'The newspaper cited two people familiar with the discussions. The paper cited an internal email seen by its reporters. The report cited internal emails showing that the firm knew of the defect.';
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['internal emails showing that the firm knew of the defect', 'report']]);
  });

  it('an instruction is no claim ("Mix 500 grams of flour", "Bake it at 240 degrees"); nor is "Don\'t worry if X" a report; a sentence opening with a noun, a date or "In 2014" is', () => {
    const t = 'Mix 500 grams of flour with 350 grams of water. Bake it at 240 degrees for 20 minutes. Don\'t worry if your first loaf is flat. Police in Leeds arrested 40 people on Monday. March 1 is the deadline for 300 applicants. In 2014, the Leeds bakery sold 20,000 loaves to 300 shops.';
    const a = run(t);
    assert.deepEqual(a.attributions, []);
    assert.deepEqual(a.claims.map((c) => c.span.text), ['Police in Leeds arrested 40 people on Monday', 'March 1 is the deadline for 300 applicants', 'In 2014, the Leeds bakery sold 20,000 loaves to 300 shops']);
  });

  it('a passive report with no one named stays in its claim: "The bridge is expected to cost 1.1 billion euros."', () => {
    const t = 'The new bridge is expected to cost 1.1 billion euros, of which the European Union would pay about half.';
    assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'The new bridge is expected to cost 1.1 billion euros, of which the European Union would pay about half'), claimant: null }]);
  });

  it('what a negated cue reports is no one\'s claim: "It does not claim that the drug cures the disease."', () => {
    const t = 'Halvard Pharma does not claim that the drug cures pancreatic cancer in 90 percent of patients.';
    const a = run(t);
    assert.equal(a.attributions.length, 1);
    assert.deepEqual(a.claims, []);
  });

  it('"US" is the country, not the first person: "said US intelligence showed ..." is a claim', () => {
    const t = 'A White House official said US intelligence showed the shipments had continued.';
    assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'US intelligence showed the shipments had continued'), claimant: 'White House official' }]);
  });

  describe('the content of attributions', () => {
    it('a quotation that opens inside a claim keeps its closing mark (and the full stop inside it); one around the whole claim goes', () => {
      const t = 'Its ecologist told the court that the colony of 300 pairs was "at serious risk". She said the survey of 2024 was "a disaster." "The survey counted 40 pairs," she said.';
      assert.deepEqual(run(t).claims.map((c) => c.span.text), [
        'the colony of 300 pairs was "at serious risk"', 'the survey of 2024 was "a disaster."', 'The survey counted 40 pairs',
      ]);
    });

    it('a statement\'s plural noun opening the sentence: its clause is a claim, up to the main predicate', () => {
      assert.deepEqual(run('Rumours that the club will be sold have circulated for weeks.').claims.map((c) => [c.span.text, c.claimant]), [['the club will be sold', null]]);
      assert.deepEqual(run('Claims that an earthquake struck London on Monday afternoon have spread rapidly on X.').claims.map((c) => c.span.text), ['an earthquake struck London on Monday afternoon']);
    });

    it('a quotation that opens a claim and closes inside it keeps its opening mark', () => {
      const t = 'Rogers told a rally in Mesa on Tuesday that "at least 5,000 ballots" had been cast in the names of people who had died.';
      assert.deepEqual(run(t).claims.map((c) => c.span.text), ['"at least 5,000 ballots" had been cast in the names of people who had died']);
    });

    it('a quotation of two sentences holds two claims, both by the speaker and tied to the attribution', () => {
      const t = '"The plant employs 900 people in Leeds. The factory produced 40,000 cars in 2023," said Ortiz.';
      const a = run(t);
      assert.equal(a.attributions.length, 1);
      const id = a.attributions[0].id;
      assert.deepEqual(a.claims.map(claimView), [
        { span: spanOf(t, 'The plant employs 900 people in Leeds'), claimant: 'Ortiz' },
        { span: spanOf(t, 'The factory produced 40,000 cars in 2023'), claimant: 'Ortiz' },
      ]);
      assert.deepEqual(a.claims.map((c) => c.attribution), [id, id]);
    });

    it('clauses joined by ", and" with a new subject are separate claims', () => {
      const t = '"Prices rose by 8 percent last year, and wages fell by 2 percent," the economist Ruth Adler said.';
      const a = run(t);
      assert.equal(a.attributions[0].speaker, 'Ruth Adler');
      assert.deepEqual(a.claims.map(claimView), [
        { span: spanOf(t, 'Prices rose by 8 percent last year'), claimant: 'Ruth Adler' },
        { span: spanOf(t, 'wages fell by 2 percent'), claimant: 'Ruth Adler' },
      ]);
    });

    it('a new subject with a preposition in it starts a clause too: ", and everyone in this chamber knows it"', () => {
      const t = '"The deficit will be closer to 4 percent, and everyone in this chamber knows it," Ruiz said.';
      assert.deepEqual(run(t).claims.map(claimView), [
        { span: spanOf(t, 'The deficit will be closer to 4 percent'), claimant: 'Ruiz' },
        { span: spanOf(t, 'everyone in this chamber knows it'), claimant: 'Ruiz' },
      ]);
    });

    it('what follows the frame of a split quotation up to its next part is the frame\'s: "Q1," Reyes said at a news conference. "Q2."', () => {
      const t = '"The state has had the money for two years," Reyes said at a news conference in Springfield. "It spent 40 million dollars on consultants."';
      assert.deepEqual(run(t).claims.map(claimView), [
        { span: spanOf(t, 'The state has had the money for two years'), claimant: 'Reyes' },
        { span: spanOf(t, 'It spent 40 million dollars on consultants'), claimant: 'Reyes' },
      ]);
    });

    it('a short content reported with "claimed" is a claim by the very word; with "said" it is not', () => {
      const t = 'Local activists claimed on social media that the river had turned green.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'the river had turned green'), claimant: 'Local activists' }]);
      assert.deepEqual(run('Local activists said on social media that the river had turned green.').claims, []);
    });

    it('clauses split at a semicolon', () => {
      const t = '"The mine employs 900 people; it paid 40 million euros in taxes in 2024," the company said.';
      assert.deepEqual(run(t).claims.map(claimView), [
        { span: spanOf(t, 'The mine employs 900 people'), claimant: 'company' },
        { span: spanOf(t, 'it paid 40 million euros in taxes in 2024'), claimant: 'company' },
      ]);
    });

    it('a claim inside a quotation leaves out the quotation marks and the comma', () => {
      const t = '"The bridge will open in May," Smith said.';
      const a = run(t);
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'The bridge will open in May'), claimant: 'Smith' }]);
      assert.equal(a.claims[0].attribution, a.attributions[0].id);
    });

    it('the claimant of a pronoun-sourced claim is the resolved speaker', () => {
      const t = 'Governor Tom Reyes said the port would close. "It will reopen on 4 June with 300 new berths," he added.';
      const a = run(t);
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'It will reopen on 4 June with 300 new berths'), claimant: 'Tom Reyes' }]);
    });
  });

  describe('demands, obligations and questions are not factual claims', () => {
    for (const t of [
      '"We urge the council to cut fares," the union said.',
      'The minister said: "We urge all parties to return to the talks."',
      '"We must protect the river," Ortiz said.',
      'Ortiz said the council should cut fares by 10 percent.',
      'Will the mayor resign before May?',
      'A spokesman for the regulator, Pål Eide, declined to comment on the bank.',
      'A spokeswoman for the agency declined to say whether its tests had found arsenic in the river.',
      'The Harbourline Bank chairman refused to say whether the trading losses were hidden.',
      // the model's cue "declined to" leaves "say whether ..." as what was reported
      'But she declined to say whether a closure was among them.',
      // what a source did not answer is a request, no proposition
      'Colonel Drach did not respond to a request for comment on the new figure.',
    ]) {
      it(JSON.stringify(t), () => {
        assert.deepEqual(run(t).claims, []);
      });
    }
  });

  it('an obligation in a relative clause after a comma is a fact about its noun, no demand: "unused ballots, which by law must be stored"', () => {
    const t = 'The boxes contained unused ballots, which by law must be stored for 22 months, she said.';
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['The boxes contained unused ballots, which by law must be stored for 22 months', null]]);
    // (the obligation after "and" is cut off the statement before it since the fifty-third session: no claim of its own)
    assert.deepEqual(run('The boxes contained unused ballots and must be stored for 22 months, she said.').claims.map((c) => c.span.text), ['The boxes contained unused ballots']);
  });

  it('"alleged that X and that Y": two complements, two claims; "has alleged" is the verb, no alleged X', () => {
    const t = 'Paul Brenner has alleged since election night that at least 3,000 dead people voted and that voting machines in two precincts flipped votes to his rival.';
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [
      ['at least 3,000 dead people voted', 'Paul Brenner'],
      ['voting machines in two precincts flipped votes to his rival', 'Paul Brenner'],
    ]);
  });

  it('a sentence-final "according to X" vouches for what the report before it says: the claim leaves out the report\'s frame, and is its named source\'s', () => {
    const t = "The family's lawyer, Erik Moen, said the weapon was found in the boot, not in Berg's hand, according to the police's own inventory.";
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [["the weapon was found in the boot, not in Berg's hand", 'Erik Moen']]);
  });

  it('what is cited ("citing two people familiar with the plans") is no claim; what the report says is', () => {
    const t = "The business daily Dagens Marked reported on Tuesday, citing two people familiar with the company's plans, that the board had approved the closure at a meeting in March.";
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['the board had approved the closure at a meeting in March', 'Dagens Marked']]);
  });

  it('a report inside another\'s content that gives only a figure keeps the outer claim: "380 people, not 420 as the newspaper said"', () => {
    const t = 'According to figures published by Statistics Norway, the plant employs about 380 people, not 420 as the newspaper said.';
    assert.deepEqual(run(t).claims.map((c) => c.span.text), ['the plant employs about 380 people, not 420 as the newspaper said']);
  });

  it('a number written as a word counts as one written in digits, and two words that count things are a claim: "confirmed three deaths"', () => {
    assert.deepEqual(run('Police have confirmed three deaths.').claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [['three deaths', 'Police', 0.5]]);
    assert.deepEqual(run('Police have confirmed 3 deaths.').claims.map((c) => [c.span.text, c.checkworthiness]), [['3 deaths', 0.5]]);
    // a reference or a duration counts nothing
    assert.deepEqual(run('He named the two resorts.').claims, []);
    assert.deepEqual(run('She has served eight years.').claims, []);
  });

  it('reported words that are an infinitive with a number stay a claim: "pledged to spend 40 million euros ..."', () => {
    assert.deepEqual(run('The company pledged to spend 40 million euros on the bridge.').claims.map((c) => c.span.text), ['to spend 40 million euros on the bridge']);
    assert.deepEqual(run('The mayor vowed to build new homes.').claims, []);
  });

  it('"would" and "could" in reported words are a "will" and a "can" told later, no hedge', () => {
    const t = 'The company said production of its electric van would be delayed until 2027.';
    assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'production of its electric van would be delayed until 2027'), claimant: 'company' }]);
    const found = 'The chief executive resigned two days after an audit found that 2.3 million euros could not be accounted for.';
    assert.deepEqual(run(found).claims.map(claimView), [{ span: spanOf(found, '2.3 million euros could not be accounted for'), claimant: 'audit' }]);
    // the article's own "would" is still a hedge
    assert.deepEqual(run('Production of the van would perhaps be delayed.').claims, []);
  });

  it('the proposition of "denied claims by X that Y" is X\'s claim, with a plural\'s possessive in X', () => {
    const t = "The hospital has denied claims by the nurses' union that it turned away 60 patients during the strike.";
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['it turned away 60 patients during the strike', "nurses' union"]]);
  });

  describe('allegations', () => {
    it('"repeating charges that X": X is the senator\'s claim', () => {
      const t = 'The senator spoke for an hour, repeating charges that the agency had hidden the losses.';
      const a = run(t);
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'the agency had hidden the losses'), claimant: 'senator' }]);
      assert.equal(a.claims[0].attribution, a.attributions[0].id);
    });

    it('"made allegations that X"', () => {
      const t = 'Prosecutors made allegations that the banker had hidden 3 million dollars in Malta.';
      const a = run(t);
      assert.equal(a.attributions[0].cue.text, 'made allegations');
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'the banker had hidden 3 million dollars in Malta'), claimant: 'Prosecutors' }]);
    });

    it('an allegation noun\'s clause is a claim outright, as a claiming verb\'s is, with no figure or name in it: "made allegations that X", "rumours that X"', () => {
      let t = 'Critics made allegations that the mayor took bribes.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'the mayor took bribes'), claimant: 'Critics' }]);
      t = 'There have been rumours that the mayor took bribes.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'the mayor took bribes'), claimant: null }]);
      // (the same clause reported with "said": a claim too, a noun's act, but no more than a report's base score)
      t = 'Critics said that the mayor took bribes.';
      assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.checkworthiness]), [['the mayor took bribes', 0.55]]);
      assert.deepEqual(run('Critics said that it was bad.').claims, []);
    });

    it('"repeated the claim in a post on X" names a statement again and says nothing: no claim; "his claims were based on 12 interviews" says something', () => {
      assert.deepEqual(run("Orbán's spokesman, Zoltán Kovács, repeated the claim in a post on X on Tuesday.").claims, []);
      const t = 'He said his claims were based on 12 interviews.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'his claims were based on 12 interviews'), claimant: null }]);
    });

    it('"Police alleged that X"', () => {
      const t = 'Police alleged that the driver had drunk six beers.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'the driver had drunk six beers'), claimant: 'Police' }]);
    });

    for (const [t, alleged] of [
      ['Health secretary accused of misleading MPs over waiting lists', 'misleading MPs over waiting lists'],
      ['The former mayor was charged with fraud and money laundering in May.', 'fraud and money laundering in May'],
      ['Two officials are suspected of taking bribes from the harbour contractor.', 'taking bribes from the harbour contractor'],
      // (and "the suspected X" stays an alleged X)
      ['The museum reopened after the suspected theft of two paintings by Monet.', 'the suspected theft of two paintings by Monet'],
    ] as const) {
      it(`what someone is accused of, charged with or suspected of is an allegation: ${JSON.stringify(t)}`, () => {
        const a = run(t);
        assert.ok(a.claims.some((c) => c.span.text === alleged && c.claimant === null), JSON.stringify(a.claims.map(claimView)));
      });
    }

    it('a quotation and its frame inside another report make one claim, the quotation\'s speaker\'s', () => {
      const t = '"The shipments have continued at a steady pace," the National Intelligence Service told lawmakers in a closed-door briefing, according to two members of parliament who attended.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'The shipments have continued at a steady pace'), claimant: 'National Intelligence Service' }]);
    });

    it('a passive "accused of": the accusers are not named, what is alleged is the content', () => {
      const t = 'The Health Secretary, Priya Mehta, has been accused of misleading Parliament.';
      const accused = run(t).attributions.filter((x) => x.cue.text === 'accused');
      assert.deepEqual(accused.map((x) => [x.source, x.content?.text]), [[null, 'misleading Parliament']]);
    });

    it('"the alleged X": the noun phrase is a claim of the article', () => {
      const t = 'The museum reopened after the alleged theft of two paintings by Monet.';
      const a = run(t);
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'the alleged theft of two paintings by Monet'), claimant: null }]);
      assert.equal(a.claims[0].attribution, null);
    });

    it('the proposition a denial rejects is a claim, with no claimant', () => {
      const t = 'The ministry denied allegations that it had sold the land to a donor.';
      const a = run(t);
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'it had sold the land to a donor'), claimant: null }]);
      assert.equal(a.claims[0].attribution, null);
    });
  });

  describe("the article's own statements", () => {
    it('a sentence with figures and a year is a claim; sentences without are not', () => {
      const t = 'The council met on Monday. The city spent 12 million dollars on the stadium in 2023. It was sunny.';
      const a = run(t);
      assert.deepEqual(a.claims.map(claimView), [{ span: spanOf(t, 'The city spent 12 million dollars on the stadium in 2023'), claimant: null }]);
      assert.equal(a.claims[0].attribution, null);
    });

    it('a sentence with named actors, a place and a day is a claim', () => {
      const t = 'Mayor Lena Ortiz met Prime Minister Arno Veld in Oslo on Tuesday.';
      assert.deepEqual(run(t).claims.map(claimView), [{ span: spanOf(t, 'Mayor Lena Ortiz met Prime Minister Arno Veld in Oslo on Tuesday'), claimant: null }]);
    });

    it('a sentence without names or figures is not', () => {
      assert.deepEqual(run('The weather was pleasant and people walked in the park.').claims, []);
    });

    it('a percent sign counts as the word "percent"', () => {
      const sign = run('Prices in the city rose by 8% over the year.', { minCheckworthiness: 0 }).claims;
      const word = run('Prices in the city rose by 8 percent over the year.', { minCheckworthiness: 0 }).claims;
      assert.deepEqual(sign.map((c) => c.checkworthiness), [0.5]);
      assert.deepEqual(word.map((c) => c.checkworthiness), [0.5]);
    });

    it('a number with a verb of measured change is worth checking ("Sick days fell by 65%"); a number alone is not enough', () => {
      assert.deepEqual(run('Sick days fell by 65% in the trial.').claims.map((c) => [c.span.text, c.checkworthiness]), [['Sick days fell by 65% in the trial', 0.5]]);
      assert.deepEqual(run('Sick days were counted in 65% of the firms.').claims, []);
      // (a policy's "cut" is no measured change: "the council should cut fares by 10 percent" stays a demand)
      assert.deepEqual(run('The council should cut fares by 10 percent.', { minCheckworthiness: 0 }).claims.map((c) => c.checkworthiness), [0.1]);
    });

    it('a fact check\'s "Claim: X" without a full stop (a short line, otherwise read as a heading) claims X', () => {
      assert.deepEqual(run('Claim: bus lanes cut journey times by 33%').claims.map((c) => [c.span.text, c.checkworthiness]), [['bus lanes cut journey times by 33%', 0.9]]);
      assert.deepEqual(analyze('- **Claim:** bus lanes cut journey times by 33%\n', 'markdown').claims.map((c) => c.span.text), ['bus lanes cut journey times by 33%']);
    });

    it('"It is true that X": the claim is X', () => {
      assert.deepEqual(run('It is true that sick days fell by 65% in the trial.').claims.map((c) => c.span.text), ['sick days fell by 65% in the trial']);
      assert.deepEqual(run("It's clear that Harwood & Pike lost 40,000 records in March.").claims.map((c) => c.span.text), ['Harwood & Pike lost 40,000 records in March']);
    });

    it('minCheckworthiness decides which statements are listed', () => {
      const t = 'The council met on Monday. The city spent 12 million dollars on the stadium in 2023.';
      const strict = run(t, { minCheckworthiness: 0.95 });
      assert.deepEqual(strict.claims, []);
      const loose = run(t, { minCheckworthiness: 0 });
      assert.deepEqual(loose.claims.map((c) => c.span), [spanOf(t, 'The council met on Monday'), spanOf(t, 'The city spent 12 million dollars on the stadium in 2023')]);
    });
  });

  it('every check-worthiness score lies in 0..1 and reaches the threshold', () => {
    const t = [
      '"The plant employs 900 people in Leeds. The factory produced 40,000 cars in 2023," said Ortiz.',
      'The city spent 12 million dollars on the stadium in 2023.',
      'Prosecutors made allegations that the banker had hidden 3 million dollars in Malta.',
    ].join('\n\n');
    const a = run(t, { minCheckworthiness: 0.6 });
    assert.ok(a.claims.length > 0);
    for (const c of a.claims) assert.ok(c.checkworthiness >= 0.6 && c.checkworthiness <= 1, `${c.span.text}: ${c.checkworthiness}`);
  });

  it('an aside after the frame with no verb of its own is no claim: "X, the statistics office said on Wednesday, down from 2.6% in September"', () => {
    const a = analyze('Inflation fell to 2.1% in October, the Office for National Statistics said on Wednesday, down from 2.6% in September.', 'plaintext');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['Inflation fell to 2.1% in October']);
    // (but a claim the frame splits stays whole on its two sides: "It was, he said, one of the bitterest failures")
    const b = analyze('The president spoke about the war. It was, he said, one of the bitterest failures of his presidency.', 'plaintext');
    assert.deepEqual(b.claims.map((c) => c.span.text), ['one of the bitterest failures of his presidency']);
  });

  it('a question in someone\'s words is no claim, its mark after the unit\'s last word', () => {
    const a = analyze('"They promised 15,000 homes last time and built fewer than 9,000," he said. "Why would anyone believe them now?"', 'plaintext');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['They promised 15,000 homes last time and built fewer than 9,000']);
  });
});

describe('twenty-third session: a fact check\'s headings', () => {
  it('"## Claim: Fishermen were not consulted" is the claim checked, no denial; "# Fact check: wind farm claims" reports nothing', () => {
    const a = analyze('# Fact check: wind farm claims\n\n## Claim: Fishermen were not consulted\n\nThe developer held 14 meetings with fishing groups in 2023.\n', 'markdown');
    assert.deepEqual(a.attributions, []);
    assert.deepEqual(a.denials, []);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['Fishermen were not consulted', null], ['The developer held 14 meetings with fishing groups in 2023', null]]);
  });
});

describe('twenty-fourth session: a need with a figure is a fact', () => {
  it('"the building needs £900,000 of repairs" is a claim; "needs to spend" and "We need a leader" are not', () => {
    const claims = (t: string) => run(t).claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]);
    assert.deepEqual(claims('The council has also claimed that the building needs £900,000 of repairs, including a new roof.'), [['the building needs £900,000 of repairs', 'council', 0.9]]);
    assert.deepEqual(claims('Clinton needs 67 delegates to reach the 2,383 needed to win.').map((c) => c[0]), ['Clinton needs 67 delegates to reach the 2,383 needed to win']);
    assert.deepEqual(claims('Mayor Ann Lee said the city needs to spend £900,000 on repairs.'), []);
    assert.deepEqual(claims('"We need a leader with integrity," Ann Lee said.'), []);
  });
});

describe('twenty-fifth session: short reports of a count or a share', () => {
  const claims = (t: string) => run(t).claims.map((c) => [c.span.text, c.claimant]);
  it('"five people died", "two children were hurt": three words that count people are a claim', () => {
    assert.deepEqual(claims('Hospital officials said five people died.'), [['five people died', 'Hospital officials']]);
    assert.deepEqual(claims('Officials said two children were hurt.'), [['two children were hurt', 'Officials']]);
    // (three words that count no one are too few: "He said everyone left")
    assert.deepEqual(claims('Police said everyone left.'), []);
  });
  it('"turnout was 61.4%": a share a verb states is a claim; a share with no verb is not', () => {
    assert.deepEqual(claims('The election commission said turnout was 61.4%.'), [['turnout was 61.4%', 'election commission']]);
    assert.deepEqual(claims('The election commission said turnout was 61 percent.'), [['turnout was 61 percent', 'election commission']]);
    assert.deepEqual(claims('Turnout: CEC says 61.4%.'), []);
  });
});

describe('twenty-fifth session: an accusation of an act', () => {
  it('"accused the government of ignoring earlier warnings": the act is the accuser\'s claim; a charge named by a noun is not', () => {
    const claims = (t: string) => run(t).claims.map((c) => [c.span.text, c.claimant]);
    assert.deepEqual(claims('The opposition accused the government of ignoring earlier warnings about PayLink.'), [['ignoring earlier warnings about PayLink', 'opposition']]);
    assert.deepEqual(claims('The opposition accused the minister of hypocrisy.'), []);
  });
});

describe('twenty-fifth session: a subject before a parenthetical frame', () => {
  it('"The new bridge, the mayor said, would cost 40 million euros": the claim keeps its subject, across the frame', () => {
    assert.deepEqual(run('The new bridge, the mayor said, would cost 40 million euros.').claims.map((c) => [c.span.text, c.claimant]), [['The new bridge, the mayor said, would cost 40 million euros', 'mayor']]);
    // (a clause before the frame is a claim of its own, and an aside after it none: "X, the office said, down from Y")
    assert.deepEqual(run('Inflation rose to 3.1% in October, the statistics office said on Wednesday, down from 2.6% in September.').claims.map((c) => c.span.text), ['Inflation rose to 3.1% in October']);
  });
});

describe('twenty-fifth session: a claimant named by a role alone', () => {
  it('"the minister\'s claim that X" is the claim of the one minister the article quotes, after an edit elsewhere too', () => {
    const t = "The dockworkers' union rejected the minister's claim that construction would start in March.\n\nPort workers said the cranes had been idle for a week.\n";
    const edited = t.replace('Port workers said', 'The transport minister, Elena Varga, said');
    const claimants = (a: { claims: readonly { span: { text: string }; claimant: string | null }[] }) => a.claims.map((c) => [c.span.text, c.claimant]);
    assert.deepEqual(claimants(run(t)), [['construction would start in March', 'minister'], ['the cranes had been idle for a week', 'Port workers']]);
    assert.deepEqual(claimants(run(edited)), [['construction would start in March', 'Elena Varga'], ['the cranes had been idle for a week', 'Elena Varga']]);
    // (re-analysed after the edit in the second paragraph, the first paragraph's claim changes hands as in a full analysis)
    const analyzer = new Analyzer();
    analyzer.analyze(t, 'plaintext');
    assert.deepEqual(analyzer.analyze(edited, 'plaintext'), run(edited));
  });
});
describe('twenty-seventh session: a short clause with a named subject', () => {
  it('"said Germany had delivered the money" is a claim, and the denial worded otherwise contradicts it', () => {
    const a = run('Infrastructure Minister Tomas Reiner said Germany had delivered the money. "Germany has not given funds to this project," a ministry spokeswoman said.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [
      ['Germany had delivered the money', 'Tomas Reiner', 0.55],
      ['Germany has not given funds to this project', 'ministry spokeswoman', 0.55],
    ]);
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [['Germany had delivered the money', 'contradicts', 'Germany has not given funds to this project']]);
  });
  it('nor for a noun subject of an act: "says the study used contaminated equipment", "the money has been delivered" are claims, "the issue remained tricky", "the river had turned green" are not', () => {
    assert.deepEqual(run('Reiner said the money has been delivered.').claims.map((c) => c.span.text), ['the money has been delivered']);
    assert.deepEqual(run('Local activists said the river had turned green.').claims, []);
    assert.deepEqual(run('The water industry says the study used contaminated equipment.').claims.map((c) => [c.span.text, c.claimant]), [['the study used contaminated equipment', 'water industry']]);
    assert.deepEqual(run('Twitter said the issue remained tricky.').claims, []);
  });
  it('no such lift for a name that only opens the sentence, a possessive or a phrase without a verb', () => {
    // ("the money is good": no name and no act; "Trump's views on Israel": a possessive; "Cruz relentlessly in Iowa": no verb)
    assert.deepEqual(run('Reiner said the money is good.').claims, []);
    assert.deepEqual(run('Leaders of the group criticized Trump\'s views on Israel.').claims, []);
    assert.deepEqual(run('Rubio attacked Cruz relentlessly in Iowa.').claims.map((c) => c.span.text), []);
  });
});
describe('twenty-seventh session: the article\'s own figure of a counted thing', () => {
  it('"supplies drinking water to about 85,000 households" is a claim; a year before a noun is no count', () => {
    assert.deepEqual(run('The plant supplies drinking water to about 85,000 households.').claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]),
      [['The plant supplies drinking water to about 85,000 households', null, 0.5]]);
    assert.deepEqual(run('The decision left the 1977 precedent in place.').claims, []);
    assert.deepEqual(run('The discussion starts at the 15:20 mark.').claims, []);
  });
});
describe('twenty-seventh session: a fact check\'s sections', () => {
  const md = [
    '## "Property taxes have not risen once under my administration"',
    '',
    '**Verdict: False.**',
    '',
    'The council raised the property tax rate by 2 percent in 2022, a rise the mayor herself proposed.',
    '',
    '## "Crime is at a 20-year low"',
    '',
    'Police figures show recorded crime fell 8 percent last year.',
    '',
  ].join('\n');
  it('a heading that is one quotation is a claim, not the article\'s negation; the clause before an appositive the mayor proposed is the article\'s', () => {
    const a = analyze(md, 'markdown');
    assert.deepEqual(a.denials.map((d) => d.cue.text), ['False']);
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text]), [['the mayor', 'proposed', 'a rise'], ['Police figures', 'show', 'recorded crime fell 8 percent last year']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
      ['Property taxes have not risen once under my administration', null],
      ['The council raised the property tax rate by 2 percent in 2022', null],
      ['Crime is at a 20-year low', null],
      ['recorded crime fell 8 percent last year', 'Police figures'],
    ]);
  });
});
describe('twenty-eighth session: a pronoun for the speaker that denies an act', () => {
  it('"Moscow said it does not target civilians" is a claim; "it does not know", "it is not" are not', () => {
    const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
    assert.deepEqual(claims('Moscow has repeatedly said it does not target civilians.'), [['it does not target civilians', 'Moscow']]);
    assert.deepEqual(claims('The firm said it does not know the man.'), []);
    assert.deepEqual(claims('The firm said it is not a problem.'), []);
  });
});
describe('twenty-eighth session: a hedge of no one\'s keeps its clause whole', () => {
  it('"The £2 million figure appears to come from X" is one claim of the article\'s, not "The £2 million figure" and "to come from X"', () => {
    const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
    assert.deepEqual(claims("The £2 million figure appears to come from the council's overall communications budget for 2024, which covers staff, printing and public notices."),
      [["The £2 million figure appears to come from the council's overall communications budget for 2024", null]]);
    // (a hedge with nothing concrete after it is the article's opinion, below the bar)
    assert.deepEqual(claims('The mood seemed to shift after the speech.'), []);
  });
});
describe('twenty-eighth session: a pronoun for the speaker that tells an act of its own', () => {
  it('\'NullSec claimed responsibility, saying it had "taken down the servers"\' is a claim, as a name\'s would be', () => {
    const t = 'A hacker group calling itself NullSec had claimed responsibility for the outage on Telegram, saying it had "taken down Streamline\'s servers" in protest at the company\'s prices.';
    assert.deepEqual(analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [
      ['responsibility for the outage on Telegram', 'NullSec', 0.85],
      ['it had "taken down Streamline\'s servers" in protest at the company\'s prices', 'NullSec', 0.65],
    ]);
  });
});
describe('twenty-ninth session: the clause before a noun whose relative clause reports', () => {
  it('"X, a figure the tenants union said was \\"...\\"": the clause before the comma is the article\'s claim, what follows the union\'s', () => {
    const t = 'The council raised rents by 9 percent in 2024, a figure the tenants union said was "the highest in a decade".';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span, c.claimant]), [
      [spanOf(t, 'The council raised rents by 9 percent in 2024'), null],
      [spanOf(t, 'was "the highest in a decade"'), 'tenants union'],
    ]);
  });
});
describe('twenty-ninth session: a blame is a claim outright', () => {
  it('"blames X for Y" in a headline is a claim, which the regulator\'s disagreement after its semicolon answers', () => {
    const t = 'Airline blames air traffic control for cancellations; regulator disagrees\n\nSkyway Airlines cancelled more than 400 flights over Easter, the company said.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]).slice(0, 1), [['air traffic control for cancellations', 'Airline']]);
    const denied = a.links.filter((l) => l.relation === 'denies').map((l) => a.claims.find((c) => c.id === l.claim)?.span.text);
    assert.deepEqual(denied, ['air traffic control for cancellations']);
  });
});
describe('thirtieth session: the act before a reporting participle', () => {
  it('"The company cut 400 jobs on Monday, saying X": the act is the article\'s claim, X the company\'s', () => {
    const t = 'The company cut 400 jobs on Monday, saying that demand had fallen by a third.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span, c.claimant])[0], [spanOf(t, 'The company cut 400 jobs on Monday'), null]);
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.content?.text]), [['The company', 'demand had fallen by a third']]);
  });
  it('not when the clause before the comma holds a finding of its own, nor when the participle\'s report holds the clause', () => {
    // (a denial: "rejected the finding")
    const denial = 'Beijing swiftly rejected the finding, saying Chinese firms won market share through innovation.';
    assert.deepEqual(analyze(denial, 'plaintext').claims.map((c) => c.span.text), ['Chinese firms won market share through innovation']);
    // (a model's report whose content runs over its own cue: "after, according to him, X")
    const around = 'He crossed the border more than 30 years ago after, according to him, Mexico’s powerful Televisa network censured his first report.';
    assert.ok(!analyze(around, 'plaintext').claims.some((c) => c.span.text === 'He crossed the border more than 30 years ago after'));
  });
});
describe('thirtieth session: an event on the record', () => {
  it('"was acquitted on Friday of X" is the article\'s claim without a name or a figure; a plain act without one is not', () => {
    const t = 'A former health minister was acquitted on Friday of defrauding the public purse over contracts for protective equipment, ending a trial that lasted eleven weeks.';
    assert.deepEqual(analyze(t, 'plaintext').claims.map((c) => [c.span, c.claimant, c.checkworthiness]), [[spanOf(t, t.slice(0, -1)), null, 0.55]]);
    assert.deepEqual(analyze('A former health minister was seen on Friday at a restaurant near the court, ending a week that lasted eleven days.', 'plaintext').claims, []);
  });
});
describe('thirtieth session: a claimed infinitive', () => {
  it('"claimed on its leak site to hold 1.2 terabytes": the infinitive after where it was claimed is the claim, scored as claimed', () => {
    const t = 'A ransomware gang claimed on its leak site to hold 1.2 terabytes of data.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['claimed', 'A ransomware gang', 'to hold 1.2 terabytes of data']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [['to hold 1.2 terabytes of data', 'ransomware gang', 0.7]]);
    // (no figure: "claims to have evidence of fraud" is a claim too, not an act declined or vowed)
    assert.deepEqual(analyze('He claims to have evidence of fraud.', 'plaintext').claims.map((c) => [c.span.text, c.checkworthiness]), [['to have evidence of fraud', 0.7]]);
  });
});
describe('thirty-second session: whom a report was made to', () => {
  it('"complained to the Commission in 2024", "spoke to his supporters": the addressee with no verb is no claim; an infinitive is', () => {
    const texts = (t: string) => run(t).claims.map((c) => c.span.text);
    assert.deepEqual(texts('Soundwave complained to the Commission in 2024.'), []);
    assert.deepEqual(texts('The American Legion complained to Sanders officials about the use of the emblem in 2016.'), []);
    assert.deepEqual(texts('The ministry pledged to release the names of 1,076 donors.'), ['to release the names of 1,076 donors']);
  });
});
describe('thirty-second session: a fact check\'s block quotes', () => {
  const t = [
    '> "The bypass will cut journey times by 20 minutes." — Cllr Peter Hale',
    '',
    '> "Over 300 trees will be felled." — Kingsmead Green Lanes campaign',
    '',
    'The campaign said its figure included hedgerow saplings.',
    '',
    '> "The road will pay for itself within ten years."',
    '',
    'We could not find any study that supports this.',
  ].join('\n');
  it('a block quote of a quotation alone is a claim put up for checking, not the words of the report before it, where block quotes are signed', () => {
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
      ['The bypass will cut journey times by 20 minutes', 'Peter Hale'],
      ['Over 300 trees will be felled', 'Kingsmead Green Lanes campaign'],
      ['its figure included hedgerow saplings', 'Kingsmead Green Lanes campaign'],
      ['The road will pay for itself within ten years', null],
    ]);
    // (and the article's pointer after it answers it)
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['The road will pay for itself within ten years']);
  });
  it('where no block quote is signed, one after a report still goes on with it', () => {
    const a = analyze('Brennan said the figures were wrong.\n\n> "Our ticketing system makes it impossible to sell more seats than there are."', 'markdown');
    assert.deepEqual(a.attributions.map((x) => x.content?.text.includes('ticketing')), [true]);
  });
});
describe('thirty-second session: a pronoun "that" opening a piece', () => {
  it('"X, and that is down to Y": the piece keeps its subject "that" (and scores as one opening with a pronoun)', () => {
    const a = run('Ana Ruiz said: "Prices rose by 4% in the year to March, and that was a shock to everyone in the industry at the time."');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['Prices rose by 4% in the year to March']);
    const b = run('Ana Ruiz said the tax on 4,000 homes was a mistake, and that was the view of 12 councillors.');
    assert.deepEqual(b.claims.map((c) => c.span.text).includes('that was the view of 12 councillors'), true);
  });
});
describe('thirty-second session: a content that names its statement first', () => {
  it('"has defended her claim that X", "repeated his belief that X": the claim is X', () => {
    assert.deepEqual(run('The mayor, Lisa Carver, has defended her claim that crime in the town has fallen by a third since 2022.').claims.map((c) => c.span.text), ['crime in the town has fallen by a third since 2022']);
    assert.deepEqual(run('Bernie Sanders repeated his belief that there will be a contested convention in July.').claims.map((c) => c.span.text), ['there will be a contested convention in July']);
  });
});
describe('thirty-second session: a numbered heading of one quotation', () => {
  it('"## 1. \\"Journey times have doubled\\"" is the claim its section\'s verdict judges', () => {
    const a = analyze('## 1. "Journey times have doubled"\n\n**False.** Council data shows average journey times rose by about 90 seconds.', 'markdown');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['Journey times have doubled', 'average journey times rose by about 90 seconds']);
    assert.deepEqual(a.links.map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['Journey times have doubled']);
  });
});
describe('thirty-third session: a change by a multiple', () => {
  it('"ambulance waits have halved" holds its figure; "doubled down on" does not', () => {
    const a = analyze('Hospital trust says ambulance waits have halved', 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [['ambulance waits have halved', 'Hospital trust', 0.6]]);
    // (the idiom scores as any report of its length does)
    assert.deepEqual(analyze('The campaign said it had doubled down on its message', 'plaintext').claims.map((c) => c.checkworthiness), [0.55]);
    assert.deepEqual(analyze('The campaign said its donations had doubled in a month', 'plaintext').claims.map((c) => c.checkworthiness), [0.8]);
  });
});
describe('thirty-third session: whom a warning directs to act', () => {
  it('"warned parents not to charge the scooters overnight" is no claim; what a spokeswoman told of a plan is', () => {
    assert.deepEqual(analyze('Fire chiefs have warned parents not to charge the scooters overnight.', 'plaintext').claims, []);
    assert.deepEqual(analyze('Police urged residents to stay indoors until the fire was out.', 'plaintext').claims, []);
    // (an act intended, and a subject whose verb comes after the infinitive, are claims still)
    assert.deepEqual(analyze('A spokeswoman told reporters the plans to close the ward were final.', 'plaintext').claims.map((c) => c.span.text), ['the plans to close the ward were final']);
  });
});
describe('thirty-third session: a bracket closed inside a claim', () => {
  it('keeps its closing mark: "(R-TX)", "(State Messaging and Archive Retrieval Toolset)"', () => {
    const a = analyze('The campaign said it would target incumbent Rep. John Culberson (R-TX).', 'plaintext');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['it would target incumbent Rep. John Culberson (R-TX)']);
  });
});
describe('thirty-fourth session: a pronoun for what was said, with where or when', () => {
  it('"He repeated it at a council meeting on Tuesday", "called them in an article last week" report no claim', () => {
    assert.deepEqual(analyze('He repeated it at a council meeting on Tuesday.', 'plaintext').claims, []);
    assert.deepEqual(analyze('The Daily Beast called them in an article last week.', 'plaintext').claims, []);
  });
});
describe('thirty-fourth session: a claim\'s "that" clause whose long subject the phrase reader does not take whole', () => {
  it('"A claim that drinking hot water every 15 minutes kills the coronavirus has been shared" claims up to the main verb', () => {
    assert.deepEqual(analyze('A claim that drinking hot water every 15 minutes kills the coronavirus has been shared widely on Facebook.', 'plaintext').claims.map((c) => c.span.text), ['drinking hot water every 15 minutes kills the coronavirus']);
  });
});
describe('thirty-seventh session: a change by a multiple, and the article\'s clause before a colon', () => {
  it('"have doubled" is a figure of the article\'s own: a claim without digits', () => {
    const a = run('Waiting times at the hospital have doubled.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [['Waiting times at the hospital have doubled', null, 0.6]]);
  });
  it('"X have not tripled: NHS figures show Y": the clause before the colon is the article\'s claim, the report after it the figures\'', () => {
    const a = run('Cases of heart inflammation have not tripled: NHS figures show 1,140 admissions in October and November.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['Cases of heart inflammation have not tripled', null], ['1,140 admissions in October and November', 'NHS figures']]);
  });
  it('and that claim contradicts the tripling someone claimed', () => {
    const a = run('The clip shows a man who says he is a cardiologist. He says that cases of heart inflammation have "tripled since October".\n\nCases of heart inflammation have not tripled: NHS figures show 1,140 admissions in October and November.');
    const text = new Map(a.claims.map((c) => [c.id, c.span.text]));
    assert.deepEqual(a.links.map((l) => [text.get(l.claim), text.get(l.counter), l.relation]), [['cases of heart inflammation have "tripled since October"', 'Cases of heart inflammation have not tripled', 'contradicts']]);
  });
  it('but not a label\'s colon, nor a clause a report runs over ("said X: Y"; its content there is the report\'s)', () => {
    assert.deepEqual(run('Update: NHS figures show 1,140 admissions in October.').claims.map((c) => c.span.text), ['1,140 admissions in October']);
    assert.deepEqual(run('The minister said cases had tripled: NHS figures show 1,140 admissions in October.').claims.map((c) => [c.span.text, c.claimant]), [['cases had tripled: NHS figures show 1,140 admissions in October', 'minister']]);
  });
});
describe('forty-second session: a frame with when or where before its "that", inside "according to"', () => {
  it('"Mayor Lena Ortiz said on Friday that X, according to a statement from her office": the claim is X, not "on Friday that X"', () => {
    const a = run('Mayor Lena Ortiz said on Friday that the new flood walls will hold back a once-in-a-century storm, according to a statement from her office.');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['the new flood walls will hold back a once-in-a-century storm']);
  });
});
describe('forty-fourth session: three words that say none did', () => {
  it('"According to the published results, no participant died": a claim of three words, "no" and a noun its subject', () => {
    const a = new Analyzer().analyze("According to the trial's published results, no participant died.", 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['no participant died', "trial's published results"]]);
  });
  it('but not two, nor three without a verb: "no comment", "no further details"', () => {
    assert.deepEqual(new Analyzer().analyze('Officials said no further details.', 'plaintext').claims, []);
  });
});
describe('forty-sixth session: a question whether someone said something', () => {
  it('"Fact check: Did a councillor say bins would only be collected monthly?" puts the clause up for checking, the councillor\'s', () => {
    const a = analyze('# Fact check: Did a councillor say bins would only be collected monthly?\n\nA spokesperson said bins are collected every fortnight.\n\n## Our verdict\n\n**False.**\n', 'markdown');
    const checked = a.claims.find((c) => c.span.text === 'bins would only be collected monthly');
    assert.deepEqual([checked?.claimant, checked?.checkworthiness], ['councillor', 0.9]);
    // (the verdict answers the claim the question put up, not the spokesperson's statement after it)
    const verdict = a.denials.find((d) => d.cue.text === 'False');
    assert.deepEqual(a.links.filter((l) => l.counter === verdict?.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['bins would only be collected monthly']);
  });
  it('not a question about something else: "Have you been surprised that she is saying the same thing?"', () => {
    const a = analyze('Have you been surprised that she is saying the same thing about the budget?', 'plaintext');
    assert.deepEqual(a.claims.map((c) => c.span.text), []);
  });
});
describe('forty-seventh session: a sum of three words is a claim', () => {
  it('"The company said dividends were £31m": the sum is checkable, like "turnout was 61%"', () => {
    assert.deepEqual(analyze('The company said dividends were £31m.', 'plaintext').claims.map((c) => c.span.text), ['dividends were £31m']);
  });
  it('not a sum with no verb stating it: "The company cited £31m dividends"', () => {
    assert.deepEqual(analyze('The company cited £31m dividends.', 'plaintext').claims.map((c) => c.span.text), []);
  });
});
describe('forty-seventh session: what the next sentence calls false is a claim, whatever its score', () => {
  it('"Janet Moss told people their libraries would be fine. That was untrue.": the short report is put up, and answered', () => {
    const a = analyze('Janet Moss stood up in the chamber and told people their libraries would be fine. That was untrue.', 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['their libraries would be fine', 'Janet Moss']]);
    assert.deepEqual(a.links.map((l) => [l.claim, l.counter]), [[a.claims[0].id, a.denials[0].id]]);
  });
  it('not without the judgement: "Janet Moss told people their libraries would be fine." alone scores under the bar (a state kept, "would stay open", scores over it since the fifty-sixth session)', () => {
    assert.deepEqual(analyze('Janet Moss stood up in the chamber and told people their libraries would be fine.', 'plaintext').claims, []);
  });
});
describe('forty-seventh session: a first person\'s dated past event is no stance', () => {
  it('"Our retail arm lost money last year," she said: a claim; "We had a great time last year" is not', () => {
    assert.deepEqual(analyze('"Our retail arm lost money last year," she said.', 'plaintext').claims.map((c) => c.span.text), ['Our retail arm lost money last year']);
    assert.deepEqual(analyze('"We had a great time last year," she said.', 'plaintext').claims.map((c) => c.span.text), []);
  });
});
describe('forty-eighth session: what the next sentence contradicts as "that account" is a claim', () => {
  it('"Drivers told the paper they had complained for years. The chief executive flatly contradicted that account": put up, and answered', () => {
    const a = analyze('Drivers told the paper they had complained for years. The chief executive, Ingrid Voss, flatly contradicted that account, saying the first report reached the company in January.', 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['they had complained for years', 'Drivers'], ['the first report reached the company in January', 'Ingrid Voss']]);
    assert.deepEqual(a.links.map((l) => [l.claim, l.counter, l.relation]), [[a.claims[0].id, a.denials[0].id, 'denies'], [a.claims[0].id, a.claims[1].id, 'contradicts']]);
  });
  it('not a judgement two sentences on, nor one that names a statement without pointing ("the account")', () => {
    assert.deepEqual(analyze('Drivers told the paper they had complained for years. The weather was fine. The chief executive flatly contradicted that account.', 'plaintext').claims, []);
    assert.deepEqual(analyze('Drivers told the paper they had complained for years. The chief executive rejected their account of events.', 'plaintext').claims, []);
  });
});
describe('forty-eighth session: what a pronoun is accused of', () => {
  it('\'accused him of "living in a parallel universe"\': the claim is the act, without "him of"', () => {
    assert.deepEqual(analyze('Priya Shah accused him of "living in a parallel universe".', 'plaintext').claims.map((c) => [c.span.text, c.claimant]), [['"living in a parallel universe"', 'Priya Shah']]);
    assert.deepEqual(analyze('Priya Shah accused him of living in a parallel universe.', 'plaintext').claims.map((c) => c.span.text), ['living in a parallel universe']);
  });
});
describe('forty-ninth session: a short statement of a checkable property', () => {
  const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]);
  it('"myocarditis after vaccination is rare" is a claim however short; "fluoride is not toxic" too', () => {
    assert.deepEqual(claims('Dr Elena Bruck said myocarditis after vaccination is rare.'), [['myocarditis after vaccination is rare', 'Elena Bruck', 0.55]]);
    assert.deepEqual(claims('Experts said fluoride is not toxic.'), [['fluoride is not toxic', 'Experts', 0.55]]);
  });
  it('not a pronoun\'s ("it is rare") nor a word of taste ("the show is great")', () => {
    assert.deepEqual(claims('Dr Elena Bruck said it is rare.'), []);
    assert.deepEqual(claims('Dr Elena Bruck said the show is great.'), []);
  });
});
describe('forty-ninth session: a first person\'s denial of a practice or of an act, contracted too', () => {
  const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
  it('"We do not sell personal data", "We don\'t use child labour", "I didn\'t take any money" are claims', () => {
    assert.deepEqual(claims('"We do not sell personal data, full stop," chief executive Maria Lopez told reporters.'), [['We do not sell personal data, full stop', 'Maria Lopez']]);
    assert.deepEqual(claims('"We don\'t use child labour in any of our factories," chief executive Maria Lopez said.'), [['We don\'t use child labour in any of our factories', 'Maria Lopez']]);
    assert.deepEqual(claims('"I didn\'t take any money," the mayor, Dana Okafor, said.'), [['I didn\'t take any money', 'Dana Okafor']]);
  });
  it('not what the speaker will not say, a possession, a condition nor an imperative', () => {
    assert.deepEqual(claims('"We do not comment on individual cases," a spokesman said.'), []);
    assert.deepEqual(claims('"I don\'t have a position on it yet," the senator said.'), []);
    assert.deepEqual(claims('"If we don\'t act now, it will be too late," the senator said.'), []);
    assert.deepEqual(claims('Protesters chanted: "Hands up, don\'t shoot."'), []);
  });
});
describe('forty-ninth session: a negative pronoun as the subject of a short counter-claim', () => {
  const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
  it('"the council insists nothing has changed", "said nobody was hurt" are claims', () => {
    assert.deepEqual(claims('Staff say opening hours have been cut by a third, but the council insists nothing has changed.'), [['opening hours have been cut by a third', 'Staff'], ['nothing has changed', 'council']]);
    assert.deepEqual(claims('The fire service said nobody was hurt.'), [['nobody was hurt', 'fire service']]);
  });
  it('not a negative pronoun after the verb: "Hillary has nobody like that"', () => {
    assert.deepEqual(claims('"Hillary has nobody like that," Anderson said.'), []);
  });
});
describe('forty-ninth session: a change by a multiple in three words', () => {
  const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
  it('"crime has halved", "fares have doubled" are claims; "it has doubled" is none', () => {
    assert.deepEqual(claims('The mayor says crime has halved.'), [['crime has halved', 'mayor']]);
    assert.deepEqual(claims('Campaigners say fares have doubled.'), [['fares have doubled', 'Campaigners']]);
    assert.deepEqual(claims('The mayor said it has doubled.'), []);
  });
});
describe('fiftieth session: a first person\'s denied act with a verb the lexicon does not know', () => {
  const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
  it('"We do not deliberately overbook our flights" and "I did not email any classified material" are claims', () => {
    assert.deepEqual(claims('"We do not deliberately overbook our flights," a spokesman said.'), [['We do not deliberately overbook our flights', 'spokesman']]);
    assert.deepEqual(claims('"I did not email any classified material to anyone," Clinton said.'), [['I did not email any classified material to anyone', 'Clinton']]);
  });
  it('but a state of mind is no act: "But I don\'t dislike him"', () => {
    assert.deepEqual(claims('"But I don\'t dislike him," Sharpton said.'), []);
  });
});
describe('fifty-first session: a short report of a measured change', () => {
  it('"said overall crime had fallen" is a claim; "said the team had lost" is not', () => {
    const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.checkworthiness]);
    assert.deepEqual(claims('Joanna Pike said overall crime had fallen.'), [['overall crime had fallen', 0.55]]);
    assert.deepEqual(claims('Joanna Pike said the home side had lost.'), []);
  });
});
describe('fifty-first session: a closing "as" clause of the setting', () => {
  const claims = (t: string) => analyze(t, 'plaintext').claims.map((c) => c.span.text);
  it('ends the claim: ", as 400 drivers prepare to strike next week"', () => {
    assert.deepEqual(claims('The union says drivers have had a real-terms pay cut of 9% since 2021, as 400 drivers prepare to strike next week.'), ['drivers have had a real-terms pay cut of 9% since 2021']);
    assert.deepEqual(claims('Anderson said his assumption was that Manafort was working for the Centre, as we were.'), ['his assumption was that Manafort was working for the Centre']);
  });
  it('but not "as" before a noun phrase, nor a clause the sentence goes on after', () => {
    assert.deepEqual(claims('Comey said Twitter works as a way to sell books, as a way to promote movies, and as a way to sell murder.'), ['Twitter works as a way to sell books, as a way to promote movies, and as a way to sell murder']);
    assert.deepEqual(claims('Murphy said that in 2004, as he was, Democrats running for office were told to stay clear of guns.'), ['in 2004, as he was, Democrats running for office were told to stay clear of guns']);
  });
});
describe('fifty-second session: what an accusation or a charge names, past whom it names', () => {
  const claimsOf = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
  it('"charged Moretti last week with placing 42 bets": the charge, the FA\'s', () => {
    assert.deepEqual(claimsOf('The Football Association charged Moretti last week with placing 42 bets on matches between 2021 and 2023, including three games in which he played.'),
      [['placing 42 bets on matches between 2021 and 2023, including three games in which he played', 'Football Association']]);
  });
  it('"accused the leader of the council, Fiona Grant, of misleading voters": the act, past the "of" inside whom it names', () => {
    assert.deepEqual(claimsOf('Critics accused the leader of the council, Fiona Grant, of misleading voters about the budget.'), [['misleading voters about the budget', 'Critics']]);
  });
});
describe('fifty-second session: someone shown saying it', () => {
  const claimsOf = (t: string) => analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]);
  it('"The video shows Mr Patel saying X": X is Mr Patel\'s claim, not the video\'s', () => {
    const t = 'Union organiser Dev Patel posted a video on Facebook. The video shows Mr Patel saying the trust "has axed 300 nurses in ten months".';
    assert.deepEqual(claimsOf(t), [['the trust "has axed 300 nurses in ten months"', 'Dev Patel']]);
  });
  it('but a document shown saying it stays inside the report that names it: "Christie defended Trump\'s tweet saying X"', () => {
    const t = 'Chris Christie defended Trump\'s tweet saying African-Americans will vote for him because of the killing.';
    assert.deepEqual(claimsOf(t).map((c) => c[1]), ['Chris Christie']);
  });
});
describe('fifty-second session: someone criticised for claiming it', () => {
  it('"criticised Home Secretary Dan Hewitt for claiming that X": X is Dan Hewitt\'s claim', () => {
    const t = 'The UK Statistics Authority has criticised Home Secretary Dan Hewitt for claiming that net migration had "halved" since his party took office.';
    assert.deepEqual(analyze(t, 'plaintext').claims.map((c) => [c.span.text, c.claimant]), [['net migration had "halved" since his party took office', 'Dan Hewitt']]);
  });
});
describe('fifty-second session: who made the claim a heading quotes', () => {
  it('"## \\"X\\"" then "Prime Minister Claire Dunmore made this claim in her opening statement.": X is hers, the sentence no claim', () => {
    const t = '## "Unemployment has fallen every year since 2020"\n\nPrime Minister Claire Dunmore made this claim in her opening statement.\n';
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['Unemployment has fallen every year since 2020', 'Claire Dunmore']]);
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['made this claim', 'Prime Minister Claire Dunmore', '"Unemployment has fallen every year since 2020"']]);
  });
  it('but not after a block that quotes nothing, nor a claim made with its own clause', () => {
    assert.deepEqual(analyze('Trump spoke to veterans.\n\nTrump made the pledge at a conference in Virginia.\n', 'markdown').attributions, []);
    assert.deepEqual(analyze('## "Crime has halved"\n\nThe mayor made the claim that crime had halved.\n', 'markdown').attributions.map((x) => [x.cue.text, x.content?.text]), [['made the claim', 'crime had halved']]);
  });
});
describe('fifty-second session: a report that led to another ends its claim', () => {
  it('"said it has no plans X, after documents seen by the Press appeared to show Y": two claims, Y the documents\'', () => {
    const t = 'Bristol Airport has said it has no plans to build a second runway, after documents seen by the Western Daily Press appeared to show a proposal for a 2,000-metre runway on green belt land.';
    assert.deepEqual(analyze(t, 'plaintext', undefined, { minCheckworthiness: 0.1 }).claims.map((c) => [c.span.text, c.claimant]), [
      ['it has no plans to build a second runway', 'Bristol Airport'],
      ['a proposal for a 2,000-metre runway on green belt land', 'documents seen by the Western Daily Press'],
    ]);
  });
});
describe('fifty-third session: what someone deserves is no fact', () => {
  it('"The residents deserve to know the truth" is no claim; the fact beside it is', () => {
    const a = run('Councillor Mark Deane said officials had drawn up a list of sites to be shut by April. "The residents deserve to know the truth," he told a public meeting.');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['officials had drawn up a list of sites to be shut by April']);
  });
});
describe('fifty-third session: an accusation with an auxiliary before its verb', () => {
  it('"Parents have accused the county council of planning to close four schools": the claim is the act, as without "have"', () => {
    for (const t of ['Parents in Ashford have accused the county council of planning to close four village primary schools by stealth.', 'Parents in Ashford accused the county council of planning to close four village primary schools by stealth.']) {
      assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['planning to close four village primary schools by stealth', 'Parents in Ashford']]);
    }
  });
});
describe('fifty-third session: a pronoun\'s past act with its object', () => {
  it('"after a watchdog found it had wrongly billed households": a claim, which the denial before it answers', () => {
    const a = run('An energy company has denied overcharging thousands of customers after a watchdog found it had wrongly billed households on prepayment meters.');
    assert.deepEqual(a.claims.filter((c) => c.claimant !== null).map((c) => [c.span.text, c.claimant]), [['it had wrongly billed households on prepayment meters', 'watchdog']]);
  });
  it('but "it has been" and "it had seemed" still point back', () => {
    assert.deepEqual(run('The spokesman said it had been a difficult week.').claims, []);
  });
});
describe('fifty-third session: a demand coordinated after a statement', () => {
  it('"the company was leaking 180 million litres a day and should fix its pipes": the statement is the claim, the demand none', () => {
    const a = run('Campaigners from River Watch said the company was leaking 180 million litres of water a day and should fix its pipes before asking customers to save water.');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['the company was leaking 180 million litres of water a day']);
  });
});
describe('fifty-third session: a denied claim\'s maker named by a role of two words', () => {
  it('"rejected claims by a former trustee that X" and later "Former trustee Graham Hollis told": X is Graham Hollis\'s', () => {
    const t = 'The charity Brightside has rejected claims by a former trustee that it wasted more than £1m of donations on consultants.\n\nFormer trustee Graham Hollis told the Sunday Echo that the charity had paid consultants £1.3m over three years.';
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [
      ['it wasted more than £1m of donations on consultants', 'Graham Hollis'],
      ['the charity had paid consultants £1.3m over three years', 'Graham Hollis'],
    ]);
  });
});
describe('fifty-third session: a fact check\'s "The claim:" label', () => {
  it('"**The claim:** Crime has doubled since 2019." is the checked claim without its label, as "**Claim:**" is', () => {
    const a = analyze('**The claim:** Crime has doubled since 2019.', 'markdown');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['Crime has doubled since 2019']);
  });
  it('"**The claim:** 40% of GPs plan to quit." is whole, though "plan" reports an infinitive; a report inside still gives its claim', () => {
    assert.deepEqual(analyze('**The claim:** 40% of GPs plan to quit.', 'markdown').claims.map((c) => c.span.text), ['40% of GPs plan to quit']);
    assert.deepEqual(analyze('**Claim:** Senator Ana Ruiz said the rate has doubled.', 'markdown').claims.map((c) => [c.span.text, c.claimant]), [['the rate has doubled', 'Ana Ruiz']]);
  });
});
describe('fifty-fourth session: an accusation that another denies', () => {
  it('"Oduya accused aid agencies of inflating the numbers, an allegation the agencies rejected": the claim denied is Oduya\'s', () => {
    const a = analyze('Samuel Oduya accused aid agencies of inflating the numbers to attract donor funding, an allegation the agencies rejected.', 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.deniedBy !== undefined]), [['aid agencies of inflating the numbers to attract donor funding', 'Samuel Oduya', true]]);
  });
});
describe('fifty-fifth session: the speaker\'s own clause after "and" with no comma', () => {
  it('"Waiting lists are falling and we are seeing patients faster": the statement of things is a claim of its own', () => {
    const t = '"Waiting lists are falling and we are seeing patients faster," a spokeswoman said.';
    assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [['Waiting lists are falling', 'spokeswoman']]);
  });
  it('not after a subordinator\'s clause, nor after a first person: "If the figures are right and we are wrong"', () => {
    const t = 'He said waiting lists had been rising since 2019. "If the figures are right and we are wrong, the minister should resign," he said.';
    assert.deepEqual(run(t).claims.map((c) => c.span.text), ['waiting lists had been rising since 2019']);
  });
});
describe('fifty-fifth session: a first person\'s contraction is a first person', () => {
  it('"I’ve talked to him", "We’re going to win" weigh as "I have talked to him", "We are going to win": no claim', () => {
    for (const t of ['"I have talked to him about security," Gorka said.', '"I’ve talked to him about security," Gorka said.', '"We’re going to win this election," Clinton said.', '"We\'ve had more successful conventions than this one," Eastland said.']) {
      assert.deepEqual(run(t).claims.map((c) => c.span.text), [], t);
    }
  });
});
describe('fifty-sixth session: a state kept', () => {
  it('"the library would stay open", "the bridge remains closed", "the plant will not remain open" are claims, as "the bridge is closed" is', () => {
    assert.deepEqual(run('The council said the library would stay open. Engineers said the bridge remains closed. The owner said the plant will not remain open. Police said the road is closed.').claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [
      ['the library would stay open', 'council', 0.55],
      ['the bridge remains closed', 'Engineers', 0.55],
      ['the plant will not remain open', 'owner', 0.55],
      ['the road is closed', 'Police', 0.55],
    ]);
  });
  it('not a state that is no fact: "the mood would stay calm", "talks will remain difficult"', () => {
    assert.deepEqual(run('The chairman said the mood would stay calm. Officials said talks will remain difficult.').claims.map((c) => c.span.text), []);
  });
});
describe('fifty-sixth session: a halving in words', () => {
  it('"We have cut knife crime in half" weighs as "We have halved knife crime": a claim; "reduced by half" too', () => {
    assert.deepEqual(run('Ms Tennant told supporters: "We have cut knife crime in half." The council said waiting times were reduced by half.').claims.map((c) => [c.span.text, c.checkworthiness]), [
      ['We have cut knife crime in half', 0.7],
      ['waiting times were reduced by half', 0.7],
    ]);
  });
  it('not "half" with no cut before it: "We spent half the day in court"', () => {
    assert.deepEqual(run('"We spent half the day in court," she said.').claims, []);
  });
});
describe('fifty-seventh session: "forced labour" is no duty', () => {
  it('"suppliers sourced cotton from farms that used forced labour" is a claim, as "staff were forced to work" is still an obligation', () => {
    const a = analyze('The Ethical Trade Network said at least three of the retailer\'s suppliers sourced cotton from farms that used forced labour.', 'plaintext');
    assert.deepEqual(a.claims.map((c) => c.span.text), ["at least three of the retailer's suppliers sourced cotton from farms that used forced labour"]);
    assert.deepEqual(analyze('The union said staff were forced to work unpaid overtime.', 'plaintext').claims, []);
  });
});
describe('fifty-eighth session: an act of falsehood someone is accused of is a claim too', () => {
  it('"alleged that the company had overstated its order book by at least $400 million" is Grayfin\'s claim as well as its denial of the company\'s figures', () => {
    const a = run('Grayfin Research alleged that the company had overstated its order book by at least $400 million.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['the company had overstated its order book by at least $400 million', 'Grayfin Research']]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['overstated', 'the company']]);
  });
  it('but not a post said to misrepresent, which is a statement judged: "the post misrepresents what the minister said"', () => {
    const a = run('A spokesman said the post misrepresents what the minister said.');
    assert.deepEqual(a.claims.map((c) => c.span.text), []);
  });
});
describe('fifty-eighth session: a correction\'s figure', () => {
  it('"The correct figure is 4.9%." is the article\'s claim, which contradicts the figure the earlier version gave', () => {
    const a = run('An earlier version of this article said that regulated rail fares would rise by 8.9% in March. The correct figure is 4.9%.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.checkworthiness]), [['regulated rail fares would rise by 8.9% in March', 0.8], ['The correct figure is 4.9%', 0.6]]);
    assert.deepEqual(a.links.map((l) => [l.relation, l.score]), [['contradicts', 0.6]]);
  });
  it('but "The figure is 4.9%." names none as the right one', () => {
    assert.deepEqual(run('The figure is 4.9%.').claims.map((c) => c.span.text), []);
  });
});
describe('sixtieth session: an act denied as intended', () => {
  it('"it has no plans to ban barbecues", "We have no plans to close the library" are claims of the speaker', () => {
    const a = run('"We have no plans to close the library," a council spokesman said. The council said it has no plans to ban barbecues.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.checkworthiness]), [['We have no plans to close the library', 0.55], ['it has no plans to ban barbecues', 0.55]]);
  });
  it('and contradict a claim of the act done: "Greenford Council has banned barbecues in all of its parks"', () => {
    const a = run('A post claims that Greenford Council has banned barbecues in all of its parks. The council told us it has no plans to ban barbecues.');
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, a.claims.find((c) => c.id === l.counter)?.span.text, l.relation]), [
      ['Greenford Council has banned barbecues in all of its parks', 'it has no plans to ban barbecues', 'contradicts'],
    ]);
  });
  it('but not "it has no plans" with nothing intended', () => {
    assert.deepEqual(run('The council said it has no plans.').claims.map((c) => c.span.text), []);
  });
});
describe('sixtieth session: what the speaker\'s own evidence shows', () => {
  it('"Our own tests show the building is safe" is a claim; "Our own tests show we care" is not', () => {
    assert.deepEqual(run('"Our own tests, by an independent laboratory, show the building is safe," he said.').claims.map((c) => [c.span.text, c.checkworthiness]), [['Our own tests, by an independent laboratory, show the building is safe', 0.55]]);
    assert.deepEqual(run('"Our own tests show we care," he said.').claims.map((c) => c.span.text), []);
  });
});
describe('sixtieth session: a short clause whose subject is a bare plural noun', () => {
  it('"officers had been assaulted", "witnesses saw a gun" are claims; "others agreed" is not', () => {
    assert.deepEqual(run('She said officers had been assaulted.').claims.map((c) => [c.span.text, c.checkworthiness]), [['officers had been assaulted', 0.55]]);
    assert.deepEqual(run('He said witnesses saw a gun.').claims.map((c) => c.span.text), ['witnesses saw a gun']);
    assert.deepEqual(run('He said others agreed.').claims.map((c) => c.span.text), []);
  });
});
describe('sixtieth session: a question a cue leaves unanswered', () => {
  it('"declined to say how many farms were in the group", "wondered why" put no claim; "explained how X" still may', () => {
    assert.deepEqual(run('A Freshco spokesman declined to say how many farms were in the group.').claims.map((c) => c.span.text), []);
    assert.deepEqual(run('He wondered why the senator had said so little about it during his campaign.').claims.map((c) => c.span.text), []);
    assert.deepEqual(run('Rep. Mia Love explained how Senator Cruz had persuaded her to back a trade bill in 2015.').claims.map((c) => c.span.text), ['how Senator Cruz had persuaded her to back a trade bill in 2015']);
  });
});
describe('sixty-first session: what someone pointed to', () => {
  it('is a source, no claim, unless a verb in it says something', () => {
    assert.deepEqual(run('The association pointed to official figures from the Office for National Statistics.').claims.map((c) => c.span.text), []);
    assert.deepEqual(run('The minister points to a report by the Institute for Fiscal Studies.').claims.map((c) => c.span.text), []);
    assert.deepEqual(run('The association pointed to official figures showing that rents rose by 8.7% last year.').claims.map((c) => c.span.text), ['rents rose by 8.7% last year']);
  });
});
describe('sixty-first session: a pronoun\'s act with a figure, however short', () => {
  it('"it would create 20,000 jobs" is a claim; "It is 20,000" and "it would create jobs" are not', () => {
    assert.deepEqual(run('Supporters of a third runway say it would create 20,000 jobs.').claims.map((c) => [c.span.text, c.checkworthiness]), [['it would create 20,000 jobs', 0.5]]);
    assert.deepEqual(run('Supporters of a third runway say it is 20,000.').claims.map((c) => c.span.text), []);
    assert.deepEqual(run('Supporters of a third runway say it would create jobs.').claims.map((c) => c.span.text), []);
  });
});
describe('sixty-first session: evidence that opens what "according to" vouches for', () => {
  it('the claim is what the figures show, past the conjunction and the frame', () => {
    assert.deepEqual(run('But the figures show that only 68% of trains arrived on time, according to the Office of Rail and Road.').claims.map((c) => [c.span.text, c.claimant]), [['only 68% of trains arrived on time', 'Office of Rail and Road']]);
    assert.deepEqual(run('Polls show voters prefer Mr. Clinton, according to the newspaper.').claims.map((c) => c.span.text), ['voters prefer Mr. Clinton']);
  });
});
