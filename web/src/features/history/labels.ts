import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryType } from './history-api.ts';

/** Members holding another record's id, and the record type they point to (for a link). */
export const ID_TARGETS: Readonly<Record<string, HistoryType>> = {
  victimId: 'persons',
  personId: 'persons',
  assessorId: 'organizations',
  organizationId: 'organizations',
  courtId: 'organizations',
  authorityId: 'organizations',
  sourceId: 'sources',
  eventId: 'events',
  instrumentId: 'legal-instruments',
  caseIds: 'cases',
  personIds: 'persons',
  organizationIds: 'organizations',
  eventIds: 'events',
  legalInstrumentIds: 'legal-instruments',
  makerOrganizationId: 'organizations',
  makerPersonId: 'persons',
  submittedById: 'organizations',
  engagementId: 'engagements',
  askId: 'asks',
  askIds: 'asks',
  commitmentIds: 'commitments',
};

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** "birthDate" → "birth date": the last resort for a field a newer server has and no catalogue names. */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/**
 * The label of a field or member in the interface language: the `history` catalogue's `fields`
 * names every field of every record type; a language tag (a biography's "ru") is named as a language.
 */
export function useFieldLabel(): (key: string) => string {
  const { t, i18n } = useTranslation('history');
  return useCallback(
    (key: string) => {
      if (i18n.exists(`fields.${key}`, { ns: 'history' })) return t(`fields.${key}`);
      if (LANGUAGE_TAG.test(key)) {
        try {
          return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(key) ?? key;
        } catch {
          return key;
        }
      }
      return humanize(key);
    },
    [t, i18n],
  );
}
