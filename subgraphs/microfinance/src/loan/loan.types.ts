import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, DateScalar, MoneyScalar } from '@chung-tay/common';
import { Loan } from './loan.entity';

@ObjectType('LoanInstalment', {
  description:
    'One instalment of a repayment schedule, in whole đồng. Rounding rule: principal parts are equal whole-VND ' +
    'shares (principal ÷ instalments, rounded down) with the remainder on the LAST instalment, so they add up ' +
    "exactly to the principal; each instalment's interest is computed exactly and rounded half up to a whole " +
    'đồng (FLAT: on the original principal; DECLINING_BALANCE: on the principal outstanding before it; a week ' +
    'is charged 12/52 of the monthly rate).',
})
export class ScheduleLine {
  @Field(() => Int, { description: 'Instalment number, from 1.' })
  number!: number;

  @Field(() => DateScalar, { description: 'The day it falls due.' })
  dueDate!: string;

  @Field(() => MoneyScalar, { description: 'Principal due, VND.' })
  principalDue!: number;

  @Field(() => MoneyScalar, { description: 'Interest due, VND.' })
  interestDue!: number;

  @Field(() => MoneyScalar, { description: 'principalDue + interestDue.' })
  totalDue!: number;

  @Field(() => MoneyScalar, { description: 'Principal still owed once this instalment is paid.' })
  balanceAfter!: number;

  @Field(() => MoneyScalar, { description: 'Principal paid so far, VND.' })
  principalPaid!: number;

  @Field(() => MoneyScalar, { description: 'Interest paid so far, VND.' })
  interestPaid!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the repayment that completed it.' })
  paidOffOn!: string | null;
}

@ObjectType({ description: 'A page of loans.' })
export class LoanConnection extends Connection(Loan) {}

@ObjectType({
  description:
    'Compulsory savings of a loan: the share of its principal the borrower keeps saved with the lender while it ' +
    'is open, and what the borrower holds with that lender now.',
})
export class LoanCompulsorySavings {
  @Field(() => MoneyScalar, { description: 'principal × compulsory savings percent, rounded half up.' })
  required!: number;

  @Field(() => MoneyScalar, { description: 'Collected with this loan’s repayments and deposits.' })
  collected!: number;

  @Field(() => MoneyScalar, { description: "The borrower's whole savings balance with the lender." })
  balance!: number;
}
