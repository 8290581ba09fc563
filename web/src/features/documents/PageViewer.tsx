import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { InlineLoader } from '../letters/parts.tsx';
import { type DocumentInfo, useDocumentPage } from './api.ts';
import { PageText } from './PageText.tsx';

/** The page asked for in the address, kept within the document. */
export function pageFrom(value: string | null, pageCount: number): number {
  const number = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(number) || number < 1) return 1;
  return Math.min(number, Math.max(pageCount, 1));
}

/** Previous, next, and a page by its number; each a change of the address, so links and Back work. */
export function PageNavigation({
  current,
  pageCount,
  onGo,
}: {
  current: number;
  pageCount: number;
  onGo: (page: number) => void;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const [typed, setTyped] = useState<string | number>(current);
  useEffect(() => setTyped(current), [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = typeof typed === 'number' ? typed : Number.parseInt(typed, 10);
    if (Number.isFinite(number)) onGo(Math.min(Math.max(1, Math.trunc(number)), pageCount));
  };
  return (
    <Group component="nav" aria-label={t('page.navigation')} gap="sm" align="flex-end" wrap="wrap">
      <Button variant="default" disabled={current <= 1} onClick={() => onGo(current - 1)}>
        {t('page.previous')}
      </Button>
      <Button variant="default" disabled={current >= pageCount} onClick={() => onGo(current + 1)}>
        {t('page.next')}
      </Button>
      <form onSubmit={submit}>
        <Group gap="xs" align="flex-end">
          <NumberInput
            label={t('page.number')}
            value={typed}
            onChange={setTyped}
            min={1}
            max={pageCount}
            allowDecimal={false}
            allowNegative={false}
            w={110}
          />
          <Button type="submit" variant="light">
            {t('page.go')}
          </Button>
        </Group>
      </form>
      <Text size="sm" c="dimmed" pb={8} data-testid="page-of">
        {t('page.of', { page: format.number(current), total: format.number(pageCount) })}
      </Text>
    </Group>
  );
}

/** A document's text, one page at a time, at the page and quote the address names. */
export function PageViewer({ document }: { document: DocumentInfo }) {
  const [params, setParams] = useSearchParams();
  const current = pageFrom(params.get('page'), document.pageCount);
  const quote = params.get('quote')?.trim() || null;
  const page = useDocumentPage(document.id, current, document.pageCount > 0);
  const go = (number: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(number));
    setParams(next);
  };
  return (
    <Stack gap="sm">
      {document.pageCount > 1 ? (
        <PageNavigation current={current} pageCount={document.pageCount} onGo={go} />
      ) : null}
      {page.isPending ? <InlineLoader /> : null}
      {page.isError ? <ProblemAlert error={page.error} /> : null}
      {page.data ? <PageText page={page.data} quote={quote} language={document.language} /> : null}
    </Stack>
  );
}
