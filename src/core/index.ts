/** Public surface of the analysis core. Pure TypeScript: no editor API, offsets in, offsets out. */
export * from './types';
export { Analyzer, analyze, resolveSettings, DEFAULT_SETTINGS } from './analyzer';
export * as annotations from './annotations';
export * as exports from './export';
