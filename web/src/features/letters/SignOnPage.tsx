import { Alert, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { useFormat } from '../../i18n/format.ts';
import { LanguageMenu } from '../../ui/LanguageMenu.tsx';
import { Logo } from '../../ui/Logo.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { useNotify } from '../records/shared/notify.ts';
import { type Decision, decideByLink, type SignOnView, signOnView } from './api.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { MarkdownView } from './MarkdownView.tsx';
import { StandingBadge } from './parts.tsx';

/** The frame of the sign-on page, reached from a link without signing in. */
function SignOnFrame({ children }: { children: ReactNode }) {
  return (
    <Container size="md" py="md" component="main" id="main">
      <Group justify="space-between" mb="md">
        <Logo />
        <LanguageMenu />
      </Group>
      {children}
    </Container>
  );
}

/**
 * `/sign-on/:token`: what a partner organization's link opens, no account needed: the letter as
 * circulated, the organization's standing, and its decision while sign-on is open.
 */
export function SignOnPage() {
  const { t } = useTranslation('letters');
  const { token = '' } = useParams();
  const client = useQueryClient();
  const notify = useNotify();
  const key = ['letters', 'sign-on', token];
  const view = useQuery({ queryKey: key, queryFn: () => signOnView(token), retry: false });
  const decide = useMutation({
    mutationFn: (decision: Decision) => decideByLink(token, decision),
    onSuccess: (next) => {
      client.setQueryData(key, next);
      notify(t('decision.recorded'));
    },
  });
  if (view.isPending) return <PageLoader />;
  if (view.isError) {
    const isGone = isApiError(view.error) && [400, 404].includes(view.error.status);
    return (
      <SignOnFrame>
        <Stack>
          <Title order={1} size="h2">
            {t('signOn.title')}
          </Title>
          {isGone ? (
            <Alert color="gray" title={t('signOn.goneTitle')} data-testid="sign-on-gone">
              {t('signOn.gone')}
            </Alert>
          ) : (
            <ProblemAlert error={view.error} />
          )}
        </Stack>
      </SignOnFrame>
    );
  }
  return (
    <SignOnFrame>
      <SignOnContent
        view={view.data}
        isBusy={decide.isPending}
        error={decide.error}
        onDecide={(d) => decide.mutate(d)}
      />
    </SignOnFrame>
  );
}

function SignOnContent({
  view,
  isBusy,
  error,
  onDecide,
}: {
  view: SignOnView;
  isBusy: boolean;
  error: unknown;
  onDecide: (decision: Decision) => void;
}) {
  const { t } = useTranslation('letters');
  const format = useFormat();
  const { standing } = view;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {view.title}
        </Title>
        <Text size="sm">{t('signOn.for', { org: view.orgName })}</Text>
        {view.deadline ? (
          <Text size="sm">{t('signOn.deadline', { date: format.partialDate(view.deadline) })}</Text>
        ) : null}
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('signOn.standing')}
          </Title>
          <Group gap="xs">
            <StandingBadge standing={standing.standing} />
            {standing.signatory ? (
              <Text size="sm">
                {[standing.signatory, standing.signatoryTitle, standing.organizationName]
                  .filter(Boolean)
                  .join(', ')}
              </Text>
            ) : null}
          </Group>
          {standing.standing === 'needs-confirmation' ? (
            <Text size="sm">{t('signOn.confirmAgain', { version: view.versionNumber })}</Text>
          ) : null}
          {view.isOpen ? (
            <DecisionForm
              orgName={view.orgName}
              standing={standing.standing}
              isBusy={isBusy}
              error={error}
              onDecide={onDecide}
            />
          ) : (
            <Alert color="gray" title={t('signOn.closedTitle')} data-testid="sign-on-closed">
              {view.status === 'final' ? t('signOn.final') : t('signOn.closed')}
            </Alert>
          )}
        </Stack>
      </Paper>
      <section aria-labelledby="sign-on-text">
        <Title order={2} size="h4" id="sign-on-text" mb="xs">
          {t('signOn.text', { version: view.versionNumber })}
        </Title>
        <MarkdownView markdown={view.markdown} headingLevel={3} label={view.title} />
      </section>
    </Stack>
  );
}
