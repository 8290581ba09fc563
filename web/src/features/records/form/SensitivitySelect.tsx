import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SENSITIVITIES, type Sensitivity } from '../shared/types.ts';

/**
 * Sensitivity of a record or of one field. For a field, "default" leaves the type's own level in
 * force (shown in the option) rather than copying it into the record.
 */
export function SensitivitySelect({
  label,
  value,
  onChange,
  defaultLevel,
}: {
  label: string;
  value: Sensitivity | null;
  onChange: (value: Sensitivity | null) => void;
  /** Set for a field: the level it has when nothing is chosen. */
  defaultLevel?: Sensitivity;
}) {
  const { t } = useTranslation('records');
  const { t: common } = useTranslation();
  const options = SENSITIVITIES.map((level) => ({ value: level, label: common(`sensitivity.${level}`) }));
  const data = defaultLevel
    ? [
        { value: '', label: t('sharing.defaultLevel', { level: common(`sensitivity.${defaultLevel}`) }) },
        ...options,
      ]
    : options;
  return (
    <Select
      label={label}
      data={data}
      value={value ?? ''}
      allowDeselect={false}
      onChange={(next) => onChange(next ? (next as Sensitivity) : null)}
    />
  );
}
