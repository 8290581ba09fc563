import { Button, Group, Modal, Paper, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type Ask, type Engagement, engagementKey, type OutcomeBody, recordOutcome, TRACKER } from './api.ts';
import { type FieldErrors, isConflict, serverFieldErrors } from './form-errors.ts';
import { useLabels } from './labels.ts';
import { ConflictAlert } from './parts.tsx';

const OUTCOMES = ['raised', 'not-raised', 'not-reported'] as const;
type Outcome = (typeof OUTCOMES)[number];

interface AssuranceDraft {
  key: number;
  title: string;
  text: string;
  deadline: string;
  benchmarks: string;
}

interface ItemDraft {
  outcome: Outcome | null;
  response: string;
  assurances: AssuranceDraft[];
}

let nextKey = 0;
const emptyAssurance = (): AssuranceDraft => ({
  key: nextKey++,
  title: '',
  text: '',
  deadline: '',
  benchmarks: '',
});

/**
 * After the meeting: per agenda item, whether the ask was raised, the answer, and each assurance
 * received, which the server turns into a commitment linked to the engagement and the ask.
 */
export function OutcomeModal({
  engagement,
  asks,
  opened,
  onClose,
  onReload,
}: {
  engagement: Engagement;
  asks: ReadonlyMap<string, Ask>;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const client = useQueryClient();
  const initial = (): Record<string, ItemDraft> =>
    Object.fromEntries(
      engagement.agenda.map((item) => [
        item.id,
        {
          outcome: item.outcome === 'pending' ? null : item.outcome,
          response: labels.text(item.response),
          assurances: [],
        },
      ]),
    );
  const [drafts, setDrafts] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const change = (itemId: string, patch: Partial<ItemDraft>) =>
    setDrafts((all) => ({ ...all, [itemId]: { ...(all[itemId] as ItemDraft), ...patch } }));
  const changeAssurance = (itemId: string, key: number, patch: Partial<AssuranceDraft>) =>
    change(itemId, {
      assurances: (drafts[itemId]?.assurances ?? []).map((a) => (a.key === key ? { ...a, ...patch } : a)),
    });

  // Only the items given an outcome are sent; their position in the body names them in the errors.
  const sent = engagement.agenda.filter((item) => drafts[item.id]?.outcome);
  const localized = (text: string) => ({ [labels.language]: text.trim() });
  const body: OutcomeBody = {
    version: engagement.version,
    items: sent.map((item) => {
      const draft = drafts[item.id] as ItemDraft;
      const response = draft.response.trim();
      const responseChanged = response !== labels.text(item.response);
      return {
        agendaItemId: item.id,
        outcome: draft.outcome as Outcome,
        ...(responseChanged ? { response: response ? localized(response) : null } : {}),
        assurances: draft.assurances.map((a) => ({
          title: localized(a.title),
          ...(a.text.trim() ? { text: localized(a.text) } : {}),
          ...(a.deadline.trim() ? { deadline: a.deadline.trim() } : {}),
          benchmarks: a.benchmarks
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => ({ text: localized(line) })),
        })),
      };
    }),
  };
  const save = useMutation({
    mutationFn: () => recordOutcome(engagement.id, body),
    onSuccess: (result) => {
      client.setQueryData(engagementKey(engagement.id), result.engagement);
      void client.invalidateQueries({ queryKey: [TRACKER] });
      onClose();
    },
    onError: (error) => {
      const found = serverFieldErrors(error);
      setErrors(found);
      setGeneral(Object.keys(found).length ? t('outcome.fixErrors') : null);
    },
  });
  const submit = () => {
    const found: FieldErrors = {};
    sent.forEach((item, i) => {
      (drafts[item.id]?.assurances ?? []).forEach((a, j) => {
        if (!a.title.trim()) found[`items.${i}.assurances.${j}.title`] = t('outcome.needTitle');
      });
    });
    setErrors(found);
    if (sent.length === 0) {
      setGeneral(t('outcome.needOne'));
      return;
    }
    setGeneral(Object.keys(found).length ? t('outcome.fixErrors') : null);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const errorAt = (item: string, path: string) => {
    const i = sent.findIndex((entry) => entry.id === item);
    return i < 0 ? undefined : errors[`items.${i}.${path}`];
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('outcome.title')}
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('outcome.help')}
        </Text>
        {engagement.agenda.map((item, position) => {
          const draft = drafts[item.id] as ItemDraft;
          const askTitle = labels.text(asks.get(item.askId)?.title) || t('agenda.hiddenAsk');
          return (
            <Paper key={item.id} withBorder p="sm" data-testid="outcome-item">
              <Stack gap="xs">
                <Radio.Group
                  label={askTitle}
                  description={t('outcome.itemNumber', { number: position + 1 })}
                  value={draft.outcome ?? ''}
                  onChange={(value) =>
                    change(item.id, { outcome: OUTCOMES.find((o) => o === value) ?? null })
                  }
                  error={errorAt(item.id, 'outcome')}
                >
                  <Group gap="md" mt={4}>
                    {OUTCOMES.map((outcome) => (
                      <Radio key={outcome} value={outcome} label={labels.of('agendaOutcome', outcome)} />
                    ))}
                  </Group>
                </Radio.Group>
                {draft.outcome ? (
                  <>
                    <Textarea
                      label={t('outcome.response', { ask: askTitle })}
                      autosize
                      minRows={1}
                      value={draft.response}
                      onChange={(e) => change(item.id, { response: e.currentTarget.value })}
                      error={errorAt(item.id, 'response')}
                    />
                    {draft.assurances.map((assurance, j) => (
                      <Paper key={assurance.key} withBorder p="sm" bg="gray.0" data-testid="assurance">
                        <Stack gap="xs">
                          <Text size="sm" fw={600}>
                            {t('outcome.assurance', { number: j + 1, ask: askTitle })}
                          </Text>
                          <TextInput
                            label={t('outcome.assuranceTitle')}
                            required
                            value={assurance.title}
                            onChange={(e) =>
                              changeAssurance(item.id, assurance.key, { title: e.currentTarget.value })
                            }
                            error={errorAt(item.id, `assurances.${j}.title`)}
                          />
                          <Textarea
                            label={t('outcome.assuranceText')}
                            autosize
                            minRows={2}
                            value={assurance.text}
                            onChange={(e) =>
                              changeAssurance(item.id, assurance.key, { text: e.currentTarget.value })
                            }
                            error={errorAt(item.id, `assurances.${j}.text`)}
                          />
                          <TextInput
                            label={t('outcome.deadline')}
                            description={t('date.help')}
                            value={assurance.deadline}
                            onChange={(e) =>
                              changeAssurance(item.id, assurance.key, { deadline: e.currentTarget.value })
                            }
                            error={errorAt(item.id, `assurances.${j}.deadline`)}
                          />
                          <Textarea
                            label={t('outcome.benchmarks')}
                            description={t('outcome.benchmarksHelp')}
                            autosize
                            minRows={1}
                            value={assurance.benchmarks}
                            onChange={(e) =>
                              changeAssurance(item.id, assurance.key, { benchmarks: e.currentTarget.value })
                            }
                            error={errorAt(item.id, `assurances.${j}.benchmarks`)}
                          />
                          <Button
                            variant="subtle"
                            color="red"
                            size="xs"
                            w="fit-content"
                            onClick={() =>
                              change(item.id, {
                                assurances: draft.assurances.filter((a) => a.key !== assurance.key),
                              })
                            }
                          >
                            {t('outcome.removeAssurance', { number: j + 1 })}
                          </Button>
                        </Stack>
                      </Paper>
                    ))}
                    <Button
                      variant="light"
                      size="xs"
                      w="fit-content"
                      aria-label={t('outcome.addAssuranceTo', { ask: askTitle })}
                      onClick={() => change(item.id, { assurances: [...draft.assurances, emptyAssurance()] })}
                    >
                      {t('outcome.addAssurance')}
                    </Button>
                  </>
                ) : null}
              </Stack>
            </Paper>
          );
        })}
        {general ? (
          <Text c="red.9" size="sm" role="alert">
            {general}
          </Text>
        ) : null}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('outcome.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
