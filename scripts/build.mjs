// Bundles the CLI and the extension with esbuild. `vscode` stays external: the editor provides it.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { commonOptions } from './esbuild-options.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = commonOptions({ production });

const entries = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (existsSync('src/extension/extension.ts')) {
  entries.push({ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
  // The analysis worker (a worker_threads Worker the extension starts): everything bundled, no editor API.
  entries.push({ entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' });
}

if (watch) {
  for (const e of entries) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
