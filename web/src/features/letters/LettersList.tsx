import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ScrollTable } from '../tracker/parts.tsx';
import { useLetters } from './api.ts';
import { InlineLoader, StatusBadge } from './parts.tsx';

/** The letters the reader may see (of one engagement, when named), most recently changed first. */
export function LettersList({ engagementId }: { engagementId?: string }) {
  const { t } = useTranslation('letters');
  const format = useFormat();
  const letters = useLetters(engagementId);
  if (letters.isPending) return <InlineLoader />;
  if (letters.isError) return <ProblemAlert error={letters.error} />;
  if (letters.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('list.empty')}
      </Text>
    );
  return (
    <ScrollTable minWidth={560} label={t('list.label')}>
      <Table verticalSpacing="xs" data-testid="letters">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.letter')}</Table.Th>
            <Table.Th>{t('facts.status')}</Table.Th>
            <Table.Th>{t('facts.asOf')}</Table.Th>
            <Table.Th>{t('list.version')}</Table.Th>
            <Table.Th>{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {letters.data.map((letter) => (
            <Table.Tr key={letter.id}>
              <Table.Td>
                <Anchor component={Link} to={`/letters/${letter.id}`} underline="always">
                  {letter.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={letter.status} />
              </Table.Td>
              <Table.Td>{format.partialDate(letter.asOf)}</Table.Td>
              <Table.Td>{letter.currentVersion}</Table.Td>
              <Table.Td>{format.dateTime(letter.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
