/**
 * Where the shared evaluation corpus lives, and the seed article with its gold annotation.
 * The corpus is read at run time only; its texts are never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SeedGold } from './scoring';

/** The repository root (this file is scripts/lib/corpus.ts). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** `$COUNTERPOINT_CORPUS`, else `../shared/corpus` relative to the repository root. */
export function corpusDir(): string {
  const env = process.env.COUNTERPOINT_CORPUS;
  return env !== undefined && env !== '' ? resolve(env) : resolve(REPO_ROOT, '..', 'shared', 'corpus');
}

/** How to name the corpus folder in messages: the env value, or `../shared/corpus`. */
export function corpusLabel(): string {
  const env = process.env.COUNTERPOINT_CORPUS;
  return env !== undefined && env !== '' ? env : '../shared/corpus';
}

export function corpusExists(dir = corpusDir()): boolean {
  return existsSync(dir);
}

export const SEED_NAME = 'lavrov-iran-drones';

export interface SeedData {
  text: string;
  gold: SeedGold;
  path: string;
}

/** Reads the seed article (BOM removed, line endings kept) and its gold annotation. */
export function readSeed(dir = corpusDir()): SeedData {
  const path = join(dir, 'seed', `${SEED_NAME}.txt`);
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const gold = JSON.parse(readFileSync(join(dir, 'seed', `${SEED_NAME}.gold.json`), 'utf8')) as SeedGold;
  return { text, gold, path };
}
