import { Field, Float, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { DateScalar, FigureDisclosure, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { LoanArrearsBucket } from '../enums';
import { arrearsBucket } from '../loan/arrears-bucket';
import { num } from '../sql';
import { percentOf } from './percent';

@ObjectType({
  description:
    'How a loan stands on a date: days past due of its oldest unpaid instalment and its bucket (seen by every ' +
    'organisation in its units), and the amounts owed and overdue (lender only).',
})
export class LoanStanding {
  /** The loan's id, for the audit log of amount reads. */
  id!: string;

  @Field(() => DateScalar, { description: 'The day.' })
  asOf!: string;

  @Field(() => Int, {
    description:
      'Days since the due date of the oldest instalment not fully paid by then (0 when none is late).',
  })
  daysPastDue!: number;

  @Field(() => LoanArrearsBucket, {
    description: 'Current, or how many days past due its oldest unpaid instalment is.',
  })
  bucket!: LoanArrearsBucket;

  @Field({ description: 'Whether an instalment is late on that date.' })
  overdue!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal still owed; lender only.' })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  outstandingPrincipal!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Scheduled interest still owed; lender only.' })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  outstandingInterest!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal of late instalments; lender only.' })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  overduePrincipal!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Arrears (nợ quá hạn): principal and interest of late instalments still unpaid; lender only.',
  })
  @UseMiddleware(VisibleOnlyTo('microfinance'))
  arrearsAmount!: number;
}

export interface StandingRow {
  id: string;
  outstanding_principal: string;
  outstanding_interest: string;
  overdue_principal: string;
  arrears: string;
  days_past_due: number;
}

/** A loan not disbursed by `asOf` has no row: nothing owed, nothing late. */
export function toLoanStanding(id: string, asOf: string, row: StandingRow | undefined): LoanStanding {
  const daysPastDue = row ? Number(row.days_past_due) : 0;
  return {
    id,
    asOf,
    daysPastDue,
    bucket: arrearsBucket(daysPastDue),
    overdue: daysPastDue > 0,
    outstandingPrincipal: num(row?.outstanding_principal),
    outstandingInterest: num(row?.outstanding_interest),
    overduePrincipal: num(row?.overdue_principal),
    arrearsAmount: num(row?.arrears),
  };
}

@ObjectType({ description: 'Loans of one arrears bucket and the principal they still owe.' })
export class LoanArrearsBucketFigure {
  @Field(() => LoanArrearsBucket, { description: 'The arrears bucket (days past due).' })
  bucket!: LoanArrearsBucket;

  @Field(() => Int, {
    nullable: true,
    description: 'Loans in the bucket; withheld (null) from other organisations where too few.',
  })
  loans!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal those loans still owe, in VND.' })
  outstandingPrincipal!: number | null;
}

@ObjectType({
  description:
    'Portfolio figures on a date over the loans disbursed by then, not written off and still owing: ' +
    'outstanding principal (dư nợ), overdue loans and arrears (nợ quá hạn), buckets and PAR30.',
})
export class LoanPortfolioStanding {
  @Field(() => DateScalar, { description: 'The day the figures are taken.' })
  asOf!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Loans disbursed by that day, not written off and still owing.',
  })
  activeLoans!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal they still owe (dư nợ), VND.' })
  outstandingPrincipal!: number | null;

  @Field(() => Int, { nullable: true, description: 'Loans with an instalment late on that date.' })
  overdueLoans!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal of late instalments.' })
  overduePrincipal!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal and interest of late instalments.' })
  arrearsAmount!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Outstanding principal of the loans with an instalment more than 30 days late.',
  })
  par30Principal!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Portfolio at risk over 30 days: par30Principal ÷ outstandingPrincipal (0.05 = 5 %); null with no ' +
      'principal outstanding.',
    deprecationReason: 'Use par30Percent: the schema gives rates in percent.',
  })
  par30!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Portfolio at risk over 30 days in percent: 100 × par30Principal ÷ outstandingPrincipal, rounded half up ' +
      'to 2 decimals (5.25 = 5.25 %); null with no principal outstanding, or when either is withheld.',
  })
  par30Percent!: number | null;

  @Field(() => [LoanArrearsBucketFigure], { description: 'CURRENT, 1–30, 31–60, 61–90 and over 90 days.' })
  buckets!: LoanArrearsBucketFigure[];

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: "How the figures were protected for a reader outside the lender (see AreaPeriod's).",
  })
  disclosure?: FigureDisclosure | null;
}

export type PortfolioRow = Record<string, string | number | null>;

export function toPortfolioStanding(asOf: string, row: PortfolioRow | undefined): LoanPortfolioStanding {
  const outstandingPrincipal = num(row?.outstanding_principal);
  const par30Principal = num(row?.par30_principal);
  const bucket = (bucket: LoanArrearsBucket, column: string) => ({
    bucket,
    loans: num(row?.[`${column}_loans`]),
    outstandingPrincipal: num(row?.[`${column}_principal`]),
  });
  return {
    asOf,
    activeLoans: num(row?.active_loans),
    outstandingPrincipal,
    overdueLoans: num(row?.overdue_loans),
    overduePrincipal: num(row?.overdue_principal),
    arrearsAmount: num(row?.arrears),
    par30Principal,
    par30: outstandingPrincipal > 0 ? par30Principal / outstandingPrincipal : null,
    par30Percent: percentOf(par30Principal, outstandingPrincipal),
    buckets: [
      bucket(LoanArrearsBucket.CURRENT, 'current'),
      bucket(LoanArrearsBucket.DPD_1_30, 'dpd_1_30'),
      bucket(LoanArrearsBucket.DPD_31_60, 'dpd_31_60'),
      bucket(LoanArrearsBucket.DPD_61_90, 'dpd_61_90'),
      bucket(LoanArrearsBucket.DPD_OVER_90, 'dpd_over_90'),
    ],
  };
}
