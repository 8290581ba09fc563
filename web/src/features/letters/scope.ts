import { today } from '../dashboard/today.ts';
import type { Engagement } from '../tracker/api.ts';
import type { BriefingRequest } from './api.ts';

export const AUDIENCES = ['internal', 'partner', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const DOCUMENT_LANGUAGES = ['en', 'ru'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** What a briefing or a letter is drafted from: the choices the screens share. */
export interface Scope {
  countries: string[];
  /** Of the engagement's agenda; ignored when the agenda is empty (the open asks are used). */
  askIds: string[];
  asOf: string;
  language: DocumentLanguage;
  audience: Audience;
  /** With the partner audience: the organizations that will read it. */
  recipientOrgIds: string[];
}

/** The engagement's countries and whole agenda, as of today, in the reader's language where it can be. */
export function initialScope(engagement: Engagement, interfaceLanguage: string): Scope {
  return {
    countries: [...engagement.countries],
    askIds: engagement.agenda.map((item) => item.askId),
    asOf: today(),
    language: interfaceLanguage === 'ru' ? 'ru' : 'en',
    audience: 'internal',
    recipientOrgIds: [],
  };
}

export function requestOf(engagement: Engagement, scope: Scope): BriefingRequest {
  return {
    engagementId: engagement.id,
    countries: scope.countries,
    ...(engagement.agenda.length > 0 ? { askIds: scope.askIds } : {}),
    ...(scope.asOf ? { asOf: scope.asOf } : {}),
    audience: scope.audience,
    recipientOrgIds: scope.audience === 'partner' ? scope.recipientOrgIds : [],
    language: scope.language,
  };
}
