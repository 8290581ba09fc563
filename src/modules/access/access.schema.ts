import { z } from 'zod';

/** Roles of the coalition's users; what each may do is the policies' business (issue "Access 2"). */
export const roleSchema = z.enum(['administrator', 'editor', 'researcher', 'viewer', 'partner']);
export type Role = z.infer<typeof roleSchema>;

/** A new user's clearance unless given: editors curate confidential material, others see internal. */
export function defaultClearance(role: Role): 'internal' | 'confidential' {
  return role === 'editor' ? 'confidential' : 'internal';
}

/** Roles that must enroll MFA before their session does anything else. */
export const MFA_REQUIRED_ROLES: ReadonlySet<Role> = new Set(['administrator', 'editor']);

/** An API token's reach: read (GET only), write (records too), admin (administration too). */
export const tokenScopeSchema = z.enum(['read', 'write', 'admin']);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'must be an email address' }));

export const displayNameSchema = z.string().trim().min(1).max(200);

/** Passwords are checked by `passwordProblem`, not here, so the message names the rule broken. */
export const passwordInputSchema = z.string().max(1024);

export const orgInputSchema = z.strictObject({ name: z.string().trim().min(2).max(200) });

export const orgSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
});
export type Org = z.infer<typeof orgSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  role: roleSchema,
  clearance: z
    .enum(['public', 'internal', 'confidential', 'secret'])
    .describe('The most sensitive records and fields the user may see'),
  mfaEnrolled: z.boolean(),
  status: z.enum(['invited', 'active', 'disabled']),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const sessionStageSchema = z.enum(['mfa', 'enroll', 'active']);
export type SessionStage = z.infer<typeof sessionStageSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: tokenScopeSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
