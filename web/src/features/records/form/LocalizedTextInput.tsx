import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES, useDisplayNames } from './languages.ts';

type Localized = Record<string, string>;

/**
 * Narrative text in one or more languages: one box per language, and a control to add another.
 * An emptied text is kept as "" so the schema can point at it; removing the last one gives null.
 */
export function LocalizedTextInput({
  label,
  value,
  onChange,
  error,
  required = false,
}: {
  label: string;
  value: Localized | null;
  onChange: (value: Localized | null) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t, i18n } = useTranslation('records');
  const names = useDisplayNames();
  const entries = Object.entries(value ?? {});
  const unused = CONTENT_LANGUAGES.filter((code) => !(code in (value ?? {})));
  const set = (next: Array<[string, string]>) => onChange(next.length ? Object.fromEntries(next) : null);
  const first = (unused as readonly string[]).includes(i18n.language) ? i18n.language : unused[0];
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm" component="span">
        {label}
      </Text>
      {entries.map(([code, text], index) => (
        <Group key={code} align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            // Named with the field, since a form may have several texts in the same language.
            label={t('form.textIn', { field: label, language: names.language(code) })}
            required={required}
            value={text}
            autosize
            minRows={2}
            error={index === 0 ? error : undefined}
            onChange={(event) =>
              set(entries.map(([c, v]) => [c, c === code ? event.currentTarget.value : v]))
            }
          />
          <Button
            variant="subtle"
            color="red"
            mt={24}
            aria-label={t('form.removeLanguage', { field: label, language: names.language(code) })}
            onClick={() => set(entries.filter(([c]) => c !== code))}
          >
            {t('form.remove')}
          </Button>
        </Group>
      ))}
      {entries.length === 0 && error ? (
        <Text c="red.9" size="sm">
          {error}
        </Text>
      ) : null}
      {first ? (
        <Select
          label={t('form.addLanguage', { field: label })}
          placeholder={t('form.chooseLanguage')}
          data={unused.map((code) => ({ value: code, label: names.language(code) }))}
          value={null}
          onChange={(code) => code && set([...entries, [code, '']])}
          w={260}
        />
      ) : null}
    </Stack>
  );
}
