import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useRecord } from './api.ts';
import { recordTitle } from './titles.ts';
import type { RecordSegment } from './types.ts';

/**
 * A link to another record by its name. While loading it shows nothing, and a record the caller may
 * not read is absent: its name must not leak, and a bare id would say that it exists.
 */
export function RecordName({ segment, id }: { segment: RecordSegment; id: string | null | undefined }) {
  const record = useRecord(segment, id ?? undefined);
  if (!id || !record.data) return null;
  const title = recordTitle(segment, record.data);
  if (!title) return null;
  return (
    <Anchor component={Link} to={`/${segment}/${id}`} underline="always">
      {title}
    </Anchor>
  );
}
