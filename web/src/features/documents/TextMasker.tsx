import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPage } from './api.ts';
import classes from './documents.module.css';
import type { Mask, TextMask } from './redaction-api.ts';
import {
  maskedSpans,
  occurrences,
  offsetsWithin,
  splitBySpans,
  widenToCharacters,
} from './redaction-masks.ts';

/**
 * One page's text to mask: a selection made with the mouse (or with caret browsing) becomes a span
 * of offsets into the page's text, and a word or phrase typed becomes a mask of its every occurrence.
 * Masked runs are shown blacked and struck through, their characters kept so offsets still count.
 */
export function TextMasker({
  page,
  masks,
  language,
  onAdd,
}: {
  page: DocumentPage;
  masks: readonly Mask[];
  language: string | null;
  onAdd: (mask: TextMask) => void;
}) {
  const { t } = useTranslation('documents');
  const container = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [match, setMatch] = useState('');
  const text = page.text;
  const parts = splitBySpans(text, maskedSpans(masks, page.number, text));

  const maskSelection = () => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const span = range && container.current ? offsetsWithin(container.current, range) : null;
    if (!span) {
      setHint(t('redact.text.selectFirst'));
      return;
    }
    const { start, end } = widenToCharacters(text, span);
    setHint(null);
    selection?.removeAllRanges();
    onAdd({ page: page.number, kind: 'text', start, end });
  };
  const maskMatch = (event: FormEvent) => {
    event.preventDefault();
    const words = match.trim();
    if (!words) return;
    if (occurrences(text, words).length === 0) {
      setHint(t('redact.text.notOnPage', { match: words }));
      return;
    }
    setHint(null);
    setMatch('');
    onAdd({ page: page.number, kind: 'text', match: words });
  };

  if (text.trim() === '') {
    return (
      <Text size="sm" c="dimmed">
        {t('page.noText')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm">{t('redact.text.help')}</Text>
      <Paper withBorder p="md" radius="md">
        <div
          ref={container}
          className={classes.pageText}
          data-testid="redact-text"
          lang={language ?? undefined}
        >
          {parts.map((part) =>
            part.masked ? (
              <del key={part.start} className={classes.masked} data-testid="masked-span">
                {text.slice(part.start, part.end)}
              </del>
            ) : (
              text.slice(part.start, part.end)
            ),
          )}
        </div>
      </Paper>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {/* Pressing the button must not take the selection away before it is read. */}
        <Button variant="light" onMouseDown={(event) => event.preventDefault()} onClick={maskSelection}>
          {t('redact.text.maskSelection')}
        </Button>
        <form onSubmit={maskMatch}>
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('redact.text.match')}
              value={match}
              onChange={(event) => setMatch(event.currentTarget.value)}
              w={260}
              maxLength={1000}
            />
            <Button type="submit" variant="light" disabled={match.trim() === ''}>
              {t('redact.text.maskMatch')}
            </Button>
          </Group>
        </form>
      </Group>
      {hint ? (
        <Alert color="yellow" role="status" data-testid="mask-hint">
          {hint}
        </Alert>
      ) : null}
    </Stack>
  );
}
