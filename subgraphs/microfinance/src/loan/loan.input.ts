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
  @Field(() => ID)
  @uuid('borrower id')
  borrowerId!: string;

  @Field(() => ID)
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

  @Field(() => DateScalar)
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

@InputType()
export class ApproveLoanInput {
  @Field(() => ID)
  @uuid('loan id')
  loanId!: string;

  @Field(() => DateScalar)
  approvedOn!: string;

  @ExpectedVersionField()
  expectedVersion?: number;
}

@InputType()
export class DisburseLoanInput {
  @Field(() => ID)
  @uuid('loan id')
  loanId!: string;

  @Field(() => DateScalar)
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
  @Field(() => DateScalar)
  date!: string;

  @Field(() => MoneyScalar, { description: 'Paid on the loan (principal and interest), whole đồng.' })
  @Min(1, { message: 'amount must be positive' })
  amount!: number;

  @Field(() => MoneyScalar, { defaultValue: 0, description: 'Paid into savings at the same meeting.' })
  @Min(0, { message: 'savings deposit cannot be negative' })
  savingsDeposit!: number;
}

@InputType()
export class RepayLoanInput extends RepaymentLineInput {
  @Field(() => ID)
  @uuid('loan id')
  loanId!: string;

  @ExpectedVersionField()
  expectedVersion?: number;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Several repayments of one loan in date order, recorded together or not at all.' })
export class RecordLoanRepaymentsInput {
  @Field(() => ID)
  @uuid('loan id')
  loanId!: string;

  @Field(() => [RepaymentLineInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  repayments!: RepaymentLineInput[];

  @ExpectedVersionField()
  expectedVersion?: number;

  @IdempotencyKeyField() // one key for the whole batch
  idempotencyKey?: string;
}

@InputType()
export class WriteOffLoanInput {
  @Field(() => ID)
  @uuid('loan id')
  loanId!: string;

  @Field(() => DateScalar)
  writtenOffOn!: string;

  @Field({ description: 'Why, e.g. the decision that approved it.' })
  @Length(3, 300)
  reason!: string;

  @ExpectedVersionField()
  expectedVersion?: number;
}

@InputType({ description: 'A schedule for given terms, without applying.' })
export class LoanSchedulePreviewInput {
  @Field(() => ID)
  @uuid('product id')
  productId!: string;

  @Field(() => MoneyScalar)
  @Min(1, { message: 'principal must be positive' })
  principal!: number;

  @Field(() => Int)
  @Min(1)
  @Max(260)
  termInstalments!: number;

  @Field(() => DateScalar)
  disbursedOn!: string;

  @Field(() => DateScalar, { nullable: true })
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

  @Field({ nullable: true })
  @IsOptional()
  lenderCode?: string;

  @Field(() => LoanProductKind, { nullable: true })
  @IsOptional()
  productKind?: LoanProductKind;

  @Field(() => [LoanStatus], { nullable: true })
  @IsOptional()
  status?: LoanStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  lendingGroupId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  savingsLoanGroupId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  householdId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Disbursed in this period (lender only).' })
  @IsOptional()
  disbursedIn?: Period;

  @Field(() => LoanOverdueFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  overdue?: LoanOverdueFilter;
}
