import { Badge } from '@mantine/core';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { SensitivityBadge } from '../../../ui/SensitivityBadge.tsx';
import type { Sensitivity } from './types.ts';

/**
 * The shared SensitivityBadge, except for confidential: its light orange variant fails axe's colour
 * contrast on white, so confidential is drawn as an outline in the theme's darker confidential colour.
 */
export function LevelBadge({ level, always = false }: { level: Sensitivity; always?: boolean }) {
  const { t } = useTranslation();
  if (level !== 'confidential') return <SensitivityBadge level={level} always={always} />;
  return (
    <Badge
      variant="outline"
      size="sm"
      radius="sm"
      style={{ color: 'var(--docket-confidential)', borderColor: 'var(--docket-confidential)' }}
    >
      {t('sensitivity.confidential')}
    </Badge>
  );
}

/**
 * Amber mark for what needs attention (an uncited fact, no consent basis). Mantine's orange and
 * yellow fail colour contrast on their light backgrounds, so the colours are set here.
 */
export const WARN_BADGE_STYLE = {
  '--badge-color': '#7a4a00',
  '--badge-bg': '#fff8e6',
  '--badge-bd': '1px dashed #7a4a00',
} as React.CSSProperties;

/** Green mark for what is settled (published, a consent basis), dark enough on its light background. */
export const OK_BADGE_STYLE = {
  '--badge-color': '#1b5e20',
  '--badge-bg': '#e8f5e9',
} as React.CSSProperties;
