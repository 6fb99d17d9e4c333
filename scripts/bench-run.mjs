// `npm run bench`: bundles scripts/bench.ts with the options of the shipped bundles (scripts/build.mjs
// --production: esbuild, node20, minified), so the bench times the analysis core as the CLI and the
// extension run it, not as a development loader (tsx) compiles it module by module, then runs the
// bundle with `node --expose-gc`, passing on its arguments. wink-nlp, the reference, stays external:
// it runs from node_modules as installed.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { commonOptions } from './esbuild-options.mjs';

const outfile = '.cache/bench/bench.js';
await esbuild.build({
  ...commonOptions({ production: true }),
  logLevel: 'warning',
  entryPoints: ['scripts/bench.ts'],
  outfile,
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
});
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
