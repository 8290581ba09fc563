/**
 * The briefing's one numbered list of sources: a source (at a locator) gets its number the first
 * time a fact cites it, in document order, and keeps it. Only sources every reader may see are
 * numbered; a fact whose sources are all hidden from the audience is shown uncited.
 */

export interface SourceRef {
  sourceId: string | null | undefined;
  locator?: string | null | undefined;
}

export interface NumberedSource {
  number: number;
  sourceId: string;
  locator: string | null;
}

export class FootnoteList {
  private readonly numbers = new Map<string, number>();
  readonly entries: NumberedSource[] = [];

  constructor(private readonly visibleSources: ReadonlySet<string>) {}

  /** The footnote numbers of these references, numbering new ones; hidden and missing sources dropped. */
  cite(...refs: readonly SourceRef[]): number[] {
    const cited: number[] = [];
    for (const { sourceId, locator } of refs) {
      if (!sourceId || !this.visibleSources.has(sourceId)) continue;
      const key = `${sourceId}\u0000${locator ?? ''}`;
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.entries.length + 1;
        this.numbers.set(key, number);
        this.entries.push({ number, sourceId, locator: locator ?? null });
      }
      if (!cited.includes(number)) cited.push(number);
    }
    return cited;
  }
}

/** Every `sourceId` held anywhere in these values (claims, steps, evidence, citations). */
export function sourceIdsIn(values: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sourceId' && typeof inner === 'string') found.add(inner);
        else visit(inner);
      }
    }
  };
  visit(values);
  return found;
}
