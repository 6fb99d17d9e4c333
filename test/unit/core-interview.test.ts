/**
 * Question-and-answer interviews: the answers are the interviewee's words (src/core/interview.ts, analyzer.ts).
 */
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core/analyzer';
import { findInterview } from '../../src/core/interview';
import { ProseExtractor } from '../../src/core/prose/extract';
import { PlainTextExtractor } from '../../src/core/prose/plain-incremental';

const MD = [
  '# Minister Ana Rivas on the harbour plan',
  '',
  'Port Minister Ana Rivas spoke to us on Tuesday. The Gazette reported last week that the cabinet had approved 900 million euros for the harbour.',
  '',
  '**Minister, did the cabinet approve 900 million euros?**',
  '',
  'No. The cabinet approved 600 million euros in March, and I have never proposed more. The report in the Gazette is wrong.',
  '',
  '**Critics say the dredging will destroy the oyster beds.**',
  '',
  'We studied this for two years. The oyster beds lie four kilometres from the channel.',
  '',
  '*After the interview, the Gazette said it stood by its report.*',
  '',
].join('\n');

describe('core interview', () => {
  it('finds the answers of a Markdown interview, its questions in bold, and who answers: not an editor\'s note in italics', () => {
    const blocks = new ProseExtractor().blocks(MD, 'markdown');
    const iv = findInterview(MD, blocks, true);
    assert.equal(iv?.interviewee, 'Ana Rivas');
    assert.deepEqual(blocks.filter((_, i) => iv!.answer[i] === 1).map((b) => b.text.slice(0, 20)), ['No. The cabinet appr', 'We studied this for ']);
  });

  it('gives the interviewee the answers\' statements, their denials and the reports of their first person', () => {
    const a = analyze(MD, 'markdown');
    assert.deepEqual(a.claims.filter((c) => c.claimant === 'Ana Rivas').map((c) => c.span.text), [
      'The cabinet approved 600 million euros in March, and I have never proposed more',
      'We studied this for two years',
      'The oyster beds lie four kilometres from the channel',
    ]);
    // (the answer's "No." is hers too: it denies what the question put, the Gazette's 900 million euros)
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.target?.text, d.speaker]), [['No', undefined, 'Ana Rivas'], ['is wrong', 'The report in the Gazette', 'Ana Rivas']]);
    const no = a.denials[0].id;
    assert.deepEqual(a.links.filter((l) => l.counter === no).map((l) => a.claims.find((c) => c.id === l.claim)?.span.text), ['the cabinet had approved 900 million euros for the harbour']);
    // (the note after the interview is the article's, the Gazette's report its own)
    assert.equal(a.attributions.find((x) => x.cue.text === 'said')?.speaker, 'Gazette');
  });

  it('reads "Q:" and "A:" labels in plain text, and leaves the label out of a claim', () => {
    const t = [
      'Minister Ana Rivas on the harbour plan',
      '',
      'Port Minister Ana Rivas spoke to us on Tuesday.',
      '',
      'Q: Did the cabinet approve a budget of 900 million euros?',
      '',
      'A: No. The cabinet approved 600 million euros in March. The report in the Gazette is wrong.',
      '',
      'Q: Critics say the dredging will destroy the oyster beds.',
      '',
      'A: We studied this for two years. The oyster beds lie four kilometres from the channel.',
    ].join('\n');
    const a = analyze(t, 'plaintext');
    assert.deepEqual(a.claims.filter((c) => c.claimant === 'Ana Rivas').map((c) => c.span.text), [
      'The cabinet approved 600 million euros in March',
      'We studied this for two years',
      'The oyster beds lie four kilometres from the channel',
    ]);
    assert.equal(findInterview(t, new PlainTextExtractor().blocks(t), false)?.interviewee, 'Ana Rivas');
  });

  it('is no interview when the answers are the article\'s own prose: an explainer\'s questions in bold', () => {
    const t = [
      '# Minister Ana Rivas and the harbour plan',
      '',
      'The government wants to expand the harbour by 2030.',
      '',
      '**What does the plan cost?**',
      '',
      'The cabinet approved 600 million euros in March, according to the budget papers.',
      '',
      '**Who opposes it?**',
      '',
      'Fishing groups say the dredging will harm the oyster beds, which lie four kilometres from the channel.',
    ].join('\n');
    assert.equal(findInterview(t, new ProseExtractor().blocks(t, 'markdown'), true), null);
    assert.deepEqual(analyze(t, 'markdown').claims.filter((c) => c.claimant === 'Ana Rivas'), []);
  });

  it('is no interview when the bold lines are a live page\'s times or leads, even with words in the first person after them', () => {
    const t = [
      '# Live: debate on nurse numbers',
      '',
      '*Live coverage from the chamber, Tallisford. All times local.*',
      '',
      '**14:11**',
      '',
      'Opposition leader Mara Voss: "We have lost 4,000 nurses. I have seen the wards myself."',
      '',
      '**14:19**',
      '',
      'Health Minister Julian Ashcombe: "I reject entirely the suggestion that we have massaged these figures."',
      '',
      '**Voss claims victory in the vote.**',
      '',
      'We will bring you the result shortly.',
    ].join('\n');
    assert.equal(findInterview(t, new ProseExtractor().blocks(t, 'markdown'), true), null);
    assert.deepEqual(analyze(t, 'markdown').denials.map((d) => d.speaker), ['Julian Ashcombe']);
  });

  it('one Analyzer after an edit equals a fresh one: in an answer, and in the headline that names the interviewee', () => {
    const an = new Analyzer();
    an.analyze(MD, 'markdown');
    for (const edited of [MD.replace('two years', 'three years'), MD.replace('Minister Ana Rivas on', 'Minister Eva Rivas on').replace('Port Minister Ana Rivas', 'Port Minister Eva Rivas'), MD]) {
      assert.deepEqual(an.analyze(edited, 'markdown'), new Analyzer().analyze(edited, 'markdown'));
    }
  });
});
describe('twenty-eighth session: an answer that opens with "No."', () => {
  const t = '# "We never hid the data": the water company boss on the sewage row\n\n' +
    '*Fiona Grant, chief executive of Westvale Water, spoke to us after a report found the company had discharged raw sewage into rivers on 1,240 days last year.*\n\n' +
    '**The Environment Agency says you broke your permits hundreds of times. Is that true?**\n\n' +
    'No. Every discharge was within the terms of our permits.\n\n' +
    '**Campaigners say you hid monitoring data from the public. Did you?**\n\n' +
    'We never hid the data. It has been on our website since 2021.\n';
  it('"No." denies the claim the question put, as the interviewee\'s; "We never hid the data" contradicts the campaigners', () => {
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source, d.target, d.speaker]), [['No', null, null, 'Fiona Grant']]);
    assert.deepEqual(a.claims.map((c) => [c.span.text, c.claimant]), [
      ['the company had discharged raw sewage into rivers on 1,240 days last year', 'report'],
      ['you broke your permits hundreds of times', 'Environment Agency'],
      // (the answer's "Every discharge was within the terms of our permits" scores below the bar: a first person's words
      // with no figure, as elsewhere; its "No." no longer lifts it as a capitalised word did)
      ['you hid monitoring data from the public', 'Campaigners'],
      ['We never hid the data', 'Fiona Grant'],
      ['It has been on our website since 2021', 'Fiona Grant'],
    ]);
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text ?? `denial:${a.denials.find((d) => d.id === id)?.cue.text}`;
    assert.deepEqual(a.links.map((l) => [text(l.claim), l.relation, text(l.counter)]), [
      ['you broke your permits hundreds of times', 'denies', 'denial:No'],
      ['you hid monitoring data from the public', 'contradicts', 'We never hid the data'],
    ]);
    // (whom she spoke to is no part of what she said)
    assert.deepEqual(a.attributions.filter((x) => x.cue.text === 'spoke').map((x) => x.content), [null]);
  });
  it('outside an interview a paragraph that opens with "No." denies nothing of its own', () => {
    assert.deepEqual(analyze('The agency says the firm broke its permits.\n\nNo. Every discharge was within the terms of the permits, the firm said.', 'plaintext').denials, []);
  });
});
describe('thirty-first session: answers that open with a reply', () => {
  const t = [
    '# Q&A: The health secretary on waiting times',
    '',
    '*We spoke to Health Secretary Lauren Fielding about hospital waiting lists.*',
    '',
    '**You promised to cut waiting lists. Have you?**',
    '',
    'Yes. The list has fallen for five months in a row, and it is now 300,000 lower than its peak.',
    '',
    '**Do you accept that some patients are waiting more than two years?**',
    '',
    'No. The number waiting more than two years is effectively zero.',
  ].join('\n');
  it('make an interview though no answer is in the first person; a question\'s "you" is the interviewee', () => {
    const iv = findInterview(t, new ProseExtractor().blocks(t, 'markdown'), true);
    assert.equal(iv?.interviewee, 'Lauren Fielding');
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.speaker]), [['You', 'Lauren Fielding']]);
    assert.deepEqual(a.claims.filter((c) => c.claimant === 'Lauren Fielding').map((c) => c.span.text), [
      'The list has fallen for five months in a row, and it is now 300,000 lower than its peak',
      'The number waiting more than two years is effectively zero',
    ]);
  });
  it('not where no person is named before the first question, whoever answers "Yes."', () => {
    const u = t.replace('*We spoke to Health Secretary Lauren Fielding about hospital waiting lists.*', 'The health service publishes its figures monthly.');
    assert.equal(findInterview(u, new ProseExtractor().blocks(u, 'markdown'), true), null);
  });
});
describe('fifty-third session: a report with no source inside an answer', () => {
  it('"We have seen the highest number of completions in a decade": the interviewee\'s claim, though a verb of seeing opens it', () => {
    const t = '## Interview: Housing Minister Rachel Grant on the target\n\n**Q: You promised 300,000 homes a year. Have you failed?**\n\nA: No. We have seen the highest number of completions in a decade, and the trend is upward.\n\n**Q: The Office for National Statistics says completions fell by 8% last year.**\n\nA: That figure covers only new-build completions. If you include conversions, the total rose.\n';
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.claims.filter((c) => c.span.text.startsWith('the highest')).map((c) => [c.span.text, c.claimant]), [['the highest number of completions in a decade', 'Rachel Grant']]);
  });
});
describe('fifty-fourth session: an answer that denies the act asked about', () => {
  const t = 'Southmere Water\'s chief executive, Claire Benton, spoke to the Gazette after the company was fined. This interview has been edited for length.\n\n**The Environment Agency says your company discharged sewage on 1,400 days last year. Is that right?**\n\nNo. That figure counts every overflow at every site.\n\n**Campaigners say the company hid data from regulators.**\n\nWe did not hide anything. Every figure we hold has been published since 2021.\n';
  it('"We did not hide anything." answers "Campaigners say the company hid data from regulators", as "No." answers its question', () => {
    const a = analyze(t, 'markdown');
    const text = (id: string) => a.claims.find((c) => c.id === id)?.span.text;
    assert.deepEqual(a.denials.filter((d) => d.target === null).map((d) => [d.cue.text, d.speaker]), [['No', 'Claire Benton'], ['did not hide', 'Claire Benton']]);
    assert.deepEqual(a.links.filter((l) => l.relation === 'denies').map((l) => [text(l.claim), a.denials.find((d) => d.id === l.counter)?.cue.text]), [
      ['your company discharged sewage on 1,400 days last year', 'No'], ['the company hid data from regulators', 'did not hide'],
    ]);
  });
});
describe('fifty-sixth session: a transcript\'s question and answer by speakers\' labels', () => {
  it('"**Presenter:** The college says X. Is that true?" answered "**Martin Cole:** No. ...": Cole\'s "No" denies X', () => {
    const t = '**Presenter:** The college says eight A&E departments have been downgraded since 2022. Is that true?\n\n**Martin Cole:** No. We have not closed a single A&E department.\n';
    const a = analyze(t, 'markdown');
    assert.deepEqual(a.denials.map((d) => [d.cue.text, d.source?.text, d.speaker]), [['No', 'Martin Cole', 'Martin Cole']]);
    assert.deepEqual(a.links.map((l) => [a.claims.find((c) => c.id === l.claim)?.span.text, l.relation]), [['eight A&E departments have been downgraded since 2022', 'denies']]);
  });
  it('not an answer to a labelled block that asks nothing, nor a "No" that opens no answer', () => {
    const t = '**Presenter:** The college says eight A&E departments have been downgraded since 2022.\n\n**Martin Cole:** No. We have not closed a single A&E department.\n';
    assert.deepEqual(analyze(t, 'markdown').links, []);
  });
});
describe('sixtieth session: a name before the noun it modifies is no interviewee', () => {
  it('"The chief executive of the Northern Valleys health board, Dr Alan Pryce" answers, not "Northern Valleys"', () => {
    const t = [
      '# Health board chief answers critics',
      '',
      'The chief executive of the Northern Valleys health board, Dr Alan Pryce, has faced criticism. We put the main claims to him.',
      '',
      '**Unions say 300 nursing posts have been lost since 2023. Is that true?**',
      '',
      'No. We did not cut a single nurse.',
      '',
      '**Will any community hospitals close?**',
      '',
      'We have no plans to close any community hospital.',
    ].join('\n');
    assert.equal(findInterview(t, new ProseExtractor().blocks(t, 'markdown'), true)?.interviewee, 'Alan Pryce');
  });
});
