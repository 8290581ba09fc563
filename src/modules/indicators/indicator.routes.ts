import type { RecordRoutes } from '../../server/record-routes.ts';
import { indicatorKind, listIndicators } from './indicator.operations.ts';
import { type IndicatorFields, indicatorSchema, listIndicatorsQuerySchema } from './indicator.schema.ts';

export const indicatorRoutes: RecordRoutes<IndicatorFields> = {
  kind: indicatorKind,
  path: 'indicators',
  tag: 'Indicators',
  recordSchema: indicatorSchema,
  listQuerySchema: listIndicatorsQuerySchema,
  list: listIndicators,
};
