import { Anchor, Code, Group, Spoiler, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { useVocabularyLabel } from '../../i18n/vocabulary.ts';
import { isEmpty, isPlainObject } from './diff.ts';
import classes from './history.module.css';
import { ID_TARGETS, useFieldLabel } from './labels.ts';

const LEVELS: readonly string[] = ['public', 'internal', 'confidential', 'secret'];

const PARTIAL_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Members of list items that are bookkeeping, not content: a step's own id. */
const SKIPPED_MEMBERS = new Set(['id']);

/** An empty value: a dash for the eye, the word for a screen reader. */
export function EmptyValue() {
  const { t } = useTranslation('history');
  return (
    <Text span c="dimmed">
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('value.empty')}</VisuallyHidden>
    </Text>
  );
}

/**
 * Any stored value, readable: dates in the interface language, countries and languages by name, ids
 * as links to their records, names with their kind and script, nested members as labelled lines —
 * never raw JSON.
 */
export function ValueView({ value, fieldKey }: { value: unknown; fieldKey?: string }): ReactNode {
  const { t } = useTranslation('history');
  const format = useFormat();
  if (isEmpty(value)) return <EmptyValue />;
  if (typeof value === 'boolean') return <Text span>{value ? t('value.yes') : t('value.no')}</Text>;
  if (typeof value === 'number') return <Text span>{format.number(value)}</Text>;
  if (typeof value === 'string') return <StringView text={value} fieldKey={fieldKey} />;
  if (Array.isArray(value)) {
    return (
      <ul className={classes.list}>
        {value.map((item, i) => (
          // Items have no identity of their own here; their place in the list is what is shown.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            <ValueView value={item} fieldKey={fieldKey} />
          </li>
        ))}
      </ul>
    );
  }
  if (isPlainObject(value)) return <ObjectView value={value} levels={fieldKey === 'fieldSensitivity'} />;
  return <Text span>{String(value)}</Text>;
}

function StringView({ text, fieldKey }: { text: string; fieldKey: string | undefined }) {
  const { t, i18n } = useTranslation('history');
  const format = useFormat();
  const vocabularyLabel = useVocabularyLabel();
  const target = fieldKey ? ID_TARGETS[fieldKey] : undefined;
  if (UUID.test(text)) {
    const short = text.slice(0, 8);
    if (!target) return <Code>{short}</Code>;
    return (
      <Anchor component={Link} to={`/${target}/${text}`}>
        {t(`recordType.${target}`)} <Code>{short}</Code>
      </Anchor>
    );
  }
  // The levels' names live in the common catalogue, beside the badge that shows them elsewhere.
  if (fieldKey === 'sensitivity' && LEVELS.includes(text))
    return <Text span>{t(`common:sensitivity.${text}`)}</Text>;
  const label = vocabularyLabel(fieldKey, text);
  if (label) return <Text span>{label}</Text>;
  if (TIMESTAMP.test(text)) return <Text span>{format.dateTime(text)}</Text>;
  if (PARTIAL_DATE.test(text)) return <Text span>{format.partialDate(text)}</Text>;
  if ((fieldKey === 'country' && /^[A-Z]{2}$/.test(text)) || (fieldKey === 'language' && text.length < 12)) {
    const name = displayName(i18n.language, fieldKey === 'country' ? 'region' : 'language', text);
    return <Text span>{name && name !== text ? `${name} (${text})` : text}</Text>;
  }
  if (text.length > 280) {
    return (
      <Spoiler maxHeight={72} showLabel={t('value.more')} hideLabel={t('value.less')}>
        <Text className={classes.prose}>{text}</Text>
      </Spoiler>
    );
  }
  return (
    <Text span className={classes.prose}>
      {text}
    </Text>
  );
}

function displayName(language: string, type: 'region' | 'language', code: string): string | undefined {
  try {
    return new Intl.DisplayNames([language], { type, fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/**
 * An object as labelled members. A name-like object ({text, kind, script, language}) reads as its
 * text with the rest beside it, which is how names, titles and labels look everywhere else.
 */
function ObjectView({ value, levels }: { value: Record<string, unknown>; levels: boolean }) {
  const label = useFieldLabel();
  const members = Object.entries(value).filter(
    ([key, member]) => !SKIPPED_MEMBERS.has(key) && !isEmpty(member),
  );
  if (typeof value.text === 'string') {
    const rest = members.filter(([key]) => key !== 'text');
    return (
      <Group gap={6} wrap="wrap" component="span">
        <Text span fw={500}>
          {value.text}
        </Text>
        {rest.map(([key, member]) => (
          <Text span size="xs" c="dimmed" key={key}>
            {label(key)}: <ValueView value={member} fieldKey={key} />
          </Text>
        ))}
      </Group>
    );
  }
  return (
    <dl className={classes.members}>
      {members.map(([key, member]) => (
        <div key={key} className={classes.member}>
          <dt>{label(key)}</dt>
          <dd>
            {/* A field's level (fieldSensitivity.whereabouts) reads as the level it is. */}
            <ValueView value={member} fieldKey={levels ? 'sensitivity' : key} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
