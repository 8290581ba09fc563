import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { displayName } from '../core/name.schema.ts';
import {
  getOrganization,
  listOrganizations,
  organizationKind,
} from '../modules/organizations/organization.operations.ts';
import { latestRegistrationStatus } from '../modules/organizations/registration.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { registerRecordCommands } from './record-commands.ts';

export function registerOrganizationCommands(program: Command, config: () => Config): void {
  registerRecordCommands(program, config, {
    kind: organizationKind as RecordKind<object>,
    name: 'organizations',
    description: 'NGOs, parties, media outlets, state bodies, courts and international bodies',
    list: listOrganizations,
    get: getOrganization,
    filters: [
      { flag: '--kind <kind>', description: 'ngo, party, media-outlet, state-body, court, …', param: 'kind' },
      { flag: '--country <code>', description: 'ISO country code, e.g. KZ', param: 'country' },
      {
        flag: '--registration-status <status>',
        description: 'latest registration status: applied, refused, registered, suspended, liquidated',
        param: 'registrationStatus',
      },
    ],
    row: (o) => ({
      ID: o.id,
      NAME: displayName(o.names),
      KIND: o.kind,
      COUNTRY: o.country ?? '',
      REGISTRATION: latestRegistrationStatus(o.registrations) ?? '',
    }),
  });
}
