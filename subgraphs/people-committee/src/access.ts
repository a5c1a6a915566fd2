import { ForbiddenError, hasRole, type Caller } from '@chung-tay/common';

/** The register is written only by the People's Committee's officers and admins. */
export function assertRegisterWriter(caller: Caller): void {
  if (caller.org !== 'people-committee' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only People's Committee officers and admins can change the household register");
  }
}
