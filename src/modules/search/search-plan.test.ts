import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import type { Visibility } from '../access/record.policy.ts';
import { parseQuery } from './query-syntax.ts';
import { type IndexEntry, NO_FACETS } from './search-entry.ts';
import { insertEntries } from './search-index.store.ts';
import { matchesSql } from './search-query.store.ts';

/**
 * The query shapes that keep search fast, checked in the engines' own plans: the text index leads,
 * each match reaches its entry by key, the permission filter is applied row by row as matches
 * stream, and nothing sorts or ranks every match of a broad term (the window's LIMIT ends the scan).
 */

const partner: Visibility = {
  kind: 'scoped',
  memberOwners: [],
  memberLevels: [],
  userId: 'user-p',
  orgId: 'org-p',
  callerClearance: 'confidential',
};

function entry(index: number): IndexEntry {
  // Every entry has "common"; one in a thousand has "rare".
  const words = ['common', `word${index % 50}`, index % 1000 === 7 ? 'rare' : 'other'];
  return {
    recordType: 'source',
    recordId: `00000000-0000-7000-8000-${String(index).padStart(12, '0')}`,
    sensitivity: index % 3 === 0 ? 'public' : 'internal',
    isPublished: index % 2 === 0,
    ownerOrgId: null,
    facets: { ...NO_FACETS, countries: [index % 2 ? 'UZ' : 'KZ'] },
    part: 'record',
    page: null,
    fieldLevel: 'public',
    publicBasis: true,
    text: words.join(' '),
    keepText: true,
  };
}

const filters = { countries: ['UZ'], types: ['source', 'case'] };

describeEachDialect('search query plans', (db, dialect) => {
  it.runIf(dialect === 'sqlite')(
    'drives from FTS5 in rowid order, with no sort and no scan of entries',
    async () => {
      const ctx = db().context();
      for (const term of ['rare', 'common', '"common word1"', 'wor*']) {
        const query = matchesSql('sqlite', parseQuery(term), partner, filters, 10_001);
        const plan = (await sql<{ detail: string }>`explain query plan ${query}`.execute(ctx.db)).rows.map(
          (row) => row.detail,
        );
        expect(plan[0], term).toMatch(/^SCAN search_fts VIRTUAL TABLE INDEX/);
        expect(plan, term).toContain('SEARCH e USING INTEGER PRIMARY KEY (rowid=?)');
        expect(plan.join('\n'), term).not.toMatch(/TEMP B-TREE|SCAN e\b|SCAN g\b/);
      }
    },
  );

  it.runIf(dialect === 'postgres')(
    'uses the GIN index for a rare term and never sorts the matches',
    async () => {
      const ctx = db().context();
      await insertEntries(
        ctx.db,
        'postgres',
        Array.from({ length: 3000 }, (_, index) => entry(index)),
      );
      await sql`analyze search_entries`.execute(ctx.db);
      const planOf = async (term: string) => {
        const query = matchesSql('postgres', parseQuery(term), partner, filters, 10_001);
        const rows = (await sql<{ 'QUERY PLAN': unknown }>`explain (format json) ${query}`.execute(ctx.db))
          .rows;
        return JSON.stringify(rows[0]?.['QUERY PLAN']);
      };
      const rare = await planOf('rare');
      expect(rare).toContain('"Index Name":"search_entries_tsv"');
      for (const term of ['rare', 'common', '"common word1"', 'wor*']) {
        const plan = await planOf(term);
        expect(plan, term).toMatch(/^\[\{"Plan":\{"Node Type":"Limit"/);
        expect(plan, term).not.toContain('"Node Type":"Sort"');
      }
    },
  );
});
