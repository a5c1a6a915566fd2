import { BadUserInputError, ConflictError, isUniqueViolation, keepIds, once } from '@chung-tay/common';
import { In, type EntityManager } from 'typeorm';
import { lineageOf, assertCovers } from '../access';
import { FrontDisbursementPurpose } from '../enums';
import { disburse } from '../fund/disburse';
import { assertNotFuture, payingFund } from '../fund/fund.service';
import type { Context } from '../context';
import { monthStartDate } from '../months';
import { dong } from '../money';
import { SponsorshipPayment } from './payment.entity';
import { lockedPledge, month } from './pledge.service';
import type { RecordSponsorshipPaymentInput } from './sponsorship.input';

/**
 * Payments of a pledge, one record per month: within the pledge's months, each month once, never more than the
 * monthly amount (less is a partial payment whose rest stays in arrears). Paid from a Front fund when asked.
 */
export async function recordPayments(ctx: Context, input: RecordSponsorshipPaymentInput) {
  const pledge = await ctx.loaders.pledge.load(input.pledgeId);
  if (!pledge) throw new BadUserInputError(`there is no pledge ${input.pledgeId}`, 'input.pledgeId');
  await assertCovers(ctx, pledge.unitCode);
  const months = input.months.map((m, i) => {
    const code = month(m, `input.months[${i}]`);
    if (code < pledge.startMonth || code > pledge.endMonth) {
      throw new BadUserInputError(
        `the pledge runs ${pledge.startMonth} to ${pledge.endMonth}`,
        `input.months[${i}]`,
      );
    }
    if (input.months.findIndex((other) => other.code === code) !== i) {
      throw new BadUserInputError('names the same month twice', `input.months[${i}]`);
    }
    return code;
  });
  const amount = input.amountPerMonth ?? pledge.amountPerMonth;
  if (amount > pledge.amountPerMonth) {
    throw new BadUserInputError(
      `a month's payment is at most the pledge's ${dong(pledge.amountPerMonth)}; record each month separately`,
      'input.amountPerMonth',
    );
  }
  assertNotFuture(input.paidOn, 'input.paidOn');
  if (input.paidOn < pledge.signedOn) {
    throw new BadUserInputError(`the pledge was signed on ${pledge.signedOn}`, 'input.paidOn');
  }
  const fund = input.fromFundId
    ? await payingFund(ctx, input.fromFundId, input.paidOn, 'input.fromFundId', 'input.paidOn')
    : null;
  if (fund && !(await lineageOf(ctx.loaders, pledge.unitCode)).includes(fund.unitCode)) {
    throw new BadUserInputError(
      `${fund.name} is not the fund of the person's commune or province`,
      'input.fromFundId',
    );
  }

  const pay = async (em: EntityManager) => {
    const locked = await lockedPledge(em, ctx, pledge.id);
    // An early end may have moved the end month since the checks above.
    const beyond = months.findIndex((m) => m > locked.endMonth);
    if (beyond >= 0) {
      throw new BadUserInputError(`the pledge ended with ${locked.endMonth}`, `input.months[${beyond}]`);
    }
    const paid = await em
      .getRepository(SponsorshipPayment)
      .createQueryBuilder('x')
      .where('x.pledge_id = :id AND x.month IN (:...months)', {
        id: pledge.id,
        months: months.map(monthStartDate),
      })
      .getMany();
    if (paid.length) {
      const i = months.indexOf(paid[0]!.month);
      throw new ConflictError(
        `${paid[0]!.month} is already paid (${dong(paid[0]!.amount)})`,
        `input.months[${i}]`,
      );
    }
    const disbursement = fund
      ? await disburse(
          em,
          fund,
          {
            purpose: FrontDisbursementPurpose.SPONSORSHIP_PAYMENT,
            householdId: pledge.householdId,
            personId: pledge.personId,
            solidarityHouseId: null,
            amount: amount * months.length,
            date: input.paidOn,
            note: `Đỡ đầu tháng ${months.join(', ')}`,
          },
          'input.fromFundId',
        )
      : null;
    return em.save(
      months.map((m) =>
        em.create(SponsorshipPayment, {
          pledgeId: pledge.id,
          month: m,
          amount,
          paidOn: input.paidOn,
          method: input.method ?? pledge.paymentMethod,
          disbursementId: disbursement?.id ?? null,
        }),
      ),
    );
  };

  try {
    const saved = await ctx.dataSource.transaction((em) =>
      once(
        em,
        ctx,
        { key: input.idempotencyKey, operation: 'recordSponsorshipPayment', request: input },
        () => pay(em),
        {
          keep: keepIds,
          load: async (ids: string[]) => {
            const rows = await em.findBy(SponsorshipPayment, { id: In(ids) });
            return ids.map((id) => rows.find((r) => r.id === id)!);
          },
        },
      ),
    );
    ctx.loaders.pledgePayments.clear(pledge.id);
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('a month was paid meanwhile', 'input.months');
    throw error;
  }
}
