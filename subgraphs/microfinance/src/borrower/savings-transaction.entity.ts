import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar } from '@chung-tay/common';
import { SavingsTransactionKind } from '../enums';

@ObjectType('BorrowerSavingsTransaction', {
  description: "A deposit to or withdrawal from a borrower's savings with a lender.",
})
@Entity('savings_transaction')
@Index(['borrowerId', 'lenderId', 'date'])
export class SavingsTransaction {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'borrower_id', type: 'uuid' })
  borrowerId!: string;

  @Column({ name: 'lender_id', type: 'uuid' })
  lenderId!: string;

  @Field(() => ID, { nullable: true, description: 'The loan it was collected with, if any.' })
  @Index()
  @Column({ name: 'loan_id', type: 'uuid', nullable: true })
  loanId!: string | null;

  @Field(() => DateScalar, { description: 'The day the money moved.' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => SavingsTransactionKind, { description: 'Deposit or withdrawal.' })
  @Column({ type: 'varchar', length: 10 })
  kind!: SavingsTransactionKind;

  @Field(() => MoneyScalar, { description: 'Always positive; the kind says which way it went.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
