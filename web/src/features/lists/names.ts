/** A name of a record in one script (persons, organizations, events, proceedings, instruments). */
export interface RecordName {
  text: string;
  script: string;
  language: string | null;
  kind: 'primary' | 'alias' | 'former';
}

/** The name a record goes by: its primary name, else its first. */
export function primaryName(names: readonly RecordName[] | null | undefined): RecordName | undefined {
  if (!names) return undefined;
  return names.find((name) => name.kind === 'primary') ?? names[0];
}

/** Every other name, primary first removed, in the order recorded. */
export function otherNames(names: readonly RecordName[] | null | undefined): RecordName[] {
  const primary = primaryName(names);
  return (names ?? []).filter((name) => name !== primary);
}

/** The `lang` attribute of a name, so screen readers pronounce it in its language. */
export function nameLang(name: RecordName): string | undefined {
  if (name.language) return name.language;
  return undefined;
}
