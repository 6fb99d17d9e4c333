// The esbuild options the product's bundles share (scripts/build.mjs), also used by `npm run bench`
// (scripts/bench-run.mjs), which measures the analysis core bundled as it ships.

/** @param {{ production: boolean }} mode */
export function commonOptions({ production }) {
  /** @type {import('esbuild').BuildOptions} */
  const options = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'info',
    legalComments: 'none',
  };
  return options;
}
