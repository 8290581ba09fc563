import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../core/context.ts';
import { enrollFromTerminal } from '../modules/access/mfa.operations.ts';
import { createOrg, createUserWithPassword } from '../modules/access/user.operations.ts';

/**
 * The demo's accounts, clearly fictional (example.org): an administrator of a "Demo Coalition" and
 * a researcher of a "Demo Partner". Passwords are random, made at first start and printed once —
 * there is never a fixed default password — with the administrator's TOTP secret so the demo can
 * be tried at once.
 */

export interface DemoCredentials {
  administrator: { email: string; password: string; totpSecret: string; otpauthUri: string };
  researcher: { email: string; password: string };
}

export const DEMO_ADMIN_EMAIL = 'admin@example.org';
export const DEMO_RESEARCHER_EMAIL = 'researcher@example.org';

/** 20 random characters from a readable alphabet: ≈ 115 bits. */
function randomPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** Creates the demo accounts when there are no users yet; null when there are. */
export async function createDemoUsers(ctx: OperationContext): Promise<DemoCredentials | null> {
  const existing = await ctx.db.selectFrom('users').select('id').limit(1).execute();
  if (existing.length > 0) return null;
  await createOrg(ctx, { name: 'Demo Coalition' });
  await createOrg(ctx, { name: 'Demo Partner' });
  const adminPassword = randomPassword();
  const admin = await createUserWithPassword(
    ctx,
    {
      email: DEMO_ADMIN_EMAIL,
      displayName: 'Demo Administrator',
      org: 'Demo Coalition',
      role: 'administrator',
      clearance: 'secret',
    },
    adminPassword,
  );
  const mfa = await enrollFromTerminal(ctx, admin.id, admin.email);
  const researcherPassword = randomPassword();
  await createUserWithPassword(
    ctx,
    { email: DEMO_RESEARCHER_EMAIL, displayName: 'Demo Researcher', org: 'Demo Partner', role: 'researcher' },
    researcherPassword,
  );
  return {
    administrator: {
      email: DEMO_ADMIN_EMAIL,
      password: adminPassword,
      totpSecret: mfa.secret,
      otpauthUri: mfa.uri,
    },
    researcher: { email: DEMO_RESEARCHER_EMAIL, password: researcherPassword },
  };
}

/** The console lines that show the demo credentials, once. */
export function describeDemoCredentials(credentials: DemoCredentials): string {
  const { administrator, researcher } = credentials;
  return [
    'Demo accounts (shown only now; change or disable them before real use):',
    `  administrator  ${administrator.email}  password ${administrator.password}`,
    `                 TOTP secret ${administrator.totpSecret}  (${administrator.otpauthUri})`,
    `  researcher     ${researcher.email}  password ${researcher.password}`,
  ].join('\n');
}
