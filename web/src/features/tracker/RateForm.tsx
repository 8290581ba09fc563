import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPartialDate } from '../../../../src/core/partial-date.ts';
import { rateCommitmentSchema } from '../../../../src/modules/commitments/commitment.schema.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SourceSelect } from '../records/form/SourceSelect.tsx';
import { type Commitment, commitmentKey, type RateBody, rateCommitment, TRACKER } from './api.ts';
import { type FieldErrors, isConflict, serverFieldErrors, validate } from './form-errors.ts';
import { useLabels } from './labels.ts';
import { ConflictAlert } from './parts.tsx';
import { scaleOf, today } from './ratings.ts';

interface EvidenceDraft {
  key: number;
  sourceId: string | null;
  locator: string;
  summary: string;
}

let nextKey = 0;
const emptyEvidence = (): EvidenceDraft => ({ key: nextKey++, sourceId: null, locator: '', summary: '' });

/**
 * A new rating on the version of the commitment the page shows: the scale of its kind, the day the
 * judgement holds from, the rationale, and at least one source. Nothing typed is lost on a refusal.
 */
export function RateForm({ commitment, onReload }: { commitment: Commitment; onReload: () => void }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  const client = useQueryClient();
  const [rating, setRating] = useState<string | null>(null);
  const [ratedOn, setRatedOn] = useState(today());
  const [rationale, setRationale] = useState('');
  const [evidence, setEvidence] = useState<EvidenceDraft[]>([emptyEvidence()]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const scale = scaleOf(commitment.kind);

  const body = {
    version: commitment.version,
    rating,
    ratedOn: ratedOn.trim(),
    rationale,
    evidence: evidence
      .filter((item) => item.sourceId)
      .map((item) => ({
        sourceId: item.sourceId,
        ...(item.locator.trim() ? { locator: item.locator.trim() } : {}),
        ...(item.summary.trim() ? { summary: item.summary.trim() } : {}),
      })),
  };
  const save = useMutation({
    mutationFn: () => rateCommitment(commitment.id, body as RateBody),
    onSuccess: (updated) => {
      client.setQueryData(commitmentKey(commitment.id), updated);
      void client.invalidateQueries({ queryKey: [TRACKER, 'commitments'] });
      void client.invalidateQueries({ queryKey: [TRACKER, 'scorecard'] });
      setRating(null);
      setRationale('');
      setEvidence([emptyEvidence()]);
      setErrors({});
      notifications.show({ color: 'green', message: t('rate.saved') });
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = () => {
    const found = validate(rateCommitmentSchema, body);
    if (!rating) found.rating = t('rate.needRating');
    if (!rationale.trim()) found.rationale = t('rate.needRationale');
    if (body.evidence.length === 0) found['evidence.0.sourceId'] = t('rate.needSource');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  // Evidence errors name the position among the sources given, which skips rows left without one.
  const givenIndex = (key: number) => evidence.filter((e) => e.sourceId).findIndex((e) => e.key === key);
  const evidenceError = (item: EvidenceDraft, field: string, row: number) => {
    const index = item.sourceId ? givenIndex(item.key) : row;
    return errors[`evidence.${index}.${field}`];
  };
  const change = (key: number, patch: Partial<EvidenceDraft>) =>
    setEvidence((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const reads = isPartialDate(ratedOn.trim())
    ? t('date.reads', { date: format.partialDate(ratedOn.trim()) })
    : '';

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm" maw={720}>
        <Group grow align="flex-start">
          <Select
            label={t('rate.rating')}
            required
            data={scale.map((value) => ({ value, label: labels.of('rating', value) }))}
            value={rating}
            onChange={setRating}
            error={errors.rating}
          />
          <TextInput
            label={t('rate.ratedOn')}
            required
            description={reads || t('date.help')}
            value={ratedOn}
            onChange={(e) => setRatedOn(e.currentTarget.value)}
            error={errors.ratedOn}
          />
        </Group>
        <Textarea
          label={t('rate.rationale')}
          description={t('rate.rationaleHelp')}
          required
          autosize
          minRows={3}
          value={rationale}
          onChange={(e) => setRationale(e.currentTarget.value)}
          error={errors.rationale}
        />
        <Text fw={600} size="sm">
          {t('rate.evidence')}
        </Text>
        {errors.evidence ? (
          <Text size="sm" c="red.9" role="alert">
            {errors.evidence}
          </Text>
        ) : null}
        {evidence.map((item, row) => (
          <Paper key={item.key} withBorder p="sm" data-testid="evidence-row">
            <Stack gap="xs">
              <SourceSelect
                label={t('rate.source', { number: row + 1 })}
                required={row === 0}
                value={item.sourceId}
                onChange={(sourceId) => change(item.key, { sourceId })}
                error={evidenceError(item, 'sourceId', row)}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('rate.locator', { number: row + 1 })}
                  description={t('rate.locatorHelp')}
                  value={item.locator}
                  onChange={(e) => change(item.key, { locator: e.currentTarget.value })}
                  error={evidenceError(item, 'locator', row)}
                />
                <Textarea
                  label={t('rate.summary', { number: row + 1 })}
                  description={t('rate.summaryHelp')}
                  autosize
                  minRows={1}
                  value={item.summary}
                  onChange={(e) => change(item.key, { summary: e.currentTarget.value })}
                  error={evidenceError(item, 'summary', row)}
                />
              </Group>
              {evidence.length > 1 ? (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  w="fit-content"
                  onClick={() => setEvidence((list) => list.filter((e) => e.key !== item.key))}
                >
                  {t('rate.removeSource', { number: row + 1 })}
                </Button>
              ) : null}
            </Stack>
          </Paper>
        ))}
        <Button
          variant="subtle"
          w="fit-content"
          onClick={() => setEvidence((list) => [...list, emptyEvidence()])}
        >
          {t('rate.addSource')}
        </Button>
        {isConflict(save.error) ? (
          <ConflictAlert
            onReload={() => {
              save.reset();
              onReload();
            }}
          />
        ) : (
          <ProblemAlert error={Object.keys(errors).length ? null : save.error} />
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('rate.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
