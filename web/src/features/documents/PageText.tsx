import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPage } from './api.ts';
import classes from './documents.module.css';
import { findQuote } from './find-quote.ts';

/**
 * A page's text as it was read (or recognised), its line breaks kept; the quote a citation gave,
 * when found on the page, marked and brought into view.
 */
export function PageText({
  page,
  quote,
  language,
}: {
  page: DocumentPage;
  quote: string | null;
  /** The language detected in the document, so a screen reader reads the page in it. */
  language: string | null;
}) {
  const { t } = useTranslation('documents');
  const mark = useRef<HTMLElement>(null);
  const match = useMemo(() => (quote ? findQuote(page.text, quote) : null), [page.text, quote]);
  useEffect(() => {
    if (match) mark.current?.scrollIntoView({ block: 'center' });
  }, [match]);
  const text = page.text;
  return (
    <Stack gap="xs">
      {page.ocr ? (
        <Group gap="xs">
          <Badge color="grape" variant="light" maw="none" data-testid="ocr-badge">
            {t('page.ocr')}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('page.ocrHelp')}
          </Text>
        </Group>
      ) : null}
      {quote && !match ? (
        <Alert color="yellow" data-testid="quote-not-found">
          {t('page.quoteNotFound')}
        </Alert>
      ) : null}
      <Paper withBorder p="md" radius="md">
        {text.trim() === '' ? (
          <Text size="sm" c="dimmed">
            {t('page.noText')}
          </Text>
        ) : (
          <div className={classes.pageText} data-testid="page-text" lang={language ?? undefined}>
            {match ? (
              <>
                {text.slice(0, match.start)}
                <mark ref={mark} className={classes.mark} data-testid="quote-mark">
                  {text.slice(match.start, match.end)}
                </mark>
                {text.slice(match.end)}
              </>
            ) : (
              text
            )}
          </div>
        )}
      </Paper>
    </Stack>
  );
}
