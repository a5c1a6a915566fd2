import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keepIds,
  keysetPage,
  once,
  unitSubtreeSql,
} from '@chung-tay/common';
import type { EntityManager } from 'typeorm';
import { assertCovers, inCallerUnitsSql } from '../access';
import { SavingsTransactionKind } from '../enums';
import { assertCommune, assertNotFuture } from '../group/group.service';
import type { Context } from '../context';
import { num, querySql } from '../sql';
import { Borrower } from './borrower.entity';
import type { BorrowerFilter, RegisterBorrowerInput, SavingsInput } from './borrower.input';
import { SavingsTransaction } from './savings-transaction.entity';

export async function registerBorrower(ctx: Context, input: RegisterBorrowerInput): Promise<Borrower> {
  await assertCommune(ctx, input.unitCode, 'input.unitCode');
  await assertCovers(ctx, input.unitCode);
  assertNotFuture(input.registeredOn, 'input.registeredOn');
  if (input.poorCategory && input.householdStatus !== 'POOR') {
    throw new BadUserInputError(
      'a poor category (A/B) applies only to POOR households',
      'input.poorCategory',
    );
  }
  try {
    return await ctx.dataSource.transaction(async (em) => {
      if (await em.existsBy(Borrower, { personId: input.personId })) {
        throw new ConflictError(
          'this person is already a borrower (one customer record per person)',
          'input.personId',
        );
      }
      const [{ n }] = await em.query(`SELECT nextval('borrower_number') AS n`);
      const code = `KH-${String(n).padStart(6, '0')}`;
      return em.save(
        em.create(Borrower, {
          ...input,
          code,
          fullName: input.fullName.trim(),
          phone: input.phone ?? null,
          poorCategory: input.poorCategory ?? null,
        }),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('this person is already a borrower', 'input.personId');
    throw error;
  }
}

export async function listBorrowers(
  ctx: Context,
  filter: BorrowerFilter,
  first: number,
  after?: string | null,
) {
  const qb = ctx.dataSource
    .getRepository(Borrower)
    .createQueryBuilder('b')
    .where(inCallerUnitsSql('b'), { callerUnits: ctx.caller.units });
  if (filter.unitCode) {
    qb.andWhere(`b.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  }
  if (filter.householdId)
    qb.andWhere('CAST(b.household_id AS text) = :householdId', { householdId: filter.householdId });
  if (filter.householdStatus) qb.andWhere('b.household_status = :status', { status: filter.householdStatus });
  return keysetPage(qb, { keys: [{ sql: 'b.code', kind: 'text', of: (b) => b.code }] }, first, after);
}

/** Deposits or withdraws; a withdrawal may not leave less than the compulsory savings of open loans. */
export async function moveSavings(ctx: Context, input: SavingsInput, kind: SavingsTransactionKind) {
  const [borrower, lender] = await Promise.all([
    ctx.loaders.borrower.load(input.borrowerId),
    ctx.loaders.lenderByCode.load(input.lenderCode),
  ]);
  if (!borrower) throw new BadUserInputError(`there is no borrower ${input.borrowerId}`, 'input.borrowerId');
  if (!lender) throw new BadUserInputError(`there is no lender ${input.lenderCode}`, 'input.lenderCode');
  await assertCovers(ctx, borrower.unitCode);
  assertNotFuture(input.date, 'input.date');
  const operation = kind === SavingsTransactionKind.DEPOSIT ? 'depositSavings' : 'withdrawSavings';
  const move = (em: EntityManager) => async () => {
    // One savings movement of a borrower at a time, so two withdrawals cannot both pass the balance check.
    await em.query('SELECT id FROM borrower WHERE id = $1 FOR UPDATE', [borrower.id]);
    if (kind === SavingsTransactionKind.WITHDRAWAL) {
      const [row] = await querySql<{ balance: string; required: string }>(
        em,
        `SELECT
           (SELECT coalesce(sum(CASE WHEN kind = 'DEPOSIT' THEN amount ELSE -amount END), 0)
              FROM savings_transaction WHERE borrower_id = :borrowerId AND lender_id = :lenderId) AS balance,
           (SELECT coalesce(sum(round(principal * compulsory_savings_percent / 100)), 0)
              FROM loan WHERE borrower_id = :borrowerId AND lender_id = :lenderId AND status = 'DISBURSED') AS required`,
        { borrowerId: borrower.id, lenderId: lender.id },
      );
      const free = num(row!.balance) - num(row!.required);
      if (input.amount > free) {
        throw new BadUserInputError(
          `only ${Math.max(free, 0)} đồng can be withdrawn: the balance is ${num(row!.balance)} and open loans ` +
            `require ${num(row!.required)} kept as compulsory savings`,
          'input.amount',
        );
      }
    }
    return em.save(
      em.create(SavingsTransaction, {
        borrowerId: borrower.id,
        lenderId: lender.id,
        loanId: null,
        date: input.date,
        kind,
        amount: input.amount,
      }),
    );
  };
  return ctx.dataSource.transaction((em) =>
    once(em, ctx, { key: input.idempotencyKey, operation, request: input }, move(em), {
      keep: keepIds,
      load: ([id]) => em.findOneByOrFail(SavingsTransaction, { id }),
    }),
  );
}
