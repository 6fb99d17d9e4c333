/**
 * Words that mark a name as an organization rather than a person (schema.org `Organization` vs `Person`).
 * Data, not code: extend the list, not the function.
 */
export const ORGANIZATION_WORDS: readonly string[] = [
  'agency', 'army', 'association', 'audit', 'authority', 'bank', 'board', 'bureau', 'cabinet', 'campaign', 'centre', 'center',
  'coalition', 'college', 'commission', 'committee', 'company', 'construction', 'corp', 'corporation', 'council', 'court',
  'department', 'embassy', 'federation', 'foundation', 'government', 'group', 'inc', 'institute', 'kremlin', 'league', 'ltd',
  'media', 'military', 'ministry', 'network', 'news', 'office', 'organisation', 'organization', 'parliament', 'party', 'police',
  'press', 'school', 'senate', 'service', 'society', 'team', 'union', 'university', 'whitehouse',
];

/** schema.org type for a named source: `Organization` when a word of the name is an organization word. */
export function agentType(name: string): 'Person' | 'Organization' {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((w) => ORGANIZATION_WORDS.includes(w)) ? 'Organization' : 'Person';
}
