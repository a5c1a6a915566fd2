import { Field, Float, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { MoneyScalar } from '@chung-tay/common';
import { LenderKind, LoanInterestMethod, LoanProductKind, LoanRepaymentFrequency } from '../enums';

@InputType({ description: 'A lender (an institution or a branch) whose loans this subgraph keeps.' })
export class RegisterLenderInput {
  @Field({ description: 'Short unique code, 2–20 capital letters, digits or dashes (e.g. CEP-DN).' })
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'lender code must be 2–20 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Tổ chức tài chính vi mô CEP.' })
  @Length(3, 200)
  name!: string;

  @Field(() => LenderKind, { description: 'A microfinance institution or a policy-bank branch.' })
  kind!: LenderKind;

  @Field({ description: 'The province (2 digits) or commune (5 digits) the branch lends in.' })
  @Matches(/^\d{2}(\d{3})?$/, {
    message: 'unit code must be a province (2 digits) or commune (5 digits) code',
  })
  unitCode!: string;
}

@InputType({ description: "A loan product of a lender's price list." })
export class DefineLoanProductInput {
  @Field({ description: "The lender's code, e.g. CEP." })
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'lender code must be 2–20 capital letters, digits or dashes' })
  lenderCode!: string;

  @Field({ description: 'Short unique code, 2–30 capital letters, digits or dashes.' })
  @Matches(/^[A-Z0-9-]{2,30}$/, { message: 'product code must be 2–30 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Vay tăng thu nhập.' })
  @Length(3, 200)
  name!: string;

  @Field(() => LoanProductKind, {
    description:
      'Whom the product lends to: microcredit, poor, near-poor or newly-escaped households, or job creation.',
  })
  kind!: LoanProductKind;

  @Field(() => LoanInterestMethod, { description: 'Flat (on the original principal) or declining balance.' })
  interestMethod!: LoanInterestMethod;

  @Field(() => LoanRepaymentFrequency, { description: 'How often instalments fall due.' })
  repaymentFrequency!: LoanRepaymentFrequency;

  @Field(() => Float, { description: 'Percent per month, above 0 and at most 10, up to 4 decimals.' })
  @Min(0.0001, { message: 'the monthly rate must be above 0' })
  @Max(10, { message: 'the monthly rate must be at most 10 % a month' })
  monthlyInterestRate!: number;

  @Field(() => Int, { description: 'Fewest instalments.' })
  @Min(1)
  @Max(260)
  minTerm!: number;

  @Field(() => Int, { description: 'Most instalments (at most 260).' })
  @Min(1)
  @Max(260)
  maxTerm!: number;

  @Field(() => MoneyScalar, { description: 'Smallest principal, in VND.' })
  @Min(1, { message: 'amounts must be positive' })
  minAmount!: number;

  @Field(() => MoneyScalar, { description: 'Largest principal, in VND.' })
  @Min(1, { message: 'amounts must be positive' })
  maxAmount!: number;

  @Field(() => Float, {
    defaultValue: 0,
    description: 'Percent of the principal kept as compulsory savings.',
  })
  @Min(0)
  @Max(100)
  compulsorySavingsPercent!: number;
}

@InputType({ description: 'Which loan products to list. Every condition given must hold.' })
export class LoanProductFilter {
  @Field({ nullable: true, description: "Only this lender's." })
  @IsOptional()
  lenderCode?: string;

  @Field(() => LoanProductKind, { nullable: true, description: 'Only products of this kind.' })
  @IsOptional()
  kind?: LoanProductKind;

  @Field({ nullable: true, description: 'Only products open for new loans.' })
  @IsOptional()
  active?: boolean;
}
