import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, PeriodScalar } from '@chung-tay/common';
import { SponsorshipPaymentMethod } from '../enums';
import { monthTransformer } from './pledge.entity';

@ObjectType({ description: "A pledge's payment to the person for one month." })
@Entity('sponsorship_payment')
@Index(['pledgeId', 'month'], { unique: true })
export class SponsorshipPayment {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Id of the pledge.' })
  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId!: string;

  @Field(() => PeriodScalar, { description: 'The month paid for.' })
  @Column({ type: 'date', transformer: monthTransformer })
  month!: string;

  @Field(() => MoneyScalar, { description: "At most the pledge's amount per month." })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => DateScalar, { description: 'The day it was paid.' })
  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Field(() => SponsorshipPaymentMethod, { description: 'Cash or bank transfer.' })
  @Column({ type: 'varchar', length: 10 })
  method!: SponsorshipPaymentMethod;

  @Field(() => ID, { nullable: true, description: 'The disbursement, when the Front fund paid it.' })
  @Column({ name: 'disbursement_id', type: 'uuid', nullable: true })
  disbursementId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
