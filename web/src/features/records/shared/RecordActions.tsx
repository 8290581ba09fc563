import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../ui/ProblemAlert.tsx';
import { SharingDrawer } from '../sharing/SharingDrawer.tsx';
import { deleteRecord, recordKey, setPublished } from './api.ts';
import { useNotify } from './notify.ts';
import type { AnyRecord, RecordSegment } from './types.ts';

/** What the caller may do with the record, and only that: the buttons follow its `abilities`. */
export function RecordActions({ segment, record }: { segment: RecordSegment; record: AnyRecord }) {
  const { t } = useTranslation('records');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [isDeleting, deleting] = useDisclosure(false);
  const [isSharing, sharing] = useDisclosure(false);
  const { abilities } = record;
  const notify = useNotify();

  const publish = useMutation({
    mutationFn: () => setPublished(segment, record.id, record.version, !record.isPublished),
    onSuccess: (updated) => {
      client.setQueryData(recordKey(segment, record.id), updated);
      notify(updated.isPublished ? t('actions.published') : t('actions.unpublished'));
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteRecord(segment, record.id, record.version),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['record', segment] });
      notify(t('actions.deleted'));
      navigate(`/${segment}`);
    },
  });

  return (
    <>
      <Group gap="xs">
        {abilities.write ? (
          <Button component={Link} to={`/${segment}/${record.id}/edit`}>
            {t('actions.edit')}
          </Button>
        ) : null}
        {abilities.publish ? (
          <Button variant="default" loading={publish.isPending} onClick={() => publish.mutate()}>
            {record.isPublished ? t('actions.unpublish') : t('actions.publish')}
          </Button>
        ) : null}
        {abilities.share ? (
          <Button variant="default" onClick={sharing.open}>
            {t('actions.share')}
          </Button>
        ) : null}
        <Button variant="subtle" component={Link} to={`/${segment}/${record.id}/history`}>
          {t('actions.history')}
        </Button>
        {abilities.delete ? (
          <Button variant="subtle" color="red" onClick={deleting.open}>
            {t('actions.delete')}
          </Button>
        ) : null}
      </Group>
      <ProblemAlert error={publish.error} />
      <Modal
        opened={isDeleting}
        onClose={deleting.close}
        title={t('actions.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('form.close') }}
      >
        <Text mb="md">{t('actions.deleteConfirm')}</Text>
        <ProblemAlert error={remove.error} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={deleting.close}>
            {t('form.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('actions.delete')}
          </Button>
        </Group>
      </Modal>
      {abilities.share ? (
        <SharingDrawer segment={segment} record={record} opened={isSharing} onClose={sharing.close} />
      ) : null}
    </>
  );
}
