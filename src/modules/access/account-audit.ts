import type { OperationContext } from '../../core/context.ts';
import { type AuditInput, appendAudit } from '../audit/audit.store.ts';

/**
 * Audits an account event (sign-ins, MFA, tokens, users): the user's id and what happened, never a
 * password, code, token or email address.
 */
export function auditAccount(
  ctx: OperationContext,
  action: string,
  userId: string | null,
  detail: AuditInput['detail'] = {},
): Promise<void> {
  return appendAudit(ctx, [{ action, targetType: 'user', targetId: userId, detail }]);
}
