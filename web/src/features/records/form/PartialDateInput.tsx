import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isPartialDate } from '../../../../../src/core/partial-date.ts';
import { useFormat } from '../../../i18n/format.ts';

/**
 * A date known to the year, the month or the day, typed as the API stores it. The helper line shows
 * how it reads, so "2021-01" visibly means "January 2021" and not the first of the month.
 */
export function PartialDateInput({
  label,
  value,
  onChange,
  error,
  required = false,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation('records');
  const format = useFormat();
  const text = value ?? '';
  const reads = text && isPartialDate(text) ? t('date.reads', { date: format.partialDate(text) }) : '';
  return (
    <TextInput
      label={label}
      value={text}
      required={required}
      placeholder={t('date.placeholder')}
      description={reads || t('date.help')}
      inputMode="numeric"
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value.trim();
        onChange(next === '' ? null : next);
      }}
    />
  );
}
