/**
 * Links between a claim and what speaks against it: `denies` (a denial of the same proposition,
 * worded differently) and `contradicts` (a different figure for the same quantity, or the opposite
 * account), and no link between unrelated items or to the denier's own claim.
 */
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core/analyzer';
import { namedWithRole } from '../../src/core/speakers';
import { conceptsOf } from '../../src/core/link/concepts';
import type { Analysis, AnalyzerSettings, Link } from '../../src/core/types';
import { byCue, claimByText } from './helpers/spans';

function run(text: string, settings?: AnalyzerSettings): Analysis {
  return analyze(text, 'plaintext', undefined, settings);
}

/** Links as [claim text, counter text (denial cue or claim span), relation]. */
function described(a: Analysis): Array<[string, string, Link['relation']]> {
  const text = new Map<string, string>();
  for (const c of a.claims) text.set(c.id, c.span.text);
  for (const d of a.denials) text.set(d.id, `denial:${d.cue.text}`);
  return a.links.map((l) => [text.get(l.claim) ?? `?${l.claim}`, text.get(l.counter) ?? `?${l.counter}`, l.relation]);
}

function assertWellFormed(a: Analysis): void {
  const claims = new Set(a.claims.map((c) => c.id));
  const counters = new Set([...a.claims.map((c) => c.id), ...a.denials.map((d) => d.id)]);
  for (const l of a.links) {
    assert.ok(claims.has(l.claim), `link claim ${l.claim} is a claim`);
    assert.ok(counters.has(l.counter), `link counter ${l.counter} exists`);
    assert.notEqual(l.claim, l.counter);
    assert.ok(l.score >= 0 && l.score <= 1, `score ${l.score}`);
    if (l.relation === 'denies') assert.ok(a.denials.some((d) => d.id === l.counter), 'a denies link points at a denial');
    if (l.relation === 'contradicts') assert.ok(claims.has(l.counter), 'a contradicts link points at a claim');
  }
  const pairs = a.links.map((l) => `${l.claim} ${l.relation} ${l.counter}`);
  assert.equal(new Set(pairs).size, pairs.length, 'no link given twice');
}

describe('core links', () => {
  describe('denies: a denial of the same proposition, worded differently', () => {
    it('Iran / Tehran, Russia / Moscow, supplied / delivered', () => {
      const t = 'Officials in Kyiv said Iran had supplied 300 drones to Russia.\n\nTehran denied that it delivered drones to Moscow.';
      const a = run(t);
      assertWellFormed(a);
      const claim = claimByText(a.claims, 'Iran had supplied 300 drones to Russia');
      const denial = byCue(a.denials, 'denied');
      assert.equal(denial.speaker, 'Tehran');
      assert.equal(claim.claimant, 'Officials in Kyiv');
      assert.deepEqual(described(a), [
        ['Iran had supplied 300 drones to Russia', 'denial:denied', 'denies'],
        ['it delivered drones to Moscow', 'denial:denied', 'denies'],
      ]);
      assert.ok(a.links.some((l) => l.claim === claim.id && l.counter === denial.id && l.relation === 'denies'));
    });

    it('a denial naming whose statement it rejects ("the union\'s account") links to that one\'s nearest claim, not the nearest claim', () => {
      const t = 'The dockworkers\' union said the ministry refused to raise wages by 15 percent.\n\nThe ministry said the demands would cost 40 billion naira a year.\n\nMinister Tunde Bakare called the union\'s account a fabrication.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [['the ministry refused to raise wages by 15 percent', 'denial:called the union\'s account a fabrication', 'denies']]);
    });

    it('China / Beijing, Russia / Moscow, shells / weapons; a claim saying "never" agrees with the denial; "the US claims" are the US officials\'', () => {
      const t = 'US officials say China has sent artillery shells to Russia.\n\nBeijing has repeatedly denied supplying weapons to Moscow.\n\n"China has never provided lethal arms to either side," spokesman Wang Lin told reporters.\n\nThe Kremlin dismissed the US claims as "absurd".';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [
        ['China has sent artillery shells to Russia', 'denial:has repeatedly denied', 'denies'],
        ['China has sent artillery shells to Russia', 'China has never provided lethal arms to either side', 'contradicts'],
        ['China has sent artillery shells to Russia', 'denial:dismissed', 'denies'],
        ['supplying weapons to Moscow', 'denial:has repeatedly denied', 'denies'],
      ]);
    });

    // a denial in an appositive after the report it denies ("..., a claim Tehran has denied"): its target is the report's content
    for (const [t, claim, cue] of [
      ['Western officials say Iran has supplied drones to Russia, a claim Tehran has repeatedly denied.', 'Iran has supplied drones to Russia', 'has repeatedly denied'],
      ['Ukraine says Russian forces shelled the power plant, which Moscow denies.', 'Russian forces shelled the power plant', 'denies'],
    ] as const) {
      it(`in one sentence: ${JSON.stringify(t)}`, () => {
        const a = run(t);
        assertWellFormed(a);
        assert.deepEqual(described(a), [[claim, `denial:${cue}`, 'denies']]);
      });
    }

    it('Iran / Tehran, Russia / the Kremlin, gave / delivered', () => {
      const t = 'Senator Paul Grant said Iran gave missiles to Russia in August.\n\nThe Iranian foreign ministry denied that Tehran had delivered missiles to the Kremlin.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [
        ['Iran gave missiles to Russia in August', 'denial:denied', 'denies'],
        ['Tehran had delivered missiles to the Kremlin', 'denial:denied', 'denies'],
      ]);
    });

    it('Iranian / the Islamic Republic, delivered / gave, Russia / the Kremlin', () => {
      const t = 'Western officials said Iranian drones were delivered to Russia last year.\n\nThe Islamic Republic denied that it gave drones to the Kremlin.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [
        ['Iranian drones were delivered to Russia last year', 'denial:denied', 'denies'],
        ['it gave drones to the Kremlin', 'denial:denied', 'denies'],
      ]);
    });

    it('Russian / Moscow, Iranian / Tehran, Russian forces / the Kremlin', () => {
      const t = 'Ukrainian officials said Russian forces used Iranian drones in Kyiv.\n\nThe Kremlin denied that Moscow had used drones from Tehran.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [
        ['Russian forces used Iranian drones in Kyiv', 'denial:denied', 'denies'],
        ['Moscow had used drones from Tehran', 'denial:denied', 'denies'],
      ]);
      assert.equal(byCue(a.denials, 'denied').speaker, 'Kremlin');
    });

    it('no link to a denial about something else', () => {
      const t = 'Mayor Lena Ortiz said the new bridge will cost 40 million euros.\n\nThe ministry denied that the army used cluster bombs in the north.';
      const a = run(t);
      assertWellFormed(a);
      const bridge = claimByText(a.claims, 'the new bridge will cost 40 million euros');
      assert.ok(!a.links.some((l) => l.claim === bridge.id || l.counter === bridge.id), JSON.stringify(described(a)));
      // the denial's own target is linked to it, nothing else
      assert.deepEqual(described(a), [['the army used cluster bombs in the north', 'denial:denied', 'denies']]);
    });

    it('a denial that only names the allegations is linked to the nearest claim before it', () => {
      const t = 'Ortiz said the bridge had cost 40 million euros in 2020.\n\nThe ministry denied the allegations.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['the bridge had cost 40 million euros in 2020', 'denial:denied the allegations', 'denies']]);
    });

    it('... and to nothing when no claim comes before it', () => {
      const t = 'The ministry denied the allegations.\n\nOrtiz said the bridge had cost 40 million euros in 2020.';
      const a = run(t);
      assert.equal(a.denials.length, 1);
      assert.equal(a.claims.length, 1);
      assert.deepEqual(a.links, []);
    });

    it("no link between a denial and the denier's own claim", () => {
      const t = 'Mayor Lena Ortiz said the bridge will cost 40 million euros.\n\nOrtiz later denied that the bridge will cost 40 million euros.';
      const a = run(t);
      assertWellFormed(a);
      const denial = byCue(a.denials, 'later denied');
      assert.equal(denial.speaker, 'Lena Ortiz');
      const own = a.claims.find((c) => c.claimant === 'Lena Ortiz');
      assert.ok(own, 'the mayor\'s claim is listed');
      assert.equal(own.span.text, 'the bridge will cost 40 million euros');
      assert.ok(!a.links.some((l) => l.claim === own.id && l.counter === denial.id), JSON.stringify(a.links));
    });
  });

  describe('contradicts', () => {
    // one contradiction each: [what it shows, text, the claim, the claim that contradicts it]
    for (const [name, t, claim, counter] of [
      ['different figures for the same quantity', 'Mayor Lena Ortiz said the fire destroyed 120 homes.\n\nFire chief Omar Haddad said the fire destroyed 80 homes.', 'the fire destroyed 120 homes', 'the fire destroyed 80 homes'],
      ['a forecast against a rival figure in a quotation that goes on in a new clause', 'Finance Minister Helen Park said the budget deficit would fall to 3.1 percent of GDP next year.\n\n"The deficit will be closer to 4 percent, and everyone in this chamber knows it," Marco Ruiz said.', 'the budget deficit would fall to 3.1 percent of GDP next year', 'The deficit will be closer to 4 percent'],
      ['different figures worded differently: unemployment against joblessness', 'Unemployment in the region fell to 6.2 percent in October, the statistics office said.\n\nThe chamber of commerce said joblessness in the region was 7.9 percent in October.', 'Unemployment in the region fell to 6.2 percent in October', 'joblessness in the region was 7.9 percent in October'],
      ['numbers written out: three injured against seven wounded', 'The mayor said three people were injured in the blast.\n\nHospital staff said seven people were wounded in the blast.', 'three people were injured in the blast', 'seven people were wounded in the blast'],
      ['passed against failed: an inspection', 'Utility director Hana Lund said the plant had passed its most recent inspection in January.\n\nThe national inspectorate said the plant had failed its January inspection because of faults in the filters.', 'the plant had passed its most recent inspection in January', 'the plant had failed its January inspection because of faults in the filters'],
      ['a cut against a fall: "cut crossings by 80 percent" against "crossings fell by 35 percent"', 'Prime Minister Arno Veld insisted that the new fence had cut illegal crossings by 80 percent.\n\nData from the interior ministry show crossings fell by 35 percent over the same period.', 'the new fence had cut illegal crossings by 80 percent', 'crossings fell by 35 percent over the same period'],
    ] as const) {
      it(name, () => {
        const a = run(t);
        assertWellFormed(a);
        assert.deepEqual(described(a), [[claim, counter, 'contradicts']]);
      });
    }

    it('a death toll: 40 against 65', () => {
      const t = 'Officials said 40 people died in the flood.\n\nThe Red Cross said 65 people died in the flood.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['40 people died in the flood', '65 people died in the flood', 'contradicts']]);
      assert.deepEqual(a.claims.map((c) => c.claimant), ['Officials', 'Red Cross']);
    });

    it('a negation: "will close" against "will not close"', () => {
      const t = 'The union said the factory will close in March.\n\nThe owner, Karl Benn, said the factory will not close in March.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['the factory will close in March', 'the factory will not close in March', 'contradicts']]);
    });

    it('"at no point have officers been instructed to" against "officers were told to": a negation reached past "at no point", "told" an order', () => {
      const t = 'Witnesses said police officers were told to stop drivers from the northern district.\n\nA police spokesman said: "At no point have officers been instructed to stop drivers."';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['police officers were told to stop drivers from the northern district', 'At no point have officers been instructed to stop drivers', 'contradicts']]);
    });

    it('an accusation against the accused\'s own denial of the act: "accused Harlan of taking banned substances" against "I have never knowingly taken a banned substance"', () => {
      const t = 'A rival accused Harlan of taking banned substances before the final.\n\n"I have never knowingly taken a banned substance," Harlan said.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['taking banned substances before the final', 'I have never knowingly taken a banned substance', 'contradicts']]);
    });

    it('"deaths in the region had risen to 171" against "recorded 88 deaths in the region": the figure after "risen to" counts the deaths', () => {
      const t = 'The health ministry said on Friday that deaths in the region had risen to 171.\n\nThe Red Cross said it had recorded 88 deaths in the region.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['deaths in the region had risen to 171', 'it had recorded 88 deaths in the region', 'contradicts']]);
    });

    it('"dismissed the complaint" answers the claim of the report whose source is the complaint, past the nearer claims of others', () => {
      const t = 'Senator Linda Carver used more than $80,000 in campaign money to pay for family holidays, according to a complaint filed with the election commission.\n\nThe Campaign Integrity Project said its analysis of spending records showed 14 payments to resorts in Florida.\n\nCarver\'s office dismissed the complaint as a "partisan stunt".';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['Senator Linda Carver used more than $80,000 in campaign money to pay for family holidays', 'denial:dismissed the complaint', 'denies']]);
    });

    it('"denies all the charges" answers the prosecutors\' account of the offence, not the nearer detail from the indictment', () => {
      const t = 'Prosecutors say Marco Reyes, 41, stole $2.3 million from the charity between 2018 and 2022. The money was used to buy a yacht and two flats in Malaga, the indictment says.\n\nReyes denies all the charges.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['Marco Reyes, 41, stole $2.3 million from the charity between 2018 and 2022', 'denial:denies all the charges', 'denies']]);
    });

    it('"has rejected the audit" is a denial of what the audit found, and answers it', () => {
      const t = 'The city auditor found that $4 million had gone missing from the parks budget.\n\nMayor Dana Whitfield has rejected the audit.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(a.attributions.map((x) => x.cue.text), ['found']);
      assert.deepEqual(described(a), [['$4 million had gone missing from the parks budget', 'denial:has rejected the audit', 'denies']]);
    });

    it('the same figure is no contradiction', () => {
      const t = 'The city said 2,000 people attended the rally.\n\nPolice said 2,000 people attended the rally.';
      const a = run(t);
      assert.equal(a.claims.length, 2);
      assert.deepEqual(a.links, []);
    });

    it('figures within a tenth of each other agree: "one in four children" and "27% of children" (but 25% against 40% do not)', () => {
      const agree = run('Ms Quinn said one in four children now lives in poverty.\n\nOfficial figures show 27% of children were living in poverty in 2023.');
      assert.equal(agree.claims.length, 2);
      assert.deepEqual(agree.links, []);
      const differ = run('Ms Quinn said one in four children now lives in poverty.\n\nOfficial figures show 40% of children were living in poverty in 2023.');
      assert.deepEqual(described(differ), [['one in four children now lives in poverty', '40% of children were living in poverty in 2023', 'contradicts']]);
    });

    it('"captured ..., not bought" against "bought"', () => {
      const t = 'Colonel Ivan Sorel said the rebels bought the rifles from smugglers.\n\nMia Kerr, an analyst, said the rebels captured the rifles from the army, not bought them.';
      const a = run(t);
      assertWellFormed(a);
      assert.deepEqual(described(a), [['the rebels bought the rifles from smugglers', 'the rebels captured the rifles from the army, not bought them', 'contradicts']]);
    });

    it('minLinkScore drops weaker links', () => {
      const t = 'Colonel Ivan Sorel said the rebels bought the rifles from smugglers.\n\nMia Kerr, an analyst, said the rebels captured the rifles from the army, not bought them.';
      assert.equal(run(t).links.length, 1);
      assert.deepEqual(run(t, { minLinkScore: 1 }).links, []);
    });
  });

  it('a headline that negates its own words is no claim its denial answers; the report it answers is', () => {
    const a = run('Banksy was not arrested in London\n\nThe street artist Banksy was arrested in London on Monday, a tabloid reported.\n');
    assertWellFormed(a);
    assert.deepEqual(described(a), [['The street artist Banksy was arrested in London on Monday', 'denial:not', 'denies']]);
  });

  it('a heading\'s denial that only names a statement heads what follows: no link to the claim before it', () => {
    const md = '## Power cuts\n\nCrews would work through the night, the grid operator said.\n\n## Minister rejects criticism\n\nThe ferries ran on time.\n';
    const a = analyze(md, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => d.cue.text), ['rejects criticism']);
    assert.deepEqual(described(a), []);
    // in a paragraph it answers the claim before it
    const p = analyze('Crews would work through the night, the grid operator said.\n\nThe minister rejected the criticism.\n', 'plaintext');
    assert.deepEqual(described(p), [['Crews would work through the night', 'denial:rejected the criticism', 'denies']]);
  });

  it('a headline\'s generic denial answers its own headline\'s claim', () => {
    const a = run('Seoul says North Korea sent artillery shells to Russia; Pyongyang denies it\n\nThe shells were shipped by rail.\n');
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [['North Korea sent artillery shells to Russia', 'denial:denies', 'denies']]);
  });

  it('a generic denial of "both" statements answers the two claims before it', () => {
    const t = 'At least 34 people were killed when the dam collapsed, the governor said.\n\nThe emergency service said 21 people had died.\n\nLocal residents disputed both numbers.\n';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [
      ['At least 34 people were killed when the dam collapsed', 'denial:disputed both numbers', 'denies'],
      ['21 people had died', 'denial:disputed both numbers', 'denies'],
    ]);
  });

  it('"the figure is far lower" answers the nearest claim before it that holds a number', () => {
    const t = 'Some 300 civilians were killed in drone strikes last year, according to the rights group Fortify Rights. The military says its pilots target only armed groups and that the figure is far lower.\n';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['is far lower', 'the figure', 'military']]);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [['Some 300 civilians were killed in drone strikes last year', 'denial:is far lower', 'denies']]);
  });

  it('"cost £1.2m, not £2m" contradicts the claim that gave the figure named after "not", with its currency sign', () => {
    const t = 'Opposition councillor Beth Morgan said the council had wasted £2m on a failed IT project.\n\nThe council said the project had cost £1.2m, not £2m.';
    assert.deepEqual(described(run(t)), [['the council had wasted £2m on a failed IT project', 'the project had cost £1.2m, not £2m', 'contradicts']]);
  });

  it('a claim that restates a figure ("the number was closer to 200") contradicts the nearest figure before it', () => {
    const t = 'The ministry said 41 soldiers were killed in the attack on the border post.\n\nRebel commanders said the number was closer to 200.\n\nThe number of deaths in the province rose to 90 in May, the governor said.\n';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [['41 soldiers were killed in the attack on the border post', 'the number was closer to 200', 'contradicts']]);
  });

  it('"the real increase was closer to 800" restates a figure too: a change is a figure\'s noun', () => {
    const t = 'Ward claimed that 2,000 extra doctors had been recruited this year.\n\nThe British Medical Association said the real increase was closer to 800.\n';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [['2,000 extra doctors had been recruited this year', 'the real increase was closer to 800', 'contradicts']]);
  });

  it('a restated figure answers the nearest claim that counts the same thing ("the death toll" -> killed, not wounded), and counts in words', () => {
    const t = 'Artillery fire killed at least 14 civilians overnight, governor Oleh Marchuk said. He said 31 people had been wounded.\n\nA spokesman, Colonel Ivan Drach, said the death toll was no higher than four.\n';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [['Artillery fire killed at least 14 civilians overnight', 'the death toll was no higher than four', 'contradicts']]);
  });

  it('a restated total after an opening adverbial answers the claim that gave the figure named after "not", however far back; a year is no figure', () => {
    const t = [
      'Opposition MP Karin Holt claimed on Tuesday that the subsidy costs taxpayers 2 billion kroner a year.',
      '',
      'The energy ministry said the scheme paid out 710 million kroner in 2024.',
      '',
      "Holt's office said she had included planned spending for 2025.",
      '',
      'Even so, the combined total comes to 1.8 billion, not 2 billion.',
      '',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [['the subsidy costs taxpayers 2 billion kroner a year', 'Even so, the combined total comes to 1.8 billion, not 2 billion', 'contradicts']]);
    // without the figure named, the nearest claim with a figure, not the one with only a year
    const b = run(t.replace(', not 2 billion.', ' kroner, the auditors said.'));
    assert.deepEqual(described(b), [['the scheme paid out 710 million kroner in 2024', 'Even so, the combined total comes to 1.8 billion kroner', 'contradicts']]);
  });

  it('"flipped votes" and "changed votes" are one concept (alter), so "no evidence that any voting machine changed votes" denies it', () => {
    const t = 'Paul Brenner has alleged that voting machines in two precincts flipped votes to his rival.\n\nThere is no evidence that any voting machine in the county changed votes, the secretary of state said.\n';
    const a = run(t);
    assert.deepEqual(described(a), [
      ['voting machines in two precincts flipped votes to his rival', 'denial:There is no evidence', 'denies'],
      ['any voting machine in the county changed votes', 'denial:There is no evidence', 'denies'],
    ]);
  });

  it('a past event told in the first person and the passive is a claim ("Our valuations were reviewed every quarter"), which the auditor\'s "did not review" contradicts', () => {
    const t = '"Our valuations were reviewed every quarter by an independent auditor," a company spokeswoman, Nina Aune, said.\n\nThe auditor, Berg & Lie, said it had resigned in January and "did not review" the valuations for the final two quarters of 2025.\n';
    const a = run(t);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
      ['Our valuations were reviewed every quarter by an independent auditor', 'Nina Aune'],
      ['it had resigned in January and "did not review" the valuations for the final two quarters of 2025', 'Berg & Lie'],
    ]);
    assert.deepEqual(described(a).map((l) => l[2]), ['contradicts']);
    // ("We were supposed to see ...": an expectation, no event; the first person still weighs)
    assert.deepEqual(run('"We were supposed to see what works," Tolman said.').claims, []);
  });

  it('"dismissed the findings" answers the nearest claim a study makes, not a critic\'s nearer one; "A study published on Wednesday in the Journal of X" is the source', () => {
    const t = [
      'A study published on Wednesday in the Journal of Nordic Nutrition found that adults who drank two cans of diet soda a day were 30 percent more likely to report memory problems.',
      '',
      '"The sample was small and the memory tests were self-reported," said Professor Ola Nygaard, an epidemiologist.',
      '',
      'The beverage industry group Drinks Norway dismissed the findings as "scaremongering".',
      '',
    ].join('\n');
    const a = run(t);
    assert.equal(a.attributions[0].source?.text, 'A study published on Wednesday in the Journal of Nordic Nutrition');
    assert.deepEqual(described(a), [['adults who drank two cans of diet soda a day were 30 percent more likely to report memory problems', 'denial:dismissed the findings', 'denies']]);
  });

  it('"The £240 figure is simply not true" names the figure it denies: it answers the claim that gave £240, past a nearer claim with another number, and is no claim of its own', () => {
    const t = [
      'Energy Minister Harriet Calloway said the average household would pay £240 less for gas and electricity this winter.',
      '',
      'An analysis of regulator data by the consumer group Fair Power found that a typical household will pay £1,812 this winter.',
      '',
      '"The £240 figure is simply not true for most people," said Gwen Ashdown, the group\'s director of policy.',
      '',
    ].join('\n');
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['is simply not true', 'The £240 figure', 'Gwen Ashdown']]);
    assert.ok(!a.claims.some((c) => c.span.text === 'The £240 figure'));
    assert.deepEqual(described(a).filter((x) => x[2] === 'denies'), [['the average household would pay £240 less for gas and electricity this winter', 'denial:is simply not true', 'denies']]);
  });

  it('"the casualty figures were grossly inflated" names a figure: it answers the nearest claim with a number', () => {
    const t = 'Governor Oleh Marchuk said 31 people had been wounded in the shelling.\n\nThe army said the casualty figures were "grossly inflated".\n';
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['were "grossly inflated"', 'the casualty figures']]);
    assert.deepEqual(a.claims.map((c) => c.span.text), ['31 people had been wounded in the shelling']);
    assert.deepEqual(described(a), [['31 people had been wounded in the shelling', 'denial:were "grossly inflated"', 'denies']]);
  });

  it('"He denied the accusations against him" answers the claim before it, and "he" is not the prosecutors', () => {
    const t = 'Prosecutors said the mayor took bribes from a harbour contractor.\n\nHe denied the accusations against him.\n';
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.target?.text, d.speaker]), [['the accusations against him', null]]);
    assert.deepEqual(described(a), [['the mayor took bribes from a harbour contractor', 'denial:denied the accusations', 'denies']]);
  });

  it('a verdict line that an explanation follows in its paragraph ("**Verdict: Misleading.** The subsidy costs less than Holt said") denies the claim checked, given first; "than Holt said" reports no words', () => {
    const t = [
      'Opposition MP Karin Holt claimed on Tuesday that the subsidy costs taxpayers 2 billion kroner a year.',
      '',
      'A study by the Institute for Energy Research found that each heat pump cut electricity use by 28 percent.',
      '',
      '**Verdict: Misleading.** The subsidy costs less than Holt said, and the evidence points to real savings.',
      '',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source, d.target]), [['Misleading', null, null]]);
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker, x.content?.text]), [
      ['claimed', 'Karin Holt', 'the subsidy costs taxpayers 2 billion kroner a year'],
      ['found', 'Institute for Energy Research', 'each heat pump cut electricity use by 28 percent'],
      ['said', 'Karin Holt', undefined],
    ]);
    // (the claim checked, given first, not the explanation nearest the verdict)
    assert.deepEqual(described(a), [['the subsidy costs taxpayers 2 billion kroner a year', 'denial:Misleading', 'denies']]);
  });

  it('a named speaker\'s denial answers the article\'s own statement only when it matches closely', () => {
    const t = [
      'The ministry denied that any payment had been made for the bridge.',
      '',
      'The bridge is expected to cost 1.1 billion euros, of which the European Union would pay about half.',
      '',
      'Two officers shot Jonas Berg, 24, near Halden station on Tuesday.',
      '',
      'The police chief denied that two officers shot Jonas Berg near Halden station.',
      '',
    ].join('\n');
    const a = analyze(t, 'plaintext');
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => !l[0].startsWith('any payment') && !l[0].startsWith('two officers shot')), [
      ['Two officers shot Jonas Berg, 24, near Halden station on Tuesday', 'denial:denied', 'denies'],
    ]);
  });

  it('a denial of reports answers the claims of the nearest report of another speaker, before or after it', () => {
    const t = [
      'Coach Tomas Ibarra on Sunday denied reports of a rift with his captain.',
      '',
      'The Halden Post reported on Saturday that the two men had argued in the dressing room after the derby, and that the captain had asked to leave in January.',
      '',
      'The club said in a statement that the captain remains an important part of the squad.',
      '',
    ].join('\n');
    const a = analyze(t, 'plaintext');
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:denied reports').sort(), [
      ['a rift with his captain', 'denial:denied reports', 'denies'],
      ['the captain had asked to leave in January', 'denial:denied reports', 'denies'],
      ['the two men had argued in the dressing room after the derby', 'denial:denied reports', 'denies'],
    ]);
  });

  it('"The figure being circulated is simply wrong" answers the figure already disputed, not the denier\'s own', () => {
    const t = [
      'Halden Water on Tuesday denied claims by campaigners that sewage was discharged into the river on more than 300 days last year, saying its monitors recorded spills on 112 days.',
      '',
      '"The figure being circulated is simply wrong," said the company\'s operations director, Helen Okoro.',
      '',
      'Campaign group Clean Avon said its volunteers had logged discharges at six outfalls on 318 days.',
      '',
    ].join('\n');
    const a = analyze(t, 'plaintext');
    assertWellFormed(a);
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Halden Water', 'Helen Okoro', 'Clean Avon']);
    assert.deepEqual(described(a), [
      ['sewage was discharged into the river on more than 300 days last year', 'denial:denied claims', 'denies'],
      // (the reason the company gives for its denial: forty-seventh session)
      ['sewage was discharged into the river on more than 300 days last year', 'its monitors recorded spills on 112 days', 'contradicts'],
      ['sewage was discharged into the river on more than 300 days last year', 'denial:is simply wrong', 'denies'],
      // ("spills" and "discharges" are one concept: two figures for one count)
      ['its monitors recorded spills on 112 days', 'its volunteers had logged discharges at six outfalls on 318 days', 'contradicts'],
    ]);
  });

  it('"The commission\'s number is a fantasy" names the statement it denies: a body\'s by its common noun, its figure', () => {
    const t = 'The election commission said turnout was 71%, the highest since independence.\n\n"The commission\'s number is a fantasy," said opposition leader Arman Tevosyan.';
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['is a fantasy', "The commission's number", 'Arman Tevosyan']]);
    assert.deepEqual(described(a), [['turnout was 71%, the highest since independence', 'denial:is a fantasy', 'denies']]);
  });

  it('"Maria\'s numbers are wrong" names the statement it denies: the nearest claim of Maria\'s', () => {
    const t = 'Councillor Maria Lopez said closing Hillside Primary would save the council 1.2 million crowns a year.\n\n"Maria\'s numbers are wrong," Jane Whitfield said.\n';
    const a = analyze(t, 'plaintext');
    assertWellFormed(a);
    assert.deepEqual(described(a), [['closing Hillside Primary would save the council 1.2 million crowns a year', 'denial:are wrong', 'denies']]);
  });

  it('"rejected that reading" answers the nearest claim of another speaker', () => {
    const t = 'Analysts at Nordbank said the profit was flattered by a one-off gain of 40 million crowns.\n\nA spokesman for Fjordbygg rejected that reading.\n';
    const a = analyze(t, 'plaintext');
    assertWellFormed(a);
    assert.deepEqual(described(a), [['the profit was flattered by a one-off gain of 40 million crowns', 'denial:rejected that reading', 'denies']]);
  });

  it('a closing verdict answers the claim the article already called false ("The claim is false."), not the source\'s figures after it', () => {
    const t = [
      'A video viewed 2 million times on TikTok claims that drinking seawater cures dehydration.',
      '',
      'The claim is false. According to the World Health Organization, adults lose about 2.5 litres of water a day and seawater holds 35 grams of salt per litre.',
      '',
      '**Verdict:** False.',
      '',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['is false', 'The claim'], ['False', undefined]]);
    assert.deepEqual(described(a), [
      ['drinking seawater cures dehydration', 'denial:is false', 'denies'],
      ['drinking seawater cures dehydration', 'denial:False', 'denies'],
    ]);
  });

  it('a fact check of "**Claim:**" and "**Fact:**" paragraphs: each verdict answers the nearest claim a "Claim:" label names, not the figures between', () => {
    const t = [
      '**Claim:** Senator Ana Ruiz said the unemployment rate "has doubled since the governor took office."',
      '',
      "**Fact:** That's false. The rate was 4.2 percent in January 2023 and 4.6 percent in October, according to the state labour office.",
      '',
      '**Claim:** Ruiz said crime "is at a record high."',
      '',
      '**Fact:** Misleading. Reported crime rose 8 percent last year but remains below its 2015 peak, police data show.',
      '',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [
      ['the unemployment rate "has doubled since the governor took office."', "denial:'s false", 'denies'],
      ['crime "is at a record high."', 'denial:Misleading', 'denies'],
    ]);
  });

  it('a fact check\'s list: a quoted claim opening an item is the claim its "Verdict: False." or "Misleading." denies', () => {
    const t = [
      '# Five viral claims, checked',
      '',
      '1. **"The dam was opened on purpose to save the city."** The regional water authority said no gates were opened before the flood peaked. *Verdict: False.*',
      '2. **"Insurance will not cover flood damage."** Misleading. Most home policies cover flooding, according to the Association of Insurers.',
      '',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source, d.target]), [['False', null, null], ['Misleading', null, null]]);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [
      ['The dam was opened on purpose to save the city', 'denial:False', 'denies'],
      ['Insurance will not cover flood damage', 'denial:Misleading', 'denies'],
    ]);
  });

  it('"denied the charge" answers the nearest claim that charges someone, and its source is the sentence\'s subject', () => {
    const t = [
      'Man charged over warehouse fire that injured three firefighters',
      '',
      'A 34-year-old man has been charged with arson after a fire destroyed a warehouse in Drammen, police said on Monday.',
      '',
      'Three firefighters were treated in hospital for smoke inhalation, according to the fire service.',
      '',
      'The man, whom police did not name, appeared in court on Monday and denied the charge.',
      '',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(a.attributions.map((x) => x.cue.text), ['said', 'according to']);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.speaker]), [['denied the charge', 'The man', 'man']]);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [
      ['A 34-year-old man has been charged with arson after a fire destroyed a warehouse in Drammen', 'denial:denied the charge', 'denies'],
    ]);
  });

  it('a charge denied in court ("denies 14 counts of fraud", "The 24-year-old denies murder") answers what the prosecution alleges', () => {
    const t = [
      'Prosecutors allege that Graham Whitby transferred the money into accounts he controlled.',
      '',
      'Prosecutor Anna Lowe KC told the jury that Whitby had "treated the charity\'s bank account as his own".',
      '',
      'Whitby denies 14 counts of fraud by abuse of position.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text, d.speaker]), [['denies', 'Whitby', '14 counts of fraud by abuse of position', 'Graham Whitby']]);
    assert.deepEqual(described(a), [['Graham Whitby transferred the money into accounts he controlled', 'denial:denies', 'denies']]);
    assert.deepEqual(run('The 24-year-old denies murder and will stand trial in March.').denials.map((d) => [d.source?.text, d.target?.text]), [['The 24-year-old', 'murder']]);
    // (an offence that qualifies a statement's noun is no proposition: "pleads not guilty to fraud charges" names the charges)
    assert.deepEqual(run('Former bank chief pleads not guilty to fraud charges').denials.map((d) => [d.cue.text, d.target?.text]), [['pleads not guilty to fraud charges', 'fraud charges']]);
  });

  it('"claimed to find a link between phone masts and headaches" and "no evidence that phone masts cause headaches or any other symptoms": a link is a cause, "other" no concept', () => {
    const t = [
      'A journal has retracted a 2021 study that claimed to find a link between 5G phone masts and headaches.',
      '',
      'Large studies had found no evidence that phone masts cause headaches or any other symptoms, Professor Anna Lund said.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:no evidence'), [
      ['to find a link between 5G phone masts and headaches', 'denial:no evidence', 'denies'],
      ['phone masts cause headaches or any other symptoms', 'denial:no evidence', 'denies'],
    ]);
  });

  it('"a fall of only 4%" against "bills would fall by about 10%": a change and its figure answers the nearest claim in its unit', () => {
    const t = [
      'Centrica said household bills would fall by about 10% when the price cap is next revised in April.',
      '',
      'But analysts at Cornwall Insight forecast a fall of only 4%, citing rising wholesale gas prices.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [['household bills would fall by about 10% when the price cap is next revised in April', 'a fall of only 4%', 'contradicts']]);
  });

  it('"not only" negates nothing: "Not only are they supporting Clinton" does not contradict a claim about supporting her', () => {
    const t = 'Party officials said the establishment was closely aligned with Hillary Clinton and supporting her.\n\n"Not only are they supporting Clinton, they are funding her," Mark Longabaugh said.';
    assert.deepEqual(described(run(t)).filter((l) => l[2] === 'contradicts'), []);
  });

  it('a generic denial answers no claim of the denier\'s own side: "disputed by the GMB union" answers the company, not "Union figures"', () => {
    const t = [
      'Steelmaker Ardent Metals says it employs 5,000 people at its Redcar plant. Union figures put the number at 3,200.',
      '',
      'The company\'s figure was disputed by the GMB union.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['it employs 5,000 people at its Redcar plant', 'the number at 3,200', 'contradicts'],
      ['it employs 5,000 people at its Redcar plant', 'denial:was disputed', 'denies'],
    ]);
  });

  it('another figure for the same change contradicts though one claim opens with the evidence that shows it: "its own counts showed traffic had fallen by only 8%"', () => {
    const t = [
      'Traffic on Mill Road has fallen by 33% since the new cycle lanes opened in June, the city council said.',
      '',
      'The traders\' association said its own counts, taken over two weeks in September, showed traffic had fallen by only 8%.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['Traffic on Mill Road has fallen by 33% since the new cycle lanes opened in June', 'its own counts, taken over two weeks in September, showed traffic had fallen by only 8%', 'contradicts'],
    ]);
  });

  it('"the count" is what was counted: "denied that the count had been taken during the holidays" answers "The council counted cars ... in the school holidays"', () => {
    const t = [
      '"The council counted cars on one day in the school holidays," said the association\'s chair, Kevin Doyle.',
      '',
      'A council spokesman denied that the count had been taken during the holidays.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['The council counted cars on one day in the school holidays', 'denial:denied', 'denies'],
      ['the count had been taken during the holidays', 'denial:denied', 'denies'],
    ]);
  });

  it('a figure "put at" a number contradicts the nearest claim that counts its kind or in its unit: crowds, journeys', () => {
    const t = [
      'Organisers said more than 20,000 people took part. Police estimated the crowd at about 6,000.',
      '',
      'Campaigners say the nearest unit is a 75-minute drive away. The health board puts the journey at 50 minutes.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['more than 20,000 people took part', 'the crowd at about 6,000', 'contradicts'],
      ['the nearest unit is a 75-minute drive away', 'the journey at 50 minutes', 'contradicts'],
    ]);
    // (nothing in its unit, no link: "the journey at 50 minutes" does not answer a count of people)
    assert.deepEqual(described(run('Organisers said more than 20,000 people took part. The health board puts the journey at 50 minutes.')), []);
  });

  it('a retraction answers its own speaker\'s claim: "has walked back her claim that X" and her "We have cut violent crime in half"', () => {
    const t = [
      'Speaking on Sunday, Petra Lindholm said: "We have cut violent crime in half in four years."',
      '',
      'On Tuesday Lindholm walked back her claim that violent crime had halved.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['We have cut violent crime in half in four years', 'denial:walked back her claim', 'denies'],
      ['violent crime had halved', 'denial:walked back her claim', 'denies'],
    ]);
  });

  it('a target of one concept after a pronoun answers the nearest claim before with the concept: "denied that she had been warned"', () => {
    const t = [
      'Council member Luis Ortega said the mayor had been warned about rising costs as early as last spring.',
      '',
      'A spokesman said the first estimate reached the mayor in November.',
      '',
      'Ellwood\'s office denied that she had been warned.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:denied'), [
      ['the mayor had been warned about rising costs as early as last spring', 'denial:denied', 'denies'],
      ['she had been warned', 'denial:denied', 'denies'],
    ]);
    // (not a claim of the denier's own, and not one that negates it)
    assert.deepEqual(described(run('Ellwood said she had not been warned.\n\nEllwood denied that she had been warned.')).filter((l) => l[0] !== 'she had been warned'), []);
  });

  it('a target whose subject points back by "such" answers the nearest claim before with its noun\'s concept: "denied that any such instruction had been given"', () => {
    const t = [
      'The opposition\'s spokesman, Owen Price, claimed that the exam boards had been told to mark more generously.',
      '',
      'The regulator denied that any such instruction had been given.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['the exam boards had been told to mark more generously', 'denial:denied', 'denies'],
      ['any such instruction had been given', 'denial:denied', 'denies'],
    ]);
    // (not a claim without the noun's concept)
    assert.deepEqual(described(run('Owen Price claimed that the exam boards had marked more generously.\n\nThe regulator denied that any such instruction had been given.')).filter((l) => l[0] !== 'any such instruction had been given'), []);
  });

  it('"said the claims were without merit" answers the nearest claim reported as claimed or alleged, past a quotation between', () => {
    const t = [
      'The lawsuit, filed on Monday, claims that internal tests showed nitrate levels above the legal limit on 37 occasions.',
      '',
      '"Nobody from the company has even apologised to the 200 families," said Claire Dobson.',
      '',
      'Southmere Water said the claims were "without merit".',
    ].join('\n');
    const a = run(t);
    assert.deepEqual(described(a), [['internal tests showed nitrate levels above the legal limit on 37 occasions', 'denial:were "without merit"', 'denies']]);
  });

  it('"has denied any wrongdoing" answers the nearest claim that accuses, paragraphs back, and no claim when none accuses', () => {
    const t = [
      'A former treasurer has pleaded not guilty to embezzling charity funds.',
      '',
      'Prosecutors alleged that Gerald Hume had transferred donations into a personal account.',
      '',
      '"This was a calculated deception," prosecutor Anna Whitlock told the jury.',
      '',
      'The charity\'s chair, Linda Moss, said no board meeting ever approved the payments.',
      '',
      'Hume has denied any wrongdoing.',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]).at(-1), ['has denied', 'any wrongdoing', 'Gerald Hume']);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:has denied'), [['Gerald Hume had transferred donations into a personal account', 'denial:has denied', 'denies']]);
    // (no claim accuses: no link, and "any wrongdoing" is no claim of its own)
    const b = run('The chief executive resigned on Friday after an audit found that 2.3 million euros were missing.\n\nIn his letter, Hale denied any wrongdoing.');
    assert.deepEqual(described(b), []);
    assert.deepEqual(b.claims.map((c) => c.span.text).filter((x) => x.includes('wrongdoing')), []);
  });

  it('"rejected the accusation" answers the claim of the nearest report whose cue accuses, not the quotation after it', () => {
    const t = [
      'Its chair, Brian Holt, said that car journeys had become 12 minutes longer, and accused the council of "cherry-picking" data from quiet weeks.',
      '',
      '"The mayor is measuring the one thing that improved," Holt said.',
      '',
      'A council spokesperson rejected the accusation, saying the data covered every weekday since March.',
      '',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [
      ['"cherry-picking" data from quiet weeks', 'denial:rejected the accusation', 'denies'],
    ]);
  });

  it('an accusation with no figure or name ("accused the minister of "deliberately painting a false picture"") is a claim, and "the accusation was nonsense" answers it', () => {
    const t = [
      'Opposition spokesman Daniel Frey accused the minister of "deliberately painting a false picture".',
      '',
      'The minister told reporters outside parliament that the accusation was "nonsense".',
      '',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [['deliberately painting a false picture', 'Daniel Frey', 0.55]]);
    assert.deepEqual(described(a), [['deliberately painting a false picture', 'denial:was "nonsense"', 'denies']]);
  });

  it('a headline\'s generic denial with no claim of its own answers the first claim someone makes after it', () => {
    const t = [
      "Senator's viral claim about migrant crime is wrong, police data show",
      '',
      'Senator Mark Tully posted on X on Sunday that "crime committed by migrants has tripled since 2020" in the state.',
      '',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [['"crime committed by migrants has tripled since 2020" in the state', 'denial:is wrong', 'denies']]);
    // (in a heading of Markdown as well; not a claim three paragraphs on)
    const md = analyze(`# ${t.replace('\n\n', '\n\nThe state police published figures.\n\nThey cover 2020 to 2024.\n\nArrests are counted by nationality.\n\n')}`, 'markdown');
    assert.deepEqual(md.links, []);
  });

  it('a myth-busting list: "## Myth 1: \\"X\\"" denies X (its claim, labelled, no one\'s), and "**False.**" opening the next paragraph answers it too', () => {
    const t = [
      '## Myth 1: "Households will be fined £100 for putting the wrong item in a bin"',
      '',
      '**False.** The council said fines apply only to repeated fly-tipping.',
      '',
      '## Myth 2: "Glass collections are ending"',
      '',
      'The council has published its schedule for 2026 online.',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text ?? null]), [
      ['Myth', '"Households will be fined £100 for putting the wrong item in a bin"'], ['False', null], ['Myth', '"Glass collections are ending"'],
    ]);
    assert.deepEqual(a.claims.filter((c) => c.claimant === null).map((c) => c.span.text).slice(0, 2), ['Households will be fined £100 for putting the wrong item in a bin', 'Glass collections are ending']);
    assert.deepEqual(described(a), [
      ['Households will be fined £100 for putting the wrong item in a bin', 'denial:Myth', 'denies'],
      ['Households will be fined £100 for putting the wrong item in a bin', 'denial:False', 'denies'],
      ['Glass collections are ending', 'denial:Myth', 'denies'],
    ]);
  });

  it('a "Claim 1:" label\'s quotation is the claim without its marks; a rating opening the next paragraph answers it', () => {
    const t = '## Claim 1: "The council will fine households £100 for a wrong bin"\n\n**Misleading.** Fines apply only to repeated fly-tipping.';
    const a = analyze(t, 'markdown');
    assert.deepEqual(described(a), [['The council will fine households £100 for a wrong bin', 'denial:Misleading', 'denies']]);
  });

  it('a fact check in numbered sections whose headings are no claims: each verdict answers the first claim someone makes under its own heading', () => {
    const t = [
      '# Four claims about the new tram line, checked',
      '',
      '## 1. Journey times',
      '',
      'Transport secretary Helen Brodie told a rally last week that the line would cut the journey time between Carrick and Dunmere in half.',
      '',
      '**Verdict: Mostly true.** The timetable shows a journey of 41 minutes, down from 74.',
      '',
      '## 2. The cost',
      '',
      'Opposition leader Marcus Fenn has repeatedly said the project will cost every household in the region £2,000.',
      '',
      '**Verdict: False.** The figure divides the whole budget of £3.1 billion by the number of households.',
      '',
      '## 3. Homes',
      '',
      'Brodie\'s deputy, Simon Achterberg, insisted in a radio interview that not a single home would be demolished to build the line.',
      '',
      '**Verdict: False.** Planning documents list 23 homes on the route that are due to be demolished.',
      '',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    assert.deepEqual(described(a).filter((l) => l[1].startsWith('denial:')), [
      ['the project will cost every household in the region £2,000', 'denial:False', 'denies'],
      ['not a single home would be demolished to build the line', 'denial:False', 'denies'],
    ]);
  });

  it('a fact check in sections: each heading that is one quotation is the claim its section\'s verdict judges', () => {
    const t = [
      '# Fact-checking the mayoral debate',
      '',
      '## "Crime has fallen every year I have been in office"',
      '',
      'Okonjo said crime had fallen in each of her four years as mayor. Police figures show recorded crime rose by 3% in 2023.',
      '',
      '**Verdict: Mostly false.**',
      '',
      '## "The city has lost 10,000 jobs"',
      '',
      'Hale claimed that the city had lost 10,000 jobs since Okonjo took office.',
      '',
      'Manufacturing employment did fall, but by 2,400, not 10,000.',
      '',
      '**Verdict: False.**',
      '',
    ].join('\n');
    const a = analyze(t, 'markdown');
    assertWellFormed(a);
    const checked = a.claims.filter((c) => c.checkworthiness === 0.9 && c.claimant === null).map((c) => c.span.text);
    assert.deepEqual(checked, ['Crime has fallen every year I have been in office', 'The city has lost 10,000 jobs']);
    assert.deepEqual(described(a).filter((l) => l[1].startsWith('denial:')), [
      ['Crime has fallen every year I have been in office', 'denial:Mostly false', 'denies'],
      ['The city has lost 10,000 jobs', 'denial:False', 'denies'],
    ]);
    // ("but by 2,400, not 10,000": the claim that gave the figure named after "not")
    assert.deepEqual(described(a).filter((l) => l[1] === 'Manufacturing employment did fall, but by 2,400, not 10,000'), [
      ['the city had lost 10,000 jobs since Okonjo took office', 'Manufacturing employment did fall, but by 2,400, not 10,000', 'contradicts'],
    ]);
  });

  it('"denied rumours that X" answers the claims of the nearest report as "denied reports" does; its target ends before ", after" and a clause', () => {
    const t = [
      'Representatives for pop singer Lara Moon have denied rumours that she is retiring from music, after a cryptic post on Sunday sparked speculation among fans.',
      '',
      'Several entertainment websites reported that Moon, 29, had told friends she planned to step away from the industry.',
      '',
    ].join('\n');
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['she is retiring from music']);
    assert.deepEqual(described(a), [
      ['she is retiring from music', 'denial:have denied rumours', 'denies'],
      ['Moon, 29, had told friends she planned to step away from the industry', 'denial:have denied rumours', 'denies'],
    ]);
  });

  it('a link two rules find ("The report is pure speculation." after the report, and as a report\'s generic denial) is given once', () => {
    const t = 'The Daily Courier reported on Monday that the mayor\'s office had spent 2 million dollars on a new fleet of cars.\n\n"The report is pure speculation," a spokesman for the mayor said.';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [["the mayor's office had spent 2 million dollars on a new fleet of cars", 'denial:is pure speculation', 'denies']]);
    assert.deepEqual(a.links.map((l) => l.score), [0.6]);
  });

  it('no links between unrelated claims', () => {
    const t = 'Mayor Lena Ortiz said the new bridge will cost 40 million euros.\n\nCoach Dan Miller said the team won the league in 2019.\n\nThe city spent 12 million dollars on the stadium in 2023.';
    const a = run(t);
    assert.equal(a.claims.length, 3);
    assert.deepEqual(a.links, []);
  });
});

describe('a fact check\'s numbered "Claim 1:" line', () => {
  it('gives way to a claim just reported as one in the verdict\'s own paragraph', () => {
    const t = '**Claim:** The city sold its harbour for 1 euro.\n\nA post shared on Facebook claims that "the council sold our harbour for a single euro". The claim is false.';
    assert.deepEqual(described(analyze(t, 'markdown')).map((x) => x[0]), ['the council sold our harbour for a single euro']);
  });


  it('is the claim its section\'s "The claim is misleading." answers, not the explanation between', () => {
    const t = 'Claim 1: "Crime has fallen by a third since we took office." — Prime Minister David Lowe\n\nThe Office for National Statistics says overall crime fell by 12% between 2019 and 2024. The claim is misleading.';
    const a = run(t);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant, c.checkworthiness]), [
      ['Crime has fallen by a third since we took office', 'David Lowe', 0.8],
      ['overall crime fell by 12% between 2019 and 2024', 'Office for National Statistics', 1],
    ]);
    // (and the statistics office's 12% contradicts "by a third", 33%)
    assert.deepEqual(described(a), [
      ['Crime has fallen by a third since we took office', 'overall crime fell by 12% between 2019 and 2024', 'contradicts'],
      ['Crime has fallen by a third since we took office', 'denial:is misleading', 'denies'],
    ]);
  });
});

describe('"These allegations" after the accused firm\'s own statement', () => {
  it('answer the allegation its earlier denial named, not the statement between', () => {
    const t = 'A catering company has denied claims that it secretly reduced portion sizes to save money.\n\nFreshPlate said in a statement on Tuesday that portions met national standards and had not changed since 2021. "These allegations are completely without foundation," a spokesperson said.';
    assert.deepEqual(described(run(t)), [
      ['it secretly reduced portion sizes to save money', 'denial:has denied claims', 'denies'],
      ['it secretly reduced portion sizes to save money', 'denial:are completely without foundation', 'denies'],
    ]);
  });
});

describe('"the Chancellor\'s claim"', () => {
  it('is the claim of the source the role names ("The Chancellor, Rachel Moore, said"), not the nearest', () => {
    const t = 'The Chancellor, Rachel Moore, said the figures showed the government\'s plan was working.\n\nThe central bank expects inflation to stay close to its 2% target.\n\nOpposition economists disputed the Chancellor\'s claim.';
    assert.deepEqual(described(run(t)), [["the figures showed the government's plan was working", 'denial:disputed the Chancellor\'s claim', 'denies']]);
  });
});

describe('an evidence report\'s object with its appositives', () => {
  it('"show unemployment at 4.1%, its lowest since 2008, not in 40 years" contradicts "lowest level in 40 years"', () => {
    const t = '"Unemployment is at its lowest level in 40 years," the president said.\n\nOfficial figures show unemployment at 4.1%, its lowest since 2008, not in 40 years.';
    assert.deepEqual(described(run(t)), [['Unemployment is at its lowest level in 40 years', 'unemployment at 4.1%, its lowest since 2008, not in 40 years', 'contradicts']]);
  });
});

describe('"rejected the police estimate"', () => {
  it('is the estimate of the source the noun before it names, not the nearest claim', () => {
    const t = 'Police estimated the crowd at about 12,000.\n\n"Our officers counted the marchers at three points along the route," Chief Inspector Leah Grant said.\n\nMarch organiser Tom Briggs rejected the police estimate as "absurdly low".';
    assert.deepEqual(described(run(t)).filter((x) => x[1].startsWith('denial:rejected')), [['the crowd at about 12,000', 'denial:rejected the police estimate', 'denies']]);
  });
});

describe('"The image is fake"', () => {
  it('answers what the picture was said to show, in the paragraph before', () => {
    const t = 'A picture shared thousands of times on Facebook this week claims to show a shark swimming along a flooded road in Leeds.\n\nThe image is fake. It has circulated online since at least 2011.';
    const a = run(t);
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['claims', 'A picture shared thousands of times on Facebook', 'to show a shark swimming along a flooded road in Leeds']]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['is fake', 'The image']]);
    assert.deepEqual(described(a), [['to show a shark swimming along a flooded road in Leeds', 'denial:is fake', 'denies']]);
  });
});

describe('"disputed the Echo\'s reading of the figures"', () => {
  it('answers the claim of the owner the cue names, not the nearest', () => {
    const t = 'A request by the Bradshaw Echo found that 3,400 of the repairs were temporary patches.\n\nCouncillor Jo Reid said the roads were safer than ever.\n\nThe council disputed the Echo\'s reading of the figures.';
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [["disputed the Echo's reading", 'the figures']]);
    assert.deepEqual(described(a), [['3,400 of the repairs were temporary patches', "denial:disputed the Echo's reading", 'denies']]);
  });
});

describe('"Residents are not so sure"', () => {
  it('answers the claim just before it, in a headline\'s second sentence as in the body', () => {
    // (the headline's own claim, now that its "it has fixed" is one: the council's pronoun telling an act of its own)
    const t = 'Council says it has fixed 10,000 potholes. Residents are not so sure\n\nBradshaw Borough Council said this week that it had repaired 10,000 potholes since April.';
    assert.deepEqual(described(run(t)), [['it has fixed 10,000 potholes', 'denial:are not so sure', 'denies']]);
    const u = 'Bradshaw Borough Council said this week that it had repaired 10,000 potholes since April.\n\nResidents are not so sure.';
    assert.deepEqual(described(run(u)), [['it had repaired 10,000 potholes since April', 'denial:are not so sure', 'denies']]);
  });

  it('reaches back one paragraph only', () => {
    const t = 'Bradshaw Borough Council said this week that it had repaired 10,000 potholes since April.\n\nThe council meets on Tuesday.\n\nThe mayor will attend.\n\nResidents are not so sure.';
    assert.deepEqual(described(run(t)), []);
  });
});

describe('"families dispute council account of flood warnings"', () => {
  it('is a generic denial of the council\'s account: a heading\'s answers the council\'s claim after it, not the nearest', () => {
    const t = '"We were never told": families dispute council account of flood warnings\n\nFamilies in Ashby say they received no warning.\n\nThe council\'s chief executive, Martin Cole, said text alerts were sent to 1,247 homes at 6pm.\n\nThe Environment Agency said its own flood warning was issued at 5:45pm.';
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['dispute council account', 'flood warnings']]);
    assert.deepEqual(described(a).filter((x) => x[1] === 'denial:dispute council account'), [['text alerts were sent to 1,247 homes at 6pm', 'denial:dispute council account', 'denies']]);
  });
  it('a heading\'s with the owner\'s claim before it and none after answers that one, not the denier\'s own after it', () => {
    const t = '# Live\n\n## 14:45 Analysis\n\nThe Institute for Fiscal Studies said the freeze on tax thresholds would drag 1.2 million more people into paying tax.\n\n## 15:02 Treasury rejects IFS figures\n\nA Treasury source said the freeze had been announced by the previous government.';
    const a = analyze(t, 'markdown');
    assert.deepEqual(described(a).filter((x) => x[1] === 'denial:rejects IFS figures'), [['the freeze on tax thresholds would drag 1.2 million more people into paying tax', 'denial:rejects IFS figures', 'denies']]);
  });
});

describe('firms and companies, engines and components', () => {
  it('"Chinese firms had sent drone components to Moscow" is what "rejected accusations that Chinese companies had shipped drone engines to Russia" answers', () => {
    const t = 'Beijing on Friday rejected accusations by Washington that Chinese companies had shipped drone engines and artillery shells to Russia.\n\nUS Secretary of State Marco Rubio said on Thursday that Chinese firms had sent thousands of drone components to Moscow since January.';
    assert.deepEqual(described(run(t)).filter((x) => x[1] === 'denial:rejected accusations').map((x) => x[0]), [
      'Chinese companies had shipped drone engines and artillery shells to Russia',
      'Chinese firms had sent thousands of drone components to Moscow since January',
    ]);
  });
});

describe('a headline\'s "No, X does not Y"', () => {
  it('is not answered by a claim that negates what it speaks of, but is by one that negates something else', () => {
    const t = 'No, vaccines do not contain microchips\n\nNone of the vaccines approved in the UK contains metal or any electronic component, the regulator said.';
    assert.deepEqual(described(run(t)).filter((x) => x[0].startsWith('None')), []);
    const u = 'No, eating raw garlic will not cure a urinary infection\n\nA post claims that eating raw garlic every day cures urinary infections in 48 hours, no antibiotics needed.';
    assert.deepEqual(described(run(u)).filter((x) => x[1] === 'denial:No').map((x) => x[0]), ['eating raw garlic every day cures urinary infections in 48 hours, no antibiotics needed']);
  });

  it('keeps its negated words as the article\'s own statement, not a claim it denies, and no contradiction echoes the denial', () => {
    const u = 'No, eating raw garlic will not cure a urinary infection\n\nA post claims that eating raw garlic every day cures urinary infections in 48 hours, no antibiotics needed.';
    const a = run(u);
    const own = a.claims.find((c) => c.span.text === 'eating raw garlic will not cure a urinary infection');
    assert.ok(own);
    assert.deepEqual([own.claimant, own.deniedBy, own.attribution], [null, undefined, null]);
    assert.deepEqual(described(a), [['eating raw garlic every day cures urinary infections in 48 hours, no antibiotics needed', 'denial:No', 'denies']]);
  });
});

describe('"No, an earthquake did not hit London"', () => {
  it('answers the claims that one struck, which open the sentence with their noun', () => {
    const t = 'No, an earthquake did not hit London on Monday\n\nClaims that an earthquake struck London on Monday afternoon have spread rapidly on X.';
    assert.deepEqual(described(run(t)).map((x) => x[0]), ['an earthquake struck London on Monday afternoon']);
  });
});

describe('"have failed to replicate the result"', () => {
  it('answers the study\'s finding, not the nearest claim', () => {
    const t = 'The study reported that teenagers who used their phones for five hours a day scored 23% lower on memory tests.\n\n"Our findings were sound," the lead author, Dr Marek Nowak, said. "Losing some files does not make the results false."\n\nOther researchers have failed to replicate the result.';
    assert.deepEqual(described(run(t)).filter((x) => x[1].startsWith('denial:have failed')).map((x) => x[0]), ['teenagers who used their phones for five hours a day scored 23% lower on memory tests']);
  });
});

describe('"destroyed 40 of 52 drones"', () => {
  it('counts 40 drones, as "shot down 40 drones" does: no contradiction', () => {
    const t = 'Kyiv says it shot down 40 Russian drones\n\nUkraine\'s air force said on Tuesday it had destroyed 40 of 52 drones launched by Russia overnight.';
    assert.deepEqual(described(run(t)).filter((x) => x[2] === 'contradicts'), []);
  });
  it('"40 of the 52 drones" counts both: it agrees with 40 drones and with 52 drones, and contradicts 45', () => {
    const t = (other: string) => `Kyiv says its air defences shot down ${other}\n\nRussia's defence ministry said all the drones had hit their targets.\n\nUkraine's air force said on Sunday it had shot down 40 of the 52 drones Russia launched overnight.`;
    assert.deepEqual(described(run(t('40 Russian drones'))).filter((x) => x[2] === 'contradicts'), []);
    assert.deepEqual(described(run(t('52 Russian drones'))).filter((x) => x[2] === 'contradicts'), []);
    assert.deepEqual(described(run(t('45 Russian drones'))).filter((x) => x[2] === 'contradicts').map((x) => x[0]), ['its air defences shot down 45 Russian drones']);
  });
});

describe('twenty-ninth session: "halved" against a drop in percent', () => {
  it('a change by a multiple contradicts another claimant\'s change in percent of the same thing', () => {
    const t = 'Mayor Tom Brennan said violent crime in Westbury had halved since 2021.\n\nRecorded violent crime in Westbury fell by 18 percent since 2021, according to police data.';
    assert.deepEqual(described(run(t)).filter((x) => x[2] === 'contradicts').map((x) => x[0]), ['violent crime in Westbury had halved since 2021']);
    const u = t.replace('by 18 percent', 'by 52 percent');
    assert.deepEqual(described(run(u)).filter((x) => x[2] === 'contradicts'), []);
  });
});

describe('twenty-ninth session: a denial of reports after a claim that negates', () => {
  it('answers the press report, not the negation between them, which is a denial of its own', () => {
    const t = 'Several newspapers reported on Sunday that Al-Nasr had agreed a fee with Rovers.\n\n"There has been no bid, and Daniel is not for sale," manager Steve Hollis said.\n\nThe player\'s agent, Marco Ruiz, also denied the reports.';
    assert.deepEqual(described(run(t)), [['Al-Nasr had agreed a fee with Rovers', 'denial:also denied the reports', 'denies']]);
  });
});

describe('a full name mentioned before a surname', () => {
  it('is not a sentence\'s last word and the next sentence\'s first: "against Rubio. Rubio\'s catch phrase"', () => {
    const t = 'Sen. Marco Rubio spoke in Miami.\n\nHe ran against Crist. Crist said the race was over.';
    assert.deepEqual(run(t).attributions.map((x) => x.speaker), ['Crist']);
  });
});

describe('"Her colleague Jane Whitfield disagreed."', () => {
  it('answers the claim just before it', () => {
    const t = 'The minister said pupil numbers had fallen by a third since 2018.\n\nHer colleague Jane Whitfield disagreed.';
    assert.deepEqual(described(run(t)), [['pupil numbers had fallen by a third since 2018', 'denial:disagreed', 'denies']]);
  });
});

describe('"the claim was simply wrong"', () => {
  it('answers the claim reported as one, past the claimant\'s later words; "That claim" answers the one just made', () => {
    const t = 'Councillor Jim Briggs claimed that fares had doubled since Mayor Anna Lowe was elected in 2022.\n\nThe standard fare rose from £1.80 to £2.20.\n\nMr Briggs told us he had been referring to the overall cost of travelling by bus. The mayor\'s office said the claim was "simply wrong".';
    assert.deepEqual(described(run(t)).filter((x) => x[1].startsWith('denial:was')).map((x) => x[0]), ['fares had doubled since Mayor Anna Lowe was elected in 2022']);
    const u = 'Prosecutors allege that Derek Campbell transferred donations into accounts controlled by his wife.\n\nHis lawyer told the court that the payments had been approved by the charity\'s board.\n\nThat claim was rejected by the board\'s former chair.';
    assert.deepEqual(described(run(u)).filter((x) => x[1].startsWith('denial:was rejected')).map((x) => x[0]), ["the payments had been approved by the charity's board"]);
  });
});

describe('twenty-second session: word groups', () => {
  it('"withheld" is "concealed", "outlawed" is "banned", "suspended" goes against "without interruption"', () => {
    const u = 'The regulator accused Clearwater Utilities of concealing test results from inspectors.\n\nThe company denied that any results were withheld.';
    // (the accusation of an act is the regulator's claim, which the denial answers, besides the claim its own target makes)
    assert.deepEqual(described(run(u)).map((x) => x.slice(1)), [['denial:denied', 'denies'], ['denial:denied', 'denies']]);
    assert.deepEqual(described(run(u))[0][0], 'concealing test results from inspectors');
    const v = 'Senator Lucia Bernal alleged that counting had been suspended in Lareno province.\n\n"Tabulation is continuing in all 14 provinces, including Lareno, without interruption," the chairwoman said.';
    assert.deepEqual(described(run(v)), [['counting had been suspended in Lareno province', 'Tabulation is continuing in all 14 provinces, including Lareno, without interruption', 'contradicts']]);
    const w = 'The video claims that the European Union banned the additive in 2022.\n\nThe claim that the additive had been outlawed in Europe is false.';
    assert.deepEqual(described(run(w)).filter((x) => x[0].startsWith('the European Union')), [['the European Union banned the additive in 2022', 'denial:is false', 'denies']]);
  });
});

describe('twenty-fourth session: the number of what a figure "put at" counts', () => {
  it('"put the number of active customers at fewer than 6,000" contradicts "had 11,400 paying customers", not a figure of something else', () => {
    const t = 'Okafor said the company had 11,400 paying customers. Greyhollow put the number of active customers at fewer than 6,000.';
    assert.deepEqual(described(run(t)), [['the company had 11,400 paying customers', 'the number of active customers at fewer than 6,000', 'contradicts']]);
    // (the nearest figure counts something else: "300 staff" is not what the customers' number answers)
    const other = 'Okafor said the company employed 300 staff. Greyhollow put the number of active customers at fewer than 6,000.';
    assert.deepEqual(described(run(other)), []);
  });
});

/** Each link as its claim's text, the relation and its counter's text (a denial by its cue). */
function linkTexts(t: string): Array<Array<string | undefined>> {
  const a = analyze(t, 'plaintext');
  const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text ?? a.denials.find((d) => d.id === id)?.cue.text;
  return a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]);
}

/**
 * Each link as [its claim's text, or its claimant with `who`, and its counter's denial cue], of one relation when given.
 */
function linkPairs(a: Analysis, who = false, relation?: Link['relation']): Array<[string | null | undefined, string | undefined]> {
  return a.links.filter((l) => relation === undefined || l.relation === relation).map((l) => {
    const c = a.claims.find((x) => x.id === l.claim);
    return [who ? c?.claimant : c?.span.text, a.denials.find((d) => d.id === l.counter)?.cue.text];
  });
}

describe('twenty-fifth session: a digest of wire items, each its own story', () => {
  const links = linkTexts;
  it('"rejected the allegation" answers the claim of its own dateline\'s item, not an earlier item\'s', () => {
    const digest = 'World briefs\n\nBRUSSELS - The European Union is preparing to delay a ban on new combustion-engine cars by two years, a source familiar with the matter said on Monday. The European Commission denied that any decision had been taken.\n\nMOSCOW - Russia has received more than 1,000 attack drones from Iran since January, Ukrainian military intelligence said on Monday.\n\nTEHRAN - Iran\'s foreign ministry rejected the allegation as "baseless propaganda".\n';
    // (the Tehran item's allegation is no claim of an earlier item: no link at all)
    assert.deepEqual(links(digest), [['any decision had been taken', 'denies', 'denied']]);
    // (in the Moscow item itself, it answers the drones)
    const joined = digest.replace('.\n\nTEHRAN - Iran\'s foreign ministry rejected', '. Tehran rejected');
    assert.deepEqual(links(joined), [['any decision had been taken', 'denies', 'denied'], ['Russia has received more than 1,000 attack drones from Iran since January', 'denies', 'rejected the allegation']]);
  });
});

describe('twenty-fifth session: a pointer after a denial, a verdict line with more after it', () => {
  const links = linkTexts;
  it('"rejected reports that X. \\"That is completely false,\\" Roche said": "That" is X, not a claim before it', () => {
    const t = 'Federation president Robert Lang said all previous samples had been clean. Torrance\'s camp also rejected reports that she had missed two whereabouts tests earlier in the year. "That is completely false. Mia has never missed a test," Roche said.';
    assert.deepEqual(links(t), [
      ['she had missed two whereabouts tests earlier in the year', 'denies', 'also rejected reports'],
      ['she had missed two whereabouts tests earlier in the year', 'denies', 'is completely false'],
    ]);
  });
  it('"Verdict: False. There is no evidence that X": the sentence after the verdict line denies X too', () => {
    const a = analyze('A post says lemon water cures diabetes in 14 days.\n\nVerdict: False. There is no evidence that lemon water lowers blood sugar.\n', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text ?? null]), [['False', null], ['There is no evidence', 'lemon water lowers blood sugar']]);
  });
});
describe('twenty-seventh session: figures of different actors', () => {
  const links = (t: string) => {
    const a = analyze(t, 'plaintext');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    return a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]);
  };
  it('"Kasich had won 66 delegates" and "Rubio has won 99 delegates" count two things; "Kasich won only 40" contradicts', () => {
    assert.deepEqual(links('Party officials said Kasich had won 66 delegates so far. Rubio has won 99 delegates so far, his campaign said.'), []);
    assert.deepEqual(links('State officials said Kasich had won 66 delegates in Ohio. Kasich won only 40 delegates there, his rivals said.'),
      [['Kasich had won 66 delegates in Ohio', 'contradicts', 'Kasich won only 40 delegates there']]);
  });
});
describe('twenty-seventh session: a figure put at a number of another order', () => {
  it('"Organisers estimated the crowd at 12,000" answers the police\'s 4,000, not "six people had been detained"', () => {
    const t = 'A police spokesman, Jan Kral, confirmed that six people had been briefly detained for identity checks.\n\nOrganisers estimated the crowd at 12,000. Police put the number at about 4,000.';
    const a = analyze(t, 'plaintext');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [['the crowd at 12,000', 'contradicts', 'the number at about 4,000']]);
  });
});
describe('twenty-eighth session: "such plans" after a body\'s denial, told by its spokesman', () => {
  it('"The Kremlin dismissed a report that X. Kremlin spokesman Dmitry Peskov told reporters there were no such plans": both deny X', () => {
    const t = 'Two people were injured, according to the governor.\n\nThe Kremlin also dismissed as "fantasy" a report in a German newspaper that it was preparing a new offensive in the north. Kremlin spokesman Dmitry Peskov told reporters there were no such plans.';
    const a = analyze(t, 'plaintext');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text ?? a.denials.find((d) => d.id === id)?.target?.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [
      ['it was preparing a new offensive in the north', 'denies', 'it was preparing a new offensive in the north'],
      ['it was preparing a new offensive in the north', 'denies', 'such plans'],
    ]);
  });
});
describe('twenty-eighth session: a headline report that negates', () => {
  it('"Streamline says outage was not caused by cyberattack" is Streamline\'s claim, which its own later statement does not contradict', () => {
    const t = 'Streamline says outage was not caused by cyberattack\n\nStreamline said on Monday that the outage was caused by a faulty software update.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
      ['outage was not caused by cyberattack', 'Streamline'],
      ['the outage was caused by a faulty software update', 'Streamline'],
    ]);
    assert.deepEqual(a.links, []);
  });
});
describe('twenty-eighth session: a fact check of a claim shared online', () => {
  it('"A claim that \\"90% ...\\" has been shared" is the claim; "So the 90% figure is wrong" denies it; "the figure came from a 2022 report" contradicts nothing', () => {
    const t = 'A claim that "90% of people crossing the Channel in small boats are men of fighting age" has been shared widely on social media this week.\n\n' +
      'Home Office figures show that 73% of people who arrived by small boat in 2024 were adult men.\n\n' +
      "Mr Tice's office told us the figure came from a 2022 report.\n\nSo the 90% figure is wrong for 2024.";
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text ?? null, x.cue.text, x.content?.text ?? null]), [
      [null, 'claim', '"90% of people crossing the Channel in small boats are men of fighting age"'],
      ['Home Office figures', 'show', '73% of people who arrived by small boat in 2024 were adult men'],
      ["Mr Tice's office", 'told', 'the figure came from a 2022 report'],
    ]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['is wrong', 'the 90% figure']]);
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text ?? `denial:${a.denials.find((d) => d.id === id)?.target?.text}`;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [
      ['90% of people crossing the Channel in small boats are men of fighting age', 'contradicts', '73% of people who arrived by small boat in 2024 were adult men'],
      ['90% of people crossing the Channel in small boats are men of fighting age', 'denies', 'denial:the 90% figure'],
    ]);
  });
});
describe('thirtieth session: a rating short of false', () => {
  it('"That is not quite right either" denies the claim before it; a later verdict still judges the claim the article called wrong first', () => {
    const t = [
      'A video claims that the council "cut 600 bus routes in a single year." The figure is wrong.',
      'Councillor Jane Smith said the council had in fact added three new routes in 2024. That is not quite right either.',
      '**Verdict: False.**',
    ].join('\n\n');
    const a = analyze(t, 'markdown');
    assert.deepEqual(linkPairs(a, false, 'denies'), [
      ['the council "cut 600 bus routes in a single year."', 'is wrong'],
      ['the council "cut 600 bus routes in a single year."', 'False'],
      ['the council had in fact added three new routes in 2024', 'is not quite right'],
    ]);
  });
});
describe('thirtieth session: a body\'s description disputed', () => {
  it('"disputed the police\'s description" answers the claim the police made, not a police watchdog\'s nearer one', () => {
    const t = [
      'Police said an officer fired at a man who was "advancing with a knife" outside a supermarket.',
      'The police watchdog confirmed it had launched an independent investigation.',
      'His sister, Leanne Dorsey, disputed the police\'s description of her brother as "advancing" on the officer.',
    ].join('\n\n');
    const a = analyze(t, 'plaintext');
    assert.deepEqual(linkPairs(a, true), [
      ['Police', "disputed the police's description"],
    ]);
  });
});
describe('thirtieth session: a report of unnamed sources', () => {
  it('"called the report pure speculation" answers what people familiar with the matter told Reuters, not a figure the company reported after', () => {
    const t = [
      'Altmark Motoren is preparing to cut around 3,000 jobs at its plants in Saxony, three people familiar with the matter told Reuters.',
      'An Altmark spokesperson called the report "pure speculation".',
      'Altmark reported a 41% fall in third-quarter operating profit last month.',
    ].join('\n\n');
    const a = analyze(t, 'plaintext');
    assert.deepEqual(linkPairs(a, true), [
      ['three people familiar with the matter', 'called the report "pure speculation"'],
    ]);
  });
});
describe('thirtieth session: "This is misleading." under a heading that quotes a claim', () => {
  it('judges the heading\'s claim, not a figure of the section before', () => {
    const t = [
      '## "More teachers than ever before"',
      'This is **true**, but only just.',
      'The number of pupils per teacher rose from 17.8 in 2015 to 18.4 in 2024, according to the Department for Education.',
      '## "Pay has risen by 15%"',
      'This is **misleading**. Starting salaries have risen by about 15% since 2022.',
    ].join('\n\n');
    const a = analyze(t, 'markdown');
    assert.deepEqual(linkPairs(a), [['Pay has risen by 15%', 'is **misleading**']]);
  });
});
describe('thirtieth session: a heading\'s denial of claims', () => {
  it('"County clerk rejects fraud claims" answers the claim the story says was claimed, not the result reported first', () => {
    const t = [
      'County clerk rejects fraud claims as recount confirms result',
      'A hand recount has confirmed that Sheriff Dale Pruitt lost by 312 votes, county officials said Friday.',
      'Pruitt claimed without evidence that voting machines had "flipped" thousands of votes.',
    ].join('\n\n');
    const a = analyze(t, 'plaintext');
    const heading = a.denials.find((d) => d.cue.text === 'rejects fraud claims');
    assert.deepEqual(a.links.filter((l) => l.counter === heading?.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['voting machines had "flipped" thousands of votes']);
  });
});
describe('thirtieth session: captions that claim', () => {
  it('"shared on X and Facebook with captions claiming it was taken at Heathrow. It was not." links the denial to the captions\' claim', () => {
    const t = 'An image showing aircraft surrounded by floodwater has been shared widely on X and Facebook with captions claiming it was taken at Heathrow Airport on Monday. It was not.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['claiming', 'captions', 'it was taken at Heathrow Airport on Monday']]);
    assert.deepEqual(linkPairs(a, true), [['captions', 'was not']]);
  });
});
describe('thirtieth session: a body\'s forecast rejected by its initials', () => {
  it('"rejected the BRC\'s forecast" answers what the British Retail Consortium forecast, not its nearer blame', () => {
    const t = 'The British Retail Consortium warned that food inflation could reach 6% by the spring, blaming higher employer national insurance contributions and packaging levies. The Treasury rejected the BRC\'s forecast as "speculative".';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['British Retail Consortium', 'British Retail Consortium']);
    assert.deepEqual(linkPairs(a), [['food inflation could reach 6% by the spring', "rejected the BRC's forecast"]]);
  });
});
describe('thirty-first session: "the mayor\'s claim" of a person the text calls the mayor', () => {
  it('answers what she claimed, named "the mayor of Northgate, Rachel Adeyemi" in a sentence whose source is "she", before her later words', () => {
    const t = [
      'Opposition councillors have accused the mayor of Northgate, Rachel Adeyemi, of misleading voters after she claimed that street crime in the city had "halved" since she took office.',
      'Speaking at a campaign event, Ms Adeyemi said: "When I was elected, street crime was out of control. Today it has halved."',
      'Police figures show that recorded street crime fell by about 20%.',
      'Conservative group leader Simon Platt said the mayor\'s claim was "simply untrue".',
    ].join('\n\n');
    const a = analyze(t, 'plaintext');
    assert.deepEqual(linkPairs(a, false, 'denies'), [['street crime in the city had "halved" since she took office', 'was "simply untrue"']]);
  });
  it('namedWithRole: a role right before the name, after "of" a place, or in an appositive after it; not another\'s', () => {
    assert.equal(namedWithRole('the mayor of Northgate, Rachel Adeyemi, said', 'Rachel Adeyemi', 'mayor'), true);
    assert.equal(namedWithRole('Mayor Rachel Adeyemi said', 'Rachel Adeyemi', 'mayor'), true);
    assert.equal(namedWithRole('Rachel Adeyemi, the city\'s elected mayor, said', 'Rachel Adeyemi', 'mayor'), true);
    assert.equal(namedWithRole('the mayor met Rachel Adeyemi', 'Rachel Adeyemi', 'mayor'), false);
    assert.equal(namedWithRole('Mayor Tom Hart and Rachel Adeyemi', 'Rachel Adeyemi', 'mayor'), false);
  });
});
describe('thirty-first session: "the claims" a speaker rejects', () => {
  it('are someone\'s, before the article\'s own statements in between; with none in reach, the article\'s own', () => {
    const t = [
      'The engineer told the BBC that managers had signed off checks that never happened.',
      'His allegations follow an incident on 14 August in which a flight returned to Stansted with smoke coming from its engine. None of the 186 passengers was hurt.',
      'In a statement, SkyLark said the claims were "completely without foundation".',
    ].join('\n\n');
    assert.deepEqual(linkPairs(analyze(t, 'plaintext')), [['managers had signed off checks that never happened', 'were "completely without foundation"']]);
    const u = 'At least 14 aircraft flew in July without the inspections the manufacturer requires.\n\nIn a statement, SkyLark said the claims were "completely without foundation".';
    assert.deepEqual(linkPairs(analyze(u, 'plaintext')), [['At least 14 aircraft flew in July without the inspections the manufacturer requires', 'were "completely without foundation"']]);
  });
});
describe('thirty-first session: "the report was wrong"', () => {
  it('answers what the paper reported, not the email it cited after', () => {
    const t = [
      'The Daily Telegraph reported on Tuesday that the firm had told staff to prepare for a price rise in January. The paper cited an internal email seen by its reporters.',
      'Greenlight\'s chief executive, Omar Haddad, said the report was "wrong".',
    ].join('\n\n');
    assert.deepEqual(linkPairs(analyze(t, 'plaintext')), [['the firm had told staff to prepare for a price rise in January', 'was "wrong"']]);
  });
});
describe('thirty-first session: "The posts are misleading."', () => {
  it('answers what a post claimed, not the nearer statement of the council', () => {
    const t = [
      'One post, viewed more than 2 million times, claimed that "hundreds of people are missing".',
      'Valencia city council said on Wednesday there were no reports of missing people.',
      'The posts are misleading.',
    ].join('\n\n');
    // (and the council's "no reports of missing people" denies it too, since the sixty-first session)
    assert.deepEqual(linkPairs(analyze(t, 'plaintext'), false, 'denies'), [['hundreds of people are missing', 'there were no reports'], ['hundreds of people are missing', 'are misleading']]);
  });
});
describe('thirty-first session: floods by any word', () => {
  it('"does not show flooding in Valencia" answers a video that "claims to show cars being swept away by floodwater in Valencia"', () => {
    const t = 'Viral video does not show flooding in Valencia this week\n\nA video shared thousands of times on TikTok this week claims to show cars being swept away by floodwater in Valencia.';
    const a = analyze(t, 'plaintext');
    const text = (id: string): string | undefined => a.claims.find((c) => c.id === id)?.span.text ?? a.denials.find((d) => d.id === id)?.target?.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), text(l.counter), l.relation]), [['Viral video does not show flooding in Valencia this week', 'to show cars being swept away by floodwater in Valencia', 'contradicts']]);
  });
});
describe('thirty-first session: budgets and spending are money', () => {
  it('"The idea that we have cut school budgets is simply wrong" answers "schools had seen real-terms cuts of 9% per pupil"', () => {
    const t = [
      '"The idea that we have cut school budgets is simply wrong," Mr Lloyd told Sky News.',
      'The National Education Union said schools had seen real-terms cuts of 9% per pupil since 2010 once inflation was taken into account.',
    ].join('\n\n');
    assert.deepEqual(linkPairs(analyze(t, 'plaintext'), false, 'denies'), [
      ['we have cut school budgets', 'is simply wrong'],
      ['schools had seen real-terms cuts of 9% per pupil since 2010 once inflation was taken into account', 'is simply wrong'],
    ]);
  });
});
describe('thirty-first session: "dismissed the poll"', () => {
  it('answers the claim that opens with the survey\'s noun, not a later remark about polls', () => {
    const t = [
      'The survey of 2,200 adults, carried out at the weekend, put Labour on 38% and the Conservatives on 34%.',
      '"Sometimes a poll is an outlier, but we don\'t think this one is," Chris Hopkins said.',
      'Labour sources dismissed the poll.',
    ].join('\n\n');
    assert.deepEqual(linkPairs(analyze(t, 'plaintext'), false, 'denies'), [['The survey of 2,200 adults, carried out at the weekend, put Labour on 38% and the Conservatives on 34%', 'dismissed the poll']]);
  });
});
describe('thirty-first session: "contradict claims made by X, which says that Y"', () => {
  it('answers what the relative clause after the statement\'s noun reports, and "which" is the body named before it', () => {
    const t = 'They found no difference in the rate of headaches. The findings contradict claims made by campaign group Stop 5G UK, which says that thousands of people have been made ill by the masts.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.filter((x) => x.source?.text === 'which').map((x) => x.speaker), ['Stop 5G UK']);
    assert.deepEqual(linkPairs(a, false, 'denies'), [['thousands of people have been made ill by the masts', 'contradict claims']]);
  });
});
describe('thirty-first session: figures of different measures', () => {
  it('a gross contribution of £361 million does not contradict a net one of £150 million; £350 million does contradict the net one', () => {
    const t = [
      'The claim, painted on a campaign bus, said: "We send the EU £350 million a week."',
      'The UK\'s gross contribution in 2016 was about £361 million a week, according to the Office for National Statistics.',
      'The UK\'s net contribution, after money spent in the UK by the EU, was about £150 million a week.',
    ].join('\n\n');
    const a = analyze(t, 'plaintext');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), text(l.counter), l.relation]), [
      ['We send the EU £350 million a week', 'The UK\'s net contribution, after money spent in the UK by the EU, was about £150 million a week', 'contradicts'],
    ]);
  });
});
describe('thirty-first session: "the alleged victim" charges no one', () => {
  it('"My client denies any wrongdoing" answers the arrest on suspicion of assault, not the alleged victim\'s injury', () => {
    const t = [
      'Greater Manchester Police said a 27-year-old man had been arrested on Sunday on suspicion of assault.',
      'According to court documents, the alleged victim suffered a broken jaw.',
      'In a statement, Obi\'s lawyer, Rachel Stern, said: "My client denies any wrongdoing."',
    ].join('\n\n');
    assert.deepEqual(linkPairs(analyze(t, 'plaintext'), false, 'denies'), [['a 27-year-old man had been arrested on Sunday on suspicion of assault', 'denies']]);
  });
});
describe('thirty-first session: "the suggestion" a speaker rejected before', () => {
  it('"The airport said the suggestion was completely untrue" answers what the airport had rejected in so many words', () => {
    const t = [
      'Heathbury Airport has rejected claims from passengers that it deliberately left bags behind to make flights depart on time.',
      'One traveller, Mark Ellis, said he was told by a staff member that "the bags will come on the next flight".',
      'The airport said the suggestion was "completely untrue".',
    ].join('\n\n');
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.filter((x) => x.source?.text === 'The airport').map((x) => x.speaker), ['Heathbury Airport']);
    assert.deepEqual(linkPairs(a, false, 'denies'), [
      ['it deliberately left bags behind to make flights depart on time', 'has rejected claims'],
      ['it deliberately left bags behind to make flights depart on time', 'was "completely untrue"'],
    ]);
  });
});

describe('thirty-second session: a side\'s possessive', () => {
  it('"the company\'s barrister" is on the company\'s side: its denial of "the charges" answers no claim of the barrister\'s', () => {
    const t = 'The Environment Agency said 41 of the spills happened on dry days.\n\nIn court, the company\'s barrister said it had invested £20m in new storm tanks. The company had originally denied the charges.';
    const a = run(t);
    assert.deepEqual(described(a).filter((x) => x[1] === 'denial:denied the charges').map((x) => x[0]), ['41 of the spills happened on dry days']);
  });
});
describe('thirty-third session: a fact check of a post', () => {
  it('"did not recognise the 2,000 figure" and "The claim is false" answer what the post says', () => {
    const a = analyze('# Did 2,000 nurses quit?\n\nA viral post on X says that "2,000 nurses quit the NHS last month alone".\n\nThe Royal College of Nursing told us it did not recognise the 2,000 figure. A spokesperson said the post had confused leavers with vacancies.\n\n## Our verdict\n\nThe claim is false.', 'markdown');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['did not recognise the 2,000 figure', 'the 2,000 figure'], ['is false', 'The claim']]);
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, a.denials.find((d) => d.id === l.counter)?.cue.text]), [
      ['2,000 nurses quit the NHS last month alone', 'denies', 'did not recognise the 2,000 figure'],
      ['2,000 nurses quit the NHS last month alone', 'denies', 'is false'],
    ]);
  });
});
describe('thirty-third session: "Chancellor\'s £10bn savings plan does not add up"', () => {
  it('names the chancellor\'s plan, no claim of its own, and answers what the chancellor said', () => {
    const a = analyze('Chancellor\'s £10bn savings plan "does not add up", say economists\n\nIn a speech on Monday, Chancellor Rachel Greaves said reforms to disability benefits would save £5 billion.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['does not add up', "Chancellor's £10bn savings plan"]]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['reforms to disability benefits would save £5 billion', 'Rachel Greaves']]);
    assert.deepEqual(a.links.map((l) => l.relation), ['denies']);
  });
});
describe('thirty-fourth session: "questioned the warning" answers the claim reported as a warning', () => {
  it('past the later statements that back it', () => {
    const a = analyze('The head of the UK Health Security Agency has warned that this winter could bring the worst flu season in a decade.\n\nProfessor Jenny Harries said cases in Australia had been the highest since 2017.\n\nSome doctors have questioned the warning.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['have questioned the warning', 'the warning']]);
    assert.deepEqual(a.links.map((l) => [l.relation, a.claims.find((c) => c.id === l.claim)?.span.text]), [['denies', 'this winter could bring the worst flu season in a decade']]);
  });
});
describe('thirty-fourth session: "the leaflet had been misleading" answers what the leaflet said', () => {
  it('a leaflet, an advert is a statement a falsity judges, and its owner in the linker', () => {
    const a = analyze('The leaflet, sent to 60,000 homes, said: "Every bottle you recycle stays in Britain."\n\nFigures show a quarter of the plastic was exported last year.\n\nA council spokeswoman said the leaflet had been "misleading".', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['been "misleading"', 'the leaflet']]);
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['Every bottle you recycle stays in Britain']);
    // (none when the article reports nothing the adverts said)
    const b = analyze('The regulator said 78% of flights had arrived on time. FlyNorth said it had withdrawn the adverts.', 'plaintext');
    assert.deepEqual(b.denials.map((d) => d.target?.text), ['the adverts']);
    assert.deepEqual(b.links, []);
  });
});
describe('thirty-fourth session: "Any suggestion otherwise is simply untrue"', () => {
  it('answers another\'s claim before the denier\'s paragraph, not the claim its own paragraph just made', () => {
    const a = analyze('Big Brother Watch said it had seen a marked police van fitted with the cameras parked near Trafalgar Square.\n\nThe Met said no facial recognition technology had been deployed. "Any suggestion otherwise is simply untrue," a spokesperson said.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['Any suggestion otherwise']);
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['it had seen a marked police van fitted with the cameras parked near Trafalgar Square']);
  });
});
describe('thirty-fourth session: an explainer\'s question and its answer "Not quite."', () => {
  const text = '**Q: What did the health secretary claim?**\n\nIn the Commons, Health Secretary Wes Carter said waiting lists had "fallen for six months in a row".\n\n**Q: Is that right?**\n\nNot quite. NHS England figures show the waiting list fell in five of the last six months.';
  it('the answer\'s opening "Not quite." denies the claim the question put', () => {
    const a = analyze(text, 'markdown');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source, d.target]), [['Not quite', null, null]]);
    assert.deepEqual(a.links.map((l) => [l.relation, a.claims.find((c) => c.id === l.claim)?.span.text]), [['denies', 'waiting lists had "fallen for six months in a row"']]);
  });
  it('not after a paragraph that asks nothing, and not when the question is edited away', () => {
    assert.deepEqual(analyze(text.replace('**Q: Is that right?**', 'That is the figure.'), 'markdown').denials, []);
    const analyzer = new Analyzer();
    analyzer.analyze(text, 'markdown');
    assert.deepEqual(analyzer.analyze(text.replace('Is that right?', 'Is that right.'), 'markdown').denials, []);
  });
});
describe('thirty-fifth session: a fact check\'s "## The claim" heading names the claim it checks', () => {
  const text = '# Did the mayor cut 500 officers?\n\n## The claim\n\nIn a leaflet, the candidate James Orr said the mayor had "cut 500 police officers" since 2021.\n\n## The facts\n\nHome Office figures show the force had 6,120 officers in 2021 and 6,010 in 2024.\n\nA spokesman for the mayor said the claim was "a wild exaggeration".\n\n## Verdict\n\nThe claim is false.';
  const denied = (a: ReturnType<typeof analyze>): [string, string | undefined][] =>
    a.links.filter((l) => l.relation === 'denies').map((l) => [a.denials.find((d) => d.id === l.counter)!.cue.text, a.claims.find((c) => c.id === l.claim)?.span.text]);
  it('the spokesman\'s "the claim" and the verdict answer it, not the figures reported after it', () => {
    assert.deepEqual(denied(analyze(text, 'markdown')), [
      ['was "a wild exaggeration"', 'the mayor had "cut 500 police officers" since 2021'],
      ['is false', 'the mayor had "cut 500 police officers" since 2021'],
    ]);
  });
  it('"What was claimed" too; not under another heading, and not once the heading is edited', () => {
    assert.deepEqual(denied(analyze(text.replace('## The claim', '## What was claimed'), 'markdown')).map((x) => x[1]), ['the mayor had "cut 500 police officers" since 2021', 'the mayor had "cut 500 police officers" since 2021']);
    const analyzer = new Analyzer();
    analyzer.analyze(text, 'markdown');
    const edited = analyzer.analyze(text.replace('## The claim', '## The leaflet'), 'markdown');
    assert.equal(edited.claims.find((c) => c.span.text.startsWith('the mayor had'))?.claimant, 'James Orr');
    // (the edited article's links are a fresh analysis's: since the fifty-seventh session the spokesman's "the claim" answers
    // the story's first claim, someone's, under any heading, as the verdict does)
    assert.deepEqual(denied(edited), denied(analyze(text.replace('## The claim', '## The leaflet'), 'markdown')));
  });
});
describe('thirty-fifth session: "There is no truth in this message"', () => {
  it('answers what the message said, not the denier\'s own statement just before', () => {
    const a = analyze('A viral message claims that tap water in Brighton has been poisoned by a factory fire.\n\nSouthern Water said its tests showed the water was safe to drink. "There is no truth in this message whatsoever," a spokesperson said.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['this message']);
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['tap water in Brighton has been poisoned by a factory fire']);
  });
});
describe('thirty-fifth session: "her figure was simply not true"', () => {
  const text = 'The council leader, Amy Ross, has claimed that a 4.9% rise in council tax is the lowest in the region.\n\nOpposition councillors disputed this, saying three neighbouring councils had frozen their tax this year.\n\nMs Ross told the meeting that the council had "no choice" after cuts to its grant. Paul Finch said her figure was "simply not true".';
  const denied = (t: string) => {
    const a = analyze(t, 'plaintext');
    const d = a.denials.find((x) => x.target?.text.endsWith(' figure'))!;
    return a.links.filter((l) => l.counter === d.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text);
  };
  it('answers the figure of the person the pronoun stands for ("Ms Ross"), not the nearest claim with a number', () => {
    assert.deepEqual(denied(text), ['a 4.9% rise in council tax is the lowest in the region']);
  });
  it('"his figure" is no claim of hers', () => {
    assert.notDeepEqual(denied(text.replace('her figure', 'his figure')), ['a 4.9% rise in council tax is the lowest in the region']);
  });
});
describe('thirty-fifth session: a headline denial naming an owner whose claim only a denial reports', () => {
  it('"Mayor\'s crime figures challenged" answers "The mayor\'s claim that X", which the body says is not supported', () => {
    const a = analyze("Mayor's crime figures challenged\n\nThe mayor's claim that knife crime in the city has fallen by a third since 2022 is not supported by police data, according to an analysis by the Evening Standard.\n\nPolice figures show 1,840 knife offences in 2022 and 1,710 in 2024.", 'plaintext');
    const headline = a.denials.find((d) => d.cue.text === 'challenged')!;
    assert.deepEqual(a.links.filter((l) => l.counter === headline.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['knife crime in the city has fallen by a third since 2022']);
  });
});
describe('thirty-fifth session: the government and its own department', () => {
  it('what the Department for Work and Pensions says is no claim the government\'s rejection answers', () => {
    const a = analyze('The government has rejected a report by the Child Poverty Action Group that found one in three children in the UK lives in poverty.\n\nA spokesperson for the Department for Work and Pensions said: "There are 400,000 fewer children in poverty than in 2010."', 'plaintext');
    assert.deepEqual(a.links.map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['one in three children in the UK lives in poverty']);
  });
});
describe('thirty-fifth session: a trial\'s own finding', () => {
  it('"contradicting claims made by some politicians" answers no finding of the trial itself', () => {
    const a = analyze('Vitamin D does not prevent Covid, trial finds\n\nTaking vitamin D supplements does not protect people from Covid-19, a large trial has found, contradicting claims made by some politicians during the pandemic.', 'plaintext');
    const contradicting = a.denials.find((d) => d.cue.text === 'contradicting claims')!;
    assert.deepEqual(a.links.filter((l) => l.counter === contradicting.id), []);
  });
});
describe('thirty-sixth session: one speaker however a headline capitalises it', () => {
  it('"Rail operator says X" in the headline answers no claim of "A rail operator" in the body', () => {
    const a = analyze('Rail operator says delays not caused by staff shortages\n\nA rail operator has insisted that the delays that hit commuters last month were not caused by a shortage of drivers.', 'plaintext');
    // (the headline's description is the lede's source, which says the same of the delays: `ledeNamed`)
    assert.deepEqual(a.denials.map((d) => [d.speaker, d.target?.text]), [['rail operator', 'delays not caused by staff shortages']]);
    assert.deepEqual(a.claims.map((c) => [c.claimant, c.span.text]), [
      ['rail operator', 'delays not caused by staff shortages'],
      ['rail operator', 'the delays that hit commuters last month were not caused by a shortage of drivers'],
    ]);
    assert.deepEqual(a.links, []);
  });
});
describe('thirty-seventh session: "played down the story" answers what the press reported', () => {
  const text = 'The Spanish newspaper El Diario reported on Sunday that Rivas had signed a pre-contract with an English side.\n\n"He is happy where he is and he will finish the season here," Jorge Mendes told a radio station.\n\nThe club\'s president also played down the story, saying no offer had been received.';
  it('the newspaper\'s claim, past the agent\'s statement after it', () => {
    const a = run(text);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['also played down the story', 'the story']]);
    assert.deepEqual(described(a), [
      ['Rivas had signed a pre-contract with an English side', 'denial:also played down the story', 'denies'],
      // (the president's reason: forty-seventh session)
      ['Rivas had signed a pre-contract with an English side', 'no offer had been received', 'contradicts'],
    ]);
  });
  it('or what rumours put, no one\'s ("rumors that X ... denied the reports")', () => {
    const a = run('Rumors that Northgate Media was interested in a bid lifted the shares this year. Shares rose 4 percent on Monday, the company said. (Northgate Media denied the reports.)');
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:denied the reports'), [['Northgate Media was interested in a bid', 'denial:denied the reports', 'denies']]);
  });
});
describe('thirty-seventh session: crime and offences are one quantity', () => {
  it('"recorded offences fell by 10 percent" and "crime rose by 4 percent" contradict', () => {
    const a = run('The minister said that recorded offences fell by 10 percent.\n\nThe statistics office said that crime rose by 4 percent.');
    assert.deepEqual(described(a), [['recorded offences fell by 10 percent', 'crime rose by 4 percent', 'contradicts']]);
  });
});
describe('thirty-seventh session: a headline\'s denial of a noun alone names the story', () => {
  it('"Minsk denies buildup" answers the first claim of another side after it', () => {
    const a = run('Kyiv says Belarusian troops massed near border; Minsk denies buildup\n\nUkraine\'s border guard service said on Monday that Belarus had moved about 5,000 troops to within 10 km of the border.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['denies', 'buildup', 'Minsk']]);
    assert.deepEqual(described(a), [['Belarus had moved about 5,000 troops to within 10 km of the border', 'denial:denies', 'denies']]);
  });
});
describe('thirty-seventh session: a fact check\'s "So the claim is wrong." with no claim reported as one', () => {
  const text = '# Is the council really the lowest-taxing in the region?\n\nCouncil leader Mark Ellison told a public meeting on Thursday that Westbury had "the lowest council tax in the South West".\n\nWe looked at the figures.\n\nAccording to the Department for Levelling Up, a Band D bill in Westbury is £2,105 this year, higher than in three of its six neighbours.\n\nSo the claim is wrong.';
  it('answers the story\'s first claim, someone\'s, not the figures that refute it', () => {
    const a = analyze(text, 'markdown');
    const byId = new Map(a.claims.map((c) => [c.id, c.span.text]));
    assert.deepEqual(a.links.map((l) => [byId.get(l.claim), l.relation]), [['Westbury had "the lowest council tax in the South West"', 'denies']]);
  });
});
describe('thirty-seventh session: a headline\'s denial the story makes again', () => {
  it('"Cyclist Jonas Berg denies doping" answers what "has denied taking banned substances" names, not the testers\' finding', () => {
    const a = run('Cyclist Jonas Berg denies doping after positive test\n\nNorwegian cyclist Jonas Berg has denied taking banned substances.\n\nThe International Testing Agency announced on Wednesday that Berg had been provisionally suspended.');
    assert.deepEqual(described(a), [['taking banned substances', 'denial:denies', 'denies'], ['taking banned substances', 'denial:has denied', 'denies']]);
  });
});
describe('thirty-seventh session: a figure restated that agrees contradicts nothing', () => {
  it('"put the number at \\"between 1,800 and 2,200\\"" after "about 2,000 jobs": the range holds the figure', () => {
    const a = run('Skyward Airways plans to cut about 2,000 jobs, two people familiar with the matter said.\n\nA second source put the number at "between 1,800 and 2,200".');
    assert.deepEqual(described(a), []);
  });
  it('but a range that leaves the figure out, or another figure, still contradicts it', () => {
    assert.deepEqual(described(run('Skyward Airways plans to cut about 2,000 jobs, two people familiar with the matter said.\n\nA second source put the number at "between 500 and 800".')).map((l) => l[2]), ['contradicts']);
    assert.deepEqual(described(run('Skyward Airways plans to cut about 2,000 jobs, two people familiar with the matter said.\n\nA second source put the number at 3,500.')).map((l) => l[2]), ['contradicts']);
  });
});
describe('thirty-seventh session: a change by a multiple is a rise', () => {
  it('"violent crime had \\"doubled\\" since 2022" and "violent crime in Houston fell 9%" contradict', () => {
    const a = run('Sen. Rick Dawson told supporters on Saturday that violent crime in the city had "doubled" since Mayor Lena Ortiz took office in 2022.\n\nPolice data show violent crime in Houston fell 9% between 2022 and 2024.');
    assert.deepEqual(described(a), [['violent crime in the city had "doubled" since Mayor Lena Ortiz took office in 2022', 'violent crime in Houston fell 9% between 2022 and 2024', 'contradicts']]);
  });
});
describe('thirty-eighth session: an offence denied in court', () => {
  const opening = 'Prosecutors allege that Mr Hale accepted £200,000 from firms that won council contracts.\n\nProsecutor Anne Whitley told jurors that Mr Hale had "lied repeatedly" to auditors.\n\n';
  it('"Both businessmen deny conspiracy to commit bribery": a denial of the offence, which answers the charge the prosecution brings', () => {
    const a = run(opening + 'Both businessmen, Raymond Cole and Deepak Anand, deny conspiracy to commit bribery.');
    assertWellFormed(a);
    assert.deepEqual(a.denials.map((d) => [d.source?.text, d.cue.text, d.target?.text]), [['Both businessmen, Raymond Cole and Deepak Anand', 'deny', 'conspiracy to commit bribery']]);
    assert.deepEqual(described(a), [['Mr Hale accepted £200,000 from firms that won council contracts', 'denial:deny', 'denies']]);
  });
  it('and with no charge before it answers no one\'s statement', () => {
    const a = run('Prosecutor Anne Whitley told jurors that Mr Hale had "lied repeatedly" to auditors.\n\nBoth businessmen deny conspiracy to commit bribery.');
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['conspiracy to commit bribery']);
    assert.deepEqual(described(a), []);
  });
});
describe('thirty-eighth session: a target of one word in lower case', () => {
  it('"no evidence of forgery" answers "thousands of postal votes were forged": one concept shared is enough for a bare noun', () => {
    const a = run('Colin Marsh claimed that thousands of postal votes were forged in last month\'s election.\n\nThe returning officer, Priya Shah, said there was "absolutely no evidence" of forgery.');
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['forgery']);
    assert.deepEqual(described(a), [['thousands of postal votes were forged in last month\'s election', 'denial:there was "absolutely no evidence"', 'denies']]);
  });
  it('"no evidence of bribery" answers the claim of bribery, not the other claim beside it', () => {
    const a = run('A rival candidate claimed that the election was marred by bribery in three wards.\n\nThe mayor said turnout had been the highest in a decade.\n\nThe police said they had found no evidence of bribery.');
    assert.deepEqual(described(a), [['the election was marred by bribery in three wards', 'denial:no evidence', 'denies']]);
  });
});
describe('thirty-eighth session: "no" negates its noun phrase', () => {
  it('"contains no metal and no electronic components" contradicts "contains microchips": the head noun after the adjective is negated', () => {
    const a = run('A video shared more than 50,000 times says the new flu vaccine contains microchips that track people\'s movements.\n\nThe UK Health Security Agency said the vaccine contains no metal and no electronic components.');
    assert.deepEqual(described(a), [['the new flu vaccine contains microchips that track people\'s movements', 'the vaccine contains no metal and no electronic components', 'contradicts']]);
  });
});
describe('thirty-eighth session: "denied that he had misled anyone"', () => {
  it('a short clause with a person\'s pronoun for subject and one concept answers the claim that shares it ("anyone" names no one)', () => {
    const a = run('The health secretary misled Parliament when he said 40 new hospitals would be built by 2030, the UK Statistics Authority has said.\n\nA spokesman for Mr Ellis denied that he had misled anyone.');
    assert.deepEqual(described(a), [
      ['The health secretary misled Parliament when he said 40 new hospitals would be built by 2030', 'denial:denied', 'denies'],
      ['he had misled anyone', 'denial:denied', 'denies'],
    ]);
  });
});
describe('thirty-eighth session: people counted with the verb of their death', () => {
  it('"40 people were killed in the attack" contradicts "120 deaths from the attack had been recorded": both count deaths', () => {
    const a = run('Officials said 40 people were killed in the attack on the market.\n\nHospital staff said 120 deaths from the attack on the market had been recorded.');
    assert.deepEqual(described(a), [['40 people were killed in the attack on the market', '120 deaths from the attack on the market had been recorded', 'contradicts']]);
  });
});
describe('thirty-eighth session: a plea before the charge', () => {
  it('"has pleaded not guilty to insider trading charges. | Prosecutors allege that X": the plea answers the charge in the next paragraph', () => {
    const a = run('A former finance director at retailer Homewise has pleaded not guilty to insider trading charges.\n\nProsecutors allege that Daniel Price, 52, sold 400,000 shares in the company in March 2023, days before a profit warning.');
    assert.deepEqual(described(a), [['Daniel Price, 52, sold 400,000 shares in the company in March 2023', 'denial:has pleaded not guilty to insider trading charges', 'denies']]);
  });
  it('but not two paragraphs on', () => {
    const a = run('A former finance director has pleaded not guilty to insider trading charges.\n\nThe trial is expected to last three weeks.\n\nProsecutors allege that Daniel Price sold 400,000 shares in March 2023.');
    assert.deepEqual(described(a), []);
  });
});
describe('thirty-eighth session: costs and prices', () => {
  it('"wholesale costs had risen by 30%" contradicts "wholesale gas prices had in fact fallen by 8%"', () => {
    const a = run('Chief executive Helen Marsh said wholesale costs had risen by 30% since October.\n\nOfgem said wholesale gas prices had in fact fallen by 8% over the same period.');
    assert.deepEqual(described(a), [['wholesale costs had risen by 30% since October', 'wholesale gas prices had in fact fallen by 8% over the same period', 'contradicts']]);
  });
});
describe('thirty-eighth session: a claim that says too little to contradict', () => {
  it('"no one had come to the U.S." opposes nothing: two common concepts', () => {
    const a = run('The administration announced plans on Tuesday to expand programs that allow Central Americans to come to the U.S. as refugees.\n\nCritics said no one had come to the U.S.');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['plans on Tuesday to expand programs that allow Central Americans to come to the U.S. as refugees', 'no one had come to the U.S.']);
    assert.deepEqual(described(a), []);
  });
});
describe('thirty-ninth session: a heading\'s denial by a speaker the story names otherwise', () => {
  it('"Cyclist denies doping" over "The Tour winner has denied taking banned substances, insisting X" answers the lead\'s denial, not the cyclist\'s defence', () => {
    const a = run('Cyclist denies doping\n\nThe Tour winner Luca Ferri has denied taking banned substances, insisting the positive result came from a tainted supplement.\n\nThe testing agency said traces of a steroid had been found in his sample.');
    assert.deepEqual(described(a), [
      ['taking banned substances', 'denial:denies', 'denies'],
      ['taking banned substances', 'denial:has denied', 'denies'],
      // (what he insists: forty-seventh session)
      ['taking banned substances', 'the positive result came from a tainted supplement', 'contradicts'],
    ]);
  });
  it('a denial with the verb only after the lead is no restatement: the heading answers the lead\'s claim', () => {
    const a = run('Cyclist denies doping\n\nThe testing agency said traces of a steroid had been found in a sample from Luca Ferri.\n\nFerri has denied taking banned substances.');
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:denies'), [['traces of a steroid had been found in a sample from Luca Ferri', 'denial:denies', 'denies']]);
  });
});
describe('forty-second session: a port by another name', () => {
  it('"missiles struck the grain harbour" is what "denied that its missiles had hit the terminal" denies (harbour, terminal and port are one concept)', () => {
    const a = run('Ukrainian officials said Russian missiles struck the grain harbour at Izmail overnight. The defence ministry in Moscow denied that its missiles had hit the terminal.');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, a.denials.find((d) => d.id === l.counter)?.cue.text]), [
      ['Russian missiles struck the grain harbour at Izmail overnight', 'denies', 'denied'],
      ['its missiles had hit the terminal', 'denies', 'denied'],
    ]);
  });
});
describe('forty-fourth session: words that frame a figure', () => {
  it('"the true cost was closer to £20 million" contradicts "the new ferry had cost £12 million" ("true", "closer" name no concept)', () => {
    const a = run('The council leader said on Monday that the new ferry had cost £12 million.\n\nOpposition councillors said the true cost was closer to £20 million.');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [['the new ferry had cost £12 million', 'contradicts', 'the true cost was closer to £20 million']]);
  });
});
describe('forty-fifth session: a fact check\'s claim, halves and peak hours', () => {
  const texts = (a: Analysis) => described(a).filter((l) => l[2] === 'contradicts').map(([claim, counter]) => [claim, counter]);
  it('"journeys have been cut in half" contradicts "a reduction of about 24%" ("in half" is a change of 50%)', () => {
    const a = run('Mayor Tom Horton spoke on Monday. "Journeys have been cut in half since the bypass opened," he said.\n\nAverage journeys fell from 34 minutes to 26 minutes after the bypass opened, a reduction of about 24%.');
    assert.deepEqual(texts(a), [['Journeys have been cut in half since the bypass opened', 'Average journeys fell from 34 minutes to 26 minutes after the bypass opened, a reduction of about 24%']]);
  });
  it('figures of peak-time and off-peak journeys measure different things', () => {
    const a = run('Transport officials said average peak-time journeys fell by 24% after the bypass opened.\n\nThe council said off-peak journeys fell by 31% after the bypass opened.');
    assert.deepEqual(texts(a), []);
    const b = run('Transport officials said average journeys fell by 24% after the bypass opened.\n\nThe council said journeys fell by 31% after the bypass opened.');
    assert.deepEqual(texts(b), [['average journeys fell by 24% after the bypass opened', 'journeys fell by 31% after the bypass opened']]);
  });
  it('the claim under a fact check\'s "Claim:" label is someone\'s: the article\'s own figure may contradict it', () => {
    const md = '**Claim:** Journeys on the bypass fell by 50% after it opened.\n\n**Verdict:** Misleading.\n\nJourneys on the bypass fell by 24% after it opened.\n';
    const a = analyze(md, 'markdown');
    assert.deepEqual(texts(a), [['Journeys on the bypass fell by 50% after it opened', 'Journeys on the bypass fell by 24% after it opened']]);
  });
});
describe('forty-fifth session: a figure that refutes a denied claim is not denied with it', () => {
  it('"Recorded crime fell ... a drop of 13%" is not what "Mayor\'s claim that crime has halved does not add up" denies; it contradicts the mayor', () => {
    const a = run('Mayor\'s claim that crime has halved does not add up\n\nMayor Daniel Okoro said on Tuesday that crime in the city had halved since 2021.\n\nRecorded crime fell from 48,200 offences in 2021 to 41,900 in 2024, a drop of 13%.');
    // (the headline's "Mayor's claim that crime has halved" is the mayor's claim too, which the figure contradicts: forty-ninth
    // session, a change by a multiple in three words is a claim of its own)
    assert.deepEqual(described(a), [
      ['crime has halved', 'denial:does not add up', 'denies'],
      ['crime has halved', 'Recorded crime fell from 48,200 offences in 2021 to 41,900 in 2024, a drop of 13%', 'contradicts'],
      ['crime in the city had halved since 2021', 'denial:does not add up', 'denies'],
      ['crime in the city had halved since 2021', 'Recorded crime fell from 48,200 offences in 2021 to 41,900 in 2024, a drop of 13%', 'contradicts'],
    ]);
  });
});
describe('forty-fifth session: an explainer\'s "Is it true that X?" and the "No." under it', () => {
  it('a heading "Is it true that X?" puts X up for checking; "No." under it denies X', () => {
    const a = analyze('## Is it true that black bins will be emptied only once a month?\n\nNo. Black bins will still be emptied every two weeks, the council said.\n', 'markdown');
    assert.deepEqual(described(a), [['black bins will be emptied only once a month', 'denial:No', 'denies']]);
    assert.equal(a.claims[0].span.text, 'black bins will be emptied only once a month');
  });
  it('a bold question does too; a question of another form puts nothing up: "Why will bins be emptied less often?"', () => {
    const a = analyze('**Is it true that black bins will be emptied only once a month?**\n\nNo. Black bins will still be emptied every two weeks.\n', 'markdown');
    assert.deepEqual(a.claims.map((c) => c.span.text), ['black bins will be emptied only once a month']);
    assert.equal(a.links.length, 1);
    assert.deepEqual(analyze('## Why will bins be emptied less often?\n\nBecause of costs.\n', 'markdown').claims, []);
  });
});
describe('forty-fifth session: accused of making up numbers', () => {
  it('"accused him of making up numbers" denies the claims of the man "him" stands for, named paragraphs before (his given name tells "he")', () => {
    const a = run('Mayor Daniel Okoro told a hustings on Tuesday that crime in the city had halved since 2021.\n\nPolice figures tell a different story.\n\nA spokesperson for the mayor said the figures were being checked.\n\nOkoro\'s challenger, Councillor Ruth Adeyemi, accused him of making up numbers.');
    const d = a.denials.find((x) => x.cue.text === 'making up');
    assert.ok(d, 'the accusation is a denial');
    assert.deepEqual([d!.source?.text, d!.target?.text], ["Okoro's challenger, Councillor Ruth Adeyemi", 'him']);
    assert.deepEqual(a.links.filter((l) => l.counter === d!.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['crime in the city had halved since 2021']);
  });
});
describe('forty-fifth session: "the figure" after a disputed cause', () => {
  it('"the figure was grossly inflated" answers the airline\'s 70%, not the cause the union disputed before ("hundreds of cancelled flights")', () => {
    const a = run('SkyLink Airways has blamed a shortage of controllers for hundreds of cancelled flights, a claim the union called "a convenient excuse".\n\nThe airline said 70% of its delays were caused by staffing problems at control centres in France.\n\nThe union representing French controllers said the figure was "grossly inflated".');
    const d = a.denials.find((x) => x.cue.text.startsWith('was'));
    assert.deepEqual(a.links.filter((l) => l.counter === d?.id).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['70% of its delays were caused by staffing problems at control centres in France']);
  });
});
describe('forty-sixth session: a headline denial of a post\'s claim and the post quoted below', () => {
  it('"Viral post claiming X is wrong, say police" answers the post\'s own words further down too', () => {
    const a = run('Viral post claiming new speed cameras raise £10m a year is wrong, say police\n\nA post shared more than 20,000 times on Facebook claims that new average-speed cameras on the A38 raise £10 million a year for the council.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text]), [['is wrong', 'police', 'new speed cameras raise £10m a year']]);
    assert.deepEqual(described(a), [
      ['new speed cameras raise £10m a year', 'denial:is wrong', 'denies'],
      ['new average-speed cameras on the A38 raise £10 million a year for the council', 'denial:is wrong', 'denies'],
    ]);
  });
  it('the denier\'s own words in its target set the best as before: "have no evidence to suggest that X" is no report of its own', () => {
    const a = run('Federal investigators have no evidence to suggest that Lazar accessed the account.');
    assert.deepEqual(a.attributions, []);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text]), [['no evidence', 'Federal investigators', 'Lazar accessed the account']]);
  });
});
describe('forty-sixth session: a video said to show one thing, found to be old', () => {
  it('"The video in question was filmed in Turkey in 2019" answers the post\'s claim before it', () => {
    const a = run('A viral post claims that a bridge in Valencia collapsed in the floods this week.\n\nThe video in question was filmed in Turkey in 2019, a reverse image search found.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.speaker, d.target?.text]), [['was filmed in Turkey in 2019', 'reverse image search', 'The video in question']]);
    assert.deepEqual(described(a), [['a bridge in Valencia collapsed in the floods this week', 'denial:was filmed in Turkey in 2019', 'denies']]);
  });
  it('what the video claims to show is denied where it is said: "The video claiming to show floods in Valencia was filmed in 2019"', () => {
    const a = run('The video claiming to show floods in Valencia was filmed in Turkey in 2019, a reverse image search found.');
    assert.deepEqual(described(a), [['to show floods in Valencia', 'denial:was filmed in Turkey in 2019', 'denies']]);
  });
});
describe('forty-sixth session: "That is wrong:" answers the claim before it', () => {
  it('a fact check\'s verdict mid-paragraph, its explanation after a colon', () => {
    const a = run('Okafor also said that "not a single new school" had been built in the east of the city since 2015. That is wrong: Eastbrook Academy opened in 2019.');
    assert.deepEqual(described(a), [['"not a single new school" had been built in the east of the city since 2015', 'denial:is wrong', 'denies']]);
  });
});
describe('forty-sixth session: "found no such thing" answers someone\'s claim before the article\'s own statements', () => {
  it('"The study itself found no such thing" answers the headlines\' claim, not "The claim comes from a press release"', () => {
    const a = run('Headlines this week claimed that drinking three cups of coffee a day "adds nine years to your life". The claim comes from a press release by the Coffee Council about a study published in the journal Nutrients.\n\nThe study itself found no such thing.');
    assert.deepEqual(described(a), [['drinking three cups of coffee a day "adds nine years to your life"', 'denial:found no such thing', 'denies']]);
  });
});
describe('forty-sixth session: higher against lower', () => {
  it('"rents in Cardiff are now higher than in Bristol" is contradicted by "rents in Cardiff are still about 15% lower than in Bristol"', () => {
    const a = run('One letting agent claimed rents in Cardiff are now higher than in Bristol. ONS data show rents in Cardiff are still about 15% lower than in Bristol.');
    assert.deepEqual(described(a), [['rents in Cardiff are now higher than in Bristol', 'rents in Cardiff are still about 15% lower than in Bristol', 'contradicts']]);
  });
});
describe('forty-sixth session: a charge after its denial in the same paragraph, and dishonesty denied', () => {
  it('"has pleaded not guilty to fraud after prosecutors alleged he claimed X" answers the prosecutors\' claim', () => {
    const a = run('A former councillor has pleaded not guilty to fraud after prosecutors alleged he claimed £48,000 in expenses for meetings that never took place.');
    assert.deepEqual(described(a), [['he claimed £48,000 in expenses for meetings that never took place', 'denial:has pleaded not guilty', 'denies']]);
  });
  it('"Holm denied any dishonesty" answers the charge before it, as "any wrongdoing" does', () => {
    const a = run('Prosecutors alleged that Derek Holm claimed £48,000 in expenses for meetings that never took place.\n\nHolm denied any dishonesty.');
    assert.deepEqual(described(a), [['Derek Holm claimed £48,000 in expenses for meetings that never took place', 'denial:denied', 'denies']]);
  });
});
describe('forty-sixth session: a figure inside another\'s range', () => {
  it('"Labour 12 points ahead" is not contradicted by "leads of between nine and 14 points"', () => {
    const a = run('Poll puts Labour 12 points ahead, but Tories dispute the figures\n\nPolling expert Sir John Curtice said most polls this month had shown Labour leads of between nine and 14 points.');
    assert.deepEqual(described(a).filter((l) => l[2] === 'contradicts'), []);
  });
});
describe('forty-sixth session: "The screenshot is fabricated" under a verdict heading', () => {
  it('answers the claim the screenshot seems to show, four paragraphs up, not the last statement before it', () => {
    const a = analyze('# Fact check: a council leaflet\n\nA screenshot shared on Facebook appears to show a post by Councillor Amy Green saying bins "will be collected once a month from April".\n\nMs Green said she never wrote it.\n\nA council spokesperson said: "Bins will continue to be collected every fortnight."\n\n## Our verdict\n\nThe screenshot is fabricated.\n', 'markdown');
    const d = a.denials.find((x) => x.cue.text === 'is fabricated');
    assert.deepEqual(a.links.filter((l) => l.counter === d?.id).map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text.slice(0, 30), a.claims.find((c) => c.id === l.claim)?.claimant]), [['a post by Councillor Amy Green', 'screenshot']]);
  });
});
describe('forty-seventh session: a denial answers the report its own sentence says led to it', () => {
  it('"has denied that X, after a union said Y" answers the union\'s claim as well as its own target', () => {
    const a = run('The minister has denied that schools in the north will lose money next year, after a teachers\' union said budgets would fall by 4% in real terms.');
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, a.denials.find((d) => d.id === l.counter)?.cue.text, l.score]), [
      ['schools in the north will lose money next year', 'has denied', 1],
      ['budgets would fall by 4% in real terms', 'has denied', 0.8],
    ]);
  });
  it('"After a union said Y, the minister denied X": the report before the denial, at the sentence\'s start', () => {
    const a = run('After a teachers\' union said budgets would fall by 4%, the minister denied that schools will lose money.');
    assert.deepEqual(described(a), [['budgets would fall by 4%', 'denial:denied', 'denies'], ['schools will lose money', 'denial:denied', 'denies']]);
    assert.equal(a.attributions[0].source?.text, 'a teachers\' union');
  });
  it('not the denier\'s own report, nor one with no source: "After saying he had been misquoted, the senator denied X"', () => {
    const a = run('After saying he had been misquoted, the senator denied that he had called for higher taxes.');
    assert.deepEqual(described(a), [['he had called for higher taxes', 'denial:denied', 'denies']]);
    const b = run('The senator denied that he had called for higher taxes, after the senator said he had been misquoted.');
    assert.deepEqual(described(b), [['he had called for higher taxes', 'denial:denied', 'denies']]);
  });
});
describe('forty-seventh session: spotting is detecting', () => {
  it('a company\'s claim that its test "can spot cancer" is denied by "does not show the test can detect cancer"', () => {
    const a = run('Helix claims its blood test can spot cancer ten years before symptoms appear.\n\nThe study does not show the test can detect cancer ten years early.');
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, l.relation, l.score >= 0.6]), [
      ['its blood test can spot cancer ten years before symptoms appear', 'denies', true],
      ['the test can detect cancer ten years early', 'denies', true],
    ]);
  });
});
describe('forty-seventh session: the reason a denier gives contradicts what the denial answers', () => {
  it('"The company disputes that figure, saying dividends were £31m" contradicts the £48m claim the denial answers', () => {
    const a = run('Campaign group River Action said the firm paid shareholders £48m in dividends last year. The company disputes that figure, saying dividends were £31m.');
    assert.deepEqual(described(a), [
      ['the firm paid shareholders £48m in dividends last year', 'denial:disputes that figure', 'denies'],
      ['the firm paid shareholders £48m in dividends last year', 'dividends were £31m', 'contradicts'],
    ]);
  });
  it('"denied that X, saying Y": Y contradicts the denial\'s own target', () => {
    const a = run('The minister denied that schools would lose money, saying every school would get more per pupil next year.');
    assert.deepEqual(described(a), [
      ['schools would lose money', 'denial:denied', 'denies'],
      ['schools would lose money', 'every school would get more per pupil next year', 'contradicts'],
    ]);
  });
  it('only the reason\'s first claim: "saying the building was a grain store and that two civilians were killed"', () => {
    const c = run('Russia said the strike hit a warehouse storing Western weapons. Ukrainian officials rejected that account, saying the building was a grain store and that two civilians were killed.');
    assert.deepEqual(described(c).filter((l) => l[2] === 'contradicts'), [['the strike hit a warehouse storing Western weapons', 'the building was a grain store', 'contradicts']]);
  });
  it('not another\'s participle: "The minister denied that X, the union saying Y" is no reason of hers', () => {
    const a = run('The minister denied that schools would lose money. The union, saying budgets would fall, called a strike.');
    assert.deepEqual(described(a).filter((l) => l[2] === 'contradicts'), []);
  });
});
describe('forty-seventh session: an owner who speaks with no claim listed', () => {
  it('"dismissed the regulator\'s findings" answers no one else\'s claim when the regulator\'s is not listed', () => {
    const a = run('Ofgem, the energy regulator, said margins were capped.\n\nBrightwell\'s chief executive, Sophie Lang, said the figure included profits from its North Sea business.\n\nMr Whitley dismissed the regulator\'s findings as "a whitewash".');
    assert.deepEqual(described(a), []);
  });
  it('but the regulator\'s claim when it is listed', () => {
    const a = run('Ofgem, the energy regulator, said suppliers\' margins were capped at 2.4% last year.\n\nBrightwell\'s chief executive, Sophie Lang, said the figure included profits from its North Sea business.\n\nMr Whitley dismissed the regulator\'s findings as "a whitewash".');
    assert.deepEqual(described(a), [['suppliers\' margins were capped at 2.4% last year', 'denial:dismissed the regulator\'s findings', 'denies']]);
  });
});
describe('forty-seventh session: a countering report contradicts the claim before it', () => {
  it('"Supporters counter that X" contradicts the Institute\'s claim in the sentence before', () => {
    const a = run('Critics such as the Institute of Economic Affairs argue the trials were too small to draw firm conclusions. Supporters counter that 56 of the 61 companies in the UK trial kept the four-day week after it ended.');
    assert.deepEqual(described(a), [['the trials were too small to draw firm conclusions', '56 of the 61 companies in the UK trial kept the four-day week after it ended', 'contradicts']]);
  });
  it('not a claim of the same claimant, nor one two paragraphs up', () => {
    assert.deepEqual(described(run('The union argues the trials were too small. The union also counters that the firms were hand-picked.')), []);
    assert.deepEqual(described(run('The union argues the trials were too small.\n\nThe weather was fine.\n\nThe minister said it rained.\n\nSupporters counter that 56 of the 61 companies kept the four-day week.')), []);
  });
});
describe('forty-seventh session: "not 50%" answers a share given in words', () => {
  it('"a fall of 29%, not 50%" contradicts the minister\'s "fallen by half"', () => {
    const a = run('The minister claimed that sewage spills into the river had "fallen by half" since 2021.\n\nData from the Environment Agency show the number of spills fell from 1,840 in 2021 to 1,310 in 2024 — a fall of 29%, not 50%.');
    assert.deepEqual(described(a).map((l) => [l[0], l[2]]), [['sewage spills into the river had "fallen by half" since 2021', 'contradicts']]);
  });
});
describe('forty-eighth session: a figure disputed by its noun and value', () => {
  const text = 'Ambulance crews waited more than 40,000 hours outside hospitals last winter, according to figures obtained by the Liberal Democrats.\n\nOne paramedic said crews were still queuing for six hours on some nights.\n\nThe ambulance trust said it did not recognise the figure of 40,000 hours.';
  it('"did not recognise the figure of 40,000 hours" denies the claim that gave it', () => {
    assert.deepEqual(described(run(text)), [['Ambulance crews waited more than 40,000 hours outside hospitals last winter', 'denial:did not recognise the figure', 'denies']]);
  });
  it('a total and a part of another order of magnitude do not contradict ("40,000 hours" and "six hours on some nights")', () => {
    const a = run('Ambulance crews waited more than 40,000 hours outside hospitals last winter, according to figures obtained by the Liberal Democrats.\n\nOne paramedic said crews were still queuing for six hours on some nights.');
    assert.deepEqual(described(a), []);
    // (but figures of one order do: "more than 40,000 hours" and "about 31,000 hours")
    const b = run('Ambulance crews waited more than 40,000 hours outside hospitals last winter, according to the Liberal Democrats.\n\nThe trust said crews waited about 31,000 hours outside hospitals last winter.');
    assert.deepEqual(described(b).map((l) => l[2]), ['contradicts']);
  });
});
describe('forty-eighth session: a figure given by whoever disputed another in its paragraph', () => {
  it('"The trust put the true number at about 31,000" contradicts the claim of the 40,000 hours it disputed, three paragraphs up', () => {
    const a = run('Ambulance crews waited more than 40,000 hours outside hospitals last winter, according to figures obtained by the Liberal Democrats.\n\nOne paramedic said crews were still queuing for six hours on some nights.\n\nLabour said the figures were a scandal.\n\nThe ambulance trust said it did not recognise the figure of 40,000 hours. The trust put the true number at about 31,000.');
    assert.deepEqual(described(a), [
      ['Ambulance crews waited more than 40,000 hours outside hospitals last winter', 'denial:did not recognise the figure', 'denies'],
      ['Ambulance crews waited more than 40,000 hours outside hospitals last winter', 'the true number at about 31,000', 'contradicts'],
    ]);
  });
  it('not when the figure is another claimant\'s dispute', () => {
    const a = run('Ambulance crews waited more than 40,000 hours outside hospitals last winter, according to figures obtained by the Liberal Democrats.\n\nOne paramedic said crews were still queuing for six hours on some nights.\n\nLabour said the figures were a scandal.\n\nThe union said it did not recognise the figure of 40,000 hours. The trust put the true number at about 31,000.');
    assert.deepEqual(described(a).map((l) => l[2]), ['denies']);
  });
});
describe('forty-eighth session: an owner who speaks only in a denial', () => {
  it('"the carmaker\'s claims were wide of the mark" answers no one else\'s claim when the carmaker (a headline\'s denier) has none listed', () => {
    const a = analyze('# Carmaker denies hiding brake fault\n\nThe Driver and Vehicle Standards Agency said it had received 212 complaints about the brakes since 2022.\n\nConsumer group Which? said the carmaker\'s claims were "wide of the mark".', 'markdown');
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:were "wide of the mark"'), []);
  });
});
describe('forty-eighth session: a leaked memo or dossier answered by its noun', () => {
  it('"The company dismissed the memo as fake" denies what the memo said', () => {
    const a = run('A leaked memo seen by The Ledger said engineers flagged the fault in March 2023.\n\nThe company dismissed the memo as fake.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text]), [['dismissed the memo', 'The company', 'the memo']]);
    assert.deepEqual(described(a), [['engineers flagged the fault in March 2023', 'denial:dismissed the memo', 'denies']]);
  });
  it('"the dossier was false" denies what the dossier claimed', () => {
    const a = run('The dossier claimed that the minister had met the lobbyist twice.\n\nThe minister said the dossier was false.');
    assert.deepEqual(described(a), [['the minister had met the lobbyist twice', 'denial:was false', 'denies']]);
  });
});
describe('forty-eighth session: an act someone is accused of, in three words', () => {
  it('"accused the company of hiding sewage spills" is a claim the accused\'s "denied the allegations" denies', () => {
    const a = run('Campaigners accused the company of hiding sewage spills.\n\nThe company denied the allegations.');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['hiding sewage spills', 'Campaigners']]);
    assert.deepEqual(described(a), [['hiding sewage spills', 'denial:denied the allegations', 'denies']]);
  });
  it('not three words after another verb\'s "of": "spoke of rising sea levels"', () => {
    assert.deepEqual(run('The mayor spoke of rising sea levels.').claims, []);
  });
});
describe('forty-eighth session: a bound set on a quantity is no measure of it', () => {
  it('"fluoride measured 0.1 milligrams per litre" does not contradict "The legal limit is 1.5 milligrams per litre"', () => {
    const a = run('Yorkshire Water said naturally occurring fluoride measured 0.1 milligrams per litre last year.\n\nThe legal limit in the UK is 1.5 milligrams per litre, according to the Drinking Water Inspectorate.');
    assert.equal(a.claims.length, 2);
    assert.deepEqual(described(a), []);
  });
  it('but two limits do: "the limit is 1.5 milligrams per litre" against "the limit is 4 milligrams per litre"', () => {
    const a = run('The inspectorate said the legal limit for fluoride was 1.5 milligrams per litre.\n\nThe post claimed the legal limit for fluoride was 4 milligrams per litre.');
    assert.deepEqual(described(a).map((l) => l[2]), ['contradicts']);
  });
});
describe('forty-eighth session: a denial of a statement the article does not give', () => {
  it('"A similar claim about Manchester was debunked" answers none of the article\'s claims', () => {
    const a = run('A post claims that tap water in Leeds contains fluoride at ten times the legal limit.\n\nA toxicologist said the post appeared to confuse fluoride with chlorine.\n\nA similar claim about Manchester was debunked by Full Fact in 2023.');
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['A similar claim about Manchester']);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:was debunked'), []);
  });
  it('but "The claim was debunked" answers the claim before', () => {
    const a = run('A post claims that tap water in Leeds contains fluoride at ten times the legal limit.\n\nThe claim was debunked by Full Fact in 2023.');
    assert.deepEqual(described(a), [['tap water in Leeds contains fluoride at ten times the legal limit', 'denial:was debunked', 'denies']]);
  });
});
describe('forty-eighth session: a level held against a rise', () => {
  it('"council tax has been frozen" contradicts "council tax rose by 4.99%"', () => {
    const a = run('The council says council tax has been frozen for three years.\n\nOpposition councillors say council tax rose by 4.99% in each of those years.');
    assert.deepEqual(described(a), [['council tax has been frozen for three years', 'council tax rose by 4.99% in each of those years', 'contradicts']]);
  });
  it('not a freeze against another freeze', () => {
    const a = run('The council says council tax has been frozen for three years.\n\nOpposition councillors say council tax was frozen only last year.');
    assert.deepEqual(described(a).filter((l) => l[2] === 'contradicts'), []);
  });
});
describe('forty-eighth session: a gerund and "such" in a denial\'s target point back', () => {
  it('"The council denied receiving any such warning" denies the engineer\'s "We warned the council ..."', () => {
    const a = run('"We warned the council about cracks in the supports two years ago," said Dave Morgan, a local engineer.\n\nThe council denied receiving any such warning.');
    assert.deepEqual(described(a), [['We warned the council about cracks in the supports two years ago', 'denial:denied', 'denies']]);
    assert.deepEqual(a.claims.filter((c) => c.deniedBy !== undefined), []);
  });
});
describe('forty-ninth session: a figure in words named as the wrong one', () => {
  it('"showed four cases of myocarditis, not two" contradicts the claim that gave two cases', () => {
    const a = run('Helix said only two cases had been recorded, neither of which was linked to the vaccine.\n\nAn agency official said the trial data showed four cases of myocarditis, not two.');
    assert.deepEqual(described(a), [['only two cases had been recorded', 'the trial data showed four cases of myocarditis, not two', 'contradicts']]);
  });
  it('but "not one" is a negation, no figure named as wrong', () => {
    const a = run('Helix said two cases had been recorded.\n\nAn agency official said the trial data showed that not one patient had been harmed.');
    assert.deepEqual(described(a), []);
  });
});
describe('forty-ninth session: a head that counts occurrences counts its modifier too', () => {
  it('"41 spills" against "164 spill events" at the same outfalls contradicts', () => {
    const a = run('The water company said there had been 41 spills at the Avon outfalls last year.\n\nEnvironment Agency data shows 164 spill events at the Avon outfalls last year.');
    assert.deepEqual(described(a), [['there had been 41 spills at the Avon outfalls last year', '164 spill events at the Avon outfalls last year', 'contradicts']]);
  });
  it('but not "41 spills" against "164 inspection visits": a head that counts something else', () => {
    const a = run('The water company said there had been 41 spills at the Avon outfalls last year.\n\nEnvironment Agency data shows 164 inspection visits at the Avon outfalls last year.');
    assert.deepEqual(described(a), []);
  });
});
describe('forty-ninth session: a restated figure that names what it counts looks further back', () => {
  const FILLERS = ['The ministry said its aircraft had not flown over the area.', 'The governor blamed the army for the attack.', 'Satellite images show a crater near the main road.', 'A rebel spokesman said the market had been shelled before.', 'Residents said they had heard loud explosions.', 'The army said it would open an inquiry.'];
  const t = (gap: number) => ['At least 34 people were killed when a missile struck the market, health officials said.', ...FILLERS.slice(0, gap), 'Rebel commander Ivan Petrenko said the death toll was closer to 50.'].join('\n\n');
  it('"the death toll was closer to 50" four paragraphs after "At least 34 people were killed" contradicts it', () => {
    assert.deepEqual(described(run(t(3))).filter((l) => l[1] === 'the death toll was closer to 50'), [['At least 34 people were killed when a missile struck the market', 'the death toll was closer to 50', 'contradicts']]);
  });
  it('but not seven paragraphs after', () => {
    assert.deepEqual(described(run(t(6))).filter((l) => l[1] === 'the death toll was closer to 50'), []);
  });
});
describe('forty-ninth session: a spokesperson\'s own body, and a rate against a total', () => {
  it('"Council denies cutting library hours" does not answer what "A council spokesman said"', () => {
    const a = run('Council denies cutting library hours\n\nStaff say opening hours at the central library have been cut by a third since January.\n\nA council spokesman said the library was open exactly the same hours as last year.');
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('the library was open')), []);
    assert.ok(described(a).some((l) => l[0] === 'opening hours at the central library have been cut by a third since January' && l[2] === 'denies'), JSON.stringify(described(a)));
  });
  it('"open 60 hours a week" does not contradict "open for 1,930 hours in the first half of this year"', () => {
    const a = run('"We used to be open 60 hours a week at the central library," union representative Sarah Kemp said.\n\nFigures obtained by the BBC show the central library was open for 1,930 hours in the first half of this year.');
    assert.deepEqual(described(a), []);
  });
  it('but "open 60 hours a week" contradicts "open 40 hours a week"', () => {
    const a = run('"The central library is open 60 hours a week," a council spokesman said.\n\nFigures obtained by the BBC show the central library is open 40 hours a week.');
    assert.deepEqual(described(a).map((l) => l[2]), ['contradicts']);
  });
});
describe('forty-ninth session: what a denial of a 5G claim answers', () => {
  const t = 'A post claims that a new 5G mast killed hundreds of birds in Weymouth last week.\n\nDutch authorities said the birds in the photograph had probably died after being startled.\n\nExperts say radio waves from 5G masts are far too weak to harm birds.\n\nProfessor Tom Ellis said: "There is no known mechanism by which 5G signals could kill a bird."';
  it('"no known mechanism by which 5G signals could kill a bird" denies the post\'s claim, not the other explanation nor the experts\' agreeing claim', () => {
    assert.deepEqual(described(run(t)).filter((l) => l[1] === 'denial:There is no known mechanism').map((l) => l[0]), ['a new 5G mast killed hundreds of birds in Weymouth last week', '5G signals could kill a bird']);
  });
});
describe('forty-ninth session: a denier whose source points back to its body', () => {
  it('"Its general secretary, Pat Cullen, said the claim was misleading" answers the minister, not the college', () => {
    const a = run('The health minister said the government had recruited 50,000 more nurses.\n\nThe Royal College of Nursing said the nurse figure included 19,000 nurses recruited from overseas. Its general secretary, Pat Cullen, said the claim was "deeply misleading".');
    assert.deepEqual(described(a).filter((l) => l[1].startsWith('denial:')).map((l) => l[0]), ['the government had recruited 50,000 more nurses']);
  });
});
describe('fiftieth session: the leaflet a claim was said in', () => {
  const t = (medium: string) => `Okafor said in a ${medium} delivered last week that Hedley had cut 500 police officers.\n\nThe mayor's office called the leaflet "a straightforward lie".`;
  it('"called the leaflet a lie" answers what was "said in a leaflet"', () => {
    assert.deepEqual(described(run(t('leaflet'))), [['Hedley had cut 500 police officers', 'denial:called the leaflet "a straightforward lie"', 'denies']]);
  });
  it('but not what was said in a letter', () => {
    assert.deepEqual(described(run(t('letter'))), []);
  });
});
describe('fiftieth session: a first person\'s claim against a claim that names them', () => {
  const t = 'Okafor said that "Hedley has cut 500 police officers since 2021".\n\nHedley himself told reporters: "We have not cut a single frontline officer."';
  it('Hedley\'s "We have not cut a single frontline officer" contradicts "Hedley has cut 500 police officers"', () => {
    assert.deepEqual(described(run(t)), [['Hedley has cut 500 police officers since 2021', 'We have not cut a single frontline officer', 'contradicts']]);
  });
  it('but not when someone else says it', () => {
    assert.deepEqual(described(run(t.replace('Hedley himself', 'Ms Grant'))), []);
  });
});
describe('fiftieth session: a figure "not found" where it was said to come from', () => {
  const t = 'Several outlets reported last week that drinking three cups of coffee a day "adds nine years to your life".\n\nThe study followed 12,000 adults for ten years.\n\nStatistician Kevin McConway said the nine-year figure "does not appear anywhere in the paper".';
  it('"the nine-year figure does not appear anywhere in the paper" denies the claim that gave nine years', () => {
    assert.deepEqual(described(run(t)), [['drinking three cups of coffee a day "adds nine years to your life"', 'denial:does not appear anywhere in', 'denies']]);
  });
  it('but "The minister does not appear in the video" denies nothing', () => {
    assert.deepEqual(run('The minister does not appear in the video.').denials, []);
  });
});
describe('fiftieth session: "We never said X", a statement its speaker denies making', () => {
  it('denies X and answers the report that gave it', () => {
    const a = run('The Courier reported that coffee adds nine years to your life.\n\n"We never said coffee adds years to your life," said lead author Helen Marsh.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text, d.speaker]), [['never said', 'We', 'coffee adds years to your life', 'Helen Marsh']]);
    assert.deepEqual(described(a).filter((l) => !l[0].startsWith('coffee adds years')), [['coffee adds nine years to your life', 'denial:never said', 'denies']]);
  });
  it('but not "can\'t say whether", "she\'d never say X", nor "I never said that."', () => {
    assert.deepEqual(run('She did not say whether the plant would close.').denials, []);
    assert.deepEqual(run("But she'd never say she's going to break up the big banks.").denials, []);
    assert.deepEqual(run('I can\'t say the plant will close.').denials, []);
    assert.deepEqual(run('He said the plant would close. I never said that.').denials, []);
  });
});
describe('fiftieth session: "it had done nothing wrong", a denial of wrongdoing that names no target', () => {
  it('answers a claim that charges the denier, not the nearest statement', () => {
    assert.deepEqual(described(run('The inquiry chair said she would consider referring the matter to police. Medilink said it had done nothing wrong.')), []);
    assert.deepEqual(described(run('Prosecutors alleged that Medilink had overcharged the department. Medilink said it had done nothing wrong.')), [['Medilink had overcharged the department', 'denial:had done nothing wrong', 'denies']]);
  });
});
describe('fiftieth session: a boast is a statement', () => {
  it('"Minister\'s school funding boast challenged by watchdog" answers the minister\'s claim below it', () => {
    const a = run('Minister\'s school funding boast challenged by watchdog\n\nEducation Secretary Rachel Lowe told MPs on Wednesday that school funding was "at its highest level ever in real terms".');
    assert.deepEqual(described(a), [['school funding was "at its highest level ever in real terms"', 'denial:challenged', 'denies']]);
  });
});
describe('fiftieth session: 5G, radio waves and mobile signals are one concept', () => {
  it('"no evidence that mobile signals cause headaches" answers "a new 5G mast has caused headaches"', () => {
    const a = run('Residents say a new 5G mast on Station Road has caused headaches and nosebleeds since May.\n\nA 2023 review of 100 studies found no evidence that mobile signals cause headaches.');
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('a new 5G mast')), [['a new 5G mast on Station Road has caused headaches and nosebleeds since May', 'denial:no evidence', 'denies']]);
  });
});
describe('fiftieth session: "accused the mayor of playing fast and loose with the facts"', () => {
  it('answers the mayor\'s own claim, not what his spokesman said for him', () => {
    const a = run('Mayor Tom Reilly told a radio phone-in that violent crime had "gone down every single year" since 2019.\n\nA spokesman for the mayor said Mr Reilly had been referring to knife crime.\n\nOpposition councillor Priya Shah accused the mayor of "playing fast and loose with the facts".');
    assert.deepEqual(described(a).filter((l) => l[2] === 'denies'), [['violent crime had "gone down every single year" since 2019', 'denial:playing fast and loose', 'denies']]);
  });
});
describe('fiftieth session: "That claim" after "a similar claim" in the sentence before', () => {
  it('is that other claim, and answers none of the article\'s', () => {
    const a = run('HM Treasury said the government has passed no law on cash. The post appears to have started on a blog that published a similar claim in 2023. That claim was also untrue.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['was also untrue', 'a similar claim']]);
    assert.deepEqual(described(a), []);
  });
  it('but "That claim" after a claim of the article\'s still answers it', () => {
    const a = run('A post says the council will ban cash payments. That claim is false.');
    assert.deepEqual(described(a), [['the council will ban cash payments', 'denial:is false', 'denies']]);
  });
});
describe('fiftieth session: the denier of a gerund is its subject; a place opens a hyphenated word', () => {
  it('"Tehran has repeatedly denied supplying drones to Russia" answers "the drones were Iranian-designed Shaheds"', () => {
    const a = run('Ukrainian officials said the drones were Iranian-designed Shaheds. Tehran has repeatedly denied supplying drones to Russia for use in Ukraine.');
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:has repeatedly denied').map((l) => l[0]).sort(), ['supplying drones to Russia for use in Ukraine', 'the drones were Iranian-designed Shaheds']);
  });
  it('"Iranian-designed" holds Iran, "Russian-made" Russia; "well-known" no place', () => {
    assert.deepEqual([...conceptsOf('Iranian-designed Shaheds').concepts].filter((c) => c.startsWith('place:')), ['place:IRN']);
    assert.deepEqual([...conceptsOf('Russian-made missiles').concepts].filter((c) => c.startsWith('place:')), ['place:RUS']);
    assert.deepEqual([...conceptsOf('a well-known figure').concepts].filter((c) => c.startsWith('place:')), []);
  });
});
describe('fifty-first session: "without" negates what follows it, not the claim', () => {
  it('"The council sold that land without telling anyone" is contradicted by "no land had been sold"', () => {
    const a = run('"The council sold that land without telling anyone," said Maria Okafor. A council spokesperson said no land had been sold.');
    assert.deepEqual(described(a), [['The council sold that land without telling anyone', 'no land had been sold', 'contradicts']]);
    assert.deepEqual([conceptsOf('sold that land without telling anyone').negated, conceptsOf('no land had been sold').negated], [false, true]);
    // (nor does "without proof", a claim's manner; "without interruption" negates the state)
    assert.deepEqual(['called them thugs without proof', 'called them thugs without offering any proof', 'continuing without interruption'].map((t) => conceptsOf(t).negated), [false, false, true]);
  });
});
describe('fifty-first session: a corrected figure', () => {
  it('", not 100 per cent" is none of the claim\'s figures, and negates nothing', () => {
    assert.deepEqual(conceptsOf('waiting lists had risen by 38 per cent, not 100 per cent').quantities, [{ value: 38, concept: 'stem:percent' }]);
    assert.equal(conceptsOf('waiting lists had risen by 38 per cent, not 100 per cent').negated, false);
    const a = run('Tom Reilly said waiting lists had doubled in four years. Ms Sandhu said waiting lists had risen by 38 per cent, not 100 per cent.');
    assert.deepEqual(described(a), [['waiting lists had doubled in four years', 'waiting lists had risen by 38 per cent, not 100 per cent', 'contradicts']]);
    assert.deepEqual(a.links.map((l) => l.score), [1]);
  });
});
describe('fifty-first session: "not 100 per cent" names the claim that doubled', () => {
  it('answers "had doubled", not the nearest figure; with none that gave it, no figure at all', () => {
    const a = run('Reilly said the waiting list had doubled. He also said patients waited two years. Sandhu said the rise was 38 per cent, not 100 per cent.');
    assert.deepEqual(described(a), [['the waiting list had doubled', 'the rise was 38 per cent, not 100 per cent', 'contradicts']]);
    const b = run('Reilly said patients waited two years. Sandhu said the rise was 38 per cent, not 100 per cent.');
    assert.deepEqual(described(b), []);
  });
});
describe('fifty-first session: a promise denied made', () => {
  it('"The mayor never promised free bus travel for all pensioners" answers the claim that she promised it', () => {
    const a = run('Councillor Gary Finch said Mayor Linda Hart promised that all pensioners would get free bus travel. The mayor never promised free bus travel for all pensioners.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['never promised', 'free bus travel for all pensioners', 'Linda Hart']]);
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('Mayor')), [['Mayor Linda Hart promised that all pensioners would get free bus travel', 'denial:never promised', 'denies']]);
  });
  it('"did not promise to cut taxes"; not "promised" alone, nor "would never promise"', () => {
    assert.deepEqual(run('She did not promise to cut taxes.').denials.map((d) => d.target?.text), ['to cut taxes']);
    assert.deepEqual(run('She promised free bus travel. He would never promise free bus travel.').denials, []);
  });
});
describe('fifty-first session: "the figures had been misread"', () => {
  it('denies the figures, and answers what figures showed three paragraphs back', () => {
    const t = 'The government has been accused of hiding cuts after figures showed funding fell by £120 million last year.\n\nMoore said ministers had cut the budget.\n\n"They have cut them by a fifth," she said.\n\nThe department said spending was at a record high and that the figures had been misread.';
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['been misread', 'the figures', 'department']]);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:been misread'), [['funding fell by £120 million last year', 'denial:been misread', 'denies']]);
  });
  it('"misrepresented" and "misreported" of a statement; not of a thing', () => {
    assert.deepEqual(run('He said his remarks had been misrepresented. The study was misreported.').denials.map((d) => d.target?.text), ['his remarks', 'The study']);
    assert.deepEqual(run('The land was misread by the surveyor. The rules were misrepresented.').denials, []);
  });
});
describe('fifty-first session: a structure said intact against one said collapsed', () => {
  it('"the Hollins bridge is intact" contradicts "the Hollins bridge has collapsed"; "the wall is intact" is a claim however short', () => {
    assert.deepEqual(described(run('Posts claim that the Hollins bridge has collapsed. The council says the Hollins bridge is intact.')), [['the Hollins bridge has collapsed', 'the Hollins bridge is intact', 'contradicts']]);
    assert.deepEqual(run('Dorset Council says the wall is intact.').claims.map((c) => c.span.text), ['the wall is intact']);
  });
});
describe('fifty-first session: the denier\'s reason in the next sentence, by one of its own', () => {
  it('"X said the figure was wrong. Its managing director said Y": Y contradicts the claim the denial answers', () => {
    const a = run('The union says drivers have had a real-terms pay cut of 9% since 2021.\n\nCoastline Buses said the figure was "simply wrong". Its managing director, Sarah Quinn, said drivers had received pay rises totalling 17% over three years, above the rate of inflation.');
    assert.deepEqual(described(a), [
      ['drivers have had a real-terms pay cut of 9% since 2021', 'denial:was "simply wrong"', 'denies'],
      ['drivers have had a real-terms pay cut of 9% since 2021', 'drivers had received pay rises totalling 17% over three years, above the rate of inflation', 'contradicts'],
    ]);
  });
  it('but not a report that opens otherwise', () => {
    const a = run('The union says drivers have had a real-terms pay cut of 9% since 2021.\n\nCoastline Buses said the figure was "simply wrong". A passenger, Sarah Quinn, said drivers had received pay rises totalling 17% over three years, above the rate of inflation.');
    assert.deepEqual(described(a).map((l) => l[2]), ['denies']);
  });
});
describe('fifty-first session: a speaker\'s own mistake owned', () => {
  it('"I got my figures wrong" takes back the speaker\'s own claim with a figure', () => {
    const a = run('Councillor Brian Mott told a meeting that 200 refugee families had been moved into council housing this year.\n\nCouncil records show that 14 refugee families were housed in 2025.\n\nIn a statement on Wednesday, Mr Mott said: "I got my figures wrong and I apologise."');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['got my figures wrong', 'my figures', 'Brian Mott']]);
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:got my figures wrong').map((l) => l[0]), ['200 refugee families had been moved into council housing this year']);
  });
  it('not another\'s mistake the article names, nor a journey home', () => {
    assert.deepEqual(run('So Clinton got that wrong. I got home late.').denials, []);
  });
});
describe('fifty-first session: a mistake owned in the same breath', () => {
  it('"X said the company accepted the ruling. \\"We got this wrong,\\" she said" takes back the company\'s earlier claim, not that statement', () => {
    const a = run('In 2024 the company said the discoloured water was caused by natural sediment.\n\nA spokesperson for Severn Valley Water said the company accepted the ruling. "We got this wrong," she said.');
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:got this wrong').map((l) => l[0]), ['the discoloured water was caused by natural sediment']);
  });
});
describe('fifty-first session: fraud and the fraudulent', () => {
  it('"no evidence of fraud" answers "4,000 ballots had been fraudulent"', () => {
    const a = run('Mr Shaw said at least 4,000 ballots had been fraudulent.\n\nThe commission said there was no evidence of fraud.');
    assert.deepEqual(described(a), [['at least 4,000 ballots had been fraudulent', 'denial:there was no evidence', 'denies']]);
    assert.ok(conceptsOf('votes were cast fraudulently').concepts.has('group:fraud'));
  });
});
describe('fifty-second session: "axed" is a cut', () => {
  it('"had axed 300 jobs at its Leeds plant" is contradicted by "the number of jobs at its Leeds plant had risen"', () => {
    const a = run('The union said the firm had axed 300 jobs at its Leeds plant this year.\n\nThe firm said the number of jobs at its Leeds plant had risen this year.');
    assert.deepEqual(described(a), [['the firm had axed 300 jobs at its Leeds plant this year', 'the number of jobs at its Leeds plant had risen this year', 'contradicts']]);
    assert.ok(conceptsOf('the factory shed 40 jobs').concepts.has('group:fall'));
  });
});
describe('fifty-second session: "no longer allowed" against "still permitted"', () => {
  it('"skirts would no longer be allowed" is contradicted by "skirts would still be permitted as long as ..."', () => {
    const a = run('Parents said skirts would no longer be allowed from January.\n\nThe head said skirts would still be permitted as long as they were of the approved design.');
    assert.deepEqual(described(a), [['skirts would no longer be allowed from January', 'skirts would still be permitted as long as they were of the approved design', 'contradicts']]);
  });
  it('"no longer", "as long as" and "as well as" name nothing; "longer" alone does', () => {
    assert.deepEqual([...conceptsOf('skirts would no longer be allowed').concepts], ['stem:skirt', 'group:allow']);
    assert.deepEqual([...conceptsOf('permitted as long as they were approved').concepts], ['group:allow', 'stem:approv']);
    assert.deepEqual([...conceptsOf('police as well as firefighters').concepts], ['stem:polic', 'stem:firefight']);
    assert.deepEqual([...conceptsOf('waits are longer').concepts], ['stem:wait', 'stem:longer']);
    assert.ok(conceptsOf('they banned skirts').concepts.has('group:ban'));
  });
});
describe('fifty-second session: a lower bound agrees with any larger figure', () => {
  it('"at least 3,000 soldiers" does not contradict "10,000 soldiers"; "at least 22 people killed" still contradicts "10 people killed"', () => {
    assert.deepEqual(described(run('Austin said about 10,000 North Korean soldiers had been sent to Russia.\n\nSeoul said Pyongyang had sent at least 3,000 North Korean soldiers to Russia.')), []);
    assert.deepEqual(described(run('The health ministry said at least 22 people had been killed in the strike.\n\nThe army said 10 people had been killed in the strike.')),
      [['at least 22 people had been killed in the strike', '10 people had been killed in the strike', 'contradicts']]);
  });
  it('two lower bounds never conflict, and "more than £20m" reads as one', () => {
    assert.deepEqual(described(run('Rubio has won at least 25 delegates in the state.\n\nCruz has won at least 175 delegates in the state.')), []);
    assert.deepEqual(conceptsOf('more than £20m was spent').quantities.map((q) => [q.value, q.atLeast]), [[20000000, true]]);
  });
});
describe('fifty-third session: a spokesperson of a body named in full', () => {
  it('"A police spokesman said: There is no evidence that crime has doubled" does not answer what "Westshire Police said"', () => {
    const a = run('A leaflet said crime had doubled in the town.\n\nWestshire Police said recorded offences had risen from 4,210 to 4,547. A police spokesman said: "There is no evidence that crime has doubled."');
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('recorded offences')), []);
    assert.ok(described(a).some((l) => l[0] === 'crime had doubled in the town' && l[1] === 'denial:There is no evidence' && l[2] === 'denies'), JSON.stringify(described(a)));
  });
  it('a council spokeswoman\'s claim contradicts no claim of "Harbridge Council"', () => {
    const a = run('Harbridge Council said visits to its leisure centres rose by 14% last year.\n\nA council spokeswoman said visits to its leisure centres fell by 3% last year.');
    assert.deepEqual(described(a), []);
  });
});
describe('fifty-third session: a document its denier made', () => {
  it('"Council denies plan to close leisure centres" does not answer what "figures published by the council" show', () => {
    const a = run('Harbridge Council has denied claims that it plans to close three leisure centres.\n\nAccording to figures published by the council, visits to its three leisure centres rose by 14% last year.');
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('visits')), []);
  });
});
describe('fifty-third session: a denial that names a document', () => {
  const t = 'NHS Tayside has refuted claims that the maternity unit is to close, branding a leaflet circulated by campaigners "scaremongering".\n\nThe leaflet, distributed to homes across Perth last week, said the unit would "shut its doors by Christmas".';
  it('"branding a leaflet circulated by campaigners \\"scaremongering\\"": a generic denial of the leaflet, whose target keeps the participle', () => {
    assert.deepEqual(run(t).denials.map((d) => [d.cue.text, d.target?.text]), [['has refuted claims', 'the maternity unit is to close'], ['branding a leaflet circulated by campaigners "scaremongering"', 'a leaflet circulated by campaigners']]);
  });
  it('answers what the leaflet says in the paragraph after it', () => {
    assert.ok(described(run(t)).some((l) => l[0] === 'the unit would "shut its doors by Christmas"' && l[1] === 'denial:branding a leaflet circulated by campaigners "scaremongering"' && l[2] === 'denies'), JSON.stringify(described(run(t))));
  });
});
describe('fifty-third session: a negated figure and another figure for it', () => {
  it('"No, the new bridge did not cost £2bn" is not answered by "the bridge cost £410m", which agrees with it', () => {
    const a = analyze('# Fact check: No, the new bridge did not cost £2bn\n\nA widely shared post on X claims the new crossing cost taxpayers "£2 billion".\n\nAccording to Transport North East, the bridge cost £410m, of which £120m came from central government.\n', 'markdown');
    assert.deepEqual(described(a).filter((l) => l[0].includes('£410m') || l[1].includes('£410m')), []);
  });
});
describe('fifty-third session: "the report" judged false after a copula', () => {
  const t = 'Fashion chain Harlow & Mead has denied a newspaper report that it plans to close 40 shops.\n\nThe Daily Courier reported on Saturday that the company had drawn up a list of loss-making stores and that about 2,000 jobs were at risk.\n\nHarlow & Mead said the report was "speculative and inaccurate".';
  it('\'said the report was "speculative and inaccurate"\' denies the report', () => {
    assert.deepEqual(run(t).denials.map((d) => [d.cue.text, d.target?.text, d.speaker]).slice(1), [['was "speculative and inaccurate"', 'the report', 'Harlow & Mead']]);
  });
  it('and answers every claim of the newspaper\'s report', () => {
    const judged = described(run(t)).filter((l) => l[1] === 'denial:was "speculative and inaccurate"').map((l) => l[0]);
    assert.deepEqual(judged, ['the company had drawn up a list of loss-making stores', 'about 2,000 jobs were at risk']);
  });
});
describe('fifty-fourth session: one exact figure both give', () => {
  const t = 'Rail union leaders have rejected claims that striking drivers earn more than £70,000 a year.\n\nSpeaking on breakfast television, Transport Secretary James Whitlow said the average train driver "earns £70,000 for a four-day week".';
  it('"striking drivers earn more than £70,000 a year" is what the minister\'s "earns £70,000 for a four-day week" says: the figure weighs as a rare word', () => {
    assert.deepEqual(described(run(t)).filter((l) => l[0].startsWith('the average')), [['the average train driver "earns £70,000 for a four-day week"', 'denial:have rejected claims', 'denies']]);
  });
  it('another figure adds nothing', () => {
    const u = 'Rail union leaders have rejected claims that striking drivers earn more than £70,000 a year.\n\nSpeaking on breakfast television, Transport Secretary James Whitlow said the average train driver "earns £71,000 for a four-day week".';
    assert.deepEqual(described(run(u)).filter((l) => l[0].startsWith('the average')), []);
  });
});
describe('fifty-fourth session: changes of two different things', () => {
  const t = 'A video claims that Mayor Dana Whitfield slashed the police budget by 30 percent.\n\nIts founder, Greg Amos, has claimed that crime rose by 50 percent under Whitfield. FBI data shows violent crime in the city fell by 8 percent.';
  it('"crime rose by 50 percent under Whitfield" does not contradict "Whitfield slashed the police budget by 30 percent": what changed differs', () => {
    // (at a low threshold, to show the one left: the two changes of crime; and the budget's cut against a fall in crime
    // at 0.40, a figure only)
    const a = run(t, { minLinkScore: 0.45 });
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.filter((l) => l.relation === 'contradicts').map((l) => [text(l.claim), text(l.counter)]), [['crime rose by 50 percent under Whitfield', 'violent crime in the city fell by 8 percent']]);
  });
});
describe('fifty-fifth session: a change by a fraction against a change in percent', () => {
  it('"had cut journey times by a quarter" is contradicted by "average journey times rose by 4 percent"', () => {
    const t = 'Council leader Priya Nandra claimed on Monday that the new bus lanes had cut journey times by a quarter. But figures from the transport authority show average journey times rose by 4 percent in the six months after the lanes opened.';
    assert.deepEqual(described(run(t)), [['the new bus lanes had cut journey times by a quarter', 'average journey times rose by 4 percent in the six months after the lanes opened', 'contradicts']]);
  });
});
describe('fifty-fifth session: a speaker\'s reason right before their generic denial', () => {
  const t = 'A video shared on Facebook claims that the flu vaccine given to pensioners contains "tracking microchips".\n\nThe clip also says the vaccine has killed "thousands" of people.\n\nThe health agency said 14 people had died after vaccination. All 14 were over 80 and had serious illnesses, the agency said.\n\nProfessor Anne Cole, an immunologist, said: "A microchip could not fit through a vaccine needle. The idea is physically impossible."';
  it('"The idea is physically impossible" after "A microchip could not fit through a vaccine needle" answers the claim about microchips, not the nearest', () => {
    assert.deepEqual(described(run(t)).filter((l) => l[1] === 'denial:is physically impossible'), [['the flu vaccine given to pensioners contains "tracking microchips"', 'denial:is physically impossible', 'denies']]);
  });
  it('with no reason before it, the nearest claim', () => {
    const u = t.replace('A microchip could not fit through a vaccine needle. ', '');
    assert.deepEqual(described(run(u)).filter((l) => l[1] === 'denial:is physically impossible'), [['All 14 were over 80 and had serious illnesses', 'denial:is physically impossible', 'denies']]);
  });
});
describe('fifty-fifth session: figures named by their owner\'s place', () => {
  const t = '# Ukraine says it shot down 40 drones\n\nKYIV, March 4 (Reuters) - Ukraine\'s air force said on Tuesday it had destroyed 40 of the 52 drones Russia launched overnight.\n\nRussia\'s defence ministry said its forces had struck "military-industrial facilities".\n\nKharkiv\'s mayor, Ihor Terekhov, said a drone had hit an apartment block.\n\nKremlin spokesman Dmitry Peskov said the Ukrainian figures were "not credible".';
  it('"the Ukrainian figures" is a statement named, no claim of its own', () => {
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => d.target?.text), ['the Ukrainian figures']);
    assert.deepEqual(a.claims.filter((c) => c.span.text.includes('figures')), []);
  });
  it('and answers the figure of a claimant of that place, "Ukraine\'s air force", three paragraphs back', () => {
    assert.deepEqual(described(run(t)).filter((l) => l[1] === 'denial:were "not credible"'), [['it had destroyed 40 of the 52 drones Russia launched overnight', 'denial:were "not credible"', 'denies']]);
  });
});
describe('fifty-fifth session: a limiting count with no noun', () => {
  it('"only 120 were completed" contradicts the count just given, another claimant\'s: "300 new homes were built last year"', () => {
    assert.deepEqual(described(run('The government says 300 new homes were built last year. The opposition says only 120 were completed.')), [['300 new homes were built last year', 'only 120 were completed', 'contradicts']]);
  });
  it('not the same claimant\'s part of its own count: "It added that only 20 were senior"', () => {
    assert.deepEqual(described(run('The firm said 500 staff were hired. It added that only 20 were senior.')), []);
  });
});
describe('fifty-fifth session: a cost is a figure', () => {
  it('"the true cost was nearer £9m" restates "would cost £5m"; "The true cost is far higher" denies it', () => {
    assert.deepEqual(described(run('The mayor said the new library would cost £5m. Critics said the true cost was nearer £9m.')), [['the new library would cost £5m', 'the true cost was nearer £9m', 'contradicts']]);
    assert.deepEqual(described(run('The mayor said the library would cost £5m. The true cost is far higher, critics say.')), [['the library would cost £5m', 'denial:is far higher', 'denies']]);
  });
  it('not "The costs were shared with the county", which gives no figure', () => {
    assert.deepEqual(described(run('The mayor said the bridge cost £2m. The costs were shared with the county.')), []);
  });
});
describe('fifty-fifth session: an explanation named', () => {
  it('"dismissed that explanation" answers a claim that gives a cause, in its words or its cue', () => {
    assert.deepEqual(described(run('The council said the floods were caused by a blocked drain. Residents dismissed that explanation as nonsense.')), [['the floods were caused by a blocked drain', 'denial:dismissed that explanation', 'denies']]);
    assert.deepEqual(described(run('The council blamed the floods on a blocked drain. Residents dismissed that explanation as nonsense.')), [['the floods on a blocked drain', 'denial:dismissed that explanation', 'denies']]);
  });
  it('none when the explanation was given as no claim: not the nearest statement before it', () => {
    const t = 'Local MP David Osei said bathing water in the town had failed safety tests three years running. The company rejected claims that its discharges were to blame, pointing instead to farm run-off.\n\nMs Marsh dismissed that explanation as "nonsense".';
    assert.deepEqual(described(run(t)).filter((l) => l[1] === 'denial:dismissed that explanation'), []);
  });
});
describe('fifty-fifth session: opposite changes of one thing with one concept shared', () => {
  it('"crime had doubled since 2020" is contradicted by "crime fell by 8 percent", another claimant\'s, in the next sentence', () => {
    assert.deepEqual(described(run('The senator claimed that crime had doubled since 2020. In fact, police records show crime fell by 8 percent.')), [['crime had doubled since 2020', 'crime fell by 8 percent', 'contradicts']]);
  });
  it('not changes of different things, nor one claimant\'s own two', () => {
    assert.deepEqual(described(run('The council said rents rose in May. Landlords said prices fell.')), []);
    assert.deepEqual(described(run('Officials said the move would reduce poverty in a state with high income inequality. Economists said incomes would increase in the first year.')), []);
    assert.deepEqual(described(run('The firm said profits had doubled in May. It said profits fell in June.')), []);
  });
});
describe('fifty-sixth session: a change named by its size', () => {
  it('"a drop that size in two months", "such a drop", "a fall of that size" judged false answer the change before them', () => {
    const lead = 'Figures published by the trust show the waiting list fell from 14,200 to 11,900 between April and June. ';
    const change = 'the waiting list fell from 14,200 to 11,900 between April and June';
    assert.deepEqual(described(run(`${lead}The Royal College of Nursing said a drop that size in two months was "simply not credible".`)), [[change, 'denial:was "simply not credible"', 'denies']]);
    assert.deepEqual(described(run(`${lead}The union said such a drop was not credible.`)), [[change, 'denial:was not credible', 'denies']]);
    assert.deepEqual(described(run(`${lead}A fall of that size was implausible, the union said.`)), [[change, 'denial:was implausible', 'denies']]);
    assert.deepEqual(described(run(`${lead}The union said a fall that steep was not plausible.`)), [[change, 'denial:was not plausible', 'denies']]);
  });
  it('not "a drop" alone, nor a figure called ridiculous, nor a plot called implausible', () => {
    const lead = 'Figures published by the trust show the waiting list fell from 14,200 to 11,900 between April and June. ';
    assert.deepEqual(described(run(`${lead}The union said a drop was not credible.`)), []);
    assert.deepEqual(run('The minister said costs rose by 8%. The cost was ridiculous.').denials, []);
    assert.deepEqual(run('The film\'s plot is implausible.').denials, []);
  });
});
describe('fifty-sixth session: open against closed', () => {
  it('"the library would close in April" is contradicted by "the library would stay open", another claimant\'s, next to it', () => {
    assert.deepEqual(described(run('Staff said the library would close in April. The council said the library would stay open.')), [['the library would close in April', 'the library would stay open', 'contradicts']]);
    assert.deepEqual(described(run('Reports said the owner would shut the steelworks in December. The minister said the steelworks would remain open.')), [['the owner would shut the steelworks in December', 'the steelworks would remain open', 'contradicts']]);
  });
  it('not the opening or closing of different things, nor one claimant\'s own two', () => {
    assert.deepEqual(described(run('Staff said the library would close in April. The council said a new gym would open in May.')), []);
    assert.deepEqual(described(run('The council said the library would close in April. It said the library would reopen in June.')), []);
  });
  it('"Nobody is closing any library" negates the closing: it contradicts "three libraries would close" and is no claim that a denial of the closures denies', () => {
    assert.deepEqual(described(run('Campaigners said three libraries would close by April. "Nobody is closing any library," the council leader said.')), [['three libraries would close by April', 'Nobody is closing any library', 'contradicts']]);
    assert.deepEqual(described(run('The council has denied claims that it plans to close three libraries. "Nobody is closing any library," council leader Priya Natarajan said.')), [['it plans to close three libraries', 'denial:has denied claims', 'denies']]);
  });
});
describe('fifty-sixth session: redundancies are jobs', () => {
  it('"staff had already been told to expect redundancies" is contradicted by "no staff had been told their jobs were at risk"', () => {
    assert.deepEqual(described(run('Tom Hadley said staff had already been told to expect redundancies. The council said no staff had been told their jobs were at risk.')), [['staff had already been told to expect redundancies', 'no staff had been told their jobs were at risk', 'contradicts']]);
  });
});
describe('fifty-sixth session: a denied change is not denied of a claim that states none', () => {
  it('"Mayor\'s claim that knife crime has halved is misleading" denies the mayor\'s halving, not her spokesperson\'s "referring to knife crime among under-18s"', () => {
    const t = '# Mayor\'s claim that knife crime has halved is misleading\n\nThe mayor, Lucy Tennant, has said knife crime in the city has halved since 2021.\n\nA spokesperson for the mayor said she had been referring to knife crime among under-18s.\n';
    assert.deepEqual(described(analyze(t, 'markdown')), [
      ['knife crime has halved', 'denial:is misleading', 'denies'],
      ['knife crime in the city has halved since 2021', 'denial:is misleading', 'denies'],
    ]);
  });
  it('a claim that states the change in other words is still denied: "crime has halved" and "crime was cut by half"', () => {
    const t = '# Mayor\'s claim that knife crime has halved is misleading\n\nThe mayor said knife crime in the city was cut by half in three years.\n';
    assert.deepEqual(described(analyze(t, 'markdown')), [
      ['knife crime has halved', 'denial:is misleading', 'denies'],
      ['knife crime in the city was cut by half in three years', 'denial:is misleading', 'denies'],
    ]);
  });
});
describe('fifty-sixth session: a cost by the day', () => {
  it('"the daily cost had fallen to £5.6 million" contradicts "was costing taxpayers £8 million a day"', () => {
    const t = 'The National Audit Office found that housing asylum seekers in hotels was costing taxpayers £8 million a day. A Home Office spokesperson said the daily cost had fallen to £5.6 million since the figures were collected.';
    assert.deepEqual(described(run(t)), [['housing asylum seekers in hotels was costing taxpayers £8 million a day', 'the daily cost had fallen to £5.6 million since the figures were collected', 'contradicts']]);
  });
});
describe('fifty-seventh session: a whole sized by what it holds', () => {
  it('"a backlog of 12,000 unrepaired potholes" against the council\'s "the pothole backlog stood at 3,400" contradicts', () => {
    const t = 'Opposition councillors say Westmoor council is hiding a backlog of 12,000 unrepaired potholes. A spokesman for the council said the pothole backlog stood at 3,400, down from 5,100 a year ago.';
    assert.deepEqual(described(run(t)), [['Westmoor council is hiding a backlog of 12,000 unrepaired potholes', 'the pothole backlog stood at 3,400, down from 5,100 a year ago', 'contradicts']]);
  });
});
describe('fifty-seventh session: a figure within a negated bound agrees with it', () => {
  const trust = 'The trust said no patient waited more than 24 hours on a trolley. ';
  it('"no patient waited more than 24 hours" and "patients waited more than 12 hours" (or "waited 20 hours") both may hold: no link', () => {
    for (const t of [trust + 'Data from NHS England shows 1,240 patients at the trust waited more than 12 hours on trolleys last month.', trust + 'Nurses said patients at the trust waited 20 hours on trolleys last month.', 'The trust said no patient has waited longer than 24 hours on a trolley. Data shows 1,240 patients at the trust waited more than 12 hours on trolleys last month.']) {
      assert.deepEqual(described(run(t)), [], t);
    }
  });
  it('but a figure past the bound contradicts it: "waited 70 hours", "more than 30 hours"', () => {
    assert.deepEqual(described(run(trust + 'Nurses said patients at the trust waited 70 hours on trolleys last month.')), [['no patient waited more than 24 hours on a trolley', 'patients at the trust waited 70 hours on trolleys last month', 'contradicts']]);
    assert.deepEqual(described(run(trust + 'Nurses said patients at the trust waited more than 30 hours on trolleys last month.')), [['no patient waited more than 24 hours on a trolley', 'patients at the trust waited more than 30 hours on trolleys last month', 'contradicts']]);
  });
});
describe('fifty-seventh session: a sum added to a bill against another sum', () => {
  it('"will add £300 to the average driver\'s annual bill" against "the average driver would pay an extra £62 a year" contradicts', () => {
    const t = "The AA said next year's fuel duty rise will add £300 to the average driver's annual bill. Treasury minister James Carr said the average driver would pay an extra £62 a year.";
    assert.deepEqual(described(run(t)), [["next year's fuel duty rise will add £300 to the average driver's annual bill", 'the average driver would pay an extra £62 a year', 'contradicts']]);
  });
});
describe('fifty-seventh session: messages spread somewhere, judged false, answer what the messages claim', () => {
  it('"messages circulating on WhatsApp ... are false" answers the next paragraph\'s "The messages claim that X"', () => {
    const t = 'Thames Valley Water has said that messages circulating on WhatsApp warning residents not to drink tap water are false.\n\nThe messages claim that a chemical spill at a treatment works has contaminated supplies to 30,000 homes.';
    assert.deepEqual(described(run(t)), [['a chemical spill at a treatment works has contaminated supplies to 30,000 homes', 'denial:are false', 'denies']]);
  });
});
describe('fifty-seventh session: that a thing did not happen against a claim that it did', () => {
  const messages = 'The messages claim that a chemical spill at a treatment works has contaminated supplies to 30,000 homes.\n\n';
  it('"there had been no spill" contradicts the nearest claim of a spill, another claimant\'s, though they share one concept', () => {
    assert.deepEqual(described(run(messages + 'The company said there had been no spill.')), [['a chemical spill at a treatment works has contaminated supplies to 30,000 homes', 'there had been no spill', 'contradicts']]);
  });
  it('and so after edits, as a fresh analysis gives', () => {
    const an = new Analyzer();
    an.analyze(messages + 'The company said there had been no fire.', 'plaintext');
    const edited = an.analyze(messages + 'The company said there had been no spill.', 'plaintext');
    assert.deepEqual(described(edited), described(run(messages + 'The company said there had been no spill.')));
  });
  it('not the claimant\'s own claim, nor a thing the other claim does not hold, nor more than two paragraphs back', () => {
    assert.deepEqual(described(run('The company said a spill had contaminated supplies. The company said there had been no spill.')), []);
    assert.deepEqual(described(run(messages + 'The company said there had been no fire.')), []);
    assert.deepEqual(described(run(messages + 'The mayor spoke.\n\nResidents met.\n\nThe police arrived.\n\nThe company said there had been no spill.')), []);
  });
});
describe('fifty-ninth session: that a thing did not happen at all against a claim after it that it did', () => {
  const told = 'The company had told regulators that its storm overflows on the Test had not discharged at all that year. ';
  it('"had not discharged at all" contradicts the nearest claim after it, another claimant\'s, of what was discharged', () => {
    const a = run(told + 'Prosecutors said monitoring data showed spills lasting a total of 610 hours.');
    assertWellFormed(a);
    assert.deepEqual(described(a), [['its storm overflows on the Test had not discharged at all that year', 'monitoring data showed spills lasting a total of 610 hours', 'contradicts']]);
  });
  it('"there had never been any argument between him and the manager" contradicts the report of an argument before it', () => {
    const t = 'The Daily Echo reported that Reis had been sacked following a heated argument with club captain Danny Moore.\n\nWriting on Instagram, Moore said there had "never been any argument" between him and the manager.';
    assert.deepEqual(described(run(t)).filter((l) => l[2] === 'contradicts'), [['Reis had been sacked following a heated argument with club captain Danny Moore', 'there had "never been any argument" between him and the manager', 'contradicts']]);
  });
  it('\'there had been "no significant restrictions" in UK airspace\' says there were no restrictions, against what they caused', () => {
    const t = 'The airline\'s chief executive, Jonas Berg, said most of the cancellations were caused by restrictions imposed by air traffic controllers.\n\nA NATS spokesman said there had been "no significant restrictions" in UK airspace over the weekend.';
    assert.deepEqual(described(run(t)), [['most of the cancellations were caused by restrictions imposed by air traffic controllers', 'there had been "no significant restrictions" in UK airspace over the weekend', 'contradicts']]);
    // (not a claim without the head noun: the adjective alone is no thing that was absent)
    assert.deepEqual(described(run('Jonas Berg said the delays were significant.\n\nA NATS spokesman said there had been "no significant restrictions" in UK airspace.')), []);
  });
  it('"it had issued no such advice" contradicts the claim before of the advice, another claimant\'s', () => {
    const t = 'The message also claims that the advice comes from "doctors at Johns Hopkins". The hospital told us it had issued no such advice.';
    assert.deepEqual(described(run(t)), [['the advice comes from "doctors at Johns Hopkins"', 'it had issued no such advice', 'contradicts']]);
    // (not a claim without the noun's concept)
    assert.deepEqual(described(run('The message also claims that doctors at Johns Hopkins recommend it. The hospital told us it had issued no such advice.')), []);
  });
  it('and so after edits, as a fresh analysis gives', () => {
    const an = new Analyzer();
    an.analyze(told + 'Prosecutors said monitoring data showed fires lasting a total of 610 hours.', 'plaintext');
    const t = told + 'Prosecutors said monitoring data showed spills lasting a total of 610 hours.';
    assert.deepEqual(described(an.analyze(t, 'plaintext')), described(run(t)));
  });
  it('not the claimant\'s own claim after it, nor one two paragraphs on, nor a denial short of "at all"', () => {
    assert.deepEqual(described(run(told + 'The company said monitoring data showed spills lasting 610 hours.')), []);
    assert.deepEqual(described(run(told + '\n\nThe mayor spoke.\n\nProsecutors said monitoring data showed spills lasting a total of 610 hours.')), []);
    assert.deepEqual(described(run('The company had told regulators that its storm overflows on the Test had not discharged that year. Prosecutors said monitoring data showed spills lasting a total of 610 hours.')), []);
  });
});
describe('fifty-ninth session: one concept for words of one thing', () => {
  it('"sacked" and "dismissed": "Any suggestion that he was dismissed is wrong" answers the report that he "had been sacked"', () => {
    const t = 'The Daily Echo reported that Reis had been sacked following a heated argument with the club captain.\n\nIn a statement, the club said: "Any suggestion that he was dismissed is wrong."';
    const a = run(t);
    assertWellFormed(a);
    assert.deepEqual(described(a), [
      ['Reis had been sacked following a heated argument with the club captain', 'denial:is wrong', 'denies'],
      ['he was dismissed', 'denial:is wrong', 'denies'],
    ]);
  });
  it('a junta and the military: "Beijing rejects claims it supplied weapons to Myanmar junta" answers "had transferred arms ... to the military"', () => {
    const t = '# Beijing rejects claims it supplied weapons to Myanmar junta\n\nA United Nations report said Chinese state-owned companies had transferred at least $267 million worth of arms to the military between 2021 and 2022.';
    const a = analyze(t, 'markdown');
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('Chinese')), [['Chinese state-owned companies had transferred at least $267 million worth of arms to the military between 2021 and 2022', 'denial:rejects claims', 'denies']]);
  });
  it('accidents and collisions: "accidents on the A614 have risen" against "the number of collisions on the road fell from 58 to 37"', () => {
    const t = 'The post also claims that accidents on the A614 have risen since the cameras were installed. Police figures show the number of collisions on the road fell from 58 in 2023 to 37 in 2024.';
    assert.deepEqual(described(run(t)), [['accidents on the A614 have risen since the cameras were installed', 'the number of collisions on the road fell from 58 in 2023 to 37 in 2024', 'contradicts']]);
  });
});
describe('fifty-ninth session: what a measure fell or rose to restates its figure', () => {
  it('"the average wait had fallen to 11 weeks" contradicts the nearest claim before in its unit, another claimant\'s', () => {
    const t = 'The trust said patients waited an average of 18 weeks for surgery last year. The health board said the average wait had fallen to 11 weeks since the new theatres opened.';
    assert.deepEqual(described(run(t)), [['patients waited an average of 18 weeks for surgery last year', 'the average wait had fallen to 11 weeks since the new theatres opened', 'contradicts']]);
    // (not a change to a figure of something the measure's noun does not name, nor the claimant's own figure)
    assert.deepEqual(described(run('The trust said patients waited an average of 18 weeks for surgery last year. The trust said the average wait had fallen to 11 weeks.')), []);
  });
});
describe('fifty-seventh session: what someone meant is no claim a denial answers or another contradicts', () => {
  const t = 'The prime minister told a rally that the government had "already built 40 new hospitals".\n\nA Downing Street spokesperson said the prime minister had been referring to "the 40 hospitals programme as a whole".\n\n';
  it('"the claim was plainly untrue" after a spokesperson\'s "had been referring to X" answers the prime minister\'s claim', () => {
    assert.deepEqual(described(run(t + 'The Nuffield Trust said the claim was "plainly untrue".')), [['the government had "already built 40 new hospitals"', 'denial:was "plainly untrue"', 'denies']]);
  });
  it('"Four new hospitals is not forty" contradicts the claim, not the spokesperson\'s explanation', () => {
    const a = run(t + 'The Nuffield Trust, a health think tank, said the claim was "plainly untrue". Its analyst Sally Gregg said: "Four new hospitals is not forty."');
    assert.deepEqual(described(a).filter((l) => l[2] === 'contradicts'), [['the government had "already built 40 new hospitals"', 'Four new hospitals is not forty', 'contradicts']]);
  });
});
describe('fifty-seventh session: "the claim", a named speaker\'s, with none reported as a claim', () => {
  it('answers the story\'s first claim, someone\'s, not the nearest figures cited against it', () => {
    const t = '# Fact check: has the government built 40 new hospitals?\n\nThe prime minister told a rally that the government had "already built 40 new hospitals".\n\nAccording to the Department of Health\'s own figures, four of the promised hospitals have been completed.\n\nThe Nuffield Trust, a health think tank, said the claim was "plainly untrue".\n';
    const a = analyze(t, 'markdown');
    assert.deepEqual(described(a), [['the government had "already built 40 new hospitals"', 'denial:was "plainly untrue"', 'denies']]);
  });
  it('not the speaker\'s own first claim', () => {
    const t = 'The trust said the government had built four hospitals.\n\nThe minister said 40 had been built.\n\nThe trust said the claim was "plainly untrue".';
    const a = run(t);
    assert.deepEqual(described(a).filter((l) => l[1].startsWith('denial:')).map((l) => l[0]), ['40 had been built']);
  });
});
describe('fifty-eighth session: opposite changes of one thing', () => {
  it('the nearest opposite change of the same thing, sharing two concepts, contradicts at the neighbour score at least', () => {
    const a = run('Mayor Victor Hale said violent crime in the city had fallen by 20% over the past year, crediting his decision to put more officers on the streets. But figures released by the police show violent crime rose by 6% in the twelve months to September.');
    assert.deepEqual(described(a), [['violent crime in the city had fallen by 20% over the past year, crediting his decision to put more officers on the streets', 'violent crime rose by 6% in the twelve months to September', 'contradicts']]);
    assert.equal(a.links[0].score, 0.6);
  });
  it('a month is no thing that changed: "turnout fell to 41% in April" and "membership rose to 30,000 in April"', () => {
    assert.deepEqual(described(run('The party said turnout fell to 41% in April. A rival poll showed membership rose to 30,000 in April.')), []);
  });
  it('"burglaries are up" after a form of "be" is a rise, which contradicts "burglaries had fallen"; "up to" is none', () => {
    assert.deepEqual(described(run('The minister claimed burglaries had fallen sharply. Police figures show burglaries are up 12% this year.')), [['burglaries had fallen sharply', 'burglaries are up 12% this year', 'contradicts']]);
    assert.deepEqual(described(run('The minister claimed burglaries had fallen sharply. Police figures show burglaries are up to 12% this year.')), []);
  });
});
describe('fifty-eighth session: what a figure counts', () => {
  it('a comma after a sum ends what it counts: "cost £84 million, twice its original budget" counts money, which "final cost was £61 million" contradicts', () => {
    assert.deepEqual(described(run("A post on Facebook says the bridge cost £84 million, twice its original budget. Figures published by the county council show the bridge's final cost was £61 million.")), [
      ['the bridge cost £84 million, twice its original budget', "the bridge's final cost was £61 million", 'contradicts'],
    ]);
  });
  it('a budget and a cost are different measures', () => {
    assert.deepEqual(described(run("Figures published by the county council show the bridge's final cost was £61 million. A transport economist said the bridge's original budget was £42 million.")), []);
  });
  it('a gap "the estimates vary by $15 billion" counts no fortune', () => {
    assert.deepEqual(described(run("Forbes said the brothers' fortune stood at just under $40 billion each. Bloomberg said estimates of the brothers' fortune vary by $15 billion.")), []);
  });
});
describe('fifty-eighth session: figures in the thousands differ by more than their last place', () => {
  it('"completed 4,300 homes" is contradicted by "3,950 homes were completed" (8% apart, but no rounding makes one the other)', () => {
    assert.deepEqual(described(run('Mayor Anita Shah said the city had completed 4,300 homes. Figures from the planning department show 3,950 homes were completed in the period.')), [
      ['the city had completed 4,300 homes', '3,950 homes were completed in the period', 'contradicts'],
    ]);
  });
  it('but "about 4,000 homes" agrees with 3,950, and shares keep the tolerance: 46 percent and 44 percent', () => {
    assert.deepEqual(described(run('Mayor Anita Shah said the city had completed about 4,000 homes. Figures from the planning department show 3,950 homes were completed in the period.')), []);
    assert.deepEqual(described(run('A Quinnipiac poll showed turnout at 46 percent among young voters. A Marist poll showed turnout at 44 percent among young voters.')), []);
  });
});
describe('fifty-eighth session: a hyphenated compound news seldom writes whole reads as its two words', () => {
  it('"there never was a stand-down order" contradicts an order to "stand down"', () => {
    assert.deepEqual(described(run('Two contractors said the station chief ordered the security team to "stand down" rather than rush to the compound. The former station chief said there never was a stand-down order.')), [
      ['the station chief ordered the security team to "stand down" rather than rush to the compound', 'there never was a stand-down order', 'contradicts'],
    ]);
  });
  it('"there had never been any price-fixing" contradicts "told to fix prices"', () => {
    assert.deepEqual(described(run('The union said drivers had been told to fix prices on the route. The company said there had never been any price-fixing on the route.')), [
      ['drivers had been told to fix prices on the route', 'there had never been any price-fixing on the route', 'contradicts'],
    ]);
  });
});
describe('fifty-eighth session: a verdict under a heading that holds a claim', () => {
  it('"**False.**" under the second heading answers that heading\'s claim, though the first heading\'s verdict ("Mostly true.") is no denial', () => {
    const t = '# Fact check: the leaders\' debate\n\n## "Unemployment is at its lowest level for 50 years" — Prime Minister\n\n**Mostly true.** The rate fell to 3.8% in the three months to August.\n\n## "Two million more children are living in poverty" — Opposition leader\n\n**False.** Official figures show the number of children in relative poverty rose by about 350,000.\n';
    const a = analyze(t, 'markdown');
    assert.deepEqual(described(a), [['Two million more children are living in poverty', 'denial:False', 'denies']]);
  });
});
describe('fifty-eighth session: "non-" after a form of "be" negates its head', () => {
  it('"were non-binding letters of intent" is contradicted by "all of its contracts were legally binding"', () => {
    assert.deepEqual(described(run('Grayfin said many of the contracts Lumora announced last year were non-binding letters of intent. Lumora said all of its contracts were legally binding.')), [
      ['many of the contracts Lumora announced last year were non-binding letters of intent', 'all of its contracts were legally binding', 'contradicts'],
    ]);
  });
  it('but "meetings with non-government officials" negates nothing', () => {
    assert.deepEqual(described(run('The agency reported that half of her meetings with non-government officials were with donors. A review found that half of the officials who met her were donors.')), []);
  });
});
describe('fifty-eighth session: "under water" is a flood', () => {
  it('"claims to show Dunmore airport under water" is denied by the headline "Photo of flooded airport is from 2015"', () => {
    const a = run("Photo of flooded airport is from 2015\n\nAn image shared thousands of times on X claims to show Dunmore airport under water after Saturday's storm.");
    assert.deepEqual(described(a), [["to show Dunmore airport under water after Saturday's storm", 'denial:is from 2015', 'denies']]);
  });
});
describe('fifty-eighth session: a year after a month or a season counts nothing', () => {
  it('"ran in spring 2024 and received 1,800 responses", "closed in March 2023 and cut 400 jobs"', () => {
    assert.deepEqual(conceptsOf('A public consultation ran in spring 2024 and received 1,800 responses').quantities, [{ value: 2024, concept: null }, { value: 1800, concept: 'stem:respons' }]);
    assert.deepEqual(conceptsOf('The plant closed in March 2023 and cut 400 jobs').quantities, [{ value: 2023, concept: null }, { value: 400, concept: 'group:job' }]);
  });
});
describe('fifty-eighth session: a fact check\'s "Fact:" answers the claim its "Claim:" names', () => {
  it('"**Fact:** A six-week public consultation ran" contradicts "**Claim:** The cameras were installed without consultation"', () => {
    const t = '# Claims checked\n\n**Claim:** The cameras were installed without consultation.\n\n**Fact:** A six-week public consultation ran in spring 2024 and received 1,800 responses.\n';
    assert.deepEqual(described(analyze(t, 'markdown')), [['The cameras were installed without consultation', 'A six-week public consultation ran in spring 2024 and received 1,800 responses', 'contradicts']]);
  });
  it('but not an answer that shares no concept with the claim, nor a paragraph with no label', () => {
    assert.deepEqual(described(analyze('# Claims checked\n\n**Claim:** The cameras were installed without consultation.\n\n**Fact:** Average speeds on the road fell by 4 mph in 2024.\n', 'markdown')), []);
    assert.deepEqual(described(analyze('# Claims checked\n\n**Claim:** The cameras were installed without consultation.\n\nA six-week public consultation ran in spring 2024 and received 1,800 responses.\n', 'markdown')), []);
  });
});
describe('sixtieth session: "the union\'s figures" are its official\'s', () => {
  const t = [
    'The Unite union announced on Thursday that 1,200 cabin crew would walk out for five days from 23 December.',
    'However, union official Gemma Rourke said the airline was "living in a fantasy world". She said more than 80% of the company\'s crew were union members.',
    'The airline disputed the union\'s figures, saying fewer than half of its cabin staff belonged to Unite.',
  ].join('\n\n');
  it('the nearest claim of a person named with the owner before a role ("union official Gemma Rourke"), before the union\'s own', () => {
    assert.deepEqual(described(run(t)), [
      ["more than 80% of the company's crew were union members", "denial:disputed the union's figures", 'denies'],
      ["more than 80% of the company's crew were union members", 'fewer than half of its cabin staff belonged to Unite', 'contradicts'],
    ]);
  });
  it('namedWithRole: the owner, then a role that speaks for it, right before the name; not another role', () => {
    assert.equal(namedWithRole('union official Gemma Rourke said', 'Gemma Rourke', 'union'), true);
    assert.equal(namedWithRole('Council leader Amira Hussain said', 'Amira Hussain', 'council'), true);
    assert.equal(namedWithRole('union general secretary Gemma Rourke said', 'Gemma Rourke', 'union'), true);
    assert.equal(namedWithRole('union member Gemma Rourke said', 'Gemma Rourke', 'union'), false);
  });
});
describe('sixtieth session: "the water company\'s account" names its owner by a compound', () => {
  it('is no claim of its own and answers the company\'s nearest claim', () => {
    const t = [
      'The company said in a statement that the outfall had operated only twice during the period.',
      'Local MP Tom Ashdown said the water company\'s account "does not add up".',
    ].join('\n\n');
    const a = run(t);
    assert.deepEqual(a.claims.map((c) => c.span.text), ['the outfall had operated only twice during the period']);
    assert.deepEqual(described(a), [['the outfall had operated only twice during the period', 'denial:does not add up', 'denies']]);
  });
});
describe('sixtieth session: a depot is a facility', () => {
  it('"its strikes had hit a fuel depot used by the Ukrainian military" is what "denied that any military facility had been hit" denies', () => {
    const a = run('Moscow also claimed that its strikes had hit a fuel depot used by the Ukrainian military near Izmail. Ukrainian officials denied that any military facility had been hit.');
    assert.deepEqual(described(a).filter((l) => l[0].startsWith('its')), [['its strikes had hit a fuel depot used by the Ukrainian military near Izmail', 'denial:denied', 'denies']]);
  });
});
describe('sixtieth session: a denial of reports that say something', () => {
  const t = [
    'Brightmart reported a 12% fall in half-year profits on Thursday, blaming weaker spending on clothing.',
    'Chief executive Karen Holt denied reports that the company was preparing to close up to 40 stores, calling them "pure speculation".',
    'The Sunday Courier had reported last month that Brightmart was reviewing its store estate.',
  ].join('\n\n');
  it('answers the report that speaks of it, not the company\'s own results; "calling them" points back to the same reports', () => {
    assert.deepEqual(described(run(t)), [
      ['the company was preparing to close up to 40 stores', 'denial:denied reports', 'denies'],
      ['the company was preparing to close up to 40 stores', 'denial:calling them "pure speculation"', 'denies'],
      ['Brightmart was reviewing its store estate', 'denial:denied reports', 'denies'],
    ]);
  });
});
describe('sixtieth session: homes built and homes completed', () => {
  it('"the council had built 3,000 affordable homes since 2021" is contradicted by "1,140 affordable homes were completed in that period"', () => {
    const t = "Labour's Maya Cole said the council had built 3,000 affordable homes since 2021.\n\nThe council's own housing report says 1,140 affordable homes were completed in that period.";
    assert.deepEqual(described(run(t)), [['the council had built 3,000 affordable homes since 2021', '1,140 affordable homes were completed in that period', 'contradicts']]);
  });
});
describe('sixtieth session: footage said to be edited', () => {
  it('"The footage circulating online has been edited to remove the context" denies what "Videos posted online appear to show"', () => {
    const t = [
      'Videos posted online appear to show officers dragging protesters across the road. Organisers said 23 people had been injured.',
      'Chief Superintendent Karen Mills said the force had acted lawfully. "The footage circulating online has been edited to remove the context," she said.',
    ].join('\n\n');
    const a = run(t);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.speaker, d.target?.text]), [['been edited to remove', 'Karen Mills', 'The footage circulating online']]);
    assert.deepEqual(described(a), [['officers dragging protesters across the road', 'denial:been edited to remove', 'denies']]);
  });
});
describe('sixtieth session: a spokesperson named by the body\'s initials', () => {
  it('"An MoD spokesperson said X" is the Ministry of Defence\'s side: its denial does not deny X', () => {
    const t = [
      'The Ministry of Defence has denied a newspaper report that the army missed its recruitment target by more than 40% last year.',
      'An MoD spokesperson said: "The army recruited 7,900 regular soldiers last year, the highest number for five years."',
    ].join('\n\n');
    assert.deepEqual(described(run(t)), [['the army missed its recruitment target by more than 40% last year', 'denial:has denied a newspaper report', 'denies']]);
  });
});
describe('sixtieth session: a bid is an offer, and "no bid had been made" says there was none', () => {
  it('"no bid had been made" contradicts "Westbury had tabled the offer last week", another claimant\'s', () => {
    const t = 'The Daily Star reported on Monday that Westbury had tabled the offer last week.\n\nA club spokesman said no bid had been made.';
    assert.deepEqual(described(run(t)), [['Westbury had tabled the offer last week', 'no bid had been made', 'contradicts']]);
  });
});
describe('sixty-first session: "the claim" past a heading\'s claim a denial holds', () => {
  it('answers the story\'s first claim of someone\'s own, not the nearest statement of that someone\'s side', () => {
    const t = "# Mayor's claim that crime has halved is misleading\n\nThe mayor, Julia Brandt, said that violent crime in the city had halved since 2021.\n\nA spokesman for Brandt said the mayor \"stands by\" her record.\n\nHer opponent, Raj Mehta, said the claim was \"a deliberate attempt to mislead voters\".\n";
    const a = analyze(t, 'markdown');
    assert.deepEqual(described(a).filter((l) => l[1] === 'denial:was "a deliberate attempt to mislead voters"'), [['violent crime in the city had halved since 2021', 'denial:was "a deliberate attempt to mislead voters"', 'denies']]);
  });
});
describe('sixty-first session: ignored against looked into', () => {
  it('"fatigue reports were ignored" and "all fatigue reports are reviewed within 48 hours" contradict; reviewing two things does not', () => {
    assert.deepEqual(described(run('Ellison, a former pilot, claimed that fatigue reports were ignored. The airline said all fatigue reports are reviewed within 48 hours.')), [
      ['fatigue reports were ignored', 'all fatigue reports are reviewed within 48 hours', 'contradicts'],
    ]);
    assert.deepEqual(described(run('Ellison, a former pilot, claimed that fatigue reports were ignored. The airline said all safety audits are reviewed within 48 hours.')), []);
  });
});
describe('sixty-first session: a statement someone is said, in the third person, never to have made', () => {
  it('"The prime minister did not say X" denies the claim a clip puts in his mouth; "We never said X" is no denial of one\'s own', () => {
    const t = '# Fact check: pensions\n\nA video clip appears to show Prime Minister Daniel Reeve telling an audience that "pensions will have to be cut next year".\n\nThe prime minister did not say pensions would be cut.\n';
    assert.deepEqual(described(analyze(t, 'markdown')), [['pensions will have to be cut next year', 'denial:did not say', 'denies'], ['pensions would be cut', 'denial:did not say', 'denies']]);
    // (a source that opens with "US" is no first person "us": "US Ambassador Mark Reed did not say X")
    const us = '# Fact check: the base\n\nA video clip appears to show US Ambassador Mark Reed telling an audience that "the base will have to close next year".\n\nUS Ambassador Mark Reed did not say the base would close.\n';
    assert.deepEqual(described(analyze(us, 'markdown')), [['the base will have to close next year', 'denial:did not say', 'denies'], ['the base would close', 'denial:did not say', 'denies']]);
    const own = '# Pensions\n\nDaniel Reeve told an audience that pensions will have to be cut next year.\n\nWe never said pensions would be cut, Reeve added.\n';
    assert.deepEqual(described(analyze(own, 'markdown')).filter((l) => l[0] !== 'pensions would be cut'), []);
  });
});
describe('sixty-first session: an owner\'s figures', () => {
  it('"the committee\'s figures" answer the committee\'s claim with a number, not its nearer words without one', () => {
    const t = 'The Defence Committee said the regular army had 72,500 trained troops in October. It said recruitment had "failed for a decade".\n\nA ministry spokesperson said the committee\'s figures were "out of date".';
    assert.deepEqual(described(run(t)), [['the regular army had 72,500 trained troops in October', 'denial:were "out of date"', 'denies']]);
  });
});
describe('sixty-first session: a clause of when a ", not" corrects, and how a figure is measured', () => {
  it('"denied that it had changed how response times were measured" answers "response times were being recorded from the moment a crew was assigned, not when a call was made"', () => {
    const t = 'A whistleblower said response times were being recorded from the moment a crew was assigned, not when a call was made.\n\nThe health board denied that it had changed how response times were measured.';
    assert.deepEqual(described(run(t)).filter((l) => l[0].startsWith('response')), [['response times were being recorded from the moment a crew was assigned, not when a call was made', 'denial:denied', 'denies']]);
  });
});
