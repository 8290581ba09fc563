import { Badge, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SensitivityBadge } from '../../../ui/SensitivityBadge.tsx';
import { CitationMarker } from '../citations/CitationMarker.tsx';
import type { CitationIndex } from '../citations/citationIndex.ts';
import classes from '../citations/citations.module.css';
import { WARN_BADGE_STYLE } from './badge-styles.ts';
import type { Sensitivity, Source } from './types.ts';

/** The mark on a fact no source supports yet. */
export function UncitedMark() {
  const { t } = useTranslation('records');
  return (
    <Tooltip label={t('citations.uncitedHelp')}>
      <Badge
        variant="outline"
        size="xs"
        radius="sm"
        style={WARN_BADGE_STYLE}
        tabIndex={0}
        data-testid="uncited"
      >
        {t('citations.uncited')}
      </Badge>
    </Tooltip>
  );
}

/**
 * One field of a record page: its label, its sensitivity when marked, its value, the footnote
 * markers of the citations that support it, or the uncited mark. `cited` lets a field whose items
 * carry their own sources (a timeline) count as cited.
 */
export function FieldRow({
  label,
  field,
  citations,
  sources,
  level,
  cited = false,
  quiet = false,
  onCite,
  children,
}: {
  label: string;
  field: string;
  citations: CitationIndex;
  sources: ReadonlyMap<string, Source>;
  level?: Sensitivity | undefined;
  cited?: boolean;
  /** Descriptive fields (a title, a type) need no source and show no uncited mark. */
  quiet?: boolean;
  onCite?: ((field: string) => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation('records');
  const entries = citations.byField(field);
  const mark =
    level === 'secret' ? classes.secret : level === 'confidential' ? classes.confidential : undefined;
  return (
    <div className={mark} data-field={field}>
      <Group gap="xs" mb={2}>
        <Text size="sm" fw={600} c="dimmed">
          {label}
        </Text>
        {level ? <SensitivityBadge level={level} /> : null}
      </Group>
      <Stack gap={4}>
        <Group gap={4} align="baseline" wrap="wrap">
          <div>{children}</div>
          {entries.map(({ number, citation }) => (
            <CitationMarker
              key={citation.id}
              number={number}
              citation={citation}
              source={sources.get(citation.sourceId)}
            />
          ))}
          {entries.length === 0 && !cited && !quiet ? <UncitedMark /> : null}
          {onCite && !quiet ? (
            <UnstyledButton
              className={classes.cite}
              onClick={() => onCite(field)}
              aria-label={t('citations.citeField', { field: label })}
            >
              +
            </UnstyledButton>
          ) : null}
        </Group>
      </Stack>
    </div>
  );
}
