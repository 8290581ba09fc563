import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './search.module.css';

/**
 * The search box: typing changes nothing until the search is sent (Enter or the button), which puts
 * the words in the address. Back and Forward put the words of that search back in the box.
 */
export function SearchForm({ q, onSearch }: { q: string; onSearch(q: string): void }) {
  const { t } = useTranslation('search');
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') onSearch(text);
  };
  return (
    <search aria-label={t('form.label')} className={classes.form}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            className={classes.box}
            type="search"
            name="q"
            label={t('form.input')}
            description={t('form.hint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={500}
            // The screen is for searching: the box takes the keyboard as soon as it opens.
            autoFocus
            spellCheck={false}
            autoComplete="off"
          />
          <Button type="submit">{t('form.submit')}</Button>
        </Group>
      </form>
    </search>
  );
}
