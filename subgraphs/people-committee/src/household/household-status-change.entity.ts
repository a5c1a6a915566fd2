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

  @Field(() => HouseholdStatus)
  @Column({ type: 'varchar', length: 24 })
  status!: HouseholdStatus;

  @Field(() => PoorCategory, { nullable: true })
  @Column({ name: 'poor_category', type: 'varchar', length: 1, nullable: true })
  poorCategory!: PoorCategory | null;

  @Field(() => DateScalar)
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Field(() => StatusChangeReason)
  @Column({ type: 'varchar', length: 20 })
  reason!: StatusChangeReason;

  @Field(() => String, { nullable: true, description: 'The assessment that led to this status, if any.' })
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
