import { Button, Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ScrollTable, Section } from '../tracker/parts.tsx';
import { type Letter, letterExportUrl, useLetterVersion } from './api.ts';
import classes from './letters.module.css';
import { MarkdownView } from './MarkdownView.tsx';
import { FormatButtons, InlineLoader } from './parts.tsx';

/** Every version kept, newest first, each with its note, date and SHA-256, and readable on its own. */
export function VersionsSection({ letter }: { letter: Letter }) {
  const { t } = useTranslation('letters');
  const format = useFormat();
  const [shown, setShown] = useState<number | null>(null);
  if (letter.versions.length === 0) return null;
  const versions = [...letter.versions].reverse();
  return (
    <Section title={t('versions.title')} testId="versions">
      <ScrollTable minWidth={640} label={t('versions.title')}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('versions.number')}</Table.Th>
              <Table.Th>{t('versions.note')}</Table.Th>
              <Table.Th>{t('versions.date')}</Table.Th>
              <Table.Th>{t('versions.sha256')}</Table.Th>
              <Table.Th>{t('versions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr key={version.number} data-testid="version">
                <Table.Td>{version.number}</Table.Td>
                <Table.Td>{version.note}</Table.Td>
                <Table.Td>{format.dateTime(version.createdAt)}</Table.Td>
                <Table.Td>
                  <Code title={version.sha256}>{version.sha256.slice(0, 12)}</Code>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => setShown(version.number)}
                    aria-label={t('versions.viewNumber', { version: version.number })}
                  >
                    {t('versions.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        size="xl"
        title={t('versions.modalTitle', { version: shown ?? '' })}
      >
        {shown !== null ? <VersionView letter={letter} number={shown} /> : null}
      </Modal>
    </Section>
  );
}

function VersionView({ letter, number }: { letter: Letter; number: number }) {
  const { t } = useTranslation('letters');
  const version = useLetterVersion(letter.id, number);
  if (version.isPending) return <InlineLoader />;
  if (version.isError) return <ProblemAlert error={version.error} />;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('versions.sha256')}: <Code className={classes.hash}>{version.data.sha256}</Code>
      </Text>
      <FormatButtons
        label={t('export.label')}
        hrefOf={(format) => letterExportUrl(letter.id, format, number)}
      />
      <MarkdownView markdown={version.data.markdown} headingLevel={3} label={letter.title} />
    </Stack>
  );
}
