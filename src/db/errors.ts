/** Recognizes a unique-constraint violation on one column, whichever driver raised it. */
export function isUniqueViolation(error: unknown, table: string, column: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  // PostgreSQL names the constraint `<table>_<column>_key`; SQLite says "UNIQUE constraint failed: t.c".
  if (code === '23505') return constraint === `${table}_${column}_key`;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return String(message).includes(`${table}.${column}`);
  return false;
}
