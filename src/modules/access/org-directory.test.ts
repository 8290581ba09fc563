import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSignedInApp, type SignedInApp } from '../../../test/support/signed-in-app.ts';
import { operator } from '../../core/context.ts';
import { createOrg } from './user.operations.ts';

describeEachDialect('the organization directory', (db) => {
  let signedIn: SignedInApp | undefined;
  afterEach(async () => {
    await signedIn?.app.close();
  });

  const namesAs = async (role: 'researcher' | 'partner') => {
    const database = db();
    signedIn = await buildSignedInApp({ database, role, scope: 'read', email: `${role}@example.org` });
    await createOrg(
      { actor: operator, db: database.db, dialect: database.dialect, clock: () => new Date() },
      {
        name: 'Another Partner',
      },
    );
    const res = await signedIn.app.inject({ method: 'GET', url: '/api/orgs' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Array<{ name: string }> }>().items.map((o) => o.name);
  };

  it('lists every organization to a member, by name', async () => {
    expect(await namesAs('researcher')).toEqual(['Another Partner', 'Test coalition researcher@example.org']);
  });

  it('shows a partner only its own organization', async () => {
    expect(await namesAs('partner')).toEqual(['Test coalition partner@example.org']);
  });
});
