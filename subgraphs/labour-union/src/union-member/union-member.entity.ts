import { Directive, Field, GraphQLISODateTime, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, VisibleOnlyTo } from '@chung-tay/common';
import { UnionMemberStatus } from '../enums';

@ObjectType({
  description:
    "A union member (đoàn viên) in the union's own member register, linked to the People's Committee's register " +
    'by person and household id after a match on national ID.',
})
@Directive('@key(fields: "id")')
@Entity('union_member')
export class UnionMember {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String, { nullable: true, description: 'Union card number, unique; Labour Union only.' })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Index({ unique: true })
  @Column({ name: 'member_number', type: 'varchar', length: 20 })
  memberNumber!: string;

  @Field(() => String, {
    nullable: true,
    description: "Full name as in the union's own member register, surname first; Labour Union only.",
  })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Field(() => ID, { description: 'The grassroots union the member belongs to.' })
  @Index()
  @Column({ name: 'union_organisation_id', type: 'uuid' })
  unionOrganisationId!: string;

  @Field({ description: "Unit of the member's union organisation (for filters and access)." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Workplace (enterprise, school, agency); Labour Union only.',
  })
  @UseMiddleware(VisibleOnlyTo('labour-union'))
  @Column({ type: 'text' })
  workplace!: string;

  @Field(() => DateScalar, { description: 'The day the member joined the union.' })
  @Index()
  @Column({ name: 'joined_date', type: 'date' })
  joinedDate!: string;

  @Field(() => UnionMemberStatus, { description: 'Active, suspended or left.' })
  @Index()
  @Column({ type: 'varchar', length: 10 })
  status!: UnionMemberStatus;

  @Field(() => DateScalar, { description: 'Date the current status took effect.' })
  @Column({ name: 'status_since', type: 'date' })
  statusSince!: string;

  @Field(() => ID, { nullable: true, description: "The People's Committee's person id, once linked." })
  @Index({ unique: true, where: 'person_id IS NOT NULL' })
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Field(() => ID, { nullable: true, description: "The People's Committee's household id, once linked." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the member was linked to the register.',
  })
  @Column({ name: 'linked_at', type: 'timestamptz', nullable: true })
  linkedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  inCallerScope?: boolean;
}
