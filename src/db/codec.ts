/** Reads and writes the column types that differ between SQLite and PostgreSQL. */

export function readBool(value: boolean | number | null | undefined): boolean {
  return value === true || value === 1;
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}

/** SQLite hands JSON back as text, PostgreSQL's jsonb already parsed. */
export function readJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** PostgreSQL returns count(*) as a bigint string. */
export function readCount(value: unknown): number {
  return Number(value ?? 0);
}
