import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';
import { HouseholdStatus, PoorCategory, StatusChangeReason } from '../enums';

@ObjectType({ description: "One entry of a household's status history." })
@Entity('household_status_change')
@Index(['householdId', 'effectiveDate'])
export class HouseholdStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => HouseholdStatus, { description: 'The status from this day.' })
  @Column({ type: 'varchar', length: 24 })
  status!: HouseholdStatus;

  @Field(() => PoorCategory, {
    nullable: true,
    description: 'The poor category from this day, where the province splits them.',
  })
  @Column({ name: 'poor_category', type: 'varchar', length: 1, nullable: true })
  poorCategory!: PoorCategory | null;

  @Field(() => DateScalar, { description: 'The day the decision took effect.' })
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Field(() => StatusChangeReason, {
    description: 'Why it changed: registration, a periodic review or an ad-hoc review.',
  })
  @Column({ type: 'varchar', length: 20 })
  reason!: StatusChangeReason;

  @Field(() => String, { nullable: true, description: 'The assessment that led to this status, if any.' })
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
