import { Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { Facets, FacetValue } from './api.ts';
import { useActiveFilterLabel, useFacetValueLabel } from './labels.ts';
import classes from './search.module.css';
import { type ActiveFilter, FACET_GROUPS, type FacetGroup, type SearchView } from './search-state.ts';

/** Values a group shows before "Show all". */
const SHOWN = 8;

interface FacetsProps {
  view: SearchView;
  facets: Facets;
  onToggle(group: FacetGroup, value: string): void;
  onDate(key: 'from' | 'to', value: string | null): void;
}

/**
 * The facets of the results as groups of checkboxes with their counts, and the years as a from–to
 * range. The API counts each group as if none of its own values were chosen (the other groups'
 * choices apply), so ticking one type still lists the other types with their counts. A value chosen
 * but no longer among the counted hits stays listed, so it can be unticked.
 */
export function FacetSidebar({ view, facets, onToggle, onDate }: FacetsProps) {
  const { t } = useTranslation('search');
  const groups = FACET_GROUPS.filter((group) => facets[group].length > 0 || view.filters[group].length > 0);
  return (
    <section className={classes.facets} aria-label={t('facets.label')} data-testid="facets">
      <Stack gap="md">
        {groups.map((group) => (
          <FacetGroupBox
            key={group}
            group={group}
            values={facets[group]}
            chosen={view.filters[group]}
            onToggle={(value) => onToggle(group, value)}
          />
        ))}
        <YearRange view={view} years={facets.year} onDate={onDate} />
      </Stack>
    </section>
  );
}

function FacetGroupBox({
  group,
  values,
  chosen,
  onToggle,
}: {
  group: FacetGroup;
  values: readonly FacetValue[];
  chosen: readonly string[];
  onToggle(value: string): void;
}) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const label = useFacetValueLabel();
  const [isOpen, setOpen] = useState(false);
  const listed: Array<{ value: string; count?: number }> = [
    ...values,
    ...chosen.filter((value) => !values.some((item) => item.value === value)).map((value) => ({ value })),
  ];
  const shown = isOpen ? listed : listed.slice(0, SHOWN);
  return (
    <fieldset className={classes.group} data-testid={`facet-${group}`}>
      <Text component="legend" size="sm" fw={600} mb={4}>
        {t(`facets.${group}`)}
      </Text>
      <Stack gap={6}>
        {shown.map((item) => (
          <Checkbox
            key={item.value}
            size="sm"
            checked={chosen.includes(item.value)}
            onChange={() => onToggle(item.value)}
            classNames={{ body: classes.facetBody, labelWrapper: classes.facetLabelWrapper }}
            label={
              <span className={classes.facetLabel}>
                <span>{label(group, item.value)}</span>
                {item.count === undefined ? null : (
                  <span className={classes.facetCount}>{format.number(item.count)}</span>
                )}
              </span>
            }
          />
        ))}
      </Stack>
      {listed.length > SHOWN ? (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setOpen(!isOpen)}>
          {isOpen ? t('facets.fewer') : t('facets.all', { n: format.number(listed.length) })}
        </Button>
      ) : null}
    </fieldset>
  );
}

/** From and to as years, offered from the years of the hits (with their counts). */
function YearRange({
  view,
  years,
  onDate,
}: {
  view: SearchView;
  years: readonly FacetValue[];
  onDate(key: 'from' | 'to', value: string | null): void;
}) {
  const { t } = useTranslation('search');
  const format = useFormat();
  if (years.length === 0 && !view.from && !view.to) return null;
  const counts = new Map(years.map((year) => [year.value, year.count]));
  // A date chosen by hand (2022-03) is kept as it is; the years list offers whole years.
  const values = [...new Set([...years.map((year) => year.value), view.from, view.to])]
    .filter((value): value is string => value !== null)
    .sort((a, b) => b.localeCompare(a));
  const data = values.map((value) => {
    const count = counts.get(value);
    return {
      value,
      label: count === undefined ? format.partialDate(value) : `${value} (${format.number(count)})`,
    };
  });
  return (
    <fieldset className={classes.group} data-testid="facet-year">
      <Text component="legend" size="sm" fw={600} mb={4}>
        {t('facets.year')}
      </Text>
      <Group gap="xs" grow wrap="nowrap">
        <Select
          size="sm"
          label={t('facets.from')}
          placeholder={t('facets.anyYear')}
          clearable
          value={view.from}
          data={data}
          onChange={(value) => onDate('from', value)}
        />
        <Select
          size="sm"
          label={t('facets.to')}
          placeholder={t('facets.anyYear')}
          clearable
          value={view.to}
          data={data}
          onChange={(value) => onDate('to', value)}
        />
      </Group>
    </fieldset>
  );
}

/** The chosen filters as chips, each removed by its button, and "Clear filters". */
export function ActiveFilters({
  filters,
  onRemove,
  onClear,
}: {
  filters: readonly ActiveFilter[];
  onRemove(filter: ActiveFilter): void;
  onClear(): void;
}) {
  const { t } = useTranslation('search');
  const label = useActiveFilterLabel();
  if (filters.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-label={t('chips.label')} data-testid="active-filters">
      {filters.map((filter) => {
        const text = label(filter);
        return (
          <Button
            key={`${filter.group}:${filter.value}`}
            variant="light"
            size="compact-sm"
            radius="xl"
            aria-label={t('chips.remove', { filter: text })}
            rightSection={<span aria-hidden="true">×</span>}
            onClick={() => onRemove(filter)}
          >
            {text}
          </Button>
        );
      })}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('chips.clear')}
      </Button>
    </Group>
  );
}
