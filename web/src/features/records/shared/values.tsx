import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../../../../../src/core/language.ts';
import { useDisplayNames } from '../form/languages.ts';

export interface NameValue {
  text: string;
  script: string;
  language: string | null;
  kind: string;
}

/** Names with their script, language and kind, as a small table (one row per name). */
export function NamesTable({ names, caption }: { names: readonly NameValue[]; caption: string }) {
  const { t } = useTranslation('records');
  const display = useDisplayNames();
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" w="auto" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('names.text')}</Table.Th>
          <Table.Th>{t('names.script')}</Table.Th>
          <Table.Th>{t('names.language')}</Table.Th>
          <Table.Th>{t('names.kind')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {names.map((name, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: names have no ids; two may share a text
          <Table.Tr key={index}>
            <Table.Td>
              <Text fw={name.kind === 'primary' ? 600 : 400} lang={name.language ?? undefined}>
                {name.text}
              </Text>
            </Table.Td>
            <Table.Td>{display.script(name.script)}</Table.Td>
            <Table.Td>{name.language ? display.language(name.language) : '—'}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={name.kind === 'primary' ? 'blue' : 'gray'} size="sm">
                {t(`vocabulary:nameKind.${name.kind}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Narrative text in the reader's language when written in it, else the first; other languages below. */
export function LocalizedTextView({ value }: { value: Record<string, string> }) {
  const { i18n } = useTranslation();
  const display = useDisplayNames();
  const main = pickLanguage(value, i18n.language) ?? '';
  const mainLanguage = Object.entries(value).find(([, text]) => text === main)?.[0];
  const others = Object.entries(value).filter(([code]) => code !== mainLanguage);
  return (
    <Stack gap={4}>
      <Text style={{ whiteSpace: 'pre-wrap' }} lang={mainLanguage}>
        {main}
      </Text>
      {others.map(([code, text]) => (
        <Text key={code} size="sm" c="dimmed" lang={code} style={{ whiteSpace: 'pre-wrap' }}>
          <Badge size="xs" variant="outline" color="gray" mr={6} component="span">
            {display.language(code)}
          </Badge>
          {text}
        </Text>
      ))}
    </Stack>
  );
}

/** Enum values as translated labels. */
export function EnumBadges({ group, values }: { group: string; values: readonly string[] }) {
  const { t } = useTranslation('records');
  return (
    <Group gap={4}>
      {values.map((value) => (
        <Badge key={value} variant="light" size="sm" radius="sm">
          {t(`vocabulary:${group}.${value}`, { defaultValue: value })}
        </Badge>
      ))}
    </Group>
  );
}
