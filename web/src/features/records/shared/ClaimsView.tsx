import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalJson } from '../../../../../src/core/claim.ts';
import { WARN_BADGE_STYLE } from './badge-styles.ts';
import { UncitedMark } from './FieldRow.tsx';
import { SourceLink } from './SourceLink.tsx';
import type { Source } from './types.ts';

export interface ClaimView<T> {
  value: T;
  sourceId: string | null;
  locator?: string | undefined;
  note?: string | undefined;
  isPreferred: boolean;
}

/**
 * A fact sources may disagree on: one claim is shown plainly; several are side by side, each with
 * its source, the preferred one marked, and a disagreement nobody settled said out loud.
 */
export function ClaimsView<T>({
  claims,
  sources,
  render,
  label,
  covered = false,
  extra,
}: {
  claims: ReadonlyArray<ClaimView<T>>;
  sources: ReadonlyMap<string, Source>;
  render: (value: T) => ReactNode;
  label: string;
  /** The item holding the claims names a source, which a lone unsourced claim inherits. */
  covered?: boolean;
  /** What a module adds to each claim (how precise a figure is, when it was stated). */
  extra?: (claim: ClaimView<T>) => ReactNode;
}) {
  const { t } = useTranslation('records');
  const distinct = new Set(claims.map((claim) => canonicalJson(claim.value))).size;
  const only = claims[0];
  if (claims.length === 1 && only) {
    return (
      <Group gap={6} wrap="wrap">
        <span>{render(only.value)}</span>
        {extra?.(only)}
        {only.sourceId ? (
          <SourceLink sourceId={only.sourceId} sources={sources} locator={only.locator} />
        ) : covered ? null : (
          <UncitedMark />
        )}
      </Group>
    );
  }
  const settled = claims.some((claim) => claim.isPreferred);
  return (
    <Stack gap={4}>
      {distinct > 1 ? (
        <Badge color="gray" variant="light" size="sm" {...(settled ? {} : { style: WARN_BADGE_STYLE })}>
          {settled ? t('claims.disputedSettled') : t('claims.disputed')}
        </Badge>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: Math.min(claims.length, 3) }} spacing="xs" aria-label={label}>
        {claims.map((claim, index) => (
          <Paper
            // Claims have no ids; their order is what the record keeps.
            // biome-ignore lint/suspicious/noArrayIndexKey: claims are never reordered on this page
            key={index}
            withBorder
            p="xs"
            radius="sm"
            data-testid="claim"
          >
            <Stack gap={2}>
              <Group gap={6}>
                <Text fw={500} size="sm">
                  {render(claim.value)}
                </Text>
                {claim.isPreferred ? (
                  <Badge size="xs" color="blue" variant="light">
                    {t('claims.preferred')}
                  </Badge>
                ) : null}
              </Group>
              {claim.sourceId ? (
                <SourceLink sourceId={claim.sourceId} sources={sources} locator={claim.locator} />
              ) : (
                <UncitedMark />
              )}
              {extra?.(claim)}
              {claim.note ? (
                <Text size="xs" c="dimmed">
                  {claim.note}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
