export interface RenderMeta {
  /** The document title: HTML `<title>`, DOCX and PDF metadata. */
  title: string;
  /** BCP 47 tag ('en', 'ru', 'kk', 'uz', 'uz-Cyrl'…): HTML lang, DOCX proofing language, PDF /Lang. */
  language: string;
  /** 'YYYY-MM-DD': the only timestamp written into DOCX and PDF (created and modified, midnight UTC). */
  date: string;
  /** Metadata only, e.g. 'Docket'. */
  author?: string;
}

export type OutputFormat = 'md' | 'html' | 'docx' | 'pdf';

/** The meta date as midnight UTC; a malformed date is a programming error, not user input. */
export function metaDate(meta: RenderMeta): Date {
  const date = new Date(`${meta.date}T00:00:00Z`);
  // The round trip also refuses days a month does not have, which Date would roll over.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== meta.date) {
    throw new RangeError(`RenderMeta.date must be YYYY-MM-DD, got ${JSON.stringify(meta.date)}`);
  }
  return date;
}
