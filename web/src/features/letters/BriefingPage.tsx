import { Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import type { Engagement } from '../tracker/api.ts';
import { serverFieldErrors } from '../tracker/form-errors.ts';
import { useLabels } from '../tracker/labels.ts';
import { Section } from '../tracker/parts.tsx';
import { type DocumentFormat, downloadBriefing, previewBriefing } from './api.ts';
import { EngagementHeader, FormatButtons, PreviewPanel, WithEngagement } from './parts.tsx';
import { ScopeForm } from './ScopeFields.tsx';
import { initialScope, requestOf } from './scope.ts';

/** `/engagements/:id/briefing`: a briefing as of a day, for an audience, previewed and exported. */
export function BriefingPage() {
  return <WithEngagement>{(engagement) => <BriefingScreen engagement={engagement} />}</WithEngagement>;
}

function BriefingScreen({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('letters');
  const labels = useLabels();
  const [scope, setScope] = useState(() => initialScope(engagement, labels.language));
  const preview = useMutation({ mutationFn: () => previewBriefing(requestOf(engagement, scope)) });
  const download = useMutation({
    mutationFn: (format: DocumentFormat) => downloadBriefing({ ...requestOf(engagement, scope), format }),
  });
  const errors = serverFieldErrors(preview.error ?? download.error);
  return (
    <Stack gap="lg" maw={1100}>
      <EngagementHeader title={t('briefing.title')} engagement={engagement} />
      <ScopeForm
        engagement={engagement}
        scope={scope}
        onChange={setScope}
        errors={errors}
        preview={preview}
      />
      <Section
        title={t('preview.title')}
        actions={
          <FormatButtons
            label={t('export.label')}
            busy={download.isPending ? (download.variables ?? null) : null}
            onDownload={(format) => download.mutate(format)}
          />
        }
      >
        <Stack gap="sm">
          <ProblemAlert error={download.error} title={t('export.failed')} />
          <PreviewPanel
            markdown={preview.data?.markdown}
            error={preview.error}
            emptyHint={t('briefing.emptyHint')}
          />
        </Stack>
      </Section>
    </Stack>
  );
}
