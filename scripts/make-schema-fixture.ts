/**
 * Writes test/fixtures/databases/<latest migration>.sqlite: a small database at the current schema,
 * plus a JSON file of what it holds. Run once per released schema, before adding the next
 * migration; the fixture is then kept, and test/migrations.test.ts checks that every later schema
 * still opens it without loss.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operator } from '../src/core/context.ts';
import { keyringOf, secretKeyFrom } from '../src/core/secret-box.ts';
import { migrateToLatest, openDatabase } from '../src/db/database.ts';
import { migrationNames } from '../src/db/migrations/index.ts';
import { createDemoUsers } from '../src/demo/demo-users.ts';
import { loadDemoDataset } from '../src/demo/load-demo.ts';
import { createApiToken } from '../src/modules/access/token.operations.ts';
import { listOrgs, listUsers } from '../src/modules/access/user.operations.ts';
import { caseKind, listCases } from '../src/modules/cases/case.operations.ts';
import {
  createPerson,
  listPersons,
  personKind,
  updatePerson,
} from '../src/modules/persons/person.operations.ts';
import { deleteRecord, setPublished } from '../src/modules/records/record.operations.ts';
import { shareRecord } from '../src/modules/records/sharing.operations.ts';
import { exportFixtureContents } from '../test/support/fixture-contents.ts';

const name = migrationNames().at(-1) ?? 'empty';
const dir = mkdtempSync(join(tmpdir(), 'docket-fixture-'));
const file = join(dir, 'fixture.sqlite');
const database = openDatabase({ sqlitePath: file });
await migrateToLatest(database);
let tick = Date.parse('2024-03-01T09:00:00Z');
const ctx = {
  actor: operator,
  db: database.db,
  dialect: database.dialect,
  clock: () => {
    tick += 60_000;
    return new Date(tick);
  },
  // A fixed key, as in the tests: the fixture's sealed values are compared as stored, never opened.
  keyring: keyringOf(secretKeyFrom(Buffer.alloc(32, 7)), []),
};
// The demo dataset covers every record type; an edit and a deletion add revisions of each action.
await loadDemoDataset(ctx);
const [person] = (await listPersons(ctx, { limit: 1 })).items;
if (!person) throw new Error('the demo dataset has no person');
await updatePerson(ctx, person.id, { version: person.version, notes: 'Fixture note — ұ қ ә ө' });
const removed = await createPerson(ctx, { names: [{ text: 'Deleted Person' }] });
await deleteRecord(ctx, personKind, removed.id, 1);
// Accounts (0003-access): the demo's organizations and users, with MFA, and an API token.
await createDemoUsers(ctx);
const [researcher] = (await listUsers(ctx)).filter((user) => user.role === 'researcher');
if (researcher) await createApiToken(ctx, researcher, { name: 'fixture', scope: 'read' });
// Sharing (0004-sharing): a person with secret and confidential values, a case shared with the
// partner organization, a published record.
const witness = await createPerson(ctx, {
  names: [{ text: 'Fixture Witness' }],
  whereabouts: 'Fixture safe house',
  contacts: [{ kind: 'phone', value: '+7 700 000 00 00' }],
  fieldSensitivity: { names: 'confidential' },
});
await setPublished(ctx, personKind, witness.id, witness.version, true);
const partner = (await listOrgs(ctx)).find((org) => org.name === 'Demo Partner');
const [someCase] = (await listCases(ctx, { limit: 1 })).items;
if (partner && someCase) {
  await shareRecord(ctx, caseKind, someCase.id, {
    granteeType: 'org',
    granteeId: partner.id,
    clearance: 'confidential',
  });
}
const contents = await exportFixtureContents(database.db);
await database.close();

const target = new URL(`../test/fixtures/databases/${name}`, import.meta.url).pathname;
copyFileSync(file, `${target}.sqlite`);
writeFileSync(`${target}.json`, `${JSON.stringify(contents, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`wrote ${target}.sqlite and .json\n`);
