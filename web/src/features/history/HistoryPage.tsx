import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { recordTitle } from './diff.ts';
import classes from './history.module.css';
import {
  fetchRecordHead,
  fetchRevisions,
  type HistoryType,
  historyKeys,
  isHistoryType,
  type Revision,
  restoreRevision,
} from './history-api.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import { RevisionCard } from './RevisionCard.tsx';
import { useActorName } from './useActorName.ts';

/** Revisions shown at first; a long history opens further on request. */
const PAGE = 20;

export function HistoryPage() {
  const { t } = useTranslation('history');
  const { id = '' } = useParams();
  const type = useLocation().pathname.split('/')[1];
  if (!isHistoryType(type)) {
    return <EmptyState title={t('notFound.title')}>{t('notFound.detail')}</EmptyState>;
  }
  return <History type={type} id={id} />;
}

function History({ type, id }: { type: HistoryType; id: string }) {
  const { t, i18n } = useTranslation('history');
  const client = useQueryClient();
  const actorName = useActorName();
  const revisions = useQuery({
    queryKey: historyKeys.revisions(type, id),
    queryFn: () => fetchRevisions(type, id),
  });
  const record = useQuery({
    queryKey: historyKeys.record(type, id),
    queryFn: () => fetchRecordHead(type, id),
  });
  const [target, setTarget] = useState<Revision | null>(null);
  const [restored, setRestored] = useState<{ from: number; to: number } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const newCard = useRef<HTMLElement>(null);

  const restore = useMutation({
    // The version read is the record's own, else the newest revision's: a stale one is refused (409).
    mutationFn: ({ revision, version }: { revision: Revision; version: number }) =>
      restoreRevision(type, id, revision.id, version),
    onSuccess: async (result, { revision }) => {
      setTarget(null);
      setRestored({ from: revision.version, to: result.version });
      // Every screen showing this record is now out of date, not only this one.
      await client.invalidateQueries();
    },
    onError: async (error) => {
      // Someone else changed the record: reload so the dialog shows the change against what is now.
      if (isApiError(error) && error.status === 409) await client.invalidateQueries();
    },
  });

  useEffect(() => {
    if (restored) newCard.current?.focus();
  }, [restored]);

  const recordLink = `/${type}/${id}`;
  if (revisions.isPending) {
    return (
      <Center h="40vh" role="status">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (revisions.isError) {
    const missing = isApiError(revisions.error) && [403, 404].includes(revisions.error.status);
    return (
      <Stack>
        <PageHeader title={t('titleUnknown')} />
        {missing ? (
          <EmptyState title={t('notFound.title')}>{t('notFound.detail')}</EmptyState>
        ) : (
          <>
            <ProblemAlert error={revisions.error} title={t('loadFailed')} />
            <Button variant="default" onClick={() => revisions.refetch()} w="fit-content">
              {t('retry')}
            </Button>
          </>
        )}
      </Stack>
    );
  }

  const items = [...revisions.data].reverse();
  const latest = items[0];
  const name = latest ? recordTitle(latest.snapshot, i18n.language) : null;
  const canRestore = record.data?.abilities.write === true;
  const versionOf = new Map(items.map((revision) => [revision.id, revision.version]));

  return (
    <Stack gap="md">
      <PageHeader
        title={name ? t('title', { name }) : t('titleUnknown')}
        subtitle={t('subtitle', { type: t(`recordType.${type}`), count: items.length })}
        actions={
          <Button component={Link} to={recordLink} variant="default">
            {t('backToRecord')}
          </Button>
        }
      />
      {record.data?.deletedAt ? (
        <Alert color="blue" title={t('deleted.title')}>
          {t('deleted.detail')}
        </Alert>
      ) : null}
      {record.isError && !isApiError(record.error) ? <ProblemAlert error={record.error} /> : null}
      {restored ? (
        <Alert color="green" className={classes.success} role="status" title={t('restore.doneTitle')}>
          {t('restore.done', { from: restored.from, to: restored.to })}{' '}
          <Anchor component={Link} to={recordLink}>
            {t('restore.openRecord')}
          </Anchor>
        </Alert>
      ) : null}
      {items.length === 0 || !latest ? (
        <EmptyState title={t('empty.title')}>{t('empty.detail')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {items.slice(0, shown).map((revision) => {
            const isCurrent = revision.id === latest.id;
            const isNew = restored !== null && revision.version === restored.to;
            return (
              <RevisionCard
                key={revision.id}
                ref={isNew ? newCard : undefined}
                revision={revision}
                isCurrent={isCurrent}
                isNew={isNew}
                restoredFromVersion={
                  revision.restoredFrom ? (versionOf.get(revision.restoredFrom) ?? null) : null
                }
                actorName={actorName}
                onRestore={
                  canRestore && !isCurrent
                    ? () => {
                        restore.reset();
                        setTarget(revision);
                      }
                    : undefined
                }
              />
            );
          })}
          {items.length > shown ? (
            <Button variant="default" onClick={() => setShown((n) => n + PAGE)} w="fit-content">
              {t('showOlder', { count: Math.min(PAGE, items.length - shown) })}
            </Button>
          ) : null}
        </Stack>
      )}
      {latest ? (
        <RestoreDialog
          target={target}
          current={latest}
          actorName={actorName}
          busy={restore.isPending}
          error={restore.error}
          onConfirm={() =>
            target && restore.mutate({ revision: target, version: record.data?.version ?? latest.version })
          }
          onClose={() => setTarget(null)}
        />
      ) : null}
      {items.length > 0 && !canRestore && record.isSuccess ? (
        <Text size="sm" c="dimmed">
          {t('readOnly')}
        </Text>
      ) : null}
    </Stack>
  );
}
