/**
 * Attributions (source, cue, content, speaker) in the common news forms, with exact spans.
 * Every text here is written for this test.
 */
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core/analyzer';
import { canonicalName } from '../../src/core/speakers';
import type { Analysis, LanguageId } from '../../src/core/types';
import { attributionView, spanAfter, spanOf, type AttributionView } from './helpers/spans';
import { RUBRICS } from '../../src/core/data/cues';
import { buildContext } from '../../src/core/detect/context';
import { datelineEnd } from '../../src/core/detect/phrases';
import {
  MODEL_NESTED_SCORE, detectBlock, type Decision, dropComplementReports, dropFramedReports, dropNestedModelCues, headAfterDeterminer, isCreditBefore, onlyModifiers,
  joinStatementParticiples, opensCoordinate, plausibleSourceEnd,
} from '../../src/core/detect/block';
import type { RawAttribution } from '../../src/core/detect/raw';
import { isReversedCloserAt } from '../../src/core/util/chars';
import { detectAttributions, detectLexiconParticiples, detectPollOpenings, isNonCue, mainClauseComma } from '../../src/core/detect/attributions';

function run(text: string, languageId: LanguageId = 'plaintext'): Analysis {
  return analyze(text, languageId);
}

/** Each attribution of a plain text's analysis as [cue, source, content] texts. */
function triplesOf(t: string): Array<[string, string | undefined, string | undefined]> {
  return run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]);
}

/** The text's only attribution (and no denial). */
/** A raw (block-level) attribution's rule and the texts of its cue, source and content in `t`. */
function rawTexts(t: string, a: RawAttribution): { rule: string; cue: string; source: string | null; content: string | null } {
  return { rule: a.rule, cue: t.slice(a.cue[0], a.cue[1]), source: a.source && t.slice(a.source[0], a.source[1]), content: a.content && t.slice(a.content[0], a.content[1]) };
}

/** A text's attributions as [source, cue, content] texts (null where none), and the speaker after them with `speaker`. */
function sourceCueContent(text: string, languageId: LanguageId = 'plaintext', speaker = false): Array<Array<string | null>> {
  return analyze(text, languageId).attributions.map((a) => {
    const row = [a.source?.text ?? null, a.cue.text, a.content?.text ?? null];
    return speaker ? [...row, a.speaker] : row;
  });
}

function only(text: string, languageId: LanguageId = 'plaintext'): AttributionView {
  const a = run(text, languageId);
  assert.equal(a.attributions.length, 1, `attributions: ${JSON.stringify(a.attributions.map((x) => x.cue.text))}`);
  assert.deepEqual(a.denials, []);
  return attributionView(a.attributions[0]);
}

describe('core attributions', () => {
  describe('postposed: CONTENT, SOURCE CUE', () => {
    it('a quotation followed by "Smith said"', () => {
      const t = '"The bridge will open in May," Smith said.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Smith'),
        content: spanOf(t, '"The bridge will open in May,"'),
        speaker: 'Smith',
      });
    });

    it("a quotation in doubled single quotes followed by \"Smith said\": ''The bridge will open in May,'' Smith said.", () => {
      const t = "''The bridge will open in May,'' Smith said.";
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Smith'),
        content: spanOf(t, "''The bridge will open in May,''"),
        speaker: 'Smith',
      });
    });

    it("no cue inside a quotation in doubled single quotes: ''I think the bridge is old,'' Smith said.", () => {
      const t = "''I think the bridge is old and I believe it will close,'' Smith said.";
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Smith'),
        content: spanOf(t, "''I think the bridge is old and I believe it will close,''"),
        speaker: 'Smith',
      });
    });

    it('reported speech without quotation marks: "..., Mayor Lena Ortiz added in her video message."', () => {
      const t = 'The budget was cut by 40 percent, Mayor Lena Ortiz added in her video message.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'added'),
        source: spanOf(t, 'Mayor Lena Ortiz'),
        content: spanOf(t, 'The budget was cut by 40 percent'),
        speaker: 'Lena Ortiz',
      });
    });

    it('"..., Mayor Lena Ortiz added in a statement." is one attribution ("statement" is no cue here)', () => {
      const t = 'The budget was cut by 40 percent, Mayor Lena Ortiz added in a statement.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'added'),
        source: spanOf(t, 'Mayor Lena Ortiz'),
        content: spanOf(t, 'The budget was cut by 40 percent'),
        speaker: 'Lena Ortiz',
      });
    });

    it('a quotation that goes on after the attribution: its claims are the speaker\'s', () => {
      const t = '"We will not close the mine," the company said on Friday. "The mine employs 900 people and will stay open until 2030."';
      const a = run(t);
      assert.equal(a.attributions.length, 1);
      assert.deepEqual(a.attributions[0].cue, spanOf(t, 'said'));
      assert.deepEqual(a.attributions[0].source, spanOf(t, 'the company'));
      const claim = a.claims.find((c) => c.span.text === 'The mine employs 900 people and will stay open until 2030');
      assert.ok(claim, JSON.stringify(a.claims.map((c) => c.span.text)));
      assert.equal(claim.claimant, 'company');
      assert.equal(claim.attribution, a.attributions[0].id);
    });

    it('a quotation of several sentences is attributed once', () => {
      const t = '"The river is rising fast. We have moved 200 families out of the valley," Ortiz said.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Ortiz'),
        content: spanOf(t, '"The river is rising fast. We have moved 200 families out of the valley,"'),
        speaker: 'Ortiz',
      });
    });

    it('a source with a prepositional phrase: "..." a spokesman for the coast guard said', () => {
      const t = '"The port is open," a spokesman for the coast guard said.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'a spokesman for the coast guard'),
        content: spanOf(t, '"The port is open,"'),
        speaker: 'spokesman for the coast guard',
      });
    });

    it('a cue other than "said": "..." Ortiz insisted', () => {
      const t = '"The tender was fair," Ortiz insisted.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'insisted'),
        source: spanOf(t, 'Ortiz'),
        content: spanOf(t, '"The tender was fair,"'),
        speaker: 'Ortiz',
      });
    });

    it('a pronoun source after a quotation takes the speaker named before it', () => {
      const t = 'Governor Tom Reyes said the port would close. "It will reopen in June," he added.';
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said'), source: spanOf(t, 'Governor Tom Reyes'), content: spanOf(t, 'the port would close'), speaker: 'Tom Reyes' },
        { cue: spanOf(t, 'added'), source: spanAfter(t, 'June', 'he'), content: spanOf(t, '"It will reopen in June,"'), speaker: 'Tom Reyes' },
      ]);
    });
  });

  describe('inverted: CONTENT, CUE SOURCE', () => {
    it('an appositive after the inverted source is not part of it', () => {
      const t = '"We will appeal," said Tom Reyes, the club\'s lawyer.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'Tom Reyes'), content: spanOf(t, '"We will appeal,"'), speaker: 'Tom Reyes' });
    });

    it('"...," said Ortiz', () => {
      const t = '"We have no plans to raise taxes," said Ortiz.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Ortiz'),
        content: spanOf(t, '"We have no plans to raise taxes,"'),
        speaker: 'Ortiz',
      });
    });
    it('a model source read as an aside\'s comma is the subject before the aside: "The report, published by The Ledger on Tuesday, cited ..."', () => {
      const t = 'The report, published by The Ledger on Tuesday, cited three former employees.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['cited', 'The report', 'three former employees']]);
    });

    it('a parenthetical frame does not run on into another report a conjunction opens: "Arrivals fell, the ministry said, but charities disputed the figures."', () => {
      const t = 'Arrivals fell, the ministry said, but charities disputed the figures.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [['said', 'Arrivals fell']]);
      // (what follows the conjunction is the speaker's when no one else reports it)
      const u = 'Arrivals fell, the ministry said, but the backlog grew.';
      assert.deepEqual(run(u).attributions.map((a) => [a.cue.text, a.content?.text]), [['said', 'Arrivals fell, the ministry said, but the backlog grew']]);
    });

    it('a name and its appositive before the comma, with no verb of their own, are the source, not content ("But Professor X, an epidemiologist who ..., said the study ...")', () => {
      const t = 'But Professor Ola Berg, an epidemiologist at Halden University who was not involved in the work, said the study "cannot show that night work causes diabetes."';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.speaker, a.content?.text]), [
        ['said', 'Ola Berg', 'the study "cannot show that night work causes diabetes."'],
      ]);
    });

    for (const [t, source] of [
      ['"Strip out the one-offs and the picture is weaker," wrote Nordbank analyst Ola Berg in a note to clients.', 'Nordbank analyst Ola Berg'],
      ['"We will appeal," said club president Tom Reyes in his statement on Monday.', 'club president Tom Reyes'],
      ['"We will appeal," said the lawyers at Fjordbygg.', 'the lawyers at Fjordbygg'],
      ['"We will appeal," said Tom Reyes at the State Department.', 'Tom Reyes at the State Department'],
      // (the person named after a role in lower case is)
      ['"We will appeal," said the company\'s operations director, Helen Okoro.', "the company's operations director, Helen Okoro"],
    ] as const) {
      it(`where and how the source spoke is no part of it, nor a report: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text]), [[t.includes('wrote') ? 'wrote' : 'said', source]]);
      });
    }
  });

  describe('preposed: SOURCE CUE COMPLEMENT', () => {
    it('a bare clause: "Smith said the plan had failed."', () => {
      const t = 'Smith said the plan had failed.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'Smith'), content: spanOf(t, 'the plan had failed'), speaker: 'Smith' });
    });

    it('a block that ends on "said it", as a headline or a sentence still being typed, does not throw', () => {
      // "it" after a cue verb is content only before a finite verb; at the block's end there is no next token
      for (const t of ['He said it', 'Reyes says it', 'says it']) assert.doesNotThrow(() => run(t), t);
      const t = 'He said it';
      assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'He'), content: spanOf(t, 'it'), speaker: null });
    });

    it('present tense: "Ortiz says the tender was fair."', () => {
      const t = 'Ortiz says the tender was fair.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'says'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the tender was fair'), speaker: 'Ortiz' });
    });

    it('"Jones told reporters that ..." skips the object and "that"', () => {
      const t = 'Jones told reporters that the factory would close in March.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'told'),
        source: spanOf(t, 'Jones'),
        content: spanOf(t, 'the factory would close in March'),
        speaker: 'Jones',
      });
    });

    it('"in a statement" between the cue and "that"', () => {
      const t = 'The ministry said in a statement that 14 schools had been closed.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'The ministry'),
        content: spanOf(t, '14 schools had been closed'),
        speaker: 'ministry',
      });
    });

    it('an object that is a name: "The spokesman told the BBC that ..."', () => {
      const t = 'The spokesman told the BBC that 14 ships had left the port.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'told'), source: spanOf(t, 'The spokesman'), content: spanOf(t, '14 ships had left the port'), speaker: 'spokesman' });
    });

    it('"wrote in a post on Friday that ..." skips two adjuncts', () => {
      const t = 'Ortiz wrote in a post on Friday that the council had voted to close the library.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'wrote'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the council had voted to close the library'), speaker: 'Ortiz' });
    });

    it('an introductory participle clause: "Asked about the strike, Ortiz said ..."', () => {
      const t = 'Asked about the strike, Ortiz said the talks would resume in June.';
      // The reporter's question is an attribution of its own: PolNeAR's annotators take a sentence-initial
      // "Asked" as a cue (42 of 48 times in train), and the learned model follows them.
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => x.cue.text), ['Asked', 'said']);
      assert.deepEqual(a.denials, []);
      assert.deepEqual(attributionView(a.attributions[1]), { cue: spanOf(t, 'said'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the talks would resume in June'), speaker: 'Ortiz' });
    });

    it('a verb that needs "that": "Ortiz insisted that ..."', () => {
      const t = 'Ortiz insisted that the tender had been fair.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'insisted'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the tender had been fair'), speaker: 'Ortiz' });
    });

    it('a colon and a quotation with a claim: Reyes said: "..."', () => {
      const t = 'Reyes said: "The club will appeal the fine of 2 million euros."';
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said'), source: spanOf(t, 'Reyes'), content: spanOf(t, '"The club will appeal the fine of 2 million euros."'), speaker: 'Reyes' },
      ]);
      assert.deepEqual(a.claims.map((c) => [c.span, c.claimant]), [[spanOf(t, 'The club will appeal the fine of 2 million euros'), 'Reyes']]);
    });

    it('a colon and a quotation: The minister said: "..."', () => {
      const t = 'The minister said: "We urge all parties to return to the talks."';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'The minister'),
        content: spanOf(t, '"We urge all parties to return to the talks."'),
        speaker: 'minister',
      });
    });

    it('an appositive source: "Smith, a spokesman for the ministry, said ..."', () => {
      const t = 'Smith, a spokesman for the ministry, said the talks had stalled.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Smith, a spokesman for the ministry'),
        content: spanOf(t, 'the talks had stalled'),
        speaker: 'Smith',
      });
    });

    it('an abbreviation in the source does not end the sentence: "U.S. officials said ..."', () => {
      const t = 'U.S. officials said the talks in Geneva had ended without a deal.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'U.S. officials'),
        content: spanOf(t, 'the talks in Geneva had ended without a deal'),
        speaker: 'U.S. officials',
      });
    });

    it('"p.m." inside the content does not end it', () => {
      const t = 'Police said the driver was arrested at 3 p.m. on Sunday.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Police'),
        content: spanOf(t, 'the driver was arrested at 3 p.m. on Sunday'),
        speaker: 'Police',
      });
    });

    it('a title is dropped from the speaker, and a later bare surname is completed', () => {
      const t = 'Health Minister Ana Petrova said the clinic had opened on Monday.\n\n"We have hired 40 nurses this year," Petrova said.';
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said', 1), source: spanOf(t, 'Health Minister Ana Petrova'), content: spanOf(t, 'the clinic had opened on Monday'), speaker: 'Ana Petrova' },
        { cue: spanOf(t, 'said', 2), source: spanAfter(t, 'year', 'Petrova'), content: spanOf(t, '"We have hired 40 nurses this year,"'), speaker: 'Ana Petrova' },
      ]);
    });

    it('"He said" in the next paragraph resolves to the full name', () => {
      const t = 'Governor Tom Reyes said the port would close for repairs.\n\nHe said the harbour would reopen in June.';
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said', 1), source: spanOf(t, 'Governor Tom Reyes'), content: spanOf(t, 'the port would close for repairs'), speaker: 'Tom Reyes' },
        { cue: spanOf(t, 'said', 2), source: spanOf(t, 'He'), content: spanOf(t, 'the harbour would reopen in June'), speaker: 'Tom Reyes' },
      ]);
    });
  });

  describe('where the reported clause ends', () => {
    for (const [t, content] of [
      ['Ortiz said the plan was too costly, calling it a waste of money.', 'the plan was too costly'],
      ['Ortiz tweeted a photo of the bridge and said it was unsafe.', 'a photo of the bridge'],
      ['Ortiz insists the plan is fair, and has defended it for years.', 'the plan is fair'],
      ['Ortiz said the plan was fair, which angered the council.', 'the plan was fair'],
      ['Ortiz said the council had met and voted on the plan.', 'the council had met and voted on the plan'],
      ['Ortiz said the workers were striking and marching.', 'the workers were striking and marching'],
      // a comma, "and" / "but", a personal pronoun and its verb: a clause of its own
      ['Ortiz said the bridge would open in May, but she also warned that the cost could rise.', 'the bridge would open in May'],
      ['Ortiz said the bridge would open in May, and he later resigned.', 'the bridge would open in May'],
      ['Ortiz said the bridge would open in May, but Reyes warned that the cost could rise.', 'the bridge would open in May'],
      ['Ortiz said the bridge would open in May, and Congress must act.', 'the bridge would open in May, and Congress must act'],
      // ("it" may be what was said of: the content runs on)
      ['Ortiz said the bridge would open in May, and it was painted red.', 'the bridge would open in May, and it was painted red'],
    ]) {
      it(JSON.stringify(t), () => {
        const a = run(t);
        assert.deepEqual(a.attributions[0].content, spanOf(t, content));
        assert.deepEqual(a.attributions[0].source, spanOf(t, 'Ortiz'));
      });
    }

    it('the clause after ", but she" is an attribution of its own: "..., but she also warned that the cost could rise."', () => {
      const t = 'Ortiz said the bridge would open in May, but she also warned that the cost could rise.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue, x.source, x.content]), [
        [spanOf(t, 'said'), spanOf(t, 'Ortiz'), spanOf(t, 'the bridge would open in May')],
        [spanOf(t, 'warned'), spanOf(t, 'she'), spanOf(t, 'the cost could rise')],
      ]);
    });

    it('a fronted adverbial clause is no content: "As the vote neared, Ortiz responded with anger."', () => {
      const t = 'As the vote neared, Ortiz responded with anger.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'responded'), source: spanOf(t, 'Ortiz'), content: null, speaker: 'Ortiz' });
    });

    it('a fronted clause with the report after the frame is part of the content: "If the vote fails, Ortiz said, the bridge will close."', () => {
      const t = 'If the vote fails, Ortiz said, the bridge will close.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'If the vote fails, Ortiz said, the bridge will close'), speaker: 'Ortiz' });
    });

    for (const [t, cue, content] of [
      ['In her speech, Ortiz stressed the need for new talks.', 'stressed', 'the need for new talks'],
      ['Back then, Ortiz feared a strike at the port.', 'feared', 'a strike at the port'],
      ['In the short term, Ortiz vowed to block the nominee.', 'vowed', 'to block the nominee'],
    ]) {
      it(`a fronted phrase is no content: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(only(t), { cue: spanOf(t, cue), source: spanOf(t, 'Ortiz'), content: spanOf(t, content), speaker: 'Ortiz' });
      });
    }
  });

  describe('findings: EVIDENCE VERB OBJECT', () => {
    it('a poll that shows a clause: "A new poll in March shows 62 percent of voters oppose the plan."', () => {
      const t = 'A new poll in March shows 62 percent of voters oppose the plan.';
      const a = run(t);
      assert.deepEqual(a.attributions[0].cue, spanOf(t, 'shows'));
      assert.deepEqual(a.attributions[0].source, spanOf(t, 'A new poll in March'));
      assert.deepEqual(a.attributions[0].content, spanOf(t, '62 percent of voters oppose the plan'));
    });

    it('an audit that found a thing: "The audit found errors in 40 contracts."', () => {
      const t = 'The audit found errors in 40 contracts.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue, x.source, x.content]), [[spanOf(t, 'found'), spanOf(t, 'The audit'), spanOf(t, 'errors in 40 contracts')]]);
    });

    it('the finding ends at the clause: "The survey showed a sharp fall in trust, the group said."', () => {
      const t = 'The survey showed a sharp fall in trust, the group said.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['showed', 'a sharp fall in trust'], ['said', 'The survey showed a sharp fall in trust']]);
    });

    it('a passive is no finding: "The full poll can be found here."', () => {
      assert.deepEqual(run('The full poll can be found here.').attributions, []);
    });
  });

  describe('participles and allegations', () => {
    it('"..., claiming that ..." takes the subject of the main clause', () => {
      const t = 'The union staged a walkout on Friday, claiming that managers had cut wages twice.';
      // the learned model trained on the first annotator's files (held-out train cue F1 0.783 -> 0.786, dev
      // 0.781 -> 0.786) also reads "staged" as a cue here, at 0.36 against block.ts's threshold of 0.35:
      // a known false finding; this test checks the participle's attribution
      const claiming = run(t).attributions.find((a) => a.cue.text === 'claiming');
      assert.ok(claiming);
      assert.deepEqual(attributionView(claiming), {
        cue: spanOf(t, 'claiming'),
        source: spanOf(t, 'The union'),
        content: spanOf(t, 'managers had cut wages twice'),
        speaker: 'union',
      });
    });

    it('"..., stating that ..."', () => {
      const t = 'The mayor spoke on Monday, stating that the budget had grown by 5 percent.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'stating'),
        source: spanOf(t, 'The mayor'),
        content: spanOf(t, 'the budget had grown by 5 percent'),
        speaker: 'mayor',
      });
    });

    it('"repeating charges that ..." is one cue', () => {
      const t = 'The senator spoke for an hour, repeating charges that the agency had hidden the losses.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'repeating charges'),
        source: spanOf(t, 'The senator'),
        content: spanOf(t, 'the agency had hidden the losses'),
        speaker: 'senator',
      });
    });
  });

  describe('according to', () => {
    it('a quotation after a colon: "According to the memo: "..."" is one attribution', () => {
      const t = 'According to the memo: "The bridge will close in May."';
      assert.deepEqual(only(t), { cue: spanOf(t, 'According to'), source: spanOf(t, 'the memo'), content: spanOf(t, '"The bridge will close in May."'), speaker: 'memo' });
    });

    it('preposed: "According to the report, ..."', () => {
      const t = 'According to the report, the dam leaked for three years.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'According to'),
        source: spanOf(t, 'the report'),
        content: spanOf(t, 'the dam leaked for three years'),
        speaker: 'report',
      });
    });

    it('postposed: "..., according to people familiar with the matter."', () => {
      const t = 'The company will cut 300 jobs, according to people familiar with the matter.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'according to'),
        source: spanOf(t, 'people familiar with the matter'),
        content: spanOf(t, 'The company will cut 300 jobs'),
        speaker: 'people familiar with the matter',
      });
    });

    it('"a memo seen by Reuters" is one source', () => {
      const t = 'The company will close two plants, according to a memo seen by Reuters.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'according to'),
        source: spanOf(t, 'a memo seen by Reuters'),
        content: spanOf(t, 'The company will close two plants'),
        speaker: 'Reuters',
      });
    });

    it('a subject with a relative clause of anonymity and no commas ("A woman who asked not to be named said X") is the source, and the clause reports nothing', () => {
      assert.deepEqual(triplesOf('A woman who asked not to be named said she had been beaten by guards.'), [['said', 'A woman who asked not to be named', 'she had been beaten by guards']]);
      assert.deepEqual(triplesOf('A diplomat who declined to be identified said the talks had stalled.'), [['said', 'A diplomat who declined to be identified', 'the talks had stalled']]);
      assert.deepEqual(triplesOf('One official who requested anonymity said the talks had stalled.'), [['said', 'One official who requested anonymity', 'the talks had stalled']]);
      // (and a quoted name of a word or two at the end of the subject)
      assert.deepEqual(triplesOf('A man who gave his name only as "Karim" said he had been beaten by guards.'), [['said', 'A man who gave his name only as "Karim"', 'he had been beaten by guards']]);
    });

    it('a short quotation inside an appositive\'s aside before the cue is no quotation the cue reports', () => {
      assert.deepEqual(triplesOf('The post, written by a user who calls herself "AshbyMum", says that the surgeries recorded 400 extra appointments.'), [['says', 'The post, written by a user who calls herself "AshbyMum"', 'the surgeries recorded 400 extra appointments']]);
      assert.deepEqual(triplesOf('Sam Okoro, a contestant on the show "The Island," who later worked for the network, said his boss was "always kind."'), [['said', 'Sam Okoro, a contestant on the show "The Island," who later worked for the network', 'his boss was "always kind."']]);
      // (and a participle's aside with a short quotation: the participle reports the quotation, the verb after it the clause)
      assert.deepEqual(triplesOf('The Journal, citing "internal documents", reported that the plant would close.'), [['citing', 'The Journal', '"internal documents"'], ['reported', 'The Journal', 'the plant would close']]);
      // (not a clause with a verb of its own before the first comma)
      assert.deepEqual(triplesOf('He pledged to fix the "broken" system, and he, once again, said that he would stand up to the banks.').filter((x) => x[0] === 'said').map((x) => x[1]), ['he']);
    });

    it('a participle of anonymity after the cue ("the sources said, asking not to be identified because X") reports nothing', () => {
      const t = 'The talks did not progress beyond an early stage, the sources said, asking not to be identified because the discussions were confidential.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue, x.source, x.content]), [[spanOf(t, 'said'), spanOf(t, 'the sources'), spanOf(t, 'The talks did not progress beyond an early stage')]]);
      assert.deepEqual(a.claims.map((c) => c.span), [spanOf(t, 'The talks did not progress beyond an early stage')]);
    });

    it('a pronoun after the cue that opens what is said is no inverted source ("Humphrey, who calls Trump a sociopath, said he doubts X"); after a quotation alone it is', () => {
      assert.deepEqual(triplesOf('Humphrey, who calls Trump a \u201csociopath,\u201d said he does not believe the effort needs an alternative.'), [['said', 'Humphrey', 'he does not believe the effort needs an alternative']]);
      assert.deepEqual(triplesOf('"We will win," said he.'), [['said', 'he', '"We will win,"']]);
    });

    it('"According to a leaked memo, X": a participle between the determiner and a noun the lexicon does not know', () => {
      const t = 'According to a leaked memo, the department plans to cut 2,000 jobs.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'According to'),
        source: spanOf(t, 'a leaked memo'),
        content: spanOf(t, 'the department plans to cut 2,000 jobs'),
        speaker: 'leaked memo',
      });
    });
  });

  it('"A memo seen by The Ledger shows that ...": the document and who saw it are one source', () => {
    const t = 'A memo seen by The Ledger shows that officials warned the minister in March.';
    assert.deepEqual(only(t), { cue: spanOf(t, 'shows'), source: spanOf(t, 'A memo seen by The Ledger'), content: spanOf(t, 'officials warned the minister in March'), speaker: 'Ledger' });
  });

  describe('headline colon', () => {
    it('"CONTENT: SOURCE"', () => {
      const t = 'Bridge deal collapses: Okafor\n';
      assert.deepEqual(only(t), { cue: spanOf(t, ':'), source: spanOf(t, 'Okafor'), content: spanOf(t, 'Bridge deal collapses'), speaker: 'Okafor' });
    });

    for (const [t, source] of [
      ['Two dead in bridge collapse: police\n', 'police'],
      ['Ferry operator cut safety checks: port officials\n', 'port officials'],
      ['Bridge toll to rise in May: Lagos officials\n', 'Lagos officials'],
    ]) {
      it(`"CONTENT: SOURCE NOUN": ${JSON.stringify(t)}`, () => {
        assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [[':', source, t.slice(0, t.indexOf(':'))]]);
      });
    }

    it('no source noun last, no attribution: "Ferry fares rise again: the details"', () => {
      assert.deepEqual(run('Ferry fares rise again: the details\n').attributions, []);
    });

    it('"SOURCE: CONTENT"', () => {
      const t = 'Okafor: the bridge deal is dead after the vote';
      assert.deepEqual(only(t), {
        cue: spanOf(t, ':'),
        source: spanOf(t, 'Okafor'),
        content: spanOf(t, 'the bridge deal is dead after the vote'),
        speaker: 'Okafor',
      });
    });

    it('"Report: CONTENT": a report is a source, not a rubric', () => {
      const t = 'Report: Mayor Okafor to seek a second term';
      assert.deepEqual(only(t), { cue: spanOf(t, ':'), source: spanOf(t, 'Report'), content: spanOf(t, 'Mayor Okafor to seek a second term'), speaker: 'Report' });
    });

    it('a Markdown heading: "# CONTENT: SOURCE"', () => {
      const t = '# Bridge deal collapses: Okafor\n\nThe talks ended on Monday.\n';
      const a = run(t, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, ':'), source: spanOf(t, 'Okafor'), content: spanOf(t, 'Bridge deal collapses'), speaker: 'Okafor' },
      ]);
    });

    for (const t of [
      'The Latest: Storm reaches the northern coast', 'Wow: the bridge opened two years early', 'Explainer: how the bridge toll is set',
      'Correction: An earlier version of this story gave the wrong date for the vote.', 'CONTRIBUTING: Ana Petrova and Lena Ortiz in Lyon.',
      'BOOM: Mayor Ortiz Just Closed The Bridge For Good',
    ]) {
      it(`a rubric, a credit line or an exclamation before the colon is no source: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(run(t).attributions, []);
      });
    }

    describe('a transcript\'s label in capitalised words speaks to the end of its paragraph', () => {
      for (const [t, source] of [
        ['Lene Aas: No. Every container was inspected. The figure of 14 comes from a draft audit.', 'Lene Aas'],
        // (a title with its full stop in capitals)
        ['SEN. LENE AAS: No. Every container was inspected. The figure of 14 comes from a draft audit.', 'SEN. LENE AAS'],
        // (a title and the name in sentence case, with or without the title's full stop)
        ['Director Lene Aas: No. Every container was inspected. The figure of 14 comes from a draft audit.', 'Director Lene Aas'],
        ['Dr. Aas: No. Every container was inspected. The figure of 14 comes from a draft audit.', 'Dr. Aas'],
      ] as const) {
        it(JSON.stringify(t), () => {
          assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [[':', source, 'No. Every container was inspected. The figure of 14 comes from a draft audit.']]);
        });
      }
      it('a topic\'s label run into the text is none: "Lene Aas: Port inspections At the harbour, every container is weighed."', () => {
        const t = 'Lene Aas: Port inspections At the harbour, every container is weighed.';
        assert.deepEqual(detectBlock(t, 'paragraph', 0.5).attributions.filter((a) => a.rule === 'attr.transcript'), []);
      });
      for (const t of ['Title\n\nClinton: 45 percent. Trump: 41 percent.', 'Title\n\nQ: Is it true that the port was closed?']) {
        it(`a list's figures or an interviewer's question name no speaker: ${JSON.stringify(t)}`, () => {
          assert.deepEqual(run(t).attributions, []);
        });
      }
    });

    it('a rubric before a headline\'s colon names no speaker: "Transcript: Senator defends pipeline vote"', () => {
      assert.deepEqual(run('Transcript: Senator defends pipeline vote').attributions, []);
    });

    it('an interview transcript\'s speaker label is one attribution, not a headline\'s colon as well: "TAPPER: ..."', () => {
      const t = 'TAPPER: Why not debate him again?';
      assert.deepEqual(only(t), { cue: spanOf(t, ':'), source: spanOf(t, 'TAPPER'), content: spanOf(t, 'Why not debate him again?'), speaker: 'TAPPER' });
    });
  });

  describe('quotations over several paragraphs', () => {
    it('an open quotation that runs into the next paragraph is attributed once, from its first word', () => {
      const t = '"The first phase is finished.\n\n"The second phase will start in April and cost 12 million euros," Reyes said.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Reyes'),
        content: spanOf(t, '"The first phase is finished.\n\n"The second phase will start in April and cost 12 million euros,"'),
        speaker: 'Reyes',
      });
    });

    it('the claims of the paragraph the quotation opens are the speaker\'s', () => {
      const t = '"The first phase is finished on 4 May with 300 berths.\n\n"The second phase will start in April and cost 12 million euros," Reyes said.';
      assert.deepEqual(run(t).claims.map((c) => [c.span.text, c.claimant]), [
        ['The first phase is finished on 4 May with 300 berths', 'Reyes'],
        ['The second phase will start in April and cost 12 million euros', 'Reyes'],
      ]);
    });

    it('the same in Markdown', () => {
      const t = '"The first phase is finished.\n\n"The second phase will start in April and cost 12 million euros," Reyes said.\n';
      assert.deepEqual(only(t, 'markdown'), {
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'Reyes'),
        content: spanOf(t, '"The first phase is finished.\n\n"The second phase will start in April and cost 12 million euros,"'),
        speaker: 'Reyes',
      });
    });
  });

  describe('a paragraph of nothing but a quotation after an attributed quotation', () => {
    const t = [
      '"When we signed this deal, we were told the city\'s contribution would be capped at $250 million," Ellwood told the council.',
      '',
      '"I was as surprised as anyone. The stadium will now cost taxpayers 40 million dollars more by 2027."',
      '',
      'Council member Luis Ortega said the mayor had been warned.',
    ].join('\n');

    it('is the same speaker\'s words, attributed once: the content runs to its closing mark, and its claims are the speaker\'s', () => {
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['told', 'Ellwood'], ['said', 'Luis Ortega']]);
      assert.deepEqual(a.attributions[0].content, spanOf(t, t.slice(0, t.indexOf('2027."') + 6)));
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
        ['When we signed this deal, we were told the city\'s contribution would be capped at $250 million', 'Ellwood'],
        ['The stadium will now cost taxpayers 40 million dollars more by 2027', 'Ellwood'],
        // (a passive with a noun subject is a claim however short: session 27)
        ['the mayor had been warned', 'Luis Ortega'],
      ]);
    });

    it('the same in Markdown, and after an edit to the quoted paragraph (the incremental pass agrees with a fresh one)', () => {
      const md = run(t + '\n', 'markdown');
      assert.deepEqual(md.attributions[0].content?.end, t.indexOf('2027."') + 6);
      const an = new Analyzer();
      an.analyze(t, 'plaintext');
      const edited = t.replace('40 million', '45 million');
      assert.deepEqual(an.analyze(edited, 'plaintext'), new Analyzer().analyze(edited, 'plaintext'));
      assert.equal(an.analyze(edited, 'plaintext').attributions[0].content?.end, edited.indexOf('2027."') + 6);
    });

    it('not a quotation in other marks, a short quoted label, or a paragraph with a report of its own', () => {
      const curly = '\u201cWe were never told,\u201d she said.\n\n"Related: water prices"';
      assert.equal(run(curly).attributions[0].content?.text, '\u201cWe were never told,\u201d');
      const label = '"We were never told," she said.\n\n"Related:"';
      assert.equal(run(label).attributions[0].content?.text, '"We were never told,"');
      const own = '"We were never told," she said.\n\n"It was a cover-up," Dobson added.';
      assert.deepEqual(run(own).attributions.map((x) => x.content?.text), ['"We were never told,"', '"It was a cover-up,"']);
    });
  });

  it('a comparison\'s clause after "than" reports no words: "more encouraging than its critics admit" (its subject the source)', () => {
    const t = 'The evidence so far is more encouraging than its critics admit.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue, a.source, a.content]), [[spanOf(t, 'admit'), spanOf(t, 'its critics'), null]]);
    assert.deepEqual(run(t).claims, []);
    const u = 'His campaign has been more successful than almost anyone had predicted.';
    assert.deepEqual(run(u).attributions.map((a) => [a.cue.text, a.source?.text, a.content]), [['predicted', 'almost anyone', null]]);
    assert.deepEqual(detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['than-clause'])).attributions.map((a) => a.content && t.slice(a.content[0], a.content[1])), ['The evidence so far is more encouraging than its critics']);
  });

  it('an infinitive\'s "to" alone is no cue: "It is easy to dismiss the four-day week as a fad"', () => {
    const t = 'It is easy to dismiss the four-day week as a fad.';
    assert.deepEqual(run(t).attributions, []);
    assert.deepEqual(run(t).claims, []);
    // (the learned model proposes it; the decision drops it)
    assert.deepEqual(detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['bare-to'])).attributions.map((a) => t.slice(a.cue[0], a.cue[1])), ['to']);
  });

  it('a participle on the sentence\'s subject reports a clause that ends before the sentence\'s own verb', () => {
    const t = 'A post claiming that the mayor took bribes was removed by Facebook on Monday.';
    assert.deepEqual(run(t).attributions.map((x) => [x.cue, x.source, x.content]), [[spanOf(t, 'claiming'), spanOf(t, 'A post'), spanOf(t, 'the mayor took bribes')]]);
    // (not after a subordinator read as a source)
    const u = 'Since announcing he would not seek the presidency, he has kept a low profile.';
    assert.deepEqual(run(u).attributions.map((x) => x.content?.text), ['he would not seek the presidency']);
  });

  describe('a paragraph of a quotation alone after a paragraph that ends with an indirect report', () => {
    it('is the same speaker\'s words: the content runs on over it, and its claims are the speaker\'s', () => {
      const t = 'Mayor Tom Brennan told a rally on Saturday that violent crime had halved since 2021.\n\n"Today, violent crime is down by half. That is my record."';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker, x.content]), [['told', 'Tom Brennan', spanOf(t, t.slice(t.indexOf('violent'), t.length))]]);
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['violent crime had halved since 2021', 'Tom Brennan'], ['Today, violent crime is down by half', 'Tom Brennan']]);
      // (not after a report that does not end its paragraph, nor after a paragraph with none)
      const mid = 'Mayor Tom Brennan told a rally that violent crime had halved since 2021. The crowd cheered.\n\n"Today, violent crime is down by half. That is my record."';
      assert.deepEqual(run(mid).claims.map((c) => c.claimant), ['Tom Brennan']);
      const none = 'The mayor spoke at a rally on Saturday in the centre of town.\n\n"Today, violent crime is down by half. That is my record."';
      assert.deepEqual(run(none).attributions, []);
    });
  });

  describe('paragraphs of a quotation that runs on after an attributed quotation', () => {
    const t = [
      '"The amount found in the sample is tiny and entirely consistent with contamination," Strauss said.',
      '',
      '"We have identified a protein supplement that Marcus was taking in the weeks before the test, and we have sent unopened tubs for analysis.',
      '',
      '"We also have serious concerns about the chain of custody. The sample sat unrefrigerated in a courier depot for around 19 hours."',
      '',
      'The commission said the kit arrived sealed.',
    ].join('\n');
    const end = t.indexOf('19 hours."') + 10;

    it('are the speaker\'s words to the closing mark, and their claims are the speaker\'s, scored as reported words', () => {
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['said', 'Strauss'], ['said', 'commission']]);
      assert.deepEqual(a.attributions[0].content, spanOf(t, t.slice(0, end)));
      assert.deepEqual(a.claims.filter((c) => c.claimant === 'Strauss').map((c) => c.span.text), [
        'The amount found in the sample is tiny and entirely consistent with contamination',
        'We have identified a protein supplement that Marcus was taking in the weeks before the test',
        'The sample sat unrefrigerated in a courier depot for around 19 hours',
      ]);
    });

    it('the incremental pass agrees with a fresh one after an edit to a paragraph of the quotation, and to the one before', () => {
      const an = new Analyzer();
      an.analyze(t, 'plaintext');
      for (const edited of [t.replace('19 hours', '21 hours'), t.replace('Strauss said', 'Strauss told reporters'), t.replace('"We also', 'We also')]) {
        assert.deepEqual(an.analyze(edited, 'plaintext'), new Analyzer().analyze(edited, 'plaintext'));
      }
      // (with the mark that opens the last paragraph gone, it is no part of the quotation)
      const cut = t.replace('"We also', 'We also');
      assert.equal(new Analyzer().analyze(cut, 'plaintext').attributions[0].content?.end, cut.indexOf('for analysis.') + 13);
    });

    it('not after a quotation with no attribution; after a report whose content is no quotation, as its words (twenty-ninth session)', () => {
      const none = t.replace(' Strauss said.', '');
      assert.deepEqual(run(none).claims.filter((c) => c.span.text.startsWith('The sample sat')).map((c) => c.claimant), []);
      const plain = t.replace('"The amount found in the sample is tiny and entirely consistent with contamination," Strauss said.', 'Strauss said the amount found was tiny.');
      assert.equal(run(plain).attributions[0].content?.text, plain.slice(plain.indexOf('the amount'), plain.indexOf('19 hours."') + 10));
      assert.deepEqual(run(plain).claims.filter((c) => c.span.text.startsWith('The sample sat')).map((c) => c.claimant), ['Strauss']);
    });
  });

  describe('an opening-style mark written for a closing one', () => {
    it('"\u201cCertainly not,\u201c she said.": the postposed finding stands without the model, which reads the mark as opening', () => {
      const t = '\u201cCertainly not,\u201c she said.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'she'), content: spanOf(t, '\u201cCertainly not,\u201c'), speaker: null });
      assert.deepEqual(detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['reversed-closer'])).attributions, []);
    });

    for (const [t, at, closes] of [
      ['\u201cNo,\u201c she said.', 4, true],
      ['\u201cNo.\u201c\nShe left.', 4, true],
      ['\u201cNo!\u201c', 4, true],
      ['\u201cNo,\u201c \u00e9lan', 4, true],
      // a capital after it, no space after it, no , . ! ? before it
      ['\u201cNo,\u201c Reyes said.', 4, false],
      ['\u201cNo,\u201cshe said.', 4, false],
      ['\u201cthe plan\u201c she said', 9, false],
      ['He said \u201cno', 8, false],
    ] as Array<[string, number, boolean]>) {
      it(`isReversedCloserAt(${JSON.stringify(t)}, ${at}) is ${closes}`, () => {
        assert.equal(t[at], '\u201c');
        assert.equal(isReversedCloserAt(t, at), closes);
      });
    }

    it('"\u201cWill the bridge open in May?\u201c he asked."', () => {
      const t = '\u201cWill the bridge open in May?\u201c he asked.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'asked'), source: spanAfter(t, '?', 'he'), content: spanOf(t, '\u201cWill the bridge open in May?\u201c'), speaker: null });
    });
  });

  describe('a quotation signed with a dash and a name', () => {
    it('in one block, the name its own sentence: "..." - Mary Jones. The tax ...', () => {
      const t = '"Every family will pay less tax next year." - Mary Jones. The tax rises by 2 percent in May.';
      assert.deepEqual(only(t), {
        cue: spanOf(t, '-'), source: spanOf(t, 'Mary Jones'), content: spanOf(t, '"Every family will pay less tax next year."'), speaker: 'Mary Jones',
      });
    });

    it('an em dash and a surname ending the block', () => {
      const t = '"Nobody on the council pays that rate." \u2014 Okafor';
      assert.deepEqual(only(t), { cue: spanOf(t, '\u2014'), source: spanOf(t, 'Okafor'), content: spanOf(t, '"Nobody on the council pays that rate."'), speaker: 'Okafor' });
    });

    it('a title\'s full stop inside the name, a comma after it: "...," \u2014 Gov. Ana Ruiz, in a speech', () => {
      const t = '"We will rebuild the harbour," \u2014 Gov. Ana Ruiz, in a speech on Monday.';
      const a = detectAttributions(buildContext(t, 'paragraph'), new Uint8Array(64), new Map());
      assert.deepEqual(a.map((x) => rawTexts(t, x)), [{ rule: 'attr.quote-dash', cue: '\u2014', source: 'Gov. Ana Ruiz', content: '"We will rebuild the harbour,"' }]);
    });

    it('a role in lower case before the name: "..." \u2014 Transport secretary Helen Ward, March 2025 (in a block quote)', () => {
      const t = '> "The bridge is perfectly safe." \u2014 Transport secretary Helen Ward, March 2025';
      assert.deepEqual(run(t, 'markdown').attributions.map(attributionView), [
        { cue: spanOf(t, '\u2014'), source: spanOf(t, 'Transport secretary Helen Ward'), content: spanOf(t, '"The bridge is perfectly safe."'), speaker: 'Helen Ward' },
      ]);
      // (not a word that only joins a name to what follows: "\u2014 Norah Lee of the council" signs nothing)
      assert.deepEqual(run('"The bridge is safe." \u2014 Norah Lee of the Gazette and the council', 'markdown').attributions, []);
    });

    it('on a line of its own under a quotation of two sentences: the content is the quotation in the paragraph before', () => {
      const t = 'Claims checked this week:\n\n"The bridge cost 40 million euros. It was finished a year late."\n\n- Tom Reyes.\n\nThe bridge cost 52 million euros.';
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, '-'), source: spanOf(t, 'Tom Reyes'), content: spanOf(t, '"The bridge cost 40 million euros. It was finished a year late."'), speaker: 'Tom Reyes' },
      ]);
    });

    it('the signed quotation\'s claims are the signer\'s, and link as any reported claim; a byline leaves the quotation no claim', () => {
      const t = 'Claims checked this week:\n\n"The bridge cost 40 million euros."\n\n- Tom Reyes.\n\nThe bridge cost 52 million euros, according to the audit.\n';
      const a = run(t);
      const [sig, audit] = a.attributions;
      assert.deepEqual(a.claims.map((c) => [c.span, c.claimant, c.attribution]), [
        [spanOf(t, 'The bridge cost 40 million euros'), 'Tom Reyes', sig.id],
        [spanOf(t, 'The bridge cost 52 million euros'), 'audit', audit.id],
      ]);
      assert.deepEqual(a.links.map((l) => [l.claim, l.counter, l.relation]), [[a.claims[0].id, a.claims[1].id, 'contradicts']]);
      // "Tom Reyes." with no dash signs nothing: the quotation is nobody's claim
      const u = t.replace('- Tom Reyes.', 'Tom Reyes.');
      assert.deepEqual(run(u).claims.map((c) => c.span), [spanOf(u, 'The bridge cost 52 million euros')]);
    });

    it('in Markdown, an epigraph in a block quote: the quotation, then "\u2014 Mary Jones" on a paragraph of its own', () => {
      const t = '> "We will cut *every* tax. Families will pay less."\n>\n> \u2014 Mary Jones\n\nThe tax rises by 2 percent in May.\n';
      assert.deepEqual(run(t, 'markdown').attributions.map(attributionView), [
        { cue: spanOf(t, '\u2014'), source: spanOf(t, 'Mary Jones'), content: spanOf(t, '"We will cut *every* tax. Families will pay less."'), speaker: 'Mary Jones' },
      ]);
    });

    it('at the block level, a signature line is an attribution whose content is the quotation closing the block before', () => {
      const t = '- Tom Reyes.';
      const f = detectBlock(t, 'paragraph', 0.5);
      assert.deepEqual(f.attributions.map((x) => [rawTexts(t, x), x.contentBefore]), [[{ rule: 'attr.quote-signature', cue: '-', source: 'Tom Reyes', content: null }, true]]);
      assert.equal(f.closingQuote, null);
    });

    for (const [t, closing] of [
      ['"The bridge cost 40 million euros."', '"The bridge cost 40 million euros."'],
      ['The toll rose. "It was finished a year late."', '"It was finished a year late."'],
      // the quotation does not open its sentence
      ['He called the bridge "a waste of money."', null],
      // something after the closing mark
      ['"The bridge cost 40 million euros," he said.', null],
      // still open at the end of the block
      ['"The bridge cost 40 million euros.', null],
    ] as Array<[string, string | null]>) {
      it(`the quotation that closes the block and opens a sentence: ${JSON.stringify(t)} -> ${JSON.stringify(closing)}`, () => {
        const r = detectBlock(t, 'paragraph', 0.5).closingQuote;
        assert.equal(r && t.slice(r[0], r[1]), closing);
      });
    }

    for (const t of [
      // a byline after an ordinary sentence
      'The council voted on the bridge plan on Monday.\n\n- Amber Reyes.',
      // after a quotation inside a sentence
      'The mayor called the bridge "a waste of money."\n\n- Amber Reyes.',
      // in the block, after a sentence without a quotation
      'The council voted on the bridge plan on Monday. - Amber Reyes.',
      // no name after the dash
      '"The bridge cost 40 million euros." - and it opened late.',
      // more than five capitalised words
      '"The bridge cost 40 million euros." - Harbour City Bridge Works Review Board.',
    ]) {
      it(`no signature in ${JSON.stringify(t)}`, () => {
        assert.ok(!run(t).attributions.some((a) => /^[-\u2014]$/.test(a.cue.text)), JSON.stringify(run(t).attributions.map((a) => a.cue.text)));
      });
    }
  });

  describe('a cue that ends its block with a colon introduces the next block', () => {
    const PARA = 'The harbour in Westerly lost 40 jobs in 2024 and 12 more in 2025.';

    it('plain text: "Tom Okafor wrote:" over a paragraph; the paragraph is the content, its claim Okafor\'s', () => {
      const t = `Tom Okafor wrote:\n\n${PARA}\n\nThe vote is in May.`;
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [{ cue: spanOf(t, 'wrote:'), source: spanOf(t, 'Tom Okafor'), content: spanOf(t, PARA), speaker: 'Tom Okafor' }]);
      assert.deepEqual(a.claims.map((c) => [c.span, c.claimant, c.attribution]), [
        [spanOf(t, 'The harbour in Westerly lost 40 jobs in 2024 and 12 more in 2025'), 'Tom Okafor', a.attributions[0].id],
      ]);
    });

    it('the colon right after the cue ("went on to say" + \':\'), the next line after a blank line', () => {
      const t = `The council met on Monday. Tom Okafor went on to say:\n\n${PARA}`;
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [{ cue: spanOf(t, 'went on to say'), source: spanOf(t, 'Tom Okafor'), content: spanOf(t, PARA), speaker: 'Tom Okafor' }]);
    });

    it('a quotation the next paragraph opens and that runs on is followed to its end', () => {
      const q = '"The harbour in Westerly lost 40 jobs in 2024.\n\n"Westerly lost 12 more in 2025."';
      const t = `Tom Okafor wrote:\n\n${q}\n\nThe vote is in May.`;
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [{ cue: spanOf(t, 'wrote:'), source: spanOf(t, 'Tom Okafor'), content: spanOf(t, q), speaker: 'Tom Okafor' }]);
      assert.deepEqual(a.claims.map((c) => [c.span, c.claimant, c.attribution]), [[spanOf(t, 'The harbour in Westerly lost 40 jobs in 2024'), 'Tom Okafor', a.attributions[0].id]]);
    });

    it('in Markdown, a block quote after "said:": the quotation, inline markup included', () => {
      const q = '"The harbour lost 40 jobs in 2024. It lost 12 more in *2025*."';
      const t = `Tom Okafor said:\n\n> ${q}\n\nThe vote is in May.\n`;
      assert.deepEqual(run(t, 'markdown').attributions.map(attributionView), [{ cue: spanOf(t, 'said:'), source: spanOf(t, 'Tom Okafor'), content: spanOf(t, q), speaker: 'Tom Okafor' }]);
    });

    it('a platform named between the cue and the colon is no content: "wrote on X on Sunday:" takes the block quote after it', () => {
      const q = 'The bridge was inspected in March and declared safe.';
      const t = `Mayor Ines Okafor wrote on X on Sunday:\n\n> ${q}\n\nEngineers disagree.\n`;
      const r = run(t, 'markdown');
      const a = r.attributions.find((x) => x.speaker === 'Ines Okafor');
      assert.deepEqual(a?.content, spanOf(t, q));
      // the statement is a claim as her words (as the article's own it would score too low)
      assert.deepEqual(r.claims.map((c) => [c.span.text, c.claimant, c.attribution === a?.id]), [['The bridge was inspected in March and declared safe', 'Ines Okafor', true]]);
      // and without the colon cue it is none
      assert.deepEqual(run(`Engineers disagree.\n\n> ${q}\n`, 'markdown').claims, []);
    });

    it('in Markdown, a list after "issued the following statement:": its items, as far as none reports on its own', () => {
      const t = 'The mayor issued the following statement:\n\n- The harbour lost 40 jobs in 2024.\n- The vote is in May.\n';
      assert.deepEqual(run(t, 'markdown').attributions.map(attributionView), [
        { cue: spanOf(t, 'issued the following statement:'), source: spanOf(t, 'The mayor'), content: spanOf(t, 'The harbour lost 40 jobs in 2024.\n- The vote is in May.'), speaker: 'mayor' },
      ]);
      const u = 'Greenline said:\n\n> All bills were calculated within the cap.\n>\n> The sample was not representative.\n\nOfgem said it was looking into the complaints.\n';
      assert.deepEqual(run(u, 'markdown').attributions.map((a) => [a.cue.text, a.content?.text]), [
        ['said:', 'All bills were calculated within the cap.\n>\n> The sample was not representative.'],
        ['said', 'it was looking into the complaints'],
      ]);
      const v = 'Greenline said:\n\n- all bills were within the cap;\n- the sample was small;\n- the regulator found no breach.\n';
      assert.deepEqual(run(v, 'markdown').attributions.map((a) => [a.cue.text, a.content?.text]), [
        ['said:', 'all bills were within the cap;\n- the sample was small'],
        ['found', 'no breach'],
      ]);
    });

    it('in Markdown, every item of such a list holds the speaker\'s claims, not the first alone; a block quote after a report of someone named is theirs', () => {
      const t = 'The inspectors found that:\n\n- lifejackets were missing on two of the four vessels;\n- crew had not completed fire drills since 2022;\n- the operator had ignored three earlier warnings.\n';
      assert.deepEqual(run(t, 'markdown').claims.map((c) => [c.span.text, c.claimant]), [
        ['lifejackets were missing on two of the four vessels', 'inspectors'],
        ['crew had not completed fire drills since 2022', 'inspectors'],
        ['the operator had ignored three earlier warnings', 'inspectors'],
      ]);
      const u = 'Aoife Brennan said the figures were wrong.\n\n> "Our system makes it impossible to sell more than 450 tickets for any sailing. The inspectors counted the crew twice."\n';
      const a = run(u, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(u, 'said'), source: spanOf(u, 'Aoife Brennan'), content: spanOf(u, u.slice(u.indexOf('the figures'), u.length - 1)), speaker: 'Aoife Brennan' },
      ]);
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
        ['Our system makes it impossible to sell more than 450 tickets for any sailing', 'Aoife Brennan'],
        ['The inspectors counted the crew twice', 'Aoife Brennan'],
      ]);
    });

    for (const [t, lang, cue] of [
      // no colon
      [`Tom Okafor wrote\n\n${PARA}`, 'plaintext', 'wrote'],
      // the last block
      ['The council met on Monday. Tom Okafor wrote:', 'plaintext', 'wrote:'],
      // code between the two blocks
      [`Tom Okafor said:\n\n\`\`\`\nx\n\`\`\`\n\n${PARA}`, 'markdown', 'said:'],
    ] as Array<[string, LanguageId, string]>) {
      it(`no content after ${JSON.stringify(t)} (${lang})`, () => {
        assert.deepEqual(run(t, lang).attributions.map((x) => [x.cue.text, x.content]), [[cue, null]]);
      });
    }

    it('a phrase between the cue and the colon: "Reyes told the council:"', () => {
      const t = `Reyes told the council:\n\n${PARA}`;
      assert.deepEqual(run(t).attributions.map(attributionView), [{ cue: spanOf(t, 'told'), source: spanOf(t, 'Reyes'), content: spanOf(t, PARA), speaker: 'Reyes' }]);
    });

    it('a fronted phrase read as the content before the cue gives way to the next block, its claim none of the attribution\'s', () => {
      const t = `In response, a council spokesman, who declined to be named, said:\n\n${PARA}`;
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said'), source: spanOf(t, 'a council spokesman, who declined to be named'), content: spanOf(t, PARA), speaker: 'council spokesman' },
      ]);
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The harbour in Westerly lost 40 jobs in 2024 and 12 more in 2025', 'council spokesman']]);
    });

    it('a quotation before the cue stays its content: "\\"The harbour will close,\\" Reyes said:"', () => {
      const t = `"The harbour will close," Reyes said:\n\n${PARA}`;
      const a = run(t);
      assert.deepEqual(a.attributions.map(attributionView), [{ cue: spanOf(t, 'said'), source: spanOf(t, 'Reyes'), content: spanOf(t, '"The harbour will close,"'), speaker: 'Reyes' }]);
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The harbour in Westerly lost 40 jobs in 2024 and 12 more in 2025', null]]);
    });

    it('at the block level, the first attribution without a content in the sentence the colon ends is marked (`contentAfter`)', () => {
      const marks = (t: string): Array<[string, boolean]> => detectBlock(t, 'paragraph', 0.5).attributions.map((x) => [t.slice(x.cue[0], x.cue[1]), x.contentAfter]);
      assert.deepEqual(marks('Tom Okafor wrote: \n'), [['wrote:', true]]);
      assert.deepEqual(marks('Tom Okafor went on to say:'), [['went on to say', true]]);
      // a content of its own, no colon at the end, the cue in an earlier sentence
      assert.deepEqual(marks('Tom Okafor wrote: the harbour in Westerly lost 40 jobs.'), [['wrote', false]]);
      assert.deepEqual(marks('Tom Okafor wrote'), [['wrote', false]]);
      assert.deepEqual(marks('Tom Okafor wrote on Monday. The figures follow:'), [['wrote', false]]);
      // the first of two
      assert.deepEqual(marks('Reyes said the plan had failed, and Okafor responded:'), [['said', false], ['responded:', true]]);
      // a phrase before the cue read as its content, kept until the document pass finds a next block
      const t = 'In response, a council spokesman said:';
      assert.deepEqual(detectBlock(t, 'paragraph', 0.5).attributions.map((x) => [rawTexts(t, x), x.contentAfter]), [
        [{ rule: 'attr.postposed', cue: 'said', source: 'a council spokesman', content: 'In response' }, true],
      ]);
    });
  });

  it('a quotation after a comma is the content of any cue verb, not the clause fronted before its source: "When ..., Ortiz warned, \'...\'"', () => {
    const t = 'When the council met, Ortiz warned, "The bridge will close in May."';
    assert.deepEqual(only(t), { cue: spanOf(t, 'warned'), source: spanOf(t, 'Ortiz'), content: spanOf(t, '"The bridge will close in May."'), speaker: 'Ortiz' });
  });

  describe('"called" with a quotation naming its object', () => {
    it('SOURCE called OBJECT "QUOTE": the object and the quotation are the content', () => {
      const t = 'Reyes called the plan "a disaster" for the city.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'called'), source: spanOf(t, 'Reyes'), content: spanOf(t, 'the plan "a disaster" for the city'), speaker: 'Reyes' });
    });

    it('a participle: "..., calling it \'an insult\' and vowing to strike"', () => {
      const t = 'The union rejected the offer, calling it "an insult" and vowing to strike.';
      const calling = run(t).attributions.find((x) => x.cue.text === 'calling');
      assert.ok(calling);
      assert.deepEqual(attributionView(calling), { cue: spanOf(t, 'calling'), source: spanOf(t, 'The union'), content: spanOf(t, 'it "an insult"'), speaker: 'union' });
    });

    for (const t of ['The council backed a plan called "Bridges First."', 'Ortiz praised what she called "real progress."']) {
      it(`no cue where "called" names a thing or has no object before the quotation: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(run(t).attributions.filter((x) => x.cue.text === 'called'), []);
      });
    }
  });

  describe('relative clause: SOURCE, who CUE CONTENT', () => {
    it('the content ends where the main clause goes on: "Ortiz, who told reporters that ..., left early."', () => {
      const t = 'Ortiz, who told reporters that the plan had failed, left early.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'told'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the plan had failed'), speaker: 'Ortiz' });
    });

    it('a relative clause at the end of the sentence: "..., who has argued that ..."', () => {
      const t = 'The council thanked Anna Reyes, who has argued that the bridge is unsafe.';
      const argued = run(t).attributions.find((x) => x.cue.text === 'argued');
      assert.ok(argued);
      assert.deepEqual(attributionView(argued), { cue: spanOf(t, 'argued'), source: spanOf(t, 'Anna Reyes'), content: spanOf(t, 'the bridge is unsafe'), speaker: 'Anna Reyes' });
    });

    it('no attribution in a relative clause without a reported complement: "Reyes, who visited the bridge"', () => {
      assert.deepEqual(run('The mayor met Reyes, who visited the bridge.').attributions, []);
    });
  });

  for (const [t, content] of [
    // the report ends before "and" and the source's next report, after a quotation or a one-word gerund too
    ['Kari Dahl accused the government of "sleeping at the wheel" and said ferry operators had been told to keep sailing.', '"sleeping at the wheel"'],
    ['Kari Dahl accused the government of lying and said ferry operators had been told to keep sailing.', 'lying'],
    ['Whitfield accused the governor of stalling the bridge repairs.', 'stalling the bridge repairs'],
    ['Senator Dana Whitfield on Tuesday accused the governor of stalling the repairs, telling reporters that the state had spent less than half of the money.', 'stalling the repairs'],
  ]) {
    it(`"accused X of" a gerund the lexicon does not know: ${JSON.stringify(t)}`, () => {
      const a = run(t).attributions.find((x) => x.cue.text === 'accused');
      assert.equal(a?.content?.text, content);
    });
  }

  for (const [t, expected] of [
    ['NHS data published on Thursday show the waiting list rose by 40,000 in March.', [['show', 'NHS data', 'the waiting list rose by 40,000 in March']]],
    // a participle between a determiner and its noun belongs to the phrase
    ['The risk did not fall, according to a randomised trial of 6,200 adults.', [['according to', 'a randomised trial of 6,200 adults', 'The risk did not fall']]],
    ['Official figures released last week show unemployment fell to 4 percent.', [['show', 'Official figures', 'unemployment fell to 4 percent']]],
    ['A report published earlier this month found that rents rose.', [['found', 'A report', 'rents rose']]],
    ['The ministry released a statement on Monday saying rents rose.', [['released a statement on Monday saying', 'The ministry', 'rents rose']]],
    // a participle that dates the document, with no preposition ("dated March 2024") or with one ("sent on Tuesday")
    ['An internal report dated March 2024 warned that the sea wall could fail.', [['warned', 'An internal report', 'the sea wall could fail']]],
    ['An email sent on Tuesday said the plant would close.', [['said', 'An email', 'the plant would close']]],
    // (and who published it after when: "published on Thursday by the statistics office")
    ['Figures published on Thursday by the statistics office show the list grew by 60,000.', [['show', 'Figures published on Thursday by the statistics office', 'the list grew by 60,000']]],
    // (and such a participle with no preposition reports nothing of its own, the report after it does)
    ['A letter written last year claims the mayor knew.', [['claims', 'A letter', 'the mayor knew']]],
  ] as const) {
    it(`a document with when it appeared, and a statement with what it says: ${JSON.stringify(t)}`, () => {
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), expected);
    });
  }

  it('a report ends before "and" and a naming verb of the source\'s ("and branded it ...")', () => {
    const t = 'Tom Ashworth said the figures did not add up and branded the statement a distortion.';
    assert.equal(run(t).attributions.find((a) => a.cue.text === 'said')?.content?.text, 'the figures did not add up');
  });

  it('a report ends before a comma, a closing quotation mark and a participle; the participle is the speaker\'s', () => {
    const t = 'He said the claim is a "distortion," describing the security team as highly accomplished.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'He', 'the claim is a "distortion,"'],
      ['describing', 'He', 'the security team as highly accomplished'],
    ]);
  });

  it('"CONTENT, said NAME, whose ..." is inverted, not an appositive chain before a preposed cue', () => {
    const t = 'Many parents did not know which papers to keep, said Kessel, whose group runs two shelters in the city.';
    assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'Kessel'), content: spanOf(t, 'Many parents did not know which papers to keep'), speaker: 'Kessel' });
  });

  it('a report inside another\'s content, its subject with a participle\'s aside, is no appositive chain from the sentence\'s start', () => {
    const t = 'The association said its own counts, taken over two weeks in September, showed traffic had fallen by only 8%.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'The association', 'its own counts, taken over two weeks in September, showed traffic had fallen by only 8%'],
    ]);
    // (a chain with no report before its first comma stays the subject)
    const u = 'Michael Mulgrew, president of the union, which represents teachers, said he hopes the talks resume.';
    assert.deepEqual(run(u).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'Michael Mulgrew, president of the union, which represents teachers', 'he hopes the talks resume'],
    ]);
  });

  it('a report ends at a semicolon before a clause with a reporting verb of its own: "said X; 29 percent said Y"', () => {
    const t = 'Some 20 percent said the mayor was born abroad; 29 percent of the voters said they believe the rumour.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [
      ['said', 'the mayor was born abroad'],
      ['said', 'they believe the rumour'],
    ]);
  });

  it('a report ends at a semicolon before another party putting a figure: "Organisers say 100,000 marched; police put turnout at 20,000"', () => {
    const t = 'Organisers say 100,000 marched in capital; police put turnout at 20,000';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['say', 'Organisers', '100,000 marched in capital'],
      ['put', 'police', 'turnout at 20,000'],
    ]);
  });

  it('a report ends at a semicolon before another party that blames someone: "Kyiv says X; Moscow blames Y" (Moscow\'s report)', () => {
    assert.deepEqual(run("Kyiv says Russian strike hit children's hospital; Moscow blames Ukrainian air defence").attributions.map((a) => [a.source?.text, a.content?.text]), [['Kyiv', "Russian strike hit children's hospital"], ['Moscow', 'Ukrainian air defence']]);
  });

  for (const [t, content] of [
    ['Okafor insisted on Tuesday that the software "will not cost a single job", as unions warned that thousands of workers could be laid off.', 'the software "will not cost a single job"'],
    ['Okafor insisted that the software will not cost a single job, as unions have warned that thousands of workers could go.', 'the software will not cost a single job'],
    ['He said the plan would work, as he had promised voters.', 'the plan would work'],
  ] as const) {
    it(`a report ends before ", as" and another report: ${JSON.stringify(t)}`, () => {
      assert.equal(run(t).attributions[0].content?.text, content);
    });
  }
  it('but not before ", as" without a report of its own: "said the bridge was safe, as it had been for years"', () => {
    assert.equal(run('Reyes said the bridge was safe, as it had been for years.').attributions[0].content?.text, 'the bridge was safe, as it had been for years');
  });

  for (const t of ['Delegate Update: The latest count in the Democratic race.', "Monday's Morning Email: Putin's Potential Involvement In The Hack.", 'Paid Notice: Deaths of the week in the city.']) {
    it(`a label before a headline's colon whose last word is a rubric's names no speaker: ${JSON.stringify(t)}`, () => {
      assert.deepEqual(run(t).attributions, []);
    });
  }

  describe('set phrases with a reporting verb report nothing (NON_CUE_CONTEXTS)', () => {
    for (const [t, cues] of [
      ['(That said, she also noted that the bridge would close.)', ['noted']],
      ['That being said, the mayor admitted that the plan was late.', ['admitted']],
      ['It was, to say the least, a difficult year for the council.', []],
      // "that said" as a relative clause reports
      ['They handed out leaflets that said, "The bridge will close."', ['said']],
      // the noun "show", being somewhere, finding a way: no report
      ['Whitfield appeared on the morning shows to promote the bridge plan.', []],
      ['The mayor appeared before the committee on Tuesday.', []],
      // coming out, with nothing said after it
      ['In a statement issued on the day the report appeared, the company called it "riddled with errors."', []],
      ['Footage of the mayor again appears.', []],
      ['It appears, though, that the championship game was not boring to everyone.', ['appears']],
      ['Reyes found fault with the budget, and the mayor found himself isolated.', []],
      ['The council found a way to keep the library open.', []],
      // the verbs stay cues
      ['This shows that the plan failed.', ['shows']],
      ['The senator appeared to suggest that the bridge would close.', ['appeared to suggest']],
      ['The audit found a gap of 4 million euros in the accounts.', ['found']],
      // going on, not saying
      ['Reyes went on offense against the mayor on Monday.', []],
      ['Online betting continued to be a small saving grace for the casinos.', []],
      ['She went on to say that the plan had failed.', ['went on to say']],
      ['The mayor continued to insist that the bridge was safe.', ['continued to insist']],
      // how completely a figure was entered: "had been reported in full"
      ['The desk\'s losses were 38 million crowns and had been reported in full.', []],
      ['The Times reported in full that the minister had resigned.', ['reported']],
      // the noun "say", a hedge with "to say", the phrasal "show up": no report
      ['Residents will finally get their say on the bridge plan, Reyes said.', ['said']],
      ['The council has the final say on whether the library closes.', []],
      ['It is safe to say the bridge will not open this year.', []],
      ["It's hard to say whether the library will reopen.", []],
      ['Only 300 residents showed up to the meeting on Tuesday.', []],
      ['Some say the bridge will never open.', ['say']],
      ['The audit showed that the bridge was unsafe.', ['showed']],
      // a name someone goes by: no report
      ['The author, who goes by the name PatriotVoice88, wrote that he had heard it from a source.', ['wrote']],
      // a document and who saw it: no report ("a memo seen by Reuters shows" reports with "shows")
      ['A leaked budget document seen by the Halden Post lists three branches for closure.', ['lists']],
      ['A memo seen by Reuters shows that the plant will close.', ['shows']],
      // the stock market's "shares": no report, but the verb stays one
      ['Fjordbygg shares slide as investors question the merger', []],
      ['The board shares the view that the merger will fail.', ['shares']],
    ] as const) {
      it(`${JSON.stringify(t)}: ${JSON.stringify(cues)}`, () => {
        assert.deepEqual(run(t).attributions.map((a) => a.cue.text), cues);
      });
    }
  });

  it('a citing aside between the cue and "that": the report\'s content after it, what is cited inside it', () => {
    const t = "The business daily Dagens Marked reported on Tuesday, citing two people familiar with the company's plans, that the board had approved the closure.";
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['reported', 'The business daily Dagens Marked', 'the board had approved the closure'],
      ['citing', 'The business daily Dagens Marked', "two people familiar with the company's plans"],
    ]);
  });

  it('a participle aside between the source and its verb is no part of either: "The Journal, citing internal documents, reported"', () => {
    const t = 'The Journal, citing internal documents, reported that the campaign is spending heavily.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['citing', 'The Journal', 'internal documents'],
      ['reported', 'The Journal', 'the campaign is spending heavily'],
    ]);
    assert.deepEqual(run('The mayor, speaking to reporters on Monday, said the bridge was safe.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'The mayor', 'the bridge was safe'],
    ]);
    // (no cue inside the aside: it is the source's)
    const anon = "A city official, speaking on condition of anonymity to discuss the mayor's schedule, said Wednesday that Reyes would meet the union.";
    assert.deepEqual(run(anon).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'A city official', 'Reyes would meet the union'],
    ]);
    // the participle's own source is the subject before the aside
    assert.deepEqual(run('The mayor, echoing the governor, said the bridge was safe.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['echoing', 'The mayor', 'the governor'],
      ['said', 'The mayor', 'the bridge was safe'],
    ]);
  });

  describe('a report closing its sentence with "as SOURCE said" reports what comes before "as"', () => {
    for (const [t, content] of [
      ['The plant employs 420 people, as the newspaper said.', 'The plant employs 420 people'],
      // "not 420 as the newspaper said": the newspaper said 420
      ['The plant employs about 380 people, not 420 as the newspaper reported.', '420'],
      // a parenthetical "as" report mid-sentence keeps the whole clause
      ['The bridge, as the mayor said, is safe.', 'The bridge, as the mayor said, is safe'],
    ] as const) {
      it(JSON.stringify(t), () => {
        assert.deepEqual(run(t).attributions.map((a) => a.content?.text), [content]);
      });
    }
  });

  it('NON_CUE_CONTEXTS: "a statement issued Tuesday" is a document and its day, no report (the model\'s cue is left out there)', () => {
    const t = 'In a statement issued Tuesday morning, Mayor Reyes said the bridge was safe; the report released yesterday agreed.';
    const ctx = buildContext(t, 'paragraph');
    assert.deepEqual(ctx.toks.filter((_, i) => isNonCue(ctx, i)).map((tok) => tok.text), ['issued', 'released']);
  });

  it('NON_CUE_CONTEXTS: a name given ("a man named Tom Clarke") and a host\'s show ("Mr. King\'s show") report nothing', () => {
    const t = "A man named Tom Clarke bought the mine, a company newly named Fjordbygg sold it, and he spoke on Mr. King's show; the board named him chairman.";
    const ctx = buildContext(t, 'paragraph');
    assert.deepEqual(ctx.toks.filter((_, i) => isNonCue(ctx, i)).map((tok) => tok.text), ['named', 'named', 'show']);
  });

  it('NON_CUE_CONTEXTS: idioms ("it goes without saying", "let\'s say"), the noun "state" ("state Del. Ana Reyes", "the State Department") and ", known as" report nothing', () => {
    const t = "It goes without saying that state Del. Ana Reyes, like the State Department, would state her case; let's say the deal, known as the Oslo Accord, is known as a failure. Voters want an informed choice, and the mayor informed them.";
    const ctx = buildContext(t, 'paragraph');
    assert.deepEqual(ctx.toks.filter((_, i) => isNonCue(ctx, i)).map((tok) => tok.text), ['saying', 'state', 'State', 'say', 'known', 'informed']);
  });

  it('a relative clause between the source and an auxiliary\'s cue is the source\'s: "Paul Brenner, who lost by 1,204 votes, has alleged that X"', () => {
    const t = 'Paul Brenner, who lost by 1,204 votes, has alleged since election night that at least 3,000 dead people voted.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.speaker]), [
      ['alleged', 'Paul Brenner, who lost by 1,204 votes', 'at least 3,000 dead people voted', 'Paul Brenner'],
    ]);
  });

  it('an ampersand joins a name ("Procter & Gamble", "AT&T", "Berg & Lie"), in the source and the speaker', () => {
    const t = 'The auditor, Berg & Lie, said it had resigned. Procter & Gamble said sales rose. AT&T said the outage was fixed.';
    assert.deepEqual(run(t).attributions.map((a) => [a.source?.text, a.speaker]), [
      ['The auditor, Berg & Lie', 'Berg & Lie'],
      ['Procter & Gamble', 'Procter & Gamble'],
      ['AT&T', 'AT&T'],
    ]);
  });

  it('a word read as a verb between a determiner and its noun stays in the source ("its lead author", "the retired neurosurgeon"), and the postposed rule then reads the sentence', () => {
    const t = 'The sweetener does not cause dementia, its lead author, Dr. Hanne Strand, said in an interview.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.speaker]), [
      ['said', 'its lead author, Dr. Hanne Strand', 'The sweetener does not cause dementia', 'Hanne Strand'],
    ]);
    assert.deepEqual(run('The retired neurosurgeon acknowledged that the bid would open his past to scrutiny.').attributions.map((a) => a.source?.text), ['The retired neurosurgeon']);
  });

  it('"higher than officials had predicted": the source after "than", and no words of theirs in the sentence', () => {
    assert.deepEqual(run('Turnout was higher than officials had predicted.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['had predicted', 'officials', undefined],
    ]);
  });

  it('a rubric\'s label before a heading\'s colon is no speaker of a cue after it: "Fact check: heat pump subsidy claims"', () => {
    assert.deepEqual(run('Fact check: heat pump subsidy claims').attributions, []);
  });

  it('"a conference call", "the roll call": the noun reports nothing', () => {
    assert.deepEqual(run('Dahl told analysts on a conference call that the company was reviewing all options.').attributions.map((a) => a.cue.text), ['told']);
    assert.deepEqual(run('The convention began the roll call vote on Tuesday.').attributions, []);
  });

  it('"A WHO spokesperson": the initials in capitals are no relative word', () => {
    const t = 'A WHO spokesperson told us the organisation had never issued such advice.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.cue.text, a.source?.text, a.speaker, a.content?.text]), [
      ['told', 'A WHO spokesperson', 'WHO spokesperson', 'the organisation had never issued such advice'],
    ]);
  });

  for (const t of ['The agency has made no such recommendation, a spokesperson told us.', 'The agency has made no such recommendation, Reyes told me.']) {
    it(`an object pronoun after a postposed cue is who was told, not what: ${JSON.stringify(t)}`, () => {
      assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['The agency has made no such recommendation']);
    });
  }

  it('"A study published in the journal X found ..., but its authors cautioned that ...": two reports, the document its own source', () => {
    const t = 'A 2021 study published in the journal Nutrients found that citrus intake was linked to a 9 percent lower risk, but its authors cautioned that the link was not causal.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['found', 'A 2021 study published in the journal Nutrients', 'citrus intake was linked to a 9 percent lower risk'],
      ['cautioned', 'its authors', 'the link was not causal'],
    ]);
  });

  it('a report ends before ", while" or ", and" and another body\'s report, a country\'s possessive in its name', () => {
    let t = "Ukraine's air force said on Sunday it had shot down 41 of 52 drones launched by Russia overnight, while Russia's defence ministry claimed its forces had destroyed 65 Ukrainian drones.";
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', "Ukraine's air force", 'it had shot down 41 of 52 drones launched by Russia overnight'],
      ['claimed', "Russia's defence ministry", 'its forces had destroyed 65 Ukrainian drones'],
    ]);
    t = "Ukraine's air force said it had shot down 41 drones, and Russia's defence ministry claimed its forces had destroyed 65 drones.";
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', "Ukraine's air force", 'it had shot down 41 drones'],
      ['claimed', "Russia's defence ministry", 'its forces had destroyed 65 drones'],
    ]);
  });

  it('"telling analysts on a call that X": a preposition\'s phrase between the object and "that" is no part of the content (the cue takes it, as "stated in a press release"); not "urged people to seek shelter that way"', () => {
    const t = 'Dahl rejected the suggestion, telling analysts on a call that its balance sheet was robust.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['telling analysts on a call', 'Dahl', 'its balance sheet was robust']]);
    const u = '"Everything is on the table," Carson told the AP on Wednesday after hinting that changes could come.';
    assert.deepEqual(run(u).attributions.map((a) => [a.source?.text, a.content?.text]), [['Carson', '"Everything is on the table,"']]);
  });

  it('a relative clause inside the reported clause\'s subject is no end of the report ("said the attack, which it disclosed on Sunday, had affected X"); a sentence relative is', () => {
    let t = 'The company said the attack, which it first disclosed on Sunday, had affected "a limited number of internal systems".';
    assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['the attack, which it first disclosed on Sunday, had affected "a limited number of internal systems"']);
    // (and a verb of the past with no auxiliary: "which began at dawn, destroyed X"; not a passive's participle, "funded by")
    t = 'The agency said the attack, which began at dawn, destroyed 40,000 tonnes of grain.';
    assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['the attack, which began at dawn, destroyed 40,000 tonnes of grain']);
    t = 'The company said it had fixed the fault, which forced the site offline for three days.';
    assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['it had fixed the fault']);
    t = 'Economists urged the government to raise the cutoff to about $51,000, which, in today\'s dollars, is roughly where it stood in 1975.';
    assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['raise the cutoff to about $51,000']);
  });

  it('"Housing campaigners said X": a model content run over its own source and verb of saying, from the sentence\'s start, is what follows the verb', () => {
    const t = 'The minister said the government had built 3,000 homes. Housing campaigners said most of those homes had not yet been finished.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [
      ['said', 'the government had built 3,000 homes'], ['said', 'most of those homes had not yet been finished'],
    ]);
  });

  it('"despite reports that X": an unnamed maker\'s report, no part of the report before it', () => {
    const t = 'Manager Gary Whitlock has insisted that striker Luca Costa is not for sale, despite reports that the club had accepted a £45m bid from a rival.';
    const a = run(t);
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
      ['insisted', 'Manager Gary Whitlock', 'striker Luca Costa is not for sale'],
      ['reports', undefined, 'the club had accepted a £45m bid from a rival'],
    ]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['striker Luca Costa is not for sale', 'Gary Whitlock'], ['the club had accepted a £45m bid from a rival', null]]);
    const u = 'Despite the rumours that she had quit, the singer returned to the stage in May.';
    assert.deepEqual(run(u).attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['rumours', undefined, 'she had quit']]);
  });

  it('a postposed cue followed by the source\'s participle is no parenthetical frame: "X, the office said on Wednesday, warning that Y"', () => {
    const t = 'Waiting lists have reached a record 7.8 million, the audit office said on Wednesday, warning that the target would be missed.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'the audit office', 'Waiting lists have reached a record 7.8 million'],
      ['warning', 'the audit office', 'the target would be missed'],
    ]);
  });

  it('NON_CUE_CONTEXTS: a name taken ("a group calling itself ShadowLedger"), an aside naming someone (", named by his family as") and a participle before its noun ("a widely reported study") report nothing', () => {
    const t = 'A group calling itself ShadowLedger posted the files. The man, named by his family as Marcus Reid, was a widely reported case; Reid called himself conservative.';
    const ctx = buildContext(t, 'paragraph');
    assert.deepEqual(ctx.toks.filter((_, i) => isNonCue(ctx, i)).map((tok) => tok.text), ['calling', 'named', 'reported']);
    assert.deepEqual(run('A hacking group calling itself ShadowLedger claimed on its Telegram channel that it had copied the records of 1.2 million customers.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['claimed', 'ShadowLedger', 'it had copied the records of 1.2 million customers'],
    ]);
  });

  it('an object pronoun between a verb of saying and a bare clause is who was told: "told us the roll had been cleaned"', () => {
    const t = 'County clerk Maria Esposito told us the roll had been cleaned in 2023.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['told', 'County clerk Maria Esposito', 'the roll had been cleaned in 2023']]);
  });

  it('NON_CUE_CONTEXTS: a post named by its platform ("in a Facebook post") reports nothing; who wrote it does', () => {
    const t = 'State Senator Mike Dunn, a Republican, wrote in a Facebook post that the governor was "living in a fantasy world".';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['wrote', 'State Senator Mike Dunn, a Republican', 'the governor was "living in a fantasy world"']]);
  });

  it('a poll puts support at a figure (a model cue without content gives way to the rule); a poll\'s sample is no report', () => {
    assert.deepEqual(run('A separate YouGov poll last month put support at 55%.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      // (the time after the source is no part of it, as "Senator Dana Whitfield on Tuesday accused")
      ['put', 'A separate YouGov poll', 'support at 55%'],
    ]);
    assert.deepEqual(run('The poll, which questioned 2,000 adults online between 3 and 7 March, was commissioned by the foundation.').attributions, []);
  });

  it('a model content ends before a comma and a conjunction of time: "has ruled that X, after receiving 90 complaints"', () => {
    const t = 'The advertising watchdog has ruled that a television campaign by Nordhaven Oil exaggerated its investment in renewable energy, after receiving more than 90 complaints.';
    assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['that a television campaign by Nordhaven Oil exaggerated its investment in renewable energy']);
  });

  it('a relative "that" as a source stands for the phrase before it, past a participle and its adverb: "a widely reported study that claimed X"', () => {
    const t = 'A medical journal has retracted a widely reported study that claimed drinking coffee cut the risk of dementia by 40 per cent.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.speaker]), [
      ['claimed', 'that', 'drinking coffee cut the risk of dementia by 40 per cent', 'study'],
    ]);
  });

  it('a participle and where after the source\'s noun are the source\'s: "A woman detained at the border told them X"', () => {
    assert.deepEqual(run('A woman detained at the border told them she was a nurse.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['told', 'A woman detained at the border', 'she was a nurse'],
    ]);
    assert.deepEqual(run('Dozens of residents living near the incinerator say fumes have caused headaches since January.').attributions.map((a) => a.source?.text), ['Dozens of residents living near the incinerator']);
  });

  for (const [t, source, content] of [
    ['Posts circulating on WhatsApp in Millbrook claim the town council has started adding fluoride to bottled water.', 'Posts circulating on WhatsApp in Millbrook', 'the town council has started adding fluoride to bottled water'],
    ['Several posts on Facebook claim that the council has closed the library.', 'Several posts on Facebook', 'the council has closed the library'],
  ] as const) {
    it(`what circulates online reports, though the model gives its verb little support: ${JSON.stringify(t)}`, () => {
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['claim', source, content]]);
    });
  }

  it('a post that something is done to reports nothing, and a newspaper named Post is no post: "The video was posted by an account that ..."', () => {
    assert.deepEqual(run('The video was posted by an account that sells dietary supplements and has been viewed 2.4 million times.').attributions, []);
    assert.deepEqual(run('The Washington Post reported on Monday that the senator would resign.').attributions.map((a) => a.source?.text), ['The Washington Post']);
  });

  it('a participial phrase between commas after the source: "Data from the ministry, published last week, show X"', () => {
    const t = 'Data from the interior ministry, published last week, show crossings fell by 35 percent over the same period.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['show', 'Data from the interior ministry', 'crossings fell by 35 percent over the same period']]);
  });

  describe("the source's words: a date between source and cue is none of them, a title abbreviation is", () => {
    for (const [t, source] of [
      ['Senator Dana Whitfield on Tuesday said the state had spent less than half of the money.', 'Senator Dana Whitfield'],
      ['The ministry late Monday said the port would reopen.', 'The ministry'],
      // a place is part of it
      ['Officials in Kyiv said Iran had supplied 300 drones.', 'Officials in Kyiv'],
      ['"The pipes are old," said Dr. Amara Osei, who chairs the board.', 'Dr. Amara Osei'],
      ['Dr. Amara Osei said the water was unsafe.', 'Dr. Amara Osei'],
      ['The water was unsafe, Sen. Lee Ortiz told reporters.', 'Sen. Lee Ortiz'],
      ['Lt. Col. Ruth Adler said the base would close.', 'Lt. Col. Ruth Adler'],
    ]) {
      it(`${JSON.stringify(t)}: ${JSON.stringify(source)}`, () => {
        assert.deepEqual(run(t).attributions.map((a) => a.source?.text), [source]);
      });
    }
  });

  describe('a dateline opening the block is no part of what is reported', () => {
    for (const [t, lang, content] of [
      ['LAGOS, March 3 (Reuters) - Talks on the port strike collapsed on Tuesday, the union said.', 'plaintext', 'Talks on the port strike collapsed on Tuesday'],
      ['WASHINGTON (AP) — The Senate will vote on the bill on Friday, leaders said.', 'plaintext', 'The Senate will vote on the bill on Friday'],
      ['**Lagos, March 3** — Talks collapsed on Tuesday, the union said.', 'markdown', 'Talks collapsed on Tuesday'],
      // a parenthetical frame: the sentence but its dateline
      ['Lagos, March 3 — Talks collapsed, the union said, after the ministry refused a rise.', 'plaintext', 'Talks collapsed, the union said, after the ministry refused a rise'],
      // a name and a dash is no dateline
      ['Reyes — who lost the vote — will run again, aides said.', 'plaintext', 'Reyes — who lost the vote — will run again'],
      // the model reads the sentence after the dateline ("said on Friday it had ...", which no rule reads)
      ["KYIV, March 3 (Reuters) - Ukraine's military said on Friday it had shot down 34 of 40 drones launched overnight.", 'plaintext', 'it had shot down 34 of 40 drones launched overnight'],
    ] as const) {
      it(`${JSON.stringify(t)}: ${JSON.stringify(content)}`, () => {
        assert.deepEqual(run(t, lang).attributions.map((a) => a.content?.text), [content]);
      });
    }
  });

  for (const [t, cue, source, content] of [
    ['Supporters of the four-day week like to say that productivity rises when people work less.', 'like to say', 'Supporters of the four-day week', 'productivity rises when people work less'],
    ['Critics of the plan tend to argue that costs will rise.', 'tend to argue', 'Critics of the plan', 'costs will rise'],
    // (past "that" before a word, not before an aside's comma)
    ['She went on to say that the plan had failed.', 'went on to say', 'She', 'the plan had failed'],
    ['She went on to say that, because the vote was close, the plan had failed.', 'went on to say', 'She', 'that, because the vote was close, the plan had failed'],
  ] as const) {
    it(`what someone habitually or then went on to say: ${JSON.stringify(t)}`, () => {
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [[cue, source, content]]);
    });
  }

  it('a reflexive after a name stresses it: "Ortega himself pushed back on the speculation, saying X" (the source of both)', () => {
    const a = run('Ortega himself pushed back on the speculation at a press conference, saying: "Nobody has told me anything."');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['saying', 'Ortega himself', '"Nobody has told me anything."']]);
    assert.deepEqual(a.denials.map((x) => [x.cue.text, x.source?.text, x.target?.text]), [['pushed back on the speculation', 'Ortega himself', 'the speculation']]);
  });

  it('"I say that categorically": "that" is what was said, a pronoun with only adverbs after it', () => {
    assert.deepEqual(run('We never collected the records of any journalist, and I say that categorically.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['say', 'I', 'that']]);
    assert.deepEqual(run('He said that the plan failed.').attributions.map((a) => a.content?.text), ['the plan failed']);
  });

  it('a question word before a label\'s subject is no part of the source: "What the data shows: X"', () => {
    assert.deepEqual(run('What the data shows: a 21% fall on the two busiest routes.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['shows', 'the data', 'a 21% fall on the two busiest routes']]);
  });

  it('"said in a written statement": the participle before a statement\'s noun is no second cue', () => {
    assert.deepEqual(run('Alan Reid said in a written statement that no approval was ever sought.').attributions.map((a) => [a.cue.text, a.source?.text]), [['said', 'Alan Reid']]);
  });

  it('a participle after a statement a preposition governs is no cue: "In a statement posted on its website, the club said:"', () => {
    const t = 'In a statement posted on its website, the club said: "Craig remains our manager."';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['said', 'the club', '"Craig remains our manager."']]);
  });

  it('an aside of where it was said is no part of the source: "The club, in a statement, claimed", "Smith, in an interview with CNN on Sunday, said"', () => {
    assert.deepEqual(run('The club, in a statement, claimed the manager had resigned.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['claimed', 'The club', 'the manager had resigned']]);
    assert.deepEqual(run('Smith, in an interview with CNN on Sunday, said the plan was dead.').attributions.map((a) => [a.source?.text, a.content?.text]), [['Smith', 'the plan was dead']]);
    // (an aside that is no medium stays: "Prentice, in his view, said" has no noun of a statement)
    assert.deepEqual(run('Paul Brenner, who lost by 1,204 votes, has alleged that ballots were destroyed.').attributions.map((a) => a.source?.text), ['Paul Brenner, who lost by 1,204 votes']);
  });

  it('a model source cut at the "and" of a name is the whole name: "A spokesperson for the US Food and Drug Administration declined to comment"', () => {
    const a = run('A spokesperson for the US Food and Drug Administration declined to comment on the study.');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text]), [['declined to comment on', 'A spokesperson for the US Food and Drug Administration']]);
    // (whom the spokesperson speaks for, as "A spokesperson for the Department for Transport" is the department's)
    assert.equal(a.attributions[0].speaker, 'Food and Drug Administration');
  });

  it('a model noun after "against" has no subject for a source: "marched to protest against plans to close the unit"', () => {
    const t = 'Thousands of people marched through Wexham on Saturday to protest against plans to close the maternity unit.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text]), [['plans', null, 'to close the maternity unit']]);
  });

  it('an adjective before a statement\'s noun is no source: "False claim that vaccines cause autism spreads online", "Viral claim that X is misleading"', () => {
    assert.deepEqual(run('False claim that vaccines cause autism spreads online').attributions, []);
    assert.deepEqual(run('Viral claim that a new law lets police seize cash is misleading').attributions, []);
    assert.deepEqual(run('Officials claim that the bridge is safe').attributions.map((a) => [a.source?.text, a.content?.text]), [['Officials', 'the bridge is safe']]);
  });

  it('a model content cut at the "and" of a list runs to its clause\'s end: "recommends rest, fluids and paracetamol for most adults"', () => {
    const t = 'The NHS recommends rest, fluids and paracetamol for most adults with flu, and vaccination for people in high-risk groups.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [['recommends', 'rest, fluids and paracetamol for most adults with flu, and vaccination for people in high-risk groups']]);
  });

  it('"A widely shared post on X claimed": an adverb and a participle on the noun stay in the source, not in the speaker; also inside a Markdown link', () => {
    const a = run('A widely shared post on X claimed that journey times across Cardiff had doubled since the change.');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['A widely shared post on X', 'post on X']]);
    const t = 'Title\n\nA [widely shared post](https://example.com/post) on X claimed that journey times had doubled.\n';
    const m = run(t, 'markdown');
    assert.deepEqual(m.attributions.map((x) => [x.source?.text, x.speaker]), [['A [widely shared post](https://example.com/post) on X', 'post on X']]);
  });

  it('"It is too early to say whether X": the article\'s hedge, no report; a participle on the subject reports up to the main verb', () => {
    assert.deepEqual(run('It is too early to say whether that is true: official casualty figures will not be published until June.').attributions, []);
    assert.deepEqual(run('A petition calling for the policy to be scrapped gathered more than 469,000 signatures.').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['calling for', 'A petition', 'the policy to be scrapped']]);
    assert.deepEqual(run('Anyone saying otherwise is spreading lies.').attributions.map((x) => [x.cue.text, x.content?.text]), [['saying', 'otherwise']]);
  });

  it('"X was quoted by the Times as saying Y": X says Y, the outlet reports nothing of its own; "He is said to have told" takes no quotation before it', () => {
    const a = run('The minister was quoted by the Times as saying the memoir was "pure fiction". He is also said to have told colleagues that Ashby "never read a briefing".');
    assert.deepEqual(a.attributions.filter((x) => x.cue.text === 'quoted' || x.content?.text === '"pure fiction"'), []);
    assert.deepEqual(a.attributions.filter((x) => x.cue.text === 'saying').map((x) => [x.source?.text, x.content?.text]), [['The minister', 'the memoir was "pure fiction"']]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text]), [['was "pure fiction"', 'the memoir']]);
  });

  it('"according to a 2023 report by the OECD, X": the document with its maker, and X', () => {
    const t = 'Title\n\nAccording to a 2023 report by the OECD, Britain spends less on early-years education than any other G7 country.';
    const a = run(t);
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.content?.text, x.speaker]), [['a 2023 report by the OECD', 'Britain spends less on early-years education than any other G7 country', 'OECD']]);
  });

  it('a report ends before ", in a complaint filed with ...": where it was made is no part of what it says', () => {
    const t = 'A former aide has accused her of using campaign money to pay for three family holidays, in a complaint filed with the Federal Election Commission on Wednesday.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [['accused', 'using campaign money to pay for three family holidays']]);
  });

  it('a headline\'s report ends at its semicolon: "Ministers insist deal will boost exports; business groups are sceptical"', () => {
    const a = run('Ministers insist trade deal will boost exports; business groups are sceptical\n\nBody text follows here.');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['insist', 'trade deal will boost exports']]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text]), [['are sceptical', 'business groups']]);
  });

  it('a headline\'s second report after its semicolon: "Kyiv says 40 drones downed overnight; Moscow reports no losses"', () => {
    const t = 'Kyiv says 40 drones downed overnight; Moscow reports no losses\n\nBody text follows here.';
    assert.deepEqual(run(t).attributions.map((x) => [x.cue, x.source, x.content]), [
      [spanOf(t, 'says'), spanOf(t, 'Kyiv'), spanOf(t, '40 drones downed overnight')],
      [spanOf(t, 'reports'), spanOf(t, 'Moscow'), spanOf(t, 'no losses')],
    ]);
  });

  it('a headline\'s first report before its semicolon, when the rules find only the second: "Ukraine says X; Russia says figure is false"', () => {
    const t = 'Ukraine says it shot down 40 drones overnight; Russia says figure is false\n\nBody text follows here.';
    assert.deepEqual(run(t).attributions.map((x) => [x.cue, x.source, x.content]), [
      [spanOf(t, 'says'), spanOf(t, 'Ukraine'), spanOf(t, 'it shot down 40 drones overnight')],
      [spanOf(t, 'says', 2), spanOf(t, 'Russia'), spanOf(t, 'figure is false')],
    ]);
  });

  it('"When asked whether X, Y said": the question ends at its comma', () => {
    const a = run('When asked whether Lindholm would apologise, a spokeswoman for the ministry said the statement "speaks for itself".');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
      ['asked', undefined, 'whether Lindholm would apologise'],
      ['said', 'a spokeswoman for the ministry', 'the statement "speaks for itself"'],
    ]);
  });

  it('a model content over its own cue after "although" is what follows the cue, its subject the source: "although it has acknowledged sending a few"', () => {
    const a = run('Iran denied the claims, although it has acknowledged sending a small number before the war began.');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text, x.speaker]), [['acknowledged', 'it', 'sending a small number before the war began', 'Iran']]);
  });

  it('"put the death toll at 164 in a statement on Monday, saying X": the figure is a report of its own, ending at its number', () => {
    const t = 'The health ministry put the death toll at 164 in a statement on Monday, saying many deaths had not been confirmed as cholera.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['put', 'The health ministry', 'the death toll at 164'],
      ['saying', 'The health ministry', 'many deaths had not been confirmed as cholera'],
    ]);
    assert.deepEqual(run('Police put the crowd at 5,000 on Saturday.').attributions.map((a) => a.content?.text), ['the crowd at 5,000']);
  });

  it('"puts the journey at 50 minutes": a figure put at a number for a journey, a distance, a wait', () => {
    const a = run('The health board puts the journey at 50 minutes.');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['puts', 'The health board', 'the journey at 50 minutes']]);
  });

  it('a relative clause on the source may hold a quotation: ", which issued a release titled \\"X\\", said it would ..."', () => {
    const t = 'The university\'s press office, which issued a release titled "Chocolate boosts brain power", said it would correct the headline.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['said', 'The university\'s press office, which issued a release titled "Chocolate boosts brain power"', 'it would correct the headline'],
    ]);
  });

  it('a headline\'s second verb after a comma has the headline\'s subject: "Rovers reject £40m bid for striker, say he is not for sale"', () => {
    const a = run('Rovers reject £40m bid for striker Daniel Ade, say he is not for sale');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['say', 'Rovers', 'he is not for sale']]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text]), [['not', 'Rovers', 'he is not for sale']]);
    // (in body text a clause before the comma is read as it was: "And retired Gen. John Allen, who led ..., said")
    assert.deepEqual(run('And retired Gen. John Allen, who led United States forces in Afghanistan, said on Sunday that the remarks were shameful.').attributions.map((x) => x.source?.text), ['Gen. John Allen, who led United States forces in Afghanistan']);
  });

  it('a content that ends on a question word says nothing: no report in a question or a heading, no content otherwise', () => {
    assert.deepEqual(run('What does the council say?').attributions, []);
    assert.deepEqual(analyze('# What we know\n', 'markdown').attributions, []);
    assert.deepEqual(run('Campaigners say it does not. Here is what the data shows.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
      ['say', 'Campaigners', 'it does not'],
      ['shows', 'the data', undefined],
    ]);
  });

  it('a headline with a dash and more than three words before it has no dateline', () => {
    const t = "Dinesh D'Souza Just Made HUGE Prediction About 2016 Presidency – It's The LAST Thing";
    assert.equal(datelineEnd(buildContext(t, 'paragraph')), 0);
    assert.equal(datelineEnd(buildContext('NEW YORK CITY (AP) — The mayor resigned.', 'paragraph')), 7);
  });

  it('"two sources close to the board told the BBC": the source with what it is close to', () => {
    assert.deepEqual(run('However, two sources close to the board told the BBC that the owners had approached a replacement.').attributions.map((a) => a.source?.text), ['two sources close to the board']);
  });

  it('"It is not true, as some advocates say, that X": the advocates report X', () => {
    const a = run('It is not true, as some advocates say, that every company saw revenue rise: several saw it fall.');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['say', 'some advocates', 'every company saw revenue rise: several saw it fall']]);
  });

  it('a report ends before "and" and a denial verb of the same source: "called X a stunt and denied that Y"', () => {
    const t = 'The campaign called the claims "a stunt" and denied that any funds had been diverted.';
    const a = run(t);
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['called', 'the claims "a stunt"']]);
    assert.deepEqual(a.denials.map((x) => [x.cue.text, x.target?.text]), [['denied', 'any funds had been diverted']]);
  });

  describe('a report ends where an appositive denial of it begins', () => {
    for (const [t, cue, content] of [
      ['Western officials say Iran has supplied drones to Russia, a claim Tehran has repeatedly denied.', 'say', 'Iran has supplied drones to Russia'],
      ['Kyiv accused Moscow of shelling the plant, a charge Russia denied.', 'accused', 'shelling the plant'],
      // no denial verb: the appositive stays in the content
      ['The mayor said the bridge was safe, a view the engineers share.', 'said', 'the bridge was safe, a view the engineers share'],
    ] as const) {
      it(`${JSON.stringify(t)}: ${JSON.stringify(content)}`, () => {
        const a = run(t).attributions.find((x) => x.cue.text === cue);
        assert.ok(a, `no attribution with the cue ${cue}`);
        assert.equal(a.content?.text, content);
      });
    }
  });

  describe("the model's source, its trailing words left off or dropped when it names nobody", () => {
    // plausibleSourceEnd in detect/block.ts, on spans the model could give
    for (const [t, span, expected] of [
      ['Supporters at the rally cheered.', 'Supporters at', 'Supporters'],
      ['Mitt Romney staffer Katie Packer and others agreed.', 'Mitt Romney staffer Katie Packer and', 'Mitt Romney staffer Katie Packer'],
      ['The report that said so was wrong.', 'that', 'that'],
      ['Many of them agreed.', 'Many of', 'Many'],
      ['He left after complaining about the numbers.', 'complaining about', null],
      ['It was clearly wrong.', 'clearly', null],
    ] as const) {
      it(`${JSON.stringify(span)} in ${JSON.stringify(t)}: ${JSON.stringify(expected)}`, () => {
        const ctx = buildContext(t, 'paragraph');
        const first = ctx.toks.findIndex((x) => x.start === t.indexOf(span));
        const last = ctx.toks.findIndex((x) => x.end === t.indexOf(span) + span.length);
        const end = plausibleSourceEnd(ctx, first, last);
        assert.equal(end < 0 ? null : t.slice(ctx.toks[first].start, ctx.toks[end].end), expected);
      });
    }
  });

  describe('the rules and the learned model together', () => {
    it('an adjunct the model reads as a cue after a rule\'s cue is part of the cue phrase: "stated in a press release that"', () => {
      const t = 'Ortiz stated in a press release that the plant would close.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'stated in a press release'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the plant would close'), speaker: 'Ortiz' });
    });

    it('a verb coordinated with a rule\'s report takes its source where the model gives a part of it', () => {
      const t = 'Councillor Piet de Vries said the vote was "rushed" and claimed that 30 percent of the money would go to consultants.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.speaker]), [
        ['said', 'Councillor Piet de Vries', 'Piet de Vries'],
        ['claimed', 'Councillor Piet de Vries', 'Piet de Vries'],
      ]);
    });

    it('a verb coordinated with the model\'s own report takes its source too: "Lisa Chen confirmed X but said Y"', () => {
      const t = "The authority's finance director, Lisa Chen, confirmed the reserves but said most of the money was already committed to repairs.";
      assert.deepEqual(run(t).attributions.map((a) => a.speaker), ['Lisa Chen', 'Lisa Chen']);
    });

    it('a verb form read as a noun after a determiner joins the rule\'s cue phrase too: "wrote in a note to clients that"', () => {
      const t = 'Analyst Mark Evans wrote in a note to clients that the delay could cost 800 million euros.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [['wrote in a note', 'the delay could cost 800 million euros']]);
    });

    it('a participle after a reported verb is an attribution of its own: "has praised X, saying ..."', () => {
      const t = 'The mayor has praised the new bridge, saying it would cut travel times by half.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => x.cue.text), ['has praised', 'saying']);
      assert.deepEqual(attributionView(a.attributions[1]), { cue: spanOf(t, 'saying'), source: spanOf(t, 'The mayor'), content: spanOf(t, 'it would cut travel times by half'), speaker: 'mayor' });
    });

    it('a relative clause with no "that" after a noun ("a figure the union said was too low") has the clause\'s subject as its source', () => {
      const t = 'Repairs will cost £4.5 million, a figure the union said was "a fraction of what is needed".';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue, x.source, x.content]), [[spanOf(t, 'said'), spanOf(t, 'the union'), spanOf(t, 'was "a fraction of what is needed"')]]);
      // (not an appositive's name after its noun: "the civil rights group the League said it would")
      const u = 'The civil rights group the Liberty League said it would return the donation.';
      assert.deepEqual(run(u).attributions.map((x) => x.source?.text), ['The civil rights group the Liberty League']);
    });

    it('a participle after a verb and its object the lexicon also reads as a verb ("rejected calls for an inquiry, insisting X") is the subject\'s', () => {
      const t = 'Mark Devereux rejected calls for an inquiry, insisting the company had nothing to hide.';
      const a = run(t).attributions.find((x) => x.cue.text === 'insisting');
      assert.deepEqual(a && attributionView(a), { cue: spanOf(t, 'insisting'), source: spanOf(t, 'Mark Devereux'), content: spanOf(t, 'the company had nothing to hide'), speaker: 'Mark Devereux' });
    });

    it('"repeating an allegation that officials have rejected": a relative clause on the allegation is not what it says', () => {
      const t = 'Prentice claimed that fake ballots had been counted, repeating an allegation that state election officials have repeatedly rejected.';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.content?.text ?? null]), [['claimed', 'fake ballots had been counted'], ['repeating an allegation', null]]);
    });

    it('a document dated by a participle: "A hand recount completed in December found ..."', () => {
      const t = 'A hand recount completed in December found no sign of fraud.';
      const a = run(t);
      assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.speaker]), [['no sign', 'A hand recount completed in December', 'hand recount']]);
    });

    it('a report coordinated with another and no source of its own has the other\'s source, span and speaker', () => {
      const t = 'The River Alliance said its own samples showed arsenic in the river, and estimated that at least 15,000 cubic metres of waste had escaped.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source && [x.source.start, x.source.text], x.speaker]), [['said', [0, 'The River Alliance'], 'River Alliance'], ['estimated', [0, 'The River Alliance'], 'River Alliance']]);
      assert.deepEqual(a.claims.map((c) => c.claimant), ['River Alliance', 'River Alliance']);
    });

    for (const t of ['Mining company says spill released no toxic metals; river group disputes its figures', 'Mining company says spill released no toxic metals; inspectors disagree']) {
      it(`a headline's report ends at a semicolon before a denial or a disagreement of its own: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(run(t).attributions.map((x) => x.content?.text), ['spill released no toxic metals']);
      });
    }

    it('a report ends before a short report that closes its sentence, not before a clause of its own', () => {
      // (the participle's own ends before the sentence's predicate, "was based on 48 students", since the thirty-seventh
      // session reads "cuts" there as the clause's verb)
      const t = 'A widely shared study claiming that phone use cuts memory scores by 30 percent was based on 48 students, researchers told the Courier.';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.content?.text]), [
        ['claiming', 'phone use cuts memory scores by 30 percent'],
        ['told', 'A widely shared study claiming that phone use cuts memory scores by 30 percent was based on 48 students'],
      ]);
      const u = 'Prosecutors argued that although Lazar confessed, he showed no remorse and probably will return to hacking.';
      assert.deepEqual(run(u).attributions.map((x) => x.content?.text), ['although Lazar confessed, he showed no remorse and probably will return to hacking']);
    });

    it('"said in a report published last week that X": the adjunct\'s document and its date are skipped', () => {
      const t = 'The Court of Auditors said in a report published last week that only 12 percent of the track had been laid.';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['said', 'The Court of Auditors', 'only 12 percent of the track had been laid']]);
    });

    it('a participle whose model source is a part of the subject it hangs on takes the whole subject', () => {
      const t = "China's foreign ministry rejected accusations that companies had shipped drones, saying Beijing strictly controls exports.";
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['saying', "China's foreign ministry", "China's foreign ministry"]]);
    });

    it('a participle after a postposed attribution: "..., Ortiz said, citing ..."', () => {
      const t = '"The bridge is too expensive," Ortiz said, citing the rising cost of steel.';
      const a = run(t);
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['said', '"The bridge is too expensive,"'], ['citing', 'the rising cost of steel']]);
    });

    it('a participle the model finds without a source hangs on the clause\'s subject: "The union blocked the plan, calling it ..."', () => {
      const t = 'The union blocked the plan, calling it a threat to jobs.';
      const a = run(t);
      const calling = a.attributions.find((x) => x.cue.text === 'calling');
      assert.ok(calling, JSON.stringify(a.attributions.map((x) => x.cue.text)));
      assert.deepEqual(calling.source, spanOf(t, 'The union'));
    });

    // where a model cue ends on a determiner, it runs on to the head noun; tested on the function itself, since
    // whether the model stops there depends on its training ("made the | first corruption allegations")
    for (const [t, cut, head, complement] of [
      ['Senator Anna Reyes made the first corruption allegations in March.', 'made the', 'made the first corruption allegations', null],
      ['Reyes made the strongest case yet that the bridge was unsafe.', 'made the', 'made the strongest case', 'the bridge was unsafe'],
      ['Reyes issued a stern warning, officials said.', 'issued a', 'issued a stern warning', null],
    ] as const) {
      it(`a cue cut short after a determiner runs on to its head noun: ${JSON.stringify(head)}`, () => {
        const ctx = buildContext(t, 'paragraph');
        const at = t.indexOf(cut);
        assert.deepEqual(headAfterDeterminer(ctx, at + cut.length), { end: at + head.length, complement: complement === null ? null : t.indexOf(complement) });
      });
    }

    it('a cue that does not end on a determiner is left as it is', () => {
      const t = 'Reyes made the first corruption allegations in March.';
      const ctx = buildContext(t, 'paragraph');
      assert.equal(headAfterDeterminer(ctx, t.indexOf(' the first')), null);
      assert.equal(headAfterDeterminer(ctx, t.indexOf(' corruption')), null);
    });

    it('a colon after a credit line ("by Times\' Ana Reyes:") is no attribution; a colon after a speaker is', () => {
      const credit = 'CLUB NEWS—"The Blue Room to close after 40 years," by Times\' Ana Reyes: "The Blue Room, a small jazz club on Grand Street, will close in June."';
      assert.deepEqual(run(credit).attributions, []);
      const t = 'The mayor put it simply: "The bridge will open in May."';
      assert.deepEqual(only(t), { cue: spanOf(t, 'put it simply:'), source: spanOf(t, 'The mayor'), content: spanOf(t, '"The bridge will open in May."'), speaker: 'mayor' });
    });

    for (const [t, credit] of [
      ['A story by Times\' Ana Reyes: "The club will close."', true],
      ['A story by the Journal\'s Ana Reyes: "The club will close."', true],
      ['Ana Reyes: "The club will close."', false],
      ['The club was sold by its owner: "We had to."', false],
    ] as const) {
      it(`a credit line before the colon: ${JSON.stringify(t)} -> ${credit}`, () => {
        const ctx = buildContext(t, 'paragraph');
        assert.equal(isCreditBefore(ctx, ctx.toks.findIndex((x) => x.text === ':')), credit);
      });
    }

    it('a model cue inside the content of another model attribution stays only when the model is very sure', () => {
      // "Reyes hopes the council believes the plan works, Ortiz argued." (cues by offset; no text needed)
      const model = (cue: [number, number], content: [number, number] | null, score: number): RawAttribution => ({
        rule: 'attr.model', cueKind: 'speech', cue, source: null, sourceType: null, content, contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score,
      });
      const hopes = model([6, 11], [12, 49], 0.8);
      const believes = model([24, 32], [33, 49], 0.6);
      const argued = model([57, 63], [0, 49], 0.95);
      const rule: RawAttribution = { ...model([70, 74], [75, 90], 0.9), rule: 'attr.preposed' };
      const inRule = model([80, 85], null, 0.5);
      const list = [hopes, believes, argued, rule, inRule];
      dropNestedModelCues(list);
      // "hopes" and "believes" lie in the content of "argued" (after them); "argued" (0.95) stays; a rule's content is no host here
      assert.deepEqual(list, [argued, rule, inRule]);
    });

    it('a verb rule\'s report inside the content of "according to" or a transcript label is left out', () => {
      // "Officials said the plant would close, according to the memo. Reyes added that ..." (cues by offset)
      const rule = (name: string, cue: [number, number], content: [number, number] | null): RawAttribution => ({
        rule: name, cueKind: 'speech', cue, source: null, sourceType: null, content, contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.9,
      });
      const said = rule('attr.preposed', [10, 14], [15, 40]);
      const according = rule('attr.according-to', [42, 54], [0, 40]);
      const added = rule('attr.preposed', [70, 75], [76, 90]);
      const inverted = rule('attr.inverted', [20, 24], null);
      const transcript = rule('attr.transcript', [100, 101], [102, 140]);
      const postposed = rule('attr.postposed', [120, 124], [102, 118]);
      const list = [said, inverted, according, added, transcript, postposed];
      dropFramedReports(list);
      // "said" and the postposed cue lie in a framing content; "added" lies outside; an inverted rule is kept
      assert.deepEqual(list, [inverted, according, added, transcript]);
    });

    it('a nested model cue whose host is left out stays', () => {
      const model = (cue: [number, number], content: [number, number] | null, score: number): RawAttribution => ({
        rule: 'attr.model', cueKind: 'speech', cue, source: null, sourceType: null, content, contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score,
      });
      // each lies in the other's content: the first is left out, the second no longer has a host
      const a = model([0, 5], [6, 30], 0.5);
      const b = model([10, 15], [0, 9], 0.6);
      const list = [a, b];
      dropNestedModelCues(list);
      assert.deepEqual(list, [b]);
    });

    it('a nested model cue stays only from MODEL_NESTED_SCORE (0.97) on', () => {
      const model = (cue: [number, number], content: [number, number] | null, score: number): RawAttribution => ({
        rule: 'attr.model', cueKind: 'speech', cue, source: null, sourceType: null, content, contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score,
      });
      const host = model([0, 5], [6, 40], 0.8);
      const at95 = model([10, 15], [16, 20], 0.95);
      const at97 = model([25, 30], [31, 35], 0.97);
      const list = [host, at95, at97];
      dropNestedModelCues(list);
      assert.equal(MODEL_NESTED_SCORE, 0.97);
      assert.deepEqual(list, [host, at97]);
    });

    it('a model cue inside a quotation is left out below MODEL_NESTED_SCORE: the quotation is what its speaker says', () => {
      const t = "Reyes said the council had voted. ''We hope the mayor agrees that the bridge must close.''";
      const cues = (off?: ReadonlySet<Decision>): string[] => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => `${a.rule} ${t.slice(a.cue[0], a.cue[1])}`);
      assert.deepEqual(cues(), ['attr.preposed said']);
      const off = detectBlock(t, 'paragraph', 0.5, new Set(['in-quote'])).attributions.map((a) => [a.rule, t.slice(a.cue[0], a.cue[1]), a.score < MODEL_NESTED_SCORE]);
      assert.deepEqual(off, [['attr.preposed', 'said', true], ['attr.model', 'hope', true]]);
    });

    describe('a report that is the that-clause of what another attribution reports is left out (dropComplementReports)', () => {
      const cues = (t: string, off?: ReadonlySet<Decision>): string[] =>
        detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => `${a.rule} ${t.slice(a.cue[0], a.cue[1])} | ${a.content && t.slice(a.content[0], a.content[1])}`);
      it('"The memo shows that officials said the bridge would close." has one attribution, "shows"', () => {
        const t = 'The memo shows that officials said the bridge would close.';
        assert.deepEqual(cues(t), ['attr.preposed shows | officials said the bridge would close']);
        assert.deepEqual(cues(t, new Set(['complement'])), ['attr.preposed shows | officials said the bridge would close', 'attr.preposed said | the bridge would close']);
      });
      it('a report after ", and" stays, and ends the content before it: "Reyes said the council voted, and the mayor said that the bridge would close."', () => {
        const t = 'Reyes said the council voted, and the mayor said that the bridge would close.';
        assert.deepEqual(cues(t), ['attr.preposed said | the council voted', 'attr.preposed said | the bridge would close']);
      });
      it('reads the word before the source when the source comes first, else before the cue; a report in no content stays', () => {
        const t = 'Ana Reyes noted that officials said it was old, and it is known that officials said so.';
        const ctx = buildContext(t, 'paragraph');
        const make = (cue: string, source: string | null, content: string | null, from = 0): RawAttribution => {
          const c = t.indexOf(cue, from);
          const src = source === null ? null : t.indexOf(source, from);
          const k = content === null ? -1 : t.indexOf(content, from);
          return {
            rule: 'attr.preposed', cueKind: 'speech', cue: [c, c + cue.length], source: src === null ? null : [src, src + source!.length], sourceType: null,
            content: k < 0 ? null : [k, k + content!.length], contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: 0.9,
          };
        };
        const noted = make('noted', 'Ana Reyes', 'officials said it was old');
        const said = make('said', 'officials', 'it was old');
        // no source: the word before the cue ("officials") is no "that"
        const bare = make('said', null, 'it was old');
        // "that officials said so": after "that", but in no attribution's content
        const free = make('said', 'officials', 'so', t.indexOf('known'));
        const list = [noted, said, bare, free];
        dropComplementReports(ctx, list);
        assert.deepEqual(list, [noted, bare, free]);
      });
    });

    describe('a statement and the participle that gives what it says are one attribution (joinStatementParticiples)', () => {
      it('"The mayor\'s office released a statement Wednesday evening, saying ...": one cue from "released" to "saying"', () => {
        const t = "The mayor's office released a statement Wednesday evening, saying the bridge would stay closed.";
        const found = (off?: ReadonlySet<Decision>): Array<ReturnType<typeof rawTexts>> => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => rawTexts(t, a));
        assert.deepEqual(found(), [
          { rule: 'attr.model', cue: 'released a statement Wednesday evening, saying', source: "The mayor's office", content: 'the bridge would stay closed' },
        ]);
        assert.deepEqual(found(new Set(['statement-participle'])), [
          { rule: 'attr.model', cue: 'released a statement Wednesday', source: "The mayor's office", content: 'evening' },
          { rule: 'attr.participle', cue: 'saying', source: "The mayor's office", content: 'the bridge would stay closed' },
        ]);
      });
      const make = (t: string, cue: string, source: string | null, content: string | null, rule = 'attr.model'): RawAttribution => {
        const c = t.indexOf(cue);
        const src = source === null ? -1 : t.indexOf(source);
        const k = content === null ? -1 : t.indexOf(content);
        return {
          rule, cueKind: 'speech', cue: [c, c + cue.length], source: src < 0 ? null : [src, src + source!.length], sourceType: src < 0 ? null : 'group',
          content: k < 0 ? null : [k, k + content!.length], contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score: rule === 'attr.model' ? 0.6 : 0.9,
        };
      };
      const joined = (t: string, first: [string, string | null, string | null], second: [string, string | null, string | null]): Array<ReturnType<typeof rawTexts>> => {
        const list = [make(t, ...first), make(t, ...second, 'attr.participle')];
        joinStatementParticiples(buildContext(t, 'paragraph'), list);
        return list.map((a) => rawTexts(t, a));
      };
      it('joins over the statement noun and the words between, keeps the first one\'s source and the participle\'s content', () => {
        const t = 'The union sent a letter to members this week, urging them to vote no.';
        assert.deepEqual(joined(t, ['sent', 'The union', 'a letter to members this week'], ['urging', null, 'them to vote no']), [
          { rule: 'attr.model', cue: 'sent a letter to members this week, urging', source: 'The union', content: 'them to vote no' },
        ]);
      });
      it('joins after a reply verb: "Reyes responded on Friday, calling ..."', () => {
        const t = 'Reyes responded on Friday, calling the report a smear.';
        assert.deepEqual(joined(t, ['responded', 'Reyes', null], ['calling', 'Reyes', 'the report a smear']), [
          { rule: 'attr.model', cue: 'responded on Friday, calling', source: 'Reyes', content: 'the report a smear' },
        ]);
      });
      for (const [why, t, first, second] of [
        ['a topic of its own ("about")', 'The council released a statement about the budget, saying the plan was dead.',
          ['released a statement', 'The council', 'the budget'], ['saying', 'The council', 'the plan was dead']],
        ['"release" as a verb, after no determiner', 'The mayor would release her tax returns, saying she had nothing to hide.',
          ['would release', 'The mayor', 'her tax returns'], ['saying', 'The mayor', 'she had nothing to hide']],
        ['a quotation as the first one\'s content', '"We will win," Reyes said in a statement, adding that the vote was close.',
          ['said in a statement', 'Reyes', '"We will win,"'], ['adding', 'Reyes', 'the vote was close']],
        ['a participle with a source of its own between them', 'The board sent a letter to the mayor, whose aides were saying it was late.',
          ['sent a letter', 'The board', 'the mayor'], ['saying', 'whose aides', 'it was late']],
        ['another sentence', 'The board sent a letter. Saying no was easy for the mayor.',
          ['sent a letter', 'The board', null], ['Saying', null, 'no was easy for the mayor']],
      ] as const) {
        it(`no join with ${why}`, () => {
          const found = joined(t, [...first], [...second]);
          assert.deepEqual(found.map((a) => a.cue), [first[0], second[0]]);
        });
      }
    });

    // a verb that opens a clause coordinated with the one before it ("and added", "but did note", ", adding")
    for (const [t, cue, opens] of [
      ['Reyes said the council had voted and added that the bridge would close.', 'added', true],
      ['Reyes did not object but did note that the bridge was old.', 'note', true],
      ['Reyes said the council had voted, adding that the bridge would close.', 'adding', true],
      ['Reyes said the council believes the bridge would close.', 'believes', false],
      ['Reyes said the council had voted, and the mayor agreed.', 'agreed', false],
      ['Reyes said the council, voters and the mayor wanted a bridge.', 'wanted', false],
      ['Reyes said the council had voted. Adding a lane was the plan.', 'Adding', false],
    ] as const) {
      it(`a cue that opens a coordinate clause: ${JSON.stringify(cue)} in ${JSON.stringify(t)} -> ${opens}`, () => {
        const ctx = buildContext(t, 'paragraph');
        assert.equal(opensCoordinate(ctx, t.indexOf(cue)), opens);
      });
    }

    it('a model cue inside another model attribution\'s content stays when it opens a coordinate clause', () => {
      const t = 'Reyes said the council had voted and added that the bridge would close, and the mayor believes it.';
      const model = (cue: string, content: string | null, score: number): RawAttribution => {
        const c = t.indexOf(cue);
        const k = content === null ? -1 : t.indexOf(content);
        return {
          rule: 'attr.model', cueKind: 'speech', cue: [c, c + cue.length], source: null, sourceType: null,
          content: content === null ? null : [k, k + content.length], contentOpensBlock: false, contentRunsOn: false, contentBefore: false, contentAfter: false, score,
        };
      };
      const said = model('said', 'the council had voted and added that the bridge would close, and the mayor believes it', 0.8);
      const added = model('added', 'the bridge would close', 0.6);
      const believes = model('believes', 'it', 0.6);
      const list = [said, added, believes];
      dropNestedModelCues(list, buildContext(t, 'paragraph'));
      // "added" follows "and" (a second report of Reyes's), and ends the content of "said"; "believes" follows a new
      // subject after "and"
      assert.deepEqual(list, [said, added]);
      assert.equal(t.slice(said.content![0], said.content![1]), 'the council had voted');
      const said2 = model('said', 'the council had voted and added that the bridge would close, and the mayor believes it', 0.8);
      const without = [said2, model('added', 'the bridge would close', 0.6), model('believes', 'it', 0.6)];
      dropNestedModelCues(without);
      assert.deepEqual(without, [said2]);
    });

    // a fronted clause with a quotation inside it is the frame of the report, not what is reported
    for (const [t, content] of [
      ['As they weigh the "grand bargain" at the summit, union leaders think warmly of 2008.', null],
      ['As they weigh the offer at the summit, union leaders think warmly of 2008.', null],
      ['"The offer is weak," union leaders think.', '"The offer is weak,"'],
    ] as const) {
      it(`the content of "think" in ${JSON.stringify(t)} is ${JSON.stringify(content)}`, () => {
        const ctx = buildContext(t, 'paragraph');
        const a = detectAttributions(ctx, new Uint8Array(ctx.toks.length), new Map());
        assert.deepEqual(a.map((x) => [x.rule, t.slice(x.cue[0], x.cue[1]), x.content && t.slice(x.content[0], x.content[1])]), [['attr.postposed', 'think', content]]);
      });
    }

    it('attr.evidence: a finding that begins with a number ("A new poll shows 62 percent of voters oppose the bridge.")', () => {
      const t = 'A new poll shows 62 percent of voters oppose the bridge.';
      const ctx = buildContext(t, 'paragraph');
      const found = detectAttributions(ctx, new Uint8Array(ctx.toks.length), new Map()).map((a) => rawTexts(t, a));
      assert.deepEqual(found, [{ rule: 'attr.evidence', cue: 'shows', source: 'A new poll', content: '62 percent of voters oppose the bridge' }]);
    });

    // where a rule's content ends: before the main clause after a fronted clause, before "while" and a name's report
    for (const [t, cue, content] of [
      ['While Ortiz has said that the plan failed, Reyes called it a success.', 'said', 'the plan failed'],
      ['After Ortiz said the bridge would close, the council voted to keep it open.', 'said', 'the bridge would close'],
      ['Reyes said the plan failed while Lee insisted it was sound.', 'said', 'the plan failed'],
      ['Reyes accuses Ortiz of hiding the costs while Lee suggests the plan is sound.', 'accuses', 'hiding the costs'],
      // no fronted clause: the comma is inside the report
      ['Reyes said that after the vote, the council would meet again.', 'said', 'after the vote, the council would meet again'],
      // "while" and no report after it: the clause goes on
      ['Reyes said the roads were quiet while Lee was away.', 'said', 'the roads were quiet while Lee was away'],
    ] as const) {
      it(`the content of ${JSON.stringify(cue)} in ${JSON.stringify(t)} is ${JSON.stringify(content)}`, () => {
        const ctx = buildContext(t, 'paragraph');
        const a = detectAttributions(ctx, new Uint8Array(ctx.toks.length), new Map()).find((x) => t.slice(x.cue[0], x.cue[1]) === cue);
        assert.ok(a, `no attribution with the cue ${cue}`);
        assert.deepEqual(a.content && t.slice(a.content[0], a.content[1]), content);
      });
    }

    it('the model reads every sentence, also one without a word of the learned lexicon: "Parents remain wary of new schedules."', () => {
      const t = 'Parents remain wary of new schedules.';
      assert.deepEqual(detectBlock(t, 'paragraph', 0.5).attributions.map((a) => [a.rule, t.slice(a.cue[0], a.cue[1]), a.source && t.slice(a.source[0], a.source[1])]), [
        ['attr.model', 'wary of', 'Parents'],
      ]);
    });

    describe('attr.in-poll: a sentence that opens with "In" and a poll, then a comma', () => {
      const found = (t: string, taken: Array<[number, number]> = []): Array<ReturnType<typeof rawTexts>> =>
        detectPollOpenings(buildContext(t, 'paragraph'), taken).map((a) => rawTexts(t, a));
      it('"In a national poll released Monday, 31% of voters backed the bridge plan."', () => {
        const t = 'In a national poll released Monday, 31% of voters backed the bridge plan.';
        assert.deepEqual(found(t), [{ rule: 'attr.in-poll', cue: 'In', source: 'a national poll released Monday', content: '31% of voters backed the bridge plan' }]);
      });
      it('in the whole analysis: "In the Harbor Times poll, 31% of voters backed the bridge plan."', () => {
        const t = 'In the Harbor Times poll, 31% of voters backed the bridge plan.';
        assert.deepEqual(only(t), {
          cue: spanOf(t, 'In'), source: spanOf(t, 'the Harbor Times poll'), content: spanOf(t, '31% of voters backed the bridge plan'), speaker: 'Harbor Times poll',
        });
      });
      it('the second sentence of a block: "The council met. In the latest surveys, the mayor trails her rival."', () => {
        assert.deepEqual(found('The council met. In the latest surveys, the mayor trails her rival.'), [
          { rule: 'attr.in-poll', cue: 'In', source: 'the latest surveys', content: 'the mayor trails her rival' },
        ]);
      });
      for (const t of [
        // no poll: a speech's verb is the cue
        'In a speech on Monday, the mayor said the bridge would open.',
        // not at the sentence's start
        'The mayor leads in a poll released Monday, with 40 percent.',
        // no comma after the phrase
        'In the poll the mayor leads her rival by ten points.',
        // the comma too far from "In"
        'In the hall where the city council held its yearly poll of members, the mayor spoke.',
        // nothing after the comma
        'In the poll,',
        // a poll after a verb: the phrase names a memo
        'In a memo released as polls closed, the campaign manager admitted the race was tied.',
      ]) {
        it(`nothing in ${JSON.stringify(t)}`, () => {
          assert.deepEqual(found(t), []);
        });
      }
      it('nothing where a cue lies already', () => {
        assert.deepEqual(found('In the poll, the mayor leads.', [[0, 2]]), []);
      });
      it('a phrase of 12 tokens to its comma (POLL_PHRASE_MAX_TOKENS, 13): "In a Harbor Times/Channel 4 News survey released last Thursday, ..."', () => {
        const t = 'In a Harbor Times/Channel 4 News survey released last Thursday, 60 percent of voters backed the bridge.';
        assert.deepEqual(found(t), [
          { rule: 'attr.in-poll', cue: 'In', source: 'a Harbor Times/Channel 4 News survey released last Thursday', content: '60 percent of voters backed the bridge' },
        ]);
      });
      it('a capitalised word that could be a verb is no verb before the poll: "In the new Harbor Consult poll, ..."', () => {
        assert.deepEqual(found('In the new Harbor Consult poll, the mayor leads.'), [
          { rule: 'attr.in-poll', cue: 'In', source: 'the new Harbor Consult poll', content: 'the mayor leads' },
        ]);
      });
      it('what the respondents said inside the poll\'s content is no report of its own (dropPollFramedReports)', () => {
        const t = 'In a Harbor Times survey released last week, 60 percent of voters said they would back the bridge.';
        const cues = (off?: ReadonlySet<Decision>): string[] => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => `${a.rule} ${t.slice(a.cue[0], a.cue[1])}`);
        assert.deepEqual(cues(), ['attr.in-poll In']);
        assert.deepEqual(cues(new Set(['poll-framed'])), ['attr.in-poll In', 'attr.preposed said']);
      });
    });

    it('a model content ends with its sentence where a rule\'s report begins in the next: "told investors on a call that X. \\"Y,\\" she said."', () => {
      const t = 'Chief executive Lena Dahl told investors on a conference call that the layoffs were over. "We have closed our last depot," she said.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.speaker, a.content?.text]), [
        ['told', 'Lena Dahl', 'that the layoffs were over'],
        ['said', 'Lena Dahl', '"We have closed our last depot,"'],
      ]);
    });

    it('an accusation\'s content runs past an appositive to what the accused is accused of', () => {
      const t = 'Opposition councillors have accused the leader of Halden Council, Ines Moe, of misleading residents about the libraries.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [
        ['have accused', 'Opposition councillors', 'the leader of Halden Council, Ines Moe, of misleading residents about the libraries'],
      ]);
    });

    it('a model source after "seen by" is the document with who saw it, as the rules read it', () => {
      const t = 'A leaked budget document seen by the Halden Post lists three branches for closure.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text]), [['lists', 'A leaked budget document seen by the Halden Post']]);
    });

    it('a participle hangs on a subject with a parenthesis before its verb: "Dev Singh (Lib Dem) accused ..., adding that X"', () => {
      const t = 'Local councillor Ola Berg (Green) accused the minister of "rewriting history", adding that the count of 112 flooded homes was three times the official figure.';
      const added = run(t).attributions.find((a) => a.cue.text === 'adding');
      assert.deepEqual([added?.source?.text, added?.speaker, added?.content?.text], ['Local councillor Ola Berg', 'Ola Berg', 'the count of 112 flooded homes was three times the official figure']);
    });

    it('a model source that begins with a possessive\'s "\'s" takes its possessor, and no content read from it', () => {
      const t = "Residents of Peter's Road complained.";
      assert.deepEqual(detectBlock(t, 'paragraph', 0.5).attributions.map((a) => [t.slice(a.cue[0], a.cue[1]), a.source && t.slice(a.source[0], a.source[1]), a.content]), [['complained', "Residents of Peter's Road", null]]);
      // (a disagreement that closes its sentence is a denial, whose source takes its possessor too)
      const u = "Residents of Peter's Road disagree.";
      assert.deepEqual(detectBlock(u, 'paragraph', 0.5).denials.map((d) => [u.slice(d.cue[0], d.cue[1]), d.source && u.slice(d.source[0], d.source[1])]), [['disagree', "Residents of Peter's Road"]]);
    });

    it('"put the figure at N" reports a figure: the cue "put", the source its subject, the content the figure restated', () => {
      const t = 'The regional fire service later put the figure at 3,900 hectares.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['put', 'The regional fire service', 'the figure at 3,900 hectares']]);
      assert.deepEqual(run('She put the book at the end of the shelf.').attributions, []);
    });

    it('a model content does not end on a comma and a conjunction: "put the death toll at 14, while rebels put it at 30"', () => {
      const t = 'Police put the official death toll at 14, while rebels put it at 30.';
      assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.content?.text]), [['put', 'the official death toll at 14'], ['put', 'it at 30']]);
    });

    it('"at least" opens a model content whole: "said at least four families ..."', () => {
      const t = 'A local community leader, Tunde Bakare, said at least four families had told him their children fell ill.';
      assert.deepEqual(run(t).attributions.map((a) => a.content?.text), ['at least four families had told him their children fell ill']);
    });

    it('a model content ending on a preposition before a number runs to the clause\'s end: "fell by about 0.3C after the eruption"', () => {
      const t = 'That part is accurate: scientists estimate global temperatures fell by about 0.3C after the eruption.';
      const a = only(t);
      assert.deepEqual([a.cue.text, a.source?.text, a.content?.text], ['estimate', 'scientists', 'global temperatures fell by about 0.3C after the eruption']);
    });

    describe('a singular subject, a verb in -s and "that": a report the model need not confirm ("states" is a noun to the lexicon)', () => {
      for (const [t, source] of [
        ['The leaflet also states that the clinic will close in March.', 'The leaflet'],
        ['It states that tenants may not sublet.', 'It'],
      ] as const) {
        it(JSON.stringify(t), () => {
          const a = only(t);
          assert.deepEqual({ cue: a.cue, source: a.source, content: a.content }, { cue: spanOf(t, 'states'), source: spanOf(t, source), content: spanAfter(t, 'that ', t.slice(t.indexOf('that ') + 5, -1)) });
        });
      }
      for (const t of ['Turnout rose in the three states that voted on Tuesday.', 'Many states that border Mexico have sued.']) {
        it(`not a plural or a number before "states": ${JSON.stringify(t)}`, () => {
          assert.deepEqual(run(t).attributions, []);
        });
      }
    });

    describe('denial verbs the denial rules leave: the model reads only the stance ones (modelCue) as cues', () => {
      const cues = (t: string): string[] => detectBlock(t, 'paragraph', 0.5).attributions.map((a) => `${a.rule} ${t.slice(a.cue[0], a.cue[1])}`);
      for (const [t, cue] of [
        ["The senator dismissed the governor's budget plan on Tuesday.", 'dismissed'],
        ['The mayor slammed the council for its handling of the bridge.', 'slammed'],
        ['The union rebuffed the offer from the city.', 'rebuffed'],
      ] as const) {
        it(`${JSON.stringify(t)}: ${cue}`, () => {
          assert.deepEqual(cues(t), [`attr.model ${cue}`]);
        });
      }
      it('"deny" withholds a thing: nothing in "The court denied the candidate a place on the ballot."', () => {
        assert.deepEqual(cues('The court denied the candidate a place on the ballot.'), []);
      });
    });

    describe('attr.lexicon-participle: a participle of the learned lexicon after a comma', () => {
      const found = (t: string, taken: Array<[number, number]> = []): Array<ReturnType<typeof rawTexts>> =>
        detectLexiconParticiples(buildContext(t, 'paragraph'), new Map(), taken).map((a) => rawTexts(t, a));

      it('"The mayor attacked the council on Monday, comparing its budget to a leaky bucket."', () => {
        assert.deepEqual(found('The mayor attacked the council on Monday, comparing its budget to a leaky bucket.'), [
          { rule: 'attr.lexicon-participle', cue: 'comparing', source: 'The mayor', content: 'its budget to a leaky bucket' },
        ]);
      });

      it('after a comma and a closing quotation mark: \'The mayor called the plan "a mess," adding that the council had failed.\'', () => {
        assert.deepEqual(found('The mayor called the plan "a mess," adding that the council had failed.'), [
          { rule: 'attr.lexicon-participle', cue: 'adding', source: 'The mayor', content: 'the council had failed' },
        ]);
      });

      for (const t of [
        // no comma before it
        'The mayor spent the day comparing budgets.',
        // inside a quotation
        'The mayor said: "We met, comparing notes on the bridge."',
        // a participle annotators seldom took as a cue
        'The council cut three programs, including the bridge fund.',
      ]) {
        it(`nothing in ${JSON.stringify(t)}`, () => {
          assert.deepEqual(found(t), []);
        });
      }

      it('is switched off only for the detectBlock call that asks (decisionsOff, for diagnostics)', () => {
        const t = 'The mayor attacked the council on Monday, comparing its budget to a leaky bucket.';
        const rules = (off?: ReadonlySet<Decision>): string[] => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => `${a.rule} ${t.slice(a.cue[0], a.cue[1])}`);
        assert.deepEqual(rules(new Set(['lexicon-participle'])), ['attr.model attacked']);
        assert.deepEqual(rules(), ['attr.model attacked', 'attr.lexicon-participle comparing']);
      });

      it('nothing where a cue lies already, and only there', () => {
        const t = 'The mayor attacked the council on Monday, comparing its budget to a leaky bucket.';
        const at = t.indexOf('comparing');
        assert.deepEqual(found(t, [[at + 3, at + 4]]), []);
        assert.deepEqual(found(t, [[at - 2, at]]).map((a) => a.cue), ['comparing']);
      });

      for (const t of ['The mayor left the meeting, comparing.', 'The mayor left the meeting, adding that.']) {
        it(`nothing when no word follows: ${JSON.stringify(t)}`, () => {
          assert.deepEqual(found(t), []);
        });
      }
    });

    // a model cue of adverbs and auxiliaries alone ("has also") reports nothing and is left out; "reportedly" reports on its own
    for (const [t, cue, only] of [
      ['The board has also voted to close the bridge.', 'has also', true],
      ['The board has also voted to close the bridge.', 'has also voted', false],
      ['The mayor reportedly wants a second bridge.', 'reportedly', false],
      ['The mayor has reportedly not decided.', 'has reportedly not', false],
      ['The mayor has not yet decided.', 'has not yet', true],
      ['The mayor did not like the plan.', 'did not', true],
      ['The mayor reportedly wants a second bridge.', 'mayor', false],
    ] as const) {
      it(`a cue of adverbs and auxiliaries only: ${JSON.stringify(cue)} in ${JSON.stringify(t)} -> ${only}`, () => {
        const ctx = buildContext(t, 'paragraph');
        const at = t.indexOf(cue);
        assert.equal(onlyModifiers(ctx, at, at + cue.length), only);
      });
    }

    it('"that" after the extended cue begins its content: "made the strongest case yet that ..."', () => {
      const t = 'Reyes made the strongest case yet that the bridge was unsafe.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'made the strongest case'), source: spanOf(t, 'Reyes'), content: spanOf(t, 'the bridge was unsafe'), speaker: 'Reyes' });
    });

    it('a report inside a rule\'s content is no attribution of its own unless the model is very sure: "Reyes said the governor has endorsed the plan."', () => {
      const t = 'Reyes said the governor has endorsed the plan.';
      assert.deepEqual(only(t), { cue: spanOf(t, 'said'), source: spanOf(t, 'Reyes'), content: spanOf(t, 'the governor has endorsed the plan'), speaker: 'Reyes' });
    });

    // a verb rule's reading of a word that is also a noun or an adjective stands only where the model sees a cue too
    for (const t of [
      'Reyes met the mayor, a former Confederate state official.',
      'Mr. Kim, a physician well known for his work on malaria, joined the bank.',
    ]) {
      it(`no cue where only a verb rule reads one: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(run(t).attributions, []);
      });
    }
  });

  it('rubric data: unique ids, lower-case words, each word in one list only', () => {
    assert.equal(new Set(RUBRICS.map((r) => r.id)).size, RUBRICS.length);
    const words = RUBRICS.flatMap((r) => r.words);
    assert.equal(new Set(words).size, words.length);
    for (const w of words) assert.equal(w, w.toLowerCase());
  });

  describe('no attribution', () => {
    for (const t of [
      'The governor did not deny that the road had been sold.',
      'The weather was pleasant and people walked in the park.',
      'The claim was filed in March.',
      'The city spent 12 million dollars on the stadium in 2023.',
      'Closing the bridge is easier said than done.',
      'Needless to say, the bridge stayed closed.',
      'Mr. Kim, an engineer well known for his bridges, joined the bank.',
      '',
      '   \n\n  ',
    ]) {
      it(JSON.stringify(t), () => {
        assert.deepEqual(run(t).attributions, []);
      });
    }
  });

  describe('passives: the subject is not who reports', () => {

    it('"It is alleged that X": no source', () => {
      assert.deepEqual(triplesOf('It is alleged that inspectors found underweight meals at four schools.'), [['alleged', undefined, 'inspectors found underweight meals at four schools']]);
    });

    it('"was told by police that X": the agent is the source', () => {
      assert.deepEqual(triplesOf('She was told by police that her son had been arrested.'), [['told', 'police', 'her son had been arrested']]);
    });

    it('"had been told just before the vote that X", "was told to \\"leave it alone\\"": the one told is no source, whatever comes between', () => {
      assert.deepEqual(triplesOf('Sanders had been told just before the vote that he would lose.'), [['told', undefined, 'he would lose']]);
      assert.deepEqual(triplesOf('She was told to "leave it alone".'), [['was told', undefined, '"leave it alone"']]);
      // (nor does the teller of a report coordinated with another's take that report's speaker)
      const a = run('Three engineers say they raised the problem with managers and were told to "leave it alone".');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['say', 'Three engineers', 'Three engineers'], ['told', undefined, null]]);
    });

    it('"was declared the winner": no source, and the subject is what was declared, in the content (as PolNeAR marks it)', () => {
      assert.deepEqual(triplesOf('President Sargis Melikyan was declared the winner with 64% of the vote.'), [
        ['was declared', undefined, 'President Sargis Melikyan was declared the winner with 64% of the vote'],
      ]);
    });

    it('"has been accused by X of Y": X accuses, Y is alleged', () => {
      assert.deepEqual(triplesOf('José Núñez, the mayor of Valderra, has been accused by opposition leader Zoë Dvořák of understating the cost of the metro.'), [
        ['accused', 'opposition leader Zoë Dvořák', 'understating the cost of the metro'],
      ]);
    });

    it('"was accused of Y" names no accuser; what is alleged follows the cue', () => {
      assert.deepEqual(triplesOf('The mayor was accused of understating the cost.'), [['was accused of', undefined, 'understating the cost']]);
    });

    it('"was quoted as saying": the subject is the speaker', () => {
      assert.deepEqual(triplesOf('The company was quoted as saying it would welcome an independent inspection.'), [
        ['quoted as saying', 'The company', 'it would welcome an independent inspection'],
      ]);
      // (after what it reports: the clause before the comma, or the quotation)
      assert.deepEqual(triplesOf('The deal was dead, the minister was quoted as saying.'), [['quoted as saying', 'the minister', 'The deal was dead']]);
      assert.deepEqual(triplesOf('"The deal is dead," the minister was quoted as saying.'), [['quoted as saying', 'the minister', '"The deal is dead,"']]);
      assert.deepEqual(triplesOf('"We could work with them," Bozell points out.'), [['points out', 'Bozell', '"We could work with them,"']]);
    });

    it('a participle that is not a report stays none ("has been found in emails that ...", "being informed")', () => {
      assert.deepEqual(triplesOf('Officials said secret information has been found in emails that passed through the server.').map((x) => x[0]), ['said']);
      assert.deepEqual(triplesOf('After being informed that he would be charged, police said, the aide turned himself in.').map((x) => x[0]), ['said']);
    });
  });

  it('a subject with a restrictive relative clause is the source, not the clause\'s object', () => {
    const t = 'A catering company that supplies meals to 300 schools said portions had not changed.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['said', 'A catering company that supplies meals to 300 schools', 'portions had not changed']]);
    // (not a reporting verb's "that": the nested report is the outer one's content, with no source of "The Journal notes that Coulter")
    const u = 'The Journal notes that Coulter tweeted that the senator should resign.';
    assert.deepEqual(run(u).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['notes', 'The Journal', 'Coulter tweeted that the senator should resign']]);
  });

  describe('eighteenth session: sources, contents and bounds', () => {

    it('a day after an appositive\'s comma is no source: "Kalvia\'s foreign minister, Anton Rusu, on Wednesday repeated accusations that X"', () => {
      assert.deepEqual(triplesOf("Kalvia's foreign minister, Anton Rusu, on Wednesday repeated accusations that weapons made in Morvania had been shipped to rebels."), [
        ['repeated accusations', "Kalvia's foreign minister, Anton Rusu", 'weapons made in Morvania had been shipped to rebels'],
      ]);
    });

    it('a fronted question ("Asked whether X,") holds X, not the answer after its comma', () => {
      const t = 'Asked whether the defences had failed, Ms Cole said: "No. The defences did exactly what they were designed to do."';
      assert.deepEqual(triplesOf(t), [
        ['Asked', undefined, 'whether the defences had failed'],
        ['said', 'Ms Cole', '"No. The defences did exactly what they were designed to do."'],
      ]);
    });

    it('a figure\'s bound opens a bare clause ("said at least 40 people"), and a participle\'s object is part of the source', () => {
      assert.deepEqual(triplesOf('A union representing the workers said at least 40 people were missing.'), [['said', 'A union representing the workers', 'at least 40 people were missing']]);
      assert.deepEqual(triplesOf('The union said more than 40 people were missing.'), [['said', 'The union', 'more than 40 people were missing']]);
    });

    it('a put figure ends at the comma of the next clause, whose report is its own', () => {
      assert.deepEqual(triplesOf('Local officials put the death toll at 37, and a union representing the workers said at least 40 people were missing.'), [
        ['put', 'Local officials', 'the death toll at 37'],
        ['said', 'a union representing the workers', 'at least 40 people were missing'],
      ]);
    });

    it('"said that was untrue": "that" is the subject of what was said', () => {
      assert.deepEqual(triplesOf('The owner said that was untrue.'), [['said', 'The owner', 'that was untrue']]);
    });

    it('a counted plural noun is no cue: "Fact check: five claims from the leaders\' debate"', () => {
      assert.deepEqual(triplesOf("Fact check: five claims from the leaders' debate"), []);
    });

    it('a handle after its cue, without where it wrote: "wrote @truthseeker88 in the first post"', () => {
      assert.deepEqual(triplesOf('"Get your money out now," wrote @truthseeker88 in the first post, which has been viewed two million times.'), [
        ['wrote', '@truthseeker88', '"Get your money out now,"'],
      ]);
    });

    it('a quotation that a participle of the source\'s takes as its object is no continuation of what was said', () => {
      assert.deepEqual(triplesOf('"I stand by every word," Ms Pike said on Thursday, branding the criticism "nonsense".'), [['said', 'Ms Pike', '"I stand by every word,"']]);
      // (but a quotation in the reported clause after the frame goes on: "wrote in a letter, that the department \"...\"")
      assert.deepEqual(triplesOf('"We are gravely concerned," the members wrote in a letter, that the department "may have removed families".').map((x) => x[2]), [
        '"We are gravely concerned," the members wrote in a letter, that the department "may have removed families"',
      ]);
    });

    it('a fronted phrase with a title in quotation marks frames the report, whose content follows the cue', () => {
      assert.deepEqual(triplesOf('Speaking Sunday on Fox News channel\u2019s \u201cSunday Morning Futures,\u201d Rep. Darrell Issa said Hillary Clinton\u2019s \u201cjudgment\u201d was poor.'), [
        ['said', 'Rep. Darrell Issa', 'Hillary Clinton\u2019s \u201cjudgment\u201d was poor'],
      ]);
      assert.deepEqual(triplesOf('Wednesday on Fox News Channel\u2019s \u201cHannity,\u201d Newt Gingrich said if Trump picked him it would be a \u201ctwo-pirate ticket.\u201d'), [
        ['said', 'Newt Gingrich', 'if Trump picked him it would be a \u201ctwo-pirate ticket.\u201d'],
      ]);
    });

    it('an article alone is no source: the name it opens is ("The World Health Organization advises ..., but says X")', () => {
      assert.deepEqual(triplesOf('The World Health Organization advises people with flu symptoms to rest and drink fluids, but says no drink can cure the infection.'), [
        ['says', 'The World Health Organization', 'no drink can cure the infection'],
      ]);
    });

    it('"alleged" before its noun is no cue but an allegation ("Angry Crowd Beats Alleged Thief"), and "Prosecutors alleged on Monday" no alleged X', () => {
      const a = run('Prosecutors alleged on Monday that the former mayor accepted £250,000 in bribes.');
      assert.deepEqual(a.claims.map((c) => c.span.text), ['the former mayor accepted £250,000 in bribes']);
      const b = run('Angry Crowd Beats Alleged Thief In Market Square');
      assert.deepEqual(b.attributions, []);
      assert.deepEqual(b.claims.map((c) => c.span.text), ['Alleged Thief In Market Square']);
    });

    it('a postposed report\'s source keeps its relative clause ("two officials who spoke on condition of anonymity told reporters"), not an object relative\'s antecedent', () => {
      assert.deepEqual(triplesOf("The White House is weighing new sanctions on Veldoria's central bank, two officials who spoke on condition of anonymity told reporters on Thursday."), [
        ['told', 'two officials who spoke on condition of anonymity', "The White House is weighing new sanctions on Veldoria's central bank"],
      ]);
      assert.deepEqual(triplesOf('Smugglers use a gap in border security that homeland security experts say renders talk of a wall moot.').map((x) => x[1]), ['homeland security experts']);
    });

    it('a participle\'s source past a possessive\'s "\'s" and an infinitive: "Walsh declined to discuss the player\'s future, saying ..."', () => {
      assert.deepEqual(triplesOf("Walsh declined to discuss the player's future at his press conference, saying only that Doyle would start against City.").filter((x) => x[0] === 'saying'), [
        ['saying', 'Walsh', 'Doyle would start against City'],
      ]);
    });

    it('a model content ends before a date\'s preposition and before ", but" with a clause of its own', () => {
      assert.deepEqual(triplesOf('The minister announced the plan on Monday.'), [['announced', 'The minister', 'the plan']]);
      const h = analyze('Government promises 20,000 new homes, but critics doubt the figure\n\nThe minister spoke on Monday.', 'plaintext');
      assert.deepEqual(h.attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['promises', 'Government', '20,000 new homes']]);
    });

    it('a bare clause whose verb opens a quotation: "said the weather explanation \\"does not stand up\\""', () => {
      const t = 'Olivia Grant wrote that the company remained "fundamentally strong". Analysts said the weather explanation "does not stand up", pointing out that rivals had done well.';
      assert.deepEqual(triplesOf(t).filter((x) => x[0] === 'said'), [['said', 'Analysts', 'the weather explanation "does not stand up"']]);
    });

    it('the model\'s source inside a relative clause is the subject with it: "The account that posted the video did not respond"', () => {
      assert.deepEqual(triplesOf('The account that posted the video did not respond to questions.').map((x) => x[1]), ['The account that posted the video']);
    });

    it('a restrictive relative\'s report ends before the main clause\'s predicate: "A startup that says X has been challenged"', () => {
      const t = 'A London startup that says its AI system can diagnose skin cancer "as accurately as a specialist" has been challenged by doctors.';
      assert.deepEqual(triplesOf(t), [['says', 'that', 'its AI system can diagnose skin cancer "as accurately as a specialist"']]);
    });

    it('a report ends before ", and" with a noun phrase and a reporting verb of its own', () => {
      const t = 'The coastguard said it had advised against sailing, and passengers told reporters the crew had seemed "panicked".';
      assert.deepEqual(triplesOf(t), [['said', 'The coastguard', 'it had advised against sailing'], ['told', 'passengers', 'the crew had seemed "panicked"']]);
    });

    it('"confirmed to us that X" skips whom it was said to; a heading\'s "Claims about X" is no cue', () => {
      assert.deepEqual(triplesOf('The zoo confirmed to us that staff had painted the donkey.'), [['confirmed', 'The zoo', 'staff had painted the donkey']]);
      assert.deepEqual(run('# Claims about hospital waiting times\n\nThe minister spoke on Monday.', 'markdown').attributions, []);
    });

    it('"Several claims about it have spread", "False claims about the vaccine": a topic noun after a quantifier or an adjective is no cue either', () => {
      assert.deepEqual(run('Several claims about it have spread on local Facebook groups.').attributions, []);
      assert.deepEqual(run('False claims about the vaccine have spread online.').attributions, []);
    });

    it('", and there were ..." ends what is alleged', () => {
      assert.deepEqual(triplesOf('Three commissioners were charged with taking bribes from developers, and there were complaints about the greens.').filter((x) => x[0] === 'were charged with'), [
        ['were charged with', undefined, 'taking bribes from developers'],
      ]);
    });

    it('an adverbial opening the sentence with no comma is no part of the source: "In 2022 several outlets said", "On Monday night Pentagon officials said"', () => {
      assert.deepEqual(triplesOf('In 2022 several outlets said she had signed a deal with a US label.'), [['said', 'several outlets', 'she had signed a deal with a US label']]);
      assert.deepEqual(triplesOf('On Monday night Pentagon officials said the strike had hit a depot.'), [['said', 'Pentagon officials', 'the strike had hit a depot']]);
      assert.deepEqual(triplesOf('Earlier this year the company said it would cut 500 jobs.'), [['said', 'the company', 'it would cut 500 jobs']]);
      assert.deepEqual(triplesOf('After the vote the senator said she was pleased.'), [['said', 'the senator', 'she was pleased']]);
      // (a comma closes the adverbial; a number or a time that owns the phrase stays in it)
      assert.deepEqual(triplesOf('In October, Mr. Paulson, who made billions on the bet, told investors that the fears were overblown.').map((x) => x[1]), ['Mr. Paulson, who made billions on the bet']);
      assert.deepEqual(triplesOf('At least 12 people said they saw the fire.').map((x) => x[1]), ['At least 12 people']);
      assert.deepEqual(triplesOf("Last year's FBI statistics show the numbers are wrong.").map((x) => x[1]), ["Last year's FBI statistics"]);
      // (nor after a time before a common noun, "In a March 2016 meeting", or a determiner after a preposition)
      assert.deepEqual(triplesOf('In a March 2016 meeting with the board Trump said the alliance was obsolete.').map((x) => x[1]), ['In a March 2016 meeting with the board Trump']);
      // (a time inside a relative clause after a comma stays in it)
      assert.deepEqual(triplesOf('Derek Mitchell, who served as ambassador from 2012 until earlier this year, said Clinton called him.').map((x) => x[1]), ['Derek Mitchell, who served as ambassador from 2012 until earlier this year']);
      // (an allegation's verb in the passive names no source before it)
      assert.deepEqual(run('On Thursday, Officer Ann Shelby, who shot a man in Tulsa last week, was charged with manslaughter.').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['was charged with', undefined, 'manslaughter']]);
    });

    it('a report inside a relative clause between commas ends where the clause does: "Rwanda, which experts say commands the rebels, has denied X"', () => {
      const t = 'Rwanda, which United Nations experts say commands M23 fighters in Congo, has always denied backing the group.';
      assert.deepEqual(triplesOf(t), [['say', 'United Nations experts', 'commands M23 fighters in Congo']]);
    });

    it('"claims to" and a verb: what is claimed is the infinitive, up to a comma; a time before the cue is no part of the source', () => {
      assert.deepEqual(triplesOf('A video shared on TikTok this week claims to show a shark on the motorway.'), [['claims', 'A video shared on TikTok', 'to show a shark on the motorway']]);
      assert.deepEqual(triplesOf('The firm claims to have evidence, but has not shown it.'), [['claims', 'The firm', 'to have evidence']]);
      assert.deepEqual(triplesOf('The ministry this week claimed that the road was flooded.'), [['claimed', 'The ministry', 'the road was flooded']]);
      // ("this" alone is a pronoun, no time)
      assert.deepEqual(triplesOf('But this only explains why the voters left.').map((x) => x[1]), ['this']);
    });

    it('a participle after a comma hangs on the sentence\'s subject, not on a subject inside what was reported or denied', () => {
      const t = 'Blackwood Rovers have denied reports that their top scorer Luis Moreno has asked to leave the club, insisting the Colombian is "fully committed".';
      assert.deepEqual(run(t).attributions.filter((a) => a.cue.text === 'insisting').map((a) => a.source?.text), ['Blackwood Rovers']);
      assert.deepEqual(triplesOf('The union said the ministry had claimed that wages rose, adding that the figures were wrong.').filter((x) => x[0] === 'adding').map((x) => x[1]), ['The union']);
      // (the nearest verb's subject when a clause of its own comes between: the map of sources is not in the text's order)
      assert.deepEqual(triplesOf('The union said wages fell, and the ministry rejected the figures, saying they were wrong.'), [
        ['said', 'The union', 'wages fell'],
        ['saying', 'the ministry', 'they were wrong'],
      ]);
    });

    it('the model\'s content wholly in a later sentence that a rule\'s report holds is that report\'s: Dr Park agreed. "...," she told the BBC.', () => {
      const t = 'Dr Park agreed. "We cannot say that coffee prevents dementia," she told the BBC.';
      assert.deepEqual(triplesOf(t), [['agreed', 'Dr Park', undefined], ['told', 'she', '"We cannot say that coffee prevents dementia,"']]);
    });

    it('an interview\'s "A:" names no speaker; "think tank" is no cue, and "which" after it is the think tank', () => {
      assert.deepEqual(run('A: The budget is £520m and we are on track to deliver within it.').attributions, []);
      const a = run('The Home Office has disputed a report by the Migration Watch think tank which said that net migration would reach 900,000.');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['said', 'Migration Watch think tank']]);
    });

    it('"the 26-year-old said": the person the article just named', () => {
      const t = 'The sprinter Kofi Mensah has denied taking banned substances.\n\n"I have never cheated," the 26-year-old said.';
      assert.deepEqual(run(t).attributions.map((x) => [x.source?.text, x.speaker]), [['the 26-year-old', 'Kofi Mensah']]);
    });

    it('a relative clause\'s report ends before the main verb after the reported clause\'s own, but not inside a clause of its own or after a verb of thinking', () => {
      assert.deepEqual(triplesOf('The number of people who said they could speak Welsh fell to 538,300, or 17.8% of the population.').map((x) => x[2]), ['they could speak Welsh']);
      assert.deepEqual(triplesOf('The firm, which said it was looking into the claims because staff had complained, declined to comment.').filter((x) => x[0] === 'said').map((x) => x[2]), ['it was looking into the claims because staff had complained']);
    });

    it('a source with a relative clause on "whose": "Smith, whose company builds bridges, said"', () => {
      assert.deepEqual(triplesOf('Smith, whose company builds bridges, said the design was safe.'), [['said', 'Smith, whose company builds bridges', 'the design was safe']]);
    });

    it('a content ends at a semicolon outside quotation marks: "Kyiv says X; Moscow says Y"', () => {
      const a = run('Kyiv says it shot down 40 Russian drones; Moscow says attack on refinery repelled\n\nThe minister spoke.');
      assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.content?.text]), [['Kyiv', 'it shot down 40 Russian drones'], ['Moscow', 'attack on refinery repelled']]);
    });

    it('an accusation the model ends on a preposition runs to its clause\'s end, not past "after" and another report', () => {
      const t = 'Opposition councillors have accused the mayor of Halden, Tom Reyes, of lying about crime in the city after he said in a radio interview that violent crime had fallen.';
      assert.deepEqual(triplesOf(t).map((x) => [x[0], x[2]]), [['have accused', 'the mayor of Halden, Tom Reyes, of lying about crime in the city'], ['said', 'violent crime had fallen']]);
      // (or on the gerund after "of": "of misleading | voters")
      const u = 'Opposition councillors have accused the mayor of Northgate, Rachel Adeyemi, of misleading voters after she claimed that street crime in the city had halved.';
      assert.deepEqual(triplesOf(u).map((x) => [x[0], x[2]]), [['have accused', 'the mayor of Northgate, Rachel Adeyemi, of misleading voters'], ['claimed', 'street crime in the city had halved']]);
    });

    it('"have in fact fallen" is no report', () => {
      assert.deepEqual(run('Waiting lists have in fact fallen slightly, from 7.62 million in July to 7.57 million in October.').attributions, []);
    });

    it('a live page\'s time label opening the block is no part of a source or a content', () => {
      assert.deepEqual(run('**10:42** Network Rail says all lines in Wales are closed.', 'markdown').attributions.map((a) => [a.source?.text, a.content?.text]), [['Network Rail', 'all lines in Wales are closed']]);
      assert.deepEqual(triplesOf('09:58 GMT - More than 200,000 homes are without power, according to the Energy Networks Association.'), [['according to', 'the Energy Networks Association', 'More than 200,000 homes are without power']]);
    });

    it('"according to X" as an aside: the whole clause when it splits subject and verb, the clause after an adverbial', () => {
      assert.deepEqual(triplesOf('The correct figure, according to the Institute for Fiscal Studies, is a fall of 4% in real terms.').map((x) => x[2]), ['The correct figure, according to the Institute for Fiscal Studies, is a fall of 4% in real terms']);
      assert.deepEqual(triplesOf('On that measure, according to the Climate Change Committee, the fall is closer to 25%.').map((x) => x[2]), ['the fall is closer to 25%']);
    });

    it('what "a video appearing to show" shows ends before the main clause\'s verb', () => {
      assert.deepEqual(triplesOf('A video appearing to show a caravan being blown into the sea at Aberystwyth is from 2020, not today.'), [['show', 'A video', 'a caravan being blown into the sea at Aberystwyth']]);
    });

    it('a report ends before ", days after ...": when it came, no part of it', () => {
      const t = 'The chief executive, Karen Blake, has insisted the company has "no plans whatsoever" to close its plant, days after a leaked memo suggested up to 3,000 jobs could go.';
      assert.deepEqual(triplesOf(t), [
        ['insisted', 'The chief executive, Karen Blake', 'the company has "no plans whatsoever" to close its plant'],
        ['suggested', 'a leaked memo', 'up to 3,000 jobs could go'],
      ]);
    });

    it('the model\'s content does not end on a comma: "None of the vaccines contains metal, the ... Agency (MHRA) said"', () => {
      const t = 'None of the vaccines approved in the UK contains metal or any electronic component, the Medicines and Healthcare products Regulatory Agency (MHRA) said.';
      assert.deepEqual(triplesOf(t).map((x) => x[2]), ['None of the vaccines approved in the UK contains metal or any electronic component']);
    });

    it('a quotation ended by ", and" and a verb is what was said, up to its closing mark: \'wrote, "It is time to go," and shared a link\'', () => {
      assert.deepEqual(triplesOf('Canova wrote to his followers, "It is time to end her career for good," and shared a link to his webpage.'), [['wrote', 'Canova', '"It is time to end her career for good,"']]);
    });

    it('a headline\'s "Ceasefire talks stall" is no report; "both sides trade blame" keeps "trade" in the cue, out of the source', () => {
      const a = run('Ceasefire talks stall as both sides trade blame\n\nThe minister spoke on Monday.');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text]), [['trade blame', 'both sides']]);
    });

    it('the model\'s content ends before "and" after a closing quotation mark, and keeps a quantifier right after the cue: said it was "not a party" and urged both sides', () => {
      const t = 'Its foreign ministry said on Friday it was "not a party to the conflict" and urged both sides to return to talks in Luanda.';
      assert.deepEqual(triplesOf(t), [
        ['said', 'Its foreign ministry', 'it was "not a party to the conflict"'],
        ['urged', 'Its foreign ministry', 'both sides to return to talks in Luanda'],
      ]);
    });
  });
  describe('twenty-second session: sources past asides, objects and figures', () => {
    const quads = (t: string): Array<[string, string | undefined, string | null, string | undefined]> =>
      run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.speaker, a.content?.text]);

    it('an aside that ties the sentence to the one before is no part of the source: ", however,", ", for its part,"', () => {
      assert.deepEqual(quads('The petitioners, however, claimed that a site inspection in March found no warehouses.'), [
        ['claimed', 'The petitioners', 'petitioners', 'a site inspection in March found no warehouses'],
      ]);
      const d = run('The commission, however, dismissed the allegation that the sample had been mishandled. Halden, for its part, dismissed the casualty figures as propaganda.').denials;
      assert.deepEqual(d.map((x) => [x.source?.text, x.target?.text]), [['The commission', 'the sample had been mishandled'], ['Halden', 'the casualty figures']]);
    });

    it('"put the number of staff on strike at 2,650", "put its own losses at three dead": the figure with what it counts, and a verb coordinated after it is the same source\'s', () => {
      const t = 'But Pennine Crown put the number of staff on strike at 2,650 and insisted that 38 per cent of its timetable had operated.';
      assert.deepEqual(quads(t), [
        ['put', 'Pennine Crown', 'Pennine Crown', 'the number of staff on strike at 2,650'],
        ['insisted', 'Pennine Crown', 'Pennine Crown', 'that 38 per cent of its timetable had operated'],
      ]);
      assert.deepEqual(quads('The statement put Tesmir\'s own losses at three dead.'), [['put', 'The statement', 'statement', 'Tesmir\'s own losses at three dead']]);
    });

    it('the object of a denial before a coordinated report is not who reports: "called the senator\'s remarks \\"baseless\\" and said"', () => {
      const t = 'Collins\'s chief of staff, Darnell Price, called the senator\'s remarks "baseless fear-mongering" and said the campaign "knows the numbers are going the other way."';
      assert.deepEqual(quads(t).map((x) => x.slice(0, 3)), [['said', 'Collins\'s chief of staff, Darnell Price', 'Darnell Price']]);
      // (a subject after the first verb's clause is the coordinated verb's own: not "reported ... that the board had met and agreed")
      const own = 'Several newspapers reported on Sunday that the board had met overnight and agreed to dismiss the coach.';
      assert.equal(run(own).attributions.find((a) => a.cue.text === 'agreed')?.speaker, 'board');
    });
    it('a dateline\'s place before a colon is no speaker: "NEW DELHI: The ministry said ..."', () => {
      const t = 'Land deal case\n\nNEW DELHI: The ministry said on Monday that 40 people had died in the floods.';
      assert.deepEqual(quads(t), [['said', 'The ministry', 'ministry', '40 people had died in the floods']]);
      // (a transcript's speaker in capitals still speaks)
      assert.deepEqual(quads('Transcript\n\nMOORE: We spent 40 million on it in 2023.').map((x) => x.slice(0, 3)), [[':', 'MOORE', 'MOORE']]);
    });
    it('"saying in a statement posted on social media that X": the participle that places the statement is no report of its own', () => {
      const t = 'The sprinter denied any wrongdoing, saying in a statement posted on social media that he had never taken a banned substance.';
      assert.deepEqual(quads(t), [['saying', 'The sprinter', 'sprinter', 'he had never taken a banned substance']]);
      assert.deepEqual(quads('The club said in a statement posted on its website that the coach had left.'), [['said', 'The club', 'club', 'the coach had left']]);
      assert.deepEqual(quads('The minister posted on X that the vote was rigged.'), [['posted', 'The minister', 'minister', 'the vote was rigged']]);
    });

    it('sources: people with who asked them ("specialists contacted by this newspaper"), an adverb before the verb ("It further alleges"), an appositive that opens with "now"', () => {
      assert.deepEqual(quads('Kidney specialists contacted by this newspaper said there was no basis for the link.').map((x) => x[1]), ['Kidney specialists contacted by this newspaper']);
      assert.deepEqual(quads('The petition names the minister. It further alleges that the land was cleared within 19 days.').map((x) => x[1]), ['It']);
      assert.deepEqual(quads('Mr Gowdappa, now an opposition MLA, said he had not influenced the decision.').map((x) => x.slice(1, 3)), [['Mr Gowdappa, now an opposition MLA', 'Gowdappa']]);
    });

    it('a participle after the main verb has the subject with its appositive: "The army chief, General Oskar Dremel, went further, telling TRV that X"', () => {
      const t = 'The army chief, General Oskar Dremel, went further, telling state broadcaster TRV that Norvania had massed 3,000 troops.';
      assert.deepEqual(quads(t), [['telling', 'The army chief, General Oskar Dremel', 'Oskar Dremel', 'Norvania had massed 3,000 troops']]);
    });

    it('"makes several specific claims:": the words before the noun describe the claims; who makes them is the source', () => {
      const t = 'In the video, Brandt makes several specific claims:\n\n- that the thickener destroys the kidney\'s filtering cells;\n- that kidney disease has risen by 300% since 2015.';
      const a = run(t, 'markdown');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['claims:', 'Brandt', 'Brandt']]);
      assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
        ['the thickener destroys the kidney\'s filtering cells', 'Brandt'],
        ['kidney disease has risen by 300% since 2015', 'Brandt'],
      ]);
    });
    it('a model content that ends on a hyphen inside a word runs on: "HC seeks govt reply on ₹340-crore land allotment"', () => {
      assert.deepEqual(quads('HC seeks Karnataka govt reply on ₹340-crore land allotment to realty firm\n\nThe court sat on Monday.').map((x) => x[3]), ['Karnataka govt reply on ₹340-crore land allotment to realty firm']);
    });

    it('a heading of a few words that ends on a noun reports nothing: "## Expert view"; a participle after a noun the lexicon reads as a verb has the sentence\'s subject', () => {
      assert.deepEqual(run('## Expert view\n\nThe figures are in.', 'markdown').attributions, []);
      const t = 'The court declined the petitioners\' plea for an interim stay, observing that the balance of convenience did not warrant such an order.';
      assert.deepEqual(quads(t).filter((x) => x[0] === 'observing').map((x) => x[1]), ['The court']);
    });
    it('a headline\'s source after a spaced dash: "... for about $4.2 billion - sources"; a few words ending on the cue report nothing', () => {
      assert.deepEqual(quads('Halvorsen in talks to buy Brightwater for about $4.2 billion - sources\n\nThe talks began in May.'), [['-', 'sources', 'sources', 'Halvorsen in talks to buy Brightwater for about $4.2 billion']]);
      assert.deepEqual(run('## Methodology questioned\n\nNot everyone is convinced.', 'markdown').attributions, []);
    });

    it('"The FEC does not comment on pending complaints." reports nothing: no plural after a preposition as a cue, no cue over its own predicate', () => {
      assert.deepEqual(run('The FEC does not comment on pending complaints.').attributions, []);
      assert.deepEqual(run('The FEC does not comment on pending complaints.').claims, []);
    });

    it('the source of a report coordinated after what another reports, and of a participle after "declined to say whether ..."', () => {
      const t = 'They acknowledged, however, that a single dietary questionnaire was "a limitation" and said the planned trial would record diet every month.';
      assert.deepEqual(quads(t).map((x) => [x[0], x[1]]), [['acknowledged', 'They'], ['said', 'They']]);
      const u = 'She declined to say whether the government would extend the cap, saying only that "all options remain open".';
      assert.deepEqual(quads(u).map((x) => [x[0], x[1]]), [['declined to say', 'She'], ['saying', 'She']]);
    });

    it('"she said" after a quotation of several sentences, the sentence before it naming her after a possessive: "The Chronicle\'s editor, Hanne Strom-Beckett, stood by ..."', () => {
      const t = 'Maud Lind said the plan was weak.\n\nThe Chronicle\'s editor, Hanne Strom-Beckett, stood by the reporting. "We have published the document in full. Readers can judge for themselves," she said.';
      assert.deepEqual(run(t).attributions.map((a) => a.speaker), ['Maud Lind', 'Hanne Strom-Beckett']);
    });

    it('"A person close to Halvorsen" is the unnamed source, not Halvorsen', () => {
      assert.deepEqual(quads('A person close to Halvorsen said the price was too high.').map((x) => x[2]), ['person close to Halvorsen']);
    });
    it('a model content that stops inside a quotation opened in it runs to the quotation\'s closing mark', () => {
      const t = 'On Monday the account posted a photo with the caption: "AIRPORT UNDERWATER RIGHT NOW. 300 flights cancelled and the airport is keeping it quiet. Share this!"';
      assert.deepEqual(quads(t).map((x) => x[3]), ['a photo with the caption: "AIRPORT UNDERWATER RIGHT NOW. 300 flights cancelled and the airport is keeping it quiet. Share this!"']);
    });
    it('"figures compiled by the website Fee Ledger" is the source; a long relative clause inside the reported subject stays in the content', () => {
      assert.deepEqual(quads('According to figures compiled by the transfer-tracking website Fee Ledger, the club\'s record signing cost £41m in 2022.').map((x) => x[1]), ['figures compiled by the transfer-tracking website Fee Ledger']);
      const t = 'She told the jury that the payments, which began at around £9,000 a month and grew to more than £110,000 a month by 2021, were routed through accounts in three names.';
      assert.deepEqual(quads(t).map((x) => x[3]), ['the payments, which began at around £9,000 a month and grew to more than £110,000 a month by 2021, were routed through accounts in three names']);
    });
    it('a quotation that goes on after its frame ends where a report of the next sentence begins: \'"Q2." The company said ...\'', () => {
      const t = '"We are cooperating fully," the statement said. "Our products are tested to all standards." The company said it had launched the recall voluntarily.';
      assert.deepEqual(quads(t).map((x) => x[3]), ['"We are cooperating fully," the statement said. "Our products are tested to all standards."', 'it had launched the recall voluntarily']);
      assert.deepEqual(quads('"We will win," he said. "We will win again," his rival said.').map((x) => x[3]), ['"We will win,"', '"We will win again,"']);
    });
    it('"put the number of casualties at the plant at \\"more than a dozen\\"": the figure after the second "at"; "said a 38-year-old schoolteacher in Dunavka"', () => {
      assert.deepEqual(quads('Velmari officials put the number of casualties at the plant at "more than a dozen".').map((x) => [x[0], x[3]]), [['put', 'the number of casualties at the plant at "more than a dozen"']]);
      assert.deepEqual(quads('"We heard explosions," said a 38-year-old schoolteacher in Dunavka.').map((x) => x[1]), ['a 38-year-old schoolteacher in Dunavka']);
    });
    it('"The minister\'s claim was that X", past an aside between commas: the noun its cue, the maker its source', () => {
      assert.deepEqual(quads('The minister\'s claim was that 310,000 homes had been built.'), [['claim', 'The minister', 'minister', '310,000 homes had been built']]);
      assert.deepEqual(quads('Ambrose\'s claim, repeated in a press release, was that more homes were delivered than in any year since 1969.').filter((x) => x[0] === 'claim').map((x) => [x[1], x[3]]), [['Ambrose', 'more homes were delivered than in any year since 1969']]);
      assert.deepEqual(run('The minister\'s claim was rejected.').attributions, []);
    });
    it('a model content does not end on an article after a comma: "rose 9.2 per cent in the year to September, the | minister said"', () => {
      const t = 'Asked about rents, which the statistics bureau says rose 9.2 per cent in the year to September, the minister said rent growth was "clearly slowing".';
      // (since the thirtieth session without "which the statistics bureau says": the clause after the cue is what was said)
      assert.deepEqual(quads(t).filter((x) => x[0] === 'says').map((x) => x[3]), ['rose 9.2 per cent in the year to September']);
    });
    it('"An official who spoke on condition of anonymity because he was not authorised to discuss the case said X": the whole subject, no report of "to discuss"', () => {
      const a = run('A customs official who spoke on condition of anonymity because he was not authorised to discuss the case said the scales were packed in 180 sacks.');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]), [
        ['said', 'A customs official who spoke on condition of anonymity because he was not authorised to discuss the case', 'customs official', 'the scales were packed in 180 sacks'],
      ]);
    });

    it('"X, said an official who spoke on condition of anonymity": inverted, the clause before the comma is the content, not a source', () => {
      const a = run('The scales were packed in 180 sacks, said an official who spoke on condition of anonymity.');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['said', 'an official', 'The scales were packed in 180 sacks']]);
      // (an appositive chain with a relative clause before the comma stays the subject)
      const b = run('Michael Mulgrew, president of the union, which represents teachers, said he hopes the deal holds.');
      assert.deepEqual(b.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['said', 'Michael Mulgrew, president of the union, which represents teachers', 'he hopes the deal holds']]);
    });

    it('court reporting: "X, a jury heard on Monday", "The court heard that X", a headline\'s "X, court hears"; not "I heard that X" nor "heard the case"', () => {
      const quads = (t: string) => run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]);
      assert.deepEqual(quads('The founder deceived investors out of $90 million, a jury in the federal court in Harrow City heard on Monday.'), [
        ['heard', 'a jury in the federal court in Harrow City', 'jury in the federal court in Harrow City', 'The founder deceived investors out of $90 million'],
      ]);
      assert.deepEqual(quads('Jurors heard on Tuesday that the founder had faked bank statements.'), [['heard', 'Jurors', 'Jurors', 'the founder had faked bank statements']]);
      assert.deepEqual(quads('Fintech founder "invented customers to win investors", court hears\n\nThe trial continues.'), [['hears', 'court', 'court', 'Fintech founder "invented customers to win investors"']]);
      assert.deepEqual(quads('I heard that the plant would close.'), []);
      assert.deepEqual(quads('The judge heard the case in private.'), []);
    });

    it('"Passengers described a jolt on landing but said the crew remained calm": the next report of the same source ends the content before it', () => {
      assert.deepEqual(run('Passengers described a jolt on landing but said the crew remained calm.').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
        ['described', 'Passengers', 'a jolt on landing'],
        ['said', 'Passengers', 'the crew remained calm'],
      ]);
    });

    it('"According to X, a think tank, more than a third of Y": the appositive is the source\'s, past a quantity\'s lead; "said X but declined to say Y" ends before the refusal', () => {
      const quads = (t: string) => run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
      assert.deepEqual(quads('According to the Local Government Finance Network, a think tank, more than a third of councils expect to draw on reserves.'), [
        ['According to', 'the Local Government Finance Network, a think tank', 'more than a third of councils expect to draw on reserves'],
      ]);
      assert.deepEqual(quads('According to police, a man, 45, was arrested.'), [['According to', 'police', 'a man, 45, was arrested']]);
      assert.deepEqual(quads('A spokesperson, Carla Benedetti, said the institute "takes questions seriously" but declined to say when the inquiry would conclude.')[0], ['said', 'A spokesperson, Carla Benedetti', 'the institute "takes questions seriously"']);
      assert.deepEqual(quads('Police say he posed a deadly threat and refused to drop the gun.')[0], ['say', 'Police', 'he posed a deadly threat and refused to drop the gun']);
    });

    it('"said X ... a wing where, according to former detainees, Y": the aside inside a relative clause is part of what was said, and vouches for Y', () => {
      const t = 'Echeverría said her team had been refused entry to a wing where, according to former detainees, political prisoners are kept.';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
        ['said', 'Echeverría', 'her team had been refused entry to a wing where, according to former detainees, political prisoners are kept'],
        ['according to', 'former detainees', 'political prisoners are kept'],
      ]);
    });

    it('a source whose "of" phrase holds a participle before its noun, "the head of the visiting delegation, Marisol Echeverria", is whole: the rule reads the quotation before it', () => {
      const t = '"What we saw amounts to inhuman treatment," the head of the visiting delegation, Marisol Echeverria, told a news conference in Geneva.';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]), [
        ['told', 'the head of the visiting delegation, Marisol Echeverria', 'Marisol Echeverria', '"What we saw amounts to inhuman treatment,"'],
      ]);
    });

    it('"said the group, which it calls "Grey Heron," stole X": a relative clause with a quoted name inside the reported subject', () => {
      const t = 'Nordvakt Security said the group, which it calls "Grey Heron," stole shipping manifests in March.';
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['said', 'Nordvakt Security', 'the group, which it calls "Grey Heron," stole shipping manifests in March']]);
    });

    it('a city and its state after a comma are one place in a source: "Marisol Quintero, a researcher in Austin, Texas, said"; "a woman in Worcester, Massachusetts, told"', () => {
      const quads = (t: string) => run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]);
      assert.deepEqual(quads('Marisol Quintero, a researcher at the Center for Migration Statistics in Austin, Texas, said the figure was close to the total.'), [
        ['said', 'Marisol Quintero, a researcher at the Center for Migration Statistics in Austin, Texas', 'Marisol Quintero'],
      ]);
      assert.deepEqual(quads('John Kasich is assuring voters he is tough enough after a woman in Worcester, Massachusetts, told him she worries he is too nice.')[0], ['told', 'a woman in Worcester, Massachusetts', 'woman in Worcester']);
    });

    it('"said X had concluded that a group known as Jade Lantern, operating on behalf of Y, had accessed Z": the participle\'s aside inside the reported subject is no end of the report', () => {
      const t = 'Solberg said the agency had concluded that a group known as Jade Lantern, operating on behalf of the security ministry, had accessed the accounts of 19 parliamentarians.';
      assert.deepEqual(run(t).attributions.map((x) => x.content?.text), ['the agency had concluded that a group known as Jade Lantern, operating on behalf of the security ministry, had accessed the accounts of 19 parliamentarians']);
      // (a participle of the source's own still ends it)
      assert.deepEqual(run('The ministry said the plant was safe, adding that inspectors had visited it.').attributions.map((x) => x.content?.text), ['the plant was safe', 'inspectors had visited it']);
    });

    it('"insisted that X, but a leading doctors\' union says Y": the report ends before another source\'s, past a participle and a plural\'s possessive', () => {
      const t = "The health minister, Harriet Pemberton, has insisted that waiting lists in England are falling, but a leading doctors' union says her figures paint a misleading picture.";
      assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
        ['insisted', 'The health minister, Harriet Pemberton', 'waiting lists in England are falling'],
        ['says', "a leading doctors' union", 'her figures paint a misleading picture'],
      ]);
    });

    it('"But the laboratory that analyzed the sample said X": the subject with its relative clause after an opening conjunction', () => {
      assert.deepEqual(run('But the laboratory that analyzed the sample said the concentration was inconsistent with contamination.').attributions.map((x) => [x.source?.text, x.speaker]), [['the laboratory that analyzed the sample', 'laboratory']]);
    });

    it('"insisted X, despite opposition claims that Y": the claims set against the report are no part of it, with whose they are', () => {
      assert.deepEqual(run('The leader has insisted that the finances are "on a sound footing", despite opposition claims that it faces a £14 million shortfall next year.').attributions.map((x) => x.content?.text), ['the finances are "on a sound footing"']);
      assert.deepEqual(run("The mayor said the bridge was safe, despite the union's claims that it was cracked.").attributions.map((x) => x.content?.text), ['the bridge was safe']);
    });

    it('"Owners trade blame after cargo ships collide": a clause of time right after the cue says when, not what', () => {
      assert.deepEqual(run('Owners trade blame after cargo ships collide in the North Sea').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['trade blame', 'Owners', undefined]]);
    });

    it('"A survey by Norstat for the Evening Post puts X": a source the model begins at "for" is the whole noun phrase', () => {
      const a = run('A survey by Norstat for the Evening Post puts the ruling party at 31 percent, its lowest in a decade.');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['puts', 'Norstat for the Evening Post', 'Norstat']]);
    });

    it('"The same post claims X": the statement\'s noun the model left between source and cue is the source\'s head', () => {
      assert.deepEqual(quads('The same post claims the vaccine causes autism.').map((x) => x.slice(0, 2)), [['claims', 'The same post']]);
    });
    it('a model content runs on over a relative clause in the reported subject; "According to X, a volunteer group formed last year, Y": the appositive is the source\'s', () => {
      assert.deepEqual(quads('He said deferred revenue, which measures money collected for services not yet delivered, had fallen 3 percent.').map((x) => x[3]), ['deferred revenue, which measures money collected for services not yet delivered, had fallen 3 percent']);
      assert.deepEqual(quads('According to the Drumsallow Water Committee, a volunteer group formed last year, just 38 residents have been hired.').map((x) => [x[1], x[3]]), [['the Drumsallow Water Committee, a volunteer group formed last year', 'just 38 residents have been hired']]);
      assert.deepEqual(quads('According to the ministry, a third of schools are closed.').map((x) => [x[1], x[3]]), [['the ministry', 'a third of schools are closed']]);
    });
  });
});
describe('twenty-fourth session: sources past an age, a home town and where a leaflet went', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker, a.content?.text]);
  it('"Gemma Pryce, 36, of Cardiff, who said": the person, not the town', () => {
    assert.deepEqual(view('Among those hurt was Gemma Pryce, 36, of Cardiff, who said she suffered burns to her arms.'), [['Gemma Pryce', 'Gemma Pryce', 'she suffered burns to her arms']]);
    assert.deepEqual(view('The shop owner, 52, who said he saw the fire, was unhurt.'), [['The shop owner', 'shop owner', 'he saw the fire']]);
    // (a body named after "of" between commas is still the source: no age or town before it)
    assert.deepEqual(view('He spoke to officials of the Red Cross, who said the camp was full.'), [['officials of the Red Cross', 'officials of the Red Cross', 'the camp was full']]);
  });
  it('"A campaign leaflet distributed across Westhaven says", "A leaflet handed out in Brasova claims": the leaflet, with where it went', () => {
    assert.deepEqual(view('A campaign leaflet distributed across Westhaven this month says that burglaries in the city have tripled.').map((x) => x[0]), ['A campaign leaflet distributed across Westhaven']);
    assert.deepEqual(view('A leaflet handed out in Brasova claims that crime has doubled.').map((x) => x[0]), ['A leaflet handed out in Brasova']);
  });
});
describe('twenty-fifth session: list labels, a role\'s holder after "according to"', () => {
  const view = (t: string, lang: 'markdown' | 'plaintext' = 'plaintext') => analyze(t, lang).attributions.map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null]);
  it('a list item\'s label of common nouns before a colon names no one: "- **Reserves:** Ms Whitlow said X"', () => {
    assert.deepEqual(view('- **Reserves:** Ms Whitlow said the fund held 2.1 million euros in March.\n', 'markdown'), [['Ms Whitlow', 'said', 'the fund held 2.1 million euros in March']]);
    // (a name before the colon of a list item is still the speaker of what follows)
    assert.deepEqual(view('- Lavrov: direct clash of nuclear powers is unacceptable\n', 'markdown'), [['Lavrov', ':', 'direct clash of nuclear powers is unacceptable']]);
  });
  it('"Turnout: CEC says 61.4%; opposition says about 47%": a one-word label before a line that says who says what', () => {
    assert.deepEqual(view('Turnout: CEC says 61.4%; opposition says about 47%'), [['CEC', 'says', '61.4%'], ['opposition', 'says', 'about 47%']]);
    // (but "Will Say" inside a quoted headline is no report: the name before the colon is the speaker)
    assert.deepEqual(view('Obama: I’m Optimistic Americans Will Say No to Trump'), [['Obama', ':', 'I’m Optimistic Americans Will Say No to Trump']]);
  });
  it('"According to the group\'s director, Davit Beridze, X": the role and its holder are the source; a document\'s is not', () => {
    const a = analyze("According to the group's director, Davit Beridze, observers were expelled from 14 polling stations.", 'plaintext').attributions;
    assert.deepEqual(a.map((x) => [x.source?.text, x.speaker, x.content?.text]), [["the group's director, Davit Beridze", 'Davit Beridze', 'observers were expelled from 14 polling stations']]);
    assert.deepEqual(view('According to an FBI summary of the inquiry, Cheryl Mills, a top aide, sent the email weeks before.').map((x) => x[0]), ['an FBI summary of the inquiry']);
  });
});
describe('twenty-fifth session: a figure put at a sum of money', () => {
  it('"Auditors put the cost at £3.1 million": the currency sign before the figure', () => {
    const a = analyze('The council put the figure at £410,000 and said the work would take a year.', 'plaintext').attributions;
    assert.deepEqual(a.map((x) => [x.source?.text, x.cue.text, x.content?.text]), [['The council', 'put', 'the figure at £410,000'], ['The council', 'said', 'the work would take a year']]);
  });
  it('links the sum put at against another claimant\'s sum spent', () => {
    const an = analyze('The council said it spent £2.3 million on the scheme last year. Auditors put the cost at £3.1 million over the same period.', 'plaintext');
    const text = (id: string) => an.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(an.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [['it spent £2.3 million on the scheme last year', 'contradicts', 'the cost at £3.1 million over the same period']]);
  });
});
describe('twenty-fifth session: the told and the teller', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text ?? null, a.speaker, a.cue.text, a.content?.text ?? null]);
  it('"..., jury told" at a headline\'s end: whom it was told to is no source', () => {
    assert.deepEqual(view('Former bank executive stole 3 million dollars from clients, jury told'), [[null, null, 'told', 'Former bank executive stole 3 million dollars from clients']]);
    assert.deepEqual(view('Plant was unsafe, inquiry told.'), [[null, null, 'told', 'Plant was unsafe']]);
    // (who tells, with an object after the cue, stays the source)
    assert.deepEqual(view('The plant was unsafe, the engineer told reporters.'), [['the engineer', 'engineer', 'told', 'The plant was unsafe']]);
  });
  it('"Danny Rourke, 58, who has fished there since he was a teenager, told X": the pronoun inside the relative aside is not the speaker', () => {
    const t = 'Coast guard officer Paul Osei said the light had never failed. Danny Rourke, 58, who has fished out of Dunmore harbour since he was a teenager, told a different story. "I saw it go out three times last winter," he said.';
    // ("told a different story" reports nothing said: the speaker of "he said" is the sentence's subject before it)
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['Paul Osei', 'Danny Rourke']);
    // (and so without the age: a clause's "he" after the sentence's own subject does not make it one about the "he")
    const u = 'Coast guard officer Paul Osei said the light had never failed. Danny Rourke has fished out of Dunmore harbour since he was a teenager. "I saw it go out three times last winter," he said.';
    assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [['Coast guard officer Paul Osei', 'Paul Osei'], ['he', 'Danny Rourke']]);
  });
});
describe('twenty-fifth session: an audience with a rough count, a report the verdict judges', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null]);
  it('"told a crowd of about 2,000 supporters on Saturday that X": the audience and its count are not what was told', () => {
    assert.deepEqual(view("Senate candidate Dale Harlan told a crowd of about 2,000 supporters on Saturday that his opponent's policies had cost 80,000 jobs."), [['Senate candidate Dale Harlan', 'told', "his opponent's policies had cost 80,000 jobs"]]);
  });
  it('"His claim that X is false": the report is X, without the verdict', () => {
    assert.deepEqual(view('Harlan said violent crime had doubled. His claim that violent crime doubled in Columbus is false.'), [['Harlan', 'said', 'violent crime had doubled'], ['His', 'claim', 'violent crime doubled in Columbus']]);
  });
});
describe('twenty-fifth session: a quotation that goes on past where it was written', () => {
  it('"..." X wrote in a blog post. "...": the next quotation is X\'s too ("post" there is a noun, no other report)', () => {
    const t = '"We have notified every affected user," Chief Executive Nadia Fenwick wrote in a blog post. "The number of impacted accounts is approximately 1.2 million."';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.speaker, x.content?.text]), [['Nadia Fenwick', t]]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The number of impacted accounts is approximately 1.2 million', 'Nadia Fenwick']]);
    // (a verb in the past between them is another report: "after news outlets declared him the victor. \"...\"")
    const u = '"We will win," Ana Ruiz said at her party, after news outlets declared her the victor. "You will be so happy."';
    assert.deepEqual(analyze(u, 'plaintext').attributions.map((x) => [x.cue.text, x.content?.text.slice(0, 14)]), [['said', '"We will win,"'], ['declared', 'her the victor']]);
  });
});
describe('twenty-fifth session: a figure reported by its makers inside a comparison', () => {
  it('"three times higher than the 370,000 tonnes reported by companies themselves": the companies reported the tonnes', () => {
    assert.deepEqual(analyze('The EPA estimate is roughly three times higher than the 370,000 tonnes reported by companies themselves.', 'plaintext').attributions.map((a) => [a.source?.text, a.cue.text, a.content?.text]),
      [['companies themselves', 'reported', 'the 370,000 tonnes']]);
  });
});
describe('twenty-fifth session: a report set against another by "though" or "while"', () => {
  it('"said X, though Chinese state media reported that Y, while the White House put the figure at Z": three reports, two figures at odds', () => {
    const t = 'Both delegations said the talks had lasted about six hours in total, though Chinese state media reported that the leaders met privately for 90 minutes, while the White House put the figure at 45 minutes.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text]), [
      ['Both delegations', 'said', 'the talks had lasted about six hours in total'],
      ['Chinese state media', 'reported', 'the leaders met privately for 90 minutes'],
      ['the White House', 'put', 'the figure at 45 minutes'],
    ]);
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [['the leaders met privately for 90 minutes', 'contradicts', 'the figure at 45 minutes']]);
  });
  it('a "though" that is no clause of its own stays in what was said: "could crack traditionally Democratic, though culturally conservative, areas"', () => {
    assert.deepEqual(analyze('Beck said Trump could crack traditionally Democratic, though culturally conservative, areas of the state.', 'plaintext').attributions.map((x) => x.content?.text), ['Trump could crack traditionally Democratic, though culturally conservative, areas of the state']);
  });
});
describe('twenty-fifth session: a passive in a condition', () => {
  it('"faces a ban of up to four years if the violation is confirmed" reports nothing; "was confirmed by the lab" does', () => {
    assert.deepEqual(analyze('She faces a ban of up to four years if the violation is confirmed.', 'plaintext').attributions, []);
    assert.deepEqual(analyze('The result was confirmed by the lab.', 'plaintext').attributions.map((a) => [a.source?.text, a.cue.text]), [['the lab', 'was confirmed']]);
  });
});
describe('twenty-seventh session: a telling\'s noun as the object of "tell"', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null]);
  it('"told different stories", "told a lie", "tell different stories" in a headline: no report of anything said', () => {
    assert.deepEqual(view('Two witnesses told different stories about the crash.'), []);
    assert.deepEqual(view('He told a lie.'), []);
    assert.deepEqual(view('He told lies about the money.'), []);
    assert.deepEqual(view('Bridge funding: capital and ministry tell different stories'), []);
    // ("lies" as a verb is no telling's noun)
    assert.deepEqual(view('They say he lies about everything.'), [['They', 'say', 'he lies about everything']]);
  });
  it('"told the story of X", "told reporters a different story: X": the cue runs to "of" or the noun, what follows is what was told', () => {
    assert.deepEqual(view('She told the story of her escape from the city.'), [['She', 'told the story of', 'her escape from the city']]);
    assert.deepEqual(view('Officials told reporters a different story: the plant was closed.'), [['Officials', 'told reporters a different story', 'the plant was closed']]);
  });
});
describe('twenty-seventh session: a fact check\'s label and a document obtained by someone', () => {
  const view = (t: string, lang: 'plaintext' | 'markdown' = 'plaintext') => analyze(t, lang).attributions.map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null]);
  it('"Claim: X, according to Y": what Y said starts after the label, in plain text and in Markdown', () => {
    assert.deepEqual(view('Claim: The Westbrook bypass has cut journey times in half, according to Transport Secretary Helen Marsh.'),
      [['Transport Secretary Helen Marsh', 'according to', 'The Westbrook bypass has cut journey times in half']]);
    const md = '**Claim:** The Westbrook bypass has cut journey times in half, according to Transport Secretary Helen Marsh.\n';
    assert.deepEqual(view(md, 'markdown'), [['Transport Secretary Helen Marsh', 'according to', 'The Westbrook bypass has cut journey times in half']]);
    // (and the claim is the one the fact check labels, in Markdown too)
    const a = analyze(md, 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The Westbrook bypass has cut journey times in half', 'Helen Marsh']]);
  });
  it('"Emails obtained by the Courier under a public records request show that X": the emails, with who obtained them and how', () => {
    assert.deepEqual(view('Emails obtained by the Mapleton Courier under a public records request show that the chief of staff forwarded the bid on March 3.'),
      [['Emails obtained by the Mapleton Courier under a public records request', 'show', 'the chief of staff forwarded the bid on March 3']]);
  });
});
describe('twenty-seventh session: a participle aside of no reporting verb', () => {
  it('"The law, passed by parliament in October, limits X": no report ("The figure, reported by the Times, ..." is one)', () => {
    assert.deepEqual(analyze('The law, passed by parliament in October, limits cash payments between businesses to 10,000 euros.', 'plaintext').attributions, []);
    assert.deepEqual(analyze('The figure, reported by the Times on Monday, was higher than expected.', 'plaintext').attributions.map((a) => [a.source?.text, a.cue.text]), [['the Times', 'reported']]);
  });
});
describe('twenty-seventh session: figures that open what was said, questions, verdicts', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null]);
  it('a rounding word or a multiplier before a figure is what was said: "told us about 3,000 passengers were affected"', () => {
    assert.deepEqual(view('A spokesman told us about 3,000 passengers were affected.'), [['A spokesman', 'told', 'about 3,000 passengers were affected']]);
    assert.deepEqual(view('A spokesman told Reuters about 3,000 passengers were affected.'), [['A spokesman', 'told', 'about 3,000 passengers were affected']]);
    assert.deepEqual(view('A study last year found twice as many particles in bottled water as in tap water.'), [['A study', 'found', 'twice as many particles in bottled water as in tap water']]);
    assert.deepEqual(view('Officials said nearly 400 homes were damaged.'), [['Officials', 'said', 'nearly 400 homes were damaged']]);
    // (not a figure that ends a phrase before a comma and another clause)
    assert.deepEqual(view('Officials said yesterday that 400 homes were damaged.'), [['Officials', 'said', '400 homes were damaged']]);
  });
  it('"How worried should people be?" reports nothing; "was found guilty" is a verdict the article states', () => {
    assert.deepEqual(view('Q: How worried should people be?'), []);
    const a = analyze("A former director of St Catherine's Hospital was found guilty on Wednesday of defrauding the hospital of 1.4 million pounds.", 'plaintext');
    assert.deepEqual([a.attributions, a.claims.map((c) => [c.span.text, c.claimant])], [[], [["A former director of St Catherine's Hospital was found guilty on Wednesday of defrauding the hospital of 1.4 million pounds", null]]]);
    // (nor does a negated finding: "cannot show", "can't show", though "shows" does; "told us the study X" reports it whole)
    assert.deepEqual(analyze('The study cannot show cause and effect. The study can\'t show cause and effect.', 'plaintext').attributions, []);
    assert.deepEqual(analyze('The study shows cause and effect.', 'plaintext').attributions.map((x) => [x.source?.text, x.cue.text]), [['The study', 'shows']]);
    assert.deepEqual(analyze('Its lead author, Dr Christine Till, told us the study "cannot show cause and effect".', 'plaintext').attributions.map((x) => x.content?.text), ['the study "cannot show cause and effect"']);
    // (and a participle of how it was found: "were found coated in oil", "was found lying in the road")
    assert.deepEqual(analyze('Dozens of seabirds were found coated in oil. The man was found lying in the road.', 'plaintext').attributions, []);
  });
  it('"after hearing from a former colleague, who testified that X": the colleague, not the hearing', () => {
    assert.deepEqual(view("The jury rejected that account after hearing from a former colleague, who testified that Greaves had attended the company's launch party in 2015."),
      [['a former colleague', 'testified', "Greaves had attended the company's launch party in 2015"]]);
  });
});
describe('twenty-eighth session: ages, prepositions, figures, cues closed by a comma', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text ?? null, a.cue.text, a.content?.text ?? null, a.speaker]);
  it('"Lindqvist, 29, posted a video": the name with its age is the source, not the age', () => {
    assert.deepEqual(view('Lindqvist, 29, posted a video on Instagram on Friday.'), [['Lindqvist, 29', 'posted', 'a video on Instagram on Friday', 'Lindqvist']]);
  });
  it('a source the model begins after a preposition is the subject it ends: "A post shared more than 12,000 times on Facebook says"', () => {
    assert.deepEqual(view('A post shared more than 12,000 times on Facebook says the council "blew £2 million on a logo".'),
      [['A post shared more than 12,000 times on Facebook', 'says', 'the council "blew £2 million on a logo"', 'post']]);
    assert.deepEqual(view('A judge in Ohio issued a ruling today that should make Sanders smile.').map((a) => [a[0], a[3]]), [['A judge in Ohio', 'judge in Ohio']]);
  });
  it('"legal costs, estimated at £180,000": a participle that puts a figure on a noun reports nothing', () => {
    assert.deepEqual(view("The judge ordered Maitland to pay Carr's legal costs, estimated at £180,000.").map((a) => a[1]), ['ordered']);
  });
  it('"told reporters there were no such plans": the existential "there" opens what was said', () => {
    const a = analyze('Kremlin spokesman Dmitry Peskov told reporters there were no such plans.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['told', 'there were no such plans']]);
    assert.deepEqual(a.denials.map((d) => [d.source?.text, d.cue.text, d.target?.text]), [['Kremlin spokesman Dmitry Peskov', 'there were no', 'such plans']]);
  });
  it('"She refused, telling reporters: ..." is one report, the participle\'s', () => {
    assert.deepEqual(view('She refused, telling reporters: "I will not concede an election that was stolen."'),
      [['She', 'telling', '"I will not concede an election that was stolen."', null]]);
  });
  it('"said X, despite evidence gathered by UN monitors that Y": the evidence the article sets against it is no part of what was said', () => {
    assert.deepEqual(view('Moscow has repeatedly said it does not target civilians, despite evidence gathered by UN monitors that thousands of civilians have been killed.'),
      [['Moscow', 'said', 'it does not target civilians', 'Moscow']]);
    assert.deepEqual(view('The minister said exports would grow, despite mounting evidence of a slowdown.').map((a) => a[2]), ['exports would grow']);
  });
  it('"A study of more than 2,000 children": a comparison before a number stays in the noun phrase', () => {
    const a = analyze('A study of more than 2,000 children has found no evidence that paracetamol causes autism.', 'plaintext');
    assert.deepEqual(a.denials.map((d) => [d.source?.text, d.cue.text, d.target?.text, d.speaker]), [['A study of more than 2,000 children', 'no evidence', 'paracetamol causes autism', 'study of more than 2,000 children']]);
  });
});
describe('twenty-eighth session: a cue with a clause after it, a think tank', () => {
  it('\'"...". Its chief economist said X\': the clause after the cue is what was said, not the quotation before', () => {
    const t = 'Independent health think tank the Nuffield Trust said both sides were "using the numbers selectively". Its chief economist, Dr. Tom Price, said waiting times, rather than list size, were the better measure.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.content?.text, a.speaker]), [
      ['Independent health think tank the Nuffield Trust', 'both sides were "using the numbers selectively"', 'Nuffield Trust'],
      ['Its chief economist, Dr. Tom Price', 'waiting times, rather than list size, were the better measure', 'Tom Price'],
    ]);
    // (a cue with only its listener and a time after it still reports the quotation before)
    const before = '"What can we do to help?" Renteria told reporters during Tuesday\'s conference call.';
    assert.deepEqual(analyze(before, 'plaintext').attributions.map((a) => [a.source?.text, a.content?.text]), [['Renteria', '"What can we do to help?"']]);
  });
});
describe('twenty-eighth session: a relative clause\'s passive', () => {
  it('"a bid of about £45m for Silva in June that was rejected" reports nothing; "that were disclosed during his lawsuit" neither', () => {
    const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.source?.text ?? null, a.cue.text]);
    assert.deepEqual(view('Real Castellón have made offers for three strikers this summer, according to The Athletic, including a bid of about £45m for Silva in June that was rejected.'),
      [['The Athletic', 'according to']]);
    assert.deepEqual(view("The updated version includes new details about Mr. Trump's finances that were disclosed during his lawsuit against the publisher."), []);
  });
});
describe('twenty-eighth session: where what was said ends', () => {
  const view = (t: string) => analyze(t, 'plaintext').attributions.map((a) => [a.cue.text, a.content?.text ?? null]);
  it('"said X and blamed Y": a second predicate of the source\'s, with a verb annotators often took as a cue', () => {
    assert.deepEqual(view('Council leader Gareth Pryce said the decision had been "painful but unavoidable" and blamed a £14 million gap in the budget.')[0],
      ['said', 'the decision had been "painful but unavoidable"']);
    // (not a verb the reported clause's subject takes as often: "he posed a deadly threat and refused to drop the gun")
    assert.deepEqual(view('Police say he posed a deadly threat and refused to drop the gun.')[0], ['say', 'he posed a deadly threat and refused to drop the gun']);
  });
  it('", a figure the council has questioned" is the article\'s word on the figure, no part of what was said', () => {
    // (the council's questioning is its denial of the figure, since the forty-fourth session)
    const t = 'The director said the museum brought about £2 million a year into the local economy, a figure the council has questioned.';
    assert.deepEqual(view(t), [['said', 'the museum brought about £2 million a year into the local economy']]);
    assert.deepEqual(run(t).denials.map((d) => [d.cue.text, d.source?.text, d.target?.text]), [['has questioned', 'the council', 'the museum brought about £2 million a year into the local economy']]);
    assert.deepEqual(view('The team thinks that by the end of the month, the numbers will be incontrovertible.').map((a) => a[1]), ['by the end of the month, the numbers will be incontrovertible']);
  });
});
describe('thirtieth session: a participle\'s source', () => {
  it('past a reduced relative on the verb\'s object ("bicycles made in China", "the accord adopted after"), and past a day after the subject', () => {
    assert.deepEqual(triplesOf('The European Commission on Tuesday imposed duties of up to 38% on electric bicycles made in China, concluding that manufacturers there had sold them below cost.'),
      [['concluding', 'The European Commission', 'manufacturers there had sold them below cost']]);
    assert.deepEqual(triplesOf('Senator Ruth Ogden on Saturday criticized the climate accord adopted after two weeks of talks, saying the agreement goes "nowhere near far enough."'),
      [['saying', 'Senator Ruth Ogden', 'the agreement goes "nowhere near far enough."']]);
  });
  it('a subject\'s verb before a preposition stays the clause\'s verb ("his mother refused to teach him", "and the governor tripped up Rubio")', () => {
    assert.deepEqual(triplesOf('When his family moved back to Ohio, his mother refused to teach him Japanese, insisting that her son was fully American.'),
      [['refused', 'his mother', 'to teach him Japanese'], ['insisting', 'his mother', 'her son was fully American']]);
  });
});
describe('thirtieth session: the Chinese surname "He"', () => {
  it('"He" before a capitalised word the lexicon does not know is a name, not the pronoun', () => {
    const t = '"The dumping is a fabrication," a spokeswoman for the ministry, He Yadong, told a briefing. She said firms won share through innovation.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => [a.source?.text, a.speaker]), [
      ['a spokeswoman for the ministry, He Yadong', 'He Yadong'],
      ['She', 'He Yadong'],
    ]);
    // ("He Lifeng said", then the pronoun for him; "Vice Premier" a title)
    const u = 'Talks would resume next month, said Vice Premier He Lifeng. Officials said the talks had stalled. He said they had not.';
    assert.deepEqual(analyze(u, 'plaintext').attributions.map((a) => a.speaker), ['He Lifeng', 'Officials', 'He Lifeng']);
  });
});
describe('thirtieth session: an auxiliary with "n\'t" is a verb, not a word of the source', () => {
  it('"The mayor and her aides haven\'t said much": the source ends before "haven\'t"', () => {
    assert.deepEqual(triplesOf("The mayor and her aides haven't said much about how the budget gap will be closed."),
      [['said', 'The mayor and her aides', 'much about how the budget gap will be closed']]);
    // (with the curly apostrophe too, and the negated verb read like "did not")
    assert.deepEqual(triplesOf('I didn’t expect him to drag up the old spat over trucks, the minister said.').map((a) => a[1]), ['the minister']);
  });
});
describe('thirtieth session: where a report on the subject ends', () => {
  it('a clause\'s verb after "not" or an adverb is its own, not the main clause\'s ("did not pay", "is virtually guaranteed")', () => {
    assert.deepEqual(triplesOf('A post claiming that the mayor did not pay tax was removed by Facebook.'), [['claiming', 'A post', 'the mayor did not pay tax']]);
    assert.deepEqual(triplesOf('Voters who thought the law did not go far enough backed her rival.').map((a) => a[2]), ['the law did not go far enough']);
  });
  it('a pronoun\'s progressive reports its whole clause ("I\'m saying they did not see it")', () => {
    assert.deepEqual(triplesOf('They’re saying the plant will not close.'), [['saying', 'They', 'the plant will not close']]);
  });
});
describe('thirtieth session: names with brackets and with "of"', () => {
  it('"the Athletics Integrity Unit (AIU) announced": the name before its acronym is the source, the clause before the comma what was said', () => {
    assert.deepEqual(triplesOf('A sprinter has been provisionally suspended after testing positive for a banned steroid, the Athletics Integrity Unit (AIU) announced on Wednesday.'),
      [['announced', 'the Athletics Integrity Unit', 'A sprinter has been provisionally suspended after testing positive for a banned steroid']]);
    // (a party and state in brackets stay with the name: "Governor Mary Fallin (R-OK) said")
    assert.deepEqual(triplesOf('Governor Mary Fallin (R-OK) said the plan was "trying to divide us."').map((a) => a[1]), ['Governor Mary Fallin (R-OK)']);
  });
  it('a model source that stops at a name\'s "of" takes the whole name ("the Court of Arbitration for Sport cleared a swimmer after finding")', () => {
    const t = 'In 2022, the Court of Arbitration for Sport cleared a swimmer after finding that a tainted supplement was the likely source of her positive test.';
    assert.deepEqual(triplesOf(t).map((a) => a[1]), ['the Court of Arbitration for Sport']);
    const off = detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['name-joiner'])).attributions.map((a) => a.source && t.slice(a.source[0], a.source[1]));
    assert.deepEqual(off, ['the Court']);
  });
});
describe('thirtieth session: "confirmed it had X"', () => {
  it('"it" and an auxiliary after a verb that needs a complement open its clause', () => {
    assert.deepEqual(triplesOf('The police watchdog confirmed it had launched an independent investigation.'),
      [['confirmed', 'The police watchdog', 'it had launched an independent investigation']]);
  });
});
describe('thirtieth session: a model report of an adverb alone', () => {
  it('"the officer shouted | only once" reports nothing; "I think so" still does', () => {
    const t = 'A taxi driver, Imran Shah, said the officer shouted only once.';
    assert.deepEqual(detectBlock(t, 'paragraph', 0.5).attributions.map((a) => t.slice(a.cue[0], a.cue[1])), ['said']);
    assert.deepEqual(detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['modifier-content'])).attributions.map((a) => t.slice(a.cue[0], a.cue[1])), ['said', 'shouted']);
  });
});
describe('thirtieth session: a counted plural noun', () => {
  it('"Five vaccine claims we checked" counts claims, no one claims; "One man says" and "A 2011 email shows" still report', () => {
    assert.deepEqual(triplesOf('Five vaccine claims we checked this week'), []);
    assert.deepEqual(triplesOf('One man says the plant is unsafe.').map((a) => a[1]), ['One man']);
    assert.deepEqual(triplesOf('A Sept. 15, 2011 email shows the department sent ten staffers.').map((a) => a[0]), ['shows']);
  });
});
describe('thirtieth session: "told analysts on a call at the time that X but did not mention Y"', () => {
  it('two phrases of place and time before "that"; the report ends before a negated second verb of the speaker\'s', () => {
    const t = 'Chief Executive Carola Wendt told analysts on a call at the time that the company would "look at every cost line" but did not mention job cuts.';
    assert.deepEqual(triplesOf(t)[0], ['told analysts on a call', 'Chief Executive Carola Wendt', 'the company would "look at every cost line"']);
    assert.deepEqual(triplesOf('He said he would offer a prayer for the nominee but did not suggest who it would be.')[0][2], 'he would offer a prayer for the nominee');
  });
});
describe('thirtieth session: a live page\'s time label before a participle on the subject', () => {
  it('"**11:05** — A post claiming that X has been shared": what the post claims ends before the sentence\'s own verb', () => {
    const t = '**11:05** — A post claiming that the Environment Agency had ordered the evacuation of Appleby has been shared thousands of times.';
    assert.deepEqual(run(t, 'markdown').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['claiming', 'A post', 'the Environment Agency had ordered the evacuation of Appleby']]);
  });
});
describe('thirtieth session: a sentence\'s opening conjunction', () => {
  it('"But X, the authors acknowledged": what was said starts after "But"', () => {
    assert.deepEqual(triplesOf('But the study was observational and cannot prove that coffee is responsible, the authors acknowledged.'),
      [['acknowledged', 'the authors', 'the study was observational and cannot prove that coffee is responsible']]);
  });
});
describe('thirtieth session: a statement\'s noun after a possessive', () => {
  it('"Fact check: the minister\'s claims on teacher numbers" reports nothing; "Trump\'s assertion there are generals who agree" does', () => {
    assert.deepEqual(triplesOf("Fact check: the minister's claims on teacher numbers"), []);
    const t = "On Trump's assertion there are generals who agree with him, Benjamin said he doubted it.";
    assert.ok(triplesOf(t).some((a) => a[0] === 'assertion'));
  });
});
describe('thirtieth session: a passive\'s "to" before a noun', () => {
  it('"entries had been added to the notes" reports nothing; "was told to leave" still does', () => {
    assert.deepEqual(triplesOf('At least 40 entries had been added to the notes "after the event" to show checks that never happened.'), []);
    assert.deepEqual(triplesOf('The striker was told to leave the club by the manager.').map((a) => a[0]), ['was told']);
  });
});
describe('thirtieth session: a poll with an aside on who made it', () => {
  it('"The poll, released on Wednesday by X, showed Y, 46 percent to 44 percent": the aside is the source\'s, the score what was found', () => {
    assert.deepEqual(triplesOf('The poll, released on Wednesday night by the Public Policy Institute of California, showed Mrs. Clinton leading Mr. Sanders, 46 percent to 44 percent.'),
      [['showed', 'The poll, released on Wednesday night by the Public Policy Institute of California', 'Mrs. Clinton leading Mr. Sanders, 46 percent to 44 percent']]);
  });
  it('a verb of finding is never inverted: "The recount, requested by the campaign, found 18,406 votes for Vance"', () => {
    const t = "The recount, requested by Pruitt's campaign, found 18,406 votes for challenger Teresa Vance.";
    assert.deepEqual(triplesOf(t), [['found', "The recount, requested by Pruitt's campaign", '18,406 votes for challenger Teresa Vance']]);
  });
});
describe('thirtieth session: a frame before a clause of when', () => {
  it('"X has confirmed that Y, county officials said Friday, after Z": the report inside ends before the frame (the frame\'s own runs on, as "Talks collapsed, the union said, after X" does)', () => {
    const t = 'A hand recount has confirmed that Sheriff Dale Pruitt lost by 312 votes, county officials said Friday, after Pruitt claimed without evidence that machines had "flipped" votes.';
    assert.deepEqual(triplesOf(t)[0], ['confirmed', 'A hand recount', 'Sheriff Dale Pruitt lost by 312 votes']);
  });
});
describe('thirtieth session: a statement\'s noun in a headline\'s subject', () => {
  it('\'Phone maker\\\'s "40% faster" chip claim falls short in tests\' reports nothing: "claim" is a noun, "falls" the verb', () => {
    assert.deepEqual(triplesOf('Phone maker\'s "40% faster" chip claim falls short in independent tests'), []);
  });
});
describe('thirtieth session: "what we know"', () => {
  it('an explainer\'s "What we know about X" and "Here is what we know so far" report nothing', () => {
    assert.deepEqual(triplesOf('What we know about the water contamination in Ashvale'), []);
    assert.deepEqual(triplesOf('Residents were told to boil their water. Here is what we know so far.').filter((a) => a[0].startsWith('know')), []);
  });
});
describe('thirtieth session: data from a named site', () => {
  it('"Flight data from the tracking site Flightradar24 show X": the data with where they come from', () => {
    assert.deepEqual(triplesOf('Flight data from the tracking site Flightradar24 show more than 1,200 departures from the airport that day.'),
      [['show', 'Flight data from the tracking site Flightradar24', 'more than 1,200 departures from the airport that day']]);
  });
});
describe('thirtieth session: a relative pronoun, a source and a cue before what was said', () => {
  it('"his figures, which he said came from X": what he said is the clause after the cue, as the claim reads it', () => {
    const t = "Hargreaves said he stood by his figures, which he said came from the council's own procurement documents.";
    assert.deepEqual(triplesOf(t)[1], ['said', 'he', "came from the council's own procurement documents"]);
    // (the pronoun an object: "which he describes as his second home" keeps it)
    const u = 'He spent the weekend at the resort, which he describes as his second home.';
    assert.ok(triplesOf(u).every((a) => a[2] !== 'as his second home'));
  });
});
describe('thirty-first session: a model content of a noun cut from the phrase before the cue', () => {
  it('"A study claiming X by up to eight years has been criticised by scientists" reports no "years"; the report stands', () => {
    const t = 'A study claiming that a low-protein diet can reverse biological ageing by up to eight years has been criticised by independent scientists, who say its methods cannot support the conclusion.';
    const triples = (off?: Set<Decision>) => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => [t.slice(a.cue[0], a.cue[1]), a.content === null ? null : t.slice(a.content[0], a.content[1])]);
    // (since the thirty-seventh session "has been criticised" is a denial of what the study claims, no model cue: "years" is
    // read by no report at all)
    assert.deepEqual(triples(), [['claiming', 'a low-protein diet can reverse biological ageing by up to eight years'], ['say', 'its methods cannot support the conclusion']]);
    assert.deepEqual(detectBlock(t, 'paragraph', 0.5).denials.map((d) => [t.slice(d.cue[0], d.cue[1]), d.target === null ? null : t.slice(d.target[0], d.target[1])]), [['has been criticised', 'a low-protein diet can reverse biological ageing by up to eight years']]);
  });
});
describe('thirty-first session: an appositive\'s noun before a relative clause with no "that"', () => {
  it('", a point the authors acknowledge" has the authors for source; ", a trend that the foundation predicts" the foundation; not past "who"', () => {
    assert.deepEqual(triplesOf('The study had no control group, a point the authors acknowledge in the paper.'), [['acknowledge', 'the authors', 'The study had no control group']]);
    assert.deepEqual(triplesOf('Membership has fallen for a decade, a trend that the foundation predicts will continue.').map((a) => a[1]), ['the foundation']);
    assert.deepEqual(triplesOf('Richard Shelby, the Republican who heads the banking committee, said the rate would rise.').map((a) => a[1]), ['Richard Shelby, the Republican who heads the banking committee']);
  });
});
describe('thirty-first session: a model content that ends on a relative word', () => {
  it('"the bridge cost £1.4 million, of | which" ends before the comma', () => {
    const t = 'The council\'s published accounts show the bridge cost £1.4 million, of which £800,000 came from a government transport grant.';
    assert.deepEqual(triplesOf(t), [['show', 'The council\'s published accounts', 'the bridge cost £1.4 million']]);
    const off = detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['dangling-content'])).attributions.map((a) => a.content && t.slice(a.content[0], a.content[1]));
    assert.deepEqual(off, ['the bridge cost £1.4 million, of which']);
  });
});
describe('thirty-first session: "said X but accepted that Y"', () => {
  it('the report ends before a conceding verb with "that" after it; "and accepted the plan" ends nothing', () => {
    assert.deepEqual(triplesOf('Councillor Mark Henty said the bridge was a vanity project but accepted that people do use it.')[0], ['said', 'Councillor Mark Henty', 'the bridge was a vanity project']);
    assert.deepEqual(triplesOf('Mark Henty said the council had met and accepted the plan.')[0][2], 'the council had met and accepted the plan');
  });
});
describe('thirty-first session: a headline\'s subordinate clause', () => {
  it('"Tennis star cleared of doping as tribunal accepts contamination defence": the clause\'s subject is the source', () => {
    const t = 'Tennis star cleared of doping as tribunal accepts contamination defence';
    const view = (off?: Set<Decision>) => detectBlock(t, 'heading', 0.5, off).attributions.map((a) => [t.slice(a.cue[0], a.cue[1]), a.source && t.slice(a.source[0], a.source[1])]);
    assert.deepEqual(view(), [['accepts', 'tribunal']]);
    assert.deepEqual(view(new Set<Decision>(['clause-subject'])), [['accepts', 'Tennis star cleared']]);
    assert.deepEqual(analyze('County clerk rejects fraud claims as recount confirms result', 'plaintext').attributions.map((a) => a.source?.text), ['recount']);
  });
});
describe('thirty-first session: a focusing word before a model content', () => {
  it('"and only one of the four prisons is expected to open on time" keeps "only"; "said only that X" does not', () => {
    const t = 'The ministry has since revised its estimate to £2.8 billion, and only one of the four prisons is expected to open on time.';
    const contents = (off?: Set<Decision>) => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => a.content && t.slice(a.content[0], a.content[1]));
    assert.deepEqual(contents()[1], 'only one of the four prisons is expected to open on time');
    assert.deepEqual(contents(new Set<Decision>(['focus-word']))[1], 'one of the four prisons is expected to open on time');
    assert.deepEqual(triplesOf('He said only that the talks were constructive.'), [['said', 'He', 'the talks were constructive']]);
  });
});
describe('thirty-first session: a model content that ends on an auxiliary', () => {
  it('"Pollster defends poll showing Labour lead has | narrowed" takes the verb after; not a verb that reports', () => {
    const t = 'Pollster defends poll showing Labour lead has narrowed';
    const contents = (off?: Set<Decision>) => detectBlock(t, 'heading', 0.5, off).attributions.map((a) => a.content && t.slice(a.content[0], a.content[1]));
    assert.deepEqual(contents(), ['poll showing Labour lead has narrowed']);
    assert.deepEqual(contents(new Set<Decision>(['dangling-content'])), ['poll showing Labour lead has']);
  });
});
describe('thirty-first session: a hedge in a relative clause, and "attributed to"', () => {
  it('"The trial, which is expected to last three weeks, continues": the content opens with the antecedent', () => {
    const t = 'The trial, which is expected to last three weeks, continues.';
    const contents = (off?: Set<Decision>) => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => a.content && t.slice(a.content[0], a.content[1]));
    assert.deepEqual(contents(), ['The trial, which is expected to last three weeks']);
    assert.deepEqual(contents(new Set<Decision>(['relative-hedge'])), ['which is expected to last three weeks']);
    // (the last noun phrase before the comma: "support in | Tuesday's primary election, which appeared likely to X")
    const u = 'She thanked voters for their support in the primary election, which appeared likely to settle little.';
    assert.deepEqual(detectBlock(u, 'paragraph', 0.5).attributions.map((a) => a.content && u.slice(a.content[0], a.content[1])).filter((c) => c?.includes('appeared')), ['the primary election, which appeared likely to settle little']);
  });
  it('"The messages are attributed to a doctor" reports nothing', () => {
    assert.deepEqual(triplesOf('The messages, which have been forwarded thousands of times, are attributed to a "doctor at Great Ormond Street Hospital".'), []);
  });
});
describe('thirty-first session: a model source opened at a relative pronoun', () => {
  it('"Crane, who was appointed in the summer, declined to comment": the subject with its aside, as the rules read it', () => {
    const t = 'Crane, who was appointed in the summer, declined to comment when approached by reporters at the club\'s training ground.';
    const sources = (off?: Set<Decision>) => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => a.source && t.slice(a.source[0], a.source[1]));
    assert.deepEqual(sources(), ['Crane, who was appointed in the summer']);
    assert.deepEqual(sources(new Set<Decision>(['relative-source'])), ['who was appointed in the summer']);
  });
});
describe('thirty-first session: a sum a name told, in a relative clause with no "that"', () => {
  it('"not the £310 million Mr Morgan told the Commons": Mr Morgan told the £310 million; the clause before is no part of it', () => {
    const t = 'The contract would cost £480 million, not the £310 million Mr Morgan told the Commons in June.';
    const view = (off?: Set<Decision>) => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => [t.slice(a.cue[0], a.cue[1]), a.source && t.slice(a.source[0], a.source[1]), a.content && t.slice(a.content[0], a.content[1])]);
    assert.deepEqual(view(), [['told', 'Mr Morgan', 'the £310 million']]);
    assert.notDeepEqual(view(new Set<Decision>(['figure-gap'])), view());
    // (not a number that opens a name: "2016 Democrats Call For Action")
    const h = '2016 Democrats Call For Action';
    assert.deepEqual(detectBlock(h, 'heading', 0.5).attributions.map((a) => a.source && h.slice(a.source[0], a.source[1])), ['2016 Democrats']);
  });
});
describe('thirty-first session: a quantifier before the "of" a model content opens with', () => {
  it('"The report said most | of the cuts would fall on its sales division" keeps "most"', () => {
    const t = 'The report said most of the cuts would fall on its sales division.';
    const contents = (off?: Set<Decision>) => detectBlock(t, 'paragraph', 0.5, off).attributions.map((a) => a.content && t.slice(a.content[0], a.content[1]));
    assert.deepEqual(contents(), ['most of the cuts would fall on its sales division']);
    assert.deepEqual(contents(new Set<Decision>(['focus-word'])), ['of the cuts would fall on its sales division']);
  });
});
describe('thirty-first session: "according to" inside a relative aside', () => {
  it('vouches for the aside\'s clause, not for what the sentence\'s subject says after it', () => {
    assert.deepEqual(triplesOf('Organisers of the march, which drew about 3,000 people according to police estimates, said the crowd had been peaceful.'), [
      ['according to', 'police estimates', 'which drew about 3,000 people'],
      ['said', 'Organisers of the march, which drew about 3,000 people according to police estimates', 'the crowd had been peaceful'],
    ]);
    // (sentence-initial, after "But" or "that", the clause after its comma)
    assert.deepEqual(triplesOf('But according to the report, sales fell.'), [['according to', 'the report', 'sales fell']]);
    assert.deepEqual(triplesOf('Sales rose 5% according to the ONS.'), [['according to', 'the ONS', 'Sales rose 5%']]);
  });
});
describe('thirty-first session: a participle aside on a subject with a reduced relative', () => {
  it('"A quote attributed to X, claiming Y, has been shared": the quote claims Y, up to the aside\'s end; not "Blocher ..., claiming X, distracted from Y"', () => {
    const t = 'A quote attributed to Prime Minister Keir Starmer, claiming he told a conference that the plant had closed, has been shared thousands of times.';
    assert.deepEqual(triplesOf(t), [['claiming', 'A quote attributed to Prime Minister Keir Starmer', 'he told a conference that the plant had closed'], ['told', 'he', 'the plant had closed']]);
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((a) => a.speaker), ['quote', 'Keir Starmer']);
    assert.deepEqual(triplesOf('Blocher continued as a member of parliament until resigning in 2014, claiming he was wasting time in government, distracted from the real work.')[0][2], 'he was wasting time in government, distracted from the real work');
  });
});
describe('thirty-first session: a post\'s noun before "about", and a participle after "had" and its object', () => {
  it('"Social media posts about vaccines spread quickly" and "had a bid of £6m rejected" report nothing; "How has the administration responded?" still may', () => {
    assert.deepEqual(triplesOf('Social media posts about vaccines spread quickly over the winter.'), []);
    assert.deepEqual(triplesOf('Hull are understood to have had a bid of £6m rejected for the striker.'), []);
    const t = 'Hull are understood to have had a bid of £6m rejected for the striker.';
    assert.deepEqual(detectBlock(t, 'paragraph', 0.5, new Set<Decision>(['caused-act'])).attributions.map((a) => t.slice(a.cue[0], a.cue[1])), ['rejected']);
  });
});
describe('thirty-second session: blamed for what they said', () => {
  const rule = (t: string) => analyze(t, 'plaintext').attributions.filter((a) => a.cue.text.endsWith('ing')).map((a) => [a.source?.text, a.cue.text, a.content?.text]);
  it('"has been criticised by X for claiming that Y": the passive\'s subject claims, not the agent', () => {
    assert.deepEqual(rule('Education Secretary Helen Marsh has been criticised by the UK Statistics Authority for claiming that school funding is at a record high.'), [
      ['Education Secretary Helen Marsh', 'claiming', 'school funding is at a record high'],
    ]);
    assert.deepEqual(rule('The minister was criticised for claiming that school funding is at a record high.'), [['The minister', 'claiming', 'school funding is at a record high']]);
  });
  it('"attacked the minister for claiming that Y": the object claims; "endured criticism for telling" is the subject\'s', () => {
    assert.deepEqual(rule('Critics attacked the minister for claiming that school funding is at a record high.'), [['the minister', 'claiming', 'school funding is at a record high']]);
    assert.deepEqual(rule('The president has endured criticism for telling voters that they would be better off.'), [['The president', 'telling', 'they would be better off']]);
  });
});
describe('thirty-second session: what is not yet known', () => {
  it('"The cause is not yet known", "It is not known whether X" report nothing; "is not known as a hawk" is the model\'s to read', () => {
    assert.deepEqual(analyze('The cause is not yet known. It is not known whether anyone was hurt.', 'plaintext').attributions, []);
  });
});
describe('thirty-second session: a headline\'s second clause after a comma', () => {
  const contents = (t: string) => analyze(t, 'markdown').attributions.map((a) => a.content?.text);
  it('"Airline boss says strikes cost £40m, union disputes figure": the report ends before the clause of its own', () => {
    assert.deepEqual(contents('# Airline boss says strikes cost £40m, union disputes figure'), ['strikes cost £40m']);
    assert.deepEqual(contents('# Minister says taxes will fall, critics doubt it'), ['taxes will fall']);
  });
  it('not before a list, a participle, a report put after, nor in title case', () => {
    assert.deepEqual(contents('# Mayor says bridge, closed since May, will reopen'), ['bridge, closed since May, will reopen']);
    assert.deepEqual(contents('# Police say three men, two women arrested'), ['three men, two women arrested']);
    assert.deepEqual(contents('# Reports: Apple Watch to Be Shower-Proof, Have 100,000 Apps at Launch'), ['Apple Watch to Be Shower-Proof, Have 100,000 Apps at Launch']);
  });
});
describe('thirty-second session: a content judged by the pronoun after it', () => {
  it('"saying that X but that was false": the content ends before "but that", which the falsity judges', () => {
    const a = analyze("(Politico responded late Friday with an editor's note on the story saying that Carson had implied he applied to West Point but that was false.)", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.content?.text), ['Carson had implied he applied to West Point']);
  });
});
describe('thirty-second session: a quoted title in brackets after the subject', () => {
  it('\'An article published on 14 May ("Island ferry use hits record high") stated that X\': the article, on its date, is the source', () => {
    const a = analyze('An article published on 14 May ("Island ferry use hits record high") stated that the ferry carried 1.2 million passengers last year.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker, x.content?.text]), [['An article published on 14 May', 'article', 'the ferry carried 1.2 million passengers last year']]);
    // (a month that is also a name is a date after its day's number, and a name after a given name)
    assert.deepEqual([canonicalName('An article published on 3 June').name, canonicalName('Theresa May').name], ['article', 'Theresa May']);
  });
});
describe('thirty-second session: a model source that is a noun modifying the next', () => {
  it('"The justice secretary, Alan Marsh, has been accused of X after telling MPs that Y": the phrase with its name, not "justice"', () => {
    const a = analyze('The justice secretary, Alan Marsh, has been accused of misleading Parliament after telling MPs that 10,000 new prison places had been created since 2022.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['telling', 'The justice secretary, Alan Marsh', 'Alan Marsh']]);
  });
});
describe('thirty-third session: a yes-no question\'s report', () => {
  it('"Did the minister say X?": the subject past the auxiliary, the content without the question mark', () => {
    const view = (t: string, lang: LanguageId = 'plaintext') => analyze(t, lang).attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]);
    assert.deepEqual(view('# Fact check: Did the minister say rail fares will be frozen?', 'markdown'), [['say', 'the minister', 'minister', 'rail fares will be frozen']]);
    assert.deepEqual(view('Has the council said it will close the library?'), [['said', 'the council', 'council', 'it will close the library']]);
    // (a question mark inside quotation marks is the quotation's)
    assert.deepEqual(view('She asked: "Who do you think will win?"').map((x) => x[3]), ['"Who do you think will win?"']);
  });
  it('"Howard Stern, in 2013, said": the year between commas is none of the source', () => {
    assert.deepEqual(analyze('Howard Stern, in 2013, said the claims were false.', 'plaintext').attributions.map((x) => [x.source?.text, x.speaker]), [['Howard Stern', 'Howard Stern']]);
  });
});
describe('thirty-third session: a study\'s relative clause that finds', () => {
  it('"despite a report by the National Audit Office that found X": the report, with who made it, reports X', () => {
    const a = analyze('Wes Carter has insisted the government will build 40 new hospitals by 2030, despite a report by the National Audit Office that found only 11 were likely to be finished on time.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]), [
      ['insisted', 'Wes Carter', 'Wes Carter', 'the government will build 40 new hospitals by 2030'],
      ['found', 'a report by the National Audit Office', 'National Audit Office', 'only 11 were likely to be finished on time'],
    ]);
    const view = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(view('He spoke in the wake of polls by Quinnipiac University that showed Trump had a strong lead in three states.'), [['showed', 'polls by Quinnipiac University', 'Trump had a strong lead in three states']]);
    // (not a thing shown, nor the sentence's subject, nor someone's relative clause)
    const finding = (t: string) => view(t).filter((x) => ['showed', 'shows', 'found'].includes(x[0]!));
    assert.deepEqual(finding('He believed the polls that showed him victorious.'), []);
    assert.deepEqual(finding('The data that shows growth is old.'), []);
    assert.deepEqual(finding('It was the minister that found the papers were missing.'), []);
  });
  it('"In a blog post on Thursday, Orbix said": the post is no cue', () => {
    assert.deepEqual(analyze('In a blog post on Thursday, Orbix said: "We do not use microphone data."', 'plaintext').attributions.map((x) => x.cue.text), ['said']);
  });
});
describe('thirty-third session: what statistics show, and a list in what is said', () => {
  it('"the government\'s own statistics, which show that 55% of new homes were built on X": the statistics report the whole clause', () => {
    const a = analyze('He cited the statistics, which show that 55% of new homes were built on previously developed land last year.', 'plaintext');
    assert.deepEqual(a.attributions.filter((x) => x.cue.text === 'show').map((x) => [x.source?.text, x.content?.text]), [['the statistics', '55% of new homes were built on previously developed land last year']]);
  });
  it('"pointed out that several areas, including Cornwall and West Yorkshire, charge £1.75": the list is no end of what is said', () => {
    const a = analyze('But the Campaign for Better Transport pointed out that several areas, including Cornwall and West Yorkshire, charge £1.75 or less for a single journey.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.content?.text), ['several areas, including Cornwall and West Yorkshire, charge £1.75 or less for a single journey']);
    // (a list after which no verb comes ends what is said, as before: "..., including in the United States, and also paid X")
    const b = analyze('General Electric says that in 2012 it paid $3.2 billion in income taxes worldwide, including in the United States, and also paid more than $1 billion in other taxes.', 'plaintext');
    assert.deepEqual(b.attributions.map((x) => x.content?.text), ['in 2012 it paid $3.2 billion in income taxes worldwide']);
  });
});
describe('thirty-third session: "make claims that could mislead"', () => {
  it('a relative clause on the statement\'s noun is no content of it', () => {
    const a = analyze('The Office for Students said universities must not make claims that could mislead applicants.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.cue.text), ['said']);
    assert.deepEqual(analyze('He repeated claims that Iran had supplied drones.', 'plaintext').attributions.map((x) => [x.cue.text, x.content?.text]), [['repeated claims', 'Iran had supplied drones']]);
  });
});
describe('thirty-third session: a model content that ends on a preposition after a comma', () => {
  it('goes on to its clause\'s end: "puts UK growth at 1.1% this year, behind | the US at 2.8%"', () => {
    const a = analyze("The IMF's latest forecast, published in October, puts UK growth at 1.1% this year, behind the US at 2.8% and Canada at 1.3%.", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['puts', 'UK growth at 1.1% this year, behind the US at 2.8% and Canada at 1.3%']]);
  });
});
describe('thirty-third session: an interview question\'s report', () => {
  it('"Q: Traders claim footfall has fallen by 30%" is the traders\' claim, which the answer\'s counts contradict', () => {
    const a = analyze('**Q: Traders claim footfall has fallen by 30% since the charges came in.**\n\nA: Our own counts show footfall is down by about 6%.', 'markdown');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
      ['claim', 'Traders', 'footfall has fallen by 30% since the charges came in'],
      ['show', 'Our own counts', 'footfall is down by about 6%'],
    ]);
    assert.deepEqual(a.links.map((l) => l.relation), ['contradicts']);
  });
});
describe('thirty-third session: what a report led to, and a message circulating', () => {
  it('"said it pays its staff X, after a union accused it of Y": the accusation is no part of what was said', () => {
    const a = analyze('Grocery chain Fenwicks has said it pays all its shop-floor staff "well above" the real living wage, after a union accused it of "poverty pay".', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['said', 'it pays all its shop-floor staff "well above" the real living wage'], ['accused', '"poverty pay"']]);
    // ("it" acting on what is its own is the firm's claim, no pronoun pointing back)
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['it pays all its shop-floor staff "well above" the real living wage', 'Fenwicks']]);
  });
  it('"A message circulating on WhatsApp and Facebook claimed X" is the message\'s; "that distinction" opens what is said', () => {
    const a = analyze('A message circulating on WhatsApp and Facebook claimed that the festival had been called off because of poor ticket sales.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['message']);
    assert.deepEqual(analyze('The union said that distinction was "meaningless to workers".', 'plaintext').attributions.map((x) => x.content?.text), ['that distinction was "meaningless to workers"']);
  });
});
describe('thirty-third session: "a number of claims about it"', () => {
  it('is a quantity of a plural noun, no cue', () => {
    assert.deepEqual(analyze('Since the cycle lane opened in May, a number of claims about it have been shared online.', 'plaintext').attributions, []);
  });
});
describe('thirty-third session: "despite figures showing that X"', () => {
  it('the figures report X, the model\'s silence notwithstanding', () => {
    const view = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(view('The plan went ahead despite figures showing that only 870 homes were completed.'), [['showing', 'figures', 'only 870 homes were completed']]);
    assert.deepEqual(view('Hannah Cole has insisted that the council will meet its target of 5,000 new homes by 2030, despite figures showing it is falling behind.'), [
      ['insisted', 'Hannah Cole', 'the council will meet its target of 5,000 new homes by 2030'],
      ['showing', 'figures', 'it is falling behind'],
    ]);
  });
});
describe('thirty-third session: a restrictive relative clause that reports', () => {
  it('"A housing association that told tenants X has been fined": the association, and X up to the main verb', () => {
    const a = analyze('A housing association that told tenants their flats were "safe and dry" has been fined £250,000.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]), [['told', 'that', 'housing association', 'their flats were "safe and dry"']]);
    // (not a preposition's phrase)
    assert.ok(!analyze('Among those who said they cared most about a candidate, Clinton won.', 'plaintext').attributions.some((x) => x.speaker === 'Among those'));
  });
});
describe('thirty-fourth session: a verb in -ed, where it was said, then "that"', () => {
  it('"A whistleblower, who worked in X, alleged in a letter to the regulator that Y" reports Y; "maintained in an interview that" too', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(rows("A whistleblower, who worked in the company's safety team, alleged in a letter to the Medicines and Healthcare products Regulatory Agency that at least 14 cases were never reported."), [
      ['alleged', "A whistleblower, who worked in the company's safety team", 'at least 14 cases were never reported'],
    ]);
    assert.deepEqual(rows('Smith maintained in an interview that the payments were legal.'), [['maintained in an interview', 'Smith', 'the payments were legal']]);
    // (no medium named between: the model's check stands)
    assert.deepEqual(rows('The alleged in a letter.'), []);
  });
});
describe('thirty-fourth session: "says think tank" after what is said', () => {
  it('reads "think tank" as the source\'s noun (the lexicon reads "think" as a verb), with or without "the"', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(rows('Hospital waiting lists at record high, says think tank; NHS disputes figure'), [['says', 'think tank', 'Hospital waiting lists at record high']]);
    assert.deepEqual(rows('Bus fares will rise by 10%, says the think tank'), [['says', 'the think tank', 'Bus fares will rise by 10%']]);
  });
});
describe('thirty-fourth session: a model report in a relative clause between commas', () => {
  it('ends what is said at the comma before the main clause\'s verb', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]);
    assert.deepEqual(rows('The report, which said fares rose by 10%, was published on Monday.'), [['said', 'which', 'report', 'fares rose by 10%']]);
    assert.deepEqual(rows('The clip, which shows cars being swept down a street, was shared 5,000 times.'), [['shows', 'which', 'clip', 'cars being swept down a street']]);
  });
});
describe('thirty-fourth session: how long, between the verb and "that"', () => {
  it('"have said for two years that X", "argued for more than a decade that X" report X', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(rows('Residents have said for two years that the bypass caused flooding.'), [['said', 'Residents', 'the bypass caused flooding']]);
    assert.deepEqual(rows('He has argued for more than a decade that taxes are too high.'), [['argued', 'He', 'taxes are too high']]);
  });
});
describe('thirty-fourth session: an allegation\'s "that" clause as the sentence\'s subject, a quotation inside it', () => {
  it('ends what is said before the sentence\'s own verb', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text ?? null, x.content?.text]);
    assert.deepEqual(rows('An advert claiming that Nettle offered "the fastest speeds in Britain" has been banned.'), [['claiming', 'An advert', 'Nettle offered "the fastest speeds in Britain"']]);
    assert.deepEqual(rows('A rumour that the vaccine "contains pork gelatine" has spread through WhatsApp groups.'), [['rumour', null, 'the vaccine "contains pork gelatine"']]);
    // (a verb coordinated with the clause's, with its auxiliary, stays in it)
    assert.deepEqual(rows('Trump\'s accusation that Clinton is playing the "woman\'s card" and would be a failed candidate if she were a man drew fire.').map((x) => x[2]), ['that Clinton is playing the "woman\'s card" and would be a failed candidate if she were a man']);
  });
});
describe('thirty-fourth session: a heading "What X said about Y"', () => {
  it('reports nothing, after a label too; in prose the report stays whole, as PolNeAR marks it', () => {
    assert.deepEqual(analyze('# Q&A: What the health secretary said about waiting lists\n\nShe spoke on Tuesday.', 'markdown').attributions, []);
    assert.deepEqual(analyze('What the health secretary said about waiting lists', 'plaintext').attributions, []);
    assert.deepEqual(analyze('Here is what the health secretary said about waiting lists.', 'plaintext').attributions.map((x) => [x.cue.text, x.content?.text ?? null]), [['said', 'what the health secretary said about waiting lists']]);
  });
});
describe('thirty-fourth session: a headline\'s role in sentence case before its colon', () => {
  it('"Transport boss: X", "Mexico prosecutor: X" report X; a label of common words does not', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(rows('Transport boss: new trains will end overcrowding'), [[':', 'Transport boss', 'new trains will end overcrowding']]);
    assert.deepEqual(rows('Mexico prosecutor: Students not in 1st mass graves'), [[':', 'Mexico prosecutor', 'Students not in 1st mass graves']]);
    assert.deepEqual(rows('Fact check: new trains will end overcrowding'), []);
  });
});
describe('thirty-fourth session: a claim kept to, "sticks to claim that X"', () => {
  it('reports X, the one who keeps to it the source; "stood by her claims but X" reports nothing new', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(rows('Ex-footballer sticks to claim that heading caused his dementia'), [['sticks to claim', 'Ex-footballer', 'heading caused his dementia']]);
    assert.deepEqual(rows('The newspaper stood by its story that the minister had lied.'), [['stood by its story', 'The newspaper', 'the minister had lied']]);
    assert.deepEqual(rows('She stood by her claims but did not provide any evidence.'), []);
  });
});
describe('thirty-fourth session: "A claim that X has been repeated by Y"', () => {
  it('Y reports X, whether the model found the cue or not; a denial\'s passive stays a denial', () => {
    const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]);
    assert.deepEqual(rows('A claim that 90% of new jobs go to foreign workers has been repeated by several MPs in recent weeks.'), [['repeated', 'several MPs', '90% of new jobs go to foreign workers']]);
    assert.deepEqual(rows('The claim that 90% of new jobs go to foreign workers was made by the home secretary.'), [['made', 'the home secretary', '90% of new jobs go to foreign workers']]);
    // (up to when it was made)
    assert.deepEqual(rows('The claim that pay has halved was made by the minister in recent weeks.'), [['made', 'the minister', 'pay has halved']]);
    assert.deepEqual(analyze('The claim that 90% of new jobs go to foreign workers was made by the home secretary.', 'plaintext').claims.map((c) => c.claimant), ['home secretary']);
    assert.deepEqual(analyze('Claims that the bridge will close have been denied by the council.', 'plaintext').denials.map((d) => d.cue.text), ['have been denied']);
  });
});
describe('thirty-fifth session: a relative pronoun alone is no content when its clause has a predicate of its own', () => {
  it('"... than those who do not has been criticised by other scientists" reports nothing "who" says', () => {
    const a = analyze('A study that found teenagers who use phones after 9pm sleep an hour less than those who do not has been criticised by other scientists.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), []);
    // (but "which" as the object of the cue, as PolNeAR's annotators take it, stays)
    const b = analyze('The rule, which the department first proposed last July, drew 300,000 comments.', 'plaintext');
    assert.deepEqual(b.attributions.map((x) => [x.cue.text, x.content?.text]), [['proposed', 'which']]);
  });
});
describe('thirty-fifth session: a participle\'s report after a time\'s conjunction', () => {
  const rows = (t: string) => analyze(t, 'plaintext').attributions.filter((a) => a.cue.text.endsWith('ing')).map((a) => [a.cue.text, a.source?.text, a.content?.text]);
  it('"has been accused of misleading Parliament after claiming that X": the sentence\'s subject claims X', () => {
    assert.deepEqual(rows('The health secretary has been accused of misleading Parliament after claiming that 40 new hospitals would be built by 2030.'), [['claiming', 'The health secretary', '40 new hospitals would be built by 2030']]);
    assert.deepEqual(rows('The minister resigned after saying that crime had halved.'), [['saying', 'The minister', 'crime had halved']]);
  });
  it('opening the sentence, the subject after the clause\'s comma reports, and the clause ends there (no "After" as the source)', () => {
    assert.deepEqual(rows('After claiming that crime had halved, the minister resigned.'), [['claiming', 'the minister', 'crime had halved']]);
    assert.deepEqual(rows('Since announcing he would not seek the presidency, Mr. Biden has spoken often.'), [['announcing', 'Mr. Biden', 'he would not seek the presidency']]);
  });
});
describe('thirty-fifth session: "made by a retailers\' association, which said X by call handlers"', () => {
  it('the relative "which" stands for the phrase with a plural\'s possessive; the content takes in the agent after "by"', () => {
    const a = analyze("West Midlands Police has rejected the claim.\n\nThe claim was made by a retailers' association, which said its members had been told this by call handlers.", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]), [['said', 'which', "retailers' association", 'its members had been told this by call handlers']]);
  });
});
describe('thirty-seventh session: an article the model reads as the source right after its cue opens the cue\'s object', () => {
  const rows = (t: string) => analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.speaker, x.content?.text]);
  it('"The association\'s chairman, Gary Holt, stood by the figures": the subject before the cue is the source, the object the content', () => {
    assert.deepEqual(rows("The association's chairman, Gary Holt, stood by the figures."), [['stood by', "The association's chairman, Gary Holt", 'Gary Holt', 'the figures']]);
    assert.deepEqual(rows('The chairman, Gary Holt, stood by the figures.'), [['stood by', 'The chairman, Gary Holt', 'Gary Holt', 'the figures']]);
  });
  it('a later "he said" resolves to that speaker, and no claim is made of the subject chain', () => {
    const a = analyze("The association's chairman, Gary Holt, stood by the figures. \"Our numbers are accurate, but they cover only one county,\" he said.", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.speaker]), [['stood by', 'Gary Holt'], ['said', 'Gary Holt']]);
    assert.ok(!a.claims.some((c) => c.span.text.includes('chairman')));
  });
});
describe('thirty-seventh session: a participle of finding goes on with the content\'s perfect', () => {
  it('"Police said officers had searched the riverbank and found no ballot papers": what the officers found is the police\'s content', () => {
    assert.deepEqual(triplesOf('Police said officers had searched the riverbank on Monday and found no ballot papers.'), [['said', 'Police', 'officers had searched the riverbank on Monday and found no ballot papers']]);
  });
  it('but a verb of speech of the source\'s own still ends the content: "said X and added Y"', () => {
    assert.deepEqual(triplesOf('Police said officers had searched the riverbank and added that the search would resume on Tuesday.').map((x) => x.slice(0, 3)), [
      ['said', 'Police', 'officers had searched the riverbank'],
      ['added', 'Police', 'that the search would resume on Tuesday'],
    ]);
  });
});
describe('thirty-seventh session: a participle\'s report on the sentence\'s subject ends before the sentence\'s verb', () => {
  it('past a present form the tagger reads as a noun ("diet soda causes dementia | was criticised")', () => {
    assert.deepEqual(triplesOf('A study claiming that diet soda causes dementia was criticised by scientists.')[0], ['claiming', 'A study', 'diet soda causes dementia']);
  });
  it('past a relative clause on the clause\'s subject ("people who drink diet soda | are three times more likely | has been criticised")', () => {
    assert.deepEqual(triplesOf('A widely reported study claiming that people who drink diet soda every day are three times more likely to develop dementia has been criticised by scientists.')[0],
      ['claiming', 'A widely reported study', 'people who drink diet soda every day are three times more likely to develop dementia']);
  });
  it('but a compound noun before the verb is no verb ("that price rises | were")', () => {
    assert.deepEqual(triplesOf('A report claiming that price rises were slowing was published on Monday.')[0], ['claiming', 'A report', 'price rises were slowing']);
  });
});
describe('thirty-seventh session: a name with its relative clause after a phrase that opens the sentence', () => {
  it('"In an interview with the Sunday Chronicle, Laura Finch, who worked for X, said": the source starts at the name', () => {
    assert.deepEqual(triplesOf('In an interview with the Sunday Chronicle, Laura Finch, who worked for Ian Prescott for two years, said the offer was made at a dinner in March.'),
      [['said', 'Laura Finch, who worked for Ian Prescott for two years', 'the offer was made at a dinner in March']]);
    assert.deepEqual(triplesOf('Still, Petrilli, who thinks the rules are too strict, said the new law was much better.').map((x) => x[1]), ['Petrilli, who thinks the rules are too strict']);
  });
  it('but a name and its appositive before the relative clause stay whole', () => {
    assert.deepEqual(triplesOf('Elward Edd, an official at the Hopi Tribal Housing Authority in Arizona, which has a backlog, said the plan had failed.').map((x) => x[1]), ['Elward Edd, an official at the Hopi Tribal Housing Authority in Arizona, which has a backlog']);
  });
});
describe('thirty-seventh session: a subordinator that is part of a preposition opens no clause', () => {
  it('"A tweet claiming that X because of a flu outbreak | has been shared": the report ends before the sentence\'s verb', () => {
    assert.deepEqual(triplesOf('A tweet claiming that all schools in Kent will close on Friday because of a flu outbreak has been shared more than 30,000 times.'), [['claiming', 'A tweet', 'all schools in Kent will close on Friday because of a flu outbreak']]);
    assert.deepEqual(triplesOf('A post claiming that fruit such as apples can cure flu has been shared widely.'), [['claiming', 'A post', 'fruit such as apples can cure flu']]);
  });
});
describe('thirty-seventh session: a modal after a comma\'s "and" goes on with the content\'s own', () => {
  it('"said the cuts would mostly affect cabin crew, and could be announced as early as January": one content', () => {
    assert.deepEqual(triplesOf('One of the sources said the cuts would mostly affect cabin crew and ground staff at its Manchester base, and could be announced as early as January.'),
      [['said', 'One of the sources', 'the cuts would mostly affect cabin crew and ground staff at its Manchester base, and could be announced as early as January']]);
  });
  it('but "will", the source\'s own plan, and a verb of the source\'s own end it', () => {
    assert.deepEqual(triplesOf('The minister said the plan would fail, and will meet the unions on Monday.'), [['said', 'The minister', 'the plan would fail']]);
  });
});
describe('thirty-seventh session: ", the BBC understands." reports what comes before it', () => {
  it('a newsroom\'s understanding closing the sentence is a postposed report', () => {
    assert.deepEqual(triplesOf('The minister will resign next week, the BBC understands.'), [['understands', 'the BBC', 'The minister will resign next week']]);
  });
  it('but "understand" anywhere else reports nothing, nor ends a content as a verb of saying would', () => {
    assert.deepEqual(triplesOf('I understand that you are upset, she said.'), [['said', 'she', 'I understand that you are upset']]);
    assert.deepEqual(triplesOf('Sandra Inman said she could not support Trump but understood why people did.'), [['said', 'Sandra Inman', 'she could not support Trump but understood why people did']]);
  });
});
describe('thirty-seventh session: a verb of saying the tagger reads as a noun ends the source before it', () => {
  it('"NHS England figures show the trust reported that X": the trust reports, the figures show the report', () => {
    assert.deepEqual(triplesOf('NHS England figures show the trust reported that 94% of patients were seen within four hours.'), [
      ['show', 'NHS England figures', 'the trust reported that 94% of patients were seen within four hours'],
      ['reported', 'the trust', '94% of patients were seen within four hours'],
    ]);
  });
});
describe('thirty-seventh session: a statement\'s noun, then where it was made', () => {
  it('"He repeated the claim in a post on X that has since been viewed 2 million times": the content is the claim, no claim of its own', () => {
    const a = analyze('Sen. Rick Dawson said violent crime in the city had doubled since 2022. He repeated the claim in a post on X that has since been viewed more than 2 million times.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['said', 'violent crime in the city had doubled since 2022'], ['repeated', 'the claim']]);
    assert.deepEqual(a.claims.map((c) => c.span.text), ['violent crime in the city had doubled since 2022']);
  });
});
describe('thirty-eighth session: a report in a clause a subordinator opens', () => {
  it('"X said Y, while Northwest Water reported 700 at the same sites": the later clause reports nothing of the first', () => {
    assert.deepEqual(triplesOf('Campaign group Clean Rivers Now said its volunteers had recorded 1,400 spills at 30 sites last year, while Northwest Water reported 700 at the same sites to the Environment Agency.'),
      [['said', 'Campaign group Clean Rivers Now', 'its volunteers had recorded 1,400 spills at 30 sites last year']]);
  });
});
describe('thirty-eighth session: a subject with the charge it faces', () => {
  it('"A nurse accused of murdering seven babies told the jury X": the nurse, with the charge, tells; she is the speaker', () => {
    const a = analyze('A nurse accused of murdering seven babies told the jury she had done nothing wrong.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text, x.speaker]), [['A nurse accused of murdering seven babies', 'told', 'she had done nothing wrong', 'nurse']]);
  });
  it('"accused of taking bribes in return for housing contracts has told a jury he \\"never took a penny\\"": the charge ends before the auxiliary, the content opens at its subject', () => {
    const t = 'A former council leader accused of taking bribes in return for housing contracts has told a jury he "never took a penny" from any developer.';
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text]), [['A former council leader accused of taking bribes in return for housing contracts', 'told', 'he "never took a penny" from any developer']]);
    assert.deepEqual(a.claims.map((c) => [c.span.start, c.span.text]), [[t.indexOf('taking'), 'taking bribes in return for housing contracts'], [t.indexOf('he "'), 'he "never took a penny" from any developer']]);
  });
});
describe('thirty-eighth session: a content that ends on a preposition after a comma', () => {
  it('"have ruled out selling the club, despite reports that X": the content ends before the comma', () => {
    const a = analyze('The owners of Bramley Rovers have ruled out selling the club, despite reports that a US consortium had made a £150m offer.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text ?? null, x.cue.text, x.content?.text]), [
      ['The owners of Bramley Rovers', 'have ruled out', 'selling the club'],
      [null, 'reports', 'a US consortium had made a £150m offer'],
    ]);
  });
});
describe('thirty-eighth session: a participle\'s aside on the subject', () => {
  it('"The video, posted on Facebook last week, shows X": the video shows; "posted" reports nothing', () => {
    assert.deepEqual(triplesOf('The video, posted on Facebook last week, shows a man holding a magnet to his arm.'), [['shows', 'The video', 'a man holding a magnet to his arm']]);
  });
});
describe('thirty-eighth session: a title\'s full stop at the end of a model content', () => {
  it('"complaints that he is a quixotic crusader, Mr. Sanders has found": the content ends before the comma', () => {
    const a = analyze('Despite complaints that he is a quixotic crusader, Mr. Sanders has found ways to press his agenda.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['complaints', 'that he is a quixotic crusader']]);
  });
});
describe('thirty-eighth session: a title\'s full stop inside a model source', () => {
  it('"Mr. Obama is also determined to warn": the source is "Mr. Obama", not the title alone', () => {
    const a = analyze('While his advisers have suggested his most powerful role is as a convert, Mr. Obama is also determined to warn his supporters about the dangers of failing to turn out.', 'plaintext');
    const warn = a.attributions.find((x) => x.cue.text === 'warn');
    assert.deepEqual([warn?.source?.text, warn?.speaker], ['Mr. Obama', 'Obama']);
  });
});
describe('thirty-eighth session: a model content in a fronted clause', () => {
  it('"While his advisers have suggested X, Mr. Obama is ...": the content ends at the comma before the main clause', () => {
    const a = analyze('While his advisers have suggested his most powerful role is as a convert, Mr. Obama is also determined to warn his supporters about the dangers of failing to turn out.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text]), [
      ['his advisers', 'have suggested', 'his most powerful role is as a convert'],
      ['Mr. Obama', 'warn', 'his supporters about the dangers of failing to turn out'],
    ]);
  });
});
describe('thirty-eighth session: a quantifier before a noun that is the cue', () => {
  it('"There are many questions about how X": "many" counts the questions, no one who asks', () => {
    assert.deepEqual(triplesOf('There are many questions about how the contract was awarded.'), [['questions about', undefined, 'how the contract was awarded']]);
  });
  it('but "Some cheer when X" keeps its source, a verb the cue', () => {
    assert.deepEqual(triplesOf('Some cheer when the mayor calls for lower taxes.')[0], ['cheer when', 'Some', 'the mayor calls for lower taxes']);
  });
});
describe('thirty-eighth session: a closing report with an auxiliary', () => {
  it('"X misled Parliament when he said Y, the UK Statistics Authority has said.": his content ends before the closing report', () => {
    assert.deepEqual(triplesOf('The health secretary misled Parliament when he said 40 new hospitals would be built by 2030, the UK Statistics Authority has said.'), [
      ['said', 'he', '40 new hospitals would be built by 2030'],
      ['said', 'the UK Statistics Authority', 'The health secretary misled Parliament when he said 40 new hospitals would be built by 2030'],
    ]);
  });
});
describe('thirty-eighth session: a content the model begins inside a phrase of place', () => {
  it('"he was seen arguing on the touchline during the match" reports nothing', () => {
    assert.deepEqual(triplesOf('Luis Diaz denied a rift with his manager after he was seen arguing on the touchline during Saturday\'s win over Millbrook.').filter((x) => x[0] === 'arguing'), []);
  });
});
describe('thirty-eighth session: a quantifier and its "of" right after the cue', () => {
  it('"A local official, speaking on condition of anonymity, said most of the residents had fled": the official says; "most of" opens the content', () => {
    assert.deepEqual(triplesOf("A local official, speaking on condition of anonymity, said most of Pelski's 900 residents had fled before the fighting began."), [['said', 'A local official', "most of Pelski's 900 residents had fled before the fighting began"]]);
  });
});
describe('thirty-eighth session: an article the model ends a content on', () => {
  it('"reported profits of £210m last year, up from £95m the year before": the content goes on over the noun phrase and the adverb that ends the sentence', () => {
    assert.deepEqual(triplesOf('Brightwater reported profits of £210m last year, up from £95m the year before.'), [['reported', 'Brightwater', 'profits of £210m last year, up from £95m the year before']]);
  });
});
describe('thirty-ninth session: a participle\'s phrase the sentence opens with', () => {
  it('"Citing a leaked police report, the senator accused X": what is cited ends at the comma before the main clause', () => {
    assert.deepEqual(triplesOf('Citing a leaked police report, the senator accused the mayor of covering up the scale of the problem.'), [
      ['Citing', 'the senator', 'a leaked police report'],
      ['accused', 'the senator', 'covering up the scale of the problem'],
    ]);
  });
  it('"Questioned about the delays, the chief executive Anna Weir blamed X": a past participle that opens the sentence', () => {
    assert.deepEqual(triplesOf('Questioned about the delays, the chief executive Anna Weir blamed the suppliers.'), [
      ['Questioned about', undefined, 'the delays'],
      ['blamed', 'the chief executive Anna Weir', 'the suppliers'],
    ]);
  });
  it('but not a finite verb after its subject: "The inspectors concluded that while X, Y" reports the whole clause', () => {
    assert.deepEqual(triplesOf('The inspectors concluded that while the dam was sound, the spillway needed urgent repairs.'), [['concluded', 'The inspectors', 'while the dam was sound, the spillway needed urgent repairs']]);
  });
});
describe('thirty-ninth session: a date\'s comma is no main clause\'s', () => {
  const commaAfter = (t: string, word: string): string | null => {
    const ctx = buildContext(t, 'paragraph');
    const k = ctx.toks.findIndex((x) => x.text === word);
    const j = mainClauseComma(ctx, ctx.sentences[0], k);
    return j < 0 ? null : t.slice(ctx.toks[j + 1].start);
  };
  it('"Announced June 4, 2019 Ruiz dropped out": the comma before the year opens no clause', () => {
    assert.equal(commaAfter('Announced June 4, 2019 Ruiz dropped out of the race.', 'Announced'), null);
  });
  it('but "Citing the report, the senator accused X" has one', () => {
    assert.equal(commaAfter('Citing the report, the senator accused the mayor of lying.', 'Citing'), 'the senator accused the mayor of lying.');
  });
});
describe('fortieth session: the subject two reports share', () => {
  it('"Her lawyer said X, and asked the judge to Y": the second report has the first one\'s source span', () => {
    const t = 'Her lawyer said the files were private, and asked the judge to seal them.';
    assert.deepEqual(run(t).attributions.map((x) => [x.cue.text, x.source && [x.source.start, x.source.text], x.content?.text]), [
      ['said', [0, 'Her lawyer'], 'the files were private'],
      ['asked', [0, 'Her lawyer'], 'the judge to seal them'],
    ]);
  });
});
describe('fortieth session: a participle that opens the sentence hangs on the main clause\'s subject', () => {
  it('"Lamenting the weather, many growers now say X": the participle\'s source is the subject after its phrase\'s comma', () => {
    assert.deepEqual(triplesOf('Lamenting the weather, many growers now say the harvest will be the worst in a decade.'), [
      ['Lamenting', 'many growers', 'the weather'],
      ['say', 'many growers', 'the harvest will be the worst in a decade'],
    ]);
  });
  it('"But noting that prices had doubled, the report said X": past an opening conjunction, which is no source', () => {
    assert.deepEqual(triplesOf('But noting that prices had doubled, the report said families were struggling.'), [
      ['noting', 'the report', 'that prices had doubled'],
      ['said', 'the report', 'families were struggling'],
    ]);
  });
  it('but "according to" is no participle: "X, according to the memo" takes no subject for its source', () => {
    assert.deepEqual(triplesOf('The plant will close next year, according to the memo.'), [['according to', 'the memo', 'The plant will close next year']]);
  });
});
describe('fortieth session: the sources "according to" names', () => {
  it('"according to him": an object pronoun is the source', () => {
    assert.deepEqual(triplesOf('The deal is dead, according to him.'), [['according to', 'him', 'The deal is dead']]);
  });
  it('"according to even his own supporters": past a focusing adverb, which stays out of the cue', () => {
    const t = 'His time is running out, according to even his own supporters.';
    assert.deepEqual(triplesOf(t), [['according to', 'his own supporters', 'His time is running out']]);
    assert.deepEqual(run(t).attributions.map((a) => a.speaker), ['supporters']);
  });
  it('"He left after, according to him, X": an aside after a subordinator vouches for the clause after it', () => {
    assert.deepEqual(triplesOf('He left the station after, according to him, the editors censured his first report.'), [
      ['according to', 'him', 'the editors censured his first report'],
    ]);
  });
});
describe('fortieth session: a report after "but" or "and" with no report before it', () => {
  it('"Her lawyer agreed, but also argued that X": the subject the sentence opens with', () => {
    assert.deepEqual(triplesOf('Her lawyer agreed, but also argued that the files were private.'), [['argued', 'Her lawyer', 'that the files were private']]);
  });
  it('not from inside a relative clause: "a lawyer who led the team and considers X her mentor"', () => {
    const t = 'Another candidate is Ana Ruiz, a lawyer who led the transition team and considers the governor her mentor.';
    assert.ok(!run(t).attributions.some((a) => a.source?.text === 'Another candidate'));
  });
});
describe('fortieth session: how late or early it was said', () => {
  it('"said late on Friday that X": the content is the clause after "that"', () => {
    assert.deepEqual(triplesOf('The minister said late on Friday that talks had failed.'), [['said', 'The minister', 'talks had failed']]);
    assert.deepEqual(triplesOf('The minister said early last week that talks had failed.'), [['said', 'The minister', 'talks had failed']]);
  });
  it('but "said late payments had doubled" reports the adjective with its noun', () => {
    assert.deepEqual(triplesOf('The minister said late payments had doubled.'), [['said', 'The minister', 'late payments had doubled']]);
  });
});
describe('fortieth session: a verb the lexicon lacks', () => {
  it('"Reid mocked Romney, claiming that X": a past in "-ed" the lexicon lacks is a verb, whose subject the participle hangs on', () => {
    assert.deepEqual(triplesOf('Reid mocked Romney for hiding his returns, claiming that he had a source.').find((x) => x[0] === 'claiming'), ['claiming', 'Reid', 'he had a source']);
  });
  it('"said the group, numbering 75 million, became X": a participle\'s aside in the reported subject, before its verb', () => {
    assert.deepEqual(triplesOf('The bureau said the group, numbering 75 million, became the largest.'), [['said', 'The bureau', 'the group, numbering 75 million, became the largest']]);
  });
});
describe('fortieth session: "it" before a participle', () => {
  it('"Meanwhile, it attacked the senator, saying X": the body the article speaks of is the source', () => {
    assert.deepEqual(triplesOf('Meanwhile, it attacked the senator, saying his plan would fail.').find((x) => x[0] === 'saying'), ['saying', 'it', 'his plan would fail']);
  });
  it('but not an impersonal "it": "It seemed unlikely, leaving X" names no one', () => {
    assert.ok(!run('It seemed unlikely at first, suggesting that the talks would fail.').attributions.some((a) => a.source?.text === 'It'));
  });
});
describe('fortieth session: when or how long, between a subject and its verb', () => {
  it('"Wells Fargo just this month announced X": the time is no source', () => {
    assert.deepEqual(triplesOf('Wells Fargo just this month announced it would scrap the bonuses.'), [['announced', 'Wells Fargo', 'it would scrap the bonuses']]);
  });
  it('"Cruz has long said that X": nor is "long"', () => {
    assert.deepEqual(triplesOf('Cruz has long said that he qualifies for the office.'), [['said', 'Cruz', 'he qualifies for the office']]);
  });
});
describe('fortieth session: a day after the cue is no inverted source', () => {
  it('\'"X," Mitch Harlan, R-Ky., said Tuesday.\': the source is the name before the cue, not "Tuesday"', () => {
    const t = '"The veto will be overridden," Senate leader Mitch Harlan, R-Ky., said Tuesday.';
    const a = run(t).attributions;
    assert.deepEqual(a.map((x) => [x.source?.text, x.content?.text]), [['Senate leader Mitch Harlan, R-Ky', '"The veto will be overridden,"']]);
  });
});
describe('fortieth session: a noun phrase object ends before when or where it was said', () => {
  it('"attacked Machado in a radio interview", "has not mentioned Machado since the debate": the object alone', () => {
    assert.deepEqual(triplesOf('The candidate attacked Ms Ortega in a radio interview.'), [['attacked', 'The candidate', 'Ms Ortega']]);
    assert.deepEqual(triplesOf('The senator criticized the law during a campaign stop in Flint.'), [['criticized', 'The senator', 'the law']]);
    assert.deepEqual(triplesOf('The candidate has not mentioned Ms Ortega since the debate.').map((x) => x[2]), ['Ms Ortega']);
  });
  it('but not a time\'s own "after" ("hours after"), a relative clause\'s adjunct, nor a gerund\'s phrase', () => {
    assert.deepEqual(triplesOf('The governor criticized the crisis that occurred during his term.').map((x) => x[2]), ['the crisis that occurred during his term']);
    assert.deepEqual(triplesOf('The group reported spending $1.1 million on television ads.').map((x) => x[2]), ['spending $1.1 million on television ads']);
  });
});
describe('forty-second session: the subject of a passive cue is spoken of, not speaking', () => {
  it('"He has been harshly criticized for X": no source; "She was asked whether X": no source', () => {
    assert.deepEqual(triplesOf('He has been harshly criticized for his policies on trade.'), [['criticized', undefined, 'for his policies on trade']]);
    assert.deepEqual(triplesOf('She was asked whether the deal would hold.'), [['was asked', undefined, 'whether the deal would hold']]);
  });
  it('a state of mind keeps its holder: "Some Democrats are concerned that X", "Ms. Tran is convinced that X"', () => {
    assert.deepEqual(triplesOf('Some Democrats are concerned that the plan will fail.'), [['are concerned', 'Some Democrats', 'that the plan will fail']]);
    assert.deepEqual(triplesOf('Ms. Tran is convinced that the company is a fraud.'), [['is convinced', 'Ms. Tran', 'that the company is a fraud']]);
  });
});
describe('forty-second session: the subject a participle after a comma hangs on', () => {
  it('"is defending her late-night posts attempting to mock X, saying": the subject, not "her late-night" read as the subject of "posts"', () => {
    const t = 'Mayor Ruth Okafor is defending her late-night posts attempting to mock a rival councillor, saying it shows she answers voters at any hour.';
    assert.deepEqual(triplesOf(t)[1], ['saying', 'Mayor Ruth Okafor', 'it shows she answers voters at any hour']);
  });
  it('"three trusts granted Mr. Halloran an extension, saying his \\"X\\"": the subject, not the object the model read (nor its title\'s full stop)', () => {
    const t = 'In May, three river trusts granted Mr. Halloran an extension on an order to clear a spoil heap, saying his "funds were smaller than promised."';
    assert.deepEqual(triplesOf(t), [['saying', 'three river trusts', 'his "funds were smaller than promised."']]);
  });
  it('a source the model begins at a title\'s full stop takes the title: "Mr. Trump", not ". Trump"', () => {
    assert.deepEqual(triplesOf('Despite Mr. Lopez\'s claims that the bridge is safe, engineers have closed it.'), [['claims', 'Mr. Lopez\'s', 'that the bridge is safe']]);
  });
});
describe('forty-second session: a closing mark written for an opening one', () => {
  it('"”X.” ― Name" at a paragraph\'s start: the quotation the name signs, its first mark a closing one', () => {
    const t = '”Mr. Ortiz embodies the old politics. He has no plan for the valley.” ― Ana Lopez\n“He will lose in March.” ― Bo Lee';
    assert.deepEqual(triplesOf(t), [
      ['―', 'Ana Lopez', '”Mr. Ortiz embodies the old politics. He has no plan for the valley.”'],
      ['―', 'Bo Lee', '“He will lose in March.”'],
    ]);
  });
  it('signed quotations run on in one line: the name ends before the next quotation\'s mark', () => {
    assert.deepEqual(triplesOf('“He will lose.” ― Ana Lopez “He will win.” ― Bo Lee'), [['―', 'Ana Lopez', '“He will lose.”'], ['―', 'Bo Lee', '“He will win.”']]);
  });
  it('a closing mark after a word closes as before: "”" in \'the “plan” works\' is no opening', () => {
    assert.deepEqual(triplesOf('The mayor said the “plan” works.'), [['said', 'The mayor', 'the “plan” works']]);
  });
});
describe('forty-second session: a headline\'s "Name on Topic: what was said"', () => {
  it('"Lopez on Tax Reform: \'We Will Cut Rates.\'" and "Former Minister Ruiz at Summit: X": the name before "on", "at" or "to" is the source', () => {
    assert.deepEqual(triplesOf("Lopez on Tax Reform: 'We Will Cut Rates.'"), [[':', 'Lopez', "'We Will Cut Rates.'"]]);
    assert.deepEqual(triplesOf('Former Minister Ruiz at Summit: Trade war would hurt both sides.'), [[':', 'Former Minister Ruiz', 'Trade war would hurt both sides.']]);
    assert.deepEqual(triplesOf('Ruiz To Farmers Worried About Drought: Help Is Coming.').filter((x) => x[0] === ':'), [[':', 'Ruiz', 'Help Is Coming.']]);
  });
  it('a common noun before "on" names no one: "Attack on Harbour Town: X", "Ban on Guns: X"', () => {
    assert.deepEqual(triplesOf('Attack on Harbour Town: Two suspects held.'), []);
    assert.deepEqual(triplesOf('Ban on Guns: Senate votes to extend it.'), []);
  });
});
describe('forty-second session: saying little', () => {
  it('"said little." and "said little, according to X" report nothing; "said little about the plan" reports its topic', () => {
    assert.deepEqual(triplesOf('Mr. Varga, pointing to the governor\'s attack on what he calls the "crooked" budget, said little.').map((x) => x[0]), ['pointing to']);
    assert.deepEqual(triplesOf('She joined the final minutes of the dinner and said little, according to a guest.').map((x) => x[0]), ['according to']);
    assert.deepEqual(triplesOf('She said little about the plan.'), [['said little about', 'She', 'the plan']]);
  });
});
describe('forty-second session: a time between the subject and the cue', () => {
  it('"the county board this month rejected X": the board, not "month"; "who in 2012 said X": "who", not "2012"', () => {
    assert.deepEqual(triplesOf('Besides the row over the school map, the county board this month rejected a plea from parents to keep the village school open.'),
      [['rejected', 'the county board', 'a plea from parents to keep the village school open']]);
    assert.deepEqual(triplesOf('Brenner, who in 2012 said the aim was to halve the deficit within a term, spoke on Monday.'), [['said', 'who', 'the aim was to halve the deficit within a term']]);
  });
  it('a name\'s time word and a document\'s time stay: "Sculptor Ivy Winter reveals", "a survey released Monday"', () => {
    assert.deepEqual(triplesOf('Sculptor Ivy Winter reveals all about the hoax.'), [['reveals', 'Sculptor Ivy Winter', 'all about the hoax']]);
    assert.deepEqual(triplesOf('Fewer than half of the parents polled in a survey released Monday support the plan.'), [['support', 'Fewer than half of the parents polled in a survey released Monday', 'the plan']]);
  });
  it('"After saying his knee was \\"X,\\" he was taken to hospital": the subject after the quotation\'s comma', () => {
    assert.deepEqual(triplesOf('After saying his knee was "too sore to bend," he was taken to hospital.'), [['saying', 'he', 'his knee was "too sore to bend,"']]);
  });
});
describe('forty-second session: a participle after coordinated verbs', () => {
  it('"Okafor, a surgeon, then appeared on a phone-in and began by saying X": the subject of the first verb', () => {
    assert.deepEqual(triplesOf('Okafor, a retired surgeon, then appeared on a radio phone-in on Friday and began by saying she would never judge a patient from a photograph.'),
      [['saying', 'Okafor, a retired surgeon', 'she would never judge a patient from a photograph']]);
  });
});
describe('forty-second session: a participle after an inverted report', () => {
  it('\'"X," said Marsh, suggesting that Y\': the name after the verb; \'"X," said Rep. Ana Ruiz (D-Ohio) at the time, adding that Y\' too', () => {
    assert.deepEqual(triplesOf('"Tempers ran high all spring," said Marsh, suggesting that the autumn talks will be calmer.')[1], ['suggesting', 'Marsh', 'the autumn talks will be calmer']);
    assert.deepEqual(triplesOf('"This is nothing new in Ohio," said Rep. Ana Ruiz (D-Ohio) at the time, adding that "we have elected women for decades."')[1], ['adding', 'Rep. Ana Ruiz', '"we have elected women for decades."']);
  });
  it('not a day after a verb the appositive\'s comma precedes: "Brandt, the sheriff\'s challenger, called Friday for X, saying Y"', () => {
    assert.deepEqual(triplesOf('County Attorney Lena Brandt, the sheriff\'s challenger, called Friday for releasing the footage, saying that openness "builds trust."').map((x) => x[1]), ['County Attorney Lena Brandt, the sheriff\'s challenger', 'County Attorney Lena Brandt, the sheriff\'s challenger']);
  });
});
describe('forty-second session: a camp or a team is a source', () => {
  it('"Ruiz camp: X" in a headline: the camp says X', () => {
    assert.deepEqual(triplesOf("Ruiz camp: The mayor's plan threatens the port."), [[':', 'Ruiz camp', "The mayor's plan threatens the port."]]);
  });
});
describe('forty-second session: a subject with a passive participle and its agent', () => {
  it('"The man arrested by police said X": the man, not the police; "He was told by police that X" keeps its agent', () => {
    assert.deepEqual(triplesOf('The man arrested by police said he was innocent.'), [['said', 'The man arrested by police', 'he was innocent']]);
    assert.deepEqual(triplesOf('A Dutch aid worker seized by rebels says she is unharmed.'), [['says', 'A Dutch aid worker seized by rebels', 'she is unharmed']]);
    assert.deepEqual(triplesOf('He was told by police that he could go.'), [['told', 'police', 'he could go']]);
  });
});
describe('forty-second session: a report rejected with a participle, and a document\'s aside', () => {
  it('"rejected a report by X which found that Y, calling its figures \\"misleading\\"": the finding ends before the denial, is a claim, and the rejection denies it', () => {
    const a = run('Health minister Tom Reyes on Monday rejected a report by the Halden Trust which found that waits for hip operations had doubled since 2019, calling its figures "misleading".');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['found', 'that waits for hip operations had doubled since 2019']]);
    const claim = a.claims.find((c) => c.span.text === 'waits for hip operations had doubled since 2019');
    assert.ok(claim);
    assert.deepEqual(a.links.filter((l) => l.claim === claim.id).map((l) => [l.relation, a.denials.find((d) => d.id === l.counter)?.source?.text]), [['denies', 'Health minister Tom Reyes']]);
  });
  it('"According to the report, published last week, X": the source with its aside, the content after it', () => {
    assert.deepEqual(triplesOf('According to the report, published last week, patients now wait an average of 41 weeks for surgery.'), [['According to', 'the report, published last week', 'patients now wait an average of 41 weeks for surgery']]);
  });
});
describe('forty-second session: a possessive, then a modifier the lexicon reads as a verb', () => {
  it('\'"X," said Coastline\\\'s lead engineer, Omar Haddad.\': the whole role and name, not "Coastline\\\'s"', () => {
    assert.deepEqual(triplesOf('"We found water coming through at 1.2 metres," said Coastline\'s lead engineer, Omar Haddad.'), [['said', "Coastline's lead engineer, Omar Haddad", '"We found water coming through at 1.2 metres,"']]);
  });
});
describe('forty-second session: a report set against another after ", but"', () => {
  it('"told us X, but the department\'s own figures put Y": the first content ends at the comma, the second report is the figures\'', () => {
    assert.deepEqual(triplesOf('Brandt\'s campaign told us the 500 figure "includes civilian staff", but the department\'s own figures put civilian losses at 95.'), [
      ['told', "Brandt's campaign", 'the 500 figure "includes civilian staff"'],
      ['put', "the department's own figures", 'civilian losses at 95'],
    ]);
  });
  it('"said X, but prices kept rising" (no report after "but") keeps its content whole', () => {
    assert.deepEqual(triplesOf('The minister said the plan would work, but prices kept rising.'), [['said', 'The minister', 'the plan would work, but prices kept rising']]);
  });
});
describe('forty-second session: a party and state in brackets after the name', () => {
  it('\'"X," Chairman Tom Varga (R-Utah) said in a statement, adding that Y\': the name with its brackets, and X for content', () => {
    assert.deepEqual(triplesOf('"Plea deals should not be handed out to witnesses," Chairman Tom Varga (R-Utah) said in a statement, adding that the deals were given away like sweets.'), [
      ['said', 'Chairman Tom Varga (R-Utah)', '"Plea deals should not be handed out to witnesses,"'],
      ['adding', 'Chairman Tom Varga (R-Utah)', 'the deals were given away like sweets'],
    ]);
    assert.deepEqual(triplesOf('Gov. Dale Morrow (R) said he expects an appeal.'), [['said', 'Gov. Dale Morrow (R)', 'he expects an appeal']]);
  });
});
describe('forty-second session: an adjective, then a modifier the lexicon reads as a verb', () => {
  it('"According to conservative talk radio host Ana Ruiz, X": the whole phrase is the source and X the content', () => {
    assert.deepEqual(triplesOf('According to conservative talk radio host Ana Ruiz, the decision smells of panic.'), [['According to', 'conservative talk radio host Ana Ruiz', 'the decision smells of panic']]);
  });
  it('not a preposition after an adjective: "He has said little about the merger" keeps its cue phrase', () => {
    assert.deepEqual(triplesOf('He has said little about the merger in recent weeks.').map((x) => x[0]), ['has said little about']);
  });
});
describe('forty-second session: a fronted clause, then a cue with words after it', () => {
  it('"After the tribunal refused X, Attorney General Ana Ruiz asked the high court for a swift ruling": what she asked for is the content', () => {
    assert.deepEqual(triplesOf('After the tribunal refused to rehear the case, Attorney General Ana Ruiz asked the high court for a swift ruling.')[1], ['asked', 'Attorney General Ana Ruiz', 'the high court for a swift ruling']);
  });
});
describe('forty-third session: a report inside a relative clause whose pronoun is the reported subject', () => {
  it('"cited the levies, which she said had doubled rents": a report of its own after the first cue\'s object', () => {
    assert.deepEqual(triplesOf('At three rallies, Okafor cited the harbour levies, which she said had doubled rents in Port Elwin.'), [
      ['cited', 'Okafor', 'the harbour levies'],
      ['said', 'she', 'had doubled rents in Port Elwin'],
    ]);
  });
  it('"a memo that he says was written by the board": the relative "that" is no complementiser; the report stands inside the other\'s content', () => {
    const t = triplesOf('Lindqvist signed a memo that he says was written by the board.');
    assert.deepEqual(t.find((x) => x[0] === 'says'), ['says', 'he', 'was written by the board']);
  });
  it('"focused on what they believe were the council\'s errors": a belief too, its content ending at a comma that a clause follows', () => {
    assert.deepEqual(triplesOf('Tenants focused on what they believe were the council\'s errors, and the mayor stayed silent.').find((x) => x[0] === 'believe'), ['believe', 'they', "were the council's errors"]);
  });
  it('a list\'s commas do not end it: "which he said had cost schools, clinics and roads"', () => {
    assert.deepEqual(triplesOf('Reyes blamed the cuts, which he said had cost schools, clinics and roads their funding.').find((x) => x[0] === 'said'), ['said', 'he', 'had cost schools, clinics and roads their funding']);
  });
  it('not a noun after a name ("that Baltic member states committed to spend") nor a bare verb form ("with which Norway maintains close ties")', () => {
    assert.deepEqual(triplesOf('It is below the 2 percent that Baltic member states committed to spend.'), []);
    assert.deepEqual(triplesOf('It is a region with which Norway maintains close ties.'), []);
  });
});
describe('forty-third session: a word the lexicon reads as a verb after an article', () => {
  it('"according to a reverse image search": the whole phrase is the source, not "a"', () => {
    assert.deepEqual(triplesOf('The picture was taken in 2019, according to a reverse image search.'), [['according to', 'a reverse image search', 'The picture was taken in 2019']]);
  });
  it('"told a cheering crowd in Leeds that X": the object is skipped whole, and X is the content', () => {
    assert.deepEqual(triplesOf('Okafor told a cheering crowd in Leeds that she expects to win the seat.'), [['told', 'Okafor', 'she expects to win the seat']]);
  });
});
describe('forty-third session: a content the model runs on into a possessor\'s source', () => {
  it('"far less than the 80mm Lund\'s post claimed": the cue\'s object is the noun phrase before the source, not the clause before it', () => {
    assert.deepEqual(triplesOf('Gauge data shows 14mm of rain fell that day, far less than the 80mm Lund’s post claimed.')[1], ['claimed', 'Lund’s post', 'the 80mm']);
  });
});
describe('forty-third session: "purports to show", "a video claiming to show"', () => {
  it('"The image, shared 12,000 times, purports to show X": the image claims X, its infinitive the content', () => {
    assert.deepEqual(triplesOf('The image, shared 12,000 times on Facebook, purports to show trains standing in water at Norby station.'), [['purports', 'The image', 'to show trains standing in water at Norby station']]);
  });
  it('a participle right after its noun: "A clip claiming to show X has been shared", "Photos purporting to show X were taken in 2019" end before the sentence\'s own verb', () => {
    assert.deepEqual(triplesOf('A clip claiming to show a crocodile on a flooded motorway has been shared widely.'), [['claiming', 'A clip', 'to show a crocodile on a flooded motorway']]);
    assert.deepEqual(triplesOf('Photos purporting to show the flooded station were taken in 2019.'), [['purporting', 'Photos', 'to show the flooded station']]);
    assert.deepEqual(triplesOf('A clip claiming to show a mayor having lunch with a lobbyist is old.'), [['claiming', 'A clip', 'to show a mayor having lunch with a lobbyist']]);
  });
  it('"the purported video" claims nothing', () => {
    assert.deepEqual(triplesOf('The purported video was filmed elsewhere.'), []);
  });
});
describe('forty-fourth session: a relative clause\'s report ends where the main clause goes on', () => {
  it('", which said X, later denied it": the content ends at the comma, past an adverb before the main verb', () => {
    assert.deepEqual(triplesOf('The ministry, which said the bridge had collapsed, later denied it.'), [['said', 'which', 'the bridge had collapsed']]);
  });
});
describe('forty-fourth session: a report in a free relative', () => {
  it('"Despite what officials say, X": the report\'s content is its "what", the clause after the comma the article\'s own', () => {
    assert.deepEqual(triplesOf('Despite what officials say, the river is still polluted.'), [['say', 'officials', 'what']]);
    assert.deepEqual(triplesOf('Contrary to what the governor claimed, unemployment rose last year.'), [['claimed', 'the governor', 'what']]);
  });
  it('or a subordinate clause after the cue: "That was what the anchor said when she resigned"', () => {
    assert.deepEqual(triplesOf('That was what the anchor said when she resigned from the network.'), [['said', 'the anchor', 'what']]);
  });
});
describe('forty-fourth session: a study with who made it', () => {
  it('"Tests by an independent lab found X": the source is the tests with their maker, not the lab alone', () => {
    assert.deepEqual(triplesOf('Tests by an independent lab found mercury levels three times the legal limit.'), [['found', 'Tests by an independent lab', 'mercury levels three times the legal limit']]);
    assert.deepEqual(triplesOf('A survey by the union found that most members backed the strike.'), [['found', 'A survey by the union', 'most members backed the strike']]);
  });
});
describe('forty-fourth session: a quotation after a report with a report of its own', () => {
  it('"\\"Q1,\\" Warren said. \\"Q2\\" to drive up the price, she said.": the first report\'s content ends with its own quotation', () => {
    assert.deepEqual(triplesOf('“This just isn’t right,” Warren said. “You squeezed staff to the breaking point” to drive up the share price, she said.'), [
      ['said', 'Warren', '“This just isn’t right,”'],
      ['said', 'she', '“You squeezed staff to the breaking point” to drive up the share price'],
    ]);
  });
  it('a quotation with no report of its own goes on as the first report\'s: "\\"Q1,\\" Warren said. \\"Q2.\\""', () => {
    assert.deepEqual(triplesOf('“This just isn’t right,” Warren said. “You squeezed staff to the breaking point.”'), [['said', 'Warren', '“This just isn’t right,” Warren said. “You squeezed staff to the breaking point.”']]);
  });
});
describe('forty-fourth session: a name, a verb in -s and "that"', () => {
  it('"Trump charges that X", "Warren charges that X": a report, though the model reads the name and the verb as one noun phrase', () => {
    assert.deepEqual(triplesOf('Trump charges that the agency hid the data.'), [['charges', 'Trump', 'the agency hid the data']]);
    assert.deepEqual(triplesOf('Elizabeth Warren charges that the bank misled investors.'), [['charges', 'Elizabeth Warren', 'the bank misled investors']]);
  });
});
describe('forty-fourth session: a relative clause\'s report by a bare plural, between commas', () => {
  it('", which critics claim was rigged, went ahead": the critics\' report ends at the comma the main verb follows', () => {
    assert.deepEqual(triplesOf('The vote, which critics claim was rigged, went ahead.'), [['claim', 'critics', 'was rigged']]);
    assert.deepEqual(triplesOf('The bridge, which officials said was safe, collapsed.'), [['said', 'officials', 'was safe']]);
    // (a plural of people a report comes from, GROUP_NOUNS: "observers", "advocates")
    assert.deepEqual(triplesOf('The vote, which observers say was rigged, went ahead.'), [['say', 'observers', 'was rigged']]);
    assert.deepEqual(triplesOf('They oppose the formula, which advocates say hurts needy schools.'), [['say', 'advocates', 'hurts needy schools']]);
  });
  it('a comma inside the reported clause is no end: "which she said was drafted in May, June and July"', () => {
    assert.deepEqual(triplesOf('It was a plan, which she said was drafted in May, June and July.'), [['said', 'she', 'was drafted in May, June and July']]);
  });
});
describe('forty-fourth session: a model cue of an auxiliary and an adverb', () => {
  it('"The ministry has since deleted the post": no report of "has since"; "The minister was reportedly on the plane" keeps its hedge', () => {
    assert.deepEqual(triplesOf('The ministry has since deleted the post, which claimed that 300 soldiers had died.').map((x) => x[0]), ['claimed']);
    assert.deepEqual(triplesOf('The minister was reportedly on the plane with several aides.').map((x) => x[0]), ['reportedly']);
  });
});
describe('forty-fifth session: a parenthetical frame after a relative pronoun', () => {
  it('"a memo which, critics say, shows X": what the critics say is the relative clause after the frame', () => {
    assert.deepEqual(triplesOf('They point to a memo which, critics say, shows the plan was agreed in May.').filter((x) => x[0] === 'say'), [['say', 'critics', 'shows the plan was agreed in May']]);
    assert.deepEqual(triplesOf('He cited a survey which, he said, proves the point.'), [['cited', 'He', 'a survey'], ['said', 'he', 'proves the point']]);
  });
  it('a relative between commas ends before the main clause: "Rwanda, which, experts say, commands the rebels, has denied it"', () => {
    assert.deepEqual(triplesOf('The firm, which, critics say, ignored the warnings, said it had done nothing wrong.'), [
      ['say', 'critics', 'ignored the warnings'],
      ['said', 'The firm, which, critics say, ignored the warnings', 'it had done nothing wrong'],
    ]);
  });
  it('with no relative pronoun the frame still reports the whole sentence: "The memo, officials said, showed X" (the memo, a record, shows X inside it)', () => {
    assert.deepEqual(triplesOf('The memo, officials said, showed the plan was agreed in May.'), [['said', 'officials', 'The memo, officials said, showed the plan was agreed in May'], ['showed', 'The memo', 'the plan was agreed in May']]);
  });
  it('and a subject that is no record is no source: "The deal, officials said, meant X"', () => {
    assert.deepEqual(triplesOf('The deal, officials said, meant the plan was agreed in May.'), [['said', 'officials', 'The deal, officials said, meant the plan was agreed in May']]);
  });
});
describe('forty-fifth session: a post\'s caption and what was posted', () => {
  it('\'The clip, posted by an account called "X", was captioned: "Y"\': the caption is the quotation after the colon, the clip what was posted', () => {
    assert.deepEqual(triplesOf('The clip, posted by an account called "Weather Watch Live", was captioned: "Valencia right now. Pray for Spain."'), [
      ['posted', 'an account', 'The clip'],
      ['captioned', undefined, '"Valencia right now. Pray for Spain."'],
    ]);
  });
});
describe('forty-fifth session: verbs of claiming with "that" after a phrase with "of"', () => {
  it('"Supporters of the four-day week contend that X", "Opponents of the plan insist that X": reports the model alone would drop', () => {
    assert.deepEqual(triplesOf('Supporters of the four-day week contend that staff get more done in fewer hours.'), [['contend', 'Supporters of the four-day week', 'staff get more done in fewer hours']]);
    assert.deepEqual(triplesOf('Opponents of the plan insist that it will fail.'), [['insist', 'Opponents of the plan', 'it will fail']]);
  });
  it('a noun "claims" before "that" stays no report: "The claims of the scheme\'s backers that staff do more are untested"', () => {
    assert.deepEqual(triplesOf('The claims of the scheme\'s backers that staff do more are untested.').filter((x) => x[0] === 'claims'), []);
  });
});
describe('forty-fifth session: a hearsay adverb before a verb that reports nothing', () => {
  it('"The message also claims that X": the model\'s verbless cue before a rule\'s cue goes, and X is the message\'s claim', () => {
    const t = 'The message also claims that the advice comes from "doctors at Johns Hopkins".';
    const a = run(t);
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['claims', 'The message', 'the advice comes from "doctors at Johns Hopkins"']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['the advice comes from "doctors at Johns Hopkins"', 'message']]);
  });

  it('"The council\'s inspection report, dated January, rated X": a noun that modifies the noun after it is no cue', () => {
    const t = 'The council\'s inspection report, dated January, rated the bridge\'s condition as "poor" and recommended weight limits.';
    assert.deepEqual(run(t).attributions.filter((a) => a.cue.text === 'inspection'), []);
  });

  it('"The government has reportedly ruled out X": the cue is "reportedly", the claim the whole clause', () => {
    const a = new Analyzer().analyze('The government has reportedly ruled out a four-day week for the civil service, although ministers have not commented publicly.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['reportedly', undefined, 'The government has reportedly ruled out a four-day week for the civil service']]);
    assert.deepEqual(a.claims.map((c) => c.span.text), ['The government has reportedly ruled out a four-day week for the civil service']);
  });
});
describe('forty-fifth session: a live page\'s closing frames and signed block quotes', () => {
  it('"..., a fact-checker at Full Fact told us.": a report, though the model reads "Full Fact told" as nouns', () => {
    assert.deepEqual(triplesOf('The photo was taken in 2018, a fact-checker at Full Fact told us.'), [['told', 'a fact-checker at Full Fact', 'The photo was taken in 2018']]);
  });
  it('a block quote without quotation marks, signed after its last sentence: "> X. — Gwen Hughes, harbour master"', () => {
    const a = run('> The bridge will reopen in May. We are confident. — Mayor Ana Ruiz\n', 'markdown');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text, x.speaker]), [['—', 'Mayor Ana Ruiz', 'The bridge will reopen in May. We are confident.', 'Ana Ruiz']]);
    // (a dash inside a sentence signs nothing)
    assert.deepEqual(run('> The bridge — a Victorian structure — will reopen in May.\n', 'markdown').attributions, []);
  });
});
describe('forty-fifth session: a block quote signed on its own line', () => {
  it('"> X\\n>\\n> — Mayor Ana Ruiz": the signature\'s content is the paragraph above it, whose claims are hers', () => {
    const a = run('> The bridge will reopen in May at a cost of £3 million.\n>\n> — Mayor Ana Ruiz\n', 'markdown');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text, x.speaker]), [['—', 'Mayor Ana Ruiz', 'The bridge will reopen in May at a cost of £3 million.', 'Ana Ruiz']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The bridge will reopen in May at a cost of £3 million', 'Ana Ruiz']]);
  });
  it('a block quote with no signature under it keeps its claims as the article\'s', () => {
    const a = run('> The bridge will reopen in May at a cost of £3 million.\n\nThe council agreed.\n', 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['The bridge will reopen in May at a cost of £3 million', null]]);
  });
});
describe('forty-fifth session: a passive of spreading', () => {
  it('"This claim has been widely shared in local Facebook groups": no one\'s report; "was seen as a threat" stays the model\'s', () => {
    assert.deepEqual(triplesOf('This claim has been widely shared in local Facebook groups.'), []);
    assert.deepEqual(triplesOf('The picture was retweeted over 25,000 times.'), []);
  });
});
describe('forty-fifth session: "despite reports in Spain that X"', () => {
  it('where the reports appeared stands between the noun and its "that": the clause is the allegation, no model cue "signed"', () => {
    assert.deepEqual(triplesOf('The club insisted he is not for sale, despite reports in Spain that he has already signed a pre-contract with Real Vellano.'), [
      ['insisted', 'The club', 'he is not for sale'],
      ['reports', undefined, 'he has already signed a pre-contract with Real Vellano'],
    ]);
    assert.deepEqual(triplesOf('He resigned despite claims on social media that he would stay.'), [['claims', undefined, 'he would stay']]);
  });
});
describe('forty-sixth session: a name given with "called"', () => {
  it('"a brook called Mill Run", "The scheme, called StartRight, gives": the name a thing goes by is no report', () => {
    assert.deepEqual(triplesOf('Residents live beside a brook called Mill Run. The council said it would clean the brook.'), [['said', 'The council', 'it would clean the brook']]);
    assert.deepEqual(triplesOf('The scheme, called StartRight, gives young workers a grant of £500.'), []);
    assert.deepEqual(triplesOf('The money went to a firm called Harrow Data Systems, which is owned by a donor.'), []);
  });
  it('"A doctor called Oz a quack", "De Blasio, speaking on radio, called Trump a blowhard": what someone is called by a speaker stays a report', () => {
    assert.deepEqual(triplesOf('A doctor called Oz a quack.'), [['called', 'A doctor', 'Oz a quack']]);
    assert.deepEqual(triplesOf('The mayor, speaking on radio, called Hollins a blowhard.'), [['called', 'The mayor', 'Hollins a blowhard']]);
  });
  it('"X says something about Y": a fact that tells something is no report', () => {
    assert.deepEqual(triplesOf('The fact that the club hired him says something about its priorities.'), []);
    assert.deepEqual(triplesOf('The coach says little about his tactics.').map((x) => x[0]), ['says little about']);
  });
});
describe('forty-sixth session: a subject with a participle\'s "to" phrase, a passive\'s agent and where it spoke', () => {
  it('"A leaflet delivered to homes in Eastfield last week says X": the leaflet, not the homes', () => {
    assert.deepEqual(triplesOf('A leaflet delivered to homes in Eastfield last week says the council has halved bin collections.'), [
      ['says', 'A leaflet delivered to homes in Eastfield', 'the council has halved bin collections'],
    ]);
    // (a finite verb of reporting before "to" is the sentence's own verb, no participle on a noun before it)
    const t = triplesOf('Ms Cole responded to the question on Facebook writing, "Yes, I will."');
    assert.deepEqual(t[0].slice(0, 2), ['responded', 'Ms Cole']);
    assert.ok(t.every((x) => !x[1]?.includes('responded')), JSON.stringify(t));
  });
  it('"agreed to a phone call on Wednesday, but only to say X": no "call on" demand, the noun in its non-cue context', () => {
    assert.deepEqual(triplesOf('Ms Ruiz agreed to a phone call on Wednesday, but only to say she would not resign.').map((x) => x[0]), ['agreed', 'to say']);
    // ("called on Tuesday for a ban": "on" a day is no "call on" someone)
    assert.deepEqual(triplesOf('The union called on Tuesday for a ban on fracking.'), [['called on Tuesday for', 'The union', 'a ban on fracking']]);
  });
  it('"was repeated by councillor Mark Webb at Tuesday\'s meeting": the agent ends before the day\'s event', () => {
    const a = run("The claim was repeated by Conservative councillor Mark Webb at Tuesday's meeting.");
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['was repeated', 'Conservative councillor Mark Webb', 'Mark Webb']]);
  });
});
describe('forty-sixth session: a capitalised word the model took alone for a source', () => {
  it('"Federal investigators", "Majority Leader Mitch McConnell": the noun phrase it opens', () => {
    assert.deepEqual(triplesOf('Republican voters considered them too risky to back.').map((x) => x[1]), ['Republican voters']);
    assert.deepEqual(triplesOf('Majority Leader Mitch McConnell agreed to a phone call on Wednesday, but only to tell Garland that he would not meet him.').map((x) => [x[0], x[1]]), [
      ['agreed', 'Majority Leader Mitch McConnell'], ['to tell', 'Majority Leader Mitch McConnell'],
    ]);
  });
});
describe('forty-sixth session: a name with its question mark before a model cue', () => {
  it('"Consumer group Which? urged customers not to panic": Which? is the source; what was urged follows the cue', () => {
    assert.deepEqual(triplesOf('Consumer group Which? urged customers not to panic.'), [['urged', 'Which?', 'customers not to panic']]);
    assert.deepEqual(triplesOf('Which? told residents to stay indoors.'), [['told', 'Which?', 'residents to stay indoors']]);
  });
});
describe('forty-sixth session: a noun of saying after an article and an adjective', () => {
  it('"has issued a red warning for wind, saying X": the participle is the Met Office\'s, not "a red"\'s', () => {
    assert.deepEqual(triplesOf('The Met Office has issued a red warning for wind along the south coast, saying gusts could reach 90mph.').filter((x) => x[0] === 'saying'), [['saying', 'The Met Office', 'gusts could reach 90mph']]);
  });
});
describe('forty-sixth session: a post shared "thousands of times"', () => {
  it('"A video shared thousands of times on Facebook shows X": the video, with how far it went, not Facebook', () => {
    assert.deepEqual(triplesOf('A video shared thousands of times on Facebook shows floods in Valencia this week.'), [['shows', 'A video shared thousands of times on Facebook', 'floods in Valencia this week']]);
  });
});
describe('forty-sixth session: the model\'s content over an aside and its cue, and a noun alone for a source', () => {
  it('"Brightline, which joined the trial, said last month it had returned to X": what follows the cue and when it was said', () => {
    assert.deepEqual(triplesOf('Software company Brightline, which joined the trial, said last month it had returned to a five-day week after productivity fell by 9%.'), [
      ['said', 'Software company Brightline', 'it had returned to a five-day week after productivity fell by 9%'],
    ]);
  });
  it('"Supporters of the four-day week point to X": the subject, not "week"; not past a fronted "Despite" or "While"', () => {
    assert.deepEqual(triplesOf('Supporters of the four-day week point to a 2022 trial.').map((x) => x[1]), ['Supporters of the four-day week']);
  });
});
describe('forty-sixth session: a contact clause\'s frame', () => {
  it('"a plan critics say will cost X": critics, not "plan critics"; the content opens with the antecedent', () => {
    assert.deepEqual(triplesOf('It is a plan critics say will cost thousands of jobs.'), [['say', 'critics', 'a plan critics say will cost thousands of jobs']]);
    assert.deepEqual(triplesOf('The council backed a scheme residents say has made roads safer.'), [['say', 'residents', 'a scheme residents say has made roads safer']]);
  });
});
describe('forty-sixth session: a hedge\'s content begun inside its subject', () => {
  it('"..., after a post on her Instagram account appeared to announce X": the whole subject, from after the comma\'s subordinator', () => {
    const a = run('She has denied reports that she is retiring, after a post on her Instagram account appeared to announce her "final tour".');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.content?.text]), [['appeared', 'a post on her Instagram account appeared to announce her "final tour"']]);
  });
});
describe('forty-seventh session: a subordinator that opens the sentence is no part of the source', () => {
  it('"After the union said X, ..." at a block\'s start: the union, not "After the union"', () => {
    assert.deepEqual(triplesOf('After the union said budgets would fall, the minister resigned.'), [['said', 'the union', 'budgets would fall']]);
    assert.deepEqual(triplesOf('While critics argue the scheme wastes money, ministers say it works.').map((x) => x[1]), ['critics', 'ministers']);
  });
  it('"Though executives who have worked with him say X": the subject with its relative clause, past the subordinator', () => {
    assert.deepEqual(triplesOf('It was a quiet week. Though executives who have worked with the chairman say he favours caution, few expect change.'), [
      ['say', 'executives who have worked with the chairman', 'he favours caution, few expect change'],
    ]);
  });
  it('a block\'s first word that is no subordinator stays: "That attitude, many argue, could cost X"', () => {
    assert.deepEqual(run('That attitude, many argue, could cost the party votes.').claims.map((c) => c.span.text), ['That attitude, many argue, could cost the party votes']);
  });
});
describe('forty-seventh session: "It found X" after a sentence that opens with a study', () => {
  it('"The study followed 4,200 patients. It found the test picked up 38% of cancers": what it found, without "that"', () => {
    assert.deepEqual(triplesOf('The study followed 4,200 patients. It found the test picked up 38% of cancers before diagnosis.'), [['found', 'It', 'the test picked up 38% of cancers before diagnosis']]);
  });
  it('not after a sentence about something else: "The minister visited the school. It found X"', () => {
    assert.deepEqual(triplesOf('The minister visited the school. It found the test picked up 38% of cancers.'), []);
  });
});
describe('forty-seventh session: a report in a relative clause on the sentence\'s subject ends before the sentence\'s verb', () => {
  it('"The 1998 paper that suggested vaccines cause autism was retracted": not "... was retracted by The Lancet"', () => {
    assert.deepEqual(triplesOf('The 1998 paper that suggested vaccines cause autism was retracted by The Lancet.'), [['suggested', 'that', 'vaccines cause autism']]);
  });
  it('"The paper that first suggested a link was retracted": what it suggested is the link, the relative pronoun its source', () => {
    assert.deepEqual(triplesOf('The paper that first suggested a link was retracted.'), [['suggested', 'that', 'a link']]);
  });
  it('not "polling that documented Mr. Trump\'s appeal" (an "\'s" is no verb)', () => {
    assert.deepEqual(triplesOf('Even in the face of polling that documented Mr. Trump\'s appeal, they doubted him.').filter((x) => x[0] === 'documented').map((x) => x[2]), ['Mr. Trump\'s appeal']);
  });
});
describe('forty-seventh session: the day a model report was made, right after its cue', () => {
  it('"said Thursday it had shot down 42 drones": what was said opens after the day', () => {
    assert.deepEqual(triplesOf('Ukraine\'s military said Thursday it had shot down 42 drones.'), [['said', 'Ukraine\'s military', 'it had shot down 42 drones']]);
    assert.deepEqual(triplesOf('Officials said Monday the bridge was closed.'), [['said', 'Officials', 'the bridge was closed']]);
  });
  it('not the day\'s own phrase: "said Monday\'s decision will make the choice starker"', () => {
    assert.deepEqual(triplesOf('Campaigners said Monday\'s decision will make the choice starker.').map((x) => x[2]), ['Monday\'s decision will make the choice starker']);
  });
});
describe('forty-seventh session: an accusation\'s content ends before the report that led to it', () => {
  it('"accused the trust of \\"profiteering\\" after figures showed X": the accusation, and the figures\' own report', () => {
    assert.deepEqual(triplesOf('A councillor has accused the NHS trust of "profiteering" after figures showed it made £3.1m from car parking last year.'), [
      ['accused', 'A councillor', '"profiteering"'],
      ['showed', 'figures', 'it made £3.1m from car parking last year'],
    ]);
  });
});
describe('forty-eighth session: whom something was said to is no content', () => {
  it('"the 42 days it reported to regulators": a report with no content, not "to regulators"', () => {
    assert.deepEqual(triplesOf('The company spilled sewage on 311 days, far more than the 42 days it reported to regulators.').map((x) => x[2]), [undefined]);
    assert.deepEqual(triplesOf('The figures were lower than those the firm gave to the council.').filter((x) => x[2]?.startsWith('to ')), []);
  });
  it('but an infinitive stays: "vowed to block the nominee", and a headline\'s "Plans to Break in Two"', () => {
    assert.deepEqual(triplesOf('He vowed to block the nominee.'), [['vowed', 'He', 'to block the nominee']]);
    assert.deepEqual(triplesOf('Hewlett-Packard Plans to Break in Two\n\nThe company announced the split on Monday.')[0], ['Plans', 'Hewlett-Packard', 'to Break in Two']);
  });
});
describe('forty-eighth session: a relative clause with no relative word is no clause reported', () => {
  it('"The Eagle Forum, the organization she founded in 1975, confirmed her death": the forum confirmed, "her death" is no source', () => {
    const a = triplesOf('The Eagle Forum, the conservative organization she founded in 1975, confirmed her death.');
    assert.equal(a.length, 1);
    assert.equal(a[0][2], 'her death');
    assert.ok(a[0][1]?.startsWith('The Eagle Forum, the conservative organization'), a[0][1]);
  });
  it('but a pronoun subject after a word that is no noun opens a clause: "Exports fell because she raised tariffs, said the governor"', () => {
    assert.deepEqual(triplesOf('Exports fell because she raised tariffs, said the governor.'), [['said', 'the governor', 'Exports fell because she raised tariffs']]);
  });
});
describe('forty-eighth session: a headline\'s "claims" that is a noun', () => {
  it('"Council leader\'s tax claims under scrutiny" reports nothing; "Minister claims tax was frozen" and "ISIS claims to have X" do', () => {
    assert.deepEqual(triplesOf('Council leader\'s tax claims under scrutiny\n\nThe council met on Tuesday.'), []);
    assert.deepEqual(triplesOf('PM\'s migration claims under fire\n\nThe council met on Tuesday.'), []);
    assert.deepEqual(triplesOf('Minister claims tax was frozen\n\nThe council met on Tuesday.'), [['claims', 'Minister', 'tax was frozen']]);
  });
});
describe('forty-eighth session: words quoted inside a clause are no inverted report\'s content', () => {
  it('\'the company had "never knowingly" charged customers more than the cap allowed\': no report by "customers"', () => {
    const t = 'Its chief executive, Tom Ashworth, said last month that the company had "never knowingly" charged customers more than the cap allowed.';
    assert.deepEqual(triplesOf(t), [['said', 'Its chief executive, Tom Ashworth', 'the company had "never knowingly" charged customers more than the cap allowed']]);
  });
  it('but a quotation that opens the sentence, with no comma, is: \'"We will win" said Smith.\'', () => {
    assert.deepEqual(triplesOf('"We will win" said Smith.'), [['said', 'Smith', '"We will win"']]);
  });
});
describe('forty-eighth session: a hedge\'s content ends before the source of the report of the same words', () => {
  it('"Ofgem is expected to announce a fine next week, two people familiar with the matter said": no ", two" in either content', () => {
    const t = 'Ofgem is expected to announce a fine next week, two people familiar with the matter said.';
    const contents = triplesOf(t).map((x) => x[2]);
    assert.ok(contents.includes('Ofgem is expected to announce a fine next week'), JSON.stringify(contents));
    assert.deepEqual(contents.filter((c) => c?.endsWith('two')), []);
    assert.deepEqual(run(t).claims.map((c) => c.span.text), ['Ofgem is expected to announce a fine next week']);
  });
});
describe('forty-ninth session: a focusing word that opens what was said', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"said only two cases had been recorded" keeps "only" with its count or its determiner', () => {
    assert.deepEqual(view('Helix said only two cases had been recorded.'), [['Helix', 'said', 'only two cases had been recorded']]);
    assert.deepEqual(view('The hospital said just one patient had been admitted.'), [['The hospital', 'said', 'just one patient had been admitted']]);
    assert.deepEqual(view('The survey shows only a small gap between the parties.'), [['The survey', 'shows', 'only a small gap between the parties']]);
  });
  it('but not "said only that X" nor "said just before midnight that X"', () => {
    assert.deepEqual(view('Helix said only that it would respond.'), [['Helix', 'said', 'it would respond']]);
    assert.deepEqual(view('The minister said just before midnight that the talks had failed.'), [['The minister', 'said', 'the talks had failed']]);
  });
});
describe('forty-ninth session: a report whose cue the colon ends, its content the next block', () => {
  const view = (t: string, lang: LanguageId = 'plaintext') => sourceCueContent(t, lang);
  it('"Environment Agency data published in March shows:" before a list gives the list as what it shows', () => {
    const t = 'Environment Agency data published in March shows:\n\n- 164 spill events at the Avon outfalls in 2024;\n- a total of 1,870 hours of discharges.\n';
    assert.deepEqual(view(t, 'markdown'), [['Environment Agency data published in March', 'shows', '164 spill events at the Avon outfalls in 2024;\n- a total of 1,870 hours of discharges.']]);
    assert.deepEqual(analyze(t, 'markdown').claims.map((c) => [c.span.text, c.claimant]), [['164 spill events at the Avon outfalls in 2024', 'Environment Agency data'], ['a total of 1,870 hours of discharges', 'Environment Agency data']]);
  });
  it('"Figures from the ONS show:" before a paragraph; not "We watched the show:"', () => {
    assert.deepEqual(view('Figures from the ONS show:\n\nUnemployment fell to 4.1% in the three months to March.'), [['Figures from the ONS', 'show', 'Unemployment fell to 4.1% in the three months to March.']]);
    assert.deepEqual(view('We watched the show:\n\nUnemployment fell to 4.1% in the three months to March.'), []);
  });
});
describe('forty-ninth session: a report and a denial of one subject, coordinated', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"has admitted making the payments but denies that they were bribes": what was admitted ends before "but"', () => {
    assert.deepEqual(view('The firm has admitted making the payments but denies that they were bribes.'), [['The firm', 'has admitted', 'making the payments']]);
    assert.deepEqual(view('The firm admits it made the payments but denies that they were bribes.'), [['The firm', 'admits', 'it made the payments']]);
  });
  it('not a denial inside a quotation nor in an aside between dashes', () => {
    assert.deepEqual(view('He said "we made the payments but deny that they were bribes".'), [['He', 'said', '"we made the payments but deny that they were bribes"']]);
  });
});
describe('forty-ninth session: a linking adverb before a postposed report\'s content', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"However, X, a reverse image search shows" reports X, without "However,"', () => {
    assert.deepEqual(view('However, the photograph was taken in the Netherlands in 2018, a reverse image search shows.'), [['a reverse image search', 'shows', 'the photograph was taken in the Netherlands in 2018']]);
    assert.deepEqual(view('Meanwhile, the mast has not been switched on, the operator said.'), [['the operator', 'said', 'the mast has not been switched on']]);
  });
});
describe('forty-ninth session: "according to" a body\'s noun and its name', () => {
  const view = (t: string) => sourceCueContent(t, 'plaintext', true);
  it('"according to the network operator, Skylink" names Skylink, last or between commas', () => {
    assert.deepEqual(view('The mast has not been switched on, according to the network operator, Skylink.'), [['the network operator, Skylink', 'according to', 'The mast has not been switched on', 'Skylink']]);
    assert.deepEqual(view('According to the network operator, Skylink, the mast has not been switched on.'), [['the network operator, Skylink', 'According to', 'the mast has not been switched on', 'Skylink']]);
  });
  it('and so does "said the network operator, Skylink"; a person\'s name still needs two words', () => {
    assert.deepEqual(view('The mast is off, said the network operator, Skylink.'), [['the network operator, Skylink', 'said', 'The mast is off', 'Skylink']]);
    assert.deepEqual(view('The mast is off, said the spokesman, Smith.').map((x) => x[0]), ['the spokesman']);
  });
});
describe('forty-ninth session: a noun the model cut from the end of a sentence\'s compound', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"PM defends record on NHS waiting lists" keeps "lists"', () => {
    assert.deepEqual(view('PM defends record on NHS waiting lists'), [['PM', 'defends', 'record on NHS waiting lists']]);
  });
  it('and after a determiner, which ends no content: "complain the device is ripping out their hair"', () => {
    assert.deepEqual(view('6 users complain the device is ripping out their hair'), [['6 users', 'complain', 'the device is ripping out their hair']]);
  });
});
describe('forty-ninth session: an adverbial after a postposed frame', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"X, her representative said on Tuesday, after days of online speculation" reports X alone', () => {
    assert.deepEqual(view('Pop star Lena Moss is not expecting a baby, her representative said on Tuesday, after days of online speculation.'), [['her representative', 'said', 'Pop star Lena Moss is not expecting a baby']]);
  });
  it('but a parenthetical frame inside a clause still reports the whole sentence', () => {
    assert.deepEqual(view('These employees, Smith said, were well paid.'), [['Smith', 'said', 'These employees, Smith said, were well paid']]);
  });
});
describe('forty-ninth session: an embedded post signed with its account\'s handle', () => {
  const view = (t: string) => sourceCueContent(t, 'markdown', true);
  it('"> X\\n>\\n> — @citywatch (@citywatch) March 2, 2025" is @citywatch\'s', () => {
    assert.deepEqual(view('> The mayor cut £20m from our police.\n>\n> — @citywatch (@citywatch) [March 2, 2025](https://x.com/citywatch/status/1)\n'), [['@citywatch', '—', 'The mayor cut £20m from our police.', '@citywatch']]);
    assert.deepEqual(view('"Taxes will fall." — @annaruiz\n'), [['@annaruiz', '—', '"Taxes will fall."', '@annaruiz']]);
  });
  it('but not an "@" with a space after it', () => {
    assert.deepEqual(view('"Taxes will fall." — @ annaruiz\n'), []);
  });
});
describe('fiftieth session: a leaflet dated between the cue and "that"', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"said in a leaflet delivered last week that X" reports X, with the whole source', () => {
    assert.deepEqual(view('Opposition leader Sandra Okafor said in a leaflet delivered last week that "Hedley has cut 500 police officers since 2021".'), [['Opposition leader Sandra Okafor', 'said', '"Hedley has cut 500 police officers since 2021"']]);
    assert.deepEqual(view('The union said in a letter sent on Monday that pay would be frozen.'), [['The union', 'said', 'pay would be frozen']]);
  });
});
describe('fiftieth session: a pronoun that opens the sentence, an auxiliary after it', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"It did not comment on whether X" is its report, and "It" the Agency', () => {
    assert.deepEqual(view('It did not comment on whether it had received the data.'), [['It', 'not comment on', 'whether it had received the data']]);
    const a = analyze('The Medicines Agency said it was aware of the report. It did not comment on whether it had received the data.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => x.speaker), ['Medicines Agency', 'Medicines Agency']);
  });
  it('but not "It appears that X" nor a passive, "They were noticed on social media"', () => {
    assert.deepEqual(view('It appears that the game was not boring to everyone.').map((x) => x[0]), [null]);
    assert.deepEqual(view('They were also immediately noticed on social media.').map((x) => x[0]).filter((x) => x !== null), []);
  });
});
describe('fiftieth session: the quotation a report in the sentence before holds', () => {
  const view = (t: string) => sourceCueContent(t);
  it('\'Groups asserted that "trust is broken." Ana Ruiz said Wednesday X\' gives Ruiz X, not the quotation', () => {
    assert.deepEqual(view('Civil rights groups asserted that "trust in the force is broken." Senator Ana Ruiz said Wednesday she, too, wants a federal inquiry.'), [['Civil rights groups', 'asserted', '"trust in the force is broken."'], ['Senator Ana Ruiz', 'said', 'she, too, wants a federal inquiry']]);
  });
  it('but a quotation that opens the sentence before is still the next "he said"\'s', () => {
    assert.deepEqual(view('"We will win this." He said so twice.').map((x) => x.slice(0, 3)), [['He', 'said', '"We will win this."']]);
  });
});
describe('fiftieth session: the words that lead a share', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"said only around half of rounds had been completed, and that X" keeps "only around" and the second clause', () => {
    assert.deepEqual(view('Mark Dunne said only around half of rounds had been completed, and that rubbish was piling up.'), [['Mark Dunne', 'said', 'only around half of rounds had been completed, and that rubbish was piling up']]);
    assert.deepEqual(view('Mark Dunne said only half of rounds had been completed.'), [['Mark Dunne', 'said', 'only half of rounds had been completed']]);
  });
});
describe('fiftieth session: a clause after whom a verb tells, and a headline\'s clause read as one compound', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"told FactWatch there are no plans to X, and Y" reports the whole existential clause', () => {
    assert.deepEqual(view('HM Treasury told FactWatch there are no plans to restrict cash payments, and no such law has been passed.'), [['HM Treasury', 'told', 'there are no plans to restrict cash payments, and no such law has been passed']]);
  });
  it('"Viral post falsely claims new law bans cash payments" is the post\'s claim, which the article denies', () => {
    const a = analyze('Viral post falsely claims new law bans cash payments', 'plaintext');
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['new law bans cash payments', 'Viral post']]);
    assert.deepEqual(view('Viral post falsely claims new law bans cash payments'), [['Viral post', 'falsely claims', 'new law bans cash payments']]);
  });
});
describe('fiftieth session: "the next day" before "that"', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"told a council committee the next day that X" reports X', () => {
    assert.deepEqual(view('Angela Boyd told a council committee the next day that violent offences had risen.'), [['Angela Boyd', 'told', 'violent offences had risen']]);
    assert.deepEqual(view('Angela Boyd said the following week that violent offences had risen.'), [['Angela Boyd', 'said', 'violent offences had risen']]);
  });
});
describe('fiftieth session: a study\'s or a trial\'s finding after what it found', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"X, a large trial has found." and "X, a new statewide poll has found." report X', () => {
    assert.deepEqual(view('Aspirin does not reduce the risk of a heart attack, a large trial has found.'), [['a large trial', 'found', 'Aspirin does not reduce the risk of a heart attack']]);
    assert.deepEqual(view('The two candidates are locked in a tight race in Ohio, a new statewide poll has found.'), [['a new statewide poll', 'found', 'The two candidates are locked in a tight race in Ohio']]);
  });
});
describe('fiftieth session: a plural statement noun after its modifier, the object of a preposition', () => {
  const view = (t: string) => sourceCueContent(t);
  it('"Ex-footballer sues newspaper over doping claims" and "Minister resigns amid bullying claims" report nothing', () => {
    assert.deepEqual(view('Ex-footballer sues newspaper over doping claims'), []);
    assert.deepEqual(view('Minister resigns amid bullying claims'), []);
  });
});
describe('fiftieth session: "said only 340 of X"', () => {
  const view = (t: string) => sourceCueContent(t);
  it('keeps "only" in what was said, with the clause after "and that"', () => {
    assert.deepEqual(view('The union said only 340 of the cancellations had happened on strike days, and that the rest were caused by a shortage of drivers.'), [['The union', 'said', 'only 340 of the cancellations had happened on strike days, and that the rest were caused by a shortage of drivers']]);
  });
});
describe('fifty-first session: who issued the statement a participle reports', () => {
  it('"X issued a statement saying Y": X is the source, the cue runs from the verb (also "put out", past a relative clause)', () => {
    assert.deepEqual(sourceCueContent('The ministry issued a statement claiming no one was hurt.', 'plaintext', true), [['The ministry', 'issued a statement claiming', 'no one was hurt', 'ministry']]);
    assert.deepEqual(sourceCueContent('His office put out a statement saying the plan was legal.'), [['His office', 'put out a statement saying', 'the plan was legal']]);
    assert.deepEqual(sourceCueContent('The group, which is based in Russia, released a statement saying it had downloaded names.'), [['The group, which is based in Russia', 'released a statement saying', 'it had downloaded names']]);
    assert.deepEqual(sourceCueContent('The group, which calls itself Nightjar, posted a message on a forum claiming it had downloaded names.', 'plaintext', true), [['The group, which calls itself Nightjar', 'posted a message on a forum claiming', 'it had downloaded names', 'Nightjar']]);
  });
  it('but not a statement no verb of issuing stands before: "He read a statement saying X" keeps the statement', () => {
    assert.deepEqual(sourceCueContent('He read a statement saying the plan was legal.').map((r) => r[0]), ['a statement']);
  });
});
describe('fifty-first session: a finding hedged by "appear to"', () => {
  it('"Satellite images analysed by X appear to show Y": the images and who analysed them, the cue from "appear"', () => {
    assert.deepEqual(sourceCueContent('Satellite images analysed by the Open Borders Project appear to show armoured vehicles inside Kestrian territory on Thursday morning.', 'plaintext', true),
      [['Satellite images analysed by the Open Borders Project', 'appear to show', 'armoured vehicles inside Kestrian territory on Thursday morning', 'Open Borders Project']]);
    assert.deepEqual(sourceCueContent('The data seem to suggest that prices are rising.'), [['The data', 'seem to suggest', 'that prices are rising']]);
  });
  it('but not a person who appears to show a feeling', () => {
    assert.deepEqual(sourceCueContent('He appears to show no remorse.').filter((r) => r[1] === 'appears to show'), []);
  });
});
describe('fifty-first session: posts that claim, after a live page\'s time label', () => {
  it('"**09:40** Posts shared widely on social media claim that X" reports X', () => {
    const t = '**09:40** Posts shared widely on social media claim that the sea wall has collapsed.\n';
    assert.deepEqual(sourceCueContent(t, 'markdown'), [['Posts shared widely on social media', 'claim', 'the sea wall has collapsed']]);
  });
});
describe('fifty-second session: a relative pronoun after a document and who made it', () => {
  it('"rejected a report by marine scientists which found X": the report speaks, not the company that rejected it', () => {
    const t = 'Coastal Energy has rejected a report by marine scientists which found that an oil leak from one of its pipelines killed thousands of fish in Pendle Bay.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['found', 'which', 'report by marine scientists']]);
  });
  it('but not a person after "by": "attacked on the speeches by Bernie Sanders, who cites them" is Sanders', () => {
    const t = 'Clinton has been attacked on the speeches by Bernie Sanders, who cites them as evidence of her close ties to the banks.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.filter((x) => x.source?.text === 'who').map((x) => x.speaker), ['Bernie Sanders']);
  });
});
describe('fifty-second session: a document sent somewhere on a day, as subject', () => {
  it('"a letter sent home last week told pupils X" and "A letter sent to parents last week told": the letter, not "home" or "parents"', () => {
    assert.deepEqual(sourceCueContent('Parents said a letter sent home last week told pupils that skirts would no longer be allowed from January.'), [
      ['Parents', 'said', 'a letter sent home last week told pupils that skirts would no longer be allowed from January'],
      ['a letter', 'told', 'skirts would no longer be allowed from January'],
    ]);
    assert.deepEqual(sourceCueContent('A letter sent to parents last week told pupils that skirts would be banned.').map((r) => r[0]), ['A letter']);
  });
  it('but a person told on a day is no document: "The head told parents last week that X" keeps its subject', () => {
    assert.deepEqual(sourceCueContent('The head told parents last week that skirts would be banned.').map((r) => r.slice(0, 2)), [['The head', 'told']]);
  });
});
describe('fifty-second session: a preposition cut from its relative pronoun', () => {
  it('"including three games in which he played": the content goes on past "in" to the clause\'s end', () => {
    assert.deepEqual(sourceCueContent('The Football Association charged Moretti last week with placing 42 bets on matches between 2021 and 2023, including three games in which he played.'), [
      ['The Football Association', 'charged', 'Moretti last week with placing 42 bets on matches between 2021 and 2023, including three games in which he played'],
    ]);
  });
});
describe('fifty-second session: a relative pronoun after a post and how far it spread', () => {
  it('"a post shared more than 10,000 times on Facebook, which said X": the post speaks, not the council named before', () => {
    const t = 'Newcastle City Council has said the claims are false. The figure appeared in a post shared more than 10,000 times on Facebook, which said the council had "hidden" the true cost of the project.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.filter((x) => x.source?.text === 'which').map((x) => [x.cue.text, x.speaker]), [['said', 'post']]);
  });
  it('but no post past a finite verb: "The council posted figures on Facebook, which said X"', () => {
    const t = 'The council posted figures on Facebook, which said the cost was £640 million.';
    assert.deepEqual(analyze(t, 'plaintext').attributions.filter((x) => x.source?.text === 'which').map((x) => x.speaker), [null]);
  });
});
describe('fifty-second session: a possessor\'s phrase before a word the lexicon reads as a verb', () => {
  it('"The study\'s lead author, Dr Mikko Aalto, agreed": the whole phrase is the source', () => {
    assert.deepEqual(sourceCueContent("The study's lead author, Dr Mikko Aalto, agreed that his findings did not prove that coffee protects the brain.").map((r) => r.slice(0, 2)), [["The study's lead author, Dr Mikko Aalto", 'agreed']]);
  });
  it('but not "\'s" for "is": "There\'s really nothing that suggests X" keeps what suggests', () => {
    assert.deepEqual(sourceCueContent("There's really nothing that suggests Trump couldn't prevail.").map((r) => r.slice(0, 3)), [['that', 'suggests', "Trump couldn't prevail"]]);
  });
  it('a question\'s word opens no source: "explains why critics say X"', () => {
    assert.deepEqual(sourceCueContent('That explains why critics say he had proposed to dismantle the law.').map((r) => r.slice(0, 2)), [['critics', 'say']]);
  });
});
describe('fifty-second session: a name the model begins inside', () => {
  it('"The UK Statistics Authority has criticised X": the whole name, with the initials and the article before it', () => {
    const t = 'The UK Statistics Authority has criticised Home Secretary Dan Hewitt for claiming that net migration had "halved" since his party took office.';
    assert.deepEqual(sourceCueContent(t).filter((r) => r[1] === 'criticised').map((r) => r[0]), ['The UK Statistics Authority']);
  });
});
describe('fifty-second session: a participle after two coordinated infinitives', () => {
  it('"Peskov declined to confirm or deny X, saying Y": Peskov says Y', () => {
    const t = "Russia's Kremlin spokesman Dmitry Peskov declined to confirm or deny the presence of North Korean troops, saying military cooperation between the two countries was a matter for Moscow.";
    assert.deepEqual(sourceCueContent(t).filter((r) => r[1] === 'saying'), [["Russia's Kremlin spokesman Dmitry Peskov", 'saying', 'military cooperation between the two countries was a matter for Moscow']]);
  });
});
describe('fifty-second session: claims about a topic, anywhere in the sentence', () => {
  it('"included several claims about the economy and public services" reports nothing', () => {
    assert.deepEqual(sourceCueContent("Last night's debate between the three party leaders included several claims about the economy and public services."), []);
  });
});
describe('fifty-second session: a post and the participle of its spreading', () => {
  it('"A video shared widely on social media this week claiming X was filmed in 2021": "shared" reports nothing', () => {
    assert.deepEqual(sourceCueContent("A video shared widely on social media this week claiming to show water pouring into a station was filmed more than three years ago.").filter((r) => r[1]?.startsWith('shared')), []);
  });
});
describe('fifty-second session: a fronted participle before a name with a relative clause', () => {
  it('"Speaking to the BBC, Jenny Cole, who left the force in September, said X": the name and its clause, not the participle', () => {
    const t = 'Speaking to the BBC, Jenny Cole, who left the force in September, said she had been instructed to mark dozens of emergency calls as resolved.';
    assert.deepEqual(sourceCueContent(t, 'plaintext', true).map((r) => [r[0], r[3]]), [['Jenny Cole, who left the force in September', 'Jenny Cole']]);
  });
});
describe('fifty-second session: a compound\'s plural noun before "of"', () => {
  it('"include maps and cost estimates of £340m" reports nothing; "The Tax Foundation estimates that X" still does', () => {
    assert.deepEqual(sourceCueContent('The documents, dated March, include maps and cost estimates of £340m.'), []);
    assert.deepEqual(sourceCueContent('The Tax Foundation estimates that the plan would cost $374 billion over 10 years.').map((r) => r.slice(0, 2)), [['The Tax Foundation', 'estimates']]);
  });
});
describe('fifty-third session: a hedge\'s raiser before a verb that tells', () => {
  it('"A leaked email, seen by the Gazette, appeared to tell officers that X": the email reports X, the cue from "appeared"', () => {
    const t = 'A leaked email, seen by the Eastvale Gazette, appeared to tell officers that thefts below £200 should be filed without investigation.';
    assert.deepEqual(sourceCueContent(t, 'plaintext', true), [['A leaked email', 'appeared to tell', 'thefts below £200 should be filed without investigation', 'leaked email']]);
  });
  it('"The minister seemed to tell reporters that X": the minister reports X', () => {
    assert.deepEqual(sourceCueContent('The minister seemed to tell reporters that the bridge would be finished by May.'), [['The minister', 'seemed to tell', 'the bridge would be finished by May']]);
  });
});
describe('fifty-third session: a participle and its time before the verb', () => {
  it('"The maker of a car seat recalled last month has insisted X": the whole subject, not "last month"', () => {
    assert.deepEqual(sourceCueContent("The maker of a children's car seat recalled last month has insisted it was unaware of any safety problems.", 'plaintext', true),
      [["The maker of a children's car seat recalled last month", 'insisted', 'it was unaware of any safety problems', "maker of a children's car seat"]]);
  });
  it('"The man arrested last week said X": the man, not "week"', () => {
    assert.deepEqual(sourceCueContent('The man arrested last week said he had been at home all evening.').map((r) => r[0]), ['The man arrested last week']);
  });
});
describe('fifty-third session: the means of an act someone is blamed for', () => {
  it('"Which? has accused Greenmart of misleading shoppers by claiming X": Greenmart claims X', () => {
    const t = 'Consumer group Which? has accused Greenmart of misleading shoppers by claiming its prices are the lowest of any supermarket.';
    assert.deepEqual(sourceCueContent(t).filter((r) => r[1] === 'claiming'), [['Greenmart', 'claiming', 'its prices are the lowest of any supermarket']]);
  });
  it('but "The minister responded by saying X" is the minister\'s', () => {
    assert.deepEqual(sourceCueContent('The minister responded by saying the figures were wrong.'), [['The minister', 'saying', 'the figures were wrong']]);
  });
});
describe('fifty-third session: records that show', () => {
  it('"Minutes of the meeting show officials discussing X": the minutes report, not "discussing"', () => {
    assert.deepEqual(sourceCueContent('Minutes of the meeting show officials discussing the closure of four schools.'), [['Minutes of the meeting', 'show', 'officials discussing the closure of four schools']]);
  });
  it('"Text messages seen by the Gazette show the manager ordering X"', () => {
    assert.deepEqual(sourceCueContent('Text messages seen by the Gazette show the manager ordering staff to delete the files.').map((r) => r.slice(0, 2)), [['Text messages seen by the Gazette', 'show']]);
  });
  it('"The man arrested on Monday said X": the man, with when', () => {
    assert.deepEqual(sourceCueContent('The man arrested on Monday said he had been at home all evening.').map((r) => r[0]), ['The man arrested on Monday']);
  });
});
describe('fifty-third session: relative pronouns as sources', () => {
  it('"a 1983 memo from a senior civil servant which said X": the source is "which", the memo speaks', () => {
    const a = run('Documents shown to the inquiry include a 1983 memo from a senior civil servant which said the minister had been briefed in full.');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text, x.speaker]), [['which', 'said', 'the minister had been briefed in full', '1983 memo from a senior civil servant']]);
  });
  it('"The paper quoted a former aide who said X": the aide\'s report is kept inside the paper\'s, and X is the aide\'s claim', () => {
    const a = run('The paper quoted a former aide who said the minister had known about the report for months.');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.speaker]), [['The paper', 'quoted', 'paper'], ['who', 'said', 'former aide']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [['the minister had known about the report for months', 'former aide']]);
  });
  it('"who" right after a plural of people with no determiner stands for them: "Voters who say X"', () => {
    const a = run('The mayor dismissed the survey. Many residents were unhappy, and parents who say the school run has doubled in length are angriest.');
    assert.deepEqual(a.attributions.filter((x) => x.source?.text === 'who').map((x) => x.speaker), ['parents']);
  });
});
describe('fifty-third session: whom something was put to', () => {
  it('"Counsel to the inquiry put it to her that X": X, not "to her that X"', () => {
    assert.deepEqual(sourceCueContent('Counsel to the inquiry, Jenni Richards KC, put it to her that the memo contradicted her evidence.').map((r) => r[2]), ['the memo contradicted her evidence']);
  });
});
describe('fifty-third session: a post named with how far it spread and where', () => {
  it('"A widely shared post on X claims Y": the whole phrase, not "A"', () => {
    assert.deepEqual(sourceCueContent('A widely shared post on X claims the new Tyne crossing cost taxpayers "£2 billion".', 'plaintext', true), [['A widely shared post on X', 'claims', 'the new Tyne crossing cost taxpayers "£2 billion"', 'post on X']]);
  });
  it('"A widely shared post claims Y": the post with its determiner and modifiers', () => {
    assert.deepEqual(sourceCueContent('A widely shared post claims the new crossing cost £2bn.').map((r) => r[0]), ['A widely shared post']);
  });
});
describe('fifty-third session: a hearing and what it is into', () => {
  it('"An inquest into one of the deaths heard that X": the inquest with what it is into, not "the deaths"', () => {
    assert.deepEqual(sourceCueContent('An inquest into one of the deaths heard that an ambulance took four hours to reach her.'), [['An inquest into one of the deaths', 'heard', 'an ambulance took four hours to reach her']]);
  });
  it('"The inquest into her death heard that X" and "An inquiry into the fire heard that X" report (were none)', () => {
    assert.deepEqual(sourceCueContent('The inquest into her death heard that an ambulance took four hours.').map((r) => r[0]), ['The inquest into her death']);
    assert.deepEqual(sourceCueContent('An inquiry into the fire heard that the alarms failed.').map((r) => r[0]), ['An inquiry into the fire']);
  });
});
describe('fifty-third session: who saw a document, in an aside', () => {
  it('"The document, seen by the Castleford Times, sets out X": "seen" reports nothing', () => {
    assert.deepEqual(sourceCueContent('The document, seen by the Castleford Times, sets out options for saving £3m, including "four-weekly residual waste collections".').filter((r) => r[1] === 'seen'), []);
  });
});
describe('fifty-fourth session: a verb\'s noun sense', () => {
  it('"Unions representing refuse workers warned that X": "refuse" is household waste, no cue, and the whole phrase is the source', () => {
    assert.deepEqual(sourceCueContent('Unions representing refuse workers warned that any cut to collections would mean job losses.', 'plaintext', true), [['Unions representing refuse workers', 'warned', 'any cut to collections would mean job losses', 'Unions representing refuse workers']]);
  });
  it('"the refuse collection" is a noun; "They refuse the offer" keeps the verb', () => {
    assert.equal(buildContext('The refuse collection was missed.', 'paragraph').toks[1].pos, 'N');
    assert.equal(buildContext('They refuse the offer.', 'paragraph').toks[1].pos, 'V');
  });
});

describe('fifty-fourth session: a relative clause\'s report', () => {
  it('"which alleged that Hart had pocketed money raised for a hospice": the participle on the object stays in the content', () => {
    assert.deepEqual(sourceCueContent('He sued over a 2023 article in the Daily Courier which alleged that Hart had pocketed money raised for a hospice.', 'plaintext', true).filter((r) => r[1] === 'alleged'),
      [['which', 'alleged', 'that Hart had pocketed money raised for a hospice', 'Daily Courier']]);
  });
  it('between commas, it ends at the comma before the main clause\'s verb: "An article, which alleged that X raised for a hospice, | was defamatory"', () => {
    assert.deepEqual(sourceCueContent('An article, which alleged that Hart had pocketed money raised for a hospice, was later withdrawn.', 'plaintext', true).filter((r) => r[1] === 'alleged'),
      [['which', 'alleged', 'that Hart had pocketed money raised for a hospice', 'article']]);
  });
  it('"an article published by the Daily Courier in 2023, which alleged": the newspaper is who alleged, past the year', () => {
    assert.deepEqual(sourceCueContent('Hart sued over an article published by the Daily Courier in 2023, which alleged that he had misused donations.', 'plaintext', true).filter((r) => r[1] === 'alleged'),
      [['which', 'alleged', 'that he had misused donations', 'Daily Courier']]);
  });
});

describe('fifty-fourth session: a request in a letter', () => {
  it('"X wrote to the Speaker asking for Y": the participle is the cue, the writer its source, with a comma or without', () => {
    assert.deepEqual(sourceCueContent('Tom Maddox wrote to the Speaker asking for the record to be corrected.', 'plaintext', true), [['Tom Maddox', 'asking', 'for the record to be corrected', 'Tom Maddox']]);
    assert.deepEqual(sourceCueContent('The council wrote to residents, urging them to reduce water use.', 'plaintext', true), [['The council', 'urging', 'them to reduce water use', 'council']]);
  });
  it('"sent a letter to the FBI director asking him to X" is the sender\'s, and so is one after "said X and wrote to"', () => {
    assert.deepEqual(sourceCueContent('Chaffetz sent a letter to the FBI director asking him to probe the claims.', 'plaintext', true), [['Chaffetz', 'asking', 'him to probe the claims', 'Chaffetz']]);
    assert.deepEqual(sourceCueContent('Tom Maddox said the claim was untrue and wrote to the Speaker asking for the record to be corrected.', 'plaintext', true).map((r) => r[0]), ['Tom Maddox', 'Tom Maddox']);
  });
});

describe('fifty-fourth session: a subject with a relative clause between commas', () => {
  it('"Island Link, which runs ferries between Portmere and the Skerry Isles, has blamed storms": the subject is the source, not the clause\'s last phrase', () => {
    assert.deepEqual(sourceCueContent('Island Link, which runs ferries between Portmere and the Skerry Isles, has blamed storms for the cancellation of more than 300 sailings since January.', 'plaintext', true).map((r) => [r[0], r[1], r[3]]),
      [['Island Link', 'has blamed', 'Island Link']]);
  });
});

describe('fifty-fourth session: "called off"', () => {
  it('"The union called off the strike", "sailings were called off" report nothing', () => {
    assert.deepEqual(sourceCueContent('The union called off the strike after talks.', 'plaintext', true), []);
    assert.deepEqual(sourceCueContent('Several businesses have called off projects with him because of his comments.', 'plaintext', true), []);
  });
});

describe('fifty-fourth session: a list item\'s separator', () => {
  it('"According to the council:" and an item that ends in ";": the content stops before the semicolon', () => {
    const a = analyze('According to the Skerry Isles Community Council:\n\n- only 41 of the cancelled sailings were called off because of bad weather;\n', 'markdown');
    assert.deepEqual(a.attributions.map((x) => x.content?.text), ['only 41 of the cancelled sailings were called off because of bad weather']);
  });
});

describe('fifty-fourth session: a document and whom it reached', () => {
  it('"according to documents leaked to the student newspaper", "figures provided to MPs": the phrase with whom it reached is the source', () => {
    assert.deepEqual(sourceCueContent('The university plans to cut 200 jobs, according to documents leaked to the student newspaper.', 'plaintext', true), [['documents leaked to the student newspaper', 'according to', 'The university plans to cut 200 jobs', 'documents leaked to the student newspaper']]);
    assert.deepEqual(sourceCueContent('According to figures provided to MPs, waiting lists rose by 8%.', 'plaintext', true).map((r) => [r[0], r[2]]), [['figures provided to MPs', 'waiting lists rose by 8%']]);
  });
  it('"According to a letter sent to parents on Monday, the school will close." keeps what the letter says', () => {
    assert.deepEqual(sourceCueContent('According to a letter sent to parents on Monday, the school will close.', 'plaintext', true).map((r) => r[2]), ['the school will close']);
  });
});

describe('fifty-fourth session: a model source over a clause of its own', () => {
  it('"The Care Quality Commission closed the home in 2023 after an inspection found X": the inspection found it', () => {
    assert.deepEqual(sourceCueContent('The Care Quality Commission closed the home in 2023 after an inspection found residents "dehydrated and in soiled bedding".', 'plaintext', true).map((r) => [r[0], r[1]]),
      [['an inspection', 'found']]);
  });
});
describe('fifty-fifth session: an adverb inside a phrasal cue', () => {
  it('"pointing instead to farm run-off": the cue runs over its particle, what is said starts after it', () => {
    assert.deepEqual(sourceCueContent('The company rejected claims that its discharges were to blame, pointing instead to farm run-off.'), [['The company', 'pointing instead to', 'farm run-off']]);
  });
  it('as "pointing to farm run-off" reads with no adverb', () => {
    assert.deepEqual(sourceCueContent('The company rejected the claims, pointing to farm run-off.'), [['The company', 'pointing to', 'farm run-off']]);
  });
});

describe('fifty-sixth session: an appositive with a relative clause', () => {
  it('a denial\'s source is the name with its appositive and the appositive\'s restrictive clause: "Unison, the union that represents library workers, disputed"', () => {
    const a = run('Unison, the union that represents library workers, disputed that figure. Unison, the union which represents nurses, denied the claim.');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.speaker]), [
      ['disputed that figure', 'Unison, the union that represents library workers', 'Unison'],
      ['denied the claim', 'Unison, the union which represents nurses', 'Unison'],
    ]);
  });

  it('not a passive\'s subject, who is asked: "Herman Cain, the host who runs a radio show, was asked by a caller why X"', () => {
    const t = 'Recently, Herman Cain, the host who runs a radio show, was asked by a caller why young men are coming to the country as refugees.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['was asked', 'a caller', 'why young men are coming to the country as refugees']]);
  });
});
describe('fifty-sixth session: what a statement is about is no source', () => {
  it('"Sprinter cleared of doping after tainted meat claim": the words before the noun name the claim\'s topic, no one who made it', () => {
    assert.deepEqual(analyze('# Sprinter cleared of doping after tainted meat claim\n', 'markdown').attributions, []);
  });
  it('a body or a group before the noun stays a source: "Unions claim pay cut was illegal"', () => {
    assert.deepEqual(analyze('# Unions claim pay cut was illegal\n', 'markdown').attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text]), [['claim', 'Unions', 'pay cut was illegal']]);
  });
});
describe('fifty-sixth session: a model source inside the object of the verb a participle hangs on', () => {
  it('"has cleared sprinter Dana Okafor of a doping violation, accepting X": the participle is the subject\'s, the unit\'s', () => {
    const t = 'The Athletics Integrity Unit has cleared sprinter Dana Okafor of a doping violation, accepting her explanation that a banned substance entered her body through contaminated meat.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.speaker]), [['accepting', 'The Athletics Integrity Unit', 'Athletics Integrity Unit']]);
  });
});
describe('fifty-sixth session: a post after an inverted cue', () => {
  it('"X, twice its original budget, says a post shared widely on Facebook": the post is the source, with where it spread; what comes before is what it says', () => {
    const t = 'The Kelton bypass cost £180 million, twice its original budget, says a post shared widely on Facebook.';
    assert.deepEqual(run(t).attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.speaker]), [['says', 'a post shared widely on Facebook', 'The Kelton bypass cost £180 million, twice its original budget', 'post']]);
    assert.deepEqual(run('The bypass cost £180 million, twice its budget, says a viral post.').attributions.map((a) => [a.source?.text, a.content?.text]), [['a viral post', 'The bypass cost £180 million, twice its budget']]);
  });
  it('a fact check\'s verdict then answers the post\'s claim', () => {
    const a = analyze('**Claim:** The Kelton bypass cost £180 million, twice its original budget, says a post shared widely on Facebook.\n\n**Verdict:** Mostly false.\n', 'markdown');
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, a.denials.find((d) => d.id === l.counter)?.cue.text]), [['The Kelton bypass cost £180 million, twice its original budget', 'Mostly false']]);
  });
  it('not a person after the cue, read as before: "X, says Tom Reyes"', () => {
    assert.deepEqual(run('The bridge will close, says Tom Reyes.').attributions.map((a) => [a.source?.text, a.content?.text]), [['Tom Reyes', 'The bridge will close']]);
  });
});
describe('fifty-seventh session: a source close to someone', () => {
  it('"According to a source close to the club, X": the source is the whole phrase, and X the content', () => {
    const a = analyze("According to a source close to the club, City's sporting director met Bellini in Lisbon last week.", 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text, x.speaker]), [['According to', 'a source close to the club', "City's sporting director met Bellini in Lisbon last week", 'source close to the club']]);
  });
  it('"X, said people close to the campaign" and "A person close to the talks said X"; not "came close to collapse"', () => {
    assert.deepEqual(analyze('The plan was dropped on Monday, said people close to the campaign.', 'plaintext').attributions.map((x) => x.source?.text), ['people close to the campaign']);
    assert.deepEqual(analyze('A person close to the talks said the deal was done.', 'plaintext').attributions.map((x) => x.source?.text), ['A person close to the talks']);
    assert.deepEqual(analyze('The talks came close to collapse, the director said.', 'plaintext').attributions.map((x) => [x.source?.text, x.content?.text]), [['the director', 'The talks came close to collapse']]);
  });
});
describe('fifty-seventh session: a picture or a clip said to seem to show something', () => {
  it('"Videos shared on social media appear to show X": the videos are the source, "appear to show" the cue, X the content', () => {
    const a = analyze('Videos shared on social media appear to show an officer striking a seated protester.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [['appear to show', 'Videos shared on social media', 'an officer striking a seated protester']]);
  });
  it('not a video that plainly shows something, which the model reads as before', () => {
    const a = analyze('A video of the episode shows her clutching her cellphone.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text]), [['shows', 'A video of the episode']]);
  });
});
describe('fifty-seventh session: a quotation after a fact check\'s label', () => {
  it('"**Claim:** \\"X,\\" Mayor Lena Ortiz said": the content is the quotation, without the label', () => {
    const t = '**Claim:** "We have doubled the number of buses on the road since 2022," Mayor Lena Ortiz said in a campaign video.';
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.attributions.map((x) => [x.content?.text, x.content?.start]), [['"We have doubled the number of buses on the road since 2022,"', 11]]);
    assert.deepEqual(a.claims.map((c) => c.span.text), ['We have doubled the number of buses on the road since 2022']);
    assert.deepEqual(analyze(t.replace(/\*\*/g, ''), 'plaintext').attributions.map((x) => x.content?.start), [7]);
  });
});
describe('fifty-seventh session: a study claiming that something adds to something, then the sentence\'s own verb', () => {
  it('"A widely reported study claiming that X adds four years to life expectancy has been criticised": the content ends before "has been criticised"', () => {
    const a = analyze('A widely reported study claiming that drinking three cups of coffee a day adds four years to life expectancy has been criticised by statisticians.', 'plaintext');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.content?.text]), [['A widely reported study', 'drinking three cups of coffee a day adds four years to life expectancy']]);
  });
});
describe('fifty-eighth session: an act done together goes on with the content\'s own subject', () => {
  it('"reported that executives met in a hotel and discussed raising charges by 8%": the content runs through "discussed"', () => {
    const t = 'The Sunday Ledger reported that executives from three firms met in a London hotel in October and discussed raising standing charges by 8%.';
    assert.deepEqual(run(t).attributions.filter((a) => a.cue.text === 'reported').map((a) => [a.source?.text, a.content?.text]), [
      ['The Sunday Ledger', 'executives from three firms met in a London hotel in October and discussed raising standing charges by 8%'],
    ]);
  });
  it('but "and said" after it is the source\'s own report still', () => {
    const t = 'The Sunday Ledger reported that executives from three firms met in a London hotel and said the firms had refused to comment.';
    assert.deepEqual(run(t).attributions.filter((a) => a.cue.text === 'reported').map((a) => a.content?.text), ['executives from three firms met in a London hotel']);
  });
});
describe('fifty-eighth session: a quotation signed by a role under a fact check\'s heading', () => {
  it('\'## "X" — Opposition leader\' is the role\'s claim, and \'## "X" — Prime Minister\' is one attribution, not two', () => {
    const a = run('# Fact check\n\n## "Two million more children are living in poverty" — Opposition leader\n\n## "Unemployment is at its lowest level for 50 years" — Prime Minister\n', 'markdown');
    assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.content?.text]), [
      ['—', 'Opposition leader', '"Two million more children are living in poverty"'],
      ['—', 'Prime Minister', '"Unemployment is at its lowest level for 50 years"'],
    ]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
      ['Two million more children are living in poverty', 'Opposition leader'],
      ['Unemployment is at its lowest level for 50 years', 'Prime Minister'],
    ]);
  });
});
describe('fifty-eighth session: a passive "as" clause with its agent closing the sentence', () => {
  it('"X, as announced by the Department for Transport." reports X', () => {
    assert.deepEqual(triplesOf('The correct figure is 4.9%, as announced by the Department for Transport.'), [['announced', 'the Department for Transport', 'The correct figure is 4.9%']]);
  });
  it('but not with more after the agent: "as announced by the Department for Transport on Monday"', () => {
    assert.deepEqual(triplesOf('Fares will rise by 4.9%, as announced by the Department for Transport on Monday.'), [['announced', 'the Department for Transport', undefined]]);
  });
});
describe('fifty-eighth session: a bare clause after a day\'s adjunct', () => {
  it('"Russia\'s defence ministry said on Tuesday its air defences had shot down 14 drones" reports the clause, by the whole source', () => {
    assert.deepEqual(triplesOf("Russia's defence ministry said on Tuesday its air defences had shot down 14 Ukrainian drones overnight."), [['said', "Russia's defence ministry", 'its air defences had shot down 14 Ukrainian drones overnight']]);
    assert.deepEqual(triplesOf('The minister said on Tuesday morning he would resign.'), [['said', 'The minister', 'he would resign']]);
  });
});
describe('fifty-eighth session: a headline\'s second report after a comma', () => {
  it('"Ministry says drone attack foiled, Kyiv denies launching it": the ministry\'s words end before Kyiv\'s denial', () => {
    const a = run('Ministry says drone attack foiled, Kyiv denies launching it\n\nRussia\'s defence ministry said its air defences had shot down 14 drones.');
    assert.deepEqual(a.attributions.filter((x) => x.cue.text === 'says').map((x) => [x.source?.text, x.content?.text]), [['Ministry', 'drone attack foiled']]);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.target?.text]), [['denies', 'Kyiv', 'launching it']]);
  });
});
describe('sixtieth session: "but" and a second verb of the source\'s', () => {
  it('"told a press conference that Russia was \\"ready for talks\\" but blamed Kyiv": the content ends before "but"', () => {
    assert.deepEqual(triplesOf('President Vladimir Putin told a press conference that Russia was "ready for talks" but blamed Kyiv for the lack of progress.'), [
      ['told', 'President Vladimir Putin', 'Russia was "ready for talks"'],
      ['blamed', 'President Vladimir Putin', 'Kyiv for the lack of progress'],
    ]);
  });
  it('but not a verb seldom a cue, the content\'s own: "said the scheme had started but stalled in May"', () => {
    assert.deepEqual(triplesOf('The mayor said the scheme had started but stalled in May.'), [['said', 'The mayor', 'the scheme had started but stalled in May']]);
  });
});
describe('sixtieth session: a relative clause on a post\'s noun', () => {
  it('"The photo Trump posted did not show a grab", "The letter she wrote was never sent": no report', () => {
    assert.deepEqual(triplesOf('The photo Trump posted did not show a grab. The letter she wrote was never sent.'), []);
  });
  it('but "countries he said had sent immigrants" is what he said', () => {
    assert.deepEqual(triplesOf('Trump named countries he said had sent immigrants who plotted attacks.').map((t) => t[0]), ['said']);
  });
});
describe('sixtieth session: a plain form after a preposition is a noun', () => {
  it('"lose an average of two hours of sleep a night has been criticised": the content runs to the sentence\'s own verb', () => {
    assert.deepEqual(triplesOf('A widely reported study claiming that teenagers who use their phones after 10pm lose an average of two hours of sleep a night has been criticised by sleep scientists.'), [
      ['claiming', 'A widely reported study', 'teenagers who use their phones after 10pm lose an average of two hours of sleep a night'],
    ]);
  });
});
describe('sixtieth session: the model\'s contents that are no phrase', () => {
  it('"We put the main claims to him": a content around its own noun cue is no report', () => {
    assert.deepEqual(triplesOf('We put the main claims to him.'), []);
  });
  it('"has faced criticism after the board\'s budget was cut": a content opening with a possessive\'s "\'s" is none', () => {
    assert.deepEqual(triplesOf("The chief executive, Dr Alan Pryce, has faced criticism after the board's budget was cut by £18 million.").map((t) => t[2]), [undefined]);
  });
});
describe('sixtieth session: a campaign launched, between the cue and "that"', () => {
  it('"said in an advertising campaign launched this month that X": the cue is "said", the content X', () => {
    assert.deepEqual(triplesOf('Freshco said in an advertising campaign launched this month that its farmers receive 42p per litre.'), [['said', 'Freshco', 'its farmers receive 42p per litre']]);
  });
});
describe('sixtieth session: "citing" right after a report\'s cue', () => {
  it('"X, the group said, citing data from Y": the report\'s source cites', () => {
    assert.deepEqual(triplesOf('Fires destroyed more than 2.5 million hectares this year, the group said, citing data from the MapBiomas project.'), [
      ['said', 'the group', 'Fires destroyed more than 2.5 million hectares this year'],
      ['citing', 'the group', 'data from the MapBiomas project'],
    ]);
  });
});
describe('sixtieth session: the model\'s content inside a denial\'s cue', () => {
  it('"Election officials reject fraud claims after candidate refuses to concede": no report of the candidate', () => {
    const a = run('Election officials reject fraud claims after candidate refuses to concede');
    assert.deepEqual(a.attributions.map((x) => x.cue.text), []);
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text]), [['reject fraud claims', 'Election officials']]);
  });
});
describe('sixtieth session: "despite a warning" set against a report', () => {
  it('ends the content: "insisted that X, despite a warning from the energy regulator that Y"; in a headline too', () => {
    assert.deepEqual(triplesOf("Power company Brightwave has insisted that its customers' bills will fall by 8% in January, despite a warning from the energy regulator that prices are likely to rise."), [
      ['insisted', 'Power company Brightwave', "its customers' bills will fall by 8% in January"],
    ]);
    assert.deepEqual(triplesOf("Energy firm insists bills will fall, despite regulator's warning").map((t) => t[2]), ['bills will fall']);
  });
});
describe('sixty-first session: someone a medium shows telling something', () => {
  it('the participle\'s source is who is shown, after the verb of showing, not the medium', () => {
    assert.deepEqual(sourceCueContent('A video appears to show the minister telling an audience that pensions will be cut.', 'plaintext', true), [
      ['A video', 'appears to show', 'the minister telling an audience that pensions will be cut', 'video'],
      ['the minister', 'telling', 'pensions will be cut', 'minister'],
    ]);
    assert.deepEqual(sourceCueContent('Footage posted online showed the mayor telling residents that the bridge was safe.', 'plaintext', true).map((r) => r.slice(0, 2)), [['Footage posted online', 'showed'], ['the mayor', 'telling']]);
  });
});
describe('sixty-first session: where a document was filed', () => {
  it('is no report: "a planning document filed with the district council in October lists X" has no cue "filed with"', () => {
    assert.deepEqual(sourceCueContent('But a planning document filed with the district council in October lists Harbury Town FC as a "potential anchor tenant" for the site.'), []);
  });
});
