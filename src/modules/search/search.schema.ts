import { z } from 'zod';
import { languageTagSchema } from '../../core/language.ts';
import { partialDateSchema } from '../../core/partial-date.ts';

/** A filter's values: repeated (`type=person&type=case`) or comma-separated (`type=person,case`). */
const codeList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(','))
      .map((code) => code.trim())
      .filter((code) => code !== ''),
  )
  .pipe(z.array(z.string().regex(/^[\p{L}\p{N}/._-]{1,80}$/u, 'must be codes such as UZ or person')).max(50));

/** Hits shown past this are not reached: the window a search counts and ranks. */
export const SEARCH_WINDOW = 10_000;

export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'type a word to search for')
    .max(500)
    .describe('Words (all must match, in any form), "a phrase", or a prefix*'),
  type: codeList.optional().describe('Record types: person, case, source, …'),
  country: codeList.optional().describe('ISO country codes'),
  caseType: codeList.optional(),
  status: codeList.optional().describe("A case's custody status, a commitment's rating, an ask's status, …"),
  issueArea: codeList.optional(),
  sourceType: codeList.optional().describe("A source's kind, for sources and their documents' pages"),
  from: partialDateSchema.optional().describe('Dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: partialDateSchema.optional().describe('Dated on or before'),
  order: z.enum(['relevance', 'date']).default('relevance'),
  offset: z.coerce.number().int().min(0).max(SEARCH_WINDOW).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  lang: languageTagSchema.optional().describe('Language for titles written in several'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const snippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });

export const searchHitSchema = z
  .object({
    recordType: z.string(),
    recordId: z.string(),
    page: z.number().int().nullable().describe("The page of the source's document the words are on"),
    documentId: z.string().nullable(),
    title: z.string().describe('Empty when you may not see the name'),
    part: z.string().describe('`record`, `page`, or the fields the words were found in'),
    snippet: z.array(snippetPartSchema).describe('The text as written, the matching words marked'),
    date: z.string().nullable().describe('The record’s date: YYYY, YYYY-MM or YYYY-MM-DD'),
    countries: z.array(z.string()),
    score: z.number(),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHitSchema>;

const facetValuesSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const searchFacetsSchema = z.object({
  type: facetValuesSchema,
  country: facetValuesSchema,
  caseType: facetValuesSchema,
  status: facetValuesSchema,
  issueArea: facetValuesSchema,
  sourceType: facetValuesSchema,
  year: facetValuesSchema,
});
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

export const searchResultSchema = z
  .object({
    count: z
      .number()
      .int()
      .describe(`Hits, exact up to ${SEARCH_WINDOW.toLocaleString('en')}`),
    more: z
      .boolean()
      .describe(
        `More hits than counted: shown as "${SEARCH_WINDOW.toLocaleString('en')}+"; ranked among those counted`,
      ),
    hits: z.array(searchHitSchema),
    facets: searchFacetsSchema.describe(
      'Counted over the hits counted, each facet as if its own filter were not set (the others apply)',
    ),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof searchResultSchema>;
