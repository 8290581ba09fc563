import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSegment } from './types.ts';

/**
 * A field's label on a type's page and editor: the type's own wording where it has one (an ask's
 * `caseIds` are its cases, a proceeding's the cases of its defendants), else the shared one.
 */
export function useRecordFieldLabel(segment: RecordSegment): (field: string) => string {
  const { t } = useTranslation('records');
  return useCallback(
    (field: string) => t([`fieldOf.${segment}.${field}`, `field.${field}`], { defaultValue: field }),
    [t, segment],
  );
}
