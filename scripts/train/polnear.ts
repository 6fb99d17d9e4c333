/**
 * PolNeAR reader entry point for the training scripts: re-exports scripts/lib/polnear.ts (the
 * reader shared with `npm run eval`) and, run directly, prints counts for a split:
 *
 *   npx tsx scripts/train/polnear.ts [train|dev] [--all-annotators]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear } from '../lib/polnear';

export * from '../lib/polnear';

function main(): void {
  const split = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'train';
  const dir = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'polnear', split);
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} not found`);
    return;
  }
  const docs = readPolnear(dir, { allAnnotators: process.argv.includes('--all-annotators') });
  let n = 0;
  let noCue = 0;
  let noSource = 0;
  let noContent = 0;
  let split2 = 0;
  for (const d of docs) {
    for (const a of d.attributions) {
      n++;
      if (!a.cue.length) noCue++;
      if (!a.source.length) noSource++;
      if (!a.content.length) noContent++;
      if (a.cue.length > 1 || a.content.length > 1) split2++;
    }
  }
  console.log(`${split}: ${docs.length} documents, ${n} attributions (${noCue} without cue, ${noSource} without source, ${noContent} without content, ${split2} with a split cue or content)`);
}

if (require.main === module) main();
