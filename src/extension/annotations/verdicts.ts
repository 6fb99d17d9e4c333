/** Verdict words and icons for the views (pure: no vscode import). */
import { STANDARD_VERDICTS } from '../../core/annotations';

/** How the views word a dismissed finding's verdict (`Dismissed`, or `Dismissed · False`). */
export const DISMISSED = 'Dismissed';

/** Codicon for a verdict label: standard verdicts by their rating, custom labels a tag. */
export function verdictIcon(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  if (label === DISMISSED || label.startsWith(`${DISMISSED} \u00B7 `)) return 'eye-closed';
  const standard = STANDARD_VERDICTS.find((v) => v.label.toLowerCase() === label.toLowerCase());
  if (!standard) return 'tag';
  switch (standard.rating) {
    case 6: return 'pass-filled';
    case 5: return 'pass';
    case 4: return 'circle-large-outline';
    case 3: return 'warning';
    case 2: return 'error';
    case 1: return 'close';
    default: return 'question';
  }
}

/** Theme colour for a verdict's icon (VS Code's own colours). */
export function verdictColor(label: string | undefined): string | undefined {
  if (label === DISMISSED || label?.startsWith(`${DISMISSED} \u00B7 `)) return 'disabledForeground';
  const standard = label === undefined ? undefined : STANDARD_VERDICTS.find((v) => v.label.toLowerCase() === label.toLowerCase());
  if (!standard || standard.rating === undefined) return undefined;
  return standard.rating >= 5 ? 'testing.iconPassed' : standard.rating >= 3 ? 'problemsWarningIcon.foreground' : 'testing.iconFailed';
}

export const CUSTOM_VERDICT = 'Custom label...';

/** The items of the Set Verdict quick pick: the 7 standard verdicts, then a custom label. */
export function verdictChoices(current?: string): { label: string; description?: string }[] {
  return [
    ...STANDARD_VERDICTS.map((v) => ({
      label: v.label,
      description: [v.rating !== undefined ? `rating ${v.rating} of 6` : 'no rating', v.label === current ? '(current)' : ''].filter(Boolean).join(' '),
    })),
    { label: CUSTOM_VERDICT },
  ];
}
