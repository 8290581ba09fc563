import { Badge, Group, Stack, Text } from '@mantine/core';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import type { Case } from '../shared/types.ts';

export type Sentence = NonNullable<Case['timeline'][number]['sentence']>[number]['value'];
export type Derived = Case['derived'];

/** A sentence as a reader says it: "suspended, 6 years; fine 400 000 KZT; ban … for 6 years". */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  const { t } = useTranslation('records');
  const { locale } = useFormat();
  const money = (amount: number, currency: string) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        amount,
      );
    } catch {
      return `${amount} ${currency}`;
    }
  };
  const parts = [t(`vocabulary:sentenceCustody.${sentence.custody}`)];
  if (sentence.termMonths !== null) parts.push(termText(t, sentence.termMonths));
  for (const fine of sentence.fines)
    parts.push(`${t(`vocabulary:fineKind.${fine.kind}`)} ${money(fine.amount, fine.currency)}`);
  for (const ban of sentence.bans)
    parts.push(
      ban.termMonths === null
        ? t('sentence.ban', { scope: ban.scope })
        : t('sentence.banFor', { scope: ban.scope, term: termText(t, ban.termMonths) }),
    );
  return (
    <span>
      {parts.join('; ')}
      {sentence.text ? <Text span c="dimmed" size="sm">{` — “${sentence.text}”`}</Text> : null}
    </span>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "6 years", "18 months", "2 years 6 months". */
export function termText(t: Translate, months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years && rest)
    return `${t('sentence.years', { count: years })} ${t('sentence.months', { count: rest })}`;
  if (years) return t('sentence.years', { count: years });
  return t('sentence.months', { count: rest });
}

/** A day known to lie between two days: one day, or the span. */
export function useDayRange() {
  const format = useFormat();
  return (range: { earliest: string; latest: string }) =>
    range.earliest === range.latest
      ? format.partialDate(range.earliest)
      : `${format.partialDate(range.earliest)} – ${format.partialDate(range.latest)}`;
}

/** Restricted liberty in the theme's amber; Mantine's filled orange fails contrast with white text. */
const RESTRICTED = new Set(['house-arrest', 'restricted-liberty', 'correctional-labour', 'travel-ban']);
const RESTRICTED_STYLE = {
  '--badge-bg': 'var(--docket-confidential)',
  '--badge-color': '#fff',
} as React.CSSProperties;

const STATUS_COLOR: Record<string, string> = {
  'pre-trial-detention': 'red',
  'administrative-detention': 'red',
  imprisoned: 'red',
  'forced-psychiatric-detention': 'red',
  'died-in-custody': 'dark',
};

/**
 * The status and custody the timeline implies. Shown, never typed: the server derives them on each
 * save, and the editor previews the same derivation as steps change.
 */
export function DerivedView({ derived, preview = false }: { derived: Derived; preview?: boolean }) {
  const { t } = useTranslation('records');
  const days = useDayRange();
  return (
    <Stack gap={6} data-testid="derived">
      <Group gap="xs">
        <Text size="sm" fw={600} c="dimmed">
          {t('derived.status')}
        </Text>
        <Badge
          color={STATUS_COLOR[derived.status] ?? 'gray'}
          {...(RESTRICTED.has(derived.status) ? { style: RESTRICTED_STYLE } : {})}
          variant="filled"
          radius="sm"
          data-testid="derived-status"
        >
          {t(`vocabulary:caseStatus.${derived.status}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {preview ? t('derived.preview') : t('derived.help')}
        </Text>
      </Group>
      {derived.custody.length ? (
        <Stack gap={2} component="ul" m={0} pl="md">
          {derived.custody.map((interval) => (
            <Text
              component="li"
              size="sm"
              key={`${interval.kind}:${interval.start.earliest}:${interval.basis}`}
            >
              <Text span fw={600} size="sm">
                {t(`vocabulary:custodyKind.${interval.kind}`)}
              </Text>{' '}
              {interval.end
                ? t('derived.interval', { from: days(interval.start), to: days(interval.end) })
                : t('derived.ongoing', { from: days(interval.start) })}{' '}
              <Text span c="dimmed" size="sm">
                ({t(`vocabulary:stepKind.${interval.basis}`, { defaultValue: interval.basis })})
              </Text>
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('derived.noCustody')}
        </Text>
      )}
    </Stack>
  );
}
