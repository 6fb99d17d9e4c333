/**
 * Regression test on the sample article's hand annotation (../shared/corpus/seed, read at run time,
 * never copied into the project). Skipped, with a message saying so, when the corpus is absent.
 * The matching rules are those of `npm run eval` (scripts/lib/scoring.ts).
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/core';
import { corpusDir, corpusLabel, readSeed, SEED_NAME } from '../../scripts/lib/corpus';
import { scoreSeed, type SeedKindScore, type SeedScore } from '../../scripts/lib/scoring';

function describeMisses(k: SeedKindScore): string {
  return k.missed.map((m) => `${m.id}: ${m.text}${m.note ? ` [${m.note}]` : ''}`).join('\n  ');
}

function describeFalse(k: SeedKindScore): string {
  return k.falseFindings.map((f) => `${f.id}: ${f.text}`).join('\n  ');
}

describe('seed regression (sample article gold)', function () {
  let score: SeedScore | undefined;

  before(function () {
    if (!existsSync(join(corpusDir(), 'seed', `${SEED_NAME}.txt`))) {
      console.log(`    skipped: ${corpusLabel()}/seed/${SEED_NAME}.txt not found (set COUNTERPOINT_CORPUS to the corpus folder)`);
      this.skip();
    }
    const seed = readSeed();
    const analysis = new Analyzer().analyze(seed.text, 'plaintext', seed.path);
    score = scoreSeed(seed.text, seed.gold, analysis);
  });

  for (const kind of ['attributions', 'denials', 'links'] as const) {
    it(`finds every required ${kind.slice(0, -1)}`, function () {
      const k = score![kind];
      assert.ok(k.required > 0, `the gold has no required ${kind}`);
      assert.equal(k.requiredFound, k.required, `missed required ${kind}:\n  ${describeMisses(k)}`);
    });

    it(`reports ${kind} with precision >= 0.9`, function () {
      const k = score![kind];
      assert.ok(k.prf.precision >= 0.9, `precision ${k.prf.precision.toFixed(3)}; false ${kind}:\n  ${describeFalse(k)}`);
    });
  }
});
