import { Badge } from '@mantine/core';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { useFormat } from '../../i18n/format.ts';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { useDisplayNames } from '../records/form/languages.ts';
import { type DocumentInfo, type DocumentKind, useDocument } from './api.ts';

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

/** Roles that may add and redact documents: those that may write records (a document is a source). */
export const WRITER_ROLES: readonly string[] = ['administrator', 'editor', 'researcher'];

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

/** The document the address names (`/documents/:id…`), once loaded; "not found" for an unknown id. */
export function WithDocument({ children }: { children: (document: DocumentInfo) => ReactNode }) {
  const { id } = useParams();
  const document = useDocument(id);
  if (document.isPending) return <PageLoader />;
  if (document.isError) {
    if (isApiError(document.error) && [400, 404].includes(document.error.status)) return <NotFoundPage />;
    return <ProblemAlert error={document.error} />;
  }
  return children(document.data);
}
