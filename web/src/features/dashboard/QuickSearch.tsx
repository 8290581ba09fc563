import { Anchor, Badge, Group, Loader, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SensitivityBadge } from '../../ui/SensitivityBadge.tsx';
import { useDisplayNames } from '../lists/countries.ts';
import { nameLang, otherNames, primaryName } from '../lists/names.ts';
import { Card } from './Card.tsx';
import classes from './dashboard.module.css';

const SHOWN = 6;

/**
 * Finds a person or a case by any of its names, in any script ("Mamay" or "Мамай"), and links to it;
 * Enter opens the first match.
 */
export function QuickSearch() {
  const { t } = useTranslation(['dashboard', 'lists']);
  const names = useDisplayNames();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const results = useQuery({
    queryKey: ['dashboard', 'quick-search', q],
    queryFn: async () => {
      const query = { q, limit: SHOWN };
      const [persons, cases] = await Promise.all([
        api.GET('/api/persons', { params: { query } }).then(unwrap),
        api
          .GET('/api/cases', { params: { query: { ...query, sort: 'updatedAt', order: 'desc' } } })
          .then(unwrap),
      ]);
      return { persons: persons.items, cases: cases.items };
    },
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  const first = results.data?.persons[0]
    ? `/persons/${results.data.persons[0].id}`
    : results.data?.cases[0]
      ? `/cases/${results.data.cases[0].id}`
      : null;
  const count = (results.data?.persons.length ?? 0) + (results.data?.cases.length ?? 0);

  return (
    <Card title={t('search.title')} testId="quick-search">
      <search className={classes.search} aria-label={t('search.title')}>
        <TextInput
          type="search"
          label={t('search.label')}
          description={t('search.hint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && first) navigate(first);
          }}
          rightSection={
            results.isFetching ? <Loader size="xs" role="status" aria-label={t('lists:loadingMore')} /> : null
          }
        />
      </search>
      <div className={classes.results} aria-live="polite">
        {q.length === 0 ? null : results.isError ? (
          <ProblemAlert error={results.error} />
        ) : results.data && count === 0 ? (
          <Text c="dimmed">{t('search.none', { q })}</Text>
        ) : results.data ? (
          <ul className={classes.list} aria-label={t('search.results')}>
            {results.data.persons.map((person) => {
              const name = primaryName(person.names);
              const others = otherNames(person.names);
              return (
                <li key={person.id}>
                  <Group gap="xs">
                    <Badge variant="light" color="gray" size="sm" radius="sm">
                      {t('recordType.persons')}
                    </Badge>
                    <Anchor
                      component={Link}
                      to={`/persons/${person.id}`}
                      fw={500}
                      lang={name && nameLang(name)}
                    >
                      {name?.text ?? t('lists:types.persons.untitled')}
                    </Anchor>
                    {others.length > 0 ? (
                      <Text span size="sm" c="dimmed">
                        {others.map((other) => other.text).join(' · ')}
                      </Text>
                    ) : null}
                    <SensitivityBadge level={person.sensitivity} />
                  </Group>
                </li>
              );
            })}
            {results.data.cases.map((item) => (
              <li key={item.id}>
                <Group gap="xs">
                  <Badge variant="light" color="gray" size="sm" radius="sm">
                    {t('recordType.cases')}
                  </Badge>
                  <Anchor component={Link} to={`/cases/${item.id}`} fw={500}>
                    {item.title ?? t('lists:types.cases.untitled')}
                  </Anchor>
                  <Text span size="sm" c="dimmed">
                    {[
                      t(`vocabulary:caseType.${item.caseType}`),
                      item.country ? names.country(item.country) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <SensitivityBadge level={item.sensitivity} />
                </Group>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
