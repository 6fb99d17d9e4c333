/** Where an article's annotation file lives (pure: paths with `/`, no vscode import). */
import { annotationFilePath } from '../../core/annotations';

export const LOCATIONS = ['beside', 'workspaceFolder'] as const;
export type Location = (typeof LOCATIONS)[number];
export const DEFAULT_LOCATION: Location = 'beside';
/** The folder at the workspace root that holds annotation files with `workspaceFolder`. */
export const ANNOTATIONS_FOLDER = '.counterpoint';

/** The setting's value, or the default with a problem sentence when it is not one of the allowed values. */
export function readLocation(value: unknown): { location: Location; problem?: string } {
  if (value === undefined || value === null) return { location: DEFAULT_LOCATION };
  if (typeof value === 'string' && (LOCATIONS as readonly string[]).includes(value)) return { location: value as Location };
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return {
    location: DEFAULT_LOCATION,
    problem: `Setting "counterpoint.annotations.location" has an invalid value ${shown} (expected ${LOCATIONS.map((l) => `"${l}"`).join(' or ')}); using the default "${DEFAULT_LOCATION}".`,
  };
}

/**
 * Path segments of the annotation file relative to a base: beside the article (base = the article's folder)
 * or under `.counterpoint/` mirroring the article's workspace-relative path (base = the workspace folder).
 */
export function annotationSegments(location: Location, articleName: string, workspaceRelative: string | undefined): { base: 'articleFolder' | 'workspaceFolder'; segments: string[] } {
  if (location === 'workspaceFolder' && workspaceRelative !== undefined) {
    return { base: 'workspaceFolder', segments: annotationFilePath(workspaceRelative, 'folder', ANNOTATIONS_FOLDER).split('/') };
  }
  return { base: 'articleFolder', segments: [annotationFilePath(articleName, 'beside')] };
}
