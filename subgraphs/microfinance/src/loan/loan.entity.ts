import { Directive, Field, Float, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  bigintTransformer,
  DateScalar,
  MoneyScalar,
  numericTransformer,
  VisibleOnlyTo,
} from '@chung-tay/common';
import {
  BorrowerHouseholdStatus,
  LoanInterestMethod,
  LoanProductKind,
  LoanRepaymentFrequency,
  LoanStatus,
} from '../enums';

// Loan-level detail (amounts, terms, dates, schedule, repayments, the borrower) is the lender's customer data.
// Other organisations see, in their units, that a household has a loan, its status, kind, group and how late.
const lenderOnly = () => UseMiddleware(VisibleOnlyTo('microfinance'));

@ObjectType({
  description:
    'A loan to a borrower from a register household. Other organisations see, within their units, that it ' +
    'exists, its status, product kind, group and how late it is; amounts, terms, dates, schedule and ' +
    'repayments are the lender’s customer data (microfinance only).',
})
@Directive('@key(fields: "id")')
@Entity('loan')
export class Loan {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Loan account number, e.g. CEP-DN-000042; lender only.',
  })
  @lenderOnly()
  @Index({ unique: true })
  @Column({ name: 'account_number', type: 'varchar', length: 30 })
  accountNumber!: string;

  @Index()
  @Column({ name: 'lender_id', type: 'uuid' })
  lenderId!: string;

  @Index()
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Field(() => LoanProductKind, {
    description: "Whom the loan's product lends to (microcredit, poor households …).",
  })
  @Index()
  @Column({ name: 'product_kind', type: 'varchar', length: 30 })
  productKind!: LoanProductKind;

  @Index()
  @Column({ name: 'borrower_id', type: 'uuid' })
  borrowerId!: string;

  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field({ description: "Code of the borrower household's commune or ward." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Index()
  @Column({ name: 'lending_group_id', type: 'uuid', nullable: true })
  lendingGroupId!: string | null;

  @Index()
  @Column({ name: 'savings_loan_group_id', type: 'uuid', nullable: true })
  savingsLoanGroupId!: string | null;

  @Field(() => LoanStatus, {
    description: 'Applied, approved, disbursed (being repaid), closed (repaid) or written off.',
  })
  @Index()
  @Column({ type: 'varchar', length: 12 })
  status!: LoanStatus;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal in whole đồng; lender only.' })
  @lenderOnly()
  @Column({ type: 'bigint', transformer: bigintTransformer })
  principal!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Percent per month, fixed at application; lender only.',
  })
  @lenderOnly()
  @Column({
    name: 'monthly_interest_rate',
    type: 'numeric',
    precision: 6,
    scale: 4,
    transformer: numericTransformer,
  })
  monthlyInterestRate!: number;

  @Field(() => LoanInterestMethod, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Column({ name: 'interest_method', type: 'varchar', length: 20 })
  interestMethod!: LoanInterestMethod;

  @Field(() => LoanRepaymentFrequency, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Column({ name: 'repayment_frequency', type: 'varchar', length: 10 })
  repaymentFrequency!: LoanRepaymentFrequency;

  @Field(() => Int, { nullable: true, description: 'Number of instalments (weeks or months); lender only.' })
  @lenderOnly()
  @Column({ name: 'term_instalments', type: 'integer' })
  termInstalments!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Compulsory savings in percent of principal; lender only.',
  })
  @lenderOnly()
  @Column({
    name: 'compulsory_savings_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericTransformer,
  })
  compulsorySavingsPercent!: number;

  @Field(() => String, { nullable: true, description: 'What the money is for (mục đích vay); lender only.' })
  @lenderOnly()
  @Column({ type: 'text' })
  purpose!: string;

  @Field(() => BorrowerHouseholdStatus, {
    nullable: true,
    description:
      "The household's status when the loan was applied for, as the register told it; lender only.",
  })
  @lenderOnly()
  @Column({ name: 'household_status_at_application', type: 'varchar', length: 24 })
  householdStatusAtApplication!: BorrowerHouseholdStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Column({ name: 'applied_on', type: 'date' })
  appliedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Index()
  @Column({ name: 'disbursed_on', type: 'date', nullable: true })
  disbursedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date of the first instalment; lender only.' })
  @lenderOnly()
  @Column({ name: 'first_repayment_date', type: 'date', nullable: true })
  firstRepaymentDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date of the last instalment; lender only.' })
  @lenderOnly()
  @Column({ name: 'maturity_date', type: 'date', nullable: true })
  maturityDate!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date of the repayment that cleared it; lender only.',
  })
  @lenderOnly()
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Index()
  @Column({ name: 'written_off_on', type: 'date', nullable: true })
  writtenOffOn!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Principal written off; lender only.' })
  @lenderOnly()
  @Column({ name: 'written_off_amount', type: 'bigint', nullable: true, transformer: bigintTransformer })
  writtenOffAmount!: number | null;

  @Field(() => String, { nullable: true, description: 'Lender only.' })
  @lenderOnly()
  @Column({ name: 'write_off_reason', type: 'text', nullable: true })
  writeOffReason!: string | null;

  @Field(() => Int, {
    description:
      'Goes up with every change of the loan (approval, disbursement, each repayment, write-off). A tool sends the ' +
      'version it showed as expectedVersion when it changes the loan, so an officer never overwrites what ' +
      'another did meanwhile unseen.',
  })
  @Column({ type: 'int', default: 1, update: false })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
