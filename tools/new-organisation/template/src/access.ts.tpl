import { assertCallerCoversUnit, ForbiddenError, hasRole, NotFoundError, type Caller } from '@chung-tay/common';
import type { Loaders } from './context';
import type { {{Pascal}}Member } from './member/member.entity';

/**
 * Who may do what (the access policy to extend as the organisation's records grow):
 * - its officers and admins register members, inside their units;
 * - its own staff (any role) list members inside their units;
 * - other organisations see members' names nowhere; they see the area figures, disclosure-controlled.
 */
export function assertMemberWriter(caller: Caller): void {
  if (caller.org !== '{{id}}' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only {{enText}} officers and admins can change the {{enText}}'s members");
  }
}

export function assertMemberReader(caller: Caller): void {
  if (caller.org !== '{{id}}') {
    throw new ForbiddenError("The {{enText}}'s members are personal data, shown only to the {{enText}}");
  }
}

/** One member, by id or by reference: the same answer either way, nothing outside the caller's units. */
export function visibleMember(caller: Caller, id: string, member: {{Pascal}}Member | null | undefined): {{Pascal}}Member {
  assertMemberReader(caller);
  if (!member) throw new NotFoundError('Member', id);
  if (!member.inCallerScope) throw new ForbiddenError(`Member ${id} is outside your units`);
  return member;
}

/** Writes land only in units the caller's token covers. */
export const assertCoversUnit = (caller: Caller, loaders: Loaders, code: string) =>
  assertCallerCoversUnit(caller, (c) => loaders.unit.load(c), code);
