import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type AdminUser =
  paths['/api/admin/users']['get']['responses'][200]['content']['application/json']['items'][number];
export type Org =
  paths['/api/admin/orgs']['get']['responses'][200]['content']['application/json']['items'][number];
export type AccountLink =
  paths['/api/admin/users/{id}/password-reset']['post']['responses'][200]['content']['application/json'];

export const ADMIN_KEYS = {
  users: ['admin', 'users'] as const,
  orgs: ['admin', 'orgs'] as const,
};

export function useUsers() {
  return useQuery({
    queryKey: ADMIN_KEYS.users,
    queryFn: async () => unwrap(await api.GET('/api/admin/users')).items,
  });
}

export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: ADMIN_KEYS.orgs,
    queryFn: async () => unwrap(await api.GET('/api/admin/orgs')).items,
    enabled,
  });
}
