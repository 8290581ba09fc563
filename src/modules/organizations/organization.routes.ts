import type { RecordRoutes } from '../../server/record-routes.ts';
import { listOrganizations, organizationKind } from './organization.operations.ts';
import {
  listOrganizationsQuerySchema,
  type OrganizationFields,
  organizationSchema,
} from './organization.schema.ts';

export const organizationRoutes: RecordRoutes<OrganizationFields> = {
  kind: organizationKind,
  path: 'organizations',
  tag: 'Organizations',
  recordSchema: organizationSchema,
  listQuerySchema: listOrganizationsQuerySchema,
  list: listOrganizations,
};
