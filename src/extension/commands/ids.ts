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
  // Annotations (issue 4): src/extension/annotations/.
  markClaim: 'counterpoint.markClaim',
  markAttribution: 'counterpoint.markAttribution',
  markDenial: 'counterpoint.markDenial',
  linkCounterClaim: 'counterpoint.linkCounterClaim',
  setVerdict: 'counterpoint.setVerdict',
  addNote: 'counterpoint.addNote',
  dismiss: 'counterpoint.dismiss',
  toggleDismissed: 'counterpoint.toggleDismissed',
  removeAnnotation: 'counterpoint.removeAnnotation',
  reattach: 'counterpoint.reattach',
  exportAnnotations: 'counterpoint.exportAnnotations',
  exportWorkspace: 'counterpoint.exportWorkspace',
} as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
