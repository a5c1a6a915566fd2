import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '@chung-tay/common';

/** One stored instalment of a disbursed loan's schedule (shown as LoanInstalment with what was paid on it). */
@Entity('loan_instalment')
export class LoanInstalment {
  @PrimaryColumn({ name: 'loan_id', type: 'uuid' })
  loanId!: string;

  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Index()
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'principal_due', type: 'bigint', transformer: bigintTransformer })
  principalDue!: number;

  @Column({ name: 'interest_due', type: 'bigint', transformer: bigintTransformer })
  interestDue!: number;

  @Column({ name: 'balance_after', type: 'bigint', transformer: bigintTransformer })
  balanceAfter!: number;
}
