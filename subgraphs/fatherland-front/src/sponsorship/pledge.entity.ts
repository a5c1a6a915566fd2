import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, PeriodScalar, VisibleOnlyTo } from '@chung-tay/common';
import { SponsorshipPaymentMethod } from '../enums';

/** Months are stored as their first day; the graph shows them as period codes (2025-03). */
export const monthTransformer = {
  to: (month: string | null | undefined) => (month == null ? month : `${month.slice(0, 7)}-01`),
  from: (date: string | null) => (date == null ? date : date.slice(0, 7)),
};

@ObjectType({
  description:
    "A sponsorship pledge (cam kết đỡ đầu) signed with the People's Committee: one or more sponsors pay a person " +
    'in need an amount each month from the start month to the end month.',
})
@Entity('sponsorship_pledge')
@Index(['unitCode', 'startMonth'])
export class SponsorshipPledge {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: "The beneficiary's commune or ward." })
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => ID, { description: "Id of the person in the People's Committee's register." })
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ID, { description: 'Id of the needs-list entry.' })
  @Index()
  @Column({ name: 'needs_list_entry_id', type: 'uuid' })
  needsListEntryId!: string;

  @Field(() => MoneyScalar, { description: "All sponsors' shares together, per month." })
  @Column({ name: 'amount_per_month', type: 'bigint', transformer: bigintTransformer })
  amountPerMonth!: number;

  @Field(() => PeriodScalar, { description: 'First month paid for.' })
  @Column({ name: 'start_month', type: 'date', transformer: monthTransformer })
  startMonth!: string;

  @Field(() => PeriodScalar, {
    description: 'Last month paid for; moved earlier when the pledge ends early.',
  })
  @Index()
  @Column({ name: 'end_month', type: 'date', transformer: monthTransformer })
  endMonth!: string;

  @Field(() => SponsorshipPaymentMethod, { description: 'Cash or bank transfer.' })
  @Column({ name: 'payment_method', type: 'varchar', length: 10 })
  paymentMethod!: SponsorshipPaymentMethod;

  @Field(() => ID, {
    description: 'The sponsor that collects the shares and pays the person (tổ chức đầu mối).',
  })
  @Column({ name: 'coordinator_sponsor_id', type: 'uuid' })
  coordinatorSponsorId!: string;

  @Field(() => DateScalar, { description: 'The day the pledge was signed.' })
  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the pledge was ended before its end month.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended early; Fatherland Front only.' })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
