import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../import/countries.ts';
import { useDisplayNames } from '../lists/countries.ts';
import { type Engagement, useAsks } from '../tracker/api.ts';
import { useLabels } from '../tracker/labels.ts';
import { Section } from '../tracker/parts.tsx';
import { OrgPicker } from './OrgPicker.tsx';
import { AUDIENCES, DOCUMENT_LANGUAGES, type Scope } from './scope.ts';

/** Field errors of a refused request, keyed by the field's path (`recipientOrgIds.0`). */
export type FieldErrors = Record<string, string>;

export function errorUnder(errors: FieldErrors, field: string): string | undefined {
  const key = Object.keys(errors).find((path) => path === field || path.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

/** The choices a briefing and a letter share: countries, asks, the day, language and readers. */
export function ScopeFields({
  engagement,
  scope,
  onChange,
  errors,
}: {
  engagement: Engagement;
  scope: Scope;
  onChange: (scope: Scope) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('letters');
  const labels = useLabels();
  const names = useDisplayNames();
  const asks = useAsks(engagement.agenda.map((item) => item.askId));
  const set = (change: Partial<Scope>) => onChange({ ...scope, ...change });
  const countries = useMemo(() => {
    const codes = new Set([...engagement.countries, ...scope.countries]);
    for (const option of countryOptions(labels.language)) codes.add(option.value);
    return [...codes]
      .map((code) => ({ value: code, label: names.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, labels.language));
  }, [engagement.countries, scope.countries, labels.language, names]);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('scope.countries')}
          description={t('scope.countriesHelp')}
          data={countries}
          value={scope.countries}
          searchable
          nothingFoundMessage={t('scope.noCountry')}
          error={errorUnder(errors, 'countries')}
          onChange={(countries) => set({ countries })}
        />
        <TextInput
          type="date"
          label={t('scope.asOf')}
          description={t('scope.asOfHelp')}
          value={scope.asOf}
          error={errorUnder(errors, 'asOf')}
          onChange={(event) => set({ asOf: event.currentTarget.value })}
        />
      </SimpleGrid>
      {engagement.agenda.length > 0 ? (
        <Checkbox.Group
          label={t('scope.asks')}
          description={t('scope.asksHelp')}
          value={scope.askIds}
          error={errorUnder(errors, 'askIds')}
          onChange={(askIds) => set({ askIds })}
        >
          <Stack gap={6} mt={6}>
            {engagement.agenda.map((item) => (
              <Checkbox
                key={item.id}
                value={item.askId}
                label={labels.text(asks.get(item.askId)?.title) || t('scope.hiddenAsk')}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('scope.noAgenda')}
        </Text>
      )}
      <Radio.Group
        label={t('scope.language')}
        value={scope.language}
        onChange={(value) => set({ language: DOCUMENT_LANGUAGES.find((l) => l === value) ?? 'en' })}
      >
        <Group gap="md" mt={6}>
          {DOCUMENT_LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={t(`language.${language}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group
        label={t('scope.audience')}
        description={t('scope.audienceHelp')}
        value={scope.audience}
        onChange={(value) => set({ audience: AUDIENCES.find((a) => a === value) ?? 'internal' })}
      >
        <Group gap="md" mt={6}>
          {AUDIENCES.map((audience) => (
            <Radio key={audience} value={audience} label={t(`audience.${audience}`)} />
          ))}
        </Group>
      </Radio.Group>
      {scope.audience === 'partner' ? (
        <OrgPicker
          label={t('scope.recipients')}
          value={scope.recipientOrgIds}
          error={errorUnder(errors, 'recipientOrgIds')}
          onChange={(recipientOrgIds) => set({ recipientOrgIds })}
        />
      ) : null}
    </Stack>
  );
}

/** The choices in a form of their own, previewed on submit; a screen adds its fields and actions. */
export function ScopeForm({
  engagement,
  scope,
  onChange,
  errors,
  preview,
  children,
  actions,
}: {
  engagement: Engagement;
  scope: Scope;
  onChange: (scope: Scope) => void;
  errors: FieldErrors;
  /** The preview's mutation: what submitting runs. */
  preview: { mutate: () => void; isPending: boolean };
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('letters');
  return (
    <Section title={t('scope.title')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          preview.mutate();
        }}
      >
        <Stack gap="md">
          <ScopeFields engagement={engagement} scope={scope} onChange={onChange} errors={errors} />
          {children}
          <Group>
            <Button type="submit" variant={actions ? 'light' : 'filled'} loading={preview.isPending}>
              {t('preview.action')}
            </Button>
            {actions}
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
