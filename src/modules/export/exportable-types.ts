import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import type { RecordRoutes } from '../../server/record-routes.ts';
import { askRoutes } from '../asks/ask.routes.ts';
import { caseRoutes } from '../cases/case.routes.ts';
import { citationRoutes } from '../citations/citation.routes.ts';
import { commitmentRoutes } from '../commitments/commitment.routes.ts';
import { engagementRoutes } from '../engagements/engagement.routes.ts';
import { eventRoutes } from '../events/event.routes.ts';
import { indicatorRoutes } from '../indicators/indicator.routes.ts';
import { interventionRoutes } from '../interventions/intervention.routes.ts';
import { legalInstrumentRoutes } from '../legal-instruments/legal-instrument.routes.ts';
import { organizationRoutes } from '../organizations/organization.routes.ts';
import { personRoutes } from '../persons/person.routes.ts';
import { proceedingRoutes } from '../proceedings/proceeding.routes.ts';
import type { Page } from '../records/pagination.ts';
import { recordMetaShape, type StoredRecord } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { sourceRoutes } from '../sources/source.routes.ts';

/** One record type as export (and later import) sees it: its kind, its listing and its columns. */
export interface ExportableType {
  /** Plural name, the same as the API path segment: `cases`. */
  name: string;
  kind: RecordKind<object>;
  listQuerySchema: z.ZodType;
  list(ctx: OperationContext, query: unknown): Promise<Page<StoredRecord<object>>>;
  /**
   * The record's top-level keys in a stable order: the shared meta first, then the fields in the
   * order the module's schema declares them. CSV and XLSX headers are these, so they do not depend
   * on which records happen to be exported.
   */
  columns: readonly string[];
}

/** The record types, built from the routes each module already declares, so nothing is repeated. */
const RECORD_ROUTES = [
  personRoutes,
  sourceRoutes,
  citationRoutes,
  organizationRoutes,
  eventRoutes,
  caseRoutes,
  proceedingRoutes,
  legalInstrumentRoutes,
  indicatorRoutes,
  commitmentRoutes,
  askRoutes,
  engagementRoutes,
  interventionRoutes,
] as unknown as ReadonlyArray<RecordRoutes<object>>;

function fromRoutes(routes: RecordRoutes<object>): ExportableType {
  const fields = routes.kind.fieldsSchema;
  if (!(fields instanceof z.ZodObject)) {
    throw new Error(`The fields schema of ${routes.kind.type} must be an object schema to be exported`);
  }
  const meta = Object.keys(recordMetaShape);
  return {
    name: routes.path,
    kind: routes.kind,
    listQuerySchema: routes.listQuerySchema,
    list: routes.list,
    columns: [...meta, ...Object.keys(fields.shape).filter((key) => !meta.includes(key)), 'redacted'],
  };
}

export const exportableTypes: Readonly<Record<string, ExportableType>> = Object.fromEntries(
  RECORD_ROUTES.map((routes) => [routes.path, fromRoutes(routes)]),
);

export const exportableTypeNames: readonly string[] = Object.keys(exportableTypes);

/** The exportable type of that plural name, or a not-found problem that lists the known ones. */
export function findExportableType(name: string): ExportableType {
  const found = Object.hasOwn(exportableTypes, name) ? exportableTypes[name] : undefined;
  if (!found) {
    const message = `is not a record type; use one of ${exportableTypeNames.join(', ')}`;
    throw new DocketError({
      type: 'not-found',
      title: 'Unknown record type',
      detail: `There is no record type "${name}"`,
      errors: [{ path: 'type', message }],
    });
  }
  return found;
}
