import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageData } from '../shared/pageData.ts';
import { CitationDetail } from './CitationMarker.tsx';

/** The footnotes in full at the foot of the page, numbered as their markers are. */
export function CitationList({ data, labelOf }: { data: PageData; labelOf?: (field: string) => string }) {
  const { t } = useTranslation('records');
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {data.citations.all.map(({ number, citation }) => {
        const source = data.sources.get(citation.sourceId);
        const field = citation.field ? (citation.field.split('.')[0] ?? citation.field) : null;
        return (
          <Group component="li" key={citation.id} align="flex-start" wrap="nowrap" gap="sm">
            <Text fw={700} size="sm" w={32}>
              [{number}]
            </Text>
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="xs" c="dimmed">
                {field
                  ? t('citations.supports', {
                      field: labelOf ? labelOf(field) : t(`field.${field}`, { defaultValue: field }),
                    })
                  : t('citations.wholeRecord')}
              </Text>
              <CitationDetail
                citation={citation}
                source={source}
                title={source?.title ?? t('citations.unreadableSource')}
              />
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}
