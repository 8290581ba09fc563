import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { isConflict } from '../tracker/form-errors.ts';
import { ConflictAlert, ScrollTable, Section } from '../tracker/parts.tsx';
import { finalize, type Letter, type LetterDialogProps, letterKey } from './api.ts';
import { CirculateModal } from './CirculateModal.tsx';
import { StandingBadge } from './parts.tsx';

/**
 * Sign-on, for those who manage the letter: each organization's standing and on which version,
 * circulating (again) for sign-on, and freezing the final version.
 */
export function SignOnSection({ letter, onReload }: { letter: Letter; onReload: () => void }) {
  const { t } = useTranslation('letters');
  const format = useFormat();
  const [isCirculating, circulating] = useDisclosure(false);
  const [isFreezing, freezing] = useDisclosure(false);
  const isFinal = letter.status === 'final';
  return (
    <Section
      title={t('signOn.section')}
      testId="standings"
      actions={
        isFinal ? null : (
          <>
            <Button size="xs" variant="light" onClick={circulating.open}>
              {letter.status === 'draft' ? t('circulate.open') : t('circulate.again')}
            </Button>
            {letter.status === 'circulating' ? (
              <Button size="xs" onClick={freezing.open}>
                {t('finalize.open')}
              </Button>
            ) : null}
          </>
        )
      }
    >
      {letter.standings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('standings.none')}
        </Text>
      ) : (
        <ScrollTable minWidth={640} label={t('signOn.section')}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('standings.org')}</Table.Th>
                <Table.Th>{t('standings.standing')}</Table.Th>
                <Table.Th>{t('standings.signatory')}</Table.Th>
                <Table.Th>{t('standings.version')}</Table.Th>
                <Table.Th>{t('standings.decidedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letter.standings.map((s) => (
                <Table.Tr key={s.orgId} data-testid="standing-row">
                  <Table.Td>{s.orgName}</Table.Td>
                  <Table.Td>
                    <StandingBadge standing={s.standing} />
                  </Table.Td>
                  <Table.Td>
                    {[s.signatory, s.signatoryTitle, s.organizationName].filter(Boolean).join(', ')}
                  </Table.Td>
                  <Table.Td>{s.versionNumber ?? ''}</Table.Td>
                  <Table.Td>{s.decidedAt ? format.dateTime(s.decidedAt) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {isFinal ? null : (
        <>
          {isCirculating ? (
            <CirculateModal letter={letter} opened onClose={circulating.close} onReload={onReload} />
          ) : null}
          <FinalizeModal letter={letter} opened={isFreezing} onClose={freezing.close} onReload={onReload} />
        </>
      )}
    </Section>
  );
}

function FinalizeModal({ letter, opened, onClose, onReload }: LetterDialogProps) {
  const { t } = useTranslation('letters');
  const client = useQueryClient();
  const freeze = useMutation({
    mutationFn: () => finalize(letter.id, letter.version),
    onSuccess: (updated) => {
      client.setQueryData(letterKey(letter.id), updated);
      onClose();
    },
  });
  const signed = letter.standings.filter(
    (s) => s.standing === 'signed' || s.standing === 'signed-anonymously',
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('finalize.title')}>
      <Stack gap="md">
        <Text size="sm">{t('finalize.help', { count: signed.length })}</Text>
        {isConflict(freeze.error) ? (
          <ConflictAlert onReload={onReload} />
        ) : (
          <ProblemAlert error={freeze.error} title={t('finalize.failed')} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button loading={freeze.isPending} onClick={() => freeze.mutate()} data-autofocus>
            {t('finalize.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
