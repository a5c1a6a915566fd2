import { BadUserInputError, ConflictError, isUniqueViolation } from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCovers } from '../access';
import type { Context } from '../context';
import { Lender } from './lender.entity';
import type { DefineLoanProductInput, LoanProductFilter, RegisterLenderInput } from './lender.input';
import { LoanProduct } from './loan-product.entity';

const hasAtMostDecimals = (value: number, decimals: number) =>
  Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) < 1e-6;

export async function registerLender(ctx: Context, input: RegisterLenderInput): Promise<Lender> {
  const unit = await ctx.loaders.unit.load(input.unitCode);
  if (!unit) throw new BadUserInputError(`there is no unit ${input.unitCode}`, 'input.unitCode');
  // Units retired in the 2025 reform hold no new records: their area is reported through their successors.
  if (unit.validTo) {
    throw new BadUserInputError(
      `${unit.name} (${unit.code}) was retired on ${unit.validTo}; use one of ${unit.successorCodes.join(', ')}`,
      'input.unitCode',
    );
  }
  await assertCovers(ctx, input.unitCode);
  try {
    return await ctx.dataSource
      .getRepository(Lender)
      .save(ctx.dataSource.getRepository(Lender).create(input));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`lender code ${input.code} is taken`, 'input.code');
    throw error;
  }
}

/** Checks a product's terms against each other; each problem names its field. */
export function checkProductTerms(input: DefineLoanProductInput): void {
  if (!hasAtMostDecimals(input.monthlyInterestRate, 4)) {
    throw new BadUserInputError('the monthly rate has at most 4 decimals', 'input.monthlyInterestRate');
  }
  if (!hasAtMostDecimals(input.compulsorySavingsPercent, 2)) {
    throw new BadUserInputError(
      'the savings percent has at most 2 decimals',
      'input.compulsorySavingsPercent',
    );
  }
  if (input.maxTerm < input.minTerm) {
    throw new BadUserInputError(`is below the minimum term ${input.minTerm}`, 'input.maxTerm');
  }
  if (input.maxAmount < input.minAmount) {
    throw new BadUserInputError(`is below the minimum amount ${input.minAmount}`, 'input.maxAmount');
  }
  if (input.minAmount < input.maxTerm) {
    // Each instalment must carry at least one đồng of principal.
    throw new BadUserInputError(`must be at least the maximum term (${input.maxTerm})`, 'input.minAmount');
  }
}

export async function defineLoanProduct(ctx: Context, input: DefineLoanProductInput): Promise<LoanProduct> {
  const lender = await ctx.loaders.lenderByCode.load(input.lenderCode);
  if (!lender) throw new BadUserInputError(`there is no lender ${input.lenderCode}`, 'input.lenderCode');
  await assertCovers(ctx, lender.unitCode);
  checkProductTerms(input);
  const { lenderCode: _, ...terms } = input;
  try {
    const repo = ctx.dataSource.getRepository(LoanProduct);
    return await repo.save(repo.create({ ...terms, lenderId: lender.id, active: true }));
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`product code ${input.code} is taken`, 'input.code');
    throw error;
  }
}

export async function listLoanProducts(dataSource: DataSource, filter: LoanProductFilter) {
  const qb = dataSource.getRepository(LoanProduct).createQueryBuilder('p');
  if (filter.lenderCode) {
    qb.andWhere('p.lender_id IN (SELECT id FROM lender WHERE code = :lenderCode)', {
      lenderCode: filter.lenderCode,
    });
  }
  if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
  if (filter.active != null) qb.andWhere('p.active = :active', { active: filter.active });
  return qb.orderBy('p.code', 'ASC').getMany();
}
