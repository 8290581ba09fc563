import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitableType } from '../../../../../src/modules/citations/citable-types.ts';
import { createCitationSchema } from '../../../../../src/modules/citations/citation.schema.ts';
import { api, unwrap } from '../../../api/client.ts';
import { ProblemAlert } from '../../../ui/ProblemAlert.tsx';
import { SourceSelect } from '../form/SourceSelect.tsx';
import { citationsKey } from '../shared/api.ts';
import { type FieldErrors, serverFieldErrors, validate } from '../shared/validation.ts';

/**
 * Cites a source for the whole record or one field: the source, where in it, and either its exact
 * words (a quote) or what it says in ours (a summary), never presented as one another.
 */
export function AddCitationModal({
  opened,
  onClose,
  recordType,
  recordId,
  fields,
  labelOf,
  initialField = '',
}: {
  opened: boolean;
  onClose: () => void;
  recordType: CitableType;
  recordId: string;
  fields: readonly string[];
  labelOf: (field: string) => string;
  /** The field the form opened for (from its field's "+"); the whole record when empty. */
  initialField?: string;
}) {
  const { t } = useTranslation('records');
  const client = useQueryClient();
  const [field, setField] = useState<string>(initialField);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [locator, setLocator] = useState('');
  const [page, setPage] = useState<string | number>('');
  const [mode, setMode] = useState<'summary' | 'quote'>('summary');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const body = {
    sourceId: sourceId ?? '',
    recordType,
    recordId,
    field: field || null,
    locator: locator.trim() || null,
    // The page of the source's document the words are on, so the viewer can open there.
    page: typeof page === 'number' ? page : null,
    quote: mode === 'quote' ? text : null,
    summary: mode === 'summary' ? text : null,
  };
  const save = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/citations', { body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: citationsKey(recordType, recordId) });
      setSourceId(null);
      setLocator('');
      setPage('');
      setText('');
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = () => {
    // The API's own schema (lengths, the record type), then what a citation needs to be useful here.
    const found: FieldErrors = validate(createCitationSchema, body);
    if (!sourceId) found.sourceId = t('citations.needSource');
    if (!text.trim()) found.text = t('citations.needText');
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('citations.add')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <Stack gap="sm">
        <Select
          label={t('citations.field')}
          data={[
            { value: '', label: t('citations.wholeRecord') },
            ...fields.map((f) => ({ value: f, label: labelOf(f) })),
          ]}
          value={field}
          allowDeselect={false}
          onChange={(f) => setField(f ?? '')}
        />
        <SourceSelect
          label={t('citations.source')}
          value={sourceId}
          onChange={setSourceId}
          required
          error={errors.sourceId}
        />
        <TextInput
          label={t('citations.locator')}
          description={t('citations.locatorHelp')}
          value={locator}
          error={errors.locator}
          onChange={(e) => setLocator(e.currentTarget.value)}
        />
        <NumberInput
          label={t('documents:citation.page')}
          description={t('documents:citation.pageHelp')}
          value={page}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          error={errors.page}
          onChange={setPage}
        />
        <SegmentedControl
          aria-label={t('citations.kind')}
          value={mode}
          onChange={(m) => setMode(m === 'quote' ? 'quote' : 'summary')}
          data={[
            { value: 'summary', label: t('citations.summary') },
            { value: 'quote', label: t('citations.quote') },
          ]}
        />
        <Textarea
          label={mode === 'quote' ? t('citations.quoteLabel') : t('citations.summaryLabel')}
          autosize
          minRows={3}
          value={text}
          error={errors.text ?? errors.quote ?? errors.summary}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <ProblemAlert error={Object.keys(errors).length ? null : save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('citations.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
