import { Badge } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useDisplayNames } from '../records/form/languages.ts';
import type { DocumentInfo, DocumentKind } from './api.ts';

/** Formats known by their own names in every language; the other kinds are words, translated. */
const FORMAT_NAMES: Partial<Record<DocumentKind, string>> = {
  pdf: 'PDF',
  html: 'HTML',
  docx: 'DOCX',
  markdown: 'Markdown',
};

export function useKindLabel(): (kind: DocumentKind) => string {
  const { t } = useTranslation('documents');
  return useCallback((kind) => FORMAT_NAMES[kind] ?? t(`kind.${kind}`), [t]);
}

/** Decimal steps, as the unit names Intl writes ("kB", "MB") mean. */
const UNITS = [
  ['gigabyte', 1000 ** 3],
  ['megabyte', 1000 ** 2],
  ['kilobyte', 1000],
] as const;

/** A size in bytes as people read it ("1.4 MB"), in the interface language. */
export function useFileSize(): (bytes: number) => string {
  const { locale } = useFormat();
  return useCallback(
    (bytes) => {
      const [unit, size] = UNITS.find(([, step]) => bytes >= step) ?? ['byte', 1];
      const format = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        // "39 bytes" rather than the short form's "39 byte".
        unitDisplay: unit === 'byte' ? 'long' : 'short',
        maximumFractionDigits: unit === 'byte' ? 0 : 1,
      });
      return format.format(bytes / size);
    },
    [locale],
  );
}

/** The language detected in a document's text, named in the interface language. */
export function useLanguageName(): (code: string | null) => string {
  const { t } = useTranslation('documents');
  const names = useDisplayNames();
  return useCallback((code) => (code ? names.language(code) : t('facts.noLanguage')), [names, t]);
}

/** Shown only for a document some page of which still waits for its text to be recognised. */
export function NeedsOcrBadge({ status }: { status: DocumentInfo['status'] }) {
  const { t } = useTranslation('documents');
  if (status !== 'needs-ocr') return null;
  return (
    <Badge color="orange" variant="light" maw="none" data-testid="needs-ocr">
      {t('status.needsOcr')}
    </Badge>
  );
}
