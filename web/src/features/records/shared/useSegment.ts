import { useLocation } from 'react-router';
import { RECORD_SEGMENTS, type RecordSegment } from './types.ts';

/** The record type of the current screen, from the first segment of its path. */
export function useSegment(): RecordSegment {
  const first = useLocation().pathname.split('/')[1] ?? '';
  const found = RECORD_SEGMENTS.find((segment) => segment === first);
  if (!found) throw new Error(`not a record screen: /${first}`);
  return found;
}
