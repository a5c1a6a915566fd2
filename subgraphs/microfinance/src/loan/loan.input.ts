import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar, IdempotencyKeyField, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { BorrowerHouseholdStatus, LoanProductKind, LoanStatus } from '../enums';

const uuid = (what: string) => IsUUID('all', { message: `${what} must be an id this subgraph returned` });

/** `expectedVersion: Int`, the loan's version as the caller's screen showed it. */
function ExpectedVersionField(): PropertyDecorator {
  const decorators: PropertyDecorator[] = [
    Field(() => Int, {
      nullable: true,
      description:
        "The loan's version as your screen showed it (Loan.version). Tools should send it: when someone else " +
        'changed the loan meanwhile the change is refused with CONFLICT (reload and try again) instead of ' +
        'silently overwriting theirs.',
    }),
    IsOptional(),
    Min(1, { message: 'expectedVersion must be a version the loan had (1 or more)' }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

@InputType({ description: 'A loan application on one of a lender’s products.' })
export class ApplyForLoanInput {
  @Field(() => ID, { description: 'Id of the borrower.' })
  @uuid('borrower id')
  borrowerId!: string;

  @Field(() => ID, { description: 'Id of the loan product.' })
  @uuid('product id')
  productId!: string;

  @Field(() => MoneyScalar, { description: "Whole đồng, within the product's amount range." })
  @Min(1, { message: 'principal must be positive' })
  principal!: number;

  @Field(() => Int, { description: "Number of instalments, within the product's term range." })
  @Min(1)
  @Max(260)
  termInstalments!: number;

  @Field({ description: 'What the money is for, e.g. "Nuôi heo", "Buôn bán nhỏ".' })
  @Length(3, 300)
  purpose!: string;

  @Field(() => DateScalar, { description: 'The day of the application.' })
  appliedOn!: string;

  @Field(() => ID, { nullable: true, description: "The lender's own group the borrower belongs to." })
  @IsOptional()
  @uuid('lending group id')
  lendingGroupId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "A Women's Union savings-and-loan group the (policy-bank) loan runs through.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'savings-and-loan group id must be the group’s id in the graph' })
  savingsLoanGroupId?: string;

  @Field(() => BorrowerHouseholdStatus, {
    nullable: true,
    description:
      "The household's status from a fresh registerMatch; the borrower's registered status if left out.",
  })
  @IsOptional()
  householdStatus?: BorrowerHouseholdStatus;
}

@InputType({ description: 'The lender approves an application.' })
export class ApproveLoanInput {
  @Field(() => ID, { description: 'Id of the loan.' })
  @uuid('loan id')
  loanId!: string;

  @Field(() => DateScalar, { description: 'The day of approval.' })
  approvedOn!: string;

  @ExpectedVersionField()
  expectedVersion?: number;
}

@InputType({ description: 'The lender pays out an approved loan.' })
export class DisburseLoanInput {
  @Field(() => ID, { description: 'Id of the loan.' })
  @uuid('loan id')
  loanId!: string;

  @Field(() => DateScalar, { description: 'The day the money was paid out.' })
  disbursedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Due date of the first instalment, within two periods; one period after disbursement if left out.',
  })
  @IsOptional()
  firstRepaymentDate?: string;

  @ExpectedVersionField()
  expectedVersion?: number;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'One repayment: money paid on the loan, and any savings paid in with it.' })
export class RepaymentLineInput {
  @Field(() => DateScalar, { description: 'The day it was paid.' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Paid on the loan (principal and interest), whole đồng.' })
  @Min(1, { message: 'amount must be positive' })
  amount!: number;

  @Field(() => MoneyScalar, { defaultValue: 0, description: 'Paid into savings at the same meeting.' })
  @Min(0, { message: 'savings deposit cannot be negative' })
  savingsDeposit!: number;
}

@InputType({ description: 'Money a borrower paid on a loan.' })
export class RepayLoanInput extends RepaymentLineInput {
  @Field(() => ID, { description: 'Id of the loan.' })
  @uuid('loan id')
  loanId!: string;

  @ExpectedVersionField()
  expectedVersion?: number;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Several repayments of one loan in date order, recorded together or not at all.' })
export class RecordLoanRepaymentsInput {
  @Field(() => ID, { description: 'Id of the loan.' })
  @uuid('loan id')
  loanId!: string;

  @Field(() => [RepaymentLineInput], { description: 'The repayments, in date order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  repayments!: RepaymentLineInput[];

  @ExpectedVersionField()
  expectedVersion?: number;

  @IdempotencyKeyField() // one key for the whole batch
  idempotencyKey?: string;
}

@InputType({ description: 'The lender writes off a loan it cannot recover.' })
export class WriteOffLoanInput {
  @Field(() => ID, { description: 'Id of the loan.' })
  @uuid('loan id')
  loanId!: string;

  @Field(() => DateScalar, { description: 'The day of the write-off.' })
  writtenOffOn!: string;

  @Field({ description: 'Why, e.g. the decision that approved it.' })
  @Length(3, 300)
  reason!: string;

  @ExpectedVersionField()
  expectedVersion?: number;
}

@InputType({ description: 'A schedule for given terms, without applying.' })
export class LoanSchedulePreviewInput {
  @Field(() => ID, { description: 'Id of the loan product.' })
  @uuid('product id')
  productId!: string;

  @Field(() => MoneyScalar, { description: "Whole đồng, within the product's amount range." })
  @Min(1, { message: 'principal must be positive' })
  principal!: number;

  @Field(() => Int, { description: "Number of instalments, within the product's term range." })
  @Min(1)
  @Max(260)
  termInstalments!: number;

  @Field(() => DateScalar, { description: 'The day the money would be paid out.' })
  disbursedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Due date of the first instalment; one period after disbursement when left out.',
  })
  @IsOptional()
  firstRepaymentDate?: string;
}

@InputType({ description: 'Loans late on a date.' })
export class LoanOverdueFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Today if left out.' })
  @IsOptional()
  asOf?: string;

  @Field(() => Int, { defaultValue: 1, description: 'At least this many days past due.' })
  @Min(1)
  minDaysPastDue!: number;
}

@InputType({ description: 'Which loans to list. Every condition given must hold.' })
export class LoanFilter {
  @Field({
    nullable: true,
    description: 'A unit code: loans of households in that unit and every unit below.',
  })
  @IsOptional()
  unitCode?: string;

  @Field({ nullable: true, description: "Only this lender's." })
  @IsOptional()
  lenderCode?: string;

  @Field(() => LoanProductKind, { nullable: true, description: 'Only loans on products of this kind.' })
  @IsOptional()
  productKind?: LoanProductKind;

  @Field(() => [LoanStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: LoanStatus[];

  @Field(() => ID, { nullable: true, description: "Only this group's." })
  @IsOptional()
  lendingGroupId?: string;

  @Field(() => ID, { nullable: true, description: 'Only loans run through this savings-and-loan group.' })
  @IsOptional()
  savingsLoanGroupId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  householdId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Disbursed in this period (lender only).' })
  @IsOptional()
  disbursedIn?: Period;

  @Field(() => LoanOverdueFilter, {
    nullable: true,
    description: 'Only loans with (or without) an instalment late on the day.',
  })
  @IsOptional()
  @ValidateNested()
  overdue?: LoanOverdueFilter;
}
