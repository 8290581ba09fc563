import type { ComponentType } from 'react';

/**
 * The places later issues fill: commitments, engagements and the like add a card here, which the
 * dashboard shows after its own, given the country in view (null for every country). Empty until then,
 * rather than a card with nothing true to say.
 */
export interface DashboardCard {
  id: string;
  Component: ComponentType<{ country: string | null }>;
  /** Spans both columns on wide screens. */
  isWide?: boolean;
}

export const DASHBOARD_CARDS: DashboardCard[] = [];
