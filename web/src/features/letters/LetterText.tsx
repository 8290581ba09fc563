import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { useNotify } from '../records/shared/notify.ts';
import { isConflict, serverFieldErrors } from '../tracker/form-errors.ts';
import { ConflictAlert, Section } from '../tracker/parts.tsx';
import { type Letter, letterKey, saveVersion } from './api.ts';
import classes from './letters.module.css';
import { MarkdownView } from './MarkdownView.tsx';

/**
 * The letter's current text, rendered, and for its managers an editor of the Markdown: saving keeps
 * a new version (the earlier ones stay), on the letter's version as read, so a concurrent change is
 * refused and nothing typed here is lost.
 */
export function LetterText({ letter, onReload }: { letter: Letter; onReload: () => void }) {
  const { t } = useTranslation('letters');
  const client = useQueryClient();
  const notify = useNotify();
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: (markdown: string) =>
      saveVersion(letter.id, {
        version: letter.version,
        markdown,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (updated) => {
      client.setQueryData(letterKey(letter.id), updated);
      setDraft(null);
      setNote('');
      notify(t('text.saved', { version: updated.currentVersion }));
    },
  });
  const canEdit = letter.abilities.manage && letter.status !== 'final';
  const errors = serverFieldErrors(save.error);
  return (
    <Section
      title={t('text.title', { version: letter.currentVersion })}
      testId="letter-text"
      actions={
        canEdit && draft === null ? (
          <Button size="xs" variant="light" onClick={() => setDraft(letter.markdown)}>
            {t('text.edit')}
          </Button>
        ) : null
      }
    >
      {draft === null ? (
        <MarkdownView markdown={letter.markdown} headingLevel={3} label={letter.title} />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(draft);
          }}
        >
          <Stack gap="sm">
            <Textarea
              className={classes.editor}
              label={t('text.markdown')}
              description={letter.status === 'circulating' ? t('text.reconfirm') : t('text.markdownHelp')}
              autosize
              minRows={12}
              maxRows={40}
              value={draft}
              error={errors.markdown}
              onChange={(event) => setDraft(event.currentTarget.value)}
            />
            <TextInput
              label={t('text.note')}
              description={t('text.noteHelp')}
              maxLength={500}
              value={note}
              error={errors.note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            {isConflict(save.error) ? (
              <ConflictAlert
                onReload={() => {
                  save.reset();
                  onReload();
                }}
              />
            ) : (
              <ProblemAlert error={save.error} title={t('text.saveFailed')} />
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('text.save')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setDraft(null);
                  save.reset();
                }}
              >
                {t('cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
