import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Source } from './types.ts';

/** The source of a claim or an item: its title, linked to its page; absent when the caller cannot read it. */
export function SourceLink({
  sourceId,
  sources,
  locator,
}: {
  sourceId: string | null | undefined;
  sources: ReadonlyMap<string, Source>;
  locator?: string | null | undefined;
}) {
  const { t } = useTranslation('records');
  if (!sourceId) return null;
  const source = sources.get(sourceId);
  if (!source) return null;
  return (
    <Text size="xs" c="dimmed" component="span">
      {t('claims.source')}:{' '}
      <Anchor component={Link} to={`/sources/${sourceId}`} size="xs" underline="always">
        {source.title}
      </Anchor>
      {locator ? `, ${locator}` : ''}
    </Text>
  );
}
