import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages.ts';

/** Switches the interface language at once; the choice is remembered in this browser. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('language')}
      data-testid="language-menu"
      size="xs"
      w={130}
      allowDeselect={false}
      value={i18n.resolvedLanguage ?? i18n.language}
      data={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
      onChange={(code) => {
        if (code) void i18n.changeLanguage(code);
      }}
    />
  );
}
