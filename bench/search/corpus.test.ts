import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_ORG_IDS,
  type CorpusPage,
  type CorpusRecord,
  corpusDocuments,
  corpusGrants,
  corpusPages,
  corpusRecords,
  querySets,
} from './corpus.ts';
import { foldForCount } from './vocabulary.ts';

/**
 * The corpus at a hundredth of its size (2,000 pages, 10,000 records): the ratios the benchmark
 * relies on hold at any scale, so checking them small is checking them.
 */

const PAGES = 2_000;
const RECORDS = 10_000;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['ʻʼ‘’`´][\p{L}\p{N}\p{M}]+)*/gu;

function allPages(seed?: number): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const document of corpusDocuments({ seed, pages: PAGES }))
    pages.push(...corpusPages(document, { seed, pages: PAGES }));
  return pages;
}

function digest(items: Iterable<unknown>): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(JSON.stringify(item));
  return hash.digest('hex');
}

const pages = allPages();
const words = pages.map((page) => Array.from(page.text.matchAll(WORD), (m) => foldForCount(m[0])));
const wordSets = words.map((list) => new Set(list));
const queries = querySets({ pages: PAGES });

/** Pages holding the word (folded for case and apostrophes). */
function pagesWith(term: string): number {
  const key = foldForCount(term);
  return wordSets.filter((set) => set.has(key)).length;
}

describe('the search corpus, small', () => {
  it('is the same for the same seed, and another for another seed', () => {
    expect(digest(allPages())).toBe(digest(pages));
    expect(digest(allPages(7))).not.toBe(digest(pages));
    const records = () => corpusRecords({ count: 2_000 });
    expect(digest(records())).toBe(digest(records()));
    expect(digest(corpusGrants({ count: RECORDS }))).toBe(digest(corpusGrants({ count: RECORDS })));
    expect(querySets({ pages: PAGES })).toEqual(queries);
  });

  it('has exactly the pages asked for, ~1,500 characters each within 600–2,600, in documents of 1–80 pages', () => {
    expect(pages).toHaveLength(PAGES);
    expect(new Set(pages.map((p) => p.pageIndex)).size).toBe(PAGES);
    const lengths = pages.map((p) => p.text.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / PAGES;
    expect(mean).toBeGreaterThan(1_400);
    expect(mean).toBeLessThan(1_600);
    // Planted words may push a page a little past its drawn length.
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(600);
    expect(Math.max(...lengths)).toBeLessThan(2_800);
    const documents = [...corpusDocuments({ pages: PAGES })];
    expect(documents.every((d) => d.pageCount >= 1 && d.pageCount <= 80)).toBe(true);
    expect(PAGES / documents.length).toBeGreaterThan(15);
    expect(PAGES / documents.length).toBeLessThan(35);
  });

  it('has the common term on at least 60 % of pages', () => {
    expect(pagesWith(queries.common) / PAGES).toBeGreaterThanOrEqual(0.6);
    expect(pagesWith(queries.common)).toBeGreaterThanOrEqual(queries.plantedPages.common);
  });

  it('has each rare term on exactly its planted pages, a few', () => {
    expect(queries.rare).toHaveLength(20);
    queries.rare.forEach((term, k) => {
      expect(pagesWith(term), term).toBe(queries.plantedPages.rare[k]);
      expect(pagesWith(term), term).toBeGreaterThanOrEqual(3);
      expect(pagesWith(term), term).toBeLessThanOrEqual(5);
    });
  });

  it('has each mid-frequency term on exactly its planted pages, 0.5 %–3 % of them', () => {
    expect(queries.mid).toHaveLength(20);
    queries.mid.forEach((term, k) => {
      const share = pagesWith(term) / PAGES;
      expect(pagesWith(term), term).toBe(queries.plantedPages.mid[k]);
      expect(share, term).toBeGreaterThanOrEqual(0.005);
      expect(share, term).toBeLessThanOrEqual(0.03);
    });
  });

  it('has each AND pair together on a few pages', () => {
    queries.and.forEach(([a, b], k) => {
      const [ka, kb] = [foldForCount(a), foldForCount(b)];
      const both = wordSets.filter((set) => set.has(ka) && set.has(kb)).length;
      expect(both, `${a} ${b}`).toBe(queries.plantedPages.and[k]);
      expect(both, `${a} ${b}`).toBeGreaterThanOrEqual(2);
      // At full scale this stays within a few hundred pages.
      expect(both / PAGES, `${a} ${b}`).toBeLessThan(0.002);
    });
  });

  it('has every phrase, word after word, on at least 5 pages', () => {
    queries.phrases.forEach((phrase, k) => {
      const keys = phrase.split(' ').map(foldForCount);
      const found = words.filter((list) =>
        list.some((_, t) => keys.every((key, i) => list[t + i] === key)),
      ).length;
      expect(found, phrase).toBeGreaterThanOrEqual(Math.max(5, queries.plantedPages.phrases[k] ?? 0));
    });
  });

  it('has prefixes of 3–6 letters of the rare and mid terms', () => {
    const terms = [...queries.rare, ...queries.mid].map(foldForCount);
    for (const prefix of queries.prefixes) {
      expect([...foldForCount(prefix)].length, prefix).toBeGreaterThanOrEqual(3);
      expect([...foldForCount(prefix)].length, prefix).toBeLessThanOrEqual(6);
      expect(
        terms.some((t) => t.startsWith(foldForCount(prefix))),
        prefix,
      ).toBe(true);
    }
  });

  it('plants the persons under each spelling, on the pages it says', () => {
    for (const [k, name] of queries.names.entries()) {
      expect(pagesWith(name), name).toBe(queries.plantedPages.names[k]);
    }
    expect(pagesWith('Oʻtkirov')).toBeGreaterThan(0);
    expect(pagesWith('Уткиров')).toBeGreaterThan(0);
    expect(pagesWith('Мамай')).toBeGreaterThan(0);
  });

  it('writes Cyrillic, Latin, the Kazakh and Uzbek letters, and every apostrophe form', () => {
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toMatch(/\p{Script=Cyrillic}/u);
    expect(text).toMatch(/[a-z]/);
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'ў', 'ҳ'])
      expect(text, letter).toContain(letter);
    for (const mark of ['ʻ', 'ʼ', "'", '‘', '’', '`'])
      expect(text, mark).toMatch(new RegExp(`\\p{L}${mark}\\p{L}`, 'u'));
    const languages = new Set(pages.map((p) => p.language));
    expect(languages).toEqual(new Set(['ru', 'kk', 'uz-Latn', 'uz-Cyrl', 'en']));
    // Some pages of Cyrillic documents quote Latin script.
    const mixed = pages.filter(
      (p) => p.language === 'ru' && /[a-z]{3}/.test(p.text.split('\n\n').slice(1).join(' ')),
    );
    expect(mixed.length).toBeGreaterThan(0);
    // Russian forms of one word, for stemming to join.
    for (const form of ['задержан', 'задержали', 'задержания'])
      expect(pagesWith(form), form).toBeGreaterThan(0);
  });
});

describe('the records and grants, small', () => {
  const records: CorpusRecord[] = [...corpusRecords({ count: RECORDS })];
  const share = (test: (r: CorpusRecord) => boolean) => records.filter(test).length / RECORDS;

  it('are as many as asked, with unique 36-character ids', () => {
    expect(records).toHaveLength(RECORDS);
    expect(new Set(records.map((r) => r.recordId)).size).toBe(RECORDS);
    expect(records.every((r) => r.recordId.length === 36)).toBe(true);
  });

  it('have persons and cases most common, and the intended visibility mix', () => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r.recordType, (counts.get(r.recordType) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([type]) => type);
    expect(ranked.slice(0, 2)).toEqual(['person', 'case']);
    expect(counts.size).toBe(12);
    expect(share((r) => r.sensitivity === 'public')).toBeCloseTo(0.3, 1);
    expect(share((r) => r.sensitivity === 'internal')).toBeCloseTo(0.52, 1);
    expect(share((r) => r.sensitivity === 'confidential')).toBeCloseTo(0.15, 1);
    expect(share((r) => r.isPublished)).toBeCloseTo(0.25, 1);
    expect(share((r) => r.ownerOrgId === null)).toBeCloseTo(0.15, 1);
  });

  it('have a short public text, and names in two scripts for persons', () => {
    for (const r of records) {
      const text = r.texts.find((t) => t.part === 'record');
      expect(text?.fieldLevel).toBe('public');
      expect(text?.text.length).toBeGreaterThanOrEqual(50);
      expect(text?.text.length).toBeLessThanOrEqual(300);
    }
    const persons = records.filter((r) => r.recordType === 'person');
    for (const person of persons) {
      const names = person.texts.find((t) => t.part === 'names')?.text ?? '';
      expect(names, names).toMatch(/\p{Script=Cyrillic}/u);
      expect(names, names).toMatch(/\p{Script=Latin}/u);
    }
    const basis = persons.filter((p) => p.texts.find((t) => t.part === 'names')?.publicBasis).length;
    expect(basis / persons.length).toBeCloseTo(0.7, 1);
    expect(persons.some((p) => p.texts.some((t) => t.part === 'contacts'))).toBe(true);
  });

  it('grant records owned by one organization to another organization or a user', () => {
    const grants = corpusGrants({ count: RECORDS });
    expect(grants).toHaveLength(RECORDS * 0.02);
    const byId = new Map(records.map((r) => [r.recordId, r]));
    for (const grant of grants) {
      const record = byId.get(grant.recordId);
      expect(record?.recordType).toBe(grant.recordType);
      expect(record?.ownerOrgId).not.toBeNull();
      if (grant.granteeType === 'org') {
        expect(grant.granteeId).not.toBe(record?.ownerOrgId);
        expect(CORPUS_ORG_IDS).toContain(grant.granteeId);
      }
    }
  });
});
