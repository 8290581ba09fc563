import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { accountLinkUrl } from '../modules/access/admin.routes.ts';
import { enrollFromTerminal, type MfaSetup } from '../modules/access/mfa.operations.ts';
import { terminalQr } from '../modules/access/qr.ts';
import {
  changeUserAccess,
  createOrg,
  createUserWithPassword,
  disableUser,
  enableUser,
  inviteUser,
  issuePasswordReset,
  listOrgs,
  listUsers,
  resetMfa,
} from '../modules/access/user.operations.ts';
import { findOrg, findUserByEmail } from '../modules/access/user.store.ts';
import { withOperatorContext } from '../runtime.ts';
import { table, usageError } from './output.ts';
import { ask, readStdin } from './prompt.ts';

interface CreateAdminOptions {
  email?: string;
  name?: string;
  org?: string;
  passwordStdin?: boolean;
}

const out = (text: string) => process.stdout.write(`${text}\n`);

/**
 * `docket users …` and `docket orgs …`: the operator's account commands. Links print once; only
 * their hashes are stored. Enrollment prints the otpauth URI and a QR code to scan in the terminal.
 */
export function registerUserCommands(program: Command, config: () => Config): void {
  const run = <T>(work: (ctx: OperationContext) => Promise<T>) => withOperatorContext(config(), work);
  const users = program
    .command('users')
    .description('User accounts: create the administrator, invite, list, disable, reset');

  users
    .command('create-admin')
    .description('Create an administrator (asks for what flags do not give) and enroll MFA in the terminal')
    .option('--email <email>', 'the administrator’s email (the sign-in name)')
    .option('--name <name>', 'display name')
    .option('--org <org>', 'their organization; created if it does not exist', 'Docket operators')
    .option('--password-stdin', 'read the password from standard input (for scripts)')
    .action(async (options: CreateAdminOptions) => {
      const interactive = process.stdin.isTTY === true && !options.passwordStdin;
      const email = options.email ?? (interactive ? await ask('Email: ') : undefined);
      if (!email) throw usageError('email', 'is required (or run in a terminal to be asked)');
      const password = options.passwordStdin
        ? await readStdin()
        : interactive
          ? await askNewPassword()
          : undefined;
      if (!password) throw usageError('password', 'give --password-stdin, or run in a terminal to be asked');
      const org = options.org ?? 'Docket operators';
      await run(async (ctx) => {
        if (!(await findOrg(ctx.db, org))) await createOrg(ctx, { name: org });
        const user = await createUserWithPassword(
          ctx,
          // The operator's first administrator sees what the operator does: everything.
          { email, displayName: options.name, org, role: 'administrator', clearance: 'secret' },
          password,
        );
        out(`created administrator ${user.email} (${user.id}) in ${org}`);
        await printEnrollment(await enrollFromTerminal(ctx, user.id, user.email));
      });
    });

  users
    .command('enroll-mfa')
    .description(
      'Enroll (or re-enroll) a user’s authenticator from the terminal: prints a QR code and recovery codes',
    )
    .argument('<email>')
    .action(async (email: string) => {
      await run(async (ctx) => {
        const user = await findUserByEmail(ctx.db, email.trim().toLowerCase());
        if (!user) throw usageError('email', `no user ${email}`);
        await printEnrollment(await enrollFromTerminal(ctx, user.id, user.email));
      });
    });

  users
    .command('invite')
    .description('Invite a user: prints a single-use sign-up link valid for 7 days')
    .argument('<email>')
    .requiredOption('--org <org>', 'their organization (name or id)')
    .requiredOption('--role <role>', 'administrator, editor, researcher, viewer or partner')
    .option('--name <name>', 'display name')
    .option('--clearance <level>', 'public, internal, confidential or secret (default: by role)')
    .action(
      async (email: string, options: { org: string; role: string; name?: string; clearance?: string }) => {
        const link = await run((ctx) =>
          inviteUser(ctx, {
            email,
            org: options.org,
            role: options.role,
            displayName: options.name,
            ...(options.clearance ? { clearance: options.clearance } : {}),
          }),
        );
        out(`invited ${link.user.email} as ${link.user.role}; the link works once, until ${link.expiresAt}:`);
        out(accountLinkUrl(config().publicUrl, 'invitation', link.token));
      },
    );

  users
    .command('reset-password')
    .description('Print a single-use password-reset link (24 hours); a user with MFA still needs their code')
    .argument('<email>')
    .action(async (email: string) => {
      const link = await run((ctx) => issuePasswordReset(ctx, email));
      out(`reset link for ${link.user.email}, valid until ${link.expiresAt}:`);
      out(accountLinkUrl(config().publicUrl, 'password-reset', link.token));
    });

  users
    .command('list')
    .description('List users')
    .action(async () => {
      const list = await run(listUsers);
      out(
        table([
          ['email', 'role', 'clearance', 'status', 'mfa', 'org', 'id'],
          ...list.map((u) => [
            u.email,
            u.role,
            u.clearance,
            u.status,
            u.mfaEnrolled ? 'yes' : 'no',
            u.orgId,
            u.id,
          ]),
        ]),
      );
    });

  users
    .command('set-access')
    .description('Change a user’s role or clearance (the highest sensitivity they may see)')
    .argument('<email>')
    .option('--role <role>', 'administrator, editor, researcher, viewer or partner')
    .option('--clearance <level>', 'public, internal, confidential or secret')
    .action(async (email: string, options: { role?: string; clearance?: string }) => {
      if (!options.role && !options.clearance) throw usageError('role', 'give --role, --clearance or both');
      const user = await run((ctx) =>
        changeUserAccess(ctx, email, {
          ...(options.role ? { role: options.role } : {}),
          ...(options.clearance ? { clearance: options.clearance } : {}),
        }),
      );
      out(`${user.email}: ${user.role}, clearance ${user.clearance}`);
    });

  for (const [name, work, description] of [
    ['disable', disableUser, 'Disable a user: every session ends now'],
    ['enable', enableUser, 'Enable a disabled user'],
    ['reset-mfa', resetMfa, 'Remove a user’s MFA; they enroll again at their next sign-in'],
  ] as const) {
    users
      .command(name)
      .description(description)
      .argument('<email>')
      .action(async (email: string) => {
        const user = await run((ctx) => work(ctx, email));
        out(`${user.email}: ${user.status}, MFA ${user.mfaEnrolled ? 'on' : 'off'}`);
      });
  }

  const orgs = program.command('orgs').description('The coalition’s organizations, to which users belong');
  orgs
    .command('create')
    .argument('<name>')
    .description('Add an organization')
    .action(async (name: string) => {
      const org = await run((ctx) => createOrg(ctx, { name }));
      out(`created ${org.name} (${org.id})`);
    });
  orgs
    .command('list')
    .description('List organizations')
    .action(async () => {
      const list = await run(listOrgs);
      out(table([['name', 'id', 'created'], ...list.map((o) => [o.name, o.id, o.createdAt])]));
    });
}

async function askNewPassword(): Promise<string> {
  const password = await ask('Password (12–128 characters): ', { hidden: true });
  const again = await ask('Password again: ', { hidden: true });
  if (password !== again) throw usageError('password', 'the two entries differ');
  return password;
}

export async function printEnrollment(setup: MfaSetup): Promise<void> {
  out('Scan this QR code with an authenticator app (or enter the secret by hand):');
  out(await terminalQr(setup.uri));
  out(`secret: ${setup.secret}`);
  out(`otpauth URI: ${setup.uri}`);
  out('Recovery codes — each works once if the phone is lost; keep them offline:');
  for (const code of setup.recoveryCodes) out(`  ${code}`);
}
