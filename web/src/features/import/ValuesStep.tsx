import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowError } from './import-api.ts';
import type { DefaultValue, MappingDraft, ValuePair } from './mapping.ts';
import type { ImportField } from './targets.ts';
import { usePathLabel } from './usePathLabel.ts';
import { EnumValues, PairValues } from './ValueEditors.tsx';
import { StepHeading } from './WizardParts.tsx';

/** Rows listed under a column with rejected values; the check step lists them all. */
const ROWS_NAMED = 12;

/**
 * Step 4: how the file's words become our values, per mapped column (gender "м" → male), and values
 * every row gets where the file has none. Rows the last check refused in a column are named beside it.
 */
export function ValuesStep({
  fields,
  draft,
  onChange,
  lastErrors,
}: {
  fields: readonly ImportField[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  lastErrors: readonly RowError[];
}) {
  const { t } = useTranslation('import');
  const pathLabel = usePathLabel();
  const byPath = useMemo(() => new Map(fields.map((field) => [field.path, field])), [fields]);
  const mapped = Object.entries(draft.columns).flatMap(([column, path]) => {
    const field = path ? byPath.get(path) : undefined;
    return field &&
      !field.whole &&
      ['enum', 'text', 'number', 'boolean'].includes(field.kind) &&
      field.path !== 'ref'
      ? [{ column, field }]
      : [];
  });
  const setPairs = (path: string, pairs: ValuePair[]) =>
    onChange({ ...draft, values: { ...draft.values, [path]: pairs } });

  return (
    <Stack gap="md">
      <StepHeading>{t('values.heading')}</StepHeading>
      <Text size="sm">{t('values.intro')}</Text>
      {mapped.length === 0 ? <Alert color="gray">{t('values.nothingMapped')}</Alert> : null}
      {mapped.map(({ column, field }) => {
        // Row 1 is the header: its errors are about columns, which the previous step settles.
        const refused = [
          ...new Set(
            lastErrors.filter((error) => error.column === column && error.row > 1).map((e) => e.row),
          ),
        ];
        const pairs = draft.values[field.path] ?? [];
        return (
          <Paper key={column} withBorder p="sm" radius="md" component="section" aria-label={column}>
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('values.columnHeading', { column, field: pathLabel(field.path) })}
              </Title>
              {refused.length > 0 ? (
                <Text size="sm" c="red.9">
                  {t('values.refused', {
                    count: refused.length,
                    rows: refused.slice(0, ROWS_NAMED).join(', '),
                  })}
                </Text>
              ) : null}
              {field.kind === 'enum' ? (
                <EnumValues
                  field={field}
                  column={column}
                  pairs={pairs}
                  onChange={(p) => setPairs(field.path, p)}
                />
              ) : (
                <PairValues
                  field={field}
                  column={column}
                  pairs={pairs}
                  onChange={(p) => setPairs(field.path, p)}
                />
              )}
            </Stack>
          </Paper>
        );
      })}
      <Defaults
        fields={fields}
        value={draft.defaults}
        onChange={(defaults) => onChange({ ...draft, defaults })}
      />
    </Stack>
  );
}

function Defaults({
  fields,
  value,
  onChange,
}: {
  fields: readonly ImportField[];
  value: readonly DefaultValue[];
  onChange: (defaults: DefaultValue[]) => void;
}) {
  const { t } = useTranslation('import');
  const pathLabel = usePathLabel();
  const leaves = useMemo(
    () =>
      fields
        .filter(
          (field) => !field.whole && field.kind !== 'id' && field.kind !== 'json' && field.path !== 'ref',
        )
        .map((field) => ({ value: field.path, label: pathLabel(field.path) })),
    [fields, pathLabel],
  );
  const byPath = new Map(fields.map((field) => [field.path, field]));
  const update = (index: number, next: DefaultValue) =>
    onChange(value.map((old, i) => (i === index ? next : old)));
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="import-defaults">
      <Stack gap="xs">
        <Title order={3} size="h5" id="import-defaults">
          {t('defaults.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('defaults.intro')}
        </Text>
        {value.map((entry, index) => {
          const field = byPath.get(entry.path);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, position is identity
            <Group key={index} gap="xs" align="center" wrap="wrap">
              <Select
                aria-label={t('defaults.fieldFor', { n: index + 1 })}
                placeholder={t('defaults.field')}
                data={leaves}
                searchable
                value={entry.path || null}
                onChange={(path) => update(index, { path: path ?? '', value: '' })}
              />
              {field?.kind === 'enum' || field?.kind === 'boolean' ? (
                <Select
                  aria-label={t('defaults.valueFor', { n: index + 1 })}
                  placeholder={t('defaults.value')}
                  data={field.kind === 'enum' ? [...field.options] : ['true', 'false']}
                  value={entry.value || null}
                  onChange={(next) => update(index, { ...entry, value: next ?? '' })}
                />
              ) : (
                <TextInput
                  aria-label={t('defaults.valueFor', { n: index + 1 })}
                  placeholder={t('defaults.value')}
                  value={entry.value}
                  onChange={(event) => update(index, { ...entry, value: event.currentTarget.value })}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('defaults.remove', { n: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          );
        })}
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...value, { path: '', value: '' }])}
        >
          {t('defaults.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
