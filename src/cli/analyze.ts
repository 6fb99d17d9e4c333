/**
 * `counterpoint analyze [--format json|jsonl] [--language markdown|plaintext] FILE...`
 * Prints the Analysis JSON (shared/spec/analysis-json.md) of each file. A file that cannot be
 * analysed (missing, a folder, binary, not UTF-8) gets a line with `source.path` and an `error`;
 * the other files are still analysed, and the exit status is 1.
 */
import { promises as fs } from 'node:fs';
import { Analyzer } from '../core/analyzer';
import type { Analysis, LanguageId } from '../core/types';
import { languageOf } from './export';

export const ANALYZE_USAGE = `Usage: counterpoint analyze [--format json|jsonl] [--language markdown|plaintext] FILE...

Prints the claims, attributions, denials and links found in each article as Analysis JSON.

Options:
  --format json       one file, pretty-printed (default for one file)
  --format jsonl      one compact JSON object per line per file, in order (default for several)
  --language LANG     markdown or plaintext (default: from the extension: .md and .markdown are markdown)
  -h, --help          show this help
`;

export interface AnalyzeIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  isDirectory(path: string): Promise<boolean>;
}

export type FileResult = Analysis | { source: { path: string }; error: string };

/** Decodes a file as UTF-8 text (a leading BOM removed), or explains why it is not an article. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes), not a text article' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

export async function analyzeFile(path: string, language: LanguageId | undefined, io: AnalyzeIo): Promise<FileResult> {
  try {
    if (await io.isDirectory(path)) return { source: { path }, error: 'is a folder, not a file' };
    const decoded = decodeArticle(await io.readFile(path));
    if ('error' in decoded) return { source: { path }, error: decoded.error };
    return new Analyzer().analyze(decoded.text, language ?? languageOf(path), path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message;
    return { source: { path }, error: message };
  }
}

export async function runAnalyze(args: string[], io: AnalyzeIo): Promise<number> {
  let format: 'json' | 'jsonl' | undefined;
  let language: LanguageId | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') {
      io.stdout(ANALYZE_USAGE);
      return 0;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'json' && v !== 'jsonl') {
        io.stderr(`counterpoint analyze: error: unknown format "${v ?? ''}" (use json or jsonl)\n`);
        return 2;
      }
      format = v;
    } else if (a === '--language' || a.startsWith('--language=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'markdown' && v !== 'plaintext') {
        io.stderr(`counterpoint analyze: error: unknown language "${v ?? ''}" (use markdown or plaintext)\n`);
        return 2;
      }
      language = v;
    } else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr(`counterpoint analyze: error: unknown option ${a}\n${ANALYZE_USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.stderr(`counterpoint analyze: error: no FILE given\n${ANALYZE_USAGE}`);
    return 2;
  }
  format ??= files.length === 1 ? 'json' : 'jsonl';
  if (format === 'json' && files.length > 1) {
    io.stderr('counterpoint analyze: error: --format json takes one FILE; use --format jsonl for several\n');
    return 2;
  }
  let failed = false;
  for (const f of files) {
    const r = await analyzeFile(f, language, io);
    if ('error' in r) {
      failed = true;
      io.stderr(`counterpoint analyze: ${f}: ${r.error}\n`);
    }
    io.stdout(format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : `${JSON.stringify(r)}\n`);
  }
  return failed ? 1 : 0;
}

export function nodeAnalyzeIo(): AnalyzeIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: async (p) => new Uint8Array(await fs.readFile(p)),
    isDirectory: async (p) => (await fs.stat(p)).isDirectory(),
  };
}
