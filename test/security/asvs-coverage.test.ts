/**
 * SECURITY.md maps every OWASP ASVS 5.0 requirement of level 1 and 2 to its status. This keeps the
 * mapping complete and honest against the requirement list in `docs/asvs/asvs-5.0.0.csv`: one row
 * per requirement and no other, a known status, the level the standard gives, and every file a row
 * cites (in backticks) present in the repository — a `tested` row citing at least one test file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/modules/import/csv.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const STATUSES = ['tested', 'by design', 'not applicable', 'not yet'];
/** The header of the mapping table, which tells it from the other tables of SECURITY.md. */
const HEADER = ['requirement', 'level', 'status', 'where / why'];

/** The level 1 and 2 requirements of the standard, by id (`V1.2.3`), with their level. */
function requirements(): Map<string, number> {
  const [header, ...rows] = parseCsv(readFileSync(join(ROOT, 'docs/asvs/asvs-5.0.0.csv'), 'utf8'));
  const id = header?.indexOf('req_id') ?? -1;
  const level = header?.indexOf('L') ?? -1;
  if (id < 0 || level < 0) throw new Error('docs/asvs/asvs-5.0.0.csv has no req_id or L column');
  const wanted = new Map<string, number>();
  for (const row of rows) {
    const reqId = row[id];
    if (!reqId) continue; // the blank line at the end of the file
    const reqLevel = Number(row[level]);
    if (reqLevel <= 2) wanted.set(reqId, reqLevel);
  }
  return wanted;
}

interface MappingRow {
  /** The line of SECURITY.md, for messages. */
  line: number;
  id: string;
  level: string;
  status: string;
  where: string;
}

/** A table row's cells, without the outer pipes; `\|` stays inside its cell. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The rows of the mapping table: the table whose header is HEADER. */
function mappingRows(): MappingRow[] {
  const lines = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8').split('\n');
  const start = lines.findIndex(
    (line) => line.trim().startsWith('|') && cells(line).join('|').toLowerCase() === HEADER.join('|'),
  );
  if (start < 0) throw new Error(`SECURITY.md has no table headed | ${HEADER.join(' | ')} |`);
  const rows: MappingRow[] = [];
  for (let i = start + 1; i < lines.length && lines[i]?.trim().startsWith('|'); i++) {
    const [id = '', level = '', status = '', where = '', ...rest] = cells(lines[i] ?? '');
    if (/^:?-+:?$/.test(id)) continue; // the delimiter row
    if (rest.length > 0) throw new Error(`SECURITY.md line ${i + 1} has more than ${HEADER.length} cells`);
    rows.push({ line: i + 1, id: id.replace(/^`|`$/g, ''), level, status, where });
  }
  return rows;
}

/**
 * Repository paths a cell cites in backticks: a file with an extension below a folder
 * (`src/x.ts`) or a folder (`src/cli/`). Media types, packages and routes are not paths.
 */
function citedPaths(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)]
    .map((match) => match[1] ?? '')
    .filter((span) => /^[\w-][\w.-]*(\/[\w.-]+)*(\/|\/[\w.-]*\.\w+)$/.test(span));
}

describe('SECURITY.md’s OWASP ASVS 5.0 mapping', () => {
  const wanted = requirements();
  const rows = mappingRows();
  const label = (row: MappingRow) => `${row.id} (SECURITY.md line ${row.line})`;

  it('reads the standard’s level 1 and 2 requirements and a table of rows', () => {
    expect(wanted.size).toBeGreaterThan(200);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('has a row for every level 1 and 2 requirement', () => {
    const mapped = new Set(rows.map((row) => row.id));
    expect([...wanted.keys()].filter((id) => !mapped.has(id))).toEqual([]);
  });

  it('has rows only for level 1 and 2 requirements', () => {
    expect(rows.filter((row) => !wanted.has(row.id)).map(label)).toEqual([]);
  });

  it('has one row per requirement', () => {
    const first = new Map<string, MappingRow>();
    const duplicates: string[] = [];
    for (const row of rows) {
      const earlier = first.get(row.id);
      if (earlier) duplicates.push(`${label(row)} repeats line ${earlier.line}`);
      else first.set(row.id, row);
    }
    expect(duplicates).toEqual([]);
  });

  it('gives each row the standard’s level, a known status and a reason', () => {
    const wrong = rows.flatMap((row) => {
      const problems: string[] = [];
      const level = wanted.get(row.id);
      if (level !== undefined && row.level !== String(level))
        problems.push(`level ${row.level}, not ${level}`);
      if (!STATUSES.includes(row.status))
        problems.push(`status "${row.status}" is not one of ${STATUSES.join(', ')}`);
      if (row.where === '') problems.push('no where / why');
      return problems.map((problem) => `${label(row)}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it('cites only files that exist, and a test file for every tested row', () => {
    const wrong = rows.flatMap((row) => {
      const paths = citedPaths(row.where);
      const problems = paths.filter((path) => !existsSync(join(ROOT, path))).map((path) => `no ${path}`);
      if (row.status === 'tested' && !paths.some((path) => /\.test\.ts$/.test(path))) {
        problems.push('tested, but cites no test file');
      }
      return problems.map((problem) => `${label(row)}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });
});
