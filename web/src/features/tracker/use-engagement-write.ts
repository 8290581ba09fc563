import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Engagement, type EngagementPatch, engagementKey, patchEngagement, TRACKER } from './api.ts';

/**
 * Changes to an engagement's agenda or follow-ups, each on the version the page shows: the answer
 * replaces the page's copy, and a 409 leaves the change undone for the user to redo after a reload.
 */
export function useEngagementWrite(engagement: Engagement) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: Omit<EngagementPatch, 'version'>) =>
      patchEngagement(engagement.id, {
        // The update schema fills a list left out with its default (empty), so `places` goes along
        // unchanged or a change to the agenda would empty it.
        places: engagement.places,
        ...change,
        version: engagement.version,
      }),
    onSuccess: (updated) => {
      client.setQueryData(engagementKey(engagement.id), updated);
      void client.invalidateQueries({ queryKey: [TRACKER, 'engagement-scorecard', engagement.id] });
    },
  });
}

/** The agenda as the PATCH body takes it: the stored items as they are, plus what is added. */
export function agendaBody(engagement: Engagement): NonNullable<EngagementPatch['agenda']> {
  return engagement.agenda.map((item) => ({ ...item }));
}
