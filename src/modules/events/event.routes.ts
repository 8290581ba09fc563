import type { RecordRoutes } from '../../server/record-routes.ts';
import { eventKind, listEvents } from './event.operations.ts';
import { type EventFields, eventSchema, listEventsQuerySchema } from './event.schema.ts';

export const eventRoutes: RecordRoutes<EventFields> = {
  kind: eventKind,
  path: 'events',
  tag: 'Events',
  recordSchema: eventSchema,
  listQuerySchema: listEventsQuerySchema,
  list: listEvents,
};
