/** A short, readable rendering of any field value for side-by-side comparison. */
export function describeValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value.map((item) => describeItem(item)).join('\n');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    // Localized text and field levels read best as "key: value" lines.
    return entries.map(([key, inner]) => `${key}: ${describeItem(inner)}`).join('\n');
  }
  return String(value);
}

function describeItem(item: unknown): string {
  if (item === null || item === undefined) return '—';
  if (typeof item !== 'object') return String(item);
  const record = item as Record<string, unknown>;
  if (typeof record.text === 'string')
    return `${record.text}${record.kind ? ` (${String(record.kind)})` : ''}`;
  const parts = Object.entries(record)
    .filter(
      ([key, value]) =>
        key !== 'id' &&
        value !== null &&
        value !== undefined &&
        !(Array.isArray(value) && value.length === 0),
    )
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  return parts.join(', ');
}
