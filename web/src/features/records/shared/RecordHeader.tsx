import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SensitivityBadge } from '../../../ui/SensitivityBadge.tsx';
import { OK_BADGE_STYLE } from './badge-styles.ts';
import { RecordActions } from './RecordActions.tsx';
import { recordTitle } from './titles.ts';
import type { AnyRecord, RecordSegment } from './types.ts';

/** The record's name as the page's h1, its sensitivity and publication, and the caller's actions. */
export function RecordHeader({
  segment,
  record,
  title,
}: {
  segment: RecordSegment;
  record: AnyRecord;
  title?: string;
}) {
  const { t } = useTranslation('records');
  const heading = title || recordTitle(segment, record) || t(`type.${segment}`);
  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {heading}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t(`type.${segment}`)}
            </Text>
            <SensitivityBadge level={record.sensitivity} always />
            <Badge
              variant="light"
              color="gray"
              size="sm"
              radius="sm"
              {...(record.isPublished ? { style: OK_BADGE_STYLE } : {})}
            >
              {record.isPublished ? t('status.published') : t('status.notPublished')}
            </Badge>
            {record.deletedAt ? (
              <Badge color="red" size="sm" radius="sm">
                {t('status.deleted')}
              </Badge>
            ) : null}
          </Group>
        </Stack>
      </Group>
      <RecordActions segment={segment} record={record} />
    </Stack>
  );
}
