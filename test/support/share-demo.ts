import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.ts';
import { upsertGrant } from '../../src/modules/access/grant.store.ts';

/** The record tables a briefing or letter reads from, with their record types. */
const BRIEFING_SOURCES = {
  engagements: 'engagement',
  asks: 'ask',
  cases: 'case',
  persons: 'person',
  events: 'event',
  indicators: 'indicator',
  commitments: 'commitment',
  sources: 'source',
  citations: 'citation',
} as const;

/**
 * Shares every record a letter draws on with an organization (read, up to internal fields), as a
 * coalition would before drafting a letter for that partner: the letter then has something to say.
 */
export async function shareBriefingRecordsWith(db: Kysely<Schema>, orgId: string): Promise<void> {
  for (const [table, recordType] of Object.entries(BRIEFING_SOURCES)) {
    const rows = await db
      .selectFrom(table as keyof typeof BRIEFING_SOURCES)
      .select('id')
      .execute();
    for (const { id } of rows) {
      await upsertGrant(db, {
        id: crypto.randomUUID(),
        recordType,
        recordId: id,
        granteeType: 'org',
        granteeId: orgId,
        access: 'read',
        clearance: 'internal',
        createdAt: new Date().toISOString(),
        createdBy: 'operator',
      });
    }
  }
}
