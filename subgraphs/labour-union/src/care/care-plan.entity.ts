import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DateScalar } from '@chung-tay/common';
import { CarePlanStatus, UnionListedHouseholdStatus } from '../enums';

@ObjectType({
  description:
    'A plan to care for a poor or near-poor household with union members, made for one household of the list ' +
    'the social-affairs office sends (danh sách hộ nghèo, hộ cận nghèo có thành viên là đoàn viên công đoàn).',
})
@Entity('care_plan')
@Unique('care_plan_household_list', ['householdId', 'listedDate'])
export class CarePlan {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "The People's Committee's household id." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ID, { description: 'The union organisation that plans and gives the care.' })
  @Index()
  @Column({ name: 'union_organisation_id', type: 'uuid' })
  unionOrganisationId!: string;

  @Field({ description: "GSO code of the household's commune or ward." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => UnionListedHouseholdStatus, {
    description:
      "The household's status as it was on the list (the union's record of the list; today's status is Household.status).",
  })
  @Index()
  @Column({ name: 'listed_status', type: 'varchar', length: 10 })
  listedStatus!: UnionListedHouseholdStatus;

  @Field(() => DateScalar, { description: 'The date the list was counted at (e.g. 2021-01-01, 2021-10-01).' })
  @Index()
  @Column({ name: 'listed_date', type: 'date' })
  listedDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The letter the list came with, e.g. 42206/SLĐTBXH-VPB.',
  })
  @Column({ name: 'list_reference', type: 'text', nullable: true })
  listReference!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The care planned (visits, gifts, a union house, a loan …).',
  })
  @Column({ type: 'text', nullable: true })
  goals!: string | null;

  @Field(() => CarePlanStatus, { description: 'Open, or closed (with the reason).' })
  @Index()
  @Column({ type: 'varchar', length: 8 })
  status!: CarePlanStatus;

  @Field(() => DateScalar, { nullable: true, description: 'The day the plan was closed; null while open.' })
  @Column({ name: 'closed_date', type: 'date', nullable: true })
  closedDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the plan was closed, e.g. the household escaped poverty.',
  })
  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  inCallerScope?: boolean;
}
