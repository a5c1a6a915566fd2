import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure, MoneyScalar } from '@chung-tay/common';
import { LoanArrearsBucket } from '../enums';

// Plain data only (no field resolvers): a report version freezes these figures as JSON and serves them back.

@ObjectType({ description: 'Loans of one arrears bucket in an area on the day the stocks are taken.' })
export class MicrofinanceAreaBucket {
  @Field(() => LoanArrearsBucket, { description: 'The bucket.' })
  bucket!: LoanArrearsBucket;

  @Field(() => Int, {
    nullable: true,
    description: 'Loans in the portfolio whose days past due fall in the bucket.',
  })
  loans!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal those loans still owe, whole VND.' })
  outstandingPrincipal!: number | null;
}

@ObjectType({
  description:
    "The lenders' figures for an area (the unit and every unit below it, or a retired unit's successors) and " +
    'a period, all lenders together: flows count what is dated inside the period (up to asOf); stocks are ' +
    'taken on asOf. Exact for the lenders; other organisations read them for areas their units cover under ' +
    'the threshold rule (see disclosure): figures from too few loans are null.',
})
export class MicrofinanceAreaFigures {
  @Field(() => DateScalar, {
    description: "The day the stocks are taken: the period's last day, or today while the period runs.",
  })
  asOf!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Loans disbursed in the period (giải ngân): disbursement date inside it.',
  })
  disbursedLoans!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Principal of the loans disbursed in the period, whole VND.',
  })
  disbursedAmount!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Principal collected in the period (thu nợ gốc): the principal part of repayments dated inside it, ' +
      'whole VND.',
  })
  repaidPrincipal!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Interest collected in the period (thu lãi): the interest part of those repayments, whole VND.',
  })
  repaidInterest!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Loans with a repayment dated inside the period (the records behind the collected figures).',
  })
  repaidLoans!: number | null;

  @Field(() => Int, { nullable: true, description: 'Loans written off in the period (xử lý rủi ro).' })
  writtenOffLoans!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Principal written off in the period, whole VND.',
  })
  writtenOffAmount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Loans outstanding on asOf: disbursed by then, not written off, something still owed on the schedule.',
  })
  outstandingLoans!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Borrowers with at least one loan outstanding on asOf (each counted once).',
  })
  outstandingBorrowers!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Principal still owed on asOf by the outstanding loans (dư nợ), whole VND.',
  })
  outstandingPrincipal!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Outstanding loans with an instalment past due on asOf (due before that day, not fully paid).',
  })
  overdueLoans!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Principal of the instalments past due on asOf and still unpaid (nợ gốc quá hạn), whole VND.',
  })
  overduePrincipal!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Arrears on asOf: principal and interest of the instalments past due and still unpaid, whole VND.',
  })
  arrearsAmount!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Outstanding principal on asOf of the loans whose oldest unpaid instalment is more than 30 days late, ' +
      'whole VND.',
  })
  par30Principal!: number | null;

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

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: 'How the figures were protected for the reader.',
  })
  disclosure?: FigureDisclosure | null;
}
