/** The sections of the administration: their path under /admin and the key of their texts. */
export const ADMIN_SECTIONS = [
  { path: 'accounts', key: 'accounts' },
  { path: 'tokens', key: 'tokens' },
  { path: 'areas', key: 'areas' },
  { path: 'committees', key: 'committees' },
  { path: 'target-groups', key: 'targetGroups' },
  { path: 'actors', key: 'actors' },
  { path: 'webhooks', key: 'webhooks' },
] as const;
