import { useTranslation } from 'react-i18next';

/**
 * Where a stored member's enum value finds its label in the `vocabulary` namespace when the member's
 * name is not itself a group: a `kind` may be a timeline step's, a name's, a contact's or a fine's.
 * Groups sharing a value give it the same meaning (a `status` of `partly-met` reads alike for an ask
 * and a benchmark), so the first group holding the value labels it.
 */
const GROUPS_OF_MEMBER: Readonly<Record<string, readonly string[]>> = {
  kind: [
    'stepKind',
    'nameKind',
    'contactKind',
    'fineKind',
    'kind',
    'commitmentKind',
    'engagementKind',
    'interventionKind',
  ],
  occupations: ['occupation'],
  custody: ['sentenceCustody', 'custodyKind'],
  outcome: ['appealOutcome', 'agendaOutcome'],
  status: ['status', 'caseStatus', 'askStatus', 'interventionStatus', 'benchmarkStatus', 'followUpStatus'],
  currentRating: ['rating'],
  mechanism: ['unMechanism', 'interventionMechanism'],
  response: ['recommendationResponse'],
  priority: ['askPriority'],
  side: ['participantSide'],
  issueAreas: ['issueArea'],
};

/** The label of an enum value stored under `member`, or undefined when it is free text. */
export function useVocabularyLabel(): (member: string | undefined, value: string) => string | undefined {
  const { t, i18n } = useTranslation('vocabulary');
  return (member, value) => {
    if (!member) return undefined;
    for (const group of GROUPS_OF_MEMBER[member] ?? [member]) {
      const key = `vocabulary:${group}.${value}`;
      if (i18n.exists(key)) return t(key);
    }
    return undefined;
  };
}
