/** Every command Counterpoint contributes. Pure (no vscode import): the manifest test checks package.json against it. */
export const COMMAND_IDS = {
  nextClaim: 'counterpoint.nextClaim',
  previousClaim: 'counterpoint.previousClaim',
  goToCounterClaim: 'counterpoint.goToCounterClaim',
  toggleHighlights: 'counterpoint.toggleHighlights',
  refresh: 'counterpoint.refresh',
  filterClaims: 'counterpoint.claims.filter',
  groupBySpeaker: 'counterpoint.claims.groupBySpeaker',
  ungroup: 'counterpoint.claims.ungroup',
  revealFinding: 'counterpoint.revealFinding',
  showCounterClaims: 'counterpoint.showCounterClaims',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
