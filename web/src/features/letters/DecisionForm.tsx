import { Button, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { serverFieldErrors } from '../tracker/form-errors.ts';
import type { Decision, Standing } from './api.ts';

type DecisionKind = Decision['decision'];
const SIGNED: ReadonlySet<Standing['standing']> = new Set([
  'signed',
  'signed-anonymously',
  'needs-confirmation',
]);

/**
 * An organization's decision on a circulated letter: sign with a name (who signs, their title, and
 * the organization's name as it should appear), sign anonymously, decline, or withdraw a signature.
 */
export function DecisionForm({
  orgName,
  standing,
  isBusy,
  error,
  onDecide,
}: {
  orgName: string;
  standing: Standing['standing'];
  isBusy: boolean;
  error: unknown;
  onDecide: (decision: Decision) => void;
}) {
  const { t } = useTranslation('letters');
  const kinds: DecisionKind[] = ['signed', 'signed-anonymously', 'declined'];
  if (SIGNED.has(standing)) kinds.push('withdrawn');
  const [kind, setKind] = useState<DecisionKind>('signed');
  const [organizationName, setOrganizationName] = useState('');
  const [signatory, setSignatory] = useState('');
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  const server = serverFieldErrors(error);
  const submit = () => {
    if (kind !== 'signed') {
      onDecide({ decision: kind });
      return;
    }
    if (!signatory.trim()) {
      setMissing(true);
      return;
    }
    onDecide({
      decision: 'signed',
      signatory: signatory.trim(),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(organizationName.trim() ? { organizationName: organizationName.trim() } : {}),
    });
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Radio.Group
          label={t('decision.label', { org: orgName })}
          value={kind}
          onChange={(value) => setKind(kinds.find((k) => k === value) ?? 'signed')}
        >
          <Group gap="md" mt={6}>
            {kinds.map((option) => (
              <Radio key={option} value={option} label={t(`decision.${option}`)} />
            ))}
          </Group>
        </Radio.Group>
        {kind === 'signed' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('decision.signatory')}
              required
              autoComplete="name"
              value={signatory}
              error={missing && !signatory.trim() ? t('decision.signatoryMissing') : server.signatory}
              onChange={(event) => setSignatory(event.currentTarget.value)}
            />
            <TextInput
              label={t('decision.signatoryTitle')}
              autoComplete="organization-title"
              value={title}
              error={server.title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            <TextInput
              label={t('decision.organizationName')}
              description={t('decision.organizationNameHelp', { org: orgName })}
              autoComplete="organization"
              value={organizationName}
              error={server.organizationName}
              onChange={(event) => setOrganizationName(event.currentTarget.value)}
            />
          </SimpleGrid>
        ) : null}
        <ProblemAlert error={error} title={t('decision.failed')} />
        <Group>
          <Button
            type="submit"
            loading={isBusy}
            color={kind === 'declined' || kind === 'withdrawn' ? 'red' : 'blue'}
          >
            {t(`decision.submit.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
