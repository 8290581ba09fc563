import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import { useCurrentUser } from '../../../auth/session.ts';

export interface Grantee {
  type: 'org' | 'user';
  id: string;
  label: string;
}

/**
 * Organizations and users to share with. Only administrators may list them; anyone else shares by
 * the id they were given, and sees grants by id.
 */
export function useGrantees() {
  const user = useCurrentUser();
  const isAdmin = user.role === 'administrator';
  const query = useQuery({
    queryKey: ['grantees'],
    queryFn: async (): Promise<Grantee[]> => {
      const [orgs, users] = await Promise.all([api.GET('/api/admin/orgs'), api.GET('/api/admin/users')]);
      return [
        ...unwrap(orgs).items.map((org) => ({ type: 'org' as const, id: org.id, label: org.name })),
        ...unwrap(users).items.map((u) => ({
          type: 'user' as const,
          id: u.id,
          label: `${u.displayName} <${u.email}>`,
        })),
      ];
    },
    enabled: isAdmin,
    staleTime: 60_000,
  });
  return { canList: isAdmin, grantees: query.data ?? [] };
}
