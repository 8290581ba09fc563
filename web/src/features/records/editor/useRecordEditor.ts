import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { isApiError } from '../../../api/problem.ts';
import { createRecord, fetchRecord, recordKey, updateRecord } from '../shared/api.ts';
import { changedFields, compareVersions, type FieldConflict } from '../shared/diff.ts';
import { useNotify } from '../shared/notify.ts';
import type { AnyRecord, RecordSegment } from '../shared/types.ts';
import { type FieldErrors, serverFieldErrors, validate } from '../shared/validation.ts';

export type Draft = Record<string, unknown>;

export interface ConflictState {
  current: AnyRecord;
  theirs: Draft;
  conflicts: FieldConflict[];
}

/**
 * The state of an editor: the draft the user types into, the values they started from, field errors
 * from the API's own schema and from the server, and the conflict when someone saved first. A save
 * sends only the fields the user changed, with the version read, so another person's change to any
 * other field is never overwritten.
 */
export function useRecordEditor({
  segment,
  record,
  initial,
  toDraft,
  createSchema,
  updateSchema,
}: {
  segment: RecordSegment;
  record: AnyRecord | undefined;
  initial: Draft;
  toDraft: (record: AnyRecord) => Draft;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
}) {
  const { t } = useTranslation('records');
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const [base, setBase] = useState<Draft>(() => (record ? toDraft(record) : initial));
  const [version, setVersion] = useState(record?.version);
  const [draft, setDraft] = useState<Draft>(base);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [isSaving, setSaving] = useState(false);

  const set = (field: string, value: unknown) => setDraft((current) => ({ ...current, [field]: value }));

  async function save(from = { base, draft, version }): Promise<void> {
    setFailure(null);
    const isNew = record === undefined || from.version === undefined;
    const changed = changedFields(from.base, from.draft);
    const body = isNew
      ? from.draft
      : { ...Object.fromEntries(changed.map((field) => [field, from.draft[field]])), version: from.version };
    const found = validate(isNew ? createSchema : updateSchema, body);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (!isNew && changed.length === 0) {
      notify(t('form.noChanges'));
      navigate(`/${segment}/${record.id}`);
      return;
    }
    setSaving(true);
    try {
      const saved = isNew ? await createRecord(segment, body) : await updateRecord(segment, record.id, body);
      client.setQueryData(recordKey(segment, saved.id), saved);
      await client.invalidateQueries({ queryKey: ['record', segment], refetchType: 'none' });
      notify(isNew ? t('form.created') : t('form.saved'));
      navigate(`/${segment}/${saved.id}`);
    } catch (error) {
      if (!isNew && isApiError(error) && error.status === 409) {
        const current = await fetchRecord(segment, record.id);
        const theirs = toDraft(current);
        const conflicts = compareVersions(from.base, from.draft, theirs, Object.keys(from.draft));
        setConflict({ current, theirs, conflicts });
      } else {
        setErrors(serverFieldErrors(error));
        setFailure(error);
      }
    } finally {
      setSaving(false);
    }
  }

  /**
   * Takes the other person's version as the new starting point and puts the user's values back on
   * it: every field only they changed, and each clashing field they chose to keep. Then saves, or
   * leaves the merge in the form to review.
   */
  async function resolve(keepMine: ReadonlySet<string>, andSave: boolean): Promise<void> {
    if (!conflict) return;
    const merged: Draft = { ...conflict.theirs };
    for (const entry of conflict.conflicts) {
      if (entry.theirsOnly) continue;
      if (!entry.clashes || keepMine.has(entry.field)) merged[entry.field] = entry.mine;
    }
    const next = { base: conflict.theirs, draft: merged, version: conflict.current.version };
    client.setQueryData(recordKey(segment, conflict.current.id), conflict.current);
    setConflict(null);
    setBase(next.base);
    setDraft(next.draft);
    setVersion(next.version);
    if (andSave) await save(next);
  }

  return { draft, set, setDraft, errors, failure, conflict, isSaving, save: () => save(), resolve, version };
}

export type RecordEditor = ReturnType<typeof useRecordEditor>;
