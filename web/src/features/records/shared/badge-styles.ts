import type React from 'react';

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
