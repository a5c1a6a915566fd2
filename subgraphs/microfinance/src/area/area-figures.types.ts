import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { LoanArrearsBucket } from '../enums';

// Plain data only (no field resolvers): a report version freezes these figures as JSON and serves them back.

@ObjectType({ description: 'Loans of one arrears bucket in an area on the day the stocks are taken.' })
export class MicrofinanceAreaBucket {
  @Field(() => LoanArrearsBucket)
  bucket!: LoanArrearsBucket;

  @Field(() => Int, { description: 'Loans in the portfolio whose days past due fall in the bucket.' })
  loans!: number;

  @Field(() => MoneyScalar, { description: 'Principal those loans still owe, whole VND.' })
  outstandingPrincipal!: number;
}

@ObjectType({
  description:
    "The lenders' figures for an area (the unit and every unit below it, or a retired unit's successors) and " +
    'a period, all lenders together: flows count what is dated inside the period (up to asOf); stocks are ' +
    'taken on asOf. Aggregates only, no loan-level detail, so every organisation reads them for areas its ' +
    'units cover.',
})
export class MicrofinanceAreaFigures {
  @Field(() => DateScalar, {
    description: "The day the stocks are taken: the period's last day, or today while the period runs.",
  })
  asOf!: string;

  @Field(() => Int, {
    description: 'Loans disbursed in the period (giải ngân): disbursement date inside it.',
  })
  disbursedLoans!: number;

  @Field(() => MoneyScalar, { description: 'Principal of the loans disbursed in the period, whole VND.' })
  disbursedAmount!: number;

  @Field(() => MoneyScalar, {
    description:
      'Principal collected in the period (thu nợ gốc): the principal part of repayments dated inside it, ' +
      'whole VND.',
  })
  repaidPrincipal!: number;

  @Field(() => MoneyScalar, {
    description:
      'Interest collected in the period (thu lãi): the interest part of those repayments, whole VND.',
  })
  repaidInterest!: number;

  @Field(() => Int, { description: 'Loans written off in the period (xử lý rủi ro).' })
  writtenOffLoans!: number;

  @Field(() => MoneyScalar, { description: 'Principal written off in the period, whole VND.' })
  writtenOffAmount!: number;

  @Field(() => Int, {
    description:
      'Loans outstanding on asOf: disbursed by then, not written off, something still owed on the schedule.',
  })
  outstandingLoans!: number;

  @Field(() => Int, {
    description: 'Borrowers with at least one loan outstanding on asOf (each counted once).',
  })
  outstandingBorrowers!: number;

  @Field(() => MoneyScalar, {
    description: 'Principal still owed on asOf by the outstanding loans (dư nợ), whole VND.',
  })
  outstandingPrincipal!: number;

  @Field(() => Int, {
    description:
      'Outstanding loans with an instalment past due on asOf (due before that day, not fully paid).',
  })
  overdueLoans!: number;

  @Field(() => MoneyScalar, {
    description:
      'Principal of the instalments past due on asOf and still unpaid (nợ gốc quá hạn), whole VND.',
  })
  overduePrincipal!: number;

  @Field(() => MoneyScalar, {
    description:
      'Arrears on asOf: principal and interest of the instalments past due and still unpaid, whole VND.',
  })
  arrearsAmount!: number;

  @Field(() => MoneyScalar, {
    description:
      'Outstanding principal on asOf of the loans whose oldest unpaid instalment is more than 30 days late, ' +
      'whole VND.',
  })
  par30Principal!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'PAR30 in percent: 100 × par30Principal ÷ outstandingPrincipal, rounded half up to 2 decimals ' +
      '(68.91 = 68.91 %); null when nothing is outstanding.',
  })
  par30Percent!: number | null;

  @Field(() => [MicrofinanceAreaBucket], {
    description: 'Outstanding loans on asOf by days past due: CURRENT, 1–30, 31–60, 61–90, over 90.',
  })
  buckets!: MicrofinanceAreaBucket[];
}
