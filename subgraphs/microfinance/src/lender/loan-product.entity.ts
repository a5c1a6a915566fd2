import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, MoneyScalar, numericTransformer } from '@chung-tay/common';
import { LoanInterestMethod, LoanProductKind, LoanRepaymentFrequency } from '../enums';

@ObjectType({
  description:
    "A lender's loan product (sản phẩm cho vay): its rate, how interest is charged, how often instalments fall " +
    'due and the term and amount a loan may have. Public, like a price list.',
})
@Entity('loan_product')
export class LoanProduct {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'lender_id', type: 'uuid' })
  lenderId!: string;

  @Field({ description: 'Short unique code, e.g. CEP-TUAN-12.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Field({ description: 'e.g. Vay tăng thu nhập.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => LoanProductKind, {
    description:
      'Whom the product lends to: microcredit, poor, near-poor or newly-escaped households, or job creation.',
  })
  @Index()
  @Column({ type: 'varchar', length: 30 })
  kind!: LoanProductKind;

  @Field(() => LoanInterestMethod, { description: 'Flat (on the original principal) or declining balance.' })
  @Column({ name: 'interest_method', type: 'varchar', length: 20 })
  interestMethod!: LoanInterestMethod;

  @Field(() => LoanRepaymentFrequency, { description: 'How often instalments fall due.' })
  @Column({ name: 'repayment_frequency', type: 'varchar', length: 10 })
  repaymentFrequency!: LoanRepaymentFrequency;

  @Field(() => Float, {
    description: 'Interest in percent per month (0.55 = 0.55 %/month); a week is charged 12/52 of a month.',
  })
  @Column({
    name: 'monthly_interest_rate',
    type: 'numeric',
    precision: 6,
    scale: 4,
    transformer: numericTransformer,
  })
  monthlyInterestRate!: number;

  @Field(() => Int, { description: 'Fewest instalments (weeks or months).' })
  @Column({ name: 'min_term', type: 'integer' })
  minTerm!: number;

  @Field(() => Int, { description: 'Most instalments (weeks or months).' })
  @Column({ name: 'max_term', type: 'integer' })
  maxTerm!: number;

  @Field(() => MoneyScalar, { description: 'Smallest principal, VND.' })
  @Column({ name: 'min_amount', type: 'bigint', transformer: bigintTransformer })
  minAmount!: number;

  @Field(() => MoneyScalar, { description: 'Largest principal, VND.' })
  @Column({ name: 'max_amount', type: 'bigint', transformer: bigintTransformer })
  maxAmount!: number;

  @Field(() => Float, {
    description:
      'Compulsory savings (tiết kiệm bắt buộc) a borrower keeps while a loan is open, in percent of its principal.',
  })
  @Column({
    name: 'compulsory_savings_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  compulsorySavingsPercent!: number;

  @Field({ description: 'Whether new loans may be made on it.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
