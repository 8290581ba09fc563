import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useCurrentUser } from '../../auth/session.ts';

/**
 * Who made a change, by name where the caller may know it. Records carry the author's user id; only
 * administrators can list users, so others see "you" for their own changes and "a colleague" else.
 */
export function useActorName() {
  const { t } = useTranslation('dashboard');
  const user = useCurrentUser();
  const isAdmin = user.role === 'administrator';
  // Its own key: the administration screen caches the same list under `['admin', 'users']` as an
  // array, and one key must hold one shape.
  const users = useQuery({
    queryKey: ['dashboard', 'users'],
    queryFn: async () => unwrap(await api.GET('/api/admin/users')),
    enabled: isAdmin,
    staleTime: 5 * 60_000,
  });
  return (id: string | null): string => {
    if (!id) return t('who.unknown');
    if (id === user.id) return t('who.you');
    if (id === 'demo-loader') return t('who.demo');
    if (id === 'operator') return t('who.operator');
    const known = users.data?.items.find((item) => item.id === id);
    return known ? known.displayName || known.email : t('who.colleague');
  };
}
