import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar } from '@chung-tay/common';

@ObjectType({ description: 'Money a borrower paid on a loan, shared out over the schedule.' })
@Entity('loan_repayment')
@Index(['loanId', 'paidOn'])
export class LoanRepayment {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the loan.' })
  @Column({ name: 'loan_id', type: 'uuid' })
  loanId!: string;

  @Field(() => DateScalar, { description: 'The day it was paid.' })
  @Index()
  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Field(() => MoneyScalar, { description: 'Paid on the loan (principal + interest).' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => MoneyScalar, { description: 'The part that paid principal, VND.' })
  @Column({ name: 'principal_part', type: 'bigint', transformer: bigintTransformer })
  principalPart!: number;

  @Field(() => MoneyScalar, { description: 'The part that paid interest, VND.' })
  @Column({ name: 'interest_part', type: 'bigint', transformer: bigintTransformer })
  interestPart!: number;

  @Field(() => MoneyScalar, { description: 'Paid into savings at the same time (not part of the amount).' })
  @Column({ name: 'savings_deposit', type: 'bigint', default: 0, transformer: bigintTransformer })
  savingsDeposit!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType('LoanRepaymentAllocation', {
  description: 'The part of a repayment that went to one instalment.',
})
@Entity('repayment_allocation')
@Index(['loanId', 'paidOn'])
export class RepaymentAllocation {
  @PrimaryColumn({ name: 'repayment_id', type: 'uuid' })
  repaymentId!: string;

  @Field(() => Int, { description: 'The instalment it went to.' })
  @PrimaryColumn({ name: 'instalment_number', type: 'integer' })
  instalmentNumber!: number;

  @Column({ name: 'loan_id', type: 'uuid' })
  loanId!: string;

  @Field(() => DateScalar, { description: 'The day of the repayment.' })
  @Index()
  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Field(() => MoneyScalar, { description: 'Principal paid on the instalment, VND.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  principal!: number;

  @Field(() => MoneyScalar, { description: 'Interest paid on the instalment, VND.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  interest!: number;
}
