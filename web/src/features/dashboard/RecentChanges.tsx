import { Anchor, Badge, Group, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SensitivityBadge } from '../../ui/SensitivityBadge.tsx';
import { LIST_CONFIGS } from '../lists/configs.ts';
import type { ListedRecord, ListType } from '../lists/list-types.ts';
import { localized } from '../lists/localized.ts';
import { primaryName, type RecordName } from '../lists/names.ts';
import { useActorName } from './actor-name.ts';
import { Card } from './Card.tsx';
import classes from './dashboard.module.css';

const SHOWN = 10;
/** Types whose list filters by country; persons and sources have no country of their own. */
const WITH_COUNTRY: readonly ListType[] = [
  'cases',
  'events',
  'organizations',
  'proceedings',
  'legal-instruments',
  'commitments',
  'asks',
  'engagements',
  'interventions',
];
const EVERY_TYPE: readonly ListType[] = [...WITH_COUNTRY, 'persons', 'sources'];

/** The fields a change's line needs, whichever type the record is. */
type Changed = ListedRecord & {
  updatedBy: string | null;
  names?: RecordName[] | null;
  titles?: RecordName[];
  /** A case's title, or a tracker record's text by language. */
  title?: string | Record<string, string> | null;
  caseType?: string;
};

interface Change {
  type: ListType;
  record: Changed;
}

/** The latest changes across record types, newest first, each with who made it and when. */
export function RecentChanges({ country }: { country: string | null }) {
  const { t } = useTranslation(['dashboard', 'lists']);
  const format = useFormat();
  const actorName = useActorName();
  const types = country ? WITH_COUNTRY : EVERY_TYPE;
  const changes = useQuery({
    queryKey: ['dashboard', 'recent', country],
    queryFn: async () => {
      const params = { sort: 'updatedAt', order: 'desc', ...(country ? { country } : {}) };
      const pages = await Promise.all(
        types.map(async (type) => {
          const page = await LIST_CONFIGS[type].fetchPage(params, undefined);
          return page.items.slice(0, SHOWN).map((record): Change => ({ type, record: record as Changed }));
        }),
      );
      return pages
        .flat()
        .sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt))
        .slice(0, SHOWN);
    },
    staleTime: 30_000,
  });

  const titleOf = ({ record }: Change): string =>
    primaryName(record.names ?? record.titles)?.text ??
    (typeof record.title === 'object' ? localized(record.title) : record.title) ??
    (record.caseType ? t(`vocabulary:caseType.${record.caseType}`) : t('recent.untitled'));

  return (
    <Card title={t('recent.title')} testId="recent-changes">
      {changes.isPending ? (
        <Skeleton h={160} />
      ) : changes.isError ? (
        <ProblemAlert error={changes.error} />
      ) : changes.data.length === 0 ? (
        <Text c="dimmed">{t('recent.none')}</Text>
      ) : (
        <ul className={classes.list}>
          {changes.data.map((change) => (
            <li key={`${change.type}-${change.record.id}`}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap">
                  <Badge variant="light" color="gray" size="sm" radius="sm" className={classes.typeBadge}>
                    {t(`recordType.${change.type}`)}
                  </Badge>
                  <Anchor component={Link} to={`/${change.type}/${change.record.id}`} fw={500}>
                    {titleOf(change)}
                  </Anchor>
                  <SensitivityBadge level={change.record.sensitivity} />
                </Group>
              </Group>
              <Text size="xs" c="dimmed">
                {`${actorName(change.record.updatedBy)}, `}
                <time dateTime={change.record.updatedAt} title={format.dateTime(change.record.updatedAt)}>
                  {format.ago(change.record.updatedAt)}
                </time>
              </Text>
            </li>
          ))}
        </ul>
      )}
      {country ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('recent.countryNote')}
        </Text>
      ) : null}
    </Card>
  );
}
