import { Button, Chip, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from './countries.ts';
import type { FilterDef, ListConfig, ViewParams } from './list-types.ts';
import classes from './lists.module.css';
import { activeFilters, isPartialDate } from './view-state.ts';

interface Props {
  config: ListConfig;
  view: ViewParams;
  update(changes: Record<string, string | null>, options?: { replace?: boolean }): void;
  clear(): void;
  /** Countries that have records, offered by the country filter. */
  countries: readonly string[];
}

/** Search, filters, sort and order of a list; every change goes to the URL, which the list reads. */
export function FilterBar({ config, view, update, clear, countries }: Props) {
  const { t } = useTranslation('lists');
  return (
    <search className={classes.filters} aria-label={t('filters.label')}>
      <SearchBox type={config.type} value={view.q ?? ''} onSearch={(q) => update({ q }, { replace: true })} />
      {config.filters.map((filter) => (
        <FilterControl
          key={filter.param}
          filter={filter}
          value={view[filter.param] ?? null}
          onChange={(value) => update({ [filter.param]: value })}
          countries={countries}
          disabled={filter.param === 'custody' && !view.inCustodyOn}
        />
      ))}
      <Select
        className={classes.filter}
        label={t('sort.label')}
        value={view.sort ?? config.defaultSort}
        allowDeselect={false}
        // A type may name a sort its own way (a commitment's "name" is its title).
        data={config.sorts.map((sort) => ({
          value: sort,
          label: t([`types.${config.type}.sort.${sort}`, `sort.${sort}`]),
        }))}
        onChange={(sort) => update({ sort })}
      />
      <Select
        className={classes.filter}
        label={t('order.label')}
        value={view.order ?? 'asc'}
        allowDeselect={false}
        data={['asc', 'desc'].map((order) => ({ value: order, label: t(`order.${order}`) }))}
        onChange={(order) => update({ order })}
      />
      <Switch
        label={t('filters.includeDeleted')}
        checked={view.includeDeleted === 'true'}
        onChange={(event) => update({ includeDeleted: event.currentTarget.checked ? 'true' : null })}
        mb={8}
      />
      {activeFilters(view).length > 0 ? (
        <Button variant="subtle" onClick={clear}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </search>
  );
}

function SearchBox({ type, value, onSearch }: { type: string; value: string; onSearch(q: string): void }) {
  const { t } = useTranslation('lists');
  const [text, setText] = useState(value);
  // Back, Forward or "clear filters" change the URL under the box.
  useEffect(() => setText(value), [value]);
  const search = useDebouncedCallback((q: string) => onSearch(q.trim()), 300);
  return (
    <TextInput
      className={classes.search}
      type="search"
      label={t(`types.${type}.search`)}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
    />
  );
}

function FilterControl({
  filter,
  value,
  onChange,
  countries,
  disabled,
}: {
  filter: FilterDef;
  value: string | null;
  onChange(value: string | null): void;
  countries: readonly string[];
  disabled: boolean;
}) {
  const { t } = useTranslation('lists');
  const names = useDisplayNames();
  switch (filter.kind) {
    case 'select':
      if (filter.chips) {
        return (
          <fieldset className={classes.chips}>
            <Text component="legend" size="sm" fw={500} mb={4}>
              {t(filter.label)}
            </Text>
            <Group gap={4} wrap="wrap">
              {filter.options.map((option) => (
                <Chip
                  key={option}
                  checked={option === value}
                  size="sm"
                  disabled={disabled}
                  onChange={() => onChange(option === value ? null : option)}
                >
                  {t(`vocabulary:${filter.labels}.${option}`)}
                </Chip>
              ))}
            </Group>
          </fieldset>
        );
      }
      return (
        <Select
          className={classes.filter}
          label={t(filter.label)}
          placeholder={t('filters.any')}
          clearable
          searchable={filter.options.length > 8}
          value={value}
          data={filter.options.map((option) => ({
            value: option,
            label: t(`vocabulary:${filter.labels}.${option}`),
          }))}
          onChange={onChange}
        />
      );
    case 'country': {
      const codes = value && !countries.includes(value) ? [...countries, value] : countries;
      return (
        <Select
          className={classes.filter}
          label={t(filter.label)}
          placeholder={t('filters.any')}
          clearable
          searchable
          value={value}
          data={codes
            .map((code) => ({ value: code, label: names.country(code) }))
            .sort((a, b) => a.label.localeCompare(b.label))}
          onChange={onChange}
        />
      );
    }
    case 'partial-date':
    case 'day':
      return <DateFilter filter={filter} value={value} onChange={onChange} />;
    case 'flag':
      return (
        <Switch
          label={t(filter.label)}
          checked={value === 'true'}
          onChange={(event) => onChange(event.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
      );
  }
}

/** A partial date (2021, 2021-01, 2021-01-29) or a day, applied once it is a valid one. */
function DateFilter({
  filter,
  value,
  onChange,
}: {
  filter: FilterDef;
  value: string | null;
  onChange(value: string | null): void;
}) {
  const { t } = useTranslation('lists');
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const isDay = filter.kind === 'day';
  const valid = text === '' || (isDay ? /^\d{4}-\d{2}-\d{2}$/.test(text) : isPartialDate(text));
  const apply = () => {
    if (valid && text !== (value ?? '')) onChange(text === '' ? null : text);
  };
  return (
    <TextInput
      className={classes.filter}
      type={isDay ? 'date' : 'text'}
      label={t(filter.label)}
      placeholder={isDay ? undefined : t('filters.partialDatePlaceholder')}
      description={isDay ? undefined : t('filters.partialDateHint')}
      value={text}
      error={valid ? undefined : t('filters.invalidDate')}
      onChange={(event) => {
        setText(event.currentTarget.value);
        if (isDay) {
          const next = event.currentTarget.value;
          if (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next)) onChange(next === '' ? null : next);
        }
      }}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
    />
  );
}
