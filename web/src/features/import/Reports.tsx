import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Progress,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import classes from './import.module.css';
import type { ImportOutcome, ImportReport, RowError } from './import-api.ts';
import type { ImportType } from './targets.ts';

const PAGE = 100;

/** Long work in progress: what is happening, and (for a check) a way to stop waiting. */
export function Busy({ label, onCancel }: { label: string; onCancel?: () => void }) {
  const { t } = useTranslation('import');
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress value={100} animated striped aria-label={label} />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('busy.patience')}
        </Text>
        {onCancel ? (
          <Button variant="subtle" size="xs" onClick={onCancel}>
            {t('busy.cancel')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** A check or import the server refused: every error with its row, and the promise that nothing was written. */
export function RefusedReport({ outcome }: { outcome: Extract<ImportOutcome, { ok: false }> }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const [shown, setShown] = useState(PAGE);
  const { rowErrors, otherErrors, problem } = outcome;
  const badRows = new Set(rowErrors.filter((error) => error.row > 1).map((error) => error.row)).size;
  const headerErrors = rowErrors.filter((error) => error.row === 1).length;
  return (
    <Stack gap="sm">
      <Alert color="red" role="alert" title={t('refused.title')}>
        <Stack gap={4}>
          <Text size="sm">{t('refused.nothingWritten')}</Text>
          {rowErrors.length > 0 ? (
            <Text size="sm" fw={500}>
              {t('refused.counts', { count: rowErrors.length, rows: format.number(badRows) })}
              {headerErrors > 0 ? ` ${t('refused.header', { count: headerErrors })}` : ''}
            </Text>
          ) : null}
          {problem.detail ? (
            <Text size="sm" c="dimmed">
              {t('refused.server', { detail: problem.detail })}
            </Text>
          ) : null}
        </Stack>
      </Alert>
      {otherErrors.length > 0 ? (
        <List size="sm">
          {otherErrors.map((error) => (
            <List.Item key={`${error.path}:${error.message}`}>
              <code>{error.path}</code>: {error.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {rowErrors.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing={4} data-testid="import-errors">
            <VisuallyHidden component="caption">{t('refused.caption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('refused.row')}</Table.Th>
                <Table.Th>{t('refused.column')}</Table.Th>
                <Table.Th>{t('refused.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rowErrors.slice(0, shown).map((error: RowError, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several errors in one column
                <Table.Tr key={i}>
                  <Table.Td className={classes.rowNumber}>
                    {error.row === 1 ? t('refused.headerRow') : error.row}
                  </Table.Td>
                  <Table.Td>{error.column || t('refused.wholeRow')}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {rowErrors.length > shown ? (
        <Button variant="default" w="fit-content" onClick={() => setShown((n) => n + PAGE)}>
          {t('refused.showMore', { count: Math.min(PAGE, rowErrors.length - shown) })}
        </Button>
      ) : null}
    </Stack>
  );
}

/** What a check found or an import did: counts, then each row with its record. */
export function ImportSummary({ report, type }: { report: ImportReport; type: ImportType }) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const [shown, setShown] = useState(PAGE);
  const prefix = report.dryRun ? 'summary.would' : 'summary.did';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color="teal.9" size="lg">
          {t(`${prefix}.created`, { count: report.created, n: format.number(report.created) })}
        </Badge>
        <Badge color="blue.9" size="lg">
          {t(`${prefix}.updated`, { count: report.updated, n: format.number(report.updated) })}
        </Badge>
        <Badge color="gray.8" size="lg">
          {t(`${prefix}.unchanged`, { count: report.unchanged, n: format.number(report.unchanged) })}
        </Badge>
      </Group>
      {report.rows.length > 0 ? (
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing={4}>
            <VisuallyHidden component="caption">{t('summary.caption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('refused.row')}</Table.Th>
                <Table.Th>{t('summary.action')}</Table.Th>
                <Table.Th>{t('summary.record')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.slice(0, shown).map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td className={classes.rowNumber}>{row.row}</Table.Td>
                  <Table.Td>{t(`summary.actions.${report.dryRun ? 'would' : 'did'}.${row.action}`)}</Table.Td>
                  <Table.Td>
                    {row.id ? (
                      <Anchor component={Link} to={`/${type}/${row.id}`}>
                        {row.ref ?? row.id.slice(0, 8)}
                      </Anchor>
                    ) : (
                      (row.ref ?? '—')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {report.rows.length > shown ? (
        <Button variant="default" w="fit-content" onClick={() => setShown((n) => n + PAGE)}>
          {t('summary.showMore', { count: Math.min(PAGE, report.rows.length - shown) })}
        </Button>
      ) : null}
      {report.rowsNotListed > 0 ? (
        <Text size="sm" c="dimmed">
          {t('summary.notListed', { count: report.rowsNotListed, n: format.number(report.rowsNotListed) })}
        </Text>
      ) : null}
    </Stack>
  );
}
