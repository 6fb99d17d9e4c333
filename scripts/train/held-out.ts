/**
 * What the held-out diagnostics share (eval-pipeline.ts, decisions.ts, dump-cues.ts, residual-tokens.ts,
 * count-pattern.ts): their options, and PolNeAR train with the tune model of `--model` in use and the cue
 * prior it was trained with, built from every article but the held-out tenth `--fold K` (i % 10 === K,
 * default 3; the tune model must come from `train-attribution-model.ts --tune` with the same --fold).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear, type PolnearDoc } from '../lib/polnear';
import { loadAttributionModel, useAttributionModel } from '../../src/core/model/attribution-model';
import { setCuePrior } from '../../src/core/model/features';
import { buildCueLexicon } from './build-cue-lexicon';

/** The value after the command-line option `name`, or `def` when the option or its value is missing. */
export function opt(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

export interface HeldOut {
  /** Every article of PolNeAR train, in order (the held-out tenth among them). */
  train: PolnearDoc[];
  /** K of `--fold K`. */
  fold: number;
  /** The held-out tenth: the articles i of train with i % 10 === K. */
  held: PolnearDoc[];
  /** The tune model, now the one the analysis uses. */
  model: ReturnType<typeof loadAttributionModel>;
}

/** Reads PolNeAR train, puts the tune model of `--model` to use and sets the cue prior of the other nine tenths. */
export function useHeldOut(): HeldOut {
  const train = readPolnear(join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train'));
  const model = loadAttributionModel(JSON.parse(readFileSync(opt('--model', '/tmp/attribution-model.tune.json'), 'utf8')));
  useAttributionModel(model);
  const fold = Number(opt('--fold', '3'));
  setCuePrior(buildCueLexicon(train.filter((_, i) => i % 10 !== fold)));
  return { train, fold, model, held: train.filter((_, i) => i % 10 === fold) };
}
