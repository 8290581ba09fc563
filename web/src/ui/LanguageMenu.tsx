import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages.ts';

/**
 * Switches the interface language at once; the choice is remembered in this browser. Each language
 * is named in itself (and marked with its `lang`), so a reader of any of them can find their own.
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((language) => language.code === i18n.resolvedLanguage) ?? LANGUAGES[0];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" data-testid="language-menu">
          <VisuallyHidden>{t('language')}: </VisuallyHidden>
          <span lang={current.code}>{current.name}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            fw={language.code === current.code ? 700 : undefined}
            leftSection={<span aria-hidden>{language.code === current.code ? '✓' : ''}</span>}
            onClick={() => void i18n.changeLanguage(language.code)}
          >
            {language.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
