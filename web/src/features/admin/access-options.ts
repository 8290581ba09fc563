import type { TFunction } from 'i18next';
import { CLEARANCES, type Clearance, ROLES, type Role } from '../account/types.ts';

/** The server's default clearance of a new user (`user.operations.ts`): confidential for editors. */
export function defaultClearance(role: Role): Clearance {
  return role === 'editor' ? 'confidential' : 'internal';
}

export function roleOptions(t: TFunction<['admin', 'account']>) {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`, { ns: 'account' }) }));
}

export function clearanceOptions(t: TFunction<['admin', 'account']>) {
  return CLEARANCES.map((level) => ({ value: level, label: t(`clearances.${level}`) }));
}

export function isRole(value: string | null): value is Role {
  return ROLES.some((role) => role === value);
}

export function isClearance(value: string | null): value is Clearance {
  return CLEARANCES.some((level) => level === value);
}
