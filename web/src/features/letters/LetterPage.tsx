import { Alert, Anchor, Code, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { useFormat } from '../../i18n/format.ts';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { useNotify } from '../records/shared/notify.ts';
import { Section } from '../tracker/parts.tsx';
import trackerClasses from '../tracker/tracker.module.css';
import { type Decision, decide, type Letter, letterExportUrl, letterKey, useLetter } from './api.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { LetterText } from './LetterText.tsx';
import classes from './letters.module.css';
import { FormatButtons, StatusBadge } from './parts.tsx';
import { SignOnSection } from './SignOnSection.tsx';
import { AUDIENCES } from './scope.ts';
import { VersionsSection } from './VersionsSection.tsx';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === '') return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Facts({ letter }: { letter: Letter }) {
  const { t } = useTranslation('letters');
  const format = useFormat();
  return (
    <dl className={trackerClasses.facts}>
      <Fact term={t('facts.status')}>
        <StatusBadge status={letter.status} />
      </Fact>
      <Fact term={t('facts.asOf')}>{format.partialDate(letter.asOf)}</Fact>
      <Fact term={t('facts.audience')}>
        {AUDIENCES.some((a) => a === letter.audience) ? t(`audience.${letter.audience}`) : letter.audience}
      </Fact>
      <Fact term={t('facts.language')}>
        {letter.language === 'ru' || letter.language === 'en'
          ? t(`language.${letter.language}`)
          : letter.language}
      </Fact>
      <Fact term={t('facts.deadline')}>{letter.deadline ? format.partialDate(letter.deadline) : null}</Fact>
      <Fact term={t('facts.version')}>{String(letter.currentVersion)}</Fact>
      {letter.engagementId ? (
        <Fact term={t('facts.engagement')}>
          <Anchor component={Link} to={`/engagements/${letter.engagementId}`} size="sm" underline="always">
            {t('facts.openEngagement')}
          </Anchor>
        </Fact>
      ) : null}
    </dl>
  );
}

/** The frozen letter: its SHA-256, to prove the text later, and who signed it. */
function FinalPanel({ letter }: { letter: Letter }) {
  const { t } = useTranslation('letters');
  const signatories = letter.finalSignatories;
  return (
    <Alert color="green" title={t('final.title')} data-testid="final">
      <Stack gap="xs">
        <Text size="sm">{t('final.help')}</Text>
        <Text size="sm" fw={700}>
          {t('final.sha256')}
        </Text>
        <Code block className={classes.hash} data-testid="final-sha256">
          {letter.finalSha256}
        </Code>
        <Text size="sm" fw={700}>
          {t('final.signatories')}
        </Text>
        {signatories && signatories.named.length > 0 ? (
          <List size="sm" data-testid="final-signatories">
            {signatories.named.map((s) => (
              <List.Item key={`${s.organization}-${s.signatory ?? ''}`}>
                {[s.organization, s.signatory, s.title].filter(Boolean).join(', ')}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('final.noNamed')}</Text>
        )}
        {signatories && signatories.anonymous > 0 ? (
          <Text size="sm">{t('final.anonymous', { count: signatories.anonymous })}</Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** A recipient organization's own decision, taken here by one of its members. */
function RecipientDecision({ letter }: { letter: Letter }) {
  const { t } = useTranslation('letters');
  const client = useQueryClient();
  const notify = useNotify();
  const own = letter.standings[0];
  const mutation = useMutation({
    mutationFn: (decision: Decision) => decide(letter.id, decision),
    onSuccess: (updated) => {
      client.setQueryData(letterKey(letter.id), updated);
      notify(t('decision.recorded'));
    },
  });
  if (!own || letter.status !== 'circulating') return null;
  return (
    <Section title={t('decision.title')}>
      <DecisionForm
        orgName={own.orgName}
        standing={own.standing}
        isBusy={mutation.isPending}
        error={mutation.error}
        onDecide={(decision) => mutation.mutate(decision)}
      />
    </Section>
  );
}

/** `/letters/:id`: a kept letter, its text and versions, and its sign-on. */
export function LetterPage() {
  const { t } = useTranslation('letters');
  const { id } = useParams();
  const letter = useLetter(id);
  if (letter.isPending) return <PageLoader />;
  if (letter.isError) {
    if (isApiError(letter.error) && [400, 404].includes(letter.error.status)) return <NotFoundPage />;
    return <ProblemAlert error={letter.error} />;
  }
  const record = letter.data;
  const reload = () => void letter.refetch();
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={record.title}
        actions={
          <FormatButtons label={t('export.label')} hrefOf={(format) => letterExportUrl(record.id, format)} />
        }
      />
      {record.status === 'final' ? <FinalPanel letter={record} /> : null}
      <Section title={t('facts.title')}>
        <Facts letter={record} />
      </Section>
      {record.abilities.decide ? <RecipientDecision letter={record} /> : null}
      <LetterText letter={record} onReload={reload} />
      {record.abilities.manage ? <SignOnSection letter={record} onReload={reload} /> : null}
      {record.abilities.manage ? <VersionsSection letter={record} /> : null}
    </Stack>
  );
}
