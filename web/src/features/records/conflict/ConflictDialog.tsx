import { Alert, Badge, Button, Group, Modal, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictState } from '../editor/useRecordEditor.ts';
import { describeValue } from './describeValue.ts';

/**
 * Someone saved this record while the user was editing it. Each field either side changed is shown
 * with their value beside the user's; fields only one side changed keep that side's value, and where
 * both changed the user picks, field by field. Nothing the user typed is dropped unless they choose so.
 */
export function ConflictDialog({
  conflict,
  labelOf,
  onResolve,
}: {
  conflict: ConflictState | null;
  labelOf: (field: string) => string;
  onResolve: (keepMine: ReadonlySet<string>, andSave: boolean) => void;
}) {
  const { t } = useTranslation('records');
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  if (!conflict) return null;
  const empty = t('conflict.empty');
  const keepMine = () =>
    new Set(
      conflict.conflicts
        .filter((c) => c.clashes && (choices[c.field] ?? 'mine') === 'mine')
        .map((c) => c.field),
    );

  return (
    <Modal
      opened
      onClose={() => onResolve(keepMine(), false)}
      size="xl"
      title={t('conflict.title')}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <Stack gap="md">
        <Alert color="blue">{t('conflict.explain')}</Alert>
        {conflict.conflicts.length === 0 ? <Text>{t('conflict.nothing')}</Text> : null}
        {conflict.conflicts.map((entry) => (
          <Paper key={entry.field} withBorder p="sm" data-testid={`conflict-${entry.field}`}>
            <Group gap="xs" mb="xs">
              <Text fw={700}>{labelOf(entry.field)}</Text>
              <Badge
                color={entry.clashes ? 'red' : entry.theirsOnly ? 'gray' : 'blue'}
                variant="light"
                size="sm"
              >
                {entry.clashes
                  ? t('conflict.both')
                  : entry.theirsOnly
                    ? t('conflict.theirsOnly')
                    : t('conflict.mineOnly')}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('conflict.theirs')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="theirs">
                  {entry.theyChanged ? describeValue(entry.theirs, empty) : t('conflict.unchanged')}
                </Text>
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('conflict.mine')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="mine">
                  {entry.iChanged ? describeValue(entry.mine, empty) : t('conflict.unchanged')}
                </Text>
              </Stack>
            </SimpleGrid>
            {entry.clashes ? (
              <Radio.Group
                mt="xs"
                label={t('conflict.keep')}
                value={choices[entry.field] ?? 'mine'}
                onChange={(value) =>
                  setChoices({ ...choices, [entry.field]: value === 'theirs' ? 'theirs' : 'mine' })
                }
              >
                <Group gap="md" mt={4}>
                  <Radio value="mine" label={t('conflict.keepMine')} />
                  <Radio value="theirs" label={t('conflict.keepTheirs')} />
                </Group>
              </Radio.Group>
            ) : null}
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onResolve(keepMine(), false)}>
            {t('conflict.review')}
          </Button>
          <Button onClick={() => onResolve(keepMine(), true)}>{t('conflict.saveMerged')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
