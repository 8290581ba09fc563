import type { DocumentLanguage } from './briefing.schema.ts';
import type { Phrases } from './phrase-book.ts';
import { en } from './phrases.en.ts';
import { ru } from './phrases.ru.ts';

export type { Phrases } from './phrase-book.ts';

/** The phrase book of each document language. */
export const PHRASES: Record<DocumentLanguage, Phrases> = { en, ru };
