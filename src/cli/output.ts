import { type DocketError, isDocketError, validationError } from '../core/errors.ts';

/** A readable error for the terminal: title, detail and one line per field. */
export function formatError(error: unknown): string {
  if (isDocketError(error)) {
    const lines = [`error: ${error.title}${error.detail ? ` — ${error.detail}` : ''}`];
    for (const field of error.errors) lines.push(`  ${field.path || '(input)'}: ${field.message}`);
    return lines.join('\n');
  }
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Left-aligned columns; cells are cut to `max` characters so one long name cannot wreck the table. */
export function table(rows: string[][], max = 60): string {
  const cut = rows.map((row) => row.map((cell) => (cell.length > max ? `${cell.slice(0, max - 1)}…` : cell)));
  const widths = cut[0]?.map((_, i) => Math.max(...cut.map((row) => [...(row[i] ?? '')].length))) ?? [];
  return cut
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length),
        )
        .join('  '),
    )
    .join('\n');
}

/** A bad command-line option: exits 2 and names the option, like bad input from the API. */
export function usageError(option: string, message: string): DocketError {
  return validationError([{ path: `--${option}`, message }], 'The command has invalid options');
}

/**
 * Ends a command with this exit status after it has printed its own report (some files of a batch
 * failed, or it was interrupted): not an error to print again.
 */
export class ExitStatus extends Error {
  constructor(readonly status: number) {
    super(`exit status ${status}`);
    this.name = 'ExitStatus';
  }
}
