import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar, FigureDisclosure, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { AdministrativeUnitRef } from '../federation/administrative-unit.ref';
import { Lender } from '../lender/lender.entity';
import { LoanPortfolioStanding } from './standing.types';

@ObjectType({ description: 'One commune or ward (or the total) of a loan portfolio report.' })
export class LoanPortfolioReportRow {
  @Field({ description: 'The commune or ward; the unit asked for on the total row.' })
  unitCode!: string;

  @Field({ description: 'The unit\'s name, or "Tổng cộng" for the total row.' })
  unitName!: string;

  @Field(() => AdministrativeUnitRef, { description: 'The unit; null for the total row.' })
  unit!: AdministrativeUnitRef;

  @Field(() => Int, { nullable: true, description: 'Loans disbursed in the period (giải ngân).' })
  disbursedLoans!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal disbursed in the period, VND.' })
  disbursedAmount!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal repaid in the period (thu nợ gốc).' })
  repaidPrincipal!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Interest collected in the period (thu lãi).' })
  repaidInterest!: number | null;

  @Field(() => Int, { nullable: true, description: 'Loans with a repayment dated in the period.' })
  repaidLoans!: number | null;

  @Field(() => Int, { nullable: true, description: 'Loans written off in the period.' })
  writtenOffLoans!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal written off in the period.' })
  writtenOffAmount!: number | null;

  @Field(() => LoanPortfolioStanding, {
    description: 'Outstanding, overdue, buckets and PAR30 at the end of the period.',
  })
  standing!: LoanPortfolioStanding;
}

@ObjectType({
  description:
    "The lender's monthly or quarterly portfolio report to the People's Committee (báo cáo dư nợ): " +
    'disbursed, repaid, written off in the period; outstanding, overdue and PAR30 at its end, by commune.',
})
export class LoanPortfolioReport {
  @Field(() => PeriodScalar, { description: 'The month or quarter reported.' })
  period!: Period;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'The period end, or today while the period runs.' })
  asOf!: string;

  @Field(() => DateScalar, { description: 'The report is due by this day (the 5th of the month after).' })
  dueDate!: string;

  @Field(() => Lender, { nullable: true, description: 'The lender reported on; all lenders when null.' })
  lender!: Lender | null;

  @Field(() => LoanPortfolioReportRow, { description: 'The unit asked for with everything below it.' })
  total!: LoanPortfolioReportRow;

  @Field(() => [LoanPortfolioReportRow], { description: 'Each commune or ward with loans, by code.' })
  rows!: LoanPortfolioReportRow[];

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: "How the figures were protected for a reader outside the lender (see AreaPeriod's).",
  })
  disclosure?: FigureDisclosure | null;
}

@InputType({
  description: 'Whose portfolio. Every condition given must hold; the caller’s units always apply.',
})
export class LoanPortfolioFilter {
  @Field({ nullable: true, description: 'A unit code: that unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field({ nullable: true, description: "Only this lender's." })
  @IsOptional()
  lenderCode?: string;

  @Field(() => ID, { nullable: true, description: "Only this lending group's loans." })
  @IsOptional()
  lendingGroupId?: string;

  @Field(() => ID, { nullable: true, description: 'Only loans run through this savings-and-loan group.' })
  @IsOptional()
  savingsLoanGroupId?: string;
}
