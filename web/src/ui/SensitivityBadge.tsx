import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Sensitivity = 'public' | 'internal' | 'confidential' | 'secret';

const COLORS: Record<Sensitivity, string> = {
  public: 'green',
  internal: 'gray',
  confidential: 'orange',
  secret: 'red',
};

/**
 * The visible mark of a record's or field's sensitivity. Confidential and secret are always shown;
 * internal and public only where `always` asks (a record header), so lists stay quiet.
 */
export function SensitivityBadge({ level, always = false }: { level: Sensitivity; always?: boolean }) {
  const { t } = useTranslation();
  if (!always && (level === 'public' || level === 'internal')) return null;
  return (
    <Badge color={COLORS[level]} variant={level === 'secret' ? 'filled' : 'light'} size="sm" radius="sm">
      {t(`sensitivity.${level}`)}
    </Badge>
  );
}
