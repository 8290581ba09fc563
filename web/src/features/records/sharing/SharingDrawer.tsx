import {
  Alert,
  Button,
  Drawer,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isId } from '../../../../../src/core/ids.ts';
import { ProblemAlert } from '../../../ui/ProblemAlert.tsx';
import { SensitivityBadge } from '../../../ui/SensitivityBadge.tsx';
import { type GrantInput, grantsKey, putGrant, removeGrant, useGrants } from '../shared/api.ts';
import { type AnyRecord, type RecordSegment, SENSITIVITIES, type Sensitivity } from '../shared/types.ts';
import { useGrantees } from './useGrantees.ts';

/**
 * Who else sees this record: the grants (an organization or a user, read or write, up to which field
 * sensitivity), each removable, and a form to add one. The record's own sensitivity is set in the editor.
 */
export function SharingDrawer({
  segment,
  record,
  opened,
  onClose,
}: {
  segment: RecordSegment;
  record: AnyRecord;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('records');
  const { t: common } = useTranslation();
  const client = useQueryClient();
  const grants = useGrants(segment, record.id, opened);
  const { canList, grantees } = useGrantees();
  const [draft, setDraft] = useState<GrantInput>({
    granteeType: 'org',
    granteeId: '',
    access: 'read',
    clearance: 'internal',
  });
  const nameOf = (id: string) => grantees.find((g) => g.id === id)?.label ?? id;
  const refresh = () => client.invalidateQueries({ queryKey: grantsKey(segment, record.id) });
  const add = useMutation({ mutationFn: () => putGrant(segment, record.id, draft), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: (grantId: string) => removeGrant(segment, record.id, grantId),
    onSuccess: refresh,
  });
  const levels = SENSITIVITIES.map((level) => ({ value: level, label: common(`sensitivity.${level}`) }));
  const idError = draft.granteeId && !isId(draft.granteeId) ? t('sharing.badId') : undefined;

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('sharing.title')}
      closeButtonProps={{ 'aria-label': t('form.close') }}
      lockScroll={false}
      // Without a dimming overlay: the page beside the panel stays legible (and passes contrast checks).
      withOverlay={false}
    >
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm">{t('sharing.recordLevel')}</Text>
          <SensitivityBadge level={record.sensitivity} always />
        </Group>
        {record.sensitivity === 'secret' || record.sensitivity === 'confidential' ? (
          <Alert color="red">{t('sharing.sensitiveWarning')}</Alert>
        ) : null}
        <Title order={2} size="h5">
          {t('sharing.grants')}
        </Title>
        <ProblemAlert error={grants.error ?? remove.error} />
        {grants.data?.length ? (
          <Table aria-label={t('sharing.grants')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sharing.grantee')}</Table.Th>
                <Table.Th>{t('sharing.access')}</Table.Th>
                <Table.Th>{t('sharing.clearance')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('sharing.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grants.data.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td>
                    {t(`sharing.granteeType.${grant.granteeType}`)}: {nameOf(grant.granteeId)}
                  </Table.Td>
                  <Table.Td>{t(`sharing.accessLevel.${grant.access}`)}</Table.Td>
                  <Table.Td>
                    <SensitivityBadge level={grant.clearance as Sensitivity} always />
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(grant.id)}>
                      {t('sharing.stop')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed" size="sm">
            {t('sharing.none')}
          </Text>
        )}
        <Title order={2} size="h5">
          {t('sharing.add')}
        </Title>
        <Select
          label={t('sharing.granteeKind')}
          data={(['org', 'user'] as const).map((type) => ({
            value: type,
            label: t(`sharing.granteeType.${type}`),
          }))}
          value={draft.granteeType}
          allowDeselect={false}
          onChange={(type) =>
            setDraft({ ...draft, granteeType: type === 'user' ? 'user' : 'org', granteeId: '' })
          }
        />
        {canList ? (
          <Select
            label={t('sharing.grantee')}
            searchable
            data={grantees
              .filter((g) => g.type === draft.granteeType)
              .map((g) => ({ value: g.id, label: g.label }))}
            value={draft.granteeId || null}
            onChange={(id) => setDraft({ ...draft, granteeId: id ?? '' })}
          />
        ) : (
          <TextInput
            label={t('sharing.granteeId')}
            description={t('sharing.granteeIdHelp')}
            value={draft.granteeId}
            error={idError}
            onChange={(event) => setDraft({ ...draft, granteeId: event.currentTarget.value.trim() })}
          />
        )}
        <Group grow>
          <Select
            label={t('sharing.access')}
            data={(['read', 'write'] as const).map((a) => ({
              value: a,
              label: t(`sharing.accessLevel.${a}`),
            }))}
            value={draft.access}
            allowDeselect={false}
            onChange={(a) => setDraft({ ...draft, access: a === 'write' ? 'write' : 'read' })}
          />
          <Select
            label={t('sharing.clearance')}
            description={t('sharing.clearanceHelp')}
            data={levels}
            value={draft.clearance}
            allowDeselect={false}
            onChange={(c) => setDraft({ ...draft, clearance: (c ?? 'internal') as Sensitivity })}
          />
        </Group>
        <ProblemAlert error={add.error} />
        <Group justify="flex-end">
          <Button
            onClick={() => add.mutate()}
            loading={add.isPending}
            disabled={!draft.granteeId || Boolean(idError)}
          >
            {t('sharing.share')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
