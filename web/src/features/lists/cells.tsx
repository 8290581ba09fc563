import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { SensitivityBadge } from '../../ui/SensitivityBadge.tsx';
import { useDisplayNames } from './countries.ts';
import type { ListedRecord } from './list-types.ts';
import { nameLang, otherNames, primaryName, type RecordName } from './names.ts';

/** An enum value's label (`vocabulary:<group>.<value>`), or a dash when there is none. */
export function EnumLabel({ group, value }: { group: string; value: string | null | undefined }) {
  const { t } = useTranslation('lists');
  if (!value) return <Dash />;
  return <>{t(`vocabulary:${group}.${value}`)}</>;
}

export function EnumList({ group, values }: { group: string; values: readonly string[] | null | undefined }) {
  const { t } = useTranslation('lists');
  if (!values || values.length === 0) return <Dash />;
  return <>{values.map((value) => t(`vocabulary:${group}.${value}`)).join(', ')}</>;
}

export function Dash() {
  return <span aria-hidden>—</span>;
}

export function CountryName({ code }: { code: string | null | undefined }) {
  const names = useDisplayNames();
  if (!code) return <Dash />;
  return <>{names.country(code)}</>;
}

export function PartialDate({ value }: { value: string | null | undefined }) {
  const format = useFormat();
  if (!value) return <Dash />;
  return <>{format.partialDate(value)}</>;
}

export function DateRange({ from, to }: { from: string | null | undefined; to: string | null | undefined }) {
  const format = useFormat();
  if (!from && !to) return <Dash />;
  if (!to || to === from) return <>{format.partialDate(from)}</>;
  return <>{`${format.partialDate(from)} – ${format.partialDate(to)}`}</>;
}

/** When the record last changed: "3 days ago", the exact time on hover. */
export function Updated({ iso }: { iso: string }) {
  const format = useFormat();
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {format.ago(iso)}
    </time>
  );
}

/** The script of the name shown (Latin, Cyrillic), since a name may be recorded in several. */
export function ScriptLabel({ name }: { name: RecordName | undefined }) {
  const names = useDisplayNames();
  if (!name) return null;
  return (
    <Text span size="xs" c="dimmed">
      {names.script(name.script)}
    </Text>
  );
}

/** The marks a row carries: confidential or secret, deleted. */
export function RecordMarks({ record }: { record: ListedRecord }) {
  const { t } = useTranslation('lists');
  return (
    <>
      <SensitivityBadge level={record.sensitivity} />
      {record.deletedAt ? (
        <Badge color="gray" variant="outline" size="sm" radius="sm">
          {t('deleted')}
        </Badge>
      ) : null}
    </>
  );
}

/** The first column's extras for a named record: the script of the name shown, then the marks. */
export function NameExtras({ record, names }: { record: ListedRecord; names: readonly RecordName[] | null }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ScriptLabel name={primaryName(names)} />
      <RecordMarks record={record} />
    </Group>
  );
}

export function OtherNames({ names }: { names: readonly RecordName[] | null }) {
  const others = otherNames(names);
  if (others.length === 0) return <Dash />;
  return (
    <>
      {others.map((name, index) => (
        <span key={`${name.kind}-${name.script}-${name.text}`} lang={nameLang(name)}>
          {index > 0 ? ' · ' : ''}
          {name.text}
        </span>
      ))}
    </>
  );
}

/**
 * A case's victim by name. The case list carries only the victim's id, so each shown row asks for the
 * person (cached); a person the caller may not read is left out, as if absent.
 */
export function VictimName({ id }: { id: string }) {
  const person = useQuery({
    queryKey: ['persons', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/persons/{id}', { params: { path: { id } } })),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const name = primaryName(person.data?.names);
  if (!name) return <Dash />;
  return <span lang={nameLang(name)}>{name.text}</span>;
}
