import { Alert, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './import.module.css';
import type { MappingDraft } from './mapping.ts';
import { IMPORT_TYPES, type ImportField, type ImportType } from './targets.ts';
import { usePathLabel } from './usePathLabel.ts';
import { StepHeading } from './WizardParts.tsx';

const IGNORE = '__ignore__';
const IDS = '__ids__';

/**
 * Step 3: the file's columns the server did not recognize, each sent to one of the type's fields
 * (whole fields or members such as a second name's text) or ignored. A column of another record's
 * ids may instead hold that record's refs, which the server resolves.
 */
export function ColumnsStep({
  columns,
  fields,
  draft,
  onChange,
}: {
  columns: readonly string[];
  fields: readonly ImportField[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
}) {
  const { t } = useTranslation('import');
  const pathLabel = usePathLabel();
  const byPath = useMemo(() => new Map(fields.map((field) => [field.path, field])), [fields]);
  const options = useMemo(
    () => [
      { value: IGNORE, label: t('columns.ignore') },
      ...fields.map((field) => ({
        value: field.path,
        label: field.whole ? t('columns.whole', { field: pathLabel(field.path) }) : pathLabel(field.path),
      })),
    ],
    [fields, pathLabel, t],
  );
  const refOptions = [
    { value: IDS, label: t('columns.holdsIds') },
    ...IMPORT_TYPES.map((type) => ({
      value: type,
      label: t('columns.holdsRefs', { type: t(`types.${type}.name`) }),
    })),
  ];

  const setTarget = (column: string, value: string | null) => {
    const columnsNext = { ...draft.columns };
    if (value === null) delete columnsNext[column];
    else columnsNext[column] = value === IGNORE ? null : value;
    onChange({ ...draft, columns: columnsNext });
  };
  const setRefs = (path: string, value: string | null) => {
    const refs = { ...draft.refs };
    if (value === null || value === IDS) delete refs[path];
    else refs[path] = value as ImportType;
    onChange({ ...draft, refs });
  };

  return (
    <Stack gap="sm">
      <StepHeading>{t('columns.heading')}</StepHeading>
      <Text size="sm">{t('columns.intro')}</Text>
      {columns.length === 0 ? (
        <Alert color="green" className={classes.success} title={t('columns.allKnownTitle')}>
          {t('columns.allKnown')}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.theirs')}</Table.Th>
                <Table.Th>{t('columns.ours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {columns.map((column) => {
                const decided = Object.hasOwn(draft.columns, column);
                const path = draft.columns[column] ?? null;
                const field = path ? byPath.get(path) : undefined;
                return (
                  <Table.Tr key={column}>
                    <Table.Th scope="row" fw={600}>
                      {column}
                    </Table.Th>
                    <Table.Td>
                      <Stack gap={6}>
                        <Select
                          aria-label={t('columns.targetFor', { column })}
                          placeholder={t('columns.choose')}
                          data={options}
                          value={decided ? (path ?? IGNORE) : null}
                          onChange={(value) => setTarget(column, value)}
                          searchable
                          clearable
                          nothingFoundMessage={t('columns.noMatch')}
                          maxDropdownHeight={320}
                          comboboxProps={{ withinPortal: true }}
                        />
                        {field && field.kind === 'id' && field.path !== 'id' ? (
                          <Select
                            aria-label={t('columns.holdsFor', { column })}
                            data={refOptions}
                            value={draft.refs[field.path] ?? IDS}
                            onChange={(value) => setRefs(field.path, value)}
                            allowDeselect={false}
                          />
                        ) : null}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('columns.namedLikeOurs')}
      </Text>
    </Stack>
  );
}
