/**
 * Counterpoint's settings as typed values, validated. Pure: `readSettings` takes a getter (the edge passes
 * `workspace.getConfiguration('counterpoint').get`), so validation is unit-tested. An invalid value is
 * reported in `problems` (shown to the user as a warning) and the default is used instead.
 */
import type { AnalyzerSettings } from '../../core/types';
import { HIGHLIGHT_KINDS, type HighlightKind } from './decorationModel';

export const SUPPORTED_LANGUAGES = ['markdown', 'plaintext'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export interface Settings {
  languages: SupportedLanguage[];
  analysisDelay: number;
  highlightsEnabled: boolean;
  highlights: Record<HighlightKind, boolean>;
  gutterIcon: boolean;
  overviewRuler: boolean;
  codeLens: boolean;
  statusBar: boolean;
  labelLength: number;
  /** Documents longer than this (characters) are analysed with a longer delay, and the status bar says so. */
  largeDocumentThreshold: number;
  analyzer: AnalyzerSettings;
}

export const DEFAULTS: Settings = {
  languages: ['markdown', 'plaintext'],
  analysisDelay: 150,
  highlightsEnabled: true,
  highlights: { claim: true, attributionSource: true, attributionCue: true, quotedContent: true, denialCue: true, denialTarget: true },
  gutterIcon: true,
  overviewRuler: true,
  codeLens: true,
  statusBar: true,
  labelLength: 60,
  largeDocumentThreshold: 200_000,
  analyzer: {},
};

export type Getter = (key: string) => unknown;

export interface ReadResult {
  settings: Settings;
  /** One human-readable sentence per invalid value. */
  problems: string[];
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function readSettings(get: Getter): ReadResult {
  const problems: string[] = [];
  const bad = (key: string, value: unknown, expected: string, fallback: unknown) =>
    problems.push(`Setting "counterpoint.${key}" has an invalid value ${show(value)} (expected ${expected}); using the default ${show(fallback)}.`);

  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    bad(key, v, 'true or false', fallback);
    return fallback;
  };
  const num = (key: string, fallback: number, min: number, max: number, integer: boolean): number => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))) return v;
    bad(key, v, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`, fallback);
    return fallback;
  };
  const optionalNum = (key: string, min: number, max: number): number | undefined => {
    const v = get(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    bad(key, v, `a number from ${min} to ${max}, or null for the analyser's default`, null);
    return undefined;
  };

  let languages = DEFAULTS.languages;
  const rawLanguages = get('languages');
  if (rawLanguages !== undefined && rawLanguages !== null) {
    if (Array.isArray(rawLanguages) && rawLanguages.every((l) => typeof l === 'string')) {
      const known = rawLanguages.filter((l): l is SupportedLanguage => (SUPPORTED_LANGUAGES as readonly string[]).includes(l));
      const unknown = rawLanguages.filter((l) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(l));
      if (unknown.length > 0) {
        problems.push(`Setting "counterpoint.languages" lists ${unknown.map(show).join(', ')}, which Counterpoint cannot analyse (supported: ${SUPPORTED_LANGUAGES.join(', ')}); ${unknown.length === 1 ? 'it is' : 'they are'} ignored.`);
      }
      languages = [...new Set(known)];
    } else {
      bad('languages', rawLanguages, `a list of language ids (${SUPPORTED_LANGUAGES.join(', ')})`, DEFAULTS.languages);
    }
  }

  const highlights = { ...DEFAULTS.highlights };
  for (const k of HIGHLIGHT_KINDS) highlights[k] = bool(`highlights.${k}`, DEFAULTS.highlights[k]);

  const analyzer: AnalyzerSettings = {};
  const minCheckworthiness = optionalNum('analysis.minCheckworthiness', 0, 1);
  if (minCheckworthiness !== undefined) analyzer.minCheckworthiness = minCheckworthiness;
  const minLinkScore = optionalNum('analysis.minLinkScore', 0, 1);
  if (minLinkScore !== undefined) analyzer.minLinkScore = minLinkScore;

  const settings: Settings = {
    languages,
    analysisDelay: num('analysisDelay', DEFAULTS.analysisDelay, 0, 10_000, true),
    highlightsEnabled: bool('highlights.enabled', DEFAULTS.highlightsEnabled),
    highlights,
    gutterIcon: bool('gutterIcon.enabled', DEFAULTS.gutterIcon),
    overviewRuler: bool('overviewRuler.enabled', DEFAULTS.overviewRuler),
    codeLens: bool('codeLens.enabled', DEFAULTS.codeLens),
    statusBar: bool('statusBar.enabled', DEFAULTS.statusBar),
    labelLength: num('claims.labelLength', DEFAULTS.labelLength, 10, 500, true),
    largeDocumentThreshold: num('largeDocumentThreshold', DEFAULTS.largeDocumentThreshold, 1_000, 100_000_000, true),
    analyzer,
  };
  return { settings, problems };
}

/** The delay before re-analysing a document of `length` characters: the setting, longer for large documents. */
export function effectiveDelay(settings: Settings, length: number): number {
  if (length <= settings.largeDocumentThreshold) return settings.analysisDelay;
  // About 1 ms more per 2,000 characters beyond the threshold: a 1 MB article waits ~0.5 s after the last keystroke.
  return settings.analysisDelay + Math.round((length - settings.largeDocumentThreshold) / 2_000);
}
