/**
 * Sweeps label offsets (cue B; source and content begin tags) on the held-out tenth of train for a
 * model trained with --tune, to balance precision and recall. Never looks at dev.
 *
 *   npx tsx scripts/train/tune-bias.ts /tmp/attribution-model.tune.json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';
import { loadAttributionModel } from '../../src/core/model/attribution-model';
import { evaluate, prepareDoc } from './train-attribution-model';
import { formatScores } from './score';
import { buildCueLexicon } from './build-cue-lexicon';
import { setCuePrior } from '../../src/core/model/features';

const m = loadAttributionModel(JSON.parse(readFileSync(process.argv[2] ?? '/tmp/attribution-model.tune.json', 'utf8')));
const train = readPolnear(join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', 'train'));
// the cue prior the tuning model was trained with: from the training part only
setCuePrior(buildCueLexicon(train.filter((_, i) => i % 10 !== 3)));
const held = train.filter((_, i) => i % 10 === 3).map((d) => prepareDoc(d, m.filter!));
const what = process.argv[3] ?? 'cue';
const values = (process.argv[4] ?? '0,10,20,40,80').split(',').map(Number);
for (const v of values) {
  if (what === 'cue') m.cue.bias = [0, v, 0];
  else if (what === 'source') m.role.bias = [0, v, 0, 0, 0];
  else m.role.bias = [0, 0, 0, v, 0];
  const s = evaluate(m, held);
  console.log(`${what} bias ${v}\n${formatScores(s)}`);
}
