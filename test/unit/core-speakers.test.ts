/**
 * Canonical speaker names: titles, roles and places stripped, appositives dropped, bare surnames
 * completed from a full name, pronouns resolved to the speaker they refer to.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyzer';
import { canonicalName, isPronoun, mentionedFullName, onePersonNamed, resolveSpeakers, sourceInfo } from '../../src/core/speakers';
import { Analyzer } from '../../src/core';
import { givenNamePronoun } from '../../src/core/data/names';


/** The speakers of a plain text's attributions, in order (null where there is none). */
const speakersOf = (t: string): Array<string | null> => new Analyzer().analyze(t, 'plaintext').attributions.map((x) => x.speaker ?? null);
describe('core speakers', () => {
  describe('"he" or "she" after a sentence whose subject is a person named and that reports nothing', () => {
    it('is that person, not the last speaker: "Her colleague Jane Whitfield disagreed. She said ..."', () => {
      const t = 'Councillor Maria Lopez said closing the school would save 1.2 million crowns. Her colleague Jane Whitfield disagreed. She said the savings were far smaller.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Councillor Maria Lopez', 'Maria Lopez'], ['She', 'Jane Whitfield']]);
    });
    it('a place\'s role, then the name between commas, with an adverb before the verb: "Lessavia\'s President, Ilona Petrenko, also weighed in"', () => {
      const t = 'The channel Frontline Watch said troops had massed near Tarnopol. Lessavia\'s President, Ilona Petrenko, also weighed in. In a televised address on Sunday evening, she said the reports were false.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['The channel Frontline Watch', 'Frontline Watch'], ['she', 'Ilona Petrenko']]);
      // (a subject with no appositive before the adverb names no speaker: not "Footage" in "Footage of X again appears")
      const footage = 'Ana Ruiz said the film was old. Footage of Tomas Vell again appears. "We will win," he says.';
      assert.deepEqual(analyze(footage, 'plaintext').attributions.map((a) => a.speaker), ['Ana Ruiz', null]);
    });
    it('an epithet after a sentence whose subject is a person named is that person: "The Finn said", "The 24-year-old said"; alone, no one', () => {
      for (const epithet of ['The Finn', 'The 24-year-old', 'The young Briton']) {
        const t = `Kimi Laine won the race in Monza on Sunday. ${epithet} said the car had been perfect.`;
        assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [[epithet, 'Kimi Laine']], epithet);
      }
      assert.deepEqual(analyze('The Finn said the car had been perfect.', 'plaintext').attributions.map((a) => a.speaker), [null]);
    });
    it('"Experts we spoke to agreed", "Economists the BBC talked to said": the people speak, with their clause in the source', () => {
      const t = 'Experts we spoke to agreed that the survey is the better guide, but said it misses homicide. Economists the BBC talked to said prices would fall. Residents we interviewed said the water was brown.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.cue.text, a.source?.text, a.speaker, a.content?.text]), [
        ['agreed', 'Experts we spoke to', 'Experts', 'the survey is the better guide'],
        ['said', 'Experts we spoke to', 'Experts', 'it misses homicide'],
        ['said', 'Economists the BBC talked to', 'Economists', 'prices would fall'],
        ['said', 'Residents we interviewed', 'Residents', 'the water was brown'],
      ]);
      // (a name before a verb with no preposition is rather the people asked: "Cuban-Americans polled")
      assert.deepEqual(canonicalName('Some voters Gallup polled'), { name: 'Some voters Gallup polled', kind: 'group' });
    });
    it('"South Yorkshire Fire and Rescue", "Customs and Border Protection": "and" between capitalised common words joins one body', () => {
      assert.deepEqual(canonicalName('South Yorkshire Fire and Rescue'), { name: 'South Yorkshire Fire and Rescue', kind: 'other' });
      assert.deepEqual(canonicalName('Official figures from Customs and Border Protection'), { name: 'Customs and Border Protection', kind: 'other' });
      assert.deepEqual(canonicalName('The Centers for Disease Control and Prevention').name, 'Disease Control and Prevention');
      // (not two people, whatever their surnames mean, nor two groups)
      assert.deepEqual(canonicalName('Rubio and Bush').name === 'Rubio and Bush', false);
      assert.deepEqual(canonicalName('Democrats and Republicans'), { name: 'Democrats and Republicans', kind: 'group' });
    });
    it('the same pronoun again, with no person named since it stood for one described, is still theirs', () => {
      const t = 'Rick Wilson said the party was finished. One delegate said he tried to give away passes. He was unable to find a single taker, he said. "Not even one," he said.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Rick Wilson', 'One delegate', 'One delegate', 'One delegate']);
    });
    it('"Residents interviewed by the Herald", "Voters polled by Gallup": who answered speaks, not who asked', () => {
      const t = 'Residents interviewed by the Herald described hearing two explosions. Voters polled by Gallup said the economy was the top issue.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Residents interviewed by the Herald', 'Residents'], ['Voters polled by Gallup', 'Voters']]);
      // (and who was consulted or hired: "Engineers consulted by the Observer")
      const u = 'Engineers consulted by the Observer estimated the cost at £20 million. Lawyers hired by the family said the inquiry was flawed.';
      assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Engineers consulted by the Observer', 'Engineers'], ['Lawyers hired by the family', 'Lawyers']]);
    });
    it('"it" is no person named by a role ("A port worker said"), and "the United Nations" is a body, no person', () => {
      const t = 'A port worker said no weapons had ever been stored there. The United Nations said it was deeply concerned. It said the attack threatened shipments.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['A port worker', 'port worker'], ['The United Nations', 'United Nations'], ['It', 'United Nations']]);
    });
    it('"it" after a business named by its role is the business: "The plant\'s operator, Veridian Waste, denied ... It said ..."', () => {
      const t = "Residents say the plant makes them ill. The plant's operator, Veridian Waste, denied any link. It said emissions had stayed within legal limits.";
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Residents', 'Residents'], ['It', 'Veridian Waste']]);
    });
    it('a name right after a lower-case noun for a body is the body\'s: "The energy regulator Ofgem said X. It said Y."', () => {
      const t = 'The paper cited an internal email. The energy regulator Ofgem said suppliers must give notice. It said it had not been notified.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['The paper', 'paper'], ['The energy regulator Ofgem', 'Ofgem'], ['It', 'Ofgem']]);
      // (a company's name that ends in a portfolio's title word, "Energy"; a person's role before a name is no body's)
      const u = 'Power company Greenlight Energy said prices would not rise. Florida developer Mel Sembler said he feared it.';
      assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Power company Greenlight Energy', 'Greenlight Energy'], ['Florida developer Mel Sembler', 'Mel Sembler']]);
    });

    it('"the budget office", "The airport": an institution named before by its head in capitals', () => {
      const t = 'The Congressional Budget Office said the deficit would rise. The budget office said costs would grow.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Congressional Budget Office', 'Congressional Budget Office']);
    });
    it('a pronoun stands for the one person its own sentence names before it, subject or not: "accused the mayor, Rachel Adeyemi, of X after she claimed Y"', () => {
      const t = 'Opposition councillors have accused the mayor, Rachel Adeyemi, of misleading voters after she claimed that crime had halved.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.filter((a) => a.source?.text === 'she').map((a) => a.speaker), ['Rachel Adeyemi']);
      // (a name in the sentence before, not its subject, still tells nothing; nor a name that tells the other pronoun)
      const u = 'Voters cheered the mayor, Rachel Adeyemi. She claimed that crime had halved. Critics met Tom Hart, and she said it had not.';
      assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['She', null], ['she', null]]);
    });

    it('a role that tells the pronoun, named since a name that does not: "Pennine Crown said X. A spokeswoman for the operator said Y. ... she said"', () => {
      const t = 'Pennine Crown said 38 per cent of trains had run. A spokeswoman for the operator said crews had kept core routes open.\n\n"We have run more trains today than on any strike day," she said.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Pennine Crown', 'spokeswoman for the operator', 'spokeswoman for the operator']);
      // (a pronoun inside the sentence of the person it opens on: "Anton Brekke gave a speech in which he said X"; not a
      // subject inside what is reported, nor a subordinate clause's)
      const speech = 'Hours later, Deputy Governor Anton Brekke gave a speech in which he said inflation was 3.8 percent. He said the bank "cannot afford to relax".';
      assert.deepEqual(analyze(speech, 'plaintext').attributions.map((a) => a.speaker), ['Anton Brekke', 'Anton Brekke']);
      assert.deepEqual(analyze('Fundraising was "stagnant for a month" in the spring, he said.', 'plaintext').attributions.map((a) => a.speaker), [null]);
      assert.deepEqual(analyze('When Dana Reyes left, he said the plant would close.', 'plaintext').attributions.map((a) => a.speaker), [null]);
      // (a pronoun after a fronted phrase with no verb, "In a statement issued Tuesday evening, he said", and a subject
      // stressed by a reflexive, "Lindqvist herself addressed the rumours")
      const fronted = 'White House press secretary Glenn Atwater said the figures were accurate.\n\nWhitcomb did not back down. In a statement issued Tuesday evening, he said he stood by his remarks.';
      assert.deepEqual(analyze(fronted, 'plaintext').attributions.map((a) => a.speaker), ['Glenn Atwater', 'Whitcomb']);
      const herself = '"We have no record of it," said Officer Renata Solberg.\n\nVera Lindqvist spoke on Sunday. Lindqvist herself addressed the rumours in a video. "I\'m fine, I promise," she said.';
      assert.deepEqual(analyze(herself, 'plaintext').attributions.map((a) => a.speaker), ['Renata Solberg', 'Vera Lindqvist']);
      // (past a relative clause on the subject, "Castellane, who took over in 2021, has staked ...", and a question put to
      // the subject, "when asked about Delacroix")
      const relative = 'A spokeswoman said the figure was wrong.\n\nCastellane, who took over in 2021 after the departure of founder Alan Pryce, has staked her reputation on Keystone. She said she was relaxed.';
      assert.deepEqual(analyze(relative, 'plaintext').attributions.map((a) => a.speaker), ['spokeswoman', 'Castellane']);
      const asked = 'Club chairman Brian Oduya said the approach was illegal.\n\nRovers boss Kieran Mallory was tight-lipped when asked about Delacroix at his press conference. He said he would not talk about players at other clubs.';
      assert.deepEqual(analyze(asked, 'plaintext').attributions.filter((a) => a.source !== null).map((a) => a.speaker), ['Brian Oduya', 'Kieran Mallory']);
      // (a denial inside a report whose pronoun stands for someone known is that person's too)
      const hitBack = 'Returning officer Gillian Marsh said turnout was 61 per cent.\n\nRachel Thornbury has hit back. "That is simply untrue. We never said it," she told reporters.';
      const hb = analyze(hitBack, 'plaintext');
      assert.deepEqual([...hb.attributions.map((a) => a.speaker), ...hb.denials.map((d) => d.speaker)], ['Gillian Marsh', 'Rachel Thornbury', 'Rachel Thornbury']);
      // (a role held for someone has no surname of its own: "Trump" is not "a longtime adviser to Trump")
      const adviser = 'Donald Trump spoke on Monday. "It went well," said a longtime adviser to Trump.\n\nTrump himself was delighted. "The people who were offended were people we wanted to offend," he later said.';
      assert.deepEqual(analyze(adviser, 'plaintext').attributions.map((a) => a.speaker), ['longtime adviser to Trump', 'Donald Trump']);
      // (a person named by a role alone right before, after a name that tells no pronoun: the role)
      const officer = 'The group\'s investigations director, Amara Nwosu, said the shipment was large.\n\nA senior police officer, who asked not to be named, said investigators were examining bank transfers. He said the transfers totalled about $3 million.';
      assert.deepEqual(analyze(officer, 'plaintext').attributions.map((a) => a.speaker), ['Amara Nwosu', 'senior police officer', 'senior police officer']);
      // (a contractor, a staffer: roles too, which a spokeswoman named before does not pass over)
      const contractor = 'EchoHome denied the allegations. "Our devices only record after hearing the wake word," a spokeswoman said.\n\nBut a former contractor, who asked not to be named, said she had reviewed clips in which no wake word could be heard. "We were told to move on," she said.';
      assert.deepEqual(analyze(contractor, 'plaintext').attributions.map((a) => a.speaker), ['EchoHome', 'former contractor', 'former contractor']);
      // (one person described, whose own report opens with the pronoun: "One patient ... said she had received a letter.
      // \"I was horrified,\" she said" is the patient, though a woman was named before; not "A Clinton ally said she")
      const patient = 'Chief executive Dr Amina Shah apologised. One patient, who asked not to be named, said she had received a letter. "I was horrified," she said.';
      assert.deepEqual(analyze(patient, 'plaintext').attributions.map((a) => a.speaker), ['Amina Shah', 'One patient', 'One patient']);
      const ally = 'Hillary Clinton said the deal was bad. A Clinton ally said she could not support the deal. "It is over," she said.';
      assert.deepEqual(analyze(ally, 'plaintext').attributions.map((a) => a.speaker).slice(-1), ['Hillary Clinton']);
      // (a name that tells the pronoun comes first: "Mr Justice Ambrose ruled ... a company spokesman said ... he wrote")
      const judge = 'Mr Justice Ambrose ruled on Thursday that the council had no evidence. "The figure was never based on any survey," a company spokesman said. In his ruling he wrote that the estimate was guesswork.';
      assert.deepEqual(analyze(judge, 'plaintext').attributions.map((a) => a.speaker), ['Ambrose', 'company spokesman', 'Ambrose']);
    });

    it('"I\'m saying", "we\'ve asked": the pronoun is the source, up to its apostrophe; "you" names no speaker', () => {
      const t = 'I\u2019m saying I don\u2019t know what it is. We\u2019ve asked the ministry to check.';
      const a = analyze(t, 'plaintext');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source, x.content?.text]), [
        ['saying', { start: 0, end: 1, text: 'I' }, 'I don\u2019t know what it is'],
        ['asked', { start: t.indexOf('We'), end: t.indexOf('We') + 2, text: 'We' }, 'the ministry to check'],
      ]);
      assert.deepEqual(analyze('You said the figure was wrong.', 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['You', null]]);
    });

    it('an age description with a relative clause on it is the person named before: "The 26-year-old, who won silver, denied ..."', () => {
      const t = 'Sprinter Marcus Adeyemi-Clarke said he was devastated. The 26-year-old, who won silver last year, denied any wrongdoing.';
      assert.deepEqual(analyze(t, 'plaintext').denials.map((d) => [d.source?.text, d.speaker]), [['The 26-year-old, who won silver last year', 'Marcus Adeyemi-Clarke']]);
    });

    it('a given name borne by men and women alike tells no pronoun: "Rowan Tesh said X. He said Y" is Tesh; "But" opening the block is no part of a source', () => {
      const t = 'Senior forecaster Tobias Renwick said the record was set in 1986.\n\n"The flooding was real," Rowan Tesh said. He said he would not delete the post.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Tobias Renwick', 'Rowan Tesh', 'Rowan Tesh']);
      const u = 'Residents gave conflicting accounts.\n\nBut Ernesto Palacios, 61, a farmer, said soldiers arrived on Monday.';
      assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Ernesto Palacios, 61, a farmer', 'Ernesto Palacios']]);
    });

    it('past sentences that go on about the same "she", and past a title with a participle: "Ilse Marrow has lived here. She keeps goats. ... she said"', () => {
      const t = 'The road climbs for forty minutes.\n\nIlse Marrow has lived here for 71 years. She keeps goats, and she keeps a notebook. In it, she has recorded the colour of the stream. "It ran orange for eleven days in May," she said.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Ilse Marrow']);
      const u = 'Altamont rejects those figures.\n\nIts chief operating officer, Renata Okafor-Lund, went further when reached by phone. "There is no evidence that our facility has leaked," she said.';
      assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => a.speaker), ['Renata Okafor-Lund']);
    });

    it('past an appositive between the subject and its verb: "Mensah, 27, won silver. He wrote ..."', () => {
      const t = 'Sprinter Kofi Mensah has denied doping, his lawyer, Sarah Quist, said. Mensah, 27, won silver last year. He wrote that he was devastated.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['his lawyer, Sarah Quist', 'Sarah Quist'], ['He', 'Kofi Mensah']]);
    });
    it('the name in the subject\'s appositive: "The environment minister, Harriet Cole, has arrived. She told residents ..."', () => {
      const t = 'The environment minister, Harriet Cole, has arrived in Eastbury. She told residents that help was on the way.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['She', 'Harriet Cole']]);
    });

    it('a pronoun after the quotation that opens its sentence: "Hart is unconvinced. \\"...,\\" she argues."', () => {
      const t = 'The Treasury says its figures include a new fund. Hart is unconvinced. "A fund that has not been allocated is not investment," she argues.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['The Treasury', 'Treasury'], ['she', 'Hart']]);
    });

    it('a person a pronoun stood for keeps that pronoun: "he" later is not "she"', () => {
      const t = 'Mrs. Clinton did not hesitate. "Everybody should be believed," she said. Later he said the answer was wrong.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['she', 'Clinton'], ['he', null]]);
    });

    for (const t of [
      // (two subjects: which one is meant is not known)
      'Councillor Maria Lopez said closing the school would save 1.2 million crowns. Lopez left early, but Jane Whitfield stayed. She said the savings were far smaller.',
      // (a role, no name)
      'Councillor Maria Lopez said closing the school would save 1.2 million crowns. The colleague disagreed. She said the savings were far smaller.',
    ]) {
      it(`but not where the subject is unclear or no name: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Maria Lopez', 'Maria Lopez']);
      });
    }
  });

  describe('canonicalName', () => {
    const cases: Array<[string, string, string]> = [
      ['Russian Foreign Minister Sergey Lavrov', 'Sergey Lavrov', 'person'],
      ['Sprinter Kofi Mensah', 'Kofi Mensah', 'person'],
      // a person, then where they work, which ends in a place
      ['Maria Keane of Kidney Care UK', 'Maria Keane', 'person'],
      ['Chancellor Angela Merkel of Germany', 'Angela Merkel', 'person'],
      ['Two-thirds of Democratic insiders', 'Two-thirds of Democratic insiders', 'group'],
      ['Amara Okeke of the group Clean Air Now', 'Amara Okeke', 'person'],
      // (two people: the last named, as before; not the first by the rule for one)
      ['Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky', 'Rand Paul', 'person'],
      // (a month in lower case is no date)
      ['Organisers of the march', 'Organisers of the march', 'group'],
      // a name after a business's role is the business
      ["The plant's operator, Veridian Waste", 'Veridian Waste', 'other'],
      ["the company's chief executive, Mark Dyer", 'Mark Dyer', 'person'],
      ['Prime Minister Arno Veld', 'Arno Veld', 'person'],
      // a place and one word the lexicon knows: a body's name, kept whole; a British councillor's abbreviated title
      ['UK Athletics', 'UK Athletics', 'other'],
      ['British Cycling', 'British Cycling', 'other'],
      ['UK Athletics chief executive Jo Coates', 'Jo Coates', 'person'],
      ['Cllr Martin Oakes', 'Martin Oakes', 'person'],
      ['DCI Sarah Holt', 'Sarah Holt', 'person'],
      // a business named by its trade
      ['Veltrix Systems', 'Veltrix Systems', 'other'],
      ['Altamont Lode Resources', 'Altamont Lode Resources', 'other'],
      // a post-nominal of the law or an honour (not a role: "Labour MP")
      ['Jonathan Reeve KC, for the defence', 'Jonathan Reeve', 'person'],
      // (a reflexive in the first part, an aside after: each part without its tail)
      ['Ambrose herself, asked about the row on Westbridge Radio', 'Ambrose', 'person'],
      ['Health Minister Ana Petrova', 'Ana Petrova', 'person'],
      ['Governor Tom Reyes', 'Tom Reyes', 'person'],
      ['Lavrov', 'Lavrov', 'person'],
      ['Smith, a spokesman for the ministry', 'Smith', 'person'],
      // the person named on their own, not whom they speak for
      ['A spokeswoman for Reyes, Carla Nunez', 'Carla Nunez', 'person'],
      ['Carla Nunez, a spokeswoman for Reyes', 'Carla Nunez', 'person'],
      ['a spokesman for Lavrov', 'Lavrov', 'person'],
      ['Chief of Staff John Kelly', 'John Kelly', 'person'],
      ['Mark Smith of the Cato Institute', 'Mark Smith', 'person'],
      ['Councillor Piet de Vries', 'Piet de Vries', 'person'],
      // news outlets are bodies with their whole name, not a surname after a place ("Post" after "Washington")
      ['The Washington Post', 'Washington Post', 'other'],
      ['the Sunday Times', 'Sunday Times', 'other'],
      ['Fox News', 'Fox News', 'other'],
      ['a report seen by the Daily Courier', 'Daily Courier', 'other'],
      // the outlet that saw a document, after a comma as without one
      ["The agency's report, seen by the Courier", 'Courier', 'other'],
      ['The memo, obtained by the Herald', 'Herald', 'other'],
      // (nor letters after a name of two words or more; "Labour MP" is a role)
      ['prosecutor Anna Lowe KC', 'Anna Lowe', 'person'],
      ['Sir Keir Starmer MP', 'Keir Starmer', 'person'],
      ['Labour MP', 'Labour MP', 'other'],
      // a company by the word for one that ends its name, or an ampersand
      ['Homeware retailer Linden & Co', 'Linden & Co', 'other'],
      ['Marks & Spencer', 'Marks & Spencer', 'other'],
      ['Acme Inc.', 'Acme Inc', 'other'],
      // a force named by its place
      ['Police Scotland', 'Police Scotland', 'other'],
      // a body with a place before its head, or named "National" and one word ("National" is otherwise a title word)
      ['The London Fire Brigade', 'London Fire Brigade', 'other'],
      ['the US Coast Guard', 'US Coast Guard', 'other'],
      ['National Highways', 'National Highways', 'other'],
      ['National Security Adviser Jake Sullivan', 'Jake Sullivan', 'person'],
      // a document dated with a day's number; a Markdown link is its text; a plural's name with "of the"; counsel is a role
      ['An article published on 3 March', 'article', 'group'],
      ['Official figures from the [Department for Energy Security and Net Zero](https://www.gov.uk/desnz)', 'Department for Energy Security and Net Zero', 'other'],
      ['Friends of the Earth', 'Friends of the Earth', 'other'],
      ['Counsel for the Crown, Simon Hale KC', 'Simon Hale', 'person'],
      ['The Energy Ombudsman', 'Energy Ombudsman', 'other'],
      // a name an appositive calls a body is no person (but for a role's phrase after the head: "director of the ... Party")
      ['Transport Focus, the passenger watchdog', 'Transport Focus', 'other'],
      // (and a name right after such a noun: "Handset maker Novira", "Consumer group Citizens Advice")
      ['Handset maker Novira', 'Novira', 'other'],
      ['Consumer group Citizens Advice', 'Citizens Advice', 'other'],
      ['the firm Greenlight Energy', 'Greenlight Energy', 'other'],
      // (a company's form in lower case ends its name; a survey by its name is no person)
      ['Retail group Hartwell plc', 'Hartwell plc', 'other'],
      // (a utility's name with a portfolio's title word inside it; a person's surname that is one)
      ['SP Energy Networks', 'SP Energy Networks', 'other'],
      // (a body's name with "to" or "for" and a capitalised phrase, whole; a role of lower-case words inside it)
      ['the Campaign to Protect Rural England', 'Campaign to Protect Rural England', 'other'],
      ['the local branch of the Campaign to Protect Rural England', 'Campaign to Protect Rural England', 'other'],
      ['the Campaign for Better Transport', 'Campaign for Better Transport', 'other'],
      ['Energy Secretary Ed Miliband', 'Ed Miliband', 'person'],
      ['Ed Power', 'Ed Power', 'person'],
      ['Hartwell plc', 'Hartwell plc', 'other'],
      ['the Crime Survey for England and Wales, which the statistics authority considers more reliable', 'Crime Survey for England and Wales', 'other'],
      ['The U.S. Geological Survey', 'U.S. Geological Survey', 'other'],
      ['Charlie King, a former executive director of the New York Democratic Party', 'Charlie King', 'person'],
      // a possessive glued to the last word names its owner ("Chancellor's claim that X")
      ["Chancellor's", 'Chancellor', 'other'],
      ['Marco Rubio’s', 'Marco Rubio', 'person'],
      // nor where the speaker is
      ['The laboratory, in Lausanne', 'laboratory', 'group'],
      // an aside on how far a post went names no one
      ['The video, viewed more than two million times on TikTok', 'video', 'group'],
      // local offices before a name
      ['Maricopa County Recorder Stephen Richer', 'Stephen Richer', 'person'],
      ['State Treasurer John Smith', 'John Smith', 'person'],
      ['Chief Constable Sarah Crew', 'Sarah Crew', 'person'],
      ['Maricopa County', 'Maricopa County', 'other'],
      // a document's source is who made it (but not what it is about)
      ['figures from the Norwegian Agency for Development Cooperation', 'Norwegian Agency for Development Cooperation', 'other'],
      ['a report from the Institute for Fiscal Studies', 'Institute for Fiscal Studies', 'other'],
      ['figures published by Statistics Norway', 'Statistics Norway', 'other'],
      ['a study of Democrats', 'study of Democrats', 'group'],
      // (a reflexive that stresses the name is no part of it)
      ['Quinn herself', 'Quinn', 'person'],
      ['The minister himself', 'minister', 'group'],
      // (emphasis marks closing a name are no part of it)
      ['the *Evening Post*', 'Evening Post', 'other'],
      ['Ursula von der Leyen', 'Ursula von der Leyen', 'person'],
      ['MP Jane Hill', 'Jane Hill', 'person'],
      ['Police in Riverton', 'Police in Riverton', 'group'],
      ['residents of Gaza', 'residents of Gaza', 'group'],
      // a body's role, then the person named on their own; a place goes on after the comma
      ['The former mayor of Halden, Viktor Rask', 'Viktor Rask', 'person'],
      ['The director of the European Centre, Ina Kirsch', 'Ina Kirsch', 'person'],
      // (one person there, no group, since the forty-fourth session: "she" after it stands for her)
      ['a woman in Worcester, Massachusetts', 'woman in Worcester', 'other'],
      // a parenthesis is no part of a name; an institution is its whole name
      ['Sen. Ted Cruz (R-Tex.)', 'Ted Cruz', 'person'],
      ['Rep. Chris Collins (R-N.Y.)', 'Chris Collins', 'person'],
      ['the World Health Organization (WHO)', 'World Health Organization', 'other'],
      ['the Athletics Integrity Unit (AIU', 'Athletics Integrity Unit', 'other'],
      ['the University of Cologne', 'University of Cologne', 'other'],
      ['the U.S. Department of Justice', 'U.S. Department of Justice', 'other'],
      ['One of them, UnitedHealth Group', 'UnitedHealth Group', 'other'],
      ['Senate Majority Leader Mitch McConnell', 'Mitch McConnell', 'person'],
      // the person before a run of prepositional phrases; an institution's head is no person
      ['Jeffrey Lewis of the James Martin Center for Nonproliferation Studies', 'Jeffrey Lewis', 'person'],
      ['A crowd-counting researcher at the University of Bergen, Dr. Amir Haddad', 'Amir Haddad', 'person'],
      ['A crowd-counting researcher at the University of Bergen', 'crowd-counting researcher at the University of Bergen', 'group'],
      ['The survey, conducted by the Public Policy Institute of California', 'Public Policy Institute of California', 'other'],
      ['Election records compiled by the Center for Responsive Politics', 'Center for Responsive Politics', 'other'],
      // an aside on when or where a document went out names no one; who made it does
      ['The complaint, filed Monday in Franklin County Court of Common Pleas', 'complaint', 'group'],
      ['The report, published by the Institute for Fiscal Studies', 'Institute for Fiscal Studies', 'other'],
      // a restrictive relative clause names no one, up to its comma
      ['A customs official who spoke on condition of anonymity because he was not authorised to discuss the case', 'customs official', 'group'],
      ['The photographer who took the picture, Ana Reid', 'Ana Reid', 'person'],
      ['the laboratory that analyzed the sample', 'laboratory', 'group'],
      ['Did that mean Garcia', 'Garcia', 'person'],
      // a committee's name goes on over "on" and "of"
      ['the U.N. Subcommittee on Prevention of Torture', 'U.N. Subcommittee on Prevention of Torture', 'other'],
      // a relative clause on the name names no one, unless it gives the name
      ["One parent, whose son's scooter caught fire in their hallway in August", 'One parent', 'group'],
      ['The Trump campaign, which dispatched at least four operatives in Fargo', 'Trump campaign', 'group'],
      ['The post\'s author, who goes by the name "PatriotVoice88"', 'PatriotVoice88', 'person'],
      // (sixtieth session) a name quoted after "as" is given; a quotation the clause only mentions is not
      ['The account, which posts as "PatriotVoice88"', 'PatriotVoice88', 'person'],
      ['The post, which includes a photo of a sign reading "No BBQs"', 'post', 'group'],
      // a title between the role's "to" or "for" and the name: the role's holder, or whom the spokesman speaks for
      ['A former aide to Senator Grace Whitfield', 'former aide to Senator Grace Whitfield', 'person'],
      ['A spokesman for Gov. Tim Reyes', 'Tim Reyes', 'person'],
      ['a damning reaction from U.S. President Barack Obama', 'Barack Obama', 'person'],
      // "Chambers" heads an institution only before "of"; a number word before an appositive counts the one it names
      ['the British Chambers of Commerce', 'British Chambers of Commerce', 'other'],
      ['Ernie Chambers', 'Ernie Chambers', 'person'],
      ['One, 19-year-old student Lea Brandt', 'Lea Brandt', 'person'],
      // a plural noun of people capitalised at the start is a group, with where they work
      ['Fact-checkers at PolitiFact', 'Fact-checkers at PolitiFact', 'group'],
      // an institution's name with "and" between its capitalised words is whole
      ['the Food and Drug Administration', 'Food and Drug Administration', 'other'],
      ['the US Securities and Exchange Commission', 'US Securities and Exchange Commission', 'other'],
      // "on" places as "in" does; a comma inside a number splits nothing; a singular "Democrat" is no name
      ['A post shared more than 8,000 times on Facebook', 'post', 'group'],
      ['Smith on Fox News', 'Smith', 'person'],
      ['the ranking Democrat on the Senate Intelligence Committee', 'ranking Democrat on the Senate Intelligence Committee', 'group'],
      ['Oversight ranking Democrat Elijah Cummings', 'Elijah Cummings', 'person'],
      // a person of an institution named with its place; a role at one
      ['Professor Adrian Martineau of Queen Mary University of London', 'Adrian Martineau', 'person'],
      ['officials with the Democratic Congressional Campaign Committee', 'officials with the Democratic Congressional Campaign Committee', 'group'],
      ['Charlie Diaz, a former executive director of the New York Democratic Party', 'Charlie Diaz', 'person'],
      ['the Communications Workers of America', 'Communications Workers of America', 'other'],
      ['Staff Sgt. Ann Lee', 'Ann Lee', 'person'],
      ["Amir Saeed Iravani, Iran's ambassador to the UN", 'Amir Saeed Iravani', 'person'],
      ['the ministry', 'ministry', 'group'],
      ['The union', 'union', 'group'],
      ['The Iranian foreign ministry', 'Iranian foreign ministry', 'group'],
      ['people familiar with the matter', 'people familiar with the matter', 'group'],
      ['U.S. officials', 'U.S. officials', 'group'],
      ['the White House', 'White House', 'other'],
      // a date names nobody, but a month that is also a given name may end a name
      ['a poll released Monday', 'poll', 'group'],
      ['a statement released on Tuesday evening', 'statement', 'group'],
      ['David French of the National Retail Federation', 'David French', 'person'],
      ['Prosecutors', 'Prosecutors', 'group'],
      ['many Democrats', 'Democrats', 'group'],
      ["Voters'", 'Voters', 'group'],
      ['Fields', 'Fields', 'person'],
      ['Stephen King', 'Stephen King', 'person'],
      ['the Utah Republican', 'Utah Republican', 'other'],
      ['former Pennsylvania Gov', 'former Pennsylvania Gov', 'other'],
      ['the WBUR poll last week', 'WBUR poll', 'group'],
      ['Clinton defenders today', 'Clinton defenders', 'group'],
      ['an appearance on The Tonight', 'appearance on The Tonight', 'group'],
      ['a Harbor Times survey published in October', 'Harbor Times survey', 'group'],
      ['Senator Ana Ruiz on Wednesday', 'Ana Ruiz', 'person'],
      ['a series of posts early Friday', 'series of posts', 'group'],
      ['voters heading to the polls on Super Tuesday', 'voters heading to the polls on Super Tuesday', 'other'],
      ['Prime Minister Theresa May', 'Theresa May', 'person'],
      // jobs before a name as titles
      ['Manager Sarah Lindqvist', 'Sarah Lindqvist', 'person'],
      ['Detective Sgt. Ola Berg', 'Ola Berg', 'person'],
    ];
    for (const [source, name, kind] of cases) {
      it(`${JSON.stringify(source)} -> ${JSON.stringify(name)} (${kind})`, () => {
        assert.deepEqual(canonicalName(source), { name, kind });
      });
    }

    it('is the same for the same input, called twice', () => {
      assert.deepEqual(canonicalName('Governor Tom Reyes'), canonicalName('Governor Tom Reyes'));
    });

    it('copes with spaces and line breaks inside the source', () => {
      assert.deepEqual(canonicalName('Governor  Tom\nReyes'), { name: 'Tom Reyes', kind: 'person' });
    });
  });

  describe('eighteenth session: bodies and roles', () => {
    it('"The Treasury" is a body ("she" never stands for it); "Morvania\'s ambassador to the United Nations" a person posted there', () => {
      assert.deepEqual(canonicalName('The Treasury'), { name: 'Treasury', kind: 'other' });
      assert.deepEqual(canonicalName("Morvania's ambassador to the United Nations"), { name: "Morvania's ambassador to the United Nations", kind: 'person' });
      assert.deepEqual(canonicalName('Aides and outside advisers to Clinton'), { name: 'Aides and outside advisers to Clinton', kind: 'group' });
    });

    it('"he" with no person named before is the person a role names: "The health secretary says X. He says Y"', () => {
      const t = 'The health secretary says the offer is fair. He says the average nurse earns £38,000.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['The health secretary', 'health secretary'], ['He', 'health secretary']]);
      // (but a person named before comes first, and a role does not take the other pronoun)
      assert.deepEqual(resolveSpeakers(['Senator Marco Rubio', 'he', 'the Florida senator', 'her'], [false, false, false, false]), ['Marco Rubio', 'Marco Rubio', 'Florida senator', null]);
    });

    it('one word after "the" completes a name given before: "the Sanders" -> Bernie Sanders, "The Times" -> New York Times', () => {
      assert.deepEqual(resolveSpeakers(['Bernie Sanders', 'the Sanders', 'The New York Times', 'The Times'], [false, false, false, false]), ['Bernie Sanders', 'Bernie Sanders', 'New York Times', 'New York Times']);
    });
  });

  describe('isPronoun', () => {
    it('knows personal pronouns in any case, and not names that begin like them', () => {
      for (const p of ['he', 'He', 'she', 'they', 'it', 'we', 'I']) assert.equal(isPronoun(p), true, p);
      for (const n of ['Hermann', 'Theys', 'Ita', 'Reyes']) assert.equal(isPronoun(n), false, n);
    });
  });

  describe('resolveSpeakers', () => {
    it('completes a later bare surname and resolves he/she to the last person', () => {
      assert.deepEqual(resolveSpeakers(['Governor Tom Reyes', 'he', 'Reyes', 'he'], [false, false, false, false]), ['Tom Reyes', 'Tom Reyes', 'Tom Reyes', 'Tom Reyes']);
      // (a given name known as neither a man's nor a woman's: either pronoun)
      assert.deepEqual(resolveSpeakers(['Governor Quill Reyes', 'she'], [false, false]), ['Quill Reyes', 'Quill Reyes']);
    });

    it('he/she pass over a person whose title or given name is the other\'s, also when named by the surname alone', () => {
      const none = [false, false, false, false, false];
      assert.deepEqual(resolveSpeakers(['Governor Tom Reyes', 'she'], [false, false]), ['Tom Reyes', null]);
      assert.deepEqual(resolveSpeakers(['Peter Lund', 'Maria Holm', 'he', 'she', 'Holm'], none), ['Peter Lund', 'Maria Holm', 'Peter Lund', 'Maria Holm', 'Maria Holm']);
      // the surname alone, completed: still hers
      assert.deepEqual(resolveSpeakers(['Maria Holm', 'Peter Lund', 'Holm', 'he', 'she'], none), ['Maria Holm', 'Peter Lund', 'Maria Holm', 'Peter Lund', 'Maria Holm']);
      // titles: "Mr Justice Ambrose", "Congresswoman Ana Ruiz", "Ms. Quill Dorsey" (no given name known)
      assert.deepEqual(resolveSpeakers(['Mr Justice Ambrose', 'Dr Sarah Penn', 'he'], [false, false, false]), ['Ambrose', 'Sarah Penn', 'Ambrose']);
      assert.deepEqual(resolveSpeakers(['Congresswoman Quill Ruiz', 'Dr. Anton Vale', 'she'], [false, false, false]), ['Quill Ruiz', 'Anton Vale', 'Quill Ruiz']);
      assert.deepEqual(resolveSpeakers(['Ms. Quill Dorsey', 'Governor Ali Reyes', 'Dorsey', 'he', 'she'], none), ['Quill Dorsey', 'Ali Reyes', 'Quill Dorsey', 'Ali Reyes', 'Quill Dorsey']);
      // a reflexive tells too: "Quinn herself"
      assert.deepEqual(resolveSpeakers(['Mara Quinn', 'Tom Reyes', 'Quinn herself', 'he', 'she'], none), ['Mara Quinn', 'Tom Reyes', 'Mara Quinn', 'Tom Reyes', 'Mara Quinn']);
      // a given name both bear ("Kim Jong Un", "Lindsey Graham"): either pronoun
      assert.deepEqual(resolveSpeakers(['Lindsey Graham', 'he'], [false, false]), ['Lindsey Graham', 'Lindsey Graham']);
    });

    it('in an article: "In his ruling he wrote" after "Mr Justice Ambrose" and "Dr Sarah Penn" is the judge', () => {
      const t = [
        'Mr Justice Ambrose ruled on Thursday that the council had produced no credible evidence.',
        '',
        'Its ecologist, Dr Sarah Penn, told the court in September that the colony was at serious risk.',
        '',
        'In his ruling he wrote that the estimate was guesswork.',
      ].join('\n');
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [
        ['Mr Justice Ambrose', 'Ambrose'], ['Its ecologist, Dr Sarah Penn', 'Sarah Penn'], ['he', 'Ambrose'],
      ]);
    });

    it('a relative word stands for the source named just before, a possessive for its personal pronoun\'s', () => {
      assert.deepEqual(resolveSpeakers(['Green party leader Sofie Lind', 'who'], [false, false]), ['Sofie Lind', 'Sofie Lind']);
      // a short form completed from the institution named in full (its initials or the form given in parentheses), no person
      assert.deepEqual(resolveSpeakers(['the Athletics Integrity Unit (AIU)', 'The AIU', 'the World Health Organization', 'WHO', 'Governor Tom Reyes', 'he', 'the CBO'], [false, false, false, false, false, false, false]),
        ['Athletics Integrity Unit', 'Athletics Integrity Unit', 'World Health Organization', 'World Health Organization', 'Tom Reyes', 'Tom Reyes', 'CBO']);
      assert.deepEqual(resolveSpeakers(['Prime Minister Arno Veld', 'His', 'the ministry', 'its'], [false, false, false, false]), ['Arno Veld', 'Arno Veld', 'ministry', 'ministry']);
    });

    it('he/she go to the last person not referred to by the other pronoun, else to nobody', () => {
      assert.deepEqual(resolveSpeakers(['Jane Okafor', 'she', 'he'], [false, false, false]), ['Jane Okafor', 'Jane Okafor', null]);
      assert.deepEqual(resolveSpeakers(['Jane Okafor', 'she', 'Tom Brandt', 'he', 'she', 'he'], [false, false, false, false, false, false]), [
        'Jane Okafor', 'Jane Okafor', 'Tom Brandt', 'Tom Brandt', 'Jane Okafor', 'Tom Brandt',
      ]);
    });

    it('a transcript\'s speaker in capitals ("MOORE:") is the person the article names with that surname', () => {
      const t = 'An interview with Health Secretary Rachel Moore on the radio.\n\nQ: Have waiting lists grown?\n\nMOORE: The number waiting more than a year fell by 12,000 last month.';
      assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['MOORE', 'Rachel Moore']]);
      // (a short form in capitals the text names nobody by stays as it is)
      assert.deepEqual(analyze('NATO: The alliance will send 4,000 more troops to the border.', 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['NATO', 'NATO']]);
    });

    it('a surname with its particles, capitalised to open a sentence, is the full name that ends in the same words', () => {
      assert.deepEqual(resolveSpeakers(['President Ursula von der Leyen', 'Von der Leyen', 'von der Leyen', 'De la Cruz', 'Robert De Niro', 'De Niro'], [false, false, false, false, false, false]), [
        'Ursula von der Leyen', 'Ursula von der Leyen', 'Ursula von der Leyen', 'De la Cruz', 'Robert De Niro', 'Robert De Niro',
      ]);
      // (one particle that is also a given name is a given name: "Al Gore" gives "Gore" its full name)
      assert.deepEqual(resolveSpeakers(['Al Gore', 'Gore'], [false, false]), ['Al Gore', 'Al Gore']);
    });

    it('an office named on its own ("Mayor says X", "the mayor") is the one person the article names with it; with two holders, or "a minister", no one', () => {
      const f = (xs: string[]) => resolveSpeakers(xs, xs.map(() => false));
      assert.deepEqual(f(['Mayor', 'Mayor Tess Oduya', 'the mayor']), ['Tess Oduya', 'Tess Oduya', 'Tess Oduya']);
      assert.deepEqual(f(['a minister', 'Housing Minister Paul Grant', 'the minister', 'Foreign Minister Anna Lind', 'the minister']), ['minister', 'Paul Grant', 'minister', 'Anna Lind', 'minister']);
      // ("the vice president", "the former president" are other offices than "the president"; "President Obama" completed)
      assert.deepEqual(f(['Vice President Joe Biden', 'President Obama', 'Barack Obama', 'the president', 'the vice president', 'the former president']), [
        'Joe Biden', 'Barack Obama', 'Barack Obama', 'Barack Obama', 'Joe Biden', 'former president',
      ]);
      // ("Shadow chancellor Mel Stride" holds another office; "The chancellor, Rachel Greaves" holds it before her comma)
      assert.deepEqual(f(['Chancellor', 'The chancellor, Rachel Greaves', 'Shadow chancellor Mel Stride', 'the shadow chancellor']), ['Rachel Greaves', 'Rachel Greaves', 'Mel Stride', 'Mel Stride']);
      assert.deepEqual(f(['Chancellor', 'Shadow chancellor Mel Stride']), ['Chancellor', 'Mel Stride']);
    });

    it('completes a bare surname that comes BEFORE the full name', () => {
      assert.deepEqual(resolveSpeakers(['Reyes', 'Governor Tom Reyes'], [false, false]), ['Tom Reyes', 'Tom Reyes']);
    });

    it('"they" takes the last group', () => {
      assert.deepEqual(resolveSpeakers(['Governor Tom Reyes', 'The union', 'they'], [false, false, false]), ['Tom Reyes', 'union', 'union']);
    });

    it('"we" and "I" take the last person only inside quoted words', () => {
      assert.deepEqual(resolveSpeakers(['Governor Tom Reyes', 'we', 'I'], [false, true, false]), ['Tom Reyes', 'Tom Reyes', null]);
    });

    it('a pronoun with nothing before it, and a missing source, stay null', () => {
      assert.deepEqual(resolveSpeakers(['he', null, 'they'], [false, false, false]), [null, null, null]);
    });

    it('an empty list', () => {
      assert.deepEqual(resolveSpeakers([], []), []);
    });
  });

  describe('mentionedFullName: the full name a text gives a surname', () => {
    for (const [t, surname, full] of [
      ['An interview with Harbour Authority director Lene Aas, conducted in March.', 'Aas', 'Lene Aas'],
      ['Senator Ted Cruz won Iowa. Later Cruz spoke.', 'Cruz', 'Ted Cruz'],
      ['The award went to Mary Ann Smith.', 'Smith', 'Mary Ann Smith'],
      // the name goes on past its particles
      ['Brazilian President Luiz Inácio Lula da Silva was visiting.', 'Lula', 'Luiz Inácio Lula da Silva'],
      // a function word, a title, a common word or a place before it is no given name
      ['When Aas came. Director Aas said. Then Aas left. In Oslo Aas spoke.', 'Aas', null],
      ['The Cruz campaign spent more. Strong Cruz gains.', 'Cruz', null],
      ['Cruz-supporting Republicans voted.', 'Republicans', null],
      // a headline in title case names nobody
      ['Hollande Says Donald Trump Makes You Want To Retch', 'Trump', null],
    ] as const) {
      it(`${JSON.stringify(surname)} in ${JSON.stringify(t)}: ${JSON.stringify(full)}`, () => {
        assert.equal(mentionedFullName(t, surname), full);
      });
    }
  });

  describe('end to end', () => {
    it('a surname no source gave in full takes the full name the text mentions, and an edit to that paragraph changes it', () => {
      const t = 'An interview with Harbour Authority director Lene Aas.\n\n"We never saw the report," Aas said.\n';
      const analyzer = new Analyzer();
      assert.deepEqual(analyzer.analyze(t, 'plaintext').attributions.map((x) => x.speaker), ['Lene Aas']);
      const edited = t.replace('Lene Aas', 'Kari Aas');
      assert.deepEqual(analyzer.analyze(edited, 'plaintext').attributions.map((x) => x.speaker), ['Kari Aas']);
      assert.deepEqual(analyzer.analyze(edited.replace('Kari Aas', 'the director'), 'plaintext').attributions.map((x) => x.speaker), ['Aas']);
    });

    it('title, surname and pronoun are one speaker across paragraphs', () => {
      const t = [
        'Russian Foreign Minister Sergey Lavrov said the talks had failed.',
        '"We gave them every chance," Lavrov said.',
        'He said Moscow would respond in March.',
      ].join('\n\n');
      const a = analyze(t, 'plaintext');
      assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [
        ['Russian Foreign Minister Sergey Lavrov', 'Sergey Lavrov'],
        ['Lavrov', 'Sergey Lavrov'],
        ['He', 'Sergey Lavrov'],
      ]);
    });

    it('the same in Markdown with emphasis on the name', () => {
      const t = '**Russian Foreign Minister Sergey Lavrov** said the talks had failed.\n\n"We gave them every chance," *Lavrov* said.\n';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [
        ['Russian Foreign Minister Sergey Lavrov', 'Sergey Lavrov'],
        ['Lavrov', 'Sergey Lavrov'],
      ]);
    });

    it('emphasis inside a source is no part of its speaker, in an attribution and a denial', () => {
      const t = 'The state **Office of Higher Education** said it would ask for the records.\n\nThe **Calderwood University** board denied that donations had influenced admissions.\n';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['The state **Office of Higher Education**', 'state Office of Higher Education']]);
      assert.deepEqual(a.denials.map((x) => [x.source?.text, x.speaker]), [['The **Calderwood University** board', 'Calderwood University board']]);
    });

    it('"It" after an institution is that institution, and so is the claimant of its words', () => {
      const t = 'The ministry said the land was sold in 2021. It added that the price was 2 million euros.';
      const a = analyze(t, 'plaintext');
      assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [
        ['The ministry', 'ministry'],
        ['It', 'ministry'],
      ]);
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
        ['the land was sold in 2021', 'ministry'],
        ['the price was 2 million euros', 'ministry'],
      ]);
    });

    it('two different people keep their own names', () => {
      const t = 'Mayor Lena Ortiz said the fire destroyed 120 homes.\n\nFire chief Omar Haddad said the fire destroyed 80 homes.\n\nOrtiz said the count was final.';
      const a = analyze(t, 'plaintext');
      assert.deepEqual(a.attributions.map((x) => x.speaker), ['Lena Ortiz', 'Omar Haddad', 'Lena Ortiz']);
    });

    it('a pronoun takes the nearest earlier person, not the first', () => {
      const t = 'Mayor Lena Ortiz said the fire destroyed 120 homes.\n\nFire chief Omar Haddad said the fire destroyed 80 homes.\n\nHe said the count was final.';
      const a = analyze(t, 'plaintext');
      assert.deepEqual(a.attributions.map((x) => x.speaker), ['Lena Ortiz', 'Omar Haddad', 'Omar Haddad']);
    });
  });
});

describe('relative pronouns as sources', () => {
  it('"a security researcher who says", "the newspaper, which said": the phrase before the pronoun speaks (the source stays the pronoun)', () => {
    const t = 'Nordmart said hackers did not access any customer data, contradicting a security researcher who says he found millions of records online. Sara Lund shared screenshots with the newspaper, which said it could not verify them.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.filter((x) => x.source?.text === 'who' || x.source?.text === 'which').map((x) => [x.source?.text, x.speaker]), [
      ['who', 'security researcher'],
      ['which', 'newspaper'],
    ]);
  });

  it('two full names with one surname: a bare surname takes the one named as a source more often', () => {
    const t = 'His daughter Ivanka Trump, who introduced him, said he was a fighter. Donald Trump said the country was in decline. Donald Trump said he would win. Trump said the polls were wrong.';
    const a = analyze(t, 'plaintext');
    assert.equal(a.attributions[a.attributions.length - 1].speaker, 'Donald Trump');
  });
});
describe('twenty-fifth session: where a body is, and a body a spokesperson speaks for', () => {
  it('"Its operator, Harbour Point Maritime, based in Hong Kong" is the company, not where it is based', () => {
    assert.deepEqual(canonicalName('Its operator, Harbour Point Maritime, based in Hong Kong'), { name: 'Harbour Point Maritime', kind: 'other' });
    assert.deepEqual(canonicalName('Its owner, based in Hong Kong'), { name: 'owner', kind: 'group' });
    assert.deepEqual(canonicalName('the owners, headquartered in Oslo'), { name: 'owners', kind: 'group' });
  });
  it('"A spokesperson for the Department for Transport" speaks for the department; a person after "of" stays a person', () => {
    assert.deepEqual(canonicalName('A spokesperson for the Department for Transport'), { name: 'Department for Transport', kind: 'other' });
    assert.deepEqual(canonicalName('the Ministry of Defence'), { name: 'Ministry of Defence', kind: 'other' });
    assert.deepEqual(canonicalName('Secretary of State Antony Blinken'), { name: 'Antony Blinken', kind: 'person' });
  });
});
describe('twenty-fifth session: "the" and a body\'s head noun', () => {
  it('"The mission said" after "The UN human rights monitoring mission said" is that mission, and denies none of its own claims', () => {
    const t = 'The UN human rights monitoring mission said at least 39 civilians were confirmed dead by Sunday evening. The mission said the true toll was likely to be higher.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['UN human rights monitoring mission', 'UN human rights monitoring mission']);
    assert.deepEqual(a.links, []);
  });
  it('only a body named with a proper name first, not a description or a quantity', () => {
    assert.deepEqual(resolveSpeakers(['the German finance ministry', 'The ministry', 'a more personal campaign', 'the campaign', 'One woman', 'the woman'], [false, false, false, false, false, false]),
      ['German finance ministry', 'German finance ministry', 'more personal campaign', 'campaign', 'One woman', 'woman']);
    // (a plural head stays what it says: "officials" are not "Ukrainian officials")
    assert.deepEqual(resolveSpeakers(['Ukrainian officials', 'the officials'], [false, false]), ['Ukrainian officials', 'officials']);
  });
});
describe('twenty-fifth session: a description after a name', () => {
  it('"The Border Rights Coalition, a network of shelters in Texas and Arizona" is the coalition, not a place in its description', () => {
    assert.deepEqual(canonicalName('The Border Rights Coalition, a network of shelters in Texas and Arizona'), { name: 'Border Rights Coalition', kind: 'other' });
    // (a role's description after a role still names the role's holder: no name came first)
    assert.deepEqual(canonicalName('A spokesman, a former adviser to Reyes'), { name: 'former adviser to Reyes', kind: 'person' });
  });
});
describe('twenty-seventh session: two people named together, a body by its initials', () => {
  it('"Professor Mark Ellison and Dr. Sun Li" are both the speakers; a later "Ellison" is Mark Ellison', () => {
    assert.deepEqual(canonicalName('Professor Mark Ellison and Dr. Sun Li'), { name: 'Mark Ellison and Sun Li', kind: 'group' });
    // (no pair: a body's name, one word a side, three people, an adjective opening the sentence)
    assert.deepEqual(canonicalName('Food and Drug Administration'), { name: 'Food and Drug Administration', kind: 'other' });
    assert.deepEqual(canonicalName('Procter and Gamble').name, 'Gamble');
    assert.deepEqual(canonicalName('Vermont Gov. Peter Shumlin and Sen. Patrick Leahy as well as former Vermont Gov. Howard Dean').name, 'Howard Dean');
    assert.deepEqual(canonicalName('Popular Christian and corporate speaker Lance Wallnau').name, 'Lance Wallnau');
    const t = 'In a letter to the journal, Professor Mark Ellison and Dr. Sun Li wrote that the study had compared schools in different years. "The drop happened in every county," Ellison said. Donald Trump and House Speaker Paul Ryan pledged to work together. Ryan said the meeting went well.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Mark Ellison and Sun Li', 'Mark Ellison', 'Donald Trump and Paul Ryan', 'Paul Ryan']);
  });
  it('"The Swedish air navigation service, LFV, rejected her account. ... it said": initials after a description are a body, which "it" stands for', () => {
    const t = 'Airline blames controllers; regulator says staffing was adequate\n\nThe Swedish air navigation service, LFV, rejected her account. In a written statement, it said staffing had been adequate. LFV said later that it would publish the data.';
    const a = analyze(t, 'plaintext');
    // (the headline's "regulator says" is the lede's "it said": LFV, thirty-fourth session)
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['regulator', 'LFV'], ['it', 'LFV'], ['LFV', 'LFV']]);
    assert.deepEqual(a.denials.map((x) => [x.source?.text, x.speaker]), [['The Swedish air navigation service, LFV', 'LFV']]);
    // (initials alone are still a name, "MOORE:" in a transcript)
    assert.deepEqual(analyze('MOORE: We cut waiting lists by a third.', 'plaintext').attributions.map((x) => x.speaker), ['MOORE']);
  });
});
describe('twenty-seventh session: "who" after a person\'s name', () => {
  it('"Security researcher Lena Fischer, who first reported the breach, disputed that": the "who" is Lena Fischer', () => {
    const t = 'Chief technology officer Omar Siddiqui said no card data was accessed. Security researcher Lena Fischer, who first reported the breach on her blog, disputed that.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.speaker]), [['Chief technology officer Omar Siddiqui', 'said', 'Omar Siddiqui'], ['who', 'first reported', 'Lena Fischer']]);
    // (not a word capitalised as the sentence's first: "But Lena Fischer, who ...")
    const u = 'Omar Siddiqui said no card data was accessed. But Lena Fischer, who first reported the breach on her blog, disputed that. She said the data was for sale.';
    assert.deepEqual(analyze(u, 'plaintext').attributions.map((x) => x.speaker), ['Omar Siddiqui', 'Lena Fischer', 'Lena Fischer']);
  });
  it('the name a "who" stands for completes no surname alone: "Trump said" is the Donald Trump named before, not "Ivanka Trump, who ..."', () => {
    const t = "Donald Trump spoke on Thursday night.\n\nTrump said the country needed law and order.\n\nIvanka Trump, who spoke passionately about her father's competitive drive, introduced him.";
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['Trump', 'Donald Trump'], ['who', 'Ivanka Trump']]);
  });
});
describe('twenty-seventh session: a company by its first word', () => {
  it('"Bramwell did not respond" after "Home goods retailer Bramwell & Co said" is the company', () => {
    const t = 'Home goods retailer Bramwell & Co said on Friday that hackers had accessed the names of 2.3 million customers. Bramwell did not respond to questions about the findings.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Home goods retailer Bramwell & Co', 'Bramwell & Co'], ['Bramwell', 'Bramwell & Co']]);
    // (not a person's surname: "Jones said" after "Jones Group" and "Mary Jones" is Mary Jones)
    const u = 'Jones Group said profits fell. Mary Jones said the figures were wrong. Jones said she would resign.';
    assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => a.speaker), ['Jones Group', 'Mary Jones', 'Mary Jones']);
  });
});
describe('twenty-eighth session: a group with members named, a pronoun that tells its person', () => {
  it('"Medical bodies including the American College of Obstetricians and Gynecologists" speak as the group', () => {
    const a = analyze('Medical bodies including the American College of Obstetricians and Gynecologists rejected that advice.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => d.speaker), ['Medical bodies']);
    assert.deepEqual(canonicalName('Groups including Amnesty International'), { name: 'Groups', kind: 'group' });
    assert.deepEqual(canonicalName('rights groups such as Amnesty'), { name: 'rights groups', kind: 'group' });
  });
  it('"Derek Maitland had sued Fiona Carr over a post in which she wrote X": "she" is Fiona Carr, not the subject', () => {
    const t = 'Councillor Derek Maitland had sued Fiona Carr over a 2023 post in which she wrote that he had voted to approve a housing scheme.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['she', 'Fiona Carr']]);
    // (and "he" there stays the subject)
    const he = 'Councillor Derek Maitland had sued Fiona Carr over a 2023 post in which he wrote that she had voted to approve a housing scheme.';
    assert.deepEqual(analyze(he, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['he', 'Derek Maitland']]);
  });
});
describe('twenty-ninth session: a pronoun for a person the paragraphs before name as no source', () => {
  it('"Mayor Tom Brennan spoke at a rally. \\"...,\\" he said": the mayor speaks', () => {
    const t = 'Mayor Tom Brennan spoke at a rally in Westbury on Saturday.\n\n"Violent crime is down by half. That is my record," he said.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['he', 'Tom Brennan']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['Mayor Tom Brennan spoke at a rally in Westbury on Saturday', null], ['Violent crime is down by half', 'Tom Brennan']]);
    // (and the next pronoun too, the person now known by it)
    const u = `${t}\n\nThe crowd cheered.\n\nThe council met on Monday.\n\nHe later said the figures came from the police.`;
    assert.deepEqual(analyze(u, 'plaintext').attributions.map((x) => x.speaker), ['Tom Brennan', 'Tom Brennan']);
  });
  it('no one when the pronoun tells another, or two such persons, or the name is no subject or is quoted', () => {
    const speakers = (t: string) => analyze(t, 'plaintext').attributions.map((x) => x.speaker);
    assert.deepEqual(speakers('Mayor Tom Brennan spoke at a rally on Saturday.\n\n"We did it," she said.'), [null]);
    assert.deepEqual(speakers('Tom Brennan and Paul Hart spoke at a rally on Saturday.\n\n"We did it," he said.'), [null]);
    assert.deepEqual(speakers('A crowd gathered to hear Tom Brennan on Saturday.\n\n"We did it," he said.'), [null]);
    assert.deepEqual(speakers('Signs with "Tom Brennan for mayor" lined the street on Saturday.\n\n"We did it," he said.'), [null]);
  });
  it('onePersonNamed: a given name that tells the pronoun, a surname, at a sentence\'s start', () => {
    assert.equal(onePersonNamed('Former mayor Tom Brennan spoke.', 'he'), 'Tom Brennan');
    assert.equal(onePersonNamed('Former mayor Tom Brennan spoke.', 'she'), null);
    assert.equal(onePersonNamed('Norbert Leo Butz sang. The show ran late.', 'he'), 'Norbert Leo Butz');
    assert.equal(onePersonNamed('He met Roman Catholics there.', 'he'), null);
    assert.equal(onePersonNamed('It Was A Night Tom Brennan Will Not Forget', 'he'), null);
  });
});
describe('thirtieth session: a body named again by its head and one word', () => {
  it('"the defence ministry" after "Russia\'s defence ministry" is that ministry; "The health ministry" is another', () => {
    const t = "Russia's defence ministry said all targets were hit. Later, the defence ministry said 41 drones had been destroyed. The health ministry said there was no damage.";
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ["Russia's defence ministry", "Russia's defence ministry", 'health ministry']);
  });
});
describe('thirty-first session: a name written with its question mark', () => {
  it('"Which? said X" and "accusations by consumer group Which? that X": the consumer group, no relative pronoun', () => {
    const a = analyze('Consumer group Which? said its analysis found that 48 products had gone up in price. Which? has called on the regulator to act.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['said', 'Which?', 'Which?'], ['found', 'its analysis', 'Which?'], ['called on', 'Which?', 'Which?']]);
    const b = analyze('Supermarket chain Fresco has denied accusations by consumer group Which? that it raised the prices of dozens of products.', 'plaintext');
    assert.deepEqual(b.claims.map((c) => [c.span.text, c.claimant]), [['it raised the prices of dozens of products', 'Which?']]);
    assert.deepEqual(canonicalName('consumer group Which?'), { name: 'Which?', kind: 'other' });
  });
});
describe('thirty-third session: an office of a body named before its holder', () => {
  it('"The chief executive of Northern Bank" is "Chief executive Sara Lind" named later; her later figures are no claim she denies', () => {
    const a = analyze('The chief executive of Northern Bank has rejected a claim by MPs that the bank is closing branches "by the hundred".\n\nChief executive Sara Lind told the BBC: "We have closed 112 branches in five years, and every one of those communities still has a banking hub."', 'plaintext');
    assert.deepEqual(a.denials.map((d) => d.speaker), ['Sara Lind']);
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Sara Lind']);
    assert.deepEqual(a.links.map((l) => a.claims.find((c) => c.id === l.claim)?.claimant), ['MPs']);
  });
});
describe('thirty-fourth session: "It said" right after a name nothing told a pronoun of', () => {
  it('stands for that name, not for the last body named before it; not a named person\'s, nor in "it appeared"', () => {
    const speakers = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]);
    assert.deepEqual(speakers('Residents told the Herald that 40 homes had cracks. Brightstone Homes said the cracks were cosmetic. It said an independent surveyor had found no structural problems.'), [
      ['Residents', 'Residents'], ['Brightstone Homes', 'Brightstone Homes'], ['It', 'Brightstone Homes'],
    ]);
    assert.deepEqual(speakers('Researchers at the University of Leeds claimed the speakers sent audio to servers. Sonora said the study was flawed. It added that users could delete any recordings.').map((x) => x[1]), [
      'Researchers at the University of Leeds', 'Sonora', 'Sonora',
    ]);
    assert.deepEqual(speakers('The council said the bridge would reopen in March. Tom Okoro said the works were late. It added that the cost had doubled.').map((x) => x[1]), ['council', 'Tom Okoro', 'council']);
    assert.deepEqual(speakers('Brightstone said the cracks were cosmetic. It appeared that the cracks were growing.'), [['Brightstone', 'Brightstone'], ['It', null]]);
  });
});
describe('thirty-fourth session: a headline\'s source described by common words is the one the lede names doing the same', () => {
  const speakers = (t: string) => {
    const a = analyze(t, 'plaintext');
    return { attributions: a.attributions.map((x) => [x.source?.text, x.speaker]), denials: a.denials.map((d) => [d.source?.text, d.speaker]) };
  };
  it('"Energy firm insists X" is "Northwind Energy has insisted"; "Former minister says" is "Former transport minister Peter Hale has said"', () => {
    assert.deepEqual(speakers('Energy firm insists bills will not rise this winter\n\nNorthwind Energy has insisted it will not raise prices this winter.').attributions, [
      ['Energy firm', 'Northwind Energy'], ['Northwind Energy', 'Northwind Energy'],
    ]);
    assert.deepEqual(speakers('Former minister says he was never told of warnings\n\nFormer transport minister Peter Hale has said he was never told about the warnings.').attributions.map((x) => x[1]), ['Peter Hale', 'Peter Hale']);
    // (a source's noun the lexicon reads as an adjective: "Police chief")
    assert.deepEqual(speakers('Police chief denies force "gave up" on shoplifting\n\nThe chief constable of Marshire Police has denied that officers have "given up" on shoplifting.').denials.map((x) => x[1]), ['chief constable of Marshire Police', 'chief constable of Marshire Police']);
    // (a body's noun the lexicon does not know: "Watchdog")
    assert.deepEqual(speakers("Watchdog rejects bank's claim that fees are lower\n\nThe Financial Conduct Authority has rejected Summit Bank's claim that its fees are lower than its rivals'.").denials.map((x) => x[1]), ['Financial Conduct Authority', 'Financial Conduct Authority']);
  });
  it('"insists" over "has said" when the two say the same of one thing; a utility\'s, a club\'s name; an appositive after a name', () => {
    assert.deepEqual(speakers('Energy firm insists bills will not rise\n\nNorthern Power has said customers\' bills will not increase this winter.').attributions.map((x) => x[1]), ['Northern Power', 'Northern Power']);
    assert.deepEqual(speakers('Club denies manager was sacked\n\nHarcastle United have denied that manager Paulo Reis was sacked.').denials.map((x) => x[1]), ['Harcastle United', 'Harcastle United']);
    assert.deepEqual(speakers('Ferry operator denies cutting safety crew\n\nHarbourline, which runs the island ferry service, has denied claims that it cut the number of safety crew.').denials.map((x) => x[1]), ['Harbourline', 'Harbourline']);
    // (not when the two say different things: "bills will not rise" and "prices were under review")
    assert.deepEqual(speakers('Energy firm insists bills will not rise\n\nNorthern Power has said prices were under review.').attributions.map((x) => x[1]), ['Energy firm', 'Northern Power']);
  });
  it('so is the headline\'s denial with the same source, which no longer answers the company\'s own claim', () => {
    const t = 'Water company says hosepipe ban "not needed"\n\nSouthern Vale Water says a hosepipe ban is not needed this summer.';
    assert.deepEqual(speakers(t).denials, [['Water company', 'Southern Vale Water']]);
    assert.deepEqual(analyze(t, 'plaintext').links, []);
  });
  it('not when the lede does something else, nor for a name, nor for one the description cannot be', () => {
    assert.deepEqual(speakers('Energy firm insists bills will not rise\n\nNorthwind Energy said prices were under review.').attributions.map((x) => x[1]), ['Energy firm', 'Northwind Energy']);
    assert.deepEqual(speakers('Kremlin says talks will go on\n\nRussian officials said on Monday that the talks would continue.').attributions.map((x) => x[1]), ['Kremlin', 'Russian officials']);
    // (a plural is no one person, a body's noun no person at all)
    assert.deepEqual(speakers('Plan does not add up, say economists\n\nChancellor Rachel Greaves said the reforms would save £5 billion.').attributions.map((x) => x[1]), ['economists', 'Rachel Greaves']);
    assert.deepEqual(speakers('Council says library will stay open\n\nCouncillor Jane Hurst said the library would stay open.').attributions.map((x) => x[1]), ['Council', 'Jane Hurst']);
  });
});
describe('thirty-fourth session: a company named by a word of its trade', () => {
  it('"Greenleaf Stores", "Southline Trains" are bodies, and "Greenleaf" later is Greenleaf Stores', () => {
    assert.deepEqual(canonicalName('Greenleaf Stores'), { name: 'Greenleaf Stores', kind: 'other' });
    assert.deepEqual(canonicalName('Southline Trains'), { name: 'Southline Trains', kind: 'other' });
    const a = analyze('Greenleaf Stores has corrected a claim on its website. Greenleaf said 70% of its packaging was plastic-free. It said the wording had been an error.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['Greenleaf', 'Greenleaf Stores'], ['It', 'Greenleaf Stores']]);
  });
});
describe('thirty-fourth session: a spokesperson for no one named', () => {
  it('speaks for the body the source right before names; not for figures, nor past another source', () => {
    const speakers = (t: string) => analyze(t, 'plaintext').attributions.map((x) => x.speaker);
    assert.deepEqual(speakers('NHS England said the list stood at 7.5 million. A spokesperson said the figure counted some patients twice.'), ['NHS England', 'NHS England']);
    assert.deepEqual(analyze('Unite denied this. A spokesman said the offer had been put to members.', 'plaintext').attributions.map((x) => x.speaker), ['Unite']);
    assert.deepEqual(speakers('NHS England figures show the list fell. A spokesperson said the minister had meant the trend.'), ['NHS England figures', 'spokesperson']);
    assert.deepEqual(speakers('The council said the bridge would reopen. Dr Helen Morris said it was unsafe. A spokesperson said repairs were under way.'), ['council', 'Helen Morris', 'spokesperson']);
  });
});
describe('thirty-fifth session: a role at a body whose name holds "for"', () => {
  it('"Economists at the Institute for Fiscal Studies" is the institute, not a person "Fiscal Studies"', () => {
    assert.deepEqual(canonicalName('Economists at the Institute for Fiscal Studies'), { name: 'Institute for Fiscal Studies', kind: 'other' });
    assert.deepEqual(canonicalName('economists at the Institute for Fiscal Studies'), { name: 'Institute for Fiscal Studies', kind: 'other' });
    assert.deepEqual(canonicalName('now director of the Wilson International Center for Scholars').name, 'Wilson International Center for Scholars');
    // (a person's name before "of" stays the person)
    assert.deepEqual(canonicalName('Sarah Kent of Little Steps'), { name: 'Sarah Kent', kind: 'person' });
  });
});
describe('thirty-fifth session: a school\'s title before a name', () => {
  it('"Headteacher Diane Morris", "Principal Ann Lee" name the person', () => {
    assert.deepEqual(canonicalName('Headteacher Diane Morris').name, 'Diane Morris');
    assert.deepEqual(canonicalName('Principal Ann Lee').name, 'Ann Lee');
    // (and a local story's: "Organiser Helen Cross", "Farmer Tom Hale")
    assert.deepEqual(canonicalName('Organiser Helen Cross').name, 'Helen Cross');
    assert.deepEqual(canonicalName('Farmer Tom Hale, who supplies milk to FreshCo').name, 'Tom Hale');
  });
});
describe('thirty-fifth session: a government department named whole', () => {
  it('"A spokesperson for the Department for Work and Pensions" is the department, "and" and a portfolio\'s word in its name', () => {
    assert.deepEqual(canonicalName('A spokesperson for the Department for Work and Pensions'), { name: 'Department for Work and Pensions', kind: 'other' });
    assert.deepEqual(canonicalName('A spokesperson for the Department for Education'), { name: 'Department for Education', kind: 'other' });
    assert.deepEqual(canonicalName('a 46-page analysis released by the Department of Veterans Affairs').name, 'Department of Veterans Affairs');
    // (not a part of a department, nor one of two bodies, nor a department a place's name opens)
    assert.deepEqual(canonicalName('the Science and Technology Directorate of the Department of Homeland Security').name, 'Science and Technology Directorate of the Department of Homeland Security');
    assert.deepEqual(canonicalName('The State Department and the Department of Homeland Security').name, 'State Department and the Department of Homeland Security');
    assert.deepEqual(canonicalName('the Florida Department of State').name, 'Florida Department of State');
    assert.deepEqual(canonicalName('Alan Reid, a spokesman for the Department for Education').name, 'Alan Reid');
  });
});
describe('thirty-fifth session: a headline\'s "Police chief" is no lede source of another kind', () => {
  it('"Police chief says protest numbers exaggerated" is not the organisers the lede names saying something', () => {
    const a = analyze('Police chief says protest numbers exaggerated\n\nOrganisers of the march said 20,000 people had taken part.\n\nBut police said about 6,000 people attended.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['says', 'Police chief'], ['said', 'Organisers of the march'], ['said', 'police']]);
    // (but "Council leader" is the lede's "leader of Westbridge council, Hannah Cole")
    const b = analyze('Council leader insists new homes target will be met\n\nThe leader of Westbridge council, Hannah Cole, has insisted that the council will meet its target.', 'plaintext');
    assert.deepEqual(b.attributions.map((x) => x.speaker), ['Hannah Cole', 'Hannah Cole']);
  });
});
describe('thirty-seventh session: "a man", "a woman" unnamed tell the pronoun', () => {
  it('"a man who says X. He says Y" and "A woman who lives near the plant told X. She said Y": one speaker each', () => {
    const a = analyze('The clip shows a man who says he is a cardiologist at a London hospital. He says that cases of heart inflammation have tripled since October.\n\nA woman who lives near the plant told the council the smell had got worse. She said that her children had been sick twice in a month.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['who', 'man'], ['He', 'man'], ['A woman who lives near the plant', 'woman'], ['She', 'woman']]);
  });
  it('but not the other pronoun: "a man who says X. She said Y" is no one the man is', () => {
    const a = analyze('The clip shows a man who says he is a cardiologist. She said that the clip had been edited.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['who', 'man'], ['She', null]]);
  });
});
describe('thirty-seventh session: a statement no one is named for is its subject\'s', () => {
  it('"The German finance ministry denied X, according to a statement released on Tuesday": the ministry speaks', () => {
    const a = analyze('The German finance ministry denied that any payment had been made for the bridge, according to a statement released on Tuesday evening.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['according to', 'a statement released on Tuesday evening', 'German finance ministry']]);
  });
  it('but not a subject that says nothing: "Osman is believed to have been on the flight, according to an interview"', () => {
    const a = analyze('Osman is believed to have been on the flight, according to an interview with his brother.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['according to', 'interview with his brother']]);
  });
});
describe('thirty-eighth session: "it" stands for no plural', () => {
  it('"The council said X. Residents say Y. It said Z": "it" is the council, not the residents', () => {
    const a = analyze('The council said the bridge would reopen in May.\n\nResidents say the repairs have been delayed twice.\n\nIt said the contractor had been fined.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['The council', 'council'], ['Residents', 'Residents'], ['It', 'council']]);
  });
});
describe('thirty-eighth session: a role at a body', () => {
  it('"A former engineer at SkyWest Regional, who asked not to be named, told X. ... he said": "he" is the engineer', () => {
    const a = analyze('Airline rejects claims pilots were told to fly with faulty engines\n\nA former engineer at SkyWest Regional, who asked not to be named, told the BBC that managers had signed off at least 12 aircraft as safe to fly.\n\n"We were told the planes had to go," he said.\n', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [
      ['A former engineer at SkyWest Regional, who asked not to be named', 'former engineer at SkyWest Regional'],
      ['he', 'former engineer at SkyWest Regional'],
    ]);
  });
  it('but a role named further back yields to a person the paragraph before names', () => {
    const a = analyze('A Carrier executive says the plant will move to Mexico.\n\nThe union held a meeting.\n\nJennifer Hawkins has worked on the line for 14 years. "I loved it," she said.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['A Carrier executive', 'Carrier executive'], ['she', 'Jennifer Hawkins']]);
  });
});
describe('thirty-eighth session: a race\'s title before a name', () => {
  it('"Challenger Tom Baird said X" is Tom Baird; "Incumbent Jo Frost" is Jo Frost', () => {
    const a = analyze('Challenger Tom Baird said council tax was the highest in the region. Incumbent Jo Frost said it was not.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Tom Baird', 'Jo Frost']);
  });
});
describe('thirty-eighth session: a plural common noun opening a group\'s name', () => {
  it('"Friends of Harton Libraries" is the group, not a person called Friends', () => {
    assert.deepEqual(canonicalName('Friends of Harton Libraries'), { name: 'Friends of Harton Libraries', kind: 'other' });
    assert.deepEqual(canonicalName('Jones of Amnesty International'), { name: 'Jones', kind: 'person' });
  });
});
describe('forty-third session: a body\'s head noun before its "for" or "of"', () => {
  it('"the institute" after "The Institute for Civic Budgets", "The ministry" after "The Ministry of Fisheries": the body named before', () => {
    const a = new Analyzer().analyze('The Institute for Civic Budgets said both figures were correct. Neither tells the whole story, the institute said. The Ministry of Fisheries said the boats were idle. The ministry later said two had sailed.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Institute for Civic Budgets', 'Institute for Civic Budgets', 'Ministry of Fisheries', 'Ministry of Fisheries']);
  });
  it('not a head that another body\'s name holds at its end: "the council" stays the council after "The Institute for Civic Budgets"', () => {
    const a = new Analyzer().analyze('The Institute for Civic Budgets said both figures were correct. The council said they were not.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Institute for Civic Budgets', 'council']);
  });
});
describe('forty-third session: a body named after its description', () => {
  it('"The company" after "The company Brightwell Energy", "The firm" after "Energy firm Voltaro": the body the description named', () => {
    const a = new Analyzer().analyze('The company Brightwell Energy said prices would rise. The company later said it was wrong. Energy firm Voltaro said it had no plans. The firm added that bills were fair.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Brightwell Energy', 'Brightwell Energy', 'Voltaro', 'Voltaro']);
  });
  it('another head noun is no match: "the charity" after "The company Brightwell Energy" stays the charity', () => {
    const a = new Analyzer().analyze('The company Brightwell Energy said prices would rise. The charity said they would not.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Brightwell Energy', 'charity']);
  });
});
describe('forty-fourth session: one person by a role or a description before a preposition', () => {
  it('"A student in Leeds said X. He later said Y": "he" is the student (one person, no group of Leeds)', () => {
    const a = new Analyzer().analyze('A student in Leeds said he made it as a joke. He later said he had not expected it to spread.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['student in Leeds', 'student in Leeds']);
  });
  it('"The video\'s creator said X. He later said Y", "The creator of the video": a creator is a role', () => {
    assert.deepEqual(new Analyzer().analyze("The video's creator said he made it as a joke. He later said it was a mistake.", 'plaintext').attributions.map((x) => x.speaker), ["video's creator", "video's creator"]);
    assert.deepEqual(new Analyzer().analyze('The creator of the video said he made it as a joke. He later said it was a mistake.', 'plaintext').attributions.map((x) => x.speaker), ['creator of the video', 'creator of the video']);
  });
  it('a group stays a group: "Police in Riverton said X. They said Y"', () => {
    assert.deepEqual(new Analyzer().analyze('Police in Riverton said the road was closed. They said it would reopen on Monday.', 'plaintext').attributions.map((x) => x.speaker), ['Police in Riverton', 'Police in Riverton']);
  });
});
describe('forty-fifth session: a group\'s name after its description', () => {
  it('"Residents\' group Friends of Brookfield", "campaign group Friends of the Earth": the group\'s whole name, not the place', () => {
    const a = new Analyzer().analyze("Residents' group Friends of Brookfield said the fence was new. Campaign group Friends of the Earth said the meadow mattered.", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Friends of Brookfield', 'Friends of the Earth']);
  });
  it('"they" in "which, they say," after a model report of "point to": the campaigners', () => {
    const a = new Analyzer().analyze('Land records show the meadow is council land. Campaigners point to a planning document from 2023 which, they say, lists the meadow as a development site.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text, x.speaker]), [
      ['show', 'the meadow is council land', 'Land records'],
      ['point to', 'a planning document from 2023', 'Campaigners'],
      ['say', 'lists the meadow as a development site', 'Campaigners'],
    ]);
  });
});
describe('forty-fifth session: whom "he" or "she" stands for when no source named them', () => {
  it('the agent of a passive in the sentence before: "The claim was made by Mayor Tom Brennan at a rally. \\"...,\\" he said"', () => {
    assert.deepEqual(speakersOf('The claim was made by Mayor Tom Brennan at a rally. "We will win," he said.'), ['Tom Brennan']);
  });
  it('a gendered title tells the pronoun of a given name the list does not know: "Ms Priya Nair"', () => {
    assert.deepEqual(speakersOf('Ms Priya Nair opened the meeting.\n\n"There has been no sale," she said.'), ['Priya Nair']);
    assert.deepEqual(speakersOf('Ms Priya Nair opened the meeting.\n\n"There has been no sale," he said.'), [null]);
  });
  it('a title\'s full stop opens no sentence: "Texas Sen. Ted Cruz" after "with" is no subject, "he" stays unresolved', () => {
    assert.deepEqual(speakersOf('Analysts compared Trump with Texas Sen. Ted Cruz on Monday.\n\n"The race is close," he said.'), ['Analysts', null]);
  });
  it('the block\'s own sentences before the pronoun\'s come first, and many people there leave the blocks before to decide', () => {
    assert.deepEqual(speakersOf('Mayor Tom Brennan opened the fair.\n\nPaul Hart and David Moore ran the stalls. Later he said it went well.'), ['Tom Brennan']);
    assert.deepEqual(speakersOf('Mayor Tom Brennan opened the fair.\n\nDavid Moore ran the stalls. Later he said it went well.'), ['David Moore']);
  });
});
describe('forty-fifth session: bodies named for a nation', () => {
  it('"NHS England", "Public Health England", "Sport England" are bodies; "it" after one stands for it', () => {
    assert.deepEqual(speakersOf('The Northfield Trust said it had done nothing wrong. NHS England, which oversees the trust, said it would review the evidence. It did not say when.'), ['Northfield Trust', 'NHS England', 'NHS England']);
    assert.deepEqual(speakersOf('Public Health England said the risk was low. Sport England said it would fund the scheme.'), ['Public Health England', 'Sport England']);
  });
  it('a region of a nation is no body: "Police in North Wales" are a group', () => {
    assert.deepEqual(speakersOf('Police in North Wales are urging people not to travel. Police in South Wales said roads were closed.'), ['Police in North Wales', 'Police in South Wales']);
  });
  it('a given name first is a person\'s, even one of no known gender: "Mark England said X. He said Y"', () => {
    assert.deepEqual(speakersOf('Mark England said the risk was low. He said the tests were clear.'), ['Mark England', 'Mark England']);
  });
});
describe('forty-fifth session: a study published in a journal', () => {
  it('"A study published on Monday in the journal Nutrition Today found X": the study speaks, the journal is no person', () => {
    assert.deepEqual(speakersOf('A study published on Monday in the journal Nutrition Today found that coffee drinkers lived longer.'), ['study published in Nutrition Today']);
  });
});
describe('forty-fifth session: a provider named with a portfolio\'s word', () => {
  it('"Stanford Health Care said X. \\"...,\\" a spokesperson said": the body, not a person named Care', () => {
    assert.deepEqual(speakersOf('Stanford Health Care said it had no connection to the message. Clarion Housing Group said rents would rise.'), ['Stanford Health Care', 'Clarion Housing Group']);
  });
  it('a person of such a body is the person: "Mark Rowland of the Mental Health Foundation", "Ann Lee of Thames Water Utilities"', () => {
    assert.deepEqual(speakersOf('Mark Rowland of the Mental Health Foundation said waits were rising. Ann Lee of Thames Water Utilities said bills would rise.'), ['Mark Rowland', 'Ann Lee']);
  });
  it('a title before a name stays a title: "Labour Health Spokesman Tom Hart said X"', () => {
    assert.deepEqual(speakersOf('Labour Health Spokesman Tom Hart said waits were rising.'), ['Tom Hart']);
  });
});
describe('forty-sixth session: what "it" stands for when no source named the body', () => {
  it('the body the sentence right before opens with: "The Football Association charged Price ... It alleges X", not the headline\'s striker', () => {
    const t = 'Striker denies betting on his own matches\n\nCardiff striker Leon Price has denied allegations that he placed bets.\n\nThe Football Association charged Price on Thursday with 14 breaches of its rules. It alleges that he bet on his own team to lose.';
    assert.deepEqual(speakersOf(t), ['Football Association']);
  });
  it('a company\'s name alone, no person\'s: "Severn Water was fined £2m. It has denied X"; "These results showed" names no body', () => {
    const denier = (t: string) => new Analyzer().analyze(t, 'plaintext').denials.map((d) => d.speaker);
    assert.deepEqual(denier('Officials said the river would recover.\n\nSevern Water was fined £2m last year for a spill. It has denied that the spill was caused by negligence.'), ['Severn Water']);
    assert.deepEqual(denier('Officials said the river would recover.\n\nThese results showed a rise. It has denied that the spill was caused by negligence.'), [null]);
  });
  it('not past a source right before it: "..., according to the SITE Intelligence Group. It said X"', () => {
    assert.deepEqual(speakersOf('The Islamic State has called for such attacks, according to the SITE Intelligence Group. It said supporters were sharing the news.'), ['Islamic State', 'SITE Intelligence Group', 'SITE Intelligence Group']);
  });
});
describe('forty-sixth session: a body whose name opens with a number', () => {
  it('"The campaign group 4 Day Week Global", "campaign group 38 Degrees" keep the number; a count does not: "31 Latinos"', () => {
    assert.deepEqual(canonicalName('The campaign group 4 Day Week Global'), { name: '4 Day Week Global', kind: 'other' });
    assert.deepEqual(canonicalName('campaign group 38 Degrees'), { name: '38 Degrees', kind: 'other' });
    assert.equal(canonicalName('31 Latinos').name, 'Latinos');
    assert.notEqual(canonicalName('More than 6 in 10 Republicans').name, '10 Republicans');
  });
});
describe('forty-sixth session: a headline\'s description and a quantifier in the lede', () => {
  it('"Airport says X" is not the lede\'s "some saying they waited six hours": a quantifier names no one described', () => {
    const a = new Analyzer().analyze('Airport says claims of six-hour security queues are "wildly exaggerated"\n\nPassengers have posted photos of long queues, with some saying they waited six hours.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Airport', 'some']);
    assert.deepEqual(a.denials.map((x) => x.speaker), ['Airport']);
  });
  it('a name in the lede still names the description: "Energy firm insists X" and "Northwind Energy has insisted X"', () => {
    assert.deepEqual(speakersOf('Energy firm insists bills will fall\n\nNorthwind Energy has insisted that bills will fall in April.'), ['Northwind Energy', 'Northwind Energy']);
  });
});
describe('forty-seventh session: "it" as the document\'s first source', () => {
  it('is the body or the study the sentence before opens with, though no source came before it', () => {
    assert.deepEqual(speakersOf('The Football Association charged Price. It alleges he placed bets.'), ['Football Association']);
    assert.deepEqual(speakersOf('The study, published in The Lancet, followed 4,200 patients. It found the test picked up 38% of cancers.'), ['study']);
  });
});
describe('forty-seventh session: "It says" after a live page\'s time label', () => {
  it('"**09:12** — The Met Office has upgraded its warning. It says X": the Met Office', () => {
    assert.deepEqual(speakersOf('**09:12** — The Met Office has upgraded its warning to amber. It says gusts of up to 80mph are possible.'), ['Met Office']);
  });
  it('"**18:05** — Council leader Amira Hussain opens the debate. She says X": the person the first sentence opens on, past the label', () => {
    assert.deepEqual(speakersOf('**18:05** — Council leader Amira Hussain opens the debate. She says the budget "protects every frontline service".'), ['Amira Hussain']);
  });
});
describe('forty-seventh session: an office named with what it is of, and a spokesperson for an office', () => {
  it('"The mayor of Northgate, Rachel Adeyemi, said X. The mayor said Y": the mayor is Rachel Adeyemi', () => {
    assert.deepEqual(speakersOf('The mayor of Northgate, Rachel Adeyemi, said crime had halved. The mayor said it was true.'), ['Rachel Adeyemi', 'Rachel Adeyemi']);
  });
  it('"a spokesperson for the mayor" speaks for the mayor named before; for no one when none is', () => {
    assert.deepEqual(speakersOf('The mayor of Northgate, Rachel Adeyemi, said crime had halved. A spokesperson for the mayor said she meant young people.'), ['Rachel Adeyemi', 'Rachel Adeyemi']);
    assert.deepEqual(speakersOf('A spokesperson for the mayor said it was wrong.'), ['spokesperson for the mayor']);
  });
});
describe('forty-seventh session: a headline\'s description with a modifier the lexicon does not know', () => {
  it('"Tech firm denies X" over "Software company Northwind has denied reports that X": Northwind', () => {
    const a = new Analyzer().analyze('Tech firm denies it is planning UK job cuts\n\nSoftware company Northwind has denied reports that it plans to cut 1,500 jobs in the UK.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => d.speaker), ['Northwind', 'Northwind']);
  });
});
describe('forty-seventh session: a person\'s office, spokesperson or lawyer speaks for them', () => {
  it('"Mr Hale\'s office said X" after "The environment minister, Tom Hale, claimed Y": Tom Hale', () => {
    assert.deepEqual(speakersOf('The environment minister, Tom Hale, claimed spills had fallen by half. Mr Hale\'s office later said he had meant their duration.'), ['Tom Hale', 'Tom Hale']);
  });
  it('canonicalName: "Reid\'s lawyers" is Reid; "Trump\'s campaign" stays a group', () => {
    assert.deepEqual(canonicalName('Reid\'s lawyers'), { name: 'Reid', kind: 'person' });
    assert.deepEqual(canonicalName('Trump\'s campaign'), { name: 'Trump\'s campaign', kind: 'group' });
  });
});
describe('forty-seventh session: the same spokesperson again', () => {
  it('"A spokesperson said X, adding that Y" after "The trust said Z": both the trust\'s', () => {
    assert.deepEqual(speakersOf('The trust said all income was reinvested. A spokesperson said the comments were unfair, adding that disabled badge holders parked for free.'), ['trust', 'trust', 'trust']);
  });
});
describe('forty-eighth session: a body described by a word before its head noun', () => {
  it('"The trust said" after "The ambulance trust said": the ambulance trust', () => {
    assert.deepEqual(speakersOf('The ambulance trust said crews waited 30 hours. The trust said handovers were faster.'), ['ambulance trust', 'ambulance trust']);
    assert.deepEqual(speakersOf('The local council said bins were emptied. The council said crews worked late.'), ['local council', 'local council']);
  });
  it('not after a word that tells which of its kind ("the new poll"), nor before any description', () => {
    assert.deepEqual(speakersOf('The new poll showed 59% backed the plan. The poll said most voters were undecided.'), ['new poll', 'poll']);
    assert.deepEqual(speakersOf('The trust said handovers were faster. The ambulance trust said crews waited 30 hours.'), ['trust', 'ambulance trust']);
  });
});
describe('forty-eighth session: one of the group named right before', () => {
  it('"One, who asked not to be named, said" after "Paramedics told the BBC": the paramedics; "Another" after that one too', () => {
    assert.deepEqual(speakersOf('Paramedics told the BBC the situation had not improved. One, who asked not to be named, said crews were still queuing for hours. Another said handovers took longer.'), ['Paramedics', 'Paramedics', 'Paramedics']);
  });
  it('not after a person, nor further on, nor a lower-case "one" (a source cut short)', () => {
    assert.deepEqual(speakersOf('Tom Hale said the situation had not improved. One said crews were still queuing.'), ['Tom Hale', 'One']);
    assert.deepEqual(speakersOf('Nurses said wards were full. The trust said beds were free. One said crews were still queuing.'), ['Nurses', 'trust', 'One']);
  });
  it('canonicalName: a relative clause last names no one; plural nouns of people are groups', () => {
    assert.deepEqual(canonicalName('One, who asked not to be named'), { name: 'One', kind: 'person' });
    assert.deepEqual(canonicalName('Sofie Lind, who called for an audit'), { name: 'Sofie Lind', kind: 'person' });
    assert.deepEqual(canonicalName('Firefighters'), { name: 'Firefighters', kind: 'group' });
    assert.deepEqual(canonicalName('Paramedics'), { name: 'Paramedics', kind: 'group' });
  });
});
describe('forty-eighth session: a charge with a sum in it', () => {
  it('"A former council leader accused of accepting £250,000 in bribes ... has told a jury": the leader told, and is the speaker', () => {
    const a = analyze('A former council leader accused of accepting £250,000 in bribes from a property developer has told a jury he "never took a penny".', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['told', 'A former council leader accused of accepting £250,000 in bribes from a property developer', 'former council leader']]);
  });
});
describe('forty-eighth session: "the spokesperson" after one named with whom they speak for', () => {
  it('"A Home Office spokesperson said X ... the spokesperson said" is the Home Office spokesperson', () => {
    const a = analyze('A Home Office spokesperson said the figure was wrong.\n\n"The charity is mistaken," the spokesperson said.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Home Office spokesperson', 'Home Office spokesperson']);
  });
  it('so "The charity\'s figures are simply wrong" answers the charity\'s claim, not the spokesperson\'s own', () => {
    const a = analyze('The Refugee Council said 118,000 people were waiting for a decision in June.\n\nA Home Office spokesperson said the true comparison showed a rise of about 12%.\n\n"The charity\'s figures are simply wrong," the spokesperson said.', 'plaintext');
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['118,000 people were waiting for a decision in June']);
  });
  it('but "A spokesman" alone after one is a new one, as before', () => {
    const a = analyze('A Tesco spokesman said prices would fall.\n\nAsda said it would match them. A spokesman said the cuts were permanent.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Tesco spokesman', 'Asda', 'Asda']);
  });
});
describe('forty-ninth session: a generation\'s suffix and a company\'s full stop', () => {
  it('"Martin Luther King Jr." is one person, "King" after him the same; "Robert F. Kennedy Jr." is another', () => {
    assert.deepEqual(canonicalName('Martin Luther King Jr.'), { name: 'Martin Luther King Jr', kind: 'person' });
    assert.deepEqual(canonicalName('Robert F. Kennedy, Jr.'), { name: 'Robert F Kennedy Jr', kind: 'person' });
    assert.deepEqual(canonicalName('His son Donald Jr'), { name: 'Donald Jr', kind: 'person' });
    assert.deepEqual(resolveSpeakers(['Martin Luther King Jr', 'Robert F. Kennedy Jr.', 'King', 'Kennedy'], [false, false, false, false]), ['Martin Luther King Jr', 'Robert F Kennedy Jr', 'Martin Luther King Jr', 'Robert F Kennedy Jr']);
  });
  it('"Chirp Inc." and "Chirp Inc" are one name', () => {
    assert.deepEqual(canonicalName('Chirp Inc.'), { name: 'Chirp Inc', kind: 'other' });
    assert.deepEqual(speakersOf('Chirp Inc. said profits rose. Chirp Inc said it would hire staff.'), ['Chirp Inc', 'Chirp Inc']);
  });
});
describe('forty-ninth session: "the paper" is the newspaper named last', () => {
  it('"the paper said" after "The Daily Star reported" is the Daily Star', () => {
    assert.deepEqual(speakersOf('The Daily Star reported on Friday that Moreno had agreed a deal. Citing sources close to the player, the paper said the contract was worth £4 million a year.'), ['Daily Star', 'Daily Star', 'Daily Star']);
    assert.deepEqual(resolveSpeakers(['The Westbrook Gazette', 'the mayor', 'the newspaper'], [false, false, false]), ['Westbrook Gazette', 'mayor', 'Westbrook Gazette']);
  });
  it('but "the paper" with no newspaper named before stays itself', () => {
    assert.deepEqual(resolveSpeakers(['the mayor', 'the paper'], [false, false]), ['mayor', 'paper']);
  });
});
describe('forty-ninth session: "the club" after "Riverside FC", "the company" after "Chirp Inc"', () => {
  it('a name\'s closing form names the body its noun stands for', () => {
    assert.deepEqual(canonicalName('Riverside FC'), { name: 'Riverside FC', kind: 'other' });
    assert.deepEqual(resolveSpeakers(['Riverside FC', 'the club', 'Chirp Inc', 'The company'], [false, false, false, false]), ['Riverside FC', 'Riverside FC', 'Chirp Inc', 'Chirp Inc']);
  });
  it('but "the company" with no such name before stays itself', () => {
    assert.deepEqual(resolveSpeakers(['Riverside FC', 'the company'], [false, false]), ['Riverside FC', 'company']);
  });
});
describe('forty-ninth session: who paid for a document is not its speaker', () => {
  it('"The review, commissioned by the World Health Organization and published in Environment International" is the review', () => {
    assert.deepEqual(canonicalName('The review, commissioned by the World Health Organization and published in Environment International on Tuesday'), { name: 'review', kind: 'group' });
    assert.deepEqual(canonicalName('A study, funded by the Wellcome Trust'), { name: 'study', kind: 'group' });
  });
});
describe('fiftieth session: a business named by its trade', () => {
  it('"Drugmaker Velora Pharma" is Velora Pharma, "Carmaker Veltro Motors" Veltro Motors, "Airline Ryanair" Ryanair', () => {
    assert.deepEqual(canonicalName('Drugmaker Velora Pharma'), { name: 'Velora Pharma', kind: 'other' });
    assert.deepEqual(canonicalName('Carmaker Veltro Motors'), { name: 'Veltro Motors', kind: 'other' });
    assert.equal(canonicalName('Airline Ryanair').name, 'Ryanair');
  });
  it('but a surname that is also a trade stays a name: "Jan Brewer"', () => {
    assert.equal(canonicalName('Former Arizona governor Jan Brewer').name, 'Jan Brewer');
  });
  it('"Velora" and "the company" after "Velora Pharma" are Velora Pharma', () => {
    const a = new Analyzer().analyze('Drugmaker Velora Pharma on Monday denied that it had withheld results. "Every event was reported," the company said. Velora said the cases were unrelated.', 'plaintext');
    assert.deepEqual([...a.denials, ...a.attributions].map((x) => [x.source?.text, x.speaker]), [['Drugmaker Velora Pharma', 'Velora Pharma'], ['the company', 'Velora Pharma'], ['Velora', 'Velora Pharma']]);
  });
});
describe('fiftieth session: "the company" after an energy firm\'s name', () => {
  it('"the company said" after "Northgate Energy" is Northgate Energy, but not after "Department of Energy"', () => {
    assert.deepEqual(resolveSpeakers(['Northgate Energy', 'the company'], [false, false]), ['Northgate Energy', 'Northgate Energy']);
    assert.deepEqual(resolveSpeakers(['Department of Energy', 'the company'], [false, false]), ['Department of Energy', 'company']);
  });
});
describe('fiftieth session: a headline\'s body noun over a lede\'s one-word name', () => {
  it('"Airline rejects claims" is SkyJet\'s, who "has rejected accusations" in the lede', () => {
    const a = new Analyzer().analyze('Airline rejects claims it overbooked flights deliberately\n\nSkyJet has rejected accusations from passengers\' groups that it routinely sells more seats than its planes can hold.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.source?.text, d.speaker]), [['Airline', 'SkyJet'], ['SkyJet', 'SkyJet']]);
  });
  it('but not a person\'s two-word name: "Council rejects claims" over "Councillor Jane Hurst has rejected claims"', () => {
    const a = new Analyzer().analyze('Council rejects claims it cut bin collections\n\nCouncillor Jane Hurst has rejected claims that the council cut bin collections.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => d.speaker), ['Council', 'Jane Hurst']);
  });
});
describe('fiftieth session: the period a document covers names no one', () => {
  it('"NHS England data for October" is NHS England data, "Home Office figures for 2024" Home Office figures', () => {
    assert.deepEqual(canonicalName('NHS England data for October'), { name: 'NHS England data', kind: 'group' });
    assert.deepEqual(canonicalName('Home Office figures for 2024'), { name: 'Home Office figures', kind: 'group' });
  });
});
describe('fiftieth session: a lede\'s one-word name the lexicon does not know', () => {
  it('"Tech giant denies X" over "Chirp denied on Tuesday that X" is Chirp\'s', () => {
    const a = new Analyzer().analyze('Tech giant denies listening to users through phone microphones\n\nChirp denied on Tuesday that its app secretly records conversations to target adverts.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.source?.text, d.speaker]), [['Tech giant', 'Chirp'], ['Chirp', 'Chirp']]);
  });
  it('but not a quantifier: "Economists warn X" over "Some warned that X"', () => {
    const a = new Analyzer().analyze('Economists warn rates will rise\n\nSome warned that rates would rise again next year.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Economists', 'Some']);
  });
});
describe('fiftieth session: people of places joined by "and"', () => {
  it('"Residents of Elm Road and Cedar Close" are a group, not Cedar Close; "supporters of Democrat Hillary Clinton" are not Clinton', () => {
    assert.deepEqual(canonicalName('Residents of Elm Road and Cedar Close'), { name: 'Residents of Elm Road and Cedar Close', kind: 'group' });
    assert.deepEqual(canonicalName('supporters of Democrat Hillary Clinton'), { name: 'supporters of Democrat Hillary Clinton', kind: 'group' });
  });
  it('but "A spokeswoman for Reyes" still speaks for Reyes', () => {
    assert.equal(canonicalName('A spokeswoman for Ana Reyes').name, 'Ana Reyes');
  });
});
describe('fiftieth session: a headline\'s verb the cue lexicons do not list', () => {
  it('"Council leader defends claim that X" over "Council leader Fiona Grant has defended her claim" is Fiona Grant\'s', () => {
    const a = new Analyzer().analyze('Council leader defends claim that bin collections are "back to normal"\n\nCouncil leader Fiona Grant has defended her claim that bin collections in Westbrook are back to normal.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['defends claim', 'Fiona Grant'], ['has defended', 'Fiona Grant']]);
  });
  it('but not over another verb: "Council leader defends claim" over "Council leader Fiona Grant said"', () => {
    const a = new Analyzer().analyze('Council leader defends claim that bin collections are "back to normal"\n\nCouncil leader Fiona Grant said bin collections in Westbrook were back to normal.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Council leader', 'Fiona Grant']);
  });
});
describe('fiftieth session: "they" inside a sentence whose subject is a group of people', () => {
  it('"Residents have shared photographs they say show X" is the residents\', and "Senate Democrats blocked the bill because they said X" the Democrats\'', () => {
    assert.deepEqual(speakersOf('The Kent Courier said the homes were approved. Residents have shared photographs they say show the fields under water in 2013.'), ['Kent Courier', 'Residents']);
    assert.deepEqual(speakersOf('Top Senate candidates spoke on Monday. Senate Democrats blocked the bill because they said the language was a poison pill.'), ['Senate Democrats']);
  });
  it('but not a "they" after a comma, in another clause', () => {
    assert.notDeepEqual(speakersOf('The mayor met the unions. Residents were angry, and they said the council had lied.'), ['Residents']);
  });
});
describe('fifty-first session: a pronoun for the person who made the claims', () => {
  it('"The claims were made by a former midwife, Grace Oduya, ... She said X": she is Grace Oduya', () => {
    const a = analyze('The trust rejected allegations that it covered up the deaths.\n\nThe claims were made by a former midwife, Grace Oduya, in evidence to a committee on Tuesday. She said managers had told staff not to report the deaths.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['She', 'Grace Oduya']]);
  });
  it('"Priya" and "Grace" are women\'s names, "Raj" a man\'s', () => {
    assert.deepEqual(['grace', 'priya', 'raj'].map((w) => givenNamePronoun(w)), ['she', 'she', 'he']);
  });
});
describe('fifty-first session: magistrates are a body of people', () => {
  it('"Magistrates heard X" names no one "she" could be', () => {
    const a = analyze('Magistrates heard that managers had been warned.\n\nA spokesperson for Severn Valley Water said the company accepted the ruling. "We got this wrong," she said.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Magistrates', 'spokesperson for Severn Valley Water', 'spokesperson for Severn Valley Water']);
    assert.equal(canonicalName('Magistrates').kind, 'group');
  });
});
describe('fifty-first session: "it" after a subordinator is the body the sentence opens with', () => {
  it('"Severn Valley Water has been fined ..., a year after it told customers X": the company speaks', () => {
    const speakers = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]);
    assert.deepEqual(speakers('Severn Valley Water has been fined £2.1 million for pumping sewage into the River Teme, a year after it told customers that no sewage had entered the river.'), [['it', 'Severn Valley Water']]);
    assert.deepEqual(speakers('The council was praised because it said the bins would be collected.'), [['it', 'council']]);
  });
  it('not a person, nor an "it" with no subordinator before it', () => {
    const speakers = (t: string) => analyze(t, 'plaintext').attributions.map((x) => x.speaker);
    assert.deepEqual(speakers('Tom Brennan was sacked after it said that no complaint had been made.'), [null]);
    assert.deepEqual(speakers('Severn Valley Water was fined, and it said it would appeal.'), [null]);
  });
});
describe('fifty-first session: a traveller\'s role before the name', () => {
  it('"Passenger Emma Lund, 34" is Emma Lund; "Commuter Tom Hale" Tom Hale', () => {
    assert.deepEqual(['Passenger Emma Lund, 34', 'Commuter Tom Hale', 'Shopper Jo Marsh'].map((t) => canonicalName(t).name), ['Emma Lund', 'Tom Hale', 'Jo Marsh']);
  });
});
describe('fifty-second session: who made a document, after a comma', () => {
  it('"The report, by researchers at X" names the report by them, as without the comma', () => {
    assert.deepEqual(['The report, by researchers at the University of Southport', 'The report by researchers at the University of Southport', 'The report, by the Institute for Fiscal Studies'].map((t) => canonicalName(t).name),
      ['report by researchers at the University of Southport', 'report by researchers at the University of Southport', 'Institute for Fiscal Studies']);
  });
});
describe('fifty-second session: a person named after the office they hold and what it is of', () => {
  it('"Chief Inspector of Prisons Charlie Taylor" is Charlie Taylor; "Director of Public Health Anna Jones" Anna Jones', () => {
    assert.deepEqual(['Chief Inspector of Prisons Charlie Taylor', 'Director of Public Health Anna Jones', 'UMWA Director of Government Affairs Phil Smith', 'Palm Beach County Supervisor of Elections Susan Bucher'].map((t) => canonicalName(t)), [
      { name: 'Charlie Taylor', kind: 'person' }, { name: 'Anna Jones', kind: 'person' }, { name: 'Phil Smith', kind: 'person' }, { name: 'Susan Bucher', kind: 'person' },
    ]);
  });
  it('"Bank of England Governor Andrew Bailey" is Andrew Bailey, and the bank alone still the bank', () => {
    assert.deepEqual(['Bank of England Governor Andrew Bailey', 'Bank of England', 'Federal Bureau of Investigation Director James Comey', 'Stanford Health Care'].map((t) => canonicalName(t)), [
      { name: 'Andrew Bailey', kind: 'person' }, { name: 'Bank of England', kind: 'other' }, { name: 'James Comey', kind: 'person' }, { name: 'Stanford Health Care', kind: 'other' },
    ]);
  });
});
describe('fifty-second session: "it" opening a relative clause on the object of a clause after a subordinator', () => {
  it('"after a local campaign group published photographs it said showed X": the group, not the company the sentence opens with', () => {
    const t = 'Severn Valley Water has denied releasing sewage into the river, after a local campaign group published photographs it said showed brown water pouring from an outlet.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.filter((x) => x.source?.text === 'it').map((x) => x.speaker), ['local campaign group']);
  });
  it('but not a person\'s clause: "after Tom Hale published photographs it said showed X" resolves as before', () => {
    const t = 'Severn Valley Water has denied releasing sewage into the river, after Tom Hale published photographs it said showed brown water pouring from an outlet.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.filter((x) => x.source?.text === 'it').map((x) => x.speaker), ['Severn Valley Water']);
  });
});
describe('fifty-second session: a campaign named by what it calls for', () => {
  it('"Save the Teme", "Save Our Wye", "campaign group Save the Teme" are bodies with their whole names', () => {
    assert.deepEqual(['Save the Teme', 'Save Our Wye', 'campaign group Save the Teme', 'Keep Britain Tidy'].map((t) => canonicalName(t)), [
      { name: 'Save the Teme', kind: 'other' }, { name: 'Save Our Wye', kind: 'other' }, { name: 'Save the Teme', kind: 'other' }, { name: 'Keep Britain Tidy', kind: 'other' },
    ]);
  });
  it('but not a person whose given name is such a word: "Ban Ki-moon, the secretary general", "Keep Smith"', () => {
    assert.deepEqual(['Ban Ki-moon, the secretary general of the United Nations', 'Keep Smith'].map((t) => canonicalName(t).kind), ['person', 'person']);
  });
});
describe('fifty-second session: a headline\'s former holder who "says" what the lede has them tell', () => {
  it('"Ex-minister says X" over "Former transport minister Helen Grant has told an inquiry that X" is Helen Grant', () => {
    const t = 'Ex-minister says she was never told of safety warnings\n\nFormer transport minister Helen Grant has told an inquiry that she was never shown warnings about the bridge.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['Ex-minister', 'Helen Grant'], ['Former transport minister Helen Grant', 'Helen Grant']]);
  });
  it('but not a verb of another kind: "Ex-minister warns of X" over "Helen Grant said Y" keeps the description', () => {
    const t = 'Ex-minister warns of cuts\n\nFormer transport minister Helen Grant said the budget was safe.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker)[0], 'Ex-minister');
  });
});
describe('fifty-second session: monitors and negotiators are groups', () => {
  it('"Monitors from the Organisation" is the group, not a person "Monitors"', () => {
    assert.deepEqual(['Monitors from the Organisation', 'Negotiators'].map((t) => canonicalName(t)), [{ name: 'Monitors from the Organisation', kind: 'group' }, { name: 'Negotiators', kind: 'group' }]);
  });
});
describe('fifty-third session: a body named "Transport for" a region', () => {
  it('"Transport for the North", "Transport for Greater Manchester" are bodies with their whole names; "the transport for the event" is none', () => {
    assert.deepEqual(['Transport for the North', 'Transport for Greater Manchester', 'the transport for the event'].map((t) => canonicalName(t)), [
      { name: 'Transport for the North', kind: 'other' }, { name: 'Transport for Greater Manchester', kind: 'other' }, { name: 'transport for the event', kind: 'group' },
    ]);
  });
});
describe('fifty-third session: "they" after a person\'s lawyers', () => {
  it('"Lineham\'s lawyers said X. They said Y": the lawyers speak for Lineham both times, not the report before them', () => {
    const t = 'A report in the Sunday Herald alleged that Gary Lineham had invested in a film scheme. In a statement, Lineham\'s lawyers said he had followed professional advice. They said he had never been contacted by HMRC.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['A report in the Sunday Herald', 'report in the Sunday Herald'], ["Lineham's lawyers", 'Gary Lineham'], ['They', 'Gary Lineham']]);
  });
});
describe('fifty-third session: an elected member named by a role', () => {
  it('"A Conservative MP", "the local MP", "a Tory MP" are roles, not a person "A Conservative"', () => {
    assert.deepEqual(['A Conservative MP', 'the local MP', 'a Tory MP', 'A senior Conservative MP'].map((t) => canonicalName(t)), [
      { name: 'Conservative MP', kind: 'group' }, { name: 'local MP', kind: 'group' }, { name: 'Tory MP', kind: 'group' }, { name: 'senior Conservative MP', kind: 'group' },
    ]);
  });
  it('but a name before the letters keeps the person: "former minister Jo Stevens MP", "Keir Starmer MP"', () => {
    assert.deepEqual(['former minister Jo Stevens MP', 'Keir Starmer MP'].map((t) => canonicalName(t).name), ['Jo Stevens', 'Keir Starmer']);
  });
});
describe('fifty-fourth session: a pronoun after a role that tells it, named since', () => {
  it('"The whistleblower said X. \\"Y,\\" she said. A spokeswoman for the trust said Z. She said W": the second "She" is the spokeswoman', () => {
    const t = 'A whistleblower said that 300 referrals were never booked. "Patients were calling us in tears," she said.\n\nA spokeswoman for the trust said the allegations were unfounded. She said every referral had been booked.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['A whistleblower', 'whistleblower'], ['she', 'whistleblower'], ['A spokeswoman for the trust', 'spokeswoman for the trust'], ['She', 'spokeswoman for the trust']]);
  });
});
describe('fifty-fourth session: a quotation after a spokesman\'s report', () => {
  it('"Tom Maddox said X. A spokesman insisted Y. \\"Z,\\" he said": the quotation goes on from the spokesman, not Maddox', () => {
    const t = 'Tom Maddox said the claim was untrue.\n\nA Department for Education spokesman insisted the figure was accurate. "The 500 figure includes all schools," he said. "We stand by it."';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['Tom Maddox', 'Tom Maddox'], ['A Department for Education spokesman', 'Department for Education spokesman'], ['he', 'Department for Education spokesman']]);
  });
  it('but "He said that Z" after it stays with the person, and so does a quotation after "his brother added"', () => {
    const t = 'Tom Maddox said the claim was untrue. A spokesman insisted the figure was accurate. He said that the minister should apologise.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker), ['Tom Maddox', 'spokesman', 'Tom Maddox']);
    const kin = 'Alastair Osman called him a kind person. He had just become a father, his brother added. "He is a new dad," he said.';
    assert.deepEqual(analyze(kin, 'plaintext').attributions.map((x) => x.speaker).slice(-1), ['Alastair Osman']);
  });
  it('a role after a body\'s name tells its pronoun: "A Department for Education spokesman" is "he"', () => {
    assert.equal(sourceInfo('A Department for Education spokesman').gender, 'he');
    assert.equal(sourceInfo('A Friends of the Earth spokeswoman').gender, 'she');
  });
});
describe('fifty-fourth session: newspapers named after a weekday', () => {
  it('"The Sunday Ledger", "The Daily Record", "The Liverpool Echo" are bodies, not a person "Ledger"; "the newspaper" after one is it', () => {
    assert.deepEqual(['The Sunday Ledger', 'The Daily Record', 'The Liverpool Echo'].map((t) => canonicalName(t)), [
      { name: 'Sunday Ledger', kind: 'other' }, { name: 'Daily Record', kind: 'other' }, { name: 'Liverpool Echo', kind: 'other' },
    ]);
    const t = 'The Sunday Ledger reported that 900 jobs were at risk. The newspaper said it had seen internal documents.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker), ['Sunday Ledger', 'Sunday Ledger']);
  });
});
describe('fifty-fourth session: "it" after a paragraph that ends with another body\'s report', () => {
  it('"The ICO said X.\\n\\nThe Nightjar Collective has made similar claims before. In March, it said Y": "it" is the Collective', () => {
    const t = 'The Information Commissioner\'s Office said it was making enquiries.\n\nThe Nightjar Collective has made similar claims before. In March, it said it had stolen data from a Dutch bank.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker), ["Information Commissioner's Office", 'Nightjar Collective']);
  });
  it('but a source in the sentence right before is what "it" stands for: "..., according to the Monitoring Group. It said Y"', () => {
    const t = 'The Observatory Group reported the figure on Monday.\n\nThe attack killed 40 people, according to the Monitoring Group. It said the toll would rise.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker).slice(-1), ['Monitoring Group']);
  });
});
describe('fifty-fourth session: "she" after a spokesperson named for a body', () => {
  it('"A spokesperson for the Department for Business and Trade said X. She denied Y": the department, not a company named earlier', () => {
    const t = 'Veltro declined to comment.\n\nA spokesperson for the Department for Business and Trade said ministers were in close contact with the company. She denied reports that the government had offered Veltro a subsidy.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual([...a.attributions, ...a.denials].map((x) => [x.source?.text, x.speaker]), [['Veltro', 'Veltro'], ['A spokesperson for the Department for Business and Trade', 'Department for Business and Trade'], ['She', 'Department for Business and Trade']]);
  });
  it('but not a "he" inside what the spokesperson says: \'"He disagrees with them," the spokesperson said\' after the prime minister', () => {
    const t = 'David Cameron said the remarks were wrong. The prime minister\'s spokesperson said Cameron stood by them. "He disagrees with them," the spokesperson said.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.denials.filter((d) => d.source?.text === 'He').map((d) => d.speaker), ['David Cameron']);
  });
});
describe('fifty-fourth session: members of people familiar with the matter', () => {
  it('"according to three people familiar with the matter. ... one of the people said. Another cautioned": each is of that group', () => {
    const t = 'Veltro is in talks to sell its battery unit, according to three people familiar with the matter.\n\nA deal could come next week, one of the people said. Another cautioned that the price had not been finalised.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker), ['three people familiar with the matter', 'three people familiar with the matter', 'three people familiar with the matter']);
  });
  it('"people familiar with her thinking say X. ... They did not offer details": "they" is that group', () => {
    assert.equal(sourceInfo('people familiar with her thinking').plural, true);
    assert.equal(sourceInfo('three people familiar with the matter').plural, true);
  });
});
describe('fifty-fourth session: a spokesperson for a man, then "she"', () => {
  it('"A spokesperson for Mr Okonkwo said X. \\"Y,\\" she said": the "Mr" is the leader\'s; "she" is his spokesperson, for him', () => {
    const t = 'Westbridge Council leader Sam Okonkwo said crime had halved.\n\nA spokesperson for Mr Okonkwo said he had been referring to burglaries. "The leader was clear that he meant burglary," she said.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker), ['Sam Okonkwo', 'Sam Okonkwo', 'Sam Okonkwo']);
  });
});
describe('fifty-fourth session: a headline\'s "boss"', () => {
  it('"Airport boss rejects noise complaints" over "The chief executive of Heathbury Airport, Mark Fenwick, has rejected claims": one boss, Fenwick', () => {
    assert.equal(sourceInfo('Airport boss').plural, false);
    assert.equal(sourceInfo('Union bosses').plural, true);
    const t = '# Airport boss rejects noise complaints\n\nThe chief executive of Heathbury Airport, Mark Fenwick, has rejected claims by residents that night flights have doubled since 2020.\n';
    assert.deepEqual(analyze(t, 'markdown').denials.map((d) => d.speaker), ['Mark Fenwick', 'Mark Fenwick']);
  });
});
describe('fifty-fourth session: evidence named by a body\'s head noun', () => {
  it('"Police figures show X" after "Figures published by Northshire Police show Y" are Northshire Police\'s', () => {
    const t = 'Figures published by Northshire Police show that recorded crime fell by 26 percent. Police figures show violent offences rose from 2,100 to 2,460.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => x.speaker), ['Northshire Police', 'Northshire Police']);
  });
  it('with no such body named before, they stay the figures\' own', () => {
    assert.deepEqual(analyze('Police figures show violent offences rose from 2,100 to 2,460.', 'plaintext').attributions.map((x) => x.speaker), ['Police figures']);
  });
});
describe('fifty-fourth session: transport operators by their trade', () => {
  it('"Northline Rail", "Island Ferries", "Westway Buses" are bodies; "Northline" later is Northline Rail, as the headline\'s "Rail firm" is', () => {
    assert.deepEqual(['Northline Rail', 'Island Ferries', 'Westway Buses'].map((t) => canonicalName(t).kind), ['other', 'other', 'other']);
    const t = '# Rail firm denies cancelling trains to save money\n\nNorthline Rail has denied claims that it deliberately cancelled evening services to cut staff costs.\n\nNorthline said the cancellations were caused by a shortage of trained drivers.\n';
    const a = analyze(t, 'markdown');
    assert.deepEqual([...a.denials, ...a.attributions].map((x) => x.speaker), ['Northline Rail', 'Northline Rail', 'Northline Rail']);
    // (so the headline's denial answers no claim of the firm's own)
    assert.deepEqual(a.links.filter((l) => a.claims.find((c) => c.id === l.claim)?.claimant === 'Northline Rail'), []);
  });
});
describe('fifty-fifth session: a spokesperson after a written thing', () => {
  it('"Its ingredient list includes X" has no spokesperson: "a spokesperson said" next speaks for the body named before the list', () => {
    const t = 'The Health Products Agency told us the vaccine contains no electronic components. Its ingredient list, published online, includes a protein, salts and sugars.\n\nThe agency has received 14 reports of deaths, but a spokesperson said there was no evidence the vaccine caused any of them.';
    assert.deepEqual(speakersOf(t), ['Health Products Agency', 'ingredient list', 'Health Products Agency']);
  });
  it('nor "The leaflet says X" after a body\'s report', () => {
    const t = 'The council said the tip would reopen in May. The leaflet says residents must book a slot. A spokesperson said bookings would open on Monday.';
    assert.deepEqual(speakersOf(t), ['council', 'leaflet', 'council']);
  });
});
describe('fifty-fifth session: a body by the nouns its name\'s form stands for', () => {
  it('"The airline", "the carrier" after "SkyBridge Airways"; "The firm" after "Veltro Motors"', () => {
    assert.deepEqual(speakersOf('SkyBridge Airways said fares would rise. The airline said fuel costs had doubled. The carrier said it would hire 200 pilots.'), ['SkyBridge Airways', 'SkyBridge Airways', 'SkyBridge Airways']);
    assert.deepEqual(speakersOf('Veltro Motors said sales rose. The firm said prices would fall.'), ['Veltro Motors', 'Veltro Motors']);
  });
  it('"The regulator", "A spokesman for the regulator", "the watchdog" after "The Civil Aviation Authority"', () => {
    const t = 'The Civil Aviation Authority said it had opened an investigation. A spokesman for the regulator said it had received complaints. The watchdog said it would report in May.';
    assert.deepEqual(speakersOf(t), ['Civil Aviation Authority', 'Civil Aviation Authority', 'Civil Aviation Authority']);
  });
  it('with no such body named before, they stay their own', () => {
    assert.deepEqual(speakersOf('Unite said members were angry. A spokesman for the regulator said it had received complaints.'), ['Unite', 'spokesman for the regulator']);
  });
});
describe('fifty-fifth session: a headline\'s denial over the lede\'s in another verb of denying', () => {
  it('"Airline denies X" over "SkyBridge Airways has rejected allegations that X": the airline named', () => {
    const t = '# Airline denies pilots were told to fly with faulty engines\n\nSkyBridge Airways has rejected allegations that pilots were pressured to fly aircraft with known engine faults.\n';
    assert.deepEqual(analyze(t, 'markdown').denials.map((d) => d.speaker), ['SkyBridge Airways', 'SkyBridge Airways']);
  });
  it('not over a report in a verb of saying: "Airline denies X" over "SkyBridge Airways said X"', () => {
    const t = '# Airline denies pilots were told to fly with faulty engines\n\nSkyBridge Airways said no pilot had been pressured to fly.\n';
    assert.deepEqual(analyze(t, 'markdown').denials.map((d) => d.speaker), ['Airline']);
  });
});
describe('fifty-fifth session: regulators known by one name', () => {
  it('"Ofgem", "the FDA" are bodies, which "the regulator", "the watchdog" and "a spokesman for the regulator" stand for after them', () => {
    assert.deepEqual(['Ofgem', 'the FDA', 'Offord'].map((t) => canonicalName(t).kind), ['other', 'other', 'person']);
    assert.deepEqual(speakersOf('Ofgem said it was looking into the complaints. The regulator said it had fined the firm. A spokesman for the watchdog said more fines would follow.'), ['Ofgem', 'Ofgem', 'Ofgem']);
  });
});
describe('fifty-fifth session: a plural in lower case inside an institution\'s name', () => {
  it('"The Medicines and Healthcare products Regulatory Agency" is the whole name, a body', () => {
    assert.deepEqual(canonicalName('The Medicines and Healthcare products Regulatory Agency'), { name: 'Medicines and Healthcare products Regulatory Agency', kind: 'other' });
  });
  it('not before a person\'s name: "voters said Smith"', () => {
    assert.deepEqual(canonicalName('voters said Smith').name, 'Smith');
  });
});
describe('fifty-sixth session: a pronoun for one named in full before and by surname as a subject', () => {
  it('"sprinter Maria Okafor" in one paragraph, "Okafor tested positive in June. She has always denied X" in the next: she is Maria Okafor', () => {
    const t = 'The unit has cleared sprinter Maria Okafor of a doping violation.\n\nOkafor tested positive for clenbuterol in June. She has always denied knowingly taking any prohibited substance.';
    assert.deepEqual(analyze(t, 'plaintext').denials.map((d) => [d.source?.text, d.speaker]), [['She', 'Maria Okafor']]);
  });
  it('not without the surname as a subject, nor when the surname opens no sentence', () => {
    for (const t of ['The unit has cleared sprinter Maria Okafor of a doping violation.\n\nThe test was positive. She has always denied taking any banned substance.', 'The unit has cleared sprinter Maria Okafor of a doping violation.\n\nThe test of Okafor was positive. She has always denied taking any banned substance.']) {
      assert.deepEqual(analyze(t, 'plaintext').denials.map((d) => d.speaker), [null], t);
    }
  });
});
describe('fifty-sixth session: a name in apposition to the subject', () => {
  it('"The study\'s lead author, Dr Helen Cho, stood by the findings. She said X": she is Helen Cho', () => {
    const t = 'The study\'s lead author, Dr Helen Cho, stood by the findings. She said the team had repeated the analysis in a second group of patients.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['She', 'Helen Cho']]);
    assert.equal(onePersonNamed('The Turkish President, Recep Tayyip Erdogan, did another about-face. ', 'he'), 'Recep Tayyip Erdogan');
  });
  it('not a name after a clause\'s comma, nor after a phrase with a verb: "After the vote, Helen Cho ..." is a subject; "He met the lead author, Helen Cho," is not', () => {
    assert.equal(onePersonNamed('He met the lead author, Helen Cho, in May. ', 'she'), null);
    assert.equal(onePersonNamed('In the study, the data, Helen Cho said, were clear. ', 'she'), null);
  });
});
describe('fifty-sixth session: a campaign against something', () => {
  it('"Ashford Against the Incinerator", "Mothers Against Drunk Driving" are bodies named whole', () => {
    assert.deepEqual(canonicalName('The organisers of the protest, Ashford Against the Incinerator'), { name: 'Ashford Against the Incinerator', kind: 'other' });
    assert.deepEqual(canonicalName('Residents Against the Bypass'), { name: 'Residents Against the Bypass', kind: 'other' });
    assert.deepEqual(canonicalName('Mothers Against Drunk Driving'), { name: 'Mothers Against Drunk Driving', kind: 'other' });
  });
});
describe('fifty-sixth session: a body that audits or inspects is a watchdog', () => {
  it('"the watchdog" and "the watchdog\'s report" after "the National Audit Office"; "the watchdog" after an Ombudsman or an Inspectorate', () => {
    const speakers = (t: string) => analyze(t, 'plaintext').attributions.map((a) => a.speaker);
    assert.deepEqual(speakers('The National Audit Office said costs rose. The watchdog\'s report said hotels were full. The watchdog said staff were few.'), ['National Audit Office', 'National Audit Office', 'National Audit Office']);
    assert.deepEqual(speakers('The Housing Ombudsman said costs rose. The watchdog said repairs were slow.'), ['Housing Ombudsman', 'Housing Ombudsman']);
    assert.deepEqual(speakers('HM Inspectorate of Prisons said cells were damp. The watchdog said staff were few.'), ['HM Inspectorate of Prisons', 'HM Inspectorate of Prisons']);
  });
  it('not a body that neither audits nor inspects: "the watchdog" after "The Home Office" is no one named', () => {
    assert.deepEqual(analyze('The Home Office said costs rose. The watchdog said hotels were full.', 'plaintext').attributions.map((a) => a.speaker), ['Home Office', 'watchdog']);
  });
});
describe('fifty-seventh session: a named report framed by "according to"', () => {
  it('"Industry analyst Priya Nair said X, according to filings with the regulator": Nair speaks, and claims X', () => {
    const a = analyze('Industry analyst Priya Nair said the number of pilots hired was closer to 120, according to filings with the regulator.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['according to', 'filings with the regulator', 'Priya Nair']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['the number of pilots hired was closer to 120', 'Priya Nair']]);
  });
  it('not a frame with no named source, nor content with no frame: the document speaks', () => {
    for (const t of ['He said the weapon was found in the boot, according to the inventory.', 'The weapon was found in the boot, according to the inventory.']) {
      assert.deepEqual(analyze(t, 'plaintext').attributions.filter((x) => x.cue.text === 'according to').map((x) => x.speaker), ['inventory'], t);
    }
  });
});
describe('fifty-seventh session: one unnamed person close to something is no plural', () => {
  it('"a person close to the secretive process", "a source familiar with the talks" are one; "people close to the campaign", "aides close to the talks" many', () => {
    assert.equal(sourceInfo('a person close to the secretive process').plural, false);
    assert.equal(sourceInfo('a source familiar with the talks').plural, false);
    assert.equal(sourceInfo('people close to the campaign').plural, true);
    assert.equal(sourceInfo('aides close to the talks').plural, true);
  });
});
describe('fifty-seventh session: a watchdog or a campaign by what it does', () => {
  it('"the think tank Education Watch", "Human Rights Watch", "Transport Action" are bodies named whole, no person "Watch"', () => {
    assert.deepEqual(canonicalName('the think tank Education Watch'), { name: 'Education Watch', kind: 'other' });
    assert.deepEqual(canonicalName('Human Rights Watch'), { name: 'Human Rights Watch', kind: 'other' });
    assert.deepEqual(canonicalName('Energy Action'), { name: 'Energy Action', kind: 'other' });
  });
  it('so "he" after Human Rights Watch is not the watchdog', () => {
    const t = 'Berhanu Nega left in May. Human Rights Watch said the camp was overcrowded. He says he fears returning home.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Human Rights Watch', null]);
  });
});
describe('fifty-seventh session: a noun for a body capitalised to open the sentence', () => {
  it('"Regulator Ofgem", "Watchdog Ofcom", "Charity Shelter" are the bodies named after the noun', () => {
    assert.deepEqual(canonicalName('Regulator Ofgem'), { name: 'Ofgem', kind: 'other' });
    assert.deepEqual(canonicalName('Watchdog Ofcom'), { name: 'Ofcom', kind: 'other' });
    assert.deepEqual(canonicalName('Charity Shelter'), { name: 'Shelter', kind: 'other' });
    assert.deepEqual(analyze('Regulator Ofgem has accused Northstar Energy of overcharging customers.', 'plaintext').attributions.map((a) => a.speaker), ['Ofgem']);
  });
  it('not a noun that often begins a name: "Union Pacific", "Charity Commission" stay whole', () => {
    assert.equal(canonicalName('Union Pacific').name, 'Union Pacific');
    assert.equal(canonicalName('Charity Commission').name, 'Charity Commission');
  });
});
describe('fifty-seventh session: a campaign named by a call to act', () => {
  it('"Stand Up to Racism", "campaign group Hope not Hate", "Stop the War Coalition" are bodies named whole', () => {
    assert.deepEqual(canonicalName('Stand Up to Racism'), { name: 'Stand Up to Racism', kind: 'other' });
    assert.deepEqual(canonicalName('campaign group Hope not Hate'), { name: 'Hope not Hate', kind: 'other' });
    assert.deepEqual(canonicalName('Stop the War Coalition'), { name: 'Stop the War Coalition', kind: 'other' });
  });
  it('not a person whose given name is such a verb: "Hope Johnson"', () => {
    assert.deepEqual(canonicalName('Hope Johnson'), { name: 'Hope Johnson', kind: 'person' });
  });
});
describe('fifty-eighth session: a lawyer\'s client', () => {
  const lead = 'Prosecutors allege that Helen Forsyth, 54, left residents without food for up to two days. ';
  it('"his client" right after "Forsyth\'s barrister, Niall Grant" is Helen Forsyth, whose denial "rejects every one of these allegations" it is', () => {
    const a = analyze(`${lead}Forsyth's barrister, Niall Grant, told the court that his client "rejects every one of these allegations".`, 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.speaker]), [['rejects every one of these allegations', 'Helen Forsyth']]);
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Prosecutors', 'Niall Grant']);
  });
  it('but "his client" after a speaker who is no one\'s lawyer stays a client', () => {
    const a = analyze(`${lead}The home's manager, Niall Grant, said his client rejects all of these allegations.`, 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.speaker]), [['rejects all of these allegations', 'client']]);
  });
});
describe('fifty-eighth session: a party by its name', () => {
  it('"The party" after "an analysis by the Liberal Democrats" or "Labour" is that party; "Liberal Democrats" is no person', () => {
    const a = analyze('Ambulances waited 9,400 hours in January, according to an analysis by the Liberal Democrats. The party said one patient waited 31 hours.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Liberal Democrats', 'Liberal Democrats']);
    assert.deepEqual(analyze('Labour said ambulances waited 9,400 hours. The party said one patient waited 31 hours.', 'plaintext').attributions.map((x) => x.speaker), ['Labour', 'Labour']);
    assert.deepEqual(canonicalName('the Liberal Democrats'), { name: 'Liberal Democrats', kind: 'group' });
  });
  it('but "the party" with no party named before stays the party', () => {
    assert.deepEqual(analyze('The mayor said turnout fell. The party said one patient waited 31 hours.', 'plaintext').attributions.map((x) => x.speaker), ['mayor', 'party']);
  });
});
describe('sixtieth session: an inner word of a long name', () => {
  it('"Brazil\'s Lula says X" in a headline is "Luiz Inacio Lula da Silva", named in full only after it', () => {
    const a = analyze("Brazil's Lula says deforestation fell 30%\n\nPresident Luiz Inacio Lula da Silva said on Wednesday that deforestation fell. Lula told reporters in Brasilia that the promise was kept.", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Luiz Inacio Lula da Silva']);
  });
});
describe('sixty-first session: a body described with "a", named soon after', () => {
  it('"A landlords\' association" is the "South West Landlords Association" named after it; "figures from a tenants\' union" the "Bristol Tenants Union"', () => {
    const t = "A landlords' association has rejected figures from a tenants' union suggesting that rents rose by 20%.\n\nThe Bristol Tenants Union said rents had climbed. But the South West Landlords Association said the survey was flawed.";
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [
      ["figures from a tenants' union", 'Bristol Tenants Union'],
      ['The Bristol Tenants Union', 'Bristol Tenants Union'],
      ['the South West Landlords Association', 'South West Landlords Association'],
    ]);
    assert.deepEqual(a.denials.map((x) => [x.source?.text, x.speaker]), [
      ["A landlords' association", 'South West Landlords Association'],
      ['the South West Landlords Association', 'South West Landlords Association'],
    ]);
  });
  it('not a name that does not end with the description, nor a description of one word', () => {
    assert.deepEqual(speakersOf('A campaign group said the plan was unlawful. The Green Party said it would vote against it.'), ['campaign group', 'Green Party']);
    assert.deepEqual(speakersOf('A union said pay had fallen. Unite the Union said strikes would follow.'), ['union', 'Unite the Union']);
  });
});
describe('sixty-first session: a body described by its kind, named soon after', () => {
  it('"a report by a parliamentary committee" is the "Defence Committee" named after it; "a local charity" is no "Defence Committee"', () => {
    assert.deepEqual(speakersOf('A report by a parliamentary committee found the army is short of soldiers. The Defence Committee said recruitment had failed.'), ['Defence Committee', 'Defence Committee']);
    assert.deepEqual(speakersOf('A report by a local charity found the army is short of soldiers. The Defence Committee said recruitment had failed.'), ['report by a local charity', 'Defence Committee']);
  });
});
describe('sixty-first session: a body described with "a", then named after its head noun and a comma', () => {
  it('"a privacy group" is "The group, Data Watch"; "a privacy group" is no "The company, Pathfinder"', () => {
    assert.deepEqual(speakersOf('An investigation by a privacy group claimed to have traced the data. The group, Data Watch, said it had found the data in databases.'), ['Data Watch', 'Data Watch', 'Data Watch']);
    assert.deepEqual(speakersOf('A privacy group claimed to have traced the data. The company, Pathfinder, said it had sold no data.'), ['privacy group', 'Pathfinder']);
  });
});
describe('sixty-first session: a company by the words before its tail', () => {
  it('"Southern Vale" after "Southern Vale Water" is the company; "Southern Vale" with no such company stays itself', () => {
    assert.deepEqual(speakersOf('Southern Vale Water said it does not expect a ban. Southern Vale said its leakage figure was 74 million litres a day.'), ['Southern Vale Water', 'Southern Vale Water']);
    assert.deepEqual(speakersOf('River Action said leaks were rising. Southern Vale said its leakage figure was 74 million litres a day.'), ['River Action', 'Southern Vale']);
  });
});
describe('sixty-first session: "the" and a role after a person described with it', () => {
  it('"the nurse, who asked not to be named" is "A senior nurse at Riverside Hospital", and "she" after it too', () => {
    const t = 'A senior nurse at Riverside Hospital has claimed that a single nurse was left in charge of 30 patients. The nurse, who asked not to be named, said two patients had fallen. She said it was not safe.';
    assert.deepEqual(speakersOf(t), ['senior nurse at Riverside Hospital', 'senior nurse at Riverside Hospital', 'senior nurse at Riverside Hospital']);
  });
  it('not a role of another head, nor past another source named', () => {
    assert.deepEqual(speakersOf('A senior doctor at Riverside Hospital said staffing was low. The nurse said two patients had fallen.'), ['senior doctor at Riverside Hospital', 'nurse']);
  });
});
describe('sixty-first session: a councillor\'s office', () => {
  it('"Councillor says X" is the one councillor the story names; with two named, neither', () => {
    assert.deepEqual(speakersOf('Councillor says potholes fixed within 24 hours\n\nCouncillor Dave Brennan said every pothole was repaired within 24 hours.'), ['Dave Brennan', 'Dave Brennan']);
    assert.deepEqual(speakersOf('Councillor says potholes fixed within 24 hours\n\nCouncillor Dave Brennan said every pothole was repaired. Councillor Ann Holt said they were not.'), ['Councillor', 'Dave Brennan', 'Ann Holt']);
  });
});
describe('sixty-first session: a bare "Minister" named by a cabinet title', () => {
  it('"Minister\'s claim that X" is the one secretary the story names; "the foreign minister of France" is no secretary', () => {
    assert.deepEqual(speakersOf("Minister's claim that 90% of trains run on time challenged\n\nTransport Secretary Louise Hart said more than 90% of trains arrived on time."), ['Louise Hart', 'Louise Hart']);
    assert.deepEqual(speakersOf('Home Secretary Priya Shah said talks would resume. The foreign minister of France said they would not.'), ['Priya Shah', 'foreign minister of France']);
  });
});
describe('sixty-first session: a hyphenated office before a name', () => {
  it('"Vice-chancellor Helen Booth" is Helen Booth, and "Booth" later too', () => {
    assert.deepEqual(speakersOf('Vice-chancellor Helen Booth said the university faced a deficit. Booth said no department would close.'), ['Helen Booth', 'Helen Booth']);
    assert.deepEqual(canonicalName('Vice-President Kamala Harris'), { name: 'Kamala Harris', kind: 'person' });
  });
});
describe('sixty-first session: evidence named by its owner\'s possessive', () => {
  it('"Its survey of 2,000 commuters found X" is the owner\'s, whom "it" stands for; "Its chair" is no evidence', () => {
    assert.deepEqual(speakersOf('The passenger group Rail Users North said its members had seen no improvement. Its survey of 2,000 commuters found that 58% said their journeys were as unreliable as before.'), ['Rail Users North', 'Rail Users North']);
    assert.deepEqual(speakersOf('Rail Users North said trains were late. Its chair, Tom Vickery, said fares were too high.'), ['Rail Users North', 'Tom Vickery']);
  });
});
