import {
  assertCallerCoversUnit,
  callerCoversUnit,
  ForbiddenError,
  hasRole,
  type Caller,
  type OrganisationId,
} from '@chung-tay/common';
import type { Context, Loaders } from './context';

/** The lender's books are written only by the microfinance organisation's officers and admins. */
export function assertLenderWriter(caller: Caller): void {
  if (caller.org !== 'microfinance' || !hasRole(caller, 'officer', 'admin')) {
    throw new ForbiddenError("Only the microfinance lender's officers and admins can change its records");
  }
}

/** Lenders and products (the price list) are set by the lender's admins. */
export function assertLenderAdmin(caller: Caller): void {
  if (caller.org !== 'microfinance' || !hasRole(caller, 'admin')) {
    throw new ForbiddenError("Only the microfinance lender's admins can define lenders and loan products");
  }
}

/** Customer records (borrowers, savings) are the lender's own. */
export function assertLenderReader(caller: Caller, what: string): void {
  if (caller.org !== 'microfinance') {
    throw new ForbiddenError(`${what} are the microfinance lender's customer data`);
  }
}

/**
 * Portfolio figures (aggregates, no single loan's amounts) go to the lender and to the People's Committee, which
 * receives its monthly and quarterly report; `alsoFor` adds others where they run the groups concerned.
 */
export function assertPortfolioReader(caller: Caller, ...alsoFor: OrganisationId[]): void {
  const allowed: OrganisationId[] = ['microfinance', 'people-committee', ...alsoFor];
  if (!allowed.includes(caller.org)) {
    throw new ForbiddenError(
      "Loan portfolio figures are shown to the microfinance lender and the People's Committee",
    );
  }
}

export { inCallerUnitsSql } from './scope.sql';

const parentOf = (loaders: Loaders) => (code: string) => loaders.unit.load(code);

export const assertCovers = (ctx: Context, unitCode: string) =>
  assertCallerCoversUnit(ctx.caller, parentOf(ctx.loaders), unitCode);

export const covers = (ctx: Context, unitCode: string) =>
  callerCoversUnit(ctx.caller, parentOf(ctx.loaders), unitCode);

/** A record read by id: FORBIDDEN when its unit is outside the caller's units. */
export async function visibleInUnits<T extends { unitCode: string }>(
  ctx: Context,
  row: T | null,
): Promise<T | null> {
  if (row) await assertCovers(ctx, row.unitCode);
  return row;
}

/** A loan by id or reference; its scope was checked in the same statement that read it. */
export async function visibleLoan(ctx: Context, id: string) {
  const found = await ctx.loaders.loan.load(id);
  if (!found) return null;
  if (!found.inScope) {
    throw new ForbiddenError(
      `Loan ${id} is of a household outside the units your token covers (${ctx.caller.units.join(', ')})`,
    );
  }
  return found.loan;
}
