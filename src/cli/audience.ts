import type { Command } from 'commander';
import type { OperationContext } from '../core/context.ts';
import { findOrg } from '../modules/access/user.store.ts';
import { usageError } from './output.ts';

/**
 * `--audience internal|partner|public`: the operator's output as a readership would see it, through
 * the same policy and redaction as the API. `internal` is every record and field up to internal;
 * `partner` (with `--org`) is what that partner organization's members see through its grants;
 * `public` is the public's view (published records, consented identities). Without it the
 * operator sees everything, as the design says.
 */

export const AUDIENCES = ['internal', 'partner', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface AudienceOptions {
  audience?: string;
  org?: string;
}

export function addAudienceOptions(command: Command): Command {
  return command
    .option('--audience <audience>', `show only what a readership may see: ${AUDIENCES.join(', ')}`)
    .option('--org <org>', 'with --audience partner: the partner organization, by id or name');
}

/** The context whose actor is the audience asked for, or the operator's own when none is. */
export async function audienceContext(
  ctx: OperationContext,
  options: AudienceOptions,
): Promise<OperationContext> {
  const { audience } = options;
  if (audience === undefined) {
    if (options.org) throw usageError('org', 'only goes with --audience partner');
    return ctx;
  }
  if (!(AUDIENCES as readonly string[]).includes(audience)) {
    throw usageError('audience', `"${audience}" is not one of ${AUDIENCES.join(', ')}`);
  }
  if (audience !== 'partner') {
    if (options.org) throw usageError('org', 'only goes with --audience partner');
    return { ...ctx, actor: { ...ctx.actor, clearance: audience } };
  }
  if (!options.org) throw usageError('org', 'is required with --audience partner: which partner?');
  const org = await findOrg(ctx.db, options.org);
  if (!org) throw usageError('org', `no organization "${options.org}"`);
  // A partner's member with the highest clearance: what they see is capped by the grants.
  return {
    ...ctx,
    actor: { id: 'operator', kind: 'user', role: 'partner', orgId: org.id, clearance: 'secret' },
  };
}
