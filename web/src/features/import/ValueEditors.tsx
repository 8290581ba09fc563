import { ActionIcon, Button, Group, Select, Stack, Table, TagsInput, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabel } from '../../i18n/vocabulary.ts';
import { countryOptions } from './countries.ts';
import type { ValuePair } from './mapping.ts';
import type { ImportField } from './targets.ts';

/**
 * For a field with a fixed list of values (gender, case type): each of our values beside the ways
 * the file writes it ("м", "муж." → male). Several spellings may lead to one value.
 */
export function EnumValues({
  field,
  column,
  pairs,
  onChange,
}: {
  field: ImportField;
  column: string;
  pairs: readonly ValuePair[];
  onChange: (pairs: ValuePair[]) => void;
}) {
  const { t } = useTranslation('import');
  const vocabularyLabel = useVocabularyLabel();
  // The member the value is stored under: `names.0.kind` → `kind`.
  const member = field.path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .pop();
  return (
    <Table verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t('values.ours')}</Table.Th>
          <Table.Th>{t('values.theirs')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {field.options.map((option) => (
          <Table.Tr key={option}>
            <Table.Th scope="row">
              {vocabularyLabel(member, option) ?? option} <code>{option}</code>
            </Table.Th>
            <Table.Td>
              <TagsInput
                aria-label={t('values.spellingsFor', { value: option, column })}
                placeholder={t('values.spellingsPlaceholder')}
                // A spelling may itself hold a comma ("Korea, Republic of"): Enter adds one.
                splitChars={[]}
                value={pairs.filter((pair) => pair.to === option).map((pair) => pair.from)}
                onChange={(spellings) =>
                  onChange([
                    ...pairs.filter((pair) => pair.to !== option),
                    ...spellings.map((from) => ({ from, to: option })),
                  ])
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** For a free field (a country, a kind written as text): pairs of the file's text and ours. */
export function PairValues({
  field,
  column,
  pairs,
  onChange,
}: {
  field: ImportField;
  column: string;
  pairs: readonly ValuePair[];
  onChange: (pairs: ValuePair[]) => void;
}) {
  const { t, i18n } = useTranslation('import');
  const isCountry = field.path.split('.').pop() === 'country';
  const countries = useMemo(
    () => (isCountry ? countryOptions(i18n.language) : []),
    [isCountry, i18n.language],
  );
  const update = (index: number, pair: ValuePair) =>
    onChange(pairs.map((old, i) => (i === index ? pair : old)));
  return (
    <Stack gap="xs">
      {pairs.map((pair, index) => (
        // Rows are edited in place and have no identity beyond their position.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={index} gap="xs" align="center" wrap="wrap">
          <TextInput
            placeholder={t('values.inFile')}
            aria-label={t('values.inFileFor', { column, n: index + 1 })}
            value={pair.from}
            onChange={(event) => update(index, { ...pair, from: event.currentTarget.value })}
          />
          {isCountry ? (
            <Select
              placeholder={t('values.inDocket')}
              aria-label={t('values.inDocketFor', { column, n: index + 1 })}
              data={countries}
              searchable
              value={pair.to || null}
              onChange={(value) => update(index, { ...pair, to: value ?? '' })}
            />
          ) : (
            <TextInput
              placeholder={t('values.inDocket')}
              aria-label={t('values.inDocketFor', { column, n: index + 1 })}
              value={pair.to}
              onChange={(event) => update(index, { ...pair, to: event.currentTarget.value })}
            />
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('values.removePair', { n: index + 1 })}
            onClick={() => onChange(pairs.filter((_, i) => i !== index))}
          >
            <span aria-hidden="true">×</span>
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        onClick={() => onChange([...pairs, { from: '', to: '' }])}
      >
        {t('values.addPair')}
      </Button>
    </Stack>
  );
}
