import { Button, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import type { Engagement } from '../tracker/api.ts';
import { serverFieldErrors } from '../tracker/form-errors.ts';
import { useLabels } from '../tracker/labels.ts';
import { Section } from '../tracker/parts.tsx';
import { createLetter, LETTERS, type LetterRequest, letterKey, previewLetter } from './api.ts';
import { LettersList } from './LettersList.tsx';
import { EngagementHeader, PreviewPanel, WithEngagement } from './parts.tsx';
import { errorUnder, ScopeForm } from './ScopeFields.tsx';
import { initialScope, requestOf, type Scope } from './scope.ts';

/** `/engagements/:id/letter/new`: a coalition letter drafted from the data, previewed, then kept. */
export function NewLetterPage() {
  return <WithEngagement>{(engagement) => <NewLetterScreen engagement={engagement} />}</WithEngagement>;
}

function letterRequest(engagement: Engagement, scope: Scope, addressee: string, salutation: string) {
  const lines = addressee
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const request: LetterRequest = {
    ...requestOf(engagement, scope),
    ...(lines.length > 0 ? { addressee: lines } : {}),
    ...(salutation.trim() ? { salutation: salutation.trim() } : {}),
  };
  return request;
}

function NewLetterScreen({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('letters');
  const labels = useLabels();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [scope, setScope] = useState(() => initialScope(engagement, labels.language));
  const [addressee, setAddressee] = useState('');
  const [salutation, setSalutation] = useState('');
  const request = () => letterRequest(engagement, scope, addressee, salutation);
  const preview = useMutation({ mutationFn: () => previewLetter(request()) });
  const save = useMutation({
    mutationFn: () => createLetter(request()),
    onSuccess: (letter) => {
      client.setQueryData(letterKey(letter.id), letter);
      void client.invalidateQueries({ queryKey: [LETTERS, 'list'] });
      navigate(`/letters/${letter.id}`);
    },
  });
  const errors = serverFieldErrors(save.error ?? preview.error);
  return (
    <Stack gap="lg" maw={1100}>
      <EngagementHeader title={t('newLetter.title')} engagement={engagement} />
      <ScopeForm
        engagement={engagement}
        scope={scope}
        onChange={setScope}
        errors={errors}
        preview={preview}
        actions={
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('newLetter.save')}
          </Button>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('newLetter.addressee')}
            description={t('newLetter.addresseeHelp')}
            autosize
            minRows={3}
            value={addressee}
            error={errorUnder(errors, 'addressee')}
            onChange={(event) => setAddressee(event.currentTarget.value)}
          />
          <TextInput
            label={t('newLetter.salutation')}
            description={t('newLetter.salutationHelp')}
            value={salutation}
            error={errorUnder(errors, 'salutation')}
            onChange={(event) => setSalutation(event.currentTarget.value)}
          />
        </SimpleGrid>
        <ProblemAlert error={save.error} title={t('newLetter.saveFailed')} />
      </ScopeForm>
      <Section title={t('preview.title')}>
        <PreviewPanel
          title={preview.data?.title}
          markdown={preview.data?.markdown}
          error={preview.error}
          emptyHint={t('newLetter.emptyHint')}
        />
      </Section>
      <Section title={t('list.forEngagement')}>
        <LettersList engagementId={engagement.id} />
      </Section>
    </Stack>
  );
}
