/** The few words the renderers add themselves, in the document's language (English otherwise). */
export interface RenderLabels {
  notesHeading: string;
  backToReference: (number: number) => string;
}

const ENGLISH: RenderLabels = { notesHeading: 'Notes', backToReference: (n) => `Back to reference ${n}` };

/** Keyed by lower-case language tag: tags are case-insensitive. */
const LABELS: Record<string, RenderLabels> = {
  en: ENGLISH,
  ru: { notesHeading: 'Примечания', backToReference: (n) => `Назад к ссылке ${n}` },
  kk: { notesHeading: 'Ескертпелер', backToReference: (n) => `${n}-сілтемеге оралу` },
  uz: { notesHeading: 'Izohlar', backToReference: (n) => `${n}-havolaga qaytish` },
  'uz-cyrl': { notesHeading: 'Изоҳлар', backToReference: (n) => `${n}-ҳаволага қайтиш` },
};

/** The longest matching prefix of the tag: uz-Cyrl-UZ → uz-cyrl, uz-Latn → uz. */
export function labelsFor(language: string): RenderLabels {
  const subtags = language.toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const labels = LABELS[subtags.slice(0, length).join('-')];
    if (labels) return labels;
  }
  return ENGLISH;
}
