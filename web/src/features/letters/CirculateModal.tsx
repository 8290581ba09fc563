import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { today } from '../dashboard/today.ts';
import { isConflict, serverFieldErrors } from '../tracker/form-errors.ts';
import { ConflictAlert } from '../tracker/parts.tsx';
import { type Circulation, circulate, type LetterDialogProps, letterKey } from './api.ts';
import classes from './letters.module.css';
import { OrgPicker } from './OrgPicker.tsx';
import { errorUnder } from './ScopeFields.tsx';

/** Two weeks from today, as a day: a usual time for partners to decide. */
function inTwoWeeks(): string {
  const day = new Date();
  day.setDate(day.getDate() + 14);
  return today(day);
}

export const signOnUrl = (token: string) => `${window.location.origin}/sign-on/${token}`;

/**
 * Circulates the letter for sign-on: the organizations and the deadline, then each organization's
 * link, shown this once (the server keeps only a hash of it).
 */
export function CirculateModal({ letter, opened, onClose, onReload }: LetterDialogProps) {
  const { t } = useTranslation('letters');
  const client = useQueryClient();
  // Those already asked, or else those the letter was drafted for: the only ones it may go to.
  const [orgIds, setOrgIds] = useState(() =>
    letter.standings.length > 0 ? letter.standings.map((s) => s.orgId) : letter.draftedFor,
  );
  const [deadline, setDeadline] = useState(() => letter.deadline ?? inTwoWeeks());
  const send = useMutation({
    mutationFn: () => circulate(letter.id, { version: letter.version, orgIds, deadline }),
    onSuccess: (result) => client.setQueryData(letterKey(letter.id), result.letter),
  });
  const errors = serverFieldErrors(send.error);
  const close = () => {
    send.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} size="lg" title={t('circulate.title')}>
      {send.data ? (
        <Links circulation={send.data} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('circulate.help')}</Text>
            <OrgPicker
              label={t('circulate.orgs')}
              value={orgIds}
              error={errorUnder(errors, 'orgIds')}
              onChange={setOrgIds}
            />
            <TextInput
              type="date"
              label={t('circulate.deadline')}
              description={t('circulate.deadlineHelp')}
              required
              value={deadline}
              error={errorUnder(errors, 'deadline')}
              onChange={(event) => setDeadline(event.currentTarget.value)}
            />
            {isConflict(send.error) ? (
              <ConflictAlert onReload={onReload} />
            ) : (
              <ProblemAlert error={send.error} title={t('circulate.failed')} />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('cancel')}
              </Button>
              <Button type="submit" loading={send.isPending} disabled={orgIds.length === 0 || !deadline}>
                {t('circulate.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function Links({ circulation, onDone }: { circulation: Circulation; onDone: () => void }) {
  const { t } = useTranslation('letters');
  return (
    <Stack gap="md">
      <Alert color="orange" title={t('circulate.onceTitle')} className={classes.warning}>
        {t('circulate.once')}
      </Alert>
      <Table verticalSpacing="xs" aria-label={t('circulate.links')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('circulate.org')}</Table.Th>
            <Table.Th>{t('circulate.link')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {circulation.links.map((link) => (
            <Table.Tr key={link.orgId} data-testid="sign-on-link">
              <Table.Td>{link.orgName}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Code className={classes.hash} data-testid="sign-on-url">
                    {signOnUrl(link.token)}
                  </Code>
                  <CopyButton value={signOnUrl(link.token)} timeout={2000}>
                    {({ copied, copy }) => (
                      <Button
                        size="xs"
                        variant="light"
                        color={copied ? 'green' : 'blue'}
                        onClick={copy}
                        aria-label={t('circulate.copyFor', { org: link.orgName })}
                      >
                        {copied ? t('circulate.copied') : t('circulate.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('circulate.done')}</Button>
      </Group>
    </Stack>
  );
}
