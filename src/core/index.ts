/** Public surface of the analysis core. Pure TypeScript: no editor API, offsets in, offsets out. */
export * from './types';
export { Analyzer, analyze } from './analyzer';
