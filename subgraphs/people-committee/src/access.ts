import { ForbiddenError, hasRole, type Caller } from '@chung-tay/common';
import { assertCallerCoversUnit } from './administrative-unit/unit-scope';
import type { Household } from './household/household.entity';
import type { Context } from './context';
import type { Person } from './person/person.entity';

/** The register is written only by the People's Committee's officers and admins. */
export function assertRegisterWriter(caller: Caller): void {
  if (caller.org !== 'people-committee' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only People's Committee officers and admins can change the household register");
  }
}

export { inCallerUnitsSql } from './scope.sql';

/** Reads are scoped to the caller's units: the same check for root fields and `_entities` references. */
export async function visibleHousehold(ctx: Context, id: string): Promise<Household | null> {
  const household = await ctx.loaders.household.load(id);
  if (household) await assertCallerCoversUnit(ctx.caller, ctx.loaders, household.unitCode);
  return household;
}

export async function visiblePerson(ctx: Context, id: string): Promise<Person | null> {
  const person = await ctx.loaders.person.load(id);
  if (person) await visibleHousehold(ctx, person.householdId);
  return person;
}
