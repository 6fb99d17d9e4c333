import * as assert from 'node:assert/strict';
import { DEFAULTS, effectiveDelay, readSettings } from '../../src/extension/model/settings';

const from = (values: Record<string, unknown>) => readSettings((k) => values[k]);

describe('extension settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(from({}), { settings: DEFAULTS, problems: [] });
  });

  it('reads valid values', () => {
    const { settings, problems } = from({
      languages: ['plaintext'], analysisDelay: 400, 'highlights.enabled': false, 'highlights.denialCue': false,
      'codeLens.enabled': false, 'claims.labelLength': 80, 'analysis.minCheckworthiness': 0.4, 'analysis.minLinkScore': null,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.languages, ['plaintext']);
    assert.equal(settings.analysisDelay, 400);
    assert.equal(settings.highlightsEnabled, false);
    assert.equal(settings.highlights.denialCue, false);
    assert.equal(settings.highlights.claim, true);
    assert.equal(settings.codeLens, false);
    assert.equal(settings.labelLength, 80);
    assert.deepEqual(settings.analyzer, { minCheckworthiness: 0.4 });
  });

  it('warns about an invalid value and falls back to the default', () => {
    const { settings, problems } = from({ analysisDelay: 'fast', 'highlights.claim': 'yes', 'claims.labelLength': 3.5, 'analysis.minLinkScore': 2 });
    assert.equal(settings.analysisDelay, 150);
    assert.equal(settings.highlights.claim, true);
    assert.equal(settings.labelLength, 60);
    assert.deepEqual(settings.analyzer, {});
    assert.deepEqual(problems, [
      'Setting "counterpoint.highlights.claim" has an invalid value "yes" (expected true or false); using the default true.',
      'Setting "counterpoint.analysis.minLinkScore" has an invalid value 2 (expected a number from 0 to 1, or null for the analyser\'s default); using the default null.',
      'Setting "counterpoint.analysisDelay" has an invalid value "fast" (expected a whole number from 0 to 10000); using the default 150.',
      'Setting "counterpoint.claims.labelLength" has an invalid value 3.5 (expected a whole number from 10 to 500); using the default 60.',
    ]);
  });

  it('ignores languages it cannot analyse, saying which', () => {
    const { settings, problems } = from({ languages: ['markdown', 'python', 'markdown'] });
    assert.deepEqual(settings.languages, ['markdown']);
    assert.deepEqual(problems, ['Setting "counterpoint.languages" lists "python", which Counterpoint cannot analyse (supported: markdown, plaintext); it is ignored.']);
    const bad = from({ languages: 'markdown' });
    assert.deepEqual(bad.settings.languages, ['markdown', 'plaintext']);
    assert.equal(bad.problems.length, 1);
  });

  it('waits longer after edits in large documents', () => {
    assert.equal(effectiveDelay(DEFAULTS, 10_000), 150);
    assert.equal(effectiveDelay(DEFAULTS, 200_000), 150);
    assert.equal(effectiveDelay(DEFAULTS, 1_000_000), 550);
  });
});
