import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session.ts';
import { fetchUserNames, historyKeys } from './history-api.ts';

/** The machine actors the server writes revisions as, besides users. */
const MACHINE_ACTORS: Readonly<Record<string, string>> = {
  operator: 'actor.operator',
  'demo-loader': 'actor.demo',
};

/**
 * Who made a revision. Revisions carry the actor's id only, and only administrators may list
 * accounts, so others see their own name, the machine actors, and "a colleague" for anyone else.
 */
export function useActorName(): (actor: string) => string {
  const { t } = useTranslation('history');
  const user = useCurrentUser();
  const names = useQuery({
    queryKey: historyKeys.users,
    queryFn: fetchUserNames,
    enabled: user.role === 'administrator',
    staleTime: 5 * 60_000,
  });
  return useCallback(
    (actor: string) => {
      if (actor === user.id) return t('actor.you', { name: user.displayName });
      const machine = MACHINE_ACTORS[actor];
      if (machine) return t(machine);
      const name = names.data?.get(actor);
      return name ?? t('actor.colleague', { id: actor.slice(0, 8) });
    },
    [t, user, names.data],
  );
}
