import type { Schemas } from '@/lib/api-client';
import { useMe } from '../api/auth';

type Me = Schemas['Me'];

/** What the interface may offer a caller. The API still decides; this only hides what would be refused. */
export interface Session {
  /** The account, or `null` when nobody is logged in; `undefined` while that is not known yet. */
  me: Me | null | undefined;
  isPending: boolean;
  isAdmin: boolean;
  /** May change everything in the area (its editor, or an admin). */
  canEdit: (areaSlug: string) => boolean;
  /** Sees the drafts of the area (editor, admin, or a contributor – whose actors' areas the API knows). */
  seesDrafts: (areaSlug: string) => boolean;
  /** Contributes for actors (sees "my measures"). */
  isContributor: boolean;
}

export function sessionOf(me: Me | null | undefined): Omit<Session, 'isPending'> {
  const role = me?.role;
  const isAdmin = role === 'ADMIN';
  const canEdit = (slug: string) => isAdmin || (role === 'EDITOR' && (me?.areas ?? []).some((a) => a.slug === slug));
  return {
    me,
    isAdmin,
    canEdit,
    seesDrafts: (slug: string) => canEdit(slug) || role === 'CONTRIBUTOR',
    isContributor: role === 'CONTRIBUTOR' && (me?.actors.length ?? 0) > 0,
  };
}

/** The session of the browser: GET /api/v1/auth/me once, anonymous on 401. */
export function useSession(): Session {
  const me = useMe();
  return { ...sessionOf(me.data), isPending: me.isPending };
}
