/**
 * The Analyzer end to end: the Analysis JSON shape, stable ids, incremental analysis equal to a
 * fresh one, settings validation, Markdown inline markup and code never analysed, exact offsets
 * with CRLF, a BOM and astral characters.
 */
import * as assert from 'node:assert/strict';
import { Analyzer, DEFAULT_SETTINGS, analyze, resolveSettings } from '../../src/core/analyzer';
import * as core from '../../src/core/index';
import { ANALYSIS_SCHEMA, type Analysis, type AnalyzerSettings, type LanguageId } from '../../src/core/types';
import { allSpans, attributionView, idsOf, sliceOk, spanOf } from './helpers/spans';

const P1 = 'Health Minister Ana Petrova said the clinic had opened on Monday.';
const P2 = '"We have hired 40 nurses this year," Petrova said.';
const P3 = 'Officials in Kyiv said Iran had supplied 300 drones to Russia.';
const P4 = 'Tehran denied that it delivered drones to Moscow.';
const ARTICLE = [P1, P2, P3, P4].join('\n\n');

function assertSpansOk(text: string, a: Analysis): void {
  for (const { where, span } of allSpans(a)) assert.ok(sliceOk(text, span), `${where} ${JSON.stringify(span)}`);
}

/** The items of an analysis keyed by id, with their spans' texts (to compare across edits). */
function byId(a: Analysis): Map<string, string> {
  const m = new Map<string, string>();
  for (const x of a.attributions) m.set(x.id, `${x.cue.text}|${x.source?.text}|${x.content?.text}`);
  for (const x of a.denials) m.set(x.id, `${x.cue.text}|${x.source?.text}|${x.target?.text}`);
  for (const x of a.claims) m.set(x.id, x.span.text);
  return m;
}

describe('core analyzer', () => {
  describe('Analysis JSON', () => {
    it('has the schema, the source and the four lists', () => {
      const a = analyze(ARTICLE, 'plaintext', 'articles/clinic.txt');
      assert.equal(a.schema, ANALYSIS_SCHEMA);
      assert.equal(a.schema, 'counterpoint/analysis@1');
      assert.deepEqual(a.source, { path: 'articles/clinic.txt', languageId: 'plaintext', length: ARTICLE.length });
      assert.deepEqual(Object.keys(a), ['schema', 'source', 'attributions', 'denials', 'claims', 'links']);
      assert.equal(a.attributions.length, 3);
      assert.equal(a.denials.length, 1);
      assertSpansOk(ARTICLE, a);
    });

    it('leaves out source.path when no path is given', () => {
      assert.deepEqual(analyze('', 'markdown').source, { languageId: 'markdown', length: 0 });
    });

    it('survives a JSON round trip unchanged (plain data only)', () => {
      const a = analyze(ARTICLE, 'markdown');
      assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
    });

    it('is exported from the public surface', () => {
      assert.deepEqual(core.analyze(ARTICLE, 'plaintext'), analyze(ARTICLE, 'plaintext'));
      assert.deepEqual(new core.Analyzer().analyze(ARTICLE, 'plaintext'), analyze(ARTICLE, 'plaintext'));
    });
  });

  describe('ids', () => {
    it('have a kind prefix and 12 hex digits, and are unique', () => {
      const a = analyze(ARTICLE, 'plaintext');
      for (const x of a.attributions) assert.match(x.id, /^a-[0-9a-f]{12}$/);
      for (const x of a.denials) assert.match(x.id, /^d-[0-9a-f]{12}$/);
      for (const x of a.claims) assert.match(x.id, /^c-[0-9a-f]{12}$/);
      const ids = idsOf(a);
      assert.equal(new Set(ids).size, ids.length);
    });

    it('are the same for the same text, in a new Analyzer or the same one', () => {
      const a = analyze(ARTICLE, 'plaintext');
      assert.deepEqual(idsOf(analyze(ARTICLE, 'plaintext')), idsOf(a));
      const an = new Analyzer();
      an.analyze(ARTICLE, 'plaintext');
      assert.deepEqual(idsOf(an.analyze(ARTICLE, 'plaintext')), idsOf(a));
    });

    it('are unique when a paragraph occurs twice', () => {
      const t = [P2, P3, P2].join('\n\n');
      const a = analyze(t, 'plaintext');
      assert.equal(a.attributions.length, 3);
      const ids = idsOf(a);
      assert.equal(new Set(ids).size, ids.length);
    });

    it('an edit in one paragraph keeps the ids (and shifts the spans) of the other paragraphs', () => {
      const before = analyze(ARTICLE, 'plaintext');
      const edited = [P1, P2.replace('40 nurses', '45 new nurses'), P3, P4].join('\n\n');
      const after = analyze(edited, 'plaintext');
      const delta = edited.length - ARTICLE.length;
      const p2Start = ARTICLE.indexOf(P2);
      const p2End = p2Start + P2.length;
      const outside = (s: { start: number }) => s.start < p2Start || s.start >= p2End;
      const shifted = (s: { start: number; end: number; text: string }) => (s.start >= p2End ? { ...s, start: s.start + delta, end: s.end + delta } : s);
      const keep = before.attributions.filter((x) => outside(x.cue));
      assert.equal(keep.length, 2);
      for (const x of keep) {
        const y = after.attributions.find((z) => z.id === x.id);
        assert.ok(y, `attribution ${x.id} (${x.cue.text}) kept its id`);
        assert.deepEqual(y.cue, shifted(x.cue));
        assert.deepEqual(y.content, x.content && shifted(x.content));
      }
      for (const x of before.denials) assert.deepEqual(after.denials.find((z) => z.id === x.id)?.cue, shifted(x.cue));
      for (const x of before.claims.filter((c) => outside(c.span))) assert.deepEqual(after.claims.find((z) => z.id === x.id)?.span, shifted(x.span));
      // the edited paragraph's attribution has a new id
      const p2Before = before.attributions.find((x) => !outside(x.cue));
      const p2After = after.attributions.find((x) => x.cue.start >= p2Start && x.cue.start < p2End + delta);
      assert.ok(p2Before && p2After);
      assert.notEqual(p2After.id, p2Before.id);
      assertSpansOk(edited, after);
    });

    it('a new paragraph at the top keeps every other id', () => {
      const before = byId(analyze(ARTICLE, 'markdown'));
      const after = byId(analyze(`# Drones and nurses\n\nThe council met on Monday.\n\n${ARTICLE}`, 'markdown'));
      for (const [id, what] of before) assert.equal(after.get(id), what, id);
    });
  });

  describe('incremental analysis', () => {
    const versions = [
      ARTICLE,
      ARTICLE.replace('Monday', 'Tuesday'),
      ARTICLE.replace('\n\nTehran', '\n\nSenator Paul Grant said the vote was close.\n\nTehran'),
      ARTICLE.replace(P2, ''),
      '',
      ARTICLE,
      `# Heading: Okafor\n\n${ARTICLE}\n\n\`\`\`\nSmith said the plan had failed.\n\`\`\`\n`,
      `${ARTICLE}\n\n- "The first phase is finished.\n\n"The second phase will start in April," Reyes said.`,
      // a quotation signed on a line of its own: the quotation edited, then no longer a quotation, then one again
      `${P1}\n\n"The clinic has 40 beds."\n\n- Tom Reyes.\n\n${P3}`,
      `${P1}\n\n"The clinic has 45 beds and a garden."\n\n- Tom Reyes.\n\n${P3}`,
      `${P1}\n\nThe clinic has 45 beds and a garden.\n\n- Tom Reyes.\n\n${P3}`,
      `${P1}\n\n"The clinic has 45 beds and a garden."\n\n- Tom Reyes.\n\n${P3}`,
      // a colon cue over the next paragraph: that paragraph edited, then the speaker, then the two split by a
      // line of code (plain text: by text), then joined again, then the paragraph opens a quotation that runs on
      `${P1}\n\nTom Okafor wrote:\n\nThe clinic in Westerly has 40 beds.\n\n${P3}`,
      `${P1}\n\nTom Okafor wrote:\n\nThe clinic in Westerly has 45 beds and 12 nurses.\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote:\n\nThe clinic in Westerly has 45 beds and 12 nurses.\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote:\n\n\`\`\`\nx\n\`\`\`\n\nThe clinic in Westerly has 45 beds and 12 nurses.\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote:\n\nThe clinic in Westerly has 45 beds and 12 nurses.\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote:\n\n"The clinic in Westerly has 45 beds.\n\n"It has 12 nurses."\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote:\n\n"The clinic in Westerly has 45 beds.\n\n"It has 13 nurses."\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote:\n\n"The clinic in Westerly has 45 beds.\n\nIt has 13 nurses.\n\n${P3}`,
      `${P1}\n\nAna Okafor wrote\n\n"The clinic in Westerly has 45 beds.\n\nIt has 13 nurses.\n\n${P3}`,
      // a block quote after a report (Markdown): the quote edited, the report's source, then the report gone, then a list
      // led by a colon cue, one item edited
      `${P1}\n\nAna Okafor said the figures were wrong.\n\n> "The clinic has 45 beds. It has 12 nurses."\n\n${P3}`,
      `${P1}\n\nAna Okafor said the figures were wrong.\n\n> "The clinic has 45 beds. It has 14 nurses."\n\n${P3}`,
      `${P1}\n\nThe board said the figures were wrong.\n\n> "The clinic has 45 beds. It has 14 nurses."\n\n${P3}`,
      `${P1}\n\nThe figures were wrong.\n\n> "The clinic has 45 beds. It has 14 nurses."\n\n${P3}`,
      `${P1}\n\nThe inspectors found that:\n\n- the clinic had 45 beds;\n- it had 12 nurses since 2022;\n- it had ignored three warnings.\n\n${P3}`,
      `${P1}\n\nThe inspectors found that:\n\n- the clinic had 45 beds;\n- it had 15 nurses since 2022;\n- it had ignored three warnings.\n\n${P3}`,
      `${P1}\n\nThe inspectors found that\n\n- the clinic had 45 beds;\n- it had 15 nurses since 2022;\n- it had ignored three warnings.\n\n${P3}`,
    ];
    for (const lang of ['plaintext', 'markdown'] as LanguageId[]) {
      it(`one Analyzer over a sequence of edits gives exactly a fresh analysis each time (${lang})`, () => {
        const an = new Analyzer();
        for (const v of versions) assert.deepEqual(an.analyze(v, lang, 'a.md'), new Analyzer().analyze(v, lang, 'a.md'), JSON.stringify(v.slice(0, 60)));
      });
    }

    it('a link destination inside a claim is no part of what it says: no link from it, and an edit to it alone keeps incremental = fresh (markdown)', () => {
      const v0 = '“[The](https://example.org/said-that) fire destroyed 120 homes,” said Lena Ortiz.\n\n'
        + '“[The](https://example.org/said-that) rebels captured the rifles, not bought them,” said Lena Ortiz. According to Reyes, the plan had failed.';
      // the first closing mark replaced (the claim now runs to "Ortiz"), then a letter of the first destination
      const v1 = v0.replace('homes,”', 'homes,x');
      const v2 = v1.replace('https', 'xttps');
      const an = new Analyzer();
      for (const v of [v0, v1, v2]) {
        const fresh = analyze(v, 'markdown');
        assert.deepEqual(an.analyze(v, 'markdown'), fresh);
        // the two claims share only the destination's words ("example", "said"): no contradiction between them
        assert.equal(fresh.claims.length, 2);
        assert.deepEqual(fresh.links, []);
      }
    });

    it('switching language in one Analyzer gives a fresh analysis in the new language', () => {
      const t = '`Smith said the plan had failed.`\n\nJones said the plan had worked in 2020.';
      const an = new Analyzer();
      for (const lang of ['markdown', 'plaintext', 'markdown'] as LanguageId[]) assert.deepEqual(an.analyze(t, lang), analyze(t, lang));
      assert.equal(analyze(t, 'markdown').attributions.length, 1);
      assert.equal(analyze(t, 'plaintext').attributions.length, 2);
    });
  });

  describe('settings', () => {
    it('defaults', () => {
      assert.deepEqual(resolveSettings(), { settings: DEFAULT_SETTINGS, problems: [] });
      assert.deepEqual(resolveSettings({}), { settings: { minCheckworthiness: 0.5, minLinkScore: 0.6 }, problems: [] });
    });

    it('takes values from 0 to 1, ends included', () => {
      assert.deepEqual(resolveSettings({ minCheckworthiness: 0, minLinkScore: 1 }), { settings: { minCheckworthiness: 0, minLinkScore: 1 }, problems: [] });
    });

    it('an undefined value keeps the default without a problem', () => {
      assert.deepEqual(resolveSettings({ minLinkScore: undefined }), { settings: DEFAULT_SETTINGS, problems: [] });
    });

    const bad: Array<[string, unknown]> = [['NaN', Number.NaN], ['-0.1', -0.1], ['1.5', 1.5], ['Infinity', Infinity], ['a string', '0.7'], ['null', null], ['an object', {}]];
    for (const [label, v] of bad) {
      it(`${label} falls back to the default with a clear problem`, () => {
        const r = resolveSettings({ minCheckworthiness: v } as unknown as AnalyzerSettings);
        assert.deepEqual(r.settings, DEFAULT_SETTINGS);
        assert.deepEqual(r.problems, ['setting "minCheckworthiness" must be a number from 0 to 1; using 0.5']);
      });
    }

    it('an unknown setting is ignored and reported; the others still apply', () => {
      const r = resolveSettings({ colour: 'red', minLinkScore: 0.8 } as unknown as AnalyzerSettings);
      assert.deepEqual(r.settings, { minCheckworthiness: 0.5, minLinkScore: 0.8 });
      assert.deepEqual(r.problems, ['unknown setting "colour" ignored']);
    });

    it('the Analyzer exposes the resolved settings and the problems', () => {
      const an = new Analyzer({ minCheckworthiness: 2, minLinkScore: 0.7 });
      assert.deepEqual(an.settings, { minCheckworthiness: 0.5, minLinkScore: 0.7 });
      assert.deepEqual(an.problems, ['setting "minCheckworthiness" must be a number from 0 to 1; using 0.5']);
      // a bad value behaves exactly like the default
      assert.deepEqual(an.analyze(ARTICLE, 'plaintext'), analyze(ARTICLE, 'plaintext'));
    });
  });

  describe('Markdown', () => {
    it('emphasis around a name does not break detection; spans are exact', () => {
      const t = '**Lavrov** said the port of Odesa had closed in May.\n';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said'), source: spanOf(t, 'Lavrov'), content: spanOf(t, 'the port of Odesa had closed in May'), speaker: 'Lavrov' },
      ]);
    });

    it('a span shows balanced emphasis: the delimiters a span leaves open inside are taken in, a literal "*" is not', () => {
      const t = 'The newspaper *Marca* reported that **92 percent** of members voted to strike.\n\nThe union said 5 * 3 is *fifteen*.\n';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map((x) => [x.source?.text, x.content?.text]), [
        ['The newspaper *Marca*', '**92 percent** of members voted to strike'],
        ['The union', '5 * 3 is *fifteen*'],
      ]);
      for (const x of a.attributions) assert.equal(x.content!.text, t.slice(x.content!.start, x.content!.end));
    });

    it('a span that ends or begins inside a link\'s text takes in the link\'s markup: "[an independent auditor](https://...)"', () => {
      const t = 'A council spokesperson said the data had been checked by [an independent auditor](https://example.org/audit).\n\n[The mayor](https://example.org/m) is wrong about the bridge, [Reyes said](https://example.org/r).\n';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map((x) => x.content?.text), ['the data had been checked by [an independent auditor](https://example.org/audit)', '[The mayor](https://example.org/m) is wrong about the bridge']);
      for (const x of a.attributions) assert.equal(x.content!.text, t.slice(x.content!.start, x.content!.end));
    });

    it('a link inside the content: the content runs over the link in the document', () => {
      const t = 'Ortiz said the [new bridge](https://example.org/said-that) had opened on Monday.\n';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said'), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the [new bridge](https://example.org/said-that) had opened on Monday'), speaker: 'Ortiz' },
      ]);
    });

    it('block quotes, list items and table cells are analysed', () => {
      const t = [
        '> "The mine employs 900 people in Leeds," the company said.',
        '1. Ortiz said the budget was cut by 40 percent.',
        '| Who | What |\n| --- | --- |\n| Reyes | Reyes said the port would close in June. |',
      ].join('\n\n');
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said', 1), source: spanOf(t, 'the company'), content: spanOf(t, '"The mine employs 900 people in Leeds,"'), speaker: 'company' },
        { cue: spanOf(t, 'said', 2), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the budget was cut by 40 percent'), speaker: 'Ortiz' },
        { cue: spanOf(t, 'said', 3), source: spanOf(t, 'Reyes', 2), content: spanOf(t, 'the port would close in June'), speaker: 'Reyes' },
      ]);
    });

    it('code (fenced, indented, inline), HTML and front matter are never analysed', () => {
      const t = [
        '---\ntitle: Smith said the plan had failed\n---',
        'Use `Smith said the plan had failed.` in the docs.',
        '```\nJones told reporters that the factory would close in March.\n```',
        '    Jones told reporters that the factory would close in March.',
        '<div>Smith said the plan had failed.</div>',
        'Ortiz said the budget was cut by 40 percent.',
      ].join('\n\n');
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said', 4), source: spanOf(t, 'Ortiz'), content: spanOf(t, 'the budget was cut by 40 percent'), speaker: 'Ortiz' },
      ]);
      assert.deepEqual(a.denials, []);
      assert.deepEqual(a.claims.map((c) => c.span), [spanOf(t, 'the budget was cut by 40 percent')]);
      // the same text as plain text is all prose
      assert.ok(analyze(t, 'plaintext').attributions.length > 1);
    });

    it('inline code inside a sentence is never inside a span', () => {
      const t = 'Smith said the plan `x = 1` had failed in May.\n';
      const a = analyze(t, 'markdown');
      const code = spanOf(t, '`x = 1`');
      for (const { where, span } of allSpans(a)) assert.ok(span.end <= code.start || span.start >= code.end, `${where} ${JSON.stringify(span)}`);
      assert.equal(a.attributions.length, 1);
      assert.equal(a.attributions[0].speaker, 'Smith');
    });

    for (const [label, codeBlock] of [
      ['an indented', '    Smith said the plan had failed.'],
      ['a fenced', '```\nSmith said the plan had failed.\n```'],
    ]) {
      it(`a quotation left open before ${label} code block does not run over the code`, () => {
        const t = `"The plan had failed.\n\n${codeBlock}\n\n"The bridge will cost 40 million euros," Lena Ortiz said.`;
        assert.deepEqual(analyze(t, 'markdown').attributions.map(attributionView), [
          { cue: spanOf(t, 'said', 2), source: spanOf(t, 'Lena Ortiz'), content: spanOf(t, '"The bridge will cost 40 million euros,"'), speaker: 'Lena Ortiz' },
        ]);
      });
    }

    it('a headline colon attribution in a heading', () => {
      const t = '## Bridge deal collapses: Okafor\n';
      assert.deepEqual(analyze(t, 'markdown').attributions.map(attributionView), [
        { cue: spanOf(t, ':'), source: spanOf(t, 'Okafor'), content: spanOf(t, 'Bridge deal collapses'), speaker: 'Okafor' },
      ]);
    });
  });

  describe('a fact check', () => {
    const MD = [
      '# Fact check: did the city sell its harbour?',
      '',
      '**Claim:** The city of Halden sold its harbour to a private company for 1 euro.',
      '',
      '**Verdict:** False',
      '',
      'A post shared more than 8,000 times on Facebook claims that "the council sold our harbour for a single euro". The claim is false.',
      '',
    ].join('\n');

    it('reads "Claim:" as the claim checked and "Verdict: False" as the article\'s denial of it, no speakers named Claim or Verdict', () => {
      const a = analyze(MD, 'markdown');
      assert.deepEqual(a.attributions.map((x) => [x.cue.text, x.source?.text, x.speaker]), [['claims', 'A post shared more than 8,000 times on Facebook', 'post']]);
      const claim = a.claims.find((c) => c.span.text === 'The city of Halden sold its harbour to a private company for 1 euro')!;
      assert.deepEqual([claim.span, claim.claimant], [spanOf(MD, 'The city of Halden sold its harbour to a private company for 1 euro'), null]);
      const verdict = a.denials.find((d) => d.cue.text === 'False')!;
      assert.deepEqual([verdict.cue, verdict.source, verdict.target, verdict.speaker], [spanOf(MD, 'False'), null, null, null]);
      assert.ok(a.links.some((l) => l.claim === claim.id && l.counter === verdict.id && l.relation === 'denies'), 'the verdict denies the claim');
    });

    for (const t of ['Our rating: Mostly false.', 'Verdict: Pants on fire']) {
      it(`a verdict line: ${JSON.stringify(t)}`, () => {
        assert.deepEqual(analyze(t, 'plaintext').denials.map((d) => [d.cue.text, d.target]), [[t.replace(/^[^:]*: /, '').replace(/\.$/, ''), null]]);
      });
    }
  });

  describe('offsets', () => {
    it('CRLF line endings (plain text and Markdown)', () => {
      const t = 'Smith said the plan had failed.\r\n\r\n"The bridge will open in May," Jones said.\r\n';
      for (const lang of ['plaintext', 'markdown'] as LanguageId[]) {
        const a = analyze(t, lang);
        assert.deepEqual(a.attributions.map(attributionView), [
          { cue: spanOf(t, 'said'), source: spanOf(t, 'Smith'), content: spanOf(t, 'the plan had failed'), speaker: 'Smith' },
          { cue: spanOf(t, 'said', 2), source: spanOf(t, 'Jones'), content: spanOf(t, '"The bridge will open in May,"'), speaker: 'Jones' },
        ]);
        assertSpansOk(t, a);
      }
    });

    it('a BOM left in the text counts as one character', () => {
      const t = '\ufeffSmith said the plan had failed.';
      const a = analyze(t, 'markdown');
      assert.deepEqual(a.attributions.map(attributionView), [{ cue: spanOf(t, 'said'), source: spanOf(t, 'Smith'), content: spanOf(t, 'the plan had failed'), speaker: 'Smith' }]);
    });

    it('astral characters (two UTF-16 units) before and inside spans', () => {
      const t = '\u{1F600} Smith said the \u{1F600} plan had failed in May.';
      const a = analyze(t, 'plaintext');
      assert.deepEqual(a.attributions.map(attributionView), [
        { cue: spanOf(t, 'said'), source: spanOf(t, 'Smith'), content: spanOf(t, 'the \u{1F600} plan had failed in May'), speaker: 'Smith' },
      ]);
    });
  });
});
describe('sixtieth session: a colon cue before a block with no word', () => {
  it('"said :" then a paragraph of "," alone has no content (the property test\'s counterexample), "said:" then a quotation has it', () => {
    assert.deepEqual(analyze('said :\n\n,', 'plaintext').attributions.map((a) => [a.cue.text, a.content]), [['said :', null]]);
    assert.deepEqual(analyze('Reyes said:\n\n"We will appeal."', 'plaintext').attributions.map((a) => [a.cue.text, a.content?.text]), [['said:', '"We will appeal."']]);
  });
});
